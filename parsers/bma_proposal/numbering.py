"""Numbered lists of the proposal read by their sequence, not by the
printed numbers alone: the action plan's steps ("1.", "๒.") and the items of
sections 2 and 9 ("2.1", "๙.๒").

After OCR the numbers are often damaged: "๕." for ๔, "mn." or "ov." for ๓
and ๗, "3," with a comma; a section number read "๓.๑" for ๙.๑, ".๒" with its
prefix lost, "9๒" with its dot lost, "@.@" or "alo" for ๙.๑ and ๙.๒.  A line
opens an item when it starts with such a token; the items then get the
numbers that best fit both their printed tokens (read exactly, or as a
candidate reading of a misread digit, normalizers.confusions) and the
sequence (items run 1..N): `number_openers`.  An opener that fits no place is
text of the item above; the first one too, text before the first item (a
chart's debris that opens like a damaged number, "aA. กุย.", before the
true "๑."), where a later opener fits the first place better.  An item whose printed number was not its number
is a `value_repaired` issue (rule item_sequence).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from normalizers.confusions import candidates
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import THAI_MARKS, clean_value, join_wrapped
from parsers.items import THAI_RUN_RE
from parsers.wraps import text_width
from schemas.document import Issue, Line

_TWO_DIGITS_RE = regex.compile(r"[\d๐-๙]{2}")  # a token of two digits (opener: fullmatch)
# a Thai letter OCR read for the section's digit, then the item's digit, the dot lost ("ฒ๒" for ๙.๒)
_LETTER_DIGIT_RE = regex.compile(r"[\u0e01-\u0e2e][\d๐-๙]")
_THAI_START = r"[\u0e01-\u0e2e\u0e40-\u0e44]"
# A step's opening: a token of at most three characters that is no Thai
# word (digits, a misread digit "mn", "ov", "»", one Thai letter "ฒ", a vowel no word opens with
# and a letter "าว", a digit and a letter OCR split its glyph into: "๓ต" for ๗) and a
# dot or comma, or one or two digits and a space; then the step's text.  A
# Thai letter and dot before another such ("ก.ค.") is an abbreviation.  A bare number may stand
# before a first word OCR read as Latin letters ("๒ Una ติดตาม" for ๖. นิเทศ ติดตาม).  The number's digit
# OCR read as one Thai letter and a mark or a digit ("ณี.", "ษ๒."), or lost with only its dot left (". นิเทศ"):
# Thai text puts no dot after such a pair, nor opens a line with a dot, so these open a step too (fresh sets
# s71b, s72a, s72b, s72o, s73o, s76a: the step read as the wrap of the one above).
_STEP_RE = regex.compile(
    r"^\s*(?:(?P<tok>[\d๐-๙]{1,2}|[^\s\u0e01-\u0e2e.,]{1,3}|[\u0e01-\u0e2e]|[\u0e30-\u0e3a\u0e45-\u0e4e][\u0e01-\u0e2e]"
    r"|[\d๐-๙][\u0e01-\u0e2e]|[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\d๐-๙])"
    r"\s?[.,](?![\d๐-๙]|[ก-ฮ]\.)"
    rf"|(?P<num>[\d๐-๙]{{1,2}})(?=\s+(?:{_THAI_START}|[A-Za-z]{{2,4}}\s+{_THAI_START}))"
    rf"|(?P<dot>[.,])(?=\s+{_THAI_START}))\s*(?P<rest>.*)$"
)
# An item of a section's list: the section number, a dot and the item's
# number ("9.1", "๒.๓"), as OCR may damage it: a token of digits, dots and
# look-alikes ("@.@", "«๕.๑", ".๒", "9๒", "24:"; the section number read as one Thai letter:
# "ฒ.๒" for ๙.๒, with a digit beside it: "๓ฒ.๓" for ๙.๓; its dot lost or read as a space: "9๒", "2 3") or
# of two or three Latin letters ("alo", "Ze"), then a space and Thai text; after a number's shape, the text's first
# letters may be Latin ones OCR read them as ("9.2 wn เรียนสามารถ..." for นักเรียน: see sub_opener)
_SUB_RE = regex.compile(
    rf"^\s*(?P<tok>(?:[\d๐-๙@«»o]{{0,2}}|[\d๐-๙]?[\u0e01-\u0e2e\u0e40-\u0e44][\d๐-๙]?)\s?[.,]\s?[\d๐-๙@o]{{1,2}}"
    rf"|[\d๐-๙]\s?[\d๐-๙]|{_LETTER_DIGIT_RE.pattern}|[A-Za-z]{{2,3}})[.):;]?\s+"
    rf"(?P<rest>(?:[A-Za-z]{{1,3}}\s+)?{_THAI_START}.*)$"
)
_LATIN_RE = regex.compile(r"[A-Za-z]")
_SUB_SHAPE_RE = regex.compile(r"[\d๐-๙]{1,2}[.,][\d๐-๙]{1,2}")  # a section's item number whole ("9.2", "๒.๓")
# The same number alone on its line (the item's text below), after at most
# one speck letter ("ไ๒.2"): digits after the dot, and before it digits or,
# the section's digit OCR read as a letter, one Thai letter and at most a mark
# ("ฝ.1", "ผ่.4" for ๙.๑, ๙.๔), a speck letter at most before the item's digits ("ฒ.โ๒"); after the section's
# digits, at most one letter OCR reads for a digit ("9อ.๒" for ๙.๒).
_SUB_ALONE_RE = regex.compile(
    rf"^\s*[\u0e01-\u0e44]?(?P<sec>[\d๐-๙]{{1,2}}[อฒ]?|[\u0e01-\u0e2e][{THAI_MARKS}]?)\s?\.\s?"
    r"[\u0e01-\u0e44]?(?P<own>[\d๐-๙]{1,2})\s*$")
EXACT, CANDIDATE = 2.0, 1.0  # how well a printed token fits a number
GAP, SKIP, START = 1.5, 1.0, 0.75  # costs: a number left out, an opener taken as text, a first number past 1


@dataclass(slots=True)
class Item:
    number: int
    token: str  # the printed number
    texts: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    guessed: bool = False  # where its text ends was told by the widths of lines (numbers_apart), not by a mark

    @property
    def text(self) -> str:
        return clean_value(join_wrapped(self.texts))


# A step's number OCR read as a short token with no dot ("fe" for ๗.), then the step's Thai words: a step
# only on a line the chart marks beside it (parsers.bma_proposal.steps), as a wrapped line is not.
_LOST_STEP_RE = regex.compile(rf"^\s*(?P<tok>[^\s\u0e01-\u0e4f.,]{{1,3}})\s+(?P<rest>{_THAI_START}.*)$")


def lost_step_opener(text: str) -> tuple[str, str] | None:
    """(printed token, text) if `text` opens with a short token that is no
    Thai word and has no dot, then Thai words: a step whose number OCR read
    as letters, when the caller knows the line is a step's row."""
    m = _LOST_STEP_RE.match(text)
    if m is None or not THAI_RUN_RE.search(m.group("rest")):
        return None
    return m.group("tok"), m.group("rest").strip()


