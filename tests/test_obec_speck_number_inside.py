"""An OBEC list item whose next item's number OCR read as a letter alone and a bare digit, its mark lost
("ก 0 ไดแนไนการนิเทา ... จำนวน ๒๒ โรงเรียน" for "๓. ได้ดำเนินการนิเทศ ..."), after a gap: the line went to the
item above, the next item's row lost with no issue naming the list (parsers.obec_progress.lists.
damaged_numbers_inside_items: said as an item number OCR damaged past reading)."""

from __future__ import annotations

from parsers.obec_progress.lists import damaged_numbers_inside_items
from schemas.document import Line

_ABOVE = [Line(10, "๒. สพป.ทดสอบ เขต ๑ ได้ดำเนินการพัฒนาคุณภาพการศึกษา"), Line(11, "ขั้นพื้นฐาน ครบตามแผนที่กำหนด")]


def test_a_letter_and_a_bare_digit_opening_a_line_after_a_gap_inside_an_item_are_said():
    lines = [*_ABOVE, Line(13, "ก 0 ไดแนไนการนิเทา denn โรงเรียนในสังกัด จำนวน ๒๒ โรงเรียน")]
    assert damaged_numbers_inside_items(lines, [("", 10, 13)]) == ["ก 0"]


def test_a_step_number_a_word_before_a_date_or_debris_are_not():
    for text in ("2 1 จัดทำเครื่องมือการนิเทศ ติดตาม และแจ้งโรงเรียนในสังกัด",  # (a step's number, ๒.๑)
                 "ณ 5 ธันวาคม ๒๕๖๗ ณ ห้องประชุมสำนักงานเขตพื้นที่",  # (ณ: a word before a date)
                 "a ๐  ส  aA   rN   za        vy   a    @๑ a"):  # (a line of OCR debris)
        lines = [*_ABOVE, Line(13, text)]
        assert damaged_numbers_inside_items(lines, [("", 10, 13)]) == [], text


def test_right_under_the_line_before_it_is_not_asked():
    lines = [*_ABOVE, Line(12, "ก 0 ไดแนไนการนิเทา denn โรงเรียนในสังกัด จำนวน ๒๒ โรงเรียน")]
    assert damaged_numbers_inside_items(lines, [("", 10, 12)]) == []
