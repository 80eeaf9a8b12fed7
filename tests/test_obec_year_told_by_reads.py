"""An OBEC report of fiscal 2569 whose OCR writes no ๔ ๖ ๗ ๘ ๙ read its year "๒๕๒๕" 71 times, "๒๕๒๓" 56 times
and, where the year wrapped onto a line of its own, "๒๕๒๐" 18 times.  Two misreads the table lacks make every
mention agree: ๗ -> ๐ (2567, measured) and ๙ -> ๐ (2569, below one printing in a hundred); the measured one was
taken, and every row filed under 2567 (fresh set s99s, obec_progress_s99s003: 159 misses).  The printings are
weighed first by how often OCR writes each character where each digit was printed (year_mentions.told_by_reads,
normalizers.confusions.read_chance): ๙ reads ๕ and ๓ alike, ๗ mostly ๓, so these are 2569's, e^67 times over."""

from __future__ import annotations

from parsers.obec_progress.year import proven_misread
from parsers.year_mentions import told_by_reads

# (and its ๖ read ๐ in four: "๒๕๐๕", "๒๕๐๓", which no year of the 2550s is)
MENTIONS = ([("heading", "๒๕๒๕", 0)] * 71 + [("heading", "๒๕๒๓", 0)] * 56 + [("heading", "๒๕๒๐", 0)] * 18
            + [("heading", "๒๕๐๕", 0)] * 3 + [("heading", "๒๕๐๓", 0)])


def test_the_printings_of_the_year_tell_which_misread_made_them():
    pair, chosen, why = proven_misread(MENTIONS, "46789")
    assert (pair, chosen) == (("9", "0"), 2569) and "told_by_reads" in why
    year, odds = told_by_reads(MENTIONS, [2567, 2569])
    assert year == 2569 and odds[2567] > 10 ** 20


def test_printings_that_tell_too_little_leave_it_to_what_was_measured():
    few = [("heading", "๒๕๒๓", 0)] * 2 + [("heading", "๒๕๒๕", 0)]
    assert told_by_reads(few, [2567, 2569]) is None
    # mostly ๓, as ๗ reads: 2567
    mostly = [("heading", "๒๕๒๓", 0)] * 60 + [("heading", "๒๕๒๕", 0)] * 3 + [("heading", "๒๕๒๐", 0)] * 6
    assert told_by_reads(mostly, [2567, 2569])[0] == 2567
