"""A BMA progress header amount read as signed on its first character alone: the document prints ฿ before its
amounts, but no project prints both its allocation and its spending in baht (an allocation in millions, or
unread), so the check that the allocation still covers the spending weighs nothing ("38,900" beside "Oe
ล้านบาท"; fresh set s119r, bma_progress_s119r010, where the 3 was the amount's own digit, the sign lost whole).
Before, the amount was said a sure repair without its first character.  Now it is kept so in doubt
(baht_sign.sign_unweighed, repairs.repair_baht_sign); where both amounts are in baht the rule stands as before."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.baht_sign import sign_unweighed
from parsers.bma_progress.repairs import repair_baht_sign
from schemas.document import CopyReading, Reading


def _copy(allocated: str, spent: str) -> CopyReading:
    reading = CopyReading(0, 1, 3)
    reading.put("project", 0, "budget_allocated", Reading(None, allocated, 1, 1))
    reading.put("project", 0, "budget_spent_printed", Reading(None, spent, 2, 2))
    return reading


def test_a_sign_no_allocation_weighs_is_unweighed():
    assert sign_unweighed([_copy("Oe ล้านบาท", "38,900")], "38,900")
    assert not sign_unweighed([_copy("836,600", "38,900")], "38,900")
    # a first group of four digits, right without the first character: the grouping says it
    assert not sign_unweighed([_copy("Oe ล้านบาท", "3836,750")], "3836,750")


def test_an_unweighed_sign_is_dropped_in_doubt():
    project = {"budget_spent": Reading(Decimal("38900"), "38,900", 2, 2),
               "budget_spent_sign": Reading(True, "38,900", 2, 2),
               "budget_spent_sign_unweighed": Reading(True, "38,900", 2, 2)}
    (issue,) = repair_baht_sign(project, "k")
    assert issue.code == "repair_ambiguous" and issue.field == "projects.budget_spent"
    evidence = json.loads(issue.evidence)
    assert (evidence["kept"], evidence["candidates"]) == ("8900.00", ["8900.00", "38900"])
    assert project["budget_spent"].value == Decimal("8900")
