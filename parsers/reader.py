"""What the BMA forms share: reading a document through a form's anchors
into copies of sections and fields.

1. `scan`: every line is cut at its anchors: a heading opens a section, a
   label opens a field whose value runs to the next anchor, the rest is
   text of the section in force.  A label counts only in the sections its
   field may stand in; inside an *opaque* section (a form's report entries,
   its signature block) only the anchors that start the form again count
   (a label read only fuzzily there must have a value like its field's,
   FormSpec.restart_values, or the form's head go on after it,
   FormSpec.restart_followed).
2. `split_copies`: a copy ends where the form starts again (a first heading
   after the last section, a field the copy already has).
3. `sort_out`: one copy's field values (with the lines that continue them)
   and the text of each section, for the form to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from normalizers.confusions import ARABIC_FOR_THAI, confusable
from normalizers.errors import ValueParseError
from normalizers.furniture import is_specks
from normalizers.text import THAI_MARKS, comparable, join_wrapped, skeleton
from parsers.anchors import AnchorSet, Hit, skeleton_of
from schemas.document import CopyReading, Issue, Line, Reading


@dataclass(frozen=True)
class Field:
    """A labelled field and the project columns it gives."""

    key: str  # the label's key
    label: str  # as printed
    columns: tuple[str, ...]  # the projects columns it fills, in the converter's order
    convert: Callable[[str], Any]  # value text -> a tuple of values, one per column
    wraps: bool = False  # the value may continue on the following lines
    sections: frozenset[str] | None = None  # where the label counts (None: outside opaque sections)
    # whether a value is whole: one that is not ("30 กันยายน", its year wrapped onto the next line) takes
    # the next line too, as a wrapping value does (None: any value is whole)
    complete: Callable[[str], bool] | None = None
    # whether a line the clean-up read as bulleted ("- พฤษภาคม 2566", its bullet stripped) goes on with the
    # value (value, line): a range the page width broke at its dash, joined with the dash put back (None: a
    # bulleted line never continues a value)
    dash_wraps: Callable[[str, str], bool] | None = None
    # whether a wrapping value is closed against the line under it (value, line): the value reads whole and the
    # line holds nothing of its kind (a range read to its last end's year, then a line with no month, year or
    # figure: a running header OCR garbled, the next paragraph), so the line is section text, not the value's
    # wrapped tail (None: a wrapping value takes any line under it)
    closed: Callable[[str, str], bool] | None = None


def one(convert: Callable[[str], Any]) -> Callable[[str], tuple]:
    """A converter of one column as a field converter (named after it, so
    `raingan inspect` can say which converter read a field)."""
    def converter(text: str) -> tuple:
        return (convert(text),)

    converter.__name__ = converter.__qualname__ = getattr(convert, "__name__", "convert")
    return converter


@dataclass(frozen=True)
class FormSpec:
    anchors: AnchorSet
    fields: dict[str, Field]
    field_sections: frozenset[str]  # sections in which a line may continue the field above
    restart_headings: frozenset[str]
    restart_fields: frozenset[str]
    opaque_sections: frozenset[str] = frozenset()  # only the form's start (and `closing`) count inside
    closing: frozenset[str] = frozenset()  # headings that end an opaque section (a signature block)
    furniture_sections: frozenset[str] = frozenset()  # text there is furniture, not content
    ignored: frozenset[str] = frozenset()  # anchors that are cut out and open nothing (a form's title)
    last_sections: frozenset[str] = frozenset()  # a restart heading after one of these starts a new copy
    # fields told by their value's shape where OCR garbled the label past reading: (field key, pattern
    # whose `value` group is the value, searched at the end of a piece of text in a field section)
    shaped: tuple[tuple[str, Any], ...] = ()
    # what a restart field's value must be like for a label read only fuzzily (OCR-damaged, or another
    # word like it: "โครงการ :" opening a line of a report's text) to start the form again inside an
    # opaque section (field key -> test of the text after the label)
    restart_values: dict[str, Callable[[str], bool]] = field(default_factory=dict)
    # restart fields whose label, read only fuzzily inside an opaque section, starts the form again only where
    # the label of one of the fields given follows within RESTART_REACH text lines (the form's head goes on: a
    # project's name, its code under it); field key -> those fields' keys.  A word like the label in a report
    # table's cell ("โครงการ กิจกรรมที่ ๒" for "ชื่อโครงการ/กิจกรรม"), nothing of the head after it, opens nothing
    restart_followed: dict[str, frozenset[str]] = field(default_factory=dict)
    # fields whose label a line may open with its head cut by OCR ("ชวัด... : มิติที่๑" for "ตัวชี้วัด... :"):
    # such a line is no wrap of the value above it (cut_label), for a form that places it (None: none)
    cut_labels: frozenset[str] = frozenset()
    # headings OCR lost whole, told by the line that opens their section: (heading key, pattern matched at a
    # text line's start, the sections in force where it may stand); the heading event holds that line's text
    # (a printed heading's holds none), split_copies puts its line in Copy.headings_inferred for the form to say
    opened_by: tuple[tuple[str, Any, frozenset[str]], ...] = ()
    # headings a copy prints once, each the form's first section: one the copy already saw, met again past one of
    # `last_sections`, starts a new copy (a copy whose title block OCR garbled past its labels, "ชื่" / specks /
    # "อโครงการ ...", its first section's heading read: before, the copy ran into the one before it, the form
    # read as one copy with no issue: fresh set s98p, bma_proposal_s98p004)
    repeat_headings: frozenset[str] = frozenset()


@dataclass(slots=True)
class Event:
    kind: str  # "heading" | "field" | "text" | "signature"
    key: str | None
    text: str
    line: int
    bullet: bool = False
    indent: bool = False
    cols: tuple[int, ...] = ()


# A label's separator right after it ("เป้าหมายที่ :", "เป้าหมายที่: ...")
_SEPARATOR_AFTER_RE = re.compile(r"\s*(?::|=:|;)")


def _value_opens_with_label(events: list[Event], hit: Hit, text: str) -> bool:
    """Whether a label opening a line, with no separator after it, is the
    first words of the value the same label above, left with none, wraps to:
    "เป้าหมายที่ :" / "เป้าหมายที่ 3.3.4 ครูและ..." (the form prints the value
    with the label's words; a wrap put them on a line of their own).  Then
    the line is that value, no second printing of the field."""
    return (bool(events) and events[-1].kind == "field" and events[-1].key == hit.key
            and not events[-1].text.strip(" .:-") and not text[: hit.start].strip()
            and not _SEPARATOR_AFTER_RE.match(text, hit.end) and bool(text[hit.end:].strip()))


RESTART_REACH = 4  # text lines (blank ones aside) after a fuzzily read restart label within which the form's head must go on


def _head_follows(lines: list[Line], at: int, spec: FormSpec, keys: frozenset[str]) -> bool:
    """Whether a label of one of `keys` (its value as the field's must be, FormSpec.restart_values), or such a
    field told by its value's shape (FormSpec.shaped), stands within RESTART_REACH text lines after line `at`."""
    seen = 0
    for ln in lines[at + 1:]:
        if ln.kind != "text" or not ln.text.strip():
            continue
        seen += 1
        if seen > RESTART_REACH:
            return False
        for hit in spec.anchors.scan(ln.text):
            if hit.key in keys and (hit.key not in spec.restart_values
                                    or spec.restart_values[hit.key](ln.text[hit.end:])):
                return True
        if any(key in keys and pattern.search(ln.text) for key, pattern in spec.shaped):
            return True
    return False


def scan(lines: list[Line], spec: FormSpec) -> list[Event]:
    """The document as heading, field and text events (see module doc)."""
    events: list[Event] = []
    finders: dict[str, Callable[[str], tuple[str, str, str] | None] | None] = {}  # _shaped per section, built once
    section = "lead"
    closed = False  # the certification closed the form: a header label after it starts the form again
    inferred: str | None = None  # the section in force, where its line opened it (spec.opened_by)
    for i, ln in enumerate(lines):
        if ln.kind != "text":
            if ln.kind == "signature":
                events.append(Event("signature", None, ln.text, ln.no))
                closed = closed or section in spec.opaque_sections
            continue
        line_section = section
        honored = []
        for hit in spec.anchors.scan(ln.text):
            if hit.key in spec.ignored:
                honored.append(hit)
                continue
            is_label = hit.anchor.kind == "label"
            restart = hit.key in spec.restart_headings if not is_label else hit.key in spec.restart_fields
            if restart and is_label and hit.score < 100 and section in spec.opaque_sections \
                    and hit.key in spec.restart_values and not spec.restart_values[hit.key](ln.text[hit.end:]):
                continue  # a word like the label in the section's text, its value nothing like the field's
            if restart and is_label and hit.score < 100 and section in spec.opaque_sections \
                    and hit.key in spec.restart_followed and not _head_follows(lines, i, spec,
                                                                              spec.restart_followed[hit.key]):
                continue  # a word like the label in the section's text, no more of the form's head after it
            if not is_label and hit.key in spec.closing:
                closed = True
            elif is_label and closed and spec.fields[hit.key].sections is None:
                restart, closed = True, False  # the next form, its name and code labels lost to OCR
            elif restart:
                closed = False
            if section in spec.opaque_sections and not (restart or hit.key in spec.closing or hit.key == inferred):
                continue  # (the heading of a section its first line opened, printed after that line: read as one)
            if is_label and not restart:
                allowed = spec.fields[hit.key].sections
                if allowed is not None and section not in allowed:
                    continue
                if _value_opens_with_label(events, hit, ln.text):
                    continue
            if not is_label:
                section = hit.key
            elif restart:
                section = "lead"  # the form starts again
            if section != inferred:
                inferred = None
            honored.append(hit)
        if line_section not in finders:
            finders[line_section] = _shaped(spec, line_section)
        shaped = finders[line_section]
        if not honored and (opened := _opened_by(spec, line_section, ln.text)) is not None:
            events.append(Event("heading", opened, ln.text, ln.no))
            events.append(Event("text", None, ln.text, ln.no, ln.bullet, ln.indent, ln.cols))
            section = inferred = opened
            continue
        if not honored:
            found = shaped(ln.text) if shaped else None
            if found is None:
                events.append(Event("text", None, ln.text, ln.no, ln.bullet, ln.indent, ln.cols))
                continue
            if found[0]:
                events.append(Event("text", None, found[0], ln.no, ln.bullet, ln.indent))
            events.append(_shaped_event(events, found, ln.no))
            continue
        lead = ln.text[: honored[0].start].strip(" \t")
        if honored[0].anchor.kind == "label":
            lead = _without_label_echo(lead, ln.text[honored[0].start:honored[0].end])
        found = shaped(lead) if shaped and lead else None
        if found is not None:
            lead = found[0]
        if lead:
            events.append(Event("text", None, lead, ln.no, ln.bullet, ln.indent))
        if found is not None:
            events.append(_shaped_event(events, found, ln.no))
        at = line_section  # the section in force at each hit
        for hit, nxt in zip(honored, honored[1:] + [None]):
            value = ln.text[hit.end: nxt.start if nxt else len(ln.text)].strip(" \t")
            if nxt is not None and nxt.anchor.kind == "label":
                value = _without_label_echo(value, ln.text[nxt.start:nxt.end])
            if hit.anchor.kind == "label":
                if hit.key in spec.restart_fields:
                    at = "lead"
                if value and at not in finders:
                    finders[at] = _shaped(spec, at)
                shaped = finders[at] if value else None
                found = shaped(value) if shaped else None
                if found is not None and found[1] != hit.key:  # a garbled label's field ends this value
                    events.append(Event("field", hit.key, found[0], ln.no))
                    events.append(Event("field", found[1], found[2], ln.no))
                    continue
                events.append(Event("field", hit.key, value, ln.no))
                continue
            if hit.key not in spec.ignored:
                at = hit.key
                events.append(Event("heading", hit.key, "", ln.no))
            if value:
                events.append(Event("text", None, value, ln.no, ln.bullet and not lead))
    return events


def _opened_by(spec: FormSpec, section: str, text: str) -> str | None:
    """The heading OCR lost whose section `text`, a text line of `section`,
    opens (FormSpec.opened_by), or None."""
    for key, pattern, after in spec.opened_by:
        if section in after and pattern.match(text):
            return key
    return None


# the last token of a value: one Thai consonant and the marks after it, a space before it
_LAST_SYLLABLE_RE = re.compile(f"(?<=\\S)\\s+([\u0e01-\u0e2e][{THAI_MARKS}\u0e30-\u0e39]{{0,3}})$")


def _without_label_echo(value: str, label: str) -> str:
    """A value without the echo OCR made of the next label's first letters
    before it ("... ฝ่ายปกครอง ชื่ ชื่อผู้รับผิดชอบ", "... นิเทศก์ ชี
    ชื่อผู้รับผิดชอบ"): a lone consonant and its marks, the label's first
    consonant, ending the value (before, the section read
    "ฝ่ายปกครอง ชื่": fresh set s61o).  A value of one token is left."""
    m = _LAST_SYLLABLE_RE.search(value)
    if m is None or not label or m.group(1)[0] != label[0]:
        return value
    return value[:m.start()]


def _shaped_event(events: list[Event], found: tuple[str, str, str], no: int) -> Event:
    """The event of a value told by its shape (_shaped) at a line's start:
    its field's, or, where the event before it is that field's label with no
    value (the label closed the line above: "... รหัสโครงการ..." / ": 09000000-8036
    ปีงบประมาณ ..."), the label's value on the line under it, a text that
    sort_out gives the label (a field seen twice would start a new copy,
    split_copies, cutting the form's head from the rest)."""
    if events and events[-1].kind == "field" and events[-1].key == found[1] and not events[-1].text.strip():
        return Event("text", None, found[2], no)
    return Event("field", found[1], found[2], no)


def _shaped(spec: FormSpec, section: str) -> Callable[[str], tuple[str, str, str] | None] | None:
    """What finds a field by its value's shape at the end of a piece of text
    (FormSpec.shaped): (the text before it, the field key, the value); None
    outside the field sections, where no header field stands."""
    if not spec.shaped or section not in spec.field_sections:
        return None

    def find(text: str) -> tuple[str, str, str] | None:
        for key, pattern in spec.shaped:
            m = pattern.search(text)
            if m is not None:
                return text[: m.start()].strip(" \t"), key, m.group("value")
        return None

    return find


@dataclass(slots=True)
class Copy:
    index: int
    events: list[Event] = field(default_factory=list)
    fields_seen: set[str] = field(default_factory=set)
    headings_seen: set[str] = field(default_factory=set)
    headings_inferred: dict[str, int] = field(default_factory=dict)  # heading OCR lost, found by its text: its line

    @property
    def line_start(self) -> int:
        return min(ev.line for ev in self.events)

    @property
    def line_end(self) -> int:
        return max(ev.line for ev in self.events)


def split_copies(events: list[Event], spec: FormSpec) -> list[Copy]:
    """Start a new copy where the form starts again (see module doc)."""
    copies: list[Copy] = []
    cur: Copy | None = None
    closed = False  # the certification closed the copy (see scan)
    for ev in events:
        restart = cur is not None and (
            (ev.kind == "heading" and ev.key in spec.restart_headings
             and (cur.fields_seen & spec.restart_fields or cur.headings_seen & spec.last_sections))
            or (ev.kind == "heading" and ev.key in spec.repeat_headings and ev.key in cur.headings_seen
                and cur.headings_seen & spec.last_sections)
            or (ev.kind == "field" and ev.key in cur.fields_seen and ev.key in spec.restart_fields)
            or (ev.kind == "field" and closed)
        )
        if cur is None or restart:
            moved = _form_head(cur, ev, spec) if restart else []
            cur = Copy(len(copies))
            for before in moved:
                cur.events.append(before)
                if before.kind == "field":
                    cur.fields_seen.add(before.key)
            copies.append(cur)
            closed = False
        if (ev.kind == "signature" or (ev.kind == "heading" and ev.key in spec.closing)) \
                and cur.headings_seen & spec.last_sections:
            closed = True
        cur.events.append(ev)
        if ev.kind == "field":
            cur.fields_seen.add(ev.key)
        elif ev.kind == "heading":
            if ev.text and ev.key not in cur.headings_seen:  # (a heading its section's first line told: scan)
                cur.headings_inferred[ev.key] = ev.line
            cur.headings_seen.add(ev.key)
    return copies


def fold_last_copy(copies: list[Copy], texts: dict[int, str]) -> list[Copy]:
    """The copies with the last one's events moved to the copy before, its
    fields as text (`texts`: each line's text as read, by line number): a
    "copy" the form's rules found to be no copy (a line past the copy
    before that the anchors took for a label)."""
    copies[-2].events += [ev if ev.kind != "field" else Event("text", None, texts.get(ev.line, ev.text), ev.line)
                          for ev in copies[-1].events]
    return copies[:-1]


def _form_head(cur: Copy, ev: Event, spec: FormSpec) -> list[Event]:
    """The events at the end of `cur` that open the copy a field `ev` seen again restarts: a restart field of
    another key (the form's name, printed right above its code) with only its text after it (its value's wrap)
    belongs with the code under it, not with the copy before; taken off `cur` and returned.  (A form whose title
    and section headings are page headers, or a cover page that prints the code too: the restart came at the code
    line, and the name and its wrap stood in the copy before, read as the last report's description.)"""
    if ev.kind != "field" or not cur.events:
        return []
    k = len(cur.events)
    while k > 0 and cur.events[k - 1].kind == "text":
        k -= 1
    if k < 2:  # (the copy would be left with nothing)
        return []
    head = cur.events[k - 1]
    if head.kind != "field" or head.key == ev.key or head.key not in spec.restart_fields \
            or any(e.kind == "field" and e.key == head.key for e in cur.events[:k - 1]):
        return []
    moved = cur.events[k - 1:]
    del cur.events[k - 1:]
    cur.fields_seen.discard(head.key)
    return moved


@dataclass(slots=True)
class Parts:
    """One copy sorted out: field values and each section's text."""

    fields: list[tuple[str, str, int, int]] = field(default_factory=list)  # key, value, first line, last line
    sections: dict[str, list[Line]] = field(default_factory=dict)
    furniture: list[Line] = field(default_factory=list)
    signatures: list[Line] = field(default_factory=list)
    headings: list[tuple[str, int]] = field(default_factory=list)  # each heading's key and line


def sort_out(copy: Copy, spec: FormSpec) -> Parts:
    """Fields with their continuation lines, and text per section.  A text
    line right after a field, in a field section, continues the field when
    the field may wrap (a line that starts indented opens a new paragraph
    instead), or when the field has no value yet (the value on the next line).
    A short line of OCR specks under a wrapping value is set aside as
    furniture (normalizers.furniture.is_specks)."""
    parts = Parts()
    section = "lead"
    after_field = False
    for ev in copy.events:
        if ev.kind == "heading":
            section, after_field = ev.key, False
            parts.headings.append((ev.key, ev.line))
        elif ev.kind == "field":
            parts.fields.append((ev.key, ev.text, ev.line, ev.line))
            after_field = True
        elif ev.kind == "signature":
            parts.signatures.append(Line(ev.line, ev.text, "signature"))
        elif section in spec.furniture_sections:
            parts.furniture.append(Line(ev.line, ev.text))
        else:
            if after_field and section in spec.field_sections and parts.fields and ev.bullet:
                key, value, start, _ = parts.fields[-1]
                if value and spec.fields[key].wraps and is_specks(ev.text):
                    # specks under a wrapped value that OCR read with a dash first ("-|-", a page number garbled
                    # at a page break): furniture, as without the dash; the value may go on past them
                    parts.furniture.append(Line(ev.line, ev.text))
                    continue
                goes_on = spec.fields[key].dash_wraps
                if value and goes_on is not None and goes_on(value, ev.text):
                    parts.fields[-1] = (key, f"{value.rstrip()} – {ev.text.lstrip()}", start, ev.line)
                    continue
            elif after_field and section in spec.field_sections and parts.fields:
                key, value, start, _ = parts.fields[-1]
                if value and spec.fields[key].wraps and _SLASH_LINE_RE.match(ev.text) and " / " in value:
                    # a slash alone under a value whose parts slashes part ("สำนักการศึกษา / สำนักงานการศึกษาพิเศษ" / "/"
                    # / "กลุ่มงาน..."): the separator the page wrapped, no speck
                    parts.fields[-1] = (key, f"{value.rstrip()} /", start, ev.line)
                    continue
                if value and spec.fields[key].wraps and (is_specks(ev.text) or _latin_under_thai(value, ev.text)):
                    parts.furniture.append(Line(ev.line, ev.text))  # OCR specks under a wrapped value
                    continue
                if value and spec.fields[key].wraps and (glued := _glued_label(spec, ev.text, section, parts.fields)):
                    # another field's label glued to its value, under a wrapping value ("หน่วยงานที่รับผิดชอบสำนักงาน
                    # เขต..."): that field, not the value going on
                    parts.fields.append((glued[0], glued[1], ev.line, ev.line))
                    continue
                if value and (lost_label(ev.text) and (value.rstrip(" )")[-1:].isdigit()
                                                        or not _SEPARATOR_FIRST_RE.match(ev.text))
                              or cut_label(ev.text, spec) is not None):
                    # a value that ended on its number (a phone), then ": นางจิราพร ศรีสุข โทร.7790", or a
                    # garbled label and its separator ("a: Han 1 ร้อยละ...", or a label's last letters,
                    # "ชวัด... : มิติที่๑"): a field whose label OCR lost, not this value's end (left as section
                    # text, for the form to place or flag)
                    pass
                elif value and (closed := spec.fields[key].closed) is not None and closed(value, ev.text):
                    pass  # the value reads whole and the line holds nothing of its kind: section text
                elif not value or (spec.fields[key].wraps and not ev.indent) or _incomplete(spec.fields[key], value):
                    parts.fields[-1] = (key, join_wrapped([value, ev.text]), start, ev.line)
                    continue
                elif (empty := _left_empty_on_line(parts.fields, spec, ev.text)) is not None:
                    # "รหัสโครงการ :        ปีงบประมาณ พ.ศ. : 2567" / "09000000-2492": the line's first label left
                    # with no value, the next one's value whole; the line below is the first one's value
                    k, _, s, _ = parts.fields[empty]
                    parts.fields[empty] = (k, ev.text.strip(), s, ev.line)
                    continue
            after_field = False
            parts.sections.setdefault(section, []).append(Line(ev.line, ev.text, "text", ev.bullet, ev.indent, ev.cols))
    return parts


def _left_empty_on_line(fields: list[tuple[str, str, int, int]], spec: FormSpec, text: str) -> int | None:
    """The index of a field the line above left with no value, where a label
    after it on the same line has a whole value that does not wrap (OCR set
    the first value on the line below: "รหัสโครงการ :      ปีงบประมาณ พ.ศ. :
    2567" / "09000000-2492"), when `text` reads as that field's value (its
    converter takes it): then `text` is that value.  None otherwise: the
    line is section text, for the form to place or flag."""
    key, value, start, end = fields[-1]
    f = spec.fields[key]
    if not value.strip(" .:-") or f.wraps or _incomplete(f, value) or start != end:
        return None
    empty = [i for i, (_, v, s, e) in enumerate(fields[:-1]) if s == e == start and not v.strip(" .:-")]
    if len(empty) != 1 or spec.fields[fields[empty[0]][0]].wraps:
        return None
    try:
        spec.fields[fields[empty[0]][0]].convert(text.strip())
    except ValueParseError:
        return None
    return empty[0]


_SLASH_LINE_RE = re.compile(r"^\s*/\s*$")  # a line of one slash


GLUED_LABEL_MIN = 12  # skeleton letters of a label told glued to its value at a line's start (a long one only)


def _glued_label(spec: FormSpec, text: str, section: str,
                 fields: list[tuple[str, str, int, int]]) -> tuple[str, str] | None:
    """(key, value) where a line opens with a field's label glued to its value, OCR's gap between them lost
    ("หน่วยงานที่รับผิดชอบสำนักงานเขตยานนาวา / ฝ่ายการศึกษา", where the anchors want a separator or a gap after a
    label): a long label (GLUED_LABEL_MIN skeleton letters), of a field that counts in the section and is not
    read yet in the copy, a Thai letter right after it.  Else None."""
    sk = skeleton_of(text)
    if len(sk.text) <= GLUED_LABEL_MIN:
        return None
    seen = {key for key, *_ in fields}
    for key, spec_field in spec.fields.items():
        label = _label_skeleton(spec_field.label)
        if len(label) < GLUED_LABEL_MIN or key in seen or not sk.text.startswith(label) \
                or spec_field.sections is not None and section not in spec_field.sections:
            continue
        end = sk.pos[len(label) - 1] + 1
        while end < len(text) and _MARK_RE.match(text[end]):
            end += 1  # the label's last letter's marks
        if end < len(text) and _THAI_OPENING_RE.match(text[end]):
            return key, text[end:].strip()
    return None


@lru_cache(maxsize=256)
def _label_skeleton(label: str) -> str:
    return skeleton_of(label).text


_MARK_RE = re.compile(f"[{THAI_MARKS}]")
_THAI_OPENING_RE = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44]")  # a consonant or a leading vowel


# A short line of one Latin word, nothing else ("You"): what OCR reads from specks at times
_LATIN_WORD_LINE_RE = re.compile(r"[A-Za-z]{1,5}")
_THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e2e]")


