"""An OBEC project listed by its title alone (no sections follow), whose
title the page wrapped onto a line of its own, with a line of OCR specks
between ("za A sz Xx a Zs") that the clean-up left out, a blank line on
each side of it: the wrap stands three lines below the title.  It was left
as unplaced text, the name cut short (set s75b's obec_progress_s75b004,
project 9: the project keyed by half its name, the true one silent).  A
wrap three lines below continues the title (read.TITLE_GAP) where it is
all that follows up to the next item; text further on stays apart."""

from __future__ import annotations

from parsers.obec_progress.read import Project, _trim_title_only
from schemas.document import Line

TITLE = Line(1190, "9. โครงการเสริมสร้างคุณธรรม")
WRAP = [Line(1194, "จริยธรรมและธรรมาภิบาลในสถานศึกษาและเขตพื้นที่การศึกษา"), Line(1195, "(โรงเรียนสุจริต)")]


def test_a_title_s_wrap_past_a_line_of_specks_and_its_blank_lines_continues_it():
    project = Project("in_progress", 9, [TITLE, *WRAP])
    _trim_title_only(project)
    assert project.title_lines == [TITLE, *WRAP] and not project.unplaced


def test_text_four_lines_below_or_text_going_on_after_the_wrap_stays_apart():
    far = [Line(1195, WRAP[0].text), Line(1196, WRAP[1].text)]
    project = Project("in_progress", 9, [TITLE, *far])
    _trim_title_only(project)
    assert project.title_lines == [TITLE] and project.unplaced == far
    # past the wrap, a note's paragraph far below: the wrap is no wrap (a back cover, a note), all left apart
    note = Line(1203, "หมายเหตุ โครงการที่ 9 และ 10 เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการ")
    project = Project("in_progress", 9, [TITLE, *WRAP, note])
    _trim_title_only(project)
    assert project.title_lines == [TITLE] and project.unplaced == [*WRAP, note]
