"""Report entries from clause events (see parsers.bma_progress.entries)."""

from __future__ import annotations

import json
from datetime import date as _date
from collections import Counter
from dataclasses import dataclass, field, replace

import regex

from normalizers.confusions import date_candidates, digit_readings
from normalizers.dates import find_dates, month_number, parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import ANY_DIGIT_RE, parse_percent, thai_digits_to_arabic
from normalizers.text import mark_tolerant
from normalizers.words import open_end
from parsers.bma_progress.clauses import (
    DANGLING_UNIT_RE,
    LEADING_AMOUNT_RE,
    NUMBER_PART_RE,
    SEPS,
    Entry,
    Event,
    Expense,
    budget_seq,
    damaged_date,
    garbled_date_slot,
    is_rule_speck,
    is_lone_unit,
    is_speck,
)
from parsers.bma_progress.months import fiscal_month, month_of_text, month_places
from parsers.bma_progress.repairs import yearless_date
from parsers.bma_progress.months import fits as months_fit  # (assemble has its own `fits` lists)
from parsers.repair import YEAR_RANGE, enabled, repair
from schemas.document import Issue, Line, Reading


@dataclass(slots=True)
class FigureGroup:
    hint: int | None  # the entry current when the group opened
    explicit: int | None = None  # the entry named by "(ครั้งที่ N)"
    printed: str = ""  # that number as printed
    values: dict[str, object] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    line_start: int = 0
    line_end: int = 0
    last_line: int = 0  # the last line its clauses stand on (a wrap carries a figure past line_end)
    chained: bool = False  # column mode: the hint is the entry after the previous group's
    segment: int = 0  # row mode: groups of one segment stand back to back (only clauses and specks between)
    headers: int = 0  # row mode: how many headers came before it
    known: tuple[int, ...] = ()  # row mode: the entries there were when it opened a new segment

    @property
    def owner(self) -> int | None:
        return self.explicit if self.explicit is not None else self.hint


@dataclass(slots=True)
class EntriesResult:
    entries: dict[int, Entry]
    issues: list[Issue]
    preamble: list[Line]
    layout: str = "rows"  # "rows" | "columns"
    shown: list[int] = field(default_factory=list)  # the lines of the flags counting the entries printed (flags_shown)


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
    # the figure group whose budget clause, right after the block, named its owner: a repair of that clause's
    # number (_misread_owner, _misread_twin, _misread_next) moves the block with it (_finish)
    group: FigureGroup | None = None


# Lines of words a row's description cell may carry past the row read across, to the head of the date column
# (_Assembler._across_rest): a wrap's rest, one to four lines in the corpora
ACROSS_REST_LINES = 6
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{2,}")  # three Thai characters, a consonant first

COLUMN_RUN = 3  # groups at least a column of clauses of one kind opens for a column of another kind to fill
# A budget clause may name an entry whose header OCR lost; up to this many
# numbers past the last header it opens that entry.
ENTRY_GAP = 3


