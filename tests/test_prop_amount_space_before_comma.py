"""BMA proposals after OCR whose budget figure had a space set before its thousands separator ("๕ ,๐๐๐.-" for
๘,๐๐๐.-, "๑๕ ,๐๐๐.๐๐"; fresh sets s67o, s69z, s70z, s72o, s73a and extra2), or a ๒ written as two Thai letters
glued before its next digit ("ใต๐,๐๐๐.-" for ๒๐,๐๐๐.-, "ไต๕,๐๐๐.๐๐" for ๒๔,๐๐๐.๐๐; s67o, s72o).  The first read
as no number, and its readings, which the repairs weigh, held only the group after the comma ("๐๐๐.-": 0, 600,
400 ...), so the line could not multiply out and the figure stayed unread (s69z001's unit amount 8,000); the
second's readings held the figure without its leading digit (0, 4,000, 5,000 ...).  A figure's readings
(money._figure) now leave the space before a comma out (a comma opens no figure: the digits before it are the
figure's leading group) and read the two letters as the ๒ they stand for; the figure as printed still reads as
no number (a repair, weighing the line, reads it, and says so), as one whose separator OCR read as a space does
(tests/test_prop_amount_space.py).  The item columns OCR read down its columns are placed by the same readings
(columns._readings): s72o003's table, whose placements tied on readings of the wrong digits, is placed and read."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.money import _figure, _values, amount_or_none
from schemas.document import Reading
from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าวัสดุสำนักงาน                                           ๑๐,๐๐๐.๐๐
วัสดุสำนักงาน           ๔ ชุด                {each}         ๑๐,๐๐๐.๐๐
รวมทั้งสิ้น                                                     ๑๐,๐๐๐.๐๐
"""


def test_a_unit_amount_with_a_space_before_its_comma_is_read_by_the_line_product():
    rows = run(_with_table(_TABLE.format(each="๒ ,๕๐๐.๐๐")))
    assert _lines(rows) == [("ค่าวัสดุสำนักงาน", "วัสดุสำนักงาน", "4.00", "ชุด", "2500.00", "10000.00")]
    (said,) = [i for i in rows["issues"] if i["field"] == "expenses.unit_amount" and i["code"] == "value_repaired"]
    assert "๒ ,๕๐๐.๐๐" in said["message"]


def test_the_space_before_a_comma_is_left_out_of_the_readings():
    assert _figure("๕ ,๐๐๐.-") == "๕,๐๐๐."
    assert Decimal("8000.00") in _values(Reading(None, "๕ ,๐๐๐.-", 1, 1))
    assert amount_or_none("๕ ,๐๐๐.-") is None  # as printed: no number (the repairs read it)
    assert _figure("๒ 250.๐๐") == "๒,250.๐๐"  # the separator read as a space, as before


def test_two_letters_glued_before_a_digit_read_as_a_two():
    assert _figure("ใต๐,๐๐๐.-") == "๒๐,๐๐๐."
    assert Decimal("24000.00") in _values(Reading(None, "ไต๕,๐๐๐.๐๐", 1, 1))
    assert _figure("ใต๕ ,๐๐๐.-") == "๒๕,๐๐๐."
    assert _figure("ไต ๕,๐๐๐") == "๕,๐๐๐"  # apart from the figure: not glued to it
    assert _figure("ต่อ ๕,๐๐๐") == "๕,๐๐๐"


# s72o003's table, read down its columns: the names (two lines' quantities beside them), the units, the unit
# amounts and the amount column (the lines' amounts and the total) in runs of their own.  Its figures print a space
# before the comma ("๕ ,๐๐๐.-" for ๘,๐๐๐.-) and a ๒ as two glued letters ("ใต๐,๐๐๐.-" for ๒๐,๐๐๐.-).
_COLUMNS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                      จํานวน
ค่าวัสดุสำนักงาน
โรงเรียนขนาดกลาง                 ๒
โรงเรียนขนาดเล็ก                  ๑
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
หน่วย
โรงเรียน
โรงเรียน
ราคาต่อ
หน่วย (บาท)
๑๐,๐๐๐.-
๕ ,๐๐๐.-
จํานวนเงิน
(บาท)
ใต๐,๐๐๐.-
๕ ,๐๐๐.-
ใต๕ ,๐๐๐.-
"""


def test_a_table_read_down_its_columns_is_placed_by_the_readings_of_such_figures():
    rows = run(_with_table(_COLUMNS))
    # every cell placed, in its run's order (before, the best placements disagreed on the amounts and on the second
    # line's unit amount, and none of those was placed); the figures stay as printed, said where they read as none
    assert [(e["item"], str(e["quantity"]), str(e["unit_amount"])) for e in rows["expenses"]] == \
        [("โรงเรียนขนาดกลาง", "2.00", "10000.00"), ("โรงเรียนขนาดเล็ก", "1.00", "None")]
    assert not [i for i in rows["issues"] if "not placed" in i["message"] or "disagree" in i["message"]]
    said = {(i["field"], i["line_start"]) for i in rows["issues"] if i["code"] == "unparsed_value"
            and "'๕ ,๐๐๐.-'" in i["message"]}
    assert {f for f, _ in said} == {"expenses.unit_amount", "expenses.amount"}
