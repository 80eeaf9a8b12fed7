"""A report entry's date slot whose month's name reads and whose day and year
OCR wrote as look-alikes of their Thai digits or as Latin letters, one
digit-ish character among them at most ("รายงานครังที่ ๓ :: ow เมษายน bd :
...", "รายงานครังที ๕ :: ๑ พ.ค. Wedd : ...", "รายงานครั้งที ๕ ๒ ก.ุย. dd:
..."; fresh sets s26/y s26y001, s20/h s20h006): the slot was not taken for a
date (two digit-ish characters were needed), so it opened the description
("ow เมษายน บd : อยู่ระหว่าง...") and the entry was said undated only as
missing.  Now a slot of a day, a month's name and maybe a year, two or three
tokens, the day and the year short tokens with no Thai consonant, one
digit-ish character among them at least, is the entry's damaged date: the
description starts after it and the date is read from its readings or said
unreadable.  A description's words before a colon (a month named inside a
sentence, "ประชุม มีนาคม :") are no such slot."""

from __future__ import annotations

from parsers.bma_progress.clauses import damaged_date
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines


# entries printed as line groups, their date slots damaged past reading (s26y001's lines, made short)
_GROUPS = (
    "รายงานครั้งที่ ๒ :: ๑๕/๑๑/๒๕๖๕ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
    ":: ความก้าวหน้าของงานฯ = ๒.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท.- : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครังที่ ๓ :: ow เมษายน bd : อยู่ระหว่างขันตอน...พิจารณาเกณฑ์การคัดเลือกและตัดสินผลงาน",
    ":: ความก้าวหน้าของงานฯ = ๕๐.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท.- : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครังที ๔ :: ๑ พ.ค. Wedd : เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู",
    ":: ความก้าวหน้าของงานฯ = ๕๑.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐ บาท.- : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_month_between_damaged_day_and_year_is_the_entrys_date_slot():
    entries = parse_entries(_lines(*_GROUPS)).entries
    assert sorted(entries) == [2, 3, 4]
    assert entries[3].description == "อยู่ระหว่างขันตอน...พิจารณาเกณฑ์การคัดเลือกและตัดสินผลงาน"
    assert entries[3].date is None and entries[3].date_text == "ow เมษายน bd"
    assert entries[4].description == "เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู"
    assert entries[4].date is None and entries[4].date_text == "๑ พ.ค. Wedd"


def test_the_slot_shapes_taken_and_refused():
    assert damaged_date(" ๒ ก.ุย. dd: สรุปผลการดำเนินงาน") == ("๒ ก.ุย. dd", 12)
    assert damaged_date(" :: ๓ ก.ค.\nDe:\n\nอยู่ระหว่าง") == ("๓ ก.ค.\nDe", 14)
    # a sentence's words before a colon, a month inside them: no date slot
    assert damaged_date(" :: ประชุม มีนาคม : จัดทำคำสั่ง") is None
    assert damaged_date(" :: ประชุมเดือน มีนาคม ab : จัดทำคำสั่ง") is None
    # a month and a Latin word with no digit-ish character: no date slot either
    assert damaged_date(" :: ส่ง มีนาคม : จัดทำคำสั่ง") is None
    assert damaged_date(" :: xx มีนาคม yy : จัดทำคำสั่ง") is None
