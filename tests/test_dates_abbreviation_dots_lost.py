"""A Thai date whose month abbreviation OCR printed with both its dots lost ("15 พย 2564", "28 เมย 2562"), or
with a comma after it ("1๒ พ.ค., 2562"): between a day and a year it is read as the abbreviation's month
(normalizers.dates._BARE_ABBREVIATIONS, _DMONY_RE).  Before, no date could be read from either (the report's
date unparsed).  Letters that are no abbreviation's, and a month with no year after it, read no date."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.dates import find_dates, parse_date
from normalizers.errors import ValueParseError


def test_an_abbreviation_without_its_dots_between_a_day_and_a_year():
    assert parse_date("15 พย 2564") == date(2021, 11, 15)
    assert parse_date("28 เมย 2562") == date(2019, 4, 28)
    assert parse_date("๑๐ มีค ๒๕๖๕") == date(2022, 3, 10)
    assert parse_date("3 มค 2565") == date(2022, 1, 3)


def test_a_comma_after_the_month():
    assert parse_date("1๒ พ.ค., 2562") == date(2019, 5, 12)
    assert parse_date("27 กันยายน, 2564") == date(2021, 9, 27)


def test_other_letters_or_no_year_read_no_date():
    for text in ("5 คน 2564", "15 พย", "ครั้งที่ 2 พย"):
        with pytest.raises(ValueParseError):
            parse_date(text)
    assert find_dates("จำนวน 5 คน 2564 บาท") == []