def _latin_under_thai(value: str, text: str) -> bool:
    """A lone short Latin word under a value whose last word is Thai
    ("ฝ่ายปกครอง" / "You"): OCR specks, no wrap of the value (a value
    that wraps in Latin ends in Latin: "... Bangkok as a" / "City")."""
    last = value.split()[-1] if value.split() else ""
    return bool(_LATIN_WORD_LINE_RE.fullmatch(text.strip())) and bool(_THAI_LETTER_RE.search(last))


def _incomplete(f: Field, value: str) -> bool:
    return f.complete is not None and not f.complete(value)


# A line that opens with a label's separator: its label was lost (or is on the line above, with no value).
_SEPARATOR_FIRST_RE = re.compile(r"^\s*(?::+|=:|;)\s*\S")
# ... or with what OCR left of its label (one to three characters, no Thai letter) and the separator, or what
# it left of a label printed with its dotted leader (up to six characters, no Thai letter, then the dots:
# "MIA... : HAN ๑", 'AIM"... : NAN 1', "@...: NAN" for "ตัวชี้วัด... : มิติที่ ๑")
_LOST_LABEL_RE = re.compile(r"^\s*(?:[^\s\u0e01-\u0e4e:;=]{1,3}\s?|[^\s\u0e01-\u0e4e:;=.]{1,6}\.{2,}\s?)?"
                            r"(?::+|=:|;)\s*(?=\S)")


