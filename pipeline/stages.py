"""The per-document stages as one ordered table, and `process_document`.

    decode -> clean -> segment -> dedupe -> detect -> parse -> merge -> validate

Each stage is a function of the document state that only reads what earlier
stages set and sets its own results; nothing is shared between documents, so
`process_document(source_path, data)` is a pure function of its arguments and
can run in any process or on any machine.  A stage that cannot go on raises
StageFailure; the document is then kept with status "failed" and the reason,
and the run goes on.
"""

from __future__ import annotations

import gc
import hashlib
import json
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from normalizers.invisible import repeat_count
from normalizers.text import clear_caches
from parsers import form_module
from parsers.anchors import clear_anchor_caches
from schemas.document import CopyReading, Issue, Line, Merged, ParseResult
from parsers.detect import detect_lines
from parsers.digits import clear_figure_cache, doubt_digits
from pipeline.budget import TimeBudgetExceeded
from pipeline.clean import clean_lines, clear_line_caches, parser_lines
from pipeline.decode import DecodeError, decode, decode_issues
from pipeline.districts import mend_districts
from pipeline.lostlines import restore_lost_lines, text_spans
from pipeline.doubtful import flag_values, partial_repairs, texts_in_doubt, year_in_doubt, zero_led_shares
from pipeline.inputs import doc_id_for
from pipeline.marks import flag_names, restore_labels
from pipeline.substituted import flag_substituted, substitutions
from pipeline.siblings import (check_printings, restore_cut_texts, restore_from_siblings, siblings_in_doubt,
                               squashed_lines)
from pipeline.wording import flag_misread_names, flag_unknown_words, restore_names
from pipeline.placement import (issues_at_row_printing, parts_without_identity, place_lines, place_project_issues,
                                printings_of)
from pipeline.segment import Page, split_pages
from pipeline.suspect import damaged_years, derived_doubts, unclosed_brackets
from pipeline.validate import repeated_keys, validate_rows
from pipeline.version import FULL_VERSION
from pipeline.vote import group_copies, merge_copies
from pipeline.writer import sorted_rows


class StageFailure(Exception):
    """The document cannot go through this stage; the message says why."""


@dataclass(slots=True)
class DocState:
    source_path: str
    data: bytes
    doc_id: str = ""
    sha256: str = ""
    text: str = ""
    encoding: str | None = None
    lines: list[Line] = field(default_factory=list)
    fixes: dict[str, int] = field(default_factory=dict)
    pages: list[Page] = field(default_factory=list)
    n_unique_pages: int | None = None
    doc_type: str = "unknown"
    copies: list[CopyReading] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)  # one per project (or report) in the document
    groups: list[list[CopyReading]] = field(default_factory=list)  # the copies of each merged project
    parts: list[ParseResult] = field(default_factory=list)  # what the form built from each merged project
    coverage: float | None = None
    result: ParseResult | None = None
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    error: str | None = None  # "<stage>: <reason>" when a stage failed


def stage_decode(doc: DocState) -> None:
    try:
        found = decode(doc.data)
    except DecodeError as exc:
        raise StageFailure(str(exc)) from exc
    doc.text, doc.encoding = found.text, found.encoding
    doc.issues.extend(decode_issues(doc.data, found))


def stage_clean(doc: DocState) -> None:
    doc.lines, fixes = clean_lines(doc.text)
    doc.fixes = dict(sorted(fixes.items()))
    doc.issues.extend(repeated_issues(doc.lines))
    if not any(ln.kind == "text" for ln in doc.lines):
        raise StageFailure("no text left after removing page furniture")


