"""An OBEC budget amount whose thousands separator OCR doubled or parted
from its digits: a comma with a speck of a dot or a space beside it
("๕,.๕๐๐", "๓๑.,๕๐๐", "๒๕, ๕๕๐", "21 ,700").  It was left unread
(unparsed_value); it is read with one comma, the mending said (rule
separator: value_repaired when its digits are certain, repair_ambiguous when
they are Thai digits OCR may have misread).  A group of four digits after
the comma is no such amount: it stays unread."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from parsers.obec_progress.budgets import read_amount
from tests.test_obec_ocr import project, report, run


@pytest.mark.parametrize("printed, value", [
    ("31,.500 บาท", "31500.00"), ("๓๑.,๕๐๐ บาท", "31500.00"), ("๒๕, ๕๕0 บาท", "25550.00"),
    ("21 ,700 บาท", "21700.00"), ("๑๐๑.,๕๐๐.๐๐ บาท", "101500.00"),
])
def test_a_doubled_separator_is_one_comma(printed, value):
    read, mended = read_amount(printed)
    assert read == Decimal(value) and mended is not None and mended[0] == printed.removesuffix(" บาท")


def test_a_group_of_four_digits_after_a_doubled_separator_stays_unread():
    with pytest.raises(ValueParseError):
        read_amount("๓๑, ๕๓๑๑.๕๓ บาท")
    with pytest.raises(ValueParseError):
        read_amount("1,234.,50 บาท")


def test_a_budget_row_reads_its_doubled_separator_and_says_so():
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="31,.500", disbursed="๕,.๕๐๐"), project(2, "๒๕๖๗")]))
    first = rows["quarterly_budgets"][0]
    assert first["planned"] == Decimal("31500.00") and first["disbursed"] == Decimal("5500.00")
    said = {i["field"]: i for i in rows["issues"] if i["field"] in ("quarterly_budgets.planned",
                                                                     "quarterly_budgets.disbursed")}
    assert said["quarterly_budgets.planned"]["code"] == "value_repaired"  # Arabic digits: certain
    assert json.loads(said["quarterly_budgets.planned"]["evidence"])["rule"] == "separator"
    assert said["quarterly_budgets.disbursed"]["code"] == "repair_ambiguous"  # ๕ may be a misread ๔ ๘ ๙ ๗


def test_the_summary_reads_its_doubled_separator():
    rows = run(report(planned="๑๐,.๐๐๐.๐๐"))
    assert rows["report_summaries"][0]["budget_planned"] == Decimal("10000.00")
