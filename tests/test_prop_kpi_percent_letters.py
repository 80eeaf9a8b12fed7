"""BMA proposals after OCR whose KPI table (10.1) tesseract read cell by cell, its value's "ร้อยละ" on a
line of its own with a letter more or changed: its ร doubled ("รร้อยละ"), read with its look-alike ว beside
it ("รว้อยละ") or for it ("ว้อยละ").  The cell was no value cell, so the value kept its figure alone
("8๕" for ร้อยละ 8๕), silently (kpis._PERCENT_RE)."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _HEADER, _ITEMS, _kpis, _with_kpis

_CELLS = _HEADER + """
นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป
{percent}
85
ผลลัพธ์
- วิธีการคํานวณ
จํานวนนักเรียนที่พึงพอใจ/ทั้งหมด x 100
ภายในปีงบประมาณ 2569

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


@pytest.mark.parametrize("percent", ["ร้อยละ", "รร้อยละ", "รว้อยละ", "ว้อยละ"])
def test_a_percent_cell_with_a_letter_more_or_changed_is_the_values(percent):
    (kpi,) = _kpis(run(_with_kpis(_CELLS.format(percent=percent))))
    assert kpi[1] == "นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"
    assert kpi[2] == "ร้อยละ 85"
