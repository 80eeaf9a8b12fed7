"""An OBEC summary's figure misread past the confusion table, through a
misread the table leaves out as rare (๗ read as ๑; one digit written as
two: "๓๕" for ๙): where no reading of the figures under the table holds and
no amount left out lets the others hold, the figures are weighed with one
figure at a time read also through the rare misreads
(summary_joint.rare_solutions); exactly one figure so read that makes them
hold, and the pairs it allows are the summary's (repair_jointly: one pair
repaired, value_repaired rule sum; quarter_joint._totals: the pairs the
rows then weigh); none or several, nothing."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.quarter_joint import _totals
from parsers.obec_progress.summary_joint import rare_figure_values, rare_solutions, repair_jointly
from schemas.document import Reading


def _case(disbursed: str = "๑๒๕.00", pct: str = "72.50"):
    # planned not read; disbursed 725.00 printed with its ๗ read as ๑ (rare); not disbursed and the shares as printed
    summary = {"budget_disbursed": Reading(Decimal("125.00"), f"{disbursed} บาท", 2, 2),
               "budget_not_disbursed": Reading(Decimal("275.00"), "275.00 บาท", 3, 3),
               "disbursed_pct": Reading(72.5, pct, 4, 4), "pct_not_disbursed": Reading(27.5, "27.50", 5, 5)}
    printed = {"budget_planned": None, "budget_disbursed": disbursed, "budget_not_disbursed": "275.00",
               "disbursed_pct": pct, "pct_not_disbursed": "27.50"}
    return summary, printed


def test_a_figure_misread_rarely_is_read_the_one_way_the_figures_hold():
    summary, printed = _case()
    assert rare_solutions(printed, "") == ("budget_disbursed", {(100000, 72500)})
    issues = repair_jointly(summary, printed, "", (1, 5))
    assert summary["budget_disbursed"].value == Decimal("725.00")
    assert summary["budget_planned"].value == Decimal("1000.00")
    evidence = {i.field: json.loads(i.evidence) for i in issues if i.code == "value_repaired"}
    assert evidence["report_summaries.budget_disbursed"]["printed"] == "๑๒๕.00"
    assert any("rare" in i.message for i in issues)


def test_the_rows_weigh_the_pairs_a_rare_reading_gives():
    summary, printed = _case()
    pairs, targets, how = _totals(summary, printed, "")
    assert pairs == {(100000, 72500)} and targets == {"planned": {100000}, "disbursed": {72500}}
    assert how.endswith("budget_disbursed")


def test_a_figure_no_rare_misread_mends_leaves_the_figures_as_read():
    # (๒ is no rare misread of any digit: 7 read as 2 is none the table or the rare list has)
    summary, printed = _case(disbursed="๒๒๕.00")
    assert rare_solutions(printed, "") is None
    assert repair_jointly(summary, printed, "", (1, 5)) == []
    assert summary["budget_disbursed"].value == Decimal("125.00")


def test_a_percentage_reads_through_a_rare_misread_in_a_percentage_s_shape():
    assert 7351 in rare_figure_values("๑๓.๕๑", "", percent=True)  # ๗ read as ๑
    assert 9315 in rare_figure_values("๓๕๓.๑๕", "", percent=True)  # ๙ written as ๓๕: 93.15
    assert all(v <= 10000 for v in rare_figure_values("๑๓.๕๑", "", percent=True))
    assert rare_figure_values("1,000", "", percent=True) is None