def lost_label(text: str) -> str | None:
    """The value of a line that opens with a lost or garbled label and its
    separator (": นางจิราพร ศรีสุข", "a: Han 1 ร้อยละ..."), else None."""
    m = _LOST_LABEL_RE.match(text)
    return text[m.end():] if m else None


# A line that opens with a label's last letters, OCR having cut its head ("ชวัด... : มิติที่๑", "ด... : มิติที่ 1"
# for "ตัวชี้วัด... :", " 0 สยป : นาย..." for "ผู้ประสานงาน สยป :"): specks perhaps before them, then the separator
_CUT_LABEL_RE = re.compile(r"^\s*(?:[^\s\u0e01-\u0e4e:;=]{1,3}\s)?(?P<tail>[\u0e01-\u0e4e]{1,16})"
                           r"(?P<dots>\s?(?:\.{2,}|…+))?\s*(?::+|=:|;)\s*(?=\S)")
CUT_LABEL_MIN = 3  # skeleton letters a cut label keeps when no dotted leader follows them (one with it: "ด... :")


def cut_label(text: str, spec: FormSpec) -> tuple[tuple[str, ...], str] | None:
    """(the fields, among spec.cut_labels, whose label ends with the letters
    a line opens with, the value after its separator) where the line opens
    with a label's last letters and its separator, OCR having cut the
    label's head: a dotted leader after them (the form prints one after the
    label) or CUT_LABEL_MIN letters at least, and fewer than the label's
    (a whole label is an anchor).  Else None."""
    if not spec.cut_labels:
        return None
    m = _CUT_LABEL_RE.match(text)
    if m is None:
        return None
    tail = skeleton_of(m.group("tail")).text
    if not tail or (len(tail) < CUT_LABEL_MIN and not m.group("dots")):
        return None
    keys = tuple(key for key in sorted(spec.cut_labels)
                 if len(_label_skeleton(spec.fields[key].label)) > len(tail)
                 and _label_skeleton(spec.fields[key].label).endswith(tail))
    return (keys, text[m.end():]) if keys else None


