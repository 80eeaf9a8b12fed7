"""A list whose column of item numbers OCR read apart kept only its last ("๒." alone over the texts, the "๑." above
it lost or read as a speck), its texts standing in more paragraphs than it counts (OCR left a gap inside an item:
"ข้าราชการครู... จำนวน ๓๒ คน" / gap / "ได้รับการพัฒนาตามโครงการ") or fewer (items printed one under the other):
the gaps alone could not pair them, and the list read as one item, its number in the text ("๒. สพป.... โรงเรียน
ข้าราชการครู..."), the second item lost (flagged missing_row). Its texts are cut as those of a column of the
numbers it counts are (lists._last_number_alone: the page's widths, the items the report prints whole elsewhere,
how its items open), and the pairing is said (paired_in_doubt: the count decided)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

FIRST = ["สพป.ทดสอบ เขต ๑ ดำเนินการพัฒนาระบบเทคโนโลยีสารสนเทศเพื่อ", "การบริหารจัดการ ให้แก่โรงเรียนในสังกัด จำนวน ๓๒ โรงเรียน"]
SECOND = ["ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน ๓๒ คน", "ได้รับการพัฒนาตามโครงการ"]
LINES = [Line(1, "๒."), Line(3, FIRST[0]), Line(4, FIRST[1]), Line(6, SECOND[0]), Line(8, SECOND[1])]
# lines 4, 6 and 8 may go on from the line before (6 and 8 only by their first word's overrunning); 4 ran to the margin
WRAPS = PageWraps(frozenset({1, 4, 6, 8}), frozenset(), frozenset({1, 4}))
# the second item, printed whole for another project (its own count)
KNOWN = frozenset({item_key("ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน ๕ คน ได้รับการพัฒนาตามโครงการ")})


def test_the_lone_number_counts_the_items_the_texts_are_cut_into():
    got = items_of(LINES, WRAPS, KNOWN)
    assert [(a, b) for _, a, b in got] == [(3, 4), (6, 8)]
    assert got[0][0] == " ".join(FIRST) and got[1][0] == " ".join(SECOND)
    assert unpaired_numbers(LINES, WRAPS, KNOWN) is None  # paired: no missing_row
    assert "one number alone opens it" in paired_in_doubt(LINES, WRAPS, KNOWN)  # but said


def test_without_the_widths_the_list_stays_one_item():
    got = items_of(LINES, None, KNOWN)
    assert len(got) == 1 and got[0][0].startswith("๒.")
    assert unpaired_numbers(LINES, None, KNOWN) == ["๒"]


def test_a_number_read_as_one_counts_nothing():
    lines = [Line(1, "๑."), *LINES[1:]]
    assert paired_in_doubt(lines, WRAPS, KNOWN) is None or "one number alone" not in paired_in_doubt(lines, WRAPS, KNOWN)


def test_a_two_split_into_latin_letters_counts_two():
    # "lo." for ๒.: the digit's stem (read only as a 1) and its loop (which may read as a 2)
    lines = [Line(1, "lo."), *LINES[1:]]
    got = items_of(lines, WRAPS, KNOWN)
    assert [(a, b) for _, a, b in got] == [(3, 4), (6, 8)]


def test_a_count_past_three_is_no_count():
    # an Arabic "4." or "9." alone over the texts is more often a ๑ OCR misread than a column that lost three
    # numbers or more: the list stays as read (and its number is said: missing_row)
    lines = [Line(1, "4."), *LINES[1:]]
    assert len(items_of(lines, WRAPS, KNOWN)) == 1
    assert unpaired_numbers(lines, WRAPS, KNOWN) == ["4"]
