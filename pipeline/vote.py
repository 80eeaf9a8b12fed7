"""Stage dedupe/merge: one record from several noisy copies, field by field.

For every field of every record, the readings of the copies that have it are
grouped by agreement (typed values and short text: equal once spacing and
digit style are ignored; long text: rapidfuzz ratio >= TEXT_AGREEMENT) and
the largest group wins, unless a smaller group's reading is the one every
other is an OCR misread of (normalizers.confusions.misread_direction: its
digits Arabic, which engines read as printed, where the others hold the Thai
digits OCR writes for them, "26.5" against "๒๒.๕" twice; compared on the
clauses whole, then on the characters that print the value alone, as a label
one copy damaged says nothing of its digits: value_printing): copies OCR'd
alike misread a glyph alike, so how many gave the misread proves nothing.  A tie
is broken by plausibility: the reading every other is an OCR misread of; the
one every other is with Thai marks OCR dropped; the one amount in millions
whose figure every other reads as baht, the word ล้าน garbled; the one date inside the
archive's years; the one number printed in Arabic digits whose every other reading holds,
where they differ, Thai digits OCR is measured to write for them though rarely (๗ read ๑
or ๐, ๖ and ๙ read ๑: _rare_misread_source); the one text every other is with a piece before or after it
that the document prints whole as another field's value (a line of another
part OCR set down beside it in one copy: _piece_set_down); the share of Thai tokens pythainlp's dictionary knows, then
longer tokens (an OCR slip usually splits a word into fragments), then the
earlier copy.  Every disagreement is
an `ocr_variant` issue whose evidence lists each reading and its copy count.
A field some copies lack is taken from those that have it, silently.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import Any, Callable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import (RARE_MISREADS, YEARS_BE, added_misreads, arabic_slip_undone,
                                   certain, confusable, misread_direction, misreads_told)
from normalizers.numbers import in_millions, thai_digits_to_arabic
from normalizers.text import comparable, mark_tolerant, marks_added, skeleton
from normalizers.words import TOKENIZE_CHARS, plausibility_counts
from parsers.reader import IDENTITY_NAME_AGREEMENT, names_agree, same_project
from pipeline.wording import wordless
from schemas.document import EARLIEST, CopyReading, Issue, Merged, Reading, Record

TEXT_AGREEMENT = 90.0  # rapidfuzz ratio at which two long texts are one reading
LONG_TEXT = 60  # characters: from here a text field is compared fuzzily
# A field read by more copies than this (a form printed hundreds of times in
# one file) is grouped on exact readings, and a group's representative is its
# most frequent reading: comparing every pair fuzzily would be quadratic.
FUZZY_MAX = 16
# A file with more projects than this compares a copy's identity only with
# the projects of the same code or name and the last IDENTITIES_COMPARED.
IDENTITIES_COMPARED = 200


# Readings longer than this are compared on the part where they differ (their
# common head and tail cut off, CONTEXT characters of it kept on each side),
# at most TOKENIZE_CHARS of it: a field that absorbed a page of repeated lines
# is not tokenized whole for a tie-break its differing words decide.
WHOLE_TEXT = 2_000
CONTEXT = 200


def compared_parts(texts: list[str]) -> list[str]:
    """The parts of `texts` a plausibility tie-break compares: the texts
    themselves when all are short, else the window where they differ."""
    if all(len(t) <= WHOLE_TEXT for t in texts):
        return texts
    head = _common_length(texts, lambda t, n: t[:n])
    tail = _common_length([t[head:] for t in texts], lambda t, n: t[len(t) - n:] if n else "")
    start = max(0, head - CONTEXT)
    cut = texts[0].rfind(" ", 0, start)  # (the texts share their first `head` characters)
    start = cut + 1 if cut >= 0 and start - cut <= CONTEXT else start
    keep = max(0, tail - CONTEXT)
    return [t[start:len(t) - keep][:TOKENIZE_CHARS] for t in texts]


def _common_length(texts: list[str], part: Any) -> int:
    """The length of the longest `part(t, n)` all texts share (binary search
    on slice equality: C-speed comparisons, no character loop)."""
    lo, hi = 0, min(len(t) for t in texts)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        first = part(texts[0], mid)
        if all(part(t, mid) == first for t in texts[1:]):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _key(value: Any) -> Any:
    return comparable(value) if isinstance(value, str) else value


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


@dataclass(slots=True)
class Group:
    readings: list[tuple[int, Reading]] = field(default_factory=list)

    @property
    def copies(self) -> list[int]:
        return sorted({c for c, _ in self.readings})

    def representative(self) -> tuple[int, Reading]:
        """The reading that stands for the group: for text, the one most like
        the others (ties: most plausible, then first copy)."""
        if len(self.readings) > FUZZY_MAX:
            counts = Counter(_hashable(r.value) for _, r in self.readings)
            best = max(counts.values())
            return next(cr for cr in self.readings if counts[_hashable(cr[1].value)] == best)
        if len(self.readings) <= 2 or not isinstance(self.readings[0][1].value, str):
            if len(self.readings) == 2 and isinstance(self.readings[0][1].value, str):
                (ca, a), (cb, b) = self.readings
                if a.value == b.value:  # no doubt: equally plausible, the earlier copy stands
                    return self.readings[0] if ca <= cb else self.readings[1]
                parts = compared_parts([a.value, b.value])
                scores = [(score, -c) for score, (c, _) in zip(weighed(parts), self.readings)]
                return self.readings[scores.index(max(scores))]
            return self.readings[0]
        def centrality(cr: tuple[int, Reading]) -> float:
            return sum(fuzz.ratio(cr[1].value, o.value) for _, o in self.readings)
        return max(self.readings, key=lambda cr: (centrality(cr), -cr[0]))


@dataclass(slots=True)
class Vote:
    winner: Reading
    winner_copy: int
    groups: list[Group]
    tie_break: str | None = None
    overruled: str | None = None  # why a smaller group's reading won (see module doc)
    # the copies that printed the value but could not read it (value None, their text kept): no vote, but
    # another printing of the value for a repair to weigh (parsers.bma_progress.rows.progress_printings)
    unread: list[tuple[int, Reading]] = field(default_factory=list)

    @property
    def disagreement(self) -> bool:
        return len(self.groups) > 1


def vote(readings: list[tuple[int, Reading]], elsewhere: Callable[[], frozenset[str]] | None = None) -> Vote:
    """Pick the reading most copies agree on (see module doc).  `elsewhere`
    gives the document's field texts (spaces aside, PIECE_MIN characters or
    more) a tie weighs pieces against (_piece_set_down)."""
    if len(readings) == 1:
        return Vote(readings[0][1], readings[0][0], [Group(list(readings))])
    first = readings[0][1].value
    if _hashable(first) is first and all(r.value == first and type(r.value) is type(first) for _, r in islice(readings, 1, None)):
        # no doubt (every copy read the same): one group, whose representative
        # is the earliest copy's reading (as Group.representative finds it)
        group = Group(list(readings))
        if isinstance(first, str) and len(readings) <= FUZZY_MAX:
            copy_index, winner = min(readings, key=lambda cr: cr[0])
        else:
            copy_index, winner = readings[0]
        return Vote(winner, copy_index, [group])
    groups: list[Group] = []
    keys: list[Any] = []
    if len(readings) > FUZZY_MAX:  # exact readings only (see FUZZY_MAX)
        index: dict[Any, Group] = {}
        for copy_index, reading in readings:
            key = _hashable(_key(reading.value))
            if key not in index:
                index[key] = Group()
                groups.append(index[key])
            index[key].readings.append((copy_index, reading))
        readings = []
    for copy_index, reading in readings:
        value = reading.value
        fuzzy = isinstance(value, str) and len(value) >= LONG_TEXT
        for group, key in zip(groups, keys):
            if fuzzy and isinstance(key, str):
                if fuzz.ratio(_key(value), key) >= TEXT_AGREEMENT:
                    group.readings.append((copy_index, reading))
                    break
            elif _key(value) == key:
                group.readings.append((copy_index, reading))
                break
        else:
            groups.append(Group([(copy_index, reading)]))
            keys.append(_key(value))
    groups.sort(key=lambda g: (-len(g.copies), g.copies[0]))
    tie_break = overruled = None
    source = _misread_source(groups) if len(groups) > 1 and len(groups[0].copies) > len(groups[1].copies) else None
    if source is not None and source is not groups[0]:
        # the majority read the printed digits as OCR misreads them, every copy alike
        overruled = ("the other readings, however many copies gave them, are OCR misreads of it: its digits are read "
                     "as printed")
        groups = [source, *(g for g in groups if g is not source)]
    elif len(groups) > 1 and len(groups[0].copies) == len(groups[1].copies):
        tied = [g for g in groups if len(g.copies) == len(groups[0].copies)]
        rest = groups[len(tied):]
        source = _misread_source(tied)
        rare = _rare_misread_source(tied) if source is None else None
        nearly = _nearly_misread_source(tied) if source is None and rare is None else None
        dated = _inside_archive_years(tied)
        fullest = _fullest_printing(tied) if source is None else None
        millions = _millions_read(tied) if source is None else None
        if source is not None:  # decided without the tokenizer
            tie_break = "the other readings are OCR misreads of it"
            scored = [source, *(g for g in tied if g is not source)]
        elif millions is not None:
            tie_break = "the other readings are its figure with the word ล้าน after it OCR garbled"
            scored = [millions, *(g for g in tied if g is not millions)]
        elif fullest is not None:
            tie_break = "the other readings are it with Thai marks OCR dropped"
            scored = [fullest, *(g for g in tied if g is not fullest)]
        elif dated is not None:
            tie_break = "the other readings are dates outside the archive's years"
            scored = [dated, *(g for g in tied if g is not dated)]
        elif rare is not None:
            tie_break = "the other readings are rarer OCR misreads of its Arabic digits"
            scored = [rare, *(g for g in tied if g is not rare)]
        elif nearly is not None:
            tie_break = ("the other reading, in Thai digits, is an OCR misread of its Arabic digits in every digit "
                         "but one")
            scored = [nearly, *(g for g in tied if g is not nearly)]
        elif (placed := _piece_set_down(tied, elsewhere) if elsewhere is not None else None) is not None:
            tie_break = ("the other readings are it with another field's text beside it, which the document prints "
                         "whole elsewhere (a line of another part OCR set down here)")
            scored = [placed, *(g for g in tied if g is not placed)]
        else:
            ranks = _plausibility_ranks(tied)
            order = sorted(range(len(tied)), key=lambda i: ranks[i], reverse=True)
            scored = [tied[i] for i in order]
            if ranks[order[0]][:2] != ranks[order[1]][:2]:
                tie_break = "dictionary plausibility"
            else:  # the top readings are as plausible: the earliest copy's of them (ranks end in -first copy)
                tie_break = EARLIEST
        groups = scored + rest
    copy_index, winner = groups[0].representative()
    return Vote(winner, copy_index, groups, tie_break, overruled)


PIECE_MIN = 12  # characters (spaces aside) a piece set down from elsewhere holds at least: a text, not a speck


def _spaceless(text: str) -> str:
    return "".join(text.split())


def _piece_set_down(tied: list[Group], elsewhere: Callable[[], frozenset[str]]) -> Group | None:
    """The one tied text every other tied reading is, whole, with a piece
    before or after it (spaces aside) that the document prints whole as
    another field's value (`elsewhere`: a target's, a finding's text, ...):
    OCR set a line of another part of the page down beside the text in one
    copy ("ผู้เข้าร่วมโครงการมีความพึงพอใจ... คนไทยมีการศึกษา..." where the
    other copy reads "คนไทยมีการศึกษา..." and the first words are a target
    the report lists).  The dictionary tie-break compares the piece with
    nothing and so always kept it.  None where a piece is short (PIECE_MIN),
    is no other field's whole text, or no reading is held so by all others."""
    texts = [g.representative()[1].value for g in tied]
    if not all(isinstance(t, str) for t in texts):
        return None
    keys = [_spaceless(t) for t in texts]
    for i, short in enumerate(keys):
        pieces = []
        for j, other in enumerate(keys):
            if j == i:
                continue
            if len(other) < len(short) + PIECE_MIN or not short:
                break
            if other.startswith(short):
                pieces.append(other[len(short):])
            elif other.endswith(short):
                pieces.append(other[:len(other) - len(short)])
            else:
                break
        else:
            if pieces and all(p in elsewhere() for p in pieces):
                return tied[i]
    return None


