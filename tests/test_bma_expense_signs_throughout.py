"""Expense figures of a table run on in a paragraph whose ฿ sign OCR read as an 8 before every one, the document
showing no sign read as one ("ค่าตอบแทนวิทยากร = 818,400 ค่าเกียรติบัตร = 817,900"): baht_sign.expense_signs
cannot tell them (it asks for signs read as signs), so repairs._signed_throughout does: every figure opens with the
same 8 or 3, at least four, and an entry's lines add up to its disbursement without it and not as read.  Then each
figure loses it (rule baht_sign_throughout, value_repaired; in doubt where its Thai digits are unsure).  Before,
the amounts kept the 8 (fresh set s61z, six flagged misses).  A form that prints no sign, its amounts opening with
8 by chance, keeps them: no entry adds up so."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _amount(item: str, text: str, no: int) -> dict:
    value = Decimal(text.replace(",", ""))
    return {"item": Reading(item, item, no, no), "amount": Reading(value, text, no, no)}


def _report(paid: str) -> dict:
    return {"disbursed": Reading(Decimal(paid), paid, 20, 20)}


def _expenses() -> dict:
    return {2: [_amount("ค่าตอบแทนวิทยากร", "818,400", 10), _amount("ค่าเกียรติบัตร", "817,900", 10)],
            3: [_amount("ค่าถ่ายเอกสาร", "815,800", 11), _amount("ค่าวัสดุ", "811,400", 12)]}


def test_figures_all_opening_with_the_sign_lose_it_where_an_entry_adds_up_without_it():
    expenses = _expenses()
    issues = repair_amounts({}, {2: _report("36300"), 3: _report("27200")}, expenses, "k")
    repaired = [i for i in issues if i.code == "value_repaired" and '"baht_sign_throughout"' in i.evidence]
    assert len(repaired) == 4
    assert [r["amount"].value for r in expenses[2] + expenses[3]] == [Decimal(18400), Decimal(17900),
                                                                      Decimal(15800), Decimal(11400)]


def test_no_entry_adding_up_without_the_digit_keeps_the_figures():
    expenses = _expenses()
    issues = repair_amounts({}, {2: _report("1636300"), 3: _report("27900")}, expenses, "k")
    assert not [i for i in issues if '"baht_sign_throughout"' in (i.evidence or "")]
    assert expenses[2][0]["amount"].value == Decimal(818400)


def test_fewer_than_four_figures_or_another_first_digit_keep_them():
    expenses = _expenses()
    expenses[3][1] = _amount("ค่าวัสดุ", "11,400", 12)  # a figure opening with another digit: no sign throughout
    issues = repair_amounts({}, {2: _report("36300"), 3: _report("827200")}, expenses, "k")
    assert not [i for i in issues if '"baht_sign_throughout"' in (i.evidence or "")]
    assert expenses[2][0]["amount"].value == Decimal(818400)


def _clause_signs() -> dict:
    return {"clause_signs": Reading(4, "", 1, 30)}


def test_figures_opening_with_the_sign_in_a_document_whose_clauses_show_it_lose_it():
    # fresh set s89a bma_progress_s89a003: the budget clauses show ฿ as a sign, every expense figure but one opens
    # with 8 (the one, "68๑,๕๐๐", a speck before it), and misread digits spoil every entry's sum
    expenses = _expenses()
    expenses[3][1] = _amount("ค่าวัสดุ", "681,400", 12)
    expenses[3].append(_amount("ค่าอาหาร", "812,000", 13))
    issues = repair_amounts(_clause_signs(), {2: _report("1636300"), 3: _report("27900")}, expenses, "k")
    assert [r["amount"].value for r in expenses[2]] == [Decimal(18400), Decimal(17900)]
    assert expenses[3][1]["amount"].value == Decimal(681400)  # (the one that opens otherwise keeps what it reads)
    assert any('"baht_sign_throughout"' in (i.evidence or "") and "budget clauses show" in i.message for i in issues)


def test_without_the_clauses_signs_or_with_two_figures_otherwise_they_keep_the_digit():
    expenses = _expenses()
    repair_amounts({}, {2: _report("1636300"), 3: _report("27900")}, expenses, "k")
    assert expenses[2][0]["amount"].value == Decimal(818400)
    expenses = _expenses()
    expenses[3] = [_amount("ค่าถ่ายเอกสาร", "15,800", 11), _amount("ค่าวัสดุ", "11,400", 12)]
    repair_amounts(_clause_signs(), {2: _report("1636300"), 3: _report("27900")}, expenses, "k")
    assert expenses[2][0]["amount"].value == Decimal(818400)
