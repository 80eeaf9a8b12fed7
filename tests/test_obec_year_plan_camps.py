"""An OBEC report of 2567 whose year mentions part into two camps: "๒๕๒๑" and "๒๕อ๑" in some headings (๗ read as
๑, a misread the table lacks: 2561 by the table) and "๒๕๒ฒ", "๒๕๑๒ฒ", "๒๕อ๑ฒ" in others with the as-of date's
"ธันวาคม ๒๕๒๒9" (2567 of the plan's 2566-2570, and no December of 2569's), its plan's "ฉบับที่ ๑๓" nine times.
The year mentions alone agree on no year (five allow 2561, four 2567), the edition mentions lifted 2567 over 2561
and were set aside, and nothing was chosen: every budget row was keyed by the unread year (fresh set s87a,
obec_progress_s87a004, 116 misses).  Where the mentions that allow the plan's year mostly allow none of the top
ones, the plan chooses that camp, in doubt (parsers.obec_progress.year: _camps_apart, one_in_plan with every
mention); where they allow the top ones alike the plan alone would decide, and nothing is chosen
(tests/test_obec_year_plan_overruled.py)."""

from __future__ import annotations

from parsers.obec_progress.year import _camps_apart, one_in_plan, repair_fiscal_years
from schemas.document import Reading

_MENTIONS = ([("heading", "๒๕อ๑ฒ", 0), ("date", "๒๕๒๒9", 12), ("heading", "๒๕๑๒ฒ", 0), ("heading", "๒๕๒ฒ", 0)]
             + [("heading", "๒๕๒๑", 0), ("heading", "๒๕อ๑", 0)] * 2 + [("date", "๒๕๒๑", 12)] * 2
             + [("edition", "๑๓", 0)] * 9)


def test_the_plan_chooses_the_camp_its_years_hold_in_doubt():
    assert one_in_plan(_MENTIONS) == (2567, (2566, 2570), 4)
    assert _camps_apart([m for m in _MENTIONS if m[0] != "edition"], 2567, [2561])
    summary = {"fiscal_year_be": Reading(None, "ประจำปีงบประมาณ พ.ศ. ๒๕อ๑ฒ", 3, 3)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2521, "ปีงบประมาณ ๒๕๒๑", 40, 40)}}
    issues = repair_fiscal_years(summary, budgets, _MENTIONS, unread="46789")
    assert summary["fiscal_year_be"].value == 2567
    assert budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    # chosen in doubt: said wherever the year goes, no repair claimed
    assert not [i for i in issues if i.code == "value_repaired"]
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "quarterly_budgets.fiscal_year_be"} <= flagged


def test_mentions_that_allow_every_year_alike_make_no_camp():
    alike = [("heading", "๒๕๒๕", 0)] * 10
    assert not _camps_apart(alike, 2554, [2564, 2565, 2566, 2567, 2568, 2569])
