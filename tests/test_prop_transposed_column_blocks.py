"""An entries table (entries as columns, fields as rows) whose header row and
date row OCR read across, and whose other rows it read column by column: the
labels' column on its own, then each entry's cells one under another (its
description's lines, its progress figure alone, its amount alone, its plan and
target flags, each maybe wrapped), the entries in the header row's order
(parsers.bma_progress.transposed._column_blocks; s24t001).  Before, every block
ran on in the last entry's description and the others had no figures."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from tests.bma_entries import assert_entry_figures
from tests.test_bma_progress_entries_ocr import _lines

_HEAD = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3",
    "วันทีรายงาน 10/3/2566 14/5/2566 14/6/2566",
    # the labels' column, read on its own
    "รายละเอียด", "การ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้",
    "ความสอดคล้อ", "งกับแผน", "ความสอดคล้อ", "งกับเป้าหมาย",
)
_BLOCKS = (
    "ประชุม", "ผู้บริหารส", "ถานศึกษา", "a", "เพื่อกำหนด", "19.00 %", "0.- บาท", "เป็นไปตาม", "แผน",
    "เป็นไปตาม", "เป้าหมาย",
    "จัดทำ", "โครงการ", "21.00 %", "0.- บาท", "เป็นไปตา", "มแผน", "เป็นไปตา", "ม", "เป้าหมาย",
    "อยู่ระหว่าง", "การเตรียม", "34.50 %", "2,700.- บาท", "ไม่", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย",
)


def test_column_blocks_after_a_header_row_read_across_go_to_its_entries_in_order():
    entries = parse_entries(_lines(*_HEAD, *_BLOCKS, start=100)).entries
    assert sorted(entries) == [1, 2, 3]
    want = {1: (Decimal("19"), Decimal("0"), True, "ประชุม"), 2: (Decimal("21"), Decimal("0"), True, "จัดทำ"),
            3: (Decimal("34.5"), Decimal("2700"), False, "อยู่ระหว่าง")}
    assert_entry_figures(entries, want)
    for seq in want:
        assert "%" not in entries[seq].description and "ความก้าวหน้า" not in entries[seq].description, seq
    assert entries[1].date is not None and entries[3].date is not None


def test_blocks_that_do_not_match_the_header_rows_entries_are_not_placed_by_order():
    # two blocks for three entries (a page break carried the third away): no block is given by its order
    two = _BLOCKS[: _BLOCKS.index("อยู่ระหว่าง")]
    entries = parse_entries(_lines(*_HEAD, *two, start=100)).entries
    assert not any("progress" in e.figures for seq, e in entries.items() if seq in (1, 2))
    # four blocks for three entries: none either
    four = (*_BLOCKS, "ดำเนินการ", "40.00 %", "0.- บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
    entries = parse_entries(_lines(*_HEAD, *four, start=100)).entries
    assert not any("progress" in e.figures for seq, e in entries.items() if seq in (1, 2))


def _without_first_progress(amount: str) -> tuple[str, ...]:
    # the first block's progress figure OCR lost: its amount alone right before its plan's flag
    return tuple(amount if t == "0.- บาท" and k < 7 else t for k, t in enumerate(_BLOCKS) if t != "19.00 %")


def test_a_block_whose_progress_ocr_lost_keeps_its_amount_and_flags():
    # (s46o009) before, the block's text ran into its flags and no block of the table was read
    for amount in ("0.- บาท", "BO"):  # ("BO": ฿0 read with no digit, no speck of the labels' column)
        entries = parse_entries(_lines(*_HEAD, *_without_first_progress(amount), start=100)).entries
        assert sorted(entries) == [1, 2, 3]
        assert "progress" not in entries[1].figures and entries[1].figures.get("plan") is True, amount
        assert entries[1].description.split()[0] == "ประชุม" and amount not in entries[1].description, amount
        want = {2: (Decimal("21"), Decimal("0"), True, "จัดทำ"), 3: (Decimal("34.5"), Decimal("2700"), False, "อยู่ระหว่าง")}
        assert_entry_figures(entries, want)
