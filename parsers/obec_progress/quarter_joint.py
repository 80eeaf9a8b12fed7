"""The summary's quarter's budget rows weighed together with the summary's
figures (rule sum).

The summary's planned and disbursed totals are the sums of the budget rows
of its quarter, one row a project (rows.quarter_rows).  Each row's amount,
its Thai digits misread (an OCR that writes no ๔ ๖ ๗ ๘ ๙), may be many
amounts, and so may the totals: the sum of one column alone rarely tells
which (parsers.repair.repair_sum mends one part where the rest are certain).
But the document says more of the same figures: the summary's five figures
hold together (summary_joint: planned - disbursed = not disbursed, the
percentage printed), so its two totals are pairs of readings; and a row
whose note says it was disbursed as planned (budgets._AS_PLANNED_RE) prints
one amount twice, so its readings in both columns are those both printings
allow.  Every reading of every figure is weighed (summary_joint.figure_values,
the document's OCR profile; an amount OCR left unreadable, its printing's
readings with a look-alike for a digit taken as the digits it stands for:
budgets._unread_values): a row's amount that is the same in every way of
reading the figures that makes both sums hold is that amount
(value_repaired, rule sum), the row's printing one of its readings; where
several ways give it different amounts, nothing is chosen (the totals' own
check, rows.check_totals, says the mismatch).  The columns are weighed
apart, each narrowing the other's through the rows disbursed as planned and
the summary's pairs of totals, until nothing narrows further.  A column not
weighed (its total not read, or an amount of it with no readings) repairs
nothing but its rows disbursed as planned: such a row's amount is one in both
columns, so where the weighed column leaves it one amount, which the row's
printing in the other column can be read as, that printing is that amount
too (rule sum, evidence tied_to: the column it was weighed in).

The totals: the pairs the summary's figures allow together; where no
reading of all of them holds, the pairs the others allow with the
percentages where exactly one of its three amounts left out lets them hold
(its printing misread past the table: _one_left_out, as
summary_joint.repair_jointly leaves one out, but its several pairs kept for
the rows to narrow), else, where exactly one figure read also through a
misread the table leaves out as rare lets them all hold, the pairs they
allow so (summary_joint.rare_solutions; the repairs say so), else the pairs
its three amounts allow without the
percentages; where they are too few to hold each other, each total its own
printing's readings (a total not read: its column is not weighed); the
figures as they stand where they hold as repaired with one left out
(summary_joint.repair_jointly).  Nothing is weighed where the rows do not
match the summary's count of budgeted projects; a column is not weighed
where an amount of it has no readings (nothing printed), nor where adding
up the readings would take more than MAX_STEPS steps; and nothing is
repaired where no way of reading the figures makes the sums hold (a misread
the confusions lack, a digit lost).

A row whose note says it could not be disbursed as planned
(budgets._NOT_AS_PLANNED_RE) disbursed less than it planned: its planned
readings are those above some disbursed reading of it, its disbursed those
below some planned one (what the note means; every such row of the
committed and fresh sets' truth, 406 of 406).

A row disbursed as planned whose two printings no reading under the
table fits both (one of them misread past it) is weighed with the amounts
that fit one printing under the table and the other through one rare
misread (budgets.as_planned_rare): its two printings name the row misread
so, which the weighing below, of one such row, need not guess.

Where no reading under the confusion table makes the sums hold, the rows
are weighed again with one row's amount (an unreadable one too: "o,032",
a look-alike the table leaves out) read also through a misread the
table leaves out as rare (summary_joint.rare_figure_values: ๗ read as ๑,
๖ or ๙ as ๑, a rare look-alike, or one digit written as two: "๒๒๐,๐๐๐"
for ๒๖,๐๐๐), row by row (a row disbursed as planned both its printings):
exactly one row whose amount so read makes the sums hold, and the weighing
goes on with it (_weigh_rare; its repairs say so); none or several, and
nothing is chosen.  Past MAX_RARE_STEPS nothing is chosen either.  Where
that fails too, and the two totals were each read alone (no pairs of the
summary's figures read together), one total may be the figure misread past
the table (a digit OCR lost: "๐,๓74.๐๐" for ๗๐,๓๗๔): the rows are weighed
again with each total left out in turn, and where exactly one total so left
out lets the rest hold, the weighing goes on without it
(_weigh_total_left_out; its repairs say so, evidence total_left_out).

The summary's totals the weighing leaves one way of reading are repaired
too (_repair_totals): one (planned, disbursed) pair left of the summary's
figures read together, and its four figures are that pair's; else a total
whose column the rows leave one sum is that sum, and a figure every pair
left gives alike (most often the percentage) is that value (a figure not
read stands on the summary's lines).

The adding up (feasible) first narrows each column's readings digit by
digit, as a sum is added on paper (by_columns: what no column's digits and
carries allow fits no sum), then adds up the partial sums row by row and
walks back over them to the rows' readings that complete one to a total.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from decimal import Decimal

from parsers.obec_progress.budgets import (_AS_PLANNED_RE, _NOT_AS_PLANNED_RE, _unread_values, as_planned_rare,
                                           printed_amount)
from parsers.obec_progress.summary_joint import (AMOUNTS, MAX_COMMON_PAIRS, _holds, figure_values, figures_of,
                                                  common_chosen, left_out_holding, pairs_values, rare_figure_values,
                                                  rare_solutions, set_figures, shares_kept, shown_figures, solutions,
                                                  summary_readings)
from normalizers.odds import ODDS_RATIO, figure_odds, odds_choice
from parsers.repair import enabled
from schemas.document import Issue, Reading

# the additions and look-ups one document's weighing may take (past them nothing is chosen): the partial sums of
# rows with many readings grow fast, and at 2,000,000 the weighing cost the archive bench's stage pass a fifth
# more time for the same repairs as at this bound (every committed set's eval text byte-equal at 20,000, and the
# stage pass 0.3-0.5 CPU s at 100,000-200,000 against 5 at 2,000,000).  Weighed column by column first and walked
# back over the forward pass's sums (feasible), the 67 OBEC reports of the committed and four fresh sets took
# 1.23 million steps for 1.69 before, 12 weighings past the bound for 16; the 7 of the committed sets still past it
# repair nothing more at 30,000,000 (their rows have scores of readings each, the summary's totals hundreds: the
# sums leave several ways for every row)
MAX_STEPS = 100_000
COLUMNS = (("planned", "budget_planned"), ("disbursed", "budget_disbursed"))


def by_columns(values: list[set[int]], targets: set[int]) -> tuple[list[set[int]], set[int]]:
    """The parts' values and the targets left once each is weighed digit by
    digit, as a sum is added up on paper: a value stays where each of its
    digits is one some choice of the other parts' digits in its column,
    the carry brought in and a target's digit there add up with (the
    column's sum, with the carry in, ends in the target's digit and leaves
    a carry the columns to its left can take up; nothing is carried out of
    the last).  Each column is weighed with every digit any value of a part
    has there, whatever its other digits, so a value this keeps may still
    fit no sum (feasible weighs the values whole); one it drops fits none.
    A few hundred additions a column, where adding up the values whole may
    take millions: it narrows what feasible then adds up."""
    n = len(values)
    if not n or not targets or any(not v for v in values):
        return [set() for _ in values], set()
    while True:
        width = len(str(max(max(targets), *(max(v) for v in values))))
        powers = [10 ** p for p in range(width)]
        digits = [[{v // w % 10 for v in part} for w in powers] for part in values]
        target_digits = [{t // w % 10 for t in targets} for w in powers]
        # each column: the sums of the digits of the parts before each one, and of it and the parts after it
        before, after = [], []
        for p in range(width):
            pre = [{0}]
            for i in range(n):
                pre.append({s + d for s in pre[-1] for d in digits[i][p]})
            post = [set() for _ in range(n)] + [{0}]
            for i in range(n - 1, -1, -1):
                post[i] = {s + d for s in post[i + 1] for d in digits[i][p]}
            before.append(pre)
            after.append(post)

        def carried(carry: int, total: int, digit: int) -> int | None:  # the carry out, where the column ends in digit
            rest = carry + total - digit
            return rest // 10 if rest >= 0 and rest % 10 == 0 else None

        # the carries each column may take in: those the columns to its right can bring, and the columns to its
        # left take up (none out of the last)
        brought = [{0}]
        for p in range(width):
            brought.append({out for c in brought[p] for s in after[p][0] for t in target_digits[p]
                            if (out := carried(c, s, t)) is not None})
        taken: list[set[int]] = [set() for _ in range(width)] + [brought[width] & {0}]
        for p in range(width - 1, -1, -1):
            taken[p] = {c for c in brought[p] if any(carried(c, s, t) in taken[p + 1]
                                                     for s in after[p][0] for t in target_digits[p])}
        if not taken[0]:
            return [set() for _ in values], set()
        # each column's sums of the parts' digits that some carry in and some target digit there allow
        sums = [{s for c in taken[p] for s in after[p][0] for t in target_digits[p]
                 if carried(c, s, t) in taken[p + 1]} for p in range(width)]
        kept_targets = [{t for t in target_digits[p] if any(carried(c, s, t) in taken[p + 1]
                                                            for c in taken[p] for s in after[p][0])}
                        for p in range(width)]
        kept = [[{d for d in digits[i][p] if any(d + a + b in sums[p] for a in before[p][i] for b in after[p][i + 1])}
                 for p in range(width)] for i in range(n)]
        # (a value is asked only at the columns where its part lost a digit: every digit of it elsewhere is kept)
        narrowed = [_with_digits(part, powers, kept[i], digits[i]) for i, part in enumerate(values)]
        narrowed_targets = _with_digits(targets, powers, kept_targets, target_digits)
        if not narrowed_targets or any(not v for v in narrowed):
            return [set() for _ in values], set()
        if narrowed_targets == targets and narrowed == values:
            return narrowed, narrowed_targets
        values, targets = narrowed, narrowed_targets


def _with_digits(part: set[int], powers: list[int], kept: list[set[int]], digits: list[set[int]]) -> set[int]:
    """The values of `part` whose digit in each column (powers) is one of
    `kept`'s there: {v for v in part if all(v // w % 10 in kept[p] ...)},
    asked only at the columns where `kept` lost a digit of `digits` (the
    digits the part's values have there, kept's superset), as every digit
    elsewhere is kept (a speed-up, no rule; the same set, built in the same
    order)."""
    cut = [(w, kept[p]) for p, w in enumerate(powers) if kept[p] != digits[p]]
    if not cut:
        return {v for v in part}
    return {v for v in part if all(v // w % 10 in k for w, k in cut)}


def sums_within(a: set[int], b: set[int], low: int, high: int) -> set[int]:
    """Every sum of one of `a` and one of `b` from `low` to `high`: the
    set {x + y for x in a for y in b if low <= x + y <= high}, found with
    the larger set sorted and, for each value of the smaller, the slice of
    it that lands in the bounds bisected and added in C (a speed-up, no
    rule: the pairs the bounds leave out are never added; feasible's
    forward pass spent most of its time on them; tests/test_quarter_joint_speed.py)."""
    if len(a) < len(b):
        a, b = b, a
    ordered = sorted(a)
    out: set[int] = set()
    for y in b:
        i, j = bisect_left(ordered, low - y), bisect_right(ordered, high - y)
        if i < j:
            out.update(map(y.__add__, ordered[i:j]))
    return out


def feasible(values: list[set[int]], targets: set[int],
             budget: list[int]) -> tuple[list[set[int]], set[int]] | None:
    """For each part, the values of its own set that some choice of the
    other parts' values (one from each set) adds up with to one of
    `targets`, and the targets some choice adds up to; None when the
    weighing would take more than the steps left in `budget` (a one-item
    list, spent as it goes).  The values are first narrowed column by
    column (by_columns), which drops only values that fit no sum."""
    if not targets or any(not v for v in values):
        return [set() for _ in values], set()
    values, targets = by_columns(values, targets)
    if not targets:
        return values, targets
    lo, hi = min(targets), max(targets)
    n = len(values)
    # the least and most the parts after each one can add (bounds that keep the partial sums few)
    least, most = [0] * (n + 1), [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        least[i], most[i] = least[i + 1] + min(values[i]), most[i + 1] + max(values[i])

    def spend(k: int) -> bool:
        budget[0] -= k
        return budget[0] >= 0

    before = [{0}]  # the sums the parts before each one can make, within the bounds
    for i in range(n):
        if not spend(len(before[-1]) * len(values[i])):
            return None
        before.append(sums_within(before[-1], values[i], lo - most[i + 1], hi - least[i + 1]))
    reached = before[-1] & targets
    if not reached:
        return [set() for _ in values], reached
    # the partial sums before each part that the parts from it on can complete to a reached target (each a
    # partial sum the forward pass made: no more of them than it made)
    needed = [set() for _ in range(n)] + [reached]
    for i in range(n - 1, -1, -1):
        if not spend(len(before[i]) * len(values[i])):
            return None
        # ({s for s in before[i] if any(s + v in needed[i + 1] for v in values[i])}: a sum's sums asked in C,
        # set.isdisjoint stopping at the first one needed, as any() did)
        after_i, part = needed[i + 1], values[i]
        needed[i] = {s for s in before[i] if not after_i.isdisjoint(map(s.__add__, part))}
    out = []
    for i in range(n):
        if not spend(len(needed[i]) * len(values[i])):
            return None
        after_i, sums = needed[i + 1], needed[i]  # (as above: {v for v in values[i] if any(s + v in ...)})
        out.append({v for v in values[i] if not after_i.isdisjoint(map(v.__add__, sums))})
    return out, reached


def repair_quarter_rows(summary: dict[str, Reading], printed: dict[str, str | None],
                        rows: list[tuple[tuple, dict[str, Reading]]] | None, unread: str,
                        unread_amounts: dict | None = None, span: tuple[int, int] | None = None) -> list[Issue]:
    """The summary's quarter's rows (`rows`, one a project, as many as the
    summary counts: rows.quarter_rows; None where they are not) repaired
    from the summary's figures (`printed`: rows.summary_printed) and each
    other (see module doc); then the summary's totals the weighing leaves one
    way of reading (_repair_totals; `span`: the summary's lines, for a
    figure of it not read)."""
    if not enabled() or not rows:
        return []
    totals = _totals(summary, printed, unread)
    if totals is None:
        return []
    pairs, targets, left_out = totals
    unread_amounts = unread_amounts or {}
    keys, rows = [rk for rk, _ in rows], [rec for _, rec in rows]
    planned_as_disbursed = [note is not None and bool(_AS_PLANNED_RE.match(str(note.value)))
                            for note in (rec.get("note") for rec in rows)]
    # each row's two amounts: one printed twice (disbursed as planned), or less disbursed than planned (its
    # note says it could not be disbursed as planned), or nothing said
    relation = ["same" if same else "less" if note is not None and _NOT_AS_PLANNED_RE.match(str(note.value))
                else None for same, note in zip(planned_as_disbursed, (rec.get("note") for rec in rows))]
    options: dict[str, list[set[int] | None]] = {}
    for column, _ in COLUMNS:
        options[column] = [_row_values(rec.get(column), unread_amounts.get(rk, {}).get(column), unread)
                           for rk, rec in zip(keys, rows)]
    for i, same in enumerate(planned_as_disbursed):
        # a row disbursed as planned: one amount printed twice, so an amount unread is the other's readings
        planned, disbursed = options["planned"][i], options["disbursed"][i]
        if same and (planned is None) != (disbursed is None):
            options["planned"][i] = options["disbursed"][i] = planned if disbursed is None else disbursed
    rare_rows = []
    for i, same in enumerate(planned_as_disbursed):
        # a row disbursed as planned whose printings no reading under the table fits both: one of them was misread
        # past it, and its amount is one both reach with one read through a rare misread (budgets.as_planned_rare)
        planned, disbursed = options["planned"][i], options["disbursed"][i]
        if same and planned and disbursed and not planned & disbursed and \
                rows[i].get("planned") is not None and rows[i].get("disbursed") is not None:
            found = {int(v * 100) for v in as_planned_rare(printed_amount(rows[i]["planned"]),
                                                          printed_amount(rows[i]["disbursed"]), unread)}
            if found:
                options["planned"][i] = options["disbursed"][i] = found
                rare_rows.append(i)
    for column, _ in COLUMNS:
        if any(v is None for v in options[column]):  # (an amount with no readings: the column tells nothing)
            targets[column] = None
            pairs = None
    if all(t is None for t in targets.values()):
        return []
    weighed = _weigh(options, targets, pairs, relation, [MAX_STEPS])
    rare: tuple[int, tuple[str, ...]] | None = None
    if weighed is _NO_SUM:  # (no reading under the table makes the sums hold: one amount misread past it?)
        # (an amount OCR left unreadable read through a rare misread too: "o,032" for ๗,๐๓๒)
        printings = [{c: rec.get(c) or unread_amounts.get(rk, {}).get(c) for c, _ in COLUMNS}
                     for rk, rec in zip(keys, rows)]
        weighed, rare = _weigh_rare(options, targets, pairs, relation,
                                    [rec if any(rec.get(c) is not None for c, _ in COLUMNS) and i not in rare_rows
                                     else None for i, rec in enumerate(printings)], unread)
    total_out = None
    if weighed is _NO_SUM:  # (still none: one total misread past the table, a digit of it lost?)
        weighed, total_out = _weigh_total_left_out(options, targets, pairs, relation)
    if weighed is None or weighed is _NO_SUM:
        return []
    options, targets, pairs = weighed
    by_odds: dict[str, tuple[int, float]] = {}  # column -> (the ways the sums held, how much likelier the one taken)
    for column, _ in COLUMNS:
        if targets[column] is None or len(targets[column]) != 1 or all(len(v) == 1 for v in options[column]):
            continue
        texts = [printed_amount(rec[column]) if rec.get(column) is not None else None for rec in rows]
        found = _likeliest_rows(options[column], next(iter(targets[column])), texts)
        if found is None:
            continue
        picked = {c: list(v) for c, v in options.items()}
        picked[column] = [{v} for v in found[0]]
        again = _weigh(picked, targets, pairs, relation, [MAX_STEPS])
        if again is None or again is _NO_SUM:
            continue
        options, targets, pairs = again
        by_odds[column] = found[1:]
    issues: list[Issue] = []
    repaired: set[tuple[int, str]] = set()  # (row, column) of each amount repaired
    for k, (column, name) in enumerate(COLUMNS):
        total = targets[column]
        # a column whose total was not read, or not weighed (an amount of it with no readings), is not repaired,
        # but for a row disbursed as planned: its amount is the other column's, where that column was weighed
        # (the weighing's tie narrowed this printing's readings to the amounts both printings allow, and the other
        # column's sum to one of them: the amount this printing is read as, evidence tied_to)
        other = COLUMNS[1 - k][0]
        if total is None and targets[other] is None:
            continue
        shown_total = "" if total is None else ", ".join(
            f"{Decimal(t) / 100:,.2f}" for t in sorted(total)[:3]) + (" ..." if len(total) > 3 else "")
        for i, (rk, rec, found) in enumerate(zip(keys, rows, options[column])):
            reading = rec.get(column) or unread_amounts.get(rk, {}).get(column)
            if reading is None or found is None or len(found) != 1:
                continue
            if total is None and (relation[i] != "same" or options[other][i] != found):
                continue
            value = (Decimal(next(iter(found))) / 100).quantize(Decimal("0.01"))
            if reading.value == value:
                continue
            text = printed_amount(reading)
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
            repaired.add((i, column))
            evidence = {"rule": "sum", "printed": text, "read": None if reading.value is None else str(reading.value),
                        "chosen": str(value), "candidates": [str(value)]}
            odds = next((by_odds[c] for c in (column, *by_odds) if c in by_odds), None)
            if odds is not None:  # (the odds chose among the ways the sums held: this column's, or the other's)
                evidence.update({"rule": "figure_odds", "odds": round(odds[1]) if odds[1] != float("inf") else None})
            if rare_rows or (left_out or "").startswith(_RARE):
                evidence["rare_misreads"] = True
            read = "is unreadable" if reading.value is None else f"reads {reading.value:,.2f}"
            through = ""
            if rare is not None:
                evidence["rare_misreads"] = True
                through = (f"; no reading under the confusion table makes them hold, and only row {rare[0] + 1}'s "
                           f"{' and '.join(rare[1])} read through a misread the table leaves out as rare (one "
                           "character, or two read for one digit) does")
            if rare_rows:
                through += (f"; row{'s' if len(rare_rows) > 1 else ''} {', '.join(str(r + 1) for r in rare_rows)}, "
                            "disbursed as planned, whose two printings no amount fits under the confusion table, "
                            "read as the amounts that fit one printing so and the other through one rare misread")
            if total_out is not None:
                evidence["total_left_out"] = total_out
                through += (f"; no reading of the rows and both of the summary's totals makes the sums hold, and only "
                            f"with its {total_out} total left out (misread past the confusion table) do the rest")
            if odds is not None:
                through += (f"; {odds[0]} ways of reading the {next(c for c in (column, *by_odds) if c in by_odds)} "
                            f"rows make the sum hold, and the one OCR's measured misreads make {odds[1]:,.0f} times "
                            "likelier than the next to print as the rows print is taken (chosen in doubt)")
            if total is None:  # (this column not weighed: the row's amount is its other column's, weighed)
                evidence["tied_to"] = other
                shown = (f"{column}: printed {text!r} {read}; the summary's {column} total was not weighed, but the "
                         f"row was disbursed as planned, one amount in both columns, and every reading of the rows' "
                         f"and the summary's printed figures that makes the {other} sum hold gives its {other} "
                         f"{value:,.2f}, which this printing can be read as{through}")
            else:
                shown = (f"{column}: printed {text!r} {read}; the summary's {column} total (as its figures allow: "
                         f"{shown_total}) is the sum of its quarter's {len(rows)} budget rows, and every reading of "
                         f"the rows' and the summary's printed figures that makes the sums hold (a row disbursed as "
                         f"planned one amount in both columns, one not so less disbursed than planned) gives this row "
                         f"{value:,.2f}{through}")
            issues.append(Issue("warning", "value_repaired", shown, json.dumps(evidence, ensure_ascii=False),
                                reading.line_start, reading.line_end, field=f"quarterly_budgets.{column}"))
    if rare is not None and any((rare[0], c) in repaired and _arabic_read_as_thai(rows[rare[0]][c]) for c in rare[1]):
        issues += _rare_rivals(rare, rows, repaired)
    return issues + _repair_totals(summary, printed, targets, pairs, len(rows), rare is not None, span, left_out,
                                   unread, total_out)


def _arabic_read_as_thai(reading: Reading) -> bool:
    """Whether an amount repaired (its printing `reading.text`, its value
    the repair's) changed an Arabic digit of its printing: read it as the
    Thai digit OCR is measured to write so (an Arabic 5 for ๖), which
    supposes the page printed the figure in Thai digits."""
    printed = printed_amount(reading) or ""
    whole, _, decimals = printed.partition(".")
    chars = [ch for ch in whole if ch not in ", "] + list((decimals + "00")[:2])
    digits = f"{reading.value:.2f}".replace(".", "")
    return len(chars) == len(digits) and any("0" <= p <= "9" and p != d for p, d in zip(chars, digits))


def _rare_rivals(rare: tuple[int, tuple[str, ...]], rows: list[dict[str, Reading]],
                 repaired: set[tuple[int, str]]) -> list[Issue]:
    """A summary_total_mismatch at each other row's amount of the columns
    one row's rare misread made add up (`rare`: _weigh_rare's row and
    columns), kept as read (not `repaired`), where that misread read an
    Arabic digit as a Thai one (_arabic_read_as_thai): a report may print
    its figures in Arabic digits, which OCR misreads past the table (a 3
    read as 2), and a sum that holds through that rare reading holds as
    well through such a misread in another row, which the table cannot
    read back (fresh s133o003: "15,290" for 15,390 kept, a right "8,585"
    repaired to 8,685, its 5 a ๖), so the rows' amounts are in doubt too."""
    at, columns = rare
    out = []
    for i, rec in enumerate(rows):
        for column in columns:
            reading = rec.get(column) if (i, column) not in repaired and i != at else None
            if reading is None or not reading.value:  # (an amount of none, "0", is no misread of one)
                continue
            text = printed_amount(reading)
            out.append(Issue("warning", "summary_total_mismatch", f"{column}: printed {text!r} reads "
                             f"{reading.value:,.2f}, kept; the quarter's rows add up to the summary's {column} total "
                             f"only with row {at + 1}'s read through a misread the confusion table leaves out as "
                             "rare (repaired so), and a misread past the table in this row's would make them add up "
                             "as well: which row OCR misread is in doubt", {"text": text}, reading.line_start,
                             reading.line_end, field=f"quarterly_budgets.{column}"))
    return out


