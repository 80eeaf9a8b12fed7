"""normalizers.words.misread_of_common reads the common word one character
from a rare one from an index built once (_common_by_gap: each common word
with one character put as a gap) where it tried every Thai character at
every place of the word: the same word, ties and all, as the long way."""

from __future__ import annotations

import normalizers.words as words


def _slow(word: str) -> str | None:
    """misread_of_common the long way: every character of _THAI_CHARS at every place."""
    if len(word) < words.MISREAD_MIN or words.word_frequency(word) or not words.known_word(word):
        return None
    counts, dictionary = words._frequencies(), words._dictionary()
    if any(counts.get(word[:i], 0) and counts.get(word[i:], 0) for i in range(2, len(word) - 1)):
        return None
    best = (words.COMMON_WORD - 1, None)
    for i, ch in enumerate(word):
        for other in words._THAI_CHARS:
            if other != ch and (count := counts.get(candidate := word[:i] + other + word[i + 1:], 0)) > best[0] \
                    and candidate in dictionary:
                best = (count, candidate)
    return best[1]


def test_the_index_finds_what_every_character_tried_finds():
    counts, index = words._frequencies(), words._common_by_gap()
    rare = sorted(w for w in words._dictionary() if len(w) >= words.MISREAD_MIN and not counts.get(w, 0))
    # every rare word a key of the index reaches, and every fifth other (one the index misses is among those)
    asked = [w for n, w in enumerate(rare) if n % 5 == 0
             or any(w[:i] + words._GAP + w[i + 1:] in index for i in range(len(w)))]
    found = 0
    for word in asked + ["สรูป", "เคียร", "ล่าช้า", "เป็นไป", "xyz", "กก"]:
        expected = _slow(word)
        assert words.misread_of_common.__wrapped__(word) == expected, word
        found += expected is not None
    assert found > 300


def test_ties_go_to_the_first_place_then_the_first_character(monkeypatch):
    counts = {"กาด": 200, "กาบ": 200, "ขาม": 200, "คาม": 300, "กาม": 0, "งาม": 150}
    monkeypatch.setattr(words, "_frequencies", lambda: counts)
    monkeypatch.setattr(words, "_dictionary", lambda: frozenset(counts) | {"กาก"})
    monkeypatch.setenv("RAINGAN_CACHE_DIR", "")  # (built from these counts: the index kept on disk is the real one's)
    words._common_by_gap.cache_clear()
    try:
        # "กาก" (no count): กาด and กาบ at its last place, as common: ด comes before บ
        assert words.misread_of_common.__wrapped__("กาก") == _slow("กาก") == "กาด"
        # "กาม": ขาม 200, คาม 300, งาม 150 at its first place, กาด/กาบ 200 at its last: the commonest
        assert words.misread_of_common.__wrapped__("กาม") == _slow("กาม") == "คาม"
        counts["คาม"] = 200
        words._common_by_gap.cache_clear()
        # now ขาม (first place) and กาด/กาบ (last place) tie at 200: the first place's, ข before ค
        assert words.misread_of_common.__wrapped__("กาม") == _slow("กาม") == "ขาม"
    finally:
        words._common_by_gap.cache_clear()


def test_misread_texts_holds_exactly_the_texts_misread_of_common_reads():
    # pipeline.wording asks membership of every word of a run's graph before misread_of_common: every dictionary
    # word, and texts that are none, answer alike both ways
    texts = sorted(words._dictionary()) + ["สรูป", "xyz", "กก", "แต่งตัง", ""]
    found = {t for t in texts if words.misread_of_common.__wrapped__(t) is not None}
    assert {t for t in texts if t in words.misread_texts()} == found
    assert "สรูป" in found and "สรุป" not in words.misread_texts() and len(found) > 300
