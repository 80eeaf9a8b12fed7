"""A project's budget rows after OCR: their amounts, and what their own
note says of them.

An amount whose thousands separator OCR misread ("11.200", "9 000") is read
with its separator mended, and the mending is recorded (read_amount).

"ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการ" says the money was
disbursed as planned, so the two amounts of the row are one amount printed
twice.  When OCR read the two printings differently, the amount is the one
reading both printings allow (parsers.repair: exactly one, or nothing is
chosen); when the two printings hold different numbers of digits, that one
reading must be one printing as read (_widths_differ).  Where no reading
fits both, one printing was misread past the confusion table: the amount
is the one reading that fits one printing under the table and the other
through one misread the table leaves out as rare (as_planned_rare: ๗ read
as ๑, a digit written as two), where exactly one does; else nothing is
chosen (as_planned_mismatch).  The one reading is the amount only where
no other fits both printings as likely, or nearly, every digit read every
way the table allows (_likely_rivals: the readings weighed stop at two
changed digits, and "๕๕,๓5๐ / 44.๓50" is 44,750 with ๗ read as ๓ in both),
and a reading through a rare misread only where no Arabic digit OCR writes
for a Thai one, if rarely, reads another (_arabic_doubt_values: "๑,๐๐๐ /
9,000"); else none is chosen (repair_ambiguous).  A row that says otherwise
("ไม่สามารถ...") keeps what is printed.

A report printed more than once prints each amount in every copy; where
the copies read it apart, the amount is the one reading every copy's
printing allows (repair_from_copies; rule copy_readings), before the rows
are weighed as above.

That note is the form's own wording, printed alike under every budget
heading: a note whose letters (marks, spaces and dots aside) are those of
"สามารถเบิกจ่ายงบประมาณได้ตามแผนการ" but for a letter or two OCR misread,
added or dropped ("...ไตด้ตาม แผนการ", "สามารถเปบิกจ่าย...") is that wording
(repair_as_planned_note; rule form_phrase), before the amounts are weighed.
"""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import (ARABIC_DOUBT_READS, BAHT_SIGN_READS, LOOKALIKES, RARE_LOOKALIKES, RARE_PAIRS,
                                    added_misreads, certain)
from normalizers.errors import ValueParseError
from normalizers.numbers import parse_baht
from normalizers.odds import printing_odds
from normalizers.text import mark_tolerant, skeleton
from parsers.repair import enabled, readings_of
from schemas.document import Issue, Reading

# A thousands separator OCR misread: a dot before three digits ("11.200", "44.962.00": baht have
# two decimals), or a space between groups of three ("9 000").
_DOT_GROUP_RE = regex.compile(
    r"(?<![\d๐-๙.,])([\d๐-๙]{1,3})\.([\d๐-๙]{3})(?=\.[\d๐-๙]{2}(?![\d๐-๙.,])|(?![\d๐-๙.,]))")
_SPACE_GROUP_RE = regex.compile(r"(?<![\d๐-๙.,])([\d๐-๙]{1,3})((?:\s[\d๐-๙]{3})+)(?![\d๐-๙])")
# a thousands separator OCR doubled or parted from its digits: a comma with a speck of a dot or a space beside
# it ("๕,.๕๕๐", "๓๑.,๕๐๐", "๒๕, ๕๕๐", "21 ,700"), between a digit and a group of exactly three: one comma. A
# decimal point never stands by a comma, nor a space inside a printed amount; parse_baht then asks the groups
# to be three digits each ("๓๑, ๕๓๑๑.๕๓" stays unread)
_DOUBLED_SEP_RE = regex.compile(r"(?<=[\d๐-๙])(?:,[.\s]|[.\s],)(?=[\d๐-๙]{3}(?![\d๐-๙]))")


# what OCR made of an OBEC amount's separator that read_amount mended (parsers.repair.separator_issue says it)
SEPARATOR_MISREAD = "a digit-group separator OCR misread (a baht amount has two decimals, its groups three digits)"


# an amount that opens with its digit-group separator (",600 บาท" for 3,600): OCR lost the digits before it
# (a letter or symbol before it is a digit OCR misread, "o,032": see _GLUED_LEAD_RE); so does one whose separator a
# speck of no letter or digit stands before, a space between ("| ,870 บาท" for 1,870: the first digit read as a bar,
# apart from the figure, which parse_decimal would read alone)
_HEADLESS_RE = regex.compile(r"^\s*(?:[^\s\p{L}\p{M}\p{N},.]{1,2}\s+)?,\s?[\d๐-๙]")


def one_separator(text: str) -> str:
    """`text` with each doubled separator read as the one comma it is (as
    read_amount reads it): the printing copies compare ("๓๕,.๒๐๐.๐๐" is
    "๓๕,๒๐๐.๐๐", which another copy's "35,600.00" explains as ๖ read ๒)."""
    return _DOUBLED_SEP_RE.sub(",", text)


_FIGURE_CHARS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙.,")

# a character OCR wrote where the amount's first digit stood, glued to the figure's front: one it writes for a
# Thai digit it cannot read (LOOKALIKES: "ฒ,300" for ๗,๓๐๐, "«๕,๕๕๐" for ๙,๔๕๐, "@ฒ๐,๐๐๐" for ๗๐,๐๐๐), or a
# symbol that is no letter ("%๑๐๐" for ๗,๑๐๐, "€3,750" for ๕๓,๗๕๐), one or two of them (a Thai letter with its
# mark), then the digits or their first separator. parse_decimal would read the digits after it alone, the amount
# without its first digit (3,000 for 73,000): a letter of the label's own words (Thai, none of them a look-alike)
# or a sign an amount may open with (฿, a bracket, a colon, an equals sign, markdown's stars) is no such character
_LEAD_CHAR = ("(?:[" + "".join(regex.escape(c) for c in LOOKALIKES) + r"]\p{M}?"
              r"|[^\s\p{L}\p{M}\p{N}.,฿(\[{:=*+\-\"'“”‘’])")
