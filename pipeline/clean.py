"""Stage 2, clean: decoded text -> cleaned Lines, page furniture marked.

Each raw line keeps its line number.  The line fixes of normalizers.text are
applied (markdown, sara am, Lao look-alikes, "?" quotes, bullets, blanks),
then furniture is recognised and marked, not deleted, so the segment stage
can still see where pages break.  Parsers read only lines of kind "text".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import islice
from dataclasses import replace
from functools import lru_cache

import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from normalizers.furniture import (
    catchword_stem,
    continues_catchword,
    is_footer_tail,
    is_ocr_noise,
    is_page_header,
    is_dashed_page_number,
    is_page_number,
    is_printed_by,
    is_signature_line,
)
from normalizers.invisible import fix_invisible_and_explain, numbered_lines
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import cell_columns, fix_line_and_explain, skeleton
from schemas.document import FURNITURE_LINES, Line

FURNITURE = frozenset({"page_header", "page_footer", "page_number", "page_break", "catchword", "signature",
                       "ocr_noise", "repeated"})
# A line printed this many times in a row (blank lines between them aside) is
# read once: the others are marked "repeated" (a `repeated_lines` issue names
# the run).  No form repeats a line so often; a stuck scanner or a broken
# export does, and each repeat would cost the parsers as much as a new line.
REPEAT_RUN = 200


def split_lines(text: str) -> list[str]:
    """Split on \\n, \\r\\n or \\r; a form feed becomes a line of its own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def classify(text: str, raw: str = "") -> str:
    """What a cleaned line is; `raw` (before clean-up) shows OCR debris."""
    if not text:
        return "blank"
    if is_page_number(text):
        return "page_number"
    if is_signature_line(text):
        return "signature"
    if is_printed_by(text):
        return "page_footer"
    if is_page_header(text):
        return "page_header"
    if is_ocr_noise(raw.replace("\t", "    ") or text):
        return "ocr_noise"
    return "text"


def mark_footer_tails(lines: list[Line]) -> list[Line]:
    """A printed-by footer's date and time wrapped onto the next line is footer too."""
    out = list(lines)
    prev = None
    for i, ln in enumerate(out):
        if ln.kind == "blank":
            continue
        if prev == "page_footer" and ln.kind == "text" and is_footer_tail(ln.text):
            out[i] = replace(ln, kind="page_footer")
        prev = ln.kind
    return out


def mark_header_heads(lines: list[Line]) -> list[Line]:
    """A running header wrapped onto two lines whose first part is printed
    too seldom to be known by its repeats (a two-page report heads only its
    second page: the office's name on a line of its own over the form's
    title): the text line right above a header's printing (no blank line
    between) with the previous page's furniture above it, across a blank
    line or more, is the header's too, where the page's body follows the
    header (a title printed at a page's foot stands under the body's last
    line).  A page's body never starts above its header."""
    out = list(lines)
    for i in range(2, len(out)):
        if out[i].kind != "page_header" or out[i - 1].kind != "text" or len(out[i - 1].text) > RUNNING_MAX \
                or _is_field(out[i - 1].text):
            continue
        j = i - 2
        while j >= 0 and out[j].kind == "blank":
            j -= 1
        k = i + 1  # what the header (and its wrapped tail) stands over: the page's body, not its foot
        while k < len(out) and out[k].kind in ("page_header", "blank"):
            k += 1
        if j < i - 2 and j >= 0 and out[j].kind in PAGE_EDGE and k < len(out) and out[k].kind not in PAGE_EDGE:
            out[i - 1] = replace(out[i - 1], kind="page_header")
    return out


def mark_catchwords(lines: list[Line]) -> list[Line]:
    """Mark a line ending in "..." whose words open the next text line."""
    out = list(lines)
    text_idx = [i for i, ln in enumerate(out) if ln.kind == "text"]
    for a, b in zip(text_idx, text_idx[1:]):
        stem = catchword_stem(out[a].text)
        if stem and continues_catchword(stem, out[b].text):
            out[a] = replace(out[a], kind="catchword")
    return out


# The certification sentence opening the signature block ("ขอรับรองว่า
# ข้อมูล...") may wrap onto further lines before "ลงชื่อ": those lines are
# part of the block.
_CERTIFY = "ขอรับรองว่า"
_SIGN = ("ลงชื่อ", "(ลงชื่อ")
SIGNATURE_WRAP = 3


# After a signature line ("(ลงชื่อ)......ผู้เสนอโครงการ") the signer's name in
# brackets and position ("ตำแหน่ง ...") belong to the block, also where a page
# break parts them from it (the page's number, footer or form feed between).
_SIGNER_RE = regex.compile(r"^(?:\([^()]{2,60}\)|ตำแหน่ง\s*\S.{0,80})$")
SIGNER_LINES = 2
_BETWEEN_SIGNER = frozenset({"blank", "page_footer", "page_number", "page_break"})


