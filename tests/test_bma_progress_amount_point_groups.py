"""A BMA progress amount whose thousands comma OCR read as a point, where the amount's shape says so
(clauses._POINTED_AMOUNT): a point before a group of exactly three digits in an amount whose satang stand after a
point of their own ("= 7.900.25" for 7,900.25, set s73a bma_progress_s73a010: read 7,900.00 before, its satang lost
and ".25" left in the report's description).  Each such point is read as the comma; an amount of another shape is
read as before (a lone "7.900" stays as printed, normalizers.confusions reads it among its candidates)."""

from parsers.bma_progress.clauses import budget_amount, expenses_in
from parsers.bma_progress.entries import figure_values, parse_entries
from normalizers.numbers import thai_digits_to_arabic
from tests.lines import numbered_lines as _lines


def _values(clause: str):
    result = parse_entries(_lines("รายงานครั้งที่ ๘ :: ๑๙/๗/๖๗ : ได้ดำเนินการติวเข้มนักเรียนเพื่อเตรียมความพร้อม",
                                  f":: ความก้าวหน้าของงานฯ = ๖๖.๕ {clause} : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    return figure_values(result.entries[8])


def test_points_for_commas_before_the_satang_point():
    for clause, want in (("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 7.900.25", "7900.25"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๒๑.๗๐๐.๕๐ บาท", "21700.50"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 1.234.500.00 บาท", "1234500.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 1,234.500.00 บาท", "1234500.00")):
        values, bad = _values(clause)
        assert str(values.get("disbursed")) == want and not bad, clause


def test_the_satang_stay_out_of_the_description():
    result = parse_entries(_lines("รายงานครั้งที่ ๘ :: ๖/๙/๖๗ : ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน",
                                  ":: ความก้าวหน้าของงานฯ = ๑๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 7.900.25",
                                  ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[8]
    assert ".25" not in entry.description
    assert str(figure_values(entry)[0]["disbursed"]) == "7900.25"


def test_other_shapes_read_as_before():
    assert budget_amount("งบประมาณที่เบิกใช้ = 7.900 บาท") == "7.900"  # (one point: a candidate reading, as before)
    assert budget_amount("งบประมาณที่เบิกใช้ = 12.50 บาท") == "12.50"
    assert budget_amount("งบประมาณที่เบิกใช้ = 12,500.00 บาท") == "12,500.00"
    assert budget_amount("งบประมาณที่เบิกใช้ = 7.900.2 บาท") == "7.900"  # (no two-digit satang: not this shape)
    for clause, want in (("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๓,๖๐๐.- บาท", "3600.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 2, 920 บาท", "2920.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑๒.๕๐ บาท", "12.50")):
        values, bad = _values(clause)
        assert str(values["disbursed"]) == want and not bad, clause


def test_an_expense_lines_amount_with_points_for_commas():
    text = "ค่าเช่ารถโดยสาร ๑ คัน x ๗,๙๐๐.๒๕ บาท = ๗.๙๐๐.๒๕ บาท"
    found = [e.value for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]
    assert len(found) == 1 and thai_digits_to_arabic(found[0].amount) == "7,900.25"
