"""The reduce step: shards -> the final OUT/<table>.parquet files.

Rows stream from the shards to the writers in source-path order of their
documents (and, within a document, in the table's key order), so the same
inputs give the same files however they were batched, and memory holds only
the shards being read.  Row groups have a fixed size, so their boundaries
depend on the rows alone.

The cross-file merge (pipeline.merge) needs only the documents that share a
project with another document, or whose person-name tie is settled by other
documents: pass 1 reads the project keys, report numbers and names of every
document into SQLite and finds those documents.  The merge then decides,
one shared project at a time and from the index alone, which copy of the
project and which copy of each report is kept (roles into the index), reads
those kept rows (the other copies are compared with them), and merges the
involved documents one at a time, map shard by map shard, each shard's
merged documents written as a shard of its own (a scratch shard: neither
compressed nor fsynced, removed before the reduce returns): memory holds one
shard's rows however many files share a project (the kept rows wait in
SQLite, the choices are a few strings per shared project).  The merge keeps
or drops most rows whole, and takes them in Arrow (merge_shard: only the
projects and reports rows, the columns the decisions read and the issues a
conflict or a name tie changes are converted to Python).  Pass 1 and the
kept rows read only the columns they need (read_shard decompresses no
other), and write the index in one transaction each (index_writes).  Pass 2
then copies every
document's rows, merged or not, from its shard.  `project_sources` comes
from the SQLite index, ordered by project_key.
"""

from __future__ import annotations

import json
import pickle
import shutil
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.manifest import Manifest
from pipeline.merge import (
    PER_PROJECT_TABLES,
    PERSON_FIELDS,
    ProjectChoices,
    document_conflicts,
    expense_kept,
    keep_tests,
    rank_copy,
    resolve_name_ties,
    settled_reading,
    tie_readings,
)
from pipeline.shards import read_shard, write_shard
from pipeline.writer import ROW_GROUP_SIZE, RowGroupWriter, sort_key, sorted_rows
from schemas.arrow import TABLES

# The issue code the cross-file ties are read from, as a typed scalar: a bare str would be converted with its type
# inferred, and pyarrow's type inference imports pandas (0.3 CPU s in the driver: shards.convert_without_pandas)
_OCR_VARIANT = pa.scalar("ocr_variant", pa.string())

STREAMED = [t for t in TABLES if t != "project_sources"]


# ---------------------------------------------------------------- pass 1

_INDEX_SQL = """
CREATE TEMP TABLE IF NOT EXISTS proj (project_key TEXT, doc_id TEXT, source_path TEXT,
                                      last_seq INTEGER, last_date TEXT, role TEXT DEFAULT 'primary');
CREATE TEMP TABLE IF NOT EXISTS names (name TEXT, doc_id TEXT, project_key TEXT, field TEXT);
CREATE TEMP TABLE IF NOT EXISTS reps (project_key TEXT, doc_id TEXT, seq INTEGER);
CREATE TEMP TABLE IF NOT EXISTS kept (kind TEXT, key TEXT, row BLOB, PRIMARY KEY (kind, key));
DROP INDEX IF EXISTS names_doc; DROP INDEX IF EXISTS names_name;
DROP INDEX IF EXISTS reps_key; DROP INDEX IF EXISTS proj_key;
DELETE FROM proj; DELETE FROM names; DELETE FROM reps; DELETE FROM kept;
"""
# built after the bulk inserts: a document's name, who gives a name, a project's copies and reports
_NAME_INDEX_SQL = """
CREATE INDEX names_doc ON names (doc_id, project_key, field);
CREATE INDEX names_name ON names (name);
CREATE INDEX reps_key ON reps (project_key);
CREATE INDEX proj_key ON proj (project_key);
"""


