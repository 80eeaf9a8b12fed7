"""BMA proposals after OCR whose KPI table is read across the page, a row's target value wrapped in its narrow
column, its figure on the indicator's next line with a speck OCR read as a percent sign glued before it
("ผู้เข้ารับการอบรม   ร้อยละ   ผลลัพธ์ ..." / "มีความรู้ความเข้าใจ %80   คะแนนหลังการอบรมสูงขึ้น": fresh set s83b,
bma_proposal_s83b005).  The figure read as no figure (a figure stands alone, white space around it), so the
value said "ร้อยละ" with no figure and "%80" went to the indicator's text.  Now, where the value names a
percentage with no figure yet, a figure with a percent sign glued before it, ending the indicator's cell or a
cell of its own, is the value's figure (the sign is the value's own word, printed as a sign)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_HEAD = """ตัวชี้วัด\tค่า\tประเภท
เป้าหมาย ตัวชี้วัด
"""
_ROWS = """ผู้เข้ารับการอบรม\tร้อยละ\tผลลัพธ์
มีความรู้{gap}%80
ความเข้าใจเพิ่มขึ้น
หลังการอบรม
โรงเรียนดำเนิน\tร้อยละ\tผลผลิต
กิจกรรมได้ครบตาม\t100
แผนที่กำหนด

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_a_wrapped_figure_with_a_percent_sign_glued_before_it_is_the_value_s():
    for gap in (" ", "\t"):
        kpis = _kpis(run(_with_kpis(_HEAD + _ROWS.format(gap=gap))))
        assert [k[1:3] for k in kpis] == [
            ("ผู้เข้ารับการอบรม มีความรู้ ความเข้าใจเพิ่มขึ้น หลังการอบรม", "ร้อยละ 80"),
            ("โรงเรียนดำเนิน กิจกรรมได้ครบตาม แผนที่กำหนด", "ร้อยละ 100"),
        ], gap
