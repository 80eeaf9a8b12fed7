"""OBEC: a round's result printed whole ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่ง...") and the next result
run into it, its number lost; another project prints the joined line alone as a row ("และจัดทำคำสั่ง...", OCR having
broken it off into a paragraph of its own) and the next result too.  Before, the cut before the joining word kept the
whole row as read and said, and the result run into it was lost with its row.  Of several cuts, one whose words
after open with a joining word (normalizers.words.JOINING_WORDS) is no cut, and the others are made
(texts.split_joined_items)."""

from __future__ import annotations

import json

import pytest

from parsers.obec_progress.texts import split_joined_items

pytestmark = pytest.mark.usefixtures("repair_on")

_HEAD = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงานของสำนักงาน"
_JOINED = "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"
_NEXT = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 1, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_cut_before_a_joining_word_is_no_cut_and_the_others_are_made():
    tables = {"findings": [_finding("a", 1, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ได้", 100),
                           _finding("a", 2, _JOINED, 102),
                           _finding("a", 3, _NEXT, 104),
                           _finding("b", 1, f"{_HEAD} {_JOINED} {_NEXT}", 200)]}
    said = split_joined_items(tables, [])
    assert [(r["seq"], r["text"]) for r in tables["findings"] if r["project_key"] == "b"] == [
        (1, f"{_HEAD} {_JOINED}"), (2, _NEXT)]
    assert {json.loads(i.evidence)["chosen"] for i in said if i.code == "value_repaired"} == {f"{_HEAD} {_JOINED}", _NEXT}


def test_a_cut_before_a_joining_word_alone_keeps_the_row_and_says_it():
    tables = {"findings": [_finding("a", 1, _JOINED, 102), _finding("b", 1, f"{_HEAD} {_JOINED}", 200)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [f"{_HEAD} {_JOINED}"]
    assert [i.code for i in said] == ["items_cut_in_doubt"]
