"""BMA progress expense line of the 'จำนวน N unitๆ ละ X บาท เป็นเงิน Y บาท'
shape whose unit amount OCR garbled into Latin letters: the ฿ read B and the
Thai digits after it as letters ("คนๆ ละ Boe เป็นเงิน", "ใบๆ ละ Béo เป็นเงิน",
"ใบ ๆ az Blo เป็นเงิน"), or the digits alone ("ชั่วโมงๆ ละ doo บาท.- เป็นเงิน",
"คนๆ ละ mo บาท.- เป็นเงิน", "ชั่วโมงๆ We ae บาท เป็นเงิน").  Such a token stood
for the unit amount only before "=" (clauses._GARBLED_EACH,
_GARBLED_EACH_UNIT), so the line was description text and lost, and the
lines after it took its number.  Now before "เป็นเงิน" or "รวม" too: the line
is read, its unit amount unreadable (repaired from the product or said).
A token that reads as a sign and digit look-alikes alone ("Booo") is the
unit amount too (test_prop_expense_lookalike_figures.py), unreadable: no
digit in it, so never the zeros read_amount would make of it."""

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from tests.conftest import sample_text
from tests.test_bma_progress_expenses import FOOD, SEED, _rows


def _read(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.value.item, e.value.quantity, e.value.each, e.value.amount)
            for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_a_garbled_unit_amount_before_the_amount_words_is_read():
    assert _read("ค่าอาหารว่างและเครื่องดื่ม จำนวน ๑๕๓ คนๆ ละ mo บาท.- เป็นเงิน ๕,๒๑๐ บาท.-") == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "๑๕๓", "mo", "๕,๒๑๐")]
    assert _read("ค่าเกียรติบัตร จำนวน ood ใบๆ ละ Béo เป็นเงิน 8๕,๕๕๐") == [
        ("ค่าเกียรติบัตร", "ood", "Béo", "8๕,๕๕๐")]
    assert _read("ค่าเกียรติบัตร จำนวน ๓\nใบ ๆ az Blo เป็นเงิน\n1๑.๕๕๐") == [("ค่าเกียรติบัตร", "๓", "Blo", "1๑.๕๕๐")]
    assert _read("ค่าตอบแทนวิทยากร จำนวน ๕ ชั่วโมงๆ ละ doo บาท.- เป็นเงิน ๒,๕๐๐ บาท.-") == [
        ("ค่าตอบแทนวิทยากร", "๕", "doo", "๒,๕๐๐")]


def test_a_sign_and_look_alikes_alone_is_an_unreadable_unit_amount():
    assert _read("ค่าตอบแทนวิทยากร จำนวน ๑๑ ชั่วโมงๆ az Booo เป็นเงิน 8๑,๒๐๐") == [
        ("ค่าตอบแทนวิทยากร", "๑๑", "Booo", "8๑,๒๐๐")]


def test_the_seed_reads_the_line_and_says_its_unit_amount():
    rows = _rows(sample_text(SEED).replace(FOOD, "ค่าอาหารฯ จำนวน 50 คนๆ ละ Boe เป็นเงิน 10,000.- บาท"))
    line = [r for r in rows["expenses"] if r["report_seq"] == 5 and r["seq"] == 1][0]
    assert (line["item"], line["quantity"], line["unit_amount"], line["amount"]) == (
        "ค่าอาหารฯ", Decimal("50.00"), None, Decimal("10000.00"))
    assert [i for i in rows["issues"] if i["code"] == "unparsed_value" and i["field"] == "expenses.unit_amount"]
