"""Speed-ups that must decide exactly what the code they shortcut decides (issue 13): the proposal budget's
sums as their readings allow (parsers.bma_proposal.columns._sum_fits: each part's readings added in order, a
sum's stopped at the first past the top whole, the whole given up once more than MAX_SUMS are kept) against
the sums written out as every pair's set."""
import random
from decimal import Decimal

from parsers.bma_proposal import columns
from parsers.bma_proposal.columns import _readings, amount_or_none


def _sum_fits_every_pair(whole: str, parts: tuple[str, ...]) -> tuple[bool, bool]:
    """_sum_fits as first written: the set of every pair's sum, kept where not past the top whole."""
    pw, pp = amount_or_none(whole), [amount_or_none(p) for p in parts]
    if pw is not None and None not in pp and sum(pp, Decimal(0)) == pw:
        return True, True
    wholes = _readings(whole)
    if not wholes:
        return False, False
    top = max(wholes)
    sums = {Decimal(0)}
    for p in parts:
        values = _readings(p)
        if not values:
            return False, False
        sums = {s + v for s in sums for v in values if s + v <= top}
        if len(sums) > columns.MAX_SUMS:
            return False, False
    return False, bool(sums & wholes)


def _figure(rnd: random.Random) -> str:
    """A made-up amount as OCR may print it: Thai or Arabic digits (some OCR confuses), thousands commas, baht
    and satang, now and then a letter read for a digit."""
    value = rnd.choice([rnd.randint(1, 99), rnd.randint(100, 9_999), rnd.randint(10_000, 999_999)])
    text = f"{value:,}" + rnd.choice(["", ".00", ".50", ".-"])
    if rnd.random() < 0.5:
        text = text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    if rnd.random() < 0.15:
        at = rnd.randrange(len(text))
        text = text[:at] + rnd.choice("OolSB") + text[at + 1:]
    return text


def _cases(seed: int, n: int) -> list[tuple[str, tuple[str, ...]]]:
    rnd = random.Random(seed)
    cases = []
    for _ in range(n):
        parts = tuple(_figure(rnd) for _ in range(rnd.randint(1, 6)))
        if rnd.random() < 0.4:  # a whole the parts do add up to, printed as one of them may be misread
            total = sum((amount_or_none(p) or Decimal(0) for p in parts), Decimal(0))
            whole = f"{total:,.2f}"
            if rnd.random() < 0.5:
                whole = whole.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        else:
            whole = _figure(rnd)
        cases.append((whole, parts))
    return cases


def test_sum_fits_reads_as_every_pair_on_random_budgets():
    fits = columns._sum_fits.__wrapped__
    cases = _cases(79, 1500)
    got = [fits(w, p) for w, p in cases]
    assert got == [_sum_fits_every_pair(w, p) for w, p in cases]
    assert {(False, False), (False, True), (True, True)} <= set(got)  # (every answer is met)


def test_sum_fits_gives_up_where_every_pair_does(monkeypatch):
    # with few sums allowed, many budgets pass the bound part way: given up at the same budgets
    monkeypatch.setattr(columns, "MAX_SUMS", 6)
    fits = columns._sum_fits.__wrapped__
    cases = _cases(80, 1500)
    got = [fits(w, p) for w, p in cases]
    assert got == [_sum_fits_every_pair(w, p) for w, p in cases]
    monkeypatch.setattr(columns, "MAX_SUMS", 10_000)
    wider = [fits(w, p) for w, p in cases]
    assert wider != got  # (the bound does give some up)
    assert wider == [_sum_fits_every_pair(w, p) for w, p in cases]
