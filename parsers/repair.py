"""Repairing OCR'd values from a document's own redundancy, and saying so.

A value is checked against a constraint the document gives it (a year
inside the fiscal year, a report date between its neighbours, parts that
add up to a total).  If the printed reading passes, it stands.  If not, the
readings its characters could have been (normalizers.confusions) are tried:

* exactly one candidate passes: it replaces the printed value, and a
  `value_repaired` issue records the rule, the printed text, the chosen
  value and the lines;
* several pass, or none: the printed value stands and a `repair_ambiguous`
  (several) or the form's own check (none) flags it.  A value is never
  guessed.

Every issue's evidence is JSON: {"rule", "printed", "chosen", "candidates"}.
Setting RAINGAN_REPAIR=0 turns repairs off (make eval measures both ways).
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from decimal import Decimal
from typing import Any

import regex

from normalizers.confusions import (ARABIC_DOUBT_READS, ARABIC_READS, RARE_PAIRS, YEARS_BE, added_misreads, candidates, certain,
                                    changes, date_candidates, misreads_added, YEAR_LETTERS)
from normalizers.errors import ValueParseError
from normalizers.numbers import ANY_DIGIT_RE, parse_baht, thai_digits_to_arabic
from normalizers.text import THAI_MARKS
from parsers.checks import money_equal
from parsers.digits import TO_THAI
from schemas.document import Issue, Reading


Record = dict[str, Reading]


def enabled() -> bool:
    return os.environ.get("RAINGAN_REPAIR", "1") != "0"


@dataclass(slots=True)
class Outcome:
    reading: Reading  # the reading that stands (the printed one, or the repair)
    issue: Issue | None = None

    @property
    def value(self) -> Any:
        return self.reading.value

    @property
    def repaired(self) -> bool:
        return self.issue is not None and self.issue.code == "value_repaired"


def readings_of(printed: str, parse: Callable[[str], Any], baht: bool = False) -> list[tuple[Any, int]]:
    """The distinct values `printed` could stand for, with how many
    characters each changes; the printed one first.  A figure whose group
    after a thousands comma holds four digits ("๒๐,๑๐๑๐", "๑๑,๐๒๕๐.๕๐"),
    which no number prints, had one printed digit read as two characters
    (a speck beside it, or a digit the OCR model cannot write split in
    two): its readings are also those of the figure with one of that
    group's characters left out (long_group_readings).  Memoised where
    `parse` is a function of a module (no closure: the same parsing
    whatever asks), keyed on the misreads in force too
    (normalizers.confusions.misreads_added): a document's figures are
    weighed again rule after rule (three askings in ten on the bench
    archive repeat one of the same document's)."""
    if "<locals>" not in getattr(parse, "__qualname__", "<locals>"):
        return list(_memo_readings(printed, parse, baht, misreads_added()))
    return _readings_of(printed, parse, baht)


@lru_cache(maxsize=8192)
def _memo_readings(printed: str, parse: Callable[[str], Any], baht: bool,
                   added: tuple[tuple[str, str], ...]) -> tuple[tuple[Any, int], ...]:
    return tuple(_readings_of(printed, parse, baht))  # (`added`: the key alone; candidates reads it in force)


def _readings_of(printed: str, parse: Callable[[str], Any], baht: bool) -> list[tuple[Any, int]]:
    out: list[tuple[Any, int]] = []
    seen: set[Any] = set()
    # the printing itself, then each figure with one character of a four-digit group left out (one change more)
    for source, cost in [(printed, 0), *((variant, 1) for variant in long_group_readings(printed))]:
        src = thai_digits_to_arabic(source)
        for text in candidates(source, baht=baht):
            try:
                value = parse(text)
            except (ValueParseError, ValueError, ArithmeticError, TypeError):
                continue
            if value not in seen:
                seen.add(value)
                out.append((value, cost + (changes(src, text) if len(text) == len(src) else 1)))
    return out


# One group of four digit-like characters after a thousands comma, at the figure's end or before its decimals
_LONG_GROUP_RE = regex.compile(r",([\d๐-๙oO@]{4})(?=\.[\d๐-๙oO]{2}(?![\d๐-๙])|(?![\d๐-๙oO@.,]))")


_GROUP_RE = regex.compile(r",([\d๐-๙oO@]+)")


def long_group_readings(printed: str) -> list[str]:
    """The figure with one character of its one four-character thousands
    group left out, each way (none unless that group is the last and every
    other group has its three digits)."""
    found = list(_LONG_GROUP_RE.finditer(printed))
    if len(found) != 1 or len(printed) > 40 or \
            sorted(len(g) for g in _GROUP_RE.findall(printed)) != [3] * (len(_GROUP_RE.findall(printed)) - 1) + [4]:
        return []
    a, b = found[0].span(1)
    out: list[str] = []
    for i in range(a, b):
        variant = printed[:i] + printed[i + 1:]
        if variant not in out:
            out.append(variant)
    return out


def repair(reading: Reading, parse: Callable[[str], Any], accept: Callable[[Any], bool], *, rule: str, field: str,
           what: str, project_key: str | None = None, printed: str | list[str] | None = None, baht: bool = False,
           shown: str | None = None) -> Outcome:
    """Check `reading` against `accept` and repair it when exactly one
    candidate passes (see module doc).  `printed` is the text the value was
    read from (default: the reading's text), or several forms of it (the
    digits as printed, then with a separator OCR may have lost), the
    printed form first.  A reading OCR left unreadable (value None) is
    repaired the same way; `accept` must say no to None."""
    if (reading.value is not None and accept(reading.value)) or not enabled():
        return Outcome(reading)
    texts = [printed] if isinstance(printed, str) else printed or [reading.text]
    # every reading counts the same: with a third of Thai digits misread, one
    # changed character is no likelier than two; but the misreads the table
    # leaves out (RARE_PAIRS) are weighed only where no reading under the table
    # fits, and settle the value only when exactly one of theirs does (a tie
    # among them is left as no fit was: to the form's checks and later rules)
    table = _other_readings(texts, parse, reading.value, baht)
    passing = [v for v in table if accept(v)]
    rare = False
    if not passing and rule not in RARE_SKIPPED:
        with added_misreads(RARE_PAIRS):
            wide = _other_readings(texts, parse, reading.value, baht)
        # (`accept` is asked outside the added misreads: its own readings of other values stay the table's)
        wide = [v for v in dict.fromkeys(v for v in wide if v not in table) if accept(v)]
        if len(wide) == 1:
            passing, rare = wide, True
    shown = (shown or texts[0]).strip()
    evidence = {"rule": rule, "printed": shown, "read": plain_value(reading.value),
                "candidates": [plain_value(v) for v in passing[:10]]}
    if rare:
        evidence["rare_misreads"] = True
    read = ("is unreadable" if reading.value is None
            else f"reads {plain_value(reading.value)}, which {rule_text(rule)}")
    if len(passing) == 1:
        chosen = passing[0]
        evidence["chosen"] = plain_value(chosen)
        issue = Issue("warning", "value_repaired",
                      f"{what}: printed {shown!r} {read}; "
                      f"{plain_value(chosen)} is the only reading of those characters that "
                      + ("fits" if reading.value is None else "does"),
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=project_key, field=field)
        return Outcome(Reading(chosen, reading.text, reading.line_start, reading.line_end), issue)
    if len(passing) > 1:
        issue = Issue("warning", "repair_ambiguous",
                      f"{what}: printed {shown!r} {read}; "
                      f"{len(passing)} readings of those characters would, so none is chosen",
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=project_key, field=field)
        return Outcome(reading, issue)
    return Outcome(reading)


# Rules a misread the table leaves out may not settle: a report number that breaks the sequence may be the
# next one's with a report between lost (๗ read as ๑ after report 5 is report 7 as often as 6: two fresh
# documents' reports renumbered wrong); a bound (progress that must not fall, an allocation no less than the
# spending) admits a range, and the one rare reading inside it proves little (a progress "wd" read as 25 for 26,
# its neighbours themselves misread); a date or year held to the fiscal year is read through a misread the table
# lacks only where the document never writes that digit (rule written_digits: parsers.bma_progress.repairs)
RARE_SKIPPED = frozenset({"report_sequence", "progress_order", "budget_order", "fiscal_year", "fiscal_year_window"})


def _other_readings(texts: list[str], parse: Callable[[str], Any], read: Any, baht: bool) -> list[Any]:
    """The readings of `texts` (under the misreads in force) other than
    `read`, each once, in the order the texts give them."""
    values: list[Any] = []
    for text in texts:
        values += [v for v, _ in readings_of(text, parse, baht) if v != read and v not in values]
    return values


YEAR_RANGE = YEARS_BE  # BE years a report of today's archives can be about
_YEAR_TOKEN_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙]{4,5}(?![\d๐-๙])")


