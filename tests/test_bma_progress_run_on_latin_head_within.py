"""A BMA progress entries table run on in a paragraph whose headers run "ครังที 1 ครั้งที 2 ASIN 3 ครั้งที่ 4
วันที่รายงาน ...": a header OCR read as Latin letters among the others (fresh s88a004; s85a too).  Only a first
header so read was taken; one within stopped the run of headers before it, the date row's label no longer followed
them, and no table was read: every entry lost with its figures.  A header of Latin letters and a number within the
run, another header or the date row's label right after it, is the run's (transposed._latin_head_within), said."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_TABLE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
    "ครังที 1 ครั้งที 2 {third} ครั้งที่ 4 วันที่รายงาน 22 มิถุนายน",
    "2565 20 กรกฎาคม 2565 5 สิงหาคม 2565 14 กันยายน 2565",
    "รายละเอียดการดำเนินงาน ประชุมผู้บริหารสถานศึกษา",
    "ความก้าวหน้าของงานฯ 15 61 77 100 งบประมาณที่เบิกใช้ 0",
    "บาท.- 0 บาท.- 0 บาท.- 10,600 บาท.- ความสอดคล้องกับแผน",
    "เป็นไปตามแผน ไม่เป็นไปตามแผน เป็นไปตามแผน",
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
    "ไม่เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_latin_header_within_the_run_keeps_the_table():
    result = parse_entries(_lines(*(t.format(third="ASIN 3") for t in _TABLE)))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert [result.entries[n].date.isoformat() for n in (1, 2, 3, 4)] == [
        "2022-06-22", "2022-07-20", "2022-08-05", "2022-09-14"]
    values, bad = figure_values(result.entries[4])
    assert not bad and values["progress_pct"] == Decimal("100") and values["disbursed"] == Decimal("10600")
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "'ASIN 3'" in i.message]
    assert len(said) == 1 and said[0].field == "progress_reports.seq"


def test_latin_letters_followed_by_no_header_end_the_run():
    # ("ASIN 3" then words that are no header and no date label: not a header, the run stops before it)
    lines = _lines(*(t.format(third="ASIN 3 ข้อความ") for t in _TABLE))
    assert not any("'ASIN 3'" in i.message for i in parse_entries(lines).issues)


def test_a_last_latin_header_whose_number_is_look_alikes_and_a_line_break_before_the_date_label():
    """"ครังที oo asian ol" / "วันทีรายงาน ...": the last header's number two look-alikes ("ol" for ๑๒), the
    date row's label on the next line (fresh s88b010)."""
    lines = _lines(
        "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
        "ครั้งที่ 1 asian ol",
        "วันที่รายงาน 22 มิถุนายน 2565 20 กรกฎาคม 2565",
        "รายละเอียดการดำเนินงาน ประชุมผู้บริหารสถานศึกษา",
        "ความก้าวหน้าของงานฯ 15 61 งบประมาณที่เบิกใช้ 0 บาท.- 0 บาท.-",
        "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
    )
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2]
    assert result.entries[2].date.isoformat() == "2022-07-20"
