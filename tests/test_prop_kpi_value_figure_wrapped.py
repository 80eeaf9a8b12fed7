"""BMA proposals after OCR whose KPI table is read across the page and a row's target value wrapped in its
narrow column, its figure on the next line after the indicator's words ("ผู้เข้ารับการอบรม   ร้อยละ   ผลลัพธ์" /
"มีความรู้   ๕๐" / "ความเข้าใจเพิ่มขึ้น": fresh sets s32/z bma_proposal_s32z001, s33/o s33o001, s33o004,
extra4 t001).  The figure, the line's last cell, was read as the row's method, and the indicator's lines
after it as the method's too: the value said no figure, the text cut short, the method wrong.  A lone figure
after the indicator's words is the value's where the value names a percentage with no figure yet and no
period waits for its year or quarter (kpis._figure_wrapped)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_HEAD = """ตัวชี้วัด\tค่า\tประเภท
เป้าหมาย ตัวชี้วัด
"""
_ROWS = """ผู้เข้ารับการอบรม\tร้อยละ\tผลลัพธ์
มีความรู้\t{figure}
ความเข้าใจเพิ่มขึ้น
หลังการอบรม
โรงเรียนดำเนิน\tร้อยละ\tผลผลิต
กิจกรรมได้ครบตาม\t100
แผนที่กำหนด

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_a_percentage_s_figure_wrapped_onto_the_indicator_s_next_line_is_the_value_s():
    kpis = _kpis(run(_with_kpis(_HEAD + _ROWS.format(figure="80"))))
    assert [k[1:3] for k in kpis] == [
        ("ผู้เข้ารับการอบรม มีความรู้ ความเข้าใจเพิ่มขึ้น หลังการอบรม", "ร้อยละ 80"),
        ("โรงเรียนดำเนิน กิจกรรมได้ครบตาม แผนที่กำหนด", "ร้อยละ 100"),
    ]
    assert all(k[4] is None for k in kpis)  # no method printed in this block: none read


def test_a_lone_figure_where_a_period_waits_for_its_quarter_stays_the_period_s():
    # the row's line ends with a period naming no quarter ("ไตรมาสที่"): a lone figure at the next line's end is
    # its quarter, as before, not the value's figure
    table = """นักเรียนที่\tร้อยละ\tผลลัพธ์ วิธีการคำนวณ จำนวนนักเรียน\tไตรมาสที่
เข้าร่วม\t4

10.2 การติดตามความก้าวหน้า
""" + _ITEMS
    kpis = _kpis(run(_with_kpis(_HEAD + table)))
    assert kpis[0][2] == "ร้อยละ" or "4" not in kpis[0][2]
    assert kpis[0][5] is not None and "4" in kpis[0][5]
