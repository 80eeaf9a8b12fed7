"""The run driver: plan, map, reduce.  The CLI is a thin shell over `ingest`.

1. plan: find the input files; with the manifest, keep only those that are
   new, changed, or were read by another parser version (`full` redoes all);
2. map: batches of files through `process_document` (pipeline.batch), each
   batch's rows written as a shard, then recorded in the manifest;
3. reduce: the shards merged into OUT/<table>.parquet (pipeline.reduce);
   OUT/run.json says what the run did.

Every output file is written to a temporary name and renamed when complete:
a killed run leaves the previous tables readable, and the next run picks up
from the shards already recorded.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.batch import BatchResult, Item, default_workers, make_batches, run_batches
from pipeline.manifest import Manifest
from pipeline.reduce import write_final
from pipeline.shards import new_shard_name, remove_unlisted, write_shard
from pipeline.version import PACKAGE_VERSION, PARSER_VERSION, RUN_VERSION
from pipeline.views import VIEWS_FILE, views_sql
from pipeline.writer import atomic_path, publish
from schemas.dictionary import SCHEMA_VERSION

INPUT_SUFFIXES = (".txt", ".md")
WORK_DIR = ".raingan"
MANIFEST = "manifest.sqlite"
SLOWEST = 5  # files named in run.json as the slowest


class UsageError(ValueError):
    """Bad arguments (a missing input, an output that is a file, ...)."""


@dataclass
class RunSummary:
    out_dir: Path
    files: int = 0  # inputs found
    processed: int = 0  # read and parsed this run
    skipped: int = 0  # unchanged since an earlier run
    bytes: int = 0  # bytes processed this run
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    by_status: Counter[str] = field(default_factory=Counter)  # over all inputs
    by_doc_type: Counter[str] = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    issues_by_severity: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    slowest: list[dict[str, Any]] = field(default_factory=list)
    engine: str = "local"
    workers: int = 1
    peak_rss_mb: float = 0.0
    issues_by_code: Counter[str] = field(default_factory=Counter)
    started_at: str | None = None  # UTC, ISO 8601
    finished_at: str | None = None
    command: list[str] | None = None
    inputs: list[str] = field(default_factory=list)

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


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def plan(files: list[Path], manifest: Manifest, full: bool) -> tuple[list[Item], int]:
    """(items to process, number skipped as unchanged)."""
    todo: list[Item] = []
    skipped = 0
    for path in files:
        name = source_name(path)
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = 0, 0
        entry = None if full else manifest.lookup(name)
        # a file read before by this parser version is skipped unless it
        # changed; one that could not be read (a transient error) is retried
        if entry and entry["parser_version"] == RUN_VERSION and not (entry["error"] or "").startswith("read:"):
            if entry["size"] == size and entry["mtime_ns"] == mtime:
                skipped += 1
                continue
            if entry["size"] == size and _sha256(path) == entry["sha256"]:
                manifest.restamp(name, size, mtime)  # touched, not changed
                skipped += 1
                continue
        todo.append(Item(name, str(path), size, mtime))
    return todo, skipped


def ingest(inputs: Iterable[str | Path], out_dir: str | Path, *, workers: int | None = None, engine: str = "local",
           scheduler: str | None = None, full: bool = False,
           progress: Callable[[BatchResult], None] | None = None,
           on_plan: Callable[[int, int], None] | None = None,
           command: list[str] | None = None) -> RunSummary:
    """Ingest every input file into OUT/<table>.parquet; return a summary.

    `progress` is called with each finished batch; `on_plan` with the number
    of files and bytes to process once they are known; `command` is the
    command line run.json records (the CLI's)."""
    started = time.perf_counter()
    inputs = list(inputs)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a folder")
    files = discover(inputs)
    out.mkdir(parents=True, exist_ok=True)
    work = out / WORK_DIR
    shards_dir = work / "shards"
    lock = _lock(work)
    manifest = Manifest(out / MANIFEST)
    summary = RunSummary(out, files=len(files), engine=engine, workers=workers or default_workers(),
                         started_at=_now(), command=list(command) if command else None,
                         inputs=[str(i) for i in inputs])
    try:
        if full:
            manifest.clear()
        manifest.keep_only(source_name(p) for p in files)
        remove_unlisted(shards_dir, manifest.shards())  # left by a killed run
        todo, summary.skipped = plan(files, manifest, full)
        summary.timings["plan"] = time.perf_counter() - started
        if on_plan:
            on_plan(len(todo), sum(i.size for i in todo))

        t_map = time.perf_counter()
        batches = make_batches(todo)
        slowest: list[dict[str, Any]] = []  # the SLOWEST longest-running files so far, not every file's stats
        by_item = {i.source_path: i for i in todo}
        for result in run_batches(batches, engine=engine, workers=summary.workers, scheduler=scheduler,
                                  shards_dir=str(shards_dir)):
            shard = result.shard
            if shard is None:
                shard = new_shard_name(result.index)
                write_shard(shards_dir, shard, result.tables)
            manifest.commit(shard, [{**s, "size": by_item[s["source_path"]].size,
                                     "mtime_ns": by_item[s["source_path"]].mtime_ns,
                                     "parser_version": RUN_VERSION} for s in result.stats])
            slowest = heapq.nlargest(SLOWEST, slowest + result.stats, key=lambda s: s["seconds"])
            summary.processed += len(result.stats)
            summary.bytes += sum(s["size"] for s in result.stats)
            if progress:
                progress(result)
        summary.timings["map"] = time.perf_counter() - t_map
        remove_unlisted(shards_dir, manifest.shards())  # shards whose files were all redone

        t_reduce = time.perf_counter()
        summary.rows = write_final(out, manifest, shards_dir)
        summary.timings["reduce"] = time.perf_counter() - t_reduce
        for status, doc_type, n in manifest.db.execute(
                "SELECT status, doc_type, count(*) FROM files GROUP BY status, doc_type"):
            summary.by_status[status] += n
            summary.by_doc_type[doc_type] += n
        summary.failed = [tuple(r) for r in manifest.db.execute(
            "SELECT source_path, error FROM files WHERE status = 'failed' ORDER BY source_path LIMIT 50")]
        summary.issues_by_severity, summary.issues_by_code = _issue_counts(out)
        summary.slowest = slowest
        write_views(out)
    finally:
        manifest.close()
        lock.close()
    summary.seconds = time.perf_counter() - started
    summary.timings["total"] = summary.seconds
    summary.peak_rss_mb = peak_rss_mb()
    summary.finished_at = _now()
    write_run_json(out, summary)
    return summary


def _lock(work: Path):
    """An exclusive lock on OUT for the run: two runs must not interleave
    their shards and manifest rows."""
    import fcntl

    work.mkdir(parents=True, exist_ok=True)
    handle = open(work / "lock", "w")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.close()
        raise UsageError(f"another raingan run is writing to {work.parent}") from exc
    return handle


def _issue_counts(out: Path) -> tuple[Counter[str], Counter[str]]:
    """Issues by severity and by code."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(out / "issues.parquet", columns=["severity", "code"])
    return tuple(Counter({c["values"]: c["counts"] for c in pc.value_counts(table[column]).to_pylist()})
                 for column in ("severity", "code"))


def _now() -> str:
    """UTC now, to the second (run.json only: never in row data)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def write_views(out: Path) -> None:
    """OUT/raingan.duckdb.sql: DuckDB views over the tables (pipeline.views)."""
    final = out / VIEWS_FILE
    tmp = atomic_path(final)
    tmp.write_text(views_sql(), encoding="utf-8")
    publish(tmp, final)


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return round(max(own, children), 1)


def write_run_json(out: Path, summary: RunSummary) -> None:
    """OUT/run.json: what the run did, for cron jobs and dashboards."""
    data = {
        "raingan": PACKAGE_VERSION,
        "parser_version": PARSER_VERSION,
        "schema_version": SCHEMA_VERSION,
        "started_at": summary.started_at,
        "finished_at": summary.finished_at,
        "command": summary.command,
        "inputs": summary.inputs,
        "engine": summary.engine,
        "workers": summary.workers,
        "files": summary.files,
        "processed": summary.processed,
        "skipped": summary.skipped,
        "mb_processed": round(summary.bytes / 1e6, 3),
        "seconds": {k: round(v, 3) for k, v in summary.timings.items()},
        "files_per_second": round(summary.processed / summary.timings["map"], 2) if summary.timings.get("map") else None,
        "mb_per_second": round(summary.bytes / 1e6 / summary.timings["map"], 3) if summary.timings.get("map") else None,
        "by_status": dict(sorted(summary.by_status.items())),
        "by_doc_type": dict(sorted(summary.by_doc_type.items())),
        "rows": summary.rows,
        "issues": dict(sorted(summary.issues_by_severity.items())),
        "issues_by_code": dict(sorted(summary.issues_by_code.items())),
        "failed": [{"source_path": p, "error": e} for p, e in summary.failed],
        "slowest": [{"source_path": s["source_path"], "seconds": round(s["seconds"], 4), "size": s["size"]}
                    for s in summary.slowest],
        "peak_rss_mb": summary.peak_rss_mb,
    }
    tmp = atomic_path(out / "run.json")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    publish(tmp, out / "run.json")

