"""A header row a wrap cut whose rests stand on the next line in fewer cells than the cut headers
(parsers.bma_progress.transposed._heads_rejoined, _rests_by_words): two rests in one cell whose gap OCR read as a
space ("๑<tab>๒<tab>ครั้งที่๓ ที่อ" under "รายงานครั้งที่ รายงานครั้งที่ รายงาน<tab>รายงานครั้ง"), or two numbers OCR
garbled into one mark ("ไช่)<tab>ครั้งที่ ๓").  Each rest goes to the header its words finish, in order; a header
no placement settles stands numberless (the sequence numbers it, said).  Before, the row was no header row and
its block's entries were lost whole."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _heads_rejoined
from schemas.document import Line
from tests.test_bma_progress_block_heads_in_order import ROWS

FOUR = ROWS  # (the four entries' rows under their headers)
THREE = [
    "วันที่รายงาน\t๑๒ มี.ค. ๖๑\t๓/๔/๖๑\t๑๓/๕/๖๑",
    "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tจัดทำคำสั่ง\tรอการทดสอบ",
    "ความก้าวหน้าของงานฯ\t๘\t๑๘\t๓๔",
    "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]
HEAD_FOUR = "รายงานครั้งที่ รายงานครั้งที่ รายงาน\tรายงานครั้ง"
HEAD_THREE = "รายการ\tรายงานครั้งที่\tรายงานครั้งที่ รายงาน"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def _progress(result, numbers) -> list[float]:
    return [figure_values(result.entries[n])[0]["progress_pct"] for n in numbers]


def test_two_rests_in_one_cell_each_finish_the_header_their_words_fit():
    result = parse_entries(_lines([HEAD_FOUR, "๑\t๒\tครั้งที่๓ ที่๔", *FOUR]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert _progress(result, (1, 2, 3, 4)) == [8.0, 18.0, 34.0, 38.0]
    assert result.entries[4].description.startswith("เตรียมการอบรม")


def test_a_rest_whose_number_ocr_garbled_leaves_its_header_numberless_for_the_sequence():
    # "ที่อ": the last header's rest, its number no digit reads
    merged = _heads_rejoined(Line(1, HEAD_FOUR), Line(2, "๑\t๒\tครั้งที่๓ ที่อ"))
    assert merged is not None and merged.text.split("\t") == [
        "รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒", "รายงานครั้งที่ ๓", "รายงานครั้งที่"]
    result = parse_entries(_lines([HEAD_FOUR, "๑\t๒\tครั้งที่๓ ที่อ", *FOUR]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert any(i.field == "progress_reports.seq" for i in result.issues)


def test_a_mark_for_two_lost_numbers_leaves_both_headers_numberless_the_last_finished():
    merged = _heads_rejoined(Line(1, HEAD_THREE), Line(2, "ไช่)\tครั้งที่ ๓"))
    assert merged is not None and merged.text.split("\t") == [
        "รายการ", "รายงานครั้งที่", "รายงานครั้งที่", "รายงานครั้งที่ ๓"]
    result = parse_entries(_lines([HEAD_THREE, "ไช่)\tครั้งที่ ๓", *THREE]))
    assert sorted(result.entries) == [1, 2, 3]
    assert _progress(result, (1, 2, 3)) == [8.0, 18.0, 34.0]
    assert sum(i.field == "progress_reports.seq" for i in result.issues) >= 2


def test_rests_whose_words_fit_no_header_in_order_give_no_header_row():
    # "ที่ ๓" cannot finish a "รายงาน" (it lacks "ครั้ง"); nor do words of a text row
    assert _heads_rejoined(Line(1, HEAD_THREE), Line(2, "ไช่)\tที่ ๓")) is None
    assert _heads_rejoined(Line(1, HEAD_THREE), Line(2, "การประชุม\tครั้งที่ ๓")) is None


HEAD_SPACED = "รายการ\tรายงานครั้ง รายงาน\tรายงานครั้งที่ รายงานครั้ง"
# the dates but the first OCR lost, and the last column's description (rows of fewer cells than entries, placed
# by position): the last column's header is followed by its figures alone
FOUR_LAST_UNDATED = ["วันที่รายงาน\t๑๒ มี.ค. ๖๑", "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tจัดทำคำสั่ง\tรอการทดสอบ",
                     *FOUR[2:]]


def test_a_number_garbled_into_marks_a_space_apart_leaves_its_header_numberless():
    # "il <": the last header's rest (its words and number) OCR garbled into marks it parted with a space; one
    # garbled number, which may finish any header (its words garbled with it)
    merged = _heads_rejoined(Line(1, HEAD_SPACED), Line(2, "ที่ ๑\tครั้งที่๒ ๓\til <"))
    assert merged is not None and merged.text.split("\t") == [
        "รายการ", "รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒", "รายงานครั้งที่ ๓", "รายงานครั้งที่"]
    # words of a text row stay none
    assert _heads_rejoined(Line(1, HEAD_SPACED), Line(2, "ที่ ๑\tครั้งที่๒ ๓\tการ ประชุม")) is None


def test_a_numberless_header_whose_date_ocr_lost_still_opens_its_entry():
    # the numberless header of an undated column reads "รายงานครั้งที่ ::", no column title: its entry stands,
    # numbered by the sequence (said)
    result = parse_entries(_lines([HEAD_SPACED, "ที่ ๑\tครั้งที่๒ ๓\til <", *FOUR_LAST_UNDATED]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert _progress(result, (1, 2, 3, 4)) == [8.0, 18.0, 34.0, 38.0]
    assert [result.entries[n].date is None for n in (1, 2, 3, 4)] == [False, True, True, True]
    assert any(i.field == "progress_reports.seq" for i in result.issues)
