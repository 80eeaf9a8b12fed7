"""Dates as Thai reports write them, to datetime.date (CE).

Handled: D/M/Y with a Buddhist-era or CE year ("31/10/2560", "06/09/2566",
"8/12/60"), ISO-ish CE dates and datetimes ("2018-2-10", "2017-10-01 00:00:00"),
Thai month names full, abbreviated and misspelt ("๒๖ ธันวาคม ๒๕๖๒",
"ต.ค. 2566", "กรกฏาคม"), with Thai or mixed digits.  A year >= 2400 is BE
(CE = BE - 543); a two-digit year is BE (60 -> 2560), unless it is the hour
of a time ("15 มิ.ย. 09.30 น." has no year).  Times and ranges of days are
not dates.

pythainlp's thai_strptime is not used: it finds month names by substring (so
"15 11 2565" parses as 15 January), raises IndexError on common spellings and
Thai digits, and returns timezone-aware datetimes.  Month names are looked up
here as whole tokens in MONTHS.
"""

from __future__ import annotations

import calendar
from datetime import date

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, skeleton

BE_OFFSET = 543

# Month tokens with dots and spaces removed -> month number.  Full names,
# official abbreviations, and spellings seen in OCR output.
MONTHS: dict[str, int] = {
    "มกราคม": 1, "มค": 1,
    "กุมภาพันธ์": 2, "กุมภาพันธ": 2, "กพ": 2,
    "มีนาคม": 3, "มีค": 3,
    "เมษายน": 4, "เมย": 4,
    "พฤษภาคม": 5, "พค": 5,
    "มิถุนายน": 6, "มิย": 6,
    "กรกฎาคม": 7, "กรกฏาคม": 7, "กค": 7,
    "สิงหาคม": 8, "สค": 8,
    "กันยายน": 9, "กย": 9,
    "ตุลาคม": 10, "ตค": 10,
    "พฤศจิกายน": 11, "พย": 11,
    "ธันวาคม": 12, "ธค": 12,
}
# Full names compared without tone marks and vowels, for OCR that dropped
# them ("มนาคม").  Abbreviations are not: without marks ม.ค. and มี.ค. collide.
_MONTH_SKELETONS: dict[str, int] = {skeleton(k): v for k, v in MONTHS.items() if len(k) > 4}
# Abbreviations compared by their letters, for OCR that added or dropped a
# mark or a dot ("กุย." for ก.ย., "พุย." for พ.ย.); not ม.ค. and มี.ค.,
# whose letters are the same.
_ABBREVIATION_SKELETONS: dict[str, int] = {skeleton(k): v for k, v in MONTHS.items() if len(k) <= 4}
_ABBREVIATION_SKELETONS.pop(skeleton("มค"))

# A month token: a full month name anywhere (also inside a run of Thai
# letters such as "ในเดือนพฤศจิกายน"), tolerant of dropped marks; or an
# abbreviation with its dots ("ต.ค.", "ต.ค", "มี.ค.") standing on its own.
_FULL_NAMES = sorted((k for k in MONTHS if len(k) > 4), key=len, reverse=True)
# For finding dates inside other text (parsers): month names and abbreviations only.
MONTH_TOKEN = (
    "(?:" + "|".join(mark_tolerant(k, spaces=False) for k in _FULL_NAMES) + ")"
    + r"|(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{1,3}\.\s?[\u0e01-\u0e4e]{1,2}\.?(?![\u0e01-\u0e4e])"
    + r"|(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{2,4}\.(?![\u0e01-\u0e4e])"  # one dot lost: "กุย."
)
# Where a date is parsed, also a word standing alone where a full name stands, for month_number
# to weigh ("คันยายน": one letter changed); inside other text that would take any word for a month.
# ... and an abbreviation whose dots OCR read as spaces, or lost before a space ("28 ก พ 2564", "๑๑ เม ย. ๒๕๒๒": its
# letters as the abbreviation's, parted where its first dot stands; only between a day and a year, as _DMONY_RE
# reads it: not in MONTH_TOKEN, with which the parsers find months in running text, where two letters apart may be
# anything)
_SPACED_ABBREVIATIONS = "|".join(
    regex.escape(k[:-1]) + r"\.?\s+" + regex.escape(k[-1]) + r"\.?" for k in MONTHS if len(k) <= 4)
