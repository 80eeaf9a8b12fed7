"""An OBEC budget amount whose digit group after its separator OCR wrote as signs no table reads as digits
("»,c¥00 UM" for ๓,๕๐๐: fresh set s94p, obec_progress_s94p004).  parse_decimal read the digits after them alone,
"00", and the row's disbursement stood as 0.00 with no issue naming it.  Now budgets.read_amount refuses it
(unparsed_value: its digits were not read); a group of digits, or of look-alikes the table reads, is read as before."""

from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from parsers.obec_progress.budgets import read_amount
from tests.test_obec_ocr import project, report, run


def test_a_group_opening_with_signs_is_not_read():
    with pytest.raises(ValueParseError):
        read_amount("»,c¥00 UM")
    assert read_amount("๑๓,๕๐๐ บาท")[0] == Decimal("13500.00")
    assert read_amount("12,000.50")[0] == Decimal("12000.50")


def test_the_row_says_its_disbursement_unread():
    rows = run(report(projects=[project(1, "๒๕๖๗", disbursed="»,c¥00"), project(2, "๒๕๖๗")]))
    budget = next(b for b in rows["quarterly_budgets"] if b["line_start"] < 30)
    assert budget["disbursed"] is None
    assert any(i["field"] == "quarterly_budgets.disbursed" and i["code"] == "unparsed_value" for i in rows["issues"])
