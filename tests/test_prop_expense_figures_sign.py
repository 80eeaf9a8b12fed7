"""BMA progress expense figures printed with a ฿ sign that OCR read as an 8 or 3 where no product or sum could
prove it ("ค่าเช่ารถโดยสาร = 813,300 ค่าเกียรติบัตร = B16,800", s34z005; "ค่าอาหาร ๑๕๐ คน % 8๑5๐ = 82๑,๐๐๐", s36o007,
its digits misread too): where the copy shows the sign before its figures (read as a sign at least twice), every
expense figure opens with a sign, none with another bare digit, none with an 8 after a sign read as one, and
none is followed by บาท, a figure's leading 8 or 3 is the sign: dropped, and said (value_repaired where the digits
after it are sure, else repair_ambiguous, kept without the sign).  A document that prints บาท after its figures, or
one whose figures open with other bare digits, keeps its 8s."""

from decimal import Decimal

from parsers.bma_progress.baht_sign import expense_signs
from pipeline.stages import process_document
from schemas.document import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_a_copy_that_shows_its_sign_and_opens_every_figure_with_one():
    assert expense_signs(_lines("ค่าเช่ารถโดยสาร = 813,300 ค่าเกียรติบัตร = B16,800",
                                "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = B30,100"))


def test_no_sign_shown_a_unit_a_bare_digit_or_a_shown_eight_keeps_the_digits():
    assert not expense_signs(_lines("ค่าเช่ารถโดยสาร = 813,300 ค่าเกียรติบัตร = 816,800"))  # no sign read as one
    assert not expense_signs(_lines("ค่าอาหาร 10 คน x 80 บาท = 800 บาท", "= B0 : = B0"))  # บาท: no ฿ printed
    assert not expense_signs(_lines("ค่าเช่ารถโดยสาร = 813,300 ค่าวัสดุ = 16,800", "= B0 : = B0"))  # a bare 1
    assert not expense_signs(_lines("ค่าเช่ารถโดยสาร = 813,300 ค่าวัสดุ = B8,500", "= B0"))  # an 8 after a sign


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : จัดทำโครงการเพื่อขออนุมัติ
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = B0 : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ 2 :: 15/12/2565 : ดำเนินการจัดสัมมนา ค่าเช่ารถโดยสาร = 813,300 ค่าเกียรติบัตร = B16,800
ค่าอาหาร 150 คน x 8150 = 822,500
:: ความก้าวหน้าของงานฯ = 50.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = B5๒,๕๐๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_the_leading_eights_are_dropped_and_said():
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    got = [(e["item"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert got == [("ค่าเช่ารถโดยสาร", None, Decimal("13300.00")), ("ค่าเกียรติบัตร", None, Decimal("16800.00")),
                   ("ค่าอาหาร", Decimal("150.00"), Decimal("22500.00"))]
    said = {(i["code"], i["field"]) for i in rows["issues"] if '"baht_sign"' in (i["evidence"] or "")}
    assert ("value_repaired", "expenses.amount") in said and ("value_repaired", "expenses.unit_amount") in said


def test_a_copy_that_prints_baht_keeps_its_eights():
    doc = _DOC.replace("= 813,300 ค่าเกียรติบัตร = B16,800", "= 813,300 บาท ค่าเกียรติบัตร = 16,800 บาท")
    rows = process_document("000.txt", doc.encode("utf-8"))
    assert rows["expenses"][0]["amount"] == Decimal("813300.00")
