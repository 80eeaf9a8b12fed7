"""The decidability ceiling of numeric facts (issue 11): of each OCR'd run's
numeric facts (eval.NUMERIC), how many are right, how many are missed but
decidable in principle, and how many are missed and undecidable under issue
11's rule ("when exactly one candidate satisfies them, use it; when several
do, or none, keep the printed reading and flag it").

    python -m tests.corpus.ceiling --scores S.json [--sets DIR...] [--json OUT] [--model]
    python -m tests.corpus.eval ... --ceiling [--ceiling-model]   # the same report after eval's own

Two modes.  OBSERVED (the default since the eighty-fourth session): each
printing is read as the document's OCR'd twin reads it (`observed_digits`:
bench.numtable's alignment of the clean text and its twin); a number whose
shape did not survive OCR is lost and tells nothing; a read Thai-printed
digit may have been any printed digit of its PREIMAGE (below), a letter
any digit; an Arabic-printed digit is what it reads, so a rare misread
outside the table pins a wrong value ("undecidable: a wrong value pinned":
the rule would repair it wrongly); every member a reading leaves ambiguous
varies in the sums, read right or not (a rule cannot tell a ๒ read right
from a ๖ read as ๒); the fiscal year is cut by the fiscal years its dates'
readings allow and the dates by the years the fiscal year's readings
allow, no true date used.  MODEL (`--model`): the eighty-first session's
optimistic ceiling, described item by item below: each digit read by the
model, the damaged members known, the fiscal year pinned by the true
dates.  Both keep the optimism of item 3's other constraints: a report
date's and a progress figure's neighbours, and spent <= allocated, at
their true values.

A measurement, not a parser: it reads the truth (the expected files), the
clean text (to know how each value is printed: which digits, in which
script) and a run's misses (an eval --json file, or the run in memory).

A fact is classified by this model (every assumption is stated here and in
tests/corpus/README.md):

1. The OCR model is the project's measured digit table
   (normalizers.confusions.MEASURED_READS: bench.numtable aligned the clean
   and OCR'd twins of the committed sets and of fresh sets), as CONFUSIONS.
   A printed Thai digit is read as its commonest reading (READ: ๔ ๘ ๙ -> 5,
   ๖ -> 2, ๗ -> 3, the others as themselves); the preimage of a read digit is
   every printed digit read as it in at least THRESHOLD (5 %) of its
   printings: 0 <- {๐ ๖}, 1 <- {๑ ๗}, 2 <- {๒ ๖}, 3 <- {๓ ๗ ๙},
   5 <- {๔ ๕ ๗ ๘ ๙} (the rarer reads, ๙ as 1 at 4 %, ๖ as 1 at 3 %, ๗ as 0 at
   3 %, are left out).  Arabic digits are read as printed.  Damage other than
   a digit substitution (a number lost, split or joined by the OCR) is not
   modelled: such a fact counts as decidable when its printed reading is
   (optimistic).
2. A fact's printings are the places the clean text prints its value in its
   kind (a date as a date d/m/y, y-m-d or with a month name; an amount of 100
   or more, a code, a phone as a number token); every printing of the value
   counts, as the copies' vote and "the same value printed elsewhere"
   (optimistic: a same value printed for another fact counts too).  A fact
   without a printing found (small numbers, percentages) is printed once in
   the document's script; in a mixed-digit document all its digits are taken
   as Thai (pessimistic).  Its candidates are the values every printing's
   reading could have come from (the intersection of the printings'
   preimages).
3. Constraints, evaluated with the other facts' TRUE values (optimistic):
   a date is valid and its BE year within the fiscal year and its
   neighbours; a report date lies in its fiscal year, after the previous
   and before the next report's dates (report dates increase); start <= end; an OBEC as-of date closes the
   round (month end of the round of period_months); a fiscal year contains
   the document's true dates (so a year is decided whenever the document
   prints a date); progress lies between the previous and the next report's
   progress, within 0..100; a quarter is 1..4, a likelihood or impact 1..5;
   budget_spent <= budget_allocated; a proposal's total equals the amount in
   Thai words when the text prints it.  Sums, counted as JOINT assignments
   of the equation's damaged members (a member whose reading is not its true
   value; the undamaged at their true values): the entries' disbursements to
   budget_spent, an entry's expense lines to its disbursement, quantity x
   unit amount = amount, a proposal's lines to its total (budget_allocated),
   the OBEC quarter blocks of the summary's quarter to the summary's planned
   and disbursed totals, a block whose note says it disbursed as planned
   (สามารถเบิกจ่ายงบประมาณได้ตามแผนการ, as sample 004 prints it) disbursed =
   planned, not_disbursed = planned - disbursed, disbursed_pct
   = disbursed / planned x 100 (2 places, half up).  An equation decides a
   fact only when every fitting joint assignment gives it the same value;
   the equations of a document cut their damaged members' candidates by one
   another until none changes (a sum's cut narrows the next equation's
   member); a product of candidate sets above MAX_JOINT cuts nothing.
   Pinned by the form's structure (decidable): sequence numbers (seq,
   report_seq, group_seq, number: their place in the list), the OBEC
   summary's counts (the projects listed), budget_quarter and period_months
   (the round the as-of date closes).
4. A missed fact is decidable when its candidates cut by the constraints
   leave one value, or when its printed reading is its true value (the rule
   keeps the printed reading: the miss is the parser's, not the OCR's);
   else undecidable.  The ceiling is right + decidable-missed over all
   numeric facts.
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable

from normalizers.confusions import MEASURED_READS
from normalizers.odds import UNWRITTEN

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
THRESHOLD = 0.05
MAX_CANDIDATES = 200_000  # a fact with more candidates than this is undecidable (no constraint cuts that many to one)
MAX_JOINT = 2_000_000  # joint assignments enumerated for one equation at most
# A sensitivity knob (off: issue 11's optimistic reading): on, every member of a sum whose printing leaves
# several candidates varies, read right or not (a rule cannot tell a ๒ read right from a ๖ read as ๒)
AMBIGUOUS_VARY = False
MAX_ROUNDS = 10  # rounds of cutting the damaged members of a document's equations by one another



def _shares(measured: dict[str, tuple[int, dict[str, int], dict[str, int]]]) -> dict[str, dict[str, float]]:
    """Printed Thai digit (as Arabic) -> {read digit: share of its printings}, a Thai and an Arabic reading of
    one value together, from normalizers.confusions.MEASURED_READS (printings, Thai misreads, Arabic reads; the
    rest of a digit's printings read as itself, or as a look-alike letter where the model never writes it:
    "other")."""
    out = {}
    for d, (n, thai, arabic) in measured.items():
        reads: Counter = Counter(thai)
        reads.update(arabic)
        reads[d if d not in UNWRITTEN else "other"] += n - sum(reads.values())
        out[d] = {r: v / n for r, v in reads.most_common()}
    return out


# printed Thai digit (as Arabic) -> {read digit: share}: the project's measured table (bench.numtable over the
# committed sets' truth and their OCR'd twins)
CONFUSIONS: dict[str, dict[str, float]] = _shares(MEASURED_READS)
# its commonest reading (๔ ๘ ๙ -> 5, ๖ -> 2, ๗ -> 3, the others as themselves)
READ: dict[str, str] = {d: max(r, key=r.get) for d, r in CONFUSIONS.items()}
# read digit -> the printed Thai digits (as Arabic) read as it in THRESHOLD of their printings or more
PREIMAGE: dict[str, frozenset[str]] = {
    r: frozenset(d for d, reads in CONFUSIONS.items() if reads.get(r, 0) >= THRESHOLD) for r in "0123456789"}

def _wide_group(_g: int, s: str) -> bool:
    """A date's digit group that may be a day or month, a two-digit year, or a year near the forms' (BE
    2400-2700 or CE 1857-2157): the observed mode's filter, which knows no fiscal year."""
    n = int(s)
    if len(s) == 4:
        return 2400 <= n <= 2700 or 1857 <= n <= 2157
    return len(s) == 2 or 1 <= n <= 31


