"""Anchors: the headings, field labels and section markers a form prints,
found wherever they stand in a line.

A form is described by its anchors.  Each says what it opens (a field, a
section) and where it may stand:

  "label"    a field label; its value runs from the separator after it
             (":", "::", "=", a tab or a wide gap) to the next anchor or the
             end of the line.  At a line's start a single space may separate
             label and value (flattened tables lose the tab); inside a line a
             separator or a gap must follow, so words of running text do not
             open fields.  In a form whose labels stand on lines of their
             own (`lone_labels`), a label alone on its line after nothing
             but a separator (": หน่วยงานที่รับผิดชอบ", a colon or speck OCR
             set there) still opens its field.
  "heading"  a section heading: it opens its line (after a section number
             such as "1.4" or "๒."), and what follows on the line is nothing
             or what the anchor's `tail` allows; inside a line (a whole form
             on one line) only after a dotted section number, or anywhere
             when the anchor says so (long, distinctive titles).
  "marker"   like a heading, but its own content may follow on the line
             ("ผลการเบิกจ่ายงบประมาณ ไม่สามารถ...").

Matching is done on the line's *skeleton*: the text without Thai tone
marks and vowels above or below, spaces, dots and colons, with a map back
to the original characters (`Skeleton`).  So OCR that drops marks (ที่ ->
ที), writes ำ as ํ + า, splits a word with a space or adds leader dots still
matches exactly, with one combined pattern per anchor set.  Letters that OCR
changed are caught by a fuzzy comparison (rapidfuzz) of candidate spans
only: the words before a separator, a short line standing alone, and a
line's first words before a gap (a title block laid out as a table: a
letter dropped or added at most, and not a label's last word alone).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming, Levenshtein

from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import THAI_MARKS, skeleton as text_skeleton
from schemas.document import Line

# Characters the skeleton drops: Thai marks, white space, dots, colons and
# the "ฯ" and "…" leaders.
_DROP = frozenset(
    [chr(c) for c in range(0x0E31, 0x0E3B) if chr(c) in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"]
    + [chr(c) for c in range(0x0E47, 0x0E4F)]
    + list(" \t\u00a0.:…")
)
assert all(ch in _DROP for ch in "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")  # tone marks, thanthakhat, nikhahit
_MARKS_RE = re.compile(f"[{THAI_MARKS}]")
# separators between a label and its value: ":" "::" ";" "=:" "：" (OCR variants)
# (a leader dot OCR read as a comma, right after a dot: "ตัวชี้วัด.., :")
_SEPARATOR_RE = re.compile(r"(?:[ \t.…]|(?<=[.…]),)*(?:[:;：=]+[ \t]*)+")
_GAP_RE = re.compile(r"\t|\s{2,}")
# a line's first word and the one space after it, the value following (_fuzzy_word_label)
_FIRST_WORD_RE = re.compile(r"[ \t]*+(\S{3,40}) (?=\S)")
_SEPARATOR_IN_RE = re.compile(r"[:;=：]")
# dotted leaders after a label, then a gap or the line's end: a separator whose colon OCR lost
_DOT_LEADER_RE = re.compile(r"[ \t]*(?:\.{2,}|…+)(?:[ \t]{2,}|\t|[ \t]*$)")
# ... or, for a label opening its line, right after it and one space ("รหัสโครงการ... 1 ๐๙๐๐๐๐๐๐-๔๒๓๑": what OCR
# left of the colon, if anything, stays the value's: a "1" may be a day's)
_DOTS_THEN_SPACE_RE = re.compile(r"(?:\.{2,}|…+)[ \t]")
_LEADER_RE = re.compile(r"[ \t.…*]*")  # dots and stars left after a heading
_FIGURE_START_RE = re.compile(r"[ \t]*[\d๐-๙]")  # a figure opens what follows a marker's words
_BRACKET_TAIL_RE = re.compile(r"\s*\([^()]{0,120}\)")
# A section number OCR garbled ("a.", "alo", "๒," for ๖.): a short token and a dot, opening the line.
_DAMAGED_NUMBER_RE = re.compile(r"^\s*(\S{1,3})[.,]\s*$")
# a section number before a heading: "1.4", "๒.", "(3)", "10."
def _dotted_number(number: str) -> bool:
    """A section number with a dot inside ("1.4"): no count or amount that
    ends a sentence looks like it."""
    return "." in number.strip(".")


SPECK_LINE_MAX = 3  # characters of a line of a speck alone (speck_line)
_DOTTED_DIGITS_RE = re.compile(r"[0-9๐-๙]\s?\.\s?[0-9๐-๙]")


def speck_line(text: str) -> bool:
    """A line OCR read from a speck alone ("จ7", "47", "ww"), or from two apart ("๑  ๑7": fresh set s145p,
    bma_progress_s145p010, whose rationale ran into the owner's name over it): SPECK_LINE_MAX characters at most
    besides spaces, one Thai letter at most, and no section number ("1.5", which a break's heading may have left
    behind)."""
    tokens = text.split()
    return len(tokens) <= 2 and sum(map(len, tokens)) <= SPECK_LINE_MAX and len(_THAI_LETTER_RE.findall(text)) <= 1 \
        and not _DOTTED_DIGITS_RE.search(text)


SECTION_NUMBER_RE = re.compile(r"(?:^|(?<=\s))\(?([0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2}){0,3})\s?[.)]?\s*$")
# a section number opening a line, and the white space after it: "1.4 ", "(๒) ", "3. "
_THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e2e]")
_THAI_CHAR_RE = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]")  # a Thai letter, vowel or mark (no digit, no ๆ ฯ)
# a dotted section number inside a line, before the words it opens: " 2. ร", " 1.6 ส"
_MID_NUMBER_RE = re.compile(r"(?:^|(?<=\s))([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\.?)\s+(?=[\u0e01-\u0e2e])")
_OPENING_NUMBER_RE = re.compile(r"^\s*\(?([0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2}){0,3})\s?[.)]?\s+")
# a dotted section number, then a speck OCR read as a short token of digits or signs before the heading's
# words ("1.5   5 เป้าหมายของโครงการ.." in a paragraph run on: the "5" no number of the form's, the heading
# lost and its section read as the one before's text): the number is the dotted one, the speck left out
_SPECKED_NUMBER_RE = re.compile(r"(?:^|(?<=\s))\(?([0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2}){1,3})\s?[.)]?\s+"
                                r"[^\s\u0e01-\u0e4e]{1,2}\s*$")
NUMBER_REACH = 32  # a section number (at most 20 characters with its brackets) ends this near the white space after it
_LEAD_RE = re.compile(r"[ \t\-–•*(]*")  # what may stand before an anchor that opens its line
_LEADERS_RE = re.compile(r"[ .:…*\t]*")  # what may follow a bare heading or label
# a speck OCR read far to the right of a bare heading, ending its line ("ข้อเสนอแนะ        ๊", "...   |"):
# a mark with no letter, a bar, a colon, after a gap; no word
_SPECK_AFTER_RE = re.compile(r"(?:\t|\s{2,})[^\s\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\w]{1,2}\s*$")
# dotted leaders right after a heading ("เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ..."): no running text's words
# are followed so, so the heading is one whatever follows it on its line
_DOTS_AFTER_RE = re.compile(r"(?:\.{2,}|…)")
# what may follow a heading on its line: nothing, leaders, or its list's first item number ("1 เพื่อ...", "๑. ...")
_LIST_OPENS_RE = re.compile(r"[ \t.…:]*(?:$|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})?[.)]?\s)")
# specks before a section number that opens its line (". 1วัตถุประสงค์ของโครงการ", 1.4 read so)
_TWO_DIGITS_RE = re.compile(r"[1-9๑-๙]{2}")
_NUMBER_LEAD_RE = re.compile(r"[ \t\-–•*(.,]*")
# a separator alone before a label that stands by itself on its line (": หน่วยงานที่รับผิดชอบ": the colon
# after the label above, or a speck, that OCR set there): in a form whose labels stand on lines of their own
_SEPARATOR_LEAD_RE = re.compile(r"[ \t]*[:;=：]+[ \t]*")
_WORD_RE = re.compile(r"\S+")
_SPACES_RE = re.compile(r"\s+")
WORD_WINDOW = 256  # characters before a separator first searched for a fuzzy label's last words
# a bracketed tail ending a heading line, with what trails it: "... (ยุทธศาสตร์/ตัวชี้วัด) :"
_BRACKETED_END_RE = re.compile(r"\s*\([^()]*\)\s*[.:]*\s*$")
LABEL_MEMO = 4096  # spans (at most about 800 characters each) a document's fuzzy label memo holds before it starts again
LABEL_REACH = 16  # characters of a line a fuzzy label may span, per skeleton letter of the longest label


def _trimmed_end(line: str) -> int:
    """Where the line ends without its trailing leaders (" .:…*\t")."""
    return _trimmed_ends(line)


@lru_cache(maxsize=256)
def _trimmed_ends(line: str) -> int:
    end = len(line)
    while end > 0 and line[end - 1] in " .:…*\t":
        end -= 1
    return end


class _Gaps:
    """The gaps of a line (what _GAP_RE matches) answered by bisection: the
    end of the last gap before a position, as _GAP_RE.finditer(line, 0, p)
    would find it, and whether a span holds only white space."""

    def __init__(self, line: str):
        self.line = line
        runs = [m.span() for m in _SPACES_RE.finditer(line)]
        self.starts = [r[0] for r in runs]
        self.runs = runs
        self.last_whole: list[int] = []  # per run: the end of the last gap among runs[0..k]
        best = 0
        for r0, r1 in runs:
            best = self._gap_end(r0, r1) or best
            self.last_whole.append(best)

    def _gap_end(self, r0: int, r1: int) -> int | None:
        """Where the last gap in the white space line[r0:r1] ends: a tab is a
        gap of its own, other white space needs two characters, greedily."""
        q = r0
        while q < r1 and self.line[q] == "\t":
            q += 1
        if q >= r1 - 1:  # tabs, then at most one other character
            return q if q > r0 else None
        return r1

    def last_end_before(self, p: int) -> int:
        k = bisect_left(self.starts, p)  # runs[:k] start before p
        if not k:
            return 0
        r0, r1 = self.runs[k - 1]
        if r1 <= p:
            return self.last_whole[k - 1]
        end = self._gap_end(r0, p)  # the run reaches past p: only its part before p is seen
        if end is not None:
            return end
        return self.last_whole[k - 2] if k >= 2 else 0

    def blank(self, a: int, b: int) -> bool:
        """line[a:b] holds only white space (or nothing)."""
        if a >= b:
            return True
        k = bisect_right(self.starts, a)
        return bool(k) and self.runs[k - 1][1] >= b and self.runs[k - 1][0] <= a


class Skeleton:
    """A line's skeleton and, for each of its characters, the index of the
    character of the line it came from (`pos`, computed when first asked:
    most lines are only searched, and match nothing)."""

    __slots__ = ("text", "_line", "_pos")

    def __init__(self, text: str, line: str) -> None:
        self.text = text
        self._line = line
        self._pos: array[int] | None = None

    @property
    def pos(self) -> array[int]:
        # an array of machine integers: a tuple of ints costs 36 bytes a
        # character (a whole document's skeleton is searched at times)
        if self._pos is None:
            line = self._line
            if len(self.text) == len(line):
                self._pos = array("i", range(len(line)))
            else:  # the indices of the kept characters, each character's flag looked up and the indices picked
                # in C (map over _KEPT.get, compress): a sixth faster than extending by each run of kept
                # characters _KEEP_RE finds (a Thai line's marks part it into runs of a few letters each)
                self._pos = array("i", compress(range(len(line)), map(_KEPT.get, line, repeat(True))))
        return self._pos


# the dropped characters (deleted by one regex pass: str.translate with a
# dict looks each character up in Python, three times slower)
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_KEEP_RE = re.compile("[^" + re.escape("".join(sorted(_DROP))) + "]+")  # the runs of kept characters


def _numbered_opening(tail: str) -> tuple[int, str] | None:
    """Where the last section number of `tail` that is dotted ("2.", "1.6")
    starts and the skeleton letters after it (AnchorSet._fuzzy_numbered_crossing
    weighs them against each heading printed anywhere); None where the last
    number is not dotted, or none stands there (so in a tail without a
    dot: most, not searched)."""
    if "." not in tail:
        return None
    number = None
    for m in _MID_NUMBER_RE.finditer(tail):
        number = m
    if number is None or "." not in number.group(1):  # ("2.", "1.6": a section's)
        return None
    return number.start(1), skeleton_text(tail[number.end():])


def _without_dropped(text: str) -> str:
    """`text` without the dropped characters: its kept runs found in one
    pass and joined (a sub of _DROP_RE costs a replacement a character)."""
    return "".join(_KEEP_RE.findall(text))
_KEPT = dict.fromkeys(_DROP, False)  # _KEPT.get(ch, True): whether the skeleton keeps ch


def origins(line: str, indices: list[int]) -> list[int]:
    """Where in `line` the characters at the given (ascending) indices of its
    skeleton came from: Skeleton.pos for a few indices of a long text, without
    building it (the dropped characters counted segment by segment, in C)."""
    out = []
    k = o = 0  # line[:o] holds k kept characters
    for target in indices:
        need = target - k
        while need > 0:  # line[o:o + need] keeps need - (its dropped) characters
            end = o + need
            need = len(_DROP_RE.findall(line, o, end))
            o = end
        k = target
        while o < len(line) and not _KEPT.get(line[o], True):  # onto the kept character itself
            o += 1
        out.append(o)
    return out


RUN_ON_LEAST_LETTERS = 4  # skeleton letters after a heading found fuzzily that are the form's next content run on
# a dotted section number inside a line, after white space, before a Thai letter ("... ต่อเนื่อง 1.4 วัตถุ..."):
# where a heading whose letters OCR changed may open inside running text (AnchorSet._fuzzy_run_in)
_RUN_IN_NUMBER_RE = re.compile(r"(?<=\s)([0-9๐-๙]{1,2}\s?\.\s?[0-9๐-๙]{1,2})\s?\.?\s+(?=[\u0e01-\u0e2e])")
RUN_IN_EDITS = 2  # letters a heading inside a line may have OCR changed, its first letters where the number leaves off
RUN_ON_HEAD_MIN = 8  # skeleton letters a heading needs to be told by a line's first letters after its number
_RUN_ON_LETTER_RE = re.compile(r"[\u0e01-\u0e5b\d]")  # ... Thai letters or digits (no speck, no asterisk)
CACHED_LINE = 4096  # characters: a longer text (a whole document searched at once) is not memoised


def skeleton_of(line: str) -> Skeleton:
    """The skeleton of one line (see module doc); sara am counts as sara aa.
    (Nikhahit is dropped, so ํ + า gives า as ำ does.)"""
    if len(line) <= CACHED_LINE:
        return _skeleton_of(line)
    return Skeleton(_without_dropped(line).replace("\u0e33", "\u0e32"), line)  # not memoised, here or there


@lru_cache(maxsize=65536)
def _skeleton_of(line: str) -> Skeleton:
    if _OTHER_SPACE_RE.search(line) is None:  # the text skeleton is the same: the clean-up computed it for most lines
        return Skeleton(text_skeleton(line), line)
    return Skeleton(_without_dropped(line).replace("\u0e33", "\u0e32"), line)


# White space other than a space, a tab or a no-break space: normalizers.text.skeleton drops it
# (it drops all white space), a line's skeleton here keeps it; without any, the two are equal.
_OTHER_SPACE_RE = re.compile(r"[^\S \t\u00a0]")


def skeleton_text(text: str) -> str:
    return skeleton_of(text).text


def _passable_lengths(lengths: set[int], cutoff: float) -> frozenset[int] | range:
    """The lengths of a candidate whose fuzz.ratio with a choice of one of
    `lengths` can reach `cutoff` (with half a point to spare): at most
    200 * min(n, m) / (n + m), so none longer than max(m) * (200 - cutoff) / cutoff."""
    least = cutoff - 0.5
    if least <= 0:
        return range(10**9)  # (every length)
    top = max(lengths, default=0)
    return frozenset(n for n in range(int(top * (200 - least) / least) + 2)
                     if any(200 * min(n, m) >= least * (n + m) for m in lengths))


def _least_length(m: int, cutoff: float) -> int:
    """The fewest letters n of a candidate whose fuzz.ratio with a choice of
    m letters can reach `cutoff` (half a point to spare, as _passable_lengths):
    the ratio is at most 200 * min(n, m) / (n + m)."""
    least = cutoff - 0.5
    return next((n for n in range(m + 1) if 200 * n >= least * (n + m)), m)


_ANCHOR_SETS: list[AnchorSet] = []  # every anchor set built (a few per form, built on import)


@dataclass(frozen=True)
class Anchor:
    key: str  # what it opens: a field or section key
    text: str  # the printed words
    kind: str = "label"  # "label" | "heading" | "marker"
    tail: str | None = None  # heading: regex of what may follow on its line (None: nothing); label: of
    # what may stand between it and its separator (then a separator must follow)
    fuzzy: bool = True  # may be found by a fuzzy comparison when OCR changed letters
    anywhere: bool = False  # a heading so distinctive it is one wherever it stands in a line
    number: str | None = None  # heading: the section number the form prints before it ("1.4"), where it has one


_SETATTR = object.__setattr__


@dataclass(frozen=True, slots=True)
class Hit:
    anchor: Anchor
    start: int  # where the anchor (or its section number) starts in the line
    end: int  # where what follows it starts (after separators)
    score: float  # 100 for an exact skeleton match, the fuzzy ratio otherwise
    number: str | None = None  # the section number printed before a heading

    def __init__(self, anchor: Anchor, start: int, end: int, score: float, number: str | None = None) -> None:
        _set = _SETATTR  # (written out: twice as fast as a frozen dataclass's generated __init__)
        _set(self, "anchor", anchor)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "score", score)
        _set(self, "number", number)

    @property
    def key(self) -> str:
        return self.anchor.key


@dataclass(frozen=True, slots=True)
class Segment:
    """What one anchor opens in a line: its value text up to the next anchor."""

    hit: Hit | None  # None for text before the first anchor
    text: str


def _cells_repeat(first: str, rest: str) -> bool:
    """Whether the text after a line's first cell is that cell's words again, cell after cell ("เป้าหมาย<tab>
    เป้าหมาย<tab>เป้าหมาย": a table's row of flags read down its columns, one word a cell): a row of values, no
    label and its value (fresh set s110u, bma_progress_s110u007: read as the label 'เป้าหมายที่', it opened a copy of
    the form, and the report entry after it was lost with no issue)."""
    words = rest.split()
    return bool(words) and all(w == first for w in words)


def _last_words_alone(span: str, label: str) -> bool:
    """Whether a span read fuzzily as `label` (its skeleton) is only the label's last letters, two or more of its
    first lacking: a word that closes other phrases too ("โครงการ :" is the wrapped end of "ผู้เสนอโครงการ", not
    "ชื่อโครงการ" with its first word lost).  One letter lacking is OCR's ("ัวชีวัด :" for ตัวชี้วัด)."""
    cand = _without_dropped(span).replace("\u0e33", "\u0e32")
    return len(label) - len(cand) >= 2 and label.endswith(cand)


# a bracketed list number opening a line ("(1) ครูในสังกัด ..."): an item, never a heading's tail
_LIST_NUMBER_RE = re.compile(r"\(\s*[0-9๐-๙]{1,2}\s*\)")
LEAD_GAIN = 3.0  # points closer to a heading its pieces read without the first, for that one to be another text's
# a Thai word: a consonant and three more letters or marks (OCR's specks before a heading hold none)
_LEAD_WORD_RE = re.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{3}")


def _foreign_first(first: str, skels: list[str], heading: str) -> bool:
    """Whether the first of a heading's pieces (`skels`, their skeletons;
    `first`, its text) is another text's line the pieces took (the last
    words of a list item the page wrapped, "การประเมิน PISA", before a
    heading OCR broke in two): the other pieces read LEAD_GAIN closer to
    the heading (skeleton) without it, and it holds a Thai word (a line of
    specks before a heading is none, and goes with it)."""
    if len(skels) < 2 or not _LEAD_WORD_RE.search(first):
        return False
    return fuzz.ratio("".join(skels[1:]), heading) >= fuzz.ratio("".join(skels), heading) + LEAD_GAIN


class AnchorSet:
    """The anchors of a form, matched together (see module doc)."""

    def __init__(self, anchors: list[Anchor], cutoff: float = 82.0, lone_labels: bool = False):
        self.anchors = list(anchors)
        self.cutoff = cutoff
        # a line that is only a label whose letters OCR changed counts as the label (a form whose labels stand
        # on lines of their own, the value on the next: the proposal's title block); off where a form's text
        # holds short lines a label's letters are near (a progress report's)
        self.lone_labels = lone_labels
        self._skel = [skeleton_text(a.text) for a in self.anchors]
        # anchors that share a skeleton ("หน่วยงานที่รับผิดชอบ" is both a
        # heading and a label) are one alternative, placed by what follows
        self._groups: dict[str, list[int]] = {}
        for i, sk in enumerate(self._skel):
            self._groups.setdefault(sk, []).append(i)
        ordered = sorted(self._groups, key=lambda sk: -len(sk))
        self._group_of = {f"g{n}": sk for n, sk in enumerate(ordered)}
        self._first_of = {g: self._groups[sk][0] for g, sk in self._group_of.items()}  # occurrences' anchor
        self._anywhere = frozenset(g for g, i in self._first_of.items() if self.anchors[i].anywhere)
        # one pattern: every distinct skeleton, longest first, each a named
        # group (its first letter outside the group: an alternation of
        # literals lets the regex engine skip a position by its first letter,
        # where groups first would make it try every skeleton at every one;
        # callers read only the whole match's span and lastgroup)
        self._re = re.compile("|".join(f"{re.escape(sk[:1])}(?P<g{n}>{re.escape(sk[1:])})"
                                       for n, sk in enumerate(ordered) if sk))
        self._tails = {i: re.compile(a.tail) for i, a in enumerate(self.anchors) if a.tail}
        self._index = {id(a): i for i, a in enumerate(self.anchors)}  # an anchor's index (tail_apart)
        self._fuzzy_labels = [i for i, a in enumerate(self.anchors) if a.fuzzy and a.kind == "label"]
        self._fuzzy_heads = [i for i, a in enumerate(self.anchors) if a.fuzzy and a.kind != "label"]
        # what the fuzzy comparisons read, built once: the labels' and headings' skeletons, and the
        # headings that may carry a tail (markers, headings with a tail) long enough to be told by
        # their first letters
        self._fuzzy_label_skels = [self._skel[i] for i in self._fuzzy_labels]
        self._fuzzy_head_skels = [self._skel[i] for i in self._fuzzy_heads]
        self._tailed_heads = [(i, self._skel[i]) for i in self._fuzzy_heads
                              if (self.anchors[i].kind == "marker" or self.anchors[i].tail) and len(self._skel[i]) >= 8]
        # ... each with the fewest letters a line's skeleton must hold for its first letters to reach the cut-off
        # against it (_fuzzy_heading: a shorter candidate is not compared, its ratio could not pass)
        self._tailed_least = [_least_length(len(sk), max(self.cutoff, self.TAILED_CUTOFF))
                              for _, sk in self._tailed_heads]
        # ... and the headings a dotted section number opens whose content may run on after them on the line
        # ("1.4 จัตถุประสงค์ของโครงการ ๒.๑ เพื่อ...": compared by the line's first letters after the number too)
        self._run_on_heads = [(i, self._skel[i]) for i in self._fuzzy_heads
                              if self.anchors[i].kind == "heading" and not self.anchors[i].tail
                              and len(self._skel[i]) >= RUN_ON_HEAD_MIN]
        self._longest = max((len(s) for s in self._skel), default=0)
        # the headings found from their pieces (pieced): long ones, matched whole
        self._pieced_heads = [i for i in self._fuzzy_heads
                              if self.anchors[i].kind == "heading" and len(self._skel[i]) >= self.PIECES_MIN]
        self._pieced_skels = [self._skel[i] for i in self._pieced_heads]
        # the candidate lengths a fuzzy comparison can pass at all: fuzz.ratio is at most
        # 200 * min(m, n) / (m + n) for lengths m and n (the Indel distance is at least their
        # difference), and a label found by Hamming distance must have the candidate's length;
        # a candidate of another length is not compared (the result would be None anyway)
        label_lens = {len(sk) for sk in self._fuzzy_label_skels}
        head_lens = {len(sk) for sk in self._fuzzy_head_skels}
        self._label_ratio_lens = _passable_lengths(label_lens, self.cutoff)
        self._label_lens = frozenset(label_lens)
        self._head_ratio_lens = _passable_lengths(head_lens, self.cutoff)
        # the headings and markers by their skeleton's first two letters (what `wraps` compares first)
        self._heads_by_start: dict[str, list[int]] = {}
        for i, a in enumerate(self.anchors):
            if a.kind != "label":
                self._heads_by_start.setdefault(self._skel[i][:2], []).append(i)
        # the headings printed anywhere, long enough to be told by their first part (_fuzzy_crossing)
        self._break_heads = [i for i in self._fuzzy_heads if self.anchors[i].anywhere and self.anchors[i].kind == "heading"
                             and len(self._skel[i]) >= 2 * self.FUZZY_BREAK_MIN]
        # ... and the long ones among them a page's edge may cut, by their first letters (_cut_heading)
        self._cut_heads_by_start: dict[str, list[tuple[int, str]]] = {}
        for i in self._break_heads:
            if len(sk := self._skel[i]) >= self.CUT_HEAD_MIN:
                self._cut_heads_by_start.setdefault(sk[: self.CUT_HEAD_OPENING], []).append((i, sk))
        self._anywhere_last: tuple[list[str], list[int]] | None = None  # anywhere_starts_joined: last asked, answer
        self._label_memo: dict[str, tuple[int, tuple[str, float, int] | None]] = {}  # _label_candidate's, per span
        _ANCHOR_SETS.append(self)

    # -- scanning

    def scan(self, line: str) -> list[Hit]:
        """Every anchor in `line`, in order, none overlapping."""
        return list(self._scan(line) if len(line) <= CACHED_LINE else self._scan.__wrapped__(self, line))

    @lru_cache(maxsize=32768)  # noqa: B019 - one AnchorSet per form, built once
    def _scan(self, line: str) -> tuple[Hit, ...]:
        sk = skeleton_of(line)
        hits: list[Hit] = []
        for m in self._re.finditer(sk.text):
            start = sk.pos[m.start()]
            end = sk.pos[m.end() - 1] + 1
            if hits and start < hits[-1].end:
                continue
            hit = self._place_group(self._groups[self._group_of[m.lastgroup]], line, start, end)
            if hit is not None:
                hits.append(hit)
        if self._fuzzy_labels or self._fuzzy_heads:
            hits = self._fuzzy(line, hits)
        return tuple(hits)

    def _place_group(self, group: list[int], line: str, start: int, end: int) -> Hit | None:
        # the anchor's last letters may carry marks the skeleton dropped
        while end < len(line) and _MARKS_RE.match(line[end]):
            end += 1
        bare = _LEADERS_RE.match(line, end).end() == len(line)  # nothing but leaders follows
        kinds = sorted(group, key=lambda i: (self.anchors[i].kind == "label") == bare)
        for i in kinds:
            hit = self._place(i, line, start, end, 100.0)
            if hit is not None:
                return hit
        return None

    def _place(self, i: int, line: str, start: int, end: int, score: float) -> Hit | None:
        """The hit of anchor `i` found at line[start:end], if it may stand there."""
        anchor = self.anchors[i]
        # what stands before the anchor, read without copying line[:start]
        # (a line of thousands of anchors would make that quadratic): a
        # section number ends at most NUMBER_REACH characters before the
        # white space that precedes the anchor
        ws = start
        while ws > 0 and line[ws - 1].isspace():
            ws -= 1
        numbered = (SECTION_NUMBER_RE.search(line, max(0, ws - NUMBER_REACH), start)
                    or _DAMAGED_NUMBER_RE.match(line, 0, start))
        if anchor.kind == "heading" and (numbered is None or not re.search(r"[.)]", numbered.group(0))):
            numbered = _SPECKED_NUMBER_RE.search(line, max(0, ws - NUMBER_REACH), start) or numbered
        lead_end = numbered.start() if numbered else start
        at_start = (_NUMBER_LEAD_RE if numbered else _LEAD_RE).match(line, 0, lead_end).end() == lead_end
        if anchor.kind == "label":
            sep = _SEPARATOR_RE.match(line, end)
            if sep:
                return Hit(anchor, start, sep.end(), score)
            tail = self._tails.get(i)
            if tail is not None:  # a label's tail (a unit OCR garbled: "ปีงบประมาณ Wa. :") needs its separator
                after = tail.match(line, end)
                sep = _SEPARATOR_RE.match(line, after.end()) if after else None
                if sep:  # (a match of _SEPARATOR_RE holds one of ":;=：")
                    return Hit(anchor, start, sep.end(), score)
                return None
            gap = _GAP_RE.match(line, end)
            if gap:
                return Hit(anchor, start, gap.end(), score)
            leader = _DOT_LEADER_RE.match(line, end)
            if leader:  # "รหัสโครงการ... " whose ":" OCR lost: the dots lead to the value (or the line's end)
                return Hit(anchor, start, leader.end(), score)
            if at_start and not numbered:
                leader = _DOTS_THEN_SPACE_RE.match(line, end)
                if leader:  # "รหัสโครงการ... 1 ๐๙๐..." opening its line: the same, one space after the dots
                    return Hit(anchor, start, leader.end(), score)
            if at_start and not numbered and (end >= len(line) or line[end].isspace()):
                return Hit(anchor, start, end, score)  # the colon lost, or the value on the next line
            if self.lone_labels and _SEPARATOR_LEAD_RE.fullmatch(line, 0, start) \
                    and _LEADERS_RE.match(line, end).end() == len(line):
                return Hit(anchor, start, end, score)  # a label alone on its line after a colon OCR moved there
            return None
        # a heading or marker opens its line, or (inside a line) follows a dotted section number
        number = numbered.group(1) if numbered else None
        if not at_start and not anchor.anywhere and not (numbered and re.search(r"[.)]", numbered.group(0))):
            return None
        if anchor.kind == "heading":
            rest_start, rest_end = _LEADERS_RE.match(line, end).end(), _trimmed_end(line)
            tail = self._tails.get(i)
            if (rest_start < rest_end and not (tail and tail.match(line, rest_start, rest_end))
                    and not numbered and not anchor.anywhere and not _DOTS_AFTER_RE.match(line, end)):
                speck = _SPECK_AFTER_RE.match(line, end)
                if speck is None:
                    return None  # words opening running text, not a heading
                return Hit(anchor, start, speck.end(), score)
        bracket = _BRACKET_TAIL_RE.match(line, end) if anchor.tail else None
        if bracket:  # a bracketed tail is part of the heading: "... ระยะ 20 ปี (ยุทธศาสตร์-.../ตัวชี้วัด)"
            end = bracket.end()
        sep = _SEPARATOR_RE.match(line, end) or _LEADER_RE.match(line, end)
        return Hit(anchor, numbered.start() if numbered else start, sep.end(), score, number)

    def _fuzzy(self, line: str, hits: list[Hit]) -> list[Hit]:
        """Anchors whose letters OCR changed: compared fuzzily at candidate
        spans not covered by an exact hit (see module doc)."""
        if self._fuzzy_heads and not hits:
            hit = (self._fuzzy_heading(line) if len(line) <= 2 * self._longest + 12 else None) \
                or self._fuzzy_numbered_title(line)
            if hit is not None:
                return [hit]
        if self._run_on_heads and "." in line:
            hits = self._fuzzy_run_in(line, hits)
        if not self._fuzzy_labels:
            return hits
        if not hits or hits[0].start > 0:
            # a label at the line's start that a gap, not a colon, parts from its value (a title block laid out
            # as a table: "ซือโครงการ<tab>ส่งเสริม...", 'ชื่อโครงการ' whose letters OCR changed)
            gap = _GAP_RE.search(line, 0, LABEL_REACH * (self._longest + 6))
            if gap is not None and gap.start() > 0 and (not hits or hits[0].start >= gap.end()) \
                    and not line[:gap.start()].isspace():
                first = line[:gap.start()].lstrip()
                if not _SEPARATOR_IN_RE.search(first) and not _cells_repeat(first, line[gap.end():]):
                    n, found = self._label_memo.get(first) or self._label_candidate(first)
                    # (no more than a letter dropped or added: a table's column head that is a label's last
                    # word, 'โครงการ' under 'ชื่อโครงการ', is no label)
                    if found is not None and abs(len(found[0]) - n) <= 1 and not found[0].endswith(
                            _without_dropped(first).replace("\u0e33", "\u0e32")):
                        start, end = len(line) - len(line.lstrip()), gap.end()
                        sep = _SEPARATOR_RE.match(line, end)  # a colon after the gap: the value follows it
                        if sep:  # (a match of _SEPARATOR_RE holds one of ":;=：")
                            end = sep.end()
                        hits = [Hit(self.anchors[self._fuzzy_labels[found[2]]], start, end, found[1]), *hits]
            elif self.lone_labels and gap is None and not hits and len(line) <= 2 * self._longest + 6 \
                    and not _SEPARATOR_IN_RE.search(line):
                # a label alone on its line, its value on the next, whose letters OCR changed ("ซื่อโครงการ"):
                # the line is the label, as an exact one alone on its line is (_place: the value on the next line)
                whole = line.strip()
                n, found = self._label_memo.get(whole) or self._label_candidate(whole)
                if found is not None and abs(len(found[0]) - n) <= 1 and not found[0].endswith(
                        _without_dropped(whole).replace("\u0e33", "\u0e32")):
                    start = len(line) - len(line.lstrip())
                    return [Hit(self.anchors[self._fuzzy_labels[found[2]]], start, start + len(whole), found[1])]
            if self.lone_labels and (not hits or hits[0].start > 0):
                hit = self._fuzzy_word_label(line, hits)
                if hit is not None:
                    hits = [hit, *hits]
        if _SEPARATOR_IN_RE.search(line) is None:  # (no ":;=：" in it: one pass, not one a character)
            return hits
        # each separator's label span starts after the last gap or hit before
        # it; both are looked up by bisection, so a line of thousands of
        # separators costs no more than a line of a few (the spans, a
        # straddling hit and blank spans as in reading the line left to right)
        found: list[Hit] = []
        gaps = _Gaps(line)
        starts = [h.start for h in hits]
        ends = [h.end for h in hits]
        for sep in _SEPARATOR_RE.finditer(line):  # (each match holds one of ":;=：": the pattern's last part)
            p = sep.start()
            k = bisect_right(ends, p)
            a = max(0, gaps.last_end_before(p), ends[k - 1] if k else 0, found[-1].end if found else 0)
            j = bisect_left(starts, p)
            if gaps.blank(a, p) or (j and ends[j - 1] > p):
                continue
            hit = self._fuzzy_label(line, a, p, sep.end())
            if hit is not None:
                found.append(hit)
        return sorted(hits + found, key=lambda h: h.start)

    WORD_LABEL_MIN = 12  # skeleton letters of a label read fuzzily from a line's first word alone
    WORD_LABEL_CUTOFF = 78.0  # the fuzz.ratio such a word needs, where the anchors' cutoff found no label

    def _fuzzy_word_label(self, line: str, hits: list[Hit]) -> Hit | None:
        """A long label whose letters OCR changed, the line's first word, its
        value after one space ("หน่วยงานที่รับถิดชอบ สำนักงานเขต...": a title
        block laid out as a table whose gap OCR read as one space), as an
        exact label may be (_place): a letter dropped or added at most, the
        label LONG (WORD_LABEL_MIN letters), so no short word of running text
        is one."""
        m = _FIRST_WORD_RE.match(line)
        if m is None or (hits and hits[0].start < m.end()) or _SEPARATOR_IN_RE.search(m.group(1)):
            return None
        word = m.group(1)
        n, found = self._label_memo.get(word) or self._label_candidate(word)
        if found is None and self.WORD_LABEL_MIN <= n <= self._longest + 1:
            # a LONG label's word may lose more of its letters to OCR and stay that label alone: three of fifteen
            # ("หน่วยงานที่รับกกขอบ" for หน่วยงานที่รับผิดชอบ, fuzz.ratio 80), no other label or word of running text
            # opening a line that near it
            cand = _without_dropped(word).replace("\u0e33", "\u0e32")
            found = process.extractOne(cand, self._fuzzy_label_skels, scorer=fuzz.ratio,
                                       score_cutoff=self.WORD_LABEL_CUTOFF)
        if found is None or len(found[0]) < self.WORD_LABEL_MIN or abs(len(found[0]) - n) > 1:
            return None
        # a colon after the space is the label's separator, not the value's first character ("ะยะเวลาดําเนินการ :
        # พ.ย. 66 - ก.ย. 67", ร lost: the separators' pass, finding the label taken, reads no other label there)
        sep = _SEPARATOR_RE.match(line, m.end(1))
        end = sep.end() if sep and _SEPARATOR_IN_RE.search(sep.group()) else m.end()
        return Hit(self.anchors[self._fuzzy_labels[found[2]]], m.start(1), end, found[1])

    def _fuzzy_label(self, line: str, a: int, b: int, value_start: int) -> Hit | None:
        """A label whose letters OCR changed, ending just before the separator
        at line[b]: the span's last one to five words, the best match."""
        reach = max(a, b - LABEL_REACH * (self._longest + 6))
        # only the last five words are compared: in a long span they are
        # found in its last WORD_WINDOW characters when six start there (the
        # first of them may be cut by the window; the five after it are whole)
        words = [m.start() for m in _WORD_RE.finditer(line, b - WORD_WINDOW, b)] if b - WORD_WINDOW > reach else []
        if len(words) < 6:
            words = [m.start() for m in _WORD_RE.finditer(line, reach, b)]
            if reach > a and words and words[0] == reach and not line[reach - 1].isspace():
                words = words[1:]  # a word cut by the reach is far too long for a label
        best: tuple[float, int, int] | None = None  # score, anchor, start
        longest = self._longest + 6
        memo = self._label_memo
        for start in reversed(words[-5:]):
            span = line[start:b]
            known = memo.get(span)
            if known is None:
                known = self._label_candidate(span)
                if len(memo) >= LABEL_MEMO:
                    memo.clear()
                memo[span] = known
            n, found = known
            if n > longest:
                break
            if found is not None and (best is None or found[1] > best[0]) and not _last_words_alone(span, found[0]):
                best = (found[1], self._fuzzy_labels[found[2]], start)
        if best is None:
            return None
        return Hit(self.anchors[best[1]], best[2], value_start, best[0])

    def _label_candidate(self, span: str) -> tuple[int, tuple[str, float, int] | None]:
        """(the length of the span's skeleton, the fuzzy label it reads as, if
        any: rapidfuzz's (choice, score, index)).  Memoised per span for the
        document (`_label_memo`): a form prints its labels on many lines, so
        the words before a separator repeat where the lines do not."""
        cand = _without_dropped(span).replace("\u0e33", "\u0e32")  # skeleton_text, not memoised: new spans
        if len(cand) > self._longest + 6 or len(cand) < 3:
            return len(cand), None
        choices = self._fuzzy_label_skels
        found = (process.extractOne(cand, choices, scorer=fuzz.ratio, score_cutoff=self.cutoff)
                 if len(cand) in self._label_ratio_lens else None)
        if found is None and len(cand) >= 5 and len(cand) in self._label_lens:
            # a short label with one letter changed ("ทัวชี้วัด" for ตัวชี้วัด)
            one = process.extractOne(cand, choices, scorer=Hamming.distance, score_cutoff=1)
            found = (one[0], self.cutoff, one[2]) if one is not None and len(one[0]) == len(cand) else None
        return len(cand), found

    TAILED_CUTOFF = 88  # how near a line's first letters must be to a heading that may carry a tail

    def _fuzzy_heading(self, line: str) -> Hit | None:
        numbered = _OPENING_NUMBER_RE.match(line)
        body = line[numbered.end():] if numbered else line
        if ")" in body:  # (the bracketed tail's pattern needs one)
            body = _BRACKETED_END_RE.sub("", body) or body  # a bracketed tail
        cand = skeleton_text(body)
        if len(cand) < 6:
            return None
        best = (process.extractOne(cand, self._fuzzy_head_skels, scorer=fuzz.ratio, score_cutoff=self.cutoff)
                if len(cand) in self._head_ratio_lens else None)
        if best is None:
            # a heading that may carry a tail: compare the line's first letters
            least = max(self.cutoff, self.TAILED_CUTOFF)
            n = len(cand)
            for (i, sk), fewest in zip(self._tailed_heads, self._tailed_least):
                if n < fewest:
                    continue  # (too few letters to reach the cut-off against this heading: its ratio would be 0)
                head = cand[: len(sk)]
                # (the cut-off only lets rapidfuzz stop early; a score past it is the score)
                if score := fuzz.ratio(head, sk, score_cutoff=least):
                    end = len(line)
                    if self.anchors[i].kind == "marker" and not numbered:
                        end = self._marker_end(line, sk)  # its content follows on the line
                    return Hit(self.anchors[i], 0, end, score, numbered.group(1) if numbered else None)
            if numbered and "." in numbered.group(1):
                return self._run_on_numbered(line, numbered, cand, least)
            return self._cut_heading(line, cand, least)
        if not numbered and len(best[0]) - len(cand) >= 3 and best[0].endswith(cand):
            return None  # a heading's last words standing alone are a wrapped line's end ("งานที่รับผิดชอบ")
        anchor = self.anchors[self._fuzzy_heads[best[2]]]
        end = len(line)
        if anchor.kind == "heading" and anchor.anywhere and anchor.tail is None:
            end = self._run_on_heading_end(line, best[0])
        if anchor.kind == "marker" and not numbered:
            # a marker whose figure follows it on the line ("จำนวนเงินงงบประมาณตามแผนการใช้จ่าย ๐ บาท": a
            # letter OCR doubled, a short figure): the whole line's letters compare with the marker's as well
            # as its first letters do, but the figure is the marker's content, not its words
            cut = self._marker_end(line, best[0])
            if cut < len(line) and _FIGURE_START_RE.match(line, cut):
                end = cut
        return Hit(anchor, 0, end, best[1], numbered.group(1) if numbered else None)

    CUT_HEAD_MIN = 48  # skeleton letters of a heading printed anywhere that a page's edge may cut (_cut_heading)
    CUT_HEAD_CUTOFF = 95  # how near a line's letters must be to such a heading's first letters as many
    CUT_HEAD_OPENING = 4  # first letters of such a heading a line must print as they are (the heading's opening)

    def _cut_heading(self, line: str, cand: str, least: float) -> Hit | None:
        """A long heading printed anywhere (CUT_HEAD_MIN letters or more) that
        the page's right edge cut, OCR leaving its end unread: the whole line
        is the heading's opening, over half of its letters, its first
        CUT_HEAD_OPENING as printed, compared with them at CUT_HEAD_CUTOFF or
        nearer, and no other heading's as near as
        `least` ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภา" for
        "...แผนแม่บทภายใต้ยุทธศาสตร์ชาติ...": fresh set s146p,
        obec_progress_s146p002, whose activity ran on into it silently);
        None where no heading opens so."""
        n = len(cand)
        if n <= self.CUT_HEAD_MIN // 2 or n >= self._longest:
            return None  # (no heading it could be over half of: most lines, told by their length alone)
        heads = self._cut_heads_by_start.get(cand[: self.CUT_HEAD_OPENING])
        if heads is None:
            return None  # (its first letters open no such heading: most lines, told by one lookup)
        scores = [(score, i) for i, sk in heads if len(sk) > n
                  and (score := fuzz.ratio(cand, sk[:n], score_cutoff=least))]
        if len(scores) != 1:
            return None  # (none, or two headings open so, "...ดำเนินการกับแผน" of แผนแม่บท... and แผนพัฒนา...: neither)
        score, i = scores[0]
        sk = self._skel[i]
        if score < self.CUT_HEAD_CUTOFF or 2 * n <= len(sk):
            return None
        # (scored as the whole heading compares: a first line whose rest the next line holds reads better joined,
        # `wraps`)
        return Hit(self.anchors[i], 0, len(line), fuzz.ratio(cand, sk))

    def _run_on_numbered(self, line: str, numbered: re.Match[str], cand: str, least: float) -> Hit | None:
        """A heading after its dotted section number whose letters OCR
        changed, the section's content running on after it on the line
        ("1.4 จัตถุประสงค์ของโครงการ ๒.๑ เพื่อยกระดับ...", ว read จ: fresh set
        s132p, bma_progress_s132p004, whose objectives were lost with it; the
        heading printed right is found exactly, its content after it): the
        line's first letters after the number compare with the heading's
        (a letter more or fewer, as OCR doubled or dropped one) at
        TAILED_CUTOFF or nearer, and its content follows from there; None
        where no heading compares so."""
        for i, sk in self._run_on_heads:
            if len(cand) < len(sk) + RUN_ON_LEAST_LETTERS:
                continue  # (no content after it: the whole line is compared as a heading, above)
            score, k = max((fuzz.ratio(cand[:k], sk), k) for k in (len(sk) - 1, len(sk), len(sk) + 1))
            if score < least:
                continue
            body = skeleton_of(line[numbered.end():])
            end = numbered.end() + body.pos[k - 1] + 1
            while end < len(line) and _MARKS_RE.match(line[end]):
                end += 1
            sep = _SEPARATOR_RE.match(line, end) or _LEADER_RE.match(line, end)
            return Hit(self.anchors[i], 0, sep.end() if sep else end, score, numbered.group(1))
        return None

    def _fuzzy_run_in(self, line: str, hits: list[Hit]) -> list[Hit]:
        """`hits` and each heading whose letters OCR changed that follows a
        dotted section number inside the line, a form printed as running
        text ("... ต่อเนื่อง 1.4 วตกประสงค์ของโครงการ ๑. เพื่อ...", ถุ read ก:
        fresh set s145o, bma_progress_s145o010, whose objectives were lost
        with it): the letters after the number compare with a heading's as
        _run_on_numbered compares them (TAILED_CUTOFF, a letter more or
        fewer), and as many of them differ from its letters by RUN_IN_EDITS
        at most (its first letters right after the number), outside any
        hit.  An exact heading is found there already (_place); with letters
        changed, only where the number says one opens."""
        found: list[Hit] = []
        for m in _RUN_IN_NUMBER_RE.finditer(line):
            if m.start() == 0 or any(h.start <= m.start() < h.end for h in hits):
                continue
            cand = skeleton_text(line[m.end():m.end() + 3 * self._longest])
            # (the headings whose first letters follow the number, RUN_IN_EDITS at most changed)
            near = {sk for _, sk in self._run_on_heads
                    if Levenshtein.distance(cand[: len(sk)], sk, score_cutoff=RUN_IN_EDITS) <= RUN_IN_EDITS}
            if not near:
                continue  # (no heading's first letters there: most numbers inside a line, a figure's, told so)
            hit = self._run_on_numbered(line, m, cand, max(self.cutoff, self.TAILED_CUTOFF))
            if hit is None or any(h.start < hit.end and m.start() < h.end for h in hits):
                continue
            if skeleton_text(hit.anchor.text) not in near:
                continue  # (a word between the number and the heading, "1.5 ข้อ เป้าหมาย...": no heading opens there)
            found.append(Hit(hit.anchor, m.start(1), hit.end, hit.score, hit.number))
        return sorted(hits + found, key=lambda h: h.start) if found else hits

    @staticmethod
    def _run_on_heading_end(line: str, sk: str) -> int:
        """Where a heading printed anywhere (no tail of its own) that a line
        compares with fuzzily ends, when the form's next content runs on after
        it on the line ("ถึง) รายงานความกถ้าวหน้าของโครงการและการใช้จ่าย
        งบประมาณ รายงานครั้งที่ ๑": its section number and a letter misread, the
        entries' first header after it): after the line's letters that
        compare best with the heading's (rapidfuzz's partial alignment, then
        a letter more or less as OCR doubled or dropped one), where
        RUN_ON_LEAST_LETTERS Thai letters or digits or more follow; else the line's end (the whole
        line the heading, as before)."""
        skel = skeleton_of(line)
        text = skel.text
        if len(text) - len(sk) < RUN_ON_LEAST_LETTERS:
            return len(line)
        al = fuzz.partial_ratio_alignment(sk, text)
        a = al.dest_start
        n = max(range(max(a + 1, al.dest_end - 2), min(len(text), al.dest_end + 2) + 1),
                key=lambda k: (fuzz.ratio(text[a:k], sk), -abs(k - al.dest_end)))
        if len(_RUN_ON_LETTER_RE.findall(text, n)) < RUN_ON_LEAST_LETTERS:
            return len(line)  # (no content after it: specks, a markdown's asterisks)
        end = skel.pos[n - 1] + 1
        while end < len(line) and _MARKS_RE.match(line[end]):
            end += 1
        return end

    TITLE_CUTOFF = 90  # how near a numbered line's first letters must be to a long heading printed anywhere

    def _fuzzy_numbered_title(self, line: str) -> Hit | None:
        """A long heading printed anywhere (Anchor.anywhere) whose letters
        OCR changed, after a section number that opens the line, the form's
        next content run on after it ("2. รายงานความค้าวหน้าของโครงการ...
        รายงานครั้งที่ 1 ...": a form printed on a few lines): the line's
        first letters compare with the heading's, and the heading ends where
        they compare best.  An exact one is found anywhere in a line; with
        letters changed, only where a section number says a heading opens."""
        numbered = _OPENING_NUMBER_RE.match(line)
        if numbered is None or not self._break_heads:
            return None
        body = line[numbered.end():]
        cand = skeleton_text(body[: 3 * self._longest])
        for i in self._break_heads:
            sk = self._skel[i]
            if len(cand) < len(sk) or not (score := fuzz.ratio(cand[: len(sk)], sk, score_cutoff=self.TITLE_CUTOFF)):
                continue
            return Hit(self.anchors[i], 0, numbered.end() + self._marker_end(body, sk), score, numbered.group(1))
        return None

    @staticmethod
    def _marker_end(line: str, sk: str) -> int:
        """Where a marker found fuzzily at the start of `line` ends: after the
        line's first letters (a letter more or less than the marker's, as
        OCR doubled or dropped one) that compare best with it."""
        skel = skeleton_of(line)
        if len(skel.text) <= len(sk) - 2:
            return len(line)
        n = max(range(len(sk) - 2, min(len(sk) + 2, len(skel.text)) + 1),
                key=lambda k: (fuzz.ratio(skel.text[:k], sk), -abs(k - len(sk))))
        end = skel.pos[n - 1] + 1
        while end < len(line) and _MARKS_RE.match(line[end]):
            end += 1
        sep = _SEPARATOR_RE.match(line, end) or _LEADER_RE.match(line, end)
        return sep.end()

    def occurrences(self, line: str) -> list[tuple[Anchor, int, int]]:
        """Every place an anchor's words stand in `line`, wherever it is and
        whatever follows it: (anchor, start, end).  For cutting a line that
        holds a whole document; `scan` says which of them open something."""
        sk = skeleton_of(line)
        out = []
        pos, anchors, first, marks = sk.pos, self.anchors, self._first_of, _MARKS_RE.match
        n = len(line)
        for m in self._re.finditer(sk.text):
            end = pos[m.end() - 1] + 1
            while end < n and marks(line, end):
                end += 1
            out.append((anchors[first[m.lastgroup]], pos[m.start()], end))
        return out

    def anywhere_starts(self, line: str) -> list[int]:
        """Where each occurrence (as `occurrences` finds them) of an anchor
        marked `anywhere` starts in `line`: for a whole document, without
        building a tuple for every other anchor's occurrence."""
        sk = skeleton_of(line)
        wanted = self._anywhere
        return origins(line, [m.start() for m in self._re.finditer(sk.text) if m.lastgroup in wanted])

    def anywhere_starts_joined(self, texts: list[str]) -> list[int]:
        """anywhere_starts(" ".join(texts)) read from each line's memoised
        skeleton: the joined text's skeleton is theirs end to end (the
        joining spaces are dropped), and a place in it is a place in one
        line (its position map, memoised with it), so the whole is neither
        skeletonised nor mapped back character by character.  A reader may
        ask twice of the same document: the last answer is kept."""
        last = self._anywhere_last
        if last is not None and last[0] == texts:
            return list(last[1])
        sks = [skeleton_of(t) if len(t) <= CACHED_LINE else None for t in texts]
        parts = [sk.text if sk is not None else skeleton_text(t) for sk, t in zip(sks, texts)]
        sk_starts = list(accumulate(map(len, parts), initial=0))  # where each line's skeleton starts in the whole
        wanted = self._anywhere
        found = [m.start() for m in self._re.finditer("".join(parts)) if m.lastgroup in wanted]
        by_line: dict[int, list[int]] = {}
        for i in found:
            k = bisect_right(sk_starts, i) - 1  # the line whose skeleton holds index i (an empty one holds none)
            by_line.setdefault(k, []).append(i - sk_starts[k])
        line_starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
        starts = []
        for k, indices in by_line.items():  # (in the order of `found`)
            sk = sks[k]
            where = [sk.pos[i] for i in indices] if sk is not None else origins(texts[k], indices)
            starts.extend(line_starts[k] + p for p in where)
        self._anywhere_last = (list(texts), starts)
        return list(starts)

    # -- segments

    def segments(self, line: str, hits: list[Hit] | None = None) -> list[Segment]:
        """The line cut at its anchors: (hit, the text it opens)."""
        hits = self.scan(line) if hits is None else hits
        out: list[Segment] = []
        if not hits:
            return [Segment(None, line.strip())]
        lead = line[: hits[0].start].strip(" \t")
        if lead:
            out.append(Segment(None, lead))
        for hit, nxt in zip(hits, hits[1:] + [None]):
            value = line[hit.end: nxt.start if nxt else len(line)]
            out.append(Segment(hit, value.strip(" \t")))
        return out

    def at_start(self, line: str) -> Hit | None:
        """The anchor opening `line`, if any: after a bullet or dash, or a speck of punctuation OCR left before
        it (".ความก้าวหน้าของกิจกรรมที่ดำเนินการ ...": fresh set s116v, obec_progress_s116v002, whose heading was
        read as an indicator's text and the round's activities as the targets')."""
        hits = self._scan(line) if len(line) <= CACHED_LINE else self._scan.__wrapped__(self, line)  # (no list copy)
        if hits and not line[: hits[0].start].strip(" \t-–•*(.,:;'`|_"):
            return hits[0]
        return None


    # -- anchors a line break cut in two

    BREAK_BLANKS = 2  # blank lines OCR may set between the two lines of a break
    BREAK_SPECKS = 1  # lines of a speck alone (speck_line) OCR may set between them too

    def mend_breaks(self, lines: list[Line]) -> list[Line]:
        """Lines with every anchor that a line break cut in two moved whole
        onto the second line ("... 2. รายงานความก้าวหน้าของโครงการ" /
        "และการใช้จ่ายงบประมาณ รายงานครั้งที่ 1 ..."), as a page too narrow for
        a paragraph or a wrapped one-line form leaves it.  Only the tail of
        each line and the head of the next are looked at; nothing is lost
        and each piece keeps its line."""
        out = list(lines)
        before: dict[int, Line] = {}  # a heading mended fuzzily, on a line of its own before out[j]'s rest
        reach = 2 * self._longest + 8  # characters each side of a break an anchor can span
        for i in range(len(out) - 1):
            a, j = out[i], i + 1
            # (past blank lines: OCR sets one between the lines of a paragraph it wraps, "... 2. รายงานความ
            # ก้าวหน้าของโครงการและ" / "" / "การใช้จ่ายงบประมาณ ...": before, the heading went unread there; and past
            # a line of a speck alone and the blank lines about it, "... ต่อเนื่อง 1.4" / "" / "จ7" / "" /
            # "วัตถุประสงค์ของโครงการ ...": fresh set s139o, bma_progress_s139o010, whose objectives ran into the
            # rationale, nothing said)
            blanks, specks = self.BREAK_BLANKS, self.BREAK_SPECKS
            while j < len(out) - 1 and out[j].kind == "text":
                text = out[j].text.strip()
                if not text and blanks:
                    blanks -= 1
                elif text and specks and speck_line(text):
                    specks, blanks = specks - 1, self.BREAK_BLANKS
                else:
                    break
                j += 1
            b = out[j]
            if a.kind != "text" or b.kind != "text" or not a.text.strip() or not b.text.strip():
                continue
            cut = self._crossing(a.text[-reach:], b.text[:reach])
            ends = None
            if cut is None and self._break_heads:
                cut, ends = self._fuzzy_crossing(a.text[-reach:], b.text[:reach]) or (None, None)
            if cut is None:
                continue
            keep = len(a.text) - len(a.text[-reach:]) + cut
            moved = a.text[keep:].strip()
            out[i] = Line(a.no, a.text[:keep].rstrip(), a.kind, a.bullet, a.indent)
            if ends is None:
                out[j] = Line(b.no, f"{moved} {b.text.lstrip()}", b.kind, b.bullet, b.indent)
            else:  # the heading whole on a line of its own (a fuzzy heading is found alone), the rest after it
                before[j] = Line(b.no, f"{moved} {b.text[:ends].strip()}", b.kind, b.bullet, b.indent)
                out[j] = Line(b.no, b.text[ends:].strip(), b.kind, b.bullet, b.indent)
        if before:
            out = [x for k, ln in enumerate(out) for x in ((before[k], ln) if k in before else (ln,))]
        return [ln for ln in out if ln.kind != "text" or ln.text.strip()]

    FUZZY_BREAK_MIN = 16  # skeleton letters of a heading's first part a line must end with, exactly

    def _fuzzy_crossing(self, tail: str, head: str) -> tuple[int, int] | None:
        """(where in `tail` a heading starts, where in `head` it ends) for a
        long heading printed anywhere (Anchor.anywhere) that a line break cut
        in two where OCR also changed a letter of its second part ("... 2.
        รายงานความก้าวหน้าของโครงการและ" / "การใช้จข่ายงบประมาณ ครั้งที่ ...",
        a letter added), so no exact match crosses the break: `tail` ends
        with the heading's first FUZZY_BREAK_MIN letters or more exactly,
        right after a section number, and `head` opens with the rest of its
        letters fuzzily (the set's cut-off, on that rest alone).  Where its
        first part is changed too, _fuzzy_numbered_crossing weighs it."""
        tail_sk = skeleton_of(tail)
        opening: tuple[int, str] | None | bool = False  # _numbered_opening(tail), once asked
        for i in self._break_heads:
            sk = self._skel[i]
            if sk[: self.FUZZY_BREAK_MIN] not in tail_sk.text[-len(sk):]:  # (a cheap look first)
                if opening is False:
                    opening = _numbered_opening(tail)
                if opening is not None and (found := self._fuzzy_numbered_crossing(opening, head, sk)):
                    return found
                continue
            k = next((k for k in range(min(len(sk) - 2, len(tail_sk.text)), self.FUZZY_BREAK_MIN - 1, -1)
                      if tail_sk.text.endswith(sk[:k])), None)
            if k is None:
                continue
            rest, head_sk = sk[k:], skeleton_of(head)
            score, m = max(((fuzz.ratio(rest, head_sk.text[:m]), m)
                            for m in range(max(1, len(rest) - 2), min(len(rest) + 2, len(head_sk.text)) + 1)),
                           default=(0.0, 0))
            start = tail_sk.pos[len(tail_sk.text) - k]
            number = SECTION_NUMBER_RE.search(tail[:start])
            if score < self.cutoff or number is None or "." not in number.group(0):  # ("2.", "1.6": a section's)
                continue
            return number.start(), head_sk.pos[m - 1] + 1
        return None

    def _fuzzy_numbered_crossing(self, opening: tuple[int, str], head: str, sk: str) -> tuple[int, int] | None:
        """(where in `tail` the heading `sk` starts, where in `head` it ends)
        for a long heading printed anywhere that a line break cut in two
        where OCR changed letters of its first part as well ("... ตามเกณฑ์ที่
        กำหนด 2. รายงานความกถ้าวหน้าของโครงการและการให้จ่าย" / "งบประมาณ
        รายงานครั้งที่ ๑ ...", a letter added and one changed: no exact first
        part): a dotted section number ("2.") in `tail` opens at least
        FUZZY_BREAK_MIN of the heading's letters, which run to the end of
        `tail` short of the whole heading, and those letters with the first of
        `head` compare with the whole heading as closely as a numbered title's
        (TITLE_CUTOFF, _fuzzy_numbered_title).  The number says a heading
        opens there, as it does for a title that opens its line.  `opening`:
        the number's start in `tail` and the letters after it
        (_numbered_opening, asked once for all the headings)."""
        start, first = opening
        if not self.FUZZY_BREAK_MIN <= len(first) <= len(sk) - 2 or fuzz.ratio(first, sk[: len(first)]) < self.TITLE_CUTOFF:
            return None
        head_sk = skeleton_of(head)
        left = len(sk) - len(first)
        score, m = max(((fuzz.ratio(first + head_sk.text[:m], sk), m)
                        for m in range(max(1, left - 2), min(left + 2, len(head_sk.text)) + 1)), default=(0.0, 0))
        if score < self.TITLE_CUTOFF:
            return None
        return start, head_sk.pos[m - 1] + 1

    def _crossing(self, tail: str, head: str) -> int | None:
        """Where in `tail` an anchor starts that runs on into `head`, if one
        does; or where the section number of a heading that opens `head`
        starts, left at the end of `tail`."""
        # the skeleton of the two joined is the two skeletons end to end (the
        # space between is dropped): each line's is memoised, as its scan uses
        # it too, where the joined text is new at every break
        tail_sk = skeleton_of(tail).text
        text = tail_sk + skeleton_of(head).text
        # an anchor crossing the break starts before it (skeleton index `cut`)
        # and ends after it, so it starts at most _longest letters before:
        # without a match there, none of the scan below can cross
        cut = len(tail_sk)
        near = self._re.search(text, max(0, cut + 1 - self._longest))
        if near is None:
            return None
        joined = f"{tail} {head}"
        if near.start() >= cut:  # nothing crosses; a heading may still open `head` with its number left behind
            return self._number_left(tail, head, joined, near) if near.start() == cut else None
        # where each skeleton letter of the joined text came from: the tail's own (its memoised Skeleton's pos) and
        # the head's past the tail and the space (dropped) between: the two lines' arrays, where the joined text's
        # own, new at every break, was built again for each pair
        tail_pos, head_pos, past = skeleton_of(tail).pos, skeleton_of(head).pos, len(tail) + 1
        for m in self._re.finditer(text):
            first, last = m.start(), m.end() - 1
            start = tail_pos[first] if first < cut else head_pos[first - cut] + past
            end = (tail_pos[last] if last < cut else head_pos[last - cut] + past) + 1
            if start < len(tail) <= end - 1 and len(tail) - start >= 2 and not self._label_glued(tail, start, m):
                # a section number just before it goes with it
                number = SECTION_NUMBER_RE.search(tail[:start])
                return number.start() if number else start
            if start >= len(tail):
                return self._number_left(tail, head, joined, m) if start == len(tail) + 1 else None
        return None

    def _label_glued(self, tail: str, start: int, m: re.Match) -> bool:
        """Whether the anchor match `m`, starting at `start` in `tail`, is a
        field's label (every anchor of its group a label) whose first letters
        close a word of `tail` (a Thai letter or mark right before them): a
        label opens its field at a line's start or past a gap, so the letters
        are that word's own ("สำนักงานเขตบางกะปิ" / "งบประมาณที่เบิกใช้ ...":
        "ปิ" + "งบประมาณ" read as ปีงบประมาณ's label; before, "ปิ" was moved
        onto the next line, and the page's header no longer read whole:
        fresh set s149o, bma_progress_s149o005, clean text)."""
        return start > 0 and _THAI_CHAR_RE.match(tail[start - 1]) is not None \
            and all(self.anchors[i].kind == "label" for i in self._groups[self._group_of[m.lastgroup]])

    def _number_left(self, tail: str, head: str, joined: str, m: re.Match) -> int | None:
        """Where the section number at the end of `tail` starts, when the
        anchor match `m` (in the skeleton of `joined`) is a heading opening
        the next line ("... 1.4" / "วัตถุประสงค์ของโครงการ ...")."""
        if not any(self.anchors[i].kind != "label" for i in self._groups[self._group_of[m.lastgroup]]):
            return None
        number = SECTION_NUMBER_RE.search(tail)
        if number is None:
            return None
        if _dotted_number(number.group(1)):
            return number.start()
        # two digits, the dot between them lost ("... เรียนรู้ 15" / "เป้าหมายของโครงการ.. ๑. ..."), only before a
        # heading its dotted leaders say is one (a count ending a sentence may stand before running text)
        if not _TWO_DIGITS_RE.fullmatch(number.group(1)):
            return None
        # ... or before a heading whose own number the two digits are, the dot lost, that stands alone or before
        # its list's first item number ("... อย่างต่อเนื่อง 14" / "วัตถุประสงค์ของโครงการ 1 เพื่อ...": before, the
        # heading was taken for the rationale's text and every objective lost, fresh set s147o,
        # bma_progress_s147o004; a count before the words running on, "... ทั้งหมด 15" / "เป้าหมายของโครงการ ให้
        # ครบ...", is none)
        digits = thai_digits_to_arabic(number.group(1))
        if any(self.anchors[i].kind == "heading" and (self.anchors[i].number or "").replace(".", "") == digits
               for i in self._groups[self._group_of[m.lastgroup]]):
            inside = m.end() - len(skeleton_of(tail).text)  # (the heading's skeleton letters in `head`)
            if inside >= 1 and _LIST_OPENS_RE.match(head, skeleton_of(head).pos[inside - 1] + 1):
                return number.start()
        hit = self.at_start(head)
        if hit is None or hit.anchor.kind != "heading" or hit.number is not None:
            return None
        return number.start() if _DOTS_AFTER_RE.search(head, hit.start, hit.end) else None

    # -- headings wrapped onto a second line

    WRAP_MIN = 16  # skeleton letters a heading's first line must hold

    def wraps(self, line: str, nxt: str) -> bool:
        """`line` holds only the first part of a long heading whose rest
        opens `nxt` (the page was too narrow for it): no anchor opens `line`
        (or only fuzzily, where the two read together match it better), its
        letters are the heading's first letters (fuzzily), and the two read
        together open with that heading, past the end of `line`."""
        first = self.at_start(line)
        if first is not None:
            # a heading recognised fuzzily from its first part only: the whole of it reads better
            if first.score >= 100.0 or first.anchor.kind == "label" or \
                    len(skeleton_text(line)) >= len(skeleton_text(first.anchor.text)):
                return False
            whole = self.at_start(f"{line} {nxt}")
            if whole is None or whole.anchor is not first.anchor or whole.end <= len(line):
                return False
            if whole.score > first.score:
                return True
            # the heading's tail the page wrapped with its last words ("แห่งชาติ ฉบับที่ ๐๑๓", the edition's
            # figure misread): no letters of the heading's, it counts against the whole; its words alone compare
            words = self._words_before_tail(first, nxt)
            return words is not None and (hit := self.at_start(f"{line} {words}")) is not None \
                and hit.anchor is first.anchor and hit.score > first.score
        numbered = _OPENING_NUMBER_RE.match(line)
        cand = skeleton_text(line[numbered.end():] if numbered else line)
        if len(cand) < self.WRAP_MIN:
            return False
        for i in self._heads_by_start.get(cand[:2], ()):
            sk = self._skel[i]
            if not (len(cand) < len(sk) <= 2 * len(cand)):
                continue
            if fuzz.ratio(cand, sk[: len(cand)]) < self.cutoff:
                continue
            joined = f"{line} {nxt}"
            hit = self.at_start(joined)
            if hit is not None and hit.anchor.kind != "label" and hit.end > len(line):
                return True
        return False

    def _words_before_tail(self, first: Hit, nxt: str) -> str | None:
        """The words of `nxt` before the heading's tail (what Anchor.tail
        allows after it: a period, an edition) opens one of its later words,
        where words stand before it; None where no such tail is there."""
        tail = self._tails.get(self._index[id(first.anchor)]) if first.anchor.kind == "heading" else None
        if tail is None:
            return None
        for m in _WORD_RE.finditer(nxt):
            if m.start() > 0 and tail.match(nxt, m.start()):
                return nxt[:m.start()].rstrip()
        return None

    # -- a heading OCR read in pieces on consecutive lines

    PIECES_MIN = 12  # skeleton letters of a heading found from its pieces
    PIECES_MAX = 3  # lines a heading's pieces take at most
    BETWEEN_MAX = 6  # characters of a line with no Thai letter OCR may leave between two pieces (a mark's specks)

    @lru_cache(maxsize=32768)  # noqa: B019 - one AnchorSet per form, built once
    def _piece(self, text: str) -> str | None:
        """The skeleton of `text` if it may be a piece of a heading: short
        (fewer letters than the longest heading), no anchor opening it.
        Memoised per line, as _scan is: `pieced` asks it of each line as the
        first piece and again as the line before's second (over the committed
        OCR files, a fifth of pieced's time was the second asking)."""
        if len(text) > 2 * self._longest or self.at_start(text) is not None:
            return None
        numbered = _OPENING_NUMBER_RE.match(text)
        sk = skeleton_text(text[numbered.end():] if numbered else text)
        return sk if 2 <= len(sk) < self._longest else None

    def pieced(self, lines: list[Line], i: int) -> int:
        """How many lines from lines[i] on hold one heading read in pieces
        (0: none): OCR broke its words over two or three lines, letters lost
        at the breaks ('ชนีชี' / 'qv' / 'ดความสําเร็จ' for ดัชนีชี้วัดความสำเร็จ),
        perhaps a short line of specks with no Thai letter between two pieces.
        The pieces are lines no anchor opens, each shorter than the heading,
        their skeletons end to end the whole heading's (fuzzily, the set's
        cut-off; a heading of PIECES_MIN letters or more), and read together
        on one line they are that heading; a first piece the others read
        closer to the heading without is another text's line, and no piece
        (_foreign_first)."""
        first = lines[i].text
        if len(first) > 2 * self._longest:  # (a cheap look first)
            return 0
        sk = self._piece(first)
        if sk is None:
            return 0
        texts, skels, j = [first], [sk], i + 1
        while j < len(lines) and len(texts) < self.PIECES_MAX:
            k = j
            if k < len(lines) and len(lines[k].text.strip()) <= self.BETWEEN_MAX and \
                    not _THAI_LETTER_RE.search(lines[k].text) and lines[k].text.strip():
                k += 1  # specks between two pieces
            if k >= len(lines) or lines[k].kind != "text":
                return 0
            nxt = self._piece(lines[k].text)
            if nxt is None:
                return 0
            texts.append(lines[k].text)
            skels.append(nxt)
            j = k + 1
            cand = "".join(skels)
            if len(cand) not in self._head_ratio_lens:
                continue
            best = process.extractOne(cand, self._pieced_skels, scorer=fuzz.ratio, score_cutoff=self.cutoff)
            if best is None:
                continue
            hit = self.at_start(" ".join(t.strip() for t in texts))
            if hit is not None and hit.anchor is self.anchors[self._pieced_heads[best[2]]]:
                return 0 if _foreign_first(texts[0], skels, best[0]) else j - i
        return 0

    TAIL_LINE_MAX = 40  # characters of a line that is a heading's tail alone ("ฉบับที่ ๑๓", "(Output)")

    def tail_apart(self, line: Line, nxt: Line) -> bool:
        """`nxt` holds only the tail of the heading that holds the whole of
        `line` (the page wrapped "... สังคมแห่งชาติ" / "ฉบับที่ ๑๓"): a
        heading whose anchor allows a tail opens `line` with nothing after
        it, and `nxt` is short (TAIL_LINE_MAX), opens with what that tail
        allows, no anchor opens it, and the two read together open with the
        same heading.  A bracketed list number ("(1) ...") is no tail; a
        tail that runs on into other words is left alone (no anchor says
        where a tail ends)."""
        if line.kind != "text" or nxt.kind != "text":
            return False
        rest = nxt.text.strip()
        if not rest or len(rest) > self.TAIL_LINE_MAX or _LIST_NUMBER_RE.match(rest):
            return False
        hit = self.at_start(line.text)
        if hit is None or hit.anchor.kind != "heading" or line.text[hit.end:].strip(" .:…*\t"):
            return False
        tail = self._tails.get(self._index[id(hit.anchor)])
        if tail is None or tail.match(rest) is None or self.at_start(rest) is not None:
            return False
        whole = self.at_start(f"{line.text.rstrip()} {rest}")  # the two read together: the same heading, its tail
        return whole is not None and whole.anchor is hit.anchor

    def join_wrapped(self, lines: list[Line]) -> list[Line]:
        """Lines with each heading wrapped onto a second line joined into
        one (it keeps the first line's number), a heading's tail the page
        wrapped onto a line of its own (tail_apart) put back after it, and
        each heading read in pieces (pieced) made one line."""
        out: list[Line] = []
        i = 0
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and self.wraps(ln.text, nxt.text):
                ln, i = Line(ln.no, f"{ln.text} {nxt.text}", ln.kind), i + 2
            elif (n := self.pieced(lines, i) if nxt is not None and ln.kind == "text" else 0):
                texts = [x.text.strip() for x in lines[i:i + n] if _THAI_LETTER_RE.search(x.text)]
                ln, i = Line(ln.no, " ".join(texts), ln.kind), i + n
            else:
                i += 1
            if i < len(lines) and self.tail_apart(ln, lines[i]):  # (the heading whole, wrapped or not)
                ln, i = Line(ln.no, f"{ln.text.rstrip()} {lines[i].text.strip()}", ln.kind, ln.bullet, ln.indent), i + 1
            out.append(ln)
        return out


def clear_anchor_caches() -> None:
    """Forget memoised skeletons, each anchor set's last whole-document
    answer and its fuzzy label spans (called at each document's start, with
    normalizers.text.clear_caches)."""
    _skeleton_of.cache_clear()
    for anchors in _ANCHOR_SETS:
        anchors._anywhere_last = None
        anchors._label_memo.clear()
