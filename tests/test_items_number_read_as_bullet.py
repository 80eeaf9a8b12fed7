"""A numbered list whose one item's number OCR read as a bullet's look-alike ("= เพื่อพัฒนา..." for ๕, the
objectives numbered inline "... 4 เพื่อ..." before it): the mark is taken off as a bullet (items.bullet_lookalikes),
so the line opens with the item's words under item N.  Before, it ran into item N as a wrap, with no issue naming
it, and the list's last row was lost (fresh set s72o, bma_progress_s72o004: objective 4 holding 5's text, 5 lost,
silent).  Now it opens item N + 1, numbered by the sequence and said (items_cut_in_doubt,
items.Item.marked_for_number); a bulleted list, and a mark before words that open no item, read as before."""

from __future__ import annotations

from parsers.items import bullet_lookalikes, numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line

_LINES = [Line(25, "1 เพื่อติดตามและประเมินผลการยกย่อง"),
          Line(26, "เชิดชูเกียรติข้าราชการครูอย่างเป็นระบบ 2 เพื่อยกระดับมาตรฐานของ"),
          Line(27, "ศูนย์วิชาการเขต 3 เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน"),
          Line(28, "ผู้ปกครอง และชุมชน 4 เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และ"),
          Line(29, "สร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้"),
          Line(30, "= เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะและเทคนิค"),
          Line(31, "ในการทำงานด้านพัฒนาคุณภาพการศึกษา")]


def test_a_number_read_as_a_bullet_mark_opens_the_next_item_and_is_said():
    items, _ = numbered_items(bullet_lookalikes(_LINES, opens_purpose), opens_purpose)
    assert [i.number for i in items] == [(1,), (2,), (3,), (4,), (5,)]
    assert items[3].text == "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และ สร้างสรรค์ชิ้นงานต่างๆ " \
                            "ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้"
    assert items[4].text == "เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะและเทคนิค " \
                            "ในการทำงานด้านพัฒนาคุณภาพการศึกษา"
    assert items[4].marked_for_number
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {(i.code, i.field, i.line_start, i.line_end) for i in issues} == {
        ("items_cut_in_doubt", "objectives.text", 28, 31), ("items_cut_in_doubt", "objectives.seq", 30, 31)}


def test_a_mark_before_words_that_open_no_item_stays_the_item_s_text():
    lines = _LINES[:5] + [Line(30, "= ผ่านการอบรมเชิงปฏิบัติการ")]
    items, _ = numbered_items(bullet_lookalikes(lines, opens_purpose), opens_purpose)
    assert len(items) == 4 and not opened_by_words_issues(items, "objective", "objectives")


def test_a_list_with_bullets_under_its_numbers_reads_as_before():
    # two bullet lines: the list carries bullets of its own, no number read as a mark
    lines = [Line(1, "๑. เพื่อพัฒนาผู้เรียน"), Line(2, "- เพื่อส่งเสริมการอ่าน", bullet=True),
             Line(3, "- เพื่อส่งเสริมการเขียน", bullet=True)]
    items, _ = numbered_items(lines, opens_purpose)
    assert not any(i.marked_for_number for i in items)
