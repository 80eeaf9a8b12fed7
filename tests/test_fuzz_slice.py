"""A small slice of the hostile-input fuzz run (bench.fuzz, `make fuzz`):
a few hundred small hostile files through a whole run.  Only the
invariants that cannot be flaky are asserted (never timing): every file
has exactly one `documents` row, no row names a file that was not made,
no file fails by an internal error, and the run does not raise."""

from __future__ import annotations

from collections import Counter

from bench.fuzz import check_output
from bench.hostile import generate
from pipeline.run import ingest


def test_a_slice_of_hostile_files_all_get_rows(tmp_path):
    made = generate(tmp_path / "in", 240, seed=7, scale=0.02)
    kinds = Counter(m.kind for m in made)
    assert len(kinds) >= 15 and kinds["fifo"] == 1 and kinds["truncated"] > 10  # the slice is varied
    summary = ingest([tmp_path / "in"], tmp_path / "out", workers=2)
    found = check_output(made, tmp_path / "out")
    assert found["problems"] == []
    assert (found["missing"], found["extra"], found["duplicated"], found["internal_errors"]) == (0, 0, 0, 0)
    assert found["documents"] == len(made) == summary.files
    assert found["by_status"].get("failed", 0) < len(made) // 2  # most hostile files are still read
