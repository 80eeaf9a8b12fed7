"""Which files a run reads, and the one name each goes by.

A file's name in the output (`documents.source_path`, the manifest, and so
its `doc_id`) is its path relative to the run root, with `/` between
folders: the same file named `in/a.txt`, `./in/a.txt` or `/data/in/a.txt`,
from any working directory, is `a.txt` under the root `/data/in`.  The
root is `--root` if given, else the root OUT recorded at its first run,
else the deepest folder holding every input.  Folders are resolved
(symbolic links, `..`) but a file's own name is kept as it is on disk:
never Unicode-normalised, and bytes that are not UTF-8 written as `\\xNN`
(so a name always fits a UTF-8 table cell; the file is still read by its
real name).

Folders are walked recursively for .txt and .md files; names starting with
"." (files and folders) are skipped, and symbolic links to folders are not
followed.  Anything else met there under such a name, a FIFO, a socket, a
device, a broken link, a file that cannot be looked at, and a folder that
cannot be listed, is an input too, with the reason it cannot be read: it
gets a `documents` row (`failed`) instead of vanishing.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

INPUT_SUFFIXES = (".txt", ".md")


class InputError(ValueError):
    """An input that does not exist, or a root that does not hold it."""


@dataclass(frozen=True, slots=True)
class InputFile:
    key: str  # the name it goes by: its path under the run root
    path: str  # where to read it (may hold undecodable bytes as surrogates)
    size: int
    mtime_ns: int
    problem: str | None = None  # why it cannot be read, if known before reading


def display_name(name: str) -> str:
    """A name as on disk, with bytes that are not UTF-8 written as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _canonical(path: str) -> str:
    """The absolute path with its folders resolved, its own name kept."""
    head, tail = os.path.split(os.path.abspath(path))
    return os.path.join(os.path.realpath(head), tail) if tail else os.path.realpath(head)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _look(path: str) -> tuple[int, int, str | None]:
    """(size, mtime_ns, problem) of a path met as an input file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:
            return 0, 0, "read: the file vanished while the inputs were listed"
        return 0, 0, f"read: broken symbolic link (to {display_name(target)})"
    except OSError as exc:
        return 0, 0, f"read: cannot look at the file: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        link = " (through a symbolic link)" if os.path.islink(path) else ""
        return 0, st.st_mtime_ns, f"read: not a regular file: {_kind(st.st_mode)}{link}"
    return st.st_size, st.st_mtime_ns, None


def _walk(folder: str, found: list[tuple[str, int, int, str | None]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.append((folder, 0, 0, f"read: cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(entry.path, found)
        elif os.path.splitext(entry.name)[1].lower() in INPUT_SUFFIXES:
            found.append((entry.path, *_look(entry.path)))


def common_root(inputs: list[str]) -> str:
    """The deepest folder holding every input (a folder input holds itself)."""
    places = []
    for item in inputs:
        canonical = _canonical(item)
        places.append(canonical if os.path.isdir(canonical) else os.path.dirname(canonical))
    return os.path.commonpath(places)


def under(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def walk_inputs(inputs: list[str | Path]) -> list[tuple[str, int, int, str | None]]:
    """(canonical path, size, mtime_ns, problem) of every input file;
    InputError for an input that does not exist."""
    found: list[tuple[str, int, int, str | None]] = []
    for item in map(os.fspath, inputs):
        if not os.path.lexists(item):
            raise InputError(f"input not found: {display_name(item)}")
        canonical = _canonical(item)
        if os.path.isdir(canonical):  # a folder, or a link to one named directly
            _walk(canonical, found)
        else:
            found.append((canonical, *_look(canonical)))
    return found


def name_inputs(found: list[tuple[str, int, int, str | None]], root: str) -> list[InputFile]:
    """The walked files by their names under `root`, sorted, each once;
    InputError for one outside the root."""
    files: dict[str, InputFile] = {}
    for path, size, mtime, problem in found:
        if not under(path, root):
            raise InputError(f"input {display_name(path)} is outside the run root {display_name(root)}")
        key = display_name(Path(os.path.relpath(path, root)).as_posix())
        files.setdefault(key, InputFile(key, path, size, mtime, problem))
    return [files[k] for k in sorted(files)]


def doc_id_for(source_path: str, sha256: str) -> str:
    """Stable id of one input file: the first 16 hex digits of the sha256 of
    its name (its path under the run root), a NUL byte and the sha256 of its
    content; the same for any spelling of its path."""
    return hashlib.sha256(f"{source_path}\0{sha256}".encode()).hexdigest()[:16]
