"""A BMA progress form's fiscal-year field that OCR read as no year in any copy ("๒๕๒": a digit lost) is not the only
printing of the year: the project's title prints it too ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๑"), and the written digits read it
as they read the field (repairs.fiscal_year_by_written_digits: each digit the document writes stands for itself or
for an unwritten one OCR reads as it), in the field's place (set s71b: "๒๕๒๑" beside a start "๑ ตุลาคม ๒๕๒๒" and an
end "... กันยายน ๒๕๒๓" is 2567, where the dates alone leave 2563 and 2567 tied)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(field: str = "๒๕๒") -> tuple[dict, dict]:
    project = {"fiscal_year_be_printed": Reading(field, field, 6, 6), "unread_digits": Reading("46789", "", 1, 40),
               "start_date": Reading(date(1979, 10, 1), "๑ ตุลาคม ๒๕๒๒", 7, 7),
               "end_date_printed": Reading("oo กันยายน ๒๕๒๓", "oo กันยายน ๒๕๒๓", 8, 8)}
    return project, {}


_MENTIONS = [("heading", "๒๕๒๑", 0), ("date", "๒๕๒๒", 10), ("date", "๒๕๒๓", 9)]


def _written(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "written_digits"]


def test_the_titles_heading_prints_the_year_the_field_lost():
    project, reports = _form()
    issues = repair_fiscal_year(project, reports, "k", _MENTIONS)
    assert project["fiscal_year_be"].value == 2567
    [chosen] = _written(issues)
    assert chosen.code == "repair_ambiguous" and json.loads(chosen.evidence)["chosen"] == 2567


def test_without_the_heading_the_dates_leave_the_year_tied():
    project, reports = _form()
    issues = repair_fiscal_year(project, reports, "k", [m for m in _MENTIONS if m[0] != "heading"])
    assert "fiscal_year_be" not in project or project["fiscal_year_be"].value is None
    assert not _written(issues)


def test_a_readable_field_is_weighed_alone_not_beside_the_headings():
    # the field reads "๒๕๒๓" (2563, 2567 or 2569): the heading does not weigh again beside it, the year stays tied
    project = {"fiscal_year_be": Reading(2523, "๒๕๒๓", 6, 6), "unread_digits": Reading("46789", "", 1, 40),
               "start_date": Reading(date(1979, 10, 1), "๑ ตุลาคม ๒๕๒๒", 7, 7)}
    issues = repair_fiscal_year(project, {}, "k", _MENTIONS)
    assert project["fiscal_year_be"].value == 2523
    assert not _written(issues)