def step_opener(text: str) -> tuple[str, str] | None:
    """(printed number, text) if `text` opens a step of the action plan."""
    m = _STEP_RE.match(text)
    if m is None:
        return None
    token = m.group("tok") or m.group("num") or m.group("dot")
    rest = m.group("rest").strip()
    digits = thai_digits_to_arabic(token).isdigit()
    if not rest and not digits:
        return None  # a speck and a dot ("ต.") is no step
    if rest and not THAI_RUN_RE.search(rest) and not digits:
        return None
    return token, rest


# An item's number OCR damaged past _SUB_RE ("#4", "a.m" for ๙.๔, ๙.๓, "a." for ๙.๑): a short token with no Thai
# letter, then Thai text; an opener only when the token holds a digit, a dot between two marks or a dot after one
# mark (no figure: at most one digit and not digits alone, so "๕๐% นักเรียน..." or "50 โรงเรียน" opening a wrapped
# line is none) and the text opens an item by its words (sub_opener's `opens`: "โรงเรียนมี...", "เพื่อ...").
_DAMAGED_SUB_RE = regex.compile(rf"^\s*(?P<tok>[^\s\u0e01-\u0e4e]{{2,4}})\s+(?P<rest>{_THAI_START}.*)$")
_MID_DOT_RE = regex.compile(r"^[^.,\s]+[.,][^.,\s]+$")
# A number's digits read as one mark, its dot kept after it ("a." for ๙.๑): a token no word or figure is.
_MARK_DOT_RE = regex.compile(r"^[^.,\s\d๐-๙][.,]$")


def damaged_sub_number(text: str, opens: Callable[[str], bool]) -> tuple[str, str] | None:
    """(printed token, text) if `text` opens with an item number OCR damaged
    past _SUB_RE and then with an item's opening words (see above)."""
    m = _DAMAGED_SUB_RE.match(text)
    if m is None:
        return None
    token, rest = m.group("tok"), m.group("rest").strip()
    digits = len(ANY_DIGIT_RE.findall(token))
    if digits > 1 or (digits == 0 and not _MID_DOT_RE.match(token) and not _MARK_DOT_RE.match(token)) \
            or thai_digits_to_arabic(token).isdigit():
        return None
    return (token, rest) if opens(rest) else None


def sub_opener(section: str, opens: Callable[[str], bool] | None = None) -> Callable[[str], tuple[str, str] | None]:
    """The opener of the items of section `section` ("9" for 9.1, 9.2 ...):
    (printed item number, text).  With `opens` (what opens an item by its
    words), also a number OCR damaged past reading before such words
    (damaged_sub_number); the sequence then numbers it and says so."""
    def opener(text: str) -> tuple[str, str] | None:
        m = _SUB_RE.match(text)
        if m is None:
            alone = _SUB_ALONE_RE.match(text)
            if alone:
                return f"{alone.group('sec')}.{alone.group('own')}", ""
            return damaged_sub_number(text, opens) if opens is not None else None
        token = m.group("tok").replace(" ", "")
        if (_TWO_DIGITS_RE.fullmatch(token) or _LETTER_DIGIT_RE.fullmatch(token)) and not _could_be(token[0], section):
            return None  # a figure opening a wrapped line ("50 สำนักงานเขต"), not "9๒" for 9.2 (nor "ฒ๒", ฒ for ๙)
        if _LATIN_RE.match(m.group("rest")) and (_LATIN_RE.match(token) or not _SUB_SHAPE_RE.fullmatch(token)):
            return None  # Latin letters before the text after a number's shape only (not "ab cd ..." nor "9๒ ab ...")
        return token, m.group("rest").strip()
    return opener


# An item number inside a line: "... อื่น 2.๒ เพื่อ..." (a list printed on one line).
_INLINE_SUB_RE = regex.compile(rf"(?<=\s)(?P<tok>[\d๐-๙]{{1,2}}\.[\d๐-๙]{{1,2}})\s+(?={_THAI_START})")


def explode_sub(lines: list[Line], section: str, opens: Callable[[str], bool] | None = None) -> list[Line]:
    """Lines cut where a list printed on one line goes on ("๒.1 ... 2.๒ ...
    ๒.3 ..."): at a number inside the line whose own part is the next item's
    (or, before words that `opens` an item, could be: "๒.๕ เพื่อ..." for
    ๒.๔) and whose section part could be the section's (same line number)."""
    out: list[Line] = []
    for ln in lines:
        first = _SUB_RE.match(ln.text)
        if first is None or len(ln.text) < 40:
            out.append(ln)
            continue
        want = _as_int(_item_part(first.group("tok").replace(" ", ""))) + 1
        cuts = []
        for m in _INLINE_SUB_RE.finditer(ln.text):
            sec, own = m.group("tok").split(".")
            if (_as_int(own) == want or opens is not None and _could_be(own, str(want)) and opens(ln.text[m.end():])) \
                    and (_could_be(sec, section) or _split_section(sec, own, want, section)):
                cuts.append(m.start())
                want += 1
        bounds = [0, *cuts, len(ln.text)]
        out += [Line(ln.no, ln.text[a:b].strip(), ln.kind) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip()]
    return out


