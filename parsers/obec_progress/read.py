"""OBEC service-area progress report (รายงานความก้าวหน้าการดำเนินงานตาม
แผนปฏิบัติการ of a สพป. office): an opening summary, then the projects in
three status groups (completed, in progress, not started), numbering
restarting in each group.

A project opens with its numbered title ("๓. โครงการ...", "๓.๑ โครงการ...")
whose number follows the group's sequence; lines between the title and the
project's first section marker continue the title.  Inside a project the
markers of parsers.obec_progress.anchors say what each block is.  A project may
report two quarters one after the other; a new "ความก้าวหน้าของเป้าหมาย
โครงการ" after a budget or findings block starts the next round, and each
round's records carry its quarter.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from normalizers.confusions import could_be
from normalizers.errors import ValueParseError
from normalizers.numbers import (
    NUMBER_ANY_DIGITS,
    parse_baht,
    thai_digits_to_arabic,
)
from normalizers.text import clean_value, mark_tolerant
from parsers.engine import State, rule_text, run_rules
from parsers.grid import fold_tables
from parsers.items import numbered_items, printed_number, split_item_number
from parsers.values import span_text
from parsers.obec_progress.anchors import (
    ANCHORS,
    FINDING_KEYS,
    PLAN_KEYS,
    SECTION_KEYS,
    TARGET_KEYS,
    fiscal_year_of,
    match_marker,
    quarter_of,
)
from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.year import mentions_in, mentions_of
from parsers.repair import repair
from schemas.document import CopyReading, Issue, Line, Reading

DOC_TYPE = "obec_progress"

# The three status groups, by the words of their header line.
STATUS_PHRASES = {
    "completed": "โครงการที่ดำเนินการเสร็จสิ้นแล้ว",
    "in_progress": "โครงการที่อยู่ระหว่างดำเนินการ",
    "not_started": "โครงการที่ยังไม่ได้ดำเนินการ",
}
_STATUS_RES = {k: regex.compile(mark_tolerant(v)) for k, v in STATUS_PHRASES.items()}
# A project title: "โครงการ" right after the item number.
_TITLE_START_RE = regex.compile(rf"^{mark_tolerant('โครงการ')}")
# "กิจกรรมหลักที่ ๑ ..." opens a main activity.
_ACTIVITY_RE = regex.compile(rf"^{mark_tolerant('กิจกรรมหลักที่')}\s*([\d๐-๙]{{1,2}})\s*[.:)]?\s*")
# A cell that says "none": "-", "ไม่มี".
_NONE_RE = regex.compile(r"^(?:-+|–|ไม่มี|ไม่มี\s*-)$")


def status_of(text: str) -> str | None:
    """The status group a header line names, or None."""
    head = text[:80]
    for key, rx in _STATUS_RES.items():
        if rx.search(head):
            return key
    return None


# OCR debris inside a section: what a "-" (none), a speck or a page number became ("yy", "vy",
# "a", "๑7", "จ za", "เคง -"): a short line with no Thai word (three letters in a run) that is
# no item number ("๒.", "lo)"), or a short token and a dash.
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{2}")
_ITEM_ALONE_RE = regex.compile(r"^\(?\S{1,3}[.)]$")
_PAGE_NUMBER_LEFT_RE = regex.compile(r"^\S{1,4}\s+[-–]$")
DEBRIS_MAX = 8


def is_debris(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > DEBRIS_MAX or _NONE_RE.match(text):
        return False
    if _PAGE_NUMBER_LEFT_RE.match(text):
        return True
    return not _THAI_WORD_RE.search(text) and not _ITEM_ALONE_RE.match(text)


# ---------------------------------------------------------------- block rules

# An item number OCR could not read: a short token before the words
# ("ซ." for ๗, "acy," for ๑๗, "๓.ซ" for ๓.๗), or standing alone on its line.
_UNREADABLE_NUMBER_RE = regex.compile(rf"^(\S{{1,6}}?)[.,]?[\s.,]*(?={mark_tolerant('โครงการ')})")
_NUMBER_ONLY_RE = regex.compile(r"^\S{1,4}[.,]$")
# "จำนวน N โครงการ", with sara am read as mai tho + sara aa ("จ้านวน")
_GROUP_COUNT_RE = regex.compile(r"จ(?:ำ|[\u0e4d\u0e49]?า)นวน\s*\S{1,4}\s*โครงการ")
# the count a group header states, when it is a number no misread gives (Arabic digits)
_GROUP_NUMBER_RE = regex.compile(r"จ(?:ำ|[\u0e4d\u0e49]?า)นวน\s*(\d{1,3})\s*โครงการ")


def _number_or_speck(text: str) -> tuple[tuple[int, ...] | None, str, str | None]:
    """(number, rest, unreadable token): the item number, or the token that
    stands where a number should be."""
    number, rest = split_item_number(text)
    if number is not None:
        rest = rest.lstrip(" .,")  # "๔. ,โครงการ": a speck between the number and the title
        if _TITLE_START_RE.match(rest) or status_of(rest):
            return number, rest, None
    m = _UNREADABLE_NUMBER_RE.match(text)
    if m and not _TITLE_START_RE.match(text):
        return None, text[m.end():], m.group(1)
    return number, rest, None


def rule_group(state: State) -> bool:
    """A status-group header: a number (or what OCR made of it), the group's
    words and a count of projects; not a summary row (those give a
    percentage) or a chart legend (no number)."""
    line = state.line
    number, rest, speck = _number_or_speck(line.text)
    status = status_of(rest) if number or speck else None
    if status is None or "|" in line.text or "ร้อยละ" in line.text:
        return False
    if "\t" in line.text and not _GROUP_COUNT_RE.search(line.text.split("\t")[0]):
        return False  # a table row (a wide gap after the count is OCR's spacing, not a cell)
    if number is None and not _GROUP_COUNT_RE.search(rest):
        return False
    group_number = number[0] if number else list(STATUS_PHRASES).index(status) + 1
    count = _GROUP_NUMBER_RE.search(rest)
    state.context.update(status=status, group_number=group_number, expected=1, titles_only=True,
                         empty=bool(count and count.group(1) == "0"))
    state.emit("group", status, line.text, line, number=number)
    state.pos += 1
    return True


def rule_title(state: State) -> bool:
    """A project title whose number follows the group's sequence, or could be
    the next number misread; a title with a higher number is taken when a
    project section follows it (titles before it were missed).  A title whose
    number cannot be read at all is numbered by its place, which the group's
    count in the summary must confirm (see number_titles)."""
    line = state.line
    if "status" not in state.context:
        return False
    number, rest, speck = _number_or_speck(line.text)
    consumed = 1
    if number is None and speck is None and _NUMBER_ONLY_RE.match(line.text) and state.pos + 1 < len(state.lines):
        nxt = state.lines[state.pos + 1].text  # "on." alone, the title on the next line
        if _TITLE_START_RE.match(nxt):
            speck, rest, consumed = line.text, nxt, 2
    if number is None and speck is None and _TITLE_START_RE.match(line.text) and state.context.get("after_findings"):
        speck = ""  # no number at all, right after a project's findings: a section must vouch
    if (number is None and speck is None) or not _TITLE_START_RE.match(rest):
        return False
    if state.context.get("empty"):
        _next_group(state)
    expected = state.context["expected"]
    if number is None:
        # the number is unreadable: a following section, or a list of titles only, vouches for the title
        if not (_section_follows(state) or state.context.get("titles_only")):
            return False
        state.context["expected"] = expected + 1
        state.emit("title", state.context["status"], rest, line, state.lines[state.pos + consumed - 1],
                   seq=expected, repaired=speck or "(none)", inferred=state.context.pop("inferred", None))
        state.context["titles_only"] = True
        state.pos += consumed
        return True
    seq = number[-1]
    if len(number) == 2 and number[0] != state.context["group_number"]:
        return False
    repaired = None
    if seq != expected:
        if could_be(printed_number(line.text) or str(seq), str(expected)):  # a misread digit (๒๕ for ๒๔)
            repaired, seq = seq, expected
        elif not _section_follows(state):
            return False
        elif seq < expected:  # a number already passed: unreadable in effect; its place stands in (see number_titles)
            repaired, seq = str(seq), expected
        # else: a section vouches for the title and its number is what it says (titles before it were missed)
    state.context["expected"] = seq + 1
    state.emit("title", state.context["status"], rest, line, seq=seq, repaired=repaired,
               inferred=state.context.pop("inferred", None))
    state.context["titles_only"] = True  # until a section marker says otherwise
    state.pos += 1
    return True


def _next_group(state: State) -> None:
    """A title under a group whose header counts no projects (in Arabic
    digits, which OCR does not misread): the next group's header was lost,
    and the titles are that group's (rows come in the groups' order)."""
    order = list(STATUS_PHRASES)
    empty = state.context["status"]
    if order.index(empty) + 1 >= len(order):
        return
    status = order[order.index(empty) + 1]
    state.context.update(status=status, group_number=state.context["group_number"] + 1, expected=1, empty=False,
                         inferred=empty)


def _section_follows(state: State, window: int = 4) -> bool:
    """A project section marker within `window` lines, with no other title
    line before it."""
    for ln in state.lines[state.pos + 1: state.pos + 1 + window]:
        number, rest = split_item_number(ln.text)
        if number is not None and _TITLE_START_RE.match(rest):
            return False
        found = match_marker(ln.text)
        if found and found[0].key in SECTION_KEYS:
            return True
    return False


def rule_marker(state: State) -> bool:
    """A section marker (see parsers.obec_progress.anchors)."""
    line = state.line
    found = match_marker(line.text)
    if found is None:
        return False
    hit, rest = found
    state.context["titles_only"] = False
    if hit.key in FINDING_KEYS:
        state.context["after_findings"] = True
    elif hit.key in ("targets", "output"):
        state.context["after_findings"] = False
    state.emit("marker", hit.key, rest, line, heading=line.text)
    state.pos += 1
    return True


def rule_activity(state: State) -> bool:
    """"กิจกรรมหลักที่ N ..." opens a main activity."""
    line = state.line
    m = _ACTIVITY_RE.match(line.text)
    if not m:
        return False
    state.emit("activity", None, line.text[m.end():], line, number=int(thai_digits_to_arabic(m.group(1))))
    state.pos += 1
    return True


RULES: list[tuple[str, Callable[[State], bool]]] = [
    ("group", rule_group),
    ("title", rule_title),
    ("marker", rule_marker),
    ("activity", rule_activity),
    ("text", rule_text),
]


# ---------------------------------------------------------------- assembly

@dataclass(slots=True)
class Round:
    """One quarter's report of a project (most projects have one)."""
    index: int
    quarter: tuple[int, str] | None = None  # as printed; repaired when it is read
    quarter_line: int = 0
    blocks: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class Project:
    status: str
    seq: int
    title_lines: list[Line]
    repaired: int | None = None
    rounds: list[Round] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)
    line_end: int = 0
    after_empty: str | None = None  # the group before said it holds none: this group's header was not read


