"""A BMA progress form's fiscal year printed in Arabic digits whose ๖ OCR wrote as an Arabic 9 ("2593" for 25๖3),
in a document whose OCR never writes ๔ ๖ ๗ ๘ ๙, its dates "๒๕๒๓" (๖ read ๒).  Under the table of confusions those
dates allow 2553 (๕ read ๒) as readily as 2563, so 2553, no reading of the field, tied with the field's rare
reading 2563 and the year was kept: 2593, every date read into 2049-2050, thirty years off (set s76o's
bma_progress 007, project 2).  Read as the document's OCR writes digits (a digit it writes stands for itself or for
one it never writes, never for another it writes: the ๕ it prints in every "๒๕" is no ๒ elsewhere), the dates allow
2563 and not 2553: repaired, said (rule fiscal_year, rare_misreads, the written support in the evidence).  A
document that writes every digit, or whose dates read so still allow another year as much: kept, as before."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import fiscal_year_by_rare_reads
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


_DATES = [(date(1980, 1, 1), "๑ ม.ค. ๒๕๒๓"), (date(1980, 2, 27), "๒7 กุมภาพันธ์ ๒๕๒๓"),
          (date(1980, 5, 22), "๒๒/๕/๒๕๒๓"), (date(1980, 6, 18), "๑8 มิถุนายน ๒๕๒๓")]


def _form(unread: str | None, dates=_DATES) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2593, "2593", 3, 3),
               "start_date": Reading(date(1979, 10, 1), "๑/1๐/25๒๒", 5, 5),
               "end_date": Reading(date(1980, 9, 30), "3๐/9/25๒3", 6, 6)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 40)
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(dates, 1)}
    return project, reports


def test_a_rival_the_dates_allow_only_through_a_digit_the_document_writes_is_no_rival():
    project, reports = _form("46789")
    issues = fiscal_year_by_rare_reads(project, reports, "k")
    assert project["fiscal_year_be"].value == 2563
    (issue,) = issues
    evidence = json.loads(issue.evidence)
    assert issue.code == "value_repaired" and evidence["rare_misreads"] and evidence["chosen"] == 2563
    assert evidence["written_support"]["2563"] == 6 and evidence["written_support"]["2553"] == 0
    assert "2553" in issue.message and issue.line_start == 3


def test_a_document_that_writes_every_digit_keeps_the_tie():
    project, reports = _form(None)
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2593


def test_a_rival_the_written_readings_allow_as_much_keeps_the_year():
    # two dates printed in Arabic digits in 2553 (read as printed): 2553 keeps as many of the dates, so read
    dates = _DATES[:2] + [(date(2010, 3, 1), "1/3/2553"), (date(2010, 4, 1), "1/4/2553"),
                          (date(2010, 5, 1), "1/5/2553"), (date(2010, 6, 1), "1/6/2553")]
    project, reports = _form("46789", dates)
    project["start_date"] = Reading(date(2009, 10, 1), "1/10/2552", 5, 5)
    project["end_date"] = Reading(date(2010, 9, 30), "30/9/2553", 6, 6)
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2593
