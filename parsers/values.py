"""Converters from a field's text to typed values that more than one form
uses: people and phones, units, fiscal years, project codes and keys, and
target groups.  Each raises ValueParseError rather than guessing."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import regex
from rapidfuzz import fuzz, process

from normalizers.confusions import one_comma, read_amount
from normalizers.errors import ValueParseError
from normalizers.furniture import is_specks
from normalizers.numbers import parse_baht, parse_int, thai_digits_to_arabic
from normalizers.text import THAI_MARKS, clean_value, comparable, join_wrapped, mark_tolerant, skeleton, standard_re
from parsers.items import ITEM_PREFIX_RE, THAI_LETTER_RE, THAI_OPENING_RE, THAI_WORD_RE, split_item_number
from schemas.document import Issue, Line, Merged

# A phone at the end of a person field: "นายวุฒิ เตชะชนอก 3427", "... โทร.1551",
# "... โทร 1546", "... (โทร. 2314)", Thai digits converted first.  Searched in
# the field's last PHONE_TAIL characters only, so a long field costs no more.
# (its runs of white space possessive, \s*+, but inside the phone: what follows each starts with no white space or
# comma, so they match the same; adjacent ones around the optional "(" backtracked for a minute over 3,000 spaces)
_PHONE_TAIL_RE = regex.compile(
    r"[\s,]*+\(?\s*+(?:(?:โทร(?:ศัพท์)?|tel)\s*+\.?\s*+:?\s*+)?(\d[\d\s-]{1,14}\d|\d{2,})\s*+\)?\s*+$",
    regex.IGNORECASE
)
_PHONE_WORD_RE = regex.compile(r"[\s,(]*(?:โทร(?:ศัพท์)?|tel)\s*\.?\s*:?\s*\)?$", regex.IGNORECASE)
PHONE_TAIL = 48
# The phone word opening a token of the tail ("(โทร.", "โทร.๔๘๙๕"), cut off before the token is weighed.
_PHONE_WORD_LEAD_RE = regex.compile(r"^\(?(?:โทร(?:ศัพท์)?|tel)\.?:?", regex.IGNORECASE)
# ... and the phone word as a token of its own, or with the phone's digits (or what OCR made of them) after it:
# "โทร", "โทร.", "(โทร", "โทร.๔๘๙๕", "โทร:5ฒซอ5" (not a word that opens with its letters)
_PHONE_WORD_OPEN_RE = regex.compile(r"^\(?(?:โทร(?:ศัพท์)?|tel)(?:[.:]|$|(?=[\d(]))", regex.IGNORECASE)
# ... and the phone word OCR misread, a letter of it changed ("(ไทร. ๓๐๐๕)"): a bracket, two to four Thai letters and
# a stop, right before the phone's digits (no name holds a bracketed word so)
_PHONE_WORD_MISREAD_RE = regex.compile(r"^\([\u0e01-\u0e4e]{2,4}\.$")
_TOKEN_RE = regex.compile(r"\S+")
_DIGIT_RE = regex.compile(r"\d")  # after Thai digits are converted


def _phone_word_lead(token: str, digits_after: bool) -> str:
    """The token without the phone word it opens with; "" for the phone
    word OCR misread (_PHONE_WORD_MISREAD_RE) where the phone's digits
    follow it (`digits_after`)."""
    if digits_after and _PHONE_WORD_MISREAD_RE.match(token):
        return ""
    return _PHONE_WORD_LEAD_RE.sub("", token)


def person_parts(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, phone, damaged) from a person field.  The name ends at its last
    Thai word; what follows is the phone word and the phone as OCR left them.
    The phone is its digits when they stand clean (specks around them, "gy",
    "ฐ์", are dropped); a tail with no clean phone (look-alikes among the
    digits: "«๑๓๐๑", "๓ฒ๕๒", or a garbled "(Ins.") gives no phone and is
    returned as `damaged`, for the reader to flag."""
    src = thai_digits_to_arabic(clean_value(text))
    tokens = list(_TOKEN_RE.finditer(src, max(0, len(src) - PHONE_TAIL)))
    start = len(src)
    for m in reversed(tokens[1:]):  # the first token is the name's, whatever it is
        rest = _phone_word_lead(m.group(), _DIGIT_RE.search(src, m.end()) is not None)
        if THAI_WORD_RE.search(rest):
            break
        start = m.start()
    # the phone word ends the name wherever it stands: after it OCR's look-alikes for the phone's digits ("โทร
    # 5ฒซอ5", "โทร.ผซซ"), or the next field's label run on ("โทร 9964 ผู้ประสานงาน"), read as Thai words, kept
    # the tail in the name
    word = next((m for m in tokens[1:] if m.start() < start and _PHONE_WORD_OPEN_RE.match(m.group())), None)
    if word is not None:
        start = word.start()
    # (an opening bracket the name's last word ends in opens nothing: the phone's bracket OCR read twice, "แก้วมณี(
    # (โทร. 6546)", or set against the name, its gap lost; no name ends in one)
    name, tail = _without_specks_before(src[:start].strip(" ,-").rstrip(" ([")), src[start:].strip(" ,-")
    phone, damaged = None, None
    if tail:
        clean = " ".join(t for t in tail.split() if _DIGIT_RE.search(t) or _PHONE_WORD_LEAD_RE.match(t))
        if any(THAI_WORD_RE.search(_phone_word_lead(t, True)) for t in tail.split()):
            clean = ""  # (no phone read out of a tail with words in it: said whole)
        match = _PHONE_TAIL_RE.search(clean) if clean else None
        if match and not _PHONE_TAIL_RE.sub("", clean).strip(" ,-()"):
            phone = "".join(match.group(1).split())
        elif _PHONE_WORD_RE.fullmatch(" " + tail) is None:
            damaged = tail
    return (name or None), phone, damaged


