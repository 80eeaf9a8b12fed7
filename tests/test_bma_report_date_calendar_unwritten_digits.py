"""A report date OCR left unreadable, weighed again between its neighbours once the form's calendar read one of
them again (repairs._unread_after_calendar, rule date_order), in a document whose OCR never writes ๔ ๖ ๗ ๘ ๙: the one
reading of its characters the table of confusions gives between its neighbours is no longer taken where a reading
through the digits the document never writes (a ๑ for a ๖ or ๗, a ๒ for a ๖: _written_dates) falls there too.
Set s77b, bma_progress_s77b007: report 5 '๐๑/๐๑/๒๕๒๓' was repaired to 2020-01-01; it printed ๐๖/๐๖/๒๕๖๓."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import _unread_after_calendar
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reports():
    return {1: {"report_date": Reading(date(2019, 12, 10), "๑๐/๑๒/๒๕๒๒", 120, 120)},
            2: {"report_date": Reading(None, "๐๑/๐๑/๒๕๒๓", 130, 130)},
            3: {"report_date": Reading(date(2020, 8, 14), "๑๕/๐๘/๒๕๖๓", 140, 140)}}


def _repairs(issues):
    return [i for i in issues if i.code == "value_repaired" and json.loads(i.evidence).get("rule") == "date_order"]


def test_a_reading_through_unwritten_digits_between_the_neighbours_leaves_the_date_unread():
    reports = _reports()
    issues = _unread_after_calendar(reports, [1, 2, 3], (date(2019, 10, 1), date(2020, 9, 30)), set(), "k",
                                    date(2019, 10, 1), [], unread="46789")
    assert reports[2]["report_date"].value is None and not _repairs(issues)


def test_a_document_that_writes_every_digit_takes_the_one_reading():
    reports = _reports()
    issues = _unread_after_calendar(reports, [1, 2, 3], (date(2019, 10, 1), date(2020, 9, 30)), set(), "k",
                                    date(2019, 10, 1), [])
    assert reports[2]["report_date"].value == date(2020, 1, 1) and _repairs(issues)
