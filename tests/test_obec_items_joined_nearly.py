"""OBEC: a round's row holding three findings OCR read as one, the last printed alike by another row, the middle
one a letter off the row that prints it ("เข้าไจ" for "เข้าใจ", fresh set s56o obec 002): split_joined_items cut
the last off and kept the first two as one row, so both rows it made were wrong (two wrong repairs, rule
items_joined).  The words before a cut that end with a text a letter or two off another row's are an item run in
too, which no exact cut finds: the row is kept as read and said now (texts._nearly_joined: items_cut_in_doubt)."""

from __future__ import annotations

import json

from parsers.obec_progress.texts import split_joined_items

_SHARED = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
_GRASPED = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
_MEETING = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables(middle: str) -> dict:
    return {"findings": [_finding("a", 1, _GRASPED, 100), _finding("a", 2, _MEETING, 102),
                         _finding("b", 1, f"{_SHARED} {middle} {_MEETING}", 200)]}


def test_words_before_the_cut_ending_with_a_damaged_item_keep_the_row_and_say_it():
    damaged = _GRASPED.replace("เข้าใจ", "เข้าไจ")
    tables = _tables(damaged)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [f"{_SHARED} {damaged} {_MEETING}"]
    assert [(i.code, i.field, i.line_start) for i in said] == [("items_cut_in_doubt", "findings", 200)]
    assert json.loads(said[0].evidence)["candidates"] == [f"{_SHARED} {damaged}", _MEETING]


def test_an_undamaged_middle_item_is_cut_as_before():
    tables = _tables(_GRASPED)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [_SHARED, _GRASPED, _MEETING]
    assert [i.code for i in said] == ["value_repaired"] * 3
