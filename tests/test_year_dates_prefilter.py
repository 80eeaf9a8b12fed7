"""parsers.year_mentions.mentions_of searches a text for dates only
when it holds a dot or a full month's letters (_may_hold_a_date): it gives
the mentions it gives with every text searched, on the lines (joined to the
next, as mentions_in asks) of the samples and the OCR corpus, and the
month letters it looks for are what _DATE_RE's month patterns spell."""

from __future__ import annotations

import re
from pathlib import Path

from normalizers.text import THAI_MARKS
from parsers import year_mentions as year

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    out: dict[str, None] = {}
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/ocr").glob("*.txt"))
    for path in paths:
        lines = path.read_text(encoding="utf-8").split("\n")
        for line, nxt in zip(lines, [*lines[1:], ""]):
            text = f"{line} {nxt[:40]}"
            if year._YEAR_DIGITS_RE.search(text):
                out.setdefault(text)
                out.setdefault(text.replace(".", " "))  # abbreviated months' dots lost: the full names must carry it
    return list(out)


def test_the_same_mentions_as_with_every_text_searched(monkeypatch):
    texts = _texts()
    fast = [year.mentions_of.__wrapped__(t) for t in texts]
    skipped = sum(not year._may_hold_a_date(t) for t in texts)
    monkeypatch.setattr(year, "_may_hold_a_date", lambda text: True)
    slow = [year.mentions_of.__wrapped__(t) for t in texts]
    assert fast == slow
    assert skipped > len(texts) // 4  # the prefilter does skip texts
    assert sum(any(m[0] == "date" for m in ms) for ms in fast) > 50  # and dates are found


def test_a_text_without_the_letters_holds_no_date():
    for text in _texts():
        if not year._may_hold_a_date(text):
            assert year._DATE_RE.search(text) is None, text


def test_the_month_letters_survive_the_stripping():
    assert len(year._MONTH_SKELETONS) >= 12
    for month in year._MONTH_SKELETONS:
        assert month and not re.search(rf"[\s{THAI_MARKS}\u0e33.]", month), month
        assert year._DATE_RE.search(f"1 {month} 2566")  # (its letters alone are a full month to the pattern)
