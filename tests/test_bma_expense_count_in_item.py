"""An expense line whose count OCR read twice across a gap ("ค่าตอบแทนวิทยากร จำนวน 3<tab>3 ชั่วโมงๆ ละ 1,200 บาท
เป็นเงิน ..."): the clause reader takes the count nearest the unit, and the item kept "จำนวน 3", with no issue (set
s54o bma_progress_s54o007).  The count's word and its number are the line's count clause, no item's words: the item
is cut before them, said (value_repaired, rule count_in_item); where the number is not the quantity read, the
quantity is said in doubt too (parsers.bma_progress.read._count_cut)."""

from __future__ import annotations

from parsers.bma_progress.clauses import Expense
from parsers.bma_progress.read import _count_cut
from schemas.document import CopyReading


def _cut(item: str, quantity: str | None = "3"):
    out = CopyReading(0, 1, 99)
    return _count_cut(Expense(item, "3,600", 7, quantity, "ชั่วโมง", "1,200"), 2, 1, out), out.issues


def test_the_count_read_twice_is_cut_from_the_item():
    item, issues = _cut("ค่าตอบแทนวิทยากร จำนวน 3")
    assert item == "ค่าตอบแทนวิทยากร"
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.item")]
    assert '"rule": "count_in_item"' in issues[0].evidence


def test_two_counts_leave_the_quantity_in_doubt():
    item, issues = _cut("ค่าตอบแทนวิทยากร จํานวน ๕", "3")
    assert item == "ค่าตอบแทนวิทยากร"
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.item"),
                                                   ("repair_ambiguous", "expenses.quantity")]


def test_an_item_without_a_count_clause_is_kept():
    assert _cut("ค่าตอบแทนวิทยากร") == ("ค่าตอบแทนวิทยากร", [])
    assert _cut("ค่าตอบแทนวิทยากร จำนวน 3", None) == ("ค่าตอบแทนวิทยากร จำนวน 3", [])
