"""A BMA progress expense line whose "=" OCR lost where the line wraps between its unit amount and its amount
("ค่าตอบแทนวิทยากร 4 ชัวโมง x 1,200 บาท.-" / "4,800 บาท.- ค่าอาหาร ..."): the line gave no row, and the entry's
lines after it each stood one place off (the unit of the next line, right for its own line, was scored against the
lost line's: fresh set s61z's bma_progress 007).  A line ending with a quantity, its unit, the times sign and a unit
amount in baht, the next line opening with an amount in baht that is their product, is read as though the "=" stood
at the break (clauses._EQ_LOST_AT_WRAP_RE, its second case); the product repair then weighs the three figures, as
for any expense line, so a figure there that is not the product is said, not taken silently."""

from tests.conftest import expense_figures


def test_the_product_opening_the_next_line_is_the_amount():
    assert expense_figures("สรุปผล ค่าเช่าห้องประชุม ๓ วัน x ๒,๕๐๐ บาท.-\n๗,๕๐๐ บาท.- ค่าวัสดุ ๒ ชุด x ๕๐ บาท = ๑๐๐ บาท") == [
        ("ค่าเช่าห้องประชุม", "๓", "วัน", "๒,๕๐๐", "๗,๕๐๐"), ("ค่าวัสดุ", "๒", "ชุด", "๕๐", "๑๐๐")]
    assert expense_figures("ค่าอาหารว่าง 40 คน x 35 บาท\n1,400 บาท") == [("ค่าอาหารว่าง", "40", "คน", "35", "1,400")]