MONEY = frozenset({"budget_allocated", "budget_spent", "disbursed", "unit_amount", "amount", "planned",
                   "budget_planned", "budget_disbursed", "budget_not_disbursed", "quantity"})
DATES = frozenset({"start_date", "end_date", "report_date", "as_of_date"})
YEARS = frozenset({"fiscal_year_be", "fiscal_year"})
PINNED = frozenset({"seq", "report_seq", "group_seq", "number", "n_projects", "n_completed", "n_in_progress",
                    "n_not_started", "n_budgeted_projects", "budget_quarter", "period_months"})
AS_PLANNED = "เบิกจ่ายงบประมาณได้ตามแผน"  # an OBEC block's note: disbursed as planned (as sample 004 prints it)
NOT_AS_PLANNED = "ไม่สามารถ"
REPORT_DATE_WINDOW = 0  # a report date (an as-of date) lies in its fiscal year
PERIOD_WINDOW = 1  # a start or end date in its fiscal year or a neighbour (issue 11's words)
RANGES = {"quarter": (1, 4), "likelihood": (1, 5), "impact": (1, 5)}
MONTHS_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS_FULL)} | {m: i + 1 for i, m in enumerate(MONTHS_ABBR)}
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTH_NUM, key=len, reverse=True))
_DMY_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_ISO_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_NAMED_RE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH_ALT})\s*(?:พ\.ศ\.\s*)?(\d{{4}}|\d{{2}})(?!\d)")
_TOKEN_RE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")

DECIDABLE = ("printed reading right", "pinned by a writable printing or a local constraint", "pinned by the form",
             "a sum or product")


def _arabic(text: str) -> str:
    return "".join(str(THAI_DIGITS.index(c)) if c in THAI_DIGITS else c for c in text)


# ---------------------------------------------------------------- printings

@dataclass(frozen=True)
class Printing:
    """One printing of a value: its digit groups (each the digits as
    Arabic and which of them are Thai) and how to read digits back into a
    value (`decode` takes one digit string per group; None when no value)."""

    groups: tuple[tuple[str, tuple[bool, ...]], ...]
    decode: Callable[[tuple[str, ...]], Any]
    # where each group's digits stand in the clean text (None: a fallback printing, placed nowhere)
    pos: tuple[tuple[int, ...], ...] | None = None

    def reading(self) -> Any:
        """The value the OCR model reads (each Thai digit as READ)."""
        return self.decode(tuple("".join(READ[d] if t else d for d, t in zip(digits, thai))
                                 for digits, thai in self.groups))

    def candidates(self, limit: int = MAX_CANDIDATES, group_filter: Callable[[int, str], bool] | None = None
                   ) -> set | None:
        """Every value whose printing reads as this one's reading; None above `limit`."""
        options = []
        for g, (digits, thai) in enumerate(self.groups):
            per = [sorted(PREIMAGE[READ[d]]) if t else [d] for d, t in zip(digits, thai)]
            strings = ["".join(p) for p in itertools.product(*per)] if per else [""]
            if group_filter is not None:
                strings = [s for s in strings if group_filter(g, s)]
            options.append(strings)
        size = 1
        for o in options:
            size *= len(o)
        if size > limit:
            return None
        out = set()
        for combo in itertools.product(*options):
            value = self.decode(combo)
            if value is not None:
                out.add(value)
        return out


def _mask(orig: str) -> tuple[bool, ...]:
    return tuple(c in THAI_DIGITS for c in orig if c.isdigit() or c in THAI_DIGITS)


class Text:
    """A clean document's text with its numbers indexed: number tokens by
    their value's digits, dates by their value."""

    def __init__(self, text: str):
        self.orig = text
        self.norm = _arabic(text)
        self.tokens: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in _TOKEN_RE.finditer(self.norm):
            self.tokens[m.group().replace(",", "")].append(m.span())
        self.dates: dict[date, list[Printing]] = defaultdict(list)
        for regex, kind in ((_DMY_RE, "dmy"), (_ISO_RE, "iso"), (_NAMED_RE, "named")):
            for m in regex.finditer(self.norm):
                printing = self._date_printing(m, kind)
                if printing is not None:
                    value = printing.decode(tuple(g[0] for g in printing.groups))
                    if value is not None:
                        self.dates[value].append(printing)

    def _group(self, m: re.Match, i: int) -> tuple[str, tuple[bool, ...]]:
        return m.group(i), _mask(self.orig[m.start(i):m.end(i)])

    def _date_printing(self, m: re.Match, kind: str) -> Printing | None:
        at = (1, 2, 3) if kind in ("dmy", "iso") else (1, 3)
        groups = tuple(self._group(m, i) for i in at)
        pos = tuple(tuple(range(m.start(i), m.end(i))) for i in at)
        if kind == "dmy":
            return Printing(groups, lambda g: _date(g[2], g[1], g[0], be=True), pos)
        if kind == "iso":
            return Printing(groups, lambda g: _date(g[0], g[1], g[2], be=False), pos)
        month = str(_MONTH_NUM[m.group(2)])
        return Printing(groups, lambda g, month=month: _date(g[1], month, g[0], be=True), pos)

    def numbers(self, digits: str) -> list[Printing]:
        """The printings of a number token whose digits (commas aside) are `digits`."""
        out = []
        for start, end in self.tokens.get(digits, []):
            out.append(self.number_at(digits, start, end))
        return out

    def number_at(self, digits: str, start: int, end: int) -> Printing:
        """The printing of the number `digits` (a point at most) that stands at start:end."""
        orig = self.orig[start:end]
        return _number_printing(digits, _mask(orig), tuple(start + k for k, c in enumerate(orig)
                                                           if c.isdigit() or c in THAI_DIGITS))


def _date(year: str, month: str, day: str, be: bool) -> date | None:
    y = int(year)
    if len(year) == 2:
        y += 2500
    if be or len(year) == 2:
        y -= 543
    try:
        return date(y, int(month), int(day))
    except ValueError:
        return None


