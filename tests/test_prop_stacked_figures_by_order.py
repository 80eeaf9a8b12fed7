"""An entries table (entries as columns) that OCR (psm 3) read column by
column in blocks out of order: each entry's header, date and description, but
the figures' blocks (its progress alone with its sign, its disbursement alone,
its flags) lagging behind them, one column late or gathered after the row
titles (parsers.bma_progress.stacked._figures_by_order; s24t008, s19w005).
Before, an entry whose column held a later block took the block of an entry
before it, and the first entries had none.  The blocks go to the entries by
order only where every header 1..N is read once and exactly N blocks stand."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.bma_entries import assert_entry_figures
from tests.test_bma_progress_entries_ocr import _lines

_UPPER = (
    "รายการ", "วันที่", "รายงาน", "รายละเอียด", "การ", "ดำเนินงาน",
    "ครั้งที่ 1", "09/01/2563", "ประชุม", "ผู้บริหาร", "สถานศึกษา",
    "ครั้งที่ 2", "09/02/2563", "ได้รับ", "การอนุมัติ", "โครงการ",
    "ความก้าวห", "น้าของงานฯ", "งบประมาณ", "ที่เบิกใช้", "ความสอดค", "ล้องกับแผน",
)
_BLOCK1 = ("8.0%", "0 บาท.-", "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")
_THIRD = ("ครั้งที่ 3", "06/03/2563", "อยู่ระหว่าง", "ติดต่อประสานงาน")
_BLOCK2 = ("10.0%", "๐ บาท.-", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
_BLOCK3 = ("21.0%", "33,300", "บาท.-", "ไม่เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")


def test_lagging_figure_blocks_go_to_the_entries_in_order():
    result = parse_entries(_lines(*_UPPER, *_BLOCK1, *_THIRD, *_BLOCK2, *_BLOCK3, start=100))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    want = {1: (Decimal("8"), Decimal("0"), True, "ประชุม"), 2: (Decimal("10"), Decimal("0"), True, "ได้รับ"),
            3: (Decimal("21"), Decimal("33300"), False, "อยู่ระหว่าง")}
    assert_entry_figures(entries, want)
    # placed by order: said over the table
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports" for i in result.issues)


def test_blocks_not_one_per_header_are_not_placed_by_order():
    # a fourth block for three headers: nothing is given by order, entry 1 gets no block
    extra = ("38.0%", "0 บาท.-", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
    entries = parse_entries(_lines(*_UPPER, *_BLOCK1, *_THIRD, *_BLOCK2, *_BLOCK3, *extra, start=100)).entries
    assert "progress_pct" not in figure_values(entries[1])[0] or figure_values(entries[1])[0]["progress_pct"] is None
    # a header's number read twice (3 read as 2): none either
    twice = ("ครั้งที่ 2", *_THIRD[1:])
    entries = parse_entries(_lines(*_UPPER, *_BLOCK1, *twice, *_BLOCK2, *_BLOCK3, start=100)).entries
    assert 1 not in entries or figure_values(entries[1])[0].get("progress_pct") is None
