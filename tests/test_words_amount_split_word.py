"""An amount in Thai words with a word OCR parted by a space ("(หนึ่ง แสนหนึ่งหมื่นหกพันเก้าร้อ ยบาทถ้วน)": the "ย"
of ร้อย alone before บาท) read only that "ย", respelled "ยี่", as 2: a BMA proposal's total taken as 2.00 for
116,900 (fresh set s98p, bma_proposal_s98p001, a wrong repair).  The chunks run together where their run is number
words (normalizers.numbers._words_before), and ยี่ spells two only before สิบ (respell_number_words)."""

from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from normalizers.numbers import respell_number_words, thai_words_to_amount


def test_a_word_parted_by_a_space_is_read_whole():
    assert thai_words_to_amount("(หนึ่ง แสนหนึ่งหมื่นหกพันเก้าร้อ ยบาทถ้วน)") == Decimal("116900.00")


def test_a_lone_yi_spells_no_number():
    assert respell_number_words("ย") is None
    assert respell_number_words("ยสบ") == "ยี่สิบ"


def test_words_glued_to_other_text_stay_an_error():
    with pytest.raises(ValueParseError):
        thai_words_to_amount("ทั้งสิ้นหกหมื่นบาท")
