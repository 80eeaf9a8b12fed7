"""An OBEC report's signature block after the last title of its list of
projects, the dotted line of "ลงชื่อ......ผู้รายงาน" read by OCR as Thai
letters with digits among them, right over the signer's name and position
("ลชื่อ 0 2000000ไ7ไ1ไวไยหน", fresh set s76o obec 001; "IDO 8 16ไโ1750.",
s72o obec 001; "“ก“ไพฑ ้0ฮาฆจฮง", s70o obec 002).  Before, running.
drop_signatures took only a line that opens with "ลง" or ends with about
"ผู้รายงาน", or one with no Thai letter at all, as that dotted line, so
this one stayed and was read as the wrap of the last title (its name ran
on with the garbage).  Now a short line holding a token of digits between
Thai letters (or letters between digits) and no dictionary word is the
signature's line too (_thai_signature).  A title's wrap holds words, and
its figures stand apart ("ปีการศึกษา ๒๕๖๖"): it stays."""

from __future__ import annotations

from parsers.obec_progress.running import drop_signatures
from schemas.document import Line

NAME, POSITION = "(นายนพดล ศักดิ์ดี)", "ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน"


def _kept(over: str) -> list[str]:
    lines = [Line(1, "8 โครงการเสริมสร้างความเข้มแข็งและวินัยทางการเงิน"), Line(2, over), Line(3, NAME),
             Line(4, POSITION)]
    return [ln.text for ln in drop_signatures(lines)]


def test_the_dotted_line_read_as_thai_letters_among_digits_is_the_signature_s():
    for garbled in ("ลชื่อ 0 2000000ไ7ไ1ไวไยหน", "IDO 8 16ไโ1750.", "“ก“ไพฑ ้0ฮาฆจฮง"):
        assert _kept(garbled) == ["8 โครงการเสริมสร้างความเข้มแข็งและวินัยทางการเงิน"], garbled


def test_a_title_s_wrap_over_the_signature_stays():
    for wrap in ("โรงเรียนขนาดเล็ก ปีการศึกษา ๒๕๖๖", "การศึกษา", "เพื่อแก้ไขปัญหาหนี้สินครู รุ่น2ก"):
        assert _kept(wrap)[-1] == wrap, wrap
