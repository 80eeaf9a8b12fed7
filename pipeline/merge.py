"""Cross-file merge: one project once, however many files report it.

Runs after the per-document map step.  For each project_key met in several
files (monthly exports of the same project), the file with the latest report
(highest report number, then latest report date, then first by path) is the
primary: its project row and its objectives, targets, activities, findings,
alignments and quarterly budgets are kept.  Progress reports are the union
by report number, the primary's reading winning, else the latest file's.
`project_sources` keeps the lineage; differing values are
`cross_file_conflict` issues.

The reduce step (pipeline.reduce) does not hold the files of a project
together: it decides, from its index of project keys, report numbers and
last reports, which copy of each shared project and which copy of each
report is kept (`ProjectChoices`), keeps those few rows, and then merges one
document at a time (`merge_document`, or the same decisions taken on a
shard's Arrow tables, `pipeline.reduce.merge_shard`, which converts only the
rows a merge changes; both use `keep_tests` and `document_conflicts`).
`merge_across_files` is the same merge over rows held in memory, the
reference the streamed one is tested against.

Before that, a tie between two copies' readings of a person's name inside one
file is settled by evidence from the rest of the run: the reading that other
files also give wins.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Columns whose values legitimately change between monthly exports.
_VOLATILE = frozenset({"doc_id", "budget_spent", "plan_status", "n_copies", "line_start", "line_end"})
PER_PROJECT_TABLES = ("objectives", "targets", "activities", "findings", "alignments", "quarterly_budgets")
PERSON_FIELDS = ("owner_name", "coordinator_name")


def tie_readings(issue: dict[str, Any]) -> list[str] | None:
    """The readings of an `ocr_variant` issue on a person name whose copies
    tied; None for any other issue."""
    field = issue.get("field") or ""
    if issue.get("code") != "ocr_variant" or not field.startswith("projects."):
        return None
    if field.split(".", 1)[1] not in PERSON_FIELDS:
        return None
    try:
        evidence = json.loads(issue["evidence"])
        if not evidence.get("tie_break"):
            return None
    except (ValueError, TypeError, AttributeError):
        return None
    return [r["reading"] for r in evidence["readings"]]


def settled_reading(issue: dict[str, Any], readings: list[str], seen: dict[str, set[str]],
                    kept: str | None) -> str | None:
    """The reading a tie changes to: the only one of `readings` that other
    documents give (`seen`: name -> documents), unless it is already `kept`."""
    supported = [r for r in readings if seen.get(r, set()) - {issue["doc_id"]}]
    if len(supported) != 1 or supported[0] == kept:
        return None
    return supported[0]


def resolve_name_ties(tables: dict[str, list[dict[str, Any]]], seen: dict[str, set[str]] | None = None) -> None:
    """Settle copy ties on person names with the names other files give.

    `seen` maps a name to the documents that give it; by default it is built
    from `tables` (the reduce step passes one built from the whole run)."""
    if seen is None:
        seen = defaultdict(set)
        for row in tables.get("projects", []):
            for name_field in PERSON_FIELDS:
                if row.get(name_field):
                    seen[row[name_field]].add(row["doc_id"])
    projects = {(r["doc_id"], r["project_key"]): r for r in tables.get("projects", [])}
    for issue in tables.get("issues", []):
        if issue["code"] != "ocr_variant" or not issue.get("field", "").startswith("projects."):
            continue
        name_field = issue["field"].split(".", 1)[1]
        if name_field not in PERSON_FIELDS:
            continue
        try:
            evidence = json.loads(issue["evidence"])
        except ValueError:
            continue
        if not evidence.get("tie_break"):
            continue
        row = projects.get((issue["doc_id"], issue["project_key"]))
        if row is None:
            continue
        supported = [r["reading"] for r in evidence["readings"]
                     if seen.get(r["reading"], set()) - {issue["doc_id"]}]
        if len(supported) != 1 or supported[0] == row.get(name_field):
            continue
        others = len(seen[supported[0]] - {issue["doc_id"]})
        row[name_field] = supported[0]
        settle_tie(issue, evidence, supported[0], others)


RUN_TIE_BREAK = "other files of the run"


def settle_tie(issue: dict[str, Any], evidence: dict[str, Any], kept: str, others: int) -> None:
    """A tie issue after the run chose `kept`: its message, its evidence
    (the kept reading first, how the tie was broken) and its lines (the kept
    reading's) say the same thing."""
    readings = sorted(evidence["readings"], key=lambda r: r["reading"] != kept)
    evidence = {**evidence, "readings": readings, "tie_break": RUN_TIE_BREAK, "run_documents": others}
    issue["evidence"] = json.dumps(evidence, ensure_ascii=False)
    lines = readings[0].get("lines") or [issue.get("line_start"), issue.get("line_end")]
    issue["line_start"], issue["line_end"] = lines[0], lines[1]
    issue["message"] = (f"copies disagree on {issue['field']}: kept {kept!r}, the reading "
                        f"{others} other document(s) of this run give (copies tied; "
                        f"{readings[0]['copies']} of {sum(r['copies'] for r in readings)} copies)")


def _last_report(rows: list[dict[str, Any]]) -> tuple[int, date | None]:
    if not rows:
        return 0, None
    last = max(rows, key=lambda r: r["seq"])
    return last["seq"], last.get("report_date")


def merge_across_files(tables: dict[str, list[dict[str, Any]]], paths: dict[str, str],
                       seen: dict[str, set[str]] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Merge the per-document rows of a run (see module doc)."""
    resolve_name_ties(tables, seen)
    out: dict[str, list[dict[str, Any]]] = {k: list(v) for k, v in tables.items()}
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("projects", []):
        by_key[row["project_key"]].append(row)
    reports: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in tables.get("progress_reports", []):
        reports[(row["doc_id"], row["project_key"])].append(row)

    sources: list[dict[str, Any]] = []
    primary_of: dict[str, str] = {}
    report_doc: dict[tuple[str, int], str] = {}
    conflicts: list[dict[str, Any]] = []
    for key, rows in by_key.items():
        last = {row["doc_id"]: _last_report(reports[(row["doc_id"], key)]) for row in rows}

        def rank(row: dict[str, Any]) -> tuple:
            seq, day = last[row["doc_id"]]
            return (-seq, -(day.toordinal() if day else 0), paths.get(row["doc_id"], ""), row["doc_id"])

        ordered = sorted(rows, key=rank)
        primary = ordered[0]
        primary_of[key] = primary["doc_id"]
        for i, row in enumerate(ordered):
            seq, day = last[row["doc_id"]]
            sources.append({"project_key": key, "doc_id": row["doc_id"], "role": "primary" if i == 0 else "merged",
                            "last_report_seq": seq or None, "last_report_date": day})
            if i:
                conflicts.extend(_conflicts(key, primary, row, "projects", paths))
        # report numbers: the primary first, then later files
        for row in ordered:
            for rep in sorted(reports[(row["doc_id"], key)], key=lambda r: r["seq"]):
                chosen = report_doc.setdefault((key, rep["seq"]), row["doc_id"])
                if chosen != row["doc_id"]:
                    other = next(r for r in reports[(chosen, key)] if r["seq"] == rep["seq"])
                    conflicts.extend(_conflicts(key, other, rep, "progress_reports", paths))

    out["projects"] = [r for r in tables.get("projects", []) if primary_of[r["project_key"]] == r["doc_id"]]
    for table in PER_PROJECT_TABLES:
        out[table] = [r for r in tables.get(table, []) if primary_of.get(r["project_key"]) == r["doc_id"]]
    out["progress_reports"] = [r for r in tables.get("progress_reports", [])
                               if report_doc.get((r["project_key"], r["seq"])) == r["doc_id"]]
    out["expenses"] = [
        r for r in tables.get("expenses", [])
        if (report_doc.get((r["project_key"], r["report_seq"]), primary_of.get(r["project_key"]))
            if r.get("report_seq") is not None
            else primary_of.get(r["project_key"])) == r["doc_id"]
    ]
    out["project_sources"] = sources
    out["issues"] = list(tables.get("issues", [])) + conflicts
    return out


def _conflicts(key: str, kept: dict[str, Any], other: dict[str, Any], table: str,
               paths: dict[str, str]) -> list[dict[str, Any]]:
    issues = []
    for column, value in other.items():
        if column in _VOLATILE or value is None or kept.get(column) is None or kept.get(column) == value:
            continue
        where = f" report {other['seq']}" if table == "progress_reports" else ""
        issues.append({
            "doc_id": other["doc_id"], "project_key": key, "severity": "warning", "code": "cross_file_conflict",
            "field": f"{table}.{column}",
            "message": f"{table}.{column}{where} differs between files: kept {str(kept[column])[:80]!r} from "
                       f"{paths.get(kept['doc_id'], kept['doc_id'])}, this file gives {str(value)[:80]!r}",
            "evidence": json.dumps({"kept": str(kept[column]), "kept_doc": kept["doc_id"], "this": str(value)},
                                   ensure_ascii=False),
            "line_start": other.get("line_start"), "line_end": other.get("line_end"),
        })
    return issues


# ------------------------------------------------------- one document at a time

@dataclass
class ProjectChoices:
    """What the merge decided for the project keys that several projects
    rows share (single keys need no decision: their document keeps them)."""
    primary: dict[str, str] = field(default_factory=dict)  # key -> doc_id kept
    report_doc: dict[tuple[str, int], str] = field(default_factory=dict)  # (key, seq) -> doc_id kept
    # key -> the kept projects row, and (key, seq) -> the kept report where another file
    # gives that report number: mappings (pipeline.reduce keeps them in its SQLite index)
    kept_project: Any = field(default_factory=dict)
    kept_report: Any = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)  # source_path of the kept documents


def rank_copy(seq: int | None, day: date | None, path: str, doc_id: str) -> tuple:
    """Sort key of a project's copies: the primary first (see module doc)."""
    return (-(seq or 0), -(day.toordinal() if day else 0), path, doc_id)


def keep_tests(doc_id: str, own: set[str], choices: ProjectChoices) -> tuple[Callable[[str | None], bool],
                                                                            Callable[[str | None, int | None], bool]]:
    """Whether the merge keeps a row of document `doc_id`: `kept(key)` for
    a row of a project (its projects row and the per-project tables'),
    `report_kept(key, seq)` for a report (and its expense lines); `own`: the
    project keys of the document's projects rows."""

    def kept(key: str | None) -> bool:
        return choices.primary[key] == doc_id if key in choices.primary else key in own

    def report_kept(key: str | None, seq: int | None) -> bool:
        if key not in choices.primary:
            return key in own
        # a report no file gave a row (its entry lost, its expense lines read): they go with the project
        return choices.report_doc.get((key, seq), choices.primary[key]) == doc_id

    return kept, report_kept


def expense_kept(key: str | None, report_seq: int | None, kept: Callable[[str | None], bool],
                 report_kept: Callable[[str | None, int | None], bool]) -> bool:
    """An expense line (of project `key`, report `report_seq`) goes with its
    report, a line of no report with its project."""
    if report_seq is not None:
        return report_kept(key, report_seq)
    return kept(key)


def document_conflicts(doc_id: str, projects: list[dict[str, Any]], reports: list[dict[str, Any]],
                       choices: ProjectChoices) -> list[dict[str, Any]]:
    """The `cross_file_conflict` issues of one document (its projects and
    progress_reports rows, name ties settled) against the kept rows."""
    rows_by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in projects:
        rows_by_key[row["project_key"]].append(row)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in reports:
        by_key[row["project_key"]].append(row)
    conflicts: list[dict[str, Any]] = []
    for key, rows in rows_by_key.items():
        if key not in choices.primary:
            continue
        for i, row in enumerate(rows):
            if i or choices.primary[key] != doc_id:
                conflicts.extend(_conflicts(key, choices.kept_project[key], row, "projects", choices.paths))
        for _ in rows:  # as merge_across_files: once per projects row of this key
            for rep in sorted(by_key[key], key=lambda r: r["seq"]):
                if choices.report_doc[(key, rep["seq"])] != doc_id:
                    conflicts.extend(_conflicts(key, choices.kept_report[(key, rep["seq"])], rep,
                                                "progress_reports", choices.paths))
    return conflicts


def merge_document(doc_id: str, tables: dict[str, list[dict[str, Any]]],
                   choices: ProjectChoices) -> dict[str, list[dict[str, Any]]]:
    """One document's rows after the cross-file merge: what merge_across_files
    gives for it, from `choices` instead of the other documents' rows (name
    ties already settled).  The reduce step gives the same in Arrow, taking
    rows rather than converting them (pipeline.reduce.merge_shard)."""
    kept, report_kept = keep_tests(doc_id, {r["project_key"] for r in tables.get("projects", [])}, choices)
    out: dict[str, list[dict[str, Any]]] = {k: list(v) for k, v in tables.items()}
    out["projects"] = [r for r in tables.get("projects", []) if kept(r["project_key"])]
    for table in PER_PROJECT_TABLES:
        out[table] = [r for r in tables.get(table, []) if kept(r["project_key"])]
    out["progress_reports"] = [r for r in tables.get("progress_reports", []) if report_kept(r["project_key"], r["seq"])]
    out["expenses"] = [r for r in tables.get("expenses", []) if expense_kept(r["project_key"], r.get("report_seq"), kept, report_kept)]
    conflicts = document_conflicts(doc_id, tables.get("projects", []), tables.get("progress_reports", []), choices)
    out["issues"] = list(tables.get("issues", [])) + conflicts
    for doc in out.get("documents", []):
        doc["n_issues"] = len(out["issues"])
    return out
