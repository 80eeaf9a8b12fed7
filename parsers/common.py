"""Rules shared by the form parsers: headings, numbered items, people, units."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz, process

from normalizers.errors import ValueParseError
from normalizers.numbers import looks_like, parse_int, thai_digits_to_arabic
from normalizers.text import (
    clean_value,
    comparable,
    join_wrapped,
    mark_tolerant,
    skeleton,
)
from parsers.engine import State
from schemas.document import Issue, Line

# An item number at a line start: "1", "1.", "๑.", "๒.๑", "(๑)", "1)", "๓.๑.๒".
# Captures the dotted number without brackets; the item text follows.
ITEM_NUMBER_RE = regex.compile(r"^\(?\s*((?:[\d๐-๙]{1,2}\s*\.\s*)*[\d๐-๙]{1,2})\s*(?:\)|\.(?!\d)|(?=\s)|$)\s*")


_DOT_RE = regex.compile(r"\s*\.\s*")


def split_item_number(text: str) -> tuple[tuple[int, ...] | None, str]:
    """(number parts, rest) for "๒.๑ เพื่อ..." -> ((2, 1), "เพื่อ..."); (None, text) if unnumbered."""
    match = ITEM_NUMBER_RE.match(text)
    if not match:
        return None, text
    parts = tuple(int(p) for p in _DOT_RE.split(thai_digits_to_arabic(match.group(1))))
    return parts, text[match.end():]


@dataclass(slots=True)
class Item:
    number: tuple[int, ...]
    text: str
    line_start: int
    line_end: int


def numbered_items(lines: list[Line]) -> tuple[list[Item], list[Line]]:
    """Group lines into numbered items; unnumbered lines continue the item above.

    A number opens a new item only if it follows the previous item's number
    (same depth, last part + 1) or is the first number seen, so a wrapped line
    that happens to start with a figure ("50 สำนักงานเขต") stays in its item.
    Lines before the first item are returned separately.
    """
    items: list[Item] = []
    parts: list[list[str]] = []
    lead: list[Line] = []
    for ln in lines:
        number, rest = split_item_number(ln.text)
        prev = items[-1].number if items else None
        if number is None and len(ln.text) > 2 and not ln.text[0].isdigit() and ln.text[1].isdigit():
            # an OCR speck before the number ("ไ๒.2 เพื่อ..."): only if the number fits the sequence
            speck, rest2 = split_item_number(ln.text[1:])
            if speck is not None and prev is not None and _follows(prev, speck):
                number, rest = speck, rest2
        if number is not None and _follows(prev, number):
            items.append(Item(number, "", ln.no, ln.no))
            parts.append([rest] if rest else [])
        elif items:
            parts[-1].append(ln.text)
            items[-1].line_end = ln.no
        else:
            lead.append(ln)
    for item, texts in zip(items, parts):
        item.text = clean_value(join_wrapped(texts))
    return items, lead


def _follows(prev: tuple[int, ...] | None, number: tuple[int, ...]) -> bool:
    """True if `number` is the next item after `prev`, allowing the next
    number's last digit to have been read as a look-alike (๔ as ๕)."""
    if prev is None:
        return number[-1] in (1, 0) or len(number) > 1 and number[-1] == 1
    # the prefix of "๙.2" is the list's section number, printed on every item:
    # a misread prefix digit ("๓.2") does not stop the sequence
    if len(prev) != len(number):
        return False
    expected = prev[-1] + 1
    return number[-1] == expected or looks_like(number[-1], expected)


_TAIL_RE = regex.compile(r"\s*\([^()]*\)\s*[.:]*\s*$")


@dataclass(frozen=True)
class Heading:
    key: str
    title: str


