"""A strategy issue whose opening word and one-digit number OCR both wrote as Latin look-alikes, the digit as two
of them ("AUN om - มหานครสำหรับทุกคน" for ด้านที่ ๓: ๓'s loop read apart as an o; fresh s88a002).  The ordinal-word
repair read a look-alike number only of as many characters as the level has parts, so the value stayed as read.
Both characters standing for the digit the sub-issue and the goal print first, it is read so
(parsers.bma_progress.repairs._lookalike_number)."""

from __future__ import annotations

from parsers.bma_progress.repairs import repair_ordinal_words
from schemas.document import Reading


def _project(issue: str, goal: str = "เป้าหมายที่ ๓.๓.๕ ครูและบุคลากร") -> dict:
    return {"strategy_issue": Reading(issue, "", 10, 10),
            "strategy_sub_issue": Reading("มิติที่ ๓.๓ - การศึกษาสำหรับทุกคน", "", 12, 12),
            "strategy_goal": Reading(goal, "", 14, 14)}


def test_a_digit_written_as_two_lookalikes_is_read_as_the_hierarchy_s_digit():
    rec = _project("AUN om - มหานครสำหรับทุกคน : Bangkok as a City for All")
    (issue,) = repair_ordinal_words(rec, "k")
    assert issue.code == "value_repaired"
    assert rec["strategy_issue"].value == "ด้านที่ ๓ - มหานครสำหรับทุกคน : Bangkok as a City for All"


def test_two_lookalikes_that_cannot_both_be_that_digit_are_kept_as_read():
    # ("ob": b stands for ๖ alone, which the other fields do not print first)
    rec = _project("AUN ob - มหานครสำหรับทุกคน")
    assert repair_ordinal_words(rec, "k") == []
    assert rec["strategy_issue"].value == "AUN ob - มหานครสำหรับทุกคน"
