"""The OBEC summary's leave-one-out asks, of each amount left out, only
whether the others still hold (summary_joint.holds_any: the weighing
stopped at the first pair found, in steps that start small and double,
_steps), and weighs in full only the one amount whose leaving out alone lets
them hold (left_out_holding): the same answers as weighing every leave-out
in full, without the millions of pairs an amount left out may allow (issue
13: one OCR'd report's leave-outs weighed 7.5 million pairs, about five
seconds, to find two amounts that each let the others hold)."""

from __future__ import annotations

import random

import pytest

from parsers.obec_progress.summary_joint import _steps, holds_any, left_out_holding, solutions

pytestmark = pytest.mark.usefixtures("repair_on")


def _random_case(rng: random.Random, many: bool) -> tuple[list[set[int] | None], set[int] | None]:
    """Readings of the three amounts (satang; one may be unread) and of the share (hundredths of a percent)."""
    size = 300 if many else 8
    planned = rng.randrange(1_000, 90_000) * 100
    share = rng.randrange(1, 10_000)
    disbursed = planned * share // 10_000
    def around(value: int) -> set[int]:
        return {value} | {max(0, value + rng.randrange(-5_000, 5_000) * 100) for _ in range(size)}
    amounts: list[set[int] | None] = [around(planned), around(disbursed), around(planned - disbursed)]
    if rng.random() < 0.5:  # one amount misread past its readings: only its leaving out may let the others hold
        wrong = rng.randrange(3)
        amounts[wrong] = around(7 * (planned, disbursed, planned - disbursed)[wrong] + 1_234_567)
    if rng.random() < 0.3:
        amounts[rng.randrange(3)] = None
    shares = {share} | {rng.randrange(1, 10_000) for _ in range(3)} if rng.random() < 0.9 else None
    return amounts, shares


@pytest.mark.parametrize("many", [False, True])
def test_holds_any_says_what_the_full_weighing_finds(many):
    rng = random.Random(11 + many)
    for _ in range(40):
        amounts, shares = _random_case(rng, many)
        for left in range(3):
            given = [None if j == left else a for j, a in enumerate(amounts)]
            assert holds_any(*given, shares) == bool(solutions(*given, shares))


@pytest.mark.parametrize("many", [False, True])
def test_the_one_amount_left_out_is_the_one_the_full_leave_out_finds(many):
    rng = random.Random(29 + many)
    for _ in range(40):
        amounts, shares = _random_case(rng, many)
        full = [i for i in range(3) if amounts[i] is not None
                and solutions(*[None if j == i else a for j, a in enumerate(amounts)], shares)]
        assert left_out_holding(amounts, shares) == (full[0] if len(full) == 1 else None)


def test_steps_cover_every_reading_once():
    for n in (0, 1, 63, 64, 65, 1000, 5000):
        for step in (1, 10, 64, 4096):
            for first in (False, True):
                steps = _steps(n, step, first)
                covered = [i for start, stop in steps for i in range(start, stop)]
                assert covered == list(range(n))
                assert all(stop - start <= step for start, stop in steps)
    # stopped at the first pair found: small steps first, doubling up to the full step
    assert [stop - start for start, stop in _steps(1000, 256, True)][:4] == [64, 128, 256, 256]
    assert _steps(1000, 256, False)[0] == (0, 256)
