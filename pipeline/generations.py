"""Generations: the table set changes as one.

Each run that changes the tables writes all of them into a new folder,
OUT/.raingan/gen/<name>/, with generation.json (what they were built from,
rows per table); the folder is fsynced and then swapped in with one rename
of a symbolic link, OUT/.raingan/current -> gen/<name>.  Every
OUT/<table>.parquet is a fixed relative link to .raingan/current/<table>.parquet,
so a reader always opens the tables of one generation, and a run killed
at any point leaves either the old set or the new set, never a mix.  The
generation records a digest of the manifest it was built from: a rerun
whose digest is the current one's rewrites nothing.

Older OUT folders hold the tables as plain files: they are first adopted as
a generation (hard links, so each name keeps its content while it becomes a
link) before the first swap.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from pipeline.durable import fsync_dir, fsync_tree
from schemas.names import TABLE_NAMES

GEN_DIR = "gen"
CURRENT = "current"
INFO = "generation.json"


class Generations:
    def __init__(self, out: Path, work: Path):
        self.out = out
        self.work = work
        self.gen = work / GEN_DIR
        self.link = work / CURRENT

    # ------------------------------------------------------------ reading

    def current_name(self) -> str | None:
        try:
            target = os.readlink(self.link)
        except OSError:
            return None
        return Path(target).name

    def current(self) -> dict[str, Any] | None:
        """generation.json of the current generation if it is whole."""
        name = self.current_name()
        if name is None:
            return None
        folder = self.gen / name
        try:
            info = json.loads((folder / INFO).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not all((folder / f"{t}.parquet").is_file() for t in info.get("tables", [])):
            return None
        return info

    # ------------------------------------------------------------ writing

    def new_folder(self) -> Path:
        """An empty folder to write the next generation's tables into."""
        self.gen.mkdir(parents=True, exist_ok=True)
        folder = self.gen / f".building-{uuid.uuid4().hex[:12]}"
        folder.mkdir()
        return folder

    def publish(self, folder: Path, info: dict[str, Any]) -> str:
        """Make a finished folder the current generation; returns its name."""
        info = {**info, "tables": sorted(p.stem for p in folder.glob("*.parquet"))}
        (folder / INFO).write_text(json.dumps(info, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                   encoding="utf-8")
        for path in folder.iterdir():
            os.chmod(path, 0o666 & ~_umask())
        fsync_tree(folder)
        name = self._next_name()
        os.rename(folder, self.gen / name)
        fsync_dir(self.gen)
        tmp = self.work / f".{CURRENT}.tmp"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(f"{GEN_DIR}/{name}", tmp)
        os.replace(tmp, self.link)  # the swap: one rename
        fsync_dir(self.work)
        self.link_tables(info["tables"])
        self.remove_old()
        return name

    def _next_name(self) -> str:
        numbers = [int(p.name[1:]) for p in self.gen.iterdir() if p.name[:1] == "g" and p.name[1:].isdigit()]
        return f"g{max(numbers, default=0) + 1:06d}"

    def link_tables(self, tables: list[str]) -> None:
        """OUT/<table>.parquet -> .raingan/current/<table>.parquet, each made
        once (a rename over whatever stood there)."""
        changed = False
        for table in tables:
            path = self.out / f"{table}.parquet"
            target = f"{self.work.name}/{CURRENT}/{table}.parquet"
            try:
                if os.readlink(path) == target:
                    continue
            except OSError:
                pass
            tmp = self.out / f".{table}.parquet.link"
            if tmp.is_symlink() or tmp.exists():
                tmp.unlink()
            os.symlink(target, tmp)
            os.replace(tmp, path)
            changed = True
        if changed:
            fsync_dir(self.out)

    def adopt_plain_tables(self) -> None:
        """Tables an older raingan wrote as plain files become generation 1."""
        plain = [t for t in TABLE_NAMES if (self.out / f"{t}.parquet").is_file()
                 and not (self.out / f"{t}.parquet").is_symlink()]
        if not plain:
            return
        folder = self.new_folder()
        for table in plain:
            src, dst = self.out / f"{table}.parquet", folder / f"{table}.parquet"
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
        self.publish(folder, {"digest": None, "adopted": True})

    def remove_old(self) -> None:
        """Generations other than the current one, and folders a killed run
        left half built."""
        keep = self.current_name()
        if not self.gen.exists():
            return
        for path in self.gen.iterdir():
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
