"""A report's expense lines aligned across the copies of a form, before the
vote (`align_copies`, which the merge stage calls on each group of copies).

Copies vote field by field on the records that share a key, and an expense
line's key is its report and its place among that report's lines.  A copy
that lost a line ('ค่าเช่ารถโดยสาร จำนวน 2 Au} az 6000 ...', garbled past
reading), or that holds lines of another entry (a table OCR read column by
column), puts every line after that place under the key of another line,
and the vote weighs different lines against each other: the line one copy
lost went missing, and a line of another entry stood as a row of its own.

Each report's lines are aligned to one copy's, the reference: the copy
whose lines add up to the report's disbursement (as some copy reads it: two
copies that shifted another entry's lines under this one the same way agree
with each other, and add up to nothing), else the one whose lines agree
most with the other copies', then the one with more lines, then the
earliest.  Two lines are one line when their items read alike (the same
Thai letters, marks and what OCR glued to them aside, or close:
OCR_ITEM_RATIO) or their amounts are equal (one of them read with the ฿
before it as a leading 8 or 3, which the rows' repairs mend only later, or
both unread and printed alike: "ฒ,๓๐๐" in each copy, `_same_unread`);
the alignment keeps the lines' order and pairs as many as it can.  A copy's
lines take the keys of the reference lines they are paired with.  A line
paired with none:

- in a form printed three times or more, where the reference's lines are
  borne out (another copy reads its items line for line, or they add up and
  another copy has a line paired with each of them), is left out of the
  vote and said (`unplaced_text`, field
  `expenses`, its text as evidence): it is a line of another entry that
  copy read there;
- else keeps a key after the reference's lines, shared with a like line of
  another copy, and the vote goes on as before (a line read in fewer copies
  than its report is said by the rows' checks).

Before that, lines that a minority of the copies reads under a report whose
other copies read none, where most copies read them under one other report,
or where every copy reads that the report disbursed nothing and another copy
reads them elsewhere, are left out of that report's vote
(`_strays_left_out`).
"""

from __future__ import annotations

from decimal import Decimal

from rapidfuzz import fuzz

import regex

from normalizers.confusions import BAHT_SIGN_READS
from normalizers.numbers import ANY_DIGIT_RE
from normalizers.text import skeleton
from schemas.document import CopyReading, Issue, Record

OCR_ITEM_RATIO = 85.0  # rapidfuzz ratio of two items' letters at which they are one item OCR read apart
# Bounds on the work: a report's lines are aligned only when its copies are at most ALIGN_COPIES (every pair
# is aligned) and each pair's table of line against line has at most ALIGN_CELLS cells; past them (a form
# printed hundreds of times, thousands of lines under one report: hostile input, no real form) its lines
# are voted by their place, as they were before this step.
ALIGN_COPIES = 8
ALIGN_CELLS = 2_500
_NOT_LETTERS_RE = regex.compile(r"[^\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e45]+")  # all but Thai letters and vowels


class _Line:
    __slots__ = ("key", "rec", "item", "amount", "unread")

    def __init__(self, key: tuple[int, int], rec: Record):
        self.key = key
        self.rec = rec
        item = rec.get("item")
        # the item's Thai letters: marks dropped, and what OCR glued to it (digits, specks: "ค่าอาหาร 1๕«")
        self.item = _NOT_LETTERS_RE.sub("", skeleton(item.value)) if item is not None and isinstance(
            item.value, str) else ""
        amount = rec.get("amount")
        self.amount = amount.value if amount is not None and isinstance(amount.value, Decimal) else None
        # an amount no reading was taken from, as printed ("ฒ,๓๐๐": its thousands OCR wrote as a symbol)
        self.unread = amount.text.strip() if amount is not None and amount.value is None and isinstance(
            amount.text, str) else ""


