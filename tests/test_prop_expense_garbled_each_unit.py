"""BMA progress expense lines whose unit amount OCR garbled into Latin
letters (digits among them) with its unit still after it ("๑๒ คน % mo
บาท.- = ๒,ฒ๒๐ บาท.-", "๑33 คน x a0 บาท = ๕,๓๑0"; fresh sets m s19m005, h
s20h001): the garbled unit amount was known only right before the "="
(clauses._GARBLED_EACH), so the line was read as "item = amount", the count,
unit and price inside the item (flagged as such), quantity and unit lost.
Now the token with its "บาท" after it is the unit amount too, kept as
printed and unreadable (never the digit it holds: "a0" is no 0), for the
product or the entry's sum to mend, or an issue to say."""

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values


def _read(text: str):
    found = expenses_in(thai_digits_to_arabic(text), text, 1)
    assert len(found) == 1
    return found[0][2].value


def test_a_garbled_unit_amount_before_its_unit_is_the_unit_amount():
    e = _read("ดำเนินโครงการ ค่าอาหารกลางวัน ๑33 คน x a0 บาท = ๕,๓๑0 บาท")
    assert (e.item, e.quantity, e.unit, e.each, e.amount) == ("ค่าอาหารกลางวัน", "๑33", "คน", "a0", "๕,๓๑0")
    values, bad = expense_values(e)
    assert values["quantity"] == Decimal("133") and values["unit_amount"] is None and "unit_amount" in bad
    e = _read("ค่าอาหารว่างและเครื่องดื่ม ๑๒ คน % mo บาท.- = ๒,๗๒๐ บาท.-")
    assert (e.item, e.unit, e.each) == ("ค่าอาหารว่างและเครื่องดื่ม", "คน", "mo")
    assert expense_values(e)[0]["unit_amount"] is None


def test_a_readable_unit_amount_reads_as_before():
    for text, each in (("ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท", "200"), ("ค่าอาหาร 50 คน x B250 = 12,500 บาท", "250")):
        e = _read(text)
        assert e.each == each and expense_values(e)[0]["unit_amount"] == Decimal(each)
