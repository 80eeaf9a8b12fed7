"""An archive run an operator can trust (issue 14): no silent wipe, one
identity per file, errors as one line with the documented exit codes,
files that are no files kept as failed rows, a per-file time budget, the
table set swapped as one, durable writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import pipeline.generations as generations
from pipeline.batch import BATCH_FILES
from pipeline.cli import app
from pipeline.run import Interrupted, UsageError, ingest
from pipeline.version import RUN_VERSION
from pipeline.inputs import doc_id_for
from tests.conftest import SAMPLES, manifest_shards, read_tables, recorded_versions
from tests.test_batch import make_archive, table_bytes

SMALL = ["001_fdefb2afb18072a2.txt", "002_e5b5a9d4d9adb57c.txt", "003_c0975e1d5f59aaa1.txt"]
EXE = Path(sys.executable).parent / "raingan"


def small_inputs(folder: Path, names=SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def run_json(out: Path) -> dict:
    return json.loads((out / "run.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------ no silent wipe

def test_empty_input_is_refused_and_out_untouched(tmp_path):
    small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    ingest([tmp_path / "in"], out, workers=1)
    before = table_bytes(out)
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no input files"):
        ingest([tmp_path / "empty"], out, workers=1)
    assert table_bytes(out) == before
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "empty"), "-o", str(tmp_path / "fresh")])
    assert result.exit_code == 2 and "no input files" in result.output
    assert not (tmp_path / "fresh").exists()  # nothing left behind


def test_dropping_many_documents_needs_prune(tmp_path):
    folder = tmp_path / "in"
    paths = make_archive(folder, 6)
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    for path in paths[1:]:  # five of six gone: an unmounted share, a wrong folder
        path.unlink()
    summary = ingest([folder], out, workers=1)
    assert summary.n_missing == 5 and summary.n_forgotten == 0
    assert len(read_tables(out)["documents"]) == 6  # the rows were kept
    listed = run_json(out)["missing"]
    assert listed["count"] == 5 and listed["kept"] and sorted(listed["files"])[0].endswith("report-00001.txt")
    result = CliRunner().invoke(app, ["ingest", str(folder), "-o", str(out)])
    assert result.exit_code == 0 and "--prune" in result.output
    summary = ingest([folder], out, workers=1, prune=True)
    assert summary.n_forgotten == 5 and summary.n_missing == 0
    assert [d["source_path"] for d in read_tables(out)["documents"]] == ["district-00/report-00000.txt"]


# ------------------------------------------------------------ one identity per file

def test_the_same_file_by_three_spellings_is_one_document(tmp_path, monkeypatch):
    small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    first = ingest(["in"], "out", workers=1)
    ids = {d["source_path"]: d["doc_id"] for d in read_tables(out)["documents"]}
    assert first.processed == 3 and set(ids) == set(SMALL)
    again = ingest(["./in/"], out, workers=1)
    assert again.processed == 0 and again.skipped == 3
    monkeypatch.chdir(tmp_path / "in")  # another working directory, an absolute path
    third = ingest([str(tmp_path / "in")], str(out), workers=1)
    assert third.processed == 0 and third.skipped == 3 and not third.tables_rewritten
    monkeypatch.chdir(SAMPLES)
    fourth = ingest([os.path.relpath(tmp_path / "in" / SMALL[0])], str(out), workers=1, prune=True)
    assert fourth.skipped == 1 and fourth.processed == 0
    docs = read_tables(out)["documents"]
    assert [(d["source_path"], d["doc_id"]) for d in docs] == [(SMALL[0], ids[SMALL[0]])]
    sha = docs[0]["sha256"]
    assert docs[0]["doc_id"] == doc_id_for(SMALL[0], sha)


def test_a_moved_file_is_recognised_by_its_content(tmp_path):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    (folder / "moved").mkdir()
    os.rename(folder / SMALL[1], folder / "moved" / "renamed.txt")
    summary = ingest([folder], out, workers=1)
    assert summary.moved == 1 and summary.processed == 0
    names = [d["source_path"] for d in read_tables(out)["documents"]]
    assert "moved/renamed.txt" in names and SMALL[1] not in names
    ingest([folder], tmp_path / "fresh", workers=1)  # the same as reading it anew
    assert table_bytes(out) == table_bytes(tmp_path / "fresh")


def test_inputs_outside_the_recorded_root_ask_for_root(tmp_path):
    small_inputs(tmp_path / "a", SMALL[:1])
    small_inputs(tmp_path / "b", SMALL[1:2])
    out = tmp_path / "out"
    ingest([tmp_path / "a"], out, workers=1)
    with pytest.raises(UsageError, match="--root"):
        ingest([tmp_path / "b"], out, workers=1)
    summary = ingest([tmp_path / "a", tmp_path / "b"], out, workers=1, root=tmp_path)
    assert summary.moved == 1 and summary.processed == 1  # a's file re-keyed under the new root
    assert [d["source_path"] for d in read_tables(out)["documents"]] == [f"a/{SMALL[0]}", f"b/{SMALL[1]}"]


def test_file_names_are_kept_as_on_disk(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    data = (SAMPLES / SMALL[0]).read_bytes()
    nfd = unicodedata.normalize("NFD", "รายงานที่ ๑ é.txt")
    assert nfd != unicodedata.normalize("NFC", nfd)
    (folder / nfd).write_bytes(data)
    os.mkdir(os.fsencode(folder) + b"/latin1-\xe9")  # a folder whose name is not UTF-8
    with open(os.fsencode(folder) + b"/latin1-\xe9/r\xe9port.txt", "wb") as handle:
        handle.write(data)
    ingest([folder], tmp_path / "out", workers=1)
    docs = read_tables(tmp_path / "out")["documents"]
    names = sorted(d["source_path"] for d in docs)
    assert names == sorted([nfd, "latin1-\\xe9/r\\xe9port.txt"])
    assert all(d["status"] == "ok" for d in docs)
    assert (folder / nfd).exists()  # the name in the table opens the file


# ------------------------------------------------------------ errors, not tracebacks

def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    small_inputs(tmp_path / "in", SMALL[:1])
    out = tmp_path / "out"
    started = time.monotonic()
    proc = subprocess.run([str(EXE), "ingest", str(tmp_path / "in"), "-o", str(out), "--engine", "dask",
                           "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "1"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
    assert "Traceback" not in proc.stderr and len(" ".join(lines)) < 300
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in " ".join(lines)
    assert not out.exists()  # a run that could not start leaves nothing
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("target", ["/dev/null/x", "file"])
def test_unwritable_output_is_one_line_and_exit_2(tmp_path, target):
    small_inputs(tmp_path / "in", SMALL[:1])
    if target == "file":
        target = str(tmp_path / "a-file")
        Path(target).write_text("x")
    proc = subprocess.run([str(EXE), "ingest", str(tmp_path / "in"), "-o", target],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error:") and len(proc.stderr) < 300


def test_files_that_are_no_files_get_failed_rows(tmp_path):
    folder = small_inputs(tmp_path / "in", SMALL[:1])
    os.mkfifo(folder / "pipe.txt")
    os.symlink("nowhere.txt", folder / "broken.txt")
    os.mkfifo(tmp_path / "direct.txt")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("x")
    locked.chmod(0)
    try:
        summary = ingest([folder, tmp_path / "direct.txt"], tmp_path / "out", workers=1)
    finally:
        locked.chmod(stat.S_IRWXU)
    docs = {d["source_path"]: d for d in read_tables(tmp_path / "out")["documents"]}
    assert docs["in/pipe.txt"]["status"] == "failed" and "FIFO" in docs["in/pipe.txt"]["error"]
    assert docs["direct.txt"]["status"] == "failed" and "FIFO" in docs["direct.txt"]["error"]
    assert docs["in/broken.txt"]["status"] == "failed" and "broken symbolic link" in docs["in/broken.txt"]["error"]
    assert docs[f"in/{SMALL[0]}"]["status"] == "ok"
    if os.geteuid() != 0:  # root lists any folder
        assert "cannot list the folder" in docs["in/locked"]["error"]
    assert summary.files == len(docs)


def _sigint_at_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _signal_state(pid: int) -> str:
    """The process's blocked, ignored and caught signals (Linux; for a
    failure's message: a Ctrl-C that changed nothing once, cause not found)."""
    try:
        return " ".join(ln.split()[0] + ln.split()[1] for ln in Path(f"/proc/{pid}/status").read_text().splitlines()
                        if ln.startswith(("SigBlk", "SigIgn", "SigCgt")))
    except OSError:
        return "?"


