"""An OBEC report's fiscal year where most of its mentions read outside the
national plan it names (๒๕๖๗ read "๒๕๐๑", "๒๕๑๑": ๗ and ๖ as ๑, 2561 by
the table or nothing) and the rest inside it: the one year of the plan's
that every mention allowing one allows is chosen, in doubt
(parsers.obec_progress.year.one_in_plan; fresh set s83b,
obec_progress_s83b001); a printing of five characters that allows another
year of the plan is damage of its own; two years left, none is chosen."""

from __future__ import annotations

from parsers.obec_progress.year import _chosen_in_plan, one_in_plan

OUTSIDE = [("heading", "๒๕๐๑", 0)] * 7 + [("heading", "๒๕๑๑", 0)] * 3 + [("heading", "๒๕๒๑", 0)] * 3
PLAN = [("edition", "๑๓", 0)] * 5  # the 13th plan: 2566-2570
INSIDE = [("heading", "๒๕๒๓", 0)] * 4 + [("heading", "๒๕๐๓", 0)] * 2  # 2567 or 2569 of the plan's
DECEMBER = [("date", "๒๕๒๐", 12)]  # ธันวาคม ๒๕๖๖ read so: 2567's December, no December of 2569's
TOO_LONG = [("heading", "๒๕๒๐๑", 0)]  # ๗ read as two digits: 2566 alone of the plan's


def test_the_one_year_of_the_plan_every_mention_allowing_one_allows_is_chosen_in_doubt():
    mentions = OUTSIDE + PLAN + INSIDE + DECEMBER + TOO_LONG
    assert one_in_plan(mentions) == (2567, (2566, 2570), 7)
    year, issues = _chosen_in_plan(mentions, [])
    assert year == 2567 and issues and all(i.code == "repair_ambiguous" for i in issues)
    assert {i.field for i in issues} >= {"report_summaries.fiscal_year_be", "projects.fiscal_year_be",
                                         "quarterly_budgets.fiscal_year_be"}
    # without the date the headings leave 2567 and 2569 alike: none is chosen
    assert one_in_plan(OUTSIDE + PLAN + INSIDE + TOO_LONG) is None
    assert _chosen_in_plan(OUTSIDE + PLAN + INSIDE + TOO_LONG, []) is None
