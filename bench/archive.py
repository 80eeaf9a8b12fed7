"""Archive benchmark (make bench): an archive where no file's text repeats
another's, ingested with 1 and with 2 workers, against the floor, with the
time of each stage.

    python -m bench.archive [--files 300] [--min-mb 10] [--dir DIR] [--keep] [--seed 13]
                            [--no-stages | --stages-only] [--warm] [--profile FILE] [--sample]

The archive is built from the samples and the clean corpus
(tests/corpus/clean/*.txt); every file gets its own light OCR slips, drawn
from a generator seeded with the file's number (so the archive is the same
on every run, but no two files share their text): a dropped tone mark, sara
am decomposed into nikhahit + sara aa (ำ -> ํ + า), a number's digits printed
in the other script (Thai <-> Arabic).  Copies of a form within a file get
different slips too, as separate OCR passes over separate pages do.  So no
file's text repeats another's; but most lines of a file, those without a
slip, repeat lines of the files made from the same text, and the memos of
the in-process stage pass would carry them from file to file: so the stage
pass forgets every memo at each file's start, as in an archive of new text
(`--warm` keeps them, for comparison with earlier figures; `--cold`, the
default, is still accepted).

Each configuration runs `raingan ingest --full` in a fresh process, so
start-up (imports, worker processes) is included, and OUT/run.json gives
the map and reduce seconds and the peak RSS.  The floor is one pass that
reads every file, decodes it, normalises it to NFC and converts Thai digits:
what no parser can beat.  The stage breakdown is a third, in-process pass
of `process_document` over every file with each stage timed (decode, clean
with segment, dedupe, detect, parse per form (reading the copies and
building the rows), vote (grouping and merging the copies), validate (the
rows checked, placed and sorted)), then the rows written as shards of 32
files; reduce is the 1-worker run's.  Per-stage seconds are on one core.
The machine's load average is printed with the figures: on a shared machine
wall-clock figures mean little without it, so the CPU seconds of each run
(the run and all its workers) and MB per CPU-second are printed too; the
floor and the stages are timed in CPU seconds (time.process_time).
The stage pass loads every form's parser and the Thai dictionary first, as
a worker does before its first file, so their one-time cost is not in it;
that loading's CPU seconds are printed after the stages, with the pass's
files laid out on two workers as a pool hands out make_batches' batches
(split_report: how far the busier worker is over an even split, and the
speed-up that and the serial loading leave two workers at most).
`--stages-only` skips the two ingest runs (the floor and the stage pass
alone: light enough for a shared machine).  `--profile FILE` runs a second
stage pass under cProfile (its figures inflated by the profiler), writes the
statistics to FILE (read them with pstats) and prints the modules and the
functions that hold the most time of their own.  `--sample` runs a second
stage pass under a sampling profiler instead (sample_report: the stack read
every SAMPLE_EVERY CPU seconds): no figure inflated by the profiler's own
cost, which with cProfile falls on each call, so a function of many small
calls (a dict lookup, a memo's miss) looks several times its share and the
shares of the rest shrink; it prints each function's share of the samples
with its callees (cumulative) and each line's own share (a C call's time,
a regex's, goes to the line that makes it).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "tests" / "corpus" / "clean"
LARGE = "004_745c23c3a2846aea.txt"  # the long OBEC report: every LARGE_EVERY-th file
LARGE_EVERY = 200

TONES = "\u0e48\u0e49\u0e4a\u0e4b"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
SLIP_RATE = 0.12  # share of lines that get one slip


def sources() -> tuple[list[str], str]:
    """The texts files are made of: the small samples and the clean corpus; the large sample."""
    small = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) if p.name != LARGE]
    small += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return small, (SAMPLES / LARGE).read_text(encoding="utf-8")


def slip(line: str, rng: random.Random) -> str:
    """One OCR-like slip in the line, if it has a place for one."""
    kind = rng.randrange(3)
    if kind == 0:
        places = [i for i, c in enumerate(line) if c in TONES]
        if places:
            i = rng.choice(places)
            return line[:i] + line[i + 1:]
    if kind == 1 and "\u0e33" in line:
        places = [i for i, c in enumerate(line) if c == "\u0e33"]
        i = rng.choice(places)
        return line[:i] + "\u0e4d\u0e32" + line[i + 1:]
    digits = [i for i, c in enumerate(line) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        j = i
        while j < len(line) and line[j].isdigit():
            j += 1
        while i > 0 and line[i - 1].isdigit():
            i -= 1
        run = line[i:j]
        other = run.translate(TO_ARABIC) if run[0] in THAI_DIGITS else run.translate(TO_THAI)
        return line[:i] + other + line[j:]
    return line


def variant(text: str, seed: int) -> str:
    """The text with its own light slips (a generator seeded by `seed`)."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line and rng.random() < SLIP_RATE:
            lines[k] = slip(line, rng)
    return "\n".join(lines)


