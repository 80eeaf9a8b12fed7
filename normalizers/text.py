"""Small pure str -> str fixes for OCR'd Thai text, each named for what it does.

Every fix is idempotent (f(f(x)) == f(x)) and is registered once in LINE_FIXES,
so `fix_line_and_explain` can say which fixes changed a line.  The functions
are pure, so the per-line ones are memoised: a form printed four times
repeats most of its lines.  Left alone on
purpose: spelling, word breaks, Thai digits inside running text (they are part
of what the document says; numbers are converted when a field is parsed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import regex
from pythainlp.util import normalize as _pythainlp_normalize
from rapidfuzz.distance import Levenshtein

from normalizers.numbers import arabic_digits_of_line, thai_digits_to_arabic

# Thai combining marks: above/below vowels, tone marks, thanthakhat, nikhahit.
THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_THAI_MARK_RE = regex.compile(f"[{THAI_MARKS}]")


def marks_added(short: str, full: str, mark: regex.Pattern = _THAI_MARK_RE) -> bool:
    """Whether `full` is `short` with marks added (characters `mark` matches:
    Thai marks by default) and nothing else changed; OCR drops marks far
    more often than it adds them, so of two such printings `full` is the
    likelier reading.  Spaces count as characters: strip them first where
    they do not matter."""
    return short != full and all(op.tag == "insert" and mark.match(full[op.dest_pos])
                                 for op in Levenshtein.editops(short, full))

# Lao letters that OCR engines emit for their Thai look-alikes: for these the
# Lao code point is the Thai one plus 0x80 (ະ U+0EB0 for ะ U+0E30, ...).
_LAO_TO_THAI = {
    cp + 0x80: cp
    for cp in range(0x0E01, 0x0E5C)
    if unicodedata.name(chr(cp + 0x80), "").startswith("LAO")
}


def to_nfc(text: str) -> str:
    """Unicode NFC; the canonical form of every text value raingan writes."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_SARA_AM_RE = regex.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def fix_sara_am(text: str) -> str:
    """Join nikhahit + sara aa (ํ + า, two code points) into sara am (ำ)."""
    if "\u0e4d" not in text:
        return text
    # a tone mark may sit between the two halves: ่ + ํ + า  ->  ่ + ำ
    return _SARA_AM_RE.sub("\\1\u0e33", text)


_LAO_RE = re.compile("[\u0e80-\u0eff]")  # (standard re: regex's matches, faster; tests/test_speedups_exact.py)


def fix_lao_lookalikes(text: str) -> str:
    """Map Lao look-alike letters (ະ, ໍ, ...) back to the Thai ones."""
    if not _LAO_RE.search(text):
        return text
    return text.translate(_LAO_TO_THAI)


# A "?" that stands for a quote mark: it hugs a Thai word on one side and has
# a space, bracket or line edge on the other ("?ครูดีเด่น?").  A question mark
# after Latin text ("why?") is left alone.
_QUOTE_OPEN_RE = regex.compile(r"(?<=^|[\s(\[])\?(?=\p{Thai})")
_QUOTE_CLOSE_RE = regex.compile(r"(?<=\p{Thai})\?(?=$|[\s)\],.])")


def fix_question_quotes(text: str) -> str:
    """Turn a "?" that OCR read for a quote mark back into '"'."""
    if "?" not in text:
        return text
    return _QUOTE_CLOSE_RE.sub('"', _QUOTE_OPEN_RE.sub('"', text))


# Markdown left by OCR engines that emit markdown: escaped asterisks, bold and
# italic markers, heading hashes, link syntax.  Underscores are left alone
# (they occur in real text such as form field blanks).
_MD_ESCAPE_RE = regex.compile(r"\\([*_#\[\]()`>|-])")
_MD_HEADING_RE = regex.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LINK_RE = regex.compile(r"\[([^\]]*)\]\([^)]*\)")


# A markdown list item's marker ("* เพื่อ..."), or OCR's reading of a bullet as a star: a bullet, which
# strip_bullet takes (and the line is marked bulleted), not an emphasis marker.
_MD_LIST_RE = regex.compile(r"^\s*\*[ \t]+(?=[^\s*])")


