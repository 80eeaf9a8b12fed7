"""Patterns compiled at their first use (parsers.lazy): nothing is compiled
before, every answer is the compiled pattern's, and the patterns the parsers
keep lazy are the same patterns as compiled on import."""

from __future__ import annotations

import importlib

import pytest
import regex

from parsers.lazy import LazyPattern, lazy_compile

LINES = [
    "ค่าอาหารกลางวัน จำนวน ๒๕ คน x ๕๐ บาท = ๑,๒๕๐ บาท",
    "รวม 1,250.00",
    "", "a", "๑๒ พฤษภาคม ๒๕๖๖ : อยู่ระหว่างดำเนินการ", "  ๓๐ ก.ย. 67", "เพื่อนำข้อมูลไปใช้",
]


def test_nothing_is_compiled_before_the_first_use(monkeypatch):
    calls = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda *a, **k: calls.append(a) or real(*a, **k))
    lazy = lazy_compile(r"(?P<n>[\d๐-๙]+)\s*บาท")
    assert lazy.pattern == r"(?P<n>[\d๐-๙]+)\s*บาท" and calls == []  # its text is there without compiling
    assert "_compiled" not in vars(lazy)
    assert lazy.search("= ๑,๒๕๐ บาท").group("n") == "๒๕๐"
    assert len(calls) == 1
    lazy.match("1 บาท"), lazy.finditer("1 บาท"), lazy.groupindex  # noqa: B018  (answered by what is kept)
    assert len(calls) == 1


def test_every_answer_is_the_compiled_patterns():
    pattern, flags = r"(?P<d>[\d๐-๙]{1,2})\s?(?P<m>\S+)|(?:บาท|um)", regex.IGNORECASE
    lazy, real = lazy_compile(pattern, flags), regex.compile(pattern, flags)
    for text in LINES:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.findall(text) == real.findall(text)
        assert lazy.sub("_", text) == real.sub("_", text) and lazy.subn("_", text) == real.subn("_", text)
        assert lazy.split(text) == real.split(text)
        for at in range(len(text) + 1):
            a, b = lazy.match(text, at), real.match(text, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
            a, b = lazy.search(text, at), real.search(text, at)
            assert (a and a.span()) == (b and b.span())
            assert bool(lazy.fullmatch(text, at)) == bool(real.fullmatch(text, at))
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (real.flags, real.groups, dict(real.groupindex))
    assert lazy.compiled() is lazy.compiled()
    assert lazy.search.__self__ is lazy.compiled()  # kept on the object after the first use: no lookup through it


def test_a_name_a_pattern_lacks_is_still_an_attribute_error():
    lazy = lazy_compile("a")
    assert not hasattr(lazy, "__array__")  # (probes of special names are answered without compiling)
    assert "_compiled" not in vars(lazy)
    with pytest.raises(AttributeError):
        lazy.no_such_method  # noqa: B018


LAZY = [
    ("parsers.bma_progress.clauses", "_EXPENSE_FIGURES_AS_WRITTEN"), ("parsers.digits", "_FIGURE_AS_WRITTEN"),
    ("parsers.bma_progress.entries", "_DATE_CELL_INSIDE_RE"), ("parsers.bma_progress.entries", "_DATE_HEAD_END_RE"),
    ("parsers.bma_progress.entries", "_MONTH_YEAR_OPENS_RE"), ("parsers.bma_progress.read", "_S1_6_GARBLED_RE"),
    ("parsers.bma_progress.stacked", "_FLAG_REST_RE"), ("parsers.bma_proposal.budget", "_QTY_UNIT_HEAD_RE"),
    ("parsers.bma_proposal.budget", "_RUN_ROW_RE"), ("parsers.bma_proposal.budget", "_RUN_FIGURE_RE"),
    ("parsers.bma_proposal.budget", "_RUN_TOTAL_RE"), ("parsers.bma_proposal.fields", "_MONTH_RE"),
    ("parsers.bma_proposal.fields", "_OPENS_ON_MONTH_RE"), ("parsers.bma_proposal.fields", "_PERIOD_WORDS_RE"),
    ("parsers.bma_proposal.kpis", "_PERIOD_TAIL_RE"), ("parsers.bma_proposal.kpis", "_TOOL_OPEN_RE"),
    ("parsers.bma_proposal.risks", "_CONTINUES_LOOSE_RE"), ("parsers.obec_progress.lists", "_PARAGRAPH_GOES_ON_RE"),
]


@pytest.mark.parametrize(("module", "name"), LAZY)
def test_the_parsers_lazy_patterns_match_as_compiled(module, name):
    lazy = getattr(importlib.import_module(module), name)
    assert isinstance(lazy, LazyPattern)
    real = regex.compile(lazy.pattern, lazy._flags, **lazy._kwargs)
    for text in LINES:
        assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == \
               [(m.span(), m.groups()) for m in real.finditer(text)]
        a, b = lazy.match(text), real.match(text)
        assert (a and a.span()) == (b and b.span())
    assert lazy.flags == real.flags
