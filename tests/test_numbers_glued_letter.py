"""A baht figure with a Thai letter OCR writes for a Thai digit glued after its digits ("๓ฒ" for ๓๗, "๕ซ.๕๐" for
๔๗.๕๐) is unreadable: read without the letter, "๓ฒ" was 3.00, a figure the text never printed, with nothing said.
A word after the figure ("๑๐๐สตางค์", "๑๐๐บาท") is no such letter."""

import pytest

from normalizers.confusions import LOOKALIKES
from normalizers.errors import ValueParseError
from normalizers.numbers import THAI_LOOKALIKE_LETTERS, parse_baht


def test_the_letters_are_the_lookalike_tables_thai_letters():
    assert set(THAI_LOOKALIKE_LETTERS) == {c for c in LOOKALIKES if "\u0e01" <= c <= "\u0e5b"}


@pytest.mark.parametrize("text", ["๓ฒ", "3ซ", "๑,๒๐ญ.๐๐", "๕ซฆ.๕๐", "๒๐อ บาท"])
def test_a_glued_lookalike_letter_makes_the_figure_unreadable(text):
    with pytest.raises(ValueParseError):
        parse_baht(text)


@pytest.mark.parametrize("text, value", [("๑๐๐บาท", "100.00"), ("๑๐๐สตางค์", "100.00"), ("1,200.-บาท", "1200.00"),
                                         ("๕๐ ส่วน", "50.00")])
def test_a_word_after_the_figure_is_read_past(text, value):
    assert str(parse_baht(text)) == value
