"""A proposal KPI's period whose year OCR's English model read as look-alike letters alone ("ภายในปีงบประมาณ
wed»" for ๒๕๖๖, "ปีงบประมาณ Wedd": w for ๒, e for ๕, d and » for ๖; fresh sets s75a bma_proposal_s75a001 and
s71o bma_proposal_s71o003, their fiscal year settled).  Before, the year patterns wanted three digits at least,
so the period read as naming no year (missing_value) and kept the letters.  Now (years._letters_year) such a
token, four or five characters each a look-alike of normalizers.confusions.LOOKALIKES (in either case), is the
fiscal year where the fiscal year is settled and the letters could be it (could_be), written in the script the
fiscal year is printed in, and said (value_repaired, rule fiscal_year); letters that could not be it, a fiscal
year not settled, or letters that are no look-alikes are no year, as before."""

from __future__ import annotations

import json

from parsers.bma_proposal.years import repair_kpi_period
from schemas.document import Reading


def _period(text: str) -> dict[str, Reading]:
    return {"period": Reading(text, text, 7, 7)}


def test_a_year_of_lookalike_letters_that_could_be_the_settled_fiscal_year_is_it():
    rec = _period("ภายในปีงบประมาณ wed»")
    [issue] = repair_kpi_period(rec, 2566, True, like="๒๕๖๖")
    assert issue.code == "value_repaired" and issue.field == "targets.period"
    assert rec["period"].value == "ภายในปีงบประมาณ ๒๕๖๖"
    assert json.loads(issue.evidence)["rule"] == "fiscal_year"
    rec = _period("ปีงบประมาณ Wedd")  # the English model's capital W for the w of a ๒
    [issue] = repair_kpi_period(rec, 2566, True, like="๒๕๖๖")
    assert issue.code == "value_repaired" and rec["period"].value == "ปีงบประมาณ ๒๕๖๖"


def test_letters_that_cannot_be_the_fiscal_year_or_an_unsettled_one_name_no_year():
    for text, fy, settled in (("ภายในปีงบประมาณ wed»", 2570, True),  # d for ๖ cannot be a ๗
                              ("ภายในปีงบประมาณ wed»", 2566, False),  # the fiscal year in doubt
                              ("ภายในปีงบประมาณ cde", 2569, True),  # c is no look-alike of a digit
                              ("ภายในปีงบประมาณ added", 2567, True)):
        rec = _period(text)
        [issue] = repair_kpi_period(rec, fy, settled, like="๒๕๖๖")
        assert issue.code == "missing_value" and rec["period"].value == text
