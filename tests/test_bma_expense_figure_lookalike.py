"""An expense line's amount OCR printed with a letter it writes for a Thai digit inside the figure ("๕,ญ๒๐" for
๕,๗๖๐: ญ for ๗, a look-alike) was cut at that letter when the line's product was weighed jointly
(repairs._figure kept "๕,", its readings 4 to 9 baht): no reading of the three figures could hold, and the line
was said to hold under none (expense_line_mismatch), though the figure's readings hold the truth.  The letter is
part of the figure where a digit or a look-alike follows it; a letter that opens a word is not."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _figure, _product_jointly
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_lookalike_letter_inside_a_figure_is_part_of_it():
    assert _figure("๕,ญ๒๐") == "๕,ญ๒๐"
    assert _figure("๑ฒ๒๐๐") == "๑ฒ๒๐๐"
    assert _figure("ฒ๓,80๐") == "ฒ๓,80๐"
    assert _figure("๑๒๐ คน") == "๑๒๐"  # a word after the figure is not (คน: no look-alike before a digit)
    assert _figure("๓๐.- บาท") == "๓๐."


def test_the_line_is_weighed_with_the_whole_figure():
    # 192 people x 30 baht = 5,760, printed in Thai digits; OCR read ๑๙๒ as ๑๓๒ and ๕,๗๖๐ as ๕,ญ๒๐ (unreadable)
    rec = {"quantity": Reading(Decimal(132), "๑๓๒", 7, 7), "unit_amount": Reading(Decimal(30), "๓๐", 8, 8),
           "amount": Reading(None, "๕,ญ๒๐", 8, 8)}
    issues = _product_jointly(rec, "k", "an expense line of report 4", lambda amount: amount == Decimal("5760.00"))
    assert {i.code for i in issues} == {"value_repaired"}
    assert rec["amount"].value == Decimal("5760.00") and rec["quantity"].value == Decimal(192)
    # without the entry's word (and the sum able to check it: `unchecked` False, the default), the one fit moves two
    # figures: said, not taken (test_bma_expense_product_pair: where the sum cannot check it)
    rec = {"quantity": Reading(Decimal(132), "๑๓๒", 7, 7), "unit_amount": Reading(Decimal(30), "๓๐", 8, 8),
           "amount": Reading(None, "๕,ญ๒๐", 8, 8)}
    issues = _product_jointly(rec, "k", "an expense line of report 4", lambda amount: False)
    assert {i.code for i in issues} == {"repair_ambiguous"}
    assert rec["amount"].value is None
