"""A proposal's period whose last month's year OCR lost ("พฤศจิกายน - ธันวาคม ๒๕๖๗ และ มกราคม - กรกฎาคม", its
year read as letters on the next line): the end date was unread (said).  The period falls inside the fiscal
year, so with the fiscal year settled and another month's year read, the last month's year is the one it has
inside the fiscal year (years.repair_period), said as a repair."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import repair_period
from schemas.document import Reading

_TEXT = "พฤศจิกายน - ธันวาคม ๒๕๖๗ และ มกราคม - กรกฎาคม"


def _project(text: str = _TEXT) -> dict:
    return {"fiscal_year_be": Reading(2568, "๒๕๖๘", 1, 1), "period_raw": Reading(text, text, 9, 9)}


def test_a_last_month_whose_year_ocr_lost_takes_its_year_inside_a_settled_fiscal_year():
    p = _project()
    [issue] = repair_period(p, period, settled=True)
    assert issue.code == "value_repaired" and issue.field == "projects.end_date" and "lost" in issue.message
    assert p["start_date"].value == date(2024, 11, 1) and p["end_date"].value == date(2025, 7, 31)
    assert p["period_text"].value.endswith("กรกฎาคม ๒๕๖๘")


def test_no_year_is_given_with_the_fiscal_year_unsettled_or_no_year_read():
    p = _project()
    assert repair_period(p, period) == [] and "end_date" not in p
    p = _project("มกราคม - กรกฎาคม")
    assert repair_period(p, period, settled=True) == []
