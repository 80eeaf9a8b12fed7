"""BMA proposals after OCR whose budget table of item columns has an item's row one cell of which, before its
amount, OCR garbled past reading ("ผู้เข้ารับการอบรม | ๕๓ คน | ee) | 4,130", the unit amount's cell; "ผู้เข้ารับการอบรม
| we ALU | 70.- | 6,720.-", the quantity's and unit's; fresh sets s45z002, s48o005, s49z004): the row was left
out as "a row of another shape" (test_prop_budget_row_unread), its item, unit and amount lost with it, and the
lines' sum, knowing a row missing, weighed nothing.  Now such a row is an expense line: its item's words,
its amount, the cells that read; the garbled figures unread, every figure of the row said (unread_cells).
A cell of words ("138 คน ราคา 80.-") is no garbled cell: that row is still left out and said."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.bma_proposal.budget import _garbled_row
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
ROW = "ผู้เข้ารับการอบรม\t138\tคน\t80\t11,040"


def _read(new: str) -> tuple[list[tuple], list[dict]]:
    text = DOC.read_text(encoding="utf-8")
    assert ROW in text
    rows = process_document("doc.txt", text.replace(ROW, new).encode("utf-8"))
    expenses = [(r["seq"], r["item"], r["unit"], r["quantity"] and str(r["quantity"]),
                 r["unit_amount"] and str(r["unit_amount"]), str(r["amount"])) for r in rows.get("expenses", [])]
    return expenses, rows["issues"]


def test_a_row_whose_unit_amount_cell_ocr_garbled_is_a_line_its_unit_amount_unread():
    expenses, issues = _read("ผู้เข้ารับการอบรม\t138 คน\tee)\t11,040")
    assert [seq for seq, *_ in expenses] == [1, 2, 3, 4]
    assert expenses[1] == (2, "ผู้เข้ารับการอบรม", "คน", "138.00", None, "11040.00")
    said = {i["field"] for i in issues if i["code"] == "unread_cells" and i["line_start"] == 48}
    assert {"expenses.quantity", "expenses.unit", "expenses.unit_amount"} <= said
    # the table is read whole: no row of it is said unread
    assert not any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in issues)


def test_a_row_whose_quantity_and_unit_cell_ocr_garbled_keeps_its_unit_amount_and_amount():
    expenses, issues = _read("ผู้เข้ารับการอบรม\twe ALU\t80.-\t11,040.-")
    assert expenses[1][:2] == (2, "ผู้เข้ารับการอบรม")
    assert expenses[1][4:] == ("80.00", "11040.00")
    assert any(i["code"] == "unread_cells" and i["field"] == "expenses.quantity" and i["line_start"] == 48
               for i in issues)


def test_a_cell_of_words_or_a_category_is_no_garbled_row():
    assert _garbled_row("ผู้เข้ารับการอบรม", ["138 คน ราคา 80.-", "11,040"]) is None
    assert _garbled_row("ค่าอาหารกลางวัน", ["ee)", "11,040"]) is None  # a category's name and its subtotal
    assert _garbled_row("ผู้เข้ารับการอบรม", ["๕๓ คน", "ee)", "4,130"]) == ("ผู้เข้ารับการอบรม", "๕๓", "คน", "", "4,130")
    expenses, issues = _read("ผู้เข้ารับการอบรม\t138 คน ราคา 80.-\t11,040")
    assert [seq for seq, *_ in expenses] == [1, 3, 4]
    said = [i for i in issues if i["code"] == "unread_cells" and i["field"] == "expenses"]
    assert json.loads(said[0]["evidence"])["seq"] == 2
