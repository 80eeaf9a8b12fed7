"""A wide entries table's header row a wrap cut inside its headers ("รายการ    รายงานครั้ง รายงานครั้งที่ รายงานครั้งที่"),
the line of their numbers under it read by OCR with the first garbled ("ng           10               11": ที่ 9).
The clean-up took that line for OCR noise (a Latin speck and figures), so the parser never saw it, and the row's
headers were numbered on from the block before (8 to 10): reports 8 to 11 each given the next one's date (fresh set
s98o, bma_progress_s98o008).  The form reads such a line as text by its place (ROWS_READ:
transposed.head_numbers_in_noise), and each header takes its number from it."""

from parsers.bma_progress import ROWS_READ
from parsers.bma_progress.entries import parse_entries
from pipeline.clean import clean_lines, parser_lines

_BLOCK_BEFORE = [
    "รายการ           รายงานครั้งที่ 5   รายงานครั้งที่ 6   รายงานครั้งที่ 7",
    "วันที่รายงาน      10/2/2561     15/3/2561       22/4/2561",
    "รายละเอียดการ    ประชุม        จัดอบรม         สรุปผล",
    "ความก้าวหน้า      47.50 %      56.00 %         69.00 %",
    "งบประมาณที่       0 บาท.-        0 บาท.-          0 บาท.-",
    "",
]
_CUT_BLOCK = [
    "รายการ           รายงานครั้ง รายงานครั้งที่ รายงานครั้งที่",
    "",
    "ng           10               11",
    "",
    "วันที่รายงาน      15/6/2561     2/7/2561        23/8/2561",
    "รายละเอียดการ    จัดสัมมนา      ติดตามผล         รายงานผล",
    "ความก้าวหน้า      72.00 %      78.00 %         80.00 %",
    "งบประมาณที่       0 บาท.-        0 บาท.-          0 บาท.-",
]
_TEXT = "\n".join(["2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ", "", *_BLOCK_BEFORE, *_CUT_BLOCK]) + "\n"


def test_the_numbers_line_taken_for_noise_is_read_by_its_place():
    lines, _ = clean_lines(_TEXT)
    numbers = next(ln for ln in lines if ln.text.startswith("ng"))
    assert numbers.kind == "ocr_noise"
    assert numbers.no in ROWS_READ(lines)
    assert numbers.no in [ln.no for ln in parser_lines(lines, rows=ROWS_READ)]


def test_each_cut_header_takes_its_number_and_date():
    lines, _ = clean_lines(_TEXT)
    result = parse_entries(parser_lines(lines, rows=ROWS_READ))
    dates = {seq: e.date.isoformat() for seq, e in result.entries.items() if e.date is not None}
    assert 8 not in dates  # (report 8's column is not printed here: no header takes its place)
    assert (dates[9], dates[10], dates[11]) == ("2018-06-15", "2018-07-02", "2018-08-23")


def test_a_noise_line_under_no_header_row_stays_noise():
    text = _TEXT.replace("รายการ           รายงานครั้ง รายงานครั้งที่ รายงานครั้งที่", "รายละเอียดเพิ่มเติม")
    lines, _ = clean_lines(text)
    assert not any(ln.text.startswith("ng") for ln in parser_lines(lines, rows=ROWS_READ))