# A line that is a label's last letters alone with the label's dotted leader or separator after them, no value
# ("อผู้รับผิดชอบ..." for "ชื่อผู้รับผิดชอบ... :", its value OCR set on the line above)
_LABEL_TAIL_LINE_RE = re.compile(r"^\s*(?P<tail>[\u0e01-\u0e4e]{1,16})\s?(?:(?:\.{2,}|…+)\s*(?::+|=:|;)?|(?::+|=:|;))\s*$")


def label_tail_line(text: str, spec: FormSpec) -> bool:
    """Whether a line is the last letters of one of the form's labels (the
    whole label, or CUT_LABEL_MIN letters of it at least) and its dotted
    leader or separator, nothing else: a label standing on its own line,
    its head perhaps cut by OCR (cut_label's letters, with no value after
    them), no wrapped end of a value (a value's words end in no leader)."""
    m = _LABEL_TAIL_LINE_RE.match(text)
    if m is None:
        return False
    tail = skeleton_of(m.group("tail")).text
    return len(tail) >= CUT_LABEL_MIN and any(_label_skeleton(f.label).endswith(tail) for f in spec.fields.values())


# What a field's value is made of, one at least: a digit, two Thai letters together (a consonant first), or two Latin
# letters.  A value without ("|", "ะ": specks OCR read beside a label, a table's rule) is none
_VALUE_MATTER_RE = re.compile(r"[0-9๐-๙]|[\u0e01-\u0e2e][\u0e01-\u0e4e]|[A-Za-z]{2}")


