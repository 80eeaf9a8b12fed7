"""The KPI table of section 10.1 read cell by cell down its columns, the
indicator's cell read far below its row and the value's word read with its
first letter lost ("อยละ" / "80" / "ลัพธ์": fresh set s69o,
bma_proposal_s69o001): "อยละ", no value cell, stood before the value's
figure and was read as the row's indicator, silently.  An indicator is a
sentence; a row's text that is a target value's word alone (ร้อยละ, จำนวน,
OCR's "รอยละ", "อยละ") is a cell of the value's column: the row says the
table at its lines is in doubt (kpis.value_word_alone), its reading kept."""

from __future__ import annotations

from parsers.bma_proposal.kpis import put_kpis, read_cells, value_word_alone
from schemas.document import CopyReading, Line

_CELLS = ["vy fa", "อยละ", "80", "ลัพธ์", "ธี", "เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม",
          "จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด %", "100",
          "เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม", "ไตรมาสที่ 4"]


def _put(cells: list[str]) -> CopyReading:
    rows, _ = read_cells([Line(i + 1, t) for i, t in enumerate(cells)])
    out = CopyReading(0, 1, 100)
    put_kpis(rows, out)
    return out


def _said(out: CopyReading) -> list[str]:
    return [i.message for i in out.issues if i.field == "targets" and "value's word alone" in i.message]


def test_a_text_that_is_the_value_s_word_names_the_table():
    out = _put(_CELLS)
    assert out.tables["kpis"][1]["text"].value == "อยละ"  # kept as read
    assert len(_said(out)) == 1


def test_an_indicator_says_nothing():
    cells = ["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม", "ร้อยละ", "80"] + _CELLS[3:]
    assert _said(_put(cells)) == []


def test_value_words_alone():
    for text in ("อยละ", "้อยละ", "ร้อยละ", "รอยละ", "จำนวน"):
        assert value_word_alone(text), text
    for text in ("ร้อยละของผู้เข้ารับการอบรม", "ร้อยละ 80", "ผู้เข้ารับการอบรมมีความรู้", ""):
        assert not value_word_alone(text), text
