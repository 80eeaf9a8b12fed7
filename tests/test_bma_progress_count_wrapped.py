"""An expense line cut twice, its item ending one line, its count alone on the next and its unit and figures on
the one after ("... ตัดสินผลงาน ค่าอาหารกลางวัน" / "196" / "คน x 80 บาท.- = 15,680 บาท.-": a wrap, then a page
break whose furniture the clean-up took away, bma_progress_s63z007).  The count alone has a number cell's shape
and opened a piece of its own: the item stayed in the description and the line was lost, the entry's later
lines each taking the row of the one before.  Now a lone count between an item ending the line before and the
unit and figures that make one expense line with them continues the piece (clauses._count_wrapped); a lone
number after no item, or before no expense's figures, still opens one."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines


def _entry(*middle: str):
    result = parse_entries(_lines(
        "รายงานครั้งที่ 4 :: 5/6/63 : อยู่ระหว่างดำเนินการ :: ความก้าวหน้าของงานฯ = 60.00 % :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท.- : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 5 :: 30/6/63 :",
        *middle,
        "ค่าอาหาร 78 คน x 150 บาท.- = 11,700 บาท.- :: ความก้าวหน้าของงานฯ = 76.00 % :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 27,380",
        "บาท.- : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    ))
    return result.entries[5]


def test_a_count_alone_between_its_item_and_its_figures_is_the_expense_line_s():
    entry = _entry("อยู่ระหว่างขั้นตอน...พิจารณาเกณฑ์การคัดเลือกและตัดสินผลงาน ค่าอาหารกลางวัน", "196",
                   "คน x 80 บาท.- = 15,680 บาท.-")
    assert [e.item for e in entry.expenses] == ["ค่าอาหารกลางวัน", "ค่าอาหาร"]
    assert "ค่าอาหารกลางวัน" not in entry.description


def test_a_lone_number_after_no_item_is_left_as_it_was():
    entry = _entry("อยู่ระหว่างขั้นตอน...พิจารณาเกณฑ์การคัดเลือกและตัดสินผลงาน", "196",
                   "คน x 80 บาท.- = 15,680 บาท.-")
    assert "ค่าอาหารกลางวัน" not in [e.item for e in entry.expenses]
