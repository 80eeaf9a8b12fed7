"""BMA progress entries after OCR (fresh set s69o, bma_progress_s69o008; the generator's entries_table_rows):
an entry's header whose date slot OCR garbled whole into Latin letters and specks, a month's abbreviation among
them ('รายงานครั้งที่ ๕ » Ha. dd : อยู่ระหว่าง...' for '... ๖ มี.ค. ๖๖ :'), with no two digits in it for
damaged_date to take it.  The header was read as false (no date after it), so its entry's description and figures
ran into the entry before (two progress clauses there) and every entry after it took the number before its own.
Now the slot makes the header an undated entry's, as a slot damaged_date reads does (the date said unread)."""

from __future__ import annotations

from parsers.bma_progress.clauses import events_of, garbled_date_slot
from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_ROWS = (
    "รายงานครั้งที่ ๑ ๑ พฤศจิกายน ๒๕๖๕ : จัดเตรียมข้อมูล/จัดทำโครงการ",
    "ความก้าวหน้าของงานฯ = ๑.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.๐๐ บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๒ {slot} : อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน",
    "ความก้าวหน้าของงานฯ = ๑๐.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐.๐๐ บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๓ ๒ ธันวาคม ๒๕๖๕ : จัดทำโครงการเพื่อขออนุมัติ",
    "ความก้าวหน้าของงานฯ = ๑๑.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐.๐๐ บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_header_whose_date_slot_ocr_garbled_into_latin_letters_opens_its_entry():
    result = parse_entries(_lines(*(ln.replace("{slot}", "» Ha. dd") for ln in _ROWS)))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[2].date is None and entries[2].date_text == "» Ha. dd"
    assert entries[2].description == "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน"
    assert entries[1].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"
    assert not any(i.code == "false_entry_header" for i in result.issues)
    # (the slot kept as the entry's date text is what rows.check_report_dates says unread: unparsed_value)


def test_the_header_event_holds_the_slot_and_not_the_description():
    (line,) = _lines("รายงานครั้งที่ ๕ » Ha. dd : อยู่ระหว่างติดต่อ")
    head = events_of(line)[0]
    assert head.kind == "header" and head.seq == 5 and head.value is None and head.damaged == "» Ha. dd"
    assert garbled_date_slot(" » Ha. dd : อยู่ระหว่างติดต่อ") == len(" » Ha. dd :")


def test_words_before_a_colon_are_no_garbled_slot():
    # a description's Thai words after the number, or a Latin word with no point, are no date slot
    assert garbled_date_slot(" ตามแผน : อยู่ระหว่างติดต่อ") is None
    assert garbled_date_slot(" Zoom : อยู่ระหว่าง") is None
    (line,) = _lines("รายงานครั้งที่ ๕ ตามแผนงาน : อยู่ระหว่างติดต่อ")
    assert events_of(line)[0].kind == "false_header"  # as before
