"""Recognise page furniture in one cleaned line: page numbers, the repeated
form title at the top of each page, the certification/signature block, and
catchwords (a page's last words repeated at the top of the next page)."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from normalizers.text import skeleton

# Titles printed at the top of every page of a form.  Compared fuzzily on
# their skeletons, so OCR slips in tone marks and a letter or two still match.
PAGE_HEADER_TITLES = (
    "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ",
)
_TITLE_SKELETONS = tuple(skeleton(t) for t in PAGE_HEADER_TITLES)

# "- 2 -", "– 12 –", "หน้า 3", "หน้า ๓/๑๒", "3/12" alone on a line.
_PAGE_NUMBER_RE = regex.compile(
    r"^(?:[-–]\s*[\d๐-๙]{1,4}\s*[-–]|หน้า(?:ที่)?\s*[\d๐-๙]{1,4}(?:\s*/\s*[\d๐-๙]{1,4})?"
    r"|[\d๐-๙]{1,4}\s*/\s*[\d๐-๙]{1,4})$"
)

# The certification and signature block that closes a BMA form.
_SIGNATURE_RE = regex.compile(
    r"^(?:ขอรับรองว่า|\(?\s*ลงชื่อ\s*\)?\s*[.…]{2,}|ตำแหน่ง\s*[.…]*$|\(\s*[.…]{3,}\s*\)$)"
)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(line))


def is_page_header(line: str) -> bool:
    """A line that is one of PAGE_HEADER_TITLES, allowing OCR slips."""
    if len(line) < 20 or len(line) > 90:
        return False
    if not any(fuzz.ratio(line, t, score_cutoff=60) for t in PAGE_HEADER_TITLES):
        return False  # cheap necessary condition: dropped marks alone cost far less
    sk = skeleton(line)
    return any(fuzz.ratio(sk, t) >= 85 for t in _TITLE_SKELETONS)


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
