"""Shard folders by name (pipeline.shards reads and writes what is in them):
what the run driver needs before its plan is made, without pyarrow and the
schemas pipeline.shards loads (a run with a worker pool loads those while
the pool's fork server starts: pipeline.run._ingest)."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path


def new_shard_name(index: int) -> str:
    return f"{uuid.uuid4().hex[:12]}-{index:06d}"


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
