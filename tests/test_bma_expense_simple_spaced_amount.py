"""BMA progress expense lines of the form's "item = amount" kind whose
amount's thousands comma OCR read as a space ("ค่าอาหารฯ = 4 300 -" / "บาท",
fresh s79o005 report 3; "= 84 400 ค่าอาหาร" for ฿4,400, s79a005 report 4).
The "item = amount" shape read the first group alone, which no lookahead
let stand before the next group: no expense line stood there, its row was
lost (and the report's sum check failed, so the lines around it went
unmended).  clauses._SIMPLE_SPACED_AMOUNT reads the groups, joined, where
the clause ends after them (its dash, "บาท", a separator, the line's end or
the next item's ค่า), as the count-and-price kind's amount already was
(_SPACED_AMOUNT).  Groups with more words after them are no amount."""

from __future__ import annotations

from decimal import Decimal

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in


def _lines(text: str) -> list[tuple[str, str]]:
    return [(e.value.item, e.value.amount) for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_spaced_amount_before_the_clause_s_end_is_read_with_its_groups_joined():
    assert _lines("ค่าอาหารฯ = 4 300 -\nบาท ค่าวัสดุ = 2,000.- บาท") == [("ค่าอาหารฯ", "4,300"), ("ค่าวัสดุ", "2,000")]
    assert _lines("ค่าวัสดุ = 84 400 ค่าอาหารฯ = 88,700") == [("ค่าวัสดุ", "84,400"), ("ค่าอาหารฯ", "88,700")]
    assert _lines("ค่าวัสดุ = ๒ ๘๐๐.๐๐ บาท") == [("ค่าวัสดุ", "๒,๘๐๐.๐๐")]


def test_groups_with_words_after_them_are_no_amount():
    assert _lines("ค่าวัสดุ = 5 100 คน") == []  # another cell's figure and words: which is the amount is in doubt
    assert _lines("ค่าวัสดุ = 5 100 %") == []


def test_the_report_s_lines_then_add_up_and_their_signs_are_read():
    from pipeline.stages import process_document
    from tests.conftest import sample_text

    at = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"  # report 8's text
    r8 = "งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท"
    text = sample_text("001_fdefb2afb18072a2.txt")
    lines = "ค่าตอบแทนวิทยากร = 16,300 บาท ค่าวัสดุ = 4 400 ค่าอาหารฯ = 8,700 บาท\n"
    text = text.replace(at, at + lines).replace(r8, r8.replace("= 0", "= 29,400"))
    rows = process_document("001.txt", text.encode("utf-8"))
    assert [(e["report_seq"], e["item"], e["amount"]) for e in rows["expenses"]] == [
        (8, "ค่าตอบแทนวิทยากร", Decimal("16300.00")), (8, "ค่าวัสดุ", Decimal("4400.00")),
        (8, "ค่าอาหารฯ", Decimal("8700.00"))]
