"""An OBEC list printed with its item numbers in front of its items whose
first number OCR garbled ("©." or "0)" for ๑) and whose second number it
damaged too: its dot read as a comma ("๒," "lo,") or its digit as a glyph
split in two ("lo)" for ๒)); fresh sets u s24u003, ob2/set1 s19oba001,
q s22q001, k s21k003.  The first number was mended to 1 only where a line
printed "๒." or "2." with the same mark, so the list read as one item
(or, after a gap, "๓." was taken for the second item's number and read as
2, the damaged 2 beside it: two items numbered 2, run together).  Now the
second number as OCR damages it confirms the first (lists._opens_second),
and a line opening with the next number and a comma for the list's dot
counts as that item in the sequence after a gap (lists._after_gap_mended).
A comma after a number in a list closed by brackets, or a comma after a
figure that reads as no next number, counts for nothing."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of
from schemas.document import Line


def _items(texts: list[str]) -> list[tuple[int, int]]:
    lines = [Line(no, text) for no, text in enumerate(texts, start=1) if text]
    return [(a, b) for _, a, b in items_of(lines)]


SPREAD = "ได้เผยแพร่ผลการดําเนินงานทางเว็บไซต์และสือสังคมออนไลน์ของสํานักงาน"
VISITS = "ได้ดําเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จํานวน ๓๒ โรงเรียน"
DONE = ("สพป.สงขลา เขต ๑ ได้ดําเนินการขับเคลือนโรงเรียนคุณภาพ ๑", "อําเภอ ๑ โรงเรียนคุณภาพ ครบตามแผนทีกําหนด")


def test_a_garbled_first_number_and_a_comma_for_the_seconds_dot():
    got = _items([f"©. {SPREAD}", "", f"๒, {VISITS}", "", f"๓. {DONE[0]}", "", DONE[1]])
    assert got == [(1, 1), (3, 3), (5, 7)]  # before: (1, 1) and (3, 7), item 3 run into item 2


def test_a_garbled_first_number_and_a_glyph_for_the_second():
    got = _items([f"©. {SPREAD[:40]}", SPREAD[40:], "", f"lo, {VISITS}", "", f"๓. {DONE[0]}", DONE[1]])
    assert got == [(1, 2), (4, 4), (6, 7)]
    got = _items([f"0) {SPREAD[:40]}", SPREAD[40:], "", f"lo) {VISITS}"])
    assert got == [(1, 2), (4, 4)]  # before: one item


def test_a_comma_for_the_dot_after_a_gap_keeps_the_next_numbers_place():
    got = _items([f"๑. {SPREAD}", "", f"lo, {VISITS}", "", f"๓. {DONE[0]}", DONE[1]])
    assert got == [(1, 1), (3, 3), (5, 6)]  # before: "๓." read as 2, items 2 and 3 run together


def test_a_comma_counts_for_nothing_in_a_list_closed_by_brackets():
    got = _items([f"0) {SPREAD}", "", f"lo, {VISITS}"])
    assert got == [(1, 3)]
