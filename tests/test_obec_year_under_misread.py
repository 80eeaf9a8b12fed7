"""parsers.obec_progress.year._years_under reads again, under a misread the
table lacks, only the year mentions whose printing holds the read digit in
Thai (or, for ๖, Thai digits with an Arabic 5 or 9 among them, which a year
reading takes as a ๖): for every misread tried (proven_misread,
_year_rivalled) it gives what reading every mention again gives."""

from __future__ import annotations

from collections import Counter

from normalizers.confusions import MISREADS, added_misreads
from parsers.obec_progress.year import _DIGITS, _years_under
from parsers.year_mentions import years_of

MENTIONS = [
    ("heading", "๒๕๒๑", 0), ("heading", "๒๕๒๓", 0), ("heading", "๒๕๖๗", 0), ("heading", "๒๕๐๑", 0),
    ("date", "๒๕๖๖", 11), ("date", "๒๕๒๒", 3), ("edition", "๑๓", 0), ("edition", "๑๘", 0),
    ("heading", "๒๕5๗", 0), ("heading", "๒9๖๘", 0), ("heading", "๒๕๖๗๑", 0), ("heading", "๒๕๒๐ๆ", 0),
    ("heading", "2567", 0), ("date", "256๘", 10), ("heading", "๒๕o๘", 0),
]


def test_the_years_every_mention_read_again_gives():
    counted = Counter(MENTIONS)
    table = {m: years_of(m) for m in counted}
    moved = set()
    for printed in _DIGITS:
        for read in _DIGITS:
            if read == printed or read in MISREADS.get(printed, ""):
                continue
            with added_misreads([(printed, read)]):
                again = {m: years_of(m) for m in counted}
            assert _years_under(counted, table, (printed, read)) == again, (printed, read)
            moved |= {m for m in counted if again[m] != table[m]}
    # (the misreads do move mentions, the mixed printing's ๖ among them: a test of readings, not of none)
    assert ("heading", "๒๕5๗", 0) in moved and ("heading", "๒๕๒๑", 0) in moved and len(moved) >= 5
    assert ("heading", "2567", 0) not in moved


def test_inside_a_misread_already_proved():
    counted = Counter(MENTIONS)
    with added_misreads([("7", "1")]):
        table = {m: years_of(m) for m in counted}
        for pair in [("6", "2"), ("8", "5"), ("9", "3"), ("7", "0")]:
            with added_misreads([pair]):
                again = {m: years_of(m) for m in counted}
            assert _years_under(counted, table, pair) == again, pair