def _number_printing(text: str, thai: tuple[bool, ...], pos: tuple[int, ...] | None = None) -> Printing:
    """A number printed as `text` (digits and at most one decimal point):
    one digit group; decoded to a Decimal with the point where it stands."""
    point = text.find(".")
    digits = text.replace(".", "")

    def decode(g: tuple[str, ...]) -> Decimal:
        s = g[0]
        return Decimal(s[:point] + "." + s[point:]) if point >= 0 else Decimal(s)

    return Printing(((digits, thai),), decode, None if pos is None else (pos,))


# ---------------------------------------------------------------- what the OCR'd twin read

LOST = None  # a digit whose number did not come through OCR in its shape (lost, split, joined, cut)
_CLEAN_MARKUP = frozenset("*\\#|")


def _compact_with_positions(text: str) -> tuple[str, list[int]]:
    """The clean text as bench.numtable compacts it (markup gone, spaces
    single, one line), with each character's index in `text`."""
    chars: list[str] = []
    pos: list[int] = []
    space = True
    for i, c in enumerate(text):
        if c in _CLEAN_MARKUP or c.isspace():
            if not space:
                chars.append(" ")
                pos.append(i)
            space = True
            continue
        chars.append(c)
        pos.append(i)
        space = False
    if chars and chars[-1] == " ":
        chars.pop()
        pos.pop()
    return "".join(chars), pos


def observed_digits(clean_text: str, ocr_text: str) -> dict[int, str | None]:
    """For each digit of the clean text (by its index), the character the
    OCR'd twin reads there, or LOST: the alignment of bench.numtable (words
    first, then characters inside each stretch of differing words), a
    number's reading kept only where its shape survived (the same length,
    the same separators, no digit read as a space); a number in a stretch
    too long to align, or deleted, is LOST."""
    from difflib import SequenceMatcher

    from bench.numtable import _DIGIT, NUMBER_RE, _char_map, _compact

    a, pos = _compact_with_positions(clean_text)
    b = _compact(ocr_text, False)
    cw, ow = a.split(" "), b.split(" ")
    starts, at = [], 0
    for w in cw:
        starts.append(at)
        at += len(w) + 1
    out: dict[int, str | None] = {}

    def stretch(i1: int, i2: int, read: str | None) -> None:
        lo = starts[i1]
        text = " ".join(cw[i1:i2])
        cmap = None if read is None or read == text or len(text) > 4000 or len(read) > 4000 else \
            _char_map(text, read)
        for m in NUMBER_RE.finditer(text):
            s, e = m.span()
            span = None
            if read == text:
                span = m.group()
            elif cmap is not None:
                left = 0 if s == 0 else cmap[s - 1]
                right = len(read) if e == len(text) else cmap[e]
                if left is not None and right is not None:
                    span = read[left + (s > 0):right]
                    if len(span) != e - s or any(
                            (not _DIGIT.match(p) and p != r) or (_DIGIT.match(p) and r.isspace())
                            for p, r in zip(m.group(), span)):
                        span = None
            for k in range(s, e):
                if _DIGIT.match(text[k]):
                    out[pos[lo + k]] = LOST if span is None else span[k - s]

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, cw, ow, autojunk=False).get_opcodes():
        if tag == "equal":
            stretch(i1, i2, " ".join(cw[i1:i2]))
        elif tag == "replace":
            stretch(i1, i2, " ".join(ow[j1:j2]))
        elif tag == "delete":
            stretch(i1, i2, None)
    return out


# ---------------------------------------------------------------- facts

@dataclass(eq=False)
class Fact:
    document: str
    form: str
    table: str
    column: str
    row: str
    value: Any  # the truth, as the expected file holds it
    project: int | None = None  # index of its project
    spec: dict | None = None  # its row of the expected file
    missed: bool = False
    # filled by the classifier
    mixed: bool = False  # its document prints digits_mixed
    truth_lost: bool = False  # self-check: the constraints cut the true value (a relation the truth breaks)
    found: bool = False  # a printing of its value was found in the clean text (else printed as the fallback)
    local: set | None = field(default=None, repr=False)
    local_done: bool = False
    damaged: bool = False
    lost: bool = False  # observed: the OCR'd twin lost every printing of it
    verdict: str = ""  # "right" | a DECIDABLE reason | "undecidable: ..."


def facts_of(data: dict, name: str, numeric: frozenset[str]) -> list[Fact]:
    """The numeric facts of one expected file, as pipeline.check scores them
    (table, column and row label alike)."""
    from pipeline.check import CHILD_TABLES, _row_label

    form = data.get("document", {}).get("doc_type", "unknown")
    out: list[Fact] = []

    def add(table: str, row: str, spec: dict, project: int | None, skip: Iterable[str] = ()) -> None:
        for column, value in spec.items():
            if column in skip or column.startswith("_") or column not in numeric or value is None:
                continue
            out.append(Fact(name, form, table, column, row, value, project, spec))

    add("documents", "document", data.get("document", {}), None)
    if "report_summary" in data:
        add("report_summaries", "summary", data["report_summary"], None)
    for i, project in enumerate(data.get("projects", [])):
        add("projects", f"project {i + 1}", project, i, skip=CHILD_TABLES)
        for table in CHILD_TABLES:
            for spec in project.get(table, []) or []:
                add(table, f"project {i + 1} {_row_label(table, spec)}", spec, i)
    return out


def _key(document: str, table: str, column: str, row: str, value: Any) -> tuple:
    return document, table, column, row, json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


# ---------------------------------------------------------------- values

def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _plain_number(value: Any) -> str:
    """A number's digits as the form prints it at its simplest: no trailing
    zero decimals (63500.00 -> 63500, 23.50 -> 23.5)."""
    d = _dec(value)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _fiscal_year_be(d: date) -> int:
    return d.year + 543 + (1 if d.month >= 10 else 0)


def _round2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- equations

@dataclass(eq=False)
class Equation:
    """members hold together: `holds(values)`; `solve(values, i)` gives
    member i's value from the others' (None: enumerate it too)."""

    name: str
    members: list[Fact]
    holds: Callable[[list[Any]], bool]
    solve: Callable[[list[Any], int], Any] | None = None
    exact: bool = False  # a solved member makes the equation hold (no check needed)
    solves: frozenset[int] | None = None  # the members `solve` can give (None: any)


def sum_equation(name: str, parts: list[Fact], total: Fact) -> Equation:
    """sum(parts) == total."""
    members = [*parts, total]
    last = len(members) - 1

    def holds(v: list[Any]) -> bool:
        return sum((_dec(x) for x in v[:last]), Decimal(0)) == _dec(v[last])

    def solve(v: list[Any], i: int) -> Decimal:
        rest = sum((_dec(x) for j, x in enumerate(v[:last]) if j != i), Decimal(0))
        return _dec(v[last]) - rest if i != last else rest

    return Equation(name, members, holds, solve, exact=True)