SPECK_MAX = 3  # characters of a token before a name taken for OCR's specks


def _without_specks_before(name: str) -> str:
    """A person's name without the specks OCR left before it: short tokens
    of no Thai letter ("ey", "ta =", "6", ":") standing before its first
    Thai word, where the label's line above left the value to the next one
    and a line of specks, or the separator, came first ("ผู้ประสานงาน สยป :"
    / "ey" / "นายพงษ์ศักดิ์ ประสานทอง").  A name whose first Thai word has
    no such tokens before it is as read, but for a speck of punctuation set
    against its first letter (".นายศักดิ์ชัย"), which is dropped."""
    tokens = name.split()
    k = 0
    while k < len(tokens) and len(tokens[k]) <= SPECK_MAX and not THAI_LETTER_RE.search(tokens[k]):
        k += 1
    if k == 0 or k == len(tokens) or not THAI_OPENING_RE.match(tokens[k]):
        return _SPECK_OPENING_RE.sub("", name)
    return _SPECK_OPENING_RE.sub("", " ".join(tokens[k:]))


# a speck OCR set against a name's first letter (".นายศักดิ์ชัย": the separator's dot, a stain): no name opens with
# punctuation
_SPECK_OPENING_RE = regex.compile(rf"^[.,:;=_'\"`~*]+(?={THAI_OPENING_RE.pattern})")


def split_person(text: str) -> tuple[str | None, str | None]:
    """(name, phone) from a person field; the phone is the digits at the end
    (see person_parts)."""
    name, phone, _ = person_parts(text)
    return name, phone


# The shapes a Thai telephone number is printed in: an internal extension of four digits (the BMA forms print
# "โทร 1546", "(โทร. 2314)"), a fixed line of nine digits and a mobile's of ten, each opening with 0 ("02 224 1234",
# "081 234 5678").  A phone of another count of digits is one OCR read a digit of as two ("51205" for 9168) or lost
# one of.
EXTENSION_DIGITS = 4
NUMBER_DIGITS = (9, 10)


