"""A BMA proposal KPI row whose method took in the next row's indicator and target value, with no issue
(fresh set s54z, bma_proposal_s54z003: a page break between two rows, the second row's first line
"โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100" read on after the first row's tool words).  The tool
cell names an instrument, never a target: a target value with its figure after the tool's words is another
row's cell, said (kpis.other_rows_cells: unread_cells naming the table); the cells are kept as read."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, other_rows_cells, put_kpis
from schemas.document import CopyReading

_METHOD = ("วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x 100 "
           "เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม")


def _said(method: str) -> list:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["ผู้เข้ารับการอบรมมีความรู้"], ["ร้อยละ 80"], "ผลลัพธ์", [method], ["ไตรมาสที่ ๔"], [3, 9])], out)
    assert out.tables["kpis"][1]["method"].value == method  # kept as read
    return [(i.code, i.field) for i in out.issues if i.field == "targets"]


def test_a_target_value_after_the_tool_words_is_said():
    run_on = f"{_METHOD} โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100"
    assert other_rows_cells(run_on) == "ร้อยละ 100"
    assert _said(run_on) == [("unread_cells", "targets")]
    assert other_rows_cells(f"{_METHOD} ผู้เข้าร่วมมีความพึงพอใจ ร้อยละ ๘๕") == "ร้อยละ ๘๕"


def test_a_percentage_in_the_formula_or_a_bare_word_is_not():
    # "ร้อยละ" before the tool's words is the formula's ("... คิดเป็นร้อยละ 100"), and the word alone after them
    # holds no target's figure
    assert other_rows_cells("วิธีการคำนวณ จำนวนผู้ผ่าน/จำนวนทั้งหมด คิดเป็นร้อยละ 100 เครื่องมือที่ใช้ในการวัด "
                            "แบบทดสอบ") is None
    assert other_rows_cells(f"{_METHOD} คิดเป็นร้อยละ") is None
    assert _said(_METHOD) == []
