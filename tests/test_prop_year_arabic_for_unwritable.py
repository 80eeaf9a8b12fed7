"""A year of Thai digits with an Arabic 5 or 9 among them ('๒๕5๐', '๒๕๒9'): tesseract's Thai model cannot write
๖, and writes it as an Arabic 5 or 9 as often as a Thai ๒ or ๐ (the report dates of the worked sets, aligned with
their clean twins: 19 and 15 times).  Arabic digits are otherwise read as printed; in a year token of Thai digits
such a 5 or 9 may also be ๖ (parsers.repair.year_candidates).  Before, a BMA form whose title printed its fiscal
year '๒๕5๐' (for ๒๕๖๖) beside '๒๕๒๒' had its year chosen 2556 by its mentions, and its start date repaired into
that year with it (fresh set s32z, bma_progress_s32z004)."""

from __future__ import annotations

from parsers import repair
from parsers.repair import year_candidates


def test_an_arabic_5_or_9_among_thai_digits_may_be_a_6():
    repair._year_candidates.cache_clear()
    assert 2566 in year_candidates("๒๕5๐") and 2556 in year_candidates("๒๕5๐")
    assert 2566 in year_candidates("๒๕๒9")


def test_a_year_all_arabic_or_all_thai_is_read_as_before():
    repair._year_candidates.cache_clear()
    assert year_candidates("2556") == frozenset({2556})  # Arabic digits alone: read as printed
    assert 2566 not in year_candidates("2559")
    thai = year_candidates("๒๕๕๐")  # all Thai: the table's confusions only (๕ may be ๔ ๘ ๙, never ๖)
    assert 2566 not in thai and 2560 not in thai and 2550 in thai
