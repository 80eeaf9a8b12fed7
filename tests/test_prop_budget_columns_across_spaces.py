"""A BMA proposal's budget of item columns OCR read in blocks, each line of figures a count, its unit and money
parted by spaces alone (fresh set s99p, bma_proposal_s99p005: the whole table lost, 4 lines' 28 fields):

* "๑๒๓ คน   @O.-": the whole line was taken for one figure with letters in it (the unit word read as specks);
  a count, a unit word and money parted by spaces are three cells;
* "@O.-": a unit amount whose digits OCR wrote all as look-alikes (๘๐) before the money's ".-" is money;
* "๑๒,๐๐๐.,.-": a comma and a dot OCR read before the ".-" close the figure as ".-" alone does;
* "๑ AU ๑๒,๐๐๐.- ๑๒,๐๐๐.,.-": the word after the count is its unit however OCR spelt it (Latin letters for
  คัน), the line four cells."""

from __future__ import annotations

from parsers.bma_proposal.columns import _atoms, _is_money, read_columns
from schemas.document import Line

_TABLE = """รายการ จํานวน หน่วย ราคาต่อหน่วย (บาท)
จํานวนเงิน (บาท)
ค่าจ้างเหมาจัดทําเอกสาร
เอกสารประกอบการอบรม
ค่าวัสดุสํานักงาน
- วัสดุสํานักงานและวัสดุ
คอมพิวเตอร์
ค่าอาหารกลางวัน
- ผู้เข้ารับการอบรม
ค่าเช่ารถโดยสาร
ปรับอากาศ
รถโดยสารปรับอากาศ
รวมทั้งสิ้น
๑๓๑   เล่ม   ๑๕๐.-
๓๐ ซด     ๓๕๐.-
๑๒๓ คน   @O.-
๑๙,๖๕๐.-
๑๙,๖๕๐.-
๑๐,๕๐๐.-
๑๐,๕๐๐,-
๙,๘๔๐.-
๙,๘๔๐.-
๑๒,๐๐๐.-
๑ AU ๑๒,๐๐๐.- ๑๒,๐๐๐.,.-
๕๑,๙๙๐.-
"""


def test_cells_parted_by_spaces_are_cells_and_look_alike_money_is_money():
    assert [(a.kinds, a.text) for a in _atoms("๑๒๓ คน   @O.-")] == [(("C", "M"), "๑๒๓"), (("U",), "คน"),
                                                                 (("M",), "@O.-")]
    assert [a.text for a in _atoms("๑ AU ๑๒,๐๐๐.- ๑๒,๐๐๐.,.-")] == ["๑", "AU", "๑๒,๐๐๐.-", "๑๒,๐๐๐.,.-"]
    assert _is_money("@O.-") and _is_money("๑๒,๐๐๐.,.-")
    assert not _is_money("@O") and not _is_money("O.-")  # (no money's ".-", or one look-alike alone)
    assert [a.kinds for a in _atoms("60, 700.00")] == [("M",)]  # (a gap inside one figure stays one cell)


def test_a_table_read_in_blocks_with_such_lines_is_read():
    lines = [Line(no, t) for no, t in enumerate(_TABLE.splitlines(), 1) if t.strip()]
    read = read_columns(lines, "")
    assert read is not None
    got = [(e.item, e.qty, e.unit, e.each, e.amount) for e in read.expenses]
    assert [g[0] for g in got] == ["เอกสารประกอบการอบรม", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "ผู้เข้ารับการอบรม",
                                   "รถโดยสารปรับอากาศ"]
    assert [g[1:3] for g in got] == [("๑๓๑", "เล่ม"), ("๓๐", "ซด"), ("๑๒๓", "คน"), ("๑", "AU")]
    assert got[2][3] == "@O.-" and got[3][3:] == ("๑๒,๐๐๐.-", "๑๒,๐๐๐.,.-")