_GLUED_LEAD_RE = regex.compile(rf"^\s*((?:{_LEAD_CHAR}){{1,2}})(?=,?[\d๐-๙])")
# a digit group whose first digits OCR wrote as letters or signs no table reads as digits, right after its separator
# ("»,c¥00" for ๓,๕๐๐): parse_decimal read the digits after them alone ("00", as 0.00: silently wrong)
_GARBLED_GROUP_RE = regex.compile(
    r",\s?((?=[^\s\d๐-๙,.]*[^\s\d๐-๙,." + "".join(regex.escape(c) for c in LOOKALIKES) + r"])[^\s\d๐-๙,.]{1,3})"
    r"(?=[\d๐-๙])")


def glued_lead(text: str) -> str | None:
    """The characters OCR put where an amount's first digit stood, glued
    before its digits (see _GLUED_LEAD_RE), or None."""
    m = _GLUED_LEAD_RE.match(text)
    return m.group(1) if m else None


def mend_separators(text: str) -> str:
    """`text` with its digit-group separators OCR misread mended, as
    read_amount reads them (a doubled one, a dot or a space for a comma)."""
    mended = one_separator(text)
    if _DOT_GROUP_RE.search(mended):  # (the template read only where it is used; no match leaves the text as is)
        mended = _DOT_GROUP_RE.sub(r"\1,\2", mended)
    return _SPACE_GROUP_RE.sub(lambda m: m[1] + m[2].replace(" ", ","), mended)


def read_amount(text: str) -> tuple[Decimal, tuple[str, str] | None]:
    """A budget amount, and (printed, as read) when its separator was mended.
    An amount that opens with its digit-group separator lost its leading
    digits, and one that opens with a character OCR put where a digit stood
    (glued_lead) misread them: no reading of it is the amount
    (ValueParseError; a row disbursed as planned may read it from its other
    printing: repair_as_planned)."""
    if _HEADLESS_RE.match(text):
        raise ValueParseError("baht", text, "it opens with a digit-group separator: OCR lost the digits before it")
    lead = glued_lead(text)
    if lead is not None:
        raise ValueParseError("baht", text, f"it opens with {lead!r} glued to its digits, a character OCR put where "
                                            "a digit stood: its first digit was not read")
    if (group := _GARBLED_GROUP_RE.search(text)) is not None:
        raise ValueParseError("baht", text, f"a digit group after its separator opens with {group.group(1)!r}, "
                                            "characters OCR put where digits stood: its digits were not read")
    mended = mend_separators(text)
    value = parse_baht(mended)
    if mended == text:
        return value, None
    doubled = _DOUBLED_SEP_RE.search(text)
    if doubled is not None:  # the amount as printed: its figures either side of the doubled separator
        return value, (_whole_figure(text, doubled.start(), doubled.end()), str(value))
    found = next(m for m in (_DOT_GROUP_RE.search(text), _SPACE_GROUP_RE.search(text)) if m is not None)
    # (the whole figure as printed, its satang with it: "2 344.2๕" is in doubt by its ๕ as much as by its groups, and
    # its issue says whether every digit of it is sure: fresh set s85o, obec_progress_s85o004, said repaired as
    # 2,344.25 for 2,344.24)
    return value, (_whole_figure(text, found.start(), found.end()), str(value))


def _whole_figure(text: str, start: int, end: int) -> str:
    """The figure of `text` around text[start:end] (its digits, points and
    commas either side), separators at its ends left off."""
    while start > 0 and text[start - 1] in _FIGURE_CHARS:
        start -= 1
    while end < len(text) and text[end] in _FIGURE_CHARS:
        end += 1
    return text[start:end].strip(".,")


# the form's note of a row disbursed as planned, its letters (skeleton), and how many of them OCR may have misread,
# added or dropped in a printing still read as it (the wording that says otherwise opens with "ไม่", and goes on
# with its reason: "ไม่สามารถเบิกจ่าย...ตามแผนการ เนื่องจาก...")
AS_PLANNED_NOTE = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"
_AS_PLANNED_SKELETON = skeleton(AS_PLANNED_NOTE)
_NOT_AS_PLANNED_SKELETON = skeleton("ไม่" + AS_PLANNED_NOTE)  # (its reason after it, or none)
NOTE_SLIPS = 2


def repair_as_planned_note(budgets: dict) -> list[Issue]:
    """A budget row's note that is the form's "disbursed as planned" wording
    but for a letter or two OCR misread (see module doc): that wording,
    said (value_repaired, rule form_phrase)."""
    issues: list[Issue] = []
    if not enabled():
        return issues
    for rec in budgets.values():
        note = rec.get("note")
        if note is None or not isinstance(note.value, str) or note.value == AS_PLANNED_NOTE:
            continue
        letters = skeleton(note.value)
        slips = Levenshtein.distance(letters, _AS_PLANNED_SKELETON, score_cutoff=NOTE_SLIPS + 1)
        # (nearer the wording that says otherwise, or as near: "ไมสามารถ...", "มสามารถ..." with its "ไม่" damaged)
        if slips > NOTE_SLIPS or Levenshtein.distance(letters, _NOT_AS_PLANNED_SKELETON) <= slips:
            continue
        rec["note"] = Reading(AS_PLANNED_NOTE, note.text, note.line_start, note.line_end)
        issues.append(Issue("warning", "value_repaired",
                            f"quarterly_budgets.note: printed {note.value!r} is the form's note of a row disbursed as "
                            f"planned, {AS_PLANNED_NOTE!r}, {slips} of its letters misread by OCR",
                            json.dumps({"rule": "form_phrase", "printed": note.value, "chosen": AS_PLANNED_NOTE},
                                       ensure_ascii=False), note.line_start, note.line_end,
                            field="quarterly_budgets.note"))
    return issues


