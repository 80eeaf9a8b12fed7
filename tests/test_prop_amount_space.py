"""BMA proposals after OCR whose budget figure had its thousands separator read as a space and a digit
misread ("๒ 250.๐๐" for ๖,๒๕๐.๐๐): the figure reads as no number (a space may as well part two figures), and
its readings, which the repairs weigh, held only what stood after the space ("250.๐๐"), so no reading of
the line multiplied out and its amount stayed unread.  Its readings now read the space as the separator
(money._figure), and quantity x unit amount picks the one that fits, said as a repair."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าจ้างเหมาจัดทําเอกสาร                                           {subtotal}
เอกสารประกอบการอบรม           ๑๒๕ เล่ม                ๕๐.๐๐         {amount}
รวมทั้งสิ้น                                                     ๖,๒๕๐.๐๐
"""


def test_an_amount_whose_separator_ocr_read_as_a_space_is_repaired_by_the_product():
    rows = run(_with_table(_TABLE.format(subtotal="๖,๒๕๐.๐๐", amount="๒ 250.๐๐")))
    assert _lines(rows) == [("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "125.00", "เล่ม", "50.00", "6250.00")]
    (said,) = [i for i in rows["issues"] if i["field"] == "expenses.amount" and i["code"] == "value_repaired"]
    assert "๒ 250.๐๐" in said["message"]


def test_a_figure_with_a_space_inside_reads_as_no_number_by_itself():
    from parsers.bma_proposal.money import amount_or_none

    assert amount_or_none("๒ 250.๐๐") is None  # only a repair, weighing the line, reads it
