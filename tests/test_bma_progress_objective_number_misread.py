"""A numbered objectives list run on in a paragraph whose numbers OCR misread past the list's sequence (fresh set
s67z, BMA progress forms' objectives): a sub-list's prefix with a digit doubled ("๒๒.๑ ... ๒๓.๒" for ๒.๑, ๒.๒), a
number the English model read as two small Latin letters and a dot at a line's end ("ie.", "on." for ๒., ๓.), a
digit added to a one-digit number inside a line ("๓๕." for ๔.).  Every objective after the first was read as the
first's words (objectives lost, said only as a mark inside the text).  Now the prefix of a number of the list's
depth is the list's section number (as parsers.items.follows reads it), a Latin token with a dot is a damaged
number (read._OBJECTIVE_TOKEN), and a two-digit number where the list's next has one digit is a number damaged
past reading (read._damaged_number), numbered by its place and said; a token before no "เพื่อ" stays text."""

from __future__ import annotations

from parsers.bma_progress.read import _carry_wrapped_numbers, _cut_inline_objectives
from parsers.items import mend_item_numbers, numbered_items, opens_purpose, run_on
from tests.test_bma_progress_entries_ocr import _lines


def _read(*texts: str) -> tuple[list[str], dict]:
    lines = run_on(mend_item_numbers(_carry_wrapped_numbers(_lines(*texts)), opens_purpose), opens_purpose)
    cut, damaged = _cut_inline_objectives(lines)
    items, _ = numbered_items(cut, opens=opens_purpose)
    return [i.text for i in items], damaged


def test_a_sub_list_prefix_with_a_digit_doubled_keeps_the_sequence():
    items, _ = _read("๓๓.๑ เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน ๓๔.๒",
                     "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้ได้หลากหลาย (Active Learning) ๓.๓ เพื่อให้โรงเรียน",
                     "มีเครือข่ายการเรียนรู้")
    assert items == ["เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน",
                     "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้ได้หลากหลาย (Active Learning)",
                     "เพื่อให้โรงเรียน มีเครือข่ายการเรียนรู้"]


def test_latin_letters_with_a_dot_and_a_digit_added_are_numbers_damaged():
    items, damaged = _read("๑. เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน",
                           "และการเขียน ie.",
                           "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้ on.",
                           "เพื่อให้โรงเรียนมีเครือข่าย ๓๕. เพื่อยกระดับคุณภาพการศึกษา")
    assert items == ["เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน และการเขียน",
                     "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้",
                     "เพื่อให้โรงเรียนมีเครือข่าย",
                     "เพื่อยกระดับคุณภาพการศึกษา"]
    assert "๓๕." in damaged.values()


def test_tokens_before_other_words_stay_text():
    items, damaged = _read("๑. เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน ie.",
                           "และการเขียน จำนวน ๑๕. คน",
                           "๒. เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้")
    assert items == ["เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน ie. และการเขียน จำนวน ๑๕. คน",
                     "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้"]
    assert not damaged


def test_a_bare_digit_reading_as_the_next_number_opens_an_objective_inside_a_line():
    # its dot lost and ๔ read as ๕: the next number by could_be (a digit further on, or one before no
    # "เพื่อ", stays text)
    items, _ = _read("๑. เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน",
                     "๒. เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้ ๓. เพื่อให้โรงเรียนมีเครือข่าย",
                     "ผู้ปกครอง และชุมชน ๕ เพื่อยกระดับคุณภาพการศึกษา")
    assert items == ["เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน", "เพื่อส่งเสริมให้ครูจัดกิจกรรมการเรียนรู้",
                     "เพื่อให้โรงเรียนมีเครือข่าย ผู้ปกครอง และชุมชน", "เพื่อยกระดับคุณภาพการศึกษา"]
    items, _ = _read("๑. เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน",
                     "๒. เพื่อให้โรงเรียนมีเครือข่าย จำนวน ๙ เพื่อยกระดับคุณภาพการศึกษา")
    assert items == ["เพื่อพัฒนาผู้เรียนให้มีทักษะการอ่าน",
                     "เพื่อให้โรงเรียนมีเครือข่าย จำนวน ๙ เพื่อยกระดับคุณภาพการศึกษา"]
