"""A list whose item numbers OCR read as a column apart from its texts
("1)" / "2)" on lines of their own, then the texts), where an item's count
ran past the page's edge and the page wrapped it onto a line of its own
("... ให้แก่โรงเรียนในสังกัด จำนวน" / "12 โรงเรียน": fresh set s70o,
obec_progress_s70o001 project 3; s69o004's "... ให้แก่โร..." / "๑๓ โรงเรียน"
alike).  The count's figure opens its line bare, and was read as an item
numbered where it stands, so the list was read as no list of numbers apart:
its texts ran together as one item, the second lost.  A line that opens
with a count (a figure and the unit it counts: opens_with_count) right
under a line ending with a word that wants a figure (จำนวน) is the count
the page wrapped, no item's number: the numbers apart pair the texts'
paragraphs again."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of
from parsers.wraps import PageWraps
from schemas.document import Line

_FIRST = [Line(308, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทาง"), Line(309, "ปฏิบัติที่ถูกต้อง")]
_SECOND = [Line(312, "สพป.มหาสารคาม เขต 3 ดำเนินการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้"),
           Line(313, "ให้แก่โรงเรียนในสังกัด จำนวน")]
_NUMBERS = [Line(304, "1)"), Line(306, "2)")]


def _items(count: str) -> list[tuple[str, int, int]]:
    lines = _NUMBERS + _FIRST + _SECOND + [Line(314, count)]
    return items_of(lines, PageWraps(frozenset({309, 313, 314}), frozenset()))


def test_a_count_the_page_wrapped_is_no_item_number():
    assert [(a, b) for _, a, b in _items("12 โรงเรียน")] == [(308, 309), (312, 314)]
    assert _items("๑๒ โรงเรียน")[1][0].endswith("จำนวน ๑๒ โรงเรียน")


def test_a_numbered_line_that_counts_nothing_is_an_item_still():
    # (no unit after the figure: an item numbered where it stands, and no list of numbers apart)
    assert len(_items("12 ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด")) == 1


def test_a_count_after_a_gap_or_after_words_wanting_none_is_read_as_before():
    lines = _NUMBERS + _FIRST + _SECOND[:1] + [Line(313, "ให้แก่โรงเรียนในสังกัดทุกแห่ง"), Line(314, "12 โรงเรียน")]
    assert len(items_of(lines, PageWraps(frozenset({309, 313, 314}), frozenset()))) == 1
    lines = _NUMBERS + _FIRST + _SECOND + [Line(316, "12 โรงเรียน")]
    assert len(items_of(lines, PageWraps(frozenset({309, 313}), frozenset()))) == 1
