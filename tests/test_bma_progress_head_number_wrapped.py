"""A two-entry table's header row whose gap OCR read as a space and whose first header's number a wrap put on
the next line alone ("รายงานครั้งที่ รายงานครั้งที่ ๒" / "๑"), the date row under it with its cells' gap lost too
(parsers.bma_progress.transposed._numbers_carried): the headers take the number, the table is read, not lost."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

TABLE = [
    "รายงานครังที รายงานครังที ๒",
    "๑",
    "วันที่รายงาน\t๘ พ.ค. ๒๕๖๔ ๑๓ มิ.ย. ๒๕๖๔",
    "รายละเอียดการ\tจัดเตรียมข้อมูล\tได้รับการอนุมัติโครงการ",
    "ดำเนินงาน\tจัดทำโครงการ\tและโอนเงินกิจกรรม",
    "ความก้าวหน้าของงานฯ\t๕\t๑๘",
    "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_header_number_wrapped_alone_over_a_date_row_whose_gap_is_lost_opens_the_table():
    result = parse_entries(_lines(TABLE))
    assert sorted(result.entries) == [1, 2]
    one, _ = figure_values(result.entries[1])
    two, _ = figure_values(result.entries[2])
    assert one["progress_pct"] == 5.0 and two["progress_pct"] == 18.0
    assert one["on_plan"] is True and two["on_target"] is True
    assert result.entries[1].description.startswith("จัดเตรียมข้อมูล")
    assert result.entries[2].description.startswith("ได้รับการอนุมัติโครงการ")


def test_a_lone_line_under_spaced_headers_that_is_no_number_gives_no_header_row():
    # (the line under is text, not a header's number: the header row is not taken from it)
    texts = ["รายงานครังที รายงานครังที ๒", "ทดสอบ", *TABLE[2:]]
    assert not parse_entries(_lines(texts)).entries


# A three-entry table whose header row lost its gaps and whose first two headers a wrap cut before their numbers
# ("รายงานครั้ง" / "ที 1"), the date row's gaps lost too so that it shows two cells for three dates
WIDE = [
    "รายงานครั้ง รายงานครั้ง รายงานครังที 3",
    "ที 1\tที่ 2",
    "วันที่รายงาน\t16 ตุลาคม 6\t28 ธันวาคม",
    "2562\tพฤศจิกายน 2562\t2562",
    "รายละเอียดการ\tได้รับการอนุมัติ\tประชุมผู้บริหาร\tเวียนแจ้ง",
    "ดำเนินงาน\tโครงการ\tสถานศึกษา\tประชาสัมพันธ์",
    "ความก้าวหน้าของงานฯ\t4\t5\t9",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def test_three_spaced_headers_whose_carried_numbers_run_on_open_the_table_over_a_date_row_of_merged_cells():
    result = parse_entries(_lines(WIDE))
    assert sorted(result.entries) == [1, 2, 3]
    figures = [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3)]
    assert figures == [4.0, 5.0, 9.0]
    assert result.entries[3].description.startswith("เวียนแจ้ง")


def test_spaced_headers_whose_carried_numbers_do_not_run_on_give_no_header_row_over_merged_date_cells():
    # (numbers 1 5 3: no block's header row; the date row's two cells cannot confirm three headers)
    texts = [WIDE[0], "ที 1\tที่ 5", *WIDE[2:]]
    assert sorted(parse_entries(_lines(texts)).entries) != [1, 3, 5]
