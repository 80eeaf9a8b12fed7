"""The KPI table of section 10.1 read cell by cell, its (last) row's value and type cells both lost to OCR (read
as specks before its indicator, "aa" / "97 097": fresh set s63z, bma_proposal_s63z001).  With no value to end
the indicator and no type to anchor the row, the row was lost, its cells said unread.  Now the cells left that
end with a period cell, after an indicator and the method's first line as the form prints it ("- วิธีการคำนวณ",
its dash taken by the clean-up for a bullet, which the header's "วิธีการคำนวณ/" never has), are that row:
its indicator ends where the method opens; its value and type are said lost (kpis._row_whose_type_was_lost,
kpis.method_opener)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import method_opener, put_kpis, read_cells
from schemas.document import CopyReading, Line

_ROW = [("aa", False), ("97 097", False), ("ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม", False),
        ("วิธีการคำนวณ", True), ("จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด", False),
        ("x 100", False), ("เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม", True),
        ("ภายในปีงบประมาณ 2570", False)]


def _read(cells):
    return read_cells([Line(i + 1, t, bullet=b) for i, (t, b) in enumerate(cells)])


def test_a_row_whose_value_and_type_were_lost_is_read_to_its_method():
    rows, left = _read(_ROW)
    assert left == [] and len(rows) == 1
    row = rows[0]
    assert (row.text, row.value, row.type, row.period) == ([_ROW[2][0]], [], None, ["ภายในปีงบประมาณ 2570"])
    assert row.method[0] == "วิธีการคำนวณ" and row.untyped_last
    out = CopyReading(0, 1, 100)
    put_kpis(rows, out)
    said = {(i.code, i.field) for i in out.issues}
    assert ("missing_value", "targets.target_value") in said and ("missing_value", "targets.indicator_type") in said
    assert ("unread_cells", "targets") in said


def test_without_the_method_s_dash_or_a_period_no_row_is_read():
    # the method's first line not bulleted: where the indicator ends is unknown
    rows, _ = _read([(t, False) for t, _ in _ROW])
    assert rows == []
    # no period cell closing the cells: no row
    rows, _ = _read(_ROW[:-1])
    assert rows == []


def test_the_header_s_method_cell_opens_no_method():
    assert method_opener(Line(1, "วิธีการคำนวณ", bullet=True)) and method_opener(Line(1, "- วิธีการคำนวณ"))
    assert not method_opener(Line(1, "วิธีการคำนวณ/")) and not method_opener(Line(1, "วิธีการคำนวณ/", bullet=True))
    assert not method_opener(Line(1, "วิธีการคำนวณ"))