# the note says the budget was disbursed as planned (and not "ไม่สามารถ...")
_AS_PLANNED_RE = regex.compile(rf"^\s*{mark_tolerant('สามารถเบิกจ่าย')}")
# the note says it was not ("ไม่สามารถเบิกจ่าย...ตามแผนการ เนื่องจาก..."): less was disbursed than planned (every
# such row of the committed and fresh sets' truth, 406 of 406; quarter_joint weighs its amounts so)
_NOT_AS_PLANNED_RE = regex.compile(rf"^\s*{mark_tolerant('ไม่สามารถเบิกจ่าย')}")
# an amount as printed: digits (or their look-alikes), separators, single spaces between groups
_AMOUNT_RE = regex.compile(r"[\d๐-๙oO@mnbd](?:[\d๐-๙oO@mnbd,.]|\s(?=[\d๐-๙]{3}(?![\d๐-๙])))*")
# the same, with any character OCR writes for a digit (LOOKALIKES, a mark OCR put on a Thai one) among or after its
# digits: the figure as printed_amount gives it, never cut short at such a character
_PRINTED_FIGURE_RE = regex.compile(
    r"[\d๐-๙oO@mnbd](?:[\d๐-๙,." + "".join(regex.escape(c) for c in LOOKALIKES) + r"]\p{M}*"
    r"|\s(?=[\d๐-๙]{3}(?![\d๐-๙])))*")


def printed_amount(reading: Reading) -> str:
    """A budget amount's characters as printed, its label and unit left out:
    the figure whole, with every character OCR writes for a digit that
    _AMOUNT_RE does not take glued inside or after it ("bee" for ๖๕๔ is
    "bee", not "b"; "๓๑,ฒ๐๐.๐๐" is itself, not its "๐๐.๐๐"), so no reading
    of a piece of it stands for the amount (summary_joint.figure_values
    reads each such character as the digits it stands for, or the figure as
    none where it cannot)."""
    found = _PRINTED_FIGURE_RE.findall(reading.text)
    return max(found, key=len) if found else reading.text


def _amount(text: str) -> Decimal:
    return read_amount(text)[0]


# the in-flight table of the budget amounts OCR left unreadable, by the budget row's key: each its printing
# (a Reading of no value), which the row's other printing of the amount may read (repair_as_planned)
UNREAD_AMOUNTS = "budget_amounts_unread"


def repair_as_planned(budgets: dict, unread: dict | None = None, digits: str = "") -> list[Issue]:
    """Disbursed equals planned in a row whose note says so (see module doc);
    `unread`: the amounts OCR left unreadable (UNREAD_AMOUNTS), by row;
    `digits`: the Thai digits the document's OCR never writes
    (parsers.digits.unread_digits), for as_planned_rare."""
    issues: list[Issue] = []
    if not enabled():
        return issues
    for key, rec in budgets.items():
        planned, disbursed, note = rec.get("planned"), rec.get("disbursed"), rec.get("note")
        if note is None or not _AS_PLANNED_RE.match(str(note.value)):
            continue
        if (planned is None) != (disbursed is None):
            issues += _as_planned_unread(rec, (unread or {}).get(key, {}))
            continue
        if planned is None or disbursed is None:
            continue
        if planned.value == disbursed.value:
            continue
        p_text, d_text = printed_amount(planned), printed_amount(disbursed)
        both = {v for v, _ in readings_of(p_text, _amount, baht=True)} & \
               {v for v, _ in readings_of(d_text, _amount, baht=True)}
        span = (min(planned.line_start, disbursed.line_start), max(planned.line_end, disbursed.line_end))
        evidence = {"rule": "as_planned", "printed": f"{p_text} / {d_text}",
                    "read": f"{planned.value} / {disbursed.value}", "candidates": sorted(str(v) for v in both)[:10]}
        if len(both) == 1 and _whole_digits(p_text) != _whole_digits(d_text) and \
                not both & {planned.value, disbursed.value}:
            issues += _widths_differ(planned, disbursed, p_text, d_text, evidence)
            continue
        if not both:
            lost = _lead_lost(planned, disbursed, p_text, d_text)
            if lost is not None:
                both = {lost}
                evidence["lead_lost"] = True
                evidence["candidates"] = [str(lost)]
        if len(both) == 1 and "lead_lost" not in evidence:
            # (readings_of stops at two changed digits: other amounts may fit both printings as well or nearly)
            rivals = _likely_rivals(p_text, d_text, next(iter(both)), _table_readings(p_text, d_text, digits))
            if rivals:
                both = both | rivals
                evidence["candidates"] = sorted(str(v) for v in both)[:10]
                evidence["every_digit"] = True
        if not both:
            rare = as_planned_rare(p_text, d_text, digits)
            if len(rare) == 1:
                both = rare | _arabic_doubt_values(p_text, d_text, digits)  # (more than one: none is chosen)
                evidence["rare_misreads"] = True
                evidence["candidates"] = sorted(str(v) for v in both)[:10]
        if len(both) != 1:
            # (either printing may be the one misread: the doubt names both columns, each at the row's lines; before,
            # only planned was named, and a disbursed misread stood unnamed: fresh set s80b obec_progress_s80b001,
            # "๒7,000 / 20,000" as planned, 27,000 printed twice, disbursed read 20,000 with no issue of its own)
            message = (f"a budget row disbursed as planned reads planned {planned.value:,.2f} and disbursed "
                       f"{disbursed.value:,.2f}; " + (f"{len(both)} amounts fit both printings, none is chosen"
                                                      if both else "no amount fits both printings"))
            said = json.dumps(evidence, ensure_ascii=False)
            for column in ("planned", "disbursed"):
                issues.append(Issue("warning", "repair_ambiguous" if both else "as_planned_mismatch", message, said,
                                    *span, field=f"quarterly_budgets.{column}"))
            continue
        (value,) = both
        evidence["chosen"] = str(value)
        for column, reading, text in (("planned", planned, p_text), ("disbursed", disbursed, d_text)):
            if reading.value == value:
                continue
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
            through = ("" if "rare_misreads" not in evidence else " (no amount fits both under the confusion table; "
                       "this one fits one printing so and the other through one misread the table leaves out as rare)")
            if "lead_lost" in evidence:
                through = (" (no amount fits both printings: this one is printed in digits no OCR misreads, and the "
                           "other printing reads as its last digits, its leading digits lost)")
            issues.append(Issue("warning", "value_repaired",
                                f"{column}: printed {text!r} reads {reading.value:,.2f}; the row was disbursed as "
                                f"planned and {value:,.2f} is the only amount both printings can be read as{through}",
                                json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                                field=f"quarterly_budgets.{column}"))
    return issues


