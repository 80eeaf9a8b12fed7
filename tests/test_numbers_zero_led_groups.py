"""A BMA progress expense line's amount whose first group of thousands opens
with a zero ("Boo,700" for ฿๑๐,700: the ฿ sign and a digit read as o, the
figure "00,700": fresh set s118q, bma_progress_s118q002).  It was read as
700.00, a wrong value with no issue.  A figure is never printed so unless it
is zero ("0,000") (normalizers.numbers.zero_led), so the line's amount is
now unread and said (bma_progress.entries)."""

from __future__ import annotations

import pytest

from normalizers.numbers import zero_led
from parsers.bma_progress.clauses import Expense
from parsers.bma_progress.entries import expense_values


@pytest.mark.parametrize("text", ["00,700", "0,700", "๐๐,๗๐๐", "05,250.00", "฿ 00,700"])
def test_a_zero_before_the_first_comma_is_a_misread(text):
    assert zero_led(text)


@pytest.mark.parametrize("text", ["0,000", "0,000.00", "10,700", "0.50", "1,050,000", "700", "2,000 0,000"])
def test_other_figures_are_not(text):
    assert not zero_led(text)


def test_an_expense_amount_so_printed_is_unread():
    values, bad = expense_values(Expense("ค่าถ่ายเอกสาร", "Boo,700", 300))
    assert values["amount"] is None and bad == ["amount"]
    values, bad = expense_values(Expense("ค่าเกียรติบัตร", "B15,100", 296))
    assert str(values["amount"]) == "15100.00" and bad == []
