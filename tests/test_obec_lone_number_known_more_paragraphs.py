"""An OBEC list whose column of numbers OCR read apart kept only one number, alone over the texts ("a." for ๓, the
"๑." and "๒." above it lost: fresh set s77b's obec_progress 004, a project's results), whose texts OCR's gaps
broke into more paragraphs than the number counts (a blank line between an item's line and its wrap
"เรียบร้อยแล้ว"), or whose items are the report's known ones and a project's own sentence between them.  Before,
the items the report prints whole elsewhere cut the texts only where they stood in fewer paragraphs than the count,
and only into known items (no page widths): here no pairing was made, the three items ran together as one, the
number's "a." at its head, and two rows were lost (said unpaired).  Now, where the known items, with the page's
widths between them (lists._known_parts: a stretch the page wrapped whole is one item), cut all the texts into
exactly as many items as the number reads, in one way only, those are the items, however many paragraphs the gaps
made (lists._last_number_alone, where the count of numbers cut nothing); the pairing is said in doubt
(paired_in_doubt)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

BOARD = ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการ", "เรียบร้อยแล้ว")
OWN = ("สพป.นครสวรรค์ เขต ๓ ได้ดำเนินการยกระดับระบบบริหารการจัดการสำนักงานเขตพื้นที่", "การศึกษา ครบตามแผนที่กำหนด")
VISITS = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๒๕ โรงเรียน"
PUPILS = "นักเรียนในสังกัด จำนวน ๑๑๕ คน ได้เข้าร่วมกิจกรรมตามโครงการ"
KNOWN = frozenset({item_key(" ".join(BOARD)), item_key(VISITS.replace("๒๕", "๑๑๒")), item_key(PUPILS)})


def test_known_items_cut_texts_in_more_paragraphs_than_the_number_counts():
    # "a." reads ๓ (or ๑: no count of its own): three known items, the first broken by a gap (four paragraphs)
    lines = [Line(1, "a."), Line(3, BOARD[0]), Line(5, BOARD[1]), Line(7, VISITS), Line(9, PUPILS)]
    wraps = PageWraps(frozenset(), frozenset())
    assert len(items_of(lines, wraps)) == 1 and unpaired_numbers(lines, wraps)  # (no known items: run together)
    assert items_of(lines, wraps, KNOWN) == [(" ".join(BOARD), 3, 5), (VISITS, 7, 7), (PUPILS, 9, 9)]
    assert unpaired_numbers(lines, wraps, KNOWN) is None
    assert "prints whole elsewhere" in paired_in_doubt(lines, wraps, KNOWN)
    assert len(items_of(lines, None, KNOWN)) == 1  # (no page widths known: as before)


def test_known_items_and_a_wrapped_sentence_between_them():
    # "a." reads ๓: a known item, the project's own sentence the page wrapped (line 10 wrapped), a known item
    lines = [Line(1, "a."), Line(3, BOARD[0]), Line(5, BOARD[1]), Line(7, OWN[0]), Line(8, OWN[1]),
             Line(10, VISITS)]
    wraps = PageWraps(frozenset({8}), frozenset())
    assert items_of(lines, wraps, KNOWN) == [(" ".join(BOARD), 3, 5), (" ".join(OWN), 7, 8), (VISITS, 10, 10)]
    assert "prints whole elsewhere" in paired_in_doubt(lines, wraps, KNOWN)
    # the sentence's second line one the page did not wrap: no telling its pieces, no pairing
    assert len(items_of(lines, PageWraps(frozenset(), frozenset()), KNOWN)) == 1


def test_a_number_that_counts_otherwise_pairs_nothing():
    lines = [Line(1, "๔."), Line(3, BOARD[0]), Line(5, BOARD[1]), Line(7, VISITS)]  # four said, two known
    wraps = PageWraps(frozenset({5}), frozenset())
    assert len(items_of(lines, wraps, KNOWN)) == 1 and unpaired_numbers(lines, wraps, KNOWN)