def strip_markdown(text: str) -> str:
    """Remove markdown bold/italic markers, escapes, heading hashes and links
    (a list item's "* " stays: the line's bullet)."""
    if not any(ch in text for ch in "*#\\["):
        return text
    if "](" in text:
        text = _MD_LINK_RE.sub(r"\1", text)
    if "#" in text[:10]:
        text = _MD_HEADING_RE.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE_RE.sub(r"\1", text)
    item = _MD_LIST_RE.match(text) if text.lstrip().startswith("* ") else None
    if item is not None:
        return text[:item.end()] + text[item.end():].replace("*", "")
    return text.replace("*", "")


# Thai words an OCR engine reads as Latin letters, in the one context where
# the reading is certain: "บาท" after an amount ("32,060 UM"), "ละ" after the
# repetition mark ("คนๆ az 50 บาท"), "พ.ศ." before a year ("W.A. ๒๕๖๔", not
# "๓๐ WA. ๒๕๖๘", a day and the month พ.ค.), "และ" between figures or a year
# and a month.
# Each with letters one of its readings must hold: a line holding none is
# not searched (the first pattern's look-behind is tried at every position).
# บาท's shapes, as OCR wrote them after an amount over all the corpus's sets (their clean text บาท there): บ as
# "U"/"u" and า-ท as one or two of "M"/"N" ("UM", "um", "UN", "UMN", "umm", "unm"), or บ as "W"/"w"/"V"/"U" with
# its า as "I"/"i" ("WIN", "win", "VIN", "WIM", "UIN"), or "inn".  Not a two-letter "WN"/"VN"/"wm" (a page's "จาก":
# "หน้า ๑๐ VN ๓๒", or a percent's sign), and never after "หน้า N", a page number's
_BAHT_LATIN = r"(?:[Uu][MmNn]{1,2}|[UVWw][Ii][MmNn]|inn)"
_LATIN_MISREADS = [
    (regex.compile(rf"(?<=[\d๐-๙][\d๐-๙,.\-]*\s{{0,2}})(?<!หน้า\s*[\d๐-๙]{{1,4}}\s{{0,2}}){_BAHT_LATIN}(?![A-Za-z])"), "บาท",
     "MmNn"),
    (regex.compile(r"(?<=ๆ\s?)(?:az|Az|AZ|AY|ay|Ay|av)(?![A-Za-z])"), "ละ", "ๆ"),
    # "พ.ศ." before a year; not after a day, where it is the month พ.ค. (normalizers.confusions.latin_month_readings),
    # nor as a short period's end, after a range's dash and before a two-digit year ("ม.ค. 66 - W.A. 66"): the era
    # stands before a full year there, so it is the month too (fresh sets s71b, s75o, s77a: read พ.ศ., the period
    # lost its end, where the proposal's latin_period_month reads "W.A." as พ.ค.)
    (regex.compile(r"(?<![A-Za-z])(?<![\d๐-๙]\s{0,2})"
                   r"(?!(?<=[\d๐-๙]\s{0,2}[-–—]\s{0,2})[Ww]\.?\s?[Aa]\.\s*[\d๐-๙]{2}(?![\d๐-๙]))"
                   r"[Ww]\.?\s?[Aa]\.(?=\s*[\d๐-๙])"), "พ.ศ.", "Ww"),
    # "นิเทศ" (supervise) before "ติดตาม" (follow up), the collocation every form of the archive prints for its
    # supervision step ("นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "กิจกรรมหลักที่ 1 นิเทศ ติดตาม และประเมินผล..."),
    # read by the English model as a short Latin word ("fina", "fine", "dine", "Aine", "UNA", "ULNA": 24 times
    # over the committed and fresh sets, no Latin word before ติดตาม there ever another): a Latin word of two to
    # five letters standing alone right before ติดตาม, no Latin word before it (a name in English: "Digital Plans")
    (regex.compile(r"(?<![^\s\d๐-๙.,>»«)])(?<![A-Za-z]\s{0,3})[A-Za-z]{2,5}(?=\s?ติดตาม)"), "นิเทศ", "ติดตาม"),
    # "และ" (and) between two figures, or a year and a month's name ("โครงการที่ ๔ Was ๕", "ธันวาคม 2567 Way
    # มกราคม – กันยายน 2568": a period of two spans), read by the English model as "Was", "Way", "waz" (7 times over
    # the fresh sets s145o to s151p, no other Latin word standing so): a proposal's period read short of its
    # conjunction, a note's project numbers run together
    (regex.compile(r"(?<=[\d๐-๙]\s{1,2})[Ww]a[syz](?=\s{1,2}(?:[\d๐-๙]|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา"
                   r"|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา))"), "และ", "Ww"),
]
_LATIN_RE = re.compile(r"[A-Za-z]")


