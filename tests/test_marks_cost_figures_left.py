"""An expense item whose line OCR did not part into its cells (its quantity lost: "ค่าตอบแทนวิทยากร ชัวโมง X
๑.๒๐๐ บาท." holds the line's unit, times sign and unit amount): the tone marks' rule put the unit's mark back
('ชัวโมง' -> 'ชั่วโมง') and claimed the item repaired, an item still wrong whatever its marks (a wrong repair,
rule dictionary_marks, fresh set s61z's bma_progress 003).  An item or category cell that holds an expense line's
figures (pipeline.marks.cost_figures: a times sign before a figure, a figure and its บาท) gets no marks: kept as
read, repair_ambiguous with the figures as its debris; the item alone gets its marks back."""

from __future__ import annotations

import json

from pipeline.marks import cost_figures, restore_labels


def _restore(printed: str) -> tuple[dict, list]:
    row = {"item": printed, "line_start": 196, "line_end": 198}
    return row, restore_labels({"expenses": [row]}, [], [])


def test_an_item_holding_its_line_figures_is_kept_and_said():
    for printed in ("ค่าเช่าห้องประชุม ชัวโมง X ๒.๕๐๐ บาท.", "ค่าวิทยากร ชัวโมง 600 บาท"):
        row, (issue,) = _restore(printed)
        assert row["item"] == printed
        assert (issue.code, issue.field, issue.line_start) == ("repair_ambiguous", "expenses.item", 196)
        evidence = json.loads(issue.evidence)
        assert evidence["rule"] == "dictionary_marks" and evidence["debris"] == cost_figures(printed) != []


def test_the_item_alone_gets_its_marks_back():
    row, (issue,) = _restore("ค่าเช่าห้องประชุม ชัวโมง")
    assert issue.code == "value_repaired" and row["item"] == "ค่าเช่าห้องประชุม ชั่วโมง"


def test_figures_of_an_item_are_no_line_figures():
    assert cost_figures("ค่าอาหารว่างและเครื่องดื่ม") == [] and cost_figures("ค่าถ่ายเอกสาร 2 ชุด") == []
