"""What a number OCR read could have been printed as: candidate readings.

OCR engines misread Thai digits for one another and for Latin look-alikes,
and never recognise ฿ (it comes out as a leading 8, 3 or B, or nothing).
`candidates` lists the readings a damaged number, date or year could have
been, the printed reading first, then by how many characters changed; a
caller keeps the ones the document's own constraints accept
(parsers.repair).  Nothing here decides: it only proposes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from datetime import date
from itertools import combinations, product

import regex

from normalizers.dates import month_number
from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic

# What OCR read where each Thai digit was printed, measured (bench/numtable.py: the clean and OCR'd twins
# of the committed sets and of seventeen fresh sets aligned, each digit of a number whose shape survived,
# tesseract-ocr-tha on TLWG fonts): printed digit (Arabic) -> (times printed, {Thai digit read: times},
# {Arabic digit read: times}); the rest of its printings read as itself or as a look-alike character
# (LOOKALIKES).  Its Thai model writes no ๔ ๖ ๗ ๘ ๙: those are never read as themselves.
MEASURED_READS: dict[str, tuple[int, dict[str, int], dict[str, int]]] = {
    "0": (14107, {"5": 6, "1": 1, "3": 1}, {"0": 667, "9": 1}),
    "1": (16361, {"0": 9, "5": 5, "3": 3, "2": 3}, {"9": 127, "0": 35, "6": 9}),
    "2": (17749, {"3": 10, "5": 5, "0": 2, "1": 1}, {"0": 9, "4": 4, "9": 4, "2": 2, "5": 2, "1": 1}),
    "3": (9143, {"5": 8, "1": 4, "2": 3, "0": 3}, {"0": 16}),
    "4": (4821, {"5": 4620, "3": 22, "1": 13, "2": 2}, {"4": 2, "6": 2, "2": 1, "7": 1}),
    "5": (9701, {"3": 11, "2": 4, "0": 3, "1": 2}, {"6": 2, "5": 1, "4": 1}),
    "6": (7352, {"2": 5339, "0": 932, "1": 217, "5": 26, "3": 1},
          {"5": 161, "9": 110, "0": 14, "2": 5, "7": 2, "1": 1, "4": 1, "3": 1}),
    "7": (2959, {"3": 1460, "1": 361, "5": 253, "0": 63, "2": 7}, {"0": 18, "7": 2, "5": 2, "1": 2, "9": 1}),
    "8": (3488, {"5": 3318, "1": 31, "3": 23, "2": 2}, {"6": 9, "8": 2, "3": 2}),
    "9": (2947, {"5": 1198, "3": 1054, "1": 125, "0": 15, "2": 2}, {"0": 11, "6": 1, "5": 1}),
}
MISREAD_SHARE = 0.01  # a misread in one printing of a hundred or more is in the table; rarer ones are noise


def _arabic_reads(share: float) -> dict[str, str]:
    """Arabic digit read -> the Thai digits (as Arabic) it stood for, where
    OCR wrote it for one in at least `share` of their printings
    (MEASURED_READS), in the table's order."""
    out: dict[str, str] = {}
    for printed, (total, _thai, arabic) in MEASURED_READS.items():
        for read, times in arabic.items():
            if read != printed and times >= share * total:
                out[read] = out.get(read, "") + printed
    return out


# The Arabic digits OCR writes for a printed Thai digit in one printing of a hundred or more (MEASURED_READS: ๖ as
# an Arabic 5 161 times and as 9 110 times in 7352)
ARABIC_READS = _arabic_reads(MISREAD_SHARE)
# The same at one printing in three hundred or more (ARABIC_SHARE: ๗ as an Arabic 0 18 times in 2959, ๙ 11 times in
# 2947): too rare to read a figure by, frequent enough that a figure a repair kept as printed, an Arabic digit of a
# date that prints Thai digits too, is in doubt where the document's OCR never writes those Thai digits
ARABIC_SHARE = 0.003
ARABIC_DOUBT_READS = _arabic_reads(ARABIC_SHARE)


def measured_misreads(share: float = MISREAD_SHARE, arabic: bool = False) -> dict[str, str]:
    """printed digit -> the other digits OCR read it as in at least `share`
    of its printings (MEASURED_READS), the commonest first; with `arabic`,
    an Arabic digit read counts with the Thai one of its value.  The digits
    misread most come first (the order PRINTED_AS lists them in)."""
    out: dict[str, str] = {}
    for printed, (total, thai, latin) in MEASURED_READS.items():
        reads = dict(thai)
        if arabic:
            for d, n in latin.items():
                reads[d] = reads.get(d, 0) + n
        reads.pop(printed, None)
        kept = sorted((d for d, n in reads.items() if n >= share * total), key=lambda d: (-reads[d], d))
        if kept:
            out[printed] = "".join(kept)
    weight = {p: sum(n for d, n in MEASURED_READS[p][1].items() if d in reads) for p, reads in out.items()}
    return {p: out[p] for p in sorted(out, key=lambda p: -weight[p])}


# printed -> read, Thai digits (Arabic here; Thai digits are converted first), as OCR engines of Thai print
# do it: ๖ read as ๒ (most often) or ๐; ๔, ๘ and ๙ read as ๕; ๗ and ๙ read as ๓; ๗ as ๕; each one printing
# of a hundred or more in MEASURED_READS.  It is not the measured table (measured_misreads()), for reasons
# measured on all committed and seventeen fresh sets (bench/numtable.py; tests/test_numtable.py pins them):
# - ๗ read as ๑ (12 %), ๐ (2 %), ๖ as ๑ (3 %), ๙ as ๑ (4 %) are measured and not listed: the measured table
#   whole (these four in, the three below out) cost 178 facts net and 26 more silent for 3 fewer wrong
#   repairs; one fresh document aside (bma_progress_s42z002, below), 30 facts and 12 silent (a report's
#   budget quarters; ๖ as ๑ with ๗ as ๐ ties a 2569 report's year with 2566).  ๗ as ๑ stands in for a
#   year's digits where a document never writes ๗ (parsers.bma_progress.repairs._written_readings,
#   parsers.obec_progress.year.proven_misread), and a repair weighs them apart (RARE_MISREADS, below);
# - ๕ read as ๒ is listed though measured 4 times in 9701: without it one fresh document's two projects come
#   out mismatched (146 facts lost, 14 silently: bma_progress_s42z002), a fault elsewhere it hides;
# - ๔ read as ๐ is listed though never measured (0 of 4821): without it a year read '๒๕๐๑' (๒๕๖๙, ๙ read
#   as ๑, which the table lacks) is repaired to 2561, a wrong repair its tie prevented;
# - ๒ read as ๖ is listed though never measured (0 of 17749: the Thai model writes no ๖, so on the sets it
#   changes nothing); an engine that writes ๖ may (hand-made tests of a copy vote and of item numbers rely
#   on it: tests/test_dedupe_vote.py, tests/test_prop_silent.py).
MISREADS: dict[str, str] = {
    "6": "20",
    "4": "50",
    "8": "5",
    "9": "53",
    "7": "35",
    "5": "2",
    "2": "6",
}
# The measured misreads MISREADS leaves out (above: ๗ read as ๑ or ๐, ๖ and ๙ as ๑), printed -> read.  In the
# table they would make every ๑ and ๐ uncertain, and years and dates tie that do not; a repair
# (parsers.repair.repair, repair_date) tries them only where no reading under the table satisfies its
# constraint, a reading the table gives always preferred (printed, then the table, then these).
RARE_MISREADS: dict[str, str] = {"7": "10", "6": "1", "9": "1"}