def fix_latin_misreads(text: str) -> str:
    """Turn Latin letters that OCR read for a Thai word back, where the
    context leaves no doubt (see _LATIN_MISREADS)."""
    if not _LATIN_RE.search(text):
        return text
    for rx, word, needs in _LATIN_MISREADS:
        if any(ch in text for ch in needs):
            text = rx.sub(word, text)
    return text


def latin_misread_words(text: str) -> list[tuple[str, str, int]]:
    """The words fix_latin_misreads reads back in `text` (as it stands when
    that fix comes): (the Latin letters printed, the Thai word read, how many
    printings of that word stand before it in the fixed text), in the order
    of the fixed text.  Not on the clean stage's path: the merge stage asks it
    of the lines of a document whose clean-up counts such a fix
    (pipeline.substituted), to name the values the words land in."""
    if not _LATIN_RE.search(text):
        return []
    spans: list[tuple[int, int, str, str]] = []  # (start, end) in the text as fixed so far
    for rx, word, needs in _LATIN_MISREADS:
        if not any(ch in text for ch in needs):
            continue
        found = list(rx.finditer(text))
        if not found:
            continue
        def moved(at: int) -> int:
            return at + sum(len(word) - (m.end() - m.start()) for m in found if m.end() <= at)
        spans = [(moved(a), moved(a) + b - a, printed, read) for a, b, printed, read in spans]
        spans += [(moved(m.start()), moved(m.start()) + len(word), m.group(), word) for m in found]
        text = rx.sub(word, text)
    return [(printed, read, text[:a].count(read)) for a, _, printed, read in sorted(spans)]


# Bullets and box glyphs that OCR puts at a line start ("- ", "•", "□□-□").
_BULLET_RE = regex.compile(r"^\s*(?:[-–•●○▪■□◆◇➢✓*]+\s*)+(?=\S)")


_PAGE_NUMBER_TAIL_RE = regex.compile(r"[\d๐-๙]{1,4}\s*[-–]\s*")


def strip_bullet(text: str) -> str:
    """Remove list bullets and box glyphs at the start of a line."""
    match = _BULLET_RE.match(text)
    if not match:
        return text
    rest = text[match.end():]
    # "- 2 -" is a page number, not a bulleted "2 -": keep such lines whole.
    if _PAGE_NUMBER_TAIL_RE.fullmatch(rest):
        return text
    return rest


# (stdlib re for these plain classes: faster than regex on them, the same matches)
_WS_RE = re.compile(r"[ \u00a0\u200b\u3000]+")
_ODD_SPACE_RE = re.compile("[\t\u00a0\u200b\u3000]")
# A column gap: a tab, or three or more spaces between words.
_GAP_RE = re.compile(r"[ \u00a0\u3000]*\t[\t \u00a0\u3000]*|[ \u00a0\u3000]{3,}")


def collapse_whitespace(text: str) -> str:
    """Runs of blanks -> one space; a column gap (a tab, or three or more
    spaces) -> one tab, so table cells stay apart; trim the ends."""
    if "  " not in text and not _ODD_SPACE_RE.search(text) and not text[:1].isspace() and not text[-1:].isspace():
        return text
    text = _GAP_RE.sub("\t", text)
    return _WS_RE.sub(" ", text).strip(" \t\u00a0\u200b\u3000")


# A markdown pipe table: "| a | b |" rows and "|---|:--|" rules.
_TABLE_RULE_RE = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_TABLE_ROW_RE = regex.compile(r"^\s*(?:[-*]\s*)?\|.*\|\s*$")


# A box's rule OCR read as a bar alone at a line's start or end, a column's gap (a tab, or two spaces or more) between
# it and the text ("|   1 เพื่อพัฒนา...", "... ทางการศึกษา   |"): the line's only bar, no markdown row's (fresh set
# s95q, bma_progress_s95q008, where it hid objective 1's number and both objectives were lost).  A bar a space from
# the text is a slash OCR misread ("สำนักการศึกษา / กอง..." / "| ฝ่ายพัฒนา...": the unit's parts): kept
_EDGE_BAR_RE = regex.compile(r"^\s*\|(?:\t| {2,})\s*(?=\S)|(?<=\S)(?:\t| {2,})\s*\|\s*$")


