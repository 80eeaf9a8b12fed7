"""BMA proposals after OCR whose KPI table (10.1) tesseract read cell by cell, with a cell of specks after
the target value's figure ("ร้อยละ" / "85" / "ew o", "ร้อยละ" / "80" / "๐7"): the two value-like cells
nearest the type had been taken for the value ("85 ew o"), and "ร้อยละ" for the indicator's last words
(kpis._specks_after_figure)."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _HEADER, _ITEMS, _kpis, _with_kpis

_CELLS = _HEADER + """
นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป
ร้อยละ
85
{speck}
ผลลัพธ์
- วิธีการคํานวณ
จํานวนนักเรียนที่พึงพอใจ/ทั้งหมด x 100
ภายในปีงบประมาณ 2569

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


@pytest.mark.parametrize("speck", ["ew o", "๐7"])
def test_a_speck_cell_after_the_figure_is_left_out_of_the_value_and_said(speck):
    rows = run(_with_kpis(_CELLS.format(speck=speck)))
    (kpi,) = _kpis(rows)
    assert kpi[1] == "นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"  # "ร้อยละ" is the value's
    assert kpi[2] == "ร้อยละ 85"
    (issue,) = [i for i in rows["issues"] if i["field"] == "targets.target_value"]
    assert issue["code"] == "unread_cells" and speck in issue["message"]


def test_a_value_of_percent_and_figure_alone_is_read_as_before():
    rows = run(_with_kpis(_CELLS.replace("{speck}\n", "")))
    (kpi,) = _kpis(rows)
    assert kpi[2] == "ร้อยละ 85"
    assert not [i for i in rows["issues"] if i["field"] == "targets.target_value"]


_METHOD_SPECKS = _HEADER + """
นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป
ร้อยละ
85
ผลลัพธ์
- วิธีการคํานวณ
{speck}
จํานวนนักเรียนที่พึงพอใจ/ทั้งหมด x 100
ภายในปีงบประมาณ 2569

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


@pytest.mark.parametrize("speck", ["๐  ew a aig  ๓ asd ๐  eo a a", "oa aoe 4 a"])
def test_a_cell_of_specks_among_the_method_cells_is_left_out_and_said(speck):
    """A chart mark or a stain OCR read as Latin letters, a cell of its own among the method's cells
    (kpis.speck_cell): left out of the method, and said."""
    rows = run(_with_kpis(_METHOD_SPECKS.format(speck=speck)))
    (kpi,) = [r for r in rows["targets"] if r["kind"] == "indicator"]
    assert "ew" not in kpi["method"] and "aoe" not in kpi["method"]
    assert "x 100" in kpi["method"]
    (issue,) = [i for i in rows["issues"] if i["field"] == "targets.method" and i["code"] == "unread_cells"]
    assert "OCR" in issue["message"]


def test_a_formula_cell_is_no_speck():
    rows = run(_with_kpis(_METHOD_SPECKS.format(speck="x 100")))
    (kpi,) = [r for r in rows["targets"] if r["kind"] == "indicator"]
    assert kpi["method"].count("x 100") == 2
    assert not [i for i in rows["issues"] if i["field"] == "targets.method" and i["code"] == "unread_cells"]
