"""BMA progress form, an entries table read column by column whose next block's header OCR read right above a
column's own header ("ครั้งที่ 4" / "ครั้งที่ 1" / "27 เม.ย." / "2566" / ...: the block of reports 4 and 5 printed
beside, its cells lost): a header under a header is no date of it.  Before, the column cut short after its
progress (stacked._short_column) took "ครั้งที่ 1" for report 4's date cell, so reports 1 and 2 were read as 4
and 5, undated, their headers and dates in their descriptions."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.stacked import restack
from tests.lines import numbered_lines

COLUMNS = ("ครั้งที่ 4", "ครั้งที่ 1", "27 เม.ย.", "2566", "จัดเตรียมข้อมูล", "4.00 %", "0 บาท", "เป็นไปตาม", "แผน",
           "เป็นไปตาม", "เป้าหมาย", "ครั้งที่ 5", "ครั้งที่ 2", "17 มิถุนายน", "2566", "อยู่ระหว่างขั้นตอน", "36.00 %",
           "0 บาท", "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")


def test_a_header_under_a_header_is_no_date_the_column_under_it_is_its_own():
    lines = numbered_lines(*COLUMNS, start=10)
    assert not any(ln.text.startswith("::") and "ครั้งที่" in ln.text for ln in restack(lines))
    entries = parse_entries(lines).entries
    assert [str(entries[k].date) for k in (1, 2)] == ["2023-04-27", "2023-06-17"]
    assert entries[2].description == "อยู่ระหว่างขั้นตอน"
    assert [entries[k].figures.get("progress") for k in (1, 2)] == ["4.00", "36.00"]
