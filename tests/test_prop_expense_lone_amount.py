"""A BMA progress expense line "item = amount" whose amount OCR garbled past
a figure's shape, standing alone after "=" with no "บาท" or ".-" after it:
"ค่าวัสดุ = Bos, ๑๐๐ :" (฿๙,๑๐๐), "ค่าเกียรติบัตร = Bod,doo ค่าเช่ารถโดยสาร =
Bo, pee", "ค่าอาหารฯ = = 18๑๕,๐๐๐ ::" (worked sets extra3 w007, s30o007, corpus
022).  Before, the reader refused it, the row was lost and the entry's
lines after it took its number.  Now it is an expense line, its amount
kept as printed: unreadable, mended from the entry's disbursement where the
sum pins it, else said (unparsed_value).  A token of look-alikes alone that
read_amount would read ("Boo" for ฿๖๐ as 0.00) stays text, as before."""

from decimal import Decimal

from parsers.bma_progress.clauses import expenses_in, lone_amount
from normalizers.numbers import thai_digits_to_arabic


def _read(text: str) -> list[tuple[str, str]]:
    return [(e.value.item, e.value.amount) for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_an_amount_garbled_alone_after_the_sign_is_an_expense_line_kept_as_printed():
    assert _read("และเบิกจ่ายตามงบประมาณ ค่าวัสดุ = Bos, ๑๐๐ :") == [("ค่าวัสดุ", "Bos, ๑๐๐")]
    assert _read("ค่าเกียรติบัตร = Bod,doo ค่าเช่ารถโดยสาร = Bo, pee") == [
        ("ค่าเกียรติบัตร", "Bod,doo"), ("ค่าเช่ารถโดยสาร", "Bo, pee")]
    assert _read("ค่าอาหารฯ = = 18๑๕,๐๐๐ ::") == [("ค่าอาหารฯ", "18๑๕,๐๐๐")]
    assert _read("ค่าเช่ารถโดยสาร = 7๑,ญ่๐๐") == [("ค่าเช่ารถโดยสาร", "7๑,ญ่๐๐")]


def test_a_token_that_is_no_garbled_amount_stays_text():
    # look-alikes alone read_amount would read wrongly, a word, an item with a figure in it, no item word
    for text in ("ค่าวัสดุ = Boo", "ค่าเฉลี่ย = ดีมาก", "ค่าเป้าหมาย = ร้อยละ 80", "ค่าอาหาร 50 คน = Bod,doo",
                 "(ครั้งที่ ๒) = Bod,doo"):
        assert _read(text) == [], text
    assert not lone_amount("Boo", "ค่าวัสดุ") and lone_amount("Bod,doo", "ค่าวัสดุ")
    assert not lone_amount("Bod,doo", "วัสดุ ๒ ชุด")


def test_a_lone_token_after_a_line_of_quantity_or_across_a_cells_gap_is_no_amount_of_the_item():
    # a quantity and unit amount before the sign (garbled): the line is of the other shape, its item not these
    # words; read in that shape (its item the words before the figures, its amount garbled: unreadable)
    assert _read("ค่าเกียรติบัตร aw ใบ x Bloo\n= Boléo") == [("ค่าเกียรติบัตร", "Boléo")]
    # cells read side by side: the item's sign stands empty, the figure after the gap is another cell's
    assert _read("ค่าวัสดุอุปกรณ์ =     = 8๑๕,ส่๐๐") == []


def test_a_line_whose_amount_and_whose_entrys_disbursement_are_both_unread_is_said_unchecked_on_its_table():
    from parsers.bma_progress.rows import _line_unchecked
    from schemas.document import Reading
    line = {"item": Reading("ค่าวัสดุ", "ค่าวัสดุ", 7, 7), "amount": Reading(None, "Bos, ๑๐๐", 7, 7)}
    issue = _line_unchecked(8, 1, line, {"disbursed": Reading(None, "Bow, ๑๐๐", 9, 9)})
    assert issue is not None and issue.field == "expenses" and (issue.line_start, issue.line_end) == (7, 7)
    assert _line_unchecked(8, 1, line, {}) is not None  # no disbursement read at all
    # the entry's sum can still check the line (its disbursement reads), or the line's amount reads: nothing said
    assert _line_unchecked(8, 1, line, {"disbursed": Reading(Decimal("9100"), "฿๙,๑๐๐", 9, 9)}) is None
    read = {**line, "amount": Reading(Decimal("9100"), "๙,๑๐๐", 7, 7)}
    assert _line_unchecked(8, 1, read, {}) is None
