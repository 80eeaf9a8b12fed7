"""BMA progress form, the entries printed as the columns of a table (parsers.bma_progress.transposed) and OCR'd:
a figure row holding one more cell than entries, that cell a speck OCR read from the page ("า" after
"๑๑.๐๐ %<tab>๕๓.๐๐ %" in a table of two: one or two characters, no digit nor a letter OCR writes for one).
Before, the row's cells were placed by position, the speck went with the last entry's figure and ran on into its
description (fresh s71b001 report 2).  It is left out, said (unplaced_text), the figures one an entry."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _figure_speck
from schemas.document import Line


def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_COLS = (0, 26, 62)
_TABLE = (
    ("รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๒", _COLS),
    ("วันที่รายงาน\t๑๐ มิ.ย. ๖๒\t๕/๗/๒๕๖๒", _COLS),
    ("รายละเอียดการดำเนินงาน\tอยู่ระหว่างขั้นตอน\tจัดเตรียมข้อมูล/จัดทำโครงการ", _COLS),
    ("ความก้าวหน้าของงานฯ\t๑๑.๐๐ %\t๕๓.๐๐ %\tา", (0, 23, 55, 73)),
    ("งบประมาณที่เบิกใช้\t๐ บาท.-\t๐ บาท.-", _COLS),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", _COLS),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _COLS),
    ("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", ()),
)


def test_a_speck_cell_beside_a_figure_rows_cells_is_left_out_and_said():
    result = parse_entries(_ocr_lines(*_TABLE, start=90))
    got = {seq: figure_values(e)[0].get("progress_pct") for seq, e in sorted(result.entries.items())}
    assert got == {1: 11.0, 2: 53.0}
    said = [i for i in result.issues if i.code == "unplaced_text" and i.line_start == 93]
    assert said and "า" in str(said[0].evidence)


def test_only_a_short_cell_with_no_digit_nor_a_digits_look_alike_is_a_speck():
    for cell in ("า", "ี่", "-", "ก"):
        assert _figure_speck(cell), cell
    for cell in ("๕", "5", "o", "ส", "๐ บาท", "ซ", "บาท"):
        assert not _figure_speck(cell), cell
