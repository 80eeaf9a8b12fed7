"""Re-keying: the rows of a file that only changed its name.

A file moved within the archive (or named under a new run root) keeps its
content, so its rows need not be parsed again: they are copied from its
shard into a new one with the new `doc_id` (made from the new name and the
same sha256) and the new `source_path`, and the manifest then points at
the new shard.  The old shard is removed once nothing points at it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.batch import BATCH_FILES
from pipeline.inputs import doc_id_for
from pipeline.manifest import Manifest
from pipeline.shard_folders import new_shard_name

if TYPE_CHECKING:
    import pyarrow as pa


def stale_entries(manifest: Manifest) -> list[dict[str, Any]]:
    """Entries whose doc_id is not the one their name and content give."""
    rows = manifest.db.execute("SELECT source_path, doc_id, sha256, shard FROM files ORDER BY shard, source_path")
    return [{"source_path": p, "doc_id": d, "sha256": s, "shard": sh} for p, d, s, sh in rows
            if doc_id_for(p, s) != d]


def rekey(manifest: Manifest, shards_dir: Path, stale: list[dict[str, Any]]) -> int:
    """Copy the rows of `stale` entries under their new doc_ids into new
    shards, BATCH_FILES files a shard; returns how many files."""
    # (pyarrow and the shards imported here, not with the module: pipeline.run imports this module before
    # every run, and only a run with moved files needs them; 0.2-0.4 CPU s of the driver's serial start)
    import pyarrow as pa
    import pyarrow.compute as pc

    from pipeline.shards import read_shard, write_shard

    for n, start in enumerate(range(0, len(stale), BATCH_FILES)):
        chunk = stale[start:start + BATCH_FILES]
        new_ids = {e["doc_id"]: doc_id_for(e["source_path"], e["sha256"]) for e in chunk}
        names = {e["doc_id"]: e["source_path"] for e in chunk}
        by_shard: dict[str, list[str]] = defaultdict(list)
        for e in chunk:
            by_shard[e["shard"]].append(e["doc_id"])
        parts: dict[str, list[pa.Table]] = defaultdict(list)
        for shard, old_ids in sorted(by_shard.items()):
            for table, data in read_shard(shards_dir, shard).items():
                # (the ids typed: a conversion left to infer the type imports pandas, see reduce._OCR_VARIANT)
                data = data.filter(pc.is_in(data["doc_id"], value_set=pa.array(sorted(old_ids), type=pa.string())))
                if data.num_rows:
                    parts[table].append(_renamed(table, data, new_ids, names))
        name = new_shard_name(n)
        write_shard(shards_dir, name, {t: pa.concat_tables(p) for t, p in parts.items()})
        entries = []
        for e in chunk:
            row = manifest.lookup(e["source_path"])
            assert row is not None
            entries.append({**row, "doc_id": new_ids[e["doc_id"]]})
        manifest.commit(name, entries)
    return len(stale)


def _renamed(table: str, data: pa.Table, new_ids: dict[str, str], names: dict[str, str]) -> pa.Table:
    old = data["doc_id"].to_pylist()
    data = _replace(data, "doc_id", [new_ids[d] for d in old])
    if table == "documents":
        data = _replace(data, "source_path", [names[d] for d in old])
    return data


def _replace(data: pa.Table, column: str, values: list[str]) -> pa.Table:
    import pyarrow as pa

    i = data.schema.get_field_index(column)
    return data.set_column(i, data.schema.field(i), pa.array(values, data.schema.field(i).type))
