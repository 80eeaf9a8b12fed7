"""normalizers.words.plausibility scores a text unit by unit (the text cut
at the spaces no dictionary word spans, each unit's counts memoised) and
gives exactly what newmm gives on the whole text: on the corpora's lines,
on the one tokenizer rule that looks past a cluster (a unit a space follows
is tokenized with it), on dictionary words that hold a space ("ต่าง ๆ"),
and on texts longer than the tokenizer's pieces (TOKENIZE_CHARS)."""

from __future__ import annotations

import re
from pathlib import Path

from pythainlp.tokenize import word_tokenize

from normalizers.words import TOKENIZE_CHARS, _units, _word_trie, plausibility, whole_text_plausibility

ROOT = Path(__file__).resolve().parent.parent
_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f]+")


def _tokens(text: str) -> list[str]:
    return word_tokenize(text, custom_dict=_word_trie(), keep_whitespace=False)


def test_units_score_as_the_whole_text_on_the_corpus_lines():
    texts: list[str] = []
    for path in sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/ocr").glob("*.txt"))[:12]:
        lines = path.read_text(encoding="utf-8").split("\n")
        texts += lines + [" ".join(lines[i:i + 4]) for i in range(0, len(lines), 4)]
    texts = [t for t in dict.fromkeys(texts) if re.search("[ก-ฮ]", t)]
    assert len(texts) > 1000
    spaced_units = 0
    for text in texts:
        assert plausibility(text) == whole_text_plausibility(text), text
        spaced_units += sum(" " in unit for unit, _ in _units(_NOT_THAI.sub(" ", text)))
    assert spaced_units  # the samples print words that hold a space (ต่าง ๆ)


def test_a_unit_a_space_follows_is_tokenized_with_it():
    # newmm's clusters: "เกรีย" is one cluster only before a consonant, a leading vowel or the text's end
    assert _tokens("กรมเกรีย") != _tokens("กรมเกรีย ")
    for text in ("กรมเกรีย โครงการ", "โครงการ กรมเกรีย", "กรมเกรีย 12 ", "x กรมเกรีย"):
        assert plausibility(text) == whole_text_plausibility(text), text
    assert _units("กรมเกรีย โครงการ") == [("กรมเกรีย", True), ("โครงการ", False)]


def test_a_space_inside_a_dictionary_word_stays_in_its_unit():
    assert "ต่าง ๆ" in _tokens("โครงการต่าง ๆ ของโรงเรียน")
    assert ("โครงการต่าง ๆ", True) in _units("โครงการต่าง ๆ ของโรงเรียน")
    for text in ("โครงการต่าง ๆ ของโรงเรียน", "ปัด ๆ เป๋ ๆ ไป", "ว่าง ๆ", "ๆ ว่าง"):
        assert plausibility(text) == whole_text_plausibility(text), text


def test_long_texts_are_scored_in_the_tokenizers_pieces():
    words = ["โครงการ", "กรมเกรีย", "ต่าง", "ๆ", "ก่อสร้าง", "อาคาร", "เรียน"]
    spaced = " ".join(words[i % len(words)] for i in range(3 * TOKENIZE_CHARS // 5))
    unspaced = "".join(words[i % len(words)] for i in range(3 * TOKENIZE_CHARS // 5))
    for text in (spaced, unspaced, unspaced[:TOKENIZE_CHARS] + " " + spaced):
        assert len(text) > TOKENIZE_CHARS
        assert plausibility(text) == whole_text_plausibility(text)
