"""The speed-ups of parsers.obec_progress.quarter_joint's weighing give what
the plain comprehensions they replace give (issue 13; output byte for byte
the same): sums_within (feasible's forward pass) and _with_digits
(by_columns' narrowing), on random sets of amounts in cents, and feasible
whole against a copy of it written with the plain comprehensions (its
backward pass's any() over each sum's sums now set.isdisjoint: the same
sets, built in the same order)."""

import random

from parsers.obec_progress import quarter_joint as qj


def _plain_feasible(values, targets, budget):
    """feasible as written before the speed-ups (by_columns kept: tested apart)."""
    if not targets or any(not v for v in values):
        return [set() for _ in values], set()
    values, targets = qj.by_columns(values, targets)
    if not targets:
        return values, targets
    lo, hi = min(targets), max(targets)
    n = len(values)
    least, most = [0] * (n + 1), [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        least[i], most[i] = least[i + 1] + min(values[i]), most[i + 1] + max(values[i])

    def spend(k):
        budget[0] -= k
        return budget[0] >= 0

    before = [{0}]
    for i in range(n):
        if not spend(len(before[-1]) * len(values[i])):
            return None
        before.append({s + v for s in before[-1] for v in values[i]
                       if s + v + least[i + 1] <= hi and s + v + most[i + 1] >= lo})
    reached = before[-1] & targets
    if not reached:
        return [set() for _ in values], reached
    needed = [set() for _ in range(n)] + [reached]
    for i in range(n - 1, -1, -1):
        if not spend(len(before[i]) * len(values[i])):
            return None
        needed[i] = {s for s in before[i] if any(s + v in needed[i + 1] for v in values[i])}
    out = []
    for i in range(n):
        if not spend(len(needed[i]) * len(values[i])):
            return None
        out.append({v for v in values[i] if any(s + v in needed[i + 1] for s in needed[i])})
    return out, reached


def _amounts(rng, k, scale):
    return {rng.randrange(scale) for _ in range(k)}


def test_sums_within_is_the_bounded_sumset():
    rng = random.Random(7)
    for _ in range(400):
        a, b = _amounts(rng, rng.randint(1, 40), 10 ** rng.randint(1, 7)), _amounts(rng, rng.randint(1, 40), 10 ** 6)
        low = rng.randrange(-10, 2 * 10 ** 6)
        high = low + rng.randrange(0, 10 ** rng.randint(0, 7))
        assert qj.sums_within(a, b, low, high) == {x + y for x in a for y in b if low <= x + y <= high}
    assert qj.sums_within({5}, {1, 2}, 7, 7) == {7}
    assert qj.sums_within({5}, {1, 2}, 8, 9) == set()  # (no sum within the bounds)


def test_with_digits_is_the_digit_filter():
    rng = random.Random(11)
    for _ in range(300):
        part = _amounts(rng, rng.randint(1, 30), 10 ** 5)
        powers = [10 ** p for p in range(6)]
        digits = [{v // w % 10 for v in part} for w in powers]
        kept = [{d for d in ds if rng.random() < 0.8} if rng.random() < 0.3 else set(ds) for ds in digits]
        plain = {v for v in part if all(v // w % 10 in kept[p] for p, w in enumerate(powers))}
        fast = qj._with_digits(part, powers, kept, digits)
        assert fast == plain and list(fast) == list(plain)


def test_feasible_as_with_plain_comprehensions():
    rng = random.Random(13)
    seen = 0
    for _ in range(150):
        # rows of amounts, each with a few readings (a digit changed), and totals read so: as the quarters' columns
        rows = [rng.randrange(1, 10 ** rng.randint(3, 6)) for _ in range(rng.randint(1, 6))]
        values = [{r, *(r + rng.choice((-1, 1)) * 10 ** rng.randint(0, 3) for _ in range(rng.randint(0, 4)))}
                  for r in rows]
        values = [{v for v in part if v >= 0} or {0} for part in values]
        total = sum(rows)
        targets = {total, total + 10 ** rng.randint(0, 4), abs(total - 9 * 10 ** rng.randint(0, 3))}
        budget_a, budget_b = [10 ** 6], [10 ** 6]
        fast = qj.feasible([set(v) for v in values], set(targets), budget_a)
        plain = _plain_feasible([set(v) for v in values], set(targets), budget_b)
        assert fast == plain and budget_a == budget_b
        if fast is not None:  # (each set built in the same order: the backward pass's set.isdisjoint, as any())
            assert [list(v) for v in fast[0]] == [list(v) for v in plain[0]]
        seen += bool(fast and fast[1])
    assert seen > 50  # (most draws have a reading that adds up: the weighing's work is compared, not only its refusals)