def repeated_issues(lines: list[Line]) -> list[Issue]:
    """A `repeated_lines` warning for each run of a line printed hundreds of
    times in a row, which clean-up marked to be read once
    (pipeline.clean.REPEAT_RUN)."""
    runs: dict[int, list[int]] = {}
    first = -1
    for i, ln in enumerate(lines):
        if ln.kind == "repeated":
            runs.setdefault(first, []).append(i)
        elif ln.kind != "blank":
            first = i
    issues = []
    for first, repeats in runs.items():
        head, end = lines[first], lines[repeats[-1]]
        if head.no == end.no and len(repeats) == 1:  # a piece of one line and its copies (numbered_lines)
            message = (f"a piece of line {head.no} ({head.text[:40]!r}) is printed "
                       f"{repeat_count(end.text)} times in a row; it is read once")
        else:
            message = f"line {head.no} is printed {len(repeats) + 1} times in a row (to line {end.no}); it is read once"
        issues.append(Issue("warning", "repeated_lines", message, head.text, head.no, end.no))
    return issues


def stage_segment(doc: DocState) -> None:
    doc.pages = split_pages(doc.lines)


def stage_dedupe(doc: DocState) -> None:
    from pipeline.dedupe import cluster_pages

    clusters = cluster_pages(doc.pages)
    doc.n_unique_pages = len(set(clusters))


def stage_detect(doc: DocState) -> None:
    found = detect_lines([ln.text for ln in doc.lines if ln.kind in ("text", "page_header")])
    doc.doc_type = found.doc_type
    if found.doc_type == "unknown":
        raise StageFailure(f"unknown form: no known form's structure found ({found.reason})")


def stage_parse(doc: DocState) -> None:
    module = form_module(doc.doc_type)
    if module is None:
        raise StageFailure(f"no parser for form {doc.doc_type}")
    doc.copies = module.read_copies(parser_lines(doc.lines, getattr(module, "DEBRIS_READ", None),
                                                 getattr(module, "HEADINGS_READ", None),
                                                 getattr(module, "ROWS_READ", None),
                                                 getattr(module, "NOISE_SEEN", False),
                                                 getattr(module, "FURNITURE_SEEN", False)))
    if not doc.copies:
        raise StageFailure(f"no {doc.doc_type} form content found")


def stage_merge(doc: DocState) -> None:
    module = form_module(doc.doc_type)
    doc.coverage = coverage(doc.lines, doc.copies)
    doc.result = ParseResult(doc.doc_type)
    unread = doubt_digits(ln for ln in doc.lines if ln.kind == "text")  # (the flags' test: parsers.digits)
    align = getattr(module, "align_copies", None)  # a form's own alignment of its copies' records, if it has one
    groups = list(group_copies(doc.copies))
    texts = squashed_lines(doc.lines)  # (the lines a project's texts are read against, spaces gone, once)
    keys: dict[str, int] = {}  # each project key the document's parts gave, and how many parts gave it
    substituted = substitutions(doc.text, doc.lines, doc.fixes)  # (the clean stage's words, where it made any)
    for group in groups:
        aligned = align(group) if align is not None else []
        merged = merge_copies(group)
        merged.issues.extend(aligned)
        doc.merged.append(merged)
        doc.groups.append(group)
        part = module.build(merged)
        group_texts = [t for no, t in texts if len(groups) == 1 or any(
            copy.line_start <= no <= copy.line_end for copy in group)]
        part.issues = restore_labels(part.tables, part.issues, group_texts)
        part.issues.extend(restore_names(part.tables))  # (before flag_names: a name read so is in doubt no more)
        part.issues.extend(flag_names(part.tables))
        part.issues = restore_cut_texts(part.tables, restore_from_siblings(part.tables, part.issues))
        if doc.doc_type == "bma_proposal":  # (a timetable's wrapped activity cells: pipeline.lostlines)
            part.issues = restore_lost_lines(part.tables, part.issues, doc.lines, text_spans(group, "activities"))
        part.issues = mend_districts(part.tables, part.issues)
        part.issues = check_printings(part.tables, part.issues, group_texts)
        part.issues.extend(siblings_in_doubt(part.tables, part.issues))
        part.issues.extend(flag_unknown_words(part.tables, part.issues, group_texts))
        part.issues.extend(flag_misread_names(part.tables, part.issues))
        part.issues.extend(damaged_years(part.tables))
        part.issues = texts_in_doubt(partial_repairs(unread, part.issues))
        part.issues.extend(flag_values(unread, part.tables, doc.lines, part.issues,
                                       printings_of(merged, group) if unread else None))
        part.issues = year_in_doubt(part.issues)
        part.issues.extend(zero_led_shares(part.tables, doc.lines, part.issues))
        part.issues.extend(derived_doubts(part.tables, part.issues))
        part.issues.extend(unclosed_brackets(part.tables, part.issues))
        part.issues.extend(repeated_keys(part.tables))
        part.issues.extend(texts_in_doubt(flag_substituted(part.tables, substituted), part.issues))
        place_project_issues(part, group)
        issues_at_row_printing(part, merged, group)
        key_apart(part, keys)
        doc.parts.append(part)
        for table, rows in part.tables.items():
            doc.result.tables.setdefault(table, []).extend(rows)
        doc.result.issues.extend(part.issues)
    doc.result.issues.extend(parts_without_identity(doc.parts))


