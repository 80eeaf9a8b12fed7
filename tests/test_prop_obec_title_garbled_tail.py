"""An OBEC list of projects printed as titles only, its last title followed by the signature block, whose dotted
line OCR read as a garbled token ("ลงชื่อ......ผู้รายงาน" as "OWA. ง31ส7จ727270ฮ0ฮ0ฮ7 3 50"): the line was taken
for the title's wrap, and the project's name ended in it (silent).  A line with a token of letters and digits in
turn, twice or more, and no Thai word, is no wrap of a title: it ends it (parsers.obec_progress.read._title_run),
and is left as unplaced text (flagged).  A title's real wrap (Latin words, a year) still continues it."""

from __future__ import annotations

from parsers.obec_progress.read import Project, _garbled, _trim_title_only
from schemas.document import Line


def test_a_dotted_line_read_as_letters_and_digits_is_garbled_and_a_titles_wrap_is_not():
    assert _garbled("OWA. ง31ส7จ727270ฮ0ฮ0ฮ7 3 50")
    for text in ("(Active Learning) ประจำปีงบประมาณ ๒๕๖๗", "STEM Education", "2568", "ศธ04002/ว1234",
                 "ง31ส7จ727270 สำหรับโรงเรียน"):
        assert not _garbled(text)


def test_the_garbled_line_under_the_last_title_is_not_its_wrap():
    title = Line(10, "3.6 โครงการขับเคลื่อนการพัฒนาระบบประกันคุณภาพการศึกษา")
    junk = Line(11, "OWA. ง31ส7จ727270ฮ0ฮ0ฮ7 3 50")
    project = Project("not_started", 6, [title, junk])
    _trim_title_only(project)
    assert project.title_lines == [title] and project.unplaced == [junk]
    wrapped = Project("not_started", 6, [title, Line(11, "(Coding) ในสถานศึกษา")])
    _trim_title_only(wrapped)
    assert len(wrapped.title_lines) == 2 and not wrapped.unplaced