# the partial sums the odds' weighing of one column may carry (_likeliest_rows; past them nothing is chosen)
MAX_ODDS_STATES = 20_000


def _likeliest_rows(values: list[set[int]], total: int, texts: list[str | None]) -> tuple[
        tuple[int, ...], int, float] | None:
    """Of the ways of reading a column's rows (`values`, satang, each row's readings the weighing left) that add up
    to its one `total`, the one OCR's measured misreads make ODDS_RATIO times likelier or more than every other to
    print as the rows print (`texts`; normalizers.odds.figure_odds, each row's odds multiplied): (its amounts, how
    many ways held, how many times likelier than the next); None where a row prints any character but Thai digits
    (or is not printed) among rows of several readings, fewer than two ways hold, or none stands out so.  The two
    likeliest ways are carried sum by sum, row by row (a way's odds are its rows' product)."""
    weights: list[list[tuple[float, int]]] = []
    for found, text in zip(values, texts):
        if len(found) == 1:
            weights.append([(1.0, next(iter(found)))])
            continue
        if text is None:
            return None
        row = []
        for v in found:
            one = figure_odds(text, Decimal(v) / 100)
            if one is None:
                return None
            row.append((one, v))
        weights.append(row)
    states: dict[int, list[tuple[float, tuple[int, ...]]]] = {0: [(1.0, ())]}
    ways: dict[int, int] = {0: 1}
    for row in weights:
        nxt: dict[int, list[tuple[float, tuple[int, ...]]]] = {}
        count: dict[int, int] = {}
        for s, best in states.items():
            for odds, v in row:
                t = s + v
                if t > total:
                    continue
                count[t] = count.get(t, 0) + ways[s]
                kept = nxt.setdefault(t, [])
                kept.extend((o * odds, picks + (v,)) for o, picks in best)
                if len(kept) > 2:
                    kept.sort(key=lambda w: -w[0])
                    del kept[2:]
        if len(nxt) > MAX_ODDS_STATES:
            return None
        states, ways = nxt, count
    if total not in states or ways[total] < 2:
        return None
    found = odds_choice([(o, picks) for o, picks in states[total]], ODDS_RATIO)
    return None if found is None else (found[0], ways[total], found[1])


