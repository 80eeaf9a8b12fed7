"""A BMA progress form's report dates printed with a two-digit BE year ("๕ พ.ค. ๖๓", OCR'd "๕ พ.ค. ๒๓" where the
document's OCR never writes ๖) are printings of the fiscal year too (repairs._date_year_token: the two digits after
the century's "๒๕", each standing for what the written digits allow): they count among the form's printings that
settle a fiscal year OCR left unreadable (repairs.fiscal_year_by_written_digits), and weigh in the odds that tell a
tie (rule read_odds), their unprinted century weighing nothing.  A two-digit number that is not the year the date
was parsed with counts for nothing, nor does the century's own "๒๕" (as likely a four-digit year split apart, its
tail read in another cell)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import _date_year_token, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(short: list[tuple[date, str]], unread: str | None = "46789") -> tuple[dict, dict]:
    # ๒๕๖๓ printed, its ๖ written "๒๐" in the field (unreadable) and "๒" in the dates
    project = {"fiscal_year_be_printed": Reading("๒๕๒๐๓", "๒๕๒๐๓", 3, 3),
               "start_date": Reading(date(1979, 10, 1), "๑ ตุลาคม ๒๕๒๒", 4, 4)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 60)
    dates = [(date(1980, 2, 10), "๑๐ ก.พ. ๒๕๒๓")] + short
    reports = {n: {"report_date": Reading(value, text, 20 + n, 20 + n)} for n, (value, text) in enumerate(dates, 1)}
    return project, reports


SHORT = [(date(1980, 5, 5), "๕ พ.ค. ๒๓"), (date(1980, 7, 13), "๑๓/๗/๒๓"), (date(1980, 8, 21), "๒๑ สิงหาคม ๒๓")]


def _chosen(issues):
    return [i for i in issues if i.field == "projects.fiscal_year_be" and i.evidence
            and json.loads(i.evidence).get("rule") in ("read_odds", "written_digits")]


def test_a_short_year_is_the_centurys_two_digits_after_its_own():
    assert _date_year_token(Reading(date(1980, 5, 5), "๕ พ.ค. ๒๓", 1, 1)) == "๒๕๒๓"
    assert _date_year_token(Reading(date(1980, 5, 5), "5/5/23", 1, 1)) == "2523"
    assert _date_year_token(Reading(date(1980, 5, 5), "๕ พ.ค. ๒๓", 1, 1), weighed=True) == "??๒๓"
    assert _date_year_token(Reading(date(1980, 5, 5), "๕ พ.ค. ๒๕๒๓", 1, 1)) == "๒๕๒๓"
    # two digits that are not the year the date was parsed with, or no parsed date: nothing
    assert _date_year_token(Reading(date(1980, 5, 5), "๕ พ.ค. ๑๑", 1, 1)) is None
    assert _date_year_token(Reading(None, "๕ พ.ค. ๒๓", 1, 1)) is None
    # the century alone: a year split apart ("๓ มกราคม ๒๕" beside "๒ออ") is no short year
    assert _date_year_token(Reading(date(1982, 1, 3), "๓ มกราคม ๒๕", 1, 1)) is None
    assert _date_year_token(Reading(date(1982, 1, 3), "3/1/25", 1, 1)) is None


def test_a_century_alone_does_not_vote():
    # the dates' years split apart, their century kept ("๒๕"): no printing of 2565 or any other year
    split = [(date(1982, 5, 5), "๕ พ.ค. ๒๕"), (date(1982, 7, 13), "๑๓/๗/๒๕"), (date(1982, 8, 21), "๒๑ สิงหาคม ๒๕")]
    project, reports = _form(split)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert "fiscal_year_be" not in project and not _chosen(issues)


def test_short_year_dates_settle_the_tie():
    project, reports = _form(SHORT)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2563
    [chosen] = _chosen(issues)
    assert chosen.code == "repair_ambiguous"  # in doubt, as every choice of the written digits
    evidence = json.loads(chosen.evidence)
    assert evidence["chosen"] == 2563 and evidence["support"] == 6


def test_without_them_the_year_stays_unread():
    project, reports = _form([])
    issues = repair_fiscal_year(project, reports, "k", [])
    assert "fiscal_year_be" not in project and not _chosen(issues)


def test_without_the_documents_unwritten_digits_nothing_is_chosen():
    project, reports = _form(SHORT, unread=None)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert "fiscal_year_be" not in project and not _chosen(issues)