_LONE_DAY_RE = regex.compile(r"[\d๐-๙]{1,2}")  # a day alone, as a speck's text holds it


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
        self.specks: list[Line] = []  # short tokens OCR read from specks, no entry's text
        self.number_parts: list[Line] = []  # "ครั้งที่ N" alone inside report N: its header's, read apart
        self.groups: list[FigureGroup] = []
        self.current: Entry | None = None  # where text goes now (row mode)
        self.open_group: FigureGroup | None = None
        # column mode: the groups a run of clauses of one kind opened, one a clause (_kind_column), and the
        # column of another kind filling them: (its kind, those groups, the next one's index)
        self.kind_run: tuple[str | None, list[FigureGroup]] = (None, [])
        self.fill: tuple[str, list[FigureGroup], int] | None = None
        self.columns = False
        self.blocks: list[DateBlock] = []
        self.block: DateBlock | None = None  # the open block, column mode
        # row mode: date and description cells read before any entry (every header before them lost), and the
        # one open (texts and expense lines after its date, until a clause, flag or header): placed at the end
        # among the entries the clauses open (_early_placed)
        self.early: list[DateBlock] = []
        self.early_open: DateBlock | None = None
        self.flags: dict[str, list[Event]] = {k: [] for k in FLAGS}  # unclaimed flags, column mode
        # column mode: text after the flag column, held for the open block until a clause, a date or a
        # header follows it (a cell a page break carried on); the section's tail otherwise, no block's
        self.after_flags = False
        self.flag_tail: list[tuple[str, int, DateBlock]] = []
        self.dated = {e.seq for e in events if e.kind == "header" and e.value is not None}
        # headers whose date slot OCR damaged past reading ("รายงานครั้งที่ ๕ :: ๑๐ เมษายน ๒๕๒ :"): dated in print
        self.slot_dated = {e.seq for e in events if e.kind == "header" and e.value is None and e.damaged}
        self.since_header = 0
        # column mode: budget amounts standing apart (amount, text, line, the report number the tail names)
        self.amounts: list[tuple[str, str, int, int | None]] = []
        self.closed = False  # row mode: the current entry's flags are read
        self.pending: list[Event] = []  # row mode: what came after them, not yet placed
        self.replaying = False  # row mode: placing what came after an entry's flags (_replay)
        self.later_headers = {e.seq for e in events if e.kind in ("header", "number") and e.seq is not None}
        self.flag_column = _flag_runs(events)
        self.lone_heads = _heads_of_lost_column(events)
        self.headless = _date_column_headless(events)  # see _date_column_headless
        self.slotted: set[int] = set()  # entries whose header holds a date slot OCR damaged past reading
        # a table read row by row for its first rows, then column by column: the entry read across before the run
        # of headers (its date and description cell's rest may head the date column: _across_open), the figure
        # groups there were when the run began, the lines of the text given to it
        self.run_before: Entry | None = None
        self.across: Entry | None = None
        self.across_groups = 0
        self.across_rest: list[Line] = []
        self.segment = 0  # row mode: raised by every event that is no clause and no speck
        self.n_headers = 0
        # for each header, the first budget clause after it, before another header (the entry it names, and for
        # _bracket_as_digit its number as printed and its bracket), and whether a budget clause named that entry
        # before the header
        self.next_budget: dict[int, tuple[Event | None, bool]] = {}
        first_named: dict[int, int] = {}
        for i, e in enumerate(events):
            if e.kind == "budget" and e.seq is not None:
                first_named.setdefault(e.seq, i)
        clause: Event | None = None
        for i in range(len(events) - 1, -1, -1):
            e = events[i]
            if e.kind == "budget":
                clause = e
            elif e.kind in ("header", "number", "false_header"):
                named = clause.seq if clause is not None else None
                self.next_budget[id(e)] = (clause, named is not None and first_named.get(named, i) < i)
                clause = None

    # -- where things go

    def add_text(self, text: str, line: int) -> None:
        if is_speck(text) or (not self.columns and is_lone_unit(text)):
            # a speck OCR read on its own ("Bd"); a unit a wrap cut from its figure, entries one after another (in
            # a table read column by column, its cells' order is the column reader's): no entry's text; left, and said
            self.specks.append(Line(line, text))
        elif self.columns and self.block is not None and self.after_flags:
            self.flag_tail.append((text, line, self.block))
        elif self.columns and self.block is not None:
            self.block.texts.append((text, line))
        elif self.columns and self.block is None and self._across_open():
            self.across_rest.append(Line(line, text))  # the rest of the row read across? see _across_open
        elif self.current is None and self.early_open is not None:
            self.early_open.texts.append((text, line))  # a date cell's description, before any entry
        elif self.current is None or self.columns:
            # before the first entry, or in a column of figures: no entry's description
            self.preamble.append(Line(line, text))
        else:
            text = self._own_number(text, line, self.current)  # "ครั้งที10" inside report 10: its header's
            if text:
                self.current.texts.append(text)
                self.current.touch(line)

    def _across_open(self) -> bool:
        """Whether text in a table read column by column, standing after the
        run of headers and before the date column's first cell (no date cell,
        figure or flag read since the run began), is the rest of the
        description of the entry read across before the run: a table whose
        first row OCR read row by row, its cells side by side, and the rest
        column by column finishes that row's description cell (its lines the
        row's print wrapped below the header cell) at the head of the date
        and description column, before the next entry's date cell
        ("จัดเตรียมข้อมูล/" in the row, "จัดทำโครงการ" after the headers).
        Before, that text was left, no entry's, and the entry kept half its
        description.  The entry must hold a date and text read across; said
        as a cell in doubt (_finish)."""
        entry = self.across
        return entry is not None and not self.blocks and len(self.groups) == self.across_groups \
            and not any(self.flags.values()) and bool(entry.texts) and bool(entry.date is not None or entry.date_text)

    def _across_rest(self) -> None:
        """The text held by _across_open given to the entry read across, and
        said; left, no entry's, as before, unless it is a cell's wrapped rest:
        at most ACROSS_REST_LINES lines of words, no figure, date or unit among
        them (several cells' text, dates OCR left unread among them, or a
        figure's tail, "บาท", are no description's rest)."""
        rest, entry = self.across_rest, self.across
        if not rest:
            return
        if entry is None or len(rest) > ACROSS_REST_LINES or any(
                ANY_DIGIT_RE.search(ln.text) or is_lone_unit(ln.text) or not _THAI_WORD_RE.search(ln.text)
                for ln in rest):
            self.preamble.extend(rest)
            return
        for ln in rest:
            entry.texts.append(ln.text)
            entry.touch(ln.no)
        self.issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"text standing after a column of report headers and before its first date cell (a table read row by "
            f"row for report {entry.seq}, column by column after it) is read as the rest of report {entry.seq}'s "
            f"description cell; it may be another entry's whose date cell was lost",
            " / ".join(ln.text for ln in rest), rest[0].no, rest[-1].no, field="progress_reports.description"))

    def _own_number(self, text: str, line: int, entry: Entry) -> str:
        """`text` without "ครั้งที่ N" standing alone or as a cell at its start
        inside report N (its header's number cell, read apart: kept aside)."""
        if "ค" not in text:  # which every "ครั้งที่" keeps: a cheap test before the regex
            return text
        m = NUMBER_PART_RE.match(thai_digits_to_arabic(text))
        if m is None or int(m.group(1)) != entry.seq:
            return text
        self.number_parts.append(Line(line, text[: m.end()].strip()))
        return text[m.end():]

    def entry(self, seq: int, line: int) -> Entry:
        if seq not in self.entries:
            self.entries[seq] = Entry(seq, line, line)
        return self.entries[seq]

    def open_entry(self, ev: Event) -> None:
        seq = ev.seq
        if ev.kind == "header" and ev.value is None and (ev.text == "undated" or ev.damaged):
            self.slotted.add(seq)
        known = seq in self.entries
        if self.since_header != 0 or self.current is None:
            self.run_before = self.current  # the entry read before this header (and a run it may open)
        entry = self.entry(seq, ev.line)
        if ev.value is not None and entry.date is None:
            entry.date, entry.date_text = ev.value, ev.text
        elif ev.damaged and entry.date is None:
            entry.date_text = ev.damaged
        entry.touch(ev.line)
        if ev.value is None and self.since_header == 0 and self.current is not None and self.current.date is None \
                and not known:
            if not self.columns and not self.blocks:
                self.across, self.across_groups = self.run_before, len(self.groups)
            self.columns = True  # a header straight after an undated header: a column of numbers
        elif ev.value is not None:
            self.columns = False
        self.current = entry
        self.block = None
        self.kind_run, self.fill = (None, []), None

    def _date_glued_to_run(self, ev: Event) -> Event | None:
        """In a table read column by column, the last header of the run of
        headers whose number OCR lost, the date column's first cell read onto
        it ("รายงานครั้งที่" / "๒๐๒๕-๑-1 :"): that date is the column's first,
        not this header's; as a date event of its own (None otherwise)."""
        if ev.kind != "header" or not self.columns or self.since_header != 0 or self.current is None \
                or self.current.date is not None or (ev.value is None and not ev.damaged):
            return None
        return Event("date", ev.line, ev.value, text=ev.text, damaged=ev.damaged)

    # -- the walk

    def run_events(self) -> EntriesResult:
        wants_amount: FigureGroup | None = None  # a budget clause whose amount a line break carried off
        after_budget = False
        for ev in self.events:
            if ev.kind == "text" and wants_amount is not None and _CLAUSE_DEBRIS_RE.fullmatch(ev.text):
                # the clause's bracket and "=" read apart from it, its amount on the next line ("งบประมาณที่เบิกใช้
                # (ครั้งที่ ]" / "] =" / "0 บาท.-"): part of the clause, which still waits for its amount
                wants_amount.texts["budget"] += " " + ev.text.strip()
                continue
            if ev.kind == "text" and (wants_amount is not None or after_budget):
                ev = self._amount_carried(ev, wants_amount)
                wants_amount, after_budget = None, False
                if ev is None:
                    continue
            wants_amount = None
            if ev.kind != "text":
                self._tail_held()
            if ev.kind == "budget_tail":
                ev = self._tail(ev)
                if ev is None:
                    continue
            after_budget = ev.kind == "budget"
            ev = self._real_header(ev)
            if ev is None:
                continue
            if ev.kind not in FIGURES and ev.kind not in FLAGS and not (ev.kind == "text" and is_speck(ev.text)):
                self.segment += 1
            if ev.kind not in ("text", "date", "expense"):
                self.early_open = None
            if ev.kind in ("header", "number"):
                self.n_headers += 1
                self._replay()
                glued = self._date_glued_to_run(ev)
                if glued is not None:
                    ev = replace(ev, value=None, damaged="")
                self.open_entry(ev)
                if id(ev) in self.lone_heads:
                    self.columns = True  # the rest of a column of headers OCR lost: see _heads_of_lost_column
                self.since_header = 0
                self.closed = False
                if glued is not None:
                    self._place(glued)
                continue
            if ev.kind == "text" and self.since_header == 0 and not is_speck(ev.text) and is_rule_speck(ev.text):
                self.specks.append(Line(ev.line, ev.text))  # specks under a header: no entry's text; left, and said
                continue
            if not (ev.kind == "text" and is_speck(ev.text)):  # a speck does not part a header from the next
                self.since_header += 1
            if id(ev) in self.headless:
                self.columns = True  # a date column whose column of headers OCR left unread: see _date_column_headless
            if self.closed and not self.columns:
                if ev.kind in ("text", "date", "expense"):
                    self.pending.append(ev)  # after an entry's flags: the next entry's, if its header was lost
                    continue
                if ev.kind in FIGURES and self._header_lost(ev):
                    continue
                self._replay()
            group = self._place(ev)
            if group is not None and ev.kind == "budget" and ev.value is None:
                wants_amount = group
        self._replay()
        self.preamble.extend(Line(line, text) for text, line, _ in self.flag_tail)  # the tail: left, and said
        return self._finish()

    def _tail_held(self) -> None:
        """Text held after the flag column goes to its block after all (more
        of the table follows it)."""
        for text, line, block in self.flag_tail:
            block.texts.append((text, line))
        self.flag_tail, self.after_flags = [], False

    def _place(self, ev: Event) -> FigureGroup | None:
        """Put one event where it goes (see class doc); the figure group it
        joined, for a figure or flag."""
        if ev.kind == "date":
            if self.columns:
                self.block = DateBlock(ev.value, ev.damaged or ev.text, ev.line)
                self.blocks.append(self.block)
            elif self._dated_after_text(ev):
                self._header_lost_before_date(ev)
            elif self.current is not None and self.current.date is None and (
                    (ev.value and not (self.replaying and self.current.date_text)) or not self.current.date_text):
                # (a date read after the entry's flags closed it does not stand for the date the entry printed
                # and OCR damaged past reading: it is another entry's, run in; the entry's own is said unread)
                self.current.date, self.current.date_text = ev.value, ev.damaged or ev.text
                self.current.touch(ev.line)
                self._day_left_under_header(ev)
            elif self.current is None and not self.replaying:
                # a date cell before any entry: its header lost (or every header of the table), a cell of its own
                self.early_open = DateBlock(ev.value, ev.damaged or ev.text, ev.line)
                self.early.append(self.early_open)
            elif ev.value is None:
                self.preamble.append(Line(ev.line, ev.damaged))  # a second, unreadable date: left, and said
            else:
                self.add_text(ev.text.strip(SEPS), ev.line)
        elif ev.kind == "text" and self.columns and self._dangling_amount(ev):
            pass
        elif ev.kind == "text" and self.columns and self.block is not None and not self.after_flags and (
                slot := garbled_date_slot(ev.text)) is not None:
            # a date and description cell of the column whose date OCR garbled into Latin letters and specks
            # ("» TA. dé:  ประชุม..." for "๖ ก.ค. ๖๕ : ประชุม..."): a cell of its own, undated (said where its
            # entry's date is read), not more of the cell above (before, its description ran into the cell above
            # and every cell after it went to the entry before its own)
            self.block = DateBlock(None, ev.text[: slot].strip(" :;"), ev.line)
            self.blocks.append(self.block)
            if ev.text[slot:].strip():
                self.add_text(ev.text[slot:].strip(), ev.line)
        elif ev.kind == "text":
            self.add_text(ev.text, ev.line)
        elif ev.kind == "expense":
            if self.columns and self.block is not None:
                self.block.expenses.append(ev.value)
            elif self.current is None and self.early_open is not None:
                self.early_open.expenses.append(ev.value)
            elif self.current is None:
                self.preamble.append(Line(ev.line, ev.text))
            else:
                self.current.expenses.append(ev.value)
                self.current.touch(ev.line)
        elif self.columns and ev.kind in FLAGS and (id(ev) in self.flag_column or not (
                self.open_group is not None and self.open_group.line_end == ev.line)):
            self.flags[ev.kind].append(ev)  # a flag column: claimed in order at the end
            self.after_flags = True
        else:
            group = self._figure(ev)
            if not self.columns and ev.kind == "target":
                self.closed = True  # the entry's last part: what follows is the next entry's
            return group
        return None

    def _day_left_under_header(self, ev: Event) -> None:
        """An undated entry given the date `ev` below its header, where a day
        alone ended the header's line after its separators and was set aside
        as a speck ("รายงานครั้งที่ 3 :: 7" / "๑7" / "กรกฎาคม 61 : ...": the
        form's date slot holds one day, the line below another, a page's
        number or a speck OCR read as figures): which is the date's day
        cannot be told, so the date is kept as read and said in doubt.
        Before, 17 July was read with nothing said, the truth 7 July (fresh
        set s123p, bma_progress_s123p004)."""
        entry = self.current
        if entry is None or not isinstance(ev.value, _date):
            return
        days = [t for sp in self.specks if sp.no == entry.line_start and _LONE_DAY_RE.fullmatch(t := sp.text.strip())
                and 1 <= (day := int(thai_digits_to_arabic(t))) <= 31 and day != ev.value.day]
        if days:
            self.issues.append(Issue("warning", "unplaced_text", f"report {entry.seq}'s date: its header's line ends "
                                     f"with the day {days[0]!r}, set aside as a speck, and the date below it "
                                     f"({' '.join(ev.text.split())!r}) gives day {ev.value.day}: which is the date's "
                                     "day cannot be told; the date is kept as read", days[0], entry.line_start,
                                     ev.line, field="progress_reports.report_date"))

    def _dated_after_text(self, ev: Event) -> bool:
        """Row mode: a date cell (read, or its slot damaged past reading)
        after the current entry's date and description, before any of its
        figures: an entry's cells run header, date, description, so the date
        is the next entry's, whose header OCR lost (a column of "date :
        description" cells read apart from the column of headers and from
        the figures).  Only where the current entry's own date cell was read
        (a date, or its header's date slot), its description followed it, no
        figure clause was read since its header, and no header of the next
        number stands anywhere in the section (else that header opens it)."""
        cur = self.current
        if self.replaying or cur is None or (ev.value is None and not ev.damaged):
            return False
        if cur.date is None and not cur.date_text and cur.seq not in self.slotted:
            return False
        if not any(not is_speck(t) for t in cur.texts) or any(g.hint == cur.seq for g in self.groups):
            return False
        seq = cur.seq + 1
        if seq in self.entries or seq in self.later_headers:
            return False
        # (a date before the current entry's, both read in one year, is no later report's)
        return not (ev.value is not None and cur.date is not None and ev.value.year == cur.date.year
                    and ev.value < cur.date)

    def _header_lost_before_date(self, ev: Event) -> None:
        """The next entry opened at a date cell whose header OCR lost (see
        _dated_after_text), numbered after the current one; said."""
        before = self.current.seq
        entry = self.entry(before + 1, ev.line)
        entry.date, entry.date_text = ev.value, ev.damaged or ev.text
        entry.touch(ev.line)
        self.issues.append(Issue("warning", "entry_header_missing",
                                 f"report {entry.seq} read where its header should stand: a date cell after "
                                 f"report {before}'s date and description (a report's cells run header, date, "
                                 "description), so it opens the next report; its header is unreadable",
                                 ev.text, ev.line, ev.line, field="progress_reports.seq"))
        self.current, self.closed, self.open_group = entry, False, None

    def _replay(self) -> None:
        """Text held after a closed entry goes to that entry after all (a
        header followed, or the copy ended)."""
        pending, self.pending = self.pending, []
        self.closed = False
        self.replaying = True
        for ev in pending:
            self._place(ev)
        self.replaying = False

    def _header_lost(self, ev: Event) -> bool:
        """Row mode: a figure clause after an entry's flags with no header
        between: the next entry's header was lost (OCR), so the clause and
        the text held since open that entry, numbered after the current one
        (unless a header of that number stands later).  Said as an issue."""
        if self.current is None:
            return False
        seq = self.current.seq + 1
        if seq in self.entries or seq in self.later_headers:
            return False
        if ev.kind == "budget" and ev.seq == self.current.seq:
            # the clause names the entry its flags closed: that entry's own (a cell OCR read after its flags),
            # no next entry's; its figures go to it (two clauses of a kind there are said: conflicting_figures)
            return False
        if not any(held.kind in ("text", "date", "expense") and not is_speck(held.text) for held in self.pending):
            # nothing but figures since the flags (no date, no words, no expense line): no entry of its own
            # shows, only cells of the entry before read apart from it; they go to it, said where they clash
            return False
        pending, self.pending = _slot_apart(self.pending), []
        line = pending[0].line if pending else ev.line
        entry = self.entry(seq, line)
        self.issues.append(Issue("warning", "entry_header_missing", f"report {seq} read where its header should "
                                 f"stand, after report {seq - 1}'s flags; its header is unreadable",
                                 ev.text, line, ev.line, field="progress_reports.seq"))
        self.current, self.closed, self.open_group = entry, False, None
        for held in pending:
            self._place(held)
        self._place(ev)
        return True

    def _real_header(self, ev: Event) -> Event | None:
        """A false header is text of its entry (see module doc); an undated
        header whose number is dated elsewhere is the same."""
        if ev.kind == "header" and ev.value is None and ev.text == "undated" and ev.seq in self.dated:
            ev = Event("false_header", ev.line, None, seq=ev.seq, text="")
        if ev.kind != "false_header":
            return ev
        # the budget clause after it names the dated entry before it, which no budget clause named yet:
        # the label a page break left above that entry's last lines (seed 001's layout, where the
        # label's number is the next one and stands nowhere else)
        clause, named_before = self.next_budget.get(id(ev), (None, False))
        named = clause.seq if clause is not None else None
        # (or names it with its closing bracket read as a digit, "(ครั้งที่ 44 = ฿32,400" for (ครั้งที่ 4): a number
        # no entry holds, the label's own number none either; before, the label opened an entry 5 the form does not
        # print, which took entry 4's last lines and figures: fresh set s119p, bma_progress_s119p003)
        if self.current is not None and named != self.current.seq and named not in self.entries \
                and _bracket_as_digit(clause, self.current.seq):
            named = self.current.seq
        # (or names, as read, an entry before it that holds its own figures, its digits no reading of the label's
        # number, under a dated entry holding no figures of its own: "(ครั้งที่ ๓)" for ๙ under the label
        # "รายงานครั้งที่ 1๐", report 3's figures above (fresh set s121r, bma_progress_s121r002), or "(ครั้งที ๑)" for ๙
        # under "รายงานครั้งที่ ๑๐", ๙ read ๑ past the table, report 1's figures above (fresh set s152p,
        # bma_progress_s152p007): the clause is no earlier entry's, and the entry it continues has none.  Before,
        # the label opened an entry 10 the form does not print, which took entry 9's expenses, figures and flags)
        if self.current is not None and clause is not None and named is not None and named < self.current.seq \
                and named != ev.seq and not _reads_as(clause.printed, ev.seq) \
                and any(g.owner == named and _has_figure(g) for g in self.groups) \
                and not any(g.owner == self.current.seq or g.explicit == self.current.seq for g in self.groups):
            named, named_before = self.current.seq, False
        # (that entry dated, or its header's date slot there but OCR damaged past reading: "รายงานครั้งที่ ๒ ::
        # oy มี.ค. ๒๕๒ :"; before, only a dated one, so the label opened the next entry, which took the lines; a
        # header standing alone, a column's, is no such entry)
        continues = (self.current is not None and (self.current.date is not None or self.current.seq in self.slotted)
                     and not self.columns and named == self.current.seq and not named_before)
        # (nor is a label whose number a header with a date slot holds, its date damaged past reading: that
        # header is the entry, the label the page break's above the entry before it; before, the label opened
        # the entry, which took the lines and figures of the entry before it)
        is_real = (ev.seq not in self.dated and ev.seq not in self.slot_dated and ev.seq not in self.entries
                   and not continues
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

    def _tail(self, ev: Event) -> Event | None:
        """A budget clause without its words ("(ครั้งที่ 1) = 0 บาท"): the rest
        of the last clause whose words stood without an amount (a column
        read apart, text between them), else a budget clause of its own."""
        group = next((g for g in reversed(self.groups) if "budget" in g.values), None)
        if group is None or group.values["budget"] is not None or (
                group.explicit is not None and ev.seq is not None and group.explicit != ev.seq):
            return Event("budget", ev.line, ev.value, seq=ev.seq, text=ev.text, printed=ev.printed)
        group.values["budget"] = ev.value
        group.texts["budget"] += " " + ev.text.strip()
        if group.explicit is None and ev.seq is not None:
            group.explicit, group.printed = ev.seq, ev.printed
        group.line_end = max(group.line_end, ev.line)
        group.last_line = max(group.last_line, ev.last)
        return None

    def _amount_carried(self, ev: Event, wants: FigureGroup | None) -> Event | None:
        """The rest of a budget clause a line break cut: "= 0 บาท", "1)=0บาท"."""
        text = ev.text
        m = LEADING_AMOUNT_RE.match(thai_digits_to_arabic(text)) if wants is not None else None
        if m:
            wants.values["budget"] = m.group(2)
            seq = budget_seq(m.string, m)
            if seq is not None and wants.explicit is None:
                wants.explicit = seq
            wants.texts["budget"] += " " + text[: m.end()].strip()
            text = text[m.end():]
        elif DANGLING_UNIT_RE.match(text):
            text = DANGLING_UNIT_RE.sub("", text, count=1)
        text = text.strip(SEPS)
        return Event("text", ev.line, text=text) if text else None

    def _dangling_amount(self, ev: Event) -> bool:
        """Column mode: an amount on a line of its own (") = ฿0", "= 0 บาท"),
        a budget clause's tail that OCR read as a column of its own; it goes to
        the clauses that lack their amount, in order (at the end)."""
        m = LEADING_AMOUNT_RE.match(thai_digits_to_arabic(ev.text))
        if m is None or _BAHT_DASH_RE.sub("", ev.text[m.end():]).strip(SEPS) or \
                not _CLAUSE_TAIL_RE.search(ev.text[: m.end()]):
            return False  # a bare number is no budget clause's tail
        self.amounts.append((m.group(2), ev.text.strip(), ev.line, budget_seq(m.string, m)))
        return True

    def _kind_column(self, ev: Event) -> FigureGroup | None:
        """Column mode: the group a figure clause of one kind goes to where
        it follows a column of clauses of another kind (a table read column
        by column whose figure cells OCR read one label under another: five
        "ความก้าวหน้าของงานฯ = ..." lines, then five "งบประมาณที่เบิกใช้"
        lines): the clauses of the second column go, in order, to the groups
        the first column opened, each to the next one lacking its kind (the
        column's groups, COLUMN_RUN at least, opened one a clause, none
        holding that kind).  None where the clause goes on as before (it
        opens a group after the last, or joins the open one).  Before, the
        first budget label joined the last progress group and each of the
        others opened a report past the last header (its header said lost),
        so every report lost its disbursement."""
        if self.fill is not None:
            kind, groups, at = self.fill
            if kind == ev.kind and at < len(groups) and ev.kind not in groups[at].values:
                self.fill = (kind, groups, at + 1)
                return groups[at]
            self.fill = None
            return None
        kind, run = self.kind_run
        if kind is None or kind == ev.kind or len(run) < COLUMN_RUN or any(ev.kind in g.values for g in run):
            return None
        self.fill = (ev.kind, run, 1)
        self.kind_run = (None, [])
        return run[0]

    def _figure(self, ev: Event) -> FigureGroup:
        """Put a figure or flag clause into a group (see module doc)."""
        group = self.open_group
        if self.columns and ev.kind in FIGURES:
            filled = self._kind_column(ev)
            if filled is not None:
                _take(filled, ev)
                filled.line_end = max(filled.line_end, ev.line)
                self.open_group = None
                return filled
        if group is None or ev.kind in group.values or (ev.kind == "progress" and group.values):
            if self.columns:
                # a column of figures: the entry after the previous group's, in the order they stand
                last = self.groups[-1].owner if self.groups else None
                hint = last + 1 if last is not None else min(self.entries, default=1)
            else:
                hint = self.current.seq if self.current else None
            group = FigureGroup(hint=hint, line_start=ev.line, chained=self.columns and bool(self.groups),
                                segment=self.segment, headers=self.n_headers)
            if not self.columns and ev.kind in FIGURES and not (self.groups and self.groups[-1].segment == self.segment):
                group.known = tuple(sorted(self.entries))
            self.groups.append(group)
            self.open_group = group
            if self.columns and ev.kind in FIGURES:
                kind, run = self.kind_run  # a column of clauses of one kind, one group a clause
                self.kind_run = (kind, [*run, group]) if kind == ev.kind and self.fill is None else (ev.kind, [group])
        elif self.columns:
            self.kind_run = (None, [])
        _take(group, ev)
        group.line_end = ev.line
        if ev.kind == "budget" and ev.seq is not None:
            # a clause naming a number no report has (0: a digit OCR misread) stands in the place of the
            # entry after the group before's (its figures go there too, and said: _misread_owner)
            owner = ev.seq if ev.seq >= 1 else group.hint
            if (self.columns and self.block is not None and self.block.owner is None and owner is not None
                    and all(b.owner is not None for b in self.blocks[:-1])):
                # blocks and clauses interleaved: the block this clause follows is that entry's
                self.block.owner, self.block.group = owner, group
                self.block = None
        if len(group.values) == 4:
            self.open_group = None
        return group

    # -- the end

    def _early_placed(self) -> None:
        """The date and description cells read before any entry (row mode,
        every header before them lost: fresh set s83a, bma_progress_s83a007,
        a table's header column read as specks; s83b009, a table read column
        by column whose header cells OCR damaged past reading) go to the
        entries lacking a date, in order, or by their months where the two
        are not as many (_block_places, which says so); those no entry takes
        are left, no entry's, as before (their expense lines said)."""
        blocks, self.early, self.early_open = self.early, [], None
        if not blocks:
            return
        # an entry's cells run date, description, figures: the clause right after a cell, no other cell before
        # it, names the cell's entry
        follows = [self._clause_after(block) for block in blocks]
        claims = Counter(id(g) for g in follows if g is not None)
        rest: list[tuple[DateBlock, FigureGroup | None]] = []
        for block, group in zip(blocks, follows):
            entry = self.entries.get(group.owner) if group is not None and claims[id(group)] == 1 else None
            if entry is not None and _cells_lacking(entry):
                self._place_block(block, entry)
            else:
                rest.append((block, group))
        # the others by order only where they are one column of cells (every one before the same clause: a
        # table read column by column) as many as the entries lacking a date; else left, as before
        left = [block for block, _ in rest]
        column = bool(rest) and rest[0][1] is not None and all(group is rest[0][1] for _, group in rest)
        free = [e for e in self.entries.values() if _cells_lacking(e)]
        places = self._block_places(left, sorted(self.entries), set()) if column and len(left) == len(free) \
            else [None] * len(left)
        for block, seq in zip(left, places):
            if seq is not None:
                self._place_block(block, self.entries[seq])
            else:
                self._block_left(block, "read before any report entry, which no entry lacking a date takes")

    def _clause_after(self, block: DateBlock) -> FigureGroup | None:
        """The first figure clause after a date and description cell's lines (its expense lines among them)."""
        end = max([block.line, *(n for _, n in block.texts), *(x.last_line for x in block.expenses)])
        return min((g for g in self.groups if g.line_start > end and _has_figure(g)), key=lambda g: g.line_start,
                   default=None)

    def _block_left(self, block: DateBlock, why: str) -> None:
        """A date and description cell no entry takes: its lines left, no entry's, and its expense lines said on
        their table (`why`: why no entry takes it)."""
        self.preamble.extend(Line(n, t) for t, n in [(block.date_text, block.line), *block.texts])
        if block.expenses:
            self.issues.append(Issue(
                "warning", "unplaced_text", f"{len(block.expenses)} expense line(s) of a date and description cell "
                f"{why}: given to no entry", "; ".join(f"{e.item} = {e.amount}" for e in block.expenses),
                block.expenses[0].line, max(e.last_line for e in block.expenses), field="expenses"))

    def _pinned_between(self) -> None:
        """A budget clause naming a report no clause could open (out of
        reach: "(ครั้งที่ 22" for 2, "(ครั้งที่ 49" for 4, the bracket read as
        a digit), its header lost, standing in page order between the clauses
        of reports k - 1 and k + 1 where no report k was read: it is report
        k's, the one place the reports' order leaves it (value_repaired, rule
        report_sequence), and opens it (entry_header_missing).  Only where
        every clause between those two is this one: two or more in the gap
        would leave which is k's to a guess (fresh set s83a,
        bma_progress_s83a007: a table's header column read as specks, the
        clauses of reports 1, 3, 5 and 6 read, 2's and 4's orphaned)."""
        groups = self.groups
        for i, group in enumerate(groups):
            named = group.explicit
            if named is None or named in self.entries:
                continue
            # the clauses beside it (groups of flags alone, a column of flags read between, name no entry)
            before = next((g for g in reversed(groups[:i]) if _has_figure(g)), None)
            after = next((g for g in groups[i + 1:] if _has_figure(g)), None)
            if before is None or after is None or before.owner not in self.entries \
                    or after.owner not in self.entries or after.owner - before.owner != 2:
                continue
            place = before.owner + 1
            if place in self.entries or place == named:
                continue
            evidence = {"rule": "report_sequence", "printed": group.printed or str(named), "read": named,
                        "chosen": place}
            self.issues.append(Issue("warning", "value_repaired",
                                     f"a budget clause names report {named}, which no header or clause opens; it "
                                     f"stands between the clauses of reports {before.owner} and {after.owner}, "
                                     f"where no report {place} was read, and is read as report {place}'s",
                                     json.dumps(evidence, ensure_ascii=False), group.line_start, group.line_end,
                                     field="progress_reports.seq"))
            group.explicit = place
            self._open_from_figures(place, group)

    def _open_from_figures(self, seq: int, group: FigureGroup) -> None:
        """Report `seq` opened at its figure clause, its header lost; said."""
        self.entry(seq, group.line_start)
        self.issues.append(Issue("warning", "entry_header_missing",
                                 f"report {seq} read from its figures; its header is unreadable",
                                 "; ".join(group.texts.values()), group.line_start, group.line_end,
                                 field="progress_reports.seq"))

    def _misread_owner(self, group: FigureGroup, top: int) -> None:
        """A budget clause naming a report that is not there and cannot be a
        lost one ("(ครั้งที่ 22" for 2 with its bracket read as a digit), in the
        place of an entry that is: its figures are that entry's, and said; so
        too one that could be a lost one whose number is the entry's with its
        closing bracket read as a 1 (_bracket_as_one).
        In a table read column by column whose number column runs 1..N and
        that holds no more budget clauses than N, no header was lost: a
        clause naming a number past N is misread too."""
        explicit, hint = group.explicit, group.hint
        whole_column = bool(self.blocks) and set(self.entries) == set(range(1, top + 1)) and \
            sum(1 for g in self.groups if "budget" in g.values) <= top  # no more budget clauses than rows
        if explicit is None or explicit in self.entries or hint is None or hint not in self.entries:
            return
        bracketed = _bracket_as_one(group, hint)
        if 1 <= explicit <= (top if whole_column else top + ENTRY_GAP) and not bracketed:
            return
        evidence = {"rule": "report_sequence", "printed": str(explicit), "read": explicit, "chosen": hint}
        bracket = (f" (its number is {hint}'s with a 1 after it, the bracket it opens never closed: OCR read the "
                   "closing bracket as a 1)" if bracketed else "")
        self.issues.append(Issue("warning", "value_repaired",
                                 f"a budget clause names report {explicit}, which the copy does not hold{bracket}; it "
                                 f"stands in report {hint}'s place and is read as {hint}'s", json.dumps(evidence),
                                 group.line_start, group.line_end, field="progress_reports.seq"))
        group.explicit = hint

    def _column_places(self) -> int:
        """A column of figures (a table read column by column) that holds one
        group for each report, in order: as many groups as reports 1..N, one
        chain from the first, every report's header read but at most one (a
        header OCR lost), its ends naming their places (the first report 1,
        the last N; one of them may name none).  Each group is the report of
        its place, whatever its clause names ("(ครั้งที่ ๓)" in the 8th place,
        a misread the digit table does not list; "(ครั้งที่ 9)" in the 6th,
        where no other clause names 9): each clause re-owned so is said.
        Before, the chain's hints followed the misread numbers and the
        reports after them lost their figures.  A column with a group more
        or fewer (a group lost or parted) is left to the clauses
        (_misread_owner, _misread_twin).  Gives the number of reports the
        column places (0 where it places none): a clause re-owned to a place
        past the headers read opens that report (its header lost) however
        far past them it stands, the other columns counting it."""
        groups = self.groups
        top = len(groups)  # the last report's header may be the one lost: its clause names it
        if not (self.blocks and top >= 3 and max(self.entries, default=0) <= top):
            return 0
        if groups[0].chained or not all(g.chained for g in groups[1:]):
            return 0
        if len(self.entries) < top - 1 and not self._rows_counted(top):
            return 0
        first, last = groups[0].explicit, groups[-1].explicit
        ends = not (first not in (None, 1) or last not in (None, top) or first is last is None)
        if not ends and not self._rows_counted(top):
            return 0
        why = "its ends naming their places" if ends else \
            "the table's other columns counting as many rows (date and description cells, flags)"
        for place, group in enumerate(groups, start=1):
            group.hint = place
            if group.explicit is None or group.explicit == place:
                continue
            evidence = {"rule": "report_sequence", "printed": group.printed, "read": group.explicit,
                        "chosen": place}
            self.issues.append(Issue("warning", "value_repaired",
                                     f"a column of figures holds one group for each of the {top} reports, in "
                                     f"order, {why}: the budget clause in place {place} "
                                     f"names report {group.explicit} (printed {group.printed!r}) and is read as "
                                     f"report {place}'s", json.dumps(evidence, ensure_ascii=False),
                                     group.line_start, group.line_end, field="progress_reports.seq"))
            group.explicit = place
        return top

    def _rows_counted(self, top: int) -> bool:
        """Whether the table read column by column counts `top` rows in each
        of its other columns, its column of report numbers lost (OCR): as
        many date and description cells and as many flags of each kind as
        figure groups, and every budget clause but one naming its place, the
        one a reading of its place's digits ("(ครั้งที่ ๕)" in the 4th of
        four places, ๔ read as ๕).  Three columns then say which row each
        group is, whatever the one clause names (_column_places).  Several
        clauses misread or unreadable (a document whose OCR never writes some
        digits: "(ครั้งที่ ๒)", "(ครั้งที่ ๓)", "(ครั้งที่ ๕)", "(ครั้งที่ ๑)" in places 6
        to 9 of nine) count so too where the first names 1 or nothing and
        each one read is a reading of its place's digits or names a report
        whose own place holds a clause naming it (_twin_in_place): no clause
        then says another row than its place.  Before, such a column kept
        the numbers read, and the reports they repeat lost their rows (set
        s69z bma_progress_s69z007: reports 6-9 of a project lost, 36 fields)."""
        if len(self.blocks) != top or any(len(self.flags[k]) != top for k in FLAGS):
            return False
        odd = [(place, g) for place, g in enumerate(self.groups, start=1) if g.explicit is not None and g.explicit != place]
        unnamed = sum(1 for g in self.groups if g.explicit is None)
        if len(odd) > 1 or unnamed > 1:
            # several clauses misread or unreadable: each one read names its place, or a reading of its
            # digits does, or it is the twin of the clause in the place of the report it names
            return self.groups[0].explicit in (None, 1) and \
                all(_reads_as(g.printed, place) or self._twin_in_place(g) for place, g in odd)
        for place, g in odd:
            if not _reads_as(g.printed, place):
                return False
        return True

    def _twin_in_place(self, group: FigureGroup) -> bool:
        """Whether a budget clause names a report whose own place in the
        column of figures holds a clause naming it too (its twin: "(ครั้งที่ ๑)"
        in the 9th place, ๙ read as ๑, where the 1st names 1): one report has
        one budget clause, so the number is misread in one of them, and the
        one in its own place is that report's."""
        named = group.explicit
        return named is not None and 1 <= named <= len(self.groups) and \
            self.groups[named - 1] is not group and self.groups[named - 1].explicit == named

    def _swapped_pairs(self) -> None:
        """Two budget clauses each inside the other's entry by the number it
        names ("(ครั้งที่ 11 = ๐" inside report 1, its bracket read as a 1, and
        "(ครั้งที่ @1)" inside report 11, read 1: fresh set s110p,
        bma_progress_s110p007), neither entry holding another clause, and
        each entry's place in page order between the owners of the clauses
        before and after it: each is its own entry's, the numbers they name
        misread (value_repaired, rule report_sequence).  Before, the two
        entries swapped their figures, and neither was said."""
        groups = self.groups
        owners = Counter(g.owner for g in groups)
        for i, group in enumerate(groups):
            named, hint = group.explicit, group.hint
            if named is None or hint is None or named == hint or group.chained or owners[hint] != 1 \
                    or owners[named] != 1 or hint not in self.entries or named not in self.entries:
                continue
            j = next((k for k, other in enumerate(groups) if other.hint == named and other.explicit == hint
                      and not other.chained), None)
            if j is None or j <= i or not (self._in_order(i, hint) and self._in_order(j, named)):
                continue
            for g, own, other in ((groups[i], hint, named), (groups[j], named, hint)):
                evidence = {"rule": "report_sequence", "printed": g.printed, "read": other, "chosen": own}
                self.issues.append(Issue(
                    "warning", "value_repaired",
                    f"a budget clause inside report {own} names report {other} (printed {g.printed!r}), and the one "
                    f"inside report {other} names report {own}: each entry has one budget clause, and each stands "
                    f"in its own entry's place in page order: it is read as {own}'s",
                    json.dumps(evidence, ensure_ascii=False), g.line_start, g.line_end, field="progress_reports.seq"))
                g.explicit = own

    def _in_order(self, i: int, seq: int) -> bool:
        """Whether report `seq` fits group i's place in page order: above the
        owner of the nearest group before it that names one, below the
        owner of the nearest after it that does."""
        before = next((g.owner for g in reversed(self.groups[:i]) if g.owner is not None and _has_figure(g)), None)
        after = next((g.owner for g in self.groups[i + 1:] if g.owner is not None and _has_figure(g)), None)
        return (before is None or before < seq) and (after is None or seq < after)

    def _misread_twin(self, group: FigureGroup, owners: Counter[int], whole: bool) -> None:
        """A budget clause naming a report whose own figures stand elsewhere,
        inside an entry that has none, its printed digits a misread of that
        entry's number ("(ครั้งที่ ๓)" in report 7, whose ๗ OCR read as ๓; or
        "(ครั้งที่ ๑)" in report 9, a misread no digit table lists): it is
        that entry's, and said.  `owners` counts the groups of each entry
        (kept up to date as groups are re-owned); `whole`: the entries run
        1..N (asked once: no entry is added while the groups are weighed)."""
        explicit, hint = group.explicit, group.hint
        if explicit is None or hint is None or explicit == hint or hint not in self.entries or not group.printed:
            return
        if owners[explicit] < 2 or owners[hint] > 0:  # the named entry has figures besides these; this one none
            return
        # a reading of its digits, or not (tesseract writes ๙ as ๑ too): two clauses for one report and none
        # for the one the clause stands in say the number is misread either way
        reading = _reads_as(group.printed, hint)
        if not reading and not whole:
            return  # entries that do not run 1..N: the structure itself is in doubt
        evidence = {"rule": "report_sequence", "printed": group.printed, "read": explicit, "chosen": hint}
        self.issues.append(Issue("warning", "value_repaired",
                                 f"a budget clause inside report {hint} names report {explicit} (printed "
                                 f"{group.printed!r}), whose figures stand elsewhere; "
                                 + (f"{hint} is a reading of its digits and " if reading else "")
                                 + f"report {hint} has no other figures: it is read as {hint}'s",
                                 json.dumps(evidence, ensure_ascii=False), group.line_start, group.line_end,
                                 field="progress_reports.seq"))
        owners[explicit] -= 1
        owners[hint] += 1
        group.explicit = hint

    def _misread_next(self, group: FigureGroup, owners: Counter[int], top: int) -> None:
        """A budget clause naming a report past the last header (`top`), which
        no header holds (read so, it opens that report, its header lost:
        entry_header_missing), inside an entry that has no figures, its
        printed digits a reading of that entry's number ("(ครั้งที่ ๕)" in
        report 4, the last, whose ๔ OCR read as ๕, as in its header or not):
        that entry's, and said.  Read as the next report's, its header lost,
        the entry it stands in would have lost all its figures as well: two
        losses, against one digit misread.  Before, the entry kept none of
        its figures and flags, and a report it does not print was added.
        Digits that are no reading of the entry's number ("(ครั้งที่ 9)" in
        report 6 of 8) do where the progress figures place the clause there
        and not past the last report (_progress_places), or where, read as
        rows, the headers after it are all numbered between the entry's and
        the one it names (_headers_after: "(ครั้งที่ ๑๑" inside report 4 of 9)."""
        explicit, hint = group.explicit, group.hint
        if explicit is None or hint is None or explicit in self.entries or hint not in self.entries \
                or not group.printed or not top < explicit <= top + ENTRY_GAP:
            return
        if owners[hint] > 0 or owners[explicit] != 1:  # the entry has figures, or another clause names the report
            return
        reading = _reads_as(group.printed, hint)
        placed = not reading and self._progress_places(group, hint, top)
        after = [] if reading or placed else self._headers_after(group, hint, explicit)
        if not (reading or placed or after):
            return
        evidence = {"rule": "report_sequence", "printed": group.printed, "read": explicit, "chosen": hint}
        why = (f"{hint} is a reading of its digits" if reading else
               f"its progress lies between report {hint}'s neighbours' and below the last report's, where report "
               f"{explicit}'s would fall back" if placed else
               f"the headers after it, in the rows that follow, are numbered {', '.join(map(str, after))}: report "
               f"{explicit}'s rows would stand after theirs")
        self.issues.append(Issue("warning", "value_repaired",
                                 f"a budget clause inside report {hint} names report {explicit} (printed "
                                 f"{group.printed!r}), past the last header and held by none; {why} and report "
                                 f"{hint} has no other figures: it is read as {hint}'s, not as report {explicit}'s "
                                 "whose header was lost",
                                 json.dumps(evidence, ensure_ascii=False), group.line_start, group.line_end,
                                 field="progress_reports.seq"))
        owners[explicit] -= 1
        owners[hint] += 1
        group.explicit = hint

    def _headers_after(self, group: FigureGroup, hint: int, explicit: int) -> list[int]:
        """Row mode: the numbers of the headers that stand after a budget
        clause (`group`) inside report `hint`, when there are any and every
        one of them is above `hint` and below the number the clause names,
        `explicit` (past the last header): entries read as rows stand in
        their order, so report `explicit`, its header lost, would stand after
        them, not inside report `hint` before them ("(ครั้งที่ ๑๑ = ๐ บาท"
        inside report 4 of 9, ๔) read as ๑๑, reports 5..9 after it).  Only
        where the group's progress does not say otherwise: read as report
        `hint`'s, it must not fall below the nearest report before `hint`
        whose progress reads, nor rise above the nearest one after it (a
        progress that does not fit leaves the clause to the report it names).
        Empty otherwise (a table read column by column, whose reading order
        says nothing of the entries' order, or a header after it out of
        order)."""
        if self.columns or self.blocks or not self._progress_allows(group, hint):
            return []
        after = [ev.seq for ev in self.events if ev.kind in ("header", "number") and ev.seq is not None
                 and ev.line > group.line_end]
        if not after or not all(hint < seq < explicit for seq in after):
            return []
        return after

    def _progress_allows(self, group: FigureGroup, hint: int) -> bool:
        """Whether the group's progress (if it reads) lies between the
        progress of the nearest reports before and after `hint` whose
        progress reads, each read from the groups they own (_headers_after)."""
        mine = _progress_value(group.values.get("progress"))
        if mine is None:
            return True
        by_owner = {k: read for k, vs in self._progress_by_owner(group).items()
                    if (read := [v for v in vs if v is not None])}
        before = [by_owner[k] for k in sorted(by_owner) if k < hint]
        after = [by_owner[k] for k in sorted(by_owner) if k > hint]
        return not (before and mine < max(before[-1])) and not (after and mine > min(after[0]))

    def _progress_by_owner(self, group: FigureGroup) -> dict[int, list]:
        """The progress of each entry's groups but `group`, by the entry that owns them (None where a group's
        progress does not read): _progress_places, _progress_allows."""
        by_owner: dict[int, list] = {}
        for g in self.groups:
            if g is not group and g.owner is not None:
                by_owner.setdefault(g.owner, []).append(_progress_value(g.values.get("progress")))
        return by_owner

    def _progress_places(self, group: FigureGroup, hint: int, top: int) -> bool:
        """Whether the progress figures say a budget clause naming a report
        past the last header (`top`) is report `hint`'s, its number misread
        past any digit table ("(ครั้งที่ 9)" in report 6 of 8): the copy's
        entries run 1..top, every header read; the group's progress is below
        the last report's (read as a report after it, progress would fall)
        and lies between the progress of the reports on either side of
        `hint` (each read from exactly one group of its own).  Progress never
        falls from one report to the next on this form (rows.py says where
        it does: progress_decreased)."""
        if set(self.entries) != set(range(1, top + 1)) or not 1 < hint < top:
            return False
        mine = _progress_value(group.values.get("progress"))
        if mine is None:
            return False
        by_owner = self._progress_by_owner(group)
        sides = [by_owner.get(k, []) for k in (hint - 1, hint + 1, top)]
        if any(len(v) != 1 or v[0] is None for v in sides):
            return False
        before, after, last = (v[0] for v in sides)
        return before <= mine <= after and mine < last

    def _first_lacking(self, order: list[int], has, cursor: int) -> int:
        """Index in `order` (the entries' numbers, sorted) of the first entry
        that lacks what `has` tests, looking from `cursor`: entries only gain
        parts here, so the ones before it still have theirs (searching from
        the first entry for every block or flag was quadratic)."""
        while cursor < len(order) and has(self.entries[order[cursor]]):
            cursor += 1
        return cursor

    def _block_places(self, blocks: list[DateBlock], order: list[int], given: set[int]) -> list[int | None]:
        """The entry each date-and-description block no clause claimed goes to
        (None: no entry's): in order, each to the next entry lacking a date.
        Where the blocks and those entries are not as many (OCR lost a cell,
        or read a foreign one in), the order alone would shift every block
        after the gap: the one way the blocks' months fit the form's calendar
        places them instead (parsers.bma_progress.months), and said; several
        ways or none, and they stay in order, the whole column said to be in
        doubt (on the descriptions: the dates keep their order among
        themselves, and the date repairs weigh them so)."""
        free = [s for s in order if not (self.entries[s].date is not None or s in given
                                         or _cell_read(self.entries[s]))]
        by_order: list[int | None] = [*free[: len(blocks)], *[None] * max(0, len(blocks) - len(free))]
        if not blocks or not free or len(blocks) == len(free):
            return by_order
        if (ran_on := self._run_on_cell(blocks, order, free)) is not None:
            return [ran_on, *free]
        read = {s: _month_read(e.date, e.date_text or "") for s, e in self.entries.items() if e.date is not None}
        anchors = {s: fiscal_month(m) for s, m in read.items() if m is not None}
        months = [_month_read(b.date, b.date_text) for b in blocks]
        ways = month_places([None if m is None else fiscal_month(m) for m in months], free, anchors, max(order))
        if len(ways) == 1:
            if ways[0] != by_order:
                self._cells_said(blocks, f"{len(blocks)} date and description cells of a table read column by "
                                 f"column for {len(free)} report entries lacking them: placed by their months, the "
                                 f"one way they fit one report a month in the fiscal year (reports {ways[0]}), not by "
                                 f"their order alone (reports {by_order})")
            return ways[0]
        self._cells_said(blocks, f"{len(blocks)} date and description cells of a table read column by column for "
                         f"{len(free)} report entries lacking them: a cell was lost or a foreign one read in, and "
                         f"their months {'fit several ways' if ways else 'fit no way'}; placed in order (reports "
                         f"{by_order}), each date and description may be another entry's")
        return by_order

    def _run_on_cell(self, blocks: list[DateBlock], order: list[int], free: list[int]) -> int | None:
        """One cell more than the entries lacking one, the first with no date
        and every other dated, under an entry (the one before the first
        lacking) whose description ends with a word no text ends with
        (normalizers.words.open_end): the first cell is that description's
        rest, the column read down from the row OCR read across before it
        ("... และโอนเงินกิจกรรมที่" / the headers' column / "1 ให้ 38 เครือข่าย" /
        "โรงเรียน โดยผ่านเขต" / "23/2/2564 : เวียนแจ้ง..."; before, it was read as
        the first lacking entry's, and every later cell of the column went one
        entry late: fresh set s152o, bma_progress_s152o001).  That entry's
        number, the cell's slot made its text, and said; else None."""
        first, before = blocks[0], [s for s in order if s < free[0]]
        if len(blocks) != len(free) + 1 or first.date is not None or first.owner is not None or not before \
                or any(b.date is None for b in blocks[1:]) or not self.entries[before[-1]].texts \
                or open_end(self.entries[before[-1]].texts[-1]) is None:
            return None
        if first.date_text:
            first.texts[:0] = [(first.date_text, first.line)]
            first.date_text = ""
        self._cells_said(blocks[:1], f"a date and description cell with no date, the first of {len(blocks)} cells "
                         f"of a table read column by column for {len(free)} report entries lacking them, read as "
                         f"the rest of report {before[-1]}'s description, which ends with a word no text ends "
                         "with; the other cells placed in order")
        return before[-1]

    def _cells_said(self, blocks: list[DateBlock], message: str) -> None:
        """An entry_cell_in_doubt on the descriptions of the blocks' lines (a
        doubt about texts: repairs.TEXT_DOUBT_FIELDS)."""
        end = max(max((n for _, n in b.texts), default=b.line) for b in blocks)
        self.issues.append(Issue("warning", "entry_cell_in_doubt", message, "; ".join(b.date_text for b in blocks),
                                 blocks[0].line, end, field="progress_reports.description"))
        # the expense lines a cell holds go where its description goes: in doubt with it, said at their lines
        spent = [x for b in blocks for x in b.expenses]
        if spent:
            self.issues.append(Issue("warning", "entry_cell_in_doubt",
                                     message + "; the expense lines these cells hold go with their descriptions and "
                                     "may be another entry's", "; ".join(x.item for x in spent),
                                     min(x.line for x in spent), max(x.last_line for x in spent), field="expenses"))

    def _finish(self) -> EntriesResult:
        self._across_rest()
        self._tails_name_owners()
        if not self.blocks:
            self._figure_columns()
        self._rows_of_headless_column()
        top = max(self.entries, default=0)
        placed = self._column_places()
        for group in self.groups:
            self._misread_owner(group, top)
        self._swapped_pairs()
        owners = Counter(g.owner for g in self.groups)
        whole = set(self.entries) == set(range(1, top + 1))
        for before, group in zip([None, *self.groups], self.groups):
            if group.chained and before is not None and before.owner is not None:
                group.hint = before.owner + 1  # the group before it re-owned ("(ครั้งที่ ๒)" in report 6's place)
            self._misread_twin(group, owners, whole)
            self._misread_next(group, owners, top)
        opened = top  # the last entry, the ones clauses opened counted as they open (in page order)
        for group in self.groups:  # a clause naming an entry whose header OCR lost opens it
            owner = group.owner
            if owner is not None and owner not in self.entries and 1 <= owner <= max(opened + ENTRY_GAP, placed):
                self._open_from_figures(owner, group)
                opened = max(opened, owner)
        self._pinned_between()
        self._early_placed()
        given: set[int] = set()  # entries a block went to (its date may be unreadable: still that entry's)
        for block in self.blocks:
            if block.group is not None and block.group.owner in self.entries:
                block.owner = block.group.owner  # its clause's number repaired above: the block goes with it
            if block.owner is not None:
                self._place_block(block, self.entry(block.owner, block.line))
                given.add(block.owner)
        order = sorted(self.entries)
        free_blocks = [b for b in self.blocks if b.owner is None]
        for block, seq in zip(free_blocks, self._block_places(free_blocks, order, given)):
            if seq is not None:
                self._place_block(block, self.entries[seq])
                given.add(seq)
            else:
                self._block_left(block, "no report entry claims (more such cells than report headers)")
        lacking_amount = self._lacking_amount()
        for group, (amount, text, line, _) in zip(lacking_amount, self.amounts):
            group.values["budget"] = amount
            group.texts["budget"] += " " + text
            group.line_end = max(group.line_end, line)
        for amount, text, line, _ in self.amounts[len(lacking_amount):]:
            self.preamble.append(Line(line, text))
        for group in self.groups:
            owner = group.owner
            if owner is None or owner not in self.entries:
                self.issues.append(Issue("error", "orphan_figures",
                                         f"figures for report {owner} found but no such report header",
                                         "; ".join(group.texts.values()), group.line_start, group.line_end,
                                         field="progress_reports"))
                continue
            self._place_figures(self.entries[owner], group.values, group.texts, group.line_start, group.line_end)
            if group.last_line:
                self.entries[owner].touch(group.last_line)  # the row's lines hold its figures as printed
        for kind, flags in self.flags.items():
            by_number = self._flags_by_number(kind, flags, order)
            if by_number is not None:
                for ev, seq in zip(flags, by_number):
                    if seq is not None:
                        self._place_figures(self.entries[seq], {kind: ev.value}, {kind: ev.text}, ev.line,
                                            max(ev.line, ev.last))
                continue
            cursor = 0
            for ev in flags:
                cursor = self._first_lacking(order, lambda e, k=kind: k in e.figures, cursor)
                if cursor < len(order):
                    self._place_figures(self.entries[order[cursor]], {kind: ev.value}, {kind: ev.text}, ev.line,
                                        max(ev.line, ev.last))
        if self.number_parts:
            self.issues.append(Issue("warning", "unplaced_text", "a report's number ('ครั้งที่ N') standing apart "
                                     "from its header inside that report's text (a table cell read apart): no "
                                     "text of the entry", " ".join(ln.text for ln in self.number_parts),
                                     self.number_parts[0].no, self.number_parts[-1].no))
        if self.specks:
            self.issues.append(Issue("warning", "unplaced_text", "short tokens OCR read from specks in section 2, "
                                     "standing on their own: no entry's text", " ".join(ln.text for ln in self.specks),
                                     self.specks[0].no, self.specks[-1].no))
        return EntriesResult(self.entries, self.issues, self.preamble, "columns" if self.blocks else "rows")

    def _tails_name_owners(self) -> None:
        """Column mode: a budget clause a wrap cut inside its bracket
        ("งบประมาณที่เบิกใช้ (ครั้ง"), its tail standing apart with the number
        and the amount ("11) = ฿15,035", after the next clause's line): the
        tail goes to the clauses lacking their amount in order (at the end),
        and the number it carries names its clause's entry, as the whole
        clause would have.  Before, the clause stood in the place of the entry
        after the group before's, and the next clause, naming that entry,
        was moved to the one after: two entries' figures swapped, silently."""
        for group, (_, _, _, seq) in zip(self._lacking_amount(), self.amounts):
            if seq is not None and group.explicit is None:
                group.explicit, group.printed = seq, str(seq)

    def _lacking_amount(self) -> list[FigureGroup]:
        """The figure groups whose budget clause holds no amount (a wrap cut it: its tail stands apart, in
        self.amounts), in order."""
        return [g for g in self.groups if "budget" in g.values and g.values["budget"] is None]

    def _rows_of_headless_column(self) -> None:
        """A table read column by column whose column of headers OCR left
        unread (_date_column_headless): its date column and its flag column
        count the same N rows (N date and description cells, N flags of the
        kind printed more often, none on a figures line), so the reports run
        1..N; each one no header or number opened is opened, its header said
        unreadable.  The cells then go one a report in order, the budget
        clauses to the reports they name (a name past N in the place of a
        report, "(ครั้งที่ 22" for 2, read as that report's and said:
        _misread_owner).  Before, only the reports the clauses named up to
        three past the highest stray number opened, and the cells went in
        order to those, each to another report's row."""
        if not self.headless or not self.columns:
            return
        n = len(self.blocks)
        if n < 2 or n != max(len(self.flags[k]) for k in FLAGS) or any(s > n for s in self.entries):
            return
        for seq in range(1, n + 1):
            if seq in self.entries:
                continue
            block = self.blocks[seq - 1]
            self.entry(seq, block.line)
            self.issues.append(Issue("warning", "entry_header_missing",
                                     f"report {seq} read from the date and description cell in place {seq} of "
                                     f"{n} (a table read column by column whose column of report headers OCR left "
                                     f"unread; its flag column counts {n} reports too); its header is unreadable",
                                     block.date_text, block.line, block.line, field="progress_reports.seq"))

    def _flags_by_number(self, kind: str, flags: list[Event], order: list[int]) -> list[int | None] | None:
        """The entry each flag of a flag column goes to when the column counts
        more entries than were read: N flags of a kind, every entry read
        numbered 1..N and none holding that flag of its own, one flag an
        entry in the form's order, so the k-th flag is report k's (a lost
        entry is skipped, its flag given to none) and said.  None otherwise,
        and where the entries lost are only the last ones (each flag then
        goes to the same entry either way): then each goes in order to the
        next entry lacking one.  Before, the flags went in order to the
        entries read, each after a lost entry given the flag of the entry
        before it, with no issue naming it."""
        if not order or len(flags) <= len(order) or order[-1] > len(flags) or any(
                kind in self.entries[seq].figures for seq in order) or order == list(range(1, len(order) + 1)):
            return None
        field = f"progress_reports.{FIELD_OF[kind]}"
        lost = [k for k in range(1, len(flags) + 1) if k not in self.entries]
        evidence = {"rule": "flag_column", "shown": len(flags), "read": order, "lost": lost}
        self.issues.append(Issue(
            "warning", "value_repaired", f"{len(flags)} {kind} flags in a column, one a report, for {len(order)} "
            f"entries read (lost: {', '.join(map(str, lost))}): each flag given to the report its place in the "
            "column numbers, not to the next entry read", json.dumps(evidence, ensure_ascii=False),
            flags[0].line, max(max(ev.line, ev.last) for ev in flags), field=field))
        return [k if k in self.entries else None for k in range(1, len(flags) + 1)]

    def _figure_columns(self) -> None:
        """Row mode: a run of two or more figure groups back to back (only
        specks between them, no flags but after the last: a page of a table read row by row whose figure
        cells OCR read as a block after the headers and descriptions, and
        the flag cells as another after them) is a figure column.  Its groups
        go, in order, to a run of as many entries among those no group owned
        when it opened (and the entries its clauses name past the last
        header), where that run is the only one under which each clause's
        printed number is unreadable or a reading of its entry's ("(ครั้งที่
        ๒)" for 6: ๖ read as ๒) and one at least is its entry's as printed
        (every cell holds its budget clause), said where a number is so
        read; and the
        flags that follow the column, before any header or other figures, go
        to its groups in order, kind by kind, when they are as many as its
        groups (else they go to none, and are said).  Before, every group
        went to the entry its misread number names or the last header's,
        all but one of them conflicting, and the flags to the last group."""
        top = max(self.entries, default=0)
        i = 0
        groups = self.groups
        absorbed: set[int] = set()  # flag groups whose flags went to a column's groups
        while i < len(groups):
            j = i
            while j + 1 < len(groups) and groups[j + 1].segment == groups[i].segment and _has_figures(groups[j + 1]):
                j += 1
            column = groups[i: j + 1]
            if len(column) < 2 or not all("budget" in g.values for g in column) or any(
                    kind in g.values for g in column[:-1] for kind in FLAGS):
                # (every cell of a figure column holds its budget clause, which names its report; flags between
                # its groups are rows', each with its own figures)
                i = j + 1
                continue
            owned = {g.owner for g in groups[:i] if _has_figures(g)}
            lacking = [e for e in column[0].known if e not in owned]
            named = sorted({g.explicit for g in column
                            if g.explicit is not None and max(column[0].known, default=0) < g.explicit <= top + ENTRY_GAP})
            candidates = [*lacking, *named]
            # (a run fits when every number may name its report, and one at least names it as printed)
            fits = [w for w in range(len(candidates) - len(column) + 1)
                    if all(_group_may_name(g, e) for g, e in zip(column, candidates[w: w + len(column)]))
                    and any(g.explicit == e for g, e in zip(column, candidates[w: w + len(column)]))]
            if len(fits) != 1:
                i = j + 1
                continue
            owners = candidates[fits[0]: fits[0] + len(column)]
            for g, e in zip(column, owners):
                if g.explicit is not None and g.explicit != e:
                    evidence = {"rule": "figure_column", "printed": g.printed, "read": g.explicit, "chosen": e}
                    self.issues.append(Issue(
                        "warning", "value_repaired", f"a budget clause names report {g.explicit} (printed "
                        f"{g.printed!r}) in a column of {len(column)} figure cells read as a block, in report {e}'s "
                        f"place: {e} is a reading of its digits, and the only run of reports the column's numbers "
                        "all read as", json.dumps(evidence, ensure_ascii=False), g.line_start, g.line_end,
                        field="progress_reports.seq"))
                g.explicit, g.hint = e, e
            absorbed.update(id(g) for g in self._flag_column(column, groups[j + 1:]))
            i = j + 1
        if absorbed:
            self.groups = [g for g in groups if id(g) not in absorbed]

    def _flag_column(self, column: list[FigureGroup], after: list[FigureGroup]) -> list[FigureGroup]:
        """The flags after a figure column (see _figure_columns), from the
        groups `after` it: the flag groups whose flags it took."""
        last = column[-1]
        follow = []
        for g in after:
            if _has_figures(g) or g.headers != last.headers:
                break
            follow.append(g)
        flags: dict[str, list[tuple[object, str]]] = {k: [] for k in FLAGS}
        for g in [last, *follow]:
            for kind in FLAGS:
                if kind in g.values:
                    flags[kind].append((g.values[kind], g.texts[kind]))
        if not any(flags.values()):
            return []
        for kind in FLAGS:
            last.values.pop(kind, None)
            last.texts.pop(kind, None)
        for kind, found in flags.items():
            if len(found) == len(column):
                for g, (value, text) in zip(column, found):
                    g.values[kind], g.texts[kind] = value, text
            elif found:
                self.issues.append(Issue(
                    "warning", "entry_cell_in_doubt", f"{len(found)} {kind} flags follow a column of {len(column)} "
                    "figure cells read as a block: which flag is which report's is not pinned, so none is given",
                    "; ".join(t for _, t in found), column[0].line_start, max(g.line_end for g in [last, *follow]),
                    field=f"progress_reports.{FIELD_OF[kind]}"))
        return follow

    def _place_block(self, block: DateBlock, entry: Entry) -> None:
        if entry.date is None and (block.date is not None or not entry.date_text):
            entry.date, entry.date_text = block.date, block.date_text
        for text, n in block.texts:
            text = self._own_number(text, n, entry)
            if text:
                entry.texts.append(text)
                entry.touch(n)
        entry.expenses.extend(block.expenses)
        entry.touch(block.line)

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


def _cells_lacking(entry: Entry) -> bool:
    """Whether an entry holds no date and description cell: no date, no date slot, no text."""
    return entry.date is None and not entry.date_text and not entry.texts


def _has_figure(group: FigureGroup) -> bool:
    """Whether the group holds a figure clause (progress or budget), not flags alone."""
    return any(kind in group.values for kind in FIGURES)


def _progress_value(value: object) -> float | None:
    """A group's progress figure as read ("54", "๓๑", "12.50 %": parse_percent), or None where it reads as no
    percentage."""
    if value is None:
        return None
    try:
        return parse_percent(str(value))
    except ValueParseError:
        return None


def _has_figures(group: FigureGroup) -> bool:
    return any(kind in group.values for kind in FIGURES)


def _reads_as(printed: str | None, number: int) -> bool:
    """Whether a report number's printed digits (a header's, a budget
    clause's) may be a reading of `number`, as many digits as it has
    (normalizers.confusions.digit_readings): "๕" for 4 (๔ read as ๕)."""
    width = len(str(number))
    return bool(printed) and str(number) in digit_readings(printed, length=(width, width))


# a budget clause's bracket before its number, none closing it ("(ครั้งที่ 11 = ๐ บาท": the closing one OCR read as a 1)
_OPEN_BRACKET_RE = regex.compile(r"[(\[]")
_CLOSE_BRACKET_RE = regex.compile(r"[)\]}]")


def _unclosed_after(printed: str, text: str, seq: int) -> str | None:
    """The one character a budget clause's number (`printed`) holds after
    entry `seq`'s number, where its bracket opened and never closed (`text`,
    the clause): what OCR made of the closing bracket; None otherwise."""
    if len(printed) != len(str(seq)) + 1 or not printed.startswith(str(seq)) \
            or not _OPEN_BRACKET_RE.search(text) or _CLOSE_BRACKET_RE.search(text):
        return None
    return printed[-1]


def _bracket_as_one(group: FigureGroup, hint: int) -> bool:
    """Whether a budget clause's number is the number of the entry it stands
    in with a 1 after it, its bracket opened and never closed: the closing
    bracket OCR read as a Latin 1 ("(ครั้งที่ 11 = ๐ บาท" inside report 1).
    Read as report 11, within reach of the last header, it opened a report
    the form does not print and took report 1's figures (fresh set s93o)."""
    return _unclosed_after(group.printed or "", group.texts.get("budget", ""), hint) == "1"


def _bracket_as_digit(clause: Event | None, seq: int) -> bool:
    """Whether a budget clause's number is entry `seq`'s with one digit
    after it, its bracket opened and never closed: the closing bracket OCR
    read as a digit ("(ครั้งที่ 44 = ฿32,400" for (ครั้งที่ 4); _bracket_as_one's
    case, any digit)."""
    if clause is None or clause.kind != "budget":
        return False
    last = _unclosed_after(thai_digits_to_arabic(clause.printed or ""), clause.text, seq)
    return last is not None and last.isdigit()


def _group_may_name(group: FigureGroup, seq: int) -> bool:
    """Whether a figure group's budget clause may name entry `seq`: its number
    unreadable or lost, or printed so, or a reading of its digits."""
    if group.explicit is None or group.explicit == seq:
        return True
    return _reads_as(group.printed, seq)


# What may stand between a header and the dates of a column of date and description cells: the cells' text
# and expense lines, a header OCR damaged into text, and the dates themselves
_CELL_KINDS = ("text", "expense", "date", "false_header")


def _heads_of_lost_column(events: list[Event]) -> set[int]:
    """Headers (ids) that open a table of entries read column by column
    whose column of headers OCR lost but this one: a header alone (no date,
    none damaged on its line), then two date and description cells or more
    before any figure or flag clause, and two budget clauses or more after
    them before the next header ("รายงาน ครั้งที่" / "๙/๖/๒๕๖๓ : ประชุม..." /
    "๒๘/๗/๒๕๖๓ : ได้รับ..." / ... / "ความก้าวหน้าของงานฯ = ..." "งบประมาณที่
    เบิกใช้ (ครั้งที่ ๑) = ..." / ... / the flags).  An entry's row never
    holds two dates before its figures: read as rows, the first entry took
    every cell's text, the other dates were left, and the entries the budget
    clauses named stood without date, description or flags.  Read as
    columns (the _Assembler's column mode), the cells go to the entries in
    order, or by their months, said as in every column read."""
    heads: set[int] = set()
    n = len(events)
    for i, ev in enumerate(events):
        if ev.kind != "header" or ev.value is not None or ev.damaged:
            continue
        j, dates = i + 1, 0
        while j < n and events[j].kind in _CELL_KINDS:
            dates += events[j].kind == "date"
            j += 1
        if dates < 2:
            continue
        budgets = 0
        while j < n and events[j].kind not in ("header", "number", "date"):
            budgets += events[j].kind == "budget"
            j += 1
        if budgets >= 2:
            heads.add(id(ev))
    return heads


def _date_column_headless(events: list[Event]) -> set[int]:
    """The first date (its id) of a table of entries read column by column
    whose whole column of headers OCR left unread ("รายงานค" / "รายงานค" /
    ..., the numbers garbled or lost): no header or number stands before it,
    two date and description cells or more follow it before any figure or
    flag clause, and two budget clauses or more after them before the next
    date.  An entry's row never holds two dates before its figures; read
    as rows, with no header open, every cell went to no entry and the
    entries the budget clauses named stood without date, description or
    flags.  Read as columns (the _Assembler's column mode), the cells go to
    the entries the clauses open, in order or by their months, said as in
    every column read."""
    n = len(events)
    for i, ev in enumerate(events):
        if ev.kind in ("header", "number") or ev.kind in _FIGURE_KINDS:
            return set()
        if ev.kind != "date":
            continue
        j, dates = i, 0
        while j < n and events[j].kind in _CELL_KINDS:
            dates += events[j].kind == "date"
            j += 1
        if dates < 2:
            return set()
        budgets = 0
        while j < n and events[j].kind not in ("header", "date"):
            budgets += events[j].kind == "budget"
            j += 1
        return {id(ev)} if budgets >= 2 else set()
    return set()


def _flag_runs(events: list[Event]) -> set[int]:
    """The flags (by id) of each run of flags, with nothing but specks
    between them, that holds two or more flags of one kind: no one entry's
    pair but the flag column of a table read column by column (in column
    mode each goes to the first entry lacking one), even where the run
    stands on the line of the last figures (a form printed on few lines runs
    the table's columns on in one line: there, by the line alone, every flag
    went to the last figures' entry, the first pair kept and the others said
    as conflicting, one entry's flags given another's with no issue)."""
    out: set[int] = set()
    run: list[Event] = []
    for ev in [*events, None]:
        if ev is not None and ev.kind in FLAGS:
            run.append(ev)
            continue
        if ev is not None and ev.kind == "text" and is_speck(ev.text):
            continue
        if run and any(sum(f.kind == k for f in run) > 1 for k in FLAGS):
            out.update(id(f) for f in run)
        run = []
    return out


def _month_read(day, text: str) -> int | None:
    """The calendar month a date cell gives for sure: the month it names, or
    its date's month where the cell is written in Arabic digits; a month in
    Thai digits is in doubt (tesseract's Thai model writes no ๔ ๖ ๗ ๘ ๙, and
    reads them as others or as Latin look-alikes): None."""
    named = month_of_text(text)
    if named is not None or day is None or _THAI_DIGIT_RE.search(text):
        return named
    return day.month


def _cell_read(entry: Entry) -> bool:
    """Column mode: an entry read as a row before the columns began (a
    table's first row), its date slot OCR damaged past reading and its
    description read with it: its date cell is read; a block of the date
    column is the next entry's."""
    return entry.date is None and bool(entry.date_text) and bool(entry.texts)


def _take(group: FigureGroup, ev: Event) -> None:
    """A figure or flag clause into `group` (_Assembler._figure): its value and text under its kind, the group's
    last line, and a budget clause's printed entry number; the caller sets line_end."""
    group.values[ev.kind] = ev.value
    group.texts[ev.kind] = ev.text
    group.last_line = max(group.last_line, ev.last)
    if ev.kind == "budget" and ev.seq is not None:
        group.explicit, group.printed = ev.seq, ev.printed


_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")
_BAHT_DASH_RE = regex.compile(r"^\s*\.-")  # the dash the form prints after บาท ("๐ บาท.-"): no more of the line
_CLAUSE_TAIL_RE = regex.compile(r"[=)\]฿B#]|บาท|um|UM")  # what says an amount is a budget clause's tail
# A budget clause's closing bracket and "=" OCR read apart from its words, no amount after them ("] =", "(=", ")="):
# the clause's still (its amount a line break carried to the next line)
_CLAUSE_DEBRIS_RE = regex.compile(r"\s*[()\[\]{}|]{0,2}\s*=\s*")

# progress_reports column -> the clause it is read from
FIELD_OF = {"progress": "progress_pct", "budget": "disbursed", "plan": "on_plan", "target": "on_target"}


_FIGURE_KINDS = ("progress", "budget", "plan", "target")  # a report's figures and flags (clauses.Event)


def number_entries(events: list[Event]) -> list[Issue]:
    """Report numbers run 1..N in the order the headers stand; one pass over
    the headers, in order (a header's number is weighed against the numbers
    the headers before it were given, unreadable ones included):

    * a header whose number OCR lost or could not read ("รายงานครง",
      "รายงานครั้งที่ ©") takes the number after the last one;
    * a header whose number breaks the run (a repeat, a jump) while its
      printed digits could be the next number is that number
      (parsers.repair).  A header whose number is higher with the headers
      after it in step with it is left as printed (a report may be lost);
      one that the next header does not follow (the last header, or
      "1 2 3 5 5") is repaired when its printed digits could be the next
      number.  Budget clauses that name the number as printed (the same
      glyph, misread alike) follow the header when no other header prints
      that number;
    * a header whose number breaks the run and whose digits cannot be the
      next number ("๒๕" for 3), while the budget clause of its entry names
      the next number, is that number; so is a header followed by a date
      slot OCR damaged that repeats an earlier header's number, and one
      that jumps past ENTRY_GAP reports whose next header's digits may read
      the number after the next ("1 2 9 ๕ ๕": 3 read as 9, ๔ as ๕);
    * a header whose number is below the last one, left out by the headers
      before it, stands as printed where its date falls between the dates
      of the reports numbered around it (reports go in date order: the
      reading order moved its column, _dated_in_place), said.

    Before that pass, headers between two that print their places are
    numbered by their places (_between_anchors).

    A false header with no number is text."""
    issues: list[Issue] = _number_column(events)
    last = 0
    _ahead_below(events)
    heads = [i for i, ev in enumerate(events) if ev.kind in ("header", "number", "false_header")]
    numbered = [events[i] for i in heads if events[i].kind in ("header", "number")]
    in_step = _steps(numbered)
    grid, blocks = _column_order(numbered)
    misread, misread_blocks = _misread_grid(numbered, events, grid)
    for block in misread_blocks:
        start = min(misread[id(ev)] for ev in block)
        for ev in block:
            if ev.seq == misread[id(ev)]:
                continue
            evidence = {"rule": "report_sequence", "printed": ev.printed, "read": ev.seq, "chosen": misread[id(ev)]}
            read = f"printed {ev.printed!r} reads {ev.seq}" if ev.seq is not None else "its number is unreadable"
            issues.append(Issue("warning", "value_repaired",
                                f"a report header of side-by-side tables OCR read column by column ({len(block)} "
                                f"headers from report {start} on, the tables' columns one after another): {read}; "
                                f"the headers' numbers in that order run {start}, {start + (block_k := _step_of(block, misread))}, "
                                f"... and every header's printed digits may be its number there, while read in "
                                f"order they may not: it is read as {misread[id(ev)]}",
                                json.dumps(evidence, ensure_ascii=False), ev.line, ev.line, field="progress_reports.seq"))
            ev.seq = misread[id(ev)]
        grid.update({id(ev): ev.seq for ev in block})
    blocks += misread_blocks
    for block in blocks:
        printed = " ".join(str(ev.seq) for ev in block)
        issues.append(Issue("warning", "entry_cell_in_doubt",
                            f"the report headers stand in the order of side-by-side tables OCR read column by "
                            f"column (printed {printed}): each entry keeps the number its header prints, and "
                            "which cells are whose rests on the OCR'd layout alone",
                            printed, block[0].line, max(ev.line for ev in block), field="progress_reports"))
    held: set[int] = set()  # false headers (by id) holding a place between two anchors (_between_anchors)
    if not grid and enabled():
        issues += _between_anchors(events, heads, held)
    before: int | None = None  # the index of the last numbered header
    table: dict[int, int] = {}  # headers (by id) of a table's header row numbered with their row
    for k, i in enumerate(heads):
        ev = events[i]
        if ev.kind == "false_header":
            if id(ev) in held:  # a header whose number OCR lost with its date, its place between two anchors
                last += 1
            if ev.seq is None:
                ev.kind = "text"
            continue
        if id(ev) in grid:  # a side-by-side table read column by column: its numbers stand as printed
            last = max(last, grid[id(ev)])
            before = i
            continue
        if id(ev) not in table and (row := _table_row(events, heads, k)) is not None:
            issues += _table_numbered(row, last, table, events, heads)
        if id(ev) in table:  # a header of one table's header row, numbered with its row (_table_numbered)
            last = max(last, table[id(ev)])
            before = i
            continue
        expected = last + 1
        if ev.seq is None:
            lost = before is not None and _entry_between(events, before, i)
            ev.seq = expected + lost
            evidence = {"rule": "report_sequence", "printed": ev.printed, "read": None, "chosen": ev.seq}
            after = (f"the number after report {expected}, whose header was lost (its clauses follow report "
                     f"{last}'s flags)" if lost else f"the number after report {last}")
            issues.append(Issue("warning", "value_repaired",
                                f"a report header's number is unreadable (printed {ev.printed!r}); it is read as "
                                f"{ev.seq}, {after}", json.dumps(evidence, ensure_ascii=False),
                                ev.line, ev.line, field="progress_reports.seq"))
            if before is None and any(e.kind in _FIGURE_KINDS for e in events[:i]):
                # the first header read, with a report's figures or flags before it: reports before it were lost
                # with their headers (a table OCR left unread), so nothing says this one's number
                issues.append(Issue("warning", "entry_cell_in_doubt",
                                    f"the first report header read has no readable number (printed {ev.printed!r}) "
                                    f"and a report's figures or flags stand before it: it is read as report "
                                    f"{ev.seq} by its place, but reports before it were lost with their headers, so "
                                    "its row may be another report's", ev.printed, ev.line, ev.line,
                                    field="progress_reports"))
        elif ev.seq != expected:
            end = heads[k + 1] if k + 1 < len(heads) else len(events)
            issues += _renumber(ev, events, i, end, expected, last, in_step.get(id(ev)))
        last = max(last, ev.seq)
        before = i
    return issues


TABLE_HEADS = 2  # headers at least in one header row of a table whose entries are its columns


def _table_row(events: list[Event], heads: list[int], k: int) -> list[Event] | None:
    """The headers of one table's header row that heads[k] opens, as the
    entries-as-columns reader gives them back (parsers.bma_progress.
    transposed: every header of the row on the row's line, one after the
    other, nothing but their entries' cells between), or None: fewer than
    TABLE_HEADS, or one of them unread as a header."""
    first = events[heads[k]]
    if first.kind != "header" or (k > 0 and events[heads[k - 1]].line == first.line
                                  and events[heads[k - 1]].kind in ("header", "number")):
        return None
    row = [first]
    for i in heads[k + 1:]:
        if events[i].line != first.line:
            break
        if events[i].kind != "header":
            return None
        row.append(events[i])
    return row if len(row) >= TABLE_HEADS else None


def _table_numbered(row: list[Event], last: int, table: dict[int, int], events: list[Event],
                    heads: list[int]) -> list[Issue]:
    """One table's header row (_table_row) whose printed numbers do not run
    on one by one (OCR misread some: "๕ ๕ ๒" for ๔ ๕ ๖, "ซ ๕" for ๗ ๘):
    a table's headers are consecutive, k, k+1, ..., and the table goes on
    from the reports before it (k is past `last`, by GRID_MAX at most:
    tables before it may have been lost whole, "๓ ๑๐" after report 4 is
    9, 10).  When one k alone lets every header's printed digits be its
    number (unreadable, or a reading of them: normalizers.confusions), the
    row is numbered so, each header that changes said (value_repaired, rule
    report_sequence) with the budget clauses of its own entry printed alike
    (_clauses_follow), and kept in `table` (the pass in order leaves it).
    Where several k fit ("๓ ๕" after report 2: 3, 4 or 7, 8), the months
    of the row's dates choose where they let one k alone stand (_by_months:
    a report a month at most, in the fiscal year, with the reports before
    it and as many as the flags count); several still, or none, and the
    headers are left to the pass in order."""
    n = len(row)
    seqs = [ev.seq for ev in row]
    if all(s is not None for s in seqs) and seqs == list(range(seqs[0], seqs[0] + n)) and seqs[0] > last:
        return []
    fits = [s for s in range(last + 1, last + 1 + GRID_MAX)
            if all(_may_read(ev, s + o) for o, ev in enumerate(row))]
    months_said = ""
    if len(fits) > 1 and (dated := _by_months(row, fits, events, heads)) is not None:
        fits, months_said = [dated[0]], dated[1]
    if len(fits) != 1:
        return []
    start = fits[0]
    issues: list[Issue] = []
    printed = " ".join(repr(e.printed or "") for e in row)
    before = f"report {last} the last" if last else "none read"
    where = {id(events[i]): p for p, i in enumerate(heads)}
    for o, ev in enumerate(row):
        table[id(ev)] = start + o
        if ev.seq == start + o:
            continue
        old = ev.seq
        evidence = {"rule": "report_sequence", "printed": ev.printed, "read": old, "chosen": start + o}
        read = f"printed {ev.printed!r} reads {old}" if old is not None else "its number is unreadable"
        issues.append(Issue("warning", "value_repaired",
                            f"a report header of a table whose entries are its columns (its header row printed "
                            f"{printed}): {read}; a table's headers run one by one on from the reports before it "
                            f"({before}), and only from {start} may every header's printed digits be its number"
                            f"{months_said}: header {o + 1} of the row is read as {start + o}",
                            json.dumps(evidence, ensure_ascii=False), ev.line, ev.line, field="progress_reports.seq"))
        ev.seq = start + o
        if old is not None:
            p = where[id(ev)]
            end = heads[p + 1] if p + 1 < len(heads) else len(events)
            _clauses_follow(ev, old, events, heads[p], end, own_entry=True)
    return issues


def _head_month(events: list[Event], i: int) -> int | None:
    """The calendar month the date of the header at events[i] gives for sure
    (_month_read): the date read with the header, its damaged slot, or the
    date event right after it; None where none reads."""
    ev = events[i]
    if ev.value is not None:
        return _month_read(ev.value, ev.text)
    if ev.damaged:
        return _month_read(None, ev.damaged)
    if i + 1 < len(events) and events[i + 1].kind == "date":
        date = events[i + 1]
        return _month_read(date.value, date.text or date.damaged)
    return None


def _by_months(row: list[Event], fits: list[int], events: list[Event], heads: list[int]) -> tuple[int, str] | None:
    """The one first number of `fits` that a table's header row (_table_row)
    may take by the months of its entries' dates (parsers.bma_progress.
    months: report k dated in the fiscal year's month k-1 or later, each
    report in a month of its own after the one before, a report's month
    ahead of an earlier report's by at least the reports between them,
    room left for the reports after it up to the count its flags show),
    with the months of the reports numbered before it; and what to say of
    it.  None where no month of the row reads, or not one k alone fits
    ("๓ ๕" after report 2, dated June and July of a ten-report year: 7, 8;
    3, 4 would leave six reports two months)."""
    at = {id(events[i]): i for i in heads}
    months = [_head_month(events, at[id(ev)]) for ev in row]
    if all(m is None for m in months):
        return None
    first = at[id(row[0])]
    before: dict[int, set[int]] = {}
    for i in heads:
        if i >= first:
            break
        ev = events[i]
        if ev.kind in ("header", "number") and ev.seq is not None and (m := _head_month(events, i)) is not None:
            before.setdefault(ev.seq, set()).add(fiscal_month(m))
    anchors = {seq: ms.pop() for seq, ms in before.items() if len(ms) == 1}
    shown = len(flags_shown(events))
    ok = []
    for start in fits:
        pairs = dict(anchors)
        if any(start + o in pairs for o in range(len(row))):
            continue
        pairs.update({start + o: fiscal_month(m) for o, m in enumerate(months) if m is not None})
        if months_fit(sorted(pairs.items()), max(shown, start + len(row) - 1)):
            ok.append(start)
    if len(ok) != 1:
        return None
    named = ", ".join(str(m) for m in months if m is not None)
    return ok[0], (f" that the months of its dates (month {named}) let stand, a report a month at most in the "
                   f"fiscal year with the reports before it and {shown} flagged in all (from "
                   f"{', '.join(str(s) for s in fits if s != ok[0])} they may not)")


def _ahead_below(events: list[Event]) -> None:
    """A header whose date is the line below it, damaged past reading (a
    column's header, clauses._date_line_below), and whose number runs ahead
    of the headers before it (past the next number, and no reading of its
    digits is that number: "1 | 5" where columns were read out of order,
    "1 | 4" / "รายงานครั้งที่ 3"; "1 2 3 | ๕" may be ๔), is a false header
    as it was before that reading: nothing but the damaged line vouches for
    it, and taken as a header it would push every header after it on.  So
    is one whose number two headers before it hold already ("5 3 5 | ๕"):
    the run is out of order there, and pushed on as a repeat it would take
    a number nothing says is its.  One that follows the run, or repeats a
    number held once, is kept (the pass in order weighs it)."""
    top = 0
    held: Counter[int] = Counter()
    for i, ev in enumerate(events):
        if ev.kind not in ("header", "number") or ev.seq is None:
            continue
        if ev.below and ev.kind == "header" and (ev.seq > top + 1 and not _may_read(ev, top + 1)
                                                 and not _named_inside(events, i, ev.seq) or held[ev.seq] > 1):
            ev.kind = "false_header"
            continue
        top = max(top, ev.seq)
        held[ev.seq] += 1


# "(ครั้งที่ N)" of a budget clause whose words a cell's width wrapped apart from it, read as text
_CLAUSE_NUMBER_RE = regex.compile(rf"\(\s*{mark_tolerant('ครั้งที่')}\s*(\d{{1,3}})\s*\)")


def _named_inside(events: list[Event], i: int, seq: int) -> bool:
    """Whether the entry the header events[i] opens (up to the next header)
    holds a budget clause naming `seq`, or its "(ครั้งที่ N)" alone as text:
    the header's number vouched for by its own figures, not the damaged
    date line alone (_ahead_below)."""
    for ev in events[i + 1:]:
        if ev.kind in ("header", "number"):
            return False
        if ev.kind in ("budget", "budget_tail") and ev.seq == seq:
            return True
        if ev.kind == "text" and "(" in ev.text and any(
                int(m.group(1)) == seq for m in _CLAUSE_NUMBER_RE.finditer(thai_digits_to_arabic(ev.text))):
            return True
    return False


GRID_ROWS = 3  # tables at least (headers to a column) in a run read column by column: fewer prove too little
GRID_MAX = 48  # headers at most in one such run (a page or two of tables)


def _column_order(numbered: list[Event]) -> tuple[dict[int, int], list[list[Event]]]:
    """The headers (by id, with their numbers) of a side-by-side table, k
    entries to a row of tables, that OCR read column by column, each column
    down every table of the page: the numbers as printed run s, s+k, s+2k,
    ..., then s+1, s+1+k, ..., and so on ("1 3 5 2 4 6" for three tables of
    two), each number of s..s+n-1 once.  Read in order they would break the
    run at every column's start and be renumbered wrong; as printed they
    are all right.  Only numbers printed plainly count (no header of the run
    unreadable), the run opens where the numbers before it end, and it
    spans GRID_ROWS tables at least ("1 3 2 4" may be two misreads).  The
    form's last table alone may hold fewer than k entries (an odd count of
    reports: "3 5 7 4 6", tables 3-4, 5-6 and 7 read column by column after
    report 2's table read across, fresh s71a001), so a run of GRID_ROWS
    tables whose last is short is one where the headers end with it; before,
    it was no grid, report 5 was renumbered 4 (report 4's row taking its
    cells) and report 4 renumbered 8.  Also each such run's headers (said as a
    doubt: the cells are placed by the layout alone)."""
    found: dict[int, int] = {}
    blocks: list[list[Event]] = []
    last = 0
    i = 0
    while i < len(numbered):
        start = numbered[i].seq
        best = 0
        if start is not None and start == last + 1:
            for k in (2, 3, 4):
                if i + 1 >= len(numbered) or numbered[i + 1].seq != start + k:
                    continue  # a column's second header is k on from its first
                for n in range(min(len(numbered) - i, GRID_MAX), (GRID_ROWS - 1) * k, -1):
                    if n < GRID_ROWS * k and i + n < len(numbered):
                        continue  # GRID_ROWS tables, the last short of k entries: only where the headers end
                    order = sorted(range(n), key=lambda o: (o % k, o // k))
                    seqs = [ev.seq for ev in numbered[i: i + n]]
                    if seqs == [start + o for o in order]:
                        best = max(best, n)
                        break
        if best:
            for ev in numbered[i: i + best]:
                found[id(ev)] = ev.seq
            blocks.append(numbered[i: i + best])
            last = start + best - 1
            i += best
            continue
        if numbered[i].seq is not None:
            last = max(last, numbered[i].seq)
        i += 1
    return found, blocks


def _step_of(block: list[Event], numbers: dict[int, int]) -> int:
    """The step between a misread grid's first two headers' numbers."""
    return numbers[id(block[1])] - numbers[id(block[0])]


def _header_month(events: list[Event], at: int) -> int | None:
    """The calendar month of the date the entry of the header at events[at]
    opens with: a date read, or a date slot OCR damaged past reading whose
    month it names ("๕ พ.ค. Dev") or whose every reading has one month
    ("๒๑/อ/อฒ": อ for ๖, June; normalizers.confusions.date_candidates); None
    where none is known."""
    if (day := _header_date(events, at)) is not None and isinstance(day, _date):
        return day.month
    slot = events[at].damaged or (events[at + 1].damaged if at + 1 < len(events) and events[at + 1].kind == "date"
                                  else "")
    if not slot:
        return None
    if (named := month_of_text(slot)) is not None:
        return named
    months = {d.month for d in date_candidates(slot)}
    return months.pop() if len(months) == 1 else None


def _may_read(ev: Event, number: int) -> bool:
    """Whether a header's number may be `number`: unreadable, or so read, or
    its printed digits a misread of it (normalizers.confusions)."""
    if ev.seq is None or ev.seq == number:
        return True
    return _reads_as(ev.printed, number)


def _misread_grid(numbered: list[Event], events: list[Event], grid: dict[int, int]
                  ) -> tuple[dict[int, int], list[list[Event]]]:
    """Side-by-side tables OCR read column by column (_column_order) whose
    printed numbers OCR misread (fresh set bp/set1 s19bpa001: two tables of
    three, reports 4-6 and 7-9, read 4 7 5 8 6 9 and printed '๕', '', '๕',
    '๕', '๒', '๓'): a run of headers after report `last`, none of them in a
    grid already, of two tables of k (2 to 4) at least, where every header's
    printed digits may be the number the column order gives it (unreadable,
    or a reading of them: normalizers.confusions), one at least unreadable
    or misread (numbers all read plainly, "1 3 2 4", are _column_order's,
    which asks GRID_ROWS tables of them), while read one after
    another some header's digits may not be its number in order (so the
    order the headers stand in is not the reports' order); the header after
    the run, if any, may be the number after the run's last; one k alone
    fits; and no two dates read of the run's entries stand against the
    column order (a date whose year falls outside the archive's years,
    parsers.repair.YEAR_RANGE, an OCR misread "๒๕๒๕" for 2565, says nothing
    but its month: fresh set s89a bma_progress_s89a007, "1 ๓ ๒ ๕" for two
    tables of two, report 3's year so misread; before, report 2 was
    renumbered 4), nor two months of them where OCR damaged their dates
    (_header_month, in the fiscal year's order: fresh s62z007's reports 7-10
    read 7 9 8 10 after report 6 printed '๒', whose run from 6, "6 8 7 9",
    gave report 9's June to 7 before 8's April).  The numbers (by header
    id) and the runs."""
    found: dict[int, int] = {}
    blocks: list[list[Event]] = []
    where = {id(e): k for k, e in enumerate(events) if e.kind in ("header", "number")}
    last = 0
    i = 0
    while i < len(numbered):
        ev = numbered[i]
        start = last + 1
        fits: list[tuple[int, int]] = []
        top = min(len(numbered) - i, GRID_MAX)
        # the first header of the run that, read in order, may not be its number: a grid must reach past it
        in_order = next((j for j in range(top) if not _may_read(numbered[i + j], start + j)), top) \
            if id(ev) not in grid and _may_read(ev, start) else top
        if in_order < top:
            for k in (2, 3, 4):
                if not _may_read(numbered[i + 1], start + k):
                    continue  # a column's second header is k on from its first (a cheap test first)
                for n in range(top, max(2 * k, in_order + 1) - 1, -1):
                    run = numbered[i: i + n]
                    if any(id(e) in grid for e in run):
                        continue
                    order = sorted(range(n), key=lambda o: (o % k, o // k))
                    want = [start + o for o in order]
                    if not all(_may_read(e, w) for e, w in zip(run, want)):
                        continue
                    if all(e.seq == w for e, w in zip(run, want)):
                        continue  # its numbers read plainly: _column_order's to weigh (GRID_ROWS tables at least)
                    if i + n < len(numbered) and not _may_read(numbered[i + n], start + n):
                        continue
                    dated = [(w, d) for e, w in zip(run, want) if (d := _header_date(events, where[id(e)])) is not None
                             and YEAR_RANGE[0] <= d.year + 543 <= YEAR_RANGE[1]]  # (a year OCR misread: its month)
                    if any(a[0] < b[0] and a[1] > b[1] for a in dated for b in dated):
                        continue
                    monthed = [(w, fiscal_month(m)) for e, w in zip(run, want)
                               if (m := _header_month(events, where[id(e)])) is not None]
                    if any(a[0] < b[0] and a[1] > b[1] for a in monthed for b in monthed):
                        continue  # (the months of dates OCR damaged, in the fiscal year's order)
                    fits.append((k, n))
                    break
        if len(fits) == 1:
            k, n = fits[0]
            run = numbered[i: i + n]
            order = sorted(range(n), key=lambda o: (o % k, o // k))
            for e, o in zip(run, order):
                found[id(e)] = start + o
            blocks.append(run)
            last = start + n - 1
            i += n
            continue
        if id(ev) in grid:
            last = max(last, grid[id(ev)])
        elif ev.seq is not None and _may_read(ev, start):
            last = start  # the next report, as read or misread
        elif ev.seq is None:
            last = start
        else:
            last = max(last, ev.seq)
        i += 1
    return found, blocks


def _slot_apart(held: list[Event]) -> list[Event]:
    """The text held after an entry's flags, its first line opening with
    the date slot of the entry whose header OCR lost, with what is left of
    the header before it ("TWIMATIN © ๒๐21-๓-28 : อยู่ระหว่าง...", "เม.ย.
    ๒๕๒๕ : ..." whose day a page break took with the header): the slot as a
    date event (its date, or damaged past reading), then the text."""
    if not held or held[0].kind != "text" or (slot := damaged_date(held[0].text)) is None:
        return held
    first = held[0]
    day = find_dates(slot[0])
    date_ev = Event("date", first.line, day[-1][0], text=slot[0]) if day else \
        Event("date", first.line, None, text=slot[0], damaged=slot[0])
    rest = first.text[slot[1]:].strip(SEPS)
    return [date_ev, *([Event("text", first.line, text=rest)] if rest else []), *held[1:]]


def _entry_between(events: list[Event], a: int, b: int) -> bool:
    """Whether a whole entry stands between the dated header at `a` and the
    header at `b` (entries one after the other, not a table read column by
    column): the header at `a` has a date (or a date slot OCR damaged), and
    its entry's clauses come twice, the second time after text or a date
    that follows the first flags: two target flags, and no more than two
    of each figure clause (OCR may have garbled one) in all: the clauses of
    an entry whose header OCR lost ("TWIMATIN ©" for "รายงานครั้งที่ ๖", or a
    page break)."""
    if events[a].value is None and not events[a].damaged:
        return False
    between = events[a + 1:b]
    targets = [k for k, e in enumerate(between) if e.kind == "target"]
    if len(targets) != 2 or any(sum(1 for e in between if e.kind == kind) > 2 for kind in FIGURES):
        return False
    second = between[targets[0] + 1: targets[1]]
    body = next((k for k, e in enumerate(second) if e.kind in FIGURES), None)
    return body is not None and any(e.kind in ("text", "date") and not is_speck(e.text) for e in second[:body])


COLUMN_RUN = 3  # undated headers one after the other, at least: a table's number column


def _number_column(events: list[Event]) -> list[Issue]:
    """A table's number column (a run of undated headers with nothing
    between them) whose first and last numbers are as far apart as the run
    is long ("1 2 2 5 5" for five rows), or whose last number the budget
    clauses name (`_column_closed_by_clauses`): each header is numbered by
    its place, and said (its printed digits misread: "2" for 3, "๕" for ๔)."""
    issues: list[Issue] = []
    run: list[Event] = []
    named = [ev.seq for ev in events if ev.kind == "budget" and ev.seq is not None]
    named_top = max(named, default=None)  # the last report a budget clause names
    for ev in [*events, Event("end", 0)]:
        if ev.kind in ("header", "number") and ev.value is None and not ev.damaged:
            run.append(ev)
            continue
        if len(run) >= COLUMN_RUN and run[0].seq is not None and (
                run[-1].seq is not None and run[-1].seq - run[0].seq == len(run) - 1
                or _column_closed_by_clauses(run, named_top, named)):
            last = run[0].seq + len(run) - 1
            for k, head in enumerate(run):
                place = run[0].seq + k
                if head.seq == place:
                    continue
                evidence = {"rule": "report_sequence", "printed": head.printed, "read": head.seq, "chosen": place}
                issues.append(Issue("warning", "value_repaired",
                                    f"a report number in the table's number column: printed {head.printed!r} reads "
                                    f"{head.seq}, but the column runs from {run[0].seq} to {last} over "
                                    f"{len(run)} rows and this is row {k + 1}: it is read as {place}",
                                    json.dumps(evidence, ensure_ascii=False), head.line, head.line,
                                    field="progress_reports.seq"))
                head.seq = place
        run = []
    return issues


def _column_closed_by_clauses(run: list[Event], named_top: int | None, named: list[int]) -> bool:
    """A number column whose last number OCR misread ("1 2 3 5 5 6 3 3 3" for
    nine rows, ๘ and ๙ read as 3): the budget clauses name the column's last
    number, as far from its first as the run is long, and no clause names a
    number past it, and as many clauses name the numbers of the run as it has
    rows at most (no report of the column lost, none added)."""
    if named_top is None:
        return False
    last = run[0].seq + len(run) - 1
    return named_top == last and len(named) <= len(run) and run[-1].seq != named_top


def _between_anchors(events: list[Event], heads: list[int], held: set[int]) -> list[Issue]:
    """Report numbers run 1..N, one header to a report, in order: the k-th
    numbered header of a copy is report k while no header is lost or added.
    A header that prints its own place (k reads k) and stands next to
    another that does, or is the first, is an anchor (a last header alone
    that prints its place proves little: "1 5 6 7 5"); between two anchors
    the headers are exactly as many as the numbers between them, so
    each header there is the number of its place, whatever its digits read
    ("1 2 3 5 5 2 11 5 1 10 11": ๖ read ๒, ๗ lost and the day after it read
    as the number, ๘ read ๕, ๙ read ๑).  Only one numbering restores the
    run there, so it is a repair (said, value_repaired); a header lost or a
    false header added between two anchors shifts the places, so the anchor
    after it no longer prints its place and nothing is renumbered; nor is
    anything where two headers between print numbers in step of their own
    (_run_of_its_own).  The last header alone is an anchor too where it
    prints its place only counting the place of a false header after the
    anchor before it (below), and the copy's flags give as many entries as
    there are headers so counted (_flag_count: "1 2 0 5 5 2 9 ? 25 ~ 11",
    eleven entries flagged; ๗ read as 9, ๘ lost, ๙ lost and the day after
    it, "๒๕ ก.ค.", read as the number, ~ ๑๐'s header a false one): the
    pass in order, blind to the false header's place, would read it as a
    jump.  Without a false header a last header alone stays no anchor
    ("1 | 5 5 | 4").  A header word at the head of its line right
    after an entry's flags whose number OCR lost with its date (a false
    header, "รายงานครั้งที oo ๕ aA. dd :") holds its place among the
    headers (_opens_after_flags), though nothing renumbers it: between
    two anchors it is added to `held`, and the pass in order counts its
    number (its entry is read from its figures after the flags before it,
    Walker._header_lost).  The
    headers past the last anchor, or before the first, are left to the
    pass in order (number_entries)."""
    numbered = [i for i in heads if events[i].kind in ("header", "number") or _opens_after_flags(events, i)]
    n = len(numbered)
    at = [events[i].kind != "false_header" and events[i].seq == p + 1 for p, i in enumerate(numbered)]
    sure = [at[p] and (p == 0 or at[p - 1] or p + 1 < n and at[p + 1]) for p in range(n)]
    if n > 1 and at[-1] and not sure[-1] and _flag_count(events) == n \
            and any(events[i].kind == "false_header" for i in numbered[max((p for p in range(n - 1) if sure[p]),
                                                                           default=0):]):
        # the last header prints its place counting a false header's, and the flags give as many entries
        sure[-1] = True
    place = {i: k for k, i in enumerate(heads)}
    issues: list[Issue] = []
    prev: int | None = None
    for p in range(n):
        if not sure[p]:
            continue
        gap = [events[i].seq for i in numbered[prev + 1:p] if events[i].kind != "false_header"] \
            if prev is not None else []
        if prev is not None and p - prev > 1 and (moved := _gap_moved(gap, prev + 2)) is not None:
            issues += _moved_gap_numbered(events, numbered[prev + 1:p], moved, prev + 1, p + 1)
        elif prev is not None and p - prev > 1 and not _run_of_its_own(gap, prev + 1):
            for q in range(prev + 1, p):
                i = numbered[q]
                ev = events[i]
                if ev.kind == "false_header":
                    held.add(id(ev))
                    continue
                if ev.seq == q + 1:
                    continue
                old = ev.seq
                ev.seq = q + 1
                k = place[i] + 1
                end = heads[k] if k < len(heads) else len(events)
                if old is not None:
                    _clauses_follow(ev, old, events, i, end, own_entry=True)
                evidence = {"rule": "report_sequence", "printed": ev.printed, "read": old, "chosen": ev.seq}
                read = f"printed {ev.printed!r} reads {old}" if old is not None else "its number is unreadable"
                issues.append(Issue("warning", "value_repaired",
                                    f"a report header between report {prev + 1} and report {p + 1}, whose headers "
                                    f"print their places in the copy's order: {read}; the {p - prev - 1} headers "
                                    f"between them can only be reports {prev + 2} to {p}, in order: it is read "
                                    f"as {ev.seq}", json.dumps(evidence, ensure_ascii=False), ev.line, ev.line,
                                    field="progress_reports.seq"))
        prev = p
    return issues


def _opens_after_flags(events: list[Event], i: int) -> bool:
    """Whether a false header (a header word whose number OCR lost, no date
    after it: "รายงานครั้งที oo ๕ aA. dd :") opens an entry of its own: it
    stands first on its line, right after the flags that close the entry
    before it.  Such a header holds a place among the headers
    (_between_anchors), though nothing reads its number."""
    ev = events[i]
    return ev.kind == "false_header" and ev.seq is None and i > 0 and events[i - 1].kind in ("plan", "target") \
        and _HEAD_WORD_RE.match(ev.text or "") is not None


_HEAD_WORD_RE = regex.compile(rf"^\s*{mark_tolerant('รายงาน')}")


def _flag_count(events: list[Event]) -> int:
    """The entries the copy's flags give: one plan flag and one target flag
    to an entry, so the more of the two kinds read."""
    return max(sum(ev.kind == "plan" for ev in events), sum(ev.kind == "target" for ev in events))


def _gap_moved(seqs: list[int | None], first: int) -> int | None:
    """The headers between two anchors (_between_anchors), numbered first..
    first+len-1 by their places, that print numbers of their own out of that
    order: every number read is one of the gap's, none twice, two of them
    the wrong way round ("5 | ? 8 6 | 9", side-by-side tables whose columns
    OCR read out of order: 7's header lost its number, 6's block read after
    the 7-8 header row).  Renumbered by their places, two readable numbers
    at least would be called misread; read as printed, none is, and the
    headers left unread hold exactly the numbers no header prints.  Where one
    header alone is unread, the one number left (returned; 0 where every
    header reads); None where the gap is no such reordering (the places
    decide), or more than one header is unread (which takes which number is
    not known: nothing is renumbered)."""
    read = [s for s in seqs if s is not None]
    numbers = set(range(first, first + len(seqs)))
    if len(set(read)) != len(read) or not set(read) <= numbers or read == sorted(read):
        return None
    left = sorted(numbers - set(read))
    return left[0] if len(left) == 1 else 0 if not left else None


def _moved_gap_numbered(events: list[Event], gap: list[int], number: int, before: int,
                        after: int) -> list[Issue]:
    """The headers of a reordered gap (_gap_moved) keep their printed
    numbers; the one unread takes the number left (value_repaired), and the
    gap's order is said (entry_cell_in_doubt: which cells are whose rests on
    the OCR'd layout)."""
    heads = [events[i] for i in gap]
    printed = " ".join(repr(ev.printed or "") for ev in heads)
    issues = [Issue("warning", "entry_cell_in_doubt",
                    f"the report headers between report {before} and report {after}, whose headers print their "
                    f"places, print the numbers between them out of order (printed {printed}): the reading "
                    "order moved their columns; each keeps the number it prints, and which cells are whose rests "
                    "on the OCR'd layout", printed, heads[0].line, max(ev.line for ev in heads),
                    field="progress_reports")]
    for ev in heads:
        if ev.seq is not None:
            continue
        ev.seq = number
        evidence = {"rule": "report_sequence", "printed": ev.printed, "read": None, "chosen": number}
        issues.append(Issue("warning", "value_repaired",
                            f"a report header between report {before} and report {after}, whose headers print "
                            f"their places: its number is unreadable (printed {ev.printed!r}), and the other "
                            f"headers between them print every number from {before + 1} to {after - 1} but "
                            f"{number}, out of order (the reading order moved their columns): it is read as "
                            f"{number}", json.dumps(evidence, ensure_ascii=False), ev.line, ev.line,
                            field="progress_reports.seq"))
    return issues


def _run_of_its_own(seqs: list[int | None], before: int) -> bool:
    """Two headers side by side that print numbers in step, past the anchor
    before them ("1 | 5 6 7 | 5"): a run the places do not explain (headers
    lost before it), so the places decide nothing there."""
    return any(a is not None and b == a + 1 and a > before for a, b in zip(seqs, seqs[1:]))


def _steps(numbered: list[Event]) -> dict[int, int]:
    """For each numbered header (by id), the number the headers after it say
    it has: the next printed number less one for each header up to it
    (unreadable ones between count); absent when no header after it has a
    number.  One pass from the end, so a file of many headers stays linear
    (the numbers of the headers after one are not changed while it is
    weighed: number_entries goes in order)."""
    steps: dict[int, int] = {}
    ahead: tuple[int, int] | None = None  # (printed number, its index) of the nearest numbered header after
    for k in range(len(numbered) - 1, -1, -1):
        if ahead is not None:
            steps[id(numbered[k])] = ahead[0] - (ahead[1] - k)
        if numbered[k].seq is not None:
            ahead = (numbered[k].seq, k)
    return steps


def _renumber(ev: Event, events: list[Event], i: int, end: int, expected: int, last: int,
              step: int | None) -> list[Issue]:
    """A header whose number breaks the run (see number_entries); `end` is
    where its entry's events end, `step` the number the headers after it say."""
    # a jump the next header does not carry on from ("1 2 3 5", "1 2 3 5 5"): one lost report
    # would leave the numbers after it in step with this one
    jump = ev.seq > expected and step != ev.seq
    if not (ev.printed and (ev.seq <= last or ev.seq > expected + ENTRY_GAP or jump)):
        return []
    outcome = repair(Reading(ev.seq, ev.printed, ev.line, ev.line), int, lambda v, e=expected: v == e,
                     rule="report_sequence", field="progress_reports.seq",
                     what=f"the report number after report {last}")
    old = ev.seq
    if outcome.repaired:
        ev.seq = outcome.value
        _clauses_follow(ev, old, events, i, end)
        return [outcome.issue]
    clause = next((c for c in events[i + 1:end] if c.kind == "budget"), None) or _label_naming(events[i + 1:end])
    chosen = expected
    moved = None
    if clause is not None and clause.seq == expected:
        why = f"its entry's budget clause names report {expected} (printed {clause.printed!r})"
    elif ev.kind == "header" and old < last and step == expected and _may_name(clause, old) \
            and (moved := _dated_in_place(ev, old, events, i)) is not None:
        # a number the headers before it left out whose date falls between the dates of the reports numbered
        # around it ("1 3 2 5 4 7": columns read out of order), the header after it not read as one (its number
        # damaged, "ครังท 6"), so the headers after it seem to number on from the next number: the dates say the
        # reading order moved its column; it stands as printed, said
        return ([outcome.issue] if outcome.issue is not None else []) + [moved]
    elif step == expected and (old <= last or old > expected + ENTRY_GAP or jump and old > expected + 1) \
            and _may_name(clause, expected):
        # out of the run, and the headers after it are in step with the next number ("1 2 3 51 5 6", or a
        # jump they fall back from: "1 2 5 4 5 6", ๓ read as 5; a header they merely repeat, "๒ ๒", may be
        # either of two), unless its entry's budget clause names another number
        why, clause = f"the headers after it are numbered on from {expected}", ev
    elif old > expected + ENTRY_GAP and (nxt := _next_numbered(events, end)) is not None \
            and _reads_as(nxt.printed, expected + 1) and _may_name(clause, expected):
        # a far jump ("1 2 9 ๕ ๕ ๒" for 1..6: 3 read as 9, ๔ as ๕) whose next header's digits may be the number
        # after the next (a misread itself, so the headers after it are in step with no number): no report is
        # lost between, and read as printed it would push every header after it past the reports they are
        why = (f"it jumps past the next {ENTRY_GAP} reports and the next header's digits (printed "
               f"{nxt.printed!r}) may read {expected + 1}")
        clause = ev
    elif old > expected + ENTRY_GAP and _digit_beside(ev.printed, expected) and _may_name(clause, expected) \
            and not any(e.kind in ("header", "number") and e.seq is not None and e.seq >= old for e in events[end:]):
        # a far jump whose printed digits are the next number's with one digit more after them ("๒๓" for 2: a
        # speck OCR read as a digit beside the number), no header after it printing that far: read as printed, it
        # would push every header after it past the reports they are (numbered on from it by their places)
        why = (f"its first digits read {expected} with one digit more after them, and no header after it prints "
               f"{old} or more")
        clause = ev
    elif ev.kind == "header" and old <= last and (step == last or step is None and _may_name(clause, old)
                                                  and not _dated_past(ev, old, events, i)) \
            and old not in {e.seq for e in events[:i] if e.kind in ("header", "number")}:
        # a number the headers before it left out, the headers after it going on from the one before it
        # ("1 2 3 6 7 4 8 9": a report the reading order moved, its number printed plainly), or no header after
        # it ("1 .. 9 11 12 10": the last pair of side-by-side entries read out of order, the page's right column
        # before its left, its budget clause naming no other number, no date read in the archive's years
        # placing it after the reports numbered above it, _dated_past): it repeats nothing, so nothing says it is
        # misread; it stands as printed (before, with a date slot after it, it was read as a repeat and numbered
        # past the last, 13, and report 10 was lost).  With no header after it, that it is no later report whose
        # digits OCR misread rests on its digits alone: said
        said = [outcome.issue] if outcome.issue is not None else []
        if step is None:
            said.append(Issue("warning", "entry_cell_in_doubt",
                              f"the last report header prints {old} (printed {ev.printed!r}), a number the headers "
                              f"before it left out, after report {last}'s: read as printed (the reading order moved "
                              f"its entry), though it may be report {expected} whose number OCR misread",
                              ev.printed, ev.line, ev.line, field="progress_reports.seq"))
        return said
    elif ev.kind == "header" and old < last and (moved := _dated_in_place(ev, old, events, i)) is not None:
        # a number the headers before it left out, whose date falls between the dates of the reports numbered
        # around it ("1 2 4 3", report 3 dated between reports 2 and 4): reports go in date order, so the reading
        # order moved its column (a table read column by column, a column read after the next one's); it stands
        # as printed, said
        return ([outcome.issue] if outcome.issue is not None else []) + [moved]
    elif ev.kind == "header" and old <= last and (
            ev.damaged or ev.value is not None or ev.text == "undated"
            or (i + 1 < end and events[i + 1].kind == "date")) \
            and not _first_header_outlier(events, i, old):
        # a date or a date slot follows it (its "::" even with the date unread: a table's header cell whose
        # column gave no date, parsers.bma_progress.transposed), so it opens an entry (no text repeats a header
        # with a date); its number repeats an earlier report's: as unreadable as a lost one.  It is the next
        # number, or the number the headers after it say when that is a little higher (a header before it was lost).
        # Not where it repeats nothing and the first header read, above the run after it, is the one in doubt
        # (_first_header_outlier)
        slot = ev.damaged or (ev.text if ev.value is not None else "::" if ev.text == "undated"
                              else events[i + 1].damaged or events[i + 1].text)
        held = {e.seq for e in events[:i] if e.kind in ("header", "number")}
        why = f"a date or date slot follows it ({slot.strip()!r}) and " + (
            f"it repeats report {old}'s number" if old in held else f"no report is numbered {old}" if old < 1
            else f"its number falls back below report {last}'s")
        clause = ev
        if step is not None and expected < step <= expected + ENTRY_GAP:
            chosen = step
            why += f", and the headers after it are numbered on from {step}"
    else:
        return [outcome.issue] if outcome.issue is not None else []
    ev.seq = chosen
    _follow(ev, old, events, i, end)
    evidence = {"rule": "report_sequence", "printed": ev.printed, "read": old, "chosen": chosen}
    return [Issue("warning", "value_repaired",
                  f"the report number after report {last}: printed {ev.printed!r} reads {old}, which breaks the "
                  f"sequence of report numbers, and no reading of its characters is {expected}; {why}: it is read "
                  f"as {chosen}", json.dumps(evidence, ensure_ascii=False), ev.line, clause.line,
                  field="progress_reports.seq")] + _day_in_number(ev)


def _first_header_outlier(events: list[Event], i: int, old: int) -> bool:
    """Whether header `i`, numbered `old` and repeating no header before
    it, goes on from the headers after the first one read, which run up to
    it one by one (or is the first after it), and the first one's number
    is above them all: the first header's number is then the one no other
    confirms (a date's day OCR read as its number: "7" / "29/3/68" under a
    header row "ครั้งที่1 ครั้งที่ 2" it did not read), not theirs, so this
    one stands as printed (fresh set s142o, bma_progress_s142o005: 7 3 4 5,
    the 3 4 5 each read as a repeat and renumbered 8 9 10, wrong).  A number
    below the last that a run from the first reaches around ("1 3 2", "1 2 4
    3") is read as before."""
    before = [e.seq for e in events[:i] if e.kind in ("header", "number") and e.seq is not None]
    run = [*before[1:], old]
    return old >= 1 and bool(before) and old not in before and before[0] > max(run) \
        and all(b == a + 1 for a, b in zip(run, run[1:]))


# A budget clause's label cut from its amount, alone in its cell: "เบิกใช้ (ครั้งที่ ๓)" with nothing after it (a
# narrow table's cell wrapped "% งบประมาณที่" / "เบิกใช้ (ครั้งที่ ๓)" / "= ๑๕๕๐๐ บาท", the amount OCR set beside
# another cell's line), its bracket closed or lost
_LABEL_NAMING_RE = regex.compile(rf"^\s*(?:{mark_tolerant('งบประมาณ')}\s*{mark_tolerant('ที่')}\s*)?"
                                 rf"{mark_tolerant('เบิกใช้')}\s*\(\s*{mark_tolerant('ครั้งที่')}\s*([\d๐-๙]{{1,2}})\s*\)?\s*$")


def _label_naming(inside: list[Event]) -> Event | None:
    """An entry's budget clause whose label OCR parted from its amount (no
    budget event read: its label's tail a text of its own, _LABEL_NAMING_RE),
    as a clause naming the number its bracket prints, for _renumber to
    weigh as it weighs a budget clause; None where no text is one."""
    for ev in inside:
        if ev.kind == "text" and (m := _LABEL_NAMING_RE.match(ev.text)) is not None:
            return replace(ev, kind="budget", seq=int(thai_digits_to_arabic(m.group(1))), printed=m.group(1))
    return None


DATED_AROUND = 2  # reports at least whose dates a header's date stands in order with (_dated_in_place)


def _header_date(events: list[Event], i: int) -> _date | None:
    """The date a header at events[i] gives its entry: its own slot's, or the date event right after it."""
    ev = events[i]
    if isinstance(ev.value, _date):
        return ev.value
    if i + 1 < len(events) and events[i + 1].kind == "date" and isinstance(events[i + 1].value, _date):
        return events[i + 1].value
    return None


def _dated_past(ev: Event, old: int, events: list[Event], i: int) -> bool:
    """Whether the date the header at events[i] gives, read in the archive's
    years (parsers.repair.YEAR_RANGE: a year OCR misread, "๒๕๒๒" for 2566,
    says nothing), falls after the dates of the headers before it numbered
    above its printed number `old` (one at least dated): a report dated so
    is a later one whose number OCR misread, not report `old` moved."""
    own = _header_date(events, i)
    if own is None or not YEAR_RANGE[0] <= own.year + 543 <= YEAR_RANGE[1]:
        return False
    above = [day for j, e in enumerate(events[:i]) if e.kind in ("header", "number") and e.seq is not None
             and e.seq > old and (day := _header_date(events, j)) is not None]
    return bool(above) and all(day < own for day in above)


def _dated_in_place(ev: Event, old: int, events: list[Event], i: int) -> Issue | None:
    """Whether a header whose printed number `old` is below the last report
    number read stands where the reading order moved it, by the dates: no
    header before it prints `old`, it is dated, and with the dated headers
    before it (DATED_AROUND of them at least, on both sides of `old` where
    reports are numbered below it) its date keeps the reports in date
    order, every report numbered below `old` dated before it and every one
    numbered above it after it (a report's date misread by OCR breaks the
    order: then nothing is said here).  An issue saying so, or None."""
    before = [(e.seq, _header_date(events, j)) for j, e in enumerate(events[:i])
              if e.kind in ("header", "number") and e.seq is not None]
    if any(seq == old for seq, _ in before) or (own := _header_date(events, i)) is None:
        return None
    dated = [(seq, day) for seq, day in before if day is not None]
    lower = [day for seq, day in dated if seq < old]
    higher = [day for seq, day in dated if seq > old]
    if len(dated) < DATED_AROUND or not higher or (old > 1 and not lower) \
            or any(day >= own for day in lower) or any(day <= own for day in higher):
        return None
    return Issue("warning", "entry_cell_in_doubt",
                 f"report {old}'s header stands after report {max(seq for seq, _ in before)}'s, its number left out "
                 f"by the headers before it; its date ({own.isoformat()}) falls between the dates of the reports "
                 f"numbered around it, so it is read as printed, report {old}: the reading order moved its column, "
                 f"and which cells are its rests on the OCR'd layout", ev.printed, ev.line, ev.line,
                 field="progress_reports")


def _day_in_number(ev: Event) -> list[Issue]:
    """A header renumbered (_renumber) whose printed number opens with its
    new number's digits, one or two more after them ("14" for report 1),
    and whose date slot OCR left unread holds a month's name and a year but
    no day ("มกราคม 2567"): OCR lost the gap between the number and the
    date's day ("รายงานครั้งที่ 1  4 มกราคม 2567"), so those digits are the
    day.  So are the printed number's digits whole where they do not open
    with the new number ("5" for report 9, "รายงานครั้งที 5 กรกฎาคม ๒":
    the header's own number lost, the date's day beside the month: fresh set
    s97o, bma_progress_s97o002).  The date is read from them and the slot
    (value_repaired, rule day_in_number, its printed text and the date);
    where the slot's year reads no year ("กรกฎาคม ๒"), the day and the slot
    are left as the date's damaged slot, for the rules that prove a year by
    the bounds to read (repairs.repair_dates: said there, the day and month
    as printed).  None where the slot opens with anything but a month's
    name or the day and month read no date."""
    digits = thai_digits_to_arabic(ev.printed or "")
    number = str(ev.seq)
    rest = (ev.printed or "")[len(number):] if digits.startswith(number) else (ev.printed or "")
    slot = ev.damaged.strip().lstrip(":;= ").strip()
    if ev.kind != "header" or ev.value is not None or not slot \
            or not 1 <= len(rest) <= 2 or not thai_digits_to_arabic(rest).isdigit():
        return []
    dated = f"{rest} {slot}"
    try:
        month_number(slot.split()[0])
        found = parse_date(dated)
    except ValueParseError:
        found = None
    if not isinstance(found, _date):
        if yearless_date(dated) is not None:
            ev.damaged = dated  # (the rule that proves its year says the date it takes, and from what)
        return []
    printed = f"{ev.printed} {slot}"
    why = (f"the report number's digits {ev.printed!r} one or two more than its number {ev.seq}: OCR lost the gap "
           f"between the number and the day, so {rest!r} is the day" if digits.startswith(number) else
           f"the report number's digits {ev.printed!r} no reading of its number {ev.seq}: the header's own number "
           f"lost, so {rest!r} is the day")
    ev.value, ev.text, ev.damaged = found, dated, ""
    evidence = {"rule": "day_in_number", "printed": printed, "read": None, "chosen": str(found)}
    return [Issue("warning", "value_repaired",
                  f"report {ev.seq}'s date: printed {printed!r}, the date's slot a month and a year with no day, "
                  f"{why}: read as {found}",
                  json.dumps(evidence, ensure_ascii=False), ev.line, ev.line, field="progress_reports.report_date")]


def _digit_beside(printed: str | None, number: int) -> bool:
    """Whether a report number's printed digits are `number`'s (or a
    reading of them, _reads_as) with one digit more after them ("๒๓" for
    2, a speck read as a digit beside it)."""
    width = len(str(number))
    return bool(printed) and len(printed) == width + 1 and printed.isdigit() and _reads_as(printed[:width], number)


def _next_numbered(events: list[Event], end: int) -> Event | None:
    """The header at events[end] (the next one after an entry's events) when its number is read, else None."""
    if end < len(events) and events[end].kind in ("header", "number") and events[end].seq is not None:
        return events[end]
    return None


def _may_name(clause: Event | None, number: int) -> bool:
    """Whether a budget clause (if any) may name `number`: it names none, or
    that number, or its printed digits may be a misread of it."""
    if clause is None or clause.seq is None or clause.seq == number:
        return True
    return _reads_as(clause.printed, number)


def _clauses_follow(ev: Event, old: int, events: list[Event], i: int, end: int, own_entry: bool = False) -> None:
    """A header (events[i], its entry's events up to `end`) renumbered from
    `old`: where no other header holds `old`, every budget clause naming
    `old` printed alike is misread alike and follows it (only those inside
    its own entry with `own_entry`: several headers renumbered at once);
    where another does, _follow decides.  A header its date slot left
    standing as a false one ("รายงานครั้งที่ ๒ ๓ พฤศจิกายน ๒๕๒๐๑" / ": ...",
    the assembly opens it as report 2) holds `old` too: before, report 2's
    clause followed report 6's header, its figures given to report 6."""
    if any(other.seq == old for other in events
           if other is not ev and other.kind in ("header", "number", "false_header")):
        _follow(ev, old, events, i, end)
        return
    for clause in events[i + 1:end] if own_entry else events:
        if clause.kind == "budget" and clause.seq == old and clause.printed == ev.printed:
            clause.seq = ev.seq


def _follow(ev: Event, old: int, events: list[Event], i: int, end: int) -> None:
    """A header renumbered from `old`, a number another header holds too: a
    budget clause inside its own entry (events i+1..end) that names `old`
    printed alike is misread alike, and follows it, when another budget
    clause naming `old` stands outside the entry (report `old` has its own
    figures; a clause naming another report inside an entry is otherwise
    that report's)."""
    inside = [c for c in events[i + 1:end] if c.kind == "budget" and c.seq == old and c.printed == ev.printed]
    if inside and any(c.kind == "budget" and c.seq == old for c in events[:i + 1] + events[end:]):
        for clause in inside:
            clause.seq = ev.seq


def assemble(events: list[Event]) -> EntriesResult:
    """Entries from the events of one copy's section 2 (see module doc).
    A report number the text names (a header or a budget clause) that gave
    no entry is an error: the document is partial, not ok."""
    events = _number_cells(events)
    events = _headers_in_column(events)
    events, ahead = _headers_read_ahead(events)
    repaired = ahead + number_entries(events)
    result = _Assembler(events).run_events()
    result.issues[:0] = repaired
    result.shown = flags_shown(events)
    named = {e.seq for e in events if e.kind in ("header", "number") and e.seq is not None}
    left = sorted(named - set(result.entries))
    if left:
        unread = set(left)
        where = [e.line for e in events if e.seq in unread]
        result.issues.append(Issue("error", "unread_entries", f"report numbers {left} are named in the text but "
                                   "gave no report entry", "", min(where), max(where), field="progress_reports"))
    return result


# A column of report headers, one a line ("รายงานครั้งที่ ๑" / "รายงานครั้งที่ เว" / "รายงานครั้งที่ ๓"), one of
# whose numbers OCR read as a token of one or two characters no look-alike table lists ("เว" for ๒): "รายงานครั้งที่"
# alone is a false header (no number, no date), and the token a text of its own, which ran into the first
# description of the table (its entry's text: "รายงานครั้งที่ เว อยู่ระหว่าง...").  Between two headers on the lines
# just above and below it, the line is a header of that column whose number is unreadable: numbered by its place
# (number_entries, said as value_repaired), no entry's text.
COLUMN_HEAD_TOKEN = 2  # characters at most of the token that stands for the number


def _headers_in_column(events: list[Event]) -> list[Event]:
    """The events with each header of a column of headers whose number OCR
    garbled past reading (above) read as a header with no number, its token
    as the number printed."""
    out: list[Event] = []
    skip = -1
    for i, ev in enumerate(events):
        if i == skip:
            continue
        if ev.kind == "false_header" and ev.seq is None and 0 < i and i + 2 < len(events):
            token, before, after = events[i + 1], events[i - 1], events[i + 2]
            if token.kind == "text" and token.line == ev.line and 0 < len(token.text.strip()) <= COLUMN_HEAD_TOKEN \
                    and not token.text.strip().isdigit() and before.kind == after.kind == "header" \
                    and before.line == ev.line - 1 and after.line == ev.line + 1 \
                    and before.value is None and after.value is None:
                out.append(replace(ev, kind="header", text="", printed=token.text.strip()))
                skip = i + 1
                continue
        out.append(ev)
    return out


_CLAUSE_KINDS = ("budget", "budget_tail")


def _headers_read_ahead(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """A header that OCR read ahead of its entry, inside the entry before it
    (a row's header cell read where the row above still runs: "รายงาน" /
    "ครั้งที่๕" among report 3's expense lines, report 3's budget clause after
    them): no date of its own follows it, only words, expense lines and a
    progress clause, then a budget clause naming the entry before it, and
    after that clause's figures and flags a date slot with no header (the
    entry's own date, ":: 17 มิถุนายน ..."), before any other header.  The
    header is moved to stand before that date, so the expense lines between
    stay the entry before it's, and said (entry_cell_in_doubt on them: which
    entry's they are rests on that reading); with no expense line between,
    nothing is moved (a figures cell beside the next header: sample 000,
    "รายงานครั้งที่ 8 :: ... (ครั้งที่ 7)" / ":: 10/5/2561 : ...").  Before, the
    expense lines after the header went to its entry, and its own date and
    description, after the clause, ran on after them."""
    issues: list[Issue] = []
    heads = [i for i, ev in enumerate(events) if ev.kind in ("header", "number")]
    k = 1
    while True:
        if k >= len(heads):
            return events, issues
        i, ev, before = heads[k], events[heads[k]], events[heads[k - 1]]
        end = heads[k + 1] if k + 1 < len(heads) else len(events)
        k += 1
        if ev.kind != "header" or ev.value is not None or ev.damaged or before.seq is None:
            continue
        clause = next((j for j in range(i + 1, end) if events[j].kind in _CLAUSE_KINDS), None)
        if clause is None or events[clause].seq != before.seq:
            continue
        if any(e.kind not in ("text", "expense", "progress") for e in events[i + 1:clause]):
            continue  # a date, a flag: the header's own entry has begun there
        date = next((j for j in range(clause + 1, end)
                     if events[j].kind not in ("text", "plan", "target", "progress", *_CLAUSE_KINDS)), None)
        if date is None or events[date].kind != "date":
            continue
        spent = [e for e in events[i + 1:clause] if e.kind == "expense"]
        if not spent:
            continue  # no line whose entry it decides: the header stays (its entry's figures find it by the clauses)
        issues.append(Issue("warning", "entry_cell_in_doubt",
                            f"a report header (printed {ev.printed!r}) stands among report {before.seq}'s lines, "
                            f"before the budget clause naming report {before.seq}, with no date of its own, and a "
                            f"date with no header follows that clause: the header is read as that date's, the "
                            f"lines between it and the clause as report {before.seq}'s",
                            "; ".join(e.text for e in spent), ev.line,
                            max([events[clause].line, *(e.line for e in spent)]), field="expenses"))
        events = events[:i] + events[i + 1:date] + [ev] + events[date:]
        heads = [i for i, ev in enumerate(events) if ev.kind in ("header", "number")]  # (a move is rare)


def flags_shown(events: list[Event]) -> list[int]:
    """The lines of the flag clauses that count the entries the text prints:
    every entry has one plan flag (เป็นไปตามแผน, ไม่เป็นไปตามแผน) and one target
    flag, whose words OCR rarely damages past reading where it loses an
    entry's header, date or figures (a table's cells side by side, its
    headers' numbers misread); of the kind printed more often (the other may
    have lost a flag to OCR)."""
    plan, target = ([ev.line for ev in events if ev.kind == kind] for kind in FLAGS)
    return plan if len(plan) >= len(target) else target


def _number_cells(events: list[Event]) -> list[Event]:
    """A bare number opens an entry only in a column of numbers (the event
    before or after it is a header or number one apart); elsewhere ("2" alone
    inside a description) it is text.  A bare 0 opens none anywhere: reports
    count from 1, and a "๐" alone on its line right above report 1's header
    is a speck OCR read as the digit (before, it opened a report 0, and the
    header after it, its date unreadable, read as a column of numbers: report
    1 lost its description and flags)."""
    out = list(events)
    for i, ev in enumerate(events):
        if ev.kind != "number":
            continue
        neighbours = [events[j] for j in (i - 1, i + 1) if 0 <= j < len(events)]
        if ev.seq == 0 or not any(n.kind in ("number", "header") and n.seq is not None and abs(n.seq - ev.seq) == 1
                                  for n in neighbours):
            out[i] = Event("text", ev.line, text=str(ev.seq))
    return out


# The column titles of the entries table, dropped wherever they stand.