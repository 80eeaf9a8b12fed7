"""BMA progress entries after OCR (fresh set s69o, bma_progress_s69o007; the generator's entries_side_by_side):
the last pair of side-by-side entries read out of order, the page's right column before its left ("1 .. 9 11 12
10"), so the last header prints a number the headers before it left out, with a date slot OCR damaged after it
and no header after it.  It was read as a repeat of an earlier report (a date slot follows it), numbered past the
last (13), and report 10 was lost while an extra report 13 held its cells.  A number no header before it holds
repeats nothing: with no header after it to say otherwise and its budget clause naming no other number, it stands
as printed, as it does where the headers after it go on from the one before it."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _entry(number: str, date: str, text: str, named: str) -> tuple[str, ...]:
    return (f"รายงานครั้งที่ {number} {date} : {text}",
            f"ความก้าวหน้าของงานฯ = ๑๐ % งบประมาณที่เบิกใช้ {named}= ๐ บาท",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


_LINES = (*_entry("๑", "๒๓/๑๐/๒๕๖๖", "จัดเตรียมข้อมูล", "(ครั้งที่ ๑) "),
          *_entry("๓", "๑๒/๑๒/๒๕๖๖", "ดำเนินการจัดสัมมนา", "(ครั้งที่ ๓) "),
          *_entry("๒", "{slot}", "อยู่ระหว่างขั้นตอนแต่งตั้งคณะกรรมการ", "{named}"))


def _parse(slot: str, named: str):
    return parse_entries(_lines(*(ln.replace("{slot}", slot).replace("{named}", named) for ln in _LINES)))


def test_the_last_header_printing_a_number_left_out_stands_as_printed():
    for named in ("", "(ครั้งที่ ๒) "):  # no number named, or its own
        result = _parse("๑๕๒๕๒๑", named)
        assert sorted(result.entries) == [1, 2, 3], named
        assert result.entries[2].description == "อยู่ระหว่างขั้นตอนแต่งตั้งคณะกรรมการ", named
        assert not any(i.code == "value_repaired" and i.field == "progress_reports.seq" for i in result.issues)
        assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" and "prints 2" in i.message
                   for i in result.issues), named  # that it is no report 4 misread rests on its digits: said


def test_a_budget_clause_naming_the_next_number_still_renumbers_it():
    result = _parse("๑๕๒๕๒๑", "(ครั้งที่ ๔) ")
    assert sorted(result.entries) == [1, 3, 4]
    assert any(i.code == "value_repaired" and i.field == "progress_reports.seq" for i in result.issues)


def test_a_date_read_in_the_archives_years_after_the_reports_above_it_renumbers_it():
    # dated after report 3, in the archive's years: a later report whose number OCR misread (as before)
    result = _parse("๑๕/๒/๒๕๖๗", "")
    assert sorted(result.entries) == [1, 3, 4]


def test_a_date_whose_year_ocr_misread_past_the_archives_years_does_not_weigh():
    # '๒๕๒๒' for ๒๕๖๗: a year no report of the archive has says nothing of the report's place
    result = _parse("๑๕/๒/๒๕๒๒", "")
    assert sorted(result.entries) == [1, 2, 3]
