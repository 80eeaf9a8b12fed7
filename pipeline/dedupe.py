"""Stage dedupe: find repeated pages (and so repeated copies) in a document.

Pages are fingerprinted and clustered in near-linear time:

1. blocking: each page gets a small set of keys, the CRC32 of the 8-character
   shingles that start a word (Thai text has a space every phrase, so a page
   gives tens of keys, not thousands).  Keys held by more than
   MAX_KEY_PAGES pages are boilerplate and are not used for pairing.
2. candidates: two pages are compared only if they share at least
   MIN_SHARED_KEYS keys and their lengths are within LENGTH_RATIO.
3. scoring: candidates are scored with rapidfuzz's ratio on their
   normalised text; SAME_PAGE or more joins them (union-find).

Cost is about linear in the number of pages: every page is hashed once and
only candidate pairs, a small multiple of the page count, are scored.
CRC32 is used instead of Python's hash() so clusters are the same on every
run (hash() is salted per process).
"""

from __future__ import annotations

import zlib
from collections import defaultdict

import regex
from rapidfuzz import fuzz

from normalizers.text import comparable
from pipeline.segment import Page

SHINGLE = 8
MAX_KEY_PAGES = 64
MIN_SHARED_KEYS = 2
LENGTH_RATIO = 0.6
SAME_PAGE = 85.0
SCORE_CHARS = 4000

_WORD_START_RE = regex.compile(r"(?:^|(?<=\s))\S")


def page_keys(text: str) -> set[int]:
    """Blocking keys of one page: CRC32 of word-initial shingles."""
    keys = set()
    for m in _WORD_START_RE.finditer(text):
        shingle = text[m.start(): m.start() + SHINGLE]
        if len(shingle) == SHINGLE and " " not in shingle[1:]:
            keys.add(zlib.crc32(comparable(shingle).encode("utf-8")))
    if not keys and text.strip():
        keys.add(zlib.crc32(comparable(text[:64]).encode("utf-8")))
    return keys


def candidate_pairs(keysets: list[set[int]], lengths: list[int]) -> list[tuple[int, int]]:
    """Pairs of pages worth scoring (see module doc)."""
    index: dict[int, list[int]] = defaultdict(list)
    for i, keys in enumerate(keysets):
        for k in keys:
            index[k].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for pages in index.values():
        if len(pages) < 2 or len(pages) > MAX_KEY_PAGES:
            continue
        for a_pos, a in enumerate(pages):
            for b in pages[a_pos + 1:]:
                shared[(a, b)] += 1
    out = []
    for (a, b), n in shared.items():
        need = min(MIN_SHARED_KEYS, len(keysets[a]), len(keysets[b]))
        short, long_ = sorted((lengths[a], lengths[b]))
        if n >= need and long_ and short / long_ >= LENGTH_RATIO:
            out.append((a, b))
    return sorted(out)


def cluster_pages(pages: list[Page]) -> list[int]:
    """For each page, the index of the first page of its cluster."""
    texts = [comparable(p.text)[:SCORE_CHARS] for p in pages]
    keysets = [page_keys(p.text) for p in pages]
    parent = list(range(len(pages)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in candidate_pairs(keysets, [len(t) for t in texts]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if fuzz.ratio(texts[a], texts[b], score_cutoff=SAME_PAGE):
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(len(pages))]
