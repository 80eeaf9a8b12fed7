"""A BMA proposal budget line whose item OCR read with a figure standing apart at its end ("โรงเรียนขนาดเล็ก 1
๒ โรงเรียน ๒,๐๐๐.- ๑๒,๐๐๐.-": a speck read as an Arabic 1 between the item and its quantity; fresh set s73o,
bma_proposal_s73o001) kept the figure in the item and no issue named it: a silent miss.  An item names a thing,
its count stands in the quantity's column (no item of any set's truth ends in a figure), so such an item is kept
as read and said (rows.latin_in_item: unknown_words), as one holding a Latin word is."""

from __future__ import annotations

from parsers.bma_proposal.rows import latin_in_item
from tests.test_prop_item_columns import _lines, _with_table, run

_SPAN = {"line_start": 7, "line_end": 7}

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าวัสดุในการจัดกิจกรรม                                           ๖๙,๕๐๐.๐๐
โรงเรียนขนาดใหญ่           ๒ โรงเรียน                ๑๕,๑๐๐.๐๐         ๓๐,๒๐๐.๐๐
โรงเรียนขนาดกลาง 1          ๓ โรงเรียน                ๑๓,๑๐๐.๐๐          ๓๙,๓๐๐.๐๐
รวมทั้งสิ้น                                                     ๖๙,๕๐๐.๐๐
"""


def test_an_item_ending_in_a_figure_standing_apart_is_kept_and_said():
    rows = run(_with_table(_TABLE))
    assert [line[1] for line in _lines(rows)] == ["โรงเรียนขนาดใหญ่", "โรงเรียนขนาดกลาง 1"]
    (said,) = [i for i in rows["issues"] if i["field"] == "expenses.item"]
    assert said["code"] == "unknown_words" and "'1'" in said["message"]


def test_figures_inside_an_item_or_glued_to_a_word_say_nothing():
    assert latin_in_item("กระดาษ A4", 1, _SPAN) == []
    assert latin_in_item("ค่าถ่ายเอกสาร 2 หน้า", 1, _SPAN) == []
    assert latin_in_item("โรงเรียนขนาดใหญ่", 1, _SPAN) == []
    assert [i.code for i in latin_in_item("วิทยากรภายนอก ๑๒", 1, _SPAN)] == ["unknown_words"]
