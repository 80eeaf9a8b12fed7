"""An OBEC list of indicators ("ดัชนีชี้วัดความสำเร็จ" / "เชิงคุณภาพ") whose second item's number OCR lost (with the
column it stood in), its text right under the first item's ("สพป.X ได้บุคลากร...ตรวจสอบได้" / "ร้อยละ ๓๕ ของ
ข้าราชการครู..."): the two items were read as one, the second row lost.  The form's indicators open "ร้อยละ N ของ"
and no indicator's text goes on so at a line's start (none of the worked sets' truths, clean or OCR'd, breaks a
line before "ร้อยละ N"), so an item opens at such a line under a text of PARAGRAPH_LETTERS letters or more: cut
there, said in doubt (items_cut_in_doubt on targets; lists.indicator_cut)."""

from __future__ import annotations

from parsers.obec_progress.lists import indicator_cut, items_of
from schemas.document import Line

FIRST = ("สพป.ทดสอบ เขต ๕ ได้บุคลากรที่ดีมีความรู้ความสามารถ", "มาปฏิบัติงานโดยบริสุทธิ์ ยุติธรรม โปร่งใส สามารถตรวจสอบได้")
SECOND = ("ร้อยละ ๓๕ ของข้าราชการครูและบุคลากรทางการศึกษาที่เข้ารับ", "การพัฒนามีสมรรถนะในการปฏิบัติงานสูงขึ้น")


def test_an_indicator_s_opening_inside_an_item_opens_the_next():
    lines = [Line(760, FIRST[0]), Line(762, FIRST[1]), Line(763, SECOND[0]), Line(764, SECOND[1])]
    items = items_of(lines)
    assert len(items) == 1
    assert indicator_cut(lines, items) == [(" ".join(FIRST), 760, 762), (" ".join(SECOND), 763, 764)]


def test_a_garbled_figure_still_opens_an_indicator_but_a_numbered_list_is_left_to_its_numbers():
    lines = [Line(1, "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"),
             Line(2, "ร้อยละ we ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ")]
    items = items_of(lines)
    assert len(items) == 1
    cut = indicator_cut(lines, items)
    assert [(a, b) for _, a, b in cut] == [(1, 1), (2, 2)] and cut[1][0].startswith("ร้อยละ we ของ")
    # a line opening with an item number (or a figure the page wrapped, "๑ โรงเรียนคุณภาพ...", read as one): the
    # numbers decide the items, no cut
    numbered = [Line(1, "1. " + lines[0].text), lines[1]]
    assert indicator_cut(numbered, items_of(numbered)) is None


def test_no_cut_under_a_short_text_or_where_no_line_opens_so():
    # "ร้อยละ" under a word or two (a wrapped figure's label, debris) opens nothing; a list without such a line
    # is left alone
    short = [Line(1, "เชิงคุณ"), Line(2, "ร้อยละ ๘๐ ของผู้เข้ารับการอบรมมีความรู้")]
    assert indicator_cut(short, items_of(short)) is None
    plain = [Line(1, FIRST[0]), Line(2, FIRST[1])]
    assert indicator_cut(plain, items_of(plain)) is None
    # "ร้อยละ" inside a line is no opening
    inside = [Line(1, FIRST[0] + " ร้อยละ ๕๐ ของโรงเรียน")]
    assert indicator_cut(inside, items_of(inside)) is None
