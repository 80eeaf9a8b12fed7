"""Per-document speed of the whole stage table on each sample (make bench)."""

from pathlib import Path

import pytest

from pipeline.stages import process_document

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem[:3] for p in SAMPLES])
def test_process_document(benchmark, path):
    data = path.read_bytes()
    rows = benchmark(process_document, path.name, data)
    assert rows["documents"][0]["status"] in ("ok", "partial")
    if benchmark.stats:  # None under --benchmark-disable (the code then runs once, untimed)
        benchmark.extra_info["MB/s"] = round(len(data) / 1e6 / benchmark.stats.stats.mean, 2)