def read_fields(parts: Parts, spec: FormSpec, out: CopyReading) -> None:
    """Each field's value through its converter into the copy's project record."""
    seen: set[str] = set()
    empty: dict[str, Issue] = {}  # a field printed with no value, and its issue: a later printing of it is read
    for key, value, start, end in parts.fields:
        f = spec.fields[key]
        where = f"projects.{f.columns[0]}"
        bare = not value.strip(" .:-") or _VALUE_MATTER_RE.search(value) is None
        if key in seen and not (key in empty and not bare):
            out.issues.append(Issue("warning", "repeated_field", f"{f.label} printed twice in copy "
                                    f"{out.index + 1}; the first is kept", value, start, end, field=where))
            continue
        if key in empty:
            # the first printing held nothing a value is made of: this one is the field's, said at the first's line
            first = empty.pop(key)
            out.issues[:] = [i for i in out.issues if i is not first]
            out.issues.append(Issue("warning", "repeated_field", f"{f.label} printed twice in copy "
                                    f"{out.index + 1}; the first (line {first.line_start}) holds no value, this one "
                                    "is kept", first.evidence, first.line_start, end, field=where))
        seen.add(key)
        if bare:
            empty[key] = Issue("warning", "missing_value", f"{f.label} has no value", value.strip(), start, end,
                               field=where)
            out.issues.append(empty[key])
            continue
        try:
            typed = f.convert(value)
        except ValueParseError as exc:
            out.issues.append(Issue("error", "unparsed_value", f"{f.label}: {exc.reason}", value, start, end,
                                    field=where))
            # the text as printed, for a repair from the document's other figures (never a row value)
            out.put("project", 0, f"{f.columns[0]}_printed", Reading(value, value, start, end))
            continue
        for column, v in zip(f.columns, typed):
            if v not in (None, ""):
                out.put("project", 0, column, Reading(v, value, start, end))


