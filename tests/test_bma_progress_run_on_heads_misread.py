"""An entries table run on in a paragraph (transposed.unrun), printed in
tables of a few columns each, whose header numbers OCR misread
("ครั้งที่ ๕ ครั้งที่ ๑ ครั้งที่ ข ครั้งที่ ๕" for reports 5-8, "ครั้งที่ ๓"
for ๙ before ๑๐ ๑๑ ๑๒): the numbers as printed gave repeated and lost
reports, the figures of four on none.  A table's columns are reports one
after another, so the number most of its heads give its first column
(each less its place), or, none holding a majority, the one after the
table before's last when a head gives it, numbers every column; each head
renumbered is said (value_repaired, report_sequence)."""

import json

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_RUN_ON = (
    "2. รายงานความก้าวหน้าของโครงการ ครั้งที่ 1 ครั้งที่ 2 ครั้งที่ 3 ครั้งที่ 5 วันที่รายงาน 27 ธันวาคม 2560",
    "9/1/61 4/2/61 3/3/61 รายละเอียดการดำเนินงาน ได้รับการอนุมัติโครงการ",
    "ความก้าวหน้าของงานฯ 11 20 30 40 งบประมาณที่เบิกใช้ 0.- บาท 0.- บาท 0.- บาท 0.- บาท ความสอดคล้องกับแผน",
    "เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย ครั้งที่ 5 ครั้งที่ 1 ครั้งที่ ข ครั้งที่ 5",
    "วันที่รายงาน 4 เมษายน 61 26/5/61 3/6/61 1/7/61 รายละเอียดการดำเนินงาน อยู่ระหว่างการเตรียมการ",
    "ความก้าวหน้าของงานฯ 52 63.5 70 80 งบประมาณที่เบิกใช้ 0.- บาท 0.- บาท 0.- บาท 0.- บาท ความสอดคล้องกับแผน",
    "เป็นไปตามแผน เป็นไปตามแผน ไม่เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_run_on_tables_heads_misread_are_numbered_by_their_table():
    result = parse_entries(numbered_lines(*_RUN_ON))
    entries = result.entries
    assert sorted(entries) == list(range(1, 9))
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in range(1, 9)] == [11.0, 20.0, 30.0, 40.0, 52.0, 63.5, 70.0, 80.0]
    assert [values[n]["on_plan"] for n in range(5, 9)] == [True, True, False, True]
    said = [json.loads(i.evidence) for i in result.issues
            if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert [(e["printed"], e["read"], e["chosen"]) for e in said] == [
        ("ครั้งที่ 5", 5, 4), ("ครั้งที่ 1", 1, 6), ("ครั้งที่ ข", None, 7), ("ครั้งที่ 5", 5, 8)]


def test_a_run_on_table_whose_heads_agree_is_read_as_printed():
    lines = list(_RUN_ON)
    lines[0] = lines[0].replace("ครั้งที่ 5", "ครั้งที่ 4")
    lines[4] = lines[4].replace("ครั้งที่ 5 ครั้งที่ 1 ครั้งที่ ข ครั้งที่ 5", "ครั้งที่ 5 ครั้งที่ 6 ครั้งที่ 7 ครั้งที่ 8")
    result = parse_entries(numbered_lines(*lines))
    assert sorted(result.entries) == list(range(1, 9))
    assert not [i for i in result.issues if i.field == "progress_reports.seq"]
