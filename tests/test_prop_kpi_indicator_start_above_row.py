"""BMA proposals after OCR whose KPI table (10.1) tesseract read across the page, the first row's indicator
cell taller than its others, so that the indicator's first line stands alone right above the row's line of
value, type and method ("โรงเรียนมีการรายงานผลการดําเนินงานครบถ้วนและส่งผลงานนักเรียน" / "ตามเกณฑ์ทีกําหนด   ร้อยละ 95
ผลผลิต   วิธีการคํานวณ": ob2/set1 s19oba001, h s20h004).  The row took only the words on its own line as its
indicator ("ตามเกณฑ์ทีกำหนด"), its first line left before the row (said at that line only, or, in s19oba001,
silently).  Now (kpis.lead_into_first_row) the line right above the first row's line, no blank line between,
one cell of words with no value, type, method or period word and no figure, opens the indicator; a line with
a blank line after it, or one of several cells, is left as before."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_HEAD = """ตัวชี้วัด      ค่าเป้าหมาย      ประเภทตัวชี้วัด วิธีการคํานวณ/เครื่องมือใน
การใช้วัด ระยะเวลา

"""
_ROWS = """โรงเรียนมีการรายงานผลการดําเนินงานครบถ้วนและส่งผลงานนักเรียน
ตามเกณฑ์ทีกําหนด   ร้อยละ 95 ผลผลิต   วิธีการคํานวณ
จํานวนโรงเรียนที่มีผลงานนักเรียนตามเกณฑ์/จํานวนโรงเรียนทั้งหมด %

100 เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดําเนินงานของโรงเรียน
ปีงบประมาณ 2567

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_the_indicator_s_first_line_right_above_the_first_row_opens_it():
    (kpi,) = _kpis(run(_with_kpis(_HEAD + _ROWS)))
    assert kpi[1] == "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนและส่งผลงานนักเรียน ตามเกณฑ์ทีกำหนด"
    assert kpi[2:4] == ("ร้อยละ 95", "ผลผลิต")


def test_a_line_parted_from_the_row_by_a_blank_line_or_of_several_cells_is_not_taken():
    for rows in (_ROWS.replace("ส่งผลงานนักเรียน\n", "ส่งผลงานนักเรียน\n\n", 1),
                 _ROWS.replace("ครบถ้วนและส่งผลงานนักเรียน\n", "ครบถ้วน     และส่งผลงานนักเรียน\n", 1)):
        (kpi,) = _kpis(run(_with_kpis(_HEAD + rows)))
        assert kpi[1] == "ตามเกณฑ์ทีกำหนด"
