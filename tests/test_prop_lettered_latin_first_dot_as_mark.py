"""BMA proposals whose two benefits are lettered ก. ข. and OCR read ก as its Latin look-alike with a speck of a
dot after its mark ("A. . ข้าราชการครู...") and ข's dot as the vowel mark below it ("ขุ นักเรียนสามารถ..."): the
speck kept "A." from being a letter, "ขุ" was taken only between two letters that skip one, and the second benefit
ran into the first with no issue naming it (fresh set s87a, bma_proposal_s87a005).  A speck after a Latin letter's
mark is the mark's (_LATIN_LETTER_RE), and a letter whose dot OCR read as a mark below it stands in its place where
the list is proved with it, every letter in its place (read.lettered_marks)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line


def test_a_latin_first_letter_with_a_speck_and_a_dotted_second_letter_are_a_list():
    read = lettered_as_bullets([Line(1, "A. . ข้าราชการครูและบุคลากรทางการศึกษา"), Line(2, "มีการจัดการเรียนรู้"),
                                Line(3, "ขุ นักเรียนสามารถสร้างความรู้"), Line(4, "ด้วยตนเองได้")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("ข้าราชการครูและบุคลากรทางการศึกษา", True), ("มีการจัดการเรียนรู้", False),
        ("นักเรียนสามารถสร้างความรู้", True), ("ด้วยตนเองได้", False)]


def test_a_dotted_letter_out_of_its_place_proves_nothing():
    # "คุ" where ข's place comes: no list, the lines kept as they are
    lines = [Line(1, "A. . ข้าราชการครู"), Line(2, "คุ นักเรียนสามารถ")]
    assert lettered_as_bullets(lines) == lines
    # nor a dotted ข after a Latin letter that is no look-alike of ก
    lines = [Line(1, "Q. ข้าราชการครู"), Line(2, "ขุ นักเรียนสามารถ")]
    assert lettered_as_bullets(lines) == lines
