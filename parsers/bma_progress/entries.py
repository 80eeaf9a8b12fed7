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
* a table whose columns OCR read one by one, a column's header cell alone
  on its line (its words maybe parted over two lines by the wrap) and its
  date alone under it: the date is that header's, given as its date slot
  where the header is the report after the last one read
  (transposed.headers_over_dates, after the stacked blocks are read);
* a table's "date : description" column OCR read apart from its headers
  and figures, the middle rows' headers lost: a date cell after an entry's
  date and description opens the next entry (its cells run header, date,
  description), numbered after it unless a header of that number stands
  later, and said (assemble._Assembler._dated_after_text);
* a table read column by column whose entries' figures OCR read apart from
  their labels, some of them (with the expense lines before them) after
  the next entry's header: where the entries lacking figures and the runs
  of figures alone are as many in a stretch of the table, each run is read
  as its entry's in order, and said (lower_parts_placed);
* a table whose entries' own cells OCR read one entry after another and
  whose flag rows it read across after the last of them (a run of plan
  flags, a target row's cells wrapped or whole over two lines): the row's
  cells go to the entries opened last, left to right, where they are as
  many as those entries lacking the flag, and said (flag_rows_after_columns);
* a budget clause that names its entry ("(ครั้งที่ 7)") puts its figures
  there whatever the layout (sample 000 prints entry 7's figures on entry 8's
  line);
* a header that is neither dated nor followed by figures or "::", while
  the same number has a dated header elsewhere, is text of the entry it
  stands in ("- รายงานครั้งที่ 3 : 2) ..." inside entry 2 of sample 001).
"""


from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal

import regex
from rapidfuzz import fuzz

from normalizers.confusions import LOOKALIKES, read_amount
from normalizers.dates import MONTH_TOKEN, is_month
from normalizers.errors import ValueParseError
from normalizers.furniture import is_specks
from normalizers.numbers import (ANY_DIGIT_RE, NUMBER, parse_baht, parse_decimal, parse_percent, thai_digits_to_arabic,
                                 zero_led)
from normalizers.text import mark_tolerant, ocr_tolerant, skeleton
from parsers.bma_progress.assemble import EntriesResult, assemble
from parsers.bma_progress.clauses import (
    GARBLED_NUMBER,
    HEADER_RE,
    LATIN_WRAPPED_WORD,
    LEADING_AMOUNT_RE,
    NOT_IN_AMOUNT_RE,
    PERCENT_OCR,
    SEPS,
    Entry,
    Event,
    Expense,
    damaged_date_cell,
    events_of,
    is_speck,
    joined_groups,
    pieces,
)
from parsers.bma_progress.downcols import columns_read_down
from parsers.bma_progress.interleaved import chunks_interleaved, lower_columns
from parsers.bma_progress.sidebyside import NEGATION_MISREAD, unweave
from parsers.bma_progress.stacked import AMOUNT_LINE_RE, restack_with_doubts
from parsers.bma_progress.transposed import heads_over_row, headers_over_dates, untranspose_with_doubts
from parsers.lazy import lazy_compile
from schemas.document import Issue, Line


_NUMBER_RE = regex.compile(NUMBER)
_LETTER_IN_FIGURE_RE = regex.compile(r"[\u0e01-\u0e2e](?=[\d๐-๙])")  # a Thai letter standing before a digit
# a unit amount OCR garbled into Latin letters ("a0" for ๗๐, "mo" for ๓๐): a letter that is no look-alike of
# the baht sign or of a digit (B, O, o): not the figure its digits or look-alikes alone make ("0")
_LATIN_IN_FIGURE_RE = regex.compile(r"[AC-NP-Za-np-z]")
# an amount whose first thousands group OCR wrote as symbols alone ("ฒ,๐๕๐" for ๗,๐๕๐, "«,๕๕๐", "@ฒ,๕๐๐" for
# ฿๗,๕๐๐): a comma follows digits, so the symbols stand for its group's digits; parse_decimal read the groups
# after them ("ฒ,๐๕๐" as 50.00, the thousands lost, silently wrong under the product and sum checks' doubt)
_SYMBOL_GROUP_RE = regex.compile(r"(?<![\d๐-๙])[ฒ@©«»]+,")
# a quantity holding a Thai letter OCR wrote for a Thai digit, past a leading อ or ฒ (clauses._LOOKALIKE_QTY:
# "๓ซ" for ๗๗, "ซ" for ๗; clauses._LETTER_GLUED_QTY: "๓ฆ", any letter after "จำนวน"): parse_decimal would read
# the digits around it alone ("๓ซ" as 3.00, silently wrong)
# (or a bracket OCR made of a digit, ">๕" for ๖๔: the figure left without it is not the quantity; before, ">" stood in
# the item, "ค่าเกียรติบัตร >", and the quantity read 5: fresh set s85b, bma_progress_s85b004)
_LOOKALIKE_IN_QTY_RE = regex.compile(r"(?<=.)[\u0e01-\u0e2eๆ]|^(?![อฒ])[\u0e01-\u0e2eๆ]|[<>]")


def parse_entries(lines: list[Line]) -> EntriesResult:
    events: list[Event] = []
    lines, down = columns_read_down(lines)
    columns, doubts = untranspose_with_doubts(heads_over_row(_flag_specks_dropped(lines)))
    doubts[:0] = down
    columns, broken = restack_with_doubts(columns)
    doubts += broken
    columns = headers_over_dates(columns)
    columns, interleaved = chunks_interleaved(columns)
    doubts += interleaved
    columns, lower = lower_columns(columns)
    doubts += lower
    for piece in pieces(_date_cells_apart(unweave(columns))):
        events.extend(events_of(piece))
    events, latin = latin_headers(events)
    doubts += latin
    events, lost = first_header_lost(events)
    doubts += lost
    events, beside = flags_wrapped_beside(events)
    events, garbled = plan_flags_garbled(events)
    beside += garbled
    events, cut = target_flags_cut(events)
    beside += cut
    events, negated = negation_beside(events)
    beside += negated
    events, figures = figure_rows_after_columns(events)
    beside += figures
    events, row = flag_rows_after_columns(events)
    beside += row
    events = budget_label_halves(events)
    events, halves = _amounts_left_apart(_progress_before_budget(_progress_rejoined(events)))
    events, placed = _amounts_by_place(separator_ones(events), doubts)
    placed[:0] = halves
    events, lower = lower_parts_placed(events)
    events, named = dated_blocks_named(events)
    result = assemble(events)
    result.issues[:0] = doubts + placed + beside + lower + named
    return result


_OPENED = ("header", "number", "false_header")  # what opens an entry before its date
_BLOCK_INSIDE = ("text", "progress", "expense")  # what stands between an entry's date and its budget clause


def first_header_lost(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """A table of entries read column by column whose first header cell OCR
    lost (read as specks, or not at all): a run of two or more headers, the
    date cells after it one more than the headers, and the budget clauses of
    the figure column after those one more too (or its progress figures one
    more, the last clause read past the flags; a clause's amount cut from
    its label, _between_figures, goes on with the column), a clause past the
    first naming the entry its place gives when the first header's number
    is the second entry's ("(ครั้งที่ ๒)" second where the headers read 2, 3,
    4), no clause saying otherwise of the first place (one naming a report
    past every header's says nothing of it: "(ครั้งที่ 11" for 1), and no
    header of the section naming the number before the first header's.  A
    header of that number is put before the run (the column mode gives the
    cells in order, so every entry's cells went to the entry after it, the
    first entry had no row and the last header's entry got the cells of no
    column).  Said (entry_cell_in_doubt, field progress_reports)."""
    named = {e.seq for e in events if e.kind in ("header", "number") and e.seq is not None}
    out = list(events)
    issues: list[Issue] = []
    n, i = len(events), 0
    inserts: list[tuple[int, Event]] = []
    while i < n:
        if events[i].kind != "header" or events[i].seq is None or (i and events[i - 1].kind == "header"):
            i += 1
            continue
        j = i
        while j < n and events[j].kind == "header":
            j += 1
        heads, k, dates = j - i, j, 0
        while k < n and events[k].kind in ("date", "text", "expense"):
            dates += events[k].kind == "date"
            k += 1
        budgets: list[Event] = []
        progress = 0
        while k < n and (events[k].kind in ("progress", "budget", "budget_tail")
                         or (events[k].kind == "text" and (is_speck(events[k].text) or _between_figures(events, k)))):
            if events[k].kind in ("budget", "budget_tail"):
                budgets.append(events[k])
            progress += events[k].kind == "progress"
            k += 1
        first = events[i].seq
        # (the figure column one entry longer than the headers by its budget clauses, or by its progress figures
        # where the last clause OCR read past the flags, out of the column; a first clause naming a report the
        # table has none of, "(ครั้งที่ 11" for "(ครั้งที่ 1)", says nothing of its place: fresh set s97q,
        # bma_progress_s97q002, every entry's cells one report late)
        figures = len(budgets) == heads + 1 or (progress == heads + 1 and len(budgets) == heads)
        if heads >= 2 and dates == heads + 1 and budgets and figures and first >= 2 and first - 1 not in named \
                and (budgets[0].seq in (None, first - 1) or budgets[0].seq > max(named)) \
                and any(b.seq == first + p - 1 for p, b in enumerate(budgets[1:], start=1)):
            inserts.append((i, Event("header", events[i].line, seq=first - 1)))
            named.add(first - 1)
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a table of report entries read column by column: {heads} headers read, from report {first}, "
                f"and {dates} date cells and {len(budgets)} budget clauses after them, the clauses naming the "
                f"entries from report {first - 1} by their places: the first header's cell was lost, read as "
                f"report {first - 1}'s", f"รายงานครั้งที่ {first}", events[i].line, events[k - 1].line,
                field="progress_reports"))
        i = j
    for at, event in reversed(inserts):
        out.insert(at, event)
    return out, issues


def _between_figures(events: list[Event], k: int) -> bool:
    """Whether the text at events[k] stands inside a figure column's run, a
    budget clause before it and a progress or budget clause after the texts
    that follow it (a clause's amount OCR cut from its label: "(ครั้งที่ 4"
    / "]) = 24000" / "บาท")."""
    j = k
    while j < len(events) and events[j].kind == "text":
        j += 1
    return k > 0 and events[k - 1].kind in ("budget", "budget_tail", "text") and j < len(events) \
        and events[j].kind in ("progress", "budget", "budget_tail")


# a report header OCR read as Latin letters before its number ("asin 1", "Asan 3" for "ครั้งที่ 1"): a word of
# Latin letters alone and a number of one or two digits, nothing else on the line
_LATIN_HEADER_RE = regex.compile(r"\s*([A-Za-z]{3,6})\s+([\d๐-๙]{1,2})\s*")


def latin_headers(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """A report header whose words OCR read as Latin letters ("asin 1" for
    "ครั้งที่ 1", a font's glyphs taken for another script's), its number
    read: a text of a Latin word and a number alone, right before a date (as
    a header stands before its entry's date), whose number no header of the
    section names and that comes before every header read or right after
    one read before it, is that report's header.  Before, the entry's cells
    had no header: they were left as text before the first entry, or run
    into the entry before, and the report had no row.  Said (label_inferred,
    field progress_reports.seq): the number is the garbled token's."""
    named = {e.seq for e in events if e.kind in ("header", "number") and e.seq is not None}
    out: list[Event] = []
    issues: list[Issue] = []
    for i, e in enumerate(events):
        m = _LATIN_HEADER_RE.fullmatch(e.text) if e.kind == "text" else None
        if m is not None and i + 1 < len(events) and events[i + 1].kind == "date":
            seq = int(thai_digits_to_arabic(m.group(2)))
            before = [x.seq for x in out if x.kind in ("header", "number") and x.seq is not None]
            if seq >= 1 and seq not in named and ((not before and seq < min(named, default=seq + 1))
                                                  or (before and before[-1] == seq - 1)):
                named.add(seq)
                out.append(Event("header", e.line, seq=seq, printed=m.group(2)))
                issues.append(Issue(
                    "warning", "label_inferred",
                    f"report {seq}'s header reads {e.text.strip()!r}: Latin letters where the form prints "
                    f"'รายงานครั้งที่', its number {m.group(2)!r} read, right before the entry's date, and no "
                    "other header names that report: read as its header", e.text, e.line, e.line,
                    field="progress_reports.seq"))
                continue
        out.append(e)
    return out, issues


def dated_blocks_named(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Entries of the "::" layout whose headers OCR read apart from them (a
    table read column by column: the headers' cells in a run of their own,
    garbled, "รายงาน" / "ครงท3", the entries' cells after them one under the
    other): a date that follows an entry's budget clause (its figures closed
    it, the text after them aside) with no header before it, and runs with
    text, progress and expense lines alone to a budget clause that names its
    entry ("(ครั้งที่ 3)"), later than the one before, is that entry's date:
    a header of that number is put before it (one of that number standing
    undated elsewhere, no date after it, taken out: it was this one read
    apart; so an undated one of a higher number before it), and said (entry_cell_in_doubt: the number is the budget
    clause's, read on its figures' line).  Where a header of that number
    stands dated elsewhere, or the clauses say no number, nothing
    changes; nor where every such entry's number has a header somewhere
    (a run of headers read apart, which assemble's column mode reads)."""
    def dated_at(i: int) -> bool:
        return events[i].value is not None or (i + 1 < len(events) and events[i + 1].kind == "date")

    dated = {e.seq for i, e in enumerate(events) if e.kind == "header" and e.seq is not None and dated_at(i)}
    undated: dict[int, list[int]] = {}
    for i, e in enumerate(events):
        if e.kind in ("header", "number") and e.seq is not None and not dated_at(i):
            undated.setdefault(e.seq, []).append(i)
    put: dict[int, int] = {}  # the date's place -> the number of the header put before it
    for i, e in enumerate(events):
        if e.kind != "date" or i == 0 or events[i - 1].kind in _OPENED:
            continue
        k = i - 1
        while k >= 0 and events[k].kind == "text":
            k -= 1
        j = i + 1
        while j < len(events) and events[j].kind in _BLOCK_INSIDE:
            j += 1
        if k < 0 or j >= len(events):
            continue
        before, close = events[k], events[j]
        if before.kind == "budget" and close.kind == "budget" and before.seq is not None \
                and close.seq is not None and close.seq > before.seq and close.seq not in dated:
            dated.add(close.seq)
            put[i] = close.seq
    named = {e.seq for e in events if e.kind in _OPENED and e.seq is not None}
    if not put or all(seq in named for seq in put.values()):
        # every such entry has its header somewhere (a run of headers read apart, the entries' parts then given
        # to them in order: assemble's column mode), so nothing is put
        return events, []
    dropped = {at for seq in put.values() for at in undated.get(seq, ())}
    # (an undated header standing before a date given a lower number is one more header read apart from its
    # entry, in the same run: left there, it would say the entries after it come later than it)
    dropped |= {at for ats in undated.values() for at in ats
                if any(at < i and events[at].seq > seq for i, seq in put.items())}
    out: list[Event] = []
    issues: list[Issue] = []
    for i, e in enumerate(events):
        if i in dropped:
            continue
        if (seq := put.get(i)) is not None:
            close = next(c for c in events[i + 1:] if c.kind == "budget")
            out.append(Event("header", e.line, None, seq=seq, printed=str(seq)))
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a date with no entry header before it, after another entry's figures, opens the entry whose "
                f"budget clause closes it, which names report {seq}: read as report {seq}'s (its header OCR read "
                "apart from it, or lost)", e.text, e.line, close.last or close.line, field="progress_reports"))
        out.append(e)
    return out, issues


# A flag cell beside the figures cell that its width wrapped, read line by line: its opening words
# ("เป็นไปตาม", "ไม่เป็นไปตาม") end one line after the figures' words, its object ("แผน", "เป้าหมาย") stands
# alone at the end of a line below, a figure clause between them ("ฯ = 12.5% :        เป็นไปตาม" /
# "งบประมาณที่เบิกใช้        แผน" / "(ครั้งที่ 1)=0 บาท"), so no flag clause reads either piece
_FLAG_OPENING_RE = regex.compile(rf"(?:^|(?<=\s))((?P<not>{mark_tolerant('ไม่', spaces=False)}\s*)?"
                                 rf"{ocr_tolerant('เป็นไปตาม')})[\s:;]*$")  # ("ไม" : its tone mark OCR dropped)
_FLAG_OBJECT_RE = regex.compile(rf"^[\s:;]*(?:({ocr_tolerant('แผน')})|({ocr_tolerant('เป้าหมาย')}))[\s:;]*$")
# what a figure clause's label a wrap cut leaves as text between the two ("งบประมาณ", "ที่เบิกใช้"): its letters
_CLAUSE_LABEL_LETTERS = skeleton("งบประมาณที่เบิกใช้ความก้าวหน้าของงานฯ")
_FIGURE_CLAUSES = ("progress", "budget", "budget_tail")
_ENTRY_OPENERS = ("header", "number", "date")
_FLAG_FIELDS = {"plan": "progress_reports.on_plan", "target": "progress_reports.on_target"}


# A budget clause's label that the figures cell's width wrapped and the reading of the row's cells parted (a table
# read row by row, its cells side by side): its first half ("งบประมาณ", "งบูประมาณ") stands alone right before the
# clause's bracket ("(ครั้งที่ 1) = ๐"), its second half ("ที่เบิกใช้") at the end of a text of the cell before it,
# a cell of its own after a tab ("สถานศึกษาเพื่อกำหนด\tทีเบิกใช้"): no clause read either half, and both ran into
# the entry's description (fresh set s62o, bma_progress_s62o007)
_LABEL_HEAD_RE = regex.compile(rf"\s*{ocr_tolerant('งบประมาณ')}\s*")
_LABEL_REST_RE = regex.compile(rf"(?:^|\t)\s*{ocr_tolerant('ที่เบิกใช้')}\s*$")


def budget_label_halves(events: list[Event]) -> list[Event]:
    """Both halves of a budget clause's label parted so (see above) go to
    the clause's text: the first alone right before the clause's bracket,
    the second the last cell of a text of the same entry before it.  Only
    where both stand (the label whole, no prose's words); else as before."""
    out, drop = list(events), set()
    for j in range(1, len(out)):
        ev, head = out[j], out[j - 1]
        if ev.kind != "budget_tail" or head.kind != "text" or not _LABEL_HEAD_RE.fullmatch(head.text):
            continue
        for k in range(j - 2, -1, -1):
            other = out[k]
            if other.kind in ("header", "number", "false_header", "budget", "budget_tail"):
                break
            if other.kind == "text" and k not in drop and (m := _LABEL_REST_RE.search(other.text)) is not None:
                rest = other.text[: m.start()].rstrip()
                if rest:
                    out[k] = replace(other, text=rest)
                else:
                    drop.add(k)
                out[j] = replace(ev, text=f"{head.text.strip()} {other.text[m.start():].strip()} {ev.text}")
                drop.add(j - 1)
                break
    return [ev for i, ev in enumerate(out) if i not in drop] if drop else events


# A speck of Latin letters OCR made of a flag's tone mark or a rule, alone on the line between the flag's opening
# words and its object ("เป็นไปตาม" / "vy" / "เป้าหมาย", a table's cell the width wrapped): no clause reads the flag
# across it, so the entry lost it (its words all stand there: the speck is left out, the flag read as printed)
# (standard re: regex's matches, faster; tests/test_speedups_exact.py); or a line of specks of no letter that is
# no figure either (normalizers.furniture.is_specks; "9%๑1", digits of both scripts about a percent sign, OCR's
# reading of the marks: fresh set s129o, bma_progress_s129o007, project 2's ten target flags lost; a figure alone,
# "12", "๒๕.๕%", may be another entry's cell read between, and stays)
_LATIN_SPECK_LINE_RE = re.compile(r"[A-Za-z]{1,3}")
_NO_LETTER_RE = re.compile(r"[^A-Za-z\u0e01-\u0e2e]+")
_FIGURE_ALONE_RE = re.compile(r"\d+(?:[.,]\d+)*\s?%?")  # (re's \d: Thai digits too)


def _flag_specks_dropped(lines: list[Line]) -> list[Line]:
    """The lines without each speck line (Latin letters, or specks of no letter and no figure: see above) standing
    between a line that ends in a flag's opening words (_FLAG_OPENING_RE) and one that is the flag's object alone
    (_FLAG_OBJECT_RE), blank lines aside."""
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text" and ln.text.strip()]
    drop = {i for a, i, b in zip(texts, texts[1:], texts[2:])
            if (_LATIN_SPECK_LINE_RE.fullmatch(t := lines[i].text.strip())
                or is_specks(t) and _NO_LETTER_RE.fullmatch(t) and not _FIGURE_ALONE_RE.fullmatch(t))
            and _FLAG_OPENING_RE.search(lines[a].text)
            and _FLAG_OBJECT_RE.match(lines[b].text)}
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines


def _label_piece(text: str) -> bool:
    """Text that is words of a figure clause's label only (their letters, in order, inside it)."""
    words = [skeleton(w) for w in text.split()]
    return bool(words) and all(w and w in _CLAUSE_LABEL_LETTERS for w in words)


def _flag_in_entry(events: list[Event | None], i: int, j: int, kind: str) -> bool:
    """Whether a `kind` flag stands in the entry around events i..j (from the last header, number or date
    at or before i to the next after j)."""
    a = next((k for k in range(i, -1, -1) if events[k] is not None and events[k].kind in _ENTRY_OPENERS), 0)
    b = next((k for k in range(j, len(events)) if events[k] is not None and events[k].kind in _ENTRY_OPENERS),
             len(events))
    return any(e is not None and e.kind == kind for e in events[a:b])


def flags_wrapped_beside(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Section 2's flags whose cell wrapped beside the figures cell (see
    above), in its events in reading order: a text ending in the flag's
    opening words, a figure clause after it, and then a text that is the
    flag's object alone, nothing between but clauses and what their labels'
    wrap left (_label_piece), is that flag ("plan" for แผน, "target" for
    เป้าหมาย; not met where "ไม่" opens it) where its entry reads no such
    flag otherwise.  The flag's event stands where its object did, after
    the figures; the opening words leave the text they ended.  Each said
    (label_inferred): a "ไม่" OCR lost would be lost from this reading too."""
    out: list[Event | None] = list(events)
    issues: list[Issue] = []
    for i, ev in enumerate(out):
        if ev is None or ev.kind != "text" or (m := _FLAG_OPENING_RE.search(ev.text)) is None:
            continue
        clause = False
        for j in range(i + 1, len(out)):
            other = out[j]
            if other is None:
                continue
            if other.kind in _FIGURE_CLAUSES:
                clause = True
                continue
            if other.kind != "text":
                break
            obj = _FLAG_OBJECT_RE.match(other.text)
            if obj is None:
                if _label_piece(other.text):
                    continue
                break
            kind = "plan" if obj.group(1) else "target"
            if not clause or _flag_in_entry(out, i, j, kind):
                break
            opening, word = m.group(1), other.text.strip(" :;\t\n")
            met = m.group("not") is None
            out[j] = Event(kind, ev.line, met, text=f"{opening} {word}", last=other.line)
            rest = ev.text[: m.start(1)].rstrip()
            out[i] = Event("text", ev.line, text=rest) if rest.strip() else None
            issues.append(Issue("warning", "label_inferred",
                                f"a {'plan' if kind == 'plan' else 'target'} flag's words a wrap split beside the "
                                f"figures cell ({opening!r} ending line {ev.line}, {word!r} alone at the end of "
                                f"line {other.line}, a figure clause between) are read as one flag: "
                                + ("met" if met else "not met") + "; a ไม่ OCR lost would be lost from this reading too",
                                f"{opening} {word}", ev.line, other.line, field=_FLAG_FIELDS[kind]))
            break
    return [e for e in out if e is not None], issues


# A plan flag whose words OCR garbled past the flag clause's tolerance ("เป็นไปคายแผน", "เปนไปกาน"), standing alone
# where the form prints the plan flag: right after the entry's figure clauses and right before its target flag.
# Read there as the plan flag when its letters come within PLAN_GARBLED_RATIO of the flag's (a word that misses
# ตาม or แผน and keeps the rest); met unless its letters open with ไม่'s.  Said (label_inferred): a ไม่ OCR lost
# would be lost from this reading too.
PLAN_GARBLED_RATIO = 70.0
_PLAN_WORDS_SK = skeleton("เป็นไปตามแผน")
_NOT_PLAN_WORDS_SK = skeleton("ไม่เป็นไปตามแผน")
_NOT_SK = skeleton("ไม่")


def plan_flags_garbled(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Plan flags OCR garbled (see above), each said (label_inferred)."""
    out: list[Event | None] = list(events)
    issues: list[Issue] = []
    for i in range(1, len(out) - 1):
        ev, before, after = out[i], out[i - 1], out[i + 1]
        if ev is None or ev.kind != "text" or before is None or before.kind not in _FIGURE_CLAUSES \
                or after is None or after.kind != "target":
            continue
        words = ev.text.strip(" :;|\t\n")
        sk = skeleton(words)
        if not words or len(words.split()) > 2 or len(sk) < 6 or _flag_in_entry(out, i, i, "plan"):
            continue
        met = fuzz.ratio(sk, _PLAN_WORDS_SK) >= PLAN_GARBLED_RATIO
        unmet = sk.startswith(_NOT_SK) and fuzz.ratio(sk, _NOT_PLAN_WORDS_SK) >= PLAN_GARBLED_RATIO
        if met == unmet:
            continue
        out[i] = Event("plan", ev.line, met, text=words, last=ev.last or ev.line)
        issues.append(Issue("warning", "label_inferred",
                            f"the words {words!r} between report figures and the target flag (line {ev.line}) "
                            f"are OCR's reading of the plan flag the form prints there: read as "
                            + ("met" if met else "not met") + "; a ไม่ OCR lost would be lost from this reading too",
                            words, ev.line, ev.line, field=_FLAG_FIELDS["plan"]))
    return [e for e in out if e is not None], issues


# A target flag whose object OCR lost ("เป็นไปตามแผน" / "เป็นไปตาม", the last cell of a column cut at a page's
# edge): its opening words alone, right after the entry's plan flag and before the next entry opens (or the text
# ends), can be the target flag only, the form printing it there; met unless they open with ไม่.  Said
# (label_inferred): a ไม่ OCR lost would be lost from this reading too.
_OPENING_ALONE_RE = regex.compile(rf"(?P<not>{mark_tolerant('ไม่', spaces=False)}\s*)?{ocr_tolerant('เป็นไปตาม')}")


def target_flags_cut(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Target flags whose object OCR lost (see above), each said (label_inferred)."""
    out = list(events)
    issues: list[Issue] = []
    for i in range(1, len(out)):
        ev, before = out[i], out[i - 1]
        after = out[i + 1] if i + 1 < len(out) else None
        if ev.kind != "text" or before.kind != "plan" or (after is not None and after.kind not in _ENTRY_OPENERS):
            continue
        words = ev.text.strip(" :;|\t\n")
        m = _OPENING_ALONE_RE.fullmatch(words)
        if m is None or _flag_in_entry(out, i, i, "target"):
            continue
        met = m.group("not") is None
        out[i] = Event("target", ev.line, met, text=words, last=ev.last or ev.line)
        issues.append(Issue("warning", "label_inferred",
                            f"the words {words!r} after the report's plan flag (line {ev.line}), their object lost, are "
                            f"the target flag the form prints there: read as " + ("met" if met else "not met")
                            + "; a ไม่ OCR lost would be lost from this reading too",
                            words, ev.line, ev.line, field=_FLAG_FIELDS["target"]))
    return out, issues


# The flag rows of an entries table read across as lines of their own after the entries they close, the rest of
# the table read otherwise (each entry's cells one under another, its header first; or the entries' columns side by
# side, the flag rows carried past a page break), so every cell of a row stood after the last entry's cells, which
# took them all or none.  A row is a run of two flag clauses or more of one kind back to back ("เป็นไปตามแผน
# เป็นไปตามแผน เป็นไปตามแผน"), or lines that are its cells and nothing else: whole
# ("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย" / "เป็นไปตามเป้าหมาย ไม่เป็นไปตามเป้าหมาย", a line's
# cells run on over the next, a clause read for some of them), or each wrapped, the cells' opening words on one line
# and their objects on the next ("ความสอดคล้อง เป็นไปตาม  เป็นไปตาม  เป็นไปตาม" / "กับเป้าหมาย  เป้าหมาย  เป้าหมาย
# เป้าหมาย"; the plan row so too, "กับแผน  แผน  แผน  แผน": fresh set s75b), an OCR speck line between at
# most ("9๑7  9๑7", a tone mark's debris).  Where the row's cells are as
# many as the entries opened last (the row's own the last), each read with cells of its own (not the table read
# column by column, whose run of headers the assembly pairs with runs of cells) and without that flag, their
# numbers where read in order, the cells are those entries' flags left to right (the form prints the entries left
# to right), each met unless its words open with ไม่, said (label_inferred): a ไม่ OCR lost would be lost from this
# reading too.  Any other count leaves the row as read (fresh sets s67o, s68z, s69z, s71a).
_ROW_OPENING = rf"(?P<not>{mark_tolerant('ไม่', spaces=False)}\s*)?{ocr_tolerant('เป็นไปตาม', spaces=False)}"
_ROW_OPENING_RE = regex.compile(_ROW_OPENING)
_ROW_OPENING_LABEL_RE = regex.compile(rf"^\s*{ocr_tolerant('ความสอดคล้อง', spaces=False)}")
_ROW_OBJECT_RE = {"target": regex.compile(ocr_tolerant("เป้าหมาย", spaces=False)),
                  "plan": regex.compile(rf"{ocr_tolerant('แผน', spaces=False)}(?![\u0e01-\u0e4e])")}
_ROW_OBJECT_LABEL_RE = {kind: regex.compile(rf"^\s*{ocr_tolerant('กับ' + word, spaces=False)}(?=\s)")
                        for kind, word in (("target", "เป้าหมาย"), ("plan", "แผน"))}
_ROW_OBJECT = {"plan": "แผน", "target": "เป้าหมาย"}
_ROW_WHOLE_RE = {kind: regex.compile(rf"{_ROW_OPENING}\s?{ocr_tolerant(word, spaces=False)}")
                 for kind, word in _ROW_OBJECT.items()}
_ROW_WHOLE_LABEL_RE = {kind: regex.compile(rf"^\s*{ocr_tolerant('ความสอดคล้อง', spaces=False)}\s?"
                                           rf"{ocr_tolerant('กับ' + word, spaces=False)}(?=\s|$)")
                       for kind, word in _ROW_OBJECT.items()}
# a cell whole or wrapped after its opening words (the whole first)
_ROW_EITHER_RE = {kind: regex.compile(rf"{_ROW_OPENING}(?:\s?{ocr_tolerant(word, spaces=False)})?")
                  for kind, word in _ROW_OBJECT.items()}
_ROW_OBJECT_ALONE_RE = {kind: regex.compile(rf"\s*{ocr_tolerant('กับ' + word, spaces=False)}\s*")
                        for kind, word in _ROW_OBJECT.items()}
_ROW_SPECK_RE = regex.compile(r"[^\u0e01-\u0e2e]*")  # a line with no Thai letter (OCR's debris of marks and rules)
_ROW_CELL_GAP = " \t:;|"


def _row_cells(text: str, label: regex.Pattern, cell: regex.Pattern) -> list[regex.Match] | None:
    """The cells of a flag row's line (its label first at most, then `cell` matches with nothing but gaps
    between), or None when other words stand there."""
    m = label.match(text)
    at = m.end() if m else 0
    cells = []
    for c in cell.finditer(text, at):
        if text[at:c.start()].strip(_ROW_CELL_GAP):
            return None
        cells.append(c)
        at = c.end()
    return cells if cells and not text[at:].strip(_ROW_CELL_GAP) else None


# a piece of a flag row's label its wrap cut anywhere ("ความสอดคล้อ" / "งกับเป้าหมาย"), standing first in a line
_ROW_LABEL_PIECE_RE = regex.compile(rf"^\s*(?:{ocr_tolerant('ความสอดค', spaces=False)}\S*|\S{{0,4}}{ocr_tolerant('กับ', spaces=False)}"
                                    rf"(?:{ocr_tolerant('แผน', spaces=False)}|{ocr_tolerant('เป้าหมาย', spaces=False)})?)(?=\s|$)")
ROW_STACK_LINES = 4  # lines a flag row's cells may wrap over at the most


def _row_stacked(events: list[Event | None], j: int, kind: str) -> tuple[list[regex.Match], int] | None:
    """A flag row of `kind` whose cells the width wrapped over two lines or more, each cut anywhere, even inside a
    word ("ความสอดคล้อ เป็นไปตา เป็นไปตา ไม่ เป็นไปตา" / "งกับเป้าหมาย ม ม เป็นไปตาม ม" / "เป้าหมาย เป้าหมาย
    เป้าหมาย เป้าหมาย"): each line, past a piece of the label first, holds as many words as the row has cells,
    the cells' pieces left to right, and the pieces one under another joined make a whole flag each, which no
    fewer lines do; the flags and the index past the row, or None."""
    pieces: list[list[str]] = []
    k = j
    while k < len(events) and len(pieces) < ROW_STACK_LINES and (text := _text_at(events, k)) is not None:
        label = _ROW_LABEL_PIECE_RE.match(text)
        words = text[label.end() if label else 0:].split()
        if len(words) < 2 or pieces and len(words) != len(pieces[0]):
            return None
        pieces.append(words)
        k += 1
        if len(pieces) >= 2:
            joined = ["".join(col) for col in zip(*pieces)]
            got = [_ROW_WHOLE_RE[kind].fullmatch(c) for c in joined]
            if all(got):
                return got, k
    return None


def _text_at(events: list[Event | None], j: int) -> str | None:
    return events[j].text if j < len(events) and events[j] is not None and events[j].kind == "text" else None


_Cells = list[tuple[bool, str, Event | None]]  # a flag row's cells: (met, words, the flag clause read for it)


def _flag_row(events: list[Event | None], i: int, kind: str) -> tuple[_Cells, int, int] | None:
    """The flag row of `kind` that opens at event i (see above): its cells as (met, words, the flag clause read
    for it if any), the index after its last event and its last line; None where event i opens no row of two
    cells or more.  Its events: flag clauses of that kind, lines of text that are its cells and nothing else
    (its label first at most: whole cells, or cells wrapped over two lines), and its label
    alone before them."""
    cells: _Cells = []
    j, last, texts = i, events[i].line, 0
    while j < len(events):
        ev = events[j]
        if ev is None:
            j += 1
            continue
        if ev.kind == kind:
            cells.append((bool(ev.value), ev.text.replace("\n", " "), ev))
            last, j = max(ev.line, ev.last or 0), j + 1
            continue
        if (text := _text_at(events, j)) is None:
            break
        if not cells and (label := _ROW_WHOLE_LABEL_RE[kind].match(text)) \
                and not text[label.end():].strip(_ROW_CELL_GAP):
            j, texts = j + 1, texts + 1  # the row's label alone, its cells read as flag clauses after it
            continue
        whole = _row_cells(text, _ROW_WHOLE_LABEL_RE[kind], _ROW_WHOLE_RE[kind])
        if whole is not None:
            cells += [(c.group("not") is None, c.group(0), None) for c in whole]
            last, j, texts = ev.line, j + 1, texts + 1
            continue
        if not cells and (stacked := _row_stacked(events, j, kind)) is not None:
            got, j = stacked
            cells += [(m.group("not") is None, m.group(0), None) for m in got]
            last, texts = events[j - 1].line, texts + 1
            continue
        openings = _row_cells(text, _ROW_OPENING_LABEL_RE, _ROW_EITHER_RE[kind])
        if openings is None:
            break
        k = j + 1
        if (speck := _text_at(events, k)) is not None and _ROW_SPECK_RE.fullmatch(speck):
            k += 1
        # (some cells whole beside the wrapped ones, "ความสอดคล้อง เป็นไปตาม เป็นไปตามแผน เป็นไปตาม" / "กับแผน  แผน
        # แผน": the objects under it are the wrapped cells', in order; every cell whole, the label's object alone under
        # them, "กับแผน": the label's)
        bare = [o for o in openings if not _ROW_WHOLE_RE[kind].fullmatch(o.group(0))]
        under = _text_at(events, k) or ""
        objects = _row_cells(under, _ROW_OBJECT_LABEL_RE[kind], _ROW_OBJECT_RE[kind]) if bare else []
        if not bare and not _ROW_OBJECT_ALONE_RE[kind].fullmatch(under):
            break
        if objects is None or len(objects) != len(bare):
            break
        tails = iter(objects)
        cells += [(o.group("not") is None, o.group(0) if o not in bare else f"{o.group(0)} {next(tails).group(0)}",
                   None) for o in openings]
        last, j, texts = events[k].line, k + 1, texts + 1
    return (cells, j, last) if len(cells) >= 2 else None


_ROW_OPENERS = ("header", "number")  # what opens an entry's stretch of events (a date may stand in its header)
_ROW_CONTENT = ("date", "text", "progress", "budget", "budget_tail", "expense")


def _entries_lacking(out: list, opened: list[int], i: int, n: int, lacking) -> list[tuple[int, int]] | None:
    """The stretches (opener index, next bound) of the n entries opened last before event i, the last running to
    i, where each is read with cells of its own (not the table read column by column, whose run of headers the
    assembly pairs with runs of cells) and holds no event of the kinds `lacking`, and the entries' numbers, where
    read, are in order (two entries side by side never the same number: a header read twice, or text; apart, one
    OCR misread may repeat an earlier number); None otherwise.  A row read across after its entries gives them
    its cells left to right only then (flag_rows_after_columns, figure_rows_after_columns)."""
    if len(opened) < n:
        return None
    bounds = [*opened[-n:], i]
    stretches = list(zip(bounds, bounds[1:]))
    numbers = [out[a].seq for a in opened[-n:]]
    known = [x for x in numbers if x is not None]
    if any(x > y for x, y in zip(known, known[1:])) \
            or any(x is not None and y is not None and x >= y for x, y in zip(numbers, numbers[1:])) \
            or not all(any(isinstance(e, Event) and e.kind in _ROW_CONTENT for e in out[a + 1:b])
                       and not any(isinstance(e, Event) and e.kind in lacking for e in out[a + 1:b])
                       for a, b in stretches):
        return None
    return stretches


def _append_at(out: list, at: int, events: list[Event]) -> None:
    """Events placed at out[at] after what stands there (an event, a list of them, or nothing)."""
    out[at] = [*(out[at] if isinstance(out[at], list) else [out[at]] if out[at] is not None else []), *events]


def flag_rows_after_columns(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Flag rows read across after their entries (see above), each flag said (label_inferred)."""
    out: list[Event | None | list[Event]] = list(events)
    issues: list[Issue] = []
    for kind in ("plan", "target"):
        i, opened = 0, []  # the indexes of the entries' openers met so far
        while i < len(out):
            ev = out[i]
            if isinstance(ev, list) or ev is None:
                i += 1
                continue
            if ev.kind in _ROW_OPENERS:
                opened.append(i)
            if (i > 0 and isinstance(out[i - 1], Event) and out[i - 1].kind == kind and ev.kind == kind) \
                    or (row := _flag_row(out, i, kind)) is None:
                i += 1
                continue
            cells, end, last = row
            n = len(cells)
            if (stretches := _entries_lacking(out, opened, i, n, (kind,))) is None:
                i = end
                continue
            first = min(c.line for c in (e for e in out[i:end] if isinstance(e, Event)))
            for k in range(i, end):
                out[k] = None
            for (a, b), (met, words, clause) in zip(stretches, cells):
                flag = clause if clause is not None else Event(kind, first, met, text=words, last=last)
                at = b - 1 if (a, b) != stretches[-1] else end - 1
                _append_at(out, at, [flag])
                issues.append(Issue("warning", "label_inferred",
                                    f"the {kind} row read across after its entries' own cells (lines {first}-{last}, "
                                    f"{n} cells, as many as the entries before it lacking the flag, each with cells "
                                    f"of its own): its cell {words!r} is the {kind} flag of the entry opened at line "
                                    f"{_out_line(out, a)}, read " + ("met" if met else "not met")
                                    + "; a ไม่ OCR lost would be lost from this reading too",
                                    words, first, last, field=_FLAG_FIELDS[kind]))
            i = end
        out = _flattened(out)
    return out, issues


# The progress and disbursement rows of an entries table read across as lines of their own after the entries
# they close, the rest of the table read otherwise (each entry's header, date and description one under another,
# a column after a column, then the figure rows as the table prints them: "ความก้าวหน้า ๓๕.๐%<tab>26.0% 86.5%"
# / "ของงานฯ" / "งบประมาณที่<tab>0 บาท.-<tab>0 บาท.-<tab>0 บาท.-" / "เบิกใช้"), so no entry read a figure and
# the rows stood as text no entry holds (opened shut set s77o, bma_progress_s77o001; fresh sets s75b, s70o).  A
# row is the label's first words (a wrap may cut the label: its tail alone on the next line is skipped) and
# nothing but its cells after them: percentages (each a figure and its "%"), or amounts (each a figure, its "บาท"
# or ".-" at most; a baht sign OCR read "B").  The label may stand elsewhere (the labels' column read apart: s70o,
# "๓.๐๐ %<tab>๑.50 %" / "๐ บาท.-<tab>0 บาท -"): then every amount cell must carry its unit, its stops or its sign.
# The cells are the figures, left to right, of as many entries opened last (each read as its clause would be and
# said, label_inferred) only where: each of those entries holds cells of its own and neither that figure nor one
# the form prints below it (an entry holding its flags is read: the row is another table's, whose headers OCR
# lost; fresh set s69z), the entry before them, if any, holds that figure (else which of the entries lacking it
# the cells are is not known), their numbers where read are in order, and no second such row stands before the
# next entry (which of the two is the figures' is not known).  A cell no figure reads, or any other count, leaves
# the row as read.
_FIGURE_ROW_LABEL_RE = {
    "progress": regex.compile(rf"^\s*{mark_tolerant('ความก้าวหน', spaces=False)}[\u0e01-\u0e4e]*"
                              rf"(?:\s?{mark_tolerant('ของ', spaces=False)}[\u0e01-\u0e4e]*)?(?=[\s\t])"),
    "budget": regex.compile(rf"^\s*{mark_tolerant('งบประมาณ', spaces=False)}[\u0e01-\u0e4e]*(?=[\s\t])"),
}
_FIGURE_ROW_CELL_RE = {
    "progress": regex.compile(r"[\d๐-๙][\d๐-๙oO.,]{0,6}\s?%"),
    "budget": regex.compile(r"(?:[฿B#]?[\d๐-๙][\d๐-๙oO,.]{0,14}|[฿B][oO0๐])(?:\s?\.\s?-)?"
                            r"(?:\s?(?:บาท|um|UM|unm|UNM)(?:\s?[.,\-]){0,3})?(?![^\s\t])"),
}
_AMOUNT_MARK_RE = regex.compile(r"บาท|um|UM|unm|UNM|\.\s?-|^[฿B#]")
_FIGURE_ROW_LABEL = {"progress": "ความก้าวหน้าของงานฯ", "budget": "งบประมาณที่เบิกใช้"}
# (the figures an entry the row's cells go to may not hold yet: the row's own and those the form prints below it)
_FIGURES_FROM = {"progress": ("progress", "budget", "plan", "target"), "budget": ("budget", "plan", "target")}
_FIGURE_ROW_FIELD = {"progress": "progress_reports.progress_pct", "budget": "progress_reports.disbursed"}
_WORD_OR_DIGIT_RE = regex.compile(r"[\u0e01-\u0e2e\d๐-๙A-Za-z]")
_FIGURE_ROW_UNIT_RE = regex.compile(r"(?:[\s\t]*(?:บาท|um|UM)[.,\-]{0,3})*[\s\t]*")


def _figure_row_cells(text: str, kind: str) -> list[str] | None:
    """The cells of a figure row's line of `kind` (see above), or None."""
    label = _FIGURE_ROW_LABEL_RE[kind].match(text)
    at, cells = label.end() if label is not None else 0, []
    for c in _FIGURE_ROW_CELL_RE[kind].finditer(text, at):
        if text[at:c.start()].strip(" \t"):
            return None
        cells.append(c.group(0).strip())
        at = c.end()
    if len(cells) < 2 or text[at:].strip(" \t"):
        return None
    if label is None and kind == "budget" and not all(_AMOUNT_MARK_RE.search(c) for c in cells):
        return None  # (no label: an amount only by its unit, its stops or its sign)
    return cells


def _figure_label_tail(text: str, kind: str) -> bool:
    """A line that is the rest of the row's label a wrap cut ("ของงานฯ", "เบิกใช้"), a cell's unit after it at
    most ("เบิกใช้<tab>บาท.-")."""
    word = regex.match(r"\s*([\u0e01-\u0e4e]+)", text)
    if word is None or not _FIGURE_ROW_UNIT_RE.fullmatch(text[word.end():]):
        return False
    sk = skeleton(word.group(1))
    return len(sk) >= 3 and skeleton(_FIGURE_ROW_LABEL[kind]).endswith(sk)


def _another_figure_row(events: list, k: int, kind: str) -> bool:
    """Whether a row of `kind` stands again from events[k] on, before the next entry opens."""
    for ev in events[k:]:
        if isinstance(ev, list) or ev is None:
            continue
        if ev.kind in _ROW_OPENERS:
            return False
        if ev.kind == "text" and _figure_row_cells(ev.text, kind) is not None:
            return True
    return False


def figure_rows_after_columns(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Progress and disbursement rows read across after their entries (see above), each figure said."""
    out: list[Event | None | list[Event]] = list(events)
    issues: list[Issue] = []
    for kind in ("progress", "budget"):
        i, opened, doubled = 0, [], False
        while i < len(out):
            ev = out[i]
            if isinstance(ev, list) or ev is None:
                i += 1
                continue
            if ev.kind in _ROW_OPENERS:
                opened.append(i)
                doubled = False
            cells = _figure_row_cells(ev.text, kind) if ev.kind == "text" else None
            if cells is None:
                i += 1
                continue
            end = i + 1
            if (tail := _text_at(out, end)) is not None and _figure_label_tail(tail, kind):
                end += 1
            n = len(cells)
            if (stretches := _entries_lacking(out, opened, i, n, _FIGURES_FROM[kind])) is None \
                    or len(opened) > n and not any(isinstance(e, Event) and e.kind == kind
                                                   for e in out[opened[-n - 1] + 1:opened[-n]]):
                # (the entry before the n lacks the figure too: which n of them the cells are is not known)
                i = end
                continue
            if doubled or _another_figure_row(out, end, kind):
                doubled = True  # (so the second is no row either, until the next entry opens)
                i = end
                continue  # (two such rows before the next entry: which one is the figures' is not known)
            line = ev.line
            read = [events_of(Line(line, f"{_FIGURE_ROW_LABEL[kind]} {cell}")) for cell in cells]
            if not all(got and got[0].kind == kind and got[0].value is not None
                       and all(e.kind == "text" and not _WORD_OR_DIGIT_RE.search(e.text) for e in got[1:])
                       for got in read):
                i = end
                continue  # (a cell no figure reads: the row left as read)
            read = [got[:1] for got in read]  # (its unit's stops, ".-", no text of the entry's)
            for k in range(i, end):
                out[k] = None
            for (a, b), got, cell in zip(stretches, read, cells):
                at = b - 1 if (a, b) != stretches[-1] else end - 1
                _append_at(out, at, got)
                issues.append(Issue("warning", "label_inferred",
                                    f"the {_FIGURE_ROW_LABEL[kind]} row read across after its entries' own cells "
                                    f"(line {line}, {n} cells, as many as the entries before it lacking that figure, "
                                    f"each with cells of its own): its cell {cell!r} is the figure of the entry "
                                    f"opened at line {_out_line(out, a)}, by the order of the cells",
                                    cell, line, line, field=_FIGURE_ROW_FIELD[kind]))
            i = end
        out = _flattened(out)
    return out, issues


def _out_line(out: list, k: int) -> int:
    e = out[k]
    return (e[0] if isinstance(e, list) else e).line


def _flattened(out: list) -> list[Event]:
    flat: list[Event] = []
    for e in out:
        if isinstance(e, list):
            flat.extend(e)
        elif e is not None:
            flat.append(e)
    return flat


# The negation of a flag whose cell wrapped beside the figures cell, read apart from its flag's words: "ไม่" alone
# ending the figures' first line (": ไม่" / "เป็นไปตาม" / "แผน", the flag's cell three lines high), the other flag's
# cell opening on that line (": เป็นไปตาม" / "เป้าหมาย"): the columns parted, "ไม่" stood as text of its own and the
# flag it opens was read met, with nothing saying so.  The flag whose words open on the line below the negation's
# is the one it negates (its cell's next line); the other flag's words open on the negation's own line (its own
# column).  Where the plan flag opens on the line below and the target flag on the negation's line (the negation
# before its words: the column before the target's, the plan's), the plan flag is read not met, said
# (value_repaired); any other layout (the target flag read below, the plan's words after the negation on its line:
# no layout of the form, the flags' words paired otherwise than printed) leaves the flags as read and says the
# negation's flag unknown (entry_cell_in_doubt on both flags).
_NEGATION_ALONE_RE = regex.compile(rf"[\s:;|]*{mark_tolerant('ไม่', spaces=False)}[\s:;|]*")
_NEGATION_REACH = 6  # events after the negation looked at for its entry's flags
# ... or a word alone where that negation stands that OCR misread past it ("ไป" for ไม่: ไ or ใ, then ม or a letter
# of its shape, บ ป น, a mark at most; parsers.bma_progress.sidebyside gives it the flags column), both flags'
# words opening on the line right below it (their cells wrapped beside the figures): it may be the negation or a
# speck; no flag is read not met on it, both flags read met are said in doubt (entry_cell_in_doubt), never left
# silent.  (Not "ใช้", the budget clause's word a wrap left alone, nor a description's last word a wrap left alone,
# "ออก" / "ไป", its flags farther down.)
_NEGATION_MISREAD_RE = regex.compile(rf"[\s:;|]*{NEGATION_MISREAD}[\s:;|]*")


def negation_beside(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """Flags a lone "ไม่" beside them negates (see above), each said."""
    out: list[Event | None] = list(events)
    issues: list[Issue] = []
    for i, ev in enumerate(out):
        if ev is None or ev.kind != "text" or not ("ไ" in ev.text or "ใ" in ev.text):
            continue
        misread = not _NEGATION_ALONE_RE.fullmatch(ev.text)
        if misread and not _NEGATION_MISREAD_RE.fullmatch(ev.text):
            continue
        flags: dict[str, int] = {}
        for j in range(i + 1, min(len(out), i + 1 + _NEGATION_REACH)):
            other = out[j]
            if other is None:
                continue
            if other.kind in _ENTRY_OPENERS or other.kind in flags:
                break
            if other.kind in _FLAG_FIELDS:
                flags[other.kind] = j
        if len(flags) != 2 or not all(out[j].value is True for j in flags.values()):
            continue  # (a flag read not met already holds its ไม่; one flag alone: no layout to weigh)
        below = [k for k, j in flags.items() if out[j].line == ev.line + 1]
        level = [k for k, j in flags.items() if out[j].line == ev.line]
        if misread and len(below) != 2:
            continue
        if below == ["plan"] and level == ["target"] and not misread:
            # (the negation stands before the level flag's words on its line: left of them, in the column before,
            # which is the plan's, the form printing the plan flag before the target flag; a target flag below it
            # and the plan's words on its line after it is no layout of the form: the two flags' words were paired
            # as OCR ran them, ": ไม่ : เป็นไปตาม" / "เป็นไปตาม เป้าหมาย" / "แผน" read plan first: said in doubt)
            kind = below[0]
            flag = out[flags[kind]]
            out[flags[kind]] = Event(kind, flag.line, False, text=f"ไม่{flag.text}", last=flag.last)
            out[i] = None
            evidence = {"rule": "negation_beside", "printed": ev.text.strip(), "read": True, "chosen": False}
            issues.append(Issue("warning", "value_repaired",
                                f"'ไม่' alone at line {ev.line}, beside the figures, the {kind} flag's words opening "
                                f"on the line below it and the other flag's on its own line: the negation of the "
                                f"{kind} flag its cell wrapped, read not met",
                                json.dumps(evidence, ensure_ascii=False), ev.line, max(flag.line, flag.last or 0),
                                field=_FLAG_FIELDS[kind]))
            continue
        for kind, j in flags.items():
            said = (f"{ev.text.strip()!r} alone at line {ev.line}, where a flag's negation stands beside the "
                    f"report's flags, both read met: OCR's reading of a ไม่ that negates one of them, or a speck; "
                    f"which, the text does not say") if misread else (
                f"'ไม่' alone at line {ev.line}, beside the report's flags, both read met: it negates "
                f"one of them, which one the layout does not say")
            issues.append(Issue("warning", "entry_cell_in_doubt", said, ev.text.strip(), ev.line,
                                max(out[j].line, out[j].last or 0), field=_FLAG_FIELDS[kind]))
    return [e for e in out if e is not None], issues


# An entry's disbursement standing alone between its progress clause and its plan or target flag, with none of
# the budget clause's words: the form's table read column by column, each cell on its own line, where the flags'
# words a wrap cut inside a word ("ความก้าวหน้า..." / "4.00 %" / "0.00 บาท" / "เป็นไปตา" / "มแผน"), so the column
# was not known for one (parsers.bma_progress.stacked) and the amount stayed text, its entry's disbursement lost.
# The form prints its rows in one order (progress, disbursement, plan, target): the amount there is the
# disbursement.  An amount with its baht word (on its line or alone on the next), at least one digit, nothing else.
_UNIT_ALONE_RE = regex.compile(r"^\s*(?:บาท|um|UM|Um)\s*(?:[.,]\s*-?)?\s*$")
_AMOUNT_REST_RE = regex.compile(r"^[\s.,\-]*$")


def _next_kept(events: list[Event], i: int) -> int | None:
    """The index of the first event from `i` that is no speck of text, or None."""
    while i < len(events) and events[i].kind == "text" and is_speck(events[i].text):
        i += 1
    return i if i < len(events) else None


def _lone_amount(text: str) -> str | None:
    """The amount of a text that is an amount with its baht word and nothing else ("0.00 บาท", "๐ บาท.-"),
    in Arabic digits as a budget clause's (clauses.LEADING_AMOUNT_RE), or None."""
    if not ANY_DIGIT_RE.search(text) or not AMOUNT_LINE_RE.match(text):
        return None
    src = thai_digits_to_arabic(text)
    m = LEADING_AMOUNT_RE.match(src)
    if m is None or m.group(1) is not None or not _AMOUNT_REST_RE.match(src[m.end():]):
        return None
    return joined_groups(m.group(2))


def _amounts_by_place(events: list[Event], doubts: list[Issue]) -> tuple[list[Event], list[Issue]]:
    """Each amount alone between a progress clause and a flag (see above) as the budget clause it stands for,
    its entry the one its place says, as a clause without a number is placed; said (label_inferred).  Only in
    an entry whose header's number was read, for its first progress: an entry numbered by its place (its number
    unreadable, or no header at all, read from its figures) may be another column's, and its cells with it
    (s30z005, s31z001: the amount then read was another entry's); nor where the table's reader doubted whose
    cells the lines are (`doubts`, entry_cell_in_doubt: blocks read out of order, a column broken)."""
    out: list[Event] = []
    issues: list[Issue] = []
    head: Event | None = None  # the header of the entry the events stand in (its first progress not yet met)
    i = 0
    while i < len(events):
        out.append(events[i])
        if events[i].kind in ("header", "number", "false_header"):
            head = events[i]
        numbered = head is not None and head.kind != "false_header" and head.seq is not None
        if events[i].kind == "progress":
            head = None  # a second progress before the next header is another entry's, one with no header
        j = _next_kept(events, i + 1) if events[i].kind == "progress" and numbered else None
        if j is None or events[j].kind != "text":
            i += 1
            continue
        text, k = events[j].text.strip(), j + 1
        if k < len(events) and events[k].kind == "text" and _UNIT_ALONE_RE.match(events[k].text):
            text, k = f"{text} {events[k].text.strip()}", k + 1  # its baht word a wrap put under it
        after = _next_kept(events, k)
        value = _lone_amount(text)
        if value is None or after is None or events[after].kind not in ("plan", "target") \
                or any(d.line_start is not None and d.line_start <= events[j].line <= (d.line_end or d.line_start)
                       for d in doubts):
            i += 1
            continue
        out.extend(events[i + 1: j])  # the specks between
        out.append(Event("budget", events[j].line, value, text=text, last=events[k - 1].line))
        issues.append(Issue("warning", "label_inferred", f"'{text}' stands alone where an entry's disbursement "
                            "stands (after its progress, before its flags), with none of its clause's words: read as "
                            "that entry's disbursement", text, events[j].line, events[k - 1].line,
                            field="progress_reports.disbursed"))
        i = k
    return out, issues


# A table OCR read column by column whose columns' lower parts stand apart from their headers: a figures run
# with none of its labels (the labels column was read on its own), a progress figure alone (maybe its "%"), an
# amount alone marked as money (its baht word or a unit OCR made Latin letters of, the sign, or a thousands
# group: "B17,200", "BO" for ฿0, "๐ บาท.-", "3,197.00 บาท", the baht-dash amount "0.- บาท", "15,185.- uN"), then
# the plan and target flags
_BARE_PROGRESS_RE = regex.compile(r"^\s*[\d๐-๙][\d๐-๙.]{0,6}\s*%?\s*$")
_BARE_AMOUNT_RE = regex.compile(
    r"^\s*(?P<sign>[฿B]\s*)?[\d๐-๙Oo][\d๐-๙Oo,.]*(?:(?<=\.)-)?\s*(?P<unit>บาท|[A-Za-z]{2,3})?[\s.,\-]*$")
_OPENS_SEGMENT = ("header", "number", "false_header")
# A run's amount that reads nothing as printed but is a zero: its sign, then zeros and their look-alikes alone
# ("BO", "Bo" for ฿0): a report that spent nothing, which lists no expense line
_ZERO_LOOKALIKE_RE = regex.compile(r"^\s*[฿B]\s*[0๐Oo]+\s*$")


def _bare_amount(text: str) -> bool:
    m = _BARE_AMOUNT_RE.match(text)
    return m is not None and "%" not in text and (m.group("sign") is not None or m.group("unit") is not None
                                                  or "," in text)


# An amount of digits alone, no sign, unit or group ("80": ฿0 whose sign OCR read as an 8; "0"): no amount by its
# shape, but one in a run's amount slot, between a figure and the plan and target flags that close the run (the
# form prints its rows progress, disbursement, plan, target); read there as the disbursement clause's figure as
# printed (the clause reader's baht-sign reading then applies to it as to "= 80" after the clause's words)
_DIGITS_ALONE_RE = regex.compile(r"^\s*[\d๐-๙][\d๐-๙Oo]{0,8}\s*$")


def _bare_runs(events: list[Event], a: int, b: int) -> list[list[int]]:
    """The figures runs without labels among events[a:b] (above): each the
    indexes of its figure, its amount and its two flags, in order (specks
    between them skipped)."""
    runs = []
    i = a
    while i < b:
        if events[i].kind == "text" and _BARE_PROGRESS_RE.match(events[i].text) and "," not in events[i].text:
            at = [i]
            for want in ("amount", "plan", "target"):
                j = at[-1] + 1
                while want == "amount" and j < b and events[j].kind == "text" and is_speck(events[j].text) \
                        and not _bare_amount(events[j].text) and not _DIGITS_ALONE_RE.match(events[j].text):
                    j += 1  # ("BO", ฿0, is no speck here; nor "80", digits alone, below)
                j = j if want == "amount" else _next_kept(events, j)
                if j is None or j >= b or not (
                        events[j].kind == want if want != "amount" else
                        events[j].kind == "text" and (_bare_amount(events[j].text)
                                                      or _DIGITS_ALONE_RE.match(events[j].text))):
                    break
                at.append(j)
            if len(at) == 4:
                runs.append(at)
                i = at[-1] + 1
                continue
        i += 1
    return runs


def _figures_read_as_numbers(events: list[Event]) -> list[Event]:
    """Runs (above) whose figure, a bare progress alone on its line with no "%" ("29"), the clause reader
    read as an entry's number in a table's number column (a "number" event, no text of its own): where such a
    number is followed by an amount alone (digits alone may be read as a number too) and the plan and target
    flags (specks between), it is the run's figure, a text again (its amount too); every other number stays."""
    def bare(k: int) -> bool:
        e = events[k]
        return e.kind == "number" and e.seq is not None and bool(e.printed) and bool(_BARE_PROGRESS_RE.match(e.printed))

    out = list(events)
    for i in range(len(events)):
        if not bare(i):
            continue
        # (the amount under it, digits alone, may be read as a number too: "29" / "80")
        at = [i] + ([i + 1] if i + 1 < len(events) and bare(i + 1) else [])
        probe = [Event("text", e.line, text=e.printed) if k in at else e for k, e in enumerate(events)]
        if any(run[0] == i for run in _bare_runs(probe, i, min(len(probe), i + 12))):
            for k in at:
                out[k] = probe[k]
    return out


def _run_clauses(events: list[Event], run: list[int]) -> list[Event] | None:
    """A figures run's figure and amount as the progress and disbursement
    clauses they stand for (read by the clause reader, their labels put
    back), then its flags; None where either does not read as its clause."""
    figure, amount = events[run[0]], events[run[1]]
    progress = [e for e in events_of(Line(figure.line, f"ความก้าวหน้าของงานฯ = {figure.text.strip()}"))
                if not (e.kind == "text" and is_speck(e.text))]
    budget = [e for e in events_of(Line(amount.line, f"งบประมาณที่เบิกใช้ = {amount.text.strip()}"))
              if not (e.kind == "text" and (is_speck(e.text) or _UNIT_ALONE_RE.match(e.text)
                                            or _BARE_AMOUNT_RE.match("0 " + e.text.strip())))]
    if [e.kind for e in progress] != ["progress"] or [e.kind for e in budget] != ["budget"]:
        return None
    return [progress[0], budget[0], events[run[2]], events[run[3]]]


def lower_parts_placed(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """The runs placed (_lower_parts_placed, below); where a run's figure was read as an entry's number
    (_figures_read_as_numbers: a bare "29" alone on its line, the number ending the segment the runs stand in),
    the events with that number read as the figure it is, when runs are then placed; else as they were."""
    read = _figures_read_as_numbers(events)
    if read != events:
        out, issues = _lower_parts_placed(read)
        if issues:
            return out, issues
    return _lower_parts_placed(events)


def _lower_parts_placed(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """A table OCR read column by column, some entries' figures lost from
    their columns and read later as figures runs without labels (above),
    after another entry's header (the next entry's column, read before the
    lower part of this one; s52o002: report 9's expense lines and figures
    after report 10's description, then report 10's own figures; s56z001,
    s50z007): the entries are taken window by window, a window a stretch of
    headers' segments each of which reads no figure clause of its own or
    holds such a run (a segment with its own figures and no run ends it,
    unless its number is below those of the window's entries lacking
    figures: an earlier entry's column OCR read out of order, inside it).
    Where a window's entries that read no figure clause are as many as its
    runs, and each run stands after its entry's header when they are paired
    in order (the earliest entry lacking figures takes the first run), and
    some run stands in another entry's segment, each run is read as its
    entry's progress, disbursement and flags and moved to its segment; the
    expense lines right before a run (after the segment's header, its own
    figures or the run before) go with it, unless the run's amount reads
    nothing (0: a report that spent nothing lists no line) or every amount
    reads and they do not add up to it.  Each pair is said
    (entry_cell_in_doubt: placed by count and order, field the table; the
    moved expense lines too, field expenses).  Windows where the counts
    differ are left as they are (extra4 t001: three runs for two entries),
    as are windows where a header number is read twice, a segment holds
    two figure clauses, or more plan flags stand than figure sets (a block
    not seen as a run): more figure sets than entries, none placed by
    order.  A header whose number OCR left unread takes part where its
    place proves its number (_numbers_by_place); elsewhere it is no
    segment, as before (parsers.bma_progress.assemble numbers it, said)."""
    opens = [i for i, e in enumerate(events) if e.kind in _OPENS_SEGMENT]
    number = _numbers_by_place(events)
    segments = []  # (header index, end): a header's events up to the next opener
    for n, i in enumerate(opens):
        if events[i].kind == "header" and i in number or events[i].kind == "false_header":
            segments.append((i, opens[n + 1] if n + 1 < len(opens) else len(events)))
    windows: list[list[tuple[int, int, bool, list[list[int]]]]] = [[]]
    for h, end in segments:
        # (a clause whose figure holds no digit, its label alone: "ความก้าวห / น้าของงาน / ๆ", the row titles' column
        # read into the segment, is no figure of the entry's)
        labelled = any(events[k].kind in ("progress", "budget") and ANY_DIGIT_RE.search(str(events[k].value or ""))
                       for k in range(h + 1, end))
        runs = _bare_runs(events, h + 1, end)
        if events[h].kind == "false_header":
            # a header cell the clause reader did not take as an entry's opener (no date under it): no segment of
            # the window's; but one whose column reads its own figures and no run (the next band's column,
            # "ครั้งที่ 5" / "กเย," / ... / its figures) ends the window, as an entry's would: the runs before it
            # are the entries' before it
            if labelled and not runs and windows[-1]:
                windows.append([])
            continue
        if labelled and not runs:
            # the window ends, unless the segment's number is below those of the window's entries that lack
            # figures (an earlier entry's column OCR read out of order, inside the stretch)
            if not any(not lab and number[wh] > number[h] for wh, _, lab, _ in windows[-1]):
                windows.append([])
            continue
        windows[-1].append((h, end, labelled, runs))
    moves: dict[int, list[Event]] = {}  # a segment's end -> the events put there
    drop: set[int] = set()
    replace_at: dict[int, list[Event]] = {}  # a run standing in its own segment: its events read as clauses
    issues: list[Issue] = []
    own: list[tuple[int, int, int, list[Event]]] = []  # entries that keep their own run: number, segment, clauses
    for window in windows:
        lacking = [(h, end) for h, end, labelled, _ in window if not labelled]
        runs = [(h, end, run) for h, end, _, rs in window for run in rs]
        seqs = [number[h] for h, _, _, _ in window]
        if not lacking or len(lacking) != len(runs) or len(set(seqs)) != len(seqs):
            continue  # (a header number read twice in the window: a misread, or columns out of order, unknown which)
        if any(sum(1 for k in range(h + 1, end) if events[k].kind == kind) > 1
               for h, end, labelled, _ in window if labelled for kind in ("progress", "budget")):
            continue  # a segment holding two figure clauses: more figure sets than entries, none placed by order
        plans = sum(1 for h, end, _, _ in window for k in range(h + 1, end) if events[k].kind == "plan")
        if plans > sum(1 for _, _, labelled, _ in window if labelled) + len(runs):
            continue  # more plan flags than figure sets: a block this reading did not see as a run (its amount's
            # baht word on a line of its own, "33,300" / "บาท.-"), none placed by order
        pairs = list(zip(lacking, runs))
        if any(run[0] < h for (h, _), (_, _, run) in pairs) or all(h == rh for (h, _), (rh, _, _) in pairs):
            continue
        clauses = [_run_clauses(events, run) for _, (_, _, run) in pairs]
        if any(c is None for c in clauses):
            continue
        for ((h, end), (rh, rend, run)), read in zip(pairs, clauses):
            seq = number[h]
            if rh == h:  # the entry's own run, in its own segment: its labels put back by place, said
                replace_at[run[0]] = read
                drop.update(run[1:])
                own.append((seq, h, end, read))
                issues.append(Issue(
                    "warning", "label_inferred",
                    f"report {seq}'s figures stand without their labels in its column (the labels column read on "
                    "its own), in a part of the table where other entries' runs of figures stand in the next "
                    "column: read as its progress, disbursement and flags by their order",
                    " ".join(events[k].text.strip() for k in run), events[run[0]].line, events[run[-1]].line,
                    field="progress_reports"))
                continue
            # the expense lines right before the run in its segment: after the header, its own figures or flags,
            # or the run before
            lo = max([rh] + [k for k in range(rh + 1, run[0]) if events[k].kind in
                             ("progress", "budget", "budget_tail", "plan", "target", "date")]
                     + [r[-1] for _, _, r in runs if rh < r[-1] < run[0]])
            lines = [k for k in range(lo + 1, run[0]) if events[k].kind == "expense"]
            paid = Decimal(0) if _ZERO_LOOKALIKE_RE.match(str(read[1].value or "")) else _amount_value(read[1].value)
            amounts = [_amount_value(events[k].value.amount) for k in lines]
            if lines and (paid == 0 or paid is not None and None not in amounts and sum(amounts) != paid):
                lines = []
            drop.update(run)
            drop.update(lines)
            moves.setdefault(end, []).extend([*read[:2], *[events[k] for k in lines], *read[2:]])
            where = f"lines {events[run[0]].line}-{events[run[-1]].line}"
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"the entries table is read column by column and report {seq}'s column holds no figures, while "
                f"figures without their labels stand after report {number[rh]}'s header ({where}): the "
                f"entries lacking figures and the runs of figures alone are as many in this part of the table, "
                f"and the runs are read as those entries' in order (a column's lower part OCR read after the "
                f"next column's)", " ".join(events[k].text.strip() for k in run),
                events[run[0]].line, events[run[-1]].line, field="progress_reports"))
            for k in lines:
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"an expense line standing right before the figures read as report {seq}'s ({where}), after "
                    f"report {number[rh]}'s header, goes with them to report {seq} (a column's lower part OCR "
                    "read after the next column's)", events[k].text.strip(), events[k].line,
                    events[k].value.last_line, field="expenses"))
    for seq, h, end, read in own:
        # the expense lines left in the entry's column (those before the other entries' runs went with them): where
        # every amount reads and they do not add up to the run's amount, a line of the column may be lost among
        # its cells (its words read as text between the runs) or be another entry's, and the lines' order with it
        lines = [k for k in range(h + 1, end) if events[k].kind == "expense" and k not in drop]
        paid = Decimal(0) if _ZERO_LOOKALIKE_RE.match(str(read[1].value or "")) else _amount_value(read[1].value)
        amounts = [_amount_value(events[k].value.amount) for k in lines]
        if lines and paid is not None and None not in amounts and sum(amounts) != paid:
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"report {seq}'s expense lines, in its column read apart from its figures, add up to "
                f"{sum(amounts):,.2f} as printed, not the disbursement read from its run of figures "
                f"({read[1].value}): a line may be lost among the column's cells or be another entry's, "
                "and the lines' numbers after it with it", " ".join(events[k].text.strip() for k in lines),
                events[lines[0]].line, events[lines[-1]].value.last_line, field="expenses"))
    if not moves and not replace_at:
        return events, []
    out: list[Event] = []
    for i, e in enumerate(events):
        out.extend(moves.get(i, ()))
        if i in replace_at:
            out.extend(replace_at[i])
        elif i not in drop:
            out.append(e)
    out.extend(moves.get(len(events), ()))
    return out, issues


