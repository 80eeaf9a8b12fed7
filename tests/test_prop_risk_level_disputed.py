"""A BMA proposal's risk row whose copies read different levels (one copy's risk table read by its columns
gave the row another row's level, ปานกลาง for น้อยมาก) and the vote kept the other row's: its scores as
printed (2 x 1) did not give that level, and the risk_matrix rule read the likelihood otherwise until they
did (5 x 1, wrong).  With the level in dispute there is nothing sure to weigh the scores against: they are
kept as read and said (repair_ambiguous); a level the copies agree on still repairs them."""

from __future__ import annotations

from parsers.bma_proposal.risks import repair_risks
from schemas.document import Reading


def _row() -> dict:
    return {("risk", 2): {"likelihood": Reading("2", "๒", 171, 180), "impact": Reading("1", "๑", 171, 180),
                          "level": Reading("ปานกลาง", "ปานกลาง", 171, 180)}}


def test_scores_are_kept_when_the_copies_disagree_on_the_level():
    findings = _row()
    issues = repair_risks(findings, {("risk", 2)})
    assert findings[("risk", 2)]["likelihood"].value == "2"
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in issues if i.code == "repair_ambiguous"} == {"findings.likelihood", "findings.impact"}


def test_a_level_the_copies_agree_on_still_repairs_the_scores():
    findings = _row()
    issues = repair_risks(findings)
    assert findings[("risk", 2)]["likelihood"].value == "5"
    assert [i.field for i in issues if i.code == "value_repaired"] == ["findings.likelihood"]
