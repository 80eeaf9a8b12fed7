"""A proposal budget line whose figures multiply out, by the table of OCR confusions, only with two of them read
otherwise and four of their digits changed ("๑๑ x ๒๐๐.๐๐ = อ,๑๐๐.๐๐": 11 x 560 = 6,160), where a misread the table
leaves out as rare, of a digit the document's OCR never writes in Thai (๖ read as ๑), gives a reading that changes
as many figures and fewer of their digits (11 x 600 = 6,600: ๖ read ๒ in the unit amount, ๑ in the amount, the
truth of fresh set s112o, bma_proposal_s112o001, repaired to 560 and 6,160 before).  No total checks the line, so
none is chosen and both readings are said (money._rare_product, money._digits_changed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.bma_proposal.money import repair_lines
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _line() -> dict[str, Reading]:
    return {"item": Reading("วิทยากรภายใน", "วิทยากรภายใน", 147, 147),
            "quantity": Reading(Decimal(11), "๑๑", 147, 147),
            "unit_amount": Reading(Decimal(200), "๒๐๐.๐๐", 147, 147),
            "amount": Reading(None, "อ,๑๐๐.๐๐", 147, 147)}


def test_a_rare_misread_reading_fewer_digits_leaves_the_line_as_read():
    line = _line()
    issues = repair_lines([line], None, unread="46789")
    assert line["unit_amount"].value == Decimal(200) and line["amount"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]
    doubts = [i for i in issues if i.code == "repair_ambiguous"]
    assert doubts and "6,160" in doubts[0].message and "6,600" in doubts[0].message


def test_where_the_ocr_writes_every_digit_the_table_s_reading_is_taken():
    line = _line()
    issues = repair_lines([line], None, unread="")
    assert line["unit_amount"].value == Decimal("560.00") and line["amount"].value == Decimal("6160.00")
    assert {i.field for i in issues if i.code == "value_repaired"} == {"expenses.unit_amount", "expenses.amount"}
