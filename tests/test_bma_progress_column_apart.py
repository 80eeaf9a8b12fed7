"""An entries table one of whose columns OCR read apart, below the table: its header alone on a line ("ครั้งที่ ๖",
the table's header row holding the others), then its entry's cells one under another with no label, in the form's
order (a date, the description's lines, the progress alone, the amount alone, the two flags)
(parsers.bma_progress.transposed._column_apart).  The column is read as that entry's cells, said; before, its
header was no entry's (no "รายงาน" before it), the entry was lost and its text and expense lines went to the entry
before."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

TABLE = [
    "รายการ\tครั้งที่ ๔\tครั้งที่ ๕",
    "วันที่รายงาน\t10/7/2566\t24/8/2566",
    "รายละเอียดการดำเนินงาน\tอยู่ระหว่างติดต่อประสานงาน\tอยู่ระหว่างการเตรียมการสัมมนา",
    "ความก้าวหน้าของงานฯ\t88.00 %\t97.00 %",
    "งบประมาณที่เบิกใช้\t0 บาท.-\t0 บาท.-",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    "",
]
COLUMN = [
    "ครั้งที่ ๖",
    "",
    "๒๑/๙/๒๕๖๖",
    "",
    "สรุป",
    "ผลการดำเนินงานและ",
    "รายงานผลโครงการ",
    "ต่อผู้บริหาร ค่าวัสดุ =",
    "๑,๐๐๐ บาท.- ค่าเกียรติบัตร =",
    "๑๓,๒๐๐ บาท.-",
    "",
    "๑๐๐.๐๐ %",
    "",
    "๑๔,๒๐๐ บาท.-",
    "เป็นไปตามแผน",
    "",
    "เป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_column_read_apart_below_the_table_is_its_entry():
    result = parse_entries(_lines(TABLE + COLUMN))
    assert sorted(result.entries) == [4, 5, 6]
    six = result.entries[6]
    values, bad = figure_values(six)
    assert not bad
    assert values["progress_pct"] == 100.0 and str(values["disbursed"]) == "14200.00"
    assert values["on_plan"] is True and values["on_target"] is True
    assert six.date is not None and six.date.isoformat() == "2023-09-21"
    assert six.description.startswith("สรุป ผลการดำเนินงานและ")
    assert [e.item for e in six.expenses] == ["ค่าวัสดุ", "ค่าเกียรติบัตร"]
    assert not result.entries[5].expenses and "สรุป" not in result.entries[5].description
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    assert len(said) == 1 and said[0].line_start == 108


def test_a_header_alone_without_the_cells_of_a_column_is_left_as_it_was():
    # no progress figure, amount and flags under it: no column of the table
    column = COLUMN[:11]
    result = parse_entries(_lines(TABLE + column))
    assert not any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" for i in result.issues)