def _numbers_by_place(events: list[Event]) -> dict[int, int]:
    """The report number of each header (by index) for lower_parts_placed:
    its number as read, or, for a header whose number OCR left unread
    ("รายงานครั้งที่ «", "รายงานครั้งที่ i"), the number its place proves:
    every other header of the section reads a number, those before it run
    1, 2, ... N-1 in order and those after it N+1, N+2, ... (one gap, where
    it stands, between two headers).  Where the place does not prove one number (two headers
    unread, numbers out of order or repeated, a column read out of order:
    extra4 t001's "«" stands between a misread ๓ and ๕ and is report 9) the
    header gets none.  The number is only the pairing's; the header keeps
    its unread number, which parsers.bma_progress.assemble.number_entries
    gives it by the same order and says (value_repaired)."""
    heads = [i for i, e in enumerate(events) if e.kind in ("header", "number")]
    number = {i: events[i].seq for i in heads if events[i].seq is not None}
    unread = [i for i in heads if events[i].seq is None]
    if len(unread) != 1 or any(e.kind == "false_header" and e.seq is not None for e in events):
        return number  # (a false header with a number: a header this reading did not take, its place unsure)
    at = heads.index(unread[0])
    if 0 < at < len(heads) - 1 and [events[i].seq for i in heads[:at]] == list(range(1, at + 1)) \
            and [events[i].seq for i in heads[at + 1:]] == list(range(at + 2, len(heads) + 1)):
        number[unread[0]] = at + 1
    return number


