"""BMA proposals whose budget of item columns OCR read down its columns, in blocks, with the names and each line's
quantity and unit before the law, the unit amounts after it, and the amount column past the next section's
heading, right under the risks' table's first column title ("8. ความเสี่ยงของโครงการ..." / "ความเสียง" / "60,000"
/ "65,500" ...; fresh set s73a002, the same blocks in s68z005): the money run was taken past the heading only right
under the column's own header words ("จำนวนเงิน (บาท)"), so no amount was found, the table was read by no reader and
every line was lost (28 misses).  A run of money cells right under a line of the risks' table's column titles alone
is the amount column too (columns._money_below); the cells are placed by their order and the table's arithmetic,
and said (unread_cells: cells past the next section's heading)."""

from __future__ import annotations

from tests.test_bma_proposal import PROPOSAL, run
from tests.conftest import sample_text
from tests.test_prop_item_columns import _lines

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                         จํานวน หน่วย         ราคาต่อ       จํานวน
หน่วย         เงิน (
(บาท)           บาท)
ค่าวัสดุในการจัดกิจกรรม                                            69,500
- โรงเรียนขนาดใหญ่      2 โรงเรียน
- โรงเรียนขนาดกลาง     3 โรงเรียน
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง
งบประมาณรายจ่ายประจําปี
15,100
13,100

"""
_HEADING = "8.  ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง\n"


def _text(title: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index(_HEADING, start) + len(_HEADING)
    return text[:start] + _TABLE + _HEADING + f"{title}\n30,200\n39,300\n69,500\n\n" + text[end:]


def test_the_amount_column_under_the_risks_titles_is_the_tables():
    rows = run(_text("ความเสียง"))
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดใหญ่", "2.00", "โรงเรียน", "15100.00", "30200.00"),
        ("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดกลาง", "3.00", "โรงเรียน", "13100.00", "39300.00"),
    ]
    assert any(i["code"] == "unread_cells" and "past the next section's heading" in i["message"]
               and i["field"] == "expenses" for i in rows["issues"])


def test_money_under_another_line_of_words_is_not_taken():
    rows = run(_text("ผู้เข้ารับการอบรมไม่ครบตามจำนวน"))
    assert not [e for e in rows["expenses"] if e["amount"] is not None]


# s68z005's blocks: each line's quantity beside its name (the quantity column full), the units and the unit amounts,
# printed with no decimals ("35", "50": counts by their look), after the law, the amount column (the subtotals,
# the lines' amounts, the total) under the risks' titles.  The bare numbers were read as counts, which no quantity
# was left to take, so no placement held and every line was lost.
_FULL = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ     จํานวน หน่วย ราคาต่อหน่วย  จํานวนเงิน
(บาท)   (บาท)
ค่าอาหารกลางวัน
ผู้เข้ารับการอบรม          130
ค่าจ้างเหมาจัดทําเอกสาร
เอกสารประกอบการอบรม           80
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง
งบประมาณรายจ่ายประจําปี
คน
เล่ม
35
50

"""


def test_bare_unit_amounts_where_every_quantity_stands_beside_its_name():
    text = sample_text(PROPOSAL)
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index(_HEADING, start) + len(_HEADING)
    rows = run(text[:start] + _FULL + _HEADING + "ความเสียง\n4,550\n4,550\n4,000\n4,000\n8,550\n\n" + text[end:])
    assert [(e["item"], str(e["quantity"]), str(e["unit_amount"]), str(e["amount"])) for e in rows["expenses"]] == [
        ("ผู้เข้ารับการอบรม", "130.00", "35.00", "4550.00"),
        ("เอกสารประกอบการอบรม", "80.00", "50.00", "4000.00"),
    ]
