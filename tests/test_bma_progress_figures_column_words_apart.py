"""A table of entry rows read column by column whose figures cells' first lines OCR read one after another
("ความก้าวหน้าของงานฯ" over the last line of the cell above, "๓,๑๕๕ บาท.-"), apart from the lines that hold
their figures ("= ๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐"): each "= X %" a budget clause follows on its line is
that cell's progress (parsers.bma_progress.entries._progress_before_budget), and a label over an amount is no
progress clause (parsers.bma_progress.clauses._BAHT_AFTER_RE)."""

from __future__ import annotations

from parsers.bma_progress.clauses import Piece, events_of
from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

TABLE = [
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "๑๒ ม.ค. ๒๕๖๒ : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา",
    "๖ ก.พ. ๒๕๖๒ : ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที่ ๑",
    "ความก้าวหน้าของงานฯ",
    "บาท.-",
    "ความก้าวหน้าของงานฯ",
    "๓,๑๕๕ บาท.-",
    "= ๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐",
    "= ๒๖.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) =",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_percent_before_its_cells_budget_clause_is_that_entrys_progress():
    result = parse_entries(_lines(TABLE))
    assert sorted(result.entries) == [1, 2]
    one, _ = figure_values(result.entries[1])
    two, _ = figure_values(result.entries[2])
    assert one["progress_pct"] == 5.0 and two["progress_pct"] == 26.0
    assert one["disbursed"] == 0


def test_a_progress_label_over_an_amount_is_no_progress_clause():
    kinds = [e.kind for e in events_of(Line(7, "ความก้าวหน้าของงานฯ\n๓,๑๕๕ บาท.-"))]
    assert "progress" not in kinds
    # (a figure with its "%" is one, "บาท" after it or not)
    assert [e.value for e in events_of(Line(7, "ความก้าวหน้าของงานฯ = ๑๕ %")) if e.kind == "progress"] == ["15"]

