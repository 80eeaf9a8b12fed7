"""A BMA progress report date whose year OCR misread ("๗ มีนาคม ๒2" for 2019-03-07, "๒๑/๑๐/๒๕๒๕" for
2022-10-21), in a report whose entries are read in doubt (column by column: a date may stand in another
entry's place).  repair_dates read no report date again there, so such a date stayed out of the year.  Now
(_years_in_doubt) it takes the one reading of its characters inside the year that stands strictly between
its neighbours' dates, when no entry is missing and every entry has a date printed: a gap, or an entry with
no date, is the sign that dates moved up or down, and then nothing is read again; so is a doubt about the
row of the dates itself (entry_cell_in_doubt on progress_reports.report_date), or a doubt whose issues are
not known.  A date in ISO order whose
day is one Thai digit may have lost a digit the OCR model cannot write, as a day first may ("๒๐๑๓-๑๑-๑" for
2019-11-19): its readings include those days, and the one-day reading is no longer the only one.
Where no reading is chosen so, a date whose readings inside the year all fall in one year is still read in
that year, day and month as printed, in doubt (repair_ambiguous, year_proven: repairs._years_proven_in_doubt,
tests/test_bma_report_date_year_proven_in_doubt.py): the fiscal year proves the year, whichever entry the
date is of; the tests below check that none is chosen among the readings."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from parsers.repair import date_readings
from schemas.document import Reading, value_of


def _reports(missing: bool = False, undated: bool = False) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2019, 1, 10), "10/1/2562", 20, 20)},
               2: {"report_date": Reading(date(1979, 3, 7), ":: 7 มีนาคม ๒2", 30, 30)},
               3: {"report_date": Reading(date(2019, 5, 2), "2/5/2562", 40, 40)},
               4: {"report_date": Reading(date(2019, 6, 20), "20/6/2562", 50, 50)}}
    if missing:
        del reports[3]
    if undated:
        del reports[4]["report_date"]
    return project, reports


def _repaired(issues: list, line: int) -> list:
    return [i for i in issues if i.code == "value_repaired" and i.line_start == line]


def _year_proven(issues: list, line: int) -> list:
    return [json.loads(i.evidence)["year_proven"] for i in issues if i.code == "repair_ambiguous"
            and i.line_start == line and "year_proven" in json.loads(i.evidence)]


def test_a_year_misread_in_entries_in_doubt_is_read_in_the_year():
    project, reports = _reports()
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert reports[2]["report_date"].value == date(2019, 3, 7)
    assert _repaired(issues, 30)


def test_an_entry_missing_or_undated_leaves_the_date_as_read():
    for kw in ({"missing": True}, {"undated": True}):
        project, reports = _reports(**kw)
        issues = repair_dates(project, reports, "K", span=False, recheck=True)
        assert not _repaired(issues, 30), kw  # not chosen between its neighbours: its year alone is proven
        assert reports[2]["report_date"].value == date(2019, 3, 7), kw
        assert _year_proven(issues, 30) == ["2019-03-07"], kw


def test_a_reading_out_of_order_with_a_neighbour_is_not_chosen():
    project, reports = _reports()
    reports[1]["report_date"] = Reading(date(2019, 3, 20), "20/3/2562", 20, 20)  # the one reading, 7 March, is before it
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert not _repaired(issues, 30)  # its year alone proven (its neighbour may be another entry's date)
    assert _year_proven(issues, 30) == ["2019-03-07"]


def test_an_iso_date_whose_lone_thai_day_may_have_lost_a_digit():
    days = {d.day for d in date_readings("๒๐๑๓-๑๑-๑") if (d.year, d.month) == (2019, 11)}
    assert {1, 19} <= days
    project = {"fiscal_year_be": Reading(2563, "2563", 3, 3)}
    reports = {1: {"report_date": Reading(date(2019, 10, 21), "2019-10-21", 20, 20)},
               2: {"report_date": Reading(date(2013, 11, 1), "๒๐๑๓-๑๑-๑", 30, 30)},
               3: {"report_date": Reading(date(2019, 12, 2), "2019-12-02", 40, 40)}}
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert not _repaired(issues, 30)  # 1 or 14 to 19 November: none chosen, all in 2019
    assert reports[2]["report_date"].value == date(2019, 11, 1) and _year_proven(issues, 30) == ["2019-11-01"]


def test_a_doubt_about_the_row_of_the_dates_itself_leaves_them_as_read():
    from parsers.bma_progress.repairs import repair_all, structure_in_doubt
    from schemas.document import Issue
    for field, read_again in (("progress_reports.progress_pct", True), ("progress_reports.report_date", False)):
        project, reports = _reports()
        issues = [Issue("warning", "entry_cell_in_doubt", "a row holds 3 cells for 4 entries", "", 60, 60, field=field)]
        doubt = structure_in_doubt(reports, issues, figures=True)
        assert doubt
        said = repair_all(project, reports, {}, "K", doubt=True, figures_doubt=doubt)
        assert bool(_repaired(said, 30)) is read_again, field
        assert reports[2]["report_date"].value == date(2019, 3, 7), field  # else its year alone, in doubt
    project, reports = _reports()
    said = repair_all(project, reports, {}, "K", doubt=True)  # a doubt whose issues are not known: nothing read again
    assert not _repaired(said, 30) and _year_proven(said, 30) == ["2019-03-07"]


def _unreadable(text: str) -> tuple[dict, dict]:
    """Entries in doubt whose second date OCR left unreadable (kept as printed, no value)."""
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2019, 4, 10), "10/4/2562", 20, 20)},
               2: {"report_date_printed": Reading(None, text, 30, 30)},
               3: {"report_date": Reading(date(2019, 6, 20), "20/6/2562", 40, 40)}}
    return project, reports


def test_an_unreadable_date_in_entries_in_doubt_takes_its_one_reading_in_order():
    # a month OCR wrote in Latin look-alikes (W.A. for พ.ค.), a year OCR lost: one reading each between
    # the neighbours' dates inside the year
    for text, want in (("26 W.A. 2562", date(2019, 5, 26)), ("28 เมษายน", date(2019, 4, 28))):
        project, reports = _unreadable(text)
        issues = repair_dates(project, reports, "K", span=False, recheck=True)
        assert reports[2]["report_date"].value == want, text
        said = _repaired(issues, 30)
        assert said and said[0].field == "progress_reports.report_date", text
        assert "is unreadable" in said[0].message, text


def test_an_unreadable_date_is_read_only_in_doubt_when_the_entries_show_moved_dates_or_left_if_its_shape_is_broken():
    project, reports = _unreadable("26 W.A. 2562")
    del reports[3]["report_date"]  # an entry with no date: the dates may have moved
    reports[3]["description"] = Reading("x", "x", 41, 41)
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    # its one reading inside the year is the printed date's whichever entry it is of: read so, in doubt, never
    # repaired (repairs._unread_with_one_reading; before, it stayed unread)
    assert value_of(reports[2], "report_date") == date(2019, 5, 26) and not _repaired(issues, 30)
    assert _year_proven(issues, 30) == ["2019-05-26"]
    # one reading, but only from a shape OCR broke (its separator lost): no choice where entries are in doubt
    project, reports = _unreadable("22/052562")
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert value_of(reports[2], "report_date") is None and not _repaired(issues, 30)
    # several readings in order (its Thai day ๒๕ may be 25, 24, 28, 29 or 27 May): none chosen
    project, reports = _unreadable("๒๕ W.A. 2562")
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert value_of(reports[2], "report_date") is None and not _repaired(issues, 30)


def test_an_entry_the_text_shows_and_no_copy_read_leaves_the_dates_as_read(monkeypatch):
    # entries 1..N read, each with a date, but the text shows one more (rows.entries_lost): the lost entry may be
    # the first, every date after it one entry up, so none is read again between its neighbours
    from parsers.bma_progress.repairs import Doubts, repair_all

    monkeypatch.setenv("RAINGAN_REPAIR", "1")
    doubt = Doubts([("entry_header_missing", "progress_reports.seq")])
    for lost in (False, True):
        project, reports = _reports()
        issues = repair_all(project, reports, {}, "K", doubt=doubt, figures_doubt=doubt, lost=lost)
        assert bool(_repaired(issues, 30)) is not lost, lost
        if lost:  # its year alone proven, in doubt
            assert _year_proven(issues, 30) == ["2019-03-07"]
