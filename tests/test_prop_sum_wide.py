"""A budget whose lines, as read or as their products repair them, do not
reach the total in Thai words because a line whose printed figures multiply
out is itself misread ("๕" x "๒๐,๐๐๐" = "๕๐,๐๐๐" for 4 x 20,000 = 80,000:
the OCR model writes no ๔ and reads it ๕ in the quantity and the amount
alike).  Every line read every way its characters allow, the one choice that
reaches the total repairs each line it reads one way (rule sum); a line
read several ways stays as it was, and two lines no product checks (an
amount alone, a quantity of 1) prove nothing."""

from __future__ import annotations

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading


def line(q: str, e: str, a: str, no: int) -> dict:
    return {"item": Reading(f"line {no}", f"line {no}", no, no),
            "quantity": Reading(Decimal(thai_digits_to_arabic(q)).quantize(Decimal("0.01")), q, no, no),
            "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}


def values(lines: list[dict]) -> list[tuple]:
    return [tuple(rec[n].value for n in ("quantity", "unit_amount", "amount")) for rec in lines]


def test_lines_that_multiply_out_as_misread_are_read_the_one_way_the_total_allows():
    # printed 4 x 20,000 = 80,000, 4 x 10,000 = 40,000, 3 x 2,000 = 6,000; total 126,000 (in words)
    lines = [line("๕", "๒๐,๐๐๐", "๕๐,๐๐๐", 1), line("๕", "๑๐,๐๐๐", "๕๐,๐๐๐", 2), line("๓", "๒,๐๐๐", "๒,๐๐๐", 3)]
    issues = repair_lines(lines, Decimal("126000.00"))
    d = Decimal
    assert values(lines) == [(d("4.00"), d("20000.00"), d("80000.00")), (d("4.00"), d("10000.00"), d("40000.00")),
                             (d("3.00"), d("2000.00"), d("6000.00"))]
    repaired = {(i.line_start, i.field) for i in issues if i.code == "value_repaired"}
    assert repaired == {(1, "expenses.quantity"), (1, "expenses.amount"), (2, "expenses.quantity"),
                        (2, "expenses.amount"), (3, "expenses.amount")}
    # line 3 its own product repairs (3 x 2,000 is 6,000, the ๖ read ๒); lines 1 and 2 only the total can
    assert all(('"rule": "sum"' in i.evidence) == (i.line_start < 3) for i in issues if i.code == "value_repaired")


def test_two_lines_no_product_checks_are_not_read_so():
    # 1 x 12,500 = 12,500 and 1 x 6,000 = 6,000 with the ๖ read ๑ (no listed misread): the total 18,500 is
    # reached as 16,900 + 1,600 too, a coincidence of two figures each printed twice; nothing is changed
    lines = [line("๑", "๑๒,๕๐๐.๐๐", "๑๒,๕๐๐.๐๐", 1), line("๑", "๑,๐๐๐.๐๐", "๑,๐๐๐.๐๐", 2)]
    issues = repair_lines(lines, Decimal("18500.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert values(lines)[0][2] == Decimal("12500.00") and values(lines)[1][2] == Decimal("1000.00")


def test_a_line_read_by_its_amount_alone_does_not_let_the_total_overturn_a_line_that_multiplies_out():
    # printed 4 x 18,000 = 72,000, 3 x 10,000 = 30,000, 4 x 8,500 = 34,000 (total 136,000): the first amount read
    # "ต๒,๐๐๐" (no reading of it multiplies out: a line the total alone may read), the third "๕ x ๕,๕๐๐ =
    # ๓๕,๐๐๐" (several readings multiply out).  Read every way, 6,400 + 9 x 10,000 + 4 x 9,900 is the one choice
    # that reaches the total, overturning "๓ x ๑๐,๐๐๐ = ๓๐,๐๐๐"; with the first line free, that line is read as
    # printed, no choice then reaches the total: nothing is chosen, and the lines are said
    lines = [line("๕", "๑๕,๐๐๐", "ต๒,๐๐๐", 1), line("๓", "๑๐,๐๐๐", "๓๐,๐๐๐", 2), line("๕", "๕,๕๐๐", "๓๕,๐๐๐", 3)]
    issues = repair_lines(lines, Decimal("136000.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert values(lines)[1] == (Decimal("3.00"), Decimal("10000.00"), Decimal("30000.00"))
    assert {i.line_start for i in issues if i.code == "repair_ambiguous"} == {1, 3}
