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
the summary's pairs of totals, until nothing narrows further.

The totals: the pairs the summary's figures allow together; where no
reading of all of them holds, the pairs its three amounts allow without the
percentages; where they are too few to hold each other, each total its own
printing's readings (a total not read: its column is not weighed); the
figures as they stand where they hold as repaired with one left out
(summary_joint.repair_jointly).  Nothing is weighed where the rows do not
match the summary's count of budgeted projects; a column is not weighed
where an amount of it has no readings (nothing printed), nor where adding
up the readings would take more than MAX_STEPS steps; and nothing is
repaired where no way of reading the figures makes the sums hold (a misread
the confusions lack, a digit lost).

The adding up (feasible) first narrows each column's readings digit by
digit, as a sum is added on paper (by_columns: what no column's digits and
carries allow fits no sum), then adds up the partial sums row by row and
walks back over them to the rows' readings that complete one to a total.
"""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.budgets import _AS_PLANNED_RE, _unread_values, printed_amount
from parsers.obec_progress.summary_joint import AMOUNTS, _holds, figure_values, solutions, summary_readings
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
        narrowed = [{v for v in part if all(v // w % 10 in kept[i][p] for p, w in enumerate(powers))}
                    for i, part in enumerate(values)]
        narrowed_targets = {t for t in targets if all(t // w % 10 in kept_targets[p] for p, w in enumerate(powers))}
        if not narrowed_targets or any(not v for v in narrowed):
            return [set() for _ in values], set()
        if narrowed_targets == targets and narrowed == values:
            return narrowed, narrowed_targets
        values, targets = narrowed, narrowed_targets


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
        before.append({s + v for s in before[-1] for v in values[i]
                       if s + v + least[i + 1] <= hi and s + v + most[i + 1] >= lo})
    reached = before[-1] & targets
    if not reached:
        return [set() for _ in values], reached
    # the partial sums before each part that the parts from it on can complete to a reached target (each a
    # partial sum the forward pass made: no more of them than it made)
    needed = [set() for _ in range(n)] + [reached]
    for i in range(n - 1, -1, -1):
        if not spend(len(before[i]) * len(values[i])):
            return None
        needed[i] = {s for s in before[i] if any(s + v in needed[i + 1] for v in values[i])}
    out = []
    for i in range(n):
        if not spend(len(needed[i]) * len(values[i])):
            return None
        out.append({v for v in values[i] if any(s + v in needed[i + 1] for s in needed[i])})
    return out, reached


def repair_quarter_rows(summary: dict[str, Reading], printed: dict[str, str | None],
                        rows: list[tuple[tuple, dict[str, Reading]]] | None, unread: str,
                        unread_amounts: dict | None = None) -> list[Issue]:
    """The summary's quarter's rows (`rows`, one a project, as many as the
    summary counts: rows.quarter_rows; None where they are not) repaired
    from the summary's figures (`printed`: rows.summary_printed) and each
    other (see module doc)."""
    if not enabled() or not rows:
        return []
    totals = _totals(summary, printed, unread)
    if totals is None:
        return []
    pairs, targets = totals
    unread_amounts = unread_amounts or {}
    keys, rows = [rk for rk, _ in rows], [rec for _, rec in rows]
    planned_as_disbursed = [note is not None and bool(_AS_PLANNED_RE.match(str(note.value)))
                            for note in (rec.get("note") for rec in rows)]
    options: dict[str, list[set[int] | None]] = {}
    for column, _ in COLUMNS:
        options[column] = [_row_values(rec.get(column), unread_amounts.get(rk, {}).get(column), unread)
                           for rk, rec in zip(keys, rows)]
    for i, same in enumerate(planned_as_disbursed):
        # a row disbursed as planned: one amount printed twice, so an amount unread is the other's readings
        planned, disbursed = options["planned"][i], options["disbursed"][i]
        if same and (planned is None) != (disbursed is None):
            options["planned"][i] = options["disbursed"][i] = planned if disbursed is None else disbursed
    for column, _ in COLUMNS:
        if any(v is None for v in options[column]):  # (an amount with no readings: the column tells nothing)
            targets[column] = None
            pairs = None
    if all(t is None for t in targets.values()):
        return []
    budget = [MAX_STEPS]

    def tie() -> None:  # (a row disbursed as planned: its readings in both columns are those both allow)
        for i, same in enumerate(planned_as_disbursed):
            planned, disbursed = options["planned"][i], options["disbursed"][i]
            if same and planned is not None and disbursed is not None:
                options["planned"][i] = options["disbursed"][i] = planned & disbursed

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
                return []
            options[column], targets[column] = weighed
            if pairs is not None:  # (the summary's totals read together: a total narrows the other's)
                pairs = {pair for pair in pairs if pair[k] in targets[column]}
                targets = {c: {pair[j] for pair in pairs} for j, (c, _) in enumerate(COLUMNS)}
        tie()
        if any(t is not None and not t for t in targets.values()) or \
                any(v is not None and not v for column, _ in COLUMNS for v in options[column]):
            return []  # (no way of reading the figures makes the sums hold)
        if sizes() == before:
            break
    issues: list[Issue] = []
    for column, name in COLUMNS:
        total = targets[column]
        if total is None:
            continue
        shown_total = ", ".join(f"{Decimal(t) / 100:,.2f}" for t in sorted(total)[:3]) + (" ..." if len(total) > 3
                                                                                          else "")
        for rk, rec, found in zip(keys, rows, options[column]):
            reading = rec.get(column) or unread_amounts.get(rk, {}).get(column)
            if reading is None or len(found) != 1:
                continue
            value = (Decimal(next(iter(found))) / 100).quantize(Decimal("0.01"))
            if reading.value == value:
                continue
            text = printed_amount(reading)
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
            evidence = {"rule": "sum", "printed": text, "read": None if reading.value is None else str(reading.value),
                        "chosen": str(value), "candidates": [str(value)]}
            read = "is unreadable" if reading.value is None else f"reads {reading.value:,.2f}"
            issues.append(Issue(
                "warning", "value_repaired",
                f"{column}: printed {text!r} {read}; the summary's {column} total (as its figures allow: "
                f"{shown_total}) is the sum of its quarter's {len(rows)} budget rows, and every reading of the "
                f"rows' and the summary's printed figures that makes the sums hold (a row disbursed as planned one "
                f"amount in both columns) gives this row {value:,.2f}", json.dumps(evidence, ensure_ascii=False),
                reading.line_start, reading.line_end, field=f"quarterly_budgets.{column}"))
    return issues


def _totals(summary: dict[str, Reading], printed: dict[str, str | None],
            unread: str) -> tuple[set[tuple[int, int]] | None, dict[str, set[int] | None]] | None:
    """The summary's (planned, disbursed) totals, in satang, its figures'
    readings allow: the pairs that hold together (summary_joint.solutions)
    and each column's totals; where the figures are too few to hold each
    other, each total its own printing's readings (no pairs; None for a
    total not read); the figures as they stand where no reading of all of
    them holds but they hold as repaired, one left out
    (summary_joint.repair_jointly).  None where no total is given."""
    values, shares = summary_readings(printed, unread)
    pairs = solutions(*(values[k] for k in AMOUNTS), shares)
    if not pairs and not _holds(summary):
        # no reading of them all holds: a figure misread past the confusions; the amounts without the
        # percentages, where all three are read, else each total its own printing's readings
        pairs = solutions(*(values[k] for k in AMOUNTS), None) or None
    if pairs is None:
        own = {"planned": values["budget_planned"], "disbursed": values["budget_disbursed"]}
        return None if all(v is None for v in own.values()) else (None, own)
    if not pairs and _holds(summary):
        pairs = {(int(summary["budget_planned"].value * 100), int(summary["budget_disbursed"].value * 100))}
    if not pairs:
        return None
    return pairs, {c: {pair[j] for pair in pairs} for j, (c, _) in enumerate(COLUMNS)}


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
