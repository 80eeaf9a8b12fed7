"""The budget's figures as printed, and their repair from the proposal's
own arithmetic.

`parse_amount` reads a printed figure the way the form writes money,
allowing what OCR does to the separators ("๒๐.๐๐๐" with a dot for the
comma, "15.750.00", "2,.100", "60, 700.00"); a figure with a misread digit
that is no digit at all ("ฒ๑,๕๒๐", "๑«๓") reads as nothing until repaired.

`repair_lines` uses the redundancy of the budget table: on every line
quantity x unit amount = amount, and the lines add up to the total (whose
amount in Thai words survives OCR).  Each line's figures are read as every
triple of their candidate readings (normalizers.confusions) that multiplies
out, the printed triple alone when it does; then the triples whose amounts
add up to the total (when at most MAX_OPEN lines are left with several:
one equation does not settle more).  A line is repaired when one triple is left for it,
and each changed figure is a `value_repaired` issue; a line left with
several is flagged `repair_ambiguous`, never guessed.  Before the sum
changes a line, the lines whose printed figures multiply out are read
every way their characters allow too: when the total is then reached in
more than one way (a "๕,๕๐๐" that multiplies out may be 8,500), nothing is
chosen and each line in doubt is flagged.  When the lines as read, or as
their products repair them, do not reach the total, the lines are read
every way their characters allow (those that multiply out as printed too:
"๕" x "๒๐,๐๐๐" = "๕๐,๐๐๐" may be 4 x 20,000 = 80,000, a ๔ the OCR model
cannot write read ๕ twice), and a line every choice reaching the total
reads one way is repaired so (rule sum; `_wide_fit`), never where two lines
or more have no product to check them, and, beside a line no reading of whose
figures multiplies out (its amount read alone), a line whose printed figures
multiply out is read as printed (the total settles the one, not both), and a line whose figures multiply out
several ways, of several amounts, is settled by no such total: none is chosen.  A line the total leaves with several
readings, all of one amount (either way: "๕ x ๑๕,๐๐๐ = ฒ๒,๐๐๐" is 72,000 as
4 x 18,000 and as 5 x 14,400), has that amount repaired and its quantity and
unit amount kept as read and flagged (`_amount_only`).  A digit of a figure's leading group
OCR wrote as two characters, each a reading of it ("๕8,๕๐๐" for ๘,๕๐๐,
"๓๕,๕๐๐" for ๙,๕๐๐: `_pair_readings`), is weighed by the total alone: in
`_wide_fit`, and for a line no other reading of which multiplies out.
A product that changes a figure mixing scripts ("5 ๐๐๐.๐๐": its Arabic
digit a Thai glyph the English model read, any digit) is taken only where
it is the one reading once every figure is read every way, that digit free
(`_script_sure`); one that moves two figures keeping a figure in Arabic
digits in a line of Thai ones is not taken (`_kept_certain`).  A line
whose quantity or unit amount OCR lost (its cell empty), its two other
figures read, is read as their quotient (a whole quantity, a unit amount
in whole satang: `_lost_cell`), which, as a product that is no reading of a
printed amount, only the total may choose (the lines adding up to it).  A
line whose amount OCR printed with a character or two that are no digit
("ซอ,๐๐๐.-" for ๑๖,๐๐๐), its quantity and unit amount read, is read as the
products of their readings that the amount's printed shape allows (as many
digits, grouped as printed, each printed digit one it stands for, each other
character any digit: `_shaped_products`); each is checked by its product as
any line's reading is, so the total chooses among several with the other
lines, and a line it leaves several is said, not guessed.  A line still left
with several readings whose figures all print Thai digits alone (each of
them of the digits it is read as) takes the one OCR's measured misreads make
ODDS_RATIO times likelier than any other to print as it does ("๒ x ๑๕,๐๐๐ =
๓๒,๐๐๐" is 2 x 18,000 = 36,000: ๘ read ๕ and ๖ read ๒, the misreads of
digits the model cannot write; `odds_choice`), said as chosen in doubt (rule
figure_odds), where the lines so read add up to the total (or none is known).
Where the table prints its categories' subtotals (`groups`: rows.subtotal_groups),
every choice the sum weighs must also make each category's lines add up to a
reading of its subtotal as printed (`_fitting_grouped`): a fit a subtotal
contradicts is none, so where it was the one fit nothing is chosen, and the
lines are said as any the total leaves open.  Lines the total leaves in doubt
(reached in several ways, every other line read) are weighed together: the
choice of their readings OCR's measured misreads make ODDS_RATIO times likelier
than every other to print as they print is taken, said as chosen in doubt
(rule figure_odds; `_joint_odds`).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from itertools import product
from typing import Any, Callable

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import ARABIC_FOR_THAI, LOOKALIKES, added_misreads, certain, printed_as, rare_misread_pairs
from normalizers.errors import ValueParseError
from normalizers.numbers import ANY_DIGIT_RE, parse_decimal, thai_digits_to_arabic
from normalizers.odds import ODDS_RATIO, figures_odds, odds_choice as shared_odds_choice
from parsers.checks import money_equal
from parsers.repair import enabled, readings_of
from schemas.document import Issue, Reading

# A dot before exactly three digits at a number's end or before its decimals
# is a thousands separator OCR read as a dot: "๒๐.๐๐๐", "15.750.00".
_DOT_THOUSANDS_RE = regex.compile(r"(?<=\d)\.(?=\d{3}(?:\D|$))")
_COMMA_DOT_RE = regex.compile(r",\s*\.|\.\s*,")  # "2,.100"
_SPACED_RE = regex.compile(r"(?<=\d),\s+(?=\d{3})")  # "60, 700.00"
# A space OCR set before a thousands separator ("๕ ,๐๐๐.-" for ๘,๐๐๐.-, "124 ,800.-"): a comma opens no figure, so
# the digits before it are the figure's leading group, as after a space after it ("60, 700.00").
_SPACE_COMMA_RE = regex.compile(r"(?<=\d)\s+(?=,\s*\d{3}(?!\d))")
# A thousands separator OCR read as a space: a digit, one space, exactly three digits ("12 750", "๒ 250.๐๐").
# The figure so printed reads as no number (a space may as well part two figures); its readings, which the
# repairs weigh, read the space as the separator (`_figure`).
_SPACE_THOUSANDS_RE = regex.compile(r"(?<=\d)\s(?=\d{3}(?!\d))")
_SPECKS_RE = regex.compile(r"[«»]")
_DOT_DASH_RE = regex.compile(r"\.\s*-")  # ".-" closing a round amount
_UNIT_TAIL_RE = regex.compile(r"บาท|[A-Za-z]{1,3}\s*$")  # the unit, or a short Latin tail OCR left
_NO_DIGIT_RE = regex.compile(r"[A-Za-z@ฒอ]")  # a character left that is no digit
_LATIN_LETTERS_RE = regex.compile(r"[A-Za-z]")
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")
_ARABIC_DIGIT_RE = regex.compile(r"[0-9]")
CENT = Decimal("0.01")
MAX_OPTIONS = 2_000  # line readings weighed together against the total
MAX_OPEN = 2  # lines with several readings the total may choose among


def parse_amount(text: str) -> Decimal:
    """A printed figure as Decimal (see module doc); ValueParseError if it is none."""
    src = _SPECKS_RE.sub("", thai_digits_to_arabic(text))
    src = _SPACED_RE.sub(",", _COMMA_DOT_RE.sub(",", src))
    src = _DOT_THOUSANDS_RE.sub(",", _DOT_DASH_RE.sub("", src))
    if _NO_DIGIT_RE.search(_UNIT_TAIL_RE.sub("", src).strip()):
        raise ValueParseError("amount", text, "a character that is no digit")
    try:
        return parse_decimal(src).quantize(CENT)
    except InvalidOperation as exc:  # pragma: no cover
        raise ValueParseError("amount", text, str(exc)) from exc


def amount_or_none(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except ValueParseError:
        return None


_DIGITS_RE = regex.compile(r"[\d๐-๙oO@ฒอ](?:[\d๐-๙oO@ฒอ,.]|(?<=[\d๐-๙])\s(?=,?[\d๐-๙]{3}(?![\d๐-๙])))*"
                           r"|[mnb][\d๐-๙oO@ฒอ,.]*[\d๐-๙oO@ฒอ]")


# A ๒ OCR wrote as two Thai letters glued before the figure's next digit ("ใต๐,๐๐๐.-" for ๒๐,๐๐๐.-, "ไต๕,๐๐๐.๐๐"
# for ๒๔,๐๐๐.๐๐), or before its thousands separator ("ใต,ฒ๐๐" for ๒,๗๐๐: before, the figure was read from the
# comma on, 700 or 900, and a product of the line's figures as printed "repaired" it to 900; fresh set s121r,
# bma_proposal_s121r002): no word is so written before a digit.
_GLUED_TWO_RE = regex.compile(r"(?<![\u0e01-\u0e4e])[ใไ]ต(?=,?[๐-๙]|,[ฒอ])")


def _despecked(text: str) -> str:
    """A printed reading without its specks, the ๒ OCR wrote as two letters read as ๒ (what _figure reads)."""
    return _GLUED_TWO_RE.sub("๒", _SPECKS_RE.sub("", text))


def _figure(text: str) -> str:
    """The figure in a printed reading (its unit words left out); a thousands
    separator OCR read as a space is read as one ("๒ 250.๐๐": "๒,250.๐๐"), and a space OCR set before one is
    left out ("๕ ,๐๐๐.-": "๕,๐๐๐.-")."""
    found = _DIGITS_RE.findall(_despecked(text))
    return _SPACE_THOUSANDS_RE.sub(",", _SPACE_COMMA_RE.sub("", max(found, key=len))) if found else text


# A figure's leading digits OCR garbled into letters or marks glued between a digit and the rest of the figure
# ("7ไ]ไ๕,๐๐๐.-" for ๒๔,๐๐๐.-): a digit, then characters that are none of a figure's, then the figure's digits,
# with no space between
_GARBLED_LEAD_RE = regex.compile(r"[\d๐-๙][^\s\d๐-๙,.]+[\d๐-๙]")


def _garbled_lead(text: str) -> bool:
    """Whether a figure's printing holds digits OCR garbled with letters or marks between them before its last
    digits (_GARBLED_LEAD_RE, the glued ๒ OCR writes as two letters aside): how many digits stood there is not
    read, so its readings are not listed; the line's other figures and the total read it."""
    return _GARBLED_LEAD_RE.search(_despecked(text)) is not None


