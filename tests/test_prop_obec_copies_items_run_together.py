"""An OBEC project printed twice, where one copy read a list's two items as
one (the second item's number lost or garbled: "จ ผู้เข้าร่วมโครงการ..." /
"a. ผู้เข้าร่วม... โรงเรียนในสังกัด..."; a column of numbers read apart
paired by too few paragraphs) and the other copy read them apart (fresh
sets m s19m003, h s20h003, k s21k003, q s22q003, t s24t003, u s24u003,
o s27o003): the copies voted item by item, item 1 tied between "X" and
"X Y", and the dictionary kept the run-together reading as often as not.
Now, where the copies cut the same words into different counts of items,
the copy with fewer items has no vote on the list's texts (said as
ocr_variant at the list in both copies).  Lists whose words differ, a copy
of more items one of which is debris, or a copy of more items whose own
reading said its cut in doubt while the other's said nothing, are left to
the vote."""

from __future__ import annotations

from parsers import form_module
from pipeline.vote import merge_copies
from schemas.document import CopyReading, Issue, Reading

SATISFIED = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"
SCHOOLS = "โรงเรียนในสังกัด จำนวน ๕ โรงเรียน สามารถจัดการเรียนการสอนครบทุกห้อง"
KEY = (0, "target", "indicator")


def _copy(index: int, texts: list[str], first: int, issues: list[Issue] = ()) -> CopyReading:
    records = {}
    for seq, text in enumerate(texts, 1):
        no = first + 2 * (seq - 1)
        records[(*KEY, seq)] = {"text": Reading(text, text, no, no), "kind": Reading("indicator", "", no, no)}
    return CopyReading(index, first, first + 10, tables={"targets": records}, issues=list(issues))


def _merged(copies: list[CopyReading]) -> tuple[list[str], list[Issue]]:
    align = getattr(form_module("obec_progress"), "align_copies", None)
    assert align is not None  # before: the OBEC form had no alignment of its copies
    issues = align(copies)
    merged = merge_copies(copies)
    rows = merged.tables["targets"]
    return [rows[k]["text"].value for k in sorted(rows, key=lambda k: k[-1])], issues


def test_the_copy_that_ran_two_items_together_has_no_vote_on_the_lists_texts():
    apart = _copy(0, [SATISFIED, SCHOOLS], 450)
    together = _copy(1, [f"a. {SATISFIED} {SCHOOLS}"], 1074)
    texts, issues = _merged([apart, together])
    assert texts == [SATISFIED, SCHOOLS]
    assert [(i.code, i.field, i.line_start) for i in issues] == [("ocr_variant", "targets.text", 1074),
                                                                  ("ocr_variant", "targets.text", 450)]
    # (the copy's reading stays, without a value)
    assert together.tables["targets"][(*KEY, 1)]["text"].text.startswith("a. ")


def test_the_copy_order_does_not_matter():
    texts, _ = _merged([_copy(0, [f"จ {SATISFIED} {SCHOOLS}"], 100), _copy(1, [SATISFIED, SCHOOLS], 700)])
    assert texts == [SATISFIED, SCHOOLS]


def test_lists_whose_words_differ_are_left_to_the_vote():
    other = "สามารถดำเนินการประชุมคณะกรรมการ เดือนละ ๑ ครั้ง"
    apart, alone = _copy(0, [SATISFIED, SCHOOLS], 450), _copy(1, [f"{SATISFIED} {other}"], 1074)
    _, issues = _merged([apart, alone])
    assert issues == []
    assert alone.tables["targets"][(*KEY, 1)]["text"].value is not None


def test_a_copy_that_lost_an_item_is_left_to_the_vote():
    # ten items against nine, the same nine: the letters agree, but no item of the nine holds more than its own
    many = [f"{SATISFIED} ข้อที่ {'ก' * k}" for k in range(1, 11)]
    _, issues = _merged([_copy(0, many, 100), _copy(1, many[:9], 700)])
    assert issues == []


def test_an_item_of_debris_cuts_nothing():
    # the copy of more items took a page's furniture for one ("หนา &/eo")
    texts, issues = _merged([_copy(0, ["หนา &/eo", SATISFIED], 120), _copy(1, [SATISFIED], 900)])
    assert issues == []


def test_a_cut_its_own_copy_doubted_against_a_copy_that_said_nothing_is_left_to_the_vote():
    doubt = Issue("warning", "items_cut_in_doubt", "cut in doubt", None, 450, 452, field="targets")
    head, tail = SATISFIED[:40], SATISFIED[40:]
    _, issues = _merged([_copy(0, [head, tail], 450, [doubt]), _copy(1, [SATISFIED], 900)])
    assert issues == []
    # where the copy of fewer items said a doubt too, the count decides
    lost = Issue("warning", "missing_row", "an item lost", None, 900, 900, field="targets")
    texts, issues = _merged([_copy(0, [SATISFIED, SCHOOLS], 450, [doubt]),
                             _copy(1, [f"{SATISFIED} {SCHOOLS}"], 900, [lost])])
    assert texts == [SATISFIED, SCHOOLS] and len(issues) == 2


def test_debris_the_copy_of_fewer_cut_off_as_an_item_evens_no_count():
    # (fresh set s31o s31o003) the copy that ran the two items together read a word of a page's furniture as an
    # item after them ("เดือน"): two items a copy, but one of them no item; the copy that read them apart is kept
    apart = _copy(0, [SATISFIED, SCHOOLS], 1092)
    together = _copy(1, [f"{SATISFIED} {SCHOOLS}", "เดือน"], 497)
    texts, issues = _merged([together, apart])
    assert texts == [SATISFIED, SCHOOLS]
    assert [(i.code, i.field, i.line_start) for i in issues] == [("ocr_variant", "targets.text", 497),
                                                                  ("ocr_variant", "targets.text", 1092)]
