"""BMA progress form, the entries printed as the columns of a table (parsers.bma_progress.transposed) and OCR'd
with the header row's label cell ("รายการ") lost: its first header stands at the margin, where the rows' labels
stand, and every header's page column is short of its entry's by the width of the labels' column.  A figure row's
line of fewer cells than entries ("ความก้าวหน้า 11.0%<tab>14.0%" in a table of three, the third entry's figure
lost) placed its cells by the headers' columns: the second entry's figure, nearer the third header's column than
the second's, went to the third entry (fresh s77b002 report 5, s71b001 report 1, s69z006, s74a002).  Such cells now
go by the columns the table's full rows above print for their entries (transposed._EntryCols), said as before
(entry_cell_in_doubt)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line


def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_ROW = (0, 16, 35, 60)
_TABLE = (
    ("ครั้งที่ 4\tครั้งที่ 5\tครั้งที่ 6", (0, 17, 40)),
    ("วันที่รายงาน\t25/1/2563\t5/2/2563\t12/3/2563", _ROW),
    ("รายละเอียด\tเวียนแจ้ง\tอยู่ระหว่างการ\tอยู่ระหว่าง", _ROW),
    ("การดำเนินงาน\tประชาสัมพันธ์\tดำเนินการ\tเตรียมการ", _ROW),
    ("ความก้าวหน้า 11.0%\t14.0%", (0, 29)),
    ("ของงานฯ", ()),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", _ROW),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", _ROW),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _ROW),
    ("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", ()),
)


def test_a_figure_rows_cells_go_by_the_full_rows_columns_under_a_header_row_at_the_margin():
    result = parse_entries(_ocr_lines(*_TABLE, start=300))
    got = {seq: figure_values(e)[0].get("progress_pct") for seq, e in sorted(result.entries.items())}
    assert got == {4: 11.0, 5: 14.0, 6: None}
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.line_start == 304]
    assert said and said[0].field == "progress_reports.progress_pct"


def test_a_header_row_with_its_label_cell_keeps_placing_by_the_headers_columns():
    table = (("รายการ\tครั้งที่ 4\tครั้งที่ 5\tครั้งที่ 6", (0, 16, 35, 60)),) + _TABLE[1:4] + (
        ("ความก้าวหน้า 11.0%\t14.0%", (0, 40)),) + _TABLE[5:]
    result = parse_entries(_ocr_lines(*table, start=300))
    got = {seq: figure_values(e)[0].get("progress_pct") for seq, e in sorted(result.entries.items())}
    assert got == {4: 11.0, 5: 14.0, 6: None}