def _values(reading: Reading | None, pairs: bool = False, thai_line: bool = False) -> list[Decimal]:
    """A figure's readings (parsers.repair.readings_of); with `pairs`, those of a digit of its leading group
    read as two characters too (_pair_readings); with `thai_line` (the line's other figures print Thai digits),
    those of a figure printed in Arabic digits alone with an Arabic 5 or 9 read as a 6 too (_arabic_six_readings)."""
    if reading is None or _garbled_lead(str(reading.text or "")):
        return []
    figure = _figure(reading.text)
    found = [v for v, _ in readings_of(figure, parse_amount, baht=True)]
    more = _pair_readings(figure) if pairs else []
    if thai_line:
        more = more + _arabic_six_readings(figure)
    return found + [v for v in dict.fromkeys(more) if v not in found]


def _thai_line(rec: dict[str, Reading]) -> bool:
    """Whether a line's figures print Thai digits (any of them)."""
    return any(_THAI_DIGIT_RE.search(_figure(str(rec[n].text or ""))) for n in NAMES if n in rec)


def _arabic_six_readings(figure: str) -> list[Decimal]:
    """A figure printed in Arabic digits alone in a line whose figures print Thai ones ("1 x 5,000.00 =
    ๒ ๐๐๐.๐๐"): the English model of OCR read a Thai figure, and writes an Arabic 5 or 9 for a ๖ the Thai
    model cannot write (confusions.ARABIC_FOR_THAI, as a year's or a date's Arabic 5 or 9 among Thai digits is
    read): the figure with one such digit read as a 6, one variant per such digit.  None for a figure that
    prints a Thai digit (parsers.repair.readings_of reads those)."""
    if _THAI_DIGIT_RE.search(figure) or not _ARABIC_DIGIT_RE.search(figure):
        return []
    six = {d for pair in ARABIC_FOR_THAI for d in pair if d != "6"}
    found = (amount_or_none(figure[:i] + "6" + figure[i + 1:]) for i, ch in enumerate(figure) if ch in six)
    return [v for v in found if v is not None and v > 0]


# A figure's leading group: the characters before its first thousands separator (a comma, or a dot OCR read for
# one: a dot before three digits and no more)
_LEAD_GROUP_RE = regex.compile(r"^([^\s,.]{2,4})(?=,|\.[\d๐-๙oO]{3}(?![\d๐-๙oO]))")


def _stands_for(ch: str, thai: bool) -> set[str]:
    """The digits (Arabic) a character OCR wrote in a figure may stand for: itself, the digits it is a misread
    of (confusions.printed_as), the digits it is a look-alike of, and, for an Arabic digit in a figure of Thai
    digits, the Thai digit the engine writes it for (confusions.ARABIC_FOR_THAI: 5 or 9 for ๖)."""
    arabic = thai_digits_to_arabic(ch)
    out = set(LOOKALIKES.get(ch, ""))
    if arabic.isdigit():
        out |= {arabic} | set(printed_as(arabic))
        if thai and "0" <= ch <= "9":
            out |= {d for pair in ARABIC_FOR_THAI if ch in pair for d in pair if d != ch}
    return out


def _pair_readings(figure: str) -> list[Decimal]:
    """A figure with one printed digit of its leading group read as two characters, each a reading of it
    ("๓๕,๕๐๐" for ๙,๕๐๐, ๙ read both as ๓ and as ๕; "ฒ๕,๕๐๐", "๕8,๕๐๐" for ๘,๕๐๐, "๒9๐,๐๐๐" for ๖๐,๐๐๐,
    "๑๕๕,๐๐๐" for ๑๘,๐๐๐): the readings with those two characters as the one digit both may stand for, the
    other characters as printed.  None for a figure whose leading group is not two to four characters before a
    thousands separator.  (The trailing group's four characters, a grouping no number prints, are
    parsers.repair.long_group_readings'.)"""
    m = _LEAD_GROUP_RE.match(figure)
    if m is None:
        return []
    lead, rest = m.group(1), figure[m.end(1):]
    thai = any("๐" <= ch <= "๙" for ch in figure)
    out: list[Decimal] = []
    for i in range(len(lead) - 1):
        for d in sorted(_stands_for(lead[i], thai) & _stands_for(lead[i + 1], thai)):
            value = amount_or_none(lead[:i] + d + lead[i + 2:] + rest)
            if value is not None and value > 0 and value not in out:
                out.append(value)
    return out


NAMES = ("quantity", "unit_amount", "amount")


Triple = tuple  # (quantity, unit amount, amount); the first two None for a line read by its amount alone


def _quantities(values: list[Decimal]) -> list[Decimal]:
    """The readings of a line's quantity that may be one: whole and above 0."""
    return [q for q in values if q > 0 and q == q.to_integral_value()]


def _unit_amounts(values: list[Decimal]) -> list[Decimal]:
    """The readings of a line's unit amount that may be one: above 0."""
    return [e for e in values if e > 0]


def _triples(rec: dict[str, Reading], every: bool = False, pairs: bool = False) -> list[Triple]:
    """The readings of a line's figures that multiply out (the printed ones
    alone when they do, unless `every`: then the printed ones first, then
    every other reading that multiplies out); where none do, the readings of
    its amount alone.  The readings of a digit read as two characters
    (_pair_readings) are weighed where no other reading multiplies out (for
    the total to choose), and with `pairs` always."""
    printed = tuple(rec[n].value if n in rec else None for n in NAMES)
    fits = all(v is not None for v in printed) and money_equal(printed[0] * printed[1], printed[2])
    if fits and not every:
        return [printed]
    thai = _thai_line(rec)
    qs = _quantities(_values(rec.get("quantity"), thai_line=thai))
    es = _unit_amounts(_values(rec.get("unit_amount"), pairs=pairs, thai_line=thai))
    amounts = set(_values(rec.get("amount"), pairs=pairs, thai_line=thai))
    found = [(q, e, (q * e).quantize(CENT)) for q in qs for e in es if (q * e).quantize(CENT) in amounts]
    if not fits and not found and not pairs:
        # no reading of the line multiplies out: a digit of a figure's leading group may have been read as two
        # characters ("๑ x ๒๒๐,๐๐๐ = ๒๐,๐๐๐", "๓ x ๒๐,๐๐๐ = ๖9๐,๐๐๐"; _pair_readings).  Those readings that
        # multiply out keeping a figure as read are the line's, which only the total may choose (_Unread):
        # "๕ x ๑,๐๐๐ = ๒๕,๐๐๐" (4 x 6,000 = 24,000) multiplies out as 5 x 1,000 = 5,000 with "๒๕" read as
        # one ๕; one that changes every figure proves nothing ("gob x ๑๐๐ = ๑๑,๒๐๐" is not 2 x 600 = 1,200)
        more_es = _unit_amounts(_values(rec.get("unit_amount"), pairs=True, thai_line=thai))
        more_amounts = set(_values(rec.get("amount"), pairs=True, thai_line=thai))
        found = [_Unread(t) for q in qs for e in more_es
                 if (t := (q, e, (q * e).quantize(CENT)))[2] in more_amounts and _changed(rec, t) < len(NAMES)]
    if fits:
        return [printed] + [t for t in found if t != printed]
    if found:
        return found
    if (shaped := _shaped_products(rec, qs, es)):
        # an amount printed with a character that is no digit ("ซอ,๐๐๐"), its quantity and unit amount read: the
        # products of their readings that the amount's printed shape allows are the line's readings, each checked
        # by its product as any line's is (the total chooses among several)
        return shaped
    alone: list[Triple] = [(None, None, a) for a in sorted(amounts)]
    if (derived := _lost_cell(rec, qs, es, amounts)):
        # a quantity or unit amount OCR lost, the two other figures read: the quotient, where it is one, is the
        # line's reading, which only the total may choose (_Unread), its amount's other readings beside it
        return derived + [t for t in alone if t[2] not in {d[2] for d in derived}]
    if printed[0] is not None and printed[1] is not None:
        # the amount read is none of the product's readings (or none at all: OCR lost it, or read another
        # column's figure there): the product of the figures as printed is one more reading, which only
        # the total may choose (see repair_lines: the product alone never picks it)
        alone.append(_Unread((printed[0], printed[1], (printed[0] * printed[1]).quantize(CENT))))
    return alone


