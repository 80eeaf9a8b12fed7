"""A BMA progress form's start or end date OCR left unparsed (its year five characters, its day three) that prints
its month in figures: the month says which fiscal year the printed year belongs to (๑๐ to ๑๒: the year after; a
month opening with ๐: the same), as a month's name does (repairs._numeric_month_shift), so its year weighs for one
fiscal year where it would weigh for two (set s67o: a start "๑/๑๐/๒๕๒๒9" beside a field "๒๕๒๕" is 2567, not 2569;
set s71a: an end "๒๐๒๕-๐๕-๑๓๐" beside a start "๒๐๒๕-๑๐-๐๑" is 2568, not 2569)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import _month_shift, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _written(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "written_digits"]


def test_a_dates_month_in_figures_says_its_fiscal_year():
    assert _month_shift("๑/๑๐/๒๕๒๒9") == 1
    assert _month_shift("๒๐๒๕-๐๕-๑๓๐ 00:00:00") == 0
    assert _month_shift("๓๐/๐๙/2567") == 0
    # no month read, a month of one figure (a figure may be lost: ๑ for ๑๒), or a month no reading makes
    assert _month_shift("๓๐/@/๒๕๒๕") is None
    assert _month_shift("๓๐/๙/๒๕๒๕") is None
    assert _month_shift("๓๐/๓๕/๒๕๒๕") is None
    assert _month_shift("๒๐๒๕-๐๑@-๑๓๐") is None


def _form(start: str) -> tuple[dict, dict]:
    # 2567 printed everywhere ("๒๕๒๕": ๖ read ๒, ๗ read ๕); its start ๑/๑๐/๒๕๖๖ read with a character too many
    project = {"fiscal_year_be": Reading(2525, "๒๕๒๕", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "start_date_printed": Reading(start, start, 5, 5),
               "end_date_printed": Reading("๓๐/ฒ/๒๕๒๕", "๓๐/ฒ/๒๕๒๕", 6, 6)}
    reports = {1: {"report_date": Reading(date(1982, 6, 15), "๑๕ มิ.ย. ๒๕๒๕", 20, 20)}}
    return project, reports


def test_an_unparsed_start_dates_month_settles_the_year():
    project, reports = _form("๑/๑๐/๒๕๒๒9")
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2567
    [fixed] = _written(issues)
    assert fixed.code == "repair_ambiguous" and json.loads(fixed.evidence)["chosen"] == 2567


def test_an_unparsed_start_date_whose_month_is_lost_leaves_the_year_in_doubt():
    project, reports = _form("๑/ฒ/๒๕๒๒9")  # October or September alike: 2567 and 2569 tie
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2525
    assert not _written(issues)
    assert [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]


def test_an_unparsed_iso_end_dates_month_settles_the_year():
    # 2568 printed "๒๕๐๕"; its start "๒๐๒๕-๑๐-๐๑" (2024, ๔ read ๕: 2568, or 2025: 2569); its end
    # ๒๐๒๕-๐๙-๓๐ read "๒๐๒๕-๐๕-๑๓๐": a month of ๐ is no October, so 2567 or 2568, not 2569
    project = {"fiscal_year_be": Reading(2505, "๒๕๐๕", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "start_date": Reading(date(2025, 10, 1), "๒๐๒๕-๑๐-๐๑ 00:00:00", 5, 5),
               "end_date_printed": Reading("๒๐๒๕-๐๕-๑๓๐ 00:00:00", "๒๐๒๕-๐๕-๑๓๐ 00:00:00", 6, 6)}
    issues = repair_fiscal_year(project, {}, "k", [])
    assert project["fiscal_year_be"].value == 2568
    assert _written(issues)[0].code == "repair_ambiguous"
