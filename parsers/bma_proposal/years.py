"""The proposal's years from its own redundancy.

A proposal prints its fiscal year in the title block and again in the
Gantt chart's caption ("ปีงบประมาณ พ.ศ. 2570"), the budget clause
("งบประมาณรายจ่ายประจำปี พ.ศ.2570") and the KPIs' periods ("ภายในปีงบประมาณ
2570"): the year most of them can be read as is the fiscal year
(parsers.repair.consensus_year); where the title block's year is unreadable,
it is taken when two mentions agree on it, or two of the mentions and the
period's months print it as is (`_year_as_printed`: "ปีงบประมาณ พ.ศ. 2567"
and "... – กรกฎาคม 2567", July being of that fiscal year).  Its period falls inside that fiscal year, so
a month of October to December is of the year before and any other month of
the fiscal year itself; a KPI's period is the fiscal year or one of its
quarters 1-4.  A damaged year or quarter is repaired when the one value the
constraint allows is among its candidate readings (normalizers.confusions;
a year read as five or six digits, a ๖ read as ๒๐, may drop one or two;
an Arabic digit among Thai ones, a Thai glyph the English model read, may
be any Thai digit), and every repair is a `value_repaired` issue.  Where
several years tie, the one inside the BMA plan phase the proposal serves
(plan_phase) is taken unless another year of the phase reads too with one
misread the table leaves out as rare (`phase_rivals`); where the table
settles no year, the misreads it leaves out as rare (RARE_MISREADS) are
tried too, and a year they alone settle is taken and said so.  A
fiscal year kept in doubt (`repair_ambiguous`) repairs no other year.  One
no issue doubts (`fiscal_year_settled`) reads the years it names wider
(`could_be`): the digits tesseract's Thai model cannot write (๔ ๖ ๗ ๘ ๙)
come out as any digit, two or none, so a period's or a KPI's year that
differs from the one its constraint names only there is that year, a KPI's
year lost after its words is the fiscal year, and a KPI's year no reading
makes it is said; so is the title block's year the mentions outvote.  The
period's last month whose year OCR lost (another month's year read) takes
the year it has inside such a fiscal year (`repair_period`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import product
from typing import Any

import regex

from normalizers.confusions import (ARABIC_SHARE, LOOKALIKE_CHAR, LOOKALIKES, MISREADS, RARE_MISREADS,
                                    added_misreads, candidates, latin_month_readings, measured_misreads,
                                    rare_misread_pairs)
from normalizers.dates import MONTHS, fiscal_year_window, month_number
from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import THAI_MARKS, mark_tolerant
from parsers.repair import UNWRITTEN, YEAR_RANGE, enabled, year_candidates
from parsers.year_mentions import LOOKALIKE_END, LOOKALIKE_INNER
from schemas.document import Issue, Reading

# A fiscal-year mention: "ปีงบประมาณ (พ.ศ.) 2570", "ประจำปี (พ.ศ.) 2570" (not a plan's
# "พ.ศ.2561 - 2580", which names other years); its year's last digit may be a character OCR writes for a
# digit, glued to it and ending the word ("๒๕6ๆ" for ๒๕๖๗: year_mentions.LOOKALIKE_END, as the OBEC report's).
MENTION_RE = regex.compile(
    rf"(?:{mark_tolerant('ปีงบประมาณ', spaces=False)}|{mark_tolerant('ประจำปี', spaces=False)})\s*"
    rf"(?:(?:พ|W)\.?\s*(?:ศ|A)\.?)?\s*((?:{LOOKALIKE_END}|{LOOKALIKE_INNER}|[\d๐-๙]{{3,6}}(?![\d๐-๙])))"
)
_FULL_MONTHS = sorted((k for k in MONTHS if len(k) > 4), key=len, reverse=True)
# A month name and the year after it: "มกราคม 2570", "ตุลาคม ๒๕๒๕" (a damaged year of 3-6 digits).
_MONTH_YEAR_RE = regex.compile(
    rf"(?P<month>{'|'.join(mark_tolerant(k, spaces=False) for k in _FULL_MONTHS)})\s*(?:พ\.?\s*ศ\.?)?\s*"
    r"(?P<year>[\d๐-๙]{3,6})(?![\d๐-๙])"
)
# An abbreviated month and a two-digit year: "ม.ค. ๖๗", "ต.ค.65" (the form's short period, "ม.ค. ๖๗ – มิ.ย. ๖๗");
# a dot between its letters OCR may read as a mark ("กุย. ๒๓" for ก.ย.), as the converter reads it
# (normalizers.dates.month_number: an abbreviation by its skeleton)
_ABBREVIATIONS = sorted((k for k in MONTHS if len(k) <= 4), key=len, reverse=True)
_ABBREVIATION = "|".join(rf"(?:\.|[{THAI_MARKS}])?\s?".join(map(regex.escape, k)) + r"\.?" for k in _ABBREVIATIONS)
_ABBR_MONTH_YEAR_RE = regex.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<month>{_ABBREVIATION})\s*(?P<year>[\d๐-๙]{{2}})(?![\d๐-๙])")
# The same, its year also as OCR's English model may write a Thai digit's glyph: a look-alike letter ("ส.ค. de"
# for ส.ค. ๖๙, "ม.ค. oo" for ม.ค. ๗๐; two such characters, a letter among them, no letter or digit after them).
# Or three digits, a "๒๐" among them, which may be one ๖ OCR split in two ("ก.ย. ๒๒๐" for ก.ย. ๖๖: _split_short).
# Only the period's repair reads such a year, from its month inside a settled fiscal year: the letters name no
# year of their own, so the fiscal year's inference (fiscal_year_of) never weighs them.
_ABBR_MONTH_LETTERS_RE = regex.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<month>{_ABBREVIATION})\s*"
    rf"(?P<year>[\d๐-๙]{{2}}(?![\d๐-๙])|(?=[\d๐-๙]?{LOOKALIKE_CHAR})(?:[\d๐-๙]|{LOOKALIKE_CHAR}){{2}}"
    rf"(?![\d๐-๙A-Za-z\u0e01-\u0e4e])|(?=[\d๐-๙]?(?:๒๐|20))[\d๐-๙]{{3}}(?![\d๐-๙A-Za-z\u0e01-\u0e4e]))")
# A full month name and its year, one or more of the year's digits a look-alike letter OCR's English model wrote for
# a Thai digit (two digits at least, no letter or digit after it: "สิงหาคม ๒๕ออ" for สิงหาคม ๒๕๖๖).  As the
# abbreviated months' letters, only the period's repair reads such a year, from its month inside a settled
# fiscal year (could_be); the letters name no year of their own.
_MONTH_LETTERS_YEAR_RE = regex.compile(
    rf"(?P<month>{'|'.join(mark_tolerant(k, spaces=False) for k in _FULL_MONTHS)})\s*(?:พ\.?\s*ศ\.?)?\s*"
    rf"(?P<year>(?=(?:{LOOKALIKE_CHAR}*[\d๐-๙]){{2}})(?=[\d๐-๙]*{LOOKALIKE_CHAR})(?:[\d๐-๙]|{LOOKALIKE_CHAR}){{4}})"
    r"(?![\d๐-๙A-Za-z\u0e01-\u0e4e])")
# A full month name closing the period with no year after it (the year OCR lost, or read past the line's end).
_LAST_MONTH_RE = regex.compile(
    rf"(?P<month>{'|'.join(mark_tolerant(k, spaces=False) for k in _FULL_MONTHS)})\s*$")
_QUARTER_RE = regex.compile(r"(?P<word>ไตรมา\S{0,2}\s?ที\S?)\s*(?P<q>\S{1,2})\s*$")
_KPI_YEAR_RE = regex.compile(rf"{mark_tolerant('ปีงบประมาณ', spaces=False)}\s*(?P<year>[\d๐-๙]{{3,6}})\s*$")
# The same with a look-alike letter OCR wrote for a digit among three digits or more ("ปีงบประมาณ ๒๕๓ฒ๐": ๗ read
# as ๓ฒ): a year only where the fiscal year is among its readings (_kpi_year)
_KPI_LOOKALIKE_YEAR_RE = regex.compile(
    rf"{mark_tolerant('ปีงบประมาณ', spaces=False)}\s*(?P<year>(?=(?:{LOOKALIKE_CHAR}*[\d๐-๙]){{3}})"
    rf"(?:[\d๐-๙]|{LOOKALIKE_CHAR}){{3,6}})\s*$")


# The same, every character of the year a look-alike letter OCR's English model wrote for a Thai digit, in
# either case ("ปีงบประมาณ wedd" / "Wedd" for ๒๕๖๖, "wed»"): a year only where the fiscal year is settled and
# the letters could be it (normalizers.confusions.LOOKALIKES: w for ๒, e for ๕, d and » for ๖)
_KPI_LETTERS_YEAR_RE = regex.compile(
    rf"{mark_tolerant('ปีงบประมาณ', spaces=False)}\s*"
    rf"(?P<year>(?=\S*[A-Za-z])(?:[\d๐-๙]|{LOOKALIKE_CHAR}|[A-Z]){{4,5}})\s*$")


def _letters_year(text: str, fy: int) -> regex.Match | None:
    """A KPI period's year printed as look-alike letters (_KPI_LETTERS_YEAR_RE)
    that could be the fiscal year `fy` (could_be, its letters in lower case:
    the English model writes "W" for the "w" of a ๒ too); else None."""
    found = _KPI_LETTERS_YEAR_RE.search(text)
    if found is None:
        return None
    token = "".join(ch.lower() if ch.lower() in LOOKALIKES and ch not in LOOKALIKES else ch
                    for ch in found.group("year"))
    return found if all(ch.isdigit() or ch in LOOKALIKES for ch in token) and could_be(token, fy) else None


def _kpi_year(text: str, fy: int | None) -> regex.Match | None:
    """A KPI period's year after its words: digits (_KPI_YEAR_RE), or digits
    with a look-alike letter among them whose readings (readings_of_year)
    hold the fiscal year `fy` (else no year: a part of the period lost)."""
    found = _KPI_YEAR_RE.search(text)
    if found is not None or fy is None:
        return found
    found = _KPI_LOOKALIKE_YEAR_RE.search(text)
    return found if found is not None and fy in readings_of_year(found.group("year")) else None
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def mentions_in(text: str) -> list[str]:
    """The printed year of each fiscal-year mention in `text`."""
    return [m.group(1) for m in MENTION_RE.finditer(text)]


_SPLIT_RE = regex.compile(r"๒๐|20")  # a ๖ OCR split in two


def readings_of_year(token: str) -> set[int]:
    """BE years a printed year could have been: its candidate readings
    (parsers.repair.year_candidates, which also drops a digit of a five-digit
    reading); a six-digit reading drops two, and a "๒๐" may be one ๖ split."""
    variants = _mixed_variants(token)
    if len(token) == 6:
        variants = {token[:i] + token[i + 1:] for i in range(6)}
    variants |= {v[: m.start()] + "๖" + v[m.end():] for v in list(variants) if len(v) in (5, 6)
                 for m in _SPLIT_RE.finditer(v)}
    return {y for v in variants if len(v) in (4, 5) for y in year_candidates(v)}


def _mixed_variants(token: str) -> set[str]:
    """A year printed in Thai digits with one or two Arabic ones among them
    ('๒๕5๐'): the form writes a figure in one script, so an Arabic digit
    there is a Thai glyph the English model read (a ๖ or ๘ the Thai one
    cannot write): it may be any Thai digit.  Other tokens as they are."""
    arabic = [i for i, ch in enumerate(token) if ch.isascii() and ch.isdigit()]
    if not arabic or len(arabic) > 2 or not any(ch in _THAI_DIGITS for ch in token):
        return {token}
    out = {token}
    for i in arabic:
        out |= {v[:i] + d + v[i + 1:] for v in out for d in _THAI_DIGITS}
    return out


def english_six_year(token: str) -> int | None:
    """The year a year printed in Arabic digits reads as where its tens
    digit, a 5 or a 9, is a ๖: the form prints a year's digits in either
    script, one figure mixing them ("25๖9", "๒๕6๘"), and a ๖ the Thai model
    cannot write the English one reads as a 5 or a 9 (UNWRITTEN_READS;
    parsers.repair.year_candidates reads so an Arabic 5 or 9 among Thai
    digits): "25๖9" read "2599" is 2569, "25๖8" read "2598" 2568.  Only a
    constraint of the document's own (a period's month inside its fiscal
    year, a KPI's period its fiscal year, a fiscal year its mentions tie on)
    takes it: the year as read is one of the archive's (YEAR_RANGE), which
    could_be and readings_of_year leave standing, but a year ten or thirty
    years off the one the constraint names is none an author prints there.
    The tens alone: a last digit read so is the year before or after, where
    an author's slip and OCR's misread tie.  None for any other token."""
    if len(token) != 4 or not token.isascii() or not token.isdigit() or token[2] not in "59":
        return None
    return int(token[:2] + "6" + token[3:])


# What OCR writes for a Thai digit its Thai model cannot write (parsers.repair.UNWRITTEN), in either script
# (the English model reads some: "2556" for 25๖6), as measured on the worked sets' OCR'd years (the fiscal-year
# mentions of the BMA forms, aligned with the truth: ๖ as ๒ 28 times, ๐ 17, ๑ 8, 5 and 9 once each; ๗ as ๓
# 5, ๑ 4, ๐ 3, ๕ 1; ๘ as ๕ 13; ๙ as ๕ 7, ๓ 2, ๐ and ๑ once), besides the digit itself, or dropped.
# (Over all numbers, normalizers.confusions.MEASURED_READS: the same, but ๔ never read ๐, ๙ as ๐ 0.9 %.)
UNWRITTEN_READS = {"4": "05", "6": "01259", "7": "0135", "8": "5", "9": "0135"}
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _printed_as(digit: str) -> str:
    """A pattern of what OCR writes where `digit` (Arabic) was printed, in
    either script: a digit tesseract's Thai model writes, itself or its
    misreads the table knows (normalizers.confusions.MISREADS); one it cannot
    write (๔ ๖ ๗ ๘ ๙), itself or what it was seen read as (UNWRITTEN_READS),
    or nothing (dropped)."""
    if digit in UNWRITTEN:
        reads = digit + UNWRITTEN_READS[digit]
        return "[" + reads + reads.translate(_TO_THAI) + _letters_for(reads) + "]?"
    reads = digit + MISREADS.get(digit, "")
    return "[" + reads + reads.translate(_TO_THAI) + _letters_for(reads) + "]"


def _letters_for(reads: str) -> str:
    """The look-alike letters OCR's English model writes for a Thai digit
    read as any of `reads` (normalizers.confusions.LOOKALIKES: "o" for ๐ ๑
    ๒ ๓, "e" for ๕ ๙, "d" for ๖), escaped for a character class."""
    return "".join(regex.escape(ch) for ch, digits in LOOKALIKES.items() if set(digits) & set(reads))


def could_be(token: str, year: int | str) -> bool:
    """Whether the printed digits `token` can be `year` (or a year's last two
    digits) as OCR reads Thai print, where they do not read as a year of the
    archive (YEAR_RANGE: such a year stands as read, and a check says where
    it does not fit): each digit the Thai model writes read as itself or a
    known misread, each it cannot write as `_printed_as` says, no more than
    one digit lost; a look-alike letter the English model writes for a Thai
    digit stands for what that digit may have been read as ("oo" for ๗๐: o
    for ๐ ๑ ๒ ๓, which a ๗ the Thai model cannot write is read as).  Wider
    than readings_of_year (a ๗ read as ๑, a ๖ as an Arabic 5): only for a
    year the document's own constraint names (the fiscal year, settled)."""
    target, read = str(year), thai_digits_to_arabic(token)
    if len(token) < len(target) - 1 or len(token) > len(target) + 2 \
            or not all(ch.isdigit() or ch in LOOKALIKES for ch in read):
        return False
    as_year = 0 if not read.isdigit() else int(read) if len(read) == 4 else 2500 + int(read) if len(read) == 2 else 0
    if len(read) == len(target) and YEAR_RANGE[0] <= as_year <= YEAR_RANGE[1]:
        return False
    return regex.fullmatch("".join(_printed_as(d) for d in target), token) is not None