# A figure of digits, commas and a dot, and among them characters that are no digit ("ซอ,๐๐๐",
# "๑ฒ,๐๐๐", "๒,@๐๐"): each such character one digit OCR misread as a letter or mark.
_SHAPE_RE = regex.compile(r"^[^\s,.]+(?:,[^\s,.]{3})*(?:\.[^\s,.]{2})?$")
_UNIT_WORD_RE = regex.compile(r"บาท")
SHAPE_WILD_MAX = 2  # characters of an amount that are no digit, at most, each read as any digit


def _amount_shape(text: str) -> list[set[str]] | None:
    """The digits each character of an amount printed with characters that are no digit may be, in order
    (separators as themselves): a digit the digits it stands for (_stands_for: itself, what OCR reads it for), a
    character that is no digit any digit.  None for an amount that reads as a number, whose shape is not a
    number's (digits grouped by three after a comma), with no digit printed, or more than SHAPE_WILD_MAX
    characters that are none."""
    tokens = [t for t in _UNIT_WORD_RE.sub(" ", _SPECKS_RE.sub("", text)).split() if ANY_DIGIT_RE.search(t)]
    if len(tokens) != 1:
        return None
    figure = _DOT_THOUSANDS_RE.sub(",", regex.sub(r"\.?\s*-?$", "", tokens[0]))
    # (a figure that reads as 0 with such a character is none: a sign OCR made of a digit and dropped, "€0,000",
    # and no line costs nothing)
    if amount_or_none(figure) or not _SHAPE_RE.match(figure) or not ANY_DIGIT_RE.search(figure):
        return None
    wild = [ch for ch in figure if ch not in ",." and not ANY_DIGIT_RE.match(ch)]
    if not wild or len(wild) > SHAPE_WILD_MAX:
        return None
    thai = any("๐" <= ch <= "๙" for ch in figure)
    return [{ch} if ch in ",." else (_stands_for(ch, thai) | {thai_digits_to_arabic(ch)}
                                     if ANY_DIGIT_RE.match(ch) else set("0123456789")) for ch in figure]


def _shaped_products(rec: dict[str, Reading], qs: list[Decimal], es: list[Decimal]) -> list[Triple]:
    """A line whose amount reads as no number, or as 0 (a digit OCR made a letter or mark of: _amount_shape), and whose
    quantity and unit amount are read: the products of their readings that the amount's shape allows (as many
    digits, grouped as printed, each printed digit one it stands for), as the line's readings.  None otherwise."""
    amount = rec.get("amount")
    if amount is None or amount.value or not qs or not es:  # read as a number above 0: not this line's case
        return []
    shape = _amount_shape(str(amount.text or ""))
    if shape is None:
        return []
    whole = not any(ch == "." for options in shape for ch in options)
    found: list[Triple] = []
    for q in qs:
        for e in es:
            value = (q * e).quantize(CENT)
            if whole and value != value.to_integral_value():
                continue
            text = f"{value:,.0f}" if whole else f"{value:,.2f}"
            if len(text) == len(shape) and all(ch in options for ch, options in zip(text, shape)) \
                    and (t := (q, e, value)) not in found:
                found.append(t)
    return found


class _Unread(tuple):
    """A line's reading whose amount is the product of its printed figures,
    not a reading of the amount printed: only the total may choose it."""


def lost(rec: dict[str, Reading], name: str) -> bool:
    """Whether a line's figure is a cell OCR lost: not read, or read with no character at all."""
    return name not in rec or rec[name].value is None and not str(rec[name].text or "").strip()


# A quantity printed as Latin letters alone ("au" for ๘๗, "Te" for ๑๗, "gob" for ๑๑๖): OCR's English model read
# the Thai number, and its letters stand for no digits one can list (the look-alikes give a digit or two at most)
_LATIN_QUANTITY_RE = regex.compile(r"^[A-Za-z]{1,3}$")


def latin_quantity(rec: dict[str, Reading]) -> bool:
    """Whether a line's quantity is printed as one to three Latin letters and no digit, and reads as no number:
    a figure the English model of OCR read, which `_lost_cell` reads as a cell lost (its value is what the line's
    amount and unit amount give, and only the total may choose it)."""
    reading = rec.get("quantity")
    return reading is not None and reading.value is None and bool(_LATIN_QUANTITY_RE.match(str(reading.text or "").strip()))


def _lost_cell(rec: dict[str, Reading], qs: list[Decimal], es: list[Decimal], amounts: set[Decimal]) -> list[Triple]:
    """The readings of a line whose quantity or unit amount OCR lost (its
    cell empty: `lost`) and whose two other figures are read: amount /
    unit amount, a whole quantity above 0, or amount / quantity, a unit
    amount in whole satang, for each reading of those two (_Unread: only the
    total may choose one).  None where no other figure is lost, or none
    divides so."""
    gone = [n for n in NAMES if lost(rec, n) or n == "quantity" and latin_quantity(rec)]
    if len(gone) != 1 or gone[0] == "amount":
        return []
    found: list[Triple] = []
    for a in sorted(amounts):
        if gone[0] == "quantity":
            for e in es:
                q = a / e
                if q > 0 and q == q.to_integral_value() and (t := _Unread((q.to_integral_value(), e, a))) not in found:
                    found.append(t)
        else:
            for q in qs:
                e = (a / q).quantize(CENT)
                if e > 0 and money_equal(e * q, a) and (t := _Unread((q, e, a))) not in found:
                    found.append(t)
    return found


# The categories' subtotals a table prints: each the indexes of its lines and whether a sum of their amounts is a
# reading of the subtotal as printed (rows.subtotal_groups)
Groups = list[tuple[list[int], Callable[[Decimal], bool]]]


def _fitting(options: list[list[Triple]], total: Decimal, groups: Groups | None = None) -> list[set[int]]:
    """For each line, the indexes of its options that some choice of every
    line's options adding up to `total` uses (forward and backward sums).
    With `groups` (the categories' subtotals), a choice whose lines of a
    category add up to no reading of its subtotal as printed is none: the
    lines are summed category by category, each category's sums those its
    subtotal admits, and the categories' sums to the total."""
    if groups:
        return _fitting_grouped(options, total, groups)
    forward: list[set[Decimal]] = [{Decimal(0)}]
    for opts in options:
        forward.append({s + t[2] for s in forward[-1] for t in opts if s + t[2] <= total})
    backward: list[set[Decimal]] = [{Decimal(0)}]
    for opts in reversed(options):
        backward.append({s + t[2] for s in backward[-1] for t in opts if s + t[2] <= total})
    backward.reverse()
    used = []
    for i, opts in enumerate(options):
        used.append({k for k, t in enumerate(opts) if any((total - s - t[2]) in backward[i + 1] for s in forward[i])})
    return used


def _sums(values: list[list[Decimal]], total: Decimal) -> tuple[list[set[Decimal]], list[set[Decimal]]]:
    """The forward and backward sums of one value of each list, none above `total`."""
    forward: list[set[Decimal]] = [{Decimal(0)}]
    for vs in values:
        forward.append({s + v for s in forward[-1] for v in vs if s + v <= total})
    backward: list[set[Decimal]] = [{Decimal(0)}]
    for vs in reversed(values):
        backward.append({s + v for s in backward[-1] for v in vs if s + v <= total})
    backward.reverse()
    return forward, backward


