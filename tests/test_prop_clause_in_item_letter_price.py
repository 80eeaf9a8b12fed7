"""A BMA progress expense line whose count, unit and price OCR damaged past the clause reader stays in the
item's words ("ค่าอาหารกลางวัน ๑33 คน x a0 บาท = ๙,๓๑๐", the ๗ of ๗๐ read as a Latin 'a'): the line is read
as an item and an amount, and such an item was said (unparsed_value of its item, unit and quantity) only
where the price opened with a digit, and never of its unit amount, so the item, quantity and unit amount
were wrong or lost with no issue naming them.  A price opening with a letter OCR made of a digit is a price
too, and the unit amount is said with the rest."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text
from tests.test_bma_progress_expenses import FOOD, SEED


def test_an_item_holding_a_clause_whose_price_opens_with_a_letter_is_said_of_every_figure():
    text = sample_text(SEED).replace(FOOD, "ค่าอาหารฯ ๑25 คน x a0 บาท = 10,000.- บาท")
    rows = process_document("003.txt", text.encode("utf-8"))
    # (since the garbled price with its "บาท" after it is the unit amount, tests/test_prop_expense_garbled_each_unit.py,
    # the line's count and unit are read and only its unit amount is said, unreadable)
    line = [e for e in rows["expenses"] if e["report_seq"] == 5 and e["seq"] == 1]
    assert [(e["item"], str(e["quantity"]), e["unit"], e["unit_amount"]) for e in line] == [
        ("ค่าอาหารฯ", "125.00", "คน", None)]
    said = {i["field"] for i in rows["issues"] if i["code"] == "unparsed_value" and "report 5" in i["message"]
            and i["field"].startswith("expenses")}
    assert said == {"expenses.unit_amount"}
