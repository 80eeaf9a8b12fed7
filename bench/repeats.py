"""How often each function of the project is called again, within one
document, with the arguments it was given before (for speed work: whether
a per-line or per-text computation is redone, as issue 13's "each line's
features once a document" asks; bench.visits counts the same for the
patterns).

    python -m bench.repeats [--files 60] [--top 30] [--seed 13] [--ab REPS]

Builds a small bench archive (bench.archive's, no two files alike), then runs
`process_document` over it with every call of a Python function of
parsers, pipeline, normalizers and schemas counted (sys.setprofile): its
calls, and its distinct argument tuples within the document (an argument
that cannot be hashed counts as new each time; a generator counts once, not
at each resume).  Memos are forgotten at each file's start, as in the stage
pass of bench.archive, so a memoised function is seen only where its memo
misses: its wrapper's calls are counted, not their repeats' work.  Printed:
the functions with the most repeated calls (calls less distinct argument
tuples), with each one's calls, distinct tuples and the share repeated.
The counting slows everything: the figures are counts, never times.

`--ab REPS` measures instead what sharing the repeats would save: each
function of `AB_FUNCTIONS` (the per-text functions with the most repeats
that are not memoised, whose answer is a value) wrapped in a memo of the
document, every file read twice in one process, once as is and once with
the memos, in alternating order, CPU seconds summed each way and compared
(the same output checked equal): the machine's drift falls on both alike.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = str(Path(__file__).resolve().parent.parent) + "/"
PACKAGES = ("parsers/", "pipeline/", "normalizers/", "schemas/")
CO_GENERATOR = 0x20


class Repeats:
    """Calls and distinct argument tuples of each function, per document
    (`new_document` starts one); `profile` is the sys.setprofile hook."""

    def __init__(self, root: str = ROOT, packages: tuple[str, ...] = PACKAGES) -> None:
        self.prefixes = tuple(root + p for p in packages)
        self.calls: Counter[Any] = Counter()  # code -> calls
        self.distinct: Counter[Any] = Counter()  # code -> distinct argument tuples, summed over documents
        self._seen: set[tuple[Any, tuple]] = set()
        self._frames: dict[int, Any] = {}  # generator frames begun in this document (a resume is no call)

    def new_document(self) -> None:
        self._seen.clear()
        self._frames.clear()

    def profile(self, frame: Any, event: str, arg: Any) -> None:
        if event != "call":
            return
        code = frame.f_code
        if not code.co_filename.startswith(self.prefixes):
            return
        if code.co_flags & CO_GENERATOR:
            if self._frames.get(id(frame)) is frame:
                return  # a generator resumed
            self._frames[id(frame)] = frame
        local = frame.f_locals
        key = []
        for name in code.co_varnames[: code.co_argcount]:
            value = local.get(name)
            try:
                hash(value)
            except Exception:  # (unhashable, or an object not yet made: a frozen dataclass's __init__)
                value = object()  # new each time
            key.append(value)
        self.calls[code] += 1
        seen = (code, tuple(key))
        try:
            new = seen not in self._seen
            if new:
                self._seen.add(seen)
        except Exception:  # (an argument whose == raises)
            new = True
        if new:
            self.distinct[code] += 1

    def rows(self) -> list[tuple[int, int, int, str]]:
        """(repeated calls, calls, distinct tuples, "file:line function"), most repeated first."""
        out = []
        for code, calls in self.calls.items():
            name = f"{code.co_filename.replace(ROOT, '')}:{code.co_firstlineno} {code.co_name}"
            out.append((calls - self.distinct[code], calls, self.distinct[code], name))
        return sorted(out, key=lambda r: (-r[0], r[3]))


# (module, function, what makes a memo's answer the caller's own): the per-text functions with the most repeated
# calls within a document on the bench archive (forty-ninth session) that no memo covers and whose answer is a
# value; the A/B of --ab wraps each in a memo of the document
AB_FUNCTIONS: tuple[tuple[str, str, Callable[[Any], Any] | None], ...] = (
    ("normalizers.numbers", "thai_digits_to_arabic", None),
    ("normalizers.dates", "find_dates", list),
    ("normalizers.text", "collapse_whitespace", None),
    ("parsers.values", "person_parts", None),
    ("pipeline.siblings", "_squashed", None),
)
AB_METHODS = (("parsers.anchors", "AnchorSet", "_crossing"),)  # methods of a text pair, memoised the same way
MEMO_TEXT = 4096  # characters: a longer text is not memoised (as the project's memos of a line)


def _memoised(fn: Callable[[str], Any], own: Callable[[Any], Any] | None) -> tuple[Callable[[str], Any], Any]:
    memo = lru_cache(maxsize=None)(fn)

    def wrapped(text: str) -> Any:
        if len(text) > MEMO_TEXT:
            return fn(text)
        return own(memo(text)) if own is not None else memo(text)

    return wrapped, memo


def ab(files: list[Path], reps: int) -> tuple[float, float, int]:
    """(CPU s as is, CPU s with the memos, documents whose rows differ) over `files`, `reps` times."""
    import importlib

    import bench.archive as archive
    import pipeline.stages as st

    memos = archive.project_memos()
    swaps: list[tuple[Any, str, Any, Any]] = []  # (owner, attribute, as is, memoised)
    added = []
    for module_name, name, own in AB_FUNCTIONS:
        fn = getattr(importlib.import_module(module_name), name)
        new, memo = _memoised(fn, own)
        added.append(memo)
        for mod_name, mod in list(sys.modules.items()):
            if mod is not None and mod_name.split(".")[0] in ("parsers", "pipeline", "normalizers", "schemas") \
                    and getattr(mod, name, None) is fn:
                swaps.append((mod, name, fn, new))
    for module_name, cls_name, name in AB_METHODS:
        cls = getattr(importlib.import_module(module_name), cls_name)
        fn = vars(cls)[name]
        memo = lru_cache(maxsize=None)(fn)
        added.append(memo)
        swaps.append((cls, name, fn, memo))

    def use(memoised: bool) -> None:
        for owner, attr, as_is, new in swaps:
            setattr(owner, attr, new if memoised else as_is)

    spent = {False: 0.0, True: 0.0}
    differ = 0
    try:
        for rep in range(reps):
            for i, path in enumerate(files):
                data = path.read_bytes()
                rows = {}
                for memoised in ((False, True) if (i + rep) % 2 == 0 else (True, False)):
                    use(memoised)
                    for memo in [*memos, *added]:
                        memo.cache_clear()
                    started = time.process_time()
                    rows[memoised] = st.process_document(path.name, data)
                    spent[memoised] += time.process_time() - started
                differ += rows[False] != rows[True]
    finally:
        use(False)
    return spent[False], spent[True], differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--ab", type=int, default=0, metavar="REPS",
                        help="measure the memos of AB_FUNCTIONS against the code as is, REPS passes (see module doc)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="raingan-repeats-") as base:  # (removed after: no archive left in /tmp)
        return _run(args, Path(base) / "archive")


def _run(args: argparse.Namespace, folder: Path) -> int:
    import bench.archive as archive
    import pipeline.stages as st
    import pipeline.warm  # noqa: F401  (every form's parser loaded, as in a worker)

    folder.mkdir()
    n, size = archive.build(folder, args.files, 0.0, args.seed)
    files = archive.archive_files(folder)
    if args.ab:
        as_is, memoised, differ = ab(files, args.ab)
        print(f"archive: {n} files, {size / 1e6:.1f} MB; {args.ab} passes, alternated file by file")
        print(f"CPU s as is {as_is:.3f}, with the memos of the repeats {memoised:.3f} "
              f"({100 * (memoised / as_is - 1):+.2f} %); documents whose rows differ: {differ}")
        return 0
    memos = archive.project_memos()
    counter = Repeats()
    for path in files:
        for memo in memos:
            memo.cache_clear()
        data = path.read_bytes()
        counter.new_document()
        sys.setprofile(counter.profile)
        try:
            st.process_document(path.name, data)
        finally:
            sys.setprofile(None)
    rows = counter.rows()
    calls = sum(r[1] for r in rows)
    repeated = sum(r[0] for r in rows)
    print(f"archive: {n} files, {size / 1e6:.1f} MB; {calls} calls of the project's functions, "
          f"{repeated} ({100 * repeated / max(calls, 1):.1f} %) with arguments the document gave it before")
    print(f"{'repeated':>9}{'calls':>9}{'distinct':>9}{'share':>7}  function")
    for rep, c, d, name in rows[: args.top]:
        print(f"{rep:>9}{c:>9}{d:>9}{100 * rep / c:>6.0f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
