"""An entries table whose rows after the date row OCR read column by column
(the labels' column, then each entry's block: description, progress,
amount, flags; transposed._column_blocks), where a block's description
ends "...และเบิก" / "จ่ายตาม" / "งบประมาณ" (the budget label's first word
alone on its line) and its amount's unit wrapped under it ("19,100.25" /
"บาท"): the bare word ended the block as the next table's labels' column,
the unit stood where the plan flag was due, so no block stood and every
entry lost its description, progress, disbursement and flags (s41o002).
The budget label's first word alone is no label (_BARE_BUDGET_RE), and a
unit alone under the amount is the amount's."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from tests.bma_entries import assert_entry_figures
from tests.test_bma_progress_entries_ocr import _lines

_HEAD = ("ครั้งที่ 5\tครั้งที่ 6", "วันที่รายงาน 18/06/2563 05/07/2563",
         "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่เบิก", "ใช้", "ความสอดคล้อง",
         "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_BLOCKS = ("อยู่ระหว่าง", "ขั้นตอน...", "64", "0.00 บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย",
           "ดำเนินการ", "จัดกิจกรรม", "แผน และเบิก", "จ่ายตาม", "งบประมาณ", "ค่าเช่า", "รถโดยสาร =", "18,600.00",
           "บาท", "100", "18,600.00", "บาท", "ไม่เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")


def test_blocks_with_a_bare_budget_word_and_a_wrapped_unit():
    entries = parse_entries(_lines(*_HEAD, *_BLOCKS, start=130)).entries
    assert sorted(entries) == [5, 6]
    want = {5: (Decimal("64"), Decimal("0"), True, "อยู่ระหว่าง"),
            6: (Decimal("100"), Decimal("18600"), False, "ดำเนินการ จัดกิจกรรม แผน และเบิก จ่ายตาม งบประมาณ")}
    assert_entry_figures(entries, want)
    assert [(e.item, e.amount) for e in entries[6].expenses] == [("ค่าเช่า รถโดยสาร", "18,600.00")]
