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
    said = {i["field"] for i in rows["issues"] if i["code"] == "unparsed_value" and "ค่าอาหารฯ ๑25" in i["message"]}
    assert said == {"expenses.item", "expenses.unit", "expenses.quantity", "expenses.unit_amount"}
