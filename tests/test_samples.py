"""The samples end to end through Parquet, scored by `raingan check` against
their hand-written expected files (samples/*.expected.json)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline.check import render_text, run_check
from tests.conftest import SAMPLES

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))


def test_samples_check_at_100(samples_out_dir):
    result = run_check(EXPECTED, out=samples_out_dir, min_f1=1.0)
    assert result.ok, render_text(result.report)
    total = result.report.total()
    assert total.tp > 700 and total.fp == total.fn == 0
    assert {e.form for e in result.report.expected} == {"bma_progress", "bma_proposal", "obec_progress"}


@pytest.mark.parametrize("change", [
    ("projects", 0, None, "budget_spent", "171000.00"),
    ("projects", 0, "progress_reports", 3, ("progress_pct", 16.0)),
    ("projects", 0, "objectives", 2, ("text", "เพื่อคัดเลือกครูดีเด่น")),
], ids=["project_field", "report_figure", "objective_text"])
def test_one_changed_value_fails_with_a_readable_table(tmp_path, samples_out_dir, change):
    name = "001_fdefb2afb18072a2"
    shutil.copy(SAMPLES / f"{name}.txt", tmp_path)
    data = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    project = data["projects"][0]
    if change[2] is None:
        column, value = change[3], change[4]
        project[column] = value
    else:
        column, value = change[4]
        project[change[2]][change[3]][column] = value
    path = tmp_path / f"{name}.expected.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_check([path], out=samples_out_dir, min_f1=1.0)
    assert not result.ok
    text = render_text(result.report)
    (miss,) = result.report.misses()
    assert miss.column == column and miss.strict == miss.soft == "wrong"
    assert column in text and str(value) in text and "FAIL" not in text  # the CLI prints the failure line
    assert result.failures == [f"soft F1 {100 * result.report.total().f1:.1f} % is below --min 100.0 %"]


@pytest.mark.slow
def test_cli_exit_status(tmp_path):
    name = "003_c0975e1d5f59aaa1"
    shutil.copy(SAMPLES / f"{name}.txt", tmp_path)
    data = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    data["projects"][0]["budget_allocated"] = "26000.00"
    (tmp_path / f"{name}.expected.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    raingan = [sys.executable, "-m", "pipeline.cli"]
    bad = subprocess.run([*raingan, "check", str(tmp_path / f"{name}.expected.json"), "--min", "100"],
                         capture_output=True, text=True)
    assert bad.returncode == 1, bad.stderr
    assert "budget_allocated" in bad.stdout and "26000.00" in bad.stdout and "FAIL:" in bad.stdout
    good = subprocess.run([*raingan, "check", str(SAMPLES / f"{name}.expected.json"), "--min", "1.0", "--json"],
                          capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    assert json.loads(good.stdout)["soft"]["f1"] == 1.0
    missing = subprocess.run([*raingan, "check", str(tmp_path / "nope.expected.json")], capture_output=True, text=True)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_exactly_one_row_per_project_and_report(samples_out):
    keys = [p["project_key"] for p in samples_out["projects"]]
    assert len(keys) == len(set(keys))
    reports = [(r["project_key"], r["seq"]) for r in samples_out["progress_reports"]]
    assert len(reports) == len(set(reports))
    counts = {k: sum(1 for r in samples_out["progress_reports"] if r["project_key"] == k) for k in keys}
    assert counts.get("09000000-3863/2561") == 12
    assert counts.get("09000000-4050/2563") == 10
    assert counts.get("50410000-6831/2566") == 5


def test_every_record_points_at_source_lines(samples_out):
    for table in ("projects", "objectives", "targets", "progress_reports", "expenses"):
        for row in samples_out[table]:
            assert row["line_start"] is not None and row["line_end"] >= row["line_start"], (table, row)
