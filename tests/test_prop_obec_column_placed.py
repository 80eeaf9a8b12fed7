"""OBEC lists whose item numbers stand in a column of their own, none of whose numbers OCR read as its place.

A document's OCR may write a digit standing alone as a glyph no table of confusions holds, and write it so
throughout ("9." for ๑ and "a." or "‘a." for ๒, "อ." for ๑): a column "9." / "a." over two texts read as none of
its places, two numbers out of two, so no sequence confirmed it, the texts did not pair with it and the list's
items ran together into one, its other rows lost (said `missing_row`).  The tokens stand where the form prints its
item numbers, in order, so each is the number of its place (lists._placed_column, as _placed_numbers_mended reads
such numbers in front of the texts): the texts pair with them by their places where as many stand as numbers, and
the pairing is said to be in doubt (paired_in_doubt, `items_cut_in_doubt`).  A number after the first printed in
digits that cannot be its place's ("9." / "9." / "3.": a number lost or read twice) says otherwise."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
from schemas.document import Line

FIRST = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
SECOND = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"


def column(*numbers: str) -> list[Line]:
    lines = [Line(2 * k + 1, n) for k, n in enumerate(numbers)]
    return lines + [Line(2 * len(numbers) + 1, FIRST), Line(2 * len(numbers) + 3, SECOND)]


def test_a_column_none_of_whose_numbers_reads_as_its_place_pairs_by_places_in_doubt():
    for numbers in (("อ.", "a."), ("9.", "‘a."), ("9.", "a.")):
        lines = column(*numbers)
        assert items_of(lines) == [(FIRST, 5, 5), (SECOND, 7, 7)]
        assert unpaired_numbers(lines) is None
        assert "each was taken for the number of its place" in paired_in_doubt(lines, None)


def test_a_later_number_in_digits_off_its_place_pairs_nothing():
    lines = [Line(1, "9."), Line(2, "9."), Line(3, "3."), Line(5, FIRST), Line(7, SECOND), Line(9, FIRST)]
    assert len(items_of(lines)) == 1 and unpaired_numbers(lines) is not None
    lines = column("อ.", "1.")
    assert len(items_of(lines)) == 1 and unpaired_numbers(lines) == ["อ", "1"]
    # (a digit that may be its place's, as OCR misreads it, does not: "๖." for ๒)
    assert len(items_of(column("อ.", "๖."))) == 2


def test_a_column_that_reads_or_counts_otherwise_is_left_as_it_was():
    # a column that reads whole pairs, no doubt; one with more numbers than texts pairs nothing
    assert paired_in_doubt(column("1.", "2."), None) is None
    lines = column("อ.", "a.", "a.")
    assert len(items_of(lines)) == 1 and unpaired_numbers(lines) == ["อ", "a", "a"]
