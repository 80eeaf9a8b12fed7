"""A BMA progress form whose entries' structure is in doubt (a table read side by side) and one report's
disbursement OCR lost (its cell 'ว28.200' no amount): the budget spent less the other reports' disbursements
is its amount where its own expense lines, every one read, add up to just that: two witnesses agree (rule
sum, value_repaired).  Before, with the structure in doubt, repair_sum did not look (an amount may stand in
another entry's place) and the report kept no disbursement, though a swap between entries leaves the sum as
it was.  Not where the lines add up to anything else, a line is unread, or a figure the sum rests on has
another reading (Thai digits)."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


def _line(text: str, value: str, no: int) -> dict:
    return {"item": Reading("ค่าอาหารว่าง", "ค่าอาหารว่าง", no, no),
            "amount": Reading(Decimal(value) if value else None, text, no, no)}


def _form(spent: str = "42,600", line3: str = "7,100", other: str = "14,400") -> tuple[dict, dict, dict]:
    value = Decimal(spent.replace(",", "")) if spent.isascii() else Decimal("42600")
    project = {"budget_spent": Reading(value, f"{spent} บาท.-", 19, 19)}
    reports = {1: {"progress_pct": Reading(20.0, "20.00%", 85, 85),
                   "disbursed": Reading(Decimal(0), "งบประมาณที่เบิกใช้ = 0 บาท", 85, 141)},
               2: {"progress_pct": Reading(55.0, "55.00%", 85, 85),
                   "disbursed": Reading(Decimal(other.replace(",", "")) if other.isascii() else Decimal("14400"),
                                        f"งบประมาณที่เบิกใช้ = {other} บาท", 85, 141)},
               3: {"progress_pct": Reading(100.0, "100.00%", 85, 85)}}
    amount3 = line3.replace(",", "") if line3 and line3.isascii() else ""
    expenses = {3: [_line("6,500", "6500", 143), _line("14,600", "14600", 145), _line(line3, amount3, 147)]}
    return project, reports, expenses


def test_a_lost_disbursement_is_what_the_sum_leaves_where_its_own_lines_add_up_to_it():
    project, reports, expenses = _form()
    issues = repair_amounts(project, reports, expenses, "K", across=False)
    assert reports[3]["disbursed"].value == Decimal("28200.00")
    said = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.disbursed"]
    assert len(said) == 1 and json.loads(said[0].evidence)["rule"] == "sum"
    assert json.loads(said[0].evidence)["chosen"] == "28200.00"


def test_not_where_the_lines_add_up_to_another_figure_or_one_is_unread():
    for line3 in ("7,500", ""):
        project, reports, expenses = _form(line3=line3)
        repair_amounts(project, reports, expenses, "K", across=False)
        assert reports[3].get("disbursed") is None or reports[3]["disbursed"].value is None


def test_not_where_a_figure_the_sum_rests_on_has_another_reading():
    # the budget spent or another report's disbursement in Thai digits (a ๐ may be a ๖, a ๕ a ๔)
    for spent, other in (("๔๒,๖๐๐", "14,400"), ("42,600", "๑๔,๔๐๐")):
        project, reports, expenses = _form(spent=spent, other=other)
        repair_amounts(project, reports, expenses, "K", across=False)
        assert reports[3].get("disbursed") is None or reports[3]["disbursed"].value is None
