"""The fiscal-year mentions of a Thai government report, and the year they agree on.

Shared by the forms whose fiscal year OCR damages (parsers.obec_progress.year
repairs an OBEC report's year by them; parsers.bma_progress.repairs settles a
progress form's unreadable year field by them).

Every section heading repeats "ปีงบประมาณ <year>", but OCR damages each
printing the same way (a font whose ๖ always reads ๒ gives "๒๕๒๓" in every
heading of a 2563 report), so the headings alone often leave several years.
A report says more about its year, each mention with its own reading:

  heading   "ปีงบประมาณ (พ.ศ.) Y": the fiscal year is Y;
  date      "d <month> (พ.ศ.) Y" (the as-of date, a progress entry's date): a
            date of October to December falls in fiscal year Y + 1, any other
            in Y (the report's dates lie inside its year);
  edition   "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ N": the national plan a
            project is aligned with runs over known fiscal years (EDITIONS).

Each mention gives the set of fiscal years its characters could stand for
(parsers.repair.year_candidates); the report's year is the one most mentions
allow (consensus).  A mention that allows no plausible year counts for none.

When the mentions leave several years (each printing damaged alike), the
report's own misread profile (parsers.misreads) may settle it: the item
numbers its lists' sequences fix ("digits" mentions: the number as printed
and its true value) and the digits every reading of a year shares show how
this report's OCR read each printed digit, and a year whose reading needs a
misread the report never shows is ruled out (rule misread_profile).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate

import regex

from normalizers.confusions import (LOOKALIKE_CHAR, LOOKALIKES, RARE_LOOKALIKES, READ_SIGNATURES, SELF_READ,
                                   YEAR_LETTERS, candidates, read_chance)
from normalizers.dates import MONTHS, month_number
from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import THAI_MARKS, mark_tolerant
from parsers.misreads import Profile, narrow, profile_of, sequence_observations, year_observations
from parsers.repair import YEAR_RANGE, year_candidates
from schemas.document import Line

# The national economic and social development plans (แผนพัฒนาเศรษฐกิจและ
# สังคมแห่งชาติ) by edition: the fiscal years (BE) each covers.  The 12th
# plan (2560-2564) was extended by one year to September 2565.
EDITIONS: dict[int, tuple[int, int]] = {10: (2550, 2554), 11: (2555, 2559), 12: (2560, 2565), 13: (2566, 2570)}

# a year: four or five digits (OCR read one digit as two), or three or four whose last digit OCR read as a
# character that stands for a digit (LOOKALIKES: "๒๕๒ๆ", "๒๕๐ฒ", "๒๕๒๐ๆ" for ๒๕๖๗) glued to them and ending
# the word (no letter or mark after it: a word that opens with such a letter stays the text's).  Four or five
# digits glued to such a character and a digit after it ("๒๕๒๑ฒ๕" for ๒๕๖๙: its last digit read as three
# characters) are no year's printing: its first four read a year the printing never said (2561, its last
# digit one of three characters OCR made of it), so no mention is taken of it
_LOOKALIKE = LOOKALIKE_CHAR
LOOKALIKE_END = rf"[\d๐-๙]{{3,4}}{_LOOKALIKE}(?![\d๐-๙\u0e01-\u0e4eA-Za-z])"  # (the proposal's mentions too)
# Or four or five characters, two digits first, with such characters among the digits ("๒๕อ๑", "๒๕อ๒ฒ",
# "๒๕ออ" for ๒๕๖๗ and ๒๕๖๖: its ๖ read as อ), ending the word as above
_INNER = rf"[\d๐-๙]{{2}}(?:[\d๐-๙]|{_LOOKALIKE}){{2,3}}(?![\d๐-๙\u0e01-\u0e4eA-Za-z]|{_LOOKALIKE})"
LOOKALIKE_INNER = _INNER  # (the proposal's mentions too: parsers.bma_proposal.years)
# Or three or four digits and a Thai letter OCR wrote for a year's last digit (YEAR_LETTERS: "๒๕๒ฉ่", "๒๕๑ผุ" for
# ๒๕๖๙), or a look-alike, with one mark OCR glued above or below it ("๒๕๒ฆ่"; as measured, never without one nor
# with two: "ผู้" is a word), ending the word: the year is the digits and the letter (the mark left out).  The table
# of confusions reads no year of a letter of YEAR_LETTERS; every printing's weighing reads it as the digit it stood
# for (parsers.year_readings.could_print: ๒๕๒ฉ can only be 2569)
_MARKS = f"[{THAI_MARKS}]"
_YEAR_LETTER = "[" + "".join(YEAR_LETTERS) + "]"
_MARKED_END = rf"[\d๐-๙]{{3,4}}(?:{_YEAR_LETTER}|{_LOOKALIKE})(?={_MARKS}(?![\d๐-๙\u0e01-\u0e4eA-Za-z]))"
_YEAR = rf"((?:{_MARKED_END}|{LOOKALIKE_END}|[\d๐-๙]{{4,5}}(?![\d๐-๙]|{_LOOKALIKE}[\d๐-๙])|{_INNER}))"
# "ปีงบประมาณ <year>", with whatever OCR made of "พ.ศ." between (up to 12 characters, no digit)
_HEADING_RE = regex.compile(rf"{mark_tolerant('ปีงบประมาณ')}[^\d๐-๙\n]{{0,12}}?{_YEAR}")
# another year's label between "ปีงบประมาณ" and the year ("ประจำปีงบประมาณ ปีการศึกษา ๒๕๖๖", a title's): the
# year is that label's (an academic year runs May to March: a fiscal year's or the one before's), not the fiscal
# year's
_OTHER_YEAR_RE = regex.compile(mark_tolerant("การศึกษา"))
# "d <month> [พ.ศ.] Y": a full month name (marks optional) or an abbreviation with its dots
_FULL_MONTHS = sorted((k for k in MONTHS if len(k) > 4), key=len, reverse=True)
_MONTH = "|".join(mark_tolerant(k, spaces=False) for k in _FULL_MONTHS)
_ABBREVIATED = r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{1,2}\.\s?[\u0e01-\u0e4e]\.?(?![\u0e01-\u0e4e])"
_DATE_RE = regex.compile(rf"(?:{_MONTH}|{_ABBREVIATED})\s*(?:พ\.?\s*ศ\.?)?\s*{_YEAR}")
# Where a match of _DATE_RE may start: where its month token does, a full month's name (marks optional) or an
# abbreviation.  _dates looks for these alone and tries _DATE_RE only where one starts: the whole pattern, its
# alternation of names beside the abbreviation's look-behind, is tried by the regex engine at every position of a
# text (a line of figures holding a year's digits: most), several times slower than the names alone, which the
# re module finds faster still (the same pattern: literal letters and classes of Thai marks)
_MONTH_START_RE = re.compile(_MONTH)
_ABBREVIATED_START_RE = regex.compile(_ABBREVIATED)


def _dates(text: str) -> Iterator[regex.Match]:
    """The matches of _DATE_RE.finditer(text), the same, found by trying
    _DATE_RE at each place a month token starts (_MONTH_START_RE,
    _ABBREVIATED_START_RE), left to right, past each match found: every
    match of _DATE_RE starts with its month token, and finditer, too, takes
    the leftmost match and goes on from its end.  A text without a month's
    name or a dot is not searched further."""
    starts = [_MONTH_START_RE.search(text), _ABBREVIATED_START_RE.search(text) if "." in text else None]
    # (each the leftmost start at pos or after: one left behind is looked for again; every abbreviation holds a dot)
    while True:
        found = [m.start() for m in starts if m is not None]
        if not found:
            return
        start = min(found)
        date = _DATE_RE.match(text, start)
        pos = start + 1 if date is None else date.end()
        if date is not None:
            yield date
        starts = [m if m is None or m.start() >= pos else pattern.search(text, pos)
                  for m, pattern in zip(starts, (_MONTH_START_RE, _ABBREVIATED_START_RE))]


# the plan's edition: "...แห่งชาติ ฉบับที่ ๑๓" (the heading may wrap before the number); or its two digits with
# characters OCR writes for digits among them, ending the word ("ฉบับที om" for ๑๓: o and m, the English model's):
# the editions its readings give (years_of), as a year's look-alikes are read
_EDITION_NUMBER = (rf"[\d๐-๙]{{2}}(?![\d๐-๙])|(?=[\d๐-๙]?{_LOOKALIKE})(?:[\d๐-๙]|{_LOOKALIKE}){{2}}"
                   rf"(?![\d๐-๙\u0e01-\u0e4eA-Za-z]|{_LOOKALIKE})")
_EDITION_RE = regex.compile(rf"{mark_tolerant('เศรษฐกิจ')}[^\n]{{0,60}}?{mark_tolerant('ฉบับ')}\S{{0,4}}\s*"
                            rf"({_EDITION_NUMBER})")
_EDITION_WORD = "ฉบับ"  # what every match of _EDITION_RE holds (mark_tolerant adds nothing to a word without marks)

_TWO_DIGITS_RE = regex.compile(r"[\d๐-๙]{2}")
_ERA_TAIL_RE = regex.compile(r"พ\.?\s*ศ\.?\s*$")  # "พ.ศ." closing a date's month token
# what _YEAR needs at least (the same class and engine): three digits, or two and a look-alike (_INNER)
_YEAR_DIGITS_RE = regex.compile(rf"[\d๐-๙]{{2}}(?:[\d๐-๙]|{_LOOKALIKE})")

# kind ("heading", "date", "edition", "digits"), the digits as printed, and the month (dates) or the
# true value (digits: an item number its list's sequence fixes, parsers.misreads)
Mention = tuple[str, str, int]


BLANKS_OVER = 2  # blank lines, at most, between a label ending its line and the year it names (_next_texts)


def _next_texts(lines: list[Line]) -> list[str]:
    """For each line, the next line that holds anything, past at most
    BLANKS_OVER blank ones ("" if none): a label that ends its line may
    name its year on the next line, or past a blank line the page's layout
    or OCR put between ("ประจำปีงบประมาณ" / "" / "พ.ศ. ๒๕๖๗", a running
    header OCR wrapped; "ปีการศึกษา" / "" / "๒๕๖๖", a title's)."""
    # (one pass from the end: the next line that holds anything after each, kept where it lies within reach)
    out = [""] * len(lines)
    nearest = len(lines) + BLANKS_OVER + 2  # the next line that holds anything, past the one at hand (none: too far)
    for i in range(len(lines) - 1, -1, -1):
        if nearest <= i + 1 + BLANKS_OVER:
            out[i] = lines[nearest].text
        if lines[i].text.strip():
            nearest = i
    return out


def mentions_in(lines: list[Line]) -> list[tuple[Line, Mention]]:
    """Every fiscal-year mention of the lines, each with the line it starts
    on; a mention may run on into the next line ("ฉบับที่" / "๑๒"), past a
    blank line or two (_next_texts).  Then the item numbers the lines'
    lists fix ("digits"), for the profile."""
    out = []
    for ln, nxt in zip(lines, _next_texts(lines)):
        text = f"{ln.text} {nxt[:40]}" if nxt else ln.text
        out += [(ln, m) for m in mentions_of(text, len(ln.text))]
    out += [(lines[i], ("digits" if firm else "digits?", printed, int(true)))
            for i, printed, true, firm in sequence_observations([ln.text for ln in lines])]
    return out


@lru_cache(maxsize=16384)  # the copies of a report repeat its lines
def mentions_of(text: str, end: int | None = None) -> tuple[Mention, ...]:
    """The fiscal-year mentions that start in text[:end]."""
    if _TWO_DIGITS_RE.search(text) is None:  # every mention holds a year (3 digits or more) or an edition (2)
        if _EDITION_WORD not in text:  # (or an edition's look-alikes)
            return ()
    end = len(text) if end is None else end
    if _YEAR_DIGITS_RE.search(text) is None:  # a heading or a date holds a year: only an edition is left
        return tuple(("edition", m.group(1), 0) for m in _EDITION_RE.finditer(text)
                     if m.start() < end and _edition_read(m.group(1)))
    out: list[Mention] = [("heading", m.group(1), 0) for m in _HEADING_RE.finditer(text)
                          if m.start() < end and not _OTHER_YEAR_RE.search(text, m.start(), m.start(1))]
    for m in _dates(text):
        if m.start() >= end:
            continue
        token = m.group(0)[: m.start(1) - m.start()]
        try:
            month = month_number(_ERA_TAIL_RE.sub("", token.strip()).strip())
        except ValueParseError:
            continue
        out.append(("date", m.group(1), month))
    out += [("edition", m.group(1), 0) for m in _EDITION_RE.finditer(text) if m.start() < end and _edition_read(m.group(1))]
    return tuple(out)


def _edition_read(printed: str) -> bool:
    """Whether an edition's printing (_EDITION_RE) is one: its two digits, or
    look-alikes among them that some reading makes an edition of EDITIONS
    ("om" for ๑๓); one no reading makes one ("ob") names none, and is no
    mention (an edition mention that allows no year would undo the plan's
    years: tied_in_plan)."""
    return printed.isdigit() or any(r.isdigit() and int(r) in EDITIONS for r in candidates(printed))


# "ปีการศึกษา <year>": an academic year (a project's title names it), with whatever OCR made of "พ.ศ." between
_ACADEMIC_LABEL = mark_tolerant("ปีการศึกษา")
_ACADEMIC_RE = regex.compile(rf"{_ACADEMIC_LABEL}[^\d๐-๙\n]{{0,12}}?{_YEAR}")
_ACADEMIC_LABEL_RE = regex.compile(_ACADEMIC_LABEL)


def academic_mentions_in(lines: list[Line]) -> list[tuple[Line, Mention]]:
    """The academic years the lines name ("academic" mentions, each with
    its line): no mention of the fiscal year (mentions_in leaves them out),
    but an academic year runs May to March, so it falls in the fiscal year
    of its own number or the one after (fiscal_years_of_academic).  The
    year may stand on the next line that holds anything, as a fiscal year's
    may (mentions_in).  Only the lines its label starts on are read
    (_label_lines)."""
    out = []
    nexts = _next_texts(lines)
    for i in _label_lines([ln.text for ln in lines]):
        ln, nxt = lines[i], nexts[i]
        text = f"{ln.text} {nxt[:40]}" if nxt else ln.text
        if _YEAR_DIGITS_RE.search(text):
            out += [(ln, ("academic", m.group(1), 0)) for m in _ACADEMIC_RE.finditer(text) if m.start() < len(ln.text)]
    return out


def _label_lines(texts: list[str]) -> list[int]:
    """The lines (indices, ascending) an academic year's label
    (_ACADEMIC_LABEL_RE) starts on, found in one pass over the lines that
    hold anything joined by a space: each line as academic_mentions_in reads
    it, joined to the next that holds anything (or alone), is a piece of
    that text, so a label that starts on a line there starts on it here
    (every start looked for, overlapping ones too).  A line this leaves out
    holds no mention."""
    kept = [i for i, t in enumerate(texts) if t.strip()]
    if not kept:
        return []
    offsets = list(accumulate((len(texts[i]) + 1 for i in kept), initial=0))
    return sorted({kept[bisect_right(offsets, m.start()) - 1]
                   for m in _ACADEMIC_LABEL_RE.finditer(" ".join(texts[i] for i in kept), overlapped=True)})


def fiscal_years_of_academic(printed: str) -> set[int]:
    """The fiscal years an academic year printed `printed` overlaps: each
    reading A of it gives A (May to September A) and A + 1 (October A to
    March A + 1)."""
    return {f for a in year_candidates(printed) for f in (a, a + 1) if f <= YEAR_RANGE[1]}


def years_of(mention: Mention, profile: Profile | None = None) -> set[int]:
    """The fiscal years one mention could stand for; with a misread
    `profile`, without the readings it rules out (parsers.misreads)."""
    kind, printed, month = mention
    if kind == "edition":
        out: set[int] = set()
        for reading in candidates(printed):
            if reading.isdigit() and int(reading) in EDITIONS:
                first, last = EDITIONS[int(reading)]
                out |= set(range(first, last + 1))
        return out
    years = year_candidates(printed)
    if profile is not None:
        years = set(narrow(printed, sorted(years), profile)[0])
    if kind == "date" and month >= 10:
        years = {y + 1 for y in years if y + 1 <= YEAR_RANGE[1]}
    return years


def consensus(mentions: list[Mention], profile: Profile | None = None) -> int | None:
    """The fiscal year most mentions allow: the year the most mentions'
    readings share, ties broken by the year printed exactly most often; None
    unless it is one year, allowed by at least two mentions and by more than
    half of those that allow any.  With a misread `profile`, each mention
    allows only the readings the profile does not rule out."""
    sets = [s for s in (years_of(m, profile) for m in mentions) if s]
    if not sets:
        return None
    support = Counter(y for s in sets for y in s)
    ranked = support.most_common()
    best, n = ranked[0]
    tied = [y for y, c in ranked if c == n]
    if len(tied) > 1:
        exact = Counter(int(thai_digits_to_arabic(p)) for kind, p, _ in mentions
                        if kind == "heading" and thai_digits_to_arabic(p).isdigit())
        by_exact = sorted(tied, key=lambda y: -exact[y])
        if exact[by_exact[0]] == exact[by_exact[1]]:
            return None
        best = by_exact[0]
    if n < 2 or 2 * n <= len(sets):
        return None
    return best


# printings of the digit that parts the tied years, per copy, at least, for the readings they show to tell it
# (READ_SIGNATURES)
READINGS_MIN = 20


def tied_years(mentions: list[Mention]) -> list[int] | None:
    """The years a report's mentions tie on, where no consensus breaks the
    tie: two or more years each allowed by the most mentions, and those
    most more than half of the mentions that allow any year (the same
    digits OCR cannot write in every printing: "๒๕๒๕" is 2564 as much as
    2565); None otherwise."""
    if consensus(mentions) is not None:  # (a tie its printings break: "๒๕๖๕" printed as such, 2565)
        return None
    sets = [ys for ys in (years_of(m) for m in mentions) if ys]
    support = Counter(y for ys in sets for y in ys)
    top = max(support.values(), default=0)
    tied = sorted(y for y, n in support.items() if n == top)
    return tied if len(tied) >= 2 and 2 * top > len(sets) else None


def decided_by_readings(mentions: list[Mention], copies: int = 1,
                        tied: list[int] | None = None) -> tuple[int, list[int], str, int] | None:
    """The report's year when its mentions tie on several years (most of
    them allowing each) that differ at one place only, and the characters
    every printing of that place reads (a heading's or a date's of January
    to September: the fiscal year's own digits; READINGS_MIN of them at
    least in each of its `copies`, which add up, a five-character printing
    that reads the place as two of the characters the others show counted
    too: _split_printings) are exactly what OCR makes
    of one tied year's digit over so many printings and never of the other
    tied years' (READ_SIGNATURES): ๒๕๖๘ read "๒๕๒๕" in all 44 headings is
    2567, 2568 and 2569 alike by the table of confusions, but ๘ comes out ๕
    alone, ๙ as ๕ and ๓, ๗ as ๑, ๐ or a look-alike as well; not where a
    printing writes a look-alike of another tied year's digit at the place
    (the signatures were measured where none was printed).  (year, the tied
    years, the readings, the printings); None otherwise.  A measure of the
    OCR, not of the document: the year is chosen in doubt.  `tied`: the
    years to tell apart, if not the mentions' tie (a tie one mention breaks:
    parsers.obec_progress.year._told_past_one)."""
    tied = tied_years(mentions) if tied is None else tied
    if tied is None:
        return None
    places = parting_places(tied)
    if len(places) != 1:
        return None
    place = places[0]
    # every four-character printing of the fiscal year's digits, whatever year it allows: one that reads the place
    # otherwise is a reading the signature lacks
    own = own_printings(mentions)
    read = Counter(printed[place] for printed in own if len(printed) == 4)
    printings = sum(read.values()) + _split_printings(own, place, set(read))
    if printings < READINGS_MIN * max(1, copies) or not all("๐" <= c <= "๙" or c in LOOKALIKES for c in read):
        return None
    digits = {y: str(y)[place] for y in tied}
    if any(d not in READ_SIGNATURES for d in digits.values()):
        # a digit whose misreads were not measured so: a digit OCR writes as itself (SELF_READ: ๕ in 997 printings
        # of 1000) that no printing of the place shows is not there, where one tied year is left (๒๕๖๙ read
        # "๒๕๒๓" in 85 headings: 2559 and 2569 alike by the table, which reads ๕ as ๒ too, but a ๕ printed so
        # often would show itself: fresh set s85o, obec_progress_s85o003)
        told = [y for y, d in digits.items() if not (d in SELF_READ and _self_missing(d, read))]
        if len(told) == len(tied):
            return None
    else:
        told = [y for y, d in digits.items() if _shows_signature(d, read)] \
            or [y for y, d in digits.items() if not _signature_missing(d, read)]
    if len(told) != 1:
        return None
    # the signatures were measured where the digit printed no look-alike: a printing of the fiscal year's digits
    # that writes, at the place or after it, a look-alike that may stand for another tied year's digit there (๒๕๖๙
    # read "๒๕๒๕" sixty times and "๒๕๒«๕" once: « stands for ๙, not ๘) shows that digit came out otherwise too, so
    # its printings' readings tell nothing; one that stands for the told year's digit as well (ฒ, ๗ or ๙) tells
    # nothing either way, and ๗'s own signature holds look-alikes
    if lookalike_denies(own, tied, told[0]):
        return None
    return told[0], tied, "".join(sorted(read)), printings


def own_printings(mentions: list[Mention]) -> list[str]:
    """The printings of the report's own fiscal year among `mentions`: its
    headings', and its dates' of January to September (a date of October to
    December prints the year before)."""
    return [printed for kind, printed, month in mentions if kind == "heading" or kind == "date" and month < 10]


def parting_places(tied: Sequence[int]) -> list[int]:
    """The places (0 to 3) where the digits of the years `tied` differ."""
    return [i for i in range(4) if len({str(y)[i] for y in tied}) > 1]


def lookalike_denies(own: list[str], tied: list[int], year: int, tables: Sequence[dict[str, str]] = (LOOKALIKES,)
                     ) -> bool:
    """Whether a printing of the fiscal year's digits (`own`) writes, at a
    place where the `tied` years' digits differ or after it, a look-alike
    (of `tables`) that may stand for another tied year's digit there and
    not for `year`'s ("๒๕๒«๕" beside sixty "๒๕๒๕": « stands for ๙, not ๘):
    that digit came out otherwise too, so what the printings read there
    tells nothing of `year` (decided_by_readings, told_by_reads)."""
    for place in parting_places(tied):
        mine = str(year)[place]
        others = {str(y)[place] for y in tied if y != year}
        for c in {c for printed in own for c in printed[place:]}:
            stands = "".join(table.get(c, "") for table in tables)
            if set(stands) & others and mine not in stands:
                return True
    return False


# How many times likelier, at least, the printings of a fiscal year make one year than every other it may be
# (told_by_odds).  Measured over the tied years of the worked sets' BMA progress forms (323 documents, 45 ties): at 25
# or more, 13 years told, all right; the odds of the wrong choices stayed under 14.
READ_ODDS = 25


def told_by_odds(printings: dict[int, list[tuple[str, str]]]) -> tuple[int, dict[int, int]] | None:
    """The year of `printings` (each year -> its printings as (characters
    read, the digits printed, Arabic)) READ_ODDS times likelier, at least,
    than every other, by how often OCR writes each character where each
    digit was printed (normalizers.confusions.read_chance; a character no
    digit is measured as weighs nothing); (year, {year: how many times less
    likely, rounded}) or None."""
    weights = {year: sum(math.log(chance) for read, digits in pairs for ch, digit in zip(read, digits)
                         if (chance := read_chance(ch, digit)) is not None)
               for year, pairs in printings.items()}
    ranked = sorted(weights, key=lambda y: -weights[y])
    if len(ranked) < 2 or weights[ranked[0]] - weights[ranked[1]] < math.log(READ_ODDS):
        return None
    return ranked[0], {y: round(math.exp(min(weights[ranked[0]] - weights[y], 50))) for y in ranked}


def told_by_reads(mentions: list[Mention], years: list[int]) -> tuple[int, dict[int, int]] | None:
    """The year of `years` the printings of the report's fiscal year (its
    headings' and its dates' of January to September, four characters, a
    Thai digit among them) are likeliest to be, READ_ODDS times over every
    other at least (told_by_odds: 71 printings ending ๕, 56 ending ๓ and 18
    ending ๐ are ๙'s, e^67 times likelier than ๗'s, which reads ๓ far more
    often than ๕); None otherwise, and where a printing writes, at the
    place that parts `years` or after it, a look-alike or a year letter the
    odds cannot weigh that may stand for another of their digits and not
    for the told year's (lookalike_denies)."""
    printings = own_printings(mentions)
    own = [printed for printed in printings if len(printed) == 4 and regex.search(r"[๐-๙]", printed)]
    if not own:
        return None
    told = told_by_odds({year: [(printed, str(year)) for printed in own] for year in years})
    if told is not None and lookalike_denies(printings, years, told[0], (LOOKALIKES, RARE_LOOKALIKES, YEAR_LETTERS)):
        # (a printing whose look-alike or letter the odds cannot weigh stands for another year's digit: "๒๕๒«๕"
        # beside 57 "๒๕๒๕", ๙'s by the «, which the odds of the four-character printings alone would read as ๘'s:
        # fresh set s97q, obec_progress_s97q003; "๒๕๒ฉ" beside forty "๒๕๒๕", ฉ written for ๙ alone)
        return None
    return told


def _self_missing(digit: str, read: Counter) -> bool:
    """Whether no printing of a place (`read`) shows `digit` itself, Thai
    or Arabic: a digit OCR writes as itself (SELF_READ) printed there
    READINGS_MIN times or more would show."""
    return not any(thai_digits_to_arabic(c) == digit for c in read)


def _shows_signature(digit: str, read: Counter) -> bool:
    """Whether the characters every printing of a place reads (`read`) are
    exactly what OCR makes of `digit` there over so many printings
    (READ_SIGNATURES: ๘ as ๕ alone, ๙ as ๓ and ๕), no look-alike among
    them; never for ๗, which has no such signature."""
    signature = READ_SIGNATURES[digit]
    return signature is not None and all("๐" <= c <= "๙" for c in read) and \
        "".join(sorted(thai_digits_to_arabic(c) for c in read)) == signature


def _signature_missing(digit: str, read: Counter) -> bool:
    """Whether the printings of a place (`read`, READINGS_MIN of them at
    least) lack what OCR always makes of `digit` over so many printings
    (READ_SIGNATURES, measured): for ๘ and ๙, a Thai digit of their
    signature that no printing shows (๙ came out ๓ as well as ๕ in all but
    one document measured, fresh set s59z's obec 003: ๕ alone, READ_SIGNATURES);
    for ๗, a ๑, a ๐ or a look-alike that may stand for it, which it showed
    in all but one (s56o's obec 004, decided by its dates).  Where no tied year's signature is
    the printings' exactly (_shows_signature), the one tied year whose
    digit's is not missing is told from the others: "๒๕๒๕" twenty times
    beside "๒๕๒๑" and "๒๕๒ฒ", never a ๓, is ๒๕๖๗, not ๒๕๖๙ (set s58z);
    "๒๕๒๕" and "๒๕๒๓" with one "๒๕๒๑" lack neither ๗'s nor ๙'s and tell
    nothing."""
    signature = READ_SIGNATURES[digit]
    shown = {thai_digits_to_arabic(c) for c in read if "๐" <= c <= "๙"}
    if signature is not None:
        return not set(signature) <= shown
    return not (shown & {"0", "1"} or any(digit in LOOKALIKES.get(c, "") for c in read))


def _split_printings(printed: list[str], place: int, shown: set[str]) -> int:
    """How many of the five-character printings of the fiscal year's digits
    (`printed`) read the digit at `place` as two characters, both of them
    characters the four-character printings show there (`shown`): the rest
    of the printing is a four-character printing's, the place cut in two
    ("๒๕๒๓๕" beside "๒๕๒๓" and "๒๕๒๕": ๙ read as ๓ and ๕ at once).  Each is
    one more printing of the place that shows nothing the others do not
    (decided_by_readings counts them towards READINGS_MIN); one with a
    character the four-character printings do not show there may have cut
    another place ("๒๕๒๐๕": ๖ read "๒๐", or ๙ read "๐๕") and is left out,
    as every five-character printing was before."""
    fours = {(p[:place], p[place + 1:]) for p in printed if len(p) == 4}
    return sum(1 for p in printed if len(p) == 5 and (p[:place], p[place + 2:]) in fours
               and p[place] in shown and p[place + 1] in shown)


def mention_profile(mentions: list[Mention], observed: list[tuple[str, str]] = (),
                    maybe: list[tuple[str, str]] = ()) -> Profile:
    """The report's misread profile (parsers.misreads): the digits of its
    year mentions that every plausible reading agrees on (the "25" of a year
    that can only be 25xx), and the `observed` (printed, true) numbers the
    document fixed elsewhere (its sequence repairs)."""
    pairs = list(observed) + year_observations(printed for kind, printed, _ in mentions if kind != "edition")
    return profile_of(pairs, maybe)


def decided_by_profile(mentions: list[Mention], observed: list[tuple[str, str]] = (),
                       maybe: list[tuple[str, str]] = ()) -> tuple[int, dict] | None:
    """The report's year when its mentions agree on none but do once the
    report's own misread profile rules out readings it never shows: (year,
    evidence: the profile and the years it ruled out, with why)."""
    profile = mention_profile(mentions, observed, maybe)
    year = consensus(mentions, profile)
    if year is None:
        return None
    before = support_of(mentions)
    top = max(before.values(), default=0)
    rivals = sorted(y for y, n in before.items() if n == top and y != year)
    why: dict[str, list] = {}
    for kind, printed, month in mentions:
        if kind == "edition":
            continue
        shift = 1 if kind == "date" and month >= 10 else 0
        _, ruled = narrow(printed, sorted(year_candidates(printed)), profile)
        for y, reasons in ruled.items():
            if y + shift in rivals:
                why.setdefault(str(y + shift), reasons)
    return year, {"profile": profile.summary(), "ruled_out": why}


def support_of(mentions: list[Mention]) -> Counter[int]:
    """How many mentions allow each year (for the issue of an undecided year)."""
    return Counter(y for m in mentions for y in years_of(m))
