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

from dataclasses import replace
from typing import Any

import regex
from rapidfuzz import fuzz

from normalizers.text import skeleton
from parsers.obec_progress.anchors import MARKERS, PART_ORDER

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


# The parts a round prints under their own headings, and the table whose rows each holds: a round
# that lacks one most of the report's rounds print lost its heading to OCR (its rows were read into
# the part before it, or not at all).  Budget sections are left out: a round may report none.
PART_TABLES = {"output": "targets", "outcome": "targets", "indicator": "targets", "activities": "activities",
               "alignment": "alignments", "findings": "findings", "result": "findings", "problem": "findings",
               "suggestion": "findings"}
COMMON_SHARE = 0.75  # a part printed by at least this share of the report's full rounds (of 4 or more)
MIN_ROUNDS = 4


def missing_parts(projects: list[Any]) -> list[tuple[Any, Any, str, int, int]]:
    """(project, round, part, rounds that print it, full rounds) for each
    full round (one that opens with targets) that lacks a part nearly every
    other full round of the report prints."""
    full = [(p, r, set(_parts(r))) for p in projects for r in p.rounds if OPENS in _parts(r)]
    if len(full) < MIN_ROUNDS:
        return []
    out = []
    for part in PART_TABLES:
        have = sum(1 for _, _, parts in full if part in parts)
        if have == len(full) or have < COMMON_SHARE * len(full):
            continue
        out += [(p, r, part, have, len(full)) for p, r, parts in full if part not in parts]
    return out


HEADING_RATIO = 80.0  # a line this like a part's heading (skeletons), where its round lacks that part
_HEADINGS = {a.key: skeleton(a.text) for a in MARKERS if a.key in PART_TABLES}
# The English name the form prints in brackets after a target part's Thai heading ("เป้าหมายเชิงผลผลิต
# (Output)", "เป้าหมายเชิงผลลัพธ์ (Outcome)"), alone on a line: OCR lost the Thai words before it, a speck of
# them left at most ("ง (Outcome)"); its opening bracket may be lost too ("Outcome)", as running._TAIL_END_RE)
GLOSSES = {"output": "output", "outcome": "outcome"}
_GLOSS_ALONE_RE = regex.compile(r"^(?:[^\s()]{1,3}\s+)?\(?([A-Za-z]{6,7})\)$")


def gloss_alone(text: str) -> str | None:
    """The target part whose bracketed English name (GLOSSES) a line
    holds alone, a speck before it at most, or None."""
    m = _GLOSS_ALONE_RE.match(text.strip())
    if m is None:
        return None
    word = m.group(1).lower()
    return next((part for part, gloss in GLOSSES.items() if gloss == word), None)


def recover_parts(projects: list[Any]) -> list[tuple[Any, Any, str, int, int]]:
    """A full round that lacks a part nearly every other round prints (see
    missing_parts), and holds a short text line, between the parts that
    come before and after it in the others' order, that reads like that
    part's heading with letters OCR changed ("ดัชนีซีวัดความสำเว็จ"), or
    holds the part's bracketed English name alone (gloss_alone: "ง (Outcome)",
    the Thai words before it lost to OCR): the line is the heading (a marker
    block), so its rows are read as that part's.
    Returns (project, round, part, the line, the part's last line) for each."""
    full = [r for p in projects for r in p.rounds if OPENS in _parts(r)]
    found = []
    for p, rnd, part, _, _ in missing_parts(projects):
        heading = _HEADINGS.get(part)
        if heading is None:
            continue
        before = {k for r in full for ks in [_parts(r)] if part in ks for k in ks[:ks.index(part)]}
        seen_before = False
        for i, b in enumerate(rnd.blocks):
            if b.kind == "marker":
                if b.key in before:
                    seen_before = True
                elif seen_before:
                    break  # a part after it: the heading would have stood before here
                continue
            if not seen_before or b.kind != "text" or len(b.text) > 2 * len(heading) + 12:
                continue
            if fuzz.ratio(skeleton(b.text), heading) >= HEADING_RATIO or gloss_alone(b.text) == part:
                rnd.blocks[i] = replace(b, kind="marker", key=part, text="", data={"heading": b.text})
                nxt = next((c.line_start - 1 for c in rnd.blocks[i + 1:] if c.kind == "marker"), rnd.blocks[-1].line_end)
                found.append((p, rnd, part, b.line_start, max(b.line_end, nxt)))
                break
    return found


