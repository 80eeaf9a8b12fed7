"""A table whose columns are the report entries, run on in a paragraph that OCR wrapped (the generated
`few_lines` form, OCR'd: s65o004), where the page's wrap fell inside descriptions and also just before one:
with every line's start opening a piece the descriptions part into more pieces than reports, with none into
fewer ("อยู่ระหว่างการเตรียมการอบรมแกนนำ" / "นักเรียนและครูที่ปรึกษา เวียนแจ้ง..." / "ครูและบุคลากร..." /
"อยู่ระหว่างการเตรียมการอบรมแกนนำนักเรียนและครูที่ปรึกษา" / "และรอการอนุมัติ ..."), so they were given to
none.  A line's start that opens with the words another piece opens with (its first two dictionary words,
อยู่ + ระหว่าง) opens one, as the reports of a project say what they do in the same words; where that leaves
one piece a report each is a report's, and the doubt is said (transposed._echoed_parts)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _echoed_parts, _opening_words
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_wrapped import _doubts, _table

_WRAPPED = ["อยู่ระหว่างการเตรียมการอบรมแกนนำ",
            "นักเรียนและครูที่ปรึกษา เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการ",
            "ครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม",
            "อยู่ระหว่างการเตรียมการอบรมแกนนำนักเรียนและครูที่ปรึกษา",
            "และรอการอนุมัติคำสั่ง ๒ ฉบับ ดังนี้ ๑. คำสั่งเจ้าหน้าที่คณะกรรมการ",
            "ดำเนินโครงการ ๒. คำสั่งผู้เข้าร่วมกิจกรรม (กลุ่มเป้าหมายเดียวกัน)"]


def test_a_line_s_start_that_echoes_another_piece_s_opening_opens_a_report_s_description():
    result = parse_entries(_lines(*_table(_WRAPPED)))
    assert [result.entries[k].description for k in (1, 2, 3)] == [
        "อยู่ระหว่างการเตรียมการอบรมแกนนำ นักเรียนและครูที่ปรึกษา",
        "เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการ ครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม",
        "อยู่ระหว่างการเตรียมการอบรมแกนนำนักเรียนและครูที่ปรึกษา และรอการอนุมัติคำสั่ง ๒ ฉบับ ดังนี้ ๑. "
        "คำสั่งเจ้าหน้าที่คณะกรรมการ ดำเนินโครงการ ๒. คำสั่งผู้เข้าร่วมกิจกรรม (กลุ่มเป้าหมายเดียวกัน)"]
    assert any("line's end" in m for m in _doubts(result))


def test_a_line_s_start_that_echoes_no_opening_still_goes_on():
    # the third description opens with words no other piece opens with: fewer pieces than reports, none given
    lines = [*_WRAPPED[:3], "จัดทำคำสั่งคณะกรรมการ", *_WRAPPED[4:]]
    result = parse_entries(_lines(*_table(lines)))
    assert not any(result.entries[k].description for k in (1, 2, 3))
    assert _doubts(result)
    text = "\n".join(lines)
    assert _echoed_parts(text, 0, len(text), 3) is None


def test_opening_words_are_one_or_two_known_words_of_eight_letters_or_more():
    assert _opening_words("อยู่ระหว่างการเตรียม") == "อยู่ระหว่าง"
    assert _opening_words("ดำเนินการจัดสัมมนา") == "ดำเนินการ"
    assert _opening_words("และรอ") is None  # too short to say a description opens
    assert _opening_words("๑.") is None
