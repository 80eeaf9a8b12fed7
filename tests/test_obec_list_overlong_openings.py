"""A list of targets whose item numbers stood in a column of tabs that OCR
dropped whole (fresh set s78a, obec_progress_s78a002): two items read as one
over four lines, "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด" /
"สพป.ขอนแก่น เขต ๕ ดำเนินการส่งเสริมการจัดการเรียนรู้ตามหลัก" / (gap) / ...
The first item fills its line as a wrapped text does (the page's margin
cannot tell its end from a wrap), so opens_as_items leaves the second
item's opening to the wrap and nothing said the row lost.  The list's one
item holds more letters than any item the report's numbered lists of its
kind read, and a line of it opens as the report's items open: items whose
numbers OCR lost (lists.overlong_openings; a missing_row warning, the text
kept as read).  Only openings read after an item number count (a list's
first text may be a wrap's tail OCR read apart: "มาปฏิบัติงานโดยบริสุทธิ์...",
fresh set s78b, obec_progress_s78b004).  A list no longer than the numbered ones, or with no line
opening as the items open, is none."""

from __future__ import annotations

from parsers.obec_progress.lists import _opening, item_longest, item_starts, opens_as_items, overlong_openings
from parsers.wraps import PageWraps
from schemas.document import Line

SECOND = "สพป.ขอนแก่น เขต ๕ ดำเนินการส่งเสริมการจัดการเรียนรู้ตามหลัก"
LINES = [Line(592, "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"), Line(593, SECOND),
         Line(595, "ปรัชญาของเศรษฐกิจพอเพียง ให้แก่โรงเรียนในสังกัด จำนวน ๑๓"), Line(596, "โรงเรียน")]
STARTS = frozenset({_opening(SECOND), _opening(LINES[0].text)})
WRAPS = PageWraps(frozenset({593, 595, 596}), frozenset(), at_margin=frozenset({593, 595}))
# a numbered list of the same kind elsewhere in the report: two items of two lines each
NUMBERED = [Line(684, "1. ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่"),
            Line(685, "ถูกต้อง"),
            Line(687, "๒. ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๔ คน"),
            Line(688, "เข้าร่วมการประชุมเชิงปฏิบัติการ")]


def test_the_numbered_lists_longest_item():
    longest = item_longest([NUMBERED])
    assert longest == max(sum(map(str.isalpha, text)) for text in (
        "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ ถูกต้อง",
        "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๔ คน เข้าร่วมการประชุมเชิงปฏิบัติการ"))
    # a list of one item, or one without numbers, counts for nothing
    assert item_longest([NUMBERED[:2]]) == 0
    assert item_longest([LINES]) == 0


def test_an_overlong_item_with_an_item_s_opening_inside_is_said():
    # the margin: opens_as_items says nothing
    assert opens_as_items(LINES, STARTS, WRAPS) == []
    assert overlong_openings(LINES, STARTS, item_longest([NUMBERED])) == [593]


def test_no_longer_than_the_numbered_items_or_no_opening_is_none():
    longer = NUMBERED + [Line(690, "๓. " + " ".join(ln.text for ln in LINES))]  # an item as long read whole
    assert overlong_openings(LINES, STARTS, item_longest([longer])) == []
    assert overlong_openings(LINES, frozenset({_opening(LINES[0].text)}), item_longest([NUMBERED])) == []
    assert overlong_openings(LINES, STARTS, 0) == []


def test_only_openings_after_a_number_count():
    tail = [Line(700, "มาปฏิบัติงานโดยบริสุทธิ์ ยุติธรรม โปร่งใส สามารถตรวจสอบได้")]  # a list's first text
    numbered = [Line(410, "๑. " + SECOND), Line(411, "ปรัชญาของเศรษฐกิจพอเพียง"), Line(413, "๒. ครูผู้สอนได้รับการพัฒนา")]
    starts = item_starts([tail, numbered], firsts=False)
    assert _opening(SECOND) in starts and _opening(tail[0].text) not in starts
    assert _opening(tail[0].text) in item_starts([tail, numbered])
