"""A BMA progress expense line whose unit amount's thousands comma OCR read as a point, where the amount's shape says
so (clauses._POINTED_EACH, the shape of clauses._POINTED_AMOUNT: a point before a group of exactly three digits, the
satang after a point of their own, or a pair ".," / ",."): "ค่าเช่ารถโดยสาร จำนวน ๒ คันๆ ละ ๑๒.๐๐๐.๐๐ บาท เป็นเงิน
..." (fresh set s70o, bma_progress_s70o002: the line was lost whole, its text cut out of the description as unplaced),
"ค่าตอบแทนวิทยากร ๓ ชั่วโมง x ๑.๒๐๐.๐๐ บาท = ..." (s72a, bma_progress_s72a007: read as "item = amount", its count,
unit and price inside the item).  The unit amount is read with each such separator as the comma, as the line's amount
already is; a unit amount of another shape is read as before."""

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.entries import expense_values


def _lines(text: str) -> list[dict[str, object]]:
    return [expense_values(e.value)[0] for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_a_unit_amount_with_points_for_commas_is_read():
    text = "ค่าเช่ารถโดยสาร จำนวน ๒ คันๆ ละ ๑๒.๐๐๐.๐๐ บาท เป็นเงิน ๒๕,๐๐๐.๐๐ บาท"
    assert _lines(text) == [{"item": "ค่าเช่ารถโดยสาร", "amount": Decimal("25000.00"), "unit": "คัน",
                             "quantity": Decimal("2.00"), "unit_amount": Decimal("12000.00")}]


def test_the_count_unit_and_price_stay_out_of_the_item():
    text = ("ค่าเกียรติบัตร ๕๐ ใบ x ๕๐.๐๐\nUM = ๕,๐๐๐.๐๐ บาท ค่าตอบแทนวิทยากร ๓ ชั่วโมง x ๑.๒๐๐.๐๐ บาท =\n\n๕,๕๐๐.๐๐\n\n"
            "บาท ค่าจัดทำเอกสาร ๑๑๐ เล่ม x ๑๕๐.๐๐ บาท = ๑๕,๕๐๐.๐๐ UM ::")
    got = _lines(text)
    assert [line["item"] for line in got] == ["ค่าเกียรติบัตร", "ค่าตอบแทนวิทยากร", "ค่าจัดทำเอกสาร"]
    assert (got[1]["quantity"], got[1]["unit"], got[1]["unit_amount"], got[1]["amount"]) == (
        Decimal("3.00"), "ชั่วโมง", Decimal("1200.00"), Decimal("5500.00"))


def test_a_pair_for_the_comma_and_a_sign_before_the_unit_amount():
    got = _lines("ค่าตอบแทนวิทยากร ๖ ชั่วโมง x ๑.,๒๐๐ บาท = ๗,๒๐๐ บาท")
    assert [(line["quantity"], line["unit_amount"]) for line in got] == [(Decimal("6.00"), Decimal("1200.00"))]
    got = _lines("ค่าอาหาร จำนวน ๒ คนๆ ละ B1.250.50 เป็นเงิน ๒,๕๐๑.๐๐ บาท")
    assert [line["unit_amount"] for line in got] == [Decimal("1250.50")]


def test_unit_amounts_of_other_shapes_read_as_before():
    for each, want in (("๑,๒๐๐.๐๐ บาท", Decimal("1200.00")), ("๕๐.๐๐ บาท", Decimal("50.00")),
                       ("B120", Decimal("120.00"))):
        got = _lines(f"ค่าอาหาร จำนวน ๓ คนๆ ละ {each} เป็นเงิน ๓๖๐.๐๐ บาท")
        assert [line["unit_amount"] for line in got] == [want], each
    # a lone point before three digits, no satang after it, is not this shape: read by the unit amount's own shape
    # and normalizers.confusions.read_amount, as before
    got = _lines("ค่าเช่ารถโดยสาร จำนวน ๒ คันๆ ละ ๑๒.๐๐๐ บาท เป็นเงิน ๒๔,๐๐๐.๐๐ บาท")
    assert [line["unit_amount"] for line in got] == [Decimal("12000.00")]
