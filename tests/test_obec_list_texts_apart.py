"""A list of findings whose item numbers OCR lost (its numbers in a column
of tabs, read as specks: fresh set s69o, obec_progress_s69o001), read as one
item over two paragraphs: "มีสัญญาณขัดข้อง...ทำให้เกิดความล่าช้า" /
"และความไม่ชัดเจน" / (gap) / "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้..." /
"ไตรมาสนี้ดำเนินการได้ล่าช้ากว่าที่กำหนดไว้".  Neither paragraph opens or ends as
the report's items do elsewhere, so nothing said the second item lost.  The
page's wraps tell: the first paragraph's last line is one the page did not
wrap (the next line's first word would have fitted on it: its text ended
there), and each paragraph is a text the page wrapped; one item is printed
as one text, so two texts are items whose numbers OCR lost
(lists.texts_apart; a missing_row warning, the text kept as read).  A
piece alone after the gap (one line: a wrap's tail OCR read apart, a line
whose end OCR lost) is none, nor is a paragraph after a line the page wrapped."""

from __future__ import annotations

from parsers.obec_progress.lists import texts_apart
from parsers.wraps import PageWraps
from schemas.document import Line

LINES = [Line(922, "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์ทำให้เกิดความล่าช้า"), Line(923, "และความไม่ชัดเจน"),
         Line(926, "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมใน"),
         Line(927, "ไตรมาสนี้ดำเนินการได้ล่าช้ากว่าที่กำหนดไว้")]


def _wraps(wrapped: set[int]) -> PageWraps:
    return PageWraps(frozenset(wrapped), frozenset())


def test_two_wrapped_texts_after_an_unwrapped_end_are_said():
    assert texts_apart(LINES, _wraps({923, 927})) == [926]


def test_a_paragraph_after_a_wrapped_line_is_none():
    # the page wrapped line 923 (926 follows it as its text's next line): one text over a gap
    assert texts_apart(LINES, _wraps({923, 926, 927})) == []


def test_a_piece_alone_after_the_gap_is_none():
    assert texts_apart(LINES[:3], _wraps({923})) == []
    # ... nor a one-line paragraph before it
    assert texts_apart(LINES[1:], _wraps({927})) == []


def test_without_the_page_s_wraps_nothing_is_said():
    assert texts_apart(LINES, None) == []
    assert texts_apart(LINES, PageWraps(frozenset({923, 927}), frozenset(), unwrapped=True)) == []