def test_ctrl_c_says_what_was_kept_and_how_to_resume(tmp_path):
    folder = tmp_path / "in"
    n = 400  # enough batches after the second that a loaded machine's Ctrl-C still lands before the run ends
    make_archive(folder, n)
    out = tmp_path / "out"
    # Ctrl-C at a terminal reaches a process whose SIGINT is at its default; a command put in the
    # background by a shell without job control (`make test &` in a script) starts with SIGINT
    # ignored, and so would the run (POSIX: such a job is not to be stopped by Ctrl-C), so the
    # run is started as a terminal would start it.
    proc = subprocess.Popen([str(EXE), "ingest", str(folder), "-o", str(out), "--workers", "1", "--quiet"],
                            stderr=subprocess.PIPE, text=True, preexec_fn=_sigint_at_default)
    shards = out / ".raingan" / "shards"
    deadline = time.time() + 600  # a loaded machine is slow to reach the map step; never a timing verdict
    while time.time() < deadline and proc.poll() is None:
        if shards.exists() and len([p for p in shards.iterdir() if not p.name.startswith(".")]) >= 2 \
                and manifest_shards(out):
            break  # one batch recorded at least, in the manifest too (the second is being written)
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    seen = _signal_state(proc.pid), len(list(shards.iterdir())), len(manifest_shards(out)), n // BATCH_FILES + 1
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, (stderr, "run's signal state, shards written, committed, of:", seen)
    assert "Traceback" not in stderr and "interrupted" in stderr and "same command" in stderr
    assert recorded_versions(out) == {RUN_VERSION}, "the code changed while the test ran"
    summary = ingest([folder], out, workers=1)
    assert 0 < summary.skipped < n and summary.processed == n - summary.skipped


