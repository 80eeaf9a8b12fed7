"""Rules shared by the form parsers: headings, numbered items, people, units."""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, skeleton
from pipeline.model import Line

# An item number at a line start: "1", "1.", "๑.", "๒.๑", "(๑)", "1)", "๓.๑.๒".
# Captures the dotted number without brackets; the item text follows.
ITEM_NUMBER_RE = regex.compile(r"^\(?\s*((?:[\d๐-๙]{1,2}\s*\.\s*)*[\d๐-๙]{1,2})\s*(?:\)|\.(?!\d)|(?=\s)|$)\s*")


def split_item_number(text: str) -> tuple[tuple[int, ...] | None, str]:
    """(number parts, rest) for "๒.๑ เพื่อ..." -> ((2, 1), "เพื่อ..."); (None, text) if unnumbered."""
    match = ITEM_NUMBER_RE.match(text)
    if not match:
        return None, text
    parts = tuple(int(p) for p in regex.split(r"\s*\.\s*", thai_digits_to_arabic(match.group(1))))
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
        if number is not None and _follows(items[-1].number if items else None, number):
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
    if prev is None:
        return number[-1] in (1, 0) or len(number) > 1 and number[-1] == 1
    return len(prev) == len(number) and prev[:-1] == number[:-1] and number[-1] == prev[-1] + 1


_TAIL_RE = regex.compile(r"\s*\([^()]*\)\s*[.:]*\s*$")


@dataclass(frozen=True)
class Heading:
    key: str
    title: str


class HeadingSet:
    """A form's section headings, recognised by what they say, not by level."""

    def __init__(self, headings: list[Heading], cutoff: float = 82.0):
        self.headings = headings
        self.cutoff = cutoff
        self._sk = [skeleton(h.title) for h in headings]

    def match(self, text: str) -> tuple[str, tuple[int, ...] | None] | None:
        """(key, section number) if `text` is one of the headings."""
        number, rest = split_item_number(text)
        # a heading may carry a bracketed tail: "... ระยะ 20 ปี (ยุทธศาสตร์-.../ตัวชี้วัด)"
        rest = _TAIL_RE.sub("", rest) or rest
        sk = skeleton(rest)
        if not sk:
            return None
        best_key, best_score = None, 0.0
        for heading, hsk in zip(self.headings, self._sk):
            if len(sk) > 2 * len(hsk) + 12:
                continue
            score = fuzz.ratio(sk, hsk)
            if score > best_score:
                best_key, best_score = heading.key, score
        cutoff = self.cutoff - (6 if number else 0)
        if best_key is None or best_score < cutoff:
            return None
        return best_key, number


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
        phone = regex.sub(r"\s", "", match.group(1))
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
    return join_wrapped([ln.text for ln in lines])