def _repair_totals(summary: dict[str, Reading], printed: dict[str, str | None], targets: dict[str, set[int] | None],
                   pairs: set[tuple[int, int]] | None, n_rows: int, rare: bool,
                   span: tuple[int, int] | None, left_out: str | None = None, unread: str = "",
                   total_out: str | None = None) -> list[Issue]:
    """The summary's totals where the weighing of its quarter's rows leaves
    one way of reading them (rule sum): one (planned, disbursed) pair of the
    summary's figures read together, and its four figures are those the
    pair gives (summary_joint.figures_of); else (several pairs, or totals
    too few to hold each other) a total whose column leaves one sum is that
    sum, alone, and a figure every pair left gives alike is that value
    where its printing could read so (summary_joint.common_chosen).  Each
    figure read otherwise, or not read, is set (summary_joint.set_figures).
    `total_out`: the column whose total the weighing left out
    (_weigh_total_left_out): its total stays as read, and the other's
    repair says so."""
    how = (f"the summary's totals are the sums of its quarter's {n_rows} budget rows, and every reading of the "
           "rows' and the summary's printed figures that makes the sums hold" +
           (" (one row's amount read through a misread the confusion table leaves out as rare)" if rare else "") +
           (f" (the summary's {left_out[len(_RARE):]} read through a misread the confusion table leaves out as "
            "rare, one character or one digit written as two: no reading of its figures under the table holds, and "
            "only this figure so read lets them)" if left_out and left_out.startswith(_RARE) else
            f" (the summary's {left_out} left out: no reading of all its figures holds, and only with it left out "
            "do the others hold)" if left_out else "") +
           (f" (the summary's {total_out} total left out: no reading of it and of the rows makes the sums hold, and "
            "only with it left out do the rest)" if total_out else ""))
    if pairs is not None and len(pairs) == 1 and next(iter(pairs))[0] > 0:
        ((planned, disbursed),) = pairs
        chosen = figures_of(planned, disbursed)
        return set_figures(summary, printed, chosen, span, f"{how} gives the summary {shown_figures(chosen)}")
    issues: list[Issue] = []
    for column, name in COLUMNS:
        total = targets.get(column)
        if total is None or len(total) != 1:
            continue
        value = (Decimal(next(iter(total))) / 100).quantize(Decimal("0.01"))
        issues += set_figures(summary, printed, {name: value}, span, f"{how} gives its {column} total {value:,.2f}")
    if pairs is not None and 1 < len(pairs) <= MAX_COMMON_PAIRS and all(p > 0 for p, _ in pairs):
        # (several pairs left: a figure every one of them gives alike, most often the percentage, is that value)
        chosen = common_chosen(pairs_values(pairs), printed, unread)
        if chosen:
            issues += set_figures(summary, printed, chosen, span, f"{how} leaves {len(pairs)} readings of the "
                                  "summary's figures, and every one of them gives this figure this value (the others "
                                  "differ among them: left as read)")
    return issues


