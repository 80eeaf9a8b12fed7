"""Section 2 of the BMA progress form: the report entries, from their clauses.

An entry's parts are clauses wherever they stand:

    รายงานครั้งที่ N            the header (or a bare "N" in a table's first column)
    :: D/M/BE : description     its date and what was done
    ความก้าวหน้าของงานฯ = X %   progress
    งบประมาณที่เบิกใช้ (ครั้งที่ N) = Y บาท    the disbursement, naming its entry
    : เป็นไปตามแผน : เป็นไปตามเป้าหมาย       plan and target flags (ไม่... when late)
    ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท     expense lines

Each piece of text is cut into clause events (`events_of`), then the events
are assembled (`assemble`) by the numbers they carry and the order they come
in, so that the layouts a form is printed or OCR'd in give the same entries:

* an entry per group of lines, or all entries in one running paragraph:
  parts follow their header;
* a four-column table read row by row: the same, a row per entry;
* the same table read column by column (all numbers, then all dates and
  descriptions, then all figures, then all flags): a run of headers with
  nothing between them opens *column mode*, where each kind of part goes to
  the first entry of the run that lacks it;
* a budget clause that names its entry ("(ครั้งที่ 7)") puts its figures
  there whatever the layout (sample 000 prints entry 7's figures on entry 8's
  line);
* a header that is neither dated nor followed by figures or "::", while
  the same number has a dated header elsewhere, is text of the entry it
  stands in ("- รายงานครั้งที่ 3 : 2) ..." inside entry 2 of sample 001).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from normalizers.dates import find_dates
from normalizers.errors import ValueParseError
from normalizers.numbers import NUMBER, parse_baht, parse_decimal, parse_percent, thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, mark_tolerant, skeleton
from parsers.repair import repair
from schemas.document import Issue, Line, Reading

_TIME = mark_tolerant("ครั้งที่")
# "รายงานครั้งที่", also split by OCR over two lines with a speck line between ("รายงาน / via / ครั้งที1")
_REPORT = rf"{mark_tolerant('รายงาน')}(?:\s*\n(?:[^\n\d]{{1,6}}\n)?\s*|\s?){_TIME}"
_SEPS = " \t:;|"
_SEPS_NL = _SEPS + "\n"

# The entry header: "รายงานครั้งที่ 12", "รายงานครั้งที่1".
HEADER_RE = regex.compile(rf"{_REPORT}\s*(\d{{1,3}})(?!\d)")
# A table's number cell: a bare report number opening a row ("1<tab>8/10/2562 : ...")
# or standing alone (a column read top to bottom).
NUMBER_CELL_RE = regex.compile(
    rf"^\s*(?:{_TIME}\s*)?(\d{{1,3}})\s*[.|:]?\s*(?=\t|\||$|\s\d{{1,2}}\s*[/.-]\s*\d|\s\d{{4}}-)"
)
# "ความก้าวหน้าของงานฯ = 5.00 %": progress; the words may lose marks.
PROGRESS_RE = regex.compile(
    rf"{mark_tolerant('ความก้าวหน้าของงาน')}\s*ฯ?\s*[=:]?\s*({NUMBER})\s*%?"
)
# "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท": the report number names the entry
# the figures belong to.  OCR may lose the closing bracket, a baht sign may
# stand before the amount (฿, or what OCR makes of it), and a wrapped line
# may carry the amount to the next line (then it is None here and the next
# line's leading amount fills it).
BUDGET_RE = regex.compile(
    rf"{mark_tolerant('งบประมาณ')}.{{0,4}}?{mark_tolerant('เบิกใช้')}\s*(?:[(\[]\s*{_TIME}\s*(\d{{1,3}})?\s*[)\]}}]?)?"
    rf"\s*[=:]?\s*(?:฿\s*)?(?:({NUMBER})(?:\s*\.\s*-)?)?(?:\s*บาท)?"
)
_LEADING_AMOUNT_RE = regex.compile(
    rf"^\s*(?:\(?\s*(?:{_TIME}\s*)?(\d{{1,3}})\s*[)\]}}])?\s*[=:]?\s*(?:฿\s*)?({NUMBER})\s*(?:\.\s*-)?\s*(?:บาท)?"
)
_DANGLING_UNIT_RE = regex.compile(r"^\s*บาท\b")
# ": เป็นไปตามแผน" / ": ไม่เป็นไปตามแผน"; after a separator or a cell gap,
# so the same words inside a description do not count.
PLAN_RE = regex.compile(rf"(?:^|(?<=[:;|\t\n])|(?<=[%ท\d]\s))\s*(ไม่\s*)?{mark_tolerant('เป็นไปตามแผน')}")
TARGET_RE = regex.compile(rf"(?:^|(?<=[:;|\t\n])|(?<=[นผ%ท\d]\s))\s*(ไม่\s*)?{mark_tolerant('เป็นไปตามเป้าหมาย')}")
# Expense lines, on their own line or inside an entry's text (a table cell,
# a paragraph):
#   "ค่าอาหารฯ = 10,000.- บาท"
#   "ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท"
#   "ค่าอาหาร จำนวน 50 คนๆ ละ 200 บาท เป็นเงิน 10,000 บาท"
# An amount is "฿1,540" or "1,540 บาท" (".-" may close it).  The item is the
# words before the figures: from the last "ค่า..." (what every expense item
# of these forms is called) or, on a line of its own, from the line's start.
AMOUNT = rf"(?:฿\s*(?:{NUMBER})(?:\s*(?:\.\s*-))?(?:\s*บาท)?|(?:{NUMBER})\s*(?:\.\s*-)?\s*บาท)"
_EXPENSE_FIGURES_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}\s*)?(?P<qty>{NUMBER})\s*(?P<unit>[^\d\s=:]{{1,12}}?)\s*"
    rf"(?:[xX×*]|ๆ?\s*{mark_tolerant('ละ')})\s*(?P<each>{AMOUNT})\s*"
    rf"(?:=|{mark_tolerant('เป็นเงิน')}|{mark_tolerant('รวม')})\s*(?P<amount>{AMOUNT})"
    rf"|=\s*(?P<simple>{AMOUNT})"
)
_ITEM_START_RE = regex.compile(rf"(?:^|(?<=[\s:;|]))(?={mark_tolerant('ค่า')})")
_AMOUNT_NUMBER_RE = regex.compile(NUMBER)
_LEAD_SEP_RE = regex.compile(r"^\s*(?:[:;=|]\s*){1,2}")
_LEAD_SEP_AT_RE = regex.compile(r"\s*(?:[:;=|]\s*){1,2}")  # the same, matched at a position
_WHITE_RE = regex.compile(r"[\s\x1c-\x1f]*")  # what str.lstrip() drops
_SEPS_NL_RE = regex.compile(rf"[{regex.escape(_SEPS_NL)}]*")
_DOUBLE_SEP_RE = regex.compile(r"\s*(?:[:;=]\s*){2}")  # "::" says "header" even without a date
CANCEL_RE = regex.compile(rf"^\s*{mark_tolerant('ยกเลิกโครงการ')}")
# Letters each clause keeps whatever marks OCR drops: a cheap test before the regexes.
_PROGRESS_KEY, _BUDGET_KEY, _PLAN_KEY = "ความก", "งบประมาณ", "ไปตาม"


@dataclass(slots=True)
class Piece:
    """Text of section 2 that may span line breaks, with where each source
    line starts in it, so every event keeps the line it came from."""

    text: str
    starts: list[tuple[int, int]]  # (offset in text, line number)

    @classmethod
    def of(cls, line: Line) -> Piece:
        return cls(line.text, [(0, line.no)])

    @property
    def no(self) -> int:
        return self.starts[0][1]

    def line_at(self, pos: int) -> int:
        return self.starts[max(0, bisect_right(self.starts, (pos, 1 << 30)) - 1)][1]

    @classmethod
    def of_lines(cls, lines: list[Line]) -> Piece:
        """The lines joined by line breaks (one join, not one copy a line)."""
        starts, at = [], 0
        for ln in lines:
            starts.append((at, ln.no))
            at += len(ln.text) + 1
        return cls("\n".join(ln.text for ln in lines), starts)

    def cut(self, a: int, b: int) -> Piece:
        inner = [(o - a, n) for o, n in self.starts if a < o < b]
        return Piece(self.text[a:b], [(0, self.line_at(a)), *inner])


@dataclass(slots=True)
class Event:
    kind: str  # header | number | false_header | date | text | progress | budget | plan | target | expense
    line: int
    value: object = None
    seq: int | None = None  # the report number a header or budget clause names
    text: str = ""
    printed: str = ""  # the report number as printed (its digits may be misread)


@dataclass(slots=True)
class Expense:
    item: str
    amount: str
    line: int
    quantity: str | None = None
    unit: str | None = None
    each: str | None = None


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
    expenses: list[Expense] = field(default_factory=list)

    @property
    def description(self) -> str:
        return clean_value(join_wrapped(self.texts))

    @property
    def cancelled(self) -> bool:
        return bool(CANCEL_RE.match(self.description))

    def touch(self, line: int) -> None:
        self.line_start = min(self.line_start, line)
        self.line_end = max(self.line_end, line)


# ---------------------------------------------------------------- events

def _clauses(src: str, orig: str, piece: Piece) -> list[tuple[int, int, Event]]:
    """Figure clauses in one piece as (start, end, event)."""
    at = piece.line_at
    compact = src.replace(" ", "")
    if _PROGRESS_KEY not in compact and _BUDGET_KEY not in compact and _PLAN_KEY not in compact:
        return []
    found = []
    for m in PROGRESS_RE.finditer(src) if _PROGRESS_KEY in compact else ():
        found.append((m.start(), m.end(), Event("progress", at(m.start()), m.group(1), text=orig[m.start():m.end()])))
    for m in BUDGET_RE.finditer(src) if _BUDGET_KEY in compact else ():
        seq = int(m.group(1)) if m.group(1) else None
        found.append((m.start(), m.end(), Event("budget", at(m.start()), m.group(2), seq=seq,
                                                text=orig[m.start():m.end()])))
    for rx, kind in ((PLAN_RE, "plan"), (TARGET_RE, "target")) if _PLAN_KEY in compact else ():
        for m in rx.finditer(src):
            found.append((m.start(), m.end(), Event(kind, at(m.start()), not m.group(1),
                                                    text=orig[m.start():m.end()].strip(_SEPS))))
    found.sort(key=lambda t: t[0])
    out: list[tuple[int, int, Event]] = []
    for item in found:  # overlaps: the earliest wins
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def _leading_date(src: str) -> tuple[object, int] | None:
    """A date right at the start of `src` (after separators): (date, end)."""
    return _leading_date_at(src, 0)


def _leading_date_at(src: str, pos: int) -> tuple[object, int] | None:
    """_leading_date(src[pos:]) without copying the rest of `src`."""
    lead = _LEAD_SEP_AT_RE.match(src, pos)
    offset = lead.end() if lead else _WHITE_RE.match(src, pos).end()
    for day, (a, b) in find_dates(src[offset: offset + 40]):
        if a <= 1:
            return day, offset - pos + b
        break
    return None


_LETTER_RE = regex.compile(r"\p{L}")
# Before figures, on a line of its own: separators, digits or "x" say the
# text is the tail of something else (a wrapped "87 คน x 25 บาท = ..."), not an item.
_NOT_AN_ITEM_RE = regex.compile(r"[:;|\t\d๐-๙]|\s[xX×]\s")
ITEM_MAX = 80  # characters an expense item may run back from its figures


def _number(amount: str) -> str:
    return _AMOUNT_NUMBER_RE.search(amount).group(0)


def expenses_in(src: str, orig: str, no: int) -> list[tuple[int, int, Event]]:
    """Expense lines inside one piece of text, as (start, end, event); the
    item must be named in words ("1)=0บาท", the tail of a wrapped budget
    clause, names none)."""
    found: list[tuple[int, int, Event]] = []
    floor = 0  # where the text not yet given to an expense starts
    for m in _EXPENSE_FIGURES_RE.finditer(src):
        starts = [s.start() for s in _ITEM_START_RE.finditer(src, max(floor, m.start() - ITEM_MAX), m.start())]
        if starts:
            start = starts[-1]
        elif floor == 0 and m.start() <= ITEM_MAX and not _NOT_AN_ITEM_RE.search(src[: m.start()]):
            start = 0  # a line of its own: the item is what stands before the figures
        else:
            continue
        item = clean_value(orig[start: m.start()]).strip(" -:")
        if not _LETTER_RE.search(item):
            continue
        printed = lambda group: orig[m.start(group): m.end(group)]  # noqa: E731  (as printed: Thai digits kept)
        if m.group("simple"):
            expense = Expense(item, _number(printed("simple")), no)
        else:
            expense = Expense(item, _number(printed("amount")), no, printed("qty"),
                              clean_value(m.group("unit")).rstrip("ๆ ") or None, _number(printed("each")))
        found.append((start, m.end(), Event("expense", no, expense, text=orig[start: m.end()])))
        floor = m.end()
    return found


def events_of(piece: Piece | Line) -> list[Event]:
    """Cut one piece of section 2 into events, in reading order."""
    if isinstance(piece, Line):
        piece = Piece.of(piece)
    orig = piece.text
    src = thai_digits_to_arabic(orig)  # same length: offsets carry over
    at = piece.line_at
    events: list[Event] = []
    clauses = _clauses(src, orig, piece)
    header = HEADER_RE.search(src)
    if header and src[: header.start()].strip(_SEPS + "-\n"):
        header = None  # a header opens its piece
    number = NUMBER_CELL_RE.match(src) if header is None else None

    pos = 0
    if header is not None or number is not None:
        m = header or number
        seq = int(m.group(1))
        printed = orig[m.start(1): m.end(1)]
        line = at(m.start(1))
        after = src[m.end():]
        dated = _leading_date(after)
        first_clause = clauses[0][0] - m.end() if clauses else None
        gap = after[: first_clause] if first_clause is not None else after
        if dated:
            events.append(Event("header", line, dated[0], seq=seq, text=orig[m.end(): m.end() + dated[1]],
                                printed=printed))
            pos = m.end() + dated[1]
        elif not gap.strip(_SEPS + "\n"):
            # alone (a table's number column), or straight before its figures
            events.append(Event("header" if header else "number", line, None, seq=seq, printed=printed))
            pos = m.end()
        elif header is not None and _DOUBLE_SEP_RE.match(after):
            # "::" after the number says header even though the date is unreadable
            events.append(Event("header", line, None, seq=seq, text="undated", printed=printed))
            pos = m.end()
        elif header is not None:
            events.append(Event("false_header", line, None, seq=seq, text=orig[: m.end()]))
            pos = m.end()
    elif not clauses or clauses[0][0] > 0:
        dated = _leading_date(src)
        if dated and (_LEAD_SEP_RE.match(src) or _is_date_cell(src, dated[1])):
            events.append(Event("date", at(0), dated[0], text=orig[: dated[1]]))
            pos = dated[1]

    for start, end, event in clauses:
        if start < pos:
            continue
        events.extend(_text_events(src, orig, pos, start, piece))
        events.append(event)
        pos = end
    events.extend(_text_events(src, orig, pos, len(orig), piece))
    return events


def _text_events(src: str, orig: str, a: int, b: int, piece: Piece) -> list[Event]:
    """The text between clauses: description text and expense lines."""
    out: list[Event] = []
    pos = a
    found = expenses_in(src[a:b], orig[a:b], piece.line_at(a)) if "=" in src[a:b] or "ละ" in src[a:b] else []
    for start, end, event in ((s + a, e + a, ev) for s, e, ev in found):
        event.line = piece.line_at(start)
        event.value.line = event.line
        _text(orig, pos, start, piece, out)
        out.append(event)
        pos = end
    _text(orig, pos, b, piece, out)
    return out


def _text(orig: str, a: int, b: int, piece: Piece, out: list[Event]) -> None:
    """Text events for orig[a:b], one per source line it spans."""
    for i, (offset, no) in enumerate(piece.starts):
        end = piece.starts[i + 1][0] if i + 1 < len(piece.starts) else len(orig)
        lo, hi = max(a, offset), min(b, end)
        if lo < hi:
            text = orig[lo:hi].strip(_SEPS_NL)
            if text:
                out.append(Event("text", no, text=text))


def _is_date_cell(src: str, end: int) -> bool:
    """A date opening a piece and followed by a separator: a table's
    "date : description" cell read on its own."""
    return bool(regex.match(r"\s*(?:[:;|\t]|$)", src[end:]))


# ---------------------------------------------------------------- assembly

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


@dataclass(slots=True)
class EntriesResult:
    entries: dict[int, Entry]
    issues: list[Issue]
    preamble: list[Line]
    layout: str = "rows"  # "rows" | "columns"


FIGURES = ("progress", "budget")
FLAGS = ("plan", "target")


@dataclass(slots=True)
class DateBlock:
    """Column mode: a date and description cell whose entry is not known yet."""

    date: object
    date_text: str
    line: int
    texts: list[tuple[str, int]] = field(default_factory=list)
    expenses: list[Expense] = field(default_factory=list)
    owner: int | None = None


# A budget clause may name an entry whose header OCR lost; up to this many
# numbers past the last header it opens that entry.
ENTRY_GAP = 3


class _Assembler:
    """Entries from events (see module doc).  In row mode a part goes to the
    entry whose header came last.  In column mode (a run of headers with
    nothing between them) a date-and-description block waits: the budget
    clause that follows it, naming its entry, claims it; blocks and flags no
    clause claims go, kind by kind, to the first entry lacking one."""

    def __init__(self, events: list[Event]):
        self.events = events
        self.issues: list[Issue] = []
        self.entries: dict[int, Entry] = {}
        self.preamble: list[Line] = []
        self.groups: list[FigureGroup] = []
        self.current: Entry | None = None  # where text goes now (row mode)
        self.open_group: FigureGroup | None = None
        self.columns = False
        self.blocks: list[DateBlock] = []
        self.block: DateBlock | None = None  # the open block, column mode
        self.flags: dict[str, list[Event]] = {k: [] for k in FLAGS}  # unclaimed flags, column mode
        self.dated = {e.seq for e in events if e.kind == "header" and e.value is not None}
        self.since_header = 0

    # -- where things go

    def add_text(self, text: str, line: int) -> None:
        if self.columns and self.block is not None:
            self.block.texts.append((text, line))
        elif self.current is None:
            self.preamble.append(Line(line, text))
        else:
            self.current.texts.append(text)
            self.current.touch(line)

    def entry(self, seq: int, line: int) -> Entry:
        if seq not in self.entries:
            self.entries[seq] = Entry(seq, line, line)
        return self.entries[seq]

    def open_entry(self, ev: Event) -> None:
        seq = ev.seq
        known = seq in self.entries
        entry = self.entry(seq, ev.line)
        if ev.value is not None and entry.date is None:
            entry.date, entry.date_text = ev.value, ev.text
        entry.touch(ev.line)
        if ev.value is None and self.since_header == 0 and self.current is not None and self.current.date is None \
                and not known:
            self.columns = True  # a header straight after an undated header: a column of numbers
        elif ev.value is not None:
            self.columns = False
        self.current = entry
        self.block = None

    # -- the walk

    def run_events(self) -> EntriesResult:
        wants_amount: FigureGroup | None = None  # a budget clause whose amount a line break carried off
        after_budget = False
        for ev in self.events:
            if ev.kind == "text" and (wants_amount is not None or after_budget):
                ev = self._amount_carried(ev, wants_amount)
                wants_amount, after_budget = None, False
                if ev is None:
                    continue
            wants_amount = None
            after_budget = ev.kind == "budget"
            ev = self._real_header(ev)
            if ev is None:
                continue
            if ev.kind in ("header", "number"):
                self.open_entry(ev)
                self.since_header = 0
                continue
            self.since_header += 1
            if ev.kind == "date":
                if self.columns:
                    self.block = DateBlock(ev.value, ev.text, ev.line)
                    self.blocks.append(self.block)
                elif self.current is not None and self.current.date is None:
                    self.current.date, self.current.date_text = ev.value, ev.text
                    self.current.touch(ev.line)
                else:
                    self.add_text(ev.text.strip(_SEPS), ev.line)
            elif ev.kind == "text":
                self.add_text(ev.text, ev.line)
            elif ev.kind == "expense":
                if self.columns and self.block is not None:
                    self.block.expenses.append(ev.value)
                elif self.current is None:
                    self.preamble.append(Line(ev.line, ev.text))
                else:
                    self.current.expenses.append(ev.value)
                    self.current.touch(ev.line)
            elif self.columns and ev.kind in FLAGS and not (
                    self.open_group is not None and self.open_group.line_end == ev.line):
                self.flags[ev.kind].append(ev)  # a flag column: claimed in order at the end
            else:
                group = self._figure(ev)
                if ev.kind == "budget" and ev.value is None:
                    wants_amount = group
        return self._finish()

    def _real_header(self, ev: Event) -> Event | None:
        """A false header is text of its entry (see module doc); an undated
        header whose number is dated elsewhere is the same."""
        if ev.kind == "header" and ev.value is None and ev.text == "undated" and ev.seq in self.dated:
            ev = Event("false_header", ev.line, None, seq=ev.seq, text="")
        if ev.kind != "false_header":
            return ev
        is_real = (ev.seq not in self.dated and ev.seq not in self.entries
                   and ev.seq == (max(self.entries) + 1 if self.entries else 1))
        if not is_real:
            self.issues.append(Issue("warning", "false_entry_header",
                                     f"'รายงานครั้งที่ {ev.seq}' inside entry "
                                     f"{self.current.seq if self.current else '-'} is not followed by a date; "
                                     "read as text of that entry", ev.text, ev.line, ev.line,
                                     field="progress_reports.seq"))
            return None
        self.issues.append(Issue("warning", "entry_date_missing", f"report {ev.seq} has no readable date",
                                 "", ev.line, ev.line, field="progress_reports.report_date"))
        return Event("header", ev.line, None, seq=ev.seq)

    def _amount_carried(self, ev: Event, wants: FigureGroup | None) -> Event | None:
        """The rest of a budget clause a line break cut: "= 0 บาท", "1)=0บาท"."""
        text = ev.text
        m = _LEADING_AMOUNT_RE.match(thai_digits_to_arabic(text)) if wants is not None else None
        if m:
            wants.values["budget"] = m.group(2)
            if m.group(1) and wants.explicit is None:
                wants.explicit = int(m.group(1))
            wants.texts["budget"] += " " + text[: m.end()].strip()
            text = text[m.end():]
        elif _DANGLING_UNIT_RE.match(text):
            text = _DANGLING_UNIT_RE.sub("", text, count=1)
        text = text.strip(_SEPS)
        return Event("text", ev.line, text=text) if text else None

    def _figure(self, ev: Event) -> FigureGroup:
        """Put a figure or flag clause into a group (see module doc)."""
        group = self.open_group
        if group is None or ev.kind in group.values or (ev.kind == "progress" and group.values):
            group = FigureGroup(hint=self.current.seq if self.current else None, line_start=ev.line)
            self.groups.append(group)
            self.open_group = group
        group.values[ev.kind] = ev.value
        group.texts[ev.kind] = ev.text
        group.line_end = ev.line
        if ev.kind == "budget" and ev.seq is not None:
            group.explicit = ev.seq
            if (self.columns and self.block is not None and self.block.owner is None
                    and all(b.owner is not None for b in self.blocks[:-1])):
                # blocks and clauses interleaved: the block this clause follows is that entry's
                self.block.owner = ev.seq
                self.block = None
        if len(group.values) == 4:
            self.open_group = None
        return group

    # -- the end

    def _lacking(self, has) -> list[Entry]:
        return [self.entries[s] for s in sorted(self.entries) if not has(self.entries[s])]

    def _finish(self) -> EntriesResult:
        top = max(self.entries, default=0)
        for group in self.groups:  # a clause naming an entry whose header OCR lost opens it
            owner = group.owner
            if owner is not None and owner not in self.entries and 1 <= owner <= top + ENTRY_GAP:
                self.entry(owner, group.line_start)
                self.issues.append(Issue("warning", "entry_header_missing",
                                         f"report {owner} read from its figures; its header is unreadable",
                                         "; ".join(group.texts.values()), group.line_start, group.line_end,
                                         field="progress_reports.seq"))
        for block in self.blocks:
            if block.owner is not None:
                self._place_block(block, self.entry(block.owner, block.line))
        for block in (b for b in self.blocks if b.owner is None):
            lacking = self._lacking(lambda e: e.date is not None)
            if lacking:
                self._place_block(block, lacking[0])
            else:
                self.preamble.extend(Line(n, t) for t, n in [(block.date_text, block.line), *block.texts])
        for group in self.groups:
            owner = group.owner
            if owner is None or owner not in self.entries:
                self.issues.append(Issue("error", "orphan_figures",
                                         f"figures for report {owner} found but no such report header",
                                         "; ".join(group.texts.values()), group.line_start, group.line_end,
                                         field="progress_reports"))
                continue
            self._place_figures(self.entries[owner], group.values, group.texts, group.line_start, group.line_end)
        for kind, flags in self.flags.items():
            for ev in flags:
                lacking = self._lacking(lambda e, k=kind: k in e.figures)
                if lacking:
                    self._place_figures(lacking[0], {kind: ev.value}, {kind: ev.text}, ev.line, ev.line)
        return EntriesResult(self.entries, self.issues, self.preamble, "columns" if self.blocks else "rows")

    def _place_block(self, block: DateBlock, entry: Entry) -> None:
        if entry.date is None:
            entry.date, entry.date_text = block.date, block.date_text
        entry.texts.extend(t for t, _ in block.texts)
        entry.expenses.extend(block.expenses)
        entry.touch(block.line)
        for _, n in block.texts:
            entry.touch(n)

    def _place_figures(self, entry: Entry, values: dict, texts: dict, a: int, b: int) -> None:
        for kind, value in values.items():
            if kind in entry.figures:
                if entry.figures[kind] != value:
                    self.issues.append(Issue("warning", "conflicting_figures",
                                             f"report {entry.seq} has two {kind} clauses in one copy; the first is kept",
                                             texts[kind], a, b, field=f"progress_reports.{FIELD_OF[kind]}"))
                continue
            entry.figures[kind] = value
            entry.figure_texts[kind] = texts[kind]
        entry.touch(a)
        entry.touch(b)


# progress_reports column -> the clause it is read from
FIELD_OF = {"progress": "progress_pct", "budget": "disbursed", "plan": "on_plan", "target": "on_target"}


def repair_sequence(events: list[Event]) -> list[Issue]:
    """Report numbers run 1..N in the order the headers stand: a header
    whose number breaks the run (a repeat, a jump) while its printed digits
    could be the next number is that number (parsers.repair).  A header
    whose number is merely higher is left as printed (a report may be lost)."""
    issues: list[Issue] = []
    last = 0
    for ev in events:
        if ev.kind not in ("header", "number") or ev.seq is None:
            continue
        expected = last + 1
        if ev.seq != expected and ev.printed and (ev.seq <= last or ev.seq > expected + ENTRY_GAP):
            outcome = repair(Reading(ev.seq, ev.printed, ev.line, ev.line), int, lambda v, e=expected: v == e,
                             rule="report_sequence", field="progress_reports.seq",
                             what=f"the report number after report {last}")
            if outcome.repaired:
                ev.seq = outcome.value
                issues.append(outcome.issue)
        last = max(last, ev.seq)
    return issues


def assemble(events: list[Event]) -> EntriesResult:
    """Entries from the events of one copy's section 2 (see module doc).
    A report number the text names (a header or a budget clause) that gave
    no entry is an error: the document is partial, not ok."""
    events = _number_cells(events)
    repaired = repair_sequence(events)
    result = _Assembler(events).run_events()
    result.issues[:0] = repaired
    named = {e.seq for e in events if e.kind in ("header", "number") and e.seq is not None}
    left = sorted(named - set(result.entries))
    if left:
        where = [e.line for e in events if e.seq in left]
        result.issues.append(Issue("error", "unread_entries", f"report numbers {left} are named in the text but "
                                   "gave no report entry", "", min(where), max(where), field="progress_reports"))
    return result


def _number_cells(events: list[Event]) -> list[Event]:
    """A bare number opens an entry only in a column of numbers (the event
    before or after it is a header or number one apart); elsewhere ("2" alone
    inside a description) it is text."""
    out = list(events)
    for i, ev in enumerate(events):
        if ev.kind != "number":
            continue
        neighbours = [events[j] for j in (i - 1, i + 1) if 0 <= j < len(events)]
        if not any(n.kind in ("number", "header") and n.seq is not None and abs(n.seq - ev.seq) == 1
                   for n in neighbours):
            out[i] = Event("text", ev.line, text=str(ev.seq))
    return out


# The column titles of the entries table, dropped wherever they stand.
COLUMN_TITLES = ("ครั้งที่", "รายงานครั้งที่", "วันที่รายงาน", "วันที่", "รายละเอียดการดำเนินงาน", "รายละเอียด",
                 "ผลการดำเนินงาน", "ความก้าวหน้า", "ความสอดคล้อง", "สถานะ", "หมายเหตุ")
_TITLE_SKELETONS = frozenset(skeleton(t) for t in COLUMN_TITLES)
_TITLE_PARTS_RE = regex.compile(r"\s*[:/]\s*")


def _is_title(cell: str) -> bool:
    parts = [p for p in _TITLE_PARTS_RE.split(cell) if p]
    return bool(parts) and all(skeleton(p) in _TITLE_SKELETONS for p in parts)


def drop_titles(line: Line) -> Line | None:
    """A line without its column-title cells; None if it held only titles."""
    cells = line.text.split("\t")
    kept = [c for c in cells if not _is_title(c.strip())]
    if len(kept) == len(cells):
        return line
    return Line(line.no, "\t".join(kept), line.kind, line.bullet) if kept else None


_OPENS_PIECE_RE = regex.compile(
    rf"^\s*(?:[-–•*]\s*)?(?:{_REPORT}|{mark_tolerant('รายงาน')}\s*$|(?:[:;=|]\s*){{1,2}}|{mark_tolerant('ความก้าวหน้า')}|{mark_tolerant('งบประมาณ')}"
    rf"|(?:ไม่\s*)?{mark_tolerant('เป็นไปตาม')})"
)


def _opens_piece(text: str) -> bool:
    """A line that starts a part of an entry (see `pieces`)."""
    if "\t" in text or _OPENS_PIECE_RE.match(text):
        return True
    src = thai_digits_to_arabic(text)
    if NUMBER_CELL_RE.match(src):
        return True
    dated = _leading_date(src)
    if dated and _is_date_cell(src, dated[1]):
        return True
    found = expenses_in(src, text, 0) if "=" in src or "ละ" in src else []
    return bool(found) and found[0][0] == 0


_ACROSS = 48  # characters each side of a line break looked at


def _runs_across(before: str, line: str) -> bool:
    """Whether a clause starts before a line break and ends after it ("รายงาน /
    ครั้งที่1", ": ไม่ / เป็นไปตาม / แผน"): then the line continues the piece."""
    head = before[-_ACROSS:]
    joined = thai_digits_to_arabic(head + "\n" + line[:_ACROSS])
    cut = len(head)
    return any(m.start() < cut < m.end() for rx in (HEADER_RE, PLAN_RE, TARGET_RE) for m in rx.finditer(joined))


def pieces(lines: list[Line]) -> list[Piece]:
    """Section 2 as pieces: a line that starts a part of an entry (a header,
    a ":: date", a number cell, a date cell, a figure clause, a table row,
    an expense line) opens a piece; any other line continues the piece above
    (a line break a wrap put inside a description, a date or a clause).  A
    piece is cut again before each dated header inside it (entries printed
    as one paragraph)."""
    groups: list[list[Line]] = []
    for ln in lines:
        ln = drop_titles(ln)
        if ln is None:
            continue
        if not groups or (_opens_piece(ln.text) and not _runs_across(_tail(groups[-1]), ln.text)):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [part for group in groups for part in split_at_headers(Piece.of_lines(group))]


def _tail(group: list[Line]) -> str:
    """The last _ACROSS characters (at least) of the lines joined by breaks."""
    texts, size = [], 0
    for ln in reversed(group):
        texts.append(ln.text)
        size += len(ln.text) + 1
        if size > _ACROSS:
            break
    return "\n".join(reversed(texts))


def split_at_headers(piece: Piece) -> list[Piece]:
    """A piece cut before every header inside it that is followed by a date,
    "::", or another header."""
    src = thai_digits_to_arabic(piece.text)
    cuts = []
    for m in HEADER_RE.finditer(src, 1):  # what follows each header read in place, not copied (quadratic)
        if (_DOUBLE_SEP_RE.match(src, m.end()) or _leading_date_at(src, m.end())
                or HEADER_RE.match(src, _SEPS_NL_RE.match(src, m.end()).end())):
            cuts.append(m.start())
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(src)]
    return [piece.cut(a, b) for a, b in zip(bounds, bounds[1:]) if piece.text[a:b].strip()]


def parse_entries(lines: list[Line]) -> EntriesResult:
    events: list[Event] = []
    for piece in pieces(lines):
        events.extend(events_of(piece))
    return assemble(events)


def figure_values(entry: Entry) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    """Typed figures of an entry (by progress_reports column) and
    (column, text, reason) for those that fail."""
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


def expense_values(expense: Expense) -> dict[str, object]:
    """Typed columns of one expense line; ValueParseError if the amount fails."""
    out: dict[str, object] = {"item": expense.item, "amount": parse_baht(expense.amount),
                              "unit": expense.unit, "quantity": None, "unit_amount": None}
    if expense.quantity is not None:
        out["quantity"] = parse_decimal(expense.quantity).quantize(Decimal("0.01"))
    if expense.each is not None:
        out["unit_amount"] = parse_baht(expense.each)
    return out
