"""An OBEC summary whose first status row ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว
จำนวน ๒ โครงการ") lost its percentage to OCR: the page width wrapped it onto
a line of its own, which OCR misread past its words ("AMLUUSALAY Od. de" for
"คิดเป็นร้อยละ ๑๐๐.๐๐"), or left behind a line of specks before it.  The row
then reads as a header of the project listing (a number, a group's words and
a count, no share), and the summary ended there: its budget figures were
read as no summary's (fresh sets s67o's obec 003 and s75o's obec 003, a copy
each: the summary's four budget figures lost, or read as a budget row of a
project the summary's next row named).  The next status group's row follows
with its share wrapped below it, as a summary prints its rows, and no header
of the listing prints a share (read._summary_row_after): the row is the
summary's, and the summary reads on to its budget."""

from __future__ import annotations

from decimal import Decimal

from tests.test_obec_ocr import report, run

ROW = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ"


def _garbled(between: str) -> str:
    text = report(planned="๑๒,๓๐๐.๐๐", disbursed="๑๒,๓๐๐.๐๐")
    row = f"{ROW} คิดเป็นร้อยละ ๑๐๐.๐๐"
    assert row in text
    rows = (f"{ROW}\n{between}\n๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๐ โครงการ\nคิดเป็นร้อยละ ๐.๐๐\n"
            "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๐ โครงการ\nคิดเป็นร้อยละ ๐.๐๐")
    return text.replace(row, rows)


def test_a_status_row_whose_percentage_ocr_garbled_is_the_summary_s():
    for between in ("AMLUUSALAY Od. de", "เธร vy\nคิดเป็นร้อยละ ๑๐๐.๐๐"):
        rows = run(_garbled(between))
        summary = rows["report_summaries"][0]
        assert summary["budget_planned"] == Decimal("12300.00")
        assert summary["budget_disbursed"] == Decimal("12300.00")
        assert summary["n_completed"] == 2
        assert len(rows["projects"]) == 2
        assert {p["plan_status"] for p in rows["projects"]} == {"completed"}
        assert [b["planned"] for b in rows["quarterly_budgets"]] == [Decimal("5000.00")] * 2


def test_a_listing_header_before_the_next_header_stays_a_header():
    # the listing's empty group ("-" under it) and the next group's header after it: no share, a header each
    text = report().replace(
        "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
        "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ\n-\n"
        "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้")
    rows = run(text)
    assert {p["plan_status"] for p in rows["projects"]} == {"in_progress"}
    assert len(rows["projects"]) == 2
