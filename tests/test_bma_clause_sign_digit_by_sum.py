"""A disbursement whose leading 3 or 8 is a digit, in a copy whose budget clauses print a ฿ sign (set s54o 005:
"= BO" five times, "= 80" twice for ฿0, "= 17,850" and "= 37,250" whose signs OCR lost without a trace, beside a
budget spent "855,100", its own sign read as an 8): _clause_signs read every amount opening with an 8 or 3 without
it, 37,250 as 7,250 (a wrong baht_sign repair), and the reports then added up to 25,100, no reading of the header.
The budget spent proves the digit (_digit_by_sum): with 37,250 as printed and the other signs dropped the reports add
up to 55,100, the header read without its sign; so it is kept as read, said (repair_ambiguous)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _clause_signs
from schemas.document import Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def _copy():
    return _reports(("BO", "0"), ("BO", "0"), ("17,850", "17850"), ("80", "80"), ("BO", "0"), ("BO", "0"),
                    ("80", "80"), ("BO", "0"), ("37,250", "37250"))


def test_the_budget_spent_proves_a_leading_3_a_digit():
    found = _copy()
    issues = _clause_signs(found, "k", spent=Reading(Decimal("855100"), "855,100", 90, 90))
    assert [found[n]["disbursed"].value for n in (4, 7, 9)] == [0, 0, Decimal("37250")]
    kept = [i for i in issues if i.line_start == 9]
    assert [i.code for i in kept] == ["repair_ambiguous"] and "only with it read as a digit" in kept[0].message
    # the header as read (no sign) proves it too
    found = _copy()
    _clause_signs(found, "k", spent=Reading(Decimal("55100"), "55,100", 90, 90))
    assert found[9]["disbursed"].value == Decimal("37250")


def test_the_signs_dropped_adding_up_prove_the_drop():
    found = _copy()
    issues = _clause_signs(found, "k", spent=Reading(Decimal("25100"), "25,100", 90, 90))
    assert found[9]["disbursed"].value == Decimal("7250")
    assert [i.code for i in issues if i.line_start == 9] == ["value_repaired"]


def test_without_a_budget_spent_that_proves_either_it_is_kept_in_doubt():
    # "17,850", its sign lost without a trace, says a leading digit may be the amount's own too (_sign_or_digit)
    for spent in (None, Reading(Decimal("855100"), "๕๕,๑๐๐", 90, 90),  # Thai digits: the total is not sure
                  Reading(Decimal("99000"), "99,000", 90, 90)):  # no way adds up
        found = _copy()
        issues = _clause_signs(found, "k", spent=spent)
        assert found[9]["disbursed"].value == Decimal("37250")
        assert [i.code for i in issues if i.line_start == 9] == ["repair_ambiguous"]
    # a report whose amount OCR lost: the sum proves nothing
    found = _copy()
    del found[5]["disbursed"]
    issues = _clause_signs(found, "k", spent=Reading(Decimal("855100"), "855,100", 90, 90))
    assert found[9]["disbursed"].value == Decimal("37250")
    assert [i.code for i in issues if i.line_start == 9] == ["repair_ambiguous"]
