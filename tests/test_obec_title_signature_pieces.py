"""An OBEC list of projects whose last title is followed by the reporter's signature line, its "ลงชื่อ" and dots
OCR read as short pieces, one of them four Thai letters ("ถารก 0 310 ผู้รายงาน" / "(นางสาว...)": fresh set s73a
obec_progress_s73a002, project 12): the four letters counted as a Thai word, so the line was no garbled one, and
the project's name ended in it and the signer's name, silent.  A line ending with the signer's role whose pieces
before it are each short (SIGNATURE_PIECE characters at most) and no dictionary word is the signature's dotted
line (parsers.obec_progress.read._garbled): no wrap of a title.  A title's wrap, its words run together into long
pieces or holding a dictionary word, is not."""

from __future__ import annotations

from parsers.obec_progress.read import Project, _garbled, _trim_title_only
from schemas.document import Line


def test_short_pieces_no_word_before_the_role_are_the_dotted_line():
    assert _garbled("ถารก 0 310 ผู้รายงาน")
    assert _garbled("ถารก ผู้รายงาน")
    for text in ("การพัฒนาครูผู้รายงาน", "นักเรียน ผู้รายงาน", "ลงชื่อ ผู้รายงาน", "ประจำปีงบประมาณ ๒๕๖๗",
                 "ถารก 0 310"):
        assert not _garbled(text), text


def test_the_signature_under_the_last_title_is_not_its_wrap():
    title = Line(1409, "๕. โครงการพัฒนาระบบเทคโนโลยีสารสนเทศเพื่อการบริหารจัดการ")
    sign = Line(1411, "ถารก 0 310 ผู้รายงาน")
    name = Line(1412, "(นางสาวสุภาพร รัตนพันธ์)")
    project = Project("not_started", 12, [title, sign, name])
    _trim_title_only(project)
    assert project.title_lines == [title]
