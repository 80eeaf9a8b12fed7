"""Archive-scale runs: engines agree byte for byte, reruns skip what is
done, a changed file is redone alone, a killed run recovers, hostile files
in a large archive are kept as failed documents."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.run import ingest
from pipeline.version import RUN_VERSION
from tests.conftest import SAMPLES, manifest_shards, read_tables, recorded_versions

SMALL = ["001_fdefb2afb18072a2.txt", "002_e5b5a9d4d9adb57c.txt", "003_c0975e1d5f59aaa1.txt"]


def make_archive(folder: Path, n: int, names: list[str] = SMALL) -> list[Path]:
    """n files: the samples with their project codes and names changed, so
    each file is its own project (an archive of many districts)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in names]
    paths = []
    for i in range(n):
        text = texts[i % len(texts)]
        text = text.replace("09000000-4050", f"{10000000 + i:08d}-4050").replace("50410000-6831", f"{20000000 + i:08d}-6831")
        text = text.replace("ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้", f"โครงการลำดับ {i}", 1)
        path = folder / f"district-{i // 100:02d}" / f"report-{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def table_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    make_archive(folder, 60)
    return folder


def test_serial_parallel_and_dask_give_identical_tables(archive, tmp_path):
    ingest([archive], tmp_path / "serial", workers=1)
    ingest([archive], tmp_path / "pool", workers=2)
    # another process on the machine holds the Dask scheduler's default HTTP port (a dashboard, another run):
    # the run takes a free one and says nothing
    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:  # (already held by something else: the case itself)
        pass
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ingest([archive], tmp_path / "dask", engine="dask", workers=2)
    finally:
        held.close()
    assert not [w for w in caught if "8787" in str(w.message)]
    serial = table_bytes(tmp_path / "serial")
    assert serial == table_bytes(tmp_path / "pool")
    assert serial == table_bytes(tmp_path / "dask")
    assert pq.read_table(tmp_path / "serial" / "documents.parquet").num_rows == 60


def _busiest(batches, workers: int) -> int:
    """The bytes of the busiest of `workers` that each take the next batch when free (a pool's order)."""
    load = [0] * workers
    for batch in batches:
        load[load.index(min(load))] += sum(item.size for item in batch)
    return max(load)


def test_batches_shrink_toward_the_end_for_several_workers():
    from pipeline.batch import BATCH_FILES, Item, make_batches

    items = [Item(f"f{i}", f"f{i}", 1000 + 37 * (i % 7), 0) for i in range(100)]
    fixed = make_batches(items)
    assert [len(b) for b in fixed] == [BATCH_FILES] * 3 + [100 - 3 * BATCH_FILES]  # (one worker: as before)
    assert make_batches(items, workers=1) == fixed
    for workers in (2, 3, 4):
        batches = make_batches(items, workers=workers)
        assert [i for b in batches for i in b] == items  # every file once, input order kept
        assert all(0 < len(b) <= BATCH_FILES for b in batches)
        ideal = sum(i.size for i in items) / workers
        largest = max(i.size for i in items)
        # the busiest worker ends within one file of an even split; whole batches of 32 left one worker
        # several files over it (three workers) or a quarter over it (two, four)
        assert _busiest(batches, workers) <= ideal + largest < _busiest(fixed, workers)
    few = items[:BATCH_FILES]  # input that fits one batch stays one: read on this process, no pool
    assert make_batches(few, workers=2) == [few]
    empty = [Item(f"e{i}", f"e{i}", 0, 0) for i in range(200)]  # empty files are not cut one a batch
    assert len(make_batches(empty, workers=2)) < 20


def test_rerun_skips_everything_and_changes_nothing(archive, tmp_path):
    first = ingest([archive], tmp_path / "out", workers=2)
    before = table_bytes(tmp_path / "out")
    again = ingest([archive], tmp_path / "out", workers=2)
    assert first.processed == 60 and again.processed == 0 and again.skipped == 60
    assert table_bytes(tmp_path / "out") == before
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["processed"] == 0 and run["skipped"] == 60 and run["by_status"] == {"ok": 60}


