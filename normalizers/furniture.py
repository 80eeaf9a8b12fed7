"""Recognise page furniture in one cleaned line: page numbers, the repeated
form title at the top of each page, the certification/signature block, and
catchwords (a page's last words repeated at the top of the next page)."""

from __future__ import annotations

import re

import regex
from rapidfuzz import fuzz

from normalizers.confusions import LOOKALIKES
from normalizers.numbers import ANY_DIGIT_RE
from normalizers.text import skeleton, standard_re

# Titles printed at the top of every page of a form.  Compared fuzzily on
# their skeletons, so OCR slips in tone marks and a letter or two still match.
PAGE_HEADER_TITLES = (
    "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ",
)
_TITLE_SKELETONS = tuple(skeleton(t) for t in PAGE_HEADER_TITLES)

# "- 2 -", "– 12 –", "หน้า 3", "หน้า ๓/๑๒", "หน้า 2 จาก 5", "3/12" alone on a line; "หน้า ๓/" whose page count OCR
# lost (the slash or "จาก" after the page's number says a count stood there).  A bare "3/12" prints its figures a
# space apart at most: figures a column's gap (a tab) apart are OCR's reading of a chart ("๑/\t๐" beside each
# printing of a target's chart, fresh set s97o, obec_progress_s97o003: see _DAMAGED_PAGE_OF_RE).
_PAGE_NUMBER_RE = standard_re(
    r"^(?:[-–]\s*[\d๐-๙]{1,4}\s*[-–]|หน้า(?:ที่)?\s*[\d๐-๙]{1,4}(?:\s*(?:/|จาก)\s*(?:[\d๐-๙]{1,4})?)?"
    r"|[\d๐-๙]{1,4} */ *[\d๐-๙]{1,4})$"
)
# A line saying which system printed the page and when:
# "พิมพ์จากระบบ BMA Digital Plans เมื่อ 12/03/2566 10:21", "วันที่พิมพ์ 12/03/2566".
# After OCR the date may be damaged ("๑๓//๐๓๑/๒๕๒๐๕", "๑ฒ/๐๓๕/..."): a line
# opening "พิมพ์จากระบบ" (printed from the system) needs only some digits.
_PRINTED_BY_RE = regex.compile(
    r"^(?:วันที่\s*)?พิมพ์(?:จาก|โดย|เมื่อ|วันที่)?.{0,80}?[\d๐-๙]{1,2}\s*[/.-]\s*[\d๐-๙]{1,2}\s*[/.-]\s*[\d๐-๙]{2,4}"
    r"|^พิมพ์จากระบบ\s.{0,100}?[\d๐-๙]{2}"
    r"|^printed\b.{0,80}\d", regex.IGNORECASE
)
# ... its opening words garbled or cut ("finns BMA Digital Plans เมื่อ ๒๑/๐๕/...", "จากระบบ BMA Digital Plans
# เมื่อ 15/09/2564"): the system's name, "เมื่อ" (when) and the date's digits (tried on lines naming the system)
_PRINTED_BY_SYSTEM_RE = regex.compile(r"^\S{0,12}\s*BMA\s*Digital\s*Plans\s*เม[ื]?[่]?อ\s*[\d๐-๙]")
FOOTER_MAX = 120
# The footer's opening words alone ("พิมพ์จากระบบ ... เมื่อ" with its date wrapped onto the next
# line, or garbled by OCR): printed from the system, which no sentence of a report begins with.
_PRINTED_FROM_SYSTEM = skeleton("พิมพ์จากระบบ")

# The certification and signature block that closes a BMA form.
# OCR may drop the marks of its words ("ลงชือ", "ตําแหน่ง" with sara am split).
_SIGNATURE_RE = standard_re(
    r"^(?:ขอรับรองว่า|\(?\s*ลงช[ื]?[่]?อ\s*\)?\s*[.…]{2,}|ต[ำํ]า?แหน[่]?ง\s*[.…]*$|\(\s*[.…]{3,}\s*\)$)"
)