def _table_readings(p_text: str, d_text: str, digits: str) -> set[Decimal] | None:
    """Every amount both printings of a row disbursed as planned may be read
    as under the confusion table, each of their digits read every way the
    table and the document's OCR allow (summary_joint.figure_values), not
    two changed digits at most as readings_of stops at: "๕๕,๓5๐ / 44.๓50"
    (44,750 printed twice, ๗ read as ๓ in both) is 44,350 changing two of
    the first printing's digits, and 44,750 or 44,950 changing three.  The
    one amount readings_of finds is the amount only where no other is here.
    None where a printing has no figure's shape or too many readings."""
    from parsers.obec_progress.summary_joint import figure_values  # (it imports this module)
    planned, disbursed = figure_values(p_text, digits), figure_values(d_text, digits)
    if planned is None or disbursed is None:
        return None
    return {(Decimal(v) / 100).quantize(Decimal("0.01")) for v in planned & disbursed}


# An amount as likely, or nearly, as the one chosen: its printings so read at least one twentieth as often.  Measured
# (the OBEC OCR'd texts of the committed sets and of s67o-s76a, every row whose one reading within two changed digits
# had rivals among the readings of every digit): three rows; two right at 62 times likelier than the next ("4,75๐ /
# ๕,๓๕๐", "๑4,60๐ / ๑๕,๒๐๐": ๖ read as ๐ in both printings), one wrong at 4 ("๕๕,๓5๐ / 44.๓50").  Below the
# odds a choice on the odds alone asks (normalizers.odds.ODDS_RATIO, 1,000): here the choice is the table's reading
# within two changes, the odds only doubt it
DOUBT_ODDS = 0.05


def _likely_rivals(p_text: str, d_text: str, chosen: Decimal, others: set[Decimal] | None) -> set[Decimal]:
    """The amounts of `others` (_table_readings) the two printings of a row
    disbursed as planned are read as at least DOUBT_ODDS as likely as
    `chosen`, by how often OCR is measured to read each printed digit as
    the character read (_printing_odds): "๕๕,๓5๐ / 44.๓50" is 44,750 a
    quarter as likely as 44,350 (๗ is read as ๓ in one printing of two, in
    both printings here), in doubt; "4,75๐ / ๕,๓๕๐" is 4,756 under the table
    too (๖ read as ๐ in both), but ๖ is read as ๐ in one printing of eight,
    in both one of sixty: 4,750.  An amount whose odds cannot be told (the
    printing no figure of its digits) is in doubt."""
    out: set[Decimal] = set()
    base = _pair_odds(p_text, d_text, chosen)
    for value in (others or set()) - {chosen}:
        odds = _pair_odds(p_text, d_text, value)
        if base is None or odds is None or odds >= DOUBT_ODDS * base:
            out.add(value)
    return out


def _pair_odds(p_text: str, d_text: str, value: Decimal) -> float | None:
    p, d = _printing_odds(p_text, value), _printing_odds(d_text, value)
    return None if p is None or d is None else p * d


def _printing_odds(printed: str, value: Decimal) -> float | None:
    """How likely OCR prints `value` as the amount's printing `printed`
    (normalizers.odds.printing_odds, digit for digit, its separators aside);
    None where the printing holds a character no digit (a look-alike) or
    another count of digits."""
    whole, _, decimals = mend_separators(printed.strip().rstrip(".,")).partition(".")
    return printing_odds(whole.replace(",", "") + (decimals + "00")[:2], str(int(value * 100)))


