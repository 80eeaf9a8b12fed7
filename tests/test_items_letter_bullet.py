"""A bulleted list one of whose bullets OCR read as a Thai consonant alone ("อ ข้าราชการครู..." among bullets read
as ๑ and marks: fresh set s104p, bma_proposal_s104p002's benefits).  The line was read as the wrap of the item
above, so two benefits ran together and the list's last row was lost with no issue naming it.  A consonant alone
before what opens an item, in a list of two bullets or more and no item number that is no lettered one, is a
bullet now (items._LETTER_BULLET_RE, bullet_lookalikes); not ณ or ธ, words of one letter that open a wrap
("ณ โรงเรียน...")."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.read import opens_beneficiary
from parsers.items import bullet_lookalikes, numbered_items
from schemas.document import Line

pytestmark = pytest.mark.usefixtures("repair_on")


def _items(*texts: str):
    lines = [Line(no, t) for no, t in enumerate(texts, start=116)]
    lines = [Line(ln.no, ln.text[2:], ln.kind, True) if ln.text.startswith("• ") else ln for ln in lines]
    lines = bullet_lookalikes(lines, opens_beneficiary)
    return [it.text for it in numbered_items(lines)[0]]


def test_a_consonant_alone_before_a_beneficiary_is_a_bullet():
    got = _items("• โรงเรียนมีผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ", "สามารถเผยแพร่เป็นแบบอย่างได้",
                 "อ ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "มีการจัดการเรียนรู้เพื่อพัฒนาการอ่าน",
                 "• โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่านออกเขียนได้", "• นักเรียนสามารถสร้างความรู้ได้")
    assert got == ["โรงเรียนมีผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้",
                   "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร มีการจัดการเรียนรู้เพื่อพัฒนาการอ่าน",
                   "โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่านออกเขียนได้", "นักเรียนสามารถสร้างความรู้ได้"]


def test_a_one_letter_word_opening_a_wrap_is_none():
    got = _items("• ครูผู้สอนได้รับการพัฒนาการจัดกิจกรรม", "ณ โรงเรียนในสังกัดสำนักงานเขต",
                 "• นักเรียนสามารถสร้างความรู้ได้")
    assert got == ["ครูผู้สอนได้รับการพัฒนาการจัดกิจกรรม ณ โรงเรียนในสังกัดสำนักงานเขต",
                   "นักเรียนสามารถสร้างความรู้ได้"]
