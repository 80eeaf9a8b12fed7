"""Where a document's page width wrapped its lines, told from the lines'
widths alone (no form): a line running to the page's right margin, or one
the next line's first word would have overrun, goes on in the next line.
The page's width is the length most of the document's lines stay under
(lines with tabs, table rows, tell nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from schemas.document import Line

FULL_WIDTH = 0.85  # a line this share of the page's width long runs to the margin: the page wrapped it
PAGE_WIDTH_QUANTILE = 0.9  # the page's width: the length most lines stay under
MIN_PAGE_LINES = 40  # lines a document needs before its page width is told from them


_MARK_RE = regex.compile(r"\p{Mn}")


# share of a list's widest line short of which a line ended its item (or sentence) there: the words after it did not
# wrap onto the next line (parsers.items, parsers.bma_proposal.read)
ENDED_SHARE = 0.8


@lru_cache(maxsize=16384)  # a pure function of one line (or its first word): a report's copies repeat their lines
def text_width(text: str) -> int:
    """Columns a line takes: its characters less the Thai marks printed above or below a letter."""
    return len(text) - len(_MARK_RE.findall(text))


@dataclass(frozen=True, slots=True)
class PageWraps:
    """Where a document's page width may have wrapped its text (see
    after_full_lines): `wrapped`, the lines that follow a line running to the
    page's margin or one the next line's first word would have overrun;
    `past`, the lines that follow a line running well past the margin
    (MARGIN_OVER), which no page wrapped: the line after it starts afresh;
    `at_margin`, the lines that follow a line running to the margin (the
    surest sign of a wrap: what a doubt about lost items counts by);
    `unwrapped`, whether no page wrapped the text at all (UNWRAPPED_SHARE,
    or fewer lines past the margin and no pile-up under it: _piled; a text
    printed a paragraph a line, whose "width" is only where its lengths
    thin out, so a line reaching it says nothing of a wrap)."""
    wrapped: frozenset[int]
    past: frozenset[int]
    at_margin: frozenset[int] = frozenset()
    unwrapped: bool = False
    # the lines of `wrapped` that follow one the next line's first word would have overrun in the page's columns
    # (marks aside), or one running to the margin: the surer part of it (see _wrapped)
    in_columns: frozenset[int] = frozenset()
    # the lines that follow a gap made of OCR noise alone (no blank line: lines the clean-up dropped as noise,
    # pipeline.clean.parser_lines' `noise`): a gap no blank line of the page makes, which may fall inside a
    # paragraph (the reader of a form that asks for them sets it: parsers.obec_progress.read.read_copies)
    after_noise: frozenset[int] = frozenset()
    # the lines of `in_columns` that open with a Thai letter after a line stopping well short of the margin (FILLED):
    # a Thai page breaks a run of Thai between its words to fill a line before it leaves a third of it empty, so
    # the page did not wrap that line before them, however long their first run (see _filled)
    filled: frozenset[int] = frozenset()
    # the lines that follow a gap holding a page's furniture (its header, footer or number) and blank lines alone: a
    # page break, which may fall inside an item's text (the reader of a form that asks for them sets it:
    # parsers.obec_progress.read.read_copies)
    after_break: frozenset[int] = frozenset()


MARGIN_OVER = 1.15  # a line this share of the page's width long, or longer, ran past the margin: no page wrapped it
# the share of a text's lines (without tabs) running past the margin (MARGIN_OVER) from which no page wrapped the
# text: a page's width bounds the lines it wrapped (those past it are a title, a rule or a run OCR joined: a few in
# a hundred), where a text printed a paragraph a line has no bound, its long paragraphs one line each
UNWRAPPED_SHARE = 0.045
# a page's wraps pile its lines up under its width (each wrapped line ends within a word of it): the band under the
# margin (FULL_WIDTH .. the width) holds its lines at least as densely as the band below it (PILE_FROM .. FULL_WIDTH).
# A text with half UNWRAPPED_SHARE's lines past the margin or more, whose lines thin out under its "width" instead,
# is one no page wrapped either (its width only where its paragraphs' lengths thin out)
PILE_FROM = 0.6
UNPILED_SHARE = UNWRAPPED_SHARE / 2


def page_wraps(lines: list[Line]) -> PageWraps | None:
    """The document's PageWraps; None when it has too few lines (without
    tabs) to tell its page's width."""
    width = _widths(lines)
    if len(width) < MIN_PAGE_LINES:
        return None
    page = _page_width(width)
    over = [i for i, w in width.items() if w > MARGIN_OVER * page]  # the lines running well past the margin
    past = frozenset(lines[i + 1].no for i in over if i + 1 < len(lines))
    margin = frozenset(lines[i + 1].no for i in range(len(lines) - 1) if width.get(i, 0) >= FULL_WIDTH * page)
    unwrapped = len(over) >= UNWRAPPED_SHARE * len(width) or (
        len(over) >= UNPILED_SHARE * len(width) and not _piled(width, page))
    in_columns = frozenset(_wrapped(lines, width, page, chars=False))
    return PageWraps(frozenset(_wrapped(lines, width, page)), past, margin, unwrapped, in_columns,
                     filled=_filled(lines, width, page, in_columns))


