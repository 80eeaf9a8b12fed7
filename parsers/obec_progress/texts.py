"""Words a report prints more than once, and the marks OCR dropped from some
printings.

An OBEC report repeats its standard wording: the same main activity
("จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน") or status sentence under project
after project, the same words in its results and findings.  OCR drops Thai
marks (tone marks, vowels above or below a letter) from some printings and
not from others ("จัดทำคำสังแต่งตังคณะ...").  The printings vote, letter by
letter: a letter of a damaged text takes the marks the report's other text
prints on the same letter between the same neighbours (CONTEXT letters each
side, marks and spaces aside), when those marks hold the ones printed here
and more, are the fullest such marks, and stand at least MIN_PRINTINGS
times.  A text whose letters gain marks is repaired, and the repair recorded
(value_repaired, rule "repeated_text"), when another row of the field prints
the fuller reading whole; otherwise some of its letters may lack marks that
no printing shows, and the text is kept and flagged (marks_dropped).  A
letter whose fuller readings disagree keeps what is printed.  A mark OCR
added (a speck) is outvoted: the fuller reading must be printed twice.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from typing import Any

from parsers.repair import enabled
from schemas.document import Issue

# the fields repaired: short texts whose wording repeats from project to project
FIELDS = {"activities": ("text", "progress")}
# the text read whose printings vote (every text field of the rows)
SOURCES = {"projects": ("name",), "targets": ("text",), "activities": ("text", "progress"), "alignments": ("text",),
           "findings": ("text",), "quarterly_budgets": ("note",)}
CONTEXT = 3  # letters each side that make a letter's neighbourhood
MIN_PRINTINGS = 2  # a fuller reading the report prints at least this often


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def letters(text: str) -> tuple[str, list[str]]:
    """The text's letters (spaces and marks left out) and the marks printed
    on each."""
    base: list[str] = []
    marks: list[str] = []
    for ch in text:
        if _mark(ch):
            if marks:
                marks[-1] += ch
        elif not ch.isspace():
            base.append(ch)
            marks.append("")
    return "".join(base), marks


def _holds(short: str, full: str) -> bool:
    """Whether the marks `short` are `full` with some dropped."""
    i = 0
    for ch in full:
        if i < len(short) and short[i] == ch:
            i += 1
    return i == len(short)


def _index(texts: list[str]) -> dict[tuple[str, str, str], Counter[str]]:
    """For each letter of the texts with CONTEXT letters each side: how
    often each set of marks stands on it."""
    out: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for text in texts:
        base, marks = letters(text)
        for i in range(CONTEXT, len(base) - CONTEXT):
            out[(base[i - CONTEXT:i], base[i], base[i + 1:i + 1 + CONTEXT])][marks[i]] += 1
    return out


def fuller(text: str, index: dict[tuple[str, str, str], Counter[str]]) -> str:
    """The text with each letter's marks as the report's printings vote (see
    module doc); the text itself when no letter gains a mark."""
    base, marks = letters(text)
    chosen = list(marks)
    for i in range(CONTEXT, len(base) - CONTEXT):
        seen = index.get((base[i - CONTEXT:i], base[i], base[i + 1:i + 1 + CONTEXT]))
        if not seen:
            continue
        more = [m for m in seen if m != marks[i] and _holds(marks[i], m)]
        fullest = [m for m in more if not any(m != o and _holds(m, o) for o in more)]
        if len(fullest) == 1 and seen[fullest[0]] >= MIN_PRINTINGS:
            chosen[i] = fullest[0]
    if chosen == marks:
        return text
    out: list[str] = []
    k = -1
    for ch in text:
        if _mark(ch):
            continue  # the letter's marks are written with it
        out.append(ch)
        if not ch.isspace():
            k += 1
            out.append(chosen[k])
    return "".join(out)


def _spaced(text: str) -> str:
    return "".join(text.split())


def repair_repeated(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """Repair the marks OCR dropped from the FIELDS' values (see module doc)."""
    if not enabled():
        return []
    texts = [row[c] for t, cols in SOURCES.items() for row in tables.get(t, []) for c in cols
             if isinstance(row.get(c), str)]
    index = _index(texts)
    issues: list[Issue] = []
    for table, columns in FIELDS.items():
        rows = tables.get(table, [])
        for column in columns:
            printed = Counter(_spaced(row[column]) for row in rows if isinstance(row.get(column), str))
            for row in rows:
                value = row.get(column)
                if not isinstance(value, str):
                    continue
                chosen = fuller(value, index)
                if chosen == value:
                    continue
                if not printed[_spaced(chosen)]:
                    # no row prints the fuller reading whole: its letters may lack marks no printing shows
                    # (a partial repair); the damage is said, the text kept
                    issues.append(Issue(
                        "warning", "marks_dropped",
                        f"{table}.{column}: printed {value!r}; the report prints its words with marks OCR dropped "
                        f"here ({chosen!r}), a reading no row gives whole; kept as read",
                        {"text": value, "fuller": chosen}, row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    continue
                row[column] = chosen
                issues.append(Issue(
                    "warning", "value_repaired",
                    f"{table}.{column}: printed {value!r}; the report prints its words with the marks OCR "
                    f"dropped here (each at least {MIN_PRINTINGS} times, between the same letters), and another "
                    f"row prints {chosen!r} whole",
                    json.dumps({"rule": "repeated_text", "printed": value, "chosen": chosen,
                                "support": printed[_spaced(chosen)]}, ensure_ascii=False),
                    row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"),
                    field=f"{table}.{column}"))
    return issues
