"""An OBEC budget amount whose digit-group separator OCR read as a space, its satang printed in a Thai digit the
engine confuses ("2 344.2๕" for 2,344.24: ๔ read ๕): the separator's issue judged the mended piece alone ("2 344",
sure Arabic digits) and said the amount repaired as 2,344.25 (fresh set s85o, obec_progress_s85o004, a wrong
repair).  The piece it names is the whole figure, its satang with it (budgets.read_amount), so an amount whose
digits are not all sure is read in doubt (repair_ambiguous), one whose digits are sure repaired as before."""

from __future__ import annotations

from decimal import Decimal

from parsers.obec_progress.budgets import read_amount
from parsers.repair import separator_issue


def test_the_mended_piece_is_the_whole_figure_and_a_thai_satang_digit_leaves_it_in_doubt():
    value, mended = read_amount("2 344.2๕ บาท")
    assert value == Decimal("2344.25") and mended[0] == "2 344.2๕"
    issue = separator_issue("disbursed", mended[0], value, 9, 9, "quarterly_budgets.disbursed", "a space for a comma")
    assert issue.code == "repair_ambiguous"


def test_a_figure_of_sure_digits_is_repaired_as_before():
    value, mended = read_amount("2 344.25 บาท")
    assert mended[0] == "2 344.25"
    issue = separator_issue("disbursed", mended[0], value, 9, 9, "quarterly_budgets.disbursed", "a space for a comma")
    assert issue.code == "value_repaired"
    assert read_amount("3 500 บาท") == (Decimal("3500.00"), ("3 500", "3500.00"))
