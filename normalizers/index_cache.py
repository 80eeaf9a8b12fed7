"""The dictionary's indexes kept on disk between processes.

normalizers.words builds indexes of pythainlp's word list and the Thai
National Corpus word counts (the tokenizer's prefixes, the words by their
letters without tone marks, the misreadings of common words, ...) once a
process: about 1.8 CPU s, paid serially by a worker pool's fork server
(pipeline.warm) before any worker starts, and by every CLI call.  `stored`
keeps each one in a file of a cache folder and reads it back in a
fraction of that time.

The folder is $RAINGAN_CACHE_DIR when set (set but empty: no cache, every
index built), else $XDG_CACHE_HOME/raingan, else ~/.cache/raingan; it is
made when first needed, so a fresh clone needs no step by hand.  A folder
that cannot be made or written costs nothing but the speed: the index is
built as before.

Nothing read is trusted blindly.  A file holds a header and the index in
`marshal`'s format (plain dicts, sets, tuples, strings and numbers: no
code is run to read it, as pickle would).  The header names

- the index (its name, with whatever its builder was given),
- what it was built from: this package's code (every .py file of
  normalizers/, where every builder lives), pythainlp's version and the
  bytes of the word lists it reads (words_th.txt, tnc_freq.txt), Python's
  version and marshal's format,
- the sha256 of the rest of the file.

A file whose header does not match all of that, whose digest does not
match its bytes, that `marshal` cannot read or whose value is not of the
kind asked for is stale or damaged: the index is built and the file
written anew.  A file is written whole to a temporary name in the folder
and renamed over the old one (os.replace), so two processes building at
once, or a process killed while writing, never leave a half-written file
under the index's name."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_ENV = "RAINGAN_CACHE_DIR"
FORMAT = b"raingan-index-1\n"  # the file format (bump when the header or the encoding changes)
WORD_LISTS = ("words_th.txt", "tnc_freq.txt")  # pythainlp's files the indexes are built from
_DIGEST = 32  # bytes of a sha256


def cache_dir() -> Path | None:
    """The folder the indexes are kept in; None when the user turned the
    cache off ($RAINGAN_CACHE_DIR set but empty)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "raingan"


@lru_cache(maxsize=1)
def _built_from() -> bytes | None:
    """The digest of what every index is built from (see the module's
    docstring); None when it cannot be told (a word list not where
    pythainlp keeps it): then nothing is read from the cache or written."""
    h = hashlib.sha256(FORMAT)
    h.update(f"{sys.version}\0{marshal.version}\0".encode())
    try:
        from importlib.metadata import version
        from importlib.resources import files

        h.update(f"pythainlp {version('pythainlp')}\0".encode())
        corpus = files("pythainlp.corpus")
        for name in WORD_LISTS:
            h.update(name.encode() + b"\0" + hashlib.sha256(corpus.joinpath(name).read_bytes()).digest())
    except Exception:  # (pythainlp without its version or a word list: build everything, keep nothing)
        return None
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


def _key(name: str) -> bytes | None:
    built_from = _built_from()
    if built_from is None:
        return None
    return hashlib.sha256(built_from + b"\0" + name.encode()).digest()


def _file(folder: Path, name: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
    return folder / f"{safe}.index"


def stored(name: str, build: Callable[[], T], kind: type | tuple[type, ...]) -> T:
    """The index `name`: read from the cache folder when a file there was
    written for it from the same code and word lists and is whole (see the
    module's docstring), else `build()`, written there for the next
    process.  `build` must give marshal's types alone (dict, set,
    frozenset, tuple, list, str, int, bool, None): of type `kind`, or, when
    `kind` is a tuple of types, a tuple of as many values of those types in
    order.  `name` must say everything `build` depends on besides this
    package's code and the word lists (the arguments it was given)."""
    folder, key = cache_dir(), _key(name)
    if folder is None or key is None:
        return build()
    path = _file(folder, name)
    found = _read(path, key, kind)
    if found is not None:
        return found
    value = build()
    _write(path, key, value)
    return value


def _read(path: Path, key: bytes, kind: type | tuple[type, ...]) -> Any:
    """The index the file holds, or None when there is none fit to use."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(FORMAT) + 2 * _DIGEST
    if len(data) < head or not data.startswith(FORMAT) or data[len(FORMAT):len(FORMAT) + _DIGEST] != key:
        return None
    body = memoryview(data)[head:]
    if hashlib.sha256(body).digest() != data[head - _DIGEST:head]:
        return None
    try:
        value = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return value if _fits(value, kind) else None


def _fits(value: Any, kind: type | tuple[type, ...]) -> bool:
    if isinstance(kind, tuple):
        return isinstance(value, tuple) and len(value) == len(kind) and all(map(isinstance, value, kind))
    return isinstance(value, kind)


def _write(path: Path, key: bytes, value: Any) -> None:
    """Writes the file whole under a temporary name, then renames it into
    place; a folder that cannot be written is left as it is (the index was
    built: only the next process's time is lost)."""
    try:
        body = marshal.dumps(value)
    except ValueError:  # (a value marshal cannot write: a builder's mistake, kept out of the cache)
        return
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(FORMAT + key + hashlib.sha256(body).digest())
            handle.write(body)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
