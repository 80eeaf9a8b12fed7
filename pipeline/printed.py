"""Where a row's value stands printed among the row's lines: the text whose
digits, read as Arabic, spell the value (an amount with or without its
separators and satang, a date as day, month and year in the orders the
forms print, a phone or a code with any separators).  For
pipeline.doubtful, which judges the printed figure."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import Any

from normalizers.dates import MONTHS
from normalizers.numbers import thai_digits_to_arabic

# The standard library's re: these patterns need nothing of regex's, and a
# document compiles a few of its own (one per distinct value) at a quarter
# of regex's cost (regex.compile was 12 % of an OCR'd document's time).
_DIGIT_STRING_RE = re.compile(r"[0-9][0-9\s\-/.]*")  # a phone or a code: digits and separators only
_EDGE = r"(?<!\d)", r"(?!\d|[.,]\d)"  # a whole number, not part of a longer one (of the text in Arabic digits)


_MILLION = Decimal(1_000_000)
_MILLION_AFTER = r"(?!\d|[.,]\d)(?=\.?-?[ \t]?ล\u0e49?าน)"  # "ล้าน" after the number (its tone mark OCR may drop)


def _digit_first(pattern: str) -> str:
    """A pattern opening with _EDGE[0], its first digit then something other than a quantifier, with that
    lookbehind moved past the digit: "2(?<!\\d2)567" matches where "(?<!\\d)2567" does (the digit is the
    text's there, so the character before it is what either looks at), and re looks for it by its first
    digit at memory speed, where it tries a pattern opening with a lookbehind at every place of the row's
    text (forty times slower over a page; a speed-up, no rule).  Any other pattern as it is."""
    body = pattern.removeprefix(_EDGE[0])
    if not pattern.startswith(_EDGE[0]) or body[:1] not in _ARABIC or body[1:2] in ("?", "*", "+", "{"):
        return pattern
    return body[0] + rf"(?<!\d{body[0]})" + body[1:]


_ARABIC = frozenset("0123456789")


def _digits(ds: str, sep: str = "") -> str:
    return sep.join(ds)


def _number_pattern(value: Decimal) -> str:
    """An amount, a count or a share as printed: its whole part with or
    without thousands separators (a comma, or the dot OCR reads for one),
    then its decimals, trailing zeros optional ("15,500.00" for 15500)."""
    whole, _, frac = f"{value:f}".partition(".")
    frac = frac.rstrip("0")
    pattern = _digits(whole, r"[,.]?") if len(whole) > 3 else whole
    tail = rf"[.,]{frac}0*" if frac else r"(?:[.,]0+)?"
    return _digit_first(_EDGE[0] + pattern + tail + _EDGE[1])


def _date_pattern(value: date) -> str:
    """A date as printed: its day, then its month (a name, or its number)
    and its year (BE, CE or the BE's last two digits); or year-month-day."""
    be = str(value.year + 543)
    year = rf"(?:{be}|{value.year}|{be[2:]})"
    day, month = rf"0?{value.day}", rf"0?{value.month}"
    # the month's name (the year maybe wrapped to the next line's start: "๕ กุมภาพันธ์" / "2568"), or its number
    between = rf"(?:[^\d\n]{{1,30}}?(?:\n[ \t]*)?|\s*[/.\-]\s*{month}\s*[/.\-]\s*)"
    out = (rf"{_EDGE[0]}{day}{between}{year}{_EDGE[1]}"
           rf"|{_EDGE[0]}{year}\s*[/.\-]\s*{month}\s*[/.\-]\s*{day}{_EDGE[1]}")
    if value.day == 1 or (value + timedelta(days=1)).day == 1:
        # a period's first or last day printed by its month and year alone ("ระหว่าง พ.ย. ๖๘ ถึง มิ.ย. ๖๙")
        # (no day figure before the month: "๓ ตุลาคม ๒๕๖๔" is another date's printing)
        out += rf"|(?<!\d)(?<!\d\s)(?<!\d\s\s){_month_names(value.month)}\s*(?:พ\.?\s*ศ\.?)?\s*{year}{_EDGE[1]}"
    return out


@lru_cache(maxsize=12)
def _month_names(month: int) -> str:
    """A month's names and abbreviations as printed (an abbreviation's
    letters with their dots or none: "พ.ย.", "พย")."""
    names = [re.escape(k) if len(k) > 4 else r"\.?\s*".join(map(re.escape, k)) + r"\.?"
             for k, v in MONTHS.items() if v == month]
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


def value_pattern(value: Any) -> re.Pattern | None:
    """How `value` may stand printed (in Arabic digits), or None when it is no figure."""
    if isinstance(value, bool):
        # (before the memo: an lru_cache takes True for 1.0 or Decimal 1, False for 0.0 or Decimal 0 - equal, with
        # equal hashes - so one answered for the other by what the process had read before)
        return None
    return _value_pattern(value)


@lru_cache(maxsize=4096)  # a document's rows repeat their years, dates and amounts
def _value_pattern(value: Any) -> re.Pattern | None:
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
        # one digit is found on any line that prints that digit in anything: not the value's own figure,
        # unless printed with its decimals ("๒.๐๐" for a progress of 2.0: a figure of its own)
        if number >= 10 or number != number.to_integral_value():
            pattern = _number_pattern(number)
            millions = number / _MILLION
            if number >= _MILLION / 100 and millions == round(millions, 4):
                # an amount printed in millions ("๐.๕๑ ล้านบาท" for 510,000.00; normalizers.numbers.parse_baht)
                pattern += "|" + _number_pattern(millions).removesuffix(_EDGE[1]) + _MILLION_AFTER
            return re.compile(pattern)
        return re.compile(_digit_first(_EDGE[0] + f"{number:f}".partition(".")[0] + r"[.,]0+" + _EDGE[1]))
    if isinstance(value, date):
        return re.compile(_date_pattern(value))
    if isinstance(value, str) and _DIGIT_STRING_RE.fullmatch(value) and len(digits := re.sub(r"\D", "", value)) > 1:
        # a phone or a code: its digits in order, any separators OCR or the form put between them
        return re.compile(_digit_first(_EDGE[0] + _digits(digits, r"[\s\-/.]*") + _EDGE[1]))
    if isinstance(value, str) and len(value) == 1 and value in "0123456789":
        # a score kept as printed (a risk's likelihood or impact, 1-5): a digit standing alone on its lines,
        # neither part of a longer number nor the whole of one with decimals
        return re.compile(_digit_first(_EDGE[0] + value + _EDGE[1]))
    return None


class Source:
    """A row's lines as one text, with its digits in Arabic (same length, so
    offsets carry over), and the line each offset stands on; made when a
    value of the row first needs it."""

    def __init__(self, text: dict[int, str], start: int, end: int):
        self.lines, self.span = text, (start, end)

    @cached_property
    def nos(self) -> list[int]:
        return [no for no in range(self.span[0], self.span[1] + 1) if no in self.lines]

    @cached_property
    def starts(self) -> list[int]:
        return list(accumulate((len(self.lines[no]) + 1 for no in self.nos[:-1]), initial=0))

    @cached_property
    def text(self) -> str:
        return "\n".join(self.lines[no] for no in self.nos)

    @cached_property
    def arabic(self) -> str:
        return thai_digits_to_arabic(self.text)

    def line_at(self, offset: int) -> int:
        return self.nos[bisect_right(self.starts, offset) - 1]
