"""Characters a reader does not see: line breaks other than \\n and \\r,
invisible format and control characters, and lines too long to be a line.

A vertical tab, NEL (U+0085) and the Unicode line and paragraph separators
(U+2028, U+2029) end a line as a newline does.  Zero-width spaces and
joiners, bidi marks and embeddings, the soft hyphen, a BOM inside the text
and control characters (other than tab, newline, carriage return and form
feed) are dropped: between two Thai letters they would hide a label from
every parser.  Left alone: the form feed (a page break the clean-up marks)
and visible characters, whatever they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import regex

# The breaks a text editor may not show but a line reader must honour.
# (stdlib re for the two character classes run over whole texts: two to three times faster than regex)
_ODD_BREAK_RE = re.compile(r"[\v\x85\u2028\u2029]")
# Every line break, as the clean-up splits lines (CRLF is one break).
_BREAK_RE = regex.compile(r"\r\n|[\n\r\v\x85\u2028\u2029]")
# Zero-width and bidi format characters, the soft hyphen, a stray BOM, tag
# characters; C0 and C1 controls but \t \n \v \f \r and NEL.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0001\U000e0020-\U000e007f"
    "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]+"
)


def unify_line_breaks(text: str) -> tuple[str, int]:
    """\\v, U+0085, U+2028 and U+2029 as \\n; (text, how many were changed)."""
    n = len(_ODD_BREAK_RE.findall(text))
    return (_ODD_BREAK_RE.sub("\n", text) if n else text), n


def drop_invisible(text: str) -> tuple[str, int]:
    """Text without invisible format and control characters; (text, how
    many lines lost some)."""
    if not _INVISIBLE_RE.search(text):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        fixed = _INVISIBLE_RE.sub("", line)
        if fixed != line:
            lines[i] = fixed
            changed += 1
    return "\n".join(lines), changed


def fix_invisible_and_explain(text: str) -> tuple[str, Counter[str]]:
    """Both fixes on a whole decoded text, counted for `clean_fixes`:
    `line_break` (breaks made newlines) and `invisible_char` (lines that
    lost invisible characters)."""
    fixes: Counter[str] = Counter()
    text, fixes["line_break"] = unify_line_breaks(text)
    text, fixes["invisible_char"] = drop_invisible(text)
    return text, +fixes


# A line longer than this is read as several (each keeping the line's
# number): no real form prints one (the longest in the corpus is about
# 36,000 characters, a whole report on one line), and per-line work and
# memory stay bounded however long a hostile line is.
MAX_LINE = 100_000
_CUT_SEARCH = 2_000  # how far back a cut looks for white space


def cut_long_line(line: str, limit: int = MAX_LINE) -> list[str]:
    """`line` in pieces of at most `limit` characters, cut at white space
    where there is some near the limit, never inside a character's marks."""
    if len(line) <= limit:
        return [line]
    pieces = []
    start = 0
    while len(line) - start > limit:
        cut = start + limit
        space = line.rfind(" ", cut - _CUT_SEARCH, cut)
        if space > start:
            cut = space + 1
        else:  # a mark belongs with the letter before it, unless marks are all there is
            back = cut
            while back > cut - _CUT_SEARCH and _is_mark(line[back]):
                back -= 1
            if back > start and not _is_mark(line[back]):
                cut = back
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def _is_mark(ch: str) -> bool:
    return bool(unicodedata.combining(ch)) or unicodedata.category(ch) == "Mn"


# A piece of one line printed over and over (a clause, a label, a separator
# repeated by a broken export): when it fills at least REPEAT_SPAN characters
# in more than `repeat_run` copies in a row, the line is cut around the run:
# its first copy is read, the others are one piece the clean-up marks
# "repeated" (as it marks a line printed hundreds of times in a row,
# pipeline.clean.REPEAT_RUN) instead of every parser reading each copy.  No
# form's line holds such a run: the longest dotted leader is far shorter.
REPEAT_SPAN = 10_000
_REPEAT_UNIT = 2_000  # the longest piece looked for
_REPEAT_STRIDE = 4_096  # where a run is sampled: a run of REPEAT_SPAN holds a sample with room after it
_PROBE = 16


def repeated_runs(line: str, repeat_run: int) -> list[tuple[int, int, int]]:
    """(start, end, period) of each run in `line` of one piece repeated
    `repeat_run` times or more in a row over REPEAT_SPAN characters or more;
    in a line longer than MAX_LINE, also of a long piece (a whole form a
    broken export printed over and over without line breaks) whose copies
    in a row, more than LONG_REPEATS of them, fill more than MAX_LINE
    characters (long_runs).
    Linear: a few samples of the line each look for their next occurrence
    within _REPEAT_UNIT characters, and only a piece that recurs is followed."""
    runs = _short_runs(line, repeat_run)
    if len(line) > MAX_LINE:
        longs = [r for r in long_runs(line) if not any(r[0] < e and s < r[1] for s, e, _ in runs)]
        runs = sorted(runs + longs)
    return runs