def year_candidates(text: str) -> frozenset[int]:
    """BE years in YEAR_RANGE that a printed year could have been: its
    candidate readings, and for a five-digit reading (OCR read one digit as
    two) each reading with one digit dropped.  Frozen: the answer is
    memoised (a document asks it of the same printed year rule after rule,
    and of each copy), under the misreads in force (added_misreads), which
    the readings depend on."""
    return _year_candidates(text, misreads_added())


def year_candidates_unwritten(text: str, unwritten: str) -> frozenset[int]:
    """year_candidates where each digit the document's OCR never writes
    (`unwritten`, Arabic: parsers.digits) may have come out as any other
    digit (a ๗ in 2567 printed everywhere and read "๒๕๒๑")."""
    with added_misreads([(d, x) for d in unwritten for x in "0123456789" if x != d]):
        return year_candidates(text)


@lru_cache(maxsize=4096)
def _year_candidates(text: str, added: tuple[tuple[str, str], ...]) -> frozenset[int]:
    # (`added` is only the cache's key: candidates() reads the same misreads itself)
    src = text.strip()
    readings = [src] if len(src) == 4 else [src[:i] + src[i + 1:] for i in range(len(src))] if len(src) == 5 else []
    readings += [six for r in readings for six in six_readings(r)]
    out: set[int] = set()
    for reading in readings:
        for cand in candidates(reading):
            if cand.isdigit() and YEAR_RANGE[0] <= int(cand) <= YEAR_RANGE[1]:
                out.add(int(cand))
    return frozenset(out)


_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")
_MIXED_RE = regex.compile(r"[๐-๙].*[59]|[59].*[๐-๙]")


def six_readings(text: str) -> list[str]:
    """A year of Thai digits with an Arabic 5 or 9 among them ("๒593"), read
    with such digits ๖, one or several ("๒๕95" is ๒๕๖๖ too): OCR's way of
    writing a ๖ it cannot write (measured in dates: ๖ as Arabic 5 19 times,
    as 9 15 times); [] for a year all of one script (most)."""
    if not _MIXED_RE.search(text) or not _THAI_DIGIT_RE.search(text):
        return []
    places = [i for i, ch in enumerate(text) if ch in "59"]
    out = []
    for n in range(1, len(places) + 1):
        for chosen in itertools.combinations(places, n):
            out.append("".join("๖" if i in chosen else ch for i, ch in enumerate(text)))
    return out


def consensus_year(mentions: list[str]) -> int | None:
    """The fiscal year most of a document's year mentions can be read as:
    the year printed exactly most often, else the year the most mentions'
    candidate readings share; None unless it is one year, supported by at
    least two mentions and by more than half of them."""
    sets = [year_candidates(m) for m in mentions]
    sets = [s for s in sets if s]
    if not sets:
        return None
    exact = Counter(int(thai_digits_to_arabic(m).strip()) for m in mentions
                    if thai_digits_to_arabic(m).strip().isdigit()
                    and YEAR_RANGE[0] <= int(thai_digits_to_arabic(m).strip()) <= YEAR_RANGE[1])
    support = Counter(y for s in sets for y in s)
    ranked = support.most_common()
    best, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == n:
        tied = [y for y, c in ranked if c == n]
        by_exact = sorted(tied, key=lambda y: -exact[y])
        if exact[by_exact[0]] == exact[by_exact[1]] if len(by_exact) > 1 else False:
            return None
        best = by_exact[0]
    if n < 2 or 2 * n <= len(sets):
        return None
    return best


CE_RANGE = (YEAR_RANGE[0] - 543, YEAR_RANGE[1] - 543)


def be_year_candidates(text: str) -> set[int]:
    """BE years in YEAR_RANGE a printed year could have been, read as a BE
    year or, where it reads as a CE year (an ISO date: "๒๐๒๐-๓-๑๕"), as that
    CE year's BE."""
    out = set(year_candidates(text))
    src = text.strip()
    if len(src) == 4:
        for cand in candidates(src):
            if cand.isdigit() and CE_RANGE[0] <= int(cand) <= CE_RANGE[1]:
                out.add(int(cand) + 543)
    return out


def year_mentions(text: str) -> list[str]:
    """The year tokens of a text (four or five digits, Thai or Arabic), as printed."""
    return _YEAR_TOKEN_RE.findall(text)


