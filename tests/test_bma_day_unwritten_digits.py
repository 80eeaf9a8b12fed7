"""A BMA report date whose year or month a rule read from the form (date_order, report_window, report_calendar)
while keeping its day as printed: where the day is printed in Thai digits and the document's OCR never writes some
(tesseract's Thai model writes no ๖ ๗ ๙, and often a ๑ for them), "๑๑" may be ๑๖, ๑๗ or ๑๙ as well, and the repair
is said in doubt, its date kept (repairs._days_unwritten)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import _day_readings, repair_all
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(day: str, unread: str | None = "46789", after: date = date(2022, 2, 20)):
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 60)
    reports = {1: {"report_date": Reading(date(2021, 12, 10), "๑๐ ธ.ค. 2564", 20, 20)},
               2: {"report_date_printed": Reading(None, f"{day} UA. 2565", 30, 30)},  # the month unreadable
               3: {"report_date": Reading(after, f"{after.day} ก.พ. 2565", 40, 40)}}
    return project, reports


def _dated(issues):
    return [(i.code, json.loads(i.evidence)) for i in issues if i.field == "progress_reports.report_date"]


def test_a_thai_day_of_ones_the_document_may_have_misread_is_kept_in_doubt():
    project, reports = _form("๑๑")
    issues = repair_all(project, reports, {}, "k")
    assert reports[2]["report_date"].value == date(2022, 1, 11)  # kept: the only reading under the table
    [(code, evidence)] = _dated(issues)
    assert code == "repair_ambiguous" and evidence["rule"] == "date_order" and evidence["kept"] == "2022-01-11"
    assert evidence["candidates"] == ["2022-01-11", "2022-01-16", "2022-01-17", "2022-01-19"]


def test_a_day_that_can_be_no_other_or_a_document_that_writes_every_digit_stays_repaired():
    # Arabic digits: not the Thai model's misread
    project, reports = _form("11")
    [(code, evidence)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "value_repaired" and evidence["chosen"] == "2022-01-11"
    # the document writes ๖ ๗ ๙: its ๑ is a ๑
    project, reports = _form("๑๑", unread=None)
    [(code, _)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "value_repaired"
    # "๓๑": ๓๖ ๓๗ ๓๙ are no days
    project, reports = _form("๓๑")
    [(code, _)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "value_repaired"


def test_the_days_a_thai_day_may_be():
    assert _day_readings("๑๑", [("6", "1"), ("7", "1"), ("9", "1"), ("7", "0")]) == {11, 16, 17, 19}
    assert _day_readings("๒๐", [("7", "0")]) == {20, 27}
    assert _day_readings("21", [("6", "1")]) == {21}


def _numeric_form(printed: str, before: date = date(2021, 11, 1), after: date = date(2022, 7, 25)):
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3), "unread_digits": Reading("46789", "", 1, 60)}
    reports = {1: {"report_date": Reading(before, f"{before.day}/{before.month}/{before.year + 543}", 20, 20)},
               2: {"report_date": Reading(date(1962, 5, 21), printed, 30, 30)},  # its year misread: ๒๕๐๕
               3: {"report_date": Reading(after, f"{after.day}/{after.month}/{after.year + 543}", 40, 40)}}
    return project, reports


def test_a_numeric_month_after_specks_is_weighed_too_an_arabic_digit_among_thai_ones_in_doubt():
    # ":: ": more than one speck before the day; "๐5": the month's Arabic 5 may be a ๖ the model cannot write
    project, reports = _numeric_form(":: ๒๑/๐5/๒๕๐๕")
    # (its readings hold 21 June as well: normalizers.confusions._part_readings; the window, not the day's rule,
    # then says it in doubt, the date as printed in the year kept)
    [(code, evidence)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "repair_ambiguous" and evidence.get("kept", evidence.get("year_proven")) == "2022-05-21"
    assert reports[2]["report_date"].value == date(2022, 5, 21)
    assert "2022-06-21" in evidence["candidates"]


def test_a_day_and_month_the_neighbours_settle_stay_repaired():
    # the neighbours leave no other reading of ๒๑/๐5 between them: the constraints settle it
    project, reports = _numeric_form(":: ๒๑/๐5/๒๕๐๕", before=date(2022, 4, 20), after=date(2022, 5, 22))
    [(code, evidence)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "value_repaired" and evidence["chosen"] == "2022-05-21"


def test_the_days_a_day_may_be_through_the_digits_a_document_never_writes():
    assert _day_readings("๒๕", [], "46789") == {24, 25, 27, 28, 29}  # ๕ for ๔ ๗ ๘ ๙
    assert _day_readings("20", [], "46789", mixed=True) == {20, 27, 29}  # an Arabic 0 among Thai digits: ๗ ๙
    assert _day_readings("20", [], "46789") == {20}  # Arabic digits alone: as printed


def test_a_day_kept_where_the_calendar_read_the_month_otherwise_is_still_weighed():
    from parsers.bma_progress.repairs import _other_days
    pairs = [("6", "1"), ("7", "1"), ("9", "1"), ("7", "0")]
    # "๑๑/๐๓/..." read as 11 September by the form's calendar: its month settled, its day ๑๑ as printed in doubt
    shown, others = _other_days("๑๑/๐๓/๒๕๐", date(2024, 9, 11), pairs, "46789", date(2024, 8, 20), date(2024, 9, 30))
    assert shown == "๑๑/๐๓" and others == [date(2024, 9, 16), date(2024, 9, 17), date(2024, 9, 19)]
    # a day printed otherwise than chosen: not this rule's to weigh
    assert _other_days("๑๒/๐๓/๒๕๐", date(2024, 9, 11), pairs, "46789", date(2024, 8, 20), date(2024, 9, 30)) is None



def test_a_neighbour_left_unread_bounds_by_its_readings():
    from schemas.document import Issue
    from parsers.bma_progress.repairs import _days_unwritten
    project, reports = _numeric_form(":: ๒๑/๐5/๒๕๐๕")
    reports[2]["report_date"] = Reading(date(2022, 5, 21), ":: ๒๑/๐5/๒๕๐๕", 30, 30)  # as date_order chose it
    repaired = Issue("warning", "value_repaired", "report 2's date", json.dumps(
        {"rule": "date_order", "printed": ":: ๒๑/๐5/๒๕๐๕", "chosen": "2022-05-21"}), 30, 30, project_key="k",
        field="progress_reports.report_date")
    [issue] = _days_unwritten(project, reports, [repaired])
    assert issue.code == "repair_ambiguous" and "2022-06-21" in json.loads(issue.evidence)["candidates"]
    # report 3 left unread, every reading of it inside the window in May 2022 ("๒๕ พ.ค. ๒", its year lost):
    # report 2 comes before its latest reading, 29 May: 21 June is no longer a reading of it that fits
    del reports[3]["report_date"]
    reports[3]["report_date_printed"] = Reading(None, "๒๕ พ.ค. ๒", 40, 40)
    [issue] = _days_unwritten(project, reports, [repaired])
    assert issue.code == "repair_ambiguous" and "2022-06-21" not in json.loads(issue.evidence)["candidates"]


def test_an_arabic_digit_of_a_form_that_prints_the_scripts_mixed_is_read_as_printed():
    # "๒5": its Arabic 5 beside a Thai digit may be a ๖ the model cannot write (in one printing of fifty) ...
    project, reports = _form("๒5")
    [(code, evidence)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "repair_ambiguous" and evidence["candidates"] == ["2022-01-25", "2022-01-26"]
    # ... unless the form prints its digits mixing the scripts (figures of a Thai digit beside an Arabic 1, 2 or
    # 3, which the engine writes for no Thai digit): there its Arabic 5 is printed so, and the repair stands
    project, reports = _form("๒5")
    reports[1]["progress_pct"] = Reading(12.0, "1๒.0%", 21, 21)
    reports[3]["progress_pct"] = Reading(31.0, "3๑.๐%", 41, 41)
    [(code, evidence)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "value_repaired" and evidence["chosen"] == "2022-01-25"
    # one such figure alone is no evidence (a rare misread); and a Thai digit's own readings stay in doubt
    project, reports = _form("๒5")
    reports[1]["progress_pct"] = Reading(12.0, "1๒.0%", 21, 21)
    [(code, _)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "repair_ambiguous"
    project, reports = _form("๑๑")
    reports[1]["progress_pct"] = Reading(12.0, "1๒.0%", 21, 21)
    reports[3]["progress_pct"] = Reading(31.0, "3๑.๐%", 41, 41)
    [(code, _)] = _dated(repair_all(project, reports, {}, "k"))
    assert code == "repair_ambiguous"
