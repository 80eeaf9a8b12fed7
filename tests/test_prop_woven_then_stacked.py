"""A four-column table of entries OCR read row by row with its cells side by side on one page, and column by
column on the next (each header cell "รายงาน" / "ครั้งที่ N" on two lines of its own, three or more one under
another, then the date-and-description
cells, then the figures, then the flags: extra4 t007, project 2): the word "รายงาน" alone after a row whose header
cell was whole stayed in that row's header cell, and each later header took the word of the one before it; the
last row's entry swallowed the headers and the entries of the next page were lost whole (reports 4, 5, 7).  Now
"รายงาน" alone on its line, opening such a run of header cells, after a row whose header cell holds its "ครั้งที่"
and number, opens the next row."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.test_bma_progress_entries_ocr import _lines

_WOVEN = (
    "รายงาน 15 ม.ค. 2562 :         ความก้าวหน้าของ      เป็นไปตามแผน",
    "ครั้งที่ 1 จัดทำโครงการเพื่อ      งานฯ = 25.0%       : เป็นไปตาม",
    "ขออนุมัติ                งบประมาณที่เบิกใช้ เป้าหมาย",
    "(ครั้งที่ 1)= 0 บาท",
    "รายงาน 12 ก.พ. 2562 :          ความก้าวหน้าของ      เป็นไปตามแผน",
    "ครั้งที่ 2 ได้รับการอนุมัติ         งานฯ = 40.0%        : เป็นไปตาม",
    "โครงการ และโอนเงิน งบประมาณที่เบิกใช้ เป้าหมาย",
    "(ครั้งที่ 2) = 0 บาท",
)
_STACKED = (
    "รายงาน", "ครั้งที่ 3", "", "รายงาน", "ครั้งที่ 4", "", "รายงาน", "ครั้งที่", "5", "",
    "19 มี.ค. 2562 : อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
    "15 เม.ย. 2562 : เวียนแจ้งประชาสัมพันธ์",
    "12 พ.ค. 2562 : ดำเนินการจัดสัมมนา",
    "ความก้าวหน้าของงานฯ = 52.0%", "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
    "ความก้าวหน้าของงานฯ = 60.0%", "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท",
    "ความก้าวหน้าของงานฯ = 70.0%", "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_header_word_alone_after_a_whole_header_opens_the_next_row():
    texts = [ln.text for ln in unweave(_lines(*_WOVEN, *_STACKED))]
    assert "รายงานครั้งที่ 3" in texts and "รายงานครั้งที่ 4" in texts
    result = parse_entries(_lines(*_WOVEN, *_STACKED))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[3].description.startswith("อยู่ระหว่างขั้นตอน")
    assert result.entries[4].description == "เวียนแจ้งประชาสัมพันธ์"
    assert result.entries[5].description == "ดำเนินการจัดสัมมนา"
    assert figure_values(result.entries[4])[0]["progress_pct"] == 60.0


def test_fewer_header_cells_one_under_another_leave_the_row_as_it_was():
    # two headers alone, figures after them (a row whose lines OCR read out of order, extra2 z015): no run of
    # header cells says the page is read by columns, and the word stays in the row's header cell as before
    lines = _lines(*_WOVEN, "รายงาน", "ครั้งที่ 3", "", "รายงาน", "ครั้งที่ 4", "งานฯ = 60.0%")
    assert "รายงานครั้งที่ 3" not in [ln.text for ln in unweave(lines)]


def test_a_header_word_alone_under_a_header_cell_still_open_stays_its_own():
    # "รายงาน" alone, then "ครั้งที่ 1" (the row's header cell on two lines, nothing beside): one header
    texts = [ln.text for ln in unweave(_lines("รายงาน", "ครั้งที่ 1 จัดทำโครงการ   งานฯ = 25.0%   : เป็นไปตาม",
                                              *_WOVEN[4:]))]
    assert texts.count("รายงาน") == 0


def test_a_header_number_ocr_read_as_a_speck_alone_on_its_line_is_the_header_s():
    # "รายงาน" / "ครั้งที" / "a" (extra x019: ๔ read as "a"): the header's number unreadable, its place the sequence's
    stacked = list(_STACKED)
    stacked[4] = "ครั้งที่"
    stacked[5] = "a"
    texts = [ln.text for ln in unweave(_lines(*_WOVEN, *stacked))]
    assert "รายงานครั้งที่ a" in texts
    result = parse_entries(_lines(*_WOVEN, *stacked))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[4].description == "เวียนแจ้งประชาสัมพันธ์"


def test_two_header_cells_one_under_another_with_a_date_cell_under_them_open_rows():
    # two headers alone, then the first column's date-and-description cells (a page read column by column: corpus
    # OCR bma_progress_009, its last page past the certification): the run says the page is read by columns
    stacked = ("รายงาน", "ครั้งที่ 3", "", "รายงาน", "ครั้งที่ 4", "",
               ":: 19 มี.ค. 2562 : อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ", "15 เม.ย. 2562 : เวียนแจ้งประชาสัมพันธ์",
               "ความก้าวหน้าของงานฯ = 52.0%", "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
               "ความก้าวหน้าของงานฯ = 60.0%", "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท",
               "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    texts = [ln.text for ln in unweave(_lines(*_WOVEN, *stacked))]
    assert "รายงานครั้งที่ 3" in texts and "รายงานครั้งที่ 4" in texts
    result = parse_entries(_lines(*_WOVEN, *stacked))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[4].description == "เวียนแจ้งประชาสัมพันธ์"