# A title-only list item (no sections follow) may wrap onto a short next line.
TITLE_WRAP_MAX = 150


def assemble(blocks: list[Any]) -> tuple[list[Line], list[Project]]:
    """Summary lines (before the first project) and the projects."""
    summary: list[Line] = []
    projects: list[Project] = []
    for block in blocks:
        line = Line(block.line_start, block.data.get("heading", block.text) if block.kind == "marker" else block.text)
        if block.kind == "title":
            projects.append(Project(block.key, block.data["seq"], [Line(block.line_start, block.text)],
                                    block.data.get("repaired"), line_end=block.line_end,
                                    after_empty=block.data.get("inferred")))
            continue
        if block.kind == "group":
            continue
        if not projects:
            summary.append(line)
            continue
        project = projects[-1]
        project.line_end = block.line_end
        if not project.rounds and block.kind == "text":
            # between the title and the first section: the title goes on
            if not is_debris(block.text):
                project.title_lines.append(line)
            continue
        if block.kind == "marker" and block.key == "targets" and project.rounds and any(
                b.kind == "marker" and b.key in ("budget", "findings") for b in project.rounds[-1].blocks):
            project.rounds.append(Round(len(project.rounds)))
        if not project.rounds:
            project.rounds.append(Round(0))
        project.rounds[-1].blocks.append(block)
    for project in projects:
        if not project.rounds:
            _trim_title_only(project)
            project.line_end = project.title_lines[-1].no
        for rnd in project.rounds:
            headed = next((b for b in rnd.blocks if b.kind == "marker" and b.key in ROUND_MARKERS
                           and quarter_of(b.data["heading"]) is not None), None)
            if headed is not None:
                rnd.quarter, rnd.quarter_line = quarter_of(headed.data["heading"]), headed.line_start
    return summary, projects