def _split_section(sec: str, own: str, want: int, section: str) -> bool:
    """Whether an inline number's section part of two digits is the
    section's one digit OCR read as two ("๓๕.2" for ๙.2: a ๙, which the
    engine reads as ๓ or ๕, read as both), where its own part is exactly the
    next item's: either digit could be the section's."""
    return len(sec) == 2 and len(section) == 1 and _as_int(own) == want and any(_could_be(ch, section) for ch in sec)


# A run of a section's item numbers standing together before Thai text ("2.1 2.2 เพื่อ...", "๙.๑ ๙.๒ ๙.๓ ข้าราชการ..."):
# a list printed as running text with its numbers in a column of their own, the column read across first.
_SUB_RUN_RE = regex.compile(rf"(?:^|(?<=\s))(?P<run>(?:[\d๐-๙]{{1,2}}\.[\d๐-๙]{{1,2}}\s+){{2,}})(?={_THAI_START})")
_WORD_START_RE = regex.compile(r"(?:^|(?<=\s))(?=\S)")
_NUMBERED_RE = regex.compile(r"[\d๐-๙]{1,2}\.[\d๐-๙]{1,2}\s")  # an item's number where a word starts


def numbers_run_apart(lines: list[Line], section: str, opens: Callable[[str], bool] | None) -> list[Line]:
    """A list whose numbers stand together before its texts (see
    _SUB_RUN_RE: the section's items 1..k in order, then the texts run on):
    when the texts after the run open exactly k items by their words
    (`opens`: an objective's "เพื่อ", whom a benefit is for: "โรงเรียน...",
    "ผู้ปกครอง..."), the first right after the run, each
    number goes before its text, so the list reads as one printed item by
    item; any other list as it is (a list without such openers, whose texts
    are not told apart, is said: read.numbers_together)."""
    if opens is None:
        return lines
    for i, ln in enumerate(lines):
        m = _SUB_RUN_RE.search(ln.text)
        if m is None:
            continue
        tokens = m.group("run").split()
        if any(_as_int(tok.split(".")[0]) != _as_int(section) or _as_int(tok.split(".")[1]) != k
               for k, tok in enumerate(tokens, start=1)):
            return lines
        # where the texts after the run open an item: (line index, place in its text), up to the list's next
        # numbered item ("2.3 เพื่อ...", printed with its number where it stands)
        starts: list[tuple[int, int]] = []
        for j in range(i, len(lines)):
            words = [w.start() for w in _WORD_START_RE.finditer(lines[j].text, m.end() if j == i else 0)]
            numbered = next((at for at in words if _NUMBERED_RE.match(lines[j].text, at)), None)
            starts += [(j, at) for at in words if (numbered is None or at < numbered) and opens(lines[j].text[at:])]
            if numbered is not None:
                break
        if len(starts) != len(tokens) or starts[0] != (i, m.end()):
            return lines
        texts = [other.text for other in lines]
        texts[i] = ln.text[: m.start()] + ln.text[m.end():]
        shift = m.end() - m.start()  # the run taken out of its line moves its line's places
        for tok, (j, at) in sorted(zip(tokens, starts), key=lambda ts: ts[1], reverse=True):
            at -= shift if j == i else 0
            texts[j] = f"{texts[j][:at]}{tok} {texts[j][at:]}"
        return [Line(ln.no, text, ln.kind, ln.bullet, ln.indent, ln.cols) for ln, text in zip(lines, texts)]
    return lines


# An item's number OCR cut in two across the item's first two lines (a narrow number column read line by line):
# its section part alone opens the first line ("9. นักเรียน...", "0. โรงเรียน...", "2 เพื่อ..."; one character that
# is no Thai letter, a dot or comma after it or none), its own part the second ("1 ต่างๆ ด้วยตนเองได้"); or cut in
# three, its dot alone opening the line between (". มีการจัดการ...": "9" / "." / "1" down the column).
# (the item's first letters OCR read as Latin ones, "9. wn เรียนสามารถ..." for นักเรียน: still the section part, as the
# own number under it in order says; before, the line was an item's wrapped one, and the list read as printed ran
# four items into two, two rows lost with no issue naming them: fresh set s110u, bma_proposal_s110u001)
_SPLIT_SEC_RE = regex.compile(
    rf"^\s*(?P<sec>[^\s\u0e01-\u0e4e.,])[.,]?\s+(?P<rest>(?:[A-Za-z]{{1,3}}\s+)?{_THAI_START}.*)$")
_SPLIT_OWN_RE = regex.compile(rf"^\s*(?P<own>[1-9๑-๙])(?:\s+(?P<rest>{_THAI_START}.*)|\s*)$")
_SPLIT_DOT_RE = regex.compile(rf"^\s*[.,](?:\s+(?P<rest>{_THAI_START}.*)|\s*)$")


def _own_below(lines: list[Line], i: int, want: int) -> tuple[int | None, int | None]:
    """(index of the line of the own number `want` under the section part's line i, index of a line of the
    number's dot alone between them, if any); (None, None) where the next line with text is neither."""
    rest = [j for j in range(i + 1, len(lines)) if lines[j].text.strip()]
    dot = rest[0] if rest and _SPLIT_DOT_RE.match(lines[rest[0]].text) else None
    below = rest[1:] if dot is not None else rest
    if below and (m := _SPLIT_OWN_RE.match(lines[below[0]].text)) and _as_int(m.group("own")) == want:
        return below[0], dot
    return None, None


