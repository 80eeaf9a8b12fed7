"""Thai-digit figures of an OBEC report its OCR cannot have read right.

parsers.digits tells from the document itself which Thai digits its OCR
never reads, and which printed numbers are doubtful for it.  Here: the OBEC
rows' text fields, and the figures its rows pass (budget amounts, summary
figures), that print such a number are kept as read, and an
`ocr_digits_doubtful` warning names their field, so that the damage the
parser can see is not silent.  A figure a constraint settled (a repair, a
flagged ambiguity) is not flagged again.
"""

from __future__ import annotations

from typing import Any

import regex

from normalizers.confusions import LOOKALIKES
from normalizers.text import standard_re
from parsers.digits import THAI_NUMBER_RE, TO_THAI, doubtful_digits, doubtful_numbers, unread_digits
from schemas.document import Issue

__all__ = ["TEXT_FIELDS", "flag_doubtful", "unread_digits"]

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


# a symbol OCR put where a count's digits stood, standing alone after the word that counts ("จำนวน > คน",
# "จำนวน « โรงเรียน"), or where its first digit stood, glued to the others ("จำนวน «๕ คน" for ๙๕): what the count
# was is not known; a dash (a count the form leaves blank) is left alone
_SYMBOL_COUNT_RE = regex.compile(r"(?:จำนวน|ร้อยละ)\s*+(?P<sym>[^\s\w\-\u2013\u2014|()]{1,2})"
                                 r"(?=[\d๐-๙]*+\s*+[\u0e01-\u0e2e\u0e40-\u0e44])")
# a Thai letter OCR put where a count's first digit stood, glued to its other digits ("จำนวน ส๕ คน" for ๙๘, "ร้อยละ
# ฒ๓"): what it was is not known (the truth of every committed and fresh set prints no count so)
_LETTER_COUNT_RE = standard_re(r"(?:จำนวน|ร้อยละ)\s*+(?P<sym>[\u0e01-\u0e2e])(?=[\d๐-๙])")

# a character OCR writes for a digit glued after a count's digits, before the word it counts ("จำนวน ๒ๆ คน" for ๒๗,
# ๆ for ๗ or ๓: normalizers.confusions.LOOKALIKES): what its last digit was is not known
_TRAILING_COUNT_RE = standard_re(rf"(?:จำนวน|ร้อยละ)\s*+[\d๐-๙][\d๐-๙,.]*+(?P<sym>[{regex.escape(''.join(LOOKALIKES))}])"
                                 r"(?=\s++[\u0e01-\u0e2e\u0e40-\u0e44])")

# issues that name a text's field for its marks alone: they do not say its figures are in doubt, so they do not
# stand for the ocr_digits_doubtful flag_doubtful gives
_NOT_OF_DIGITS = frozenset({"marks_dropped"})


def flag_doubtful(unread: str, tables: dict[str, list[dict[str, Any]]], figures: list[tuple[str, dict, str]],
                  settled: list[Issue], areas: list[tuple[str, dict, str]] = ()) -> list[Issue]:
    """An ocr_digits_doubtful warning for each text field of the rows, and
    each figure ((field, row, printed)) or office's area number (`areas`,
    alike), that prints a doubtful number, unless an issue of `settled`
    already names that field on those lines; and for each figure with a
    letter OCR put where a digit stood, whatever the document's digits.  A
    marks_dropped flag settles nothing here (_NOT_OF_DIGITS): it speaks of
    the text's marks, not its digits."""
    doubtful = doubtful_digits(unread)
    # (a flag that marks may be missing says nothing of the text's digits, and the marks repair that settles it
    # takes it away: pipeline.marks.restore_labels; the digits' doubt is said beside it)
    named = {(i.field, i.line_start, i.line_end) for i in settled if i.field and i.code not in _NOT_OF_DIGITS}
    unread_th = unread.translate(TO_THAI)
    out: list[Issue] = []

    def flag(field: str, row: dict, printed: str, what: str) -> None:
        numbers = doubtful_numbers(printed, doubtful, figures_only=what == "the text")
        letter = (_LOOKALIKE_IN_NUMBER_RE.search(printed) if what == "the figure"
                  else _SYMBOL_COUNT_RE.search(printed) or _LETTER_COUNT_RE.search(printed)
                or _TRAILING_COUNT_RE.search(printed))
        span = (row.get("line_start"), row.get("line_end"))
        if not (numbers or letter) or any(f == field and _overlaps((a, b), span) for f, a, b in named):
            return
        thai = [n for n in numbers if THAI_NUMBER_RE.search(n)]  # (all in Thai digits, or mixing Arabic ones in)
        if thai:
            why = (f"{what} printed {', '.join(thai[:5])!r} in Thai digits; this document's OCR never read a "
                   f"{' '.join(unread_th)}, so each {' '.join(doubtful)} may stand for one of them")
        else:
            where = (letter.group("sym") if "sym" in letter.groupdict() else letter.group(0)) if letter \
                else ", ".join(numbers[:5])
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
    for field, row, printed in areas:
        flag(field, row, printed, "the office's area number")
    return out


def _overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    if None in a or None in b:
        return a == b
    return a[0] <= b[1] and b[0] <= a[1]
