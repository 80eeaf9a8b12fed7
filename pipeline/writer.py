"""Stage write: rows -> OUT/<table>.parquet, atomically.

Each table is written to a temporary file in OUT and renamed over the old
one when complete, so a reader (or an interrupted run) never sees a half
written file.  Rows are sorted by the table's sort key first, so the same
input gives byte-identical files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.arrow import TABLES

ROW_GROUP_SIZE = 10_000  # rows; fixed, so row-group boundaries depend on the rows alone


def sort_key(table: str) -> Any:
    cols = TABLES[table].sort_by

    def key(row: dict[str, Any]) -> tuple:
        # None sorts first; mixed types never meet within one column
        return tuple((row.get(c) is not None, row.get(c) if row.get(c) is not None else 0) for c in cols)

    return key


def sorted_rows(table: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=sort_key(table))


def atomic_path(final: Path) -> Path:
    """A temporary file beside `final`, to be published with `publish`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{final.stem}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    return Path(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def publish(tmp: Path, final: Path) -> None:
    """Rename a finished temporary file over `final`, with the permissions a
    plainly created file would have (mkstemp makes it private)."""
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, final)


def write_table(out_dir: Path, table: str, rows: list[dict[str, Any]]) -> Path:
    """Write one table (rows already validated) atomically; returns its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{table}.parquet"
    tmp = atomic_path(final)
    try:
        schema = TABLES[table].schema
        data = pa.Table.from_pylist(sorted_rows(table, rows), schema=schema)
        pq.write_table(data, tmp, row_group_size=ROW_GROUP_SIZE, compression="zstd")
        publish(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()
    return final


class StreamingTableWriter:
    """Append batches of rows to one table as row groups; `commit` renames
    the finished file into place, `abort` removes it."""

    def __init__(self, out_dir: Path, table: str):
        out_dir.mkdir(parents=True, exist_ok=True)
        self.table = table
        self.final = out_dir / f"{table}.parquet"
        self.tmp = atomic_path(self.final)
        self.schema = TABLES[table].schema
        self._writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        self.rows = 0

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._writer.write_table(pa.Table.from_pylist(rows, schema=self.schema), row_group_size=ROW_GROUP_SIZE)
            self.rows += len(rows)

    def commit(self) -> Path:
        self._writer.close()
        publish(self.tmp, self.final)
        return self.final

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            if self.tmp.exists():
                self.tmp.unlink()