def rare_misread_pairs(digits: str | None = None) -> list[tuple[str, str]]:
    """RARE_MISREADS as (printed, read) pairs for added_misreads: every one,
    or those of the printed `digits` only (a document's unread digits,
    parsers.digits.unread_digits)."""
    return [(d, r) for d, reads in RARE_MISREADS.items() if digits is None or d in digits for r in reads]
# Likewise the look-alikes OCR was measured to write for a digit (bench.numtable --compare over the committed sets,
# five times or more) that LOOKALIKES lacks, of its own characters only (a new character would change what the
# parsers take for a figure): look-alike -> the further digits it stood for
RARE_LOOKALIKES: dict[str, str] = {"e": "4871", "a": "279", "o": "76", "w": "8", "l": "2", "@": "5", "«": "4", "d": "5",
                                   "b": "2"}
# One printed Thai digit OCR wrote as two characters (the model cannot write ๔ ๖ ๗ ๘ ๙, and now and then writes
# two of its own for one: "๒๐๒.๐%" for ๖๒.๐%, "6๓๑.5%" for 6๗.5%, "๑๐5.๐๐" for ๑๖.๐๐), measured (the clean and
# OCR'd twins of the committed worked sets and twenty-five fresh ones, tokens of digits aligned a character at a
# time, one printed character for two read; each pair seen twice or more): printed digit (Arabic) -> the pairs
# read for it, as Arabic digits or look-alikes; about one printing of a hundred of ๖, ๗ and ๙.  A figure that
# cannot be as read (a progress over 100) is read through them (parsers.bma_progress.repairs: split readings).
SPLIT_READS: dict[str, tuple[str, ...]] = {
    "6": ("20", "29", "21", "50", "2อ", "02", "09", "19", "12"),
    "7": ("31", "35", "3ฒ"),
    "9": ("35", "31", "«5", "15"),
    "8": ("15",),
    "4": ("15",),
}
# (printed digit, read character) pairs, in force where a repair weighs them (added_misreads)
RARE_PAIRS: tuple[tuple[str, str], ...] = tuple(sorted(
    {(p, r) for p, reads in RARE_MISREADS.items() for r in reads}
    | {(p, ch) for ch, digits in RARE_LOOKALIKES.items() for p in digits}))
# What OCR makes of a printed digit it misreads over twenty printings or more in one document (the characters
# shown, as Arabic digits, sorted), measured on the worked sets' year headings: ๘ always ๕ alone (11 documents
# of 11), ๙ always both ๓ and ๕ and nothing else where it printed no Arabic or look-alike (12 of 12), ๗ never
# either: ๑, ๐ or a look-alike as well (5 of 5; None).  A year that tied years differ in one such digit, whose
# printings show exactly its signature, is told from the others (parsers.year_mentions.decided_by_readings); where
# none's is shown exactly, so is the one tied year whose digit's signature the printings do not lack (๙ with no ๓
# among twenty printings or more is no ๙; ๗ with no ๑, ๐ or look-alike of it is no ๗: _signature_missing);
# other digits were not measured so (๖ and ๔ come out one way or two).  Measured again (session 60, the
# committed sets and twenty fresh ones, s50-s59): ๘ still ๕ alone, or with an Arabic 8, in every document (14),
# never ๓, ๑ or ๐; but ๙ came out ๕ alone in obec_progress_s59z003 (53 printings, no look-alike: chosen 2568, in
# doubt, against its true 2569; the set's 2568 reports read the same) and ๗ ๕ alone in obec_progress_s56o004 (36
# headings; its dates decided its year): "๕ alone" is what ๘ shows most often (five of the six tied reports
# decided by it were 2568), not ๘ alone, and the year it chooses stays flagged in doubt.  The one firm reading:
# a ๓, ๑ or ๐ at the place is no ๘.
READ_SIGNATURES: dict[str, str | None] = {"7": None, "8": "5", "9": "35"}
# The digits OCR writes as themselves in 99 printings of 100 or more (MEASURED_READS: ๐ ๑ ๒ ๓ ๕; its Thai model
# writes no ๔ ๖ ๗ ๘ ๙): one printed twenty times or more at a place shows itself there
# (parsers.year_mentions.decided_by_readings)
SELF_SHARE = 0.99
SELF_READ = frozenset(d for d, (total, thai, arabic) in MEASURED_READS.items()
                      if total - sum(thai.values()) - sum(n for a, n in arabic.items() if a != d) >= SELF_SHARE * total)
