"""An expense line whose product fails as read, where the one reading of its figures that holds moves two of them
and the entry's lines do not then add up (repairs._product_jointly declines it), said only the two figures that fit
moved: a quantity printed in Arabic digits, which has no other reading, and which OCR misread ("190" for 160, 6 read
9), went unnamed though it was the wrong figure (extra2 z007: a silent miss).  The fit not taken, the line as read is
wrong and nothing says which figure is: all three are said (repair_ambiguous)."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _product_jointly
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(quantity: str, each: str, amount: str) -> dict:
    return {"quantity": Reading(Decimal(quantity), quantity, 7, 7), "unit_amount": Reading(Decimal(each), each, 7, 7),
            "amount": Reading(Decimal(amount.replace(",", "")), amount, 8, 8)}


def test_a_declined_fit_names_every_figure_of_the_line():
    rec = _line("190", "50", "5,000")  # Thai digits as read: ๕0 and ๕,๐๐๐ (๘ read ๕); 160 x 50 printed
    rec["unit_amount"] = Reading(Decimal(50), "๕0", 7, 7)
    rec["amount"] = Reading(Decimal(5000), "๕,๐๐๐", 8, 8)
    issues = _product_jointly(rec, "k", "an expense line of report 3", lambda amount: False)
    assert {i.code for i in issues} == {"repair_ambiguous"}
    assert sorted(i.field for i in issues) == ["expenses.amount", "expenses.quantity", "expenses.unit_amount"]
    assert rec["quantity"].value == Decimal(190) and rec["unit_amount"].value == Decimal(50)  # nothing chosen


def test_the_fit_confirmed_by_the_entry_is_taken_and_only_what_it_moves_is_said():
    rec = _line("190", "50", "5,000")
    rec["unit_amount"] = Reading(Decimal(50), "๕0", 7, 7)
    rec["amount"] = Reading(Decimal(5000), "๕,๐๐๐", 8, 8)
    issues = _product_jointly(rec, "k", "an expense line of report 3", lambda amount: True)
    assert {i.code for i in issues} == {"value_repaired"}
    assert "expenses.quantity" not in {i.field for i in issues}
    assert rec["quantity"].value == Decimal(190) and rec["amount"].value == rec["unit_amount"].value * 190
