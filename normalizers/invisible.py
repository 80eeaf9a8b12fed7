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


def numbered_lines(lines: list[str], fixes: Counter[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line, an over-long line as several
    pieces with its number (counted as `long_line_cut`)."""
    for no, line in enumerate(lines, start=1):
        if len(line) <= MAX_LINE:
            yield no, line
        else:
            fixes["long_line_cut"] += 1
            for piece in cut_long_line(line):
                yield no, piece


def line_number_at(text: str, index: int) -> int:
    """The 1-based line holding character `index`, breaks counted as the
    clean-up splits lines."""
    return 1 + sum(1 for _ in _BREAK_RE.finditer(text, 0, index))
