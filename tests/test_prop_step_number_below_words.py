"""The action plan after OCR whose first row's number OCR read on a line of its own below the row's words, the
chart's marks after it read as specks ("ขออนุมัติโครงการ ..." / "1." / "| ]" / "2. แต่งตั้ง...": fresh set s63z,
bma_proposal_s63z005).  Step 1 was read with no text and left out, its words said as text before the first step.
Now a first step 1 read with no text, before a step 2 with its own, takes the words before it
(numbering.first_from_lead with bare_first, steps.read_steps)."""

from __future__ import annotations

from parsers.bma_proposal.numbering import Item, first_from_lead
from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line

_PLAN = ["ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", "1.", "| ]", "[ |", "2. แต่งตั้งคณะกรรมการดำเนินงาน",
         "3. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน", "4. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"]


def _steps(plan: list[str]) -> tuple[list[tuple[int, str]], CopyReading]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(plan, start=1)], out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())], out


def test_a_first_step_whose_number_stands_below_its_words_takes_them():
    steps, out = _steps(_PLAN)
    assert steps[0] == (1, "ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร") and [s for s, _ in steps] == [1, 2, 3, 4]
    assert not [i for i in out.issues if i.code in ("missing_row", "unplaced_text")]


def test_a_first_item_with_words_of_its_own_or_a_list_of_bare_numbers_keeps_the_lead():
    lead = [Line(1, "ขออนุมัติโครงการ")]
    own = [Item(1, "1.", ["แต่งตั้ง"], 2, 2), Item(2, "2.", ["จัดสรร"], 3, 3)]
    assert first_from_lead(own, lead, bare_first=True) == (own, lead)
    bare = [Item(1, "1.", [], 2, 2), Item(2, "2.", [], 3, 3)]  # numbers in a column of their own
    assert first_from_lead(bare, lead, bare_first=True) == (bare, lead)
    assert first_from_lead([Item(1, "1.", [], 2, 2), own[1]], lead) == ([Item(1, "1.", [], 2, 2), own[1]], lead)
