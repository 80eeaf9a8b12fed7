"""Which report entries a column's date cells can belong to, by the order of their months.

A progress form reports once a month at most, in its fiscal year (October to
September): report k is dated in the fiscal year's month k-1 or later, the
reports after it each in a month of its own after it, and a report's month
is ahead of an earlier report's by at least the reports between them.  Where
OCR lost a date-and-description cell of a table read column by column (or
read a foreign one in), the cells no longer pair one to one with the
entries, and their order alone cannot say which entry lost its cell; their
months can.  `month_places` lists every way the cells fit; the caller uses
the one way, and says that the column is in doubt where there are several
or none.  Cells whose month is unreadable fit anywhere their neighbours let
them.  Deliberately left alone: the day and year (OCR damages Thai digits
far more often than month names), and columns whose cells and entries are
as many (the order pairs them).  The same calendar places a report date
whose month OCR misread or lost (repairs._dates_by_calendar).
"""

from __future__ import annotations

from itertools import combinations

import regex

from normalizers.dates import MONTH_TOKEN, month_number
from normalizers.errors import ValueParseError

FIRST_MONTH = 10  # the fiscal year opens in October
MAX_WAYS = 2  # enough to tell one way from several
_MONTH_RE = regex.compile(MONTH_TOKEN)


def fiscal_month(month: int) -> int:
    """The month's place in the fiscal year, 0 (October) to 11 (September)."""
    return (month - FIRST_MONTH) % 12


def month_of_text(text: str) -> int | None:
    """The calendar month the first month name in `text` names, or None."""
    for m in _MONTH_RE.finditer(text):
        try:
            return month_number(m.group(0))
        except ValueParseError:
            continue
    return None


def fits(pairs: list[tuple[int, int | None]], top: int) -> bool:
    """Whether entries (seq, fiscal month or None), in seq order, can be dated
    one month each at most within the fiscal year, `top` entries in all."""
    dated = [(seq, m) for seq, m in pairs if m is not None]
    if any(m < seq - 1 or m > 11 - (top - seq) for seq, m in dated):
        return False
    return all(m2 - m1 >= s2 - s1 for (s1, m1), (s2, m2) in zip(dated, dated[1:]))


def month_places(months: list[int | None], free: list[int], anchors: dict[int, int],
                 top: int) -> list[list[int | None]]:
    """The ways (at most MAX_WAYS) to give date cells of the fiscal `months`
    (in their order; None: unreadable) to the entries `free` (their seqs, in
    order), as many of them as the fewer side holds, keeping both orders,
    so that every entry's month fits the form's calendar (module doc) with
    the entries already dated (`anchors`: seq -> fiscal month) and `top`
    entries in all.  Each way gives every cell its entry, or None (a cell
    left over)."""
    ways: list[list[int | None]] = []
    k = min(len(months), len(free))
    for cells in combinations(range(len(months)), k):
        for seqs in combinations(free, k):
            pairs = dict(anchors)
            pairs.update({seq: months[c] for c, seq in zip(cells, seqs)})
            if fits(sorted(pairs.items()), top):
                way: list[int | None] = [None] * len(months)
                for c, seq in zip(cells, seqs):
                    way[c] = seq
                ways.append(way)
                if len(ways) >= MAX_WAYS:
                    return ways
    return ways
