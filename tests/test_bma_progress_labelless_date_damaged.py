"""An entries table (entries as columns) whose labels' column OCR read on its own before the header row, its rows
after the header read across with no label, told by their cells' shapes (transposed._labelless_row): such a table
opens only at a date row whose cells read as dates, so a date OCR damaged past a date's shapes ("๒ / พ.ศ. 2567" for
"๒๘ พ.ค. 2567", or two dates run into one cell) left the whole block unread, its entries lost (fresh sets s72a,
bma_progress_s72a008: reports 5 and 6; s75o, bma_progress_s75o003: reports 4 to 6).  The line under such a header
row, its cells holding digits and no figure, is the date row all the same where the table's own rows follow it (a
line of as many percentages as reports, then one of as many amounts); each cell is its entry's date as printed,
said (entry_cell_in_doubt, report_date)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิกใช้",
           "ความสอดคล้องกับ", "แผน", "ความสอดคล้องกับ", "เป้าหมาย")
_TEXT = ("อยู่ระหว่างการ\tอยู่ระหว่าง", "เตรียมการประชุม\tขั้นตอนพิจารณา")
_FIGURES = ("47.0%\t54.0%", "0 บาท\t๑,๒๐๐ บาท")
_FLAGS = ("เป็นไปตามแผน\tเป็นไปตามแผน", "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def _read(dates: str, *rows: str):
    lines = numbered_lines(*_LABELS, "ครั้งที่ ๑\tครั้งที่ 2", dates, *rows, start=80)
    return parse_entries(lines)


def test_a_damaged_date_row_opens_the_labelless_rows_after_it():
    result = _read("๒ / พ.ศ. 2567\t1๑/6/๒567", *_TEXT, *_FIGURES, *_FLAGS)
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert "".join(entries[1].description.split()) == "อยู่ระหว่างการเตรียมการประชุม"
    assert "".join(entries[2].description.split()) == "อยู่ระหว่างขั้นตอนพิจารณา"
    first, _ = figure_values(entries[1])
    second, _ = figure_values(entries[2])
    assert first["progress_pct"] == 47.0 and second["progress_pct"] == 54.0
    assert second["disbursed"] == Decimal("1200.00")
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"
               and "๒ / พ.ศ. 2567" in i.evidence for i in result.issues)


def test_a_damaged_date_row_without_the_tables_figure_rows_opens_no_table():
    # no line of two percentages under it: not taken for the date row
    result = _read("๒ / พ.ศ. 2567\t1๑/6/๒567", *_TEXT, "ความก้าวหน้า 47.0%", *_FLAGS)
    assert not any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"
                   and "๒ / พ.ศ. 2567" in (i.evidence or "") for i in result.issues)
    assert not any("".join((e.description or "").split()) == "อยู่ระหว่างขั้นตอนพิจารณา"
                   for e in result.entries.values())


def test_a_speck_cell_among_the_damaged_dates_is_dropped():
    # one cell more than reports, a letter alone OCR read from a rule between two damaged dates: the rest are the
    # date row (fresh set s75o, bma_progress_s75o003's second copy: "๒๑/๒๑/๒๑ / ย / ๒๑/ฒ/๒๑" under two headers)
    result = _read("๒๑/๒๑/๒๑\tย\t๒๑/ฒ/๒๑", *_TEXT, *_FIGURES, *_FLAGS)
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert "".join(entries[2].description.split()) == "อยู่ระหว่างขั้นตอนพิจารณา"
    assert entries[1].date_text is None or "ย" not in entries[1].date_text
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in result.issues)
