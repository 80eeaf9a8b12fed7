"""Archive benchmark (make bench): a synthetic archive from the samples,
ingested with 1 and with 2 workers, against the floor of reading it.

    python -m bench.archive [--files 2000] [--min-mb 30] [--dir DIR] [--keep]

The archive replicates the samples with changed project codes and names (so
every file is its own project) until it has at least --files files and
--min-mb megabytes; the long OBEC report is every 200th file.  Each
configuration runs `raingan ingest --full` in a fresh process, so start-up
(imports, worker processes) is included, and its OUT/run.json gives the
timings and peak RSS.  The floor is one pass that reads every file, converts
Thai digits and runs one regex over it: what no parser can beat.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SMALL = ["000_54d7a76ee7e0d007.txt", "001_fdefb2afb18072a2.txt", "002_e5b5a9d4d9adb57c.txt", "003_c0975e1d5f59aaa1.txt"]
LARGE = "004_745c23c3a2846aea.txt"


def build(folder: Path, files: int, min_mb: float) -> tuple[int, int]:
    small = [(SAMPLES / n).read_text(encoding="utf-8") for n in SMALL]
    large = (SAMPLES / LARGE).read_text(encoding="utf-8")
    total = 0
    i = 0
    while i < files or total < min_mb * 1e6:
        text = large if i % 200 == 199 else small[i % len(small)]
        text = (text.replace("09000000-3863", f"{30000000 + i:08d}-3863")
                    .replace("09000000-4050", f"{10000000 + i:08d}-4050")
                    .replace("50410000-6831", f"{20000000 + i:08d}-6831")
                    .replace("ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้", f"โครงการลำดับ {i}", 1)
                    .replace("เชียงใหม่ เขต 2", f"เชียงใหม่ เขต {i % 7 + 1}"))
        path = folder / f"office-{i // 250:03d}" / f"report-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        i += 1
    return i, total


_ONE_PASS = regex.compile(r"รายงานครั้งที่\s*\d+|\d{1,2}/\d{1,2}/\d{4}")


def floor(folder: Path) -> tuple[float, int]:
    """Seconds to read every file, convert Thai digits, run one regex."""
    from normalizers.numbers import thai_digits_to_arabic

    started = time.perf_counter()
    n = 0
    for path in sorted(folder.rglob("*.txt")):
        text = thai_digits_to_arabic(path.read_bytes().decode("utf-8"))
        n += len(_ONE_PASS.findall(text))
    return time.perf_counter() - started, n


def ingest(folder: Path, out: Path, workers: int) -> dict:
    exe = Path(sys.executable).parent / "raingan"
    started = time.perf_counter()
    subprocess.run([str(exe), "ingest", str(folder), "-o", str(out), "--workers", str(workers), "--full", "--quiet"],
                   check=True)
    wall = time.perf_counter() - started
    run = json.loads((out / "run.json").read_text())
    run["wall"] = wall
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--min-mb", type=float, default=30.0)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the archive (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the archive and outputs")
    args = parser.parse_args(argv)

    base = args.dir or Path(tempfile.mkdtemp(prefix="raingan-bench-"))
    folder = base / "archive"
    if folder.exists():
        shutil.rmtree(folder)
    n, size = build(folder, args.files, args.min_mb)
    mb = size / 1e6
    from pipeline.batch import default_workers

    cores = default_workers()
    print(f"archive: {n} files, {mb:.1f} MB in {folder} ({cores} cores here)")

    floor_s, _ = floor(folder)
    results = {w: ingest(folder, base / f"out-{w}", w) for w in (1, 2)}
    print(f"{'run':<14}{'wall s':>8}{'map s':>8}{'MB/s':>9}{'files/s':>9}{'MB/s/core':>11}{'peak RSS MB':>13}")
    print(f"{'floor':<14}{floor_s:>8.2f}{'':>8}{mb / floor_s:>9.1f}{n / floor_s:>9.0f}{mb / floor_s:>11.1f}{'':>13}")
    for w, r in results.items():
        map_s = r["seconds"]["map"]
        print(f"{f'{w} worker' + ('s' if w > 1 else ''):<14}{r['wall']:>8.2f}{map_s:>8.2f}{mb / r['wall']:>9.2f}"
              f"{n / r['wall']:>9.1f}{mb / r['wall'] / w:>11.2f}{r['peak_rss_mb']:>13.0f}")
    speedup = results[1]["wall"] / results[2]["wall"]
    print(f"speed-up 2 workers vs 1: {speedup:.2f}x (wall), "
          f"{results[1]['seconds']['map'] / results[2]['seconds']['map']:.2f}x (map step)")
    print(f"end to end vs floor (1 worker): {results[1]['wall'] / floor_s:.1f}x slower")
    one = results[1]["seconds"]
    print(f"1 worker: plan {one['plan']:.2f}s, map {one['map']:.2f}s, reduce {one['reduce']:.2f}s")
    print("targets: >= 10 MB/s per core, 2 workers >= 1.8x one, peak RSS < 1024 MB "
          "(peak RSS is the largest single process: the driver or one worker)")
    if not args.keep and args.dir is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
