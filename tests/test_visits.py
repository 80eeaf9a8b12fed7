"""bench.visits (regex calls per stage and per distinct line, for speed
work) runs and counts: a two-file archive gives calls in the clean-up and
the parsers, some of them on whole lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_visits_counts_regex_calls_per_stage():
    out = subprocess.run([sys.executable, "-m", "bench.visits", "--files", "2", "--top", "3"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    table = out.split("patterns with the most calls")[0]
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()
            if line.split() and line.split()[0] in ("clean", "parse")}
    assert set(rows) == {"clean", "parse"}, out
    for stage, (calls, texts, per_text, on_lines) in rows.items():
        assert int(calls) > 0 and int(texts) > 0 and int(on_lines) > 0, out
    assert "patterns with the most calls" in out
