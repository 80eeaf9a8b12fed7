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


def test_a_certain_figure_is_named_too_when_no_reading_of_the_others_mends_the_line():
    # "9 โรงเรียน ๑๒,๕๐๐ 25,000" (set s36o: the English model read an Arabic 2 as 9): the quantity's digit is
    # certain by its characters, the unit amount's are not, but no reading of the unit amount makes 9 x it
    # 25,000; so the quantity is in doubt too, and is named, not left wrong silently
    text = sample_text(PROPOSAL)
    rows = run(text.replace(_LINE, "จำนวน 9 โรงเรียนๆ ละ ๑๓,๑๐๐.-บาท เป็นเงิน 39,300.-บาท"))
    assert _named(rows) == {"expenses.quantity", "expenses.unit_amount", "expenses.amount"}


def test_a_line_a_reading_of_its_uncertain_figure_would_mend_keeps_the_certain_ones_as_read():
    from decimal import Decimal

    from parsers.bma_proposal.rows import _mended_by
    from schemas.document import Reading

    def line(amount: str) -> dict:
        return {"quantity": Reading(Decimal(3), "3", 1, 1), "unit_amount": Reading(Decimal(13500), "๑๓,๕๐๐", 1, 1),
                "amount": Reading(Decimal(amount.replace(",", "")), amount, 1, 1)}
    assert _mended_by(line("40,200"), ["unit_amount"])  # ๑๓,๔๐๐ (๔ read ๕) x 3
    assert not _mended_by(line("40,700"), ["unit_amount"])