def repair_sum(parts: list[tuple[Record, str, str]], total: tuple[Record, str, str] | None, key: str,
               what: str, confirm_lost: Callable[[int, Decimal], bool] | None = None,
               unwritten: str = "") -> list[Issue]:
    """Parts that must add up to a total: the total, or else one part, is
    repaired when exactly one reading of its characters makes the sum hold
    (a ฿ read as a leading digit is one such reading).  Each item is
    (record, column, issue field).  A part OCR left with no digit at all is
    what the total leaves; when that is more than nothing, `confirm_lost`
    (part index, amount) must agree (a second constraint: the amount was
    printed somewhere, and may belong to another part whose own amount
    stands in its place), else it is flagged, not filled.  `unwritten`: the
    digits the document's OCR never writes (parsers.digits.unread_digits):
    a part repaired to a total whose Arabic digits may be such Thai digits
    OCR wrote as them is in doubt where the part reads as the total so read
    too (_total_rivals)."""
    if total is None or not enabled():
        return []
    rec_t, col_t, field_t = total
    if col_t not in rec_t or not parts or any(col not in rec for rec, col, _ in parts):
        return []
    values = [rec[col].value for rec, col, _ in parts]
    unread = [i for i, v in enumerate(values) if v is None]
    if len(unread) > 1 or (unread and rec_t[col_t].value is None):
        return []
    if rec_t[col_t].value is None:  # an unreadable total: the sum of certain parts, if its characters allow
        if not all(_certain_figure(rec[col].text) for rec, col, _ in parts):
            return []
        got = sum(values, Decimal(0))
        outcome = repair(rec_t[col_t], parse_baht, lambda v: money_equal(v, got), rule="sum", field=field_t,
                         what=f"{what}: the total", project_key=key, baht=True)
        if outcome.repaired:
            rec_t[col_t] = outcome.reading
        return [outcome.issue] if outcome.issue is not None else []
    if unread:  # one unreadable part: the total less the others, if its characters allow
        i = unread[0]
        rest = [rec[col] for j, (rec, col, _) in enumerate(parts) if j != i]
        if not _certain_figure(rec_t[col_t].text) or not all(_certain_figure(r.text) for r in rest):
            return []
        need = rec_t[col_t].value - sum((r.value for r in rest), Decimal(0))
        rec, col, field = parts[i]
        if not ANY_DIGIT_RE.search(rec[col].text):  # nothing printed, or OCR lost all of it: the sum alone says
            if need < 0:
                return []
            if need and confirm_lost is not None and not confirm_lost(i, need):
                evidence = {"rule": "sum", "printed": rec[col].text.strip(), "read": None, "candidates": [f"{need:.2f}"]}
                return [Issue("warning", "repair_ambiguous",
                              f"{what}: a part OCR left without its amount would be {need:,.2f}, the total less the "
                              "others, but nothing else the document prints says so (its amount may stand in another "
                              "part's place), so none is chosen", json.dumps(evidence, ensure_ascii=False),
                              rec[col].line_start, rec[col].line_end, project_key=key, field=field)]
            evidence = {"rule": "sum", "printed": rec[col].text.strip(), "read": None, "chosen": f"{need:.2f}"}
            rec[col] = Reading(need, rec[col].text, rec[col].line_start, rec[col].line_end)
            return [Issue("warning", "value_repaired",
                          f"{what}: a part OCR left without its amount is {need:,.2f}, the total less the others",
                          json.dumps(evidence, ensure_ascii=False), rec[col].line_start, rec[col].line_end,
                          project_key=key, field=field)]
        outcome = repair(rec[col], parse_baht, lambda v: money_equal(v, need), rule="sum", field=field,
                         what=f"{what}: a part", project_key=key, baht=True)
        if outcome.repaired:
            rec[col] = outcome.reading
        return [outcome.issue] if outcome.issue is not None else []
    got = sum(values, Decimal(0))
    if money_equal(got, rec_t[col_t].value):
        return []
    sure = [_certain_figure(rec[col].text) for rec, col, _ in parts]
    # the total first (one value, printed once) when every part is certain, then a part when the rest are
    if all(sure):
        outcome = repair(rec_t[col_t], parse_baht, lambda v: money_equal(v, got), rule="sum", field=field_t,
                         what=f"{what}: the total", project_key=key, baht=True)
        if outcome.repaired:
            rec_t[col_t] = outcome.reading
            return [outcome.issue]
    if not _certain_figure(rec_t[col_t].text):
        return []
    found: list[tuple[int, Outcome]] = []
    for i, (rec, col, field) in enumerate(parts):
        if not all(sure[:i] + sure[i + 1:]):
            continue
        rest = got - rec[col].value
        out = repair(rec[col], parse_baht, lambda v, r=rest: money_equal(r + v, rec_t[col_t].value), rule="sum",
                     field=field, what=f"{what}: a part", project_key=key, baht=True)
        if out.repaired:
            found.append((i, out))
    if len(found) == 1:
        i, out = found[0]
        rec, col, field = parts[i]
        rivals = _total_rivals(rec_t[col_t].text, rec[col].text, got - rec[col].value, out.value, unwritten)
        if rivals:
            evidence = {"rule": "sum", "printed": rec[col].text.strip(), "read": str(rec[col].value),
                        "candidates": [f"{v:.2f}" for v in [out.value, *rivals]]}
            return [Issue("warning", "repair_ambiguous",
                          f"{what}: a part printed {rec[col].text.strip()!r} adds up with the others to the total "
                          f"{_digits(rec_t[col_t].text)!r} read as {out.value + got - rec[col].value:,.2f} once read "
                          f"{out.value:,.2f}, but the total's Arabic digits may be Thai digits this document's OCR "
                          f"never writes, and the part reads as the total so read too ({rivals[0]:,.2f}), so none "
                          "is chosen", json.dumps(evidence, ensure_ascii=False), rec[col].line_start,
                          rec[col].line_end, project_key=key, field=field)]
        rec[col] = out.reading
        return [out.issue]
    return []


def _arabic_read_texts(text: str, unread: str) -> list[str]:
    """`text` with one Arabic digit of it changed to the Thai digit OCR
    writes it for in one printing of a hundred or more (normalizers.
    confusions.ARABIC_READS: a ๖ as an Arabic 5 or 9, the share the repairs
    choose by, MISREAD_SHARE), where that Thai digit is one the document's
    OCR never writes (`unread`, Arabic): what the page may have printed."""
    out = []
    for i, ch in enumerate(text):
        if "0" <= ch <= "9":
            out += [text[:i] + d.translate(TO_THAI) + text[i + 1:] for d in ARABIC_READS.get(ch, "") if d in unread]
    return out


# An Arabic digit OCR writes for no Thai digit in one printing of three hundred or more (all but ARABIC_DOUBT_READS'
# 0, 5 and 9): one beside Thai digits was printed so
_PRINTED_ARABIC_RE = regex.compile("[" + "".join(d for d in "0123456789" if d not in ARABIC_DOUBT_READS) + "]")


def _total_rivals(total_text: str, part_text: str, rest: Decimal, chosen: Decimal, unread: str) -> list[Decimal]:
    """The other amounts a part the sum repaired to `chosen` (the total
    less the others, `rest`) may as well be: where the total is printed in
    Arabic digits while the part holds Thai ones (a form whose numbers mix
    the scripts), a total whose Arabic digit is a Thai digit the document's
    OCR never writes ("11,7๖๐" read "11,750": ๖ written as an Arabic 5)
    is another total, and the part is in doubt where a reading of its own
    characters, its Arabic digits read so too, makes that total ("๑๑,๓5๐"
    for 11,760: ๓ for ๗, 5 for ๖).  Only the Arabic reads as common as the
    misreads a repair chooses by count (_arabic_read_texts): an Arabic 0 for
    a ๗ or ๙ (one printing in three hundred) would put in doubt a line
    "๑8,๕00.๐๐" the sum repaired to 18,900.00, rightly (set s78b).  [] where
    the total holds a Thai digit or the part none, or nothing else fits."""
    total_digits, part_digits = _digits(total_text), _digits(part_text)
    if not unread or _THAI_DIGIT_RE.search(total_digits) or not _THAI_DIGIT_RE.search(part_digits):
        return []
    if _PRINTED_ARABIC_RE.search(part_digits):
        # the part prints an Arabic digit OCR writes for no Thai digit beside its Thai ones ("1๐,80๐.๓5"): a
        # figure printed mixing the scripts, whose Arabic 5 or 9 is printed so far more often than it is a ๖
        # (parsers.bma_progress.repairs.prints_scripts_mixed says so of a form; extra's x009: 10,800.75 right)
        return []
    totals = set()
    for alt in _arabic_read_texts(total_digits, unread):
        try:
            totals.add(parse_baht(thai_digits_to_arabic(alt)))
        except (ValueParseError, ValueError, ArithmeticError):
            continue
    needs = {t - rest for t in totals if t is not None} - {chosen}
    if not needs:
        return []
    reads = {v for text in [part_digits, *_arabic_read_texts(part_digits, unread)]
             for v, _ in readings_of(text, parse_baht, baht=True)}
    return sorted(v for v in needs if any(money_equal(v, r) for r in reads if r is not None))


