"""BMA proposals after OCR whose fiscal year every mention prints damaged alike ("๒๕๒๓" for ๒๕๖๙: the
engine reads ๖ as ๒ and ๙ as ๓), so that they and the period could each be read as several years: the
proposal also prints the phase of the BMA's development plan it serves ("แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี
ระยะที่ 3 (พ.ศ.2566-2570)"), and its fiscal year is one of that phase's.  Where one year of the tie alone
is, and every mention and the period can be read as it, it is taken and said (years.plan_phase)."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _damaged(phase: str = "ระยะที่ 3 (พ.ศ.2566-2570)") -> str:
    text = sample_text(PROPOSAL)
    for printed in ("พ.ศ. ๒๕69", "พ.ศ. 2569", "พ.ศ.๒๕69", "ปีงบประมาณ 2569"):
        assert printed in text
        text = text.replace(printed, printed[:-4] + "๒๕๒๓")
    text = text.replace("พฤศจิกายน 2568 – กรกฎาคม 2569", "ธันวาคม ๒๕๒๕ – กรกฎาคม ๒๕๒๓")
    return text.replace("ระยะที่ 3 (พ.ศ.2566-2570)", phase)


def _fy_issues(rows: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for i in rows["issues"]:
        if i["field"] in ("projects.fiscal_year_be", "projects.fiscal_year"):
            out.setdefault(i["code"], set()).add(i["field"])
    return out


def test_the_one_year_of_a_tie_inside_the_plan_phase_is_the_fiscal_year_and_said():
    rows = run(_damaged())
    (project,) = rows["projects"]
    assert (project["fiscal_year_be"], project["fiscal_year"]) == (2569, 2026)
    assert _fy_issues(rows).get("value_repaired") == {"projects.fiscal_year_be", "projects.fiscal_year"}
    (issue,) = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.fiscal_year_be"]
    assert json.loads(issue["evidence"])["rule"] == "fiscal_year_phase"


def test_without_a_plan_phase_the_tie_is_kept_in_doubt():
    rows = run(_damaged(phase="(พ.ศ.2566-2570)"))
    assert rows["projects"][0]["fiscal_year_be"] != 2569
    assert "repair_ambiguous" in _fy_issues(rows)


def test_a_phase_whose_printed_years_are_not_the_plan_s_is_no_phase():
    # "ระยะที่ 3 (พ.ศ.2575-2579)": a plan on another schedule than the BMA's, whose years say nothing here
    rows = run(_damaged(phase="ระยะที่ 3 (พ.ศ.2575-2579)"))
    assert rows["projects"][0]["fiscal_year_be"] != 2569
    assert "repair_ambiguous" in _fy_issues(rows)


def test_a_title_year_read_with_a_look_alike_last_digit_is_read_whole():
    # the title block's year printed "๒๕๐ๆ" (๖ read as ๐, ๗ as its look-alike ๆ): read whole it can be 2567 but not
    # the tie's year inside the phase, so no year is chosen; cut to "๒๕๐" it read as no year, and the others chose
    text = _damaged()
    title = "ปีงบประมาณ\t\tพ.ศ. ๒๕๒๓"  # the title block's line
    assert title in text
    rows = run(text.replace(title, title[:-4] + "๒๕๐ๆ", 1))
    assert rows["projects"][0]["fiscal_year_be"] != 2569
    assert "repair_ambiguous" in _fy_issues(rows)