# What OCR writes where a Thai digit stood -> the digits it stood for, the
# likeliest first (measured on the corpus' OCR'd twin: aligned clean and
# OCR'd lines, each pair seen three times or more; ๗ read as ฒ most often).
# The last five measured since (bench.numtable --compare over the committed sets and twenty-one fresh ones,
# 2026-11-28), each ten times or more and for one digit (or two, as ฒ): v for ๖ 72 (for ๒ 4), > for ๖ 43, ฆ for
# ๗ 39 and ๙ 7 (as DATE_LOOKALIKES has it), ¢ for ๔ 13, G for ๘ 10.  Left out: c (๔ 15, ๙ 9, ๘ 6: three digits,
# and a letter of the Latin junk OCR leaves), D (๖ 15: opens that junk, see DATE_LOOKALIKES), s (๘ 13, ๖ 9, ๙ 5),
# ว (๖ 11: a Thai letter of words), % (๙ 13: the percent sign), W (๒ 17, ๙ 10), € (๔ 8, ๕ 8).
LOOKALIKES: dict[str, str] = {
    "o": "0132", "O": "01", "@": "7194", "©": "134", "«": "921", "»": "6", "m": "3", "n": "3", "b": "6",
    "d": "6", "a": "31", "w": "92", "e": "59", "l": "1", "I": "1", "ฒ": "79", "ๆ": "73", "อ": "6", "ซ": "7",
    "ญ": "7", "ส": "98", "v": "6", ">": "6", "ฆ": "79", "¢": "4", "G": "8",
}
# Thai letters OCR wrote for a year's last digit ๙, a mark glued to each ("๒๕๒ฉ่", "๒๕๑ผุ" for ๒๕๖๙), measured where
# a year was printed (the clean and OCR'd twins of the committed worked sets and the fresh sets aligned by words):
# ฉ 7 times in 2 documents, ผ 8 in 3, each for ๙ and never for another digit.  Ordinary letters of words, so no
# look-alike of a figure (LOOKALIKES), nor a reading of the table's (candidates): a year's printing only where a
# year's digits end in one, ending the word (parsers.year_mentions), and read for that digit only where every
# printing of the year is weighed under all OCR was measured to make of a digit (parsers.year_readings).
# Letter -> the digit it stood for (Arabic).
YEAR_LETTERS: dict[str, str] = {"ฉ": "9", "ผ": "9"}
# The same as pattern classes: a character OCR writes for a Thai digit, and a digit (Arabic or Thai) or one
LOOKALIKE_CHAR = "[" + "".join(regex.escape(c) for c in LOOKALIKES) + "]"
DIGIT_CHAR = "[\\d๐-๙" + "".join(regex.escape(c) for c in LOOKALIKES) + "]"

# read -> what may have been printed there (the inverse of MISREADS)
PRINTED_AS: dict[str, str] = {}
for _printed, _reads in MISREADS.items():
    for _read in _reads:
        PRINTED_AS[_read] = PRINTED_AS.get(_read, "") + _printed

# Misreads the table lacks that one document's own redundancy proved (parsers.obec_progress.year:
# its fiscal year, printed tens of times, agrees under one such misread and under the table alone does
# not): (printed digit, read digit) pairs, Arabic, in force for that document's values only
# (`added_misreads`); every reading below takes them as it takes MISREADS.
_ADDED: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("added_misreads", default=())


@contextmanager
def added_misreads(pairs: Iterable[tuple[str, str]]) -> Iterator[None]:
    """MISREADS with `pairs` ((printed, read) digits) added, inside the block."""
    token = _ADDED.set(tuple(sorted(set(_ADDED.get()) | set(pairs))))
    try:
        yield
    finally:
        _ADDED.reset(token)


def misreads_added() -> tuple[tuple[str, str], ...]:
    """The misreads `added_misreads` has put in force here (sorted pairs; ()
    outside any such block): what a memo of readings must be keyed on."""
    return _ADDED.get()


def misreads_of(digit: str) -> str:
    """What OCR may read the printed `digit` (Arabic) as: MISREADS, and any
    misread added for the document at hand (`added_misreads`)."""
    base = MISREADS.get(digit, "")
    return base + "".join(r for p, r in _ADDED.get() if p == digit and r not in base)


def _printed_as(read: str, added: tuple[tuple[str, str], ...]) -> str:
    base = PRINTED_AS.get(read, "")
    return base + "".join(p for p, r in added if r == read and p not in base)


def printed_as(read: str) -> str:
    """The digits (Arabic) OCR may have printed where it read `read`
    (Arabic): PRINTED_AS, and any misread added for the document at hand
    (`added_misreads`); the inverse of misreads_of."""
    return _printed_as(read, _ADDED.get())


BAHT_SIGN_READS = "83B"  # what a ฿ before an amount comes out as
MAX_CHANGES = 2  # characters changed in one candidate
MAX_CANDIDATES = 400


_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def _positions(text: str, added: tuple[tuple[str, str], ...] = ()) -> list[tuple[int, str]]:
    """(index, alternatives) for each character that may be another digit:
    Thai digits (their glyphs are what engines confuse) and the Latin
    look-alikes that stand where one was; Arabic digits are read reliably.
    `added`: misreads the document proved (see `added_misreads`)."""
    out = []
    for i, ch in enumerate(text):
        if ch in _THAI_DIGITS:
            alts = _printed_as(thai_digits_to_arabic(ch), added)
        elif ch in LOOKALIKES:
            alts = LOOKALIKES[ch] + "".join(p for p, r in added if r == ch and p not in LOOKALIKES[ch])
        else:
            continue
        if alts:
            out.append((i, alts))
    return out


def confusable(a: str, b: str) -> bool:
    """Whether two readings of equal length could be one printing misread:
    every character that differs is a digit OCR confuses with the other's
    (MISREADS, either way) or a look-alike standing for it."""
    a, b = thai_digits_to_arabic(a), thai_digits_to_arabic(b)
    return len(a) == len(b) and all(x == y or _reads_as(x, y) or _reads_as(y, x) for x, y in zip(a, b))


def _reads_as(printed: str, read: str) -> bool:
    """Whether OCR reads the digit `printed` as `read` (both with Arabic
    digits): a digit it confuses (MISREADS), or a look-alike standing for it."""
    return read in misreads_of(printed) or printed in LOOKALIKES.get(read, "")


def misread_direction(a: str, b: str) -> int:
    """Which of two printings of one value the other is a misread of: 1 if
    `b` is a misread of `a` (every character that differs is one OCR makes
    of `a`'s: a Thai digit read as another, a look-alike, or a Thai digit
    where `a` has an Arabic one, which engines read reliably), -1 if `a`
    is one of `b`, 0 when neither or both explain the other."""
    a, b = "".join(a.split()), "".join(b.split())
    if len(a) != len(b) or a == b:
        return 0
    # (each way, every character that differs told as a misread: misreads_told's untold none)
    return int(misreads_told(a, b)[1] == 0) - int(misreads_told(b, a)[1] == 0)


def misreads_told(a: str, b: str) -> tuple[int, int] | None:
    """Of the characters where printing `b` differs from printing `a`
    (spaces aside, both of one length), how many are ones OCR makes of
    `a`'s (misread_direction's test: a Thai digit read for the digit `a`
    prints) and how many are not: (told, untold); None where the lengths
    differ."""
    a, b = "".join(a.split()), "".join(b.split())
    if len(a) != len(b):
        return None
    told = untold = 0
    for x, y in zip(a, b):
        if thai_digits_to_arabic(x) == thai_digits_to_arabic(y):
            continue
        if _explains(x, y):
            told += 1
        else:
            untold += 1
    return told, untold


