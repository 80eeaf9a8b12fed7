"""An entries table (entries as columns) whose header row's label cell OCR read as one speck character, a digit
among them ("0<tab>รายงานครั้งที่ ๓", the rule of the label cell): the row is the table's header all the same
(transposed._speck_label).  Before, a label cell holding a digit made it no header row, and the whole table (a
one-entry table after a page) was read as the entry's text: its progress, disbursement and flags lost."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import untranspose
from schemas.document import Line

_COLS = (0, 24)


def _table(label: str) -> list[Line]:
    rows = (
        f"{label}\tรายงานครั้งที่ ๓",
        "วันที่รายงาน\t6/9/2567",
        "รายละเอียดการดำเนินงาน\tดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน",
        "ความก้าวหน้าของงานฯ\t๑๐๐.๐๐ %",
        "งบประมาณที่เบิกใช้\t21,900 บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tไม่เป็นไปตามเป้าหมาย",
    )
    return [Line(i, text, cols=_COLS) for i, text in enumerate(rows, start=60)]


def test_a_header_row_whose_label_cell_is_one_speck_digit_opens_the_table():
    for label in ("0", "o", "รายการ"):
        lines = _table(label)
        assert "รายงานครั้งที่ ๓" in [ln.text for ln in untranspose(lines)], label
        result = parse_entries(lines)
        assert sorted(result.entries) == [3], label
        values, bad = figure_values(result.entries[3])
        assert values["progress_pct"] == Decimal("100") and values["disbursed"] == Decimal("21900"), label
        assert values["on_plan"] is True and values["on_target"] is False, label


def test_a_label_cell_of_figures_is_no_speck():
    # two characters or more with a digit: a row's cell of figures, as before no header row's label
    lines = _table("๒๐")
    assert "รายงานครั้งที่ ๓" not in [ln.text for ln in untranspose(lines)]
