"""BMA proposals whose benefits are lettered ก. ข. ค. ง. and OCR read the last letter as the digit of its place
("4. นักเรียน..." for "ง. นักเรียน...", ข's dot read as a mark below and ค's dot lost: fresh set s87o, proposal 002):
the list stopped at the digit, taken for a number of its own, so the lettered items before it were text before
the first benefit and three benefits were lost.  After a lettered list's last letter, a digit and its dot that
count the letter's place stand for it (read._letters_after); a digit of another value is left alone."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line

LINES = [Line(1, "ก. ผู้ปกครองและชุมชนมีส่วนร่วม"), Line(2, "ขุ โรงเรียนมีผลงานการอ่าน"),
         Line(3, "ค โรงเรียนมีกิจกรรมที่ส่งเสริม")]


def test_a_digit_that_counts_the_next_letter_s_place_stands_for_that_letter():
    read = lettered_as_bullets([*LINES, Line(4, "4. นักเรียนสามารถสร้างความรู้")])
    assert [(ln.text, ln.bullet) for ln in read] == [("ผู้ปกครองและชุมชนมีส่วนร่วม", True),
                                                     ("โรงเรียนมีผลงานการอ่าน", True),
                                                     ("โรงเรียนมีกิจกรรมที่ส่งเสริม", True),
                                                     ("นักเรียนสามารถสร้างความรู้", True)]


def test_a_thai_digit_of_the_place_stands_for_it_too():
    read = lettered_as_bullets([*LINES, Line(4, "๔. นักเรียนสามารถสร้างความรู้")])
    assert read[-1].text == "นักเรียนสามารถสร้างความรู้" and read[-1].bullet


def test_a_digit_of_another_place_is_left_as_it_is():
    read = lettered_as_bullets([*LINES, Line(4, "2. นักเรียนสามารถสร้างความรู้")])
    assert (read[-1].text, read[-1].bullet) == ("2. นักเรียนสามารถสร้างความรู้", False)
