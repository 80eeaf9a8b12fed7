"""OBEC: a budget amount OCR left unreadable with a Thai letter no look-alike table lists glued between two of its
digits ("จำนวนเงินงบประมาณที่เบิกจ่ายจริง 3ผ๑ บาท" for ๓๙๙; fresh set s120p, obec_progress_s120p004).  Its
printing was cut at the letter ("3"), so its one reading was 3.00, and the quarter's sum took it for that, a wrong
repair.  The letter stands for a digit OCR misread past the table, any of the ten: the figure is read with each
(budgets._unread_values, _LETTER_IN_FIGURE_RE)."""

from decimal import Decimal

from parsers.obec_progress.budgets import _unread_values, printed_amount
from schemas.document import Reading


def _values(text: str) -> set[Decimal]:
    reading = Reading(None, text, 1, 1)
    return _unread_values(reading.text, printed_amount(reading))


def test_a_letter_between_two_digits_stands_for_any_digit():
    values = _values("จำนวนเงินงบประมาณที่เบิกจ่ายจริง 3ผ๑ บาท")
    assert {Decimal("301.00"), Decimal("351.00"), Decimal("391.00")} <= values
    assert Decimal("3.00") not in values


def test_a_letter_the_table_lists_keeps_its_own_digits():
    # "อ" is OCR's ๖ (LOOKALIKES): read as that digit, not as any
    values = _values("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๒อ,๒๕๐ บาท")
    assert Decimal("26250.00") in values and Decimal("20250.00") not in values