def repair_product(rec: dict[str, Reading], key: str | None, what: str) -> list[Issue]:
    """quantity x unit amount = amount: the amount, or else the unit amount,
    is repaired when exactly one reading of its characters makes it hold
    (also when OCR left it unreadable: its value None, its text printed)."""
    if not enabled() or any(rec.get(c) is None for c in ("quantity", "unit_amount", "amount")):
        return []
    qty, each, amount = rec["quantity"].value, rec["unit_amount"].value, rec["amount"].value
    if qty is None or (each is None and amount is None):
        return []
    if each is not None and amount is not None and money_equal(qty * each, amount):
        return []
    sure = {c: rec[c].value is not None and _certain_figure(rec[c].text) for c in ("quantity", "unit_amount", "amount")}
    out = Outcome(rec["amount"])
    if sure["quantity"] and sure["unit_amount"]:
        out = repair(rec["amount"], parse_baht, lambda v: money_equal(qty * each, v), rule="product",
                     field="expenses.amount", what=what, project_key=key, baht=True)
    if not out.repaired and qty and sure["quantity"] and sure["amount"]:
        out = repair(rec["unit_amount"], parse_baht, lambda v: money_equal(qty * v, amount), rule="product",
                     field="expenses.unit_amount", what=what, project_key=key, baht=True)
        if out.repaired:
            rec["unit_amount"] = out.reading
            return [out.issue]
        return []
    rec["amount"] = out.reading
    return [out.issue] if out.issue is not None else []


_DIGITS_RE = regex.compile(r"[\d๐-๙oO@mnbd][\d๐-๙oO@mnbd,.]*")


def _digits(text: str) -> str:
    """The number in a reading's text (its clause words left out): of a
    clause with "=", the number after it ("งบประมาณที่เบิกใช้ (ครั้งที่ 1) = Bo"
    is "o", not the report number 1 before it)."""
    if "=" in text and _DIGITS_RE.search(text.rpartition("=")[2]):
        text = text.rpartition("=")[2]
    found = _DIGITS_RE.findall(text)
    return max(found, key=len) if found else text


# An amount no one prints: a zero before more digits of its whole part ("0,000.00", "0๕๐"): OCR made
# the first digit (or the ฿ before it) a zero, whatever script it wrote the digits in.
_LEADING_ZERO_RE = regex.compile(r"^[0๐oO][\d๐-๙oO]*,|^[0๐oO][\d๐-๙oO]")


def _certain_figure(text: str) -> bool:
    """Whether the number in a reading's text has no other reading
    (normalizers.confusions.certain) and is printed as a number is (no
    zero leading more digits): a figure a sum may rest on."""
    digits = _digits(text)
    return certain(digits) and _LEADING_ZERO_RE.match(digits) is None


def separator_issue(what: str, printed: str, value: Decimal, line_start: int | None, line_end: int | None,
                    field: str, why: str, project_key: str | None = None) -> Issue:
    """The issue of an amount whose digit-group separator OCR misread, which
    a form's reader read as the one comma it is (`why` says what OCR made of
    it): value_repaired (rule separator) where the printed digits have no
    other reading (confusions.certain), else repair_ambiguous, the value
    kept as read (Thai digits OCR confuses: "๕,.๐๐๐" may be 4,000).  The
    BMA progress header's amounts (parsers.bma_progress.repairs.
    repair_separators) and the OBEC budget rows' and summary's
    (parsers.obec_progress.budgets.read_amount) say it so."""
    message = f"{what}: printed {printed!r}, {why}: read as {value:,.2f}"
    if certain(printed):
        evidence = {"rule": "separator", "printed": printed, "read": None, "chosen": f"{value:.2f}"}
        return Issue("warning", "value_repaired", message, json.dumps(evidence, ensure_ascii=False), line_start,
                     line_end, project_key=project_key, field=field)
    evidence = {"rule": "separator", "printed": printed, "read": f"{value:.2f}", "kept": f"{value:.2f}",
                "candidates": [f"{value:.2f}"]}
    return Issue("warning", "repair_ambiguous", message + "; its Thai digits may be misread too, so none of their "
                 "readings is chosen: kept as read", json.dumps(evidence, ensure_ascii=False), line_start, line_end,
                 project_key=project_key, field=field)


def sure(reading: Reading) -> bool:
    """Whether a reading has a value whose printed number has no other
    reading (normalizers.confusions.certain)."""
    return reading.value is not None and _certain_figure(reading.text)


