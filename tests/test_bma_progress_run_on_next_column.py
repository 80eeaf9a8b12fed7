"""A table of reports run on in a paragraph (side-by-side tables OCR read column by column: the block's
headers and date row on two lines, its other rows' labels and values one a line), followed by the next
block's first column, read after it: that report's header alone on its line, its date on the next line, its
description, figures and flags under them.  The run-on table looked for its rows' values as far as the next
run-on table, so it took the next column's flags as its own (a flag OCR lost in the table itself made room
for them) and the column's entry was lost with its header (fresh s72o005 report 3, s67o009 report 9).
A report header alone on its line with a date under it, its number past the table's own headers', ends
the table's text: it is a later entry's column (parsers.bma_progress.transposed._other_entry_at)."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _other_entry_at
from tests.lines import numbered_lines as _lines

BLOCK = [
    "รายการ\tรายงานครั้งที่ ๑ รายงานครั้งที่ ๒",
    "วันที่รายงาน ๒๐ ก.พ. ๒๕๖๒ ๑๓ มี.ค. ๒๕๖๒",
    "รายละเอียดการ",
    "ดำเนินงาน",
    "ประชุมผู้บริหารสถานศึกษา",
    "ความก้าวหน้าของงานฯ",
    "๑๕.๐%",
    "งบประมาณที่เบิกใช้",
    "๐ บาท.-",
    "ความสอดคล้องกับแผน",
    "เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย",
]
NEXT = [
    "รายงานครั้งที่ ๓",
    "๑๕ เม.ย. ๒๕๖๒",
    "ได้รับการอนุมัติโครงการ",
    "๕๓.๐%",
    "๐ บาท.-",
    "เป็นไปตามแผน",
    "เป็นไปตามเป้าหมาย",
]


def test_the_next_blocks_column_after_a_run_on_table_is_its_own_entry():
    result = parse_entries(_lines(*BLOCK, *NEXT))
    assert sorted(result.entries) == [1, 2, 3]  # (before: [1, 2], report 3 lost)
    third = result.entries[3]
    assert third.date == date(2019, 4, 15)
    assert third.figures.get("plan") is True and third.figures.get("target") is True
    assert third.description == "ได้รับการอนุมัติโครงการ"
    # the table's own rows keep what they hold: one flag for two reports gives none (before: 3's flag taken)
    assert "target" not in result.entries[1].figures and "target" not in result.entries[2].figures


def test_only_a_header_past_the_tables_own_and_over_a_date_ends_it():
    src = "\n".join(["วันที่รายงาน ...", *NEXT])
    assert _other_entry_at(src, 0, len(src), ["รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒"]) == src.index("รายงานครั้งที่ ๓")
    # a header of the table's own number (or below it: a column read out of its place), or with no date under it
    assert _other_entry_at(src, 0, len(src), ["รายงานครั้งที่ ๓", "รายงานครั้งที่ ๔"]) is None
    undated = "\n".join(["วันที่รายงาน ...", "รายงานครั้งที่ ๓", "ได้รับการอนุมัติโครงการ"])
    assert _other_entry_at(undated, 0, len(undated), ["รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒"]) is None
    # heads that read no number say nothing of which header is the table's own
    assert _other_entry_at(src, 0, len(src), ["รายงานครั้งที่", "รายงานครั้งที่"]) is None