def _plausibility_ranks(tied: list[Group]) -> list[tuple[float, float, int]]:
    """Each tied group's (dictionary share, mean token length, -first copy),
    its representative's text compared where the readings differ."""
    values = [g.representative()[1].value for g in tied]
    texts = [v for v in values if isinstance(v, str)]
    scores = iter(weighed(compared_parts(texts)))
    ranks = []
    for group, value in zip(tied, values):
        share, mean_len = next(scores) if isinstance(value, str) else (0.0, 0.0)
        ranks.append((round(share, 6), round(mean_len, 6), -group.copies[0]))
    return ranks


_LATIN_RUN_RE = re.compile(r"[A-Za-z]+")
_THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e2e]")


def weighed(parts: list[str]) -> list[tuple[float, float]]:
    """Each of the readings' compared `parts` scored as the tie-break
    weighs it: (share of its tokens the dictionary knows, mean Thai token
    length; normalizers.words.plausibility_counts), where a Latin run that
    stands where another reading has Thai letters is one more token the
    dictionary does not know (_latin_for_thai).  OCR writes a Thai word it
    cannot make out as Latin look-alikes ('มิติที่ 3.3' read '> NAN 3.3');
    scoring the Thai alone, that reading lost nothing and, its Thai tokens
    fewer and longer, even won.  Latin the readings share ('Bangkok as a
    City for All'), or that stands against digits or marks ('School' read
    '5๐๐0!'), weighs on none."""
    out = []
    for i, part in enumerate(parts):
        stray = max((_latin_for_thai(part, other) for j, other in enumerate(parts) if j != i), default=0)
        n, known, length = plausibility_counts(part)
        out.append((known / (n + stray), length / n) if n else (0.0, 0.0))
    return out


def _latin_for_thai(text: str, other: str) -> int:
    """How many Latin runs of `text` stand, character by character
    (Levenshtein's edit operations), where `other` has a Thai letter."""
    if text == other or not _LATIN_RUN_RE.search(text) or not _THAI_LETTER_RE.search(other):
        return 0
    runs = [m.span() for m in _LATIN_RUN_RE.finditer(text)]
    hit: set[int] = set()
    for op in Levenshtein.opcodes(text, other):
        if op.tag != "replace" or not _THAI_LETTER_RE.search(other, op.dest_start, op.dest_end):
            continue
        hit.update(k for k, (a, b) in enumerate(runs) if a < op.src_end and op.src_start < b)
    return len(hit)


def _fullest_printing(tied: list[Group]) -> Group | None:
    """The one tied text reading every other is, with some of its Thai marks
    (tone marks, thanthakhat, vowels above or below) left out: OCR drops a
    small mark ('มั่นคง' read 'มันคง' in one copy), it does not print one
    where none stands, so the printing with the marks is the one printed
    (normalizers.text.marks_added).  None when a reading differs otherwise
    (a letter, a vowel misread as another: 'ี' read 'ิ'), or no reading
    holds all the others."""
    texts = [g.representative()[1].value for g in tied]
    if not all(isinstance(t, str) for t in texts):
        return None
    for i, group in enumerate(tied):
        if all(j == i or marks_added(t, texts[i]) for j, t in enumerate(texts)):
            return group
    return None


def _misread_source(tied: list[Group]) -> Group | None:
    """The one tied reading every other is an OCR misread of (a number,
    code or date printed in Arabic digits against the same in Thai digits
    OCR confused, normalizers.confusions.misread_direction), if any: the
    clauses compared whole, then, where that finds none, the characters that
    print each value (value_printing)."""
    readings = [g.representative()[1] for g in tied]
    texts = [r.text for r in readings]
    if any(not isinstance(t, str) or not _has_digit(t) for t in texts):
        return None
    # the clauses whole first, then only the characters that print the value: a label OCR damaged in one
    # copy ('ความค้าวหน้า'), or a clause that ran on, is no part of the figure and must not keep its Arabic
    # digits from overruling.  Text values (a name, a description) only where the clause is short.
    passes = [texts] if all(len(t) < LONG_TEXT for t in texts) else []
    if passes or not any(isinstance(r.value, str) for r in readings):
        printings = [value_printing(r) for r in readings]
        passes += [printings] if all(len(p) < LONG_TEXT for p in printings) else []
    for compared in passes:
        for i, group in enumerate(tied):
            if all(misread_direction(compared[i], arabic_slip_undone(compared[i], t)) == 1
                   for j, t in enumerate(compared) if j != i):
                return group
    return None