def _same_amount(a: Decimal | None, b: Decimal | None) -> bool:
    """Two amounts, neither nothing, equal as read or once the leading 8 or
    3 that OCR made of a ฿ is taken off one of them ("824,000" and 24,000)."""
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    if a == b:
        return True
    x, y = (f"{a:.2f}", f"{b:.2f}") if a > b else (f"{b:.2f}", f"{a:.2f}")
    return x[0] in BAHT_SIGN_READS and x[1:] == y


def _alike(a: _Line, b: _Line) -> int:
    """How well two lines pair (0: not at all): 2 for items that read
    alike, 1 more for equal amounts; equal amounts alone pair them too (an
    item whose line ran into it: 'ค่าตอบแทนวิทยากร ๕ ชั่วโมง xX ๒๐๐ บาท')."""
    same_item = bool(a.item) and (a.item == b.item or fuzz.ratio(a.item, b.item) >= OCR_ITEM_RATIO)
    return 2 * same_item + (_same_amount(a.amount, b.amount) or _same_unread(a, b))


def _same_unread(a: _Line, b: _Line) -> bool:
    """Two amounts unread alike: no value read from either, and printed the
    same ("ฒ,๓๐๐" twice: the copies printed one figure and OCR damaged it
    the same way), with a digit among them (a speck is no figure)."""
    return bool(a.unread) and a.unread == b.unread and ANY_DIGIT_RE.search(a.unread) is not None


