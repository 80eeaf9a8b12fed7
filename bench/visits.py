"""How often the stages visit each line: regex calls per stage, per distinct
text searched, and the patterns that make them (for speed work: where the
per-line work is repeated).

    python -m bench.visits [--files 60] [--top 25] [--seed 13]

Builds a small bench archive (bench.archive's, no two files alike), then runs
`process_document` over it with every pattern that `re.compile` and
`regex.compile` return (at import and after) counted: each call of match,
search, fullmatch, finditer, findall, sub, subn or split is counted against
the stage running (decode, clean, segment, dedupe, detect, parse, merge: the
vote and the rows, validate) and the place the pattern was compiled, with
the text it was given.  Memos are forgotten at each file's start, as in the
stage pass of bench.archive.  Printed: per stage the calls, the distinct
texts and the calls per distinct text; the patterns with the most calls,
with how many distinct texts they saw; and, per stage, how many calls are
handed a whole line of the document (a raw line, or a cleaned line's text
once clean-up made it).  The counting wrapper slows everything: the figures are
counts, never times.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_STAGE = ["(none)"]
CALLS: Counter[tuple[str, str]] = Counter()  # (stage, compile site) -> calls
TEXTS: dict[tuple[str, str], set[int]] = defaultdict(set)  # (stage, site) -> hashes of the texts given
STAGE_TEXTS: dict[str, set[int]] = defaultdict(set)
LINE_CALLS: Counter[str] = Counter()  # stage -> calls whose text is a whole line of the document
LINES: set[int] = set()  # hashes of the current document's cleaned lines


class _Counted:
    """A compiled pattern whose calls are counted (see module doc)."""

    __slots__ = ("_p", "_site")

    def __init__(self, pattern: Any, site: str) -> None:
        self._p = pattern
        self._site = site

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)


def _counting(name: str) -> Any:
    text_arg = 1 if name in ("sub", "subn") else 0

    def method(self: _Counted, *args: Any, **kwargs: Any) -> Any:
        text = args[text_arg] if len(args) > text_arg else kwargs.get("string")
        stage = _STAGE[0]
        key = (stage, self._site)
        CALLS[key] += 1
        if isinstance(text, str):
            h = hash(text)
            TEXTS[key].add(h)
            STAGE_TEXTS[stage].add(h)
            if h in LINES:
                LINE_CALLS[stage] += 1
        return getattr(self._p, name)(*args, **kwargs)

    return method


for _name in METHODS:
    setattr(_Counted, _name, _counting(_name))


def _site() -> str:
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "regex/_main.py", "regex.py")):
        frame = frame.f_back
    if frame is None:
        return "?"
    path = frame.f_code.co_filename
    root = str(Path(__file__).resolve().parent.parent) + "/"
    return f"{path.replace(root, '')}:{frame.f_lineno}"


def install() -> None:
    """Count every pattern compiled from now on (call before importing the project)."""
    import regex

    for module in (re, regex):
        original = module.compile

        def compile(pattern: Any, flags: int = 0, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            compiled = _original(pattern, flags, *args, **kwargs)
            return _Counted(compiled, _site())

        module.compile = compile  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    install()
    with tempfile.TemporaryDirectory(prefix="raingan-visits-") as base:  # (removed after: no archive left in /tmp)
        return _run(args, Path(base) / "archive")


def _run(args: argparse.Namespace, folder: Path) -> int:
    import bench.archive as archive
    import pipeline.stages as st
    import pipeline.warm  # noqa: F401  (every form's parser loaded, as in a worker)

    folder.mkdir()
    n, size = archive.build(folder, args.files, 0.0, args.seed)
    memos = archive.project_memos()

    def staged(name: str, fn: Any) -> Any:
        def run(doc: Any) -> None:
            _STAGE[0] = name
            try:
                fn(doc)
            finally:
                if name == "clean" and doc.lines:
                    LINES.update(hash(ln.text) for ln in doc.lines if ln.kind == "text")
                _STAGE[0] = "(none)"
        return run

    st.STAGES[:] = [(name, staged(name, fn)) for name, fn in st.STAGES]
    lines = distinct = 0
    for counts in (CALLS, TEXTS, STAGE_TEXTS, LINE_CALLS):  # (what the imports compiled and ran)
        counts.clear()
    for path in archive.archive_files(folder):
        for memo in memos:
            memo.cache_clear()
        data = path.read_bytes()
        text = data.decode("utf-8", "replace")
        LINES.clear()
        LINES.update(hash(raw) for raw in text.split("\n"))  # the raw lines (what clean-up reads)
        lines += text.count("\n") + 1
        distinct += len(set(text.split("\n")))
        st.process_document(path.name, data)

    print(f"archive: {n} files, {size / 1e6:.1f} MB, {lines} lines ({distinct} distinct within their file)")
    by_stage: Counter[str] = Counter()
    for (stage, _), calls in CALLS.items():
        by_stage[stage] += calls
    total = sum(by_stage.values())
    print(f"regex calls: {total} ({total / lines:.1f} a line, {total / distinct:.1f} a distinct line)")
    print(f"{'stage':<10}{'calls':>10}{'texts':>9}{'calls/text':>11}{'on a whole line':>16}")
    for stage, calls in by_stage.most_common():
        texts = len(STAGE_TEXTS[stage])
        print(f"{stage:<10}{calls:>10}{texts:>9}{calls / max(texts, 1):>11.1f}{LINE_CALLS[stage]:>16}")
    print(f"patterns with the most calls (stage, where compiled, calls, distinct texts):")
    for (stage, site), calls in CALLS.most_common(args.top):
        print(f"  {stage:<9}{site:<48}{calls:>9}{len(TEXTS[(stage, site)]):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
