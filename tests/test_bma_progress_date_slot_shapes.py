"""A "date : description" cell of a column of such cells (a table read column
by column, or run on in a few lines) whose date OCR damaged into a shape
DAMAGED_DATE_CELL_RE misses: its parts glued or parted with a "|"
("๐๓๐๕|๒๕๒๒ :", "๒๐/0ซ๒56๒ :", "๑4/5/|2๕๒2 :"), or a two-digit year after a
month OCR wrote in Latin letters ("26 AU. 64 :", "๒/ N.A. ๒๕ :").  Standing
after the entry before's words, it ran on in that entry's description with
the next entry's text.  Now (clauses._slot_cell) it is the next entry's date
slot, its date unread; a figure, a percent, an amount, a time, Thai words
("ปี 2563/64 :", a month and year alone) or a number after "ที่" ("ครั้งที่
1/2564 :") are no such slot."""

from parsers.bma_progress.clauses import damaged_date_cell, events_of, month_year_cell, pieces
from parsers.bma_progress.entries import _damaged_cells_inside, parse_entries
from schemas.document import Line
from tests.test_bma_progress_entries_ocr import _lines

_FIGURES = (
    "ความก้าวหน้าของงานฯ = 3.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท ความก้าวหน้าของงานฯ = 5.0%",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท ความก้าวหน้าของงานฯ = 9.0% งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_glued_or_short_year_date_cell_run_on_opens_the_next_entry():
    for cell in ("๐๓๐๕|๒๕๒๒ :", "26 AU. 64 :", "๒/ N.A. ๒๕ :", "๒๐/0ซ๒56๒ :", "« มีนาคม ๒๕๒๒ :"):
        entries = parse_entries(_lines(
            "รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3",
            "27 ตุลาคม 2567 : ประชุมผู้บริหารสถานศึกษา 23 พฤศจิกายน 2567 : ดำเนินการจัดสัมมนา",
            f"และเบิกจ่ายตามงบประมาณ {cell} ยกเลิกโครงการ เนื่องจากวิทยากรติดภารกิจ",
            *_FIGURES, start=60)).entries
        assert entries[2].description == "ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ", cell
        assert entries[3].description == "ยกเลิกโครงการ เนื่องจากวิทยากรติดภารกิจ", cell
        assert entries[3].date is None and entries[3].date_text == cell[:-2], cell


def test_such_a_cell_opening_a_line_is_a_date_slot():
    events = events_of(Line(5, "๑4/5/|2๕๒2 : อยู่ระหว่างการเตรียม"))
    assert [(ev.kind, ev.value, ev.damaged) for ev in events[:1]] == [("date", None, "๑4/5/|2๕๒2")]
    assert events[1].text == "อยู่ระหว่างการเตรียม"


def test_figures_words_and_numbers_before_a_colon_are_no_date_slot():
    for text in ("20.00 : x", "2,000 : x", "2563 : x", "20.00 % : x", "12/3 % : x", "ค่าอาหาร 50 คน : x",
                 "1 ก. 2 : x", "ข้อ 2.1 : x", "1,200 2,400 : x", "เม.ย. ๒๕๒๕ : x", "20/07/2566 13:46",
                 "ปี 2563/64 : x", "ไทฒ/ส๕๒๕๒๕ : x"):
        assert damaged_date_cell(text) is None, text
    assert _damaged_cells_inside("ประชุมครั้งที่ 1/2564 : สรุปผล") == []
    assert _damaged_cells_inside("ประชุมครั้งที 1/2564 : สรุปผล") == []
    assert _damaged_cells_inside("ตามงบประมาณ 26 AU. 64 : ดำเนินการอบรม") == [12]


def _column_read_down(cell: str) -> list[Line]:
    """An entries table OCR read column by column, each cell of the
    description column over a few lines; the second cell's date as `cell`."""
    return _lines(
        "รายงาน", "ครั้งที่ ๑", "รายงาน", "ครั้งที่ ๒", "รายงาน", "ครั้งที่ ๓",
        "วันที่รายงาน :", "รายละเอียดการ", "ดำเนินงาน",
        "๑๒ ก.พ. ๒๕๖๗ :", "อยู่ระหว่าง", "ขั้นตอนแต่งตั้ง", "คณะกรรมการ",
        f"{cell} ยังไม่", "ได้ดำเนินกิจกรรม", "ตามแผน เนื่องจาก", "ติดภารกิจ",
        "๑๔ เม.ย. ๒๕๖๗ :", "ประชุมผู้บริหาร", "สถานศึกษา",
        "ผลการดำเนินงาน",
        "ความก้าวหน้าของ", "งานฯ = 5%", "งบประมาณที่เบิกใช้", "(ครั้งที่ 1) = 0 บาท",
        "ความก้าวหน้าของ", "งานฯ = 9%", "งบประมาณที่เบิกใช้", "(ครั้งที่ 2) = 0 บาท",
        "ความก้าวหน้าของ", "งานฯ = 31%", "งบประมาณที่เบิกใช้", "(ครั้งที่ 3) = 1,500 บาท",
        start=120)


def test_a_date_cell_whose_day_ocr_lost_opens_the_next_entry_in_a_column_read_down():
    """A month and year alone before the colon ("มี.ค. ๒7 :" for "๗ มี.ค. ๖๗ :")
    opening a line of a column of "date : description" cells, no day ending
    the line above (clauses.month_year_cell): the next entry's date cell, its
    date unread.  Before, the cell ran on in the entry above's description,
    and every later cell went one entry early (fresh set s93o)."""
    for cell in ("มี.ค. ๒7 :", "มีนาคม ๒๕๖๗ :"):
        entries = parse_entries(_column_read_down(cell)).entries
        assert sorted(entries) == [1, 2, 3], cell
        assert entries[1].description == "อยู่ระหว่าง ขั้นตอนแต่งตั้ง คณะกรรมการ", cell
        assert entries[2].date is None and entries[2].date_text == cell[:-2], cell
        assert entries[2].description == "ยังไม่ ได้ดำเนินกิจกรรม ตามแผน เนื่องจาก ติดภารกิจ", cell
        assert entries[3].description == "ประชุมผู้บริหาร สถานศึกษา", cell
        assert str(entries[3].date) == "2024-04-14", cell


def test_a_month_and_year_after_a_day_ending_the_line_above_opens_nothing():
    """The same shape after a line that ends with a day (maybe glued to the
    header's number) or with a header and no word after it is the rest of a
    date a wrap cut after its day: no cell of its own."""
    assert pieces_opened("... วันจัดสัมมนา ๑๐", "เมษายน ๒๕๖๓ : อยู่ระหว่าง") == 1
    assert pieces_opened("รายงานครั้งที่ 2211", "กุมภาพันธ์ 63 : ได้รับการอนุมัติโครงการ") == 1
    assert pieces_opened("รายงานครั้งที่ a i:", "พฤษภาคม ๒๕๒๑ : ได้ดำเนินการอบรม") == 1  # (its number and day garbled)
    assert pieces_opened("... วันจัดสัมมนา", "เมษายน ๒๕๖๓ : อยู่ระหว่าง") == 2
    assert month_year_cell("พ.ศ. 2567 : x") is None and month_year_cell("ปี 2567 : x") is None


def pieces_opened(*texts: str) -> int:
    return len(pieces(_lines(*texts)))
