"""Thai words: how plausible a text's Thai is, by pythainlp's dictionary and
word tokenizer (newmm).  Forms-agnostic: the copy vote breaks ties with it
(pipeline.vote), and a repair of a text can ask whether its choice still
reads like a damaged one (parsers.obec_progress.texts)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _word_trie() -> Any:
    """pythainlp's dictionary for its tokenizer (newmm): the same words as
    its default trie, which a process would otherwise build on its first
    tie-break (0.5 CPU s: a Python object for each of 235,000 prefixes);
    `_WordPrefixes` answers the same in a third of the time to build."""
    from pythainlp.util import Trie

    class _WordPrefixes(Trie):
        """The words of a Trie answered from one dict (every prefix of a
        word -> whether it is a word itself): `prefixes`, what newmm asks,
        gives the same list, in the same order, as the Trie walk; built by
        C-level comprehensions where the Trie adds a word letter by letter."""

        def __init__(self, words: Any) -> None:
            super().__init__(())
            ends = {w.strip() for w in words}  # (Trie.add strips each word)
            self._nodes = dict.fromkeys((w[:i] for w in ends for i in range(1, len(w))), False)
            self._nodes.update(dict.fromkeys(ends, True))
            self._nodes.pop("", None)
            self._ends = ends
            self._word_count = len(ends)

        def prefixes(self, text: str, start: int = 0) -> list[str]:
            res = []
            get = self._nodes.get
            end, n = start + 1, len(text)
            while end <= n:
                s = text[start:end]
                word = get(s)
                if word is None:
                    break
                if word:
                    res.append(s)
                end += 1
            return res

        def __contains__(self, key: object) -> bool:
            return key in self._ends

        def __iter__(self) -> Any:
            return iter(sorted(self._ends))

        def add(self, word: str) -> None:
            raise TypeError("the tokenizer's dictionary is fixed")

        def remove(self, word: str) -> None:
            raise TypeError("the tokenizer's dictionary is fixed")

    from pythainlp.corpus import thai_words

    return _WordPrefixes(thai_words())


# word_tokenize (newmm) is quadratic in a long text ("1 ต.ค. 2566" repeated:
# 96,000 characters take 0.7 s, a million minutes): a longer text is given to
# it in pieces of at most this many characters, cut at white space, and is
# not memoised (the cache would hold it).
TOKENIZE_CHARS = 10_000


def plausibility(text: str) -> tuple[float, float]:
    """(share of Thai tokens in the dictionary, mean Thai token length).
    Only the Thai of `text` is scored (see _tokens): texts that differ in
    digits or Latin letters alone are one question, and a text without a
    Thai letter has no token to score."""
    thai = _NOT_THAI.sub(" ", text)
    if not _THAI_LETTER.search(thai):
        return 0.0, 0.0
    return _plausibility(thai) if len(thai) <= TOKENIZE_CHARS else _plausibility.__wrapped__(thai)


_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f]+")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")  # what a scored token must hold (_plausibility)


def _tokens(text: str) -> list[str]:
    """pythainlp's tokens of the Thai in `text`: runs of other characters
    (only Thai tokens are scored) become one space first, as newmm is slow
    on a long run of digits or Latin letters."""
    from pythainlp.tokenize import word_tokenize

    text = _NOT_THAI.sub(" ", text)
    out: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + TOKENIZE_CHARS)
        if end < len(text):
            cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
            end = cut if cut > start else end
        out.extend(word_tokenize(text[start:end], custom_dict=_word_trie(), keep_whitespace=False))
        start = end
    return out


@lru_cache(maxsize=4096)
def _plausibility(text: str) -> tuple[float, float]:
    words = _dictionary()
    tokens = [t for t in _tokens(text) if any("\u0e01" <= c <= "\u0e2e" for c in t)]
    if not tokens:
        return 0.0, 0.0
    known = sum(1 for t in tokens if t in words)
    return known / len(tokens), sum(len(t) for t in tokens) / len(tokens)


def known_word(word: str) -> bool:
    """Whether `word` is in pythainlp's dictionary."""
    return word in _dictionary()


@lru_cache(maxsize=4096)
def thai_words(text: str) -> tuple[str, ...]:
    """pythainlp's tokens (newmm, its dictionary) of the Thai in `text`, as
    `_tokens` cuts them; memoised, so a short text checked again costs a lookup."""
    return tuple(_tokens(text))


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


def word_frequency(word: str) -> int:
    """How often `word` stands in the Thai National Corpus (pythainlp's tnc word counts); 0 when never."""
    return _frequencies().get(word, 0)