ROUND_MARKERS = ("targets", "activities", "budget", "findings")  # headings that name a round's quarter


def repair_quarter(quarter: tuple[int, str] | None, line: int, out: CopyReading, what: str,
                   field: str) -> int | None:
    """A quarter must be 1 to 4: a printed ๕ is a misread ๔ (parsers.repair)."""
    if quarter is None:
        return None
    value, printed = quarter
    outcome = repair(Reading(value, printed, line, line), int, lambda q: 1 <= q <= 4, rule="quarter_range",
                     field=field, what=what)
    if outcome.issue is not None:
        out.issues.append(outcome.issue)
    return outcome.value if 1 <= outcome.value <= 4 else None


def _trim_title_only(project: Project) -> None:
    """A title-only item keeps the short lines that directly continue it;
    anything after (a note, a back cover) is unplaced text."""
    keep = [project.title_lines[0]]
    for i, ln in enumerate(project.title_lines[1:], start=1):
        if len(ln.text) <= TITLE_WRAP_MAX and ln.no <= keep[-1].no + 2:
            keep.append(ln)
        else:
            project.unplaced = project.title_lines[i:]
            break
    project.title_lines = keep


# ---------------------------------------------------------------- one round

_ASPECT = {"aspect_quantity": "quantity", "aspect_quality": "quality"}
_ASPECT_SPLIT_RE = regex.compile(rf"\s(?=(?:{mark_tolerant('เชิงปริมาณ')}|{mark_tolerant('เชิงคุณภาพ')})\s)")


