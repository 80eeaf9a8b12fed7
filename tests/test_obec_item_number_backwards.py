"""An OBEC list whose items' printed numbers run backwards (the page put an
item's first line after the next item: "๒. ขาดงบประมาณ..." then "1. มีเจ้า
หน้าที่..."; the first item read from its tail): the third item printed 1.,
which no misread makes the number after ๒.  Said on the list's table
(items_cut_in_doubt, rounds._numbers_off_place); before, the extra row and
the lost one had no issue.  A list numbered in order, misread or not, and
items sharing one line (a report run on in a line) are not said."""

from __future__ import annotations

from parsers.obec_progress.rounds import _numbers_off_place
from schemas.document import Line


def _off(*texts: str) -> list[str]:
    part = [Line(no, text) for no, text in enumerate(texts, start=10)]
    items = [(text, no, no) for no, text in enumerate(texts, start=10)]
    return _numbers_off_place(part, items)


def test_a_number_below_the_one_before_is_off_its_place():
    assert _off("กระชั้นชิด เร่งรีบ", "๒. ขาดงบประมาณในการพัฒนาครู", "1. มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย") == ["1"]


def test_a_number_skipped_is_off_its_place():
    # item 2 numbered "x" ran into item 1; "3," (its dot read as a comma) stands second
    assert _off("1. ผู้เข้าร่วมกิจกรรมมีความรู้ x ได้ดำเนินการประชุม", "3, ได้ดำเนินการนิเทศ ติดตาม") == ["3"]


def test_numbers_in_order_or_misread_are_in_place():
    assert _off("๑. ขาดงบประมาณ", "๒. มีเจ้าหน้าที่น้อย", "๓. ระยะเวลาจำกัด") == []
    assert _off("๑. ขาดงบ", "๒. มีเจ้าหน้าที่น้อย", "๓. ระยะเวลา", "๕. ภาระงาน", "๕. สัญญาณ") == []  # ๕ for ๔, then ๕


def test_items_sharing_a_line_are_not_placed():
    part = [Line(1, "๒. ขาดงบประมาณ 1. มีเจ้าหน้าที่น้อย")]
    assert _numbers_off_place(part, [("ขาดงบประมาณ", 1, 1), ("มีเจ้าหน้าที่น้อย", 1, 1)]) == []
