"""A header amount whose ฿ sign OCR read as a digit, which the form's copies read apart after the sign ("876,820"
in the first copy, "874,820" in the second, for ฿74,820; set s66o): the vote kept the first by the copies' order
alone, and the sign was dropped and the digits after it said sure (value_repaired, 76,820.00) because Arabic
digits have no other reading in the table of confusions.  The sign proves nothing of the digits after it: where
another copy prints other digits as often as the kept ones, the amount is kept as printed without the sign, in
doubt (repair_ambiguous, the copies' readings among its candidates); where the copies agree, or more of them read
the kept digits, it is repaired as before."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.repairs import repair_baht_sign
from schemas.document import Reading


def _project(printed: str) -> dict:
    value = Decimal(printed.replace(",", ""))
    return {"budget_spent": Reading(value, printed, 21, 21), "budget_spent_sign": Reading(True, printed, 21, 21)}


def test_copies_reading_the_digits_apart_leave_them_in_doubt():
    project = _project("876,820")
    copies = {("project", 0, "budget_spent"): [Reading(Decimal("874820"), "874,820", 398, 398)]}
    issues = repair_baht_sign(project, "k", copies)
    assert [i.code for i in issues] == ["repair_ambiguous"]
    assert project["budget_spent"].value == Decimal("76820")  # kept as printed without the sign
    evidence = json.loads(issues[0].evidence)
    assert evidence["candidates"] == ["74820.00", "76820.00"] and "chosen" not in evidence
    assert "copies print them apart" in issues[0].message


def test_without_the_copies_the_sign_is_dropped_sure():
    project = _project("876,820")
    assert [i.code for i in repair_baht_sign(project, "k")] == ["value_repaired"]
    assert project["budget_spent"].value == Decimal("76820")


def test_copies_that_agree_or_outnumber_leave_the_repair_sure():
    # another copy reads the same digits, its sign read as a 3
    project = _project("876,820")
    copies = {("project", 0, "budget_spent"): [Reading(Decimal("376820"), "376,820", 398, 398)]}
    assert [i.code for i in repair_baht_sign(project, "k", copies)] == ["value_repaired"]
    # two copies of three read the kept digits, the third other ones
    project = _project("876,820")
    copies = {("project", 0, "budget_spent"): [Reading(Decimal("876820"), "876,820", 398, 398),
                                               Reading(Decimal("874820"), "874,820", 700, 700)]}
    assert [i.code for i in repair_baht_sign(project, "k", copies)] == ["value_repaired"]


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def test_a_disbursement_the_copies_read_apart_after_its_sign_is_kept_in_doubt():
    from parsers.bma_progress.repairs import _clause_signs
    other = Reading(Decimal("824560"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 824,560", 90, 90)
    reports = _reports(("Bo", "0"), ("822,560", "822560"), ("Bo", "0"))
    issues = _clause_signs(reports, "k", copies={("progress_reports", 2, "disbursed"): [other]})
    assert reports[2]["disbursed"].value == Decimal("22560")
    assert [i.code for i in issues] == ["repair_ambiguous"] and "copies print other digits" in issues[0].message
    assert json.loads(issues[0].evidence)["candidates"] == ["22560.00", "24560.00"]
    # a copy that reads the same digits (its sign read as a sign), or none: repaired, sure
    same = Reading(Decimal("22560"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = B22,560", 90, 90)
    for copies in ({("progress_reports", 2, "disbursed"): [same]}, None):
        reports = _reports(("Bo", "0"), ("822,560", "822560"), ("Bo", "0"))
        assert [i.code for i in _clause_signs(reports, "k", copies=copies)] == ["value_repaired"]
