"""Output identity check for speed work: the eval JSON and the Parquet tables
of one ingest, fingerprinted, saved and compared with an earlier snapshot.

    python -m bench.identical save DIR      # snapshot of the code as it is now
    python -m bench.identical check DIR     # the same again, compared with DIR's snapshot

A snapshot is `make eval`'s JSON (every miss, `--misses 100000`) and the
sha256 of every `OUT/<table>.parquet` of
`raingan ingest samples tests/corpus/clean tests/corpus/ocr tests/corpus/extra tests/corpus/extra2 tests/corpus/extra3 tests/corpus/extra4 -o OUT --full`
(run.json left out: it holds the run's time).  `check` exits 1 and names what
differs when anything does.  Nothing here is tuned: a change that keeps the
output byte for byte passes, any other fails.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ["samples", "tests/corpus/clean", "tests/corpus/ocr", "tests/corpus/extra/clean", "tests/corpus/extra/ocr",
          "tests/corpus/extra2/clean", "tests/corpus/extra2/ocr",
          "tests/corpus/extra3/clean", "tests/corpus/extra3/ocr",
          "tests/corpus/extra4/clean", "tests/corpus/extra4/ocr"]


def snapshot(folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    eval_json = folder / "eval.json"
    subprocess.run([py, "-m", "tests.corpus.eval", "--json", str(eval_json), "--misses", "100000"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="raingan-identical-") as tmp:
        out = Path(tmp) / "out"
        exe = Path(py).parent / "raingan"
        subprocess.run([str(exe), "ingest", *INPUTS, "-o", str(out), "--full", "--quiet", "--root", str(ROOT)],
                       cwd=ROOT, check=True)
        tables = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}
    return {"eval": hashlib.sha256(eval_json.read_bytes()).hexdigest(), "tables": tables}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    mode, folder = argv[0], Path(argv[1])
    if mode == "save":
        snap = snapshot(folder / "base")
        (folder / "base.json").write_text(json.dumps(snap, indent=1))
        print(f"saved: eval {snap['eval'][:12]}, {len(snap['tables'])} tables")
        return 0
    base = json.loads((folder / "base.json").read_text())
    snap = snapshot(folder / "now")
    bad = []
    if snap["eval"] != base["eval"]:
        bad.append("eval JSON differs (diff " f"{folder / 'base' / 'eval.json'} {folder / 'now' / 'eval.json'})")
    for name in sorted(set(base["tables"]) | set(snap["tables"])):
        if base["tables"].get(name) != snap["tables"].get(name):
            bad.append(f"table {name} differs")
    if bad:
        print("DIFFERENT:\n  " + "\n  ".join(bad))
        return 1
    print(f"identical: eval JSON and {len(snap['tables'])} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