# The constraints, by strength, as the issues name them.
RULES = {
    "fiscal_year": "does not fit the document's fiscal year",
    "fiscal_year_window": "falls outside the fiscal year and its neighbours",
    "fiscal_year_phase": "is one of the years a proposal's fiscal-year mentions and period could each be read as, "
                         "not the one inside the phase of the BMA development plan it serves (none is chosen where "
                         "another year of the phase reads with one misread the table leaves out as rare)",
    "written_digits": "is a year the form's other printings do not allow where each digit the document's OCR "
                      "writes stands for itself or for one it never writes",
    "read_odds": "is a year the form's other printings tie with others on, where each digit the document's OCR "
                 "writes stands for itself or for one it never writes, and OCR's measured misreads make another of "
                 "them far likelier to print as they do (chosen in doubt)",
    "report_window": "falls outside the fiscal year the report covers",
    "date_order": "is out of order with the neighbouring reports",
    "report_calendar": "falls in a month the form's calendar (one report a month at most, inside the fiscal year, "
                       "each after the one before) does not leave the report",
    "done_before": "falls before the day its own description says the work was already done on",
    "report_span": "leaves a report outside the project's period",
    "copy_readings": "differs from the one date (or progress) a reading of every copy of the form's characters "
                     "gives (parsers.bma_progress.repairs._copies_agree, progress_from_copies), or the one OBEC "
                     "budget amount every copy's printing of it allows (parsers.obec_progress.budgets."
                     "repair_from_copies)",
    "sum_jointly": "is not the one value it takes in every reading of the disbursements and the budget spent that "
                   "makes them add up, under the allocation, each entry disbursing what a reading of its expense "
                   "lines adds up to (parsers.bma_progress.repairs._money_jointly)",
    "sum_witnessed": "differs from what two other printings agree it is where no reading of its own characters fits: "
                     "the budget spent less the other reports' disbursements, and its own expense lines, all sure "
                     "(parsers.bma_progress.repairs._part_by_witnesses)",
    "sum_digit_lost": "does not add up with the other reports' disbursements to the budget spent, sure, where no "
                      "reading of any part's characters does and this one alone does with a digit of its first "
                      "thousands group OCR lost put back (parsers.bma_progress.repairs._one_part_misread)",
    "sum_as_read": "differs from the sum of the parts as read, one reading of its own characters, where some "
                   "parts have other readings too (chosen in doubt)",
    "fiscal_year_edge": "is in doubt among readings one of which is the fiscal year's first or last day, where a "
                        "project's period starts or ends as a rule (chosen in doubt)",
    "report_sequence": "breaks the sequence of report numbers",
    "date_separators": "is a date printed year first, as its row's other dates are, whose separators OCR read as "
                       "spaces (parsers.bma_progress.transposed._year_first_spaced)",
    "day_in_number": "is a month and a year with no day, after a report number whose digits run one or two past "
                     "its own (OCR lost the gap before the day), or are no reading of its own (its own number lost, "
                     "the digits the day's) (parsers.bma_progress.assemble._day_in_number)",
    "item_sequence": "breaks the sequence of item numbers",
    "lost_label": "runs on, at a word's start, into the label of the header field after it that no copy of the "
                  "form read (its colon lost to OCR), and that label's value: the value ends before the label "
                  "(parsers.bma_progress.repairs.name_holds_lost_label)",
    "quarter_range": "is no quarter of the report's round",
    "progress_order": "makes progress fall",
    "percent_sign": "holds the percent sign OCR read as digits",
    "share_whole": "is a share (ร้อยละ) above 100, which no share is, where its characters stand for one share "
                   "alone, the figure with a digit OCR read in more left out (parsers.bma_proposal.kpis."
                   "share_over_whole)",
    "share_word_by_formula": "is a KPI's target value read as a figure alone, its word (ร้อยละ) lost, where the row's "
                             "method multiplies by a hundred, so the value is a share: the word put before the "
                             "figure (parsers.bma_proposal.kpis._share_word_by_formula)",
    "share_hundred": "is a share (ร้อยละ) of three characters OCR may read for a hundred (๑ read as ๐, look-alike "
                     "letters), the one share of three digits (parsers.bma_proposal.kpis._hundred_misread)",
    "heading": "is the form's own heading, some of its letters misread",
    "form_phrase": "is the form's own fixed wording (an OBEC budget row's note that the money was disbursed as "
                   "planned), a letter or two misread (parsers.obec_progress.budgets)",
    "ordinal_word": "is the word the form's field opens with before its number, OCR's Latin look-alikes or its "
                    "letters without their vowels and marks; or a strategy field's number OCR wrote whole as Latin "
                    "look-alikes, the word not printed (parsers.bma_progress.repairs._bare_lookalike_number), or "
                    "whose dot OCR read as a comma (_comma_number)",
    "strategy_numbering": "is not what the other strategy fields print at the same place of the plan's numbering "
                          "(issue N, sub-issue N.M, goal N.M.K): a digit is misread in one of them "
                          "(parsers.bma_progress.repairs.strategy_numbers_at_odds)",
    "purpose_word": "is an objective's opening word เพื่อ whose first letters OCR wrote as Latin look-alikes before "
                    "the rest of it (parsers.bma_progress.read)",
    "percent_range": "is not a percentage",
    "sum": "does not add up with the document's other figures",
    "budget_order": "leaves less allocated than spent",
    "product": "is not quantity times unit amount",
    "latin_month": "names, in the Latin letters OCR wrote for a Thai month's abbreviation, the one month those letters "
                   "can be (of two such months, the one pair, or a month every pair left shares) with a proposal's "
                   "period inside its fiscal year and its start not after its end",
    "figure_odds": "is, of the readings of a budget or expense line's Thai digits that multiply out (quantity times "
                   "unit amount), or of an OBEC quarter's rows that add up to its total, the one OCR's measured misreads "
                   "make a thousand times likelier or more than any other to print as printed (chosen in doubt: "
                   "normalizers.odds; parsers.bma_proposal.money.odds_choice, parsers.bma_progress.repairs._fit_by_odds, "
                   "parsers.obec_progress.quarter_joint._likeliest_rows)",
    "subtotal": "is not its category's subtotal in a proposal's budget table, the subtotals adding up to the amount "
                "in Thai words (parsers.bma_proposal.tables.subtotal_repairs)",
    "words": "differs from the amount written in Thai words",
    "count": "differs from the count of items the document lists",
    "every_printing": "is not the one year, of those the document's fiscal-year mentions tie on, that every "
                      "printing of the year can be read as under all OCR was measured to make of a digit "
                      "(one character or two for it: parsers.year_readings)",
    "proven_misread": "fits the document's fiscal year only through a misread the table lacks, which the "
                      "document's own year mentions prove (parsers.obec_progress.year)",
    "repeated_text": "lacks marks that the report's other printings of the same words show "
                     "(parsers.obec_progress.texts)",
    "head_lost": "is the tail of the report's wording that more rows of its column print, its opening words lost "
                 "at the margin or with its first line (parsers.obec_progress.texts.heads_lost)",
    "close_lost": "is the opening of the report's wording that more rows of its column print, its close lost with "
                  "its last line or at the margin (parsers.obec_progress.texts.closes_lost); an alignment's, where "
                  "it ends at a line end of theirs (plan_closes_lost)",
    "plan_tail": "is the opening of the one longer plan heading the report's other alignments print, its tail "
                 "wrapped apart (parsers.obec_progress.texts.plans_cut)",
    "plan_run_on": "is the one shorter plan heading more of the report's alignments print than print the heading "
                   "as read, which opens with it: the row's text ran into the heading's line, and the words after "
                   "it are the text's (parsers.obec_progress.texts.plans_cut)",
    "heading_period": "is a plan heading with a period after its words (\"ประจำปีงบประมาณ ...\"), which no plan "
                      "heading of the form names: the page's running title OCR ran into the heading's line, cut off "
                      "(parsers.obec_progress.rounds.period_cut)",
    "lookalike": "is an OBEC budget figure OCR left unreadable for a letter it writes for one Thai digit alone "
                 "(อ for ๖, ซ or ญ for ๗), read with that letter as its digit "
                 "(parsers.obec_progress.budgets.repair_lookalike_amounts)",
    "name_tail": "is the opening of a longer main activity's name the report's other rounds print, or of a name "
                 "that ends as its project's name does (evidence title), its last words wrapped apart and read as "
                 "the activity's progress (parsers.obec_progress.texts.names_cut)",
    "items_joined": "is two or more items of an OBEC round's list OCR read as one row, their numbers lost: the "
                    "text ends with words the report's other rows of the column and kind print as rows of their "
                    "own, and is cut there into rows (parsers.obec_progress.texts.split_joined_items)",
    "tail_rejoined": "is the wrapped tail of the item before in an OBEC round's list, OCR having broken its line "
                     "into an item of its own: it opens with a joining word (และ, หรือ, ...), which no item does, "
                     "and the item before with its words is a text the report's other rows print whole "
                     "(parsers.obec_progress.texts.tails_rejoined)",
    "dictionary_marks": "is no dictionary word, and exactly one word is it with the tone marks OCR dropped put back "
                        "(pipeline.marks)",
    "dictionary_vowel": "is no dictionary word, and exactly one upper vowel OCR read as a shorter one (ี as ิ, ื as "
                        "ิ or ี, ึ as ื), put right with the tone marks it then lacks, makes the text dictionary words; "
                        "or is a dictionary word a hundred times rarer than the common word such a misread makes of "
                        "it (\"ขืน\" for ขึ้น), the text reading as dictionary words once it is put right "
                        "(pipeline.marks)",
    "sibling_text": "differs by a letter or two from the one other printing of the same text in the document, "
                    "which reads as dictionary words; or holds Latin letters (OCR's English model's reading of a "
                    "Thai word) where a text the document prints in two rows or more holds Thai words, the rest "
                    "alike (pipeline.siblings)",
    "sibling_cut": "is, spaces aside, the opening of the one text of its column the document prints in two rows "
                   "or more, cut inside a word of it: the page's edge cut it, its end unread or read elsewhere "
                   "(pipeline.siblings.restore_cut_texts)",
    "own_printings": "differs by a letter or two from the office's or place's other printings in the document "
                     "(pipeline.siblings.check_printings)",
    "other_printing": "is a proposal's activity whose wrapped line OCR lost: the document prints it elsewhere whole "
                      "(the description, a sibling project's timetable), its letters as read and, where the "
                      "reading's lines join, Thai words of the dictionary more (pipeline.lostlines)",
    "district_name": "is no Bangkok district, and one letter or mark from one only (pipeline.districts)",
    "category_item": "differs by a letter or two from the same words its expense line's item prints "
                     "(parsers.bma_proposal.budget)",
    "listed_name": "is a word of a person's name that no list of Thai given or family names holds, and exactly one "
                   "listed name is it with the tone mark or silent-letter mark OCR dropped put back, or a vowel "
                   "OCR read as its other length put right (pipeline.wording.restore_names)",
    "name_ending": "is a word of a person's name that no list of Thai given or family names holds, whose last "
                   "piece is a word OCR drops the silent-letter mark of, which the lists end their names with "
                   "with the mark after it and hardly ever without (pipeline.wording.name_ending_reading)",
    "printed_word": "is words run together that are no word, but one letter (a vowel's length, a look-alike "
                    "letter, a sara am read as a tone mark and sara aa) from a word the document prints right on "
                    "another line (pipeline.wording.printed_slip; outside a label, a look-alike letter or a sara am "
                    "only where the word is printed far more often: printed_lookalike)",
    "latin_misread": "holds Latin letters OCR read for a Thai word, which the clean stage read as the word where "
                     "the context leaves no other (an amount's บาท, ๆ's ละ, a year's พ.ศ., ติดตาม's นิเทศ, "
                     "และ between figures: "
                     "normalizers.text.fix_latin_misreads; named by pipeline.substituted)",
    "echoed_word": "is no word, one letter or mark from a word the same text prints right elsewhere, and the text "
                   "reads better as that word; once one such is read back, one that differs from such a word by "
                   "marks alone, though it reads as words (pipeline.wording)",
    # rules of one form or one field, each named where it is written (the form's module)
    "fiscal_year_mentions": "differs from the year the project's other printings of its fiscal year and its report "
                            "dates agree on, or from the one year its mentions allow where they hold digits the document's "
                            "OCR writes as printed (parsers.bma_progress.repairs)",
    "digit_readings": "is one of the years an OBEC report's mentions tie on, chosen by what the report's OCR "
                      "reads the digit that parts them as (parsers.obec_progress.year)",
    "academic_year": "is one of the years an OBEC report's mentions tie on, chosen by the academic years the "
                     "report names (parsers.obec_progress.year)",
    "round": "is no figure an OBEC round's other figures allow (its months, its as-of date, its totals: "
             "parsers.obec_progress.summary_repairs)",
    "quarter_headings": "is not the quarter an OBEC round's other headings print (parsers.obec_progress.rounds)",
    "aspect_order": "is no aspect where an OBEC round's success indicators stand before its first aspect heading, "
                    "the quality one, which the form prints after the quantity one: they are the quantity aspect's "
                    "(parsers.obec_progress.rounds)",
    "quarter_order": "breaks the order of an OBEC project's quarterly rounds: the rounds after it are another "
                     "project's (parsers.obec_progress.read)",
    "group_header": "is fewer titles than an OBEC status group's header counts: the group's other projects were "
                    "not read (parsers.obec_progress.read)",
    "title_word": "is an OBEC title's word \"โครงการ\" with a letter OCR lost or read twice, in a list of titles "
                  "where the row's number is the next, or with one consonant misread after an item number or the "
                  "token OCR made of one (parsers.obec_progress.read)",
    "as_planned": "differs from the other amount of an OBEC budget row its note says was disbursed as planned "
                  "(parsers.obec_progress.budgets)",
    "separator": "holds a digit-group separator OCR misread: a baht amount has two decimals, its groups three "
                 "digits (parsers.obec_progress.budgets); or one OCR doubled, a speck of a point beside the comma "
                 "(\"818,.900\"), read as the one comma (parsers.bma_progress.repairs.repair_separators)",
    "baht_decimals": "is an amount printed with one decimal digit, where baht print two or none: OCR lost a digit "
                     "of its satang or misread one; kept as read, in doubt (parsers.obec_progress.summary)",
    "baht_sign": "holds the ฿ sign OCR read as a digit, which the document's other amounts show "
                 "(parsers.bma_progress.baht_sign)",
    "baht_sign_throughout": "holds the ฿ sign OCR read as a digit before every expense figure of a document that "
                            "shows no sign read as one: the figures all open with the same 8 or 3, and an entry's "
                            "lines add up to its disbursement only without it (parsers.bma_progress.repairs)",
    "figure_column": "names another report than the place its figure stands at in a column the reports' "
                     "figures fill in order (parsers.bma_progress.assemble)",
    "flag_column": "stands in a column of flags the reports fill in order, with fewer reports read than flags "
                   "(parsers.bma_progress.assemble)",
    "negation_beside": "is a flag read as met where a lone ไม่ OCR split from its cell stands beside it "
                       "(parsers.bma_progress.entries)",
    "risk_matrix": "does not give the risk level printed beside the scores, or is a level word a letter off "
                   "the one the scores give (parsers.bma_proposal.risks)",
    "risk_level_by_scores": "is a risk level OCR lost, filled as the band of likelihood x impact (the form's "
                            "score table) that every reading of the two printed scores gives "
                            "(parsers.bma_proposal.risks.level_by_scores)",
    "level_near_word": "is a risk level cell OCR damaged by a letter (added, lost or misread), alone on its line, "
                       "read as the one level word a letter off it where the table so read makes it an anchored "
                       "row's level (parsers.bma_proposal.risks.levels_mended)",
    "category_activity": "holds words of the activity column an expense category's line was read across "
                         "(parsers.bma_proposal.budget)",
    "category_wrapped": "is an expense category wrapped, pieces of the activity's name among its words "
                        "(parsers.bma_proposal.budget)",
    "category_next_line": "is an expense category whose cell wrapped, its first line stopped at its amount cell "
                          "and its end the words that open the next line in its column (parsers.bma_proposal."
                          "budget.read_expenses)",
    "category_item_echo": "is an expense category cut to its first line where OCR read the table down its "
                          "columns, its end the word its item goes on with past the category's words, which stands "
                          "alone between the two lines (parsers.bma_proposal.budget.read_expenses)",
    "column_fragment": "lost its first letters to a column of numbers OCR read apart from the text "
                       "(parsers.obec_progress.rounds)",
    "loose_status": "is an OBEC status group's header whose phrase OCR damaged, a letter or two from one "
                    "group's (parsers.obec_progress.read)",
    "office_name_end": "runs on past the office's name, a page header's title wrapped onto it "
                       "(parsers.obec_progress.summary)",
    "other_printings": "is the office's name as another of the report's printings of it gives it "
                       "(parsers.obec_progress.summary)",
    "area_printings": "is the office's area number as the report's printings of the area in Arabic digits (which "
                      "OCR reads as printed) give it, the Thai digit printed a misread of it "
                      "(parsers.obec_progress.summary.area_by_arabic_printings)",
    "unit": "is no unit of the form, and one reading of its letters is (parsers.units)",
    "list_mark": "opens with a lone digit where the list's other lines open with bullets: the bullet as OCR read "
                 "it (parsers.values.target_groups)",
    "unit_classifier": "is a unit a mark off the one the thing its item names is counted in (parsers.units)",
    "unit_latin": "is a unit OCR read in Latin look-alikes (parsers.units)",
    "copies": "is the other copy's reading of a disbursement the form's copies tied on, where the earliest copy's "
              "is a coin no budget pays (a ฿ sign read as a digit; parsers.bma_progress.rows._coin_ties)",
    "count_in_item": "ends with the count's word and a number before the line's own count, unit and price: the "
                     "count clause, no item's words (parsers.bma_progress.read._count_cut)",
    # the weakest: it only rules readings out, after a constraint above left several (parsers.misreads)
    "misread_profile": "needs a misread of a digit that the document's own fixed numbers never show",
    "cover_page": "differs from the code the cover page before the form prints in Arabic digits (which OCR reads as "
                  "printed) only where OCR misreads the Thai digit the form printed for it (parsers.bma_progress)",
}


