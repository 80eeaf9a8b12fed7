"""A record's issue spans its printings in every copy (an OBEC budget row's as_planned_mismatch over lines 892 to
2062, its first and second copy), and the rows of other projects printed between them: the digits doubt of such a
row's amount (a Thai digit the document's OCR may have read for another) was taken as said by that issue, and the
misread amount stood silent (fresh set s95p, obec_progress_s95p003: planned 13,500 for 13,400).  An issue names a
row's field where its lines begin or end among the row's (pipeline.doubtful._anchored), not where they reach past
them on both sides."""

from __future__ import annotations

from decimal import Decimal

from pipeline.doubtful import flag_values
from schemas.document import Issue, Line


NEVER_READ = " ๑๒๓๕๐" * 40


def _text() -> list[Line]:
    return [Line(1, "รายงาน" + NEVER_READ), Line(20, "จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๓,๕๐๐ บาท")]


def test_an_issue_reaching_past_the_row_on_both_sides_does_not_say_its_doubt():
    row = {"planned": Decimal("13500.00"), "line_start": 19, "line_end": 22}
    spanning = Issue("warning", "as_planned_mismatch", "another record's", "", 10, 60,
                     field="quarterly_budgets.planned")
    (issue,) = flag_values("46789", {"quarterly_budgets": [row]}, _text(), [spanning])
    assert (issue.code, issue.field, issue.line_start) == ("ocr_digits_doubtful", "quarterly_budgets.planned", 20)


def test_an_issue_at_the_row_s_lines_says_it_as_before():
    row = {"planned": Decimal("13500.00"), "line_start": 19, "line_end": 22}
    for span in ((19, 22), (20, 20), (10, 21), (21, 60)):
        said = Issue("warning", "as_planned_mismatch", "its own", "", *span, field="quarterly_budgets.planned")
        assert flag_values("46789", {"quarterly_budgets": [row]}, _text(), [said]) == [], span