# The measured misreads of one digit as another the table leaves out (RARE_MISREADS: ๗ read ๑ or ๐, ๖ and ๙ read ๑)
_RARE_DIGIT_PAIRS = tuple((p, r) for p, reads in RARE_MISREADS.items() for r in reads)


def _rare_misread_source(tied: list[Group]) -> Group | None:
    """The one tied reading of a number printed in Arabic digits where it
    differs from each other tied reading, every other one's characters there
    a Thai digit OCR is measured to write for that digit, though rarely
    (RARE_MISREADS: "7.๐๐" against "๑.๐0", a ๗ read ๑; "๒6.๐๐" against
    "๒๑.00"): engines read an Arabic digit as printed, and no reading explains
    the Arabic one from the Thai.  The characters that print each value are
    compared (value_printing); numbers only (a reading whose value is text
    has no say).  Asked only where _misread_source, with the table's
    misreads, finds none, and weighed after the archive's years (a date's
    tie); a majority is never overruled so.  Before, the earliest copy's
    misread won such a tie (fresh sets s69o, bma_progress_s69o009: reports 4
    and 6 kept 1.0 and 21.0 for 7.0 and 26.0; s72o, bma_progress_s72o006: 1.0
    for 9.0).  None otherwise."""
    readings = [g.representative()[1] for g in tied]
    if any(isinstance(r.value, (str, bool)) or r.value is None or not _has_digit(r.text) for r in readings):
        return None
    printings = ["".join(value_printing(r).split()) for r in readings]
    with added_misreads(_RARE_DIGIT_PAIRS):
        for i, group in enumerate(tied):
            mine = printings[i]
            if all(len(t) == len(mine) and misread_direction(mine, t) == 1
                   and all("0" <= a <= "9" for a, b in zip(mine, t) if thai_digits_to_arabic(a) != thai_digits_to_arabic(b))
                   for j, t in enumerate(printings) if j != i):
                return group
    return None


NEARLY_TOLD = 2  # digits of a Thai reading an Arabic one tells as misreads, at least, beside the one it does not


def _nearly_misread_source(tied: list[Group]) -> Group | None:
    """Of two tied readings of a code or figure, the one printed in Arabic
    digits alone where the other, in Thai digits, differs from it only in
    digits, each one OCR makes of the Arabic one's (misread_direction's
    test) but one, NEARLY_TOLD of them at least: engines read an Arabic
    digit as printed, and Thai digits OCR cannot write come out as others
    ("๕๐๕๐๐๐๐๐-๒๑๕๕" against 50400000-6578: ๔ ๖ ๗ ๘ read ๕ ๒ ๕ ๕, and a ๕
    read ๑; before, the earliest copy's Thai reading won the tie, and the
    project's key with it: fresh set s98q, bma_progress_s98q003).  None
    otherwise."""
    if len(tied) != 2:
        return None
    printings = ["".join(value_printing(g.representative()[1]).split()) for g in tied]
    for i, group in enumerate(tied):
        mine, other = printings[i], printings[1 - i]
        if _THAI_DIGIT_IN_RE.search(mine) or not _THAI_DIGIT_IN_RE.search(other) or not _has_digit(mine):
            continue
        told = misreads_told(mine, other)
        if told is not None and told[1] == 1 and told[0] >= NEARLY_TOLD and all(
                x.isdigit() and y.isdigit()  # (a Thai digit is a digit to str.isdigit)
                for x, y in zip(mine, other) if thai_digits_to_arabic(x) != thai_digits_to_arabic(y)):
            return group
    return None


_THAI_DIGIT_IN_RE = re.compile("[๐-๙]")
_FIGURE_RE = re.compile(r"[0-9๐-๙](?:[0-9๐-๙,.]*[0-9๐-๙])?")


def value_printing(reading: Reading) -> str:
    """The characters of a reading's text that print its value: for a number,
    the one figure of the text whose digits give the value ('28' of
    'ความก้าวหน้าของงานฯ = 28'); otherwise, or where no single figure does,
    the text from its first digit to its last.  What a copy printed around
    the value (a label, a unit) is no evidence about how its digits were
    read."""
    text = reading.text
    figures = list(_FIGURE_RE.finditer(text))
    if not figures:
        return text
    value = reading.value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        own = [m for m in figures if _figure_value(m.group()) == value]
        if len(own) == 1:
            return own[0].group()
    return text[figures[0].start():figures[-1].end()]


def _figure_value(figure: str) -> Decimal | None:
    try:
        return Decimal(thai_digits_to_arabic(figure).replace(",", ""))
    except InvalidOperation:
        return None


def _millions_read(tied: list[Group]) -> Group | None:
    """The one tied amount read in millions, its text printing "ล้าน" after
    the figure (normalizers.numbers.in_millions), where every other reading
    is that same figure read as baht, its text printing no ล้าน ("0.56 anu"
    against "0.56 ล้าน": OCR garbled the word in one copy, as it garbles a
    word; it does not print ล้าน where none stands), if any."""
    readings = [g.representative()[1] for g in tied]
    if not all(isinstance(r.value, Decimal) and isinstance(r.text, str) for r in readings):
        return None
    scaled = [i for i, r in enumerate(readings) if in_millions(r.text)]
    if len(scaled) != 1:
        return None
    value = readings[scaled[0]].value
    if any(i != scaled[0] and r.value * 1_000_000 != value for i, r in enumerate(readings)):
        return None
    return tied[scaled[0]]


def _inside_archive_years(tied: list[Group]) -> Group | None:
    """The one tied reading that is a date inside the archive's years
    (normalizers.confusions.YEARS_BE) when every other is a date outside
    them ("1/1๐/25๒๐" read as 1977 against "1/10/๒567"), if any."""
    values = [g.representative()[1].value for g in tied]
    if not all(isinstance(v, date) for v in values):
        return None
    inside = [g for g, v in zip(tied, values) if YEARS_BE[0] - 543 <= v.year <= YEARS_BE[1] - 543]
    return inside[0] if len(inside) == 1 else None


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def variant_evidence(v: Vote) -> str:
    """JSON: each reading, how many copies gave it, its lines; how a tie was broken."""
    readings = []
    for g in v.groups:
        rep = g.representative()[1]
        readings.append({"reading": str(rep.value), "copies": len(g.copies), "lines": [rep.line_start, rep.line_end]})
    out: dict[str, Any] = {"readings": readings, "tie_break": v.tie_break}
    if v.overruled:
        out["overruled"] = v.overruled
    return json.dumps(out, ensure_ascii=False)


def group_copies(copies: list[CopyReading]) -> list[list[CopyReading]]:
    """The copies of each project, in order of first appearance.  A copy
    whose identity could not be read at all belongs with the copy before it
    (a form's last pages printed again, say).  A copy that would join a
    project by its code and name but whose body is another's, its code read
    apart, is a sibling project (_sibling_project), unless a later copy of
    the project prints its body (_vouched_later); one joined though its
    body parts is said (_say_joined_in_doubt)."""
    groups: list[list[CopyReading]] = []
    identities: list[tuple[str | None, str | None]] = []
    by_code: dict[str, int] = {}  # a code or a name -> the first project printing it (IDENTITIES_COMPARED)
    by_name: dict[str, int] = {}
    for at, copy in enumerate(copies):
        ident = copy.identity
        if not any(ident):
            if groups and not _another_project(copy, groups[-1][-1]):
                groups[-1].append(copy)
            else:
                groups.append([copy])
                identities.append(ident)
            continue
        if len(identities) <= IDENTITIES_COMPARED:
            candidates: list[int] | range = range(len(identities))
        else:
            near = [by_code.get(comparable(ident[0])) if ident[0] else None,
                    by_name.get(comparable(ident[1])) if ident[1] else None]
            candidates = sorted({i for i in near if i is not None}
                                | set(range(len(identities) - IDENTITIES_COMPARED, len(identities))))
        parted: list[int] = []  # the projects the copy would have joined but for its name (names_part)
        siblings: list[int] = []  # ... but for its body (_sibling_project)
        for i in candidates:
            known = identities[i]
            if (same_project(ident, known) and not _namesake(ident, known, copy, groups[i][-1])) \
                    or _name_cut_short(ident, known, copy, groups[i][-1]) \
                    or _codes_misread_apart(ident, known, copy, groups[i][-1]) \
                    or _code_misread_name_lost(ident, known, copy, groups[i][-1]) \
                    or _name_ran_on(ident, known, copy, groups[i][-1]) \
                    or _name_line_lost(ident, known, copy, groups[i][-1]):
                if names_part(ident, known, _code_certain(copy) and _code_certain(groups[i][0])):
                    parted.append(i)
                    continue
                # a body that parts from the project's, no later copy of the project printing it too, is a sibling
                # project's where their codes (with none, their names) read apart, else it is said; each asked once
                if _bodies_part(copy, groups[i][-1]) and not _vouched_later(copy, known, groups[i], copies[at + 1:]):
                    if _sibling_project(ident, known):
                        siblings.append(i)
                        continue
                    _say_joined_in_doubt(copy, groups[i][0], known)
                groups[i].append(copy)
                identities[i] = tuple(x or y for x, y in zip(known, ident))
                _remember(by_code, by_name, identities[i], i)
                break
        else:
            if parted:
                _say_names_part(copy, ident, groups[parted[0]][0], identities[parted[0]])
            elif siblings:
                _say_sibling(copy, ident, groups[siblings[0]][0], identities[siblings[0]])
            else:
                _say_grouping_doubt(copy, ident, [(identities[i], groups[i]) for i in candidates])
            groups.append([copy])
            identities.append(ident)
            _remember(by_code, by_name, ident, len(identities) - 1)
    return groups


