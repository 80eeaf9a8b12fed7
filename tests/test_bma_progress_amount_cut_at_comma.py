"""A BMA progress entry's budget clause whose amount OCR cut at its thousands comma: the group after it written
with a letter for a digit ("๓,อ๑๐๐.- บาท" for ๓,๖๐๐, "๑ฒ, ๓๐๐ บาท.-" for ๑๗,๓๐๐), so the clause's amount stops
at the comma.  Its digits before the comma are no amount (read 3.00, 1.00 before, short by the thousands): the
disbursement is left unread and said (entries.figure_values, unparsed_value after the vote)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


def _values(clause: str):
    result = parse_entries(_lines("รายงานครั้งที่ ๘ :: ๑๙/๗/๖๗ : ได้ดำเนินการติวเข้มนักเรียนเพื่อเตรียมความพร้อม",
                                  f":: ความก้าวหน้าของงานฯ = ๖๖.๕ {clause} : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    return figure_values(result.entries[8])


def test_an_amount_cut_at_its_thousands_comma_is_not_read():
    for clause in ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๓,อ๑๐๐.- บาท",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑ฒ, ๓๐๐ บาท.-"):
        values, bad = _values(clause)
        assert "disbursed" not in values, clause
        assert [b[0] for b in bad] == ["disbursed"], clause


def test_whole_amounts_are_read_as_before():
    for clause, want in (("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๓,๖๐๐.- บาท", "3600.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๐.- บาท", "0.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = 2, 920 บาท", "2920.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ฿17,300", "17300.00")):
        values, bad = _values(clause)
        assert str(values["disbursed"]) == want and not bad, clause


def test_a_comma_ocr_read_for_the_point_of_a_baht_dash_is_no_cut():
    for clause, want in (("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑๒๐,- บาท", "120.00"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๘) = ๑,๕๐๐,- บาท", "1500.00")):
        values, bad = _values(clause)
        assert str(values.get("disbursed")) == want and not bad, clause
