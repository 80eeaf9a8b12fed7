"""A proposal printed twice whose copies read a budget line's figures apart,
only one copy's multiplying out (quantity x unit amount = amount): the vote,
a tie, kept the first copy's (s19prb009: '๒ ... 16.๐00 ... 30,000' against
'2 ... 18,000 ... 36,000').  The copies whose figures do not multiply out have
no vote on the figures they read otherwise, and the disagreement is said."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

LINE = "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท"


def _twice(first: str, second: str = LINE) -> dict:
    sample = sample_text(PROPOSAL)
    assert LINE in sample
    return run(sample.replace(LINE, first) + "\n" + sample.replace(LINE, second))


def _line(rows: dict) -> tuple:
    e = next(e for e in rows["expenses"] if e["item"].startswith("โรงเรียนขนาดใหญ่"))
    return e["quantity"], e["unit_amount"], e["amount"]


def test_the_copy_whose_figures_multiply_out_is_kept_and_the_disagreement_said():
    rows = _twice("จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 38,200.-บาท")
    assert _line(rows) == (Decimal("2.00"), Decimal("15100.00"), Decimal("30200.00"))
    said = [i for i in rows["issues"] if i["code"] == "ocr_variant" and i["field"] == "expenses.amount"]
    assert said and "38,200.00" in said[0]["message"]


def test_copies_neither_of_which_multiplies_out_vote_as_before():
    rows = _twice("จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 38,200.-บาท",
                  "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 31,200.-บาท")
    assert not [i for i in rows["issues"] if i["code"] == "ocr_variant" and "multiply out" in i["message"]]
