"""Free text whose dates OCR visibly damaged: a year after "พ.ศ." inside a
text field (an activity's progress, a target, a finding, a proposal's
period) that is no year the archive's documents are about ('พ.ศ. ๒๕๐๓' for
2563, 'พ.ศ. ๒๕๒' with a digit lost); so a year after the words of a fiscal or
an academic year ("ปีงบประมาณ", "ปีการศึกษา": a project's title, 'ประจำปี
งบประมาณ 255' with its last digits lost), three digits or more, or 25, or
Latin letters ('ปีการศึกษา eco').  The text is kept as read; an
`implausible_value` warning names the field, so the damage is not silent.
Forms-agnostic: it reads the built rows, after the parsers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from normalizers.confusions import YEARS_BE
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant
from schemas.document import Issue, spans_meet

# "พ.ศ." as printed or as OCR leaves it (marks dropped, dots lost), then the year
_BE_YEAR_RE = regex.compile(r"พ\s?\.?\s?ศ\s?\.?\s*([\d๐-๙]{1,6})(?![\d๐-๙])")
# ... after the words of a fiscal or an academic year (OCR's marks dropped: "ปีงบประมาณ", "ปงบประมาณ"), then
# the year: a figure of three digits or more, or 25 (a BE year's first two digits), no dot after it ("ตลอด
# ปีงบประมาณ ๕. ระยะเวลา...": a section's number after the words); a figure of one or two digits else says
# nothing (a short year, "ปีงบประมาณ ๖๗", or a count)
_YEAR_WORDS_RE = regex.compile(rf"(?:{mark_tolerant('ปีงบประมาณ')}|{mark_tolerant('ปีการศึกษา')})\s*"
                               r"(?:พ\s?\.?\s?ศ\s?\.?\s*)?([\d๐-๙]{3,6}|[2๒][5๕])(?![\d๐-๙.])")
# ... or Latin letters where that year stands ("ปีการศึกษา eco", "ปีงบประมาณ weve": the year's Thai digits OCR read as
# a word of Latin letters, and nothing of them a digit); not "wa." / "W.A." (พ.ศ. read so, the year after it)
_YEAR_LETTERS_RE = regex.compile(rf"(?:{mark_tolerant('ปีงบประมาณ')}|{mark_tolerant('ปีการศึกษา')})\s*"
                                 r"([A-Za-z][A-Za-z'’]{1,5})(?=\s|$)")
_NOT_TEXT = frozenset({"doc_id", "project_key", "source_path", "sha256"})


def damaged_years(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """An implausible_value warning for each text field with a year after
    พ.ศ., or after the words of a fiscal or an academic year
    (_damaged_year_mentions), outside the archive's years
    (normalizers.confusions.YEARS_BE)."""
    issues = []
    for table, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                if not isinstance(value, str) or column in _NOT_TEXT:
                    continue
                for m in _damaged_year_mentions(value):
                    year = int(thai_digits_to_arabic(m.group(1)))
                    if YEARS_BE[0] <= year <= YEARS_BE[1]:
                        continue
                    issues.append(Issue(
                        "warning", "implausible_value",
                        f"{table}.{column}: the year after "
                        f"{'พ.ศ.' if m.re is _BE_YEAR_RE else repr(m.group(0)[:m.start(1) - m.start(0)].strip())} "
                        f"reads {m.group(1)!r}, no year the archive's "
                        f"documents are about ({YEARS_BE[0]}-{YEARS_BE[1]}): OCR may have damaged this date; "
                        "the text is kept as read",
                        m.group(0), row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    break
                else:
                    if ("งบประมาณ" in value or "กษา" in value) and (m := _YEAR_LETTERS_RE.search(value)):
                        issues.append(Issue(
                            "warning", "implausible_value",
                            f"{table}.{column}: the year after "
                            f"{m.group(0)[:m.start(1) - m.start(0)].strip()!r} reads {m.group(1)!r}, letters where "
                            "its digits stand: OCR read the year as a word; the text is kept as read",
                            m.group(0), row.get("line_start"), row.get("line_end"),
                            project_key=row.get("project_key"), field=f"{table}.{column}"))
    return issues


# The columns whose every printing closes each bracket it opens: a project's name ("... (Active Learning) เพื่อ...",
# "(ฉบับปรับปรุง)"): every name of the committed and fresh sets' truth that prints a bracket, 103 of 103, closes it
# (OBEC 85, BMA 18); a list's item numbers ("1)", "(1)") stand in other columns, never in a name.
_BRACKETED = (("projects", "name"),)


def unclosed_brackets(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """An implausible_value warning for each project name that opens a
    bracket it never closes, or closes one it never opened, and that no
    issue names at the row's lines: the name was cut where its page wrapped
    it inside the bracket, the wrapped rest lost or read elsewhere (fresh set
    s80b obec_progress_s80b001: "๕. โครงการพัฒนาการจัดการเรียนรู้เชิงรุก
    ฐานสมรรถนะ (Active", its second line, "Learning) เพื่อส่งเสริม...", lost
    to OCR: the name read "... (Active" with no issue).  Kept as read."""
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.field}
    out: list[Issue] = []
    for table, column in _BRACKETED:
        field = f"{table}.{column}"
        for row in tables.get(table, []):
            value = row.get(column)
            if not isinstance(value, str) or not _unbalanced(value):
                continue
            start, end = row.get("line_start"), row.get("line_end")
            if any(f == field and spans_meet((a, b), (start, end)) for f, a, b in named):
                continue
            out.append(Issue("warning", "implausible_value",
                             f"{field}: {value!r} opens a bracket it does not close (or closes one it did not "
                             "open), as no name prints: its page may have wrapped it inside the bracket and OCR "
                             "lost the rest, or it runs on past its end; kept as read", value, start, end,
                             project_key=row.get("project_key"), field=field))
    return out


def _unbalanced(value: str) -> bool:
    """Whether a text's round brackets fail to pair, in order."""
    depth = 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _damaged_year_mentions(value: str) -> list[regex.Match]:
    """The year mentions of a text (after พ.ศ., or the words of a fiscal or
    an academic year), in order."""
    found = list(_BE_YEAR_RE.finditer(value)) if "ศ" in value else []
    if "งบประมาณ" in value or "กษา" in value:  # (the words' letters that take a column, no mark among them)
        found += [m for m in _YEAR_WORDS_RE.finditer(value)
                  if not any(f.start(1) == m.start(1) for f in found)]  # (a year after "ปีงบประมาณ พ.ศ." once)
    return sorted(found, key=lambda m: m.start(1))


