"""Small pure str -> str fixes for OCR'd Thai text, each named for what it does.

Every fix is idempotent (f(f(x)) == f(x)) and is registered once in LINE_FIXES,
so `fix_line_and_explain` can say which fixes changed a line.  Left alone on
purpose: spelling, word breaks, Thai digits inside running text (they are part
of what the document says; numbers are converted when a field is parsed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex
from pythainlp.util import normalize as _pythainlp_normalize

# Thai combining marks: above/below vowels, tone marks, thanthakhat, nikhahit.
THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_MARKS_RE = regex.compile(f"[{THAI_MARKS}]")

# Lao letters that OCR engines emit for their Thai look-alikes: for these the
# Lao code point is the Thai one plus 0x80 (ະ U+0EB0 for ะ U+0E30, ...).
_LAO_TO_THAI = {
    cp + 0x80: cp
    for cp in range(0x0E01, 0x0E5C)
    if unicodedata.name(chr(cp + 0x80), "").startswith("LAO")
}


def to_nfc(text: str) -> str:
    """Unicode NFC; the canonical form of every text value raingan writes."""
    return unicodedata.normalize("NFC", text)


def fix_sara_am(text: str) -> str:
    """Join nikhahit + sara aa (ํ + า, two code points) into sara am (ำ)."""
    if "\u0e4d" not in text:
        return text
    # a tone mark may sit between the two halves: ่ + ํ + า  ->  ่ + ำ
    return regex.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", text)


def fix_lao_lookalikes(text: str) -> str:
    """Map Lao look-alike letters (ະ, ໍ, ...) back to the Thai ones."""
    if not any("\u0e80" <= ch <= "\u0eff" for ch in text):
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


def strip_markdown(text: str) -> str:
    """Remove markdown bold/italic markers, escapes, heading hashes and links."""
    if not any(ch in text for ch in "*#\\["):
        return text
    text = _MD_LINK_RE.sub(r"\1", text)
    text = _MD_HEADING_RE.sub("", text)
    text = _MD_ESCAPE_RE.sub(r"\1", text)
    return text.replace("*", "")


# Bullets and box glyphs that OCR puts at a line start ("- ", "•", "□□-□").
_BULLET_RE = regex.compile(r"^\s*(?:[-–•●○▪■□◆◇➢✓*]+\s*)+(?=\S)")


def strip_bullet(text: str) -> str:
    """Remove list bullets and box glyphs at the start of a line."""
    match = _BULLET_RE.match(text)
    if not match:
        return text
    rest = text[match.end():]
    # "- 2 -" is a page number, not a bulleted "2 -": keep such lines whole.
    if regex.fullmatch(r"[\d๐-๙]{1,4}\s*[-–]\s*", rest):
        return text
    return rest


_WS_RE = regex.compile(r"[ \t\u00a0\u200b\u3000]+")


def collapse_whitespace(text: str) -> str:
    """Tabs, no-break and zero-width spaces and runs of blanks -> one space; trim."""
    return _WS_RE.sub(" ", text).strip()


# Order matters: markdown escapes come off before bullets ("\- item"), quotes
# are fixed before whitespace is collapsed.
LINE_FIXES: list[tuple[str, Callable[[str], str]]] = [
    ("to_nfc", to_nfc),
    ("fix_sara_am", fix_sara_am),
    ("fix_lao_lookalikes", fix_lao_lookalikes),
    ("strip_markdown", strip_markdown),
    ("strip_bullet", strip_bullet),
    ("fix_question_quotes", fix_question_quotes),
    ("collapse_whitespace", collapse_whitespace),
]


def fix_line(text: str) -> str:
    """Apply every LINE_FIXES fix in order."""
    for _, fix in LINE_FIXES:
        text = fix(text)
    return text


def fix_line_and_explain(text: str) -> tuple[str, list[str]]:
    """Like fix_line, also naming the fixes that changed the text."""
    changed: list[str] = []
    for name, fix in LINE_FIXES:
        new = fix(text)
        if new != text:
            changed.append(name)
            text = new
    return text, changed


def clean_value(text: str) -> str:
    """Final form of a text field: line fixes, pythainlp's normalize, NFC.

    pythainlp.util.normalize (vowel order, doubled marks) is applied here, to
    field values only: on whole documents it is slow and shifts offsets.
    """
    text = fix_line(text)
    if not text:
        return text
    return to_nfc(collapse_whitespace(_pythainlp_normalize(text)))


def skeleton(text: str) -> str:
    """Text without Thai combining marks, spaces and dots: for fuzzy label
    comparison where OCR dropped tone marks and vowels (ที่ -> ที)."""
    text = fix_sara_am(text).replace("\u0e33", "\u0e32")
    return regex.sub(r"[\s.:…]+", "", _MARKS_RE.sub("", text))


def join_wrapped(parts: list[str]) -> str:
    """Join the lines of one wrapped paragraph or list item with single spaces."""
    return collapse_whitespace(" ".join(p for p in parts if p))


_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACES_RE = regex.compile(r"[\s\u200b]+")


def comparable(text: str) -> str:
    """A key under which two readings of the same text are equal: NFC, Thai
    digits as Arabic, sara am joined, no spaces, lower case."""
    text = fix_sara_am(to_nfc(text)).translate(_DIGITS)
    return _SPACES_RE.sub("", text).lower()


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
