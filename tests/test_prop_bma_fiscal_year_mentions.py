"""A BMA progress form's fiscal year OCR left outside the archive's years
('๒๕๒๒' for ๒๕๖๒), whose characters and dates leave a tie (2552 and 2562
each hold two dates), is the year the project's own fiscal-year mentions
agree on (repairs.fiscal_year_from_mentions); with too little for it
(one date, a tie in the mentions) the rule refuses and the doubt stays."""

from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _project(fy: Reading | None) -> dict:
    out = {"start_date": Reading(date(2018, 10, 1), "๑ ต.ค. ๒๕๒๑", 6, 6),
           "end_date": Reading(date(2019, 9, 30), "๓๐ ก.ย. ๒๕๒๒", 6, 6)}
    if fy is not None:
        out["fiscal_year_be"] = fy
    return out


MENTIONS = [("heading", "๒๕๒๒", 0), ("heading", "๒๕๒๒", 0), ("date", "๒๕๒๑", 10), ("date", "๒๕๒๒", 9),
            ("date", "๒๕๖๒", 5), ("date", "๒๕๖๒", 3)]


def test_mentions_decide_an_out_of_range_year():
    project = _project(Reading(2522, "๒๕๒๒", 5, 5))
    issues = repair_fiscal_year(project, {}, "k", MENTIONS)
    assert project["fiscal_year_be"].value == 2562
    assert [i.code for i in issues] == ["value_repaired"]
    assert '"fiscal_year_mentions"' in issues[0].evidence


def test_refuses_without_agreeing_mentions():
    project = _project(Reading(2522, "๒๕๒๒", 5, 5))
    issues = repair_fiscal_year(project, {}, "k", [("heading", "๒๕๒๒", 0), ("date", "๒๕๒๒", 9)])
    assert project["fiscal_year_be"].value == 2522
    assert {i.code for i in issues} == {"repair_ambiguous"}


def test_refuses_a_year_only_one_date_allows():
    # the field unreadable ('add'), the mentions agree on a year only one date falls in
    project = {"fiscal_year_be_printed": Reading(None, "add", 5, 5),
               "start_date": Reading(date(2048, 9, 1), "๑ ก.ย. ๒๕9๒", 6, 6)}
    issues = repair_fiscal_year(project, {}, "k", [("heading", "๒๕๑๒", 0), ("date", "๒๕9๒", 9),
                                                   ("heading", "๒๕9๒", 0), ("date", "๒๕9๒", 9)])
    assert "fiscal_year_be" not in project
    assert not [i for i in issues if i.code == "value_repaired"]
