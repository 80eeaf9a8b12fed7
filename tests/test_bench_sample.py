"""The bench's sampling profiler (bench.archive --sample: sampled, tally)."""

import time
from collections import Counter

from bench.archive import sampled, tally


def test_tally_counts_a_function_once_per_sample_and_a_line_by_the_innermost_frame():
    a = ("pkg/a.py", "outer", 10)
    b = ("pkg/b.py", "inner", 20)
    b_again = ("pkg/b.py", "inner", 25)  # recursion: the same function deeper in the same stack
    stacks = Counter({(b, a): 3, (b_again, b, a): 2, (a,): 5})
    total, cumulative, own = tally(stacks)
    assert total == 10
    assert cumulative == Counter({"pkg/a.py:outer": 10, "pkg/b.py:inner": 5})  # b once per sample, recursion or not
    assert own == Counter({"pkg/a.py:10 outer": 5, "pkg/b.py:20 inner": 3, "pkg/b.py:25 inner": 2})


def _busy(seconds: float) -> int:
    end = time.process_time() + seconds
    n = 0
    while time.process_time() < end:
        n += 1
    return n


def test_sampled_returns_the_result_and_finds_the_busy_function():
    result, stacks = sampled(lambda: _busy(0.2) and "done", every=0.005)
    assert result == "done"
    total, cumulative, _ = tally(stacks)
    assert total > 0
    assert cumulative["tests/test_bench_sample.py:_busy"] > total // 2
    # the timer is off and the handler gone once it returns: no sample more
    after = sum(stacks.values())
    _busy(0.05)
    assert sum(stacks.values()) == after


def test_split_report_lays_the_files_out_on_the_workers_as_the_pool_does(tmp_path):
    # bench.archive's split over two workers: the batches make_batches gives, each to the worker free first;
    # equal files split evenly, and the serial loading bounds the speed-up
    from bench.archive import split_report

    per_file = {}
    for i in range(64):
        (tmp_path / f"report-{i:06d}.txt").write_text("ก" * 1000, encoding="utf-8")
        per_file[f"report-{i:06d}.txt"] = 0.5
    text = split_report(tmp_path, per_file, warm=0.0)
    assert "the busier 16.00 s, 0.0 % over an even split" in text and "2.00x one worker" in text
    assert "1.67x one worker" in split_report(tmp_path, per_file, warm=8.0)  # (8 + 32) / (8 + 16)