class HeadingSet:
    """A form's section headings, recognised by what they say, not by level."""

    def __init__(self, headings: list[Heading], cutoff: float = 82.0, unnumbered_cutoff: float | None = None):
        self.headings = headings
        self.cutoff = cutoff
        # a form that numbers its sections can ask more of a heading without one
        self.unnumbered_cutoff = unnumbered_cutoff if unnumbered_cutoff is not None else cutoff
        self._sk = [skeleton(h.title) for h in headings]
        # a line much longer than every title cannot reach the cutoff
        self._max_chars = 2 * max(len(h.title) for h in headings) + 12

    def match(self, text: str) -> tuple[str, tuple[int, ...] | None] | None:
        """(key, section number) if `text` is one of the headings."""
        number, rest = split_item_number(text)
        # a heading may carry a bracketed tail: "... ระยะ 20 ปี (ยุทธศาสตร์-.../ตัวชี้วัด)"
        rest = _TAIL_RE.sub("", rest) or rest
        if len(rest) > self._max_chars:
            return None
        sk = skeleton(rest)
        if not sk:
            return None
        cutoff = self.cutoff - 6 if number else self.unnumbered_cutoff
        best = process.extractOne(sk, self._sk, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        return self.headings[best[2]].key, number


def heading_rule(headings: HeadingSet, max_len: int) -> Callable[[State], bool]:
    """A block rule emitting a "heading" block for a line of `headings` (and
    recording the section in the state's context)."""

    def rule_heading(state: State) -> bool:
        line = state.line
        if len(line.text) > max_len:
            return False
        found = headings.match(line.text)
        if found is None:
            return False
        state.context["section"] = found[0]
        state.emit("heading", found[0], line.text, line)
        state.pos += 1
        return True

    return rule_heading


# "นายวุฒิ เตชะชนอก 3427", "นายธนูเทพ ประสานทอง โทร.1551", "... โทร 1546".
_PHONE_TAIL_RE = regex.compile(
    r"[\s,]*(?:(?:โทร(?:ศัพท์)?|tel)\s*\.?\s*:?\s*)?(\d[\d\s-]{1,14}\d|\d{2,})\s*$", regex.IGNORECASE
)
_PHONE_WORD_RE = regex.compile(r"[\s,]*(?:โทร(?:ศัพท์)?|tel)\s*\.?\s*:?\s*$", regex.IGNORECASE)


def split_person(text: str) -> tuple[str | None, str | None]:
    """(name, phone) from a person field; the phone is the digits at the end."""
    src = thai_digits_to_arabic(clean_value(text))
    phone = None
    match = _PHONE_TAIL_RE.search(src)
    if match:
        phone = "".join(match.group(1).split())
        src = src[: match.start()]
    src = _PHONE_WORD_RE.sub("", src).strip(" ,-")
    return (src or None), phone


def split_unit(text: str) -> tuple[str | None, str | None, str | None, int]:
    """"A / B / C" -> (agency, division, section, number of parts found)."""
    parts = [clean_value(p) for p in text.split("/")]
    parts = [p for p in parts if p]
    if not parts:
        return None, None, None, 0
    if len(parts) > 3:
        parts = parts[:2] + [" / ".join(parts[2:])]
    padded = parts + [None] * (3 - len(parts))
    return padded[0], padded[1], padded[2], len(parts)


def span_text(lines: list[Line]) -> str:
    """The text of consecutive lines, wrapped lines joined (see join_wrapped)."""
    return join_wrapped([ln.text for ln in lines])


def parse_fiscal_year(text: str) -> int:
    """A fiscal year as BE: "2561", "พ.ศ. ๒๕69"; a CE year is converted."""
    year = parse_int(text)
    if year < 2400:  # written in CE
        year += 543
    if not 2400 <= year <= 2700:
        raise ValueParseError("fiscal_year", text, f"{year} is not a plausible BE year")
    return year


def make_project_key(doc_type: str, code: str | None, fiscal_year_be: int | None, name: str | None) -> str:
    """"09000000-3863/2561" from a project code; without one, the form, the
    year and a hash of the name ("bma_proposal:2569:1f0c...")."""
    if code:
        return f"{code}/{fiscal_year_be or '?'}"
    digest = hashlib.sha1(comparable(name or "").encode("utf-8")).hexdigest()[:12]
    return f"{doc_type}:{fiscal_year_be or '?'}:{digest}"


_THAI_LETTER_RE = regex.compile("[\u0e01-\u0e2e]")
# A target group label: "ด้านปริมาณ", "ด้านคุณภาพ" (or "เชิง...").
_TARGET_KIND_RE = regex.compile(
    rf"^(?:{mark_tolerant('ด้าน')}|{mark_tolerant('เชิง')})\s*(?:({mark_tolerant('ปริมาณ')})|({mark_tolerant('คุณภาพ')}))"
)


def target_groups(lines: list[Line]) -> tuple[list[tuple[str | None, str, int, int]], list[Issue]]:
    """(kind, text, start, end) per target group ("ด้านปริมาณ" / "ด้านคุณภาพ");
    numbered or bulleted sub-items are part of their group's text."""
    groups: list[tuple[str | None, list[str], int, int]] = []
    for ln in lines:
        if not groups and len(ln.text) <= 6 and not _THAI_LETTER_RE.search(ln.text):
            continue  # OCR debris before the first label ("Pane", '"')
        _, rest = split_item_number(ln.text)
        match = _TARGET_KIND_RE.match(rest)
        if match:
            kind = "quantity" if match.group(1) else "quality"
            tail = rest[match.end():].strip(" :")
            groups.append((kind, [tail] if tail else [], ln.no, ln.no))
        elif groups:
            kind, texts, start, _ = groups[-1]
            texts.append(ln.text)
            groups[-1] = (kind, texts, start, ln.no)
        else:
            groups.append((None, [ln.text], ln.no, ln.no))
    result, issues = [], []
    for kind, texts, start, end in groups:
        if kind is None:
            issues.append(Issue("warning", "target_kind_unknown",
                                "target text without a ด้านปริมาณ/ด้านคุณภาพ label", join_wrapped(texts),
                                start, end, field="targets.kind"))
        result.append((kind, clean_value(join_wrapped(texts)), start, end))
    return result, issues
