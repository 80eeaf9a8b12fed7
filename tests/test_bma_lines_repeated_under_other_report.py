"""BMA progress expense lines read twice, under their report and again
under a report that spent nothing (a copy whose entry header OCR misread,
"รายงานครั้งที ๕" for ๔, its lines put under the number it printed; fresh
set s55z009, and s51o006 under a report number no copy reads a
disbursement for): both were kept, the second three rows of no report's.
A report that spent nothing lists no line, and no two reports of a form
list the same lines: lines under such a report that repeat another
report's line for line (item and amount) are one printing of that
report's lines, left out and said (rows._lines_repeated: unplaced_text,
expenses).  Lines that differ in an amount, or stand under a report that
spent, stay rows."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT_9 = " :: ความก้าวหน้าของงานฯ = 60.00 %"
_AT_10 = " :: ความก้าวหน้าของงานฯ = 70.00 %"
_LINES = " ค่าอาหาร 100 คน x 150 บาท = 15,000 บาท\n ค่าเกียรติบัตร = 4,400 บาท\n"  # report 10's 19,400


def _rows(lines_9: str = _LINES, paid_9: str = "0") -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT_9) == 1 and text.count(_AT_10) == 1
    text = text.replace(_AT_10, _LINES + _AT_10).replace(_AT_9, lines_9 + _AT_9)
    text = text.replace("งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท", f"งบประมาณที่เบิกใช้ (ครั้งที่ 9) = {paid_9} บาท")
    return process_document("001.txt", text.encode("utf-8"))


def _lines(rows: dict) -> list[tuple[int, int, str]]:
    return [(e["report_seq"], e["seq"], e["item"]) for e in rows.get("expenses", [])]


def test_lines_under_a_report_that_spent_nothing_repeating_another_reports_are_left_out_and_said():
    rows = _rows()
    assert _lines(rows) == [(10, 1, "ค่าอาหาร"), (10, 2, "ค่าเกียรติบัตร")]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "expenses"
            and "repeat report 10's" in i["message"]]
    assert len(said) == 1 and "under report 9" in said[0]["message"]


def test_lines_that_differ_or_stand_under_a_report_that_spent_stay():
    other = _LINES.replace("4,400", "4,500")
    assert [r for r, _, _ in _lines(_rows(other))] == [9, 9, 10, 10]
    assert [r for r, _, _ in _lines(_rows(paid_9="19,400"))] == [9, 9, 10, 10]
