"""Thai digits an OCR'd report never shows, and the figures they make doubtful.

An OCR engine may not tell some Thai digits apart at all: tesseract's Thai
model reads every ๔, ๘ and ๙ as ๕, ๖ as ๒ or ๐, ๗ as ๓ or ๕, and writes no
๔, ๖, ๗, ๘ or ๙ anywhere.  A document says so itself: among its hundreds of
Thai digits some never occur, where printed text holds each of the ten (the
clean corpus: none of its documents with 100 Thai digits or more lacks one).
In such a document a figure printed once, with a digit that may stand for a
digit never read (normalizers.confusions.MISREADS), is doubtful: its value
may be right or not, and nothing in the document says which.  It is kept as
read, and an `ocr_digits_doubtful` warning names its field, so that the
damage the parser can see is not silent.  A figure a constraint settled (a
repair, a flagged ambiguity) is not flagged again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import regex

from normalizers.confusions import LOOKALIKES, MISREADS
from normalizers.dates import MONTH_TOKEN
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant
from schemas.document import Issue, Line

MIN_DIGITS = 150  # Thai digits a document needs before a digit it lacks tells anything
MIN_UNREAD = 2  # digits it must lack (one rare digit may be absent from real text)

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_DIGIT_RE = regex.compile("[๐-๙]")
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
# a number printed in Thai digits (with its separators): "๑๕,๕๐๐.๐๐", "๒๕"
_THAI_NUMBER_RE = regex.compile(r"[๐-๙](?:[๐-๙,.]*[๐-๙])?")


def unread_digits(lines: Iterable[Line]) -> str:
    """The digits (Arabic) the document's text never shows in Thai print,
    when it holds enough Thai digits to tell (see module doc); "" if not."""
    counts = Counter(_THAI_DIGIT_RE.findall("\n".join(ln.text for ln in lines)))
    if sum(counts.values()) < MIN_DIGITS:
        return ""
    unread = "".join(thai_digits_to_arabic(d) for d in _THAI_DIGITS if not counts[d])
    return unread if len(unread) >= MIN_UNREAD else ""


def doubtful_digits(unread: str) -> str:
    """The Thai digits that may stand for a digit never read (as printed)."""
    return "".join(sorted({r for d in unread for r in MISREADS.get(d, "")})).translate(_TO_THAI)


# Where free text states a figure: a count or share ("จำนวน ๖๔ คน", "ร้อยละ ๘๐"), a date's day before
# its month and its year after it ("๒ พฤษภาคม พ.ศ. ๒๕๖๕", "พ.ศ." as OCR left it: "wa."; the month
# as normalizers.dates reads it).  Other numbers of a text are names ("ศตวรรษที่ ๒๑", "เขต ๔",
# "ฉบับที่ ๑๒"), which a reader does not take as data.
_FIGURE_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}|{mark_tolerant('ร้อยละ')})\s*({_THAI_NUMBER_RE.pattern})"
    rf"|({_THAI_NUMBER_RE.pattern})\s*(?={MONTH_TOKEN})"
    rf"|(?:{MONTH_TOKEN})\s*(?:[^\s\d๐-๙]{{1,4}}\s*)?({_THAI_NUMBER_RE.pattern})"
    rf"|(?:{mark_tolerant('ปีการศึกษา')}|{mark_tolerant('ปีงบประมาณ')})\s*({_THAI_NUMBER_RE.pattern})"  # a year
)
# a count whose digits OCR read as letters ("จำนวน mo คน" for ๓๐): a short token of look-alikes only
_LETTER_COUNT_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}|{mark_tolerant('ร้อยละ')})\s*([{regex.escape(''.join(LOOKALIKES))}]{{1,4}})(?=\s|$)")


def doubtful_numbers(text: str, doubtful: str, figures_only: bool = False) -> list[str]:
    """The numbers of `text` printed in Thai digits that hold a doubtful
    digit; with `figures_only`, only those free text states as figures, and
    the counts OCR left as letters (whatever the document's digits)."""
    letters = [m.group(1) for m in _LETTER_COUNT_RE.finditer(text)] if figures_only else []
    if not doubtful or not regex.search(f"[{doubtful}]", text):
        return letters
    if figures_only:
        found = [next(g for g in m.groups() if g) for m in _FIGURE_RE.finditer(text)]
    else:
        found = [m.group(0) for m in _THAI_NUMBER_RE.finditer(text)]
    return [n for n in found if any(ch in doubtful for ch in n)] + letters


# the text fields of the OBEC rows, by table, whose digits are read from the text as printed
TEXT_FIELDS = {
    "projects": ("name",),
    "targets": ("text",),
    "activities": ("text", "progress"),
    "alignments": ("text",),
    "findings": ("text",),
    "quarterly_budgets": ("note",),
}


# a letter OCR put where a digit stood, glued to a figure's digits ("o,032" for ๗,๐๓๒): what it was
# is not known (normalizers.confusions.LOOKALIKES lists what it may have been)
_LOOKALIKE_IN_NUMBER_RE = regex.compile(
    rf"[{regex.escape(''.join(LOOKALIKES))}](?=[\d๐-๙,.]*[\d๐-๙])(?<![\u0e01-\u0e4e][{regex.escape(''.join(LOOKALIKES))}])"
    rf"|(?<=[\d๐-๙][\d๐-๙,.]*)[{regex.escape(''.join(LOOKALIKES))}](?![A-Za-z\u0e01-\u0e4e])")


def flag_doubtful(unread: str, tables: dict[str, list[dict[str, Any]]], figures: list[tuple[str, dict, str]],
                  settled: list[Issue]) -> list[Issue]:
    """An ocr_digits_doubtful warning for each text field of the rows, and
    each figure ((field, row, printed)), that prints a doubtful number,
    unless an issue of `settled` already names that field on those lines;
    and for each figure with a letter OCR put where a digit stood, whatever
    the document's digits."""
    doubtful = doubtful_digits(unread)
    named = {(i.field, i.line_start, i.line_end) for i in settled if i.field}
    unread_th = unread.translate(_TO_THAI)
    out: list[Issue] = []

    def flag(field: str, row: dict, printed: str, what: str) -> None:
        numbers = doubtful_numbers(printed, doubtful, figures_only=what == "the text")
        letter = _LOOKALIKE_IN_NUMBER_RE.search(printed) if what == "the figure" else None
        span = (row.get("line_start"), row.get("line_end"))
        if not (numbers or letter) or any(f == field and _overlaps((a, b), span) for f, a, b in named):
            return
        thai = [n for n in numbers if _THAI_NUMBER_RE.fullmatch(n)]
        if thai:
            why = (f"{what} printed {', '.join(thai[:5])!r} in Thai digits; this document's OCR never read a "
                   f"{' '.join(unread_th)}, so each {' '.join(doubtful)} may stand for one of them")
        else:
            where = letter.group(0) if letter else ", ".join(numbers[:5])
            why = f"{what} printed {printed.strip()[:80]!r} holds {where!r} where digits stood"
        out.append(Issue("warning", "ocr_digits_doubtful", f"{field}: {why}; kept as read",
                         {"text": " ".join(numbers[:20]) or printed.strip(), "unread": unread_th},
                         *span, project_key=row.get("project_key"), field=field))

    for table, columns in TEXT_FIELDS.items():
        for row in tables.get(table, []):
            for column in columns:
                value = row.get(column)
                if isinstance(value, str):
                    flag(f"{table}.{column}", row, value, "the text")  # its figures (see _FIGURE_RE)
    for field, row, printed in figures:
        flag(field, row, printed, "the figure")
    return out


def _overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    if None in a or None in b:
        return a == b
    return a[0] <= b[1] and b[0] <= a[1]
