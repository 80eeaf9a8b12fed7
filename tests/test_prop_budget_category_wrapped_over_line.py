"""A budget of item columns OCR read in blocks, each line's quantity and unit beside its name, a category's name
wrapped onto a line of its own right under it ("ค่าเช่ารถโดยสาร" / "ปรับอากาศ" / "รถโดยสาร ๑ คัน" / "ปรับอากาศ":
set s43z's bma_proposal_s43z003): the wrapped words were a line of their own, with no cells, every line under it
took the next line's figures and the table's last line was an extra one.  A line of words alone right under a
category, over a line whose quantity stands beside its name, is loose (columns._category_wraps): a row of its
own or the category's name wrapped, as the columns' cells decide (here the amounts: a row more has no cell)."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ               จํานวน หน่วย
ค่าเช่ารถโดยสาร
ปรับอากาศ
รถโดยสาร      ๑ คัน
ปรับอากาศ
ค่าตอบแทน
วิทยากร
วิทยากรภายนอก   ๑๒ ชั่วโมง
วิทยากรภายใน    ๑๐ ชั่วโมง
รวมทั้งสิ้น
ราคาต่อหน่วย
(บาท)
๑๒,๐๐๐
๑,๒๐๐
๖๐๐
จํานวนเงิน
(บาท)
๑๒,๐๐๐
๑๒,๐๐๐
๒๐,๔๐๐
๑๔,๔๐๐
๖,๐๐๐
๓๒,๔๐๐
"""


def test_a_category_wrapped_over_its_first_line_is_the_category_s_name():
    assert _lines(run(_with_table(_TABLE))) == [
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "1.00", "คัน", "12000.00", "12000.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "12.00", "ชั่วโมง", "1200.00", "14400.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "10.00", "ชั่วโมง", "600.00", "6000.00")]