def _arabic_doubt_values(p_text: str, d_text: str, digits: str) -> set[Decimal]:
    """The amounts a row disbursed as planned may be through one Arabic
    digit of a printing standing for a Thai digit OCR writes so, if rarely
    (ARABIC_DOUBT_READS: ๑ as a 9 in one printing of 130), the other
    printing read under the table: "๑,๐๐๐ / 9,000" is 1,000 so, as it is
    9,000 through ๙ read as ๑ (as_planned_rare).  A second amount so puts
    the rare one in doubt: none is chosen."""
    from parsers.obec_progress.summary_joint import figure_values  # (it imports this module)
    out: set[int] = set()
    for one, other in ((p_text, d_text), (d_text, p_text)):
        values = figure_values(other, digits)
        if not values:
            continue
        for i, ch in enumerate(one):
            for thai in ARABIC_DOUBT_READS.get(ch, "") if "0" <= ch <= "9" else "":
                out |= (figure_values(one[:i] + thai + one[i + 1:], digits) or set()) & values
    return {(Decimal(v) / 100).quantize(Decimal("0.01")) for v in out}


def _lead_lost(planned: Reading, disbursed: Reading, p_text: str, d_text: str) -> Decimal | None:
    """The amount of a row disbursed as planned whose two printings no
    reading fits both, where one printing is in digits no OCR misreads
    (confusions.certain: "9,350") and the other, of fewer whole digits,
    reads as its last digits and its decimals ("3๕0", "@00" for ๕๐๐ after a
    look-alike and a separator printed_amount leaves out: ">,@00"): OCR lost
    the shorter printing's leading digits, and the amount is the longer
    one as read.  The shorter printing's readings are those under the
    confusion table, or, where none of them ends the longer one, through the
    misreads it leaves out as rare (RARE_PAIRS: "@" for ๕), as
    parsers.repair weighs them.  A longer printing one digit longer whose
    first digit is one a ฿ is read as (BAHT_SIGN_READS) is no such
    printing: the sign may be what it adds.  None where no printing is so."""
    for long_reading, long_text, short_text in ((planned, p_text, d_text), (disbursed, d_text, p_text)):
        if long_reading.value is None or not certain(long_text):
            continue
        whole = str(int(long_reading.value))
        cents = long_reading.value - int(long_reading.value)

        def tails(values) -> bool:
            return any(v - int(v) == cents and 0 <= int(v) and len(str(int(v))) < len(whole)
                       and whole.endswith(str(int(v))) for v in values)

        if _whole_digits(short_text) >= _whole_digits(long_text):
            continue
        if long_text.lstrip()[:1] in BAHT_SIGN_READS and _whole_digits(long_text) - _whole_digits(short_text) == 1:
            continue  # (its first digit may be a ฿ OCR read as a digit, "85,300" for ฿5,300: the longer one in doubt)
        readings = {v for v, _ in readings_of(short_text, _amount, baht=True)}
        if not tails(readings):
            with added_misreads(RARE_PAIRS):
                readings = {v for v, _ in readings_of(short_text, _amount, baht=True)}
            if not tails(readings):
                continue
        return long_reading.value
    return None


def as_planned_rare(p_text: str, d_text: str, digits: str) -> set[Decimal]:
    """The amounts a row disbursed as planned may be where no reading under
    the confusion table fits both its printings: one printing read under
    the table (summary_joint.figure_values), the other through one misread
    the table leaves out as rare (summary_joint.rare_figure_values: ๗ read
    as ๑, one digit written as two: "๒๓๕,๐๐๐" for ๒๙,๐๐๐), either way
    round.  The two printings are of one amount, so one of them was misread
    past the table; a reading both reach only so is the amount where it is
    the only one (repair_as_planned; rule as_planned, misread rare), and
    what the joint weighing of the summary's quarter takes for the row
    (quarter_joint)."""
    from parsers.obec_progress.summary_joint import figure_values, rare_figure_values  # (it imports this module)
    planned, disbursed = figure_values(p_text, digits) or set(), figure_values(d_text, digits) or set()
    found = (planned & (rare_figure_values(d_text, digits) or set())) | \
            ((rare_figure_values(p_text, digits) or set()) & disbursed)
    return {(Decimal(v) / 100).quantize(Decimal("0.01")) for v in found}


def _widths_differ(planned: Reading, disbursed: Reading, p_text: str, d_text: str, evidence: dict) -> list[Issue]:
    """A row disbursed as planned whose two printings hold different numbers
    of whole digits ("๓๑๓,๑๐๐ / ๓๑,๑๐๐"), and whose one common reading is
    neither as read: one printing had a character added or dropped (a digit
    read as two, a speck, a ฿ read as a digit), and readings_of reaches
    such a printing only through its changed digits (and a leading ฿): the
    amount it stands for may lie beyond them, and a reading both reach only
    by changing characters is no sign it is the amount (7,700 printed twice
    was read "๓๑๓,๑๐๐ / ๓๑,๑๐๐", which both reach as 77,100).  Nothing is
    chosen; both amounts are flagged (repair_ambiguous)."""
    shown = (f"a budget row disbursed as planned reads planned {planned.value:,.2f} and disbursed "
             f"{disbursed.value:,.2f}, printed with different numbers of digits (OCR added or dropped one); "
             f"only {evidence['candidates'][0]} fits both, and neither printing reads it as printed: none is chosen")
    return [Issue("warning", "repair_ambiguous", shown, json.dumps(evidence, ensure_ascii=False), reading.line_start,
                  reading.line_end, field=f"quarterly_budgets.{column}")
            for column, reading in (("planned", planned), ("disbursed", disbursed))]


