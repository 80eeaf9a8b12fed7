"""Shards: one file holding every table of a batch, read back whole or by
columns, and the shards of earlier versions (a file per table) still read."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.ipc as ipc

from pipeline.shards import SHARD_FILE, read_shard, write_shard
from pipeline.stages import process_document
from schemas.arrow import TABLES
from tests.conftest import sample_text


def _rows() -> dict[str, list[dict]]:
    batch: dict[str, list[dict]] = {}
    for name in ("000_54d7a76ee7e0d007.txt", "004_745c23c3a2846aea.txt"):
        for table, rows in process_document(name, sample_text(name).encode("utf-8")).items():
            batch.setdefault(table, []).extend(rows)
    return batch


def test_a_shard_is_one_file_and_reads_back_its_tables(tmp_path):
    rows = _rows()
    folder = write_shard(tmp_path, "s1", rows)
    assert [p.name for p in folder.iterdir()] == [SHARD_FILE]
    back = read_shard(tmp_path, "s1")
    assert set(back) == {t for t, r in rows.items() if r}
    for table, data in back.items():
        assert data.equals(pa.Table.from_pylist(rows[table], schema=TABLES[table].schema))
    some = read_shard(tmp_path, "s1", {"projects": ["doc_id", "project_key"], "documents": ["doc_id"]})
    assert set(some) == {"projects", "documents"}
    assert some["projects"].column_names == ["doc_id", "project_key"]
    assert some["projects"].equals(back["projects"].select(["doc_id", "project_key"]))


def test_a_shard_written_as_a_file_per_table_is_still_read(tmp_path):
    rows = _rows()
    old = tmp_path / "old"
    old.mkdir()
    for table, table_rows in rows.items():
        if table_rows:
            data = pa.Table.from_pylist(table_rows, schema=TABLES[table].schema)
            with ipc.new_file(old / f"{table}.arrow", data.schema,
                              options=ipc.IpcWriteOptions(compression="lz4")) as writer:
                writer.write_table(data)
    write_shard(tmp_path, "new", rows)
    assert read_shard(tmp_path, "old").keys() == read_shard(tmp_path, "new").keys()
    for table, data in read_shard(tmp_path, "old").items():
        assert data.equals(read_shard(tmp_path, "new")[table])
    cols = {"issues": ["doc_id", "code"]}
    assert read_shard(tmp_path, "old", cols)["issues"].equals(read_shard(tmp_path, "new", cols)["issues"])


def test_columns_read_alone_give_what_the_whole_table_gives(tmp_path):
    """read_shard with columns decompresses only those (IpcReadOptions
    included_fields): the fast path gives the whole read's columns, in the
    order asked, whatever their order in the schema."""
    rows = _rows()
    write_shard(tmp_path, "s1", rows)
    whole = read_shard(tmp_path, "s1")
    for table, data in whole.items():
        names = list(reversed(data.column_names))[::2] + [data.column_names[0]]
        names = list(dict.fromkeys(names))
        some = read_shard(tmp_path, "s1", {table: names})[table]
        assert some.column_names == names
        assert some.equals(data.select(names))


def test_a_scratch_shard_is_written_in_place_and_reads_back_the_same(tmp_path, monkeypatch):
    """The reduce's merged shards (scratch=True): no fsync, no rename, no
    compression; read back they are the durable shard's tables."""
    rows = _rows()
    write_shard(tmp_path / "durable", "s1", rows)
    import pipeline.shards as shards

    def no_durability(*args):
        raise AssertionError("a scratch shard is not made durable")

    monkeypatch.setattr(shards, "replace_durably", no_durability)
    folder = write_shard(tmp_path / "scratch", "s1", rows, scratch=True)
    assert [p.name for p in (tmp_path / "scratch").iterdir()] == ["s1"]
    assert [p.name for p in folder.iterdir()] == [SHARD_FILE]
    durable, scratch = read_shard(tmp_path / "durable", "s1"), read_shard(tmp_path / "scratch", "s1")
    assert durable.keys() == scratch.keys()
    for table, data in durable.items():
        assert scratch[table].equals(data)
    write_shard(tmp_path / "scratch", "s1", rows, scratch=True)  # over an earlier one
    assert read_shard(tmp_path / "scratch", "s1").keys() == durable.keys()
