"""A BMA progress entry's disbursement of a few baht, with no issue (fresh set s54z, bma_progress_s54z007:
"฿๐" read "๒%๐" in a transposed table, the cell cut at its "%", the disbursement read 2.00 where the truth is
0.00).  No line of the form's budgets costs less than FEWEST_BAHT, so a whole amount above nothing and below it
is what OCR left of another figure (a ฿ read as a digit): kept as read, said (rows._coin_disbursement,
implausible_value on progress_reports.disbursed)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from schemas.document import Reading


def _odd(paid: str, printed: str) -> list[tuple[str, int | None]]:
    reports = {1: {"description": Reading("ประชุมผู้บริหาร", "ประชุมผู้บริหาร", 100, 104),
                   "progress_pct": Reading(10.0, "10.0%", 105, 105),
                   "disbursed": Reading(Decimal(paid), printed, 106, 106)}}
    return [(i.code, i.line_start) for i in check_figures(reports, {}, {})
            if i.field == "progress_reports.disbursed" and i.code == "implausible_value"]


def test_a_disbursement_of_a_few_baht_is_said():
    assert _odd("2", "๒") == [("implausible_value", 100)]
    assert _odd("8", "8") == [("implausible_value", 100)]


def test_nothing_and_real_amounts_are_not():
    assert _odd("0", "฿๐") == []
    assert _odd("15800", "฿15,800") == []
    assert _odd("12", "12") == []
    assert _odd("2.50", "2.50") == []  # not a whole amount: no figure a sign became
