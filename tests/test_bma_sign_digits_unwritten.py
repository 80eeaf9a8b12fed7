"""An amount whose ฿ sign OCR read as a digit ("8๑๑,100"), in a document whose OCR never writes some Thai digits
(parsers.digits.unread_digits: tesseract's Thai model writes no ๔ ๖ ๗ ๘ ๙): the sign was dropped and the digits
after it said sure (value_repaired, 11,100.00) because the table of confusions gives a ๑ no other reading; but the
misreads it leaves out (๗ read as ๑ in 12 % of its printings, ๙ in 4 %) are of digits such a document never writes,
so a ๑ there may be one of them (set s66z: ฿๑๙,100 read "8๑๑,100").  The amount is now kept as printed without the
sign, in doubt (repair_ambiguous), in the disbursements, the expense lines and the header amounts; a document that
writes every digit still reads its ๑ as sure, and Arabic digits are sure whatever the document writes."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _clause_signs, _expense_signs, _sure_after_sign, _unwritten_pairs, \
    repair_baht_sign
from schemas.document import Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


_NO_SEVEN_NINE = {"unread_digits": Reading("46789", "", 1, 1)}


def test_the_unwritten_digits_leave_a_one_in_doubt():
    pairs = _unwritten_pairs(_NO_SEVEN_NINE)
    assert not _sure_after_sign("๑๑,100", pairs)
    assert _sure_after_sign("๑๑,100", [])  # a document that writes every digit
    assert _sure_after_sign("11,100", pairs)  # Arabic digits


def test_a_disbursement_after_its_sign_is_kept_in_doubt():
    reports = _reports(("Bo", "0"), ("8๑๑,100", "811100"), ("Bo", "0"))
    issues = _clause_signs(reports, "k", unwritten=_unwritten_pairs(_NO_SEVEN_NINE))
    assert reports[2]["disbursed"].value == Decimal("11100")
    assert [i.code for i in issues] == ["repair_ambiguous"] and "may be misread too" in issues[0].message
    # without the unwritten digits, as before: repaired, sure
    reports = _reports(("Bo", "0"), ("8๑๑,100", "811100"), ("Bo", "0"))
    assert [i.code for i in _clause_signs(reports, "k")] == ["value_repaired"]


def test_an_expense_amount_after_its_sign_is_kept_in_doubt():
    line = {"item": Reading("ค่าถ่ายเอกสาร", "", 3, 3), "amount": Reading(Decimal("811100"), "8๑๑,100", 3, 3)}
    issues = _expense_signs({2: [line]}, "k", unwritten=_unwritten_pairs(_NO_SEVEN_NINE))
    assert line["amount"].value == Decimal("11100") and [i.code for i in issues] == ["repair_ambiguous"]


def test_a_header_amount_after_its_sign_is_kept_in_doubt():
    project = {"budget_spent": Reading(Decimal("811100"), "8๑๑,100", 2, 2), "budget_spent_sign": Reading(True, "", 2, 2),
               **_NO_SEVEN_NINE}
    issues = repair_baht_sign(project, "k")
    assert project["budget_spent"].value == Decimal("11100") and [i.code for i in issues] == ["repair_ambiguous"]
    project = {"budget_spent": Reading(Decimal("811100"), "8๑๑,100", 2, 2), "budget_spent_sign": Reading(True, "", 2, 2)}
    assert [i.code for i in repair_baht_sign(project, "k")] == ["value_repaired"]