@dataclass(slots=True)
class RoundRecords:
    targets: list[tuple[str, str | None, list[Line]]] = field(default_factory=list)  # kind, aspect, lines
    activities: list[tuple[int, Line, list[Line]]] = field(default_factory=list)
    alignments: list[tuple[str, list[Line]]] = field(default_factory=list)
    budgets: list[dict[str, Any]] = field(default_factory=list)
    findings: list[tuple[str, str | None, list[Line]]] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)


def read_round(rnd: Round) -> RoundRecords:
    """Sort a round's blocks into targets, activities, alignments, budgets, findings."""
    out = RoundRecords()
    buffer: list[Line] | None = None  # where text lines go now
    kind: str | None = None  # the target or finding kind in force
    mode = None
    for block in rnd.blocks:
        line = Line(block.line_start, block.text)
        if block.kind == "marker":
            key = block.key
            if key in TARGET_KEYS:
                mode, kind = "target", TARGET_KEYS[key]
                out.targets.append((kind, None, []))
                buffer = out.targets[-1][2]
            elif key in _ASPECT and mode in ("target", "finding"):
                target = out.targets if mode == "target" else out.findings
                target.append((kind, _ASPECT[key], [line] if block.text else []))
                buffer = target[-1][2]
            elif key in PLAN_KEYS:
                mode = "plan"
                out.alignments.append((clean_value(block.data["heading"]), []))
                buffer = out.alignments[-1][1]
            elif key == "budget":
                mode = "budget"
                heading = block.data["heading"]
                out.budgets.append({"heading": heading, "quarter": quarter_of(heading),
                                    "fiscal_year_be": fiscal_year_of(heading), "lines": [line.no], "note": []})
                buffer = None
            elif key in ("budget_planned", "budget_disbursed", "budget_note"):
                if not out.budgets or mode not in ("budget", "budget_note"):
                    out.budgets.append({"heading": "", "quarter": None, "fiscal_year_be": None, "lines": [], "note": []})
                budget = out.budgets[-1]
                budget["lines"].append(line.no)
                if key == "budget_note":
                    mode = "budget_note"
                    buffer = budget["note"]
                    if block.text:
                        buffer.append(line)
                else:
                    budget[key] = (block.text, line.no)
                    mode, buffer = "budget", None
            elif key in FINDING_KEYS:
                mode, kind = "finding", FINDING_KEYS[key]
                out.findings.append((kind, None, []))
                buffer = out.findings[-1][2]
            elif key in ("targets", "activities", "alignment", "findings"):
                mode, buffer = key, None
            elif key == "steps":
                continue
            else:
                (buffer if buffer is not None else out.unplaced).append(line)
        elif block.kind == "activity":
            mode = "activity"
            out.activities.append((block.data["number"], line, []))
            buffer = out.activities[-1][2]
        elif block.kind in ("text", "title", "group"):
            if is_debris(block.text):
                continue
            if mode == "budget" and out.budgets:
                pending = [k for k in ("budget_planned", "budget_disbursed") if k in out.budgets[-1]
                           and not _has_amount(out.budgets[-1][k][0])]
                if pending:
                    out.budgets[-1][pending[0]] = (block.text, line.no)
                    continue
            (buffer if buffer is not None else out.unplaced).append(line)
    return out


_AMOUNT_RE = regex.compile(NUMBER_ANY_DIGITS)


def _has_amount(text: str) -> bool:
    return bool(_AMOUNT_RE.search(text))


def items_of(lines: list[Line]) -> list[tuple[str, int, int]]:
    """One item per numbered entry ("๑.", "๑)"); text without numbers is one
    item; a bare "-" means none."""
    lines = [ln for ln in lines if not _NONE_RE.match(ln.text)]
    if not lines:
        return []
    items, lead = numbered_items(lines)
    out = []
    if lead:
        out.append((clean_value(span_text(lead)), lead[0].no, lead[-1].no))
    out += [(item.text, item.line_start, item.line_end) for item in items if item.text]
    return out


