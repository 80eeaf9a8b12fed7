"""An OBEC list whose item numbers stand in a column of their own, its texts
in more paragraphs than numbers (OCR's gaps fall inside an item as well as
between two), where the gaps and the page's widths disagree: a paragraph
goes on past a line the page did not wrap ("ข้าราชการครู... จำนวน 102 คน" /
gap / "ได้รับการพัฒนาตามโครงการ" / "สพป.พะเยา เขต 4 ดำเนินการตรวจสอบ..." / gap
/ "การบัญชี ให้แก่โรงเรียน...", fresh set u s24u001): the paragraphs were
joined where a line ran to the margin ([1] [2 3 4]), the first item cut
short and the second given its tail.  Now the texts are cut before each
line the page did not wrap and nowhere else where that makes as many
pieces as numbers (lists._cut_by_widths); said in doubt (paired_in_doubt:
paragraphs joined).  Where the widths make another count, the gaps decide
as before."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

LINES = [Line(1, "1."), Line(2, "2."), Line(4, "ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน 102 คน"),
         Line(6, "ได้รับการพัฒนาตามโครงการ"), Line(7, "สพป.พะเยา เขต 4 ดำเนินการตรวจสอบและให้ความรู้การปฏิบัติงานด้านการเงิน"),
         Line(9, "การบัญชี ให้แก่โรงเรียนในสังกัด จำนวน 102 โรงเรียน")]


def test_the_lines_the_page_did_not_wrap_cut_against_the_gaps():
    # 6 follows a line its first word would have overrun, 9 one that ran to the margin; 7 follows a short line
    wraps = PageWraps(wrapped=frozenset({6, 9}), past=frozenset(), at_margin=frozenset({9}),
                      in_columns=frozenset({6, 9}))
    assert [(a, b) for _, a, b in items_of(LINES, wraps)] == [(4, 6), (7, 9)]  # before: (4, 4), (6, 9)
    assert unpaired_numbers(LINES, wraps) is None
    assert "joined where the page wrapped a line" in paired_in_doubt(LINES, wraps)


def test_widths_that_make_another_count_leave_the_gaps_to_decide():
    # 7 and 9 both start afresh by the widths: three pieces for two numbers; the gaps' reading stands
    wraps = PageWraps(wrapped=frozenset({6}), past=frozenset(), in_columns=frozenset({6}))
    assert [(a, b) for _, a, b in items_of(LINES, wraps)] == [(4, 7), (9, 9)]  # (as before)
