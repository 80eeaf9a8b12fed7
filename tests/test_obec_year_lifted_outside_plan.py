"""An OBEC report of 2567 whose OCR read ๗ as ๑ in most year mentions ("๒๕๐๑", "๒๕๒๑", "๒๕๒๐๑"; five characters
too: "๒๕๒๑๓", "๒๕๐๓๑") and as ๓ in a few ("๒๕๒๓", "๒๕๐๓"), its plan's "ฉบับที่ ๑๓" (2566-2570) named beside.
With the edition mentions the mentions agree on 2567; the editions lifted it over the year mentions alone, which
agree on 2561 (๑ as itself), so those were weighed alone and 2561 kept in doubt, though a tenth of them and more
allow no reading that makes it and no edition allows it: every budget row keyed by 2561 (fresh set s92p,
obec_progress_s92p004, 100 misses; its year mentions as OCR read them).  A disputed year outside every edition's years is set aside, as where the
editions lifted nothing, and the plan is asked with its editions (parsers.obec_progress.year:
repair_fiscal_years, _outside_editions, one_in_plan): 2567, in doubt."""

from __future__ import annotations

from parsers.obec_progress.year import _year_disputed, consensus, plan_lifted, repair_fiscal_years
from schemas.document import Reading

_YEARS = ([("heading", "๒๕๐๑", 0)] * 6 + [("heading", "๒๕๐๓๑", 0)] * 6 + [("heading", "๒๕๒๑๓", 0)] * 5
          + [("heading", "๒๕๒๑", 0)] * 4 + [("heading", "๒๕๒๓๑", 0)] * 3 + [("heading", "๒๕๒๐๓", 0)] * 3
          + [("heading", "๒๕๒๓", 0)] * 2 + [("heading", "๒๕๐๓", 0)] * 2 + [("date", "๒๕๐๑", 6), ("date", "๒๕๐๒", 10)]
          + [("heading", "๒๕๐๑๓", 0), ("heading", "๒๕๐๒๑", 0), ("heading", "๒๕๒๐๑", 0), ("date", "๒๕๐๑๓", 1)])
_EDITIONS = [("edition", "๑๓", 0)] * 8 + [("edition", "om", 0)] * 2


def _repair(mentions):
    summary = {"fiscal_year_be": Reading(25213, "ประจำปีงบประมาณ พ.ศ. ๒๕๒๑๓", 3, 3)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2523, "ปีงบประมาณ ๒๕๒๓", 40, 40)}}
    issues = repair_fiscal_years(summary, budgets, mentions, unread="46789")
    return summary, budgets, issues


def test_a_disputed_year_the_editions_lifted_the_plan_over_is_set_aside_for_the_plans():
    mentions = _YEARS + _EDITIONS
    assert consensus(_YEARS) == 2561 and _year_disputed(_YEARS, 2561)
    assert plan_lifted(mentions, consensus(mentions)) is not None
    summary, budgets, issues = _repair(mentions)
    assert summary["fiscal_year_be"].value == 2567
    assert budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    assert not [i for i in issues if i.code == "value_repaired"]
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "quarterly_budgets.fiscal_year_be"} <= flagged
    # (the plan chose: no issue says the year mentions alone overrule it)
    assert not [i for i in issues if "would overrule the years printed" in i.message]


def test_without_editions_the_year_mentions_majority_stays_in_doubt():
    summary, _, issues = _repair(_YEARS)
    assert summary["fiscal_year_be"].value == 2561
    assert [i for i in issues if i.code == "repair_ambiguous" and "rests on" in i.message]
