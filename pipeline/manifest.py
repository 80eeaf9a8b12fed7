"""The run manifest: OUT/manifest.sqlite, one row per input file.

It records each input's name (its path under the run root, see
pipeline.inputs), size, modification time, sha256, the parser version that
read it, its outcome (status, doc_type, error), its doc_id and the shard
holding its rows; and, in `meta`, the run root and the layout version.  A
rerun skips a file whose size, mtime and parser version are unchanged; a
file whose size or mtime changed but whose sha256 did not is only
re-stamped; a file met under a new name with the sha256 of one that is gone
is the same file moved (`rekey`).  Rows for a batch are committed in one
transaction after the batch's shard is on disk, so a killed run leaves the
manifest pointing only at complete shards.

SQLite (standard library) is used rather than a file held in memory: an
archive of millions of files needs lookups, not a dict of them all.  It runs
in WAL mode with synchronous=FULL (a committed batch survives a power cut)
and is checkpointed into the main file when the run closes it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

LAYOUT = "2"  # 2: names are paths under the run root; 1 (no meta table): paths as typed

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
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
COLUMNS = ("source_path", "size", "mtime_ns", "sha256", "parser_version", "doc_id", "status", "doc_type",
           "error", "shard", "seconds")


def stored_root(path: Path) -> str | None:
    """The run root an existing manifest recorded, read without changing
    anything (None if there is no manifest or no root in it)."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'root'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


class Manifest:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        legacy = self._has_files_table() and not self._has_meta_table()
        self.db.executescript(SCHEMA)
        if legacy:  # names as typed: files are matched again by their sha256 (moves); failed reads are redone
            with self._transaction():
                self.db.execute("DELETE FROM files WHERE sha256 = ''")
                self.set_meta("layout", LAYOUT)
        elif self.meta("layout") is None:
            self.set_meta("layout", LAYOUT)

    def _has_files_table(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'files'").fetchone() is not None

    def _has_meta_table(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:  # pragma: no cover - another reader holds the WAL; it is checkpointed later
            pass
        self.db.close()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def lookup(self, source_path: str) -> dict[str, Any] | None:
        row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM files WHERE source_path = ?",
                              (source_path,)).fetchone()
        return dict(zip(COLUMNS, row)) if row else None

    def names(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT source_path FROM files")}

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM files").fetchone()[0]

    def restamp(self, source_path: str, size: int, mtime_ns: int) -> None:
        self.db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE source_path = ?", (size, mtime_ns, source_path))

    def commit(self, shard: str, entries: Iterable[dict[str, Any]]) -> None:
        """Record a written shard's files, in one transaction."""
        rows = [tuple(e.get(c) if c != "shard" else shard for c in COLUMNS) for e in entries]
        with self._transaction():
            self.db.executemany(
                f"INSERT OR REPLACE INTO files ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows)

    def rename(self, moves: Iterable[tuple[str, str]]) -> None:
        """A file met under a new name (moved, or the run root changed):
        its entry goes by the new name; its rows are re-keyed later."""
        with self._transaction():
            self.db.executemany("UPDATE files SET source_path = ? WHERE source_path = ?",
                                ((new, old) for old, new in moves))

    def by_sha(self, names: Iterable[str]) -> dict[str, list[tuple[str, int]]]:
        """sha256 -> [(name, size)] of the given entries (failed reads left out)."""
        out: dict[str, list[tuple[str, int]]] = {}
        for name in names:
            row = self.db.execute("SELECT sha256, size FROM files WHERE source_path = ?", (name,)).fetchone()
            if row and row[0]:
                out.setdefault(row[0], []).append((name, row[1]))
        return out

    def forget(self, source_paths: Iterable[str]) -> int:
        """Drop the entries of files that are gone; how many."""
        with self._transaction():
            cur = self.db.executemany("DELETE FROM files WHERE source_path = ?", ((p,) for p in source_paths))
            return cur.rowcount

    def shards(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT shard FROM files")}

    def live_in_shard(self, shard: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT doc_id FROM files WHERE shard = ?", (shard,))}

    def ordered(self) -> Iterator[tuple[str, str, str]]:
        """(source_path, doc_id, shard) of every file, in source-path order."""
        yield from self.db.execute("SELECT source_path, doc_id, shard FROM files ORDER BY source_path")

    def digest(self, *salt: str) -> str:
        """A fingerprint of what the tables are made from: every file's name,
        doc_id (its content), parser version and outcome.  The stages are
        deterministic, so equal fingerprints mean equal tables, even when a
        file was read again (a retried read that failed the same way)."""
        h = hashlib.sha256("\0".join(salt).encode())
        for row in self.db.execute("SELECT source_path, doc_id, sha256, parser_version, status, "
                                   "coalesce(error, '') FROM files ORDER BY source_path"):
            h.update(("\0".join(row) + "\n").encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *_):
        self.db.execute("ROLLBACK" if kind else "COMMIT")
