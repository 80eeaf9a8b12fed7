"""summary_joint._weigh, the search for the (planned, disbursed) pairs the
summary's readings make hold together, gives the same pairs as a plain
enumeration of every planned and disbursed reading (seeded random sets,
small ones walked by the loops and large ones by the arrays, and the edge
cases: a share of 0 or of 100 %, a planned reading of 0, the rest not read
or read as nothing, shares in runs and apart, readings past the arrays'
bound)."""

from __future__ import annotations

import random

import pytest

from parsers.obec_progress import summary_joint
from parsers.obec_progress.summary_joint import _ARRAY_BOUND, _ARRAY_PAIRS, _weigh


def _share(d, p, shares):
    return p > 0 and any(abs(d * 10000 - s * p) * 2 <= p for s in shares)


def _plain(planned, disbursed, rest, shares):
    """Every pair, checked in integers: 0 < p, |10000 d - s p| <= p / 2 for some share, p - d a rest reading (with
    the disbursed readings not read, d = p - n from 0; with the planned not read, p = d + n, a share of 0 not
    weighed)."""
    if disbursed is None:
        return {(p, p - n) for p in planned for n in rest if p - n >= 0 and _share(p - n, p, shares)}
    if planned is None:
        return {(d + n, d) for d in disbursed for n in rest if _share(d, d + n, {s for s in shares if s > 0})}
    return {(p, d) for p in planned for d in disbursed if _share(d, p, shares) and (rest is None or p - d in rest)}


def _sets(rng: random.Random, n_planned: int, n_disbursed: int, n_shares: int, top: int, with_rest: bool):
    planned = {rng.randrange(0, top) for _ in range(n_planned)} | {0}
    shares = {rng.choice((0, 10000, rng.randrange(0, 10001))) for _ in range(n_shares)}
    run = rng.randrange(0, 9990)
    shares |= set(range(run, run + rng.randrange(1, 6)))  # (a run of consecutive shares)
    ps = sorted(planned)
    disbursed = set()
    for _ in range(n_disbursed):  # (most of them near a share of a planned reading: pairs to find, edges to meet)
        p, s = rng.choice(ps), rng.choice(sorted(shares))
        d = p * s // 10000 + rng.choice((-2, -1, 0, 0, 1, 2))
        disbursed.add(max(0, d) if rng.random() < 0.9 else rng.randrange(0, top))
    # (exactly on a stretch's ends: 20000 d = p (2 s +- 1))
    for p in ps[:20]:
        for s in sorted(shares)[:5]:
            for end in (p * (2 * s - 1), p * (2 * s + 1)):
                if end >= 0 and end % 20000 == 0:
                    disbursed.add(end // 20000)
    rest = None
    if with_rest:
        pairs = [(p, d) for p in ps for d in rng.sample(sorted(disbursed), min(len(disbursed), 5))]
        rest = {p - d for p, d in pairs if rng.random() < 0.5} | {rng.randrange(0, top) for _ in range(20)}
        rest |= {rng.randrange(0, top) for _ in range(40 if n_planned > 100 else 0)}  # (enough for the arrays)
    return frozenset(planned), frozenset(disbursed), None if rest is None else frozenset(rest), frozenset(shares)


@pytest.mark.parametrize("seed", range(12))
def test_weigh_gives_the_plain_enumerations_pairs(seed):
    rng = random.Random(seed)
    large = seed % 2 == 0
    for with_rest in (False, True):
        n_planned, n_disbursed = (300, 120) if large else (8, 12)
        top = rng.choice((2000, 10**7, 10**10))
        planned, disbursed, rest, shares = _sets(rng, n_planned, n_disbursed, rng.randrange(1, 10), top, with_rest)
        assert (len(planned) * len(disbursed) >= _ARRAY_PAIRS) == large
        assert _weigh(planned, disbursed, rest, shares) == _plain(planned, disbursed, rest, shares)
        if rest is not None:  # (one amount not read: the other with the rest)
            assert (len(planned) * len(rest) >= _ARRAY_PAIRS) == large
            assert _weigh(planned, None, rest, shares) == _plain(planned, None, rest, shares)
            assert (len(disbursed) * len(rest) >= _ARRAY_PAIRS) == large
            assert _weigh(None, disbursed, rest, shares) == _plain(None, disbursed, rest, shares)


def test_weigh_edges():
    planned = frozenset({0, 20000, 10**6} | set(range(1, 200)))
    disbursed = frozenset(range(0, 100))
    for shares in ({0}, {10000}, {0, 10000}, {0, 1, 2}, {5000, 5001, 5002, 7000}):
        # (a rest just past a planned reading: a share of 0 reaches it, a disbursed below 0 it is not)
        past = frozenset({*range(300), *range(10**6, 10**6 + 60)})
        for rest in (None, frozenset(), frozenset(range(0, 10**6, 997)), past):
            want = _plain(planned, disbursed, rest, frozenset(shares))
            assert _weigh(planned, disbursed, rest, frozenset(shares)) == want
            if rest is not None:
                assert _weigh(planned, None, rest, frozenset(shares)) == _plain(planned, None, rest, frozenset(shares))
                assert _weigh(None, disbursed, rest, frozenset(shares)) == _plain(None, disbursed, rest, frozenset(shares))


def test_weigh_past_the_arrays_bound_walks_the_loops(monkeypatch):
    called = []
    original = summary_joint._weigh_by_share_arrays
    monkeypatch.setattr(summary_joint, "_weigh_by_share_arrays", lambda *a: called.append(1) or original(*a))
    big = _ARRAY_BOUND + 10**6
    planned = frozenset({big, big + 1} | set(range(1, 3000)))
    disbursed = frozenset({big // 2, big // 2 + 1, 1, 2, 3})
    shares = frozenset({5000})
    assert _weigh(planned, disbursed, None, shares) == _plain(planned, disbursed, None, shares)
    assert not called
    planned = frozenset(set(range(1, 3000)))
    assert _weigh(planned, disbursed, None, shares) == _plain(planned, disbursed, None, shares)
    assert called
