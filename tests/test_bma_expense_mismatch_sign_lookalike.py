"""An expense line that holds under no reading of its figures names each figure that could be the misread one
(expense_line_mismatch).  An amount in Arabic digits has no other reading of its digits, but one opening with an 8 or
a 3 may open with the ฿ OCR misread: "๒ ชั่วโมง x Bdoo = 83 5๐๐" (฿1,800 garbled, ฿3,600 with its ฿ read 8 and its
comma a space, the line's reading keeping "83"): the amount 83.00 went unnamed, a silent miss (s76a
bma_progress_s76a002 report 4).  Where nothing holds and the line's other money figure shows the sign the form prints
before them ("Bdoo"), such a figure is named with the others; an Arabic amount opening with another digit, or a line
printing no sign ("187 x 30.00 = 5,600.00": the 3 of 30.00 is a digit, s77a bma_progress_s77a007), is still taken as
printed."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _product_jointly
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(quantity: str, each: str, amount: str) -> dict:
    def value(text: str) -> Decimal | None:
        digits = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", "")
        return Decimal(digits) if digits.replace(".", "").isdigit() else None
    return {"quantity": Reading(value(quantity), quantity, 7, 7), "unit_amount": Reading(value(each), each, 7, 7),
            "amount": Reading(value(amount), amount, 8, 8)}


def _named(issues) -> set[str]:
    return {i.field for i in issues if i.code == "expense_line_mismatch"}


def test_an_amount_opening_with_a_sign_lookalike_is_named_where_nothing_holds():
    rec = _line("๒", "Bdoo", "83")
    issues = _product_jointly(rec, "k", "an expense line of report 4", lambda amount: False)
    assert _named(issues) == {"expenses.quantity", "expenses.unit_amount", "expenses.amount"}
    assert rec["amount"].value == Decimal(83)  # (kept as read)


def test_an_amount_opening_with_another_digit_stays_unnamed():
    rec = _line("๒", "Bdoo", "47")
    issues = _product_jointly(rec, "k", "an expense line of report 4", lambda amount: False)
    assert _named(issues) == {"expenses.quantity", "expenses.unit_amount"}


def test_a_line_showing_no_sign_names_no_figure_opening_with_three():
    rec = _line("๑๘๗", "30.00", "5,600.00")
    issues = _product_jointly(rec, "k", "an expense line of report 3", lambda amount: False)
    assert "expenses.unit_amount" not in _named(issues)
