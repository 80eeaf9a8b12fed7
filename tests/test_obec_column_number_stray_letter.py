"""An OBEC list whose item numbers stand in a column of their own, one of
them read by OCR with a Thai letter between its digit and its mark ("๑." /
"๒ต." for "๑." / "๒.", fresh set s71o obec_progress_s71o004; "9." /
"๒ด.", fresh set s73a obec_progress_s73a004).  Before, "๒ต." was no number
alone: the column held one number, the list was read as item 1 alone and
its texts ran together behind the garbled number ("๒ต. วางแผน... ปรับ
โปรแกรม..."), which texts.split_joined_items then cut keeping "๒ต." at the
row's start (a wrong items_joined repair).  Now such a token stands in the
column (lists._NUMBER_ALONE); it reads as no number (the letter is no
glyph of a digit), so its place in the sequence says which it is and the
pairing is said in doubt (paired_in_doubt: _odd_number)."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, numbers_stand_apart, paired_in_doubt
from parsers.wraps import PageWraps
from schemas.document import Line

LINES = [Line(1, "๑."), Line(2, "๒ต."), Line(3, "วางแผนการดำเนินการล่วงหน้า"),
         Line(4, "ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม")]
WRAPS = PageWraps(wrapped=frozenset(), past=frozenset())  # (line 4 follows a short line the page did not wrap)


def test_a_digit_and_a_stray_letter_stand_in_the_column():
    assert numbers_stand_apart(LINES[1:2])
    assert [(text, a, b) for text, a, b in items_of(LINES, WRAPS)] == [
        ("วางแผนการดำเนินการล่วงหน้า", 3, 3), ("ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม", 4, 4)]


def test_the_garbled_number_is_placed_by_the_sequence_and_said():
    why = paired_in_doubt(LINES, WRAPS)
    assert why is not None and "'๒ต'" in why


def test_a_word_of_two_letters_is_no_number():
    assert not numbers_stand_apart([Line(1, "กข.")])
