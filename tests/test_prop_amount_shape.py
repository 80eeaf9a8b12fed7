"""A budget line whose amount OCR printed with a character that is no digit ("ซอ,๐๐๐.-" for ๑๖,๐๐๐), its quantity
and unit amount read: the products of their readings that the amount's printed shape allows (as many digits,
grouped as printed, each printed digit one it stands for) are the line's readings, each checked by its product, so
the total in Thai words can choose among them with the other lines (money._shaped_products).  Before, the line was
read by its amount's look-alikes alone (6,000 ...), a free unknown beside which nothing was settled (s54o s54o005)."""

from __future__ import annotations

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_proposal.money import _amount_shape, _shaped_products, _values, amount_or_none, repair_lines
from schemas.document import Reading

D = Decimal


def line(q: str, e: str, a: str, no: int) -> dict:
    return {"item": Reading(f"line {no}", f"line {no}", no, no),
            "quantity": Reading(D(thai_digits_to_arabic(q)).quantize(D("0.01")), q, no, no),
            "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}


def values(lines: list[dict]) -> list[tuple]:
    return [tuple(rec[n].value for n in ("quantity", "unit_amount", "amount")) for rec in lines]


def test_an_amount_with_a_letter_for_a_digit_is_read_by_the_products_its_shape_allows():
    rec = line("๒", "๕,๐๐๐", "ซอ,๐๐๐.-", 3)
    assert rec["amount"].value is None
    products = _shaped_products(rec, [D("2.00")], [v for v in _values(rec["unit_amount"]) if v > 0])
    amounts = {t[2] for t in products}
    assert D("16000.00") in amounts and D("10000.00") in amounts
    assert all(len(f"{a:,.0f}") == 6 for a in amounts)  # two digits, a comma, three: as printed
    # a figure that reads as a number, or with no digit, or too many characters that are none, has no shape
    assert _amount_shape("๒๕,๐๐๐") is None and _amount_shape("ฒ") is None and _amount_shape("ซอ,ญ๐๐") is None


def test_the_total_chooses_the_one_product_that_reaches_it():
    # printed 3 x 15,100 = 45,300 ("๕๕,๓๐๐"), 2 x 12,500 = 25,000, 2 x 8,000 = 16,000 ("๕,๐๐๐", "ซอ,๐๐๐"),
    # 3 x 12,000 = 36,000 ("๓อ,๐๐๐"); total 122,300 in words
    lines = [line("๓", "๑๕,๑๐๐", "๕๕,๓๐๐", 1), line("๒", "๑๒,๕๐๐", "๒๕,๐๐๐", 2),
             line("๒", "๕,๐๐๐", "ซอ,๐๐๐.-", 3), line("๓", "๑๒,๐๐๐", "๓อ,๐๐๐.-", 4)]
    issues = repair_lines(lines, D("122300.00"))
    assert values(lines) == [(D("3.00"), D("15100.00"), D("45300.00")), (D("2.00"), D("12500.00"), D("25000.00")),
                             (D("2.00"), D("8000.00"), D("16000.00")), (D("3.00"), D("12000.00"), D("36000.00"))]
    repaired = {(i.line_start, i.field) for i in issues if i.code == "value_repaired"}
    assert repaired == {(1, "expenses.amount"), (3, "expenses.unit_amount"), (3, "expenses.amount"),
                        (4, "expenses.amount")}
    assert not [i for i in issues if i.code == "repair_ambiguous"]


def test_an_amount_read_as_0_with_a_sign_for_a_digit_is_read_by_its_shape():
    # "€0,000.00" for ๔๐,๐๐๐.๐๐: the sign a digit OCR made of, dropped by the figure's reading (0.00, which no line
    # costs); printed 4 x 10,000 ("๕", a ๔ the model cannot write) and 3 x 8,500 = 25,500 ("๕,5๐0.0๐"); total 65,500
    lines = [line("๕", "1๐.๐0๐.๐๐", "€0,000.00", 1), line("๓", "๕,5๐0.0๐", "2๕,๕0๐.๐๐", 2)]
    assert lines[0]["amount"].value == D("0.00")
    assert [''.join(sorted(s)) for s in _amount_shape("€0,000.00")][:3] == ["0123456789", "046", ","]
    issues = repair_lines(lines, D("65500.00"))
    assert values(lines) == [(D("4.00"), D("10000.00"), D("40000.00")), (D("3.00"), D("8500.00"), D("25500.00"))]
    assert all('"rule": "sum"' in i.evidence for i in issues if i.code == "value_repaired")


def test_a_shape_the_total_does_not_settle_is_said():
    # the same table with its total unread: line 3 keeps its several products, none chosen, each said
    lines = [line("๓", "๑๕,๑๐๐", "๕๕,๓๐๐", 1), line("๒", "๕,๐๐๐", "ซอ,๐๐๐.-", 3)]
    issues = repair_lines(lines, None)
    assert values(lines)[1][2] is None
    assert {i.field for i in issues if i.code == "repair_ambiguous" and i.line_start == 3} >= {"expenses.amount"}
