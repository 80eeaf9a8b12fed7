"""An OBEC report printed as running text whose budget clause label OCR
damaged ("จำนวนเงินงบประมาณทที่เบิกจ่ายจริง", a letter doubled): the label is
found inside the line as a long heading is, so the amount before it does not
run on into the next clause, and each amount is read at its own label."""

from __future__ import annotations

from decimal import Decimal

from parsers.obec_progress.running import _cuts
from tests.test_obec_ocr import project, report, run, running

DAMAGED = "จำนวนเงินงบประมาณทที่เบิกจ่ายจริง"  # (ท doubled)


def test_a_damaged_disbursed_label_inside_running_text_still_cuts_the_clause():
    text = report(projects=[project(1, "๒๕๖๗", planned="๑,๔๐๐", disbursed="๑,๔๐๐"), project(2, "๒๕๖๗")])
    text = text.replace("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑,๔๐๐", f"{DAMAGED} ๑,๔๐๐")
    assert DAMAGED in text
    rows = run(running(text))
    first = rows["quarterly_budgets"][0]
    assert (first["planned"], first["disbursed"]) == (Decimal("1400.00"), Decimal("1400.00"))
    assert not [i for i in rows["issues"] if i["field"] in ("quarterly_budgets.planned", "quarterly_budgets.disbursed")]


def test_the_damaged_label_is_a_cut_and_an_undamaged_sentence_is_none():
    line = f"ปีงบประมาณ 2565 จำนวนเงินงบประมาณตามแผนการใช้จ่าย 1,400 บาท {DAMAGED} 1,400 บาท"
    assert line.index(DAMAGED) in _cuts(line)
    # words of a note that only share the label's first words open nothing
    note = "ไม่สามารถเบิกจ่ายได้ เนื่องจากจำนวนเงินงบประมาณไม่เพียงพอ"
    assert not [c for c in _cuts(note) if c > 0]
