"""A benefits list whose item numbers OCR cut in two across each item's first two lines ("9. โรงเรียน..." / "1
สามารถ..."), one item's first letters read as Latin ones ("9. wn เรียนสามารถ..." for นักเรียน: fresh set s110u,
bma_proposal_s110u001).  The Latin letters kept that line from the section part's shape, so the list was read as
printed: four items ran into two, two rows lost with no issue naming them.  The section part may stand before such
letters (numbering._SPLIT_SEC_RE), and a whole item number too (_SUB_RE, after a number's shape only), so each
item opens at its number, its Latin letters kept in its text (said: unknown_words)."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.numbering import numbers_split, sub_opener
from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import benefits, with_benefits

pytestmark = pytest.mark.usefixtures("repair_on")

_FIRST = ["โรงเรียนมีแผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ", "wn เรียนสามารถ สร้างความรู้และ สร้างสรรค์ชิ้นงาน",
          "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "โรงเรียนมีกิจกรรมที่ส่งเสริมการจัดการเรียนรู้เชิงรุก"]
_SECOND = ["สามารถเผยแพร่เป็นแบบอย่างได้", "ด้วยตนเองได้", "มีการจัดการเรียนรู้เพื่อพัฒนาการจัดการเรียนรู้เชิงรุก",
           "อย่างต่อเนื่อง"]


def test_an_item_whose_first_letters_ocr_read_as_latin_keeps_its_row():
    body = "\n".join(f"9. {a}\n{n}    {b}" for n, (a, b) in enumerate(zip(_FIRST, _SECOND), start=1))
    got = benefits(run(with_benefits(body)))
    assert len(got) == 4
    assert got[1].startswith("wn เรียนสามารถ") and got[2].startswith("ข้าราชการครู")


def test_the_section_part_before_latin_letters_is_put_back_whole():
    lines = [Line(no, text, "text") for no, text in enumerate(
        ["9. " + _FIRST[0], "1 " + _SECOND[0], "9. " + _FIRST[1], "2 " + _SECOND[1]], start=1)]
    got = numbers_split(lines, "9", lambda text: text.startswith(("โรงเรียน", "นักเรียน")))
    assert [ln.text for ln in got] == ["9.1 " + _FIRST[0], _SECOND[0], "9.2 " + _FIRST[1], _SECOND[1]]


def test_latin_letters_open_an_item_only_after_a_number_s_shape():
    opener = sub_opener("9")
    assert opener("9.2 wn เรียนสามารถ สร้างความรู้") == ("9.2", "wn เรียนสามารถ สร้างความรู้")
    assert opener("ab cd เรียนสามารถ") is None  # a Latin token is a number's misreading, not before more letters
    assert opener("9๒ ab เรียนสามารถ") is None  # (nor a number OCR damaged: only a whole one's shape)
