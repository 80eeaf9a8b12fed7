r"""Every compiled pattern of the code against hostile lines (part of make fuzz).

    python -m bench.patterns [--limit SECONDS] [--length N]

A pattern that backtracks catastrophically holds a worker for minutes on one
line no real document prints but a damaged scan can: a run of 3,000 spaces,
a clause word repeated without spaces, "1ก" forty thousand times.  The
whole-file fuzz run (bench.fuzz) only finds such a pattern when a generated
file happens to carry that line to it past the clean-up; this check asks
every pattern directly.  It imports the stages (pipeline.warm, as a worker
does), collects each module-level compiled pattern of parsers/, pipeline/,
normalizers/ and schemas/ (the `regex` module's and the standard `re`'s
alike), and times search, match and findall on:

  * runs of one character or pair, --length characters long (spaces,
    digits of both scripts, Thai letters and marks, separators, brackets);
  * the pattern's own Thai and Latin words, each repeated 18 times, bare,
    with a space, with a digit, and with a character after that breaks the
    match (what makes nested quantifiers over alternatives explode).

A call slower than --limit seconds (2.5 by default) is printed with the
pattern's module and name, the operation and the input's shape; the exit
status is 1 when there is one.  A `regex` pattern's call is cut off at ten
times the limit (its timeout), so one runaway pattern does not hold the run
for hours; a standard `re` pattern has no timeout and runs to its end.  The
limit is for backtracking, which is minutes on such a line: a pattern that
opens with "\s*" is quadratic in a run of spaces under search (every start
position), 0.5-1.5 s here, which is expected and below it; and the
whole-file fuzz run shows the clean-up keeps such runs away from the parsers.
(Session 17 moved 245 patterns to `re` on the strength of the archive's
inputs and reverted it: on these lines six of them took from 1.4 s to
115 s where `regex` took milliseconds.)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator

import regex

PACKAGES = ("parsers", "pipeline", "normalizers", "schemas")
# one character or pair, repeated to --length characters
RUNS = ("1ก", "ก", "1", "๑", " ", ".", "ก ", "ก.", ":", "=", "(", "\u0e34", "\u0e48", "a", "ก1 ", "1 ", "-", "ก:",
        "1,", "ก\n", "A", "ก\u0e48", "1.1", "x ", "ก-", "|", "/", "\t", "๑ ", "฿")
_WORD_RE = regex.compile(r"[\u0e01-\u0e4e]{2,}|[A-Za-z]{2,}")
WORDS_PER_PATTERN = 6  # of each pattern's own words, the first ones (in the order the pattern names them)


def patterns() -> dict[str, tuple[str, re.Pattern | regex.Pattern]]:
    """Each distinct compiled pattern (by its source) of the packages'
    modules, loaded as a worker loads them: pattern source -> (where, pattern)."""
    import pipeline.warm  # noqa: F401  (imports every stage and parser)
    from parsers.lazy import LazyPattern

    found: dict[str, tuple[str, re.Pattern | regex.Pattern]] = {}
    for name, module in sorted(sys.modules.items()):
        if module is None or name.split(".")[0] not in PACKAGES:
            continue
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, LazyPattern):  # (one compiled at its first use: checked as compiled)
                value = value.compiled()
            if isinstance(value, (re.Pattern, regex.Pattern)) and isinstance(value.pattern, str):
                found.setdefault(value.pattern, (f"{name}.{attr}", value))
    return found


def hostile_lines(pattern: str, length: int) -> Iterator[tuple[str, str]]:
    """(shape, line): the runs, then the pattern's own words repeated."""
    for run in RUNS:
        yield f"{run!r} x {length // len(run)}", run * (length // len(run))
    for word in list(dict.fromkeys(_WORD_RE.findall(pattern)))[:WORDS_PER_PATTERN]:
        yield f"{word!r} x 18", word * 18
        yield f"{word!r} x 18 + 'x'", word * 18 + "x"
        yield f"({word!r} + ' ') x 18 + 'x'", (word + " ") * 18 + "x"
        yield f"({word!r} + '1') x 18", (word + "1") * 18


def check(limit: float, length: int, verbose: bool = False) -> list[tuple[str, str, str, float]]:
    """The calls slower than `limit` seconds: (where, operation, shape,
    seconds; a `regex` call cut off at 10 x `limit` counts as that).
    `verbose`: each pattern's name as it starts."""
    slow = []
    for source, (where, pattern) in patterns().items():
        if verbose:
            print(f"  {where}", flush=True)
        cap = {"timeout": 10 * limit} if isinstance(pattern, regex.Pattern) else {}
        for shape, line in hostile_lines(source, length):
            for op in ("match", "search", "findall"):
                start = time.perf_counter()
                try:
                    getattr(pattern, op)(line, **cap)
                except TimeoutError:
                    pass
                took = time.perf_counter() - start
                if took > limit:
                    slow.append((where, op, shape, took))
                    print(f"SLOW {took:8.3f} s  {where}  {op}  {shape}", flush=True)
    return slow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.patterns", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=float, default=2.5, help="seconds one call may take (default 2.5)")
    parser.add_argument("--length", type=int, default=3000, help="characters of each run (default 3000)")
    parser.add_argument("--verbose", action="store_true", help="print each pattern's name as it is tried")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    n = len(patterns())
    slow = check(args.limit, args.length, args.verbose)
    print(f"bench.patterns: {n} patterns, {len(slow)} calls over {args.limit} s "
          f"({time.perf_counter() - start:.0f} s in all)")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
