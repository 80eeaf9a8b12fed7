"""BMA proposals whose benefits are lettered ก. ข. ค. and OCR read ข's dot as the vowel mark below a letter ("ขุ
ข้าราชการครู..." for "ข. ข้าราชการครู...", after a page's running header; fresh set s56o, proposal 002): the
letters skipped ข, proved nothing, and all three benefits were lost (said as text under the heading).  Between two
letters in their places that skip one, a line opening with a letter and such a mark alone stands in the skipped
one's place, as a letter whose dot was lost does (read._dot_lost_between, _DOT_AS_MARK_LETTER_RE)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line


def test_a_letter_whose_dot_ocr_read_as_a_mark_below_stands_in_the_skipped_place():
    read = lettered_as_bullets([Line(1, "ก. โรงเรียนมีผลงานการอ่าน"), Line(2, "คุณภาพ"),
                                Line(3, "ขุ ข้าราชการครูและบุคลากร"), Line(4, "ค. ผู้ปกครองและชุมชน")])
    assert [(ln.text, ln.bullet) for ln in read] == [("โรงเรียนมีผลงานการอ่าน", True), ("คุณภาพ", False),
                                                     ("ข้าราชการครูและบุคลากร", True), ("ผู้ปกครองและชุมชน", True)]


def test_a_word_opening_with_a_letter_and_a_mark_below_is_no_letter():
    # "คุณภาพ" holds ค and ุ but no space after them: the wrap of the item above, and ข's place stays empty
    none = [Line(1, "ก. โรงเรียนมี"), Line(2, "คุณภาพ ของนักเรียน"), Line(3, "ค. ผู้ปกครอง")]
    assert lettered_as_bullets(none) == none


def test_a_letter_with_a_speck_mark_below_and_its_dot_kept_stands_in_the_skipped_place():
    # fresh set s59z, proposal 001: "ขู. โรงเรียนมี..." for "ข. โรงเรียนมี..." (the mark a speck, the dot kept): the
    # letters skipped ข and all three benefits were lost
    read = lettered_as_bullets([Line(1, "ก. นักเรียนสามารถสร้างความรู้"), Line(2, "ขู. โรงเรียนมีกิจกรรม"),
                                Line(3, "ค. ผู้ปกครองและชุมชน")])
    assert [(ln.text, ln.bullet) for ln in read] == [("นักเรียนสามารถสร้างความรู้", True), ("โรงเรียนมีกิจกรรม", True),
                                                     ("ผู้ปกครองและชุมชน", True)]

