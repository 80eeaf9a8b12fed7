"""An OBEC list whose item numbers stand in a column of their own, one of them read by OCR with a Thai letter before
its digit ("©)." / "๒." / "ด๓." for "๑." / "๒." / "๓.", the digit's loop read apart: fresh set s100p,
obec_progress_s100p004's results of a quarter, whose fourth number OCR lost).  Before, "ด๓." was no number alone: the
column held two numbers and a line of text, and the list's four paragraphs ran together into two items.  Now such
a token stands in the column too (lists._NUMBER_ALONE, as a letter after the digit already did); it reads as no
number, so its place in the sequence says which it is and the pairing is said in doubt (paired_in_doubt)."""

from __future__ import annotations

import pytest

from parsers.obec_progress.lists import items_of, numbers_stand_apart, paired_in_doubt
from parsers.wraps import PageWraps
from schemas.document import Line

pytestmark = pytest.mark.usefixtures("repair_on")

LINES = [Line(1, "๑."), Line(3, "ด๓."), Line(5, "วางแผนการดำเนินการล่วงหน้า"),
         Line(7, "ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม")]
WRAPS = PageWraps(wrapped=frozenset(), past=frozenset())


def test_a_stray_letter_before_a_digit_stands_in_the_column():
    assert numbers_stand_apart(LINES[1:2])
    assert [(text, a, b) for text, a, b in items_of(LINES, WRAPS)] == [
        ("วางแผนการดำเนินการล่วงหน้า", 5, 5), ("ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม", 7, 7)]


def test_the_garbled_number_is_placed_by_the_sequence_and_said():
    why = paired_in_doubt(LINES, WRAPS)
    assert why is not None and "'ด๓'" in why


def test_a_word_of_a_letter_and_two_digits_or_two_letters_is_no_number():
    assert not numbers_stand_apart([Line(1, "ด๓๓.")])
    assert not numbers_stand_apart([Line(1, "กข.")])
