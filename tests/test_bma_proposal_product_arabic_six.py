"""A budget line in Thai digits whose unit amount OCR read in Arabic digits alone ("๑" x "5,000.00" =
"๒ ๐๐๐.๐๐" for 1 x ๖,๐๐๐ = ๖,๐๐๐: the English model read the Thai figure, and writes an Arabic 5 or 9 for a ๖ the
Thai model cannot write, confusions.ARABIC_FOR_THAI) took 5,000 from the product, the Arabic figure kept as
certain; the sum then had to reach the total with that wrong line, and chose three other lines wrong (10,000 as
10,600, "ฒ" x "๕๐๐" as 7 x 700 = 4,900 for 9 x 500): six wrong repairs (fresh set s69o, bma_proposal_s69o002).
Such a figure is read with each Arabic 5 or 9 a 6 too (money._arabic_six_readings), as a year's or a date's are:
the line reads 5,000 or 6,000, the product settles neither, and the lines the total would then have to settle
are too many for one equation: none is chosen, each is said (repair_ambiguous)."""

from decimal import Decimal

import pytest

from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(q: str, e: str, a: str) -> dict:
    return {n: Reading(amount_or_none(t), t, 1, 1) for n, t in (("quantity", q), ("unit_amount", e), ("amount", a))}


def test_an_arabic_figure_in_a_thai_line_does_not_pin_the_product():
    lines = [_line("๑", "5,000.00", "๒ ๐๐๐.๐๐")]
    issues = repair_lines(lines, None)
    assert lines[0]["amount"].value is None and lines[0]["unit_amount"].value == Decimal("5000.00")
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in issues if i.code == "repair_ambiguous"} == {"expenses.unit_amount", "expenses.amount"}


def test_the_table_it_stood_in_is_said_not_guessed():
    lines = [_line("๓", "๑๕.๐๐๐.๐๐", "๕๕.๐๐๐.๐๐"), _line("๑", "๑๐.๐๐๐.๐๐", "๑๐.๐๐๐.๐๐"),
             _line("๑", "5,000.00", "๒ ๐๐๐.๐๐"), _line("ฒ", "๕๐๐.๐๐", "๕,๕๐๐.๐๐")]
    issues = repair_lines(lines, Decimal("74500.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert lines[1]["amount"].value == Decimal("10000.00") and lines[3]["unit_amount"].value == Decimal("500.00")
    assert {i.field for i in issues if i.code == "repair_ambiguous"} >= {"expenses.amount", "expenses.quantity"}


def test_an_arabic_figure_in_an_arabic_line_reads_as_printed():
    # no Thai digit in the line: its Arabic digits are the English model's own reading, one value each
    lines = [_line("1", "5,000.00", "5,000.0O")]
    repair_lines(lines, None)
    assert lines[0]["amount"].value == Decimal("5000.00")
