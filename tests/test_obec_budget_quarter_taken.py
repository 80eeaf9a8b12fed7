"""An OBEC project's last round (quarter 4) whose budget section's heading OCR read as another quarter ("ไตรมาสที่ ๓",
a ๔ misread), the round's other headings printing ๔: the section was kept as printed, two budget rows of the
project keyed quarter 3 (said repeated_row) and quarter 4's lost (fresh set s89a obec_progress_s89a001).  A
project reports each quarter once: a budget section naming another round's quarter in an OCR'd Thai digit is its
own round's (rounds._budget_quarter_taken), said as a repair (rule quarter_order).  An Arabic digit, which OCR does
not misread so, is kept as printed; a quarter no other round of the project holds is kept as printed."""

from __future__ import annotations

from pathlib import Path

from parsers.obec_progress.rounds import _budget_quarter_taken
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_002.txt"
HEADING = "การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๓"


def _project_1_budgets(printed: str) -> tuple[list[int], list[dict]]:
    lines = DOC.read_text(encoding="utf-8").split("\n")
    assert lines[240] == HEADING  # project 1's round of quarter 4 (its rounds: quarters 2, 3, 4)
    lines[240] = HEADING.replace("ที่ ๔", f"ที่ {printed}")
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    key = next(r["project_key"] for r in rows["quarterly_budgets"] if r["line_start"] <= 241 <= r["line_end"])
    quarters = sorted(r["quarter"] for r in rows["quarterly_budgets"] if r["project_key"] == key)
    said = [i for i in rows["issues"] if i["project_key"] == key and i["field"] == "quarterly_budgets.quarter"
            and i["code"] == "value_repaired"]
    return quarters, said


def test_a_budget_section_naming_another_round_s_quarter_is_its_own_round_s():
    quarters, said = _project_1_budgets("๓")
    assert quarters == [2, 3, 4]  # before: [2, 3, 3]
    assert len(said) == 1 and '"quarter_order"' in said[0]["evidence"]


def test_an_arabic_digit_is_kept_as_printed():
    assert _budget_quarter_taken((3, "3"), 3, 4, frozenset({2, 3})) is False
    assert _budget_quarter_taken((3, "๓"), 3, 4, frozenset({2, 3})) is True


def test_a_quarter_no_other_round_holds_is_kept_as_printed():
    assert _budget_quarter_taken((1, "๑"), 1, 4, frozenset({2, 3})) is False
    assert _budget_quarter_taken((3, "๓"), 3, 4, frozenset({3, 4})) is False  # the round's own is taken too
