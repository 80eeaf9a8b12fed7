"""A BMA progress expense line of Thai digits whose product fails as read and holds under several readings of its
figures, none of which the entry's sum names ("๕ x ๒๐๐.๐๐ = ๒,๕๐๐.๐๐", printed 4 x 600 = 2,400: ๔ read ๕ and ๖
read ๒, the misreads of digits OCR's Thai model cannot write; 5 x 500 = 2,500 holds too, a ๐ read for a ๕ it
writes, and 9 x 600 = 5,400): OCR's measured misreads (normalizers.odds over normalizers.confusions.MEASURED_READS)
make one reading a thousand times likelier or more than every other to print so.  It is taken, in doubt
(value_repaired, rule figure_odds, its rivals as candidates), where the entry's sum cannot check it or adds up
with it; where the sum can speak and does not, where the readings stand near in odds, or where a figure prints
another character (a ฿ read 8, an Arabic digit), none is chosen, as before (repairs._fit_by_odds)."""

import json
from decimal import Decimal

import pytest

from normalizers.odds import digit_odds, odds_choice, printing_odds
from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading

_THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


pytestmark = pytest.mark.usefixtures("repair_on")


def _figure(text: str, no: int) -> Reading:
    digits = text.translate(_THAI).replace(",", "")
    try:
        return Reading(Decimal(digits), text, no, no)
    except ArithmeticError:
        return Reading(None, text, no, no)


def _line(quantity: str, each: str, amount: str, no: int = 10) -> dict:
    return {"item": Reading("ค่าวัสดุ", "ค่าวัสดุ", no, no), "quantity": _figure(quantity, no),
            "unit_amount": _figure(each, no), "amount": _figure(amount, no)}


def _run(paid: str | None, *lines: dict) -> list:
    report = {"progress_pct": Reading(50.0, "๕๐", 20, 20)}
    if paid is not None:
        value = Decimal(paid.translate(_THAI).replace(",", ""))
        report["disbursed"] = Reading(value, f"งบประมาณที่เบิกใช้ (ครั้งที่ 2) = {paid} บาท", 20, 20)
    return repair_amounts({}, {2: report}, {2: list(lines)}, "k")


def _values(line: dict) -> tuple:
    return tuple(line[n].value for n in ("quantity", "unit_amount", "amount"))


def test_the_likeliest_fit_is_taken_where_the_sum_cannot_check_it():
    line = _line("๕", "๒๐๐.๐๐", "๒,๕๐๐.๐๐")
    issues = _run(None, line)
    assert _values(line) == (Decimal("4"), Decimal("600.00"), Decimal("2400.00"))
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert sorted(i.field for i in repaired) == ["expenses.amount", "expenses.quantity", "expenses.unit_amount"]
    evidence = json.loads(repaired[0].evidence)
    assert evidence["rule"] == "figure_odds" and "5 x 500.00" in evidence["candidates"] and evidence["odds"] >= 1000
    assert all("chosen in doubt" in i.message for i in repaired)
    assert not [i for i in issues if i.code == "repair_ambiguous" and i.field.startswith("expenses.")]


def test_none_where_the_sum_speaks_against_the_likeliest():
    line = _line("๕", "๒๐๐", "๒๕๐๐", 10)
    issues = _run("๙,๐๐๐", line, _line("๑", "๑,๐๐๐", "๑,๐๐๐", 11))
    assert _values(line) == (Decimal("5"), Decimal("200"), Decimal("2500"))
    assert any(i.code == "repair_ambiguous" and i.field == "expenses.amount" for i in issues)


def test_none_where_the_fits_stand_near_in_odds_or_a_figure_prints_another_character():
    # ๓ x ๒๐๐ = ๑,๕๐๐: 3 x 600 = 1,800 and 7 x 200 = 1,400 (๗ read ๓ half the time, ๔ read ๕ nearly always)
    line = _line("๓", "๒๐๐", "๑,๕๐๐")
    issues = _run(None, line)
    assert _values(line) == (Decimal("3"), Decimal("200"), Decimal("1500"))
    assert not [i for i in issues if i.code == "value_repaired"]
    # the same line with the quantity in an Arabic digit: not weighed
    line = _line("5", "๒๐๐.๐๐", "๒,๕๐๐.๐๐")
    _run(None, line)
    assert _values(line)[2] == Decimal("2500.00")


def test_the_shared_odds():
    assert digit_odds("๒", "6") > 0.7 and digit_odds("๒", "5") < 0.001
    assert digit_odds("๖", "6") < 0.001  # the model never writes ๖: read as itself, half a printing
    assert digit_odds("x", "6") is None and printing_odds("๒๐", "6") is None
    assert odds_choice([(0.9, "a"), (0.0001, "b")], 1000) == ("a", 9000.0)
    assert odds_choice([(0.9, "a"), (0.1, "b")], 1000) is None and odds_choice([(0.9, "a")], 1000) is None
