"""An objective whose bullet OCR read as one accented Latin letter ("é เพื่อคัดสรร..." under "- เพื่อให้ครู..."):
no mark the bullet look-alikes named, so the line had no bullet and ran into the objective above, a row lost
(said, fresh set s63o, bma_proposal_s63o002).  One accented Latin letter alone before an item's opening words
is its bullet (parsers.items._BULLET_LOOKALIKE_RE); a plain Latin letter (a list's letter "a.") is not."""

from __future__ import annotations

from parsers.bma_proposal.read import read_list
from parsers.items import bullet_lookalikes, opens_purpose
from schemas.document import CopyReading, Line

_LINES = ["- เพื่อส่งเสริมให้นักเรียนมีทักษะการคิดวิเคราะห์และการแก้ปัญหา", "อย่างเป็นระบบ",
          "é เพื่อพัฒนาครูผู้สอนให้จัดกิจกรรมการเรียนรู้เชิงรุกได้", "อย่างมีประสิทธิภาพ"]


def test_an_accented_latin_letter_before_an_opening_word_is_a_bullet():
    lines = bullet_lookalikes([Line(1, "è เพื่อพัฒนาครู"), Line(2, "a เพื่อพัฒนาครู")], opens_purpose)
    assert [(ln.text, ln.bullet) for ln in lines] == [("เพื่อพัฒนาครู", True), ("a เพื่อพัฒนาครู", False)]


def test_an_objective_bulleted_with_an_accented_letter_is_its_own_item():
    out = CopyReading(0, 1, len(_LINES))
    got, _ = read_list([Line(i + 1, t, bullet=t.startswith("-")) if not t.startswith("-") else
                        Line(i + 1, t[2:], bullet=True) for i, t in enumerate(_LINES)],
                       "2", "objective", "objectives.seq", out, opens=opens_purpose)
    assert [(n, a, b) for n, _, a, b in got] == [(1, 1, 2), (2, 3, 4)]
