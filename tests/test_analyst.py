"""The analyst's side: the data dictionary in the files and the README,
loading with proper types, DuckDB views, run.json, `raingan inspect` and
`raingan report` (rendered in headless Chromium where it is installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from schemas.arrow import TABLES
from schemas.dictionary import SCHEMA_VERSION
from schemas.reference import readme_block, render_md
from tests.conftest import ROOT, SAMPLES

SAMPLE_000 = SAMPLES / "000_54d7a76ee7e0d007.txt"
CHROMIUM = Path("/usr/bin/chromium")


# ---------------------------------------------------------------- the dictionary

def test_every_parquet_file_carries_its_column_descriptions(samples_out_dir):
    for name, spec in TABLES.items():
        schema = pq.read_schema(samples_out_dir / f"{name}.parquet")
        assert schema.metadata[b"raingan.schema_version"] == SCHEMA_VERSION.encode()
        assert schema.metadata[b"raingan.table"] == name.encode()
        assert schema.names == spec.schema.names
        for f in schema:
            meta = f.metadata or {}
            assert meta.get(b"description"), f"{name}.{f.name} has no description"
            thai = meta.get(b"description_th", b"").decode("utf-8")
            assert re.search("[\u0e01-\u0e4f]", thai), f"{name}.{f.name} has no Thai description"
    agency = pq.read_schema(samples_out_dir / "projects.parquet").field("agency").metadata
    assert "obec_progress" in json.loads(agency[b"source"]) and agency[b"description_th"].decode() == "หน่วยงานที่รับผิดชอบ"
    money = pq.read_schema(samples_out_dir / "projects.parquet").field("budget_allocated").metadata
    assert money[b"unit"] == b"baht"
    status = pq.read_schema(samples_out_dir / "projects.parquet").field("plan_status").metadata
    assert status[b"values"] == b"cancelled, completed, in_progress, not_started"


def test_every_column_states_where_it_comes_from():
    missing = [f"{t}.{c.name}" for t, spec in TABLES.items() for c in spec.columns() if not c.source]
    assert not missing


def test_readme_table_reference_is_generated_from_the_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme_block(readme)
    assert block is not None, "README.md lacks the generated table reference markers"
    assert block == render_md(), "README.md's table reference is stale: run `make readme`"


def test_schema_command_prints_the_reference():
    runner = CliRunner()
    md = runner.invoke(app, ["schema", "--format", "md"])
    assert md.exit_code == 0 and md.output == render_md()
    one = runner.invoke(app, ["schema", "issues", "--format", "json"])
    data = json.loads(one.output)
    assert list(data["tables"]) == ["issues"] and {c["code"] for c in data["issue_codes"]} >= {"value_repaired"}
    text = runner.invoke(app, ["schema", "projects"])
    assert "agency" in text.output and "หน่วยงานที่รับผิดชอบ" in text.output
    bad = runner.invoke(app, ["schema", "nope"])
    assert bad.exit_code == 2


def test_version_option_and_choices_in_help():
    runner = CliRunner()
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and re.match(r"raingan \S+\+parser\.\S+", version.output)
    # rich wraps long choice lists over lines: compare without the box characters and spaces
    def flat(args: list[str]) -> str:
        return re.sub(r"[\s│]", "", runner.invoke(app, args, terminal_width=200).output)

    assert "local|dask" in flat(["ingest", "--help"])
    assert "text|json|html" in flat(["inspect", "--help"])
    assert "text|md|json" in flat(["schema", "--help"])
    assert "progress_reports" in flat(["schema", "--help"])


# ---------------------------------------------------------------- loading

def test_pandas_with_the_pyarrow_backend_keeps_the_types(samples_out_dir):
    import pandas as pd

    reports = pd.read_parquet(samples_out_dir / "progress_reports.parquet", dtype_backend="pyarrow")
    assert reports["report_date"].dtype.pyarrow_dtype == pa.date32()
    assert reports["disbursed"].dtype.pyarrow_dtype == pa.decimal128(18, 2)
    assert reports["seq"].dtype.pyarrow_dtype == pa.int64()
    budgets = pd.read_parquet(samples_out_dir / "quarterly_budgets.parquet", dtype_backend="pyarrow")
    assert (budgets["fiscal_year"] == budgets["fiscal_year_be"] - 543).all()
    first = reports.sort_values(["project_key", "seq"]).iloc[0]
    assert isinstance(first["report_date"], date) and isinstance(first["disbursed"], Decimal)


def test_duckdb_reads_every_issue_evidence_as_json(samples_out_dir):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the test extra: pip install -e '.[test]'")
    path = (samples_out_dir / "issues.parquet").as_posix()
    con = duckdb.connect()
    n, parsed = con.execute(f"select count(*), count(json_extract(evidence, '$')) from '{path}'").fetchone()
    nulls = con.execute(f"select count(*) from '{path}' where evidence is null").fetchone()[0]
    assert n >= 15 and parsed + nulls == n
    # every row, evidence null or not, goes through json_extract without an error
    assert len(con.execute(f"select json_extract(evidence, '$') from '{path}'").fetchall()) == n
    kinds = con.execute(f"select distinct json_type(evidence) from '{path}' where evidence is not null").fetchall()
    assert kinds == [("OBJECT",)]


def test_duckdb_views_file_of_the_run(samples_out_dir, tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the test extra: pip install -e '.[test]'")
    sql = (samples_out_dir / "raingan.duckdb.sql").read_text(encoding="utf-8")
    assert str(samples_out_dir) not in sql  # relative: the folder can move
    # the file as `duckdb -init` runs it, from inside the folder
    moved = tmp_path / "moved"
    shutil.copytree(samples_out_dir, moved, ignore=shutil.ignore_patterns(".raingan"))
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{moved.as_posix()}'")
    con.execute(sql)
    n_projects = len(pq.read_table(moved / "projects.parquet"))
    assert con.execute("select count(*) from project_overview").fetchone()[0] == n_projects
    row = con.execute("select n_reports, last_report_seq, last_progress_pct, n_issues from project_overview "
                  "where project_key = '09000000-3863/2561'").fetchone()
    assert row == (12, 12, 10.0, 4)
    assert con.execute("select count(*) from project_issues where project_name is null and project_key is not null"
                   ).fetchone()[0] == 0
    assert con.execute("select count(*) from project_reports").fetchone()[0] == len(pq.read_table(moved / "progress_reports.parquet"))
    assert con.execute("select count(*) from repairs").fetchone()[0] == 0  # the samples need no repair
    # `raingan sql OUT` gives the same views, usable from any folder
    printed = CliRunner().invoke(app, ["sql", str(moved)]).output
    con2 = duckdb.connect()
    con2.execute(printed)
    assert con2.execute("select count(*) from projects").fetchone()[0] == n_projects


def test_run_json_says_when_how_and_what(samples_out_dir, samples_out):
    run = json.loads((samples_out_dir / "run.json").read_text())
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", run["started_at"])
    assert run["started_at"] <= run["finished_at"]
    assert run["inputs"] == [str(SAMPLES)] and run["schema_version"] == SCHEMA_VERSION
    by_code = {}
    for i in samples_out["issues"]:
        by_code[i["code"]] = by_code.get(i["code"], 0) + 1
    assert run["issues_by_code"] == dict(sorted(by_code.items()))
    # timestamps stay out of the row data
    for name in TABLES:
        assert not [f for f in pq.read_schema(samples_out_dir / f"{name}.parquet") if f.type == pa.timestamp("us")]


def test_cli_run_json_records_the_command_line(tmp_path):
    out = tmp_path / "o"
    sample = SAMPLES / "002_e5b5a9d4d9adb57c.txt"
    subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(sample), "-o", str(out), "-q", "-w", "1"],
                   check=True, capture_output=True)
    run = json.loads((out / "run.json").read_text())
    assert run["command"] == ["raingan", "ingest", str(sample), "-o", str(out), "-q", "-w", "1"]


# ---------------------------------------------------------------- inspect

def test_inspect_shows_where_report_7s_figures_came_from():
    """Sample 000's second copy prints report 7's figures on report 8's line
    (277): inspect shows each figure's reading in each copy, the line it
    stands on, and the rule that read it."""
    from pipeline.explain import explain

    data = explain(SAMPLE_000, "progress_reports")
    by_field = {f["field"]: f for f in data["fields"] if f["record"] == "7"}
    for column, printed in (("progress_pct", "ความก้าวหน้าของงานฯ = 23.00"),
                            ("disbursed", "งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 0 บาท")):
        f = by_field[f"progress_reports.{column}"]
        copies = {r["copy"]: r for r in f["readings"]}
        assert set(copies) == {1, 2}
        assert copies[1]["found_on"] == [134] and copies[2]["found_on"] == [277]
        assert printed in copies[2]["printed"] and copies[2]["source_lines"][277].startswith("รายงานครั้งที่ 8")
        assert f["vote"]["groups"] == [{"value": f["value"], "copies": [1, 2]}]
        assert "(ครั้งที่ N)" in by_field["progress_reports.disbursed"]["rule"]["source"]
    assert by_field["progress_reports.disbursed"]["value"] == "0.00"
    assert by_field["progress_reports.progress_pct"]["value"] == 23.0
    text = CliRunner().invoke(app, ["inspect", str(SAMPLE_000), "--field", "disbursed"]).output
    assert "record 7] = 0.00" in text and "line 277 (record lines 265-277)" in text
    assert "277 | รายงานครั้งที่ 8 :: ความก้าวหน้าของงานฯ = 23.00" in text


def test_inspect_a_whole_document(tmp_path):
    """Without --field: the text with its furniture marked, header fields with
    their label and converter, the vote on a disagreement, and every issue."""
    from pipeline.explain import explain

    data = explain(SAMPLE_000)
    kinds = {ln["kind"] for ln in data["lines"]}
    assert {"text", "page_header", "page_number", "signature"} <= kinds
    budget = next(f for f in data["fields"] if f["field"] == "projects.budget_allocated")
    assert budget["rule"]["label"] == "งบประมาณที่ได้รับ" and budget["rule"]["converter"] == "parse_amount"
    assert any("งบประมาณที่ได้รับ" in a for r in budget["readings"] for a in r["anchors"])
    owner = next(f for f in data["fields"] if f["field"] == "projects.owner_name")
    assert len(owner["vote"]["groups"]) == 2 and owner["vote"]["tie_break"] == "dictionary plausibility"
    assert [i["code"] for i in owner["issues"]] == ["ocr_variant"]
    assert {i["code"] for i in data["issues"]} >= {"ocr_variant", "progress_decreased"}
    assert data["coverage"] == 1.0 and data["unplaced"] == []
    html = CliRunner().invoke(app, ["inspect", str(SAMPLE_000), "--format", "html", "-o", str(tmp_path / "i.html")])
    assert html.exit_code == 0
    page = (tmp_path / "i.html").read_text(encoding="utf-8")
    assert "id='L277'" in page and "projects.owner_name" in page and not re.search(r"(src|href)=['\"]https?:", page)
    as_json = json.loads(CliRunner().invoke(app, ["inspect", str(SAMPLE_000), "--format", "json",
                                                  "--field", "owner_name"]).output)
    assert [f["field"] for f in as_json["fields"]] == ["projects.owner_name"]


def test_inspect_shows_repairs_and_unplaced_text(tmp_path):
    """A repaired value is never indistinguishable from a printed one: inspect
    marks it, with the repair issue (rule, printed, chosen) beside it."""
    from pipeline.explain import explain

    # report 7's year misread in both copies (๖ read as ๒): the fiscal year leaves one reading
    text = SAMPLE_000.read_text(encoding="utf-8").replace(":: 10/4/2561 :", ":: 10/4/๒๕๒๑ :")
    doc = tmp_path / "damaged.txt"
    doc.write_text(text, encoding="utf-8")
    data = explain(doc, "report_date")
    (f,) = [f for f in data["fields"] if f["record"] == "7"]
    assert f["repaired"] and f["value"] == "2018-04-10" and f["voted"] == "1978-04-10"
    assert [r["printed"] for r in f["readings"]] == [":: 10/4/๒๕๒๑", ":: 10/4/๒๕๒๑"]
    (repair,) = [i for i in f["issues"] if i["code"] == "value_repaired"]
    assert json.loads(repair["evidence"])["chosen"] == "2018-04-10" and repair["lines"] == [132, 134]
    assert [r["code"] for r in data["repairs"]] == ["value_repaired"]
    assert "(REPAIRED: copies voted 1978-04-10)" in CliRunner().invoke(app, ["inspect", str(doc), "-f", "report_date"]).output
    # sample 003: a header line no label opens is text no rule placed
    assert [(u["lines"], u["text"].startswith("หน่วยงานที่รับขอ.")) for u in explain(SAMPLES / "003_c0975e1d5f59aaa1.txt")["unplaced"]] == [
        ([206, 206], True)]


def test_inspect_errors_are_messages():
    runner = CliRunner()
    missing = runner.invoke(app, ["inspect", "no/such/file.txt"])
    assert missing.exit_code == 2 and "no such file" in missing.output
    binary = runner.invoke(app, ["inspect", str(ROOT / "tests")])
    assert binary.exit_code == 2 and "not a file" in binary.output


# ---------------------------------------------------------------- report

def _report(samples_out_dir: Path, tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(samples_out_dir), "-o", str(path), "--expected", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    return path


def test_report_is_one_self_contained_page(samples_out_dir, tmp_path):
    page = _report(samples_out_dir, tmp_path).read_text(encoding="utf-8")
    assert page.count("<svg") == 4  # documents, issues, fill rates, coverage
    assert not re.search(r"(src|href)=['\"]?(https?:)?//", page)  # nothing fetched
    assert not re.search(r"<(link|img|iframe)\b", page) and "@import" not in page
    for heading in ("Documents by form and status", "Issues by code and severity", "Fill rates by form", "Coverage",
                    "Least covered documents", "Slowest documents", "Accuracy against expected files"):
        assert heading in page
    # issue examples with their source lines; the accuracy table of raingan check on the samples
    assert "001_fdefb2afb18072a2.txt:23" in page and "budget_spent_mismatch" in page
    assert "งบประมาณที่ใช้ไป" in page  # line 23 of sample 001, shown under its example
    assert re.search(r"<b>all</b></td><td>\d+</td><td>100\.0</td><td>100\.0</td><td>100\.0</td>", page)
    # the same run gives the same page
    again = _report(samples_out_dir, tmp_path / "again").read_text(encoding="utf-8")
    assert again == page


def test_report_needs_an_output_folder(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "not a raingan output folder" in " ".join(result.output.split())


@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless rendering needs Debian's chromium at /usr/bin/chromium "
                                                 "(apt-get install chromium); not installed here")
def test_report_renders_in_headless_chromium(samples_out_dir, tmp_path):
    """The page opens in a browser offline: its four charts are drawn (each
    svg laid out larger than 50 x 50 px), its tables are there, and nothing
    is logged to the console."""
    path = _report(samples_out_dir, tmp_path)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([str(CHROMIUM), *flags, "--dump-dom", path.as_uri()], capture_output=True, text=True,
                         timeout=120)
    body = re.search(r"<body([^>]*)>", dom.stdout)
    assert body, dom.stderr[-2000:]
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body.group(1)))
    assert attrs.get("charts-drawn") == "4" and int(attrs["tables"]) >= 8 and attrs.get("errors") == "0", attrs
    assert not re.findall(r"CONSOLE[:(].*", dom.stderr), re.findall(r"CONSOLE[:(].*", dom.stderr)
    assert "Issues by code and severity" in dom.stdout
    shot = tmp_path / "report.png"
    subprocess.run([str(CHROMIUM), *flags, "--window-size=1280,2400", f"--screenshot={shot}", path.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000
