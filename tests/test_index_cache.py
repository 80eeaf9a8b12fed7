"""normalizers.index_cache: the dictionary's indexes kept on disk between
processes.  What is read back is what the builder gives; a file that is
stale, damaged or of another kind is never used but built and written anew;
the cache can be turned off and a folder that cannot be written costs only
the speed.  Every test keeps its files in its own temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import normalizers.index_cache as cache
import normalizers.words as words
from pipeline import wording


def _never() -> dict:
    raise AssertionError("built again: the file kept was not read")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_written_once_then_read(folder: Path):
    built = {"กา": (1, "ก"), "ขา": (2, "ข")}
    assert cache.stored("toy", lambda: built, dict) == built
    assert [p.name for p in folder.iterdir()] == ["toy.index"]
    again = cache.stored("toy", _never, dict)
    assert again == built and again is not built
    assert list(again) == list(built)  # (insertion order kept)


def test_a_tuple_of_kinds_is_checked_item_by_item(folder: Path):
    cache.stored("parts", lambda: ({"a": True}, {"a"}, "x"), (dict, set, str))
    assert cache.stored("parts", _never, (dict, set, str)) == ({"a": True}, {"a"}, "x")
    # the same file asked as another shape: not used, built and written anew
    assert cache.stored("parts", lambda: ({"b": False}, {"b"}), (dict, set)) == ({"b": False}, {"b"})
    assert cache.stored("parts", _never, (dict, set)) == ({"b": False}, {"b"})


@pytest.mark.parametrize("damage", ["flip a byte", "cut short", "empty", "header only", "other format",
                                    "other kind"])
def test_a_damaged_file_is_built_again_and_overwritten(folder: Path, damage: str):
    built = {f"w{i}": (i, "x" * i) for i in range(200)}
    cache.stored("toy", lambda: built, dict)
    path = folder / "toy.index"
    data = bytearray(path.read_bytes())
    head = len(cache.FORMAT) + 64
    if damage == "flip a byte":
        data[head + 100] ^= 0x40
    elif damage == "cut short":
        data = data[:-10]
    elif damage == "empty":
        data = bytearray()
    elif damage == "header only":
        data = data[:head]
    elif damage == "other format":
        data[3] ^= 0x01
    path.write_bytes(bytes(data))
    if damage == "other kind":  # (a whole file, of a list where a dict was asked)
        cache._write(path, cache._key("toy"), [1, 2, 3])
    rebuilt = {"fresh": (0, "")}
    assert cache.stored("toy", lambda: rebuilt, dict) == rebuilt
    assert cache.stored("toy", _never, dict) == rebuilt  # (the damaged file was overwritten)


def test_a_file_written_from_other_code_or_word_lists_is_stale(folder: Path, monkeypatch: pytest.MonkeyPatch):
    cache.stored("toy", lambda: {"old": 1}, dict)
    monkeypatch.setattr(cache, "_built_from", lambda: b"other code, other word lists")
    assert cache.stored("toy", lambda: {"new": 2}, dict) == {"new": 2}
    assert cache.stored("toy", _never, dict) == {"new": 2}


def test_the_key_follows_the_code_and_the_word_lists():
    assert cache._built_from() is not None
    assert cache._key("a") != cache._key("b")
    cache._built_from.cache_clear()
    try:
        assert cache._key("a") == cache._key("a")
        assert cache._built_from() == cache._built_from.__wrapped__()
    finally:
        cache._built_from.cache_clear()


def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(cache.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir() is None
    assert cache.stored("toy", lambda: {"a": 1}, dict) == {"a": 1}
    assert cache.stored("toy", lambda: {"b": 2}, dict) == {"b": 2}
    assert not list(tmp_path.iterdir())


def test_the_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "raingan"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "raingan"


def test_a_folder_that_cannot_be_written_costs_only_the_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.stored("toy", lambda: {"a": 1}, dict) == {"a": 1}
    assert blocker.read_text() == "not a folder"


def test_no_temporary_file_is_left(folder: Path):
    for n in range(3):
        cache.stored(f"toy{n}", lambda: {"a": n}, dict)
    assert sorted(p.name for p in folder.iterdir()) == ["toy0.index", "toy1.index", "toy2.index"]


# -- the dictionary's indexes: what a process reads back is what it would build

_INDEXES = [
    ("word_prefixes", words._word_prefix_parts, (dict, set, dict)),
    ("tnc_word_counts", words._read_frequencies, dict),
    ("one_mark_less", words._one_mark_less_built, dict),
    ("silent_mark_words", words._silent_mark_words_built, frozenset),
    ("misreadings", words._misreadings_built, frozenset),
    ("common_by_gap", words._common_by_gap_built, dict),
    ("markless_common", words._markless_common_built, dict),
    ("by_toneless", words._by_toneless_built, dict),
]


@pytest.mark.parametrize("name, build, kind", _INDEXES, ids=[i[0] for i in _INDEXES])
def test_each_index_read_back_is_the_one_built(folder: Path, name, build, kind):
    built = build()
    assert cache.stored(name, build, kind) == built
    read = cache.stored(name, _never, kind)
    assert read == built and type(read) is type(built)
    if isinstance(built, dict):
        assert list(read.items()) == list(built.items())


def test_the_indexes_the_process_uses_are_the_ones_built():
    # (read from the test session's folder, written by whichever process built them first)
    assert words._word_trie()._nodes == words._word_prefix_parts()[0]
    assert words._word_trie()._ends == words._word_prefix_parts()[1]
    assert words._word_trie().spaced == words._word_prefix_parts()[2]
    assert words._by_toneless() == words._by_toneless_built()
    assert words._misreadings() == words._misreadings_built()


@pytest.mark.parametrize("swaps, min_length, key, least", [
    (wording._VOWEL_LENGTHS, wording.SLIP_WORD_MIN, wording._VOWEL_WINDOW, wording._SLIP_LEAST),
    (wording._LOOKALIKE_LETTER, 0, wording._LOOKALIKE_WINDOW, wording._SLIP_LEAST),
])
def test_the_swapped_word_index_read_back_is_the_one_built(folder: Path, swaps, min_length, key, least):
    keys, windows, pattern = words.swapped_word_index(swaps, min_length, key, least)
    assert len(list(folder.iterdir())) == 1
    again = words.swapped_word_index(swaps, min_length, key, least)
    built, text = words._swapped_words(swaps, min_length, key, least)
    assert again[0] == keys == frozenset(built)
    assert again[1] == windows == built
    assert again[2].pattern == pattern.pattern == text
    # other arguments are another index, in a file of their own
    words.swapped_word_index(swaps, min_length + 1, key, least)
    assert len(list(folder.iterdir())) == 2


def test_a_new_process_reads_the_files(folder: Path):
    import subprocess
    import sys

    code = ("import normalizers.words as w, normalizers.index_cache as c; "
            "write = c._write; c._write = lambda *a: (print('WROTE'), write(*a)); "
            "print(w.plausibility('การศึกษาขั้นพื้นฐาน'), w.restore_tone_marks('แต่งตัง')[0])")
    env = {**os.environ, cache.CACHE_ENV: str(folder), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert "WROTE" in first and "WROTE" not in second
    assert first.replace("WROTE\n", "") == second


def test_the_silent_marks_lost_are_the_silent_mark_words_that_are_words():
    # (silent_mark_lost_texts, as it was built before from the whole dictionary)
    old = frozenset(word[:-1] for word in words._dictionary() if word.endswith(words.SILENT_MARK)
                    and words.known_word(word[:-1]) and words.with_silent_mark(word[:-1]) is not None)
    assert words._silent_marks_lost() == old and len(old) > 20