def product_equation(qty: Fact, unit: Fact, amount: Fact) -> Equation:
    def holds(v: list[Any]) -> bool:
        return _round2(_dec(v[0]) * _dec(v[1])) == _round2(_dec(v[2]))

    def solve(v: list[Any], i: int) -> Decimal | None:
        q, u, a = (None if j == i else _dec(x) for j, x in enumerate(v))
        if i == 2:
            return q * u
        other = u if i == 0 else q
        if not other:
            return None
        r = a / other
        return r if _round2(r) == r else None

    return Equation("quantity x unit amount = amount", [qty, unit, amount], holds, solve)


def ratio_equation(disbursed: Fact, planned: Fact, pct: Fact) -> Equation:
    def holds(v: list[Any]) -> bool:
        p = _dec(v[1])
        return bool(p) and _round2(_dec(v[0]) / p * 100) == _round2(_dec(v[2]))

    def solve(v: list[Any], i: int) -> Decimal | None:
        if i == 2 and _dec(v[1]):
            return _round2(_dec(v[0]) / _dec(v[1]) * 100)
        return None

    return Equation("disbursed_pct = disbursed / planned x 100", [disbursed, planned, pct], holds, solve,
                    solves=frozenset({2}))


def equations_of(data: dict, facts: list[Fact]) -> list[Equation]:
    """The sums of the form among a document's facts (see the module's doc)."""
    at: dict[tuple[str, int | None, int, str], Fact] = {}
    for f in facts:
        at[(f.table, f.project, id(f.spec), f.column)] = f

    def fact(table: str, project: int | None, spec: dict, column: str) -> Fact | None:
        return at.get((table, project, id(spec), column))

    out: list[Equation] = []
    form = data.get("document", {}).get("doc_type")
    for i, p in enumerate(data.get("projects", [])):
        entries = p.get("progress_reports") or []
        expenses = p.get("expenses") or []
        for e in expenses:
            q, u, a = (fact("expenses", i, e, c) for c in ("quantity", "unit_amount", "amount"))
            if q and u and a and _round2(_dec(q.value) * _dec(u.value)) == _round2(_dec(a.value)):
                out.append(product_equation(q, u, a))
        if form == "bma_progress":
            spent = fact("projects", i, p, "budget_spent")
            parts = [fact("progress_reports", i, e, "disbursed") for e in entries]
            if spent and parts and all(parts) and sum(_dec(x.value) for x in parts) == _dec(spent.value):
                out.append(sum_equation("entries' disbursements = budget_spent", parts, spent))
            for e in entries:
                lines = [x for x in expenses if x.get("report_seq") == e.get("seq")]
                total = fact("progress_reports", i, e, "disbursed")
                parts = [fact("expenses", i, x, "amount") for x in lines]
                if lines and total and all(parts) and sum(_dec(x.value) for x in parts) == _dec(total.value):
                    out.append(sum_equation("expense lines = entry's disbursement", parts, total))
        if form == "bma_proposal":
            total = fact("projects", i, p, "budget_allocated")
            parts = [fact("expenses", i, x, "amount") for x in expenses]
            if total and parts and all(parts) and sum(_dec(x.value) for x in parts) == _dec(total.value):
                out.append(sum_equation("proposal lines = total", parts, total))
    for i, p in enumerate(data.get("projects", [])):
        for b in p.get("quarterly_budgets") or []:
            note = str(b.get("note") or "")
            planned = fact("quarterly_budgets", i, b, "planned")
            disbursed = fact("quarterly_budgets", i, b, "disbursed")
            if AS_PLANNED in note and NOT_AS_PLANNED not in note and planned and disbursed \
                    and _dec(planned.value) == _dec(disbursed.value):
                out.append(sum_equation("disbursed as planned (the block's note)", [disbursed], planned))
    summary = data.get("report_summary")
    if summary:
        quarter = summary.get("budget_quarter")
        rows = [(i, b) for i, p in enumerate(data.get("projects", []))
                for b in (p.get("quarterly_budgets") or []) if b.get("quarter") == quarter]
        for column, total_column in (("planned", "budget_planned"), ("disbursed", "budget_disbursed")):
            total = fact("report_summaries", None, summary, total_column)
            parts = [fact("quarterly_budgets", i, b, column) for i, b in rows]
            parts = [x for x in parts if x is not None and _dec(x.value)]  # a zero is not printed as a part
            if total and sum((_dec(x.value) for x in parts), Decimal(0)) == _dec(total.value) and parts:
                out.append(sum_equation(f"OBEC blocks' {column} = summary", parts, total))
        planned, disbursed, rest, pct = (fact("report_summaries", None, summary, c) for c in
                                         ("budget_planned", "budget_disbursed", "budget_not_disbursed",
                                          "disbursed_pct"))
        if planned and disbursed and rest and _dec(disbursed.value) + _dec(rest.value) == _dec(planned.value):
            out.append(sum_equation("not_disbursed = planned - disbursed", [disbursed, rest], planned))
        if planned and disbursed and pct and _dec(planned.value) and \
                _round2(_dec(disbursed.value) / _dec(planned.value) * 100) == _round2(_dec(pct.value)):
            out.append(ratio_equation(disbursed, planned, pct))
    return out


def joint_values(eq: Equation, sets: dict[int, set]) -> tuple[dict[int, set] | None, int]:
    """Over the joint assignments of the equation's variable members (those
    in `sets`, by id; the others at their true values) that hold: each
    variable member's values (by id), and how many assignments hold (counted
    up to 2); None when there are too many to enumerate."""
    members = eq.members
    variable = [j for j, m in enumerate(members) if id(m) in sets]
    solved = None
    solvable = [j for j in variable if eq.solves is None or j in eq.solves]
    if eq.solve is not None and solvable:
        solved = max(solvable, key=lambda j: len(sets[id(members[j])]))
    enumerated = [j for j in variable if j != solved]
    size = 1
    for j in enumerated:
        size *= len(sets[id(members[j])])
    if size > MAX_JOINT:
        return None, 0
    values = [_dec(m.value) for m in members]
    found: dict[int, set] = {id(members[j]): set() for j in variable}
    fits = 0
    target_set = sets[id(members[solved])] if solved is not None else None
    pools = [sorted(sets[id(members[j])]) for j in enumerated]
    if eq.exact:  # a sum: parts then total; the solved member is what the others leave
        last = len(members) - 1
        fixed = sum((values[j] for j in range(last) if j not in variable), Decimal(0))
        for combo in itertools.product(*pools):
            parts, total = fixed, values[last]
            for j, v in zip(enumerated, combo):
                if j == last:
                    total = v
                else:
                    parts += v
            v = parts if solved == last else total - parts
            if v not in target_set:
                continue
            fits += 1
            for j, x in zip(enumerated, combo):
                found[id(members[j])].add(x)
            found[id(members[solved])].add(v)
        return found, min(fits, 2)
    for combo in itertools.product(*pools):
        for j, v in zip(enumerated, combo):
            values[j] = v
        if solved is not None:
            try:
                v = eq.solve(values, solved)
            except (InvalidOperation, ZeroDivisionError):
                v = None
            if v is None or v not in target_set:
                continue
            values[solved] = v
            if not eq.exact and not eq.holds(values):
                continue
        elif not eq.holds(values):
            continue
        fits += 1
        for j in variable:
            found[id(members[j])].add(values[j])
    return found, min(fits, 2)


