"""Expense lines that go on past a page break under a false label ('- รายงานครั้งที่ N+1 :', the generator's
entry_continued_false_label), after OCR: (1) the entry they continue has its date slot there but damaged past
reading ('รายงานครั้งที่ ๒ :: oy มี.ค. ๒๕๒ :'); only a dated entry was continued, so the label opened entry N+1,
which took the lines; (2) their first line's unit amount OCR garbled into letters ('ใบ x Bad = 8๑,๕๐' for
'ใบ x ฿๓๕ = ฿๑,๗๕๐'): it was description text, and the next line took its number (fresh set w s19w003)."""

from __future__ import annotations

from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values, parse_entries
from normalizers.numbers import thai_digits_to_arabic
from tests.test_bma_progress_entries_ocr import _lines

_CONTINUED = (
    "รายงานครั้งที่ ๑ :: ๑๒ กุมภาพันธ์ ๖๗ : จัดทำคำสั่งคณะกรรมการ",
    ":: ความก้าวหน้าของงานฯ = ๑.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๒ :: oy มี.ค. ๒๕๒ : อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่",
    "- รายงานครั้งที่ ๓ : ค่าเกียรติบัตร ๕๐ ใบ x Bad = 8๑,๕๐",
    "ค่าจัดทำเอกสาร ๑๓๔ เล่ม x ๘๐ บาท = ๑๐,๗๒๐ บาท",
    ":: ความก้าวหน้าของงานฯ = ๖.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๑๒,๔๗๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๓ :: ๒๑/ซ/๒๕๒ : ดำเนินการจัดสัมมนา",
    "ค่าจัดทำเอกสาร ๖๘ เล่ม x ๑๒๐ บาท = ๘,๑๖๐ บาท",
    ":: ความก้าวหน้าของงานฯ = ๑๓.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๘,๑๖๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_lines_under_a_false_label_after_an_entry_whose_date_ocr_damaged_are_that_entrys():
    result = parse_entries(_lines(*_CONTINUED))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [x.item for x in entries[2].expenses] == ["ค่าเกียรติบัตร", "ค่าจัดทำเอกสาร"]
    assert [x.item for x in entries[3].expenses] == ["ค่าจัดทำเอกสาร"]
    assert any(i.code == "false_entry_header" for i in result.issues)


def test_a_label_after_a_header_standing_alone_is_still_a_header():
    # a header with no date slot at all (a table's number column, "รายงาน / ครงท 1") continues nothing: the label
    # after it opens its own entry, as before
    lines = _lines("รายงานครั้งที่ 1", "รายงานครั้งที่ 2 : ค่าวัสดุ = 500 บาท",
                   "ความก้าวหน้าของงานฯ = 1.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท")
    assert sorted(parse_entries(lines).entries) == [1, 2]


def _one(text: str):
    found = expenses_in(thai_digits_to_arabic(text), text, 1)
    return [ev.value for _, _, ev in found]


def test_an_expense_line_whose_unit_amount_ocr_garbled_into_letters_is_an_expense_line_unread():
    [line] = _one("ค่าเกียรติบัตร ๕๐ ใบ x Bad = 8๑,๕๐")
    assert (line.item, line.quantity, line.unit, line.each, line.amount) == ("ค่าเกียรติบัตร", "๕๐", "ใบ", "Bad", "8๑,๕๐")
    values, bad = expense_values(line)
    assert values["unit_amount"] is None and values["amount"] is None and set(bad) == {"unit_amount", "amount"}
    # letters that read as the baht sign and digits ("Boo" for ฿๖๐) are a garbled figure too, never read as the
    # zeros they spell (test_prop_expense_lookalike_figures.py)
    [line] = _one("ค่าอาหารกลางวัน 46 คน x Boo = 8๒,ฒ๒๐")
    assert line.each == "Boo" and expense_values(line)[0]["unit_amount"] is None
    # a thousands group cut short is never the digits before its comma
    [line] = _one("ค่าอาหาร 10 คน x 50 บาท = 1,50")
    assert line.amount == "1,50" and expense_values(line)[0]["amount"] is None
    [line] = _one("ค่าอาหาร 10 คน x 50 บาท = 1,500 บาท")
    assert expense_values(line)[0]["amount"] == 1500
