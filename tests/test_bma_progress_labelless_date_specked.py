"""An entries table (entries as columns) whose labels' column OCR read on its own, its rows after the header row
read across with no label, told by their cells' shapes (transposed._labelless_row), whose date row holds slash
dates OCR put a speck or two among, a table's rule read as a letter or a sign (fresh s70o008 "๕/๒/เ๓๕๒๐๑<tab>
ไ๒๒/๓/๒๓๕๒๐๑" under "ครังที ๓<tab>ครังที ๕", reports 3-4; s69z007 "๑๐/๓ๆ/๒๕๐๕<tab>๒ ส.ค. ๒๕๐๕<tab>low กันยายน
๒๕๐๕", reports 10-12): no date shape took the row, so the block was read as no table and every entry of it lost.
A line of one such cell an entry (beside dates, or words and a year) right under the header row is the date row;
each garbled cell is its entry's date as printed, said (entry_cell_in_doubt, report_date)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _slash_date_specked
from tests.lines import numbered_lines

_ROWS = ("จัดทำโครงการ\tประชุมคณะทำงาน", "เพื่อขออนุมัติ\tเพื่อกำหนดวันอบรม", "๑๒.๐๐ %\t๑๘.๐๐ %", "0 บาท.-\t0 บาท.-",
         "เป็นไปตามแผน\tไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def _read(dates: str):
    return parse_entries(numbered_lines("ครังที ๓\tครังที ๔", dates, *_ROWS, start=158))


def test_a_date_row_of_slash_dates_with_specks_among_their_digits_opens_the_labelless_rows():
    result = _read("๕/๒/เ๒๕๖๑\tไ๒๒/๓/๒๕๖๑")
    entries = result.entries
    assert sorted(entries) == [3, 4]
    assert [e.figures.get("progress") for e in (entries[3], entries[4])] == ["12.00", "18.00"]
    assert "".join(entries[4].description.split()) == "ประชุมคณะทำงานเพื่อกำหนดวันอบรม"
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"
               and "๕/๒/เ๒๕๖๑" in i.message for i in result.issues)


def test_a_slash_date_is_specked_only_with_one_or_two_specks_and_four_digits():
    assert all(map(_slash_date_specked, ("๕/๒/เ๓๕๒๐๑", "๑๐/๓ๆ/๒๕๐๕", "๕<๕/@/เ๓๕๐๑")))
    assert not _slash_date_specked("๑๐/๓/๒๕๐๕")  # a plain date: the plain shapes' own
    assert not _slash_date_specked("ab/cd/เ๑")  # digits too few
    assert not _slash_date_specked("๑ ก/๒/๒๕๖๑")  # a space: words, no date cell
    assert not _slash_date_specked("เรื่อง/๑/๒")  # letters more than specks
