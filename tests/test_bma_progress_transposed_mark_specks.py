"""An entries table (entries as columns, read row by row) whose header row
OCR followed with the marks over the date row's label read as Latin letters
in cells of their own ("ead<tab>A": the tone marks of "วันที่รายงาน" on a
line apart): a line of specks, no row, skipped; before, it stood as the
table's first row, no row of the table was read and both entries were lost
(parsers.bma_progress.transposed._mark_specks; s85a007's first table)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _mark_specks
from tests.test_bma_progress_entries_ocr import _lines

_TABLE = (
    "รายการ\tครั้งที ๑\tครั้งที ๒",
    "ead\tA",
    "วันทีรายงาน\t๒๓/๐๓/๒๕๖๒\t๑๓/๐๔/๒๕๖๒",
    "รายละเอียดการ\tจัดทำคำสั่ง\tเลื่อนการอบรมครูแกนนำ",
    "ดำเนินงาน\tคณะกรรมการ\tเนื่องจากวิทยากรติดภารกิจ",
    "ความก้าวหน้าของงานฯ\t๕.๐%\t๖.๕%",
    "งบประมาณที่เบิกใช้\t๐ บาท.-\t๖,๐๐๐ บาท.-",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย",
)


def test_latin_specks_under_the_header_row_leave_the_table_read():
    entries = parse_entries(_lines(*_TABLE, start=105)).entries
    assert sorted(entries) == [1, 2]
    first, _ = figure_values(entries[1])
    second, _ = figure_values(entries[2])
    assert first["progress_pct"] == Decimal(5) and first["on_plan"] is True
    assert second["disbursed"] == Decimal(6000) and second["on_plan"] is False
    assert entries[2].date.isoformat() == "2019-04-13"


def test_only_cells_of_specks_with_no_thai_letter_are_marks():
    assert _mark_specks(_lines("ead\tA", start=1)[0])
    assert _mark_specks(_lines("aA\t'=", start=1)[0])
    for text in ("ที่\tที่", "ead\t๑", "ead", "ใช้\tA", "City\tAll"):
        assert not _mark_specks(_lines(text, start=1)[0]), text
