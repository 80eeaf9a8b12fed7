"""A bulleted list of objectives whose one wrapped line OCR read behind a bullet (the wrap's indent read as
". "): its words open no objective where every other bullet opens one ("เพื่อ..."). It is read as the wrap of
the item above, said on the list's text and sequence (items_cut_in_doubt: a wrap, or an item of its own).
Before, it was read as an objective, every objective after it one place late and the list one too long, with
no issue naming them (fresh set s85a, bma_proposal_s85a002)."""

from __future__ import annotations

from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line

_LINES = [Line(22, "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออก", bullet=True),
          Line(23, "เขียนได้ของนักเรียนระหว่างโรงเรียน"),
          Line(24, "ผู้ปกครอง และชุมชน", bullet=True),
          Line(25, "เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มี", bullet=True),
          Line(26, "คุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"),
          Line(27, "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรม", bullet=True)]


def test_a_bullet_whose_words_open_no_item_is_the_wrap_above_and_said():
    items, _ = numbered_items(_LINES, opens_purpose)
    assert len(items) == 3
    assert items[0].text.endswith("ระหว่างโรงเรียน ผู้ปกครอง และชุมชน")
    assert items[1].text.startswith("เพื่อคัดสรร")
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {(i.code, i.field, i.line_start, i.line_end) for i in issues} == {
        ("items_cut_in_doubt", "objectives.text", 22, 27), ("items_cut_in_doubt", "objectives.seq", 22, 27)}


def test_a_list_whose_bullets_open_by_other_words_twice_keeps_its_items():
    lines = _LINES[:3] + [Line(25, "ครูมีความรู้ความเข้าใจ", bullet=True)] + _LINES[4:]
    items, _ = numbered_items(lines, opens_purpose)
    assert len(items) == 4 and not opened_by_words_issues(items, "objective", "objectives")


def test_a_loose_bullet_past_a_gap_stays_an_item():
    lines = _LINES[:2] + [Line(ln.no + 1, ln.text, bullet=ln.bullet) for ln in _LINES[2:]]
    items, _ = numbered_items(lines, opens_purpose)
    assert len(items) == 4
