"""BMA proposals after OCR whose wrapped project model lost a line in its middle: tesseract dropped the row
"และคัดสรร...ส่งสำ" and kept the row wrapped after it, "นักการศึกษา", which opens inside the word สำนัก.  The
value was read without the row, silently; now a line that opens inside a word the document prints whole
elsewhere, whose head the text above it does not end with, is said (read.lines_lost_inside)."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_PRINTED = ("เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมให้นักเรียนสร้างสรรค์ผลงาน "
            "และคัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำนักการศึกษา ตามขนาดของโรงเรียน")


def _model(lines: str) -> tuple[str, list[dict]]:
    text = sample_text(PROPOSAL)
    assert _PRINTED in text
    rows = run(text.replace(_PRINTED, lines))
    said = [i for i in rows["issues"] if i["field"] == "projects.project_model" and i["code"] == "unknown_words"]
    return rows["projects"][0]["project_model"], said


def test_a_line_lost_before_a_wrapped_words_tail_is_said():
    model, said = _model("เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมให้นักเรียนสร้างสรรค์ผลงาน\n\n"
                         "นักการศึกษา ตามขนาดของโรงเรียน")
    assert model.endswith("สร้างสรรค์ผลงาน นักการศึกษา ตามขนาดของโรงเรียน")
    assert len(said) == 1 and json.loads(said[0]["evidence"])["pieces"] == ["นักการศึกษา"]


def test_a_word_cut_at_the_margin_is_no_line_lost():
    _, said = _model("เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมให้นักเรียนสร้างสรรค์ผลงาน\n"
                     "และคัดสรรผลงานของนักเรียนที่มีคุณภาพดีที่สุดส่งสำ\nนักการศึกษา ตามขนาดของโรงเรียน")
    assert said == []


def test_a_value_read_whole_is_no_line_lost():
    model, said = _model(_PRINTED)
    assert model == _PRINTED and said == []
