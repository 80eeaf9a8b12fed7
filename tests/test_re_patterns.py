"""The patterns compiled with the standard library's re, where they need
nothing of the regex module's (faster on such a pattern: issue 13), match
as regex would.  Every module-level re pattern of the project whose source
uses no class the two read differently on Thai text (\\w and \\b and their
negations: regex counts Thai vowels and tone marks as word characters, re
does not) finds the same matches as regex.compile of the same source and
flags, on the samples' and the OCR corpus' lines and on white space and
digits of every kind Python knows.  Two differences are left out on
purpose: re's \\s also holds U+001C-U+001F, which the clean-up drops before
any pattern sees a line (normalizers.invisible); regex's \\d also holds the
digits of the scripts Unicode added after Python's own tables (14.0: Kawi,
Nag Mundari, Garay, ..., 110 characters), which Python's int() and Decimal()
do not read as digits either."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import regex

import pipeline.warm  # noqa: F401  (every module that holds patterns imported)

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("parsers", "pipeline", "normalizers", "schemas")
# the classes re and regex read differently on Thai text (a backslash escaped before the letter is no class)
_DIFFERING_RE = re.compile(r"(?<!\\)(?:\\\\)*\\[wWbB]")
_FLAGS = ((re.IGNORECASE, regex.IGNORECASE), (re.MULTILINE, regex.MULTILINE), (re.DOTALL, regex.DOTALL),
          (re.VERBOSE, regex.VERBOSE))
_SPACES = "".join(chr(c) for c in range(0x110000) if chr(c).isspace() and not 0x1C <= c <= 0x1F)
_DIGITS = "".join(chr(c) for c in range(0x110000) if chr(c).isdecimal())  # (Python's own tables: Unicode 14.0)


def _patterns() -> dict[str, re.Pattern]:
    found = {}
    for name, module in sorted(sys.modules.items()):
        if module is None or name.split(".")[0] not in PACKAGES:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) \
                    and not _DIFFERING_RE.search(value.pattern) and value.pattern not in {p.pattern for p in found.values()}:
                found[f"{name}.{attr}"] = value
    return found


def _lines(limit: int) -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus").glob("*/ocr/*.txt")) \
        + sorted((ROOT / "tests/corpus").glob("*/*/ocr/*.txt"))
    seen: dict[str, None] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip() and len(line) < 400:
                seen.setdefault(line)
    lines = list(seen)
    step = max(1, len(lines) // limit)
    return lines[::step][:limit]


def _matches(pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_re_patterns_match_as_regex() -> None:
    patterns = _patterns()
    assert len(patterns) > 100
    texts = _lines(1500) + [_SPACES, f"ก{_SPACES}ข", _DIGITS, " ".join(_DIGITS), "", " ", "\t", "\u00a0๑๒ ก.",
                            "1) ก\u0e48\n2) ข"]
    differ = []
    for name, pattern in patterns.items():
        flags = sum(rx for r, rx in _FLAGS if pattern.flags & r)
        twin = regex.compile(pattern.pattern, flags)
        if any(_matches(pattern, t) != _matches(twin, t) for t in texts):
            differ.append(name)
    assert not differ, f"re and regex match differently: {differ}"
