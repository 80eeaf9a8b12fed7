"""A BMA progress report whose cells OCR lost in every copy (an entries table read column by column whose
third column came out after the signature block, its words broken a few letters to a line: fresh set s23r,
bma_progress_s23r001): its description, disbursement, flags and progress were each said to be missing, but
its expense lines, lost with them, were not (eight silent misses: two lines of report 3).  Now a report with
none of its cells (description, progress, disbursement, flags) in any copy, and no expense line, says its
lines, if it listed any, were lost (field `expenses`, at the report's lines).  A report one of whose cells
was read, or whose lines were read, says nothing of the kind."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from schemas.document import Reading


def _reports() -> dict[int, dict[str, Reading]]:
    return {
        1: {"description": Reading("ประชุมผู้บริหาร", "ประชุมผู้บริหาร", 100, 104),
            "disbursed": Reading(Decimal("0"), "฿0", 105, 105)},
        2: {"description": Reading("จัดอบรม", "จัดอบรม", 110, 114),
            "disbursed": Reading(Decimal("5000"), "฿5,000", 115, 115)},
        3: {"report_date": Reading(None, "15 34. 2561", 98, 100)},  # its column lost: nothing else read
    }


def _lost(issues):
    return [(i.code, i.line_start) for i in issues if i.field == "expenses"]


def test_a_report_whose_cells_were_lost_says_its_expense_lines_may_be_lost_too():
    issues = check_figures(_reports(), {2: [Decimal("5000")]}, {})
    assert _lost(issues) == [("missing_value", 98)]
    assert "report 3" in [i for i in issues if i.field == "expenses"][0].message


def test_a_report_read_or_with_lines_read_says_nothing_of_lost_lines():
    reports = _reports()
    reports[3]["description"] = Reading("ยกเลิก", "ยกเลิก", 120, 121)  # its description read: its cells were not lost
    assert _lost(check_figures(reports, {2: [Decimal("5000")]}, {})) == []
    reports = _reports()
    reports[3]["progress_pct"] = Reading(30.0, "30.0%", 122, 122)  # its progress read
    assert _lost(check_figures(reports, {2: [Decimal("5000")]}, {})) == []
    reports = _reports()  # its lines read, though not its description or disbursement
    assert _lost(check_figures(reports, {2: [Decimal("5000")], 3: [Decimal("1100")]}, {})) == []
