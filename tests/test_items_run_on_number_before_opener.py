"""A list of objectives run together into a paragraph, numbered inside its lines, its first number lost to OCR
("เพื่อยกระดับ...เขต ๒. เพื่อติดตาม...ระบบ ๓. เพื่อให้ครู..."; fresh set s120p, bma_progress_s120p010).  run_on cut
the lines before each opener, and each number was left at the end of the item above as its text's last word
("...ศูนย์วิชาการเขต ๒."), with no issue.  Now the cut stands before the number, which opens its item's piece
(items._NUMBER_BEFORE_RE), and the list reads as numbered."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose, run_on
from schemas.document import Line

_LINES = [Line(30, "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ๒. เพื่อติดตามและประเมินผลการสร้าง"),
          Line(31, "นวัตกรรมการจัดการเรียนรู้อย่างเป็นระบบ ๓. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ"),
          Line(32, "และนำไปประยุกต์ใช้ในการจัดการเรียนการสอนได้")]


def test_an_item_number_before_an_opener_inside_a_line_opens_its_item():
    items, lead = numbered_items(_LINES, opens=opens_purpose)
    assert not lead
    assert [(it.number, it.text) for it in items] == [
        ((1,), "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต"),
        ((2,), "เพื่อติดตามและประเมินผลการสร้าง นวัตกรรมการจัดการเรียนรู้อย่างเป็นระบบ"),
        ((3,), "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ และนำไปประยุกต์ใช้ในการจัดการเรียนการสอนได้")]


def test_a_year_or_a_count_before_an_opener_stays_in_the_text():
    # four digits (a year) or a figure with no closing mark is no item's number
    lines = [Line(1, "เพื่อจัดกิจกรรมในปี 2565. เพื่อติดตามผลการดำเนินงาน เพื่อให้ครูจำนวน 30 เพื่อพัฒนาการสอน")]
    assert [ln.text for ln in run_on(lines, opens_purpose)] == [
        "เพื่อจัดกิจกรรมในปี 2565.", "เพื่อติดตามผลการดำเนินงาน", "เพื่อให้ครูจำนวน 30", "เพื่อพัฒนาการสอน"]
