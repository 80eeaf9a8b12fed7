"""BMA proposals after OCR whose budget line's unit came with a speck OCR read as a letter and joined to it
("วโรงเรียน" for โรงเรียน) or a letter doubled ("ชุดด" for ชุด): the unit was kept as printed, silently.  A
unit that is none of the form's and holds one of them whole with a letter or two more before or after it
is read as that unit, and said (parsers.units.unit_by_specks)."""

from __future__ import annotations

import pytest

from parsers.units import unit_by_specks
from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าวัสดุในการจัดกิจกรรม                                              45,300
โรงเรียนขนาดใหญ่                   3 {unit}       15,100      45,300
รวมทั้งสิ้น                                                           45,300
"""


@pytest.mark.parametrize("printed", ["วโรงเรียน", "โรงเรียนน"])
def test_a_unit_with_a_speck_letter_joined_to_it_is_read_as_the_unit_and_said(printed):
    rows = run(_with_table(_TABLE.format(unit=printed)))
    assert [line[3] for line in _lines(rows)] == ["โรงเรียน"]
    (said,) = [i for i in rows["issues"] if i["field"] == "expenses.unit"]
    assert said["code"] == "value_repaired" and printed in said["message"]


def test_a_unit_word_and_what_is_no_speck_are_kept():
    assert unit_by_specks("โรงเรียน") is None  # a unit of the form
    assert unit_by_specks("ครั้งง") == "ครั้ง"  # the longest unit it holds, not คน... inside another word
    assert unit_by_specks("ผลงาน") is None  # holds no unit whole
    assert unit_by_specks("โรงเรียนขนาด") is None  # more than a speck's letters