def _explains(printed: str, read: str) -> bool:
    """Whether OCR reads the character `printed` as `read`."""
    p = thai_digits_to_arabic(printed)
    if not p.isdigit() or "0" <= read <= "9":  # an Arabic digit is read as printed
        return False
    return _reads_as(p, thai_digits_to_arabic(read))


def changes(read: str, printed: str) -> int:
    """How many characters differ between two readings of equal length."""
    a, b = thai_digits_to_arabic(read), thai_digits_to_arabic(printed)
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


def candidates(text: str, baht: bool = False, max_changes: int = MAX_CHANGES) -> list[str]:
    """Readings `text` may have been printed as, the text itself first (its
    Thai digits as Arabic), then with one changed character, then two.  With
    `baht`, also the readings without a leading 8/3/B (a ฿ read as a digit)."""
    return list(_candidates(text, baht, max_changes, _ADDED.get()))


@lru_cache(maxsize=8192)  # a number is weighed by rule after rule, and in each copy
def _candidates(text: str, baht: bool, max_changes: int, added: tuple[tuple[str, str], ...] = ()) -> tuple[str, ...]:
    src = thai_digits_to_arabic(text)
    out = [src]
    seen = {src}
    bases = [text]
    if baht:
        stripped = text.lstrip()
        if stripped[:1] in BAHT_SIGN_READS + "๘๓" and len(stripped) > 1 and stripped[1:2].isdigit() or \
                stripped[:1] in BAHT_SIGN_READS + "๘๓" and thai_digits_to_arabic(stripped[1:2]).isdigit():
            bases.append(stripped[1:])
        # a thousands separator OCR doubled, a speck of a point beside the comma ("818,.900", "๕.,๕๐๐" for 5,500):
        # no number prints the pair, which parse_decimal reads as two numbers; read as the one comma it is
        bases += [one_comma(b) for b in bases if DOUBLED_SEPARATOR_RE.search(b)]
        # a thousands separator OCR read as a point ("31.700" for 31,700): baht have two places, never three
        bases += [_POINT_FOR_COMMA_RE.sub(",", b) for b in bases if _POINT_FOR_COMMA_RE.search(b)]
    for base in bases:
        for reading in _changed(base, max_changes, added):
            if reading not in seen:
                seen.add(reading)
                out.append(reading)
                if len(out) >= MAX_CANDIDATES:
                    return tuple(out)
    return tuple(out)


# A thousands separator OCR doubled: a comma with a speck of a point beside it, before or after it ("818,.900",
# "๕.,๕๐๐", "๓,.๐๐๐.๐๐"), between a digit and a group of exactly three digits: one comma (a decimal point never
# stands by a comma; baht have two places)
DOUBLED_SEPARATOR_RE = regex.compile(r"(?<=[\d๐-๙])(?:,\.|\.,)(?=[\d๐-๙]{3}(?![\d๐-๙]))")


def one_comma(text: str) -> str:
    """`text` with each thousands separator OCR doubled (DOUBLED_SEPARATOR_RE) read as the one comma it is."""
    return DOUBLED_SEPARATOR_RE.sub(",", text)


# a point between digits with exactly three digits after it ("31.700", "1.500.00")
_POINT_FOR_COMMA_RE = regex.compile(r"(?<=[\d๐-๙])\.(?=[\d๐-๙]{3}(?![\d๐-๙]))")


def _changed(text: str, max_changes: int, added: tuple[tuple[str, str], ...] = ()) -> Iterator[str]:
    positions = _positions(text, added)
    src = thai_digits_to_arabic(text)
    yield src
    for n in range(1, max_changes + 1):
        for chosen in combinations(positions, n):
            for alts in product(*(a for _, a in chosen)):
                chars = list(src)
                for (i, _), alt in zip(chosen, alts):
                    chars[i] = alt
                yield "".join(chars)


def could_be(read: str, printed: str) -> bool:
    """Whether `printed` is among the candidate readings of `read`."""
    return thai_digits_to_arabic(printed) in _candidates(read, False, MAX_CHANGES, _ADDED.get())


def certain(text: str) -> bool:
    """Whether a printed number has no other reading (Arabic digits, or Thai
    digits no engine misreads another digit as)."""
    return len(_candidates(text, False, MAX_CHANGES, _ADDED.get())) == 1


# An amount as OCR leaves it: a baht sign read as B or # (or kept), then
# digits among which a Thai ๐ may stand as Latin o/O; "BO" is "฿0".  The
# token is kept as printed: `read_amount` gives the number it most likely is,
# and `candidates` the others a repair may choose among.
AMOUNT_TOKEN = r"(?:[฿B#]\s?)?(?:[\d๐-๙oO][\d๐-๙oO,]*(?:\.[\d๐-๙oO]+)?(?:\s*\.\s*-)?)"
_LOOKALIKE_ZERO = str.maketrans("oO", "00")


def digit_readings(token: str, max_changes: int = MAX_CHANGES, length: tuple[int, int] | None = None) -> set[str]:
    """The digit strings a damaged number token may have been printed as:
    its candidate readings that are all digits, and, for a token longer than
    `length` allows (OCR read one digit as two: "๑๒๐" for a day), each with
    one character dropped."""
    tokens = [token]
    if length is not None and len(token) > length[1]:
        tokens = [token[:i] + token[i + 1:] for i in range(len(token))]
    out: set[str] = set()
    for t in tokens:
        for reading in candidates(t, max_changes=max_changes):
            if reading.isdigit() and (length is None or length[0] <= len(reading) <= length[1]):
                out.add(reading)
    return out


def read_amount(token: str) -> str:
    """The amount an AMOUNT_TOKEN stands for, in digits: the baht sign (or
    what OCR made of it) dropped, o/O read as 0 ("BO" -> "0", "B1,540" ->
    "1,540"), a dot before three digits read as the thousands separator it
    was ("12.000" -> "12,000")."""
    text = token.strip()
    if text[:1] in "฿B#":
        text = text[1:].lstrip()
    text = _COMMA_SPACE_RE.sub(",", thai_digits_to_arabic(text.translate(_LOOKALIKE_ZERO)))
    text = _POINT_SPACE_RE.sub(".", text)
    return _THOUSANDS_DOT_RE.sub(lambda m: m[1] + m[2].replace(".", ","), text)


