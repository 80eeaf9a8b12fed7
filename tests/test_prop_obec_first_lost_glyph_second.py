"""An OBEC list whose first item's number OCR lost whole, mark and all, and whose second item's number it read as
two Latin letters ("lo." for "๒.", the digit's stem and its loop): "การบริหารจัดการของ สพป.X ... ตรวจสอบได้" /
"lo.<tab>ผู้เข้าร่วมโครงการ...".  The sequence says the opening text is item 1 when the next number reads as 2, as
printed or misread (lists._first_number_lost); a 2 OCR split into two letters (lists._reads_as) was not taken for
one, so the list was one item, "lo." inside it, and the second row lost (silent where nothing else said it)."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of
from schemas.document import Line

FIRST = "การบริหารจัดการของ สพป.ทดสอบ เขต ๓ มีประสิทธิภาพ โปร่งใส ตรวจสอบได้"
SECOND = ("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ สามารถนำองค์ความรู้ไปปรับใช้ใน", "การบริหารจัดการศึกษา")


def test_a_glyph_read_two_after_an_unnumbered_text_makes_it_item_one():
    lines = [Line(159, FIRST), Line(160, "lo.\t" + SECOND[0]), Line(162, SECOND[1])]
    assert items_of(lines) == [(FIRST, 159, 159), (" ".join(SECOND), 160, 162)]


def test_a_short_opening_or_a_token_that_reads_as_one_is_left_alone():
    # a text too short to be an item (debris, a word) before "lo.", or a token that reads as a 1 ("l."): no item 1
    short = [Line(1, "สพป."), Line(2, "lo. " + SECOND[0])]
    assert [(a, b) for _, a, b in items_of(short)] == [(1, 2)]
    one = [Line(1, FIRST), Line(2, "l. " + SECOND[0])]
    assert [(a, b) for _, a, b in items_of(one)] == [(1, 2)]


def test_a_project_title_after_a_garbled_number_is_no_second_item():
    # the last list of a project (its suggestions), then the next project's title whose number OCR garbled ("oa."
    # for ๔.): read as the list's item 2, an extra row no issue named (shut set s38z)
    lines = [Line(888, "ควรมีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน"),
             Line(889, "จะทำให้การดำเนินกิจกรรมนั้น ๆ เสร็จสิ้นตามเวลาที่กำหนดไว้"),
             Line(891, "oa. โครงการการน้อมนำพระบรมราโชบายด้านการศึกษา รัชกาลที่ 10"), Line(892, "สู่การปฏิบัติ")]
    assert [(a, b) for _, a, b in items_of(lines)] == [(888, 892)]
