"""An OBEC findings list whose lead ("... โดยกำหนดการดำเนินงานดังนี้") ends a
line and whose item numbers OCR lost (their column read as specks), each
item after it wrapped over two lines, one of whose wrapped ends the page
widths misjudge: "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 46" stops
short of the margin by the widths (Arabic digits are narrow), so its last
word "โรงเรียน" opens a piece of its own (fresh set s69o,
obec_progress_s69o001 project 1, quarter 2's results).  A piece of fewer
than PARAGRAPH_LETTERS letters made the cut after the lead
(lists.past_lead_cut) refuse whole: the lead and its three items read as
one (missing_row, 13 misses).  Now a piece of one line too short to be a
text, after a piece, is that piece's wrapped end; the cut is said in doubt
as before.  A short first piece, or a list whose column of numbers counts
its items, is left as it was."""

from __future__ import annotations

from types import SimpleNamespace

from parsers.obec_progress.lists import past_lead_cut
from schemas.document import Line

TEXTS = [
    (10, "สพป.เพชรบูรณ์ เขต 2 ได้ดำเนินการนิเทศ ติดตาม การพัฒนาคุณภาพการศึกษา"),
    (11, "โดยใช้พื้นที่เป็นฐาน โดยกำหนดการดำเนินงานดังนี้"),
    (13, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์"),
    (14, "ของสำนักงาน"),
    (16, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 46"),
    (17, "โรงเรียน"),
    (19, "สพป.เพชรบูรณ์ เขต 2 ได้ดำเนินการนิเทศ ติดตาม"),
    (20, "การพัฒนาคุณภาพการศึกษาโดยใช้พื้นที่เป็นฐาน ครบตามแผนที่กำหนด"),
]


def _cut(texts):
    lines = [Line(no, text) for no, text in texts]
    # the page wrapped lines 11, 14 and 20 (the line before ran to the margin); not 17 by the widths
    wraps = SimpleNamespace(unwrapped=False, wrapped={11, 14, 20}, past=set(), at_margin={14})
    item = (" ".join(t for _, t in texts), texts[0][0], texts[-1][0])
    return past_lead_cut(lines, item, wraps)


def test_a_short_wrapped_end_the_widths_misjudged_goes_with_the_piece_before():
    cut = _cut(TEXTS)
    assert cut is not None
    assert [(a, b) for _, a, b in cut] == [(10, 11), (13, 14), (16, 17), (19, 20)]
    assert cut[2][0] == "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 46 โรงเรียน"


def test_a_short_piece_right_after_the_lead_still_refuses_the_cut():
    texts = TEXTS[:2] + [(13, "ของสำนักงาน")] + TEXTS[4:]
    assert _cut(texts) is None