def _amount_value(printed: object) -> Decimal | None:
    """An amount as printed, read (Thai digits, groups); None where it does not read, or holds more than two
    digits after its point (no amount in baht: "๕1.๓56๐" is a figure OCR damaged)."""
    if not isinstance(printed, str) or regex.search(r"[.][\d๐-๙]{3,}\s*$", printed):
        return None
    try:
        return parse_baht(thai_digits_to_arabic(printed))
    except (ValueParseError, ValueError, ArithmeticError):
        return None


# A progress clause that a cell gap or a wrap cut in two, its words in one text and its figure in another, next
# to it (a table read row by row whose cells were unwoven: "ความก้าวหน้าของงานฯ =" on line 102, "๑๓.๕๐ %" under it,
# read before it; or a text or two of another cell's words between, a wrapped description's last line: _percent_beside):
# the words with nothing after them but separators, the figure alone with its sign
_PROGRESS_WORDS_RE = regex.compile(rf"^\s*{ocr_tolerant('ความก้าวหน้าของงาน')}\s*[ฯๆข]{{0,2}}[\s=:\-]*$")
_PERCENT_ALONE_RE = regex.compile(rf"^\s*({NUMBER})\s*%\s*$")
LINES_APART = 2  # lines the two parts of one clause may stand apart
WORDS_MAX = 60  # characters the words alone and their separators take at most
# ... or the words a narrow cell wrapped before their last word ("ความก้าวหน้าของ" / "งานฯ = ๒๑.๐๐ %"), or with
# it ("ความก้าวหน้าของงานฯ" / "= 2.50 % : งบประมาณท ที่"), the figure after its "=" on a line below, opening that
# text or as its last cell ("จัดทำโครงการเพื่อ\taut = 47": the cells of one printed line side by side, the
# wrapped word OCR read as Latin letters, a quote's speck maybe after them, "qq\" = 11": clauses.LATIN_WRAPPED_WORD);
# a figure of no thousands and no baht after it
_PROGRESS_HEAD_RE = regex.compile(
    rf"^\s*{ocr_tolerant('ความก้าวหน้าของ')}(?:\s?{ocr_tolerant('งาน')})?\s*[ฯๆข]{{0,2}}[\s=:\-]*$")
