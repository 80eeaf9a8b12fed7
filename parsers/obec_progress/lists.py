"""Lists inside an OBEC report's sections: items of targets and findings,
the aspects of an indicator, and the OCR debris that is no item at all."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from os.path import commonprefix
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import LOOKALIKES, could_be
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import clean_value, mark_tolerant, skeleton, standard_re
from normalizers.words import goes_on_pattern, known_word, open_end, thai_words, thai_words_lazily
from parsers.items import INTRODUCES_RE as _INTRODUCES_RE, ITEM_PREFIX_RE, THAI_LETTER_RE
from parsers.items import THAI_WORD_RE, Item, mend_item_numbers, numbered_items, printed_number, split_item_number
from parsers.lazy import lazy_compile
from parsers.obec_progress.anchors import match_marker
from parsers.values import span_text
from schemas.document import Line

# A cell that says "none": "-", "ไม่มี".
NONE_RE = standard_re(r"^(?:-+|–|ไม่มี|ไม่มี\s*-)$")


# OCR debris inside a section: what a "-" (none), a speck or a page number became ("yy", "vy",
# "a", "๑7", "จ za", "เคง -"): a short line with no Thai word (three letters in a run) that is
# no item number ("๒.", "lo)"), or a short token and a dash.
_ITEM_ALONE_RE = regex.compile(r"^\(?\S{1,3}[.)]$")
_PAGE_NUMBER_LEFT_RE = regex.compile(r"^\S{1,4}\s+[-–]$")
DEBRIS_MAX = 8
# a short token whose Thai letters stand between digits glued on both sides ("๑ปีก๑", where a "-" for none was
# printed): no text of the forms glues a figure to a word's start and its end (no clean text of any set does)
_GLUED_DIGITS_RE = regex.compile(r"^[\d๐-๙]+[\u0e01-\u0e4e]+[\d๐-๙]+$")
# ... or a lone Thai letter with digits glued after it, no dot between ("จ7<gap>รู่" where a "-" for none was
# printed; an abbreviation with its number, "ม.6", keeps its dot): no short line of any set's clean text is such
_LETTER_THEN_DIGITS_RE = regex.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e2e][\d๐-๙]+(?![\d๐-๙.,])")


# A figure the page wrapped onto a line of its own, after a text whose last word wants a number ("... ฉบับที่" /
# "๑๓", "... ในศตวรรษที่" / "๒๑", "... เขต" / "๒", "... จำนวน" / "๑๐๓ คน"): the figure alone (a short unit word
# after it, a speck OCR left at its end), which is_debris takes for a page number or a speck.
_WRAPPED_FIGURE_RE = regex.compile(r"^([\d๐-๙]{1,4}(?: [\u0e01-\u0e4e]{1,4})?)(?: {0,3}[.,'])?$")
# the words a figure follows in the forms' texts (OCR's slips of marks: "ที" for ที่, "จํานวน" cleaned already)
_WANTS_FIGURE_RE = regex.compile(
    rf"(?:[\u0e01-\u0e2e]ท[\u0e35\u0e34]\u0e48?|(?:^|\s)(?:{mark_tolerant('จำนวน', False)}|{mark_tolerant('ร้อยละ', False)}"
    rf"|{mark_tolerant('เขต', False)}|{mark_tolerant('ปีงบประมาณ', False)}|{mark_tolerant('ปีการศึกษา', False)}"
    rf"|พ\.\s?ศ\.))$")


def wrapped_figure(before: str, text: str) -> str | None:
    """The figure of a line (`text`) that reads as one the page wrapped
    from the end of the line before (`before`), or None: the line holds a
    figure alone (_WRAPPED_FIGURE_RE) and the text before ends with a word
    that wants a number (_WANTS_FIGURE_RE), and is_debris would drop it
    (an item's number alone, "๒.", is none).  Whether the two lines stand
    together (no blank line between: no page edge) is the caller's to ask."""
    m = _WRAPPED_FIGURE_RE.match(text.strip())
    if m is None or not is_debris(text) or not _WANTS_FIGURE_RE.search(before.rstrip()):
        return None  # (a line that is no debris is read as it stands: an item's number alone, "๒.")
    return m.group(1)


# A page's number OCR garbled past the clean-up's reach (normalizers.furniture.is_page_number): a
# short word, a token of up to three characters (the page, its digits misread as letters), a slash
# and the page count in digits ("หนา ฒ/๓๓" for หน้า ๕/๓๓, "win ฒ/1๕"); no line of a section reads so.
_PAGE_OF_LEFT_RE = regex.compile(r"^\S{1,4}\s+\S{1,3}\s*/\s*[\d๐-๙]{1,3}$")
# The page word itself (its marks OCR may drop: "หนา") and one token after it that opens with a digit and
# holds another, the slash between the page and the count lost ("หน้า 1๕2ฒ" for หน้า ๑๕/๒๙): no line of a
# section is the page word and a figure alone.
_PAGE_RUN_TOGETHER_RE = regex.compile(rf"^{mark_tolerant('หน้า', False)}\s+[\d๐-๙]\S{{0,2}}[\d๐-๙]\S{{0,3}}$")
# The page word (its marks OCR may drop) with both the page and the count read as look-alikes of digits
# ("หนา w/mo" for หน้า ๓/๓๐: normalizers.confusions.LOOKALIKES): the word, a short token, a slash and one
# to three digits or look-alikes; no line of a section is the page word and such a fraction alone.
_PAGE_LOOKALIKE_COUNT_RE = regex.compile(
    rf"^{mark_tolerant('หน้า', False)}\s+\S{{1,3}}\s*/\s*[\d๐-๙"
    + "".join(regex.escape(c) for c in LOOKALIKES) + r"]{1,3}$")


def is_page_left(text: str) -> bool:
    """A page's number the clean-up left: _PAGE_OF_LEFT_RE, the page
    word and its figures run together (_PAGE_RUN_TOGETHER_RE), or the page
    word and a fraction of look-alikes (_PAGE_LOOKALIKE_COUNT_RE)."""
    text = text.strip()
    return bool(_PAGE_OF_LEFT_RE.match(text) or _PAGE_RUN_TOGETHER_RE.match(text)
                or _PAGE_LOOKALIKE_COUNT_RE.match(text))


# A speck OCR left at a line's edge: a cell (after a column gap) of a few characters with no Thai
# letter and no digit ("'", "—", "|"), or such a mark after a space at the line's end.
_SPECK_CELL_RE = regex.compile(r"^[^\u0e01-\u0e4e\d]{1,3}$")
_SPECK_END_RE = regex.compile(r"\s+[^\w\u0e01-\u0e4e\s]{1,2}$")
# a Thai mark standing alone at a line's start (no letter carries it: "๊ ความก้าวหน้า...")
_MARK_START_RE = regex.compile(r"^\p{Mn}+\s+(?=\S)")


# an item number OCR read as look-alikes, closed by its dot ("lo." for ๒.), standing before a column gap, a quote
# OCR glued before it ("‘a." for ๒., as _PLACED_OPENS_RE reads it)
_DAMAGED_NUMBER_CELL_RE = regex.compile(r"^[‘'`]?\(?[^\s.,:;()\u0e01-\u0e4e\d‘'`]{1,2}[.)]$")


def _damaged_number(cells: list[str]) -> bool:
    """Whether a line's first cell is an item number OCR read as look-alikes
    ("lo." for ๒.: normalizers.confusions.LOOKALIKES alone; "‘a.", a quote
    glued before it), the item's words after the gap: the list's (items
    .mend_item_numbers, or _placed_numbers_mended, numbers it by its place), no speck."""
    token = cells[0].strip().lstrip("‘'`").strip("(.)")
    return (_DAMAGED_NUMBER_CELL_RE.match(cells[0].strip()) is not None and all(c in LOOKALIKES for c in token)
            and THAI_WORD_RE.match(cells[1].strip()) is not None)


_LATIN_TOKEN_RE = regex.compile(r"[A-Za-z]{1,2}")
NUMBER_WORD = 4  # characters of the word after a lost-mark number at least ("ข้าราชการ"; "ยน", "ก" are pieces)


def opens_at_damaged_number(cells: list[str | None]) -> bool:
    """Whether a row of a table OCR read side by side opens at an item
    number OCR read as look-alikes, a quote glued before it or not ("‘a."
    / "ผู้บริหาร..." for ๒.: _damaged_number), the item's words in the
    next cell: the number opens the next item, not a wrap of the row
    before (read._opens_row)."""
    if len(cells) < 2 or not cells[0] or not cells[1] or not _damaged_number([cells[0], cells[1]]):
        return False
    if _QUOTED_NUMBER_CELL_RE.match(cells[0].strip()) is not None:
        return True
    # with no quote, two look-alikes a dot closes ("on." for ๓.) before a dictionary word: a speck is read as one
    # character, or with no dot (before, "la." / "ย" / "ได้" / debris / "on." folded into one row, item ๓ run into
    # item ๒ and its row lost with no issue naming it: fresh set s149p, obec_progress_s149p001)
    token = cells[0].strip()
    return len(token) == 3 and token.endswith(".") and _word_opens(cells[1], 2)


# a damaged item number with a quote OCR glued before it ("‘a."): a cell no speck is read as, in a row
_QUOTED_NUMBER_CELL_RE = regex.compile(r"^[‘'`]")


def _number_mark_lost(cells: list[str]) -> bool:
    """Whether a line's first cell is an item number OCR read as one or two
    Latin letters with its closing mark lost, the gap where the mark stood
    left wide ("ia <tab> ข้าราชการครู...": ๒.), a dictionary word of
    NUMBER_WORD characters or more opening the cell after it (a speck before
    a piece of a word a column cut, "b <tab> ยนได้รับ...", opens none): kept
    for the list's reading (_after_gap_mended numbers it by the sequence,
    after a gap of lines alone, and says so)."""
    if not _LATIN_TOKEN_RE.fullmatch(cells[0].strip()) or not THAI_WORD_RE.match(cells[1].strip()):
        return False
    return _word_opens(cells[1], NUMBER_WORD)


def _word_opens(cell: str, least: int) -> bool:
    """Whether a dictionary word of `least` characters or more opens `cell`
    (a piece of a word a column cut, "ยนได้รับ...", is none)."""
    words = thai_words(cell.strip()[:40])
    return bool(words) and len(words[0]) >= least and known_word(words[0])


def strip_specks(line: Line) -> Line:
    """The line without the specks OCR left at its edges (see above, and a
    mark standing alone before its first word); a page
    number OCR garbled ("- เคง -", its first dash taken for a bullet) is all speck."""
    if line.bullet and _PAGE_NUMBER_LEFT_RE.match(line.text):
        return Line(line.no, "", line.kind)
    text = _without_specks(line.text)
    if text == line.text:
        return line
    return Line(line.no, text, line.kind, line.bullet, line.indent)


@lru_cache(maxsize=16384)  # a pure function of one line's text: a report's copies repeat their lines
def _without_specks(text: str) -> str:
    if "\t" in text:
        cells = text.split("\t")
        while len(cells) > 1 and _SPECK_CELL_RE.match(cells[-1].strip()):
            cells.pop()
        while len(cells) > 1 and _SPECK_CELL_RE.match(cells[0].strip()) and not _damaged_number(cells) \
                and not _number_mark_lost(cells):
            cells.pop(0)
        text = "\t".join(cells)
    return _COMMA_BEFORE_DOT_RE.sub(r"\1.", _MARK_START_RE.sub("", _SPECK_END_RE.sub("", text)))


# an item number with a comma OCR glued before its dot ("๒,. ผู้เข้าร่วม..."), or after it ("๒., ผู้เข้าร่วม...": the
# comma had opened the item's text, the list read ๑ then ๓, and item ๓ ran into ๒: fresh set s151o,
# obec_progress_s151o002): the speck dropped, so the number opens its item as printed (each list reader asks for
# "๒." or "๒)"); no figure reads so before words
_COMMA_BEFORE_DOT_RE = regex.compile(r"^(\(?[\d๐-๙]{1,2})(?:,\.|\.,)(?=\s+\S)")


# A longer line of debris: what OCR made of marks printed apart from their letters ("สศม a ะ",
# "เศก รั7] 4 <Q 1 ๐"): a few short tokens, no Thai run of four letters, and a Latin letter, a
# symbol or a Thai vowel standing alone.
# (four letters that take a column each: the marks above and below them do not count, "สูขะ" is three)
_THAI_RUN4_RE = regex.compile(r"(?:[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*){4}")
_ODD_RE = regex.compile(r"[A-Za-z<>\[\]{}=|~^°@®©]|(?:^|\s)[\u0e30-\u0e3a\u0e40-\u0e44\u0e47-\u0e4e]+(?:\s|$)")
_FIGURE_RE = regex.compile(r"[\d๐-๙]{3}")  # a figure of three digits is data, not debris
SPECKS_MAX = 32


# a piece of a word OCR cut from a line elsewhere on the page ("ะยุทธศาสตร์"): one run of Thai with no space,
# opening with a vowel or mark no Thai word opens with (a word's first letter is a consonant or a leading vowel)
_FRAGMENT_RE = regex.compile(r"^[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e][\u0e01-\u0e4e]*$")
FRAGMENT_MAX = 20


@lru_cache(maxsize=16384)  # a pure function of one text
def is_debris(text: str) -> bool:
    text = text.strip()
    if not text or NONE_RE.match(text):
        return False
    if len(text) <= FRAGMENT_MAX and _FRAGMENT_RE.match(text):
        return True
    if len(text) <= DEBRIS_MAX:
        if _PAGE_NUMBER_LEFT_RE.match(text) or _GLUED_DIGITS_RE.match(text) or _LETTER_THEN_DIGITS_RE.search(text):
            return True
        if not THAI_WORD_RE.search(text) and not _ITEM_ALONE_RE.match(text):
            return True
    if "\t" in text and not _THAI_RUN4_RE.search(text) and (
            _ODD_RE.search(text) or not _FIGURE_RE.search(text) and wordless(text)):
        # cells OCR parted with wide gaps, none holding a Thai word of four letters, among them a Latin
        # letter or a symbol ("๑7 ๐ IA <tab> = ๑7๑% <tab> ขงจ,/ ข VAY {ru"): a stamp or a seal, no row of a section;
        # so too where OCR made Thai letters and digits of the seal's specks and no symbol odd enough to say so,
        # if no dictionary word stands among them (wordless: "๓ สฆส๑ <tab> ๐ , ซี", "๑ สลส๑ <tab> ๐๑.,ซี": its
        # first speck a figure, which read it as the list's next item, or as words of the item above) and no
        # figure of three digits (data, not debris, as below: a list of such a line alone is said, read as no item)
        return True
    tokens = text.split()
    # the length without the runs of spaces OCR left between specks printed apart ("wy      ม% 4    :    เ")
    if (len(" ".join(tokens)) <= SPECKS_MAX and len(tokens) >= 3 and all(len(t) <= 4 for t in tokens)
            and not _THAI_RUN4_RE.search(text) and not _FIGURE_RE.search(text)
            and (_ODD_RE.search(text) or _specks_apart(text))):
        return True
    return _garbage(tokens)


# a character no line of a report's text holds beside Thai letters that make no word: a symbol OCR made of a
# stamp's or a picture's edge, a quote, a bar, a bracket, or a Latin letter
# (standard re: regex's matches, faster; tests/test_speedups_exact.py)
_JUNK_CHAR_RE = re.compile(r"[A-Za-z|“”‘’'\"@\[\]{}()<>!=~^°®©«»¢/:;]")
JUNK_CONSONANTS = 3  # Thai consonants a line of junk holds at least (fewer: specks, is_debris's other clauses)
JUNK_CHARS = 12  # characters, spaces aside, a line of junk holds at least (a shorter one may be a text's wrapped
# piece whose marks OCR lost, behind a speck of the number's bracket: ") ขึนไป" for "ขึ้นไป")
WORD_CHARS = 3  # characters of the shortest dictionary word that makes a line a text
# JUNK_CONSONANTS Thai consonants (THAI_LETTER_RE's), whatever lies between: matched at a text's start, it is found
# where the text holds that many or more, and stops at the last of them (a findall of every consonant, counted,
# built a list of a long item's hundreds of letters to compare its length with 3)
_JUNK_CONSONANTS_RE = regex.compile(rf"(?:[^\u0e01-\u0e2e]*[\u0e01-\u0e2e]){{{JUNK_CONSONANTS}}}")


def fewer_than_junk_consonants(text: str) -> bool:
    """Whether `text` holds fewer than JUNK_CONSONANTS Thai consonants
    (len(THAI_LETTER_RE.findall(text)) < JUNK_CONSONANTS, told at the
    last one needed: tests/test_speed22_exact.py)."""
    return _JUNK_CONSONANTS_RE.match(text) is None


@lru_cache(maxsize=16384)  # a pure function of one line: a round's rules and the report's copies ask again
def junk_line(text: str) -> bool:
    """A line OCR made of a picture, a stamp, a signature's scrawl or a
    footer's garbled date whose Thai letters make no word ("ธ560
    .11งง1ไ|ไหศไ“", "“0: งงงงง 3๕06@0๐0ง3งไเ", "๑๒/๐ฒ/๒๕ ๒๓ ๑่อ:ซ่อ",
    "เซิดะ 1  -  เอ  9๑7  ๐  ca  ๑  =~  a2  ="): JUNK_CONSONANTS Thai
    consonants or more, none of its Thai tokens a dictionary word of
    WORD_CHARS characters or more, a symbol or Latin letter among them
    (_JUNK_CHAR_RE), JUNK_CHARS characters or more; no line of a text (a
    wrapped piece of an item is words: "กำหนด", "(สัมภาษณ์)", "แล้ว"; a
    figure the page wrapped is digits and a unit: "๑๒๕ คน").  A round's lists leave it out
    (rounds.read_round), where it ran into the item above or below it; it
    stays out of is_debris, whose lines the page's widths are told past."""
    # (its characters but white space counted in C: str.split parts at every character str.isspace names)
    if not _JUNK_CHAR_RE.search(text) or fewer_than_junk_consonants(text) \
            or len("".join(text.split())) < JUNK_CHARS:
        return False
    # (the tokens read one by one: a line of text shows a word early, and the rest is not tokenized)
    return not any(len(w) >= WORD_CHARS and known_word(w) for w in thai_words_lazily(text))


# a wide gap between two tokens: what OCR leaves between specks printed apart on a line of their own
# (the clean-up made it a tab, a column gap; a raw line keeps its spaces)
_WIDE_GAP_RE = regex.compile(r"\t|\S {3}")


def _specks_apart(text: str) -> bool:
    """Specks printed apart with no letter or symbol odd enough to say so
    (_ODD_RE): digits and single letters parted by a wide gap, no Thai word
    of three letters anywhere ("๐ <tab> ๕ ฉ๑๕ 9๑", "๐ <tab> ๐ <tab> อ 4 <tab> 1 ¥"):
    a stamp's or a seal's marks, no line of a section (the caller has
    checked the tokens' count and lengths, and that no figure of three
    digits stands among them)."""
    return _WIDE_GAP_RE.search(text) is not None and not THAI_WORD_RE.search(text)


# a line of figures alone parted by wide gaps, one of three digits or more, no letter, unit or separator among them
# ("๐27 <tab> 0๐27 <tab> ๐")
_FIGURES_APART_RE = regex.compile(r"^[\d๐-๙]+(?:(?:\t| {3,})[\d๐-๙]+)+$")


def figures_apart(text: str) -> bool:
    """A line of a target's or finding's list that is bare figures parted
    by wide gaps, one of three digits or more, no letter, unit, sign or
    separator among them ("๐27 <tab> 0๐27 <tab> ๐", what OCR made of an
    ornament printed under the list): no item's words and no column of
    item numbers (an item number has one or two digits), while
    is_debris keeps a line with a figure of three digits (_FIGURE_RE: in a
    budget's lines such figures are amounts).  A figure an item's text
    wrapped stands with its unit or its words ("๑๒๕ คน")."""
    text = text.strip()
    return _FIGURES_APART_RE.match(text) is not None and _FIGURE_RE.search(text) is not None


GARBAGE_TOKENS = 8  # tokens of a line OCR made of a picture or a spoilt page, at least
_LATIN_RE = regex.compile(r"[A-Za-z]")


def _garbage(tokens: list[str]) -> bool:
    """A line OCR made of a picture, a stamp or a spoilt page ("Pe ๕ 0 กรร EE ay SIG ee Veneta Ue MTEL ems
    alt ta ego ..."): many tokens, most of them short, Latin letters in a third of them or more and more
    Latin letters than Thai ones; no line of a Thai report's text is such (an English name in a Thai line
    is a token or two)."""
    if len(tokens) < GARBAGE_TOKENS:
        return False
    latin = sum(1 for t in tokens if _LATIN_RE.search(t))
    short = sum(1 for t in tokens if len(t) <= 3)
    if 3 * latin < len(tokens) or 2 * short < len(tokens):
        return False
    text = "".join(tokens)  # more Latin letters than Thai ones: "(School of go green)" in a Thai line is not
    return len(_LATIN_RE.findall(text)) > len(THAI_LETTER_RE.findall(text))



GARBAGE_RUN = 5  # lines of garbage (_garbage) in a run of debris that make a spoilt page, at least
GARBAGE_GAP = 2  # text lines a spoilt page's run of debris may hold between its pieces (a footer read whole)
GARBAGE_KEPT = 2  # lines of garbage a run keeps past the lines of marks at its edges, at least


def garbage_runs(lines: list[Line]) -> list[list[Line]]:
    """The runs of OCR debris holding GARBAGE_RUN lines of garbage or more
    (_garbage: a page OCR read as a picture's or a spoilt page's marks), up to
    GARBAGE_GAP lines of text between their pieces: a page whose lines are
    lost.  Each run is its debris lines (blank lines and the text between left
    out).  A stamp or a seal is a line or two of garbage, not a run."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    worded: list[int] = []  # the places in the run after which a line of text with a word stands
    garbage = gap = 0

    def close() -> None:
        kept = _without_marks_lines(run, worded)
        if sum(1 for ln in kept if ln.no in spoilt) >= GARBAGE_KEPT:  # (else: lines of marks alone, no page)
            runs.append(kept)

    spoilt: set[int] = set()  # the lines of garbage
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        tokens = text.split()
        if len(tokens) >= GARBAGE_TOKENS and _garbage(tokens):
            run.append(ln)
            spoilt.add(ln.no)
            garbage, gap = garbage + 1, 0
        elif run and (is_debris(text) or wordless(text)):
            # (a line of the page's marks that holds no word: "8560 1 1็ฝสจไฝ 5 wes", "[[ ฮฮงฒฝฒลญรลง9จ4100ื Be oe";
            # three such lines in a row parted a spoilt page in runs too short to count)
            run.append(ln)
            gap = 0
        elif run:
            gap += 1
            if gap > GARBAGE_GAP:
                if garbage >= GARBAGE_RUN:
                    close()
                run, worded, garbage, gap = [], [], 0, 0
            elif not worded or worded[-1] != len(run):
                worded.append(len(run))  # (a line that is no debris and not wordless: a text's)
    if run and garbage >= GARBAGE_RUN:
        close()
    return runs


def _without_marks_lines(run: list[Line], worded: list[int]) -> list[Line]:
    """A run of garbage without the lone lines at its edges that stand
    between lines of text holding words: the line of marks OCR read apart
    from a line of text (tone marks and vowels over it, "สสี่อ ๑ ew ow as
    eo 1 96") next to a spoilt page is not the page, and the text between
    it and the page is not lost with it.  A spoilt page's lines stand
    together, or with lines of no word between (wordless)."""
    start, end = 0, len(run)
    # (a place in `worded` is the count of the run's lines before that text: a lone first line has 1)
    while start + 1 < end and start + 1 in worded:
        start += 1
    while end - 1 > start and end - 1 in worded:
        end -= 1
    return run[start:end]


# a line of figures alone ("๒๑", "(๓)"): a figure the page wrapped, never a garbage run's edge
_FIGURES_ALONE_RE = regex.compile(r"^[\d๐-๙.,()\s]+$")


def long_words(text: str) -> Iterator[str]:
    """The dictionary words of WORD_CHARS characters or more among `text`'s
    tokens, each tokenized only when asked for (thai_words_lazily)."""
    return (w for w in thai_words_lazily(text) if len(w) >= WORD_CHARS and known_word(w))


def wordless(text: str) -> bool:
    """A line holding no dictionary word of WORD_CHARS characters or more
    and not figures alone ("0 0รเวป 30 ee", "เวสจไปซน", "กลรร"): what OCR
    makes of a spoilt page's edge; a text's wrapped piece is a word
    ("กำหนด", "ขึ้นไป")."""
    return not _FIGURES_ALONE_RE.match(text) and next(long_words(text), None) is None


EDGE_WORD_CHARS = 4  # characters of the shortest dictionary word that makes a line at a spoilt page's edge a text
EDGE_UNKNOWN_RUN = 5  # Thai letters of a run no dictionary word covers that mark such a line as the page's marks


def _spoilt_edge(text: str) -> bool:
    """A line right before or after a spoilt page's garbage that is the page's marks too, though a short word or
    two of three letters OCR made of them reads (wordless takes those for a text): no dictionary word of
    EDGE_WORD_CHARS letters or more, and a Latin letter or a run of EDGE_UNKNOWN_RUN Thai letters or more no word
    covers beside the Thai ("Go es 5 5 ร 1รร ขานรารราชาว 5", "เมกรณะนรครรนตระไหรชร 0").  A text's wrapped piece holds
    a longer word ("ห้องเรียน", "ต่อเนื่อง")."""
    words = list(thai_words_lazily(text))
    if not words or any(len(w) >= EDGE_WORD_CHARS and known_word(w) for w in words):
        return False
    return bool(_LATIN_RE.search(text)) or any(len(w) >= EDGE_UNKNOWN_RUN and THAI_LETTER_RE.search(w)
                                                and not known_word(w) for w in words)


def garbage_zones(lines: list[Line]) -> list[tuple[int, int, list[Line]]]:
    """Each run of garbage (garbage_runs) as (first line, last line, its
    debris lines), widened over the lines right before and after it (blank
    lines aside) that are debris or hold no word (wordless): the page OCR
    spoilt, whose every line between those two is lost, the text lines
    between its pieces too (a footer read whole, a word or two OCR made
    out of the marks)."""
    runs = garbage_runs(lines)
    if not runs:
        return []
    texts = [ln for ln in lines if ln.text.strip()]
    at = {ln.no: k for k, ln in enumerate(texts)}
    spans: list[tuple[int, int, list[Line]]] = []  # (first, last text's index, debris lines)
    for run in runs:
        a, b = at[run[0].no], at[run[-1].no]
        while a > 0 and (is_debris(texts[a - 1].text) or wordless(texts[a - 1].text)
                         or _spoilt_edge(texts[a - 1].text)):
            a -= 1
        while b + 1 < len(texts) and (is_debris(texts[b + 1].text) or wordless(texts[b + 1].text)
                                      or _spoilt_edge(texts[b + 1].text)):
            b += 1
        if spans and a - spans[-1][1] - 1 <= GARBAGE_GAP:
            # the same page: up to GARBAGE_GAP text lines between two runs, or runs the widening made meet
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]), spans[-1][2] + run)
        else:
            spans.append((a, b, list(run)))
    return [(texts[a].no, texts[b].no, run) for a, b, run in spans]


# a number standing bare at a line's start ("1 โรงเรียนคุณภาพ"), and the same number as an item's mark
_BARE_NUMBER_RE = regex.compile(r"^([\d๐-๙]{1,2})\s+(?=\S)")
_MARKED_NUMBER_RE = regex.compile(r"^\(?([\d๐-๙]{1,2})[.)]\s")


def rejoin_bare_figures(lines: list[Line]) -> list[Line]:
    """A bare number at a line's start that the list then gives again as an
    item's mark ("... คุณภาพ 1 อำเภอ / 1 โรงเรียนคุณภาพ ... ดังนี้ / 1) ผู้เข้า...")
    is a figure of the sentence the page width wrapped, not an item: its
    line goes on from the line before."""
    marked = [m.group(1) for ln in lines if (m := _MARKED_NUMBER_RE.match(ln.text))]
    out: list[Line] = []
    for ln in lines:
        bare = _BARE_NUMBER_RE.match(ln.text)
        if out and bare and not _MARKED_NUMBER_RE.match(ln.text) and bare.group(1) in marked:
            out[-1] = Line(out[-1].no, f"{out[-1].text} {ln.text}", out[-1].kind, out[-1].bullet, out[-1].indent)
            continue
        out.append(ln)
    return out


_NUMBER_ALONE_RE = regex.compile(r"^\(?[\d๐-๙]{1,3}[.)]?$")
# a list's first number OCR read as a letter or a symbol ("o. ครู...", "©. ได้...") or as a digit that
# cannot open a list before its "2" ("9) ผู้เรียน..." for ๑)), and its second item marked as printed
# ("๒. ", "2) ")
_MARK_FIRST_RE = regex.compile(r"^([.)])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")  # a first item's mark, its number lost
_GARBLED_FIRST_RE = regex.compile(r"^(?:[A-Za-z@©«»¢]{1,2}|[03-9๐๓-๙])([.)])\s+(?=\S)")


_DOUBLED_MARK_RE = regex.compile(r"(?<=\s|^)([\d๐-๙]{1,2}[.)])\s+\1(?=\s)")  # "3) 3)": OCR read the mark twice
# a one-digit item number and its mark ("." or ")") after white space or at a line's start, by mark: compiled once,
# not looked up in regex's cache by its pattern for every list
_MARK_AT_RE = {mark: regex.compile(rf"(?:^|(?<=\s))([\d๐-๙]){regex.escape(mark)}\s") for mark in ".)"}


# an item number inside running text whose dot OCR read as a comma ("... ผู้ปฏิบัติงาน 2, หน่วยงาน...") before a
# Thai word (a figure's comma stands between digits: "2,500")
_COMMA_MARK_RE = regex.compile(r"(?<=\s)([\d๐-๙]),\s(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# an item number of one digit with its mark inside running text, before a Thai word
_INLINE_MARK_RE = regex.compile(r"(?<=\s)([\d๐-๙])([.,)])\s(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _inline_second_mended(lines: list[Line]) -> list[Line]:
    """A list printed as running text whose first item's number OCR lost
    (left on the heading's line, "ข้อเสนอแนะ ๑", or dropped), its second
    item's inside the text ("จัดทำคู่มือ... 2. หน่วยงาน...", its dot read as
    a comma or not): the one mark inside the list is a 2, no line opens
    with an item number and no 1 is marked, and the text before it holds
    PARAGRAPH_LETTERS letters or more and introduces nothing ("... ดังนี้"):
    the sequence says that text is item 1, so the list is read as two items
    ("1." given to the first, the 2's comma read as the dot it stands for).
    A "2)" whose bracket closes one the text opened before it is the end of
    a parenthesis ("(สถานีแก้หนี้ สพป.เชียงใหม่ ๒) ซึ่ง..."), no item mark."""
    if any(split_item_number(ln.text)[0] is not None or ITEM_PREFIX_RE.match(ln.text) for ln in lines):
        return lines
    text = "\n".join(ln.text for ln in lines)
    marks = list(_INLINE_MARK_RE.finditer(text))
    if len(marks) != 1 or thai_digits_to_arabic(marks[0].group(1)) != "2":
        return lines
    m = marks[0]
    lead, rest = text[: m.start()], text[m.end():]
    if m.group(2) == ")" and lead.rfind("(") > lead.rfind(")"):
        return lines  # the bracket closes one the text opened ("(สถานีแก้หนี้ สพป.เชียงใหม่ ๒) ซึ่ง..."): no item mark
    if sum(map(str.isalpha, lead)) < PARAGRAPH_LETTERS or _INTRODUCES_RE.search(lead.rstrip()) \
            or sum(map(str.isalpha, rest)) < PARAGRAPH_LETTERS:
        return lines
    mark = "." if m.group(2) == "," else m.group(2)
    mended = f"1{mark} {lead}{m.group(1)}{mark}{text[m.end(2):]}"
    parts = mended.split("\n")
    return [Line(ln.no, part, ln.kind, ln.bullet, ln.indent) for ln, part in zip(lines, parts)]


def _inline_marks_mended(lines: list[Line]) -> list[Line]:
    """Item marks OCR damaged inside a list printed as running text: a mark
    read twice ("3) 3)") is one; a number that lost its mark between the
    marks before and after it ("1) ... 2 ผู้เข้า... 3) ...") is that item's;
    the next number after a dot-marked one, its dot read as a comma ("1.
    ... 2, หน่วยงาน..."), is marked with the dot."""
    text = "\n".join(ln.text for ln in lines)
    # (searched first: a sub with a template reads the template again at every call, and most texts hold no
    # doubled mark; where none is found the sub would give the text unchanged)
    mended = _DOUBLED_MARK_RE.sub(r"\1", text) if _DOUBLED_MARK_RE.search(text) else text
    if "," in mended:
        dotted = {int(thai_digits_to_arabic(m.group(1))) for m in _MARK_AT_RE["."].finditer(mended)}
        for m in _COMMA_MARK_RE.finditer(mended):
            n = int(thai_digits_to_arabic(m.group(1)))
            if n - 1 in dotted and n not in dotted:
                mended = mended[:m.end(1)] + "." + mended[m.end(1) + 1:]  # (one character for one: places stay)
                dotted.add(n)
    for mark in ".)":
        at: dict[int, int] = {}
        for m in _MARK_AT_RE[mark].finditer(mended):
            at.setdefault(int(thai_digits_to_arabic(m.group(1))), m.start())
        for n in sorted(at):
            if n + 1 not in at and n + 2 in at and at[n] < at[n + 2]:
                bare = list(regex.compile(rf"(?<=\s)([{n + 1}{ARABIC_TO_THAI[n + 1]}])\s(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
                            .finditer(mended, at[n], at[n + 2]))
                if len(bare) == 1:
                    m = bare[0]
                    mended = mended[:m.end(1)] + mark + mended[m.end(1):]
                    break  # (positions after it moved: one mended a list is enough)
    if mended == text:
        return lines
    parts = mended.split("\n")
    return [Line(ln.no, part, ln.kind, ln.bullet, ln.indent) for ln, part in zip(lines, parts)]


ARABIC_TO_THAI = "๐๑๒๓๔๕๖๗๘๙"


# a token inside running text that may be an item's number as OCR damaged it: one or two characters, no Thai letter
# (digits, or what OCR made of them: "lo" "bo" "os" for ๒), its mark after it (a space OCR put before it: "2 )"; a
# comma for a dot: "lo,") or lost, then white space
_INLINE_TOKEN_RE = regex.compile(r"(?:(?<=\s)|^)([^\s.,:;()\u0e01-\u0e4f]{1,2})( ?[.,)])?(?=\s)")
# the words of a figure's unit after it ("2 คน", "2 โรงเรียน"): a bare figure before one is a count, no item number
_UNIT_WORDS = ("คน", "โรงเรียน", "ครั้ง", "แห่ง", "เดือน", "วัน", "ปี", "ชั่วโมง", "หน่วย", "เล่ม", "ห้อง", "อำเภอ", "รุ่น",
               "ชุด", "บาท", "กิจกรรม", "โครงการ", "เครือข่าย", "ระดับ", "ด้าน", "ภาค", "ราย", "เรื่อง", "ชิ้น", "เครื่อง",
               "ท่าน", "อัตรา", "เท่า", "ไตรมาส", "สัปดาห์", "นาที", "ตำแหน่ง", "กลุ่ม", "ประเภท", "ฉบับ", "หลักสูตร",
               "สถานศึกษา", "เขต", "ข้อ", "ประเด็น")
# ... and the months' names and abbreviations a figure counts days of
_UNIT_AFTER_RE = regex.compile(r"^\s*(?:" + "|".join(_UNIT_WORDS) + r"|"
                               r"มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา|"
                               r"[มกพสตธ]\.?\s?[คยพ]\.)")
# a bare figure opening a line, its unit after it ("๑ อำเภอ ๑ โรงเรียนคุณภาพ", "2 ครั้ง"): a count, no item number
_COUNT_OPENS_RE = regex.compile(r"^\s*[\d๐-๙]{1,3}\s+(?=\S)")


def opens_with_count(text: str) -> bool:
    """Whether `text` opens with a bare figure (no mark after it) and the
    unit it counts (_UNIT_AFTER_RE: "๑ อำเภอ ...", "2 ครั้ง"), or a unit
    OCR misread a letter of (_damaged_unit: "๑ คำเภอ ..."): the count a
    wrapped line carries over, never an item's or a step's number."""
    m = _COUNT_OPENS_RE.match(text)
    return m is not None and (_UNIT_AFTER_RE.match(text[m.end():]) is not None or _damaged_unit(text[m.end():]))


# the units of _UNIT_WORDS of DAMAGED_UNIT_MIN letters or more (skeletons: marks aside), which a word one letter off
# stands for
DAMAGED_UNIT_MIN = 4
_LONG_UNITS = tuple(sk for u in _UNIT_WORDS if len(sk := skeleton(u)) >= DAMAGED_UNIT_MIN)


def _damaged_unit(rest: str) -> bool:
    """Whether `rest` opens with a word no dictionary knows that is a long
    unit (_LONG_UNITS) with one letter misread ("คำเภอ" for อำเภอ: OCR's อ
    read as ค), marks aside, the rest of the line's words after it."""
    word = rest.split(maxsplit=1)[0] if rest.strip() else ""
    sk = skeleton(word)
    if len(sk) < DAMAGED_UNIT_MIN or known_word(word):
        return False
    return any(sk[:len(unit)] != unit and Levenshtein.distance(sk[:len(unit)], unit) == 1 for unit in _LONG_UNITS)


# the words a figure follows in a sentence, past those of _WANTS_FIGURE_RE ("ระดับ 2", "ชั้น 2", "ม. 2", an ordinal
# after any letter or vowel: "ปีที่ ๓")
_FIGURE_BEFORE_RE = regex.compile(r"(?:ระดับ|ชั้น|ข้อ|หมู่|ห้อง|อายุ|รุ่น|ละ|ปี|ท[\u0e35\u0e34]\u0e48?|[\u0e01-\u0e2e]\.|"
                                  r"[\d๐-๙.,/:-])$")
_THAI_AFTER_RE = regex.compile(r"^\s+[\u0e01-\u0e2e\u0e40-\u0e44]")


def _inline_next(text: str, n: int, mark: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The places (token's start, mark's end, token and mark as printed) between `start` and `end` of `text` where
    item `n` + 1's number may stand as OCR damaged it (see _inline_next_mended)."""
    found = []
    for m in _INLINE_TOKEN_RE.finditer(text, start, end):
        token, got = m.group(1), (m.group(2) or "").strip()
        after = text[m.end():]
        if not _THAI_AFTER_RE.match(after) and not (not got and after[:1] == "\n"):
            continue
        if _DIGITS_ONLY_RE.fullmatch(token) and thai_digits_to_arabic(token) != str(n + 1):
            continue  # another figure: no reading of the next number
        if got:
            if not (got == mark or mark == "." and got == ","):
                continue
            if not _reads_as(token, n + 1, True) or got == mark and m.group(2) == mark \
                    and _DIGITS_ONLY_RE.fullmatch(token):
                continue  # (printed as the next number with its mark: read as it stands already)
        else:
            # its mark lost: the token at a line's edge (the running text wraps there), the next number printed, or
            # look-alikes of it opening a line
            # (the running text joined into one line, its edges lost: the next number printed, anywhere)
            line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            if not (_DIGITS_ONLY_RE.fullmatch(token) or line_start and len(token) == 2 and _reads_as(token, n + 1, True)):
                continue
            if _UNIT_AFTER_RE.match(after) or _FIGURE_BEFORE_RE.search(text[:m.start()].rstrip()):
                continue
        before = text[:m.start()].rstrip()
        if _WANTS_FIGURE_RE.search(before):
            continue  # a figure the sentence wants ("จำนวน 2", "เขต 2"), no item number
        found.append((m.start(), m.end(), m.group(0)))
    return found


def _inline_next_mended(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """A list printed as running text, its items marked ("1. ... 2. ..."),
    whose next number after item n OCR damaged past the readings the
    list's other rules take: look-alikes with the list's mark inside a
    line ("lo," "bo." for ๒.), the mark read apart ("2 )"), or the mark
    lost ("... ยิ่งขึ้น 2 การบริหาร...", the running text joined into one
    line; look-alikes so, "os ผู้เข้าร่วม...", only opening a line): items 1
    to n are marked in order, n + 1 nowhere, and exactly one such token
    stands after n's mark (before n + 2's, when marked), with
    PARAGRAPH_LETTERS letters or more on each side, no word before it
    that wants a figure (_WANTS_FIGURE_RE: "จำนวน 2"; before a bare one
    _FIGURE_BEFORE_RE too: "ระดับ 2") and no unit or month after a bare
    one ("2 คน", "2 มีนาคม"), and not inside a bracket item n opened ("(School
    of" / "go green)"): the sequence says it is n + 1's number, and it is
    marked so.  The lines so mended, and the tokens as printed (said:
    numbers_mended_inline)."""
    text = "\n".join(ln.text for ln in lines)
    for mark in ".)":
        at: dict[int, int] = {}
        for m in _MARK_AT_RE[mark].finditer(text):
            at.setdefault(int(thai_digits_to_arabic(m.group(1))), m.end())
        if 1 not in at:
            continue
        n = 1
        while n + 1 in at and at[n + 1] > at[n]:
            n += 1
        if n + 1 in at:
            continue
        end = at.get(n + 2, len(text))
        if end < at[n]:
            continue
        found = _inline_next(text, n, mark, at[n], end)
        if len(found) != 1:
            continue
        a, b, printed = found[0]
        if sum(map(str.isalpha, text[at[n]:a])) < PARAGRAPH_LETTERS \
                or sum(map(str.isalpha, text[b:end])) < PARAGRAPH_LETTERS:
            continue
        if text[at[n]:a].count("(") > text[at[n]:a].count(")"):
            continue  # (inside a bracket item n opened, "(School of" / "go green)": no number stands there)
        mended = text[:a] + f"{n + 1}{mark}" + text[b:]
        parts = mended.split("\n")
        return [Line(ln.no, part, ln.kind, ln.bullet, ln.indent) for ln, part in zip(lines, parts)], [printed]
    return lines, []


def numbers_mended_inline(lines: list[Line]) -> list[str]:
    """The damaged next numbers a list's reading took inside its running text (see _inline_next_mended)."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    return list(_mended(tuple(lines))[1]) if lines else []


@lru_cache(maxsize=4096)  # a pure function of a list's lines: items_of reads them, then numbers_mended_inline
def _mended(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...] | None, tuple[str, ...]]:
    """A list's lines (those that say "none" taken out) with their bare
    figures rejoined and its item numbers OCR damaged mended, as _items_of
    reads them before the gaps (_after_gap_mended), and the damaged next
    numbers taken inside its running text (numbers_mended_inline); None for
    the lines where none is left once the figures are rejoined.  Asked of
    the same list by both (and by known_items' items_of), read once."""
    joined = rejoin_bare_figures(list(lines))
    mended, taken = _inline_next_mended(_inline_marks_mended(_inline_second_mended(
        _first_number_mended(_placed_numbers_mended(joined)))))
    # (none left once rejoined: items_of reads no lines, and the chain's taken numbers, of no lines, stand)
    return (tuple(mended) if joined else None), tuple(taken)


@lru_cache(maxsize=4096)  # a pure function of a list's lines: lone_first and _items_of often ask the same ones
def _numbered(lines: tuple[Line, ...]) -> tuple[tuple[Item, ...], tuple[Line, ...]]:
    """numbered_items(mend_item_numbers(lines)), read once for a list's lines
    (the items are read, never changed, by its callers)."""
    items, lead = numbered_items(mend_item_numbers(list(lines)))
    return tuple(items), tuple(lead)


PROJECT_WORD = "โครงการ"  # what an OBEC project's title opens with


def _first_number_lost(lines: list[Line]) -> str | None:
    """The mark of a list's items when OCR lost its first item's number
    whole, mark and all: a text of PARAGRAPH_LETTERS letters or more that
    introduces nothing ("... ดังนี้") opens the list, then the first line
    that opens with an item number opens item 2 ("2. ผู้บริหาร..."), and no
    line opens item 1.  The sequence says the opening text is item 1;
    None for any other list."""
    if split_item_number(lines[0].text)[0] is not None or ITEM_PREFIX_RE.match(lines[0].text) \
            or _MARK_FIRST_RE.match(lines[0].text):
        return None  # (its first number lost leaving its mark, ". ครู...": _first_number_mended reads it)
    lead: list[Line] = []
    for ln in lines:
        m = ITEM_PREFIX_RE.match(ln.text)
        if m is not None and not m.group(1) and not THAI_WORD_RE.search(m.group(2)):
            # (its number as printed or misread, or a ๒ OCR split into two Latin letters: "lo.", _reads_as)
            if not (could_be(m.group(2), "2") or _DIGITS_ONLY_RE.search(m.group(2)) is None
                    and _reads_as(m.group(2), 2, True)) or could_be(m.group(2), "1"):
                return None
            if ln.text[m.end():].startswith(PROJECT_WORD):
                # a project's title after a number OCR garbled ("oa. โครงการ..."): the next project, the list ended
                # (no target, finding or activity of any set's truth opens with the word)
                return None
            break
        if split_item_number(ln.text)[0] is not None:
            return None
        lead.append(ln)
    else:
        return None
    text = " ".join(ln.text for ln in lead if not is_debris(ln.text))
    if sum(1 for ch in text if not ch.isspace()) < PARAGRAPH_LETTERS or _INTRODUCES_RE.search(text):
        return None
    return m.group(3)


def _first_number_mended(lines: list[Line]) -> list[Line]:
    """A list whose first item's number OCR read as a letter or symbol ("o."
    for ๑.), when its second item is marked "๒." (or "2.") with the same
    mark, or lost leaving its mark (". ครู..."), when a later line opens
    with a number (damaged or not) and the same mark: the first number is 1
    (the sequence says so), so the list splits into its items rather than one."""
    lost = _first_number_lost(lines)
    if lost is not None:
        first = lines[0]
        return [Line(first.no, f"1{lost} {first.text}", first.kind, first.bullet, first.indent)] + lines[1:]
    if lines and not _GARBLED_FIRST_RE.match(lines[0].text):
        # a lead that introduces the list ("... ดำเนินการดังนี้"), no line of it opening an item: the first
        # item is the line after it, garbled as a list's first may be ("9) ผู้เข้าร่วม..." for ๑))
        lead = next((k for k, ln in enumerate(lines[:-1]) if _INTRODUCES_RE.search(ln.text.rstrip())), None)
        if lead is not None and _GARBLED_FIRST_RE.match(lines[lead + 1].text) and not any(
                split_item_number(ln.text)[0] is not None for ln in lines[:lead + 1]):
            return lines[:lead + 1] + _first_number_mended(lines[lead + 1:])
    m = _GARBLED_FIRST_RE.match(lines[0].text)
    if m is not None:
        second = regex.compile(rf"(?:^|\s)[2๒]{regex.escape(m.group(1))}\s")
        if not any(second.search(ln.text) for ln in lines) and not any(_opens_second(ln.text, m.group(1))
                                                                        for ln in lines[1:]):
            return lines
    elif (m := _MARK_FIRST_RE.match(lines[0].text)) is not None:
        # its number lost, its mark left (". ครู..."): a later line opening with a number, damaged or
        # not ("lo. ผู้บริหาร..."), and the same mark says the list is numbered
        if not any((n := ITEM_PREFIX_RE.match(ln.text)) and n.group(3) == m.group(1)
                   and not THAI_WORD_RE.search(n.group(2)) for ln in lines[1:]):
            return lines
    else:
        return lines
    first = lines[0]
    return [Line(first.no, "1" + m.group(1) + " " + first.text[m.end():], first.kind, first.bullet, first.indent)] + lines[1:]


# a line opening with an item number of one or two characters as OCR may damage it (digits, or what OCR made of
# them: "lo" for ๒), its mark (a comma for a dot: "๒," "lo,"), and a Thai word
_SECOND_OPENS_RE = regex.compile(r"^\(?([^\s.,:;()\u0e01-\u0e4f]{1,2})([.),])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# a line opening with an item number of one or two characters as OCR may damage it (digits, or what OCR made of
# them: "a." for ๒, "9." for ๑), a speck glued before it (a quote, or a Thai vowel no word opens with: "‘a.",
# "า๒."), its mark, and a Thai word
_PLACED_OPENS_RE = regex.compile(r"^(?:[‘'`\u0e30\u0e32\u0e33\u0e45])?([^\s.,:;()\u0e01-\u0e4f‘'`]{1,2})([.)])\s+"
                                 r"(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _placed_numbers_mended(lines: list[Line]) -> list[Line]:
    """A numbered list none of whose numbers OCR read as its place ("9."
    for ๑ and "a." for ๒, "9." and "า๒.": a speck glued before it): two
    lines or more open with a number's token (_PLACED_OPENS_RE) and the
    same mark, the list's first line among them, each followed by a text
    of PARAGRAPH_LETTERS letters or more, and one at least not read as the
    number of its place; but a number after the first printed in digits
    other than its place's ("1)" ... "3)": the "2" of an item between lost
    its mark; "๕." under "av.": project titles, no list) says otherwise
    (its place's digit read twice, "๒๒." for ๒., is its place's).  The tokens stand where the form prints its item
    numbers, in order, so each is the number of its place (1, 2, ...) and
    opens an item; any other list is left as it is."""
    opens = [(k, m) for k, ln in enumerate(lines) if (m := _PLACED_OPENS_RE.match(ln.text)) is not None]
    if len(opens) < 2 or opens[0][0] != 0 or len({m.group(2) for _, m in opens}) != 1:
        return lines
    if any(sum(map(str.isalpha, lines[k].text[m.end():])) < PARAGRAPH_LETTERS for k, m in opens):
        return lines
    if all(split_item_number(lines[k].text)[0] == (place,) for place, (k, _) in enumerate(opens, start=1)):
        return lines  # (every number read as its place: nothing to mend)
    if any(_DIGITS_ONLY_RE.fullmatch(m.group(1)) and set(thai_digits_to_arabic(m.group(1))) != {str(place)}
           for place, (_, m) in enumerate(opens, start=1) if place > 1):
        return lines  # a later number printed in digits, off its place ("1)" / "2 ..." / "3)"): an item between
    out = list(lines)
    for place, (k, m) in enumerate(opens, start=1):
        ln = lines[k]
        out[k] = Line(ln.no, f"{place}{m.group(2)} {ln.text[m.end():]}", ln.kind, ln.bullet, ln.indent, ln.cols)
    return out


def _opens_second(text: str, mark: str) -> bool:
    """Whether a line opens with item 2's number as OCR may damage it (see
    _SECOND_OPENS_RE): its token reads as 2 (_reads_as, a glyph split in
    two too: "lo"), closed with the list's `mark` or, for a dot, a comma."""
    m = _SECOND_OPENS_RE.match(text)
    return m is not None and (m.group(2) == mark or mark == "." and m.group(2) == ",") \
        and _reads_as(m.group(1), 2, True)


# an item's number standing alone on its line ("1.", "๒.", "(3)", "2)", "@." for ๑): OCR read the
# list's numbers as a column of their own; its token one or two characters and no Thai letter (Thai digits), or
# one Thai letter alone, which OCR writes for a digit too ("ไต." and "อ." for ๒ and ๑ in such a column; no word
# of the form's is one letter), after a stray leading vowel OCR may have put before it ("า๒.", "ใ๒.", "ไต."):
# the vowel is none of the number (its sequence, not the token, says which number it is: _odd_number); a quote
# speck OCR read right before the mark ("mM”." for "๓.") is none of it either; nor is a Thai letter OCR read
# between a digit and its mark ("๒ต." and "๒ด." under "๑." and "9.": the dot's speck, or the edge of the page's
# rule; no text of a list is a digit and a letter alone), the digit read with its letter as a split glyph is
# (_reads_as); so too a Thai letter OCR read before the digit ("ด๓." under "©)." and "๒.": the digit's loop read
# apart; fresh set s100p, obec_progress_s100p004)
_NUMBER_ALONE = (r"^\(?[\u0e32\u0e40-\u0e44]?([^\s.,:;()\u0e01-\u0e4f]{1,2}|[\u0e01-\u0e2e]\u0e32?"
                 r"|[\d๐-๙][\u0e01-\u0e2e]|[\u0e01-\u0e2e][\d๐-๙])")
# ... or a digit's glyph OCR split into a look-alike and a bracket of its own, then the dot ("o)." for "๓.": the
# digit's loop and its tail; "lo." for "๒." splits it into two letters)
_SPLIT_BRACKET = r"|[^\s.,:;()\u0e01-\u0e4f\d๐-๙]\)(?=\.$)"
_MARK_ALONE_RE = standard_re(_NUMBER_ALONE[:-1] + _SPLIT_BRACKET + r")[”“\"’‘]?[.)]$")


# What OCR writes for an item's number and its closing mark read as one glyph, alone on its line in a column of
# numbers ("ว" for "2)": the bracket's curve joined to the digit's foot), by the number it stands for.
_NUMBER_GLYPHS = {"ว": "2"}
# a token of a column OCR left without its mark: one or two characters, no Thai letter but a glyph above
# (or closed by a comma OCR read for its mark: "lo," for "๒.")
_GLYPH_TOKEN_RE = regex.compile(r"^(?:[^\s\u0e01-\u0e4f,]{1,2},?|[" + "".join(_NUMBER_GLYPHS) + "])$")


def may_be_column_number(before: str | None, text: str) -> bool:
    """Whether a line of debris (`text`, is_debris) standing right under an
    item number alone (`before`, "1)"), or opening the list (`before`
    None: its first number, its mark lost, "1" over "2."), may be the
    column's number OCR misread with its mark (see column_numbers_mended):
    a cheap look, the sequence decides there."""
    if before is not None and _BARE_DIGITS_RE.fullmatch(before.strip()) and _BARE_DIGITS_RE.fullmatch(text.strip()):
        return True  # (the column's first numbers, each its mark lost: "1" / "2")
    return (before is None or bool(_MARK_ALONE_RE.match(before.strip()))) and bool(_GLYPH_TOKEN_RE.match(text.strip()))


_BARE_DIGITS_RE = regex.compile(r"[0-9๐-๙]{1,2}")  # a column's number alone, its mark lost


def _stands_for(token: str, k: int) -> bool:
    """Whether a column's token that lost its mark ("ว", "2") stands for `k`:
    a number glyph OCR writes for it (_NUMBER_GLYPHS), or a reading of its
    digits (normalizers.confusions)."""
    return _NUMBER_GLYPHS.get(token) == str(k) or (not THAI_WORD_RE.search(token) and could_be(token, str(k)))


def column_numbers_mended(lines: list[Line], tokens: set[int]) -> list[Line]:
    """A list whose item numbers stand in a column of their own, one of
    them OCR read as a glyph of no number ("1)" / "ว" / "3)": "ว" for
    "2)", or a digit that lost its mark): the lines in `tokens` (debris
    kept where it stood under a number alone, may_be_column_number) are
    the column's next numbers where the sequence proves it: the number
    after them reads as the one after theirs (_reads_as), or they stand
    under a "1" that closes the column (the form prints a list of one item
    without a number: a "1" has a "2" after it); and they read as that
    number (_stands_for).  Each such line is given the number with the
    column's mark ("2)"); the others are left out, as debris is."""
    if not tokens:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if ln.no not in tokens:
            out.append(ln)
            continue
        before = _MARK_ALONE_RE.match(out[-1].text.strip()) if out else None
        if before is None:
            if not out and (first := _first_of_column(lines, i)) is not None:
                out.append(first)
            continue
        if _DIGITS_ONLY_RE.fullmatch(before.group(1)):
            n = int(thai_digits_to_arabic(before.group(1)))
        elif _reads_as(before.group(1), 1, True) and not _reads_as(before.group(1), 2, True) and not (
                len(out) > 1 and _MARK_ALONE_RE.match(out[-2].text.strip())):
            n = 1  # the column's first number, OCR read as look-alikes of a 1 alone ("a." for "๑.")
        else:
            continue
        after = _MARK_ALONE_RE.match(lines[i + 1].text.strip()) if i + 1 < len(lines) else None
        token = ln.text.strip()
        comma = token[:-1] if token[-1:] in (",", ":") else None  # (its mark read as a comma or colon: "lo," "2:")
        # the column's last number (no number alone after it): proved by a "1" before it (a list of one item is
        # printed without a number), or by printing in digits the number after the column's, its mark read as a
        # comma or colon or lost ("1." / "2." / "3," or "3": the numbers before it a sequence 1..n read as printed)
        printed = comma if comma is not None else token
        proved = _reads_as(after.group(1), n + 2, True) if after is not None else n == 1 or (
            _DIGITS_ONLY_RE.fullmatch(printed) is not None
            and int(thai_digits_to_arabic(printed)) == n + 1 and _column_in_order(out, n))
        if proved and (_stands_for(token, n + 1) or comma is not None and (
                _stands_for(comma, n + 1) or all(c in LOOKALIKES for c in comma) and _reads_as(comma, n + 1, True))):
            mark = out[-1].text.strip()[-1]
            out.append(Line(ln.no, f"{'(' if out[-1].text.strip().startswith('(') else ''}{n + 1}{mark}", ln.kind,
                            ln.bullet, ln.indent))
    return out


def _first_of_column(lines: list[Line], i: int) -> Line | None:
    """The list's first line, a token of debris (`lines[i]`, "1" / "ce"),
    as the column's number 1 with its mark ("1."), where the sequence
    proves it: the next line is a number alone that reads as 2 ("2." /
    "lo."), or a token that prints 2 in digits with its mark read as a
    comma or colon or lost ("2," / "2:" / "2"), and the token reads as 1
    (_stands_for);
    None otherwise."""
    if i != 0 or i + 1 >= len(lines):
        return None
    ln, nxt = lines[i], lines[i + 1].text.strip()
    after = _MARK_ALONE_RE.match(nxt)
    if after is not None and _reads_as(after.group(1), 2, True):
        mark = nxt[-1]
    elif (nxt[-1:] in (",", ":") and nxt[:-1] in ("2", "๒")) or nxt in ("2", "๒"):
        mark = "."  # (its mark read as a comma or colon, or lost: "1" / "2" / the texts, fresh set s143p)
    else:
        return None
    if not _stands_for(ln.text.strip(), 1):
        return None
    return Line(ln.no, f"{'(' if nxt.startswith('(') else ''}1{mark}", ln.kind, ln.bullet, ln.indent)


def _column_in_order(out: list[Line], n: int) -> bool:
    """Whether the last `n` lines of `out` are a column's numbers alone read as printed, 1 to `n`, in digits."""
    column = out[-n:] if len(out) >= n else []
    return len(column) == n and all(
        (m := _MARK_ALONE_RE.match(ln.text.strip())) is not None and _DIGITS_ONLY_RE.fullmatch(m.group(1)) is not None
        and int(thai_digits_to_arabic(m.group(1))) == k for k, ln in enumerate(column, start=1))


# an item's number and its mark OCR read as symbols alone ("©." or "®." for "๑.", "©)." where the digit's tail read
# as a bracket of its own): the clean-up takes such a line for debris, and the form reads it as text (DEBRIS_READ)
# for column_firsts_kept to place
SYMBOL_MARK_RE = regex.compile(r"^\s*\(?[^\s\w.,:;()\u0e01-\u0e4f]{1,2}\)?[.)]\s*$")


def column_firsts_kept(lines: list[Line]) -> list[Line]:
    """The lines of a report whose lists print their item numbers in a
    column of their own, with each line of symbols alone that OCR made of
    a column's first number ("©." or "®." over "lo." or "๒.": the
    clean-up's debris, read as text by DEBRIS_READ, SYMBOL_MARK_RE) given
    the number 1 where the sequence proves it: the next line is an item
    number alone that reads as 2 (_reads_as), or any number alone right
    under them that holds the column's second place (_column_second:
    "©." / "a." for "๑." / "๒."); or, right under a column
    whose last two numbers read as n - 1 and n and with no number alone
    after it ("oO." / "๒." / "©." for "๓."), the column's n + 1
    (_column_closed_by).  Any other such line is left out, as debris is.  Before, the column held its 2 alone, the
    texts did not pair with it and the list's items ran together."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if not SYMBOL_MARK_RE.match(ln.text):
            out.append(ln)
            continue
        after = _MARK_ALONE_RE.match(lines[i + 1].text.strip()) if i + 1 < len(lines) else None
        if after is not None and not SYMBOL_MARK_RE.match(lines[i + 1].text) and (
                _reads_as(after.group(1), 2, True) or _column_second(lines, i, out)):
            text = lines[i + 1].text.strip()
            out.append(Line(ln.no, f"{'(' if text.startswith('(') else ''}1{text[-1]}", ln.kind, ln.bullet, ln.indent,
                            ln.cols))
        elif after is None and i + 1 < len(lines) and _comma_two(lines[i + 1].text.strip()):
            # the column's 2 with its mark read as a comma ("©." over "lo," for "๑." over "๒."): the 1 as the
            # column's marks are mostly printed; column_numbers_mended gives the 2 its mark under it
            out.append(Line(ln.no, "1.", ln.kind, ln.bullet, ln.indent, ln.cols))
        elif after is None and (n := _column_closed_by(out)) is not None:
            text = out[-1].text.strip()
            out.append(Line(ln.no, f"{'(' if text.startswith('(') else ''}{n}{text[-1]}", ln.kind, ln.bullet,
                            ln.indent, ln.cols))
    return out


def _column_second(lines: list[Line], i: int, out: list[Line]) -> bool:
    """Whether the number alone right under a line of symbols alone (lines[i
    + 1], the report's next line, nothing left out between: "a." / "ta." /
    "ta.") holds the column's second place, whatever it reads as: no number
    alone stands right over the symbols (they open the column), the number
    is not printed in digits, and no number alone reading as 2 stands
    under it (then it would be the column's 1 and the symbols debris over
    it).  A column's first number is its 1.  (With a line left out between,
    noise or a blank, "@." / "#:" / "3.", the number may be the column's
    third, its second lost: the symbols are left out, as before.)"""
    if lines[i + 1].no != lines[i].no + 1:
        return False
    token = _MARK_ALONE_RE.match(lines[i + 1].text.strip()).group(1)
    if out and _MARK_ALONE_RE.match(out[-1].text.strip()):
        return False
    if _DIGITS_ONLY_RE.fullmatch(token):
        # a number printed in digits says its own place: over "๓." the symbols may be its 2 (the 1 lost) as well as
        # its 1 (the 3 a misread 2); the sequence proves neither
        return False
    below = _MARK_ALONE_RE.match(lines[i + 2].text.strip()) if i + 2 < len(lines) else None
    return below is None or not _reads_as(below.group(1), 2, True)


def _comma_two(text: str) -> bool:
    """Whether a line is a column's 2 alone, its mark read as a comma or colon ("lo," / "2:" for "๒."): a token
    of a column (_GLYPH_TOKEN_RE) that reads as 2 (_reads_as)."""
    return text[-1:] in (",", ":") and bool(_GLYPH_TOKEN_RE.match(text[:-1])) and _reads_as(text[:-1], 2, True)


def _column_closed_by(out: list[Line]) -> int | None:
    """The number a line of symbols alone ("©." for "๓.") stands for
    right under a column of numbers alone (`out`, the lines kept before
    it), with no number alone after it: the column's last, n + 1, where
    the column's last two numbers read as n - 1 and n (n printed in
    digits as read, "๒."; the one over it as printed or misread, "oO." /
    "1." for "๑."): the sequence proves it.  None otherwise."""
    if len(out) < 2:
        return None
    last, before = (_MARK_ALONE_RE.match(ln.text.strip()) for ln in out[-1:-3:-1])
    if last is None or before is None or SYMBOL_MARK_RE.match(out[-2].text) \
            or not _DIGITS_ONLY_RE.fullmatch(last.group(1)):
        return None
    n = int(thai_digits_to_arabic(last.group(1)))
    return n + 1 if n >= 2 and _reads_as(before.group(1), n - 1, True) else None


def _count_wrapped(line: Line, lines: list[Line]) -> bool:
    """Whether `line` opens with a count (a bare figure and the unit it
    counts: opens_with_count, "12 โรงเรียน", "๓๑ คน") right under a line of
    `lines` (no gap between) that ends with a word wanting a figure
    (_WANTS_FIGURE_RE: "... จำนวน"): the page wrapped the count onto a line
    of its own, and its figure is no item's number."""
    if not opens_with_count(line.text):
        return False
    before = next((ln for ln in lines if ln.no == line.no - 1), None)
    return before is not None and _WANTS_FIGURE_RE.search(before.text.rstrip()) is not None


def numbers_stand_apart(lines: list[Line]) -> bool:
    """Whether a line of the list is an item number alone (_MARK_ALONE_RE):
    without one, no reading of its numbers apart (_numbers_apart,
    _last_number_alone) finds any, whatever the page's widths or the items
    known whole, so unpaired_numbers, paired_in_doubt and numbers_in_column
    have nothing to say of it.  (A "none" line, NONE_RE, is no number alone.)
    Asked once per list: each of those would ask it again."""
    return any(_MARK_ALONE_RE.match(ln.text.strip()) for ln in lines)


def _numbers_apart(lines: list[Line], least: int = 2, wraps: Any = None, known: frozenset[str] = frozenset(),
                   guessed: list[int] | None = None, overruled: list[int] | None = None,
                   opened: list[int] | None = None, starts: frozenset[str] = frozenset(),
                   started: list[int] | None = None,
                   ended: list[tuple[int, str]] | None = None) -> tuple[list[list[Line]], list[str], list[Line]] | None:
    """A list whose item numbers OCR read as a column apart from its texts:
    `least` lines or more that are an item number alone, in one run at the
    list's end, at its start, or (two or more) after a lead (unnumbered
    text that opens the list: "... ดังนี้"), and no other line opening with
    an item number.  Its texts in paragraphs (a gap of lines, blank or
    debris, between two: lines that follow one another may be one item's
    wrapped text), the numbers as printed, and the lead's lines; None for
    any other list.  Where the document's page width is known (`wraps`,
    parsers.wraps.PageWraps) and the paragraphs are fewer than the numbers, the
    texts' lines that the page did not wrap start paragraphs too (see
    _unwrapped), and where that leaves them fewer still, the items the
    report prints whole elsewhere (`known`, see known_items) part them
    (see _parted_by_known); where neither makes as many paragraphs as
    numbers, the widths and the known items together cut the texts
    (_cut_by_known_and_widths: into `guessed`, when given, go the lines
    where the count alone decided), and where the widths gainsay the known
    items, those alone (_cut_by_known_alone: into `overruled`, when given,
    go the lines where its pieces open); where fewer paragraphs than numbers
    stand still, lines that open a known item cut them (_cut_at_known_openings:
    into `opened`, when given, go the lines where its pieces open); and
    where they stand in as many paragraphs still not, the lines that open
    as the report's items open elsewhere (`starts`, see item_starts) cut
    them with the lines the page did not wrap (_cut_at_starts: into
    `started`, when given, go the lines where only their openings cut).
    Where they stand in more paragraphs than numbers, the paragraphs that
    open as the report's items open start the items (_rejoined_at_starts),
    where that makes as many; else the widths rejoin them (_rejoined)."""
    alone = [bool(_MARK_ALONE_RE.match(ln.text.strip())) for ln in lines]
    k = sum(alone)
    if k < least or k == len(lines):
        return None
    first = alone.index(True)
    if not all(alone[first:first + k]):
        return None  # the numbers stand in more than one run
    lead: list[Line] = []
    if 0 < first and first + k < len(lines):  # texts before and after the run: the first ones lead
        if k < 2 and not _INTRODUCES_RE.search(lines[first - 1].text):
            return None  # one number alone among texts: no column of numbers (unless a lead "ดังนี้" opens it)
        lead = lines[:first]
    texts = [ln for ln, a in zip(lines, alone) if not a and ln not in lead]
    texts = [ln for k, ln in enumerate(texts) if not _column_fragment(texts, k)]
    for ln in texts + lead:
        m = ITEM_PREFIX_RE.match(ln.text)
        if _count_wrapped(ln, texts + lead):
            continue  # ("... ให้แก่โรงเรียนในสังกัด จำนวน" / "12 โรงเรียน": a count the page wrapped, no item's number)
        if split_item_number(ln.text)[0] is not None or m and not THAI_WORD_RE.search(m.group(2)):
            return None  # its items numbered where they stand: no list of this kind
    paragraphs: list[list[Line]] = []
    for i, ln in enumerate(texts):
        if i == 0 or ln.no > texts[i - 1].no + 1:
            paragraphs.append([])
        paragraphs[-1].append(ln)
    if wraps is not None and starts and wraps.after_break:
        paragraphs = _opened_past_break(paragraphs, wraps, starts)
    numbers = [_MARK_ALONE_RE.match(ln.text.strip()).group(1) for ln, a in zip(lines, alone) if a]
    if lead and known and wraps is not None and not _INTRODUCES_RE.search(lead[-1].text) and (
            parts := _known_parts(lead + texts, known, wraps)) is not None and len(parts) == len(numbers):
        # (texts before the column that introduce nothing: OCR read the column of numbers amid the texts, an
        # item's first lines above it, its wrap below it; the items the report prints whole elsewhere, and the
        # texts the page wrapped whole between them, cut all the texts into as many items as numbers)
        if overruled is not None:
            overruled += [para[0].no for para in parts]
        return parts, numbers, []
    counted: list[int] = []  # where only the count decided that the page wrapped a line (see _unwrapped)
    by_count: list[list[Line]] | None = None  # the texts so cut: the last resort, after the known items
    if wraps is not None and len(paragraphs) < len(numbers):
        unwrapped = _unwrapped(paragraphs, len(numbers), wraps, counted)
        if len(unwrapped) == len(numbers) and (not counted or not known):
            paragraphs = unwrapped
            if guessed is not None:
                guessed += counted
        elif known:
            if len(unwrapped) == len(numbers):
                by_count = unwrapped  # (the count decided: the known items first)
            paragraphs = _parted_by_known(paragraphs, len(numbers), wraps, known, ended)
    elif wraps is not None and len(paragraphs) > len(numbers) >= 2:  # (one number alone is no column to count by)
        # (more paragraphs than numbers: the report's item openings rejoin them first, the widths else)
        paragraphs = (_rejoined_at_starts(paragraphs, len(numbers), starts)
                      or _rejoined(paragraphs, len(numbers), wraps))
    if wraps is not None and known and len(paragraphs) != len(numbers) >= 2:
        paragraphs = _cut_by_known_and_widths(paragraphs, len(numbers), wraps, known, guessed)
    if wraps is not None and known and len(paragraphs) != len(numbers) >= 2:
        alone = _cut_by_known_alone([ln for para in paragraphs for ln in para], len(numbers), known)
        if alone is not None:
            paragraphs = alone
            if overruled is not None:
                overruled += [para[0].no for para in alone]
    if wraps is not None and known and len(paragraphs) < len(numbers):
        opened_at = _cut_at_known_openings(paragraphs, len(numbers), known)
        if opened_at is not None:
            paragraphs = opened_at
            if opened is not None:
                opened += [para[0].no for para in opened_at]
    if wraps is not None and len(numbers) >= 2 and (len(paragraphs) != len(numbers) or any(
            goes_on(para[0].text) for para in paragraphs[1:])):
        # (a paragraph that opens with words going on from the one before is no item either: OCR's gap)
        decided: list[int] = []
        if (went_on := _cut_past_continuations(paragraphs, len(numbers), wraps, decided)) is not None:
            paragraphs = went_on
            if guessed is not None:
                guessed += decided
            by_count = None
    if by_count is not None and len(paragraphs) != len(numbers):
        paragraphs = by_count
        if guessed is not None:
            guessed += counted
    if wraps is not None and starts and len(numbers) >= 2 and (len(paragraphs) != len(numbers) or any(
            goes_on(para[0].text) for para in paragraphs[1:])):
        # (or as many paragraphs, one of them opening with a word going on from the one before: OCR's gaps, which
        # part no items; fresh set s89a obec_progress_s89a003's OCR text, "ได้ดำเนินการประชุม..." / gap /
        # "และจัดทำคำสั่ง..." / gap / "ได้เผยแพร่ผล..." / "สพป.X เขต 2 ได้ดำเนินการ..." / "ครบตามแผน...")
        cut_at: list[int] = []
        if (cut := _cut_at_starts(paragraphs, len(numbers), wraps, starts, cut_at)) is not None:
            paragraphs = cut
            if started is not None:
                started += cut_at
    if wraps is not None and len(numbers) >= 2 and len(paragraphs) < len(numbers):
        overran: list[int] = []
        if (cut := _cut_at_overruns(paragraphs, len(numbers), wraps, overran)) is not None:
            paragraphs = cut
            if guessed is not None:
                guessed += overran
    if len(numbers) >= 2 and len(paragraphs) < len(numbers):
        parallel: list[int] = []
        if (cut := _cut_at_parallel_openings(paragraphs, len(numbers), parallel)) is not None:
            paragraphs = cut
            if guessed is not None:
                guessed += parallel
    return paragraphs, numbers, lead


# the characters (two words or more) a paragraph's later line repeats of its first line's opening, to open an item
PARALLEL_CHARS = 10


def _cut_at_parallel_openings(paragraphs: list[list[Line]], n: int, cut_at: list[int]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, in fewer pieces
    than numbers after every other reading, cut at each line that opens
    with the same PARALLEL_CHARS characters or more as its paragraph's
    first line, a space and a Thai word among them ("ร้อยละ 85 ของผู้เข้ารับการอบรม..." / "ร้อยละ 85
    ของโรงเรียนในสังกัด..." / "โรงเรียนคุณภาพได้ตามเป้าหมาย": indicators
    printed alike, the first of them long enough to reach the margin, so no
    width parts them): a wrap carries no item's opening words again (a line
    the first line holds whole, the same text printed twice, is no such item:
    which piece is which is not told).  Where
    that makes `n` pieces (the lines cut at into `cut_at`); else None."""
    out: list[list[Line]] = []
    for para in paragraphs:
        head = para[0].text.strip()
        out.append([para[0]])
        for ln in para[1:]:
            same = commonprefix([head, ln.text.strip()])
            if len(same) >= PARALLEL_CHARS and " " in same.strip() and THAI_WORD_RE.search(same) \
                    and same != ln.text.strip():
                out.append([ln])
                cut_at.append(ln.no)
            else:
                out[-1].append(ln)
    return out if len(out) == n else None


# A line that opens with the modal a recommendation opens with ("ควรมีการวางแผน...", "ควรจัดให้มี..."): a sentence's
# first word, which a page's wrap does not carry onto a line (of the 88 lines of the 13 open sets' clean OBEC texts
# opening with it, every one opens a finding; 158 of 518 suggestions open with it).  It has no tone mark OCR could
# drop; no other Thai word a line may go on with begins with its three letters.
_ADVISES_RE = regex.compile("^ควร")


def _cut_at_overruns(paragraphs: list[list[Line]], n: int, wraps: Any,
                     overran: list[int]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, in fewer pieces
    than numbers after every other reading (the gaps, the widths, the items
    known whole, the words that go on, the report's openings), cut where
    only the count can tell: each line whose only sign of a wrap is that its
    first word would have overrun the line before (in wraps.wrapped, not at
    the margin nor past it: a long run of Thai with no space overruns any
    line, so the sign says little) opens an item, where such lines and the
    places already cut (a gap, a line the page did not wrap) are exactly
    the `n` - 1 cuts the numbers need, and each opens with the modal a
    recommendation opens with (_ADVISES_RE: no wrap carries a sentence's
    first word onto a line) or follows a line the page left well short of
    its margin (_after_unfilled: the page would have filled it with the
    line's first words) ('วางแผนการดำเนินการล่วงหน้า' /
    'ควรมีการวางแผนในการดำเนินกิจกรรม...' / 'เสร็จสิ้นตามเวลา...' under a
    column of two numbers: the short first line is item 1, its next line's
    long first run overrunning it); the lines so cut go into `overran` (the
    count decided: said).  Else None."""
    lines = [ln for para in paragraphs for ln in para]
    starts = {sum(len(p) for p in paragraphs[:j]) for j in range(1, len(paragraphs))}
    sure = [k for k in range(1, len(lines)) if k in starts or _opens_unwrapped(lines[k], wraps)]
    over = [k for k in range(1, len(lines)) if k not in sure and lines[k].no not in wraps.at_margin]
    if not over or len(sure) + len(over) != n - 1 or not all(
            _ADVISES_RE.match(lines[k].text) or _after_unfilled(lines[k - 1], lines[k], wraps) for k in over):
        return None
    overran += [lines[k].no for k in over]
    return _cut_before(lines, sorted(sure + over))


def _after_unfilled(before: Line, line: Line, wraps: Any) -> bool:
    """Whether `line` follows the line `before`, which the page left well
    short of its margin (parsers.wraps.PageWraps.filled: a Thai page fills
    a line with the next one's first words, broken between them, before it
    leaves a third of it empty), opening with no word that goes on from it
    (goes_on), `before` no office's name alone (_OFFICE_ALONE_RE: the form's
    result sentence opens with it, its words on the next line): only its
    first run's overrunning that line said the page wrapped it; an item
    opens there where the count of numbers asks for it."""
    return line.no in wraps.filled and not goes_on(line.text) and not _OFFICE_ALONE_RE.match(before.text.strip())


def _cut_at_starts(paragraphs: list[list[Line]], n: int, wraps: Any, starts: frozenset[str],
                   started: list[int]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, which neither
    the gaps nor the widths nor the items known whole cut into `n` pieces
    (its items printed one right under the other, each line of them one the
    page may have wrapped: "นักเรียนในสังกัด ... ตามโครงการ" / "ผู้บริหาร
    สถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๗ คน" / "เข้าร่วมการประชุมเชิง
    ปฏิบัติการ", where a long first word overruns any line), cut before
    each line the page did not wrap (not wraps.wrapped, or past the margin)
    and each line that opens as an item of the report's lists opens where
    nothing leaves it in doubt (`starts`, see item_starts: the text after an
    item number printed in front of it, or a list's first text), and
    nowhere else: exactly the `n` - 1 cuts the numbers need, one at least
    made by an opening (the lines so cut go into `started`); else None.
    Where those cuts are too few, the lines that only a word's overrunning
    said the page wrapped (_overrun_only: no word going on from the line
    before, which stopped short of the margin) are cut too, where they are
    exactly as many as the cuts still needed ("ได้ดำเนินการประชุม..." / "และจัดทำ
    คำสั่ง...เรียบร้อยแล้ว" / "ได้เผยแพร่ผล...ของสำนักงาน" at its long first run /
    "สพป.X เขต 2 ได้ดำเนินการ..." as the report's items open / "ครบตามแผน..."
    after the margin, under three numbers: fresh set s89a
    obec_progress_s89a003's clean text, two items lost before); those lines go
    into `started` too (said as the openings' cuts are)."""
    lines = [ln for para in paragraphs for ln in para]
    cuts: list[int] = []
    by_opening: list[int] = []
    for k in range(1, len(lines)):
        if _opens_unwrapped(lines[k], wraps):
            cuts.append(k)
        elif _opening(lines[k].text) in starts:
            cuts.append(k)
            by_opening.append(lines[k].no)
    if by_opening and len(cuts) < n - 1:
        over = [k for k in range(1, len(lines)) if k not in cuts and _overrun_only(lines[k], wraps)]
        if len(cuts) + len(over) == n - 1:
            cuts = sorted(cuts + over)
            by_opening += [lines[k].no for k in over]
    if len(cuts) != n - 1 or not by_opening:
        return None
    started += by_opening
    return _cut_before(lines, cuts)


def _past_break_opening(para: list[Line], wraps: Any, starts: frozenset[str]) -> int | None:
    """Where, in a paragraph that opens after a page break (wraps.after_break)
    on a line that does not open as the report's items open (`starts`,
    item_starts) and goes on from nothing it can tell, a later line opens so
    (no word going on from the line before): that line's place; else None."""
    if para[0].no not in wraps.after_break or _opening(para[0].text) in starts:
        return None
    return next((k for k in range(1, len(para)) if _opening(para[k].text) in starts and not goes_on(para[k].text)),
                None)


def _opened_past_break(paragraphs: list[list[Line]], wraps: Any, starts: frozenset[str]) -> list[list[Line]]:
    """The paragraphs of a list whose numbers stand apart, each one that
    opens after a page break with lines that open no item, a later line of
    it opening as the report's items open (_past_break_opening), cut there:
    its lines before that one go on from the paragraph before, the page's
    break standing inside an item's text ("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ"
    / page break / "สามารถนำองค์ความรู้ไปปรับใช้..." / "ข้าราชการครูและบุคลากร..."
    as the report's items open / "และพัฒนา...", under two numbers: fresh set
    s89a obec_progress_s89a003's clean text, its second copy; before, item 1
    lost its second line and item 2 took it).  paired_in_doubt says it."""
    out = [list(paragraphs[0])]
    for para in paragraphs[1:]:
        k = _past_break_opening(para, wraps, starts)
        if k is None:
            out.append(list(para))
        else:
            out[-1] += para[:k]
            out.append(para[k:])
    return out


def _overrun_only(line: Line, wraps: Any) -> bool:
    """Whether the only sign that the page wrapped the line before `line`
    is that `line`'s first word would have overrun it: that line stopped
    short of the margin (not wraps.at_margin), and `line` opens with no word
    that goes, or mostly goes, on from it (goes_on, _leans_on)."""
    return line.no not in wraps.at_margin and not goes_on(line.text) and not _leans_on(line.text)


# A line that opens with a word that joins it to the sentence before and opens none ("และพัฒนาคุณภาพงาน...",
# "และจัดทำคำสั่ง...", "ให้แก่โรงเรียนในสังกัด..."): a conjunction or a preposition that no Thai sentence, and so no
# item of a list, begins with (no target or finding of any set's truth does): what the page, or a text broken at
# its phrases, carried onto the next line.  ("แต่" is left out: "แต่งตั้ง..." opens a text.)
# Each word as printed or with a tone mark OCR dropped ("ซึง", "ให้แก"), and no mark after it (the word whole, not
# the start of another: "ให้แก้ไข...", "จังหวัด..." open texts).
_GOES_ON_RE = regex.compile(
    "^(?:" + "|".join(regex.sub("([\u0e48-\u0e4b])", r"\1?", w)
                      for w in ("และ", "หรือ", "ซึ่ง", "จึง", "ให้แก่", "ตลอดจน", "รวมทั้ง", "รวมถึง"))
    + ")(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


# A line that opens with a word that mostly goes on from the sentence before, though a sentence may open with it
# ("เนื่องจากคณะกรรมการบางท่าน..." under "การประสานงานการประชุม... อาจจะมาประชุมไม่ครบ"): a cause given after what it
# causes.  It rules a cut out only where nothing else tells (_cut_past_continuations), and the cut so made is said.
_LEANS_ON_RE = regex.compile(
    "^(?:" + "|".join(regex.sub("([\u0e48-\u0e4b])", r"\1?", w) for w in ("เนื่องจาก",)) + ")")
# ... or with the auxiliary "จะ" as a word of its own (newmm's first word: not "จะแจ้ง"), which wants a subject
# before it ("... ให้ชัดเจน" / gap / "จะทำให้การดำเนินกิจกรรม..." / gap / "ปรับโปรแกรม...": fresh set s153o,
# obec_progress_s153o004, whose two suggestions were read as one, three times), though a report may drop it
_LEANING_WORDS = frozenset({"จะ"})
_LEANING_PREFIXES = tuple(_LEANING_WORDS)


def _leans_on(text: str) -> bool:
    """Whether a line opens with a word that mostly goes on from the sentence before (_LEANS_ON_RE,
    _LEANING_WORDS)."""
    if _LEANS_ON_RE.match(text):
        return True
    head = text.lstrip()[:12]
    return head.startswith(_LEANING_PREFIXES) and thai_words(head)[0] in _LEANING_WORDS


def goes_on(text: str) -> bool:
    """Whether a line opens with words that go on from the line before (_GOES_ON_RE)."""
    return _GOES_ON_RE.match(text) is not None


def _cut_past_continuations(paragraphs: list[list[Line]], n: int, wraps: Any,
                            decided: list[int]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, which neither the
    gaps nor the widths nor the items known whole cut into `n` pieces, cut
    where a line that goes on from the one before (goes_on: it opens with
    "และ", "ให้แก่", ...) rules a cut out: every such line goes on, every
    line the page did not wrap (not wraps.wrapped, or past the margin)
    opens an item, and the lines left (the page may have wrapped the one
    before them: its first word would have overrun it, or it ran to the
    margin) are cut where they are exactly as many as the cuts the count
    still needs (all of them, or none); the lines so decided go into
    `decided`.  One line at least must go on (the sign this reads), the
    texts must hold `n` lines or more; else None (the paragraphs stand as
    they are, said)."""
    lines = [ln for para in paragraphs for ln in para]
    if len(lines) < n:
        return None
    joins = {k for k in range(1, len(lines)) if goes_on(lines[k].text)}
    # (a line opening with a word that mostly goes on, "เนื่องจาก": a join too, but every cut it leaves is said)
    leans = {k for k in range(1, len(lines)) if k not in joins and _leans_on(lines[k].text)}
    joins |= leans
    if not joins:
        return None
    sure = [k for k in range(1, len(lines)) if k not in joins
            and _opens_unwrapped(lines[k], wraps)]
    open_ = [k for k in range(1, len(lines)) if k not in joins and k not in sure]
    if len(sure) == n - 1:
        cuts = sure
        decided += [lines[k].no for k in sure] if leans else []
    elif len(sure) + len(open_) == n - 1:
        cuts = sure + open_
        decided += [lines[k].no for k in (sure + open_ if leans else open_)]
    else:
        return None
    return _cut_before(lines, sorted(cuts))


def _cut_at_known_openings(paragraphs: list[list[Line]], n: int, known: frozenset[str]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, in fewer
    paragraphs than numbers where neither the widths nor the items known
    whole part them (an item ran to the margin, and the next one's first
    line stood right under it: "มีสัญญาณขัดข้อง...ความไม่ชัดเจน" / "มีเจ้าหน้าที่
    ผู้ปฏิบัติงาน..." / "เนื่องจาก..."), cut before each line, not a
    paragraph's first, that opens an item the report prints whole
    elsewhere (`known`: a known item's key opens with the line's, of
    OPENING_LETTERS letters or more, the line no whole item itself): an
    item opens there.  Exactly `n` pieces; else None."""
    pieces: list[list[Line]] = []
    for para in paragraphs:
        pieces.append([para[0]])
        for ln in para[1:]:
            key = item_key(ln.text)
            if key is not None and len(key) >= OPENING_LETTERS and key not in known \
                    and any(k.startswith(key) for k in known):
                pieces.append([ln])
            else:
                pieces[-1].append(ln)
    return pieces if len(pieces) == n else None


FRAGMENT_CHARS = 4  # characters (marks and all) a piece of a line's opening OCR read apart takes at most
_THAI_ONLY_RE = regex.compile(r"^[\u0e01-\u0e4e]+$")


def _column_fragment(texts: list[Line], k: int) -> bool:
    """Whether texts[k], of a list whose numbers stand apart, is a piece of
    a line's opening that OCR read as a column of its own, standing apart
    after the texts ("เนื่", "จ้าห", "ระย": the first letters of "เนื่องจาก...",
    "ระยะเวลา..." cut off with the column of numbers beside them): Thai
    letters alone, FRAGMENT_CHARS characters at most, no word of the
    dictionary ("ได้", "ทฤษฎี": a word the page wrapped), a gap before it and
    after it (or the list's end).  Such a piece is no text of an item and
    no paragraph to pair with a number (it is left out, as debris is)."""
    text = texts[k].text.strip()
    if len(text) > FRAGMENT_CHARS or not _THAI_ONLY_RE.match(text) or known_word(text):
        return False
    return (k == 0 or texts[k - 1].no < texts[k].no - 1) and (k + 1 == len(texts) or texts[k + 1].no > texts[k].no + 1)


# a line opening with a vowel or mark that no Thai word opens with ("ะเวลาในการ..."): its first letters were cut off
_OPENS_INSIDE_RE = regex.compile(r"^[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


def fragments_restored(lines: list[Line]) -> tuple[list[Line], list[tuple[Line, Line]]]:
    """A list whose numbers stand apart, with the pieces of its lines'
    openings OCR read apart with the column (_column_fragment: "เนื่",
    "จ้าห", "ระย"), each given back to the line it was cut from, where
    that is sure: a line that opens with a vowel or mark no Thai word opens
    with ("ะเวลาในการอบรม..."), and exactly one of the pieces, put before
    it, makes its first word a word of the dictionary longer than the piece
    ("ระยะเวลา"; normalizers.words).  The lines (each piece given back left
    out; the others are left out by _numbers_apart), and each line as read
    and as restored."""
    if not numbers_stand_apart(lines):
        return lines, []
    texts = [ln for ln in lines if not _MARK_ALONE_RE.match(ln.text.strip())]
    pieces = {texts[k].no: texts[k].text.strip() for k in range(len(texts)) if _column_fragment(texts, k)}
    if not pieces:
        return lines, []
    out, restored, used = list(lines), [], set()
    for i, ln in enumerate(lines):
        if ln.no in pieces or not _OPENS_INSIDE_RE.match(ln.text):
            continue
        fits = [no for no, piece in pieces.items() if no not in used and _opens_a_word(piece, ln.text)]
        if len(fits) == 1:
            used.add(fits[0])
            out[i] = Line(ln.no, pieces[fits[0]] + ln.text, ln.kind, ln.bullet, ln.indent, ln.cols)
            restored.append((ln, out[i]))
    return [ln for ln in out if ln.no not in used], restored


def _opens_a_word(piece: str, text: str) -> bool:
    """Whether `piece` put before `text` makes its first word a word of the dictionary longer than the piece."""
    words = thai_words(piece + text)
    return bool(words) and len(words[0]) > len(piece) and known_word(words[0])


def _known_end(lines: list[Line], i: int, known: frozenset[str], shed: bool = False) -> int | None:
    """Where the longest stretch of lines from `i` (KNOWN_LINES at most)
    that reads as an item the report prints whole (`known`, by item_key)
    ends; None when none from `i` does.  With `shed`, a closing mark in the
    stretch's key is no letter of it (_known_tails)."""
    return next((j for j in range(min(i + KNOWN_LINES, len(lines)), i, -1)
                 if (key := item_key(span_text(lines[i:j]))) is not None
                 and (key.replace(")", "") if shed else key) in known), None)


def _cut_by_known_and_widths(paragraphs: list[list[Line]], n: int, wraps: Any, known: frozenset[str],
                             guessed: list[int] | None = None) -> list[list[Line]]:
    """The texts of a list whose `n` numbers stand apart, where neither
    the paragraphs (OCR leaves gaps inside an item and none between two)
    nor the widths alone nor the known items alone cut them into `n`
    pieces, cut by all three together, the gaps aside: between two lines
    the text goes on where the line before ran to the margin (wraps.at_margin)
    and starts afresh where the page did not wrap it (not wraps.wrapped, or
    past the margin); a run of up to KNOWN_LINES lines that is an item the
    report prints whole (`known`, item_key) goes on inside and starts
    afresh at both ends (an item may end at the margin); where only the
    next line's first word's overrunning says the page wrapped a line, the
    count decides: every such place a cut, or none, whichever makes `n`
    pieces.  Each known item's run must stand alone (the first one found
    from the list's start, no two overlapping), and the known items must not
    go on where the page did not wrap, and one known item at least must
    be found; else the paragraphs as they stand.  The lines where the
    count decided go into `guessed` (when given)."""
    lines = [ln for para in paragraphs for ln in para]
    if len(lines) < n:
        return paragraphs
    cut: dict[int, bool | None] = {}  # before lines[k]: True a cut, False none, None the count's to say
    for k in range(1, len(lines)):
        ln = lines[k]
        cut[k] = True if _opens_unwrapped(ln, wraps) else (
            False if ln.no in wraps.at_margin else None)
    k, runs = 0, 0
    while k < len(lines):
        run = _known_end(lines, k, known)
        if run is None:
            k += 1
            continue
        runs += 1
        if any(cut[i] for i in range(k + 1, run)):
            return paragraphs  # a known item going on where the page did not wrap: no telling
        cut.update({i: False for i in range(k + 1, run)})
        cut.update({i: True for i in (k, run) if 0 < i < len(lines)})
        k = run
    if not runs:
        return paragraphs  # the widths alone, as before (_unwrapped, _rejoined)
    sure = sum(1 for c in cut.values() if c)
    open_ = [i for i, c in cut.items() if c is None]
    if sure == n - 1:
        cut.update({i: False for i in open_})
    elif sure + len(open_) == n - 1:
        cut.update({i: True for i in open_})
    else:
        return paragraphs
    if guessed is not None:
        guessed += [lines[i].no for i in open_]
    return _cut_before(lines, sorted(i for i, c in cut.items() if c))


def _known_runs(lines: list[Line], known: frozenset[str]) -> list[tuple[int, int]] | None:
    """The runs of lines (index ranges, in order) that read as items the
    report prints whole elsewhere (`known`): from each line, the longest
    such run that opens there (_known_end), the next sought after it.
    None where another known item opens inside a run and goes on past its
    end (two items the report prints overlap: no telling)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = _known_end(lines, i, known)
        if j is None:
            i += 1
            continue
        if any(item_key(span_text(lines[k:e])) in known for k in range(i + 1, j)
               for e in range(j + 1, min(k + KNOWN_LINES, len(lines)) + 1)):
            return None
        runs.append((i, j))
        i = j
    return runs


def _around(runs: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The pieces (index ranges, in order) `n` lines fall into: the runs,
    and each stretch before, between or after them."""
    bounds = sorted({0, n} | {k for run in runs for k in run})
    return list(zip(bounds, bounds[1:]))


def _cut_by_known_alone(lines: list[Line], n: int, known: frozenset[str]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, where the page's
    widths gainsay the items the report prints whole elsewhere (`known`)
    and so cut them into no `n` pieces (a layout that breaks an item's
    text at its phrases, as a table's cell does: "สพป.X เขต 1" /
    "ได้ดำเนินการ..." / "ครบตามแผนที่กำหนด", one item over three lines
    none of which ran to the margin), cut by the known items alone: each
    known item's run is an item, and so is each stretch of lines before,
    between or after them, if it holds PARAGRAPH_LETTERS letters or more
    (a text of its own, no piece of a known item OCR broke).  Exactly `n`
    pieces, one known run at least; else None."""
    runs = _known_runs(lines, known)
    if not runs:
        return None
    pieces = _around(runs, len(lines))
    if len(pieces) != n or any((a, b) not in runs and sum(map(str.isalpha, span_text(lines[a:b]))) < PARAGRAPH_LETTERS
                               for a, b in pieces):
        return None
    return [lines[a:b] for a, b in pieces]


def _unwrapped(paragraphs: list[list[Line]], n: int, wraps: Any,
               guessed: list[int] | None = None) -> list[list[Line]]:
    """The texts of a list whose `n` numbers stand apart, cut also between
    two lines that follow one another where the page did not wrap the first
    (wraps.wrapped: it stops short of the margin, and the next line's first
    word would have fit) or no page wrapped it (wraps.past: it runs well
    past the margin): as many pieces as numbers, each one item printed on
    its line; else the paragraphs as they stand (lines that may be one
    item's wrapped text stay one).  A line whose only sign of a wrap is
    its first word's overrunning the line before (not the margin) leaves
    the texts uncut: that word may be any long run of Thai; but as many
    lines as numbers, none after a line that ran to the margin, are one
    item each, and so are as many lines as numbers one of which runs well
    past the margin (the page wrapped none of them), or stand in a text
    no page wrapped (wraps.unwrapped)."""
    lines = [ln for para in paragraphs for ln in para]
    if len(lines) == n:
        # as many lines as numbers: one item a line (an item the page wrapped would make more lines than numbers,
        # unless OCR lost another item's text whole); a line under one that ran to the margin may go on from it
        # only where OCR lost an item whole as well, so it opens an item too, the count deciding (into `guessed`,
        # said: on the worked sets every such line opened an item), unless one line runs well past the margin
        # (no page wrapped these lines) or none does (text printed a paragraph a line)
        if not wraps.unwrapped and not any(ln.no in wraps.past for ln in lines[1:]) and guessed is not None:
            guessed += [ln.no for para in paragraphs for ln in para[1:]
                        if ln.no in wraps.at_margin and ln.no not in wraps.past]
        return [[ln] for ln in lines]
    pieces: list[list[Line]] = []
    open_: list[int] = []  # lines whose only sign of a wrap is the next line's first word's overrunning
    # a line that is the office's short name alone ("สพป.สุราษฎร์ธานี เขต ๔") opens the form's sentence, its words
    # on the next line ("ได้ดำเนินการ...", wrapped or not): it opens an item, and the line after it goes on
    heads = {ln.no for para in paragraphs for ln in para if _OFFICE_ALONE_RE.match(ln.text.strip())}
    after_head = {b.no for para in paragraphs for a, b in zip(para, para[1:]) if a.no in heads}
    for para in paragraphs:
        pieces.append([para[0]])
        for ln in para[1:]:
            if ln.no in heads:
                pieces.append([ln])
                continue
            if ln.no in after_head:
                pieces[-1].append(ln)
                continue
            if ln.no in wraps.wrapped and ln.no not in wraps.past and ln.no not in wraps.at_margin:
                # the only sign of a wrap is that the line's first word would have overrun the line before:
                # a long run of Thai with no space (which overruns any line) says as little of a new item
                open_.append(ln.no)
            if ln.no in wraps.wrapped and ln.no not in wraps.past:
                pieces[-1].append(ln)
            else:
                pieces.append([ln])
    if len(pieces) != n and heads and open_ and len(pieces) + len(open_) == n:
        # where an office's name alone opened an item, the lines whose only sign of a wrap is a word's overrunning
        # open as many more as there are numbers: they open items (the count decided: into `guessed`, said)
        pieces = [piece for whole in pieces
                  for piece in _cut_before(whole, [i for i, ln in enumerate(whole) if i and ln.no in open_])]
    elif len(pieces) != n:
        return paragraphs
    if open_ and guessed is not None:
        # the lines the page did not wrap open as many items as there are numbers: the others go on (the count
        # decided where only a word's overrunning said the page wrapped: into `guessed`, said)
        guessed += open_
    return pieces


# the office's short name alone on a line ("สพป.สุราษฎร์ธานี เขต ๔", "สพป. ตรัง เขต 3"): what the form's result
# sentence opens with ("<office> ได้ดำเนินการ<project> ครบตามแผนที่กำหนด"), its words wrapped onto the next line
_OFFICE_ALONE_RE = regex.compile(rf"^{mark_tolerant('สพป')}\.?\s*[\u0e01-\u0e4e]+\s*{mark_tolerant('เขต', False)}\s*[\d๐-๙]{{1,2}}$")


# the figures of an item's text: a report prints the same item for several projects, each with its own counts
FIGURES_RE = regex.compile(r"[\d๐-๙]+(?:[.,][\d๐-๙]+)*")
# a count's figure OCR read as Latin letters ("จำนวน om คน", "จำนวน ve คน" for ๑๑๕, ๙๕): one to three letters or
# digits, a letter among them, alone after the word that counts it
_GARBLED_COUNT_RE = regex.compile(r"(?<=(?:จำนวน|ร้อยละ) )(?=[\d]{0,2}[A-Za-z])[A-Za-z\d]{1,3}(?= )")


@lru_cache(maxsize=16384)  # a pure function of one text: a report's copies repeat their items
def item_key(text: str) -> str | None:
    """What an item's text is known by across a report: its letters, its
    figures left out ("... จำนวน 27 คน ..." and "... จำนวน 124 คน ..." are
    one item printed for two projects), and its Thai marks and spaces
    (OCR drops a mark in one printing and not another: "ที" for "ที่",
    and spaces words apart or not), sara am counting as sara aa (its
    nikhahit a mark: OCR reads "นำ" as "น้า" or "นํา" in one printing and
    right in another), and a count's figure OCR read as Latin letters
    ("จำนวน om คน": _GARBLED_COUNT_RE) left out as figures are; None for a
    text of fewer than
    PARAGRAPH_LETTERS letters, too short to tell one item from a piece of
    another."""
    text = FIGURES_RE.sub("#", _GARBLED_COUNT_RE.sub("#", clean_value(text)))
    if sum(map(str.isalpha, text)) < PARAGRAPH_LETTERS:
        return None
    return MARKS_AND_SPACES_RE.sub("", text.replace("\u0e33", "\u0e32"))


# what an item's key leaves out (and what read.py's unit names are compared without): the Thai marks OCR drops
# or misreads in one printing and not another, and spaces
MARKS_AND_SPACES_RE = regex.compile(r"[\p{Mn}\s]")


KNOWN_LINES = 3  # the lines of a list's texts weighed together as one item the report prints whole elsewhere


def _parted_by_known(paragraphs: list[list[Line]], n: int, wraps: Any, known: frozenset[str],
                     ended: list[tuple[int, str]] | None = None) -> list[list[Line]]:
    """The texts of a list whose `n` numbers stand apart, in fewer
    paragraphs than numbers where the page's widths cannot part them (every
    line may be the page's wrap of the one before), parted by what the
    report prints elsewhere: a run of lines (up to KNOWN_LINES) whose text
    is an item the report reads whole in a list that leaves no doubt
    (`known`, see known_items; its figures aside, item_key) is that item,
    an item opening where it opens and another where it ends.  An item
    printed whole may open a longer one ("... จำนวน 20 คน" / "... จำนวน 20
    คน เข้าร่วม..."): a run inside a longer run gives way to it, and where
    the cuts at the runs' both ends make more pieces than numbers, the cuts
    where they open alone are weighed.  The cuts must be exactly the `n` - 1
    the numbers need, no two runs may overlap, and every line left uncut
    must be one the page may have wrapped (wraps.wrapped, not past the
    margin); else the paragraphs as they stand (a list the report's items
    cannot part stays one, and said).  A cut only where a known item ends,
    before a line the page may have wrapped, rests on the known item's
    being the whole item here, where it may open a longer one as well: the
    lines so cut go into `ended` (when given), with the known item's key,
    where the paragraph goes on elsewhere onto a line only a long first word
    says the page wrapped (_joined_weakly: the cut could stand there
    instead); said where the known item is of another kind of list than
    this one (an indicator "... จำนวน 20 คน" printed whole where the output
    target goes on: "... จำนวน 20 คน เข้าร่วม...")."""
    spans: list[tuple[list[Line], list[tuple[int, int]]]] = []
    for para in paragraphs:
        runs = [(i, j) for i in range(len(para)) for j in range(i + 1, min(i + KNOWN_LINES, len(para)) + 1)
                if item_key(span_text(para[i:j])) in known]
        spans.append((para, [(i, j) for i, j in runs
                             if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in runs)]))
    for with_ends in (True, False):
        pieces: list[list[Line]] = []
        for para, runs in spans:
            cuts = {0} | {i for i, _ in runs} | ({j for _, j in runs} if with_ends else set())
            cuts.discard(len(para))
            joins = {k for i, j in runs for k in range(i + 1, j)}  # lines that go on from the line before
            if cuts & joins:
                return paragraphs  # two items the report prints overlap here: no telling
            if any(k not in cuts and _opens_unwrapped(para[k], wraps)
                   for k in range(1, len(para))):
                break  # a line the page did not wrap, left uncut: the known items do not part the list
            bounds = sorted(cuts)
            pieces += [para[a:b] for a, b in zip(bounds, [*bounds[1:], len(para)])]
        else:
            if len(pieces) == n:
                if ended is not None and with_ends:
                    ended += [(para[j].no, item_key(span_text(para[i:j]))) for para, runs in spans for i, j in runs
                              if j < len(para) and all(a != j for a, _ in runs)
                              and not _opens_unwrapped(para[j], wraps) and _joined_weakly(para, runs, wraps)]
                return pieces
            if len(pieces) < n:
                break  # fewer pieces than numbers: the cuts where items open alone make fewer still
    return paragraphs


def _joined_weakly(para: list[Line], runs: list[tuple[int, int]], wraps: Any) -> bool:
    """Whether a paragraph the known items (`runs`) cut goes on, outside
    them, onto a line whose only sign of the page's wrap is its first
    word's overrunning the line before (not the margin): a place where the
    cut a known item's end makes could have stood instead."""
    inside = {k for i, j in runs for k in range(i, j)} | {j for _, j in runs}
    return any(k not in inside and para[k].no not in wraps.at_margin for k in range(1, len(para)))


def _rejoined_at_starts(paragraphs: list[list[Line]], n: int, starts: frozenset[str]) -> list[list[Line]] | None:
    """The texts of a list whose `n` numbers stand apart, in more
    paragraphs than numbers (OCR left a gap inside an item), rejoined by
    how the report's items open (`starts`, item_starts): each paragraph
    after the first that opens as an item opens elsewhere starts an item,
    and so does each that opens with the modal a recommendation opens with
    (_ADVISES_RE: a sentence's first word), each other one goes on the one
    before; exactly `n` pieces, else None."""
    if not starts:
        return None
    pieces: list[list[Line]] = []
    for para in paragraphs:
        if pieces and _opening(para[0].text) not in starts and not _ADVISES_RE.match(para[0].text):
            pieces[-1] = pieces[-1] + para
        else:
            pieces.append(list(para))
    return pieces if len(pieces) == n else None


def _rejoined(paragraphs: list[list[Line]], n: int, wraps: Any) -> list[list[Line]]:
    """The texts of a list whose `n` numbers stand apart, in more
    paragraphs than numbers (OCR left a gap between an item's wrapped
    lines): a paragraph whose first line follows a line the page wrapped
    goes on the one before, first where that line ran to the margin (the
    surest sign), then where the next line's first word would have overrun
    it too in the page's columns (wraps.in_columns), then by either count of
    its width (wraps.wrapped); as many pieces as numbers, or the paragraphs
    as they stand.  Where a paragraph goes on past a line the page did not
    wrap (not wraps.wrapped, or past the margin: "ข้าราชการครู... จำนวน 102
    คน" / gap / "ได้รับการพัฒนาตามโครงการ" / "สพป.พะเยา เขต 4 ดำเนินการ..."
    / gap / "การบัญชี ให้แก่โรงเรียน..."), the gaps and the widths disagree:
    the texts are cut before each such line and nowhere else, where that
    makes as many pieces as numbers (_cut_by_widths; OCR's gaps fall inside
    an item as well).  A paragraph after a line the page left well short
    of its margin (_after_unfilled: "ระยะเวลา...มีจำกัด" / gap / "ขาดงบประมาณ
    ในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ" / gap / "ต้องปรับกิจกรรม...") goes on
    the one before last: the other joins are tried without it first."""
    if any(_opens_unwrapped(ln, wraps) for para in paragraphs for ln in para[1:]) \
            and (cut := _cut_by_widths(paragraphs, n, wraps)) is not None:
        return cut
    unfilled = frozenset(para[0].no for before, para in zip(paragraphs, paragraphs[1:])
                         if _after_unfilled(before[-1], para[0], wraps))
    for signs in (wraps.at_margin, *(((wraps.in_columns | wraps.at_margin) - unfilled,
                                      (wraps.wrapped | wraps.at_margin) - unfilled) if unfilled else ()),
                  wraps.in_columns | wraps.at_margin, wraps.wrapped | wraps.at_margin):
        pieces: list[list[Line]] = []
        for para in paragraphs:
            if pieces and para[0].no in signs and para[0].no not in wraps.past:
                pieces[-1] = pieces[-1] + para
            else:
                pieces.append(list(para))
        if len(pieces) == n:
            return pieces
    return _rejoined_by_fullness(paragraphs, n, wraps)


def _cut_by_widths(paragraphs: list[list[Line]], n: int, wraps: Any) -> list[list[Line]] | None:
    """The texts cut before each line the page did not wrap (not
    wraps.wrapped, or past the margin), the gaps aside: exactly `n` pieces,
    or None."""
    lines = [ln for para in paragraphs for ln in para]
    cuts = [k for k in range(1, len(lines)) if _opens_unwrapped(lines[k], wraps)]
    return _cut_before(lines, cuts) if len(cuts) == n - 1 else None


def _cut_before(lines: list[Line], cuts: list[int]) -> list[list[Line]]:
    """`lines` cut before each of the indexes `cuts` (in order, none 0)."""
    bounds = [0, *cuts, len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:])]


FULLER = 3  # how many times wider than any line before a cut the lines before the joins must be (_rejoined_by_fullness)
_MARK_RE = regex.compile(r"\p{Mn}")


def _columns(text: str) -> int:
    """Columns a line takes: its characters less the Thai marks above or below a letter."""
    return len(text) - len(_MARK_RE.findall(text))


def _rejoined_by_fullness(paragraphs: list[list[Line]], n: int, wraps: Any) -> list[list[Line]]:
    """The texts of a list whose `n` numbers stand apart, in more
    paragraphs than numbers, where the page's wraps join too many of them
    or too few (a Thai run with no space overruns any line, so the next
    line's first word says a wrap after a short line too): of the
    paragraphs that may go on the one before (wraps.wrapped, not past the
    margin), those after the widest lines go on, as many as the count
    needs, where each such line is FULLER times as wide as any line before
    a paragraph left to stand ("สถานศึกษา...กฎหมายกำหนด" / "ลดภาระครูผู้สอน" /
    "ข้าราชการครู...พัฒนาตนเอง" / "และพัฒนาคุณภาพงาน...": the short line ends
    its item, the wide one wraps on); else the paragraphs as they stand.
    (The pairing stays in doubt: paired_in_doubt says the paragraphs were
    joined.)"""
    joins = len(paragraphs) - n
    open_ = [i for i in range(1, len(paragraphs))
             if paragraphs[i][0].no in wraps.wrapped and paragraphs[i][0].no not in wraps.past]
    if joins < 1 or len(open_) <= joins:
        return paragraphs
    width = {i: _columns(paragraphs[i - 1][-1].text) for i in open_}
    ranked = sorted(open_, key=lambda i: -width[i])
    chosen, left = ranked[:joins], ranked[joins:]
    if min(width[i] for i in chosen) < FULLER * max(width[i] for i in left):
        return paragraphs
    pieces: list[list[Line]] = []
    for i, para in enumerate(paragraphs):
        if i in chosen:
            pieces[-1] = pieces[-1] + para
        else:
            pieces.append(list(para))
    return pieces


def _pairs(paragraphs: list[list[Line]], numbers: list[str], lead: list[Line] = ()) -> bool:
    """Whether numbers read apart go one to each paragraph: as many
    paragraphs as numbers, and the numbers in order from 1 (from 2 after a
    lead, which is the list's first item; each as printed or a misread of
    it, normalizers.confusions), all of them or all but one (see
    _odd_number)."""
    if len(paragraphs) != len(numbers):
        return False
    return _in_order(numbers, lead) or _odd_number(paragraphs, numbers, lead) is not None \
        or _placed_column(paragraphs, numbers, lead)


def _in_order(numbers: list[str], lead: list[Line] = ()) -> bool:
    """Whether numbers read apart each read as their place, 1 on (2 on after a lead that holds no 1)."""
    split = len(numbers) >= 2  # a column of numbers: its sequence may read a glyph OCR split in two
    start = 2 if lead and not _reads_as(numbers[0], 1, split) else 1
    return all(_reads_as(n, i, split) for i, n in enumerate(numbers, start))


def _placed_column(paragraphs: list[list[Line]], numbers: list[str], lead: list[Line] = ()) -> bool:
    """Whether a column of numbers read apart (two or more, as many as the
    paragraphs, no lead before them) numbers the paragraphs by its places
    though two or more of its numbers read as none of their place: the
    glyphs this document's OCR writes for its digits past the table of
    confusions ("9." and "a." for ๑ and ๒, "อ." for ๑) stand where the form
    prints its item numbers, in order, so each is the number of its place
    (as _placed_numbers_mended reads such numbers in front of the texts);
    but a number after the first printed in digits that cannot be its
    place's ("1." / "3.": a number between lost) says otherwise.  The
    pairing stays in doubt (paired_in_doubt says so)."""
    if lead or len(numbers) < 2 or len(paragraphs) != len(numbers):
        return False
    return not any(_DIGITS_ONLY_RE.fullmatch(n) and not could_be(n, str(place))
                   for place, n in enumerate(numbers, start=1) if place > 1)


def _placed_only(paragraphs: list[list[Line]], numbers: list[str], lead: list[Line] = ()) -> bool:
    """Whether numbers read apart pair with the paragraphs only by their places (_placed_column): neither
    read in order nor all but one (_odd_number)."""
    return _placed_column(paragraphs, numbers, lead) and _odd_number(paragraphs, numbers, lead) is None \
        and not _in_order(numbers, lead)


def _last_number_alone(lines: list[Line], known: frozenset[str] = frozenset(), wraps: Any = None,
                       starts: frozenset[str] = frozenset(), widths: list[int] | None = None,
                       between: list[int] | None = None) -> tuple[list[list[Line]], list[str], list[Line]] | None:
    """A list whose column of numbers OCR read apart kept only its last:
    one number alone opens the list ("๒." over "ได้เผยแพร่..." / "ได้ดำเนิน
    การประชุม...", the "๑." above it lost with the column's first lines,
    or read past a page's break), reading as k (two or more), and its
    texts after it stand in exactly k paragraphs: the paragraphs, the
    number and no lead (as _numbers_apart gives them); else None.  The
    paragraphs are the gaps' only (no page's widths): as many as the number
    counts, or no pairing.  Where the texts stand in fewer paragraphs than
    that (items printed one under the other, no gap: "la." over "นักเรียน
    ในสังกัด ... ตามโครงการ" / "ผู้บริหารสถานศึกษา... จำนวน ๑๑๕ คน" /
    "เข้าร่วมการประชุมเชิงปฏิบัติการ"), the items the report prints whole
    elsewhere (`known`) cut them where they cut all the texts into exactly
    k such items in one way only (_known_parts).  Where neither pairs them
    and the page's widths are known (`wraps`), its texts are cut as those
    of a column of the k numbers it counts, all read, are cut
    (_numbers_apart: the widths, the items the report prints whole
    elsewhere, `known`, and how its items open, `starts`), OCR's gaps
    falling inside an item and items printed one under the other leaving
    none ("๒." / "สพป.... เพื่อ" / "การบริหารจัดการ ..." / gap /
    "ข้าราชการครู... จำนวน ๓๒ คน" / gap / "ได้รับการพัฒนาตามโครงการ"):
    exactly k pieces, their first lines into `widths` when given (the
    count decided: paired_in_doubt says so).  Where that cuts none either,
    the items the report prints whole elsewhere and, between them, the
    texts the page wrapped whole (_known_parts with `wraps`) cut all the
    texts into exactly as many items as the number reads, in one way only,
    however many paragraphs OCR's gaps made ("a." for ๓ over "ได้ดำเนินการ
    ประชุม..." / gap / "เรียบร้อยแล้ว" / gap / "สพป.... ได้ดำเนินการ..." /
    "การศึกษา ครบตามแผนที่กำหนด" / gap / "ได้ดำเนินการนิเทศ..."): those
    pieces, their first line into `between` when given (paired_in_doubt
    says so); else None."""
    if not lines or not _MARK_ALONE_RE.match(lines[0].text.strip()):
        return None
    apart = _numbers_apart(lines, least=1)
    if apart is None or len(apart[1]) != 1 or apart[2]:
        return None
    k = len(apart[0])
    if k >= 2 and _reads_as(apart[1][0], k, False):
        return apart
    texts = [ln for p in apart[0] for ln in p]
    if known and (parts := _known_parts(texts, known)) is not None \
            and len(parts) > k and _reads_as(apart[1][0], len(parts), False):
        return parts, apart[1], []
    # (the gaps made more paragraphs than the count, or the known items stand with a text the page wrapped whole
    # between them: the known items and the widths cut all the texts into as many items as the number reads)
    parts = _known_parts(texts, known, wraps) if known and wraps is not None else None
    if parts is not None and (len(parts) == k or not _reads_as(apart[1][0], len(parts), False)):
        parts = None
    if wraps is not None and (n := _count_of(apart[1][0])) is not None and n != k:
        # (the column as printed: its numbers before the one read, lost, stand on that one's line)
        column = [Line(lines[0].no, f"{i}.") for i in range(1, n + 1)]
        cut = _numbers_apart(column + lines[1:], wraps=wraps, known=known, starts=starts)
        if cut is not None and len(cut[0]) == n and not cut[2] and (parts is None or _same_pieces(cut[0], parts)):
            # (where the count's cut and the known items' differ, the known items decide)
            if widths is not None:
                widths += [piece[0].no for piece in cut[0]]
            return cut[0], apart[1], []
    if parts is not None:
        if between is not None:
            between.append(parts[0][0].no)
        return parts, apart[1], []
    return None


def _same_pieces(a: list[list[Line]], b: list[list[Line]]) -> bool:
    """Whether two cuts of a list's texts make the same pieces (their lines' numbers)."""
    return [[ln.no for ln in piece] for piece in a] == [[ln.no for ln in piece] for piece in b]


def _count_of(token: str) -> int | None:
    """The count an item number alone that opens a list says (its item and
    those before it, lost), 2 or 3 (a column that lost more than two of
    its numbers and kept the last is too rare to count by, and an Arabic
    "4." or "9." there is more often a ๑ OCR misread): the number it
    prints (a digit as read: "๒" may be a ๕ or ๖ OCR misread, but is most
    often what it reads), else the one number it reads as (_reads_as: "la"
    for ๒), else 2 for a ๒ OCR split into two Latin letters ("lo": the
    digit's stem, which reads only as a 1, and its loop, which may read as
    a 2, as _first_number_lost reads it); None for any other token."""
    if _DIGITS_ONLY_RE.fullmatch(token):
        value = int(thai_digits_to_arabic(token))
    elif len(counts := [k for k in range(1, 10) if _reads_as(token, k, False)]) == 1:
        value = counts[0]
    elif not counts and len(token) == 2 and not token[1].isdigit() and could_be(token[1], "2") \
            and [k for k in range(10) if could_be(token[0], str(k))] == [1]:
        value = 2
    else:
        return None
    return value if 2 <= value <= 3 else None


def _odd_number(paragraphs: list[list[Line]], numbers: list[str], lead: list[Line] = ()) -> str | None:
    """The one number of a column of numbers read apart (two or more, as
    many as the paragraphs) that reads as none of its place in the sequence
    where every other one reads as its own: a glyph OCR misread past the
    table of confusions ("9." for ๑ over "lo." for ๒, "1." over "9." for
    ๒), the sequence the others confirm saying what it stands for; None
    for a column that reads whole, or with two such numbers or more."""
    if len(numbers) < 2 or len(paragraphs) != len(numbers):
        return None
    start = 2 if lead and not _reads_as(numbers[0], 1, True) else 1
    odd = [n for i, n in enumerate(numbers, start) if not _reads_as(n, i, True)]
    if len(odd) != 1 and start == 2 and all(_reads_as(n, i, True) for i, n in enumerate(numbers[1:], 2)):
        # after a lead, a column whose first number reads as no 1 (nor 2, the lead's item 1 taken for it)
        # and whose others read as 2, 3, ... from it ("9." / "๒." / "๓." for ๑ ๒ ๓, "9" a ๑ OCR misread): the
        # lead is unnumbered and the column counts from 1, its first number the odd one
        return numbers[0]
    return odd[0] if len(odd) == 1 else None


# what OCR writes for a Thai digit of a column of numbers as two Latin letters, which no digit-by-digit reading
# (normalizers.confusions) gives: "la." for "๒." (the digit's stem and its loop), beside "lo." (whose "o" reads as 2)
# and as a Thai letter of its shape ("โต." / "ไต." / "ต)" for "๒." / "๒)": the letter ต, a vowel OCR read for
# the digit's loop before it, which the column's token leaves out; "ดา." for "๓.")
_MARK_GLYPHS = {"la": "2", "ต": "2", "ดา": "3"}
# ... and so for the other Latin letters OCR read for the loop after the stem's "l" ("le." "ln)" "lb." "lw)" for
# "๒." / "๒)": 13 times beside "๑." or "๑)" over the committed and fresh sets, never for another number; "la" 27
# and "lo" 169 times): a ๒ ("li" or "ll" may be ๑๑, and are not taken)
_STEM_AND_LOOP_RE = regex.compile(r"l[abenow]")
# a column's number read as a digit and a Thai letter before its mark ("๒ต." under "๑.": _NUMBER_ALONE): the
# letter is no glyph of a digit, so the token reads as no number; the sequence places it (_odd_number says so)
_DIGIT_AND_LETTER_RE = regex.compile(r"[\d๐-๙][\u0e01-\u0e2e]|[\u0e01-\u0e2e][\d๐-๙]")


def _reads_as(token: str, k: int, split: bool) -> bool:
    """Whether an item number read apart stands for `k`: a reading of it
    (normalizers.confusions), or, in a column of two numbers or more
    (`split`), one digit's glyph OCR split into two characters, not both
    digits, either of which may stand for `k` ("Oo." or "@๐." for ๑, "lo."
    for ๒).  A number alone is read only as printed or misread: "lo." alone
    after one text is no 1 but a 2 whose text ran into the one before."""
    if _DIGIT_AND_LETTER_RE.fullmatch(token):
        return False  # (a digit with a Thai letter OCR read before its mark, "๒ต": its place says it, and is said)
    if could_be(token, str(k)) or _MARK_GLYPHS.get(token) == str(k) or k == 2 and _STEM_AND_LOOP_RE.fullmatch(token):
        return True
    return (split and len(token) == 2 and k < 10 and not all(ch.isdigit() for ch in token)
            and any(could_be(ch, str(k)) for ch in token))


# a line opening with an item number of one or two characters (digits, or what OCR made of them: "lo." for ๒),
# its closing mark, and a Thai word ("1) ผู้เรียน...")
_MARKED_NUMBER_OPENS_RE = standard_re(
    r"^\(?([^\s.,:;()\u0e01-\u0e4f]{1,2})([.)])\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# ... or its closing dot read as a comma, a space after it ("lo, ผู้บริหาร..." for "๒. ผู้บริหาร...": fresh set s92p,
# obec_progress_s92p001, the item run into the one above with no issue naming it); said only
# (damaged_numbers_inside_items), as a comma may close a word's look-alikes too
_COMMA_MARKED_OPENS_RE = standard_re(r"^\(?([^\s.,:;()\u0e01-\u0e4f]{1,2})(,)\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_DIGITS_ONLY_RE = regex.compile(r"[\d๐-๙]+")
# ... or with its closing mark lost, the gap the mark stood in left wide ("ia   ข้าราชการ..." for "๒. ข้าราชการ..."):
# a token of one or two characters, no Thai letter, then two spaces or more (a tab) and a Thai word; a wrapped
# line or a figure the page wrapped ("21 คน") leaves one space
_MARK_LOST_OPENS_RE = regex.compile(r"^([^\s.,:;()\u0e01-\u0e4f]{1,2})(?: {2,}|\t\s*)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _after_gap_mended(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """A numbered list whose next item's number OCR misread past the
    sequence's readings ("๑) ครูผู้สอน..." / "" / "1) ผู้เรียน...", "๒๓)" for
    ๒), with the list's own closing mark, after a gap of lines (blank, or
    debris): that line opens the next item, its number read as the
    sequence's; the lines so mended, and the numbers as printed (said:
    numbers_read_as_next).  Without the gap the line may be a figure the
    page wrapped, or a list of its own, and is left as it stands.  A line
    opening with the next number closed by a comma where the list's mark is
    a dot ("lo," "๒,": OCR's comma for a dot) counts as that item's."""
    out, printed = list(lines), []
    prev = mark = None
    for k, ln in enumerate(lines):
        m = _MARKED_NUMBER_OPENS_RE.match(ln.text)
        if m is None:
            if prev is not None and mark == "." and (c := _SECOND_OPENS_RE.match(ln.text)) is not None \
                    and c.group(2) == "," and _reads_as(c.group(1), prev + 1, True):
                prev += 1  # the next number with a comma OCR read for its dot ("๒," "lo,"): mend_item_numbers's
            elif prev is not None and k and ln.no > lines[k - 1].no + 1 \
                    and (lost := _MARK_LOST_OPENS_RE.match(ln.text)) is not None \
                    and (could_be(lost.group(1), str(prev + 1)) or not _DIGITS_ONLY_RE.fullmatch(lost.group(1))):
                # the next item after a gap, its mark lost and its number read as it may be (no digit: "ia")
                prev += 1
                out[k] = Line(ln.no, f"{prev}{mark} {ln.text[lost.end():]}", ln.kind, ln.bullet, ln.indent)
                printed.append(lost.group(1))
            continue
        if prev is None:
            if not could_be(m.group(1), "1"):
                return lines, []  # no list numbered from 1: nothing to count by
            prev, mark = 1, m.group(2)
            continue
        expected = str(prev + 1)
        if m.group(2) != mark:
            continue  # another mark: a bracket a wrapped line closes ("(Action Plan :" / "AP) ..."), no item
        prev += 1
        if could_be(m.group(1), expected) or not _DIGITS_ONLY_RE.fullmatch(m.group(1)) \
                or ln.no <= lines[k - 1].no + 1:
            continue  # (a number OCR garbled into no digit, "lo." for ๒, is the item's: mend_item_numbers)
        out[k] = Line(ln.no, f"{expected}{mark} {ln.text[m.end():]}", ln.kind, ln.bullet, ln.indent)
        printed.append(m.group(1))
    return out, printed


def numbers_read_as_next(lines: list[Line]) -> list[str]:
    """The item numbers, as printed, that a list's reading took for its next
    item's though they are no reading of it (see _after_gap_mended)."""
    return _after_gap_mended([ln for ln in lines if not NONE_RE.match(ln.text)])[1]


def numbers_inside_items(lines: list[Line], items: list[tuple[str, int, int]],
                         stray: list[Line] = ()) -> list[str]:
    """The item numbers that open a line after a gap of lines past an item's
    start (the line went to that item, not opening one of its own): numbers that did not continue the list's
    sequence (๓ read as 2 after item 2), each where an item whose number OCR
    misread may have run into the one above.  A figure that opens a line
    the page wrapped ("จำนวน" / "2 คน") has no gap before it.  Item 1's own
    number after a stray lead it took in (`stray`, see _stray_lead) is none."""
    starts = {a for _, a, _ in items}
    if stray:
        starts.add(next((ln.no for ln in lines if ln.no > stray[-1].no), stray[-1].no))
    out = []
    for k, ln in enumerate(lines):
        if k == 0 or ln.no in starts or ln.no <= lines[k - 1].no + 1:
            continue
        if not any(a < ln.no for a in starts):
            continue  # before the first item: a lead, no item's text
        number, rest = split_item_number(ln.text)
        if number is not None and len(number) == 1 and THAI_WORD_RE.match(rest.lstrip()):
            out.append(printed_number(ln.text) or str(number[0]))
    return out


def damaged_numbers_inside_items(lines: list[Line], items: list[tuple[str, int, int]]) -> list[str]:
    """The item numbers OCR read as look-alikes past reading ("lo." for ๒.:
    each character a normalizers.confusions.LOOKALIKES one, closed by its
    mark or by a comma OCR read for its dot, a Thai word after it) that
    open a line after a gap of lines past an item's start: the line went to
    that item's text (split_item_number reads no such number,
    numbers_inside_items none), so an item whose number OCR damaged may
    have run into the one above.  So too a number OCR read as a
    speck and a bare digit, its mark lost ("ก 0 ไดแนไนการนิเทา..." for
    "๓. ได้ดำเนินการนิเทศ...": _SPECK_NUMBER_OPENS_RE)."""
    starts = {a for _, a, _ in items}
    out = []
    for k, ln in enumerate(lines):
        if k == 0 or ln.no in starts or ln.no <= lines[k - 1].no + 1 or not any(a < ln.no for a in starts):
            continue
        m = _MARKED_NUMBER_OPENS_RE.match(ln.text) or _COMMA_MARKED_OPENS_RE.match(ln.text)
        if m is not None and split_item_number(ln.text)[0] is None and all(c in LOOKALIKES for c in m.group(1)) \
                and THAI_WORD_RE.match(ln.text[m.end():].lstrip()):
            out.append(m.group(1) + m.group(2))
        elif (m := _SPECK_NUMBER_OPENS_RE.match(ln.text)) is not None and split_item_number(ln.text)[0] is None \
                and THAI_WORD_RE.match(ln.text[m.end():]) \
                and len(_THAI_LETTER_RE.findall(ln.text, m.end())) >= SPECK_NUMBER_TEXT:
            out.append(f"{m.group(1)} {m.group(2)}")
    return out


# a line opening with one letter alone (no word: a speck), a bare digit or two, then a Thai word: an item
# number OCR read as a speck and a digit, its mark lost ("ก 0 ไดแนไน..." for "๓. ได้ดำเนิน..."); not ณ, a word
# before a figure ("ณ 5 ธันวาคม")
_SPECK_NUMBER_OPENS_RE = standard_re(r"^(?!ณ)([\u0e01-\u0e2eA-Za-z])\s+([\d๐-๙]{1,2})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
SPECK_NUMBER_TEXT = 12  # Thai letters the line holds after them at least (a line of text, no line of OCR debris)
_THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e]")


# the items_cut_in_doubt of a list paired_in_doubt leaves in doubt says this (rounds.read_round): which of its
# paragraphs opens an item, and which is the wrapped tail of the item before, is not known (texts.split_joined_items
# makes no cut in such a list)
PAIRED_IN_DOUBT = ("prints its item numbers apart from its texts, and its texts were paired with them by paragraphs "
                   "the page's line widths leave in doubt")
# ... of which the reasons that say a gap the pairing cut at may fall inside an item (texts.split_joined_items takes
# no row of such a list for a witness of an item alone: it may be a piece of one)
GAP_IN_DOUBT = "the gap may be OCR's inside an item"
# ... and so does the reason of a list whose first numbers OCR lost, its texts paired with the numbers left by their
# places, one paragraph each (_last_number_alone): a gap OCR left inside an item makes one paragraph too many, and
# the count of the numbers lost is only a guess ("๒." alone / "มีสัญญาณ...ชัดเจน" / "การประสานงาน...ไม่ครบ" / gap /
# "เนื่องจากคณะกรรมการ...": the item "การประสานงาน... เนื่องจาก..." read as two; fresh set s126p,
# obec_progress_s126p001, where that piece then witnessed a cut of the item printed whole in another quarter)
PLACES_BY_PARAGRAPHS = "its texts stand in as many paragraphs as it counts: they were paired by their places"
# the missing_row of a list whose numbers OCR read apart from its texts, its texts in fewer paragraphs than numbers,
# says this (rounds.read_round): its items are read as they run, so a row of it may be a piece of an item, its head
# lost or on another line (texts.split_joined_items takes no row of such a list for a witness of an item alone)
APART_UNPAIRED = "and the texts do not stand in as many paragraphs"
# the items_cut_in_doubt of a list without numbers parted_by_known cuts says this (rounds.read_round): its items were
# cut where items the report prints whole elsewhere end, so a row of it witnesses nothing of its own
# (texts.split_joined_items takes no row of such a list for a witness of an item alone: that would be circular)
PARTED_BY_KNOWN = "items the report prints whole elsewhere, one after the other"


def paired_in_doubt(lines: list[Line], wraps: Any, known: frozenset[str] = frozenset(),
                    starts: frozenset[str] = frozenset(), own: frozenset[str] = frozenset()) -> str | None:
    """Why a list whose numbers OCR read apart, paired with its texts'
    paragraphs (see items_of), is in doubt against the page's line widths
    (`wraps`, parsers.wraps.PageWraps), or None: a paragraph goes on past a line
    that stopped short of the margin (where a new item may open, the
    paragraphs' gaps OCR's own), or one opens after a line running to the
    margin (the page may have wrapped an item there, the gap OCR's), or the texts stood in more paragraphs
    than numbers and were joined where the page wrapped a line (OCR also
    breaks a printed line in two, which no width tells), or, paired only
    with the items the report prints whole (`known`), the count of numbers
    decided where the page wrapped a line (_cut_by_known_and_widths), or,
    paired only by the openings of the report's items (`starts`), cut
    where a line opens as an item opens elsewhere (_cut_at_starts), or
    cut where an item the report prints whole in another kind of list (not
    `own`) ends, the next line one the page may have wrapped
    (_parted_by_known), or
    one of its numbers reads as none of its place (_odd_number), whatever
    the widths: which text is which item's is in doubt."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    why = _in_doubt_by_widths(lines, wraps, known, starts, own) if wraps is not None else None
    if why is None and (apart := _numbers_apart(lines, wraps=wraps, known=known)) is not None \
            and (odd := _odd_number(*apart)) is not None:
        why = (f"one of its numbers ({odd!r}) reads as none of its place in the sequence, which the others "
               "confirm: it was paired by its place")
    if why is None and apart is not None and _placed_only(*apart):
        why = (f"its numbers ({' '.join(apart[1])}) read as none of their places, two or more of them: each was "
               "taken for the number of its place")
    if why is None and (apart is None or not _pairs(*apart)) and (alone := _last_number_alone(lines)) is not None:
        why = (f"one number alone ({alone[1][0]!r}) opens it, the numbers before it lost, and "
               f"{PLACES_BY_PARAGRAPHS}")
    if why is None and known and (apart is None or not _pairs(*apart)) \
            and (alone := _last_number_alone(lines, known)) is not None:
        why = (f"one number alone ({alone[1][0]!r}) opens it, the numbers before it lost, and the items the report "
               "prints whole elsewhere cut its texts into as many items as it counts: they were paired by their "
               "places")
    if why is None and wraps is not None and (apart is None or not _pairs(*apart)) \
            and _last_number_alone(lines, known, wraps, starts, cut := []) is not None and cut:
        why = ("one number alone opens it, the numbers before it lost, and its texts do not stand in as many "
               "paragraphs as it counts: they were cut as the texts of a column of that many numbers are (the "
               "page's widths, the items the report prints whole elsewhere, how its items open), the count deciding")
    if why is None and known and wraps is not None and (apart is None or not _pairs(*apart)) \
            and (alone := _last_number_alone(lines, known, wraps, starts, between=(cut := []))) is not None and cut:
        why = (f"one number alone ({alone[1][0]!r}) opens it, the numbers before it lost, and its texts stand in "
               "other paragraphs than it counts: the items the report prints whole elsewhere, and the texts between "
               "them the page wrapped whole, cut them into as many items as it counts: they were paired by their "
               "places")
    return why


_KNOWN_CUT_OTHERWISE = ("the items the report prints whole elsewhere cut its texts otherwise than its paragraphs, and "
                        "a line that ends at the margin may end an item")


def _in_doubt_by_widths(lines: list[Line], wraps: Any, known: frozenset[str],
                        starts: frozenset[str] = frozenset(), own: frozenset[str] = frozenset()) -> str | None:
    """paired_in_doubt's reasons that the page's widths (`wraps`) give."""
    counted: list[int] = []
    apart = _numbers_apart(lines, wraps=wraps, guessed=counted)
    if apart is None or not _pairs(*apart) or counted:
        guessed: list[int] = []
        overruled: list[int] = []
        opened: list[int] = []
        ended: list[tuple[int, str]] = []
        if known and (by_known := _numbers_apart(lines, wraps=wraps, known=known, guessed=guessed,
                                                 overruled=overruled, opened=opened, ended=ended)) is not None \
                and _pairs(*by_known):
            if opened:
                return ("its texts stand in fewer paragraphs than numbers, and they were cut where a line opens an "
                        "item the report prints whole elsewhere")
            if overruled:
                return ("the page's widths cut its texts into no as many pieces as numbers, and the items the report "
                        "prints whole elsewhere alone cut them, the texts between them an item each")
            if guessed:
                return ("the items the report prints whole elsewhere and the page's widths cut its texts, and where "
                        "only the next line's first word, or a line running to the margin, said the page wrapped a "
                        "line, the count of numbers decided")
            if any(key not in own for _, key in ended):
                return ("its texts were cut where an item the report prints whole elsewhere ends, and the next line, "
                        "which the page may have wrapped, may go on from it (an item may open with another's text)")
            if len(by_known[1]) >= 2 and _known_cut_otherwise(by_known[0], len(by_known[1]), wraps, known):
                # (the paragraphs kept where the page did not wrap, the known items cut them otherwise: a gap after a
                # line running to the margin, "...การศึกษาเรียน" / gap / "รวม ครบตามแผนที่กำหนด" / a known item /
                # "ได้ดำเนินการประชุม..." / "และจัดทำ...", read as three items at the gap where the known item and the
                # item after it were one; fresh set s129p, obec_progress_s129p002, whose row then was cut in two)
                return _KNOWN_CUT_OTHERWISE
            return None
        started: list[int] = []
        if starts and (by_starts := _numbers_apart(lines, wraps=wraps, known=known, starts=starts,
                                                   started=started)) is not None and _pairs(*by_starts) and started:
            return ("its texts stand one line under another that the page may have wrapped, and they were cut where "
                    "a line opens as an item of the report opens elsewhere (after its number), as many cuts as "
                    "numbers")
        if counted and apart is not None and _pairs(*apart):
            return ("the lines the page did not wrap open as many items as numbers, and where only the next line's "
                    "first word, or a line running to the margin, said the page wrapped a line, the count of numbers "
                    "decided")
        return None
    if any(ln.no not in wraps.wrapped and ln.no not in wraps.past for para in apart[0] for ln in para[1:]):
        return "a paragraph goes on past a line that stops short of the margin"
    if any(para[0].no in wraps.at_margin and para[0].no not in wraps.past for para in apart[0][1:]):
        return "a paragraph opens after a line that runs to the margin, which the page may have wrapped"
    if starts and len(apart[1]) >= 2 and any(goes_on(para[0].text) for para in apart[0][1:]):
        return ("a paragraph opens with a word that goes on from the one before (a gap OCR made inside an item): the "
                "gaps do not part the items, and the texts were cut where a line opens as the report's items open")
    if starts and wraps.after_break and any(_past_break_opening(para, wraps, starts) is not None
                                            for para in apart[0][1:]):
        return ("a paragraph opens after a page break on lines that open no item, and a later line of it opens as "
                "the report's items open elsewhere: the lines before that one were read as the item before's, the "
                "page's break inside its text")
    if any(para[0].no in wraps.after_noise for para in apart[0][1:]):
        return ("a paragraph opens after a gap of OCR noise alone, no blank line (the clean-up left the noise out): "
                f"{GAP_IN_DOUBT}")
    as_printed = _numbers_apart(lines)
    if as_printed is not None and len(as_printed[0]) > len(apart[0]):
        return ("the texts stand in more paragraphs than numbers, joined where the page wrapped a line, and OCR "
                "may have broken a printed line in two")
    if known and len(apart[1]) >= 2 and _known_cut_otherwise(apart[0], len(apart[1]), wraps, known):
        return _KNOWN_CUT_OTHERWISE
    if starts and len(apart[1]) >= 2 and _opens_inside(apart[0], wraps, starts):
        return ("a line inside a paragraph opens as the report's items open elsewhere, and the next paragraph "
                f"opens on a line the page may have wrapped: {GAP_IN_DOUBT}, the item opening at that line")
    return None


def _opens_inside(paragraphs: list[list[Line]], wraps: Any, starts: frozenset[str]) -> bool:
    """Whether a paragraph a list's numbers standing apart were paired
    with holds a line, not its first, that opens as the report's items open
    where nothing leaves it in doubt (`starts`, item_starts), and the
    paragraph right after it opens on a line the page may have wrapped
    (wraps.wrapped, not past the margin): the gaps say one cut, the
    openings another ("ร้อยละ ๕๐ ของผู้เข้ารับการอบรม...ปฏิบัติได้" at the margin /
    "สพป.X เขต 1 ได้บุคลากร...ความสามารถ" / gap / "มาปฏิบัติงานโดยบริสุทธิ์...":
    item 2 opens at the office's name, as the report's items open, and goes
    on past OCR's gap)."""
    return any(any(_opening(ln.text) in starts for ln in para[1:])
               and after[0].no in wraps.wrapped and after[0].no not in wraps.past
               for para, after in zip(paragraphs, paragraphs[1:]))


def _known_cut_otherwise(paragraphs: list[list[Line]], n: int, wraps: Any, known: frozenset[str]) -> bool:
    """Whether the items the report prints whole (`known`) cut a list's
    texts into its `n` items otherwise than the paragraphs paired with its
    numbers (_cut_by_known_alone), going on only where the page may have
    wrapped a line (wraps.wrapped, not past the margin): an item printed
    whole that ran to the margin, the next item's text right under it with
    no gap, and a gap inside that item (OCR's gaps fall inside an item as
    well).  The widths and the gaps say one thing, the known items another;
    where the widths say a known item's line starts afresh, they win."""
    cut = _cut_by_known_alone([ln for p in paragraphs for ln in p], n, known)
    return cut is not None and [p[0].no for p in cut] != [p[0].no for p in paragraphs] and all(
        ln.no in wraps.wrapped and ln.no not in wraps.past for piece in cut for ln in piece[1:])


def unpaired_numbers(lines: list[Line], wraps: Any = None, known: frozenset[str] = frozenset(),
                     starts: frozenset[str] = frozenset()) -> list[str] | None:
    """The item numbers OCR read apart from the list's texts (see
    _numbers_apart) when they cannot be paired with them (more or fewer
    paragraphs than numbers, or numbers out of sequence): the list's items
    run together, or some were lost.  None when there are none, or they pair.
    One number alone is enough to tell ("lo." for ๒ after the texts: the
    words OCR displaced with it were debris), when it is no 1 for one text."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    apart = _numbers_apart(lines, least=1, wraps=wraps, known=known, starts=starts)
    if apart is None or _pairs(*apart) or _last_number_alone(lines, known, wraps, starts) is not None:
        return None
    if len(apart[1]) == 1 and not all(ch.isdigit() or ch in LOOKALIKES for ch in apart[1][0]):
        return None  # one mark alone that reads as no digit ("Vv."): a speck, not a list's number
    return apart[1]


def numbers_held(lines: list[Line], items: list[tuple[str, int, int]]) -> list[str]:
    """The item numbers that stand inside an item's text as the list was
    read: a line past an item's first that is an item number alone
    (_MARK_ALONE_RE), or that opens with a number's token as OCR may
    damage it (_PLACED_OPENS_RE: "lo. ครูผู้สอน..." for ๒.), its token
    digits or the look-alikes OCR writes for them (LOOKALIKES), and no
    line after it opening with item 1 (then it stood before the list's own
    numbers: a speck, "a." over "๑. ..."); the list printed its numbers where its reading
    found no item (a column read apart, one number of it alone among the
    texts), so its items ran together, or some were lost.  Empty when no
    item holds such a line (a list whose numbers go one to each item)."""
    found: list[str] = []
    for _, start, end in items:
        for k, ln in enumerate(lines):
            if not start < ln.no <= end:
                continue
            text = ln.text.strip()
            if (m := _MARK_ALONE_RE.match(text)) is not None:
                token, mark = m.group(1), text[m.end(1):]
            elif (m := _PLACED_OPENS_RE.match(text)) is not None \
                    and sum(map(str.isalpha, text[m.end():])) >= PARAGRAPH_LETTERS:
                token, mark = m.group(1), m.group(2)
            else:
                continue
            if not all(ch.isdigit() or ch in LOOKALIKES for ch in token) \
                    or any(split_item_number(later.text)[0] == (1,) for later in lines[k + 1:]):
                continue  # a speck ("Fe.", "iu)"), or one before the list's own numbers from 1: no number of it
            found.append(token + mark)
    return found


# an item number alone on its line with no mark ("1", "๒"): left out as debris (is_debris), its mark OCR read on a
# line of its own or glued to the next text (")    ศตวรรษที่ 21")
_BARE_NUMBER_LINE_RE = regex.compile(r"^([\d๐-๙]{1,2})$")


def numbers_left_bare(lines: list[Line], items: list[tuple[str, int, int]], debris: list[Line]) -> list[str]:
    """The item numbers of a list that OCR read apart from their marks, on
    lines of their own among its texts ("1" / ")" / "2" / ")  ศตวรรษที่
    21"): the debris lines left out (`debris`, is_debris: a digit alone is
    no word) between the list's first and last line, each a bare number,
    reading 1, 2, ... in order, two or more, when the list read fewer items
    than they count: its items ran together (the second's text appended to
    the first's), or were lost.  Empty otherwise (a page number alone is
    one number; numbers that pair with the items read say nothing)."""
    if not lines or not debris:
        return []
    first, last = lines[0].no, lines[-1].no
    found = [m.group(1) for ln in sorted(debris, key=lambda ln: ln.no) if first < ln.no <= last
             and (m := _BARE_NUMBER_LINE_RE.match(ln.text.strip())) is not None]
    if len(found) < 2 or [int(thai_digits_to_arabic(t)) for t in found] != list(range(1, len(found) + 1)):
        return []
    return found if len(items) < len(found) else []


# two item marks or more in a row, nothing between them ("ดังนี้ ๑. ๒. ๓. ได้ดำเนินการ..."): a list printed as
# running text with its numbers in a column of their own, the column read across before the texts
MARKS_RUN_RE = regex.compile(r"(?:^|(?<=\s))\(?([\d๐-๙]{1,2})([.)])(?:\s+\(?[\d๐-๙]{1,2}\2)+(?=\s|$)")


def marks_run_together(lines: list[Line]) -> list[str] | None:
    """The item marks a list's running text prints in a row with no text
    between them (see MARKS_RUN_RE), when it does: the texts after them
    stand unnumbered and run together, so the list's items cannot be told
    apart (one item, or fewer than the marks, is read).  None otherwise."""
    for ln in lines:
        m = MARKS_RUN_RE.search(ln.text)
        if m is not None:
            return m.group(0).split()
    return None


# a lead's closing words ("... โดยกำหนดการดำเนินงานดังนี้"), and the text after them in the same item
_LEAD_CLOSE_RE = regex.compile(rf"{mark_tolerant('ดังนี้', spaces=False)}\s+(?=\S)")
# what opens an item the text numbers itself in words, run in after its lead: a word and its ordinal ("กิจกรรมที่ ๑
# ...", "ข้อ ๑ ...", "ประการแรก ..."), which no list reads as an item number (a bare "1)" or "1." there is one the
# list failed to part at: its items did run into the lead)
_NUMBERED_RUN_IN_RE = regex.compile(r"[\u0e01-\u0e4e]{1,12}?(?:ที่|ที)?\s?[\d๐-๙]{1,2}(?![\d๐-๙.,)])"
                                   r"|[\u0e01-\u0e4e]{1,12}?(?:แรก|หนึ่ง)(?![\u0e01-\u0e4e])")


def items_past_lead(items: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The items (their lines) whose text goes on past a lead's closing
    words ("... ดังนี้ ได้ดำเนินการนิเทศ ... ได้เผยแพร่ ..."): the form
    prints a lead as an item of its own, its list's items after it, so
    the list's item numbers were lost to OCR (a column read apart, or
    marks in running text) and its items ran into the lead, read as one.
    A text of PARAGRAPH_LETTERS letters or more after the words, else
    none (a word or a speck the lead's line ran into); none either where
    the text after them opens with a word and its ordinal ("ดังนี้
    กิจกรรมที่ ๑ ...": the items run in after their lead, as a report
    writes them in a paragraph, numbered in words)."""
    out = []
    for text, a, b in items:
        m = _LEAD_CLOSE_RE.search(text)
        if m is not None and _NUMBERED_RUN_IN_RE.match(text, m.end()):
            continue  # the items run in after the lead with their numbers ("ดังนี้ กิจกรรมที่ ๑ ..."): none lost
        if m is not None and sum(map(str.isalpha, text[m.end():])) >= PARAGRAPH_LETTERS:
            out.append((a, b))
    return out


def numbers_past_items(lines: list[Line], n_items: int) -> str | None:
    """The highest item number a list prints at a line's start ("๓. สพป...")
    when no reading of it is within the `n_items` items read: the list's
    earlier items lost their numbers (to a column OCR read apart, "๑.ไ"
    "๒. ไ", or to debris) and ran together, or were lost.  With no number
    marked, the number bare at its first line's start, before text and no
    unit ("2 สพป...").  None otherwise."""
    top: tuple[int, str] | None = None
    for ln in lines:
        number, _ = split_item_number(ln.text)
        printed = ITEM_PREFIX_RE.match(ln.text)
        if number is None or len(number) != 1 or printed is None or number[0] > 20:
            continue
        if top is None or number[0] > top[0]:
            top = (number[0], printed.group(2))
    if top is None and (first := next((ln for ln in lines if ln.text.strip()), None)) is not None \
            and (bare := _BARE_NEXT_RE.match(first.text)) is not None and not opens_with_count(first.text) \
            and sum(map(str.isalpha, first.text[bare.end():])) >= PARAGRAPH_LETTERS:
        # no number marked, the list's first line opening with one bare, before the words of a text ("2 สพป.สุพรรณบุรี
        # ดำเนินการ...", its item 1 lost to OCR but for a speck): the list's own style (its sibling lists print "1
        # ...", "2 ...") and that item's number; before, it was read as item 1, its number in its text, and the item
        # lost with no issue naming it (fresh set s105q, obec_progress_s105q004)
        top = (int(thai_digits_to_arabic(bare.group(1))), bare.group(1))
    if top is None or top[0] <= n_items or any(could_be(top[1], str(k)) for k in range(1, n_items + 1)):
        return None
    return top[1]


# a number with no mark after it opening a line, before a Thai word or alone on the line ("2 ได้ดำเนินการ...", "3")
_BARE_NEXT_RE = regex.compile(r"^\(?([\d๐-๙]{1,2})(?:\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])|\s*$)")


def _runs_in(lines: list[Line], items: list[tuple[str, int, int]]) -> list[tuple[int, Line, str]]:
    """(item index, line, number as printed) of each bare next number inside
    an item (see numbers_run_in)."""
    out: list[tuple[int, Line, str]] = []
    for k, (_, a, b) in enumerate(items):
        first = next((ln for ln in lines if ln.no == a), None)
        number = split_item_number(first.text)[0] if first is not None else None
        expected = (number[0] if number is not None and len(number) == 1 else k + 1) + 1
        for ln in lines:
            if not a < ln.no <= b or (m := _BARE_NEXT_RE.match(ln.text)) is None:
                continue
            if int(thai_digits_to_arabic(m.group(1))) == expected:
                out.append((k, ln, m.group(1)))
                expected += 1
    return out


def numbers_run_in(lines: list[Line], items: list[tuple[str, int, int]]) -> list[str]:
    """The item numbers, as printed, that stand bare (no mark after them) at
    the start of a line inside an item, past its first line, and continue
    the list's sequence: the number the item's own (printed, else its place)
    is followed by ("เข้าร่วมกิจกรรม..." / "ได้" / "2 ได้ดำเนินการ..." / "3
    ได้เผยแพร่..."; "2 ร้อยละ 80 ..." under "1. ผู้บริหาร... จำนวน 119 คน"): the
    next items, their marks lost to OCR, ran into it (silently: a bare
    number is no item's).  Each next number counts once, in order."""
    return [printed for _, _, printed in _runs_in(lines, items)]


def numbers_repeated_inside(lines: list[Line], items: list[tuple[str, int, int]]) -> list[str]:
    """The item numbers, as printed, that stand bare (no mark after them)
    at the start of a line inside an item, past its first line and right
    under the line before (no gap), before a Thai word, and do not continue
    the list's sequence (numbers_run_in takes those): the next item's number
    OCR misread as a digit repeating or garbling the one before ("2.
    สพป.... ได้ดำเนินการ..." / "ของผู้เรียน..." / "2 ได้ดำเนินการประชุม..."
    for "3."): that item ran into the one above, its row lost.  A figure
    the page wrapped after a word that asks for one ("จำนวน" / "2 คน",
    "เดือนละ" / "2 ครั้ง") is none, nor a number before fewer than
    PARAGRAPH_LETTERS letters (a wrapped word, or specks); nothing else tells such a number from a
    figure a text wraps onto its line ("1 อำเภอ 1 โรงเรียน"), so the list is
    said in doubt, never cut."""
    # a cheap look first: a line opening with a digit (Thai or Arabic) right under the line before
    near = [k for k in range(1, len(lines)) if lines[k].text[:1].isdigit() and lines[k].no <= lines[k - 1].no + 1]
    if not near or not items:
        return []
    taken = {ln.no for _, ln, _ in _runs_in(lines, items)}
    out: list[str] = []
    for k in near:
        ln = lines[k]
        if ln.no in taken:
            continue
        m = _BARE_NEXT_RE.match(ln.text)
        if m is None or sum(map(str.isalpha, ln.text[m.end():])) < PARAGRAPH_LETTERS:
            continue  # (a few letters after it: a word the page wrapped, "2 คน", or specks, "๑7 ฆซจ๊๐ ๐ ๕")
        if not any(a < ln.no <= b for _, a, b in items):
            continue  # an item's first line, or no item's (a lead)
        prev = lines[k - 1].text.rstrip()
        if _WANTS_FIGURE_RE.search(prev) or _ASKS_FIGURE_RE.search(prev):
            continue
        out.append(m.group(1))
    return out


# a line's end that asks for a figure on the next line beside those _WANTS_FIGURE_RE knows: a rate's or an
# item's word ("เดือนละ" / "2 ครั้ง", "ข้อ" / "2"): a number opening the line after it may be the page's wrap
_ASKS_FIGURE_RE = regex.compile(r"(?:ละ|ข้อ)$")


def run_in_cut(lines: list[Line], items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The items with each item that bare next numbers run into (see
    numbers_run_in) cut at those numbers' lines, the numbers left out of
    the texts: the sequence tells where each lost item opens.  None (the
    items as read) where one of those numbers stands alone on its line
    (what follows it is unknown), the line before it ends with a word that
    asks for a figure (a count the page wrapped: "จำนวน" / "2 คน", "เดือนละ"
    / "2 ครั้ง"), its
    line cannot be found in the item's text, or a piece would hold fewer
    than PARAGRAPH_LETTERS letters."""
    runs = _runs_in(lines, items)
    if not runs:
        return None
    cuts: dict[int, list[Line]] = {}
    for k, ln, _ in runs:
        before = [prev for prev in lines if prev.no < ln.no]
        rest = _BARE_NEXT_RE.match(ln.text)
        if rest is None or not ln.text[rest.end():].strip() or not before \
                or _WANTS_FIGURE_RE.search(prev := before[-1].text.rstrip()) or _ASKS_FIGURE_RE.search(prev):
            return None
        cuts.setdefault(k, []).append(ln)
    out: list[tuple[str, int, int]] = []
    for k, (text, a, b) in enumerate(items):
        if k not in cuts:
            out.append((text, a, b))
            continue
        pos, starts = 0, []
        for ln in cuts[k]:
            at = text.find(clean_value(ln.text), pos)
            if at < 0:
                return None
            starts.append(at)
            pos = at + 1
        bounds = [0, *starts, len(text)]
        line_starts = [a, *(ln.no for ln in cuts[k])]
        for j in range(len(line_starts)):
            piece = text[bounds[j]:bounds[j + 1]]
            if j:
                piece = piece[_BARE_NEXT_RE.match(piece).end():]
            piece = clean_value(piece)
            last = b if j == len(line_starts) - 1 else max(ln.no for ln in lines if ln.no < line_starts[j + 1])
            if sum(map(str.isalpha, piece)) < PARAGRAPH_LETTERS:
                return None
            out.append((piece, line_starts[j], last))
    return out


def number_after_items(lines: list[Line]) -> str | None:
    """The item number, as printed, that stands alone on a list's last line
    ("๐." / "2.") under items numbered where they stand ("1. ได้ดำเนินการ..."
    / "2. ได้เผยแพร่..." / "ผู้เข้าร่วมกิจกรรม..." / "๐."): the number of an item
    whose text stands above it, OCR having read it past its text (the column
    of numbers read after the texts), so that item ran into the one before
    it (silently: its text, the number at its end, reads as one item's).
    None where the line before is a number alone too (a column of numbers
    of its own: _numbers_apart), or no line opens with an item number."""
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    if len(texts) < 3 or not (m := _MARK_ALONE_RE.match(texts[-1].text.strip())) \
            or _MARK_ALONE_RE.match(texts[-2].text.strip()):
        return None
    if not any(split_item_number(ln.text)[0] is not None and not _MARK_ALONE_RE.match(ln.text.strip())
               for ln in texts[:-1]):
        return None
    return texts[-1].text.strip()


def items_of(lines: list[Line], wraps: Any = None, known: frozenset[str] = frozenset(),
             own: frozenset[str] = frozenset(), tails: list[int] | None = None,
             starts: frozenset[str] = frozenset(), strays: list[Line] | None = None) -> list[tuple[str, int, int]]:
    """The list's items (see _items_of), each one that runs on past a gap
    into items of the list's own kind the report prints whole elsewhere
    (`own`) cut there (see _known_tails), or that is two such items, the
    second opening where the page did not wrap (see _known_halves; into
    `tails`, when given, go the lines where such an item was cut; so too the
    last item past a number alone, _last_known_parts), unless a column of numbers read
    apart numbers the items (its count is the items'); `starts`: how the
    report's items open (item_starts), which cut a column's texts last;
    into `strays`, when given, go the lines of a text read before item 1
    that the list's first item took in (see _stray_lead)."""
    items = _items_of(lines, wraps, known, own, starts, strays)
    if not own:
        return items
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    items, cut = _last_known_parts(items, texts, own, known, wraps)
    if cut:
        if tails is not None:
            tails += cut  # (said by the caller: items_cut_in_doubt)
        return items
    if all(a == b for _, a, b in items):
        return items
    apart = _numbers_apart(texts, wraps=wraps, known=known, starts=starts)
    if apart is not None and _pairs(*apart) or _last_number_alone(texts, known, wraps, starts) is not None:
        return _column_short(items, texts, own, known, tails, wraps)
    out: list[tuple[str, int, int]] = []
    for text, a, b in items:
        span = [ln for ln in texts if a <= ln.no <= b]
        # (a stretch's bare number shed only where nothing else cuts the item: see _known_tails)
        parted = (_known_tails(text, span, own, known) or _known_halves(text, span, own, known, wraps)
                  or _known_tails(text, span, own, known, shed=True)) if b > a else None
        out += parted or [(text, a, b)]
        if parted and tails is not None:
            tails += [start for _, start, _ in parted[1:]]
    return out


# the doubt a list whose item, known whole, runs on past a gap into text no item is (known_head_run_on) says: where
# the words after the gap end, and whether they are one item or more, is not known (texts.split_joined_items makes no
# cut in such an item)
RAN_ON_IN_DOUBT = "has an item that is an item the report prints whole elsewhere and runs on past a gap"


def known_head_run_on(lines: list[Line], items: list[tuple[str, int, int]], own: frozenset[str],
                      known: frozenset[str]) -> list[int]:
    """The first line past a gap (a blank line, debris, a page's running header left out) of each item whose
    text before that gap is an item of the list's own kind the report prints whole elsewhere (`own`, item_key)
    and whose text after it, PARAGRAPH_LETTERS letters or more, is no item the report prints (`known`; the whole
    may be: the report's items include this list's, as read) ("๒) ได้เผยแพร่ผลการดำเนินงาน...ของสำนักงาน" / page header / "เข้าร่วมกิจกรรมมีความรู้...":
    item ๓'s number and first letters lost at the page's top): an item whose number OCR lost may have run into
    it, its row lost.  Read as one; said by the caller (no cut: what follows the gap is no item known whole)."""
    out: list[int] = []
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    for text, a, b in items:
        span = [ln for ln in texts if a <= ln.no <= b]
        if len(span) < 2:
            continue
        for k in range(1, len(span)):
            if span[k].no <= span[k - 1].no + 1:
                continue
            rest = clean_value(span_text(span[k:]))
            if not text.endswith(rest) or item_key(text[:len(text) - len(rest)]) not in own:
                continue  # (the item's text before the gap, its number left out, is no item known whole)
            if item_key(rest) is not None and item_key(rest) not in own | known:
                out.append(span[k].no)
            break
    return out


PIECE_HEAD = 4  # letters (item_key's) a known item's piece may lack at its start: a word lost at a page's edge ("ผู้")
PIECE_TAIL = 8  # and at its end ("ขึ้นไป", cut at the right-hand edge)


def known_piece_cut(lines: list[Line], items: list[tuple[str, int, int]],
                    own: frozenset[str]) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The items, each read over lines whose stretch from a line's start to
    its end reads as an item of the list's own kind the report prints whole
    elsewhere (`own`, item_key) but for its first letters (1 to PIECE_HEAD;
    and PIECE_TAIL at most at its end) lost at the page's edge, after
    PARAGRAPH_LETTERS letters or more, cut there ("บริหารสถานศึกษา...จำนวน
    ๑๕ คน" / "เข้าร่วมโครงการมีความพึงพอใจ...ในระดับมาก" for "ผู้เข้าร่วม...
    ระดับมากขึ้นไป": the item numbers and the first word lost at the page's
    edge, the second item read as the first's wrapped line), and the lines
    where they were cut (said by the caller).  The whole may be known too:
    the report's items include this list's, as read."""
    out: list[tuple[str, int, int]] = []
    cut: list[int] = []
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    for text, a, b in items:
        span = [ln for ln in texts if a <= ln.no <= b]
        for k in range(1, len(span)):
            tail = clean_value(span_text(span[k:]))
            head = text[:len(text) - len(tail)].rstrip()
            if text.endswith(tail) and item_key(head) is not None and _known_piece(item_key(tail), own):
                out += [(head, a, span[k - 1].no), (tail, span[k].no, b)]
                cut.append(span[k].no)
                break
        else:
            out.append((text, a, b))
    return out, cut


def _known_piece(key: str | None, own: frozenset[str]) -> bool:
    """Whether an item's key is one of `own` that lost 1 to PIECE_HEAD letters at its start (and PIECE_TAIL at most
    at its end).  Not one that lost none: a report's items include the wrapped pieces other lists read apart
    ("ได้รับการพัฒนาให้มีความรู้...ที่ถูกต้อง", an item's second line), which such a piece would match."""
    return key is not None and any(1 <= (i := whole.find(key)) <= PIECE_HEAD and len(whole) - i - len(key) <= PIECE_TAIL
                                   for whole in own)


def _column_short(items: list[tuple[str, int, int]], texts: list[Line], own: frozenset[str], known: frozenset[str],
                  tails: list[int] | None, wraps: Any = None) -> list[tuple[str, int, int]]:
    """The items a column of numbers read apart paired with its texts'
    paragraphs, each that is two items of the list's own kind the report
    prints whole elsewhere (`own`), the second opening a line, the whole
    printed nowhere (_known_halves), cut there: the column lost a number
    (OCR read a speck, or nothing, where it stood), and the paragraph the
    lost item made ran into the one above where no gap parted them
    ("1." / "2." / ... / "ผู้เข้าร่วมกิจกรรมมีความรู้...ได้" / "ได้ดำเนินการ
    นิเทศ ติดตาม..."). The page's widths are not asked: the first half
    may run to the margin as a whole item does; but with `wraps`, an item
    after the cut that opens on a line the page wrapped (it goes on from
    the one before, OCR's debris between) leaves the items as the column
    pairs them: the paragraphs, not the column, are then in doubt (a
    report whose every printing wraps one item at the same word reads its
    two pieces as items elsewhere too).  Into `tails`, when given, go the
    lines where an item was so cut."""
    out: list[tuple[str, int, int]] = []
    cut: list[int] = []
    skip = False
    for k, (text, a, b) in enumerate(items):
        if skip:
            skip = False
            continue
        span = [ln for ln in texts if a <= ln.no <= b]
        parted = _known_halves(text, span, own, known) if b > a else None
        if parted and wraps is not None and any(
                not _opens_unwrapped(next(ln for ln in texts if ln.no == start), wraps) for _, start, _ in items[k + 1:]):
            parted = None
        if not parted and wraps is not None and b > a and k + 1 < len(items):
            shifted = _known_head_shifted(text, span, items[k + 1], texts, own, known, wraps)
            if shifted is not None:
                out += shifted
                cut += [shifted[1][1]]
                skip = True
                continue
        out += parted or [(text, a, b)]
        cut += [start for _, start, _ in parted[1:]] if parted else []
    if tails is not None:
        tails += cut
    return out


def _known_head_shifted(text: str, span: list[Line], after: tuple[str, int, int], texts: list[Line],
                        own: frozenset[str], known: frozenset[str], wraps: Any) -> list[tuple[str, int, int]] | None:
    """An item a column of numbers read apart pairs with a paragraph (`span`,
    its text `text`) that opens with an item of the list's own kind the
    report prints whole elsewhere (`own`) and goes on with text the report
    prints as an item, or a piece of one, of its own (`own` or `known`: a
    printing the page wrapped at the same word reads its first piece as an
    item), the whole printed nowhere, while the next paragraph (`after`)
    opens on a line the page wrapped (not _opens_unwrapped) and is no item
    the report prints (a piece: OCR's debris stood between it and the line
    it goes on from) ("1." / "lo." / "นักเรียน...ตามโครงการ" / "ผู้บริหาร...
    จำนวน 103 คน" / debris / "เข้าร่วมการประชุมเชิงปฏิบัติการ"): the known
    item alone, and the rest with the next paragraph one item, as many items
    as numbers still, as (text, first line, last line) each; None where no
    line, or more than one, so cuts it.  The caller says the cut (its line
    goes into `tails`)."""
    printed = own | known
    if item_key(text) in printed:
        return None
    text_after, a2, b2 = after
    first_after = next((ln for ln in texts if ln.no == a2), None)
    key_after = item_key(text_after)
    if first_after is None or _opens_unwrapped(first_after, wraps) or key_after is None or key_after in printed:
        return None
    found = []
    for j in range(1, len(span)):
        tail = clean_value(span_text(span[j:]))
        if not text.endswith(tail) or item_key(tail) not in printed:
            continue
        head = text[:len(text) - len(tail)].rstrip()
        joined = clean_value(f"{tail} {text_after}")
        if item_key(head) in own and item_key(joined) not in printed:
            found.append([(head, span[0].no, span[j - 1].no), (joined, span[j].no, b2)])
    return found[0] if len(found) == 1 else None


def _known_tails(text: str, span: list[Line], own: frozenset[str],
                 known: frozenset[str], shed: bool = False) -> list[tuple[str, int, int]] | None:
    """An item read over lines that go on past a gap (a blank line, or
    debris OCR left where the next item's number stood: "1. ครูผู้สอน..." /
    "มีประสิทธิภาพ" / specks / "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ ..."),
    where each stretch after such a gap is an item of the list's own kind
    the report prints whole elsewhere (`own`, item_key; a run opening right
    after the gap and going on to the next one, or to the item's end): the
    item cut there, the text before the first such gap one item (it must
    hold PARAGRAPH_LETTERS letters or more: no debris, page furniture or a
    piece of a word), each stretch one more, as (text, first line, last
    line).  A stretch may open with its item's number bare, the number's
    closing mark read apart at the next line's start ("3 ได้เผยแพร่..." /
    ") ออนไลน์ของสำนักงาน", items 1 and 2 before it with their numbers
    lost: s64o's obec_progress_s64o001), where the number is the
    stretch's place: with `shed`, the number and mark shed (_number_shed),
    and a closing mark read apart inside a stretch no letter of it.  None where
    the whole text is itself an item the report prints (`known`: an item
    OCR broke over a gap), or no stretch is such an item."""
    if len(span) < 2 or item_key(text) in known:
        return None
    # (an item's key with a closing mark OCR read apart left out: ")" read inside a printing where a column of
    # numbers was read as rows beside the texts, "...สื่อสังคม" / ") ออนไลน์...", is no letter of the item)
    if shed:
        own = own | frozenset(k.replace(")", "") for k in own)

    bare = [_number_shed(span, k) if shed else None for k in range(len(span))]
    cuts = [k for k in range(1, len(span)) if span[k].no > span[k - 1].no + 1
            and (_known_end(span, k, own, shed) is not None
                 or bare[k] is not None and _known_end([*span[:k], *bare[k][1]], k, own, shed) is not None)]
    if not cuts:
        return None
    pieces = [span[a:b] for a, b in zip(cuts, [*cuts[1:], len(span)])]
    numbered = False  # (a stretch's number shed)
    for n, (k, piece) in enumerate(zip(cuts, pieces)):
        if (key := item_key(span_text(piece)) or "") in own or shed and key.replace(")", "") in own:
            continue
        # a stretch that opens with the item's own number, bare (its closing mark read apart onto the next line's
        # start, "3 ได้เผยแพร่..." / ") ออนไลน์ของสำนักงาน"), is that item where the number is its place (the text
        # before the first gap item 1): the number and its mark shed
        if bare[k] is None or bare[k][0] != n + 2:
            return None
        piece = [*bare[k][1], *piece[len(bare[k][1]):]]
        if (item_key(span_text(piece)) or "").replace(")", "") not in own:
            return None
        pieces[n] = piece
        numbered = True
    said = [clean_value(span_text(piece)) for piece in pieces]
    rest = " ".join(said)
    if numbered:
        # (a number shed: the text before the first gap is the item's head, as its lines read)
        head = clean_value(span_text(span[:cuts[0]]))
        if not text.startswith(head):
            return None
    elif not text.endswith(rest):
        return None
    else:
        head = text[:len(text) - len(rest)].rstrip()
    if sum(map(str.isalpha, head)) < PARAGRAPH_LETTERS:
        return None
    return [(head, span[0].no, span[cuts[0] - 1].no)] + [(t, p[0].no, p[-1].no) for t, p in zip(said, pieces)]


# an item's number opening a line bare (no mark after it), and its closing mark read apart at the next line's start
_BARE_OPEN_RE = regex.compile(r"^([\d๐-๙]{1,2})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_MARK_APART_RE = regex.compile(r"^[.)]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _number_shed(span: list[Line], k: int) -> tuple[int, list[Line]] | None:
    """(number, lines) where span[k] opens with a bare item number
    (_BARE_OPEN_RE) whose closing mark OCR read apart at the next line's
    start (_MARK_APART_RE: the number's column read as two rows, "3" / ")"):
    the number, and those two lines with the number and its mark shed; None
    where the line does not open so."""
    m = _BARE_OPEN_RE.match(span[k].text)
    if m is None or k + 1 >= len(span) or span[k + 1].no > span[k].no + 1 \
            or (mark := _MARK_APART_RE.match(span[k + 1].text)) is None:
        return None
    first, second = span[k], span[k + 1]
    return int(thai_digits_to_arabic(m.group(1))), [
        Line(first.no, first.text[m.end():], first.kind, first.bullet, first.indent),
        Line(second.no, second.text[mark.end():], second.kind, second.bullet, second.indent)]


def _known_halves(text: str, span: list[Line], own: frozenset[str], known: frozenset[str],
                  wraps: Any = None) -> list[tuple[str, int, int]] | None:
    """An item read over lines (`span`, its text `text`) that is two items
    of the list's own kind the report prints whole elsewhere (`own`,
    item_key), the second opening at a line's start with no gap before it
    (OCR lost its number, and nothing else marks where it opens:
    "๒. ได้ดำเนินการประชุม...เรียบร้อย" / "แล้ว" / "ได้เผยแพร่ผลการ
    ดำเนินงาน...ของสำนักงาน"), where the page did not wrap the line
    before it (with `wraps`, parsers.wraps.PageWraps: a wrapped piece of
    one item that another list read apart as an item of its own is known
    too, "... จำนวน 35 คน" / "ได้รับการพัฒนาตามโครงการ"): cut there, as
    (text, first line, last line) each, where exactly one line so cuts it;
    None where no line, or more than one, so cuts it, and where the whole
    text is itself an item the report prints (`own`, `known`) unless the
    item is numbered (this printing's own reading, its numbers otherwise
    in order, makes it one the report reads whole)."""
    if len(span) < 2 or (split_item_number(span[0].text)[0] is None and item_key(text) in own | known):
        return None
    found = []
    for k in range(1, len(span)):
        tail = clean_value(span_text(span[k:]))
        if not text.endswith(tail) or item_key(tail) not in own:
            continue
        head = text[:len(text) - len(tail)].rstrip()
        if item_key(head) in own and (wraps is None or _opens_unwrapped(span[k], wraps)):
            found.append([(head, span[0].no, span[k - 1].no), (tail, span[k].no, span[-1].no)])
    return found[0] if len(found) == 1 else None


def _items_of(lines: list[Line], wraps: Any = None, known: frozenset[str] = frozenset(),
              own: frozenset[str] = frozenset(), starts: frozenset[str] = frozenset(),
              strays: list[Line] | None = None) -> list[tuple[str, int, int]]:
    """One item per numbered entry ("๑.", "๑)"); text without numbers is one
    item; a bare "-" means none.  Item numbers OCR read apart from their
    texts (on lines of their own after or before them, or between a lead
    and them) number the texts' paragraphs, one each, when as many
    paragraphs stand as numbers (with `wraps`, parsers.wraps.PageWraps, lines the
    page did not wrap stand as paragraphs too: see _unwrapped, and with
    `known` the items the report prints whole elsewhere: see
    _parted_by_known); a lead is the first item, unless the list's first
    item is numbered 1 and the lead introduces nothing (_stray_lead: words
    of item 1 OCR read before its number, taken into it; into `strays`,
    when given, go its lines).  A list with no numbers
    at all that is two items or more of its own kind the report prints
    whole elsewhere (`own`), one after the other, is those items (see
    _known_parts)."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    apart = _numbers_apart(lines, wraps=wraps, known=known, starts=starts)
    if apart is None or not _pairs(*apart):
        apart = _last_number_alone(lines, known, wraps, starts)  # (paired by the count its one number says, or None)
    if apart is not None:
        paragraphs, numbers, lead = apart
        if wraps is not None and known and len(numbers) >= 2 and _in_doubt_by_widths(lines, wraps, known):
            # paired by paragraphs the widths leave in doubt: the items the report prints whole cut them, where
            # they cut them into as many pieces
            paragraphs = _cut_by_known_alone([ln for p in paragraphs for ln in p], len(numbers), known) \
                or paragraphs
        return [(clean_value(span_text(p)), p[0].no, p[-1].no) for p in ([lead] if lead else []) + paragraphs]
    mended = _mended(tuple(lines))[0] if lines else None
    if mended is None:
        return []
    lines = _after_gap_mended(list(mended))[0]
    items, lead = _numbered(tuple(lines))
    items, lead = list(items), list(lead)
    if _figure_wrapped_as_one(lead, items, lines):
        return [(clean_value(span_text(lines)), lines[0].no, lines[-1].no)]
    if not items and own and _unnumbered(lead) and (
            parted := _known_parts(lead, own, wraps, known - own)) is not None:
        return [(clean_value(span_text(p)), p[0].no, p[-1].no) for p in parted]
    out = []
    if lead and not (items and _NUMBER_ALONE_RE.match(clean_value(span_text(lead)))) and not _debris_lead(lead, items):
        # (a number alone before a list's first item is a page number OCR left there, no item)
        if _number_under_lead(lead, items, lines):
            # item 1's first line before its number, which OCR set beside the item's next line: read as it stands
            first = items[0]
            out.append((clean_value(f"{span_text(lead_words(lead))} {first.text}"), lead[0].no, first.line_end))
            items = items[1:]
            if strays is not None:
                strays += lead
        elif _stray_lead(lead, items, lines):
            first = items[0]
            own_lines = [ln for ln in lines if first.line_start <= ln.no <= first.line_end]
            out.append((_stray_taken_in(first.text, own_lines, lead), lead[0].no, first.line_end))
            items = items[1:]
            if strays is not None:
                strays += lead
        else:
            worded = lead_words(lead)
            out.append((clean_value(span_text(worded)), worded[0].no, worded[-1].no))
    out += [(item.text, item.line_start, item.line_end) for item in items if item.text]
    return out


def _last_known_parts(items: list[tuple[str, int, int]], lines: list[Line], own: frozenset[str],
                      known: frozenset[str], wraps: Any) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The list's last item whose lines, past a number alone on its line,
    are items of its own kind the report prints whole elsewhere, one after
    the other (_known_parts: their numbers OCR lost, "1." / "สพป.X ...
    ครบตามแผนที่กำหนด" / "ได้เผยแพร่ผลการดำเนินงาน..." / "ผู้เข้าร่วม
    กิจกรรม..."), as those items; and the lines where it was cut (before,
    one item held three and two rows were lost: fresh set s97q,
    obec_progress_s97q002)."""
    if not items:
        return items, []
    _, a, b = items[-1]
    last = [ln for ln in lines if a <= ln.no <= b]
    if len(last) < 3 or not _NUMBER_ALONE_RE.match(last[0].text.strip()) or (
            parted := _known_parts(last[1:], own, wraps, known - own)) is None:
        return items, []
    return [*items[:-1], *((clean_value(span_text(p)), p[0].no, p[-1].no) for p in parted)], \
        [p[0].no for p in parted[1:]]


def _stray_lead(lead: list[Line], items: list[Any], lines: list[Line]) -> bool:
    """Whether the text before a list (`lead`, PARAGRAPH_LETTERS letters or
    more) is no item of its own but words of the list's item 1 that OCR
    read before that item's number: the list's first item is numbered 1
    with its mark ("๑.", "1)"; a bare figure may be one the page wrapped), so
    the text before it is no item the list numbers, and the form prints a
    text before a list only to introduce it ("... ดังนี้", ":", or ดังนี้
    damaged: "ดังบี๋"), which this one does not, and it holds a letter cut
    from its word (_cut_letters: a whole text before a list stays an item
    of its own) ("เกียวข้อง ได้รับการพัฒนาให้มีความรู้และ" / "กต้อง" /
    "๑. ครูทีทําหน้าที" / "แนวทางปฏิบัติที": each of the item's lines read
    in two pieces, the right-hand ones first)."""
    first = _item_one_line(items, lines)
    if first is None or not _CLOSED_NUMBER_RE.match(first.text):
        return False  # (a bare figure opening a line, "๑ โรงเรียนคุณภาพ...", may be a figure the page wrapped)
    lead = lead_words(lead)
    last = lead[-1].text.rstrip()
    text = clean_value(span_text(lead))
    return not introduces(last) and sum(map(str.isalpha, text)) >= PARAGRAPH_LETTERS and _cut_letters(text)


def _item_one_line(items: list[Any], lines: list[Line]) -> Line | None:
    """The first line of a list's first item where that item is numbered 1 and holds text; else None."""
    if not items or items[0].number is None or tuple(items[0].number) != (1,) or not items[0].text:
        return None
    return next((ln for ln in lines if ln.no == items[0].line_start), None)


def _number_under_lead(lead: list[Line], items: list[Any], lines: list[Line]) -> bool:
    """Whether the text before a list (`lead`: one line of words,
    PARAGRAPH_LETTERS letters or more, introducing nothing) is item 1's
    first line, OCR having set the item's number ("๑.", alone on its line)
    beside the item's next line, under it: the form prints a text before a
    list only to introduce it, and an item's number alone on its line
    stands beside its text ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำ
    คำสั่งแต่งตั้ง" / "๑." / "คณะกรรมการเรียบร้อยแล้ว": before, the first line
    was read as an item of its own and every item after it one on, with
    nothing said; fresh set s127o, obec_progress_s127o001)."""
    first = _item_one_line(items, lines)
    if first is None or not _NUMBER_MARKED_ALONE_RE.fullmatch(first.text.strip()):
        return False
    worded = lead_words(lead)
    text = clean_value(span_text(worded))
    last = worded[-1].text.rstrip()
    return len(worded) == 1 and not _INTRODUCES_RE.search(last) and not _DAMAGED_INTRO_WORDS_RE.search(last) \
        and sum(map(str.isalpha, text)) >= PARAGRAPH_LETTERS


# an item number with its mark alone on its line ("๑.", "1)")
_NUMBER_MARKED_ALONE_RE = regex.compile(r"\(?[\d๐-๙]{1,2}[.)]")


def lead_words(lead: list[Line]) -> list[Line]:
    """A list's lead (the text before its first numbered item) to its last
    line of words (four Thai letters in a row: a count OCR garbled beside
    them, "จํ้านวน ๑อ คน", is words still), where every line after that one
    is OCR's specks (is_debris), junk (_junk_lead) or a
    bare number, none holding a figure of three digits ("... ดำเนินงานดังนี"
    / "2)" / "Cc" / "exe ถดิ๑" / "5 3": a
    picture or stamp between the lead and item 1 read as letters): the lead
    introduces the list where its words do, and the specks are no words of
    it.  The lead as it is where no line of it holds words, or a line after
    its words is no such speck."""
    last = next((k for k in range(len(lead) - 1, -1, -1) if _THAI_RUN4_RE.search(lead[k].text)), None)
    if last is None or last == len(lead) - 1:
        return lead
    rest = lead[last + 1:]
    if all((is_debris(ln.text) or _junk_lead(ln.text) or _NUMBER_ALONE_RE.match(ln.text.strip()))
           and not _FIGURE_RE.search(ln.text) for ln in rest):  # (a figure of three digits is data: a wrapped year)
        return lead[:last + 1]
    return lead


def _cut_letters(text: str) -> bool:
    """Whether `text` holds a Thai consonant alone that is no word (a
    token of newmm's: "เกียวข้อง" reads เกีย ว ข้อง, "กต้อง" ก ต้อง): a letter
    cut from its word, as where OCR read a line in two pieces and parted
    it inside a word ("ที่เกี่ยวข้อง" as "ที" | "เกียวข้อง", "ถูกต้อง" as
    "ที" | "กต้อง")."""
    return any(len(w) == 1 and "\u0e01" <= w <= "\u0e2e" and not known_word(w) for w in thai_words(text))


_CLOSED_NUMBER_RE = regex.compile(r"^\s*\(?[\d๐-๙]{1,2}[.)]\s")  # an item number with its mark ("๑. ", "1) ")
# a lead's closing ดังนี้ OCR damaged past mark_tolerant ("...การดำเนินงานดังบี๋", ต for ด; "...คังปี้": each
# letter misread, its shape kept): ดัง and a few letters, or a letter, ัง, a letter, an upper vowel and a tone mark
_DAMAGED_INTRO_RE = regex.compile(r"(?:[ดต]ั?ง[\u0e01-\u0e4e]{0,3}|[\u0e01-\u0e2e]ัง[\u0e01-\u0e2e][\u0e34\u0e35][\u0e48-\u0e4b]?)"
                                  r"[\s:.]*$")
# ดังนี้ OCR damaged (_DAMAGED_INTRO_RE), a letter at least of นี้ kept after ดัง: "ดัง" or "ตัง" alone ends many
# a word whose mark OCR lost ("แต่งตัง" for แต่งตั้ง), which a text that introduces nothing may end with
_DAMAGED_INTRO_WORDS_RE = regex.compile(_DAMAGED_INTRO_RE.pattern.replace("{0,3}", "{1,3}", 1))


def introduces(text: str) -> bool:
    """Whether a text ends as the form's words that introduce a list end
    ("... ดังนี้", ":", or ดังนี้ OCR damaged: "ดังบี๋")."""
    text = text.rstrip()
    return bool(_INTRODUCES_RE.search(text) or _DAMAGED_INTRO_RE.search(text))


def _stray_taken_in(text: str, own: list[Line], lead: list[Line]) -> str:
    """Item 1's text (`text`, read from its lines `own`) with the words of
    it OCR read before its number (`lead`, _stray_lead) taken in: where
    the lead's lines (debris left out) are as many as the item's, each of
    the item's lines read in two pieces, the right-hand one first, so
    each lead line goes after the item line of its rank; else after the
    item's text.  Said by the caller: the order is OCR's guess."""
    mine = [ln for ln in own if not is_debris(ln.text) and ln.text.strip()]
    theirs = [ln for ln in lead if not is_debris(ln.text) and ln.text.strip()]
    if mine and len(mine) == len(theirs) and clean_value(span_text(mine)).endswith(text):
        number, first = split_item_number(mine[0].text)
        if number is None and (prefix := ITEM_PREFIX_RE.match(first)) is not None:
            first = first[prefix.end():]
        pieces = [Line(mine[0].no, first), *mine[1:]]  # (the item's number left out)
        woven = [ln for pair in zip(pieces, theirs) for ln in pair]
        return clean_value(span_text(woven))
    return clean_value(f"{text} {span_text(lead)}")


# a line opening with a bare figure, no closing mark, then a Thai word ("1 โรงเรียนคุณภาพ...")
_BARE_FIGURE_OPENS_RE = regex.compile(r"^[\d๐-๙]{1,2}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _figure_wrapped_as_one(lead: list[Line], items: list[Any], lines: list[Line]) -> bool:
    """Whether the one item a list read after its lead is the lead's own
    text, a figure of it the page wrapped to the next line's start
    ("ร้อยละ ๓๐ ... โรงเรียนคุณภาพ 1 อำเภอ" / "1 โรงเรียนคุณภาพได้ตามเป้าหมาย"): the
    item numbered 1 bare (no closing mark), on the line right under the
    lead's last (no gap of lines), the lead introducing no list ("...
    ดังนี้", ":"), nothing after it.  A list numbered from 1 under a lead
    prints its number closed, or apart from the lead, or after the lead
    introduces it."""
    if not lead or len(items) != 1 or items[0].number[-1:] != (1,) or len(items[0].number) != 1:
        return False
    first = next((ln for ln in lines if ln.no == items[0].line_start), None)
    if first is None or items[0].line_end != lines[-1].no:
        return False
    if first.no <= lead[-1].no + BRACKET_GAP and _BARE_NUMBER_OPENS_RE.match(first.text) and _closes_first(first.text) \
            and (first.no == lead[-1].no + 1 or not _bracket_closed(lead[-1].text)):
        # the item's line closes a bracket it never opened ("1 ๑ลทณ์ทธ)ได้ตามเป้าหมาย": "Learning)" OCR read as
        # specks and a bare 1), right under the lead (the lines between, "(Active" and a blank, if any, left out as
        # OCR debris): the bracket's words the page wrapped, whatever OCR read at the line's start; no item opens
        # inside a bracket
        return True
    if _BARE_FIGURE_OPENS_RE.match(first.text) is None or _INTRODUCES_RE.search(lead[-1].text.rstrip()):
        return False
    if first.no == lead[-1].no + 1:
        return True
    # a gap of lines between (a blank line: OCR spaced the page's lines apart), none of the list's: the figure is
    # still the lead's own when what it opens is a count, the unit it counts a word of its own after it ("1 อำเภอ
    # 1", not "1 โรงเรียนคุณภาพ..."): a count is no item's number
    return first.no <= lead[-1].no + BRACKET_GAP and not any(lead[-1].no < ln.no < first.no for ln in lines) \
        and _count_alone(first.text)


def _count_alone(text: str) -> bool:
    """Whether `text` opens with a count (opens_with_count) whose unit
    stands as a word of its own, a space or the line's end after it."""
    m = _COUNT_OPENS_RE.match(text)
    unit = _UNIT_AFTER_RE.match(text[m.end():]) if m is not None else None
    return unit is not None and text[m.end() + unit.end():][:1] in ("", " ")


BRACKET_GAP = 3  # lines from a lead's last to the line that closes its bracket, at most (a blank, a debris line)
_BARE_NUMBER_OPENS_RE = regex.compile(r"^[\d๐-๙]{1,2}\s+(?=\S)")  # a bare figure, no closing mark, then words


def _bracket_closed(text: str) -> bool:
    """Whether a line's last bracket is one it closes ("... (ออนไลน์)")."""
    return text.rfind(")") > text.rfind("(")


def _closes_first(text: str) -> bool:
    """Whether a line closes a bracket before it opens one ("1 ๑ลทณ์ทธ)ได้ตามเป้าหมาย")."""
    close = text.find(")")
    return close >= 0 and (text.find("(") < 0 or close < text.find("("))


def _debris_lead(lead: list[Line], items: list[Any]) -> bool:
    """Whether the text before a list whose first item is numbered 1 is
    specks OCR read as letters ("เวล" over "1 ผู้บริหาร..."): one token with
    no four Thai letters in a row (item 1 is the numbered one, so the text
    before it is no item, and a lead that introduces the list is words)."""
    if not items or items[0].number is None or items[0].number[-1] != 1:
        return False
    text = clean_value(span_text(lead))
    return " " not in text and not NONE_RE.match(text) and not _THAI_RUN4_RE.search(text) or _junk_lead(text)


# a word's letters that take a column of their own (the marks above and below them aside)
_COLUMN_LETTER_RE = regex.compile(r"[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]")
WORD_LETTERS = 3  # such letters of the shortest dictionary word that makes a text of a lead ("ขู่", "ยู": pieces)
# what no text of a report holds beside Thai letters that make no word: a Latin letter, or a digit glued to a Thai
# letter ("๑.ซ๑", "เธ๑.๑": OCR's reading of a stamp or a picture)
_JUNK_MARK_RE = regex.compile(r"[A-Za-z]|[\d๐-๙][.,]?[\u0e01-\u0e2e\u0e40-\u0e44]|[\u0e01-\u0e4e][.,]?[\d๐-๙]")


def _junk_lead(text: str) -> bool:
    """Whether a lead before item 1 (a bullet's dash before it, or none) is
    OCR junk of several tokens ("- 6 1A ๑.ซ๑ ve ขู่ ขยูซ่ขะ เธ๑.๑", a stamp
    or a picture read as letters): no dictionary word of WORD_LETTERS
    letters or more among its Thai tokens, and a Latin letter or a digit
    glued to a Thai letter among them (_JUNK_MARK_RE): no item (the list
    numbers its items from 1) nor a lead (which introduces it in words)."""
    text = text.lstrip("-–• ").strip()
    if not text or NONE_RE.match(text) or _JUNK_MARK_RE.search(text) is None:
        return False
    return not any(len(_COLUMN_LETTER_RE.findall(w)) >= WORD_LETTERS and known_word(w) for w in thai_words(text))


def _known_parts(lines: list[Line], known: frozenset[str], wraps: Any = None,
                 others: frozenset[str] = frozenset()) -> list[list[Line]] | None:
    """A list printed without numbers (or whose numbers OCR lost whole: a
    column it read apart, or dropped) that is two items or more the report
    prints whole elsewhere, one after the other (`known`, see known_items;
    item_key: its figures and marks aside): its lines (debris left out)
    cut into runs of up to KNOWN_LINES lines, each such an item, in exactly
    one way ("โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด" /
    "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 33 คน" / "เข้าร่วมการ
    ประชุมเชิงปฏิบัติการ": two items); else, with the page's widths
    (`wraps`), such items and the texts between them that are no item of
    another kind (`others`; _known_and_between).
    None when its lines make no such runs, when they make them in more
    ways than one, or when the whole text is itself one item the report
    prints (two items read as one elsewhere too: no telling)."""
    lines = [ln for ln in lines if not is_debris(ln.text)]
    if len(lines) < 2 or item_key(span_text(lines)) in known:
        return None
    # the ways to cut lines[i:] into known items, up to two (one is wanted; a second says it is ambiguous)
    ways: dict[int, list[list[tuple[int, int]]]] = {len(lines): [[]]}
    for i in range(len(lines) - 1, -1, -1):
        found: list[list[tuple[int, int]]] = []
        for j in range(i + 1, min(i + KNOWN_LINES, len(lines)) + 1):
            if ways[j] and item_key(span_text(lines[i:j])) in known:
                found += [[(i, j), *rest] for rest in ways[j]][:2 - len(found)]
        ways[i] = found
    if len(ways[0]) > 1:
        return None
    if len(ways[0]) == 1:
        return [lines[i:j] for i, j in ways[0][0]] if len(ways[0][0]) >= 2 else None
    return _known_and_between(lines, known, wraps, others) if wraps is not None else None


def _known_and_between(lines: list[Line], known: frozenset[str], wraps: Any,
                       others: frozenset[str] = frozenset()) -> list[list[Line]] | None:
    """A list with no numbers whose lines hold items the report prints
    whole elsewhere (`known`) and texts it prints nowhere else (a
    project's own sentence: "สพป.X เขต 1 ได้ดำเนินการ<its project> ครบตาม
    แผนที่กำหนด", or a lead "... ดังนี้"): each known item's run (the
    longest from where it opens, up to KNOWN_LINES lines) is an item, and
    so is each stretch of lines between two runs, or before the first or
    after the last, where the page wrapped every line of it but its first
    (wraps.wrapped, not past the margin: one item over its lines) and that
    holds PARAGRAPH_LETTERS letters or more (no piece of a known item OCR
    broke otherwise), and is no item the report prints in a list of
    another kind (`others`: the text of the next section, whose heading
    OCR lost, an indicator under the outcomes).  None where two known runs
    overlap, where such a stretch is none of that, or where the lines make
    fewer than two pieces."""
    runs = _known_runs(lines, known)  # (None: another known item opens inside one and runs past it)
    if not runs:
        return None
    pieces = _around(runs, len(lines))
    for a, b in pieces:
        if (a, b) in runs:
            continue
        stretch = lines[a:b]
        if sum(map(str.isalpha, span_text(stretch))) < PARAGRAPH_LETTERS or any(
                _opens_unwrapped(ln, wraps) for ln in stretch[1:]) \
                or item_key(span_text(stretch)) in others:
            return None
    return [lines[a:b] for a, b in pieces] if len(pieces) >= 2 else None


def parted_by_known(lines: list[Line], known: frozenset[str], wraps: Any = None,
                    others: frozenset[str] = frozenset()) -> int:
    """How many items a list printed without numbers was cut into by the
    items of its kind the report prints whole elsewhere (see _known_parts);
    0 for a list read otherwise."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    if not known or len(lines) < 2 or not _unnumbered(lines):
        return 0
    parted = _known_parts(lines, known, wraps, others)
    return len(parted) if parted is not None else 0


OPENING_LETTERS = 12  # the letters of a line's opening (see item_openings)


@lru_cache(maxsize=16384)  # a pure function of one text: the report's lists are looked at list by list, kind by kind
def _opening(text: str) -> str:
    """A text's first OPENING_LETTERS letters, its marks, spaces and figures aside (see item_key)."""
    return MARKS_AND_SPACES_RE.sub("", FIGURES_RE.sub("#", text).replace("\u0e33", "\u0e32"))[:OPENING_LETTERS]


def item_openings(lists: list[list[Line]]) -> frozenset[str]:
    """How the items of a report's lists open (_opening): each list's
    first line, and each line that opens with an item number (its text
    after the number).  A cheap look at the report's items: a list whose
    numbers OCR lost whole runs its items together, each opening a line
    as it opens elsewhere (may_run_together)."""
    out: set[str] = set()
    for part in lists:
        for k, ln in enumerate(part):
            number, rest = split_item_number(ln.text)
            if k == 0 or number is not None:
                out.add(_opening(rest if number is not None else ln.text))
    return frozenset(out)


def item_starts(lists: list[list[Line]], firsts: bool = True) -> frozenset[str]:
    """How the items of a report's lists open where nothing leaves it in
    doubt (_opening, OPENING_LETTERS letters): the text after an item number
    printed in front of it ("๑) ผู้บริหารสถานศึกษา..."), and a list's first
    text (after a column of numbers standing apart, debris and "none"
    aside), less every opening also seen going on inside an item (a line
    right under a line that opens with an item number, or under such a
    line's own continuation: "สามารถนำองค์ความรู้ไปปรับใช้..." under "๑.
    ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ").  A line of a list whose
    numbers stand apart that opens so opens an item (_cut_at_starts).
    Without `firsts`, the openings after an item number only (a list's
    first text may be a wrap's tail OCR read apart from its item)."""
    opens: set[str] = set()
    inside: set[str] = set()
    for part in lists:
        lines = [ln for ln in part if not NONE_RE.match(ln.text)]
        first = next((ln for ln in lines if not _MARK_ALONE_RE.match(ln.text.strip()) and not is_debris(ln.text)), None)
        if firsts and first is not None and split_item_number(first.text)[0] is None:
            opens.add(_opening(first.text))
        numbered = False  # whether the line before is an item's (opening with its number, or going on from one)
        for k, ln in enumerate(lines):
            number, rest = split_item_number(ln.text)
            if number is not None:
                numbered = THAI_WORD_RE.match(rest) is not None
                if numbered:
                    opens.add(_opening(rest))
            elif numbered and lines[k - 1].no == ln.no - 1:
                inside.add(_opening(ln.text))
            else:
                numbered = False
    return frozenset(op for op in opens - inside if len(op) == OPENING_LETTERS)


def may_run_together(lines: list[Line], openings: frozenset[str]) -> bool:
    """Whether a list may be items run together that the report prints
    whole elsewhere (see _known_parts): no line opens with an item number,
    and a line after its first opens as an item of the report opens
    (`openings`, see item_openings).  A cheap look first: the items the
    report knows whole are read only where such a list is printed."""
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    return (len(texts) >= 2 and any(len(op := _opening(ln.text)) == OPENING_LETTERS and op in openings
                                    for ln in texts[1:])
            and _unnumbered(texts))


def opens_as_items(lines: list[Line], starts: frozenset[str], wraps: Any = None,
                   known: frozenset[str] = frozenset()) -> list[int]:
    """The lines after a list's first text that open as the report's items
    open where nothing leaves that in doubt (`starts`, item_starts: its
    OPENING_LETTERS letters), each under a text of PARAGRAPH_LETTERS
    letters or more (no debris) that did not run to the page's margin
    (with `wraps`, parsers.wraps.PageWraps.at_margin: a line the page
    wrapped goes on, whatever opens it), or that with the lines after it to
    the list's end is an item the report prints whole elsewhere, or its
    opening (`known`, known_items; _known_last: OCR that wraps every line
    short leaves each at the margin, and the list's last item stands there
    whole): in a list read as one
    item without a number, items whose numbers OCR lost.  A doubt to say,
    no cut."""
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text)]
    out = []
    for i, ln in enumerate(texts[1:], start=1):
        opening = _opening(ln.text)
        head = span_text([t for t in texts[:i] if not is_debris(t.text)])
        if len(opening) == OPENING_LETTERS and opening in starts and sum(map(str.isalpha, head)) >= PARAGRAPH_LETTERS \
                and (wraps is None or ln.no not in wraps.at_margin or _known_last(texts[i:], known)):
            out.append(ln.no)
    return out


def _known_last(texts: list[Line], known: frozenset[str]) -> bool:
    """Whether `texts` (a list's lines to its end, debris aside) are an
    item the report prints whole elsewhere (`known`), or its opening (a
    last word OCR lost or set apart: "... จำนวน 16" / "คน")."""
    key = item_key(span_text([t for t in texts if not is_debris(t.text)])) if known else None
    return key is not None and (key in known or any(k.startswith(key) for k in known))


# what OCR leaves after an item's last word on its line: specks and a column's number it read there ("‘a.")
_TRAILING_SPECKS_RE = regex.compile(r"[^\u0e01-\u0e4e#]+$")


def _ending(text: str) -> str:
    """A text's last OPENING_LETTERS letters, its marks, spaces and figures
    aside and specks after its last letter or figure left out (see _opening)."""
    bare = MARKS_AND_SPACES_RE.sub("", FIGURES_RE.sub("#", text).replace("\u0e33", "\u0e32"))
    return _TRAILING_SPECKS_RE.sub("", bare)[-OPENING_LETTERS:]


def item_ends(lists: list[list[Line]], wraps: Any = None) -> Counter[str]:
    """How the items of a report's lists end (_ending, OPENING_LETTERS
    letters), by how many lists read an item that ends so (items_of)."""
    out: Counter[str] = Counter()
    for part in lists:
        lines = [ln for ln in part if not NONE_RE.match(ln.text)]
        ends = {_ending(text) for text, _, _ in items_of(lines, wraps)} if lines else set()
        out.update(end for end in ends if len(end) == OPENING_LETTERS)
    return out


def item_longest(lists: list[list[Line]], wraps: Any = None) -> int:
    """The most letters an item of a report's lists holds where its list
    reads two items or more, each opening with its number (items_of; a
    list's numbers leave no doubt where each item ends): 0 where none."""
    out = 0
    for part in lists:
        lines = [ln for ln in part if not NONE_RE.match(ln.text)]
        items = items_of(lines, wraps) if lines else []
        if len(items) >= 2 and sum(split_item_number(ln.text)[0] is not None for ln in lines) == len(items):
            out = max(out, *(sum(map(str.isalpha, text)) for text, _, _ in items))
    return out


def overlong_openings(lines: list[Line], starts: frozenset[str], longest: int) -> list[int]:
    """The lines after a list's first text that open as the report's items
    open after their numbers (`starts`, item_starts without the lists'
    first texts), each under a text of PARAGRAPH_LETTERS
    letters or more (no debris), in a list read as one item without a
    number that holds more letters than any item the report's numbered
    lists of its kind read (`longest`, item_longest): items whose numbers
    OCR lost (a column of numbers dropped whole), even where the line above
    ran to the page's margin (opens_as_items leaves that to the wrap: a
    long first item fills its line as a wrapped one does: "โรงเรียนใน
    สังกัดทุกโรงเรียน...ตามแนวทางที่กำหนด" / "สพป.X ดำเนินการส่งเสริม...",
    fresh set s78a, obec_progress_s78a002).  A doubt to say, no cut."""
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text) and not is_debris(ln.text)]
    if not longest or sum(map(str.isalpha, span_text(texts))) <= longest:
        return []
    out = []
    for i, ln in enumerate(texts[1:], start=1):
        opening = _opening(ln.text)
        if len(opening) == OPENING_LETTERS and opening in starts \
                and sum(map(str.isalpha, span_text(texts[:i]))) >= PARAGRAPH_LETTERS:
            out.append(ln.no)
    return out


# A paragraph opening with a word that carries the sentence above on (words.GOES_ON_WORDS; เพื่อ "in order
# to", a purpose clause, too): the item above goes on in it ("... ปีการศึกษา ๒๕๖๖" / "เพื่อนำข้อมูล...").
_PARAGRAPH_GOES_ON_RE = lazy_compile(goes_on_pattern("เพื่อ"))


def ends_as_items(lines: list[Line], ends: Counter[str]) -> list[int]:
    """The first lines of the paragraphs (a gap of lines before each;
    PARAGRAPH_LETTERS letters or more before it) of a list read as one item
    without a number that follow a paragraph ending as the report's items
    of the list's kind end elsewhere (`ends`, item_ends: "... ล่าช้ากว่าที่
    กำหนดไว้"): items whose numbers OCR lost, where no line opens as the
    report's items open (opens_as_items).  A paragraph that opens with a
    word carrying the sentence above on (_PARAGRAPH_GOES_ON_RE) goes on
    with the item above.  A doubt to say, no cut."""
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text) and not is_debris(ln.text)]
    out = []
    para: list[Line] = []
    for ln in texts:
        if para and ln.no > para[-1].no + 1:
            text = span_text(para)
            if sum(map(str.isalpha, text)) >= PARAGRAPH_LETTERS and ends[_ending(text)] >= 1 \
                    and not _PARAGRAPH_GOES_ON_RE.match(ln.text.lstrip()):
                out.append(ln.no)
            para = []
        para.append(ln)
    return out


def texts_apart(lines: list[Line], wraps: Any) -> list[int]:
    """The first lines of the paragraphs (a gap of lines before each) of a
    list read as one item without a number that follow a paragraph the page
    did not wrap at its end, where both are texts the page wrapped (each
    runs over a line the page wrapped: parsers.wraps.PageWraps.wrapped):
    the paragraph before ended where its text did (the next line's first
    word would have fitted on its last), and a text of its own opens after
    the gap, so two items whose numbers OCR lost, as no one item is printed
    ("มีสัญญาณขัดข้อง...ทำให้เกิดความล่าช้า" / "และความไม่ชัดเจน" / (gap) /
    "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้..." / "ไตรมาสนี้ดำเนินการได้ล่าช้า...": fresh set s69o,
    obec_progress_s69o001).  A piece alone after the gap (one line: a wrap's
    tail OCR read apart, a line whose end OCR lost) is none.  A doubt to
    say, no cut; none without the page's wraps."""
    if wraps is None or wraps.unwrapped:
        return []
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text) and not is_debris(ln.text)]
    paras: list[list[Line]] = []
    for ln in texts:
        if not paras or ln.no > paras[-1][-1].no + 1:
            paras.append([])
        paras[-1].append(ln)
    wrapped = lambda para: any(ln.no in wraps.wrapped for ln in para[1:])  # noqa: E731
    return [after[0].no for before, after in zip(paras, paras[1:])
            if after[0].no not in wraps.wrapped and wrapped(before) and wrapped(after)
            and not _PARAGRAPH_GOES_ON_RE.match(after[0].text.lstrip())]


# a speck OCR left at a piece's end: a last token of up to three characters, no Thai letter or digit among them
# ("... ครบทุกห้อง ‘a.", where the next item's number stood in its column)
_END_SPECK_RE = regex.compile(r"\s+[^\s\u0e01-\u0e4e\d๐-๙]{1,3}$")


def opened_cut(lines: list[Line], items: list[tuple[str, int, int]], starts: frozenset[str],
               wraps: Any = None, ends: Counter[str] | None = None) -> list[tuple[str, int, int]] | None:
    """A list read as one item without a number over two paragraphs or
    more (unnumbered_paragraphs, with `wraps`) cut at each line that opens
    as the report's items open (`starts`, item_starts; see opens_as_items)
    where the text before it ends as the report's items of the list's kind
    end elsewhere (`ends`, item_ends: "... จำนวน ๑๓ คน" / "ร้อยละ ๕๐ ของ
    โรงเรียนในสังกัด..."), as (text, first line, last line) each: items whose
    numbers OCR lost with the column they stood in.  The last piece ends
    where the one item read did, which counts once: another list must end
    so too.  A text the page wrapped goes on mid-sentence, and ends as no
    item does (the page's widths are not asked: an item that ran to the
    margin ends there as well).  None where no line so cuts it, or the
    item's text does not hold such a line's text where it stands; a cut in
    doubt, for the caller to say."""
    if len(items) != 1 or unnumbered_paragraphs(lines, 1, wraps) < 2:
        return None
    opened = opens_as_items(lines, starts)
    if not opened:
        return None
    text, a, b = items[0]
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text)]
    out: list[tuple[str, int, int]] = []
    at, first = 0, a
    for no in opened:
        line = next(ln for ln in texts if ln.no == no)
        found = text.find(clean_value(line.text), at)
        if found <= at:
            return None
        out.append((_END_SPECK_RE.sub("", text[at:found].strip()), first, max(ln.no for ln in texts if ln.no < no)))
        at, first = found, no
    out.append((text[at:].strip(), first, b))
    ends = ends or Counter()
    if any(ends[_ending(piece)] < 1 for piece, _, _ in out[:-1]) or ends[_ending(out[-1][0])] < 2:
        return None
    return out


def numbers_in_column(lines: list[Line]) -> bool:
    """Whether the list prints its item numbers in a column apart from its
    texts (see _numbers_apart), paired with them or not."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    return _numbers_apart(lines) is not None or unpaired_numbers(lines) is not None


def known_items(lists: list[list[Line]], wraps: Any = None, starts: frozenset[str] = frozenset()) -> frozenset[str]:
    """The items (item_key) a report's lists of targets and findings
    (`lists`, each list's lines) read whole and leave no doubt of: every
    item of a list whose numbers, printed in front of its items or in a
    column paired with its texts, leave none missing, run together or in
    doubt (unpaired_numbers, marks_run_together, paired_in_doubt,
    numbers_inside_items, numbers_past_items, lone_first), and of a list
    printed without numbers over one paragraph (unnumbered_paragraphs),
    unless its lines are such items one after the other (_known_parts: a
    list whose numbers OCR lost).  What a list whose numbers stand apart
    cannot part by the page's widths is parted by these (_parted_by_known),
    and so is a list with no numbers that is such items (items_of).
    (`starts`, item_starts: how the report's items open; a list whose
    numbers stand apart, a line inside one of its paragraphs opening so,
    is in doubt: paired_in_doubt.)"""
    out: set[str] = set()
    runs: list[tuple[list[Line], str]] = []  # texts read as one item over several lines, without a number
    paired: list[tuple[list[Line], set[str]]] = []  # each list's items, and whether its numbers stand apart
    doubted: list[list[Line]] = []  # lists whose numbers stand apart, in doubt against the widths or unpaired
    for part in lists:
        lines = [ln for ln in part if not NONE_RE.match(ln.text)]
        if not lines or marks_run_together(lines) is not None or lone_first(lines):
            continue
        if unpaired_numbers(lines, wraps) is not None or paired_in_doubt(lines, wraps, starts=starts) is not None:
            if numbers_stand_apart(lines):
                doubted.append(lines)
            continue
        items = items_of(lines, wraps)
        if numbers_inside_items(lines, items) or numbers_past_items(lines, len(items)) is not None \
                or unnumbered_paragraphs(lines, len(items), wraps) >= 2:
            continue
        if len(items) == 1 and len(lines) > 1 and _unnumbered(lines):
            if (key := item_key(items[0][0])) is not None:
                runs.append((lines, key))
            continue
        paired.append((lines if numbers_stand_apart(lines) else [],
                       {key for text, _, _ in items if (key := item_key(text)) is not None}))
    counts = Counter(key for _, keys in paired for key in keys)
    out.update(counts)
    for lines, keys in paired:
        # a list whose numbers stand apart, paired by its paragraphs, that the items the other lists read whole cut
        # otherwise (_cut_by_known_alone: "ได้เผยแพร่...ของสำนักงาน" ran to the margin, the next item's text under it
        # with no gap): its items are in doubt (paired_in_doubt says so, with the items known) and are known by
        # the other lists only
        if lines and wraps is not None and (apart := _numbers_apart(lines, wraps=wraps)) is not None:
            others = frozenset(key for key, n in counts.items() if n > (key in keys))
            if _known_cut_otherwise(apart[0], len(apart[1]), wraps, others):
                out.difference_update(key for key in keys if counts[key] == 1)
    out.update(_known_rests(doubted, frozenset(out)))
    # such a text is an item known whole unless it is items known whole one after the other (_known_parts): a
    # list whose numbers OCR lost, no item
    sure = frozenset(out)
    out.update(key for lines, key in runs if _known_parts(lines, sure, wraps) is None)
    return frozenset(out)


def _known_rests(doubted: list[list[Line]], known: frozenset[str]) -> set[str]:
    """The items lists in doubt read as the rest of their texts past the
    items known whole (`known`): a list whose numbers stand apart, 1 to
    `n` in order, in doubt against the page's widths or unpaired
    (known_items leaves it out), whose texts the known items alone cut
    into `n` pieces (_cut_by_known_alone), all of them known but one: that
    one is the list's item too, whole ("ผู้บริหาร...เข้าร่วมการประชุม..."
    known, the rest "ครูที่ทำหน้าที่ที่เกี่ยวข้อง" / "ได้รับการพัฒนา..." the
    list's other item, which parts a list of the same items printed
    elsewhere where no width tells: fresh set s46z obec_progress_s46z003).
    Of these lists' readings only."""
    rests: set[str] = set()
    for lines in doubted:
        apart = _numbers_apart(lines)
        if apart is None or apart[2] or len(apart[1]) < 2 or not _in_order(apart[1]):
            continue
        texts = [ln for para in apart[0] for ln in para]
        cut = _cut_by_known_alone(texts, len(apart[1]), known)
        keys = [item_key(span_text(piece)) for piece in cut] if cut is not None else []
        rest = [key for key in keys if key not in known]
        if len(rest) == 1 and rest[0] is not None:
            rests.add(rest[0])
    return rests


def _unnumbered(lines: list[Line]) -> bool:
    """Whether no line of a list opens with an item number."""
    return not any(split_item_number(ln.text)[0] is not None or ITEM_PREFIX_RE.match(ln.text) for ln in lines)


PARAGRAPH_LETTERS = 15  # a paragraph of this many letters or more is a text, not a wrapped word or debris


def unnumbered_paragraphs(lines: list[Line], n_items: int, wraps: Any = None) -> int:
    """How many paragraphs (a gap of lines between two; PARAGRAPH_LETTERS
    letters or more each) a list read as one item without a number spans;
    0 for a list read otherwise (`n_items`: how many items_of read).  In a
    report whose other lists print their numbers in a column, which OCR
    may lose whole, several such paragraphs may be several items whose
    numbers went with the column.  With `wraps` (parsers.wraps.PageWraps), a line
    after one that stops short of the page's margin starts a paragraph too
    (a doubt to flag, not a cut: the surest sign of a wrap only)."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    if not lines or any(split_item_number(ln.text)[0] is not None or ITEM_PREFIX_RE.match(ln.text) for ln in lines):
        return 0
    if n_items != 1:
        return 0
    sizes: list[int] = []
    for i, ln in enumerate(lines):
        if i == 0 or ln.no > lines[i - 1].no + 1 or (wraps is not None and ln.no not in wraps.at_margin):
            sizes.append(0)
        sizes[-1] += len(ln.text) - sum(map(str.isspace, ln.text))  # (its letters, white space aside)
    return sum(1 for n in sizes if n >= PARAGRAPH_LETTERS)


# an indicator's opening: "ร้อยละ 100 ของ...", "ร้อยละ ๘๐ ..." (the form's indicators open so)
_PERCENT_OPENING_RE = regex.compile(rf"^{mark_tolerant('ร้อยละ')}\s*[\d๐-๙]")


def percent_openings(lines: list[Line]) -> int:
    """How many paragraphs (a gap of lines before each) of a list open as
    an indicator does ('ร้อยละ 100 ของ...'): two or more in a list read as
    one item without a number are two items whose numbers OCR lost."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    return sum(1 for i, ln in enumerate(lines)
               if (i == 0 or ln.no > lines[i - 1].no + 1) and _PERCENT_OPENING_RE.match(ln.text))


# an indicator's opening as OCR may garble its figure: "ร้อยละ 100 ของ...", "ร้อยละ ๘๐ ...", "ร้อยละ we ของ..."
_INDICATOR_OPENS_RE = regex.compile(rf"^{mark_tolerant('ร้อยละ')}\s*(?:[\d๐-๙]|[^\s\u0e01-\u0e4e]{{1,4}}\s*ของ)")


def indicator_cut(lines: list[Line], items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """A list of indicators whose item reads over a line, not its first,
    that opens as an indicator opens ("ร้อยละ ๓๕ ของข้าราชการครู...":
    _INDICATOR_OPENS_RE) under a text of PARAGRAPH_LETTERS letters or more
    (debris aside): the form's indicators open so and no text of one goes
    on so at a line's start (none of the worked sets' truths, clean or
    OCR'd, breaks a line before "ร้อยละ N"), so in a list read without
    numbers an item whose number OCR lost opens there ("สพป.X ได้บุคลากร...
    ตรวจสอบได้" / "ร้อยละ ๓๕ ของ...").  A list a line of which opens with an
    item number is left to its numbers.
    The items cut there, as (text, first line, last line), the item's text
    found piece by piece where it stands; None where no line so cuts an
    item, or the item's text does not hold such a line's text; a cut in
    doubt, for the caller to say."""
    texts = [ln for ln in lines if ln.text.strip() and not NONE_RE.match(ln.text)]
    if not _unnumbered(texts):
        return None  # (its items numbered where they stand, or a figure at a line's start read as one: they decide)
    out: list[tuple[str, int, int]] = []
    cut = False
    for text, a, b in items:
        span = [ln for ln in texts if a <= ln.no <= b]
        at, first = 0, a
        for k, ln in enumerate(span[1:], start=1):
            head = span_text([t for t in span[:k] if t.no >= first and not is_debris(t.text)])
            if not _INDICATOR_OPENS_RE.match(ln.text) or sum(map(str.isalpha, head)) < PARAGRAPH_LETTERS:
                continue
            found = text.find(clean_value(ln.text), at)
            if found <= at:
                return None
            out.append((_END_SPECK_RE.sub("", text[at:found].strip()), first, span[k - 1].no))
            at, first, cut = found, ln.no, True
        out.append((text[at:].strip(), first, b))
    return out if cut else None


def lone_first(lines: list[Line]) -> bool:
    """Whether the lines are a list of one item numbered 1 (after a lead
    that introduces it, "... ดังนี้", or none): the form numbers a list of
    two items or more, and prints a single item without a number, so the
    list's other items were lost (or ran into that one, their numbers lost)."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    # (after a lead that introduces the list, "... ดังนี้", which the form prints unnumbered: its first item)
    opens = next((k + 1 for k, ln in enumerate(lines[:-1]) if _INTRODUCES_RE.search(ln.text.rstrip())), 0)
    if opens and any(split_item_number(ln.text)[0] is not None or ITEM_PREFIX_RE.match(ln.text) for ln in lines[:opens]):
        opens = 0  # (an item opens before it: no lead)
    if not lines or not ITEM_PREFIX_RE.match(lines[opens].text) and split_item_number(lines[opens].text)[0] is None:
        return False  # its first line opens no item: no numbered list
    items, lead = _numbered(tuple(lines[opens:]))
    return not lead and len(items) == 1 and items[0].number is not None and items[0].number[-1] == 1


# a token OCR made of a lost item number where an item opens a line ("as ครูผู้สอน...", "ee ได้เผยแพร่...",
# "๒,. ผู้เรียน..."): up to three characters, no Thai letter, then a space and a Thai letter
_LOST_NUMBER_TOKEN_RE = regex.compile(r"^[^\s\u0e01-\u0e4e]{1,3}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _short_tail(piece: list[Line]) -> bool:
    """Whether a piece of an item's lines is one line of fewer than PARAGRAPH_LETTERS letters (a wrapped word)."""
    return len(piece) == 1 and sum(map(str.isalpha, piece[0].text)) < PARAGRAPH_LETTERS


def _opens_unwrapped(line: Line, wraps: Any) -> bool:
    """Whether `line` opens where the page did not wrap the line before
    (parsers.wraps.PageWraps: that line stopped short of the margin and
    this one's first word would have fit on it, or it ran well past the
    margin): an item's first line, in a list whose numbers OCR lost."""
    return line.no not in wraps.wrapped or line.no in wraps.past


def _without_lost_number(line: Line) -> Line:
    """`line` without the token OCR made of its lost item number, if it opens with one (_LOST_NUMBER_TOKEN_RE)."""
    token = _LOST_NUMBER_TOKEN_RE.match(line.text)
    return Line(line.no, line.text[token.end():]) if token else line


def _goes_on(piece: list[Line]) -> bool:
    """Whether a piece of an item's lines ends with a word no text ends with
    (normalizers.words.open_end: "... และพัฒนาคุณภาพงานให้", the specks of
    a lost number's line after it aside): its item goes on into the next
    line, which opens no item however short the line before stopped."""
    words = [ln for ln in piece if THAI_LETTER_RE.search(ln.text)]
    return bool(words) and open_end(words[-1].text) is not None


def lone_first_cut(lines: list[Line], wraps: Any) -> list[tuple[str, int, int]] | None:
    """The items of a list that holds item 1 alone with no lead (lone_first:
    the form prints a list of one item without a number, so this one is
    two items or more whose numbers after the first OCR lost, their texts
    run into item 1's), cut where a line opens that the page did not wrap
    (parsers.wraps.PageWraps: the line before stops short of the margin and
    the next line's first word would have fit on it, or the line before
    ran well past the margin): "๑. ผู้เข้าร่วมโครงการ..." / "สามารถนำ...การศึกษา"
    / "ข้าราชการครู..." (the third line opens after a short one), but not
    after a piece that ends with a word no text ends with (_goes_on: "...
    พัฒนาคุณภาพงานให้" / "มีประสิทธิภาพ...": the item goes on). A piece's
    first token OCR made of its lost number (no Thai letter: "as", "๒,.") is
    left out. None where no line opens so, where a piece holds fewer than
    PARAGRAPH_LETTERS letters (a word OCR parted, no item), or where no page
    wrapped the text (wraps.unwrapped: its widths tell nothing)."""
    lines = [ln for ln in lines if not NONE_RE.match(ln.text)]
    if wraps is None or wraps.unwrapped or len(lines) < 2:
        return None
    number, rest = split_item_number(lines[0].text)
    if number is None:
        prefix = ITEM_PREFIX_RE.match(lines[0].text)
        if prefix is None:
            return None  # (a lead before item 1: not this list)
        rest = lines[0].text[prefix.end():]
    pieces: list[list[Line]] = [[Line(lines[0].no, rest)] if rest.strip() else []]
    for ln in lines[1:]:
        if pieces[-1] and _opens_unwrapped(ln, wraps) and not _goes_on(pieces[-1]):
            pieces.append([_without_lost_number(ln)])
        else:
            pieces[-1].append(ln)
    if len(pieces) < 2 or any(sum(map(str.isalpha, span_text(p))) < PARAGRAPH_LETTERS for p in pieces):
        return None
    pieces[0] = [Line(lines[0].no, pieces[0][0].text), *pieces[0][1:]]  # (item 1 from its number's line)
    return [(clean_value(span_text(p)), p[0].no, p[-1].no) for p in pieces]


def split_aspects(aspect: str | None, lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """A paragraph "เชิงปริมาณ ... เชิงคุณภาพ ..." is two aspects."""
    out: list[tuple[str | None, list[Line]]] = [(aspect, [])]
    for ln in lines:
        parts = _ASPECT_SPLIT_RE.split(ln.text)
        for j, part in enumerate(parts):
            found = match_marker(part)
            if found and found[0].key in ASPECTS and (j > 0 or not out[-1][1]):
                out.append((ASPECTS[found[0].key], [Line(ln.no, found[1])] if found[1] else []))
            else:
                out[-1][1].append(Line(ln.no, part))
    return [(a, ls) for a, ls in out if ls]


ASPECTS = {"aspect_quantity": "quantity", "aspect_quality": "quality"}
# "เชิงปริมาณ ... เชิงคุณภาพ ..." in one paragraph: where the second aspect starts
_ASPECT_SPLIT_RE = regex.compile(rf"\s(?=(?:{mark_tolerant('เชิงปริมาณ')}|{mark_tolerant('เชิงคุณภาพ')})\s)")


# an item number alone on its line as OCR read a column of them (see _MARK_ALONE_RE), its mark read as a colon too
# ("1:" for "1."): no Thai letter, one or two characters and the mark
_COLUMN_TOKEN_RE = regex.compile(_NUMBER_ALONE + r"[.):]$")


def past_lead_cut(lines: list[Line], item: tuple[str, int, int], wraps: Any) -> list[tuple[str, int, int]] | None:
    """The items of an item that runs on past a lead's closing words at a
    line's end (items_past_lead: "... โดยกำหนดการดำเนินงานดังนี้" / "ได้ดำเนินการ
    นิเทศ ..." / "ได้เผยแพร่ ..."; the form prints the lead as an item and its
    list's items after it, their numbers lost to OCR): the lead, then the
    text after it cut where a line opens that the page did not wrap (as
    lone_first_cut cuts: parsers.wraps.PageWraps; not after a piece that
    ends with a word no text ends with, _goes_on), a piece's first token OCR
    made of its lost number (no Thai letter) left out.  Where the list's
    numbers stand in a column of their own right after the lead, garbled
    ("9." / "la." / "๓.", "1:" / "2."; _COLUMN_TOKEN_RE), they are left out
    and count the items (or the column's last, read as a higher number, its
    first ones lost); where the widths cut other than that many, the count
    decides only where as many lines follow a line short of the margin as
    items after the first, and no line of the texts lacks a Thai letter.
    None where the lead's words end no line (running text: its lines'
    widths tell nothing of where an item opens), where a piece holds fewer
    than PARAGRAPH_LETTERS letters, where no page wrapped the text, or
    where a column's count and the widths disagree."""
    text, a, b = item
    if wraps is None or wraps.unwrapped or (m := _LEAD_CLOSE_RE.search(text)) is None:
        return None
    span = [ln for ln in lines if a <= ln.no <= b and not NONE_RE.match(ln.text)]
    ends = next((k for k, ln in enumerate(span) if _INTRODUCES_RE.search(ln.text.rstrip())), None)
    if ends is None or ends == len(span) - 1 or _LEAD_CLOSE_RE.search(span_text(span[:ends + 1])):
        return None  # (the lead's words end no line, or end one with text after them on it)
    after = span[ends + 1:]
    column = 0  # the list's numbers OCR read as a column of their own right after the lead ("9." / "la.", "1:" / "2.")
    while column < len(after) and _COLUMN_TOKEN_RE.match(after[column].text.strip()):
        column += 1
    count = column  # the list's items, as the column counts them
    if column:
        # the column's last number, where it reads as digits past the column's count: the numbers before it lost
        # ("1:" left out as debris over "2." / "3."), it counts the items; one number alone counts them only so
        last = _COLUMN_TOKEN_RE.match(after[column - 1].text.strip()).group(1)
        printed = int(thai_digits_to_arabic(last)) if _DIGITS_ONLY_RE.fullmatch(last) else 0
        if column < printed <= 9:
            count = printed
        elif column == 1:
            return None  # one number alone that counts nothing: no column to count by
    after = after[column:]
    pieces: list[list[Line]] = [[]]
    for ln in after:
        if pieces[-1] and _opens_unwrapped(ln, wraps) and not _goes_on(pieces[-1]):
            pieces.append([_without_lost_number(ln)])
        else:
            pieces[-1].append(ln if pieces[-1] else _without_lost_number(ln))
    if count and len(pieces) != count:
        # the count decides: the lines that may open an item, those after a line that stopped short of the margin
        # (one after a line running to it goes on: the surest sign of a wrap, even where as many lines stand as
        # items: the next item's text may stand past a page break), as many as the items after the first, each
        # opens one
        if any(not THAI_LETTER_RE.search(ln.text) for ln in after):
            return None  # a line of no Thai letter among the texts (a page number, specks): the count tells nothing
        opens = [k for k in range(1, len(after)) if after[k].no not in wraps.at_margin or after[k].no in wraps.past]
        if len(opens) != count - 1:
            return None  # the column's count and the widths disagree: no telling which text is which item's
        pieces = [[_without_lost_number(ln) if j == 0 else ln for j, ln in enumerate(after[start:stop])]
                  for start, stop in zip([0, *opens], [*opens, len(after)])]
    if not count:
        # a piece of one line too short to be a text (fewer than PARAGRAPH_LETTERS letters: "โรงเรียน" under
        # "... จำนวน 46") after a piece is that piece's wrapped end, the widths misjudged short of the margin
        pieces = [p for k, p in enumerate(pieces) if not (k and _short_tail(p) and not pieces[k - 1].extend(p))]
    if any(sum(map(str.isalpha, span_text(p))) < PARAGRAPH_LETTERS for p in pieces):
        return None
    lead = text[:m.end()].rstrip()
    return [(lead, a, span[ends].no)] + [(clean_value(span_text(p)), p[0].no, p[-1].no) for p in pieces]


def known_shifted(lines: list[Line], items: list[tuple[str, int, int]], own: frozenset[str],
                  known: frozenset[str]) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The items, each two in a row cut at the wrong line set right where
    the report's items known whole decide it (not both of them printed
    elsewhere as read, `own` | `known`, item_key: the list's own reading is
    among the known items where nothing else put it in doubt, and a text
    too short for an item, "มีประสิทธิภาพ", is none): where the first
    (`X`, over two lines or more) is an item of the list's own kind the
    report prints whole elsewhere (`own`; or such an item but for its
    first letters, _known_piece) and then the opening lines of the next,
    and those lines with the next item's text (`Y`) are an item of `own`
    too ("๑) โรงเรียน...ครบทุกห้อง" / "สพป.X ได้บุคลากร...ความสามารถ" /
    "๒)" / "มาปฏิบัติงาน...ตรวจสอบได้": OCR set the next item's number
    below its first line, or its gaps inside the items, and the list was
    cut at the gaps), those lines go to the next item; and where, the
    other way round, the first with the next item's opening lines is an
    item of `own`, the rest of the next one being an item of `own` as well
    (its closing lines read as the next item's opening), they go to the
    first.  The count of items is kept: only where one item ends moves.
    The items, and the first lines of the items whose opening so moved
    (said by the caller: which text is which item's is the document's
    reading, not the page's).  A pair that more than one line so cuts is
    left as read."""
    printed = own | known
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    out = list(items)
    moved: list[int] = []
    k = 0
    while k + 1 < len(out):
        (text, a, b), (after, a2, b2) = out[k], out[k + 1]
        found = []
        if item_key(text) is not None and not (item_key(text) in printed and item_key(after) in printed):
            span = [ln for ln in texts if a <= ln.no <= b]
            for j in range(1, len(span)):  # (the first item's closing lines: the next item's opening)
                tail = clean_value(span_text(span[j:]))
                head = text[:len(text) - len(tail)].rstrip()
                if text.endswith(tail) and _known_whole(item_key(head), own) \
                        and item_key(joined := clean_value(f"{tail} {after}")) in own:
                    found.append([(head, a, span[j - 1].no), (joined, span[j].no, b2)])
            span2 = [ln for ln in texts if a2 <= ln.no <= b2]
            for j in range(1, len(span2)):  # (the next item's opening lines: the first item's close)
                rest = clean_value(span_text(span2[j:]))
                opening = after[:len(after) - len(rest)].rstrip()
                if after.endswith(rest) and opening and item_key(rest) in own \
                        and item_key(joined := clean_value(f"{text} {opening}")) in own:
                    found.append([(joined, a, span2[j - 1].no), (rest, span2[j].no, b2)])
        if len(found) == 1:
            out[k:k + 2] = found[0]
            moved.append(found[0][1][1])
            k += 2
        else:
            k += 1
    return out, moved


def _known_whole(key: str | None, own: frozenset[str]) -> bool:
    """Whether an item's key is one of `own`, or one of them but for its first letters (_known_piece)."""
    return key is not None and (key in own or _known_piece(key, own))


NEAR_EDITS = 1  # letters (item_key's) a known item OCR damaged differs by from its key, at least ...
NEAR_PER = 30  # ... and one more for each so many letters it holds


def _near(key: str, whole: str) -> bool:
    """Whether `key` is `whole` but for a letter or two (NEAR_EDITS, one more for each NEAR_PER letters)."""
    edits = NEAR_EDITS + len(whole) // NEAR_PER
    return abs(len(key) - len(whole)) <= edits and Levenshtein.distance(key, whole, score_cutoff=edits) <= edits


def _known_as(key: str | None, own: frozenset[str]) -> tuple[str, str] | None:
    """How a text (its item_key) is an item of `own`, as (how, the item's key): "whole", "piece"
    (_known_piece: its first letters lost), "opening" (a proper prefix of one, PARAGRAPH_LETTERS letters or
    more: its close lost), "close" (a proper suffix of one, as long: its opening lost) or "near" (_near: OCR
    damaged a letter or two); None where it is none of them, or more than one item so fits it."""
    if key is None:
        return None
    if key in own:
        return "whole", key
    for how, fits in (("piece", lambda whole: _known_piece(key, frozenset({whole}))),
                      ("opening", lambda whole: whole != key and whole.startswith(key)),
                      ("close", lambda whole: whole != key and whole.endswith(key)),
                      ("near", lambda whole: _near(key, whole))):
        hits = [whole for whole in own if fits(whole)]
        if len(hits) == 1:
            return how, hits[0]
        if hits:
            return None
    return None


def known_parts_cut(lines: list[Line], items: list[tuple[str, int, int]], own: frozenset[str],
                    known: frozenset[str]) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The items, each that is two items of the list's own kind the report
    prints whole elsewhere (`own`, item_key) one after the other, cut
    where the second opens at a line's start, each known whole or as the
    report's damage leaves it: the first whole, its first letters lost
    (_known_piece) or a letter or two off (_near), the second whole, its
    first letters lost, or the opening or the close of such an item
    ("เรียนได้รับการพัฒนา...ที่ ๒๑" / (gap) / "และพัฒนาคุณภาพงานให้มี
    ประสิทธิภาพมากยิ่งขึ้น", item 1's first word lost, item 2's number and
    first line: fresh set s74a, obec_progress_s74a004; "สพป.X ได้บุคลากร
    ...ตรวจสอบได้" / "ผู้เข้าร่วมโครงการ...มากขึ้นไป", s72a's 001): OCR lost
    the second item's number.
    One of the two must be known whole, or a gap (a blank line, debris)
    stand before the second; the item's own text must be printed nowhere
    (`own` | `known`) nor be such an item a letter or two off, or its
    opening or close; the second, where it is a known item's close, must
    not go on from the first (the known item's words before it are not the
    first's), and where it is a known item's opening, the next item must
    not be its close (the list cut there instead: known_shifted); and
    exactly one line must so cut it.  No item is cut in a list that holds
    an item too short for one (item_key None: OCR's debris, "๐๑๐.", or a
    piece of a line read as an item), where which place each item takes
    is not known (the rows a cut makes would stand one off).  The items,
    and the lines where they were cut (said by the caller)."""
    if any(item_key(text) is None for text, _, _ in items):
        return list(items), []  # (a piece read as an item: which place each item takes is not known)
    texts = [ln for ln in lines if not NONE_RE.match(ln.text)]
    printed = own | known
    out: list[tuple[str, int, int]] = []
    cut: list[int] = []
    for at, (text, a, b) in enumerate(items):
        span = [ln for ln in texts if a <= ln.no <= b]
        key = item_key(text)
        if len(span) < 2 or key is None or key in printed or _known_as(key, own) is not None:
            out.append((text, a, b))
            continue
        found = []
        for k in range(1, len(span)):
            tail = clean_value(span_text(span[k:]))
            if not text.endswith(tail):
                continue
            head = text[:len(text) - len(tail)].rstrip()
            first, second = _known_as(item_key(head), own), _known_as(item_key(tail), own)
            if first is None or second is None or first[0] not in ("whole", "piece", "near") \
                    or second[0] == "near":
                continue
            if "whole" not in (first[0], second[0]) and span[k].no <= span[k - 1].no + 1:
                continue
            before = second[1][:len(second[1]) - len(item_key(tail))]  # (the known item's words before its close)
            if second[0] == "close" and _close_goes_on(item_key(head), before):
                continue
            if second[0] == "opening" and at + 1 < len(items) \
                    and _known_near(item_key(clean_value(f"{tail} {items[at + 1][0]}")), own):
                continue  # (the next item is its close: the list was cut there instead, known_shifted's to move)
            found.append([(head, a, span[k - 1].no), (tail, span[k].no, b)])
        if len(found) == 1:
            out += found[0]
            cut.append(found[0][1][1])
        else:
            out.append((text, a, b))
    return out, cut


def _known_near(key: str | None, own: frozenset[str]) -> bool:
    """Whether an item's key is one of `own`, or one of them a letter or two off (_near)."""
    return key is not None and (key in own or any(_near(key, whole) for whole in own))


def _close_goes_on(head: str, before: str) -> bool:
    """Whether a text (`head`, item_key) ends as `before` (a known item's words before its close) does, a letter
    or two off: the close goes on from it, one item."""
    n = min(len(head), len(before))
    return n > 0 and _near(head[-n:], before[-n:])
