"""An OBEC round whose headings the page wrapped before their year
("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ" / "๒๕๖๗"): the
round's headings' years (what a budget section whose own year OCR misread
past the table of confusions is checked against: parsers.obec_progress.year,
_round_says) were read from the heading's line alone, so the round named no
year and a budget heading read "๒๕๒๑" (๒๕๖๗, its ๗ read as ๑) kept 2521: the
row stood under a year the report has no row of, and the true row went
missing.  Now a heading line that ends with the year's label takes the year
the page wrapped onto the line after it, read alone.  Where those years do
not all allow the report's year, the section keeps what it prints."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

WRAPPED = "\n๒๕๖๗"  # the heading's year on a line of its own


def _years(text: str) -> list[int | None]:
    rows = run(text)
    return [b["fiscal_year_be"] for b in sorted(rows["quarterly_budgets"], key=lambda b: b["line_start"])]


def test_a_budget_year_misread_past_the_table_takes_the_wrapped_round_s_year():
    one = project(1, "๒๕๖๗", budget_fy="๒๕๒๑", other_fy=WRAPPED)
    assert _years(report(projects=[one, project(2, "๒๕๖๗")])) == [2567, 2567]


def test_the_round_s_year_on_the_heading_s_own_line_reads_as_before():
    one = project(1, "๒๕๖๗", budget_fy="๒๕๒๑")
    assert _years(report(projects=[one, project(2, "๒๕๖๗")])) == [2567, 2567]


def test_wrapped_years_that_do_not_all_allow_the_report_s_year_say_nothing():
    one = project(1, "๒๕๖๗", budget_fy="๒๕๒๑", other_fy=WRAPPED)
    one = one.replace(WRAPPED, "\n๒๕๒๑", 1)  # the targets heading's year misread as the budget's
    assert _years(report(projects=[one, project(2, "๒๕๖๗")])) == [2521, 2567]
