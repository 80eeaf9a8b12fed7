"""The map step: batches of files through `process_document`, on this
process, a local process pool, or a Dask cluster.

A batch is a list of (source name, path) handed to one task, so that the
per-task overhead (pickling, scheduling) is paid once for many small files.
`process_batch` is a pure function of its batch: it reads the files, runs the
stages and returns every row plus per-file timings; nothing is shared
between batches.  Engines yield batch results as they finish (in any
order); the caller writes each as a shard, so output never waits for the
slowest batch and the order results arrive in does not matter.
"""

from __future__ import annotations

import os
import signal
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.budget import TimeBudgetExceeded, budget_for, time_budget

BATCH_FILES = 32  # at most this many files per task
BATCH_BYTES = 8 * 1024 * 1024  # and at most about this many bytes


class EngineError(RuntimeError):
    """The engine cannot start: Dask missing, a scheduler out of reach."""


@dataclass(slots=True)
class Item:
    source_path: str  # the name rows carry (its path under the run root)
    path: str  # where to read it
    size: int
    mtime_ns: int
    problem: str | None = None  # why it cannot be read, known before reading (a FIFO, a broken link)


@dataclass(slots=True)
class BatchResult:
    index: int
    tables: dict[str, list[dict[str, Any]]]  # empty once written as a shard
    stats: list[dict[str, Any]] = field(default_factory=list)  # per file: source_path, size, seconds, status
    shard: str | None = None  # the shard the worker wrote, if it wrote one


def make_batches(items: list[Item], max_files: int = BATCH_FILES, max_bytes: int = BATCH_BYTES,
                 workers: int = 1) -> list[list[Item]]:
    """Consecutive items grouped by count and size (input order kept).

    For several workers the batches shrink toward the end (guided
    self-scheduling): each holds at most a `workers`-th of what is not yet
    batched (its bytes, and FILE_WEIGHT a file), so when one worker takes
    the last batch the others have about as little left, where a whole
    batch of BATCH_FILES taken last kept one worker busy while the rest
    waited.  The bench archive (303 files, 10 MB), each file's CPU seconds
    in the stage pass laid out on two workers that each take the next batch
    when free: in batches of 32 the busier worker had 6.6 % more than half
    the seconds, shrinking 0.1 % (17 batches for 10; the same tables, byte
    for byte: the reduce orders rows by source path, not by batch).  Input
    that fits one batch stays one (a run of a few files is read on this
    process, no pool started); one worker gets the batches as before."""
    one = len(items) <= 1 or len(items) <= max_files and sum(item.size for item in items) <= max_bytes
    return _batches(items, max_files, max_bytes, None if workers <= 1 or one else workers)


FILE_WEIGHT = 4096  # bytes a file counts for besides its own in the shrinking batches' share (its fixed cost:
# opened, detected, its rows written), so that a run of empty files is not cut into a batch each


def _batches(items: list[Item], max_files: int, max_bytes: int, workers: int | None) -> list[list[Item]]:
    """make_batches' groups; with `workers`, each also at most a `workers`-th
    of the weight still to group (a file's bytes and FILE_WEIGHT; at least one
    file a batch)."""
    batches: list[list[Item]] = []
    cur: list[Item] = []
    size = weight = 0
    left = sum(item.size + FILE_WEIGHT for item in items)  # the weight not yet in a closed batch
    share = left / workers if workers else 0
    for item in items:
        if cur and (len(cur) >= max_files or size + item.size > max_bytes
                    or (workers and weight + item.size + FILE_WEIGHT > share)):
            batches.append(cur)
            left -= weight
            share = left / workers if workers else 0
            cur, size, weight = [], 0, 0
        cur.append(item)
        size += item.size
        weight += item.size + FILE_WEIGHT
    if cur:
        batches.append(cur)
    return batches


