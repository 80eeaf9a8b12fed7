"""BMA proposals after OCR whose budget table of item columns has one row no pattern reads (a speck between its
unit and its unit amount, "1 โรงเรียน — 8,500.-": fresh set set4 s19prd009's first copy; a stray comma before a
figure's ".-" and an item one space from its figures were two more, fixed one by one): item_columns gave the
WHOLE table up ("a row of another shape"), and the other readers read none of its lines (every expense row
missing, flagged only by the sum).  (That dash now reads as a speck, test_prop_budget_row_dash: the rows
made unreadable here hold a word there instead.)  Now the rows that read are kept and the one that does not is
said (an unread_cells issue on the expenses table at its lines); the lines after it keep their numbers in the
table (so another copy that read it agrees on them); its category is not checked against its subtotal, and the lines'
sum knows a row is missing (no repair by the sum)."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"


def _read(old: str, new: str) -> tuple[list[tuple], list[dict]]:
    text = DOC.read_text(encoding="utf-8")
    assert old in text
    rows = process_document("doc.txt", text.replace(old, new).encode("utf-8"))
    expenses = [(r["seq"], r["category"], r["item"], r["quantity"], r["unit_amount"], r["amount"])
                for r in rows.get("expenses", [])]
    return expenses, rows["issues"]


def test_the_rows_that_read_are_kept_and_the_unread_one_is_said():
    expenses, issues = _read("ผู้เข้ารับการอบรม\t138\tคน\t80\t11,040", "ผู้เข้ารับการอบรม\t138 คน ราคา 80.-\t11,040")
    assert [(seq, item, str(amount)) for seq, _, item, _, _, amount in expenses] == [
        (1, "รถโดยสารปรับอากาศ", "19000.00"), (3, "วิทยากรภายนอก", "4800.00"), (4, "วิทยากรภายใน", "3600.00")]
    said = [i for i in issues if i["code"] == "unread_cells" and i["field"] == "expenses"]
    assert [(i["line_start"], i["line_end"]) for i in said] == [(48, 48)]
    assert json.loads(said[0]["evidence"])["seq"] == 2
    # the sum knows a row is missing; nothing is repaired by it
    assert any(i["code"] == "expense_sum_mismatch" and "not read" in i["message"] for i in issues)
    assert not any(i["code"] == "value_repaired" for i in issues)


def test_a_category_with_a_row_unread_is_not_checked_against_its_subtotal():
    expenses, issues = _read("วิทยากรภายนอก\t4\tชั่วโมง\t1,200\t4,800", "วิทยากรภายนอก\t4 ชั่วโมง ราคา 1,200.-\t4,800")
    assert [(seq, item) for seq, _, item, *_ in expenses] == [
        (1, "รถโดยสารปรับอากาศ"), (2, "ผู้เข้ารับการอบรม"), (4, "วิทยากรภายใน")]
    assert expenses[2][1] == "ค่าตอบแทนวิทยากร"
    # วิทยากรภายใน's 3,600 is not the subtotal's 8,400, but its figures are not misread: a row is missing
    assert not any(i["code"] == "expense_sum_mismatch" and i["line_start"] == 51 for i in issues)
    assert any(i["code"] == "unread_cells" and i["field"] == "expenses" and i["line_start"] == 50 for i in issues)


def test_the_table_read_whole_says_nothing():
    expenses, issues = _read("รวมทั้งสิ้น", "รวมทั้งสิ้น")
    assert [seq for seq, *_ in expenses] == [1, 2, 3, 4]
    assert not any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in issues)
