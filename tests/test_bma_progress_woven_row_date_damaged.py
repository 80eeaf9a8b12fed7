"""A four-column table of entries OCR read row by row for its first entry, its cells side by side, and column
by column after it (the headers, then the date cells, the figures, the flags: extra2 z007), where the row's date
cell opens with a character OCR made of the cell's rule, glued to the day ("รายงาน เ19/11/2561 : จัดเตรียม"; also
"รายงาน ซู ก.ย. ๒๕๒๓ :", "รายงาน :: ซ ส.ค. ๒๕๒๒ :" in extra x002/x016, extra4 t006).  Only "รายงาน" then a digit
or a separator opened a row, so the table was not read as woven: the first entry's date and description cell was
lost among the row's other cells and every later date and description cell went one entry early (eight of nine
descriptions and dates of z007 wrong, said only as a column in doubt).  Now "รายงาน" followed by a date cell, its
first characters OCR damaged or not (clauses.date_cell_opens), opens a row too.  And a run of header cells one
under another whose "ครั้งที่ N" holds a number OCR wrote in Latin letters ("ครังที on" for ๓) is still a run of
headers, so the first "รายงาน" after the row is the next entry's header, not the row's description."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.sidebyside import _row_opens
from tests.lines import numbered_lines as _lines

_TABLE = (
    "ครั้งที่      วันที่รายงาน : รายละเอียด ผลการดำเนินงาน       ความสอดคล้อง",
    "การดำเนินงาน",
    "รายงาน เ19/11/2561 : จัดเตรียม      ความก้าวหน้าของ      เป็นไปตามแผน",
    "ครั้งที่ ๑ ข้อมูล/จัดทำโครงการ        งานฯ = 2            : เป็นไปตาม",
    "รายงาน",
    "ครั้งที่ 2",
    "รายงาน",
    "ครังที on",
    "รายงาน",
    "ครั้งที่ 4",
    "09/01/2562 : ประชุม",
    "ผู้บริหารสถานศึกษาเพื่อ",
    "กำหนดหัวข้อดำเนินงาน",
    "04/03/2562 : อยู่ระหว่าง",
    "การเตรียมกิจกรรมสัปดาห์",
    "05/04/2562 : จัดทำโครงการเพื่อขออนุมัติ",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 1) = ๐.- บาท",
    "ความก้าวหน้าของ",
    "งานฯ = 7",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 2) = ๐.- บาท",
    "ความก้าวหน้าของ",
    "งานฯ = 11",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 3) = ๐.- บาท",
    "ความก้าวหน้าของ",
    "งานฯ = 15",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 4) = ๐.- บาท",
    "เป้าหมาย",
    "ไม่เป็นไปตามแผน",
    ": ไม่เป็นไปตาม",
    "เป้าหมาย",
    "เป็นไปตามแผน",
    ": เป็นไปตาม",
    "เป้าหมาย",
    "เป็นไปตามแผน",
    ": เป็นไปตาม",
    "เป้าหมาย",
)


def _text(s: str) -> str:
    return " ".join(s.split())


def test_the_first_row_read_across_keeps_its_cells_and_the_columns_after_it_their_entries():
    result = parse_entries(_lines(*_TABLE))
    assert sorted(result.entries) == [1, 2, 3, 4]
    e = result.entries
    assert _text(e[1].description) == "จัดเตรียม ข้อมูล/จัดทำโครงการ"
    assert _text(e[2].description) == "ประชุม ผู้บริหารสถานศึกษาเพื่อ กำหนดหัวข้อดำเนินงาน"
    assert _text(e[3].description) == "อยู่ระหว่าง การเตรียมกิจกรรมสัปดาห์"
    assert _text(e[4].description).startswith("จัดทำโครงการเพื่อขออนุมัติ")
    assert [e[n].date_text for n in (2, 3, 4)] == ["09/01/2562", "04/03/2562", "05/04/2562"]
    values = {n: figure_values(e[n])[0] for n in e}
    assert [values[n]["on_plan"] for n in (1, 2, 3, 4)] == [True, False, True, True]
    assert [values[n]["progress_pct"] for n in (1, 2, 3, 4)] == [2.0, 7.0, 11.0, 15.0]


def test_damaged_date_cells_after_the_header_word_open_rows():
    for text in ("รายงาน เ19/11/2561 : จัดเตรียม      ความก้าวหน้าของ      เป็นไปตามแผน",
                 "รายงาน ซู ก.ย. ๒๕๒๓ : ดำเนินการ      ความก้าวหน้าของ เป็นไปตาม",
                 "รายงาน :: ซ ส.ค. ๒๕๒๒ : อยู่ระหว่าง",
                 "รายงาน ไ15/9/2567 : ยกเลิก       ความก้าวหน้า      เป็นไปตาม"):
        assert _row_opens(text), text


def test_the_header_word_before_words_or_a_whole_header_opens_no_row():
    for text in ("รายงาน ผลการดำเนินงาน : ประชุม 2 ครั้ง", "รายงาน ครั้งที่ 3 : อยู่ระหว่าง",
                 "รายงานความก้าวหน้าของโครงการ 2 ฉบับ :", "รายงาน เป็นไปตามแผน : ไม่"):
        assert not _row_opens(text), text
