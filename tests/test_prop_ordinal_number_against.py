"""A strategy field whose opening word OCR wrote as Latin look-alikes ("NAN 3.0 - การศึกษา..." for มิติที่ 3.๓)
and whose number OCR misread too (๓ as 0, no misread the table knows): the ordinal-word repair put the word back
and said the whole value was repaired, its number still wrong.  The strategy fields number one hierarchy
(issue N, sub-issue N.M, goal N.M.K): a number that is not what another of them prints at the same place is
misread here or there, so the repair is flagged (repair_ambiguous, naming the other value) and the value kept as
read (parsers.bma_progress.repairs.repair_ordinal_words)."""

from __future__ import annotations

import json

from parsers.bma_progress.repairs import repair_ordinal_words
from schemas.document import Reading


def project(sub_issue: str) -> dict:
    return {"strategy_issue": Reading("ด้านที่ 3 - มหานครสำหรับทุกคน", "", 10, 10),
            "strategy_sub_issue": Reading(sub_issue, "", 12, 12),
            "strategy_goal": Reading("เป้าหมายที่ ๓.๓.๕ ครูและบุคลากร", "", 14, 14)}


def test_a_number_the_hierarchy_bears_out_is_repaired_as_before():
    rec = project("NAN 3.๓ - การศึกษาสำหรับทุกคน")
    (issue,) = repair_ordinal_words(rec, "k")
    assert issue.code == "value_repaired" and rec["strategy_sub_issue"].value == "มิติที่ 3.๓ - การศึกษาสำหรับทุกคน"


def test_a_number_another_strategy_field_contradicts_is_flagged_and_kept():
    rec = project("NAN 3.0 - การศึกษาสำหรับทุกคน")
    (issue,) = repair_ordinal_words(rec, "k")
    assert issue.code == "repair_ambiguous" and issue.field == "projects.strategy_sub_issue"
    assert json.loads(issue.evidence)["against"] == "เป้าหมายที่ ๓.๓.๕ ครูและบุคลากร"
    assert rec["strategy_sub_issue"].value == "NAN 3.0 - การศึกษาสำหรับทุกคน"