def _short_runs(line: str, repeat_run: int) -> list[tuple[int, int, int]]:
    runs: list[tuple[int, int, int]] = []
    if len(line) < REPEAT_SPAN:
        return runs
    i = 0
    while i + _PROBE <= len(line):
        probe = line[i:i + _PROBE]
        found = line.find(probe, i + 1, i + _REPEAT_UNIT + _PROBE)
        if found > 0:
            period = found - i
            unit = line[i:found]
            start, end = _extend(line, unit, i)
            if (end - start) // period > repeat_run and end - start >= REPEAT_SPAN:
                runs.append((start, end, period))
                i = end
                continue
        i += _REPEAT_STRIDE
    return runs


_LONG_PROBE = 64  # characters a sample of a long run is looked for by
_LONG_TRIES = 64  # occurrences of a sample tried as the end of its piece
_LONG_STRIDE = MAX_LINE // 4  # where a long run is sampled: a run over MAX_LINE holds three samples
LONG_REPEATS = 16  # copies of a long piece in a row that make a run (a form printed a few times is copies)


def long_runs(line: str) -> list[tuple[int, int, int]]:
    """(start, end, period) of each run in `line` of a piece of up to
    MAX_LINE / 2 characters repeated in a row over more than MAX_LINE
    characters, more than LONG_REPEATS times (a form printed two to four
    times, even on one line, is copies that vote, not a run).  A sample of the line every
    _LONG_STRIDE characters is looked for further on; an occurrence where
    the text from the sample repeats itself whole gives the piece.  Linear
    in the line's length: a few dozen samples, each searched over at most
    MAX_LINE / 2 characters and tried at a bounded number of occurrences."""
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i + _LONG_PROBE <= len(line):
        period = _long_period(line, i)
        if period:
            start, end = _extend(line, line[i:i + period], i)
            if end - start > MAX_LINE and (end - start) // period > LONG_REPEATS:
                runs.append((start, end, period))
                i = end
                continue
        i += _LONG_STRIDE
    return runs


def _long_period(line: str, i: int) -> int:
    """The length of the piece from `i` that the line repeats right after
    it, found among the next occurrences of the text at `i` (0 if none)."""
    probe = line[i:i + _LONG_PROBE]
    j = i
    for _ in range(_LONG_TRIES):
        j = line.find(probe, j + 1, i + MAX_LINE // 2 + _LONG_PROBE)
        if j < 0:
            return 0
        if line.startswith(line[i:j], j):
            return j - i
    return 0


def _extend(line: str, unit: str, at: int) -> tuple[int, int]:
    """The run of whole copies around `at` of `unit` (or of the turn of it
    that starts the run: 'ที่ ครั้ง' ... is 'ครั้งที่ ' ... from where the run
    starts): back 64 copies a step while they last, then one, then a letter
    at a time; then forward from there the same way."""
    p = len(unit)
    start = at
    for block in (unit * 64, unit):
        while start - len(block) >= 0 and line.startswith(block, start - len(block)):
            start -= len(block)
    while start > 0 and line[start - 1] == line[start - 1 + p]:  # fewer than p steps
        start -= 1
    unit = line[start:start + p]
    end = start
    for block in (unit * 64, unit):
        while line.startswith(block, end):
            end += len(block)
    return start, end


def numbered_lines(lines: list[str], fixes: Counter[str],
                   repeat_run: int = 0) -> Iterator[tuple[int, str, bool]]:
    """(line number, text, repeats) of each line, an over-long line as
    several pieces with its number (counted as `long_line_cut`); with
    `repeat_run`, a line holding a piece repeated more than that many times
    in a row over REPEAT_SPAN characters is cut around the run (counted as
    `repeat_cut`): its first copy is a piece, and the other copies one piece
    with `repeats` true."""
    for no, line in enumerate(lines, start=1):
        runs = repeated_runs(line, repeat_run) if repeat_run and len(line) >= REPEAT_SPAN else ()
        if len(line) <= MAX_LINE and not runs:
            yield no, line, False
            continue
        if runs:
            fixes["repeat_cut"] += 1
        if len(line) > MAX_LINE:
            fixes["long_line_cut"] += 1
        at = 0
        for start, end, period in runs:
            for piece in cut_long_line(line[at:start]) if start > at else ():
                yield no, piece, False
            yield no, line[start:start + period], False
            yield no, line[start + period:end], True
            at = end
        if at < len(line):
            for piece in cut_long_line(line[at:]):
                yield no, piece, False


def repeat_count(rest: str) -> int:
    """How many copies a run cut by numbered_lines holds, from the piece of
    its copies after the first (`rest`): one more than `rest` holds of the
    shortest piece it is made of."""
    period = (rest + rest).find(rest, 1)
    return 1 + len(rest) // period if 0 < period < len(rest) else 2


def line_number_at(text: str, index: int) -> int:
    """The 1-based line holding character `index`, breaks counted as the
    clean-up splits lines."""
    return 1 + sum(1 for _ in _BREAK_RE.finditer(text, 0, index))
