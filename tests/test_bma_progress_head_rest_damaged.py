"""A header row a wrap cut ("รายการ<tab>รายงาน รายงาน รายงานครั้งที รายงานครังที่"), the rest of its headers on the
next line with their gaps read as spaces and a header's words OCR damaged by a letter ("กรงท๑ กรังท๒ ๓<tab>๔": ค read
as ก, marks lost) (parsers.bma_progress.transposed._heads_rejoined): each piece finishes its header, the table is
read, not lost."""

from __future__ import annotations

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
HEAD = "รายการ\tรายงาน รายงาน รายงานครั้งที รายงานครังที่"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_cut_header_rows_rest_with_damaged_words_and_spaced_gaps_opens_the_table():
    result = parse_entries(_lines([HEAD, "กรงท๑ กรังท๒ ๓\t๔", *ROWS]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    figures = [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3, 4)]
    assert figures == [8.0, 18.0, 34.0, 38.0]
    assert result.entries[4].description.startswith("เตรียมการอบรม")


def test_a_rest_line_of_words_no_header_damaged_gives_no_header_row():
    # (words that are no header's, a letter or more apart: the row is not taken from them)
    result = parse_entries(_lines([HEAD, "การทำ๑ ประชุม๒ ๓\t๔", *ROWS]))
    assert sorted(result.entries) != [1, 2, 3, 4]
