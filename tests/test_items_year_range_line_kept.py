"""A list item's wrapped line that holds a year range ("... ปี 2565 - 2566") has most of its tokens without a
Thai word, as OCR debris has ("A ๑27 ya ๑7 ๑ ๑ ๕๕ 1"): the list reader dropped it as debris, with no issue, and
the item lost its years (parsers.items._noise).  A token of a year's four digits, or Thai words holding half the
line's characters, make it text; debris between items is still dropped."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line


def _texts(texts: list[str]) -> list[str]:
    items, _ = numbered_items([Line(no, t) for no, t in enumerate(texts, start=1)], opens_purpose)
    return [i.text for i in items]


def test_a_wrapped_line_with_a_year_range_stays_the_item_s():
    got = _texts(["1. เพื่อส่งเสริมให้ครูพัฒนาการจัดการเรียนรู้",
                  "2. เพื่อคัดเลือกโรงเรียนต้นแบบ",
                  "เพื่อเป็นการยกย่องและเชิดชูเกียรติ ปี 2565 - 2566",
                  "3. เพื่อเผยแพร่ผลงานของโรงเรียน"])
    assert len(got) == 3
    assert got[1].endswith("ปี 2565 - 2566")


def test_a_short_wrap_with_a_thai_digit_year_stays_too():
    got = _texts(["1. เพื่อส่งเสริมการอ่านของนักเรียน",
                  "2. เพื่อจัดกิจกรรมสัปดาห์ห้องสมุด",
                  "ในปี ๒๕๖๕ - ๒๕๖๖",
                  "3. เพื่อพัฒนาห้องสมุดโรงเรียน"])
    assert got[1].endswith("๒๕๖๕ - ๒๕๖๖")


def test_debris_between_items_is_still_dropped():
    got = _texts(["1. เพื่อส่งเสริมการอ่านของนักเรียน",
                  "A ๑27 ya ๑7 ๑ ๑ ๕๕ 1",
                  "2. เพื่อจัดกิจกรรมสัปดาห์ห้องสมุด"])
    assert got == ["เพื่อส่งเสริมการอ่านของนักเรียน", "เพื่อจัดกิจกรรมสัปดาห์ห้องสมุด"]