def _align(ref: list[_Line], other: list[_Line]) -> tuple[int, list[tuple[int, int]]]:
    """The order-keeping pairing of `other`'s lines with `ref`'s that scores
    most (_alike), and its score: (score, [(ref index, other index)])."""
    n, m = len(ref), len(other)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            s = _alike(ref[i], other[j])
            best[i + 1][j + 1] = max(best[i][j + 1], best[i + 1][j], best[i][j] + s if s else 0)
    pairs = []
    i, j = n, m
    while i and j:
        s = _alike(ref[i - 1], other[j - 1])
        if s and best[i][j] == best[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return best[n][m], pairs[::-1]


def _adds_up(lines: list[_Line], disbursed: set[Decimal]) -> bool:
    """Whether every line has an amount and together they make a
    disbursement some copy reads for the report (none of them nothing)."""
    if not lines or any(ln.amount is None for ln in lines):
        return False
    total = sum((ln.amount for ln in lines), Decimal(0))
    return any(_same_amount(total, d) for d in disbursed)


def align_copies(group: list[CopyReading]) -> list[Issue]:
    """Re-key the expense lines of the copies of one form (see above), in
    place; the issues of the lines left out."""
    if len(group) < 2:
        return []
    issues: list[Issue] = []
    # each report's lines per copy (copies in group order, lines in their order), gathered in one pass
    by_report: dict[int, dict[int, list[_Line]]] = {}
    for copy in group:
        for k, r in sorted(copy.tables.get("expenses", {}).items()):
            by_report.setdefault(k[0], {}).setdefault(copy.index, []).append(_Line(k, r))
    by_index = {copy.index: copy for copy in group}
    issues += _strays_left_out(group, by_report, by_index)
    for seq, lists in sorted(by_report.items()):
        if len(lists) < 2 or len({tuple(ln.item for ln in ls) for ls in lists.values()}) == 1 and \
                len({len(ls) for ls in lists.values()}) == 1:
            continue  # the copies agree, line by line
        sizes = sorted(len(ls) for ls in lists.values())
        if len(lists) > ALIGN_COPIES or sizes[-1] * sizes[-2] > ALIGN_CELLS:
            continue  # too much to align (see ALIGN_COPIES): voted by place
        disbursed = {rec["disbursed"].value for copy in group
                     if (rec := copy.tables.get("progress_reports", {}).get(seq)) is not None and "disbursed" in rec
                     and isinstance(rec["disbursed"].value, Decimal)}
        # how well each pair of copies agrees (the alignment's score is the same either way round), then the
        # reference's pairing with each other copy
        agree: dict[tuple[int, int], int] = {}
        paired_in: dict[int, set[int]] = {c: set() for c in lists}  # each copy's lines some other copy pairs with
        for a in lists:
            for b in lists:
                if a < b:
                    score, pairs = _align(lists[a], lists[b])
                    agree[a, b] = agree[b, a] = score
                    paired_in[a].update(i for i, _ in pairs)
                    paired_in[b].update(j for _, j in pairs)
        # in a form printed three times or more, a copy holding a line no other copy pairs with (another entry's
        # line it read there) is not the reference where another copy holds none such (unless its lines alone
        # add up): before, its lines agreeing best with the others' (the amounts alike too), and more of them,
        # made it the reference, and its stray line stood as a row of the report
        alone = {c: len(lists[c]) - len(paired_in[c]) if len(lists) >= 3 else 0 for c in lists}
        ref = max(lists, key=lambda c: (_adds_up(lists[c], disbursed), -alone[c],
                                       sum(agree[c, o] for o in lists if o != c), len(lists[c]), -c))
        pairings = {c: _align(lists[ref], lists[c])[1] for c in lists if c != ref}
        items = tuple(ln.item for ln in lists[ref])
        borne_out = any(tuple(ln.item for ln in ls) == items for c, ls in lists.items() if c != ref) or (
            _adds_up(lists[ref], disbursed) and any(len(p) == len(lists[ref]) for p in pairings.values()))
        extra: list[tuple[str, tuple[int, int]]] = []  # (item, key) of the lines kept after the reference's
        unpaired: dict[int, list[_Line]] = {}  # each other copy's lines the reference's pair with none
        for c, ls in lists.items():
            if c != ref:
                taken = {j for _, j in pairings[c]}
                unpaired[c] = [ln for j, ln in enumerate(ls) if j not in taken]
        # a line the reference lost: its key -> for each copy holding it, the reference lines it stands between
        placed: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for c, lines in lists.items():
            if c == ref:
                continue
            paired = dict((j, i) for i, j in pairings[c])
            copy = by_index[c]
            expenses = copy.tables["expenses"]
            for line in lines:
                del expenses[line.key]
            for j, line in enumerate(lines):
                if j in paired:
                    expenses[lists[ref][paired[j]].key] = line.rec
                    continue
                leave_out = len(lists) >= 3 and borne_out  # (a line the reference's lines do not hold: one copy's)
                lost = leave_out and _lost_by_reference(line, c, seq, unpaired, len(lists), by_report)
                if leave_out and not lost:
                    issues.append(_left_out(seq, c, line, lists[ref], lines[j + 1:]))
                    continue
                key = next((k for item, k in extra if item and (item == line.item or fuzz.ratio(
                    item, line.item) >= OCR_ITEM_RATIO) and k not in expenses), None)
                if key is None:
                    key = (seq, len(lists[ref]) + len(extra) + 1)
                    extra.append((line.item, key))
                expenses[key] = line.rec
                if lost:  # between the reference lines its copy reads before and after it
                    placed.setdefault(key, []).append((max((i for jj, i in paired.items() if jj < j), default=-1),
                                                       min((i for jj, i in paired.items() if jj > j),
                                                           default=len(lists[ref]))))
        if placed:
            _put_in_place(group, seq, [ln.key for ln in lists[ref]], [k for _, k in extra], placed)
    return issues


def _put_in_place(group: list[CopyReading], seq: int, ref_keys: list[tuple[int, int]],
                  extra_keys: list[tuple[int, int]], placed: dict[tuple[int, int], list[tuple[int, int]]]) -> None:
    """Every copy's lines of report `seq` numbered again so that each line
    the reference lost stands where the copies that hold it read it, not
    after the reference's lines: `placed` gives, per copy holding it, the
    indexes of the reference lines that copy reads right before and after
    it (-1 and the count where none); it goes after the latest line any copy
    reads before it, where that is before the earliest any reads after it,
    and some copy reads a line of the reference beside it.  Else, and for
    the other lines kept after the reference's, it stays last."""
    after: dict[tuple[int, int], int] = {}
    for key, bounds in placed.items():
        lo, hi = max(b[0] for b in bounds), min(b[1] for b in bounds)
        if lo < hi and (lo >= 0 or hi < len(ref_keys)):
            after[key] = lo
    order = [k for k in extra_keys if after.get(k) == -1]
    for i, k in enumerate(ref_keys):
        order += [k] + [x for x in extra_keys if after.get(x) == i]
    order += [k for k in extra_keys if k not in after]
    renumber = {old: (seq, n) for n, old in enumerate(order, start=1)}
    if all(old == new for old, new in renumber.items()):
        return
    for copy in group:
        expenses = copy.tables.get("expenses", {})
        mine = {k: expenses.pop(k) for k in [k for k in expenses if k in renumber]}
        for old, rec in mine.items():
            expenses[renumber[old]] = rec


def _lost_by_reference(line: _Line, c: int, seq: int, unpaired: dict[int, list[_Line]], reading: int,
                       by_report: dict[int, dict[int, list[_Line]]]) -> bool:
    """Whether a line of copy `c` that the reference's lines hold no match
    for is one the reference lost, not a line of another entry: most of the
    `reading` copies that read the report's lines hold it (its item alike),
    each left unpaired as this copy's is (bp/set1 s19bpa006: 'ค่าจัดทำเอกสาร'
    read in two of three copies, the third garbled it past reading, 'เล่มๆ
    ละ' read 'LAN) AY', and its one line added up to a disbursement a side-by-
    side copy misread: each of the two was left out as 'read in one copy
    only'), and no copy reads it, item and amount, under another report (a
    line two copies shifted from its own entry the same way is that entry's)."""
    holders = 1 + sum(1 for o, ls in unpaired.items() if o != c and any(_alike(line, ln) >= 2 for ln in ls))
    if 2 * holders <= reading:
        return False
    return not any(other != seq and any(_alike(line, ln) == 3 for ln in ls)
                   for other, lists in by_report.items() for ls in lists.values())


def _strays_left_out(group: list[CopyReading], by_report: dict[int, dict[int, list[_Line]]],
                     by_index: dict[int, CopyReading]) -> list[Issue]:
    """Expense lines a minority of copies reads under a report whose other
    copies read no line at all, each line one that a majority of the copies
    reads under one other report, where this copy's own lines of that
    report lack it (its item and amount alike): the copies disagree on
    which report the line belongs to (a wrap or a column OCR read apart put
    it under the next entry in one copy), and the majority decides.  Each
    such line is left out of the vote of its report, in place, and said
    (unplaced_text, field expenses, naming both reports); by_report loses
    it.  A report that disbursed nothing as every copy reads it (0.00,
    _paid_nothing) lists no expense line: there a line that another copy
    reads under some other report (its item or amount alike, however that
    copy misread the rest: "15,300" / "35,100"; _held_elsewhere) is left out
    too, though no majority holds it, and half the copies that read the
    report may hold it.  Copies that agree, or a line no majority holds
    elsewhere under a report that paid something, are left as they are."""
    issues: list[Issue] = []
    reading = {seq: sum(1 for copy in group if seq in copy.tables.get("progress_reports", {}))
               for seq in by_report}
    for seq, lists in sorted(by_report.items()):
        # the copies that read the report's lines must be a minority of those that read the report; half of
        # them will do where every copy reads that the report paid nothing
        nothing = bool(lists) and _paid_nothing(group, seq)
        if not lists or 2 * len(lists) > reading[seq] or 2 * len(lists) == reading[seq] and not nothing:
            continue
        for c, lines in list(lists.items()):
            if nothing and (moved := _run_moved(seq, c, lines, by_report, reading, by_index)):
                issues += moved
                del lists[c]
                continue
            kept = []
            for line in lines:
                home = _majority_home(line, seq, c, by_report, reading)
                if home is not None:
                    issue = _stray(seq, home, c, line, len(lists), reading[seq])
                elif nothing and (held := _held_elsewhere(line, seq, c, by_report)):
                    issue = _unpaid_stray(seq, held, c, line, len(lists), reading[seq])
                else:
                    kept.append(line)
                    continue
                del by_index[c].tables["expenses"][line.key]
                issues.append(issue)
            if kept:
                lists[c] = kept
            else:
                del lists[c]
    for seq in [s for s, lists in by_report.items() if not lists]:
        del by_report[seq]
    return issues


def _run_moved(seq: int, c: int, lines: list[_Line], by_report: dict[int, dict[int, list[_Line]]],
               reading: dict[int, int], by_index: dict[int, CopyReading]) -> list[Issue]:
    """Copy `c`'s lines under report `seq`, which every copy reads paid
    nothing, moved whole to the one other report that most copies read some
    of them under (or, where no majority holds them, the one other report
    some other copy reads them under), where copy `c` reads no line of its
    own there; the lines it
    alone reads go with them (bp/set1 s19bpa009: copy 1 read report 5's
    'ค่าตอบแทนวิทยากร' and 'ค่าอาหารว่างและเครื่องดื่ม' under report 4, which paid
    0; copy 2 read the second under report 5 and lost the first: the second
    was left out of report 4 as a stray, the first stayed there alone).  The
    lines were read in one run, at the border of two entries: they are one
    entry's.  Empty (nothing moved) where no line of the run has such a
    home, or several homes, or every line has one (each is left out as a
    stray, as before)."""
    homes = []
    for line in lines:
        home = _majority_home(line, seq, c, by_report, reading)
        held = _held_elsewhere(line, seq, c, by_report) if home is None else [home]
        if len(held) > 1:
            return []  # a line held under several other reports: no one home
        homes.append(held[0] if held else None)
    found = {h for h in homes if h is not None}
    if len(found) != 1 or None not in homes:
        return []
    home = found.pop()
    if by_report.get(home, {}).get(c):
        return []
    expenses = by_index[c].tables["expenses"]
    moved = []
    for n, line in enumerate(lines, start=1):
        rec = expenses.pop(line.key)
        expenses[(home, n)] = rec
        moved.append(_Line((home, n), rec))
    by_report.setdefault(home, {})[c] = moved
    issues = []
    for line in moved:
        printed, start, end, amount = _line_said(line)
        issues.append(Issue("warning", "unplaced_text",
                            f"expense line {printed!r}{amount} read under report {seq} in copy {c + 1}, a report "
                            f"every copy reads paid nothing, with lines most copies read under report {home}, where "
                            f"copy {c + 1} reads none: the copy's lines there are report {home}'s, read across the "
                            "entries' border, and go to its vote", printed, start, end, field="expenses"))
    return issues


def _paid_nothing(group: list[CopyReading], seq: int) -> bool:
    """Whether report `seq` disbursed nothing as every copy that reads its
    disbursement reads it (0.00; one copy will do where the others lost the
    amount, and no copy reads another): such a report lists no expense
    line."""
    paid = [rec["disbursed"].value for copy in group
            if (rec := copy.tables.get("progress_reports", {}).get(seq)) is not None and "disbursed" in rec
            and isinstance(rec["disbursed"].value, Decimal)]
    return bool(paid) and all(v == 0 for v in paid)


def _held_elsewhere(line: _Line, seq: int, c: int, by_report: dict[int, dict[int, list[_Line]]]) -> list[int]:
    """The other reports under which another copy than `c` holds a line of
    this line's item (_alike: items alike, or amounts equal), in order."""
    return [other for other, lists in sorted(by_report.items()) if other != seq
            and any(o != c and any(_alike(line, ln) for ln in ls) for o, ls in lists.items())]


def _majority_home(line: _Line, seq: int, c: int, by_report: dict[int, dict[int, list[_Line]]],
                   reading: dict[int, int]) -> int | None:
    """The one other report under which most of the copies that read it hold
    a line whose item and amount are both this line's (_alike 3), copy `c`
    holding none there; None when no report, or several, are such."""
    homes = []
    for other, lists in by_report.items():
        if other == seq or any(_alike(line, ln) == 3 for ln in lists.get(c, ())):
            continue
        holders = sum(1 for o, ls in lists.items() if o != c and any(_alike(line, ln) == 3 for ln in ls))
        if 2 * holders > reading.get(other, 0):
            homes.append(other)
    return homes[0] if len(homes) == 1 else None


def _unpaid_stray(seq: int, held: list[int], copy: int, line: _Line, holding: int, of: int) -> Issue:
    printed, start, end, amount = _line_said(line)
    where = ", ".join(str(h) for h in held)
    return Issue("warning", "unplaced_text",
                 f"expense line {printed!r}{amount} read under report {seq} in copy {copy + 1}, while {of - holding} "
                 f"of the {of} copies that read report {seq} read no line under it and every copy that reads its "
                 f"disbursement reads nothing (0.00): a report that disbursed nothing lists no expense line, and "
                 f"another copy reads this line under report(s) {where}; it is left out of report {seq}'s vote",
                 printed, start, end, field="expenses")


def _line_said(line: _Line) -> tuple[str, int | None, int | None, str]:
    """An expense line as an issue names it: its item as printed, its first
    and last source lines, and its amount (' (1,200.00 baht)', or '')."""
    item = line.rec.get("item")
    spans = [r for r in line.rec.values() if r.line_start is not None]
    return (item.value if item is not None else "", min((r.line_start for r in spans), default=None),
            max((r.line_end for r in spans), default=None),
            f" ({line.amount:,.2f} baht)" if line.amount is not None else "")


def _stray(seq: int, home: int, copy: int, line: _Line, holding: int, of: int) -> Issue:
    printed, start, end, amount = _line_said(line)
    return Issue("warning", "unplaced_text",
                 f"expense line {printed!r}{amount} read under report {seq} in copy {copy + 1}, while {of - holding} "
                 f"of the {of} copies that read report {seq} read no line under it and most copies read this line "
                 f"under report {home}: the copies disagree on which report it belongs to, and the majority's "
                 f"(report {home}) is kept; it is left out of report {seq}'s vote", printed, start, end,
                 field="expenses")


def _left_out(seq: int, copy: int, line: _Line, ref: list[_Line], after: list[_Line] = ()) -> Issue:
    """A line one copy alone reads under report `seq`, left out of the vote.
    Where that copy reads lines of the report after it (`after`), the issue
    reaches their lines too: were the line the report's own, which the other
    copies lost (a cut OCR made in each, fresh set s83a, bma_progress_s83a006:
    'ค่าเกียรติบัตร ooo ใบ ...', its quantity unreadable, read in one copy of
    three), the lines after it stand one place early in the report's list,
    their numbers one short, and before no issue at their lines said so."""
    printed, start, end, amount = _line_said(line)
    theirs = ", ".join(repr(r.rec["item"].value) for r in ref if "item" in r.rec)
    last = max((r.line_end for ln in after for r in ln.rec.values() if r.line_end is not None), default=None)
    rest = "" if last is None or end is None or last <= end else (
        "; were it the report's own line, lost by the other copies, the lines after it would stand one place "
        "early in the report's list (their numbers one short)")
    return Issue("warning", "unplaced_text",
                 f"expense line {printed!r}{amount} read under report {seq} in copy {copy + 1} only: the report's "
                 f"lines as the other copies read them ({theirs}) hold no such line, so it is left out of the vote "
                 f"(a line of another entry that copy read there){rest}", printed, start,
                 end if not rest else last, field="expenses")
