"""An OBEC list whose item numbers stand in a column of their own, its texts in fewer paragraphs than numbers (no
gap between items), where the lines the page did not wrap open as many items as there are numbers and another
line's only sign of a wrap is that its first word would have overrun the line before ("สถานศึกษา...กฎหมายกำหนด" /
"ลดภาระครูผู้สอน" / "ผู้เรียนได้รับ...": the second may be a new item, as a Thai run with no space overruns any
line, and the third follows a short line its first word would have fit): before, such a line left the texts
uncut, the numbers did not pair and the items ran together (said unpaired).  Now the count decides: the lines the
page did not wrap open the items and the others go on (lists._unwrapped), said in doubt (paired_in_doubt: 'the
count of numbers decided').  Where the lines the page did not wrap open fewer items, the texts stand."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

LAW = ("สถานศึกษาในสังกัดมีการดำเนินงานทีเป็นไปตามที่กฎหมายกำหนด", "ลดภาระครูผู้สอน")
LEARNERS = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะทีจำเป็นในศตวรรษที 21"
LINES = [Line(1, "1."), Line(3, "2."), Line(5, LAW[0]), Line(6, LAW[1]), Line(7, LEARNERS)]


def test_the_lines_the_page_did_not_wrap_open_the_items():
    wraps = PageWraps(wrapped=frozenset({6}), past=frozenset(), in_columns=frozenset({6}))
    assert [t for t, _, _ in items_of(LINES, wraps)] == [" ".join(LAW), LEARNERS]
    assert unpaired_numbers(LINES, wraps) is None
    assert "count of numbers decided" in paired_in_doubt(LINES, wraps)


def test_fewer_items_than_numbers_leave_the_texts():
    every = PageWraps(wrapped=frozenset({6, 7}), past=frozenset(), in_columns=frozenset({6, 7}))
    assert len(items_of(LINES, every)) == 1 and unpaired_numbers(LINES, every)
