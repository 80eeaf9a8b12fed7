"""Stage write: rows -> <table>.parquet, in the order and row groups that
make the same input give byte-identical files.

Rows are sorted by the table's sort key, and row groups have a fixed size.
The reduce step (pipeline.reduce) streams the rows through RowGroupWriter
into a new generation folder, which pipeline.generations swaps in whole
once every table is written and fsynced.
"""

from __future__ import annotations

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


class RowGroupWriter:
    """Appends tables and writes row groups of exactly ROW_GROUP_SIZE rows."""

    def __init__(self, path: Path, table: str):
        self.table = table
        self.schema = TABLES[table].schema
        self.path = path
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.pending: list[pa.Table] = []
        self.n_pending = 0
        self.rows = 0

    def add(self, data: pa.Table) -> None:
        if data.num_rows == 0:
            return
        self.pending.append(data)
        self.n_pending += data.num_rows
        while self.n_pending >= ROW_GROUP_SIZE:
            self._flush(ROW_GROUP_SIZE)

    def add_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.add(pa.Table.from_pylist(rows, schema=self.schema))

    def _flush(self, n: int) -> None:
        data = pa.concat_tables(self.pending)
        self.writer.write_table(data.slice(0, n), row_group_size=n)
        rest = data.slice(n)
        self.pending = [rest] if rest.num_rows else []
        self.n_pending = rest.num_rows
        self.rows += n

    def close(self) -> None:
        if self.n_pending:
            self._flush(self.n_pending)
        self.writer.close()