# ---------------------------------------------------------------- the classifier

class Document:
    """One document's facts, printings, local candidates and equations."""

    def __init__(self, data: dict, name: str, text: str, numeric: frozenset[str], ocr: str | None = None):
        self.data = data
        self.name = name
        self.text = Text(text)
        # observed mode (an OCR'd twin given): each printing read as the twin reads it, not by the model
        self.seen = observed_digits(text, ocr) if ocr is not None else None
        self.variants = set(data.get("variants", []))
        self.thai = bool(self.variants & {"digits_thai", "digits_mixed"})
        self.facts = facts_of(data, name, numeric)
        for f in self.facts:
            f.mixed = "digits_mixed" in self.variants
        self.equations = equations_of(data, self.facts)
        self.by_fact: dict[int, list[Equation]] = defaultdict(list)
        for eq in self.equations:
            for m in eq.members:
                self.by_fact[id(m)].append(eq)
        self.true_dates = [(f.project, date.fromisoformat(f.value)) for f in self.facts if f.column in DATES]
        self._printings: dict[int, list[Printing]] = {}
        self._cut: dict[int, set] | None = None

    # -- printings
    def printings(self, f: Fact) -> list[Printing]:
        if id(f) in self._printings:
            return self._printings[id(f)]
        found: list[Printing] = []
        if f.column in DATES:
            found = list(self.text.dates.get(date.fromisoformat(f.value), []))
        elif f.column in YEARS:
            be = int(f.value) + (543 if f.column == "fiscal_year" else 0)
            found = self.text.numbers(str(be))
            if f.column == "fiscal_year":  # printed in BE, the fact in CE
                found = [Printing(p.groups, lambda g, d=p.decode: int(d(g)) - 543, p.pos) for p in found]
        elif f.column in MONEY:
            d = _dec(f.value)
            if d >= 100:
                whole = str(int(d))
                forms = [f"{d:.2f}"] + ([whole] if d == d.to_integral_value() else [])
                found = [p for s in forms for p in self.text.numbers(s)]
        elif f.column == "progress_pct":
            found = self._progress(_dec(f.value))
        elif f.column in ("project_code", "owner_phone", "coordinator_phone"):
            digits = re.sub(r"\D", "", str(f.value))
            if len(digits) >= 3 and "-" in str(f.value):
                found = self._code(str(f.value))
            elif len(digits) >= 3:
                found = [Printing(p.groups, lambda g: "".join(g), p.pos) for p in self.text.numbers(digits)]
        f.found = bool(found)
        if not found:
            found = [self._fallback(f)]
        self._printings[id(f)] = found
        return found

    def _progress(self, v: Decimal) -> list[Printing]:
        """A progress as the form prints it: with two or one decimals before a
        `%`, or bare after the label ความก้าวหน้า (within 40 characters)."""
        out = []
        bare = _plain_number(v)
        for text, pattern in ((f"{v:.2f}", r"\s*%"), (f"{v:.1f}", r"\s*%"), (bare, r"\s*%")):
            for m in re.finditer(rf"(?<![\d.,])({re.escape(text)})(?![\d.,]){pattern}", self.text.norm):
                out.append(self.text.number_at(text, m.start(1), m.end(1)))
        for m in re.finditer(rf"ความก้าวหน้า[^\n]{{0,40}}?(?<![\d.,])({re.escape(bare)})(?![\d.,%])(?!\s*%)",
                             self.text.norm):
            out.append(self.text.number_at(bare, m.start(1), m.end(1)))
        return out

    def _code(self, code: str) -> list[Printing]:
        parts = code.split("-")
        pattern = re.compile(r"(?<!\d)" + r"\s*-\s*".join(f"({re.escape(p)})" for p in parts) + r"(?!\d)")
        out = []
        for m in pattern.finditer(self.text.norm):
            groups = tuple((m.group(i + 1), _mask(self.text.orig[m.start(i + 1):m.end(i + 1)]))
                           for i in range(len(parts)))
            pos = tuple(tuple(range(m.start(i + 1), m.end(i + 1))) for i in range(len(parts)))
            out.append(Printing(groups, lambda g: "-".join(g), pos))
        return out

    def _fallback(self, f: Fact) -> Printing:
        """Printed once, in the document's script (Thai digits in a mixed one;
        phones in Thai when the document says so)."""
        thai = self.thai or (f.column.endswith("phone") and "phone_thai_digits" in self.variants)
        if f.column in DATES:
            d = date.fromisoformat(f.value)
            groups = tuple((s, (thai,) * len(s)) for s in (str(d.day), str(d.month), str(d.year + 543)))
            return Printing(groups, lambda g: _date(g[2], g[1], g[0], be=True))
        if f.column in YEARS:
            s = str(int(f.value) + (543 if f.column == "fiscal_year" else 0))
            shift = 543 if f.column == "fiscal_year" else 0
            return Printing(((s, (thai,) * len(s)),), lambda g: int(g[0]) - shift)
        if f.column in ("project_code", "owner_phone", "coordinator_phone"):
            parts = str(f.value).split("-")
            return Printing(tuple((s, (thai,) * len(s)) for s in parts), lambda g: "-".join(g))
        s = _plain_number(f.value)
        return _number_printing(s, (thai,) * len(s.replace(".", "")))

    # -- observed readings
    def _read_chars(self, p: Printing) -> list[list[str | None]] | None:
        """The characters the OCR'd twin reads for each digit of `p`, by group; None in model mode or for a
        fallback printing (placed nowhere: the model reads it)."""
        if self.seen is None or p.pos is None:
            return None
        return [[self.seen.get(i, LOST) for i in group] for group in p.pos]

    def reading_of(self, p: Printing) -> Any:
        """The value the printing reads as: the twin's reading (None where lost or read as a letter), else the
        model's."""
        chars = self._read_chars(p)
        if chars is None:
            return p.reading()
        if any(c is LOST or not (c.isdigit() or c in THAI_DIGITS) for g in chars for c in g):
            return None
        try:
            return p.decode(tuple(_arabic("".join(g)) for g in chars))
        except (InvalidOperation, ValueError):
            return None

    def candidates_of(self, p: Printing, group_filter: Callable[[int, str], bool] | None = None
                      ) -> set | None | str:
        """Every value whose printing could read as `p` reads; None above MAX_CANDIDATES; "lost" when the twin
        lost the printing (it tells nothing). Observed: a read Thai-printed digit may come from its PREIMAGE
        (itself where that is empty), a letter from any digit (where OCR garbles a number into letters it
        garbles every digit of it, those it reads right elsewhere too); an Arabic-printed digit is what it
        reads."""
        chars = self._read_chars(p)
        if chars is None:
            return p.candidates(group_filter=group_filter)
        options = []
        size = 1
        for g, ((_digits, thai), read) in enumerate(zip(p.groups, chars)):
            per = []
            for t, c in zip(thai, read):
                if c is LOST:
                    return "lost"
                if c.isdigit() or c in THAI_DIGITS:
                    r = _arabic(c)
                    per.append(sorted(PREIMAGE[r] | {r}) if t and PREIMAGE[r] else [r])
                else:
                    per.append(list("0123456789"))  # a letter: whole words of digits come out as letters
            strings = ["".join(x) for x in itertools.product(*per)] if per else [""]
            if group_filter is not None:
                strings = [x for x in strings if group_filter(g, x)]
            options.append(strings)
            size *= len(strings)
        if size > MAX_CANDIDATES:
            return None
        out = set()
        for combo in itertools.product(*options):
            try:
                value = p.decode(combo)
            except (InvalidOperation, ValueError):
                value = None
            if value is not None:
                out.add(value)
        return out

    def _free_dates(self, f: Fact) -> set | None:
        """Observed: a date fact's candidates with no fiscal-year window (any valid date near the forms' years
        its printings could read as); None when none was read."""
        result: set | None = None
        for p in self.printings(f):
            c = self.candidates_of(p, _wide_group)
            if c is None or c == "lost":
                continue
            result = c if result is None else result & c
        return result

    def _observed_date_years(self, f: Fact) -> set[int] | None:
        """Observed: the fiscal years (BE) every date of the fact's project (and the summary) read could lie
        in (a report or as-of date in its year, a start or end date in it or a neighbour); None: no date read."""
        allowed: set[int] | None = None
        for g in self.facts:
            if g.column not in DATES or not (g.project is None or g.project == f.project):
                continue
            cands = self._free_dates(g)
            if not cands:  # none read, or read as no date at all: it tells no year
                continue
            w = REPORT_DATE_WINDOW if g.column in ("report_date", "as_of_date") else PERIOD_WINDOW
            years = {_fiscal_year_be(d) + k for d in cands for k in range(-w, w + 1)}
            allowed = years if allowed is None else allowed & years
        return allowed

    def fy_options(self, project: int | None) -> set[int] | None:
        """The fiscal years (BE) a date may be measured against: the true one in model mode; observed, the
        candidates left to the project's (else the summary's) fiscal year; None: no window."""
        if self.seen is None:
            fy = self.fy(project)
            return None if fy is None else {fy}
        for f in self.facts:
            if f.column in YEARS and (f.project == project or f.project is None):
                c = self.local(f)
                if c:
                    return {int(v) + (543 if f.column == "fiscal_year" else 0) for v in c}
        return None

    # -- local constraints
    def fy(self, project: int | None = None) -> int | None:
        """The true fiscal year (BE) of a project, else of the document."""
        projects = self.data.get("projects", [])
        if project is not None and project < len(projects) and projects[project].get("fiscal_year_be"):
            return int(projects[project]["fiscal_year_be"])
        for source in [self.data.get("report_summary") or {}, *projects]:
            if source.get("fiscal_year_be"):
                return int(source["fiscal_year_be"])
        return None

    def date_years(self, f: Fact) -> set[int]:
        """The fiscal years (BE) of the true dates of a fact's project and of the document's summary."""
        return {_fiscal_year_be(d) for p, d in self.true_dates if p is None or p == f.project}

    def local_ok(self, f: Fact) -> Callable[[Any], bool]:
        fy = self.fy(f.project)
        if f.column in DATES:
            fys = self.fy_options(f.project)
            spec = f.spec or {}
            lo = hi = None
            if f.column == "report_date" and f.project is not None:
                entries = self.data["projects"][f.project].get("progress_reports") or []
                dates = [(e.get("seq") or 0, e.get("report_date")) for e in entries if e.get("report_date")]
                seq = spec.get("seq") or 0
                before = [date.fromisoformat(d) for s, d in dates if s < seq]
                after = [date.fromisoformat(d) for s, d in dates if s > seq]
                lo = max(before) if before else None
                hi = min(after) if after else None
            if f.column in ("start_date", "end_date") and f.project is not None:
                p = self.data["projects"][f.project]
                other = p.get("end_date" if f.column == "start_date" else "start_date")
                if other:
                    other = date.fromisoformat(other)
                    lo, hi = (None, other) if f.column == "start_date" else (other, None)
            strict = f.column == "report_date"  # report dates increase; start <= end
            window = REPORT_DATE_WINDOW if f.column in ("report_date", "as_of_date") else PERIOD_WINDOW
            round_end = None
            if f.column == "as_of_date":
                months = (self.data.get("report_summary") or {}).get("period_months")
                if months and fy:
                    m = (10 + months - 2) % 12 + 1
                    y = fy - 543 - (1 if m >= 10 else 0)
                    round_end = date(y, m, calendar.monthrange(y, m)[1])

            def ok(d: Any) -> bool:
                if not isinstance(d, date):
                    return False
                if fys and all(abs(_fiscal_year_be(d) - y) > window for y in fys):
                    return False
                if (lo and (d < lo or (strict and d == lo))) or (hi and (d > hi or (strict and d == hi))):
                    return False
                return round_end is None or d == round_end
            return ok
        if f.column in YEARS:
            be_dates = self.date_years(f) if self.seen is None else (self._observed_date_years(f) or set())
            shift = 543 if f.column == "fiscal_year" else 0

            def ok_year(v: Any) -> bool:
                be = int(v) + shift if f.column == "fiscal_year" else int(v)
                return be in be_dates if be_dates else 2400 <= be <= 2700
            return ok_year
        if f.column == "progress_pct" and f.project is not None:
            entries = self.data["projects"][f.project].get("progress_reports") or []
            seq = (f.spec or {}).get("seq") or 0
            vals = [(e.get("seq") or 0, e.get("progress_pct")) for e in entries if e.get("progress_pct") is not None]
            before = [_dec(v) for s, v in vals if s < seq]
            after = [_dec(v) for s, v in vals if s > seq]
            lo = max(before) if before else Decimal(0)
            hi = min(after) if after else Decimal(100)
            return lambda v: lo <= _dec(v) <= min(hi, Decimal(100))
        if f.column in RANGES:
            lo_, hi_ = RANGES[f.column]
            return lambda v: lo_ <= _dec(v) <= hi_
        if f.column in ("budget_spent", "budget_allocated") and f.project is not None:
            p = self.data["projects"][f.project]
            if p.get("budget_spent") is not None and p.get("budget_allocated") is not None \
                    and _dec(p["budget_spent"]) <= _dec(p["budget_allocated"]):
                if f.column == "budget_spent":
                    cap = _dec(p["budget_allocated"])
                    return lambda v: _dec(v) <= cap
                floor = _dec(p["budget_spent"])
                return lambda v: _dec(v) >= floor
        return lambda v: True

    def _group_filter(self, f: Fact) -> Callable[[int, str], bool] | None:
        """For a date, a digit group that cannot be a day, month or year near the fiscal year is no candidate
        (observed: near the forms' years, the fiscal year being read too)."""
        if f.column not in DATES:
            return None
        if self.seen is not None:
            return _wide_group
        fy = self.fy(f.project) or _fiscal_year_be(date.fromisoformat(f.value))

        def ok(_g: int, s: str) -> bool:
            n = int(s)
            if len(s) == 4:
                return abs(n - fy) <= 2 or abs(n + 543 - fy) <= 2
            if len(s) == 2 and abs(2500 + n - fy) <= 2:
                return True
            return 1 <= n <= 31
        return ok

    def words_pin(self, f: Fact) -> bool:
        """A proposal's total printed in Thai words as well."""
        if f.form != "bma_proposal" or f.column != "budget_allocated":
            return False
        try:
            from pythainlp.util import bahttext
        except ImportError:  # pragma: no cover
            return False
        return bahttext(float(_dec(f.value))) in self.text.orig

    def local(self, f: Fact) -> set | None:
        """The values every printing's reading could have come from, cut by the local constraints."""
        if f.local_done:
            return f.local
        if self.words_pin(f):  # the total in Thai words: read as printed, no digit to confuse
            f.local, f.damaged = {self.true_value(f)}, False
            f.local_done = True
            return f.local
        f.local_done = True  # set first: a fiscal year and its dates ask for each other's candidates
        ok = self.local_ok(f)
        result: set | None = None
        lost = 0
        for p in self.printings(f):
            cands = self.candidates_of(p, self._group_filter(f))
            if cands == "lost":
                lost += 1
                continue
            if cands is None:
                continue  # too many from this printing: the others cut
            cands = {c for c in cands if ok(c)}
            result = cands if result is None else _intersect(result, cands)
        f.lost = lost == len(self.printings(f))
        f.local = result
        truth = self.true_value(f)
        readings = [self.reading_of(p) for p in self.printings(f)]
        f.damaged = (result is None or len(result) > 1) and (
            AMBIGUOUS_VARY or self.seen is not None or not any(_same(r, truth) for r in readings))
        return result

    def true_value(self, f: Fact) -> Any:
        if f.column in DATES:
            return date.fromisoformat(f.value)
        if f.column in ("project_code", "owner_phone", "coordinator_phone"):
            return str(f.value)
        if f.column == "fiscal_year":
            return int(f.value)
        if f.column == "fiscal_year_be":
            return int(f.value)
        return _dec(f.value)

    def cut(self) -> dict[int, set]:
        """The damaged members' candidates (by id) cut by every equation
        they stand in, again and again until none changes (each member keeps
        the values some fitting joint assignment of each of its equations
        gives it); an equation with a damaged member of too many candidates,
        or with too many joint assignments, cuts nothing."""
        if self._cut is None:
            sets: dict[int, set] = {}
            for eq in self.equations:
                for m in eq.members:
                    local = self.local(m)
                    if m.damaged and local is not None:
                        sets[id(m)] = set(local)
            for _ in range(MAX_ROUNDS):
                changed = False
                for eq in self.equations:
                    damaged = [m for m in eq.members if m.damaged]
                    if not damaged or any(id(m) not in sets for m in damaged):
                        continue
                    found, _fits = joint_values(eq, {id(m): sets[id(m)] for m in damaged})
                    if found is None:
                        continue
                    for key, values in found.items():
                        if sets[key] - values:
                            sets[key] &= values
                            changed = True
                if not changed:
                    break
            self._cut = sets
        return self._cut

    def classify(self, f: Fact) -> str:
        if not f.missed:
            return "right"
        if f.column in PINNED:
            return "pinned by the form"
        if self.words_pin(f):
            return "pinned by a writable printing or a local constraint"
        truth = self.true_value(f)
        if self.seen is None and f.column in YEARS and \
                (truth + 543 if f.column == "fiscal_year" else truth) in self.date_years(f):
            return "pinned by a writable printing or a local constraint"
        cands = self.local(f)
        if any(_same(self.reading_of(p), truth) for p in self.printings(f)):
            return "printed reading right"
        if cands is not None and len(cands) == 1:
            if not _same(next(iter(cands)), truth):
                return "undecidable: a wrong value pinned"  # a misread outside the preimages: the rule errs
            return "pinned by a writable printing or a local constraint"
        cands_ = self.cut().get(id(f), cands)
        if cands_ is not None and len(cands_) == 1:
            if not _same(next(iter(cands_)), truth):
                return "undecidable: a wrong value pinned"
            return "a sum or product"
        if cands_ is None and f.lost:
            return "undecidable: every printing lost"
        if cands_ is None:
            return "undecidable: too many candidates"
        return "undecidable: several candidates fit" if cands_ else "undecidable: no candidate fits"


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, date) or isinstance(b, date) or isinstance(a, str) or isinstance(b, str):
        return a == b
    try:
        return _dec(a) == _dec(b)
    except InvalidOperation:
        return False