def _fitting_grouped(options: list[list[Triple]], total: Decimal, groups: Groups) -> list[set[int]]:
    """_fitting with the categories' subtotals weighed (see there): each line
    in one block, a category's lines one, every other line one of its own."""
    blocks: list[tuple[list[int], Callable[[Decimal], bool] | None]] = [(list(m), admits) for m, admits in groups]
    grouped = {i for m, _ in groups for i in m}
    blocks += [([i], None) for i in range(len(options)) if i not in grouped]
    inner = [_sums([[t[2] for t in options[i]] for i in members], total) for members, _ in blocks]
    block_sums = [sorted(v for v in forward[-1] if admits is None or admits(v))
                  for (_, admits), (forward, _) in zip(blocks, inner)]
    outer_forward, outer_backward = _sums(block_sums, total)
    used: list[set[int]] = [set() for _ in options]
    for b, ((members, _), (forward, backward)) in enumerate(zip(blocks, inner)):
        ok = {g for g in block_sums[b] if any((total - s - g) in outer_backward[b + 1] for s in outer_forward[b])}
        for p, i in enumerate(members):
            used[i] = {k for k, t in enumerate(options[i])
                       if any((g - a - t[2]) in backward[p + 1] for a in forward[p] for g in ok)}
    return used


def _other_sums(lines: list[dict[str, Reading]], options: list[list[Triple]], chosen: list[Triple | None],
                rule: list[str], total: Decimal, groups: Groups | None = None) -> dict[int, list[Triple]]:
    """When the sum changed a line: the lines that add up to the total in
    more than one way once every line whose printed figures multiply out is
    read every way its characters allow too (the line read as printed may be
    the misread one: "๕,๕๐๐" for 8,500 while the line the sum chose took
    its 3,000 elsewhere).  Each such line and the readings that fit it."""
    if "sum" not in rule:
        return {}
    wide = [_triples(rec, every=True) if len(opts) == 1 and opts[0][0] is not None else opts
            for rec, opts in zip(lines, options)]
    if sum(len(o) for o in wide) > MAX_OPTIONS:
        return {}
    used = _fitting(wide, total, groups)
    return {i: [wide[i][k] for k in sorted(keep)] for i, keep in enumerate(used)
            if len({wide[i][k] for k in keep}) > 1 and (chosen[i] is not None or rule[i] == "sum")}


def _one_amount(fits: list[Triple], line: dict[str, Reading]) -> bool:
    """Whether a line's readings that reach the total (`fits`) all give one
    amount, the total settling it: readings only the total may choose
    (_Unread) only where that amount is a reading of the line's amount as
    printed (a digit of its leading group read as two characters:
    "@๑๒,๐๐๐" is 12,000 as 2 x 6,000 and as 6 x 2,000), not the product alone."""
    return len({t[2] for t in fits}) == 1 and (not any(isinstance(t, _Unread) for t in fits)
                                               or fits[0][2] in _values(line.get("amount"), pairs=True))


def _wide_fit(lines: list[dict[str, Reading]], options: list[list[Triple]],
              total: Decimal, groups: Groups | None = None) -> list[Triple | list[Triple] | None] | None:
    """When the lines as the product reads them do not reach the total: every
    line read every way its characters allow, as `_other_sums` reads them
    (a line whose printed figures multiply out may be the misread one: "๕" x
    "๒๐,๐๐๐" = "๕๐,๐๐๐" is 4 x 20,000 = 80,000 as much as 5 x 20,000); for
    each line, the one reading every choice adding up to the total gives it;
    where they give it several, all of one amount, those readings (a list: the
    amount is settled, its quantity and unit amount are not, `_amount_only`;
    readings only the total may choose, `_Unread`, when that amount is a
    reading of the amount as printed); None where they give it several
    amounts.  None when no choice adds up, or when
    two lines or more are free (their readings give several amounts and no
    product checks them: an amount read alone, the product of figures whose
    amount was not read, or a quantity of 1, whose unit amount and amount
    are one figure printed twice): one total settles
    one unknown, and a fit of two such lines is a coincidence as often as not
    (1 x "๑๒,๕๐๐" and 1 x "๑,๐๐๐" reach 18,500 as 16,900 + 1,600, for
    12,500 + 6,000 with a ๖ read as ๑, a misread no table lists)."""
    wide = [_triples(rec, every=True, pairs=True) if opts and opts[0][0] is not None and not isinstance(opts[0], _Unread)
            else _unread_every_way(rec, opts) for rec, opts in zip(lines, options)]
    if not all(wide) or sum(len(o) for o in wide) > MAX_OPTIONS:
        return None
    free = [k for k, opts in enumerate(wide) if len({t[2] for t in opts}) > 1
            and all(t[0] is None or t[0] == 1 or isinstance(t, _Unread) for t in opts)]
    if len(free) >= 2:
        return None
    loose = any(all(t[0] is None or isinstance(t, _Unread) for t in wide[k]) for k in free)
    if loose:
        # a line no reading of whose figures multiplies out (its amount read alone) takes whatever the others leave
        # it: the total settles it, and does not overturn beside it a line whose printed figures multiply out (that
        # line read otherwise is a second unknown of the one equation: "ต๒,๐๐๐" alone, "๓ x ๑๐,๐๐๐ = ๓๐,๐๐๐" and
        # "๕ x ๕,๕๐๐ = ๓๕,๐๐๐" reach 136,000 as 6,400 + 9 x 10,000 + 4 x 9,900, for 72,000 + 30,000 + 4 x 8,500):
        # such a line is read as printed.  (A quantity of 1 whose figures multiply out as printed, its figure
        # printed twice, is no such line: weighed as before)
        wide = [opts if len(opts) == 1 and opts[0][0] is not None and not isinstance(opts[0], _Unread)
                and not _changed(rec, opts[0]) else w for rec, opts, w in zip(lines, options, wide)]
        # (nor does it settle beside it a line whose figures multiply out in several ways of several amounts: below)
    picks: list[Triple | list[Triple] | None] = []
    for rec, opts, keep in zip(lines, wide, _fitting(wide, total, groups)):
        fits = list(dict.fromkeys(opts[k] for k in sorted(keep)))
        if not fits:
            return None
        picks.append(fits[0] if len(fits) == 1 else fits if _one_amount(fits, rec) else None)
    if loose and any(pick is not None and k not in free and len({t[2] for t in wide[k]}) > 1
                     for k, pick in enumerate(picks)):
        # a line of several amounts, which its own product does not settle, that the total would settle beside a
        # free line: the free line is one unknown of the one equation and that line another, and the free line's
        # readings may lack its true amount ("๑ x ๑๕,๐๐๐ = ๑๕6.,๐๐๐", the product 15,000 of its figures as read,
        # and "๓ x ๕,๐๐๐ = ๒๕,๐๐๐" reach 92,000 as 15,000 + 3 x 9,000, for 18,000 + 3 x 8,000, each ๕ a misread
        # ๘): none is chosen, each line's own readings are said.  (The free line alone settled, every other line
        # left open, is the total's: whichever reading each takes, it leaves the free line one amount)
        return None
    return picks


def _unread_every_way(rec: dict[str, Reading], opts: list[Triple]) -> list[Triple]:
    """A line read only as the product of its figures as printed (_Unread), its amount printed as no number or lost,
    read every way its quantity and unit amount allow: each product of their readings, the printed one first (all
    _Unread: no printed amount checks them, only the total may choose one).  That product rests on two figures OCR
    may have misread as much as any ("๕๓ x ๑๒๐ = ๓,ฒ่๒๐" is 83 x 120 = 9,960, a ๘ read ๕, not 6,360), so the line is a
    free unknown of the one equation (`_wide_fit`: beside it a line whose printed figures multiply out is read as
    printed, and it takes what the others leave it where one reading of its figures gives that).  Any other line's
    readings as they are."""
    amount = rec.get("amount")
    if not opts or not all(isinstance(t, _Unread) for t in opts) or amount is not None and amount.value is not None:
        return opts
    thai = _thai_line(rec)
    qs = _quantities(_values(rec.get("quantity"), thai_line=thai))
    es = _unit_amounts(_values(rec.get("unit_amount"), pairs=True, thai_line=thai))
    if not qs or not es or len(qs) * len(es) > MAX_OPTIONS:
        return opts
    found = list(opts)
    for q in qs:
        for e in es:
            if (t := _Unread((q, e, (q * e).quantize(CENT)))) not in found:
                found.append(t)
    return found


