"""An entries table (entries as columns) whose header row and date row OCR
read across and whose other rows it read column by column (the labels'
column alone, then each entry's block: its description's lines, progress,
amount, flags; transposed._column_blocks), where the form prints the
progress with no sign ("87", not "87 %"): a block was known by its progress
with its "%" only, so none stood, the table ended at the labels' column and
both entries lost their description, progress, disbursement and flags
(s22q007, set q).  Now a short figure alone is a block's progress where the
amount alone stands right under it (_block_progress); a figure inside a
description with no amount under it is text, as before."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.bma_entries import assert_entry_figures
from tests.test_bma_progress_entries_ocr import _lines

_HEAD = ("ครั้งที่ 5\tครั้งที่ 6", "วันที่รายงาน 18/06/2563 05/07/2563",
         "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่เบิก", "ใช้", "ความสอดคล้อง",
         "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_BLOCKS = ("ดำเนินการอบรม", "ครูแกนนำ", "2", "ครั้ง", "87", "BO", "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย",
           "ยกเลิกโครงการ เนื่องจาก", "สถานการณ์การแพร่ระบาด", "91", "3,500 บาท", "ไม่เป็นไปตามแผน",
           "เป็นไปตามเป้าหมาย")


def test_blocks_whose_progress_has_no_sign():
    entries = parse_entries(_lines(*_HEAD, *_BLOCKS, start=130)).entries
    assert sorted(entries) == [5, 6]
    want = {5: (Decimal("87"), Decimal("0"), True, "ดำเนินการอบรม ครูแกนนำ 2 ครั้ง"),
            6: (Decimal("91"), Decimal("3500"), False, "ยกเลิกโครงการ")}
    assert_entry_figures(entries, want)


def test_a_figure_with_no_amount_under_it_opens_no_block():
    # entry 6's progress lost: one block for two entries, none is given by order (read as before)
    blocks = [t for t in _BLOCKS if t != "91"]
    entries = parse_entries(_lines(*_HEAD, *blocks, start=130)).entries
    assert "progress_pct" not in figure_values(entries[6])[0] if 6 in entries else True
    assert figure_values(entries[5])[0].get("progress_pct") != Decimal("2")
