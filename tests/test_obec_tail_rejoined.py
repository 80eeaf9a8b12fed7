"""OBEC: an item's wrapped line that OCR broke into a paragraph of its own, read as an item ("ข้าราชการครู...
มีการพัฒนาตนเอง" / "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น", fresh set s58o obec 003, 001): no item of the
form's lists opens with a joining word, so it is the tail of the item before; where other rows of the report print
the two whole, it goes back to it (texts.tails_rejoined, rule tail_rejoined), the row dropped, or keeping the words
of a further item run in after it."""

from __future__ import annotations

import json

from parsers.obec_progress.texts import tails_rejoined

_HEAD = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"
_TAIL = "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น"
_LAWFUL = "สถานศึกษาในสังกัดมีการดำเนินงานที่เป็นไปตามที่กฎหมายกำหนด ลดภาระครูผู้สอน"
_OFFICE = "การบริหารจัดการของสำนักงานมีประสิทธิภาพ โปร่งใส ตรวจสอบได้"


def _target(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "outcome", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line}


def _b(tables: dict) -> list[tuple[int, str]]:
    return [(r["seq"], r["text"]) for r in tables["targets"] if r["project_key"] == "b"]


def test_a_tail_opening_with_a_joining_word_goes_back_to_the_item_before():
    tables = {"targets": [_target("a", 1, f"{_HEAD} {_TAIL}", 100),
                          _target("b", 1, _HEAD, 200), _target("b", 2, _TAIL, 201), _target("b", 3, _LAWFUL, 202)]}
    said = tails_rejoined(tables, [])
    assert _b(tables) == [(1, f"{_HEAD} {_TAIL}"), (2, _LAWFUL)]
    assert {json.loads(i.evidence)["rule"] for i in said} == {"tail_rejoined"}
    assert [(i.code, i.line_start) for i in said] == [("value_repaired", 200), ("value_repaired", 201)]


def test_a_further_item_run_in_after_the_tail_keeps_its_row():
    tables = {"targets": [_target("a", 1, f"{_HEAD} {_TAIL}", 100),
                          _target("b", 1, _HEAD, 200), _target("b", 2, f"{_TAIL} {_OFFICE}", 201)]}
    tails_rejoined(tables, [])
    assert _b(tables) == [(1, f"{_HEAD} {_TAIL}"), (2, _OFFICE)]


def test_no_row_printing_the_two_whole_leaves_them_as_read():
    tables = {"targets": [_target("a", 1, _LAWFUL, 100),
                          _target("b", 1, _HEAD, 200), _target("b", 2, _TAIL, 201)]}
    assert tails_rejoined(tables, []) == []
    assert _b(tables) == [(1, _HEAD), (2, _TAIL)]
