"""BMA proposals after OCR whose risk row's two scores both read as no score, one cell of specks whose every
character may be the score ("๐" and "oO" for ๓ and ๑: fresh set s63z, bma_proposal_s63z004).  The level (น้อย)
fitted one pair of their readings (4 x 1: ๐ as ๔ misread), and it was chosen: a wrong repair resting on a
guess at both cells.  Now such a pair is said (repair_ambiguous), not chosen (risks.repair_risks); a speck
cell beside a score that reads as printed, or a two-character cell with a digit in it, is repaired as before."""

from __future__ import annotations

import json

from parsers.bma_proposal.risks import _speck_cell, repair_risks
from schemas.document import Reading


def _row(likelihood: str, impact: str, level: str) -> dict:
    from parsers.bma_proposal.risks import _readings
    value = (lambda t: _readings(t)[0] if len(_readings(t)) == 1 and t.strip() in "12345๑๒๓๔๕" else None)
    return {("risk", 1): {"likelihood": Reading(value(likelihood), likelihood, 1, 1),
                          "impact": Reading(value(impact), impact, 1, 1), "level": Reading(level, level, 1, 1)}}


def test_two_unread_scores_one_of_specks_are_said_not_chosen():
    rows = _row("๐", "oO", "น้อย")
    issues = repair_risks(rows)
    assert sorted(i.code for i in issues) == ["repair_ambiguous", "repair_ambiguous"]
    assert rows[("risk", 1)]["likelihood"].value is None and rows[("risk", 1)]["impact"].value is None
    assert json.loads(issues[0].evidence)["candidates"] == ["4x1"]


def test_a_speck_cell_beside_a_score_read_as_printed_is_repaired():
    rows = _row("๓", "oO", "น้อย")
    issues = repair_risks(rows)
    assert [i.code for i in issues] == ["value_repaired"] and rows[("risk", 1)]["impact"].value == "1"


def test_a_cell_with_a_digit_is_no_speck_cell():
    assert _speck_cell("oO") and _speck_cell("@©")
    assert not _speck_cell("@๑") and not _speck_cell("o") and not _speck_cell("๐")