def unpipe_table_row(text: str) -> str:
    """A markdown table row "| a | b |" -> "a<tab>b"; its rule row -> "";
    a line's lone bar at its start or end (a box's rule) -> dropped."""
    if "|" not in text:
        return text
    if _TABLE_RULE_RE.match(text):
        return ""
    if not _TABLE_ROW_RE.match(text):
        return _EDGE_BAR_RE.sub("", text) if text.count("|") == 1 else text
    cells = [c.strip() for c in text.strip().lstrip("-* ").strip("|").split("|")]
    return "\t".join(c for c in cells if c)


_RAW_CELL_RE = regex.compile(r"[^\t ]+(?: [^\t ]+)*")  # a run of words with single spaces: one cell
_RAW_GAP_RE = regex.compile(r"\t| {3,}")


def cell_columns(raw: str) -> tuple[int, ...]:
    """The page column where each cell of a raw line starts (cells are what
    a gap of a tab or three spaces separates, as in collapse_whitespace;
    Thai marks take no width, a tab advances to the next multiple of 8).
    Read a run of characters at a time, so a long line costs little."""
    if not _RAW_GAP_RE.search(raw.strip()):
        return ()
    cols: list[int] = []
    width = 0
    prev_gap = True
    for m in _CELL_TOKEN_RE.finditer(raw):
        token = m.group()
        if token == "\t":
            width = (width // 8 + 1) * 8
            prev_gap = True
        elif token[0] == " ":
            width += len(token)
            prev_gap = prev_gap or len(token) >= 3
        else:
            if prev_gap:
                cols.append(width)
            prev_gap = False
            width += len(token) if token.isascii() else len(token.translate(_WIDTHLESS))
    return tuple(cols)


class _Widthless(dict):
    """str.translate table dropping the characters that take no width
    (combining marks), filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        value = None if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else code
        self[code] = value
        return value


_WIDTHLESS = _Widthless()
_CELL_TOKEN_RE = regex.compile(r"\t| +|[^\t ]+")


def to_spaces(text: str) -> str:
    """Column gaps (tabs) as single spaces: the form a text value is written in."""
    return text.replace("\t", " ") if "\t" in text else text


# Order matters: markdown escapes come off before bullets ("\- item"), quotes
# are fixed before whitespace is collapsed.
_DOUBLED_SARA_A_RE = re.compile("\u0e30[ \t]+\u0e30")


def undouble_sara_a(text: str) -> str:
    """A sara a OCR printed twice across a space ("งบประ ะมาณ", "ครูและ
    ะบุคลากร"): no Thai word starts with ะ, so the second is the first again."""
    return _DOUBLED_SARA_A_RE.sub("\u0e30", text) if "\u0e30" in text else text


# A Thai mark (vowel above or below, tone mark, thanthakhat) standing between two digits of a number
# ("๕่๐.-"): no text writes one there; it is a speck OCR read as a mark, and it hides the number.
_MARK_IN_NUMBER_RE = re.compile("(?<=[0-9\u0e50-\u0e59])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+(?=[0-9\u0e50-\u0e59])")


def strip_marks_in_numbers(text: str) -> str:
    """A number's digits with the marks OCR put between them dropped ("๕่๐" -> "๕๐")."""
    return _MARK_IN_NUMBER_RE.sub("", text)


# A Thai mark standing right after an abbreviation's dot, before its next letter ("ก.ุค.", "พ.ุศ."): no word
# writes one there (a mark sits on a letter); a speck OCR read as a mark below the line, which hides the month
# or era it stands in.
_MARK_AFTER_DOT_RE = re.compile("(?<=[\u0e01-\u0e2e]\\.)[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+(?=[\u0e01-\u0e2e])")


def strip_marks_after_dots(text: str) -> str:
    """An abbreviation with the marks OCR put after its dots dropped ("ก.ุค." -> "ก.ค.")."""
    return _MARK_AFTER_DOT_RE.sub("", text) if "." in text else text


# Thai marks alone after a column gap, ending a line ("(สัมภาษณ์)             ๊"): a mark sits on a letter, so
# one with none is a speck OCR read at the page's right (after collapse_whitespace: the gap is a tab).
_LONE_MARKS_END_RE = re.compile("\t[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$")


def strip_lone_marks(text: str) -> str:
    """A line without the Thai marks standing alone after its last gap ("...\t๊" -> "...")."""
    return _LONE_MARKS_END_RE.sub("", text) if "\t" in text else text


LINE_FIXES: list[tuple[str, Callable[[str], str]]] = [
    ("to_nfc", to_nfc),
    ("fix_sara_am", fix_sara_am),
    ("fix_lao_lookalikes", fix_lao_lookalikes),
    ("fix_latin_misreads", fix_latin_misreads),
    ("unpipe_table_row", unpipe_table_row),
    ("strip_markdown", strip_markdown),
    ("strip_bullet", strip_bullet),
    ("fix_question_quotes", fix_question_quotes),
    ("undouble_sara_a", undouble_sara_a),
    ("strip_marks_in_numbers", strip_marks_in_numbers),
    ("strip_marks_after_dots", strip_marks_after_dots),
    ("collapse_whitespace", collapse_whitespace),
    ("strip_lone_marks", strip_lone_marks),
]


# A line none of the fixes can change: NFC, and none of the characters or
# spacing any fix looks for.
_FIX_CHAR_RE = re.compile("[*#\\\\\\[?|\t\u00a0\u200b\u3000\u0e4d\u0e80-\u0effA-Za-z]")
_BULLET_CHARS = "-–•●○▪■□◆◇➢✓"


def _may_need_fix(text: str) -> bool:
    return bool(
        _FIX_CHAR_RE.search(text) or "  " in text or text[:1].isspace() or text[-1:].isspace()
        or text[:1] in _BULLET_CHARS and text != "" or not unicodedata.is_normalized("NFC", text)
        or "\u0e30 " in text or _MARK_IN_NUMBER_RE.search(text) is not None
        or "." in text and _MARK_AFTER_DOT_RE.search(text) is not None
    )


def fix_line(text: str) -> str:
    """Apply every LINE_FIXES fix in order."""
    return fix_line_and_explain(text)[0]


@lru_cache(maxsize=32768)
def fix_line_and_explain(text: str) -> tuple[str, tuple[str, ...]]:
    """Apply every LINE_FIXES fix in order; also name the fixes that changed the text."""
    changed: list[str] = []
    if not _may_need_fix(text):
        return text, ()
    for name, fix in LINE_FIXES:
        new = fix(text)
        if new != text:
            changed.append(name)
            text = new
    return text, tuple(changed)


# Everything pythainlp.util.normalize can change, as cheap checks (a superset
# of its rules): zero-width characters, newlines, lakkhangyao, nikhahit;
# doubled or edge spaces; a mark at the start or after a space; เเ; a
# follow vowel, tone mark or thanthakhat before a vowel or tone mark; a
# vowel or sign repeated.  Text that passes none of them is returned by
# normalize unchanged, so the slow call is skipped for it
# (tests/test_clean.py checks the equivalence).  stdlib re is used: it is
# about twice as fast as regex on these classes.
_DANGLING = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_NEED_CHAR_RE = re.compile("[\u200b\u200c\n\u0e45\u0e4d]")
_NEED_AFTER_SPACE_RE = re.compile(f" [{_DANGLING}]")
_NEED_ORDER_RE = re.compile("[\u0e30\u0e32\u0e33\u0e48-\u0e4c][\u0e31\u0e34-\u0e39\u0e47-\u0e4d]")
_NEED_REPEAT_RE = re.compile("([\u0e30-\u0e3a\u0e40-\u0e44\u0e47\u0e4c-\u0e4e]) *\\1")


def normalize_needed(text: str) -> bool:
    """True if pythainlp.util.normalize could change `text`."""
    return bool(
        _NEED_CHAR_RE.search(text) or "  " in text or text[:1].isspace() or text[-1:].isspace()
        or text[:1] in _DANGLING or _NEED_AFTER_SPACE_RE.search(text) or "\u0e40\u0e40" in text
        or _NEED_ORDER_RE.search(text) or _NEED_REPEAT_RE.search(text)
    )


def normalize_thai(text: str) -> str:
    """pythainlp.util.normalize, called only when it could change the text."""
    if text and normalize_needed(text):
        return _pythainlp_normalize(text)
    return text


@lru_cache(maxsize=32768)
def clean_value(text: str) -> str:
    """Final form of a text field: line fixes, pythainlp's normalize, NFC.

    pythainlp.util.normalize (vowel order, doubled marks) is applied here, to
    field values only: on whole documents it is slow and shifts offsets.
    """
    text = fix_line(text)
    if not text:
        return text
    return to_nfc(collapse_whitespace(to_spaces(normalize_thai(text))))


# what a skeleton keeps: the runs between what it drops (Thai marks, white space, dots, colons and
# leaders), found in one pass and joined (a sub of the dropped runs costs a replacement each, a sixth more)
_SKELETON_KEEP_RE = re.compile(f"[^{THAI_MARKS}\\s.:…]+")


@lru_cache(maxsize=32768)
def skeleton(text: str) -> str:
    """Text without Thai combining marks, spaces and dots: for fuzzy label
    comparison where OCR dropped tone marks and vowels (ที่ -> ที).  Sara am
    counts as sara aa; nikhahit + sara aa (fix_sara_am) gives the same, as
    the nikhahit and any tone mark between are dropped."""
    return "".join(_SKELETON_KEEP_RE.findall(text.replace("\u0e33", "\u0e32")))


def skeleton_at(text: str) -> tuple[str, list[int]]:
    """The text's skeleton (skeleton) and, for each of its letters, where it
    stands in the text (sara am read as sara aa, one character for one)."""
    kept, where = [], []
    for run in _SKELETON_KEEP_RE.finditer(text.replace("\u0e33", "\u0e32")):
        kept.append(run.group())
        where.extend(range(run.start(), run.end()))
    return "".join(kept), where


def join_wrapped(parts: list[str]) -> str:
    """Join the lines of one wrapped paragraph or list item with single spaces;
    a dot alone opening a wrapped line before its Thai words is left out
    (_WRAP_DOT_RE)."""
    return _joined(tuple(parts))


# a dot alone opening a wrapped line, Thai words after it (". การปฏิบัติงานได้"): the mark of a list's column of
# numbers that OCR read a line low, beside the item's wrap (its number read bare on the line above, "3 ผู้เข้าร่วม..."),
# no part of the text; a wrap of the forms' texts never opens so (fresh set s151p, obec_progress_s151p004)
_WRAP_DOT_RE = re.compile(r"^\.\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# (a pure function of the parts, memoised: a text is joined again by each rule that reads it, an entry's description,
# an item's lines; about half the joins over the bench archive repeat one of their document's)
@lru_cache(maxsize=8192)
def _joined(parts: tuple[str, ...]) -> str:
    kept = [p for p in parts if p]
    kept[1:] = [_WRAP_DOT_RE.sub("", p) if p[0] == "." else p for p in kept[1:]]
    return collapse_whitespace(to_spaces(" ".join(kept)))


# White space as regex's \s has it (Unicode White_Space, not str.isspace: \x1c-\x1f are not in it)
# and the zero-width space, spelled out for stdlib re, which is faster on a class (checked equal on
# every code point)
_SPACES_RE = re.compile("[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+")


def comparable(text: str) -> str:
    """A key under which two readings of the same text are equal: NFC, Thai
    digits as Arabic, sara am joined, no spaces, lower case."""
    text = thai_digits_to_arabic(fix_sara_am(to_nfc(text)))
    return _SPACES_RE.sub("", text).lower()


def clear_caches() -> None:
    """Forget memoised lines: called at each document's start, so the caches
    serve repeats within a document (its copies) and stay small."""
    for fn in (skeleton, clean_value, fix_line_and_explain, _joined, arabic_digits_of_line):
        fn.cache_clear()


def mark_tolerant(label: str, spaces: bool = True) -> str:
    """Regex source matching `label` with its Thai marks optional or changed.

    "รายงานครั้งที่" becomes ร[marks]*า[marks]*ย...: OCR that drops ้ or ่
    (ที่ -> ที) or writes ำ as ํ + า still matches.  With `spaces`, a
    single stray space may sit between letters.
    """
    base = skeleton(label.replace("\u0e33", "\u0e32"))
    marks = f"[{THAI_MARKS}]*"
    gap = r"\s?" if spaces else ""
    parts = []
    for ch in base:
        if ch == "\u0e32":  # sara aa may be the second half of sara am
            parts.append(f"[\u0e32\u0e33]{marks}")
        else:
            parts.append(regex.escape(ch) + marks)
    return gap.join(parts)


# Letters a Thai OCR engine reads for one another (measured on the corpus'
# OCR'd twin, tesseract-ocr-tha with TLWG fonts: each pair seen five times or
# more in aligned lines), and Latin look-alikes it emits for them.
CONFUSABLE_LETTERS: tuple[str, ...] = ("กคA", "รว", "ดต", "หท", "ใไ", "ชซข", "ลa", "บปน", "ผพถW")
_CONFUSABLE = {ch: group for group in CONFUSABLE_LETTERS for ch in group}


def ocr_tolerant(label: str, spaces: bool = True) -> str:
    """`mark_tolerant`, and each letter may also be one OCR reads for it
    (CONFUSABLE_LETTERS): "เป็นไปตามแผน" matches "เป็นใปดามแผน".  For the
    clause words and labels of the forms, which are long enough that the
    looser letters do not make them match other words."""
    base = skeleton(label.replace("\u0e33", "\u0e32"))
    marks = f"[{THAI_MARKS}]*"
    gap = r"\s?" if spaces else ""
    parts = []
    for ch in base:
        if ch == "\u0e32":
            parts.append(f"[\u0e32\u0e33]{marks}")
        elif ch in _CONFUSABLE:
            parts.append(f"[{regex.escape(_CONFUSABLE[ch])}]{marks}")
        else:
            parts.append(regex.escape(ch) + marks)
    return gap.join(parts)


# a letter (no space, no mark) and the marks printed on it
_LETTER_RE = regex.compile(r"([^\s\p{Mn}])(\p{Mn}*)")


@lru_cache(maxsize=4096)  # a pure function of one text: a report's texts repeat (parsers.obec_progress.texts votes them)
def letters(text: str) -> tuple[str, tuple[str, ...]]:
    """The text's letters (spaces and marks left out) and the marks printed
    on each (a mark before any letter is left out)."""
    pairs = _LETTER_RE.findall(text)
    return "".join([b for b, _ in pairs]), tuple([m for _, m in pairs])


_NO_LETTER_RE = regex.compile(r"[\s\p{Mn}]+")  # what letters() leaves out of a text's letters: spaces and marks


def letters_alone(text: str) -> str:
    """letters(text)'s letters alone, in one pass (no mark read): for
    searching many texts' letters, asking the marks of the few that hold
    what is looked for (pipeline.marks)."""
    return _NO_LETTER_RE.sub("", text)


# regex's \s (Unicode's White_Space) spelled out for the standard re, whose \s takes \x1c-\x1f too (str.isspace):
# the same code points, every one checked (tests/test_speedups_exact.py)
WHITE_SPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# regex's \d (Unicode's decimal digits, Nd, by regex's tables: 110 more than the standard re's, whose Unicode
# is older) spelled out for the standard re: the same code points, every one checked (tests/test_speedups_exact.py)
DIGITS = (
    r"0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    r"\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59"
    r"\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f"
    r"\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59"
    r"\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9"
    r"\uff10-\uff19\U000104a0-\U000104a9\U00010d30-\U00010d39\U00010d40-\U00010d49\U00011066-\U0001106f"
    r"\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9"
    r"\U00011450-\U00011459\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9"
    r"\U000116d0-\U000116e3\U00011730-\U00011739\U000118e0-\U000118e9\U00011950-\U00011959"
    r"\U00011bf0-\U00011bf9\U00011c50-\U00011c59\U00011d50-\U00011d59\U00011da0-\U00011da9"
    r"\U00011de0-\U00011de9\U00011f50-\U00011f59\U00016130-\U00016139\U00016a60-\U00016a69"
    r"\U00016ac0-\U00016ac9\U00016b50-\U00016b59\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9"
    r"\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e4f0-\U0001e4f9"
    r"\U0001e5f1-\U0001e5fa\U0001e950-\U0001e959\U0001fbf0-\U0001fbf9"
)


def _digits_past_decimal() -> str | None:
    """DIGITS as a class member the standard re compiles cheaply: its own
    \\d (str.isdecimal: the decimal digits of Python's Unicode, each of them
    among regex's) and the code points of DIGITS it lacks (newer scripts'
    digits, all past U+FFFF), written as ranges: the same code points
    (tests/test_speedups_exact.py).  A class of many ranges below U+10000
    costs the standard re a table of 64 K entries to compile (about 1.6 ms a
    class; 54 in the parsers' patterns, compiled in the fork server's serial
    start: pipeline.warm); \\d and ten ranges cost a tenth of that, and
    match as fast.  None (DIGITS kept written out) where Python's Unicode is
    newer than the one DIGITS was taken from (17.0), whose \\d might take a
    digit regex does not."""
    if tuple(int(part) for part in unicodedata.unidata_version.split(".")) > (17, 0, 0):
        return None
    bounds = DIGITS.encode("ascii").decode("unicode_escape")  # "0-9٠-٩...": every member a range
    lacking = [c for k in range(0, len(bounds), 3) for c in range(ord(bounds[k]), ord(bounds[k + 2]) + 1)
               if not chr(c).isdecimal()]
    runs: list[list[int]] = []
    for c in lacking:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "\\d" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in runs)


DIGITS_MEMBER = _digits_past_decimal() or DIGITS  # what standard_re writes for \d (in a class, or as one)

# the escapes standard_re leaves as written (a character, a code point, a back-reference, the text's ends), and
# the openings of a group it knows ((?: (?= (?! (?<= (?<! (?P< (?P= (?>)
_KEPT_ESCAPES = frozenset("\\.^$|?*+()[]{}-/:;=,<>!#&~%@'\"` \u3000tnrfvx0123456789uUAZ") | frozenset(
    chr(c) for c in range(0x0E00, 0x0E80))
_GROUP_OPENINGS = (":", "=", "!", "<=", "<!", "P<", "P=", ">")
STANDARD_PATTERNS: list[tuple[str, re.Pattern]] = []  # (regex's source, the standard re's pattern): for the test


def standard_re(pattern: str) -> re.Pattern:
    """`pattern`, written for regex (its default, version 0), compiled by the
    standard re with the same matches: a search or an anchored match there
    takes a half to a tenth of the time on the forms' lines.  Its \\s and \\S are
    written out (WHITE_SPACE), its \\d and \\D as DIGITS_MEMBER; a pattern with
    anything else the two engines read apart (\\w, \\b, \\p{...}, a flag,
    a fuzzy count, a set operation, a bracket inside a class) is refused
    (ValueError): such patterns stay on regex."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt == "s":
                out.append(WHITE_SPACE if in_class else f"[{WHITE_SPACE}]")
            elif nxt == "S" and not in_class:
                out.append(f"[^{WHITE_SPACE}]")
            elif nxt == "d":
                out.append(DIGITS_MEMBER if in_class else f"[{DIGITS_MEMBER}]")
            elif nxt == "D" and not in_class:
                out.append(f"[^{DIGITS_MEMBER}]")
            elif nxt and nxt in _KEPT_ESCAPES:
                out.append(pattern[i:i + 2])
            else:
                raise ValueError(f"standard_re: \\{nxt} reads otherwise in re: {pattern!r}")
            i += 2
            continue
        if in_class:
            if ch == "[" or pattern[i:i + 2] in ("--", "&&", "~~", "||"):
                raise ValueError(f"standard_re: a set operation or nested class: {pattern!r}")
            in_class = ch != "]"
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            start = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[start:start + 1] == "]":  # (a bracket first in the class is one of its characters)
                raise ValueError(f"standard_re: a class opening with ']': {pattern!r}")
            out.append(pattern[i:start])
            i, in_class = start, True
            continue
        if ch == "(" and pattern[i + 1:i + 2] == "?" and not pattern[i + 2:].startswith(_GROUP_OPENINGS):
            raise ValueError(f"standard_re: a group re reads otherwise: {pattern!r}")
        if ch == "{" and pattern[i + 1:i + 2] in ("e", "i", "d", "s"):
            raise ValueError(f"standard_re: a fuzzy count: {pattern!r}")
        out.append(ch)
        i += 1
    compiled = re.compile("".join(out))
    STANDARD_PATTERNS.append((pattern, compiled))
    return compiled
