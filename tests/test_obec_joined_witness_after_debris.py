"""An OBEC target or finding row that ends with a text another row prints
alone is cut there (texts.split_joined_items, rule items_joined), but not
where every row printing those words alone may have lost its opening
words to a line of specks: heads_lost said it lost them and its first line
stands right after a line left out as OCR debris under its heading
(rounds.RoundRecords.after_debris).  That row is no witness of an item of
its own; the longer row is kept as read and said (items_cut_in_doubt).  A
row heads_lost names that stands right under its heading is a witness
still (the joined row itself makes it look headless)."""

from __future__ import annotations

import json

from parsers.obec_progress.rounds import RoundRecords
from parsers.obec_progress.texts import split_joined_items
from schemas.document import Issue, Line

_HEAD = "ผู้บริหารโรงเรียนที่เกี่ยวข้องทุกคน"
_TAIL = "ได้รับการอบรมให้มีความรู้ด้านการบริหารงบประมาณที่ถูกต้อง"
_OTHER = "โรงเรียนในสังกัดจำนวนสิบแห่งได้ดำเนินการ"


def _target(project: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project, "quarter": 1, "kind": "output", "seq": seq, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables() -> dict:
    return {"targets": [_target("a", 1, _HEAD + " " + _TAIL, 100), _target("a", 2, _OTHER, 102),
                        _target("b", 1, _TAIL, 300)]}


def _headless() -> Issue:  # (heads_lost's word on the row printing the tail alone)
    return Issue("warning", "unknown_words", "tail of a text printed whole elsewhere",
                 {"text": _TAIL, "pieces": [_HEAD + " "], "cut": "head"}, 300, 301, project_key="b",
                 field="targets.text")


def test_a_row_whose_tail_only_a_row_under_specks_prints_alone_is_kept_and_said():
    tables = _tables()
    said = split_joined_items(tables, [_headless()], frozenset({("targets", 300)}))
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [_HEAD + " " + _TAIL, _OTHER]
    assert [(i.code, i.line_start, json.loads(i.evidence)["chosen"]) for i in said] == [
        ("items_cut_in_doubt", 100, None)]
    assert "may have lost their opening words" in said[0].message


def test_a_witness_heads_lost_names_right_under_its_heading_still_cuts():
    tables = _tables()
    said = split_joined_items(tables, [_headless()], frozenset({("findings", 300), ("targets", 302)}))
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [_HEAD, _TAIL, _OTHER]
    assert {i.code for i in said} == {"value_repaired"}


def test_a_witness_after_specks_heads_lost_did_not_name_still_cuts():
    tables = _tables()
    said = split_joined_items(tables, [], frozenset({("targets", 300)}))
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [_HEAD, _TAIL, _OTHER]
    assert {i.code for i in said} == {"value_repaired"}


def test_the_list_lines_right_after_debris_under_a_heading():
    recs = RoundRecords()
    heading, other = Line(10, "เป้าหมายเชิงผลผลิต (Output)"), Line(20, "เป้าหมายเชิงผลลัพธ์ (Outcome)")
    recs.heads = [(heading, 0), (other, 1)]
    recs.targets = [("output", None, [Line(12, _TAIL), Line(14, _OTHER)]), ("outcome", None, [Line(22, _OTHER)])]
    # specks right above a heading's first line; one after the list's last line, before the next heading, opens
    # nothing
    recs.debris = {("target", 1): [Line(11, "IS"), Line(16, "ey")], ("target", 2): [Line(21, "oa")]}
    assert [(t, no, ln.text) for t, no, ln in recs.after_debris()] == [("targets", 12, "IS"), ("targets", 22, "oa")]
