"""An OBEC list whose item numbers stand in a column of their own ("๑)" / "๒)"), its texts as many lines as
numbers with no gap between them, one of them under a line that ran to the page's margin ("หน่วยงานควรเพิ่ม...
อย่างต่อเนื่อง" / "ควรจัดสรรงบประมาณ..."): the page may have wrapped that line, but an item wrapped over two lines
makes more lines than numbers unless OCR lost another item's text whole as well. Before, such texts stood as one
paragraph, the numbers did not pair and the items ran together (said unpaired); on the worked sets every such line
opened an item (18 lists of 18).  Now each line is an item, the count deciding, said in doubt (paired_in_doubt:
'the count of numbers decided', lists._unwrapped)."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

TEXTS = ["หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนาอย่างต่อเนื่อง",
         "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ"]
LINES = [Line(1, "๑)"), Line(3, "๒)"), Line(5, TEXTS[0]), Line(6, TEXTS[1])]
AT_MARGIN = PageWraps(wrapped=frozenset({6}), past=frozenset(), at_margin=frozenset({6}))


def test_a_line_under_one_at_the_margin_opens_an_item_where_lines_and_numbers_agree():
    assert [t for t, _, _ in items_of(LINES, AT_MARGIN)] == TEXTS
    assert unpaired_numbers(LINES, AT_MARGIN) is None
    assert "count of numbers decided" in paired_in_doubt(LINES, AT_MARGIN)


def test_a_line_under_one_short_of_the_margin_opens_an_item_with_no_doubt():
    short = PageWraps(wrapped=frozenset(), past=frozenset())
    assert [t for t, _, _ in items_of(LINES, short)] == TEXTS
    assert paired_in_doubt(LINES, short) is None


def test_more_lines_than_numbers_are_not_cut_by_the_count():
    # three lines for two numbers, the third under a line at the margin: the count cannot tell which two lines
    # are one item's, the texts stand (unpaired, said)
    lines = [*LINES[:3], Line(6, "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรม"), Line(7, "ตามโครงการ")]
    wraps = PageWraps(wrapped=frozenset({6, 7}), past=frozenset(), at_margin=frozenset({6, 7}))
    assert len(items_of(lines, wraps)) == 1 and unpaired_numbers(lines, wraps) == ["๑", "๒"]
