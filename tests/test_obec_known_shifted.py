"""Two items in a row cut at the wrong line (fresh set s72a, obec_progress_s72a001, project 2's outcomes: "ครูผู้สอน
...การสอนได้อย่างมีประสิทธิภาพ" / "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง" / (gap) / "และพัฒนาคุณภาพงาน
ให้มีประสิทธิภาพมากยิ่งขึ้น": the list was cut at OCR's gap inside item 2, item 2's first line read as item 1's
close).  Where the first item is an item the report prints whole elsewhere and then the next one's opening lines,
and those lines with the next item's text are such an item too, the lines move to the next item
(lists.known_shifted), the count of items kept; the other way round too (the next item's opening lines being the
first item's close).  A pair both of whose texts the report prints as read is left as read, and so is a pair no known item
decides."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, known_shifted
from schemas.document import Line

FIRST = "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่างมีประสิทธิภาพ"
HEAD = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"
TAIL = "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น"
OWN = frozenset({item_key(FIRST), item_key(f"{HEAD} {TAIL}")})


def _lines() -> list[Line]:
    return [Line(30, FIRST), Line(31, HEAD), Line(33, TAIL)]


def test_the_next_items_opening_line_moves_to_it():
    items = [(f"{FIRST} {HEAD}", 30, 31), (TAIL, 33, 33)]
    out, moved = known_shifted(_lines(), items, OWN, frozenset())
    assert out == [(FIRST, 30, 30), (f"{HEAD} {TAIL}", 31, 33)]
    assert moved == [31]


def test_the_first_items_close_moves_back_to_it():
    lines = [Line(30, HEAD), Line(32, TAIL), Line(33, FIRST)]
    items = [(HEAD, 30, 30), (f"{TAIL} {FIRST}", 32, 33)]
    out, moved = known_shifted(lines, items, OWN, frozenset())
    assert out == [(f"{HEAD} {TAIL}", 30, 32), (FIRST, 33, 33)]
    assert moved == [33]


def test_two_items_the_report_prints_as_read_are_left_as_read():
    items = [(f"{FIRST} {HEAD}", 30, 31), (TAIL, 33, 33)]
    known = frozenset({item_key(f"{FIRST} {HEAD}"), item_key(TAIL)})
    assert known_shifted(_lines(), items, OWN, known) == (items, [])


def test_a_known_first_item_before_a_text_too_short_for_an_item_is_shifted():
    # (fresh set s70z, obec_progress_s70z001: the list's own reading is among the known items; "มีประสิทธิภาพ",
    # item 2's close, is none; item 1 lost its first word at the page's edge)
    whole = "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่าง"
    first = "เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ 21"
    lines = [Line(36, first), Line(37, whole), Line(40, "มีประสิทธิภาพ")]
    items = [(f"{first} {whole}", 36, 37), ("มีประสิทธิภาพ", 40, 40)]
    own = frozenset({item_key(f"ผู้{first}"), item_key(f"{whole}มีประสิทธิภาพ"), item_key(f"{first} {whole}")})
    out, moved = known_shifted(lines, items, own, frozenset())
    assert out == [(first, 36, 36), (f"{whole} มีประสิทธิภาพ", 37, 40)]
    assert moved == [37]


def test_a_pair_no_known_item_decides_is_left_as_read():
    items = [(f"{FIRST} {HEAD}", 30, 31), (TAIL, 33, 33)]
    assert known_shifted(_lines(), items, frozenset({item_key(FIRST)}), frozenset()) == (items, [])
