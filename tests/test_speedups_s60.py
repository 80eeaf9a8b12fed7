"""Speed-ups of the unknown-words check's patterns (pipeline.wording, issue 13) that must find exactly what
the patterns they replace find: the cut-vowel pattern tried only where a run of Thai starts
(_CUT_VOWEL_RE), and the letter-by-digit pre-check on the standard re (_LETTER_BY_DIGIT_RE)."""
import random
import re
import sys
import time
from pathlib import Path

import regex

from pipeline.wording import _ANY_DIGIT, _CUT_VOWEL_RE, _LETTER_BY_DIGIT_RE, _LETTERS_DIGITS_RE

# the cut-vowel pattern as it was: a scan from every place of a run (the slow path)
_CUT_VOWEL_FROM_EVERY_PLACE = re.compile(r"[\u0e01-\u0e4e]*เ[\u0e01-\u0e2e][\u0e35\u0e37][\u0e48-\u0e4b]?(?=\s|$)")
# the pre-check as it was, on the regex module
_LETTER_BY_DIGIT_REGEX = regex.compile(r"[\u0e01-\u0e2e][\d๐-๙]|[\d๐-๙][\u0e01-\u0e4e]")

ROOT = Path(__file__).resolve().parent


def _corpus_lines(limit: int) -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "corpus" / "ocr").glob("*.txt"))[:40]:
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines[:limit]


def test_cut_vowel_finds_what_the_scan_from_every_place_finds():
    rng = random.Random(60)
    alphabet = "เเเกขรยอลนมีีืื่้ะาิ  .1a"
    texts = _corpus_lines(20000) + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
                                    for _ in range(30000)]
    found = 0
    for text in texts:
        expected = _CUT_VOWEL_FROM_EVERY_PLACE.findall(text)
        assert _CUT_VOWEL_RE.findall(text) == expected, text
        found += bool(expected)
    assert found > 200  # (the texts do hold such cut words)


def test_cut_vowel_scan_starts_only_where_a_run_starts():
    # a long run of Thai with no cut vowel: the scan from every place walked it to its end from each of them
    # (the square of the run's length); the pattern is tried only where a run of Thai starts. (Timing is
    # `make bench`'s matter; tests never fail on it: this checks the pattern's shape and what it finds.)
    text = "การพัฒนา" * 500
    assert _CUT_VOWEL_RE.findall(text) == _CUT_VOWEL_FROM_EVERY_PLACE.findall(text) == []
    assert _CUT_VOWEL_RE.pattern.startswith("(?<!")


def test_any_digit_holds_every_digit_of_the_regex_module():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    digits = regex.findall(r"[\d๐-๙]", every)
    assert len(digits) > 600  # (the scripts' decimal digits)
    lacking = [hex(ord(c)) for c in digits if not re.fullmatch(_ANY_DIGIT, c)]
    assert not lacking


def test_letter_by_digit_finds_at_least_where_the_regex_one_does():
    rng = random.Random(60)
    alphabet = "กขงรทไ่้ั1290๐๑๙ .(|a\U00011f50\U0001e4f0"
    texts = _corpus_lines(20000) + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
                                    for _ in range(20000)]
    found = 0
    for text in texts:
        if _LETTER_BY_DIGIT_REGEX.search(text) is not None:
            found += 1
            assert _LETTER_BY_DIGIT_RE.search(text) is not None, text
        if _LETTERS_DIGITS_RE.search(text) is not None:
            assert _LETTER_BY_DIGIT_RE.search(text) is not None, text
    assert found > 1000


def _every_end_asked(text: str, start: int, least: int, most: int) -> bool:
    from normalizers.words import known_word

    return any(known_word(text[start:end]) for end in range(least, min(most, len(text)) + 1))


def test_known_word_from_answers_as_every_end_asked():
    from normalizers.words import known_word_from, thai_words

    rng = random.Random(60)
    texts = ["".join(thai_words(line)).replace(" ", "") for line in _corpus_lines(150)]
    texts += ["".join(rng.choice("กขคงรวดตบปอยนมาิีเแะ่้") for _ in range(rng.randint(1, 30))) for _ in range(200)]
    found = 0
    for text in texts:
        for start in range(len(text)):
            for least, most in ((start + 1, start + 30), (start + 6, start + 30), (start + 4, start + 5),
                                (start + 9, start + 3)):
                expected = _every_end_asked(text, start, least, most)
                assert known_word_from(text, start, least, most) == expected, (text, start, least, most)
                found += expected
    assert found > 1000


def test_may_be_marked_as_every_end_asked(monkeypatch):
    from pipeline import wording

    rng = random.Random(60)
    letters = "".join(wording._LOOKALIKE_LETTER)
    texts = ["".join(rng.choice("กขคงจดตบปอยนมาเแโะ" + letters + "ิีึื่้ั็") for _ in range(rng.randint(2, 40)))
             for _ in range(3000)]
    # dictionary words of the corpus' lines with a look-alike letter read as its pair and a mark above it
    from normalizers.words import thai_words

    words = sorted({w for line in _corpus_lines(3000) for w in thai_words(line)
                    if len(w) >= wording.MARKED_WORD_MIN and any(c in letters for c in w[1:])})
    for word in words[:1500]:
        i = next(k for k in range(1, len(word)) if word[k] in letters)
        texts.append(rng.choice(("", "การ", "ค่า")) + word[:i] + wording._LOOKALIKE_LETTER[word[i]] + "ี"
                     + word[i + 1:] + rng.choice(("", "ของ", "ที่")))
    texts += ["เอกสาวี", "ค่าจ้างเหมาจัดทำเอกสาวีประกอบการประชุม", "ผู้เข้าวับการอบรม"]
    fast = [wording._may_be_marked(t) for t in texts]
    monkeypatch.setattr(wording, "known_word_from", _every_end_asked)
    slow = [wording._may_be_marked(t) for t in texts]
    assert fast == slow
    assert sum(fast) > 100 and fast[-3]
