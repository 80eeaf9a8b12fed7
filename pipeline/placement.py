"""Every issue about a project carries its project_key, and every issue its
source lines, whatever part of a parser raised it.

`place_project_issues` runs where a project's rows get their project_key
(after a form's `build`): an issue without a key is about the only project
of the part, or, in a document of several projects (an OBEC report), about
the project whose lines hold the issue's lines in any copy.  Issues about
an OBEC report's summary (report_summaries.*) and about the whole file
keep no key.  `place_lines` then gives an issue without lines the lines of
what it is about: its project's row, the report's summary, or the whole
text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from schemas.document import CopyReading, Issue, Line, Merged, ParseResult
from schemas.issue_codes import ISSUE_CODES
from pipeline.vote import output_field

REPORT_FIELDS = ("report_summaries", "documents")
# a copy's record keeps the text of a field it could not read under the field's name and this suffix
PRINTED = "_printed"


def about_project(issue: Issue) -> bool:
    """Whether an issue is about a project (not the file, not a report summary)."""
    spec = ISSUE_CODES.get(issue.code)
    if spec is not None and spec.scope != "project":
        return False
    return not (issue.field or "").startswith(REPORT_FIELDS)


def project_spans(result: ParseResult, copies: list[CopyReading]) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Per copy: its first and last line, and (first line, last line,
    project_key) of each project it prints, in line order."""
    out = []
    for copy in copies:
        spans = []
        for record_key, record in copy.tables.get("project", {}).items():
            key = result.project_keys.get(record_key)
            if key is None or not record:
                continue
            spans.append((min(r.line_start for r in record.values()), max(r.line_end for r in record.values()), key))
        out.append((copy.line_start, copy.line_end, sorted(spans)))
    return out


def project_at(spans: list[tuple[int, int, list[tuple[int, int, str]]]], start: int, end: int,
               about: str | None = None) -> str | None:
    """The project whose lines hold start..end in the copy that holds them;
    else the last project of that copy that starts before them (the text
    after a project's sections, up to the next project, is the project's).
    Where several projects' spans hold them alike (a report printed on one
    line: every project's span is that line), the one the issue is `about`
    (its parser's record, Issue.record), if it is among them."""
    for first, last, projects in spans:
        if not first <= start <= last:
            continue
        holding = [(b - a, k) for a, b, k in projects if a <= start and end <= b]
        if holding:
            narrowest = min(holding)
            if about is not None and (narrowest[0], about) in holding:
                return about  # (a tie the lines cannot break)
            return narrowest[1]  # the narrowest span: the project itself, not one around it
        before = [k for a, _, k in projects if a <= start]
        if before:
            return before[-1]
    return None


def place_project_issues(result: ParseResult, copies: list[CopyReading]) -> None:
    """Stamp the issues of one built part with their project (see module doc).
    An issue on a projects column that no one project's lines hold (the
    report's fiscal year, which every project of an OBEC report takes) is
    about each project: it is given once per project, as is one on a
    quarterly_budgets column (every budget row of the report takes it)."""
    keys = [row["project_key"] for row in result.tables.get("projects", [])]
    spans = None
    out: list[Issue] = []
    for issue in result.issues:
        out.append(issue)
        if issue.project_key is not None or not keys or not about_project(issue):
            continue
        if len(keys) == 1:
            issue.project_key = keys[0]
            continue
        if issue.line_start is not None:
            if spans is None:
                spans = project_spans(result, copies)
            issue.project_key = project_at(spans, issue.line_start,
                                           issue.line_end if issue.line_end is not None else issue.line_start,
                                           result.project_keys.get(issue.record) if issue.record is not None else None)
        if issue.project_key is None and (issue.field or "").startswith(("projects.", "quarterly_budgets")):
            out.pop()
            out += [replace(issue, project_key=key) for key in keys]
    result.issues = out