def _intersect(a: set, b: set) -> set:
    return a & b


# ---------------------------------------------------------------- runs

def classify_run(expected: list[Path], misses: list[dict[str, Any]], numeric: frozenset[str],
                 observed: bool = False) -> list[Fact]:
    """Every numeric fact of the documents of `expected` (expected files beside
    their clean text), each with its verdict; `misses` are the run's misses as
    eval --json writes them.  `observed`: read each printing as the document's
    OCR'd twin (the set's ocr/ folder beside clean/) reads it, not by the
    model (see the module's doc)."""
    missed = Counter(_key(m["document"], m["table"], m["column"], m["row"], m["expected"]) for m in misses
                     if m.get("expected") is not None)
    out: list[Fact] = []
    for path in expected:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".expected.json")
        text = (path.parent / data["source"]).read_text(encoding="utf-8")
        ocr = None
        if observed:
            twin = path.parent.parent / "ocr" / f"{name}.txt"
            if not twin.exists():
                raise FileNotFoundError(f"{twin}: the OCR'd twin the observed ceiling reads")
            ocr = twin.read_text(encoding="utf-8")
        doc = Document(data, name, text, numeric, ocr)
        for f in doc.facts:
            k = _key(f.document, f.table, f.column, f.row, f.value)
            if missed[k] > 0:
                missed[k] -= 1
                f.missed = True
        for f in doc.facts:
            f.verdict = doc.classify(f)
            kept = doc.cut().get(id(f), f.local if f.local_done else None)
            f.truth_lost = kept is not None and doc.true_value(f) not in kept  # a constraint the truth breaks
        out.extend(doc.facts)
    return out


