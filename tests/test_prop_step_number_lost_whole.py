"""An action plan whose first row's line OCR lost with its number and first word ("1. ขออนุมัติ" gone, the row's
wrapped lines "โครงการ" / "และขออนุมัติ" / "เงินจัดสรร" left before "2. แต่งตั้ง..."): the lines before step 2 are
read as step 1 (numbering.first_from_lead), its text short of its first words.  Before, only its number was said
(value_repaired on activities.seq), the text wrong with no issue naming it (fresh set s97q, bma_proposal_s97q002).
Now an item with no number read before its text says its text is in doubt (unread_cells, field activities.text:
numbering.sequence_issues).  An item whose number was read is not said so."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _said(plan: list[str]) -> list:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(plan, start=1)], out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "activities.text"
            and "no number read" in i.message]


def test_a_step_read_with_no_number_says_its_text_is_in_doubt():
    said = _said(["โครงการ", "และขออนุมัติ", "เงินจัดสรร", "2. แต่งตั้งคณะกรรมการดำเนินงาน",
                  "3. จัดสรรงบประมาณให้โรงเรียนตามขนาด"])
    assert len(said) == 1 and said[0].line_start == 1 and "step 1" in said[0].message


def test_steps_read_with_their_numbers_say_nothing():
    assert _said(["1. ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", "2. แต่งตั้งคณะกรรมการดำเนินงาน",
                  "3. จัดสรรงบประมาณให้โรงเรียนตามขนาด"]) == []
