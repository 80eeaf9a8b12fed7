"""A proposal KPI's period whose year was read as the fiscal year (rule fiscal_year: the year's readings hold it,
"ปีงบประมาณ ๒5๒6" read as ๒๕๕๐) where the fiscal year itself is in doubt: the period is fitted to a year that may
be another (fresh set s118p, bma_proposal_s118p001: the year taken in doubt as 2550, the period said a sure repair,
for 2566).  pipeline.doubtful.year_in_doubt makes such repairs repair_ambiguous as it does the window's; a repair
of the fiscal year's own field is no value fitted to it and stands."""

from __future__ import annotations

import json

from pipeline.doubtful import year_in_doubt
from schemas.document import Issue

KEY = "bma_proposal:2550:5303963a2105"


def _repair(field: str) -> Issue:
    evidence = {"rule": "fiscal_year", "printed": "ปีงบประมาณ ๒5๒6", "read": "ปีงบประมาณ ๒5๒6",
                "chosen": "ปีงบประมาณ ๒๕๕๐"}
    return Issue("warning", "value_repaired", "a KPI's period: ...", json.dumps(evidence, ensure_ascii=False), 185,
                 198, project_key=KEY, field=field)


_YEAR = Issue("warning", "repair_ambiguous", "the fiscal year ...", {"rule": "fiscal_year"}, 1, 20, project_key=KEY,
              field="projects.fiscal_year_be")


def test_a_kpi_period_fitted_to_a_year_in_doubt_is_in_doubt():
    out = year_in_doubt([_YEAR, _repair("targets.period")])
    assert [i.code for i in out] == ["repair_ambiguous", "repair_ambiguous"]


def test_the_year_s_own_repair_stands():
    out = year_in_doubt([_YEAR, _repair("projects.fiscal_year_be")])
    assert [i.code for i in out] == ["repair_ambiguous", "value_repaired"]
