"""An expense line whose unit amount holds a Thai letter OCR writes for a Thai digit it cannot write, its baht word
after it ("ค่าอาหารว่าง จํานวน ๑๐๓ คนๆ AY ๕ซ.๕๐ บาท เป็นเงิน ๕,๐๕๒.๕๐ บาท", ซ for the ๗ of ๔๗.๕๐: fresh set s112q,
bma_progress_s112q006): no alternative of the unit amount took a token with a Thai letter in it, so the line was no
expense line, its row lost and each later line of the entry took the row of the one before it, silently.  The
token before the baht word is the unit amount (clauses._LETTER_EACH): kept as printed, unreadable, mended from the
line's product where that holds, or said."""

import pytest

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from tests.test_repair import entries, form, read


pytestmark = pytest.mark.usefixtures("repair_on")


def _expenses(text: str) -> list:
    return [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_unit_amount_with_a_lookalike_letter_keeps_the_line():
    got = _expenses("ค่าอาหารว่าง จำนวน ๑๐๓ คนๆ AY ๕ซ.๕๐ บาท เป็นเงิน ๕,๐๕๒.๕๐ บาท "
                    "ค่าอาหารกลางวัน จำนวน ๑๕๕ คนๆ ละ ๑๐๐.๐๐ บาท เป็นเงิน ๑๕,๕๐๐.๐๐ บาท")
    assert [(e.item, e.quantity, e.unit, e.each, e.amount) for e in got] == [
        ("ค่าอาหารว่าง", "๑๐๓", "คน", "๕ซ.๕๐", "๕,๐๕๒.๕๐"),
        ("ค่าอาหารกลางวัน", "๑๕๕", "คน", "๑๐๐.๐๐", "๑๕,๕๐๐.๐๐")]


def test_a_word_after_the_count_is_no_unit_amount():
    assert _expenses("ค่าวัสดุ จำนวน ๓ ชุดๆ ละ สองร้อย บาท เป็นเงิน ๖๐๐ บาท") == []


def test_its_unit_amount_is_mended_from_the_line_or_said():
    lines = "ค่าอาหาร 20 คน x 3ซ บาท = 740 บาท\nค่าวัสดุ = 600 บาท\n"
    rows = read(form(entries=entries(lines_3=lines)))
    got = sorted((e["seq"], e["item"], str(e["unit_amount"]), str(e["amount"])) for e in rows["expenses"])
    assert got == [(1, "ค่าอาหาร", "37.00", "740.00"), (2, "ค่าวัสดุ", "None", "600.00")]
    assert [i for i in rows["issues"] if i["field"] == "expenses.unit_amount" and i["code"] == "value_repaired"]
    rows = read(form(entries=entries(lines_3=lines.replace("740", "750"))))
    (first,) = [e for e in rows["expenses"] if e["seq"] == 1]
    assert first["unit_amount"] is None
    assert [i for i in rows["issues"] if i["field"] == "expenses.unit_amount" and i["severity"] in ("error", "warning")]
