"""Measure what OCR reads for each printed digit: the confusion table.

Aligns each document's clean text with its OCR'd twin (a set's clean/ and
ocr/ folders, as tests/corpus/ocr_twin.py makes them) and, inside every
number of the clean text whose shape survived OCR (the OCR'd span has the
same length, the same separators in the same places, and no digit right
before or after it), counts printed -> read for each digit position: a
Thai or Arabic digit read as itself, as another digit (either script) or as
a look-alike character.

    python -m bench.numtable [--top N] [--json OUT] SETDIR...

SETDIR is a folder holding clean/ and ocr/ (tests/corpus, tests/corpus/extra,
a fresh set...); with none, the committed sets.  The text table lists, per
printed Thai digit, what it was read as, and the commonest misreads overall;
`--compare` sets the measured table beside normalizers.confusions' tables
(MISREADS, LOOKALIKES) and parsers.bma_proposal.years.UNWRITTEN_READS.
Deterministic: the same files give the same counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import regex

COMMITTED = ["tests/corpus", "tests/corpus/extra", "tests/corpus/extra2", "tests/corpus/extra3",
             "tests/corpus/extra4", "tests/corpus/heldout"]
THAI = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI, "0123456789")
_DIGIT = regex.compile(r"[0-9๐-๙]")
# a number of the clean text: digits, with separators between them
NUMBER_RE = regex.compile(r"[0-9๐-๙]+(?:[,./:\-][0-9๐-๙]+)*")
_MARKUP = regex.compile(r"[*\\#|]")


def _compact(text: str, clean: bool) -> str:
    """The text as one line of words: markup gone (clean side), the
    decomposed sara am OCR writes (nikhahit + aa) composed, spaces single."""
    if clean:
        text = _MARKUP.sub(" ", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    return " ".join(text.split())


def _char_map(a: str, b: str) -> list[int | None]:
    """For each index of `a`, the index of `b` it aligns with (None where
    deleted); a replaced run of equal length maps position by position.
    Only the characters around a number are taken from it (a misread that
    makes a digit equal its neighbour aligns as a deletion and an insertion,
    which would hide the misread)."""
    out: list[int | None] = [None] * len(a)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                out[i1 + k] = j1 + k
    return out


def _blocks(clean: str, ocr: str) -> list[tuple[str, str]]:
    """Pairs of clean and OCR'd stretches that stand for each other: the
    word sequences are aligned first (equal words pair whole), and each
    stretch of differing words is paired with the OCR'd stretch opposite."""
    cw, ow = clean.split(" "), ocr.split(" ")
    out = []
    sm = SequenceMatcher(None, cw, ow, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out += [(w, w) for w in cw[i1:i2]]
        elif tag == "replace":
            out.append((" ".join(cw[i1:i2]), " ".join(ow[j1:j2])))
    return out


def pairs_of(clean_text: str, ocr_text: str) -> Counter:
    """(printed, read) -> count over the numbers of one document whose
    shape survived."""
    counts: Counter = Counter()
    for a, b in _blocks(_compact(clean_text, True), _compact(ocr_text, False)):
        if not _DIGIT.search(a):
            continue
        if len(a) > 4000 or len(b) > 4000:  # a stretch too long to align char by char: left out
            continue
        cmap = None if a == b else _char_map(a, b)
        for m in NUMBER_RE.finditer(a):
            s, e = m.span()
            if cmap is None:
                span = m.group()
            else:  # the OCR'd span between the characters around the number, where they align
                left = 0 if s == 0 else cmap[s - 1]
                right = len(b) if e == len(a) else cmap[e]
                if left is None or right is None:
                    continue
                span = b[left + (s > 0):right]
            if len(span) != e - s or any(not _DIGIT.match(p) and p != r for p, r in zip(m.group(), span)):
                continue
            if any(_DIGIT.match(p) and r.isspace() for p, r in zip(m.group(), span)):
                continue
            for p, r in zip(m.group(), span):
                if _DIGIT.match(p):
                    counts[(p, r)] += 1
    return counts


def measure(setdirs: list[Path]) -> Counter:
    counts: Counter = Counter()
    for d in setdirs:
        for clean in sorted((d / "clean").glob("*.txt")):
            ocr = d / "ocr" / clean.name
            if ocr.exists():
                counts += pairs_of(clean.read_text(encoding="utf-8"), ocr.read_text(encoding="utf-8"))
    return counts


def misreads(counts: Counter, thai_only: bool = True) -> list[tuple[str, str, int]]:
    """(printed, read, count) of the pairs where the read character is not
    the printed digit (in either script), commonest first."""
    out = [(p, r, n) for (p, r), n in counts.items()
           if r.translate(_TO_ARABIC) != p.translate(_TO_ARABIC) and (not thai_only or p in THAI)]
    return sorted(out, key=lambda x: (-x[2], x[0], x[1]))


def table(counts: Counter) -> dict[str, dict[str, int]]:
    """printed digit (Thai, Arabic form) -> {read character: count}, the
    read character as a Thai digit's Arabic form, an Arabic digit read with
    an "A" before it ("A5": an Arabic 5 where ๖ was printed), or the
    look-alike itself; Arabic digits printed as such are left out."""
    out: dict[str, Counter] = {}
    for (p, r), n in counts.items():
        if p in THAI:
            key = r.translate(_TO_ARABIC) if r in THAI else "A" + r if "0" <= r <= "9" else r
            out.setdefault(p.translate(_TO_ARABIC), Counter())[key] += n
    return {p: dict(c.most_common()) for p, c in sorted(out.items())}


def compare(tab: dict[str, dict[str, int]], min_count: int = 3) -> list[str]:
    """Lines setting the measured misreads beside the code's tables."""
    from normalizers.confusions import LOOKALIKES, MISREADS
    from parsers.bma_proposal.years import UNWRITTEN_READS
    lines = ["printed  total  read right  measured misreads (>= %d)  MISREADS  UNWRITTEN_READS  "
             "look-alikes (LOOKALIKES that stand for it)" % min_count]
    for p, reads in tab.items():
        total = sum(reads.values())
        right = reads.get(p, 0)
        wrong = {r: n for r, n in reads.items() if r != p and n >= min_count}
        look = "".join(ch for ch, ds in LOOKALIKES.items() if p in ds)
        lines.append(f"{p}  {total:6d}  {right:6d} ({100 * right / total:5.1f} %)  "
                     + " ".join(f"{r}:{n}" for r, n in wrong.items())
                     + f"  | {MISREADS.get(p, '-')} | {UNWRITTEN_READS.get(p, '-')} | {look or '-'}")
    measured = {(p, r) for p, reads in tab.items() for r, n in reads.items() if r != p and n >= min_count}
    listed = {(p, r) for p, rs in MISREADS.items() for r in rs}
    lines.append("digit misreads measured (>= %d) that MISREADS lacks: " % min_count + ", ".join(
        f"{p}->{r} ({tab[p][r]})" for p, r in sorted(measured - listed) if r.isdigit()))
    lines.append("MISREADS pairs measured fewer than %d times: " % min_count + ", ".join(
        f"{p}->{r} ({tab.get(p, {}).get(r, 0)})" for p, r in sorted(listed - measured)))
    looks = {(d, ch) for ch, ds in LOOKALIKES.items() for d in ds}
    lines.append("look-alikes measured (>= %d) that LOOKALIKES lacks: " % min_count + ", ".join(
        f"{p}->{r!r} ({tab[p][r]})" for p, r in sorted(measured - listed) if not r.isdigit() and (p, r) not in looks
        and not r.startswith("A")))
    lines.append("Arabic digits read (>= %d) for a printed Thai digit: " % min_count + ", ".join(
        f"{p}->{r} ({tab[p][r]})" for p, r in sorted(measured) if r.startswith("A")))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args(argv)
    sets = args.sets or [Path(s) for s in COMMITTED]
    counts = measure(sets)
    tab = table(counts)
    print("printed -> read (Thai digits printed; read as Arabic form of a Thai digit, or the character)")
    for p, reads in tab.items():
        print(f"  {p}: " + " ".join(f"{r}:{n}" for r, n in reads.items()))
    arabic = misreads(Counter({k: v for k, v in counts.items() if k[0] not in THAI}), thai_only=False)
    print("Arabic digits printed: %d, misread %d" % (sum(v for k, v in counts.items() if k[0] not in THAI),
                                                    sum(n for _, _, n in arabic)))
    print(f"top {args.top} misreads of printed Thai digits (printed -> read: count):")
    for p, r, n in misreads(counts)[:args.top]:
        print(f"  {p} -> {r}  {n}")
    if args.compare:
        print("\n".join(compare(tab)))
    if args.json:
        args.json.write_text(json.dumps({"table": tab, "arabic_misreads": arabic}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
