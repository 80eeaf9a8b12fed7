"""An OBEC budget amount whose first digit OCR wrote as a look-alike or a
symbol glued to the figure's front ("ฒ,300" for ๗,๓๐๐, "ฒ๓,๐๐๐" for
๗๓,๐๐๐, "«50" for ๙๕๐, "%๑๐๐" for ๗,๑๐๐): parse_decimal read the digits
after it alone, the amount without its first digit (3,000 for 73,000), a
wrong value.  Now such an amount is unreadable (unparsed_value), as one
that opens with its separator is; a row disbursed as planned reads it from
its other printing where exactly one amount fits both, the glued character
read as each digit it may stand for (normalizers.confusions.LOOKALIKES),
as a speck, or with the digit after it as one digit read as two.  A
letter of the label's own words, or a sign an amount may open with, is no
such character."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from parsers.obec_progress.budgets import glued_lead, read_amount
from tests.test_obec_ocr import project, report, run


def _first(rows: dict) -> dict:
    return sorted(rows["quarterly_budgets"], key=lambda b: b["line_start"])[0]


def _not_as_planned(text: str) -> str:
    return text.replace("ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่าย", "ผลการเบิกจ่ายงบประมาณ ไม่สามารถเบิกจ่าย", 1)


@pytest.mark.parametrize("printed", ["ฒ๓,๐๐๐ บาท", "ฒ,300 บาท", "«50 บาท", "%๑๐๐ บาท", "€3,750 บาท", "@ฒ๐,๐๐๐ บาท",
                                     "o,032 บาท"])
def test_a_character_glued_before_the_digits_leaves_the_amount_unread(printed):
    assert glued_lead(printed) is not None
    with pytest.raises(ValueParseError):
        read_amount(printed)


@pytest.mark.parametrize("printed", ["๗๓,๐๐๐ บาท", ": ๕,๐๐๐ บาท", "ooo บาท", "า๒๒,๓๐๐ บาท"])
def test_a_figure_without_such_a_character_reads_as_before(printed):
    assert glued_lead(printed) is None


def test_the_row_s_amount_is_unread_and_named_not_read_short():
    text = _not_as_planned(report(projects=[project(1, "๒๕๖๗", planned="ฒ๓,๐๐๐", disbursed="๕,๐๐๐"),
                                            project(2, "๒๕๖๗")]))
    rows = run(text)
    assert _first(rows)["planned"] is None  # (before: 3,000.00)
    assert any(i["code"] == "unparsed_value" and i["field"] == "quarterly_budgets.planned" for i in rows["issues"])


def test_a_row_disbursed_as_planned_reads_it_from_its_other_printing():
    for planned, disbursed, amount in (("7,300", "ฒ,300", "7300"), ("950", "«50", "950")):
        rows = run(report(projects=[project(1, "๒๕๖๗", planned=planned, disbursed=disbursed), project(2, "๒๕๖๗")]))
        assert _first(rows)["disbursed"] == Decimal(amount)  # (before: 300.00, 50.00)
        (issue,) = [i for i in rows["issues"] if i["code"] == "value_repaired"
                    and i["field"] == "quarterly_budgets.disbursed"]
        assert json.loads(issue["evidence"])["rule"] == "as_planned"


def test_several_amounts_fitting_both_printings_leave_it_unread():
    # "«๕,๕๕๐" (๙ read as two characters, or « for a digit of its own) and "๓,๕๕๐" fit 9,450, 9,550, ...
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๓,๕๕๐", disbursed="«๕,๕๕๐"), project(2, "๒๕๖๗")]))
    assert _first(rows)["disbursed"] is None
