"""A BMA progress form whose fiscal year reads outside the archive's years ("๒๕๐๕" read 2505 for ๒๕๖๔, its
readings too many for the form's dates to tell: repair_fiscal_year says it and chooses none) gives no window
to read dates into: repair_dates read a start or end date outside 2505's window again inside it, and took an
end date's other copy, "๓๐ กันยายน ๒๕๐๕", as 1962-09-30 (a wrong repair: no true date of the archive is in
such a window).  Now no date is read into it; a start or end date read in a year outside the archive's is kept
as read and said implausible (repairs._span_without_window), as a report date so read is by the checks."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _form(fiscal: int) -> tuple[dict, dict, dict]:
    project = {"fiscal_year_be": Reading(fiscal, "๒๕๐๕", 3, 3),
               "start_date": Reading(date(1980, 10, 1), "๑ ตุลาคม ๒๕๒๓", 5, 5),
               "end_date": Reading(date(1982, 9, 30), "๓๐ กันยายน ๒๕๒๕", 6, 6)}
    reports = {1: {"report_date": Reading(date(1980, 12, 5), "๕/๑๒/๒๕๒๓", 20, 20)},
               2: {"report_date": Reading(date(1982, 3, 30), "๓๐/๓/๒๕๒๕", 30, 30)}}
    copies = {("project", 0, "end_date"): [Reading(date(1962, 9, 30), "๓๐ กันยายน ๒๕๐๕", 106, 106)]}
    return project, reports, copies


def test_no_date_is_read_into_the_window_of_a_year_outside_the_archive():
    project, reports, copies = _form(2505)
    issues = repair_dates(project, reports, "K", copies=copies)
    assert project["end_date"].value == date(1982, 9, 30)  # (not the other copy's 1962-09-30)
    assert project["start_date"].value == date(1980, 10, 1)
    assert [r["report_date"].value for r in reports.values()] == [date(1980, 12, 5), date(1982, 3, 30)]
    assert not [i for i in issues if i.code == "value_repaired"]
    said = {i.field: i.code for i in issues}
    assert said == {"projects.start_date": "implausible_value", "projects.end_date": "implausible_value"}


def test_a_year_of_the_archive_still_reads_its_dates():
    # the same form with its fiscal year read 2564: the dates are read into 2564's window as before
    project, reports, copies = _form(2564)
    issues = repair_dates(project, reports, "K", copies=copies)
    assert project["start_date"].value == date(2020, 10, 1)
    assert not [i for i in issues if i.code == "implausible_value"]
