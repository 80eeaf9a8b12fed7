"""BMA proposals after OCR: classes of damage that used to lose or misread a
list item, a budget line or a period with no issue naming it (nothing
silent).  Each test damages the real sample proposal the way tesseract does."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _sample() -> str:
    return sample_text(PROPOSAL)


def _issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code]


def test_a_first_item_whose_number_ocr_damaged_past_any_opener_is_item_one():
    # "๙.1" read "e.g", "๒.๑" read "ว1": the first item's text was the lead's (unplaced text), its row
    # lost with no issue naming the row
    text = _sample().replace("\t\t๙.1 นักเรียนสามารถ", "e.g นักเรียนสามารถ").replace("\t\t๒.๑ เพื่อส่งเสริม", "ว1 เพื่อส่งเสริม")
    rows, orig = run(text), run(_sample())
    benefits = [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits == [(f["seq"], f["text"]) for f in orig["findings"] if f["kind"] == "benefit"]
    assert [(o["seq"], o["text"]) for o in rows["objectives"]] == [(o["seq"], o["text"]) for o in orig["objectives"]]
    printed = {(i["field"], json.loads(i["evidence"])["printed"]) for i in _issues(rows, "value_repaired")}
    assert {("findings.seq", "e.g"), ("objectives.seq", "ว1")} <= printed
    assert not _issues(rows, "unplaced_text")


def test_text_before_item_two_without_a_thai_word_stays_the_lead():
    from parsers.bma_proposal.numbering import Item, first_from_lead
    from schemas.document import Line
    items = [Item(2, "๙.๒", ["ข้อความ"], 5, 5)]
    assert first_from_lead(items, [Line(4, "| 9 .")]) == (items, [Line(4, "| 9 .")])


def test_a_step_lost_between_two_read_names_the_table():
    # step 3 lost whole with its number: the issue names the activities table, so the lost row's
    # number (activities.seq) is not silent
    text = _sample().replace("\t3. โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการและแผนการใช้จ่ายงบประมาณส่ง\nสำนักการศึกษา ", "")
    rows = run(text)
    assert [a["seq"] for a in rows["activities"]] == [1, 2, 4, 5, 6, 7]
    (issue,) = _issues(rows, "missing_row")
    assert issue["field"] == "activities" and json.loads(issue["evidence"])["missing"] == [3]
