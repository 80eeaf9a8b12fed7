"""A proposal budget line whose figures multiply out, by the table of OCR confusions, only with two of them read
otherwise ("๕๑ x ๑๒๐ = ๑๐,๓๒๐": 91 x 120 = 10,920, ๕ read for ๙ and ๓ for ๙), where a misread the table leaves
out as rare, of a digit the document's OCR never writes in Thai, gives a reading that changes fewer figures
(86 x 120 = 10,320, ๘๖ read ๕๑: the amount as printed): no total checks the line, so none is chosen and both
readings are said (money._rare_product; fresh set s85o, bma_proposal_s85o002, repaired to 91 and 10,920: the
truth 86 and 10,320).  Where the OCR writes every digit, the table's reading is taken as before."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.money import repair_lines
from schemas.document import Reading


def _line() -> dict[str, Reading]:
    return {"item": Reading("ผู้เข้ารับการอบรม", "ผู้เข้ารับการอบรม", 123, 123),
            "quantity": Reading(Decimal(51), "๕๑", 123, 123),
            "unit_amount": Reading(Decimal(120), "๑๒๐", 123, 123),
            "amount": Reading(Decimal(10320), "๑๐,๓๒๐.-", 123, 123)}


def test_a_rare_misread_reading_fewer_figures_otherwise_leaves_the_line_as_read():
    line = _line()
    issues = repair_lines([line], None, unread="46789")
    assert line["quantity"].value == Decimal(51) and line["amount"].value == Decimal(10320)
    assert not [i for i in issues if i.code == "value_repaired"]
    doubts = [i for i in issues if i.code == "repair_ambiguous"]
    assert doubts and "86" in doubts[0].message and "10,920" in doubts[0].message


def test_where_the_ocr_writes_every_digit_the_table_s_reading_is_taken():
    line = _line()
    issues = repair_lines([line], None, unread="")
    assert line["quantity"].value == Decimal(91) and line["amount"].value == Decimal(10920)
    assert {i.field for i in issues if i.code == "value_repaired"} == {"expenses.quantity", "expenses.amount"}
