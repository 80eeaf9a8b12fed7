"""A BMA proposal's budget table of item columns after OCR, a line of specks of the table's rules between the
wrapped lines of a category's name, one read as a digit and one as a Latin letter ("1                a"): it was
read as a row of another shape, so the category's name was cut there and the lines under it were of no category
known (fresh set s65z, bma_proposal_s65z002: three lines' category missing).  Such a line, one character a cell, a
digit among them, is no row (budget._DIGIT_SPECKS_RE, as a line of digits alone already was): the name reads on."""

from __future__ import annotations

from tests.test_prop_item_columns import _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าวัสดุในการ                                                  32,000
จัดกิจกรรมส่งเสริมการ

1                a

อ่านของนักเรียน
- โรงเรียนขนาดกลาง         2 โรงเรียน       10,000         20,000
- โรงเรียนขนาดเล็ก          2 โรงเรียน        6,000         12,000
รวมทั้งสิ้น                                                     32,000
"""


def test_a_line_of_a_digit_and_a_letter_inside_a_category_name_is_no_row():
    rows = run(_with_table(_TABLE))
    assert [(e["category"], e["item"], str(e["amount"])) for e in rows["expenses"]] == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านของนักเรียน", "โรงเรียนขนาดกลาง", "20000.00"),
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านของนักเรียน", "โรงเรียนขนาดเล็ก", "12000.00"),
    ]
    assert not any(i["code"] == "unread_cells" and i["field"] and i["field"].startswith("expenses")
                   for i in rows["issues"])


def test_a_line_of_letters_alone_or_a_word_stays_what_it_was():
    # a Latin word under a category's name is read by its own rule, and Thai words continue the name as before
    rows = run(_with_table(_TABLE.replace("1                a", "yuu")))
    assert {e["category"] for e in rows["expenses"]} == {"ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านของนักเรียน"}
