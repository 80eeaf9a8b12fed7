"""pipeline.regex_flags: regex's pattern parser on int flags hands the C
engine exactly what it hands it on RegexFlag members, for every pattern the
project's modules hold and for patterns that use each flag feature."""

from __future__ import annotations

import sys
from typing import Any

import regex
import regex._main as regex_main
import regex._regex_core as regex_core

import pytest

from pipeline.regex_flags import restore_enum_flags, use_int_flags
from parsers.lazy import LazyPattern

# patterns for each flag feature: case folding (simple, full, scoped, inline), versions, set operations, fuzzy
# matching, word boundaries, reversed search, ASCII, verbose, best match, named lists, group references
FEATURES = [
    ("ก[่-๋]?า", 0, {}), ("straße", regex.IGNORECASE), ("straße", regex.IGNORECASE | regex.FULLCASE),
    ("(?i)abc(?-i:DEF)ghi", 0), ("(?iV1)[[a-z]--[aeiou]]+", 0), ("[[:alpha:]&&[^ก-ฮ]]", regex.V1),
    ("(?:สรุปผล){e<=1}", regex.BESTMATCH), ("(?e)(?:งบประมาณ){s<=1,i<=1}", 0), (r"\bword\b", regex.WORD),
    (r"(?r)\d+", 0), (r"\w+", regex.ASCII), ("a b  # spaced\n c", regex.VERBOSE),
    (r"\L<words>\s*\d+", regex.IGNORECASE, {"words": ["บาท", "Baht"]}), (r"(?<y>\d{4})-(?P=y)", regex.MULTILINE),
    (r"(?s).+?\Z", regex.DOTALL), (r"(?f)[ǅ-ǈ]", regex.V0),
]


class _Capture:
    """regex._regex as _main sees it, its compile recording its arguments."""

    def __init__(self, real: Any) -> None:
        self.real, self.calls = real, []

    def compile(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _engine_args(pattern: str, flags: int, named_lists: dict[str, Any]) -> list[tuple]:
    """What regex's parser hands the C engine for one pattern (not cached)."""
    capture = _Capture(regex_main._regex)
    regex_main._regex = capture
    try:
        regex_main._compile(pattern, regex_core.RegexFlag(flags), False, named_lists, False)
    finally:
        regex_main._regex = capture.real
    return capture.calls


def _project_patterns() -> list[tuple[str, int, dict[str, Any]]]:
    """(text, flags, named lists) of every pattern the project's loaded modules hold (module-level names, the
    values of module-level dicts, lists and tuples, and class attributes)."""
    import pipeline.stages  # noqa: F401  (every stage, and with them the parsers)
    from parsers import form_module
    from schemas.document import DOC_TYPES

    for doc_type in DOC_TYPES:
        form_module(doc_type)
    found: dict[tuple[str, int], dict[str, Any]] = {}

    def add(value: Any) -> None:
        if isinstance(value, regex.Pattern):
            found.setdefault((value.pattern, value.flags), {k: list(v) for k, v in value.named_lists.items()})
        elif isinstance(value, LazyPattern):
            found.setdefault((value.pattern, int(value._flags)), {k: list(v) for k, v in value._kwargs.items()})

    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in ("parsers", "pipeline", "normalizers", "schemas"):
            continue
        for value in list(vars(module).values()):
            items = [value]
            if isinstance(value, dict):
                items += list(value.values())
            elif isinstance(value, (list, tuple)):
                items += list(value)
            elif isinstance(value, type):
                items += list(vars(value).values())
            for item in items:
                add(item)
    return [(text, flags, lists) for (text, flags), lists in found.items() if isinstance(text, str)]


def _both_ways(patterns: list[tuple]) -> tuple[list, list]:
    as_ints = [_engine_args(*p) for p in patterns]
    restore_enum_flags()
    try:
        assert isinstance(regex_core.IGNORECASE, regex_core.RegexFlag)
        as_enum = [_engine_args(*p) for p in patterns]
    finally:
        assert use_int_flags()
    return as_ints, as_enum


# a regex release laid out otherwise is left as it is (slower, the same patterns): nothing to compare then
pytestmark = pytest.mark.skipif(not use_int_flags(), reason="this regex release is not laid out as "
                                "pipeline.regex_flags expects: its flags stay enum members")


def test_int_flags_are_in_use():
    # importing pipeline turned them on
    import pipeline  # noqa: F401
    assert type(regex_core.IGNORECASE) is int and type(regex_core.DEFAULT_FLAGS[regex.VERSION1]) is int
    info = regex_core.Info(regex.IGNORECASE | regex.VERSION1)
    assert type(info.flags) is int
    # the public names stay RegexFlag members
    assert isinstance(regex.IGNORECASE, regex.RegexFlag)


def test_flag_features_compile_alike():
    patterns = [(p[0], int(p[1]), p[2] if len(p) > 2 else {}) for p in FEATURES]
    as_ints, as_enum = _both_ways(patterns)
    assert all(len(calls) == 1 for calls in as_ints)
    assert as_ints == as_enum


def test_project_patterns_compile_alike():
    patterns = _project_patterns()
    assert len(patterns) > 500  # the parsers' patterns were found
    as_ints, as_enum = _both_ways(patterns)
    for pattern, ints, enums in zip(patterns, as_ints, as_enum):
        assert ints == enums, pattern[0]


def test_matching_alike_after_restoring():
    # a pattern compiled on ints matches as one compiled on enum members
    text = "งบประมาณ 1,250,000 บาท Straße STRASSE"
    patterns = [p for p in FEATURES if "\\L" not in p[0] and "(?r)" not in p[0]]
    compiled_ints = [regex.compile(p[0], p[1], cache_pattern=False) for p in patterns]
    restore_enum_flags()
    try:
        compiled_enum = [regex.compile(p[0], p[1], cache_pattern=False) for p in patterns]
    finally:
        use_int_flags()
    for a, b in zip(compiled_ints, compiled_enum):
        assert a.flags == b.flags
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
