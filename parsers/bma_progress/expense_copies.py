"""Expense figures the form's copies read apart, chosen by the document's own sums.

A BMA progress form prints its report entries once per copy; the copies'
readings of each expense line are voted (pipeline.vote).  Where two copies
read a line's figure two ways and nothing breaks the tie, the vote keeps the
earliest copy's reading ("tie broken by earliest copy"), which says nothing
of which is right: "ค่าถ่ายเอกสาร = 783,400" against another copy's "3,400"
(a ฿ read as "78"), "๑,๒00" against "9,600", "2" (its "00 บาท" cut off by a
cell's edge) against "2,700", "5๑๐,๕๐๐" against "@๑๐,๕๐๐".  The document says
which: an entry's expense lines add up to its disbursement, and each line's
quantity x unit amount is its amount.

* A line: the one joint choice among its figures' tied readings (a figure
  no tie is in, as kept) with which quantity x unit amount is its amount
  exactly, where it is not as kept ("๓ x 8๓,5๐๐ = 5๑๐,๕๐๐" in one copy, "๓
  x @๓,๕๐0 = @๑๐,๕๐๐" in the other: 3 x 3,500 = 10,500).
* Then an amount: the one choice among the tied copies' readings of the
  entry's amounts still disputed with which its lines add up to its disbursement exactly
  (read, more than nothing; every other line's amount read) is taken, where
  the lines as kept do not add up.  A lone line's disbursement prints the
  same figure as the line, so it is a witness only where its own figure is
  sure (parsers.repair.sure: no other reading of its characters).

Only true ties (two copies, or as many for each reading): a reading two
copies of three agree on is the vote's, as before.  Every choice is said
(value_repaired, rule "sum" or "product", the copies' readings among its
candidates); the vote's ocr_variant issue stays.  Lines the copies disagree
on as lines (their item or unit: `mixed`) are left to the vote.
"""

from __future__ import annotations

import json
from decimal import Decimal
from itertools import product

from parsers.checks import money_equal
from parsers.repair import sure
from schemas.document import EARLIEST, Issue, Merged, Reading

MAX_CHOICES = 64  # joint choices weighed for one entry (two or three disputed lines in practice)
_FIGURES = ("quantity", "unit_amount")


def _tied(merged: Merged, key: tuple[int, int], name: str) -> list[Reading]:
    """The copies' readings of one expense figure, one per value, where the
    vote kept one for a tie alone (the kept one first); [] otherwise."""
    v = merged.votes.get(("expenses", key, name))
    if v is None or not v.disagreement or v.overruled is not None or v.tie_break != EARLIEST:
        return []
    seen: dict[Decimal, Reading] = {}
    for reading in [v.winner] + [r for group in v.groups for _, r in group.readings]:
        if isinstance(reading.value, Decimal) and not any(money_equal(reading.value, s) for s in seen):
            seen[reading.value] = reading
    return list(seen.values()) if len(seen) > 1 else []


def _taken(what: str, column: str, kept: Reading, chosen: Reading, readings: list[Reading], rule: str,
           why: str) -> Issue:
    evidence = {"rule": rule, "printed": chosen.text.strip(),
                "read": None if kept.value is None else f"{kept.value:.2f}", "chosen": f"{chosen.value:.2f}",
                "candidates": [f"{r.value:.2f}" for r in readings],
                "copy_readings": [r.text.strip() for r in readings]}
    return Issue("warning", "value_repaired",
                 f"{what}: the form's copies read its {column.replace('_', ' ')} "
                 + " and ".join(repr(r.text.strip()) for r in readings)
                 + f" (the vote's tie broken by the earliest copy alone, {kept.text.strip()!r}); {why}: "
                 f"{chosen.value:,.2f} taken", json.dumps(evidence, ensure_ascii=False),
                 kept.line_start, kept.line_end, field=f"expenses.{column}")


