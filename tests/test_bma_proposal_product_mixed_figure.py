"""A budget line whose unit amount OCR read mixing scripts ("5 ๐๐๐.๐๐": a form prints a figure in one script, so
the 5 is a Thai glyph the English model read, which may be any digit) took 5,000 from the product with the
quantity and amount as read (3 x 5,000 = "๑๕,๐๐๐"), though the amount's ๕ may be an ๘ (3 x 6,000 = 18,000 was
printed): a wrong repair (fresh set s51z003).  A product that changes a figure mixing scripts is taken only
where it is the one reading that multiplies out once the line's figures are read every way their characters
allow, the mixed figure's Arabic digits any digit (money._script_sure, _free_readings); else the line is said
(repair_ambiguous) and kept as read.  ("๑๕1" x "๑๒๐" = "16,920" is 141 x 120 alone: taken, extra2 z007.)"""

from decimal import Decimal

import pytest

from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(q: str, e: str, a: str) -> dict:
    return {n: Reading(amount_or_none(t), t, 1, 1) for n, t in (("quantity", q), ("unit_amount", e), ("amount", a))}


def test_a_mixed_figure_repaired_by_figures_in_doubt_is_not_chosen():
    lines = [_line("๓", "5 ๐๐๐.๐๐", "๑๕,๐๐๐.๐๐")]
    issues = repair_lines(lines, None)
    assert lines[0]["unit_amount"].value is None  # kept as read (no number)
    assert not [i for i in issues if i.code == "value_repaired"]
    assert ("repair_ambiguous", "expenses.unit_amount") in {(i.code, i.field) for i in issues}


def test_a_mixed_figure_repaired_by_sure_figures_is_taken():
    lines = [_line("3", "5 ๐๐๐.๐๐", "15,000.00")]  # Arabic digits: one reading each
    issues = repair_lines(lines, None)
    assert lines[0]["unit_amount"].value == Decimal("5000.00")
    assert [i for i in issues if i.code == "value_repaired" and i.field == "expenses.unit_amount"]


def test_a_mixed_figure_whose_product_is_the_one_reading_every_way_is_taken():
    lines = [_line("๑๕1", "๑๒๐", "16,920")]
    issues = repair_lines(lines, None)
    assert lines[0]["quantity"].value == Decimal("141.00")
    assert [i for i in issues if i.code == "value_repaired" and i.field == "expenses.quantity"]


def test_a_product_moving_two_figures_and_keeping_an_arabic_one_in_a_thai_line_is_not_chosen():
    # "๕๐" x "60.00" = "ต๓,๒๐๑๐.๐๐" (40 x ๘๐.๐๐ = ๓,๒๐๐ printed, ๘๐ read in Arabic digits as 60): read 54 x 60 =
    # 3,240, moving the quantity and the amount on the strength of the 60 (fresh set s51z003); it may be any digits
    lines = [_line("๕๐", "60.00", "ต๓,๒๐๑๐.๐๐")]
    issues = repair_lines(lines, None)
    assert lines[0]["quantity"].value == Decimal("50.00") and lines[0]["amount"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in issues if i.code == "repair_ambiguous"} >= {"expenses.quantity", "expenses.amount"}
