"""Expense lines that go on past a page break under a false label ('- รายงานครั้งที่ 5 :' after the last entry, 4:
the generator's entry_continued_false_label), whose budget clause OCR read with its closing bracket as a digit
('(ครั้งที่ 44 = B32,400' for (ครั้งที่ 4) = ฿32,400).  The clause names entry 4 all the same
(assemble._bracket_as_digit), so the label is text of entry 4, which takes the lines and the figures; before, the
label opened an entry 5 the form does not print, which took them with no issue on the expense rows (fresh set s119p,
bma_progress_s119p003)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_TEXT = (
    "รายงานครังที่ 3 :: 20 สิงหาคม 2566 : ประชุมผู้บริหารสถานศึกษาเพื่อกําหนดวันจัดสัมมนา",
    ":: ความก้าวหน้าของงานฯ = 70.0% : งบประมาณทีเบิกใช้ (ครั้งที่ 3) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครังที่ 4 :: 21 กันยายน 2566 : อยู่ระหว่างการเตรียมจัดทําคําสังเจ้าหน้าที",
    "และผู้ร่วมโครงการ",
    "- รายงานครังที 5 : ค่าวัสดุ = B3,300",
    "ค่าถ่ายเอกสาร = B11,200",
    "ค่าเช่ารถโดยสาร = B17,900",
    "ะ: ความก้าวหน้าของงานฯ = 71.0% : งบประมาณทีเบิกใช้ (ครั้งที่ {n} = B32,400",
    ": เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
)


def _entries(n: str):
    return parse_entries(_lines(*(t.replace("{n}", n) for t in _TEXT)))


def test_a_clause_naming_the_entry_with_its_bracket_read_as_a_digit_keeps_the_label_false():
    result = _entries("44")
    assert sorted(result.entries) == [3, 4]
    assert [x.item for x in result.entries[4].expenses] == ["ค่าวัสดุ", "ค่าถ่ายเอกสาร", "ค่าเช่ารถโดยสาร"]
    assert any(i.code == "false_entry_header" for i in result.issues)


def test_a_clause_that_closes_its_bracket_names_what_it_prints():
    # "(ครั้งที่ 44)": a number printed whole, no bracket read as a digit; the label opens its entry as before
    result = _entries("44)")
    assert 5 in result.entries
