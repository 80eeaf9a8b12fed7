"""A "date : description" line of the stacked entries column whose date
"d/m/yy" OCR read as Latin look-alikes of its digits and whose second "/" it
lost ("Ao/oq :" for "9/๖/๖๑ :"): no digit is left in it, so no date shape
took it, and its line ran on in the entry above; each entry after it went to
the entry before its own and the last report lost its entry.  Now
(clauses._glyph_halves) it is the entry's date slot, its date unread.  Two
parts of words ("อบรม/สัมมนา :", "km/h :", "ไทฒ/ส๕๒๕๒๕ :") are no such slot."""

from parsers.bma_progress.clauses import damaged_date_cell, events_of
from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.lines import numbered_lines as _lines


def test_a_look_alike_date_in_two_halves_opens_its_entry():
    for cell in ("Ao/oq", "ow/ob", "๑o/@๕"):
        entries = parse_entries(_lines(
            "รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3",
            "วันที่รายงาน : รายละเอียดการดำเนินงาน",
            "16 กุมภาพันธ์ 2561 : จัดเตรียมข้อมูล/จัดทำโครงการ",
            f"{cell} : อยู่ระหว่างการเตรียมการประชุมคณะกรรมการ",
            "26/7/2561 : ดำเนินการประชุมคณะกรรมการประเมินครูดีเด่น",
            "ความก้าวหน้าของงานฯ = 10.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท.-",
            "ความก้าวหน้าของงานฯ = 20.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท.-",
            "ความก้าวหน้าของงานฯ = 30.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท.-",
            start=40)).entries
        assert entries[1].description == "จัดเตรียมข้อมูล/จัดทำโครงการ", cell
        assert entries[2].date is None and entries[2].date_text == cell, cell
        assert entries[2].description == "อยู่ระหว่างการเตรียมการประชุมคณะกรรมการ", cell
        assert entries[3].date is not None and entries[3].description.startswith("ดำเนินการประชุม"), cell


def test_such_a_line_is_a_date_slot_and_words_in_halves_are_not():
    events = events_of(Line(5, "Ao/oq : อยู่ระหว่างการเตรียม"))
    assert [(ev.kind, ev.value, ev.damaged) for ev in events[:1]] == [("date", None, "Ao/oq")]
    for text in ("อบรม/สัมมนา : x", "km/h : x", "ไทฒ/ส๕๒๕๒๕ : x", "ค่าอาหาร/ว่าง : x", "Ao/oq/x/y : x"):
        assert damaged_date_cell(text) is None, text
