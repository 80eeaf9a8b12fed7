"""A BMA progress amount whose thousands comma OCR read together with a point beside it, ".," or ",."
(clauses._POINTED_AMOUNT): "๑๕.,๓๐๐.๐๐ UM" (set s68o bma_progress_s68o009, read 15.00 before), "๑๐.,๒๐๐.ญ๕ บาท"
(s70z010, read 10.00), "๑๕,.๑๐๐ UM" (corpus bma_progress_003, unreadable before).  A pair before a group of exactly
three digits is never a decimal point (two places follow a baht amount's point): it is read as the comma, the amount
whole as printed; never the digits before it alone."""

from parsers.bma_progress.clauses import budget_amount, expenses_in
from parsers.bma_progress.entries import figure_values, parse_entries
from normalizers.numbers import thai_digits_to_arabic
from tests.lines import numbered_lines as _lines


def _values(clause: str):
    result = parse_entries(_lines("รายงานครั้งที่ ๘ :: ๑๙/๗/๖๗ : ได้ดำเนินการติวเข้มนักเรียนเพื่อเตรียมความพร้อม",
                                  f":: ความก้าวหน้าของงานฯ = ๖๖.๕ {clause} : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    return figure_values(result.entries[8])


def test_a_comma_read_with_a_point_is_the_comma():
    for clause, want in (("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑๕.,๓๐๐.๐๐ UM", "15300.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๕,.๐๐๐ บาท", "5000.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 12,.450.- บาท", "12450.00")):
        values, bad = _values(clause)
        assert str(values.get("disbursed")) == want and not bad, clause


def test_a_symbol_among_the_satang_leaves_the_amount_unread_not_cut():
    # "๑๐.,๒๐๐.ญ๕" (ญ for ๗): one token, unreadable as printed, never "๑๐" read 10.00
    assert budget_amount("งบประมาณที่เบิกใช้ = ๑๐.,๒๐๐.ญ๕ บาท") == "๑๐,๒๐๐.ญ๕"
    values, bad = _values("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑๐.,๒๐๐.ญ๕ บาท")
    assert "disbursed" not in values and [b[0] for b in bad] == ["disbursed"]


def test_a_pair_before_fewer_than_three_digits_is_read_as_before():
    assert budget_amount("งบประมาณที่เบิกใช้ = ๑๕.,๓๐ บาท") == "๑๕"


def test_an_expense_lines_amount_with_a_comma_read_with_a_point():
    text = "ค่าจัดทำเอกสาร ๑๐๓ เล่ม x ๑๕๐.๐๐ บาท = ๑๕.,๔๕๐.๐๐ UM"
    found = [e.value for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]
    assert len(found) == 1 and thai_digits_to_arabic(found[0].amount) == "15,450.00"
