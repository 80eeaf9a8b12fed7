"""BMA proposal risk row one of whose scores OCR lost or garbled past reading, the other read as a score that
gives the row's level with no score at all: a Thai ๔ read ๕ beside the level น้อย (5 x 1 is already past 4),
the impact's cell lost (a risk table read column by column, s39o004) or read as no score ('เวิ,', t005).
Before, the lost score stayed unread and the misread one kept as read (the garbled cell's row said only
risk_level_mismatch; the lost one's not even that).  Now (risks._score_by_level, in repair_risks) where exactly
one pair of the read score's readings and a score 1-5 gives the level (๕ reads 5 or 4; only 4 x 1 = 4 is
น้อย), both are that pair, each said as value_repaired (rule risk_matrix); where several pairs do, the read
score is said at its row (risk_level_mismatch), kept as read."""

from __future__ import annotations

from parsers.bma_proposal.risks import repair_risks
from schemas.document import Reading


def _rec(**cells: str) -> dict:
    return {("risk", 1): {name: Reading(text if name == "level" else _value(text), text, 20, 24)
                          for name, text in cells.items()}}


def _value(text: str) -> str | None:
    from parsers.bma_proposal.risks import score_value
    return score_value(text)


def test_a_misread_score_whose_partner_was_lost_is_read_by_the_level():
    findings = _rec(likelihood="๕", level="น้อย")  # the impact's cell lost
    issues = repair_risks(findings)
    row = findings[("risk", 1)]
    assert (row["likelihood"].value, row["impact"].value) == ("4", "1")
    assert sorted(i.field for i in issues if i.code == "value_repaired") == ["findings.impact",
                                                                               "findings.likelihood"]


def test_a_misread_score_beside_a_garbled_one_is_read_by_the_level():
    findings = _rec(likelihood="๕", impact="เวิ,", level="น้อย")
    issues = repair_risks(findings)
    row = findings[("risk", 1)]
    assert (row["likelihood"].value, row["impact"].value) == ("4", "1")
    # both repairs said, and that the level checks only the product, not which score is the 4 (fresh set s142o)
    assert sorted((i.code, i.field) for i in issues) == [("unchecked_value", "findings.likelihood"),
                                                         ("value_repaired", "findings.impact"),
                                                         ("value_repaired", "findings.likelihood")]


def test_a_score_that_cannot_give_the_level_is_said_where_the_level_does_not_settle_it():
    findings = _rec(impact="5", level="น้อย")  # 5 reads 5 only: no pair; kept, said at its row
    issues = repair_risks(findings)
    assert findings[("risk", 1)]["impact"].value == "5" and "likelihood" not in findings[("risk", 1)]
    assert [(i.code, i.field) for i in issues] == [("risk_level_mismatch", "findings.impact")]
    findings = _rec(likelihood="๕", level="ปานกลาง")  # 5 x 1 and 4 x 2: both ปานกลาง, and 5 may give it
    assert not repair_risks(findings) and findings[("risk", 1)]["likelihood"].value == "5"
    findings = _rec(likelihood="๕", impact="ต", level="สูง")  # 5 x 2 and 4 x 3: unread, both said
    issues = repair_risks(findings)
    assert {i.field for i in issues if i.code == "risk_level_mismatch"} == {"findings.likelihood",
                                                                             "findings.impact"}
    findings = _rec(likelihood="๕", level="น้อย")
    assert not [i for i in repair_risks(findings, {("risk", 1)}) if i.code == "value_repaired"]  # level disputed
