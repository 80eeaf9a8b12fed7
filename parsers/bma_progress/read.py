"""Reading a BMA progress form: lines -> events -> copies -> readings.

1. `scan`: every line is cut at its anchors (parsers.bma_progress.fields):
   a heading opens a section, a label opens a field whose value runs to the
   next anchor, the rest is text of the section in force.  Inside section 2
   only the anchors that start the form again count; the report entries'
   own clauses are read by parsers.bma_progress.entries.
2. `split_copies`: a copy ends where the form starts again (a first
   heading after section 2, a name or code field the copy already has).
3. `read_copy`: one copy's fields, sections, lists and entries as readings,
   with the copy's identity (project code, name) so that copies of one
   project are voted together and different projects stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalizers.errors import ValueParseError
from normalizers.text import clean_value, join_wrapped
from parsers.bma_progress.entries import expense_values, figure_values, parse_entries
from parsers.bma_progress.fields import (
    ANCHORS,
    FIELD_BY_KEY,
    FIELD_SECTIONS,
    FURNITURE_SECTIONS,
    RESTART_FIELDS,
    RESTART_HEADINGS,
)
from parsers.items import numbered_items, opens_purpose
from parsers.values import span_text, target_groups
from schemas.document import CopyReading, Issue, Line, Reading


@dataclass(slots=True)
class Event:
    kind: str  # "heading" | "field" | "text"
    key: str | None
    text: str
    line: int
    bullet: bool = False


def scan(lines: list[Line]) -> list[Event]:
    """The document as heading, field and text events (see module doc)."""
    events: list[Event] = []
    section = "lead"
    for ln in lines:
        honored = []
        for hit in ANCHORS.scan(ln.text):
            if hit.key == "title":
                honored.append(hit)
                continue
            is_label = hit.anchor.kind == "label"
            if section in ("s2", "signature") and not (
                    hit.key in RESTART_HEADINGS or hit.key == "signature" or (is_label and hit.key in RESTART_FIELDS)):
                continue  # inside the entries only the form's start (or its end) counts
            if not is_label:
                section = hit.key
            elif hit.key in RESTART_FIELDS and section == "s2":
                section = "lead"
            honored.append(hit)
        if not honored:
            events.append(Event("text", None, ln.text, ln.no, ln.bullet))
            continue
        lead = ln.text[: honored[0].start].strip(" \t")
        if lead:
            events.append(Event("text", None, lead, ln.no, ln.bullet))
        for hit, nxt in zip(honored, honored[1:] + [None]):
            value = ln.text[hit.end: nxt.start if nxt else len(ln.text)].strip(" \t")
            if hit.anchor.kind == "label":
                events.append(Event("field", hit.key, value, ln.no))
                continue
            if hit.key != "title":
                events.append(Event("heading", hit.key, "", ln.no))
            if value:
                events.append(Event("text", None, value, ln.no, ln.bullet and not lead))
    return events


@dataclass(slots=True)
class Copy:
    index: int
    events: list[Event] = field(default_factory=list)
    fields_seen: set[str] = field(default_factory=set)
    headings_seen: set[str] = field(default_factory=set)


def split_copies(events: list[Event]) -> list[Copy]:
    """Start a new copy where the form starts again (see module doc)."""
    copies: list[Copy] = []
    cur: Copy | None = None
    for ev in events:
        restart = cur is not None and (
            (ev.kind == "heading" and ev.key in RESTART_HEADINGS
             and (cur.fields_seen & RESTART_FIELDS or "s2" in cur.headings_seen))
            or (ev.kind == "field" and ev.key in cur.fields_seen and ev.key in RESTART_FIELDS)
        )
        if cur is None or restart:
            cur = Copy(len(copies))
            copies.append(cur)
        cur.events.append(ev)
        if ev.kind == "field":
            cur.fields_seen.add(ev.key)
        elif ev.kind == "heading":
            cur.headings_seen.add(ev.key)
    return copies


@dataclass(slots=True)
class Parts:
    """One copy sorted out: field values and each section's text."""

    fields: list[tuple[str, str, int, int]] = field(default_factory=list)  # key, value, first line, last line
    sections: dict[str, list[Line]] = field(default_factory=dict)
    furniture: list[Line] = field(default_factory=list)  # the signature block inside a line


def sort_out(copy: Copy) -> Parts:
    """Fields with their continuation lines, and text per section.  A text
    line right after a field that may wrap, in a field section, continues it."""
    parts = Parts()
    section = "lead"
    after_field = False
    for ev in copy.events:
        if ev.kind == "heading":
            section, after_field = ev.key, False
        elif ev.kind == "field":
            parts.fields.append((ev.key, ev.text, ev.line, ev.line))
            after_field = True
        elif section in FURNITURE_SECTIONS:
            parts.furniture.append(Line(ev.line, ev.text))
        else:
            if after_field and section in FIELD_SECTIONS and parts.fields and not ev.bullet:
                key, value, start, _ = parts.fields[-1]
                if FIELD_BY_KEY[key].wraps or not value:
                    parts.fields[-1] = (key, join_wrapped([value, ev.text]), start, ev.line)
                    continue
            after_field = False
            parts.sections.setdefault(section, []).append(Line(ev.line, ev.text, "text", ev.bullet))
    return parts


