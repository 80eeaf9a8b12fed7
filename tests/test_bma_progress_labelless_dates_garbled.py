"""A BMA progress entries table whose rows OCR read apart from their labels (the labels' column read on its
own above its header row), a date of its date row garbled past the plain shapes: a day and a month's name
before a year with a digit too many ("๑๐ กรกฎาคม ๒๕๖๑๑"), or a slash date with a digit read as a letter
("๑๐/๗ซ/๒๕๖๑"). The line is its date row all the same (parsers.bma_progress.transposed._date_garbled);
before, it opened no row, the table was left unread and its reports' cells ran into the report above."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_LABELLESS = (
    "รายงานครั้งที่ ๓\tรายงานครั้งที่ ๔",
    "๑๐ กรกฎาคม ๒๕๖๑๑\t๑๗ สิงหาคม ๒๕๖๑",
    "อยู่ระหว่างการ\tได้ดำเนินการประชุม",
    "เตรียมจัดทำคำสั่ง\tคณะกรรมการ",
    "๘๒\t๘๔",
    "๐.๐๐ บาท\t๑๓,๖๐๐.๗๕ บาท",
    "เป็นไปตามแผน\tเป็นไปตามแผน",
    "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_date_row_whose_year_holds_a_digit_too_many_opens_a_labelless_table():
    result = parse_entries(_lines(*_LABELLESS, start=200))
    entries = result.entries
    assert sorted(entries) == [3, 4]
    assert entries[3].description.replace(" ", "") == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง"
    assert entries[4].description.startswith("ได้ดำเนินการประชุม")
    assert [figure_values(entries[k])[0]["progress_pct"] for k in (3, 4)] == [82, 84]
    assert str(entries[4].date) == "2018-08-17"


def test_a_year_of_words_is_no_date_row():
    lines = ["\t".join(("๑๐ กรกฎาคม ผู้ร่วม", "๑๗ สิงหาคม ๒๕๖๑")), *_LABELLESS[2:]]
    result = parse_entries(_lines(_LABELLESS[0], *lines, start=200))
    assert not result.entries.get(4) or not result.entries[4].date


def test_a_slash_date_with_a_digit_read_as_a_letter_opens_a_labelless_table():
    lines = [_LABELLESS[0], "๑๐/๗ซ/๒๕๖๑\t๑๗/๘/๒๕๖๑", *_LABELLESS[2:]]
    result = parse_entries(_lines(*lines, start=200))
    assert sorted(result.entries) == [3, 4]
    assert result.entries[4].description.startswith("ได้ดำเนินการประชุม")
    assert str(result.entries[4].date) == "2018-08-17"


def test_letters_between_slashes_are_no_date():
    from parsers.bma_progress.transposed import _date_garbled
    assert _date_garbled("๑๐/๗ซ/๒๕๖๑") and _date_garbled("๑๐ กรกฎาคม ๒๕๖๑๑")
    assert not _date_garbled("ส/อ/ซซ") and not _date_garbled("ข้อมูล/จัดทำ/โครงการ")
    assert not _date_garbled("๑๐ ผู้ร่วม ๒๕๖๑")
