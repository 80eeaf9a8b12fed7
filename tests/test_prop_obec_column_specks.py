"""OBEC lists whose item numbers stand in a column of their own, two classes after OCR.

(1) A speck OCR read between a line that ran to the margin and the rest of it the page wrapped ("สพป.X ...
จำนวน ๓๕" / "ส" / "โรงเรียน"): the widths, read line after line, saw the rest follow the speck, no wrap, so it
stood as a paragraph, an item, of its own, and the list's items shifted or ran together.  The lists take the line
right after a line of specks as told past it (read._after_debris, the wraps part_starts already used); a line of
debris with a digit is no speck ("...ในศตวรรษที่" / "21": a figure the page wrapped, which ends its line).

(2) A column's "๒." read as "la." (the digit's stem and its loop as two Latin letters), which no digit-by-digit
reading gives: it reads as 2 (lists._MARK_GLYPHS), so "©." over it is the column's 1 and "la." alone over two
paragraphs numbers them (the "๑." lost), as "lo." did."""

from __future__ import annotations

from parsers.obec_progress.lists import column_firsts_kept, items_of, paired_in_doubt
from parsers.obec_progress.read import _after_debris
from parsers.wraps import PageWraps
from schemas.document import Line

SCHOOLS = "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"
VIRTUE = ("สพป.ตรัง เขต ๑ ดำเนินการเสริมสร้างคุณธรรม ให้แก่โรงเรียนในสังกัด จำนวน ๓๕", "โรงเรียน")


def test_a_speck_between_a_line_and_its_wrap_hides_no_wrap():
    text = [Line(1, "1."), Line(2, "2."), Line(4, SCHOOLS), Line(6, VIRTUE[0]), Line(7, "ส"), Line(9, VIRTUE[1])]
    read = PageWraps(wrapped=frozenset(), past=frozenset())  # (line 9 follows the speck: no wrap seen)
    past = PageWraps(wrapped=frozenset({9}), past=frozenset(), at_margin=frozenset({9}), in_columns=frozenset({9}))
    wraps = _after_debris(text, read, past)
    assert 9 in wraps.wrapped and 9 in wraps.at_margin
    listed = [ln for ln in text if ln.text != "ส"]
    assert [t for t, _, _ in items_of(listed, read)] != [SCHOOLS, " ".join(VIRTUE)]  # (as read: three paragraphs)
    assert [t for t, _, _ in items_of(listed, wraps)] == [SCHOOLS, " ".join(VIRTUE)]
    assert paired_in_doubt(listed, wraps) is not None  # (paragraphs joined where the page wrapped: still said)
    # a figure is no speck: the line after it keeps the wraps as read
    figure = [*text[:4], Line(7, "21"), text[5]]
    assert _after_debris(figure, read, past).wrapped == frozenset()


MEETING = "สามารถดำเนินการประชุมคณะกรรมการ เดือนละ ๑ ครั้ง"
HEADS = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๓๐ คน"


def test_la_is_the_columns_two():
    texts = [Line(4, MEETING), Line(6, HEADS)]
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(2, "la."), *texts])][:2] == ["1.", "la."]
    # "la." alone, the "๑." over it lost, over two paragraphs: their numbers
    assert [t for t, _, _ in items_of([Line(2, "la."), *texts])] == [MEETING, HEADS]
    # over one paragraph: the texts run together, the list's count said (no pairing)
    assert len(items_of([Line(2, "la."), Line(4, MEETING), Line(5, HEADS)])) == 1
