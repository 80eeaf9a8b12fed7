"""Fast paths of the fifty-second session's speed pass give what the slow
paths give: a heading's first letters compared only when the line holds
enough of them (anchors._least_length), a line's digits converted once a
document (normalizers.numbers.arabic_digits_of_line), an OBEC text's shape
taken once (obec_progress.texts._edge_shape)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

import pipeline.warm  # noqa: F401  (every form's anchor sets built)
from normalizers import numbers
from normalizers.text import clear_caches
from parsers import anchors as A
from parsers.obec_progress import texts

CORPUS = Path(__file__).parent / "corpus"


def _corpus_lines(limit: int = 4000) -> list[str]:
    out: list[str] = []
    for path in sorted((CORPUS / "ocr").glob("*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
        if len(out) >= limit:
            break
    return out[:limit]


def test_least_length_is_the_bound_of_the_ratio():
    # the best a candidate of n letters can do against m letters is m's own first n letters: one letter short of
    # the bound, even they fall below the cut-off; at the bound, a candidate of m's letters can pass
    for m in range(8, 80):
        for cutoff in (82.0, 88.0, 90.0):
            n = A._least_length(m, cutoff)
            sk = "".join(chr(0x0E01 + k % 40) for k in range(m))
            if n > 0:
                assert fuzz.ratio(sk[: n - 1], sk, score_cutoff=cutoff) == 0
            assert 200 * n >= (cutoff - 0.5) * (n + m)


def test_fuzzy_heading_same_with_and_without_the_length_look():
    lines = _corpus_lines()
    # headings that carry a tail, their letters changed, cut short and run on: what the skip must not lose
    tailed = [s for s in A._ANCHOR_SETS if s._tailed_heads]
    assert tailed
    for s in tailed:
        for i, _ in s._tailed_heads:
            text = s.anchors[i].text
            for cut in range(4, len(text) + 1, 3):
                lines.append(text[:cut])
                lines.append(text[:cut] + " ๑๒ เดือน")
                lines.append(text[1:cut] + "x")
    for s in tailed:
        fast = [s._fuzzy_heading(line) for line in lines]
        saved = s._tailed_least
        try:
            s._tailed_least = [0] * len(saved)  # every heading compared, as before
            slow = [s._fuzzy_heading(line) for line in lines]
        finally:
            s._tailed_least = saved
        assert fast == slow
        assert any(h is not None for h in fast)


def test_line_digits_memo_gives_the_conversion():
    clear_caches()
    lines = _corpus_lines() + ["๒๕๖๗", "ปี ๒๕69 งบ ๑,๒๐๐.๐๐ บาท", "", "no digits"]
    for line in lines + lines:  # (twice: the second time from the memo)
        assert numbers.thai_digits_to_arabic(line) == numbers._arabic_digits(line)
    assert numbers.thai_digits_to_arabic("ครั้งที่ ๑") == "ครั้งที่ 1"
    assert numbers.arabic_digits_of_line.cache_info().currsize > 0
    long = "๑" * (numbers.LINE_MEMO + 1)
    before = numbers.arabic_digits_of_line.cache_info().currsize
    assert numbers.thai_digits_to_arabic(long) == "1" * len(long)
    assert numbers.arabic_digits_of_line.cache_info().currsize == before  # a whole document is not memoised
    clear_caches()  # each document's start forgets the lines
    assert numbers.arabic_digits_of_line.cache_info().currsize == 0


@pytest.mark.parametrize("text", ["7) กิจกรรมพัฒนาครู จำนวน ๓๐ คน", "มีผู้เข้าร่วม 45 คน  a", "  ", "ก"])
def test_edge_shape_is_the_shape_without_edge_specks(text):
    assert texts._edge_shape(text) == texts._shape.__wrapped__(texts._EDGE_SPECKS_RE.sub("", text))
