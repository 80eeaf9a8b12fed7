"""Units a budget or expense line counts in, shared by the forms that print
expense lines (the BMA progress report's section 2, the proposal's budget):
a unit OCR stripped of a mark or misread is read against the list."""

from __future__ import annotations

import json

import regex

from normalizers.text import clean_value, skeleton
from schemas.document import Issue

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
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e4e]+")  # a unit in Thai letters alone


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


# Thai letters OCR reads one for another (their shapes differ by a stroke or a tail): a unit with one of them
# misread ("ไรงเรียน" for โรงเรียน) is the one unit of UNITS that one such change gives.
_LOOKALIKE_GROUPS = ("โไใ", "ดต", "บป", "ขช", "ผฝ", "พฟ", "ฎฏ", "ถภ", "ซศ")
_LOOKALIKES = {ch: group.replace(ch, "") for group in _LOOKALIKE_GROUPS for ch in group}


def unit_by_lookalike(text: str) -> str | None:
    """The one unit of UNITS a printed unit that is none of them reads as
    with one letter changed for its look-alike (_LOOKALIKE_GROUPS; its marks
    put back as canonical_unit does); None when none or several do."""
    unit = clean_value(text).rstrip("ๆ ")
    if not unit or unit in UNITS or canonical_unit(unit) in UNITS:
        return None
    fits = set()
    for i, ch in enumerate(unit):
        for other in _LOOKALIKES.get(ch, ""):
            changed = canonical_unit(unit[:i] + other + unit[i + 1:])
            if changed in UNITS:
                fits.add(changed)
    return fits.pop() if len(fits) == 1 else None


LONG_UNIT = 5  # letters (marks aside) of a unit no other unit comes within one letter of ("ชั่วโมง", "โรงเรียน")


def unit_by_one_letter(text: str) -> str | None:
    """The one unit of UNITS of LONG_UNIT letters or more (marks aside) that a
    printed unit that is none of them reads as with one letter changed for
    another, whatever letter OCR misread ("โรงเรียบ" for โรงเรียน, "หัวโมง"
    for ชั่วโมง, a mark lost too); None when none or several do.  A short
    unit is left alone: one letter from it may be another unit or a word."""
    unit = clean_value(text).rstrip("ๆ ")
    if not unit or unit in UNITS or canonical_unit(unit) in UNITS or " " in unit:
        return None
    key = skeleton(unit)
    fits = [u for u in UNITS if len(sk := skeleton(u)) >= LONG_UNIT and len(sk) == len(key)
            and sum(a != b for a, b in zip(sk, key)) == 1]
    return fits[0] if len(fits) == 1 else None


