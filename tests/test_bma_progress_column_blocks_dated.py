"""An entries table (entries as columns) whose header row OCR read across and
everything else column by column: the labels' column alone (specks of the
rules read as short cells among its labels), then each entry's block, its date
first (maybe wrapped: "๑๕" / "พฤศจิกายน" / "๒๕๖๒"), its description, progress,
amount and two flags, in the header row's order; a later table's header and
date read between two blocks are set aside with that later entry; two figure
lines a speck spoilt before the plan's flag are read by their place, said
(parsers.bma_progress.transposed._column_blocks with `dated`, _date_lead;
s40z008).  Before, no entry of such a table was read."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_HEAD = ("รายการ\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓",
         "วันที่รายงาน", "รายละเอียดการ", "ดำเนินงาน", "จ»,\tvy", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่",
         "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_FLAGS = ("เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
_B1 = ("๑๕", "พฤศจิกายน", "๒๕๖๒", "จัดทำคำสั่ง", "คณะกรรมการ", "๑๕.๐๐ %", "฿๐", *_FLAGS)
_LATE = ("ครั้งที่ ๔", "๓๐ พ.ค. ๒๕๖๓")
_B2 = ("๒๖ ธันวาคม", "๒๕๖๒", "อยู่ระหว่าง", "การเตรียม", "๒๘.๐๐ %", "฿๐", *_FLAGS)
_B3 = ("๑๓/๔/๒๕๖๓", "ยังไม่ได้ดำเนิน", "กิจกรรมตาม", "๓๒.๐๐ %", "฿๒๗,๔๐๐",
       "ไม่เป็นไปตาม", "แผน", "ไม่เป็นไปตาม", "เป้าหมาย")


def _read(*blocks):
    result = parse_entries(numbered_lines(*_HEAD, *blocks, start=100))
    return result.entries, result


def test_blocks_each_opening_with_its_date_go_to_the_header_rows_entries():
    entries, _ = _read(*_B1, *_B2, *_B3)
    assert sorted(entries) == [1, 2, 3]
    for seq, (day, progress, paid, on_plan, opens) in {
            1: ("2019-11-15", 15, 0, True, "จัดทำคำสั่ง"), 2: ("2019-12-26", 28, 0, True, "อยู่ระหว่าง"),
            3: ("2020-04-13", 32, 27400, False, "ยังไม่ได้ดำเนิน")}.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert str(entries[seq].date) == day, seq
        assert values["progress_pct"] == Decimal(progress) and values["disbursed"] == Decimal(paid), seq
        assert values["on_plan"] is on_plan, seq
        assert entries[seq].description.startswith(opens), seq


def test_a_later_header_and_its_date_between_two_blocks_open_that_entry_after_the_table():
    entries, result = _read(*_B1, *_LATE, *_B2, *_B3)
    assert sorted(entries) == [1, 2, 3, 4]
    assert str(entries[2].date) == "2019-12-26" and str(entries[4].date) == "2020-05-30"
    assert "พ.ค." not in entries[1].description and "พ.ค." not in entries[3].description
    assert any(i.code == "entry_cell_in_doubt" and "ครั้งที่ ๔" in i.message for i in result.issues)


def test_figures_a_speck_spoilt_are_read_by_their_place_and_said():
    spoilt = tuple({"๓๒.๐๐ %": "ด๓๒.๐๐ %", "฿๒๗,๔๐๐": "[วิเต๒๗/,๔๐๐"}.get(t, t) for t in _B3)
    entries, result = _read(*_B1, *_B2, *spoilt)
    assert sorted(entries) == [1, 2, 3]
    assert entries[3].description.startswith("ยังไม่ได้ดำเนิน") and "แผน" not in entries[3].description
    assert figure_values(entries[3])[0]["on_plan"] is False and str(entries[3].date) == "2020-04-13"
    assert any(i.code == "entry_cell_in_doubt" and "by their place" in i.message for i in result.issues)


# The labels' column as OCR damaged it at the table's edge: a speck of two letters over it ("รวา."), the date
# row's label with its head lost ("นทรายงาน" for วันที่รายงาน), a label's tail with a speck letter after it
# ("ของงานฯ ร"): the column is still the labels' (_damaged_label_line; s60o009's first copy, before read as no
# table)
_DAMAGED_HEAD = ("รายการ\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓", "รวา.", "๑7", "A",
                 "นทรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ ร", "งบประมาณที่",
                 "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")


def test_a_labels_column_ocr_damaged_at_the_tables_edge_still_opens_the_blocks():
    entries = parse_entries(numbered_lines(*_DAMAGED_HEAD, *_B1, *_B2, *_B3, start=100)).entries
    assert sorted(entries) == [1, 2, 3]
    assert [str(entries[s].date) for s in (1, 2, 3)] == ["2019-11-15", "2019-12-26", "2020-04-13"]
    assert figure_values(entries[3])[0]["disbursed"] == Decimal(27400)
    assert not any("รายงาน" in entries[s].description for s in (1, 2, 3))


def test_a_description_word_is_no_damaged_label_piece():
    from parsers.bma_progress.transposed import _damaged_label_line
    from schemas.document import Line
    assert _damaged_label_line(Line(1, "นทรายงาน")) and _damaged_label_line(Line(1, "ของงานฯ ร"))
    assert not _damaged_label_line(Line(1, "ประชุมผู้บริหาร")) and not _damaged_label_line(Line(1, "๑๕.๐๐ %"))
