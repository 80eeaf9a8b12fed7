"""A BMA progress entries table whose header row OCR read with its gaps as
spaces and its numbers wrapped to the line under it, one of them lost
("รายงานครั้งที่ รายงานครั้งที่ รายงานครั้งที่ รายงานครั้งที่" over "2<tab>3<tab>4": the
first column's number a speck OCR dropped), and the date row's label OCR
read as Latin letters ("sun" for วันที่รายงาน): the row was no header row, so
the block's four entries were lost whole (s64o008 reports 1-4).

Now the numbers running on, one fewer than the headers, give the first
header's place to the lost one where the run opens one past the number the
row should open with (1 for the table's first row, else one past the last
header before it), the last header's where it opens with it
(transposed._lost_end_number); that header stands numberless and the
entries' sequence numbers it (said).  A run that tells neither is left as it
was, and the date row under a spaced header row may confirm it by its shape
when OCR damaged its label (transposed._numbered_on)."""

from parsers.bma_progress.transposed import _lost_end_number, _opens_after, untranspose_with_doubts
from pipeline.clean import clean_lines
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = """รายงานครั้งที่ รายงานครั้งที่ รายงานครั้งที่ รายงานครั้งที่
{numbers}
sun          ๓ ธ.ค. ๒๕๖๖     ๑๕ ม.ค. ๒๕๖๗     ๒ ก.พ. ๒๕๖๗     ๙ มี.ค. ๒๕๖๗
รายละเอียด       ประชุม         เวียนแจ้ง       ขอรายชื่อ       จัดอบรม
การดำเนินงาน ผู้บริหาร       ประชาสัมพันธ์     ผู้ร่วมกิจกรรม     ครูผู้สอน
ความก้าวหน้า     ๒.๐๐ %       ๕.๐๐ %         ๑๐.๐๐ %         ๒๐.๐๐ %
ของงานฯ
งบประมาณที่      ๐ บาท        ๐ บาท           ๐ บาท           ๐ บาท
เบิกใช้
ความสอดคล้อง เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน
กับแผน
ความสอดคล้อง เป็นไปตาม เป็นไปตาม        เป็นไปตาม       เป็นไปตาม
กับเป้าหมาย      เป้าหมาย      เป้าหมาย         เป้าหมาย        เป้าหมาย
"""


def _entries(numbers: str) -> dict[str, list[str]]:
    lines, _ = clean_lines(_TABLE.format(numbers=numbers))
    got, _ = untranspose_with_doubts(lines)
    return entries_by_header(got)


def test_the_first_header_s_lost_number_keeps_the_table_s_four_entries():
    by = _entries("               2               3               4")
    assert list(by) == ["รายงานครั้งที่", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3", "รายงานครั้งที่ 4"]
    assert "ประชุม" in " ".join(by["รายงานครั้งที่"]) and "จัดอบรม" in " ".join(by["รายงานครั้งที่ 4"])


def test_the_last_header_s_lost_number_when_the_run_opens_the_table():
    by = _entries("1               2               3")
    assert list(by) == ["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3", "รายงานครั้งที่"]
    assert "จัดอบรม" in " ".join(by["รายงานครั้งที่"])


def test_a_run_that_tells_neither_place_gives_none():
    assert _lost_end_number(["2", "3", "4"], 4, 1) == ["", "2", "3", "4"]
    assert _lost_end_number(["5", "6", "7"], 4, 5) == ["5", "6", "7", ""]
    assert _lost_end_number(["3", "4", "5"], 4, 1) is None  # (two numbers lost, or a block of another start)
    assert _lost_end_number(["2", "3", "4"], 4, None) is None  # (the block before's numbers unread)
    assert _lost_end_number(["2", "4", "5"], 4, 1) is None  # (not a run)
    assert "รายงานครั้งที่ 4" not in _entries("3               4               5")


def test_the_number_a_row_opens_with_goes_on_from_the_header_row_before_it():
    assert _opens_after(Line(9, "รายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3", "text"), 1) == 4
    assert _opens_after(Line(9, "รายการ\tรายงานครั้งที่ ๕\tรายงานครั้งที่ ๖", "text"), 4) == 7
    assert _opens_after(Line(9, "รายงานครั้งที่\tรายงานครั้งที่ 6", "text"), 5) is None  # (a number unread)
    assert _opens_after(Line(9, "รายงาน", "text"), 5) == 5  # (a date label's piece wrapped alone: no header row)
    assert _opens_after(Line(9, "วันที่รายงาน\t๓ ธ.ค. ๒๕๖๖\t๑๕ ม.ค. ๒๕๖๗", "text"), 5) == 5
