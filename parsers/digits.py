"""Thai digits an OCR'd document never shows, and the numbers they make
doubtful; forms-agnostic (the forms decide which of their values to flag).

An OCR engine may not tell some Thai digits apart at all: tesseract's Thai
model reads every ๔, ๘ and ๙ as ๕, ๖ as ๒ or ๐, ๗ as ๓ or ๕, and writes no
๔, ๖, ๗, ๘ or ๙ anywhere.  A document says so itself: among its hundreds of
Thai digits some never occur, where printed text holds each of the ten (the
clean corpus: none of its documents with 100 Thai digits or more lacks one).
In such a document a number printed once, with a digit that may stand for a
digit never read (normalizers.confusions.MISREADS), is doubtful: its value
may be right or not, and nothing in the document says which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import regex

from normalizers.confusions import LOOKALIKES, misreads_of
from normalizers.dates import MONTH_TOKEN, MONTHS, is_month
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, skeleton
from parsers.lazy import lazy_compile
from schemas.document import Line

MIN_DIGITS = 150  # Thai digits a document needs before a digit it lacks tells anything
MIN_UNREAD = 2  # digits it must lack (one rare digit may be absent from real text)
# Fewer Thai digits tell as much when half the ten are lacking: in every stretch of 60 consecutive
# Thai digits of the clean sets and the samples (35,454 stretches), 5 or more are lacking in 0.14 %
# (4 or more in 1.1 %; of 80 digits, 5 or more in 0.01 %); a whole document mixes more than a stretch.
# A document that mixes scripts prints few Thai digits: one of 74 lacking five let OCR misreads pass
# unflagged at 80 (fresh set "ae").  The cost of a false doubt is a warning; of a missed one, a silent value.
FEW_DIGITS = 60
FEW_UNREAD = 5
# Fewer still tell as much when the digits lacking are every one the OCR model cannot write (UNWRITTEN:
# tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙): in every stretch of 30 consecutive Thai digits of the clean sets
# and the samples (46,045 stretches), all five are lacking in 0.13 % (of 40: 0.05 %; of 20: 0.5 %), as often
# as any five in a stretch of 60.  A document that mixes scripts may print no more than that in Thai (fresh
# set "bpa": 49 Thai digits, ๐ ๑ ๒ ๓ ๕ only, its ๔ ๘ read as ๕ in an amount and two phones, silently; fresh
# set "s41z": 28, a progress of ๒๔ read ๒๕, silently, at 30).  At 20: of the 446 clean documents of every set
# and the samples, 3 (0.7 %) print 20 to 29 Thai digits and none of the five, and get doubts they need not;
# 17 OCR'd ones do, and their doubts are real.
UNWRITTEN = "46789"
UNWRITTEN_DIGITS = 20

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
# a number printed in Thai digits (with its separators): "๑๕,๕๐๐.๐๐", "๒๕"
THAI_NUMBER_RE = regex.compile(r"[๐-๙](?:[๐-๙,.]*[๐-๙])?")
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")


def unread_digits(lines: Iterable[Line]) -> str:
    """The digits (Arabic) the document's text never shows in Thai print,
    when it holds enough Thai digits to tell (see module doc); "" if not."""
    return _unread_of(Counter(_THAI_DIGIT_RE.findall("\n".join(ln.text for ln in lines))))


def _unread_of(counts: Counter[str]) -> str:
    """unread_digits from the count of each Thai digit the text shows."""
    n = sum(counts.values())
    unread = "".join(thai_digits_to_arabic(d) for d in THAI_DIGITS if not counts[d])
    if (n >= MIN_DIGITS and len(unread) >= MIN_UNREAD) or (n >= FEW_DIGITS and len(unread) >= FEW_UNREAD) \
            or (n >= UNWRITTEN_DIGITS and set(UNWRITTEN) <= set(unread)):
        return unread
    return ""


# A document that prints fewer Thai digits than that may print them in its figures all the same: a phone, an amount
# (fresh set s77o, bma_progress_s77o010: 12 Thai digits, two item numbers ๑. ๒. and two phones ๓๑๒๓ and ๕๓๔๙ read
# ๓๑๒๑ and ๕๓๕๑, silently).  A list's item numbers say nothing (๑. ๒. ๓. print no ๔ ๖ ๗ ๘ ๙ in a short list);
# the digits of its figures of four digits or more do.  Measured over the text lines (furniture left out) of the
# committed sets and 29 fresh ones (s67o-s78a): of the 39 clean documents printing fewer than UNWRITTEN_DIGITS Thai
# digits whose figures of four digits or more hold FIGURE_DIGITS or more, none lacks all five (a phone of four
# random digits lacks them one time in sixteen); 42 OCR'd ones do, and of the 49 values they flag (phones all, each
# named by no issue of its field before), 47 are wrong (corpus bma_progress_011's ๓๕๐๒ and bma_progress_s75a002's
# ๕๒๓๕ are right).  Such a document's Thai figures are as doubtful as those of one that passes unread_digits: for
# the flags only (doubt_digits), the parsers' repairs weigh unread_digits alone.
FIGURE_DIGITS = 4
_LONG_FIGURE_RE = regex.compile(r"[๐-๙](?:[,.]?[๐-๙]){3,}")


def doubt_digits(lines: Iterable[Line]) -> str:
    """The digits (Arabic) this document's Thai figures may stand for though
    OCR never wrote them: unread_digits, or, where the document prints too
    few Thai digits for that to tell, all of UNWRITTEN when it shows none of
    them and its figures of four digits or more hold FIGURE_DIGITS (see
    above); "" if not.  For flagging values, never for choosing one."""
    text = "\n".join(ln.text for ln in lines)
    counts = Counter(_THAI_DIGIT_RE.findall(text))
    if (unread := _unread_of(counts)):
        return unread
    if any(counts[d] for d in UNWRITTEN.translate(TO_THAI)):
        return ""
    figures = "".join(ch for m in _LONG_FIGURE_RE.finditer(text) for ch in m.group(0) if ch not in ",.")
    return UNWRITTEN if len(figures) >= FIGURE_DIGITS else ""


def doubtful_digits(unread: str) -> str:
    """The Thai digits that may stand for a digit never read (as printed)."""
    return "".join(sorted({r for d in unread for r in misreads_of(d)})).translate(TO_THAI)


# Where free text states a figure: a count or share ("จำนวน ๖๔ คน", "ร้อยละ ๘๐"), a year after its
# label, a date's day before its month and its year after it ("๒ พฤษภาคม พ.ศ. ๒๕๖๕", "พ.ศ." as OCR
# left it: "wa."; the month as normalizers.dates reads it, `m`, kept only if month_number takes it:
# MONTH_TOKEN also matches any word standing alone, so the labels come first; a day starts no later than its
# run of digits: from inside it, it fails wherever it fails from its first digit, which a search tries first, and
# a run of thousands of digits no longer costs a try per digit, each backtracking through the run).  Other numbers of a
# text are names ("ศตวรรษที่ ๒๑", "เขต ๔", "ฉบับที่ ๑๒"), which a reader does not take as data.
# A figure's digits may mix the scripts, a document that mixes them doing so inside a number too ("จำนวน 9๘
# คน"): its Thai digits are as doubtful as a figure's all in Thai (an Arabic digit around them vouches for none).
_FIGURE_NUMBER = r"[\d๐-๙](?:[\d๐-๙,.]*[\d๐-๙])?"
_FIGURE_RE = lazy_compile(
    rf"{mark_tolerant('จำนวน')}\s*(?P<count>{_FIGURE_NUMBER})"
    rf"|{mark_tolerant('ร้อยละ')}\s*(?P<share>{_FIGURE_NUMBER})"
    rf"|(?:{mark_tolerant('ปีการศึกษา')}|{mark_tolerant('ปีงบประมาณ')})\s*(?P<year>{_FIGURE_NUMBER})"
    rf"|(?<![\d๐-๙])(?P<day>{_FIGURE_NUMBER})\s*(?=(?P<m>{MONTH_TOKEN}))"
    rf"|(?P<m>{MONTH_TOKEN})\s*(?:[^\s\d๐-๙]{{1,4}}\s*)?(?P<year>{_FIGURE_NUMBER})"
)
# Where a figure can open (a speed-up, no rule): a digit, the first letter of "จำนวน", "ร้อยละ", "ปี..." or of a
# month's name (normalizers.dates.MONTHS), or any Thai letter opening a word (a month's abbreviation).  A
# lookahead on that one character lets the engine pass over the rest of a text at once, the same matches
# (tests/test_figure_open.py checks them against the pattern as written); a word the pattern comes to open
# otherwise must be let in here.
_MONTH_FIRSTS = "".join(sorted({skeleton(k.replace("\u0e33", "\u0e32"))[:1] for k in MONTHS}))
_FIGURE_OPEN = rf"[\d๐-๙จรป{regex.escape(_MONTH_FIRSTS)}]|(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]"
_FIGURE_AS_WRITTEN = _FIGURE_RE
_FIGURE_RE = regex.compile(rf"(?=(?:{_FIGURE_OPEN}))(?:{_FIGURE_AS_WRITTEN.pattern})")
FIGURE_KINDS = ("count", "share", "year", "day")
# a count whose digits OCR read as letters ("จำนวน mo คน" for ๓๐): a short token of look-alikes only
_LETTER_COUNT_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}|{mark_tolerant('ร้อยละ')})\s*([{regex.escape(''.join(LOOKALIKES))}]{{1,4}})(?=\s|$)")


def doubtful_numbers(text: str, doubtful: str, figures_only: bool = False) -> list[str]:
    """The numbers of `text` printed in Thai digits that hold a doubtful
    digit; with `figures_only`, only those free text states as figures, and
    the counts OCR left as letters (whatever the document's digits)."""
    letters = [m.group(1) for m in _LETTER_COUNT_RE.finditer(text)] if figures_only else []
    if not doubtful:
        return letters
    if figures_only:
        found = [n for n, _ in text_figures(text)]
    else:
        found = [m.group(0) for m in THAI_NUMBER_RE.finditer(text)]
    return [n for n in found if any(ch in doubtful for ch in n)] + letters


def text_figures(text: str) -> list[tuple[str, str]]:
    """The figures free text states in Thai digits, or mixing Arabic ones in
    (see _FIGURE_RE), each
    with its kind: a count, a share (ร้อยละ), a year or a date's day."""
    return list(_text_figures(text, _FIGURE_RE))


def clear_figure_cache() -> None:
    """Forget the memoised texts' figures (at each document's start, as
    normalizers.text.clear_caches)."""
    _text_figures.cache_clear()


# (a speed-up: a document's doubt flags and its rows' checks ask of the same texts; keyed on the pattern too, which
# tests swap for the one as written)
@lru_cache(maxsize=4096)
def _text_figures(text: str, figure_re: regex.Pattern) -> tuple[tuple[str, str], ...]:
    out, at = [], 0
    while (m := figure_re.search(text, at)) is not None:
        if m["m"] is None or is_month(m["m"]):
            kind = next(k for k in FIGURE_KINDS if m[k])
            out.append((m[kind], kind))
            at = m.end()
        else:  # a word taken for a month: what follows it may still be a figure ("ภายในวันที่ ๒๐ กันยายน")
            at = max(m.end("m"), m.start() + 1) if m.start("m") == m.start() else m.end()
    return tuple(out)


