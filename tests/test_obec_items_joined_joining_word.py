"""OBEC: a round's result printed whole ("สพป.ตรัง เขต ๒ ได้ดำเนินการ...เพื่อพัฒนา เด็กปฐมวัย
โดยกำหนดการดำเนินงานดังนี้", fresh set s74o obec 001) whose close other projects' rows print alone (OCR broke
their items' wrapped last line off into a row of its own: "โดยกำหนดการดำเนินงานดังนี้") was cut there by
split_joined_items (rule items_joined) into two rows, the list's later rows one place on: two wrong repairs and a
silent extra row.  No item of the form's lists opens with a joining word (normalizers.words.JOINING_WORDS): words
after a cut that open with one go on from the words before, so the row is kept as read and said
(items_cut_in_doubt); a cut whose words after open otherwise is made as before."""

from __future__ import annotations

import json

from parsers.obec_progress.texts import split_joined_items

_DONE = "สพป.ตรัง เขต ๒ ได้ดำเนินการการส่งเสริมสนับสนุนการจัดประสบการณ์การเรียนรู้เพื่อพัฒนา เด็กปฐมวัย"
_CLOSE = "โดยกำหนดการดำเนินงานดังนี้"
_OTHER = "สพป.ตรัง เขต ๒ ได้ดำเนินการยกระดับระบบบริหารการจัดการสำนักงานเขตพื้นที่การศึกษา"
_MEETING = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 4, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables(close: str) -> dict:
    return {"findings": [_finding("a", 1, _OTHER, 100), _finding("a", 2, close, 102),
                         _finding("b", 1, f"{_DONE} {close}", 200), _finding("b", 2, _MEETING, 204)]}


def test_words_after_the_cut_opening_with_a_joining_word_keep_the_row_and_say_it():
    tables = _tables(_CLOSE)
    said = split_joined_items(tables, [])
    assert [(r["seq"], r["text"]) for r in tables["findings"] if r["project_key"] == "b"] == [
        (1, f"{_DONE} {_CLOSE}"), (2, _MEETING)]
    assert [(i.code, i.field, i.line_start) for i in said] == [("items_cut_in_doubt", "findings", 200)]
    assert "โดย" in said[0].message
    assert json.loads(said[0].evidence)["candidates"] == [_DONE, _CLOSE]


def test_words_after_the_cut_opening_otherwise_are_cut_as_before():
    tables = _tables(_MEETING)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [_DONE, _MEETING, _MEETING]
    assert [i.code for i in said] == ["value_repaired"] * 2
