"""BMA progress expense lines "item = amount" whose amount OCR garbled past a
number's shape, closed by ".-" or "บาท" ("ค่าตอบแทน" / "วิทยากร =" /
"๑@๑๒9,๐๐๐.-" / "บาท", "อุปกรณ์ =" / "@๑๑,ด๓๐๐.-", "= ๑ซ๐๐ บาท"; fresh set
w s19w002): no amount the clause reader knows, so the line was description
text and the report lost it (and the lines after it took its number).  Now
such a token (a digit in it, at most 12 characters) after an item in words
is the line's amount, kept as printed and unreadable (said, or mended by the
entry's sum); an amount holding a character no digit, look-alike or sign is
(read_amount read "b,eJoo" as 0.00) is unreadable."""

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import Expense, expenses_in
from parsers.bma_progress.entries import expense_values


def _read(text: str) -> list[tuple[str, str]]:
    return [(e.value.item, e.value.amount) for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_a_garbled_amount_after_an_item_keeps_the_line():
    text = ("ค่าตอบแทน\nวิทยากร =\n๑@๑๒9,๐๐๐.-\nบาท ค่าเช่า\nรถโดยสาร =\n๕,๕๐๐.- UM\nค่าวัสดุ\nอุปกรณ์ =\n"
            "@๑๑,ด๓๐๐.-\nบาท")
    assert _read(text) == [("ค่าตอบแทน วิทยากร", "๑@๑๒9,๐๐๐"), ("ค่าเช่า รถโดยสาร", "๕,๕๐๐"),
                           ("ค่าวัสดุ อุปกรณ์", "@๑๑,ด๓๐๐")]
    assert _read("ค่าจ้างเหมาจัดทำเอกสาร = ๑ซ๐๐ บาท ค่าวัสดุ = 5,000 บาท") == [
        ("ค่าจ้างเหมาจัดทำเอกสาร", "๑ซ๐๐"), ("ค่าวัสดุ", "5,000")]
    for amount in ("๑@๑๒9,๐๐๐", "@๑๑,ด๓๐๐", "๑ซ๐๐", "b,eJoo"):
        values, bad = expense_values(Expense("ค่าวัสดุ", amount, 1))
        assert values["amount"] is None and bad == ["amount"]


def test_no_garbled_amount_without_an_item_or_a_digit():
    assert _read("ในปี 2563 = a1b บาท") == []  # no item in words
    assert _read("ค่าจ้างเหมา จัดทำเอกสาร = b,eJoo.- บาท") == []  # no digit left: nothing says it is an amount
    assert _read("ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท") == [("ค่าอาหาร", "10,000")]
