"""BMA proposals after OCR whose KPI table is read across the page and a speck stands as a cell of its own between
the indicator's words and the value's figure on a row's next line ("มีความรู้     ;    80     ที่มีคะแนนหลัง": fresh
set s69o, bma_proposal_s69o004).  The speck was read as the line's second cell, so the figure after it went to the
method and the value said "ร้อยละ" with no figure.  A cell of one or two marks with no letter, digit or formula
sign is no cell (kpis._SPECK_PART_RE)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_HEAD = """ตัวชี้วัด\tค่า\tประเภท
เป้าหมาย ตัวชี้วัด
"""
_ROWS = """ผู้เข้ารับการอบรม\tร้อยละ\tผลลัพธ์
มีความรู้\t{speck}\t80
ความเข้าใจเพิ่มขึ้น
หลังการอบรม
โรงเรียนดำเนิน\tร้อยละ\tผลผลิต
กิจกรรมได้ครบตาม\t100
แผนที่กำหนด

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_a_speck_cell_before_the_value_s_wrapped_figure_is_left_out():
    kpis = _kpis(run(_with_kpis(_HEAD + _ROWS.format(speck=";"))))
    assert [k[1:3] for k in kpis] == [
        ("ผู้เข้ารับการอบรม มีความรู้ ความเข้าใจเพิ่มขึ้น หลังการอบรม", "ร้อยละ 80"),
        ("โรงเรียนดำเนิน กิจกรรมได้ครบตาม แผนที่กำหนด", "ร้อยละ 100"),
    ]


def test_a_cell_of_words_there_is_no_speck():
    # a word between them is a cell (the method's, here): the figure after it is not taken for the value
    kpis = _kpis(run(_with_kpis(_HEAD + _ROWS.format(speck="จำนวนผู้"))))
    assert kpis[0][2] != "ร้อยละ 80"
