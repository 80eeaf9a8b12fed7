"""An OBEC list item whose text goes on past a gap into a line that opens
with an item number OCR damaged past reading ("lo." for ๒.): the item it
opened may have run into the one above, so the list's items are in doubt
(parsers.obec_progress.lists.damaged_numbers_inside_items; said by
rounds.read_round_into as items_cut_in_doubt on the table)."""

from __future__ import annotations

from parsers.obec_progress.lists import damaged_numbers_inside_items, items_of
from schemas.document import Line

# item 1's number lost (a speck on its own line), item 2's read as "lo." after a figure the page wrapped
LINES = [
    Line(784, "เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่"),
    Line(788, "9."),
    Line(789, "๒๑"),
    Line(791, "lo. ครูผู้สอนสามารถนำความรู้ทีได้รับไปปรับใช้ในการจัดการเรียนการสอน"),
    Line(792, "ได้อย่างมีประสิทธิภาพ"),
]


def test_damaged_number_after_a_gap_inside_an_item_is_said():
    items = items_of(LINES, None)
    assert len(items) == 1  # read as one item: the damaged number opened none
    assert damaged_numbers_inside_items(LINES, items) == ["lo."]


def test_a_wrapped_line_or_a_word_is_no_damaged_number():
    lines = [Line(1, "๑. ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน"), Line(3, "เข้าร่วมการประชุมเชิงปฏิบัติการ"),
             Line(5, "ส. ครูผู้สอน"), Line(6, "lo. ครูผู้สอนสามารถนำความรู้")]  # (no gap before line 6)
    assert damaged_numbers_inside_items(lines, items_of(lines, None)) == []


def test_a_damaged_number_whose_dot_ocr_read_as_a_comma_is_said_too():
    # (fresh set s92p, obec_progress_s92p001: "lo, ผู้บริหาร..." for "๒. ผู้บริหาร...", the item run into the one
    # above with no issue naming it); a comma with no space after it, or a word's letters before it, is none
    # (item 1's number read as ">." too: the list reads as one item)
    lines = [Line(681, ">. ร้อยละ 90 ของโรงเรียนในสังกัดดำเนินการรักษาภาษาส่งเสริมการอ่านเพือ"),
             Line(682, "การเรียนรู้ตลอดชีวิตได้ตามเป้าหมาย"),
             Line(684, "lo, ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 49 คน")]
    assert damaged_numbers_inside_items(lines, items_of(lines, None)) == ["lo,"]
    for text in ("lo,ผู้บริหารสถานศึกษา", "ครู, ผู้บริหารสถานศึกษา"):
        changed = [*lines[:2], Line(684, text)]
        assert damaged_numbers_inside_items(changed, items_of(changed, None)) == []
