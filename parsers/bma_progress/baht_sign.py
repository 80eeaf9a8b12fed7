"""A baht sign OCR read as a digit before the header's amounts.

A form that prints its amounts with a sign ("งบประมาณที่ได้รับ : ฿11,700")
comes out of OCR with the sign read as a digit ("811,700", "3๑๓,๕๐๐"): the
amount then reads ten or a hundred times too large, and it is printed once
per copy, so no vote mends it.  The document itself says when that
happened, and only then is the sign dropped:

* its other amounts show the sign read as a sign ("= B18,300", "= ฿0",
  or an amount standing alone, "BO", as a table run on in a paragraph
  prints its disbursements), or an expense line proves it read as a digit (`proven_signs`: "127
  เล่มๆ ละ 850 เป็นเงิน 86,350", 127 x 50 = 6,350): the document prints one
  (at least SIGNS_SEEN of them, the two kinds counted together);
* and either every header amount of every copy opens with a character the
  sign is read as, right before its digits, with no บาท after it (a form
  that prints ฿ writes no unit), and without that character every
  project's allocation still covers what it spent;
* or one amount's digit grouping is wrong as read and right without its
  first character ("8127,800": a first group of four digits).

`signed_amounts` says which of a document's header amount readings lost a
sign, per copy; parsers.bma_progress.repairs drops it after the vote and
records a `value_repaired` issue (rule "baht_sign").
"""

from __future__ import annotations

from decimal import Decimal

import regex

from normalizers.confusions import BAHT_SIGN_READS
from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import budget_amount, expenses_in, expenses_lazily
from parsers.values import parse_amount
from schemas.document import CopyReading, Line, Reading

AMOUNTS = ("budget_allocated", "budget_spent")
SIGN_READS = BAHT_SIGN_READS + "๘๓"  # what a ฿ before an amount comes out as (Thai 8 and 3 too)
SIGNS_SEEN = 2
# the sign read as a sign before an amount of a clause or an expense line: "= B18,300", ": #20,000", "= ฿0", "BO",
# or before an expense line's unit amount, after its times sign ("150 คน x B250 = ...")
_SIGN_SEEN_RE = regex.compile(r"(?:[=:]|(?<=\s)[xX×])[ \t]?[฿B#](?=[\d๐-๙oO])")
# a header amount whose first character may be the sign: that character (and at most one speck
# OCR left beside it: "3%๑๓,๕๐๐"), then a digit
_SIGNED_RE = regex.compile(rf"^\s*[{SIGN_READS}][^\d๐-๙\s]?(?=[\d๐-๙])")
_UNIT_RE = regex.compile(r"บาท|\bum\b", regex.IGNORECASE)  # the unit, or what OCR made of it
# a number grouped by commas whose first group has four digits ("8127,800"): no amount is printed so
_BAD_GROUPING_RE = regex.compile(r"^\s*[\d๐-๙]{4},[\d๐-๙]{3}")
# the unit of an amount printed in millions ("0.69 ล้าน", "๑.3๒ ล้านบาท"; its tone mark OCR may drop)
_MILLION_UNIT_RE = regex.compile(r"ล\u0e49?าน")
_GOOD_GROUPING_RE = regex.compile(r"^\s*[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?(?:\.-)?\s*$")


def _text(record: dict[str, Reading], name: str) -> Reading | None:
    """A header amount's reading: the value read, or its text when it could not be."""
    return record.get(name) or record.get(f"{name}_printed")


def unsigned(text: str) -> str:
    """An amount's text without the character its sign became."""
    return _SIGNED_RE.sub("", text, count=1)


def stripped(text: str) -> Decimal | None:
    """The amount without its first character, if that reads as one."""
    try:
        return parse_amount(unsigned(text))
    except (ValueParseError, ArithmeticError, ValueError):
        return None


def proven_signs(text: str, events: list | None = None) -> int:
    """How many expense lines in `text` prove a ฿ sign OCR read as a
    character before their figures: the unit amount and the amount both open
    with a character the sign is read as (SIGN_READS, or ฿ B #), the quantity
    times the unit amount is not the amount as read, and is once that first
    character is dropped from both ("127 เล่มๆ ละ 850 เป็นเงิน 86,350": 127 x
    50 = 6,350; by chance the two readings would not both fit).  `events`: the text's expense lines, where
    the caller has them (clauses.expenses_in of the whole text)."""
    proven = 0
    for _, _, event in expenses_in(thai_digits_to_arabic(text), text, 0) if events is None else events:
        line = event.value
        if not (line.quantity and line.each and line.amount) or not all(
                _SIGN_FIRST_RE.match(t) for t in (line.each, line.amount)):
            continue
        try:
            quantity, each, amount = (parse_amount(t) for t in (line.quantity, line.each, line.amount))
            bare_each, bare_amount = (parse_amount(t.lstrip()[1:]) for t in (line.each, line.amount))
        except (ValueParseError, ArithmeticError, ValueError):
            continue
        if quantity * each != amount and quantity * bare_each == bare_amount and bare_amount > 0:
            proven += 1
    return proven