def read_copy(copy: Copy) -> CopyReading:
    lines = [ev.line for ev in copy.events]
    out = CopyReading(copy.index, min(lines), max(lines))
    parts = sort_out(copy)
    read_fields(parts, out)
    read_sections(parts, out)
    project = out.tables.get("project", {}).get(0, {})
    code, name = project.get("project_code"), project.get("name")
    out.identity = (code.value if code else None, name.value if name else None)
    return out


def read_fields(parts: Parts, out: CopyReading) -> None:
    seen: set[str] = set()
    for key, value, start, end in parts.fields:
        spec = FIELD_BY_KEY[key]
        if key in seen:
            out.issues.append(Issue("warning", "repeated_field", f"field {key} printed twice in copy "
                                    f"{out.index + 1}; the first is kept", value, start, end,
                                    field=f"projects.{spec.columns[0]}"))
            continue
        seen.add(key)
        if not value.strip(" .:-"):
            out.issues.append(Issue("warning", "missing_value", f"{spec.label} has no value", "", start, end,
                                    field=f"projects.{spec.columns[0]}"))
            continue
        try:
            typed = spec.convert(value)
        except ValueParseError as exc:
            out.issues.append(Issue("error", "unparsed_value", f"{spec.label}: {exc.reason}", value, start, end,
                                    field=f"projects.{spec.columns[0]}"))
            continue
        for column, v in zip(spec.columns, typed):
            if v not in (None, ""):
                out.put("project", 0, column, Reading(v, value, start, end))


def read_sections(parts: Parts, out: CopyReading) -> None:
    sections = parts.sections
    rationale = sections.get("s1_3", [])
    if rationale:
        text = clean_value(span_text(rationale))
        out.put("project", 0, "rationale", Reading(text, text, rationale[0].no, rationale[-1].no))

    items, lead = numbered_items(sections.get("s1_4", []), opens=opens_purpose)
    for i, item in enumerate(items, start=1):
        out.put("objectives", i, "text", Reading(item.text, item.text, item.line_start, item.line_end))
    if lead:
        out.issues.append(Issue("warning", "unplaced_text", "text under the objectives heading before the first "
                                "objective", span_text(lead), lead[0].no, lead[-1].no, field="objectives.text"))

    groups, issues = target_groups(sections.get("s1_5", []))
    out.issues.extend(issues)
    for seq, (kind, text, start, end) in enumerate(groups, start=1):
        out.put("targets", seq, "kind", Reading(kind, kind or "", start, end))
        out.put("targets", seq, "text", Reading(text, text, start, end))

    read_entries(sections.get("s2", []), out)
    for section in ("lead", "s1", "s1_1", "s1_2", "s1_6"):
        stray = sections.get(section, [])
        if stray:
            out.issues.append(Issue("warning", "unplaced_text", f"text in the header ({section}) that no label "
                                    "opens", span_text(stray), stray[0].no, stray[-1].no, field="projects"))


def read_entries(lines: list[Line], out: CopyReading) -> None:
    entries = parse_entries(lines)
    out.issues.extend(entries.issues)
    for seq, entry in entries.entries.items():
        span = (entry.line_start, entry.line_end)
        if entry.date is not None:
            out.put("progress_reports", seq, "report_date", Reading(entry.date, entry.date_text, *span))
        desc = entry.description
        if desc:
            out.put("progress_reports", seq, "description", Reading(desc, desc, *span))
        out.put("progress_reports", seq, "cancelled", Reading(entry.cancelled, desc[:40], *span))
        values, bad = figure_values(entry)
        clause_of = {"progress_pct": "progress", "disbursed": "budget", "on_plan": "plan", "on_target": "target"}
        for name, value in values.items():
            out.put("progress_reports", seq, name, Reading(value, entry.figure_texts.get(clause_of[name], ""), *span))
        for name, text, reason in bad:
            out.issues.append(Issue("error", "unparsed_value", f"report {seq} {name}: {reason}", text, *span,
                                    field=f"progress_reports.{name}"))
        for i, expense in enumerate(entry.expenses, start=1):
            try:
                values = expense_values(expense)
            except ValueParseError as exc:
                out.issues.append(Issue("error", "unparsed_value", f"expense amount: {exc.reason}", expense.item,
                                        expense.line, expense.line, field="expenses.amount"))
                continue
            for name, value in values.items():
                out.put("expenses", (seq, i), name, Reading(value, expense.amount, expense.line, expense.line))
    if entries.preamble:
        out.issues.append(Issue("warning", "text_before_first_entry",
                                "text in section 2 before the first report entry",
                                join_wrapped(entries.preamble), field="progress_reports"))


def read_copies(lines: list[Line]) -> list[CopyReading]:
    """All copies of the form, of every project, in a document's text lines."""
    return [read_copy(c) for c in split_copies(scan(lines))]
