"""summary_joint.row_sums adds many totals as a sorted integer array
(_add_readings): the totals it gives are the ones the plain set addition
gives, every reading of each row's figure with every other's, whichever way
each step is taken; the additions' cap (_MAX_SUM_STEPS) is counted on the
same totals, so a sum too large to add is None either way."""

from __future__ import annotations

import parsers.obec_progress.summary_joint as sj
from parsers.obec_progress.summary_joint import figure_values, row_sums

UNREAD = "46789"  # (the digits this made-up report's OCR never writes: ๕ may be ๔ ๘ ๙, ๒ ๖, ...)
ROWS = ["๑,๕๕๑.๐๐", "๕,๓๒๐.๕๐", "12,345.00", "๒๓,๑๕๐.๐๐"]  # 225, 1350, 1 and 810 readings (all four: past the cap)


def _set_sums(printed: list[str | None], unread: str, cap: int) -> set[int] | None:
    """The totals as the plain set addition gives them (the reference)."""
    totals = {0}
    for text in printed:
        values = figure_values(text, unread)
        if values is None or len(totals) * len(values) > cap:
            return None
        totals = {t + v for t in totals for v in values}
    return totals


def test_row_sums_as_an_array_gives_the_set_s_totals():
    expected = _set_sums(ROWS[:3], UNREAD, sj._MAX_SUM_STEPS)
    assert expected is not None and len(expected) > sj._ARRAY_SUMS_FROM  # (the array path is taken)
    got = row_sums(ROWS[:3], UNREAD)
    assert type(got) is set and got == expected
    assert all(type(t) is int for t in got)


def test_row_sums_gives_the_same_totals_whichever_way_each_step_goes(monkeypatch):
    expected = _set_sums(ROWS[:3], UNREAD, sj._MAX_SUM_STEPS)
    for start in (0, 1, 300, 10**9):  # from the first step as an array, ..., never
        monkeypatch.setattr(sj, "_ARRAY_SUMS_FROM", start)
        assert row_sums(ROWS[:3], UNREAD) == expected
    # a total past what an int64 array holds with room to add: added as Python ints from there on
    monkeypatch.setattr(sj, "_ARRAY_SUMS_FROM", 0)
    monkeypatch.setattr(sj, "_ARRAY_SUMS_BELOW", 2_000_000)
    assert row_sums(ROWS[:3], UNREAD) == expected


def test_row_sums_cap_counts_the_same_totals(monkeypatch):
    monkeypatch.setattr(sj, "_ARRAY_SUMS_FROM", 0)
    rows = ROWS[:3]
    sizes = [len(_set_sums(rows[:i], UNREAD, 10**9)) * len(figure_values(rows[i], UNREAD)) for i in range(3)]
    for cap in (sizes[2] - 1, sizes[2], sizes[1] - 1):
        monkeypatch.setattr(sj, "_MAX_SUM_STEPS", cap)
        assert row_sums(rows, UNREAD) == _set_sums(rows, UNREAD, cap)
    assert row_sums(ROWS, UNREAD) is None  # (all four: past the cap as it is)
    assert row_sums([*ROWS[:2], None], UNREAD) is None  # (a row not read: no totals)
