"""BMA progress expense lines whose joining signs OCR blurred with a speck: the "x" between the count's unit and
the unit amount read twice ("ใบ xX ๓๕.- UM =", s37o006; "คน xX 25 บาท =", s34o006; "ชั่วโมง xX ๒๐๐.- UM =",
corpus 030), and a separator speck OCR put between the "=" and the amount, which a wrap may carry to the next line
("เล่ม x 80 บาท = ;" / "13,920 บาท", s37o007).  Before, the figures' shape failed: the first line was read as
"item = amount" with the count, unit and price inside its item, the second was no expense line at all.  Now both
read as the shape says; a letter between the unit and the price that is no sign, a speck with no amount after
it, still read no expense line's figures."""

from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import expense_figures


def test_a_sign_ocr_read_twice_joins_the_count_and_the_price():
    assert expense_figures("ค่าเกียรติบัตร ๕๒ ใบ xX ๓๕.- UM = ๑,๕๓๐ บาท") == [
        ("ค่าเกียรติบัตร", "๕๒", "ใบ", "๓๕", "๑,๕๓๐")]
    assert expense_figures("ค่าอาหารว่างและเครื่องดื่ม 95 คน xX 25 บาท = 2375 บาท") == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "95", "คน", "25", "2375")]


def test_a_separator_speck_before_the_amount_is_passed_over():
    assert expense_figures("ค่าจัดทำเอกสาร 174 เล่ม x 80 บาท = ;\n13,920 บาท :: ความก้าวหน้าของงานฯ = 38") == [
        ("ค่าจัดทำเอกสาร", "174", "เล่ม", "80", "13,920")]
    assert expense_figures("ค่าอาหาร 60 คน % ๒๕๐ บาท = | ๑๕,๐๐๐ บาท") == [("ค่าอาหาร", "60", "คน", "๒๕๐", "๑๕,๐๐๐")]


def test_letters_or_a_lone_speck_are_no_sign_nor_amount():
    # "xy" is no doubled sign; a speck with no figure after it leaves the amount unread (no line)
    assert expense_figures("ค่าอาหาร 60 คน xy 250 บาท = 15,000 บาท")[0][1:4] != ("60", "คน", "250")
    assert expense_figures("ค่าอาหาร 60 คน x 250 บาท = ; ความก้าวหน้า") == []


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : จัดทำโครงการเพื่อขออนุมัติ ค่าเกียรติบัตร 52 ใบ xX 35.- UM = 1,820 บาท
ค่าจัดทำเอกสาร 174 เล่ม x 80 บาท = ;
13,920 บาท :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 15,740 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_both_lines_are_the_entrys_with_their_figures():
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    got = [(e["report_seq"], e["item"], e["quantity"], e["unit"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert got == [(1, "ค่าเกียรติบัตร", Decimal("52.00"), "ใบ", Decimal("35.00"), Decimal("1820.00")),
                   (1, "ค่าจัดทำเอกสาร", Decimal("174.00"), "เล่ม", Decimal("80.00"), Decimal("13920.00"))]
    assert not [i for i in rows["issues"] if (i["field"] or "").startswith("expenses")]
