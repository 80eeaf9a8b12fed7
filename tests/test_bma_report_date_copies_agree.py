"""A BMA progress report date the form's copies read apart, the vote keeping one copy's reading by no reason of
what the readings are (the earliest copy, or the others' years outside the archive's: rows.other_copies):
"๑๕/๐๖/๒๕๖๒" in one copy, "๑๔/๐๖/๒๕๐๒" in the other, in a document whose OCR misreads ๔ as ๕ and ๖ as ๐.
repair_dates weighed the other copies only where the kept reading broke its bounds, and then took another
copy's reading as read (repairs.copy_reading): a kept 2019-06-15 inside its bounds stood.  The copies print one
date: where exactly one date between the bounds is a reading of every copy's characters (date_readings, and
each date as read), it is that date, value_repaired with the copies' readings as evidence (rule copy_readings,
repairs._copies_agree), with the entries in order or, between the window's edges alone, in doubt.  Several
dates that fit every copy, or none, and the kept reading stands; a copy that reads no date has no say."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading

_KEY = ("progress_reports", 2, "report_date")


def _reports(kept: Reading) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2019, 5, 20), "20/5/2562", 20, 20)},
               2: {"report_date": kept},
               3: {"report_date": Reading(date(2019, 8, 1), "1/8/2562", 40, 40)}}
    return project, reports


def test_the_one_date_every_copy_allows_is_taken():
    # in order the neighbours bound it (๐๖ may be ๐๒: February too, before report 1); in doubt the window
    # alone does, so the month printed as a word
    for span, kept, other in ((True, "๑๕/๐๖/๒๕๖๒", "๑๔/๐๖/๒๕๐๒"), (False, "๑๕ มิ.ย. ๒๕๖๒", "๑๔ มิ.ย. ๒๕๐๒")):
        project, reports = _reports(Reading(date(2019, 6, 15), kept, 30, 30))
        copies = {_KEY: [Reading(date(1959, 6, 14), other, 130, 130)]}
        issues = repair_dates(project, reports, "K", span=span, copies=copies)
        assert reports[2]["report_date"].value == date(2019, 6, 14), span
        said = [i for i in issues if i.line_start == 30 and i.field == "progress_reports.report_date"]
        assert [i.code for i in said] == ["value_repaired"], span
        evidence = json.loads(said[0].evidence)
        assert evidence["rule"] == "copy_readings" and evidence["chosen"] == "2019-06-14"
        assert evidence["copy_readings"] == [other]


def test_several_dates_fitting_every_copy_leave_the_kept_reading():
    # ๓ may be ๓, ๗ or ๙ and ๕ may be ๔, ๕, ๗, ๘ or ๙: 7 and 9 June fit both copies
    project, reports = _reports(Reading(date(2019, 6, 3), "๐๓/๐๖/๒๕๖๒", 30, 30))
    copies = {_KEY: [Reading(date(1959, 6, 5), "๐๕/๐๖/๒๕๐๒", 130, 130)]}
    issues = repair_dates(project, reports, "K", copies=copies)
    assert reports[2]["report_date"].value == date(2019, 6, 3)
    assert not [i for i in issues if i.code == "value_repaired"]


def test_a_copy_that_reads_no_date_has_no_say():
    project, reports = _reports(Reading(date(2019, 6, 15), "๑๕/๐๖/๒๕๖๒", 30, 30))
    copies = {_KEY: [Reading(None, "ไม่มี", 130, 130)]}
    repair_dates(project, reports, "K", copies=copies)
    assert reports[2]["report_date"].value == date(2019, 6, 15)
