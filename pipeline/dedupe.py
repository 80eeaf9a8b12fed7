"""Stage dedupe: find repeated pages (and so repeated copies) in a document.

Pages are fingerprinted and clustered in near-linear time:

1. blocking: each page gets a small set of keys, the CRC32 of the first 8
   characters of each word (Thai text has a space every phrase, so a page
   gives tens of keys, not thousands), and keeps only its RARE_KEYS rarest
   keys: a form's labels are on every page, its values are not.  A second
   set of keys, each pair of consecutive lines (line_pair_keys), finds the
   copies of pages built from a common stock of lines, whose word keys are
   all boilerplate; its candidates are added to the first set's.
2. candidates: two pages are compared only if they share at least
   MIN_SHARED_KEYS and MIN_SHARED_SHARE of those keys (copies of a page share
   most of them; different pages that quote one common line share a few) and
   their lengths are within LENGTH_RATIO; of these, each page keeps its
   MAX_PARTNERS that share most keys (closest_partners).
3. scoring: candidates are scored with rapidfuzz's ratio on their
   normalised text; SAME_PAGE or more joins them (union-find).

Cost is linear in the number of pages: every page is hashed once and at most
MAX_PARTNERS candidates a page (a key set) are scored.  Without that bound a
long document's rarest keys are words of lines it quotes with tens of other
pages (a key pairs up to MAX_KEY_PAGES pages), and the pairs scored grew
faster than the pages: at 10,000 pages 91,000 ratios for 7,400 joins.
CRC32 is used instead of Python's hash() so clusters are the same on every
run (hash() is salted per process).
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from normalizers.text import comparable
from pipeline.segment import Page

SHINGLE = 8
MAX_KEY_PAGES = 64
MIN_SHARED_KEYS = 2
MIN_SHARED_SHARE = 0.5  # of the rare keys of the page with fewer
RARE_KEYS = 12
LENGTH_RATIO = 0.6
SAME_PAGE = 85.0
SCORE_CHARS = 1500
MAX_PARTNERS = 4  # candidates a page keeps (of one key set), those sharing most keys


def page_keys(text: str) -> set[int]:
    """Blocking keys of one page: CRC32 of word-initial shingles."""
    # (each distinct shingle hashed once: a page repeats its words)
    keys = {zlib.crc32(shingle.encode("utf-8"))
            for shingle in {word[:SHINGLE] for word in text.split() if len(word) >= SHINGLE}}
    if not keys and text.strip():
        keys.add(zlib.crc32(comparable(text[:64]).encode("utf-8")))
    return keys


def line_pair_keys(text: str) -> set[int]:
    """A second set of blocking keys: each pair of consecutive lines (their
    first two words).  Pages built from a common stock of lines (a form's
    labels, a list many pages quote) share most word keys, which then pair
    none (MAX_KEY_PAGES), but still differ in how their lines follow one
    another."""
    lines = [ln.split()[:2] for ln in text.split("\n") if ln.strip()]
    return {zlib.crc32(" ".join(a + ["|"] + b).encode("utf-8")) for a, b in zip(lines, lines[1:])}


def candidate_pairs(keysets: list[set[int]], lengths: list[int]) -> list[tuple[int, int]]:
    """Pairs of pages worth scoring (see module doc).

    Each page is represented by its RARE_KEYS rarest keys that some other
    page also holds; two pages are candidates when they share at least
    MIN_SHARED_KEYS and MIN_SHARED_SHARE of them, and each keeps the
    MAX_PARTNERS of them that share most (closest_partners).  A key selected
    by more than MAX_KEY_PAGES pages is boilerplate and pairs none.
    """
    df: dict[int, int] = defaultdict(int)
    for keys in keysets:
        for k in keys:
            df[k] += 1
    selected: list[list[int]] = []
    index: dict[int, list[int]] = defaultdict(list)
    for i, keys in enumerate(keysets):
        # a key more than MAX_KEY_PAGES pages hold pairs none, so it takes no slot
        rare = sorted((df[k], k) for k in keys if 1 < df[k] <= MAX_KEY_PAGES)[:RARE_KEYS]
        selected.append([k for _, k in rare])
        for _, k in rare:
            index[k].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for pages in index.values():
        if 1 < len(pages) <= MAX_KEY_PAGES:
            shared.update(combinations(pages, 2))  # (a, b), a < b: pages are indexed in order
    sizes = [len(keys) for keys in selected]
    out = []
    for (a, b), n in shared.items():
        smaller = min(sizes[a], sizes[b])
        if n < MIN_SHARED_SHARE * smaller or n < min(MIN_SHARED_KEYS, smaller):
            continue
        short, long_ = (lengths[a], lengths[b]) if lengths[a] <= lengths[b] else (lengths[b], lengths[a])
        if long_ and short / long_ >= LENGTH_RATIO:
            out.append((a, b, n))
    return closest_partners(out)


def closest_partners(pairs: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The candidate pairs (a, b, keys shared) each page keeps: its
    MAX_PARTNERS partners sharing most keys (of equals, the earlier page); a
    pair stays when either of its pages keeps it.  Copies of a page share
    most keys, so each keeps copies first, and every copy reaching the
    earliest ones is enough for union-find to join them all; a page that
    quotes a line many others quote no longer draws all of them."""
    ranked: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b, n in pairs:
        ranked[a].append((-n, b))
        ranked[b].append((-n, a))
    kept = set()
    for a, partners in ranked.items():
        for _, b in sorted(partners)[:MAX_PARTNERS]:
            kept.add((min(a, b), max(a, b)))
    return sorted(kept)


def cluster_pages(pages: list[Page]) -> list[int]:
    """For each page, the index of the first page of its cluster."""
    if len(pages) < 2:
        return list(range(len(pages)))
    raw = [p.text for p in pages]
    parent = list(range(len(pages)))
    # pages printed again letter for letter are one page at once (a form
    # printed hundreds of times would make every key boilerplate); only the
    # first of each text is blocked and scored
    first: dict[str, int] = {}
    reps: list[int] = []
    for i, t in enumerate(raw):
        j = first.setdefault(t, i)
        if j != i:
            parent[i] = j
        else:
            reps.append(i)
    keysets = [page_keys(raw[i]) for i in reps]
    texts: dict[int, str] = {}  # normalised lazily: only candidates are scored

    def text(i: int) -> str:
        if i not in texts:
            texts[i] = comparable(raw[i][: SCORE_CHARS + 500])[:SCORE_CHARS]
        return texts[i]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lengths = [len(raw[i]) for i in reps]
    pairs = set(candidate_pairs(keysets, lengths))
    pairs.update(candidate_pairs([line_pair_keys(raw[i]) for i in reps], lengths))
    for a, b in sorted(pairs):
        a, b = reps[a], reps[b]
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if fuzz.ratio(text(a), text(b), score_cutoff=SAME_PAGE):
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(len(pages))]
