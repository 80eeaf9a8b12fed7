"""A list read as one item without a number whose last paragraph opens as the report's items open and is,
whole, an item the report prints elsewhere: said (missing_row) even where the line before it ran to the page's
margin (OCR that wraps every line short leaves each at the margin; lists.opens_as_items)."""

from __future__ import annotations

from parsers.obec_progress.lists import _opening, item_key, opens_as_items
from parsers.wraps import PageWraps
from schemas.document import Line

LAST = "ครูผู้สอนและบุคลากรทางการศึกษา จำนวน 20 คน"
LINES = [Line(10, "สำนักงานเขตพื้นที่การศึกษามีบุคลากรที่มีความรู้ความสามารถ"),
         Line(12, "ปฏิบัติงานด้วยความโปร่งใส สามารถตรวจสอบได้ทุกขั้นตอน"),
         Line(14, LAST)]
STARTS = frozenset({_opening(LAST)})
WRAPS = PageWraps(frozenset({12, 14}), frozenset(), at_margin=frozenset({12, 14}))


def test_an_item_printed_whole_elsewhere_is_said_at_the_margin_too():
    known = frozenset({item_key("ครูผู้สอนและบุคลากรทางการศึกษา จำนวน 35 คน")})  # (its figure another)
    assert opens_as_items(LINES, STARTS, WRAPS, known) == [14]
    # not an item printed whole (it goes on past the known item's words): the margin wins, nothing said
    longer = LINES + [Line(15, "ได้รับการพัฒนาตามโครงการอย่างทั่วถึง")]
    assert opens_as_items(longer, STARTS, WRAPS, known) == []
    assert opens_as_items(LINES, STARTS, WRAPS) == []
    # its last word lost (OCR set it apart): the opening of the item printed whole, said too
    cut = LINES[:2] + [Line(14, "ครูผู้สอนและบุคลากรทางการศึกษา จำนวน 20")]
    assert opens_as_items(cut, STARTS, WRAPS, known) == [14]