# ... or the words' tail alone with its "=" ("ของงานฯ =" under "ความก้าวหน้า", which stood alone on its line as
# the column's title does and was left out as one: a title prints no "="), a figure alone with its "%" beside it
_PROGRESS_TAIL_RE = regex.compile(rf"^\s*{ocr_tolerant('ของ')}\s?{ocr_tolerant('งาน')}\s*[ฯๆข]{{0,2}}\s*=[\s=:\-]*$")
_WRAPPED_WORD = rf"(?:{ocr_tolerant('งาน')}[ \t]*[ฯๆข]{{0,2}}|[ฯๆ]{{1,2}}|{LATIN_WRAPPED_WORD})"
_FIGURE_AFTER = rf"[ \t]*+=[ \t]*+({PERCENT_OCR}|\d{{1,3}}(?:\.\d+)?)(?![\d,]|[ \t]+\d)(?:[ \t]*%)?(?![ \t]*(?:บาท|um|UM))"
# (its runs of white space possessive: the wrapped word, when there, opens with a letter; backtracking them cost
# a minute on a line of 3,000 spaces and tabs)
_FIGURE_OPENS_RE = regex.compile(rf"[ \t]*+{_WRAPPED_WORD}?{_FIGURE_AFTER}")
EVENTS_APART = 3  # events the two parts may stand apart (the cells of the lines between unwoven among them)


