"""The forms' labels as OCR prints them, swept over sets of documents.

    python -m tests.corpus.labels_sweep SETDIR... [--scores S.json...] [--min-sets 2]

A SETDIR is laid out as the corpus is (clean/ with the generator's texts,
ocr/ with their OCR'd twins of the same names).  The labels are read from
the parsers' source: the literal words given to mark_tolerant/ocr_tolerant,
the anchors' printed words (Anchor(key, words, ...)), and the Thai words of
the parsers' other string constants (regexes such as the OBEC quarter word's,
which had no tolerance at all), each matched as its parser matches it
(the tolerant regex, the form's AnchorSet.scan, the literal word).

For each document and label whose clean twin matches more often than its OCR
text (both as the parsers read them, after pipeline.clean.clean_lines), each
OCR line holding a span close to the label (rapidfuzz, 80 or more, at most
two letters short) that the label's pattern does not match there, and that
the clean twin does not print (so no other word of the form), is one
*spelling* (not where a tab or a wide gap stands inside the span: two cells'
words side by side, a layout's matter).  Printed per (form, label, spelling): occurrences, documents, sets
and, given score files of `tests.corpus.eval --json` over the same sets, the
OCR misses whose lines (a span of at most 30) hold or touch the spelling's
line: a label OCR damaged that no parser takes costs its section's fields.

A spelling seen here is not yet a miss: most are absorbed by the readers that
do not start from the label (the seventy-fifth session replaced eight of the
spellings seen in the most sets by their labels in the OCR texts of every
document printing them, 106 documents in all: the scores moved by 5 misses,
four of them in one document).  Check
a candidate so (mend the OCR copy, score it) before loosening a pattern.
"""

from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import re
from collections import defaultdict
from pathlib import Path

import regex
from rapidfuzz import fuzz

from normalizers.text import mark_tolerant, ocr_tolerant, skeleton, skeleton_at
from pipeline.clean import clean_lines

ROOT = Path(__file__).resolve().parents[2]
FORMS = ("bma_progress", "bma_proposal", "obec_progress")
_TOLERANT_RE = re.compile(r"""(mark_tolerant|ocr_tolerant)\(\s*(["'])([^"']+)\2""")
_ANCHOR_RE = re.compile(r"""Anchor\(\s*"([^"]+)",\s*"([^"]+)\"""")
_THAI_WORD_RE = re.compile(r"[\u0e01-\u0e4e]{4,}")
_GAP_RE = re.compile(r"\t| {2,}")
NEAR = 30  # a miss's span of lines at most this long is tied to a spelling on or next to it


def form_of(doc: str) -> str:
    return "obec_progress" if doc.startswith("obec") else "bma_proposal" if "proposal" in doc else "bma_progress"


