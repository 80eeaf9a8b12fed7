"""The run driver: plan, map, reduce.  The CLI is a thin shell over `ingest`.

0. start: find the input files (pipeline.inputs) and reach the engine
   before OUT is touched, so a run that cannot start leaves nothing behind;
   a run whose inputs hold no file at all is refused;
1. plan: with the manifest, keep only the files that are new, changed, or
   were read by another parser version (`full` redoes all); a file met
   under a new name with the content of one that is gone is the same file
   moved: its rows are re-keyed, not parsed again (pipeline.rekey); files
   that are gone are forgotten, unless that would drop more than
   PRUNE_SHARE of the documents OUT holds (an unmounted or emptied share)
   and `prune` is not given: then their rows are kept and they are listed
   as missing;
2. map: batches of files through `process_document` (pipeline.batch), each
   batch's rows written as a shard, then recorded in the manifest; a
   worker pool's fork server is started as soon as the plan is made
   (pipeline.batch.start_pool), and loads the parsers while this process
   loads what its reduce needs;
3. reduce: the shards merged into a new generation of tables, swapped in
   whole (pipeline.generations); nothing is rewritten when the manifest is
   what the current generation was built from.  OUT/run.json says what the
   run did.

Every file is written to a temporary name, fsynced and renamed when
complete (pipeline.durable): a killed run leaves the previous tables
readable, and the next run picks up from the shards already recorded.
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

from pipeline.batch import BatchResult, EngineError, Item, default_workers, make_batches, run_batches, start_pool
from pipeline.budget import DEFAULT_SECONDS
from pipeline.durable import write_bytes_durably
from pipeline.generations import Generations
from pipeline.inputs import (
    INPUT_SUFFIXES,
    InputError,
    InputFile,
    common_root,
    display_name,
    name_inputs,
    under,
    walk_inputs,
)
from pipeline.manifest import Manifest, stored_root
from pipeline.rekey import rekey, stale_entries
from pipeline.shard_folders import new_shard_name, remove_unlisted
from pipeline.version import CODE_DIGEST, FULL_VERSION, PACKAGE_VERSION, PARSER_VERSION, RUN_VERSION
from pipeline.views import VIEWS_FILE, views_sql
from schemas.names import SCHEMA_VERSION

__all__ = ["INPUT_SUFFIXES", "Interrupted", "RunSummary", "UsageError", "ingest"]

WORK_DIR = ".raingan"
MANIFEST = "manifest.sqlite"
SLOWEST = 5  # files named in run.json as the slowest
PRUNE_SHARE = 0.10  # a run may forget at most this share of OUT's documents without --prune
MISSING_LISTED = 200  # missing or forgotten files named in run.json


class UsageError(ValueError):
    """Bad arguments or environment: a missing input, an output that is a
    file or cannot be written, no input file at all, an engine out of reach."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C: what the run had done when it stopped.  `stage` says what that
    leaves in OUT: "start" (before any file was read: OUT as it was), "read"
    (files read are kept in OUT/.raingan, the tables are the last finished
    run's) or "record" (the tables are this run's; run.json still the last
    run's)."""

    def __init__(self, out: Path, processed: int, todo: int, stage: str = "read"):
        super().__init__()
        self.out, self.processed, self.todo, self.stage = out, processed, todo, stage


@dataclass
class RunSummary:
    out_dir: Path
    root: str = ""
    files: int = 0  # inputs found
    processed: int = 0  # read and parsed this run
    skipped: int = 0  # unchanged since an earlier run
    moved: int = 0  # met under a new name, rows re-keyed
    bytes: int = 0  # bytes processed this run
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    by_status: Counter[str] = field(default_factory=Counter)  # over all documents OUT holds
    by_doc_type: Counter[str] = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    issues_by_severity: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    slowest: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gone from the inputs, rows kept (no --prune)
    n_missing: int = 0
    forgotten: list[str] = field(default_factory=list)  # gone from the inputs, rows dropped
    n_forgotten: int = 0
    tables_rewritten: bool = False
    generation: str | None = None
    engine: str = "local"
    workers: int = 1
    file_timeout: float | None = None
    peak_rss_mb: float = 0.0
    issues_by_code: Counter[str] = field(default_factory=Counter)
    started_at: str | None = None  # UTC, ISO 8601
    finished_at: str | None = None
    command: list[str] | None = None
    inputs: list[str] = field(default_factory=list)

    @property
    def n_failed(self) -> int:
        return self.by_status.get("failed", 0)


def _sha256(path: str) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def choose_root(inputs: list[str], found: list[str], out: Path, root: str | Path | None) -> str:
    """The run root: `root` if given, else the one OUT recorded, else the
    deepest folder holding every input.  `found`: the input files."""
    if root is not None:
        real = os.path.realpath(root)
        if not os.path.isdir(real):
            raise UsageError(f"--root {display_name(os.fspath(root))} is not a folder")
        return real
    recorded = stored_root(out / MANIFEST)
    if recorded is None:
        return common_root(inputs)
    if not all(under(path, recorded) for path in found):
        raise UsageError(
            f"the inputs are outside {display_name(recorded)}, the run root this output recorded (doc_ids are "
            f"made from paths under it): give --root with a folder holding both to change it (files already "
            f"in {out} are then recognised by their content and keep their rows under new doc_ids)")
    return recorded


def plan(files: list[InputFile], manifest: Manifest, full: bool, prune: bool,
         summary: RunSummary) -> list[Item]:
    """The files to process; renames moved files, forgets or keeps those
    gone (see the module doc)."""
    present = {f.key: f for f in files}
    known = manifest.names()
    gone = known - present.keys()
    new = [f for f in files if f.key not in known and not f.problem]
    if gone and new:
        summary.moved = _match_moves(manifest, gone, new)
        gone = manifest.names() - present.keys()
    if gone:
        names = sorted(gone)
        if len(gone) > PRUNE_SHARE * len(known) and not prune:
            summary.missing, summary.n_missing = names[:MISSING_LISTED], len(names)
        else:
            manifest.forget(names)
            summary.forgotten, summary.n_forgotten = names[:MISSING_LISTED], len(names)
    todo: list[Item] = []
    for f in files:
        entry = None if full else manifest.lookup(f.key)
        # a file read before by this parser version is skipped unless it
        # changed; one that could not be read (a transient error) is retried
        if entry and entry["parser_version"] == RUN_VERSION and not (entry["error"] or "").startswith("read:"):
            if entry["size"] == f.size and entry["mtime_ns"] == f.mtime_ns:
                summary.skipped += 1
                continue
            if entry["size"] == f.size and _sha256(f.path) == entry["sha256"]:
                manifest.restamp(f.key, f.size, f.mtime_ns)  # touched, not changed
                summary.skipped += 1
                continue
        todo.append(Item(f.key, f.path, f.size, f.mtime_ns, f.problem))
    return todo


def _match_moves(manifest: Manifest, gone: set[str], new: list[InputFile]) -> int:
    """Pair files that are gone with new files of the same content (same
    size first, then sha256); rename their entries; how many."""
    by_sha = manifest.by_sha(gone)
    sizes = {size for entries in by_sha.values() for _, size in entries}
    moves = []
    for f in new:
        if f.size not in sizes:
            continue
        sha = _sha256(f.path)
        candidates = by_sha.get(sha or "")
        if candidates:
            old, _ = candidates.pop(0)
            moves.append((old, f.key, f))
    manifest.rename((old, key) for old, key, _ in moves)
    for _, key, f in moves:
        manifest.restamp(key, f.size, f.mtime_ns)
    return len(moves)


def ingest(inputs: Iterable[str | Path], out_dir: str | Path, *, workers: int | None = None, engine: str = "local",
           scheduler: str | None = None, full: bool = False, prune: bool = False,
           root: str | Path | None = None, file_timeout: float | None = DEFAULT_SECONDS,
           scheduler_timeout: float = 10.0,
           progress: Callable[[BatchResult], None] | None = None,
           on_plan: Callable[[int, int], None] | None = None,
           command: list[str] | None = None) -> RunSummary:
    """Ingest every input file into OUT/<table>.parquet; return a summary.

    `progress` is called with each finished batch; `on_plan` with the number
    of files and bytes to process once they are known; `command` is the
    command line run.json records (the CLI's).  UsageError when the run
    cannot start (OUT is then untouched); Interrupted on Ctrl-C."""
    started = time.perf_counter()
    out = Path(out_dir)
    inputs = [os.fspath(i) for i in inputs]
    if not inputs:
        raise UsageError("no input given")
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a folder")
    # how far the run got, for the message a Ctrl-C gives wherever it lands (Interrupted's stages)
    where: dict[str, Any] = {"stage": "start", "summary": None, "todo": 0}
    try:
        return _ingest(inputs, out, started, where, workers=workers, engine=engine, scheduler=scheduler, full=full,
                       prune=prune, root=root, file_timeout=file_timeout, scheduler_timeout=scheduler_timeout,
                       progress=progress, on_plan=on_plan, command=command)
    except KeyboardInterrupt:
        summary = where["summary"]
        raise Interrupted(out, summary.processed if summary else 0, where["todo"], stage=where["stage"]) from None


def _ingest(inputs: list[str], out: Path, started: float, where: dict[str, Any], *, workers, engine, scheduler,
            full, prune, root, file_timeout, scheduler_timeout, progress, on_plan, command) -> RunSummary:
    try:
        found = walk_inputs(inputs)
        if not found:
            raise UsageError(f"no input files (.txt, .md) in {', '.join(display_name(i) for i in inputs)}: "
                             f"nothing was read and {out} was left untouched")
        run_root = choose_root(inputs, [path for path, *_ in found], out, root)
        files = name_inputs(found, run_root)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    client = _start_engine(engine, scheduler, scheduler_timeout)
    try:
        work, lock = _open_output(out)
    except BaseException:
        if client is not None:
            client.close()
        raise
    summary = RunSummary(out, root=run_root, files=len(files), engine=engine,
                         workers=workers or default_workers(), file_timeout=file_timeout,
                         started_at=_now(), command=list(command) if command else None, inputs=list(inputs))
    manifest = Manifest(out / MANIFEST)
    generations = Generations(out, work)
    shards_dir = work / "shards"
    todo: list[Item] = []
    where["summary"], where["stage"] = summary, "read"
    try:
        if manifest.meta("root") != run_root:
            manifest.set_meta("root", run_root)
        generations.remove_old()  # generations a killed run left half built
        remove_unlisted(shards_dir, manifest.shards())  # shards a killed run left unrecorded
        todo = plan(files, manifest, full, prune, summary)
        where["todo"] = len(todo)
        redo = {i.source_path for i in todo}
        stale = [e for e in stale_entries(manifest) if e["source_path"] not in redo]  # moved files, a new root
        if stale:
            rekey(manifest, shards_dir, stale)
        summary.timings["plan"] = time.perf_counter() - started
        batches = make_batches(todo, workers=summary.workers)
        if start_pool(batches, engine=summary.engine, workers=summary.workers):
            # the pool's fork server now loads the parsers and the dictionary (pipeline.warm, over a CPU
            # second) while this process loads what its reduce needs (pyarrow.compute and the merge: about
            # 0.3 CPU s), which it did after the map, all other work done
            import pipeline.reduce  # noqa: F401
        if on_plan:
            on_plan(len(todo), sum(i.size for i in todo))
        _map(todo, batches, summary, manifest, shards_dir, client, file_timeout, progress)
        remove_unlisted(shards_dir, manifest.shards())  # shards whose files were all redone
        t_reduce = time.perf_counter()
        _reduce(out, manifest, shards_dir, generations, summary, rebuild=full)
        where["stage"] = "record"  # the tables are this run's from here on
        summary.timings["reduce"] = time.perf_counter() - t_reduce
        _collect(manifest, summary)
        write_views(out)
    finally:
        manifest.close()
        lock.close()
        if client is not None:
            client.close()
    summary.seconds = time.perf_counter() - started
    summary.timings["total"] = summary.seconds
    summary.peak_rss_mb = peak_rss_mb()
    summary.finished_at = _now()
    write_run_json(out, summary)  # whole or not at all
    return summary


def _start_engine(engine: str, scheduler: str | None, timeout: float):
    """A Dask client of `scheduler` (None for the local pool and a local
    Dask cluster, started when there is work); UsageError if out of reach."""
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r} (local or dask)")
    if engine != "dask":
        if scheduler:
            raise UsageError("--scheduler goes with --engine dask")
        return None
    from pipeline.batch import check_dask, connect_scheduler

    try:
        check_dask()
        return connect_scheduler(scheduler, timeout) if scheduler else None
    except EngineError as exc:
        raise UsageError(str(exc)) from None


