"""Speed-ups that must decide exactly what the code they shortcut decides (issue 13): _money_jointly's
weighing of sums (parsers.bma_progress.repairs._sum_solutions: each chain stopped at its first overflow, the
whole sum's totals tested before the second chain is built) against the weighing written out whole; and the
memo of parsers.repair.readings_of (a fresh list each call, keyed on the misreads in force)."""
import random

from normalizers.confusions import added_misreads
from normalizers.numbers import parse_baht, parse_percent
from parsers.bma_progress import repairs
from parsers.bma_progress.repairs import JOINT_SUMS, _sum_solutions, _sumset
from parsers.repair import _readings_of, readings_of


def _whole(domains: dict[int, set[int]], totals: set[int]):
    """_sum_solutions as first written: both chains built whole, then every part weighed."""
    if not totals:
        return None
    order = sorted(domains)
    prefix = [{0}]
    for seq in order:
        prefix.append(None if prefix[-1] is None else _sumset(prefix[-1], domains[seq]))
    suffix = [{0}]
    for seq in reversed(order):
        suffix.append(None if suffix[-1] is None else _sumset(suffix[-1], domains[seq]))
    suffix.reverse()
    if prefix[-1] is None or suffix[0] is None:
        return None
    allowed = {}
    for i, seq in enumerate(order):
        others = _sumset(prefix[i], suffix[i + 1])
        if others is None:
            return None
        allowed[seq] = {v for v in domains[seq] if any(t - v in others for t in totals)}
    met = totals & prefix[-1]
    if not met or any(not values for values in allowed.values()):
        return None
    return allowed, met


def test_sum_solutions_as_weighed_whole(monkeypatch):
    rnd = random.Random(13)
    answered = none = 0
    for limit in (JOINT_SUMS, 40, 300):  # (small limits: the overflows, where the chains stop early)
        monkeypatch.setattr(repairs, "JOINT_SUMS", limit)
        for _ in range(1500):
            parts = rnd.randint(0, 5)
            domains = {seq: {rnd.randint(0, 30) * 50 for _ in range(rnd.randint(1, 6))} for seq in range(1, parts + 1)}
            truth = sum(rnd.choice(sorted(d)) for d in domains.values())
            totals = {truth + rnd.choice((0, 0, 50, -50))} if rnd.random() < 0.8 else set()
            if rnd.random() < 0.3:
                totals.add(rnd.randint(0, 200) * 50)
            got = _sum_solutions(domains, totals)
            assert got == _whole(domains, totals), (domains, totals, limit)
            if got is None:
                none += 1
            else:
                answered += 1
                assert list(got[0]) == sorted(domains)  # (the parts in the same order)
    assert answered > 500 and none > 500


def test_readings_of_memo_is_a_fresh_list_under_the_misreads_in_force():
    for printed, parse, baht in [("๑๒,๕๐๐", parse_baht, True), ("8๑,๕๐๕", parse_baht, True),
                                 ("๒๐,๑๐๑๐", parse_baht, True), ("๕๒.๘๓", parse_percent, False), ("๓", int, False)]:
        first = readings_of(printed, parse, baht)
        assert first == _readings_of(printed, parse, baht)
        first.append(("spoiled", 9))  # (the caller's own list: the memo is not changed by it)
        assert readings_of(printed, parse, baht) == _readings_of(printed, parse, baht)
    # a misread added for the document gives more readings: the memo does not answer with those outside it
    plain = readings_of("2e", int)
    with added_misreads([("1", "e")]):  # (a rare misread: a 1 read as e)
        added = readings_of("2e", int)
        assert added == _readings_of("2e", int, False)
    assert 21 in [v for v, _ in added] and 21 not in [v for v, _ in plain]
    assert readings_of("2e", int) == plain
    # a closure is not memoised (what it reads may change between askings)
    scale = [1]
    local = lambda text: int(text) * scale[0]  # noqa: E731
    assert [v for v, _ in readings_of("5", local)][0] == 5
    scale[0] = 2
    assert [v for v, _ in readings_of("5", local)][0] == 10