def key_apart(part: ParseResult, keys: dict[str, int]) -> None:
    """A project whose key an earlier project of the document gave already
    (two projects the vote told apart, whose codes OCR misread alike:
    ๕๐๒๗๐๐๐๐-๔๗๔๔ and -๔๗๔๕ both read ๕๐๒๑๐๐๐๐-๕๑๕๕, fresh set s89o
    bma_progress_s89o002) is keyed apart, its key and a number ("...#2"), in
    every row and issue of the part, and said (repeated_row on projects):
    one key for two projects' rows mixed their reports, entries and
    expenses, and the table's key (schemas.arrow.TableSpec) held twice."""
    for row in part.tables.get("projects", []):
        key = row.get("project_key")
        if not key:
            continue
        keys[key] = keys.get(key, 0) + 1
        if keys[key] == 1:
            continue
        own = f"{key}#{keys[key]}"
        for rows in part.tables.values():
            for other in rows:
                if other.get("project_key") == key:
                    other["project_key"] = own
        for issue in part.issues:
            if issue.project_key == key:
                issue.project_key = own
        part.project_keys = {k: own if v == key else v for k, v in part.project_keys.items()}
        part.issues.append(Issue("warning", "repeated_row", f"projects: an earlier project of the file reads the "
                                 f"same key {key!r} (their codes and years read alike; the copies' vote told them "
                                 f"apart): this project's rows are keyed {own!r}, so that they stay apart",
                                 json.dumps({"key": f"project_key={key}"}, ensure_ascii=False),
                                 row.get("line_start"), row.get("line_end"), project_key=own, field="projects"))


def coverage(lines: list[Line], copies: list[CopyReading]) -> float:
    """The share of the document's text (furniture left out) that the parser
    placed into some field or row: 1 - the characters it left unplaced."""
    total = sum(len(ln.text) for ln in lines if ln.kind == "text")
    left = {(ln.no, ln.text) for copy in copies for ln in copy.unplaced}
    if not total:
        return 0.0
    return round(max(0.0, 1.0 - sum(len(t) for _, t in left) / total), 4)


def stage_validate(doc: DocState) -> None:
    assert doc.result is not None
    issues = list(doc.result.issues)
    for table, rows in doc.result.tables.items():
        for row in rows:
            row["doc_id"] = doc.doc_id
        good, bad = validate_rows(table, rows)
        doc.tables[table] = good
        issues.extend(bad)
    doc.issues.extend(issues)


STAGES: list[tuple[str, Callable[[DocState], None]]] = [
    ("decode", stage_decode),
    ("clean", stage_clean),
    ("segment", stage_segment),
    ("dedupe", stage_dedupe),
    ("detect", stage_detect),
    ("parse", stage_parse),
    ("merge", stage_merge),
    ("validate", stage_validate),
]


