"""BMA progress entries after OCR (fresh sets s68z, bma_progress_s68z002 reports 1-2, and s67o,
bma_progress_s67o001 reports 9-10; the generator's entries_side_by_side): a table two entries wide whose labels'
column OCR read on its own, before, and whose header row it read one header a line ("ครั้งที 1" / "ครั้งที 2"),
the rows under it read across with no label ("30 ม.ค. 2565<tab>14 กุมภาพันธ์" / ... / "8.0%<tab>16.5%").

The headers stood as two entries with no cells, and the rows under them, read as no table, gave their figures to
whichever entry came next (report 1's progress read as 17.5, report 3's).  Headers one a line whose numbers run
on, right above a date row of as many cells, are the table's header row (transposed._head_row_stacked), said."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _head_row_stacked
from tests.lines import numbered_lines as _lines

_LABELS = ("วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน")
_ROWS = (
    "30 ม.ค. 2565\t14 ก.พ. 2565",
    "จัดทำคำสั่ง\tอยู่ระหว่างการ",
    "คณะกรรมการ\tเตรียมจัดทำ",
    "8.0%\t16.5%",
    "0 บาท\t0 บาท",
    "เป็นไปตามแผน\tเป็นไปตามแผน",
    "เป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย",
)


def test_a_header_row_read_one_header_a_line_over_a_labelless_date_row_is_the_tables_header_row():
    result = parse_entries(_lines(*_LABELS, "ครั้งที 1", "", "ครั้งที 2", *_ROWS, start=125))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert [entries[k].figures.get("progress") for k in (1, 2)] == ["8.0", "16.5"]
    assert [entries[k].date.month for k in (1, 2)] == [1, 2]
    assert "จัดทำคำสั่ง" in entries[1].description and "เตรียมจัดทำ" in entries[2].description
    assert any(i.code == "entry_cell_in_doubt" and "one a line" in i.message for i in result.issues)


def test_headers_one_a_line_stay_apart_unless_their_numbers_run_on_over_a_date_row_of_as_many_cells():
    # numbers that do not run on ("1" / "3": a table read column by column), a row of three cells under two
    # headers, or no date row under them: no header row
    three = "1 ม.ค. 2565\t2 ก.พ. 2565\t3 มี.ค. 2565"
    for heads, row in ((("ครั้งที 1", "ครั้งที 3"), _ROWS[0]), (("ครั้งที 1", "ครั้งที 2"), three),
                       (("ครั้งที 1", "ครั้งที 2"), _ROWS[1])):
        lines = _lines(*heads, row)
        out, said = _head_row_stacked(lines)
        assert [ln.text for ln in out] == [ln.text for ln in lines] and not said