# "หน้า 3/11" whose word OCR garbled ("nin 3/11", "win 7 จาก ๑ๆ"): a short token, the page
# number, and "/" or "จาก" before the page count (which may be garbled too); or "หน้า" itself
# with its "จาก" read as Latin letters ("หน้า ๑๐ VN ๓๒", "หน้า ๕ VIN ๓๒๐"; a speck after the page's number: "หน้า ๒»
# VIN ๕", fresh set s91q, bma_proposal_s91q002, where it ran into an activity's text), or with its numbers
# garbled, no word among them ("หน้า 2ซ จาก 27", "หน้า w/o»": no two Thai letters in a row, as in
# "หน้าที่ ครู/ผอ."; the page's number read as a letter or two before "จาก", glued or a space apart: "หน้า ซจาก ๕",
# "หน้า ฒญ จาก ๑๓", fresh set s98p, obec_progress_s98p002, read as a project's problem).  A garbled token
# stands a space from the number, as the footer prints it: one a column's gap (a tab) from it is a speck beside
# figures, OCR's reading of a chart ("a\t๑/ ๕" under each printing of a target's chart, fresh set s97o,
# obec_progress_s97o003: taken for page numbers, they made the target's wrapped line above them a running header,
# and it was lost; "หน้า\t๑๑/๒๕" itself may stand so).
_DAMAGED_PAGE_OF_RE = standard_re(r"^(?:หน้า\s+|\S{1,4} +)[\d๐-๙]{1,3}\s*(?:/|จาก)\s*\S{1,3}$"
                                    r"|^หน้า\s*[\d๐-๙]{1,4}[^\s\d๐-๙]{0,2}\s+[A-Za-z]{1,4}\s+[\d๐-๙]{1,4}$"
                                    r"|^หน้า\s*[^\s\d๐-๙]{1,2}\s*จาก\s*[\d๐-๙]{1,4}$"
                                    r"|^หน้า(?:ที่)?\s*(?!\S*[\u0e01-\u0e2e]{2})\S{1,4}\s*(?:/|จาก)"
                                    r"\s*(?!\S*[\u0e01-\u0e2e]{2})\S{1,4}$"
                                    # ... or its slash read as a letter, the page and count run together in one
                                    # token: a digit in it, one Thai letter at most, so no word ("หน้า บ7" for
                                    # หน้า 1/7, "หน้า เบ47", "หน้า บ๓0"; not "หน้า ซ้าย2")
                                    r"|^หน้า\s+(?=\S*[\d๐-๙])(?!\S*[\u0e01-\u0e2e]\S*[\u0e01-\u0e2e])\S{2,5}$")


# "หน้า ๒๐" alone whose number OCR wrote as look-alikes of Thai digits ("หน้า eo"): one to three
# characters, each a digit or what OCR writes for one (normalizers.confusions.LOOKALIKES, its Latin and
# symbol look-alikes; a Thai letter there may be a word, "หน้า ซ้าย")
_LOOKALIKE_PAGE_RE = standard_re(
    r"^หน้า(?:ที่)?\s*[\d๐-๙" + "".join(regex.escape(c) for c in LOOKALIKES if not "\u0e01" <= c <= "\u0e4e")
    + r"]{1,3}$")


# "- ๒ -" whose number OCR read as letters or marks ("- า๒ -", "- & -", "- จ: -", "- เจ| -"): a dash, one
# to three characters with no two Thai letters in a row (a word: "- ขอ -"), a dash, alone on a line.  The
# clean-up takes the first dash for a bullet: tried on the raw line (is_dashed_page_number).
_DASHED_PAGE_RE = standard_re(r"^[-–]\s*(?![^\s]*[\u0e01-\u0e2e][\u0e01-\u0e2e])[^\s\-–]{1,3}\s*[-–]$")


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(line) or _DAMAGED_PAGE_OF_RE.match(line) or _LOOKALIKE_PAGE_RE.match(line))


def is_dashed_page_number(raw: str) -> bool:
    """A page number between dashes whose digits OCR garbled (see above)."""
    return bool(_DASHED_PAGE_RE.match(raw.strip()))


def is_printed_by(line: str) -> bool:
    """A footer naming the system and time a page was printed."""
    if len(line) > FOOTER_MAX:
        return False
    head = line[:30]
    # (a skeleton opening with พ needs a พ in the text: most lines are passed without one)
    return bool(_PRINTED_BY_RE.match(line)) or ("พ" in head and skeleton(head).startswith(_PRINTED_FROM_SYSTEM)) or (
        "Digital" in head and _PRINTED_BY_SYSTEM_RE.match(line) is not None)