def _rival_products(lines: list[dict[str, Reading]], chosen: list[Triple | None], rule: list[str],
                    total: Decimal) -> dict[int, list[Triple]]:
    """When every line has a reading and they do not add up to the total: a
    line the product alone changed, whose quantity and unit amount have
    another reading multiplying out to what the total leaves it (the total
    less the other lines), is read two ways, each fitting one equation
    ("๓" x "๕,000" with "ป]๓๕,000" read 7 x 5,000 = 35,000 by the amount
    printed, 3 x 8,000 = 24,000 by the total: the unit amount and the
    amount both misread).  Each such line and its two readings."""
    if any(c is None for c in chosen) or money_equal(sum(c[2] for c in chosen), total):
        return {}
    out: dict[int, list[Triple]] = {}
    for i, (rec, pick) in enumerate(zip(lines, chosen)):
        if rule[i] != "product" or pick[0] is None or not _changed(rec, pick):
            continue
        rest = (total - sum(c[2] for k, c in enumerate(chosen) if k != i)).quantize(CENT)
        if rest <= 0:
            continue
        qs, es = _quantities(_values(rec.get("quantity"))), _unit_amounts(_values(rec.get("unit_amount")))
        rivals = [(q, e, rest) for q in qs for e in es if money_equal(q * e, rest)]
        if rivals:
            out[i] = [pick] + rivals
    return out


def _subtotal_rivals(lines: list[dict[str, Reading]], chosen: list[Triple | None], rule: list[str],
                     groups: Groups | None) -> dict[int, list[Triple]]:
    """A line the product alone changed in two figures, the amount one of
    them, in a category whose subtotal as printed, less its other lines as
    read, leaves the product of the line's quantity and unit amount as
    printed: the subtotal backs the figure the product changed, so the line
    is read two ways, neither chosen ("๑ x ๒๐,๐๐๐ = 90,000" multiplies out as
    1 x 60,000 by the amount's 9 for ๖ and the unit amount's ๒ for ๖, where
    the subtotal ๒๕,๕๐๐ less the other line's ๕,๕๐๐ leaves 1 x 20,000: fresh
    set s148p, bma_proposal_s148p001).  Each such line and its two readings."""
    out: dict[int, list[Triple]] = {}
    for members, _ in groups or []:
        printed = lines[members[0]]["subtotal"].value[0]
        subtotal = amount_or_none(_figure(printed))
        if subtotal is None:
            continue
        for i in members:
            pick, rec = chosen[i], lines[i]
            if rule[i] != "product" or pick is None or pick[0] is None or _changed(rec, pick) < 2 \
                    or not _differs(rec, "amount", pick[2]) or any(chosen[k] is None for k in members if k != i):
                continue
            rest = (subtotal - sum(chosen[k][2] for k in members if k != i)).quantize(CENT)
            qty, each = (rec[n].value if n in rec else None for n in ("quantity", "unit_amount"))
            if rest > 0 and qty is not None and each is not None and money_equal(qty * each, rest) \
                    and not money_equal(pick[2], rest):
                out[i] = [pick, (qty, each, rest)]
    return out


def _stray_digit_rival(rec: dict[str, Reading], pick: Triple) -> Triple | None:
    """For a product reading that changes two of a line's figures, the
    amount one of them: a reading that keeps the amount as printed, its
    quantity and unit amount read with the leading digit of one of them left
    out (a stray mark OCR read as a digit) and the other as any of its
    readings; None when there is none."""
    amount = rec["amount"].value if "amount" in rec else None
    if amount is None or pick[0] is None or _changed(rec, pick) != 2 or not _differs(rec, "amount", pick[2]):
        return None
    qs, es = _quantities(_values(rec.get("quantity"))), _unit_amounts(_values(rec.get("unit_amount")))
    cut_q, cut_e = _quantities(_cut_values(rec.get("quantity"))), _unit_amounts(_cut_values(rec.get("unit_amount")))
    for quantities, eaches in ((cut_q, es), (qs, cut_e)):
        for q in quantities:
            for e in eaches:
                if money_equal(q * e, amount):
                    return (q, e, amount)
    return None


def _cut_values(reading: Reading | None) -> list[Decimal]:
    """The readings of a figure with its leading digit left out (none when it has one digit before its decimals)."""
    if reading is None:
        return []
    figure = _figure(reading.text)
    digits = [k for k, ch in enumerate(figure) if ch.isdigit()]
    whole = figure.split(".")[0]
    if len(digits) < 2 or sum(ch.isdigit() for ch in whole) < 2:
        return []
    cut = figure[:digits[0]] + figure[digits[0] + 1:]
    return [v for v, _ in readings_of(cut.lstrip(",. "), parse_amount, baht=True)]


def _changed(rec: dict[str, Reading], triple: Triple) -> int:
    """How many of a line's printed figures a reading changes."""
    return sum(1 for n, v in zip(NAMES, triple) if _differs(rec, n, v))


def _kept_certain(rec: dict[str, Reading], triple: Triple) -> bool:
    """Whether a reading that changes two figures of a line keeps a figure
    that pins them: not one that mixes an Arabic digit among Thai ones
    ("7๐.๐๐๐": a form prints a figure in one script, so that digit is a Thai
    glyph the English model read, which may be any digit); and where one of
    the two changed reads as no number, printed as letters that may stand
    for any number of digits ("eed" for ๙๗; one letter, "ฒ" for ๗ or ๙, is
    one digit's look-alike), not one with other readings either: the
    product is then one equation in two figures the print does not fix
    ("eed x ๑๕๐ = ๑๕,๕๕๐" is 99 x 150 = 14,850 as well as 97 x 150 = 14,550)."""
    kept = [_figure(rec[n].text) for n, v in zip(NAMES, triple) if n in rec and not _differs(rec, n, v)]
    if any(_mixed(f) for f in kept):
        return False
    if any(_THAI_DIGIT_RE.search(_figure(rec[n].text)) for n in NAMES if n in rec) \
            and any(not _THAI_DIGIT_RE.search(f) and _ARABIC_DIGIT_RE.search(f) for f in kept):
        # a kept figure in Arabic digits in a line that prints Thai ones ("๕๐" x "60.00" = "ต๓,๒๐๑๐.๐๐" read 54 x 60
        # = 3,240 for 40 x 80 = 3,200): a Thai figure the English model read, whose digits may be any; the two
        # figures the product moves are then one equation in three unknowns
        return False
    loose = any(n in rec and rec[n].value is None and len(rec[n].text.strip()) > 1 for n in NAMES)
    if any(n in rec and rec[n].value is None and len(_LATIN_LETTERS_RE.findall(rec[n].text)) >= 2
           for n, v in zip(NAMES, triple) if _differs(rec, n, v)):
        # a changed figure printed as Latin letters ("Yo" for ๙๑): its readings are the look-alikes the table
        # lists, not every number it may be, so the one reading that multiplies out with the other changed
        # figure ("Yo" x 80 = "๓๒๕๐" read as 3 x 80 = 240, for 91 x 80 = 7,280) is one of many the print allows
        return False
    return not loose or all(certain(f) for f in kept)


FREE_DIGITS_MAX = 2  # Arabic digits of a mixed figure read as any digit (10 ** 2 variants at most)


def _free_readings(reading: Reading | None) -> set[Decimal]:
    """A figure's readings, and where it mixes scripts ("5 ๐๐๐.๐๐", "๑๕1"), the figure with each Arabic digit any
    digit, its Thai digits as printed: a form prints a figure in one script, so that digit is a Thai glyph the
    English model read, which may be any digit (confusions.ARABIC_FOR_THAI lists the commonest, not every one);
    one misread, as a Thai digit's reading is (the others stand as printed)."""
    found = set(_values(reading))
    if reading is None or not _mixed(figure := _figure(reading.text)):
        return found
    at = [k for k, ch in enumerate(figure) if "0" <= ch <= "9"]
    if len(at) > FREE_DIGITS_MAX:
        return found
    for digits in product("0123456789", repeat=len(at)):
        chars = list(figure)
        for k, d in zip(at, digits):
            chars[k] = d
        if (value := amount_or_none("".join(chars))) is not None:
            found.add(value)
    return found


def _script_sure(rec: dict[str, Reading], triple: Triple) -> bool:
    """Whether a product reading that changes a figure mixing scripts is the only one its figures allow once each
    of the line's figures is read every way its characters allow, the mixed ones' Arabic digits any digit
    (_free_readings): "๓" x "5 ๐๐๐.๐๐" = "๑๕,๐๐๐" is 3 x 5,000 = 15,000 by the amount as read, and 3 x 6,000 =
    18,000 with its ๕ an ๘ (so printed): not chosen; "๑๕1" x "๑๒๐" = "16,920" is 141 x 120 alone.  A product
    changing no such figure is weighed as before (_kept_certain)."""
    changed = [n for n, v in zip(NAMES, triple) if _differs(rec, n, v)]
    if not any(n in rec and _mixed(_figure(rec[n].text)) for n in changed):
        return True
    qs = _quantities(list(_free_readings(rec.get("quantity"))))
    es = _unit_amounts(list(_free_readings(rec.get("unit_amount"))))
    amounts = _free_readings(rec.get("amount"))
    if len(qs) * len(es) > MAX_OPTIONS * 10:
        return False
    fits = {(q, e) for q in qs for e in es if (q * e).quantize(CENT) in amounts}
    return len(fits) == 1


