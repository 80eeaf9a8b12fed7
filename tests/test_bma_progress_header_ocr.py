"""The BMA progress form's header, objectives and targets as OCR leaves
them: each test a small text with one kind of damage the OCR'd corpus shows."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_an_objective_whose_purpose_word_lost_its_marks_opens_an_item():
    assert opens_purpose("เพือยกระดับมาตรฐานของศูนย์วิชาการเขต")
    assert opens_purpose("เพอสงเสริมและกระตุ้นให้ข้าราชการครู")
    assert not opens_purpose("ผ่านการใช้เทคโนโลยีสารสนเทศ")
    items, lead = numbered_items(_lines("เพื่อสร้างเครือข่าย", "เพือยกระดับมาตรฐาน", "ของศูนย์วิชาการเขต"),
                                 opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อสร้างเครือข่าย", "เพือยกระดับมาตรฐาน ของศูนย์วิชาการเขต"]


def test_an_item_number_misread_as_the_next_one_keeps_the_sequence():
    # ๔ read as ๕: the item is the fourth, and the real ๕ after it is the fifth, not its continuation
    items, _ = numbered_items(_lines("๑. เพื่อสร้างเครือข่าย", "๒. เพื่อพัฒนาผู้เรียน", "๓. เพื่อพัฒนาบุคลากร",
                                     "๕. เพื่อส่งเสริมครู", "๕. เพื่อให้ครูผู้สอน"), opens=opens_purpose)
    assert [(i.number, i.text) for i in items][2:] == [((3,), "เพื่อพัฒนาบุคลากร"), ((4,), "เพื่อส่งเสริมครู"),
                                                       ((5,), "เพื่อให้ครูผู้สอน")]
