"""BMA proposals whose benefits are lettered ก. ข. and OCR damaged the second letter past any letter's shape ("VU.
นักเรียน..." for "ข. นักเรียน...", after a speck of the heading's rule: fresh set s90o, proposal 002): one Thai letter
proved no list, so both benefits were read as one.  After a first line of Thai opening with ก and its dot, the first
line opening with a short token and its dot before words that open a benefit stands in ข's place
(read._second_letter_damaged)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets, opens_beneficiary
from schemas.document import Line

LINES = [Line(1, "|"), Line(2, "ก. โรงเรียนมีผลงานการอ่านและการเขียนของนักเรียนทีมี"), Line(3, "คุณภาพ"),
         Line(4, "สามารถเผยแพร่เป็นแบบอย่างได้"), Line(5, ""), Line(6, "VU. นักเรียนสามารถสร้างความรู้"),
         Line(7, "ด้วยตนเองได้")]


def test_a_damaged_second_letter_before_a_benefit_s_words_stands_in_its_place():
    read = lettered_as_bullets(LINES, opens_beneficiary)
    assert [(ln.no, ln.bullet) for ln in read if ln.bullet] == [(2, True), (6, True)]
    assert read[5].text == "นักเรียนสามารถสร้างความรู้"


def test_a_token_before_words_that_open_no_benefit_is_left_alone():
    lines = LINES[:5] + [Line(6, "VU. ด้วยตนเองได้")]
    assert lettered_as_bullets(lines, opens_beneficiary) == lines


def test_a_first_line_opening_with_another_letter_is_no_such_list():
    lines = [Line(1, "ข. โรงเรียนมีผลงาน"), Line(2, "VU. นักเรียนสามารถสร้างความรู้")]
    assert lettered_as_bullets(lines, opens_beneficiary) == lines
