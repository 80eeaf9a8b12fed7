"""pyarrow's first conversion of rows is made with pandas held back
(pipeline.shards.convert_without_pandas): a run, a worker and the reduce
convert rows and write tables without importing pandas (0.3 CPU s each
serial start spent on it), the rows convert to the same Arrow data as where
pandas was loaded first, and pandas still works after it in the same
process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "002_e5b5a9d4d9adb57c.txt"  # a short sample: the run takes well under a second after the imports

# Converts one sample's rows into an Arrow IPC stream per table (written to argv[1]); with argv[2] == "pandas-first"
# pandas is imported before anything of the pipeline.  Then ingests the sample with one worker (the serial run:
# stages, shard, reduce, the run's issue counts) into argv[3] and says whether pandas was loaded by then, and that
# pandas and pyarrow's pandas conversion work afterwards.
SCRIPT = r"""
import sys
if sys.argv[2] == "pandas-first":
    import pandas  # noqa: F401
import pyarrow as pa
import pyarrow.ipc as ipc
from pipeline.stages import process_document
from pipeline.shards import write_shard  # noqa: F401  (the write path's module, as a worker imports it)
from schemas.arrow import TABLES
path = sys.argv[4]
rows = process_document(path, open(path, "rb").read())
with open(sys.argv[1], "wb") as out:
    for table in sorted(rows):
        data = pa.Table.from_pylist(rows[table], schema=TABLES[table].schema)
        sink = pa.BufferOutputStream()
        with ipc.new_stream(sink, data.schema) as writer:
            writer.write_table(data)
        out.write(table.encode() + b"\n" + sink.getvalue().to_pybytes())
from pipeline.cli import app
try:
    app(["ingest", path, "-o", sys.argv[3], "-q", "-w", "1"])
except SystemExit as exc:
    assert not exc.code, exc.code
print("pandas loaded:", "pandas" in sys.modules)
import pandas as pd
frame = pa.table({"a": [1, 2]}).to_pandas()
assert list(frame["a"]) == [1, 2]
assert pa.array(pd.Series([3, 4])).to_pylist() == [3, 4]
print("pandas works")
"""


def _run(tmp_path: Path, mode: str) -> tuple[str, bytes]:
    arrow = tmp_path / f"{mode}.bin"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(arrow), mode, str(tmp_path / f"out-{mode}"),
                           str(ROOT / "samples" / SAMPLE)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout, arrow.read_bytes()


def test_rows_convert_and_a_run_ends_without_pandas_and_the_same_data(tmp_path):
    held, held_bytes = _run(tmp_path, "held-back")
    assert "pandas loaded: False" in held
    assert "pandas works" in held
    first, first_bytes = _run(tmp_path, "pandas-first")
    assert "pandas loaded: True" in first and "pandas works" in first
    assert held_bytes == first_bytes
