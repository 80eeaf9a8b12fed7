"""Files the hostile-input fuzz run (bench.fuzz, seed 14) found a fault
with, kept as they were generated (tests/fixtures/hostile/)."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document
from schemas.document import Line, Reading

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def test_a_proposal_whose_lines_are_shuffled_is_partial_not_an_internal_error():
    # no copy read a project field, but a repair filled the fiscal year: the row had no span (KeyError)
    rows = process_document("shuffled.txt", (HOSTILE / "proposal_lines_shuffled.txt").read_bytes())
    doc = rows["documents"][0]
    assert doc["status"] == "partial" and doc["error"] is None
    codes = {i["code"] for i in rows["issues"]}
    assert "internal_error" not in codes and "missing_field" in codes
    assert len(rows["projects"]) == 1


def _lines_run(module, call) -> int:
    """Lines of `module` run by `call()`: work counted, not seconds, so the
    scaling tests below do not depend on the machine."""
    import sys

    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename == module.__file__ else None

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def _assemble_lines_run(n: int) -> int:
    """Lines of parsers/bma_progress/assemble.py run by number_entries over n
    report headers that all print the same number (a clause repeated
    30,000 times in one line: the fuzz's repeated_clause kind)."""
    from parsers.bma_progress import assemble
    from parsers.bma_progress.clauses import Event

    events = [Event("header", line=k + 1, seq=1, printed="1") for k in range(n)]
    return _lines_run(assemble, lambda: assemble.number_entries(events))


def test_report_numbers_of_many_headers_are_weighed_in_linear_work():
    # each header used to look itself up in the list of numbered headers, then copy the rest of the list:
    # 1.5 MB of one repeated header clause took 11 s (the fuzz's repeated_clause kind)
    small, large = _assemble_lines_run(400), _assemble_lines_run(800)
    assert large < 2.2 * small


def _entries_text(n: int) -> str:
    return "".join(f"รายงานครั้งที่ {k} :: {1 + k % 28}/{1 + k % 12}/2563 : ดำเนินการตามแผน ความก้าวหน้าของงานฯ = "
                   f"{k / 100:.2f} % งบประมาณที่เบิกใช้ (ครั้งที่ {k}) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย\n"
                   for k in range(1, n + 1))


def test_progress_and_budget_clauses_of_many_entries_are_weighed_in_linear_work():
    # a form of thousands of entries: each progress looked at every other entry's for its bounds (4,000
    # entries: 3 s for 1.5 MB, growing as the square). The assembly is counted too; its per-clause question
    # whether the entries run 1..N (one set built per clause, in C) is below what lines run can see
    from parsers.bma_progress import assemble, entries, repairs

    def work(n: int) -> tuple[int, int]:
        result = {}
        count_assemble = _lines_run(assemble, lambda: result.setdefault("r", entries.parse_entries(
            [Line(k + 1, t) for k, t in enumerate(_entries_text(n).splitlines())])))
        reports = {seq: {"progress_pct": Reading(float(entry.figures["progress"]), entry.figures["progress"], seq,
                                                 seq)} for seq, entry in result["r"].entries.items()}
        count_repairs = _lines_run(repairs, lambda: repairs.repair_progress(reports, "k"))
        return count_assemble, count_repairs

    (a1, r1), (a2, r2) = work(300), work(600)
    assert a2 < 2.2 * a1 and r2 < 2.2 * r1


def _quadratic_longest_run(ranks: list[int]) -> list[int]:
    """The longest strictly increasing run as first written (every index
    against every earlier one): the reference for the linear one."""
    if not ranks:
        return []
    best, prev = [1] * len(ranks), [-1] * len(ranks)
    for i, r in enumerate(ranks):
        for j in range(i):
            if ranks[j] < r and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    end = max(range(len(ranks)), key=lambda i: (best[i], -i))
    out = []
    while end >= 0:
        out.append(end)
        end = prev[end]
    return out[::-1]


def test_proposal_headings_kept_in_order_are_the_quadratic_choice_in_linear_work():
    # a proposal printed on one line hundreds of times gave thousands of headings, each compared with
    # every earlier one (0.9 s of a 4 MB file); the linear pass keeps the same headings, ties included
    import random

    from parsers.bma_proposal import sections

    rng = random.Random(3)
    for _ in range(3000):
        kinds = rng.randrange(1, 14)
        ranks = [rng.randrange(kinds) for _ in range(rng.randrange(40))]
        assert sections._longest_run(ranks) == _quadratic_longest_run(ranks), ranks
    small = _lines_run(sections, lambda: sections._longest_run([k % 13 for k in range(1000)]))
    large = _lines_run(sections, lambda: sections._longest_run([k % 13 for k in range(2000)]))
    assert large < 2.2 * small
