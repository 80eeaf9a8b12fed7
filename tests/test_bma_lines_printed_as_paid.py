"""An entry's expense lines that add up, as read, to its disbursement as
read, where the disbursements and the budget spent weighed together
(repairs._money_jointly, rule sum_jointly) mended that disbursement: the
lines print the figure again, misread alike, and the one line with a
reading of its own characters that makes them add up to the figure mended
takes it (repairs._lines_printed_as_paid, value_repaired on
expenses.amount).  Before, the disbursement was mended and its line kept
the misreading, the sum's check saying they no longer agreed (set s69o
bma_progress_s69o010: report 6's one line "๑๕,๒00" and its disbursement
"๑๕,๒๐๐", mended to 14,200; set s70z bma_progress_s70z006: "... x ๑,๒๐๐.- =
๑๐,๕๐๐.-", 9 hours by the copies' vote, under "๑๐,๕00.-" mended to 10,800).  Not where the line's product
holds as read, nor where several lines could carry the difference."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(lines: list[tuple[str, str]], quantity: tuple[str, str] | None = None,
          unit: tuple[str, str] | None = None):
    # 14,100 read "1๕,100", the budget spent ๕๕,๔๘๐ read "๕๕,๕๕๐": only 41,380 + 14,100 = 55,480 holds
    project = {"budget_spent": Reading(Decimal("55550"), "๕๕,๕๕๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("58400"), "58,400", 11, 11)}
    paid = [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")]
    reports = {n: {"disbursed": Reading(Decimal(v), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    expenses = {3: []}
    for k, (text, v) in enumerate(lines):
        rec = {"item": Reading("ค่าวัสดุ", "ค่าวัสดุ", 30 + k, 30 + k),
               "amount": Reading(Decimal(v), f"ค่าวัสดุ = {text} บาท", 30 + k, 30 + k)}
        if quantity:
            rec["quantity"] = Reading(Decimal(quantity[1]), quantity[0], 30 + k, 30 + k)
            rec["unit_amount"] = Reading(Decimal(unit[1]), unit[0], 30 + k, 30 + k)
        expenses[3].append(rec)
    return project, reports, expenses


def test_the_line_that_printed_the_mended_figure_follows_it():
    project, reports, expenses = _form([("1๕,๑00", "15100")])
    issues = repair_amounts(project, reports, expenses, "k", across=False)
    assert reports[3]["disbursed"].value == Decimal("14100")
    assert expenses[3][0]["amount"].value == Decimal("14100")
    said = [i for i in issues if (i.code, i.field) == ("value_repaired", "expenses.amount")]
    assert said and '"sum_jointly"' in said[0].evidence and said[0].line_start == 30


def test_a_line_whose_product_holds_as_read_stays():
    # 151 x 100 = 15,100 as read: the line is read right, the difference is not its misread
    project, reports, expenses = _form([("1๕,๑00", "15100")], quantity=("151", "151"), unit=("100", "100"))
    repair_amounts(project, reports, expenses, "k", across=False)
    assert expenses[3][0]["amount"].value == Decimal("15100")


def test_several_lines_that_could_carry_the_difference_stay():
    # each line's ๕ may be the ๔ that makes the lines 14,100: which one is misread no reading says
    project, reports, expenses = _form([("๕,๐00", "5000"), ("๕,๐00", "5000"), ("๕,๑00", "5100")])
    repair_amounts(project, reports, expenses, "k", across=False)
    assert [rec["amount"].value for rec in expenses[3]] == [Decimal("5000"), Decimal("5000"), Decimal("5100")]


def test_lines_that_did_not_add_up_as_read_stay():
    project, reports, expenses = _form([("1๕,๓00", "15300")])
    repair_amounts(project, reports, expenses, "k", across=False)
    assert expenses[3][0]["amount"].value == Decimal("15300")
