"""A BMA progress report date whose year OCR damaged past every misread the tables list ("๓ พฤษภาคม ๒๕๒๑"
for 2024-05-03: ๖๗ read ๒๑), in a form whose fiscal year other report dates confirm.  No reading of its characters falls in the year the reports cover, so repair_dates left it in
1978, outside the fiscal year.  Its day and month as printed fall between its bounds (the year the
reports cover, its neighbours' dates where they bound it) in one year alone: it is read in that year, its day
and month as printed, and said repair_ambiguous (evidence year_proven), never value_repaired
(repairs._year_from_window).  Two years possible (a December with the window's months of slack after the
year), no other date inside the year (the fiscal year may be the misread one), a fiscal year outside the
archive's years, or a date printed in Arabic digits in a form whose report dates print no Thai digit (engines read
those as printed: flagged, not moved), and it stays as read.  A year read in Arabic digits in a date that prints Thai
digits too, or in a form whose other report dates do, is proven so ("๑ มิถุนายน 2592" for ๑ มิถุนายน 25๖2: the form
mixes the scripts within its dates, and OCR wrote the ๖ it cannot write as an Arabic 9; set s78o: left in 2049;
"๒๕ กันยายน 69" for ๒๕ กันยายน 6๑, set s79a: left in 2026; "15 ม.ค. 2508" for 15 ม.ค. 25๖8 beside "๕/๕/๒๕๒๕",
set s79b: left in 1965)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(second: Reading, first: Reading | None = None) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3)}
    reports = {1: {"report_date": first or Reading(date(2024, 4, 25), "25/4/2567", 20, 20)},
               2: {"report_date": second},
               3: {"report_date": Reading(date(2024, 6, 19), "19/6/2567", 40, 40)}}
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_year_no_reading_fits_is_proven_by_the_bounds():
    project, reports = _reports(Reading(date(1978, 5, 3), ":: ๓ พฤษภาคม ๒๕๒๑", 30, 30))
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2024, 5, 3)
    said = _said(issues, 30)
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["year_proven"] == "2024-05-03"


def test_with_the_entries_in_doubt_the_fiscal_year_alone_proves_it():
    project, reports = _reports(Reading(date(1979, 7, 22), ":: ๒๒ ก.ค. ๒๕๒๒", 30, 30))
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[2]["report_date"].value == date(2024, 7, 22)
    assert [i.code for i in _said(issues, 30)] == ["repair_ambiguous"]


def test_two_years_in_the_window_leave_the_last_report_as_read():
    # December: of the fiscal year (2023) and of the months of slack after it (2024) alike, no neighbour between;
    # the form's last report may be the late one filed in the slack
    project, reports = _reports(Reading(date(2024, 5, 3), "3/5/2567", 30, 30))
    reports[3]["report_date"] = Reading(date(1978, 12, 3), ":: ๓ ธันวาคม ๒๕๒๑", 40, 40)
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[3]["report_date"].value == date(1978, 12, 3)
    assert not [i for i in _said(issues, 40) if "year_proven" in (i.evidence or "")]


def test_two_years_in_the_window_a_report_with_another_after_it_is_the_fiscal_year_s():
    # the same December on a report the form numbers another after: the slack after the year is the last
    # report's, so the fiscal year itself (to its last day) holds one December, 2023 (set s78o: "๒๑ ธิ.ค. ๒๕๑๐"
    # for ๒๑ ธ.ค. ๒๕๖๐ left in 1967; s79b, s80a: February and March read in 1972)
    project, reports = _reports(Reading(date(1978, 12, 3), ":: ๓ ธันวาคม ๒๕๒๑", 30, 30),
                                first=Reading(date(2023, 11, 25), "25/11/2566", 20, 20))
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[2]["report_date"].value == date(2023, 12, 3)
    said = _said(issues, 30)
    assert [i.code for i in said] == ["repair_ambiguous"]  # in doubt, never value_repaired
    evidence = json.loads(said[0].evidence)
    assert evidence["year_proven"] == "2023-12-03" and evidence["bounds"][1] == "2024-09-30"
    assert "the fiscal year's last day" in said[0].message


def test_the_fiscal_year_s_last_day_bounds_the_span_path_too():
    # the entries in order, the neighbours' dates read whole but no bound between them narrower than the window
    project, reports = _reports(Reading(date(1978, 12, 3), ":: ๓ ธันวาคม ๒๕๒๑", 30, 30),
                                first=Reading(None, ":: ๑๑ พ.ย. ๒๕", 20, 20))
    reports[3]["report_date"] = Reading(None, ":: ๑๙ มิ.ย. ๒๕", 40, 40)
    repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value in (date(2023, 12, 3), date(1978, 12, 3))


def test_no_other_date_in_the_year_leaves_it_as_read():
    project, reports = _reports(Reading(date(1978, 5, 3), ":: ๓ พฤษภาคม ๒๕๒๑", 30, 30),
                                first=Reading(date(2015, 4, 25), "25/4/2558", 20, 20))
    reports[3]["report_date"] = Reading(date(2015, 6, 19), "19/6/2558", 40, 40)
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[2]["report_date"].value == date(1978, 5, 3)
    assert not [i for i in _said(issues, 30) if "year_proven" in (i.evidence or "")]


def test_dates_inside_their_bounds_are_left_alone():
    # a date already between its bounds is no misread (said so, it would bound the project's period no more)
    project, reports = _reports(Reading(date(2024, 5, 3), "3/5/2567", 30, 30))
    issues = repair_dates(project, reports, "K")
    assert not [i for i in issues if i.field == "progress_reports.report_date"]


def test_a_fiscal_year_outside_the_archives_years_proves_no_year():
    # fiscal "2525" (its ๖ read ๒): a report of 1982 (misread alike) inside its window proves nothing of the others
    project, reports = _reports(Reading(date(2024, 9, 6), ":: 6 กุย. 67", 30, 30),
                                first=Reading(date(1982, 2, 24), "๒๔/๒/๒๕๒๕", 20, 20))
    project["fiscal_year_be"] = Reading(2525, "๒๕๒๕", 3, 3)
    for span in (True, False):
        repair_dates(project, reports, "K", span=span)
        assert reports[2]["report_date"].value == date(2024, 9, 6)


def test_a_year_in_arabic_digits_is_left_as_read():
    # (the form's other report dates print Arabic digits too: no Thai digit of its was read as an Arabic one)
    project, reports = _reports(Reading(date(2023, 5, 3), ":: 3 พฤษภาคม 2566", 30, 30))
    for span in (True, False):
        repair_dates(project, reports, "K", span=span)
        assert reports[2]["report_date"].value == date(2023, 5, 3)


def test_an_arabic_year_in_a_date_printing_thai_digits_is_proven_by_the_bounds():
    # "๑ มิถุนายน 2592": the day printed in Thai digits, the year's ๖ written as an Arabic 9
    for printed, read in ((":: ๓ พฤษภาคม 2597", date(2054, 5, 3)), (":: ๓ พฤษภาคม 97", date(2054, 5, 3))):
        project, reports = _reports(Reading(read, printed, 30, 30))
        issues = repair_dates(project, reports, "K")
        assert reports[2]["report_date"].value == date(2024, 5, 3)
        said = _said(issues, 30)
        assert [i.code for i in said] == ["repair_ambiguous"]
        assert json.loads(said[0].evidence)["year_proven"] == "2024-05-03"


def test_an_arabic_year_in_a_mixed_date_two_years_possible_stays_as_read():
    # December: of the fiscal year and of the months of slack after it alike, no neighbour between: not chosen
    project, reports = _reports(Reading(date(2048, 12, 3), ":: ๓ ธันวาคม 2591", 30, 30))
    repair_dates(project, reports, "K", span=False)
    assert reports[2]["report_date"].value == date(2048, 12, 3)


def test_an_arabic_date_in_a_form_printing_thai_digits_is_proven_by_the_bounds():
    # "15 ม.ค. 2508" for 15 ม.ค. 25๖8, its neighbours printed "๒๕/๔/๒๕๖๗" (read "๒๕/๕/๒๕๒๗")
    project, reports = _reports(Reading(date(1965, 5, 3), ":: 3 พฤษภาคม 2508", 30, 30),
                                first=Reading(date(2024, 4, 25), "๒๕/๔/๒๕๖๗", 20, 20))
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2024, 5, 3)
    said = _said(issues, 30)
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["year_proven"] == "2024-05-03"
