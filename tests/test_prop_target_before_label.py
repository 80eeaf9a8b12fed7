"""A text without a ด้านปริมาณ/ด้านคุณภาพ label before the first labelled
target (a running header's agency line, "สำนักการศึกษา"; the first label
glued to a figure OCR left, "1ด้านปริมาณ ..."): read as target 1, so each
labelled target after it is numbered one more than the form prints it
(helper sets bprep24/set1 a007, bprep24/set2 b009: a row's seq missing and
one extra, said of targets.kind at the first row alone).  The numbering is
said (target_kind_unknown naming the targets table over the targets: each
shifted row's columns, its text too, are in doubt), the rows kept as read;
but where both groups the form prints follow under their labels, the text
is no target (the form prints no third group): left out, and said
(unplaced_text; the hundred-and-twenty-fifth session, fresh set s146o).  A
list whose first text has its label, or one text alone, is no doubt."""

from functools import partial

from parsers.values import target_groups
from tests.lines import numbered_lines

_lines = partial(numbered_lines, start=60)  # a form's target lines, numbered where they stand in it


def test_a_text_before_the_first_label_puts_the_numbering_in_doubt():
    groups, issues = target_groups(_lines("สำนักการศึกษา", "ด้านปริมาณ คณะกรรมการศูนย์วิชาการเขต จำนวน 30 คน"))
    assert [g[0] for g in groups] == [None, "quantity"]  # kept as read
    said = [i for i in issues if i.field == "targets"]
    assert len(said) == 1 and (said[0].line_start, said[0].line_end) == (60, 61)


def test_a_text_before_both_groups_labels_is_left_out_and_said():
    groups, issues = target_groups(_lines("สำนักการศึกษา", "ด้านปริมาณ คณะกรรมการศูนย์วิชาการเขต จำนวน 30 คน",
                                          "ด้านคุณภาพ นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"))
    assert [g[0] for g in groups] == ["quantity", "quality"]
    said = [i for i in issues if i.field == "targets"]
    assert [(i.code, i.line_start, i.line_end) for i in said] == [("unplaced_text", 60, 60)]


def test_labelled_targets_or_one_text_alone_are_no_doubt():
    _, issues = target_groups(_lines("ด้านปริมาณ คณะกรรมการศูนย์วิชาการเขต จำนวน 30 คน",
                                     "ด้านคุณภาพ นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"))
    assert issues == []
    _, issues = target_groups(_lines("คณะกรรมการศูนย์วิชาการเขต จำนวน 30 คน"))
    assert [i.field for i in issues] == ["targets.kind"]
