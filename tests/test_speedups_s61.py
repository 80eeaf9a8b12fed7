"""Speed-up of the misread-word rule (normalizers.words.restore_misread_words, issue 13) that must give what
tokenizing every run gave: a run is tokenized only where a word newmm may take there (word_graph) is one
vowel_misread_word reads as another (_may_hold_misread_word)."""
from pathlib import Path

import pytest

import normalizers.words as words
from normalizers.words import _may_hold_misread_word, restore_misread_words

ROOT = Path(__file__).resolve().parent


def test_a_run_of_words_none_misread_is_not_tokenized(monkeypatch):
    # every word of the run is in the dictionary (word_graph tells them) and none is a vowel misread of a far
    # commoner word: nothing to put right, and newmm is not asked
    run = "นักเรียนมีผลสัมฤทธิ์ทางการเรียนดี"
    assert words.word_graph(run) is not None
    assert not _may_hold_misread_word(run)

    def no_tokenizing(text):
        raise AssertionError(f"tokenized {text!r}")

    monkeypatch.setattr(words, "_newmm", no_tokenizing)
    assert restore_misread_words(run) == (run, ())


def test_a_run_holding_a_misread_word_is_tokenized_and_put_right():
    # "ขืน" (ึ read as ื, its tone mark lost) is among the words the run may be cut into: tokenized, put right
    run = "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขืน"
    assert _may_hold_misread_word(run)
    assert restore_misread_words(run) == ("นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", (("ขืน", "ขึ้น"),))


def test_a_run_no_cut_into_words_covers_is_tokenized():
    # word_graph cannot tell a run that does not read as words whole ("ขืนกขฃ"): the run is tokenized, as before
    run = "สูงขืนฃฃฃ"
    assert words.word_graph(run) is None
    assert _may_hold_misread_word(run)


@pytest.mark.parametrize("limit", [4000])
def test_the_same_repairs_as_tokenizing_every_run(monkeypatch, limit):
    # over the OCR'd corpus' lines (with "ขืน" written into some, so that the rule has something to put right),
    # the rule gives what it gave when every run with a misread vowel was tokenized
    lines: list[str] = []
    for path in sorted((ROOT / "corpus" / "ocr").glob("*.txt"))[:30]:
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = lines[:limit]
    lines += [ln.replace("ขึ้น", "ขืน") for ln in lines if "ขึ้น" in ln]
    fast = [restore_misread_words(ln) for ln in lines]
    monkeypatch.setattr(words, "_may_hold_misread_word", lambda run: True)
    slow = [restore_misread_words(ln) for ln in lines]
    assert fast == slow
    assert any(changes for _, changes in fast)
