"""Shards: the rows of one batch of files, one Arrow IPC file per table, in
OUT/.raingan/shards/<name>/.  A shard is written to a temporary folder,
fsynced, and renamed into place when complete, so a shard either exists
whole or not at all; the manifest points at it only after that.

Shards are an intermediate format read back by the reduce step (its index
pass and the merge's kept rows by some columns only, then whole), so they
are Arrow IPC (lz4), which reads back about ten times faster than small
Parquet files.  A shard's tables are one file, `tables.arrow`
(SHARD_MAGIC, the length of a JSON index naming each table's place, the
index, then each table's Arrow IPC file end to end): one file to write and
fsync where a file per table cost a dozen fsyncs, most of a shard's time.
Shards written before, a `<table>.arrow` file per table, are still read."""

from __future__ import annotations

import json
import shutil
import struct
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc

from pipeline.durable import replace_durably
from pipeline.shard_folders import new_shard_name, remove_unlisted  # noqa: F401  (light: the driver's plan)
from schemas.arrow import TABLES


class _PandasHeldBack:
    """An import finder that refuses pandas (and its submodules) while it
    stands first in sys.meta_path (convert_without_pandas)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is held back from pyarrow's first conversion", name=name)
        return None


def convert_without_pandas() -> None:
    """pyarrow's first conversion of Python values in a process asks whether
    a value is a pandas object, and imports pandas to know (its pandas shim:
    0.25-0.35 CPU s, in a worker pool's fork server and again in the
    driver's reduce, serially).  The pipeline converts lists of dicts and
    plain values alone, never a pandas object: this makes that first
    conversion (of no rows) with pandas out of reach, so the shim records
    that there is none and never asks again, and each later conversion is
    the same as with pandas loaded (a list is no pandas object either way).
    pandas itself is not kept out: an import of it works as before, and
    pyarrow imports it when asked for it (Table.to_pandas).  Where pandas is
    already loaded this changes nothing (the finder is not asked for a
    loaded module).  Two other ways pyarrow imports pandas are kept off the
    pipeline's paths: a value converted without its type (the type
    inference imports it: reduce._OCR_VARIANT, rekey's ids, given their
    type) and pyarrow.dataset (pq.read_table imports it: run._issue_counts
    reads its file with pq.ParquetFile); tests/test_pandas_held_back.py
    checks that a run ends without pandas loaded."""
    finder = _PandasHeldBack()
    sys.meta_path.insert(0, finder)
    try:
        pa.Table.from_pylist([], schema=TABLES["documents"].schema)
    finally:
        sys.meta_path.remove(finder)


# (every process that writes or reads shards: a pool's workers through pipeline.warm, a serial run, the reduce)
convert_without_pandas()


SHARD_FILE = "tables.arrow"
SHARD_MAGIC = b"RAINGAN-SHARD-1\n"
_LENGTH = struct.Struct("<Q")  # the JSON index's length in bytes, after the magic


def write_shard(shards_dir: Path, name: str, tables: dict[str, list[dict[str, Any]] | pa.Table],
                scratch: bool = False) -> Path:
    """Write a shard whole or not at all, durably (pipeline.durable).

    `scratch`: a shard that lives only within one reduce (its merged
    documents, removed before the reduce returns, never named by the
    manifest) is written in place, neither compressed nor fsynced: nothing
    outlives a crash that could read it half written, and its three fsyncs
    and the lz4 both ways were most of its cost."""
    shards_dir.mkdir(parents=True, exist_ok=True)
    final = shards_dir / name
    tmp = final if scratch else shards_dir / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    options = ipc.IpcWriteOptions(compression=None if scratch else "lz4")
    parts: list[pa.Buffer] = []
    index: dict[str, list[int]] = {}  # table -> [offset after the index, length]
    offset = 0
    for table, rows in tables.items():
        if len(rows):
            data = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=TABLES[table].schema)
            sink = pa.BufferOutputStream()
            with ipc.new_file(sink, data.schema, options=options) as writer:
                writer.write_table(data)
            part = sink.getvalue()
            index[table] = [offset, part.size]
            offset += part.size
            parts.append(part)
    head = json.dumps(index, sort_keys=True).encode("utf-8")
    with open(tmp / SHARD_FILE, "wb") as handle:
        handle.write(SHARD_MAGIC + _LENGTH.pack(len(head)) + head)
        for part in parts:
            handle.write(part)
    if not scratch:
        replace_durably(tmp, final)
    return final


def read_shard(shards_dir: Path, name: str, columns: dict[str, list[str]] | None = None) -> dict[str, pa.Table]:
    """The shard's tables (optionally only some columns of some tables: only
    those columns are read and decompressed)."""
    folder = shards_dir / name
    path = folder / SHARD_FILE
    if not path.exists():
        return _read_table_files(folder, columns)
    whole = pa.memory_map(str(path)).read_buffer()
    if whole[:len(SHARD_MAGIC)].to_pybytes() != SHARD_MAGIC:
        raise ValueError(f"{path} is not a raingan shard")
    start = len(SHARD_MAGIC) + _LENGTH.size
    (size,) = _LENGTH.unpack(whole[len(SHARD_MAGIC):start].to_pybytes())
    index = json.loads(whole[start:start + size].to_pybytes())
    base = start + size
    out = {}
    for table in (columns or TABLES):
        if table in index:
            offset, length = index[table]
            part = whole.slice(base + offset, length)
            if columns:
                out[table] = _read_columns(part, columns[table])
            else:
                with ipc.open_file(part) as reader:
                    out[table] = reader.read_all()
    return out


def _read_columns(part: pa.Buffer, names: list[str]) -> pa.Table:
    """Only the columns `names` of one table's Arrow IPC file, in that order:
    the other columns' buffers are neither read nor decompressed."""
    with ipc.open_file(part) as reader:
        fields = reader.schema.names
    wanted = sorted({fields.index(n) for n in names})
    with ipc.open_file(part, options=ipc.IpcReadOptions(included_fields=wanted)) as reader:
        return reader.read_all().select(names)


def _read_table_files(folder: Path, columns: dict[str, list[str]] | None) -> dict[str, pa.Table]:
    """A shard written before SHARD_FILE: a `<table>.arrow` file per table."""
    out = {}
    for table in (columns or TABLES):
        path = folder / f"{table}.arrow"
        if path.exists():
            with ipc.open_file(path) as reader:
                data = reader.read_all()
            out[table] = data.select(columns[table]) if columns else data
    return out


