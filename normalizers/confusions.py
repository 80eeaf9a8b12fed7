"""What a number OCR read could have been printed as: candidate readings.

OCR engines misread Thai digits for one another and for Latin look-alikes,
and never recognise ฿ (it comes out as a leading 8, 3 or B, or nothing).
`candidates` lists the readings a damaged number, date or year could have
been, the printed reading first, then by how many characters changed; a
caller keeps the ones the document's own constraints accept
(parsers.repair).  Nothing here decides: it only proposes.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, product

from normalizers.numbers import thai_digits_to_arabic

# printed -> read, as OCR engines of Thai print do it (Arabic digits here;
# Thai digits are converted first):  ๖ read as ๒ (most often) or ๐; ๔, ๘ and
# ๙ read as ๕; ๗ and ๙ read as ๓; Latin look-alikes for ๐, ๑, ๓ and ๖.
# Also measured on the corpus' OCR'd twin (tesseract-ocr-tha, TLWG fonts),
# each seen ten times or more: ๕ read as ๒, ๒ as ๖, ๔ as ๐, ๗ as ๕.
MISREADS: dict[str, str] = {
    "6": "20",
    "4": "50",
    "8": "5",
    "9": "53",
    "7": "35",
    "5": "2",
    "2": "6",
}
# Thai letters that stand where a digit was, measured on the OCR'd twin
# (aligned with the clean text): ฒ for ๗ (27 times, ๙ 4), อ for ๖ (8).
LOOKALIKES: dict[str, str] = {"o": "0", "O": "0", "@": "1", "m": "3", "n": "3", "b": "6", "d": "6", "ฒ": "7", "อ": "6"}

# read -> what may have been printed there (the inverse of MISREADS)
PRINTED_AS: dict[str, str] = {}
for _printed, _reads in MISREADS.items():
    for _read in _reads:
        PRINTED_AS[_read] = PRINTED_AS.get(_read, "") + _printed

BAHT_SIGN_READS = "83B"  # what a ฿ before an amount comes out as
MAX_CHANGES = 2  # characters changed in one candidate
MAX_CANDIDATES = 400


_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def _positions(text: str) -> list[tuple[int, str]]:
    """(index, alternatives) for each character that may be another digit:
    Thai digits (their glyphs are what engines confuse) and the Latin
    look-alikes that stand where one was; Arabic digits are read reliably."""
    out = []
    for i, ch in enumerate(text):
        if ch in _THAI_DIGITS:
            alts = PRINTED_AS.get(thai_digits_to_arabic(ch), "")
        elif ch in LOOKALIKES:
            alts = LOOKALIKES[ch] + PRINTED_AS.get(LOOKALIKES[ch], "")
        else:
            continue
        if alts:
            out.append((i, alts))
    return out


def changes(read: str, printed: str) -> int:
    """How many characters differ between two readings of equal length."""
    a, b = thai_digits_to_arabic(read), thai_digits_to_arabic(printed)
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


def candidates(text: str, baht: bool = False, max_changes: int = MAX_CHANGES) -> list[str]:
    """Readings `text` may have been printed as, the text itself first (its
    Thai digits as Arabic), then with one changed character, then two.  With
    `baht`, also the readings without a leading 8/3/B (a ฿ read as a digit)."""
    src = thai_digits_to_arabic(text)
    out = [src]
    seen = {src}
    bases = [text]
    if baht:
        stripped = text.lstrip()
        if stripped[:1] in BAHT_SIGN_READS + "๘๓" and len(stripped) > 1 and stripped[1:2].isdigit() or \
                stripped[:1] in BAHT_SIGN_READS + "๘๓" and thai_digits_to_arabic(stripped[1:2]).isdigit():
            bases.append(stripped[1:])
    for base in bases:
        for reading in _changed(base, max_changes):
            if reading not in seen:
                seen.add(reading)
                out.append(reading)
                if len(out) >= MAX_CANDIDATES:
                    return out
    return out


def _changed(text: str, max_changes: int) -> Iterator[str]:
    positions = _positions(text)
    src = thai_digits_to_arabic(text)
    yield src
    for n in range(1, max_changes + 1):
        for chosen in combinations(positions, n):
            for alts in product(*(a for _, a in chosen)):
                chars = list(src)
                for (i, _), alt in zip(chosen, alts):
                    chars[i] = alt
                yield "".join(chars)


def could_be(read: str, printed: str) -> bool:
    """Whether `printed` is among the candidate readings of `read`."""
    return thai_digits_to_arabic(printed) in candidates(read)


def certain(text: str) -> bool:
    """Whether a printed number has no other reading (Arabic digits, or Thai
    digits no engine misreads another digit as)."""
    return len(candidates(text)) == 1
