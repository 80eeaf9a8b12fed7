"""Disbursements printed with a ฿ sign: a copy whose budget clauses show the sign as a sign ("= Bo" for ฿๐) read
the sign of the others as an 8 ("= 8๐"), and _clause_signs drops it.  One clause whose amount opens with another
digit (the sign read as a ๒: "= ๒๐" for ฿๐, "= ๒๑๐,๕๕๐" for ฿๑๐,๙๙๐) forbade the rule for the whole copy, and
every "8๐" stayed 80.00 (extra2 z015: eight "Bo" and one such amount).  Where the clauses showing the sign
outnumber such amounts four to one, the rule holds, and the amount is left as read."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _clause_signs
from schemas.document import Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def test_one_amount_with_another_first_digit_among_many_signs_shown():
    found = _reports(("8๐", "80"), *[("Bo", "0")] * 4, ("8๐", "80"), ("๒๑๐,๕๕๐", "210550"))
    issues = _clause_signs(found, "k")
    assert [found[n]["disbursed"].value for n in (1, 6)] == [0, 0]
    assert found[7]["disbursed"].value == Decimal("210550")  # left as read
    assert sorted((i.code, i.line_start) for i in issues) == [("value_repaired", 1), ("value_repaired", 6)]


def test_not_where_the_signs_shown_are_fewer():
    found = _reports(("8๐", "80"), *[("Bo", "0")] * 3, ("๒๐", "20"))
    assert not _clause_signs(found, "k")
    found = _reports(("8๐", "80"), *[("Bo", "0")] * 8, ("๒๐", "20"), ("๕๐", "50"), ("๒๑๐", "210"))
    assert not _clause_signs(found, "k")