def _amounts_by_sum(merged: Merged, seq: int, keyed: list[tuple[tuple[int, int], dict]],
                    paid: Reading | None, settled: set[tuple[int, int]] = frozenset()) -> list[Issue]:
    """An entry's tied amounts: the one joint choice of the copies' readings
    that makes its lines add up to its disbursement (module doc)."""
    if paid is None or not isinstance(paid.value, Decimal) or paid.value <= 0:
        return []
    if len(keyed) == 1 and not sure(paid):
        return []
    tied = {i: r for i, (key, _) in enumerate(keyed) if key not in settled and (r := _tied(merged, key, "amount"))}
    if not tied:
        return []
    fixed = [rec.get("amount") for i, (_, rec) in enumerate(keyed) if i not in tied]
    if any(r is None or not isinstance(r.value, Decimal) for r in fixed):
        return []
    kept = [rec["amount"] for _, rec in keyed]
    if all(isinstance(r.value, Decimal) for r in kept) and money_equal(sum(r.value for r in kept), paid.value):
        return []
    rest = sum((r.value for r in fixed), Decimal(0))
    order = sorted(tied)
    choices = list(product(*(tied[i] for i in order)))
    if len(choices) > MAX_CHOICES:
        return []
    fits = [c for c in choices if money_equal(rest + sum(r.value for r in c), paid.value)]
    if len(fits) != 1:
        return []
    issues = []
    for i, chosen in zip(order, fits[0]):
        rec = keyed[i][1]
        if chosen is rec["amount"] or money_equal(chosen.value, rec["amount"].value):
            continue
        issues.append(_taken(f"an expense line of report {seq}: line {i + 1}", "amount", rec["amount"], chosen,
                             tied[i], "sum", f"with {chosen.text.strip()!r} alone of the copies' readings the "
                             f"entry's lines add up to its disbursement {paid.value:,.2f}"))
        rec["amount"] = chosen
    return issues


def _line_by_product(merged: Merged, seq: int, n: int, key: tuple[int, int], rec: dict) -> list[Issue]:
    """A line's tied figures (quantity, unit amount, amount): the one joint
    choice of the copies' readings that makes quantity x unit amount its
    amount, where the line as kept does not hold (module doc)."""
    columns = (*_FIGURES, "amount")
    if any(rec.get(c) is None or not isinstance(rec[c].value, Decimal) for c in columns):
        return []
    if money_equal(rec["quantity"].value * rec["unit_amount"].value, rec["amount"].value):
        return []
    tied = {c: _tied(merged, key, c) for c in columns}
    if not any(tied.values()):
        return []
    choices = list(product(*(tied[c] or [rec[c]] for c in columns)))
    if len(choices) > MAX_CHOICES:
        return []
    # (a product of nothing proves nothing: no line costs nothing, so a copy's 0 as the unit amount beside an amount
    # read 0, "0,000.00" for ๑,๒๐๐.๐๐, holds as 2 x 0 = 0 by chance; fresh set s103o)
    fits = [c for c in choices if c[2].value and money_equal(c[0].value * c[1].value, c[2].value)]
    if len(fits) != 1:
        return []
    issues = []
    for column, chosen in zip(columns, fits[0]):
        if chosen is rec[column] or money_equal(chosen.value, rec[column].value):
            continue
        issues.append(_taken(f"an expense line of report {seq}: line {n}", column, rec[column], chosen, tied[column],
                             "product", f"with {chosen.text.strip()!r} alone of the copies' readings (their other "
                             f"figures' as printed) quantity x unit amount is the amount"))
        rec[column] = chosen
    return issues


def expense_copies(merged: Merged, reports: dict[int, dict[str, Reading]], mixed: frozenset[int] = frozenset()
                   ) -> list[Issue]:
    """The expense figures whose copies' tie the entry's sum or the line's
    product breaks, taken (module doc); the value_repaired issues."""
    by_report: dict[int, list[tuple[tuple[int, int], dict]]] = {}
    for key, rec in sorted(merged.tables.get("expenses", {}).items()):
        by_report.setdefault(key[0], []).append((key, rec))
    issues: list[Issue] = []
    for seq, keyed in by_report.items():
        if any(id(rec) in mixed or "amount" not in rec for _, rec in keyed):
            continue
        settled = set()  # the lines whose product chose among their copies' readings: their amount is no more in doubt
        for n, (key, rec) in enumerate(keyed, start=1):
            found = _line_by_product(merged, seq, n, key, rec)
            if found:
                settled.add(key)
            issues += found
        issues += _amounts_by_sum(merged, seq, keyed, reports.get(seq, {}).get("disbursed"), settled)
    return issues
