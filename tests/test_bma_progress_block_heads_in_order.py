"""An entries table block's header row a number of which OCR misread where most of its headers agree on where the
block starts ("๑ ๒ ๑๓ๆ ๕" for ๑ ๒ ๓ ๔) (parsers.bma_progress.transposed._heads_in_order): a block's columns are
reports in a row, so the misread header is read as its place's number, said (value_repaired, report_sequence); the
block after it, numbered on, does not collide with it.  A number garbled past a digit (๑๓ๆ) is the sequence's."""

from __future__ import annotations

import json

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

ROWS = [
    "วันที่รายงาน\t๑๒ มี.ค. ๖๑\t๓/๔/๖๑\t๑๓/๕/๖๑\t๓๐ มิ.ย. ๖๑",
    "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tจัดทำคำสั่ง\tรอการทดสอบ\tเตรียมการอบรม",
    "ความก้าวหน้าของงานฯ\t๘\t๑๘\t๓๔\t๓๘",
    "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท\t๐ บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_misread_header_number_is_read_by_its_place_a_garbled_one_by_the_sequence():
    head = "รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๒\tรายงานครั้งที่ ๑๓ๆ\tรายงานครั้งที่ ๕"
    result = parse_entries(_lines([head, *ROWS]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3, 4)] == [8.0, 18.0, 34.0, 38.0]
    said = [json.loads(i.evidence) for i in result.issues if i.code == "value_repaired"
            and i.field == "progress_reports.seq"]
    assert [(e["printed"], e["chosen"]) for e in said] == [("รายงานครั้งที่ ๕", 4)]


def test_headers_that_agree_on_no_start_are_read_as_printed():
    head = "รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๓\tรายงานครั้งที่ ๖\tรายงานครั้งที่ ๘"
    result = parse_entries(_lines([head, *ROWS]))
    assert sorted(result.entries) == [1, 3, 6, 8]
