"""A proposal's short period whose first month's dot OCR read as the vowel
below its letter ("มุค. ๒๒ – มิ.ย. ๖๖" for ม.ค. ๖๖, the ๖ the Thai model
cannot write read as ๒): the period's converter reads "มุค." as ม.ค.
(fields.period), but its year repair read the month by its skeleton alone,
which มี.ค. shares, found no month and left the year as read: the start
1979-01-01 (fresh set s68z).  The repair now reads the month as the converter
does (years._month_of), so the year is the one its month has inside the
fiscal year, said as before."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import repair_period
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _project(text: str) -> dict:
    text_, start, end = period(text)
    return {"fiscal_year_be": Reading(2566, "๒๕๖๖", 5, 5), "period_raw": Reading(text, text, 30, 30),
            "period_text": Reading(text_, text, 30, 30), "start_date": Reading(start, text, 30, 30),
            "end_date": Reading(end, text, 30, 30)}


def test_a_month_whose_dot_reads_as_sara_u_has_its_year_repaired():
    project = _project("มุค. ๒๒ - มิ.ย. ๖๖")
    issues = repair_period(project, period, settled=True)
    assert project["start_date"].value == date(2023, 1, 1)
    assert project["end_date"].value == date(2023, 6, 30)
    assert [i.field for i in issues if i.code == "value_repaired"] == ["projects.start_date"]


def test_two_letters_no_month_spells_are_no_month():
    project = _project("มุค. ๒๒ - มิ.ย. ๖๖")
    project["period_raw"] = Reading("ขุค. ๒๒ - มิ.ย. ๖๖", "ขุค. ๒๒ - มิ.ย. ๖๖", 30, 30)
    assert [i for i in repair_period(project, period, settled=True) if "ขุค" in i.message] == []