def phone_shape_issues(record: dict, columns: Iterable[str], table: str = "projects") -> list[Issue]:
    """An implausible_value issue for each phone of `record` (its readings by column) whose digits are neither an
    extension's four nor a telephone number's nine or ten opening with 0: kept as read, said, as OCR may have read
    one digit as two or lost one."""
    issues: list[Issue] = []
    for column in columns:
        reading = record.get(column)
        value = getattr(reading, "value", None)
        if not isinstance(value, str) or not value.isdigit():
            continue
        if len(value) == EXTENSION_DIGITS or len(value) in NUMBER_DIGITS and value.startswith("0"):
            continue
        issues.append(Issue("warning", "implausible_value",
                            f"{column.replace('_', ' ')} {value!r} has {len(value)} digits: neither an extension's "
                            f"{EXTENSION_DIGITS} nor a telephone number's {' or '.join(map(str, NUMBER_DIGITS))} "
                            "opening with 0 (OCR may have read a digit as two, or lost one); kept as read",
                            json.dumps({"text": str(reading.text).strip()}, ensure_ascii=False), reading.line_start,
                            reading.line_end, field=f"{table}.{column}"))
    return issues


# the slash between a unit's parts, or the bar OCR reads for it ("... การสอน | ฝ่าย...")
_UNIT_SEP_RE = regex.compile(r"/|\s\|\s")


# The words a BMA unit's name opens with; OCR drops their marks ("ฝายปกครอง" for ฝ่ายปกครอง: no unit is a weir).
UNIT_WORDS = ("ฝ่าย", "สำนักงาน", "สำนัก", "กลุ่มงาน", "กลุ่ม", "ศูนย์", "หน่วย")  # not ส่วน: สวน (a garden) opens names
_UNIT_WORD_RES = [(w, regex.compile("".join(regex.escape(c) + ("?" if regex.match(f"[{THAI_MARKS}]", c) else "")
                                            for c in w))) for w in UNIT_WORDS]


def mend_unit_word(part: str) -> str:
    """A unit's name with the marks OCR dropped from its opening unit word
    restored ("ฝายปกครอง" -> "ฝ่ายปกครอง"); only marks are put back."""
    for word, pattern in _UNIT_WORD_RES:
        m = pattern.match(part)
        if m is not None:
            return word + part[m.end():] if m.group() != word else part
    return part


# the letters UNIT_WORDS open with: each is a consonant, no mark, so each word's pattern (_UNIT_WORD_RES) opens with
# it required (only a mark is made optional); a text opening with none of them matches none of the patterns
_UNIT_INITIALS = frozenset(word[0] for word in UNIT_WORDS)
assert not any(regex.match(f"[{THAI_MARKS}]", word[0]) for word in UNIT_WORDS)


def opens_with_unit_word(text: str) -> bool:
    """Whether `text` opens with a BMA unit's word (UNIT_WORDS), its marks
    as printed or dropped ("ฝ่ายการศึกษา", "ฝายปกครอง"): a unit's name,
    no person's (a person's opens with a title).  A text whose first
    character opens no unit word (_UNIT_INITIALS) is told so without the
    patterns: pipeline.marks asks this of every distinct label value, most
    of which open with another letter (the same answer: each pattern's
    first character is that letter, required)."""
    return text[:1] in _UNIT_INITIALS and any(pattern.match(text) for _, pattern in _UNIT_WORD_RES)


# specks OCR left before a unit's name (", สำนักการศึกษา"): punctuation, then the name's opening unit word
_LEAD_SPECKS_RE = regex.compile(r"^[,.'`‘’\"“”;:_~-]+\s*")


def _without_lead_specks(part: str) -> str:
    """A unit's part without the punctuation specks OCR left before it,
    where what follows opens with a unit word (no name opens with a comma:
    before, the agency read ", สำนักการศึกษา": fresh set s61o)."""
    m = _LEAD_SPECKS_RE.match(part)
    return part[m.end():] if m is not None and opens_with_unit_word(mend_unit_word(part[m.end():])) else part


def split_unit(text: str) -> tuple[str | None, str | None, str | None]:
    """"A / B / C" -> (agency, division, section); missing parts are None.
    Each part's opening unit word gets back the marks OCR dropped."""
    parts = [mend_unit_word(_without_lead_specks(p)) for p in (clean_value(p) for p in _UNIT_SEP_RE.split(text)) if p]
    if len(parts) > 3:
        parts = parts[:2] + [" / ".join(parts[2:])]
    padded = parts + [None] * (3 - len(parts))
    return padded[0], padded[1], padded[2]


