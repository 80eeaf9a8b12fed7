"""BMA proposal risk scores OCR read as symbols (parsers.bma_proposal.risks):

* a score cell of a symbol with a bracket after it ("@)" for ๓: the bracket the digit's tail): "@" alone reads
  1 or 4, so beside a likelihood of ๑ and the level น้อย (3-4) the one pair 1 x 4 was chosen, a wrong repair
  (fresh set s63o, bma_proposal_s63o003).  A looped digit's tail read as a bracket may be ๑'s or ๓'s (the sets
  print both as "©)"), so "@)" may be 3 too: two pairs fit, said (repair_ambiguous), none chosen;
* a row whose likelihood OCR lost (its column short of a cell) and whose impact reads as a symbol of several
  scores ("@": 1 or 4) the level did not settle: the impact was left unread with no issue naming it (fresh
  set s63o, bma_proposal_s63o005); now said (repair_ambiguous)."""

from __future__ import annotations

import json

from parsers.bma_proposal.risks import _readings, repair_risks
from schemas.document import Reading


def _row(likelihood: str | None, impact: str, level: str) -> dict:
    value = (lambda t: {"๑": "1", "๒": "2", "๓": "3", "๔": "4", "๕": "5"}.get(t.strip()))
    rec = {"impact": Reading(value(impact), impact, 5, 5), "level": Reading(level, level, 6, 6)}
    if likelihood is not None:
        rec["likelihood"] = Reading(value(likelihood), likelihood, 4, 4)
    return {("risk", 1): rec}


def test_a_symbol_with_a_tail_may_be_three():
    assert "3" in _readings("@)") and "3" in _readings("©)")
    assert "3" not in _readings("@")


def test_a_tailed_symbol_that_fits_the_level_two_ways_is_said_not_chosen():
    rows = _row("๑", "@)", "น้อย")
    issues = repair_risks(rows)
    assert sorted(i.code for i in issues) == ["repair_ambiguous", "repair_ambiguous"]
    assert rows[("risk", 1)]["impact"].value is None and rows[("risk", 1)]["likelihood"].value == "1"
    assert json.loads(issues[0].evidence)["candidates"] == ["1x3", "1x4"]


def test_a_symbol_without_a_tail_that_fits_one_way_is_repaired_as_before():
    rows = _row("๓", "@", "สูง")
    issues = repair_risks(rows)
    assert [i.code for i in issues] == ["value_repaired"] and rows[("risk", 1)]["impact"].value == "4"


def test_a_lone_symbol_score_beside_a_lost_one_is_said():
    rows = _row(None, "@", "ปานกลาง")
    issues = repair_risks(rows)
    assert [i.code for i in issues] == ["repair_ambiguous"] and issues[0].field == "findings.impact"
    assert rows[("risk", 1)]["impact"].value is None
    assert json.loads(issues[0].evidence)["candidates"] == ["1", "4"]