def signs_seen(text: str, events: list | None = None) -> int:
    """The signs a text shows: read as a sign before an amount, or proven by
    an expense line's product (proven_signs)."""
    seen = len(_SIGN_SEEN_RE.findall(text))
    return seen if seen >= SIGNS_SEEN else seen + proven_signs(text, events)  # (the products only where they may count)


# an amount standing alone with its sign read as a sign ("BO", "฿0", "B12,900"): the document prints the sign
SIGN_TOKEN_RE = regex.compile(r"(?<!\S)[฿B#][\d๐-๙oO@©«»][\d๐-๙oO,.]*(?!\S)")
# A line of the disbursement ฿0 as OCR reads it with no digit: the sign as a Latin B or #, the zero a letter o
# ("Bo", "BO")
SIGN_ZERO_RE = regex.compile(r"^\s*[B#][oO]\s*$")
# ... and not after what _SIGN_SEEN_RE counts it by ("= BO", "x B250": one sign, counted once)
_ALONE_SIGN_RE = regex.compile(r"(?<![=:xX×][ \t]?)" + SIGN_TOKEN_RE.pattern)


# a figure whose first character may be a ฿ sign, read as one or as a digit, a digit after it
_SIGN_FIRST_RE = regex.compile(rf"^\s*[{SIGN_READS}฿#](?=[\d๐-๙])")


# a budget clause's amount as printed with its sign: read as a sign ("Bo", "฿0", "#20,000"), or as a digit
# ("8๐", "3๑๓,๕๐๐"); the sign before a digit or a look-alike of ๐
SHOWN_SIGN_RE = regex.compile(r"^[฿B#](?=[\d๐-๙oO])")
DIGIT_SIGN_RE = regex.compile(r"^[83๘๓](?=[\d๐-๙oO])")
BARE_DIGIT_RE = regex.compile(r"^[\d๐-๙](?<![83๘๓])")
UNIT_AFTER_RE = regex.compile(r"=\s*\S+\s*(?:บาท|um|UM)")
# Budget clauses showing the ฿ sign as a sign, at least, for each one opening with another digit (the sign read as a
# ๒, "= ๒๐" for ฿๐, or lost) where the others' 8 or 3 is still read as the sign: at two to one (two "= Bo" and one
# "= ๕๐") the form may print no sign at all, and "๕๐" be 50
BARE_SHARE = 4


def clause_signs(copies: list[CopyReading]) -> int:
    """The budget clauses of a document's copies, of all its projects, that
    show the ฿ sign read as a sign ("= Bo"), each report of each project
    counted once however many copies print it, where they are at least
    SIGNS_SEEN, outnumber the clauses whose amount opens with a digit the sign
    is not read as BARE_SHARE to one, and none has บาท after it (a form that
    prints ฿ writes no unit); else 0.  One printing of the form prints its
    sign before every project's amounts or before none (so in every document
    of the worked sets), so a project whose own clauses show the sign once
    or never, reading it as an 8 or 3 ("= 8๐"), is told by the others
    (repairs._clause_signs)."""
    shown: set[tuple[object, object]] = set()
    bare: set[tuple[object, object]] = set()
    for copy in copies:
        project = copy.identity if copy.identity != (None, None) else copy.index  # (the copies of one project: once)
        for seq, rec in copy.tables.get("progress_reports", {}).items():
            paid = rec.get("disbursed")
            if paid is None or not paid.text:
                continue
            if UNIT_AFTER_RE.search(paid.text):
                return 0
            token = budget_amount(paid.text) or ""
            if SHOWN_SIGN_RE.match(token):
                shown.add((project, seq))
            elif BARE_DIGIT_RE.match(token):
                bare.add((project, seq))
    if len(shown) < SIGNS_SEEN or len(bare) * BARE_SHARE > len(shown):
        return 0
    return len(shown)