# A footer's date and time wrapped onto a line of their own ("20/07/2566 13:46", garbled by OCR as
# "๐๕/๐๕]/๒๕๒๕ ๐ฒ:๐๕"), after the footer's "เมื่อ" (when) or not ("เมือ ๒๑/๐๑/๒๕๒๐๒ ๑๕:๕๐": OCR broke the
# footer before it): two tokens, a slash in the first few characters and a colon, no run of three Thai
# letters (a word), trailing table bars allowed.  OCR may break the date's year in two, or read a speck before
# the time, a short third token between ("๒๓/๐๓ฒ/๒๕ ow 99:40", "ไต๓๓/๐๓ฒ/๒๕ ๒๕๓ ๑๑:๕๐"): the time, with its
# colon, is then the last token.
_FOOTER_TAIL_RE = regex.compile(r"^(?:เม\u0e37?\u0e48?อ\s)?(?=[^/]{0,6}/)(?=.*:)(?!.*[\u0e01-\u0e2e][\u0e01-\u0e4e]{2})"
                                r"[^\s]{3,14}\s+(?:[^\s]{2,7}|[^\s]{1,4}\s+[^\s:]{1,3}:[^\s:]{1,3})[\s|]*$")

# ... its time's colon read as another character or lost ("๑๐/๑๐/๒๕๒๑๓ ๑๐ะ๓๕", "am/om/ak ow ๑๑1๕๐"): a date whose
# two slashes stand (day/month/year, OCR'd or not), then the time (and a short token before it), still no word
_FOOTER_TAIL_DATED_RE = regex.compile(r"^(?:เม\u0e37?\u0e48?อ\s)?(?!.*[\u0e01-\u0e2e][\u0e01-\u0e4e]{2})"
                                      r"\S{0,3}[^\s/]{1,3}/[^\s/]{1,4}/[^\s/]{2,6}(?:\s+[^\s/]{1,4})?\s+[^\s/]{3,7}[\s|]*$")


def is_footer_tail(line: str) -> bool:
    """The date and time of a printed-by footer, wrapped onto the next line."""
    return len(line) <= 36 and bool(_FOOTER_TAIL_RE.match(line) or _FOOTER_TAIL_DATED_RE.match(line))


def is_page_header(line: str) -> bool:
    """A line that is one of PAGE_HEADER_TITLES, allowing OCR slips."""
    if len(line) < 20 or len(line) > 90:
        return False
    for title in PAGE_HEADER_TITLES:  # cheap necessary condition: dropped marks alone cost far less
        if fuzz.ratio(line, title, score_cutoff=60):
            break
    else:
        return False
    sk = skeleton(line)
    return any(fuzz.ratio(sk, t) >= 85 for t in _TITLE_SKELETONS)


# OCR debris: tone marks and vowels printed apart from their letters come
# out of some engines as a line of short Latin-looking tokens spread over the
# page width ("aA ขเ  a     ซ่", "=          a    °° fy       a      oa").
# Such a raw line has three or more tokens, mostly of one to three
# characters, no Thai run of three letters, a Latin letter or symbol, and
# either wide gaps between tokens or a Thai vowel standing alone.  Short real
# lines ("(COVID - 19)", "PISA 2025", a table cell "ก.ค.", an item number
# "2", "Q1 Q2") fail one of these.
# (the standard re for these two: code point classes alone, the same matches as regex's, each line searched in
# a third of the time; tests/test_speedups_exact.py)
_THAI_RUN_RE = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{2,}")
_LATIN_OR_SYMBOL_RE = re.compile(r"[A-Za-z°=&@~^`|]")
_WIDE_GAP_RE = regex.compile(r"\S {3,}\S")
_LONE_VOWEL_RE = regex.compile(r"(?:^|\s)[\u0e40-\u0e44\u0e30-\u0e3a\u0e47-\u0e4e](?:\s|$)")


