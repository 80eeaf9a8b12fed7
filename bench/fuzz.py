"""The hostile-input fuzz run (make fuzz; issue 14, part 8).

    python -m bench.fuzz [--files 10000] [--seed 14] [--scale 1.0] [--workers N] [--kills 5] [--dir DIR] [--keep]

Generates --files hostile files (bench.hostile, seeded: the same seed gives
the same files) into a temporary folder, runs `raingan ingest` over them in
a fresh process (as an operator would), and checks what it made:

- every file has exactly one `documents` row (matched on source_path), and
  no row names a file that was not made;
- no crash: exit status 0, no traceback on stderr, no `internal_error`
  issue, no document failed by an internal error;
- per-file seconds (the manifest's, as run.json's slowest): files over 1 s
  that are under 1 MB, and the seconds per MB of the multi-megabyte ones
  (linear: 50 MB in under 10 s is 0.2 s/MB);
- peak RSS of the largest process (run.json) and of the driver alone;
- truncated real forms: how many are lost whole (failed, or no project),
  and how many come out `ok` with no issue but the cut character's
  bad_bytes (a truncated form must be `partial` with an issue);
- a rerun: nothing rewritten, the tables byte-identical, and its seconds;
- --kills runs into a fresh OUT killed (SIGKILL to the process group) at
  random points, the last ones while the final tables are written: after
  each kill OUT holds one consistent set of readable tables (or none yet),
  and the run after the last kill completes them byte-identical to the
  unkilled run, with no duplicate rows.

It prints the figures and exits 1 if an invariant (rows for every file, no
crash, consistency after kills, no duplicates) fails; the timing and memory
figures are reported against the issue's targets, not asserted.
`bench.fuzz.check_output` is what tests/test_fuzz_slice.py asserts on a
small slice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.hostile import Made, generate

SLOW_S = 1.0  # no file over this many seconds ...
BIG_BYTES = 1_000_000  # ... except the multi-megabyte ones,
LINEAR_S_PER_MB = 0.2  # which stay linear (50 MB in under 10 s)
RSS_MB = 500
TRUNCATED_LOST_SHARE = 0.01
EXE = Path(sys.executable).parent / "raingan"


# ---------------------------------------------------------------- reading OUT

def _read(out: Path, table: str, columns: list[str]):
    import pyarrow.parquet as pq

    return pq.read_table(out / f"{table}.parquet", columns=columns).to_pylist()


def check_output(made: list[Made], out: Path) -> dict[str, Any]:
    """What a finished run made of the files: the invariants and figures
    (see the module doc).  `problems` lists what breaks an invariant."""
    docs = _read(out, "documents", ["doc_id", "source_path", "status", "error", "size_bytes", "doc_type"])
    issues = _read(out, "issues", ["doc_id", "code", "severity"])
    sources = _read(out, "project_sources", ["doc_id"])
    by_path: dict[str, list[dict]] = {}
    for d in docs:
        by_path.setdefault(d["source_path"], []).append(d)
    names = {m.name for m in made}
    missing = sorted(names - by_path.keys())
    extra = sorted(by_path.keys() - names)
    duplicated = sorted(p for p, rows in by_path.items() if len(rows) > 1)
    doc_ids = Counter(d["doc_id"] for d in docs)
    codes_by_doc: dict[str, Counter] = {}
    for i in issues:
        codes_by_doc.setdefault(i["doc_id"], Counter())[i["code"]] += 1
    internal = [d["source_path"] for d in docs
                if codes_by_doc.get(d["doc_id"], {}).get("internal_error") or "internal error" in (d["error"] or "")]
    with_project = {s["doc_id"] for s in sources}

    truncated = [m for m in made if m.truncated]
    lost, silent, ok = [], [], []
    truncated_status: Counter[str] = Counter()
    for m in truncated:
        d = by_path.get(m.name, [None])[0]
        if d is None:
            continue
        truncated_status[d["status"]] += 1
        if d["status"] == "failed" or d["doc_id"] not in with_project:
            lost.append(m.name)
        codes = set(codes_by_doc.get(d["doc_id"], {}))
        if d["status"] == "ok":
            ok.append(f"{m.name} ({m.note})")
            if not codes - {"bad_bytes"}:
                silent.append(f"{m.name} ({m.note})")

    problems = []
    if missing:
        problems.append(f"{len(missing)} files without a documents row: {missing[:5]}")
    if extra:
        problems.append(f"{len(extra)} documents rows name no file made: {extra[:5]}")
    if duplicated:
        problems.append(f"{len(duplicated)} files with several documents rows: {duplicated[:5]}")
    if any(n > 1 for n in doc_ids.values()):
        problems.append("duplicate doc_ids in documents")
    if internal:
        problems.append(f"{len(internal)} files with an internal error: {internal[:5]}")
    return {
        "files": len(made), "documents": len(docs), "missing": len(missing), "extra": len(extra),
        "duplicated": len(duplicated), "internal_errors": len(internal),
        "by_status": dict(Counter(d["status"] for d in docs)),
        "by_doc_type": dict(Counter(d["doc_type"] for d in docs)),
        "truncated": len(truncated), "truncated_status": dict(truncated_status),
        "truncated_lost": len(lost), "truncated_lost_share": round(len(lost) / len(truncated), 4) if truncated else 0.0,
        "truncated_ok": len(ok), "truncated_ok_files": ok[:10],
        "truncated_ok_silent": len(silent), "truncated_ok_silent_files": silent[:10],
        "problems": problems,
    }


def file_seconds(out: Path, made: list[Made]) -> dict[str, Any]:
    """Per-file seconds from the manifest: the slow small files, and the
    seconds per MB of the big ones."""
    kinds = {m.name: m.kind for m in made}
    db = sqlite3.connect(f"{(out / 'manifest.sqlite').resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT source_path, size, seconds, status, error FROM files").fetchall()
    finally:
        db.close()
    slow = sorted(({"source_path": p, "kind": kinds.get(p), "size": s, "seconds": round(t, 3), "status": st,
                    "error": (e or "")[:120]}
                   for p, s, t, st, e in rows if t is not None and t > SLOW_S and s < BIG_BYTES),
                  key=lambda r: -r["seconds"])
    big = [(s, t) for _, s, t, *_ in rows if t is not None and s >= BIG_BYTES]
    per_mb = max((t / (s / 1e6) for s, t in big), default=None)
    big_slowest = sorted(({"source_path": p, "kind": kinds.get(p), "size": s, "seconds": round(t, 3),
                           "s_per_mb": round(t / (s / 1e6), 3)}
                          for p, s, t, *_ in rows if t is not None and s >= BIG_BYTES), key=lambda r: -r["s_per_mb"])
    timed = sorted(t for _, _, t, _, _ in rows if t is not None)
    return {
        "slow_small_files": len(slow), "slow_small": slow[:20],
        "big_files": len(big), "big_max_s_per_mb": round(per_mb, 3) if per_mb is not None else None,
        "big_max_seconds": round(max((t for _, t in big), default=0.0), 2),
        "big_slowest": big_slowest[:5],  # (by seconds a MB, with their kind: which shape is the worst)
        "median_seconds": round(timed[len(timed) // 2], 4) if timed else None,
        "p99_seconds": round(timed[int(len(timed) * 0.99)], 3) if timed else None,
        "max_small_seconds": round(max((t for _, s, t, *_ in rows if t is not None and s < BIG_BYTES), default=0), 3),
    }


def table_digests(out: Path) -> dict[str, str]:
    """sha256 of every OUT/<table>.parquet (read through its link)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def consistency(out: Path) -> list[str]:
    """Problems with the table set OUT holds now (none: one whole,
    readable generation, or no tables yet)."""
    import pyarrow.parquet as pq

    current = out / ".raingan" / "current"
    tables = sorted(out.glob("*.parquet"))
    if not os.path.lexists(current):
        return [f"tables without a current generation: {[t.name for t in tables]}"] if tables else []
    try:
        info = json.loads((current / "generation.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"current generation unreadable: {exc}"]
    problems = []
    doc_ids: set[str] = set()
    for table in info["tables"]:
        try:
            t = pq.read_table(out / f"{table}.parquet")
        except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
            problems.append(f"{table}: unreadable: {type(exc).__name__}: {exc}")
            continue
        if t.num_rows != info["rows"].get(table):
            problems.append(f"{table}: {t.num_rows} rows, generation says {info['rows'].get(table)}")
        if table == "documents":
            ids = t.column("doc_id").to_pylist()
            doc_ids = set(ids)
            if len(ids) != len(doc_ids) or len(set(t.column("source_path").to_pylist())) != len(ids):
                problems.append("documents: duplicate rows")
    for table in info["tables"]:
        if table == "documents" or problems:
            continue
        ids = set(pq.read_table(out / f"{table}.parquet", columns=["doc_id"]).column("doc_id").to_pylist())
        if ids - doc_ids:
            problems.append(f"{table}: {len(ids - doc_ids)} doc_ids not in documents (a mixed set)")
    return problems


# ---------------------------------------------------------------- running

@dataclass
class Run:
    rc: int | None
    wall: float
    stderr: str
    driver_peak_mb: float  # VmHWM of the driver process, last seen
    killed_at: float | None = None
    phase: str = ""
    run_json: dict[str, Any] = field(default_factory=dict)
    write_seconds: float | None = None  # how long the final tables' folder was seen (as polled)


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _building(out: Path) -> bool:
    gen = out / ".raingan" / "gen"
    try:
        return any(p.name.startswith(".building-") for p in gen.iterdir())
    except OSError:
        return False


def run_ingest(inp: Path, out: Path, *extra: str, kill_after: float | None = None,
               kill_in_final_write: float | None = None) -> Run:
    """`raingan ingest INP -o OUT --quiet` in a fresh process group; killed
    (SIGKILL, the whole group, as a power cut) `kill_after` seconds after
    it started, or `kill_in_final_write` seconds after the final tables'
    folder appeared."""
    cmd = [str(EXE), "ingest", str(inp), "-o", str(out), "--quiet", *extra]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        peak = 0.0
        killed_at = None
        phase = ""
        building_seen = None
        write_seen: list[float] = []
        while proc.poll() is None:
            now = time.perf_counter() - started
            peak = max(peak, _hwm_mb(proc.pid) or 0.0)
            building = _building(out)
            if building:
                write_seen.append(now)
            if kill_in_final_write is not None and building_seen is None and building:
                building_seen = now
            due = (kill_after is not None and now >= kill_after) or \
                  (building_seen is not None and now >= building_seen + kill_in_final_write)
            if due:
                phase = "final write" if _building(out) else ("reduce" if building_seen is not None else "map")
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                killed_at = now
                proc.wait()
                break
            time.sleep(0.005 if kill_in_final_write is not None else 0.05)
        wall = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    run = Run(proc.returncode, wall, stderr, round(peak, 1), killed_at, phase,
              write_seconds=(write_seen[-1] - write_seen[0]) if len(write_seen) > 1 else None)
    if killed_at is None:
        try:
            run.run_json = json.loads((out / "run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    return run


def _crash(run: Run) -> str | None:
    if "Traceback" in run.stderr or "internal error" in run.stderr:
        return f"traceback on stderr: {run.stderr[-2000:]}"
    if run.killed_at is None and run.rc != 0:
        return f"exit status {run.rc}: {run.stderr[-500:]}"
    return None


def kill_runs(inp: Path, out: Path, kills: int, full_seconds: float, write_seconds: float,
              rng: random.Random, log) -> dict[str, Any]:
    """`kills` runs into a fresh OUT killed at random points, then one run
    to completion.  OUT first holds the tables of a few files (inp/special,
    under the same run root), so a run killed while it writes the new set
    has an old set to leave, different from the new one (a mix would show).
    The first kills fall at a random point of a resumed run (a random
    delay of 5-30 % of the unkilled run's time), the last two while the
    final tables are written (a random delay after their folder appears);
    a run that finished before its kill is followed by `--full`."""
    shutil.rmtree(out, ignore_errors=True)
    events = []
    problems = []
    seed_run = run_ingest(inp / "special", out, "--root", str(inp))
    if _crash(seed_run):
        problems.append(f"first small run: {_crash(seed_run)}")
    finished_before = False
    for k in range(kills):
        extra = ["--full"] if finished_before else []
        if k >= kills - 2:  # during the final write
            run = run_ingest(inp, out, *extra, kill_in_final_write=rng.uniform(0.0, max(0.05, write_seconds)))
        else:
            # a few tenths of a full run: each resumed run does a part of the rest, then is killed
            run = run_ingest(inp, out, *extra, kill_after=rng.uniform(0.05, 0.3) * full_seconds)
        finished_before = run.killed_at is None
        found = consistency(out)
        crash = _crash(run)
        event = {"kill": k + 1, "killed_at_s": round(run.killed_at, 2) if run.killed_at else None,
                 "phase": run.phase or "finished before the kill", "full": bool(extra),
                 "documents_after": _rows(out, "documents"), "consistent": not found}
        events.append(event)
        log(f"  kill {k + 1}: {event}")
        problems += [f"after kill {k + 1}: {p}" for p in found]
        if crash:
            problems.append(f"kill {k + 1}: {crash}")
    final = run_ingest(inp, out)
    crash = _crash(final)
    if crash:
        problems.append(f"run after the kills: {crash}")
    problems += [f"after the last run: {p}" for p in consistency(out)]
    return {"events": events, "final_wall": round(final.wall, 2), "final_processed": final.run_json.get("processed"),
            "problems": problems}


def _rows(out: Path, table: str) -> int | None:
    import pyarrow.parquet as pq

    try:
        return pq.read_metadata(out / f"{table}.parquet").num_rows
    except (OSError, ValueError):
        return None


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--scale", type=float, default=1.0, help="size of the big kinds (1.0: megabytes)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here too")
    args = ap.parse_args(argv)

    work = args.dir or Path(tempfile.mkdtemp(prefix="raingan-fuzz-"))
    inp, out = work / "in", work / "out"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    def log(msg: str) -> None:
        print(msg, flush=True)

    extra = ["--workers", str(args.workers)] if args.workers else []
    try:
        t = time.perf_counter()
        made = generate(inp, args.files, args.seed, args.scale)
        mb = sum(m.size for m in made) / 1e6
        log(f"generated {len(made)} files ({mb:.1f} MB, seed {args.seed}, scale {args.scale}) "
            f"in {time.perf_counter() - t:.1f}s: {dict(Counter(m.kind for m in made).most_common())}")

        first = run_ingest(inp, out, *extra)
        report: dict[str, Any] = {"files": len(made), "mb": round(mb, 1), "seed": args.seed, "scale": args.scale}
        problems = []
        crash = _crash(first)
        if crash:
            problems.append(f"first run: {crash}")
            log(crash)
            return _finish(report, problems, args.json, log)
        rj = first.run_json
        report["first_run"] = {"wall_s": round(first.wall, 1), "seconds": rj.get("seconds"),
                               "peak_rss_mb": rj.get("peak_rss_mb"), "driver_peak_mb": first.driver_peak_mb}
        log(f"first run: {first.wall:.1f}s, {rj.get('seconds')}, peak RSS {rj.get('peak_rss_mb')} MB "
            f"(driver {first.driver_peak_mb} MB)")
        found = check_output(made, out)
        problems += found.pop("problems")
        report["output"] = found
        report["timing"] = file_seconds(out, made)
        log(f"output: {json.dumps(found, ensure_ascii=False)}")
        log(f"timing: {json.dumps(report['timing'], ensure_ascii=False)}")

        before = table_digests(out)
        again = run_ingest(inp, out, *extra)
        crash = _crash(again)
        if crash:
            problems.append(f"rerun: {crash}")
        identical = table_digests(out) == before
        report["rerun"] = {"wall_s": round(again.wall, 2), "tables_rewritten": again.run_json.get("tables_rewritten"),
                           "byte_identical": identical, "skipped": again.run_json.get("skipped")}
        log(f"rerun: {report['rerun']}")
        if not identical:
            problems.append("rerun: tables differ")

        if args.kills:
            # the final-write kills fall within the time the unkilled run was seen writing its tables
            # (its reduce when the write was too short to be seen)
            write_s = first.write_seconds or (rj.get("seconds") or {}).get("reduce", 1.0)
            kills = kill_runs(inp, work / "out-killed", args.kills, first.wall, write_s,
                              random.Random(args.seed), log)
            same = table_digests(work / "out-killed") == before
            kills["byte_identical_to_unkilled"] = same
            if not same:
                kills["problems"].append("tables after the kills differ from the unkilled run's")
            problems += kills.pop("problems")
            report["kills"] = kills
            log(f"kills: final run {kills['final_wall']}s, processed {kills['final_processed']}, "
                f"byte-identical to the unkilled run: {same}")
        return _finish(report, problems, args.json, log)
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _finish(report: dict[str, Any], problems: list[str], path: Path | None, log) -> int:
    report["problems"] = problems
    t = report.get("timing", {})
    first = report.get("first_run", {})
    out = report.get("output", {})
    log("\nDone-when figures:")
    log(f"  files without a documents row: {out.get('missing')} (of {report['files']})")
    log(f"  crashes / internal errors: {len([p for p in problems if 'traceback' in p or 'exit status' in p])}"
        f" / {out.get('internal_errors')}")
    log(f"  files over {SLOW_S:g} s under 1 MB: {t.get('slow_small_files')} "
        f"(slowest small file {t.get('max_small_seconds')} s, median {t.get('median_seconds')} s)")
    log(f"  multi-megabyte files: {t.get('big_files')}, at most {t.get('big_max_s_per_mb')} s/MB "
        f"(target {LINEAR_S_PER_MB}), slowest {t.get('big_max_seconds')} s; by s/MB: "
        + ", ".join(f"{b['kind']} {b['size'] / 1e6:.1f} MB {b['seconds']} s" for b in t.get("big_slowest", [])[:3]))
    log(f"  peak RSS: {first.get('peak_rss_mb')} MB (driver {first.get('driver_peak_mb')} MB; target {RSS_MB})")
    log(f"  truncated real forms lost whole: {out.get('truncated_lost')} of {out.get('truncated')} "
        f"({100 * (out.get('truncated_lost_share') or 0):.2f} %; target < {100 * TRUNCATED_LOST_SHARE:g} %), "
        f"ok (not partial): {out.get('truncated_ok')}, ok with no issue but bad_bytes: {out.get('truncated_ok_silent')}")
    if "rerun" in report:
        log(f"  rerun: {report['rerun']}")
    if "kills" in report:
        log(f"  kills: {len(report['kills']['events'])}, all consistent: "
            f"{all(e['consistent'] for e in report['kills']['events'])}, "
            f"byte-identical after: {report['kills']['byte_identical_to_unkilled']}")
    log(f"  invariant problems: {len(problems)}")
    for p in problems:
        log(f"    - {p}")
    if path:
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
