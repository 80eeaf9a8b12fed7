"""Whether an OBEC report's last copy was cut short (issue 14: a truncated
form is `partial` with a form_truncated issue, never `ok`).

A project's report round runs from its targets to its findings, always in
the form's order, so a file cut inside a round leaves a round whose parts
stop early.  What a whole round holds is read from the document itself:
the parts every other full round (one that opens with targets) prints.
The last round is cut short when it lacks the last of those parts, or
(when it is the only full round) the findings that close every round.
A last project with no round at all, in a group whose other projects
print rounds, stopped at its title.  A cut inside the last part's own text
cannot be told from a short text: that is not flagged.
"""

from __future__ import annotations

from typing import Any

OPENS = "targets"  # the part a full round opens with
CLOSES = "findings"  # the part that closes a round when no other round says more


def _parts(rnd: Any) -> list[str]:
    return [b.key for b in rnd.blocks if b.kind == "marker"]


def cut_short(projects: list[Any]) -> str | None:
    """Why the last project looks cut short (a sentence), or None."""
    if not projects:
        return None
    last = projects[-1]
    if not last.rounds:
        if any(p.rounds and any(OPENS in _parts(r) for r in p.rounds) for p in projects[:-1] if p.status == last.status):
            return "its last project stops at its title, where the group's other projects print their report"
        return None
    parts = _parts(last.rounds[-1])
    if OPENS not in parts:
        return None
    others = [_parts(r) for p in projects for r in p.rounds if OPENS in _parts(r)][:-1]
    if others:
        common = set.intersection(*(set(o) for o in others))
        order = [k for k in others[0] if k in common]
        need = order[-1] if order else CLOSES
    else:
        need = CLOSES
    if need not in parts:
        return f"its last project's report stops after '{parts[-1]}', before '{need}' that closes every other round"
    return None
