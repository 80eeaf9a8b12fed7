"""A BMA target group whose number OCR read as Latin letters, its dot lost
("oe ด้านคุณภาพ" for ๓.๒): the label after it still opens the group, at a
line's start or inside a line that runs the groups together; before, the
quality group ran into the quantity group's text and its row was lost with
no issue naming it."""

from parsers.values import target_groups
from schemas.document import Line


def _groups(*texts: str):
    groups, _ = target_groups([Line(i + 1, t) for i, t in enumerate(texts)])
    return [(kind, text) for kind, text, _, _ in groups]


def test_letters_for_the_number_at_a_line_start():
    got = _groups("๓.๑ ด้านปริมาณ ครูผู้สอน จำนวน ๓๕ คน", "oe ด้านคุณภาพ นักเรียนมีผลสัมฤทธิ์สูงขึ้น")
    assert got == [("quantity", "ครูผู้สอน จำนวน ๓๕ คน"), ("quality", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น")]


def test_letters_for_the_number_inside_a_line():
    got = _groups("๓.๑ ด้านปริมาณ ครูผู้สอน จำนวน ๓๕ คน oe ด้านคุณภาพ นักเรียนมีผลสัมฤทธิ์สูงขึ้น")
    assert got == [("quantity", "ครูผู้สอน จำนวน ๓๕ คน"), ("quality", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น")]


def test_the_first_group_after_letters():
    got = _groups("oe ด้านปริมาณ โรงเรียน จำนวน ๓ โรงเรียน", "๓.๒ ด้านคุณภาพ นักเรียนมีผลสัมฤทธิ์สูงขึ้น")
    assert got == [("quantity", "โรงเรียน จำนวน ๓ โรงเรียน"), ("quality", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น")]


def test_a_thai_word_before_the_label_is_no_number():
    # words that merely end before a label's words inside a sentence are not a group's number
    got = _groups("๓.๑ ด้านปริมาณ ครูผู้สอนในด้านคุณภาพการสอน จำนวน ๓๕ คน")
    assert got == [("quantity", "ครูผู้สอนในด้านคุณภาพการสอน จำนวน ๓๕ คน")]


def test_a_digit_read_for_a_bullet_before_a_groups_first_words():
    # (fresh set s56o: "0 นักเรียนมี..." kept its 0, a bullet as OCR read it, with no issue)
    lines = [Line(1, "๑. ด้านปริมาณ"), Line(2, "ครูผู้สอน จำนวน 726 คน", bullet=True), Line(3, "๒. ด้านคุณภาพ"),
             Line(4, "0 นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น")]
    groups, issues = target_groups(lines)
    assert [(k, t) for k, t, _, _ in groups] == [("quantity", "ครูผู้สอน จำนวน 726 คน"),
                                                 ("quality", "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น")]
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "targets.text")]
    assert '"rule": "list_mark"' in issues[0].evidence


def test_a_lone_digit_in_a_list_without_bullets_is_kept():
    lines = [Line(1, "๑. ด้านปริมาณ"), Line(2, "๒ โรงเรียน")]
    groups, issues = target_groups(lines)
    assert [(k, t) for k, t, _, _ in groups] == [("quantity", "๒ โรงเรียน")] and issues == []