# "ที่" before a number is the ordinal ("มิติที่ 3.3", "ด้านที่ 3", "เป้าหมายที่ 3.3.2"); OCR drops its tone
# mark ("มิติที 3.3"), and no Thai word "ที" stands before a number ("นาที" is left alone).
_ORDINAL_RE = regex.compile(r"(?<=[\u0e01-\u0e2e\u0e31-\u0e4e])(?<!นา)ที(?![\u0e31-\u0e4e])(?=\s?[\d๐-๙])")


def clean_ordinal_value(text: str) -> str:
    """A text field's value (clean_value) with the ordinal "ที่" OCR read
    as "ที" before a number restored."""
    return _ORDINAL_RE.sub("ที่", clean_value(text))


def parse_fiscal_year(text: str) -> int:
    """A fiscal year as BE: "2561", "พ.ศ. ๒๕69"; a CE year is converted."""
    year = parse_int(text)
    if year < 2400:  # written in CE
        year += 543
    if not 2400 <= year <= 2700:
        raise ValueParseError("fiscal_year", text, f"{year} is not a plausible BE year")
    return year


_SPACES_RE = regex.compile(r"\s+")
# "09000000-3863", no digit glued on either side: a code OCR read with a character too many
# ("๕๐๔๖๐๐๐๐-๓๔๖9๐") is not read as its first twelve digits (a copy with another code would stand
# apart from the project's other copies, silently); it is unread, and said so
_PROJECT_CODE_RE = regex.compile(r"(?<!\d)\d{8}-\d{4}(?!\d)")


# the number of an amount field as printed: digits, separators and a point ("44.050", "๑๕,๗๐๐.-")
_AMOUNT_NUMBER_RE = regex.compile(r"[\d๐-๙][\d๐-๙,.]*")


def parse_amount(text: str) -> Decimal:
    """A baht amount field ("44,050 บาท", "15,700.-"): parse_baht, with a
    point before three digits read as the thousands separator OCR misread
    ("44.050 บาท" is 44,050: baht have two decimals, never three), the same
    reading the report entries' amounts get (normalizers.confusions.read_amount),
    and a thousands separator OCR doubled, a speck of a point beside the
    comma, read as the one comma ("818,.900" is 818,900: one_comma; the
    form's repairs say it, parsers.bma_progress.repairs.repair_separators)."""
    m = _AMOUNT_NUMBER_RE.search(text)
    if m is None:
        return parse_baht(text)
    return parse_baht(text[:m.start()] + read_amount(one_comma(m.group())) + text[m.end():])


# ... or its hyphen OCR read as a gap: eight digits, spaces, four digits, alone ("๐9๐๐00๐0 44๓๒": fresh set
# s92p bma_progress_s92p007, its project keyed by a hash and its code lost)
_PROJECT_CODE_GAP_RE = regex.compile(r"^\s*(\d{8})[ \t]+(\d{4})\s*$")


def parse_project_code(text: str) -> str:
    """A BMA project code NNNNNNNN-NNNN from its field text; its hyphen
    read as a gap (eight digits, spaces, four digits, nothing else) is the
    hyphen."""
    arabic = thai_digits_to_arabic(text)
    match = _PROJECT_CODE_RE.search(_SPACES_RE.sub("", arabic))
    if match:
        return match.group(0)
    if (gap := _PROJECT_CODE_GAP_RE.match(arabic)) is not None:
        return f"{gap.group(1)}-{gap.group(2)}"
    raise ValueParseError("project_code", text, "not NNNNNNNN-NNNN")


def make_project_key(doc_type: str, code: str | None, fiscal_year_be: int | None, name: str | None) -> str:
    """"09000000-3863/2561" from a project code; without one, the form, the
    year and a hash of the name ("bma_proposal:2569:1f0c...")."""
    if code:
        return f"{code}/{fiscal_year_be or '?'}"
    digest = hashlib.sha1(comparable(name or "").encode("utf-8")).hexdigest()[:12]
    return f"{doc_type}:{fiscal_year_be or '?'}:{digest}"


def span_text(lines: list[Line]) -> str:
    """The text of consecutive lines, wrapped lines joined (see join_wrapped)."""
    return join_wrapped([ln.text for ln in lines])


