"""The reduce step merges the files of a project one document at a time
(pipeline.reduce, pipeline.merge.merge_document): its tables must be what
the whole-run merge over rows held in memory (merge_across_files) gives."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline.manifest import Manifest
from pipeline.merge import merge_across_files
from pipeline.run import MANIFEST, WORK_DIR, ingest
from pipeline.shards import read_shard
from pipeline.writer import sorted_rows
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
