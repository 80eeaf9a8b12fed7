"""A report header whose number OCR lost and whose date slot holds a "%" OCR read for a digit between two of the
year's digits ("รายงานครั้งที lad ม.ค. ๒๕%๒๐5 :" for ๒๔ ม.ค. ๒๕๖๗; fresh set s85a, bma_progress_s85a007).  The
date slot refused every "%" (a percentage's sign), so the slot read no date, the header was taken for a false one
and its entry ran into the entry before: every report after it one number short, the last one lost.  A "%"
between two digits of the slot is the date's (clauses._DATE_SLOT_RE); a percentage, its sign after its figure,
is still no date slot."""

from parsers.bma_progress.clauses import damaged_date
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines


def _row(head: str, text: str, pct: str, seq: str) -> list[str]:
    return [f"{head} : {text}", f"ความก้าวหน้าของงานฯ = {pct}% : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
            f"งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = ๐ บาท"]


def test_a_header_without_its_number_before_such_a_slot_opens_its_entry():
    entries = parse_entries(_lines(*_row("รายงานครั้งที่ ๓ :: ๒๐/๑๒/๒๕๖๕", "เวียนแจ้งประชาสัมพันธ์", "๑๕.๐", "๓"),
                                   *_row("รายงานครั้งที lad ม.ค. ๒๕%๒๐5", "อยู่ระหว่างการเตรียมกิจกรรม", "๒๓.๐", "๔"),
                                   *_row("รายงานครั้งที่ ๕ :: ๑๒ ก.พ. ๒๕๖๖", "ติดต่อประสานงาน", "๒๕.๕", "๕"),
                                   start=10)).entries
    assert sorted(entries) == [3, 4, 5]
    assert entries[3].description == "เวียนแจ้งประชาสัมพันธ์"
    assert entries[4].date is None and entries[4].date_text == "lad ม.ค. ๒๕%๒๐5"
    assert entries[4].description == "อยู่ระหว่างการเตรียมกิจกรรม" and entries[4].figures["progress"] == "23.0"


def test_a_percentage_is_no_date_slot():
    assert damaged_date(" lad ม.ค. ๒๕%๒๐5 : อยู่ระหว่าง") == ("lad ม.ค. ๒๕%๒๐5", 18)
    for text in (" = ๕.๐% : เป็นไปตามแผน", " 25% : x", " ๒๕ % ๑ : x"):
        assert damaged_date(text) is None, text