@contextmanager
def index_writes(db: Any) -> Iterator[None]:
    """The index's inserts and updates (its temporary tables only) as one
    transaction: the manifest's connection commits each statement by itself
    (isolation_level None), and a transaction for every row inserted, as
    executemany then made, was most of the index's CPU time.  Inside an
    open transaction, that one's."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def index_projects(manifest: Manifest, shards_dir: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Fill the SQLite index; return the documents the merge must see and,
    for the readings of person-name ties, the documents that give each."""
    db = manifest.db
    db.executescript(_INDEX_SQL)
    ties: list[tuple[dict[str, Any], list[str]]] = []
    with index_writes(db):  # (one transaction: an insert each was its own, most of the index's time)
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
            reps = []
            if "progress_reports" in tables:
                for r in tables["progress_reports"].to_pylist():
                    key = (r["doc_id"], r["project_key"])
                    if r["doc_id"] in live:
                        reps.append((r["project_key"], r["doc_id"], r["seq"]))
                        if key not in last or r["seq"] > last[key][0]:
                            last[key] = (r["seq"], r["report_date"])
            db.executemany("INSERT INTO reps VALUES (?,?,?)", reps)
            rows, names = [], []
            for p in tables["projects"].to_pylist() if "projects" in tables else []:
                if p["doc_id"] not in live:
                    continue
                seq, day = last.get((p["doc_id"], p["project_key"]), (None, None))
                rows.append((p["project_key"], p["doc_id"], paths[p["doc_id"]], seq, day.isoformat() if day else None))
                names += [(p[f], p["doc_id"], p["project_key"], f) for f in PERSON_FIELDS if p[f]]
            db.executemany("INSERT INTO proj (project_key, doc_id, source_path, last_seq, last_date) "
                           "VALUES (?,?,?,?,?)", rows)
            db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
            if "issues" in tables:
                issues = tables["issues"]
                mask = pc.equal(issues["code"], _OCR_VARIANT)
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


def project_choices(manifest: Manifest) -> tuple[ProjectChoices, dict[str, set[str]], dict[str, set[tuple[str, int]]]]:
    """Decide, key by key from the index, which copy of each shared project
    and of each of its reports is kept, and write the roles into the index.
    Returns the choices and which documents hold the kept rows the other
    copies are compared with (projects by key, reports by (key, seq))."""
    db = manifest.db
    choices = ProjectChoices(kept_project=KeptRows(db, "projects"), kept_report=KeptRows(db, "progress_reports"))
    want_projects: dict[str, set[str]] = defaultdict(set)
    want_reports: dict[str, set[tuple[str, int]]] = defaultdict(set)
    shared = [k for (k,) in db.execute(
        "SELECT project_key FROM proj GROUP BY project_key HAVING count(*) > 1 ORDER BY project_key")]
    with index_writes(db):
        for key in shared:  # one project at a time
            copies = db.execute("SELECT project_key, doc_id, source_path, last_seq, last_date FROM proj "
                                "WHERE project_key = ? ORDER BY rowid", (key,)).fetchall()
            ordered = sorted(copies, key=lambda r: rank_copy(r[3], date.fromisoformat(r[4]) if r[4] else None,
                                                             r[2] or "", r[1]))
            primary = ordered[0][1]
            choices.primary[key] = primary
            choices.paths[primary] = ordered[0][2]
            want_projects[primary].add(key)
            db.executemany("UPDATE proj SET role = ? WHERE project_key = ? AND doc_id = ?",
                           [("primary" if i == 0 else "merged", key, r[1]) for i, r in enumerate(ordered)])
            seqs: dict[str, set[int]] = defaultdict(set)
            for doc_id, seq in db.execute("SELECT doc_id, seq FROM reps WHERE project_key = ?", (key,)):
                seqs[doc_id].add(seq)
            given: dict[int, int] = defaultdict(int)  # how many copies give each report number
            for doc_id in dict.fromkeys(r[1] for r in ordered):
                for seq in seqs[doc_id]:
                    choices.report_doc.setdefault((key, seq), doc_id)
                    given[seq] += 1
            for seq, n in given.items():
                if n > 1:
                    doc_id = choices.report_doc[(key, seq)]
                    want_reports[doc_id].add((key, seq))
                    choices.paths[doc_id] = next(r[2] for r in ordered if r[1] == doc_id)
    return choices, want_projects, want_reports