# A target group label: "ด้านปริมาณ", "ด้านคุณภาพ" (or "เชิง...", or "ต้าน..." as OCR reads ด้าน)
# opening a line, or inside one after an item number or bullet ("... ๒. ด้านคุณภาพ ...": a form
# printed on one line).  The group's number OCR read as Latin letters with its dot lost ("oe ด้านคุณภาพ"
# for ๓.๒) is a number too: no target's words are Latin letters right before a group label.
_TARGET_KIND_RE = standard_re(
    rf"(?:^(?:[A-Za-z]{{1,3}}\s+)?|(?<=\s)(?:\(?[\d๐-๙]{{1,2}}(?:\.[\d๐-๙]{{1,2}})*[.)]?|[-–•]|[a-z]{{1,3}}(?=\s))\s*)"
    rf"(?:{mark_tolerant('ด้าน')}|{mark_tolerant('ต้าน')}|{mark_tolerant('เชิง')})\s*"
    rf"(?:({mark_tolerant('ปริมาณ')})|({mark_tolerant('คุณภาพ')}))"
)


_OPENING_SEPARATOR_RE = regex.compile(r"^\s*[:=]\s*")
# One digit standing alone before a group's first words ("0 นักเรียนมี..."): what OCR read from the bullet of a
# list whose other lines' bullets the clean-up took (a count opening a target would be bulleted too)
_MARK_DIGIT_RE = regex.compile(r"^\s*[\d๐-๙]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


TARGET_KIND_LABELS = {"quantity": "ด้านปริมาณ", "quality": "ด้านคุณภาพ"}


# the forms' two target groups, ด้านปริมาณ and ด้านคุณภาพ, in the order they print them, each in every copy
TARGET_KINDS = ("quantity", "quality")


def target_groups(lines: list[Line]) -> tuple[list[tuple[str | None, str, int, int]], list[Issue]]:
    """(kind, text, start, end) per target group ("ด้านปริมาณ" / "ด้านคุณภาพ");
    numbered or bulleted sub-items are part of their group's text.  A lone
    digit before a group's first words, on the line after its label, where
    the targets' other lines open with bullets, is the bullet as OCR read it
    ("0 นักเรียนมี..."): left out, and said (value_repaired, rule list_mark)."""
    groups: list[tuple[str | None, list[str], int, int]] = []
    lines = _lone_labels_read(_mend_kind_label(ln) for ln in lines)
    bulleted = any(ln.bullet for ln in lines)
    marks: dict[int, tuple[str, int]] = {}  # group (index) -> the digit read for its bullet, and its line
    labelled = [_has_kind_label(ln.text) for ln in lines]
    for k, ln in enumerate(lines):
        if not groups and len(ln.text) <= 6 and not THAI_LETTER_RE.search(ln.text):
            continue  # OCR debris before the first label ("Pane", '"')
        if not groups and not labelled[k] and is_specks(ln.text) and any(labelled[k + 1:]):
            continue  # specks before the first label ("vy\tโร")
        number, rest = split_item_number(ln.text)
        damaged = ITEM_PREFIX_RE.match(rest) if number is None else None
        if damaged and _TARGET_KIND_RE.match(rest[damaged.end():]):
            rest = rest[damaged.end():]  # the group's number OCR damaged ("lo. ด้านคุณภาพ" for ๒.)
        pieces = _kind_pieces(rest) if _TARGET_KIND_RE.search(rest) else [(None, ln.text)]
        for kind, tail in pieces:
            if kind is not None:
                groups.append((kind, [tail] if tail else [], ln.no, ln.no))
            elif groups:
                k, texts, start, _ = groups[-1]
                if k is not None and not texts:
                    # the group's first words, on the line after its label: a separator or a bullet OCR read as
                    # one ("=") opening them is no word of the text
                    tail = _OPENING_SEPARATOR_RE.sub("", tail)
                    if bulleted and not ln.bullet and (m := _MARK_DIGIT_RE.match(tail)):
                        marks[len(groups) - 1] = (m.group(0).strip(), ln.no)
                        tail = tail[m.end():]
                texts.append(tail)
                groups[-1] = (k, texts, start, ln.no)
            else:
                groups.append((None, [tail], ln.no, ln.no))
    result, issues = [], []
    if len(groups) > 1 and groups[0][0] is None and [g[0] for g in groups[1:]] == list(TARGET_KINDS):
        # a text before the first label where both groups the form prints follow, each under its label: no target
        # (the form prints no third group), a running header printed once (the owner's agency at a page's top:
        # fresh set s146o, bma_progress_s146o005, read as target 1, the two after it numbered one on) or debris;
        # left out, and said
        _, texts, start, end = groups.pop(0)
        issues.append(Issue("warning", "unplaced_text", "text before the first target group's label, where both "
                            "groups the form prints follow under their labels: no target, left out (a page's "
                            "header, or text OCR moved here)", join_wrapped(texts)[:120], start, end,
                            field="targets"))
        marks = {n - 1: m for n, m in marks.items()}
    for n, (kind, texts, start, end) in enumerate(groups):
        if kind is None:
            issues.append(Issue("warning", "target_kind_unknown",
                                "target text without a ด้านปริมาณ/ด้านคุณภาพ label", join_wrapped(texts),
                                start, end, field="targets.kind"))
        result.append((kind, clean_value(join_wrapped(texts)), start, end))
        if kind is not None and not result[-1][1]:
            issues.append(Issue("warning", "missing_value", f"target group {TARGET_KIND_LABELS[kind]}: its label "
                                "stands with no text after it (OCR lost the group's lines, or read them elsewhere): "
                                "the target's text is not known", None, start, end, field="targets.text"))
        if n in marks:
            digit, no = marks[n]
            chosen = result[-1][1]
            issues.append(Issue("warning", "value_repaired", f"a target group's first words, on line {no}, open with "
                                f"a lone digit {digit!r} in a list whose other lines open with bullets: the list's "
                                "bullet as OCR read it, left out", json.dumps(
                                    {"rule": "list_mark", "printed": f"{digit} {chosen}", "chosen": chosen},
                                    ensure_ascii=False), start, end, field="targets.text"))
    if len(groups) > 1 and groups[0][0] is None:
        # the text without a label was read as target 1, so each labelled target after it is numbered one more
        # than if it is none of theirs (a header line, debris, a target whose label OCR lost: either way the
        # numbering is in doubt, and a row may stand for none or be lost)
        issues.append(Issue("warning", "target_kind_unknown", "a text without a ด้านปริมาณ/ด้านคุณภาพ label "
                            "before the first labelled target, read as target 1: the targets after it are "
                            "numbered one more than if it is none", join_wrapped(groups[0][1])[:60],
                            groups[0][2], groups[-1][3], field="targets"))
    return result, issues


def inner_kind_label(text: str) -> str | None:
    """A target group label after an item number or bullet inside a text
    ("... ด้วยตนเองได้ ๑. ด้านปริมาณ โรงเรียน..."): the label as printed, or
    None.  Another section's text that ran on the targets' lines."""
    for m in _TARGET_KIND_RE.finditer(text):
        if m.start() > 0:
            return m.group(0).strip()
    return None


@lru_cache(maxsize=16384)  # a pure function of one line: asked of a list's lines again and again
def opens_with_kind_label(text: str) -> bool:
    """Whether a line opens with a target group's label, after its item
    number or bullet (or a number OCR damaged, "lb. ด้านคุณภาพ"): the words
    a targets section opens its groups with ("๑. ด้านปริมาณ"), which open
    no line of another list."""
    number, rest = split_item_number(text)
    damaged = ITEM_PREFIX_RE.match(rest) if number is None else None
    return bool(_TARGET_KIND_RE.match(rest) or (damaged and _TARGET_KIND_RE.match(rest[damaged.end():])))


def _has_kind_label(text: str) -> bool:
    number, rest = split_item_number(text)
    damaged = ITEM_PREFIX_RE.match(rest) if number is None else None
    return bool(_TARGET_KIND_RE.search(rest) or (damaged and _TARGET_KIND_RE.match(rest[damaged.end():])))


# A group label OCR changed a letter of ("ดต้านปริมาณ"): the word after a line's item number or bullet
# compared by skeleton with the labels.
_KIND_SKELETONS = {skeleton(f"{a}{b}"): b for a in ("ด้าน", "เชิง") for b in ("ปริมาณ", "คุณภาพ")}
# (the number may be a sub-number, "๓.๑ ดต้านปริมาณ": the group printed as item 3.1 of the form's section)
# (or its number alone, its mark lost: "1 ดต้านปริมาณ", fresh set s146p, bma_progress_s146p002, read as a target of
# no group, the group lost)
_LABEL_OPENING_RE = regex.compile(r"^(\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2}\.?|[.)]|(?=\s))|[^\s.,:;()]{1,3}[.,:;)]|[-–•])"
                                  r"\s*(\S+)(?=\s|$)")
KIND_LABEL_AGREEMENT = 85.0


def _mend_kind_label(ln: Line) -> Line:
    """The line with a group label OCR changed a letter of printed right."""
    m = _LABEL_OPENING_RE.match(ln.text)
    if m is None or _has_kind_label(ln.text) or not 6 <= len(m.group(2)) <= 16:
        return ln
    found = process.extractOne(skeleton(m.group(2)), list(_KIND_SKELETONS), scorer=fuzz.ratio,
                               score_cutoff=KIND_LABEL_AGREEMENT)
    if found is None:
        return ln
    label = "ด้าน" + _KIND_SKELETONS[found[0]]
    return Line(ln.no, f"{m.group(1)} {label}{ln.text[m.end(2):]}", ln.kind, ln.bullet, ln.indent, ln.cols)


# A group label alone on its line after a short token that is no number ("ฮิ ด้านคุณภาพ": the group's "2" OCR read
# as Thai letters)
_LONE_LABEL_RE = standard_re(
    rf"^\s*[^\s\d๐-๙]{{1,3}}\s+((?:{mark_tolerant('ด้าน')}|{mark_tolerant('ต้าน')}|{mark_tolerant('เชิง')})\s*"
    rf"(?:({mark_tolerant('ปริมาณ')})|{mark_tolerant('คุณภาพ')}))\s*$")


def _lone_labels_read(lines: Iterable[Line]) -> list[Line]:
    """The targets' lines with a group label alone on its line after a short
    token (its number OCR read as letters, "ฮิ ด้านคุณภาพ") read as the label,
    where the list prints no label of that kind elsewhere (the form has one
    group of each kind: a text's wrapped words before the label, "ทุก
    ด้านคุณภาพ", stand where the label is printed too)."""
    lines = list(lines)
    kinds = {"quantity" if m.group(1) else "quality" for ln in lines if _has_kind_label(ln.text)
             for m in _TARGET_KIND_RE.finditer(split_item_number(ln.text)[1])}
    out = []
    for ln in lines:
        m = _LONE_LABEL_RE.match(ln.text)
        kind = None if m is None else "quantity" if m.group(2) else "quality"
        if kind is not None and kind not in kinds and not _has_kind_label(ln.text):
            ln = Line(ln.no, m.group(1), ln.kind, ln.bullet, ln.indent, ln.cols)
            kinds.add(kind)
        out.append(ln)
    return out


def _kind_pieces(text: str) -> list[tuple[str | None, str]]:
    """A line cut at its target-group labels: (kind or None, text after it)."""
    out: list[tuple[str | None, str]] = []
    pos = 0
    kind: str | None = None
    for m in _TARGET_KIND_RE.finditer(text):
        if m.start() > pos or kind is not None:
            piece = text[pos: m.start()].strip(" :")
            if piece or kind is not None:
                out.append((kind, piece))
        kind = "quantity" if m.group(1) else "quality"
        pos = m.end()
    piece = text[pos:].strip(" :")
    if piece or kind is not None:
        out.append((kind, piece))
    return out


def disputed(merged: Merged, table: str, key: Any, fields: tuple[str, ...]) -> bool:
    """Whether the copies of a record disagree on one of `fields` beyond the
    marks OCR drops (an expense line's item or unit: "คัน" and "ค้น" agree,
    "คัน" and "เล่ม" do not): the record then merges different lines of the
    copies, and its figures, voted one by one, may come from either."""
    for name in fields:
        vote = merged.votes.get((table, key, name))
        if vote is None or not getattr(vote, "disagreement", False):
            continue
        shapes = {skeleton(str(r.value)) for group in vote.groups for _, r in group.readings if r.value is not None}
        if len(shapes) > 1:
            return True
    return False
