"""Value converters and line fixes for OCR'd Thai text: pure functions that
raise ValueParseError instead of returning a placeholder."""

from normalizers.dates import be_to_ce, fiscal_year_window, parse_date, parse_month_year
from normalizers.errors import ValueParseError
from normalizers.numbers import (
    parse_baht,
    parse_decimal,
    parse_int,
    parse_percent,
    thai_digits_to_arabic,
    thai_words_to_amount,
)
from normalizers.text import clean_value, fix_line, fix_line_and_explain

__all__ = [
    "ValueParseError", "be_to_ce", "clean_value", "fiscal_year_window", "fix_line", "fix_line_and_explain",
    "parse_baht", "parse_date", "parse_decimal", "parse_int", "parse_month_year", "parse_percent",
    "thai_digits_to_arabic", "thai_words_to_amount",
]