def _mixed(figure: str) -> bool:
    return any("0" <= ch <= "9" for ch in figure) and any("๐" <= ch <= "๙" for ch in figure)


def _differs(rec: dict[str, Reading], name: str, value: Decimal | None) -> bool:
    """Whether `value` is not the figure printed as `name`."""
    return value is not None and not (name in rec and rec[name].value is not None
                                      and money_equal(rec[name].value, value))


def _in_doubt(rec: dict, fits: list[tuple], rule: str, message: str) -> list[Issue]:
    """A repair_ambiguous issue for each figure of an expense line that its
    several readings `fits` (quantity, unit amount, amount) do not agree on
    (the amount when they all do), with the candidates as evidence."""
    span = next(iter(rec.values())).span
    evidence = json.dumps({"rule": rule, "candidates": [[str(v) for v in t] for t in fits[:10]]}, ensure_ascii=False)
    varying = [n for k, n in enumerate(NAMES) if len({t[k] for t in fits}) > 1] or ["amount"]
    return [Issue("warning", "repair_ambiguous", message, evidence, *span, field=f"expenses.{n}") for n in varying]


def _rare_product(rec: dict[str, Reading], pick: Triple, pairs: list[tuple[str, str]]) -> Triple | None:
    """Another reading of a line's figures that multiplies out under the
    misreads `pairs` added to the table and changes fewer of its figures
    than `pick` does, or as many and fewer of their digits (the fewest
    changed first); None where there is none.  (Fresh set s112o,
    bma_proposal_s112o001: "๑๑ x ๒๐๐.๐๐ = อ,๑๐๐.๐๐" for 11 x 600 = 6,600, ๖ read ๒ and, rare, ๑, was repaired
    to 11 x 560 = 6,160 by the table, four digits changed for two.)"""
    with added_misreads(pairs):
        wide = _triples(rec, every=True)
    cost = lambda t: (_changed(rec, t), _digits_changed(rec, t))  # noqa: E731
    rivals = sorted((t for t in wide if t[0] is not None and tuple(t) != tuple(pick) and cost(t) < cost(pick)),
                    key=cost)
    return rivals[0] if rivals else None


def _digits_changed(rec: dict[str, Reading], triple: Triple) -> int:
    """How many of the printed figures' characters a reading changes (an edit
    distance of the digits printed, a look-alike as itself, and the value's)."""
    total = 0
    for n, v in zip(NAMES, triple):
        if not _differs(rec, n, v):
            continue
        printed = _SEPARATORS_RE.sub("", thai_digits_to_arabic(_figure(rec[n].text))) if n in rec else ""
        value = f"{v:.2f}" if "." in printed or v != v.to_integral_value() else f"{v:.0f}"
        total += Levenshtein.distance(printed.replace(".", ""), value.replace(".", ""))
    return total


_SEPARATORS_RE = regex.compile(r"[,\s]|\.-$|-")  # a figure's separators and its closing ".-" (no digit of it)


def _not_multiplying(rec: dict[str, Reading]) -> bool:
    """A line whose quantity, unit amount and amount are all read, and do not multiply out."""
    values = [rec[n].value if n in rec else None for n in NAMES]
    return all(isinstance(v, Decimal) for v in values) and not money_equal(values[0] * values[1], values[2])


def _unproved(rec: dict[str, Reading], pick: Triple | None) -> bool:
    """Whether the sum's reading `pick` of a line rests on no product that
    checks its amount: an amount alone (no quantity in the reading) where
    the line's printed figures do not multiply out, or where its quantity
    or unit amount is printed and reads as no number; or the product of
    the figures as printed (_Unread) where the amount printed reads as no
    number.  (An amount printed as a number that is no reading of the
    product is not counted: extra2 z004 and extra4 t004 were settled right
    so, "๑๕, ๕๕๐" read 99 x 150 = 14,850 beside an amount alone.)"""
    if pick is None:
        return False
    if pick[0] is None:
        return _not_multiplying(rec) or any(n in rec and rec[n].value is None and str(rec[n].text or "").strip()
                                            for n in NAMES[:2])
    return isinstance(pick, _Unread) and "amount" in rec and rec["amount"].value is None