def _as_planned_unread(rec: dict, unread_amounts: dict) -> list[Issue]:
    """A row disbursed as planned whose one amount OCR left unreadable
    ("๓,@๐๐": a look-alike for a digit) and whose other was read: the amount
    is the one reading both printings allow (the unread one's look-alikes
    taken as the digits they stand for); exactly one, or it stays unread
    (its unparsed_value issue names it)."""
    column, other = ("planned", "disbursed") if rec.get("planned") is None else ("disbursed", "planned")
    unread, read = unread_amounts.get(column), rec[other]
    if unread is None:
        return []
    u_text, r_text = printed_amount(unread), printed_amount(read)
    read_as = {v for v, _ in readings_of(r_text, _amount, baht=True)}
    both = _unread_values(unread.text, u_text, {len(str(int(v))) for v in read_as}) & read_as
    if len(both) != 1:
        return []
    (value,) = both
    evidence = {"rule": "as_planned", "printed": f"{u_text} / {r_text}" if column == "planned" else
                f"{r_text} / {u_text}", "read": None, "chosen": str(value), "candidates": [str(value)]}
    rec[column] = Reading(value, unread.text, unread.line_start, unread.line_end)
    issues = [Issue("warning", "value_repaired", f"{column}: printed {u_text!r} is unreadable; the row was "
                    f"disbursed as planned and {value:,.2f} is the only amount both printings can be read as",
                    json.dumps(evidence, ensure_ascii=False), unread.line_start, unread.line_end,
                    field=f"quarterly_budgets.{column}")]
    if read.value != value:
        rec[other] = Reading(value, read.text, read.line_start, read.line_end)
        issues.append(Issue("warning", "value_repaired", f"{other}: printed {r_text!r} reads {read.value:,.2f}; the "
                            f"row was disbursed as planned and {value:,.2f} is the only amount both printings can "
                            "be read as", json.dumps({**evidence, "read": str(read.value)}, ensure_ascii=False),
                            read.line_start, read.line_end, field=f"quarterly_budgets.{other}"))
    return issues


# the figure after such characters: its first separator, if it opens with one, and its digits
_LED_FIGURE_RE = regex.compile(rf"[,.]?(?:{_AMOUNT_RE.pattern})")


def _unread_values(text: str, printed: str, widths: set[int] | None = None) -> set[Decimal]:
    """The amounts an unreadable printing may stand for: its figure's
    readings; for one that opens with characters OCR put where a digit stood
    (glued_lead: "ฒ,300", "«๕,๕๕๐", "@ฒ๐,๐๐๐"), the figure with them read
    as a digit one of them may stand for (LOOKALIKES; any digit for a
    symbol the table lacks), the rest specks, or as specks all, and with
    them and the digit after them read as one digit OCR read as two.
    `widths`: the numbers of whole digits the amount may have (the other
    printing's readings): a variant of other widths is not read."""
    lead = glued_lead(text)
    letter = _LETTER_IN_FIGURE_RE.search(text) if lead is None else None
    if letter is not None and letter.group("letter") not in LOOKALIKES:
        # a Thai letter no table lists glued between two digits ("3ผ๑" for ๓๙๙): a digit OCR misread past the
        # table, any of the ten; the figure is read with each (before, it was cut at the letter, "3", and a sum
        # took it for 3.00, a wrong repair: fresh set s120p, obec_progress_s120p004)
        figure, at = letter.group(0), letter.start("letter") - letter.start()
        variants = [figure[:at] + d + figure[at + 1:] for d in "0123456789"]
    elif lead is None:
        inner = _inner_lookalike_variants(text)
        if inner:  # (a look-alike inside the figure, "๑๒,ซ๕๐": read as the digits it stands for)
            return {v for variant in inner for v, _ in readings_of(variant, _amount, baht=True)}
        return {v for v, _ in readings_of(printed, _amount, baht=True)}
    else:
        found = _LED_FIGURE_RE.match(text.lstrip()[len(lead):])
        rest = found.group(0) if found else ""
        # each of the characters in turn the digit, the other a speck (as "@" in "@ฒ๐,๐๐๐" for ๗๐,๐๐๐), or none
        digits = "".join(dict.fromkeys(d for c in lead if not unicodedata.category(c).startswith("M")
                                       for d in LOOKALIKES.get(c, "123456789")))
        variants = [rest, *(d + rest for d in digits)]
        if rest[:1].isdigit():  # (Thai digits too)
            variants += [d + rest[1:] for d in digits]
    if widths is not None:  # (a cheap look first: the readings of a figure keep its count of whole digits)
        variants = [v for v in variants if _whole_digits(v) in widths or _whole_digits(v) - 1 in widths]
    return {v for variant in dict.fromkeys(variants) if variant for v, _ in readings_of(variant, _amount, baht=True)}


# a figure with a character OCR wrote for a digit inside it, between its digits, after its separator and before
# a digit, or before its separator ("๑๒,ซ๕๐" for ๑๖,๗๕๐: ซ for ๗; "๑ซ,ส๕๐๐" for ๑๗,๘๐๐): its digits and separators,
# the look-alikes (a mark on one dropped) among them (those a printed amount holds already, _AMOUNT_RE's "o" or "@",
# read by readings_of itself)
_LOOKALIKE_CLASS = "".join(regex.escape(c) for c in LOOKALIKES if not _AMOUNT_RE.fullmatch(c))
_INNER_LOOKALIKE_RE = regex.compile(rf"[\d๐-๙](?:[\d๐-๙,.]|[{_LOOKALIKE_CLASS}]\p{{M}}*(?=[,.]?(?:[{_LOOKALIKE_CLASS}]\p{{M}}*[,.]?)?[\d๐-๙]))+")
_LOOKALIKE_IN_RE = regex.compile(rf"[{_LOOKALIKE_CLASS}]\p{{M}}*")