_NO_SUM = object()  # (_weigh: no way of reading the figures makes the sums hold)


def _weigh_total_left_out(options: dict[str, list[set[int] | None]], targets: dict[str, set[int] | None],
                          pairs: set[tuple[int, int]] | None, tied: list[str | None]):
    """Where no reading of the rows and the totals makes the sums hold, even
    with a row read through a rare misread: the weighing again with one of
    the two totals left out (its printing misread past the table: a digit
    OCR lost, "๐,๓74.๐๐" for ๗๐,๓๗๔), each in turn.  Exactly one total
    whose leaving out lets the rest hold, and the weighing is that one's
    ((options, targets, pairs), the column left out); none or both, and
    nothing is chosen ((_NO_SUM, None)).  Only where the totals were each
    read alone (no pairs of the summary's figures read together: a pair
    holds both totals, so neither could be left out of it alone), and both
    are read."""
    if pairs is not None or any(targets[c] is None for c, _ in COLUMNS):
        return _NO_SUM, None
    found = []
    for column, _ in COLUMNS:
        weighed = _weigh(options, {**targets, column: None}, None, tied, [MAX_STEPS])
        if weighed is None:
            return _NO_SUM, None
        if weighed is not _NO_SUM:
            found.append((weighed, column))
    if len(found) != 1:
        return _NO_SUM, None
    return found[0]
