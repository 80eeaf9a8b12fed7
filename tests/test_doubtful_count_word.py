"""A one-digit count printed after "จำนวน" on a budget line wrapped over lines, in a digit the document's OCR may
have read for another: it was looked for with its decimals alone, found nowhere, and stood unflagged (the committed
set extra2's bma_proposal_z001: quantity ๕ for ๔, flagged only at another row's lines; pipeline.doubtful)."""

from __future__ import annotations

from decimal import Decimal

from pipeline.doubtful import flag_values
from schemas.document import Line


NEVER_READ = " ๑๒๓๕๐" * 40


def test_a_count_after_its_count_word_on_a_wrapped_budget_line_is_in_doubt_where_ocr_misreads_its_digit():
    text = [Line(1, "รายงาน" + NEVER_READ)] + [Line(no, t) for no, t in enumerate(
        ["- โรงเรียน", "ขนาดใหญ่", "จำนวน ๕", "โรงเรียนๆ ละ", "๑๕,๐๐๐.-บาท", "เป็นเงิน ๗๕,๐๐๐.-บาท"], start=10)]
    row = {"quantity": Decimal("5.00"), "line_start": 10, "line_end": 15}
    (issue,) = flag_values("46789", {"expenses": [row]}, text, [])
    assert (issue.code, issue.field, issue.line_start) == ("ocr_digits_doubtful", "expenses.quantity", 12)
    # a digit OCR writes for no other (๑) is no doubt
    text[3] = Line(12, "จำนวน ๑")
    assert flag_values("46789", {"expenses": [dict(row, quantity=Decimal("1.00"))]}, text, []) == []