NAME_PART_MIN = 5  # the skeleton letters two names' parting words hold together at least
NAME_PART_AGREEMENT = 50.0  # the rapidfuzz ratio under which the two parting words are two words
NAME_PART_JOIN = 3  # common letters fewer than this between two stretches apart make them one
_THAI_LETTERS = re.compile("[\u0e01-\u0e4f]+")  # Thai letters, vowels and marks: no digit, no Latin


def _code_certain(copy: CopyReading) -> bool:
    """Whether the copy's project code, as printed, has no other reading
    (normalizers.confusions.certain: Arabic digits, say); a copy with no
    code read is taken as certain (nothing to doubt)."""
    for record in copy.tables.get("project", {}).values():
        reading = record.get("project_code")
        if reading is not None and reading.text:
            return certain(reading.text)
    return True


def names_part(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
               codes_certain: bool = True) -> bool:
    """Whether two projects' names, alike enough to pass for one name with
    OCR slips, part by a word: on their skeletons' Thai letters (OCR's
    garbling of a word shows as digits and Latin letters among them, '(6๐6ปังอ๑
    Learning)' for '(Active Learning)': such words left out, _name_letters),
    a stretch where each holds letters of its own (NAME_PART_MIN together,
    two each at least; stretches apart by fewer than NAME_PART_JOIN common letters are one)
    and the two are two words, not one misread ('...เขตบางแค' and
    '...เขตบางบอน': sibling projects named for their districts).  OCR drops
    marks (the skeleton has none) and misreads a letter here and there; it
    does not print one district's name for another's.  Never where the
    codes read the same and are certain (`codes_certain`): codes printed in
    Thai digits an engine misreads (sibling projects' ๔๖๒๔ and ๔๖๒๕ both
    read ๕๑๒๕) may read the same for two projects."""
    (code_a, name_a), (code_b, name_b) = a, b
    if not name_a or not name_b or (code_a and code_b and comparable(code_a) == comparable(code_b)
                                    and codes_certain):
        return False
    x, y = _name_letters(name_a), _name_letters(name_b)
    if x == y:
        return False
    stretches: list[list[int]] = []  # [x start, x end, y start, y end] of each stretch apart
    for op in Levenshtein.opcodes(x, y):
        if op.tag == "equal":
            continue
        if stretches and op.src_start - stretches[-1][1] < NAME_PART_JOIN:
            stretches[-1][1], stretches[-1][3] = op.src_end, op.dest_end
        else:
            stretches.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    for xs, xe, ys, ye in stretches:
        rx, ry = x[xs:xe], y[ys:ye]
        if min(len(rx), len(ry)) >= 2 and len(rx) + len(ry) >= NAME_PART_MIN \
                and fuzz.ratio(rx, ry) < NAME_PART_AGREEMENT:
            return True
    return False


def _name_letters(name: str) -> str:
    """A name's skeleton's Thai letters, its words OCR garbled left out: a
    token mixing Thai letters with digits or Latin letters ('(4๐ณ์ง๐' and
    '(4เอย์ฯ๐' for '(Active', each copy's garbling its own: before, their
    letters parted as two words and a copy of the project was read as
    another project with no issue naming it, fresh set s73a)."""
    kept = [t for t in name.split() if not (_THAI_LETTERS.search(t) and _GARBLED_RE.search(t))]
    return "".join(_THAI_LETTERS.findall(skeleton(comparable(" ".join(kept)))))


_GARBLED_RE = re.compile(r"[0-9๐-๙A-Za-z]")  # a digit or Latin letter in a word of Thai letters: OCR's garbling


def _say_names_part(copy: CopyReading, ident: tuple[str | None, str | None], first: CopyReading,
                    known: tuple[str | None, str | None]) -> None:
    """A copy read as a project of its own only because its name parts from
    a project's by a word (names_part), its code and header otherwise that
    project's allowing OCR slips: said as `copies_in_doubt` on its name and
    code (a sibling project, or a copy whose name OCR garbled a word of)."""
    _say_copy_in_doubt(copy, first, f"({(known[1] or '')[:60]!r}): their names part by a word, though their codes "
                       "and header texts could be one project's with OCR slips", ident[1] or ident[0])


def _say_copy_in_doubt(copy: CopyReading, first: CopyReading, why: str, text: str | None) -> None:
    """`copies_in_doubt` on the copy's name and on its code: read as another
    project than the one `first` opens, for the reason `why`."""
    _say_in_doubt(copy, f"the copy at lines {copy.line_start}-{copy.line_end} is read as another project than the "
                        f"one at lines {first.line_start}-{first.line_end} {why}", text)


def _say_in_doubt(copy: CopyReading, message: str, text: str | None) -> None:
    """`copies_in_doubt`, saying `message`, on the copy's name and on its code."""
    for column in ("name", "project_code"):
        copy.issues.append(Issue("warning", "copies_in_doubt", message, text, copy.line_start, copy.line_end,
                                 field=f"projects.{column}"))


# The header texts that tell two projects apart whatever OCR did to them, and the
# agreement (rapidfuzz partial ratio on skeletons) below which two readings are two texts.
PROJECT_TEXTS = ("rationale", "agency", "division", "section")
OTHER_TEXT = 50.0
SAME_TEXT = 85.0  # the agreement (partial ratio on skeletons) at which two readings of a header text are one text


def _another_project(copy: CopyReading, before: CopyReading) -> bool:
    """Whether a copy whose name and code OCR lost prints another project
    than the copy before it: a header text both give (rationale, unit) is
    another text, not the same one with OCR slips."""
    return any(ka and kb and fuzz.partial_ratio(ka, kb) < OTHER_TEXT for ka, kb in _header_texts(copy, before))


def _header_texts(copy: CopyReading, before: CopyReading,
                  names: tuple[str, ...] = PROJECT_TEXTS) -> list[tuple[str, str]]:
    """The skeletons (first 300 characters) of each header text both copies give, as pairs to compare; a
    text of no word (pipeline.wording.wordless: "|", specks OCR read for a unit) tells nothing."""
    mine = copy.tables.get("project", {}).get(0, {})
    theirs = before.tables.get("project", {}).get(0, {})
    pairs = []
    for name in names:
        a, b = mine.get(name), theirs.get(name)
        if a is None or b is None or not isinstance(a.value, str) or not isinstance(b.value, str) \
                or wordless(a.value) or wordless(b.value):
            continue
        pairs.append((_text_key(a.value), _text_key(b.value)))
    return pairs


def _text_key(text: str) -> str:
    """A text as two copies' readings of it are compared: its skeleton, its first 300 characters."""
    return skeleton(comparable(text))[:300]


