"""The years a report's fiscal year can be that every printing of it allows.

A report prints its fiscal year tens of times (its cover, every section
heading, its dates), and OCR may damage every printing, each one its own
way: ๒๕๖๙ read "๒๕๐๕", "๒๕๒๑", "๒๕๒๓", "๒๕๐«๕" (๖ as ๐ or ๒, ๙ as ๕, ๑, ๓ or
as two characters).  The table of confusions (normalizers.confusions.MISREADS)
is kept narrow so that one printing does not read as too many years; a year
the mentions tie on under it (parsers.year_mentions.tied_years) is then
weighed against every printing under all that OCR was measured to make of a
digit: any character read for it in MEASURED_READS (Thai or Arabic), the
rare misreads, the look-alikes standing for it, the Thai letters OCR wrote
for a year's last digit (YEAR_LETTERS: "๒๕๒ฉ่" for ๒๕๖๙), and the pairs of characters
read for one digit (SPLIT_READS; a printing of five characters is a year
only so).  The true year is among every printing's readings; a tied year
some printings cannot be read as, under all of that, is not the report's
(printings_allow).  Nothing here decides: parsers.obec_progress.year takes
a year where exactly one of the tied years is left.
"""

from __future__ import annotations

from functools import lru_cache

from normalizers.confusions import (LOOKALIKES, MEASURED_READS, MISREADS, RARE_LOOKALIKES, RARE_MISREADS, SPLIT_READS,
                                    YEAR_LETTERS)
from normalizers.numbers import thai_digits_to_arabic


def _single_reads() -> dict[str, frozenset[str]]:
    """printed digit (Arabic) -> every character OCR was measured to read
    for it alone (itself, Thai and Arabic digits as Arabic, look-alikes)."""
    out: dict[str, set[str]] = {d: {d} for d in "0123456789"}
    for printed, (_total, thai, arabic) in MEASURED_READS.items():
        out[printed] |= set(thai) | set(arabic)
    for table in (MISREADS, RARE_MISREADS):
        for printed, reads in table.items():
            out[printed] |= set(reads)
    for table in (LOOKALIKES, RARE_LOOKALIKES, YEAR_LETTERS):
        for char, digits in table.items():
            for d in digits:
                out[d].add(char)
    return {d: frozenset(s) for d, s in out.items()}


SINGLE_READS = _single_reads()
# printed digit -> the pairs of characters read for it (SPLIT_READS), as Arabic digits or look-alikes
PAIR_READS: dict[str, frozenset[str]] = {d: frozenset(pairs) for d, pairs in SPLIT_READS.items()}


@lru_cache(maxsize=8192)
def could_print(printed: str, year: int) -> bool:
    """Whether OCR could have read the four digits of `year` (its digits as
    printed, in Thai) as `printed`: each digit as one character it was
    measured to read it as (SINGLE_READS), or as a pair (PAIR_READS)."""
    read = thai_digits_to_arabic(printed.strip())
    digits = str(year)
    # reachable[i]: the year's first digits so far consume read[:i]
    reachable = {0}
    for d in digits:
        nxt = set()
        for i in reachable:
            if i < len(read) and read[i] in SINGLE_READS[d]:
                nxt.add(i + 1)
            if i + 1 < len(read) and read[i:i + 2] in PAIR_READS.get(d, ()):
                nxt.add(i + 2)
        reachable = nxt
        if not reachable:
            return False
    return len(read) in reachable


def printings_allow(mentions: list[tuple[str, str, int]], years: list[int]) -> dict[int, int]:
    """For each of `years`, how many of the fiscal-year printings among
    `mentions` (headings, and dates: one of October to December prints the
    year before) no reading makes it (could_print), counting only the
    printings that could be one of `years` at all (a printing that is none
    of them is damage of its own, not evidence among them)."""
    against = {y: 0 for y in years}
    for kind, printed, month in mentions:
        if kind not in ("heading", "date"):
            continue
        shift = 1 if kind == "date" and month >= 10 else 0
        allows = {y for y in years if could_print(printed, y - shift)}
        if not allows:
            continue
        for y in years:
            if y not in allows:
                against[y] += 1
    return against


# printings of each copy, at least, that no reading makes a rival year, for the one year left to be taken
# (decided_by_printings): one damaged printing may lie outside what was measured (a pair of characters for a digit
# that SPLIT_READS lacks: ๗ read "๒๑"), two alike in each copy did not over the worked and fresh sets' reports
AGAINST_MIN = 2


def decided_by_printings(mentions: list[tuple[str, str, int]], tied: list[int] | None,
                         copies: int = 1) -> tuple[int, dict] | None:
    """The one year of `tied` (the years the report's mentions tie on under
    the table of confusions) that every fiscal-year printing allows under
    all OCR was measured to make of a digit (printings_allow), each other
    one ruled out by AGAINST_MIN printings a copy at least: (the year, the
    evidence: for each tied year, how many printings are against it, and
    those printings); None where none or several are left, or a rival is
    ruled out by fewer.  ๒๕๖๙ read "๒๕๐๕" and "๒๕๒๕" in a hundred headings
    is 2567, 2568 or 2569 by the table; its "๒๕๐«๕" (๙ read as two
    characters, «๕, as OCR reads no ๗ or ๘) and "๒๕๐๑๕" (๑๕: ๙, ๘ or ๔, never
    ๗) leave 2569."""
    if not tied or len(tied) < 2:
        return None
    against = printings_allow(mentions, tied)
    left = [y for y in tied if against[y] == 0]
    if len(left) != 1 or any(n < AGAINST_MIN * max(1, copies) for y, n in against.items() if y != left[0]):
        return None
    year = left[0]
    shown = {}
    for kind, printed, month in mentions:
        if kind in ("heading", "date"):
            shift = 1 if kind == "date" and month >= 10 else 0
            ruled = [y for y in tied if y != year and not could_print(printed, y - shift)]
            if ruled and could_print(printed, year - shift):
                shown.setdefault(printed, ruled)
    return year, {"against": against, "printings": shown}
