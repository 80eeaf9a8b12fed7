"""BMA proposals whose budget of item columns OCR read down its columns (parsers.bma_proposal.columns), one row's
quantity and unit lost from their runs, a line under a line with no cell beside it (a row of its own, or the
line's name wrapped: the cells decide).  Leaving a line of the money runs out cost one, however many cells it
held, so the reading that joined the two names and left out a line of two figures (a row's unit amount and amount)
cost no more than the one that kept them apart with a quantity and a unit missing: the item read
'โรงเรียนขนาดใหญ่โรงเรียนขนาดกลาง', its figures lost, the next category's line given the wrong figures (fresh set
s69o, bma_proposal_s69o001).  A line left out now costs each cell it holds (`_search`: the placements that leave
out the fewest cells)."""

from __future__ import annotations

from tests.test_prop_item_columns import _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
ค่าวัสดุสํานักงาน
โรงเรียนขนาดใหญ่
โรงเรียนขนาดกลาง
ค่าเช่ารถโดยสาร
รถโดยสารปรับอากาศ
รวมทั้งสิ้น
จํานวน
4
4
หน่วย
โรงเรียน
โรงเรียน
ราคาต่อ      จํานวน
หน่วย (      เงิน (บาท)
บาท)
110,400.-
15,100.-      60,400.-
12,500.-      50,000.-
12,000.-
12,000.-      12,000.-
122,400.-
"""


def test_two_names_whose_rows_hold_figures_stay_two_rows_when_a_row_s_quantity_and_unit_are_lost():
    rows = run(_with_table(_TABLE))
    got = [(e["category"], e["item"], str(e["quantity"]), str(e["unit_amount"]), str(e["amount"]))
           for e in rows["expenses"]]
    assert got[:2] == [("ค่าวัสดุสำนักงาน", "โรงเรียนขนาดใหญ่", "4.00", "15100.00", "60400.00"),
                       ("ค่าวัสดุสำนักงาน", "โรงเรียนขนาดกลาง", "4.00", "12500.00", "50000.00")]
    assert got[2][:2] == ("ค่าเช่ารถโดยสาร", "รถโดยสารปรับอากาศ") and got[2][3:] == ("12000.00", "12000.00")
    # the units' run lacks a cell: the arithmetic does not tell where, but both school lines name their unit and
    # the bus's does not, so the run goes to the school lines, the one way in order that fits (columns.
    # _units_by_names); the bus's unit is said lost, and the placement said
    assert [e["unit"] for e in rows["expenses"]] == ["โรงเรียน", "โรงเรียน", None]
    said = [i for i in rows["issues"] if i["field"] == "expenses.unit"]
    assert sorted(i["code"] for i in said) == ["missing_value", "unread_cells"]
