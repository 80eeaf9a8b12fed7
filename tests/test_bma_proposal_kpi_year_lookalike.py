"""A proposal KPI's period whose year OCR read with a look-alike letter among its digits ("ภายในปีงบประมาณ
๒๕๓ฒ๐" for ๒๕๗๐: a ๗ the Thai model cannot write read as ๓ and ฒ; s60o bma_proposal_s60o003).  Before, the
year pattern took digits only, so the period read as naming no year (missing_value) and kept the letters.  Now
(years._kpi_year) such a token is the period's year where the fiscal year is among its readings
(readings_of_year), and the fiscal year is chosen as for a year of digits (rule fiscal_year, said); a token
whose readings do not hold it, or of fewer than three digits, is no year, as before."""

from __future__ import annotations

import json

from parsers.bma_proposal.years import repair_kpi_period
from schemas.document import Reading


def _period(text: str) -> dict[str, Reading]:
    return {"period": Reading(text, text, 7, 7)}


def test_a_year_with_a_lookalike_letter_whose_readings_hold_the_fiscal_year_is_it():
    rec = _period("ภายในปีงบประมาณ ๒๕๑ฒ๐")
    [issue] = repair_kpi_period(rec, 2570, True)
    assert issue.code == "value_repaired" and issue.field == "targets.period"
    assert rec["period"].value == "ภายในปีงบประมาณ ๒๕๗๐"
    assert json.loads(issue.evidence)["rule"] == "fiscal_year"


def test_a_lookalike_year_whose_readings_do_not_hold_the_fiscal_year_is_no_year():
    rec = _period("ภายในปีงบประมาณ ๒๕๑ฒ๐")
    [issue] = repair_kpi_period(rec, 2561, True)
    assert issue.code == "missing_value" and rec["period"].value == "ภายในปีงบประมาณ ๒๕๑ฒ๐"
    [issue] = repair_kpi_period(_period("ภายในปีงบประมาณ ๒ฒ"), 2570, True)  # two digits: too little
    assert issue.code == "missing_value"
