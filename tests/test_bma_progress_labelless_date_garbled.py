"""An entries table (entries as columns) whose labels' column OCR read on its own before the header row, its rows
after the header read across with no label, told by their cells' shapes (transposed._labelless_row): such a table
opens only at a date row of plain dates, so one date OCR garbled into letters and a year ("THA. ๒๕๐๓" for
"7 ม.ค. ๒๕๖๓") beside a plain date ("๑๕ ธันวาคม", its year wrapped below) left the whole block unread, every entry
of it lost.  A line of one cell an entry right under the header row, plain dates beside cells of words and a year
alone, is the date row all the same; the garbled cell is said (entry_cell_in_doubt, report_date)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิกใช้",
           "ความสอดคล้องกับ", "แผน", "ความสอดคล้องกับ", "เป้าหมาย")
_ROWS = ("จัดทำโครงการ\tประชุมคณะทำงาน", "เพื่อขออนุมัติ\tเพื่อกำหนดวันอบรม", "๓\t8", "0.00 บาท\t1,200.00 บาท",
         "เป็นไปตามแผน\tเป็นไปตามแผน", "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def _read(dates: str):
    lines = numbered_lines(*_LABELS, "ครั้งที่ ๑\tครั้งที่ 2", dates, "2562", *_ROWS, start=80)
    return parse_entries(lines)


def test_a_date_garbled_into_letters_beside_a_plain_date_opens_the_labelless_rows():
    result = _read("๑๗ ตุลาคม\tTHA. ๒๕๐๓")
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert str(entries[1].date) == "2019-10-17"
    assert "".join(entries[2].description.split()) == "ประชุมคณะทำงานเพื่อกำหนดวันอบรม"
    values, _ = figure_values(entries[2])
    assert values["disbursed"] == Decimal("1200.00")
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"
               and "THA. ๒๕๐๓" in i.message for i in result.issues)


def test_words_alone_under_the_header_open_no_table():
    # no plain date in the row: not taken for the date row
    result = _read("ตามแผน\tTHA. ๒๕๐๓")
    assert not result.entries or all(not e.description for e in result.entries.values())
