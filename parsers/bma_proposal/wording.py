"""Texts of a proposal's rows whose Thai reads as no words: OCR damage no
other check sees.

A proposal's lists and tables (objectives, targets, KPIs, the action plan,
benefits and risks, the budget's lines) are short texts in plain Thai that
nothing else in the document repeats or adds up: a letter OCR added
("ขออมนุมัติ" for ขออนุมัติ), a vowel it dropped ("ขออนุมตเงนจดสรร") or a
line of another block run in leaves a text that is wrong with no issue. Cut
into words by pythainlp's dictionary and tokenizer (newmm, as
normalizers.words), such a text leaves pieces no dictionary word covers;
the form's own wording never does (its district names, abbreviations like
พ.ศ. and Arabic or Thai figures aside). A text with such pieces is kept as
read and flagged (`unknown_words`, the pieces as evidence) at its row's
lines. A word OCR stripped of a mark may read as two words instead
("แต่งตัง": แต่ง and ตัง, for แต่งตั้ง): two words side by side that make a
word of the dictionary with one mark more, a word more common in Thai (the
Thai National Corpus's counts) than the rarer of the two, are such a piece
too ("มาใช้" stays: ม้าใช้ is far rarer than ใช้). A misreading that spells
one other word ("ครุ" for ครู) is not seen.  A Thai word the
English model read opens the text as a short Latin word ("fina ติดตาม" for
นิเทศ ติดตาม): the form's own row texts open with Thai, so a Latin word of
at most five letters before its first Thai word is such a piece too (a
Latin name inside a text, "Active Learning", is not).
"""

from __future__ import annotations

import json
from typing import Any

import regex

from normalizers.words import commonest_with_a_mark_more, known_word, thai_words, word_frequency
from schemas.document import Issue

# (table, column) of the row texts checked
COLUMNS = (("objectives", "text"), ("targets", "text"), ("targets", "method"), ("activities", "text"),
           ("findings", "text"), ("findings", "mitigation"), ("expenses", "category"), ("expenses", "item"),
           ("alignments", "text"))

# an abbreviation ("พ.ศ.", "ต.ค.", "กทม."): letters a dot closes, not words
_ABBREVIATION_RE = regex.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e2e]{1,3}\.")
# white space between Thai characters: OCR cuts words with spaces too, so the words are looked for
# across them (the eval's soft score ignores spacing the same way)
_THAI_GAP_RE = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+(?=[\u0e01-\u0e4e])")
# runs of Thai letters, vowels and marks (digits, ๆ, ฯ, Latin and punctuation cut them)
_THAI_RUN_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+")
_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e]")


# a short Latin word opening a text, Thai words after it
_LATIN_OPENING_RE = regex.compile(r"^\W*(?P<word>[A-Za-z]{1,5})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def unknown_words(text: str) -> list[str]:
    """The pieces of `text`'s Thai no dictionary word covers, and a short
    Latin word opening it (see module doc)."""
    latin = _LATIN_OPENING_RE.match(text)
    out: list[str] = [latin.group("word")] if latin else []
    text = _THAI_GAP_RE.sub("", _ABBREVIATION_RE.sub(" ", text))
    for run in _THAI_RUN_RE.findall(text):
        words = thai_words(run)
        out += [t for t in words if _LETTER_RE.search(t) and not known_word(t)]
        out += [a + b for a, b in zip(words, words[1:]) if known_word(a) and known_word(b) and _lacks_a_mark(a, b)]
    return out


def _lacks_a_mark(a: str, b: str) -> bool:
    """Whether the words `a` and `b` side by side are, with one mark more,
    a word of the dictionary more common than the rarer of them."""
    return commonest_with_a_mark_more(a + b) > min(word_frequency(a), word_frequency(b))


def flag_unknown_words(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """An `unknown_words` issue for each checked row text that has pieces no
    dictionary word covers, at the row's lines."""
    issues = []
    for table, column in COLUMNS:
        for row in tables.get(table, ()):
            value = row.get(column)
            if not isinstance(value, str) or not (pieces := unknown_words(value)):
                continue
            issues.append(Issue("warning", "unknown_words", f"{table}.{column}: {value!r} holds "
                                f"{', '.join(repr(p) for p in pieces)}, no Thai word: OCR damaged its letters or "
                                "marks, or ran another text in; kept as read",
                                json.dumps({"text": value, "pieces": pieces}, ensure_ascii=False),
                                row.get("line_start"), row.get("line_end"), field=f"{table}.{column}"))
    return issues