def repair_lines(lines: list[dict[str, Reading]], total: Decimal | None, what: str = "the budget line",
                 mixed: list[bool] | None = None, groups: Groups | None = None, unread: str = "") -> list[Issue]:
    """Repair the lines' figures (see module doc); the issues say what changed.
    A line whose copies disagree on what line it is (`mixed`) merges figures
    of different lines: none of its figures is chosen, and the sum chooses
    none while such a line stands among the lines."""
    if not enabled() or not lines:
        return []
    mixed = mixed or [False] * len(lines)
    options = [_triples(rec) for rec in lines]
    # a product alone that changes all three figures of a line proves little: the readings a damaged
    # figure may have are not all listed, so the one that multiplies out may be a coincidence
    # (nor does one that changes two of them keeping a figure whose scripts are mixed: "๒ x ๑๐.๐๐๐ = 7๐.๐๐๐"
    # for 2 x 10,000 = 20,000 multiplies out as 5 x 14,000 = 70,000 by the amount's 7, a misread ๒)
    chosen: list[Triple | None] = [opts[0] if len(opts) == 1 and opts[0][0] is not None
                                   and not isinstance(opts[0], _Unread) and _changed(rec, opts[0]) < len(NAMES)
                                   and (_changed(rec, opts[0]) < 2 or _kept_certain(rec, opts[0])) else None
                                   for rec, opts in zip(lines, options)]
    chosen = [None if m else c for c, m in zip(chosen, mixed)]
    # a product that changes a figure mixing scripts must be the one reading of the line's figures read every way
    unpinned = {i for i, (rec, c) in enumerate(zip(lines, chosen)) if c is not None and not _script_sure(rec, c)}
    for i in unpinned:
        chosen[i] = None
    # a product that moves two figures, the amount one of them, while the amount as printed is the product
    # of the others read with a stray leading digit left out ("๑๓๐๐.๐๐" for ๓๐๐.๐๐, a column's rule read
    # as ๑): the line is read two ways, and neither is chosen
    stray = {i: [c, rival] for i, (rec, c) in enumerate(zip(lines, chosen))
             if c is not None and (rival := _stray_digit_rival(rec, c)) is not None}
    rare_rivals: set[int] = set()  # lines a rare misread reads as another product (below): in stray, said apart
    for i in stray:
        chosen[i] = None
    rule = ["product"] * len(lines)
    open_lines = sum(1 for o in options if len(o) > 1 or o and o[0][0] is None)
    doubt: dict[int, list[Triple]] = {}
    amount_only: dict[int, list[Triple]] = {}  # lines the sum left several readings of, all of one amount
    # one sum settles few lines: with more left open, a wrong choice adds up by chance too often
    if total is not None and all(options) and not any(mixed) and open_lines <= MAX_OPEN \
            and sum(len(o) for o in options) <= MAX_OPTIONS:
        used = _fitting(options, total, groups)
        if all(used):  # some choice adds up: each line whose options it narrows to one takes it
            for i, keep in enumerate(used):
                if len(keep) == 1:
                    pick = options[i][keep.pop()]
                    if pick != chosen[i]:
                        rule[i] = "sum"
                    chosen[i] = pick
                elif len(options[i]) > 1:
                    chosen[i] = None
                    fits = [options[i][k] for k in sorted(keep)]
                    if _one_amount(fits, lines[i]):
                        amount_only[i], rule[i] = fits, "sum"
            doubt = _other_sums(lines, options, chosen, rule, total, groups)
            # two lines or more whose amounts no product proves (their figures as read do not multiply out, nor
            # does any reading of them: the sum took an amount alone for each): one total settles one unknown,
            # and a fit of two rests on amounts whose right reading may be none their characters list
            # ("๓.๐0๐" read as 7,000 against "¢,800" as 800, for 3,000 and ๔,๘๐๐): the lines it changes prove
            # nothing, and neither is chosen
            # (so are a line whose amount the sum took alone where its quantity or unit amount, printed, reads as
            # no number, and a line the sum gave the product of its figures as printed, its amount printed as no
            # reading of it: "๕ x ๑๕,๐๐๐ = ฒ" took 75,000 beside "๓ x อ ๐๐๐ = ๑๕,๐๐๐", for 4 x 18,000 = 72,000
            # and 18,000, each ๘ read ๕: _unproved)
            unproved = {j for j, c in enumerate(chosen) if _unproved(lines[j], c)}
            changed = [i for i, c in enumerate(chosen) if i not in doubt and rule[i] == "sum" and c is not None
                       and len(unproved) >= 2 and _differs(lines[i], "amount", c[2])]
            for i in changed + (sorted(unproved - set(doubt)) if changed else []):
                doubt[i] = [t for t in options[i] if t[2] is not None][:10]  # each said, none chosen
            for i in doubt:
                chosen[i], rule[i] = None, "sum"
            # a line of one amount whichever reading adds up keeps it when the lines read every way
            # their characters allow still give it that amount alone; else it is in doubt as before
            amount_only = {i: doubt.pop(i, fits) for i, fits in amount_only.items()
                           if len({t[2] for t in doubt.get(i, fits)}) == 1}
    # the lines as read (or repaired by their product) do not reach the total: each line that every choice of
    # every line's readings reaching it reads one way takes that reading (_wide_fit); the others stay as they are
    if total is not None and not any(mixed) and options and all(options) \
            and (None in chosen or not money_equal(sum(c[2] for c in chosen), total)) \
            and (wide := _wide_fit(lines, options, total, groups)) is not None:
        for i, pick in enumerate(wide):
            if isinstance(pick, list):
                # several readings of the line reach the total, all of one amount: the amount is settled, its
                # quantity and unit amount are not (a line neither read nor said otherwise only)
                if chosen[i] is None and i not in doubt and i not in stray and i not in amount_only:
                    amount_only[i], rule[i] = pick, "sum"
                continue
            if pick is not None and (chosen[i] is None or tuple(chosen[i]) != tuple(pick)):
                chosen[i], rule[i] = pick, "sum"
                for held in (doubt, amount_only, stray):
                    held.pop(i, None)
    rivals = _rival_products(lines, chosen, rule, total) if total is not None and not any(mixed) else {}
    backed = {i: fits for i, fits in _subtotal_rivals(lines, chosen, rule, groups).items()
              if i not in rivals and i not in stray and i not in doubt and not any(mixed)}
    rivals.update(backed)
    odds: dict[int, tuple[Triple, float]] = {}
    for i, (rec, pick) in enumerate(zip(lines, chosen)):
        if pick is None and not mixed[i] and i not in doubt and i not in amount_only and i not in stray \
                and i not in rivals and i not in unpinned and (found := odds_choice(rec, options[i])) is not None:
            odds[i] = found
    if odds and total is not None and all(c is not None or i in odds for i, c in enumerate(chosen)) \
            and not money_equal(sum((odds[i][0] if i in odds else c)[2] for i, c in enumerate(chosen)), total):
        odds = {}  # the likeliest readings do not add up to the total: none is taken
    if odds and _against_subtotal([odds[i][0] if i in odds else c for i, c in enumerate(chosen)], groups):
        odds = {}  # nor where a category's lines so read add up to no reading of its subtotal
    joint: set[int] = set()  # lines read by the odds of their choices together (_joint_odds)
    if not odds and doubt and total is not None and not any(mixed) \
            and (together := _joint_odds(lines, chosen, doubt, total, groups)) is not None:
        odds, joint = together, set(together)  # the total reached in several ways, one of them far likelier
        for i in joint:
            doubt.pop(i)
    for i, (pick, _) in odds.items():
        chosen[i], rule[i] = pick, "figure_odds"
    # a line its product alone settled (no total checked it) that the misreads the table leaves out as rare, of
    # the digits the document's OCR never writes in Thai (`unread`), read as another product changing fewer of
    # its figures: the two readings said, none chosen (fresh set s85o, bma_proposal_s85o002: "๕๑ x 120 = ๑๐,๓๒๐"
    # repaired to 91 x 120 = 10,920 by the table, where ๘๖ read ๕๑, a ๖ as ๑, gives the amount as printed)
    rare_pairs = rare_misread_pairs(unread)
    for i, (rec, pick) in enumerate(zip(lines, chosen)):
        if rare_pairs and pick is not None and rule[i] == "product" and i not in doubt and i not in stray \
                and (rival := _rare_product(rec, pick, rare_pairs)) is not None:
            chosen[i], stray[i] = None, [pick, rival]
            rare_rivals.add(i)
    issues: list[Issue] = []
    for i, (rec, pick) in enumerate(zip(lines, chosen)):
        name = rec["item"].value if "item" in rec else ""
        if i in doubt:  # the total is reached in more than one way: none is chosen, the line is said
            fits = doubt[i]
            issues += _in_doubt(rec, fits, "sum", f"{what} {name}: the lines add up to the total with {len(fits)} "
                                "readings of its figures, so none is chosen and the figures are kept as read")
            continue
        if i in amount_only:
            issues += _amount_only(rec, amount_only[i], what, name)
            continue
        if i in stray or i in rivals:  # the line read two ways (the product and another): neither is chosen
            if i in rare_rivals:
                how = ("by the table of OCR confusions", "changing fewer of them (or of their digits), with a misread "
                       "the table leaves out as rare of a digit this document's OCR never writes (๗ read as ๑ or ๐, ๖ "
                       "or ๙ as ๑)")
            elif i in stray:
                how = ("with two of them read otherwise", "the amount as printed, with a leading digit left out (a "
                       "mark OCR read as one)")
            elif i in backed:  # the product and the category's subtotal
                how = ("by the amount as read", "its quantity and unit amount as printed, by what its category's "
                       "subtotal as printed leaves it")
            else:  # the product and the total
                how = ("by the amount as read", "by what the total leaves it")
            fits = stray[i] if i in stray else rivals[i]
            issues += _in_doubt(rec, fits, "product", f"{what} {name}: its figures multiply out as "
                                f"{fits[0][0]:,.0f} x {fits[0][1]:,.2f} = {fits[0][2]:,.2f} {how[0]}, and as "
                                f"{fits[1][0]:,.0f} x {fits[1][1]:,.2f} = {fits[1][2]:,.2f}, {how[1]}, so none is "
                                "chosen and the figures are kept as read")
            continue
        if pick is None and len(options[i]) > 1 and not mixed[i] and i not in unpinned \
                and _one_product_amount(rec, options[i]):
            issues += _product_amount(rec, options[i], what, name)
            continue
        if pick is None:
            if len(options[i]) > 1 or options[i] and options[i][0][0] is not None and _changed(rec, options[i][0]):
                span = next(iter(rec.values())).span
                evidence = json.dumps({"rule": "product", "candidates": [[str(v) for v in t] for t in options[i][:10]]},
                                      ensure_ascii=False)
                varying = [n for k, n in enumerate(NAMES)
                           if len({t[k] for t in options[i]}) > 1 or _differs(rec, n, options[i][0][k])] or ["amount"]
                why = ("it changes a figure that mixes scripts, whose Arabic digit may be any digit, and read so, "
                       "with the other figures read every way their characters allow, more than one reading fits"
                       if i in unpinned else "one that changes every figure proves too little"
                       if len(options[i]) == 1 else "the total does not settle which: it is one equation, with "
                       "more than one line in doubt, or none was read")
                issues += [Issue("warning", "repair_ambiguous", f"{what} {name}: {len(options[i])} reading(s) of its "
                                 f"figures fit, none chosen ({why})",
                                 evidence, *span, field=f"expenses.{n}") for n in varying]
            continue
        for n, value in zip(NAMES, pick):
            old = rec.get(n)
            if value is None or old is not None and old.value is not None and money_equal(old.value, value):
                continue
            span = old.span if old is not None else next(iter(rec.values())).span
            printed = old.text if old is not None else ""
            gone = lost(rec, n)
            letters = n == "quantity" and latin_quantity(rec)
            rec[n] = Reading(value, printed, *span)
            why = ("is not quantity times unit amount" if rule[i] == "product"
                   else "does not add up with the other lines to the total" if rule[i] == "sum" else
                   f"is one of several readings with which the lines in doubt add up to the total; of those, OCR's "
                   f"measured misreads make the lines read so {odds[i][1]:,.0f} times likelier than the next to print "
                   "as they print (chosen in doubt)" if i in joint else
                   f"with the line's other figures as printed is not quantity times unit amount; of the "
                   f"{len(options[i])} readings of its characters that are, OCR's measured misreads make this one "
                   f"{odds[i][1]:,.0f} times likelier than the next to print as the line prints (chosen in doubt)")
            issues.append(Issue("warning", "value_repaired",
                                f"{what} {name}: {n.replace('_', ' ')} not read (OCR lost its cell); {value:,.2f} is "
                                "the one the line's other figures give (quantity x unit amount = amount), its amount "
                                "adding up with the other lines to the total" if gone else
                                f"{what} {name}: quantity printed {printed!r}, Latin letters (a Thai number OCR's English "
                                f"model read); {value:,.0f} is the one the line's other figures give (quantity x unit "
                                "amount = amount), its amount adding up with the other lines to the total" if letters else
                                f"{what} {name}: {n.replace('_', ' ')} printed {printed!r} {why}; {value:,.2f} is the "
                                "only reading of its characters that does" if rule[i] != "figure_odds" else
                                f"{what} {name}: {n.replace('_', ' ')} printed {printed!r} read {value:,.2f}: the figure "
                                f"{why}", json.dumps(
                                    {"rule": rule[i], "printed": printed, "chosen": f"{value:.2f}",
                                     **({"candidates": [[str(v) for v in t] for t in options[i][:10]]}
                                        if rule[i] == "figure_odds" else {})},
                                    ensure_ascii=False), *span, field=f"expenses.{n}"))
    return issues


