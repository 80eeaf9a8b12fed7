"""A BMA proposal's lettered list whose first letter ก OCR read as the
Latin "n" (its arch and foot), the letters after it Thai ones in their
places ("n. เพื่อให้ครูผู้สอน..." / "ข. เพื่อคัดสรร..." / "ค. เพื่อพัฒนา...";
fresh set s113q, bma_proposal_s113q002's objectives): the list was not
known, and its second and third items ran into the first, lost with their
rows.  "n." stands in ก's place where Thai letters after it prove the list
(read._latin_for_first); alone, or before no proving letters, it opens
nothing."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line


def test_n_for_the_first_letter_opens_a_list_its_thai_letters_prove():
    read = lettered_as_bullets([Line(28, "n. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ"), Line(29, "และสามารถจัดกิจกรรม"),
                                Line(30, "ข. เพื่อคัดสรรผลงานการอ่านและการเขียน"), Line(31, "ค. เพื่อพัฒนาผู้เรียน")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", True), ("และสามารถจัดกิจกรรม", False),
        ("เพื่อคัดสรรผลงานการอ่านและการเขียน", True), ("เพื่อพัฒนาผู้เรียน", True)]


def test_n_alone_opens_nothing():
    lines = [Line(28, "n. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ"), Line(29, "และสามารถจัดกิจกรรม")]
    assert [(ln.text, ln.bullet) for ln in lettered_as_bullets(lines)] == [(ln.text, False) for ln in lines]