def read_once(read_copy: Callable[[Copy], CopyReading]) -> Callable[[Copy], CopyReading]:
    """`read_copy` with a copy that repeats one read before read once: a
    copy whose events are those of an earlier copy (the same kinds, keys and
    texts, on lines the same distance apart: a form printed over and over
    by a broken export, on one line or page after page) gets a clone of that
    reading under its own index, its line numbers moved.  The second such
    copy is read anyway and must equal the clone of the first (a reading
    whose issue messages name its own line numbers would not): only then do
    the third and later copies get clones.  What a reading holds depends on
    its copy's events alone, so a clone is what reading the copy again
    gives, at a fraction of the cost."""
    read: dict[tuple, tuple[int, CopyReading, bool]] = {}  # events -> (first line, reading, clones proven)

    def once(copy: Copy) -> CopyReading:
        base = copy.events[0].line if copy.events else 0
        key = tuple((ev.kind, ev.key, ev.text, ev.line - base, ev.bullet, ev.indent, ev.cols) for ev in copy.events)
        known = read.get(key)
        if known is not None and known[2]:
            return known[1].clone(copy.index, base - known[0])
        reading = read_copy(copy)
        if known is None:
            read[key] = (base, reading.clone(copy.index), False)  # kept as read (the caller may add to its own)
        elif known[1].clone(copy.index, base - known[0]) == reading:
            read[key] = (known[0], known[1], True)
        return reading

    return once