# A thousands separator OCR read as a dot: a dot before three digits ("๑๒.๐๐๐"
# for 12,000; baht have two decimals), one group or more ("1.250.000"), also
# before the satang ("1.420.00").
_THOUSANDS_DOT_RE = regex.compile(r"(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?=\.\d{2}(?![\d.,])|(?!\d|[.,]\d))")
# "5, 400": a space OCR put after a comma; "13 ,100": before it (parsers.bma_progress.clauses._NUMBER_OCR reads both)
_COMMA_SPACE_RE = regex.compile(r"(?<=\d)(?:,\s+|[ \t]+,\s*)(?=\d{3}(?!\d))")
_POINT_SPACE_RE = regex.compile(r"(?<=\d)\.\s(?=\d{2}(?!\d))")  # "6,000. 00": a space OCR put after the point


# A damaged date's parts: day / month / year with digits (or what OCR made
# of them) and any of / . | - between; or day, a month name, year.
_DIGITISH = DIGIT_CHAR
_DMY_PARTS_RE = regex.compile(
    rf"^\s*({_DIGITISH}{{1,3}})\s*[/.|\-]\s*({_DIGITISH}{{1,3}})\s*[/.|\-]\s*({_DIGITISH}{{2,5}})\s*$")
_YMD_PARTS_RE = regex.compile(  # ISO order: "๒๐๒๒-ฒ-๑๒", a CE year (a dash OCR read as a quote: "๒๐๒๓-๕“๒๐")
    rf"^\s*({_DIGITISH}{{4,5}})\s*[/.|\-]\s*({_DIGITISH}{{1,3}})\s*[/.|\-“”]\s*({_DIGITISH}{{1,3}})\s*$")
_DMONY_PARTS_RE = regex.compile(  # (a month's abbreviation whose dots OCR read as spaces too: "เม ย.")
    rf"^\s*({_DIGITISH}{{1,3}})\s+(\S{{2,12}}?|[\u0e01-\u0e4e]{{1,2}}\.?\s[\u0e01-\u0e4e]\.?)\s*(?:พ\.?\s*ศ\.?)?\s*"
    rf"({_DIGITISH}{{2,5}})\s*$")
# An abbreviated Thai month name ("ก.ค.", "มิ.ย.") OCR read as other letters
# ("A.A.", "UA.", "จิ.ค."): at most six characters, a dot among them (a full
# month name misspelt is read by normalizers.dates.month_number).
_GARBLED_ABBREVIATION_RE = regex.compile(r"(?=[^.]{0,4}\.)[^\s\d๐-๙]{2,6}")
# The Thai consonants each Latin letter (or digit) OCR writes for one of an
# abbreviated month's may stand for, as seen in the corpora's OCR ("A.W." for
# ก.พ. and for ก.ย., "WA." for พ.ค., "A.A." for ม.ค., ก.ค. and ส.ค., "5.A." and
# "B.A." for ธ.ค., "HA." for มี.ค., "NA." for ม.ค. and ก.ค., "A.A." and "AA." for ต.ค. too (its ต read as an A:
# five report dates of October on the worked sets, none of another month with ต), "n.a." and "nA."
# for ก.ค., "n.w." for ก.พ., "ne." for ก.ย., "He." for มิ.ย.: vowels and marks
# lost; "1.8." and "7.8." for ก.ย., its ก read as a 1 or a 7 and its ย as an 8, and "1.8." for ก.ค. too (fresh set
# s136o, bma_progress_s136o002: its ค read as an 8; taken for ก.ย. alone, a July date was repaired to September),
# a bracket a speck may add: "1.8)."; "8.9." for ธ.ค., "1.0." for ก.พ. and for ก.ย.: the 0 is either of พ and ย,
# the two letters of one shape that W stands for too; "1.9." for ก.ย. (fresh set s110w, bma_proposal_s110w003: its
# ย read as a 9, which "8.9." has for a ค); "WU." for พ.ย. and "A.B." for ก.ย.: a U or a B for a ย, the
# letter of their shape; "ALU." and "ALB." for ก.ย., "ALA." for ม.ค. and ก.ค.: the dot after the first consonant read
# as an L, _INNER_DOT_RE) : a token all of such letters is one of
# the months whose consonants, in order, each letter can be.  A token with any
# other letter may be any month; one with a digit among its letters is a month
# only so (_DIGIT_ABBREVIATION_RE: it may as well be a number).
_LATIN_MONTH_LETTERS: dict[str, str] = {
    "A": "กคสมต", "a": "กคสม", "W": "พย", "w": "พย", "5": "ธ", "B": "ธย", "H": "ม", "U": "มย", "N": "มก",
    "n": "ก", "e": "ย", "1": "ก", "7": "ก", "8": "ยธค", "9": "คย", "0": "พย"}
# An abbreviation's shape with an Arabic digit among its letters ("1.8.", "5.A.", "1.8)."): a letter or digit,
# its dot, one or two more, a closing dot (a bracket before it)
_DIGIT_ABBREVIATION_RE = regex.compile(r"(?=\S*\d)[A-Za-z\d]\.[A-Za-z\d]{1,2}\)?\.")
_ABBREVIATIONS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_ABBREVIATION_CONSONANTS: tuple[tuple[str, int], ...] = tuple(
    ("".join(c for c in a if "\u0e01" <= c <= "\u0e2e"), n) for n, a in enumerate(_ABBREVIATIONS, 1))


# The dot after an abbreviation's first consonant OCR read as an L ("ALU." for ก.ย.): an L second of a token with
# no dot before its last, after a letter
_INNER_DOT_RE = regex.compile(r"^([A-Za-z])L(?=[A-Za-z]\.$)")


def latin_month_readings(token: str) -> set[int]:
    """The months an abbreviation OCR wrote in Latin look-alikes ("A.W.",
    "WA.") can be (see _LATIN_MONTH_LETTERS); empty when a letter is none of
    them or no month fits.  An L after the first letter of a token of no
    inner dot is that dot (_INNER_DOT_RE: "ALU." reads as "A.U.")."""
    letters = _INNER_DOT_RE.sub(r"\1.", token.strip())
    letters = letters.replace(".", "").replace(" ", "").replace(")", "")
    if not letters or any(c not in _LATIN_MONTH_LETTERS for c in letters):
        return set()
    found = _months_of_letters(letters)
    if not found and (once := _DOUBLED_LETTER_RE.sub(r"\1", letters)) != letters:
        # one consonant OCR read twice, its case apart ("n.wW." for ก.พ.: the พ read as w and W)
        found = _months_of_letters(once)
    return found


_DOUBLED_LETTER_RE = regex.compile(r"(?i)([a-z])\1")


