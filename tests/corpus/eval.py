"""`make eval`: raingan check over the samples, the clean corpus and its
OCR'd twin, side by side: F1 (soft) per form and per layout variant, clean
vs OCR'd, the accuracy of numeric facts, and what the repairs did; then the
same for the extra sets (tests/corpus/extra/, extra2/, extra3/ and extra4/:
more documents of the same generator, to work on beside the corpus; extra3
and extra4 have the later layout variants, extra4 alone the newer ones) and
the held-out set
(tests/corpus/heldout/: documents of the same generator that nobody tunes
on), to show whether a gain generalises.

    python -m tests.corpus.eval [--json FILE] [--misses N] [--ceiling [--ceiling-json FILE]]

The expected files are the same for the clean text and the OCR'd text: they
hold the truth, not what the OCR read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.check import Cell, CheckResult, Report, render_text, report_json, run_check

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
EXTRA = CORPUS / "extra"
EXTRA2 = CORPUS / "extra2"
EXTRA3 = CORPUS / "extra3"
EXTRA4 = CORPUS / "extra4"
HELDOUT = CORPUS / "heldout"
SAMPLES = ROOT / "samples"

# Columns whose values are numbers, dates, codes or years: the facts OCR
# damages digit by digit, and the ones the repairs work on.
NUMERIC = frozenset({
    "project_code", "fiscal_year_be", "fiscal_year", "start_date", "end_date", "budget_allocated", "budget_spent",
    "owner_phone", "coordinator_phone", "report_date", "progress_pct", "disbursed", "quantity", "unit_amount",
    "amount", "planned", "as_of_date", "n_projects", "n_completed", "n_in_progress", "n_not_started",
    "n_budgeted_projects", "budget_quarter", "budget_planned", "budget_disbursed", "budget_not_disbursed",
    "disbursed_pct", "period_months", "likelihood", "impact", "seq", "report_seq", "group_seq", "number", "quarter",
})


def numeric_facts(cells: list[Cell]) -> list[Cell]:
    """The expected numeric facts among `cells`."""
    return [c for c in cells if c.column in NUMERIC and c.expected is not None and c.table != "issues"]


def numeric_accuracy(cells: list[Cell]) -> tuple[int, int]:
    """(right, all) over the expected numeric facts (soft)."""
    facts = numeric_facts(cells)
    return sum(1 for c in facts if c.soft == "ok"), len(facts)


def printed_digits(column: str, value: Any) -> str:
    """The digits of a fact's value as the document prints them: a date as
    its day, month and Buddhist-era year, a Gregorian fiscal year as the BE
    one, money without the satang the form rarely prints ("59800.00" as
    59800), anything else as written."""
    text = str(value)
    if isinstance(value, str) and len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        year, month, day = text.split("-")
        return f"{int(day)}{int(month)}{int(year) + 543}"
    if column == "fiscal_year" and text.isdigit():
        return str(int(text) + 543)
    if text.endswith(".00"):
        text = text[:-3]
    return "".join(ch for ch in text if ch.isdigit())


def unwritable(column: str, value: Any) -> bool:
    """Whether a fact's value, printed (printed_digits), holds a 4, 6, 7, 8
    or 9: digits the OCR'd twins' engine cannot write in Thai."""
    return bool(set(printed_digits(column, value)) & set("46789"))


MISREAD_KINDS = ("unwritable, read wrong", "unwritable, unread", "unread", "฿ read as a digit", "other misread")


def misread_kinds(cells: list[Cell], tags: dict[str, set[str]]) -> tuple[Counter, Counter]:
    """The numeric misses (numeric_facts not right) by kind (MISREAD_KINDS)
    and the (true, read) digit pairs of the wrong ones read at the true
    value's number of digits.  Unwritable as in the table of Thai- and
    mixed-digit documents: the true value holds a 4, 6, 7, 8 or 9."""
    kinds: Counter = Counter()
    pairs: Counter = Counter()
    for c in numeric_facts(cells):
        if c.soft == "ok":
            continue
        thai = bool(tags.get(c.document, set()) & {"digits_thai", "digits_mixed"})
        lost = thai and unwritable(c.column, c.expected)
        want = printed_digits(c.column, c.expected)
        got = printed_digits(c.column, c.got) if c.got is not None else ""
        if c.got is None:
            kinds["unwritable, unread" if lost else "unread"] += 1
        elif got[:1] in "83" and got[1:] == want:
            kinds["฿ read as a digit"] += 1
        else:
            kinds["unwritable, read wrong" if lost else "other misread"] += 1
            if len(want) == len(got):
                pairs.update((a, b) for a, b in zip(want, got) if a != b)
    return kinds, pairs


def pct(n: float) -> str:
    return f"{100 * n:.1f}"


def run(label: str, expected: list[Path], sources: Path | None = None, repair: bool = True) -> CheckResult:
    os.environ["RAINGAN_REPAIR"] = "1" if repair else "0"
    try:
        # in this process (one worker): a worker pool's fork server keeps the environment it started with
        return run_check(expected, sources=sources, label=label, workers=1)
    finally:
        os.environ.pop("RAINGAN_REPAIR", None)


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))) for r in rows]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses of each run")
    parser.add_argument("--wrong-repairs", action="store_true",
                        help="list each wrong repair (a value_repaired issue whose chosen value is not the truth): "
                             "the run, document, field, lines, rule, printed and chosen value and the truth")
    parser.add_argument("--sets", type=Path, nargs="+", metavar="DIR",
                        help="score only these sets instead of the committed ones: folders laid out as the "
                             "corpus (clean/ with the expected files, ocr/ with the OCR'd text), such as a fresh "
                             "set made with tests/corpus/generate.py and tests/corpus/ocr_twin.py")
    parser.add_argument("--ceiling", action="store_true",
                        help="also classify each OCR'd run's numeric facts as right, missed but decidable in "
                             "principle, or missed and undecidable under issue 11's rule, and print the ceiling "
                             "(tests/corpus/ceiling.py states the model)")
    parser.add_argument("--ceiling-model", action="store_true",
                        help="with --ceiling, read each printing by the digit model instead of as the OCR'd twin "
                             "reads it (the optimistic ceiling of the eighty-first session)")
    parser.add_argument("--ceiling-json", type=Path, metavar="FILE",
                        help="with --ceiling, write each numeric fact that is not right, with its verdict, here")
    args = parser.parse_args(argv)

    have_ocr: list[Path] = []
    results: dict[str, CheckResult] = {}
    # each set by its folder's name, or with its parent's where two share a name (/tmp/a/set1, /tmp/b/set1)
    names_ = [d.name for d in args.sets or ()]
    homes: tuple[tuple[str, Path], ...] = tuple(
        (d.name if names_.count(d.name) == 1 else f"{d.parent.name}/{d.name}", d) for d in args.sets or ())
    if not args.sets:
        samples = sorted(SAMPLES.glob("*.expected.json"))
        corpus = sorted((CORPUS / "clean").glob("*.expected.json"))
        ocr_dir = CORPUS / "ocr"
        have_ocr = [p for p in corpus if (ocr_dir / p.name.replace(".expected.json", ".txt")).exists()]
        results = {"samples": run("samples", samples), "clean": run("clean", corpus)}
        if have_ocr:
            results["ocr"] = run("ocr", have_ocr, ocr_dir)
            unrepaired = run("ocr unrepaired", have_ocr, ocr_dir, repair=False)
        homes = (("extra", EXTRA), ("extra2", EXTRA2), ("extra3", EXTRA3), ("extra4", EXTRA4), ("held-out", HELDOUT))
    for label, home in homes:
        clean = sorted((home / "clean").glob("*.expected.json"))
        ocr = [p for p in clean if (home / "ocr" / p.name.replace(".expected.json", ".txt")).exists()]
        if clean:
            results[label] = run(label, clean)
        if ocr:
            results[f"{label} ocr"] = run(f"{label} ocr", ocr, home / "ocr")
    runs = {n: r.report for n, r in results.items()}
    names = list(runs)

    by_form = {n: r.counts(lambda c: c.form) for n, r in runs.items()}
    forms = sorted({f for counts in by_form.values() for f in counts})
    def per_form(measure) -> list[list[str]]:
        return [[form] + [measure(n, form) for n in names] for form in forms + ["all"]]

    def f1(n: str, form: str) -> str:
        c = runs[n].total() if form == "all" else by_form[n].get(form)
        return pct(c.f1) if c else "-"

    def cells_of(n: str, form: str) -> list[Cell]:
        return [c for c in runs[n].cells if form == "all" or c.form == form]

    def numeric(n: str, form: str) -> str:
        right, total = numeric_accuracy(cells_of(n, form))
        return pct(right / total) if total else "-"

    def silent(n: str, form: str) -> str:
        misses = [c for c in cells_of(n, form) if c.soft != "ok"]
        return f"{sum(1 for c in misses if not c.flagged)}/{len(misses)}"

    def silent_here(n: str, form: str) -> str:
        misses = [c for c in cells_of(n, form) if c.soft != "ok"]
        return f"{sum(1 for c in misses if not c.flagged_here)}/{len(misses)}"

    print("raingan eval: soft F1 (%) per form\n")
    print(table(per_form(f1), ["form"] + names))
    print("\nnumeric facts right (%) per form (dates, amounts, percentages, codes, years, counts)\n")
    print(table(per_form(numeric), ["form"] + names))
    print("\nsilent misses / misses per form (silent: no issue of the project names the field)\n")
    print(table(per_form(silent), ["form"] + names))
    print("\nsilent at the row / misses (no issue names the field, or its table, at the lines of the row)\n")
    print(table(per_form(silent_here), ["form"] + names))

    # The engine behind the OCR'd twins (tesseract's `tha` model) cannot
    # write ๔ ๖ ๗ ๘ ๙ or ฿ at all: a number printed in Thai digits is read
    # only through the document's redundancy, so numeric facts are split by
    # the script the document prints its digits in.
    scripts = ("digits_arabic", "digits_mixed", "digits_thai")
    srows = []
    for n in names:
        tags = {e.name: set(e.variants) for e in results[n].report.expected}
        row = [n]
        for script in scripts:
            right, total = numeric_accuracy([c for c in runs[n].cells if script in tags.get(c.document, ())])
            row.append(f"{pct(right / total)} ({total})" if total else "-")
        srows.append(row)
    print("\nnumeric facts right (%) by the script of the document's digits (facts)\n")
    print(table(srows, ["run", *scripts]))

    # Of those, the facts whose true value holds a 4, 6, 7, 8 or 9 as printed (unwritable): in
    # Thai digits, OCR cannot have read them, and only a repair can be right;
    # the others OCR could read as printed. Silent: misses no issue names.
    urows = []
    for n in names:
        if not n.endswith("ocr"):
            continue
        tags = {e.name: set(e.variants) for e in results[n].report.expected}
        row = [n]
        for script in ("digits_thai", "digits_mixed"):
            for held in (False, True):
                facts = [c for c in numeric_facts(runs[n].cells) if script in tags.get(c.document, ())
                         and unwritable(c.column, c.expected) == held]
                right = sum(1 for c in facts if c.soft == "ok")
                silent_ = sum(1 for c in facts if c.soft != "ok" and not c.flagged)
                row.append(f"{pct(right / len(facts))} ({len(facts)}; {silent_} silent)" if facts else "-")
        urows.append(row)
    if urows:
        print("\nnumeric facts right (%) of Thai- and mixed-digit documents, by whether the true value holds a "
              "4, 6, 7, 8 or 9\n(digits the OCR model cannot write when printed in Thai; facts; silent misses)\n")
        print(table(urows, ["run", "thai: 0-3, 5 only", "thai: 4 6 7 8 9", "mixed: 0-3, 5 only", "mixed: 4 6 7 8 9"]))

    # The numeric misses of each OCR'd run by kind: the misreads no repair mended, counted (issue 11 asks
    # for them), with the commonest digit confusions of the misreads read at the true value's length.
    krows, confusions = [], {}
    for n in names:
        if n.endswith("ocr"):
            kinds, confusions[n] = misread_kinds(runs[n].cells, {e.name: set(e.variants)
                                                                 for e in results[n].report.expected})
            krows.append([n, *(str(kinds[k]) for k in MISREAD_KINDS), str(sum(kinds.values()))])
    if krows:
        print("\nnumeric misses after OCR by kind (unwritable: the true value, in a Thai- or mixed-digit document, "
              "holds a digit the OCR model cannot write)\n")
        print(table(krows, ["run", *MISREAD_KINDS, "all"]))
        for n, counts in confusions.items():
            print(f"  {n}: commonest digit confusions (true -> read): "
                  + ", ".join(f"{a}->{b} ({k})" for (a, b), k in counts.most_common(8)))

    variants = defaultdict(dict)
    for n in ("clean", "ocr"):
        if n in runs:
            for v, c in runs[n].by_variant().items():
                variants[v][n] = c
    vrows = [[v] + [pct(variants[v][n].f1) if n in variants[v] else "-" for n in ("clean", "ocr") if n in runs]
             for v in sorted(variants, key=lambda v: (variants[v].get("ocr", variants[v]["clean"]).f1, v))]
    if vrows:
        print("\nper layout variant (corpus), worst first:\n")
        print(table(vrows, ["variant"] + [f"F1 {n}" for n in ("clean", "ocr") if n in runs]))
    if "ocr" not in runs and not args.sets:
        print("\n(no OCR'd twin found in tests/corpus/ocr: run `make ocr-corpus` where tesseract is installed)")
    # The layouts the corpus does not have (extra3's later variants, extra4's newer ones): each
    # variant's F1 on the sets made with it, so a layout new to the parsers shows by name.
    corpus_tags = {t for e in results["clean"].report.expected for t in e.variants} if "clean" in results else set()
    late_runs = [n for n in (("extra3", "extra3 ocr", "extra4", "extra4 ocr") if not args.sets else names) if n in runs]
    late = {n: runs[n].by_variant() for n in late_runs}
    late_tags = sorted({t for n in late_runs for t in late[n]} - corpus_tags,
                       key=lambda t: (min(late[n][t].f1 for n in late_runs if t in late[n]), t))
    if late_tags:
        print("\nper layout variant, worst first:\n" if args.sets else
              "\nper layout variant the corpus lacks (the later and newer variants), worst first:\n")
        print(table([[t] + [pct(late[n][t].f1) if t in late[n] else "-" for n in late_runs] for t in late_tags],
                    ["variant"] + [f"F1 {n}" for n in late_runs]))
    print("\nrepairs (value_repaired issues checked against the truth):\n")
    judged = {n: judge_repairs(result) for n, result in results.items()}  # each run's repairs judged once
    rrows = []
    for n, (verdicts, flagged) in judged.items():
        right, wrong, ambiguous = repair_figures(verdicts, flagged)
        unjudged = sum(1 for i in results[n].output.tables.get("issues", [])
                       if i["code"] == "value_repaired" and i.get("field")) - len(verdicts)
        by_letters = len(wrong_repairs(results[n], letters=True))
        rrows.append([n, str(right + wrong), str(right), str(by_letters), str(wrong),
                      pct(wrong / (right + wrong)) if right + wrong else "-", str(ambiguous), str(unjudged)])
    # not judged: a repair on a row the truth does not hold (an extra row), on lines no scored cell of its field
    # stands on, or whose value a later repair changed (a text's marks put back after its cell was mended).
    # right by letters: of the right, the text repairs right by the letters they changed whose field is wrong for
    # damage the rule did not touch (letters_right; listed with --wrong-repairs): counted wrong before
    print(table(rrows, ["run", "repairs", "right", "of them by letters", "wrong", "wrong %", "ambiguous (flagged)",
                        "not judged"]))
    by_rule = {n: repairs_by_rule(verdicts) for n, (verdicts, _) in judged.items() if "ocr" in n}
    rules = sorted({rule for counts in by_rule.values() for rule in counts},
                   key=lambda rule: (-sum(c.get(rule, (0, 0))[1] for c in by_rule.values()), rule))
    if rules:
        print("\nrepairs by the rule that chose them (right / wrong; a rule that is wrong anywhere first):\n")
        print(table([[rule] + [f"{c[rule][0]} / {c[rule][1]}" if rule in c else "-" for c in by_rule.values()]
                     for rule in rules], ["rule"] + list(by_rule)))
    letters = {n: text_repairs_by_rule(result) for n, result in results.items() if "ocr" in n}
    text_rules = sorted({rule for counts in letters.values() for rule in counts})
    if text_rules:
        print("\ntext repairs letter by letter against the truth (closer / as far / farther, by the letters and "
              "marks, spaces aside; the soft comparison above forgives marks, this does not):\n")
        print(table([[rule] + ["/".join(map(str, c[rule])) if rule in c else "-" for c in letters.values()]
                     for rule in text_rules], ["rule"] + list(letters)))
    if have_ocr:
        before, after = numeric_accuracy(unrepaired.report.cells), numeric_accuracy(results["ocr"].report.cells)
        print(f"\nnumeric facts on the OCR'd twin: {pct(before[0] / before[1])} % right before repair, "
              f"{pct(after[0] / after[1])} % after; all fields F1 {pct(unrepaired.report.total().f1)} % before, "
              f"{pct(results['ocr'].report.total().f1)} % after")
    if args.wrong_repairs:
        print("\nwrong repairs (run, document, field, lines, rule: printed -> chosen; the truth):")
        for n, result in results.items():
            for doc, issue, evidence, truth in wrong_repairs(result):
                print(f"  {n}  {doc}  {issue['field']}  (lines {issue['line_start']}-{issue['line_end']})  "
                      f"{evidence.get('rule')}: {evidence.get('printed')!r} -> {evidence.get('chosen')!r}; "
                      f"expected {truth!r}")
        print("\ntext repairs right by the letters they changed, their field wrong for damage the rule did not touch "
              "(counted right; the field counted among the misses):")
        for n, result in results.items():
            for doc, issue, evidence, truth in wrong_repairs(result, letters=True):
                print(f"  {n}  {doc}  {issue['field']}  (lines {issue['line_start']}-{issue['line_end']})  "
                      f"{evidence.get('rule')}: {evidence.get('printed')!r} -> {evidence.get('chosen')!r}; "
                      f"expected {truth!r}")
    if args.ceiling:
        from tests.corpus import ceiling

        verdicts = {n: ceiling.classify_run([e.path for e in results[n].report.expected],
                                            [{"document": c.document, "table": c.table, "column": c.column,
                                              "row": c.row, "expected": c.expected} for c in runs[n].misses()],
                                            NUMERIC, observed=not args.ceiling_model)
                    for n in names if n.endswith("ocr")}
        print("\n" + ceiling.render(verdicts, observed=not args.ceiling_model))
        if args.ceiling_json:
            ceiling.write_json(verdicts, args.ceiling_json)
    if args.misses:
        for r in runs.values():
            print("\n" + render_text(r, args.misses))
    if args.json:
        data = {n: report_json(r) for n, r in runs.items()}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def repair_figures(verdicts: list[tuple[str, bool]], flagged: set) -> tuple[int, int, int]:
    """(right, wrong, ambiguous) from judge_repairs' verdicts and flagged repairs."""
    right = sum(1 for _, ok in verdicts if ok)
    return right, len(verdicts) - right, len(flagged)