# the steps the weighings with one row's amount read through a rare misread may take together (_weigh_rare)
MAX_RARE_STEPS = 4 * MAX_STEPS


def _weigh(options: dict[str, list[set[int] | None]], targets: dict[str, set[int] | None],
           pairs: set[tuple[int, int]] | None, tied: list[str | None], budget: list[int]):
    """The rows' readings and the totals left once the columns are weighed
    against their totals and each other until nothing narrows further (see
    repair_quarter_rows; `options` and `targets` are copied, not changed):
    (options, targets, the summary's pairs of totals left); _NO_SUM where no way of reading them makes the sums
    hold; None where the weighing would take more than `budget`'s steps."""
    options = {c: list(v) for c, v in options.items()}
    targets = dict(targets)

    def tie() -> None:  # (a row disbursed as planned: its readings in both columns are those both allow; a row
        for i, how in enumerate(tied):  # less disbursed than planned: a planned above some disbursed, and so on)
            planned, disbursed = options["planned"][i], options["disbursed"][i]
            if planned is None or disbursed is None or not planned or not disbursed:
                continue
            if how == "same":
                options["planned"][i] = options["disbursed"][i] = planned & disbursed
            elif how == "less":
                least, most = min(disbursed), max(planned)
                options["planned"][i] = {p for p in planned if p > least}
                options["disbursed"][i] = {d for d in disbursed if d < most}

    def sizes() -> tuple[list[int], list[int]]:  # (how many readings each total and each row has left)
        return ([len(t) if t is not None else -1 for t in targets.values()],
                [len(v) if v is not None else -1 for column, _ in COLUMNS for v in options[column]])

    while True:
        tie()
        before = sizes()
        for k, (column, _) in enumerate(COLUMNS):
            if targets[column] is None:  # (a total not read: the column is not weighed)
                continue
            weighed = feasible(options[column], targets[column], budget)
            if weighed is None:
                return None
            options[column], targets[column] = weighed
            if pairs is not None:  # (the summary's totals read together: a total narrows the other's)
                pairs = {pair for pair in pairs if pair[k] in targets[column]}
                targets = {c: {pair[j] for pair in pairs} for j, (c, _) in enumerate(COLUMNS)}
        tie()
        if any(t is not None and not t for t in targets.values()) or \
                any(v is not None and not v for column, _ in COLUMNS for v in options[column]):
            return _NO_SUM  # (no way of reading the figures makes the sums hold)
        if sizes() == before:
            return options, targets, pairs


