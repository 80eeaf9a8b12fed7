"""BMA proposal budget lines after OCR that reach the total (the amount in Thai words) in several ways once misread
digits are read back, every other line read (s71a005: "๑ x ๑๕,๐๐๐ = ๑๕,๐๐๐" and "๕ x ๒,๐๐๐ = ๒๕,๐๐๐" beside
2 x 13,100 = 26,200 reach 68,200 as 18,000 + 4 x 6,000, as 15,000 + 5 x 5,400, as 14,000 + 4 x 7,000 ...): each
line was flagged and kept as read (six misses).  The choices that reach the total are now weighed together by
OCR's measured misreads (money._joint_odds: ๘ read ๕, ๔ read ๕, ๖ read ๒ are the misreads of digits the Thai
model cannot write), and the one ODDS_RATIO times likelier than every other is taken, said as chosen in doubt
(value_repaired, rule figure_odds); where no choice stands out so (two lines printed alike), the lines stay
flagged as before."""

import json
from decimal import Decimal

import pytest

from parsers.bma_proposal.money import repair_lines
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(quantity: str, each: str, amount: str, no: int) -> dict:
    def value(text: str) -> Decimal:
        return Decimal(text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    return {"item": Reading("โรงเรียน", "โรงเรียน", no, no), "quantity": Reading(value(quantity), quantity, no, no),
            "unit_amount": Reading(value(each), each, no, no), "amount": Reading(value(amount), amount, no, no)}


def test_the_choice_the_misreads_make_far_likelier_is_taken():
    first, second, third = _line("๑", "๑๕,๐๐๐", "๑๕,๐๐๐", 10), _line("๒", "๑๓,๑๐๐", "๒๖,๒๐๐", 11), \
        _line("๕", "๒,๐๐๐", "๒๕,๐๐๐", 12)
    issues = repair_lines([first, second, third], Decimal(68200))
    assert (first["unit_amount"].value, first["amount"].value) == (Decimal(18000), Decimal(18000))
    assert (third["quantity"].value, third["unit_amount"].value, third["amount"].value) == \
        (Decimal(4), Decimal(6000), Decimal(24000))
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert len(repaired) == 5 and all(json.loads(i.evidence)["rule"] == "figure_odds" for i in repaired)
    assert all("chosen in doubt" in i.message for i in repaired)


def test_choices_as_likely_are_not_taken():
    # two lines printed alike, one of them 4 x 6,000 = 24,000 misread: which is not known
    first, second, third = _line("๕", "๒,๐๐๐", "๒๕,๐๐๐", 10), _line("๒", "๑๓,๑๐๐", "๒๖,๒๐๐", 11), \
        _line("๕", "๒,๐๐๐", "๒๕,๐๐๐", 12)
    issues = repair_lines([first, second, third], Decimal(75200))
    assert first["amount"].value == Decimal(25000) and third["amount"].value == Decimal(25000)  # as read
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.line_start for i in issues if i.code == "repair_ambiguous"} == {10, 12}
