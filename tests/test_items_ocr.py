"""Lists OCR damaged (parsers.items.numbered_items): a first item that lost
its number (a paragraph, then item 2 after a gap of lines or with its
closing mark, is two items; a figure that only wraps a sentence is no
item), and an inline item number read as look-alikes."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line


def test_a_paragraph_then_item_2_after_a_gap_is_two_items():
    lines = [Line(68, "สพป.ลำพูน เขต 1 ดำเนินการยกระดับผลสัมฤทธิ์ทางการเรียน"),
             Line(69, "ให้แก่โรงเรียนในสังกัด จำนวน 131 โรงเรียน"),
             Line(74, "2 ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้")]
    items, lead = numbered_items(lines)
    assert not lead
    assert [(i.number, i.line_start, i.line_end) for i in items] == [((1,), 68, 69), ((2,), 74, 74)]
    assert items[1].text == "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้"


def test_a_closed_number_2_after_a_paragraph_opens_item_2_without_a_gap():
    lines = [Line(1, "ครูในสังกัดได้รับการพัฒนาตามแผนที่กำหนดไว้"), Line(2, "2. นักเรียนได้รับการดูแลอย่างทั่วถึง")]
    items, _ = numbered_items(lines)
    assert [i.number for i in items] == [(1,), (2,)]


def test_a_figure_that_wraps_a_sentence_stays_in_it():
    lines = [Line(1, "ครูในสังกัดได้รับการพัฒนา จำนวน"), Line(2, "2 คน ตามแผนที่กำหนดไว้")]
    items, lead = numbered_items(lines)
    assert not items and [ln.no for ln in lead] == [1, 2]


def test_a_lead_that_introduces_the_list_is_no_item_of_it():
    lines = [Line(1, "สพป. ได้ดำเนินการพัฒนาสมรรถนะตามมาตรฐานวิชาชีพ ดังนี้"), Line(3, "2 ผู้บริหารสถานศึกษาเข้าร่วมประชุม")]
    items, lead = numbered_items(lines)
    assert not items and [ln.no for ln in lead] == [1, 3]


def test_an_inline_number_read_as_look_alikes_opens_the_next_item():
    # "๒," read as "lo," inside a list printed as running text: the next item, before its "เพื่อ"
    lines = [Line(34, "๑. เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง"),
             Line(35, "และชุมชน lo,  เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต"),
             Line(37, "ให้มีทักษะ ๓. เพื่อเป็นการยกย่องและเชิดชูเกียรติ")]
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [(i.number, i.text) for i in items] == [
        ((1,), "เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน"),
        ((2,), "เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะ"),
        ((3,), "เพื่อเป็นการยกย่องและเชิดชูเกียรติ")]
    # a Latin word with a mark is no number ("IT," holds a letter no digit looks like)
    items, _ = numbered_items([Line(1, "๑. เพื่อพัฒนาระบบงาน IT, เพื่อการบริหารจัดการ")], opens=opens_purpose)
    assert len(items) == 1
