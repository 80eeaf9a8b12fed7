"""A BMA progress form's strategy fields number their place in one plan: issue N, sub-issue N.M, goal N.M.K
("ด้านที่ ๓", "มิติที่ ๓.๓", "เป้าหมายที่ ๓.๓.๕").  OCR misread a digit of one ("มิติที่ ๐.๓" for ๓.๓; fresh set s106o,
bma_progress_s106o010), which stood as read with no issue naming it.  A field whose number is not the others' at
a place both print is said (repair_ambiguous, rule strategy_numbering), kept as read: the one at odds with the
most others, or both of two at odds with each other alone; fields that agree say nothing."""

from __future__ import annotations

import json

import pytest

from parsers.bma_progress.repairs import strategy_numbers_at_odds
from schemas.document import Issue, Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _project(issue: str | None, sub: str | None, goal: str | None) -> dict:
    fields = {"strategy_issue": (issue, 54), "strategy_sub_issue": (sub, 55), "strategy_goal": (goal, 57)}
    return {name: Reading(value, value, no, no) for name, (value, no) in fields.items() if value is not None}


def test_the_field_at_odds_with_the_others_is_said_and_kept():
    project = _project("ด้านที่ ๓ - มหานครสำหรับทุกคน", "มิติที่ ๐.๓ - การศึกษาสำหรับทุกคน",
                       "เป้าหมายที่ ๓.๓.๕ ครูและบุคลากรทางการศึกษาได้รับการพัฒนา")
    (issue,) = strategy_numbers_at_odds(project, None, [])
    assert issue.code == "repair_ambiguous" and issue.field == "projects.strategy_sub_issue"
    assert (issue.line_start, issue.line_end) == (55, 55)
    assert json.loads(issue.evidence)["rule"] == "strategy_numbering"
    assert project["strategy_sub_issue"].value == "มิติที่ ๐.๓ - การศึกษาสำหรับทุกคน"  # kept as read


def test_two_at_odds_alone_are_both_said_and_agreeing_fields_say_nothing():
    two = _project(None, "3.0 - การศึกษาสำหรับทุกคน", "๓.๓.1 เด็กที่อาศัยอยู่ในกรุงเทพมหานคร")
    assert {i.field for i in strategy_numbers_at_odds(two, None, [])} == {
        "projects.strategy_sub_issue", "projects.strategy_goal"}
    agree = _project("ด้านที่ 3 - มหานคร", "มิติที่ ๓.๓ - การศึกษา", "เป้าหมายที่ 3.๓.๒ การพัฒนา")
    assert strategy_numbers_at_odds(agree, None, []) == []
    # a field another rule said already is left to it
    said = [Issue("warning", "repair_ambiguous", "x", field="projects.strategy_sub_issue")]
    odd = _project("ด้านที่ ๓ - มหานคร", "มิติที่ ๐.๓ - การศึกษา", "เป้าหมายที่ ๓.๓.๕ ครู")
    assert strategy_numbers_at_odds(odd, None, said) == []