def rule_text(rule: str) -> str:
    return RULES.get(rule, f"fails {rule}")


def plain_value(value: Any) -> Any:
    """A value as evidence JSON holds it: numbers and text as they are, a Decimal or a date as text."""
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def repair_date(reading: Reading, lo: date, hi: date, *, rule: str, field: str, what: str,
                project_key: str | None = None, lost_day: bool = False) -> Outcome:
    """A date that fails its window [lo, hi], or could not be read at all
    (value None): the dates its characters could have been
    (normalizers.confusions.date_candidates; with `lost_day`, date_readings:
    a report date between its neighbours, whose day matters) inside the
    window; each part (day, month, year) may have been any of its readings.  Exactly one
    candidate left: repaired; several: flagged; none: the form's checks say.
    Where none is left, the misreads the table leaves out are tried
    (RARE_PAIRS, and, for a report date between its neighbours or a date
    OCR left unreadable, a year's ๖ written as an Arabic 5 or 9:
    year_six_variants; a start or end date read as a date, weighed against
    the whole fiscal year, whose other copies may print it otherwise, is not
    read so), and taken only where they leave exactly one."""
    if (reading.value is not None and lo <= reading.value <= hi) or not enabled():
        return Outcome(reading)
    # every candidate counts the same: with a third of Thai digits misread, a
    # part that reads as printed is no likelier right than its alternatives
    readings = date_readings(reading.text) if lost_day else date_candidates(reading.text)
    cands = sorted(c for c in readings if lo <= c <= hi)
    rare = False
    if not cands:  # the misreads the table leaves out, only where no reading under the table fits, and one of theirs
        with added_misreads(RARE_PAIRS):
            readings = set()
            six = year_six_variants(reading.text) if lost_day or reading.value is None else []
            for text in [reading.text, *six]:
                readings |= date_readings(text) if lost_day else date_candidates(text)
        wide = sorted(c for c in readings if lo <= c <= hi)
        if len(wide) == 1:
            cands, rare = wide, True
    shown = reading.text.strip()
    evidence = {"rule": rule, "printed": shown, "read": plain_value(reading.value),
                "candidates": [str(c) for c in cands[:10]]}
    if rare:
        evidence["rare_misreads"] = True
    read = "is unreadable" if reading.value is None else f"reads {reading.value}, which {rule_text(rule)}"
    if len(cands) == 1:
        evidence["chosen"] = str(cands[0])
        issue = Issue("warning", "value_repaired", f"{what}: printed {shown!r} {read}; {cands[0]} is the only "
                      "reading of those characters that fits ",
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=project_key, field=field)
        return Outcome(Reading(cands[0], reading.text, reading.line_start, reading.line_end), issue)
    if len(cands) > 1:
        issue = Issue("warning", "repair_ambiguous", f"{what}: printed {shown!r} {read}; {len(cands)} readings of "
                      "those characters would fit, so none is chosen", json.dumps(evidence, ensure_ascii=False),
                      reading.line_start, reading.line_end, project_key=project_key, field=field)
        return Outcome(reading, issue)
    return Outcome(reading)