def _months_of_letters(letters: str) -> set[int]:
    """The months whose abbreviation's consonants, in order, the Latin `letters` can each be (latin_month_readings)."""
    return {n for consonants, n in _ABBREVIATION_CONSONANTS if len(consonants) == len(letters)
            and all(t in _LATIN_MONTH_LETTERS[c] for c, t in zip(letters, consonants))}


YEARS_BE = (2540, 2600)  # BE years a report of today's archives can be about (parsers.repair.YEAR_RANGE)


def _years(token: str) -> set[int]:
    """BE years a year token may have been: 4 digits (or 2, BE short);
    a token that lost a digit ("๒๕๒") may be any year.  An Arabic 5 or 9
    among a year's Thai digits may be a ๖ the engine's Thai model cannot
    write (ARABIC_FOR_THAI: "๒๕๒5", "๒๕59๑" for ๒๕๖๖, ๒๕๖๑): each such
    digit is also read so (_arabic_for_six)."""
    if len(token) == 3:
        return set(range(YEARS_BE[0], YEARS_BE[1] + 1))
    out = set()
    for variant in (token, *_arabic_for_six(token)):
        for reading in digit_readings(variant, length=(2, 4) if len(variant) <= 4 else (4, 4)):
            year = int(reading) + 2500 if len(reading) == 2 else int(reading)
            if len(reading) == 4 and year < 2400:
                year += 543  # a CE year
            if YEARS_BE[0] <= year <= YEARS_BE[1]:
                out.add(year)
    return out


def _arabic_for_six(token: str) -> list[str]:
    """`token` with one of its Arabic digits that the engine writes for a ๖
    (ARABIC_FOR_THAI: 5 or 9; measured 161 and 110 times in 7352 printed
    ๖) read as a 6 (an Arabic one, which no reading changes further: the
    digit is a ๖ or what it reads), one variant per such digit, where most
    of the token's digits are Thai; none otherwise."""
    thai = sum(ch in _THAI_DIGITS for ch in token)
    arabic = sum("0" <= ch <= "9" for ch in token)
    if not arabic or thai <= arabic:
        return []
    six = {d for pair in ARABIC_FOR_THAI for d in pair if d != "6"}
    return [token[:i] + "6" + token[i + 1:] for i, ch in enumerate(token) if ch in six]


# a time of day after a date ("๒๐๒๕-๐๕-๓๐ ๐๐:๐๐:๐๐"), left out as parse_date leaves it out
_TIME_TAIL_RE = regex.compile(r"\s+[\d๐-๙oO]{1,2}[:.][\d๐-๙oO]{2}(?::[\d๐-๙oO]{2})?$")


def date_candidates(text: str) -> set[date]:
    """Every date a damaged date ("๑๒๐/๑๑/๒๕๐๓", "๒๕ พุย. ๒๕๐๕", "๑๕/ฒ/๒๕๒๕",
    "๒๐๒๒-ฒ-๑๒") may have been printed as: each part's readings (digit
    confusions, look-alikes, a doubled digit dropped), in range; failing
    that, the same without the junk OCR left at its edges (a short token
    before it, a letter glued to its first or last digit: "ๆ ๓๐/๐๕/๒๕๑๕",
    "ไ1๓/03/2566"); failing that, the shapes OCR leaves that no part-wise
    reading covers (_damaged_shapes: a letter only dates were measured to
    show for a digit, or a mark on such a letter; a separator lost, the
    parts glued).  Nothing here chooses: a caller keeps what the document's
    constraints allow."""
    text = _TIME_TAIL_RE.sub("", " ".join(text.split()).strip(" :;=|"))
    out = _with_edge_junk(text)
    if out:
        return out
    for variant, as_two in _damaged_shapes(text):
        out |= _with_edge_junk(variant, as_two)
    return out


def shape_mended(text: str) -> bool:
    """Whether `text`'s date candidates come only from a shape OCR broke
    (_damaged_shapes): no part-wise reading covers it as printed.  Such
    readings are guesses at what the shape was, and miss the true date more
    often (on the worked sets, 12 of the 30 such report dates lacked it, the
    date of another row or a digit the tables lack): a caller may let them be
    chosen among, not let them rule out a neighbour's."""
    text = _TIME_TAIL_RE.sub("", " ".join(text.split()).strip(" :;=|"))
    return not _with_edge_junk(text) and any(_with_edge_junk(v, as_two) for v, as_two in _damaged_shapes(text))


def day_in_letters(text: str) -> bool:
    """Whether the day of a damaged date is written in no digit at all, only
    in characters OCR makes of digits ("๒๐๑๕-๑๒-ญ", "ออ/ญ/๒๕๒๑", "> ต.ค.
    ๒๕๒๒"): the day of the shape its candidates come from (as date_candidates
    finds them: the date itself, without the junk at its edges, or a shape OCR
    broke), with no Thai or Arabic digit in it.  Each such letter was seen for
    a digit a few times, some for two (ญ for ๗ and for ๙; ออ for ๑๖ as
    well as a ๖ written twice): a day read from letters alone is a guess,
    whatever the constraints leave of it."""
    text = _TIME_TAIL_RE.sub("", " ".join(text.split()).strip(" :;=|"))
    shapes = [(v, False) for v in [text, *_without_edge_junk(text)]]
    for variant, as_two in _damaged_shapes(text):
        shapes += [(v, as_two) for v in [variant, *_without_edge_junk(variant)]]
    for variant, as_two in shapes:
        if _date_candidates(variant, as_two):
            day = _day_part(variant)
            return day is not None and not regex.search(r"[\d๐-๙]", day)
    return False


def _day_part(text: str) -> str | None:
    """The characters of a date's day, by the part patterns _date_candidates reads it with."""
    for pattern, group in ((_DMY_PARTS_RE, 1), (_YMD_PARTS_RE, 3), (_DMONY_PARTS_RE, 1)):
        if (m := pattern.match(text)) is not None:
            return m.group(group)
    return None


def _with_edge_junk(text: str, as_two: bool = False) -> set[date]:
    """The dates of `text`, or failing that of it without the junk at its
    edges; with `as_two`, a day or month no reading covers may be one digit
    OCR wrote as two characters (_one_read_as_two)."""
    out = _date_candidates(text, as_two)
    if out:
        return out
    for variant in _without_edge_junk(text):
        out = _date_candidates(variant, as_two)
        if out:
            return out
    return out