def in_script(value: int | str, like: str) -> str:
    """`value` written in the digits `like` was printed in (Thai or Arabic)."""
    text = str(value)
    if any(ch in _THAI_DIGITS for ch in like):
        return text.translate(str.maketrans("0123456789", _THAI_DIGITS))
    return text


def _respelt(value: str, like: str) -> str:
    """`value`'s digits each in the script of the digit printed in its place
    in `like` (of the same length: a two-digit year "๓0" read again as 70 is
    "๗0"; a look-alike letter, "de" for ๖๙, stood for a Thai digit)."""
    return "".join(in_script(d, "๐" if p in LOOKALIKES else p) for d, p in zip(value, like))


def _issue(what: str, field: str, printed: str, chosen: Any, rule: str, why: str, span: tuple[int, int]) -> Issue:
    return Issue("warning", "value_repaired", f"{what}: printed {printed!r} is read as {chosen}, {why}",
                 json.dumps({"rule": rule, "printed": printed, "chosen": chosen}, ensure_ascii=False), *span,
                 field=field)


def fiscal_year_of(printed: list[str], dated: list[tuple[str, int]],
                   six: bool = False) -> tuple[int | None, list[int]]:
    """The fiscal year most readings agree on: each printed fiscal-year
    mention reads as a set of years, each month and year of the period as
    the set of fiscal years its readings fall in (October to December open
    the next one).  The year in the most sets, if in at least two and in
    more than half, and no other year is in as many; else None and the
    years that tie (every mention damaged alike leaves several).  With
    `six`, a year printed in Arabic digits reads as its english_six_year too."""
    sets = _year_sets(printed, dated, six=six)
    if not sets:
        return None, []
    support = Counter(y for s in sets for y in s)
    top = max(support.values())
    best = sorted(y for y, n in support.items() if n == top)
    if len(best) > 1 or top < 2 or 2 * top <= len(sets):
        return None, best if top >= 2 and 2 * top > len(sets) else []
    return best[0], best