_ONE_TAIL_RE = regex.compile(r"\s*[1il!]$")


def separator_ones(events: list[Event]) -> list[Event]:
    """A text right before its entry's progress clause that ended in a one glued to a colon (Event.sep_one,
    "จัดทำโครงการเพื่อขออนุมัติ 1:" / "ความก้าวหน้าของงานฯ = 15.50 %"): the form prints "::" there, its first
    colon OCR read as the one; the one is left out (a text of it alone is none).  Before, it closed the entry's
    description, a wrong value no issue named (fresh set s47o, bma_progress_s47o002).  Before any other
    clause or text the one stays."""
    if not any(ev.sep_one for ev in events):
        return events
    out: list[Event] = []
    for k, ev in enumerate(events):
        if ev.sep_one and k + 1 < len(events) and events[k + 1].kind == "progress":
            text = _ONE_TAIL_RE.sub("", ev.text).strip(SEPS + "\n")
            if not text:
                continue
            ev = replace(ev, text=text, sep_one=False)
        out.append(ev)
    return out


def _progress_rejoined(events: list[Event]) -> list[Event]:
    """Each progress clause cut in two (see above) as one progress event, where
    its words stand.  Before, the figure was read as description text and the
    progress was lost.  Only a figure right before or after the words, alone
    with its "%" (or past other cells' words alone: _percent_beside), or after
    the "=" the words lost, opening a text or as its last cell, counts: a
    number in a sentence or an expense line is none."""
    words = [i for i, ev in enumerate(events)  # (a cheap test first: a description's lines are longer)
             if ev.kind == "text" and len(ev.text) <= WORDS_MAX and (_PROGRESS_HEAD_RE.match(ev.text)
                                                                    or _PROGRESS_TAIL_RE.match(ev.text))]
    if not words:
        return events
    out: list[list[Event]] = [[ev] for ev in events]
    for i in words:
        tail = _PROGRESS_TAIL_RE.match(events[i].text) is not None  # (its tail: only a figure alone beside)
        whole = tail or _PROGRESS_WORDS_RE.match(events[i].text) is not None  # (the words whole: a figure alone beside)
        for j in _percent_beside(events, i, out) if whole else ():
            m = _PERCENT_ALONE_RE.match(thai_digits_to_arabic(events[j].text))
            out[i] = [Event("progress", events[i].line, m.group(1),
                            text=f"{events[i].text.strip()} {events[j].text.strip()}")]
            out[j] = []
            break
        else:
            if not tail:
                _figure_after_equals(events, i, out)
    return [ev for evs in out for ev in evs]


