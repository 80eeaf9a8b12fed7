"""An expense line whose unit amount and amount both open with the ฿ sign
OCR read as an 8 ("๕ คน % 8๒๐๐ = 8๑๓,๕๐๐" for ๘๗ x ฿๒๐๐ = ฿๑๗,๔๐๐): a fit
that reads the 8 as a digit of one figure and drops it as the sign of the
other holds only by chance, and is not taken unconfirmed (fresh set s107o,
bma_progress_s107o004: 9 x 8,200 = 73,800 was taken, two wrong repairs)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _product_jointly, _signs_at_odds
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _line() -> dict:
    return {"quantity": Reading(Decimal(5), "๕", 85, 85), "unit_amount": Reading(Decimal(8200), "8๒๐๐", 85, 85),
            "amount": Reading(Decimal(813500), "8๑๓,๕๐๐", 85, 85)}


def test_a_fit_reading_one_sign_as_a_digit_and_the_other_as_the_sign_is_at_odds():
    rec = _line()
    assert _signs_at_odds(rec, (Decimal(9), Decimal(8200), Decimal(73800)))  # 8 a digit, then the sign
    assert not _signs_at_odds(rec, (Decimal(5), Decimal(200), Decimal(13500)))  # the sign both times
    assert not _signs_at_odds(rec, (Decimal(5), Decimal(8200), Decimal(813500)))  # a digit both times


def test_such_a_fit_is_said_not_taken_where_the_entry_s_sum_cannot_check_it():
    rec = _line()
    issues = _product_jointly(rec, "k", "an expense line of report 5", lambda amount: False,
                              unchecked="its disbursement or another line unread")
    assert not [i for i in issues if i.code == "value_repaired"]
    assert rec["quantity"].value == Decimal(5)  # (the amount's 8 is dropped as the sign, said: the rule's way)
    assert {i.field for i in issues if i.code == "repair_ambiguous"} >= {"expenses.quantity", "expenses.amount"}
