"""BMA progress expense lines of the "จำนวน N หน่วยๆ ละ X บาท เป็นเงิน Y บาท"
shape whose count OCR wrote with a Thai letter glued to its digits, a letter
not among those it writes for digits ("ค่าเกียรติบัตร จํานวน ๓ข ใบๆ ละ ๒๐.๐๐
บาท เป็นเงิน ..."): the figures' shape failed at the count, the whole line
(item, unit, unit amount, amount) was lost as text no rule placed.  Now right
after "จำนวน" such a token (digits and one Thai letter) is the count, kept as
printed and unreadable (clauses._LETTER_GLUED_QTY, entries._LOOKALIKE_IN_QTY_RE):
the row is kept with its item, unit and unit amount, and the count that could
not be read is said (unparsed_value), never its digits alone ("๔ข" read 4).  (The letter was ฆ before ฆ was measured
for ๗ and ๙ and listed: normalizers.confusions.LOOKALIKES; ข, measured seven times for ๗, is not.)"""

from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import expense_figures


def test_a_count_with_a_glued_letter_after_jamnuan_is_the_count():
    assert expense_figures("ค่าเกียรติบัตร จํานวน ๔ข ใบๆ\n\nละ ๒๕.๐๐ บาท เป็นเงิน\n\n๑,๑๗๕.๐๐ บาท") == [
        ("ค่าเกียรติบัตร", "๔ข", "ใบ", "๒๕.๐๐", "๑,๑๗๕.๐๐")]
    assert expense_figures("ค่าเกียรติบัตร จํานวน ๔๗ ใบๆ ละ ๒๕.๐๐ บาท เป็นเงิน ๑,๑๗๕.๐๐ บาท") == [
        ("ค่าเกียรติบัตร", "๔๗", "ใบ", "๒๕.๐๐", "๑,๑๗๕.๐๐")]


def test_without_jamnuan_a_letter_glued_count_makes_no_line():
    # no word saying a count follows: the token may be anything, the shape is not taken
    assert expense_figures("ค่าเกียรติบัตร ๔ข ใบๆ ละ ๒๕.๐๐ บาท เป็นเงิน ๑,๑๗๕.๐๐ บาท") == []


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : จัดทำโครงการเพื่อขออนุมัติ
ค่าจัดทำเอกสาร จำนวน ๕๒ เล่มๆ ละ ๑๒๐.๐๐ บาท เป็นเงิน ๖,๒๔๐.๐๐ บาท
ค่าเกียรติบัตร จํานวน ๔ข ใบๆ

ละ ๒๕.๐๐ บาท เป็นเงิน

ฒ,๑๗๕.๐๐ บาท
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = ๗,๔๑๕.๐๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_the_row_is_kept_and_what_could_not_be_read_is_said():
    rows = process_document("000.txt", _DOC.encode("utf-8"))
    first, second = rows["expenses"]
    assert first["item"] == "ค่าจัดทำเอกสาร" and first["amount"] == Decimal("6240.00")
    assert (second["item"], second["unit"], second["unit_amount"]) == ("ค่าเกียรติบัตร", "ใบ", Decimal("25.00"))
    assert second["quantity"] is None and second["amount"] is None  # never "๔ข" read 4
    said = {(i["code"], i["field"], i["line_start"]) for i in rows["issues"]}
    assert ("unparsed_value", "expenses.quantity", second["line_start"]) in said
    assert ("unparsed_value", "expenses.amount", second["line_start"]) in said
    assert not any(i["code"] == "unplaced_text" and "เกียรติบัตร" in (i["evidence"] or "") for i in rows["issues"])
