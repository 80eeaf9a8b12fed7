"""The reduce step: shards -> the final OUT/<table>.parquet files.

Rows stream from the shards to the writers in source-path order of their
documents (and, within a document, in the table's key order), so the same
inputs give the same files however they were batched, and memory holds only
the shards being read.  Row groups have a fixed size, so their boundaries
depend on the rows alone.

The cross-file merge (pipeline.merge) needs only the documents that share a
project with another document, or whose person-name tie is settled by other
documents: pass 1 reads the project keys and names of every document into
SQLite and finds those documents; they are merged in small independent
batches (documents linked by a shared key stay together), each written as a
shard of its own; pass 2 then copies every document's rows, merged or not,
from its shard.  `project_sources` comes from the SQLite index, ordered by
project_key.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.manifest import Manifest
from pipeline.merge import (
    PERSON_FIELDS,
    merge_across_files,
    settled_reading,
    tie_readings,
)
from pipeline.shards import read_shard, write_shard
from pipeline.writer import ROW_GROUP_SIZE, RowGroupWriter, sorted_rows
from schemas.arrow import TABLES

STREAMED = [t for t in TABLES if t != "project_sources"]


# ---------------------------------------------------------------- pass 1

_INDEX_SQL = """
CREATE TEMP TABLE IF NOT EXISTS proj (project_key TEXT, doc_id TEXT, source_path TEXT,
                                      last_seq INTEGER, last_date TEXT, role TEXT DEFAULT 'primary');
CREATE TEMP TABLE IF NOT EXISTS names (name TEXT, doc_id TEXT, project_key TEXT, field TEXT);
DROP INDEX IF EXISTS names_doc; DROP INDEX IF EXISTS names_name;
DELETE FROM proj; DELETE FROM names;
"""
# built after the bulk inserts: a document's name, and who gives a name
_NAME_INDEX_SQL = """
CREATE INDEX names_doc ON names (doc_id, project_key, field);
CREATE INDEX names_name ON names (name);
"""


def index_projects(manifest: Manifest, shards_dir: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Fill the SQLite index; return the documents the merge must see and,
    for the readings of person-name ties, the documents that give each."""
    db = manifest.db
    db.executescript(_INDEX_SQL)
    ties: list[tuple[dict[str, Any], list[str]]] = []
    for shard in sorted(manifest.shards()):
        live = manifest.live_in_shard(shard)
        tables = read_shard(shards_dir, shard, {
            "documents": ["doc_id", "source_path"],
            "projects": ["doc_id", "project_key", *PERSON_FIELDS],
            "progress_reports": ["doc_id", "project_key", "seq", "report_date"],
            "issues": ["doc_id", "project_key", "code", "field", "evidence"],
        })
        paths = {d["doc_id"]: d["source_path"] for d in tables["documents"].to_pylist()}
        last: dict[tuple[str, str], tuple[int, Any]] = {}
        if "progress_reports" in tables:
            for r in tables["progress_reports"].to_pylist():
                key = (r["doc_id"], r["project_key"])
                if r["doc_id"] in live and (key not in last or r["seq"] > last[key][0]):
                    last[key] = (r["seq"], r["report_date"])
        rows, names = [], []
        for p in tables["projects"].to_pylist() if "projects" in tables else []:
            if p["doc_id"] not in live:
                continue
            seq, day = last.get((p["doc_id"], p["project_key"]), (None, None))
            rows.append((p["project_key"], p["doc_id"], paths[p["doc_id"]], seq, day.isoformat() if day else None))
            names += [(p[f], p["doc_id"], p["project_key"], f) for f in PERSON_FIELDS if p[f]]
        db.executemany("INSERT INTO proj (project_key, doc_id, source_path, last_seq, last_date) VALUES (?,?,?,?,?)", rows)
        db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
        if "issues" in tables:
            issues = tables["issues"]
            mask = pc.equal(issues["code"], "ocr_variant")
            for i in issues.filter(mask).to_pylist():
                if i["doc_id"] in live and (readings := tie_readings(i)) is not None:
                    ties.append((i, readings))
    db.executescript(_NAME_INDEX_SQL)
    involved = {r[0] for r in db.execute(
        "SELECT doc_id FROM proj WHERE project_key IN "
        "(SELECT project_key FROM proj GROUP BY project_key HAVING count(*) > 1)")}
    seen = names_seen(manifest, {r for _, readings in ties for r in readings})
    involved |= {i["doc_id"] for i, readings in ties
                 if settled_reading(i, readings, seen, _kept_name(db, i)) is not None}
    return involved, seen


