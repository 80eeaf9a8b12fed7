"""An OBEC budget row disbursed as planned ("สามารถเบิกจ่ายงบประมาณได้ตาม
แผนการ") prints its amount twice; where OCR left one printing unreadable (a
look-alike for a digit: "๓,@๐๐") and read the other, the amount is the one
reading both printings allow.  Before, the unread printing stayed unread
(the as-planned rule asked for both amounts read).  Several readings, or a
row not disbursed as planned: it stays unread, as printed."""

from __future__ import annotations

import json
from decimal import Decimal

from tests.test_obec_ocr import project, report, run


def _first(rows: dict) -> dict:
    return rows["quarterly_budgets"][0]


def test_the_unread_printing_is_the_one_amount_both_printings_allow():
    # "@" is a look-alike of ๗ ๑ ๙ ๔; "3,900" (Arabic digits, read as printed) leaves 3,900 alone
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="3,900", disbursed="๓,@๐๐"), project(2, "๒๕๖๗")]))
    assert _first(rows)["planned"] == Decimal("3900.00") and _first(rows)["disbursed"] == Decimal("3900.00")
    (issue,) = [i for i in rows["issues"] if i["code"] == "value_repaired"
                and i["field"] == "quarterly_budgets.disbursed"]
    assert json.loads(issue["evidence"])["rule"] == "as_planned"


def test_several_readings_leave_it_unread():
    # "๑๑,๕๐๐" may be 11,400, 11,700 or 11,900 as "๑๑,@๐๐" may: none is chosen
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๑๑,๕๐๐", disbursed="๑๑,@๐๐"), project(2, "๒๕๖๗")]))
    assert _first(rows)["disbursed"] is None
    assert any(i["code"] == "unparsed_value" and i["field"] == "quarterly_budgets.disbursed" for i in rows["issues"])


def test_a_row_not_disbursed_as_planned_keeps_its_unread_amount():
    text = report(projects=[project(1, "๒๕๖๗", planned="3,900", disbursed="๓,@๐๐"), project(2, "๒๕๖๗")])
    text = text.replace("ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่าย", "ผลการเบิกจ่ายงบประมาณ ไม่สามารถเบิกจ่าย", 1)
    assert _first(run(text))["disbursed"] is None


def test_the_read_printing_misread_is_repaired_too():
    """The one amount both printings allow is not the read printing's own reading ("๓,๑๕๐" read 3,150, the
    unread "3,@40" allowing 3,140 only, a reading of ๕ as ๔): both take it, each said.  (This path raised
    TypeError, a variable reused for the read printing's readings, and failed the whole report.)"""
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="3,@40", disbursed="๓,๑๕๐"), project(2, "๒๕๖๗")]))
    assert not [i for i in rows["issues"] if i["code"] == "internal_error"]
    assert _first(rows)["planned"] == Decimal("3140.00") and _first(rows)["disbursed"] == Decimal("3140.00")
    fields = {i["field"] for i in rows["issues"] if i["code"] == "value_repaired"}
    assert {"quarterly_budgets.planned", "quarterly_budgets.disbursed"} <= fields
