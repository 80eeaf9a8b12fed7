"""BMA proposals after OCR whose KPI table (10.1) tesseract read across the page, the method's tool label at
one line's end and its value on the next line with the period ("... % 100 เครื่องมือที่ใช้ในการวัด" /
"แบบรายงานผลการดําเนินงานของโรงเรียน      ภายในปีงบประมาณ wd ded": fresh sets m s19m003, h s20h004).  A line after a row's
first gives its first cell to the indicator, so the tool's value read as the indicator's words and the method
stopped at its label (method wrong, silently).  Where the method so far ends on the tool's label, a line of
two cells, the second the period, gives its first to the method."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _HEADER, _ITEMS, _kpis, _with_kpis

_ROW = _HEADER + """
โรงเรียนมีการรายงานผลการดําเนินงานครบถ้วน      ร้อยละ 80 ผลผลิต      วิธีการคํานวณ จํานวนโรงเรียนที่มีผลงาน
นักเรียนตามเกณฑ์/จํานวนโรงเรียนทั้งหมด x 100 {tool}

แบบรายงานผลการดําเนินงานของโรงเรียน      ภายในปีงบประมาณ 2569

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_the_tool_s_value_under_its_label_is_the_method_s():
    (kpi,) = _kpis(run(_with_kpis(_ROW.format(tool="เครื่องมือที่ใช้ในการวัด"))))
    assert kpi[4].endswith("เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงานของโรงเรียน")
    assert kpi[1] == "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วน"
    assert kpi[5] == "ภายในปีงบประมาณ 2569"


def test_without_the_label_the_cell_stays_the_indicator_s():
    (kpi,) = _kpis(run(_with_kpis(_ROW.format(tool=""))))
    assert "แบบรายงานผลการดำเนินงานของโรงเรียน" in kpi[1]
