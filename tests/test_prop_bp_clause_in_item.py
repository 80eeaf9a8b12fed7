"""BMA progress expense lines whose clause OCR damaged past the clause reader,
left in the item's words: the item, unit, quantity and unit amount are said
to be in doubt (parsers.bma_progress.read._CLAUSE_IN_ITEM_RE), never silent."""

from __future__ import annotations

from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ระดับกรุงเทพมหานคร\n :: ความก้าวหน้าของงานฯ = 40.00 %"


def _rows(line: str) -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1
    damaged = text.replace(_AT, f"ระดับกรุงเทพมหานคร {line}\n :: ความก้าวหน้าของงานฯ = 40.00 %")
    return process_document("001.txt", damaged.encode("utf-8"))


def test_a_clause_whose_price_ocr_wrote_in_latin_look_alikes_flags_the_line():
    # ๗๐ read "a0" (fresh set m s19m005), "lo" (s19bpa014): before, the price had to open with a digit, so
    # the line's item kept the clause and its quantity and unit amount were missing with no issue naming them
    # (a quantity OCR left readable, "๑33", the garbled price with its "บาท" after it is the unit amount, read
    # as unreadable: tests/test_prop_expense_garbled_each_unit.py; the item, quantity and unit are then read)
    rows = _rows("ค่าอาหารกลางวัน ๑33 คน x a0 บาท = ๙,๓๑0 บาท")
    assert [(e["report_seq"], e["item"], str(e["quantity"]), e["unit"], e["unit_amount"])
            for e in rows["expenses"]] == [(7, "ค่าอาหารกลางวัน", "133.00", "คน", Decimal("70.00"))]
    # (its unit amount then repaired by the product: 133 x 70 = 9,310, "a" for ๗ one of the look-alikes a repair
    # weighs where no reading under the table holds: normalizers.confusions.RARE_LOOKALIKES)
    assert "expenses.unit_amount" in {i["field"] for i in rows["issues"] if i["code"] == "value_repaired"}
    # a quantity OCR wrote with a Thai letter it writes for a digit ("๕ฒ"): the quantity too, unreadable
    # (clauses._LOOKALIKE_QTY, tests/test_prop_expense_qty_thai_lookalike.py); the item and unit read, the
    # quantity and unit amount said
    rows = _rows("ค่า อาหารกลางวัน ๕ฒ คน % lo บาท = ๓,๒๙๐ บาท")
    assert [(e["report_seq"], e["item"], e["quantity"], e["unit"], e["unit_amount"]) for e in rows["expenses"]] == [
        (7, "ค่าอาหารกลางวัน", None, "คน", None)]  # ("ค่า" binds its word: clauses._ITEM_WORD_WRAP_RE)
    said = {i["field"] for i in rows["issues"] if i["code"] == "unparsed_value"}
    assert {"expenses.quantity", "expenses.unit_amount"} <= said
    # a token with other letters where the quantity stands ("๕ข"): the clause stays in the item, and is said
    rows = _rows("ค่า อาหารกลางวัน ๕ข คน % lo บาท = ๓,๒๙๐ บาท")
    assert [(e["report_seq"], e["item"]) for e in rows["expenses"]] == [(7, "ค่าอาหารกลางวัน ๕ข คน % lo บาท")]
    said = {i["field"] for i in rows["issues"] if i["code"] == "unparsed_value"}
    assert {"expenses.item", "expenses.unit", "expenses.quantity", "expenses.unit_amount"} <= said


def test_an_item_of_words_alone_is_not_in_doubt():
    rows = _rows("ค่าอาหารกลางวัน ๑๓๓ คน x ๗๐ บาท = ๙,๓๑๐ บาท")
    assert [(e["item"], str(e["quantity"]), str(e["unit_amount"])) for e in rows["expenses"]] == [
        ("ค่าอาหารกลางวัน", "133.00", "70.00")]
    assert not [i for i in rows["issues"] if i["code"] == "unparsed_value" and i["field"].startswith("expenses")]
