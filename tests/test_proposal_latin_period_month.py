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


def test_a_u_or_a_b_for_the_ya_and_an_l_for_the_inner_dot():
    # "WU." for พ.ย. and "A.B." for ก.ย.: a U or a B the ย of their shape; "ALU." for ก.ย.: the dot after its first
    # consonant read as an L (normalizers.confusions.latin_month_readings)
    from normalizers.confusions import latin_month_readings
    assert latin_month_readings("WU.") == {11}
    assert latin_month_readings("A.B.") == {4, 6, 9}  # เม.ย., มิ.ย., ก.ย.
    assert latin_month_readings("ALU.") == latin_month_readings("ALB.") == {4, 6, 9}
    assert latin_month_readings("B.A.") == {12} and latin_month_readings("UA.") == {1, 3}  # as before
    assert latin_month_readings("AL.") == set() and latin_month_readings("LA.") == set()  # no L of a dot there
    p = project("WU. 67 – มิ.ย. 68", 2568)
    issue, text = latin_period_month(p, period, settled=True)
    assert issue.code == "value_repaired" and issue.field == "projects.start_date"
    assert json.loads(issue.evidence)["candidates"] == ["พ.ย."]
    assert p["start_date"].value == date(2024, 11, 1) and p["period_text"].value == "พ.ย. 67 – มิ.ย. 68"


def test_two_months_in_latin_letters_read_together():
    # both months in Latin letters: every pair of their readings weighed; one pair left: both read
    p = project("WU. ๖๕ – B.A. ๖๕")
    start, end, text = latin_period_month(p, period, settled=True)
    assert [i.field for i in (start, end, text)] == ["projects.start_date", "projects.end_date",
                                                     "projects.period_text"]
    assert all(i.code == "value_repaired" for i in (start, end, text))
    assert p["start_date"].value == date(2022, 11, 1) and p["end_date"].value == date(2022, 12, 31)
    assert p["period_text"].value == "พ.ย. ๖๕ – ธ.ค. ๖๕"
    # several pairs left, the start's month the same in every one ("B.A." is ธ.ค. alone): the start read, the
    # end said in doubt with the months left, the period's text kept as printed
    p = project("ระหว่าง B.A. ๖๕ ถึง ALA. 66")
    start, end = latin_period_month(p, period, settled=True)
    assert start.code == "value_repaired" and start.field == "projects.start_date"
    assert json.loads(start.evidence)["chosen"] == "2022-12-01" and p["start_date"].value == date(2022, 12, 1)
    assert end.code == "repair_ambiguous" and end.field == "projects.end_date"
    assert json.loads(end.evidence)["candidates"] == ["ม.ค.", "มี.ค.", "ก.ค.", "ส.ค."]
    assert "end_date" not in p and "period_text" not in p
    # no pair inside the fiscal year: nothing read
    assert latin_period_month(project("ระหว่าง B.A. ๖๕ ถึง ALA. 66", 2565), period, settled=True) == []
