"""An entries table's date row right under its header row whose label OCR damaged past a letter ("วั un รายงาน")
(parsers.bma_progress.transposed._date_label_damaged): before, no row opened under the header and the block's
entries were lost whole with all their figures; the line, dates in its cells and the description's row after it,
is read as the date row, said (label_inferred)."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

HEAD = "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3"
ROWS = [
    "รายละเอียดการดำเนินงาน\tจัดเตรียมข้อมูล\tจัดทำคำสั่ง\tติดต่อประสานงาน",
    "ความก้าวหน้า\t27.5\t39\t45",
    "ของงานฯ",
    "งบประมาณที่\t0.- บาท\t26,600.- บาท\t0.- บาท",
    "เบิกใช้",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_date_row_whose_label_ocr_damaged_opens_the_block():
    result = parse_entries(_lines([HEAD, "วั un รายงาน\t18/02/2565\t05/03/2565\t04/05/2565", *ROWS]))
    assert sorted(result.entries) == [1, 2, 3]
    assert [result.entries[n].date.isoformat() for n in (1, 2, 3)] == ["2022-02-18", "2022-03-05", "2022-05-04"]
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3)] == [27.5, 39.0, 45.0]
    said = [i for i in result.issues if i.code == "label_inferred" and i.field == "progress_reports.report_date"]
    assert len(said) == 1 and said[0].line_start == 101


def test_a_line_of_no_dates_under_the_header_opens_nothing():
    result = parse_entries(_lines([HEAD, "วั un รายงาน\tจัดเตรียม\tจัดทำ\tติดต่อ", *ROWS]))
    assert not any(i.code == "label_inferred" and i.field == "progress_reports.report_date" for i in result.issues)
