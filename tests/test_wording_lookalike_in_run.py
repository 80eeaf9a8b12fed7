"""An expense label whose long word, one the dictionary lists whole, OCR read with one letter as its look-alike
("ผู้เข้าวับการอบรม" for ผู้เข้ารับการอบรม: ร read as ว): newmm cuts it into short dictionary words (ผู้ เข้า วับ
การอบรม), and no two of them side by side make a word with the letter's pair, so unknown_words and the two-word
slip saw nothing and the label stood wrong with no issue (fresh set s55o, bma_proposal_s55o002).  Three or four
tokens run together, read with the letter's pair, a word of eight characters or more: said (unknown_words;
pipeline.wording._lookalike_in_run, through lookalike_slip for labels)."""

from pipeline.wording import _lookalike_in_run, _may_slip, flag_unknown_words, lookalike_slip
from normalizers.words import thai_words


def _expense(item: str) -> dict:
    return {"project_key": "k", "report_seq": 6, "seq": 1, "item": item, "line_start": 125, "line_end": 125}


def test_a_long_word_with_a_lookalike_letter_read_as_short_words_is_said():
    (flag,) = flag_unknown_words({"expenses": [_expense("ผู้เข้าวับการอบรม")]}, [])
    assert flag.code == "unknown_words" and flag.field == "expenses.item" and "ผู้เข้ารับการอบรม" in flag.message
    assert lookalike_slip("ผู้เข้าวับการอบรม", True) == ("ผู้เข้าวับการอบรม", "ผู้เข้ารับการอบรม")
    assert _may_slip("ผู้เข้าวับการอบรม", True)


def test_the_label_as_printed_and_texts_not_labels_are_left_alone():
    for item in ("ผู้เข้ารับการอบรม", "ค่าอาหารกลางวันผู้เข้ารับการอบรม", "ค่าตอบแทนวิทยากร", "ค่าวัสดุในการจัดกิจกรรม"):
        assert not flag_unknown_words({"expenses": [_expense(item)]}, []), item
    assert lookalike_slip("ผู้เข้าวับการอบรม", False) is None
    assert _lookalike_in_run(thai_words("ผู้เข้ารับการอบรม")) is None