def mark_signature_wraps(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i, ln in enumerate(out):
        if ln.kind != "signature" or "ลงชื่อ" not in ln.text:
            continue
        following = list(islice((j for j in range(i + 1, len(out)) if out[j].kind not in _BETWEEN_SIGNER),
                                SIGNER_LINES))
        for j in following:
            if out[j].kind != "text" or not _SIGNER_RE.match(out[j].text):
                break
            out[j] = replace(out[j], kind="signature")
    wraps: list[int] = []
    under: set[int] = set()  # the lines after each certification, whether a signature line follows or not
    for i, ln in enumerate(out):
        if ln.kind != "signature" or not ln.text.startswith(_CERTIFY):
            continue
        following = list(islice((j for j in range(i + 1, len(out)) if out[j].kind != "blank"), SIGNATURE_WRAP + 1))
        under.update(following)
        ends = [j for j in following if out[j].kind == "signature" and out[j].text.startswith(_SIGN)]
        if ends:
            wraps += [j for j in following if j < ends[0] and out[j].kind == "text"]
    if wraps:
        # a line the document prints elsewhere too, away from any certification, is no wrap of one: a running
        # header (the office's name) where a page broke between the sentence and its signature line (a copy
        # prints its certification's wrap again, but always under the certification, if OCR lost the
        # signature line below it there)
        shapes = {j: _shape(out[j].text) for j in wraps}
        wanted = set(shapes.values())
        elsewhere = {sh for j, ln in enumerate(out) if ln.kind == "text" and j not in under
                     and (sh := _shape(ln.text)) in wanted}
        for j, sh in shapes.items():
            if sh not in elsewhere:
                out[j] = replace(out[j], kind="signature")
    return out


# A running header: a short line printed at the top (or foot) of several
# pages, such as the office's name or the report's title.  It repeats on at
# least half the pages, and each time it stands next to other page
# furniture (blank lines and OCR specks between do not count).  After OCR no two printings
# need be equal: lines are compared by their shape (skeleton, one digit
# script; a number is kept, so 'รายงานครั้งที่ ๒' and '... ๓' differ),
# and a printing within a fuzzy ratio of RUNNING_RATIO of a running header's
# shape, at a page edge, is one too; a header wrapped onto a second line
# that holds only its number or year goes with it.  A line whose printings
# all have the same lines around them is the form's own, which copies
# paginated alike print at the same page edge: never a running header; nor
# is a line printed only on the two sides of one page break (`_breaks`).
#
# A header that is its pages' only furniture (no number, footer or form feed
# beside it) stands next to none; but clean text shows the page breaks: a run
# of PAGE_GAP or more blank lines, where the form parts its paragraphs by one.  A line
# that opens a page after such a gap every time it is printed, and after
# every gap as wide as its own (the page gap of one export does not vary;
# some forms leave two blank lines before a table or a signature), is a
# running header too: the form's own headings, printed once a copy or a
# project, open a page only now and then, never the page a copy opens on
# (its title does), and stand after one blank line elsewhere.  A header
# printed on page 1 too opens the document as well (with no gap before it):
# a line that opens the document and most page gaps, above other text each
# time (a copy's title opens its copies above the same heading), is one even
# when the text prints it too (the office it names, on the cover: that
# printing stays text) or the form parts a table or its signature by as
# many blank lines as its pages.  Its tail the page width wrapped onto the
# next line ('๑๒ เดือน', 'เขต ๒') goes with it when that line is the same
# under every printing.  A line of a tab alone is a table's empty cell, not
# a blank line of a gap.  After OCR pages are parted by one blank line like
# paragraphs: this rule cannot see them there.
RUNNING_MAX = 150
PAGE_GAP = 2
RUNNING_RATIO = 90.0
PAGE_FURNITURE = frozenset({"page_header", "page_footer", "page_number", "page_break"})
PAGE_EDGE = PAGE_FURNITURE - {"page_header"}  # what parts one page from the next
# A header line's tail the page width wrapped onto the next line: digits and signs alone ("๒๕๖๗", "๕/๒๕๖๙"), but
# not an item's number alone ("๑)", "2."): a list's number column read down under the header (fresh set s95o,
# obec_progress_s95o004: the header "... เขต4" over "๑)" / "๒)" / the items, whose first number was lost)
_WRAP_TAIL_RE = re.compile(r"^(?!\s*[0-9๐-๙]{1,2}[.)]\s*$)[\s0-9๐-๙./:()-]{1,12}$")


@lru_cache(maxsize=16384)  # (a speed-up: each rule takes the shapes of the same lines again)
def _shape(text: str) -> str:
    return thai_digits_to_arabic(skeleton(text))


_NOT_THAI_RE = re.compile(r"[^\u0e01-\u0e4e0-9]+")


def _thai_shape(shape: str) -> str:
    """A line's shape (_shape) with what is no Thai letter, mark or digit left out."""
    return _NOT_THAI_RE.sub("", shape)


def clear_line_caches() -> None:
    """Forget the memoised lines' shapes and specks (at each document's
    start, as normalizers.text.clear_caches: the memos serve a document's
    repeats and stay small)."""
    _shape.cache_clear()
    _is_speck.cache_clear()
    _is_field.cache_clear()


RUNNING_PASSES = 3


def mark_running_lines(lines: list[Line], passes: int = RUNNING_PASSES,
                       of_text: dict[str, str] | None = None) -> list[Line]:
    """Running headers (see above); a further pass finds the part of a header
    the page width wrapped onto a line of its own, which stands next to the
    part marked before it (a proposal's header of the office and project's
    name wrapped onto two lines over its fiscal year: the year line stands at
    the page number, the name's second line at the year, its first at the
    second).  A pass that marked nothing new ends the search: the next would
    see the same lines."""
    of_text = {} if of_text is None else of_text  # each distinct line's shape once (for both passes)
    shapes = {i: of_text[ln.text] if ln.text in of_text else of_text.setdefault(ln.text, _shape(ln.text))
              for i, ln in enumerate(lines) if ln.kind == "text" and len(ln.text) <= RUNNING_MAX and not _is_field(ln.text)}
    counts = Counter(shapes.values())
    if not counts or counts.most_common(1)[0][1] < 2:
        return lines
    out = list(lines)
    # where each shape printed more than once stands at a page edge (a
    # running header is among them); the others' only once running headers are found
    edges: dict[str, list[int]] = {}
    for i, shape in shapes.items():
        if len(shape) >= 4 and counts[shape] >= 2 and _at_page_edge(out, i):
            edges.setdefault(shape, []).append(i)
    pages = _page_marks(out)
    # most of its printings stand at a page edge (a form's repeated clause,
    # such as an entry's figures line, may reach an edge once or twice too)
    running = {shape for shape, where in edges.items()
               if counts[shape] >= 2 and len(where) >= 2 and 2 * len(where) >= max(pages, counts[shape])
               and not _same_context(out, where, shapes) and _breaks(out, where) >= 2
               and not _continues_lists(out, where) and not _beside_headers_only(out, where, counts[shape])
               and not _sides_mixed(out, where, shapes, shape)}
    tails: list[int] = []
    for shape, (where, tail) in _after_gaps(out, shapes, counts).items():
        if shape in running:  # known at page edges: its printings after page gaps are the header too
            edges[shape] = sorted({*edges[shape], *where})
            tails += tail
        elif not _same_context(out, where, shapes) and _breaks(out, where) >= 2 and not _continues_lists(out, where) \
                and not _sides_mixed(out, where, shapes, shape):
            running.add(shape)
            edges[shape] = where
            tails += tail
    if not running:
        return lines
    for i, shape in shapes.items():
        if len(shape) >= 10 and counts[shape] == 1 and _at_page_edge(out, i):
            edges.setdefault(shape, []).append(i)
    # a near reading of a header (OCR slips) at a page edge is the header, unless the same reading also stands
    # away from the pages' edges: slips differ from printing to printing, so it is the form's own line
    # (a proposal's title line 'ชื่อโครงการ' + the name the header prints, at a page's top in the second copy)
    # (the shapes compared with their Latin letters and signs left out too: OCR reads a header's Thai abbreviation as
    # Latin letters, "พ.ศ." as "wat,", which no Thai shape is near)
    bare_running = [_thai_shape(shape) for shape in running]
    near = [shape for shape in edges if shape not in running and len(shape) >= 10 and len(edges[shape]) == counts[shape]
            and (process.extractOne(shape, running, scorer=fuzz.ratio, score_cutoff=RUNNING_RATIO)
                 or len(bare := _thai_shape(shape)) >= 10
                 and process.extractOne(bare, bare_running, scorer=fuzz.ratio, score_cutoff=RUNNING_RATIO))
            and not _holds_more(shape, running)]
    order = sorted(running, key=lambda shape: (min(edges[shape]), shape))  # fixed: a set's order varies with the hash seed
    for shape in [*order, *near]:
        for i in edges[shape]:
            out[i] = replace(out[i], kind="page_header")
            j = i + 1
            if j < len(out) and out[j].kind == "text" and _WRAP_TAIL_RE.match(out[j].text):
                out[j] = replace(out[j], kind="page_header")
    for i in tails:
        out[i] = replace(out[i], kind="page_header")
    for i in _near_blocks(out, shapes):
        out[i] = replace(out[i], kind="page_header")
    if not any(ln.kind in PAGE_EDGE for ln in out):
        for shape in order:  # the header is its pages' only furniture: after OCR some of its printings stand alone
            for i in _alone_between(out, shapes, shape, edges[shape]):
                out[i] = replace(out[i], kind="page_header")
    if passes > 1 and any(a.kind != b.kind for a, b in zip(out, lines)):
        return mark_running_lines(out, passes - 1, of_text)
    return out


NEAR_BLOCK_LETTERS = 10  # letters of a shape, two lines of a near header block hold at least


def _near_blocks(lines: list[Line], shapes: dict[int, str]) -> list[int]:
    """The lines of each printing of a running header wrapped onto two lines
    or more that OCR slips kept from being known, wherever it stands (its
    page number garbled, "vin 11 a1n 44", so at no page edge): a run of
    text lines, blank lines between them aside, each the shape of a line
    marked as the header or a near reading of one (RUNNING_RATIO, as a near
    reading at a page edge), in the order a marked printing stands in, line
    after line; two of them NEAR_BLOCK_LETTERS letters or more, and one at
    least not a marked line's exact shape (a run of exact ones was weighed
    above); a line that holds a marked line whole and more is no near
    reading.  The form's own lines never repeat two lines of its header, in
    its order (fresh set s110p, obec_progress_s110p003: the title "...
    การดตำเนินงาน... ประจำปิงบประมาณ" / "พ.ศ. 259 สำนักงานเขต..." / "เขต ๒" read
    as a success indicator, the indicators after it each one place late)."""
    printed: list[tuple[int, str]] = [(i, shapes.get(i) or _shape(ln.text)) for i, ln in enumerate(lines)
                                      if ln.kind == "page_header"]
    if len(printed) < 2:
        return []
    # the marked lines' shapes, each near reading of a longer one read as the first it is near (sorted: fixed)
    heads: list[str] = []
    canon: dict[str, str] = {}
    for shape in sorted({shape for _, shape in printed}):
        found = process.extractOne(shape, heads, scorer=fuzz.ratio, score_cutoff=RUNNING_RATIO) \
            if len(shape) >= NEAR_BLOCK_LETTERS and heads else None
        canon[shape] = heads[found[2]] if found is not None else shape
        if found is None and len(shape) >= NEAR_BLOCK_LETTERS:
            heads.append(shape)
    follows: set[tuple[str, str]] = set()  # (a header line's, the next header line's), as marked
    for (i, a), (j, b) in zip(printed, printed[1:]):
        if all(lines[k].kind == "blank" for k in range(i + 1, j)):
            follows.add((canon[a], canon[b]))
    if not follows:
        return []
    bare_heads = [_thai_shape(h) for h in heads]
    reads: dict[str, str | None] = {}

    def header_of(shape: str) -> str | None:  # the marked header line a line's shape is, or reads near
        if shape in canon:  # (a marked line's own shape)
            return canon[shape]
        if shape not in reads:
            found = None
            if len(shape) >= NEAR_BLOCK_LETTERS and heads:
                found = process.extractOne(shape, heads, scorer=fuzz.ratio, score_cutoff=RUNNING_RATIO)
                if found is None and len(bare := _thai_shape(shape)) >= NEAR_BLOCK_LETTERS:
                    found = process.extractOne(bare, bare_heads, scorer=fuzz.ratio, score_cutoff=RUNNING_RATIO)
            # (not a line that holds a header line whole and more: the form's line naming what the header names,
            # "ชื่อโครงการ" + the project's name over the office's, no printing of it with slips; extra set, x008)
            reads[shape] = heads[found[2]] if found is not None and not any(
                h in shape for h in heads if len(shape) > len(h)) else None
        return reads[shape]

    marked: list[int] = []
    run: list[tuple[int, str, str]] = []  # (line, its shape, the header line it reads as)

    def close() -> None:
        long = sum(1 for _, shape, _ in run if len(shape) >= NEAR_BLOCK_LETTERS)
        if len(run) >= 2 and long >= 2 and any(shape not in canon or lines[i].kind == "page_header"
                                               for i, shape, _ in run):
            marked.extend(i for i, _, _ in run if lines[i].kind == "text")
        run.clear()

    for i, ln in enumerate(lines):
        if ln.kind == "blank":
            continue
        shape = shapes.get(i) if ln.kind == "text" else (shapes.get(i) or _shape(ln.text)) \
            if ln.kind == "page_header" else None
        head = header_of(shape) if shape else None
        if head is not None and run and (run[-1][2], head) in follows:
            run.append((i, shape, head))
            continue
        close()
        if head is not None:
            run.append((i, shape, head))
    close()
    return marked


# A line at a page's edge only by standing next to lines marked as a running header (no page gap, number or footer
# beside it), a blank line between them at every such printing (a paragraph of its own, no line the page width
# wrapped), is that header's part only where it stands there at every printing but BESIDE_AWAY_MAX: a
# form's heading that opens each project's part, printed right under the header on most pages a part opens, also
# stands away from it where a part opens mid-page (fresh set s84a, obec_progress_s84a002: "ปัญหาและอุปสรรคในการ
# ดำเนินงาน" under the header at 9 of its 11 printings, and the list's "๑." under it taken as the header's tail: every
# such project-quarter's problems lost)
BESIDE_AWAY_MAX = 1


def _beside_headers_only(lines: list[Line], where: list[int], printed: int) -> bool:
    """Whether the printings of a shape at page edges (`where`) stand there
    only beside lines marked as a running header, a blank line apart, while
    more than BESIDE_AWAY_MAX of its `printed` printings stand away from any
    edge."""
    return printed - len(where) > BESIDE_AWAY_MAX and not any(
        _at_page_edge(lines, i, furniture=PAGE_EDGE)
        or any(0 <= j < len(lines) and lines[j].kind == "page_header" for j in (i - 1, i + 1)) for i in where)


def _alone_between(lines: list[Line], shapes: dict[int, str], shape: str, where: list[int]) -> list[int]:
    """The other printings of a running header's shape that stand alone
    (blank lines, furniture or specks on both sides: after OCR a page's top
    with no furniture beside it), after the first marked printing, each at
    least OPENING_NEAR of the marked printings' median distance from every
    marked or taken printing: a header is printed once a page.  (Only where
    the header is its pages' only furniture: else a printing at a page's
    top stands next to furniture.)"""
    if len(where) < 2:
        return []
    marked = sorted(where)
    steps = sorted(b - a for a, b in zip(marked, marked[1:]))
    near = steps[len(steps) // 2] * OPENING_NEAR
    taken: list[int] = []
    for i, sh in shapes.items():
        if sh != shape or i in where or i < marked[0] or lines[i].kind != "text":
            continue  # (before the first printing: page 1's own line, the office a proposal names under its title)
        if not (_opens_paragraph(lines, i) and (i + 1 >= len(lines) or lines[i + 1].kind != "text"
                                                or _is_speck(lines[i + 1].text))):
            continue
        if all(abs(i - j) > near for j in [*marked, *taken]):
            taken.append(i)
    return taken


# After OCR no page gap shows (pages are parted by one blank line, as
# paragraphs are), nor, where the header is its pages' only furniture, any
# other furniture beside it.  A header printed on page 1 too is still known
# in a document whose page furniture shows none of its pages, or few (OCR
# lost the page numbers, or read a line of debris as one, "a ๑/ ๕"; where
# half its printings or more stand by furniture, the rules above see it:
# `_pages_shown`): it is the document's first line (specks aside), printed again OPENING_MIN
# times or more, each time as a paragraph's first line, with other text
# before and after it each time (a copy's title stands above the same
# heading each time, and after the same closing lines), and, where the
# furniture shows some pages, over the whole document (a cover's office,
# printed twice on each copy's cover, is printed over a few stretches of
# it).  OCR reads its printings within a fuzzy ratio of RUNNING_RATIO of
# one another, the first the commonest reading, figures aside (a year in
# Thai digits OCR misreads page by page: `_figureless`), and wraps
# it at the page's width: the one or two lines under it that are the same
# under most printings (OPENING_TAIL) are its tail.
OPENING_MIN = 3
OPENING_TAIL = 2
OPENING_NEAR = 1 / 3
# Share of the text from a header's first printing on that its printings cover at their pace (their count times the
# median distance between them), short of which they are no header's, though no furniture shows the pages (OCR may
# lose a printing or two, never most): the office a cover prints twice, title and address, over each copy (fresh set
# s97o, obec_progress_s97o003: 4 printings 7 lines of text apart, over 1,251 lines; every project's agency lost once
# OCR's chart debris no longer read as page numbers).  Headers known so over the corpus and the fresh sets cover a
# quarter of their text or more.
OPENING_SPREAD = 0.2
_ITEM_RE = re.compile(r"^\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})*[.)]\s*\S")


def mark_opening_header(lines: list[Line]) -> list[Line]:
    """The printings of a header printed on page 1 too, and their tails,
    in a document where no page gap shows and no furniture beside most of
    them (see above), as page headers."""
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text"]
    top = next((i for i in texts if not _is_speck(lines[i].text)), -1)
    if len(texts) < 2 * OPENING_MIN or top < 0 or len(lines[top].text) > RUNNING_MAX:
        return lines
    if any(ln.kind == "page_header" for ln in lines[:top]):
        return lines  # (a form's title known as a page header opens the document: the rules above see the rest)
    if _is_field(lines[top].text) or _is_cell_field(lines[top].text):
        return lines  # (a form's field opens the document: no header's)
    head = _shape(lines[top].text)
    if len(head) < 10:
        return lines
    at = {i: k for k, i in enumerate(texts)}
    where = [i for i in texts if len(lines[i].text) <= RUNNING_MAX and _opens_paragraph(lines, i)
             and fuzz.ratio(shape := _shape(lines[i].text), head, score_cutoff=RUNNING_RATIO)
             and not _holds_more(shape, {head})]
    readings = {i: _figureless(_shape(lines[i].text)) for i in where}  # (each printing's, figures aside)
    printed = Counter(readings.values())
    if len(where) < OPENING_MIN or where[0] != top or printed[_figureless(head)] < max(2, max(printed.values())):
        where = _slipped_top(lines, texts, top, head)
        if not where:
            return lines  # (the first line is the printings' commonest reading: OCR reads one image alike)
        readings = {i: _figureless(_shape(lines[i].text)) for i in where}
    # the tail: the next lines of text under most printings the same as under the first
    block = {i: [i] for i in where}
    for step in range(1, OPENING_TAIL + 1):
        nxt = {i: texts[at[i] + step] if at[i] + step < len(texts) else -1 for i in where}
        first = nxt[where[0]]
        if first < 0 or len(lines[first].text) > len(lines[top].text) or _ITEM_RE.match(lines[first].text):
            break  # (a wrapped line's tail is no longer than the line, and opens no item: a copy's heading does)
        tail = _shape(lines[first].text)
        same = [i for i in where if nxt[i] >= 0 and _reads_like(_shape(lines[nxt[i]].text), tail)]
        if 3 * len(same) < 2 * len(where):
            break
        for i in same:
            block[i].append(nxt[i])
    # a header is printed once a page: a printing much nearer the one before than the printings' median
    # distance (OPENING_NEAR of it, in lines of text) is the text's (the cover printing the office the
    # header names, under it or in its address lines)
    kept, step = _once_a_page(where, block, at, readings)
    if len(kept) < OPENING_MIN or _pages_shown(lines, kept):
        return lines
    # a header's printings span the document at their pace: three quarters of it where furniture shows some pages
    # (not this line's), OPENING_SPREAD where none does (printings in pairs far apart are a copy's cover's)
    covered, span = len(kept) * step, len(texts) - at[kept[0]]
    if (covered * 4 < span * 3) if any(ln.kind in PAGE_EDGE for ln in lines) else covered < span * OPENING_SPREAD:
        return lines
    after = _after_blocks(lines, texts, at, block, kept)
    if all(_reads_like(a, after[0]) for a in after):  # the same line under every printing (OCR's slips aside):
        # the header's next line (OCR parted a header of two lines or more, the first the shorter), if the text
        # under it differs
        _extend_blocks(lines, texts, at, block, kept)
        after = _after_blocks(lines, texts, at, block, kept)
    before = [next((_shape(lines[j].text) for j in reversed(texts[:at[i]]) if not _is_speck(lines[j].text)), "")
              for i in kept[1:]]
    # (copies of a form, each of a few pages, repeat what stands under the pages' tops: not all of it)
    if all(_reads_like(a, after[0]) for a in after) or len(set(before)) <= 1:
        return lines  # (the lines under the blocks the same, OCR's slips aside: the form's own)
    block = {i: block[i] for i in kept}
    out = list(lines)
    for b in block.values():
        for i in b:
            out[i] = replace(out[i], kind="page_header")
    return out


_GAP_IN_RE = re.compile(r"\t| {2,}")
SLIPPED_LENGTH = 3  # letters a first printing's slips may add or drop against the others' reading
SLIPPED_RATIO = 85.0  # how near the first page's printing of a header must read to the others' one reading


def _slipped_top(lines: list[Line], texts: list[int], top: int, head: str) -> list[int]:
    """The printings of a header whose first, the document's first line,
    OCR read with slips of its own that the other pages' printings do not
    share ("(4๐ยขอ Learning)" where every other page reads "(Active
    Learning)"): the others read alike (one reading, figures aside,
    OPENING_MIN - 1 times or more, each opening a paragraph), and the first
    within SLIPPED_RATIO of it; [] if there are none such."""
    shapes = {i: _shape(lines[i].text) for i in texts[1:]
              if i != top and len(lines[i].text) <= RUNNING_MAX and _opens_paragraph(lines, i)}
    near = Counter(_figureless(sh) for sh in shapes.values()
                   if fuzz.ratio(sh, head, score_cutoff=SLIPPED_RATIO))
    if not near:
        return []
    reading, n = near.most_common(1)[0]
    if n < OPENING_MIN - 1 or len(near) > 1 and near.most_common(2)[1][1] * 2 > n:
        return []
    # slips change letters where the header's stand; a line that sets a word before them, or a gap inside (a
    # title block's label and the name the header prints: "ชื่อโครงการ<tab>พัฒนา...") is the form's own
    first = _figureless(head)
    if _GAP_IN_RE.search(lines[top].text.strip()) or first.find(reading[:8]) > 0:
        return []
    # nor is a line the others print with a word more (the cover's office line, "สำนักงานเขต...", and each
    # project title's next line, "สังกัดสำนักงานเขต...": a name the form prints, not a header's printing)
    if abs(len(reading) - len(first)) > SLIPPED_LENGTH or _holds_more(reading, {first}):
        return []
    return [top, *(i for i, sh in shapes.items() if _figureless(sh) == reading)]


def _once_a_page(where: list[int], block: dict[int, list[int]], at: dict[int, int],
                 readings: dict[int, str] | None = None) -> tuple[list[int], int]:
    """The printings (their first lines, in order) kept as a header's, and
    the median distance between printings (in lines of text): a header is
    printed once a page, so a printing nearer the one kept before it than
    OPENING_NEAR of that median is the text's (the cover printing the office
    the header names, under it or in its address lines).  With `readings`
    (each printing's reading, figures aside), where the one kept before it
    reads other than the printings' commonest reading and this one reads
    it, and this one stands a page's share past the one kept before that,
    the one before is the text's and this one the header (a project's name
    wrapped onto a line naming the office, its first word OCR garbled, "ง ด"
    + the office for "สังกัด" + it, mid-page: before, it was kept as the
    header, the header under it dropped as text, and the name's wrap lost
    with no issue: fresh set s98o, obec_progress_s98o001); so is one that
    reads otherwise between two a page's share apart (OPENING_NEAR over a
    page), well short of a page from either."""
    steps = sorted(at[b] - at[a] for a, b in zip(where, where[1:]))
    if not steps:
        return list(where), 0
    step = steps[len(steps) // 2]
    common = Counter(readings[i] for i in where).most_common(1)[0][0] if readings else None
    kept = [where[0]]
    for i in where[1:]:
        if at[i] - at[block[kept[-1]][-1]] > max(1, step * OPENING_NEAR):
            kept.append(i)
        elif readings and len(kept) > 1 and readings[kept[-1]] != common and readings[i] == common \
                and at[i] - at[block[kept[-2]][-1]] > max(1, step * (1 - OPENING_NEAR)):
            kept[-1] = i
    if readings:
        # (one reading otherwise standing mid-page: the printings around it a page's share apart, it well short of
        # a page from either)
        kept = [i for k, i in enumerate(kept)
                if not (0 < k < len(kept) - 1 and readings[i] != common
                        and at[kept[k + 1]] - at[block[kept[k - 1]][-1]] <= step * (1 + OPENING_NEAR)
                        and at[i] - at[block[kept[k - 1]][-1]] < step * (1 - OPENING_NEAR)
                        and at[kept[k + 1]] - at[block[i][-1]] < step * (1 - OPENING_NEAR))]
    return kept, step


def _reads_like(shape: str, tail: str) -> bool:
    """Whether a printing's line reads as the first printing's `tail` (its
    shape the same, or a long one within RUNNING_RATIO: OCR slips)."""
    return shape == tail or len(tail) >= 10 and bool(fuzz.ratio(shape, tail, score_cutoff=RUNNING_RATIO))


def _text_after(texts: list[int], at: dict[int, int], i: int) -> int:
    """The line of text after line i (`texts`: the lines of text, `at`: each one's place among them); -1 if none."""
    return texts[at[i] + 1] if at[i] + 1 < len(texts) else -1


def _after_blocks(lines: list[Line], texts: list[int], at: dict[int, int], block: dict[int, list[int]],
                  kept: list[int]) -> list[str]:
    """The shape of the line of text under each kept printing's block."""
    return [_shape(lines[j].text) if (j := _text_after(texts, at, block[i][-1])) >= 0 else "" for i in kept]


def _extend_blocks(lines: list[Line], texts: list[int], at: dict[int, int], block: dict[int, list[int]],
                   kept: list[int]) -> None:
    """Add to each kept printing's block, in place, the next lines of text
    that stand under every kept printing (OPENING_TAIL at most, each within
    RUNNING_RATIO of the first printing's), where the tail rule stopped at a
    line longer than the first: a header OCR read as two lines, its second
    the longer ('สำนักงานเขต...' over 'รายงานความก้าวหน้า การดำเนินงาน...').
    Only while every printing has it: copies of a form, whose titles stand
    over the same lines each time, keep standing over the same lines after
    it, and the caller still finds no text that differs under them."""
    for _ in range(OPENING_TAIL + 1):
        nxt = {i: _text_after(texts, at, block[i][-1]) for i in kept}
        first = nxt[kept[0]]
        if first < 0 or len(lines[first].text) > RUNNING_MAX or _ITEM_RE.match(lines[first].text):
            return
        shape = _shape(lines[first].text)
        if len(shape) < 4 or not all(nxt[i] >= 0 and _reads_like(_shape(lines[nxt[i]].text), shape) for i in kept):
            return
        for i in kept:
            block[i].append(nxt[i])


def _opens_paragraph(lines: list[Line], i: int) -> bool:
    """Line i is the document's first, or a blank line or furniture stands before it."""
    return i == 0 or lines[i - 1].kind != "text" or _is_speck(lines[i - 1].text)


def _holds_more(shape: str, running: set[str]) -> bool:
    """Whether `shape` is a running header's whole text and a word more: a
    line of the form that names what the header names ('สังกัด' + the office:
    a project's name wrapped at a page's foot), not a printing of the header
    with OCR slips (which changes letters, or adds specks)."""
    for header in running:
        at = shape.find(header)
        if at >= 0 and _WORD_RE.search(shape[:at] + " " + shape[at + len(header):]):
            return True
        if len(shape) > len(header) + HOLDS_RUN and _word_inserted(header, shape):
            return True
    return False


HOLDS_SLIPS = 2  # a header's letters a line holding it may lack, OCR's slips (_word_inserted)
HOLDS_RUN = 4  # letters in a row a line holds beyond a header's, a word's at least (_word_inserted)


def _word_inserted(header: str, shape: str) -> bool:
    """Whether `shape` holds a header's letters in their order, HOLDS_SLIPS at
    most lacking, and HOLDS_RUN letters or more in a row besides that hold a
    word (_WORD_RE): the header's words with words of the text among them
    ("สำนักงานเขตทุ่งครุจึงได้จัดทำโครงการส่งเสริม..." in a proposal's rationale,
    the header "สำนักงานเขตทุ่งครุ โครงการส่งเสริม...": taken for a printing of
    the header, the line was lost from the rationale, silently: fresh set s111r,
    bma_proposal_s111r005), not the header with OCR's slips, which change a
    letter here and there."""
    ops = LCSseq.editops(header, shape)
    if sum(1 for op in ops if op.tag == "delete") > HOLDS_SLIPS:
        return False
    added = [op.dest_pos for op in ops if op.tag == "insert"]
    start = 0
    for k in range(1, len(added) + 1):
        if k == len(added) or added[k] != added[k - 1] + 1:
            run = shape[added[start]: added[k - 1] + 1]
            if len(run) >= HOLDS_RUN and _WORD_RE.search(run):
                return True
            start = k
    return False


def _after_gaps(lines: list[Line], shapes: dict[int, str], counts: Counter[str]) -> dict[str, tuple[list[int], list[int]]]:
    """The shapes printed twice or more, each time as the first line of a
    page (after a page gap of PAGE_GAP blank lines or more, or the
    document's first line), and after at least half of the document's gaps:
    where they stand, and the lines of their wrapped tails (`_header_tail`)."""
    gaps: dict[int, int] = {}  # line -> blank lines before it
    last = -1  # the last line that is not blank
    for i, ln in enumerate(lines):
        if ln.kind != "blank" or ln.indent:  # (a tab alone: a table's empty cell, not a gap)
            if last >= 0 and i - last - 1 >= PAGE_GAP:
                gaps[i] = i - last - 1
            last = i
    first = next((i for i, ln in enumerate(lines) if ln.kind != "blank"), -1)
    found: dict[str, list[int]] = {}
    for i in [first, *gaps] if first not in gaps else gaps:
        shape = shapes.get(i)
        if shape is not None and len(shape) >= 4 and counts[shape] >= 2:
            found.setdefault(shape, []).append(i)
    out: dict[str, tuple[list[int], list[int]]] = {}
    for shape, where in found.items():
        opened = [i for i in where if i in gaps]
        if not opened or 2 * len(opened) < len(gaps):
            continue
        tail, after = _header_tail(lines, where, shapes)
        # every printing opens a page, and every gap as wide as theirs opens on
        # one: a line of the form that two copies paginated alike print at the
        # top of a page opens one page of each copy, not the copy's first
        # (nor, opening the document, a copy's title above the same lines each time)
        if len(where) == counts[shape] and _wide_gaps(gaps, min(gaps[i] for i in opened)) == len(opened):
            if where[0] != first or len(set(after)) > 1:
                out[shape] = where, tail
        # a header on page 1 too: it opens the document and most pages, mostly
        # above other text; it may be printed in the text as well (the office a
        # header names, on the cover), and the form may part a table or its
        # signature by as many blank lines as its pages
        elif where[0] == first and 2 * len(opened) > len(gaps) and 2 * len(set(after)) > len(after):
            out[shape] = where, tail
        # printed twice or more, more often than the document's first line (once a copy), every time
        # opening a page, over most of the gaps a signature does not open (the form parts its signatures, and
        # perhaps a heading, by a page's gap too), and over text that differs from page to page: the header of
        # every page but the first (a line of the form at the top of a page of each copy is printed once a
        # copy, over a copy's own layout perhaps)
        elif len(where) == counts[shape] == len(opened) >= 2 and 2 * len(opened) > _unsigned(lines, gaps) \
                and 2 * len(set(after)) > len(after) and len(where) > _printings(lines, first):
            out[shape] = where, tail
    return out


def _unsigned(lines: list[Line], gaps: dict[int, int]) -> int:
    """How many of the gaps open on a line that is no signature's (the form may part each signature by a
    page's gap: those say nothing of the pages)."""
    return sum(1 for i in gaps if lines[i].kind != "signature")


def _printings(lines: list[Line], i: int) -> int:
    """How many lines of any kind read as line i (its shape): a form's first line, once a copy."""
    if i < 0:
        return 0
    head = _shape(lines[i].text)
    return sum(1 for ln in lines if ln.kind != "blank" and _shape(ln.text) == head)


# A running header's tail the page width wrapped onto a line of its own (one
# to three words, a number perhaps: 'เขต ๒', '๑๒ เดือน', 'พ.ศ. 2567').
TAIL_MAX = 40


def _header_tail(lines: list[Line], where: list[int], shapes: dict[int, str]) -> tuple[list[int], list[str]]:
    """The lines right under each printing in `where` (no blank line between)
    that are the same under every printing and short, or longer with what
    follows them differing from printing to printing (a title the page wrapped
    in two halves): the header's wrapped tail; and the shape of the first
    text line after the header and its tail at each printing."""
    def below(i: int) -> int:
        j = i + 1
        return j if j < len(lines) and lines[j].kind == "text" else -1
    def first_text_after(rows: list[int]) -> list[str]:
        out = []
        for i in rows:
            j = i + 1
            while j < len(lines) and lines[j].kind != "text":
                j += 1
            out.append(shapes.get(j, lines[j].text) if j < len(lines) else "")
        return out
    tail: list[int] = []
    nxt = [below(i) for i in where]
    same_below = all(j >= 0 for j in nxt) and shapes.get(nxt[0]) is not None \
        and len({shapes.get(j) for j in nxt}) == 1
    if same_below and len(lines[nxt[0]].text) <= TAIL_MAX:
        tail = nxt
    after = first_text_after(tail or where)
    if same_below and not tail:
        # a longer line the same under every printing: the header's second line when what follows it differs
        # from page to page (most printings), as a copy's title and the heading under it do not
        under = first_text_after(nxt)
        if 2 * len(set(under)) > len(under):
            tail, after = nxt, under
    return tail, after


def _wide_gaps(gaps: dict[int, int], width: int) -> int:
    return sum(gap >= width for gap in gaps.values())


def _same_context(lines: list[Line], where: list[int], shapes: dict[int, str]) -> bool:
    """Whether every printing in `where` has the same text lines around it
    (before and after): a line of the form that copies of it print at the
    same page edge, not a running header (which heads pages of different
    content).  OCR specks around it are no context: a page number OCR read
    as a dash alone ("-" for "- ๑ -") stands before every printing of a
    header, and the header's own wrapped line after it, so the pages'
    content before the speck tells them apart (fresh set s115v,
    obec_progress_s115v003: the header never known, its printings read as
    findings and alignments)."""
    def context(i: int) -> tuple[str, str]:
        around = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (lines[j].kind != "text" or _is_speck(lines[j].text)):
                j += step
            around.append(shapes.get(j, lines[j].text) if 0 <= j < len(lines) else "")
        return around[0], around[1]
    contexts = {context(i) for i in where}
    # (nothing before the document's first line: the same as what stands before the others)
    return len(contexts) == 1 or (len(contexts) == 2 and len({after for _, after in contexts}) == 1
                                  and "" in {before for before, _ in contexts})


# A line opening with a list's item number: one level, closed by a dot or bracket ("๒. ด้านคุณภาพ", "3) ...")
_ITEM_OPEN_RE = re.compile(r"^\s*([0-9๐-๙]{1,2})([.)])\s")
LIST_REACH = 40  # text lines above a printing searched for the item before it


def _continues_lists(lines: list[Line], where: list[int]) -> bool:
    """Whether every printing in `where` is a list's item N (N > 1) whose
    item N - 1, numbered in the same style, opens a text line shortly above
    it (LIST_REACH text lines, on its page or the one before): the form's
    own item at a page's edge, printed where the pages of sibling projects
    or copies break alike ("๑. ด้านปริมาณ" ... "๒. ด้านคุณภาพ" / "- ๑ -" in
    one project, "- ๓ -" / "๒. ด้านคุณภาพ" in the next: before, both were
    taken for a running header and the targets' quality groups lost on clean
    text, fresh set s73a).  A running header goes on no list of the text
    around it."""
    return all(_item_before(lines, i) for i in where)


def _item_before(lines: list[Line], i: int) -> bool:
    """Whether line i opens with item N > 1 and item N - 1 (same closing
    mark) opens a text line above it, within LIST_REACH text lines."""
    m = _ITEM_OPEN_RE.match(lines[i].text)
    if m is None or (number := int(thai_digits_to_arabic(m.group(1)))) < 2:
        return False
    seen = 0
    for j in range(i - 1, -1, -1):
        if seen >= LIST_REACH:
            return False
        if lines[j].kind == "text":
            seen += 1
            before = _ITEM_OPEN_RE.match(lines[j].text)
            if before is not None and before.group(2) == m.group(2) \
                    and int(thai_digits_to_arabic(before.group(1))) == number - 1:
                return True
    return False


def _breaks(lines: list[Line], where: list[int]) -> int:
    """How many page breaks the printings in `where` stand at: two that only
    furniture, blank lines and specks part are the two sides of one break (the
    last row of a table above it and the next row below: "รายงานครั้งที่ 8" /
    page footer / page header / "รายงานครั้งที่ 9", both OCR-read "... 3"), which a
    running header, heading pages of different content, never is."""
    breaks = 1
    for a, b in zip(where, where[1:]):
        j = a + 1
        while j < b and (lines[j].kind != "text" or _is_speck(lines[j].text)):
            j += 1
        breaks += j < b
    return breaks


def _page_marks(lines: list[Line]) -> int:
    """About how many page breaks the document shows: the most of page
    numbers, footers, printed headers and form feeds."""
    kinds = Counter(ln.kind for ln in lines)
    return max(kinds["page_number"], kinds["page_footer"], kinds["page_header"], kinds["page_break"])


# A speck: what OCR makes of a page's edge, rule or stamp ("๐ ff  x  a  &"):
# no run of three Thai letters.
_WORD_RE = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{3}")


@lru_cache(maxsize=16384)  # (a speed-up: the rules ask of the same lines again and again, a document's copies repeat them)
def _is_speck(text: str) -> bool:
    return _WORD_RE.search(text) is None


# A form's field: a label of FIELD_LABEL_MAX characters at most holding a Thai
# word, a colon, then a value holding one ("ชื่อโครงการ/กิจกรรม : <the name>",
# "เป็นไปตามแผน : เป็นไปตามเป้าหมาย").  It is the form's content, printed once
# a copy at the same place of each copy's pages, never a running header: a
# header names the document, its office, title or project, and a page's
# number or print time ("13:46": no word before the colon) is no field.  Two
# copies paginated alike put a copy's first field at the same page top, next to
# the copy's title (a known header title): taken for a running header's
# printings or wrapped lines, the project's name was lost (fresh set s83c,
# bma_progress_s83c009).  The header rules take no field line.
FIELD_LABEL_MAX = 40
_FIELD_RE = re.compile(r"^[^:]{0,%d}:(?P<value>.*)$" % FIELD_LABEL_MAX)


# A label cell and its value cell, a table's row ("ชื่อโครงการ<tab>พัฒนาศักยภาพครู...", OCR's run of spaces for the
# tab; _is_cell_field): a label of one run of Thai letters and marks (CELL_LABEL_MAX characters at most, no digit),
# a gap of a tab or CELL_GAP spaces, then a value of CELL_VALUE_WORDS Thai words at least and no digit (a header's
# page number, "หน้า ๒/๕", holds one).  A document that opens with one opens with no header (mark_opening_header):
# taken for the running header that names the project ("โครงการพัฒนาศักยภาพครู..."), the name's row was lost
# (fresh set s153o, bma_proposal_s153o004: the project had no name, its first copy's title block lines left out)
CELL_LABEL_MAX = 20
CELL_GAP = 3
CELL_VALUE_WORDS = 3
_CELL_FIELD_RE = re.compile(r"^[\u0e01-\u0e4e]{3,%d}(?:\t|[ ]{%d,})[ \t]*(?P<value>[^\t0-9\u0e50-\u0e59]+)$"
                            % (CELL_LABEL_MAX, CELL_GAP))


@lru_cache(maxsize=16384)
def _is_field(text: str) -> bool:
    text = text.strip()
    m = _FIELD_RE.match(text)
    return m is not None and _WORD_RE.search(text[:m.start("value")]) is not None \
        and _WORD_RE.search(m.group("value")) is not None


def _is_cell_field(text: str) -> bool:
    m = _CELL_FIELD_RE.match(text.strip())
    return m is not None and len(_WORD_RE.findall(m.group("value"))) >= CELL_VALUE_WORDS


def _at_page_edge(lines: list[Line], i: int, reach: int = 2, furniture: frozenset[str] = PAGE_FURNITURE) -> bool:
    """Page furniture (of the kinds `furniture`) next to line i, with only
    blank lines or up to `reach` OCR specks between."""
    return _edge_on(lines, i, -1, reach, furniture) or _edge_on(lines, i, 1, reach, furniture)


def _edge_on(lines: list[Line], i: int, step: int, reach: int = 2, furniture: frozenset[str] = PAGE_FURNITURE) -> bool:
    """Page furniture next to line i on one side (step -1: above it, 1: below), as _at_page_edge."""
    j, specks = i + step, 0
    while 0 <= j < len(lines) and specks <= reach:
        if lines[j].kind in furniture:
            return True
        if lines[j].kind != "blank":
            if not _is_speck(lines[j].text):
                break
            specks += 1
        j += step
    return False


SIDE_MIN = 2  # printings on each side of a page's edge at least that tell a line at page edges by chance
SIDE_SHARE = 3  # ... and on one side at most for each on the other (_sides_mixed)


def _sides_mixed(lines: list[Line], where: list[int], shapes: dict[int, str], shape: str) -> bool:
    """Whether the printings in `where` stand at page edges on both sides of
    the page's marks, under a page number (or footer) some and over one others,
    the fewer a side one for every SIDE_SHARE on the other at least, and
    SIDE_MIN at least on each or a printing of the line inside a numbered page
    (_inside_a_page).  A running header heads its pages from one side of their
    marks, as a footer closes them from the other (one printing OCR read past
    its page's body is one of many on the other side: fresh set s105p,
    obec_progress_s105p003, 1 of 15; two printings, one on each side and none
    inside a page, are weighed by the other rules, as before).  A section
    heading the form prints once a project, whose projects take about a page
    each, stands at the top of some pages and at the foot of others by chance:
    taken for a running header, each of its printings was lost with the
    targets under it, on clean text (fresh set s112r, obec_progress_s112r001:
    "เป้าหมายเชิงผลผลิต (Output)" after the page numbers "- 3 -" and "- 4 -",
    before "- 5 -" .. "- 7 -"; its OCR'd twin, two pages' numbers lost, at two
    tops and one foot, and inside page 2)."""
    sides = Counter()
    for i in where:
        above, below = _edge_on(lines, i, -1, furniture=PAGE_EDGE), _edge_on(lines, i, 1, furniture=PAGE_EDGE)
        if above != below:  # (a printing between two marks, a page of nothing else, tells no side)
            sides[above] += 1
    fewer, more = sorted((sides[True], sides[False]))
    if fewer == 0 or SIDE_SHARE * fewer < more:
        return False
    return fewer >= SIDE_MIN or _inside_a_page(lines, [i for i, sh in shapes.items() if sh == shape])


INSIDE_LINES = 4  # lines a page's body line stands from each of its page's edges at least (_inside_a_page)
_PAGE_FIGURE_RE = re.compile(r"[0-9๐-๙]{1,4}")  # a page number's own figure ("- 3 -", "หน้า 3 จาก 12", "3/12": 3)


def _page_figure(text: str) -> int | None:
    """The figure a page number line prints first (its page's own), or None."""
    m = _PAGE_FIGURE_RE.search(text)
    return int(thai_digits_to_arabic(m.group())) if m is not None else None


def _inside_a_page(lines: list[Line], where: list[int]) -> bool:
    """Whether a printing in `where` stands inside a page, between the
    numbers of two pages that follow each other ("- 2 -" above it, "- 3 -"
    below) and INSIDE_LINES lines from each (a line of a header printed on
    several lines stands near them), the page's only printing: no page break
    was lost there, and the page prints the line in its body, not at its head."""
    for i in where:
        above = next((j for j in range(i - 1, -1, -1) if lines[j].kind == "page_number"), None)
        below = next((j for j in range(i + 1, len(lines)) if lines[j].kind == "page_number"), None)
        if above is None or below is None or any(above < j < below for j in where if j != i):
            continue
        if min(sum(lines[j].kind != "blank" for j in range(top + 1, foot)) for top, foot in ((above, i), (i, below))) \
                < INSIDE_LINES:
            continue
        page, next_page = _page_figure(lines[above].text), _page_figure(lines[below].text)
        if page is not None and next_page == page + 1:
            return True
    return False


_DASHED_STYLE_RE = re.compile(r"^[-–]\s*[0-9๐-๙]{1,4}\s*[-–]$")


def clean_lines(text: str) -> tuple[list[Line], Counter[str]]:
    """Cleaned lines of a document and how many lines each fix changed."""
    fixes: Counter[str] = Counter()
    text, invisible = fix_invisible_and_explain(text)  # odd line breaks, zero-width and bidi characters
    fixes.update(invisible)
    lines: list[Line] = []
    run_text, run_start, run = "", 0, 0
    seen: dict[str, tuple[str, tuple[str, ...], str, tuple[int, ...]]] = {}
    dashed: list[int] = []  # lines that read as a page number between dashes, its digits garbled
    for no, raw, repeats in numbered_lines(split_lines(text), fixes, REPEAT_RUN):  # an over-long line in pieces
        if repeats:  # the copies after the first of a piece repeated on one line: one piece, left out
            lines.append(Line(no, raw, "repeated"))
            fixes["repeated"] += 1
            run_text, run = "", 0
            continue
        if "\f" in raw:
            fixes["form_feed"] += 1
            lines.append(Line(no, "", "page_break"))
            raw = raw.replace("\f", " ")
            if not raw.strip():
                continue
        known = seen.get(raw)  # a copy's lines repeat: each distinct line is cleaned and classified once
        if known is None:
            cleaned, changed = fix_line_and_explain(raw)
            kind = classify(cleaned, raw)
            cols = cell_columns(raw) if "\t" in cleaned else ()
            if cols and len(cols) != cleaned.count("\t") + 1:
                cols = ()  # the clean-up changed the cells (a markdown table, a bullet): positions unknown
            seen[raw] = cleaned, changed, kind, cols
        else:
            cleaned, changed, kind, cols = known
        if changed:
            fixes.update(changed)
        if kind != "blank":  # a run of one line repeated (REPEAT_RUN)
            if cleaned == run_text:
                run += 1
                if run > REPEAT_RUN:
                    kind = "repeated"
                elif run == REPEAT_RUN:
                    mark_repeats(lines, run_start, fixes)
                    kind = "repeated"
            else:
                run_text, run_start, run = cleaned, len(lines), 1
        if kind in FURNITURE:
            fixes[kind] += 1
        if kind == "text" and is_dashed_page_number(raw):
            dashed.append(len(lines))
        lines.append(Line(no, cleaned, kind, "strip_bullet" in changed, raw[:1] == "\t" or raw[:2] == "  ", cols))
    # a page number between dashes whose digits OCR garbled ("- า๒ -", "- & -"), where the document prints
    # its page numbers so (one read whole, "- ๕ -"): a line of a word or two between dashes is text elsewhere
    if dashed and any(ln.kind == "page_number" and _DASHED_STYLE_RE.match(ln.text) for ln in lines):
        for i in dashed:
            lines[i] = replace(lines[i], kind="page_number")
        fixes["page_number"] += len(dashed)
    lines = mark_catchwords(lines)
    lines = mark_signature_wraps(lines)
    running = mark_lone_printings(mark_header_lines_above(
        mark_header_tails(mark_header_blocks(mark_header_wraps(mark_header_heads(mark_paragraph_headers(
            mark_opening_header(mark_running_lines(lines)))))))))
    fixes["page_header"] += sum(1 for a, b in zip(lines, running) if a.kind != b.kind)
    lines = mark_footer_tails(running)  # after the running lines: a page counts one footer
    fixes["catchword"] += sum(1 for ln in lines if ln.kind == "catchword")
    lines = mark_specks_between_furniture(lines)
    fixes["ocr_noise"] += sum(1 for a, b in zip(running, lines) if a.kind != b.kind and b.kind == "ocr_noise")
    return lines, +fixes


SPECK_BETWEEN_MAX = 2  # characters of a speck between a page's header and its number (mark_specks_between_furniture)


def mark_specks_between_furniture(lines: list[Line]) -> list[Line]:
    """A speck of SPECK_BETWEEN_MAX characters at most between a page's
    header and its number, blank lines alone between, is OCR noise: what OCR
    made of a rule or stamp at the page's top ("แบบแสดงรายงาน..." / "๑" /
    "หน้า 3 จาก 7").  No content stands there; read as text, the speck ran
    into the clause before the page break (fresh set s115r,
    bma_progress_s115r007: "จัดทำโครงการเพื่อขออนุมัติ 1", silently).  A
    longer line there is the header's wrapped tail ("พ.ศ." / "๒๕๖๕", whose
    year the forms' readers weigh), and a speck between a page's foot and the
    next page's top may be an item's number OCR set apart from its words
    ("๑7" / "สำนักการศึกษา" / "เพื่อสร้างเครือข่าย...": fresh set s114q,
    bma_progress_s114q007): both are left as they are."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "text" or len(ln.text.strip()) > SPECK_BETWEEN_MAX or not _is_speck(ln.text):
            continue
        # (blank lines alone between: no speck within reach)
        if any(_edge_on(lines, i, -1, 0, frozenset({above})) and _edge_on(lines, i, 1, 0, frozenset({below}))
               for above, below in (("page_header", "page_number"), ("page_number", "page_header"))):
            out[i] = replace(ln, kind="ocr_noise")
    return out


WRAP_LINES_MAX = 2  # lines a running header's printing wraps onto, at most, below its first (mark_header_wraps)
_WRAP_DIGIT_RE = re.compile(r"[0-9๐-๙]")


def mark_header_wraps(lines: list[Line]) -> list[Line]:
    """The lines a running header the page width wrapped stands on below
    its first, each too long for a short tail (HEADER_TAIL_MAX) and read
    with OCR's slips, so repeating as no shape of its own ("โครงการส่งเสริม
    ... (Active Learning)" / "ในโรงเรียนสังกัด..." on one page, "ในโรง เวียน
    สังกัด..." on the next, then the office: fresh set s91o, bma_proposal_s91o001,
    where they ran into the project's model text over the page break,
    silently).  A header's line marked at two printings or more, every
    printing followed at once (no blank line: a wrap) by a line of text
    that reads as the first printing's follower within RUNNING_RATIO, no
    field, no item, no speck, is followed by its wrapped part; its lines are
    header, then the lines after them, the same way, WRAP_LINES_MAX at most,
    where the header then stands apart from the page's text (no line of text
    right under its last wrapped line at any printing: else none is taken),
    and where each wrapped line prints the same digits at every printing (a
    line whose figures differ page by page is the page's own).  A header's
    first line is one with no header line over it (blank lines aside).
    Copies of a form that break their pages at one place print their own
    line under the header at each break, after the same line above it: the
    printings must each stand after different text (the last line of text
    above each, _text_before), as a header heads pages of different
    content."""
    heads: dict[str, list[int]] = {}
    above = None  # the kind of the last line that holds anything
    for i, ln in enumerate(lines):
        if ln.kind == "page_header" and above != "page_header":  # (a header's first line, no header over it)
            heads.setdefault(_shape(ln.text), []).append(i)
        if ln.kind != "blank":
            above = ln.kind
    out = list(lines)
    for where in heads.values():
        if len(where) < 2 or len({_text_before(out, i) for i in where}) < len(where):
            continue
        ends, wraps = list(where), []  # wraps: each wrapped line's printings, and the specks passed before them
        for _ in range(WRAP_LINES_MAX):
            filler: list[int] = []  # (the specks passed before this wrapped line, taken with it)
            ends = [i + 1 for i in ends]  # (a header line marked already below its first: past it)
            while all(k < len(out) and out[k].kind == "page_header" for k in ends):
                ends = [k + 1 for k in ends]
            if not all(k < len(out) and out[k].kind == "text" for k in ends):
                # a blank line or specks OCR set between a header's lines at some printing, WRAP_FILLER_MAX lines
                # at most ("สำนักงานเขต... สำหรับ" / "" / "เห" / "นักเรียนเขต..."; fresh set s143o,
                # bma_proposal_s143o003, where the header's wrapped lines ran into the project's model): passed,
                # taken with the header where its wrapped line follows
                past = [_past_filler(out, k) for k in ends]
                if all(k < len(out) and out[k].kind == "text" and not _LABELLED_RE.search(out[k].text) for k in past):
                    # (no line of a label and its colon: a copy's own field under the form's title, which a second
                    # copy prints again, "รหัสโครงการ... : 5025...", is no header's wrap)
                    filler, ends = [j for a, b in zip(ends, past) for j in range(a, b) if out[j].kind == "text"], past
            if not all(k < len(out) and out[k].kind == "text" for k in ends):
                break
            texts = [out[k].text for k in ends]
            first = _shape(texts[0])
            if any(len(t.strip()) <= HEADER_TAIL_MAX or len(t) > RUNNING_MAX or _is_speck(t) or _is_field(t)
                   or _ITEM_RE.match(t) for t in texts) \
                    or not all(fuzz.ratio(_shape(t), first, score_cutoff=RUNNING_RATIO) for t in texts[1:]) \
                    or len({"".join(_WRAP_DIGIT_RE.findall(t)) for t in texts}) > 1:
                break  # (a line whose figures differ page by page is the page's own: "... รอบที่ 1", "... รอบที่ 2")
            wraps.append((ends, filler))
        # (the header stands apart from the page's text: a line of text right under its last wrapped line, at a
        # printing, is text the wrap runs into, a page's own lines that open alike, and no line is taken)
        while wraps and any(k + 1 < len(out) and out[k + 1].kind == "text" for k in wraps[-1][0]):
            wraps.pop()
        for ends, filler in wraps:
            for k in ends + filler:
                out[k] = replace(out[k], kind="page_header")
    return out


WRAP_FILLER_MAX = 4  # blank lines and lines of specks between two lines of a running header's printing, at most
_LABELLED_RE = re.compile(r"[\u0e01-\u0e4e][\u0e01-\u0e4e.\s]*:")  # a label and its colon ("รหัสโครงการ... :")


def _past_filler(lines: list[Line], k: int) -> int:
    """The first line from k on past WRAP_FILLER_MAX blank lines and lines
    of specks (_is_speck) at most (where more stand, the line after the
    last passed: a speck, which the caller's checks refuse); k itself where
    the lines end first."""
    j = k
    while j < len(lines) and j - k < WRAP_FILLER_MAX and (
            lines[j].kind == "blank" or lines[j].kind == "text" and _is_speck(lines[j].text)):
        j += 1
    return j if j < len(lines) else k


def _text_before(lines: list[Line], i: int) -> str:
    """The shape of the last line of text before lines[i] (furniture and blank lines passed), "" if none."""
    j = i - 1
    while j >= 0 and lines[j].kind != "text":
        j -= 1
    return _shape(lines[j].text) if j >= 0 else ""


HEADER_BLOCK_MIN = 2  # lines of a running header's printing (wrapped) that mark its other printings anywhere


def mark_header_blocks(lines: list[Line]) -> list[Line]:
    """The other printings of a running header wrapped over two lines or
    more, wherever they stand: a block of lines that reads as a marked
    printing's whole block, line for line, is that header again, though
    OCR set it inside a page (a table read down its columns carries the
    page's header into a column: "สำนักงานเขต... (STEM" / "Education) เขต..."
    / "ปีงบประมาณ พ.ศ. 2567" between two steps of a Gantt chart).  One line
    alone that reads as a header's may be the form's own words (a
    proposal's name under its title); a whole wrapped block is not.  OCR
    sets a blank line between a block's lines on some pages and none on
    others (TAIL_BLANKS between two lines, at most): the block is its lines
    of text."""
    blocks: set[tuple[str, ...]] = set()
    i = 0
    while i < len(lines):
        if lines[i].kind != "page_header":
            i += 1
            continue
        rows = _block_rows(lines, i, lambda ln: ln.kind == "page_header")
        if len(rows) >= HEADER_BLOCK_MIN:
            blocks.add(tuple(lines[k].text.strip() for k in rows))
        i = rows[-1] + 1
    if not blocks:
        return lines
    # a line may open several blocks (a header wrapped over three lines, and its first two alone): the longest
    # is tried first (in a fixed order: a set's order varies with the hash seed, and so did the lines marked)
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for block in sorted(blocks, key=lambda b: (-len(b), b)):
        firsts.setdefault(block[0], []).append(block)
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "text" or ln.text.strip() not in firsts:
            continue
        for block in firsts[ln.text.strip()]:
            rows = _block_rows(out, i, lambda x: x.kind == "text", len(block))
            if len(rows) == len(block) and all(out[k].text.strip() == t for k, t in zip(rows, block)):
                for k in rows:
                    out[k] = replace(out[k], kind="page_header")
                break
    return out


def _block_rows(lines: list[Line], i: int, keep, most: int = 0) -> list[int]:
    """The lines from line i on that `keep` takes, one after another or with
    TAIL_BLANKS blank lines at most between two (`most` of them at most, if
    given)."""
    rows = [i]
    while not most or len(rows) < most:
        k = _past_blanks(lines, rows[-1] + 1, TAIL_BLANKS)
        if k >= len(lines) or not keep(lines[k]):
            break
        rows.append(k)
    return rows


HEADER_TAIL_MAX = 12  # characters of a running header's wrapped tail ("เดือน", "6 เดือน", "เขต 2")
HEADER_TAIL_SEEN = 2  # printings of one header line a tail follows at least (and half of them)


HEADER_MIDDLES = 2  # lines of a running header between its first and its short tail, at most


def _header_chain(lines: list[Line], j: int, tails: int, least: int) -> tuple[int, ...] | None:
    """The lines from lines[j] of a running header the page wrapped, blank
    lines between or not (as OCR sets them): `least` to HEADER_MIDDLES lines
    of RUNNING_MAX characters at most, then `tails` short lines
    (HEADER_TAIL_MAX each); None where the text reads otherwise.  Two
    readings (mark_header_tails asks each after half the header line's
    printings):
    - _wrapped_chain, a header over four lines: two middles and one tail,
      which may read as a speck, the area's number alone ("ประจำปีงบประมาณ
      ... สำนักงานเขตพื้นที่การศึกษา" / "ประถมศึกษานครราชสีมา เขต" / "2");
    - _two_tails, the office's name cut twice: up to two middles (none
      where the line above, the header's, is known for a header itself) and
      two tails that are no specks, the province's name, then the area and
      its number ("ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตพื้นที่การศึกษา
      ประถมศึกษา" / "นครสวรรค์" / "เขต 3")."""
    chain: list[int] = []
    short = 0
    k = j
    while k < len(lines):
        text = lines[k].text.strip()
        if lines[k].kind != "text":
            return None
        if len(text) <= HEADER_TAIL_MAX and (tails == 1 or not _is_speck(lines[k].text)):
            if len(chain) - short < least:
                return None
            chain.append(k)
            short += 1
            if short == tails:
                return tuple(chain)
        elif short or _is_speck(lines[k].text) or len(chain) >= HEADER_MIDDLES or len(lines[k].text) > RUNNING_MAX \
                or _is_field(lines[k].text):
            return None
        else:
            chain.append(k)
        k += 1
        while k < len(lines) and lines[k].kind == "blank":
            k += 1
    return None


def _wrapped_chain(lines: list[Line], j: int) -> tuple[int, ...] | None:
    return _header_chain(lines, j, tails=1, least=2)


def _two_tails(lines: list[Line], j: int) -> tuple[int, ...] | None:
    return _header_chain(lines, j, tails=2, least=0)


TAIL_BLANKS = 1  # blank lines OCR may set between a header's middle line and its tail


def _past_blanks(lines: list[Line], k: int, most: int) -> int:
    """The first line from k on past at most `most` blank lines."""
    while most and k < len(lines) and lines[k].kind == "blank":
        k += 1
        most -= 1
    return k


def _in_a_row(ordinals: set[int]) -> bool:
    """Whether two of a header line's printings in a row (by their order
    among its printings) are among `ordinals`."""
    return any(k + 1 in ordinals for k in ordinals)


def mark_header_tails(lines: list[Line]) -> list[Line]:
    """A running header's tail the page width wrapped onto a line of its own
    ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ 6" / "เดือน"): too
    short to repeat as a header by itself (a word or two), it follows the
    header's line page after page, with only blank lines and OCR specks
    between.  A short line that follows one header line's printings so,
    at least HEADER_TAIL_SEEN times and after half of them, is that
    header's (else it stood as text in whatever list the page break fell
    in: a finding "เดือน" of its own).  The header's printings are counted
    by their shape, as OCR varied their marks: a form printed twice breaks
    its pages at the same place in each copy, and the lines after the one
    printing OCR wrote "เกี่ยวกับ" where the others read "เกียวกับ" (a
    report's description and budget clause) followed every printing of
    that text, though two of the header's eight.

    The header may be wrapped over three lines, its middle one not known
    for a header's (a header of two lines over it, the print's time stamp
    and the office, doubles the page count its printings are weighed
    against): a line that follows the header line's printings so, itself
    followed at once by a short tail, the same line and the same tail each
    time, is the header's with its tail; so is a line and two short tails
    after it, the same each time (the office's name cut twice: _two_tails),
    where that reading, not the shorter one, repeats so.

    A form printed in copies breaks its pages at the same place in each
    copy, and the same lines stand under the header at that break once a
    copy: with three copies of two pages, under half the header's printings
    (a copy's section heading and its first field, wrapped, over a short
    last line: "1.6 สนับสนุนแผนพัฒนา กทม. ..." / "ประเด็นยุทธศาสตร์ : ด้านที่ 3
    ... Bangkok as a City" / "for All", fresh set s69o bma_progress_s69o006,
    where section 1.6 lost its heading and its values' wraps to section
    1.5's last target, silently).  A header's tail follows its printings
    page after page: a reading that follows no two of the header line's
    printings in a row (`_in_a_row`: no printing between them that it does
    not follow) is a copy's own lines."""
    after: dict[str, list[tuple[int, ...]]] = {}  # a header line's text -> the lines after each printing
    twice: dict[str, list[tuple[int, ...]]] = {}  # the same, read as a line and two short tails (_two_tails)
    spaced: dict[str, list[tuple[int, ...]]] = {}  # a line and its short tail with a blank line between
    printings: Counter[str] = Counter()
    nth: dict[tuple[str, tuple[int, ...]], int] = {}  # a header line and the lines after a printing -> which printing
    for i, ln in enumerate(lines):
        if ln.kind != "page_header":
            continue
        head = _shape(ln.text)  # (its printings as OCR varied their marks: "เกี่ยวกับ" here, "เกียวกับ" there)
        printings[head] += 1
        ordinal = printings[head]
        # (past the header's lines known for a header's: its middle lines, when they repeat as one does)
        k, known = i + 1, 0
        while k < len(lines) and (lines[k].kind == "blank" or lines[k].kind == "page_header" and known < HEADER_MIDDLES):
            known += lines[k].kind == "page_header"
            k += 1
        if (two := _two_tails(lines, k)) is not None:
            twice.setdefault(head, []).append(two)
            nth[head, two] = ordinal
        j, specks = i + 1, 0
        while j < len(lines) and (lines[j].kind == "blank" or (
                lines[j].kind == "text" and _is_speck(lines[j].text) and specks < 2)):
            specks += lines[j].kind == "text"
            j += 1
        if j >= len(lines) or lines[j].kind != "text" or _is_speck(lines[j].text):
            continue
        if len(lines[j].text.strip()) <= HEADER_TAIL_MAX:
            after.setdefault(head, []).append((j,))
            nth[head, (j,)] = ordinal
        elif _is_field(lines[j].text):
            continue  # (a form's field, no header's wrapped line: a copy's first field under its opening lines)
        elif (len(lines[j].text) <= RUNNING_MAX and (t := _past_blanks(lines, j + 1, TAIL_BLANKS)) < len(lines)
              and lines[t].kind == "text"
              and len(lines[t].text.strip()) <= HEADER_TAIL_MAX and not _is_speck(lines[t].text)):
            # (a blank line OCR set between the middle and its tail on some pages: the same reading, taken
            # where it is also seen with none between)
            (after if t == j + 1 else spaced).setdefault(head, []).append((j, t))
            nth[head, (j, t)] = ordinal
        elif (chain := _wrapped_chain(lines, j)) is not None:
            after.setdefault(head, []).append(chain)
            nth[head, chain] = ordinal
    out = list(lines)

    def read(js: tuple[int, ...]) -> tuple[str, ...]:  # (the middle line by its shape: OCR's slips of marks)
        return (*(_shape(lines[j].text) for j in js[:-1]), lines[js[-1]].text.strip())

    for head, found, apart in [*((h, f, []) for h, f in twice.items()),  # (the two-tail readings first, as found)
                               *((h, f, spaced.get(h, [])) for h, f in after.items())]:
        tails = Counter(read(js) for js in found)
        also = Counter(read(js) for js in apart)
        for tail, n in tails.items():
            n += also[tail]
            if n >= HEADER_TAIL_SEEN and 2 * n >= printings[head]:
                taken = [js for js in [*found, *apart] if read(js) == tail]
                if not _in_a_row({nth[head, js] for js in taken}):
                    continue  # (under the same page break of each copy of a form: the copy's own lines)
                for js in taken:
                    for j in js:
                        out[j] = replace(lines[j], kind="page_header")
    return out


# A running header the page width wrapped over lines, its last lines known
# for a header's (they stand at the page's number) and a line above them not:
# the year line of "รายงานความก้าวหน้า ..." / "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
# สำนักงานเขตพื้นที่การศึกษา" / "ประถมศึกษา..." / "เขต ๕" stands at no page edge,
# and its printings, as many as the pages, are weighed against the page count
# the header's own lines marked make (two a page).  A line right above a
# header's printing (TAIL_BLANKS blank lines between, at most), reading alike
# (RUNNING_RATIO: OCR's slips, a year misread page by page) above
# ABOVE_SEEN printings and half of them at least, each printing at the page's number, footer or
# form feed (PAGE_EDGE: a form's lines marked for a header's stand anywhere), and printed nowhere
# else (no line of the text reads as it), is the header's too; the line above
# it is then asked the same (ABOVE_PASSES times: a header of four lines).
ABOVE_PASSES = 3
ABOVE_SEEN = 3  # printings a line stands above at least (copies of a form print their lines twice alike)


def mark_header_lines_above(lines: list[Line], passes: int = ABOVE_PASSES) -> list[Line]:
    """The lines of a wrapped running header above its printings known (see above)."""
    above: dict[str, list[int]] = {}  # a header line's shape -> the text line right above each printing
    printings: Counter[str] = Counter()
    edged: set[int] = set()  # those over a printing at the page's number, footer or form feed
    for i, ln in enumerate(lines):
        if ln.kind != "page_header":
            continue
        j = i - 1
        while j >= 0 and i - j - 1 <= TAIL_BLANKS and lines[j].kind == "blank":
            j -= 1
        if j >= 0 and lines[j].kind == "page_header":
            continue  # (not the printing's first line)
        head = _figureless(_shape(ln.text))  # (its printings by their shape, figures aside: a year OCR misreads)
        printings[head] += 1
        k = i  # the printing's last line: at the page's number, footer or form feed
        while k + 1 < len(lines) and lines[k + 1].kind in ("page_header", "blank"):
            k += 1
        while lines[k].kind == "blank":
            k -= 1
        if j >= 0 and lines[j].kind == "text" and 10 <= len(lines[j].text) <= RUNNING_MAX and not _is_speck(lines[j].text) \
                and not _is_field(lines[j].text):
            above.setdefault(head, []).append(j)
            if _at_page_edge(lines, k, furniture=PAGE_EDGE):
                edged.add(j)
    out = list(lines)
    for head, where in above.items():
        shapes = {j: _shape(lines[j].text) for j in where}
        reading = _commonest(list(shapes.values()))
        if len(reading) < 10:
            continue
        same = [j for j in where if _reads_like(shapes[j], reading)]
        seen = sum(j in edged for j in same)
        if seen < ABOVE_SEEN or 2 * seen < printings[head]:
            continue
        taken = set(same)
        if any(ln.kind == "text" and k not in taken and len(ln.text) <= RUNNING_MAX and _reads_like(_shape(ln.text), reading)
               for k, ln in enumerate(lines)):
            continue  # (the text prints it too: the form's own line, a copy's heading over its first page)
        for j in same:
            out[j] = replace(lines[j], kind="page_header")
    if passes > 1 and any(a.kind != b.kind for a, b in zip(out, lines)):
        return mark_header_lines_above(out, passes - 1)
    return out


# After OCR a header some rule found on two pages or more may stand as text
# on the others: a page whose only furniture it is (no page number or footer
# beside it), or whose other furniture OCR lost, shows no page edge, and a
# Gantt chart's page reads as a few lines, so that two headers stand much
# nearer than the median distance `_alone_between` asks.  A printing of a
# header known on its own line (LONE_SEEN printings or more, each with no
# other header line above or under it: not a part of a header wrapped over
# lines, whose words the form prints again, as a proposal's fiscal year over
# its Gantt chart) is that header again where it stands as OCR sets a page's
# top: alone, a blank line, furniture or a speck before it and after it
# (a value the page wrapped has its field's words right above it); a header
# is printed once a page, so not under a header's printing (blank lines and
# specks between: the cover printing the office under the page's header,
# its OCR reading a letter apart) nor over a printing of itself; and not within
# OPENING_NEAR of the printings' median distance after the first (page 1 and
# the cover print the office as a value: a project's unit, its name's tail),
# nor between the same lines as a printing that stays text (a later copy's
# page 1 prints the value again, OCR's slips aside).
# Only in a document that shows no page gap (PAGE_GAP blank lines or more):
# in clean text the rules above see the pages.
LONE_SEEN = 2


def mark_lone_printings(lines: list[Line]) -> list[Line]:
    """The printings of a running header left as text after OCR (see above)."""
    if not any(ln.kind == "page_header" for ln in lines):
        return lines
    blanks = 0
    for ln in lines:  # (a page gap: the rules above see the pages)
        blanks = blanks + 1 if ln.kind == "blank" and not ln.indent else 0
        if blanks >= PAGE_GAP:
            return lines
    of_text: dict[str, str] = {}  # each distinct line's shape once
    def shape_of(text: str) -> str:
        return of_text[text] if text in of_text else of_text.setdefault(text, _shape(text))
    marked: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.kind == "page_header" and len(ln.text) <= RUNNING_MAX:
            marked.setdefault(shape_of(ln.text), []).append(i)
    def single(i: int) -> bool:
        return all(not 0 <= j < len(lines) or lines[j].kind != "page_header" for j in (i - 1, i + 1))
    heads = {shape: where for shape, where in marked.items()
             if len(where) >= LONE_SEEN and len(shape) >= 10 and all(single(i) for i in where)}
    if not heads:
        return lines
    out_piece: list[int] = []
    pieces = _header_pieces(lines, heads)
    taken: list[int] = []
    kept: dict[str, list[int]] = {}  # the printings that stay text, by header
    for i, ln in enumerate(lines):
        if ln.kind != "text" or len(ln.text) > RUNNING_MAX:
            continue
        shape = shape_of(ln.text)
        where = heads.get(shape)
        if where is None:
            if (where := pieces.get(shape)) is not None and _lone_printing(lines, i, where):
                out_piece.append(i)  # (a piece of the header: no value prints it, see _header_pieces)
            continue
        if _lone_printing(lines, i, where):
            taken.append(i)
        else:
            kept.setdefault(shape, []).append(i)
    # a printing between the same lines as one that stays text is the form's own again (a later copy's page 1)
    around = {shape: [_around(lines, j) for j in rows] for shape, rows in kept.items()}
    out = list(lines)
    for i in taken:
        before, after = _around(lines, i)
        if any(_reads_like(before, b) and _reads_like(after, a) for b, a in around.get(shape_of(lines[i].text), [])):
            continue
        out[i] = replace(lines[i], kind="page_header")
    for i in out_piece:
        out[i] = replace(lines[i], kind="page_header")
    return out


# A header's printing OCR read in pieces (a page set out in columns, its header's opening words read on a line of
# their own and the rest lines further on, or lost at the margin: "รายงานความก้าวหน้า" of "รายงานความก้าวหน้า
# การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ ..."): a line that holds the header's first words or its last, whole
# words (PIECE_LETTERS letters or more, a word or more of the header left out), is that header's where it stands as
# a printing of the header would (_lone_printing).
PIECE_LETTERS = 12


def _header_pieces(lines: list[Line], heads: dict[str, list[int]]) -> dict[str, list[int]]:
    """The shapes of the pieces of the headers `heads` (their opening and
    closing words, see PIECE_LETTERS), each with its header's printings;
    a piece two headers share, or that is a header itself, left out."""
    found: dict[str, list[int] | None] = {}
    for where in heads.values():
        words = lines[where[0]].text.split()
        for k in range(1, len(words)):
            for piece in (words[:k], words[k:]):
                shape = _shape(" ".join(piece))
                if len(shape) >= PIECE_LETTERS and shape not in heads:
                    found[shape] = None if shape in found and found[shape] is not where else where
    return {shape: where for shape, where in found.items() if where is not None}


def _lone_printing(lines: list[Line], i: int, where: list[int]) -> bool:
    """Whether text line i, a printing of the header marked at `where`,
    stands where OCR sets a page's top (see mark_lone_printings)."""
    if i < where[0] or not _opens_paragraph(lines, i):
        return False
    if i + 1 < len(lines) and lines[i + 1].kind == "text" and not _is_speck(lines[i + 1].text):
        return False  # (text right under it: a value the page wrapped, or a sentence it opens)
    above, below = _next_line(lines, i, -1), _next_line(lines, i, 1)
    if above >= 0 and lines[above].kind == "page_header" or below in where:
        return False  # (under a header's printing, or over one of itself: a page prints its header once)
    steps = sorted(b - a for a, b in zip(where, where[1:]))
    return i - where[0] > steps[len(steps) // 2] * OPENING_NEAR  # (page 1 and the cover print it as a value)


def _around(lines: list[Line], i: int) -> tuple[str, str]:
    """The shapes of the lines of text (specks aside) before and after line i."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].kind != "text" or _is_speck(lines[j].text)):
            j += step
        found.append(_shape(lines[j].text) if 0 <= j < len(lines) else "")
    return found[0], found[1]


def _next_line(lines: list[Line], i: int, step: int) -> int:
    """The nearest line from line i in the direction of `step` that is
    neither blank nor a speck (of text or OCR noise): -1 if none."""
    j = i + step
    while 0 <= j < len(lines) and (lines[j].kind in ("blank", "ocr_noise")
                                   or lines[j].kind == "text" and _is_speck(lines[j].text)):
        j += step
    return j if 0 <= j < len(lines) else -1


def mark_repeats(lines: list[Line], start: int, fixes: Counter[str]) -> None:
    """Mark, in place, the lines after lines[start] that repeat it (a run
    that has just reached REPEAT_RUN lines) as "repeated", and count them
    as such in `fixes`."""
    for i in range(start + 1, len(lines)):
        ln = lines[i]
        if ln.kind != "blank":  # (dataclasses.replace costs five times as much)
            lines[i] = Line(ln.no, ln.text, "repeated", ln.bullet, ln.indent, ln.cols)
            fixes["repeated"] += 1
            if ln.kind in FURNITURE:
                fixes[ln.kind] -= 1


def text_lines(lines: list[Line]) -> list[Line]:
    """Only the lines of text."""
    return [ln for ln in lines if ln.kind == "text"]


def parser_lines(lines: list[Line], debris: re.Pattern[str] | None = None,
                 headings: re.Pattern[str] | None = None,
                 rows: Callable[[list[Line]], set[int]] | None = None, noise: bool = False,
                 furniture: bool = False) -> list[Line]:
    """The lines parsers read: text, and signature lines (a proposal names
    its proposer under one); parsers skip what they do not use.  `debris`:
    lines of OCR debris a form reads as text when they match it (a form
    module's DEBRIS_READ: a cell OCR made symbols of, that only that form's
    parser can place).  `headings`: lines taken for running page headers a
    form reads as text when they match it (a form module's HEADINGS_READ: a
    section heading of its own, alone on its line, that each copy's pages
    put at a page edge, so that its printings looked like a page header).
    `rows`: which lines of OCR debris (their numbers) a form reads as text
    by their place among the lines around them (a form module's ROWS_READ:
    a numbered row of a chart whose words OCR left below it).  `noise`:
    the lines of OCR noise left out are given too, as they are (kind
    "ocr_noise"), for a form that tells a gap of noise alone from a blank
    line by them (a form module's NOISE_SEEN: a list's text broken where
    OCR read noise, no blank line between; the form's reader takes them
    out before it reads).  `furniture`: the lines of page furniture (a
    page's header, footer or number: FURNITURE_LINES) are given too, as they
    are, for a form that tells a page break from a blank line by them (a
    form module's FURNITURE_SEEN: a list item's text the page broke, its
    rest under the next page's header; the form's reader takes them out
    before it reads)."""
    if debris is None and headings is None and rows is None and not noise and not furniture:
        return [ln for ln in lines if ln.kind in ("text", "signature")]
    placed = rows(lines) if rows is not None else set()
    out = []
    for ln in lines:
        if ln.kind in ("text", "signature"):
            out.append(ln)
        elif (ln.kind == "ocr_noise" and (debris is not None and debris.match(ln.text) or ln.no in placed)
              or ln.kind == "page_header" and headings is not None and headings.match(ln.text)):
            out.append(Line(ln.no, ln.text.strip(), "text", ln.bullet, ln.indent, ln.cols))
        elif noise and ln.kind == "ocr_noise" or furniture and ln.kind in FURNITURE_LINES:
            out.append(ln)
    return out




# After OCR a header some pages print above their body may be the pages' only
# furniture (no number, footer or form feed), with no page gap to show the
# pages, and the cover print other lines first, so that no rule above sees
# it (mark_opening_header asks that it open the document; the other rules,
# furniture beside it or a gap before it).  Its printings still show it: the
# same block of PARAGRAPH_BLOCK lines or more (OCR's slips aside, each line
# within RUNNING_RATIO of its commonest reading), each time a paragraph's
# first lines (a blank line, a speck or OCR noise before it), printed
# PARAGRAPH_PAGES times or more (a form's clause is printed once a project,
# and a report has a handful; a header once a page), spread over the
# document (the printings times their median distance reach over three
# quarters of the text from the first printing on), each at least
# OPENING_NEAR of the printings' median distance from the one before (a
# header is printed once a page), over text that differs from printing to
# printing and under text that does too (a copy's title or a project's
# headings stand over the same lines each time), its first line never read
# elsewhere in the text (a form's heading is printed where its section
# starts, in a paragraph or not; a header only at a page's top), and holding
# a line of the cover whole (`_names_cover`: a header names the document, its
# office or title; a form's clause names its section, which the cover does
# not print whole).  A header known to an earlier rule is left to it; but
# the cover's line the header names, which the rule for a header opening the
# document took for one (the office alone opening the cover and printed again
# on it), is text again.  Only where no page gap and no other page furniture
# shows: clean text shows its pages, and the rules above see them.
PARAGRAPH_BLOCK = 2
PARAGRAPH_PAGES = 6


def _within_ratio(needle: str, hay: str, cutoff: float) -> bool:
    """False only where fuzz.partial_ratio of two texts stays under `cutoff`
    (a speed-up, no rule; both texts' characters sorted, `needle` the
    shorter's): every window of the longer text that partial_ratio scores
    shares with the shorter at most the characters the two have in common,
    the longest common subsequence of their sorted characters, so it scores
    200 * common / (len(needle) + common) at most (an LCS against a window
    no longer than the needle).  A C pass over the two, where partial_ratio
    slides the one along the other."""
    common = LCSseq.similarity(needle, hay)
    return 200 * common >= cutoff * (len(needle) + common) * (1 - 1e-9)  # (a hair of float's rounding to spare)


def mark_paragraph_headers(lines: list[Line]) -> list[Line]:
    """The printings of a running header found by its repeated paragraph-opening block (see above)."""
    if any(ln.kind in PAGE_EDGE for ln in lines) or _has_page_gap(lines):
        return lines
    texts = [i for i, ln in enumerate(lines) if ln.kind == "text" and not _is_speck(ln.text)]
    at = {i: k for k, i in enumerate(texts)}
    shape = {i: _shape(lines[i].text) for i in texts if len(lines[i].text) <= RUNNING_MAX}
    pool = [sh for sh in (_shape(ln.text) for ln in lines[:_cover_end(lines)] if ln.kind != "blank")
            if len(sh) >= COVER_LINE]
    if not pool:
        return lines
    # (a header names the cover: only the lines holding a cover line, or whose next line does, are compared
    # with one another, so that the rule costs a pass over the text, not a comparison of every two lines)
    holds: dict[str, bool] = {}
    pool_letters = [(c, "".join(sorted(c))) for c in pool]
    def names(i: int) -> bool:
        if shape[i] not in holds:
            letters = "".join(sorted(shape[i]))
            holds[shape[i]] = any(len(c) <= len(shape[i])  # (the cutoff: 0 below it, sooner)
                                  and _within_ratio(c_letters, letters, RUNNING_RATIO)
                                  and fuzz.partial_ratio(c, shape[i], score_cutoff=RUNNING_RATIO)
                                  for c, c_letters in pool_letters)
        return holds[shape[i]]
    openers = [i for i in texts if i in shape and len(shape[i]) >= 10 and _opens_paragraph(lines, i)
               and (names(i) or at[i] + 1 < len(texts) and texts[at[i] + 1] in shape and names(texts[at[i] + 1]))]
    out = list(lines)
    done: set[int] = set()
    for seed in openers:
        if seed in done:
            continue
        same = [i for i in openers if i not in done and _reads_like(shape[i], shape[seed])]
        done.update(same)
        found = _paragraph_block(lines, texts, at, shape, same)
        if found is None:
            continue
        block, cover = found
        for b in block:
            for i in b:
                out[i] = replace(out[i], kind="page_header")
        # the cover's line the header names, taken by an earlier rule for the header (it opened the document,
        # printed again on a later copy's cover): the form's own line (the office a report names), text again
        for k, ln in enumerate(lines):
            if ln.kind == "page_header" and len(ln.text) <= RUNNING_MAX and _reads_like(_shape(ln.text), cover):
                out[k] = replace(ln, kind="text")
    return out


def _pages_shown(lines: list[Line], printings: list[int]) -> bool:
    """Whether the document's page furniture (numbers, footers, form feeds)
    shows the pages of a header's `printings`: half of them or more stand
    next to furniture (another header's printing over them included), so
    the rules of mark_running_lines, which read a header by its place at
    the pages' edges, judge it.  After OCR the furniture may show a few
    pages only (their numbers lost, or debris read as one: "a ๑/ ๕"): the
    header is then the only furniture most of its pages show."""
    return any(ln.kind in PAGE_EDGE for ln in lines) and 2 * sum(
        _at_page_edge(lines, i) for i in printings) >= len(printings)


def _has_page_gap(lines: list[Line]) -> bool:
    """Whether PAGE_GAP blank lines or more stand together somewhere (clean text shows its pages so)."""
    blanks = 0
    for ln in lines:
        blanks = blanks + 1 if ln.kind == "blank" and not ln.indent else 0
        if blanks >= PAGE_GAP:
            return True
    return False


def _commonest(shapes: list[str]) -> str:
    """The reading most of `shapes` read like (the first such in order: OCR slips differ by printing)."""
    return max(shapes, key=lambda s: sum(_reads_like(t, s) for t in shapes))


def _paragraph_block(lines: list[Line], texts: list[int], at: dict[int, int], shape: dict[int, str],
                     same: list[int]) -> tuple[list[list[int]], str] | None:
    """The blocks (line numbers) of the printings in `same` that make a
    running header (see mark_paragraph_headers) and the shape of the cover's
    line it names, or None."""
    if len(same) < OPENING_MIN:
        return None
    head = _commonest([shape[i] for i in same])
    block = {i: [i] for i in same if _reads_like(shape[i], head)}
    for _ in range(OPENING_TAIL):
        nxt = {i: texts[at[b[-1]] + 1] for i, b in block.items() if at[b[-1]] + 1 < len(texts)}
        if len(nxt) < OPENING_MIN or any(j not in shape for j in nxt.values()):
            break
        tail = _commonest([shape[j] for j in nxt.values()])
        kept = {i: j for i, j in nxt.items() if _reads_like(shape[j], tail) and not _ITEM_RE.match(lines[j].text)}
        if 3 * len(kept) < 2 * len(block):
            break
        block = {i: [*block[i], j] for i, j in kept.items()}
    block = {i: b for i, b in block.items() if len(b) == max(map(len, block.values()))}
    if len(next(iter(block.values()))) < PARAGRAPH_BLOCK:
        return None
    if any(ln.kind == "page_header" and _reads_like(_shape(ln.text), head) for ln in lines):
        return None  # (known for a header: the rules that found it mark its printings)
    # its first line never read elsewhere (not opening a paragraph)
    if any(_reads_like(shape[i], head) for i in texts if i in shape and not _opens_paragraph(lines, i)):
        return None
    kept, step = _once_a_page(sorted(block), block, at)
    if len(kept) < PARAGRAPH_PAGES or len(kept) * step * 4 < (len(texts) - at[kept[0]]) * 3:
        return None  # (printed a few times, or over a part of the document: a clause of a project's, not a page's)
    if not _same_figures([[shape[j] for j in block[i]] for i in kept]):
        return None  # (each printing its own figures: a form's clause, printed with each project's amounts)
    after = [shape.get(texts[at[block[i][-1]] + 1], "") if at[block[i][-1]] + 1 < len(texts) else "" for i in kept]
    before = [shape.get(texts[at[i] - 1], "") if at[i] > 0 else "" for i in kept]
    if 2 * len(set(after)) <= len(after) or 2 * len(set(before)) <= len(before):
        return None  # (the same lines around most printings: the form's own)
    cover = _names_cover(lines, block, kept)
    if not cover:
        return None
    return [block[i] for i in kept], cover


_FIGURES_RE = re.compile(r"\d+")


def _figureless(shape: str) -> str:
    """A line's shape with each figure one sign: OCR misreads the Thai digits of a header's year or area."""
    return _FIGURES_RE.sub("#", shape)


def _same_figures(printings: list[list[str]]) -> bool:
    """Whether two thirds of a block's printings or more (each its lines'
    shapes) print the same figures, line by line: a running header prints
    the same year and office's area on every page, while a form's clause
    repeated once a project (a budget's amounts under the same labels,
    which the cover's summary prints too) prints each project's own."""
    figures = Counter(tuple(tuple(_YEAR_FIGURE_RE.sub("Y", f) for f in _FIGURES_RE.findall(sh)) for sh in p)
                      for p in printings)
    return 3 * figures.most_common(1)[0][1] >= 2 * len(printings)


# A Buddhist-era year as OCR reads a header's printings of it: "๒๕" and one to three digits more (its Thai digits
# tesseract cannot write come out as others, dropped or doubled: "๒๕๒", "๒๕๒๐๕", "๒๕๒๐" for ๒๕๖๙), one sign
# for _same_figures: the header's year is one year on every page, however OCR read it
_YEAR_FIGURE_RE = re.compile(r"^(?:๒๕|25)\d{1,3}$")


COVER_LINE = 20  # characters of a line's shape, at least, for the header to be known by its naming it
COVER_POOL = 40  # lines, blank lines aside, at the document's top where a header's named line is looked for first


def _cover_end(lines: list[Line]) -> int:
    """The line after the document's first COVER_POOL lines that are not blank."""
    seen = 0
    for k, ln in enumerate(lines):
        seen += ln.kind != "blank"
        if seen > COVER_POOL:
            return k
    return len(lines)


def _names_cover(lines: list[Line], block: dict[int, list[int]], kept: list[int]) -> str:
    """The shape of the first line of the cover (the lines before the first
    printing; before the second where the first opens the document) that the
    header's block holds whole (OCR's slips aside: a partial ratio of
    RUNNING_RATIO), of COVER_LINE characters or more; "" if none.  A running
    header names the document (its office, its title), as the cover does; a
    form's clause or heading names its section, which the cover does not
    print whole."""
    text = _shape(" ".join(lines[j].text for j in block[kept[0]]))
    ours = {j for i in kept for j in block[i]}
    first = next((k for k, ln in enumerate(lines) if ln.kind == "text" and not _is_speck(ln.text)), 0)
    for k in range(kept[1] if kept[0] <= first else kept[0]):  # (the cover: the pages before the first printing)
        if k in ours or lines[k].kind == "blank":
            continue
        line = _shape(lines[k].text)
        if COVER_LINE <= len(line) <= len(text) and fuzz.partial_ratio(line, text, score_cutoff=RUNNING_RATIO):
            return line
    return ""
