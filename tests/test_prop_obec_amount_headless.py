"""An OBEC budget amount that opens with its digit-group separator (",600
บาท" for 3,600): OCR lost the digits before it, and no reading of what is
left is the amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from parsers.obec_progress.budgets import read_amount
from tests.test_obec_ocr import project, report, run


def test_an_amount_that_opens_with_its_separator_is_unread_and_flagged():
    # it read 600, silently
    rows = run(report(projects=[project(1, "๒๕๖๗", planned=",600", disbursed="3,500"), project(2, "๒๕๖๗")]))
    first = rows["quarterly_budgets"][0]
    assert first["planned"] is None and first["disbursed"] == Decimal("3500.00")
    (issue,) = [i for i in rows["issues"] if i["field"] == "quarterly_budgets.planned"]
    assert issue["code"] == "unparsed_value" and "separator" in issue["message"]


def test_only_an_amount_that_opens_with_a_separator_lost_its_head():
    with pytest.raises(ValueParseError):
        read_amount(" ,๖๐๐ บาท")
    assert read_amount("3,600 บาท")[0] == Decimal("3600.00")
    assert read_amount("600 บาท")[0] == Decimal("600.00")
    assert read_amount("11.200 บาท")[0] == Decimal("11200.00")
    with pytest.raises(ValueParseError):  # a digit OCR read as a letter before the separator: not read as 32
        read_amount("o,032")  # (see test_prop_obec_amount_glued_lead)


def test_a_speck_apart_before_the_separator_is_no_digit_read():
    # "| ,870 บาท" for 1,870 (the first digit read as a bar, a space after it) read 870, silently
    with pytest.raises(ValueParseError):
        read_amount("| ,870 บาท")
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="8,500", disbursed="| ,870"), project(2, "๒๕๖๗")]))
    first = rows["quarterly_budgets"][0]
    assert first["disbursed"] is None
    (issue,) = [i for i in rows["issues"] if i["field"] == "quarterly_budgets.disbursed"]
    assert issue["code"] == "unparsed_value"
    assert read_amount(": 1,870 บาท")[0] == Decimal("1870.00")  # a sign before a whole figure: as before
