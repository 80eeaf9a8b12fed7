"""A BMA proposal whose objectives are lettered ก. ข. ค. and OCR read ข's dot past a speck mark below it and a space,
glued to the item's words ("ขุ .เพื่อพัฒนาผู้เรียน..." for "ข. เพื่อพัฒนาผู้เรียน..."; fresh set s115x,
bma_proposal_s115x002, with ค read "Al."): the line was no letter's, objective 2 ran into objective 1, and the list
stood one row short with no issue naming its third row.  Between two letters in their places that skip one, a
letter, such a mark, then its dot past a space stands in the skipped place (read._DOT_AS_MARK_LETTER_RE), as the
mark alone or with its dot next to it does."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line


@pytest.mark.parametrize("mark", ["ขุ .", "ขุ . ", "ขู ,"])
def test_a_letter_whose_dot_stands_past_a_speck_mark_and_a_space_takes_the_skipped_place(mark):
    read = lettered_as_bullets([Line(1, "ก. เพื่อสร้างเครือข่ายความร่วมมือ"), Line(2, "ผู้ปกครอง และชุมชน"),
                                Line(3, f"{mark}เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"),
                                Line(4, "ค. เพื่อให้ครูผู้สอนมีความรู้")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("เพื่อสร้างเครือข่ายความร่วมมือ", True), ("ผู้ปกครอง และชุมชน", False),
        ("เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", True), ("เพื่อให้ครูผู้สอนมีความรู้", True)]


def test_a_word_opening_with_a_letter_and_a_mark_below_then_a_dot_is_no_letter():
    # "คุณภาพ." holds ค and ุ but no space after the mark: a word, the wrap of the item above
    none = [Line(1, "ก. เพื่อพัฒนา"), Line(2, "คุณภาพ .และมาตรฐาน"), Line(3, "ค. เพื่อให้ครู")]
    assert lettered_as_bullets(none) == none