def _weigh_rare(options: dict[str, list[set[int] | None]], targets: dict[str, set[int] | None],
                pairs: set[tuple[int, int]] | None, tied: list[str | None], rows: list[dict[str, Reading] | None],
                unread: str):
    """Where no reading under the confusion table makes the sums hold: the
    weighing again with one row's amount read also through a misread the
    table leaves out as rare (summary_joint.rare_figure_values: ๗ read as
    ๑, a digit written as two), row by row (a row disbursed as planned both
    its printings, one amount); exactly one row whose amount so read makes
    the sums hold, and the weighing is that row's ((options, targets,
    pairs), (row, columns)); none or several, or past MAX_RARE_STEPS, and nothing
    is chosen ((_NO_SUM, None))."""
    budget = [MAX_RARE_STEPS]
    found = []
    for i, rec in enumerate(rows):
        if rec is None:
            continue
        columns = tuple(c for c, _ in COLUMNS if rec.get(c) is not None)
        slots = [columns] if tied[i] == "same" else [(c,) for c in columns]
        for slot in slots:
            extended = {c: list(v) for c, v in options.items()}
            added = False
            for column in slot:
                more = rare_figure_values(printed_amount(rec[column]), unread)
                if more and extended[column][i] is not None and not more <= extended[column][i]:
                    extended[column][i] = extended[column][i] | more
                    added = True
            if not added:
                continue
            # (the readings narrowed digit by digit and the summary's pairs filtered, a few times a weighing: steps
            # feasible does not count, charged here)
            budget[0] -= 4 * (sum(len(v) for c in extended.values() for v in c if v) + len(pairs or ()))
            if budget[0] < 0:
                return _NO_SUM, None
            weighed = _weigh(extended, targets, pairs, tied, budget)
            if weighed is None:
                return _NO_SUM, None
            if weighed is not _NO_SUM:
                found.append((weighed, (i, slot)))
                if len(found) > 1:
                    return _NO_SUM, None
    if len(found) != 1:
        return _NO_SUM, None
    return found[0]