def _namesake(ident: tuple[str | None, str | None], known: tuple[str | None, str | None], copy: CopyReading,
              before: CopyReading) -> bool:
    """Whether a copy that agrees with a project by its name, and by its code
    at most allowing OCR slips (codes a digit or two apart, or none on
    either side), is another project of a like name: a header text both give
    is another text.  A file may print two projects of one name, the
    second's code lost to OCR; or sibling projects of one agency, numbered
    one after the other and named alike but for their last words (a
    district's name): either would be read as a copy of the first, silently.
    Codes that read the same are one project whatever the texts say."""
    if ident[0] and known[0] and comparable(ident[0]) == comparable(known[0]):
        return False
    return _another_project(copy, before)


def _codes_misread_apart(ident: tuple[str | None, str | None], known: tuple[str | None, str | None],
                         copy: CopyReading, before: CopyReading) -> bool:
    """Whether a copy whose code reads too far from a project's to be the
    same by the digits alone (three digits or more apart: "01000000-1525"
    and "09000000-1567", each Thai digit misread its own way) is a copy of
    it all the same: codes of one length apart in at most a third of their
    characters, names that agree, and every header text both give
    (PROJECT_TEXTS, at least two) the same text."""
    (code_a, name_a), (code_b, name_b) = ident, known
    if not (code_a and code_b and name_a and name_b):
        return False
    ka, kb = comparable(code_a), comparable(code_b)
    apart = [(x, y) for x, y in zip(ka, kb) if x != y]
    if len(ka) != len(kb) or ka == kb or (3 * len(apart) > len(ka) and not _digits_misread_apart(apart)):
        return False
    if not names_agree(name_a, name_b):
        return False
    pairs = _header_texts(copy, before)
    return len(pairs) >= 2 and all(ka and kb and fuzz.partial_ratio(ka, kb) >= SAME_TEXT for ka, kb in pairs)


def _digits_misread_apart(apart: list[tuple[str, str]]) -> bool:
    """Whether two codes' characters that differ (`apart`, pairs) are digits
    OCR confuses one with the other (normalizers.confusions.confusable), all
    but one at most: a code printed in Thai digits in one copy, Arabic in
    the other, whose Thai ๔ ๖ ๗ ๘ OCR cannot write ("๕๐๕๐๐๐๐๐-๒๑๕๕" for
    50400000-6578, its ๕ read ๑ too: five digits apart, past a third of
    the code; before, the copies stood as two projects with no issue:
    fresh set s98q, bma_progress_s98q003); or all of them, counting the
    misreads the table leaves out as rare (RARE_MISREADS: "๕๐๕๑๐๐๐๐-๕๑๐๕"
    for 50570000-9769, its two ๗ read ๑, its ๙ ๕ and its ๖ ๐: the copy
    stood as a project of its own, its objectives and the project's copy
    count silent: fresh set s99p, bma_progress_s99p006)."""
    if not all(x.isdigit() and y.isdigit() for x, y in apart):
        return False
    if sum(not confusable(x, y) for x, y in apart) <= 1:
        return True
    with added_misreads(_RARE_DIGIT_PAIRS):
        return all(confusable(x, y) for x, y in apart)


# The header's figures two copies of one project print alike, and sibling projects of one agency (one
# rationale, one unit) mostly do not: what a copy whose name OCR lost is compared on beside its code.
PROJECT_FIGURES = ("budget_allocated", "budget_spent", "start_date", "end_date")


def _code_misread_name_lost(ident: tuple[str | None, str | None], known: tuple[str | None, str | None],
                            copy: CopyReading, before: CopyReading) -> bool:
    """Whether a copy whose name OCR lost (on its side or the project's) is
    a copy of the project all the same though its code reads apart: the two
    codes of one length apart only by digits OCR confuses
    (normalizers.confusions.confusable: "09000000-8882" and
    "05000000-5552", each of ๙ and ๘ read as ๕ in one copy), every header
    text both give (PROJECT_TEXTS, at least two) one text, and most of the
    header figures both give (PROJECT_FIGURES), two at least, alike allowing
    the same confusions (a budget read "0.52 ล้าน" in one copy may part).
    Without a name to agree, a sibling project (one rationale, one unit, a
    code one step on) would pass on the texts alone; its budget and dates
    tell it apart.  The codes' disagreement stays said by the vote
    (ocr_variant on project_code)."""
    (code_a, name_a), (code_b, name_b) = ident, known
    if not (code_a and code_b) or (name_a and name_b):
        return False
    ka, kb = comparable(code_a), comparable(code_b)
    if len(ka) != len(kb) or ka == kb or not confusable(ka, kb):
        return False
    return _headers_agree(copy, before) and (_figures_agree(copy, before) or _reports_agree(copy, before))


REPORTS_ALIKE = 3  # report entries two copies must print alike, at least, for their reports to say one project


def _reports_agree(copy: CopyReading, before: CopyReading) -> bool:
    """Whether two copies' report entries say they are one project where
    their header figures are too damaged to (_figures_agree): of the entries
    both number alike, REPORTS_ALIKE at least print the same report (one
    description, dates one printing misread) and at least twice as many as
    print another (_reports_tally).  A sibling project filed with its
    sibling's header agrees by its header; its reports are its own (fresh
    set s83c, bma_progress_s83c009: two copies of one project, its name
    unread in both, its code and fiscal year printed in Thai digits in one
    ("๐๕๐๐๐๐๐๐-๕๕๕๕", 2560) and Arabic in the other, its budgets damaged
    ("๐๑๕๐๐" for 69,900), read as two projects with no issue; five of its
    six entries print alike in both)."""
    apart, alike = _reports_tally(copy, before)
    return alike >= REPORTS_ALIKE and alike >= 2 * apart


def _figures_agree(copy: CopyReading, before: CopyReading) -> bool:
    """Most of the header figures both copies give (PROJECT_FIGURES), two at
    least, alike allowing the digits OCR confuses, and their report entries
    not parting (_reports_part): what tells copies of one project from
    sibling projects of one rationale and one unit."""
    mine = copy.tables.get("project", {}).get(0, {})
    theirs = before.tables.get("project", {}).get(0, {})
    figures = [(mine[n].value, theirs[n].value) for n in PROJECT_FIGURES
               if mine.get(n) is not None and theirs.get(n) is not None
               and mine[n].value is not None and theirs[n].value is not None]
    alike = sum(confusable(str(a), str(b)) for a, b in figures)
    return alike >= 2 and alike > len(figures) - alike and not _reports_part(copy, before)


# The fields of a project's body two copies of it print alike and sibling projects (one name template, one
# agency, codes one step apart) mostly do not: the people answering for it, its budget figures.
PROJECT_PEOPLE = ("owner_name", "coordinator_name")
PROJECT_BUDGET = ("budget_allocated", "budget_spent")
BODY_APART_MIN = 2  # the body fields at least that part for two projects alike by their headers to be two


def _sibling_project(ident: tuple[str | None, str | None], known: tuple[str | None, str | None]) -> bool:
    """Whether a copy that would join a project by its code and name (codes
    apart by a digit or two, names that agree allowing OCR slips), and whose
    body parts from the project's (the caller asks _bodies_part: of the body
    fields both give, _body_tally, BODY_APART_MIN at least part and more
    part than agree), is a sibling project all the same: agencies file one
    project per district or school under one name template with consecutive
    codes (codes ending -0412 and -0413, names apart only in the district's
    name, by a few letters OCR could have slipped on).  A copy prints its
    project's body again: the same people answering for it, the same budget
    figures (allowing the digits OCR confuses), the same report entries; a
    sibling prints its own.  Two codes read apart.  Codes that read the same
    are one project whatever the bodies say.  Where neither copy prints a
    code (a BMA proposal has none), names read apart stand for the codes:
    names the same are one project."""
    if ident[0] and known[0]:
        return comparable(ident[0]) != comparable(known[0])
    return not (ident[0] or known[0]) and bool(ident[1] and known[1]) and comparable(ident[1]) != comparable(known[1])


def _vouched_later(copy: CopyReading, known: tuple[str | None, str | None], group: list[CopyReading],
                   later: list[CopyReading]) -> bool:
    """Whether a later copy of the project `known` names (its code read as
    the project's, its name agreeing, its body not parting from the
    project's first copy's: _bodies_part) prints this copy's body too: OCR
    damaged the body of the project's copy before, or of this one, so far
    that the two part, where a third printing of the project agrees with
    both (fresh s134p006: three copies, the second's code "๐๕๐0๐๐0๐" for
    09000000, its budget and report entries read apart from the first's,
    the third's agreeing with it).  A sibling project's body parts from
    every copy of the project (a copy of the sibling whose code OCR read as
    the project's parts from the project's first copy, and vouches for
    nothing).  Only a code read the same vouches; without codes, nothing
    does."""
    if not known[0]:
        return False
    key = comparable(known[0])
    return any(other.identity[0] and comparable(other.identity[0]) == key and same_project(other.identity, known)
               and not _bodies_part(copy, other) and not _bodies_part(other, group[0]) for other in later)


