"""A BMA progress form's fiscal year whose one reading under the table of confusions the form's dates favour, but
whose document's OCR never writes ๗ (parsers.digits.unread_digits), where read through the misreads the table leaves
out (๗ read as ๑: 12 % of its printings) another reading fits as many of the dates so read
(repairs._unwritten_rivals).  Set s58o's bma_progress_s58o005: ๒๕๖๗ printed "๒๕๒๑" in the field, "๒๕๐๑" and
"๒๕๑๑" in the report dates, "๒๕9๐" in the start date; 2561 was chosen as the only reading (๖ read ๒) and four
dates were moved into 2561 with it, all wrong repairs.  The same printings are 2561 in s51z010 and extra4's t016:
the document does not tell them apart.  Now the year is taken in doubt (repair_ambiguous, rule fiscal_year, both
candidates named) and so is every date read into its window (repairs._dates_in_doubt); a form whose dates favour the
table's year over the rival still gets it repaired (s58o008: 2561, its start and end dates printed so they fall in
2561 and not 2567)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_all, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(fy: Reading, dates: list[tuple[date, str]], unread: str | None, start=None, end=None):
    project = {"fiscal_year_be": fy}
    if unread is not None:
        project["unread_digits"] = Reading(unread, "", None, None)
    if start is not None:
        project["start_date"] = Reading(*start, 5, 5)
    if end is not None:
        project["end_date"] = Reading(*end, 6, 6)
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(dates, 1)}
    return project, reports


# ๒๕๖๗ read "๒๕๐๑" and "๒๕๑๑" in the report dates: under the table the first is 2561, and read through ๗ as ๑ (and
# ๖ as ๑) either may be 2567 as well
_DATES = [(date(1958, 3, 20), "๒๐ มี.ค. ๒๕๐๑"), (date(1968, 4, 30), "๓๐ เม.ย. ๒๕๑๑"),
          (date(1978, 5, 12), "๑๒ พ.ค. ๒๕๒๑")]


def test_a_year_the_unwritten_seven_makes_as_likely_is_taken_in_doubt():
    project, reports = _form(Reading(2521, "๒๕๒๑", 24, 24), _DATES, "46789")
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561
    assert not [i for i in issues if i.code == "value_repaired"]
    said = [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]
    evidence = json.loads(said[0].evidence)
    assert evidence["chosen"] == 2561 and evidence["rule"] == "fiscal_year" and {2561, 2567} <= set(evidence["candidates"])
    assert said[0].line_start == 24


def test_dates_read_into_a_year_in_doubt_are_in_doubt():
    project, reports = _form(Reading(2521, "๒๕๒๑", 24, 24), _DATES, "46789")
    issues = repair_all(project, reports, {}, "k")
    dated = [i for i in issues if i.field == "progress_reports.report_date"]
    assert dated and not [i for i in dated if i.code == "value_repaired"]
    assert all("2567" in i.message for i in dated if i.code == "repair_ambiguous" and json.loads(i.evidence).get("chosen"))
    assert any(i.code == "repair_ambiguous" and json.loads(i.evidence).get("chosen") for i in dated)


def test_a_document_that_writes_every_digit_is_repaired_as_before():
    project, reports = _form(Reading(2521, "๒๕๒๑", 24, 24), _DATES, None)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561
    assert [i for i in issues if i.code == "value_repaired" and i.field == "projects.fiscal_year_be"]


def test_dates_that_favour_the_table_reading_still_repair():
    # the start and end printed in CE, 2017-10 and 2018-09: both in 2561, neither in 2567 however read
    project, reports = _form(Reading(2501, "๒๕๐๑", 19, 19), _DATES, "46789",
                             start=(date(2017, 10, 1), "๒๐๑๗-๑๐-๐๑"), end=(date(2018, 9, 30), "๒๐๑8-09-๓0"))
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561
    assert [i for i in issues if i.code == "value_repaired" and i.field == "projects.fiscal_year_be"]
