"""Lists as forms print them: numbered ("1 ", "๑.", "๒.๑", "1)", "(๓)"),
bulleted ("-", "•"), or one item per line or paragraph with no mark at all;
an item may wrap over lines, and a whole list may stand on one line (a form
printed without line breaks).

`numbered_items` groups lines into items by what opens an item: a number
that continues the list's sequence, a bullet, or (for lists printed without
either) a line the caller's `opens` test accepts ("เพื่อ..." opens an
objective).  A figure at a line's start that does not continue the sequence
("50 สำนักงานเขต") stays in the item above.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from normalizers.confusions import LOOKALIKES, could_be
from normalizers.furniture import is_specks
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, mark_tolerant, standard_re
from normalizers.words import known_word
from parsers.wraps import ENDED_SHARE, text_width
from schemas.document import Issue, Line

# An item number at a line start: "1", "1.", "๑.", "๒.๑", "(๑)", "1)", "๓.๑.๒"; "1," too, its dot OCR read as a
# comma (never a figure's: no digit after it). Captures the dotted number without brackets; the item text follows.
ITEM_NUMBER_RE = standard_re(r"^\(?\s*((?:[\d๐-๙]{1,2}\s*\.\s*)*[\d๐-๙]{1,2})\s*(?:\)|[.,](?![\d๐-๙])|(?=\s)|$)\s*")
# The same inside a line, after white space: where an inline list may continue.
# At a line's end too: "... ศูนย์วิชาการเขต ๓." / "เพื่ออำนวย..." (a wrapped one-line form).
_INLINE_NUMBER_RE = regex.compile(r"(?<=\s)\(?((?:[\d๐-๙]{1,2}\.)*[\d๐-๙]{1,2})(?:\)|\.(?!\d))(?:\s|$)")
_INLINE_BULLET_RE = regex.compile(r"(?<=\s)[-–•]\s+(?=\S)")
# A bare number inside a line ("... ยั่งยืน 2 เพื่ออำนวย..."): cuts only before text that opens an item.
_INLINE_BARE_RE = regex.compile(r"(?<=\s)([\d๐-๙]{1,2})\s+(?=\S)")
_DOT_RE = regex.compile(r"\s*\.\s*")
# a lead that introduces a list ("... ดังนี้", "...:"): no item of its own
INTRODUCES_RE = regex.compile(rf"(?:{mark_tolerant('ดังนี้')}|{mark_tolerant('ดังนี')}|:)\s*$")
_CLOSED_NUMBER_RE = regex.compile(r"^\(?\s*[\d๐-๙]{1,2}\s*[.)](?!\d)")  # "2." / "(2)" / "๒)": a list number, closed
# a bare number set apart from its text by a gap wider than a word's (a cell's tab, "2\tนักเรียน..."): a list's number
_SET_APART_NUMBER_RE = regex.compile(r"^[\d๐-๙]{1,2}(?:\t|\s{3,})\s*(?=\S)")
THAI_OPENING_RE = regex.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")  # a consonant or a leading vowel
_FIGURE_BEFORE_RE = regex.compile(r"[\d๐-๙]\s*$")
_LEADING_BULLET_RE = regex.compile(r"^\s*[-–•]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")  # "- ข้าราชการ...": a bullet the clean-up left
# A Thai word: a consonant or leading vowel and two more Thai characters (OCR debris has none).
THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{2}")
THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e]")  # a Thai consonant
# Three Thai letters, vowels or marks in a row: a cell or line without such a run is a chart mark, a figure
# or an OCR speck.
THAI_RUN_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{3}")
THAI_CHARS_RE = regex.compile(r"[\u0e01-\u0e4e]+")  # a run of Thai characters, letters and marks


@lru_cache(maxsize=32768)  # a line is asked again by rule after rule
def split_item_number(text: str) -> tuple[tuple[int, ...] | None, str]:
    """(number parts, rest) for "๒.๑ เพื่อ..." -> ((2, 1), "เพื่อ..."); (None, text) if unnumbered."""
    match = ITEM_NUMBER_RE.match(text)
    if not match:
        return None, text
    parts = tuple(int(p) for p in _DOT_RE.split(thai_digits_to_arabic(match.group(1))))
    return parts, text[match.end():]


def printed_number(text: str) -> str | None:
    """The last part of a line's item number as printed ("๒" of "๓.๒"), for
    weighing it against the number expected (normalizers.confusions)."""
    match = ITEM_NUMBER_RE.match(text)
    return _DOT_RE.split(match.group(1))[-1] if match else None


@dataclass(slots=True)
class Item:
    number: tuple[int, ...] | None
    text: str
    line_start: int
    line_end: int
    # the number as printed, when it was read as the sequence's next one instead ("๕" after item 3)
    printed_number: tuple[int, ...] | None = None
    # text came to this item past a gap of lines or OCR debris (where an item whose number and
    # opening words OCR lost would stand)
    gapped: bool = False
    # the lines text came to this item on past a gap of one line (a blank one: a paragraph's end, where a
    # page break's gap is wider, the page's furniture and gap taken out), each the first after its gap
    gap_lines: list[int] = field(default_factory=list)
    # opened by its words with no bullet in a bulleted list, right under the line before (see numbered_items):
    # a bullet OCR lost, or the page's wrap of the item before
    unbulleted: bool = False
    # opened so past a blank line, in a bulleted list whose items' texts go on past blank lines too (an item
    # wraps past one): the blank line tells no item from a wrap (see numbered_items)
    unbulleted_gap: bool = False
    # opened so past a blank line, right under a line that ran to the list's width (ENDED_SHARE), in a bulleted list
    # whose bullets each stand right under the line before (no blank line parts its items): the page's wrap of the
    # item before, OCR having set a blank line in it, or an item whose bullet OCR lost (see numbered_items)
    unbulleted_wide: bool = False
    # opened by its words, or behind a token OCR made of its number, past a gap of lines or debris in a numbered
    # list: numbered by the sequence, its number lost to OCR, or the page's wrap of the item before (see
    # numbered_items)
    unnumbered: bool = False
    # opened by its words in a list of no bullets nor numbers, right under a line of the item before that ran to
    # the page's margin (`margin` of numbered_items): its own item, or the page's wrap of the item before
    wrapped_opener: bool = False
    # opened by its words behind a bullet's mark (or a look-alike of one OCR made of its number: "= เพื่อ...")
    # in a numbered list that carries no other bullet: numbered by the sequence (see numbered_items)
    marked_for_number: bool = False
    # the list's first numbered item, under text opened by its words with no number that was read as the lead (see
    # numbered_items): that text is the lead, or this item's own that OCR set apart from its number
    words_before: bool = False
    # the lines of this item's text behind a bullet whose words open no item, in a bulleted list whose every other
    # bullet opens with the list's opening words (see numbered_items): read as this item's wrap, or an item
    bullet_wraps: list[int] = field(default_factory=list)
    # opened by a line whose first character is a vowel or tone mark no Thai word opens with (OCR lost the letters
    # before it: "ัฒนาผู้เรียน..." for "เพื่อพัฒนาผู้เรียน..."), in a list whose items open by their words (see
    # numbered_items): an item whose opening words OCR lost, or the wrap of the item before
    mark_first: bool = False
    # opened by its words with no number after the list's last number, right under a line of the item before that
    # ended short of the list's width (ENDED_SHARE) where that item's lines above it ran to the width, in a numbered
    # list whose items open by those words: numbered by the sequence, its number lost to OCR, or a sentence of the
    # item before that opens with the list's words (see numbered_items, _ended_after_wraps)
    ended_above: bool = False


def follows(prev: tuple[int, ...] | None, number: tuple[int, ...], printed: str | None = None) -> bool:
    """True if `number` is the next item after `prev`, allowing its last
    part, as `printed`, to be a misread of the next number (๔ read as ๕)."""
    if prev is None:
        return number[-1] in (1, 0)
    # the prefix of "๙.2" is the list's section number, printed on every item:
    # a misread prefix digit ("๓.2") does not stop the sequence
    if len(prev) != len(number):
        return False
    expected = prev[-1] + 1
    return number[-1] == expected or could_be(printed if printed is not None else str(number[-1]), str(expected))


def explode_inline(lines: list[Line], opens: Callable[[str], bool] | None = None) -> list[Line]:
    """Lines cut where an inline list continues: "๑. ก ๒. ข ๓. ค" on one line
    is three lines (same line number).  A number cuts only where it continues
    the sequence of the number before it; a bullet only before text that
    `opens` an item."""
    out: list[Line] = []
    prev: tuple[int, ...] | None = None
    prev_mark: str | None = None  # the list's closing mark ("." or ")"): a number closed otherwise is a sub-list's
    for ln in lines:
        if opens is not None and not ln.bullet and (lb := _LEADING_BULLET_RE.match(ln.text)) is not None \
                and opens(ln.text[lb.end():]):
            # a bullet the clean-up left before words that open an item (a line that was no line's start: the rest
            # of a heading's line, "1.4 วัตถุประสงค์ของโครงการ - เพื่อส่งเสริม..."): the item's bullet (before, the
            # item was left as text before the list, read as no item, and every item after it one place early,
            # the last lost: fresh set s76b, bma_progress_s76b004)
            ln = Line(ln.no, ln.text[lb.end():], ln.kind, True, ln.indent, ln.cols)
        number, _ = split_item_number(ln.text)
        if number is not None and follows(prev, number):
            prev, prev_mark = number, _closing_mark(ITEM_NUMBER_RE.match(ln.text).group(0))
        cuts: list[int] = []
        renumbered: dict[int, tuple[int, str]] = {}  # cut -> (where its damaged number ends, the number)
        if prev is None and len(ln.text) > 20:
            # a list that starts inside the line: a run "1. ... 2. ..." in order
            marks = [(m, tuple(int(p) for p in thai_digits_to_arabic(m.group(1)).split(".")))
                     for m in _INLINE_NUMBER_RE.finditer(ln.text)]
            for i, (m, parts) in enumerate(marks):
                if parts[-1] == 1 and any(q[:-1] == parts[:-1] and q[-1] == 2 for _, q in marks[i + 1:]):
                    cuts.append(m.start())
                    prev, prev_mark = parts, _closing_mark(m.group(0))
                    break
        if prev is not None and len(ln.text) > 20:
            start = cuts[0] + 1 if cuts else 0
            for m in _inline_marks(ln.text, start, opens is not None):
                if not _DIGITS_RE.fullmatch(m.group(1).replace(".", "")):
                    # a number OCR read as look-alikes ("lo," for ๒, one glyph as two), before words that open an
                    # item: the next one
                    token = m.group(1)
                    if len(prev) == 1 and opens(ln.text[m.end():]) and (
                            could_be(token, str(prev[-1] + 1)) or all(c in LOOKALIKES for c in token)):
                        cuts.append(m.start())
                        prev = (prev[-1] + 1,)
                        renumbered[m.start()] = (m.end(), f"{prev[0]}. ")  # the piece opens with its number
                    continue
                parts = tuple(int(p) for p in thai_digits_to_arabic(m.group(1)).split("."))
                if len(parts) != len(prev) or parts[:-1] != prev[:-1]:
                    continue
                if prev_mark is not None and _closing_mark(m.group(0)) != prev_mark:
                    continue  # "๑. ... ประกอบด้วย ๑) ... ๒) ...": a list inside an item of a list closed by "."
                # the next number, or one OCR misread from it ("๕." for ๔) before words that open an item
                misread = (opens is not None and parts[-1] != prev[-1] + 1 and m.end() < len(ln.text)
                           and could_be(m.group(1).split(".")[-1], str(prev[-1] + 1)) and opens(ln.text[m.end():]))
                if parts[-1] == prev[-1] + 1 or misread:
                    cuts.append(m.start() - (1 if ln.text[m.start() - 1:m.start()] == "(" else 0))
                    prev = parts[:-1] + (prev[-1] + 1,)
        if opens is not None and len(ln.text) > 20:
            for m in _INLINE_BULLET_RE.finditer(ln.text):
                if opens(ln.text[m.end():]):
                    cuts.append(m.start())
            if prev is not None:  # a numbered list with the dots lost: "1 เพื่อ ... 2 เพื่อ ..."
                for m in _INLINE_BARE_RE.finditer(ln.text, cuts[-1] + 1 if cuts else 0):
                    number = (int(thai_digits_to_arabic(m.group(1))),)
                    if len(prev) == 1 and number[0] == prev[0] + 1 and opens(ln.text[m.end():]):
                        cuts.append(m.start())
                        prev = number
                    elif len(prev) == 2 and thai_digits_to_arabic(m.group(1)) == f"{prev[0]}{prev[1] + 1}" \
                            and opens(ln.text[m.end():]):
                        # a sub-number whose dot OCR lost, in a run of them ("... ประสิทธิภาพ ๒๒ เพื่อให้ครู..." after
                        # ๒.๑: before, no cut, and the objectives after the first ran into it: fresh set s94o,
                        # bma_progress_s94o004)
                        cuts.append(m.start())
                        prev = (prev[0], prev[1] + 1)
                        renumbered[m.start()] = (m.end(), f"{prev[0]}.{prev[1]} ")
        # a bulleted list printed on one line ("- ก ... - ข ...", a form printed as running text) that
        # nothing else cuts: the line opens with a bullet the clean-up left (it was no line's start), so
        # the same bullet standing alone between words goes on with the list, before Thai words and
        # after none of a range's figures ("ปี 2565 - 2566" is no item)
        led = (opens is None and not cuts and prev is None and not ln.bullet and len(ln.text) > 20
               and _LEADING_BULLET_RE.match(ln.text) is not None)
        if led:
            for m in _INLINE_BULLET_RE.finditer(ln.text):
                if THAI_OPENING_RE.match(ln.text, m.end()) and not _FIGURE_BEFORE_RE.search(ln.text, 0, m.start()):
                    cuts.append(m.start())
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *sorted(set(cuts)), len(ln.text)]
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = ln.text[a:b].strip() if a not in renumbered else \
                renumbered[a][1] + ln.text[renumbered[a][0]:b].strip()
            bullet = (ln.bullet or led) if i == 0 else piece[:1] in "-–•"  # (led: the first bullet, left on)
            if piece:
                out.append(Line(ln.no, piece.lstrip("-–• ") if bullet and (i or led) else piece, ln.kind, bullet))
    return out


_OPENER_INSIDE_RE = regex.compile(r"(?<=\s)(?=\S)")


def _closing_mark(number: str) -> str | None:
    """The mark that closes a list number as printed ("๑." -> ".", "(๒)" or "2)" -> ")"), None for a bare one."""
    body = number.strip()
    return ")" if body.endswith(")") else "." if body.endswith(".") else None


# an item number inside a line that OCR read as look-alikes, with its closing mark ("lo,", "@.", "o)"): no
# Thai letter, no digit only (those are _INLINE_NUMBER_RE's), at most three characters
_INLINE_DAMAGED_RE = regex.compile(r"(?<=\s)\(?([^\s.,:;()\u0e01-\u0e4f]{1,3})[.,)](?:\s|$)")
_DIGITS_RE = regex.compile(r"[\d๐-๙]+")


def _inline_marks(text: str, start: int, damaged: bool) -> list[regex.Match]:
    """The item numbers inside a line from `start` (_INLINE_NUMBER_RE), and
    with `damaged` the look-alike ones too (_INLINE_DAMAGED_RE), in order."""
    found = list(_INLINE_NUMBER_RE.finditer(text, start))
    if damaged:
        found += [m for m in _INLINE_DAMAGED_RE.finditer(text, start)
                  if not _DIGITS_RE.fullmatch(m.group(1)) and _damaged_token(m.group(1))]
    return sorted(found, key=lambda m: m.start())


# A list bullet OCR read as another mark ("-" as "=", "~", "+", "«", ":", ";", ".", "°"), which the clean-up does not take
# for a bullet, or as one accented Latin letter ("é": no Thai text's opening, nor a list's letter, which is Thai or
# plain Latin; before, the item ran into the one above: fresh set s63o, bma_proposal_s63o002)
_BULLET_LOOKALIKE_RE = regex.compile(r"^\s*[=~_+«»·*—–:;.°ºÀ-ÖØ-öø-ÿ]\s+")


# A bullet's dash glued to the item's opening word, after a speck of punctuation OCR read before it or not
# (": -เพื่ออำนวยความสะดวก...": fresh set s140p, bma_progress_s140p001, whose third objective ran into the second,
# silently); taken only before what opens an item (bullet_lookalikes' `opens`)
_GLUED_DASH_RE = regex.compile(r"^\s*(?:[=~_+«»·*:;.,'`°º]\s*)?[-–](?=\S)")


# ... or a bullet OCR read as two marks, the second glued to the item's opening word (". .เพื่อให้ครูผู้สอน...":
# fresh set s154o, bma_proposal_s154o005, whose second objective ran into the first, its last row lost silently);
# taken only before what opens an item, as the glued dash
_TWO_MARKS_RE = regex.compile(r"^\s*[=~_+«»·*:;.,°º]\s*[.·°:;,]\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# The bullet look-alikes no text opens a line with ("°", "»", "«", "·"): a bullet before any Thai word
_STRONG_BULLET_RE = regex.compile(r"^\s*[°º»«·]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def bullet_lookalikes(lines: list[Line], opens: Callable[[str], bool] | None, letters: bool = True) -> list[Line]:
    """An item whose bullet OCR misread ("= เพื่อส่งเสริม...", "+ เพื่อ..."):
    the mark is its bullet when what opens an item (`opens`: an objective's
    "เพื่อ") follows it, so the item opens there and does not run on into
    the one above.  A list with no opening word to go by (`opens` None:
    benefits) takes only the marks no text opens a line with
    (_STRONG_BULLET_RE), before a Thai word."""
    out = []
    for ln in lines:
        m = (_BULLET_LOOKALIKE_RE if opens is not None else _STRONG_BULLET_RE).match(ln.text)
        if opens is not None and not ln.bullet and (glued := _GLUED_DASH_RE.match(ln.text)
                                                    or _TWO_MARKS_RE.match(ln.text)) is not None \
                and opens(ln.text[glued.end():]) and (m is None or not opens(ln.text[m.end():])):
            m = glued  # (a dash glued to the item's opening word, a speck before it maybe: ": -เพื่ออำนวย...")
        if m is not None and (opens is None or opens(ln.text[m.end():])
                              or _STRONG_BULLET_RE.match(ln.text) is not None):
            # a mark no text opens a line with is a bullet though OCR damaged the opening word after it
            # ("° เพ อคัดสรร...": "เพื่อ" with its vowel lost)
            ln = Line(ln.no, ln.text[m.end():], ln.kind, True, ln.indent, ln.cols)
        out.append(ln)
    if opens is None:
        return out
    # a bullet OCR read as a look-alike of a digit ("© เพื่อ...", "@ เพื่อ..."): a bullet only in a bulleted list
    # (two lines bulleted at least, none opening with an item number), where it can be no damaged number
    # likewise a bullet OCR read as a speck of one character that is no letter nor digit ("‘ เพื่อพัฒนา...", among
    # items read with "·" and "."): before, the item ran into the one above (fresh set s63z, bma_proposal_s63z002)
    # and, with `letters` (the list is no lettered one: a letter there out of its sequence opens nothing), a Thai
    # consonant alone (_LETTER_BULLET_RE)
    def mark(text: str) -> regex.Match | None:
        return _MARK_BULLET_RE.match(text) or (_LETTER_BULLET_RE.match(text) if letters else None)

    # (or one line bulleted, in a list of two: "- เพื่อส่งเสริม..." then "น เพื่อคัดสรร...", no look-alike of a digit
    # among the marks: before, the second item ran into the first, with no issue: fresh set s118o,
    # bma_proposal_s118o005)
    digit_marks = [k for k, ln in enumerate(out) if not ln.bullet and (m := mark(ln.text)) is not None
                   and opens(ln.text[m.end():])]
    bullets = sum(ln.bullet for ln in out)
    if digit_marks and (bullets >= 2 or bullets == 1 and not any(_DIGIT_LOOKALIKE_RE.match(out[k].text)
                                                                  for k in digit_marks)) \
            and all(ln.bullet or split_item_number(ln.text)[0] is None for ln in out):
        for k in digit_marks:
            ln = out[k]
            out[k] = Line(ln.no, ln.text[mark(ln.text).end():], ln.kind, True, ln.indent, ln.cols)
    return out


# A bullet OCR read as a symbol that is also a look-alike of a digit ("©" for ๓ or ๔, "@" for ๑ or ๗), alone, or as
# a speck: one character, alone, that is no letter, digit, mark or bracket ("‘", "“", "'")
# or a Thai vowel sign or mark alone, which no word opens with ("ะ เพื่อส่งเสริม...": fresh s88o005)
_DIGIT_LOOKALIKE_RE = regex.compile(r"^\s*[©@]")  # (of those, the look-alikes of a digit)
_MARK_BULLET_RE = regex.compile(r"^\s*(?:[©@]|[^\s\p{L}\p{N}\p{M}()\[\]{}<>©@]|[ะาำๆ\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\s+")
# or, in a list that is no lettered one, a Thai consonant alone that is no word of one letter (ณ, ธ are: "ณ
# โรงเรียน..." wraps a text), no dot after it: "อ ข้าราชการครู..." among bullets read as ๑ (fresh set s104p,
# bma_proposal_s104p002's benefits: the item ran into the one above, the list's last row lost with no issue)
_LETTER_BULLET_RE = regex.compile(r"^\s*(?![ณธ])[\u0e01-\u0e2e]\s+")


# A round bullet ("•") OCR read as the Thai digit one, with a dot or without ("๑. โรงเรียนมี...", "๑ ผู้ปกครอง...")
_ONE_AS_BULLET_RE = regex.compile(r"^\s*๑[.,]?\s+")


def bullet_ones(lines: list[Line], item_opens: Callable[[str], bool] | None) -> list[Line]:
    """A bulleted list some of whose round bullets ("•") OCR read as the
    Thai digit one ("๑. โรงเรียนมี..." / ". ข้าราชการครู..." / ". นักเรียน...":
    fresh sets pr/set1 s19pra002, ob3/set2 s19obb001, h s20h001): the "๑"
    made the list a numbered one whose number 2 never came, so every bullet
    after it ran on into item 1.  A line opening with "๑" and then what opens
    an item (`item_opens`: whom a benefit is for) is a bulleted line, where
    bulleted lines (the list's own, every one opening as an item does) and
    such ones are three or more, one of them at least bulleted, and no line
    opens with any other item number (a list numbered 1, 2, ... keeps its
    numbers)."""
    if item_opens is None:
        return lines
    bulleted = [ln for ln in lines if ln.bullet]
    ones = [k for k, ln in enumerate(lines) if not ln.bullet and (m := _ONE_AS_BULLET_RE.match(ln.text)) is not None
            and item_opens(ln.text[m.end():])]
    if not ones or not bulleted or len(bulleted) + len(ones) < 3 or not all(item_opens(ln.text) for ln in bulleted):
        return lines
    if any(split_item_number(ln.text)[0] not in (None, (1,)) for ln in lines if not ln.bullet):
        return lines
    out = list(lines)
    for k in ones:
        ln = lines[k]
        out[k] = Line(ln.no, ln.text[_ONE_AS_BULLET_RE.match(ln.text).end():], ln.kind, True, ln.indent, ln.cols)
    return out


# A bullet OCR misread standing inside a line, a token of its own ("... ชุมชน + เพื่อให้...", "... ได้ . เพื่อ..."):
# a list printed as running text (a form on one line), its bullets read as marks.
_BULLET_INSIDE_RE = regex.compile(r"(?<=\s)[=~+«»·*–\-.°º]\s+(?=\S)")


_BULLET_HEAD_RE = regex.compile(r"^[=~+«»·•*–\-.°º]\s+")
_BULLET_AT_END_RE = regex.compile(r"(?<=\S)\s+[=~+«»·*–\-.°º]\s*$")


def bullets_inside(lines: list[Line], opens: Callable[[str], bool] | None) -> list[Line]:
    """Lines cut before each bullet look-alike standing as a token of its own
    inside them (_BULLET_INSIDE_RE) where what opens an item (`opens`: an
    objective's "เพื่อ") follows it: a list printed as running text whose
    bullets OCR read as marks ("... ผู้ปกครอง และชุมชน + เพื่อให้ครูผู้สอน...
    ... ได้ . เพื่อส่งเสริม..."); each piece after a mark is a bulleted line (its
    line number kept).  A mark standing at a line's end is the bullet of the
    next line where that opens an item ("... ของนักเรียน ." / "เพื่อคัดสรร...").  Before, the items ran together into the one above
    (run_on counts openers, and found as many at the lines' starts)."""
    if opens is None:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        if out and out[-1].no == lines[k - 1].no and (end := _BULLET_AT_END_RE.search(out[-1].text)) is not None \
                and opens(ln.text) and not ln.bullet:
            # the mark the line above ends with is this line's bullet ("... ของนักเรียน ." / "เพื่อคัดสรร...")
            last = out[-1]
            out[-1] = Line(last.no, last.text[: end.start()].rstrip(), last.kind, last.bullet, last.indent, last.cols)
            ln = Line(ln.no, ln.text, ln.kind, True, ln.indent, ln.cols)
        if len(ln.text) < 20:
            out.append(ln)
            continue
        cuts = [m for m in _BULLET_INSIDE_RE.finditer(ln.text) if opens(ln.text[m.end():])]
        if not cuts:
            out.append(ln)
            continue
        head, bullet = ln.text[: cuts[0].start()].strip(), ln.bullet
        if (lead := _BULLET_HEAD_RE.match(head)) is not None and opens(head[lead.end():]):
            head, bullet = head[lead.end():], True  # the list's first mark, at the line's start ("- โรงเรียน...")
        if head:
            out.append(Line(ln.no, head, ln.kind, bullet, ln.indent, ln.cols))
        for m, nxt in zip(cuts, [*cuts[1:], None]):
            piece = ln.text[m.end(): nxt.start() if nxt is not None else len(ln.text)].strip()
            out.append(Line(ln.no, piece, ln.kind, True, ln.indent, ln.cols))
    return out


def run_on(lines: list[Line], opens: Callable[[str], bool] | None) -> list[Line]:
    """An unmarked list run together into one paragraph (a form printed on
    one line, or such a line wrapped): more items open inside its lines, after
    a space, than at their starts, and none is numbered or bulleted.  The
    lines are then cut before each opener (each piece keeps its line)."""
    if opens is None or not lines or any(ln.bullet or split_item_number(ln.text)[0] for ln in lines):
        return lines
    at_start = sum(1 for ln in lines if opens(ln.text))
    inside = [[m.start() for m in _OPENER_INSIDE_RE.finditer(ln.text)
               if opens(_GLUED_MARK_RE.sub("", ln.text[m.start():], count=1))] for ln in lines]
    if sum(map(len, inside)) <= at_start:
        return lines
    # an item's number standing before its opener ("...ศูนย์วิชาการเขต ๒. เพื่อติดตาม...": the list numbered inside
    # its lines, its first number lost to OCR): the cut stands before the number, which opens its item's piece
    # (before, it was left at the end of the item above as its text's last word, with no issue: fresh set s120p,
    # bma_progress_s120p010)
    inside = [[m.start(1) if (m := _NUMBER_BEFORE_RE.search(ln.text, 0, c)) else c for c in cuts]
              for ln, cuts in zip(lines, inside)]
    out: list[Line] = []
    for ln, cuts in zip(lines, inside):
        bounds = [0, *cuts, len(ln.text)]
        out.extend(Line(ln.no, _GLUED_MARK_RE.sub("", ln.text[a:b].strip(), count=1) if a else ln.text[a:b].strip(),
                        ln.kind) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip())
    return out


# an item's number, closed by a dot or a bracket, right before an opener inside a line (run_on)
_NUMBER_BEFORE_RE = regex.compile(r"(?:(?<=\s)|^)(\(?[\d๐-๙]{1,2}[.)])\s*$")
# a bullet OCR read as a stop glued to the opener it marks ("... มีประสิทธิภาพ .เพื่อติดตาม...": fresh set s96q;
# before, that objective ran into the one above)
_GLUED_MARK_RE = regex.compile(r"^[.·]\s*(?=[\u0e01-\u0e4e])")


def _lone_letters_spread(text: str) -> bool:
    """A row of OCR debris spread over the page with a column gap, every token of it one character ("1\t1\t1\tส":
    a line's marks read as digits and a letter apart): no word of an item, nor a count wrapped before its noun
    ("๑ คน", "๕ โรงเรียน" hold a word of two letters or more), nor a letter opening one ("ก. ...")."""
    tokens = text.split()
    return "\t" in text and len(tokens) >= 3 and all(len(t) == 1 for t in tokens)


def numbered_items(lines: list[Line], opens: Callable[[str], bool] | None = None,
                   margin: frozenset[int] = frozenset()) -> tuple[list[Item], list[Line]]:
    """Group lines into items (see module doc); unmarked lines continue the
    item above.  Lines before the first item are returned separately.  In a
    bulleted list, a line with no bullet that follows a line running to the
    page's margin (`margin`, parsers.wraps.PageWraps.at_margin) goes on from
    it, whatever word opens it: the page wrapped an item before its opener
    word ("... กิจกรรมการเรียนรู้ / เพื่อพัฒนาทักษะ..."); one that opens with
    an opener word right under the line before, in a list whose other items
    carry bullets, opens an item marked `unbulleted` (its bullet lost, or a
    wrap the margin did not show: the caller says it).  (Once only where the
    bullets all stood after gaps of lines; a list of bullets line under line
    whose wrap OCR set short of the margin read the wrap as an item, an
    objective too many and the list's texts after it one place late, with
    no issue: set s43o's bma_proposal_s43o003.)  One past a blank line is
    marked `unbulleted_gap` where an item's text goes on past a blank line
    (Item.gap_lines): OCR set blank lines between an item's own lines, so a
    blank line before an opener tells no item from a wrap (". เพื่อ..." /
    "" / " เพื่อส่งเสริม...การเรียนรู้" / "" / "เพื่อพัฒนาการใช้..." / "" /
    ". เพื่อสร้าง...การใช้" / "เทคโนโลยี..." / "" / "ผู้ปกครอง และชุมชน":
    the third line is the second's wrap, read as an item with no issue, one
    objective too many: fresh set s53z).  In a list of no bullets nor
    numbers (bullets OCR lost whole), an opener right under a line that ran
    to the margin is marked `wrapped_opener`: an item, or the page's wrap of
    the one before ("... จัดกิจกรรมการเรียนรู้" / "เพื่อพัฒนาการจัดการ...": an
    objective too many, with no issue, in fresh set s64z's
    bma_proposal_s64z001); the caller says it."""
    lines = explode_inline(run_on(lines, opens), opens)
    bulleted = sum(1 for ln in lines if ln.bullet) >= 2
    items: list[Item] = []
    parts: list[list[str]] = []
    lead: list[Line] = []
    numbered = False  # a numbered item was met: from then on only numbers open items
    # the item number each line opens with, for a look ahead: an item whose number OCR lost
    numbers = [split_item_number(ln.text)[0] for ln in lines]
    # the lines that open an item by its words, with no number: those between two numbers fill the numbers
    # skipped (_skipped_by_next)
    openers = [opens is not None and n is None and opens(ln.text) for n, ln in zip(numbers, lines)]
    width = max((text_width(ln.text) for ln in lines), default=0)  # the list's widest line
    opened_at = 0  # the line the item at hand opened on (an opener after it in its text: the openers miscount)
    after_noise = False
    past_blank: list[Item] = []  # items opened by their words with no bullet past a blank line, in a bulleted list
    # the list's bullets each right under the line before: a blank line parts none of its items
    bullets_close = not any(ln.bullet and ln.no > lines[k - 1].no + 1 for k, ln in enumerate(lines) if k)
    words_before = False  # the items opened by their words so far were set back as the lead: a "1)" opens the list
    by_bullets = False  # a list opened by a bare "๑" goes on by its bullets (the first bullet read as ๑)
    # the bulleted lines (no number) whose words do not open an item, where two or more others do: each may be the
    # wrap of the item above, OCR having read its indent as a bullet
    loose_bullets = _loose_bullets(lines, numbers, opens) if bulleted and opens is not None else frozenset()
    for k, ln in enumerate(lines):
        number, rest = numbers[k], split_item_number(ln.text)[1]
        if ln.bullet and number is None and is_specks(ln.text):
            continue  # a page number or specks OCR left with a dash ("-@-"): no item
        if (number is not None and bulleted and not numbered and items and not ln.bullet
                and (not THAI_LETTER_RE.search(rest) or _lone_letters_spread(ln.text))):
            # a figure and specks alone ("๑         ๑") under an item of a bulleted list: OCR debris of the page
            # (a line's marks read as digits), no number of an item (a list opened by its bullets goes on by them);
            # so is such a row holding a lone Thai letter among its specks ("1    1    1    ส")
            continue
        if opens is not None and number is None and items and _noise(ln.text):
            after_noise = True  # OCR debris between items ("a, yar y  y. 3 UY. 1"): no text of theirs
            continue
        if opens is not None and number is None and numbered and parts and parts[-1] and _number_speck(ln.text) \
                and k + 1 < len(lines) and numbers[k + 1] is None and opens(lines[k + 1].text):
            # a line of one short token that is no word ("ศุ"), alone between an item's text and a line that opens
            # an item by its words, in a numbered list: the next item's number OCR misread past reading on a line
            # of its own, as debris is (before, it and the item after it ran into the item above, and the list's
            # last row was lost with no issue naming it: fresh set s120o, bma_progress_s120o005)
            after_noise = True
            continue
        # an opener after debris or a gap of lines (blank, or debris the clean-up took out) under a numbered
        # item: the next item, its number lost with the debris
        gap = k > 0 and ln.no > lines[k - 1].no + 1
        lost_number, after_noise = after_noise or gap, False
        prev = next((i.number for i in reversed(items) if i.number is not None), None)
        if number is None and len(ln.text) > 2 and not ln.text[0].isdigit() and ln.text[1].isdigit():
            # an OCR speck before the number ("ไ๒.2 เพื่อ..."): only if the number fits the sequence
            speck, rest2 = split_item_number(ln.text[1:])
            if speck is not None and prev is not None and follows(prev, speck) \
                    and not _count_carried(lines, k, ln.text.split()[0]):
                number, rest = speck, rest2
        if (number is not None and prev is None and items and not numbered and len(number) == 1
                and number[0] == len(items) + 1 and opens is not None and opens(rest)):
            # the items so far opened by their words, then "2 เพื่อ...": the first numbers were lost to OCR
            for i, item in enumerate(items, start=1):
                item.number = (i,)
            prev = (len(items),)
        elif (number == (1,) and prev is None and items and not numbered and not bulleted
              and not any(x.bullet for x in lines[:k]) and _CLOSED_NUMBER_RE.match(ln.text)
              and any(n == (2,) for n in numbers[k + 1:])):
            # items opened by their words, then a list numbered from a closed "1)" / "1." on (a 2 to come): the
            # printed numbers say where the list opens, and the text opened by the words before it is no item of
            # theirs (a lead; or item 1's own text that OCR set apart from its number, "พือพัฒนา..." / "..." /
            # "1)เ" / "ให้มี" / "2) เพื่อ...": before, it was read as item 1 and the list's every item one place
            # late, "1)" as item 2, with no issue: fresh set s76o, bma_progress_s76o007).  It is left as the
            # lead, and item 1 marked `words_before` for the caller's issue
            lead = [x for x in lines[:k]]
            items, parts = [], []
            words_before = True
        elif (number == (2,) and prev is None and not items and lead
              and (gap or _CLOSED_NUMBER_RE.match(ln.text) or _SET_APART_NUMBER_RE.match(ln.text))
              and THAI_WORD_RE.search(rest) and sum(len(THAI_WORD_RE.findall(x.text)) for x in lead) >= 3
              and not INTRODUCES_RE.search(lead[-1].text)):
            # a paragraph of text that introduces nothing ("... ดังนี้"), then (after a gap of lines, closed:
            # "2.", or set apart from its text by a cell's gap: "2\tนักเรียน...", fresh set s121p) item 2: the
            # paragraph is item 1, its number lost to OCR (a figure that wraps a sentence, "จำนวน / 2 คน", has
            # none of these)
            # (its first line opening with a number OCR misread past the sequence's before the list's opening words,
            # "9. เพื่อให้ครู..." for ๑.: that number is item 1's, as printed, kept for the caller's issue; before, it
            # stood in item 1's text)
            # (and where a line of the paragraph that introduces the list, "... ดังนี้", stands over that line, the
            # paragraph is the list's lead, item 1 that line on: fresh set s153o, obec_progress_s153o002, where it
            # had been read into item 1)
            j = _numbered_under_lead(lead)
            first = split_item_number(lead[j].text)
            misread = first[0] is not None and len(first[0]) == 1 and (opens is not None and opens(first[1]) or j > 0)
            items.append(Item((1,), "", lead[j].no, lead[-1].no, first[0] if misread else None))
            parts.append([first[1] if misread else lead[j].text, *(x.text for x in lead[j + 1:])])
            lead = lead[:j]
            prev = (1,)
        elif (number is not None and len(number) >= 2 and number[-1] == 2 and prev is None and not items and lead
              and opens is not None and (first := split_item_number(lead[0].text))[0] is not None
              and len(first[0]) == len(number) and opens(first[1])):
            # a sub-numbered list whose item N.2 stands under a lead that opens with a number of the same depth OCR
            # misread past the sequence's, then the list's opening words ("0.9 เพื่อให้ครู..." / "๒.๒ เพื่อพัฒนา...",
            # ๒.๑ read as 0.9): the lead is item N.1, its number as printed kept for the caller's issue (before,
            # no number opened the list, and every item was left as text before it: fresh set s97p,
            # bma_progress_s97p007, its objectives lost whole)
            items.append(Item(number[:-1] + (1,), "", lead[0].no, lead[-1].no, first[0]))
            parts.append([first[1], *(x.text for x in lead[1:])])
            lead = []
            prev = number[:-1] + (1,)
        if number is not None and follows(prev, number, printed_number(ln.text)):
            numbered = True
            printed_as = None
            if prev is not None and len(prev) == len(number):  # a misread number takes the sequence's ("๕" for ๔)
                printed_as, number = number, number[:-1] + (prev[-1] + 1,)
            opened = Item(number, "", ln.no, ln.no, printed_as if printed_as != number else None,
                          words_before=words_before)
            words_before = False
        elif number is not None and bulleted and ln.bullet and opens is not None and opens(rest):
            # a bulleted list whose items carry numbers too ("- ๒.๑ เพื่อ..."), a number OCR misread past the
            # sequence's ("1.9", "19.10" for ๒.๑, ๒.๒): the bullet and the opening words open the item, numbered
            # by its place, its number as printed kept for the caller's issue (before, no item opened and the
            # list's first items were left as text before it, or every objective lost: fresh set s61o)
            numbered = True
            place = prev[-1] + 1 if prev is not None else 1
            seq = (prev[:-1] if prev is not None and len(prev) == len(number) else number[:-1]) + (place,)
            opened = Item(seq, "", ln.no, ln.no, number)
        elif number is None and not numbered and ln.no in loose_bullets and items and parts[-1]:
            opened = None  # (below: it goes on the item above, said)
            items[-1].bullet_wraps.append(ln.no)
        elif number is None and not numbered and (ln.bullet or (opens is not None and opens(ln.text)
                                                                and not (bulleted and items and ln.no in margin))):
            opened = Item(None, "", ln.no, ln.no, unbulleted=bulleted and bool(items) and not ln.bullet and not gap,
                          wrapped_opener=not bulleted and bool(items) and not ln.bullet and not gap
                          and ln.no in margin)
            rest = ln.text
            if bulleted and items and not ln.bullet and gap and ln.no == lines[k - 1].no + 2:
                past_blank.append(opened)
                # under a line that ran to the list's width, where no blank line parts the list's items: the wrap
                # of the item before with a blank line OCR set in it ("- เพื่อส่งเสริม...การเรียนรู้" / "" /
                # "เพื่อพัฒนาทักษะ..." / "- เพื่อสร้าง...": before, an objective too many and the two before the
                # last cut short, with no issue naming them: fresh set s149o, bma_proposal_s149o003)
                opened.unbulleted_wide = bullets_close and text_width(lines[k - 1].text) >= ENDED_SHARE * width
        elif number is None and not numbered and not bulleted and items and parts[-1] and opens is not None \
                and _MARK_FIRST_RE.match(ln.text) and all(opens(p[0]) for p in parts if p) \
                and not any(opens(x.text) for x in lines[k + 1:k + 2]):
            # a line opening with a vowel or tone mark under a list whose items open by their words, where the
            # line after it opens none: the next item, its opening letters lost to OCR ("ัฒนาผู้เรียน..." for
            # "เพื่อพัฒนาผู้เรียน..."; no Thai word, nor a line the page wrapped at a word's end, opens with a mark);
            # said (Item.mark_first: or the wrap of the item before).  Before, it went on the item above and
            # the list's last row was lost with no issue naming it (fresh set s85a, bma_proposal_s85a004)
            opened = Item(None, "", ln.no, ln.no, mark_first=True)
            rest = ln.text
        elif number is None and ln.bullet and numbered and parts[-1] and (by_bullets or (
                prev == (1,) and len(items) == 1 and _bare_one(lines, items[0].line_start)
                and not any(n is not None and n[0] == 2 for n in numbers[k + 1:]))):
            # a bulleted item after one item opened by a bare "๑" and text, and no 2 to come: the list is
            # bulleted, its first bullet OCR read as "๑" ("๑ นักเรียน..." / "° ผู้ปกครอง..."); it goes on by its
            # bullets, each bullet after it an item too (before, only the first was: the third ran into the
            # second with no issue naming it, "๑ เพื่อ..." / ". เพื่อ..." / ": เพื่อ...", fresh set s102q's
            # bma_proposal_s102q001)
            opened = Item(prev[:-1] + (prev[-1] + 1,), "", ln.no, ln.no)
            rest = ln.text
            by_bullets = True
        elif number is None and numbered and opens is not None and opens(ln.text) and prev is not None \
                and parts and parts[-1] and (lost_number or _skipped_by_next(
                    prev, numbers[k + 1:], () if any(openers[opened_at + 1:k]) else openers[k:])):
            # an opener between item N and item N + 2: item N + 1, its number lost to OCR (not the text
            # of item N whose number stood alone on the line above)
            opened = Item(prev[:-1] + (prev[-1] + 1,), "", ln.no, ln.no, unnumbered=True)
            rest = ln.text
        elif number is None and numbered and opens is not None and prev is not None and parts and parts[-1] \
                and not gap and not bulleted and not ln.bullet and opens(ln.text) \
                and all(opens(p[0]) for p in parts if p) and not any(n is not None for n in numbers[k + 1:]) \
                and _ended_after_wraps(lines, items[-1].line_start, k, width):
            # an opener after the list's last number, right under a line of item N that ended short of the list's
            # width where the lines of item N before it ran to it (the page wrapped those, not that one: item N
            # ended there), in a numbered list whose items open by the opener's words: item N + 1, its number lost
            # to OCR ("... ตามกลุ่มสาระและ" / "งานที่รับผิดชอบ" / "เพื่อให้ครูผู้สอน..." in both copies; before, it
            # ran into item N and the list's last row was lost with no issue naming its sequence: fresh set s147p,
            # bma_progress_s147p009).  Not between two numbers (no number was skipped: the opener is the item's
            # own sentence), nor under an item of one line (how wide the page is there is not known).  Said
            # (Item.ended_above)
            opened = Item(prev[:-1] + (prev[-1] + 1,), "", ln.no, ln.no, ended_above=True)
            rest = ln.text
        elif number is None and numbered and opens is not None and prev is not None and parts and parts[-1] \
                and lost_number and (speck := _SPECK_TOKEN_RE.match(ln.text)) and opens(ln.text[speck.end():]):
            # after debris or a gap of lines, an opener behind a token OCR made of its number ("loom เพื่อ..."
            # for ๒.๓, no Thai letter in it): item N + 1 likewise
            opened = Item(prev[:-1] + (prev[-1] + 1,), "", ln.no, ln.no, unnumbered=True)
            rest = ln.text[speck.end():]
        elif number is None and numbered and ln.bullet and not bulleted and opens is not None and opens(ln.text) \
                and prev is not None and parts and parts[-1]:
            # an opener behind a bullet's mark in a numbered list that carries no other bullet: item N + 1, its
            # number read by OCR as a mark ("= เพื่อพัฒนา..." for ๕; before, it ran into item N with no issue
            # naming it and the list's last row was lost: fresh set s72o)
            opened = Item(prev[:-1] + (prev[-1] + 1,), "", ln.no, ln.no, marked_for_number=True)
            rest = ln.text
        else:
            opened = None
        if opened is not None:
            items.append(opened)
            parts.append([rest] if rest else [])
            opened_at = k
        elif items:
            parts[-1].append(ln.text)
            items[-1].line_end = ln.no
            items[-1].gapped = items[-1].gapped or lost_number
            if gap and ln.no == lines[k - 1].no + 2:
                items[-1].gap_lines.append(ln.no)
        else:
            lead.append(ln)
    for item, texts in zip(items, parts):
        item.text = _TRAILING_SPECK_RE.sub("", clean_value(join_wrapped(texts)))
    if past_blank and any(it.gap_lines for it in items):
        # the list's texts go on past blank lines (OCR set one between the lines of an item): an opener with no
        # bullet past a blank line is no surer an item than one right under the line before
        for it in past_blank:
            it.unbulleted_gap = True
    return [i for i in items if i.text], lead


def _ended_after_wraps(lines: list[Line], start: int, k: int, width: int) -> bool:
    """Whether the line before lines[k] ended short of the list's `width`
    (ENDED_SHARE) after one line at least of the item opened on line
    `start`, each running to that width (a number alone on its line aside):
    the page wrapped those lines, and the item ended on the short one."""
    before = [ln for ln in lines[:k - 1] if ln.no >= start and split_item_number(ln.text)[1]]
    return bool(before) and text_width(lines[k - 1].text) < ENDED_SHARE * width \
        and all(text_width(ln.text) >= ENDED_SHARE * width for ln in before)


# a speck OCR read past an item's last word, a gap before it: a comma, quote or bar alone ("...วิชาการเขต   ,"); no
# item's text ends so (before, it was kept as the text's last word with no issue: fresh set s120q,
# bma_progress_s120q002)
_TRAILING_SPECK_RE = regex.compile(r"\s+[,'`|‘’]{1,2}$")
_SPECK_TOKEN_RE = regex.compile(r"^[^\s\u0e01-\u0e4e]{1,6}\s+")  # a short token with no Thai letter, then a space
# a line whose first character is a Thai vowel above or below, or a tone mark: no word opens so
_MARK_FIRST_RE = regex.compile(r"^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _loose_bullets(lines: list[Line], numbers: list[tuple[int, ...] | None],
                   opens: Callable[[str], bool]) -> frozenset[int]:
    """The one bulleted line with no number whose words do not open an item
    (`opens`: an objective's "เพื่อ") in a list whose other bulleted lines,
    two or more, all do, right under a line of the list (no gap): the wrap
    of the item above, OCR having read its indent as a bullet (". เพื่อ
    สร้างเครือข่าย...การอ่านออก" / "เขียนได้ของนักเรียนระหว่างโรงเรียน" /
    ". ผู้ปกครอง และชุมชน" / ". เพื่อคัดสรร...": fresh set s85a's
    bma_proposal_s85a002, its wrap read as objective 2 and every objective
    after it one place late, no issue naming them).  Said by the caller
    (Item.bullet_wraps: the wrap, or an item of its own).  Empty where two
    or more bullets open no item (the list's items open by other words), or
    where the line above is an item's one line that ended short of the
    list's width (ENDED_SHARE: that item ended there)."""
    marked = [(k, ln) for k, ln in enumerate(lines) if ln.bullet and numbers[k] is None and not is_specks(ln.text)]
    loose = [(k, ln) for k, ln in marked if not opens(ln.text)]
    if len(loose) != 1 or len(marked) - 1 < 2:
        return frozenset()
    k, ln = loose[0]
    if k == 0 or lines[k - 1].no != ln.no - 1 or not THAI_WORD_RE.search(ln.text):
        return frozenset()
    above = lines[k - 1]
    if above.bullet and text_width(above.text) < ENDED_SHARE * max(text_width(x.text) for x in lines):
        return frozenset()  # (an item whose one line ended short of the list's width has ended: its own item)
    return frozenset({ln.no})


def bullets_at_ends(items: list[Item]) -> None:
    """A list of bullets run on in a paragraph whose wrap fell right after a
    bullet ("... อย่างเป็นระบบ -" / "เพื่อยกระดับ..."): the bullet alone at
    an item's end, the next item (opened by its words, no number) on the
    line after or past one blank line, is that item's, no word of this one
    (before, it stayed at the end of the item's text: fresh set s71o,
    bma_progress_s71o010, its clean copy too).  Cut off in place."""
    for item, after in zip(items, items[1:]):
        words, _, mark = item.text.rpartition(" ")  # a bullet alone at the item's end, after its words
        if after.line_start <= item.line_end + 2 and not after.number and words.strip() and mark in ("-", "–", "•"):
            item.text = words.rstrip()


def _bare_one(lines: list[Line], no: int) -> bool:
    """Whether the line `no` opens with a bare 1 ("๑ นักเรียน...": no closing mark), as a bullet OCR read as ๑."""
    line = next((ln for ln in lines if ln.no == no), None)
    m = ITEM_NUMBER_RE.match(line.text) if line is not None else None
    return m is not None and _closing_mark(m.group(0)) is None and m.end() < len(line.text)


def opened_by_words_issues(items: list[Item], what: str, table: str) -> list[Issue]:
    """Items opened by their words where the list marks its items, each
    with the one before in doubt (items_cut_in_doubt): in a numbered list,
    past a gap of lines or OCR debris, numbered by the sequence
    (Item.unnumbered); in a bulleted list, right under the line before
    (Item.unbulleted), or past a blank line where the list's texts go on
    past blank lines too (Item.unbulleted_gap) or under a line that ran to
    the list's width where no blank line parts its items
    (Item.unbulleted_wide); in a list that marks no
    item, right under a line that ran to the page's margin
    (Item.wrapped_opener); in a numbered list, behind the one bullet's mark
    it carries (Item.marked_for_number); in a numbered list, right under a
    line of the item before that ended short of the list's width
    (Item.ended_above).  Either is an item whose number or bullet OCR
    lost, or the page's wrap of the item before (its line short of the
    margin as OCR read it, or at the margin).  And the list's first item
    under text opened by its words with no number, read as the text before
    the list (Item.words_before): that text is the list's lead, or the
    item's own that OCR set apart from its number, the item's text then in
    doubt."""
    out = []
    if items and items[0].words_before:
        first = items[0]
        out.append(Issue("warning", "items_cut_in_doubt", f"{what} 1 opens the list's printed numbers under text "
                         f"with no number that opens with a {what}'s opening words: that text was read as text "
                         f"before the list and left out; it may be {what} 1's own, which OCR set apart from its "
                         f"number, and {what} 1's text as read ({first.text[:40]!r}) then a piece of it",
                         first.text, first.line_start, first.line_end, field=f"{table}.text"))
    for k, it in enumerate(items, start=1):
        for _ in it.bullet_wraps:
            out += [Issue("warning", "items_cut_in_doubt", f"a line behind a bullet whose words open no {what} (the "
                          f"list's other bullets each open one) is read as the wrap of {what} {k}, OCR having read "
                          f"the wrap's indent as a bullet; were it a {what} of its own, {what} {k}'s text would end "
                          f"before it and every {what} after it stand one place later", it.text, it.line_start,
                          max(it.line_end, items[-1].line_end), field=f"{table}.{column}")
                    for column in ("text", "seq")]
    for k, it in enumerate(items[1:], start=1):
        opened = (["with no number (after a gap of lines or OCR debris) in a numbered list: read as the next "
                   "number, OCR having lost it"] if it.unnumbered else []) + \
                 ([f"with no bullet, right under {what} {k}'s line, where the list's other {what}s carry "
                   "bullets: a bullet OCR lost"] if it.unbulleted else []) + \
                 ([f"with no bullet, past a blank line, where the list's other {what}s carry bullets and its texts "
                   "go on past blank lines too (a blank line tells no item from a wrap): a bullet OCR lost"]
                  if it.unbulleted_gap else []) + \
                 ([f"with no bullet, past a blank line, right under a line of {what} {k} that ran to the list's "
                   f"width, where no blank line parts the list's other {what}s: a bullet OCR lost, or the page's "
                   "wrap with a blank line OCR set in it"] if it.unbulleted_wide and not it.unbulleted_gap else []) + \
                 ([f"with no bullet nor number, right under {what} {k}'s line that ran to the page's margin, in a "
                   "list that marks none of its items (the page wraps a line that reaches the margin, whatever "
                   "word opens the next)"] if it.wrapped_opener else []) + \
                 ([f"behind a bullet's mark in a list that numbers its items and carries no other bullet: its "
                   "number read by OCR as a mark, numbered by the sequence"] if it.marked_for_number else []) + \
                 ([f"with a vowel or tone mark no word opens with, under {what} {k}'s text: its opening letters "
                   "lost to OCR"] if it.mark_first else []) + \
                 ([f"with no number, right under a line of {what} {k} that ended short of the list's width, in a "
                   f"numbered list whose {what}s open by those words: read as the next number, OCR having lost it"]
                  if it.ended_above else [])
        out += [Issue("warning", "items_cut_in_doubt", f"{what} {k + 1} opens by its words {how}, or the page's "
                      f"wrap of {what} {k} (its text would then go on)", it.text, items[k - 1].line_start,
                      it.line_end, field=f"{table}.text") for how in opened]
        if opened:  # were it the wrap, the list has one item fewer: each item from it on stands one place late
            out.append(Issue("warning", "items_cut_in_doubt", f"{what}s {k + 1} to {len(items)}: were {what} {k + 1} "
                             f"the page's wrap of {what} {k}, each would stand one place earlier and the list end at "
                             f"{len(items) - 1}", it.text, it.line_start, items[-1].line_end, field=f"{table}.seq"))
    return out


def gapped_unmarked_issues(items: list[Item], what: str, table: str) -> list[Issue]:
    """Items of a list opened by their words (no number, no bullet read)
    whose text goes on past a blank line with words that open no item
    (Item.gap_lines: a gap of one line, as a paragraph ends; a page break's
    is wider, its furniture taken out): the text past it may be an item of
    its own whose opening words OCR lost ("เพื่อ" dropped), read into the
    item before; then every item after stands one place early and the
    list's last is lost.  Said on the table's text and sequence
    (items_cut_in_doubt), from the item's lines to the list's last item's:
    the items after it, one place early, hold the next rows' texts (before,
    the item's lines alone were named, and those rows were wrong with no
    issue at their lines: fresh sets s39o, s41z).  So is a numbered list's
    last item whose text goes on so ("๒ เพื่อส่งเสริม..." / "" / "พัฒนา
    บุคลากร..."): the items after it, their numbers and opening words lost,
    may stand in it, their rows lost (fresh set s51o: rows 3 and 4 lost, their
    sequence said by no issue); not where an item before it goes on past a
    blank line too (a list printed with a blank line under each line: the
    gaps are its spacing, no paragraph's end)."""
    return [Issue("warning", "items_cut_in_doubt", f"{what} {k}'s text goes on past a blank line with words that "
                  f"open no {what}: another {what} whose opening words OCR lost may stand in it, and the {what}s "
                  "after it one place early" if it.number is None else
                  f"{what} {k}, the list's last, has text past a blank line with words that open no {what}: "
                  f"{what}s after it whose numbers and opening words OCR lost may stand in it, their rows lost",
                  it.text, it.line_start, max(it.line_end, items[-1].line_end), field=f"{table}.{column}")
            for k, it in enumerate(items, start=1)
            if it.gap_lines and (it.number is None or (k == len(items) > 1 and not any(x.gap_lines for x in items[:-1])))
            for column in ("text", "seq")]


def renumbered_issues(before: Item | None, item: Item, seq: int, what: str, table: str) -> list[Issue]:
    """The issue of an item whose printed number was read as the sequence's
    next one (`seq`; "๕" after item 3, as OCR reads ๔): value_repaired (rule
    item_sequence) when nothing says an item was lost; repair_ambiguous for
    its number and the item before's text when text reached the item before
    (`before`: None for the list's first item)
    past a gap or OCR debris (the lost item's, its number and opening words
    gone with the debris: then the printed number may be right), and for the
    item's own text at its lines: were the printed number right, the item's
    text would be the next row's, the row it stands in the lost item's
    (before, the text was named at the item before's lines alone, and the row
    holding the other item's text was wrong with no issue at its lines)."""
    printed = ".".join(map(str, item.printed_number or ()))
    evidence = {"rule": "item_sequence", "printed": printed, "read": printed, "chosen": seq}
    if before is None or not before.gapped:
        return [Issue("warning", "value_repaired", f"{what} {seq}: its number printed {printed}, the place it stands "
                      f"in the sequence is {seq}", json.dumps(evidence, ensure_ascii=False), item.line_start,
                      item.line_end, field=f"{table}.seq")]
    evidence.update(chosen=None, candidates=[seq, int(printed.rsplit(".", 1)[-1])])
    why = (f"{what} numbered {printed} follows {what} {seq - 1}: either its number is {seq} misread, or {what} "
           f"{seq} was lost to OCR with its number, and its text stands in {what} {seq - 1}'s (text reached that "
           "past a gap or debris)")
    return [Issue("warning", "repair_ambiguous", why, json.dumps(evidence, ensure_ascii=False), item.line_start,
                  item.line_end, field=f"{table}.seq"),
            Issue("warning", "repair_ambiguous", why, json.dumps(evidence, ensure_ascii=False), before.line_start,
                  before.line_end, field=f"{table}.text"),
            Issue("warning", "repair_ambiguous", why, json.dumps(evidence, ensure_ascii=False), item.line_start,
                  item.line_end, field=f"{table}.text")]


_YEAR_TOKEN_RE = regex.compile(r"^[(\[]?[\d๐-๙]{4}[)\]),.:;]*$")


def _noise(text: str) -> bool:
    """A line of OCR debris inside a list: three or more tokens, most of them
    holding no Thai word ("A ๑27 ya ๑7 ๑ ๑ ๕๕ 1", "a, yar y y. 3 UY. 1 ซือ๑7."),
    its Thai words under half its characters and no token a year's four
    digits: an item's line with a year range ("เพื่อเป็นการยกย่องและ
    เชิดชูเกียรติ ปี 2565 - 2566", "ในปี 2565 - 2566") is text, which the rule
    dropped with no issue before."""
    tokens = text.split()
    if len(tokens) < 3 or sum(not THAI_WORD_RE.search(t) for t in tokens) < 0.7 * len(tokens):
        return False
    if any(_YEAR_TOKEN_RE.match(t) for t in tokens):
        return False
    return 2 * sum(len(t) for t in tokens if THAI_WORD_RE.search(t)) < sum(map(len, tokens))


NUMBER_SPECK = 2  # characters of a lone token, no word, that may be an item's number OCR misread (_number_speck)


def _number_speck(text: str) -> bool:
    """Whether a line is one token of NUMBER_SPECK characters or fewer that is no dictionary word ("ศุ" for 4):
    what OCR may make of an item's number printed on a line of its own."""
    token = text.strip()
    return 0 < len(token) <= NUMBER_SPECK and token.split() == [token] and not known_word(token)


def _skipped_by_next(prev: tuple[int, ...], later: list[tuple[int, ...] | None],
                     openers: list[bool] = ()) -> bool:
    """Whether the next numbered line after item `prev` is numbered two on;
    or, with `openers` (whether each line from the one at hand on opens an
    item by its words, with no number), one on for each such line before
    it, the one at hand counted: the openers fill the numbers OCR lost
    exactly ("1 เพื่อ..." / "เพื่อ..." / "เพื่อ..." / "4 เพื่อ...": objectives 2
    and 3 lost their numbers; before, they ran into objective 1, and 4 with
    them, fresh set s76b's bma_progress_s76b001)."""
    at = next((i for i, n in enumerate(later) if n is not None), None)
    if at is None or len(later[at]) != len(prev):
        return False
    after = later[at][-1]
    return after == prev[-1] + 2 or (bool(openers) and after == prev[-1] + 1 + 1 + sum(openers[1:at + 1]))


# "เพื่อ" as OCR leaves it: its vowel above or its tone mark lost ("เพือ", "เพอ"), or its leading vowel (a
# speck on the line before took it: "พื่อพัฒนา"; no Thai word opens with พื่อ), or its vowel and tone mark read
# onto the line above as specks, a space left where they stood ("เพ อติดตาม...", under "Aa   za  ๑4": before, an
# unnumbered list so damaged opened no objective and every objective was lost, fresh set s75b; no Thai word is
# "เพ" alone before a word opening with อ); or with its marks and a space OCR set before its อ ("เพื่ อพัฒนา...":
# no Thai word ends with a mark after เพ; before, such an item behind a bullet OCR read as "." ran into the item
# above and the list's last row was lost with no issue naming it, fresh set s80o, bma_progress_s80o001)
# ... or its head read twice, a space between ("เพ พื่อให้ครู...": no Thai word is "เพ" alone before พื่อ; before,
# the objective ran into the one above, the list's last row lost with no issue: fresh set s98q,
# bma_proposal_s98q002)
_PURPOSE_RE = regex.compile(r"เพ[\u0e34-\u0e37]?[\u0e48-\u0e4b]?อ|พ[\u0e35-\u0e37][\u0e48-\u0e4b]?อ"
                            r"|เพ[\u0e34-\u0e37]?[\u0e48-\u0e4b]? (?=อ)อ|เพ +พ[\u0e35-\u0e37][\u0e48-\u0e4b]?อ")


def opens_purpose(text: str) -> bool:
    """An objective printed without a number or bullet opens with "เพื่อ"."""
    return _PURPOSE_RE.match(text.lstrip()) is not None


# A list's mark standing inside an item's text: a short token of no letter (a number, Thai or Arabic, or a
# bullet OCR made of one: "๕.", "๑", "«", "-") between words, then what opens an item
_MARK_INSIDE_RE = regex.compile(r"(?<=\S\s)([^\sA-Za-z\u0e01-\u0e4f]{1,3})\s+(?=\S)")
# ... or a bullet OCR read as "๑" with the space after it lost, glued to the opening word ("... ได้ ๑เพื่อคัดสรร...")
_ONE_GLUED_INSIDE_RE = regex.compile(r"(?<=\S\s)๑(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# ... or a lettered list's mark: one letter, Thai or the Latin one OCR read for it, and its dot or bracket, a
# token of its own ("... การสอน ข. เพื่อให้ครู...", "... ได้ a. เพื่อ...")
_LETTER_INSIDE_RE = regex.compile(r"(?<=\S\s)\(?[\u0e01-\u0e2eA-Za-z][.)]\s+(?=\S)")
# ... or a section's item number ("๒.๓") with a speck OCR glued before it, a token of its own ("... ได้
# า๒.๓ เพื่อพัฒนา...": before, the objective it opened was lost with no issue naming it, fresh set s72a)
_SUB_GLUED_INSIDE_RE = regex.compile(r"(?<=\S\s)[^\s\d๐-๙]{1,2}[\d๐-๙]{1,2}\.[\d๐-๙]{1,2}\.?\s+(?=\S)")


def mark_inside(text: str, opens: Callable[[str], bool]) -> str | None:
    """The text from a list's mark inside an item's text, where the words
    after the mark open an item (`opens`: "... ชุมชน ๑ เพื่อคัดสรร...",
    "... ระบบ ๕. เพื่อพัฒนา...", "... ได้ ๑เพื่อคัดสรร...", "... การสอน ข. เพื่อให้...", "... ได้ า๒.๓ เพื่อ..."): another item, its
    mark not read as one (a number out of the sequence, a bullet OCR made a digit of, a lettered list's letter
    the list was not told by: before, such a joined item was silent, fresh set s60z), ran into
    the item, so a row of the list may be lost; None where there is none.
    No text of the forms sets a lone figure or bullet before an item's
    opening word inside a sentence (no objective of the clean sets does)."""
    for m in _MARK_INSIDE_RE.finditer(text):
        if opens(text[m.end():]):
            return text[m.start():m.end() + 30]
    for m in _ONE_GLUED_INSIDE_RE.finditer(text):
        if opens(text[m.end():]):
            return text[m.start():m.end() + 30]
    for pattern in (_LETTER_INSIDE_RE, _SUB_GLUED_INSIDE_RE):
        for m in pattern.finditer(text):
            if opens(text[m.end():]):
                return text[m.start():m.end() + 30]
    return None


def marked_inside_issues(items: list[tuple[int, str, int, int]], opens: Callable[[str], bool], what: str,
                         table: str) -> list[Issue]:
    """unread_cells naming the table (the row's every column) over an item
    (seq, text, first line, last line) whose text holds another item's
    mark and opening words (mark_inside): the text is kept as read, as
    where each item ends is not certain.  The issue reaches over the items
    after it too: the item that ran in is theirs to begin with, so each of
    them may hold the next one's text (the list's last, a piece of one)."""
    issues = []
    last = max((end for *_, end in items), default=0)  # (the list's last line: every item's end or after)
    for seq, text, start, _ in items:
        found = mark_inside(text, opens)
        if found is not None:
            issues.append(Issue("warning", "unread_cells", f"{what} {seq}: its text holds a list's mark and the "
                                f"words that open one ({found!r}): another {what} ran into it, so a row may be "
                                f"lost and the ones after it numbered short or cut", found, start, last,
                                field=table))
    return issues


LOST_ITEM = 20  # letters of Thai text before a list's first item that are an item's own (its number lost)


def lost_first_item(items: list[tuple[int, str, int, int]], lead: list[Line], what: str, table: str) -> list[Issue]:
    """Where the text before a list's first item holds a sentence (LOST_ITEM
    Thai letters or more) and items were read: an item whose number OCR
    lost, so the items read after it may be numbered short and a row lost;
    the table is said over the lead and the items (its rows, every column)."""
    if not items or not lead or sum(len(THAI_LETTER_RE.findall(ln.text)) for ln in lead) < LOST_ITEM:
        return []
    return [Issue("warning", "unread_cells", f"text before the first {what} holds a sentence: a {what} whose number "
                  f"OCR lost, perhaps, so the {what}s after it may be numbered short and a row lost",
                  " ".join(ln.text for ln in lead)[:120], lead[0].no, max(end for *_, end in items), field=table)]


def mend_purpose(text: str) -> str:
    """An objective's opening "เพื่อ" with the marks OCR lost restored
    ("เพือยกระดับ..." -> "เพื่อยกระดับ..."): the form's own word, not the
    objective's content."""
    m = _PURPOSE_RE.match(text)
    return "เพื่อ" + text[m.end():] if m is not None and m.group() != "เพื่อ" else text


# What may open a list item: a short token (a number, or what OCR made of one: "lo", "@", "on",
# "โท", "2,", "3:") and its closing mark, then the item's words.  The token holds no dot or bracket.
ITEM_PREFIX_RE = standard_re(r"^(\(?)([^\s.,:;()]{1,3})([.,:;)])\s+(?=\S)")  # the dot also read as ":" or ";"


def mend_item_numbers(lines: list[Line], opens: Callable[[str], bool] | None = None) -> list[Line]:
    """A numbered list whose numbers OCR damaged ("๑." then "lo." for ๒,
    "@." for ๑, "2," for "2."): lines that open with a short token and the
    list's closing mark are its items, numbered by their place, when at
    least two lines open with an item number (damaged or not) and one of
    them reads as its place (the list is numbered).  A Thai word with a dot
    ("สพป.") opens no item; a number printed right stays as it is.  With
    `opens`, a damaged token counts only before words that open an item (a
    line of specks "a, yar y. 3 UY." is none)."""
    lines = [_closed_two(lines[i - 1], ln, opens) if i else ln for i, ln in enumerate(lines)]
    marks: list[tuple[int, regex.Match | None]] = []  # (line, damaged token) or (line, None) for a number
    for i, ln in enumerate(lines):
        number, _ = split_item_number(ln.text)
        m = ITEM_PREFIX_RE.match(ln.text)
        if number is not None and not (opens is not None and _glued_speck(ln.text, opens)):
            marks.append((i, None))
        elif m and _damaged_token(m.group(2)) and (opens is None or opens(ln.text[m.end():])) \
                and not (m.group(3) == ")" and not m.group(1) and i and _open_bracket(lines[i - 1].text)):
            # (not "AP)" closing the "(Action Plan :" the line above left open: a wrapped line, no item)
            marks.append((i, m))
        elif opens is not None and (m := _BARE_PREFIX_RE.match(ln.text)) and _damaged_token(m.group(2)) \
                and opens(ln.text[m.end():]) and not _count_carried(lines, i, m.group(2)):
            marks.append((i, m))  # its closing mark lost too, or a speck glued to it ("lo เพื่อ", "ใ๒๒.๑ เพื่อ")
    damaged = [m for _, m in marks if m is not None]
    if len(marks) < 2 or not damaged:
        return lines
    closing = Counter(")" if m.group(3) == ")" else "." for m in damaged).most_common(1)[0][0]
    marks = [(i, m) for i, m in marks if m is None or not m.group(3) or (")" if m.group(3) == ")" else ".") == closing]
    # a list numbered under its section ("๖.๑", "๖.๒"): a damaged number takes the prefix the others share
    prefixes = {split_item_number(lines[i].text)[0][:-1] for i, m in marks if m is None}
    prefix = next(iter(prefixes)) if len(prefixes) == 1 else ()

    def reads_as(i: int, m: regex.Match | None, k: int) -> bool:
        if m is None:
            number, _ = split_item_number(lines[i].text)
            return number is not None and number[-1] == k
        return could_be(m.group(2), str(k))

    # (or, with `opens`, every marked line's words open an item: "9. เพื่อ..." / "‘a. เพื่อ..." for ๑. / ๒., no
    # mark reading as its place; the words say the items, the damaged marks take their places; before, no line
    # opened an item and the list was left, no item read)
    if not any(reads_as(i, m, k) for k, (i, m) in enumerate(marks, start=1)) and not (
            opens is not None and all(opens(split_item_number(lines[i].text)[1]) for i, m in marks if m is None)):
        return lines
    out = list(lines)
    for k, (i, m) in enumerate(marks, start=1):
        if m is None:
            continue
        ln = lines[i]
        number = ".".join(map(str, (*prefix, k))) + (closing if not prefix else "")
        out[i] = Line(ln.no, f"{m.group(1)}{number} {ln.text[m.end():]}", ln.kind, ln.bullet, ln.indent, ln.cols)
    return out


def _numbered_under_lead(lead: list[Line]) -> int:
    """The place in `lead` (lines before a list's item 2) of its last line that opens with a closed number of one
    digit right under a line that introduces a list ("... ดังนี้" / "9. ได้เผยแพร่..."): item 1, its number misread;
    0 where no line does."""
    for j in range(len(lead) - 1, 0, -1):
        number = split_item_number(lead[j].text)[0]
        if number is not None and len(number) == 1 and _CLOSED_NUMBER_RE.match(lead[j].text) \
                and INTRODUCES_RE.search(lead[j - 1].text):
            return j
    return 0


def _closed_two(before: Line, ln: Line, opens: Callable[[str], bool] | None) -> Line:
    """`ln` with its bare "2" closed ("2. ผู้เข้าร่วม...") where it is item 2 under item 1 whose number OCR misread
    (_after_misread_one); else `ln` as it is."""
    if split_item_number(ln.text)[0] != (2,) or _CLOSED_NUMBER_RE.match(ln.text) \
            or not _after_misread_one(before, ln, opens):
        return ln
    number = ITEM_NUMBER_RE.match(ln.text)
    return Line(ln.no, f"{ln.text[:number.end()].rstrip()}. {ln.text[number.end():]}", ln.kind, ln.bullet, ln.indent,
                ln.cols)


def _after_misread_one(before: Line, ln: Line, opens: Callable[[str], bool] | None) -> bool:
    """Whether a bare "2" opening a line (its closing mark lost: "2  ผู้เข้าร่วม...") stands right under a line
    that opens with a closed number of one digit, not 2 (OCR's misreading of 1: "9. ได้เผยแพร่..." for ๑., the
    engine's Latin 9 for ๑ no reading normalizers.confusions gives), both before words (that open an item, with
    `opens`; else Thai words, two or more, the first right after the number): items 1 and 2, not a count the page
    wrapped (fresh set s153o, obec_progress_s153o002: the second result ran into the first)."""
    if ln.no != before.no + 1 or _count_carried([before, ln], 1, ln.text.split()[0]):
        return False
    first, words = split_item_number(before.text)
    printed = printed_number(before.text)
    if first is None or len(first) != 1 or printed is None or len(printed) != 1 or first == (2,) \
            or not _CLOSED_NUMBER_RE.match(before.text):
        return False
    rests = (words, split_item_number(ln.text)[1])
    if opens is not None:
        return all(opens(rest) for rest in rests)
    return all(THAI_OPENING_RE.match(rest) and len(THAI_WORD_RE.findall(rest)) >= 2 for rest in rests)


# the count word a line ends with when the page wrapped its figure onto the next line ("... จำนวน" / "ฒ๓ โรงเรียน")
_COUNT_WORD_END_RE = regex.compile(r"(?:^|\s)จ[\u0e4d\u0e32\u0e33]*น?[\u0e32\u0e33]?นวน$")


def _count_carried(lines: list[Line], i: int, token: str) -> bool:
    """Whether line `i` opens with a figure (`token`, a digit in it) right
    under a line ending with the count word จำนวน: the page wrapped the
    count onto it ("ฒ๓ โรงเรียน" for ๗๓ โรงเรียน: a speck before the
    next number, or a damaged number, it would read), no item's number
    (fresh set s85o, obec_progress_s85o001: read as a third output, silently)."""
    return bool(i and any(ch.isdigit() for ch in token) and lines[i - 1].no == lines[i].no - 1
                and _COUNT_WORD_END_RE.search(lines[i - 1].text.rstrip()))


# A damaged item number with no closing mark, or with a speck glued to it: a short token, then the
# item's words.  Only before words that open an item, and never a Thai or Latin word ("(PLC) เพื่อ...").
_BARE_PREFIX_RE = regex.compile(r"^(\(?)([^\s()]{1,6})()\s+(?=\S)")
_LATIN_WORD_RE = regex.compile(r"[A-Za-z]{3}")


def _glued_speck(text: str, opens: Callable[[str], bool]) -> bool:
    """Whether a line's item number has a speck glued on after it, the
    token it makes no word, before words that open an item ("๒.@๑ เพื่อ...",
    "@" OCR's half of ๑): a damaged number, not the number it starts with."""
    number = ITEM_NUMBER_RE.match(text)
    end = number.end() if number else 0
    if not end or text[end - 1].isspace() or end == len(text) or text[end].isspace():
        return False  # no number, or nothing glued on
    m = _BARE_PREFIX_RE.match(text)
    return m is not None and _damaged_token(m.group(2)) and opens(text[m.end():])


def _open_bracket(text: str) -> bool:
    """Whether a line leaves a bracket open (more "(" than ")"): the next line's ")" closes it."""
    return text.count("(") > text.count(")")


def _damaged_token(token: str) -> bool:
    """A token that may be an item number OCR damaged: no Thai word and no Latin word ("lo." is ๒.; "(PLC)" is
    none)."""
    return not THAI_WORD_RE.search(token) and not _LATIN_WORD_RE.search(token)
