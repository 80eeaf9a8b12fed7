"""A BMA progress form's fiscal year read as another plausible year (๒๕๖๗ printed in Arabic digits, "2557": an
Arabic 6 read as 5), while the project's end date, read as printed ("๓0 กันยายน 2567"), falls outside that year
and its neighbours and no reading of its characters falls inside: the year or the date is misread and the form
does not tell which.  The year is kept and said implausible (on the year, its CE year and the project key), and
its window repairs no date: before, the start date "๑ ตุลาคม 25๒6" was fitted to 2557's window as 2013-10-01
and said a sure repair (fresh set s84b, bma_progress_s84b010); it is now kept as read, said outside the
archive's years.  A date one of whose readings falls inside the window leaves the year alone."""

from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_all, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _project(end: Reading) -> dict:
    return {"fiscal_year_be": Reading(2557, "2557", 3, 3),
            "start_date": Reading(date(1983, 10, 1), "๑ ตุลาคม 25๒6", 4, 4),
            "end_date": end}


def test_an_end_date_read_sure_outside_the_year_puts_the_year_in_doubt_and_repairs_no_date():
    project = _project(Reading(date(2024, 9, 30), "๓0 กันยายน 2567", 5, 5))
    issues = repair_all(project, {}, {}, "k")
    assert project["fiscal_year_be"].value == 2557
    said = sorted(i.field for i in issues if i.code == "implausible_value" and "end date" in i.message)
    assert said == ["projects.fiscal_year", "projects.fiscal_year_be", "projects.project_key"]
    assert project["start_date"].value == date(1983, 10, 1)  # not fitted to 2557's window
    assert not [i for i in issues if i.code == "value_repaired" and i.field == "projects.start_date"]
    assert [i for i in issues if i.code == "implausible_value" and i.field == "projects.start_date"]


def test_an_end_date_with_a_reading_inside_the_year_leaves_the_year_alone():
    # "๓๐ กันยายน ๒๕๕๗" read "๓๐ กันยายน ๒๕๕๓": 2553 is outside, but ๓ may be ๗: 2557 is one of its readings
    project = _project(Reading(date(2010, 9, 30), "๓๐ กันยายน ๒๕๕๓", 5, 5))
    issues = repair_fiscal_year(project, {}, "k", [])
    assert not [i for i in issues if i.code == "implausible_value"]