def repairs_by_rule(verdicts: list[tuple[str, bool]]) -> dict[str, tuple[int, int]]:
    """rule (the evidence's `rule`) -> (right, wrong) repairs it made."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule, ok in verdicts:
        out[rule][0 if ok else 1] += 1
    return {rule: (right, wrong) for rule, (right, wrong) in out.items()}


def _repair_cells(result: CheckResult, issue: dict, docs: dict, cells: dict) -> list[Cell]:
    """The check's cells a value_repaired issue speaks of: same document and
    field, lines overlapping, holding the chosen value."""
    chosen = json.loads(issue["evidence"]).get("chosen")
    return [c for c in cells.get((docs.get(issue["doc_id"], ""), issue["field"]), [])
            if c.lines[0] is not None and issue["line_start"] is not None
            and c.lines[0] <= issue["line_end"] and issue["line_start"] <= c.lines[1] and str(c.got) == str(chosen)]


def text_repairs_by_rule(result: CheckResult) -> dict[str, tuple[int, int, int]]:
    """rule -> (closer, as far, farther): each repair of a text (a column
    not in NUMERIC) by the Levenshtein distance of the printed
    and of the chosen text to the truth, exact to the mark, spaces aside (OCR
    and the page's wrap place them; the soft comparison forgives marks too)."""
    from rapidfuzz.distance import Levenshtein

    docs = {d["doc_id"]: Path(d["source_path"]).name.removesuffix(".txt") for d in result.output.tables["documents"]}
    cells: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for c in result.report.cells:
        cells[(c.document, c.field_name)].append(c)
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for issue in result.output.tables.get("issues", []):
        if issue["code"] != "value_repaired" or not issue.get("field"):
            continue
        evidence = json.loads(issue["evidence"])
        printed, chosen = evidence.get("printed"), evidence.get("chosen")
        if not (isinstance(printed, str) and isinstance(chosen, str)) or issue["field"].split(".")[-1] in NUMERIC:
            continue
        truths = [c.expected for c in _repair_cells(result, issue, docs, cells) if isinstance(c.expected, str)]
        if not truths:
            continue
        truth = "".join(truths[0].split())
        before = Levenshtein.distance("".join(printed.split()), truth)
        after = Levenshtein.distance("".join(chosen.split()), truth)
        out[str(evidence.get("rule") or "(none)")][0 if after < before else 1 if after == before else 2] += 1
    return {rule: tuple(c) for rule, c in out.items()}


def wrong_repairs(result: CheckResult, letters: bool = False) -> list[tuple[str, dict, dict, Any]]:
    """The wrong repairs of judge_repairs: (document, issue, evidence, the
    truth of the cell the repair set); with `letters`, the text repairs it
    counts right by the letters they changed, their field wrong (letters_right)."""
    docs = {d["doc_id"]: Path(d["source_path"]).name.removesuffix(".txt") for d in result.output.tables["documents"]}
    cells: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for c in result.report.cells:
        cells[(c.document, c.field_name)].append(c)
    out = []
    for issue in result.output.tables.get("issues", []):
        if issue["code"] != "value_repaired" or not issue.get("field"):
            continue
        candidates = _repair_cells(result, issue, docs, cells)
        if candidates and not any(c.soft == "ok" for c in candidates):
            wrong = [c for c in candidates if c.soft == "wrong"]
            evidence = json.loads(issue["evidence"])
            if wrong and letters != any(letters_right(issue, evidence, c) for c in wrong):
                continue
            if wrong:
                out.append((docs.get(issue["doc_id"], ""), issue, evidence, wrong[0].expected))
    return out


def judge_repairs(result: CheckResult) -> tuple[list[tuple[str, bool]], set]:
    """Each value_repaired issue against the check's cell for the same
    document, field and lines: (its rule, True when the repaired value is
    the truth); a repair on a row the truth does not hold is not judged.
    With them, the repair_ambiguous issues (each counted once)."""
    docs = {d["doc_id"]: Path(d["source_path"]).name.removesuffix(".txt") for d in result.output.tables["documents"]}
    cells: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for c in result.report.cells:
        cells[(c.document, c.field_name)].append(c)
    judged: list[tuple[str, bool]] = []
    flagged = set()  # an ambiguous repair given once per project it concerns counts once
    for issue in result.output.tables.get("issues", []):
        if issue["code"] == "repair_ambiguous":
            flagged.add((issue["doc_id"], issue["field"], issue["line_start"], issue["line_end"], issue["message"]))
        if issue["code"] != "value_repaired" or not issue.get("field"):
            continue
        evidence = json.loads(issue["evidence"])
        candidates = _repair_cells(result, issue, docs, cells)
        rule = str(evidence.get("rule") or "(none)")
        if any(c.soft == "ok" for c in candidates):
            judged.append((rule, True))
        elif any(c.soft == "wrong" for c in candidates):
            judged.append((rule, any(letters_right(issue, evidence, c) for c in candidates if c.soft == "wrong")))
    return judged, flagged


def letters_right(issue: dict, evidence: dict, cell: Cell) -> bool:
    """Whether a text repair whose field is still wrong is right by the letters it changed: it changed few of
    the printed text's letters (fewer than half: a few letters mended, not a text put in place of another), and
    each of them is the truth's (the chosen text lies on a shortest way of edits from the printed one to the
    truth, exact to the mark, spaces aside, as text_repairs_by_rule measures; the text as read where the evidence
    prints the piece the rule changed alone, ordinal_word's "มตุท"): the field is wrong for damage the rule did
    not touch ("นก เรียน...สูงขืน" -> "...สูงขึ้น" for "นักเรียน...สูงขึ้น": the rule's ึ and ้ are the truth's, the
    ั OCR lost is not its).  Such a repair chose no wrong letter, and its field is a miss still,
    counted among the misses (with the issue that names it); a repair of a number, or one a letter of which is
    not the truth's (a mark put into words the field should not hold at all), is judged by its value."""
    from rapidfuzz.distance import Levenshtein

    printed, chosen, read = evidence.get("printed"), evidence.get("chosen"), evidence.get("read")
    if isinstance(printed, str) and isinstance(read, str) and printed in read:
        printed = read  # the text as read, where the evidence prints the piece the rule changed ("มตุท" in "มตุท๑ ...")
    if issue["field"].split(".")[-1] in NUMERIC or not all(isinstance(t, str) for t in (printed, chosen, cell.expected)):
        return False
    p, c, t = ("".join(text.split()) for text in (printed, chosen, cell.expected))
    changed = Levenshtein.distance(p, c)
    return 0 < changed and 2 * changed < len(p) \
        and changed + Levenshtein.distance(c, t) == Levenshtein.distance(p, t)


if __name__ == "__main__":
    sys.exit(main())