def test_a_changed_file_is_redone_alone(tmp_path):
    folder = tmp_path / "in"
    paths = make_archive(folder, 12)
    ingest([folder], tmp_path / "out", workers=1)
    text = paths[5].read_text(encoding="utf-8").replace("ดำเนินการจัดสัมมนา", "ดำเนินการจัดสัมมนาแล้ว")
    assert text != paths[5].read_text(encoding="utf-8")
    paths[5].write_text(text, encoding="utf-8")
    os.utime(paths[7])  # touched, not changed
    summary = ingest([folder], tmp_path / "out", workers=1)
    assert summary.processed == 1 and summary.skipped == 11
    full = ingest([folder], tmp_path / "full", workers=1, full=True)
    assert full.processed == 12
    assert table_bytes(tmp_path / "out") == table_bytes(tmp_path / "full")
    descriptions = [r["description"] for r in read_tables(tmp_path / "out")["progress_reports"]]
    assert "ดำเนินการจัดสัมมนาแล้ว และเบิกจ่ายตามงบประมาณ" in descriptions


def test_removed_inputs_leave_the_tables(tmp_path):
    folder = tmp_path / "in"
    paths = make_archive(folder, 12)
    ingest([folder], tmp_path / "out", workers=1)
    paths[0].unlink()  # one of twelve: under the share a run may drop without --prune
    summary = ingest([folder], tmp_path / "out", workers=1)
    docs = read_tables(tmp_path / "out")["documents"]
    assert len(docs) == 11 and not [d for d in docs if d["source_path"].endswith(paths[0].name)]
    assert summary.n_forgotten == 1 and summary.n_missing == 0


def test_a_killed_run_leaves_old_tables_and_recovers(tmp_path):
    folder = tmp_path / "in"
    paths = make_archive(folder, 240)
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    old = table_bytes(out)
    for path in paths:  # every file changes: the next run has 240 to redo
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "raingan"
    shards = out / ".raingan" / "shards"
    before = {p.name for p in shards.iterdir()}
    old_shards = manifest_shards(out)
    proc = subprocess.Popen([str(exe), "ingest", str(folder), "-o", str(out), "--workers", "1", "--quiet"])
    deadline = time.time() + 600  # a loaded machine is slow to reach the map step; never a timing verdict
    while time.time() < deadline and proc.poll() is None:
        new = [p for p in shards.iterdir() if not p.name.startswith(".") and p.name not in before]
        # well into the map step, and a shard of this run committed to the manifest (on a loaded machine a
        # shard can stand renamed into place a while before its files' rows are committed)
        if len(new) >= 2 and manifest_shards(out) - old_shards:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert table_bytes(out) == old  # the previous output is whole and readable
    for path in out.glob("*.parquet"):
        pq.read_table(path)
    # the manifest skips a file only if the code that read it is this code (pipeline.version.CODE_DIGEST):
    # a checkout edited while this test runs makes the next run redo every file, which is right, not a loss
    assert recorded_versions(out) == {RUN_VERSION}, "the code changed while the test ran"
    summary = ingest([folder], out, workers=1)
    assert 0 < summary.processed < 240  # the shards of the killed run were kept
    docs = read_tables(out)["documents"]
    assert len(docs) == 240 and len({d["source_path"] for d in docs}) == 240
    ingest([folder], tmp_path / "clean", workers=1)
    assert table_bytes(out) == table_bytes(tmp_path / "clean")


def test_two_thousand_files_with_hostile_ones(tmp_path):
    folder = tmp_path / "in"
    make_archive(folder, 1996)
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "empty.txt").write_bytes(b"")
    (hostile / "binary.txt").write_bytes(os.urandom(20000))
    (hostile / "one-line.txt").write_text(("รายงานครั้งที่ 1 :: ความก้าวหน้า ชื่อโครงการ ข้อมูล " * 40000)[:5_000_000],
                                          encoding="utf-8")
    (hostile / "shift-jis.txt").write_bytes("進捗報告書 プロジェクト".encode("shift_jis") * 50)
    summary = ingest([folder], tmp_path / "out", workers=2)
    assert summary.files == 2000
    docs = {Path(d["source_path"]).name: d for d in read_tables(tmp_path / "out")["documents"]}
    assert len(docs) == 2000
    for name in ("empty.txt", "binary.txt", "one-line.txt", "shift-jis.txt"):
        assert docs[name]["status"] == "failed", (name, docs[name])
        assert docs[name]["error"]
    others = [d for n, d in docs.items() if n.startswith("report-")]
    assert all(d["status"] == "ok" for d in others)
    assert summary.by_status["failed"] == 4 and summary.by_status["ok"] == 1996


