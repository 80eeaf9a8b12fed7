"""Disbursements printed with a ฿ sign where OCR lost the sign of some ("17,850" for ฿17,850) and read it as a sign
for others ("BO"): a "37,250" (for ฿37,250, its sign lost too) was taken for the sign read as a 3 and read 7,250.00,
wrong (set s54o bma_progress_s54o005).  Where a clause's amount opens with a digit no sign is read as, an 8 or 3 that
leaves an amount of some baht is kept as read and said in doubt (repairs._sign_or_digit); "80" for ฿0 is still
read 0."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _clause_signs
from schemas.document import Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def test_a_leading_three_beside_a_lost_sign_is_kept_in_doubt():
    reports = _reports(("BO", "0"), ("BO", "0"), ("17,850", "17850"), ("80", "80"), ("BO", "0"), ("BO", "0"),
                       ("80", "80"), ("BO", "0"), ("37,250", "37250"))
    issues = _clause_signs(reports, "k")
    assert [reports[n]["disbursed"].value for n in (4, 7, 9)] == [Decimal("0"), Decimal("0"), Decimal("37250")]
    assert sorted(i.code for i in issues) == ["repair_ambiguous", "value_repaired", "value_repaired"]
    doubt = next(i for i in issues if i.code == "repair_ambiguous")
    assert doubt.field == "progress_reports.disbursed" and doubt.line_start == 9


def test_with_no_lost_sign_the_digit_is_the_sign():
    reports = _reports(("BO", "0"), ("BO", "0"), ("80", "80"), ("BO", "0"), ("37,250", "37250"))
    issues = _clause_signs(reports, "k")
    assert reports[5]["disbursed"].value == Decimal("7250") and {i.code for i in issues} == {"value_repaired"}


def test_an_amount_read_over_the_allocation_still_loses_its_sign():
    # ("0" for ฿0, its sign lost, beside "810,800" for ฿10,800 in a project allocated 88,900: set s52z)
    reports = _reports(("Bo", "0"), ("BO", "0"), ("80", "80"), ("0", "0"), ("BO", "0"), ("810,800", "810800"),
                       ("BO", "0"))
    issues = _clause_signs(reports, "k", allocated=Decimal("88900"))
    assert reports[6]["disbursed"].value == Decimal("10800") and {i.code for i in issues} == {"value_repaired"}
    reports = _reports(("Bo", "0"), ("BO", "0"), ("80", "80"), ("0", "0"), ("BO", "0"), ("810,800", "810800"),
                       ("BO", "0"))
    _clause_signs(reports, "k", allocated=Decimal("1350000"))
    assert reports[6]["disbursed"].value == Decimal("810800")
