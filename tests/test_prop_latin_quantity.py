"""A budget line whose quantity OCR printed as Latin letters alone ("au" for ๘๗, "Te" for ๑๗, "gob" for ๑๑๖: a
Thai number its English model read), its unit amount and amount read: the quantity is read as a cell OCR lost
is (money.latin_quantity, money._lost_cell): the quotient amount / unit amount of their readings, a whole number,
which only the total may choose (the lines adding up to it).  Before, the line was read by its amount alone and
its quantity left unread (fresh s78b bma_proposal_s78b001, s77b002 and extra3 w001: 3 lines in 3 sets)."""

from __future__ import annotations

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_proposal.money import amount_or_none, latin_quantity, repair_lines
from schemas.document import Reading

D = Decimal


def line(q: str, e: str, a: str, no: int) -> dict:
    qty = thai_digits_to_arabic(q)
    return {"item": Reading(f"line {no}", f"line {no}", no, no),
            "quantity": Reading(D(qty).quantize(D("0.01")) if qty.isdigit() else None, q, no, no),
            "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}


def values(lines: list[dict]) -> list[tuple]:
    return [tuple(rec[n].value for n in ("quantity", "unit_amount", "amount")) for rec in lines]


def table() -> list[dict]:
    # 89 x 80 = 7,120; 63 x 35 = 2,205; 1 x 12,000; 17 x 750 = 12,750 ("Te" x "7๕๐" = "๑2,75๐"); total 34,075
    return [line("89", "80", "7,๑๒๐", 1), line("63", "35", "๒,๒๐๕", 2), line("1", "12,000", "12,000", 3),
            line("Te", "7๕๐", "๑2,75๐", 4)]


def test_a_quantity_printed_as_latin_letters_is_the_quotient_the_total_settles():
    lines = table()
    assert latin_quantity(lines[3]) and not latin_quantity(lines[0])
    issues = repair_lines(lines, D("34075.00"))
    assert values(lines)[3] == (D("17"), D("750.00"), D("12750.00"))
    assert values(lines)[:3] == [(D("89.00"), D("80.00"), D("7120.00")), (D("63.00"), D("35.00"), D("2205.00")),
                                 (D("1.00"), D("12000.00"), D("12000.00"))]
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert [(i.line_start, i.field) for i in repaired] == [(4, "expenses.quantity")]
    assert "Latin letters" in repaired[0].message and '"rule": "sum"' in repaired[0].evidence
    assert not [i for i in issues if i.code == "repair_ambiguous"]


def test_no_total_no_quotient():
    # the quotient multiplies out by construction: no product proves it, and with no total it is said, not chosen
    lines = table()
    issues = repair_lines(lines, None)
    assert lines[3]["quantity"].value is None
    assert any(i.code == "repair_ambiguous" and i.field == "expenses.quantity" and i.line_start == 4 for i in issues)


def test_a_total_the_lines_do_not_reach_chooses_nothing():
    lines = table()
    issues = repair_lines(lines, D("40000.00"))
    assert lines[3]["quantity"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]
    assert any(i.code == "repair_ambiguous" and i.field == "expenses.quantity" and i.line_start == 4 for i in issues)


def test_letters_with_a_digit_or_more_than_three_are_no_such_quantity():
    assert not latin_quantity(line("6d", "100", "6,600", 1))  # a digit read: its own readings
    assert not latin_quantity(line("abcd", "100", "6,600", 1))