def build(folder: Path, files: int, min_mb: float, seed: int = 13) -> tuple[int, int]:
    small, large = sources()
    total = 0
    i = 0
    while i < files or total < min_mb * 1e6:
        text = large if i % LARGE_EVERY == LARGE_EVERY - 1 else small[i % len(small)]
        path = folder / f"office-{i // 250:03d}" / f"report-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = variant(text, seed * 1_000_003 + i).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        i += 1
    return i, total


def archive_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def floor(folder: Path) -> float:
    """Seconds to read every file, decode it, NFC it and convert Thai digits."""
    from normalizers.numbers import thai_digits_to_arabic

    started = time.process_time()
    for path in archive_files(folder):
        thai_digits_to_arabic(unicodedata.normalize("NFC", path.read_bytes().decode("utf-8")))
    return time.process_time() - started


# normalizers.words' loaded dictionary, word counts and their indexes: kept, as a worker keeps them
# (pipeline.warm loads them before any file)
LEXICON = ("_dictionary", "_word_trie", "_frequencies", "_one_mark_less", "_by_toneless")


def _loader(fn) -> bool:
    """Whether a memo holds data of the process, not of a text: the Thai
    dictionary's loaders by name (LEXICON), and any memoised function that
    takes no argument (an index built once, such as normalizers.words'
    _markless_common): no document's text goes into it, so forgetting it at
    each file would measure a cost an archive pays once a worker."""
    wrapped = fn.__wrapped__
    if wrapped.__name__ in LEXICON:
        return True
    try:
        return not inspect.signature(wrapped).parameters
    except (TypeError, ValueError):
        return False


def project_memos() -> list:
    """Every functools memo of the project's loaded modules (functions and
    methods of parsers, pipeline, normalizers, schemas), but the loaders of
    data that belongs to the process (_loader): what --cold forgets at each
    file's start."""
    memos = []
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in ("parsers", "pipeline", "normalizers", "schemas"):
            continue
        for value in list(vars(module).values()):
            for item in [value, *(vars(value).values() if isinstance(value, type) else ())]:
                if hasattr(item, "cache_clear") and hasattr(item, "cache_info") and item not in memos \
                        and getattr(item, "__wrapped__", None) is not None and not _loader(item):
                    memos.append(item)
    return memos


