"""Time of the dedupe stage for 10, 100, 1,000 and 10,000 pages (make bench).

The pages are real pages of the samples, shuffled into distinct pages and
printed four times each with random OCR-like slips, as archives repeat
forms.  Per-page time should stay about flat as the page count grows.
"""

import random
from pathlib import Path

import pytest

from pipeline.clean import clean_lines
from pipeline.dedupe import cluster_pages
from schemas.document import Line
from pipeline.segment import Page, split_pages

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def synthetic_pages(n: int, seed: int = 5) -> list[Page]:
    rng = random.Random(seed)
    # lines of ordinary length: a page made of a few 2,500-character
    # paragraphs would be compared on that paragraph alone (SCORE_CHARS)
    lines = [ln.text for p in SAMPLES for page in split_pages(clean_lines(p.read_text(encoding="utf-8"))[0])
             for ln in page.lines if len(ln.text) <= 300]
    pages = []
    for base in range(-(-n // 4)):
        body = rng.sample(lines, 12) + [f"หน้าที่ {base} รหัส {rng.randrange(10**8)}"]
        for _ in range(4):
            noisy = []
            for text in body:
                chars = list(text)
                for _ in range(len(chars) // 100):
                    chars[rng.randrange(len(chars))] = rng.choice("กขคงจฉช")
                noisy.append("".join(chars))
            pages.append(Page(len(pages), [Line(i + 1, t) for i, t in enumerate(noisy)]))
    return pages[:n]


@pytest.mark.parametrize("n", [10, 100, 1000, 10_000])
def test_dedupe_pages(benchmark, n):
    pages = synthetic_pages(n)
    if n >= 10_000:  # one timed round: right at 10,000 pages, not only fast
        clusters = benchmark.pedantic(cluster_pages, args=(pages,), rounds=1, iterations=1)
    else:
        clusters = benchmark(cluster_pages, pages)
    assert len(clusters) == n
    assert len(set(clusters)) == -(-n // 4)
    benchmark.extra_info["pages"] = n
    if benchmark.stats:  # None under --benchmark-disable (the code then runs once, untimed)
        benchmark.extra_info["us_per_page"] = round(benchmark.stats.stats.mean / n * 1e6, 1)
