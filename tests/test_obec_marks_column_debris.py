"""A target's text run into by another column's cells, their bracketed item numbers read as letters ("... แนวทาง
ปฏิบัติ นว) eal) Sb.", fresh set s58z obec 002): the tone marks' rule put a mark back into it ('เกียวข้อง' ->
'เกี่ยวข้อง') on a value wrong whatever the change (two wrong repairs, rule dictionary_marks).  Letters closing a
bracket the text never opened are such debris (pipeline.marks.column_debris): no mark is put back, the change is
said (repair_ambiguous, the debris in its evidence)."""

from __future__ import annotations

import json

from pipeline.marks import column_debris, restore_labels

_TEXT = "ครูที่ทำหน้าที่ที่เกียวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติ"


def test_a_text_holding_another_columns_debris_keeps_its_reading_and_says_the_change():
    printed = f"{_TEXT} นว) eal) Sb."
    row = {"text": printed, "line_start": 202, "line_end": 206}
    (issue,) = restore_labels({"targets": [row]}, [])
    assert row["text"] == printed
    assert (issue.code, issue.field, issue.line_start) == ("repair_ambiguous", "targets.text", 202)
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "dictionary_marks" and evidence["debris"] == ["นว)", "eal)"]
    assert "เกี่ยวข้อง" in evidence["candidates"][0]


def test_the_same_text_without_debris_gets_its_marks_back():
    row = {"text": _TEXT, "line_start": 202, "line_end": 203}
    (issue,) = restore_labels({"targets": [row]}, [])
    assert issue.code == "value_repaired" and "เกี่ยวข้อง" in row["text"]


def test_brackets_opened_in_the_text_or_a_lists_marks_are_no_debris():
    assert column_debris("โครงการพัฒนาการเรียนรู้เชิงรุก (Active Learning) ของโรงเรียน") == []
    assert column_debris("ก) ผู้เรียน ข) ครู 1) โรงเรียน ๒) ชุมชน") == []
    assert column_debris("การประชุม (ออนไลน์) แล้ว ขอ)") == ["ขอ)"]