MAX_JOINT = 2_000  # choices of the lines in doubt weighed together by their odds, at most


def _joint_odds(lines: list[dict[str, Reading]], chosen: list[Triple | None], doubt: dict[int, list[Triple]],
                total: Decimal, groups: Groups | None) -> dict[int, tuple[Triple, float]] | None:
    """Lines the total leaves in doubt (reached in several ways, every other line read): each choice of their
    readings that adds up to the total (and to a reading of each category's subtotal) weighed by how likely OCR's
    measured misreads print every figure of those lines as printed (odds_choice's figures_odds, all of the lines
    together); the choice ODDS_RATIO times likelier than every other, each of its lines with that ratio.  None
    where a line not in doubt is unread, a reading is not of three figures, a figure is not weighed (figures_odds
    None: a figure printed with any character but Thai digits, a reading of another count of digits), or no
    choice stands out so.  ("๑ x ๑๕,๐๐๐ = ๑๕,๐๐๐" and "๕ x ๒,๐๐๐ = ๒๕,๐๐๐" reach 42,000 as 18,000 + 4 x 6,000,
    15,000 + 5 x 5,400, 14,000 + 4 x 7,000 ...: ๘ read ๕, ๔ read ๕ and ๖ read ๒, the misreads of the digits the
    Thai model cannot write, make the first the one.)"""
    keys = sorted(doubt)
    if any(c is None for k, c in enumerate(chosen) if k not in doubt):
        return None
    fits = [doubt[k] for k in keys]
    if any(t[0] is None or isinstance(t, _Unread) for f in fits for t in f) \
            or any(n not in lines[k] or not lines[k][n].text for k in keys for n in NAMES):
        return None
    count = 1
    for f in fits:
        count *= len(f)
    if count > MAX_JOINT:
        return None
    rest = sum((c[2] for k, c in enumerate(chosen) if k not in doubt), Decimal(0))
    weighed: list[tuple[float, tuple]] = []
    for combo in product(*fits):
        if not money_equal(rest + sum(t[2] for t in combo), total):
            continue
        picks = list(chosen)
        for k, t in zip(keys, combo):
            picks[k] = t
        if _against_subtotal(picks, groups):
            continue
        odds = 1.0
        for k, t in zip(keys, combo):
            one = figures_odds((str(lines[k][n].text), value) for n, value in zip(NAMES, t))
            if one is None:
                return None
            odds *= one
        weighed.append((odds, combo))
    found = shared_odds_choice(weighed, ODDS_RATIO)
    if found is None:
        return None
    combo, ratio = found
    return {k: (t, ratio) for k, t in zip(keys, combo)}


def _against_subtotal(chosen: list[Triple | None], groups: Groups | None) -> bool:
    """Whether a category's lines, each read (`chosen`), add up to no reading of its subtotal."""
    return any(all(chosen[i] is not None for i in members)
               and not admits(sum((chosen[i][2] for i in members), Decimal(0))) for members, admits in groups or [])


def _one_product_amount(rec: dict[str, Reading], options: list[Triple]) -> bool:
    """Whether every reading of a line's figures that multiplies out gives
    one amount, itself a reading of the amount as printed (not the product
    of the other figures alone: _Unread)."""
    amounts = {t[2] for t in options}
    return len(amounts) == 1 and None not in amounts and options[0][0] is not None \
        and not any(isinstance(t, _Unread) for t in options) and options[0][2] in _values(rec.get("amount"))


def _product_amount(rec: dict[str, Reading], options: list[Triple], what: str, name: str) -> list[Issue]:
    """A line read several ways by its product alone, every way of one
    amount (_one_product_amount: "๓ x ๓๐๐ = ใต,ฒ๐๐" is 2,700 as 9 x 300 and
    as 3 x 900): the amount is repaired (rule product) where it was printed
    otherwise or unread, its quantity and unit amount, which the readings do
    not agree on, are kept as read and said (before, none of the three was
    chosen, and the amount stood unread: fresh set s121r,
    bma_proposal_s121r002)."""
    return _amount_taken(rec, options, what, name, "product", "is not quantity times unit amount; {} is the amount "
                         "of every reading of the line's figures that is", "multiply out")


def _amount_only(rec: dict[str, Reading], fits: list[Triple], what: str, name: str) -> list[Issue]:
    """A line whose readings that add up to the total all give one amount
    ("ฒ๒,๐๐๐" is 72,000 as 4 x 18,000 and as 5 x 14,400): the amount is
    repaired (rule sum, where it was printed otherwise or unread), its
    quantity and unit amount, which the readings do not agree on, are kept
    as read and flagged."""
    return _amount_taken(rec, fits, what, name, "sum", "does not add up with the other lines to the total; {} is the "
                         "only amount of the readings of its figures that do",
                         "add up with the other lines to the total")


def _amount_taken(rec: dict[str, Reading], fits: list[Triple], what: str, name: str, rule: str, why: str,
                  ways: str) -> list[Issue]:
    """The one amount of a line's readings `fits` taken (rule `rule`; `why`
    says why, the amount at its "{}"), where it was printed otherwise or
    unread; its quantity and unit amount, which the readings (each `ways`)
    do not agree on, kept as read and said."""
    span = next(iter(rec.values())).span
    amount = fits[0][2]
    issues: list[Issue] = []
    old = rec.get("amount")
    if old is None or old.value is None or _differs(rec, "amount", amount):
        printed = old.text if old is not None else ""
        rec["amount"] = Reading(amount, printed, *(old.span if old is not None else span))
        issues.append(Issue("warning", "value_repaired", f"{what} {name}: amount printed {printed!r} "
                            + why.format(f"{amount:,.2f}"), json.dumps({"rule": rule, "printed": printed,
                                                                        "chosen": f"{amount:.2f}"}, ensure_ascii=False),
                            *span, field="expenses.amount"))
    evidence = json.dumps({"rule": rule, "candidates": [[str(v) for v in t] for t in fits[:10]]}, ensure_ascii=False)
    varying = [n for k, n in enumerate(NAMES[:2]) if len({t[k] for t in fits}) > 1 or _differs(rec, n, fits[0][k])]
    issues += [Issue("warning", "repair_ambiguous", f"{what} {name}: {len(fits)} readings of its figures {ways}, all "
                     f"of amount {amount:,.2f}; its {n.replace('_', ' ')} is not settled and is kept as read",
                     evidence, *span, field=f"expenses.{n}") for n in varying]
    return issues


def plain(value: Any) -> Any:
    return f"{value:.2f}" if isinstance(value, Decimal) else value


# ---------------------------------------------------------------- a line's readings weighed by OCR's measured misreads

def odds_choice(rec: dict[str, Reading], options: list[Triple]) -> tuple[Triple, float] | None:
    """The one of a line's readings that multiply out (each of its three figures read) that OCR's measured
    misreads make ODDS_RATIO times likelier than any other to print as the line prints, with that ratio; None
    where a figure is printed with any character but Thai digits, a reading changes its count of digits, or no
    reading stands out so (normalizers.confusions.MEASURED_READS: ๘ read ๕ 3318 times in 3488, ๕ read ๒ 4 in
    9701; "๒ x ๑๕,๐๐๐ = ๓๒,๐๐๐" is 2 x 18,000 = 36,000, each misread one the model makes of a digit it cannot
    write, rather than 5 x 15,000 = 75,000, a ๕ read ๒ twice)."""
    if len(options) < 2 or any(t[0] is None or isinstance(t, _Unread) for t in options) \
            or any(n not in rec or not rec[n].text for n in NAMES):
        return None
    weighed: list[tuple[float, Triple]] = []
    for t in options:
        odds = figures_odds((str(rec[n].text), value) for n, value in zip(NAMES, t))
        if odds is None:
            return None
        weighed.append((odds, t))
    return shared_odds_choice(weighed, ODDS_RATIO)