def _open_output(out: Path):
    """Create OUT and its work folder and take the run's lock; UsageError
    if OUT cannot be created or written."""
    work = out / WORK_DIR
    try:
        work.mkdir(parents=True, exist_ok=True)
        probe = work / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to the output folder {out}: {exc.strerror or exc}") from None
    return work, _lock(work)


def _map(todo: list[Item], batches: list[list[Item]], summary: RunSummary, manifest: Manifest, shards_dir: Path,
         client: Any, file_timeout: float | None, progress: Callable[[BatchResult], None] | None) -> None:
    t_map = time.perf_counter()
    slowest: list[dict[str, Any]] = []  # the SLOWEST longest-running files so far, not every file's stats
    by_item = {i.source_path: i for i in todo}
    results = run_batches(batches, engine=summary.engine,
                          workers=summary.workers, client=client, shards_dir=str(shards_dir), timeout=file_timeout)
    try:
        for result in results:
            shard = result.shard
            if shard is None:  # (Dask returns rows)
                from pipeline.shards import write_shard

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
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # stops the workers at once if the loop ended early
    summary.slowest = slowest
    summary.timings["map"] = time.perf_counter() - t_map


def _reduce(out: Path, manifest: Manifest, shards_dir: Path, generations: Generations, summary: RunSummary,
            rebuild: bool = False) -> None:
    """A new generation of tables unless the current one was built from
    the same files and outcomes (and `rebuild` is not asked for)."""
    digest = manifest.digest(RUN_VERSION)
    current = generations.current()
    if current is not None and current.get("digest") == digest and not rebuild:
        generations.link_tables(current["tables"])
        summary.rows = current["rows"]
        summary.issues_by_severity = Counter(current.get("issues", {}))
        summary.issues_by_code = Counter(current.get("codes", {}))
        summary.generation = generations.current_name()
        return
    from pipeline.reduce import write_final  # (loaded while a pool's fork server started: see _ingest)

    generations.adopt_plain_tables()
    folder = generations.new_folder()
    summary.rows = write_final(folder, manifest, shards_dir)
    summary.issues_by_severity, summary.issues_by_code = _issue_counts(folder)
    summary.generation = generations.publish(folder, {
        "digest": digest, "raingan": FULL_VERSION, "rows": summary.rows,
        "issues": dict(sorted(summary.issues_by_severity.items())),
        "codes": dict(sorted(summary.issues_by_code.items()))})
    summary.tables_rewritten = True


