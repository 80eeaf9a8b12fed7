"""An OBEC list whose item numbers OCR read as a column apart ("๑)" / "๒)")
and whose texts stand in more paragraphs than numbers, OCR's gap inside an
item (set o obec_progress_s29o003: "สพป.ศรีสะเกษ เขต ๒ ได้บุคลากร...ความสามารถ"
/ specks / "มาปฏิบัติงานโดยบริสุทธิ์ ... ตรวจสอบได้" / "ร้อยละ ๙๕ ของโรงเรียน..."):
the page's widths joined the second paragraph to the third (its line before
ran to the margin), the first item cut short and the second run into it.
Where the report's own items open as those paragraphs open (item_starts:
the text after an item number printed in front of it, a list's first text),
a paragraph that opens so starts an item and any other goes on the one
before (lists._rejoined_at_starts), when that makes exactly as many items
as numbers; else the widths rejoin them as before."""

from __future__ import annotations

from parsers.obec_progress.lists import _opening, items_of
from parsers.wraps import PageWraps
from schemas.document import Line

FIRST = "สพป.ทดสอบ เขต ๒ ได้บุคลากรที่ดีมีความรู้ความสามารถ"
REST = "มาปฏิบัติงานโดยบริสุทธิ์ ยุติธรรม โปร่งใส สามารถตรวจสอบได้"
SECOND = "ร้อยละ ๙๕ ของโรงเรียนในสังกัดดำเนินการตรวจสอบได้ตามเป้าหมาย"
LINES = [Line(1, "๑)"), Line(2, "๒)"), Line(3, FIRST), Line(6, REST), Line(8, SECOND)]
# the line before the third paragraph ran to the margin: the widths alone join it to the second
WRAPS = PageWraps(wrapped=frozenset({6, 8}), past=frozenset(), at_margin=frozenset({8}))


def test_paragraphs_rejoined_where_the_report_s_items_open():
    starts = frozenset({_opening(FIRST), _opening(SECOND)})
    assert [(t, a, b) for t, a, b in items_of(LINES, wraps=WRAPS, starts=starts)] == [
        (f"{FIRST} {REST}", 3, 6), (SECOND, 8, 8)]


def test_openings_that_make_no_as_many_items_leave_the_widths_to_rejoin():
    # every paragraph opens as an item elsewhere opens: three pieces for two numbers, the widths decide
    starts = frozenset({_opening(FIRST), _opening(REST), _opening(SECOND)})
    assert [t for t, _, _ in items_of(LINES, wraps=WRAPS, starts=starts)] == [FIRST, f"{REST} {SECOND}"]
    assert [t for t, _, _ in items_of(LINES, wraps=WRAPS)] == [FIRST, f"{REST} {SECOND}"]