def split_aspects(aspect: str | None, lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """A paragraph "เชิงปริมาณ ... เชิงคุณภาพ ..." is two aspects."""
    out: list[tuple[str | None, list[Line]]] = [(aspect, [])]
    for ln in lines:
        parts = _ASPECT_SPLIT_RE.split(ln.text)
        for j, part in enumerate(parts):
            found = match_marker(part)
            if found and found[0].key in _ASPECT and (j > 0 or not out[-1][1]):
                out.append((_ASPECT[found[0].key], [Line(ln.no, found[1])] if found[1] else []))
            else:
                out[-1][1].append(Line(ln.no, part))
    return [(a, ls) for a, ls in out if ls]


# ---------------------------------------------------------------- copies

# The report's own title: where a report printed again starts over.
_REPORT_TITLE_RE = regex.compile(
    rf"{mark_tolerant('รายงานความก้าวหน้า')}\s*{mark_tolerant('การดำเนินงานตามแผนปฏิบัติการ')}"
    rf"|{mark_tolerant('รายงานสรุปความก้าวหน้าของการดำเนินโครงการ')}"
)
_OFFICE_RE = regex.compile(rf"^{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")


_SUMMARY_TITLE_RE = regex.compile(mark_tolerant("รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"))
_COUNT_WORD_RE = regex.compile(r"จ(?:ำ|[\u0e4d\u0e49]?า)นวน")


def _opens_summary(lines: list[Line], i: int, window: int = 8) -> bool:
    """The report's summary follows line i: its title, or its rows (a count
    of projects and their share)."""
    return any(_SUMMARY_TITLE_RE.search(ln.text) or ("ร้อยละ" in ln.text and _COUNT_WORD_RE.search(ln.text))
               for ln in lines[i: i + 1 + window])


def split_reports(lines: list[Line]) -> list[list[Line]]:
    """The copies of a report printed more than once: a copy starts again at
    the report's title, with the office line before it or the summary's
    counts after it, once a status group of projects has been met."""
    copies: list[list[Line]] = [[]]
    seen_group = False
    for i, ln in enumerate(lines):
        if seen_group and _REPORT_TITLE_RE.search(ln.text[:120]):
            cur = copies[-1]
            back = len(cur)
            for j in range(len(cur) - 1, max(-1, len(cur) - 4), -1):
                if _OFFICE_RE.match(cur[j].text):
                    back = j
                    break
            if back == len(cur) and not _opens_summary(lines, i):
                copies[-1].append(ln)  # the title as a page's running header: no new copy
                continue
            copies.append(cur[back:])
            del cur[back:]
            seen_group = False
        copies[-1].append(ln)
        number, rest = split_item_number(ln.text)
        if number is not None and status_of(rest) and _GROUP_COUNT_RE.search(rest) and "ร้อยละ" not in rest:
            seen_group = True
    return [c for c in copies if c]


# A line this long holds more than a paragraph: a report printed without line breaks.
LONG_LINE = 2000
# Inside such a line, where a project title or main activity starts.
_INLINE_START_RE = regex.compile(
    rf"(?<=\s)(?:[\d๐-๙]{{1,2}}\.(?:[\d๐-๙]{{1,2}}\.?)?\s*(?={mark_tolerant('โครงการ')})"
    rf"|(?={mark_tolerant('กิจกรรมหลักที่')}))"
)


# The period tail of a heading: "(Output)", "ประจำไตรมาสที่ 1 ปีงบประมาณ 2565", "ฉบับที่ 13".
_TAIL_END_RE = regex.compile(rf"\s*(?:\([^()]{{0,40}}\)|.{{0,40}}?{mark_tolerant('ปีงบประมาณ')}\s*(?:พ\.\s*ศ\.\s*)?\d{{4,5}}"
                           rf"|{mark_tolerant('ฉบับที่')}\s*\d{{1,3}})")


# Anchors too common in running text to cut at anywhere: each only right after the one it follows
# in the report ("ผลการดำเนินงาน" opens a findings block; elsewhere it is words of a sentence).
_ONLY_AFTER = {"result": "findings"}


def _cuts(text: str) -> dict[int, bool]:
    """Where the report's parts start inside running text: its markers (and
    the end of a heading's period tail), numbered titles, main activities;
    each cut says whether a part opens there (False: a heading's tail ends)."""
    src = thai_digits_to_arabic(text)  # same length: offsets carry over
    opens = {m.start() for m in _INLINE_START_RE.finditer(text)}
    opens |= {m.start() for m in _REPORT_TITLE_RE.finditer(text)}
    ends: set[int] = set()
    prev_key, prev_end = None, 0
    for anchor, a, b in ANCHORS.occurrences(text):
        after = _ONLY_AFTER.get(anchor.key)
        if after is not None and (prev_key != after or text[prev_end:a].strip()):
            continue
        opens.add(a)
        if anchor.kind == "heading":
            tail = _TAIL_END_RE.match(src, b) if anchor.tail else None
            b = tail.end() if tail else b
            ends.add(b)
        prev_key, prev_end = anchor.key, b
    opens |= _progress_cuts(text, src, opens | ends)
    opens |= {m.start() for m in _SIGNATURE_RE.finditer(text)}
    return {c: c in opens for c in opens | ends}


# In running text, where a main activity's progress starts after its name: a clause stating its
# status in the report's own status words (in progress, done, not yet done), its participants,
# or its first numbered step ("2.1" under activity 2).
_PROGRESS_RE = regex.compile(
    "(?<=\\s)(?:" + "|".join(mark_tolerant(w) for w in (
        "ได้ดำเนินการ", "ดำเนินการแล้ว", "ดำเนินการครบ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ", "มีผู้เข้าร่วม"))
    + ")"
)
_ACTIVITY_AT_RE = regex.compile(rf"{mark_tolerant('กิจกรรมหลักที่')}\s*(\d{{1,2}})")


def _progress_cuts(text: str, src: str, cuts: set[int]) -> set[int]:
    """The start of each main activity's progress inside running text (see _PROGRESS_RE)."""
    out = set()
    bounds = sorted(cuts | {len(text)})
    for m in _ACTIVITY_AT_RE.finditer(src):
        end = bounds[bisect_right(bounds, m.start())]
        name = m.end() + 4  # the name's first words are never its progress
        step = regex.compile(rf"(?<=\s){m.group(1)}\.1\s").search(src, name, end)
        status = _PROGRESS_RE.search(text, name, end)
        found = [x.start() for x in (step, status) if x is not None]
        if found:
            out.add(min(found))
    return out


# A signature block in running text: "ลงชื่อ......ผู้รายงาน (name) ตำแหน่ง ...", to the end.
_SIGNATURE_RE = regex.compile(rf"\(?{mark_tolerant('ลงชื่อ')}\)?\s*[.…_]{{3,}}")


def runs_on(lines: list[Line]) -> bool:
    """The report is printed as running text (a paragraph wrapped at the page
    width, or one line): most of its long headings stand inside a line, not
    at its start (read over the lines joined, so a heading the page width
    wrapped counts too)."""
    joined, starts = _joined(lines)
    line_starts = set(starts)
    inside = at_start = 0
    for anchor, a, _ in ANCHORS.occurrences(joined):
        if anchor.anywhere:
            if a in line_starts:
                at_start += 1
            else:
                inside += 1
    return inside > max(2, at_start)


def _joined(lines: list[Line]) -> tuple[str, list[int]]:
    """The lines as one text (single spaces between) and where each starts in it."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    return " ".join(ln.text for ln in lines), starts


def explode(lines: list[Line]) -> list[Line]:
    """A report printed as running text cut where its parts start, so the
    line rules can read it: the lines are read as one text (a part may start
    at the end of one line and go on in the next) and each is cut at the part
    starts that fall inside it, keeping its own line number; a marker that
    may not carry text on its line gets a piece of its own.  Other reports
    are left as printed, but for a line too long to be anything but a whole
    report."""
    if not runs_on(lines):
        return [piece for ln in lines for piece in (_cut(ln, _cuts(ln.text)) if len(ln.text) >= LONG_LINE else [ln])]
    joined, starts = _joined(lines)
    cuts = _cuts(joined)
    bounds = sorted(set(cuts) | {0, len(joined)})
    out: list[Line] = []
    for a, b in zip(bounds, bounds[1:]):
        first, last = bisect_right(starts, a) - 1, bisect_right(starts, b - 1) - 1
        if first != last and cuts.get(a) and b - a <= JOIN_MAX:
            # a heading, title or marker the page width wrapped: one piece, on the line it starts on
            out.append(Line(lines[first].no, joined[a:b].strip()))
            continue
        for k in range(first, last + 1):
            piece = joined[max(a, starts[k]): min(b, starts[k] + len(lines[k].text))].strip()
            if piece:
                out.append(Line(lines[k].no, piece))
    return out


JOIN_MAX = 250  # characters: a part that opens with a heading, title or marker and is this short is one piece


def _cut(ln: Line, cuts: set[int] | dict[int, bool]) -> list[Line]:
    if not set(cuts) - {0}:
        return [ln]
    bounds = sorted(set(cuts) | {0, len(ln.text)})
    return [Line(ln.no, ln.text[a:c].strip()) for a, c in zip(bounds, bounds[1:]) if ln.text[a:c].strip()]


def number_titles(projects: list[Project], summary: dict[str, Reading], out: CopyReading) -> None:
    """Projects whose number could not be read are numbered by their place in
    their group; that is a repair when the summary's count for the group
    equals the titles found (none was missed), else it is only flagged."""
    for status in STATUS_PHRASES:
        group = [p for p in projects if p.status == status]
        stated = summary.get(f"n_{status}")
        confirmed = stated is not None and stated.value == len(group) and [p.seq for p in group] == list(
            range(1, len(group) + 1))
        for p in group:
            if p.repaired is None or isinstance(p.repaired, int):
                continue
            span = (p.title_lines[0].no, p.title_lines[0].no)
            evidence = json.dumps({"rule": "count", "printed": p.repaired, "chosen": p.seq if confirmed else None},
                                  ensure_ascii=False)
            if confirmed:
                out.issues.append(Issue("warning", "value_repaired",
                                        f"the number of {status} project {p.seq} is unreadable ({p.repaired!r}); it is "
                                        f"number {p.seq} of the {len(group)} the summary counts", evidence, *span,
                                        field="projects.group_seq"))
            else:
                out.issues.append(Issue("warning", "repair_ambiguous",
                                        f"the number of a {status} project is unreadable ({p.repaired!r}); it is kept "
                                        f"as {p.seq}, its place among the titles read, which the summary's count does "
                                        "not confirm", evidence, *span, field="projects.group_seq"))
            p.repaired = None


def read_copies(lines: list[Line]) -> list[CopyReading]:
    """Every printed copy of the report, each with its identity (office,
    fiscal year, round) so that copies vote."""
    lines = explode(ANCHORS.join_wrapped([ln for ln in lines if ln.kind == "text"]))
    return [read_report(i, part) for i, part in enumerate(split_reports(drop_signatures(lines)))]


# The reporter's signature: "ลงชื่อ......ผู้รายงาน", "...ผู้รายงาน (นางสาว...)"; the position under it.
_REPORTER_RE = regex.compile(rf"{mark_tolerant('ผู้รายงาน')}\s*\(|^{_SIGNATURE_RE.pattern}")
_POSITION_RE = regex.compile(rf"^(?:{mark_tolerant('ตำแหน่ง')}\s|\([^()]{{3,60}}\)$)")


def drop_signatures(lines: list[Line]) -> list[Line]:
    """The lines without the reporter's signature block (what the clean-up
    stage could not tell from text: a signature inside running text, or
    one whose dotted line OCR garbled), which belongs to no project."""
    out: list[Line] = []
    signed = False
    for ln in lines:
        if _REPORTER_RE.search(ln.text) or (signed and _POSITION_RE.match(ln.text)):
            signed = True
            continue
        signed = False
        out.append(ln)
    return out


def read_report(index: int, lines: list[Line]) -> CopyReading:
    blocks = run_rules(fold_tables(lines), RULES)
    summary_lines, projects = assemble(blocks)
    out = CopyReading(index, lines[0].no if lines else 1, lines[-1].no if lines else 1)
    summary, issues = read_summary(summary_lines)
    out.issues.extend(issues)
    for name, reading in summary.items():
        out.put("summary", 0, name, reading)
    # a report printed twice is the same office's report (its other figures are what the vote decides)
    out.identity = (None, summary["office"].value if "office" in summary else None)
    number_titles(projects, summary, out)
    mentions = mentions_in(lines)
    # what the year consensus counts (rows.py); keyed by copy, so that copies add up rather than vote
    for i, (ln, (kind, printed, month)) in enumerate(mentions, start=1):
        out.put("year_mentions", (index, i), "text", Reading(printed, printed, ln.no, ln.no))
        out.put("year_mentions", (index, i), "kind", Reading(kind, kind, ln.no, ln.no))
        out.put("year_mentions", (index, i), "month", Reading(month, str(month), ln.no, ln.no))
    for p in projects:
        key = (p.status, p.seq)
        title = clean_value(span_text(p.title_lines))
        span = (p.title_lines[0].no, max(p.line_end, p.title_lines[-1].no))
        out.put("project", key, "name", Reading(title, title, *span))
        out.put("project", key, "plan_status", Reading(p.status, p.status, *span))
        out.put("project", key, "group_seq", Reading(p.seq, str(p.seq), *span))
        if p.repaired is not None:
            out.issues.append(Issue("warning", "value_repaired",
                                    f"project number {p.repaired} in the {p.status} group read as {p.seq}: it follows "
                                    f"number {p.seq - 1} and opens a project",
                                    json.dumps({"rule": "item_sequence", "printed": str(p.repaired), "chosen": p.seq,
                                                "text": p.title_lines[0].text}, ensure_ascii=False),
                                    *span, field="projects.group_seq"))
        if p.after_empty:
            out.issues.append(Issue("warning", "value_repaired",
                                    f"the {p.after_empty} group counts no projects and the {p.status} group's header "
                                    f"was not read: the projects from here on are {p.status}",
                                    json.dumps({"rule": "count", "printed": p.after_empty, "chosen": p.status},
                                               ensure_ascii=False), *span, field="projects.plan_status"))
        out.leave("unplaced_text", f"text after {p.status} project {p.seq} that belongs to no section",
                  p.unplaced, "projects")
        for rnd in p.rounds:
            read_round_into(out, key, rnd)
    return out


def read_round_into(out: CopyReading, key: tuple[str, int], rnd: Round) -> None:
    recs = read_round(rnd)
    q = repair_quarter(rnd.quarter, rnd.quarter_line, out, f"the quarter of {key[0]} project {key[1]}",
                       "targets.quarter")
    base = (*key, rnd.index)
    round_years = [printed for b in rnd.blocks if b.kind == "marker" and b.key in ("targets", "activities", "findings")
                   for kind, printed, _ in mentions_of(b.data["heading"]) if kind == "heading"]
    seqs: dict[Any, int] = {}

    def next_seq(group: Any) -> int:
        seqs[group] = seqs.get(group, 0) + 1
        return seqs[group]

    for kind, aspect, lines in recs.targets:
        for asp, part in split_aspects(aspect, lines):
            for text, a, b in items_of(part):
                rk = (*base, "target", kind, next_seq(("t", kind)))
                out.put("targets", rk, "text", Reading(text, text, a, b))
                out.put("targets", rk, "aspect", Reading(asp, asp or "", a, b))
                out.put("targets", rk, "quarter", Reading(q, "", a, b))
    for number, line, lines in recs.activities:
        rk = (*base, "activity", next_seq("a"))
        end = lines[-1].no if lines else line.no
        if not line.text.strip() and lines:  # "กิจกรรมหลักที่ 2" alone: its text is the next line
            line, lines = lines[0], lines[1:]
        text = clean_value(line.text)
        out.put("activities", rk, "text", Reading(text, text, line.no, end))
        out.put("activities", rk, "number", Reading(number, str(number), line.no, end))
        out.put("activities", rk, "quarter", Reading(q, "", line.no, end))
        progress = [ln for ln in lines if not _NONE_RE.match(ln.text)]
        if progress:
            value = clean_value(span_text(progress))
            out.put("activities", rk, "progress", Reading(value, value, line.no, end))
    for plan, lines in recs.alignments:
        lines = [ln for ln in lines if not _NONE_RE.match(ln.text)]
        if not lines:
            continue
        rk = (*base, "alignment", next_seq("p"))
        text = clean_value(span_text(lines))
        out.put("alignments", rk, "plan", Reading(plan, plan, lines[0].no, lines[-1].no))
        out.put("alignments", rk, "text", Reading(text, text, lines[0].no, lines[-1].no))
        out.put("alignments", rk, "quarter", Reading(q, "", lines[0].no, lines[-1].no))
    for budget in recs.budgets:
        rk = (*base, "budget", next_seq("b"))
        lines_no = budget["lines"] + [ln.no for ln in budget["note"]]
        a, b = min(lines_no), max(lines_no)
        quarter = repair_quarter(budget["quarter"], a, out, f"a budget section's quarter ({key[0]} project {key[1]})",
                                 "quarterly_budgets.quarter") or q
        out.put("quarterly_budgets", rk, "quarter", Reading(quarter, budget["heading"], a, b))
        out.put("quarterly_budgets", rk, "fiscal_year_be", Reading(budget["fiscal_year_be"], budget["heading"], a, b))
        if round_years:  # what the round's other headings print (rows.py: an earlier year, or a misread)
            out.put("quarterly_budgets", rk, "round_years", Reading(" ".join(round_years), " ".join(round_years), a, b))
        for name, column in (("budget_planned", "planned"), ("budget_disbursed", "disbursed")):
            if name not in budget:
                continue
            text, no = budget[name]
            try:
                out.put("quarterly_budgets", rk, column, Reading(parse_baht(text), text, no, no))
            except ValueParseError as exc:
                out.issues.append(Issue("error", "unparsed_value", f"{column}: {exc.reason}", text, no, no,
                                        field=f"quarterly_budgets.{column}"))
        if budget["note"]:
            note = clean_value(span_text(budget["note"]))
            out.put("quarterly_budgets", rk, "note", Reading(note, note, a, b))
    for kind, aspect, lines in recs.findings:
        for text, a, b in items_of(lines):
            rk = (*base, "finding", kind, next_seq(("f", kind)))
            out.put("findings", rk, "text", Reading(text, text, a, b))
            out.put("findings", rk, "aspect", Reading(aspect, aspect or "", a, b))
            out.put("findings", rk, "quarter", Reading(q, "", a, b))
    out.leave("unplaced_text", f"text in {key[0]} project {key[1]} that belongs to no section", recs.unplaced,
              "projects")

