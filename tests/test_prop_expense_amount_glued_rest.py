"""BMA progress expense line whose amount OCR glued a look-alike of a digit or
a group no number has to ("= ๒อ,อ๐๐.- บาท" for ฿๖,๖๐๐, "= ๕,@๑๒9๐", "=
ฒ,๓อ๐ บาท.-", "= ๑๒,อ50 บาท", "= ๑๐,๒๕๑๕๐"; 15 such amounts in 13 documents
of 10 sets: setb s19bpb001, w s19w003, m s19m008, r s23r002, s23r005,
bpexp24 a003, b016, bprep24 a014, the committed sets' 010, 018, x014, z010,
z015, t016): the figures' pattern ended inside the token and the line's
amount was the digits before the glued character ("๒" read 2.00, "๑๐" read
10.00), the rest left as description text.  The whole token is the amount
now, as printed: unreadable, for the line's product or the entry's sum to
mend, or an issue to say."""

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values


def _read(text: str) -> list[tuple[str, str]]:
    return [(e.value.item, e.value.amount) for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_the_glued_rest_is_the_amounts_and_the_amount_is_unread():
    assert _read("ค่าเกียรติบัตร ๑๓๒ ใบ % ๕๐.- บาท =\n๒อ,อ๐๐.- บาท ค่าวัสดุ = 500 บาท") == [
        ("ค่าเกียรติบัตร", "๒อ,อ๐๐"), ("ค่าวัสดุ", "500")]
    assert _read("ค่าจัดทำเอกสาร ๒๕ เล่ม % ๑๒๐ = ๕,@๑๒9๐") == [("ค่าจัดทำเอกสาร", "๕,@๑๒9๐")]
    assert _read("ค่าอาหาร 111 คน x 150 บาท.- = ๑๒,อ50 บาท") == [("ค่าอาหาร", "๑๒,อ50")]
    assert _read("ค่าอาหารกลางวัน ๕๓ คน x ๑๒๐ บาท = ๑๐,๒๕๑๕๐") == [("ค่าอาหารกลางวัน", "๑๐,๒๕๑๕๐")]
    assert _read("ค่าวัสดุ = ๕,อ๐๐.- บาท") == [("ค่าวัสดุ", "๕,อ๐๐")]
    for _, amount in _read("ค่าเกียรติบัตร ๑๓๒ ใบ % ๕๐.- บาท = ๒อ,อ๐๐.- บาท ค่าวัสดุ = ๕,อ๐๐.- บาท"):
        values, bad = expense_values(_expense(amount))
        assert values["amount"] is None and bad == ["amount"]


def _expense(amount: str):
    from parsers.bma_progress.clauses import Expense
    return Expense("ค่าวัสดุ", amount, 1)


def test_a_short_amount_keeps_its_glued_look_alike():
    """'๒๐ คน x ๓๐ บาท = ๕อ๐ บาท' (อ a look-alike of ๖): the token whole, for the product to weigh
    (600 = 20 x 30 is a reading of it); before, the amount read '๕' (5.00)."""
    (_, _, event), = expenses_in(*(lambda t: (thai_digits_to_arabic(t), t))("ค่าอาหาร ๒๐ คน x ๓๐ บาท = ๕อ๐ บาท"), 1)
    assert event.value.amount == "๕อ๐"


def test_a_word_or_a_sign_glued_after_an_amount_is_no_rest():
    assert _read("ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท") == [("ค่าอาหาร", "10,000")]
    assert _read("ค่าวัสดุ = 5,000 บาทค่าอาหาร") == [("ค่าวัสดุ", "5,000")]
    assert _read("ค่าอาหาร = ๕๐๐ บาท/คน") == [("ค่าอาหาร", "๕๐๐")]
    assert _read("ค่าวัสดุ = ๕,๐๐๐.- บาท ค่าอาหาร = ๑,๐๐๐.- บาท") == [("ค่าวัสดุ", "๕,๐๐๐"), ("ค่าอาหาร", "๑,๐๐๐")]
    values, bad = expense_values(_expense("๕,๐๐๐"))
    assert values["amount"] == Decimal("5000.00") and not bad
