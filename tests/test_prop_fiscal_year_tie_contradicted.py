"""A proposal's title-block fiscal year printed in Arabic digits with a Thai
๖ among them ("256๖", the mixed-digits layout) that OCR read as 5 ("2565"),
the action plan's caption printing "ปีงบประมาณ พ.ศ. 2566" and the budget
clause's year read past telling ("๒๕95", any year of the century): the two
years tie, and the title block's, one of them, was kept with no issue naming
it (fresh set s68z: a silent miss of fiscal_year_be and fiscal_year).  A tie
the title block's year is in, another mention reading as no such year, now
says the year in doubt (years._contradicted: repair_ambiguous, the years the
readings name); a tie no mention reads against it is kept as before."""

from __future__ import annotations

import json

import pytest

from parsers.bma_proposal.years import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _project(printed: str, year: int) -> dict:
    return {"fiscal_year_text": Reading(f"พ.ศ. {printed}", f"พ.ศ. {printed}", 12, 12),
            "fiscal_year_be": Reading(year, f"พ.ศ. {printed}", 12, 12),
            "period_raw": Reading("ระหว่าง B.A. ๒๕ ถึง ALA. 66", "ระหว่าง B.A. ๒๕ ถึง ALA. 66", 40, 40)}


def test_a_tie_with_a_mention_reading_another_year_is_said():
    project = _project("2565", 2565)
    issues = repair_fiscal_year(project, ["2566", "๒๕95"])
    assert project["fiscal_year_be"].value == 2565  # kept as read
    said = [i for i in issues if i.code == "repair_ambiguous"]
    assert sorted(i.field for i in said) == ["projects.fiscal_year", "projects.fiscal_year_be"]
    assert json.loads(said[0].evidence)["candidates"] == [2565, 2566]


def test_mentions_that_each_allow_the_year_say_nothing():
    project = _project("2566", 2566)
    assert repair_fiscal_year(project, ["๒๕95", "2566"]) == []
    assert project["fiscal_year_be"].value == 2566


def test_a_mention_that_names_no_year_of_the_archive_is_no_rival():
    # (the corpus's proposal 008: "2568" in the title block, the other mentions and the period damaged to readings
    # of no year of the archive, or too many years to tell: the title block's year stands, nothing said, and the
    # period and KPI years are still repaired by it)
    project = _project("2568", 2568)
    project["period_raw"] = Reading("ตุลาคม ๒๕๒๐ - กันยายน 2๕6๕", "ตุลาคม ๒๕๒๐ - กันยายน 2๕6๕", 40, 40)
    assert [i for i in repair_fiscal_year(project, ["๒๕๒๐8", "25๒๐๕", "๒๕๒๐๕"], (2566, 2570))
            if i.code == "repair_ambiguous"] == []
    assert project["fiscal_year_be"].value == 2568
