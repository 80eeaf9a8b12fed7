"""Section 2 of the BMA progress form: the report entries.

An entry is printed as
    รายงานครั้งที่ N :: date : description
        :: ความก้าวหน้าของงานฯ = X % : งบประมาณที่เบิกใช้ (ครั้งที่ N) = Y บาท
        : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
but OCR and pagination move the pieces about.  So each line is first cut into
events (header, date, text, the four figure clauses, expense lines); then the
events are assembled:

* text and expense lines belong to the entry whose header came last;
* figure clauses fill a *figure group*; a clause the open group already has,
  or a new progress clause, starts a new group.  A group belongs to the entry
  its budget clause names ("(ครั้งที่ 7)"), else to the entry current when the
  group opened.  This puts entry 7's figures printed on entry 8's header line,
  and a clause left over on the next entry's line, where they belong;
* a header followed by neither a date, nor a figure clause, nor "::" (the
  "- รายงานครั้งที่ 3 : 2) ..." inside a list) is text of the current entry
  when the same report number has a dated header elsewhere in the copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from normalizers.dates import find_dates
from normalizers.errors import ValueParseError
from normalizers.numbers import NUMBER, parse_baht, parse_percent, thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, mark_tolerant
from parsers.labels import label_words
from schemas.document import Issue, Line

_REPORT = mark_tolerant("รายงานครั้งที่")
_TIME = mark_tolerant("ครั้งที่")

# The entry header: "รายงานครั้งที่ 12", "รายงานครั้งที่1".
HEADER_RE = regex.compile(rf"{_REPORT}\s*(\d{{1,3}})(?!\d)")
# ":: ความก้าวหน้าของงานฯ = 5.00 %": the percent sign is often missing.
PROGRESS_RE = regex.compile(
    rf"{label_words('ความก้าวหน้า', 'ของงาน')}\s*ฯ?\s*[=:]?\s*({NUMBER})\s*%?"
)
# ": งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท": the report number names the
# entry the figures belong to.  OCR may lose the closing bracket, and a
# wrapped line may carry the amount to the next line (then it is None here
# and the next line's leading amount fills it).
BUDGET_RE = regex.compile(
    rf"{label_words('งบประมาณ', 'เบิกใช้')}\s*(?:[(\[]\s*{_TIME}\s*(\d{{1,3}})?\s*[)\]}}]?)?\s*[=:]?\s*(?:({NUMBER})\s*(?:\.\s*-)?)?\s*(?:บาท)?"
)
# A continuation line that opens with the rest of a budget clause a line
# break cut: "= 0 บาท", "1)=0บาท" (the report number, then the amount).
_LEADING_AMOUNT_RE = regex.compile(
    rf"^\s*(?:\(?\s*(?:{_TIME}\s*)?(\d{{1,3}})\s*[)\]}}])?\s*[=:]?\s*({NUMBER})\s*(?:\.\s*-)?\s*(?:บาท)?"
)
# What is left of a clause a line break cut: the unit alone.
_DANGLING_UNIT_RE = regex.compile(r"^\s*บาท\b")
# ": เป็นไปตามแผน" / ": ไม่เป็นไปตามแผน"; must follow a separator so the same
# words inside a description do not count.
PLAN_RE = regex.compile(rf"(?:^|[:;])\s*(ไม่\s*)?{mark_tolerant('เป็นไปตามแผน')}")
TARGET_RE = regex.compile(rf"(?:^|[:;])\s*(ไม่\s*)?{mark_tolerant('เป็นไปตามเป้าหมาย')}")
# An expense line under an entry: "ค่าอาหารฯ = 10,000.- บาท".
EXPENSE_RE = regex.compile(rf"^([^=:]{{2,80}}?)\s*=\s*({NUMBER})\s*(?:\.\s*-)?\s*บาท")
# ":: 10/9/2561 : ..." at a line start: the date of an entry whose header
# stood alone on the line before (or before a page break).
# "::" before a date; OCR reads it ":", ";", "=:" as well.
_LEAD_SEP_RE = regex.compile(r"^\s*(?:[:;=]\s*){1,2}")
_SEPS = " \t:;"
_DOUBLE_SEP_RE = regex.compile(r"\s*(?:[:;=]\s*){2}")  # "::" says "header" even without a date

CANCEL_RE = regex.compile(rf"^\s*{mark_tolerant('ยกเลิกโครงการ')}")


@dataclass(slots=True)
class Event:
    kind: str  # header | false_header | date | text | progress | budget | plan | target | expense
    line: int
    value: object = None
    seq: int | None = None  # the report number a header or budget clause names
    text: str = ""


@dataclass(slots=True)
class FigureGroup:
    hint: int | None  # the entry current when the group opened
    explicit: int | None = None  # the entry named by "(ครั้งที่ N)"
    values: dict[str, object] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    line_start: int = 0
    line_end: int = 0

    @property
    def owner(self) -> int | None:
        return self.explicit if self.explicit is not None else self.hint

    def complete(self) -> bool:
        return len(self.values) == 4


@dataclass(slots=True)
class Entry:
    seq: int
    line_start: int
    line_end: int
    date: object = None
    date_text: str = ""
    texts: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)
    figure_texts: dict[str, str] = field(default_factory=dict)
    expenses: list[tuple[str, Decimal, int]] = field(default_factory=list)

    @property
    def description(self) -> str:
        return clean_value(join_wrapped(self.texts))

    @property
    def cancelled(self) -> bool:
        return bool(CANCEL_RE.match(self.description))


# Letters each clause keeps whatever marks OCR drops, looked up in the line
# with spaces removed before the (slower) mark-tolerant regex is tried.
_PROGRESS_KEY, _BUDGET_KEY, _PLAN_KEY = "ความก", "งบประมาณ", "ไปตาม"


def _clauses(src: str, orig: str, no: int) -> list[tuple[int, int, Event]]:
    """Figure clauses in one line as (start, end, event)."""
    compact = src.replace(" ", "")
    if _PROGRESS_KEY not in compact and _BUDGET_KEY not in compact and _PLAN_KEY not in compact:
        return []
    found = []
    for m in PROGRESS_RE.finditer(src) if _PROGRESS_KEY in compact else ():
        found.append((m.start(), m.end(), Event("progress", no, m.group(1), text=orig[m.start():m.end()])))
    for m in BUDGET_RE.finditer(src) if _BUDGET_KEY in compact else ():
        seq = int(m.group(1)) if m.group(1) else None
        found.append((m.start(), m.end(), Event("budget", no, m.group(2), seq=seq, text=orig[m.start():m.end()])))
    for rx, kind in ((PLAN_RE, "plan"), (TARGET_RE, "target")) if _PLAN_KEY in compact else ():
        for m in rx.finditer(src):
            found.append((m.start(), m.end(), Event(kind, no, not m.group(1), text=orig[m.start():m.end()].strip(_SEPS))))
    found.sort(key=lambda t: t[0])
    # drop overlaps (keep the earliest)
    out: list[tuple[int, int, Event]] = []
    for item in found:
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def _leading_date(src: str) -> tuple[object, int] | None:
    """A date right at the start of `src` (after separators): (date, end)."""
    lead = _LEAD_SEP_RE.match(src)
    offset = lead.end() if lead else len(src) - len(src.lstrip())
    for day, (a, b) in find_dates(src[offset: offset + 40]):
        if a <= 1:
            return day, offset + b
        break
    return None


def line_events(line: Line) -> list[Event]:
    """Cut one line of section 2 into events, in reading order."""
    orig = line.text
    src = thai_digits_to_arabic(orig)  # same length: offsets carry over
    events: list[Event] = []
    clauses = _clauses(src, orig, line.no)

    expense = EXPENSE_RE.match(src)
    if expense and not clauses and not HEADER_RE.match(src):
        events.append(Event("expense", line.no, expense.group(2), text=clean_value(orig[: expense.end(1)])))
        rest = orig[expense.end():].strip(_SEPS)
        if rest:
            events.append(Event("text", line.no, text=rest))
        return events

    pos = 0
    header = HEADER_RE.search(src)
    if header and not src[: header.start()].strip(_SEPS + "-"):
        seq = int(header.group(1))
        after = src[header.end():]
        dated = _leading_date(after)
        first_clause = clauses[0][0] - header.end() if clauses else None
        gap = after[: first_clause] if first_clause is not None else after
        if dated:
            events.append(Event("header", line.no, dated[0], seq=seq, text=orig[header.end(): header.end() + dated[1]]))
            pos = header.end() + dated[1]
        elif not gap.strip(_SEPS):
            # header alone, or directly followed by figure clauses
            events.append(Event("header", line.no, None, seq=seq))
            pos = header.end()
        elif _DOUBLE_SEP_RE.match(after):
            # "::" after the number says header even though the date is unreadable
            events.append(Event("header", line.no, None, seq=seq, text="undated"))
            pos = header.end()
        else:
            events.append(Event("false_header", line.no, None, seq=seq, text=orig[: header.end()]))
            pos = header.end()
    elif not clauses or clauses[0][0] > 0:
        dated = _leading_date(src)
        if dated and _LEAD_SEP_RE.match(src):
            events.append(Event("date", line.no, dated[0], text=orig[: dated[1]]))
            pos = dated[1]

    for start, end, event in clauses:
        if start < pos:
            continue
        piece = orig[pos:start].strip(_SEPS)
        if piece:
            events.append(Event("text", line.no, text=piece))
        events.append(event)
        pos = end
    piece = orig[pos:].strip(_SEPS)
    if piece:
        events.append(Event("text", line.no, text=piece))
    return events


@dataclass(slots=True)
class EntriesResult:
    entries: dict[int, Entry]
    issues: list[Issue]
    preamble: list[str]


def assemble(events: list[Event]) -> EntriesResult:
    """Entries from the events of one copy's section 2 (see module doc)."""
    issues: list[Issue] = []
    dated_seqs = {e.seq for e in events if e.kind == "header" and e.value is not None}
    entries: dict[int, Entry] = {}
    groups: list[FigureGroup] = []
    current: Entry | None = None
    open_group: FigureGroup | None = None
    preamble: list[str] = []

    def add_text(text: str, line: int) -> None:
        if current is None:
            preamble.append(text)
        else:
            current.texts.append(text)
            current.line_end = max(current.line_end, line)

    wants_amount: FigureGroup | None = None  # a budget clause whose amount a line break carried off
    after_budget = False  # the previous event was a budget clause
    for ev in events:
        if ev.kind == "text" and (wants_amount is not None or after_budget):
            text = ev.text
            m = _LEADING_AMOUNT_RE.match(thai_digits_to_arabic(text)) if wants_amount is not None else None
            if m:
                wants_amount.values["budget"] = m.group(2)
                if m.group(1) and wants_amount.explicit is None:
                    wants_amount.explicit = int(m.group(1))
                wants_amount.texts["budget"] += " " + text[: m.end()].strip()
                text = text[m.end():]
            elif _DANGLING_UNIT_RE.match(text):
                text = _DANGLING_UNIT_RE.sub("", text, count=1)
            text = text.strip(_SEPS)
            if not text:
                wants_amount, after_budget = None, False
                continue
            ev = Event("text", ev.line, text=text)
        wants_amount = None
        after_budget = ev.kind == "budget"
        if ev.kind == "header" and ev.value is None and ev.text == "undated" and ev.seq in dated_seqs:
            ev = Event("false_header", ev.line, None, seq=ev.seq, text="")
        if ev.kind == "false_header":
            is_real = (
                ev.seq not in dated_seqs
                and ev.seq not in entries
                and ev.seq == (max(entries) + 1 if entries else 1)
            )
            if not is_real:
                issues.append(Issue("warning", "false_entry_header",
                                    f"'รายงานครั้งที่ {ev.seq}' inside entry {current.seq if current else '-'} "
                                    "is not followed by a date; read as text of that entry",
                                    ev.text, ev.line, ev.line, field="progress_reports.seq"))
                continue
            ev = Event("header", ev.line, None, seq=ev.seq)
            issues.append(Issue("warning", "entry_date_missing", f"report {ev.seq} has no readable date",
                                "", ev.line, ev.line, field="progress_reports.report_date"))
        if ev.kind == "header":
            seq = ev.seq
            if seq in entries and entries[seq] is not current:
                issues.append(Issue("warning", "duplicate_entry_header",
                                    f"report number {seq} appears twice in one copy; later text kept under the first",
                                    "", ev.line, ev.line, field="progress_reports.seq"))
            if seq in entries:
                current = entries[seq]
                if ev.value is not None and current.date is None:
                    current.date, current.date_text = ev.value, ev.text
                current.line_end = max(current.line_end, ev.line)
                continue
            current = Entry(seq, ev.line, ev.line, ev.value, ev.text)
            entries[seq] = current
            continue
        if ev.kind == "date":
            if current is not None and current.date is None:
                current.date, current.date_text = ev.value, ev.text
                current.line_end = max(current.line_end, ev.line)
            else:
                add_text(ev.text.strip(_SEPS), ev.line)
            continue
        if ev.kind == "text":
            add_text(ev.text, ev.line)
            continue
        if ev.kind == "expense":
            if current is None:
                preamble.append(ev.text)
                continue
            current.expenses.append((ev.text, ev.value, ev.line))
            current.line_end = max(current.line_end, ev.line)
            continue
        # a figure clause
        if open_group is None or ev.kind in open_group.values or (ev.kind == "progress" and open_group.values):
            open_group = FigureGroup(hint=current.seq if current else None, line_start=ev.line)
            groups.append(open_group)
        open_group.values[ev.kind] = ev.value
        open_group.texts[ev.kind] = ev.text
        open_group.line_end = ev.line
        if ev.kind == "budget" and ev.seq is not None:
            open_group.explicit = ev.seq
        if ev.kind == "budget" and ev.value is None:
            wants_amount = open_group
        if open_group.complete():
            open_group = None

    for group in groups:
        owner = group.owner
        if owner is None or owner not in entries:
            issues.append(Issue("warning", "orphan_figures",
                                f"figures for report {owner} found but no such report header",
                                "; ".join(group.texts.values()), group.line_start, group.line_end,
                                field="progress_reports"))
            continue
        entry = entries[owner]
        for kind, value in group.values.items():
            if kind in entry.figures:
                if entry.figures[kind] != value:
                    issues.append(Issue("warning", "conflicting_figures",
                                        f"report {owner} has two {kind} clauses in one copy; the first is kept",
                                        group.texts[kind], group.line_start, group.line_end,
                                        field=f"progress_reports.{kind}"))
                continue
            entry.figures[kind] = value
            entry.figure_texts[kind] = group.texts[kind]
        entry.line_end = max(entry.line_end, group.line_end)
        entry.line_start = min(entry.line_start, group.line_start)
    return EntriesResult(entries, issues, preamble)


def parse_entries(lines: list[Line]) -> EntriesResult:
    events: list[Event] = []
    for ln in lines:
        events.extend(line_events(ln))
    return assemble(events)


def figure_values(entry: Entry) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    """Typed figures of an entry and (field, text, reason) for those that fail."""
    out: dict[str, object] = {}
    bad: list[tuple[str, str, str]] = []
    if "progress" in entry.figures:
        try:
            out["progress_pct"] = parse_percent(str(entry.figures["progress"]))
        except ValueParseError as exc:
            bad.append(("progress_pct", entry.figure_texts["progress"], exc.reason))
    if "budget" in entry.figures and entry.figures["budget"] is None:
        bad.append(("disbursed", entry.figure_texts["budget"], "the budget clause has no amount"))
    elif "budget" in entry.figures:
        try:
            out["disbursed"] = parse_baht(str(entry.figures["budget"]))
        except ValueParseError as exc:
            bad.append(("disbursed", entry.figure_texts["budget"], exc.reason))
    if "plan" in entry.figures:
        out["on_plan"] = bool(entry.figures["plan"])
    if "target" in entry.figures:
        out["on_target"] = bool(entry.figures["target"])
    return out, bad
