"""A description line of a table of entries as columns that opens with an expense line's figures ("4,400.75 บาท"),
alone on its line, after a line of fewer cells than entries whose first cell left that expense line open at its "="
("ค่าเช่ารถโดยสาร =<gap>โครงการ": the first entry's item, then another entry's wrapped words) (s64z bma_progress 007):
the figures go on with the piece that leaves them open, whichever entry it went to
(transposed._expense_left_open), and the next expense line alone on its line with them.  Before, only a line above
of one cell per entry was looked at: the figures went to the last cell read (the reading order), the first entry's
second expense line after them too, and a later check moved it on to another report."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_HEAD = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3",
    "วันที่รายงาน\t3/3/2565\t15/4/2565\t10/5/2565",
)
_LOWER = (
    "ความก้าวหน้า\t65.50 %\t96.00 %\t97.00 %",
    "งบประมาณที่\t20,900.75 บาท\t0.00 บาท\t0.00 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)
_DESCRIPTION = (
    "รายละเอียดการ\tอยู่ระหว่างการเตรียม\tอยู่ระหว่างการ\tดำเนินการ",
    "ดำเนินงาน\tการอบรม\tดำเนินการ ดังนี้\tจัดสัมมนา",
    "จัดกิจกรรมออกไป\tและเจ้าหน้าที่ดำเนิน",
)


def _line(no: int, text: str) -> Line:
    # the page columns OCR gives a line's cells: a row's at its entries' columns, a line of fewer cells from the
    # margin (its first cell's indent lost), the gap to the next cell as printed; a line of one cell none
    cells = text.count("\t") + 1
    return Line(no, text, cols=(0, 16, 41, 63) if cells == 4 else (0, 23) if cells == 2 else ())


def _expenses(*lines: str):
    texts = (*_HEAD, *_DESCRIPTION, *lines, *_LOWER)
    result = parse_entries([_line(i, t) for i, t in enumerate(texts, start=1)])
    return result, {n: [(e.item, e.amount) for e in result.entries[n].expenses] for n in result.entries}


def test_figures_go_on_with_the_piece_left_open_on_a_line_of_fewer_cells():
    result, got = _expenses("ค่าเช่ารถโดยสาร =\tโครงการ", "4,400.75 บาท", "ค่าวัสดุอุปกรณ์ =", "16,500.00 บาท")
    assert got[1] == [("ค่าเช่ารถโดยสาร", "4,400.75"), ("ค่าวัสดุอุปกรณ์", "16,500.00")]
    assert got[2] == [] and got[3] == []
    assert any(i.code == "entry_cell_in_doubt" and "4,400.75" in str(i.evidence) for i in result.issues)