# a unit's first letter OCR read as a digit or two glued to the letters after it ("15รงเรียบ" for โรงเรียน)
GLUED_DIGITS_RE = regex.compile(r"^[\d๐-๙]{1,2}(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def unit_by_glued_digits(text: str) -> str | None:
    """The one unit of UNITS of LONG_UNIT letters or more that a printed unit
    opening with a digit or two glued to its letters reads as, the digits
    its first letter OCR misread and at most one letter more misread after
    them ("15รงเรียบ" for โรงเรียน: โ read as 15, น as บ); None when none or
    several do, or no digit opens it."""
    unit = clean_value(text).rstrip("ๆ ")
    if (m := GLUED_DIGITS_RE.match(unit)) is None or " " in unit:
        return None
    key = skeleton(unit[m.end():])
    fits = [u for u in UNITS if len(sk := skeleton(u)) >= LONG_UNIT and len(sk) == len(key) + 1
            and sum(a != b for a, b in zip(sk[1:], key)) <= 1]
    return fits[0] if len(fits) == 1 else None


def glued_digits_issue(what: str, printed: str, chosen: str, span: tuple[int, int]) -> Issue:
    """The value_repaired issue of a unit read by unit_by_glued_digits (rule unit)."""
    return _unit_repaired(what, printed, chosen, span, f"the digits opening it are its first letter OCR misread, and "
                          f"with that letter (and at most one more misread) put back it is {chosen}, the one unit so")


def one_letter_issue(what: str, printed: str, chosen: str, span: tuple[int, int]) -> Issue:
    """The value_repaired issue of a unit read by unit_by_one_letter (rule unit)."""
    return _unit_repaired(what, printed, chosen, span, f"with one letter OCR misread put back it is {chosen}, a "
                          "unit no other is one letter from")


def _unit_repaired(what: str, printed: str, chosen: str, span: tuple[int, int], how: str) -> Issue:
    """The value_repaired issue (rule unit) of a unit printed as no unit of the form, read as `chosen` (`how`)."""
    return Issue("warning", "value_repaired", f"{what}: its unit printed {printed!r} is no unit of the form; {how}",
                 json.dumps({"rule": "unit", "printed": printed, "chosen": chosen, "candidates": [chosen]},
                            ensure_ascii=False), *span, field="expenses.unit")


SPECK_LETTERS = 2  # letters OCR may join to a unit from a speck beside it ("วโรงเรียน", "ชุดด")


def unit_by_specks(text: str) -> str | None:
    """The one unit of UNITS a printed unit that is none of them holds whole
    with at most SPECK_LETTERS letters more before or after it (a speck OCR
    read as a letter and joined to the word: "วโรงเรียน" for โรงเรียน, a
    letter doubled: "ชุดด" for ชุด); the longest where one holds another
    ("ครั้ง", not "คน"...); None when none does, or two of one length."""
    unit = clean_value(text).rstrip("ๆ ")
    if not unit or unit in UNITS or canonical_unit(unit) in UNITS or unit_readings(unit) or " " in unit:
        return None  # a unit, one whose marks OCR changed (canonical_unit says), or no word
    # the letters more are letters, not marks: a mark more is a mark OCR misread ("คนั": คน or คัน)
    fits = [u for u in UNITS if len(u) < len(unit) <= len(u) + SPECK_LETTERS
            and (unit.startswith(u) and not _MARK_RE.search(unit[len(u):])
                 or unit.endswith(u) and not _MARK_RE.search(unit[:-len(u)]))]
    if not fits:
        return None
    longest = max(len(u) for u in fits)
    fits = [u for u in fits if len(u) == longest]
    return fits[0] if len(fits) == 1 else None


def specks_issue(what: str, printed: str, chosen: str, span: tuple[int, int]) -> Issue:
    """The value_repaired issue of a unit read by unit_by_specks (rule unit)."""
    return _unit_repaired(what, printed, chosen, span, f"it holds the unit {chosen} whole with a letter or two more "
                          "(a speck OCR joined to it), and no other unit")


# Latin letters OCR (its English model) writes for a Thai letter of the same outline: ค and ล as "A" (a loop on a
# stem), น, บ and ม as "U" (an open bowl), ม as "N"/"NG" too, เ as "L"; ใ, its flourish above the line read
# as a speck, may be lost.  A unit printed in such letters ("AU" for คน or คัน, "LAN" for เล่ม, "U" for ใบ) is
# the units of UNITS whose letters give it, each for one of its readings (the marks OCR drops).
_LATIN_OF = {"ค": ("A",), "ล": ("A",), "น": ("U",), "บ": ("U",), "ม": ("U", "N", "NG"), "เ": ("L",), "ใ": ("",)}
_LATIN_RE = regex.compile(r"[A-Za-z]+")


def _latin_readings(unit: str) -> set[str]:
    readings = {""}
    for ch in skeleton(unit):
        if ch not in _LATIN_OF:
            return set()
        readings = {r + latin for r in readings for latin in _LATIN_OF[ch]}
    return readings - {""}


_UNITS_BY_LATIN: dict[str, list[str]] = {}
for _u in UNITS:
    for _r in _latin_readings(_u):
        _UNITS_BY_LATIN.setdefault(_r, []).append(_u)


def units_by_latin(text: str) -> list[str]:
    """The units a unit printed in Latin letters may stand for (see _LATIN_OF):
    ["คน", "คัน"] for "AU" (a bracket OCR read after it, "AU)" or "LAN]", is no part of
    it), ["เล่ม"] for "LAN"; [] when it holds a Thai letter or reads as none."""
    m = _LATIN_RE.fullmatch(text.strip(" )].,:;|ๆ"))
    return list(_UNITS_BY_LATIN.get(m.group(0).upper(), [])) if m else []


# คน and คัน differ by one mark (ั), which OCR adds or drops, and "AU" in Latin letters is either: what the item
# names says which counts it.  Thai counts a vehicle (รถ) in คัน, its classifier, and food (อาหาร) by the people it
# feeds, in คน (a word holding the letters without naming the thing is none: "สามารถ" is no รถ), as it counts people
# (participants, ผู้เข้ารับการอบรม / ผู้เข้าร่วม / ผู้ร่วม, students, staff), by their skeletons, marks aside: a
# proposal's "- ผู้เข้ารับการอบรม 121 ค้น" under its food line was read คัน by its mark's place, in a fresh set's
# budget (s112q, bma_proposal_s112q001)
CLASSIFIERS = ((regex.compile(r"(?<!สามา)รถ"), "คัน", "a vehicle"), (regex.compile(r"อาหาร"), "คน", "food"),
               (regex.compile(r"ผเขา|ผรวม|นกเรยน|บคลากร"), "คน", "people"))
_SWAPPED = {"คน": "คัน", "คัน": "คน"}


def classifier_unit(item: str) -> tuple[str, str] | None:
    """The unit of คน and คัน the thing an expense item names is counted in,
    and what it names (CLASSIFIERS, by the item's skeleton: marks OCR
    dropped or changed do not matter); None when it names neither, or
    things counted in both."""
    key = skeleton(item)
    named = [(unit, what) for rx, unit, what in CLASSIFIERS if rx.search(key)]
    return named[0] if len({unit for unit, _ in named}) == 1 else None  # (food for people: one unit, คน)


def classifier_swap(item: str, unit: str) -> tuple[str, str] | None:
    """The unit an expense line counted in คน or คัน was printed with, where
    its item names a thing the other one counts (classifier_unit): OCR's
    one mark more or less; with what the item names. None where the unit
    agrees, is neither, or the item names nothing CLASSIFIERS knows."""
    named = classifier_unit(item)
    if unit not in _SWAPPED or named is None or named[0] == unit:
        return None
    return named


def classifier_issue(what: str, printed: str, chosen: str, item: str, named: tuple[str, str],
                     span: tuple[int, int]) -> Issue:
    """The value_repaired issue of a unit read by classifier_swap (rule unit_classifier): `chosen` the unit
    as read, `named` the unit the thing `item` names is counted in, and that thing."""
    return Issue("warning", "value_repaired", f"{what}: its unit printed {printed!r}, but its item {item!r} names "
                 f"{named[1]}, which is counted in {named[0]}: the two differ by a mark OCR added or dropped",
                 json.dumps({"rule": "unit_classifier", "printed": printed, "chosen": named[0],
                             "candidates": [chosen, named[0]]}, ensure_ascii=False), *span, field="expenses.unit")


def latin_unit(printed: str, latin: list[str], said: set[str], what: str, span: tuple[int, int],
               item: str = "") -> tuple[str, Issue]:
    """The unit a unit printed in Latin letters stands for (`latin`, its
    units_by_latin), and the issue that says so: the one unit they give; of
    several, the one another line of the item reads (`said`), else the one of
    คน and คัน the thing the item names is counted in (classifier_unit: "AU"
    under ค่าเช่ารถโดยสาร is คัน), a repair said (rule unit_latin); kept as
    printed, and said ambiguous, when it is not one unit."""
    fits = latin if len(latin) == 1 else [u for u in latin if u in said]
    named = classifier_unit(item) if len(latin) > 1 and not fits else None
    if named is not None and named[0] in latin:
        fits = [named[0]]
    evidence = {"rule": "unit_latin", "printed": printed, "chosen": fits[0] if len(fits) == 1 else None,
                "candidates": latin}
    if len(fits) == 1:
        why = "" if len(latin) == 1 else (
            f"; of {' and '.join(latin)}, the item names {named[1]}, counted in {fits[0]}" if named is not None
            and fits == [named[0]] and named[0] not in said else
            f"; of {' and '.join(latin)}, the same item reads {fits[0]} elsewhere")
        return fits[0], Issue("warning", "value_repaired", f"{what}: its unit printed {printed!r} is the Latin "
                              f"letters OCR wrote for {fits[0]}{why}", json.dumps(evidence, ensure_ascii=False),
                              *span, field="expenses.unit")
    return printed, Issue("warning", "repair_ambiguous", f"{what}: its unit printed {printed!r} is the Latin letters "
                          f"OCR writes for {' or '.join(latin)}, and no other line of the item says which: kept "
                          "as printed", json.dumps(evidence, ensure_ascii=False), *span, field="expenses.unit")


def lookalike_issue(what: str, printed: str, chosen: str, span: tuple[int, int]) -> Issue:
    """The value_repaired issue of a unit read by unit_by_lookalike (rule unit)."""
    return _unit_repaired(what, printed, chosen, span, f"with one letter read for its look-alike it is {chosen}, and "
                          "no other unit")


def mend_unit(printed: str, item: str, what: str, span: tuple[int, int],
              said: set[str] | frozenset[str] = frozenset()) -> tuple[str, list[Issue]]:
    """An expense line's unit read against the units the forms count in
    (UNITS), and the issues that say how, one order for both forms that
    print expense lines (the BMA progress report's section 2, the
    proposal's budget): a unit that is none of them is the one unit a
    look-alike letter gives (unit_by_lookalike), else the one it holds with
    a speck OCR joined to it (unit_by_specks), else, a long unit, the one
    any one misread letter gives (unit_by_one_letter), else, one opening
    with a digit or two glued to its letters, the one long unit those
    digits as its first letter give (unit_by_glued_digits); one OCR wrote in
    Latin letters is the unit they give, or of several the one another line
    of the item reads (`said`) or the item counts in (latin_unit); a unit of
    คน and คัน whose item names a thing the other counts is that one
    (classifier_swap); one OCR stripped of a mark ("ชัวโมง") is the one unit
    with its letters, and one whose mark it misread ("ค้น": คน or คัน) the
    unit whose marks stand on the same letters, said (rule unit), or, none
    or several such, kept as printed and said ambiguous.  `what` names the
    line in the issues' messages."""
    for read, said_by in ((unit_by_lookalike, lookalike_issue), (unit_by_specks, specks_issue),
                          (unit_by_one_letter, one_letter_issue), (unit_by_glued_digits, glued_digits_issue)):
        if (mended := read(printed)) is not None:
            return mended, [said_by(what, printed, mended, span)]
    if latin := units_by_latin(printed):
        chosen, issue = latin_unit(printed, latin, set(said), what, span, item)
        return chosen, [issue]
    chosen = canonical_unit(printed) or printed
    if (named := classifier_swap(item, chosen)) is not None:
        return named[0], [classifier_issue(what, printed, chosen, item, named, span)]
    fits = unit_readings(printed)
    message = f"{what}: its unit printed {printed!r} is no unit of the form"
    if len(fits) > 1 and chosen in fits:
        return chosen, [Issue("warning", "value_repaired", f"{message}; of {' and '.join(fits)}, which it may be (OCR "
                              f"misread a mark), {chosen} has its marks on the same letters",
                              json.dumps({"rule": "unit", "printed": printed, "chosen": chosen, "candidates": fits},
                                         ensure_ascii=False), *span, field="expenses.unit")]
    if len(fits) > 1:  # "คนั": คน or คัน, and no mark where either has one; which is not known
        return chosen, [Issue("warning", "repair_ambiguous", f"{message}; it may be {' or '.join(fits)} (OCR misread "
                              "a mark), kept as printed", json.dumps({"rule": "unit", "printed": printed,
                                                                      "chosen": None, "candidates": fits},
                                                                     ensure_ascii=False),
                              *span, field="expenses.unit")]
    if chosen and chosen not in UNITS and (_THAI_WORD_RE.fullmatch(chosen) or GLUED_DIGITS_RE.match(chosen)):
        # no reading makes it a unit of the form ("ซูด" for ชุด: a look-alike letter and a vowel's length): said
        # (Latin letters that give no unit are the caller's to say: unparsed_value)
        return chosen, [Issue("warning", "implausible_value", f"{message}, and no reading of its letters makes it one "
                              "(OCR may have misread two of them); kept as printed",
                              json.dumps({"text": printed}, ensure_ascii=False), *span, field="expenses.unit")]
    return chosen, []
