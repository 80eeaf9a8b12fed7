"""An OBEC budget row disbursed as planned prints its amount twice; the
amount is the one reading both printings allow.  That is every reading of
each printing's digits under the confusion table, not two changed digits
at most: "๕๕,๓5๐ / 44.๓50" (44,750 printed twice, ๗ read as ๓ in both) is
44,350 changing two digits of the first printing and 44,750 or 44,950
changing three, so none is chosen (it was 44,350, silently wrong).  Where
no reading under the table fits both and one through a rare misread does
(๙ read as ๑), an Arabic digit OCR writes for a Thai one, if rarely (๑ as
a 9), is as rare: "๑,๐๐๐ / 9,000" may be 9,000 or 1,000, and none is
chosen (it was 9,000, for a 1,000 printed).  One reading, as before, is
chosen, and so is one whose rivals' printings are read so less than one
time in twenty as often (budgets.DOUBT_ODDS, by the measured misreads)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.test_obec_ocr import project, report, run


def _first(rows: dict) -> dict:
    return rows["quarterly_budgets"][0]


def _as_planned(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["evidence"]
            and json.loads(i["evidence"]).get("rule") == "as_planned"]


def test_a_third_digit_misread_in_both_printings_leaves_the_amount_in_doubt():
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๕๕,๓5๐", disbursed="44.๓50"), project(2, "๒๕๖๗")]))
    assert _first(rows)["planned"] == Decimal("55350.00")  # (as printed: none chosen)
    assert not _as_planned(rows, "value_repaired")
    doubts = _as_planned(rows, "repair_ambiguous")  # (planned's and disbursed's: either may be misread)
    assert sorted(i["field"] for i in doubts) == ["quarterly_budgets.disbursed", "quarterly_budgets.planned"]
    (issue,) = [i for i in doubts if i["field"] == "quarterly_budgets.planned"]
    assert {"44350.00", "44750.00"} <= set(json.loads(issue["evidence"])["candidates"])


def test_an_arabic_digit_rarely_misread_puts_a_rare_reading_in_doubt():
    # (the summary's totals, 6,000, are the 1,000 printed and project 2's 5,000)
    rows = run(report(planned="๖,๐๐๐.๐๐", disbursed="๖,๐๐๐.๐๐",
                      projects=[project(1, "๒๕๖๗", planned="๑,๐๐๐", disbursed="9,000"), project(2, "๒๕๖๗")]))
    assert _first(rows)["planned"] == Decimal("1000.00") and _first(rows)["disbursed"] == Decimal("9000.00")
    assert not _as_planned(rows, "value_repaired")
    doubts = _as_planned(rows, "repair_ambiguous")  # (planned's and disbursed's: either may be misread)
    assert sorted(i["field"] for i in doubts) == ["quarterly_budgets.disbursed", "quarterly_budgets.planned"]
    (issue,) = [i for i in doubts if i["field"] == "quarterly_budgets.planned"]
    assert set(json.loads(issue["evidence"])["candidates"]) == {"1000.00", "9000.00"}


@pytest.mark.parametrize("planned, disbursed, amount", [
    ("16,300", "๑๐.3๐๐", "16300.00"),  # (the one reading of every digit)
    # (4,756 too under the table, ๖ read as ๐ in both printings: one printing of eight is read so, both one of sixty;
    # 4,750 as read is the amount, the rival past DOUBT_ODDS)
    ("4,75๐", "๕,๓๕๐", "4750.00"),
])
def test_one_likely_reading_of_every_digit_is_still_chosen(planned, disbursed, amount):
    rows = run(report(projects=[project(1, "๒๕๖๗", planned=planned, disbursed=disbursed), project(2, "๒๕๖๗")]))
    assert _first(rows)["planned"] == Decimal(amount) and _first(rows)["disbursed"] == Decimal(amount)
    assert _as_planned(rows, "value_repaired")
