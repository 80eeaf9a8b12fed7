"""A BMA strategy field printed without its word ("๓.๓ - การศึกษาสำหรับทุกคน"), its number OCR wrote whole as
Latin look-alikes of its Thai digits, the dot lost ("om - การศึกษาสำหรับทุกคน": fresh set s79a,
bma_progress_s79a004, before read as printed with no issue naming it): the number is the one reading of those
look-alikes the other strategy fields' numbers bear out (ด้านที่ ๓, ๓.๓.๑: repairs._lookalike_number), said (rule
ordinal_word); where they bear out none, the value is kept as read and said in doubt."""

from __future__ import annotations

import json

from parsers.bma_progress.repairs import repair_ordinal_words
from schemas.document import Reading


def _project(sub_issue: str, goal: str = "๓.๓.๑ เด็กที่อาศัยอยู่ในกรุงเทพมหานคร") -> dict:
    return {"strategy_issue": Reading("ด้านที่ ๓ - มหานครสำหรับทุกคน", "", 10, 10),
            "strategy_sub_issue": Reading(sub_issue, "", 12, 12),
            "strategy_goal": Reading(goal, "", 14, 14)}


def test_a_number_in_look_alikes_the_hierarchy_bears_out_is_read():
    rec = _project("om - การศึกษาสำหรับทุกคน")
    (issue,) = repair_ordinal_words(rec, "k")
    assert rec["strategy_sub_issue"].value == "๓.๓ - การศึกษาสำหรับทุกคน"
    assert issue.code == "value_repaired" and issue.field == "projects.strategy_sub_issue"
    assert json.loads(issue.evidence) == {"rule": "ordinal_word", "printed": "om", "read": "om - การศึกษาสำหรับทุกคน",
                                          "chosen": "๓.๓ - การศึกษาสำหรับทุกคน"}


def test_a_number_no_other_field_pins_is_kept_and_flagged():
    # the goal prints no number: the sub-issue's second part (m: ๓) is borne out by none
    rec = _project("om - การศึกษาสำหรับทุกคน", goal="การปฏิบัติงานประจำของหน่วยงาน")
    (issue,) = repair_ordinal_words(rec, "k")
    assert rec["strategy_sub_issue"].value == "om - การศึกษาสำหรับทุกคน"
    assert issue.code == "repair_ambiguous" and issue.field == "projects.strategy_sub_issue"


def test_a_number_in_digits_or_a_word_is_left_alone():
    for value in ("๓.๓ - การศึกษาสำหรับทุกคน", "การศึกษาสำหรับทุกคน", "ดดา - การศึกษาสำหรับทุกคน"):
        rec = _project(value)
        assert repair_ordinal_words(rec, "k") == []
        assert rec["strategy_sub_issue"].value == value
