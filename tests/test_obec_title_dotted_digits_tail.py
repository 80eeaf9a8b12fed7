"""An OBEC list of projects (number, title, responsible unit) whose last
title is followed by the signature block, its dotted line OCR read as a
run of digits alone ("ลงชื่อ..........ผู้รายงาน" as
"๑๑๑๑๑๑๑๑๑๑๐๑๑๑๐๑๐๑๑๑..." with "ลงชื่อ" lost, "ผู้รายงาน" on a line of its
own): the line was taken for the title's wrap after a blank line, and the
project's name ended in it, unflagged (set s62z's obec_progress_s62z002,
project 16, silent).  A line whose only token is such a run (DOTTED_DIGITS
digits or more, no separator: no number a title prints) is garbled: no wrap
of a title; it ends it (parsers.obec_progress.read._garbled, _title_run)
and is left as unplaced text.  A title's wrap with a year or a number stays."""

from __future__ import annotations

from parsers.obec_progress.read import Project, _garbled, _trim_title_only
from schemas.document import Line

DOTS = "๑๑๑๑๑๑๑๑๑๑๐๑๑๑๐๑๐๑๑๑๑๑๑๐๑๑๐๐๑๑๑๐"


def test_a_dotted_line_read_as_digits_alone_is_garbled():
    assert _garbled(DOTS)
    assert _garbled("1111111011101011110001")
    for text in ("ปีการศึกษา ๒๕๖๗", "ประจำปีงบประมาณ ๒๕๖๘", "๒๕๖๗", "ศธ04002/ว1234",
                 "รหัสโครงการ 2567000112345678 สำหรับโรงเรียนในสังกัด", "๑๒๓,๔๕๖,๗๘๙.๐๐"):
        assert not _garbled(text), text


def test_the_digit_run_under_the_last_title_is_not_its_wrap():
    title = Line(927, "๘ โครงการการส่งเสริมสนับสนุนการ กลุ่มบริหารงานบุคคล")
    wraps = [Line(928, "จัดประสบการณ์การเรียนรู้เพื่อ"), Line(929, "พัฒนาเด็กปฐมวัย สู่ความเป็นเลิศ")]
    junk = Line(931, DOTS)
    project = Project("not_started", 8, [title, *wraps, junk])
    _trim_title_only(project)
    assert project.title_lines == [title, *wraps] and project.unplaced == [junk]
    # the same title whose wrap after a blank line is a year: it stays
    year = Line(931, "ปีการศึกษา ๒๕๖๗")
    kept = Project("not_started", 8, [title, *wraps, year])
    _trim_title_only(kept)
    assert kept.title_lines == [title, *wraps, year] and not kept.unplaced
