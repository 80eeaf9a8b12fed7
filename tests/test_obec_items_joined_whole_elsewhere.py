"""OBEC: a copy whose OCR broke one finding's wrapped line into an item of its own (") แบบกระชั้นชิด ...", the
bracket of the line's edge read as a lost number's) made that line a row of its own; split_joined_items then cut
the same finding of another copy, where the line rightly continues the item, at that text (fresh set s58z obec
001: a wrong repair, rule items_joined), though a third copy printed the finding whole, but for a comma OCR left
inside it ("... ปฏิบัติงานแบบ, กระชั้นชิด ...").  A text another row prints whole, specks inside it aside
(texts._bare_shape), is the report's wording: not cut."""

from __future__ import annotations

from parsers.obec_progress.texts import split_joined_items

_FEW = "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงาน"
_TAIL = "แบบกระชั้นชิด เร่งรีบ เนื่องจากต้องดำเนินการตามกรอบ ระยะเวลาที่กำหนด"
_SIGNAL = "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์ทำให้เกิดความล่าช้า"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 1, "kind": "problem", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables(third: str) -> dict:
    return {"findings": [_finding("a", 1, _SIGNAL, 378), _finding("a", 2, _TAIL, 383),
                         _finding("b", 1, _SIGNAL, 489), _finding("b", 2, f"{_FEW} {_TAIL}", 492),
                         _finding("c", 1, third, 822)]}


def test_a_text_another_row_prints_whole_but_for_a_speck_inside_is_not_cut():
    tables = _tables(f"{_FEW}แบบ, กระชั้นชิด เร่งรีบ เนื่องจากต้องดำเนินการตามกรอบระยะ เวลาที่ กำหนด")
    assert split_joined_items(tables, []) == []
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [_SIGNAL, f"{_FEW} {_TAIL}"]


def test_without_that_printing_the_row_is_cut_as_before():
    tables = _tables(_SIGNAL)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [_SIGNAL, _FEW, _TAIL]
    assert [i.code for i in said] == ["value_repaired"] * 2