# A date's year, a BE year's "25" and two digits more ("2556", "๒597", "2๕92")
_DATE_YEAR_RE = regex.compile(r"(?<![\d๐-๙])[2๒][5๕]([\d๐-๙]{2})(?![\d๐-๙])")


def year_six_variants(text: str) -> list[str]:
    """`text` with one Arabic 5 or 9 among the last two digits of a BE year
    in it read as ๖: OCR's way of writing a ๖ it cannot write (measured:
    normalizers.confusions.ARABIC_READS, ๖ as an Arabic 5 in 161 and as
    a 9 in 110 of 7352 printings; year_candidates reads a year so where it
    still holds a Thai digit), "28 ส.ค. 2556" for 28 ส.ค. 25๖6 in a form that
    prints the two scripts mixed in one number.  A misread the table of
    confusions leaves out: repair_date tries it with those (RARE_PAIRS) for
    a report date or an unreadable date, only where no reading under the
    table fits."""
    out: list[str] = []
    for m in _DATE_YEAR_RE.finditer(text):
        for i in range(m.start(1), m.end(1)):
            out += [text[:i] + d.translate(TO_THAI) + text[i + 1:] for d in ARABIC_READS.get(text[i], "")]
    return out


def year_proven(reading: Reading, lo: date, hi: date) -> date | None:
    """A date read outside its window [lo, hi] whose readings inside it
    (date_readings) all fall in one year, the date as read in that year
    being one of them: that date, its day and month as printed (the window
    proves the year, not which of the readings' days and months is right);
    None otherwise."""
    if not isinstance(reading.value, date) or lo <= reading.value <= hi:
        return None
    return year_proven_of(reading.value, reading.text, lo, hi)


def year_proven_of(value: date, text: str, lo: date, hi: date) -> date | None:
    """year_proven's test of a date read as `value` from `text`: the
    readings of `text` inside [lo, hi] all in one year, `value` in that year
    one of them: that date; None otherwise."""
    cands = {c for c in date_readings(text) if lo <= c <= hi}
    if len({c.year for c in cands}) != 1:
        return None
    try:
        mended = value.replace(year=next(iter(cands)).year)
    except ValueError:  # (29 February in another year)
        return None
    return mended if mended in cands else None


