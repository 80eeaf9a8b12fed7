"""An OBEC list whose item numbers stand in a column of their own ("1)" /
"2)"), its texts cut into paragraphs by their gaps, where the gap between
two lines of one item is a line of OCR noise alone, no blank line
("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ" / noise / "สามารถนำองค์ความรู้..." /
"สถานศึกษาในสังกัด...", fresh set s42o003): the clean-up left the noise
out, so the parser saw a gap as a blank line makes, and item 1 was cut to
its first line, item 2 given its wrap, with no doubt said.  Now the
clean-up gives a form that asks (NOISE_SEEN) the noise lines it left out
(pipeline.clean.parser_lines), the OBEC reader keeps only the gaps they
make (read._after_noise: PageWraps.after_noise), and a pairing whose
paragraph opens after such a gap is said in doubt (lists.paired_in_doubt:
items_cut_in_doubt on the list's lines).  A gap with a blank line in it
stays the page's own."""

from __future__ import annotations

import parsers.obec_progress as obec
from parsers.obec_progress.lists import items_of, paired_in_doubt
from parsers.obec_progress.read import _after_noise
from parsers.wraps import PageWraps
from pipeline.clean import parser_lines
from schemas.document import Line

LINES = [Line(1, "1)"), Line(3, "2)"), Line(5, "ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ"),
         Line(7, "สามารถนำองค์ความรู้ไปปรับใช้ในการบริหารจัดการศึกษา"),
         Line(8, "สถานศึกษาในสังกัดมีการดำเนินงานที่เป็นไปตามที่กฎหมายกำหนด ลดภาระครูผู้สอน")]
WRAPS = PageWraps(wrapped=frozenset({8}), past=frozenset())  # (8 follows a line the page wrapped)


def test_a_paragraph_after_a_gap_of_noise_alone_is_said_in_doubt():
    wraps = _after_noise(LINES, WRAPS, frozenset({6}))  # line 6: OCR noise, the clean-up left it out
    assert wraps.after_noise == frozenset({7})
    assert [(a, b) for _, a, b in items_of(LINES, wraps)] == [(5, 5), (7, 8)]  # (the reading stands, in doubt)
    assert "gap of OCR noise alone" in paired_in_doubt(LINES, wraps)


def test_a_gap_with_a_blank_line_stays_the_pages_own():
    # line 6 blank (not given), or the noise with a blank line beside it: no doubt from the gap
    assert _after_noise(LINES, WRAPS, frozenset()) is WRAPS
    assert paired_in_doubt(LINES, WRAPS) is None
    lines = LINES[:3] + [Line(8, LINES[3].text), Line(9, LINES[4].text)]  # lines 6 (noise) and 7 (blank) between
    assert _after_noise(lines, WRAPS, frozenset({6})) is WRAPS


def test_the_clean_up_gives_the_noise_lines_to_a_form_that_asks():
    lines = [Line(1, "ผู้เข้าร่วมโครงการ"), Line(2, "°   ๕   vi  ye >", "ocr_noise"), Line(3, "", "blank"),
             Line(4, "สามารถนำ")]
    assert [ln.no for ln in parser_lines(lines)] == [1, 4]
    assert [(ln.no, ln.kind) for ln in parser_lines(lines, noise=obec.NOISE_SEEN)] == [
        (1, "text"), (2, "ocr_noise"), (4, "text")]


def test_the_reader_takes_the_noise_lines_out():
    # a copy read with the noise lines given reads as one read without them
    text = LINES[2:]
    with_noise = obec.read_copies(text[:1] + [Line(6, "°   ๕   vi  ye >", "ocr_noise")] + text[1:])
    without = obec.read_copies(text)
    assert [c.line_start for c in with_noise] == [c.line_start for c in without]
