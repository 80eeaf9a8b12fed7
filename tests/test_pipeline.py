"""Decoding, failure handling, validation, schemas, atomic writes, the CLI."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.decode import DecodeError, decode_bytes
from pipeline.run import ingest
from pipeline.stages import STAGES, process_document
from pipeline.validate import validate_rows
from schemas.arrow import TABLES, arrow_schema
from schemas.rows import ProgressReportRow
from tests.conftest import SAMPLES, read_tables, sample_text

THAI = "รายงานครั้งที่ 1 :: 31/10/2560 : อยู่ระหว่างขั้นตอน"


def test_stage_table_order():
    assert [name for name, _ in STAGES] == ["decode", "clean", "segment", "dedupe", "detect", "parse", "merge", "validate"]


@pytest.mark.parametrize("data, encoding", [
    (THAI.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + THAI.encode("utf-8"), "utf-8-sig"),
    (THAI.encode("utf-16"), "utf-16"),
    (THAI.encode("utf-16-le"), "utf-16-le"),
    (THAI.encode("tis-620"), "cp874"),
    (THAI.encode("cp874"), "cp874"),
])
def test_decode_encodings(data, encoding):
    text, used = decode_bytes(data)
    assert text == THAI and used == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n", "white space"),
    (random.Random(7).randbytes(4096), "binary"),
    (b"\x00\x01\x02\x03" * 100, "not text"),
])
def test_decode_refuses_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("data, stage", [
    (b"", "decode"),
    (random.Random(1).randbytes(2048), "decode"),
    ("สวัสดีครับ นี่ไม่ใช่รายงาน\nเป็นข้อความทั่วไป".encode(), "detect"),
])
def test_bad_input_gives_a_failed_documents_row(data, stage):
    rows = process_document("bad.txt", data)
    (doc,) = rows["documents"]
    assert doc["status"] == "failed" and doc["error"].startswith(stage + ":")
    assert doc["size_bytes"] == len(data)
    assert rows["issues"] and rows["issues"][0]["severity"] == "error"
    assert set(rows) == {"documents", "issues"}


def test_tis620_file_parses_like_utf8():
    text = sample_text("001_fdefb2afb18072a2.txt").replace("“", '"').replace("”", '"')
    rows = process_document("001-tis.txt", text.encode("cp874"))
    assert rows["documents"][0]["encoding"] == "cp874"
    assert rows["documents"][0]["status"] == "ok"
    assert rows["projects"][0]["project_code"] == "09000000-4050"


def test_same_input_same_output():
    data = sample_text("000_54d7a76ee7e0d007.txt").encode()
    assert process_document("a.txt", data) == process_document("a.txt", data)


def test_invalid_value_is_an_issue_not_a_crash():
    good, issues = validate_rows("progress_reports", [
        {"doc_id": "d", "project_key": "p", "seq": 1, "progress_pct": 150.0, "cancelled": False},
        {"doc_id": "d", "project_key": "p", "seq": "not a number", "cancelled": False},
    ])
    assert len(good) == 1 and good[0]["progress_pct"] is None
    assert [i.code for i in issues] == ["invalid_value", "invalid_row"]
    assert "150.0" in issues[0].evidence and "not a number" in issues[1].evidence


def test_arrow_schema_agrees_with_models():
    for name, spec in TABLES.items():
        schema = spec.schema
        assert schema.names == list(spec.model.model_fields), name
    schema = arrow_schema(ProgressReportRow)
    assert schema.field("disbursed").type == pa.decimal128(18, 2)
    assert schema.field("report_date").type == pa.date32()
    assert schema.field("progress_pct").type == pa.float64()
    assert schema.field("on_target").type == pa.bool_() and schema.field("on_target").nullable
    assert not schema.field("project_key").nullable


def test_ingest_keeps_every_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "random.txt").write_bytes(os.urandom(3000))
    (inputs / "tis.txt").write_bytes(sample_text("003_c0975e1d5f59aaa1.txt").encode("cp874"))
    (inputs / "ignored.pdf").write_bytes(b"%PDF")
    out = tmp_path / "out"
    summary = ingest([inputs], out)
    assert summary.files == 3 and summary.n_failed == 2
    tables = read_tables(out)
    assert set(tables) == set(TABLES)
    status = {Path(d["source_path"]).name: d["status"] for d in tables["documents"]}
    assert status == {"empty.txt": "failed", "random.txt": "failed", "tis.txt": "ok"}
    assert {p["project_key"] for p in tables["projects"]} == {"50410000-6831/2566"}
    assert tables["projects"][0]["budget_allocated"] == Decimal("26200.00")
    assert not list(out.glob(".*.tmp"))


def test_output_is_byte_identical_between_runs(tmp_path):
    ingest([SAMPLES], tmp_path / "a")
    ingest([SAMPLES], tmp_path / "b")
    for path in sorted((tmp_path / "a").glob("*.parquet")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_cli_exit_codes(tmp_path):
    runner = CliRunner()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bad), "-o", str(tmp_path / "o1")])
    assert result.exit_code == 0, result.output
    assert "failed" in result.output
    result = runner.invoke(app, ["ingest", str(bad), "-o", str(tmp_path / "o2"), "--strict"])
    assert result.exit_code == 1
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "-o", str(tmp_path / "o3")])
    assert result.exit_code == 2
    result = runner.invoke(app, ["ingest", str(bad)])
    assert result.exit_code == 2  # -o is required
    assert pq.read_table(tmp_path / "o1" / "documents.parquet").num_rows == 1


def test_every_command_has_help_and_is_documented():
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for command in app.registered_commands:
        name = command.name
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and result.output.strip(), name
        assert f"raingan {name}" in readme, f"README does not show `raingan {name}`"


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "raingan"
    assert exe.exists()
    done = subprocess.run([str(exe), "version"], capture_output=True, text=True, check=True)
    assert "parser" in done.stdout


def test_cli_rejects_bad_engine_options(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(SAMPLES), "-o", str(tmp_path / "o"), "--engine", "spark"])
    assert result.exit_code == 2 and "'spark' is not one of" in result.output and "'dask'" in result.output
    result = runner.invoke(app, ["ingest", str(SAMPLES), "-o", str(tmp_path / "o"), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2 and "--engine dask" in result.output


def test_cli_quiet_prints_nothing_and_writes_run_json(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(SAMPLES / "001_fdefb2afb18072a2.txt"), "-o", str(tmp_path / "o"),
                                 "--quiet", "--workers", "1"])
    assert result.exit_code == 0 and result.output == ""
    import json

    run = json.loads((tmp_path / "o" / "run.json").read_text())
    assert run["files"] == 1 and run["processed"] == 1 and run["by_doc_type"] == {"bma_progress": 1}
    assert run["rows"]["progress_reports"] == 10 and run["workers"] == 1


def test_rule_tables_name_the_architecture():
    from parsers.obec_progress import read as obec_progress
    from parsers.bma_progress import fields
    from parsers.bma_proposal import fields as proposal

    assert [f.key for f in fields.FIELDS][:3] == ["name", "project_code", "fiscal_year"]
    assert set(fields.SECTIONS.values()) == {"rationale", "objectives", "targets", "progress_reports"}
    assert [f.key for f in proposal.FIELDS][:3] == ["name", "unit", "fiscal_year"]
    assert [name for name, _ in obec_progress.RULES] == ["group", "list_head", "unit_column", "title", "marker", "activity", "text"]


def test_a_rule_that_consumes_nothing_is_a_bug():
    from parsers.engine import RuleError, rule_text, run_rules
    from schemas.document import Line

    def lazy(state):
        return True

    with pytest.raises(RuleError, match="consumed nothing"):
        run_rules([Line(1, "x")], [("lazy", lazy), ("text", rule_text)])
    blocks = run_rules([Line(3, "a"), Line(4, "b")], [("text", rule_text)])
    assert [(b.kind, b.line_start) for b in blocks] == [("text", 3), ("text", 4)]