def _year_sets(printed: list[str], dated: list[tuple[str, int]], keep_empty: bool = False,
               six: bool = False) -> list[set[int]]:
    """The fiscal years each printed mention, and each month and year of the
    period, can be read as (those that can be read as any; with
    `keep_empty`, all, in order; with `six`, english_six_year's too)."""
    def read(token: str) -> set[int]:
        years = readings_of_year(token)
        return years | {y} if six and (y := english_six_year(token)) is not None else years
    sets = [read(t) for t in printed]
    sets += [{y + (1 if month >= 10 else 0) for y in read(t)} for t, month in dated]
    return sets if keep_empty else [s for s in sets if s]


def _implausible(current: Reading | None) -> list[Issue]:
    """A fiscal year no repair settled that is no year of today's archives (parsers.repair.YEAR_RANGE)."""
    if current is None or YEAR_RANGE[0] <= current.value <= YEAR_RANGE[1]:
        return []
    return [Issue("warning", "implausible_value", f"the fiscal year reads {current.value}, no year this archive's "
                  f"proposals are of ({YEAR_RANGE[0]}-{YEAR_RANGE[1]}), and no reading of it the proposal confirms",
                  current.text, *current.span, field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year")]


def _implausible_year(token: str, text: str, span: tuple[int, int], field: str) -> list[Issue]:
    """A year no repair settled that is no year of today's archives (YEAR_RANGE), in the text it stands in."""
    year = thai_digits_to_arabic(token)
    if year.isdigit() and YEAR_RANGE[0] <= int(year) <= YEAR_RANGE[1]:
        return []
    return [Issue("warning", "implausible_value", f"{field}: the year reads {token!r}, no year this archive's "
                  f"proposals are of ({YEAR_RANGE[0]}-{YEAR_RANGE[1]}); the text is kept as read",
                  json.dumps({"text": text}, ensure_ascii=False), *span, field=field)]


def implausible_period(project: dict[str, Reading]) -> list[Issue]:
    """The period's dates when no fiscal year was read to repair them by, or
    only one outside the archive's years (itself in doubt, it repaired
    nothing and the period inside it proves nothing): each outside the
    archive's years is said (start, end, and the period's text once)."""
    fy = project.get("fiscal_year_be")
    if fy is not None and fy.value is not None and YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1]:
        return []
    issues = []
    for name in ("start_date", "end_date"):
        reading = project.get(name)
        if reading is not None and reading.value is not None:
            issues += _implausible_year(str(reading.value.year + 543), reading.text, reading.span, f"projects.{name}")
    period = project.get("period_text")
    if period is not None and isinstance(period.value, str):
        for token, _ in period_years(period.value):
            if (found := _implausible_year(token, period.value, period.span, "projects.period_text")):
                # the dates read from that text are in doubt with it (a year left unread gives the
                # period's other end, or its first month's end)
                named = {i.field for i in issues}
                return issues + found + [
                    Issue("warning", "implausible_value", f"{name}: read from the period {period.value!r}, one of "
                          f"whose years reads {token!r}, no year of this archive: the date is in doubt",
                          json.dumps({"text": period.value}, ensure_ascii=False), *period.span, field=name)
                    for name in ("projects.start_date", "projects.end_date")
                    if name not in named and project.get(name.split(".")[1]) is not None]
    return issues


# An abbreviated month whose first dot OCR read as the vowel below a letter ("มุค." for ม.ค., "กุย." for ก.ย.)
_DOT_AS_VOWEL_RE = regex.compile(r"([\u0e01-\u0e2e])\u0e38([\u0e01-\u0e2e])\.?")


def _month_of(token: str) -> int:
    """The month an abbreviation names (month_number), its first dot OCR read
    as sara u read as the dot, as the period's converter reads it
    (fields.period: "มุค." is ม.ค., whose skeleton alone มี.ค. shares)."""
    try:
        return month_number(token)
    except ValueParseError:
        m = _DOT_AS_VOWEL_RE.fullmatch(token.strip())
        if m is not None and m[1] + m[2] in MONTHS:
            return MONTHS[m[1] + m[2]]
        raise


def period_years(text: str) -> list[tuple[str, int]]:
    """(printed year, month) of each month and year in a period's text."""
    out = []
    for m in _MONTH_YEAR_RE.finditer(text):
        try:
            out.append((m.group("year"), month_number(m.group("month"))))
        except ValueParseError:
            continue
    return out


def dated_years(text: str) -> list[tuple[str, int]]:
    """What the fiscal year is read by from a period's text: period_years,
    or where it names no full month and year, each abbreviated month and
    its two-digit year ("ม.ค. 67 – ก.ย. 67", the form's short period, as
    repair_period reads it) as the four-digit year whose last two digits
    it prints, in their script ("67" as 2567, "๒๕" as ๒๕๒๕: the century
    the archive's years all have); before, a short period weighed nothing,
    and mentions that could each be read as another year outvoted a period
    printed in Arabic digits, which OCR reads as printed."""
    full = period_years(text)
    if full or _MONTH_YEAR_RE.search(text):
        return full
    out = []
    for m in _ABBR_MONTH_YEAR_RE.finditer(text):
        try:
            month = _month_of(m.group("month"))
        except ValueParseError:
            continue
        token = m.group("year")
        out.append((in_script(25, token) + token, month))
    return out


# The BMA's 20-year development plan (แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี, พ.ศ. 2556-2575) runs in four phases of
# five years: phase N covers PLAN_START + 5 (N - 1) to four years after.  A proposal prints the phase it
# serves ("สอดคล้องกับ ... แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ.2566-2570)"): its fiscal year is one of it.
PLAN_START, PHASE_YEARS, PHASES = 2556, 5, 4
_PHASE_RE = regex.compile(
    rf"{mark_tolerant('แผนพัฒนากรุงเทพมหานคร', spaces=False)}.{{0,30}}?{mark_tolerant('ระยะที่', spaces=False)}\s*"
    r"(?P<n>[\d๐-๙])\s*\(?\s*(?:(?:พ|W)\.?\s*(?:ศ|A)\.?)?\s*(?P<start>[\d๐-๙]{3,6})?", regex.DOTALL)


def plan_phase(texts: list[str]) -> tuple[int, int] | None:
    """The years of the plan phase the proposal serves (see PLAN_START):
    the phase its texts name, every mention the same phase 1-4, and the
    years printed after it, where they read as any, may read as the
    phase's first year (a range of another plan is not this one); None
    where no text names one, or they disagree."""
    phases: set[tuple[int, int]] = set()
    for text in texts:
        for m in _PHASE_RE.finditer(text):
            n = thai_digits_to_arabic(m.group("n"))
            if not n.isdigit() or not 1 <= int(n) <= PHASES:
                return None
            first = PLAN_START + PHASE_YEARS * (int(n) - 1)
            if m.group("start") and (years := readings_of_year(m.group("start"))) and first not in years:
                return None
            phases.add((first, first + PHASE_YEARS - 1))
    return phases.pop() if len(phases) == 1 else None


_OWN_YEAR_RE = regex.compile(rf"{LOOKALIKE_END}|{LOOKALIKE_INNER}|[\d๐-๙]{{3,6}}")


def repair_fiscal_year(project: dict[str, Reading], mentions: list[str],
                       phase: tuple[int, int] | None = None) -> list[Issue]:
    """The fiscal year from the title block, the other mentions and the
    period's years (see module doc); where several years tie, the one of
    them inside the plan phase the proposal serves (`phase`, plan_phase).
    Where the misread table (normalizers.confusions.MISREADS) settles none
    (a tie, or no year every mention reads as), the same read again with
    the misreads it leaves out as rare (RARE_MISREADS: ๗ read as ๑ or ๐, ๖
    or ๙ as ๑), as a repair tries them (parsers.repair): a year they alone
    settle is taken and said so; else the table's doubt stands."""
    issues = _repair_fiscal_year(project, mentions, phase)
    current = project.get("fiscal_year_be")
    if enabled() and current is not None and (doubt := _rare_rivals(project, mentions, issues)):
        return doubt
    if not enabled() or any(i.code == "value_repaired" for i in issues) or not issues and current is not None:
        return issues
    with added_misreads(rare_misread_pairs()):
        rare = _repair_fiscal_year(project, mentions, phase)
    if not any(i.code == "value_repaired" for i in rare):
        return issues
    if (doubt := _faint_rivals(project, mentions, rare, phase)) \
            or (doubt := _close_rivals(project, mentions, rare, phase)):
        return doubt
    note = (" (read also with the misreads the table leaves out as rare, ๗ read as ๑ or ๐, ๖ or ๙ as ๑: "
            "under the table alone no year is settled)")
    return [replace(i, message=i.message + note) if i.code == "value_repaired" else i for i in rare]


def _year_tokens(project: dict[str, Reading], mentions: list[str]) -> tuple[list[str], list[tuple[str, int]]]:
    """The fiscal year's printings a rival year is weighed on: the years of the title block's fiscal-year text,
    then the other `mentions`; and the period's month-and-year readings (dated_years)."""
    printed = project.get("fiscal_year_text")
    raw = project.get("period_raw")
    return ((_OWN_YEAR_RE.findall(printed.text) if printed else []) + mentions,
            dated_years(raw.value) if raw else [])


def _rival_years(project: dict[str, Reading], mentions: list[str], issues: list[Issue], pairs: list[tuple[str, str]],
                 bound: tuple[int, int]) -> tuple[int, list[int], Issue, str] | None:
    """The years inside `bound` other than the fiscal year a repair settled
    (a value_repaired issue of it) that every fiscal-year mention and every
    month and year of the period could also be read as with the misreads
    `pairs` added: (the year, those years, the repair's issue, the year as
    printed there); None where no repair settled it or no other year is so."""
    repaired = [i for i in issues if i.code == "value_repaired" and i.field.startswith("projects.fiscal_year")]
    if not repaired:
        return None
    year = project["fiscal_year_be"].value
    tokens, dated = _year_tokens(project, mentions)
    with added_misreads(pairs):
        wide = _year_sets(tokens, dated)
    rivals = sorted(y for y in set.intersection(*wide) if y != year and bound[0] <= y <= bound[1]) if wide else []
    if not rivals:
        return None
    first = repaired[0]
    return year, rivals, first, json.loads(first.evidence).get("printed", "") if first.evidence else ""


def faint_misread_pairs(digits: str) -> list[tuple[str, str]]:
    """The misreads of the printed `digits` (a document's unread digits)
    measured in Thai digits in one printing of ARABIC_SHARE or more
    (MEASURED_READS; an Arabic digit read is any Thai one already, see
    _mixed_variants), beyond the table and RARE_MISREADS: ๙ read as ๐ (one
    printing in two hundred), ๘ as ๑ or ๓, ๔ as ๓, ๖ as ๕."""
    faint = measured_misreads(ARABIC_SHARE)
    return [(d, r) for d in digits for r in faint.get(d, "")
            if r not in MISREADS.get(d, "") and r not in RARE_MISREADS.get(d, "")]


def _faint_rivals(project: dict[str, Reading], mentions: list[str], issues: list[Issue],
                  phase: tuple[int, int] | None) -> list[Issue]:
    """A fiscal year only the misreads the table leaves out as rare settled
    (repair_fiscal_year's second reading) that every fiscal-year mention and
    the period could also be read as another year of the plan `phase` once
    the misreads rarer still of the digits this document's OCR never writes
    are read too (faint_misread_pairs: ๙ read as ๐ where the year took ๗ read
    as ๐, each about as likely in every printing alike): the year is kept,
    in doubt (repair_ambiguous on both fields, with the rival years); []
    otherwise, or without a phase to bound the rivals by.  Before, "๒๕๐" /
    "๒๕๒๐" / "๒๕๒๐" / "๒๕๒๕" was said repaired to 2567 (๗ as ๐ twice), its KPI
    periods and its end date moved with it; the truth 2569, ๙ as ๐ twice
    (fresh set s119o, bma_proposal_s119o003)."""
    pairs = faint_misread_pairs(value_of_reading(project.get("unread_digits")) or "")
    found = _rival_years(project, mentions, issues, rare_misread_pairs() + pairs, phase) \
        if pairs and phase is not None else None
    if found is None:
        return []
    year, rivals, first, token = found
    shown = ", ".join(f"{'๐๑๒๓๔๕๖๗๘๙'[int(d)]} as {'๐๑๒๓๔๕๖๗๘๙'[int(r)]}" for d, r in pairs)
    what = (f"the fiscal year: printed {token!r} is read as {year} only with the misreads the table leaves out as "
            f"rare (๗ read as ๑ or ๐, ๖ or ๙ as ๑); with the misreads rarer still of the digits this document's OCR "
            f"never writes ({shown}: each measured in Thai in one printing of three hundred or more, alike in every "
            f"printing) every fiscal-year mention and the period read {', '.join(map(str, rivals))} too, inside the "
            f"phase of the BMA development plan it serves ({phase[0]}-{phase[1]}): kept, in doubt")
    return _kept_in_doubt("fiscal_year_phase", token, year, rivals, what, first)


def _close_rivals(project: dict[str, Reading], mentions: list[str], issues: list[Issue],
                  phase: tuple[int, int] | None) -> list[Issue]:
    """A fiscal year only the misreads the table leaves out as rare settled
    (repair_fiscal_year's second reading) where another year of the
    archive's is read, with them, by all of the fiscal-year mentions and the
    period's years that read the settled one but one: a single misread
    rarer still (one printing of three hundred and more) of one mention
    would tie them, so the year is kept, in doubt (repair_ambiguous on both
    fields, with the rival years, those inside the plan `phase` where it is
    known); [] otherwise, where the phase chose the year (rule
    fiscal_year_phase: no count settled it), or where a year is printed in
    Arabic digits with a ๖ the English model may read at its tens
    (english_six_year: a reading of its own, no rare misread), or the year
    itself printed as is by a mention or the period (_year_as_printed).
    Before, "๒๕อ๓๑" / "๒๕อ๒" / "๒๕อ๒๑" in a document whose OCR never writes
    ๖ nor ๗ was said repaired to 2566 (the ๗ of the second mention read as
    ๒, a misread of one printing in four hundred), its period and KPI
    periods moved with it; the truth 2567 (fresh set s121r,
    bma_proposal_s121r004)."""
    repaired = [i for i in issues if i.code == "value_repaired" and i.field.startswith("projects.fiscal_year")
                and json.loads(i.evidence).get("rule") == "fiscal_year"]  # (the phase's choice weighs no count)
    if not repaired:
        return []
    year = project["fiscal_year_be"].value
    bound = phase or YEAR_RANGE
    tokens, dated = _year_tokens(project, mentions)
    if any(english_six_year(t) is not None for t in tokens + [t for t, _ in dated]) \
            or _year_as_printed(year, tokens, dated):
        # (a year printed in Arabic digits, which the English model reads: no misread of Thai digits; or the year
        # printed as is by a mention or the period, "พ.ศ. 2567" in the title's running header: no misread at all)
        return []
    with added_misreads(rare_misread_pairs()):
        support = Counter(y for s in _year_sets(tokens, dated) for y in s)
    rivals = sorted(y for y, n in support.items() if y != year and n >= max(2, support[year] - 1)
                    and bound[0] <= y <= bound[1])
    if not rivals:
        return []
    first = repaired[0]
    token = json.loads(first.evidence).get("printed", "") if first.evidence else ""
    what = (f"the fiscal year: printed {token!r} is read as {year} only with the misreads the table leaves out as "
            f"rare (๗ read as ๑ or ๐, ๖ or ๙ as ๑), by {support[year]} of the fiscal-year mentions and the "
            f"period's years; {', '.join(map(str, rivals))} by one fewer, which one misread rarer still of one "
            f"mention ties: kept, in doubt")
    return _kept_in_doubt("fiscal_year", token, year, rivals, what, first)


RARE_DOUBT = "rare_misreads"  # the evidence's mark of a fiscal year kept in doubt by _rare_rivals


def _kept_in_doubt(rule: str, token: str, year: int, rivals: list[int], what: str, first: Issue) -> list[Issue]:
    """The fiscal year `year` a repair settled (its issue `first`, printed
    `token`) kept in doubt against `rivals` (rule `rule`; `what` says why):
    repair_ambiguous on both of its fields, its evidence marked RARE_DOUBT."""
    evidence = json.dumps({"rule": rule, "printed": token, "chosen": year, "candidates": sorted([year, *rivals]),
                           "doubt": RARE_DOUBT}, ensure_ascii=False)
    return [Issue("warning", "repair_ambiguous", what, evidence, first.line_start, first.line_end, field=field)
            for field in ("projects.fiscal_year_be", "projects.fiscal_year")]


def in_doubt_by_rare(issue: Issue) -> bool:
    """Whether `issue` is _rare_rivals' doubt of a fiscal year it kept."""
    return issue.code == "repair_ambiguous" and bool(issue.evidence) \
        and json.loads(issue.evidence).get("doubt") == RARE_DOUBT


def resting_on_year(issue: Issue) -> Issue:
    """A repair that read a date or period by a fiscal year _rare_rivals kept in doubt: the same value, said
    in doubt with it (repair_ambiguous), not as a repair the document proves."""
    if issue.code != "value_repaired":
        return issue
    return replace(issue, code="repair_ambiguous", message=issue.message + "; it rests on the fiscal year, itself "
                   "in doubt (see projects.fiscal_year_be): kept, in doubt")


def _rare_rivals(project: dict[str, Reading], mentions: list[str], issues: list[Issue]) -> list[Issue]:
    """A fiscal year the table settled (a value_repaired issue of the year:
    the table's readings of every mention and of the period agree on it)
    that every one of them could also be another year of the archive's
    through the misreads the table leaves out as rare (RARE_MISREADS: ๗ read
    as ๑ or ๐, ๖ or ๙ as ๑), of the digits this document's OCR never writes
    in Thai (its `unread_digits`, parsers.digits): the year is kept, in
    doubt, its repair said as such (repair_ambiguous, with the rival years)
    on both fields; [] otherwise.  A model that cannot write ๗ reads one in
    eight of them as ๑, in every printing alike (the same glyph, the same
    font), so "๒๕๐๑" in every mention is 2567 as much as 2561 (fresh set
    s85o, bma_proposal_s85o002: 2561 said repaired, its period's end moved
    to 2018 with it; the truth 2567)."""
    unread = value_of_reading(project.get("unread_digits")) or ""
    pairs = rare_misread_pairs(unread)
    found = _rival_years(project, mentions, issues, pairs, YEAR_RANGE) if pairs else None
    if found is None:
        return []
    year, rivals, first, token = found
    digits = " ".join("๐๑๒๓๔๕๖๗๘๙"[int(d)] for d in sorted({d for d, _ in pairs}))
    what = (f"the fiscal year: printed {token!r} is read as {year}, the one year the table of OCR confusions reads "
            f"every fiscal-year mention and the period as; this document's OCR never writes {digits} in Thai, and "
            f"with the misreads of them the table leaves out as rare (๗ read as ๑ or ๐, ๖ or ๙ as ๑: about one "
            f"printing in eight of ๗, alike in every printing) every one of them reads {', '.join(map(str, rivals))} "
            f"too: kept, in doubt")
    return _kept_in_doubt("fiscal_year", token, year, rivals, what, first)


def _repair_fiscal_year(project: dict[str, Reading], mentions: list[str],
                        phase: tuple[int, int] | None = None) -> list[Issue]:
    """repair_fiscal_year under the misreads in force."""
    printed = project.get("fiscal_year_text")
    # (a year whose last digit OCR read as a look-alike, "๒๕๐ๆ", read whole, as the other mentions are: without it
    # the three digits left read as no year, and a tie the title block's year would have broken went by the others)
    own = _OWN_YEAR_RE.findall(printed.text) if printed else []
    raw = project.get("period_raw")
    dated = dated_years(raw.value) if raw else []
    year, tied = fiscal_year_of(own + mentions, dated)
    six = ""
    if year is None and enabled() and len([y for y in tied if phase and phase[0] <= y <= phase[1]]) != 1:
        # the mentions tie, and the plan phase settles none: a year printed in Arabic digits whose tens the English
        # model read for a ๖ may settle it (extra4 bma_proposal_t001, "๒๕๒๕" in every mention and the period's
        # "มกราคม - พฤษภาคม 2598" for 25๖8)
        by_six, six_tied = fiscal_year_of(own + mentions, dated, six=True)
        if by_six is not None:
            year, tied = by_six, six_tied
            shown = [t for t in own + mentions + [t for t, _ in dated]
                     if english_six_year(t) is not None]
            six = (f" (its year printed {', '.join(map(repr, shown))} in Arabic digits read with a ๖ at its tens, "
                   "which the English model reads as a 5 or 9 where the Thai one cannot write it: read as printed, "
                   "the mentions and period tie)")
    current = project.get("fiscal_year_be")
    inside = [y for y in tied if phase and phase[0] <= y <= phase[1]]
    # the title block's own year a reading of it too: the tie lists only the misreads the table knows, and a
    # year it lacks (a ๙ read as ๐) leaves the one inside the phase a wrong one
    # (or, the title block's year unread or no year of any reading, of two mentions at least); and a reading
    # of every mention and of the period's every year (one that cannot be it says the tie lacks the true year)
    own_years = readings_of_year(own[0]) if own else set()
    if year is None and len(tied) > 1 and len(inside) == 1 and enabled() and (
            inside[0] in own_years if own_years else sum(inside[0] in readings_of_year(m) for m in mentions) >= 2) \
            and all(inside[0] in s for s in _year_sets(own + mentions, dated)):
        if (rivals := phase_rivals(inside[0], phase, own + mentions, dated)):
            # another year of the phase one rare misread of one mention would give: the tie is not settled
            token = own[0] if own else (current.text if current else "")
            span = (printed or current).span if (printed or current) else (0, 0)
            cands = sorted([inside[0], *rivals])
            return [Issue("warning", "repair_ambiguous", f"the fiscal year: printed {token!r}; of the years inside "
                          f"the phase of the BMA development plan the proposal serves ({phase[0]}-{phase[1]}), its "
                          f"fiscal-year mentions and period could each be read as any of {cands} (one of them "
                          f"through a misread OCR makes in under one printing of twenty), so none is chosen",
                          json.dumps({"rule": "fiscal_year_phase", "printed": token, "candidates": cands},
                                     ensure_ascii=False), *span, field=name)
                    for name in ("projects.fiscal_year_be", "projects.fiscal_year")]
        year = inside[0]
        if current is not None and current.value == year:
            return []
        span = (printed or current).span if (printed or current) else (0, 0)
        token = own[0] if own else ""
        project["fiscal_year_be"] = Reading(year, token, *span)
        why = (f"of the years {tied} the proposal's fiscal-year mentions and period could each be read as, the "
               f"only one inside the phase of the BMA development plan it serves ({phase[0]}-{phase[1]}), and a "
               + ("reading of its characters" if own_years else "reading of two mentions or more (the title "
                                                                "block's is unreadable)"))
        return [_issue("the fiscal year", name, token, year, "fiscal_year_phase", why + six, span)
                for name in ("projects.fiscal_year_be", "projects.fiscal_year")]
    span = (printed or current).span if (printed or current) else (0, 0)
    token = own[0] if own else (current.text if current else "")
    if enabled() and year is None and len(tied) > 1 and current is not None and current.value in tied:
        # the title block's year one of a tie: said in doubt where another mention reads as no such year, or
        # where its own printing mixes Arabic digits among Thai ones, which read as any (_mixed_in_tie)
        return _contradicted(current, token, span, mentions, dated) or _mixed_in_tie(current, token, span, tied)
    if not enabled() or (current is not None and current.value in ([year] if year else tied)):
        return []
    if year is None:
        if len(tied) < 2:
            return _contradicted(current, token, span, mentions, dated) or _implausible(current)
        return [Issue("warning", "repair_ambiguous", f"the fiscal year: printed {token!r}; the proposal's "
                      f"fiscal-year mentions and period could each be read as any of {tied}, so none is chosen",
                      json.dumps({"rule": "fiscal_year", "printed": token, "candidates": tied}, ensure_ascii=False),
                      *span, field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year")]
    if own and year in readings_of_year(own[0]):
        why = "the year the proposal's other fiscal-year mentions and period agree on, and a reading of its characters"
    elif current is None and len([m for m in mentions if year in readings_of_year(m)]) >= 2:
        why = "the year the proposal's other fiscal-year mentions agree on (the title block's is unreadable)"
    elif current is None and len(as_is := _year_as_printed(year, mentions, dated)) >= 2:
        # the title block's year unreadable, one other mention reading it: the year printed as is (no misread
        # read into it) by two of the mentions and the period's months ("ปีงบประมาณ พ.ศ. 2567" and "... –
        # กรกฎาคม 2567": July is of that fiscal year), which the rest could each be read as
        why = ("the year the proposal's other fiscal-year mentions and period agree on, printed as is by "
               f"{len(as_is)} of them ({', '.join(as_is)}; the title block's is unreadable)")
    elif own and could_be(own[0], year):
        # no misread the table knows gives it, but the digits it differs in are ones the OCR model cannot write
        # ("๒๕๐๐" for ๒๕๗๐): they may read as any
        why = ("the year the proposal's other fiscal-year mentions and period agree on; the digits its characters "
               "differ in are ones the OCR model cannot write (๔ ๖ ๗ ๘ ๙), which it reads as others or drops")
    elif current is not None and current.value != year:
        # the mentions agree on another year, which no reading of the field's characters gives (a misread the
        # table lacks: "2598" for 25๖8, its ๖ read as 9), in the archive's years or not: kept as read, and said
        return [Issue("warning", "implausible_value", f"the fiscal year reads {current.value}; the proposal's other "
                      f"fiscal-year mentions and period agree on {year}, which no reading of its characters "
                      f"({token!r}) gives: kept as read", current.text, *current.span, field=name)
                for name in ("projects.fiscal_year_be", "projects.fiscal_year")]
    else:
        return _implausible(current)
    project["fiscal_year_be"] = Reading(year, token, *span)
    return [_issue("the fiscal year", "projects.fiscal_year_be", token, year, "fiscal_year", why + six, span)]


def _contradicted(current: Reading | None, token: str, span: tuple[int, int], mentions: list[str],
                  dated: list[tuple[str, int]]) -> list[Issue]:
    """The title block's fiscal year where no year is settled (the mentions
    and the period too few, or split) and one of the other fiscal-year
    mentions, or a month and year of the period, reads as no year it could
    be but one to three of the archive's (a rival): it is kept as read, and said
    in doubt (repair_ambiguous) with the years those readings name (a ๖
    printed among Arabic digits read as 5 made the title block's year one
    before the chart's "ปีงบประมาณ พ.ศ. 2566", and nothing said it)."""
    if current is None or current.value is None or not YEAR_RANGE[0] <= current.value <= YEAR_RANGE[1]:
        return []
    against = [s for s in _year_sets(mentions, dated) if current.value not in s]
    if not against:
        return []
    rivals = sorted({y for s in against if len(s) <= 3 for y in s if YEAR_RANGE[0] <= y <= YEAR_RANGE[1]})
    if not rivals:  # readings that name no year of the archive, or too many to tell one: no rival to the year
        return []
    cands = sorted({current.value, *rivals})
    return [Issue("warning", "repair_ambiguous", f"the fiscal year: printed {token!r}, read as {current.value}; "
                  f"{len(against)} of the proposal's other fiscal-year mentions and period's years read as no such "
                  f"year (as {rivals}), and no year is settled: kept as "
                  "read, in doubt", json.dumps({"rule": "fiscal_year", "printed": token, "candidates": cands},
                                               ensure_ascii=False), *span, field=name)
            for name in ("projects.fiscal_year_be", "projects.fiscal_year")]


def _mixed_in_tie(current: Reading, token: str, span: tuple[int, int], tied: list[int]) -> list[Issue]:
    """The title block's fiscal year, one of years the mentions and period
    tie on, where its printing holds Arabic digits among Thai ones
    (`_mixed_variants`: each may be any Thai digit, a glyph the English
    model read): as printed, it tells the tied years apart no better than
    the others, so it is kept as read and said in doubt (repair_ambiguous).
    (Fresh set s139p, bma_proposal_s139p002: "พ.ศ. ๒๕55" for ๒๕๖๖, its
    mentions "๒๕๒๒" and "๒๕๒๒๐" each read as six years, 2555 and 2566
    among them; 2555 stood with nothing said, and repaired a KPI's period
    to it.)  None where its digits are of one script."""
    if len(_mixed_variants(token)) < 2:
        return []
    return [Issue("warning", "repair_ambiguous", f"the fiscal year: printed {token!r}, read as {current.value}; its "
                  "Arabic digits among Thai ones may be any Thai digit, and the proposal's other fiscal-year mentions "
                  f"and period could each be read as any of {tied}, so no year is settled: kept as read, in doubt",
                  json.dumps({"rule": "fiscal_year", "printed": token, "candidates": tied}, ensure_ascii=False),
                  *span, field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year")]


def _year_as_printed(year: int, mentions: list[str], dated: list[tuple[str, int]]) -> list[str]:
    """The fiscal-year mentions, and months and years of the period (October
    to December of the year before), that print `year` as is: their digits
    read with no misread (the period's as "month NUMBER year")."""
    out = [m for m in mentions if thai_digits_to_arabic(m) == str(year)]
    return out + [f"month {month} {t}" for t, month in dated
                  if (y := thai_digits_to_arabic(t)).isdigit() and int(y) + (1 if month >= 10 else 0) == year]


def phase_rivals(year: int, phase: tuple[int, int], printed: list[str], dated: list[tuple[str, int]]) -> list[int]:
    """The other years of the plan `phase` that every fiscal-year mention
    and every month and year of the period could also be read as, each
    reading under the misread table (normalizers.confusions.MISREADS) but one
    at most, which needs a misread the table leaves out as rare
    (RARE_MISREADS: ๗ read as ๑ or ๐, ๖ or ๙ as ๑).  The phase's tie is
    settled by what the table leaves out: one such misread in a document is
    within what OCR does (a ๗ read as ๐ in one printing of fifty), so a year
    only it separates from the chosen one is not proven; two or more such
    misreads, each in another mention, are not one accident."""
    plain = _year_sets(printed, dated, keep_empty=True)
    with added_misreads(rare_misread_pairs()):
        wide = _year_sets(printed, dated, keep_empty=True)
    # (a mention no reading makes a year, plain, weighs nothing, as in fiscal_year_of)
    pairs = [(p, w) for p, w in zip(plain, wide) if p]
    return [other for other in range(phase[0], phase[1] + 1)
            if other != year and all(other in w for _, w in pairs) and sum(other not in p for p, _ in pairs) <= 1]


# the day printed before a month name: the figure that ends the text before it ("๕ ตุลาคม", "ระหว่างวันที่ 8 ")
_DAY_BEFORE_RE = regex.compile(r"(?<![\d๐-๙])([\d๐-๙]{1,2})\s*$")
# ... or a day OCR read as Latin letters or specks ("on ธันวาคม ๒๕๒๐๕" for ๓ ธันวาคม ๒๕๖๕): one to three of them
# standing alone before the month, after the period's label, a range's break or the line's start
_SPECK_DAY_BEFORE_RE = regex.compile(r"(?:^|[:\s])([A-Za-z@©«»|]{1,3})\s*$")
_GLUED_RE = regex.compile(r"[\u0e01-\u0e4eA-Za-z]")  # a letter or mark right after a year's digits
_BREAK_BEFORE_RE = regex.compile(r"\S\s*(?:[-–]|ถึง)\s*(?:[\d๐-๙]{1,2}\s*)?$")  # a range's break (and a day) before a month


def repair_period(project: dict[str, Reading], convert: Callable[[str], tuple], settled: bool = False) -> list[Issue]:
    """The period's years by their months inside the fiscal year; the period
    re-read through `convert` (the field's converter) when one changed.  A
    repaired year is an issue of the date it belongs to (the first month and
    year is the start's, the last the end's).  With the fiscal year
    `settled` (read, or repaired, with no doubt said of it), a year whose
    printed digits `could_be` the one its month has is that year too."""
    fy, raw = project.get("fiscal_year_be"), project.get("period_raw")
    if fy is None or raw is None or not enabled():
        return []
    text, mended = raw.value, []
    # full month names with their years (four digits, or damaged to three to six), else abbreviated ones
    # with two-digit years ("ม.ค. ๒๕" for ม.ค. ๖๗: the year's last two digits)
    found = list(_MONTH_YEAR_RE.finditer(text))
    if settled and found:
        # a full month's year OCR put look-alike letters in, among full months whose years read as digits
        # (one whose month a year of digits follows already, "พฤษภาคม 256ซ" read as 256 glued to a letter, is read
        # as before: no wider, _GLUED_RE; read whole, the period's text lost the doubt its letters gave it, where
        # OCR damaged it elsewhere too)
        read = {m.start() for m in found}
        found = sorted(found + [m for m in _MONTH_LETTERS_YEAR_RE.finditer(text) if m.start() not in read],
                       key=lambda m: m.start())
    short_years = not found  # abbreviated months, their years two digits as printed
    found = found or list((_ABBR_MONTH_LETTERS_RE if settled else _ABBR_MONTH_YEAR_RE).finditer(text))
    for i, m in reversed(list(enumerate(found))):
        try:
            month = _month_of(m.group("month"))
        except ValueParseError:
            continue
        want = fy.value - 1 if month >= 10 else fy.value
        token = m.group("year")
        # a year glued to a letter ("๒๕๐ฉ่") is one OCR read past its digits: read no wider
        wide = settled and not _GLUED_RE.match(text, m.end("year"))
        if short_years and len(token) == 3:  # a two-digit year, a ๖ of it split in two ("๒๒๐" for ๖๖)
            short = f"{want % 100:02d}"
            if (joined := _split_short(token, short, wide)) is None:
                continue
            text = text[: m.start("year")] + _respelt(short, joined) + text[m.end("year"):]
        elif short_years:
            short = f"{want % 100:02d}"
            if thai_digits_to_arabic(token) == short or (short not in candidates(token)
                                                         and not (wide and could_be(token, short))):
                continue
            text = text[: m.start("year")] + _respelt(short, token) + text[m.end("year"):]
        elif thai_digits_to_arabic(token) == str(want) or (want not in readings_of_year(token)
                                                           and not (wide and could_be(token, want))
                                                           and not (wide and english_six_year(token) == want)):
            continue  # (a year of Arabic digits whose tens OCR read for a ๖, "2599" for 25๖9, is the one it names)
        else:
            text = text[: m.start("year")] + in_script(want, token) + text[m.end("year"):]
        # the first month read is the start's unless a range's break stands before it (the start's month OCR
        # damaged past reading: "UA. ๒๒ – มิ.ย. ๒๒", the year mended the end's)
        field = "projects.start_date" if i == 0 and not (len(found) == 1 and _BREAK_BEFORE_RE.search(
            text[: m.start()])) else "projects.end_date" if i == len(found) - 1 else "projects.period_text"
        day = _DAY_BEFORE_RE.search(raw.value[: m.start("month")])
        speck = None if day else _SPECK_DAY_BEFORE_RE.search(raw.value[: m.start("month")])
        mended.append((field, m.group("month"), token, want, day.group(1) if day else None,
                       speck.group(1) if speck else None))
    last = _LAST_MONTH_RE.search(text)
    if settled and found and last is not None and last.start() >= found[-1].end():
        # the period's last month with no year after it (OCR lost it: "... และ มกราคม - กรกฎาคม" / "ladda"), the
        # fiscal year settled and another month's year read: the year that month has inside the fiscal year
        try:
            month = month_number(last.group("month"))
        except ValueParseError:
            month = None
        if month is not None:
            want = fy.value - 1 if month >= 10 else fy.value
            text = text.rstrip() + " " + in_script(want, found[-1].group("year"))
            mended.append(("projects.end_date", last.group("month"), "", want, None, None))
    if not mended:
        return []
    try:
        values = convert(text)
    except ValueParseError:
        return []  # the period read again is no period: nothing is changed (its own reading's issues say)
    for name, value in zip(("period_text", "start_date", "end_date"), values):
        if value is None:  # an end whose month has no year (fields.period)
            project.pop(name, None)
        else:
            project[name] = Reading(value, text, *raw.span)
    # each repair names the value its field now holds (the date, or the period's text; its message the year)
    now = dict(zip(("projects.period_text", "projects.start_date", "projects.end_date"), values))
    # the repair proves the year alone: the day before the month is read as printed (`kept`: a day whose Thai
    # digits may stand for others the repair leaves in doubt, pipeline.doubtful.partial_repairs); a day OCR read
    # as letters is no day: the date's day is not known, the month's first standing in for it, so the date is
    # no repair's (repair_ambiguous; fresh set s84b, bma_proposal_s84b002: "on ธันวาคม" for ๓ ธันวาคม, the start
    # said repaired to 2022-12-01)
    dated = ("projects.start_date", "projects.end_date")
    return [Issue("warning", "repair_ambiguous" if speck and field in dated else "value_repaired",
                  (f"the year of {month} in the project's period: printed {token!r} is "
                   f"read as {want}, the year its month has inside fiscal year {fy.value}" if token else
                   f"the year of {month}, the project's period's last month: not read (OCR lost it); {want} is the "
                   f"year its month has inside fiscal year {fy.value}, which the period falls in")
                  + (f"; but the day before it reads {speck!r}, no day: the date's day is not known (the month's "
                     "first stands in for it)" if speck and field in dated else ""),
                  {"rule": "fiscal_year", "printed": token,
                   "chosen": str(now[field]) if now.get(field) is not None else None,
                   **({"kept": {"day": day}} if day and field != "projects.period_text" else {}),
                   **({"day_unread": speck} if speck and field in dated else {})},
                  *raw.span, field=field)
            for field, month, token, want, day, speck in mended]


# A month's abbreviation OCR's English model wrote in Latin letters ("HA." for ม.ค., "A.W." for ก.ย., "N.A."),
# standing on its own before the year it prints (two to five letters, a dot among them and after them); or with
# an Arabic digit among its letters in an abbreviation's shape ("1.8." and "1.0." for ก.ย., its ก read as a 1:
# normalizers.confusions._DIGIT_ABBREVIATION_RE), a month only where its characters read as one
_LATIN_ABBREVIATION_RE = regex.compile(
    r"(?<![A-Za-z0-9\u0e01-\u0e4e.])(?P<month>(?=[A-Za-z.]{2,7}(?![A-Za-z.]))(?=[^.\s]{0,3}\.)[A-Za-z][A-Za-z.]*\."
    r"|(?=\S*\d)[A-Za-z\d]\.[A-Za-z\d]{1,2}\)?\.(?![A-Za-z\d.]))"
    r"(?=\s*\S)")
_THAI_ABBREVIATIONS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def latin_period_month(project: dict[str, Reading], convert: Callable[[str], tuple],
                       settled: bool = False) -> list[Issue]:
    """A period one or two of whose months OCR wrote in Latin letters ("N.A.
    ออ – มิ.ย. ออ", "B.A. ๒๕ ถึง ALA. 66"): the months its letters can be
    (latin_month_readings: ม.ค. or ก.ค. for "N.A."; any month for a letter
    of no known look-alike), each reading (of both, together) put in the
    period's place (its year read as repair_period reads one, from the
    fiscal year), kept where the period then reads a start and an end inside
    the fiscal year, the start not after the end: one reading left, it is
    read so (rule latin_month, the date of that end and the period's text);
    several, said (repair_ambiguous, the months left), nothing chosen, save
    a date whose month is the same in every reading left (of two Latin
    months, the start "B.A." can only be ธ.ค. whichever the end is): that
    date is read so (rule latin_month), the other said in doubt and the
    period's text kept as printed.  A fiscal year in doubt, or none, reads
    no month."""
    fy, raw = project.get("fiscal_year_be"), project.get("period_raw")
    if fy is None or raw is None or not isinstance(fy.value, int) or not enabled() \
            or not YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1] or not isinstance(raw.value, str):
        return []
    found = list(_LATIN_ABBREVIATION_RE.finditer(raw.value))
    if not 1 <= len(found) <= 2:
        return []
    tokens = [m.group("month") for m in found]
    if any(regex.search(r"\d", token) and not latin_month_readings(token) for token in tokens):
        return []  # a digit among letters that read as no month: a figure, perhaps, not a month
    choices = [sorted(latin_month_readings(token)) or list(range(1, 13)) for token in tokens]
    opens, closes = fiscal_year_window(fy.value)
    fits: list[tuple[tuple[int, ...], tuple, str]] = []
    for months in product(*choices):
        text = raw.value
        for m, month in reversed(list(zip(found, months))):
            text = text[: m.start()] + _THAI_ABBREVIATIONS[month - 1] + text[m.end():]
        trial = {**project, "period_raw": Reading(text, text, *raw.span)}
        if repair_period(trial, convert, settled):  # (its year mended too: the period as that repair reads it)
            values = tuple(value_of_reading(trial.get(name)) for name in ("period_text", "start_date", "end_date"))
            text = trial["period_text"].text if "period_text" in trial else text
        else:
            try:
                values = convert(text)
            except ValueParseError:
                continue
        _, start, end = values
        if start is None or end is None or not opens <= start <= end <= closes:
            continue
        fits.append((months, values, text))
    # each Latin month's date: the period's start where no month stands before it, else its end
    fields = []
    for m in found:
        first = _ABBR_MONTH_LETTERS_RE.search(raw.value[: m.start()]) is None \
            and _MONTH_YEAR_RE.search(raw.value[: m.start()]) is None and not fields
        fields.append("projects.start_date" if first else "projects.end_date")
    if len(set(fields)) != len(fields) or not fits:
        return []
    if len(fits) == 1:
        months, values, text = fits[0]
        for name, value in zip(("period_text", "start_date", "end_date"), values):
            project[name] = Reading(value, text, *raw.span)
        shown = ", ".join(f"{token!r} {_THAI_ABBREVIATIONS[month - 1]}" for token, month in zip(tokens, months))
        evidence = {"rule": "latin_month", "printed": " ".join(tokens), "read": raw.value,
                    "candidates": [" ".join(_THAI_ABBREVIATIONS[month - 1] for month in months)]}
        # (said of the dates those months give and of the period's text, all read anew)
        chosen = [(field, values[1] if field == "projects.start_date" else values[2]) for field in fields]
        return [Issue("warning", "value_repaired", f"the project's period: its month(s) printed in Latin letters OCR "
                      f"wrote for a Thai abbreviation are read {shown}, the one reading of their letters with the "
                      f"period inside fiscal year {fy.value} and its start not after its end",
                      json.dumps({**evidence, "chosen": str(value)}, ensure_ascii=False), *raw.span, field=name)
                for name, value in (*chosen, ("projects.period_text", values[0]))]
    issues = []
    for k, (token, field) in enumerate(zip(tokens, fields)):
        months = sorted({fit[0][k] for fit in fits})
        shown = [_THAI_ABBREVIATIONS[month - 1] for month in months]
        evidence = {"rule": "latin_month", "printed": token, "candidates": shown}
        at = 1 if field == "projects.start_date" else 2
        dates = {fit[1][at] for fit in fits}
        if len(months) == 1 and len(dates) == 1:
            # this month is the same in every reading left (the other Latin month's is not): its date is read so
            value = dates.pop()
            project[field.split(".")[1]] = Reading(value, raw.value, *raw.span)
            issues.append(Issue("warning", "value_repaired", f"the project's period: its month printed {token!r} "
                                f"(Latin letters OCR wrote for a Thai abbreviation) is read {shown[0]}, its one "
                                f"month in every reading of the period inside fiscal year {fy.value} with its start "
                                "not after its end (its other Latin month is in doubt)",
                                json.dumps({**evidence, "chosen": str(value)}, ensure_ascii=False), *raw.span,
                                field=field))
            continue
        issues.append(Issue("warning", "repair_ambiguous", f"the project's period: its month printed {token!r} "
                            f"(Latin letters OCR wrote for a Thai abbreviation) may be any of {', '.join(shown)} with "
                            f"the period inside fiscal year {fy.value} and its start before its end, so none is chosen",
                            json.dumps(evidence, ensure_ascii=False), *raw.span, field=field))
    return issues


def value_of_reading(reading: Reading | None) -> Any:
    return None if reading is None else reading.value


def _split_short(token: str, short: str, wide: bool) -> str | None:
    """The two digits a three-digit year of an abbreviated month stands
    for where a "๒๐" of it is one ๖ OCR split in two (readings_of_year
    reads a four-digit year so): the token with that pair as ๖, where that
    reading can be the two-digit year `short` (its candidate readings, or
    with `wide`, could_be); None where no such reading can."""
    for m in _SPLIT_RE.finditer(token):
        joined = token[: m.start()] + in_script(6, m.group()) + token[m.end():]
        if short in candidates(joined) or (wide and could_be(joined, short)):
            return joined
    return None


def fiscal_year_settled(project: dict[str, Reading], issues: list[Issue]) -> bool:
    """Whether the fiscal year stands with no doubt said of it: read (or
    repaired), one of the archive's years, and no issue but a repair's names
    it (the copies agree; no reading of it is ambiguous or implausible; a
    printing that read as no year is no doubt once a repair replaced it)."""
    fy = project.get("fiscal_year_be")
    fields = ("projects.fiscal_year_be", "projects.fiscal_year")
    # a printing that read as no year ("๒๕๓๑๐", a digit too many: unparsed_value) which a repair replaced casts no
    # more doubt than one that read as the wrong year and was repaired
    repaired = any(i.field in fields and i.code == "value_repaired" for i in issues)
    return fy is not None and isinstance(fy.value, int) and YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1] \
        and not any(i.field in fields and i.code != "value_repaired" and not (repaired and i.code == "unparsed_value")
                    for i in issues)


# A KPI's period of the fiscal year with no year after its words ("ภายในปีงบประมาณ"): OCR lost the year.
_YEAR_WORDS_RE = regex.compile(r"(?:ภายใน)?ปีงบประมาณ")


def repair_kpi_period(rec: dict[str, Reading], fy: int | None, settled: bool = False, like: str = "") -> list[Issue]:
    """A KPI's period: its fiscal year is the proposal's, its quarter 1-4.
    With the fiscal year `settled` (read, or repaired, with no doubt said of
    it), a year whose digits `could_be` it is it, a year lost after the
    period's words is it (written in the script of `like`, the fiscal year as
    printed), and a year no reading makes it is said."""
    period = rec.get("period")
    if period is None or not enabled():
        return []
    text = period.value
    q = _QUARTER_RE.search(text)
    if q:
        token = q.group("q")
        value = thai_digits_to_arabic(token)
        if value in "1234" and len(value) == 1:
            return []
        fits = [c for c in ("1", "2", "3", "4") if c in candidates(token)]
        if len(fits) != 1:  # no quarter, or several its characters could be: kept as read, and said
            code = "repair_ambiguous" if fits else "implausible_value"
            evidence = {"rule": "quarter_range", "printed": text, "candidates": fits} if fits else {"text": text}
            return [Issue("warning", code, f"a KPI's period {text!r} names no quarter 1-4"
                          + (f"; its characters could be quarter {', '.join(fits)}, so none is chosen" if fits else ""),
                          json.dumps(evidence, ensure_ascii=False), *period.span, field="targets.period")]
        chosen = text[: q.start("q")] + in_script(fits[0], token)
        rec["period"] = Reading(chosen, period.text, *period.span)
        return [_issue("a KPI's quarter", "targets.period", text, chosen, "quarter_range", "the only quarter 1-4 "
                       "its characters can be read as", period.span)]
    y = _kpi_year(text, fy)
    known = fy is not None and y is not None and fy in readings_of_year(y.group("year"))
    # a year of Arabic digits whose tens the English model read for a ๖ ("2556" for 25๖6) the settled year names
    six = fy is not None and y is not None and settled and english_six_year(y.group("year")) == fy
    if y and not known and not six and not (fy is not None and settled and could_be(y.group("year"), fy)):
        token = y.group("year")
        found = _implausible_year(token, text, period.span, "targets.period")
        if found or fy is None or not settled or thai_digits_to_arabic(token) == str(fy):
            return found
        # a year of the archive, but not the fiscal year, and no reading of its digits makes it that: kept, and said
        return [Issue("warning", "implausible_value", f"a KPI's period {text!r} names a year other than the "
                      f"proposal's fiscal year {fy}, which no reading of its digits gives; kept as read",
                      json.dumps({"text": text}, ensure_ascii=False), *period.span, field="targets.period")]
    if y and fy is not None:
        token = y.group("year")
        if thai_digits_to_arabic(token) == str(fy):
            return _implausible_year(token, text, period.span, "targets.period")
        chosen = text[: y.start("year")] + in_script(fy, token)
        rec["period"] = Reading(chosen, period.text, *period.span)
        why = f"the proposal's fiscal year {fy}" + (
            "" if known else ", its tens printed in Arabic digits as the English model reads a ๖ the Thai one cannot "
            "write (a 5 or 9)" if six else ", the digits it differs in ones the OCR model cannot write (๔ ๖ ๗ ๘ ๙), "
            "which it reads as others or drops")
        return [_issue("a KPI's period", "targets.period", text, chosen, "fiscal_year", why, period.span)]
    if y is None and fy is not None and settled and (letters := _letters_year(text, fy)) is not None:
        # the year as letters the English model writes for Thai digits: the fiscal year, in the script it is printed in
        chosen = text[: letters.start("year")] + in_script(fy, like)
        rec["period"] = Reading(chosen, period.text, *period.span)
        return [_issue("a KPI's period", "targets.period", text, chosen, "fiscal_year", f"the proposal's fiscal year "
                       f"{fy}: its year printed as letters OCR's English model writes for Thai digits "
                       f"({letters.group('year')!r}), which could be it", period.span)]
    if y is None and fy is not None and settled and _YEAR_WORDS_RE.fullmatch(text.strip()):
        chosen = f"{text.strip()} {in_script(fy, like)}"
        rec["period"] = Reading(chosen, period.text, *period.span)
        return [_issue("a KPI's period", "targets.period", text, chosen, "fiscal_year", f"the proposal's fiscal "
                       f"year {fy}: the form prints the year after the period's words, and OCR lost it", period.span)]
    if y is None:  # the form prints "ไตรมาสที่ N" or "(ภายใน)ปีงบประมาณ YYYY": a part of it was lost or put elsewhere
        return [Issue("warning", "missing_value", f"a KPI's period {text!r} names no quarter (ไตรมาสที่ N) and no "
                      "fiscal year (ปีงบประมาณ YYYY): OCR lost a part of it, or put it in another cell; kept as read",
                      json.dumps({"text": text}, ensure_ascii=False), *period.span, field="targets.period")]
    return []
