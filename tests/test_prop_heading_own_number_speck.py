"""BMA proposals printed as running text (the form on one line, wrapped anywhere by OCR) whose short heading's
section number OCR printed with a speck glued to it ("... เผยแพร่ผลงานทางเว็บไซต์ |] U7. งบประมาณ เบิกจ่ายจาก...":
fresh set pr23/set1 bma_proposal_pr23a007).  Inside a line a short heading's words ("งบประมาณ", common words)
are taken only after a number with a dot; a number OCR damaged had to be all digits or all specks ("ov."),
so "U7." was none, section 7 was not found (said: missing_section) and its budget, the whole table, was lost
(the text read as the action plan's last step).  Now the section's own number with one speck of no digit and
no Thai letter glued before or after it is its number too (sections._inline_short_heading); another number
with a speck is not."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.sections import _inline_short_heading
from tests.test_bma_proposal import _with_risks, run
from tests.test_prop_heading_dot_twice import _running
from tests.test_prop_risk_columns_run_on import TWO


def _budget(text: str) -> tuple:
    rows = run(_running(text))
    return rows["projects"][0]["budget_allocated"], len(rows.get("expenses", []))


def test_a_budget_heading_whose_number_ocr_glued_a_speck_to_is_found_in_running_text():
    base = _with_risks(TWO).replace("7. งบประมาณ...\n", "")  # the sample's heading printed once
    assert _budget(base.replace("7. งบประมาณ", "U7. งบประมาณ")) == _budget(base) == (Decimal("69500.00"), 2)


def test_the_own_number_with_a_speck_and_nothing_else():
    pattern = _inline_short_heading("งบประมาณ", 7)
    assert pattern.search("เว็บไซต์ |] U7. งบประมาณ เบิกจ่าย")
    assert pattern.search("เว็บไซต์ ๗'. งบประมาณ เบิกจ่าย")
    assert not pattern.search("เว็บไซต์ U5. งบประมาณ เบิกจ่าย")  # another section's number
    assert not pattern.search("เว็บไซต์ ก7. งบประมาณ เบิกจ่าย")  # a Thai letter: a word's
