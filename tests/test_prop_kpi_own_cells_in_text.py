"""A BMA proposal KPI row OCR read as running lines, its column gaps lost
("ผู้เข้ารับ...การอบรม    ร้อยละ ๕๐ ผลลัพธ์" / "วิธีการคำนวณ ... เครื่องมือที่ใช้ในการวัด
แบบทดสอบ..." / "ภายในปีงบประมาณ ๒๕๓๐"): its value and type were read apart,
but its method and period stayed in its text, the method and period left
unread (fresh sets s38z, s40z).  The text's own method cell (the method's
words once, the tool's after them) and its period (the row's last words)
are read as those cells, and said (kpis.own_cells_in_text); a text that
holds more (the next row's cells after the period) is kept as read and said,
as before."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, own_cells_in_text, put_kpis
from schemas.document import CopyReading

_TEXT = "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"
_METHOD = ("วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด % ๑๐๐ "
           "เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม")


def _put(text: str, period: list[str] | None = None) -> tuple[dict, list]:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi([text], ["ร้อยละ ๕๐"], "ผลลัพธ์", [], period or [], [3, 5])], out)
    return out.tables["kpis"][1], [(i.code, i.field) for i in out.issues]


def test_a_kpi_text_holding_its_own_method_and_period_is_read_as_those_cells():
    row, said = _put(f"{_TEXT} {_METHOD} ภายในปีงบประมาณ ๒๕๓๐")
    assert row["text"].value == _TEXT
    assert row["method"].value == _METHOD
    assert row["period"].value == "ภายในปีงบประมาณ ๒๕๓๐"
    assert ("unread_cells", "targets") in said
    # the period read apart: the method runs to the text's end
    row, said = _put(f"{_TEXT} {_METHOD}", ["ไตรมาสที่ ๔"])
    assert (row["text"].value, row["method"].value, row["period"].value) == (_TEXT, _METHOD, "ไตรมาสที่ ๔")


def test_a_kpi_text_holding_more_than_its_own_cells_is_kept():
    run_on = f"{_TEXT} {_METHOD} ภายในปีงบประมาณ ๒๕๓๐ นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจ"
    assert own_cells_in_text(run_on, False) is None
    row, said = _put(run_on)
    assert row["text"].value == run_on and "method" not in row and ("unread_cells", "targets") in said
    assert own_cells_in_text(f"{_TEXT} {_METHOD} ผลผลิต ภายในปีงบประมาณ ๒๕๓๐", False) is None  # a type word
    assert own_cells_in_text(f"{_TEXT} วิธีการคำนวณ จำนวน ภายในปีงบประมาณ ๒๕๓๐", False) is None  # no tool's words
