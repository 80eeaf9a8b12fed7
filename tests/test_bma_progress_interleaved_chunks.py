"""An entries table (entries across, four a block) whose first block's head
row and date row OCR read across, and whose lower rows it read down in one
pass with the next block's upper rows beside them: each page column holds the
first block's cells (no head), then the next block's head, date,
description and progress; the next block's lower rows read across after the
columns (parsers.bma_progress.interleaved; a modified copy of s83a005's
table).  Before, the chunks were given out in the order they stand and
every description and progress went one entry late."""

import re
from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_TOP = ("รายการ       รายงานครั้งที รายงานครั้งที รายงานครั้งที รายงานครังที 4",
        "1               2               3",
        "วันที่         6 ตุลาคม 2560 14/11/2560        18/12/2560        22/1/2561",
        "",
        "รายงาน",
        "")
_LOWER_LABELS = ("รายละเอียดการ", "ดำเนินงาน", "", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที", "เบิกใช้",
                 "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย", "")
_NEXT_LABELS = ("รายการ", "ea", "จนทรายงาน", "", "รายละเอียด", "การดำเนินงาน", "", "ความกาวหนา", "")
_ON = ("เป็นไปตาม", "แผน", "", "เป็นไปตาม", "Vv", "เป้าหมาย", "")


def _own(words, pct):
    return (*words, "", f"{pct}.0%", "0.00 บาท", "", *_ON)


def _next(head, date, words, pct):
    return (*head, date, "", *words, "", f"{pct}.0%", "")


_COLUMNS = (
    *_own(("ประชุม", "คณะทำงาน"), 12), *_next(("รายงานครัง", "a", "", "ท5"), "20/2/2561", ("ติดต่อ", "วิทยากร"), 55),
    *_own(("จัดทำ", "คำสั่ง"), 21), *_next(("รายงานครั้งที่ 6",), "16/3/2561", ("จัดอบรม", "ครู"), 66),
    *_own(("ส่ง", "หนังสือ"), 33), *_next(("รายงานครั้งที่", "7"), "24/4/2561", ("สรุปผล", "การอบรม"), 77),
    *_own(("เตรียม", "สถานที่"), 44), *_next(("รายงานครั้ง", "ที่ 8"), "11/5/2561", ("ประเมิน", "ผล"), 88),
)
_ACROSS = ("งบประมาณที่      0.00 บาท      0.00 บาท          0.00 บาท         0.00 บาท",
           "เบิกใช้",
           "ความสอดคล้อง เป็นไปตาม เป็นไปตามแผน ไม่เป็นไปตาม        เป็นไปตาม",
           "กับแผน          แผน                             แผน             แผน",
           "ความสอดคล้อง เป็นไปตาม         เป็นไปตาม        เป็นไปตาม        เป็นไปตาม",
           "กับเป้าหมาย      เป้าหมาย       เป้าหมาย          เป้าหมาย         เป้าหมาย")


def _cleaned(*texts):
    """The lines as the clean-up hands them over: a gap of spaces between cells a tab, no blank line."""
    return numbered_lines(*(re.sub(r" {2,}", "\t", t) for t in texts if t.strip()), start=100)


def _read():
    result = parse_entries(_cleaned(*_TOP, *_LOWER_LABELS, *_NEXT_LABELS, *_COLUMNS, *_ACROSS))
    return result.entries, result


def test_chunks_with_no_head_take_the_run_heads_and_chunks_with_a_head_their_own():
    entries, _ = _read()
    assert sorted(entries) == list(range(1, 9))
    opens = {1: "ประชุม", 2: "จัดทำ", 3: "ส่ง", 4: "เตรียม", 5: "ติดต่อ", 6: "จัดอบรม", 7: "สรุปผล", 8: "ประเมิน"}
    pcts = {1: 12, 2: 21, 3: 33, 4: 44, 5: 55, 6: 66, 7: 77, 8: 88}
    for seq in opens:
        values, _ = figure_values(entries[seq])
        assert entries[seq].description.startswith(opens[seq]), seq
        assert values["progress_pct"] == Decimal(pcts[seq]), seq
    for seq in (1, 2, 3, 4):
        assert figure_values(entries[seq])[0]["disbursed"] == Decimal(0), seq
    assert str(entries[5].date) == "2018-02-20" and str(entries[8].date) == "2018-05-11"


def test_a_head_read_past_its_number_is_numbered_by_its_place_and_said():
    _, result = _read()
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"
            and "numbered by its place" in i.message]
    assert any("report 5" in i.message for i in said)
    assert not any("report 6" in i.message for i in said)


def test_progress_falling_in_the_placed_order_is_said():
    cols = tuple(c.replace("33.0%", "93.0%") for c in _COLUMNS)
    result = parse_entries(_cleaned(*_TOP, *_LOWER_LABELS, *_NEXT_LABELS, *cols, *_ACROSS))
    doubt = {i.field for i in result.issues if i.code == "entry_cell_in_doubt" and "break" in i.message}
    assert "progress_reports.description" in doubt and "progress_reports.progress_pct" in doubt


def test_a_plan_row_read_across_some_cells_whole_some_wrapped_goes_to_the_next_blocks_entries():
    # (the plan row's cells: the first wrapped, the second whole, the third and fourth wrapped; the objects under
    # them are the wrapped cells'; entries.flag_rows_after_columns)
    entries, result = _read()
    plans = {seq: figure_values(entries[seq])[0].get("on_plan") for seq in (5, 6, 7, 8)}
    assert plans == {5: True, 6: True, 7: False, 8: True}
    assert any(i.code == "label_inferred" and "plan row" in i.message for i in result.issues)
