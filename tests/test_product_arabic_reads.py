"""An expense line printed in Thai digits whose unit amount OCR wrote in Arabic digits, its ๖ as a 5
("๒ คันๆ ละ 5,000.00 บาท เป็นเงิน ๑๒,๐๐๐.๐๐": ๖,๐๐๐.๐๐ printed, fresh set s56o: a silent miss).  No reading
under the table of confusions, nor under the misreads it leaves out, makes the product hold, and the unit
amount, its Arabic digits having no other reading there, went unnamed by the mismatch.  OCR is measured to write
๖ as an Arabic 5 or 9 (normalizers.confusions.ARABIC_READS): read so, the line has exactly one fit (repaired,
rule product, evidence arabic_reads); where it has none, the Arabic figure is named with the others."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _product_jointly
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(quantity: str, each: str, amount: str) -> dict:
    def value(text: str) -> Decimal:
        return Decimal(text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    return {"quantity": Reading(value(quantity), quantity, 7, 7), "unit_amount": Reading(value(each), each, 8, 8),
            "amount": Reading(value(amount), amount, 8, 8)}


def test_an_arabic_five_for_a_six_is_the_one_fit():
    rec = _line("๒", "5,000.00", "๑๒,๐๐๐.๐๐")
    issues = _product_jointly(rec, "k", "an expense line of report 7", lambda amount: False)
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.unit_amount")]
    assert '"arabic_reads": true' in issues[0].evidence
    assert rec["unit_amount"].value == Decimal("6000.00") and rec["quantity"].value == 2


def test_a_line_in_arabic_digits_only_is_not_read_so():
    # (a form that prints Arabic digits prints a 5 as a 5: nothing says the line's figure was a ๖)
    rec = _line("2", "5,000.00", "12,000.00")
    issues = _product_jointly(rec, "k", "an expense line of report 7", lambda amount: False)
    assert rec["unit_amount"].value == Decimal("5000.00")
    assert "value_repaired" not in {i.code for i in issues}


def test_no_fit_names_the_arabic_figure_too():
    rec = _line("๒", "5,000.00", "๑๓,๐๐๐.๐๐")  # no reading holds: each figure could be the misread one
    issues = _product_jointly(rec, "k", "an expense line of report 7", lambda amount: False)
    assert {i.code for i in issues} == {"expense_line_mismatch"}
    assert "expenses.unit_amount" in {i.field for i in issues}
