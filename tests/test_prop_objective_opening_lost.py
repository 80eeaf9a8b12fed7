"""An unnumbered list of objectives (each opened by its words, "เพื่อ...") one of whose objectives OCR read
without its opening word ("พัฒนาบุคลากร..." for "เพื่อพัฒนาบุคลากร..."), standing past a gap of lines: its
text is read into the objective before, every objective after it stands one place early, and the list's
last is lost.  Before, the lost row's sequence had no issue naming it.  Text that goes on past a blank line
(a gap of one line, as OCR ends a paragraph; a page break's gap is wider) with words that open no objective
is now said on the objectives' text and sequence (items_cut_in_doubt)."""

from __future__ import annotations

from parsers.items import gapped_unmarked_issues, numbered_items, opens_purpose
from schemas.document import Line


def _items(*rows: tuple[int, str]):
    return numbered_items([Line(no, text) for no, text in rows], opens=opens_purpose)[0]


def test_words_past_a_gap_that_open_no_objective_are_said_on_text_and_sequence():
    items = _items((10, "เพื่อส่งเสริมการอ่านของนักเรียน"), (12, "พัฒนาห้องสมุดโรงเรียนให้ทันสมัย"),
                   (14, "เพื่อสร้างนิสัยรักการอ่าน"))
    assert len(items) == 2 and items[0].gapped
    said = gapped_unmarked_issues(items, "objective", "objectives")
    assert {(i.code, i.field) for i in said} == {("items_cut_in_doubt", "objectives.text"),
                                                 ("items_cut_in_doubt", "objectives.seq")}
    # from the item's lines to the list's last: the objectives after it stand one place early
    assert all((i.line_start, i.line_end) == (10, 14) for i in said)


def test_a_page_break_s_wider_gap_is_not_said():
    # the page's furniture and its gap taken out between the lines: the page, not a paragraph's end, parted them
    items = _items((10, "เพื่อส่งเสริมการอ่านของนักเรียนและ"), (16, "ครูในโรงเรียน"), (18, "เพื่อสร้างนิสัยรักการอ่าน"))
    assert len(items) == 2 and items[0].gapped and not gapped_unmarked_issues(items, "objective", "objectives")


def test_a_wrap_right_under_its_line_is_not_said():
    items = _items((10, "เพื่อส่งเสริมการอ่านของนักเรียนและ"), (11, "ครูในโรงเรียน"), (13, "เพื่อสร้างนิสัยรักการอ่าน"))
    assert len(items) == 2 and not gapped_unmarked_issues(items, "objective", "objectives")


def test_a_numbered_list_is_left_to_its_numbers():
    items = _items((10, "1. เพื่อส่งเสริมการอ่าน"), (12, "ของนักเรียน"), (14, "2. เพื่อสร้างนิสัยรักการอ่าน"))
    assert not gapped_unmarked_issues(items, "objective", "objectives")