def _bodies_part(copy: CopyReading, before: CopyReading) -> bool:
    """Whether two copies' bodies part: of the body fields both give
    (_body_tally), BODY_APART_MIN at least part and more part than agree."""
    apart, alike = _body_tally(copy, before)
    return apart >= BODY_APART_MIN and apart > alike


def _body_tally(copy: CopyReading, before: CopyReading) -> tuple[int, int]:
    """How many of the body fields both copies give part and how many agree:
    each person answering for the project (PROJECT_PEOPLE: another name,
    OTHER_TEXT, or the same, SAME_TEXT), each budget figure
    (PROJECT_BUDGET: one printing misread, normalizers.confusions.confusable,
    or not), their report entries taken together (_reports_tally) and each
    list of PROJECT_LISTS taken together (_list_tally: a proposal's
    objectives, indicators and expense lines, which sibling proposals of one
    template plan each their own; the projects an OBEC report lists and
    their quarterly budgets, which two area offices' reports of one province
    print each their own; not an OBEC project's activities, which offices
    word alike)."""
    mine = copy.tables.get("project", {}).get(0, {})
    theirs = before.tables.get("project", {}).get(0, {})
    apart = alike = 0
    for name in PROJECT_PEOPLE:
        a, b = mine.get(name), theirs.get(name)
        if a is None or b is None or not isinstance(a.value, str) or not isinstance(b.value, str):
            continue
        ka, kb = _text_key(a.value), _text_key(b.value)
        if not ka or not kb:
            continue
        agreement = fuzz.ratio(ka, kb)
        apart += agreement < OTHER_TEXT
        alike += agreement >= SAME_TEXT
    for name in PROJECT_BUDGET:
        a, b = mine.get(name), theirs.get(name)
        if a is None or b is None or a.value is None or b.value is None:
            continue
        same = confusable(str(a.value), str(b.value))
        apart, alike = apart + (not same), alike + same
    for part, same in [_reports_tally(copy, before)] + [_list_tally(copy, before, table, column)
                                                         for table, column in PROJECT_LISTS]:
        apart, alike = apart + (part > same), alike + (same > part)
    return apart, alike


# The lists of a project's body, each with the column its rows are compared on (_list_tally): a text or an
# amount.  Row 0 of `project` is a copy's own header; a report's rows after it are the projects it lists.
PROJECT_LISTS = (("objectives", "text"), ("kpis", "text"), ("expenses", "amount"), ("project", "name"),
                 ("quarterly_budgets", "planned"))


def _list_tally(copy: CopyReading, before: CopyReading, table: str, column: str) -> tuple[int, int]:
    """Of the rows of `table` two copies number alike, how many print another
    value in `column` (a text OTHER_TEXT apart on the whole, and not one a
    part of the other; a figure not one printing misread of the other) and
    how many the same (a text SAME_TEXT alike in part; a figure so
    misread).  Row 0 of `project` is the copy's own header (its name
    agrees: the copies were paired by it), left out."""
    mine, theirs = copy.tables.get(table, {}), before.tables.get(table, {})
    apart = alike = 0
    for seq in (mine.keys() & theirs.keys()) - {0}:
        a, b = mine[seq].get(column), theirs[seq].get(column)
        if a is None or b is None or a.value is None or b.value is None:
            continue
        if isinstance(a.value, str) and isinstance(b.value, str):
            ka, kb = _text_key(a.value), _text_key(b.value)
            if not (ka and kb):
                continue
            part = fuzz.partial_ratio(ka, kb)  # (a text OCR cut short is the other's part)
            if part >= SAME_TEXT:
                alike += 1
            elif fuzz.ratio(ka, kb) < OTHER_TEXT:  # (on the whole: texts of one form share its words)
                apart += 1
            continue
        other = not confusable(str(a.value), str(b.value))
        apart, alike = apart + other, alike + (not other)
    return apart, alike


def _say_sibling(copy: CopyReading, ident: tuple[str | None, str | None], first: CopyReading,
                 known: tuple[str | None, str | None]) -> None:
    """A copy read as a project of its own only because its body parts from
    a project's (_sibling_project), its code and name otherwise that
    project's allowing OCR slips: said as `copies_in_doubt` on its name and
    code (a sibling project, or a copy whose body OCR garbled)."""
    told = "codes" if ident[0] and known[0] else "names"  # (a form of no codes: _sibling_project)
    _say_copy_in_doubt(copy, first, f"({(known[1] or '')[:60]!r}): their {told} read apart and their bodies part "
                       "(the people answering for them, budget figures, report entries, objectives, indicators, "
                       "expense lines, a report's projects and quarterly budgets), though their codes and names "
                       "could be one project's with OCR slips", ident[1] or ident[0])


def _say_joined_in_doubt(copy: CopyReading, first: CopyReading, known: tuple[str | None, str | None]) -> None:
    """A copy voted into a project whose body it does not print
    (_bodies_part): its code read the same, or its header one though its
    code could not tell, yet the people, budget figures or report entries
    are another project's.  Said as `copies_in_doubt` on its name and code:
    a sibling project whose code OCR read as the first's (and whose rows the
    vote mixed with the first's), or a copy whose body OCR garbled."""
    _say_in_doubt(copy, f"the copy at lines {copy.line_start}-{copy.line_end} is read as a copy of the project at "
                        f"lines {first.line_start}-{first.line_end} ({(known[1] or known[0] or '')[:60]!r}) by its "
                        "code and name, though their bodies part (the people answering for them, budget figures, "
                        "report entries, objectives, indicators, expense lines, a report's projects and quarterly "
                        "budgets): it may print a sibling project", copy.identity[1] or copy.identity[0])


def _reports_part(copy: CopyReading, before: CopyReading) -> bool:
    """Whether two copies' report entries (progress_reports) tell them
    apart: of the entries both number alike, most print another report (a
    description that is another text, OTHER_TEXT, or report dates not one
    printing misread).  A sibling project filed with its sibling's budget
    and dates, one agency's project run in each district, agrees by its
    header; copies of one project print one set of reports."""
    apart, alike = _reports_tally(copy, before)
    return apart > alike


def _reports_tally(copy: CopyReading, before: CopyReading) -> tuple[int, int]:
    """Of the report entries two copies number alike, how many print another
    report (_reports_part) and how many the same."""
    mine, theirs = copy.tables.get("progress_reports", {}), before.tables.get("progress_reports", {})
    apart = alike = 0
    for seq in mine.keys() & theirs.keys():
        a, b = mine[seq], theirs[seq]
        texts = [(r.value if r is not None else None) for r in (a.get("description"), b.get("description"))]
        dates = [(r.value if r is not None else None) for r in (a.get("report_date"), b.get("report_date"))]
        other = None
        if all(isinstance(t, str) and t.strip() for t in texts):
            ka, kb = (_text_key(t) for t in texts)
            other = bool(ka and kb) and fuzz.partial_ratio(ka, kb) < OTHER_TEXT
        if None not in dates and not confusable(str(dates[0]), str(dates[1])):
            other = True
        if other is not None:
            apart, alike = apart + other, alike + (not other)
    return apart, alike


NAME_PREFIX_MIN = 12  # the skeleton characters a name cut short keeps at least


def _name_cut_short(ident: tuple[str | None, str | None], known: tuple[str | None, str | None], copy: CopyReading,
                    before: CopyReading) -> bool:
    """Whether a copy whose name is the start of a project's name (or the
    project's name the start of its), one of the two having a code and the
    other none, is a copy of that project: a name's wrapped line lost in one
    copy (its year on the next line read as a field's) leaves names too far
    apart to agree, and the code OCR lost cannot say.  The rationale both
    copies give must then be one text."""
    if bool(ident[0]) == bool(known[0]) or not ident[1] or not known[1]:
        return False
    a, b = sorted((skeleton(comparable(ident[1])), skeleton(comparable(known[1]))), key=len)
    if len(a) < NAME_PREFIX_MIN or fuzz.ratio(a, b[: len(a)]) < IDENTITY_NAME_AGREEMENT:
        return False
    pairs = _header_texts(copy, before, ("rationale",))
    return bool(pairs) and all(ka and kb and fuzz.partial_ratio(ka, kb) >= SAME_TEXT for ka, kb in pairs)