# What OCR wrote for a digit, measured in dates only: the clean and OCR'd twins' report dates aligned over the
# worked sets (2026-11-27), the dates no reading covered.  Letters (and marks) standing for a digit there, with
# LOOKALIKES' own bar of three sightings:
#   ฆ for ๗ 3, for ๙ 1              taken, as either (the one ๙ was chosen as ๗ where both fit between the
#                                    neighbours' dates: a letter seen for two digits chooses neither)
#   D for ๖ 3 (4 with the dates read)   left out: D opens the Latin junk OCR leaves for a lost year ("Del", "DE")
#   ว for ๖ 2;  บ ด ฝ ค once each      left out (fewer than three)
#   (already in LOOKALIKES: อ for ๖ 11, ฒ for ๙ 10 and ๗ 6, ส for ๘ 4, ๆ for ๗ 3, ญ for ๗ 2, ซ for ๗ 2)
# Kept out of LOOKALIKES, which the parsers use to find figures and numbers in running text, until ฆ was measured
# in numbers of every kind (LOOKALIKES, above); kept here too, which changes nothing the part-wise readings cover.
DATE_LOOKALIKES: dict[str, str] = {"ฆ": "79"}
# A tone mark or vowel above OCR put on a letter it wrote for a digit ("๒๐๒๐-ฒ่-๑๑", "๒อ๐๒๒-๑-ญ่"): a speck
_MARK_ON_LOOKALIKE_RE = regex.compile(
    "(?<=[" + "".join(regex.escape(c) for c in [*LOOKALIKES, *DATE_LOOKALIKES]) + "])[\u0e31\u0e34-\u0e37\u0e47-\u0e4e]+")
# Digits (or what OCR wrote for them) as one glued run, or two runs with one separator between: a date whose
# separator OCR lost ("๒๒/๕๒๕๒๑", "๑๓6/2๕๒8", "๒๕๓๒๕๒๕", "2024-724")
_ONE_RUN_RE = regex.compile(rf"^({_DIGITISH}{{6,9}})$")
_TWO_RUNS_RE = regex.compile(rf"^({_DIGITISH}{{1,5}})\s*([/.|\-])\s*({_DIGITISH}{{2,7}})$")


def _damaged_shapes(text: str) -> list[tuple[str, bool]]:
    """Texts a date no reading covers may be, each as a date the part-wise
    readings cover: a day or month of two characters that OCR wrote for one
    digit ("๒๐๑๕-๓๕-๒" for ๒๐๑๘-๙-๒: _one_read_as_two); the letters
    DATE_LOOKALIKES lists read as their digits, and a mark OCR put on a
    letter it wrote for a digit dropped; and, for
    digits with a separator lost (one run of six to nine, or two runs with
    one separator between), every split of the glued run into the parts a
    date has (a day and a month of one or two characters, a year of four or
    five: the year's own readings drop one), separators put back.  Each
    with whether a part may be one digit written as two (not in a split:
    the splits already weigh every length)."""
    bases = tuple(dict.fromkeys([text, *(_MARK_ON_LOOKALIKE_RE.sub("", v) for v in _date_lookalikes_read(text))]))
    return [(base, True) for base in bases] + [(split, False) for base in bases for split in _glued_splits(base)]


def _date_lookalikes_read(text: str) -> list[str]:
    """`text` with each letter DATE_LOOKALIKES lists read as each digit it was seen for."""
    out = [text]
    for letter, digits in DATE_LOOKALIKES.items():
        if letter in text:
            out = [v.replace(letter, d) for v in out for d in digits]
    return out


def _glued_splits(text: str) -> list[str]:
    if (m := _ONE_RUN_RE.match(text)) is not None:  # day, month and year glued: every split
        run = m.group(1)
        return [f"{run[:i]}/{run[i:j]}/{run[j:]}" for i in (1, 2) for j in (i + 1, i + 2) if 4 <= len(run) - j <= 5]
    m = _TWO_RUNS_RE.match(text)
    if m is None:
        return []
    head, sep, tail = m.group(1), m.group(2), m.group(3)
    if len(head) >= 4 and sep == "-":  # ISO order, month and day glued ("2024-724")
        return [f"{head}-{tail[:i]}-{tail[i:]}" for i in (1, 2) if 1 <= len(tail) - i <= 2] if len(tail) == 3 else []
    out = []
    if len(head) <= 2 and 5 <= len(tail) <= 7:  # the day, then month and year glued ("๒๒/๕๒๕๒๑")
        out += [f"{head}/{tail[:i]}/{tail[i:]}" for i in (1, 2) if 4 <= len(tail) - i <= 5]
    if 3 <= len(head) <= 4 and 4 <= len(tail) <= 5:  # day and month glued, then the year ("๑๓6/2๕๒8")
        out += [f"{head[:i]}/{head[i:]}/{tail}" for i in (1, 2) if 1 <= len(head) - i <= 2]
    return out


def _without_edge_junk(text: str) -> list[str]:
    variants = []
    words = text.split(" ")
    if len(words) > 1 and len(words[0]) <= 3 and not any(c.isdigit() for c in words[0]):
        variants.append(" ".join(words[1:]))
    lead = _LEAD_JUNK_RE.sub("", text)
    if lead != text:
        variants.append(lead)
    tail = _TAIL_JUNK_RE.sub("", lead)
    if tail != lead:
        variants.append(tail)
    for base in [text, *variants[:1]]:  # (the date itself, or with a short token before it dropped)
        if (cleaned := _iso_year_cleaned(base)) is not None:
            variants.append(cleaned)
    return variants


_LEAD_JUNK_RE = regex.compile(r"^[^\d๐-๙\s]{1,2}(?=[\d๐-๙])")
_TAIL_JUNK_RE = regex.compile(r"(?<=[\d๐-๙])[^\d๐-๙\s]{1,2}$")
# A date in ISO order whose year OCR ran a cell's edge or a stray mark into: a bracket, a bar, a ไ or ใ for a
# rule's stroke, before or among its digits, or a digit more before them ("๒]๒๐๒๐-๑๑-๑๕", "ไ๒]๐๑ฒ-ฒ-๓๐",
# "๒ไ๒0๑9-๕-๑0", "๒๒๒019-6-8")
_ISO_HEAD_RE = regex.compile(r"^([^\s\-]{5,})(\s*-.*)$")
_ISO_HEAD_MARKS_RE = regex.compile(r"[\[\]|!()ไใ]")
_ISO_HEAD_DIGITS_RE = regex.compile(rf"{_DIGITISH}{{4,}}")


