"""The clean stage's word substitutions, named where they land in a value.

The clean stage rewrites Latin letters OCR read for a Thai word into the
word where the context leaves no doubt (normalizers.text.fix_latin_misreads:
"UM" after an amount -> บาท, "az" after ๆ -> ละ, "W.A." before a year ->
พ.ศ., a short Latin word before ติดตาม -> นิเทศ) before any parser sees the
line, and only counts the lines it changed (the document's `clean_fixes`).
Where such a word is part of a text a row keeps (an activity's name, a
progress note, a description), the value rests on a repair: a
`value_repaired` issue, rule "latin_misread", names the field at the lines
the words were substituted on, with the text as printed (the Latin letters
put back), the value and each [printed, read] pair; a `repair_ambiguous`
issue instead where a word may as well be another (the era พ.ศ. before a
figure of two digits, which the month พ.ค. stands before too: in_doubt).
A word that only served to find a field (the label "พ.ศ." before a date,
the "บาท" after an amount read as a number) lands in no text value and gets
none.  Values are never changed here.

Nothing of this runs on the clean stage's path: only a document whose
clean-up counts a fix_latin_misreads line has its lines looked at again
(their raw text is read back from the decoded text as the clean stage split
it), and only the lines holding a Latin letter.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from normalizers.invisible import fix_invisible_and_explain, numbered_lines
from normalizers.text import LINE_FIXES, latin_misread_words
from pipeline.clean import REPEAT_RUN, split_lines
from schemas.document import Issue, Line

RULE = "latin_misread"
FIX = "fix_latin_misreads"
# the fixes the clean stage applies before fix_latin_misreads (its words are found in the text as they leave it)
_BEFORE = [fix for name, fix in LINE_FIXES[:[name for name, _ in LINE_FIXES].index(FIX)]]
_LATIN_RE = re.compile(r"[A-Za-z]")
_SPACE_RE = re.compile(r"\s+")
# characters of the line's text on each side of a substituted word (spaces aside) that a value must print around
# the word, where neither the value nor the line ends sooner, for the word to be the value's
CONTEXT = 6
_NOT_TEXTS = frozenset({"doc_id", "project_key", "source_path", "sha256"})


class Substitution:
    """One word the clean stage put in place of Latin letters: its line's
    number, the letters printed, the word read, and where the word stands in
    the cleaned line's text with its spaces taken out (`at`), that text."""

    __slots__ = ("no", "printed", "read", "at", "line")

    def __init__(self, no: int, printed: str, read: str, at: int, line: str) -> None:
        self.no, self.printed, self.read, self.at, self.line = no, printed, read, at, line


def substitutions(text: str, lines: list[Line], fixes: dict[str, int]) -> list[Substitution]:
    """The words fix_latin_misreads substituted on the text lines of a
    document (`text` as decoded, `lines` as cleaned from it, `fixes` the
    clean stage's counts: nothing is looked at where it counts none)."""
    if not fixes.get(FIX):
        return []
    cleaned: dict[int, list[Line]] = {}  # each line's pieces as cleaned (an over-long line is several)
    for ln in lines:
        if ln.kind != "page_break":  # (a form feed's mark, beside its line's piece)
            cleaned.setdefault(ln.no, []).append(ln)
    out: list[Substitution] = []
    text, _ = fix_invisible_and_explain(text)
    pieces: Counter[int] = Counter()
    for no, raw, repeats in numbered_lines(split_lines(text), Counter(), REPEAT_RUN):  # (as pipeline.clean cut them)
        piece = pieces[no]
        pieces[no] += 1
        if repeats or not _LATIN_RE.search(raw) or piece >= len(cleaned.get(no, ())) \
                or cleaned[no][piece].kind != "text":
            continue
        raw = raw.replace("\f", " ")
        for fix in _BEFORE:
            raw = fix(raw)
        line = cleaned[no][piece].text
        for printed, read, k in latin_misread_words(raw):
            at = -1
            for _ in range(k + 1):  # the word's (k+1)th printing in the cleaned line
                at = line.find(read, at + 1)
                if at < 0:
                    break
            if at >= 0:
                out.append(Substitution(no, printed, read, len(_SPACE_RE.sub("", line[:at])), _SPACE_RE.sub("", line)))
    return out


