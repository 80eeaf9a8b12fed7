"""What order and sums can decide: oracle bounds on repairing figures OCR cannot read.

A BMA progress report's report dates and progress figures are bound by
order only: each report's date falls inside the fiscal year, no earlier
than the report before it and no later than the next; each progress figure
is at most 100, no lower than the one before and no higher than the next.
No sum, product or second printing holds them.  Tesseract's Thai model
writes no ๔ ๖ ๗ ๘ ๙ (normalizers.confusions.MEASURED_READS), so a figure
printed in Thai digits that holds one comes out as another reading, and a
repair can only choose among the readings it could have been printed as
(normalizers.confusions.MISREADS).

This measures, from the expected files alone (no parser, no OCR text),
how many such figures order could decide **even if every neighbour were
known right**: those with exactly one candidate between their true
neighbours.  The bound is generous: only a date's day and a progress
figure's whole part are taken as misread (a month or year printed in
digits, and decimals, add candidates, never remove them), and the
neighbours are the truth, which no rule has.  The rest are right after OCR
only by chance, whatever the rules.  Only documents printed wholly in Thai
digits are counted (in a mixed-digit document the expected file does not
say which figures are Thai).

It then prints what sums and products decide (bench.sums: amounts, held by
the document's own sums, measured the same way, every figure of a sum read)
and both bounds together (measure_facts): the most numeric facts of a set
that could be right after OCR if every fact order or sums decide were
repaired and every fact without an unwritable digit were read right, next
to the 95 % issue 11 asks.  That is an upper bound on what repairs that
decide can reach: only report dates, progress figures and amounts of
documents printed in Thai digits, and phones printed in Thai digits (no
relation holds a phone), are counted lost when undecided; every other fact
holding such a digit (years, codes, numbers, counts, quarters, other dates)
and every fact of a mixed-digit document is counted right.  A figure that
comes out right by chance or on the odds alone is not counted.

    python -m bench.ceiling [--json OUT] [SETDIR...]

SETDIR holds clean/*.expected.json (tests/corpus, a fresh set...); with
none, the committed sets.  Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from itertools import product
from pathlib import Path

from normalizers.confusions import MISREADS
from normalizers.odds import UNWRITTEN

COMMITTED = ["tests/corpus", "tests/corpus/extra", "tests/corpus/extra2", "tests/corpus/extra3",
             "tests/corpus/extra4", "tests/corpus/heldout"]
# what each printed digit is read as most often (the first reading MISREADS lists)
READ_AS = {d: reads[0] for d, reads in MISREADS.items() if d in UNWRITTEN}
# what a digit read could have been printed as: itself, and each digit MISREADS says is read so
PRINTED_AS = {r: r + "".join(p for p, reads in MISREADS.items() if r in reads) for r in "0123456789"}


def candidates(value: int, width: int = 0) -> tuple[list[int], bool]:
    """The values a number printed as `value` (zero-padded to `width`) could
    be repaired to once OCR read each unwritable digit as its commonest
    misreading, and whether it holds an unwritable digit at all."""
    printed = str(value).zfill(width)
    read = "".join(READ_AS.get(c, c) for c in printed)
    values = sorted({int("".join(p)) for p in product(*(PRINTED_AS[c] for c in read))})
    return values, any(c in UNWRITTEN for c in printed)


def _day_candidates(day: date) -> tuple[list[date], bool]:
    days, damaged = candidates(day.day, 2)
    out = []
    for d in days:
        try:
            out.append(day.replace(day=d))
        except ValueError:
            continue  # no such day in the month
    return out, damaged


def _decided(options: list, low, high) -> bool:
    return len([c for c in options if low <= c <= high]) == 1


def measure_project(project: dict) -> dict[str, int]:
    """Counts for one project: its report dates and progress figures that
    hold an unwritable digit, and how many of them order decides with the
    true neighbours."""
    out = {"dates": 0, "dates_decided": 0, "progress": 0, "progress_decided": 0}
    reports = project.get("progress_reports") or []
    fy = project.get("fiscal_year")
    if fy is None:
        return out
    first, last = date(fy - 1, 10, 1), date(fy, 9, 30)
    days = [date.fromisoformat(r["report_date"]) for r in reports if r.get("report_date")]
    for i, day in enumerate(days):
        options, damaged = _day_candidates(day)
        if damaged:
            out["dates"] += 1
            low = days[i - 1] if i else first
            high = days[i + 1] if i + 1 < len(days) else last
            out["dates_decided"] += _decided(options, max(low, first), min(high, last))
    figures = [r["progress_pct"] for r in reports if r.get("progress_pct") is not None]
    for i, figure in enumerate(figures):
        whole = int(figure)
        options, damaged = candidates(whole)
        if damaged:
            out["progress"] += 1
            fraction = figure - whole
            low = figures[i - 1] if i else 0.0
            high = figures[i + 1] if i + 1 < len(figures) else 100.0
            out["progress_decided"] += _decided([o + fraction for o in options], low, min(high, 100.0))
    return out


def measure_set(root: Path) -> dict[str, int]:
    """Sum over a set's BMA progress documents printed in Thai digits."""
    total = {"documents": 0, "dates": 0, "dates_decided": 0, "progress": 0, "progress_decided": 0}
    for path in sorted((root / "clean").glob("bma_progress*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        if "digits_thai" not in expected.get("variants", ()):
            continue
        total["documents"] += 1
        for project in expected.get("projects", ()):
            for k, v in measure_project(project).items():
                total[k] += v
    return total


# ------------------------------------------------------------------ both bounds together

# What bench.sums counts, by the kinds the README names (a kind's facts: (form, its kinds))
SUM_KINDS = [
    ("BMA entry disbursed", ("entry disbursed",)),
    ("BMA budget_spent", ("budget_spent",)),
    ("BMA budget_allocated", ("budget_allocated",)),
    ("BMA expense amount", ("expense amount",)),
    ("BMA expense qty/unit", ("expense quantity", "expense unit_amount")),
    ("proposal line amount", ("proposal line amount",)),
    ("proposal line qty/unit", ("proposal line quantity", "proposal line unit_amount")),
    ("proposal total", ("proposal total",)),
    ("OBEC quarter figures", ("quarter planned", "quarter disbursed")),
    ("OBEC summary figures", ("summary planned", "summary disbursed", "summary not disbursed", "summary percentage")),
]
PHONES = ("owner_phone", "coordinator_phone")


def numeric_facts(expected: dict):
    """(column, value) of every numeric fact `make eval` scores in one expected file
    (tests.corpus.eval.numeric_facts: a NUMERIC column with a value, outside issues)."""
    # imported here: the order bound alone (candidates, measure_project) needs neither
    from pipeline.check import CHILD_TABLES
    from tests.corpus.eval import NUMERIC
    rows = [expected.get("document") or {}, expected.get("report_summary") or {}]
    for project in expected.get("projects", ()):
        rows.append({k: v for k, v in project.items() if k not in CHILD_TABLES})
        for table in CHILD_TABLES:
            rows.extend(project.get(table) or ())
    for row in rows:
        for column, value in row.items():
            if column in NUMERIC and value is not None:
                yield column, value


def measure_facts(root: Path, known: bool = False) -> dict:
    """A set's numeric facts, those of Thai-digit documents holding an unwritable digit,
    and how many of those order (report dates, progress) and sums (bench.sums) decide;
    phones no relation holds; the rest taken as decidable (generous)."""
    from bench.sums import Tally, measure_document  # it imports this module
    from tests.corpus.eval import unwritable
    out = {"facts": 0, "thai_unwritable": 0, "phones": 0}
    sums = Tally()
    phones_elsewhere = 0  # phones printed in Thai digits in a document that prints other figures in Arabic ones
    for path in sorted((root / "clean").glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        variants = expected.get("variants", ())
        thai = "digits_thai" in variants
        for column, value in numeric_facts(expected):
            out["facts"] += 1
            if thai and unwritable(column, value):
                out["thai_unwritable"] += 1
            if column in PHONES and "phone_thai_digits" in variants and unwritable(column, value):
                out["phones"] += 1
                phones_elsewhere += not thai
        sums.add(measure_document(expected, known))
    order = measure_set(root)
    out.update({k: order[k] for k in ("dates", "dates_decided", "progress", "progress_decided")})
    out["sums"] = {name: [sum(sums.damaged[k] for k in kinds), sum(sums.decided[k] for k in kinds)]
                   for name, kinds in SUM_KINDS}
    out["too_big"] = sums.too_big
    measured = out["dates"] + out["progress"] + out["phones"] + sum(d for d, _ in out["sums"].values())
    decided = out["dates_decided"] + out["progress_decided"] + sum(k for _, k in out["sums"].values())
    out["measured"], out["decided"] = measured, decided
    out["undecided"] = measured - decided
    out["others"] = out["thai_unwritable"] - (measured - phones_elsewhere)
    out["bound"] = (out["facts"] - out["undecided"]) / out["facts"] if out["facts"] else 1.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ceiling", description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders holding clean/ (default: the committed sets)")
    ap.add_argument("--json", help="write the counts here too")
    args = ap.parse_args(argv)
    roots = [Path(s) for s in (args.sets or COMMITTED)]
    missing = [str(r) for r in roots if not (r / "clean").is_dir()]
    if missing:
        print(f"bench.ceiling: no clean/ folder in {', '.join(missing)}", file=sys.stderr)
        return 2
    results = {str(r): measure_set(r) for r in roots}
    print("BMA progress documents printed in Thai digits: figures holding a digit OCR cannot write,")
    print("and how many order could decide even knowing their neighbours' true values\n")
    print(f"{'set':32} {'docs':>5} {'report dates':>14} {'decided':>8} {'progress':>9} {'decided':>8}")
    for name, r in results.items():
        print(f"{name:32} {r['documents']:>5} {r['dates']:>14} {r['dates_decided']:>8} {r['progress']:>9} "
              f"{r['progress_decided']:>8}")
    facts = {str(r): measure_facts(r) for r in roots}
    loose = {str(r): measure_facts(r, known=True) for r in roots}
    print("\nDocuments printed in Thai digits: amounts holding a digit OCR cannot write, and how many the")
    print("document's sums and products decide (bench.sums): decided / such facts, every figure of a sum")
    print("read (the brief's bound) [and with every figure free of such digits known right]\n")
    names = list(facts)
    short = [Path(n).name if Path(n).name != "corpus" else "corpus" for n in names]
    print(f"{'kind':24} " + " ".join(f"{s:>16}" for s in short))
    for kind, _ in SUM_KINDS:
        cells = [f"{facts[n]['sums'][kind][1]}/{facts[n]['sums'][kind][0]} [{loose[n]['sums'][kind][1]}]" for n in names]
        print(f"{kind:24} " + " ".join(f"{c:>16}" for c in cells))
    print(f"{'groups too big':24} " + " ".join(f"{facts[n]['too_big']:>16}" for n in names))
    print("\nThe most numeric facts that could be right after OCR (an upper bound): every fact but those of")
    print("Thai-digit documents holding an unwritable digit that neither order nor sums decide (report dates,")
    print("progress, amounts) or no relation holds (phones printed in Thai digits, in any document); the")
    print("other such facts of Thai-digit documents (years, codes, numbers, counts, quarters, dates other")
    print("than report dates...) and every fact of mixed-digit documents taken as decided\n")
    print(f"{'set':32} {'facts':>6} {'unwritable':>11} {'measured':>9} {'decided':>8} {'others':>7} "
          f"{'bound %':>8} {'[known]':>8}")
    for n in names:
        f = facts[n]
        print(f"{n:32} {f['facts']:>6} {f['thai_unwritable']:>11} {f['measured']:>9} {f['decided']:>8} "
              f"{f['others']:>7} {100 * f['bound']:>8.1f} {100 * loose[n]['bound']:>8.1f}")
    if args.json:
        out = {n: {"order": results[n], "facts": facts[n], "facts_known": loose[n]} for n in names}
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
