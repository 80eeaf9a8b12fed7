"""A BMA progress form's fiscal year the written digits leave tied (repairs.fiscal_year_by_written_digits: "๒๕๒๓" is
2563 or 2567 where the document's OCR never writes ๗) is the tied year whose digits OCR's measured misreads make far
the likeliest to print as the form's printings show (rule read_odds, repairs._told_by_reads): ๓ stands for ๓ nearly
always and for ๗ half the time, so eight printings that all show "๓" are 2563.  Chosen in doubt; too few printings
choose nothing."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import READ_ODDS, _told_by_reads, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(reports: int, unread: str | None = "46789") -> tuple[dict, dict]:
    # ๒๕๖๓ printed everywhere, its ๖ read ๒; the start (1 October 2562) read "๒๕๒๒"
    project = {"fiscal_year_be": Reading(2523, "๒๕๒๓", 3, 3),
               "start_date": Reading(date(1979, 10, 1), "๑/๑๐/๒๕๒๒", 5, 5)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 40)
    months = [(1, "๑"), (2, "๒"), (3, "๓"), (5, "๕"), (8, "๐๘"), (9, "๐๙")]  # January to September
    recs = {n: {"report_date": Reading(date(1980, month, 15), f"๑๕/{printed}/๒๕๒๓", 20 + n, 20 + n)}
            for n, (month, printed) in enumerate(months[:reports], 1)}
    return project, recs


def _odds(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "read_odds"]


def test_printings_that_show_the_digit_as_itself_tell_the_tie():
    project, reports = _form(6)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2563
    [chosen] = _odds(issues)
    assert chosen.code == "repair_ambiguous" and chosen.field == "projects.fiscal_year_be" and chosen.line_start == 3
    evidence = json.loads(chosen.evidence)
    assert evidence["chosen"] == 2563 and evidence["candidates"] == [2563, 2567]
    assert evidence["odds"]["2563"] == 1 and evidence["odds"]["2567"] >= READ_ODDS


def test_too_few_printings_choose_nothing():
    project, reports = _form(1)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2523
    assert not _odds(issues)
    assert [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]


def test_without_the_documents_unwritten_digits_nothing_is_chosen():
    project, reports = _form(6, unread=None)
    repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2523


def test_the_odds_weigh_each_printing_by_its_month_and_era():
    # a start of October prints the year before: "๒๕๒๑" there is 2560 (FY 2561) or 2567 (FY 2568); "๒๕๒๕" for the
    # fiscal year's own printings: 2565 (๕) or 2568 (๘ read ๕)
    tokens = [("๒๕๒๕", 0)] * 3 + [("๒๕๒๑", 1), ("๒๕๒๐", 1)]
    year, odds = _told_by_reads([2565, 2568], tokens)
    assert year == 2568 and odds[2565] >= READ_ODDS  # ๔ is never read ๑ or ๐; ๗ is
    # a CE year ("๒๐๒๐" for 2563) is weighed as one; a printing with no Thai digit, or a look-alike, not at all
    assert _told_by_reads([2563, 2567], [("๒๐๒๐", 0)] * 6)[0] == 2563
    assert _told_by_reads([2563, 2567], [("2563", 0)] * 9 + [("๒๕๒ฒ", 0)]) is None
