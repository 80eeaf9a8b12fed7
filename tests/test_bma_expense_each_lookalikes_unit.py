"""An expense line whose unit amount OCR read as Latin look-alikes of digits alone, its "บาท" after it
("ค่าอาหารกลางวัน จํานวน ๑๓๕ คนๆ AL oo บาท.- เป็นเงิน ๓,๓๕๐ บาท.-", ๗๐ read "oo": fresh set s57o010): no alternative
of the unit amount took a token with neither a digit nor a character no look-alike is, so the line was no expense
line, its row lost and each later line of the entry one row off.  The unit word after the token says it is the
unit amount (clauses._GARBLED_EACH_UNIT): kept as printed, unreadable (entries.expense_values: no digit in it),
mended from amount / quantity where that is whole, or said."""

import pytest

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from tests.test_repair import entries, form, read


pytestmark = pytest.mark.usefixtures("repair_on")


def _expenses(text: str) -> list:
    return [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_unit_amount_of_lookalikes_before_its_baht_word_keeps_the_line():
    got = _expenses("ค่าอาหาร จำนวน ๔๒ คนๆ AL oo บาท.- เป็นเงิน ๒,๙๔๐ บาท.-\n"
                    "ค่าเกียรติบัตร จำนวน ๑๘ ใบๆ ละ ๒๐ บาท.- เป็นเงิน ๓๖๐ บาท.-")
    assert [(e.item, e.quantity, e.unit, e.each) for e in got] == [
        ("ค่าอาหาร", "๔๒", "คน", "oo"), ("ค่าเกียรติบัตร", "๑๘", "ใบ", "๒๐")]
    (one,) = _expenses("ค่าวัสดุ 12 ชุด x @o บาท = 840 บาท")
    assert one.each == "@o" and one.amount == "840"


def test_its_unit_amount_is_mended_from_the_line_or_said_never_read_as_zeros():
    lines = "ค่าอาหาร 20 คน x oo บาท = 1,400 บาท\nค่าวัสดุ = 600 บาท\n"
    rows = read(form(entries=entries(lines_3=lines)))
    got = sorted((e["seq"], e["item"], str(e["unit_amount"]), str(e["amount"])) for e in rows["expenses"])
    assert got == [(1, "ค่าอาหาร", "70.00", "1400.00"), (2, "ค่าวัสดุ", "None", "600.00")]
    assert [i for i in rows["issues"] if i["field"] == "expenses.unit_amount" and i["code"] == "value_repaired"]
    rows = read(form(entries=entries(lines_3=lines.replace("1,400", "1,410"))))
    (first,) = [e for e in rows["expenses"] if e["seq"] == 1]
    assert first["unit_amount"] is None
    assert [i for i in rows["issues"] if i["field"] == "expenses.unit_amount" and i["severity"] in ("error", "warning")]
