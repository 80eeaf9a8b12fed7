"""An OBEC list printed as running text, its items marked ("1. ... 2. ..."),
whose next number OCR damaged inside the text: look-alikes of its digit with
the list's mark ("lo," "bo." for ๒.), its mark read apart ("2 )"), or its mark
lost at a line's edge ("... ยิ่งขึ้น 2" / "การบริหาร...", "2 มีเจ้าหน้าที่...",
"os ผู้เข้าร่วม..."): the sequence says where item 2 opens."""

from __future__ import annotations

from parsers.obec_progress.lists import _items_of, numbers_mended_inline
from schemas.document import Line

FIRST = "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ"
SECOND = "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบเร่งรีบ"


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def _texts(*texts: str) -> list[str]:
    return [t for t, _, _ in _items_of(_lines(*texts))]


def test_look_alikes_of_the_next_number_with_the_list_s_mark_inside_the_text_open_it():
    # the two items were one (flagged as a whole, but read wrong and the second row lost)
    assert _texts(f"๑. {FIRST} lo, {SECOND}") == [FIRST, SECOND]
    assert _texts(f"1. {FIRST}", f"ครบทุกห้อง bo. {SECOND}") == [f"{FIRST} ครบทุกห้อง", SECOND]
    assert numbers_mended_inline(_lines(f"๑. {FIRST} lo, {SECOND}")) == ["lo,"]


def test_a_mark_read_apart_from_its_number_opens_the_item():
    assert _texts(f"1) {FIRST} 2 ) {SECOND}") == [FIRST, SECOND]


def test_a_number_that_lost_its_mark_at_a_line_s_edge_opens_the_item():
    assert _texts(f"1. {FIRST} 2", "", SECOND) == [FIRST, SECOND]
    assert _texts(f"1. {FIRST}", "", f"2 {SECOND}") == [FIRST, SECOND]
    assert _texts(f"1. {FIRST}", "", f"os {SECOND}") == [FIRST, SECOND]
    # ... or inside a running text the reading joined into one line, its edges lost
    assert _texts(f"1. {FIRST} 2 {SECOND}") == [FIRST, SECOND]


def test_figures_and_lists_read_as_printed_are_left_as_they_stand():
    # a figure the sentence wants, a figure with its unit, an inline bare figure, two candidates, a list in order
    assert len(_texts(f"1. {FIRST} จำนวน 2", SECOND)) == 1
    assert numbers_mended_inline(_lines(f"1. {FIRST}", "", f"2 คน {SECOND}")) == []
    assert len(_texts(f"1. {FIRST} ระดับ 2 {SECOND}")) == 1
    # an ordinal after a vowel (the real OBEC sample 004: "... ๒. ... ระดับชั้นมัธยมศึกษาปีที่ ๓ ศึกษาต่อ...": read as
    # item 3, and said)
    lines = _lines(f"๑. {FIRST}", "", f"๒. {SECOND} ระดับชั้นมัธยมศึกษาปีที่ ๓ ศึกษาต่อในระดับสูงขึ้นในสายสามัญ")
    assert len(_items_of(lines)) == 2 and numbers_mended_inline(lines) == []
    assert len(_texts(f"1. {FIRST} เมื่อ 2 มีนาคม {SECOND}")) == 1
    assert len(_texts(f"1. {FIRST} 2 คน {SECOND}")) == 1
    assert len(_texts(f"1. {FIRST} lo, {SECOND} bo. {SECOND}")) == 1
    assert _texts(f"1. {FIRST} 2. {SECOND}") == [FIRST, SECOND]
    assert numbers_mended_inline(_lines(f"1. {FIRST} 2. {SECOND}")) == []
    # a short text on either side is no item
    assert len(_texts(f"1. {FIRST} lo, ครบ")) == 1
    # no item 1 marked: nothing to count by
    assert len(_texts(f"{FIRST} lo, {SECOND}")) == 1
