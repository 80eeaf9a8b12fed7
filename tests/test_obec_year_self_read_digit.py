"""An OBEC report of 2569 whose year OCR read "๒๕๒๓" in 85 headings (๖ as ๒, ๙ as ๓), and "๒๕๒๓๕" and "๒๕๒๕" in
a few more: its mentions allow 2559 and 2569 alike, since the table of confusions reads ๕ as ๒ too (measured 4
times in 9701), and no year was chosen; every budget row was keyed by the unread year (fresh set s85o,
obec_progress_s85o003, 103 misses).  ๕ is a digit OCR writes as itself (SELF_READ: 99 printings of 100 or more),
so a place printed so often that never shows it holds no ๕: 2569 is told, in doubt
(parsers.year_mentions.decided_by_readings, _self_missing)."""

from __future__ import annotations

from normalizers.confusions import SELF_READ
from parsers.year_mentions import decided_by_readings, tied_years

_MENTIONS = ([("heading", "๒๕๒๓", 0)] * 85 + [("heading", "๒๕๒๓๕", 0)] * 15 + [("date", "๒๕๒๓๕", 6)] * 2
             + [("date", "๒๕๒๕", 12)] * 2 + [("heading", "๒๕๒๕", 0)])


def test_a_digit_ocr_writes_as_itself_that_no_printing_shows_is_not_there():
    assert {"0", "2", "3", "5"} <= SELF_READ and not {"4", "6", "7", "8", "9"} & SELF_READ
    assert tied_years(_MENTIONS) == [2559, 2569]
    told = decided_by_readings(_MENTIONS)
    assert told is not None and told[0] == 2569 and told[1] == [2559, 2569]


def test_printings_that_show_the_digit_tell_nothing():
    shown = _MENTIONS + [("heading", "๒๕๕๓", 0)] * 3
    assert decided_by_readings(shown) is None or decided_by_readings(shown)[0] != 2569
