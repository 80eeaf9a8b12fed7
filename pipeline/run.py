"""The run driver: find input files, map process_document over them, merge
across files, write the tables.  The CLI is a thin shell over `ingest`."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.merge import merge_across_files
from pipeline.stages import doc_id_for, process_document
from pipeline.validate import validate_rows
from pipeline.writer import write_table
from schemas.arrow import TABLES

INPUT_SUFFIXES = (".txt", ".md")


class UsageError(ValueError):
    """Bad arguments (a missing input, an output that is a file, ...)."""


@dataclass
class RunSummary:
    out_dir: Path
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    by_status: Counter[str] = field(default_factory=Counter)
    by_doc_type: Counter[str] = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    issues_by_severity: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def n_failed(self) -> int:
        return self.by_status.get("failed", 0)


def source_name(path: Path) -> str:
    """How a file is named in the output: the path as given, normalised."""
    return Path(os.path.normpath(path)).as_posix()


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: files named directly (any suffix) and, under folders,
    every .txt/.md file; sorted, duplicates removed."""
    found: dict[str, Path] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for sub in path.rglob("*"):
                if sub.is_file() and sub.suffix.lower() in INPUT_SUFFIXES and not sub.name.startswith("."):
                    found.setdefault(source_name(sub), sub)
        elif path.is_file():
            found.setdefault(source_name(path), path)
        else:
            raise UsageError(f"input not found: {item}")
    return [found[k] for k in sorted(found)]


def read_and_process(path: Path) -> dict[str, list[dict[str, Any]]]:
    """process_document for one file; a file that cannot be read still gives
    its documents row (status failed) and an issue."""
    name = source_name(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc_id = doc_id_for(name, "")
        reason = f"read: {type(exc).__name__}: {exc.strerror or exc}"
        documents, _ = validate_rows("documents", [{
            "doc_id": doc_id, "source_path": name, "sha256": "", "size_bytes": 0, "encoding": None,
            "doc_type": "unknown", "status": "failed", "n_pages": None, "n_copies": None, "n_issues": 1,
            "parser_version": "", "error": reason, "clean_fixes": None}])
        issues, _ = validate_rows("issues", [{"doc_id": doc_id, "project_key": None, "severity": "error",
                                              "code": "read_failed", "message": reason, "evidence": ""}])
        return {"documents": documents, "issues": issues}
    return process_document(name, data)


def ingest(inputs: Iterable[str | Path], out_dir: str | Path,
           progress: Callable[[Path, dict[str, Any]], None] | None = None) -> RunSummary:
    """Ingest every input file into OUT/<table>.parquet; return a summary."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a folder")
    files = discover(inputs)
    started = time.perf_counter()
    summary = RunSummary(out)
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for path in files:
        rows = read_and_process(path)
        for table, table_rows in rows.items():
            tables[table].extend(table_rows)
        doc = rows["documents"][0]
        summary.files += 1
        summary.bytes += doc["size_bytes"]
        summary.by_status[doc["status"]] += 1
        summary.by_doc_type[doc["doc_type"]] += 1
        if doc["status"] == "failed":
            summary.failed.append((doc["source_path"], doc["error"] or ""))
        if progress:
            progress(path, doc)
    paths = {d["doc_id"]: d["source_path"] for d in tables["documents"]}
    merged = merge_across_files(tables, paths)
    per_doc = Counter(i["doc_id"] for i in merged["issues"])
    for doc in merged["documents"]:
        doc["n_issues"] = per_doc.get(doc["doc_id"], 0)
    for table in TABLES:
        write_table(out, table, merged.get(table, []))
        summary.rows[table] = len(merged.get(table, []))
    summary.issues_by_severity.update(i["severity"] for i in merged["issues"])
    summary.seconds = time.perf_counter() - started
    return summary