def _totals(summary: dict[str, Reading], printed: dict[str, str | None],
            unread: str) -> tuple[set[tuple[int, int]] | None, dict[str, set[int] | None], str | None] | None:
    """The summary's (planned, disbursed) totals, in satang, its figures'
    readings allow: the pairs that hold together (summary_joint.solutions)
    and each column's totals; where the figures are too few to hold each
    other, each total its own printing's readings (no pairs; None for a
    total not read); the figures as they stand where no reading of all of
    them holds but they hold as repaired, one left out
    (summary_joint.repair_jointly); and the name of the amount left out
    where only with one of the three left out do the others and the
    percentages hold (_one_left_out: the pairs those allow).  None where no
    total is given."""
    values, shares = summary_readings(printed, unread)
    shares, _ = shares_kept(values, shares)  # (the two percentages at odds: the one the amounts hold with)
    amounts = [values[k] for k in AMOUNTS]
    pairs = solutions(*amounts, shares)
    left_out = None
    if not pairs and not _holds(summary):
        # no reading of them all holds: a figure misread past the confusions; the pairs the others allow with the
        # percentages where one amount alone left out lets them hold (as summary_joint.repair_jointly weighs
        # them), else the amounts without the percentages, where all three are read, else each total its own
        # printing's readings
        weighed = pairs
        left_out, pairs = _one_left_out(amounts, shares) if pairs is not None else (None, None)
        if not pairs and weighed is not None and shares:
            # (no amount left out lets the others hold: one figure read through a rare misread may)
            rare = rare_solutions(printed, unread)
            if rare is not None:
                left_out, pairs = _RARE + rare[0], rare[1]
        if not pairs:
            pairs = solutions(*amounts, None) or None
    if pairs is None:
        own = {"planned": values["budget_planned"], "disbursed": values["budget_disbursed"]}
        return None if all(v is None for v in own.values()) else (None, own, None)
    if not pairs and _holds(summary):
        pairs = {(int(summary["budget_planned"].value * 100), int(summary["budget_disbursed"].value * 100))}
    if not pairs:
        return None
    return pairs, {c: {pair[j] for pair in pairs} for j, (c, _) in enumerate(COLUMNS)}, left_out