def _kept_name(db: Any, issue: dict[str, Any]) -> str | None:
    """The name the document kept for the field of a tie issue."""
    row = db.execute("SELECT name FROM names WHERE doc_id = ? AND project_key = ? AND field = ?",
                     (issue["doc_id"], issue["project_key"], issue["field"].split(".", 1)[1])).fetchone()
    return row[0] if row else None


def names_seen(manifest: Manifest, names: set[str]) -> dict[str, set[str]]:
    """Which documents give each of `names`."""
    seen: dict[str, set[str]] = defaultdict(set)
    for name in sorted(names):
        for (doc_id,) in manifest.db.execute("SELECT doc_id FROM names WHERE name = ?", (name,)):
            seen[name].add(doc_id)
    return seen


MERGE_BATCH_BYTES = 4_000_000  # source bytes merged together, at most (a larger group is one batch)


def merge_batches(manifest: Manifest, involved: set[str]) -> list[list[str]]:
    """The involved documents in batches that can be merged independently:
    documents sharing a project key (directly or through others) stay in
    one batch; small groups are packed together."""
    parent: dict[str, str] = {d: d for d in involved}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    rows = manifest.db.execute(
        "SELECT project_key, doc_id FROM proj WHERE project_key IN "
        "(SELECT project_key FROM proj GROUP BY project_key HAVING count(*) > 1) ORDER BY project_key, doc_id")
    first: dict[str, str] = {}
    for key, doc_id in rows:
        if key in first:
            a, b = find(first[key]), find(doc_id)
            if a != b:
                parent[max(a, b)] = min(a, b)
        else:
            first[key] = doc_id
    groups: dict[str, list[str]] = defaultdict(list)
    for d in sorted(involved):
        groups[find(d)].append(d)
    size = dict(manifest.db.execute("SELECT doc_id, size FROM files"))
    batches: list[list[str]] = []
    batch_bytes = 0
    for group in sorted(groups.values(), key=lambda g: g[0]):
        group_bytes = sum(size.get(d, 0) for d in group)
        if batches and batch_bytes + group_bytes <= MERGE_BATCH_BYTES:
            batches[-1].extend(group)
            batch_bytes += group_bytes
        else:
            batches.append(list(group))
            batch_bytes = group_bytes
    return batches


def merge_involved(manifest: Manifest, shards_dir: Path, involved: set[str], seen: dict[str, set[str]],
                   merged_dir: Path) -> dict[str, str]:
    """Merge the involved documents batch by batch, each batch's rows
    written as a shard in `merged_dir`; returns doc_id -> that shard."""
    where = {doc_id: shard for _, doc_id, shard in manifest.ordered() if doc_id in involved} if involved else {}
    placed: dict[str, str] = {}
    for n, batch in enumerate(merge_batches(manifest, involved)):
        tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
        by_shard: dict[str, list[str]] = defaultdict(list)
        for doc_id in batch:
            by_shard[where[doc_id]].append(doc_id)
        for shard, docs in sorted(by_shard.items()):
            for table, data in read_shard(shards_dir, shard).items():
                mask = pc.is_in(data["doc_id"], value_set=pa.array(sorted(docs)))
                tables[table].extend(data.filter(mask).to_pylist())
        paths = {d["doc_id"]: d["source_path"] for d in tables["documents"]}
        merged = merge_across_files(dict(tables), paths, seen=seen)
        counts: dict[str, int] = defaultdict(int)
        for row in merged.get("issues", []):
            counts[row["doc_id"]] += 1
        for doc in merged.get("documents", []):
            doc["n_issues"] = counts[doc["doc_id"]]
        # one shard, each document's rows contiguous and in key order
        rank = {d: i for i, d in enumerate(batch)}
        out = {table: sorted(sorted_rows(table, rows), key=lambda r: rank[r["doc_id"]])
               for table, rows in merged.items() if table != "project_sources"}
        name = f"merged-{n:06d}"
        write_shard(merged_dir, name, out)
        placed.update(dict.fromkeys(batch, name))
        # the roles the merge chose, into the index
        manifest.db.executemany("UPDATE proj SET role = ? WHERE project_key = ? AND doc_id = ?",
                                [(s["role"], s["project_key"], s["doc_id"]) for s in merged.get("project_sources", [])])
    return placed