# a figure holding one Thai consonant no look-alike table lists, glued between two of its digits ("3ผ๑")
_LETTER_IN_FIGURE_RE = regex.compile(r"(?<![\d๐-๙,.\u0e01-\u0e4e])[\d๐-๙][\d๐-๙,.]*(?P<letter>[\u0e01-\u0e2e])"
                                     r"[\d๐-๙][\d๐-๙,.]*(?![\d๐-๙\u0e01-\u0e4e])")


def _inner_lookalike_variants(text: str) -> list[str]:
    """The figures an amount with look-alikes inside it may be, each
    look-alike (LOOKALIKES; one or two of them) read as a digit it stands
    for: "๑๒,ซ๕๐" is "๑๒,7๕๐"; [] where no figure of `text` holds one.
    printed_amount stops at such a character ("๑๒,", which no reading of
    makes the amount: its digits after the separator cut off)."""
    figures = [m.group(0) for m in _INNER_LOOKALIKE_RE.finditer(text) if _LOOKALIKE_IN_RE.search(m.group(0))]
    if not figures:
        return []
    figure = max(figures, key=len)
    pieces = _LOOKALIKE_IN_RE.split(figure)
    found = _LOOKALIKE_IN_RE.findall(figure)
    if len(found) > 2:
        return []
    variants = [pieces[0]]
    for char, piece in zip(found, pieces[1:]):
        variants = [v + d + piece for v in variants for d in LOOKALIKES[char[0]]]
    return variants


# the characters OCR was measured to write for one Thai digit alone, under the table and its rare misreads both
# (LOOKALIKES, RARE_LOOKALIKES): "อ" for ๖, "ซ" and "ญ" for ๗ ("ฒ" stands for ๗ or ๙, "@" for four digits: not these)
ONE_DIGIT_LOOKALIKES = frozenset(c for c, digits in LOOKALIKES.items()
                                 if len(set(digits) | set(RARE_LOOKALIKES.get(c, ""))) == 1)


def repair_lookalike_amounts(budgets: dict, unread: dict | None) -> list[Issue]:
    """A budget amount OCR left unreadable for a character it writes for
    one Thai digit alone inside the figure, between its digits or before
    one ("๒อ,๒๕๐" for ๒๖,๒๕๐, "๑๐,ออ๕", "7๑,ซ๕0": ONE_DIGIT_LOOKALIKES, one
    or two of them), which no other rule read (the row not disbursed as
    planned, no sum of the summary's quarter settling it), is the figure
    with each such character read as its digit: the one reading the
    printing has, as the figure's other digits are read as printed.  Said
    as value_repaired (rule lookalike) where those digits have no other
    reading (confusions.certain), else as repair_ambiguous: the letter is
    read, but the digits beside it could be others, so the amount is not
    vouched for.  A figure with a look-alike that stands for several digits
    ("๑๑,ฒ๐๐": ๗ or ๙), or one opening the figure (glued_lead), stays
    unread.  `unread`: the amounts OCR left unreadable (UNREAD_AMOUNTS)."""
    issues: list[Issue] = []
    if not enabled():
        return issues
    for key, printings in (unread or {}).items():
        rec = budgets.get(key)
        if rec is None:
            continue
        for column in ("planned", "disbursed"):
            printing = printings.get(column)
            if printing is None or rec.get(column) is not None or glued_lead(printing.text) is not None:
                continue
            figures = [m.group(0) for m in _INNER_LOOKALIKE_RE.finditer(printing.text)
                       if _LOOKALIKE_IN_RE.search(m.group(0)) and not _figure_cut(printing.text, m)]
            if not figures:
                continue
            figure = max(figures, key=len)
            if any(found[0] not in ONE_DIGIT_LOOKALIKES for found in _LOOKALIKE_IN_RE.findall(figure)):
                continue
            variants = _inner_lookalike_variants(printing.text)
            if len(variants) != 1:
                continue
            try:
                value, _ = read_amount(variants[0])
            except ValueParseError:
                continue
            rec[column] = Reading(value, printing.text, printing.line_start, printing.line_end)
            evidence = {"rule": "lookalike", "printed": figure, "read": None, "chosen": str(value),
                        "candidates": [str(value)]}
            shown = (f"{column}: printed {figure!r} is unreadable: it holds a character OCR writes for one Thai "
                     f"digit alone; read as {value:,.2f}")
            if certain(variants[0]):
                issues.append(Issue("warning", "value_repaired", shown, json.dumps(evidence, ensure_ascii=False),
                                    printing.line_start, printing.line_end, field=f"quarterly_budgets.{column}"))
            else:
                issues.append(Issue("warning", "repair_ambiguous", shown + ", but its other digits could be others "
                                    "(Thai digits OCR confuses), so it is not vouched for",
                                    json.dumps(evidence, ensure_ascii=False), printing.line_start,
                                    printing.line_end, field=f"quarterly_budgets.{column}"))
    return issues


def _figure_cut(text: str, m: regex.Match) -> bool:
    """Whether the figure `m` found in `text` is cut short of its printing:
    it ends with a thousands comma, or another character of the token (a
    look-alike standing for several digits, a sign) goes on right after it
    ("๑อ๑,ฒ@๐๐" for ๑๖,๗๐๐: "๑อ๑," is no figure; before, it was read as
    161.00 and said repaired: fresh set s148p, obec_progress_s148p001)."""
    return m.group(0).endswith(",") or _GOES_ON_RE.match(text, m.end()) is not None


_GOES_ON_RE = regex.compile(r"(?!บาท)[^\s\-)]")  # a character of the token after a figure (no space, unit, dash)


def _whole_digits(figure: str) -> int:
    """How many digit-like characters stand before a figure's decimals."""
    whole = _DECIMALS_RE.sub("", figure)
    return sum(ch not in ",. " for ch in whole)


