"""A proposal's period whose two-digit year OCR's English model read as the
look-alike letters it writes for Thai digits ("ระหว่าง ธ.ค. 68 ถึง ส.ค. de" for
ส.ค. ๖๙, "ม.ค. oo - มิ.ย. eo" for ๗๐): the year read as no number, so that end,
or the whole period, was unread.  With the fiscal year settled, the year its
month has inside the fiscal year is that year where the letters can stand
for its digits (years.could_be, _ABBR_MONTH_LETTERS_RE), written in Thai
digits, and each repair said (rule fiscal_year).  A fiscal year whose title
block read as no year but which its mentions repaired is as settled as one
read wrong and repaired (fiscal_year_settled)."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import could_be, fiscal_year_settled, repair_period
from schemas.document import Issue, Reading


def _project(raw: str, fy: int) -> dict:
    return {"fiscal_year_be": Reading(fy, str(fy), 1, 1), "period_raw": Reading(raw, raw, 5, 5)}


def test_a_period_year_read_as_letters_is_the_year_its_month_has_in_a_settled_fiscal_year():
    assert could_be("de", 69) and could_be("oo", 70) and could_be("eo", 70) and not could_be("alo", 70)
    project = _project("ระหว่าง ธ.ค. 68 ถึง ส.ค. de", 2569)
    issues = repair_period(project, period, settled=True)
    assert [i.field for i in issues] == ["projects.end_date"] and issues[0].code == "value_repaired"
    assert project["end_date"].value == date(2026, 8, 31) and project["period_text"].value.endswith("ส.ค. ๖๙")
    project = _project("ม.ค. oo - มิ.ย. eo", 2570)
    repair_period(project, period, settled=True)
    assert (project["start_date"].value, project["end_date"].value) == (date(2027, 1, 1), date(2027, 6, 30))
    assert project["period_text"].value == "ม.ค. ๗๐ – มิ.ย. ๗๐"
    # a fiscal year some check doubted repairs no such year
    project = _project("ม.ค. oo - มิ.ย. eo", 2570)
    assert repair_period(project, period, settled=False) == [] and "start_date" not in project


def test_a_fiscal_year_repaired_over_a_printing_read_as_no_year_is_settled():
    project = {"fiscal_year_be": Reading(2570, "๒๕๓๑๐", 1, 1)}
    unparsed = Issue("warning", "unparsed_value", "ปีงบประมาณ: 25310 is not a plausible BE year", "", 1, 1,
                     field="projects.fiscal_year_be")
    repaired = Issue("warning", "value_repaired", "the fiscal year ...", "{}", 1, 1, field="projects.fiscal_year_be")
    assert fiscal_year_settled(project, [unparsed, repaired])
    assert not fiscal_year_settled(project, [unparsed])


def test_the_one_month_read_after_a_range_break_is_the_ends():
    # the start's month OCR damaged past reading ("UA."): the one month read stands after the range's break, so the
    # year mended is the end's, and its repair names the end date with the value it now holds
    project = _project("UA. ๒๒ – มิ.ย. ๒๒", 2566)
    [issue] = repair_period(project, period, settled=True)
    assert issue.field == "projects.end_date" and project["end_date"].value == date(2023, 6, 30)
    assert '"chosen": "2023-06-30"' in issue.evidence or "'chosen': '2023-06-30'" in str(issue.evidence)
    project = _project("ระหว่าง HA. ๒ ถึง ๑๕ มิ.ย. ๒๒", 2566)  # a day between the break and the month
    assert [i.field for i in repair_period(project, period, settled=True)] == ["projects.end_date"]
    # the first month read with nothing before it is the start's, as before
    project = _project("ม.ค. ๒๒ – ALU. ๖๖", 2566)
    assert [i.field for i in repair_period(project, period, settled=True)] == ["projects.start_date"]