def stage_seconds(folder: Path, shards: Path, cold: bool = False) -> tuple[dict[str, float], dict[str, float]]:
    """(seconds per stage, seconds per sample) of one in-process pass over
    the archive; `cold`: every memo forgotten at each file's start."""
    import pipeline.warm  # noqa: F401  (every form's parser and the dictionary loaded, as in a worker)
    import pipeline.stages as st
    from pipeline.shards import new_shard_name, write_shard

    memos = project_memos() if cold else []

    acc: dict[str, float] = defaultdict(float)
    names = {"segment": "clean", "merge": "parse", "parse": "parse"}
    vote_s = [0.0]

    def timed_stage(name, fn):
        def run(doc):
            t = time.process_time()
            before = vote_s[0]
            try:
                fn(doc)
            finally:
                key = names.get(name, name)
                if key == "parse":
                    key = f"parse {doc.doc_type}"
                acc[key] += time.process_time() - t - (vote_s[0] - before)
        return run

    def timed_vote(fn):
        def run(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                d = time.process_time() - t
                vote_s[0] += d
                acc["vote"] += d
        return run

    saved = (list(st.STAGES), st.group_copies, st.merge_copies)
    st.STAGES[:] = [(name, timed_stage(name, fn)) for name, fn in st.STAGES]
    st.group_copies, st.merge_copies = timed_vote(st.group_copies), timed_vote(st.merge_copies)
    per_file: dict[str, float] = defaultdict(float)
    try:
        batch: dict[str, list] = {}
        n = 0
        for path in archive_files(folder):
            data = path.read_bytes()
            for memo in memos:
                memo.cache_clear()
            inside = sum(acc.values())
            t = time.process_time()
            rows = st.process_document(path.name, data)
            spent = time.process_time() - t
            acc["validate"] += spent - (sum(acc.values()) - inside)  # the rows checked, placed, sorted
            per_file[path.name] = spent
            for table, table_rows in rows.items():
                batch.setdefault(table, []).extend(table_rows)
            n += 1
            if n % 32 == 0:
                t = time.process_time()
                write_shard(shards, new_shard_name(n), batch)
                acc["shards"] += time.process_time() - t
                batch = {}
        if batch:
            t = time.process_time()
            write_shard(shards, new_shard_name(n + 1), batch)
            acc["shards"] += time.process_time() - t
    finally:
        st.STAGES[:] = saved[0]
        st.group_copies, st.merge_copies = saved[1], saved[2]
    return dict(acc), per_file


def ingest(folder: Path, out: Path, workers: int) -> dict:
    exe = Path(sys.executable).parent / "raingan"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([str(exe), "ingest", str(folder), "-o", str(out), "--workers", str(workers), "--full", "--quiet"],
                   check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = json.loads((out / "run.json").read_text())
    run["wall"] = wall
    # CPU seconds of the run and every process it started (workers included)
    run["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run["load"] = os.getloadavg()
    return run


def cpu(run: dict, workers: int, mb: float | None = None) -> str:
    """CPU seconds (or MB per CPU-second) of a run: only for one worker, whose
    run is one process; the pool's workers are forked by a fork server and are
    not counted among the run's children."""
    if workers > 1:
        return "-"
    return f"{run['cpu']:.2f}" if mb is None else f"{mb / run['cpu']:.2f}"


def load() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--min-mb", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the archive (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the archive and outputs")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage pass")
    parser.add_argument("--stages-only", action="store_true",
                        help="only the floor and the per-stage pass (no ingest runs: light on a shared machine)")
    memo = parser.add_mutually_exclusive_group()
    memo.add_argument("--cold", action="store_true",
                      help="in the per-stage pass, forget every memo at each file's start (nothing carries from "
                           "file to file, as in an archive of new text): the default")
    memo.add_argument("--warm", action="store_true",
                      help="in the per-stage pass, keep the memos from file to file (the lines files made from "
                           "the same text share carry over: a flattering figure)")
    parser.add_argument("--profile", type=Path, default=None, metavar="FILE",
                        help="after the stage pass, a second one under cProfile: statistics to FILE, the top "
                             "modules and functions by their own time printed")
    parser.add_argument("--sample", action="store_true",
                        help="after the stage pass, a second one under a sampling profiler (no inflated figures): "
                             "each function's share of the samples, and each line's own share, printed")
    args = parser.parse_args(argv)
    args.cold = not args.warm

    base = args.dir or Path(tempfile.mkdtemp(prefix="raingan-bench-"))
    folder = base / "archive"
    if folder.exists():
        shutil.rmtree(folder)
    n, size = build(folder, args.files, args.min_mb, args.seed)
    mb = size / 1e6
    from pipeline.batch import default_workers

    print(f"archive: {n} files, {mb:.1f} MB in {folder} ({default_workers()} cores here; "
          f"no two files share their text; {load()})")

    floor_s = floor(folder)
    floor_load = os.getloadavg()
    if args.stages_only:
        print(f"floor (decode, NFC, Thai digits): {floor_s:.2f} CPU s, {mb / floor_s:.1f} MB/CPU-s")
        stage_report(folder, base, mb, None, args.cold)
        if args.profile:
            profile_report(folder, base, args.cold, args.profile)
        if args.sample:
            sample_report(folder, base, args.cold)
        if not args.keep and args.dir is None:
            shutil.rmtree(base, ignore_errors=True)
        return 0
    results = {}
    for w in (1, 2):
        out = base / f"out-{w}"
        if out.exists():
            shutil.rmtree(out)
        results[w] = ingest(folder, out, w)
    print(f"{'run':<11}{'wall s':>8}{'map s':>8}{'CPU s':>8}{'MB/s':>8}{'files/s':>9}{'MB/s/core':>11}"
          f"{'MB/CPU-s':>10}{'peak RSS MB':>13}   load (1, 5, 15 min)")
    print(f"{'floor':<11}{'':>8}{'':>8}{floor_s:>8.2f}{'':>8}{'':>9}{'':>11}{mb / floor_s:>10.1f}{'':>13}"
          f"   {' '.join(f'{x:.2f}' for x in floor_load)}")
    for w, r in results.items():
        print(f"{f'{w} worker' + ('s' if w > 1 else ''):<11}{r['wall']:>8.2f}{r['seconds']['map']:>8.2f}"
              f"{cpu(r, w):>8}{mb / r['wall']:>8.2f}{n / r['wall']:>9.1f}{mb / r['wall'] / w:>11.2f}"
              f"{cpu(r, w, mb):>10}{r['peak_rss_mb']:>13.0f}   {' '.join(f'{x:.2f}' for x in r['load'])}")
    print(f"speed-up 2 workers vs 1: {results[1]['wall'] / results[2]['wall']:.2f}x (wall), "
          f"{results[1]['seconds']['map'] / results[2]['seconds']['map']:.2f}x (map step)")
    print(f"end to end vs floor (1 worker, CPU seconds): {results[1]['cpu'] / floor_s:.1f}x slower")
    one = results[1]["seconds"]
    print(f"1 worker: plan {one['plan']:.2f}s, map {one['map']:.2f}s, reduce {one['reduce']:.2f}s")

    if not args.no_stages:
        stage_report(folder, base, mb, one["reduce"], args.cold)
        if args.profile:
            profile_report(folder, base, args.cold, args.profile)
        if args.sample:
            sample_report(folder, base, args.cold)
    print("targets: >= 10 MB/s per core, 2 workers >= 1.8x one, peak RSS < 1024 MB "
          "(peak RSS is the largest single process: the driver or one worker)")
    if not args.keep and args.dir is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


def stage_report(folder: Path, base: Path, mb: float, reduce_s: float | None, cold: bool) -> None:
    """The per-stage pass, printed: CPU seconds and MB per CPU-second of each stage."""
    t = time.process_time()
    import pipeline.warm  # noqa: F401  (every form's parser and the dictionary loaded, as in a worker)

    warm = time.process_time() - t  # (not in the stages; a pool's fork server pays it before any worker starts)
    shards = base / "stage-shards"
    t = time.process_time()
    stages, per_file = stage_seconds(folder, shards, cold)
    wall = time.process_time() - t
    if reduce_s is not None:
        stages["reduce"] = reduce_s
    total = sum(stages.values())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages, one core in process, {'memos forgotten at each file' if cold else 'memos kept (--warm)'}, "
          "CPU seconds "
          f"({wall:.2f}s, {mb / wall:.2f} MB/CPU-s, peak RSS {rss:.0f} MB, {load()}):")
    order = ["decode", "clean", "dedupe", "detect"] + sorted(k for k in stages if k.startswith("parse ")) + [
        "vote", "validate", "shards", "reduce"]
    for key in order:
        if key in stages:
            print(f"  {key:<22}{stages[key]:>8.2f}s {100 * stages[key] / total:>5.1f} %"
                  f"{mb / stages[key] if stages[key] else float('inf'):>9.1f} MB/CPU-s")
    by_source = defaultdict(list)
    small, _ = sources()
    for name, s in per_file.items():
        i = int(name.split("-")[1].split(".")[0])
        src = "large sample" if i % LARGE_EVERY == LARGE_EVERY - 1 else f"source {i % len(small):02d}"
        by_source[src].append(s)
    slowest = sorted(by_source.items(), key=lambda kv: -sum(kv[1]))[:5]
    print("slowest sources (files, mean s):", ", ".join(f"{k} ({len(v)}, {sum(v) / len(v):.3f})"
                                                      for k, v in slowest))
    print(split_report(folder, per_file, warm))


def split_report(folder: Path, per_file: dict[str, float], warm: float, workers: int = 2) -> str:
    """How the pass's files split over `workers` as a pool hands them out:
    the batches pipeline.batch.make_batches makes for them, each to the
    worker free first, each file's CPU seconds of the pass; the busier
    worker's seconds over an even split, and what that and the serial
    loading (`warm`: pipeline.warm, which the pool's fork server runs
    before any worker starts) leave of a `workers`-fold speed-up, in CPU
    seconds (no wall clock: on a shared machine it means little)."""
    from pipeline.batch import Item, make_batches

    paths = archive_files(folder)
    items = [Item(p.name, str(p), p.stat().st_size, 0) for p in paths if p.name in per_file]
    busy = [0.0] * workers
    batches = make_batches(items, workers=workers)
    for batch in batches:
        busy[busy.index(min(busy))] += sum(per_file[i.source_path] for i in batch)
    total = sum(busy)
    return (f"{workers} workers, batches to the worker free first ({len(batches)} batches; each file's CPU s of "
            f"this pass): the busier {max(busy):.2f} s, {100 * (max(busy) / (total / workers) - 1):.1f} % over an "
            f"even split; loading first (pipeline.warm, serial in a pool) {warm:.2f} CPU s: "
            f"{(warm + total) / (warm + max(busy)):.2f}x one worker at most (reduce aside)")


def profile_report(folder: Path, base: Path, cold: bool, out: Path, top: int = 25) -> None:
    """The stage pass again under cProfile: the statistics written to `out`,
    the time of each module and of each function spent in its own code
    printed (a C function's time, a regex's or rapidfuzz's, goes to itself;
    the share is of the profiled total)."""
    import cProfile
    import pstats

    shards = base / "profile-shards"
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        stage_seconds(folder, shards, cold)
    finally:
        profiler.disable()
    profiler.dump_stats(str(out))
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(tt for _, _, tt, _, _ in stats.values()) or 1.0
    by_module: dict[str, float] = defaultdict(float)
    by_function = []
    for (path, line, name), (_, calls, tt, ct, _) in stats.items():
        where = path.replace(str(ROOT) + os.sep, "")
        if "site-packages" in where:
            where = "(lib) " + where.split("site-packages" + os.sep)[1].split(os.sep)[0]
        elif where == "~":
            where = f"(builtin) {name}"
        by_module[where] += tt
        what = where if where.startswith("(builtin)") else f"{where} {name}" if where.startswith("(") else \
            f"{where}:{line} {name}"
        by_function.append((tt, ct, calls, what))
    print(f"profile ({out}; {total:.2f} s profiled, {load()}): own time by module")
    for where, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {tt:8.3f}s {100 * tt / total:5.1f} %  {where}")
    print("own time by function (own s, cumulative s, calls)")
    for tt, ct, calls, what in sorted(by_function, reverse=True)[:top]:
        print(f"  {tt:8.3f}s {ct:8.3f}s {calls:>9}  {what}")


SAMPLE_EVERY = 0.002  # CPU seconds between two samples of sample_report

# one sample: the stack's frames, innermost first, each (file, function, line)
Stack = tuple[tuple[str, str, int], ...]


def sampled(fn, every: float = SAMPLE_EVERY) -> tuple[Any, Counter[Stack]]:
    """fn()'s result and the stacks a sampling profiler read while it ran:
    every `every` seconds of the process's CPU time (ITIMER_PROF) the
    running frame's stack, files named from the repository's root, counted
    by stack.  What the samples cost is the same whatever the code does, so
    a share of them is a share of the time, as no tracing profiler's is."""
    import signal

    stacks: Counter[Stack] = Counter()
    root = str(ROOT) + os.sep

    def take(signum, frame) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append((code.co_filename.replace(root, ""), code.co_name, frame.f_lineno or 0))
            frame = frame.f_back
        stacks[tuple(stack)] += 1

    before = signal.signal(signal.SIGPROF, take)
    signal.setitimer(signal.ITIMER_PROF, every, every)
    try:
        result = fn()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, before)
    return result, stacks


