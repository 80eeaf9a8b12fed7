"""bench.repeats (each function's calls with arguments the document gave it
before, for speed work): a call again with the same arguments is a repeat, a
new document forgets them, a generator's resumes are no calls, an argument
that cannot be hashed is new each time; and the tool runs on a two-file
archive, its A/B of the repeats' memos keeping the rows the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.repeats import Repeats

ROOT = Path(__file__).resolve().parent.parent


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _words(text: str):
    yield from text.split()


def _size(items: list) -> int:
    return len(items)


def _counted(counter: Repeats, fn) -> None:
    sys.setprofile(counter.profile)
    try:
        fn()
    finally:
        sys.setprofile(None)


def _row(counter: Repeats, name: str) -> tuple[int, int, int]:
    (row,) = [r[:3] for r in counter.rows() if r[3].endswith(f" {name}")]
    return row


def test_a_call_again_with_the_same_text_is_a_repeat_within_its_document():
    counter = Repeats(root=str(Path(__file__).parent) + "/", packages=("test_repeats.py",))
    counter.new_document()
    _counted(counter, lambda: [_digits("ปี ๒๕๖๗ 2567"), _digits("ปี ๒๕๖๗ 2567"), _digits("ข้อ 3")])
    counter.new_document()  # the next document: its first call of a text is no repeat
    _counted(counter, lambda: _digits("ข้อ 3"))
    assert _row(counter, "_digits") == (1, 4, 3)  # (repeated, calls, distinct)


def test_a_generator_counts_once_and_an_unhashable_argument_is_new_each_time():
    counter = Repeats(root=str(Path(__file__).parent) + "/", packages=("test_repeats.py",))
    counter.new_document()
    items = [1, 2]
    _counted(counter, lambda: (list(_words("ก ข ค ง")), _size(items), _size(items)))
    assert _row(counter, "_words") == (0, 1, 1)  # five resumes, one call
    assert _row(counter, "_size") == (0, 2, 2)


def test_repeats_runs_on_an_archive():
    out = subprocess.run([sys.executable, "-m", "bench.repeats", "--files", "2", "--top", "3"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "with arguments the document gave it before" in out, out
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert len(rows) == 3 and all(int(r[0]) > 0 and int(r[1]) >= int(r[2]) > 0 for r in rows), out
    out = subprocess.run([sys.executable, "-m", "bench.repeats", "--files", "2", "--ab", "1"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "documents whose rows differ: 0" in out, out
