"""Variant corpus generator: new documents of the three forms, laid out in
many ways, each with an expected JSON holding the generator's own truth.

    python -m tests.corpus.generate            # writes tests/corpus/clean/ and manifest.json
    python -m tests.corpus.generate OUT_DIR    # writes OUT_DIR/clean/ and OUT_DIR/manifest.json
    python -m tests.corpus.generate --heldout [OUT_DIR]   # the held-out set: tests/corpus/heldout/
    python -m tests.corpus.generate --extra [OUT_DIR]     # the extra tuning set: tests/corpus/extra/
    python -m tests.corpus.generate --extra2 [OUT_DIR]    # the second one: tests/corpus/extra2/
    python -m tests.corpus.generate --extra3 [OUT_DIR]    # the third, with the later variants: tests/corpus/extra3/
    python -m tests.corpus.generate --extra4 [OUT_DIR]    # the fourth, with the later and newer variants: tests/corpus/extra4/
    python -m tests.corpus.generate --fresh TAG 10,5,4 OUT_DIR   # a fresh set (every variant), not committed

Deterministic: every document has its own seeded random source, so every run
writes the same bytes.  See tests/corpus/README.md for the variant tags.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from . import bma_progress_gen, obec_gen, proposal_gen
from .layout import PAGE_BREAK, to_arabic

FORMAT = "raingan-expected/1"
NOTE = "generator truth (tests/corpus/generate.py), not parser output"
N_BMA_PROGRESS = 38
N_PROPOSALS = 16
N_OBEC = 14
# The held-out set: documents made by the same generator with other names
# (so other data and other variant shuffles), tuned on by nobody; `make eval`
# scores it beside the corpus to show whether a change generalises.
HELDOUT_TAG = "h"
HELDOUT_COUNTS = (19, 8, 7)  # bma_progress, bma_proposal, obec_progress
# The extra set: more documents to work on beside the corpus (its OCR'd twin
# mostly), so that a rule is tried on more than 68 documents before it is
# scored on the held-out set.
EXTRA_TAG = "x"
EXTRA_COUNTS = (19, 8, 7)
# A second working set (`bma_progress_z001` ...), made later than the others: documents no rule had
# been tried on when it was made, to find classes of failure (wrong repairs above all) the other
# sets show too rarely to see.
EXTRA2_TAG = "z"
EXTRA2_COUNTS = (19, 8, 7)
# A third working set (`bma_progress_w001` ...), the only one made with the later layout variants
# (running header on every page, list numbers in a column, few-line forms, side-by-side entry
# tables, risk tables read by columns, ...: tests/corpus/README.md). The variants are switched on
# for this set alone, so every other set regenerates byte for byte.
EXTRA3_TAG = "w"
EXTRA3_COUNTS = (19, 8, 7)
# A fourth working set (`bma_progress_t001` ...), made with the later variants and the newer ones
# (entries three or four to a table, a cover page, two-digit years, amounts in millions, budget
# tables by columns, lettered lists, status counts in parentheses, project lists as tables, the
# fiscal years whose digits OCR cannot write: tests/corpus/README.md), switched on for this set alone.
EXTRA4_TAG = "t"
EXTRA4_COUNTS = (18, 9, 9)
LATE_VARIANT_SETS = {"extra3", "extra4"}
NEWER_VARIANT_SETS = {"extra4"}
HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
EXTRA = HERE / "extra"
EXTRA2 = HERE / "extra2"
EXTRA3 = HERE / "extra3"
EXTRA4 = HERE / "extra4"
SETS = {"corpus": ("", (N_BMA_PROGRESS, N_PROPOSALS, N_OBEC), HERE),
        "heldout": (HELDOUT_TAG, HELDOUT_COUNTS, HELDOUT),
        "extra": (EXTRA_TAG, EXTRA_COUNTS, EXTRA),
        "extra2": (EXTRA2_TAG, EXTRA2_COUNTS, EXTRA2),
        "extra3": (EXTRA3_TAG, EXTRA3_COUNTS, EXTRA3),
        "extra4": (EXTRA4_TAG, EXTRA4_COUNTS, EXTRA4)}

# truth columns whose value must be printed (digits compared without script)
PRINTED_KEYS = {
    "name", "agency", "division", "section", "owner_name", "coordinator_name", "owner_phone", "coordinator_phone",
    "rationale", "strategy_issue", "strategy_sub_issue", "strategy_goal", "indicator", "project_type",
    "project_model", "period_text", "place", "text", "description", "item", "category", "unit",
    "target_value", "indicator_type", "method", "period", "note", "plan", "likelihood", "impact", "level",
    "mitigation", "project_code",
}


def _squash(text: str) -> str:
    """Printed text without markdown, line-start bullets, whitespace and digit script."""
    lines = []
    for line in text.split("\n"):
        line = line.replace("**", "").replace(r"\*", "").replace("|", " ")
        line = re.sub(r"^\s*#+\s*", "", line)
        line = re.sub(r"^\s*[-•]\s+", "", line)
        lines.append(line)
    return re.sub(r"\s+", "", to_arabic(" ".join(lines)))


def _strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v, key)
    elif isinstance(obj, str) and key in PRINTED_KEYS:
        yield key, obj


def check_document(name: str, parts: list[list[str]], expected: dict) -> None:
    """The truth is printed: every text value occurs in the printed copies
    (page furniture aside), and text values are clean (NFC, single spaces)."""
    printed = _squash("\n".join(x for lines in parts for x in lines if x != PAGE_BREAK))
    for key, value in _strings(expected):
        assert value == value.strip() and "  " not in value and "\t" not in value and "\n" not in value, (name, key, value)
        assert unicodedata.normalize("NFC", value) == value, (name, key, value)
        squashed = re.sub(r"\s+", "", to_arabic(value)).replace("**", "")
        assert squashed in printed, f"{name}: {key} not printed as in the truth: {value[:80]!r}"


def build_all(tag: str = "", counts: tuple[int, int, int] = (N_BMA_PROGRESS, N_PROPOSALS, N_OBEC),
              late: bool = False, newer: bool = False, small: bool = True, newest: bool = False) -> list[dict]:
    """Every document: name, form, lines, pages, expected JSON, variants
    (`tag` and `counts` for another set than the corpus: the held-out set;
    `late`: the later layout variants too, see LATE_VARIANT_SETS; `newer`: the
    newer ones, see NEWER_VARIANT_SETS; `small`: an OBEC report at most
    150 KB, as a committed set's, else whatever its projects make it;
    `newest`: the variants made after the last committed set, fresh sets'
    only)."""
    codes: set[str] = set()
    names: set[str] = set()
    offices: set = set()
    docs = []

    def add(name: str, form: str, result: tuple) -> None:
        lines, pages, expected, tags, parts = result
        check_document(name, parts, expected)
        size = len(("\n".join(lines) + "\n").encode("utf-8"))
        if form == "obec_progress":
            assert 5 <= len(expected["projects"]) <= 25, (name, len(expected["projects"]))
            # (a committed set's files stay small; a fresh set, not committed, keeps a long report whole)
            assert size <= 150_000 or not small, (name, size)
        docs.append({"name": name, "form": form, "lines": lines, "pages": pages, "expected": expected, "variants": tags})

    n_progress, n_proposals, n_obec = counts
    for plan in bma_progress_gen.plans(n_progress, tag, later=late, newer=newer, newest=newest):
        add(plan.name, "bma_progress", bma_progress_gen.build(plan, codes))
    for i, plan in enumerate(proposal_gen.plans(n_proposals, tag, later=late, newer=newer, newest=newest)):
        add(plan.name, "bma_proposal", proposal_gen.build(plan, names, i))
    for plan in obec_gen.plans(n_obec, tag, later=late, newer=newer, newest=newest):
        add(plan.name, "obec_progress", obec_gen.build(plan, offices))
    return docs


def expected_json(doc: dict) -> dict:
    out = {"format": FORMAT, "source": f"{doc['name']}.txt", "note": NOTE, "variants": doc["variants"]}
    out.update(doc["expected"])
    return out


def dump(obj) -> str:
    """JSON with one table row (a dict of plain values inside a list) a line."""
    def enc(o, ind: int) -> str:
        pad = " " * ind
        if isinstance(o, dict):
            if ind > 1 and not any(isinstance(v, (dict, list)) for v in o.values()):
                return json.dumps(o, ensure_ascii=False)
            items = [f"{pad} {json.dumps(k, ensure_ascii=False)}: {enc(v, ind + 1)}" for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, list) and any(isinstance(v, (dict, list)) for v in o):
            return "[\n" + ",\n".join(pad + " " + enc(v, ind + 1) for v in o) + "\n" + pad + "]"
        return json.dumps(o, ensure_ascii=False)
    return enc(obj, 0) + "\n"


def main(out_dir: str | Path | None = None, heldout: bool = False, which: str | None = None) -> list[dict]:
    """Write one set (`which`: corpus, heldout, extra, extra2, extra3 or extra4; `heldout` for the
    held-out set) to its folder or `out_dir`."""
    which = which or ("heldout" if heldout else "corpus")
    tag, counts, home = SETS[which]
    out = Path(out_dir) if out_dir is not None else home
    clean = out / "clean"
    clean.mkdir(parents=True, exist_ok=True)
    for old in list(clean.glob("*.txt")) + list(clean.glob("*.expected.json")):
        old.unlink()
    docs = build_all(tag, counts, late=which in LATE_VARIANT_SETS, newer=which in NEWER_VARIANT_SETS)
    write_set(docs, out)
    return docs


def write_set(docs: list[dict], out: Path) -> None:
    """`docs` (build_all's) as OUT/clean/<name>.txt, <name>.expected.json and OUT/manifest.json."""
    clean = out / "clean"
    clean.mkdir(parents=True, exist_ok=True)
    manifest = {"documents": []}
    for doc in docs:
        name = doc["name"]
        (clean / f"{name}.txt").write_text("\n".join(doc["lines"]) + "\n", encoding="utf-8")
        (clean / f"{name}.expected.json").write_text(dump(expected_json(doc)), encoding="utf-8")
        manifest["documents"].append({"name": name, "form": doc["form"], "text": f"clean/{name}.txt",
                                      "variants": doc["variants"], "pages": doc["pages"]})
    # one document a line: short, and a diff shows which documents changed
    body = ",\n".join("  " + json.dumps(d, ensure_ascii=False) for d in manifest["documents"])
    (out / "manifest.json").write_text('{"documents": [\n' + body + "\n]}\n", encoding="utf-8")


def fresh(tag: str, counts: tuple[int, int, int], out_dir: str | Path) -> list[dict]:
    """A fresh set, with every variant on (the later, newer and newest ones too), to
    measure the parsers on documents nobody has tuned on: OUT_DIR/clean/ and
    OUT_DIR/manifest.json, documents named with `tag` (one no committed set
    uses: SETS), `counts` BMA progress forms, proposals and OBEC reports.
    Not committed; OCR it with tests/corpus/ocr_twin.py and score it with
    `python -m tests.corpus.eval --sets OUT_DIR`."""
    if tag in {t for t, _, _ in SETS.values()}:
        raise SystemExit(f"tag {tag!r} is a committed set's; choose another")
    out = Path(out_dir)
    clean = out / "clean"
    if clean.exists() and any(clean.iterdir()):
        raise SystemExit(f"{clean} is not empty; choose a new folder")
    docs = build_all(tag, counts, late=True, newer=True, small=False, newest=True)
    write_set(docs, out)
    return docs


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fresh"]:
        if len(sys.argv) != 5 or not re.fullmatch(r"\d+,\d+,\d+", sys.argv[3]):
            raise SystemExit("usage: python -m tests.corpus.generate --fresh TAG N_PROGRESS,N_PROPOSALS,N_OBEC OUT_DIR")
        made = fresh(sys.argv[2], tuple(int(n) for n in sys.argv[3].split(",")), sys.argv[4])
        print(f"{len(made)} documents -> {sys.argv[4]}")
        raise SystemExit(0)
    known = ("--heldout", "--extra", "--extra2", "--extra3", "--extra4")
    flags = [a for a in sys.argv[1:] if a in known]
    args = [a for a in sys.argv[1:] if a not in flags]
    if len(flags) > 1 or len(args) > 1 or any(a.startswith("-") for a in args):
        # an unknown flag ('--help') is not an output folder: it once wrote a set into ./--help/
        raise SystemExit(__doc__)
    main(args[0] if args else None, which=flags[0].removeprefix("--") if flags else "corpus")