NAME_END = 6  # the skeleton letters a name ends on that a name running on past it must keep


def _name_ran_on(ident: tuple[str | None, str | None], known: tuple[str | None, str | None], copy: CopyReading,
                 before: CopyReading) -> bool:
    """Whether a copy whose name is a project's name and more (or the
    project's the copy's and more), no two codes read to tell them apart,
    is a copy of that project: a name run on into the next line, whose
    label OCR garbled past reading ("... เขตบางแค รหัสเครงกาา ๐ต๐05๐0500
    6๓๓๓"), leaves names too far apart to agree.  The shorter name must
    agree with the longer's start (IDENTITY_NAME_AGREEMENT) and end where
    the longer has its last letters (NAME_END letters the same: names of a
    series, "... เขตบางแค" and "... เขตบางขุนเทียน", part there), and every
    header text both copies give (PROJECT_TEXTS, at least two) must be one
    text.  A name that ran on into the field after it (that field's label
    OCR damaged: ": หน่วยงานที่รับผิดชอบ", a speck read as a colon before it)
    took that field's text with it, so the copy gives one header text
    fewer: then the header texts both give (one at least) must be one text
    and the header figures must agree as well (_figures_agree)."""
    if (ident[0] and known[0]) or not ident[1] or not known[1]:
        return False
    a, b = sorted((skeleton(comparable(ident[1])), skeleton(comparable(known[1]))), key=len)
    if len(a) < NAME_PREFIX_MIN or len(a) == len(b) or a[-NAME_END:] != b[len(a) - NAME_END: len(a)] \
            or fuzz.ratio(a, b[: len(a)]) < IDENTITY_NAME_AGREEMENT:
        return False
    return _headers_agree(copy, before) or (_header_texts_one(copy, before) and _figures_agree(copy, before))


NAME_LOST_MIN = 6  # the skeleton letters a name's lost line holds at least


def _name_line_lost(ident: tuple[str | None, str | None], known: tuple[str | None, str | None], copy: CopyReading,
                    before: CopyReading) -> bool:
    """Whether a copy whose name is a project's name less a stretch inside
    it (or the project's the copy's less one), no two codes read to tell
    them apart, is a copy of that project: a name wrapped over lines one of
    which OCR lost (cut at a column's edge: "พัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิ"
    / "เขตราชเทวี" for "...เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน" / "เขตราชเทวี",
    fresh set s85o, bma_proposal_s85o004) leaves names too far apart to
    agree, and the copy was read as a project of its own with no issue
    naming it.  The shorter name must be the longer's start (NAME_PREFIX_MIN
    letters at least) and its end (NAME_END at least: names of a series part
    there), the stretch between NAME_LOST_MIN letters or more, and every
    header text both copies give (PROJECT_TEXTS, at least two) one text."""
    if (ident[0] and known[0]) or not ident[1] or not known[1]:
        return False
    a, b = sorted((skeleton(comparable(ident[1])), skeleton(comparable(known[1]))), key=len)
    if len(b) - len(a) < NAME_LOST_MIN:
        return False
    head = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    tail = next((k for k, (x, y) in enumerate(zip(reversed(a), reversed(b))) if x != y), len(a))
    if head < NAME_PREFIX_MIN or tail < NAME_END or head + tail < len(a):
        return False
    return _headers_agree(copy, before)


def _headers_agree(copy: CopyReading, before: CopyReading) -> bool:
    """Every header text both copies give (PROJECT_TEXTS, at least two) is one text."""
    return _header_texts_one(copy, before, least=2)


def _header_texts_one(copy: CopyReading, before: CopyReading, least: int = 1) -> bool:
    """Every header text both copies give (PROJECT_TEXTS, `least` at least) is one text."""
    pairs = _header_texts(copy, before)
    return len(pairs) >= least and all(ka and kb and fuzz.partial_ratio(ka, kb) >= SAME_TEXT for ka, kb in pairs)


def _say_grouping_doubt(copy: CopyReading, ident: tuple[str | None, str | None],
                        known: list[tuple[tuple[str | None, str | None], list[CopyReading]]]) -> None:
    """A copy read as a project of its own whose header is that of a project
    before it all the same (every header text both give one text, at least
    two, and the names agreeing on their common start), no two codes read to
    tell them apart: the copy may print that project, its name or code
    damaged past telling.  Said as `copies_in_doubt` on the copy's name and
    code, not split silently."""
    if not ident[1]:
        return
    mine = skeleton(comparable(ident[1]))
    for other, group in known:
        if (ident[0] and other[0]) or not other[1]:
            continue
        a, b = sorted((mine, skeleton(comparable(other[1]))), key=len)
        if len(a) < NAME_PREFIX_MIN or fuzz.ratio(a, b[: len(a)]) < IDENTITY_NAME_AGREEMENT:
            continue
        if not _headers_agree(copy, group[-1]):
            continue
        _say_copy_in_doubt(copy, group[0], f"({other[1][:60]!r}), its name or code apart, though their header "
                           "texts are one: it may print that project", ident[1])
        return


def _remember(by_code: dict[str, int], by_name: dict[str, int], ident: tuple[str | None, str | None], i: int) -> None:
    if ident[0]:
        by_code.setdefault(comparable(ident[0]), i)
    if ident[1]:
        by_name.setdefault(comparable(ident[1]), i)


def merge_copies(copies: list[CopyReading]) -> Merged:
    """Merge the copies of one document record by record, field by field."""
    tables: dict[str, dict[Any, Record]] = {}
    counts: dict[str, dict[Any, int]] = {}
    votes: dict[tuple[str, Any, str], Vote] = {}
    spans: dict[str, dict[Any, tuple[int, int]]] = {}
    issues: list[Issue] = []
    for copy in copies:
        issues.extend(copy.issues)
    names = sorted({t for c in copies for t in c.tables})
    printed: list[frozenset[str]] = []  # the copies' field texts, built at the first tie that asks (_piece_set_down)
    said: dict[tuple[str, Any, str], int] = {}  # where each field's ocr_variant issue stands in `issues`

    def elsewhere() -> frozenset[str]:
        if not printed:
            printed.append(frozenset(
                key for c in copies for records in c.tables.values() for rec in records.values()
                for r in rec.values() if isinstance(r.value, str)
                and len(key := _spaceless(r.value)) >= PIECE_MIN))
        return printed[0]

    if len(copies) == 1:  # nothing to vote on
        copy = copies[0]
        for table in names:
            records = copy.tables[table]
            tables[table] = dict(records)
            counts[table] = dict.fromkeys(records, 1)
            spans[table] = {k: (min(r.line_start for r in rec.values()), max(r.line_end for r in rec.values()))
                            for k, rec in records.items()}
        return Merged(tables, counts, issues, votes, 1, spans)
    for table in names:
        # each record's copies, in copy order: one pass, not one pass a record
        by_key: dict[Any, list[tuple[int, Record]]] = {}
        for copy in copies:
            for key, rec in copy.tables.get(table, {}).items():
                by_key.setdefault(key, []).append((copy.index, rec))
        merged: dict[Any, Record] = {}
        if by_key:
            table_counts, table_spans = counts.setdefault(table, {}), spans.setdefault(table, {})
        for key, present in by_key.items():
            table_counts[key] = len(present)
            first = present[0][1].values()
            table_spans[key] = (min([r.line_start for r in first]), max([r.line_end for r in first]))
            fields = dict.fromkeys([f for _, rec in present for f in rec])  # in first-seen order
            record: Record = {}
            for name in fields:
                readings = [(ci, rec[name]) for ci, rec in present if name in rec]
                # a copy that could not read the value (None, its text kept for a repair) has no vote
                read = [(ci, r) for ci, r in readings if r.value is not None]
                v = vote(read or readings, elsewhere)
                if read and len(read) < len(readings):
                    v.unread = [(ci, r) for ci, r in readings if r.value is None]
                record[name] = v.winner
                votes[(table, key, name)] = v
                if v.disagreement:
                    said[(table, key, name)] = len(issues)
                    issues.append(_variant_issue(table, key, name, v, len(copies), present[0][1].get(name)))
            merged[key] = record
        tables[table] = merged
    _amount_tie_by_total(copies, tables, votes, issues, said)
    _description_tie_by_tail(copies, tables, votes, issues, said)
    return Merged(tables, counts, issues, votes, len(copies), spans)


