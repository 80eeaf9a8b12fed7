"""An expense item whose first letters OCR lost (or cut off to a line of
their own: "ค่" above "าถายเอกสาร") opens with a vowel sign, as no word
does; the tone marks' rule put the mark back into the rest and claimed the
value mended ('าถายเอกสาร' -> 'าถ่ายเอกสาร', a wrong repair: the truth is
ค่าถ่ายเอกสาร, s63o's bma_progress 002).  Such a text is not the whole item:
kept as read, the change said (repair_ambiguous, evidence `opening`:
pipeline.marks.lost_opening)."""

from __future__ import annotations

import json

from pipeline.marks import lost_opening, restore_labels


def test_an_item_opening_with_a_vowel_sign_is_kept_as_read_and_said():
    row = {"item": "าถายเอกสาร", "line_start": 466, "line_end": 466}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert row["item"] == "าถายเอกสาร"
    assert (issue.code, issue.field, issue.line_start) == ("repair_ambiguous", "expenses.item", 466)
    assert json.loads(issue.evidence)["opening"] == "า"


def test_a_whole_item_is_mended_as_before():
    row = {"item": "ค่าถายเอกสาร", "line_start": 1, "line_end": 1}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert row["item"] == "ค่าถ่ายเอกสาร" and issue.code == "value_repaired"
    # a text outside the budget's columns is not asked
    row = {"text": "าถายเอกสาร", "line_start": 1, "line_end": 1}
    assert [i.code for i in restore_labels({"activities": [row]}, [])] != ["repair_ambiguous"]


def test_what_opens_no_word():
    assert [lost_opening(t) for t in ("าถายเอกสาร", "่าวัสดุ", "ค่าวัสดุ", "เครื่องดื่ม", "")] == ["า", "่า", "", "", ""]
