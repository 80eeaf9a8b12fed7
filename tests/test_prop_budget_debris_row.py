"""A budget table of item columns with a row OCR made of the table's rules or specks ("ใจ\ta", "a\ta": no digit,
no cell of more than two characters) among its rows: it was left out as "a row of another shape", said with
budget.UNREAD_ROW, so rows.unread_row took the lines read for less than the whole table and no sum of them was
weighed against the total (fresh s67o bma_proposal_s67o001: 4 figures left unread or wrong the total settles;
s77a001).  Now such a row is debris (budget.debris_row): said, its text as evidence, and the lines read are the
whole table.  A row with a digit, or a cell of three characters or more, is still a row of the table unread."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.bma_proposal.budget import UNREAD_ROW, debris_row
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
ROW = "ผู้เข้ารับการอบรม\t138\tคน\t80\t11,040\n"


def _read(text: str) -> tuple[list[tuple], list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    expenses = [(r["seq"], r["item"], r["quantity"] and str(r["quantity"]), r["unit_amount"] and str(r["unit_amount"]),
                 r["amount"] and str(r["amount"])) for r in rows.get("expenses", [])]
    return expenses, rows["issues"]


def test_a_debris_row_leaves_the_table_whole_and_is_said():
    text = DOC.read_text(encoding="utf-8")
    assert ROW in text
    expected, _ = _read(text)
    expenses, issues = _read(text.replace(ROW, ROW + "ใจ\ta\n"))
    assert expenses == expected
    assert not any(i["code"] == "unread_cells" and UNREAD_ROW in (i["evidence"] or "") for i in issues)
    said = [i for i in issues if i["code"] == "unread_cells" and i["field"] == "expenses"]
    assert len(said) == 1 and json.loads(said[0]["evidence"])["text"] == "ใจ\ta" and "debris" in said[0]["message"]


def test_a_row_with_a_digit_or_a_longer_cell_is_no_debris():
    assert debris_row("ใจ\ta") and debris_row("a\ta") and debris_row("a")
    assert not debris_row("ค่าอาหารกลางวัน\tฒซ่,๐๕๐")  # a category's name and its subtotal
    assert not debris_row("๑ 9 eo") and not debris_row("ee)\t1")
    assert not debris_row("ค่าวัสดุ")  # a name of three characters or more: a row of the table
