"""A BMA proposal's KPI table read cell by cell whose value's figure OCR read apart from its cell, among the cells
before the value ("นักเรียนที่เข้าร่วมกิจกรรม..." / "85" / "ร้อยละ" / "๑" / "ผลลัพธ์" ...; fresh s88o002, both copies):
the figure, no Thai, was dropped from the indicator's words with no word, and the value read "ร้อยละ ๑" (a speck)
silently.  The figures alone so left out are kept on the row and said (unread_cells on targets.target_value)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import put_kpis, read_cells
from schemas.document import CopyReading, Line

_CELLS = ["นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป", "{figure}", "ร้อยละ", "๑", "ผลลัพธ์",
          "วิธีการคำนวณ", "จำนวนนักเรียนที่พึงพอใจระดับดีขึ้นไป/จำนวนนักเรียนที่ตอบแบบสอบถาม x 100",
          "ภายในปีงบประมาณ 2570"]


def _read(figure: str) -> tuple[list, CopyReading]:
    cells = [Line(no, text.format(figure=figure)) for no, text in enumerate(_CELLS, 394) if text.format(figure=figure)]
    rows, _ = read_cells(cells)
    out = CopyReading(0, 1, 500)
    put_kpis(rows, out)
    return rows, out


def test_a_figure_alone_before_the_value_is_kept_and_said():
    rows, out = _read("85")
    assert rows[0].figures_apart == ["85"] and rows[0].text == [_CELLS[0]]
    said = [i for i in out.issues if i.field == "targets.target_value" and "'85'" in i.message]
    assert len(said) == 1 and said[0].code == "unread_cells"


def test_no_figure_apart_says_nothing_of_the_kind():
    rows, out = _read("")
    assert rows[0].figures_apart == []
    assert not [i for i in out.issues if "stood alone among the cells" in i.message]
