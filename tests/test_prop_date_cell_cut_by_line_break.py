"""A BMA progress entries table run on in a few lines (a run of headers, then each entry's "date : description"
cell, the figures, the flags: parsers.bma_progress.entries._date_cells_apart) whose "date :" cell a line break cut:
its day and month ending a line and its year opening the next ("... และผู้ร่วมโครงการ 17 มิ.ย." / "63 : ประชุม...":
k s21k004), or its day alone ("... วันจัดสัมมนา ๑๐" / "เมษายน 2563 : อยู่ระหว่าง...": bp/set1 s19bpa013).  Before,
neither half read as a date and the next entry's date and description ran on in the entry before's description.
Lines modified from the OCR of s21k004."""

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_HEADS = "รายงานครังที่ 1 รายงานครังที 2 รายงานครั้งที 3 8 เม.ย. 2563 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง"
_TAIL = ("จัดเตรียมข้อมูล/จัดทำโครงการ",
         "ความก้าวหน้าของงานฯ = 17 งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.- บาท",
         "ความก้าวหน้าของงานฯ = 47 งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.- บาท",
         "ความก้าวหน้าของงานฯ = 97 งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.- บาท",
         "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
         "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def _read(*middle: str):
    entries = parse_entries(_lines(_HEADS, *middle, *_TAIL)).entries
    assert sorted(entries) == [1, 2, 3]
    return entries


def test_a_date_cell_whose_year_a_line_break_cut_off_opens_its_entry():
    entries = _read("เจ้าหน้าที่ และผู้ร่วมโครงการ 17 มิ.ย.", "63 : ประชุมผู้บริหารสถานศึกษา 11/7/2563 :")
    assert entries[1].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง เจ้าหน้าที่ และผู้ร่วมโครงการ"
    assert entries[2].date.isoformat() == "2020-06-17"
    assert entries[2].description == "ประชุมผู้บริหารสถานศึกษา"
    assert entries[3].date.isoformat() == "2020-07-11"


def test_a_date_cell_whose_day_ends_the_line_before_opens_its_entry():
    entries = _read("เจ้าหน้าที่ และผู้ร่วมโครงการ 17", "มิถุนายน 2563 : ประชุมผู้บริหารสถานศึกษา 11/7/2563 :")
    assert entries[2].date.isoformat() == "2020-06-17"
    assert entries[2].description == "ประชุมผู้บริหารสถานศึกษา"


def test_a_number_ending_a_line_with_no_date_to_finish_stays():
    # a count ending the description, the next line opening with no month and year: text as it stands
    entries = _read("เจ้าหน้าที่ จำนวน 17", "คน ประชุมผู้บริหาร 17 มิ.ย. 2563 : ประชุมผู้บริหารสถานศึกษา 11/7/2563 :")
    assert entries[1].description.endswith("จำนวน 17 คน ประชุมผู้บริหาร")
    assert entries[2].date.isoformat() == "2020-06-17"
