"""A table of entries as columns wider than the page, which OCR read in two
blocks: each entry's header, date, description and progress column by
column (columns cut short after their progress), then the row titles, then
the entries' lower cells column by column too, each entry's disbursement
and its two flags (s60o009's wide table, psm 3).  Before, the lower cells
stayed after the run's last column, which took the first entry's
disbursement and flags for its own, and a cut column whose description
held an expense line's amount alone on its line was broken (its date and
progress lost).  Now each column of the run takes the group of lower cells
in its order where as many groups as columns stand after the row titles,
said (entry_cell_in_doubt); otherwise they stay lost as before."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_UPPER = (
    "รายงานครั้งที่ 1", "๒๙ ก.ค.", "๒๕๖๕", "ประชุม", "ผู้บริหาร", "สถานศึกษา", "๙.๐๐ %", "๙๑7", "๑7",
    "รายงานครังที 2", "๕ ส.ค. ๒๕๖๕", "ยังไม่ได้ดำเนิน", "กิจกรรมตามแผน", "ค่าเกียรติบัตร =", "๑๗,๓๐๐.๐๐ บาท",
    "ค่าเช่ารถโดยสาร", "= ๑,๔๐๐.๒๕ บาท", "๕๔.๐๐ %",
    "รายงานครั้งที่ 3", "๒๔ ก.ย.", "๒๕๖๕", "ดำเนินการ", "จัดกิจกรรม", "๑๐๐.๐๐ %",
)
_TITLES = ("ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_LOWER = (
    ("๐.๐๐ บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย"),
    ("๑๘,๗๐๐.๒๕ บาท", "ไม่เป็นไปตาม", "แผน", "ไม่เป็นไปตาม", "เป้าหมาย"),
    ("๙,๐๐๐.๕๐", "บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย"),  # its baht word wrapped
)


def _figures(result, n):
    return figure_values(result.entries[n])[0]


def test_cut_columns_take_the_groups_of_lower_cells_after_the_row_titles_in_order():
    result = parse_entries(_lines(*_UPPER, *_TITLES, *(c for group in _LOWER for c in group)))
    assert sorted(result.entries) == [1, 2, 3]
    # the cut column holding its expense lines' amounts alone on their lines keeps its date and progress
    assert result.entries[2].date.isoformat() == "2022-08-05"
    assert [_figures(result, n).get("progress_pct") for n in (1, 2, 3)] == [9.0, 54.0, 100.0]
    assert [str(_figures(result, n).get("disbursed")) for n in (1, 2, 3)] == ["0.00", "18700.25", "9000.50"]
    assert [(_figures(result, n).get("on_plan"), _figures(result, n).get("on_target")) for n in (1, 2, 3)] == [
        (True, True), (False, False), (True, True)]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "as many groups as columns" in i.message]
    assert len(said) == 3 and all(i.field == "progress_reports" for i in said)


def test_fewer_groups_than_cut_columns_pair_nothing():
    result = parse_entries(_lines(*_UPPER, *_TITLES, *(c for group in _LOWER[:2] for c in group)))
    assert not [i for i in result.issues if "as many groups as columns" in i.message]
    assert all(_figures(result, n).get("disbursed") is None for n in (1, 2))
    # a group whose target flag OCR lost is no group: nothing is paired
    lower = (*_LOWER[0], *_LOWER[1][:3], *_LOWER[2])
    result = parse_entries(_lines(*_UPPER, *_TITLES, *lower))
    assert not [i for i in result.issues if "as many groups as columns" in i.message]
