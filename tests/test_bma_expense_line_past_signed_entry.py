"""An expense line whose amount opens with the digit its entry's disbursement showed its ฿ sign read as ("8๒,๕๐๐"
under "(ครั้งที่ ๒) = 8๓๐,๐๐๐", the disbursement read without it: 30,000), and that as read exceeds the disbursement it
is one part of, while without the digit it does not: the digit is the sign (repairs._lines_past_signed_entry).
Before, the line kept it, 82,500 for 2,500, flagged overspent only (fresh set s100o, bma_progress_s100o007: the
entry's other lines OCR garbled past reading, so no rule weighing every line could tell).  Said value_repaired
where the digits after the sign are sure, else kept without the sign and left in doubt (repair_ambiguous)."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _line(item: str, text: str, value: str | None, no: int) -> dict:
    return {"item": Reading(item, item, no, no), "amount": Reading(Decimal(value) if value else None, text, no, no)}


def _reports(printed: str, paid: str) -> dict:
    return {2: {"disbursed": Reading(Decimal(paid), f"งบประมาณที่เบิกใช้ (ครั้งที่ 2) = {printed}", 20, 20)}}


def _expenses(text: str, value: str) -> dict:
    return {2: [_line("ค่าตอบแทนวิทยากร", "8๑๒๐,ญ๐๐", None, 10), _line("ค่าวัสดุอุปกรณ์", text, value, 11)]}


def _about_line(issues, code):
    return [i for i in issues if i.code == code and i.field == "expenses.amount" and i.line_start == 11]


def test_a_line_past_its_signed_entry_loses_the_sign_digit():
    expenses = _expenses("82,500", "82500")
    issues = repair_amounts({}, _reports("830,000", "30000"), expenses, "k")
    assert expenses[2][1]["amount"].value == Decimal(2500)
    (said,) = _about_line(issues, "value_repaired")
    assert '"baht_sign"' in said.evidence and '"chosen": "2500.00"' in said.evidence


def test_thai_digits_that_may_be_misread_are_kept_without_the_sign_in_doubt():
    expenses = _expenses("8๒,๕๐๐", "82500")
    issues = repair_amounts({}, _reports("8๓๐,๐๐๐", "30000"), expenses, "k")
    assert expenses[2][1]["amount"].value == Decimal(2500)
    assert _about_line(issues, "repair_ambiguous") and not _about_line(issues, "value_repaired")


def test_an_entry_printed_without_the_sign_or_a_line_that_fits_keeps_it():
    expenses = _expenses("82,500", "82500")
    repair_amounts({}, _reports("30,000", "30000"), expenses, "k")  # (no sign read as a digit before the entry's)
    assert expenses[2][1]["amount"].value == Decimal(82500)
    expenses = _expenses("82,500", "82500")
    repair_amounts({}, _reports("8130,000", "130000"), expenses, "k")  # (the line fits its entry as read)
    assert expenses[2][1]["amount"].value == Decimal(82500)
