"""The KPI table of section 10.1 read cell by cell, its last row's type cell
(ผลลัพธ์) lost to OCR (parsers.bma_proposal.kpis.read_cells): the row's
indicator, value, method and period stood after the last row read, no type to
anchor them, and the whole row was lost (its cells said unread).  Now the
cells left that end with a period cell and hold a value and the method's
words are that row, with no type (said), and the row is said in doubt: its cells were told apart by
their words alone."""

from __future__ import annotations

from parsers.bma_proposal.kpis import put_kpis, read_cells
from schemas.document import CopyReading, Line

_FIRST = ["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด", "ร้อยละ", "100", "ผลผลิต", "วิธีการคำนวณ",
          "จำนวนโรงเรียนที่ดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด % 100",
          "เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงาน", "ภายในปีงบประมาณ 2569"]
# the second row: its type cell lost, its method's "วิธี" too
_SECOND = ["นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป", "ร้อยละ", "85", "การคำนวณ",
           "จำนวนนักเรียนที่พึงพอใจระดับดีขึ้นไป/จำนวนนักเรียนที่ตอบแบบสอบถาม % 100",
           "เครื่องมือที่ใช้ในการวัด แบบสอบถามความพึงพอใจ", "ปีงบประมาณ 2569"]


def _read(texts: list[str]):
    return read_cells([Line(i + 1, t) for i, t in enumerate(texts)])


def test_the_last_rows_cells_with_its_type_lost_are_its_row():
    rows, left = _read(_FIRST + _SECOND)
    assert [(r.text, r.value, r.type, r.period) for r in rows] == [
        ([_FIRST[0]], ["ร้อยละ", "100"], "ผลผลิต", ["ภายในปีงบประมาณ 2569"]),
        ([_SECOND[0]], ["ร้อยละ", "85"], None, ["ปีงบประมาณ 2569"])]
    assert rows[1].method == _SECOND[3:6]
    assert left == []
    # the row told apart by its cells' words alone: said over the whole row (the table at its lines)
    out = CopyReading(0, 1, len(_FIRST + _SECOND))
    put_kpis(rows, out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]
    assert [(i.line_start, i.line_end) for i in said] == [(len(_FIRST) + 1, len(_FIRST + _SECOND))]


def test_text_after_the_last_row_with_no_method_words_is_no_row():
    # an indicator, a value and a period, no method: not taken for a row (left, and said, as before)
    rows, left = _read(_FIRST + [_SECOND[0], "ร้อยละ", "85", "ปีงบประมาณ 2569"])
    assert len(rows) == 1 and [c.text for c in left] == [_SECOND[0], "ร้อยละ", "85", "ปีงบประมาณ 2569"]


def test_cells_that_do_not_end_with_a_period_are_no_row():
    rows, left = _read(_FIRST + _SECOND[:-1])
    assert len(rows) == 1 and len(left) == len(_SECOND) - 1
