"""An entries table read column by column whose header "รายงานครั้งที่ N" a wrap cut before its number, the number
OCR garbled past a digit's shape on the line under it ("รายงานครั้งที่" / "ว" for ๖), the column's date right under
that (parsers.bma_progress.stacked._header_numbers_joined): the header is read as one whose number is unreadable
(the sequence numbers it, said), the mark no part of the entry.  Before, the mark was read as the description's
first word and the entry's date was lost into its description."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

LABELS = ["รายการ", "วันที่รายงาน", "รายละเอียด", "การดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้",
          "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย"]
FLAGS = ["เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย"]


def _table(under: str, date: str = "๑๑ กุมภาพันธ์") -> list[Line]:
    texts = [*LABELS,
             "รายงานครั้งที่ ๑", "๓ มกราคม ๒๕๖๘", "ประชุมผู้บริหาร", "สถานศึกษา", "๑๒", "๐ บาท", *FLAGS,
             "รายงานครั้งที่", under, date, "๒๕๖๘", "จัดเตรียมข้อมูล", "จัดทำโครงการ", "๑๕", "๐ บาท", *FLAGS,
             "รายงานครั้งที่ ๓", "๕ มีนาคม ๒๕๖๘", "ติดต่อประสานงาน", "๒๐", "๐ บาท", *FLAGS]
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_mark_under_a_numberless_header_over_its_date_is_the_headers_number_unread():
    result = parse_entries(_table("ว"))
    assert sorted(result.entries) == [1, 2, 3]
    two = result.entries[2]
    assert two.date is not None and two.date.isoformat() == "2025-02-11"
    assert two.description.startswith("จัดเตรียมข้อมูล")
    assert figure_values(two)[0]["progress_pct"] == 15.0
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" and "'ว'" in i.message
               for i in result.issues)


def test_a_word_under_a_numberless_header_is_no_number():
    # (a word of three letters is text, not a mark for a number: the header is not joined with it)
    result = parse_entries(_table("การ"))
    assert not any("a mark no digit reads" in i.message for i in result.issues)


def test_a_mark_under_a_numberless_header_with_no_date_under_it_is_not_joined():
    result = parse_entries(_table("ว", date="จัดเตรียม"))
    assert not any("a mark no digit reads" in i.message for i in result.issues)
