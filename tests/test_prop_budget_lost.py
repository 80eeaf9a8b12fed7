"""BMA proposals after OCR whose budget section is damaged past reading: the total's figure garbled
('เป็นเงิน ส๕๕,๓๕๕.๐๐ UM') and the table read column by column, so no expense line and no total was read
(set s19prb).  The total's loss was said (projects.budget_allocated) but nothing named the expense lines,
every one lost silently: a proposal with no line read and no total that would say how much they come to now
says its lines are lost (rows.check_budget: missing_value on expenses)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _lost(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "expenses"]


def _budget_replaced(body: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index(" 7. งบประมาณ\n") + len(" 7. งบประมาณ\n")
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + body + text[end:]


def test_no_line_and_no_total_read_says_the_lines_are_lost():
    rows = run(_budget_replaced("เบิกจ่ายจากงบประมาณ เป็นเงิน ส๕๕,๓๕๕.๐๐ UM\nรายการ\nค่าอาหารกลางวัน\nจํานวน หน่วย\n"))
    assert not rows.get("expenses")
    assert _lost(rows)


def test_lines_read_say_nothing_of_the_kind():
    assert not _lost(run(sample_text(PROPOSAL)))
