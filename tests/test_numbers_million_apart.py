"""An amount in millions whose digit OCR read as a letter glued to the
figure or standing before ล้าน ("๑.๑ซ ล้านบาท" for ๑.๑๗): read as printed it
was 1.10 baht, a million times too small, with the letter dropped silently.
It cannot be read (normalizers.numbers.parse_baht raises; the field is
unparsed and said), while a figure right before ล้าน, or number words after
บาท, read as before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from normalizers.numbers import parse_baht


@pytest.mark.parametrize("text", ["๑.๑ซ ล้านบาท", "1.1 ซ ล้านบาท", "2.5ฆ ลานบาท"])
def test_a_letter_between_the_figure_and_million_is_unreadable(text):
    with pytest.raises(ValueParseError):
        parse_baht(text)


@pytest.mark.parametrize("text, value", [("1.17 ล้านบาท", "1170000.00"), ("๑.๑ ล้านบาท", "1100000.00"),
                                         ("0.35 ลานบาท", "350000.00"), ("1,000 บาท (หนึ่งล้านบาท)", "1000.00")])
def test_figures_before_million_or_words_after_baht_read_as_before(text, value):
    assert parse_baht(text) == Decimal(value)