def _lands(value: str, sub: Substitution) -> int | None:
    """Where (in `value` with its spaces taken out) the substituted word
    stands, the value printing the line's text around it: CONTEXT characters
    of it on one side, or on each side as far as the value or the line goes;
    None if it does not."""
    word, line, at = sub.read, sub.line, sub.at
    q = value.find(word)
    while q >= 0:
        left = 0
        while left < CONTEXT and q - left > 0 and at - left > 0 and value[q - left - 1] == line[at - left - 1]:
            left += 1
        right, v_end, l_end = 0, q + len(word), at + len(word)
        while right < CONTEXT and v_end + right < len(value) and l_end + right < len(line) \
                and value[v_end + right] == line[l_end + right]:
            right += 1
        # both sides printed as far as they go, or one side as far as CONTEXT (the value's other side may hold
        # another repair's letters: "พ.ศ.," where the line prints "พ.ศ. 2545")
        if left == CONTEXT or right == CONTEXT or (q - left == 0 or at - left == 0) \
                and (v_end + right == len(value) or l_end + right == len(line)):
            return q
        q = value.find(word, q + 1)
    return None


def _printed(value: str, found: list[tuple[int, Substitution]]) -> str:
    """The value with the Latin letters printed put back for the words read
    (positions `found` in the value with its spaces taken out)."""
    to_raw = [i for i, ch in enumerate(value) if not ch.isspace()]
    out = value
    for q, sub in sorted(found, key=lambda f: -f[0]):
        start = to_raw[q]
        end = to_raw[q + len(sub.read) - 1] + 1
        out = out[:start] + sub.printed + out[end:]
    return out


def flag_substituted(tables: dict[str, list[dict[str, Any]]], subs: list[Substitution]) -> list[Issue]:
    """A `value_repaired` issue (rule latin_misread) for each text value of
    the rows whose lines hold a line with a substituted word that the value
    prints (see module doc)."""
    if not subs:
        return []
    out: list[Issue] = []
    for table, rows in tables.items():
        for row in rows:
            start, end = row.get("line_start"), row.get("line_end")
            if start is None or end is None:
                continue
            near = [s for s in subs if start <= s.no <= end]
            if not near:
                continue
            for column, value in row.items():
                if not isinstance(value, str) or column in _NOT_TEXTS:
                    continue
                squashed = _SPACE_RE.sub("", value)
                found: list[tuple[int, Substitution]] = []
                for sub in near:
                    q = _lands(squashed, sub)
                    if q is not None and all(q != p for p, _ in found):
                        found.append((q, sub))
                if found:
                    out.append(_issue(f"{table}.{column}", row, value, found))
    return out


# the era read before a figure of two digits or fewer: a short year, which the month พ.ค. stands before as well
# ("ม.ค. ๖๙ ถึง W.A. ๖๙", a proposal's period whose range word is no dash: the clean stage's look-behind for a
# range's dash does not see it); a full year has four digits (three where OCR lost one: "พ.ศ. ๒๕๒")
_SHORT_FIGURE_RE = re.compile(r"[\d๐-๙]{1,2}(?![\d๐-๙])")
_ERA, _MONTH = "พ.ศ.", "พ.ค."


def in_doubt(sub: Substitution) -> list[str]:
    """The words a substituted word may as well be, itself first; [] where
    the context leaves it no other (the era พ.ศ. before a short figure may be
    the month พ.ค.: see _SHORT_FIGURE_RE)."""
    if sub.read == _ERA and _SHORT_FIGURE_RE.match(sub.line, sub.at + len(sub.read)):
        return [_ERA, _MONTH]
    return []


def _issue(field: str, row: dict[str, Any], value: str, found: list[tuple[int, Substitution]]) -> Issue:
    words = [[sub.printed, sub.read] for _, sub in sorted(found, key=lambda f: f[0])]
    printed = _printed(value, found)
    shown = ", ".join(f"{a!r} -> {b!r}" for a, b in words)
    lines = min(sub.no for _, sub in found), max(sub.no for _, sub in found)
    doubts = [(sub, others) for _, sub in sorted(found, key=lambda f: f[0]) if (others := in_doubt(sub))]
    if doubts:
        sub, others = doubts[0]
        evidence = {"rule": RULE, "printed": printed, "chosen": value, "words": words, "candidates": others}
        return Issue("warning", "repair_ambiguous",
                     f"{field}: Latin letters OCR read for a Thai word, read by the clean stage as {sub.read!r} "
                     f"({shown}), which may as well be {' or '.join(repr(o) for o in others[1:])} (a short figure "
                     "after it): kept as the clean stage read it, in doubt (normalizers.text.fix_latin_misreads)",
                     json.dumps(evidence, ensure_ascii=False), *lines, field=field, project_key=row.get("project_key"))
    evidence = {"rule": RULE, "printed": printed, "chosen": value, "words": words}
    return Issue("warning", "value_repaired",
                 f"{field}: Latin letters OCR read for a Thai word, read as the word by the clean stage ({shown}): "
                 "the context leaves no other word (normalizers.text.fix_latin_misreads)",
                 json.dumps(evidence, ensure_ascii=False), *lines, field=field, project_key=row.get("project_key"))
