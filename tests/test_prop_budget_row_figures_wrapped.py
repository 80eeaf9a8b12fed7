"""BMA proposals whose budget of item columns OCR read a row per line, cells apart by spaces
(parsers.bma_proposal.budget.item_columns), where a row's figures wrapped after its unit: the item's name,
quantity and unit on a line, its unit amount and amount alone on the next ("- เอกสารประกอบการอบรม   ๑๕๐ เล่ม"
/ "๑๕๐          ๒๒,๕๐๐"), and a category's subtotal on the line under its name, a speck before it and a
digit read as a look-alike ("ไ๒,๗ฒ๐"). Before, the two lines were two rows of another shape and the subtotal
one more: the row was lost, the lines under it numbered past a row that was none (fresh set s38z,
bma_proposal_s38z005). The two lines are one row (`_figures_wrapped`), the figure alone a subtotal
(`_lone_subtotal`)."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                  จํานวน หน่วย    ราคาต่อหน่วย      จํานวนเงิน
(บาท)         (บาท)
ค่าจ้างเหมาจัดทําเอกสาร                                       ๒๒,๕๐๐

- เอกสารประกอบการอบรม        ๑๕๐ เล่ม

๑๕๐          ๒๒,๕๐๐
ค่าอาหารว่างและเครื่องดื่ม

ไ๒,๗ฒ๐

- ผู้เข้ารับการอบรม                ๑๐๘ คน

๒๕             ๒,๗๐๐
ค่าวัสดุสํานักงาน                                              ๕,๒๕๐
วัสดุสํานักงานและวัสดุ                     ๑๕ ชุด                           ๓๕๐                 ๕,๒๕๐
คอมพิวเตอร์
รวมทั้งสิ้น                                                                           ๓๐,๔๕๐
"""


def test_a_rows_figures_wrapped_under_it_and_a_subtotal_under_its_category_read():
    rows = run(_with_table(_TABLE))
    assert _lines(rows) == [
        ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "150.00", "เล่ม", "150.00", "22500.00"),
        ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "108.00", "คน", "25.00", "2700.00"),
        ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "15.00", "ชุด", "350.00", "5250.00"),
    ]
    assert [e["seq"] for e in rows["expenses"]] == [1, 2, 3]
    first = rows["expenses"][0]
    assert first["line_end"] > first["line_start"]  # the row's lines reach its figures' line
    assert not any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in rows["issues"])


def test_words_on_the_next_line_are_no_figures_of_the_row():
    # a line of two figures with words is a row of its own shape, not the wrapped figures of the row above
    table = _TABLE.replace("๑๕๐          ๒๒,๕๐๐", "ค่าพิมพ์ ๑๕๐          ๒๒,๕๐๐")
    rows = run(_with_table(table))
    assert not any(e["item"] == "เอกสารประกอบการอบรม" and e["amount"] is not None
                   for e in rows.get("expenses", []))
