"""A BMA proposal budget line one of whose figures has a digit of its leading group (before the thousands
comma) that OCR wrote as two characters, each a reading of it: "๑ x ๒๒๐,๐๐๐ = ๒๐,๐๐๐" (๒ read twice),
"๓ x ๒๐,๐๐๐ = ๖9๐,๐๐๐" (๖ read both as itself and as 9, the Arabic digit the engine writes for it),
"๒ x ๑๕๕,๐๐๐ = ๓๖,๐๐๐" (๘ read twice as ๕),
"๒ x ๒,๐๐๐ = @๑๒,๐๐๐" (๑ read both as its look-alike @ and as itself).  No reading of the line's figures
multiplied out, so the line was kept as read and flagged, its amount ten times too large or unread.  Where no
reading multiplies out, those two characters are read as the one digit both may stand for too
(money._pair_readings); the repair says the figure printed and the value chosen (value_repaired)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.money import _pair_readings, _triples, _Unread, amount_or_none, repair_lines
from schemas.document import Reading


def _line(quantity: str, each: str, amount: str) -> dict[str, Reading]:
    return {"item": Reading("โรงเรียนขนาดเล็ก", "โรงเรียนขนาดเล็ก", 5, 7),
            **{name: Reading(amount_or_none(text), text, 5, 7)
               for name, text in (("quantity", quantity), ("unit_amount", each), ("amount", amount))}}


def test_a_unit_amount_with_a_digit_read_twice_is_repaired_by_the_total():
    line, other = _line("๑", "๒๒๐,๐๐๐", "๒๐,๐๐๐"), _line("๓", "๑๐,๐๐๐", "๓๐,๐๐๐")
    issues = repair_lines([line, other], Decimal("50000"))
    assert line["unit_amount"].value == Decimal("20000.00") and line["amount"].value == Decimal("20000.00")
    assert [i.field for i in issues if i.code == "value_repaired"] == ["expenses.unit_amount"]


def test_without_the_total_its_readings_are_said():
    line = _line("๑", "๒๒๐,๐๐๐", "๒๐,๐๐๐")  # 1 x 20,000 as much as 1 x 60,000 (๒ read for ๖)
    issues = repair_lines([line], None)
    assert line["unit_amount"].value == Decimal("220000.00")
    assert {i.field for i in issues if i.code == "repair_ambiguous"} == {"expenses.unit_amount", "expenses.amount"}


def test_a_unit_amount_with_a_digit_read_as_two_of_its_misreads():
    line, other = _line("๒", "๑๕๕,๐๐๐", "๓๖,๐๐๐"), _line("๑", "๑๐,๐๐๐", "๑๐,๐๐๐")  # ๘ read twice as ๕
    issues = repair_lines([line, other], Decimal("46000"))
    assert line["unit_amount"].value == Decimal("18000.00")
    assert [i.field for i in issues if i.code == "value_repaired"] == ["expenses.unit_amount"]


def test_an_amount_with_a_digit_read_as_a_thai_and_an_arabic_digit():
    line, other = _line("๓", "๒๐,๐๐๐", "๖9๐,๐๐๐"), _line("๑", "๑๐,๐๐๐", "๑๐,๐๐๐")  # ๖ read as itself and as 9
    issues = repair_lines([line, other], Decimal("70000"))
    assert line["amount"].value == Decimal("60000.00")
    assert [i.field for i in issues if i.code == "value_repaired"] == ["expenses.amount"]


def test_the_product_alone_does_not_choose_such_a_reading():
    # "๕ x ๑,๐๐๐ = ๒๕,๐๐๐" for 4 x 6,000 = 24,000 multiplies out as 5 x 1,000 = 5,000 with "๒๕" read as
    # one ๕: a coincidence as often as not, which only the total may confirm
    line = _line("๕", "๑,๐๐๐", "๒๕,๐๐๐")
    issues = repair_lines([line], None)
    assert line["amount"].value == Decimal("25000.00")
    assert not [i for i in issues if i.code == "value_repaired"]
    assert "expenses.amount" in {i.field for i in issues if i.code == "repair_ambiguous"}


def test_a_lookalike_beside_the_digit_it_stands_for():
    assert Decimal("12000.00") in _pair_readings("@๑๒,๐๐๐")


def test_a_line_whose_figures_multiply_out_is_not_read_so():
    line = _line("๕", "๑๑,๐๐๐", "๕๕,๐๐๐")  # ๑๑ may be ๑ read twice, but 5 x 11,000 = 55,000 as printed
    assert repair_lines([line], None) == []
    assert line["unit_amount"].value == Decimal("11000.00")


def test_only_a_leading_group_of_two_to_four_characters():
    assert _pair_readings("๕๐๐") == [] and _pair_readings("๑,๐๐๐") == []
    assert Decimal("9500.00") in _pair_readings("๓๕,๕๐๐") and Decimal("8500.00") in _pair_readings("๕8,๕๐๐")


def test_a_line_of_one_whose_figure_has_a_digit_read_twice_is_read_by_the_total():
    # 1 x "๕8,๕๐๐" = "๕8,๕๐๐" multiplies out as printed (58,500), but the lines then do not reach the total:
    # read every way, with ๘ read both as ๕ and as 8, the line is 1 x 8,500 = 8,500, and no other reading fits
    lines = [_line("๒", "๑๕,๑๐๐", "๓๐,๒๐๐"), _line("๓", "๑๓,๑๐๐", "๓๙,๓๐๐"), _line("๑", "๕8,๕๐๐", "๕8,๕๐๐")]
    issues = repair_lines(lines, Decimal("78000"))
    assert (lines[2]["unit_amount"].value, lines[2]["amount"].value) == (Decimal("8500.00"), Decimal("8500.00"))
    assert sorted(i.field for i in issues if i.code == "value_repaired") == ["expenses.amount", "expenses.unit_amount"]
    assert all('"rule": "sum"' in i.evidence for i in issues if i.code == "value_repaired")


def test_a_reading_that_changes_every_figure_is_not_one():
    # "gob" (a quantity OCR read as letters) x ๑๐๐ = "๑๑,๒๐๐" for 116 x 100 = 11,600: 2 x 600 = 1,200 with
    # "๑๑" read as one ๑ changes every figure, and proves nothing; the line's readings are its amount's own, each
    # with the quantity it and the unit amount give (a quantity printed as letters is read as a lost cell:
    # money.latin_quantity), which only the total may choose
    options = _triples(_line("gob", "๑๐๐", "๑๑,๒๐๐"))
    assert (Decimal("116"), Decimal("100.00"), Decimal("11600.00")) in options
    assert all(t[0] is None or isinstance(t, _Unread) for t in options)
    assert not any(t[2] == Decimal("1200.00") for t in options)