def numbers_split(lines: list[Line], section: str, opens: Callable[[str], bool] | None) -> list[Line]:
    """A list whose every item number OCR cut in two (see _SPLIT_SEC_RE): a line opening with the section
    part before an item's opening words (`opens`; or before any words, where the own number that follows is
    the next in order: "9. โโรรงเรียน..." / "1 สามารถ..."), the next line with the item's own number before words that open none (a line of the
    number's dot alone may stand between), the own numbers running 1, 2, ... n (two or more) in order; other
    lines only after an own number's line (an item's further wrapped lines).  Each number is put back whole
    before its item's first line ("9.1 นักเรียน..." / "ต่างๆ ด้วยตนเองได้"), its section part as printed, where one
    of them at least could be the section's.  After two such items, the list may go on with whole numbers
    ("9.4 โรงเรียน...": left as printed), and its last item may lack its own number (OCR lost it: left as
    printed, its section part before its words a damaged number the sequence places).  A section part with
    no own number under it before other items, an own number out of its order, or a line printing a whole
    item number before them: the list as it is."""
    if opens is None:
        return lines
    pairs: list[tuple[int, int, int | None]] = []  # (section part's line, own number's line, dot's line)
    skip: set[int] = set()
    trailing = False  # a last item's section part with no own number under it, read
    for i, ln in enumerate(lines):
        if not ln.text.strip() or i in skip:
            continue
        if _SUB_RE.match(ln.text) or _SUB_ALONE_RE.match(ln.text):
            if len(pairs) >= 2 and not trailing:
                break  # the list goes on with its numbers printed whole
            return lines
        sec = _SPLIT_SEC_RE.match(ln.text)
        if sec is None:
            continue  # the lead before the list, or an item's further wrapped line
        if trailing:
            return lines  # more items after one whose own number is lost: the list as it is
        opened = opens(sec.group("rest"))
        own, dot = _own_below(lines, i, len(pairs) + 1)
        if own is not None:
            rest = _SPLIT_OWN_RE.match(lines[own].text).group("rest")
            if rest and opens(rest):
                return lines  # the digit opens an item of its own
            pairs.append((i, own, dot))
            skip |= {own} if dot is None else {own, dot}
        elif opened and len(pairs) >= 2:
            trailing = True
        elif opened:
            return lines
    if len(pairs) < 2:
        return lines
    secs = [_SPLIT_SEC_RE.match(lines[a].text).group("sec") for a, _, _ in pairs]
    if not any(_could_be(sec, section) for sec in secs):
        return lines
    out: list[Line | None] = list(lines)
    for (a, b, dot), sec in zip(pairs, secs):
        own = _SPLIT_OWN_RE.match(lines[b].text)
        out[a] = Line(lines[a].no, f"{sec}.{own.group('own')} {_SPLIT_SEC_RE.match(lines[a].text).group('rest')}",
                      lines[a].kind, lines[a].bullet, lines[a].indent, lines[a].cols)
        # (an own number alone on its line, the item's text all on the line above: the line is the number's only)
        out[b] = Line(lines[b].no, own.group("rest"), lines[b].kind, lines[b].bullet, lines[b].indent,
                      lines[b].cols) if own.group("rest") else None
        if dot is not None:  # the number's dot alone opening a line: the line's words are the item's
            words = _SPLIT_DOT_RE.match(lines[dot].text).group("rest")
            out[dot] = Line(lines[dot].no, words, lines[dot].kind, lines[dot].bullet, lines[dot].indent,
                            lines[dot].cols) if words else None
    return [ln for ln in out if ln is not None]


def _as_int(token: str) -> int:
    src = thai_digits_to_arabic(token)
    return int(src) if src.isdigit() else -1


@lru_cache(maxsize=4096)
def _candidate_set(token: str) -> frozenset[str]:
    return frozenset(candidates(token))


def _could_be(token: str, number: str) -> bool:
    return number in _candidate_set(token)  # number_openers asks about each token for many numbers


def _item_part(token: str) -> str:
    """The item's own number in a printed token: after the last dot, or the
    last character of a dotless "9๒" (or "ฒ๒", the section's digit read as a letter)."""
    for sep in ".,":
        if sep in token:
            return token.rsplit(sep, 1)[1]
    dotless = thai_digits_to_arabic(token).isdigit() or _LETTER_DIGIT_RE.fullmatch(token)
    return token[-1] if len(token) == 2 and dotless else token


def _fit(token: str, number: int, any_digit: bool = False) -> float:
    src = thai_digits_to_arabic(token)
    if src.isdigit() and int(src) == number:
        return EXACT
    return CANDIDATE if any_digit or _could_be(token, str(number)) else 0.0


_THAI_DIGITS_RE = regex.compile(r"^[๐-๙]{1,2}$")
_ARABIC_DIGITS_RE = regex.compile(r"^[0-9]{1,2}$")


def _arabic_among_thai(tokens: list[str]) -> list[bool]:
    """Which tokens are Arabic digits in a list numbered in Thai digits (two
    tokens of Thai digits or more, and more than of Arabic ones): the form
    numbers a list in one script, so such a digit is a Thai one OCR's English
    model read, any Thai digit (as a year's, parsers.bma_proposal.years): "6"
    for ๕ (fresh set s76a, bma_proposal_s76a004)."""
    thai = sum(1 for t in tokens if _THAI_DIGITS_RE.match(t))
    arabic = [bool(_ARABIC_DIGITS_RE.match(t)) for t in tokens]
    return arabic if thai >= 2 and thai > sum(arabic) else [False] * len(tokens)


def number_openers(tokens: list[str]) -> list[int | None]:
    """The number of each opener (None: an opener taken as text), the best
    fit of printed tokens and sequence (see module doc)."""
    top = len(tokens) + 9
    loose = _arabic_among_thai(tokens)
    # best[n]: (score, path) of the openers so far with the last item numbered n (0: none yet)
    best: dict[int, tuple[float, list[int | None]]] = {0: (0.0, [])}
    for i, token in enumerate(tokens):
        skip = SKIP - 1e-3 * i  # on a tie the later opener is the text (an item's wrapped line follows it)
        nxt: dict[int, tuple[float, list[int | None]]] = {}
        fit = [0.0, *(_fit(token, n, loose[i]) for n in range(1, top + 1))]  # the token's fit to each number, once
        for last, (score, path) in best.items():
            for n in range(last + 1, top + 1):
                cost = (n - 1) * START if last == 0 else (n - last - 1) * GAP
                s = score + fit[n] - cost
                if n not in nxt or s > nxt[n][0]:
                    nxt[n] = (s, path + [n])
        for last, (score, path) in best.items():  # or the opener is text (before the first item: the lead's)
            if last not in nxt or score - skip > nxt[last][0]:
                nxt[last] = (score - skip, path + [None])
        best = nxt
    return max(best.values(), key=lambda sp: sp[0])[1] if tokens else []


