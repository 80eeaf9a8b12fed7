"""A proposal's action-plan step whose number and first word OCR misread
("0 asu" for "6. สรุป": the dot lost, the digit one the confusions need not
cover, the word read by the English model): the chart reading drops the
line, and the step's words run into the step before.  Which words are whose
nothing settles, so it is said on the step that holds them
(items_cut_in_doubt, field the table: the lost step's row too)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return out


def test_a_number_and_a_latin_word_inside_a_step_is_said():
    out = _read(["4. จัดอบรม", "เชิงปฏิบัติการ", "5. นิเทศ", "ติดตาม การ", "ดำเนินงาน", "ของโรงเรียน", "0 asu",
                 "ผลการดำเนิน", "งานและ", "เผยแพร่"])
    said = [i for i in out.issues if i.code == "items_cut_in_doubt"]
    assert len(said) == 1 and said[0].field == "activities" and "'0 asu'" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (3, 10)


def test_steps_without_such_a_line_are_not_said():
    out = _read(["4. จัดอบรม", "เชิงปฏิบัติการ", "5. นิเทศ", "ติดตาม การ", "ดำเนินงาน", "ของโรงเรียน",
                 "6. สรุปผลการดำเนิน", "งานและ", "เผยแพร่"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]


def test_such_a_line_after_the_last_step_s_words_is_not_said():
    out = _read(["4. จัดอบรม", "เชิงปฏิบัติการ", "5. นิเทศ ติดตาม", "0 asu"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]
