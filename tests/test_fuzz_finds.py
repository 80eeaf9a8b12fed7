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


def _assemble_lines_run(n: int) -> int:
    """Lines of parsers/bma_progress/assemble.py run by number_entries over n
    report headers that all print the same number (a clause repeated
    30,000 times in one line: the fuzz's repeated_clause kind)."""
    import sys

    from parsers.bma_progress import assemble
    from parsers.bma_progress.clauses import Event

    events = [Event("header", line=k + 1, seq=1, printed="1") for k in range(n)]
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename == assemble.__file__ else None

    sys.settrace(trace)
    try:
        assemble.number_entries(events)
    finally:
        sys.settrace(None)
    return count


def test_report_numbers_of_many_headers_are_weighed_in_linear_work():
    # each header used to look itself up in the list of numbered headers, then copy the rest of the list:
    # 1.5 MB of one repeated header clause took 11 s (the fuzz's repeated_clause kind); counted in lines
    # run, not seconds, so the test does not depend on the machine
    small, large = _assemble_lines_run(400), _assemble_lines_run(800)
    assert large < 2.2 * small
