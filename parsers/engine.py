"""A small block-rule engine in the manner of markdown-it's block parser.

A form parser is an ordered table of (name, rule) pairs.  A rule looks at the
line under the cursor: it either returns False and leaves the state alone, or
consumes one or more lines, emits Blocks that remember their source line
span, and returns True.  The first rule that matches wins; a catch-all comes
last.  The engine checks that every matching rule consumed something.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from schemas.document import Line


@dataclass(slots=True)
class Block:
    kind: str  # what the rule found: "heading", "field", "text", ...
    key: str | None  # which heading / field / clause
    text: str  # cleaned source text of the block
    line_start: int  # 1-based line numbers in the decoded file, inclusive
    line_end: int
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class State:
    lines: list[Line]
    pos: int = 0
    blocks: list[Block] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def line(self) -> Line:
        return self.lines[self.pos]

    def emit(self, kind: str, key: str | None, text: str, start: Line, end: Line | None = None, **data: Any) -> Block:
        block = Block(kind, key, text, start.no, (end or start).no, dict(data))
        self.blocks.append(block)
        return block


Rule = Callable[[State], bool]


class RuleError(RuntimeError):
    """A rule claimed a match but consumed nothing (a parser bug, not bad input)."""


def rule_text(state: State) -> bool:
    """The catch-all every rule table ends with: one line of running text."""
    state.emit("text", None, state.line.text, state.line)
    state.pos += 1
    return True


def run_rules(lines: list[Line], rules: list[tuple[str, Rule]], context: dict[str, Any] | None = None) -> list[Block]:
    """Apply `rules` until every line is consumed; return the emitted blocks."""
    state = State(lines=lines, context=dict(context or {}))
    while state.pos < len(state.lines):
        before = state.pos
        for name, rule in rules:
            if rule(state):
                if state.pos <= before:
                    raise RuleError(f"rule {name!r} matched line {state.lines[before].no} but consumed nothing")
                break
        else:
            raise RuleError(f"no rule matched line {state.lines[before].no}; the table needs a catch-all")
    return state.blocks
