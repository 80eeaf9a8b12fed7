"""Disbursements that do not add up to the budget spent: either side may be the misread one (fresh set s58o,
bma_progress_s58o010: report 6's "฿3๖,300" read "3,300", a digit lost, so no reading of any one part's
characters made the sum hold and the miss stood silent, budget_spent_mismatch naming the budget spent alone).
The mismatch names the disbursements too (rows.check_figures), as expense_sum_mismatch names both sides."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from schemas.document import Reading


def _reports(*paid: str) -> dict:
    return {seq: {"description": Reading("ประชุม", "ประชุม", 100 + 10 * seq, 100 + 10 * seq),
                  "disbursed": Reading(Decimal(p), p, 105 + 10 * seq, 105 + 10 * seq)}
            for seq, p in enumerate(paid, start=1)}


def _named(spent: str, *paid: str) -> list[tuple[str, int | None, int | None]]:
    return [(i.code, i.line_start, i.line_end) for i in check_figures(_reports(*paid), {}, {"budget_spent": Decimal(spent)})
            if i.field == "progress_reports.disbursed"]


def test_a_sum_that_fails_names_the_disbursements():
    assert _named("55400", "0", "19100", "3300") == [("budget_spent_mismatch", 110, 135)]


def test_a_sum_that_holds_names_nothing():
    assert _named("55400", "0", "19100", "36300") == []
