"""BMA proposal KPIs read cell by cell, the second row's value "ร้อยละ" with no figure, its figure ("80") read alone
among the first row's method cells, after the method's tool's words (OCR read the value column apart from its row:
fresh set s64o, bma_proposal_s64o005): the second row's value was "ร้อยละ" alone (missing_value) and the figure ran
into the first row's method.  Such a figure is the next row's, where that row's value has none and the row above has
its own (kpis._figures_read_up): moved there and said (unread_cells on targets.target_value).  The formula's hundred
after its times sign, before the tool's words, stays the method's."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis, read_cells
from schemas.document import CopyReading, Line

CELLS = ["โรงเรียนดําเนินกิจกรรมได้ครบตามแผนที่กําหนด", "ร้อยละ", "100", "ผลผลิต",
         "- วิธีการคํานวณ", "จํานวนโรงเรียนที่ดําเนินกิจกรรมครบตามแผน/จํานวนโรงเรียนทั้งหมด % 100",
         "- เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดําเนินงาน", "80", "ไตรมาสที่ 4",
         "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม", "ร้อยละ", "ผลลัพธ์",
         "- วิธีการคํานวณ", "จํานวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จํานวนผู้เข้ารับการอบรมทั้งหมด % 100",
         "- เครื่องมือที่ใช้ในการวัด แบบทดสอบ", "ปีงบประมาณ 2568"]


def _rows(cells: list[str]) -> list[Kpi]:
    rows, _ = read_cells([Line(i + 1, t) for i, t in enumerate(cells)])
    return rows


def test_a_figure_after_the_tool_s_words_above_is_the_next_row_s_value():
    rows = _rows(CELLS)
    assert [r.value for r in rows] == [["ร้อยละ", "100"], ["ร้อยละ", "80"]]
    assert rows[0].method[-1].endswith("แบบรายงานผลการดําเนินงาน")
    out = CopyReading(0, 1, 100)
    put_kpis(rows, out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "targets.target_value"]
    assert len(said) == 1 and "'80'" in said[0].message and said[0].message.startswith("KPI 2")


def test_the_formula_s_hundred_or_a_row_with_its_figure_keeps_its_cells():
    # the figure after the formula's times sign, the tool's words lost: the formula's hundred wrapped, not a value
    cells = [c for c in CELLS if "เครื่องมือ" not in c]
    cells[cells.index("จํานวนโรงเรียนที่ดําเนินกิจกรรมครบตามแผน/จํานวนโรงเรียนทั้งหมด % 100")] = \
        "จํานวนโรงเรียนที่ดําเนินกิจกรรมครบตามแผน/จํานวนโรงเรียนทั้งหมด %"
    cells.insert(cells.index("ไตรมาสที่ 4"), "- เครื่องมือ แบบรายงาน %")
    assert [r.value for r in _rows(cells)][1] == ["ร้อยละ"]
    # the next row has its own figure: nothing moves
    cells = CELLS[:11] + ["90"] + CELLS[11:]
    assert [r.value for r in _rows(cells)] == [["ร้อยละ", "100"], ["ร้อยละ", "90"]]
