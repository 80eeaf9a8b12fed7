"""pipeline.printed._digit_first moves the lookbehind that opens a value's
pattern past its first digit (a speed-up, no rule: re then looks for the
pattern by that digit): every value's pattern finds the same places as the
pattern as written, at a text's start, after a digit, a separator or a
letter, and in random text of digits, separators and words."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from pipeline import printed
from pipeline.printed import value_pattern

VALUES = [2567, 12, 5, 0, 7, 250, 1500, Decimal("15500.00"), Decimal("2.5"), Decimal("510000"), Decimal("0.75"),
          Decimal("1250000"), -5, 64.0, "0812345678", "10-2", "3", "9", date(2024, 3, 5)]
TEXTS = ["2567", "ปีงบประมาณ 2567 จำนวน 12 คน", "12567", "2567.5", "x2567 ", "1,500.00 บาท", "1.500", "15,500.00",
         "15500", "0.51 ล้านบาท", "1.25 ล้าน", "081-234-5678", "ระดับ 3", "33", "5.00", "5", "ร้อยละ 2.50", "-5.0",
         "64", "วันที่ 5 มี.ค. 67", "2567-03-05", "250 ชุด 7 วัน 0.75", "10-2", "ข้อ 9 ลำดับ 0.00"]


@pytest.fixture
def as_written(monkeypatch):
    """Each value's pattern as written, its lookbehind first (the memo emptied before and after)."""
    def patterns() -> dict:
        printed._value_pattern.cache_clear()
        with monkeypatch.context() as m:
            m.setattr(printed, "_digit_first", lambda pattern: pattern)
            out = {repr(v): value_pattern(v) for v in VALUES}
        printed._value_pattern.cache_clear()
        return out
    return patterns


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def test_the_same_places_as_the_pattern_as_written(as_written):
    written = as_written()
    moved = 0
    found = 0
    for v in VALUES:
        fast = value_pattern(v)
        moved += fast is not None and fast.pattern != written[repr(v)].pattern
        for text in TEXTS + [t + "\n" + t for t in TEXTS] + ["9" + t for t in TEXTS] + ["ก" + t for t in TEXTS]:
            assert _spans(fast, text) == _spans(written[repr(v)], text), (v, text)
            found += len(_spans(fast, text))
    assert moved >= len(VALUES) - 4 and found > 30  # (most patterns moved, and they find figures)


def test_random_text(as_written):
    written = as_written()
    rng = random.Random(39)
    alphabet = list("0123456789" * 3) + [",", ".", "-", "/", " ", "\n", "ก", "ล้าน", "บาท", " 2567", "1,500"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for v in VALUES:
            assert _spans(value_pattern(v), text) == _spans(written[repr(v)], text), (v, text)


def test_a_quantifier_after_the_first_digit_keeps_the_lookbehind_first():
    assert printed._digit_first(r"(?<!\d)5?1") == r"(?<!\d)5?1"
    assert printed._digit_first(r"(?<!\d)-5") == r"(?<!\d)-5"
    assert printed._digit_first(r"(?<!\d)25") == r"2(?<!\d2)5"
