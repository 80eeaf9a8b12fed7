"""The summary's quarter's budget rows weighed together with the summary's
figures (parsers.obec_progress.quarter_joint): every reading of every row's
printed amounts that makes the summary's planned and disbursed totals, a row
disbursed as planned one amount in both columns; an amount all of them give
alike is that amount (value_repaired, rule sum), where the sum of one column
alone leaves several."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.budgets import UNREAD_AMOUNTS
from parsers.obec_progress.quarter_joint import by_columns, feasible, repair_quarter_rows
from parsers.obec_progress.rows import quarter_rows, summary_printed
from schemas.document import Reading

AS_PLANNED = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"
NOT_AS_PLANNED = "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากเลื่อนการดำเนินการ"


def _amount(value: str | None, printed: str, line: int) -> Reading:
    return Reading(Decimal(value) if value is not None else None, f"จำนวนเงินงบประมาณ {printed} บาท", line, line)


def _row(planned: tuple[str, str], disbursed: tuple[str, str], note: str, line: int) -> dict[str, Reading]:
    return {"quarter": Reading(2, "ไตรมาสที่ ๒", line, line), "planned": _amount(*planned, line + 1),
            "disbursed": _amount(*disbursed, line + 2), "note": Reading(note, note, line + 3, line + 3)}


def _summary() -> dict[str, Reading]:
    # 15,000 planned, 7,000 disbursed (46.67 %), 8,000 not: Arabic digits no misread changes
    return {"budget_quarter": Reading(2, "ไตรมาสที่ ๒", 1, 1),
            "n_budgeted_projects": Reading(3, "จำนวน ๓ โครงการ", 1, 1),
            "budget_planned": _amount("15000.00", "15,000.00", 2),
            "budget_disbursed": Reading(Decimal("7000.00"), "เบิกจ่ายจริง 7,000.00 บาท คิดเป็นร้อยละ 46.67", 3, 3),
            "disbursed_pct": Reading(46.67, "เบิกจ่ายจริง 7,000.00 บาท คิดเป็นร้อยละ 46.67", 3, 3),
            "budget_not_disbursed": _amount("8000.00", "8,000.00", 4)}


def _budgets(second_note: str) -> dict:
    # the second row prints 4,000 twice as "๕,๐๐๐" (๔ read ๕: 4,000 5,000 8,000 9,000 ...), the third its planned
    # 6,000 as "๒,๐๐๐" (๖ read ๒): the planned total alone allows 4,000 + 6,000 and 8,000 + 2,000
    return {("in_progress", 1, 2): _row(("5000", "5,000"), ("2000", "2,000"), NOT_AS_PLANNED, 10),
            ("in_progress", 2, 2): _row(("5000", "๕,๐๐๐"), ("5000", "๕,๐๐๐"), second_note, 20),
            ("in_progress", 3, 2): _row(("2000", "๒,๐๐๐"), ("1000", "1,000"), NOT_AS_PLANNED, 30)}


def _repair(budgets: dict, unread_amounts: dict | None = None) -> list:
    summary = _summary()
    return repair_quarter_rows(summary, summary_printed(summary), quarter_rows(summary, budgets), "",
                               unread_amounts or {})


def test_rows_the_totals_read_together_give_one_way_are_repaired():
    budgets = _budgets(AS_PLANNED)
    issues = _repair(budgets)
    # the disbursed total leaves the second row 4,000; disbursed as planned, so is its planned; the planned
    # total then leaves the third row's planned 6,000
    assert budgets[("in_progress", 2, 2)]["planned"].value == Decimal("4000.00")
    assert budgets[("in_progress", 2, 2)]["disbursed"].value == Decimal("4000.00")
    assert budgets[("in_progress", 3, 2)]["planned"].value == Decimal("6000.00")
    assert budgets[("in_progress", 1, 2)]["planned"].value == Decimal("5000")  # (as read: no issue)
    assert sorted((i.field, i.line_start) for i in issues) == [
        ("quarterly_budgets.disbursed", 22), ("quarterly_budgets.planned", 21), ("quarterly_budgets.planned", 31)]
    assert all(i.code == "value_repaired" and json.loads(i.evidence)["rule"] == "sum" for i in issues)
    assert {json.loads(i.evidence)["printed"] for i in issues} == {"๕,๐๐๐", "๒,๐๐๐"}


def test_rows_several_readings_fit_keep_what_was_read():
    # not disbursed as planned: the second row's disbursed "๕,๐๐๐" may be 4,000 with a planned 4,000 (and the third
    # 6,000) or 8,000 with a planned 2,000... the disbursed total still pins it, but not its planned
    budgets = _budgets(NOT_AS_PLANNED)
    issues = _repair(budgets)
    assert budgets[("in_progress", 2, 2)]["disbursed"].value == Decimal("4000.00")
    assert budgets[("in_progress", 2, 2)]["planned"].value == Decimal("5000")
    assert budgets[("in_progress", 3, 2)]["planned"].value == Decimal("2000")
    assert [i.field for i in issues] == ["quarterly_budgets.disbursed"]


def test_an_unread_amount_of_a_row_disbursed_as_planned_takes_its_other_printing_s_readings():
    budgets = _budgets(AS_PLANNED)
    row = budgets[("in_progress", 2, 2)]
    unread = {("in_progress", 2, 2): {"planned": Reading(None, "จำนวนเงินงบประมาณ @,๐๐๐ บาท", 21, 21)}}
    del row["planned"]
    _repair(budgets, unread)
    assert row["planned"].value == Decimal("4000.00") and row["disbursed"].value == Decimal("4000.00")


def test_rows_that_do_not_match_the_summary_s_count_are_not_weighed():
    budgets = _budgets(AS_PLANNED)
    del budgets[("in_progress", 1, 2)]
    assert _repair(budgets) == []
    assert budgets[("in_progress", 2, 2)]["planned"].value == Decimal("5000")


def test_feasible_keeps_each_part_s_values_some_choice_of_the_others_adds_up_with():
    found, reached = feasible([{1, 2}, {10, 20}], {12, 40}, [1000])
    assert found == [{2}, {10}] and reached == {12}
    assert feasible([{1, 2}, {10, 20}], {12}, [1]) is None  # (past its steps)
    assert feasible([{1}, {10}], {5}, [1000]) == ([set(), set()], set())


def test_by_columns_drops_a_value_whose_digit_no_column_sum_allows():
    # units: 2 or 5 plus 0 or 1 must end in 2 or 3 with no carry (the tens add up to 4 alone): 15 fits no sum
    assert by_columns([{12, 15}, {30, 31}], {42, 43}) == ([{12}, {30, 31}], {42, 43})
    # a target whose digits no choice makes goes; no target left, nothing is kept
    assert by_columns([{12}, {30, 31}], {42, 43, 90}) == ([{12}, {30, 31}], {42, 43})
    assert by_columns([{12}, {30}], {45}) == ([set(), set()], set())
    # (it weighs a column's digits whatever the value's others: 19 + 10 and 28 + 1 fit 29, 19 + 1 and 28 + 10 do
    # not, yet each digit of each is some fit's)
    assert by_columns([{19, 28}, {10, 1}], {29}) == ([{19, 28}, {10, 1}], {29})
    assert feasible([{19, 28}, {10, 1}], {29}, [1000]) == ([{19, 28}, {10, 1}], {29})


def test_feasible_weighs_many_totals_within_its_steps():
    """The partial sums each part's values complete to a total are found
    walking back over the sums made going forward (no more of them), not by
    trying every total against every pair of sums before and after a part:
    a summary total with hundreds of readings is weighed within the bound."""
    parts = [set(range(0, 10000, 100)) for _ in range(3)]
    found, reached = feasible(parts, set(range(0, 30000, 100)) | {30050}, [200_000])
    assert found == [set(range(0, 10000, 100))] * 3 and reached == set(range(0, 29800, 100))