HEADING_ALONE_RATIO = 85.0  # a line this like a long heading (skeletons) is that heading, whatever other rounds print
HEADING_ALONE_LETTERS = 14  # a heading's skeleton this long or longer: a line so like it is no sentence of a text


def recover_headings(projects: list[Any]) -> list[tuple[Any, Any, str, int, int]]:
    """A full round that lacks a part with a long heading
    (HEADING_ALONE_LETTERS letters), and holds a short text line, after the
    parts that come before it in the form's order (MARKERS) and before any
    that comes after, reading like that heading with a letter or two OCR
    changed (HEADING_ALONE_RATIO: "ชนีชีวัดความสําเว็จ", "ซนีชี้วัดความสําเร็จ"
    for "ดัชนีชี้วัดความสำเร็จ"): the line is the heading, even where the
    report's other rounds lost theirs too (recover_parts wants most of them
    to print it: a report whose OCR misreads a heading's first letters
    misreads them in every round, and its rows were read into the part
    before it).  Run after recover_parts; the same tuples."""
    found = []
    for p in projects:
        for rnd in p.rounds:
            parts = _parts(rnd)
            if OPENS not in parts:
                continue
            for part, heading in _HEADINGS.items():
                if part in parts or len(heading) < HEADING_ALONE_LETTERS:
                    continue
                at = PART_ORDER[part]
                for i, b in enumerate(rnd.blocks):
                    if b.kind == "marker":
                        if PART_ORDER.get(b.key, -1) > at:
                            break  # a part after it: the heading would have stood before here
                        continue
                    if b.kind != "text" or len(b.text) > 2 * len(heading) + 12 \
                            or not any(c.kind == "marker" for c in rnd.blocks[:i]):
                        continue
                    if fuzz.ratio(skeleton(b.text), heading) >= HEADING_ALONE_RATIO:
                        rnd.blocks[i] = replace(b, kind="marker", key=part, text="", data={"heading": b.text})
                        nxt = next((c.line_start - 1 for c in rnd.blocks[i + 1:] if c.kind == "marker"),
                                   rnd.blocks[-1].line_end)
                        found.append((p, rnd, part, b.line_start, max(b.line_end, nxt)))
                        parts = _parts(rnd)
                        break
    return found


def recover_on_spoilt_pages(projects: list[Any], lost: frozenset[int]) -> list[tuple[Any, Any, str, int, int]]:
    """A full round that lacks a part nearly every other round prints (see
    missing_parts) and holds a page OCR spoilt (`lost`: lists.garbage_zones)
    after the parts that come before that part in the others' order, before
    any that comes after it: the part's heading stood on the page, and the
    part opens with the first block after the page (its rows were read into
    the part before it).  Run after recover_parts and recover_headings; the
    same tuples."""
    if not lost:
        return []
    from parsers.engine import Block

    full = [r for p in projects for r in p.rounds if OPENS in _parts(r)]
    found = []
    for p, rnd, part, _, _ in missing_parts(projects):
        if part in _parts(rnd):
            continue  # (recovered since: recover_parts, recover_headings)
        before = {k for r in full for ks in [_parts(r)] if part in ks for k in ks[:ks.index(part)]}
        seen_before = on_page = False
        for i, b in enumerate(rnd.blocks):
            if b.kind == "marker":
                if b.key in before:
                    seen_before, on_page = True, False
                    continue
                if seen_before:
                    break  # a part after it: the heading would have stood before here
                continue
            if not seen_before:
                continue
            if b.line_start in lost:
                on_page = True
                continue
            if on_page:
                rnd.blocks.insert(i, Block("marker", part, "", b.line_start, b.line_start, {"heading": ""}))
                nxt = next((c.line_start - 1 for c in rnd.blocks[i + 1:] if c.kind == "marker"), rnd.blocks[-1].line_end)
                found.append((p, rnd, part, b.line_start, max(b.line_end, nxt)))
                break
    return found
