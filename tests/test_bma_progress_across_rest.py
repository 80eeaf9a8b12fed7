"""A table of entries OCR read row by row for its first entry, its cells side by side, and column by column
after it (the headers, then the date and description cells, the figures, the flags: extra x019), whose first
row's description cell wrapped past the row: the column reader finishes that cell at the head of the date column,
after the run of headers and before the next entry's date cell ("รายงาน 10/10/2563 : ..." / "ครั้งที่ 1
จัดเตรียมข้อมูล/ ..." / the headers / "จัดทำโครงการ" / "15/11/2563 : ...").  Before, that text was left, no
entry's, and the first entry kept half its description.  Now a few lines of words standing there are the rest of
the entry read across, said as a cell in doubt; dates, figures, a unit alone or many lines stay no entry's."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines


def _table(*rest: str) -> tuple[str, ...]:
    return (
        "รายงาน 10/10/2563 :   ความก้าวหน้า   เป็นไปตามแผน",
        "ครั้งที่ 1 จัดเตรียมข้อมูล/     ของงานฯ = 3       : เป็นไปตาม",
        "รายงาน",
        "ครั้งที่ 2",
        "รายงาน",
        "ครั้งที่ 3",
        "รายงาน",
        "ครั้งที่ 4",
        *rest,
        "15/11/2563 : อยู่ระหว่างการ",
        "เตรียมจัดทำคำสั่ง",
        "3/12/2563 : อยู่ระหว่าง",
        "ขั้นตอน...พิจารณา",
        "9/1/2564 : ประชุมผู้บริหาร",
        "ความก้าวหน้าของ",
        "งานฯ = 7",
        "ความก้าวหน้าของ",
        "งานฯ = 11",
        "ความก้าวหน้าของ",
        "งานฯ = 13",
        "เป้าหมาย",
        "เป็นไปตามแผน",
        ": เป็นไปตาม",
        "เป้าหมาย",
        "เป็นไปตามแผน",
        ": เป็นไปตาม",
        "เป้าหมาย",
        "เป็นไปตามแผน",
        ": เป็นไปตาม",
        "เป้าหมาย",
        "รายงาน 5/2/2564 : ประชุม      ความก้าวหน้าของ      เป็นไปตามแผน",
        "ครั้งที่ 5 ผู้บริหาร        งานฯ = 15            : เป็นไปตาม",
        "เป้าหมาย",
    )


def _words(text: str) -> str:
    return "".join(text.split())


def test_the_rest_of_the_row_s_description_heading_the_date_column_is_the_row_s():
    result = parse_entries(_lines(*_table("จัดทำโครงการ")))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert _words(result.entries[1].description) == "จัดเตรียมข้อมูล/จัดทำโครงการ"
    assert _words(result.entries[2].description) == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง"
    doubt = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "rest of report 1" in i.message]
    assert doubt and doubt[0].field == "progress_reports.description"
    assert not any("จัดทำโครงการ" in ln.text for ln in result.preamble)


def test_figures_units_and_dated_text_there_stay_no_entry_s():
    for rest in (("บาท",), ("ประชุมผู้บริหาร 26 มีนาคม 2563",), ("จัดทำ", "โครงการ", "เพื่อขอ", "อนุมัติ", "จากผู้บริหาร", "และเจ้าหน้าที่", "ดำเนินงาน")):
        result = parse_entries(_lines(*_table(*rest)))
        assert _words(result.entries[1].description) == "จัดเตรียมข้อมูล/", rest
        assert any(ln.text == rest[0] for ln in result.preamble), rest
