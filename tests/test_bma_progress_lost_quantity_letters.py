"""An expense line whose quantity OCR garbled into letters ("odd คน x 100 บาท = 16500 บาท", for ๑๖๖ x 100 = 16๖00): the
quantity is the amount over the unit amount (repairs._lost_quantity) only where the letters may stand for that
figure. Every letter of "odd" is a look-alike of digits (o for ๐ ๑ ๒ ๓, d for ๖ alone), so 165 (16500 / 100, the
amount's ๖ read as 5) is no reading of it: its last d is no 5. Before, 165 was chosen and said repaired, a wrong
repair (fresh set s72o, bma_progress_s72o004). Now the quantity stays unread (its unparsed_value issue names it);
letters that stand for the figure, letters the table gives for several digits ("eam" for ๑๗๓: e for 5 or 9, a for 3
or 1 as measured, the likeliest only), and letters that are no look-alikes at all, repair as before."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _lost_quantity
from schemas.document import Reading


def _line(qty: str, each: str, amount: str) -> dict:
    return {"quantity": Reading(None, qty, 71, 71),
            "unit_amount": Reading(Decimal(each), each, 71, 71),
            "amount": Reading(Decimal(amount), amount, 71, 71)}


def test_look_alike_letters_that_cannot_read_as_the_quotient_repair_nothing():
    rec = _line("odd", "100", "16500")
    assert _lost_quantity(rec, "k", "an expense line") == []
    assert rec["quantity"].value is None


def test_look_alike_letters_that_read_as_the_quotient_repair_it():
    rec = _line("odd", "100", "16600")
    issues = _lost_quantity(rec, "k", "an expense line")
    assert rec["quantity"].value == Decimal("166.00")
    assert [i.code for i in issues] == ["value_repaired"]


def test_letters_that_are_no_look_alikes_say_nothing_against_the_quotient():
    rec = _line("Sey", "100", "16500")
    _lost_quantity(rec, "k", "an expense line")
    assert rec["quantity"].value == Decimal("165.00")


def test_letters_of_several_digits_say_nothing_against_the_quotient():
    rec = _line("eam", "70", "12110")
    _lost_quantity(rec, "k", "an expense line")
    assert rec["quantity"].value == Decimal("173.00")