def render(results: dict[str, list[Fact]], decidable_detail: bool = True, observed: bool = False) -> str:
    """The ceiling report: per run and form, facts, right %, ceiling %; the
    undecidable misses by column; the decidable misses by column and reason."""
    preimages = ", ".join(f"{r} <- {{{' '.join(THAI_DIGITS[int(d)] for d in sorted(p))}}}"
                          for r, p in PREIMAGE.items() if len(p) > 1)
    lines = ["numeric facts: the decidability ceiling under issue 11's rule (one candidate fits: use it; several "
             "or none: keep the printed reading). Assumptions (tests/corpus/ceiling.py):",
             "- the OCR model: the project's measured digit table (normalizers.confusions.MEASURED_READS); a Thai "
             f"digit is read as its commonest reading; a read digit may come from any printed digit read so "
             f"{THRESHOLD:.0%} of the time or more: {preimages}; Arabic digits read as printed; lost or joined numbers not modelled",
             "- a fact's printings: every place the clean text prints its value in its kind (copies and the same "
             "value elsewhere vote); none found: printed once in the document's script (a mixed one as Thai)",
             "- constraints with the other facts' TRUE values: valid dates in the fiscal year (report dates) or it "
             "and its neighbours (start/end), report dates increasing, start <= end, the as-of date closing the "
             "round, a fiscal year holding the document's dates, progress between its neighbours within 0..100, "
             "quarter 1..4, likelihood/impact 1..5, spent <= allocated, a proposal total in Thai words; sums as "
             "JOINT assignments of their damaged members (entries to budget_spent, expense lines to their entry, "
             "quantity x unit = amount, proposal lines to the total, OBEC blocks to the summary, not_disbursed, "
             "disbursed_pct, an OBEC block's note 'disbursed as planned'); sequence numbers, OBEC counts, "
             "budget_quarter and period_months pinned by the form",
             "- decidable: one candidate left, or the printed reading is the truth (the miss is the parser's)", ""]
    if observed:
        lines[1:3] = [
            "- OBSERVED: each printing read as the document's OCR'd twin reads it (bench.numtable's alignment); a "
            "number whose shape did not survive is lost (it tells nothing); a read Thai-printed digit may come "
            f"from any printed digit read so {THRESHOLD:.0%} of the time or more: {preimages} (a letter: any "
            "digit); every member a reading leaves "
            "ambiguous varies in the sums, read right or not; a fiscal year is cut by the years its dates' "
            "readings allow, and the dates by the fiscal years its own readings allow (no true date used)"]
    rows = []
    for run, facts in results.items():
        forms = sorted({f.form for f in facts})
        for form in forms + ["all"]:
            fs = [f for f in facts if form == "all" or f.form == form]
            if not fs:
                continue
            right = sum(f.verdict == "right" for f in fs)
            dec = sum(f.verdict in DECIDABLE for f in fs)
            und = sum(f.verdict.startswith("undecidable") for f in fs)
            rows.append([run, form, str(len(fs)), f"{100 * right / len(fs):.1f}", str(dec), str(und),
                         f"{100 * (right + dec) / len(fs):.1f}"])
    from tests.corpus.eval import table
    lines.append(table(rows, ["run", "form", "facts", "right %", "missed decidable", "missed undecidable",
                              "ceiling %"]))
    kinds = sorted({f.verdict for fs in results.values() for f in fs if f.verdict.startswith("undecidable")})
    lines.append("\nundecidable misses by why:\n")
    lines.append(table([[k.removeprefix("undecidable: ")] + [str(sum(f.verdict == k for f in fs))
                                                             for fs in results.values()] for k in kinds],
                       ["why", *results]))
    lines.append("\nundecidable misses by column (several: more than one candidate fits; too many: no constraint "
                 "can cut the candidates to one):\n")
    cols = sorted({f.column for fs in results.values() for f in fs if f.verdict.startswith("undecidable")})
    urows = [[c] + [str(sum(1 for f in fs if f.column == c and f.verdict.startswith("undecidable")))
                    for fs in results.values()] for c in cols]
    urows.sort(key=lambda r: -sum(int(x) for x in r[1:]))
    lines.append(table(urows, ["column", *results]))
    fallback = [str(sum(1 for f in fs if f.verdict.startswith("undecidable") and f.mixed and not f.found))
                for fs in results.values()]
    lost = [str(sum(f.truth_lost for f in fs)) for fs in results.values()]
    lines.append("\nself-check, facts whose true value the constraints cut (0 unless a relation is wrong"
                 + ("; observed, also a reading outside the preimages: a rare misread, which a rule repairs "
                    "wrongly or finds nothing for" if observed else "") + "): "
                 + ", ".join(f"{run} {n}" for run, n in zip(results, lost)))
    lines.append("\nof them in a mixed-digit document with no printing found (taken as Thai digits: the ceiling's "
                 "one pessimistic assumption): " + ", ".join(f"{run} {n}" for run, n in zip(results, fallback)))
    if decidable_detail:
        lines.append("\nmissed but decidable, by column and reason (the work list):\n")
        keys = sorted({(f.column, f.verdict) for fs in results.values() for f in fs if f.verdict in DECIDABLE})
        drows = [[c, v] + [str(sum(1 for f in fs if f.column == c and f.verdict == v)) for fs in results.values()]
                 for c, v in keys]
        drows.sort(key=lambda r: -sum(int(x) for x in r[2:]))
        lines.append(table(drows, ["column", "reason", *results]))
    return "\n".join(lines)


