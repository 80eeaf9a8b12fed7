"""An action-plan step's row whose chart marks for months side by side OCR
read as one run of bars ("๓. AGU<tab>| ||||" for "๗. สรุป..." marked in
three months): the run is the chart's marks (steps._cell_speck), so the row
is a step's number and its marks, which the clean-up took for debris, read
back by its place (steps.steps_in_debris), and the step is read. Before,
the row was lost and its words ran into the step above, with no issue."""

from __future__ import annotations

from parsers.bma_proposal.steps import chart_cell, read_steps, steps_in_debris
from schemas.document import CopyReading, Line

_PLAN = [("1. แต่งตั้งคณะกรรมการดำเนินงาน\t| |", "text"), ("2. โรงเรียน\t| |", "text"), ("รายงาน", "text"),
         ("ผลการดำเนินงาน", "text"), ("3. AGU\t| ||||", "ocr_noise"), ("ผลการดำเนินงาน", "text"),
         ("และเผยแพร่", "text")]


def test_a_run_of_bars_is_the_chart_s_marks():
    assert chart_cell("| ||||") and chart_cell("||||||||||||")
    assert not chart_cell("ผลการดำเนินงาน") and not chart_cell("2,500")


def test_a_step_s_row_its_marks_run_together_is_read_back_and_opens_its_step():
    lines = [Line(no, text, kind) for no, (text, kind) in enumerate(_PLAN, start=1)]
    assert steps_in_debris(lines) == {5}
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(ln.no, ln.text) for ln in lines], out)
    steps = [rec["text"].value for _, rec in sorted(out.tables["activities"].items())]
    assert len(steps) == 3 and steps[1] == "โรงเรียน รายงาน ผลการดำเนินงาน"
