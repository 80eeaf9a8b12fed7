"""Shards: the rows of one batch of files, one Arrow IPC file per table, in
OUT/.raingan/shards/<name>/.  A shard is written to a temporary folder,
fsynced, and renamed into place when complete, so a shard either exists
whole or not at all; the manifest points at it only after that.

Shards are an intermediate format read back once or twice by the reduce
step, so they are Arrow IPC (lz4), which reads back about ten times faster
than small Parquet files."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc

from pipeline.durable import replace_durably
from schemas.arrow import TABLES


def new_shard_name(index: int) -> str:
    return f"{uuid.uuid4().hex[:12]}-{index:06d}"


def write_shard(shards_dir: Path, name: str, tables: dict[str, list[dict[str, Any]] | pa.Table]) -> Path:
    """Write a shard whole or not at all, durably (pipeline.durable)."""
    shards_dir.mkdir(parents=True, exist_ok=True)
    final = shards_dir / name
    tmp = shards_dir / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    options = ipc.IpcWriteOptions(compression="lz4")
    for table, rows in tables.items():
        if len(rows):
            data = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=TABLES[table].schema)
            with ipc.new_file(tmp / f"{table}.arrow", data.schema, options=options) as writer:
                writer.write_table(data)
    replace_durably(tmp, final)
    return final


def read_shard(shards_dir: Path, name: str, columns: dict[str, list[str]] | None = None) -> dict[str, pa.Table]:
    """The shard's tables (optionally only some columns of some tables)."""
    folder = shards_dir / name
    out = {}
    for table in (columns or TABLES):
        path = folder / f"{table}.arrow"
        if path.exists():
            with ipc.open_file(path) as reader:
                data = reader.read_all()
            out[table] = data.select(columns[table]) if columns else data
    return out


def remove_unlisted(shards_dir: Path, keep: set[str]) -> int:
    """Delete shard folders the manifest does not use (dead or left by a
    killed run); returns how many."""
    if not shards_dir.exists():
        return 0
    removed = 0
    for path in shards_dir.iterdir():
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed
