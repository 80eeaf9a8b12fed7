"""BMA proposal budget line whose figures, all printed in digits OCR reads surely (Arabic, no look-alike),
do not multiply out: "- เอกสารประกอบการอบรม  643 เล่ม  80.-  3,440.-" (set x s25x001: a speck read as a
leading digit of the quantity 43; the lines' sum confirms the amount).  rows.check_budget's own comment
says every figure is suspect when none is by its characters, but it named the amount alone, so the
misread quantity was wrong SILENTLY.  Now all three are named (expense_line_mismatch); a line with a figure
OCR may have misread still names only such figures."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_LINE = "จำนวน 3 โรงเรียนๆ ละ 13,100.-บาท เป็นเงิน 39,300.-บาท"


def _named(rows: dict) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == "expense_line_mismatch"}


def test_certain_figures_that_do_not_multiply_out_are_all_named():
    text = sample_text(PROPOSAL)
    assert _LINE in text
    rows = run(text.replace(_LINE, _LINE.replace("จำนวน 3 ", "จำนวน 63 ")))
    assert _named(rows) == {"expenses.quantity", "expenses.unit_amount", "expenses.amount"}


def test_a_line_that_multiplies_out_names_none():
    assert not _named(run(sample_text(PROPOSAL)))