def read_items(lines: list[Line], opener: Callable[[str], tuple[str, str] | None],
               sub: bool = False) -> tuple[list[Item], list[Line]] | None:
    """Items of a numbered list (see module doc) and the lines before the
    first; None when no line opens an item.  With `sub`, the tokens are
    "section.item" and the item's own number is weighed."""
    openers = [(i, o) for i, ln in enumerate(lines) if (o := opener(ln.text)) is not None]
    if not openers:
        return None
    numbers = number_openers([_item_part(o[0]) if sub else o[0] for _, o in openers])
    opens = {i: (o, n) for (i, o), n in zip(openers, numbers) if n is not None}
    items: list[Item] = []
    lead: list[Line] = []
    for i, ln in enumerate(lines):
        if i in opens:
            (token, rest), n = opens[i]
            items.append(Item(n, token, [rest] if rest else [], ln.no, ln.no))
        elif items:
            items[-1].texts.append(ln.text)
            items[-1].end = ln.no
        else:
            lead.append(ln)
    return items, lead


# A damaged number opening the text before a list's second item ("e.g", "ว1", "a.g" for ๙.๑ / ๒.๑):
# a short token with a digit, or with no Thai letter at all, then the item's Thai words.
_LOST_OPENER_RE = regex.compile(rf"^\s*(?P<tok>\S{{1,4}})\s+(?={_THAI_START})")


def first_from_lead(items: list[Item], lead: list[Line], bare_first: bool = False) -> tuple[list[Item], list[Line]]:
    """A list whose first item read is item 2, after text (Thai words) under
    the heading: that text is item 1, whose number OCR damaged past any
    opener ("e.g ข้าราชการ..." for ๙.๑).  A short token before its words
    with a digit or no Thai letter is that number as printed (item 1's
    value_repaired issue then quotes it); lines without a Thai word (specks)
    stay the lead's.  With `bare_first` (the action plan's steps), a first
    item 1 read with no text, a number alone on its line before item 2's,
    takes that text too: OCR read the row's words before its number (the
    chart's marks after the number read as no words: "ขออนุมัติโครงการ ..." /
    "1." / "| ]" / "2. แต่งตั้ง...", fresh set s63z, bma_proposal_s63z005, whose
    step 1 was lost)."""
    if bare_first and len(items) >= 2 and items[0].number == 1 and not items[0].texts and items[1].number == 2 \
            and items[1].texts and any(THAI_RUN_RE.search(ln.text) for ln in lead):
        start = next(k for k, ln in enumerate(lead) if THAI_RUN_RE.search(ln.text))
        bare = items[0]
        return [Item(1, bare.token, [ln.text for ln in lead[start:]], lead[start].no, bare.end), *items[1:]], \
            lead[:start]
    if not items or items[0].number != 2 or not any(THAI_RUN_RE.search(ln.text) for ln in lead):
        return items, lead
    start = next(k for k, ln in enumerate(lead) if THAI_RUN_RE.search(ln.text))
    texts = [ln.text for ln in lead[start:]]
    token = ""
    m = _LOST_OPENER_RE.match(texts[0])
    if m is not None and not THAI_RUN_RE.search(m.group("tok")) and (
            regex.search(r"[\d๐-๙]", m.group("tok")) or not regex.search(r"[\u0e01-\u0e2e]", m.group("tok"))):
        token, texts[0] = m.group("tok"), texts[0][m.end():]
    first = Item(1, token, texts, lead[start].no, lead[-1].no)
    return [first, *items], lead[:start]


