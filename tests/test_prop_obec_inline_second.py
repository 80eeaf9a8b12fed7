"""An OBEC list printed as running text whose first item's number OCR lost
(left on the heading's line, "ข้อเสนอแนะ ๑") and whose second item's number
stands inside the text, its dot read as a comma or not: two items."""

from __future__ import annotations

from parsers.obec_progress.lists import _items_of
from schemas.document import Line

FIRST = "จัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่ผู้ปฏิบัติงาน"
SECOND = "หน่วยงานควรเพิ่มระยะ เวลาในการอบรม"


def _texts(*lines: str) -> list[str]:
    return [t for t, _, _ in _items_of([Line(no, text) for no, text in enumerate(lines, 1)])]


def test_a_second_item_s_number_inside_running_text_parts_the_list_when_no_first_is_marked():
    # the two suggestions were one, silently
    assert _texts(f"{FIRST} 2, หน่วยงานควรเพิ่มระยะ", "เวลาในการอบรม") == [FIRST, SECOND]
    assert _texts(f"{FIRST} ๒. {SECOND}") == [FIRST, SECOND]


def test_a_comma_after_the_next_number_of_a_dotted_list_is_its_dot():
    assert _texts(f"1. {FIRST} 2, {SECOND} 3, ควรจัดสรรงบประมาณให้เหมาะสม") == [FIRST, SECOND, "ควรจัดสรรงบประมาณให้เหมาะสม"]


def test_figures_and_leads_are_no_second_item():
    # a figure's comma, a lead that introduces what follows, a short text before the mark, two marks
    assert len(_texts(f"{FIRST} จำนวน 2,500 บาท ครบถ้วน")) == 1
    assert len(_texts("ได้ดำเนินการตามขั้นตอน ดังนี้ 2. หน่วยงานควรเพิ่มระยะเวลา")) == 1
    assert len(_texts(f"ระดับ 2, {SECOND}")) == 1
    assert len(_texts(f"{FIRST} 2, {SECOND} 2, {SECOND}")) == 1


def test_specks_before_a_list_numbered_from_1_are_no_item():
    # "เวล" (specks OCR read as letters) over "1 ผู้บริหาร..." / "2 ร้อยละ ...": it was item 1 and every item
    # after it one place on, the last taking the next aspect's place, silently
    lines = ["เวล", "1\tผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 95 คน",
             "2 ร้อยละ 90 ของโรงเรียนในสังกัดดำเนินการตรวจสอบได้ตามเป้าหมาย"]
    assert _texts(*lines) == [lines[1].split("\t")[1], lines[2][2:]]
    # words before the list stay (a lead of four letters in a row or more, or of several words)
    assert len(_texts("ครูผู้สอน", *lines[1:])) == 3
    assert len(_texts("ก ข", *lines[1:])) == 3


def test_a_bracket_that_closes_a_parenthesis_is_no_second_item():
    # the real OBEC sample (004, line 620): "... (สถานีแก้หนี้ สพป.เชียงใหม่ ๒) ซึ่งกลุ่มเป้าหมาย...": the ๒) ends
    # the office's name in brackets; it was read as item 2 and the target parted in two, silently
    text = (f"{FIRST} และคณะกรรมการแก้ไขหนี้สิน (สถานีแก้หนี้ สพป.เชียงใหม่ ๒) ซึ่งกลุ่มเป้าหมายมีทั้งข้าราชการประจำการ "
            "และข้าราชการบำนาญ จำนวน ๔๗ ราย")
    assert _texts(text) == [text]
    # a 2) with no bracket open before it is still the second item
    assert _texts(f"{FIRST} 2) {SECOND}") == [FIRST, SECOND]
