"""A BMA progress form's fiscal year OCR left unreadable, whose fiscal-year mentions agree on one year as the table
of confusions reads them (repairs.fiscal_year_from_mentions, rule fiscal_year_mentions), in a document whose OCR
never writes ๔ ๖ ๗ ๘ ๙: where every mention may stand for another year as well, each character read through the
digits the document never writes (written_years), and a date of the form falls in that year, the mentions are the
field's own misreads over again and choose nothing (repairs._written_rival_years).  Set s77a,
bma_progress_s77a009: "๒๕๐๓๑" with mentions "๒๕๐๑", "๒๕๒๑", "๒๕๒๓๑" was repaired to 2561 (two report dates read in
2018); its start date 2023-10-01 opens fiscal 2567, which each may be (๖ written ๐ or ๒, ๗ written ๑ or ๓๑)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import fiscal_year_from_mentions
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(unread: str | None):
    project = {"fiscal_year_be_printed": Reading("๒๕๐๓๑", "๒๕๐๓๑", 20, 20),
               "start_date": Reading(date(2023, 10, 1), "๒๐๒๓-๑๐-๐๑", 21, 21)}
    if unread is not None:
        project["unread_digits"] = Reading(unread, "", 1, 200)
    reports = {1: {"report_date": Reading(date(2018, 1, 25), "๒๕ มกราคม ๒๕๐๑", 98, 98)},
               2: {"report_date": Reading(date(2018, 5, 21), "๒๑ พ.ค. ๒๕๐๑", 117, 117)}}
    mentions = [("heading", "๒๕๐๑", 0), ("heading", "๒๕๒๑", 0), ("date", "๒๕๐๑", 1), ("date", "๒๕๒๑", 6)]
    return project, reports, mentions


def test_mentions_another_year_through_unwritten_digits_choose_nothing():
    project, reports, mentions = _form("46789")
    issues = fiscal_year_from_mentions(project, reports, "k", mentions)
    assert not issues and "fiscal_year_be" not in project


def test_a_document_that_writes_every_digit_takes_the_mentions_year():
    project, reports, mentions = _form(None)
    issues = fiscal_year_from_mentions(project, reports, "k", mentions)
    assert project["fiscal_year_be"].value == 2561
    assert [json.loads(i.evidence)["rule"] for i in issues] == ["fiscal_year_mentions"]