# a share of the page's width a line stops short of (in columns) where the page did not wrap it before a line opening
# with Thai: a Thai page (a word processor, the corpus's renderer) breaks a run of Thai between its dictionary words
# to fill the line before it leaves a third of it empty (a line the page wrapped reaches two-thirds of its width at
# least, after a tab's indent 0.6); the columns count a line's width only roughly (marks aside, every letter one
# column, the page's width the length most lines stay under).  Over the fourteen open sets' OCR'd OBEC reports, of
# the lines before a Thai line whose first run overran them in columns (not at the margin), about 1,080 stopped under this share
# where an item or a paragraph ended, 14 where the page (or OCR) wrapped them: 8 a label or an office's name OCR read
# apart from its value, 2 before a line going on with "และ", 2 an item's first line after its number's tab (0.51),
# 2 a title's.  A sign, not a proof: the lists cut by it only where the count of numbers asks for that cut, and say
# it (lists._after_unfilled)
FILLED = 0.55
_THAI_OPENS_RE = regex.compile(r"^[\u0e01-\u0e2e\u0e40-\u0e44]")


def _filled(lines: list[Line], width: dict[int, int], page: int, in_columns: frozenset[int]) -> frozenset[int]:
    """The lines of `in_columns` (their first run overran the line before
    in the page's columns) that follow a line under FILLED of the page's
    width and open with a Thai letter: a page measuring its columns would
    have filled the line before with their first words (broken between
    words), so it did not wrap it.  (A line whose first word overran the
    line before only by a count of characters, marks and all, is left out:
    a tool that counts them wraps at spaces, and fills no line with a
    run's first words: "ครูที่ทำหน้าที่ที่เกี่ยวข้อง" / "ได้รับการพัฒนา...".)"""
    return frozenset(lines[i + 1].no for i in range(len(lines) - 1)
                     if i in width and width[i] < FILLED * page and lines[i + 1].no in in_columns
                     and _THAI_OPENS_RE.match(lines[i + 1].text))


def _piled(width: dict[int, int], page: int) -> bool:
    """Whether the lines pile up under the page's width (see PILE_FROM):
    the band under the margin holds them at least as densely as the band
    below it."""
    under = sum(1 for w in width.values() if FULL_WIDTH * page <= w <= page)
    below = sum(1 for w in width.values() if PILE_FROM * page <= w < FULL_WIDTH * page)
    return under * (FULL_WIDTH - PILE_FROM) >= below * (1 - FULL_WIDTH)


def _widths(lines: list[Line]) -> dict[int, int]:
    """Each line's width by its place, lines with tabs (table rows) left out."""
    return {i: text_width(ln.text) for i, ln in enumerate(lines) if "\t" not in ln.text}


def _page_width(width: dict[int, int]) -> int:
    widths = sorted(width.values())
    return widths[int(PAGE_WIDTH_QUANTILE * (len(widths) - 1))]


def _wrapped(lines: list[Line], width: dict[int, int], page: int, chars: bool = True) -> set[int]:
    """The lines after a line running to the margin, or one the next line's
    first word would have overrun: by the columns the page prints (marks
    aside, `width`), or by the characters a tool that wrapped the text
    counted, marks and all (a line of many marks ends short of the margin
    in columns where the tool's count of it reached its width: "ครูที่ทำ
    หน้าที่ที่เกี่ยวข้อง" / "ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง"); without `chars`, by the
    columns alone."""
    counted = {i: len(lines[i].text) for i in width} if chars else {}
    count = _page_width(counted) if counted else 0
    return {lines[i + 1].no for i in range(len(lines) - 1) if i in width and i + 1 in width
            and (width[i] >= FULL_WIDTH * page or width[i] + 1 + text_width(first := lines[i + 1].text.split(" ")[0]) > page
                 or bool(counted) and counted[i] + 1 + len(first) > count)}


def after_full_lines(lines: list[Line]) -> set[int]:
    """The lines that follow a line the page width wrapped: one running to
    the page's right margin (its width near the widest lines' of the
    document), or one that the next line's first word would have overrun
    (the page broke before that word); what follows goes on from it (an
    activity's name over two lines).  Lines with tabs (table rows) tell nothing."""
    width = _widths(lines)
    if len(width) < MIN_PAGE_LINES:
        return set()
    return _wrapped(lines, width, _page_width(width))
