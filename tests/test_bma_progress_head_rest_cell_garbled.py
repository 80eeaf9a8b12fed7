"""A header row of a table with entries as columns whose headers a wrap cut ("รายงาน<tab>รายงานครง รายงาน<tab>
รายงานครงท"), the line of their rests a cell each, one cell's number OCR garbled past a digit's shape ("ครั้งที่ ๑<tab>
ที่ lo<tab>ครั้งที่ ๓<tab>๕"; fresh s88a007).  A rest cell that was neither whole nor a garbled number alone made the
row no header row, and the block's entries were lost.  Each rest is now placed by its words
(transposed._rests_by_words), the garbled one numberless."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _numbers_carried
from tests.lines import numbered_lines as _lines

_TABLE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
    "รายงาน\tรายงานครง รายงาน\tรายงานครงท",
    "ครั้งที่ ๑\t{second}\tครั้งที่ ๓\t๔",
    "วันที่รายงาน\t๓๑ ต.ค. ๖๕\t๑๐ พ.ย. ๖๕\t๒๒ ธ.ค. ๖๕\t๑๐ ม.ค. ๖๖",
    "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tได้รับการอนุมัติ\tจัดทำโครงการ\tพิจารณาเกณฑ์",
    "ความก้าวหน้าของงานฯ\t10%\t12%\t13%\t15%",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท\t0 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_rest_cell_whose_number_is_garbled_keeps_the_header_row():
    lines = _lines(*(t.format(second="ที่ lo") for t in _TABLE))
    assert "รายงานครั้งที่ ๑\tรายงานครั้งที่\tรายงานครั้งที่ ๓\tรายงานครั้งที่ ๔" in [ln.text for ln in _numbers_carried(lines)]
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[2].date.isoformat() == "2022-11-10"


def test_a_rest_cell_of_other_words_makes_no_header_row():
    lines = _lines(*(t.format(second="ประชุม lo") for t in _TABLE))
    assert not any(ln.text.startswith("รายงานครั้งที่ ๑\t") for ln in _numbers_carried(lines))