_RARE = "rare:"  # (_totals' left_out where a figure was read through a rare misread: this, then its name)


def _one_left_out(amounts: list[set[int] | None],
                  shares: set[int] | None) -> tuple[str | None, set[tuple[int, int]] | None]:
    """The (planned, disbursed) pairs the summary's figures allow with one of
    its three amounts left out (its printing misread past the confusion
    table), where exactly one amount so left out lets the others and the
    percentages hold (summary_joint.repair_jointly's leave-one-out), with
    that amount's name; (None, None) where none or several do."""
    if not shares:
        return None, None
    i = left_out_holding(amounts, shares)
    if i is None:
        return None, None
    return AMOUNTS[i], solutions(*[None if j == i else a for j, a in enumerate(amounts)], shares)


def _row_values(reading: Reading | None, unread_reading: Reading | None, unread: str) -> set[int] | None:
    """The amounts (satang) a row's printing may stand for: a read one's
    readings (figure_values), an unreadable one's (budgets._unread_values:
    the characters OCR put where a digit stood taken as the digits they
    stand for); None where it has none or was not printed."""
    if reading is not None:
        return figure_values(printed_amount(reading), unread)
    if unread_reading is None:
        return None
    found = {int(v * 100) for v in _unread_values(unread_reading.text, printed_amount(unread_reading))
             if v is not None and v >= 0}
    return found or None
