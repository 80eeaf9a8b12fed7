"""parsers.repair.year_candidates is memoised: the memo answers as the
readings computed afresh do, on the year tokens the OCR corpus prints (and
on them with a digit dropped or doubled, the five-digit readings), outside
and inside a block of added misreads (the memo is keyed on them); its
answers are frozen, so no caller can change what the next one is given,
and be_year_candidates, which adds CE readings, adds them to a copy."""

from __future__ import annotations

from pathlib import Path

from normalizers.confusions import added_misreads
from parsers import repair
from parsers.repair import be_year_candidates, year_candidates, year_mentions

ROOT = Path(__file__).resolve().parent.parent


def _tokens() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests/corpus/ocr").glob("*.txt")):
        for token in year_mentions(path.read_text(encoding="utf-8")):
            seen.setdefault(token)
            seen.setdefault(f" {token} ")
            seen.setdefault(token[:2] + token[1:])  # a digit read as two
            seen.setdefault(token[:-1])  # a digit lost
    return list(seen)


def _fresh(text: str) -> frozenset[int]:
    return repair._year_candidates.__wrapped__(text, ())


def test_the_memo_answers_as_the_readings_do():
    tokens = _tokens()
    assert len(tokens) > 100
    repair._year_candidates.cache_clear()
    for _ in range(2):  # the first pass fills the memo, the second reads it
        for token in tokens:
            assert year_candidates(token) == _fresh(token), token
    assert any(year_candidates(t) for t in tokens)


def test_the_memo_is_keyed_on_the_misreads_added():
    tokens = _tokens()[:200]
    plain = {t: year_candidates(t) for t in tokens}
    changed = 0
    for pair in [("7", "1"), ("6", "0")]:
        with added_misreads([pair]):
            for token in tokens:
                got = year_candidates(token)
                assert got == repair._year_candidates.__wrapped__(token, (pair,)), (pair, token)
                changed += got != plain[token]
    assert changed  # the misread made some token allow another year
    assert {t: year_candidates(t) for t in tokens} == plain


def test_answers_are_frozen_and_be_years_add_to_a_copy():
    token = "๒๐๒๐"  # a CE year: be_year_candidates adds 2563
    before = year_candidates(token)
    assert isinstance(before, frozenset)
    be = be_year_candidates(token)
    assert 2563 in be and isinstance(be, set)
    be.add(1)
    assert year_candidates(token) == before == _fresh(token)
    assert 2563 not in year_candidates(token)