# A line of punctuation alone (a stray quote mark, a box); dashes are kept:
# a bare "-" means "none" in some forms.
_SYMBOLS_ONLY_RE = regex.compile(r"^[^\w\-–]+$")


def is_ocr_noise(raw: str) -> bool:
    """True for a raw (uncollapsed) line of OCR debris (see above)."""
    if _SYMBOLS_ONLY_RE.match(raw.strip()):
        return True
    if not _LATIN_OR_SYMBOL_RE.search(raw):
        return False  # (tested before the tokens: one pass in C turns most lines away)
    run = _THAI_RUN_RE.search(raw)
    if run is not None and not _WIDE_GAP_RE.search(raw):
        return False
    tokens = raw.split()
    if len(tokens) < 3 or sum(len(t) <= 3 for t in tokens) < 0.7 * len(tokens):
        return False
    if run is not None:
        return _runs_among_specks(tokens)
    return bool(_WIDE_GAP_RE.search(raw) or _LONE_VOWEL_RE.search(raw))


# A line of debris may hold a token that reads as three Thai letters by chance ("SS  ม  y  tf  0  aa ใช้  via  i",
# "va  =  a  เจ  เวด ana  y", "ia  ไรง  void  ซ์  ซ": the marks of the line below, read on a line of their own):
# five tokens or more spread wide, one such token in five at most, none longer than three characters, and three
# specks at least (tokens of one or two characters with no digit and no two Thai consonants: "y", "=", "aa",
# "ซ์", "เจ").  A row of short labels ("Q1  Q2  Q3  Q4  รวม") has no such specks; a line of words has longer
# words, or more of them, or two-letter words ("ผล").
_NOISE_MIN_TOKENS = 5
_NOISE_MIN_SPECKS = 3
_TWO_CONSONANTS_RE = regex.compile(r"[\u0e01-\u0e2e][^\u0e01-\u0e2e]*+[\u0e01-\u0e2e]")


def _runs_among_specks(tokens: list[str]) -> bool:
    runs = [t for t in tokens if _THAI_RUN_RE.search(t)]
    specks = sum(1 for t in tokens if len(t) <= 2 and not ANY_DIGIT_RE.search(t) and not _TWO_CONSONANTS_RE.search(t))
    return (len(tokens) >= _NOISE_MIN_TOKENS and len(runs) <= len(tokens) // _NOISE_MIN_TOKENS
            and all(len(t) <= 3 for t in runs) and specks >= _NOISE_MIN_SPECKS)


# A short line of specks where a wrapped value may continue ("aw", "9%7", "๑7 AV", "ซะ."): no Thai
# word (a run of three letters), no Latin word (three letters: "City", "for All" wrap too) and no
# figure of three digits ("(๒๕๖๕)" wraps too).
_LATIN_WORD_RE = regex.compile(r"[A-Za-z]{3}")
_FIGURE_RE = regex.compile(r"[\d๐-๙]{3}")
SPECKS_MAX = 12


def is_specks(line: str) -> bool:
    """A short line with nothing a value could be made of (see above)."""
    text = line.strip()
    return (0 < len(text) <= SPECKS_MAX and not _THAI_RUN_RE.search(text) and not _LATIN_WORD_RE.search(text)
            and not _FIGURE_RE.search(text))


def is_signature_line(line: str) -> bool:
    return bool(_SIGNATURE_RE.match(line))


# A catchword line ends in an ellipsis: "(๘) กลุ่มสาระการเรียนรู้ ...".
_ELLIPSIS_END_RE = regex.compile(r"\s*(?:\.{3,}|…)\s*$")


def catchword_stem(line: str) -> str | None:
    """The words before a closing ellipsis, or None if the line has none."""
    if not line.endswith(("..", "…")):
        return None
    match = _ELLIPSIS_END_RE.search(line)
    if not match or match.start() < 2:
        return None
    return line[: match.start()].strip()


_SPACES_RE = regex.compile(r"\s+")


def continues_catchword(stem: str, next_line: str) -> bool:
    """True if `next_line` starts with the catchword `stem` (spaces ignored)."""
    a = _SPACES_RE.sub("", stem)
    b = _SPACES_RE.sub("", next_line)
    return len(a) >= 2 and b.startswith(a)