def _percent_alone(events: list[Event], j: int, words: Event, out: list[list[Event]]) -> bool:
    ev = events[j]
    return (out[j] == [ev] and ev.kind == "text" and abs(ev.line - words.line) <= LINES_APART
            and _PERCENT_ALONE_RE.match(thai_digits_to_arabic(ev.text)) is not None)


# What may stand between the progress words and their figure alone (_percent_beside): another cell's words, no
# figure, no sign, no separator of a clause, no other progress words (a wrapped description's last line,
# "งบประมาณ", unwoven between)
_OTHER_CELL_RE = regex.compile(r"[^\d๐-๙%=:;|]*")


def _percent_beside(events: list[Event], i: int, out: list[list[Event]]) -> list[int]:
    """The text holding the figure alone with its "%" that belongs to the
    progress words at `i` (_progress_rejoined): right after them, else right
    before them; else, up to EVENTS_APART events away, the nearest with only
    texts of other cells' words between (_OTHER_CELL_RE: a table's row read
    row by row, a description's wrapped last line unwoven between the figure
    and the words, "4๓.00 %" / "งบประมาณ" / "ความก้าวหน้าของงานฯ ="; before,
    the progress was lost, said missing).  A text between that stands below
    both parts is a later cell's (a budget clause's wrapped words, "เบิกใช้" /
    "บาท"): the order is in doubt, none is taken.  Two such figures as near
    on either side: neither (no guess).  [] when none."""
    words = events[i]
    for j in (i + 1, i - 1):
        if 0 <= j < len(events) and _percent_alone(events, j, words, out):
            return [j]
    for d in range(2, EVENTS_APART + 1):
        found = []
        for j in (i + d, i - d):
            lo, hi = min(i, j), max(i, j)
            if 0 <= j < len(events) and _percent_alone(events, j, words, out) and all(
                    out[k] == [events[k]] and events[k].kind == "text" and _OTHER_CELL_RE.fullmatch(events[k].text)
                    and not _PROGRESS_HEAD_RE.match(events[k].text)
                    and events[k].line <= max(words.line, events[j].line) for k in range(lo + 1, hi)):
                found.append(j)
        if found:
            return found if len(found) == 1 else []
    return []


