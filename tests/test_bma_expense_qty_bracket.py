"""An expense line whose quantity's first digit OCR read as an angle bracket ("ค่าเกียรติบัตร >๕ ใบ x ๒๐ บาท.- =
๑,๒๓๐ บาท.-" for ๖๔ ใบ): the bracket is the quantity's, which cannot be read (entries.expense_values), never the
item's last word nor dropped from the figure.  Before, the item read "ค่าเกียรติบัตร >" and the quantity 5, with
no issue naming the item (fresh set s85b, bma_progress_s85b004)."""

import pytest

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values
from tests.test_repair import entries, form, read


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_bracket_before_the_quantity_is_the_quantity_s_and_unreadable():
    text = "ค่าเกียรติบัตร >๕ ใบ x ๒๐ บาท.- = ๑,๒๓๐ บาท.-"
    (one,) = [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]
    assert (one.item, one.quantity, one.unit) == ("ค่าเกียรติบัตร", ">๕", "ใบ")
    values, bad = expense_values(one)
    assert values["quantity"] is None and bad == ["quantity"]


def test_its_quantity_is_mended_from_the_line_or_said():
    rows = read(form(entries=entries(lines_3="ค่าเกียรติบัตร >4 ใบ x 20 บาท = 1,280 บาท\n")))
    (line,) = [e for e in rows["expenses"] if e["item"] == "ค่าเกียรติบัตร"]
    assert str(line["quantity"]) == "64.00"
    assert [i for i in rows["issues"] if i["field"] == "expenses.quantity" and i["code"] == "value_repaired"]