def place_lines(issues: list[Issue], tables: dict[str, list[dict[str, Any]]], lines: list[Line]) -> None:
    """Give every issue without lines the lines of what it is about."""
    projects = {r["project_key"]: r for r in tables.get("projects", [])}
    summaries = tables.get("report_summaries", [])
    text = [ln.no for ln in lines if ln.kind == "text"]
    for issue in issues:
        if issue.line_start is not None:
            if issue.line_end is None:
                issue.line_end = issue.line_start
            continue
        row = projects.get(issue.project_key) if issue.project_key else None
        if row is None and (issue.field or "").startswith("report_summaries") and summaries:
            row = summaries[0]
        if row is not None and row.get("line_start") is not None:
            issue.line_start, issue.line_end = row["line_start"], row.get("line_end") or row["line_start"]
        elif text:
            issue.line_start, issue.line_end = text[0], text[-1]


def issues_at_row_printing(result: ParseResult, merged: Merged, copies: list[CopyReading]) -> None:
    """An issue about one record's field that stands in another printing of
    the form than the one its output row cites (the row's lines are those of
    the first copy that prints the record, Merged.span; the issue was raised
    where a later copy printed the field: its reading was the one kept, the
    only one, or the one in doubt) is moved to the row's printing of the
    field (the row's copy's reading of it, else the row's lines), its own
    lines said in its message: an analyst checking the row's value meets its
    doubt there, as an `ocr_variant` issue stands (pipeline.vote._variant_issue).
    The record is the one whose reading of the field, in the copy holding the
    issue's lines, matches them (the same lines, else lines holding them,
    else overlapping them; the issue's own `record` breaks a tie, else the
    one reading whose printed text the issue quotes), or the
    project when the part prints one; an issue no one record matches stays."""
    if merged.total_copies < 2 or len(copies) < 2:
        return
    first: dict[tuple[str, Any], int] = {}  # (table, key) -> index in `copies` of the first copy that has it
    for at, copy in enumerate(copies):
        for table, records in copy.tables.items():
            for key in records:
                first.setdefault((table, key), at)
    by_field: dict[int, dict[str, list[tuple[str, Any, str, int, int]]]] = {}  # copy -> field -> its readings
    for issue in result.issues:
        if issue.line_start is None or not issue.field or "." not in issue.field:
            continue
        start, end = issue.line_start, issue.line_end if issue.line_end is not None else issue.line_start
        at = next((i for i, c in enumerate(copies) if c.line_start <= start and end <= c.line_end), None)
        if at is None:
            continue
        if at not in by_field:
            by_field[at] = _readings_by_field(copies[at])
        found = _record_of(issue, copies[at], start, end, by_field[at].get(issue.field, []))
        if found is None:
            continue
        table, key, name = found
        span = merged.spans.get(table, {}).get(key)
        if span is None or first.get((table, key)) == at or (span[0] <= end and start <= span[1]):
            continue
        row_copy = copies[first[(table, key)]]
        record = row_copy.tables.get(table, {}).get(key, {})
        column = name.removesuffix(PRINTED) if name is not None else None
        reading = record.get(column) or record.get(f"{column}{PRINTED}") if column is not None else None
        issue.line_start, issue.line_end = reading.span if reading is not None else span
        issue.message += f" (read at lines {start}-{end}, another printing of the form)"


def _readings_by_field(copy: CopyReading) -> dict[str, list[tuple[str, Any, str, int, int]]]:
    """Each output field's readings in `copy`, (table, key, name, first
    line, last line), in the copy's order: asked once a copy, not once an
    issue (a document's issues number hundreds, its readings thousands)."""
    out: dict[str, list[tuple[str, Any, str, int, int]]] = {}
    for table, records in copy.tables.items():
        for key, record in records.items():
            for name, reading in record.items():
                out.setdefault(output_field(table, name.removesuffix(PRINTED)), []).append(
                    (table, key, name, *reading.span))
    return out


