"""The OBEC summary's budget figures weighed together (rule sum).

The summary prints five figures of one quarter's budget: planned (P),
disbursed (D) with its percentage of planned (p), and not disbursed (N)
with its share (q).  They hold together: P - D = N, D / P is p % (to the
hundredth), p + q = 100.  Each figure alone, its Thai digits misread, may
be many amounts (an OCR that writes no ๔ ๖ ๗ ๘ ๙ reads each ๕ as one of
๔ ๕ ๗ ๘ ๙); together they may be one.  When the figures as read do not
hold together, each figure's printing is read every way its characters
allow, digit by digit (figure_values), and the (P, D) pairs whose figures
all hold are the solutions; exactly one, and every figure that differs
from it is repaired to it (value_repaired, rule sum: each figure one
reading of its own characters).  No solution with all figures: a figure may
be misread past what the confusions allow (a digit OCR added, an Arabic
digit misread); the figures are weighed again leaving out one amount at a
time, and where exactly one amount left out lets the rest give exactly one
solution, the amount left out is the one the others give (its printing
not vouching for anything).  No amount left out lets the others hold: a
figure (an amount or a percentage) may be misread through a misread the
table leaves out as rare (๗ read as ๑, one digit written as two: "๓๕๓,๑๕๐"
for ๙๓,๑๕๐); the figures are weighed again with one figure at a time read
also so (rare_solutions), and where exactly one figure so read lets them
hold, its solutions are the solutions.  Several solutions, or leave-outs,
or figures read rarely, and nothing is chosen (the figures' own checks say
the mismatch).

A figure's digits, read by the document's OCR profile: an Arabic digit as
printed; a Thai digit as itself or a digit that reads as it
(normalizers.confusions.printed_as), restricted, in a document whose OCR
never shows some Thai digits (parsers.digits.unread_digits), to those (a
digit it does show it reads as printed); a look-alike character as the
digits it stands for (LOOKALIKES).  A figure whose thousands group holds
four characters also reads with one of them left out
(parsers.repair.long_group_readings).  A figure of more readings than
MAX_READINGS is left out as unread: it tells nothing.

The pairs are searched share by share (_weigh); where the planned readings
and a share are read, or the disbursed and rest's and a share, and the
readings are many, over integer arrays, run of consecutive shares by run
(_weigh_by_share_arrays, _weigh_by_planned_arrays): the same pairs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import regex

from normalizers.confusions import ARABIC_READS, LOOKALIKES, RARE_LOOKALIKES, RARE_MISREADS, SPLIT_READS, printed_as
from parsers.obec_progress.budgets import mend_separators
from parsers.repair import enabled, long_group_readings
from schemas.document import Issue, Reading

MAX_READINGS = 20000  # readings of one figure past which it is taken as unread
_MAX_PAIRS = 2_000_000  # (P, N) pairs tried where no percentage narrows them
_THAI = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT = r"[\d๐-๙" + "".join(regex.escape(c) for c in LOOKALIKES) + "]"
# an amount's shape: groups of three after the first (or no separator at all), two decimals or none
_AMOUNT_SHAPE_RE = regex.compile(rf"^(?:{_DIGIT}{{1,3}}(?:,{_DIGIT}{{3}})+|{_DIGIT}+)(?:\.{_DIGIT}{{2}})?$")
_PERCENT_SHAPE_RE = regex.compile(rf"^{_DIGIT}{{1,3}}(?:\.{_DIGIT}{{1,2}})?$")
AMOUNTS = ("budget_planned", "budget_disbursed", "budget_not_disbursed")


def digit_options(ch: str, unread: str) -> str | None:
    """The digits (Arabic) a figure's character may stand for, by the
    document's OCR (see module doc); None for no digit's."""
    if "0" <= ch <= "9":
        return ch
    if ch in _THAI:
        read = str(_THAI.index(ch))
        alts = [d for d in printed_as(read) if d != read and (not unread or d in unread)]
        return read + "".join(alts)
    return LOOKALIKES.get(ch)


def figure_values(printed: str | None, unread: str, percent: bool = False) -> set[int] | None:
    """Every value (hundredths: satang, or hundredths of a percent) the
    printed figure may stand for, or None where its shape is no figure's or
    it has more than MAX_READINGS."""
    if printed is None:
        return None
    text = printed.strip().rstrip(".,")
    text = text if percent else mend_separators(text)
    shape = _PERCENT_SHAPE_RE if percent else _AMOUNT_SHAPE_RE
    variants = [text] if shape.match(text) else [v for v in long_group_readings(text) if shape.match(v)]
    out: set[int] = set()
    for variant in variants:
        whole, _, decimals = variant.partition(".")
        options = [digit_options(ch, unread) for ch in whole.replace(",", "") + (decimals + "00")[:2]]
        if not options or any(o is None for o in options):
            return None
        n = 1
        for o in options:
            n *= len(o)
        if n > MAX_READINGS:
            return None
        out |= {int("".join(digits)) for digits in itertools.product(*options)}
    if percent:
        out = {v for v in out if v <= 10000}
    return out or None


def _rare_options(ch: str, unread: str) -> str:
    """The further digits a figure's character may stand for through a
    misread the confusion table leaves out as rare (RARE_MISREADS: ๗ read
    as ๑ or ๐, ๖ and ๙ as ๑; RARE_LOOKALIKES; an Arabic 5 or 9 for the ๖
    a document's OCR never writes, ARABIC_READS), by the document's OCR (a
    digit it does write it reads as printed); "" for none."""
    table = digit_options(ch, unread) or ""
    if ch in _THAI:
        read = str(_THAI.index(ch))
        found = [p for p, reads in RARE_MISREADS.items() if read in reads and (not unread or p in unread)]
    else:
        # (an Arabic 5 or 9 may be the ๖ OCR is measured to write so, in a document whose OCR never writes ๖: it
        # printed Thai digits, OCR'd; ARABIC_READS.  Read so under the table, as every figure's digits are, it cost
        # the committed sets two repairs for two, ambiguities the wider readings left: only where nothing else fits)
        found = list(RARE_LOOKALIKES.get(ch, "")) + [d for d in ARABIC_READS.get(ch, "") if d in unread]
    return "".join(d for d in dict.fromkeys(found) if d not in table)


# the summary's figures: its amounts, then its two percentages
FIGURES = (*AMOUNTS, "disbursed_pct", "pct_not_disbursed")


def _shares_of(values: dict[str, set[int] | None]) -> set[int] | None:
    """The shares disbursed (hundredths of a percent) the percentages' readings allow: the disbursed
    percentage's readings, narrowed by 100 less the not-disbursed one's; None where neither is read."""
    shares = values["disbursed_pct"]
    if values["pct_not_disbursed"] is not None:
        complement = {10000 - v for v in values["pct_not_disbursed"]}
        shares = complement if shares is None else shares & complement
    return shares


def shares_kept(values: dict[str, set[int] | None], shares: set[int] | None) -> tuple[set[int] | None, str | None]:
    """The shares the summary's amounts are weighed with: `shares` (the
    disbursed percentage's readings narrowed by 100 less the undisbursed
    share's, _shares_of); where both are printed and no reading of the two
    makes 100 (one misread past the table: a digit lost, an Arabic digit
    misread), each alone, and where exactly one of them lets the amounts
    hold, its readings, with the name of the other (left out); else
    `shares` and None."""
    if shares or values["disbursed_pct"] is None or values["pct_not_disbursed"] is None:
        return shares, None
    amounts = [values[k] for k in AMOUNTS]
    held = {}
    for name, alone in (("pct_not_disbursed", values["disbursed_pct"]),
                        ("disbursed_pct", {10000 - v for v in values["pct_not_disbursed"]})):
        found = solutions(*amounts, alone)
        if found is None:
            return shares, None
        if found:
            held[name] = alone
    if len(held) != 1:
        return shares, None
    ((name, alone),) = held.items()
    return alone, name


def rare_figure_values(printed: str | None, unread: str, percent: bool = False) -> set[int] | None:
    """The values (satang) an amount's printing may stand for through one
    misread the confusion table leaves out as rare, its other characters
    read as figure_values reads them: one character read as a rare misread
    of its digit (_rare_options), or two adjacent Thai digits of its whole
    part read as the one printed digit OCR is measured to write as them
    (SPLIT_READS: "๒๒๐,๐๐๐" for ๒๖,๐๐๐), the figure keeping an amount's
    shape.  None where the figure has no readings so, or more than
    MAX_READINGS.  Only where no reading under the table fits (see
    quarter_joint): the readings it adds are many more, and rarer.  A
    percentage (`percent`: hundredths, at most 100 %) reads so too, in a
    percentage's shape."""
    if printed is None:
        return None
    text = printed.strip().rstrip(".,")
    shape = _PERCENT_SHAPE_RE if percent else _AMOUNT_SHAPE_RE
    text = text if percent else mend_separators(text)
    forms = [text] if shape.match(text) else [] if percent else [v for v in long_group_readings(text)
                                                                 if shape.match(v)]
    out: set[int] = set()
    budget = MAX_READINGS

    def add(variant: str, position: int | None) -> bool:  # (False: past MAX_READINGS)
        nonlocal budget
        whole, _, decimals = variant.partition(".")
        chars = whole.replace(",", "") + (decimals + "00")[:2]
        options = [digit_options(ch, unread) for ch in chars]
        if any(o is None for o in options):
            return True
        if position is not None:
            options[position] = _rare_options(chars[position], unread)
            if not options[position]:
                return True
        n = 1
        for o in options:
            n *= len(o)
        budget -= n
        if budget < 0:
            return False
        out.update(int("".join(digits)) for digits in itertools.product(*options))
        return True

    for form in forms:
        digits = form.partition(".")[0].replace(",", "") + (form.partition(".")[2] + "00")[:2]
        for i in range(len(digits)):
            if not add(form, i):
                return None
        whole = form.partition(".")[0]
        for i in range(len(whole) - 1):  # (a pair of Thai digits, no separator between them)
            pair = whole[i:i + 2]
            if not all(ch in _THAI for ch in pair):
                continue
            read = "".join(str(_THAI.index(ch)) for ch in pair)
            for digit, reads in SPLIT_READS.items():
                variant = form[:i] + digit + form[i + 2:]
                if read in reads and shape.match(variant) and not add(variant, None):
                    return None
    if percent:
        out = {v for v in out if v <= 10000}
    return out or None


def rare_solutions(printed: dict[str, str | None], unread: str) -> tuple[str, set[tuple[int, int]]] | None:
    found = _rare_solutions(tuple(printed.get(k) for k in FIGURES), unread)
    return None if found is None else (found[0], set(found[1]))


@functools.lru_cache(maxsize=2)
def _rare_solutions(figures: tuple[str | None, ...], unread: str) -> tuple[str, frozenset[tuple[int, int]]] | None:
    """Where no reading under the confusion table of the summary's figures
    holds: the figures weighed again with one of them (an amount or a
    percentage) read also through a misread the table leaves out as rare
    (rare_figure_values: ๗ read as ๑, one digit written as two: "๓๕๓,๑๕๐"
    for ๙๓,๑๕๐, "๑๓.๕๑" for ๗๓.๕๑), figure by figure: exactly one figure
    whose rare readings make them hold, and (its name, the (planned,
    disbursed) pairs they hold with); None where none or several do, or a
    weighing cannot decide.  (_rare_solutions: of the figures as a tuple,
    kept until the document's weighing is done, as solutions' answers are.)"""
    found = {}
    for name, pairs in _rarely_read(dict(zip(FIGURES, figures)), unread):
        if pairs is None:
            return None
        if pairs:
            found[name] = pairs
            if len(found) > 1:
                return None  # (two figures so read hold: nothing is chosen, whatever the rest give)
    if len(found) != 1:
        return None
    ((name, pairs),) = found.items()
    return name, frozenset(pairs)


def _rarely_read(printed: dict[str, str | None], unread: str) -> Iterable[tuple[str, set[tuple[int, int]] | None]]:
    """Figure by figure, each that reads otherwise through a misread the
    table leaves out as rare (rare_figure_values), and the (planned,
    disbursed) pairs the figures hold with, it so read too (solutions':
    None where they cannot decide)."""
    values, _ = summary_readings(printed, unread)
    for name in FIGURES:
        if values[name] is None:
            continue
        more = rare_figure_values(printed.get(name), unread, percent=name not in AMOUNTS)
        if not more or more <= values[name]:
            continue
        extended = dict(values)
        extended[name] = values[name] | more
        yield name, solutions(*[extended[k] for k in AMOUNTS], _shares_of(extended))


def _share_ok(disbursed: int, planned: int, share: int) -> bool:
    """Whether disbursed / planned is `share` hundredths of a percent, to
    the hundredth."""
    return planned > 0 and abs(disbursed * 10000 - share * planned) * 2 <= planned


def _in_range(values: list[int], lo: float, hi: float) -> list[int]:
    i = bisect.bisect_left(values, lo)
    out = []
    while i < len(values) and values[i] <= hi:
        out.append(values[i])
        i += 1
    return out


def solutions(planned: set[int] | None, disbursed: set[int] | None, rest: set[int] | None,
              shares: set[int] | None) -> set[tuple[int, int]] | None:
    """The (planned, disbursed) pairs, in satang, that readings of the
    figures make hold together (see module doc); None where the figures
    given cannot decide (fewer than two amounts, or two with no share, or
    too many pairs to try).  The summary's figures are weighed so twice a
    document (repair_jointly, then quarter_joint's totals), the costliest
    step of both: the last few answers are kept (_solutions) until the
    document's weighing is done (forget_solutions)."""
    found = _solutions(*(None if x is None else frozenset(x) for x in (planned, disbursed, rest, shares)))
    return None if found is None else set(found)


@functools.lru_cache(maxsize=4)
def _solutions(planned: frozenset[int] | None, disbursed: frozenset[int] | None, rest: frozenset[int] | None,
               shares: frozenset[int] | None) -> frozenset[tuple[int, int]] | None:
    """solutions, of frozen sets (kept by the cache)."""
    found = _weigh(planned, disbursed, rest, shares)
    return None if found is None else frozenset(found)


def holds_any(planned: set[int] | None, disbursed: set[int] | None, rest: set[int] | None,
              shares: set[int] | None) -> bool:
    """Whether solutions would find a pair (not None, not empty), the
    weighing stopped at the first pair found: what a leave-one-out asks of
    each amount left out before it wants the pairs of the one that alone
    lets the rest hold (an amount left out may leave millions of pairs,
    weighed in full only where they are the answer)."""
    return _holds_any(*(None if x is None else frozenset(x) for x in (planned, disbursed, rest, shares)))


@functools.lru_cache(maxsize=16)
def _holds_any(planned: frozenset[int] | None, disbursed: frozenset[int] | None, rest: frozenset[int] | None,
               shares: frozenset[int] | None) -> bool:
    """holds_any, of frozen sets (kept by the cache, as solutions' answers are)."""
    return bool(_weigh(planned, disbursed, rest, shares, first=True))


def forget_solutions() -> None:
    """Drop the kept answers of solutions (a document's weighing is done:
    its pairs may be hundreds of thousands)."""
    _solutions.cache_clear()
    _rare_solutions.cache_clear()
    _holds_any.cache_clear()


def _weigh(planned: frozenset[int] | None, disbursed: frozenset[int] | None, rest: frozenset[int] | None,
           shares: frozenset[int] | None, first: bool = False) -> set[tuple[int, int]] | None:
    """solutions' weighing; with `first`, stopped once a pair is found (some
    of the pairs: whether any holds, not which)."""
    given = [x is not None for x in (planned, disbursed, rest)]
    if sum(given) < 2 or (sum(given) == 2 and not shares):
        return None
    out: set[tuple[int, int]] = set()
    if planned is not None and disbursed is not None:
        if shares and len(planned) * len(disbursed) >= _ARRAY_PAIRS and _exact_in_arrays(planned, disbursed, shares):
            return _weigh_by_share_arrays(planned, disbursed, rest, shares, first)
        if shares:
            ds, ss = sorted(disbursed), sorted(shares)
            for p in planned:
                if p <= 0:
                    continue
                # the disbursed readings any share allows, then whichever is fewer walked: each share's stretch
                # of them, or each of them against the one or two shares within half a hundredth of its own
                # (the same pairs: a share's bounds are checked as its stretch would take them)
                within = _in_range(ds, p * (ss[0] - 0.5) / 10000, p * (ss[-1] + 0.5) / 10000)
                if 2 * len(within) >= len(ss):
                    for s in ss:
                        for d in _in_range(ds, p * (s - 0.5) / 10000, p * (s + 0.5) / 10000):
                            if _share_ok(d, p, s) and (rest is None or p - d in rest):
                                out.add((p, d))
                    if first and out:
                        return out
                    continue
                for d in within:
                    if rest is not None and p - d not in rest:
                        continue
                    k = math.floor(d * 10000 / p)  # (a share within half a hundredth: k or k + 1; one more each side
                    for s in (k - 1, k, k + 1, k + 2):  # for the float's rounding, the checks below exact)
                        if s in shares and p * (s - 0.5) / 10000 <= d <= p * (s + 0.5) / 10000 and _share_ok(d, p, s):
                            out.add((p, d))
                if first and out:
                    return out
            return out
        if len(planned) * len(rest) > _MAX_PAIRS:
            return None
        return {(p, p - n) for p in planned for n in rest if p - n >= 0 and p - n in disbursed}
    ns = sorted(rest)
    if planned is not None and len(planned) * len(rest) >= _ARRAY_PAIRS and _exact_in_arrays(planned, rest, shares):
        return _weigh_by_share_arrays(planned, None, rest, shares, first)
    if planned is not None:  # D = P - N
        for p in planned:
            if p <= 0:
                continue
            for s in shares:
                for n in _in_range(ns, p - p * (s + 0.5) / 10000, p - p * (s - 0.5) / 10000):
                    if p - n >= 0 and _share_ok(p - n, p, s):
                        out.add((p, p - n))
            if first and out:
                return out
        return out
    if len(disbursed) * len(rest) >= _ARRAY_PAIRS and _exact_in_arrays(disbursed, rest, shares):
        return _weigh_by_planned_arrays(disbursed, rest, shares, first)
    for d in disbursed:  # P = D + N
        for s in shares:
            if s <= 0:
                continue
            hi = d * 10000 / (s - 0.5) - d if s > 0.5 else float(max(ns, default=0))
            for n in _in_range(ns, d * 10000 / (s + 0.5) - d, hi):
                if _share_ok(d, d + n, s):
                    out.add((d + n, d))
        if first and out:
            return out
    return out


# (_weigh_by_share_arrays: where a share is read, the planned readings and the other amount's are this many pairs or
# more, and their values within _ARRAY_BOUND, the pairs are found over arrays; fewer pairs, the loops are quicker)
_ARRAY_PAIRS = 4096
_ARRAY_BOUND = 9 * 10**10  # satang (and no share past 100 %): 20000 x the reading stays within int64, exactly
_ARRAY_CELLS = 1 << 20  # (planned reading, run of shares) cells an array step holds at most


def _exact_in_arrays(planned: frozenset[int], other: frozenset[int], shares: frozenset[int]) -> bool:
    """Whether every reading lies within what _weigh_by_share_arrays weighs exactly in 64-bit integers (and the
    loops' float bounds are exact: an amount from 0 to _ARRAY_BOUND satang, a share from 0 to 100 %)."""
    return (0 <= min(planned) and max(planned) <= _ARRAY_BOUND and 0 <= min(other) and max(other) <= _ARRAY_BOUND
            and 0 <= min(shares) and max(shares) <= 10000)


def _weigh_by_share_arrays(planned: frozenset[int], disbursed: frozenset[int] | None, rest: frozenset[int] | None,
                           shares: frozenset[int], first: bool = False) -> set[tuple[int, int]]:
    """_weigh's (planned, disbursed) pairs where the planned readings and a
    share are read, with the disbursed readings or (these None) the rest's,
    the same pairs found over arrays.  A disbursed d is s hundredths of a
    percent of a planned p > 0, to the hundredth (_share_ok), where 20000 d
    lies within p (2 s - 1) .. p (2 s + 1); consecutive shares' stretches
    meet, so each run of consecutive shares a .. b is one stretch of d,
    p (2 a - 1) .. p (2 b + 1), and runs apart do not meet (no pair found
    twice).  Each planned reading's stretch, run by run, of the sorted
    disbursed readings (kept where p - d is a reading of the rest, when
    read), or of the sorted rest's (n = p - d, from 0 to p), is found by
    bisection at once.  Integers throughout.  With `first`, stopped after
    the first step that finds a pair."""
    import numpy as np  # (pandas' own dependency; imported where first needed)

    ps = np.fromiter(sorted(p for p in planned if p > 0), dtype=np.int64)
    walked = np.fromiter(sorted(disbursed if disbursed is not None else rest), dtype=np.int64)
    runs = _share_runs(shares)
    low = np.array([2 * a - 1 for a, _ in runs], dtype=np.int64)
    high = np.array([2 * b + 1 for _, b in runs], dtype=np.int64)
    rs = None if disbursed is None or rest is None else np.fromiter(sorted(rest), dtype=np.int64)
    out: set[tuple[int, int]] = set()
    for start, stop in _steps(len(ps), max(1, _ARRAY_CELLS // len(runs)), first):
        p = ps[start:stop, None]
        least, most = -((-p * low) // 20000), (p * high) // 20000  # (d: 20000 d from p (2a - 1) to p (2b + 1))
        if disbursed is None:  # (the rest's stretch: n = p - d, and d from 0)
            least, most = p - most, np.minimum(p, p - least)
        pairs_p, found = _stretches(walked, p, least, most)
        if not len(found):
            continue
        if disbursed is None:
            out.update(zip(pairs_p.tolist(), (pairs_p - found).tolist()))
            if first:
                return out
            continue
        if rs is not None:
            left = pairs_p - found
            at = np.searchsorted(rs, left)
            kept = at < len(rs)
            kept[kept] = rs[at[kept]] == left[kept]
            pairs_p, found = pairs_p[kept], found[kept]
        out.update(zip(pairs_p.tolist(), found.tolist()))
        if first and out:
            return out
    return out


def _weigh_by_planned_arrays(disbursed: frozenset[int], rest: frozenset[int],
                             shares: frozenset[int], first: bool = False) -> set[tuple[int, int]]:
    """_weigh's (planned, disbursed) pairs where the planned readings are
    not read (P = D + N), the same pairs found over arrays: of a disbursed
    d, the planned P it is s hundredths of a percent of (s > 0, as the
    loops weigh) lie within 20000 d / (2 s + 1) .. 20000 d / (2 s - 1);
    consecutive shares' stretches meet, so a run of them a .. b is one
    stretch, 20000 d / (2 b + 1) .. 20000 d / (2 a - 1), and each d's
    stretch of the sorted rest (n = P - d, P > 0) is found by bisection at
    once.  Integers throughout.  With `first`, stopped after the first step
    that finds a pair."""
    import numpy as np  # (pandas' own dependency; imported where first needed)

    ds = np.fromiter(sorted(disbursed), dtype=np.int64)
    ns = np.fromiter(sorted(rest), dtype=np.int64)
    runs = _share_runs(s for s in shares if s > 0)
    out: set[tuple[int, int]] = set()
    if not runs:
        return out
    low = np.array([2 * a - 1 for a, _ in runs], dtype=np.int64)
    high = np.array([2 * b + 1 for _, b in runs], dtype=np.int64)
    for start, stop in _steps(len(ds), max(1, _ARRAY_CELLS // len(runs)), first):
        d = ds[start:stop, None]
        least = np.maximum(-((-20000 * d) // high), 1) - d  # (P from 20000 d / (2b + 1), and above 0)
        most = (20000 * d) // low - d  # (to 20000 d / (2a - 1))
        pairs_d, found = _stretches(ns, d, least, most)
        out.update(zip((pairs_d + found).tolist(), pairs_d.tolist()))
        if first and out:
            return out
    return out


_FIRST_STEP = 64  # readings a first step holds where the weighing stops at the first pair found (doubled each step)


def _steps(n: int, step: int, first: bool) -> list[tuple[int, int]]:
    """The (start, stop) of each step over `n` sorted readings, `step` at
    most each; with `first` (stopped at the first pair found), from
    _FIRST_STEP readings on, doubled each step: a pair found early costs
    little, and none found costs about what `step`-long steps do."""
    out = []
    start, size = 0, min(step, _FIRST_STEP) if first else step
    while start < n:
        out.append((start, min(n, start + size)))
        start += size
        size = min(step, 2 * size)
    return out


def _share_runs(shares: Iterable[int]) -> list[list[int]]:
    """The shares as runs of consecutive ones, [first, last] each, in order."""
    runs: list[list[int]] = []
    for s in sorted(shares):
        if runs and s == runs[-1][1] + 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    return runs


def _stretches(walked: Any, keys: Any, least: Any, most: Any) -> tuple[Any, Any]:
    """Each key (a column of `keys`) repeated once per value of the sorted
    array `walked` inside its stretches (least .. most, a row per key, a
    column per run), and those values: two arrays of the same length."""
    import numpy as np  # (as its callers do: where first needed)

    first = np.searchsorted(walked, least, side="left")
    counts = np.maximum(np.searchsorted(walked, most, side="right") - first, 0).ravel()
    total = int(counts.sum())
    repeated = np.repeat(np.broadcast_to(keys, first.shape).ravel(), counts)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return repeated, walked[np.repeat(first.ravel(), counts) + offsets]


def _holds(summary: dict[str, Reading]) -> bool:
    """Whether the figures read all hold together (each one read)."""
    values = [summary[k].value if k in summary else None for k in (*AMOUNTS, "disbursed_pct")]
    if any(v is None for v in values):
        return False
    planned, disbursed, rest, pct = values
    if planned - disbursed != rest or not planned:
        return False
    if abs(float(disbursed / planned * 100) - float(pct)) > 0.005 + 1e-9:
        return False
    share = summary.get("pct_not_disbursed")
    return share is None or share.value is None or abs(float(pct) + float(share.value) - 100) < 0.006


_MAX_SUM_STEPS = 3_000_000  # additions a sum of the rows' readings may take


def row_sums(printed: list[str | None], unread: str) -> set[int] | None:
    """The totals the quarter's rows' amounts (`printed`, each as printed)
    may make, every reading of each row's figure (figure_values) with every
    other's; None where a row's amount is not read or has no figure's shape,
    or the readings are too many to add up.  Many totals are added as a
    sorted integer array (_add_readings: the same totals, about ten times
    faster where they run to tens of thousands, as in OCR'd reports whose
    summary leaves several solutions)."""
    totals: set[int] | Any = {0}  # (a sorted array of them once they are many: _add_readings)
    for text in printed:
        values = figure_values(text, unread)
        if values is None or len(totals) * len(values) > _MAX_SUM_STEPS:
            return None
        if isinstance(totals, set) and len(totals) * len(values) > _ARRAY_SUMS_FROM:
            totals = _sorted_array(totals)
        if isinstance(totals, set):
            totals = {t + v for t in totals for v in values}
        else:
            totals = _add_readings(totals, values)
    return totals if isinstance(totals, set) else set(totals.tolist())


_ARRAY_SUMS_FROM = 20_000  # additions past which row_sums adds its totals as an integer array (numpy)
_ARRAY_SUMS_BELOW = 1 << 62  # totals an int64 array holds with room to add (larger ones are added as Python ints)


def _sorted_array(totals: set[int]) -> Any:
    """`totals` (satang, none negative) as a sorted int64 array, or the set
    itself where one is too large for it."""
    import numpy as np  # (as _weigh_by_share_arrays: where first needed)

    if max(totals) >= _ARRAY_SUMS_BELOW:
        return totals
    return np.fromiter(sorted(totals), dtype=np.int64, count=len(totals))


def _add_readings(totals: Any, values: set[int]) -> Any:
    """The distinct sums of each of `totals` (a sorted int64 array) with each
    of `values`, sorted: what {t + v for t in totals for v in values} holds,
    without a Python addition each.  Each value's sums are one sorted run, so
    the stable sort (a merge of the runs) orders them in a few passes.  As a
    set again where a sum could outgrow the array (_ARRAY_SUMS_BELOW)."""
    import numpy as np  # (as _weigh_by_share_arrays: where first needed)

    if int(totals[-1]) + max(values) >= _ARRAY_SUMS_BELOW:
        return {t + v for t in totals.tolist() for v in values}
    sums = np.concatenate([totals + v for v in sorted(values)])
    sums.sort(kind="stable")
    kept = np.empty(len(sums), dtype=bool)
    kept[0] = True
    np.not_equal(sums[1:], sums[:-1], out=kept[1:])
    return sums[kept]


def summary_readings(printed: dict[str, str | None],
                     unread: str) -> tuple[dict[str, set[int] | None], set[int] | None]:
    """The readings of the summary's printed figures (figure_values: amounts
    in satang, percentages in hundredths; None for a figure not printed),
    and the shares disbursed they allow: the disbursed percentage's
    readings, narrowed by 100 less the not-disbursed one's."""
    values = {k: figure_values(printed.get(k), unread, percent=k.endswith("pct") or k.startswith("pct"))
              for k in FIGURES}
    return values, _shares_of(values)


def repair_jointly(summary: dict[str, Reading], printed: dict[str, str | None], unread: str,
                   span: tuple[int, int] | None,
                   sums: dict[str, set[int] | None] | Callable[[], dict[str, set[int] | None] | None] | None = None,
                   ) -> list[Issue]:
    """The summary's budget figures repaired together (see module doc).
    `printed`: each figure's characters as printed (budget_planned,
    budget_disbursed, budget_not_disbursed, disbursed_pct,
    pct_not_disbursed; None where not read); `span`: the summary's lines,
    for a figure not read at all; `sums`: the totals the quarter's budget
    rows may make (row_sums), by budget_planned and budget_disbursed, where
    every row of the quarter is read: of several solutions, those whose
    planned and disbursed totals the rows cannot make are none (a callable
    giving them: called only where several solutions are left, as adding
    up every reading of every row is the costliest step)."""
    if not enabled() or _holds(summary):
        return []
    values, shares = summary_readings(printed, unread)
    shares, share_out = shares_kept(values, shares)
    amounts = [values[k] for k in AMOUNTS]
    found = solutions(*amounts, shares)
    left_out = None
    if found is not None and not found and shares:
        held = left_out_holding(amounts, shares)
        if held is not None:
            left_out = held
            found = solutions(*[None if j == held else a for j, a in enumerate(amounts)], shares)
    rare = None
    if found is not None and not found and shares and left_out is None:
        # (no figure left out lets the others hold: one read through a rare misread may)
        rare = rare_solutions(printed, unread)
        if rare is not None:
            rare, found = rare
    if found and len(found) > 1 and callable(sums):
        sums = sums()
    if found and len(found) > 1 and sums:
        planned_sums, disbursed_sums = sums.get("budget_planned"), sums.get("budget_disbursed")
        found = {(p, d) for p, d in found if (planned_sums is None or p in planned_sums)
                 and (disbursed_sums is None or d in disbursed_sums)}
    if found and 1 < len(found) <= MAX_COMMON_PAIRS:
        return _common_figures(summary, printed, found, span, left_out, rare, share_out, unread)
    if not found or len(found) != 1:
        return []
    if rare is None and left_out is None and share_out is None \
            and _rare_rivals(printed, unread, next(iter(found))):
        # one figure read through a misread the table leaves out as rare of a digit the document's OCR never
        # writes makes them hold another way as well: the one reading under the table is not taken, the figures
        # left as read (their own checks say the mismatch; fresh set s122o, obec_progress_s122o001: "๓๐.๕๑๒" kept
        # as read, 30,512, made planned 44,456 the one reading under the table, said repaired with the
        # not-disbursed amount and the percentage; the truth 30,592, its ๙ read ๑)
        return []
    ((p, d),) = found
    chosen = figures_of(p, d)
    shown = shown_figures(chosen)
    why = ("the summary's budget figures do not hold together as read (planned - disbursed = not disbursed, "
           f"disbursed of planned the percentage printed); {shown} is the only reading of their printed "
           "characters that does")
    if left_out is not None:
        why += (f" (with {AMOUNTS[left_out]} left out: no reading of all of them holds, and its printing is no "
                "reading of what the others give)")
    if rare is not None:
        why += (f" (with {rare} read through a misread the confusion table leaves out as rare, one character or one "
                "digit written as two: no reading under the table holds, and only this figure so read lets them)")
    why += _share_out_why(share_out)
    return set_figures(summary, printed, chosen, span, why)


def _rare_rivals(printed: dict[str, str | None], unread: str, pair: tuple[int, int]) -> set[tuple[int, int]]:
    """The (planned, disbursed) pairs other than `pair` (the one reading
    under the table that holds) that hold with one figure read also through
    a misread the table leaves out as rare (rare_figure_values, as
    _rare_solutions reads them), of the digits the document's OCR never
    writes in Thai (`unread`; none where it writes every digit)."""
    if not unread:
        return set()
    return {p for _, pairs in _rarely_read(printed, unread) for p in pairs or ()} - {pair}


def left_out_holding(amounts: list[set[int] | None], shares: set[int] | None) -> int | None:
    """The one of the three amounts (its index) with which left out the
    others and the percentages hold (holds_any), where exactly one does;
    None where none or several do (asked one by one, stopped at the
    second: whatever the third gives, none is chosen)."""
    holding: list[int] = []
    for i, amount in enumerate(amounts):
        if amount is not None and holds_any(*[None if j == i else a for j, a in enumerate(amounts)], shares):
            holding.append(i)
            if len(holding) > 1:
                return None
    return holding[0] if holding else None


def _share_out_why(share_out: str | None) -> str:
    """What a repair says where one of the two percentages was left out (shares_kept)."""
    if share_out is None:
        return ""
    return (f" ({share_out} left out: no reading of the two percentages makes 100, and only with it left out do the "
            "amounts hold)")


MAX_COMMON_PAIRS = 200_000  # (planned, disbursed) pairs past which no figure is weighed alone (_common_figures)


def common_chosen(common: dict[str, set], printed: dict[str, str | None], unread: str) -> dict[str, Decimal | float]:
    """Of the summary's figures (figures_of's) and the values the pairs left
    give each (`common`), those every pair gives one value, where that value
    is a reading of the figure's own printing (figure_values), or the
    printing has no figure's shape to read (damaged past reading: "๕«๑.๒๓"):
    a figure printed as readings that exclude the value, or not printed, is
    left as it stands (its own checks say the mismatch)."""
    out = {}
    for name, values in common.items():
        if len(values) != 1:
            continue
        value = next(iter(values))
        text = printed.get(name)
        if text is None:
            continue
        readings = figure_values(text, unread, percent=name == "disbursed_pct")
        if readings is not None and int(round(float(value) * 100)) not in readings:
            continue
        out[name] = value
    return out


def _common_figures(summary: dict[str, Reading], printed: dict[str, str | None], found: set[tuple[int, int]],
                    span: tuple[int, int] | None, left_out: int | None, rare: str | None,
                    share_out: str | None = None, unread: str = "") -> list[Issue]:
    """Several (planned, disbursed) pairs hold: a figure every one of them
    gives one value (most often the percentage: its two decimals and its
    printed complement hold it where the amounts' satang do not) is that
    value (value_repaired, rule sum); the others are left as read (their
    own checks say the mismatch)."""
    if any(p <= 0 for p, _ in found):
        return []
    chosen = common_chosen(pairs_values(found), printed, unread)
    if not chosen:
        return []
    why = (f"the summary's budget figures do not hold together as read (planned - disbursed = not disbursed, "
           f"disbursed of planned the percentage printed); {len(found)} readings of their printed characters do, "
           "and every one of them gives this figure this value (the others differ among them: left as read)")
    if left_out is not None:
        why += f" (with {AMOUNTS[left_out]} left out: no reading of all of them holds)"
    if rare is not None:
        why += f" (with {rare} read through a misread the confusion table leaves out as rare)"
    return set_figures(summary, printed, chosen, span, why + _share_out_why(share_out))


def pairs_values(pairs: Iterable[tuple[int, int]]) -> dict[str, set]:
    """Each of the summary's figures (figures_of's) and the values the
    (planned, disbursed) pairs in satang give it: what common_chosen weighs."""
    values: dict[str, set] = {}
    for planned, disbursed in pairs:
        for name, value in figures_of(planned, disbursed).items():
            values.setdefault(name, set()).add(value)
    return values


def figures_of(planned: int, disbursed: int) -> dict[str, Decimal | float]:
    """The summary's four figures a (planned, disbursed) pair in satang
    gives: the amounts in baht, the percentage disbursed to the hundredth."""
    chosen = {"budget_planned": Decimal(planned) / 100, "budget_disbursed": Decimal(disbursed) / 100,
              "budget_not_disbursed": Decimal(planned - disbursed) / 100,
              "disbursed_pct": round(disbursed * 100 / planned, 2)}
    return {k: (v.quantize(Decimal("0.01")) if isinstance(v, Decimal) else v) for k, v in chosen.items()}


def shown_figures(chosen: dict[str, Decimal | float]) -> str:
    """The summary's four figures (figures_of) as a message names them."""
    return (f"planned {chosen['budget_planned']:,.2f}, disbursed {chosen['budget_disbursed']:,.2f} "
            f"({chosen['disbursed_pct']:.2f} %), not disbursed {chosen['budget_not_disbursed']:,.2f}")


def set_figures(summary: dict[str, Reading], printed: dict[str, str | None], chosen: dict[str, Decimal | float],
                span: tuple[int, int] | None, why: str) -> list[Issue]:
    """The summary's figures `chosen` set where read otherwise or not read
    (a figure not read at all stands on `span`), each a value_repaired
    issue (rule sum) saying `why`; none set where a figure to set has no
    line to stand on."""
    changed = []
    for name, value in chosen.items():
        reading = summary.get(name)
        if reading is not None and reading.value is not None and \
                (reading.value == value if isinstance(value, Decimal) else abs(float(reading.value) - value) < 0.006):
            continue
        where = reading.span if reading is not None else span
        if where is None:
            return []
        changed.append((name, value, reading, where))
    issues = []
    for name, value, reading, where in changed:
        summary[name] = Reading(value, reading.text if reading is not None else "", *where)
        evidence = {"rule": "sum", "printed": printed.get(name), "read": None if reading is None or reading.value is None
                    else str(reading.value), "chosen": str(value), "candidates": [str(value)]}
        issues.append(Issue("warning", "value_repaired", f"{name}: {why}",
                            json.dumps(evidence, ensure_ascii=False), *where, field=f"report_summaries.{name}"))
    return issues
