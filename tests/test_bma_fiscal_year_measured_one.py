"""A BMA progress form's fiscal year printed "2๕6๑" for 2568 (fresh set s90o, bma_progress_s90o004: ๘ read as ๑,
which OCR was measured to do in 0.9 % of ๘'s printings), its start "1/10/2567" and its reports all in 2568: the
written digits allowed ๑ to stand only for ๗ (its commonest misreading), so no reading was 2568 and the year was
kept as 2561 (said as implausible).  A written Thai digit stands for every unwritten one OCR was measured to read
as it in YEAR_READ_SHARE of its printings or more (repairs._MEASURED_AS), and the form's dates choose."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(fy: str) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2561, fy, 8, 8), "unread_digits": Reading("46789", "", 1, 120),
               "start_date": Reading(date(2024, 10, 1), "1/10/2567", 10, 10)}
    reports = {n: {"report_date": Reading(d, text, 60 + n, 60 + n)} for n, (d, text) in enumerate(
        [(date(2025, 3, 16), "16 มี.ค. 2568"), (date(2025, 6, 2), "๒ มิถุนายน 2568"),
         (date(2025, 8, 31), "๓1 ส.ค. 2568")], 1)}
    return project, reports


def test_a_one_the_dates_all_read_as_an_eight_is_read_so():
    project, reports = _form("2๕6๑")
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2568
    [chosen] = [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "written_digits"]
    assert chosen.code == "repair_ambiguous" and json.loads(chosen.evidence)["chosen"] == 2568


def test_a_digit_no_measured_misreading_gives_is_kept():
    # ๓ is measured read for ๗ and ๙, never (in 0.8 % of its printings) for ๘: "2๕6๓" is kept, and said
    project, reports = _form("2๕6๓")
    project["fiscal_year_be"] = Reading(2563, "2๕6๓", 8, 8)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2563
    assert [i for i in issues if i.field == "projects.fiscal_year_be" and i.code == "implausible_value"]
