"""Speed-ups of the seventy-eighth session (issue 13), each tested equal to
the computation it replaced: on seeded random texts and on the committed
texts (samples and the corpus, clean and OCR)."""

from __future__ import annotations

import random
from pathlib import Path

from normalizers.text import comparable
from pipeline.lostlines import comparable_keep

ROOT = Path(__file__).resolve().parent.parent


def _comparable_keep_per_character(text: str) -> str:
    """comparable_keep as it was: comparable called on each character."""
    out = []
    for ch in text:
        c = comparable(ch) if not ch.isspace() else ch
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


# characters comparable reads otherwise than as themselves, or as none or two: Thai digits and marks,
# nikhahit and sara aa, capitals, white space of every kind, the zero-width space, a letter NFC
# changes (Å U+212B -> U+00C5), one it makes two of (U+0344), one lower() makes two of (İ), Lao
# look-alikes
_ODD = ("๐๑๒๓๔๕๖๗๘๙\u0e4d\u0e32\u0e33\u0e48\u0e49ABCZ"
        "\t\n\x0b\x0c\r \x85\xa0\u2000\u200b\u3000\x1c\x1f\u212b\u0344\u0130\u00c5\u0eb0\u0ecd.,:-/%")


def test_comparable_keep_reads_as_per_character_on_random_texts():
    rng = random.Random(78)
    pool = [chr(c) for c in range(0x0e00, 0x0e80)] + list(_ODD) + [chr(c) for c in range(0x20, 0x7f)]
    for _ in range(3000):
        text = "".join(rng.choice(pool) if rng.random() < 0.9 else chr(rng.randrange(0x20, 0x3000))
                       for _ in range(rng.randrange(0, 40)))
        assert comparable_keep(text) == _comparable_keep_per_character(text), text


def test_comparable_keep_reads_as_per_character_on_the_committed_texts():
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("**/*.txt"))
    assert len(paths) > 100
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert comparable_keep(line + " ") == _comparable_keep_per_character(line + " "), (path, line)


def test_document_without_leaves_out_the_lines_of_every_span_on_random_spans():
    # _document_without asks a line's number of the spans' numbers gathered in a set; the same lines as asking
    # each span whether it holds the line
    from pipeline.lostlines import _document_without
    from schemas.document import Line
    rng = random.Random(7878)
    for _ in range(300):
        texts = [Line(n, f"บรรทัด {n}") for n in sorted(rng.sample(range(1, 60), rng.randrange(1, 30)))]
        starts = [rng.randrange(0, 62) for _ in range(rng.randrange(0, 4))]
        spans = tuple(sorted({(a, a + rng.randrange(-1, 6)) for a in starts}))
        text = _document_without(texts, spans)[0]
        assert text == "".join(ln.text + " " for ln in texts if not any(a <= ln.no <= b for a, b in spans)), spans