def test_two_runs_on_one_output_are_refused(tmp_path):
    import fcntl

    from pipeline.run import UsageError

    out = tmp_path / "out"
    (out / ".raingan").mkdir(parents=True)
    with open(out / ".raingan" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(UsageError, match="another raingan run"):
            ingest([SAMPLES / SMALL[0]], out, workers=1)
    assert ingest([SAMPLES / SMALL[0]], out, workers=1).processed == 1


def test_the_driver_of_a_pooled_run_does_not_load_the_parsers():
    """The CLI and the run driver hand files to workers; the stages, every
    parser and the dictionary are loaded by the workers (the pool's fork
    server, pipeline.warm) or, in a serial run, at the first file: a driver
    that imported them would pay about a second before any worker starts."""
    code = "import sys, pipeline.cli, pipeline.run, pipeline.rekey; print(sorted(m for m in sys.modules " \
           "if m == 'pipeline.stages' or m.startswith('parsers')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_the_driver_loads_what_its_reduce_needs_only_after_the_plan():
    """pyarrow, pydantic, the row schemas, the shards and the merge (about
    0.3 CPU s) are not loaded with the CLI and the run driver: a pooled run
    loads them while the pool's fork server loads the parsers
    (pipeline.run._ingest), a serial run with its first file; before, they
    were paid before the fork server started."""
    code = "import sys, pipeline.cli, pipeline.run, pipeline.rekey; " \
           "print(sorted(m for m in ('pyarrow', 'pyarrow.compute', 'pydantic', 'schemas.arrow', " \
           "'schemas.dictionary', 'pipeline.shards', 'pipeline.reduce') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_the_fork_server_loads_what_a_worker_runs_of_the_main_module(tmp_path):
    """A worker runs the driver's main module again (as __mp_main__); the
    modules its names come from are loaded once, in the fork server
    (pool_preload); a main module named __main__ or given with -c is not run
    again, and adds nothing."""
    script = tmp_path / "driver.py"
    script.write_text("import json\nfrom pipeline.cli import main\nfrom pipeline.batch import pool_preload\n"
                      "print(json.dumps(pool_preload()))\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=root, env=env)
    names = json.loads(out.stdout)
    assert names[0] == "pipeline.warm" and {"pipeline.cli", "json"} <= set(names)
    assert "__main__" not in names and "__mp_main__" not in names
    code = "from pipeline.batch import pool_preload; print(pool_preload())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "['pipeline.warm']"


def test_the_pool_starts_after_the_plan_only_when_there_is_a_pool():
    """start_pool starts the fork server (without waiting for it) exactly
    when run_batches will hand the batches to the local pool."""
    from pipeline.batch import Item, start_pool, uses_pool

    item = Item("a.txt", "/nonexistent/a.txt", 1, 0)
    assert not start_pool([[item]], "local", 2)  # one batch: read serially
    assert not start_pool([[item], [item]], "local", 1)
    assert not start_pool([[item], [item]], "dask", 2)
    assert uses_pool([[item], [item]], "local", 2)
    code = ("from multiprocessing import forkserver\nfrom pipeline.batch import Item, start_pool\n"
            "item = Item('a.txt', '/nonexistent/a.txt', 1, 0)\n"
            "print(start_pool([[item], [item]], 'local', 2), forkserver._forkserver._forkserver_pid is not None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.split() == ["True", "True"]


def test_a_pooled_cli_run_warns_of_nothing(tmp_path):
    """`python -m pipeline.cli ingest` with two workers: the fork server
    loads the CLI's imports, not the CLI module itself, so a worker's run of
    the main module (runpy) has nothing to warn about, and the tables are
    the serial run's."""
    folder = tmp_path / "in"
    make_archive(folder, 6)
    root = Path(__file__).resolve().parent.parent
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        run = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "-o", str(out),
                              "--workers", str(workers), "--quiet"], capture_output=True, text=True, cwd=root)
        assert run.returncode == 0 and "Warning" not in run.stderr, run.stderr
    assert json.loads((tmp_path / "out2" / "run.json").read_text())["workers"] == 2
    assert table_bytes(tmp_path / "out1") == table_bytes(tmp_path / "out2")