# ---------------------------------------------------------------- pass 2

def _doc_ranges(data: pa.Table) -> dict[str, tuple[int, int]]:
    """Row range of each document in a shard table (a document's rows are
    contiguous: a batch appends them file by file)."""
    ranges: dict[str, tuple[int, int]] = {}
    ids = data["doc_id"].to_pylist()
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            ranges[ids[start]] = (start, i)
            start = i
    return ranges


class _OpenShard:
    def __init__(self, folder: Path, name: str, remaining: int):
        self.tables = read_shard(folder, name)
        self.ranges = {t: _doc_ranges(d) for t, d in self.tables.items()}
        self.remaining = remaining


def write_final(folder: Path, manifest: Manifest, shards_dir: Path) -> dict[str, int]:
    """Write every table into `folder` (a new generation, see
    pipeline.generations, swapped in by the caller once whole)."""
    merged_dir = shards_dir.parent / "merged"
    shutil.rmtree(merged_dir, ignore_errors=True)
    involved, seen = index_projects(manifest, shards_dir)
    placed = merge_involved(manifest, shards_dir, involved, seen, merged_dir)
    remaining: dict[tuple[Path, str], int] = defaultdict(int)
    for _, doc_id, shard in manifest.ordered():
        remaining[(merged_dir, placed[doc_id]) if doc_id in placed else (shards_dir, shard)] += 1

    paths = {t: folder / f"{t}.parquet" for t in TABLES}
    writers = {t: RowGroupWriter(paths[t], t) for t in STREAMED}
    try:
        open_shards: dict[tuple[Path, str], _OpenShard] = {}
        run: list[str] = []  # consecutive documents of one shard, copied as one slice
        run_source: tuple[Path, str] | None = None

        def flush_run() -> None:
            if not run:
                return
            shard = open_shards[run_source]
            for table, data in shard.tables.items():
                ranges = shard.ranges[table]
                spans = [ranges[d] for d in run if d in ranges]
                if not spans:
                    continue
                if all(a[1] == b[0] for a, b in zip(spans, spans[1:])):
                    writers[table].add(data.slice(spans[0][0], spans[-1][1] - spans[0][0]))
                else:
                    for a, b in spans:
                        writers[table].add(data.slice(a, b - a))
            run.clear()

        for _, doc_id, shard_name in manifest.ordered():
            source = (merged_dir, placed[doc_id]) if doc_id in placed else (shards_dir, shard_name)
            if source != run_source:
                flush_run()
                run_source = source
            if source not in open_shards:
                open_shards[source] = _OpenShard(source[0], source[1], remaining[source])
            run.append(doc_id)
            shard = open_shards[source]
            shard.remaining -= 1
            if shard.remaining == 0:  # every document of this shard is out
                flush_run()
                del open_shards[source]
        flush_run()
        counts = {}
        for table, writer in writers.items():
            writer.close()
            counts[table] = writer.rows
        counts["project_sources"] = write_sources(paths["project_sources"], manifest)
        return counts
    finally:
        shutil.rmtree(merged_dir, ignore_errors=True)


def write_sources(path: Path, manifest: Manifest) -> int:
    writer = RowGroupWriter(path, "project_sources")
    batch: list[dict[str, Any]] = []
    for key, doc_id, role, seq, day in manifest.db.execute(
            "SELECT project_key, doc_id, role, last_seq, last_date FROM proj ORDER BY project_key, role, doc_id"):
        batch.append({"project_key": key, "doc_id": doc_id, "role": role, "last_report_seq": seq,
                      "last_report_date": date.fromisoformat(day) if day else None})
        if len(batch) >= ROW_GROUP_SIZE:
            writer.add_rows(batch)
            batch = []
    writer.add_rows(batch)
    writer.close()
    return writer.rows
