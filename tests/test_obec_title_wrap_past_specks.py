"""An OBEC project listed by its title alone (no sections follow), whose
title the page wrapped onto a line of its own, with a line of OCR specks
between ("za A sz Xx a Zs") that the clean-up left out as noise and a blank
line on each side of it: the wrap stood three lines below the title and was
left as unplaced text, the name cut short (set s75b's obec_progress_s75b004,
project 9: the project keyed by half its name, the true one silent).  A
line of OCR noise is no line of the page's gap (read._title_run's `noise`);
a back cover's text four blank lines on stays apart."""

from __future__ import annotations

from parsers.obec_progress.read import Project, _trim_title_only
from schemas.document import Line
from tests.test_obec_ocr import report, run

TITLE = Line(1190, "9. โครงการเสริมสร้างคุณธรรม")
WRAP = [Line(1194, "จริยธรรมและธรรมาภิบาลในสถานศึกษาและเขตพื้นที่การศึกษา"), Line(1195, "(โรงเรียนสุจริต)")]


def test_a_title_s_wrap_past_a_line_of_noise_and_its_blank_lines_continues_it():
    project = Project("in_progress", 9, [TITLE, *WRAP])
    _trim_title_only(project, noise=frozenset({1192}))
    assert project.title_lines == [TITLE, *WRAP] and not project.unplaced
    # without the noise line between, the same gap is three blank lines: no wrap
    project = Project("in_progress", 9, [TITLE, *WRAP])
    _trim_title_only(project)
    assert project.title_lines == [TITLE] and project.unplaced == WRAP


def test_the_whole_report_reads_the_title_past_the_noise():
    group = ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้\n"
             f"๑. โครงการเสริมสร้างคุณธรรม\n\nza              A          sz          Xx  a   Zs\n\n"
             f"{WRAP[0].text}\n{WRAP[1].text}\n\n๒. โครงการส่งเสริมการอ่าน\n")
    rows = run(report() + group)
    names = [p["name"] for p in rows["projects"] if p["plan_status"] == "in_progress"]
    assert names == [f"โครงการเสริมสร้างคุณธรรม {WRAP[0].text} {WRAP[1].text}", "โครงการส่งเสริมการอ่าน"]