# a figure's decimals: a point and two digits at its end
_DECIMALS_RE = regex.compile(r"\.[\d๐-๙oO]{2}$")
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")


def repair_from_copies(budgets: dict, votes: dict, digits: str = "") -> list[Issue]:
    """A budget amount the report's printed copies read apart (`votes`: the
    vote of each field, Merged.votes; the vote kept one reading by no reason
    of what the digits may be): the amount is the one every copy's printing
    may stand for (summary_joint.figure_values, by the document's OCR
    profile `digits`), where exactly one is and the one kept is not it
    (value_repaired, rule copy_readings, the other copies' printings in
    evidence: "9,๓๕๕" and "๓,384" leave 9,384 alone).  A row disbursed
    as planned prints its one amount in both columns, so every printing of
    both columns weighs, and both are repaired.  Where no amount under the
    table fits every printing, one was misread past it: the amount is the
    one that fits all but one printing under the table and that one through
    one misread the table leaves out as rare (summary_joint.
    rare_figure_values), where exactly one does (evidence rare_misreads).
    Where several fit, none of them the kept one, the kept amount is
    flagged (repair_ambiguous, the candidates in evidence); where the kept
    one fits, or none does, the vote's ocr_variant issue says the doubt.
    A printing with no readings (unreadable, or too many) has no say; two
    printings at least must differ.  (What every printing allows is not
    handed on to the weighing of the summary's quarter, quarter_joint: there
    it narrowed one row of set s52o to a wrong sum, another row's printed
    Arabic digit misread.)"""
    from parsers.obec_progress.summary_joint import figure_values, rare_figure_values  # (it imports this module)
    issues: list[Issue] = []
    if not enabled():
        return issues
    for key, rec in budgets.items():
        note = rec.get("note")
        same = note is not None and bool(_AS_PLANNED_RE.match(str(note.value)))
        groups = [("planned", "disbursed")] if same else [("planned",), ("disbursed",)]
        for columns in groups:
            kept = [(c, rec.get(c)) for c in columns if rec.get(c) is not None and rec[c].value is not None]
            if not kept or not any(_copies_differ(votes.get(("quarterly_budgets", key, c))) for c, _ in kept):
                continue
            printings: dict[str, Reading] = {}  # (each distinct printing once: copies that read alike say it once)
            for c, _ in kept:
                vote = votes.get(("quarterly_budgets", key, c))
                for group in (vote.groups if vote is not None else []):
                    for _, reading in group.readings:
                        if reading.value is not None:
                            printings.setdefault(printed_amount(reading), reading)
            values = {text: figure_values(text, digits) for text in printings}
            values = {text: v for text, v in values.items() if v}
            if len(values) < 2:
                continue
            common = set.intersection(*values.values())
            rare = False
            if not common and not any(_THAI_DIGIT_RE.search(text) for text in values):
                # (printings in Arabic digits alone that disagree: OCR misread an Arabic digit of one, rarely, and
                # nothing tells which; the rare misreads' table is one way, so it would choose by its direction:
                # "1,512" and "1.612" chose 1,612 through an Arabic 5 for the ๖ a document's OCR never writes,
                # the truth 1,512; fresh set s108r)
                continue
            if not common:
                found: set[int] = set()
                for text in values:
                    others = [v for t, v in values.items() if t != text]
                    found |= (rare_figure_values(text, digits) or set()) & set.intersection(*others)
                common, rare = found, True
            if not common:
                continue
            chosen = {(Decimal(v) / 100).quantize(Decimal("0.01")) for v in common}
            if len(chosen) > 1:
                if rare or any(r.value in chosen for _, r in kept):
                    continue
                for c, reading in kept:
                    issues.append(_copies_issue("repair_ambiguous", c, reading, printings, sorted(chosen), None))
                continue
            (value,) = chosen
            for c, reading in kept:
                if reading.value == value:
                    continue
                rec[c] = Reading(value, reading.text, reading.line_start, reading.line_end)
                issues.append(_copies_issue("value_repaired", c, reading, printings, [value], value, rare, same))
    return issues


def _copies_differ(vote) -> bool:
    return vote is not None and vote.disagreement


def _copies_issue(code: str, column: str, reading: Reading, printings: dict[str, Reading], candidates: list,
                  value: Decimal | None, rare: bool = False, same: bool = False) -> Issue:
    """The issue of repair_from_copies about one amount."""
    text = printed_amount(reading)
    others = [t for t in printings if t != text]
    evidence = {"rule": "copy_readings", "printed": text, "read": str(reading.value),
                "copy_readings": others, "candidates": [str(v) for v in candidates[:10]]}
    where = "the report's copies" + (" (in both columns: the row was disbursed as planned)" if same else "")
    if value is None:
        message = (f"{column}: printed {text!r} reads {reading.value:,.2f}, which {where} do not all allow (they read "
                   f"{', '.join(repr(t) for t in others)}); {len(candidates)} amounts fit every printing, none is "
                   "chosen")
    else:
        evidence["chosen"] = str(value)
        if rare:
            evidence["rare_misreads"] = True
        message = (f"{column}: printed {text!r} reads {reading.value:,.2f}; {where} read it "
                   f"{', '.join(repr(t) for t in others)}, and {value:,.2f} is the only amount every printing can "
                   "be read as" + (" (none fits all under the confusion table; this one fits all but one so and "
                                   "that one through one misread the table leaves out as rare)" if rare else ""))
    return Issue("warning", code, message, json.dumps(evidence, ensure_ascii=False), reading.line_start,
                 reading.line_end, field=f"quarterly_budgets.{column}")