def _doc_rows(data: dict[str, pa.Table], docs: set[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The rows of `docs` in a shard's tables, by document and table."""
    value_set = pa.array(sorted(docs), type=pa.string())
    out: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for table, rows in data.items():
        for row in rows.filter(pc.is_in(rows["doc_id"], value_set=value_set)).to_pylist():
            out[row["doc_id"]][table].append(row)
    return out


def _settle_ties(docs: dict[str, dict[str, list[dict[str, Any]]]], seen: dict[str, set[str]]) -> None:
    for tables in docs.values():
        if "issues" in tables and "projects" in tables:
            resolve_name_ties(tables, seen)


class KeptRows:
    """Kept rows (the primary's projects row of a shared project, the kept
    report of a shared report number) by key, in the index rather than in
    memory: over an archive of many shared projects they add up."""

    def __init__(self, db: Any, kind: str):
        self.db, self.kind = db, kind
        self._read = lru_cache(maxsize=256)(self._load)

    def setdefault(self, key: Any, row: dict[str, Any]) -> None:
        self.db.execute("INSERT OR IGNORE INTO kept VALUES (?, ?, ?)", (self.kind, json.dumps(key), pickle.dumps(row)))

    def _load(self, key: str) -> dict[str, Any]:
        (blob,) = self.db.execute("SELECT row FROM kept WHERE kind = ? AND key = ?", (self.kind, key)).fetchone()
        return pickle.loads(blob)

    def __getitem__(self, key: Any) -> dict[str, Any]:
        return self._read(json.dumps(key))


def load_kept_rows(manifest: Manifest, shards_dir: Path, choices: ProjectChoices, seen: dict[str, set[str]],
                   want_projects: dict[str, set[str]], want_reports: dict[str, set[tuple[str, int]]]) -> None:
    """Read the kept projects rows (name ties settled) and the kept reports
    the other copies are compared with into `choices`."""
    wanted = set(want_projects) | set(want_reports)
    by_shard: dict[str, set[str]] = defaultdict(set)
    for _, doc_id, shard in manifest.ordered():
        if doc_id in wanted:
            by_shard[shard].add(doc_id)
    with index_writes(manifest.db):  # (the kept rows' inserts)
        for shard, docs in sorted(by_shard.items()):
            data = read_shard(shards_dir, shard,
                              {t: TABLES[t].schema.names for t in ("projects", "progress_reports", "issues")})
            if "issues" in data:
                data["issues"] = data["issues"].filter(pc.equal(data["issues"]["code"], _OCR_VARIANT))
            rows = _doc_rows(data, docs)
            _settle_ties(rows, seen)
            for doc_id in sorted(docs):
                for row in rows[doc_id]["projects"]:
                    if row["project_key"] in want_projects.get(doc_id, ()):
                        choices.kept_project.setdefault(row["project_key"], row)
                for row in rows[doc_id]["progress_reports"]:
                    if (row["project_key"], row["seq"]) in want_reports.get(doc_id, ()):
                        choices.kept_report.setdefault((row["project_key"], row["seq"]), row)


def merge_involved(manifest: Manifest, shards_dir: Path, involved: set[str], seen: dict[str, set[str]],
                   merged_dir: Path) -> dict[str, str]:
    """Merge the involved documents one at a time, from the choices made
    on the index; each map shard's merged documents are written as a shard
    of their own in `merged_dir`.  Returns doc_id -> that shard.  Memory
    holds one shard's involved rows, however many files share a project."""
    choices, want_projects, want_reports = project_choices(manifest)
    load_kept_rows(manifest, shards_dir, choices, seen, want_projects, want_reports)
    by_shard: dict[str, list[str]] = defaultdict(list)  # in source-path order
    for _, doc_id, shard in manifest.ordered():
        if doc_id in involved:
            by_shard[shard].append(doc_id)
    placed: dict[str, str] = {}
    for n, (shard, docs) in enumerate(sorted(by_shard.items())):
        name = f"merged-{n:06d}"
        write_shard(merged_dir, name, merge_shard(read_shard(shards_dir, shard), docs, choices, seen), scratch=True)
        placed.update(dict.fromkeys(docs, name))
    return placed


def merge_shard(data: dict[str, pa.Table], docs: list[str], choices: ProjectChoices,
                seen: dict[str, set[str]]) -> dict[str, pa.Table]:
    """The merged rows of `docs` (in that order) of one map shard's tables:
    for each document what `_settle_ties` and `merge_document` give, each
    table's rows in its key order, taken from the shard in Arrow.

    Most of what the merge does to a document is to keep or drop whole rows,
    decided by a row's project key and report number: those rows are taken
    (Table.take), never converted.  Converted to Python are the columns the
    decisions read, the documents' projects and progress_reports rows (few;
    the conflicts compare whole rows), the columns the issues are sorted by
    (a document's `cross_file_conflict` issues, the only rows made here, go
    among its issues by the table's sort key), and the issues and projects
    rows of a document with a copy tie on a person's name that other files
    may settle (resolve_name_ties changes them).  A document's rows in a
    shard are already in its tables' key order (pipeline.stages sorts them
    with sorted_rows before they are written), which keeping or dropping
    rows keeps; n_issues is set anew where the conflicts change it."""
    if "issues" not in data:  # (the conflicts go there)
        data = {**data, "issues": TABLES["issues"].schema.empty_table()}
    ranges = {t: _doc_ranges(d) for t, d in data.items()}

    def own(table: str, doc_id: str) -> range:
        return range(*ranges[table].get(doc_id, (0, 0))) if table in ranges else range(0)

    def rows_of(table: str) -> dict[str, list[dict[str, Any]]]:
        """The rows of each of `docs` in `table`, converted (those alone)."""
        spans = [own(table, doc_id) for doc_id in docs]
        taken = [i for span in spans for i in span]
        rows = data[table].take(pa.array(taken, pa.int64())).to_pylist() if taken else []
        out, start = {}, 0
        for doc_id, span in zip(docs, spans):
            out[doc_id], start = rows[start:start + len(span)], start + len(span)
        return out

    projects_rows, report_rows = rows_of("projects"), rows_of("progress_reports")
    keys = {t: data[t]["project_key"].to_pylist() for t in (*PER_PROJECT_TABLES, "expenses") if t in data}
    report_seqs = data["expenses"]["report_seq"].to_pylist() if "expenses" in data else []
    issues = data["issues"]  # (the documents resolve_name_ties may change: an ocr_variant issue on a person's name)
    candidates = issues.filter(pc.equal(issues["code"], _OCR_VARIANT)).select(["doc_id", "field"]).to_pylist()
    tie_docs = {i["doc_id"] for i in candidates if i["field"] in _PERSON_NAME_FIELDS}
    issue_keys: list[dict[str, Any]] | None = None  # the issues' sort columns, read when first needed
    by_issue_key = sort_key("issues")
    picks: dict[str, list[int]] = defaultdict(list)  # table -> rows out: indices into the shard table, then extra
    extra: dict[str, list[dict[str, Any]]] = defaultdict(list)  # table -> rows made or changed here
    n_issues: list[int] = []  # of each documents row picked

    def made(table: str, rows: list[dict[str, Any]]) -> list[int]:
        first = data[table].num_rows + len(extra[table])
        extra[table].extend(rows)
        return list(range(first, first + len(rows)))

    for doc_id in docs:
        projects = projects_rows[doc_id]
        settled = doc_id in tie_docs and bool(projects)
        if settled:
            issue_rows = data["issues"].slice(own("issues", doc_id).start, len(own("issues", doc_id))).to_pylist()
            resolve_name_ties({"projects": projects, "issues": issue_rows}, seen)
        reports = report_rows[doc_id]
        kept, report_kept = keep_tests(doc_id, {r["project_key"] for r in projects}, choices)
        conflicts = document_conflicts(doc_id, projects, reports, choices)
        for table in data:
            span = own(table, doc_id)
            if not span and not (table == "issues" and conflicts):
                continue
            if table == "projects":
                if settled:  # (names a tie may have changed)
                    picks[table] += made(table, [r for r in projects if kept(r["project_key"])])
                else:
                    picks[table] += [i for i, r in zip(span, projects) if kept(r["project_key"])]
            elif table in PER_PROJECT_TABLES:
                column = keys[table]
                picks[table] += [i for i in span if kept(column[i])]
            elif table == "progress_reports":
                picks[table] += [i for i, r in zip(span, reports) if report_kept(r["project_key"], r["seq"])]
            elif table == "expenses":
                column = keys[table]
                picks[table] += [i for i in span if expense_kept(column[i], report_seqs[i], kept, report_kept)]
            elif table == "issues":
                if settled:
                    picks[table] += made(table, sorted_rows(table, issue_rows + conflicts))
                elif conflicts:  # (as sorted_rows of the issues and the conflicts after them: a stable sort)
                    if issue_keys is None:
                        issue_keys = data[table].select(list(TABLES[table].sort_by)).to_pylist()
                    order = [(issue_keys[i], i) for i in span]
                    order += zip(conflicts, made(table, conflicts))
                    picks[table] += [i for _, i in sorted(order, key=lambda pair: by_issue_key(pair[0]))]
                else:
                    picks[table] += span
            elif table == "documents":
                picks[table] += span
                n_issues += [len(own("issues", doc_id)) + len(conflicts)] * len(span)
            else:  # (tables the merge leaves as they are: report_summaries)
                picks[table] += span
    out: dict[str, pa.Table] = {}
    for table, rows in picks.items():
        if not rows:
            continue
        source = data[table]
        if extra[table]:
            source = pa.concat_tables([source, pa.Table.from_pylist(extra[table], schema=source.schema)])
        out[table] = source.take(pa.array(rows, pa.int64()))
    if "documents" in out and out["documents"]["n_issues"].to_pylist() != n_issues:
        documents = out["documents"]
        column = documents.schema.get_field_index("n_issues")
        out["documents"] = documents.set_column(column, documents.schema.field(column),
                                                pa.array(n_issues, documents.schema.field(column).type))
    return out


_PERSON_NAME_FIELDS = frozenset(f"projects.{f}" for f in PERSON_FIELDS)


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
