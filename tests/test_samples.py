"""The samples end to end through Parquet against hand-checked snapshots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, check, check_rows, load_expected, plain

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_sample_matches_snapshot(samples_out, expected_path: Path):
    expected = load_expected(expected_path)
    source = f"samples/{expected_path.name.replace('.expected.json', '.txt')}"
    docs = [d for d in samples_out["documents"] if d["source_path"].endswith(source)]
    assert len(docs) == 1, f"{source}: {len(docs)} documents rows"
    doc = docs[0]
    errors = []
    for column, value in expected["document"].items():
        errors += check(value, doc[column], f"documents.{column}")

    if "project" in expected:
        projects = [p for p in samples_out["projects"] if p["doc_id"] == doc["doc_id"]]
        assert len(projects) == 1, f"{source}: {len(projects)} projects rows"
        key = projects[0]["project_key"]
        for column, value in expected["project"].items():
            errors += check(value, projects[0][column], f"projects.{column}")
        for table, keys in (("objectives", ("seq",)), ("targets", ("kind", "seq")), ("progress_reports", ("seq",)),
                            ("expenses", ("report_seq", "seq")), ("activities", ("seq",)),
                            ("findings", ("kind", "seq")), ("quarterly_budgets", ("quarter",))):
            if table in expected:
                rows = [r for r in samples_out[table] if r["project_key"] == key]
                errors += check_rows(expected[table], rows, table, keys)

    if "projects" in expected:  # a report about many projects
        errors += check_many_projects(expected, samples_out, doc["doc_id"])

    issues = [i for i in samples_out["issues"] if i["doc_id"] == doc["doc_id"]]
    for want in expected.get("issues_include", []):
        found = [i for i in issues if i["code"] == want["code"] and i["field"] == want["field"]]
        if not found:
            errors.append(f"issues: no {want['code']} on {want['field']}")
            continue
        if "count" in want and len(found) != want["count"]:
            errors.append(f"issues: {len(found)} {want['code']} on {want['field']}, expected {want['count']}")
        if "readings" in want:
            evidence = json.loads(found[0]["evidence"])
            got = {r["reading"]: r["copies"] for r in evidence["readings"]}
            if got != want["readings"]:
                errors.append(f"issues: {want['field']} readings {got} != {want['readings']}")
    for code in expected.get("issues_exclude", []):
        errors += [f"issues: unexpected {code}: {i['message']}" for i in issues if i["code"] == code]
    assert not errors, "\n".join(errors)


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


def check_many_projects(expected: dict, tables: dict, doc_id: str) -> list[str]:
    errors = []
    projects = [p for p in tables["projects"] if p["doc_id"] == doc_id]
    got = sorted((p["plan_status"], p["group_seq"], p["name"]) for p in projects)
    want = sorted((p["plan_status"], p["group_seq"], p["name"]) for p in expected["projects"])
    for item in sorted(set(want) - set(got)):
        errors.append(f"projects: missing {item}")
    for item in sorted(set(got) - set(want)):
        errors.append(f"projects: unexpected {item}")
    where = {p["project_key"]: (p["plan_status"], p["group_seq"]) for p in projects}
    if "report_summary" in expected:
        (summary,) = [r for r in tables["report_summaries"] if r["doc_id"] == doc_id]
        for column, value in expected["report_summary"].items():
            errors += check(value, summary[column], f"report_summaries.{column}")
    if "quarterly_budgets" in expected:
        cols = ("fiscal_year_be", "quarter", "planned", "disbursed")
        got_b = sorted((*where[r["project_key"]], *(plain(r[c]) for c in cols))
                       for r in tables["quarterly_budgets"] if r["project_key"] in where)
        want_b = sorted((b["plan_status"], b["group_seq"], *(b[c] for c in cols)) for b in expected["quarterly_budgets"])
        for item in sorted(set(want_b) - set(got_b), key=str):
            errors.append(f"quarterly_budgets: missing {item}")
        for item in sorted(set(got_b) - set(want_b), key=str):
            errors.append(f"quarterly_budgets: unexpected {item}")
    return errors
