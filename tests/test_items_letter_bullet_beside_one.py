"""A list of two whose first bullet OCR read as printed ("-") and whose second
it read as a Thai consonant alone ("น เพื่อคัดสรร...": fresh set s118o,
bma_proposal_s118o005's objectives).  A consonant alone before what opens an
item was a bullet only among two bullets or more, so the second objective ran
into the first and was lost with no issue.  One bullet beside it is enough
now (items.bullet_lookalikes); the look-alikes of a digit ("©", "@") still
need two, and a list with no bullet at all takes none."""

from __future__ import annotations

import pytest

from parsers.items import bullet_lookalikes, numbered_items, opens_purpose
from schemas.document import Line

pytestmark = pytest.mark.usefixtures("repair_on")


def _items(*texts: str) -> list[str]:
    lines = [Line(no, t) for no, t in enumerate(texts, start=35)]
    lines = [Line(ln.no, ln.text[2:], ln.kind, True) if ln.text.startswith("- ") else ln for ln in lines]
    return [it.text for it in numbered_items(bullet_lookalikes(lines, opens_purpose))[0]]


def test_a_consonant_alone_beside_one_bullet_is_a_bullet():
    got = _items("- เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อ", "พัฒนาคุณธรรมจริยธรรมของนักเรียน",
                 "น เพื่อคัดสรรโครงงานคุณธรรมที่มีคุณภาพ", "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น")
    assert got == ["เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อ พัฒนาคุณธรรมจริยธรรมของนักเรียน",
                   "เพื่อคัดสรรโครงงานคุณธรรมที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"]


def test_a_digit_lookalike_beside_one_bullet_is_not_taken():
    got = _items("- เพื่อส่งเสริมการเรียนรู้ของนักเรียน", "@ เพื่อคัดสรรโครงงานคุณธรรม")
    assert len(got) == 1 and got[0].startswith("เพื่อส่งเสริม") and "@ เพื่อคัดสรร" in got[0]


def test_no_bullet_takes_no_consonant():
    got = _items("เพื่อส่งเสริมการเรียนรู้ของนักเรียน", "น เพื่อคัดสรรโครงงานคุณธรรม")
    assert all(not t.startswith("เพื่อคัดสรร") for t in got)