# A figures cell whose first line OCR read apart, with those of the other entries' cells ("ความก้าวหน้าของงานฯ" /
# ... / "= ๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐"): the progress's figure with its "=" and its "%" opens the
# line, the budget clause follows it on that line; the words stand lines away, past the other cells' (nothing
# _progress_rejoined pairs).  A figure a "%" closes, before the cell's budget clause, is that cell's progress.
_PERCENT_BEFORE_CLAUSE_RE = regex.compile(rf"^[\s:;]*=[ \t]*({PERCENT_OCR}|\d{{1,3}}(?:\.\d+)?)[ \t]*%[\s:;]*$")


# ... or a figure alone, its "=" and "%" lost with the words ("2 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.๐0"), where
# the figures column was read in two: the progress words stand alone lines away, as many or more, with no figure
# ("ความก้าวหน้าของงานฯ" / "บาท", the column's left part, above the lines of figures and budget clauses)
_FIGURE_BEFORE_CLAUSE_RE = regex.compile(rf"^\s*({PERCENT_OCR}|\d{{1,3}}(?:\.\d+)?)[ \t]*%?\s*$")


def _progress_before_budget(events: list[Event]) -> list[Event]:
    """Each text "= X %" that a budget clause follows on its line (see
    above) as a progress event; before, the figure was read as description
    text (or left out) and the entry's progress was lost.  So is a figure
    alone opening its line before the clause, where the section holds as
    many progress clauses' words with no figure (see above) or more."""
    out = list(events)
    bare: list[tuple[int, Event]] = []  # (the figures alone, as progress events: taken only if the words are as many)
    for i, ev in enumerate(events[:-1]):
        after = events[i + 1]
        if ev.kind != "text" or after.kind != "budget" or after.line != ev.line:
            continue
        src = thai_digits_to_arabic(ev.text)
        m = _PERCENT_BEFORE_CLAUSE_RE.match(src) if "%" in ev.text else None
        if m is not None:
            out[i] = Event("progress", ev.line, m.group(1), text=ev.text.strip())
        elif (i == 0 or events[i - 1].line != ev.line) and (m := _FIGURE_BEFORE_CLAUSE_RE.match(src)):
            bare.append((i, Event("progress", ev.line, m.group(1), text=ev.text.strip())))
    if bare and len(bare) <= sum(1 for ev in events if ev.kind == "text" and _PROGRESS_WORDS_RE.match(ev.text)):
        for i, progress in bare:
            out[i] = progress
    return out


# The left half of a figures column read in two (see _progress_before_budget): each cell's progress words, then the
# last line of its amount ("ความก้าวหน้าของงานฯ" / "๑,๕๒๐ บาท.-", or the baht word alone where the amount's figure
# stood on the clause's line), cell after cell; the right half after them, each cell's progress figure and budget
# clause ("๘.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๔) ="), those whose amount is in the left half with none after the "="
_LEFT_AMOUNT_RE = regex.compile(r"^\s*=?\s*(?P<amount>\S.*?)\s*(?:บาท|um|UM|Um|บปาท)\s*(?:[.,]\s*-?)?\s*$")


def _amounts_left_apart(events: list[Event]) -> tuple[list[Event], list[Issue]]:
    """The amounts of a figures column's left half (see above) as the disbursements of the budget clauses after
    them that have none, in order: the k-th pair of progress words and amount line is the k-th budget clause's
    cell.  Only where the two halves agree cell by cell: a run of two pairs or more, as many budget clauses after
    it at least, each pair's line the baht word alone where its clause reads an amount and an amount (maybe
    damaged: kept as printed, unreadable and said) where its clause reads none.  Said (label_inferred); before,
    those disbursements were lost (s63z002: reports 3 to 10)."""
    pairs: list[tuple[int, str | None]] = []  # (the amount line's index, its amount as printed; None: the word alone)
    i, start = 0, None
    while i + 1 < len(events):
        words, amount = events[i], events[i + 1]
        if words.kind == "text" and amount.kind == "text" and _PROGRESS_WORDS_RE.match(words.text) \
                and (_UNIT_ALONE_RE.match(amount.text) or AMOUNT_LINE_RE.match(amount.text)):
            if not pairs:
                start = i
            pairs.append((i + 1, None if _UNIT_ALONE_RE.match(amount.text) else amount.text))
            i += 2
        elif pairs:
            break
        else:
            i += 1
    if len(pairs) < 2 or start is None:
        return events, []
    budgets = [k for k in range(pairs[-1][0] + 1, len(events)) if events[k].kind == "budget"][: len(pairs)]
    if len(budgets) < len(pairs) or any((printed is None) != (events[b].value is not None)
                                        for (_, printed), b in zip(pairs, budgets)) \
            or all(printed is None for _, printed in pairs):
        return events, []
    out = list(events)
    issues: list[Issue] = []
    for (j, printed), b in zip(pairs, budgets):
        if printed is None:
            continue
        value = _lone_amount(printed)
        if value is None:
            m = _LEFT_AMOUNT_RE.match(printed)
            value = m.group("amount") if m else printed.strip()  # damaged: kept as printed, unreadable
        budget = events[b]
        out[b] = replace(budget, value=value, text=f"{budget.text.strip()} {printed.strip()}")
        out[j] = None
        issues.append(Issue("warning", "label_inferred", f"'{printed.strip()}' stands under the progress words in "
                            "the left half of a figures column read in two, as the budget clause in the same place "
                            f"among the right half's clauses ('{budget.text.strip()}') lacks its amount: read as its "
                            "disbursement", printed, events[j].line, events[j].line, field="progress_reports.disbursed"))
    return [ev for ev in out if ev is not None], issues


def _figure_after_equals(events: list[Event], i: int, out: list[list[Event]]) -> None:
    """The words at `i` and the figure after their "=" in a text near them
    (_FIGURE_OPENS_RE, at its start or its last cell's), nearest first: a progress event
    after the words, the rest of that text kept as text.  The words stay text
    too: where a column reader ran an entry's rows into its description, they
    mark where the rows' words begin (rows._label_cut cuts there, as before)."""
    words = events[i]
    for d in range(1, EVENTS_APART + 1):
        for j in (i + d, i - d):
            if not 0 <= j < len(events) or out[j] != [events[j]] or events[j].kind != "text" \
                    or abs(events[j].line - words.line) > LINES_APART or "=" not in events[j].text:
                continue
            text = events[j].text
            src = thai_digits_to_arabic(text)
            m = _FIGURE_OPENS_RE.match(src)
            if m is None:  # or as the text's last cell, after its last cell gap (a tab, two spaces)
                gap = max(src.rfind("\t"), src.rfind("  "))
                m = _FIGURE_OPENS_RE.match(src, gap + 1) if gap >= 0 else None
                if m is None or src[m.end():].strip():
                    continue
            rest = (text[: m.start()] + " " + text[m.end():]).strip(SEPS + "\n")
            out[j] = [Event("text", events[j].line, text=rest)] if rest else []
            out[i] = [words, Event("progress", words.line, m.group(1),
                                   text=f"{words.text.strip()} {text[m.start(): m.end()].strip()}")]
            return


# A run of headers with nothing between them: the table read column by column (column mode, clauses doc)
# (a speck OCR glued to a header's number may stand between two, "รายงานครั้งที่ ๑@ รายงานครั้งที่ 2": _nothing_between)
_RUN_SPECK = r"(?:\s*[^\s\u0e01-\u0e4e\d๐-๙]{1,3}(?=\s))?"
_HEADER_RUN_RE = regex.compile(
    rf"{HEADER_RE.pattern}{_RUN_SPECK}\s*{HEADER_RE.pattern}{_RUN_SPECK}\s*{HEADER_RE.pattern}")
# A "date :" cell that a wrap put after the text of the cell before it ("... ดำเนินงาน 2024-1-11 : ...")
_D = r"[\d๐-๙]"
# (or one whose month is a name, "๑๐ เมษายน 2563 :", "๕ มี.ค. 63 :": a form printed on few lines runs the column's
# cells on in one line, the header run, each "date :" cell, the figures and the flags one after another)
_DATE_CELL_INSIDE_RE = lazy_compile(
    rf"(?<=\S\s+)(?={_D}{{4}}\s*-\s*{_D}{{1,2}}\s*-\s*{_D}{{1,3}}\s*[:;](?![:;])"
    rf"|{_D}{{1,2}}\s*/\s*{_D}{{1,2}}\s*/\s*{_D}{{2,4}}\s*[:;](?![:;])"
    rf"|{_D}{{1,2}} ?(?:{MONTH_TOKEN}) ?{_D}{{2,4}} ?[:;](?![:;]))")


def _date_cells_apart(lines: list[Line]) -> list[Line]:
    """In a table read column by column (a run of headers with nothing between
    them) whose lines a narrow print or OCR wrapped anywhere, each "date :"
    cell standing after the previous cell's text opens a line of its own, so
    that it is read as the next entry's date cell, not as description text."""
    if not any(_HEADER_RUN_RE.search(thai_digits_to_arabic(ln.text)) for ln in lines):
        return lines
    lines = lines_cut_before(_date_heads_carried(_header_run_apart(lines)), _DATE_CELL_INSIDE_RE)
    return [piece for ln in lines for piece in _cut_at(ln, _damaged_cells_inside(ln.text))]


