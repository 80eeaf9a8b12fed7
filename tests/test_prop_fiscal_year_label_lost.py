"""A BMA progress form whose fiscal-year field no copy read at all: OCR lost its label ("ขีงบประมาณ WA. :
๒๕๐๑" for "ปีงบประมาณ พ.ศ. : ๒๕๖๑", or the label wrapped away from its value), so the field has neither a
value nor a printed text.  fiscal_year_from_dates read the year from the form's dates only where a printed
text was kept (an unreadable one, "๒๕๒"), so the year stayed empty, and with it the window every report date
is repaired in: dates read with their years misread ("๓๐ ต.ค. ๒๕๒๐") stayed decades out.  Now the year no copy
read is the year the form's dates agree on, as for a field whose text has no digits left: at least two dates,
no tie; a tie (dates whose years read as either of two years) leaves it empty."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


def _form() -> tuple[dict, dict]:
    project = {"start_date": Reading(date(2017, 10, 1), "๑/1๐/๒560", 23, 23),
               "end_date": Reading(date(2018, 9, 30), "30/9/2561", 27, 27)}
    reports = {1: {"report_date": Reading(date(1977, 10, 30), ":: ๓0 ต.ค. ๒๕๒๐", 96, 96)},
               2: {"report_date": Reading(date(2018, 1, 17), ":: 17/1/2561", 116, 116)},
               3: {"report_date": Reading(date(2018, 6, 30), ":: 3๐ มิถุนายน 2561", 228, 228)}}
    return project, reports


def test_a_fiscal_year_no_copy_read_is_the_year_the_dates_agree_on():
    project, reports = _form()
    issues = repair_fiscal_year(project, reports, "K")
    assert project["fiscal_year_be"].value == 2561
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "projects.fiscal_year_be"]
    assert repaired and "read in no copy" in repaired[0].message
    # its source lines are those of the dates that fall in the year (it has no printing of its own): every
    # reading keeps lines (before, None, and `raingan inspect` failed on the document)
    assert (project["fiscal_year_be"].line_start, project["fiscal_year_be"].line_end) == (23, 228)
    assert (repaired[0].line_start, repaired[0].line_end) == (23, 228)


def test_dates_that_tie_between_two_years_leave_it_empty():
    project = {}
    reports = {1: {"report_date": Reading(date(1979, 11, 25), ":: ๒๕ พฤศจิกายน ๒๕๒๒", 30, 30)},
               2: {"report_date": Reading(date(1980, 4, 20), ":: ๒๐ เมษายน ๒๕๒๓", 40, 40)}}
    # ๒๕๒๒ / ๒๕๒๓ may be 2562 / 2563 or 2566 / 2567 (๖ read ๒, ๗ read ๓): fiscal 2563 or 2567, one date each way
    issues = repair_fiscal_year(project, reports, "K")
    assert "fiscal_year_be" not in project
    assert not [i for i in issues if i.code == "value_repaired"]
