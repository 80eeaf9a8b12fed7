"""Two readings of an OBEC list whose item numbers stand apart from its texts ("๑)" / "2)" / "3)", then the texts),
each from fresh set s89a obec_progress_s89a003's clean text, where items were lost or cut wrong.

1. Texts in one paragraph, every line one the page may have wrapped: "ได้ดำเนินการประชุม..." / "และจัดทำคำสั่ง...
   เรียบร้อยแล้ว" (a word going on) / "ได้เผยแพร่ผล...ของสำนักงาน" (only its long first run says the line before was
   wrapped; that line stopped short of the margin) / "สพป.X เขต 2 ได้ดำเนินการ..." (opens as the report's items
   open) / "ครบตามแผนที่กำหนด" (after a line at the margin).  One opening cut too few; the lines only an overrun
   said were wrapped are cut too where they are exactly the cuts still needed (lists._cut_at_starts).
2. A page break inside an item's text: "ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ" / page break / "สามารถนำองค์ความรู้..."
   / "ข้าราชการครูและบุคลากร..." (opens as the report's items open) / "และพัฒนา...".  The gaps made two paragraphs
   for two numbers, the first item's second line given to the second; a paragraph opening after a page break on
   lines that open no item, a later line of it opening as items open, is cut there, its first lines the item
   before's (lists._opened_past_break), and said."""

from __future__ import annotations

from parsers.obec_progress.lists import _numbers_apart, _opening, paired_in_doubt
from parsers.wraps import PageWraps
from schemas.document import Line

RESULTS = [Line(154, "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"), Line(155, "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"),
           Line(156, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"),
           Line(157, "สพป.แพร่ เขต 2 ได้ดำเนินการปรับปรุงพัฒนาแผนพัฒนาการศึกษาขั้นพื้นฐาน"), Line(158, "ครบตามแผนที่กำหนด")]
# every line after the first one the page may have wrapped; 157 and 158 after a line at the margin
RESULT_WRAPS = PageWraps(wrapped=frozenset({155, 156, 157, 158}), past=frozenset(),
                         at_margin=frozenset({157, 158}), in_columns=frozenset({155, 156, 157, 158}))
RESULT_STARTS = frozenset({_opening(RESULTS[0].text), _opening(RESULTS[3].text)})


def _pieces(lines: list[Line], wraps: PageWraps, starts: frozenset[str]) -> list[list[int]] | None:
    got = _numbers_apart(lines, wraps=wraps, starts=starts, started=[])
    return None if got is None else [[ln.no for ln in para] for para in got[0]]


def test_an_opening_and_the_only_overrun_line_cut_the_texts():
    lines = [Line(150, "๑)"), Line(151, "2)"), Line(152, "3)"), *RESULTS]
    assert _pieces(lines, RESULT_WRAPS, RESULT_STARTS) == [[154, 155], [156], [157, 158]]  # before: one piece


def test_overrun_lines_more_than_the_cuts_needed_cut_nothing():
    # 158 stands after a line short of the margin too: two lines only an overrun says were wrapped, one cut needed
    wraps = PageWraps(wrapped=RESULT_WRAPS.wrapped, past=frozenset(), at_margin=frozenset({157}),
                      in_columns=RESULT_WRAPS.in_columns)
    lines = [Line(150, "๑)"), Line(151, "2)"), Line(152, "3)"), *RESULTS]
    assert _pieces(lines, wraps, RESULT_STARTS) == [[154, 155, 156, 157, 158]]


OUTCOMES = [Line(927, "ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ"), Line(935, "สามารถนำองค์ความรู้ไปปรับใช้ในการบริหารจัดการศึกษา"),
            Line(936, "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"),
            Line(937, "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น")]
OUTCOME_STARTS = frozenset({_opening(OUTCOMES[0].text), _opening(OUTCOMES[2].text)})
# the page's header stands between 927 and 935 (a page break); the widths say the page did not wrap 927
OUTCOME_WRAPS = PageWraps(wrapped=frozenset({935, 936, 937}), past=frozenset(), filled=frozenset({935}),
                          in_columns=frozenset({935, 936, 937}), after_break=frozenset({935}))


def test_a_page_break_before_lines_that_open_no_item_stands_inside_the_item_before():
    lines = [Line(924, "๑)"), Line(925, "๒)"), *OUTCOMES]
    assert _pieces(lines, OUTCOME_WRAPS, OUTCOME_STARTS) == [[927, 935], [936, 937]]  # before: [927], [935-937]
    assert "page break" in (paired_in_doubt(lines, OUTCOME_WRAPS, starts=OUTCOME_STARTS) or "")


def test_a_gap_that_is_no_page_break_stands():
    wraps = PageWraps(wrapped=OUTCOME_WRAPS.wrapped, past=frozenset(), filled=frozenset({935}),
                      in_columns=OUTCOME_WRAPS.in_columns)
    lines = [Line(924, "๑)"), Line(925, "๒)"), *OUTCOMES]
    assert _pieces(lines, wraps, OUTCOME_STARTS) == [[927], [935, 936, 937]]


def test_gaps_as_many_as_numbers_one_opening_with_a_word_going_on_give_way_to_the_openings():
    # the same results as OCR read them (s89a obec_progress_s89a003's OCR text): blank lines OCR made after the first
    # two lines, so the gaps make three paragraphs for three numbers, the second opening with "และ" (no item opens
    # so): the gaps part no items, and the lines are cut as in one paragraph
    lines = [Line(150, "๑)"), Line(151, "2)"), Line(152, "3)"), Line(154, RESULTS[0].text), Line(156, RESULTS[1].text),
             Line(158, RESULTS[2].text), Line(159, RESULTS[3].text), Line(160, RESULTS[4].text)]
    wraps = PageWraps(wrapped=frozenset({156, 158, 159, 160}), past=frozenset(), at_margin=frozenset({159, 160}),
                      in_columns=frozenset({156, 158, 159, 160}))
    assert _pieces(lines, wraps, RESULT_STARTS) == [[154, 156], [158], [159, 160]]  # before: [154], [156], [158-160]
    assert "goes on" in (paired_in_doubt(lines, wraps, starts=RESULT_STARTS) or "")
