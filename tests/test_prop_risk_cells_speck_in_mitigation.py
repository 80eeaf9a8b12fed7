"""BMA proposals after OCR whose risk table was read a cell to a line (risk_cells_per_line), a mitigation broken
by a page's foot where OCR left a lone digit ("เตรียมเอกสารขออนุมัติให้ครบถ้วน" / "6" / [page furniture] /
"และติดตามความก้าวหน้า..."): the lone digit after a line of text read as the one score of a row whose level OCR
lost, the mitigation's first line taken for that row's risk; every risk after it was one row off and one row
more came out (a fresh set's proposal).  Now a line that goes on with a cell (it opens with a word that joins
on to the text before it, "และ") is never the next cell after such scores: the short cell stood inside the text,
an OCR speck, placed in no row and said (risks.read_risk_rows)."""

from __future__ import annotations

from parsers.bma_proposal.risks import read_risk_rows
from tests.conftest import numbered_lines

_CELLS = ["การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "2", "2", "น้อย",
          "เตรียมเอกสารขออนุมัติให้ครบถ้วน", "6", "และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด",
          "ราคาวัสดุสูงกว่าที่ประมาณการไว้", "3", "3", "ปานกลาง", "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย"]


def _read(cells: list[str]) -> list[tuple]:
    rows, _, _ = read_risk_rows(numbered_lines(cells))
    return [(" ".join(t for t, _ in r.risk), [t for t, _ in r.scores], r.level, " ".join(t for t, _ in r.mitigation))
            for r in rows]


def test_a_lone_digit_inside_a_mitigation_is_no_row_s_score():
    assert _read(_CELLS) == [
        ("การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", ["2", "2"], "น้อย",
         "เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด"),
        ("ราคาวัสดุสูงกว่าที่ประมาณการไว้", ["3", "3"], "ปานกลาง", "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย")]


def test_scores_whose_level_was_lost_before_a_cell_that_opens_are_still_a_row():
    cells = _CELLS[:5] + ["4"] + ["ประสานงานล่วงหน้า"] + _CELLS[7:]  # a text, then a score, then a cell opening
    rows = _read(cells)
    assert len(rows) == 3 and rows[1][0] == "เตรียมเอกสารขออนุมัติให้ครบถ้วน" and rows[1][1] == ["4"]
