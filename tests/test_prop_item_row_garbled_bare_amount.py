"""BMA proposals after OCR whose budget of item columns prints its amounts bare (no ".-", no satang) and has an
item's row whose unit amount and amount OCR garbled to letters, its quantity and unit read
("ผู้เข้ารับการอบรม   :   ๑๓๕ คน   eo   a,«€o" for ๑๓๕ คน ๗๐ ๙,๔๕๐: fresh set s83a, bma_proposal_s83a002).  A garbled
amount stood as one (_GARBLED_AMOUNT_RE: a figure's shape in letters) only with a ".-" or satang after it, so
the row was of no shape and only its item was kept: the quantity and unit were lost.  Now the tail is not
wanted (the row's quantity and unit in their cell still are): the quantity and unit are read, the garbled
figures kept as printed and said unread."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_item_columns import _with_table

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                  จํานวน หน่วย     ราคาต่อหน่วย    จํานวนเงิน
(บาท)        (บาท)
ค่าวัสดุในการจัดกิจกรรม                                        ๔๐,๐๐๐
โรงเรียนขนาดใหญ่                     ๒ โรงเรียน       ๒๐,๐๐๐      ๔๐,๐๐๐
ค่าอาหารกลางวัน                                              ๙,๔๕๐
ผู้เข้ารับการอบรม              :                     ๑๓๕ คน                          eo             {amount}
รวมทั้งสิ้น                                                   ๔๙,๔๕๐
"""


def test_a_row_whose_bare_amount_ocr_garbled_keeps_its_quantity_and_unit():
    rows = run(_with_table(_TABLE.format(amount="a,«€o")))
    row = rows["expenses"][1]
    assert (row["category"], row["item"], row["unit"], str(row["quantity"])) == \
        ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "คน", "135.00")
    # the garbled figures are said (unread, or read from the others and said so)
    said = {i["field"] for i in rows["issues"] if i["line_start"] == row["line_start"]}
    assert {"expenses.amount", "expenses.unit_amount"} <= said


def test_a_cell_of_words_in_the_amount_s_place_is_no_garbled_amount():
    rows = run(_with_table(_TABLE.format(amount="ผู้เข้า")))
    assert all(e["quantity"] is None or str(e["quantity"]) != "135.00" for e in rows["expenses"])
