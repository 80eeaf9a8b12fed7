"""An entries table (entries across) that OCR read column by column with no
head row read across: a labels' column whose verdict labels the wrap cut
inside a word ("ความสอดคล้อ" / "งกับแผน") ending at the plan's label, then
each entry's column under its own head ("รายงาน" / "ครั้งที่ 1", "รายงานครั้ง"
/ "ที่3"): its date (the year wrapped), description, bare progress, amount
(its unit maybe wrapped under it), plan verdict (cut inside a word,
"เป็นไปตา" / "มแผน", or its "ไม่" on a line of its own); the target row read
across after the columns, each cell cut over three lines ("เป็นไปตา" / "ม" /
"เป้าหมาย") (parsers.bma_progress.downcols._table_at, entries._row_stacked;
a modified copy of s83a001's first block).  Before, the columns' progress,
amounts and the target row were lost."""

import re
from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียด", "การ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่",
           "เบิกใช้", "ความสอดคล้อ", "งกับแผน")
_COLUMNS = (
    "รายงาน", "ครั้งที่ 1", "12 ม.ค.", "2564", "ประชุม", "คณะทำงาน", "15", "0 บาท.-", "เป็นไปตา", "มแผน",
    "รายงาน", "ครั้งที่ 2", "9 ก.พ.", "2564", "จัดทำ", "คำสั่ง", "25", "0 บาท.-", "เป็นไปตา", "มแผน",
    "รายงานครั้ง", "ที่3", "3 มี.ค.", "2564", "จัดอบรม", "ค่าอาหารฯ =", "8,400", "บาท.-", "45", "8,400", "บาท.-",
    "ไม่", "เป็นไปตาม", "แผน",
    "รายงาน", "ครั้งที่ 4", "20 เม.ย.", "2564", "สรุปผล", "การอบรม", "60", "0 บาท.-", "เป็นไปตา", "มแผน",
)
_TARGET = ("ความสอดคล้อ เป็นไปตา เป็นไปตา ไม่    เป็นไปตา",
           "งกับเป้าหมาย ม    ม    เป็นไปตาม ม",
           "เป้าหมาย เป้าหมาย เป้าหมาย    เป้าหมาย")


def _read(*texts):
    result = parse_entries(numbered_lines(*(re.sub(r" {2,}", "\t", t) for t in texts), start=100))
    return result.entries, result


def test_each_column_read_under_its_own_head_gives_its_figures():
    entries, _ = _read(*_LABELS, *_COLUMNS, *_TARGET)
    assert sorted(entries) == [1, 2, 3, 4]
    want = {1: (15, 0, True, "ประชุม"), 2: (25, 0, True, "จัดทำ"), 3: (45, 8400, False, "จัดอบรม"),
            4: (60, 0, True, "สรุปผล")}
    for seq, (pct, paid, plan, opens) in want.items():
        values, _ = figure_values(entries[seq])
        assert values["progress_pct"] == Decimal(pct), seq
        assert values["disbursed"] == Decimal(paid), seq
        assert values["on_plan"] is plan, seq
        assert entries[seq].description.startswith(opens), seq
    assert str(entries[2].date) == "2021-02-09"


def test_the_target_row_cut_over_three_lines_goes_to_the_columns_left_to_right():
    entries, result = _read(*_LABELS, *_COLUMNS, *_TARGET)
    targets = {seq: figure_values(entries[seq])[0].get("on_target") for seq in entries}
    assert targets == {1: True, 2: True, 3: False, 4: True}
    assert all("ความสอดคล้อ" not in entries[seq].description for seq in entries)
    assert any(i.code == "label_inferred" and "target row" in i.message for i in result.issues)


def test_a_head_with_no_number_is_numbered_by_its_place_and_said():
    cols = tuple("ครั้งที่ ๒ๆ" if c == "ครั้งที่ 2" else c for c in _COLUMNS)
    entries, result = _read(*_LABELS, *cols, *_TARGET)
    assert sorted(entries) == [1, 2, 3, 4]
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" and "report 2" in i.message
               for i in result.issues)
