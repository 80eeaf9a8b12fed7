"""An expense line whose product fails as read, where dropping a leading 8 or 3 (a ฿ sign OCR misread) from its
figures makes it hold with the digits as read, but its figures are Thai digits OCR confuses and other readings of
them hold too ("๒ x ๓๕๐๐ = ๓๑๐๐๐": 2 x 500 = 1,000 without the two ๓, and 2 x 700 = 1,400, 2 x 800 = 1,600 with
the ๕ read as the ๗ or ๘ OCR cannot write): the signs alone choose none (repairs._product_signs leaves the line to
the joint weighing, which says it in doubt, repair_ambiguous, where the entry's sum names none).  Before, the sign
choice was repaired as the only one (fresh set s53z: two wrong repairs, 2 x 3,500 = 7,000 printed).  Figures whose
digits have no other reading keep the repair (corpus 018: "122 คน x 8200 = 824,400")."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _product_signs, repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _line(quantity: str, each: str, amount: str, no: int = 10) -> dict:
    def reading(text: str) -> Reading:
        return Reading(Decimal(text.translate(_ARABIC).replace(",", "")), text, no, no)
    return {"item": Reading("ค่าเช่ารถโดยสาร", "ค่าเช่ารถโดยสาร", no, no), "quantity": reading(quantity),
            "unit_amount": reading(each), "amount": reading(amount)}


def test_signs_that_fit_among_other_readings_of_thai_digits_choose_nothing():
    rec = _line("๒", "๓๕๐๐", "๓๑๐๐๐")
    assert _product_signs(rec, "k", "an expense line of report 3") == []
    assert rec["unit_amount"].value == Decimal(3500) and rec["amount"].value == Decimal(31000)


def test_the_line_is_said_in_doubt_when_the_entry_names_no_fit():
    rec = _line("๒", "๓๕๐๐", "๓๑๐๐๐")
    issues = repair_amounts({}, {}, {3: [rec]}, "k")
    assert not [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in issues if i.code == "repair_ambiguous"} >= {"expenses.unit_amount", "expenses.amount"}
    assert rec["unit_amount"].value == Decimal(3500)  # kept as printed


def test_signs_before_digits_of_one_reading_are_still_repaired():
    rec = _line("122", "8200", "824,400")
    issues = _product_signs(rec, "k", "an expense line of report 3")
    assert [i.code for i in issues] == ["value_repaired", "value_repaired"]
    assert rec["unit_amount"].value == Decimal(200) and rec["amount"].value == Decimal(24400)
