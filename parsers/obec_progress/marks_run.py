"""An OBEC list printed as running text whose item numbers stood in a
column of their own, the column read across before the texts: its marks
in a row with nothing between them, then the texts run together ("ปัญหาและ
อุปสรรคในการดำเนินงาน 1) 2) ระยะเวลาในการอบรมพัฒนามีจำกัด มีเจ้าหน้าที่ผู้ปฏิบัติงาน
จำนวนน้อย ..."; a report printed on one line, or wrapped by the page with
no line break of its own).  Nothing in the text says where one item ends
(lists.marks_run_together: the list is said to have lost its items, a
missing_row).  Where the items the report prints whole elsewhere cut the
texts into exactly as many items as the marks, in one way only, and every
cut stands at the start or the end of such an item, the document decides:
the texts are cut there (marks_run_cut; said, items_cut_in_doubt)."""

from __future__ import annotations

from itertools import accumulate

from normalizers.text import clean_value
from parsers.obec_progress.lists import FIGURES_RE, MARKS_RUN_RE, MARKS_AND_SPACES_RE, NONE_RE, PARAGRAPH_LETTERS, item_key
from parsers.values import span_text
from schemas.document import Line


def marks_alone(text: str) -> bool:
    """Whether a line is such a list's marks alone ("1) 2)", "๑. ๒. ๓."):
    a line of running text the page wrapped right after them, no debris
    (no Thai word, as short as specks): the list's texts follow on the
    next lines."""
    return MARKS_RUN_RE.fullmatch(text.strip()) is not None


MAX_WORDS = 120  # the words of a run's texts weighed (a list of a few items; longer is no such list)


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def marks_run_cut(lines: list[Line], known: frozenset[str]) -> list[tuple[str, int, int]] | None:
    """The items of a list whose marks run together before its texts
    (lists.MARKS_RUN_RE: "1) 2) 3)" or "๑. ๒."), as (text, first line,
    last line): the text before the marks (a lead, "... ดังนี้", printed as
    an item of its own) first, then the texts after them cut into as many
    items as marks where the items the report reads whole elsewhere
    (`known`, lists.known_items; item_key: figures and marks aside) decide:
    every piece holds PARAGRAPH_LETTERS letters or more, every cut is the
    start or the end of a piece that is such an item, and exactly one way
    of cutting does that.  None for any other list, where no way or more
    than one does, or where an item number stands among the texts (its
    items numbered where they stand)."""
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    if not known or not texts:
        return None
    words_of = [clean_value(ln.text).split() for ln in texts]
    words = [w for ws in words_of for w in ws]
    # the marks in a row on one line (lines of a number alone each are a column read down: lists._numbers_apart)
    at = next((k for k, ws in enumerate(words_of) if MARKS_RUN_RE.search(" ".join(ws))), None)
    if at is None or any(len(ws) == 1 and _mark_word(ws[0]) for ws in words_of):
        return None
    before = sum(len(ws) for ws in words_of[:at])
    m = MARKS_RUN_RE.search(" ".join(words_of[at]))
    n = len(m.group(0).split())
    lead = " ".join(words[:before] + " ".join(words_of[at])[:m.start()].split())
    if lead and _letters(lead) < PARAGRAPH_LETTERS:
        return None  # (a word or a speck before the marks: no lead)
    first = len(lead.split()) + n  # the words of the texts after the marks
    rest = words[first:]
    if not rest or len(rest) > MAX_WORDS or MARKS_RUN_RE.search(" ".join(rest)) \
            or any(_mark_word(w) for w in rest):
        return None
    cuts = _one_way(rest, n, known)
    if cuts is None:
        return None
    # the line each word stands on (the page's wraps, or one line): each piece's first and last line
    line_of = [ln.no for ln, ws in zip(texts, words_of) for _ in ws]
    bounds = [0, *cuts, len(rest)]
    out = [(lead, line_of[0], line_of[first - n - 1] if first - n > 0 else line_of[0])] if lead else []
    for a, b in zip(bounds, bounds[1:]):
        out.append((" ".join(rest[a:b]), line_of[first + a], line_of[first + b - 1]))
    return out


def _mark_word(word: str) -> bool:
    """Whether a word is an item number with its mark ("3)", "๒."): one
    digit or two and a closing mark, nothing else."""
    return 2 <= len(word) <= 3 and word[-1] in ".)" and all(ch.isdigit() for ch in word[:-1])


def _one_way(words: list[str], n: int, known: frozenset[str]) -> list[int] | None:
    """The n - 1 cuts (word offsets) of `words` into `n` pieces of
    PARAGRAPH_LETTERS letters or more each, every cut the end of a piece
    that is a known item or the start of one (see marks_run_cut), where
    exactly one such way exists; else None."""
    size = len(words)
    letters = list(accumulate((_letters(w) for w in words), initial=0))
    # a piece's key is as long as its words' keys together (item_key: figures one '#', marks and spaces out):
    # item_key is asked only of the pieces whose length is a known item's (a cheap look first)
    lengths = list(accumulate((len(MARKS_AND_SPACES_RE.sub("", FIGURES_RE.sub("#", w).replace("\u0e33", "\u0e32")))
                               for w in words), initial=0))
    known_lengths = {len(k) for k in known}
    ok = {(i, j): letters[j] - letters[i] >= PARAGRAPH_LETTERS for i in range(size) for j in range(i + 1, size + 1)}
    is_known = {span: ok[span] and lengths[span[1]] - lengths[span[0]] in known_lengths
                and item_key(" ".join(words[span[0]:span[1]])) in known for span in ok}
    # ways[(i, k, before)]: up to two ways to cut words[i:] into k pieces, the piece ending at i known or not
    ways: dict[tuple[int, int, bool], list[list[int]]] = {}

    def cut(i: int, k: int, before: bool) -> list[list[int]]:
        if (i, k, before) in ways:
            return ways[(i, k, before)]
        found: list[list[int]] = []
        if k == 1:
            if ok[(i, size)] and (i == 0 or before or is_known[(i, size)]):
                found.append([])
        else:
            for j in range(i + 1, size):
                if not ok[(i, j)] or not (i == 0 or before or is_known[(i, j)]):
                    continue
                for rest in cut(j, k - 1, is_known[(i, j)]):
                    found.append([j, *rest])
                    if len(found) > 1:
                        break
                if len(found) > 1:
                    break
        ways[(i, k, before)] = found
        return found

    found = cut(0, n, False)
    return found[0] if len(found) == 1 and n >= 2 else None
