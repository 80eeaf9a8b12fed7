"""An expense line inside a description cell a column's width wrapped (fresh set s62o, bma_progress_s62o008):
its item's "ค่า" parted from the rest of its word by the wrap ("ค่า" / "อาหารว่างและเครื่องดื่ม", joined with a
space), and its amount OCR read as Latin letters, the unit after them ("คนๆ ละ ๒๕ บาท.- เป็นเงิน coded บาท.-" for
๔,๐๗๕).  Before, no expense shape took the line: it was description text, cut and said, and the entry's next
line took its row.  Now it is the entry's line, its amount as printed (unreadable, said), its item one word.
And (bma_progress_s62o004) the count word "จำนวน" OCR read as Latin letters before a quantity is no item's."""

from __future__ import annotations

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values


def _found(text: str):
    return [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_an_amount_of_latin_letters_before_its_unit_is_the_lines_amount_unread():
    lines = _found("ค่า อาหารว่างและเครื่องดื่ม จำนวน 163 คนๆ ละ ๒๕ บาท.- เป็นเงิน coded บาท.- "
                   "ค่าเกียรติบัตร จำนวน 6๐ ใบๆ ละ ๕0 บาท.- เป็นเงิน 3,๐๐0 บาท.-")
    assert [(x.item, x.quantity, x.unit, x.each, x.amount) for x in lines] == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "163", "คน", "๒๕", "coded"),
        ("ค่าเกียรติบัตร", "6๐", "ใบ", "๕0", "3,๐๐0")]
    values, bad = expense_values(lines[0])
    assert values["amount"] is None and "amount" in bad and values["quantity"] == 163
    # "um" for the unit too
    [line] = _found("ค่าอาหาร จำนวน 20 คนๆ ละ 50 บาท เป็นเงิน bdoo um")
    assert line.amount == "bdoo" and expense_values(line)[0]["amount"] is None


def test_letters_with_no_unit_after_them_and_spaced_words_stay_as_before():
    # letters with no unit after them are no amount the shape vouches for: no line, as before
    assert _found("ค่าอาหาร จำนวน 20 คนๆ ละ 50 บาท เป็นเงิน coded และอื่นๆ") == []
    # a space inside an item after its first word is kept ("ค่าเช่า รถ" is no "ค่า" alone)
    [line] = _found("ค่าเช่า รถโดยสาร จำนวน 3 คันๆ ละ 3,500 บาท เป็นเงิน 10,500 บาท")
    assert line.item == "ค่าเช่า รถโดยสาร"


def test_the_count_word_read_as_latin_letters_is_no_part_of_the_item():
    # "จำนวน" as Latin letters before the quantity of a "จำนวน N unitๆ ละ X" line (fresh set s62o,
    # bma_progress_s62o004: "ค่าเช่ารถโดยสาร" / "HWW ๓ คันๆ az ๓,๕๐๐ บาท.-"): the item ends before it
    [line] = _found("ค่าเช่ารถโดยสาร\nHWW ๓ คันๆ az ๓,๕๐๐ บาท.- เป็นเงิน ๑๐,๕๐๐ บาท.-")
    assert (line.item, line.quantity, line.unit) == ("ค่าเช่ารถโดยสาร", "๓", "คัน")
    # the "N unit x X" form prints no count word: a Latin word there is left in the item, as before
    [line] = _found("ค่าเช่า bus 3 คัน x 3,500 บาท = 10,500 บาท")
    assert line.item == "ค่าเช่า bus"
