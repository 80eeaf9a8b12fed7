"""A findings list whose item numbers OCR read with their marks lost and a wide gap before each item's
words ("2     ได้เผยแพร่ผล..." / ") ออนไลน์..." / "3     ผู้เข้าร่วม...": each mark fell to the wrapped line
under its number; fresh set s64o, obec_progress_s64o001).  Clean-up keeps each such line's two cell starts,
four characters apart, so two of them made a side-by-side table block for parsers.grid.fold_tables; but the
starts cluster into one column, the first line opened the block's only row and every line after it, the next
item's too, was folded into it as its wrap: item 3 glued into item 2.  A block whose cell starts make one
column is no table: its lines pass through as they are, and the list reads one item a number."""

from __future__ import annotations

from parsers.grid import fold_tables
from parsers.obec_progress.lists import items_of
from parsers.obec_progress.read import _opens_row
from schemas.document import Line

SECOND = "ได้จัดทำสรุปผลการนิเทศและรายงานต่อผู้บริหาร"
THIRD = "ครูผู้สอนนำผลการนิเทศไปปรับปรุงการสอนได้"


def _list() -> list[Line]:
    return [Line(30, "1 คณะกรรมการได้ติดตามผลการดำเนินงานของโรงเรียน"),
            Line(31, ") ในสังกัดครบทุกแห่ง"),
            Line(32, f"2\t{SECOND}", cols=(0, 4)),
            Line(33, ") ในที่ประชุมประจำเดือน"),
            Line(34, f"3\t{THIRD}", cols=(0, 4)),
            Line(35, ") อย่างต่อเนื่อง")]


def test_a_block_of_one_column_is_left_line_by_line():
    lines = _list()
    assert fold_tables(lines, _opens_row) == lines


def test_each_numbered_line_stays_its_own_item():
    items = items_of(fold_tables(_list(), _opens_row))
    assert [(a, b) for _, a, b in items] == [(30, 31), (32, 33), (34, 35)]
    assert items[1][0].startswith(SECOND) and THIRD not in items[1][0]
    assert items[2][0].startswith(THIRD)


def test_a_table_of_two_columns_is_still_folded():
    lines = [Line(40, "๑. โครงการที่ดำเนินการ\tจำนวน ๐", cols=(0, 30)),
             Line(41, "เสร็จสิ้นแล้ว\tโครงการ", cols=(0, 30)),
             Line(42, "๒. โครงการที่อยู่ระหว่าง\tจำนวน ๗", cols=(0, 30))]
    assert [ln.no for ln in fold_tables(lines, _opens_row)] == [40, 42]
