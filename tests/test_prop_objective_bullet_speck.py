"""BMA proposals after OCR whose objectives' round bullets OCR read as marks ("·", "."), and one as a speck of
one character no letter nor digit ("‘ เพื่อพัฒนาผู้เรียน...": fresh set s63z, bma_proposal_s63z002).  The speck
opened no item, so that objective ran into the one above and the ones after it stood a place early.  In a
bulleted list (two items bulleted, none numbered) such a speck before words that open an item ("เพื่อ") is the
item's bullet (parsers.items.bullet_lookalikes)."""

from __future__ import annotations

import pytest

from parsers.items import bullet_lookalikes, opens_purpose
from schemas.document import Line

_LIST = ["{0} เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่าน", "ของนักเรียนระหว่างโรงเรียน",
         "{1} เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", "{2} เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", "ด้วยตนเองได้",
         "{3} เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียน"]


def _heads(marks: list[str]) -> list[str]:
    lines = [Line(k, t.format(*marks)) for k, t in enumerate(_LIST, start=1)]
    return [ln.text for ln in bullet_lookalikes(lines, opens_purpose) if ln.bullet]


@pytest.mark.parametrize("speck", ["‘", "“", "'"])
def test_a_bullet_read_as_a_speck_opens_its_objective(speck):
    assert len(_heads(["·", ".", speck, "·"])) == 4


def test_a_speck_opens_no_item_outside_a_bulleted_list_or_before_other_words():
    # one other line bulleted: no bulleted list to go by
    assert len(_heads(["1.", "2.", "‘", "·"])) == 1
    # a letter or digit is no speck
    assert len(_heads(["·", ".", "a", "·"])) == 3
    lines = [Line(1, "· เพื่อสร้างเครือข่าย"), Line(2, "· เพื่อให้ครู"), Line(3, "‘ ผู้ปกครอง และชุมชน")]
    assert [ln.bullet for ln in bullet_lookalikes(lines, opens_purpose)] == [True, True, False]