def _collect(manifest: Manifest, summary: RunSummary) -> None:
    for status, doc_type, n in manifest.db.execute(
            "SELECT status, doc_type, count(*) FROM files GROUP BY status, doc_type"):
        summary.by_status[status] += n
        summary.by_doc_type[doc_type] += n
    summary.failed = [tuple(r) for r in manifest.db.execute(
        "SELECT source_path, error FROM files WHERE status = 'failed' ORDER BY source_path LIMIT 50")]


def _lock(work: Path):
    """An exclusive lock on OUT for the run: two runs must not interleave
    their shards and manifest rows."""
    import fcntl

    handle = open(work / "lock", "w")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.close()
        raise UsageError(f"another raingan run is writing to {work.parent}") from exc
    return handle


def _issue_counts(folder: Path) -> tuple[Counter[str], Counter[str]]:
    """Issues by severity and by code."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    # (ParquetFile reads the one file: read_table would import pyarrow.dataset, and with it pandas, 0.3 CPU s)
    table = pq.ParquetFile(folder / "issues.parquet").read(columns=["severity", "code"])
    return tuple(Counter({c["values"]: c["counts"] for c in pc.value_counts(table[column]).to_pylist()})
                 for column in ("severity", "code"))


def _now() -> str:
    """UTC now, to the second (run.json only: never in row data)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def write_views(out: Path) -> None:
    """OUT/raingan.duckdb.sql: DuckDB views over the tables (pipeline.views);
    rewritten only when its text changed."""
    final = out / VIEWS_FILE
    data = views_sql().encode("utf-8")
    try:
        if final.read_bytes() == data:
            return
    except OSError:
        pass
    write_bytes_durably(final, data)


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
        "code_digest": CODE_DIGEST,
        "schema_version": SCHEMA_VERSION,
        "started_at": summary.started_at,
        "finished_at": summary.finished_at,
        "command": summary.command,
        "inputs": summary.inputs,
        "engine": summary.engine,
        "workers": summary.workers,
        "root": display_name(summary.root),
        "files": summary.files,
        "processed": summary.processed,
        "skipped": summary.skipped,
        "moved": summary.moved,
        "missing": {"count": summary.n_missing, "kept": True, "files": summary.missing,
                    "hint": "inputs gone from the run; their rows are kept: rerun with --prune to drop them"}
        if summary.n_missing else {"count": 0},
        "forgotten": {"count": summary.n_forgotten, "files": summary.forgotten},
        "tables_rewritten": summary.tables_rewritten,
        "generation": summary.generation,
        "file_timeout_s": summary.file_timeout,
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
    write_bytes_durably(out / "run.json", (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