# ... and an abbreviation both of whose dots OCR lost ("15 พย 2564", "28 เมย 2562"): its letters alone, a word
# of its own, again only between a day and a year (in running text two or three letters may be any word)
_BARE_ABBREVIATIONS = "|".join(sorted((regex.escape(k) for k in MONTHS if len(k) <= 4), key=len, reverse=True))
_MONTH_TOKEN = MONTH_TOKEN + r"|(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{5,12}(?![\u0e01-\u0e4e])" \
    + rf"|(?<![\u0e01-\u0e4e])(?:{_SPACED_ABBREVIATIONS})(?![\u0e01-\u0e4e])" \
    + rf"|(?<![\u0e01-\u0e4e])(?:{_BARE_ABBREVIATIONS})(?![\u0e01-\u0e4e])"
# A two-digit year, unless it is the hour of a time ("09.30 น.", "21:10",
# "9 น."): after a day and month a time is not a year.
_YEAR = r"(?:\d{4}|\d{2}(?![.:]\d)(?!\s*(?:น\.|นาฬิกา)))(?!\d)"
# D/M/Y with / - or . between; the year 2 or 4 digits.  The day is not the
# minutes of a time ("8.10-9.10 น." is a time range, not 10/9/10).
_DMY_RE = regex.compile(rf"(?<!\d)(?<!\d[.:])(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*({_YEAR})")
# Y-M-D (CE or BE), optionally followed by a time of day, which is dropped.
_YMD_RE = regex.compile(r"(?<!\d)(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})(?!\d)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
# D month Y: "26 ธันวาคม 2562", "1 ต.ค. 2566", "31 มีนาคม พ.ศ. 2567"; not the
# last day of a range ("1-15 ม.ค. 2565" is no one date).
_DAY_RANGE_BEFORE = r"(?<!(?<!\d)\d{1,2}\s*[-\u2013\u2014]\s*)"
_DMONY_RE = regex.compile(
    rf"(?<!\d){_DAY_RANGE_BEFORE}(\d{{1,2}})\s*((?:{_MONTH_TOKEN}))\s*,?\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*({_YEAR})"
)
# What parse_date names when it finds no date: a day range, a time of day.
_DAY_RANGE_RE = regex.compile(rf"(?<!\d)\d{{1,2}}\s*[-\u2013\u2014]\s*\d{{1,2}}\s*(?:{_MONTH_TOKEN})")
_TIME_RE = regex.compile(r"(?<!\d)\d{1,2}\s*[.:]\s*\d{2}(?!\d)(?!\s*[/.-]\s*\d)|(?<!\d)\d{1,2}\s*(?:น\.|นาฬิกา)")
# month Y (no day): "ต.ค. 2566", "พฤศจิกายน 2568".
_MONY_RE = regex.compile(rf"((?:{_MONTH_TOKEN}))\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*({_YEAR})")


def be_to_ce(year: int) -> int:
    """A year as written to CE: >= 2400 is Buddhist era, 2 digits are BE (60 -> 2017)."""
    if year < 100:
        year += 2500
    return year - BE_OFFSET if year >= 2400 else year


def ce_to_be(year: int) -> int:
    return year + BE_OFFSET


_DOTS_SPACES_RE = regex.compile(r"[.\s]")


def month_number(token: str) -> int:
    """Month number of a Thai month token, full or abbreviated; ValueParseError if none."""
    key = _DOTS_SPACES_RE.sub("", token).replace("\u0e4d\u0e32", "\u0e33")
    if key in MONTHS:
        return MONTHS[key]
    if len(key) > 4 and skeleton(key) in _MONTH_SKELETONS:
        return _MONTH_SKELETONS[skeleton(key)]
    if len(key) <= 4 and skeleton(key) in _ABBREVIATION_SKELETONS:
        return _ABBREVIATION_SKELETONS[skeleton(key)]
    if len(key) > 4 and (near := _month_near(skeleton(key))) is not None:
        return near
    raise ValueParseError("month", token, "not a Thai month name")


MONTH_FAR_MIN = 6  # letters (skeleton) a name must hold for two of them changed to still name its month
MONTH_FAR_MARGIN = 2  # edits by which every other month stands farther than the nearest


def _month_near(sk: str) -> int | None:
    """The month a full name OCR changed names, its letters (skeleton, marks
    aside) weighed against every month's once: the one month one letter
    away ("คันยายน"); else, in a name of MONTH_FAR_MIN letters or more, the
    one month two edits away or nearer, every other month MONTH_FAR_MARGIN
    edits farther still ("กรกฎากง" for กรกฎาคม; no two months' names are
    fewer than two apart: before, that date read none and its report had no
    date); None otherwise."""
    found = sorted((Levenshtein.distance(sk, name), n) for name, n in _MONTH_SKELETONS.items())
    near = {n for d, n in found if d <= 1}
    if len(near) == 1:
        return near.pop()
    best, month = found[0]
    if len(sk) < MONTH_FAR_MIN or best > 2 or any(d < best + MONTH_FAR_MARGIN for d, n in found[1:] if n != month):
        return None
    return month


def is_month(token: str) -> bool:
    """Whether `token` is a Thai month's name or abbreviation (month_number reads it)."""
    try:
        month_number(token)
    except ValueParseError:
        return False
    return True


def _make_date(text: str, year: int, month: int, day: int) -> date:
    ce = be_to_ce(year)
    if not 1900 <= ce <= 2200:
        raise ValueParseError("date", text, f"year {year} is out of range")
    try:
        return date(ce, month, day)
    except ValueError as exc:
        raise ValueParseError("date", text, str(exc)) from exc


def find_dates(text: str) -> list[tuple[date, tuple[int, int]]]:
    """Every date in `text` with its character span; unreadable ones skipped."""
    src = thai_digits_to_arabic(text).replace("\u0e4d\u0e32", "\u0e33")
    found: list[tuple[date, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for m in _YMD_RE.finditer(src):
        try:
            found.append((_make_date(m.group(0), int(m[1]), int(m[2]), int(m[3])), m.span()))
            taken.append(m.span())
        except ValueParseError:
            continue
    for m in _DMY_RE.finditer(src):
        if not free(m.span()):
            continue
        try:
            found.append((_make_date(m.group(0), int(m[3]), int(m[2]), int(m[1])), m.span()))
            taken.append(m.span())
        except ValueParseError:
            continue
    for m in _DMONY_RE.finditer(src):
        if not free(m.span()):
            continue
        try:
            found.append((_make_date(m.group(0), int(m[3]), month_number(m[2]), int(m[1])), m.span()))
            taken.append(m.span())
        except ValueParseError:
            continue
    return sorted(found, key=lambda item: item[1])


def parse_date(text: str) -> date:
    """The one date in `text` ("31/10/2560", "2018-2-10", "๒๖ ธันวาคม ๒๕๖๒").

    Raises ValueParseError if there is none or more than one.  A month and
    year without a day ("ต.ค. 2566") is not a date: use parse_month_year.
    A time after a date is left out ("15 มิ.ย. 2565 09.30 น."); a time alone
    ("21:10"), a time range ("8.10-9.10 น."), a day and month followed by a
    time ("15 มิ.ย. 09.30 น.": no year) and a day range ("1-15 ม.ค. 2565")
    raise.
    """
    if not text or not text.strip():
        raise ValueParseError("date", text, "empty")
    found = find_dates(text)
    if not found:
        src = thai_digits_to_arabic(text)
        if _DAY_RANGE_RE.search(src):
            raise ValueParseError("date", text, "a range of days, not one date")
        if _TIME_RE.search(src):
            raise ValueParseError("date", text, "a time of day with no full date")
        raise ValueParseError("date", text, "no date in a known format")
    if len({d for d, _ in found}) > 1:
        raise ValueParseError("date", text, f"{len(found)} different dates")
    return found[0][0]


def find_month_years(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Every (CE year, month, span) written as a month name and a year."""
    src = thai_digits_to_arabic(text).replace("\u0e4d\u0e32", "\u0e33")
    out = []
    for m in _MONY_RE.finditer(src):
        try:
            month = month_number(m[1])
        except ValueParseError:
            continue
        year = be_to_ce(int(m[2]))
        if 1900 <= year <= 2200:
            out.append((year, month, m.span()))
    return out


def parse_month_year(text: str) -> tuple[int, int]:
    """(CE year, month) from "ต.ค. 2566" or "พฤศจิกายน 2568"."""
    found = find_month_years(text)
    if len(found) != 1:
        raise ValueParseError("month_year", text, f"expected one month and year, found {len(found)}")
    return found[0][0], found[0][1]


def first_day(year: int, month: int) -> date:
    return date(year, month, 1)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def fiscal_year_window(fiscal_year_be: int) -> tuple[date, date]:
    """Thai government fiscal year FY (BE): 1 Oct of CE-1 to 30 Sep of CE."""
    ce = be_to_ce(fiscal_year_be)
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def fiscal_year_be_of(day: date) -> int:
    """The BE fiscal year a date falls in."""
    return ce_to_be(day.year + (1 if day.month >= 10 else 0))
