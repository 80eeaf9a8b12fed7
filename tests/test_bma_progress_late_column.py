"""A BMA progress entries table whose last column OCR read apart under its date and description rows (its
header, date and text one under another, the header's number misread as the one before it) before the figure
rows it read across, their cells one more than the header row's: that column is one more entry
(parsers.bma_progress.transposed._late_column), said; before, the header was read as text of the entry its
number repeats and the last report was lost with no issue naming it."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_LATE = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2",
    "วันที่รายงาน\t1/4/2566\t11/6/2566",
    "รายละเอียดการดำเนินงาน\tจัดเตรียมข้อมูล\tประชุมผู้บริหาร",
    "ครั้งที่ 2",
    "21/9/2566",
    "อยู่ระหว่างการเตรียม",
    "การอบรมเชิงปฏิบัติการ",
    "ค่าวัสดุอุปกรณ์ = 7,100 บาท",
    "ความก้าวหน้าของงานฯ\t6.00 %\t36.00 %\t38.00 %",
    "งบประมาณที่เบิกใช้\t0 บาท\t14,400 บาท\t7,100 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_column_read_apart_before_the_figure_rows_is_one_more_entry():
    result = parse_entries(_lines(*_LATE, start=80))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[3].description.startswith("อยู่ระหว่างการเตรียม")
    assert [str(entries[k].date) for k in (1, 2, 3)] == ["2023-04-01", "2023-06-11", "2023-09-21"]
    assert [figure_values(entries[k])[0]["progress_pct"] for k in (1, 2, 3)] == [6, 36, 38]
    assert any(i.code == "entry_cell_in_doubt" and "read apart" in i.message and i.field == "progress_reports.seq"
               for i in result.issues)


def test_no_more_entry_where_the_figure_rows_hold_the_header_rows_count():
    lines = [*_LATE[:8], *("\t".join(ln.split("\t")[:3]) for ln in _LATE[8:])]
    result = parse_entries(_lines(*lines, start=80))
    assert sorted(result.entries) == [1, 2]
    assert not any("read apart" in i.message for i in result.issues)
