"""The reduce step merges the files of a project one document at a time
(pipeline.reduce, pipeline.merge.merge_document): its tables must be what
the whole-run merge over rows held in memory (merge_across_files) gives,
and its merge on a shard's Arrow tables (merge_shard) what merge_document
over the converted rows gives."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.manifest import Manifest
from pipeline.merge import merge_across_files, merge_document
from pipeline.reduce import (
    _doc_rows,
    _settle_ties,
    index_projects,
    index_writes,
    load_kept_rows,
    merge_shard,
    project_choices,
)
from pipeline.run import MANIFEST, WORK_DIR, ingest
from pipeline.shards import read_shard
from pipeline.writer import sorted_rows
from schemas.arrow import TABLES
from tests.conftest import read_tables, sample_text

BMA = "001_fdefb2afb18072a2.txt"  # one project, eight reports
BMA_003 = "003_c0975e1d5f59aaa1.txt"
OBEC = "002_e5b5a9d4d9adb57c.txt"


def _variants(folder: Path) -> None:
    base, other = sample_text(BMA), sample_text(BMA_003)
    cut = base.split("- รายงานครั้งที่ 7")[0]  # six reports: not the primary
    files = {
        "a-cut.txt": cut.replace("ใช้ไป : 171,600 บาท", "ใช้ไป : 99,000 บาท"),
        "b-full.txt": base,
        "c-owner.txt": base.replace("คงชนะมงคล 1546", "คงชนะมงคล 1547")
                           .replace("8/5/2563", "9/5/2563"),
        "d-budget.txt": base.replace("1,825,200 บาท", "1,825,300 บาท"),
        "e-both.txt": base + "\n\n" + other,  # links the two projects
        "f-other.txt": other,
        "g-other-copy.txt": other.replace("26,200 บาท", "26,000 บาท"),
        "h-alone.txt": sample_text(OBEC),
    }
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _reference(out: Path) -> dict[str, list[dict]]:
    """merge_across_files over every document's rows, in the order the
    reduce step writes them."""
    manifest = Manifest(out / MANIFEST)
    try:
        order = list(manifest.ordered())
    finally:
        manifest.close()
    tables: dict[str, list[dict]] = defaultdict(list)
    for shard in sorted({s for _, _, s in order}):
        live = {d for _, d, s in order if s == shard}
        for table, data in read_shard(out / WORK_DIR / "shards", shard).items():
            tables[table] += [r for r in data.to_pylist() if r["doc_id"] in live]
    paths = {d["doc_id"]: d["source_path"] for d in tables["documents"]}
    merged = merge_across_files(dict(tables), paths)
    counts: dict[str, int] = defaultdict(int)
    for row in merged["issues"]:
        counts[row["doc_id"]] += 1
    for doc in merged["documents"]:  # as the reduce step counts them
        doc["n_issues"] = counts[doc["doc_id"]]
    rank = {doc_id: i for i, (_, doc_id, _) in enumerate(order)}
    out = {table: sorted(sorted_rows(table, rows), key=lambda r: rank[r["doc_id"]])
           for table, rows in merged.items() if table != "project_sources"}
    out["project_sources"] = sorted_rows("project_sources", merged["project_sources"])
    return out


def test_streamed_merge_gives_the_whole_run_merge(tmp_path):
    _variants(tmp_path / "in")
    ingest([tmp_path / "in"], tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    reference = _reference(tmp_path / "out")
    assert {t for t, rows in reference.items() if rows} == {t for t, rows in tables.items() if rows}
    for table, rows in reference.items():
        assert tables[table] == rows, table
    # the run did merge: shared projects kept once, with conflicts and lineage
    assert len({p["project_key"] for p in tables["projects"]}) == len(tables["projects"])
    assert sum(i["code"] == "cross_file_conflict" for i in tables["issues"]) >= 3
    roles = [s["role"] for s in tables["project_sources"]]
    assert roles.count("merged") >= 5


def _merged_by_rows(data, docs, choices, seen):
    """merge_shard's reference: every involved row converted to Python,
    merge_document, sorted_rows, converted back."""
    rows = _doc_rows(data, set(docs))
    _settle_ties(rows, seen)
    out = defaultdict(list)
    for doc_id in docs:
        for table, merged in merge_document(doc_id, rows.pop(doc_id, {}), choices).items():
            out[table].extend(sorted_rows(table, merged))
    return {table: pa.Table.from_pylist(rows, schema=TABLES[table].schema) for table, rows in out.items() if rows}


def test_merge_shard_in_arrow_gives_what_merging_converted_rows_gives(tmp_path):
    _variants(tmp_path / "in")
    # a copy tie on the coordinator's name in 000 that 001's reading settles (test_dedupe_vote)
    (tmp_path / "in" / "i-tie.txt").write_text(sample_text("000_54d7a76ee7e0d007.txt"), encoding="utf-8")
    out = tmp_path / "out"
    ingest([tmp_path / "in"], out, workers=1)
    shards_dir = out / WORK_DIR / "shards"
    manifest = Manifest(out / MANIFEST)
    made = settled = 0
    try:  # (the kept rows are read from the manifest's index as the merge asks for them)
        involved, seen = index_projects(manifest, shards_dir)
        choices, want_projects, want_reports = project_choices(manifest)
        load_kept_rows(manifest, shards_dir, choices, seen, want_projects, want_reports)
        by_shard = defaultdict(list)
        for _, doc_id, shard in manifest.ordered():
            if doc_id in involved:
                by_shard[shard].append(doc_id)
        for shard, docs in by_shard.items():
            data = read_shard(shards_dir, shard)
            fast = merge_shard(data, docs, choices, seen)
            slow = _merged_by_rows(data, docs, choices, seen)
            assert sorted(fast) == sorted(slow)
            for table in slow:
                assert fast[table].to_pylist() == slow[table].to_pylist(), table
                assert fast[table].equals(slow[table]), table
            issues = slow["issues"].to_pylist() if "issues" in slow else []
            made += sum(i["code"] == "cross_file_conflict" for i in issues)
            settled += sum("other files of the run" in (i.get("evidence") or "") for i in issues)
    finally:
        manifest.close()
    # every way a document's rows take: rows dropped, conflicts sorted among its issues, a tie settled
    assert made >= 3 and settled >= 1 and len(involved) >= 7


def test_index_writes_are_one_transaction_rolled_back_whole_on_an_error():
    db = sqlite3.connect(":memory:", isolation_level=None)  # (as the manifest's: each statement commits itself)
    db.execute("CREATE TEMP TABLE t (x INTEGER)")
    with index_writes(db):
        db.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
        assert db.in_transaction
    assert not db.in_transaction and db.execute("SELECT count(*) FROM t").fetchone() == (2,)
    with pytest.raises(RuntimeError), index_writes(db):
        db.execute("INSERT INTO t VALUES (3)")
        raise RuntimeError
    assert not db.in_transaction and db.execute("SELECT count(*) FROM t").fetchone() == (2,)
    db.execute("BEGIN")  # inside a transaction already open: that one's, left open
    with index_writes(db):
        db.execute("INSERT INTO t VALUES (4)")
    assert db.in_transaction
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM t").fetchone() == (2,)