def failed_document(source_path: str, error: str, data: bytes | None = None,
                    code: str = "read_failed") -> dict[str, list[dict[str, Any]]]:
    """The rows of a file that could not be read (`data` None) or that ran
    out of its time budget."""
    sha256 = hashlib.sha256(data).hexdigest() if data is not None else ""
    doc_id = doc_id_for(source_path, sha256)
    documents, _ = validate_rows("documents", [{
        "doc_id": doc_id, "source_path": source_path, "sha256": sha256,
        "size_bytes": len(data) if data is not None else 0, "encoding": None,
        "doc_type": "unknown", "status": "failed", "n_pages": None, "n_copies": None, "n_issues": 1,
        "parser_version": FULL_VERSION, "error": error, "clean_fixes": None}])
    issues, _ = validate_rows("issues", [Issue("error", code, error).row(doc_id)])
    return {"documents": documents, "issues": issues}


def run_stages(source_path: str, data: bytes) -> DocState:
    """One file through every stage, as far as it goes: the document state
    with everything each stage found (what `raingan inspect` shows).  A
    failure is in `error` and in the issues, never raised."""
    with collector_paused():
        return _run_stages(source_path, data)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document goes through the
    stages, on again after it.  The stages make no reference cycles (over the
    bench archive and a 50 MB report the collector found nothing to free), so
    their garbage goes by reference counting alone; but a large document's
    objects set off full collections, each scanning all of them again: a
    fifth of a 50 MB report's time.  Anything cyclic is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_stages(source_path: str, data: bytes) -> DocState:
    clear_caches()
    clear_anchor_caches()
    clear_line_caches()
    clear_figure_cache()
    doc = DocState(source_path=source_path, data=data)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.doc_id = doc_id_for(source_path, doc.sha256)
    for name, stage in STAGES:
        try:
            stage(doc)
        except StageFailure as exc:
            doc.error = f"{name}: {exc}"
            doc.issues.append(Issue("error", f"{name}_failed", str(exc)))
            break
        except Exception as exc:  # a parser bug must not stop the run
            doc.error = f"{name}: internal error: {type(exc).__name__}: {exc}"
            doc.issues.append(Issue("error", "internal_error", doc.error,
                                    "".join(traceback.format_exception_only(type(exc), exc)).strip()))
            break
        except TimeBudgetExceeded as exc:
            doc.error = f"{name}: {exc or 'time budget exceeded'}"
            doc.issues.append(Issue("error", "time_budget_exceeded", doc.error))
            break
    if doc.error:
        doc.tables = {}
    place_lines(doc.issues, doc.tables, doc.lines)
    return doc


def process_document(source_path: str, data: bytes) -> dict[str, list[dict[str, Any]]]:
    """Every output row one input file gives, per table, validated.

    Always returns exactly one `documents` row; failures are in its
    status/error and in `issues`, never raised.
    """
    with collector_paused():  # (on again once the document's state is freed: only the rows are left to scan)
        return _document_rows(source_path, data)


def _document_rows(source_path: str, data: bytes) -> dict[str, list[dict[str, Any]]]:
    doc = run_stages(source_path, data)
    error = doc.error
    issue_rows, _ = validate_rows("issues", [i.row(doc.doc_id) for i in doc.issues])
    has_errors = any(i.severity == "error" for i in doc.issues)
    document = {
        "doc_id": doc.doc_id,
        "source_path": source_path,
        "sha256": doc.sha256,
        "size_bytes": len(data),
        "encoding": doc.encoding,
        "doc_type": doc.doc_type,
        "status": "failed" if error else ("partial" if has_errors else "ok"),
        "n_pages": len(doc.pages) if doc.lines else None,
        "n_unique_pages": doc.n_unique_pages,
        "n_copies": max(m.total_copies for m in doc.merged) if doc.merged else None,
        "n_issues": len(issue_rows),
        "parser_version": FULL_VERSION,
        "error": error,
        "clean_fixes": json.dumps(doc.fixes, ensure_ascii=False, sort_keys=True) if doc.fixes else None,
        "coverage": doc.coverage if not error else None,
    }
    documents, _ = validate_rows("documents", [document])
    out = {table: sorted_rows(table, rows) for table, rows in doc.tables.items() if rows}
    out["documents"] = documents
    out["issues"] = sorted_rows("issues", issue_rows)
    return out
