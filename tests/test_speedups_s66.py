"""Speed-ups of the label restorations (pipeline.marks, issue 13) that must answer as before: the upper-vowel
misread of a word (normalizers.words.vowel_misread_word) is looked for only in a token that is such a misread of
a common dictionary word (_vowel_misread_forms), a lookup, where every vowel and tone of the token was tried."""
import normalizers.words as words
from normalizers.words import (COMMON_WORD, MISREAD_WORD_RARER, TONE_MARKS, VOWEL_MISREADS, _MISREAD_VOWEL_RE,
                               _dictionary, _vowel_misread_forms, known_word, vowel_misread_word, word_frequency)


def _tried(token: str) -> str | None:
    """vowel_misread_word as written before _vowel_misread_forms: each vowel and tone of the token tried."""
    if _MISREAD_VOWEL_RE.search(token) is None or not known_word(token):
        return None
    best: tuple[int, str | None] = (max(COMMON_WORD, MISREAD_WORD_RARER * max(word_frequency(token), 1)) - 1, None)
    for at, read in enumerate(token):
        for vowel in VOWEL_MISREADS.get(read, ""):
            for tone in ("", *TONE_MARKS):
                if tone and token[at + 1:at + 2] and token[at + 1] in TONE_MARKS:
                    continue
                meant = token[:at] + vowel + tone + token[at + 1:]
                if known_word(meant) and (count := word_frequency(meant)) > best[0]:
                    best = (count, meant)
    if best[1] is not None and _tried(best[1]) is not None:
        return None
    return best[1]


def test_every_dictionary_word_reads_as_with_each_vowel_tried():
    # over the whole dictionary (and the misread forms themselves): the lookup first gives what trying every
    # vowel and tone gave, and the words it reads as another are some
    vowel_misread_word.cache_clear()
    texts = sorted({w for w in _dictionary() if _MISREAD_VOWEL_RE.search(w)} | _vowel_misread_forms())
    read = {t: vowel_misread_word(t) for t in texts}
    assert read == {t: _tried(t) for t in texts}
    assert read["ขืน"] == "ขึ้น" and sum(v is not None for v in read.values()) > 10


def test_a_word_no_misread_of_a_common_word_is_not_tried(monkeypatch):
    # "เรียน" holds sara ii but no common word is it with another vowel: told by the lookup, no word asked
    vowel_misread_word.cache_clear()
    assert "เรียน" not in _vowel_misread_forms() and "ขืน" in _vowel_misread_forms()
    asked: list[str] = []
    monkeypatch.setattr(words, "word_frequency", lambda w: asked.append(w) or 0)
    assert vowel_misread_word("เรียน") is None
    assert asked == []
    vowel_misread_word.cache_clear()
