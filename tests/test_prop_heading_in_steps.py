"""A short section heading alone on its line inside the action plan's steps:
the steps printed in a narrow column wrap after every word or two, so a
step's cell "งบประมาณ" stands alone on a line, as heading 7 does; where OCR
lost the budget section's own numbered heading, that cell was read as the
heading and the steps after it as the budget section's text (lost, with no
issue naming them)."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

# Steps 2 to 7 in a narrow column; step 2's second line is the heading's word alone.
NARROW = """2. จัดสรร
งบประมาณ
ให้โรงเรียน
ตามขนาด
3. โรงเรียน
รายงานแผน
4. โรงเรียน
ดำเนินการ
5. คัดสรร
ผลงาน
6. รายงานผล
7. สรุปผล
เผยแพร่
"""


def _narrow(heading: str = "") -> str:
    sample = sample_text(PROPOSAL)
    start = sample.index("\t2. จัดสรรงบประมาณ")
    return sample[:start] + NARROW + heading + sample[sample.index("\t \tเบิกจ่ายจากงบประมาณ"):]


def _steps(rows: dict) -> list[str]:
    return [a["text"] for a in sorted(rows["activities"], key=lambda a: a["seq"])]


def test_a_step_cell_that_reads_as_a_heading_whose_numbered_line_ocr_lost_stays_the_steps():
    rows = run(_narrow())
    steps = _steps(rows)
    assert len(steps) == 7
    assert steps[1] == "จัดสรร งบประมาณ ให้โรงเรียน ตามขนาด"
    assert steps[2:] == ["โรงเรียน รายงานแผน", "โรงเรียน ดำเนินการ", "คัดสรร ผลงาน", "รายงานผล", "สรุปผล เผยแพร่"]
    # the budget section opens at its own text, the line wider than the steps' column
    assert rows["projects"][0]["budget_allocated"] == Decimal("69500.00")
    assert rows["expenses"]


def test_the_numbered_heading_printed_is_the_heading_as_before():
    rows = run(_narrow("7. งบประมาณ\n"))
    assert len(_steps(rows)) == 7
    assert rows["projects"][0]["budget_allocated"] == Decimal("69500.00")


def test_a_bare_heading_after_which_no_step_goes_on_stays_the_heading():
    # the list before it ends there (its lines after it open no next number): a heading printed without its number
    text = _narrow().replace("3. โรงเรียน\nรายงานแผน\n4. โรงเรียน\nดำเนินการ\n5. คัดสรร\nผลงาน\n6. รายงานผล\n"
                             "7. สรุปผล\nเผยแพร่\n", "")
    rows = run(text)
    assert _steps(rows) == ["ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", "จัดสรร"]
