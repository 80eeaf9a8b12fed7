"""A proposal's period one of whose months OCR's English model wrote in Latin letters ("N.A." for ม.ค.):
the months its letters can be, kept where the period falls inside the fiscal year, its start not after its
end (parsers.bma_proposal.years.latin_period_month)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import latin_period_month
from schemas.document import Reading


def project(text: str, fy: int | None = 2566) -> dict[str, Reading]:
    out = {"period_raw": Reading(text, text, 9, 9)}
    if fy is not None:
        out["fiscal_year_be"] = Reading(fy, str(fy), 1, 1)
    return out


def test_the_one_month_its_letters_can_be_inside_the_fiscal_year_before_the_end_is_read():
    # "N.A." is ม.ค., มี.ค. or ก.ค.; before February inside fiscal year 2566, only January
    p = project("N.A. ๖๖ – ก.พ. ๖๖")
    issue, text = latin_period_month(p, period, settled=True)
    assert issue.code == "value_repaired" and issue.field == "projects.start_date" and issue.line_start == 9
    assert text.code == "value_repaired" and text.field == "projects.period_text"
    assert json.loads(text.evidence)["chosen"] == "ม.ค. ๖๖ – ก.พ. ๖๖"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "latin_month" and evidence["printed"] == "N.A." and evidence["candidates"] == ["ม.ค."]
    assert evidence["chosen"] == "2023-01-01"
    assert p["start_date"].value == date(2023, 1, 1) and p["end_date"].value == date(2023, 2, 28)
    assert p["period_text"].value == "ม.ค. ๖๖ – ก.พ. ๖๖"


def test_several_months_left_are_said_and_none_chosen():
    p = project("HA. 69 – มิ.ย. 69", 2569)  # ม.ค. or มี.ค.: both before June
    [issue] = latin_period_month(p, period, settled=True)
    assert issue.code == "repair_ambiguous" and issue.field == "projects.start_date"
    assert json.loads(issue.evidence)["candidates"] == ["ม.ค.", "มี.ค."]
    assert "start_date" not in p and "period_text" not in p
    # an end's month: the months after the start inside the fiscal year
    p = project("ระหว่าง ต.ค. 69 ถึง A.W. 70", 2570)
    [issue] = latin_period_month(p, period, settled=True)
    assert issue.code == "repair_ambiguous" and issue.field == "projects.end_date"
    assert json.loads(issue.evidence)["candidates"] == ["ก.พ.", "เม.ย.", "มิ.ย.", "ก.ย."]


def test_no_fiscal_year_or_none_of_the_archive_reads_no_month():
    assert latin_period_month(project("N.A. ๖๖ – ก.พ. ๖๖", None), period, settled=True) == []
    assert latin_period_month(project("N.A. ๖๖ – ก.พ. ๖๖", 2505), period, settled=True) == []
    # a period of Thai months alone is none of this rule's
    assert latin_period_month(project("ม.ค. ๖๖ – ก.พ. ๖๖"), period, settled=True) == []
