"""An action-plan step's row whose words OCR damaged by a mark and whose chart marks after them it read as letters
("๑.ขออนมัติ )] 0 OF" for "๑. ขออนุมัติ" and the row's bars; fresh s88b003): the whole line read as chart debris
(a short line of letters no dictionary word covers), so step 1 lost its first words silently.  A row opened by its
step number and dot, its words before the chart's cells no debris, is the step's (steps._DOTTED_STEP_RE); a
debris line that opens with a bare figure stays debris."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _steps(first: str) -> dict[int, str]:
    plan = [first, "โครงการ", "และขออนุมัติ", "เงินจัดสรร", "๒. แต่งตั้ง  ท", "คณะกรรมการดำเนินงาน",
            "๓. จัดสรรงบประมาณ", "ให้โรงเรียน"]
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(plan, start=96)], out)
    return {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}


def test_a_numbered_row_with_marks_read_as_letters_keeps_its_words():
    assert _steps("๑.ขออนมัติ )] 0 OF")[1].startswith("ขออนมัติ")
