"""What sums and products can decide: an oracle bound on repairing amounts after OCR.

Tesseract's Thai model writes no ๔ ๖ ๗ ๘ ๙ (normalizers.confusions.MEASURED_READS), so a figure
printed in Thai digits that holds one comes out as another reading, and a repair can only choose
among the values that reading could have been printed as.  Amounts are the figures the documents
hold twice over: the generators (tests/corpus/*_gen.py) make these relations hold in the truth,
and they are the relations a repair may lean on:

- BMA progress report: each entry's disbursed figure is the sum of its expense lines (where it
  has any), an expense line's amount is its quantity times its unit amount (where it gives them),
  budget_spent is the sum of every entry's disbursed figure, and budget_allocated is at least
  budget_spent;
- BMA project proposal: a line's amount is its quantity times its unit amount, the lines of a
  category add up to the category's subtotal (printed where the budget has several categories and
  its layout prints subtotals), the subtotals (or the lines) add up to the total, and the total is
  also written in Thai words (bahttext), which OCR does not turn into other digits: the total is
  taken as known;
- OBEC service-area report: the summary's planned and disbursed amounts are the sums of the
  report quarter's project rows, its amount not disbursed is their difference, and its percentage
  is disbursed / planned (two decimals), printed beside 100 minus it.

A figure's candidates are the values its reading could have been printed as: each digit it prints
read as itself, or each digit the engine cannot write as its commonest misreading (bench.ceiling
READ_AS), then each digit of that reading as any digit MISREADS says is read so (bench.ceiling
PRINTED_AS).  Every figure of a group gets its candidates, those OCR reads right too (a repair
cannot know which were right).  A figure is **decided** when, over every joint assignment of the
group's figures to candidates that satisfies every relation of the group, it takes one value only.
That is computed exactly, without enumerating assignments: a group is a tree of relations (lines
under an entry, entries under the project; lines under a category, categories under the total;
the quarter's rows under the summary), each sum is solved by bitsets over partial sums (the
values of every part that some assignment of the others completes to an allowed total), each
product by its pairs, and the feasible values are passed up the tree and back down.  A sum whose
partial sums would need more than LIMIT bits is not solved: its figures count as undecided and
the group is reported as too big.

The bound is generous, so the count is an upper bound on what any rule could repair by sums:
- each figure is read the one way the engine reads its digits most often, its printings alike
  (two printings read apart would narrow it, a rarer misread, a look-alike or a lost digit widen
  it); digits the engine writes are read right;
- only digits are read wrong: separators, the digit count and a decimal part of .00 are read
  right (a ฿ read as a digit, or a comma lost, add candidates, never remove them);
- the total's Thai words are read right, and every figure is known to belong to its group.
The relations are the sums and products above only: a quarter's disbursed amount at most its
planned one, a figure printed twice, and the fiscal year are not used.  Only documents printed
wholly in Thai digits are counted (in a mixed-digit document the expected file does not say which
figures are Thai).  `known=True` measures the looser bound where every figure without such a digit
is known right (a repair that trusted every figure it could read).

Deterministic; reads the expected files alone (no parser, no OCR text).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import product
from math import gcd

from bench.ceiling import PRINTED_AS, READ_AS
from normalizers.odds import UNWRITTEN

# The width past which a sum's partial sums are not enumerated (bits of one bitset)
LIMIT = 1 << 25


def printed_form(value: Decimal, million: bool = False) -> tuple[str, int]:
    """The digits an amount prints (a decimal point kept), and the factor from
    that number to satang: a whole amount prints no satang (taken as read
    right), an amount in millions prints its millions."""
    value = Decimal(value)
    if million:
        text = format((value / 1_000_000).normalize(), "f")
        return text, 100_000_000
    if value == value.to_integral_value():
        return str(int(value)), 100
    return f"{value:.2f}", 100


def value_candidates(text: str, scale: int) -> tuple[set[int], bool]:
    """The values a figure printed as `text` could be repaired to after OCR
    read each unwritable digit as its commonest misreading (each times
    `scale`: whole numbers of the smallest unit, satang for money), and
    whether it holds an unwritable digit."""
    slots = []
    for ch in text:
        if ch.isdigit():
            slots.append(PRINTED_AS[READ_AS.get(ch, ch)])
        else:
            slots.append(ch)
    out = set()
    for combo in product(*slots):
        out.add(int((Decimal("".join(combo)) * scale).to_integral_value()))
    return out, any(ch in UNWRITTEN for ch in text)


@dataclass
class Figure:
    """One printed figure of a group: its true value (an integer of its
    unit), its candidates, whether it holds an unwritable digit, and the fact
    it is (table, column), or None for a figure the expected file does not
    score (a proposal's subtotal, an OBEC report's 100 minus its percentage)."""
    kind: str
    true: int
    options: set[int]
    damaged: bool
    fact: bool = True

    def __post_init__(self) -> None:
        assert self.true in self.options, (self.kind, self.true)


def figure(kind: str, value, *, scale: int = 100, million: bool = False, known: bool = False,
           fact: bool = True, text: str | None = None) -> Figure:
    """A money figure (satang) by default; `text` and `scale` for another."""
    if text is None:
        text, scale = printed_form(Decimal(str(value)), million)
    options, damaged = value_candidates(text, scale)
    true = int((Decimal(str(value)) * (scale if not million else 100)).to_integral_value())
    if known and not damaged:
        options = {true}
    return Figure(kind, true, options, damaged, fact)


class TooBig(Exception):
    """A sum whose partial sums need more than LIMIT bits."""


def sum_feasible(parts: list[set[int]], total: set[int]) -> tuple[list[set[int]], set[int]]:
    """Under sum(parts) == total, each part's values some assignment of the
    others completes to an allowed total, and the totals reached."""
    if not parts:
        return [], {t for t in total if t == 0}
    lows = [min(p) for p in parts]
    base = sum(lows)
    step = 0
    for p, low in zip(parts, lows):
        for v in p:
            step = gcd(step, v - low)
    step = step or 1
    reduced = [sorted((v - low) // step for v in p) for p, low in zip(parts, lows)]
    targets = sorted((t - base) // step for t in total if t >= base and (t - base) % step == 0)
    if not targets:
        return [set() for _ in parts], set()
    width = targets[-1] + 1
    if width > LIMIT:
        raise TooBig
    mask = (1 << width) - 1
    forward = [1]
    for vals in reduced:
        acc = 0
        prev = forward[-1]
        for v in vals:
            acc |= prev << v
        forward.append(acc & mask)
    want = 0
    for t in targets:
        want |= 1 << t
    back = forward[-1] & want
    reached = {base + step * t for t in targets if back >> t & 1}
    feasible: list[set[int]] = [set() for _ in parts]
    for k in range(len(parts) - 1, -1, -1):
        prev = forward[k]
        keep = set()
        below = 0
        for v in reduced[k]:
            if (prev << v) & back:
                keep.add(v)
                below |= back >> v
        feasible[k] = {lows[k] + step * v for v in keep}
        back = below & prev
    return feasible, reached


def product_feasible(qty: set[int], each: set[int], amount: set[int]) -> tuple[set[int], set[int], set[int]]:
    """Under qty * each == amount (qty a count, each and amount in satang)."""
    q_ok, e_ok, a_ok = set(), set(), set()
    for q in qty:
        for e in each:
            if q * e in amount:
                q_ok.add(q)
                e_ok.add(e)
                a_ok.add(q * e)
    return q_ok, e_ok, a_ok


@dataclass
class Tally:
    """Per kind: facts holding an unwritable digit, and how many of them the
    relations decide; groups too big to solve."""
    damaged: Counter = field(default_factory=Counter)
    decided: Counter = field(default_factory=Counter)
    too_big: int = 0

    def count(self, fig: Figure, options: set[int] | None) -> None:
        assert options is None or fig.true in options, (fig.kind, fig.true, sorted(options)[:10])
        if fig.fact and fig.damaged:
            self.damaged[fig.kind] += 1
            self.decided[fig.kind] += options == {fig.true}

    def add(self, other: Tally) -> None:
        self.damaged.update(other.damaged)
        self.decided.update(other.decided)
        self.too_big += other.too_big


# ------------------------------------------------------------------ a line, a sum of lines

@dataclass
class Line:
    """An expense line: its amount, and its quantity and unit amount where printed."""
    amount: Figure
    qty: Figure | None = None
    each: Figure | None = None

    def up(self) -> set[int]:
        if self.qty is None or self.each is None:
            return set(self.amount.options)
        return product_feasible(self.qty.options, self.each.options, self.amount.options)[2]

    def down(self, amounts: set[int] | None, tally: Tally) -> None:
        if amounts is None:
            for f in (self.amount, self.qty, self.each):
                if f is not None:
                    tally.count(f, None)
            return
        if self.qty is None or self.each is None:
            tally.count(self.amount, amounts)
            return
        q, e, a = product_feasible(self.qty.options, self.each.options, amounts)
        tally.count(self.amount, a)
        tally.count(self.qty, q)
        tally.count(self.each, e)


def _line_figures(row: dict, kind: str, known: bool) -> Line:
    amount = figure(f"{kind} amount", row["amount"], known=known)
    if row.get("quantity") is None or row.get("unit_amount") is None:
        return Line(amount)
    qty = Decimal(row["quantity"])
    q = figure(f"{kind} quantity", qty, known=known, text=str(int(qty)), scale=1)
    return Line(amount, q, figure(f"{kind} unit_amount", row["unit_amount"], known=known))


def _solve(parts: list[set[int]], total: set[int], tally: Tally) -> tuple[list[set[int] | None], set[int] | None]:
    try:
        feasible, reached = sum_feasible(parts, total)
    except TooBig:
        tally.too_big += 1
        return [None] * len(parts), None
    return feasible, reached


# ------------------------------------------------------------------ the three forms

def bma_project(project: dict, known: bool = False, million: bool = False) -> Tally:
    """A BMA progress project: lines -> entries' disbursed -> budget_spent <= budget_allocated
    (printed in millions of baht with `million`)."""
    tally = Tally()
    reports = project.get("progress_reports") or []
    if not reports or project.get("budget_spent") is None:
        return tally
    lines: dict[int, list[Line]] = {}
    for row in project.get("expenses") or []:
        lines.setdefault(row["report_seq"], []).append(_line_figures(row, "expense", known))
    entries = [figure("entry disbursed", r["disbursed"], known=known) for r in reports]
    entry_lines = [lines.get(r["seq"], []) for r in reports]
    spent = figure("budget_spent", project["budget_spent"], known=known)
    allocated = None
    if project.get("budget_allocated") is not None:
        allocated = figure("budget_allocated", project["budget_allocated"], known=known, million=million)
    # up: what each entry's disbursed figure can be, its lines agreeing
    up = []
    for fig, ls in zip(entries, entry_lines):
        if not ls:
            up.append(set(fig.options))
            continue
        _, reached = _solve([x.up() for x in ls], fig.options, tally)
        up.append(reached if reached is not None else set(fig.options))
    ceiling = max(allocated.options) if allocated else None
    totals = {s for s in spent.options if ceiling is None or s <= ceiling}
    down, spent_ok = _solve(up, totals, tally)
    tally.count(spent, spent_ok)
    if allocated is not None:
        tally.count(allocated, None if spent_ok is None else {a for a in allocated.options if a >= min(spent_ok)})
    for fig, ls, values in zip(entries, entry_lines, down):
        tally.count(fig, values)
        _down(ls, values, tally)
    return tally


def _down(group: list, values: set[int] | None, tally: Tally) -> None:
    """What a group of lines' sum may be (`values`; None: not known) passed
    down to each line: the amounts each takes in some assignment that
    reaches one of them."""
    if not group:
        return
    if values is None:
        for x in group:
            x.down(None, tally)
        return
    parts, _ = _solve([x.up() for x in group], values, tally)
    for x, amounts in zip(group, parts):
        x.down(amounts, tally)


def proposal_project(project: dict, variants: set[str], known: bool = False) -> Tally:
    """A proposal: lines -> category subtotals (where printed) -> the total, known by its words."""
    tally = Tally()
    rows = project.get("expenses") or []
    if not rows or project.get("budget_allocated") is None:
        return tally
    total = figure("proposal total", project["budget_allocated"], known=known)
    tally.count(total, {total.true})  # its Thai words say it
    cats: dict[str, list[dict]] = {}
    for row in rows:
        cats.setdefault(row.get("category") or "", []).append(row)
    groups = [[_line_figures(r, "proposal line", known) for r in g] for g in cats.values()]
    if len(groups) == 1 or "budget_cells_per_line" in variants:  # no subtotal printed: the lines add up to the total
        _down([x for g in groups for x in g], {total.true}, tally)
        return tally
    subs = [figure("proposal subtotal", sum((Decimal(r["amount"]) for r in g), Decimal(0)), known=known, fact=False)
            for g in cats.values()]
    up = []
    for sub, g in zip(subs, groups):
        _, reached = _solve([x.up() for x in g], sub.options, tally)
        up.append(reached if reached is not None else set(sub.options))
    down, _ = _solve(up, {total.true}, tally)
    for g, values in zip(groups, down):
        _down(g, values, tally)
    return tally


def _pct(disbursed: int, planned: int) -> int | None:
    """disbursed / planned as a percentage in hundredths, rounded half up (the report's two decimals)."""
    if planned <= 0:
        return None
    return int((Decimal(disbursed) * 10000 / Decimal(planned)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def obec_report(expected: dict, known: bool = False) -> Tally:
    """An OBEC report: the report quarter's rows -> the summary's planned and disbursed
    amounts, their difference and the percentage (and 100 minus it)."""
    tally = Tally()
    summary = expected.get("report_summary") or {}
    quarter = summary.get("budget_quarter")
    rows = [b for p in expected.get("projects", ()) for b in p.get("quarterly_budgets") or ()]
    current = [b for b in rows if b.get("quarter") == quarter]
    for b in rows:  # an earlier quarter's row: no sum holds it
        if b.get("quarter") != quarter:
            for col in ("planned", "disbursed"):
                if b.get(col) is not None:
                    tally.count(figure(f"quarter {col}", b[col], known=known), None)
    if summary.get("budget_planned") is None or not current:
        for b in current:
            for col in ("planned", "disbursed"):
                tally.count(figure(f"quarter {col}", b[col], known=known), None)
        return tally
    planned = [figure("quarter planned", b["planned"], known=known) for b in current]
    disbursed = [figure("quarter disbursed", b["disbursed"], known=known) for b in current]
    big_p = figure("summary planned", summary["budget_planned"], known=known)
    big_d = figure("summary disbursed", summary["budget_disbursed"], known=known)
    big_n = figure("summary not disbursed", summary["budget_not_disbursed"], known=known)
    pct_value = Decimal(str(summary["disbursed_pct"])).quantize(Decimal("0.01"))
    pct = figure("summary percentage", pct_value, known=known, text=_pct_text(pct_value), scale=100)
    rest = Decimal(100) - pct_value
    pct_rest = figure("summary percentage", rest, known=known, text=_pct_text(rest), scale=100, fact=False)
    try:
        _, p_up = sum_feasible([set(f.options) for f in planned], big_p.options)
        _, d_up = sum_feasible([set(f.options) for f in disbursed], big_d.options)
    except TooBig:
        tally.too_big += 1
        for f in (*planned, *disbursed, big_p, big_d, big_n, pct):
            tally.count(f, None)
        return tally
    pcts = {v for v in pct.options if 10000 - v in pct_rest.options}
    pairs = [(p, d) for p in p_up for d in d_up if p - d in big_n.options and _pct(d, p) in pcts]
    p_ok, d_ok = {p for p, _ in pairs}, {d for _, d in pairs}
    tally.count(big_p, p_ok)
    tally.count(big_d, d_ok)
    tally.count(big_n, {p - d for p, d in pairs})
    tally.count(pct, {_pct(d, p) for p, d in pairs})
    for figs, ok in ((planned, p_ok), (disbursed, d_ok)):
        parts, _ = sum_feasible([set(f.options) for f in figs], ok)
        for f, values in zip(figs, parts):
            tally.count(f, values)
    return tally


def _pct_text(v: Decimal) -> str:
    """A percentage as printed (two decimals), its '.00' taken as read right."""
    text = f"{v:.2f}"
    return text[:-3] if text.endswith(".00") else text


def measure_document(expected: dict, known: bool = False) -> Tally:
    """The tally of one document printed in Thai digits (an empty one otherwise)."""
    tally = Tally()
    variants = set(expected.get("variants", ()))
    if "digits_thai" not in variants:
        return tally
    form = expected.get("document", {}).get("doc_type")
    if form == "obec_progress":
        return obec_report(expected, known)
    for project in expected.get("projects", ()):
        if form == "bma_progress":
            tally.add(bma_project(project, known, million="amount_million" in variants))
        elif form == "bma_proposal":
            tally.add(proposal_project(project, variants, known))
    return tally
