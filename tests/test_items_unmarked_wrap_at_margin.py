"""A list whose bullets OCR lost whole (no bullet, no number read: every item opened by its words): a line opening
with an item's words right under a line that ran to the page's margin is an item, or the page's wrap of the item
above ("... จัดกิจกรรมการเรียนรู้" / "เพื่อพัฒนาการจัดการเรียนรู้เชิงรุก": "เพื่อ" opens objectives and runs inside
them).  Said of both (items_cut_in_doubt, opened_by_words_issues; items.Item.wrapped_opener).  Before, the wrap was
read as an objective of its own with nothing said, the objective above cut at its first line (fresh set s64z,
bma_proposal_s64z001: objective 3 cut, a 4th made up, silent)."""

from __future__ import annotations

from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line

_LINES = [Line(37, "เพื่อคัดสรรสื่อการเรียนรู้ที่มีคุณภาพ"),
          Line(39, "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"),
          Line(40, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างสรรค์ชิ้นงาน"),
          Line(42, "ด้วยตนเองได้"),
          Line(44, "เพื่อส่งเสริมให้โรงเรียนจัดกิจกรรมการเรียนรู้"),
          Line(45, "เพื่อพัฒนาการเรียนรู้ของนักเรียน")]


def test_an_opener_under_a_line_at_the_margin_in_an_unmarked_list_is_said():
    items, _ = numbered_items(_LINES, opens_purpose, margin=frozenset({45}))
    assert [(i.line_start, i.wrapped_opener) for i in items] == [(37, False), (40, False), (44, False), (45, True)]
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {(i.code, i.field, i.line_start, i.line_end) for i in issues} == {
        ("items_cut_in_doubt", "objectives.text", 44, 45), ("items_cut_in_doubt", "objectives.seq", 45, 45)}


def test_an_opener_under_a_short_line_is_an_item_with_nothing_said():
    items, _ = numbered_items(_LINES, opens_purpose, margin=frozenset())
    assert len(items) == 4 and not any(i.wrapped_opener for i in items)
    assert not opened_by_words_issues(items, "objective", "objectives")


def test_in_a_bulleted_list_the_margin_wraps_the_line_as_before():
    lines = [Line(ln.no, ln.text, bullet=ln.no in (37, 40, 44)) for ln in _LINES]
    items, _ = numbered_items(lines, opens_purpose, margin=frozenset({45}))
    assert [i.line_start for i in items] == [37, 40, 44] and items[-1].line_end == 45
