"""An OBEC report's year chosen in doubt (most mentions allow it, a tenth or
more read years no reading of theirs makes it: _year_disputed; or one misread
the table lacks would make every mention allow another year: _year_rivalled)
keys every budget row: a row keyed by a wrong year stands for a row of the
true year that no row holds, its quarter and note included.  The doubt named
quarterly_budgets.fiscal_year_be only, so such a row's other cells (its
quarter, its note) were missed with no issue naming them (silent; t s24t001:
๒๕๖๗ read "๒๕๒๐" and "๒๕๒๐๑", chosen 2566 in doubt).  Now the doubt names the
table as a whole too, as the undecided year does (_undecided_year)."""
from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading


def _budgets() -> dict:
    return {("p1", 1): {"fiscal_year_be": Reading(None, "ปีงบประมาณ ๒๕๒", 40, 40)},
            ("p2", 1): {"fiscal_year_be": Reading(2523, "ปีงบประมาณ ๒๕๒๓", 60, 60)}}


def _doubted(mentions: list) -> set:
    summary = {"n_projects": Reading(9, "จำนวน ๙ โครงการ", 5, 5)}
    return {i.field for i in repair_fiscal_years(summary, _budgets(), mentions) if i.code == "repair_ambiguous"}


def test_a_rivalled_year_puts_every_budget_row_in_doubt():
    # ๒๕๖๗ printed "๒๕๒๓" in eight headings, "๒๕๒๑" in two: 2553 by the table, rivalled (s19prb001's shape)
    fields = _doubted([("heading", "๒๕๒๓", 0)] * 8 + [("heading", "๒๕๒๑", 0)] * 2 + [("edition", "๑๐", 0)] * 2)
    assert {"quarterly_budgets.fiscal_year_be", "quarterly_budgets"} <= fields


def test_a_disputed_year_puts_every_budget_row_in_doubt():
    # most headings "๒๕๒๑" (2561 by the table), a third "๒๕๒๓" (no reading of them is 2561)
    fields = _doubted([("heading", "๒๕๒๑", 0)] * 8 + [("heading", "๒๕๒๓", 0)] * 4)
    assert {"quarterly_budgets.fiscal_year_be", "quarterly_budgets"} <= fields


def test_a_year_no_mention_speaks_against_puts_no_row_in_doubt():
    assert not _doubted([("heading", "๒๕๒๓", 0)] * 8 + [("edition", "๑๐", 0)] * 2)