def _record_of(issue: Issue, copy: CopyReading, start: int, end: int,
               readings: list[tuple[str, Any, str, int, int]]) -> tuple[str, Any, str | None] | None:
    """(table, key, field) of the record of `copy` the issue is about (see
    issues_at_row_printing), or None; `readings`: the copy's readings of
    the issue's field (_readings_by_field)."""
    levels: list[list[tuple[str, Any, str]]] = [[], [], []]
    for table, key, name, a, b in readings:
        if (a, b) == (start, end):
            levels[0].append((table, key, name))
        elif a <= start and end <= b:
            levels[1].append((table, key, name))
        elif a <= end and start <= b:
            levels[2].append((table, key, name))
    said = f"{issue.message} {issue.evidence or ''}"
    for level in levels:
        if len({(t, k) for t, k, _ in level}) > 1:  # several records' readings stand at those lines
            level = ([x for x in level if x[1] == issue.record] if issue.record is not None else
                     [x for x in level if _quoted(copy.tables[x[0]][x[1]][x[2]].text, said)])
            if len({(t, k) for t, k, _ in level}) != 1:
                return None
        if level:
            return level[0]
    if issue.field.startswith("projects.") and len(copy.tables.get("project", {})) == 1:
        return "project", next(iter(copy.tables["project"])), None
    return None


def _quoted(text: str, said: str) -> bool:
    """Whether an issue's message or evidence quotes a reading's printed text."""
    text = text.strip()
    return len(text) > 1 and text in said


def printings_of(merged: Merged, copies: list[CopyReading]) -> dict[tuple[str, int, int, str], list[tuple[int, int]]]:
    """Per output row and column, (table, the row's first and last line,
    column), the lines of each copy's reading of the field outside the
    row's own lines, in copy order: where the value kept may have been
    printed when the row's lines (the first copy's) do not print it.  A key
    two records share (rows printed on one line alike) is left out: its
    printings would be another row's too."""
    out: dict[tuple[str, int, int, str], list[tuple[int, int]]] = {}
    shared: set[tuple[str, int, int, str]] = set()
    for table, spans in merged.spans.items():
        for key, (start, end) in spans.items():
            seen: set[tuple[str, int, int, str]] = set()
            for copy in copies:
                for name, reading in copy.tables.get(table, {}).get(key, {}).items():
                    out_table, _, column = output_field(table, name.removesuffix(PRINTED)).partition(".")
                    k = (out_table, start, end, column)
                    if k in out and k not in seen:
                        shared.add(k)
                    seen.add(k)
                    if reading.line_end < start or end < reading.line_start:
                        out.setdefault(k, []).append(reading.span)
                    else:
                        out.setdefault(k, [])
    return {k: v for k, v in out.items() if v and k not in shared}


# the tables of a project's report entries, whose rows a part read as a project of its own may hold
ENTRY_TABLES = ("progress_reports", "expenses")


def parts_without_identity(parts: list[ParseResult]) -> list[Issue]:
    """A part (a group of copies) read as a project of its own that has none
    of a project's identity (no project code, no fiscal year) and no report
    entry read, right after a part whose project has a code and whose lines
    end just before it (no other part between): the form's title repeated
    at a page's top opened a new part inside a project's copy, whose pages
    (the rest of its entries' table, the entries' expense lines) the part
    holds.  The entries there are not read as that project's: said on its
    entries' tables (unplaced_text, keyed to it) over the part's lines.
    Forms whose projects bear no code (OBEC) have none to miss."""
    spans = []
    for part in parts:
        projects = part.tables.get("projects", [])
        if len(projects) != 1 or "project_code" not in projects[0] or projects[0].get("line_start") is None:
            continue
        spans.append((projects[0]["line_start"], projects[0].get("line_end") or projects[0]["line_start"],
                      projects[0], part))
    spans.sort(key=lambda s: s[0])
    out: list[Issue] = []
    for (_, end, before, _), (start, last, row, part) in zip(spans, spans[1:]):
        key = row["project_key"]
        if before.get("project_code") is None or row.get("project_code") is not None \
                or row.get("fiscal_year_be") is not None or start <= end \
                or any(r.get("project_key") == key for r in part.tables.get("progress_reports", [])):
            continue
        out += [Issue("warning", "unplaced_text",
                      f"{table}: lines {start}-{last}, right after project {before['project_code']}'s (which end at "
                      f"line {end}), are read as a project of their own with no project code, no fiscal year and "
                      "no report entry (the form's title repeated at a page's top): they may be this project's "
                      "pages, its report entries and their expense lines, which are not read as its own",
                      None, start, last, project_key=before["project_key"], field=table) for table in ENTRY_TABLES]
    return out
