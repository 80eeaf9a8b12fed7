"""BMA progress entries after OCR (fresh set s69o, bma_progress_s69o007 project 2; the generator's
entries_table_columns): a table read column by column whose figure cells OCR read one label under another, a
column of progress clauses ("ความก้าวหน้าของงานฯ = ..." five times), then a column of budget labels without their
amounts ("งบประมาณที่เบิกใช้" five times), the amounts ("๐ บาท.-") in a column of their own further down.

(1) The first budget label joined the last progress group and each of the others opened a report past the last
header (its header said lost): reports 6-8 added, every report's disbursement lost.  The labels of the second
column now go, in order, to the groups the first column opened (_Assembler._kind_column).
(2) The amounts "๐ บาท.-" were no budget clause's tail for the ".-" the form prints after บาท: now they are,
and go to the clauses lacking their amount, in order.
(3) A date cell both of whose slashes OCR read as bars ("๕|๕|๒๕๒๕ : ..." for ๔/๕/๒๕๖๕) was read as a table's
number cell "๕", its date and description lost; the cells after it went to the entry before their own."""

from __future__ import annotations

from parsers.bma_progress.clauses import NUMBER_CELL_RE, events_of
from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_TABLE = (
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "รายงานครั้งที่ ๓",
    "รายงานครั้งที่ ๔",
    "{cell1} : อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่",
    "๒๐/๖/๒๕๖๕ : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา",
    "๒๕/๗/๒๕๖๕ : อยู่ระหว่างการดำเนินการ",
    "๒/๘/๒๕๖๕ : ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ",
    "ความก้าวหน้าของงานฯ = ๑๖.๐๐ %",
    "ความก้าวหน้าของงานฯ = ๔๙.๕๐ %",
    "ความก้าวหน้าของงานฯ = ๕๖.๐๐ %",
    "ความก้าวหน้าของงานฯ = ๕๙.๐๐ %",
    "งบประมาณที่เบิกใช้",
    "งบประมาณที่เบิกใช้",
    "งบประมาณที่เบิกใช้",
    "งบประมาณที่เบิกใช้",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "๐ บาท.-",
    "๐ บาท.-",
    "๐ บาท.-",
    "๑๑,๖๐๐ บาท.-",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def _parse(cell1: str = "๔/๕/๒๕๖๕"):
    return parse_entries(_lines(*(ln.replace("{cell1}", cell1) for ln in _TABLE), start=426))


def test_a_column_of_budget_labels_after_a_column_of_progress_clauses_fills_their_groups():
    result = _parse()
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[k].figures.get("progress") for k in (1, 2, 3, 4)] == ["16.00", "49.50", "56.00", "59.00"]
    assert [entries[k].figures.get("budget") for k in (1, 2, 3, 4)] == ["0", "0", "0", "11,600"]
    assert not any(i.code in ("entry_header_missing", "orphan_figures") for i in result.issues)


def test_a_date_cell_whose_slashes_ocr_read_as_bars_is_no_number_cell():
    assert NUMBER_CELL_RE.match("5|5|2525 : อยู่ระหว่าง") is None
    assert NUMBER_CELL_RE.match("5 | 12/3/2567 | ประชุม") is not None  # a table's number cell, as before
    (line,) = _lines("๕|๕|๒๕๒๕ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง")
    head = events_of(line)[0]
    assert head.kind == "date" and head.value is None and head.damaged == "๕|๕|๒๕๒๕"
    entries = _parse("๕|๕|๒๕๒๕").entries
    assert entries[1].date_text == "๕|๕|๒๕๒๕"
    assert entries[1].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่"
    assert entries[2].description == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"
