"""`make eval` judged a text repair wrong whenever its field was wrong, though the letters the rule changed were the
truth's and the field was wrong for damage the rule did not touch ("นก เรียน...สูงขืน" -> "...สูงขึ้น" for
"นักเรียน...สูงขึ้น": the ั OCR lost in "นก", a word as printed, is no dictionary rule's; "จำนวน ๕๒ คน" for ๘๒, a digit
the Thai model cannot write).  A text repair that changed few of the printed letters, each of them the truth's
(tests.corpus.eval.letters_right), is counted right and listed apart; its field stays among the misses.  A mark
put into words the field should not hold at all, a whole text put in place of a garbled one that is not the
truth, and a number are judged by the value as before."""

from tests.corpus.eval import letters_right


class _Cell:
    def __init__(self, expected):
        self.expected = expected


def _right(field: str, printed: str, chosen: str, truth, **more) -> bool:
    return letters_right({"field": field}, {"printed": printed, "chosen": chosen, **more}, _Cell(truth))


def test_a_word_mended_in_a_text_damaged_elsewhere_is_right_by_its_letters():
    assert _right("targets.text", "นก เรียนมีผลสัมฤทธิทางการเรียนสูงขืน", "นก เรียนมีผลสัมฤทธิทางการเรียนสูงขึ้น",
                  "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น")
    assert _right("activities.progress", "มีผู้เข้ารวมกิจกรรม จำนวน ๕๒ คน", "มีผู้เข้าร่วมกิจกรรม จำนวน ๕๒ คน",
                  "มีผู้เข้าร่วมกิจกรรม จำนวน ๘๒ คน")


def test_a_mark_in_words_the_field_should_not_hold_is_wrong():
    assert not _right("activities.progress", "จำนวน ๕๕ คน กิจกรรมหลักที lo เผยแพร่ทางสือออนไลน์",
                      "จำนวน ๕๕ คน กิจกรรมหลักที lo เผยแพร่ทางสื่อออนไลน์", "จำนวน ๔๔ คน")


def test_a_letter_not_the_truth_s_is_wrong():
    assert not _right("targets.text", "นักเรียนสูงขืน", "นักเรียนสูงขิน", "นักเรียนสูงขึ้น")


def test_a_text_put_in_place_of_another_is_judged_by_its_value():
    assert not _right("projects.indicator", "มตุท", "มิติที่ ๑ ร้อยละโครงการที่เป็นงานประจำ",
                      "มิติที่ ๑ ร้อยละโครงการที่เป็นงานประจำของหน่วยงาน")


def test_a_number_is_judged_by_its_value():
    assert not _right("expenses.amount", "๕,๕๐๐.๐๐", "4500.00", "4500.00")


def test_a_word_the_evidence_prints_alone_is_judged_in_the_text_as_read():
    # ordinal_word prints the word it changed ("มตุท"), and the text as read beside it: the tail OCR lost is no
    # letter the rule changed
    read = "มตุท๑ ร้อยละโครงการที่เป็นงานประจำของหน่วยงานทีดำเนินการสำเร็จตาม"
    chosen = "มิติที่ ๑ ร้อยละโครงการที่เป็นงานประจำของหน่วยงานทีดำเนินการสำเร็จตาม"
    truth = "มิติที่๑ ร้อยละโครงการที่เป็นงานประจำของหน่วยงานที่ดำเนินการสำเร็จตามเป้าหมาย (25๖4)"
    assert _right("projects.indicator", "มตุท", chosen, truth, read=read)
    assert not _right("projects.indicator", "มตุท", chosen.replace("ร้อยละ", "ร้อยสะ"), truth, read=read)