def write_json(results: dict[str, list[Fact]], path: Path) -> None:
    """Each numeric fact that is not right, per run, with its verdict and (the first 20 of) its candidates."""
    path.write_text(json.dumps({run: [
        {"document": f.document, "form": f.form, "table": f.table, "column": f.column, "row": f.row,
         "expected": f.value, "verdict": f.verdict, "printing_found": f.found,
         "candidates": None if f.local is None else sorted(map(str, f.local))[:20]}
        for f in facts if f.verdict != "right"] for run, facts in results.items()}, ensure_ascii=False, indent=0),
        encoding="utf-8")


COMMITTED = {"ocr": "", "extra ocr": "extra", "extra2 ocr": "extra2", "extra3 ocr": "extra3",
             "extra4 ocr": "extra4", "held-out ocr": "heldout"}


def main(argv: list[str] | None = None) -> int:
    from tests.corpus.eval import CORPUS, NUMERIC

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", type=Path, nargs="+", required=True, help="eval --json files")
    parser.add_argument("--sets", type=Path, nargs="*", default=[],
                        help="the fresh sets' folders the score files name (by folder name)")
    parser.add_argument("--json", type=Path, help="write each fact's verdict here")
    parser.add_argument("--model", action="store_true",
                        help="read each printing by the digit model, not as the OCR'd twin reads it (the "
                             "optimistic ceiling of the eighty-first session)")
    args = parser.parse_args(argv)
    homes = {f"{d.name} ocr": d for d in args.sets} | {k: CORPUS / v for k, v in COMMITTED.items()}
    results: dict[str, list[Fact]] = {}
    for score in args.scores:
        for run, data in json.loads(score.read_text(encoding="utf-8")).items():
            if run not in homes or not (homes[run] / "ocr").is_dir():
                continue
            expected = sorted((homes[run] / "clean").glob("*.expected.json"))
            expected = [p for p in expected if (homes[run] / "ocr" / (p.name.removesuffix(".expected.json")
                                                                     + ".txt")).exists()]
            results[run] = classify_run(expected, data["misses"], NUMERIC, observed=not args.model)
    print(render(results, observed=not args.model))
    if args.json:
        write_json(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