def numbers_apart(items: list[Item], lines: list[Line], opens: Callable[[str], bool] | None = None) -> list[Item]:
    """A list whose numbers stand in a column of their own before the
    texts (each number alone on its line, then the texts): the texts after
    the last number go one to each number when they fall into as many
    groups as stand numbers, cut where a line is indented (every item's
    first line indented and its wrapped lines not), or, OCR having lost the
    indentation, where a line opens an item by its words (`opens`: an
    objective's "เพื่อ").  Blank lines do not cut them: a line of specks
    or a page's running header, taken out, leaves a gap inside an item too.
    Lines of specks under the last number read ("elo", "wm") are the
    column's next numbers where the texts fall into as many groups with
    them, the wrapped lines that open as an item does joined by the lines'
    widths (a guess, said), even under the list's one number read.
    Any other list as it is."""
    items = _lone_numbers_between(items)
    if not items or any(it.texts for it in items[:-1]):
        return items
    last = items[-1]
    body = [ln for ln in lines if last.start < ln.no <= last.end]
    if not body or len(last.texts) != len(body):
        return items  # the last number opens text of its own, or its lines are not all there
    # numbers of the column OCR damaged past an opener ('lo.4' for ๒.๔: a lone short token, no Thai letter)
    # stand under the last one read: they number the next items
    read = items
    lone = 0
    while lone < len(body) - 1 and _LONE_NUMBER_RE.match(body[lone].text):
        lone += 1
    if lone:
        items = [*items[:-1], Item(last.number, last.token, [], last.start, last.start),
                 *(Item(last.number + k + 1, body[k].text.strip(), [], body[k].no, body[k].no) for k in range(lone))]
        body = body[lone:]
    specks: list[Line] = []
    while len(body) > 1 and _SPECK_LINE_RE.match(body[0].text):
        specks.append(body[0])  # OCR specks between the column of numbers and the texts ("aa"): no item's text
        body = body[1:]
    if opens is not None and len(body) > 1 and (_DEBRIS_LINE_RE.fullmatch(body[0].text.strip())
                                                or _TINY_LINE_RE.fullmatch(body[0].text.strip())) \
            and not opens(body[0].text) and opens(_LEAD_SPECK_RE.sub("", body[1].text)):
        # a line of OCR's debris (short tokens, no word: "4 0๐4  ก  ๑4  สล่"; or one token of two letters at most,
        # "มี", a speck OCR read as a short word) between the column of numbers and the first text, which opens as
        # an item does: no item's text, nor a number of the column (before, "มี" was objective 1 and the four
        # objectives each one on, fresh set s126o, bma_proposal_s126o003)
        body = body[1:]
    if len(items) < 2 and not specks:
        return read
    # ... or the column's next numbers, which OCR read past any digit ("en" for ๙.๓): when the texts fall into
    # as many groups as stand numbers with them, and not without
    more = [Item(items[-1].number + k + 1, ln.text.strip(), [], ln.no, ln.no) for k, ln in enumerate(specks)]
    cuts: list[Callable[[Line], bool]] = [lambda ln: ln.indent] if body[0].indent else []
    if opens is not None:
        # (a speck OCR left before the item's first word, ".เพื่อ...", is none of its words)
        cuts.append(lambda ln: opens(_LEAD_SPECK_RE.sub("", ln.text)))
    for cut in cuts:
        groups: list[list[Line]] = []
        for ln in body:
            if not groups or cut(ln):
                groups.append([])
            groups[-1].append(ln)
        guessed = False
        if more and len(groups) == len(items) + len(more):
            return [Item(it.number, it.token, [ln.text for ln in group], group[0].no, group[-1].no)
                    for it, group in zip([*items, *more], groups)]
        if more and len(groups) > len(items) + len(more) and opens is not None and cut is cuts[-1]:
            # the column's next numbers OCR read past any digit ("elo", "wm"), and texts cut by their words some
            # of which wrapped: as many groups as numbers once the wrapped ones are joined (guessed, said)
            merged = _wrapped_openers(groups, len(items) + len(more))
            if len(merged) == len(items) + len(more):
                return [Item(it.number, it.token, [ln.text for ln in group], group[0].no, group[-1].no, True)
                        for it, group in zip([*items, *more], merged)]
        if len(items) < 2:
            continue
        by_words = groups
        if len(groups) > len(items) and opens is not None and cut is cuts[-1]:  # cut by words: some wrapped?
            merged = _wrapped_openers(groups, len(items))
            groups, guessed = merged, len(merged) != len(groups)
        if len(groups) == len(items) and opens is not None and cut is cuts[-1] and not guessed:
            groups, guessed = _mark_first_cut(groups)
            if guessed:
                # the column's last number lost with the text's opening words (see _mark_first_cut)
                items = [*items, Item(items[-1].number + 1, "", [], groups[-1][0].no, groups[-1][-1].no)]
        if len(groups) == len(items):
            return [Item(it.number, it.token, [ln.text for ln in group], group[0].no, group[-1].no, guessed)
                    for it, group in zip(items, groups)]
        if opens is not None and cut is cuts[-1] and not more \
                and len(texts := _wrapped_openers(by_words, len(items) + 1)) == len(items) + 1:
            # texts cut by their words (the wrapped ones joined by the lines' widths) one more than the column's
            # numbers: a number OCR lost from the column (its line read as nothing), so the texts number on by
            # their order (a guess, said; before, the list gave no row or its texts one too few, fresh set s85b,
            # bma_proposal_s85b002's benefits under "@.o" / "«๕.๒")
            column = _lost_number_placed(items, texts)
            return [Item(it.number, it.token, [ln.text for ln in group], group[0].no, group[-1].no, True)
                    for it, group in zip(column, texts)]
    return read


def _lost_number_placed(items: list[Item], texts: list[list[Line]]) -> list[Item]:
    """The column's numbers with the one OCR lost put back where the read
    ones leave its place: first where they run on from 2 ("๓๕.๒" / "๕.๓" /
    "๕.๕" under a "๕.@" read as nothing: ๙.๑ lost, fresh set s85o,
    bma_proposal_s85o003, whose benefits were numbered 2-5), inside where
    they skip one, else after the last."""
    numbers = [it.number for it in items]
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    at = len(items)
    if numbers[0] == 2 and steps.count(1) == len(steps):
        at = 0
    elif steps.count(2) == 1 and steps.count(1) == len(steps) - 1:
        at = steps.index(2) + 1
    number = numbers[at - 1] + 1 if at else numbers[0] - 1
    lost = Item(number, "", [], texts[at][0].no, texts[at][-1].no)
    return [*items[:at], lost, *items[at:]]


