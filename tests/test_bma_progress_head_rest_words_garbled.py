"""A header row of a table with entries as columns whose headers a wrap cut ("รายการ<tab>รายงานครั้ง รายงานครั้งที่
รายงานครั้ง รายงานครั้ง"), the line of their rests a cell each, one cell's words OCR garbled into Latin marks before
its number ("ที่5<tab>6<tab>ที่ 7<tab>ii 8", ที่ ๘; fresh set s100o, bma_progress_s100o001).  The marks and the
number were two rests, five for four headers, so the row was no header row and the block's four entries were lost
whole (reports 6 to 8 missing, report 5's figures too).  Marks no digit reads right before a number in one cell are
now one rest whose words OCR garbled, which may finish any header (transposed._rest_pieces); the headers take their
numbers where every placement agrees.  A rest of words alone, its number lost, is not glued to the next rest's
words either (the last test)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _numbers_carried, _rest_pieces
from tests.lines import numbered_lines as _lines

_TABLE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
    "รายการ\tรายงานครั้ง รายงานครั้งที่ รายงานครั้ง รายงานครั้ง",
    "ที่5\t6\tที่ 7\t{last}",
    "วันที่รายงาน\t4/2/2562\t11/3/2562\t8/4/2562\t24/5/2562",
    "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tได้รับการอนุมัติ\tจัดทำโครงการ\tพิจารณาเกณฑ์",
    "ความก้าวหน้าของงานฯ\t41%\t60%\t66%\t76%",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท\t0 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_rest_whose_words_ocr_garbled_before_its_number_keeps_the_header_row():
    lines = _lines(*(t.format(last="ii 8") for t in _TABLE))
    heads = "รายการ\tรายงานครั้งที่ 5\tรายงานครั้งที่ 6\tรายงานครั้งที่ 7\tรายงานครั้งที่ 8"
    assert heads in [ln.text for ln in _numbers_carried(lines)]
    result = parse_entries(lines)
    assert sorted(result.entries) == [5, 6, 7, 8]
    assert result.entries[8].date.isoformat() == "2019-05-24"
    assert result.entries[8].figures["progress"] == "76"


def test_the_same_row_with_the_words_whole_reads_the_same():
    lines = _lines(*(t.format(last="ที่ 8") for t in _TABLE))
    assert sorted(parse_entries(lines).entries) == [5, 6, 7, 8]


def test_marks_alone_or_apart_from_the_number_stay_what_they_were():
    assert _rest_pieces("ii 8") == [(3, "8")]
    assert _rest_pieces("ii\t8") == [(0, ""), (0, "8")]  # (marks in a cell of their own: a garbled number)
    assert _rest_pieces("5 6\t7") == [(0, "5"), (0, "6"), (0, "7")]  # (two numbers: no marks)
    assert _rest_pieces("ประชุม 8") is None  # (a word: a text row, no header's rest)


_WORDS_ALONE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
    "รายการ\tรายงาน\tรายงาน\tรายงาน",
    "ครั้งที่ 5\tครั้งที่\tครั้งที่ 7",
    "วันที่รายงาน\t4/2/2562\t11/3/2562\t8/4/2562",
    "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tได้รับการอนุมัติ\tจัดทำโครงการ",
    "ความก้าวหน้าของงานฯ\t41%\t60%\t66%",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_rest_of_words_alone_its_number_lost_is_not_glued_to_the_next_rest():
    # "ครั้งที่<tab>ครั้งที่ 7": the middle rest's number lost (fresh set s100p, bma_progress_s100p002,
    # "ครั้งที่% ครั้งที่ ๒<tab>ครั้งที่<tab>ครั้งที่ ๕"); before, its words were joined to the next rest's
    # ("ครั้งที่ครั้งที่"), no rest at all, so the row was no header row and the block's entries were lost
    assert _rest_pieces("ครั้งที่ 5\tครั้งที่\tครั้งที่ 7") == [(2, "5"), (2, ""), (2, "7")]
    assert _rest_pieces("ครั้งที่\t5") == [(2, "5")]  # (the words, then their number apart, still one rest)
    lines = _lines(*_WORDS_ALONE)
    assert "รายการ\tรายงานครั้งที่ 5\tรายงานครั้งที่\tรายงานครั้งที่ 7" in [ln.text for ln in _numbers_carried(lines)]
    assert sorted(parse_entries(lines).entries) == [5, 6, 7]
