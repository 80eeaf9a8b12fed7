"""Units a budget or expense line counts in, shared by the forms that print
expense lines (the BMA progress report's section 2, the proposal's budget):
a unit OCR stripped of a mark or misread is read against the list."""

from __future__ import annotations

import regex

from normalizers.text import clean_value, skeleton

# Units a budget line counts in: a unit OCR stripped of a mark ("ชัวโมง") is
# the one unit of this list with its skeleton, if only one has it.  Where
# several have it ("ค้น": คน or คัน), OCR misread a mark rather than made one
# up: the unit whose marks stand on the same letters as the printed ones
# (คัน, a mark on its first letter) is read, a repair said (rule unit); none
# or several such, it is left as printed and flagged.
UNITS = ("คน", "ชุด", "เล่ม", "ชั่วโมง", "โรงเรียน", "คัน", "วัน", "ครั้ง", "มื้อ", "ห้อง", "แห่ง", "เครื่อง",
         "ชิ้น", "อัน", "กล่อง", "รีม", "ด้าม", "ป้าย", "ผืน", "เดือน", "รุ่น", "กลุ่ม", "ทีม", "ราย", "ที่", "ใบ")
_UNIT_BY_SKELETON: dict[str, list[str]] = {}
for _u in UNITS:
    _UNIT_BY_SKELETON.setdefault(skeleton(_u), []).append(_u)
_MARK_RE = regex.compile(r"\p{Mn}")


def _mark_sites(word: str) -> tuple[int, ...]:
    """The letters of `word` (counted without its marks) a mark stands on."""
    sites, letters = [], 0
    for ch in word:
        if _MARK_RE.match(ch):
            if letters and (not sites or sites[-1] != letters - 1):
                sites.append(letters - 1)
        else:
            letters += 1
    return tuple(sites)


def unit_readings(text: str) -> list[str]:
    """The units a printed unit that is none of UNITS may stand for (its skeleton's)."""
    unit = clean_value(text).rstrip("ๆ ")
    return [] if unit in UNITS else _UNIT_BY_SKELETON.get(skeleton(unit), [])


def canonical_unit(text: str) -> str:
    """A unit without the repetition mark, its lost marks put back when only
    one unit fits, or its misread mark when only one of those that fit has
    its marks on the same letters (see UNITS)."""
    unit = clean_value(text).rstrip("ๆ ")
    if unit in UNITS:
        return unit
    fits = _UNIT_BY_SKELETON.get(skeleton(unit), [])
    if len(fits) > 1:
        fits = [u for u in fits if _mark_sites(u) == _mark_sites(unit)]
    return fits[0] if len(fits) == 1 else unit
