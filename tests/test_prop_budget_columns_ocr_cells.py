"""BMA proposals whose budget of item columns OCR read down its columns (parsers.bma_proposal.columns), with
cells OCR damaged in ways the runs' reading took for no cell or for a cell of the wrong column:

* a money cell whose decimals its narrow column wrapped onto the next line ("18,000.0" / "0", "109,000." /
  "00"): the figure and its satang are one cell (`_satang_joined`); before, the "0"s were read as quantities
  and the cut figures as none, and no placement was found: every line lost (fresh set s42z, bma_proposal_s42z002);
* a comma OCR read before the ".-" ("๕๐๐,.-"): a money cell (before, the line of unit, unit amount and amount
  was no cell: the table was not read, bma_proposal_s42z003);
* digits with a gap that is no thousands separator and no money mark ("2 4", "9๑7 9๑/7 0๑7": marks of a
  degraded scan): no money cell (before, one more cell for the money runs to place);
* the amount column past the risk heading while the money among the names falls short of the amount column's
  rows (a unit amount column there), and a unit amount of two figures with no decimals ("35") amid the money
  runs: the money past the heading is taken, the bare two figures may be a unit amount (bma_proposal_s42b005).
"""

from __future__ import annotations

from parsers.bma_proposal import columns
from schemas.document import Line
from tests.test_prop_item_columns import _lines, _with_table, run
from tests.test_bma_proposal import PROPOSAL
from tests.conftest import sample_text

_WRAPPED = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
ค่าวัสดุในการจัดกิจกรรม
โรงเรียนขนาดใหญ่
โรงเรียนขนาดเล็ก
ค่าจ้างเหมาจัดทำเอกสาร
เอกสารประกอบการอบรม
รวมทั้งสิ้น
จํานวน
4
2
75
หน่วย
โรงเรียน
โรงเรียน
เล่ม
ราคาต่อ
หน่วย
(บาท)
18,000.0
0
6,000.00
150.00
จํานวน
เงิน (
บาท)
84,000.
00
72,000.0
0
12,000.0
0
11,250.0
0
11,250.0
0
95,250.
00
"""


def test_money_cells_whose_decimals_wrapped_are_read_whole():
    rows = run(_with_table(_WRAPPED))
    assert [g[1:] for g in _lines(rows)] == [
        ("โรงเรียนขนาดใหญ่", "4.00", "โรงเรียน", "18000.00", "72000.00"),
        ("โรงเรียนขนาดเล็ก", "2.00", "โรงเรียน", "6000.00", "12000.00"),
        ("เอกสารประกอบการอบรม", "75.00", "เล่ม", "150.00", "11250.00"),
    ]


def test_only_a_cut_figure_takes_the_digits_under_it():
    lines = [Line(1, "18,000.0"), Line(2, "0"), Line(3, "109,000."), Line(4, "00"), Line(5, "150.00"), Line(6, "0"),
             Line(7, "6,000."), Line(8, "0")]
    assert [(ln.no, ln.text) for ln in columns._satang_joined(lines)] == [
        (1, "18,000.00"), (3, "109,000.00"), (5, "150.00"), (6, "0"), (7, "6,000."), (8, "0")]


def test_cells_of_money_and_marks_of_a_scan():
    assert columns._is_money("๕๐๐,.-") and columns._is_money("๑๕๐,.-")  # a comma read before the ".-"
    assert all(columns._is_money(c) for c in ("12 750", "60, 700.00", "๓๕ ๐.-", "๒ 250.๐๐"))
    assert not any(columns._is_money(c) for c in ("2 4", "9๑7 9๑/7 0๑7", "๑7   ๐"))


_NAMES = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน
ค่าวัสดุสํานักงาน
วัสดุสํานักงานและวัสดุ          18
คอมพิวเตอร์
ค่าเช่ารถโดยสารปรับอากาศ
- รถโดยสารปรับอากาศ            1
ค่าอาหารว่างและเครื่องดื่ม
- ผู้เข้ารับการอบรม             92
กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติ
งบประมาณรายจ่ายประจําปี
คน
ราคาต่อหน่วย
(บาท)
350
12.000
35
กรุงเทพมหานคร
"""
_RISKS = """8.  ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสยง
จํานวนเงิน
(บาท)
6,300
6,300
12,000
12,000
3,220
3,220
21,520
ผู้เข้ารับการอบรมไม่ครบตามจำนวน
"""


def test_the_amount_column_past_the_heading_fills_what_the_names_lack():
    sample = sample_text(PROPOSAL)
    start = sample.index("ตามรายละเอียดดังนี้")
    text = sample[:start] + _NAMES + _RISKS + sample[sample.index("9. ประโยชน์ที่คาดว่าจะได้รับ"):]
    rows = run(text)
    got = [(g[1], g[2], g[4], g[5]) for g in _lines(rows)]
    assert got == [("วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "18.00", "350.00", "6300.00"),
                   ("รถโดยสารปรับอากาศ", "1.00", "12000.00", "12000.00"),
                   ("ผู้เข้ารับการอบรม", "92.00", "35.00", "3220.00")]
    # one unit for three lines: placed on the line whose item names what it counts (people, in คน: parsers.units
    # .CLASSIFIERS since the hundred-and-eighth session), the others left without one, and said
    assert [g[3] for g in _lines(rows)] == [None, None, "คน"]
    assert sum(1 for i in rows["issues"] if i["field"] == "expenses.unit") >= 3
