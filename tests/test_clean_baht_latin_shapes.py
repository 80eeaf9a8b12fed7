""""บาท" after an amount, read by OCR as Latin letters other than "UM"/"um"/"UN"/"VIN": "WIN", "win", "un",
"UMN", "umm", "unm", "WIM", "UIN", "inn" (measured over every set's OCR text, the clean text printing บาท
there).  Left Latin, an expense line's amount had no unit closing it and the line was lost ("ค่าตอบแทนวิทยากร =
๑๓๕๐๐ WIN ค่าวัสดุ = ๓๐๐๐ WIN": two expense lines, no row).  The clean-up reads these shapes as บาท after an
amount (normalizers.text._BAHT_LATIN); not a page's "หน้า ๑๐ VN ๓๒" ("จาก"), nor a shape that also stands for
another word there ("hin - จ่าย" for เบิก)."""

from normalizers.text import fix_latin_misreads, fix_line
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def test_bahts_latin_shapes_after_an_amount_read_as_baht():
    for shape in ("WIN", "win", "un", "UMN", "umm", "unm", "WIM", "UIN", "inn", "UM", "um", "UN", "VIN"):
        assert fix_latin_misreads(f"= ๑๓๕๐๐ {shape} ค่าวัสดุ") == "= ๑๓๕๐๐ บาท ค่าวัสดุ", shape
        assert fix_latin_misreads(f"ใช้ (ครั้งที่ ๒) = 0.00 {shape}") == "ใช้ (ครั้งที่ ๒) = 0.00 บาท", shape


def test_other_latin_after_a_number_is_left_alone():
    for text in ("หน้า ๑๐ VN ๓๒", "หน้า ๕ VIN ๓๒๐", "หน้า ๑๕ WN od", "= ๑๕,๒๐๐.๐๐ hin - จ่าย",
                 "ความก้าวหน้าของงานฯ 85.5 wm งบประมาณ", "ปีละ ๑ ass", "= 20 WINDOW", "x 5 in"):
        assert fix_latin_misreads(text) == text, text


def test_the_expense_lines_closed_by_a_latin_baht_are_read():
    result = parse_entries(numbered_lines(*(fix_line(t) for t in (
        "รายงานครังที ๒ ๑๑/๑๒/๒๕๖๐ : จัดเตรียมข้อมูล/จัดทําโครงการ",
        "ค่าตอบแทนวิทยากร = ๑๗๔๐๐ WIN ค่าวัสดุ = ๓๖๐๐ WIN",
        "ความก้าวหน้าของงานฯ = ๑๓.๐๐ % งบประมาณทีเบิกใช้ (ครั้งที่ ๒) = ๒๑๐๐๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")), start=126))
    assert [(x.item, x.amount) for x in result.entries[2].expenses] == [
        ("ค่าตอบแทนวิทยากร", "๑๗๔๐๐"), ("ค่าวัสดุ", "๓๖๐๐")]
