"""The run manifest: OUT/manifest.sqlite, one row per input file.

It records each input's path, size, modification time, sha256, the parser
version that read it, its outcome (status, doc_type, error), its doc_id and
the shard holding its rows.  A rerun skips a file whose size, mtime and
parser version are unchanged; a file whose size or mtime changed but whose
sha256 did not is only re-stamped.  Rows for a batch are committed in one
transaction after the batch's shard is on disk, so a killed run leaves the
manifest pointing only at complete shards.

SQLite (standard library) is used rather than a file held in memory: an
archive of millions of files needs lookups, not a dict of them all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source_path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    status TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    error TEXT,
    shard TEXT NOT NULL,
    seconds REAL
);
CREATE INDEX IF NOT EXISTS files_shard ON files (shard);
"""
COLUMNS = ("source_path", "size", "mtime_ns", "sha256", "parser_version", "doc_id", "status", "doc_type",
           "error", "shard", "seconds")


class Manifest:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def lookup(self, source_path: str) -> dict[str, Any] | None:
        row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM files WHERE source_path = ?",
                              (source_path,)).fetchone()
        return dict(zip(COLUMNS, row)) if row else None

    def restamp(self, source_path: str, size: int, mtime_ns: int) -> None:
        self.db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE source_path = ?", (size, mtime_ns, source_path))

    def commit(self, shard: str, entries: Iterable[dict[str, Any]]) -> None:
        """Record a written shard's files, in one transaction."""
        rows = [tuple(e.get(c) if c != "shard" else shard for c in COLUMNS) for e in entries]
        with self._transaction():
            self.db.executemany(
                f"INSERT OR REPLACE INTO files ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows)

    def keep_only(self, source_paths: Iterable[str]) -> int:
        """Forget files that are no longer among the inputs; how many."""
        with self._transaction():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (source_path TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM seen")
            self.db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((p,) for p in source_paths))
            cur = self.db.execute("DELETE FROM files WHERE source_path NOT IN (SELECT source_path FROM seen)")
            return cur.rowcount

    def clear(self) -> None:
        with self._transaction():
            self.db.execute("DELETE FROM files")

    def shards(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT shard FROM files")}

    def live_in_shard(self, shard: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT doc_id FROM files WHERE shard = ?", (shard,))}

    def ordered(self) -> Iterator[tuple[str, str, str]]:
        """(source_path, doc_id, shard) of every file, in source-path order."""
        yield from self.db.execute("SELECT source_path, doc_id, shard FROM files ORDER BY source_path")

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *_):
        self.db.execute("ROLLBACK" if kind else "COMMIT")
