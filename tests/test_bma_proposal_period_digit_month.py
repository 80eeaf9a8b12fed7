"""A proposal's short period whose last month OCR's English model wrote with an Arabic digit among its letters
("พ.ย. 69 – 1.8. 70" for ก.ย. 70, its ก read as a 1 and its ย as an 8: fresh set s77o bma_proposal_s77o002;
"ธ.ค. 68 ถึง 1.0. 69", s69z; "1.A.", s70z).  normalizers.confusions.latin_month_readings reads such a token
(1 for ก, 8 and 0 for ย), but the period's Latin month (years.latin_period_month) took letters alone, so the
period read no month at its end and its end date was lost.  Now a token of an abbreviation's shape with a
digit among its letters is a month where its characters read as one, chosen inside the fiscal year as the
letters' months are (rule latin_month); one that reads as two months is said, nothing chosen; a digit token
that reads as no month is no month."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import latin_period_month
from schemas.document import Reading


def _project(text: str, fy: int) -> dict[str, Reading]:
    return {"fiscal_year_be": Reading(fy, str(fy), 3, 3), "period_raw": Reading(text, text, 40, 40)}


def test_a_month_with_a_digit_among_its_letters_is_read_inside_the_fiscal_year():
    project = _project("พ.ย. 69 – 1.U. 70", 2570)  # (its ย read as a U)
    said = latin_period_month(project, period, settled=True)
    assert project["end_date"].value == date(2027, 9, 30) and project["start_date"].value == date(2026, 11, 1)
    assert project["period_text"].value == "พ.ย. 69 – ก.ย. 70"
    assert {i.field for i in said if i.code == "value_repaired"} == {"projects.end_date", "projects.period_text"}
    # "1.8." is ก.ย. or ก.ค. (an 8 for a ค too: fresh s136o002), both inside the fiscal year: said, nothing chosen
    project = _project("พ.ย. 69 – 1.8. 70", 2570)
    [issue] = latin_period_month(project, period, settled=True)
    assert issue.code == "repair_ambiguous" and "end_date" not in project


def test_two_months_it_could_be_are_said_and_a_figure_is_no_month():
    project = _project("ระหว่าง ธ.ค. 68 ถึง 1.0. 69", 2569)  # ก.พ. or ก.ย.: both inside the fiscal year
    [issue] = latin_period_month(project, period, settled=True)
    assert issue.code == "repair_ambiguous" and "end_date" not in project
    project = _project("พ.ย. 69 – 3.3. 70", 2570)  # 3 reads as no consonant of a month
    assert latin_period_month(project, period, settled=True) == [] and "end_date" not in project
