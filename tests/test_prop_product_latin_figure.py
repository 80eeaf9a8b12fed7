"""A BMA proposal budget line whose quantity OCR read as Latin letters ("Yo" for ๙๑) and whose amount it
misread ("๓๒๕๐" for ๗,๒๘๐, its comma lost): the product rule chose the one reading that multiplied out by
moving both (3 x 80 = 240: "o" read as ๓, the amount's leading ๓ taken for a baht sign and ๕ for ๔), a wrong
repair (fresh set s41q, s41q001).  The readings of a figure printed as Latin letters are the look-alikes the
table lists, not every number it may stand for, so a product that changes it and another figure proves nothing:
the figures are kept as read and said (repair_ambiguous); one that changes it alone, the others kept, still
stands."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading


def _line(quantity: str, each: str, amount: str) -> dict[str, Reading]:
    return {"item": Reading("ผู้เข้ารับการอบรม", "ผู้เข้ารับการอบรม", 5, 7),
            **{name: Reading(amount_or_none(text), text, 5, 7)
               for name, text in (("quantity", quantity), ("unit_amount", each), ("amount", amount))}}


def test_a_product_moving_a_latin_figure_and_another_is_not_chosen():
    line = _line("Yo", "80", "๓๒๕๐")
    issues = repair_lines([line], None)
    assert line["quantity"].value is None and line["amount"].value == Decimal("3250")
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in issues if i.code == "repair_ambiguous"} >= {"expenses.quantity", "expenses.amount"}


def test_a_product_moving_the_latin_figure_alone_stands():
    line = _line("Yo", "80", "240")
    issues = repair_lines([line], None)
    assert line["quantity"].value == Decimal("3")
    assert [i.field for i in issues if i.code == "value_repaired"] == ["expenses.quantity"]
