"""BMA proposal objectives after OCR whose bullets it read as marks, one of them as a symbol that is also a
look-alike of a digit ("+ เพื่อ..." / ". เพื่อ..." / ". เพื่อ..." / "© เพื่อ...": shut set s22/q
bma_proposal_s22q004): the "©" was no bullet look-alike, so the last objective ran on into the one above
(its row lost, silently).  Now "©" or "@" alone before what opens an objective is a bullet in a bulleted list
(two lines bulleted at least, none opening with an item number); in a numbered list it stays as it was (a
damaged number, mended or said by the list's own rules)."""

from __future__ import annotations

from parsers.items import bullet_lookalikes, opens_purpose
from schemas.document import Line
from tests.test_prop_objective_marks import ONE, TWO, _objectives

THREE = "เพื่อคัดสรรสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"


def test_a_bullet_read_as_a_copyright_sign_opens_its_objective():
    for mark in ("©", "@"):
        got = _objectives(f"+ {ONE}\n. {THREE}\n{mark} {TWO}\n")
        assert [seq for seq, _ in got] == [1, 2, 3], mark
        assert got[2][1] == TWO and TWO not in got[1][1], mark


def test_in_a_numbered_list_the_sign_is_no_bullet():
    lines = [Line(1, f"1. {ONE}"), Line(2, THREE, bullet=True), Line(3, f"© {TWO}"), Line(4, TWO, bullet=True)]
    out = bullet_lookalikes(lines, opens_purpose)
    assert out[2].text == f"© {TWO}" and not out[2].bullet
    # one bullet alone is no bulleted list
    out = bullet_lookalikes([Line(1, f"+ {ONE}"), Line(2, f"© {TWO}")], opens_purpose)
    assert out[1].text == f"© {TWO}" and not out[1].bullet
