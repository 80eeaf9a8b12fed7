"""BMA progress expense item with a speck OCR read as a token of its own
among or after its words: a dot opening the wrapped line ("... ค่าอาหาร" /
". จำนวน 101 คนๆ ละ 200 บาท.- เป็นเงิน 20,200 บาท.-": item "ค่าอาหาร .",
silent, set x s25x004), "ค่า . อาหารว่างและ เครื่องดื่ม" (setb s19bpb011),
"ค่าอาหารว่างและเครื่องดื่ม !" (t s24t006), "ค่าจัดทำเอกสาร «" (bpdate25a009).
One or two marks of punctuation standing alone are no part of an item:
left out (clauses._ITEM_SPECK_RE).  Brackets, signs, figures and marks glued
to a word ("ค่าอาหารฯ") stay."""

from parsers.bma_progress.clauses import expenses_in
from normalizers.numbers import thai_digits_to_arabic
from tests.conftest import sample_text
from tests.test_bma_progress_expenses import FOOD, SEED, _lines, _rows


def _items(text: str) -> list[str]:
    return [e.value.item for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]


def test_a_speck_token_is_no_part_of_the_item():
    assert _items("ค่าอาหาร\n. จำนวน 101 คนๆ ละ 200 บาท.- เป็นเงิน 20,200 บาท.-") == ["ค่าอาหาร"]
    # (and "ค่า", parted from its word by the speck, binds it again: test_bma_progress_expense_amount_letters.py)
    assert _items("ค่า . อาหารว่างและ เครื่องดื่ม จำนวน 5 คนๆ ละ 20 บาท เป็นเงิน 100 บาท") == [
        "ค่าอาหารว่างและ เครื่องดื่ม"]
    assert _items("ค่าอาหารว่างและเครื่องดื่ม ! 196 คน x 25 = 4,900") == ["ค่าอาหารว่างและเครื่องดื่ม"]
    assert _items("ค่าจัดทำเอกสาร « = 5,300") == ["ค่าจัดทำเอกสาร"]


def test_marks_glued_to_a_word_and_brackets_stay():
    assert _items("ค่าอาหารฯ = 10,000.- บาท") == ["ค่าอาหารฯ"]
    assert _items("ค่าวัสดุ (กิจกรรมที่ 3) = 4,000.- บาท") == ["ค่าวัสดุ (กิจกรรมที่ 3)"]


def test_the_seed_reads_the_item_without_the_speck():
    rows = _rows(sample_text(SEED).replace(FOOD, "ค่าอาหารฯ\n. = 10,000.- บาท"))
    assert _lines(rows)[0][1] == "ค่าอาหารฯ"
