"""Two speed-ups that change no answer: normalizers.words.thai_words_lazily
gives thai_words' tokens one by one, tokenizing only as far as it is asked
(parsers.obec_progress.lists.junk_line and wordless stop at the first word
of three letters), and pipeline.wording looks for a letter beside a digit
(_LETTER_BY_DIGIT_RE) before it looks for a token whose letters and digits
alternate (_LETTERS_DIGITS_RE), which every match of the latter holds; on
the samples' and the OCR corpus' lines and on random text of the characters
the patterns turn on."""

from __future__ import annotations

import inspect
import random
import re
from pathlib import Path

import normalizers.words as words
from parsers.obec_progress import lists
from pipeline.wording import _LETTER_BY_DIGIT_RE, _LETTERS_DIGITS_RE

ROOT = Path(__file__).resolve().parent.parent


def _lines(limit: int) -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus").glob("*/ocr/*.txt")) \
        + sorted((ROOT / "tests/corpus").glob("*/*/ocr/*.txt"))
    seen: dict[str, None] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip() and re.search("[\u0e01-\u0e2e]", line):
                seen.setdefault(line)
    return list(seen)[:limit]


def test_tokens_lazily_are_thai_words():
    lines = _lines(1500)
    long = " ".join(lines[:300])  # (past CACHED_TOKENS, and cut into pieces past TOKENIZE_CHARS)
    for text in [*lines, long, long + "ABC 12", "", "   ", "abc 123", "ก"]:
        assert tuple(words.thai_words_lazily(text)) == words.thai_words(text), text


def test_tokens_come_before_the_rest_is_read():
    text = "โครงการพัฒนาคุณภาพการศึกษา " * 40
    steps = words._newmm_steps(text)
    first = next(steps)
    assert first == words.thai_words(text)[0]
    assert inspect.getgeneratorlocals(steps)["end_pos"] < len(text) // 4  # (the rest not tokenized yet)


def test_junk_and_wordless_lines_as_every_token_read():
    def junk_line_whole(text: str) -> bool:
        if not lists._JUNK_CHAR_RE.search(text) or len(lists.THAI_LETTER_RE.findall(text)) < lists.JUNK_CONSONANTS \
                or sum(not ch.isspace() for ch in text) < lists.JUNK_CHARS:
            return False
        return not any(len(w) >= lists.WORD_CHARS and words.known_word(w) for w in words.thai_words(text))

    lines = _lines(3000) + ["ธ560 .11งง1ไ|ไหศไ“", "“0: งงงงง 3๕06@0๐0ง3งไเ", "0 0รเวป 30 ee", "เวสจไปซน (x)"]
    assert any(lists.junk_line(t) for t in lines) and any(lists.wordless(t) for t in lines)
    for text in lines:
        assert lists.junk_line(text) == junk_line_whole(text), text
        assert lists.wordless(text) == (not lists._FIGURES_ALONE_RE.match(text) and not any(
            len(w) >= lists.WORD_CHARS and words.known_word(w) for w in words.thai_words(text))), text


def test_letter_by_digit_is_in_every_letters_digits_token():
    rng = random.Random(7)
    alphabet = "กขงรทไ่้ั1290๐๑๙ .(|a"
    texts = _lines(3000) + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    found = 0
    for text in texts:
        matches = _LETTERS_DIGITS_RE.findall(text)
        found += bool(matches)
        if _LETTER_BY_DIGIT_RE.search(text) is None:
            assert not matches, text
        for m in matches:
            assert _LETTER_BY_DIGIT_RE.search(m), m
    assert found > 100
