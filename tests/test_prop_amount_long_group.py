"""An amount whose group after a thousands comma OCR read with four characters ("๒๐,๑๐๑๐" for ๒๐,๑๐๐,
"๑๑,๐๒๕๐.๕๐" for ๑๑,๖๕๐.๕๐: one printed digit read as two, a speck beside it or a digit the OCR model
cannot write split in two) parses as no number under any reading of its digits, so no constraint could
repair it: readings_of gave nothing.  Its readings now include those of the figure with one of the long
group's characters left out (parsers.repair.long_group_readings), and a constraint that fits exactly one of
them (quantity x unit amount, a sum, the amount in words) chooses it."""

from __future__ import annotations

from decimal import Decimal

from normalizers.numbers import parse_baht
from parsers.repair import long_group_readings, readings_of, repair_product
from schemas.document import Reading


def test_a_long_group_has_the_readings_of_the_figure_one_character_shorter():
    assert long_group_readings("๒๐,๑๐๑๐") == ["๒๐,๐๑๐", "๒๐,๑๑๐", "๒๐,๑๐๐", "๒๐,๑๐๑"]
    assert Decimal("20100") in {v for v, _ in readings_of("๒๐,๑๐๑๐", parse_baht, baht=True)}
    assert Decimal("11650.50") in {v for v, _ in readings_of("๑๑,๐๒๕๐.๕๐", parse_baht, baht=True)}


def test_a_figure_grouped_right_has_no_such_readings():
    assert long_group_readings("๒๐,๑๐๐") == []
    assert long_group_readings("๒๐,๑๐๐.๐๐") == []
    assert long_group_readings("๑,๒๓๔๕,๖๗๘๙") == []  # two long groups: not one digit read as two


def test_quantity_times_unit_amount_chooses_the_reading_of_a_long_group():
    rec = {"quantity": Reading(Decimal(30), "30", 5, 5), "unit_amount": Reading(Decimal(670), "670", 5, 5),
           "amount": Reading(None, "๒๐,๑๐๑๐", 5, 5)}
    issues = repair_product(rec, "K", "an expense line")
    assert rec["amount"].value == Decimal("20100")
    assert [i for i in issues if i.code == "value_repaired"]
