"""Durable writes: a file is on disk before it is renamed into place, and
the rename is on disk before anything relies on it.

`os.replace` alone is atomic but not durable: after a power cut the new
name may point at a file whose data never reached the disk (a table
renamed but empty).  So a finished temporary file is fsynced, renamed, and
its folder fsynced; a folder of finished files (a shard, a generation of
tables) has every file and the folder itself fsynced before its rename.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path | str) -> None:
    """Make the folder's entries (a rename, a new file) durable."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - platforms that cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    """Every file of a folder (not its sub-folders), then the folder."""
    for entry in os.scandir(folder):
        if entry.is_file(follow_symlinks=False):
            fsync_file(entry.path)
    fsync_dir(folder)


def replace_durably(tmp: Path, final: Path) -> None:
    """Rename a written file or folder over `final`, durably: its data
    first, then the rename (the parent folder)."""
    if tmp.is_dir() and not tmp.is_symlink():
        fsync_tree(tmp)
    elif not tmp.is_symlink():
        fsync_file(tmp)
    os.replace(tmp, final)
    fsync_dir(final.parent)


def write_bytes_durably(final: Path, data: bytes) -> None:
    """Write a small file (run.json) whole or not at all, durably."""
    tmp = final.parent / f".{final.name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, final)
    fsync_dir(final.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