# Where a "date :" cell whose date OCR damaged past reading may stand inside a line: a token's start (the match's
# end) after a word of the cell before (its last character a Thai letter or a closing bracket: no header's "::" nor
# a separator), or after the unit of an expense line's amount ending that cell, its point and dash printed after it
# ("... เป็นเงิน ๓,๑๕๕ บาท.- ๒๕/ฒ/๒๕๒๑ : ...": before, the next entry's cell ran on in this one's, and every
# later cell of the column went one entry early)
_AFTER_WORD_TOKEN_RE = regex.compile(r"(?:[\u0e01-\u0e4e)\]]|(?<=บาท)\s?\.?\s?-)\s+(?=[^\s:;=|])")


def _damaged_cells_inside(text: str) -> list[int]:
    """Where, inside `text`, a date cell stands whose date OCR damaged past
    reading (clauses.damaged_date_cell: "๕/ฒ/๒๕ :", "อ กรกฎาคม 2๕6๓ :",
    "2๕ ธันวาคม ๒56๓๑ :"), after the text of the cell before: the next
    entry's date cell, run on in one line with the entry before's
    description (a column of "date : description" cells wrapped anywhere).
    Before, the next entry's date and description were read as the entry
    before's text, and every later cell of the column went one entry early."""
    if ":" not in text and ";" not in text:
        return []
    src = thai_digits_to_arabic(text)
    return [m.end() for m in _AFTER_WORD_TOKEN_RE.finditer(src)
            if damaged_date_cell(src[m.end(): m.end() + CELL_LOOK]) and _words_before(src, m.end())
            and not _NUMBERED_END_RE.search(src, 0, m.end())]


# A word that numbers what follows it ("ครั้งที่ 1/2564 :", "ฉบับที่", "เลขที่"): the figures after it are its number
_NUMBERED_END_RE = regex.compile(rf"{ocr_tolerant('ที่')}\s+$")


CELL_LOOK = 40  # characters a date cell and its separator take at most
_THAI_CHARS_RE = regex.compile(r"[\u0e01-\u0e4e]{2,}")  # two Thai characters or more (not items.THAI_WORD_RE)


def _words_before(src: str, at: int) -> bool:
    """Whether the text before `at`, since the last separator, holds a word
    that is no month name: a cell's text, not a date slot's first part
    (":: ๑3 ธันวาคม เ1 มกราคม 64 :", two dates run together in one slot)."""
    since = max(src.rfind(sep, 0, at) for sep in ":;|\t") + 1
    return any(not is_month(m.group(0)) for m in _THAI_CHARS_RE.finditer(src, since, at))


# A "date :" cell a line break cut (the run of cells wrapped anywhere): its day and month ending a line after the
# cell before ("... และผู้ร่วมโครงการ 17 มิ.ย." / "63 : ประชุม..."), or its day alone ("... วันจัดสัมมนา ๑๐" /
# "เมษายน 2563 : อยู่ระหว่าง..."), the rest of it and its separator opening the next line.  The month may be an
# abbreviation OCR garbled into other letters ("... คณะกรรมการฯ 12 Aw." / "๒๕๐๑๕ : ..." for ๑๒ ก.พ. ๒๕๖๕: letters and
# dots, the abbreviation's shape), and the year one OCR gave a digit or two too many ("๕ มิถุนายน" / "๒๕59๐5 : ...":
# five or six digits, its separator after it): the cell, made whole, is a date slot OCR damaged (clauses.
# damaged_date_cell), the entry undated.  Before, both halves were read as the entry before's text, and that entry
# and the next ran on in one (a report lost, or every later cell one entry early)
_DATE_HEAD_END_RE = lazy_compile(rf"(?<=\S\s)(?P<day>{_D}{{1,2}})(?: ?(?P<month>{MONTH_TOKEN}"
                                 rf"|[^\W\d_]{{1,3}}\.(?:[^\W\d_]{{1,3}}\.?)?))?\s*$")
_YEAR_OPENS_RE = regex.compile(rf"^\s*{_D}{{2,6}} ?[:;](?![:;])")
_HEADER_WORDS_END_RE = regex.compile(rf"{ocr_tolerant('ครั้งที่')}\s*$")
_MONTH_YEAR_OPENS_RE = lazy_compile(rf"^\s*(?:{MONTH_TOKEN}) ?{_D}{{2,4}} ?[:;](?![:;])")


def _date_heads_carried(lines: list[Line]) -> list[Line]:
    """`lines` with each "date :" cell a line break cut (above) made whole on
    the next line: its head moved down to the rest, so that the cell opens
    that line as the next entry's date cell.  Before, neither half read as a
    date, and the next entry's date and description ran on in the entry
    before's description.  A day, or a day and month, ending a line stays
    where the next line opens with no year and separator (or month, year and
    separator) to finish it."""
    out = list(lines)
    for i in range(len(out) - 1):
        m = _DATE_HEAD_END_RE.search(out[i].text)
        if m is None:
            continue
        rest = out[i + 1].text
        if not (_YEAR_OPENS_RE if m.group("month") else _MONTH_YEAR_OPENS_RE).match(rest) \
                or _HEADER_WORDS_END_RE.search(out[i].text, 0, m.start()):
            continue  # (a header's number ending the line, "รายงานครั้งที่ 3", is no day)
        out[i] = Line(out[i].no, out[i].text[: m.start()].rstrip(), out[i].kind)
        out[i + 1] = Line(out[i + 1].no, f"{m.group(0).strip()} {rest.strip()}", out[i + 1].kind)
    return [ln for ln in out if ln.text.strip()]


def _header_run_apart(lines: list[Line]) -> list[Line]:
    """Each header of a run of headers on one line (the number column of a
    table read column by column, run on in one line by a form printed on few
    lines: "รายงานครั้งที่ ๑ รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๕ มีนาคม ...")
    on a line of its own, as the column prints it.  Before, only the first
    opened a piece: the others were read as its text or as a header standing
    in text."""
    out: list[Line] = []
    for ln in lines:
        src = thai_digits_to_arabic(ln.text)
        heads = list(HEADER_RE.finditer(src)) if "ค" in src else []
        out += _cut_at(ln, [b.start() for a, b in zip(heads, heads[1:])
                            if _nothing_between(src[a.end(): b.start()], a.group(1) is not None)])
    return out


# A Thai letter OCR writes for a Thai digit (normalizers.confusions.LOOKALIKES: ซ for ๗)
_NUMBER_LETTER_RE = regex.compile("[" + "".join(c for c in LOOKALIKES if "\u0e01" <= c <= "\u0e2e") + "]")


def _nothing_between(text: str, numbered: bool = False) -> bool:
    """What stands between two headers of a run: nothing, a speck OCR glued to the first one's number
    ("รายงานครั้งที่ ๑@ รายงานครั้งที่ ๒", "รายงานครั้งที่ ๒» รายงานครั้งที่ ซ"), which stays the first one's (its header
    reads it as a speck), or the first one's number OCR wrote as a Thai letter ("รายงานครั้งที่ ซ รายงานครั้งที่ ๕":
    a header alone on its line reads it as its number), or, where the first reads no digit (`numbered` false), as
    one or two letters no look-alike table lists (_GARBLED_NUMBER_RE: "รายงานครั้งที่ ข รายงานครั้งที่ ๕").  Before,
    the second header was read as the first one's text and its entry was lost."""
    return not text.strip() or is_speck(text) or _NUMBER_LETTER_RE.fullmatch(text.strip()) is not None \
        or not numbered and _GARBLED_NUMBER_RE.fullmatch(text.strip()) is not None


# A run's header number OCR wrote as one or two Thai letters no look-alike table lists (ข for ๗, "เว" for ๖:
# clauses.GARBLED_NUMBER, which the header alone on its piece reads as an unreadable number): a run of headers holds
# nothing else.  Only after a header that reads no digit ("รายงานครั้งที่ ๑ ผล รายงานครั้งที่ ๒" holds a word after
# its number, no number)
_GARBLED_NUMBER_RE = regex.compile(GARBLED_NUMBER)


def lines_cut_before(lines: list[Line], pattern: regex.Pattern) -> list[Line]:
    """Each line cut before every place `pattern` matches inside it (the
    pieces keep the line's number and kind; blank pieces are left out)."""
    out: list[Line] = []
    for ln in lines:
        out += _cut_at(ln, [m.start() for m in pattern.finditer(ln.text)])
    return out


def _cut_at(ln: Line, cuts: list[int]) -> list[Line]:
    """`ln` cut before each of `cuts` (places in its text): the pieces keep
    its number and kind, blank ones left out; `ln` itself with no cut."""
    if not cuts:
        return [ln]
    return [Line(ln.no, ln.text[a:b].strip(), ln.kind) for a, b in zip([0, *cuts], [*cuts, len(ln.text)])
            if ln.text[a:b].strip()]


# A budget clause's amount cut at a thousands comma, the group after it not read ("๓," of "๓,อ๑๐๐.- บาท" for
# ๓,๖๐๐, "๑ฒ," of "๑ฒ, ๓๐๐ บาท" for ๑๗,๓๐๐: the clause's amount stops at the first character no digit's; OCR wrote a
# digit as a letter): its digits before the comma are no amount (read as 3.00, 1.00 before, silently short).
# Its one comma, nothing after it: not "๑๒๐,-" nor "๑,๕๐๐,-", the point of ".-" read as a comma
_GROUP_CUT_RE = regex.compile(r"^[^,]+,\s*$")


def figure_values(entry: Entry) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    """Typed figures of an entry (by progress_reports column) and
    (column, text, reason) for those that fail."""
    out: dict[str, object] = {}
    bad: list[tuple[str, str, str]] = []
    if "progress" in entry.figures:
        try:
            token = str(entry.figures["progress"])
            if not _NUMBER_RE.fullmatch(thai_digits_to_arabic(token)):  # "@๐.๐" is no 0.0
                raise ValueParseError("percent", token, "look-alikes among its digits")
            out["progress_pct"] = parse_percent(token)
        except ValueParseError:
            # look-alikes among its digits ("อ2๐๐"), or a lost decimal point ("๓๐๐"): None, its
            # clause kept for the progress-order repair; flagged after the vote if none mends it (rows.py)
            out["progress_pct"] = None
    if "budget" in entry.figures and entry.figures["budget"] is None:
        bad.append(("disbursed", entry.figure_texts["budget"], "the budget clause has no amount"))
    elif "budget" in entry.figures and _GROUP_CUT_RE.search(str(entry.figures["budget"])):
        bad.append(("disbursed", entry.figure_texts["budget"],
                    "its amount ends at a thousands comma: OCR wrote the group after it as letters ('๓,อ๑๐๐'), "
                    "not read"))
    elif "budget" in entry.figures:
        try:
            out["disbursed"] = parse_baht(read_amount(str(entry.figures["budget"])))
        except ValueParseError as exc:
            bad.append(("disbursed", entry.figure_texts["budget"], exc.reason))
    if "plan" in entry.figures:
        out["on_plan"] = bool(entry.figures["plan"])
    if "target" in entry.figures:
        out["on_target"] = bool(entry.figures["target"])
    return out, bad


def expense_values(expense: Expense) -> tuple[dict[str, object], list[str]]:
    """Typed columns of one expense line, and the columns whose printed text
    could not be read (OCR damage: "๑๓,ฒ@๒๐"); those are None, for a repair
    from the line's product or its entry's sum to mend, or an issue to say."""
    out: dict[str, object] = {"item": expense.item, "amount": None, "unit": expense.unit, "quantity": None,
                              "unit_amount": None}
    bad: list[str] = []
    for column, text, parse in (("amount", expense.amount, parse_baht), ("quantity", expense.quantity, _quantity),
                                ("unit_amount", expense.each, parse_baht)):
        if text is None:
            continue
        # (a figure with no digit at all, a sign and look-alikes alone ("Boo" for ฿๖๐, "Boo,ooo"), or one whose sign OCR
        # read as a bracket and a digit ("[8๒,๐๐๐" for ฿๖,๐๐๐): no figure it stands for is known, read_amount would read
        # zeros, or the sign's digit as the figure's)
        if column != "quantity" and _LETTER_IN_FIGURE_RE.search(text) or (
                column == "amount" and NOT_IN_AMOUNT_RE.search(text)) or _SYMBOL_GROUP_RE.search(text) or (
                column == "unit_amount" and _LATIN_IN_FIGURE_RE.search(text)) or (
                column != "quantity" and (not ANY_DIGIT_RE.search(text) or "[" in text or "]" in text)) or (
                column == "quantity" and _LOOKALIKE_IN_QTY_RE.search(text.strip())):
            bad.append(column)  # a digit OCR read as a Thai letter ("อ๐๐" for ๖๐๐): not the figure left without it
            continue
        figure = read_amount(text) if column != "quantity" else text
        if column != "quantity" and zero_led(figure):
            # ("Boo,700" for ฿๑๐,700, read "00,700": the ฿ sign and a digit read as o): read as 700.00, a wrong value
            # with no issue (fresh set s118q, bma_progress_s118q002); unread now, said
            bad.append(column)
            continue
        try:
            out[column] = parse(figure)
        except ValueParseError:
            bad.append(column)
    return out, bad


def _quantity(text: str) -> Decimal:
    return parse_decimal(text).quantize(Decimal("0.01"))