def _iso_year_cleaned(text: str) -> str | None:
    """`text`, a date in ISO order whose year is run together with marks
    (_ISO_HEAD_RE), with the marks dropped and the year's last five
    characters kept (a year's readings drop one of five); None where that
    leaves no run of four digits or more, or changes nothing."""
    m = _ISO_HEAD_RE.match(text)
    if m is None:
        return None
    head = _ISO_HEAD_MARKS_RE.sub("", m.group(1))
    if not _ISO_HEAD_DIGITS_RE.fullmatch(head):
        return None
    cleaned = head[-5:] + m.group(2)
    return cleaned if cleaned != text else None


def _part_readings(token: str, most: int, thai: bool) -> set[int]:
    """The numbers 1..`most` a date's day or month may be: its digits'
    readings, and where the date's digits are mostly Thai (`thai`) its
    Arabic 5 or 9 read as a ๖ as well (one at a time: the engine's Thai
    model writes no ๖, and writes an Arabic 5 or 9 for it: ARABIC_FOR_THAI,
    as _years reads a year's; "๒๑/๐5/๒๕๐๕" for ๒๑/๐๖/๒๕๖๕)."""
    out = {int(r) for r in digit_readings(token, length=(1, 2)) if 1 <= int(r) <= most}
    if thai:
        for i, ch in enumerate(token):
            if ch in _SIX_READS:
                out |= {int(r) for r in digit_readings(token[:i] + "6" + token[i + 1:], length=(1, 2))
                        if 1 <= int(r) <= most}
    return out


def _date_candidates(text: str, as_two: bool = False) -> set[date]:
    # (a date whose digits are mostly Thai and whose Arabic ones are all of those the engine writes for a ๖: an
    # Arabic 5 or 9 there may be a ๖ in its day or month too; an Arabic digit of another kind beside them, "9/๒/
    # ๒๕๒๐3", says the date was printed mixing the scripts, its Arabic digits as printed)
    arabic = [ch for ch in text if "0" <= ch <= "9"]
    thai = sum(ch in _THAI_DIGITS for ch in text) > len(arabic) and all(ch in _SIX_READS for ch in arabic)
    m = _DMY_PARTS_RE.match(text)
    if m:
        day, month, year = m.group(1), m.group(2), m.group(3)
        months = _part_readings(month, 12, thai)
    elif (m := _YMD_PARTS_RE.match(text)) is not None:
        year, month, day = m.group(1), m.group(2), m.group(3)
        months = _part_readings(month, 12, thai)
    else:
        m = _DMONY_PARTS_RE.match(text)
        if m is None:
            return set()
        day, year = m.group(1), m.group(3)
        try:
            months = {month_number(m.group(2))}
        except ValueParseError:
            if _DIGIT_ABBREVIATION_RE.fullmatch(m.group(2)):
                # its letters read as digits ("1.8." for ก.ย.): only the months its look-alikes can be
                months = latin_month_readings(m.group(2))
                if not months:
                    return set()
            elif not _GARBLED_ABBREVIATION_RE.fullmatch(m.group(2)):
                return set()
            else:
                # an abbreviated month OCR garbled past reading: the months its Latin look-alikes can be ("A.W."),
                # or any
                months = latin_month_readings(m.group(2)) or set(range(1, 13))
    days = _part_readings(day, 31, thai)
    if not months and m.re is not _DMONY_PARTS_RE and as_two:
        months = _one_read_as_two(month, 12)
    if not days and as_two:
        days = _one_read_as_two(day, 31)
    out: set[date] = set()
    for y in _years(year):
        for month in months:
            for d in days:
                try:
                    out.add(date(y - 543, month, d))
                except ValueError:
                    continue
    return out


def _one_read_as_two(token: str, most: int) -> set[int]:
    """A day or month of two characters none of whose readings is one (a
    month "๓๕" for ๙): OCR wrote one digit as two, and the part is either
    character's readings (a longer part already drops one: digit_readings).
    Not a part with an Arabic digit: engines read those as printed."""
    if len(token) != 2 or any("0" <= c <= "9" for c in token):
        return set()
    return {int(r) for t in (token[0], token[1]) for r in digit_readings(t, length=(1, 1)) if 1 <= int(r) <= most}


# What the OCR engine writes for a Thai digit it cannot write as an Arabic digit of another value,
# measured on the corpus' OCR'd twin (README, Accuracy today: ๖ as 5 or 9 most often): taken as read
# right for values, but two copies' codes that differ by one such digit, the names agreeing, are one code
# (pipeline.vote).
ARABIC_FOR_THAI = (frozenset("69"), frozenset("65"))
# the Arabic digits it writes for a ๖ (5, 9): a date's day or month reads them as a ๖ too (_part_readings)
_SIX_READS = "".join(sorted({d for pair in ARABIC_FOR_THAI for d in pair if d != "6"}))


def arabic_slip_undone(source: str, read: str) -> str:
    """`read` with the one Arabic digit OCR wrote for a Thai one of another value (ARABIC_FOR_THAI),
    inside a reading whose other digits are Thai, given back as the Thai digit `source` prints there
    ("๕๐๒๕๐๐๐๐-๕๕๕9" against "50290000-8586": its 9 stood for ๖); `read` as it is otherwise."""
    a, b = "".join(source.split()), "".join(read.split())
    if len(a) != len(b):
        return read
    thai = sum(ch in _THAI_DIGITS for ch in b)
    arabic = [i for i, ch in enumerate(b) if "0" <= ch <= "9"]
    odd = [i for i in arabic if thai_digits_to_arabic(a[i]) != b[i]]
    if len(odd) != 1 or thai < 2 * len(arabic) or frozenset((thai_digits_to_arabic(a[odd[0]]), b[odd[0]])) \
            not in ARABIC_FOR_THAI:
        return read
    k = odd[0]
    return b[:k] + "๐๑๒๓๔๕๖๗๘๙"[int(thai_digits_to_arabic(a[k]))] + b[k + 1:]


def read_chance(ch: str, digit: str) -> float | None:
    """How often OCR writes `ch` where the Thai digit of Arabic `digit` was
    printed (MEASURED_READS: the Thai digit it writes, or an Arabic one);
    a misread never measured counts as half a printing.  None for a
    character no digit (a look-alike: not measured so)."""
    total, thai, arabic = MEASURED_READS[digit]
    if "๐" <= ch <= "๙":
        read = thai_digits_to_arabic(ch)
        n = total - sum(thai.values()) - sum(arabic.values()) if read == digit else thai.get(read, 0)
    elif "0" <= ch <= "9":
        n = arabic.get(ch, 0)
    else:
        return None
    return max(n, 0.5) / total
