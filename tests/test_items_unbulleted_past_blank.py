"""A bulleted list whose texts go on past blank lines (OCR set a blank line between an item's own lines): an opener
line with no bullet past a blank line is no surer an item than one right under the line before: a bullet OCR lost,
or the page's wrap of the item above whose words open as an item's do.  Said of both (items_cut_in_doubt,
opened_by_words_issues; items.Item.unbulleted_gap).  Before, an opener past a blank line was taken for an item whose
bullet OCR lost with nothing said, and a wrap read so made an objective too many, the texts around it cut short
(fresh set s53z: a proposal's objectives 2 and 3 cut, a 4th made up, silent)."""

from __future__ import annotations

from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line


def _list(wrap_past_blank: bool) -> list[Line]:
    last = [Line(44, "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนา", bullet=True),
            Line(45, "ระหว่างโรงเรียน")]
    last.append(Line(47, "ผู้ปกครอง และชุมชน") if wrap_past_blank else Line(46, "ผู้ปกครอง และชุมชน"))
    return [Line(37, "เพื่อคัดสรรสื่อการเรียนรู้ที่มีคุณภาพ", bullet=True),
            Line(38, "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"),
            Line(40, "เพื่อส่งเสริมให้โรงเรียนจัดกิจกรรมการเรียนรู้"),
            Line(42, "เพื่อพัฒนาการใช้เทคโนโลยีเพื่อการเรียนการสอน"),
            *last]


def test_an_opener_past_a_blank_line_is_said_where_the_list_s_texts_go_on_past_blank_lines():
    items, _ = numbered_items(_list(wrap_past_blank=True), opens_purpose)
    assert [(i.line_start, i.unbulleted_gap) for i in items] == [(37, False), (40, True), (42, True), (44, False)]
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {(i.code, i.field, i.line_start, i.line_end) for i in issues} == {
        ("items_cut_in_doubt", "objectives.text", 37, 40), ("items_cut_in_doubt", "objectives.seq", 40, 47),
        ("items_cut_in_doubt", "objectives.text", 40, 42), ("items_cut_in_doubt", "objectives.seq", 42, 47)}


def test_where_no_text_goes_on_past_a_blank_line_the_blank_line_parts_items_and_nothing_is_said():
    items, _ = numbered_items(_list(wrap_past_blank=False), opens_purpose)
    assert len(items) == 4 and not any(i.unbulleted_gap or i.unbulleted for i in items)
    assert not opened_by_words_issues(items, "objective", "objectives")
