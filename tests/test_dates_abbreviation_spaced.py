"""A date whose abbreviated month OCR printed with its dots read as spaces, or the first lost before a space
("28 ก พ 2564" for 28 ก.พ. 2564, "๑๑ เม ย. ๒๕๒๒"): no month token read it, so the report's date was unreadable.  The
date parser now reads the letters of an abbreviation parted where its first dot stands (normalizers.dates
_SPACED_ABBREVIATIONS), between a day and a year, not two letters apart that are no abbreviation; so do the readings
the repairs weigh (normalizers.confusions._DMONY_PARTS_RE), or a date so printed whose year OCR misread would be
read in that year and never repaired."""

from __future__ import annotations

from datetime import date

import pytest

from normalizers.dates import parse_date
from normalizers.errors import ValueParseError


@pytest.mark.parametrize("text, want", [
    (". 28 ก พ 2564", date(2021, 2, 28)),
    ("19 ก ย 2564", date(2021, 9, 19)),
    ("5 มี ค 2564", date(2021, 3, 5)),
    ("๑๑ เม ย.\n\n๒๕๖๒", date(2019, 4, 11)),
    ("12 มีนาคม พ ศ 2564", date(2021, 3, 12)),  # (the era's letters after a month name, as before)
])
def test_spaced_abbreviation(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text", ["3 ก พบ 2564", "3 ข พ 2564"])
def test_letters_that_are_no_abbreviation(text):
    with pytest.raises(ValueParseError):
        parse_date(text)


def test_the_repairs_read_it_too():
    # a year OCR misread (๖ read ๒): the readings the repairs weigh (normalizers.confusions.date_candidates) hold
    # the true date, as for the abbreviation with its dots
    from parsers.repair import date_readings
    spaced = date_readings("๑๑ เม ย.\n\n๒๕๒๒")
    assert date(2019, 4, 11) in spaced and spaced == date_readings("๑๑ เม.ย. ๒๕๒๒")
