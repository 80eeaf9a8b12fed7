"""BMA progress expense lines whose quantity OCR wrote as the Thai letters it
writes for Thai digits it cannot write ("ค่าตอบแทนวิทยากร ซ ชั่วโมง % ๑,๒๐๐ บาท
= ...", ซ for ๗, s29o005; "๓ซ คน %" for ๗๗, s30o002; "๓ฒ คน x" for ๙๙, s33z006;
"ฒ ชั่วโมง x" for ๙, s30z006): the figures' shape failed at the quantity, the
line was read as "item = amount", the count, unit and unit amount inside the
item.  Now such a token (digits and those letters, one letter at least) is the
quantity, kept as printed and unreadable (never the digits around the letter:
"๓ซ" is no 3), for the line's product to mend or an issue to say.

And an amount whose thousands comma OCR read as a space ("= 4 7๐2.๕0 บาท",
"= ๕ ๒๕๐ บาท"): its groups joined, not its first group alone (4.00)."""

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values
from pipeline.stages import process_document
from tests.conftest import expense_figures


def test_a_quantity_of_thai_lookalike_letters_is_the_quantity_unreadable():
    assert expense_figures("ค่าตอบแทนวิทยากร ซ ชั่วโมง %\n๑,๒๐๐ บาท = ๕,๕๐๐ บาท") == [
        ("ค่าตอบแทนวิทยากร", "ซ", "ชั่วโมง", "๑,๒๐๐", "๕,๕๐๐")]
    (line,) = expense_figures("ค่าอาหารว่างและเครื่องดื่ม ๓ซ คน % ๓๕.- บาท = ๒,๒๕๕.- บาท")
    assert line[:4] == ("ค่าอาหารว่างและเครื่องดื่ม", "๓ซ", "คน", "๓๕")
    (_, _, event), = expenses_in(*(lambda t: (thai_digits_to_arabic(t), t))("ค่าอาหาร ๓ฒ คน x 47.50 บาท = 4,702.50 บาท"), 1)
    values, bad = expense_values(event.value)
    # never the digit beside the letter ("๓ฒ" read 3.00): unreadable, for the product or an issue
    assert values["quantity"] is None and bad == ["quantity"]
    assert values["unit_amount"] == Decimal("47.50") and values["amount"] == Decimal("4702.50")


def test_a_quantity_with_a_symbol_between_its_digits_is_the_quantity_unreadable():
    # "๕«2 เล่ม x" for ๘๒ (fresh set s96p): before, "๕«" ended the item's words and the count read 2, silently
    (line,) = expense_figures("ค่าจัดทำเอกสาร\n๕«2 เล่ม x 5๐ บาท = 4,100 บาท")
    assert line == ("ค่าจัดทำเอกสาร", "๕«2", "เล่ม", "5๐", "4,100")
    line = "ค่าจัดทำเอกสาร ๕«2 เล่ม x 5๐ บาท = 4,100 บาท"
    (_, _, event), = expenses_in(thai_digits_to_arabic(line), line, 1)
    values, bad = expense_values(event.value)
    assert values["quantity"] is None and bad == ["quantity"]
    # a count of digits alone reads as before
    assert expense_figures("ค่าอาหาร ๑๒ คน x ๕๐ บาท = ๖๐๐ บาท")[0][1] == "๑๒"


def test_a_readable_quantity_and_a_leading_lookalike_read_as_before():
    assert expense_figures("ค่าอาหาร 50 คนๆ ละ 200 บาท เป็นเงิน 10,000 บาท") == [("ค่าอาหาร", "50", "คน", "200", "10,000")]
    (_, _, event), = expenses_in("ค่าอาหาร อ12 คน x 50 = 30,600 บาท", "ค่าอาหาร อ12 คน x 50 = 30,600 บาท", 1)
    assert expense_values(event.value)[0]["quantity"] == Decimal("12")  # (the leading อ: unchanged)


def test_lookalike_letters_in_words_make_no_quantity():
    # a word holding the letters ("ส่ง") or a token with other letters before the unit: no quantity there
    assert expense_figures("ค่าจัดส่ง เอกสาร = 1,500 บาท") == [("ค่าจัดส่ง เอกสาร", None, None, None, "1,500")]


def test_an_amount_whose_comma_ocr_read_as_a_space_is_read_whole():
    assert expense_figures("ค่าอาหารกลางวัน we คน x 47.๕0 บาท =\n\n4 7๐2.๕0 บาท ค่าอาหาร 60 คน % ๒๕๐ บาท = ๑๕,๐๐๐ บาท") == [
        ("ค่าอาหารกลางวัน", "we", "คน", "47.๕0", "4,7๐2.๕0"), ("ค่าอาหาร", "60", "คน", "๒๕๐", "๑๕,๐๐๐")]
    (_, _, event), = expenses_in(*(lambda t: (thai_digits_to_arabic(t), t))("ค่าอาหาร ๓๕ คน % ๑๕๐ บาท = ๕ ๒๕๐ บาท"), 1)
    assert expense_values(event.value)[0]["amount"] == Decimal("5250")


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : จัดทำโครงการเพื่อขออนุมัติ ค่าตอบแทนวิทยากร ซ ชั่วโมง % 1,200 บาท = 8,400 บาท
ค่าอาหารกลางวัน ๓ฒ คน x 47.50 บาท = 4,702.50 บาท
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 13,102.50 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_the_lines_are_read_with_unit_and_price_and_the_quantity_mended_or_said():
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    first, second = rows["expenses"]
    assert (first["item"], first["unit"], first["unit_amount"], first["amount"]) == (
        "ค่าตอบแทนวิทยากร", "ชั่วโมง", Decimal("1200.00"), Decimal("8400.00"))
    assert first["quantity"] == Decimal("7.00")  # 8,400 / 1,200: ซ, OCR's letter for ๗
    assert (second["item"], second["unit"], second["unit_amount"], second["amount"]) == (
        "ค่าอาหารกลางวัน", "คน", Decimal("47.50"), Decimal("4702.50"))
    # no reading of "๓ฒ" the product rules weigh makes the product hold; the amount, adding up with the other line to
    # the disbursement, over the unit amount (sure) is 99, the ๙๙ printed (repairs._quantities_by_settled_lines)
    assert second["quantity"] == Decimal("99.00")
    said = {(i["code"], i["field"], i["line_start"]) for i in rows["issues"]}
    assert ("value_repaired", "expenses.quantity", first["line_start"]) in said
    assert ("value_repaired", "expenses.quantity", second["line_start"]) in said


def test_an_item_holding_the_price_s_baht_says_its_count_unit_and_price_were_lost():
    # the count, unit and price garbled past the shape ("» ชัวโมง « doo บาท.-": a look-alike count, "«" for the
    # sign): the line reads "item = amount", its item holding them (fresh set s96q); the unit's loss was silent
    text = _DOC.replace("ค่าตอบแทนวิทยากร ซ ชั่วโมง % 1,200 บาท = 8,400 บาท",
                        "ค่าตอบแทนวิทยากร » ชัวโมง « doo บาท.- = 8,400 บาท")
    rows = process_document("000.txt", text.encode("utf-8"))
    first = rows["expenses"][0]
    assert first["unit"] is None and first["amount"] == Decimal("8400.00")
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "expenses"]
    assert len(said) == 1 and said[0]["line_start"] == first["line_start"] and "บาท" in said[0]["message"]
    # a line read whole says nothing so
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    assert not [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "expenses"]
