"""Files the hostile-input fuzz run (bench.fuzz, seed 14) found a fault
with, kept as they were generated (tests/fixtures/hostile/)."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def test_a_proposal_whose_lines_are_shuffled_is_partial_not_an_internal_error():
    # no copy read a project field, but a repair filled the fiscal year: the row had no span (KeyError)
    rows = process_document("shuffled.txt", (HOSTILE / "proposal_lines_shuffled.txt").read_bytes())
    doc = rows["documents"][0]
    assert doc["status"] == "partial" and doc["error"] is None
    codes = {i["code"] for i in rows["issues"]}
    assert "internal_error" not in codes and "missing_field" in codes
    assert len(rows["projects"]) == 1
