"""An item that is two items the report prints elsewhere, one after the other, the second's number (and, here,
its first line) lost (fresh set s74a, obec_progress_s74a004, project 9's outcomes: "เรียนได้รับการพัฒนาเต็มตาม
ศักยภาพ" / "ทักษะทีจำเป็นในศตวรรษที่ ๒๑" / (gap) / "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิงขึน", the close of
"ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง และพัฒนาคุณภาพงาน..."): read as one item, item 2's row lost
with no issue.  The item is cut where the second opens (lists.known_parts_cut) and the cut said by the caller:
each half is a known item whole, or as OCR damaged it (a letter or two off, its first letters, its opening or
its close lost), one of them whole or a gap before the second.  Not where the close goes on from the words
before it (one known item OCR broke over a gap), nor where nothing is known of the second."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, known_parts_cut
from schemas.document import Line

FIRST = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ ๒๑"
SECOND = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น"
OWN = frozenset({item_key(FIRST), item_key(SECOND)})
DAMAGED = ("เรียนได้รับการพัฒนาเต็มตามศักยภาพ", "ทักษะทีจำเป็นในศตวรรษที่ ๒๑")
CLOSE = "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิงขึน"


def _item(*texts: str, gap: bool = True) -> tuple[list[Line], list[tuple[str, int, int]]]:
    lines = [Line(40, texts[0]), Line(41, texts[1]), Line(43 if gap else 42, texts[2])]
    return lines, [(" ".join(texts), 40, lines[-1].no)]


def test_a_damaged_known_item_then_a_known_close_after_a_gap_is_two_items():
    lines, items = _item(*DAMAGED, CLOSE)
    out, cut = known_parts_cut(lines, items, OWN, frozenset())
    assert out == [(" ".join(DAMAGED), 40, 41), (CLOSE, 43, 43)]
    assert cut == [43]


def test_neither_whole_and_no_gap_is_left_as_read():
    lines, items = _item(*DAMAGED, CLOSE, gap=False)
    assert known_parts_cut(lines, items, OWN, frozenset()) == (items, [])


def test_a_close_going_on_from_the_words_before_it_is_one_item():
    lines, items = _item("ข้าราชการครูและบุคลากรทางการศึกษา", "มีการพัฒนาตนเอง", CLOSE)
    assert known_parts_cut(lines, items, OWN, frozenset()) == (items, [])


def test_a_second_text_nothing_knows_is_left_as_read():
    lines, items = _item(*DAMAGED, "และส่งเสริมการอ่านของนักเรียนในสังกัดทุกคน")
    assert known_parts_cut(lines, items, OWN, frozenset()) == (items, [])


def test_an_opening_whose_close_is_the_next_item_is_left_to_the_shift():
    # (fresh set s68o, obec_progress_s68o003: "ได้เผยแพร่...ของสำนักงาน" / "สพป.X ได้ดำเนินการ...และการส่งเสริม" /
    # (gap) / "ความเป็นเลิศทางวิชาการ ครบตามแผนที่กำหนด", the list cut at the gap: lists.known_shifted moves the line)
    first = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
    opening = "สพป.อุบลราชธานี เขต 1 ได้ดำเนินการการพัฒนาพหุปัญญาผู้เรียนรายบุคคลและการส่งเสริม"
    close = "ความเป็นเลิศทางวิชาการ ครบตามแผนที่กำหนด"
    own = frozenset({item_key(first), item_key(f"{opening}{close}")})
    lines = [Line(37, first), Line(38, opening), Line(40, close)]
    items = [(f"{first} {opening}", 37, 38), (close, 40, 40)]
    assert known_parts_cut(lines, items, own, frozenset()) == (items, [])


def test_no_cut_in_a_list_holding_a_piece_read_as_an_item():
    # (fresh set s71b, obec_progress_s71b004: "๐๑๐." read as item 1, items 1 and 2 run together as item 2: the
    # rows a cut makes would stand one place off)
    lines, items = _item(*DAMAGED, CLOSE)
    items = [("๐๑๐.", 38, 38), *items]
    lines = [Line(38, "๐๑๐."), *lines]
    assert known_parts_cut(lines, items, OWN, frozenset()) == (items, [])
