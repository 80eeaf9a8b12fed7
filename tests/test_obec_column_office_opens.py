"""A list whose item numbers stand in a column read before its texts, the texts wrapped over more lines than
numbers, one of them the form's result sentence broken at its phrases ("สพป.ทดสอบ เขต ๑" / "ได้ดำเนินการ..." /
"ครบตามแผนที่กำหนด"): the widths alone could not part it (the office's name alone followed a line that ran to
the margin) and the list read as one item (clean text, flagged). The office's short name alone opens an item
and its next line goes on from it (lists._OFFICE_ALONE_RE, in _unwrapped); where that leaves fewer pieces than
numbers, the lines whose only sign of a wrap is a word's overrunning open the rest, the count deciding (said)."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of
from parsers.wraps import PageWraps
from schemas.document import Line

FIRST = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๔๐ โรงเรียน"
SECOND = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน"
LINES = [Line(1, "๑."), Line(2, "๒."), Line(3, "๓."), Line(5, FIRST), Line(6, SECOND), Line(7, "สพป.ทดสอบ เขต ๑"),
         Line(8, "ได้ดำเนินการพัฒนาสมรรถนะข้าราชการครู"), Line(9, "ครบตามแผนที่กำหนด")]
# line 6's first word would have overrun line 5; lines 5 and 7 ran to the margin; 8 overran 7
WRAPS = PageWraps(frozenset({6, 7, 8, 9}), frozenset(), frozenset({7, 9}))


def test_the_office_alone_opens_the_third_item():
    got = [(text, a, b) for text, a, b in items_of(LINES, WRAPS)]
    assert [(a, b) for _, a, b in got] == [(5, 5), (6, 6), (7, 9)]
    assert got[2][0].startswith("สพป.ทดสอบ เขต ๑ ได้ดำเนินการ")

