"""pipeline.printed.value_pattern is memoised, and an lru_cache takes True
for 1.0 or Decimal 1 and False for 0.0 or Decimal 0 (equal, with equal
hashes; only an int alone is its own key): a flag asked after such a number
got the number's pattern (an on_plan True "printed" '๑.๐' flagged
ocr_digits_doubtful), the number asked after the flag got None (its doubtful
digits not flagged), by what the process had read before - two runs of the
same archive on two workers gave different issues.  A flag is answered
before the memo now."""

from __future__ import annotations

from decimal import Decimal

from pipeline import printed
from pipeline.printed import value_pattern


def test_a_flag_is_no_figure_whatever_was_asked_before():
    getattr(printed, "_value_pattern", value_pattern).cache_clear()
    assert value_pattern(Decimal("1.00")) is not None and value_pattern(0.0) is not None
    assert value_pattern(True) is None and value_pattern(False) is None


def test_a_number_has_its_pattern_whatever_was_asked_before():
    getattr(printed, "_value_pattern", value_pattern).cache_clear()
    assert value_pattern(True) is None and value_pattern(False) is None
    for one in (1, 1.0, Decimal("1.00")):
        assert value_pattern(one).search("ร้อยละ 1.00")
    assert value_pattern(0).search("= 0.00 บาท")