def tally(stacks: Counter[Stack]) -> tuple[int, Counter[str], Counter[str]]:
    """(samples, each function's samples with its callees: the samples whose
    stack holds it, once however deep it recurses; each line's own samples:
    those it was running in, C calls it made included), functions named
    "file:function", lines "file:line function"."""
    total = 0
    cumulative: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for stack, n in stacks.items():
        total += n
        if stack:
            path, name, line = stack[0]
            own[f"{path}:{line} {name}"] += n
        for fn in {f"{path}:{name}" for path, name, _ in stack}:
            cumulative[fn] += n
    return total, cumulative, own


def sample_report(folder: Path, base: Path, cold: bool, top: int = 40) -> None:
    """The stage pass again under the sampling profiler (sampled): the
    functions of the stages that hold the most samples with their callees,
    and the lines that hold the most of their own, as shares of the samples."""
    _, stacks = sampled(lambda: stage_seconds(folder, base / "sample-shards", cold))
    total, cumulative, own = tally(stacks)
    if not total:
        print("sampled: no sample taken")
        return
    print(f"sampled ({total} samples, one every {SAMPLE_EVERY * 1000:.0f} ms of CPU, {load()}): "
          "share with callees by function")
    stages = cumulative.get("pipeline/stages.py:_run_stages", total)
    for fn, n in cumulative.most_common():
        if n >= stages or fn.startswith(("bench/", "<")):
            continue  # (the frames around every stage: the pass's own, the stage loop)
        if top <= 0:
            break
        top -= 1
        print(f"  {100 * n / total:5.1f} %  {fn}")
    print("own share by line")
    for line, n in own.most_common(25):
        print(f"  {100 * n / total:5.1f} %  {line}")


if __name__ == "__main__":
    sys.exit(main())