# The amounts of one project that, each opening with a character the ฿ is read as, show the sign where no
# amount shows it read as one: at least this many (its disbursements, budget spent and allocated)
SIGNED_AMOUNTS = 4


def every_amount_signed(tokens: list[str]) -> bool:
    """Whether a project's amounts as printed (its reports' disbursements,
    its budget spent, and its budget allocated where read), SIGNED_AMOUNTS
    of them or more, each open with the same one of 8 or 3 (Thai or Arabic)
    right before a digit: a form that prints ฿ before every amount, its sign
    read as that digit throughout ("8๐" for ฿๐, "85,550" for ฿5,550).
    Amounts of a form that prints no sign open so by chance a time in ten
    each, so all of four or more hardly ever.  Not an 8 here and a 3 there:
    one printing's signs come out one way, and a 3 among 8s is a digit of an
    amount whose sign OCR lost ("฿๓๐,๕๐๐" read "30,500" beside "8๑๒,๒๐๐")."""
    firsts = {thai_digits_to_arabic(t.strip()[:1]) for t in tokens if DIGIT_SIGN_RE.match(t.strip())}
    return len(tokens) >= SIGNED_AMOUNTS and len(firsts) == 1 and all(DIGIT_SIGN_RE.match(t.strip()) for t in tokens)


def _overspent_as_read(allocated: str, spent: str) -> bool:
    """Whether the header amounts as read, first characters and all, say the
    project spent more than it was allocated: then the allocation check
    cannot tell the sign from a digit (a misread digit broke it either way)."""
    try:
        return parse_amount(allocated) < parse_amount(spent)
    except (ValueParseError, ArithmeticError, ValueError):
        return False


def signed_amounts(lines: list[Line], copies: list[CopyReading]) -> list[set[str]]:
    """Per copy, the header amounts whose first character is a baht sign
    OCR read as a digit (see module doc)."""
    none: list[set[str]] = [set() for _ in copies]
    projects = [c.tables.get("project", {}).get(0, {}) for c in copies]
    # (an amount printed in millions with its unit, "0.69 ล้าน", is printed so in a form that prints ฿ before its
    # other amounts too, never with a sign: it says nothing of the sign either way)
    readings = [(i, name, r) for i, p in enumerate(projects) for name in AMOUNTS
                if (r := _text(p, name)) is not None and not _MILLION_UNIT_RE.search(r.text)]
    signed = [r for _, _, r in readings if _SIGNED_RE.match(r.text) and not _UNIT_RE.search(r.text)]
    # (a reading whose digits after the sign do not parse, a letter OCR read for a digit among them, "821,ฒ๐๐",
    # still opens with the sign as the others do: it does not forbid the rule, and is left as read where it stands)
    every_signed = bool(readings) and len(signed) == len(readings) and any(stripped(r.text) is not None
                                                                           for r in signed)
    regrouped = [(i, name) for i, name, r in readings if _SIGNED_RE.match(r.text) and _regrouped(r.text)]
    if not every_signed and not regrouped:
        return none  # (no amount a sign may open as either rule asks: the document's signs are not counted)
    text = "\n".join(ln.text for ln in lines)
    if signs_seen(text) + len(_ALONE_SIGN_RE.findall(text)) < SIGNS_SEEN:
        return none
    if every_signed:
        covered = True
        for p in projects:
            if (both := _both_stripped(p)) is not None and both[2] < both[3] \
                    and not _overspent_as_read(both[0].text, both[1].text):
                covered = False
        if covered:
            out = [set() for _ in copies]
            for i, name, _ in readings:
                out[i].add(name)
            return out
    out = [set() for _ in copies]
    for i, name in regrouped:
        if not _regrouping_refuted(projects[i], name):
            out[i].add(name)
    return out


def sign_unweighed(copies: list[CopyReading], text: str) -> bool:
    """Whether an amount `signed_amounts` reads as signed (`text`, as
    printed) rests on its first character alone: no project of `copies`
    prints both its allocation and its spending in baht, readable without
    that character, so the check that the allocation still covers the
    spending weighed nothing, and the amount's grouping is right as read
    (no first group of four digits).  A tenth of amounts open with an 8 or a
    3 by chance, and a sign OCR lost whole leaves the amount's own first
    digit there: the sign is then in doubt (fresh set s119r,
    bma_progress_s119r010: "38,900" beside an allocation in millions, read
    8,900, a wrong repair)."""
    if _regrouped(text):
        return False
    return not any((both := _both_stripped(c.tables.get("project", {}).get(0, {}))) is not None
                   and not _MILLION_UNIT_RE.search(both[0].text) for c in copies)


