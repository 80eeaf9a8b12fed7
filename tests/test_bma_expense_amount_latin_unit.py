"""An "item = amount" expense line whose "บาท" OCR read as Latin letters other than "um"/"UM" ("ค่าตอบแทนวิทยากร =
๑๓๕๐๐ WIN ค่าวัสดุ = ๓๐๐๐ WIN": fresh set s57z008; "ค่าเช่ารถโดยสาร = ๑,๕๐๐ UIN.- ค่าถ่ายเอกสาร = ...": s53o002): the
bare amount was read only at the line's end, a separator or the next item, so neither line was an expense line and
the entry's rows were lost or each one off.  The letters stand where the unit is printed (clauses._LATIN_UNIT_AMOUNT):
the figure before them is the amount, where the bare amount itself may stand; letters with more text after them
(a neighbouring cell OCR ran in) vouch for nothing."""

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in


def _expenses(text: str) -> list:
    return [(ev.value.item, ev.value.amount) for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_latin_letters_for_the_baht_word_after_a_bare_amount():
    assert _expenses("ค่าตอบแทนวิทยากร = ๑๒๖๐๐ WIN ค่าวัสดุ = ๔๕๐๐ WIN") == [
        ("ค่าตอบแทนวิทยากร", "๑๒๖๐๐"), ("ค่าวัสดุ", "๔๕๐๐")]
    assert _expenses("ค่าเช่ารถโดยสาร = ๒,๔๐๐ UIN.- ค่าถ่ายเอกสาร = 8,100 บาท.- ::") == [
        ("ค่าเช่ารถโดยสาร", "๒,๔๐๐"), ("ค่าถ่ายเอกสาร", "8,100")]
    assert _expenses("ค่าวัสดุ = 3,000 Win :") == [("ค่าวัสดุ", "3,000")]


def test_letters_with_more_text_after_them_and_clauses_stay_no_expense():
    assert _expenses("ค่าถ่ายเอกสาร = ๑๒,๒๐๐.๐๐ hin - จ่าย") == []
    assert _expenses("งบประมาณที่เบิกใช้ = 0.00 un") == []
    assert _expenses("งบประมาณทีเบิกใช้ (ครั้งที่ 4) = 0.00 un") == []