# A day printed as one Thai digit, at the start of a date ("๑ มิถุนายน ๒๕๐๒", ":: ๑/๖/๒๕๖๒")
_LONE_THAI_DAY_RE = regex.compile(r"^(\W*)([๐-๙])(?![\d๐-๙])")
# ... or as one Arabic digit where the date holds a Thai digit too (":: 1 มิ.ย. 25๒๕" for "1๗ มิ.ย. 25๖๔": the
# form prints the two scripts mixed within a number, so a Thai digit the OCR model cannot write may have stood
# beside the Arabic one and been dropped; before, the day as printed was taken as proven, and a repair of the
# year chose it, wrong, where the neighbours' window held the true day too)
_LONE_ARABIC_DAY_RE = regex.compile(r"^(\W*)(\d)(?![\d๐-๙])")
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")
# The Thai digits the OCR model cannot write (as Arabic digits: the one dropped is any of them, no
# reading of it to try): where it does not read one as another, it drops it
UNWRITTEN = "46789"


# A date of a day and a month name whose year OCR lost or read past a year's shape: one or two characters, or
# a word of three to five Latin letters (a year of four or five Thai digits read as Latin: "Del", "Weds", "ladle"),
# or nothing ("๑๑ ส.ค. ๒", "๑3 มีนาคม 6", "๑๕ มี.ค. Del", "๓๐ ม.ค. ladle", "๑๒ กรกฎาคม")
_YEAR_LOST_RE = regex.compile(
    r"^\s*+([\d๐-๙]{1,2})\s++([\u0e01-\u0e4e][\u0e01-\u0e4e.]{1,11}+)(?:\s++(?:[A-Za-z]{3,5}|\S{1,2})(?!\S))?+\s*+$")


# A date of day, month and a year of two digits that read 25 ("๑๒/๑๐/๒๕", "12/10/25"): the first two digits of a
# Buddhist-era year whose last two the page wrapped onto the next line (a table's cell too narrow: "๑๒/๑๐/๒๕" over
# "๖๐", which OCR misread, "DO", "๒๐": fresh set s129o, bma_progress_s129o008, four reports' dates read as 1982)
_CENTURY_ONLY_RE = regex.compile(r"^\W*([\d๐-๙]{1,2})\s*/\s*([\d๐-๙]{1,2})\s*/\s*(?:๒๕|25)\W*$")


# A Thai ๒ OCR wrote as two characters: its loop read as the vowel ใ, ไ or โ and its body as ๒, ๓ or ต
# ("ไ๓๐๒๐-๕-๓๑", "โต๐ใ๒๐-๑๐-๐๑", "๒๐ใ๓ใต-๕-๑๐" for ๒๐๒๐-๕-๓๑, ๒๐๒๐-๑๐-๐๑, ๒๐๒๒-๔-๑๐).  Measured on the
# worked sets' dates in ISO order aligned with their clean twins (2026-12-01): of the 11 that hold ใ, ไ or โ and
# that no reading covered, 7 have readings with each pair read as ๒, all 7 the true date among them (the year-head
# clean-up, confusions._iso_year_cleaned, already drops a lone ใ or ไ there, which leaves ๓ or ต); the open and
# committed sets' report dates: two more read, both right (s68o007 report 2, bma_progress_025 project 2 report 6),
# none read wrong
_TWO_AS_PAIR_RE = regex.compile(r"[ใไโ][๒๓ต]")


# A digit ๙ OCR wrote as a Thai letter with a mark glued to it (confusions.YEAR_LETTERS: "๒๕๒ฉ่" for ๒๕๖๙, measured
# in years), glued to a digit and ending the date's part ("๒๐๒๓-๑๐-๑ฉ่" for 2023-10-19): date_candidates takes the
# letter for junk glued to the last digit and drops it, a day of 1 read for 19, which a repair then chose
_LETTER_DIGIT_RE = regex.compile(rf"(?<=[\d๐-๙])[{''.join(YEAR_LETTERS)}][{THAI_MARKS}](?![\u0e01-\u0e4e\d๐-๙])")


def date_readings(text: str) -> set[date]:
    """The dates a damaged date may have been printed as (_date_readings),
    or, where it has none and holds a ๒ OCR wrote as two characters
    (_TWO_AS_PAIR_RE), those of the date with each such pair read as ๒.
    Where a digit is followed by a letter OCR writes for ๙ with its mark
    (_LETTER_DIGIT_RE), the readings with that letter read as ๙ too: the
    letter dropped as junk is one reading of it, not the only one."""
    out = _date_readings(text)
    if (cut := _CENTURY_ONLY_RE.match(text)) is not None:
        # a year printed as its first two digits alone, the Buddhist era's century ("๑๒/๑๐/๒๕", which as a
        # two-digit year is BE 2525, outside the archive's years: _CENTURY_ONLY_RE): the page wrapped the year's
        # last two digits under it, or OCR lost them; the day and month in any year of the archive's
        day, month = cut.group(1), cut.group(2)
        for year in range(YEAR_RANGE[0], YEAR_RANGE[1] + 1):
            out |= _date_readings(f"{day}/{month}/{year}")
    if not out and _TWO_AS_PAIR_RE.search(text):
        out = _date_readings(_TWO_AS_PAIR_RE.sub("๒", text))
    if _LETTER_DIGIT_RE.search(text):
        out = out | date_readings(_LETTER_DIGIT_RE.sub("๙", text))
    return out


def _date_readings(text: str) -> set[date]:
    """The dates a damaged date may have been printed as
    (normalizers.confusions.date_candidates), and, when its day is one Thai
    digit (first, or last in a date in ISO order; or one Arabic digit first
    in a date that holds a Thai digit too), also the dates it is with
    a digit the OCR model cannot write before or after it: such a digit it
    may drop as well as misread ("๑ มิถุนายน" for ๑๙ มิถุนายน, "๒๐๑๓-๑๑-๑"
    for 2019-11-19), and a repair must not take the one day left for the
    day printed."""
    out = set(date_candidates(text))
    lost = _YEAR_LOST_RE.match(text) if not out else None
    if lost is not None:  # its year lost past reading: the day and month in any year (a year short of a digit)
        # (the year's stand-in in Arabic digits: it is no Thai digit of the printing's, to weigh its day's script by)
        out = set(date_candidates(f"{lost.group(1)} {lost.group(2)} 252"))
    m = _LONE_THAI_DAY_RE.match(text.strip())
    if m is None and _THAI_DIGIT_RE.search(text):
        m = _LONE_ARABIC_DAY_RE.match(text.strip())  # (a printing that mixes the scripts: see above)
    if m is not None:
        head, day, rest = m.group(1), m.group(2), text.strip()[m.end():]
        for lost in UNWRITTEN:
            for variant in (lost + day, day + lost):
                out |= date_candidates(head + variant + rest)
        return out
    m = _LONE_THAI_DAY_LAST_RE.search(text.strip())
    if m is None:
        return out
    head, day, tail = text.strip()[:m.start(1)], m.group(1), m.group(2)
    for lost in UNWRITTEN:
        for variant in (lost + day, day + lost):
            out |= date_candidates(head + variant + tail)
    return out


# The same day at the end of a date in ISO order, a year of four digits first ("๒๐๑๓-๑๑-๑" for 2019-11-19)
_LONE_THAI_DAY_LAST_RE = regex.compile(r"^\W*[\d๐-๙]{4}\s*[-/.]\s*[\d๐-๙]{1,2}\s*[-/.]\s*([๐-๙])(\W*)$")
