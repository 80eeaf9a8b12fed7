"""A budget line whose amount reads as no number ("ฒ", its digits lost after a space), read by the sum as the product
of its quantity and unit amount as printed (only the total may choose it), beside a line whose unit amount reads as
no number, whose amount no product checks: one total settles one unknown, and the lines the sum would settle are
two ("๕ x ๑๕,๐๐๐ = ฒ" took 75,000 beside "๓ x อ ๐๐๐ = ๑๕,๐๐๐", for 4 x 18,000 = 72,000 and 18,000, each ๘ read
๕: extra2 bma_proposal_z001).  Neither is chosen; each is said (repair_ambiguous, rule sum)."""

from __future__ import annotations

import json
from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading

D = Decimal


def line(q: str, e: str, a: str, no: int) -> dict:
    return {"item": Reading(f"line {no}", f"line {no}", no, no),
            "quantity": Reading(D(thai_digits_to_arabic(q)).quantize(D("0.01")), q, no, no),
            "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}


def test_a_product_as_printed_beside_an_unchecked_amount_is_not_chosen():
    lines = [line("๕", "๑๕,๐๐๐", "ฒ", 1), line("๓", "๑๐,๐๐๐", "๓๐,๐๐๐", 2), line("๓", "อ ๐๐๐", "๑๕,๐๐๐", 3)]
    issues = repair_lines(lines, D("120000.00"))
    assert lines[0]["amount"].value is None and lines[2]["amount"].value == D("15000")
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = {(i.line_start, i.field) for i in issues if i.code == "repair_ambiguous"}
    assert (1, "expenses.amount") in doubt and (3, "expenses.amount") in doubt
    assert all(json.loads(i.evidence)["rule"] == "sum" for i in issues if i.code == "repair_ambiguous")


def test_beside_a_line_its_product_checks_the_sum_still_chooses():
    # the third line read whole (3 x 5,000 = 15,000): the sum settles the first line alone
    lines = [line("๕", "๑๕,๐๐๐", "ฒ", 1), line("๓", "๑๐,๐๐๐", "๓๐,๐๐๐", 2), line("๓", "๕,๐๐๐", "๑๕,๐๐๐", 3)]
    repair_lines(lines, D("120000.00"))
    assert lines[0]["amount"].value == D("75000.00")
