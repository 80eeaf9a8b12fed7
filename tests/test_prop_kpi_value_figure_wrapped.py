"""A BMA proposal's KPI row printed as running lines whose value's figure the page wrapped onto the row's line of
type and method ("ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม ร้อยละ" / "80 ผลลัพธ์ วิธีการคำนวณ ..."; fresh
s88a003).  The figure alone opened the row's line, so it was read as the row's indicator, and then dropped as a
header's word (a figure has no letters the header's words would not cover): the row had no indicator and was lost.
The line right above, an indicator's words and the value's word, is the row's indicator and value, the figure the
value's (parsers.bma_proposal.kpis._value_wrapped)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import lead_into_first_row, read_rows
from schemas.document import Line

_ROW = [(253, "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม ร้อยละ"),
        (254, "80 ผลลัพธ์ วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูง"),
        (255, "ขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด % 100 เครื่องมือที่ใช้ในการวัด"),
        (256, "แบบทดสอบก่อนและหลังการอบรม ภายในปีงบประมาณ 2566")]
_HEADER = [(247, "ตัวชี้วัด ค่าเป้าหมาย ประเภทตัวชี้วัด วิธีการคำนวณ/เครื่องมือ"), (248, "ในการใช้วัด ระยะเวลา")]
_FIRST = [(250, "โรงเรียนดำเนินกิจกรรมได้ครบตามแผน ร้อยละ 100 ผลผลิต วิธีการคำนวณ จำนวนโรงเรียน"),
          (251, "ที่ดำเนินการ/จำนวนทั้งหมด x 100"), (252, "ภายในปีงบประมาณ 2566")]


def _is_header(text: str) -> bool:  # (the table's header words, as tables._is_kpi_header: none of the row's)
    return text in {"ตัวชี้วัด", "ค่าเป้าหมาย"} or text.isdigit()


def test_the_first_row_takes_the_line_above_as_its_indicator_and_value():
    rows, lead = read_rows([Line(n, t) for n, t in _HEADER + _ROW], _is_header)
    lead_into_first_row(rows[0], [ln for ln in lead if ln.no > 248])
    (row,) = rows
    assert row.text == ["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"] and row.value == ["ร้อยละ", "80"]
    assert row.type == "ผลลัพธ์" and row.period == ["ภายในปีงบประมาณ 2566"] and row.lines[0] == 253


def test_a_later_row_takes_it_back_from_the_method_of_the_row_before():
    rows, _ = read_rows([Line(n, t) for n, t in _FIRST + _ROW], _is_header)
    assert [r.text for r in rows] == [["โรงเรียนดำเนินกิจกรรมได้ครบตามแผน"],
                                      ["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"]]
    assert rows[1].value == ["ร้อยละ", "80"] and rows[0].method[-1] == "ที่ดำเนินการ/จำนวนทั้งหมด x 100"


def test_a_line_above_that_prints_its_own_figure_is_not_taken():
    above = (253, "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม ร้อยละ 90")
    rows, _ = read_rows([Line(n, t) for n, t in _FIRST + [above] + _ROW[1:]], _is_header)
    assert rows[1].value != ["ร้อยละ", "80"]
