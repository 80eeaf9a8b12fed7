"""A month abbreviation OCR wrote in Latin look-alikes with one consonant read twice, its case apart ("n.wW." for
ก.พ.; fresh s88o009): no month's consonants were that many, so the date's month was any, and the report-window
repair chose January between a January and a March report (wrong: the truth is February).  One consonant read twice
is read once where the letters as they stand fit no month (normalizers.confusions.latin_month_readings)."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import latin_month_readings
from parsers.repair import date_readings


def test_a_consonant_read_twice_is_read_once():
    assert latin_month_readings("n.wW.") == {2, 9}
    assert latin_month_readings("n.w.") == {2, 9}


def test_the_date_s_readings_hold_its_months_alone():
    got = date_readings("20 n.wW. 2561")
    assert date(2018, 2, 20) in got and date(2018, 1, 20) not in got


def test_letters_that_fit_a_month_as_they_stand_are_not_collapsed():
    assert latin_month_readings("AA.") == {1, 3, 7, 8, 10}