# a column the parsers derive from another rather than read: a doubt of its source is its doubt too
# (the derived column, its source, how the one is made of the other, whether a row's value is made so, the codes
# of the source's issues that are no doubt of its reading)
_DERIVED: dict[str, tuple[str, str, Callable[[dict[str, Any]], bool], frozenset[str]]] = {
    # the year in CE is the BE one less 543, never printed
    "fiscal_year": ("fiscal_year_be", "{field} is {table}.{source} - 543", lambda row: True, frozenset()),
    # a project's key is its code and year ("50570000-4519/2566": parsers.values.make_project_key): a code in
    # doubt (a Thai digit this document's OCR never reads, copies that disagree) is a key in doubt, which joins
    # the project's rows from other files by it (before, the code was said, and the key made of it was not).
    # Not copies_in_doubt: whether two copies are one project is said of their codes and names, each read as
    # printed (it fires on clean text)
    "project_key": ("project_code", "{field} is made of {table}.{source}",
                    lambda row: bool(row.get("project_code"))
                    and str(row.get("project_key")).startswith(f"{row['project_code']}/"),
                    frozenset({"copies_in_doubt"})),
}


def derived_doubts(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """For each issue that names a column another is derived from (a
    project's or a summary's fiscal_year_be: fiscal_year is it less 543; a
    project's code: its key is the code and the year),
    the same issue of the derived column, where a row holds it and no issue
    names it at those lines: the year in CE is as much in doubt as the one
    it is made from (before, a fiscal_year_be left unread or in doubt was
    said, and the fiscal_year read from the copy that did read one was not).
    A repair is not repeated: what it chose is read through."""
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.field}
    by_source: dict[str, list[Issue]] = {}
    for issue in issues:
        if issue.field and issue.code != "value_repaired":
            by_source.setdefault(issue.field, []).append(issue)
    out: list[Issue] = []
    for table, rows in tables.items():
        for derived, (source, made, holds, not_doubts) in _DERIVED.items():
            doubts = by_source.get(f"{table}.{source}")
            if not doubts:
                continue
            field = f"{table}.{derived}"
            for row in rows:
                if row.get(derived) is None or not holds(row):
                    continue
                start, end = row.get("line_start"), row.get("line_end")
                if any(f == field and spans_meet((a, b), (start, end)) for f, a, b in named):
                    continue
                for issue in doubts:
                    if issue.code not in not_doubts and spans_meet((issue.line_start, issue.line_end), (start, end)) and \
                            issue.project_key in (None, row.get("project_key")):
                        out.append(Issue(issue.severity, issue.code, made.format(field=field, table=table, source=source)
                                         + f", of which: {issue.message}", issue.evidence, issue.line_start, issue.line_end,
                                         project_key=issue.project_key, field=field))
                        named.add((field, issue.line_start, issue.line_end))
                        break
    return out