def read_item(item: Item) -> tuple[bytes | None, str | None]:
    """The file's bytes, or why they cannot be read.  Opened without
    blocking and checked to be a regular file, so a FIFO that took a file's
    place since the inputs were listed cannot stall the worker."""
    if item.problem:
        return None, item.problem
    try:
        fd = os.open(item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return None, f"read: {type(exc).__name__}: {exc.strerror or exc}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None, "read: not a regular file"
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(), None
    except OSError as exc:
        return None, f"read: {type(exc).__name__}: {exc.strerror or exc}"
    finally:
        os.close(fd)


def read_and_process(item: Item, timeout: float | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every row of one file, within its time budget (pipeline.budget)."""
    # the stages (and with them every parser and the dictionary) are imported where files are read: a
    # worker, or the driver of a serial run; a driver that hands its files to a pool never needs them.  Loaded
    # whole (pipeline.warm: the dictionary's indexes too) before the first file's budget starts, which then
    # counts the file's own work only (a serial run's first file paid 1.5 CPU s of loading in it)
    import pipeline.warm  # noqa: F401
    from pipeline.stages import failed_document, process_document

    data, error = read_item(item)
    if data is None:
        return failed_document(item.source_path, error or "read: unknown error")
    try:
        with time_budget(budget_for(timeout, len(data))):
            return process_document(item.source_path, data)
    except TimeBudgetExceeded as exc:  # ran out between two stages
        return failed_document(item.source_path, f"time budget: {exc}", data, code="time_budget_exceeded")


def process_batch(index: int, items: list[Item], shards_dir: str | None = None,
                  timeout: float | None = None) -> BatchResult:
    """Every row of every file of one batch, files in batch order.  With
    `shards_dir` the worker writes the rows as a shard itself and returns
    only the file stats (no rows cross the process boundary)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    stats = []
    for item in items:
        started = time.perf_counter()
        rows = read_and_process(item, timeout)
        for table, table_rows in rows.items():
            tables.setdefault(table, []).extend(table_rows)
        doc = rows["documents"][0]
        stats.append({"source_path": item.source_path, "size": doc["size_bytes"], "status": doc["status"],
                      "doc_type": doc["doc_type"], "doc_id": doc["doc_id"], "sha256": doc["sha256"],
                      "error": doc["error"], "seconds": time.perf_counter() - started})
    if shards_dir is None:
        return BatchResult(index, tables, stats)
    from pipeline.shards import new_shard_name, write_shard

    name = new_shard_name(index)
    write_shard(Path(shards_dir), name, tables)
    return BatchResult(index, {}, stats, shard=name)


def _run_batch(args: tuple) -> BatchResult:
    return process_batch(*args)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the driver, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_serial(batches: list[list[Item]], timeout: float | None = None) -> Iterator[BatchResult]:
    for i, batch in enumerate(batches):
        yield process_batch(i, batch, None, timeout)


def run_pool(batches: list[list[Item]], workers: int, shards_dir: str | None = None,
             timeout: float | None = None) -> Iterator[BatchResult]:
    """A process pool; at most 2 x workers batches in flight.  Workers write
    their shards themselves when given `shards_dir`.  If the driver stops
    early (Ctrl-C, an error), the workers are stopped at once."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    ctx = _pool_context()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_ignore_sigint)
    finished = False
    try:
        pending = set()
        todo = ((i, batch, shards_dir, timeout) for i, batch in enumerate(batches))
        for args in todo:
            pending.add(pool.submit(_run_batch, args))
            if len(pending) >= 2 * workers:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.add(pool.submit(_run_batch, nxt))
        finished = True
    finally:
        if not finished:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _pool_context():
    """The local pool's start method: a fork server whose workers fork with
    everything loaded (pool_preload), or spawn where there is no fork."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(pool_preload())
        return ctx
    return mp.get_context("spawn")  # pragma: no cover - platforms without fork


def pool_preload() -> list[str]:
    """The modules the fork server loads before it forks a worker:
    pipeline.warm (the stages, the parsers, the dictionary), then the
    modules the names of the driver's main module come from (main_imports).
    A worker started by a fork server runs the driver's main module again
    before its first task (multiprocessing's spawn.prepare, as __mp_main__):
    for `raingan ingest` the CLI, whose imports (typer, rich, pipeline.run:
    0.2-0.4 CPU s) each worker paid; now they are paid once, in the fork
    server, and the worker's run of the main module finds them loaded."""
    return ["pipeline.warm", *main_imports()]


def main_imports() -> list[str]:
    """The modules (loaded in this process) that the names of the main
    module come from: its modules, and the modules its functions and classes
    were defined in; none for a main module a worker does not run again
    (one named __main__: `python -m pytest`) or that is gone.  The main
    module itself is not among them: a worker runs it afresh."""
    import sys
    from types import ModuleType

    main = sys.modules.get("__main__")
    spec_name = getattr(getattr(main, "__spec__", None), "name", None)
    if main is None or (spec_name and (spec_name == "__main__" or spec_name.endswith(".__main__"))):
        return []
    if spec_name is None and not getattr(main, "__file__", None):
        return []  # an interactive or -c main: nothing is run again
    names = set()
    for value in list(vars(main).values()):
        if isinstance(value, ModuleType):
            names.add(value.__name__)
        elif isinstance(value, type) or callable(value):
            module = getattr(value, "__module__", None)
            if isinstance(module, str):
                names.add(module)
    return sorted(n for n in names if n in sys.modules and n not in ("__main__", "__mp_main__", spec_name))


def uses_pool(batches: list[list[Item]], engine: str = "local", workers: int | None = None) -> bool:
    """Whether run_batches hands these batches to the local process pool."""
    return engine == "local" and (workers or default_workers()) > 1 and len(batches) > 1


def start_pool(batches: list[list[Item]], engine: str = "local", workers: int | None = None) -> bool:
    """Start the local pool's fork server now if run_batches will use one
    (True then), without waiting for it: it loads pool_preload's modules
    (over a CPU second) while the caller goes on with its own work; the
    pool's first worker then forks from it (run_pool; a worker's start waits
    for the loading to end)."""
    if not uses_pool(batches, engine, workers):
        return False
    ctx = _pool_context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
    return True


def connect_scheduler(address: str, timeout: float = 10.0):
    """A Dask client of a running scheduler; EngineError if it cannot be reached."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise EngineError("the dask engine needs the extra: pip install 'raingan[dask]'") from exc
    import logging

    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # the error below says it in one line
    try:
        return Client(address, timeout=f"{timeout}s")
    except Exception as exc:  # OSError, TimeoutError, ValueError for a bad address, ...
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngineError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def check_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import dask.distributed  # noqa: F401
    except ImportError as exc:
        raise EngineError("the dask engine needs the extra: pip install 'raingan[dask]'") from exc


def run_dask(batches: list[list[Item]], client: Any, workers: int, timeout: float | None = None) -> Iterator[BatchResult]:
    """The same batches as a Dask bag (one partition a batch) on a cluster:
    `client` is connected to a distributed scheduler (connect_scheduler),
    or None for a local cluster of `workers` processes.  Workers read the
    input paths themselves, so on a real cluster the archive must be on
    storage every worker mounts at the same path (NFS, a shared volume)."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if client is None:
        # No dashboard; the scheduler's own HTTP routes (health, metrics) still start, on a free port rather than
        # 8787, so two runs on one machine (or a test beside a run) do not contend for it ("Port 8787 is already
        # in use")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": ":0"})
        client = Client(cluster)
    try:
        bag = db.from_sequence([(i, b, None, timeout) for i, b in enumerate(batches)],
                               npartitions=max(1, len(batches))).map(_run_batch)
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            yield from future.result()
            future.release()
    finally:
        if cluster is not None:
            client.close()
            cluster.close()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_batches(batches: list[list[Item]], engine: str = "local", workers: int | None = None,
                client: Any = None, shards_dir: str | None = None,
                timeout: float | None = None) -> Iterable[BatchResult]:
    """Batch results as they finish.  A local pool writes shards in the
    workers (`shards_dir`); Dask returns rows and the caller writes them.
    `timeout` is the per-file time budget in seconds (pipeline.budget)."""
    workers = workers or default_workers()
    if engine == "dask":
        return run_dask(batches, client, workers, timeout)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if not uses_pool(batches, engine, workers):
        return run_serial(batches, timeout)
    return run_pool(batches, workers, shards_dir, timeout)
