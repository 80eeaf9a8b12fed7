"""An expense line whose amount reads 0 under a report that spent nothing (a BMA progress table read with
its cells side by side, OCR running a description's wrapped words and the disbursement's "= 0 บาท" beside
them onto one line: "จัดทำคำสั่งผู้ร่วมกิจกรรม = 0 บาท"): before, it was read as an expense row with no issue
naming it.  A report lists what it spent; a line of nothing spent under a report that spent nothing is no
expense: no row, and said (unplaced_text, expenses)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"


def _rows(line: str, spent_9: str = "0") -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1
    text = text.replace(_AT, _AT + line)  # report 8's text (spent 0)
    # report 9 spends too, so report 8's lines stay its own (rows._lines_moved_home)
    text = text.replace("งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท", f"งบประมาณที่เบิกใช้ (ครั้งที่ 9) = {spent_9} บาท")
    return process_document("001.txt", text.encode("utf-8"))


def test_a_line_of_nothing_spent_under_a_report_that_spent_nothing_gives_no_row_and_is_said():
    rows = _rows("จัดทำคำสั่งแต่งตั้งคณะกรรมการ = 0 บาท\n", spent_9="5,000")
    assert not [e for e in rows.get("expenses", []) if e["report_seq"] == 8]
    assert any(i["code"] == "unplaced_text" and i["field"] == "expenses" and "0 baht" in i["message"]
               for i in rows["issues"])


def test_a_line_that_spent_something_stays_a_row():
    rows = _rows("ค่าวัสดุ = 1,000 บาท\n", spent_9="5,000")
    assert [(e["report_seq"], e["item"]) for e in rows.get("expenses", []) if e["report_seq"] == 8] == [(8, "ค่าวัสดุ")]
    assert not any(i["code"] == "unplaced_text" and "0 baht" in i["message"] for i in rows["issues"])
