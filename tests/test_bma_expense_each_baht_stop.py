"""A unit amount whose "บาท" ends with a full stop alone ("ค่าตอบแทนวิทยากร จำนวน / 5 ชั่วโมงๆ ละ 600 บาท. / เป็นเงิน
๓,๐๐๐ บาท.-": fresh set s50z007, where OCR had read the word as "inn." and the Latin-unit reading took the stop,
until the clean stage learnt "inn" is บาท): the stop stood between the unit amount and "เป็นเงิน", so the line gave no
row, and the lines after it, taken with the figures of a column read out of order, were numbered one row early.
The stop is no figure's (clauses._EXPENSE_FIGURES_RE); a stop before a digit still is."""

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in


def _expenses(text: str) -> list:
    return [(ev.value.item, ev.value.quantity, ev.value.each, ev.value.amount)
            for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_full_stop_after_the_unit_amounts_baht():
    assert _expenses("ค่าตอบแทนวิทยากร จำนวน 5 ชั่วโมงๆ ละ 600 บาท. เป็นเงิน ๓,๐๐๐ บาท.-") == [
        ("ค่าตอบแทนวิทยากร", "5", "600", "๓,๐๐๐")]
    assert _expenses("ค่าอาหาร จำนวน ๕๐ คน x ๑๒๐ บาท . = ๖,๐๐๐ บาท") == [("ค่าอาหาร", "๕๐", "๑๒๐", "๖,๐๐๐")]


def test_the_stop_and_dash_and_a_stop_before_digits_as_before():
    assert _expenses("ค่าเช่ารถ จำนวน ๓ คันๆ ละ ๑๒,๐๐๐ บาท.- เป็นเงิน ๓๖,๐๐๐ บาท.-") == [
        ("ค่าเช่ารถ", "๓", "๑๒,๐๐๐", "๓๖,๐๐๐")]
    assert _expenses("ค่าวัสดุ จำนวน 2 ชุดๆ ละ 150.50 เป็นเงิน 301.00 บาท") == [("ค่าวัสดุ", "2", "150.50", "301.00")]