def _regrouped(text: str) -> bool:
    """Whether an amount's grouping is wrong as read and right without its first character ("8127,800")."""
    return bool(_BAD_GROUPING_RE.match(text) and _GOOD_GROUPING_RE.match(unsigned(text)))


def _both_stripped(project: dict[str, Reading]) -> tuple[Reading, Reading, Decimal, Decimal] | None:
    """A project's allocation and spending as read, and their values without their first characters, where
    both are printed and read so; else None."""
    a, s = _text(project, "budget_allocated"), _text(project, "budget_spent")
    if a is None or s is None or None in (sa := stripped(a.text), ss := stripped(s.text)):
        return None
    return a, s, sa, ss


def _readings(reading: Reading | None) -> set[Decimal]:
    """A header amount's values: as read, and without its first character where that may be the sign."""
    if reading is None:
        return set()
    out = {stripped(reading.text)} if _SIGNED_RE.match(reading.text) else set()
    try:
        out.add(parse_amount(reading.text))
    except (ValueParseError, ArithmeticError, ValueError):
        pass
    return out - {None}


def _regrouping_refuted(project: dict[str, Reading], name: str) -> bool:
    """Whether an amount whose grouping is right only without its first
    character ("3836,750") is refuted so read by the project's other header
    amount: the budget spent it would give is more than every reading of the
    allocation ("B46,000": 836,750 is no spending of 46,000; the ฿ there was
    read as two characters, "38"), or the allocation it would give less than
    every reading of the budget spent.  Then nothing says which characters
    were the sign, and the amount is left as OCR read it (no figure), its
    printing said."""
    own = stripped(_text(project, name).text)
    other = _readings(_text(project, "budget_allocated" if name == "budget_spent" else "budget_spent"))
    if own is None or not other:
        return False
    return all(own > v for v in other) if name == "budget_spent" else all(own < v for v in other)


# An expense line's figure after the word or sign that joins it ("= 8๑,๕๐๕", "x B250", "ๆ ละ 8๒๐๐", "เป็นเงิน
# 82,๕๐๐"): the sign as printed before it, if read as one (group 1), its digits (group 2), a unit after it (group 3)
_EXPENSE_FIGURE_RE = regex.compile(r"(?:=|เป็นเงิน|เป็นงิน|(?<=\s)[xX×%]|ละ)\s*([฿B#]?)([\d๐-๙][\d๐-๙,.]*)"
                                   r"(\s*(?:\.\s*-)?\s*(?:บาท|um|UM))?")
_SIGN_DIGIT = "83๘๓"  # the digits a ฿ is read as


def expense_signs(lines: list[Line]) -> bool:
    """Whether a document's expense lines (every copy's) print their figures with a ฿ sign
    OCR read as an 8 or 3 where it opens one ("ค่าเช่ารถโดยสาร = 813,300
    ค่าเกียรติบัตร = B16,800"): the lines show the sign (at least SIGNS_SEEN
    signs read as signs, `signs_seen`, or amounts standing alone with one),
    some figure opens with an 8 or 3 with no sign before it, and none opens
    with another digit with no sign before it (a copy whose OCR loses signs
    may print a bare 8 of its own), none with an 8 or 3 after a sign read as
    one ("B8,500", "x B35": a figure whose sign read as one, its digits
    kept without it, opening with a digit the sign is read as), and none has
    บาท after it (a form that prints ฿ writes no unit).  A form prints its
    sign before all its amounts or before none.  The figures are looked at
    first, line by line as expenses_lazily finds them: most documents print
    a figure that opens with another digit on their first expense line, and
    the rest of the text is not looked through; the signs are counted only
    where the figures allow a sign."""
    text = "\n".join(ln.text for ln in lines)
    events = []  # (read once: the figures, then the signs' count)
    opened = False
    for found in expenses_lazily(thai_digits_to_arabic(text), text, 0):
        events.append(found)
        for m in _EXPENSE_FIGURE_RE.finditer(found[2].text):
            if m.group(3) or (m.group(1) and m.group(2)[0] in _SIGN_DIGIT):
                return False
            if not m.group(1):
                if m.group(2)[0] not in _SIGN_DIGIT:
                    return False
                opened = True
    return opened and signs_seen(text, events) + len(_ALONE_SIGN_RE.findall(text)) >= SIGNS_SEEN
