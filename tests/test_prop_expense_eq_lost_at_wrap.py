"""A BMA progress expense line whose "=" OCR lost where the line wraps
between its item and its amount ("... ค่าเกียรติบัตร" / "8,๒๐0.- บาท
ค่าเช่ารถโดยสาร = ..."): the item ran into the description, its amount was
lost or taken by the line before it, and every line of the entry after it
stood one place off.  An item in words ending its line, the next line
opening with an amount and its baht word, is read as though the "=" stood
at the break (clauses._EQ_LOST_AT_WRAP_RE)."""

from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import expense_figures


def test_an_item_ending_its_line_takes_the_amount_opening_the_next():
    assert expense_figures("ประชุมผู้บริหาร ค่าเกียรติบัตร\n8,๒๐0.- บาท ค่าเช่ารถโดยสาร = 7,๗๐๐.- บาท") == [
        ("ค่าเกียรติบัตร", None, None, None, "8,๒๐0"), ("ค่าเช่ารถโดยสาร", None, None, None, "7,๗๐๐")]
    assert expense_figures("ดำเนินการ ค่าวัสดุ\n10,500.00 บาท") == [("ค่าวัสดุ", None, None, None, "10,500.00")]


def test_no_line_without_the_break_or_without_the_baht_word():
    # on one line with no "=", or a bare number on the next line (a count, a page number): no expense line
    assert expense_figures("ค่าวัสดุ 10,500.00 บาท") == []
    assert expense_figures("ดำเนินการ ค่าวัสดุ\n12 ชุด") == []
    assert expense_figures("ค่าวัสดุ 5 ชุด\n10,500.00 บาท") == []  # (a figure in the item: no item in words)


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : ประชุมผู้บริหารสถานศึกษา ค่าเกียรติบัตร
8,200.- บาท ค่าเช่ารถโดยสาร = 7,700.- บาท
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 15,900 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_the_entry_keeps_both_lines_and_its_description_no_item():
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    assert [(e["item"], e["amount"]) for e in rows["expenses"]] == [
        ("ค่าเกียรติบัตร", Decimal("8200.00")), ("ค่าเช่ารถโดยสาร", Decimal("7700.00"))]
    (report,) = rows["progress_reports"]
    assert report["description"] == "ประชุมผู้บริหารสถานศึกษา"


def test_a_unit_amount_ending_its_line_takes_the_amount_opening_the_next():
    # "quantity unit x each" ending a line, its "=" lost at the wrap: the next line's amount is the line's
    assert expense_figures("สรุปผล\nค่าตอบแทนวิทยากร 3 ชั่วโมง x 1,500 บาท.-\n4,500 บาท.- ค่าอาหาร 40 คน x 150 บาท.- =\n"
                           "6,000 บาท.-") == [("ค่าตอบแทนวิทยากร", "3", "ชั่วโมง", "1,500", "4,500"),
                                             ("ค่าอาหาร", "40", "คน", "150", "6,000")]
    assert expense_figures("ค่าถ่ายเอกสาร ๒๐๐ ชุด x ฿๑๕\n฿๓,๐๐๐") == [("ค่าถ่ายเอกสาร", "๒๐๐", "ชุด", "๑๕", "๓,๐๐๐")]


def test_no_line_where_the_unit_amount_has_no_baht_word_or_no_sign_joins_it():
    assert expense_figures("ค่าอาหาร 40 คน x 150\n6,000 บาท") == []  # (no baht word: a bare figure, no unit amount)
    assert expense_figures("ค่าอาหาร 40 คน 150 บาท\n6,000 บาท") == []  # (no sign joins the count to it)
