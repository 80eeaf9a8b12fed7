"""BMA proposals whose budget of item columns OCR read in blocks, the names first and then each row's quantity,
unit, unit amount and amount read across on a line, the gap between the last two too narrow for a tab
("๑๒ ชั่วโมง   ๑๐๐.๐๐  ฒ,๒๐๐.๐๐"; fresh set s41q, s41q002 and others): the two figures were one money cell, no
placement fitted, and every expense line was lost (said).  A figure's two decimals end it, so a space and a
figure after them open another cell (columns._atoms); a space inside one figure ("60, 700.00") is not cut."""

from __future__ import annotations

from parsers.bma_proposal.columns import _atoms
from tests.test_prop_budget_columns import _EXPECTED, _HEAD, _LAW
from tests.test_prop_item_columns import _lines, _with_table, run

_NAMES = """ค่าจ้างเหมาจัดทําเอกสาร
เอกสารประกอบการอบรม
ค่าอาหารว่างและเครื่องดื่ม
- ผู้เข้ารับการอบรม
ค่าวัสดุสํานักงาน
- วัสดุสํานักงานและวัสดุ
คอมพิวเตอร์
ค่าอาหารกลางวัน
ผู้เข้ารับการอบรม
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
"""
_ACROSS = """14,400.00
96 เล่ม   150.00  14,400.00
5,600.00
112 คน   50.00  5,600.00
2,100.00
6 ชุด   350.00  2,100.00
13,560.00
113 คน   120.00  13,560.00
35,660.00
"""


def test_two_figures_a_narrow_gap_apart_are_two_cells():
    assert [a.text for a in _atoms("๑๐๐.๐๐  ฒ,๒๐๐.๐๐")] == ["๑๐๐.๐๐", "ฒ,๒๐๐.๐๐"]
    assert [a.text for a in _atoms("150.-")] == ["150.-"]
    assert [a.text for a in _atoms("60, 700.00")] == ["60, 700.00"]


def test_rows_read_across_with_a_narrow_gap_give_every_line_its_cells():
    rows = run(_with_table(_HEAD + _NAMES + _ACROSS + _LAW))
    assert _lines(rows) == _EXPECTED