# a line whose first character is a Thai vowel above or below, or a tone mark: no word opens so, nor a line the
# page wrapped at a word's end
_MARK_FIRST_RE = regex.compile(r"^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _mark_first_cut(groups: list[list[Line]]) -> tuple[list[list[Line]], bool]:
    """Texts cut by their opening words into as many groups as the column
    holds numbers, one line inside a group opening with a vowel or tone mark
    ("ัฒนาผู้เรียน..." for "เพื่อพัฒนาผู้เรียน...": OCR lost the letters
    before it, the item's opening word with them; no word opens with a
    mark, nor does a line the page wrapped): a text of its own, the column's
    last number lost to OCR too (fresh set s85a, bma_proposal_s85a004: its
    objectives ๒.๑ and ๒.๒ read, ๒.๓ lost, the second text read into the
    first and the last row lost with no issue).  (groups cut there too,
    True) where exactly one such line stands; else (groups, False).  A
    guess, said by the caller (Item.guessed)."""
    at = [(k, j) for k, group in enumerate(groups) for j, ln in enumerate(group) if j and _MARK_FIRST_RE.match(ln.text)]
    if len(at) != 1:
        return groups, False
    k, j = at[0]
    return [*groups[:k], groups[k][:j], groups[k][j:], *groups[k + 1:]], True


def _lone_numbers_between(items: list[Item]) -> list[Item]:
    """A column of numbers one of which OCR damaged past an opener between
    two it read ("๒.๑", "๒.๒", "lo.m", "๒.๕": its lone token, a digit or a
    dot and no Thai letter, taken for the text of the number above it): each
    such token is the column's next number, and the numbers read after it
    count on from it where their printed tokens may be those numbers (the
    "๕" of ๒.๕ may be a misread ๔).  The list as it is otherwise (text under
    a number, a number read after it that cannot count on)."""
    if len(items) < 2 or not any(it.texts for it in items[:-1]):
        return items
    column: list[tuple[Item, bool]] = []  # the column's numbers, and whether each was read as an opener
    for it, after in zip(items[:-1], items[1:]):
        # (a token garbled past a digit's shape, "Paes" for ๒.๒, counts where the numbers read around it leave
        # exactly its place between them: "๒.๑" / "Paes" / "๒.๓")
        if it.texts and (len(it.texts) != 1 or not _LONE_NUMBER_RE.match(it.texts[0])
                         and not (after.number == it.number + 2 and _LONE_GARBLED_RE.match(it.texts[0]))):
            return items
        column.append((Item(it.number, it.token, [], it.start, it.start), True))
        if it.texts:
            column.append((Item(it.number + 1, it.texts[0].strip(), [], it.end, it.end), False))
    last = items[-1]
    column.append((Item(last.number, last.token, list(last.texts), last.start, last.end, last.guessed), True))
    for k in range(1, len(column)):
        item, read = column[k]
        want = column[k - 1][0].number + 1
        if item.number >= want and read:
            continue  # its own number, or one after numbers OCR lost whole
        if read and not _fit(_item_part(item.token), want):
            return items
        item.number = want
    return [item for item, _ in column]


# A speck or two OCR read before a line's first Thai letter (".เพื่อ...", "' เพื่อ..."): no letter nor digit.
_LEAD_SPECK_RE = regex.compile(r"^\s*[^\w\s\u0e01-\u0e4f]{1,2}\s?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# A short line of no Thai word and no digit: what OCR made of a rule or a mark ("aa", "|").
_SPECK_LINE_RE = regex.compile(r"^[^\d๐-๙\u0e01-\u0e2e]{1,6}$")
# A line of three tokens or more of one to three characters each (digits, Latin or Thai letters, specks), white
# space apart: no word, no figure of a list's text ("4 0๐4  ก  ๑4  สล่", four characters one token at most)
_DEBRIS_LINE_RE = regex.compile(r"(?=(?:\S{1,3}\s+)*\S{4}(?:\s+\S{1,3})*$|(?:\S{1,3}\s+)+\S{1,3}$)"
                                r"\S{1,4}(?:\s+\S{1,4}){2,}")
# One token of two Thai consonants at most, no digit ("มี"): a speck OCR read as a short word, no list's text.
_TINY_LINE_RE = regex.compile(r"[\u0e30-\u0e4e]*(?:[\u0e01-\u0e2e][\u0e30-\u0e4e]*){1,2}[.,']?")
WRAP_SHARE = 0.9  # share of the widest line a line reaches when the words after it wrapped onto the next


def _wrapped_openers(groups: list[list[Line]], n: int) -> list[list[Line]]:
    """Texts cut where a line opens an item by its words, into more groups
    than there are numbers: a wrapped line may open with the same word
    ("เพื่อการสื่อสาร..." under "เพื่อสร้างเครือข่าย...ภาษาอังกฤษ").  The extra
    cuts are those after a line that reached the text's edge (WRAP_SHARE of
    the widest line: its cell wrapped there), when exactly as many such cuts
    stand as there are groups too many; the groups unchanged otherwise."""
    extra = len(groups) - n
    if extra <= 0:
        return groups
    widest = max(text_width(ln.text) for group in groups for ln in group) or 1
    wrapped = [k for k in range(1, len(groups)) if text_width(groups[k - 1][-1].text) >= WRAP_SHARE * widest]
    if len(wrapped) != extra:
        return groups
    out: list[list[Line]] = []
    for k, group in enumerate(groups):
        if k in wrapped:
            out[-1] += group
        else:
            out.append(list(group))
    return out


def numbers_above(items: list[Item], lead: list[Line], lines: list[Line],
                  opens: Callable[[str], bool] | None = None) -> tuple[list[Item], list[Line]]:
    """`numbers_apart` for a list whose numbers stand in a column of their
    own and OCR damaged all of them but the last past an opener ("21", "22",
    "6", then "2.4", then the texts: the dots lost, a number misread): the
    lines before the only item read are lone number tokens (_LONE_NUMBER_RE),
    as many as the numbers before its own printed one, so they number the
    items before it, and the texts go one to each number as numbers_apart
    gives them (the column's numbers under the one read too, as
    numbers_apart finds them: "๒.@" / "ต.๒" / "a.m" / "a.").  Where they do
    not, or the lines are not so, the list and the lines before it are as
    numbers_apart leaves them (the lines said as text placed in no item)."""
    if len(items) == 1 and lead and _as_int(_item_part(items[0].token)) == len(lead) + 1 \
            and all(_LONE_NUMBER_RE.match(ln.text) for ln in lead):
        last = items[0]
        column = [Item(n, ln.text.strip(), [], ln.no, ln.no) for n, ln in enumerate(lead, start=1)]
        spread = numbers_apart([*column, Item(len(lead) + 1, last.token, last.texts, last.start, last.end)], lines,
                               opens)
        if len(spread) >= len(lead) + 1 and all(it.texts for it in spread):
            return spread, []
    return numbers_apart(items, lines, opens), lead


def numbers_all_lost(lines: list[Line], opens: Callable[[str], bool] | None = None) -> list[Item] | None:
    """`numbers_apart` for a list whose numbers stand in a column of their
    own and OCR damaged every one of them past an opener ("2d", "22", then
    the texts: no number read, so no item): the section opens with two or
    more lone number tokens (_LONE_NUMBER_RE) and then its texts, none of
    them a lone token; the tokens number the items in their order and the
    texts go one to each as numbers_apart gives them.  None where the lines
    are not so, or the texts do not fall into as many groups as tokens stand
    (each text read as it opens then: an item too many where one wrapped
    under a line that opens as an item does, fresh set s63o's
    bma_proposal_s63o003)."""
    body = [ln for ln in lines if ln.text.strip()]
    k = 0
    while k < len(body) and (_LONE_NUMBER_RE.match(body[k].text) or _LONE_GARBLED_RE.match(body[k].text)):
        k += 1
    if k < 2 or k == len(body):
        return None
    column = [Item(n, ln.text.strip(), [], ln.no, ln.no) for n, ln in enumerate(body[:k - 1], start=1)]
    column.append(Item(k, body[k - 1].text.strip(), [ln.text for ln in body[k:]], body[k - 1].no, body[-1].no))
    spread = numbers_apart(column, body, opens)
    # (one more where the texts fall into one group more: the column's last number lost too, said)
    return spread if len(spread) in (k, k + 1) and all(it.texts for it in spread) else None

# A list number alone on its line that OCR damaged ("lo.4", "@.3", "๒.b"): a short token with a digit or a dot
# and no Thai letter
_LONE_NUMBER_RE = regex.compile(r"^\s*(?=\S*(?:[\d๐-๙]|\w\.\w))[^\s\u0e01-\u0e4e]{1,6}\s*$")
# ... or garbled past a digit's shape ("NO)", "Blo" for ๙.๑ and ๙.๒; "a.@", "ล.๓"): a token of two to five
# characters alone on its line, no Thai word in it (one Thai letter at most): in the column of numbers before
# the texts (numbers_all_lost), where the texts fall into as many items as such tokens stand
_LONE_GARBLED_RE = regex.compile(r"^\s*(?!\S*[\u0e01-\u0e2e]\S*[\u0e01-\u0e2e])[^\s\u0e30-\u0e3a\u0e40-\u0e4e]"
                                 r"\S{1,4}\s*$")


def _printed_above(item: Item, sub: bool) -> bool:
    """The item's printed number is a number above the place it stands at."""
    printed = _printed(item, sub)
    return printed.isdigit() and int(printed) > item.number


def _printed(item: Item, sub: bool) -> str:
    """The item's own printed number, Thai digits as Arabic."""
    return thai_digits_to_arabic(_item_part(item.token) if sub else item.token).rstrip(".,").strip()


def _never_its_place(item: Item, before: Item | None, after: Item | None, sub: bool) -> bool:
    """The item's printed number (a token OCR left: "o", "๕", an Arabic "9"
    for ๑) has no reading its place (normalizers.confusions), and either the
    item after it is not printed with the number after that place, or the
    number just below its place is lost (no item before it, or the one before
    numbered lower): the place is the sequence's guess alone, and an item lost
    before it reads the same (the lost number may be its own: "9. ๓. ..."
    read as steps 2 and 3, step 1 lost, where ๑ was printed and step 2 lost)."""
    token = (_item_part(item.token) if sub else item.token or "").rstrip(".,)").strip()
    if not token:
        return False
    readings = {r for r in candidates(token) if r.isdigit()}
    if str(item.number) in readings:
        return False
    lost_below = item.number - 1 > (before.number if before is not None else 0)
    return lost_below or not (after is not None and _printed(after, sub) == str(item.number + 1))


def _confirmed(item: Item, after: Item | None, sub: bool) -> bool:
    """The item after it is printed with the number after its place: its place stands (a misread digit).
    The list's last item stands too: nothing after it says a number is lost (a misread digit is far the likelier)."""
    return after is None or _printed(after, sub) == str(item.number + 1)


def sequence_issues(items: list[Item], what: str, field_name: str, sub: bool = False) -> list[Issue]:
    """A value_repaired issue for each item whose printed number is not its
    number, and a missing_row issue for numbers the items skip: it names the
    table (the rows lost, every column of theirs), not only their text."""
    issues = []
    table = field_name.split(".")[0]
    for item in items:
        printed = thai_digits_to_arabic(_item_part(item.token) if sub else item.token)
        if printed != str(item.number):
            issues.append(Issue(
                "warning", "value_repaired",
                f"{what} {item.number}: its number printed {item.token or 'nothing'!r}, the place it stands "
                f"in the sequence is {item.number}",
                json.dumps({"rule": "item_sequence", "printed": item.token, "chosen": item.number}, ensure_ascii=False),
                item.start, item.end, field=field_name))
        if not item.token.strip() and item.texts and not item.guessed:
            # no number printed at all (the text before item 2 taken for item 1: first_from_lead; a guessed cut is
            # said by its caller): OCR lost the
            # line's opening, and the item's first words may have gone with its number ("1. ขออนุมัติ" lost, its
            # wrapped "โครงการ / และขออนุมัติ..." read as the step: fresh set s97q, bma_proposal_s97q002, silently)
            issues.append(Issue("warning", "unread_cells", f"{what} {item.number}: no number read before its text, "
                                "which is the lines before the next item's: OCR lost the opening of its line, so its "
                                "first words may be lost with its number", item.text[:120], item.start, item.end,
                                field=f"{table}.text"))
    # An item whose printed number stands above its place ("1. 2. 3. 5." read 1 2 3 4) was taken for a misread
    # of its place's digit; an item lost before it (OCR drops lines at a page break) reads the same, and then its
    # text and every text after it belong one number on, the last one lost: the texts from it on are in doubt.
    # So too an item whose printed number has no reading its place, the item after it not confirming the place
    # or a number lost just below it (the sequence's guess could as well have given it the lost number).
    skipped = next((it for before, it, after in zip([None, *items[:-1]], items, [*items[1:], None])
                    if (_printed_above(it, sub) and not _confirmed(it, after, sub))
                    or _never_its_place(it, before, after, sub)), None)
    if skipped is not None:
        how = "stands above its place in the sequence" if _printed_above(skipped, sub) else \
            "can be read as no digit of its place in the sequence"
        issues.append(Issue(
            "warning", "items_cut_in_doubt",
            f"{what} {skipped.number}: its number printed {skipped.token!r} {how}; "
            f"an item lost before it reads the same, so the texts of items {skipped.number} to {items[-1].number} "
            "(and whether an item after them was lost) are in doubt", skipped.text, skipped.start, items[-1].end,
            field=f"{table}.text"))
    numbers = [it.number for it in items]
    lost = [n for n in range(1, max(numbers, default=0)) if n not in numbers]
    if lost:
        issues.append(Issue("warning", "missing_row", f"{what}s {', '.join(map(str, lost))} were not read (the "
                            "numbers of the ones read skip them)", {"missing": lost}, items[0].start, items[-1].end,
                            field=field_name.split(".")[0]))
    return issues