def _constants(tree: ast.AST):
    """The string constants of a module, its docstrings left out."""
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            docs.add(id(node.body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node.value


def labels(root: Path = ROOT) -> dict[tuple[str, str], str]:
    """(form or "*", label) -> how its parser matches it: mark_tolerant, ocr_tolerant, anchor, literal."""
    out: dict[tuple[str, str], str] = {}
    files = sorted(glob.glob(str(root / "parsers" / "**" / "*.py"), recursive=True))
    for f in files:
        rel = os.path.relpath(f, root / "parsers")
        form = rel.split(os.sep)[0] if os.sep in rel else "*"
        src = open(f, encoding="utf-8").read()
        for m in _TOLERANT_RE.finditer(src):
            if len(skeleton(m.group(3))) >= 4 and re.search("[\u0e01-\u0e2e]", m.group(3)):
                out.setdefault((form, m.group(3)), m.group(1))
        for m in _ANCHOR_RE.finditer(src):
            out.setdefault((form, m.group(2)), "anchor")
    named = {lab for _, lab in out}  # a word some parser matches tolerantly is swept as that parser matches it
    for f in files:
        rel = os.path.relpath(f, root / "parsers")
        form = rel.split(os.sep)[0] if os.sep in rel else "*"
        for c in _constants(ast.parse(open(f, encoding="utf-8").read())):
            for w in _THAI_WORD_RE.findall(c):
                if len(skeleton(w)) >= 4 and w not in named:
                    out.setdefault((form, w), "literal")
    return out


def _anchor_sets():
    from parsers.bma_progress.fields import ANCHORS as progress
    from parsers.bma_proposal.fields import ANCHORS as proposal
    from parsers.obec_progress.anchors import ANCHORS as obec
    return {"bma_progress": progress, "bma_proposal": proposal, "obec_progress": obec}


def sweep(sets: list[str], found: dict[tuple[str, str], str]) -> list[tuple]:
    """Rows (set, document, form, label, kind, spelling, OCR line numbers)."""
    anchor_sets = _anchor_sets()
    pats = {}
    for (form, lab), kind in found.items():
        if kind == "literal":
            pats[(form, lab)] = regex.compile(regex.escape(lab))
        else:
            pats[(form, lab)] = regex.compile((ocr_tolerant if kind == "ocr_tolerant" else mark_tolerant)(lab))
    rows = []
    for s in sets:
        name = os.path.basename(s.rstrip("/"))
        for o in sorted(glob.glob(os.path.join(s, "ocr", "*.txt"))):
            doc = os.path.basename(o)[:-4]
            c = os.path.join(s, "clean", doc + ".txt")
            if not os.path.exists(c):
                continue
            dform = form_of(doc)
            clean = "\n".join(ln.text for ln in clean_lines(open(c, encoding="utf-8").read())[0])
            read = clean_lines(open(o, encoding="utf-8").read())[0]
            ocr = "\n".join(ln.text for ln in read)
            olines, clean_sk = None, None
            for (form, lab), p in pats.items():
                if form not in ("*", dform):
                    continue
                want = len(p.findall(clean))
                if not want or len(p.findall(ocr)) >= want:
                    continue
                if olines is None:
                    olines = [(ln.no, *skeleton_at(ln.text), ln.text) for ln in read]
                    clean_sk = skeleton(clean)
                sk = skeleton(lab)
                kind = found[(form, lab)]
                spellings = defaultdict(list)
                for no, lsk, where, line in olines:
                    if len(lsk) < len(sk) * 0.7:
                        continue
                    a = fuzz.partial_ratio_alignment(sk, lsk, score_cutoff=80)
                    if a is None or a.dest_end <= a.dest_start:
                        continue
                    sub = lsk[a.dest_start:a.dest_end]
                    if len(sub) < len(sk) - 2 or fuzz.ratio(sk, sub) < 80 or sub in clean_sk:
                        continue
                    start, end = where[a.dest_start], where[a.dest_end - 1] + 1
                    if _GAP_RE.search(line, start, end):  # a column's gap inside: two cells' words, a layout's
                        continue
                    if p.search(line[max(0, start - 3):end + 4]):
                        continue
                    if kind == "anchor" and any(h.anchor.text == lab for h in anchor_sets[dform].scan(line)):
                        continue
                    spellings[line[start:end]].append(no)
                rows.extend((name, doc, dform, lab, kind, sp, nos) for sp, nos in spellings.items())
    return rows


def ocr_misses(paths: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Per document, the line spans of its OCR misses in the score files."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p in paths:
        for run, r in json.load(open(p, encoding="utf-8")).items():
            if run.endswith("ocr"):
                for m in r["misses"]:
                    a, b = m.get("lines") or (None, None)
                    if a is not None and b is not None and b - a <= NEAR:
                        out[m["document"]].append((a, b))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--scores", nargs="*", default=[], help="tests.corpus.eval --json files over the same sets")
    ap.add_argument("--min-sets", type=int, default=2)
    args = ap.parse_args(argv)
    rows = sweep(args.sets, labels())
    misses = ocr_misses(args.scores)
    agg: dict[tuple, list] = defaultdict(lambda: [0, set(), set(), 0])
    for s, doc, form, lab, kind, sp, nos in rows:
        e = agg[(form, lab, kind, sp)]
        e[0] += len(nos)
        e[1].add(doc)
        e[2].add(s)
        e[3] += sum(1 for a, b in misses.get(doc, []) if any(a - 3 <= n <= b + 3 for n in nos))
    print(f"{'near':>5} {'seen':>5} {'docs':>4} {'sets':>4}  form           kind          label | OCR spelling")
    for (form, lab, kind, sp), (n, docs, sets, near) in sorted(agg.items(), key=lambda kv: (-kv[1][3], -len(kv[1][2]))):
        if len(sets) >= args.min_sets:
            print(f"{near:5d} {n:5d} {len(docs):4d} {len(sets):4d}  {form:14s} {kind:13s} {lab} | {sp!r}")


if __name__ == "__main__":
    main()
