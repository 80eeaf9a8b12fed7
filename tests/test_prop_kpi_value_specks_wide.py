"""BMA proposals after OCR whose KPI table tesseract read cell by cell, with a cell of specks after the target
value's figure wider than a damaged figure ("ร้อยละ" / "85" / "๑๕  6”", the chart's marks read as two short
tokens: fresh set s83a, bma_proposal_s83a004).  Value cells are gathered back from the type only while they
are short (four characters at most, _value_cell), so the wide speck cell stopped the gathering: no value was
read and "ร้อยละ" joined the indicator's text.  Now a last cell of short tokens (two characters each at most,
no Thai word) after "ร้อยละ" and a figure is left out as specks (and said), as a short one was
(kpis._specks_after_figure)."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import run
from tests.test_prop_kpi_value_specks import _CELLS
from tests.test_prop_kpis_below import _kpis, _with_kpis


@pytest.mark.parametrize("speck", ["๑๕  6”", "๑4 6 a"])
def test_a_wide_speck_cell_after_the_figure_is_left_out_of_the_value_and_said(speck):
    rows = run(_with_kpis(_CELLS.format(speck=speck)))
    (kpi,) = _kpis(rows)
    assert kpi[1] == "นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"
    assert kpi[2] == "ร้อยละ 85"
    (issue,) = [i for i in rows["issues"] if i["field"] == "targets.target_value"]
    assert issue["code"] == "unread_cells" and " ".join(speck.split()) in issue["message"]