def _ctrl_c_in(step: str, folder: Path, out: Path, monkeypatch):
    """`raingan ingest` with a Ctrl-C where pipeline.run calls `step`."""
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(f"pipeline.run.{step}", interrupted)
    result = CliRunner().invoke(app, ["ingest", str(folder), "-o", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 130, result.output
    return result


def test_a_ctrl_c_before_the_run_starts_says_nothing_was_read(tmp_path, monkeypatch):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = _ctrl_c_in("walk_inputs", folder, out, monkeypatch)
    assert "before any file was read" in result.output and "Aborted" not in result.output
    assert not out.exists()


def test_a_ctrl_c_after_the_tables_were_written_says_run_json_is_behind(tmp_path, monkeypatch):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = _ctrl_c_in("write_run_json", folder, out, monkeypatch)
    assert "run.json may still be the last run's" in result.output and "Aborted" not in result.output
    assert not (out / "run.json").exists()
    written = read_tables(out)
    assert len(written["documents"]) == len(SMALL)  # the tables are this run's
    monkeypatch.undo()
    summary = ingest([folder], out, workers=1)  # the same command again writes run.json, reading nothing
    assert summary.processed == 0 and summary.skipped == len(SMALL)
    assert run_json(out)["skipped"] == len(SMALL)


# ------------------------------------------------------------ time budget

def _stalling_parse(doc):
    while True:
        pass


def test_a_stalled_file_is_failed_and_the_run_goes_on(tmp_path, monkeypatch):
    import pipeline.stages as stages

    folder = small_inputs(tmp_path / "in", SMALL[:2])
    real = dict(stages.STAGES)
    stalls = {"n": 0}

    def parse(doc):
        if doc.source_path == SMALL[0]:
            stalls["n"] += 1
            _stalling_parse(doc)
        real["parse"](doc)

    monkeypatch.setattr(stages, "STAGES", [(n, parse if n == "parse" else f) for n, f in stages.STAGES])
    monkeypatch.setattr("pipeline.budget.PER_MB", 0.0)
    started = time.monotonic()
    summary = ingest([folder], tmp_path / "out", workers=1, file_timeout=0.3)
    assert time.monotonic() - started < 30 and stalls["n"] == 1
    docs = {d["source_path"]: d for d in read_tables(tmp_path / "out")["documents"]}
    assert docs[SMALL[0]]["status"] == "failed"
    assert docs[SMALL[0]]["error"].startswith("parse: time budget of 0.3 s exceeded")
    assert docs[SMALL[1]]["status"] == "ok" and summary.n_failed == 1, docs[SMALL[1]]["error"]
    issues = [i for i in read_tables(tmp_path / "out")["issues"] if i["code"] == "time_budget_exceeded"]
    assert len(issues) == 1


def test_the_budget_counts_the_process_s_cpu_time_not_the_clock():
    # a file is given up for the work it takes: a wall-clock timer gave up whole documents on a loaded machine
    from pipeline.budget import time_budget
    from pipeline.stages import TimeBudgetExceeded

    with time_budget(0.2):
        time.sleep(0.5)  # waiting (another process holding the core) uses none of the file's CPU time
    started = time.process_time()
    with pytest.raises(TimeBudgetExceeded, match="time budget of 0.2 s exceeded"):
        with time_budget(0.2):
            while True:
                pass
    assert time.process_time() - started >= 0.15


def test_the_budget_holds_in_a_thread_too():
    import threading

    from pipeline.budget import time_budget
    from pipeline.stages import TimeBudgetExceeded

    caught = []

    def work():
        try:
            with time_budget(0.2):
                while True:
                    pass
        except TimeBudgetExceeded as exc:
            caught.append(str(exc))
        with time_budget(5):  # a budget not used up leaves nothing behind
            pass
        time.sleep(0.1)
        caught.append("went on")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert caught and caught[0].startswith("time budget of 0.2 s") and caught[-1] == "went on"


def test_a_budget_fired_in_a_thread_leaves_the_interpreter_as_it_was():
    # taking the fired exception back with PyThreadState_SetAsyncExc(id, NULL) left CPython's
    # async-exception signal on for good: every thread then stopped at each eval-breaker check, and a
    # traced call spun on its first instruction forever (the next test using sys.settrace hung)
    import subprocess
    import sys

    script = """
import sys, threading
from pipeline.budget import time_budget
from pipeline.stages import TimeBudgetExceeded

def work():
    try:
        with time_budget(0.2):
            while True:
                pass
    except TimeBudgetExceeded:
        pass

thread = threading.Thread(target=work)
thread.start()
thread.join()
calls = []
sys.settrace(lambda frame, event, arg: calls.append(event))
(lambda: 1)()
sys.settrace(None)
print("traced", calls)
"""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "traced ['call']"


# ------------------------------------------------------------ the table set as one

def test_a_rerun_that_changed_nothing_rewrites_nothing(tmp_path):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    first = ingest([folder], out, workers=1)
    files = {p: (p.resolve(), p.resolve().stat().st_mtime_ns) for p in out.glob("*.parquet")}
    os.utime(folder / SMALL[0])  # touched, not changed
    again = ingest([folder], out, workers=1)
    assert first.tables_rewritten and not again.tables_rewritten and again.generation == first.generation
    assert {p: (p.resolve(), p.resolve().stat().st_mtime_ns) for p in out.glob("*.parquet")} == files
    assert run_json(out)["tables_rewritten"] is False


def _table_set(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet")) if p.exists()}


def _make_plain(out: Path) -> None:
    """OUT as an older raingan left it: the tables as plain files."""
    for path in out.glob("*.parquet"):
        data = path.read_bytes()
        path.unlink()
        path.write_bytes(data)
    shutil.rmtree(out / ".raingan" / "gen")
    (out / ".raingan" / "current").unlink()


@pytest.mark.parametrize("plain", [False, True], ids=["links", "plain-files"])
@pytest.mark.parametrize("fail_at", [0, 1, 2, 3, 4, 6, 9, 14, 20, 27, 33])
def test_a_crash_anywhere_in_the_swap_leaves_one_set(tmp_path, monkeypatch, fail_at, plain):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    if plain:
        _make_plain(out)
    old = _table_set(out)
    text = (folder / SMALL[2]).read_text(encoding="utf-8")
    (folder / SMALL[2]).write_text(text.replace("26,200 บาท", "26,300 บาท"), encoding="utf-8")
    calls = {"n": 0}

    def crashing(real):
        def wrapper(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] > fail_at:
                raise KeyboardInterrupt("killed")
            return real(*args, **kwargs)
        return wrapper

    class Crashing:  # the os and shutil the swap sees: every change of a name may be the last
        def __init__(self, module, names):
            self.module, self.names = module, names

        def __getattr__(self, name):
            real = getattr(self.module, name)
            return crashing(real) if name in self.names else real

    monkeypatch.setattr(generations, "os", Crashing(os, {"replace", "rename", "symlink", "unlink", "link"}))
    monkeypatch.setattr(generations, "shutil", Crashing(shutil, {"rmtree", "copy2"}))
    try:
        ingest([folder], out, workers=1)
        finished = True
    except Interrupted:
        finished = False
    monkeypatch.undo()
    now = _table_set(out)
    assert len(now) == 13  # no table missing, whatever the step
    ingest([folder], tmp_path / "new", workers=1)
    new = _table_set(tmp_path / "new")
    assert now in (old, new), f"a mix after {fail_at} steps"
    if finished:
        assert now == new
    ingest([folder], out, workers=1)  # the next run completes it
    assert _table_set(out) == new
    for path in out.glob("*.parquet"):
        pq.read_table(path)


def test_plain_tables_of_an_older_raingan_are_adopted(tmp_path):
    folder = small_inputs(tmp_path / "in")
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    new = _table_set(out)
    _make_plain(out)
    (folder / SMALL[0]).write_text((folder / SMALL[0]).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ingest([folder], out, workers=1)
    assert all(p.is_symlink() for p in out.glob("*.parquet"))
    assert _table_set(out).keys() == new.keys()


# ------------------------------------------------------------ durable writes

def test_renames_are_fsynced_before_and_after(tmp_path, monkeypatch):
    from pipeline import durable

    synced: list[str] = []
    real = os.fsync

    def fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else "?")
        return real(fd)

    monkeypatch.setattr(durable.os, "fsync", fsync)
    folder = small_inputs(tmp_path / "in", SMALL[:1])
    out = tmp_path / "out"
    ingest([folder], out, workers=1)
    if os.path.exists("/proc/self/fd"):
        gen = str((out / ".raingan" / "current").resolve())
        assert any(s.endswith("documents.parquet") for s in synced)  # each table before its folder's rename
        assert str((out / ".raingan").resolve()) in synced  # the swap, after the rename
        assert str(out.resolve()) in synced  # run.json and the table links
        assert any("/shards/" in s and s.endswith(".arrow") for s in synced)
        assert gen.rsplit("/", 1)[0] in synced


def test_a_change_to_the_code_that_reads_documents_redoes_every_file(tmp_path):
    """The manifest compares a version that includes a digest of the parsing
    code: the same code gives the same digest, any change to a module of
    normalizers/, parsers/, pipeline/ or schemas/ another one."""
    import shutil

    from pipeline.version import CODE_PACKAGES, code_digest

    root = Path(__file__).resolve().parent.parent
    for package in CODE_PACKAGES:
        shutil.copytree(root / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(tmp_path)
    assert before == code_digest(root) == code_digest(tmp_path)
    rule = tmp_path / "normalizers" / "numbers.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")
    assert code_digest(tmp_path) != before