def identity_of(out: CopyReading, code: str | None = "project_code", name: str = "name") -> tuple[str | None, str | None]:
    """A copy's identity for the vote: its project code and name as read."""
    project = out.tables.get("project", {}).get(0, {})
    c = project.get(code) if code else None
    n = project.get(name)
    return (c.value if c else None, n.value if n else None)


IDENTITY_NAME_AGREEMENT = 85.0  # rapidfuzz ratio at which two copies' project names are one project


def names_agree(name_a: str | None, name_b: str | None) -> bool:
    """Two project names (of copies' identities, identity_of) that agree
    allowing OCR slips: compared on their skeletons, as OCR drops tone marks
    and vowels more than anything (the vote's grouping, pipeline.vote, and a
    form's own reading of its copies ask it)."""
    return bool(name_a and name_b and fuzz.ratio(skeleton(comparable(name_a)), skeleton(comparable(name_b)))
                >= IDENTITY_NAME_AGREEMENT)


def same_project(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two copies print the same project: the same code, or codes
    two characters apart at most, or apart only by digits OCR confuses
    (normalizers.confusions.confusable), with names that agree; or, where
    either lacks a code, names that agree allowing OCR slips."""
    (code_a, name_a), (code_b, name_b) = a, b
    agree = names_agree(name_a, name_b)
    if code_a and code_b:
        ka, kb = comparable(code_a), comparable(code_b)
        return ka == kb or (len(ka) == len(kb) and agree
                            and (sum(x != y for x, y in zip(ka, kb)) <= 2 or codes_confusable(ka, kb)))
    return agree


def codes_confusable(a: str, b: str) -> bool:
    """Codes of equal length apart only by digits OCR confuses (normalizers.confusions.confusable), or
    by those and one ARABIC_FOR_THAI pair."""
    if confusable(a, b):
        return True
    odd = [i for i, (x, y) in enumerate(zip(a, b)) if x != y and not confusable(x, y)]
    return len(odd) == 1 and frozenset((a[odd[0]], b[odd[0]])) in ARABIC_FOR_THAI


def mark_cut_short(readings: list[CopyReading], copy: Copy, message: str, field: str) -> None:
    """A form_truncated error on the last copy's reading: the file ends at
    the copy's last event (`message` names it with {line})."""
    last = copy.events[-1]
    readings[-1].issues.append(truncated_issue(last.line, last.text, message.format(line=last.line), field))


def truncated_issue(line: int, text: str, message: str, field: str) -> Issue:
    """The form_truncated error of a file that ends at `line` (its `text`)
    inside a form."""
    return Issue("error", "form_truncated", message, text, line, line, field=field)
