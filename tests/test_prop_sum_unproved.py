"""The sum of a budget's lines that fits only by two lines whose amounts no
product proves (their figures as read do not multiply out, nor does any
reading of them): one total settles one unknown, so such a fit is a
coincidence of readings, and the lines it would change are left as read and
said (repair_ambiguous), the other unproved line too (s19prb009, once its
copies' figures were voted right)."""

from __future__ import annotations

from decimal import Decimal


def test_a_sum_that_fits_only_by_another_line_proved_by_no_product_chooses_nothing():
    # s19prb009's lines: line 4's amount '¢,800' (๔,๘๐๐) has no reading that multiplies out, line 3's '๓.๐0๐' none
    # either; the total (55,800) is reached by reading line 3 as 7,000 against line 4's 800: a fit that rests on
    # an amount nothing proves.  Neither is changed; both are said.
    from parsers.bma_proposal.money import repair_lines
    from schemas.document import Reading

    def line(q: str, e: str, a: str, no: int) -> dict:
        from normalizers.numbers import thai_digits_to_arabic
        from parsers.bma_proposal.money import amount_or_none
        return {"item": Reading(f"line {no}", f"line {no}", no, no),
                "quantity": Reading(Decimal(thai_digits_to_arabic(q)).quantize(Decimal("0.01")), q, no, no),
                "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}
    lines = [line("2", "18,000", "36,000", 1), line("๒", "6,000", "๑๒.๐๐๐", 2), line("๕", "๑๐๐", "๓.๐0๐", 3),
             line("8", "๒๐๐", "¢,800", 4)]
    assert lines[2]["amount"].value == Decimal("3000.00") and lines[3]["amount"].value == Decimal("800.00")
    issues = repair_lines(lines, Decimal("55800.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert lines[2]["amount"].value == Decimal("3000.00")
    assert {(i.line_start, i.field) for i in issues if i.code == "repair_ambiguous"} >= {
        (3, "expenses.amount"), (4, "expenses.amount")}
