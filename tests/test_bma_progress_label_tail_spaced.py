"""A row label a wrap cut after a word whose next word OCR read on the same line after a space ("งบประมาณ ที่" /
"เบิกใช้", the label งบประมาณที่เบิกใช้) (parsers.bma_progress.transposed._row_cells): the word after the space is
the label's, no value cell of the row, so the row's values stay each under its entry (and a block whose header row
OCR lost is not read one entry wider than it is)."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

HEAD = "รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๒\tรายงานครั้งที่ ๓"
ROWS = [
    "วันที่รายงาน\t๑๒ มี.ค. ๖๑\t๓/๔/๖๑\t๑๓/๕/๖๑",
    "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tจัดทำคำสั่ง\tรอการทดสอบ",
    "ความก้าวหน้าของงานฯ\t๘\t๑๘\t๓๔",
    "งบประมาณ ที่\t๐ บาท\t๕๐๐ บาท\t๗๐๐ บาท",
    "เบิกใช้",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_labels_next_word_after_a_space_is_no_value_cell():
    result = parse_entries(_lines([HEAD, *ROWS]))
    assert sorted(result.entries) == [1, 2, 3]
    paid = [figure_values(result.entries[n])[0].get("disbursed") for n in (1, 2, 3)]
    assert [str(p) if p is not None else None for p in paid] == ["0.00", "500.00", "700.00"]
