"""A list of indicators whose item numbers and the first word of item 2 were lost at the page's edge
(fresh set s64z, obec_progress_s64z001: "บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๕ คน" /
"เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมาก" for "ผู้เข้าร่วม...ในระดับมากขึ้นไป"): item 2 was read
as item 1's wrapped line, its row lost with no issue.  Its line is an item the report prints whole elsewhere but
for its first letters (lists.known_piece_cut): the item is cut there and the cut said (items_cut_in_doubt).  A
line that is such an item whole, lacking nothing, is no cut: a report's items include the wrapped pieces other
lists read apart (an item's second line)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, known_piece_cut
from schemas.document import Line

FIRST = "ครูผู้สอนในโรงเรียนขนาดเล็ก จำนวน ๒๑ คน"
WHOLE = "ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้นกว่าปีที่ผ่านมา"


def _items(second: str) -> tuple[list[Line], list[tuple[str, int, int]]]:
    lines = [Line(20, FIRST), Line(21, second)]
    return lines, [(f"{FIRST} {second}", 20, 21)]


def test_an_item_known_but_for_its_first_word_is_cut_off():
    lines, items = _items("เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้นกว่าปี")
    cut, at = known_piece_cut(lines, items, frozenset({item_key(WHOLE)}))
    assert at == [21]
    assert cut == [(FIRST, 20, 20), ("เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้นกว่าปี", 21, 21)]


def test_a_line_that_is_a_known_text_whole_is_not_cut():
    # (a wrapped piece another list read apart as an item: the line is this item's wrap)
    lines, items = _items(WHOLE)
    assert known_piece_cut(lines, items, frozenset({item_key(WHOLE)})) == (items, [])


def test_a_line_that_is_no_known_item_is_not_cut():
    lines, items = _items("เรียนมีความสุขในการมาโรงเรียนทุกวัน")
    assert known_piece_cut(lines, items, frozenset({item_key(WHOLE)})) == (items, [])