# The fields of a copy's project record that print the budget's total: the amount in figures and in words, the
# expense table's total (parsers.bma_proposal.tables.read_budget).
_TOTAL_FIELDS = ("budget_allocated", "budget_in_words", "budget_table_total")


def _amount_tie_by_total(copies: list[CopyReading], tables: dict[str, dict[Any, Record]],
                         votes: dict[tuple[str, Any, str], Vote], issues: list[Issue],
                         said: dict[tuple[str, Any, str], int]) -> None:
    """An expense line's amount the copies tie on, the one such tie among
    the lines' amounts that no reading's plausibility broke (EARLIEST): the
    reading with which the lines add up to a total the document prints (any
    copy's amount in figures or words, or its table's total) where the
    others' readings add up to none; its vote and its ocr_variant issue say
    so.  Else the tie stands as broken."""
    expenses = tables.get("expenses")
    if not expenses:
        return
    tied = [key for key in expenses if (v := votes.get(("expenses", key, "amount"))) is not None
            and v.tie_break == EARLIEST]
    if len(tied) != 1:
        return
    key = tied[0]
    v = votes[("expenses", key, "amount")]
    rest = [rec.get("amount") for k, rec in expenses.items() if k != key]
    if any(r is None or not isinstance(r.value, Decimal) for r in rest):
        return
    totals = {r.value for c in copies for rec in c.tables.get("project", {}).values()
              for name in _TOTAL_FIELDS if (r := rec.get(name)) is not None and isinstance(r.value, Decimal)}
    others = sum((r.value for r in rest), Decimal(0))
    fits = [g for g in _tied_groups(v) if isinstance(g.representative()[1].value, Decimal)
            and others + g.representative()[1].value in totals]
    if len(fits) != 1 or fits[0] is v.groups[0]:
        return
    _retie(copies, ("expenses", key, "amount"), v, fits[0], expenses[key], issues, said,
           "the other readings make the expense lines add up to no total the document prints (its amount in figures "
           "or words, or a copy's table total); this one makes them add up to one")


def _tied_groups(v: Vote) -> list[Group]:
    """The groups of a vote that as many copies read as the winner's: the readings its tie-break chose among."""
    size = len(v.groups[0].copies)
    return [g for g in v.groups if len(g.copies) == size]


def _retie(copies: list[CopyReading], field: tuple[str, Any, str], v: Vote, group: Group, record: Record,
           issues: list[Issue], said: dict[tuple[str, Any, str], int], why: str) -> None:
    """A tie broken again after the merge (the document's own sums or cells say which reading): `group` made the
    vote's winner, `why` its tie-break, the record's field set to it, and the field's ocr_variant issue said anew."""
    table, key, name = field
    v.groups = [group, *(g for g in v.groups if g is not group)]
    v.winner_copy, v.winner = group.representative()
    v.tie_break = why
    record[name] = v.winner
    at = said.get(field)
    if at is not None:
        row = next((rec.get(name) for c in copies if (rec := c.tables.get(table, {}).get(key))), None)
        issues[at] = _variant_issue(table, key, name, v, len(copies), row)


# The record tables and fields of the in-flight copies whose output column has
# another name: an issue names the column an analyst finds in the tables.
OUTPUT_TABLES = {"project": "projects", "summary": "report_summaries", "kpis": "targets",
                 "year_mentions": "report_summaries"}
OUTPUT_FIELDS = {
    ("summary", "office"): "agency", ("year_mentions", "text"): "fiscal_year_be",
    ("kpis", "value"): "target_value", ("kpis", "type"): "indicator_type",
    ("project", "budget_in_words"): "budget_allocated", ("project", "budget_table_total"): "budget_allocated",
    ("progress_reports", "report_date_printed"): "report_date",  # a date's text where no date could be read
    ("progress_reports", "disbursed_printed"): "disbursed",  # an amount's text that does not parse
    **{("summary", f"pct_{s}"): f"n_{s}" for s in ("completed", "in_progress", "not_started")},
}


def output_field(table: str, name: str) -> str:
    """`table.column` of the output for a field of a copy's record."""
    return f"{OUTPUT_TABLES.get(table, table)}.{OUTPUT_FIELDS.get((table, name), name)}"


# What a report's description never holds, at its end where one copy's reading runs on past the other's: the words
# of the entries table's row titles and flags (ความก้าวหน้าของงานฯ, งบประมาณที่เบิกใช้, ความสอดคล้องกับ..., เป็นไปตาม...,
# รายการ, รายงานครั้งที่, วันที่รายงาน, รายละเอียดการดำเนินงาน), or a clause's separator or sign ("::", "=": a figure's
# clause, an expense line): the next cells of the table, which OCR's reading order ran into the cell.  (Figures or
# marks alone are not taken for them: "2019" ends "...โคโรนา 2019", "๓)" ends "(กิจกรรมที่ ๓)".)
_TAIL_FURNITURE_RE = re.compile("|".join(
    [mark_tolerant(w) for w in ("ความก้าวหน้า", "งบประมาณที่", "เบิกใช้", "สอดคล้อง", "เป็นไปตาม", "รายการ",
                                "รายงานครั้ง", "วันที่รายงาน", "รายละเอียดการ")] + [r"::", "="]))


def _description_tie_by_tail(copies: list[CopyReading], tables: dict[str, dict[Any, Record]],
                             votes: dict[tuple[str, Any, str], Vote], issues: list[Issue],
                             said: dict[tuple[str, Any, str], int]) -> None:
    """A report's description (the BMA progress form's progress_reports)
    the copies tie on, two readings as many copies each, where one is the
    other with more after it (spaces aside) and what runs on past it holds
    the entries table's furniture (_TAIL_FURNITURE_RE: a row title's or
    flag's words, a clause's sign): the reading without
    it, whatever the tie-break chose (the words' dictionary plausibility,
    the earlier copy), its vote and its ocr_variant issue saying so.  The
    other copy read the cell and the next cells after it as one (a table
    read column by column), and the words it adds are no description's.
    Else the tie stands as broken."""
    reports = tables.get("progress_reports")
    if not reports:
        return
    for key, record in reports.items():
        v = votes.get(("progress_reports", key, "description"))
        if v is None or v.tie_break is None or len(v.groups) < 2:
            continue
        level = _tied_groups(v)
        texts = [g.representative()[1].value for g in level]
        if len(level) != 2 or not all(isinstance(t, str) for t in texts):
            continue
        bare = ["".join(t.split()) for t in texts]
        short = 0 if len(bare[0]) < len(bare[1]) else 1
        tail = bare[1 - short][len(bare[short]):]
        if not bare[short] or not tail or not bare[1 - short].startswith(bare[short]) \
                or not _TAIL_FURNITURE_RE.search(tail):
            continue
        if level[short] is v.groups[0]:
            continue
        _retie(copies, ("progress_reports", key, "description"), v, level[short], record, issues, said,
               "the other readings are it with the entries table's next cells after it (a row title's or flag's "
               "words, a clause's sign), which no description holds")


def _variant_issue(table: str, key: Any, name: str, v: Vote, n_copies: int, row_reading: Reading | None = None) -> Issue:
    """The `ocr_variant` issue of a field the copies disagree on.  It stands
    at the field as the row's copy reads it (`row_reading`: the first copy
    that has the record, whose lines the output row carries, merged.span):
    the row is where an analyst meets the doubted value, and the kept reading
    may be another copy's, at lines far from the row's (every reading's lines
    are in the evidence; the kept one's in the message).  Without the row's
    copy's reading, at the kept reading."""
    where = "" if table == "project" else f" (record {key if not isinstance(key, tuple) else key[0]})"
    field_name = output_field(table, name)
    how = f"; tie broken by {v.tie_break}" if v.tie_break else f"; {v.overruled}" if v.overruled else ""
    winner_copies = len(v.groups[0].copies)
    at = v.winner
    kept_at = ""
    if row_reading is not None and row_reading.span != at.span:
        at = row_reading
        kept_at = f", read at lines {v.winner.line_start}-{v.winner.line_end}"
    return Issue(
        "warning",
        "ocr_variant",
        f"copies disagree on {field_name}{where}: kept {str(v.winner.value)[:80]!r} "
        f"({winner_copies} of {n_copies} copies{how}{kept_at})",
        variant_evidence(v),
        at.line_start,
        at.line_end,
        field=field_name,
    )
