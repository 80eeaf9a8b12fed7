"""A proposal's period printed by months and two-digit years alone ("ระหว่าง พ.ย. ๖๕ ถึง มิ.ย. ๖๙"), in a digit the
document's OCR may have read for another (๕ for ๘, where OCR never wrote a ๘): the start date, 1 November of the
year as read, had no printing its pattern knew (a day first), so it stood unflagged, its year wrong (fresh set
s73a, bma_proposal_s73a003: 2022-11-01 for 2025-11-01, silent).  A period's first or last day is printed by its
month and year too (pipeline.printed._date_pattern), and such a printing is read with the value's day
(pipeline.doubtful._possible); another date's printing ("๓ พฤศจิกายน ๒๕๖๕") is none of a 1 November's."""

from __future__ import annotations

from datetime import date

from pipeline.doubtful import flag_values
from schemas.document import Line

NEVER_READ = " ๑๒๓๕๐" * 40


def _lines(period: str) -> list[Line]:
    return [Line(1, "โครงการ" + NEVER_READ), Line(67, "ระยะเวลาดำเนินการ : " + period)]


def test_a_start_date_printed_by_its_month_and_year_is_in_doubt():
    rows = {"projects": [{"start_date": date(2022, 11, 1), "line_start": 1, "line_end": 67}]}
    (issue,) = flag_values("46789", rows, _lines("ระหว่าง พ.ย. ๖๕ ถึง มิ.ย. ๖๙"), [])
    assert (issue.code, issue.field, issue.line_start) == ("ocr_digits_doubtful", "projects.start_date", 67)


def test_another_date_of_the_month_is_no_printing_of_its_first_day():
    rows = {"projects": [{"start_date": date(2022, 11, 1), "line_start": 1, "line_end": 67}]}
    assert flag_values("46789", rows, _lines("ประชุม ๓ พฤศจิกายน ๒๕๖๕"), []) == []


def test_a_date_not_at_a_month_s_edge_is_not_printed_by_its_month():
    rows = {"projects": [{"start_date": date(2022, 11, 15), "line_start": 1, "line_end": 67}]}
    assert flag_values("46789", rows, _lines("ระหว่าง พ.ย. ๖๕ ถึง มิ.ย. ๖๙"), []) == []
