"""A description line of a table of entries as columns holding two entries' expense lines' ends, the gap between
them read as a space (s61o bma_progress 003: "ค่าเช่ารถโดยสาร = ๕,๕๐๐ ๑๕,๑๐๐ บาท", report 2's whole expense line
to its figure, then the figure of report 3's "ค่าตอบแทนวิทยากร =" left open on the line above): the first
figure ends the expense opening the line, which is the entry's before the open one whose cell went on on the line
above; the second figure is the open entry's (transposed._two_expense_ends), said.  Before, the line went whole to
the last entry, report 2 lost its expense and report 3's open item was read with no figure."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.test_bma_progress_description_words_dealt import _HEAD, _LOWER

_DESCRIPTION = (
    "รายละเอียดการ\tประชุม\tอยู่ระหว่างการเตรียม\tดำเนินการสัมมนา",
    "ดำเนินงาน\tผู้บริหาร\tการสัมมนา\tตามแผนการ",
    "จัดกิจกรรมออกไป\tค่าตอบแทนวิทยากร =",
)


def _line(no: int, text: str) -> Line:
    # the page columns OCR gives a line's cells: a row's at its entries' columns, a line of fewer cells from the
    # margin (its first cell's indent lost), the gap to the next cell as printed
    cells = text.count("\t") + 1
    return Line(no, text, cols=(0, 17, 32, 59) if cells == 4 else (0, 25) if cells == 2 else ())


def _entries(*lines: str):
    texts = (*_HEAD, *lines, *_LOWER)
    return parse_entries([_line(i, t) for i, t in enumerate(texts, start=1)])


def _expenses(*lines: str):
    result = _entries(*_DESCRIPTION, *lines)
    return result, {n: [(e.item, e.amount) for e in result.entries[n].expenses] for n in result.entries}


def test_two_expense_ends_on_one_line_go_to_their_entries():
    result, got = _expenses("ค่าเช่ารถโดยสาร = ๕,๕๐๐ ๑๕,๑๐๐ บาท", "บาท")
    assert got[2] == [("ค่าเช่ารถโดยสาร", "๕,๕๐๐")]
    assert got[3] == [("ค่าตอบแทนวิทยากร", "๑๕,๑๐๐")]
    assert any(i.code == "entry_cell_in_doubt" and "ค่าเช่ารถ" in str(i.evidence) for i in result.issues)


def test_with_no_expense_left_open_the_line_is_not_parted():
    description = (*_DESCRIPTION[:2], "จัดกิจกรรมออกไป\tวิทยากร")
    result = _entries(*description, "ค่าเช่ารถโดยสาร = ๕,๕๐๐ ๑๕,๑๐๐ บาท")
    assert not result.entries[2].expenses
