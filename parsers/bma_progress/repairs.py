"""Repairs of a BMA progress form's OCR'd values from its own redundancy
(parsers.repair does the work; this module says which constraint holds
which value, strongest first):

1. the fiscal year: the year the fiscal-year field and every date of the
   form (start, end, each report) can agree on; where the dates agree on
   none of the field's readings, the one they agree on among its readings
   under the misreads the table leaves out (fiscal_year_by_rare_reads);
   where those misreads of the digits the document never writes make
   another reading fit the dates as well, the year is taken in doubt and
   so is every date read into its window (_unwritten_rivals);
2. start and end dates inside the fiscal year or its neighbours, report
   dates inside the year the reports cover (only the year's digits); not
   where the fiscal year was kept as printed and said implausible (the
   form's dates outvote it, or no reading is a year of the archive);
3. report dates in order between their neighbours (one digit), and in
   the months the form's calendar of one report a month leaves them;
4. progress that does not fall, and stays a percentage;
5. amounts that add up: expense lines to their entry, entries to the budget
   spent, quantity x unit amount to each line; last, the disbursements and
   the budget spent weighed together by every reading of each, under the
   allocation (_money_jointly).
Each repair is a `value_repaired` issue; a value several readings could
mend is a `repair_ambiguous` issue and keeps what was printed.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import combinations
from typing import Any

import regex

from normalizers.confusions import (ARABIC_DOUBT_READS, ARABIC_READS, BAHT_SIGN_READS, LOOKALIKES, MEASURED_READS,
                                   PRINTED_AS, RARE_PAIRS, SPLIT_READS, added_misreads,
                                   DOUBLED_SEPARATOR_RE, arabic_slip_undone, certain, could_be, day_in_letters,
                                   digit_readings, misread_direction, one_comma, read_amount, read_chance,
                                   shape_mended)
from normalizers.dates import MONTH_TOKEN, fiscal_year_window, last_day, month_number, parse_date
from normalizers.errors import ValueParseError
from normalizers.text import mark_tolerant, skeleton
from normalizers.numbers import ANY_DIGIT_RE, NUMBER, parse_baht, parse_percent, thai_digits_to_arabic
from normalizers.odds import ODDS_RATIO, figures_odds, odds_choice
from parsers.bma_progress.baht_sign import (AMOUNTS, BARE_SHARE, SIGNS_SEEN, BARE_DIGIT_RE, DIGIT_SIGN_RE, SHOWN_SIGN_RE,
                                            UNIT_AFTER_RE, every_amount_signed, stripped, unsigned)
from parsers.bma_progress.clauses import budget_amount, expense_shaped, names_other_report, progress_token
from parsers.bma_progress.fields import FIELD_BY_KEY, ORDINAL_WORDS
from parsers.bma_progress.months import FIRST_MONTH, fiscal_month
from parsers.checks import money_equal, report_window
from parsers.digits import TO_THAI, UNWRITTEN
from parsers.year_mentions import READ_ODDS, consensus, decided_by_profile, told_by_odds, years_of
from parsers.repair import (
    Outcome,
    enabled,
    readings_of,
    repair,
    repair_date,
    repair_product,
    repair_sum,
    plain_value,
    separator_issue,
    six_readings,
    sure,
    year_candidates,
    YEAR_RANGE,
    be_year_candidates,
    date_readings,
    year_mentions,
    year_proven,
    year_proven_of,
    rule_text,
)
from schemas.document import Issue, Reading, value_of

Record = dict[str, Reading]
_NUMBER_RE = regex.compile(NUMBER)


def _fiscal_years_of(reading: Reading) -> set[int]:
    """The fiscal years a date reading's printed year could put it in."""
    tokens = year_mentions(reading.text)
    if not tokens or not isinstance(reading.value, date):
        return set()
    shift = 1 if reading.value.month >= 10 else 0
    return {y + shift for y in be_year_candidates(tokens[-1])}


def _form_dates(project: Record, reports: dict[int, Record]) -> list[Reading]:
    """The form's date readings: its start and end, each report's."""
    return [r for r in [project.get("start_date"), project.get("end_date")]
            + [rec.get("report_date") for rec in reports.values()] if r is not None]


def _date_support(project: Record, reports: dict[int, Record]) -> Counter[int]:
    """How many of the form's dates (start, end, each report) each fiscal year
    could hold, by their printed years."""
    support: Counter[int] = Counter()
    for reading in _form_dates(project, reports):
        support.update(_fiscal_years_of(reading))
    return support


def fiscal_year_from_dates(project: Record, reports: dict[int, Record], key: str,
                           mentions: Sequence = ()) -> list[Issue]:
    """A fiscal-year field OCR left unreadable ("๒๕๒") is the year the form's
    dates agree on, among the years its printed characters could be (any,
    when none is left): at least two dates and no tie, and no year none of
    those readings is that more of the dates fall in, or as many where the
    project's fiscal-year mentions do not favour the reading
    (_outvoting_year).  So is one no copy
    read at all (its label lost to OCR: "ขีงบประมาณ WA. : ๒๕๐๑"), among any
    years."""
    printed = project.get("fiscal_year_be_printed")
    if "fiscal_year_be" in project or not project:  # (no header field read at all: no form's year to give)
        return []
    support = _date_support(project, reports)
    tokens = regex.findall(r"[\d๐-๙oO@]{3,5}", printed.text) if printed is not None else []
    allowed = set().union(*(year_candidates(t) for t in tokens)) if tokens else set()
    ranked = [(n, y) for y, n in support.most_common() if not allowed or y in allowed]
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return []
    if allowed and _outvoting_year(support, allowed, ranked[0][1], mentions) is not None:
        return []  # a year none of its characters' readings is outvotes the dates' one: left unread, said missing
    year = ranked[0][1]
    # the year's source lines: the field's printing, or (no copy read it) the dates that fall in the year
    dated = [r for r in _form_dates(project, reports) if r.line_start is not None and year in _fiscal_years_of(r)]
    text, lines = (printed.text, printed.span) if printed is not None else (
        "", (min(r.line_start for r in dated), max(r.line_end for r in dated)) if dated else (None, None))
    project["fiscal_year_be"] = Reading(year, text, *lines)
    evidence = {"rule": "fiscal_year", "printed": None if printed is None else printed.text, "read": None,
                "chosen": year, "candidates": sorted(allowed) if allowed else None, "support": ranked[0][0]}
    said = "is read in no copy" if printed is None else f"printed {printed.text!r} is unreadable"
    return [Issue("warning", "value_repaired",
                  f"the fiscal year {said}; {year} is the year "
                  f"{ranked[0][0]} of the form's dates fall in" + (", and one its characters could be" if allowed else ""),
                  json.dumps(evidence, ensure_ascii=False), *lines, project_key=key, field="projects.fiscal_year_be")]


def repair_fiscal_year(project: Record, reports: dict[int, Record], key: str, mentions: list = (),
                       copies: Copies | None = None) -> list[Issue]:
    """The fiscal year the field and the form's dates agree on (see module
    doc); else, the field unreadable or outside the archive's years, the
    year the project's own fiscal-year mentions decide (fiscal_year_from_mentions);
    one left outside the archive's years (YEAR_RANGE) is flagged with the
    years its characters could be."""
    issues = _repair_fiscal_year(project, reports, key, mentions)
    if _year_said_implausible(issues):  # the form's dates outvote every reading of it: kept as printed, said
        # (unless the digits the document never writes explain it: "๒๕๐๑" for 2567, ๖ read ๐ and ๗ read ๑; or
        # a misread the table leaves out does: fiscal_year_by_rare_reads)
        if not (explained := fiscal_year_by_written_digits(project, reports, key, outvoted=True)
                or fiscal_year_by_rare_reads(project, reports, key)):
            return issues
        issues = explained
    issues += fiscal_year_from_mentions(project, reports, key, mentions)
    issues += fiscal_year_by_written_mention(project, reports, key, mentions)
    issues += fiscal_year_by_written_digits(project, reports, key, mentions=mentions)
    issues += fiscal_year_by_rare_reads(project, reports, key)
    fy = project.get("fiscal_year_be")
    if not enabled() or fy is None or not isinstance(fy.value, int):
        return issues
    if YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1]:
        return issues + (_year_against_dates(fy, _date_support(project, reports), key)
                         or _year_against_sure_date(project, fy, key, copies))
    tokens = year_mentions(fy.text)
    could = sorted(year_candidates(tokens[-1])) if tokens else []
    evidence = json.dumps({"rule": "fiscal_year", "printed": fy.text.strip(), "read": fy.value,
                           "candidates": could[:10]}, ensure_ascii=False)
    what = (f"the fiscal year reads {fy.value}, outside the years {YEAR_RANGE[0]}-{YEAR_RANGE[1]}; "
            + (f"its characters could be {', '.join(map(str, could))} and the form's dates do not tell which, "
               "so none is chosen" if could else "no reading of its characters is such a year"))
    code = "repair_ambiguous" if could else "implausible_value"
    return issues + [Issue("warning", code, what, evidence, fy.line_start, fy.line_end, project_key=key, field=name)
                     for name in ("projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key")]


def fiscal_year_from_mentions(project: Record, reports: dict[int, Record], key: str, mentions: list) -> list[Issue]:
    """A fiscal-year field OCR left unreadable or outside the archive's years
    (YEAR_RANGE), that neither its characters nor the form's dates settle,
    is the year the project's own fiscal-year mentions (its copies'
    headings, every date on its lines: parsers.year_mentions) agree on,
    or, when they agree on none, decide under the project's own misread
    profile (decided_by_profile).  The year is taken only when the form's
    own readings allow it: one of the years the field's characters could be
    (when any is left), one at least of its start, end and report dates
    falls in, two of them at least, and no other such year more of them."""
    fy = project.get("fiscal_year_be")
    printed = fy if fy is not None else project.get("fiscal_year_be_printed")
    if not mentions or printed is None or (fy is not None and isinstance(fy.value, int)
                                           and YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1]):
        return []
    observed = [(p, str(t)) for kind, p, t in mentions if kind == "digits"]
    maybe = [(p, str(t)) for kind, p, t in mentions if kind == "digits?"]
    years = [m for m in mentions if not m[0].startswith("digits")]
    year, how = consensus(years), "consensus"
    if year is None:
        decided = decided_by_profile(years, observed, maybe)
        if decided is None:
            return []
        year, how = decided[0], "misread_profile"
    tokens = year_mentions(printed.text)
    own = year_candidates(tokens[-1]) if tokens else set()
    support = _date_support(project, reports)
    allowed = {y for y in (own or support) if YEAR_RANGE[0] <= y <= YEAR_RANGE[1] and support[y]}
    if year not in allowed or support[year] < 2 or any(n > support[year] for n in support.values()):
        return []  # (a year more of the dates fall in, a reading of the field's or not, outvotes the mentions)
    if _written_rival_years(years, value_of(project, "unread_digits") or "", year, project, reports):
        return []  # (the mentions print the document's own misreads over again: see _written_rival_years)
    project["fiscal_year_be"] = Reading(year, printed.text, printed.line_start, printed.line_end)
    shown = list(dict.fromkeys(p for _, p, _ in years))[:6]
    evidence = {"rule": "fiscal_year_mentions", "printed": printed.text.strip(), "read": fy.value if fy else None,
                "chosen": year, "printings": shown, "support": support[year]}
    return [Issue("warning", "value_repaired",
                  f"the fiscal year: printed {printed.text.strip()!r} is " + ("unreadable" if fy is None else
                  f"read {fy.value}, outside the years {YEAR_RANGE[0]}-{YEAR_RANGE[1]}") + f"; the project's "
                  f"{len(years)} fiscal-year mentions (printed {', '.join(shown)}) agree on {year}"
                  + (" under its own misread profile" if how == "misread_profile" else "")
                  + f", which {support[year]} of its dates fall in and no other year more",
                  json.dumps(evidence, ensure_ascii=False), printed.line_start, printed.line_end,
                  project_key=key, field="projects.fiscal_year_be")]


def _written_rival_years(mentions: Sequence, unread: str, year: int, project: Record,
                         reports: dict[int, Record]) -> list[int]:
    """In a document whose OCR never writes the digits `unread`
    (parsers.digits.unread_digits), the years other than `year` that every
    one of the project's fiscal-year mentions (headings, dates) may stand
    for as well, each character read as _written_readings allows
    (written_years, a five-character printing too), and that the form's
    dates tell from `year`: one of them at least, its printed year read so
    (_date_year_token), falls in that year and cannot fall in `year`, and
    none falls in `year` that cannot fall in that one.  The mentions then
    agree on `year` only as the table of confusions reads them, their
    misreads the same as the field's, and a date printed otherwise names
    the other year.  Set s77a: bma_progress_s77a009 prints its year "๒๕๐๓๑",
    "๒๕๒๑", "๒๕๒๓๑", "๒๕๐๑" in a document that never writes ๔ ๖ ๗ ๘ ๙; they
    agree on 2561 as the table reads them (two report dates printed
    "๒๕๐๑" too), but each may be 2567 (๖ written ๐ or ๒, ๗ ๑ or ๓๑), and its
    start date "๒๐๒๓-๑๐-๐๑" opens fiscal 2567 and no reading of it 2561: it
    was 2567.  Where every date may fall in both (s74o002's "๒๕๒๑" and
    "๒๕๒๐", 2561 or 2567 alike), nothing tells them apart here and the
    mentions' year stands.  Empty where the document writes every digit."""
    if not unread:
        return []
    common: set[int] | None = None
    for kind, printed, month in mentions:
        if kind not in ("heading", "date"):
            continue
        found = written_years(printed, unread, split=True)
        if kind == "date" and month >= 10:
            found = {y + 1 for y in found}
        common = found if common is None else common & found
    rivals = sorted(y for y in common or () if y != year)
    if not rivals:
        return []
    dated = _written_date_years(project, reports, unread)
    return [y for y in rivals if any(y in d and year not in d for d in dated)
            and not any(year in d and y not in d for d in dated)]


def fiscal_year_by_written_mention(project: Record, reports: dict[int, Record], key: str,
                                   mentions: Sequence) -> list[Issue]:
    """A fiscal-year field OCR left outside the archive's years (YEAR_RANGE)
    in a document whose OCR never writes some digits (parsers.digits.unread_digits),
    where the project's fiscal-year mentions (its headings, its dates in
    words: parsers.year_mentions) print the year in digits OCR does write
    at the places its misreads would blur: a mention each of whose
    characters may stand for one year alone, each character as
    _written_readings allows (written_years: "๒๕68" in a title, its 6 and 8
    printed in Arabic digits, which OCR reads as printed, is 2568 and
    nothing else; "๒๕๒๕" is 2565 or 2568 alike).  The year is taken where
    every such mention names the same year, one of the field's own written
    readings, and none of the form's dates outvotes it (no year more of
    them fall in): rule fiscal_year_mentions (a value_repaired issue)."""
    unread = value_of(project, "unread_digits")
    fy = project.get("fiscal_year_be")
    if not unread or not mentions or fy is None or not isinstance(fy.value, int) \
            or YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1] or not enabled():
        return []
    tokens = year_mentions(fy.text)
    own = written_years(tokens[-1], unread, split=True) if tokens else set()
    if not own:
        return []
    named: dict[int, list[str]] = {}
    for kind, printed, month in mentions:
        if kind not in ("heading", "date") or len(printed) != 4 or not regex.search(r"[0-9]", printed):
            continue  # (a printing in Thai digits alone is the field's own misreads over again)
        years = written_years(printed, unread)
        if len(years) == 1:
            year = next(iter(years)) + (1 if kind == "date" and month >= 10 else 0)
            named.setdefault(year, []).append(printed)
    if len(named) != 1:
        return []
    year, printings = next(iter(named.items()))
    support = _date_support(project, reports)
    if year not in own or any(n > support[year] for n in support.values()):
        return []
    project["fiscal_year_be"] = Reading(year, fy.text, fy.line_start, fy.line_end)
    evidence = {"rule": "fiscal_year_mentions", "printed": fy.text.strip(), "read": fy.value, "chosen": year,
                "candidates": sorted(own), "printings": printings[:6], "support": support[year]}
    return [Issue("warning", "value_repaired",
                  f"the fiscal year: printed {fy.text.strip()!r} is read {fy.value}, outside the years "
                  f"{YEAR_RANGE[0]}-{YEAR_RANGE[1]}; this document's OCR never writes "
                  f"{' '.join(unread.translate(TO_THAI))}, so it could be {', '.join(map(str, sorted(own)))}; "
                  f"the project's fiscal-year mentions printed {', '.join(printings[:6])} (in digits OCR writes as "
                  f"printed) can each be {year} alone, and none of the form's dates outvotes it",
                  json.dumps(evidence, ensure_ascii=False), fy.line_start, fy.line_end,
                  project_key=key, field="projects.fiscal_year_be")]


def _written_readings(ch: str, unread: str, mixed: bool, measured: bool = False) -> str:
    """The digits (Arabic) a character of a year printed in a document whose
    OCR never writes the digits `unread` may stand for: a Thai digit it
    writes, itself or an unread digit the table of confusions reads as it
    (PRINTED_AS, MISREADS inverted; ๗ as ๑ too, its commonest reading:
    READ_SIGNATURES), and with `measured` (a year's digit: written_years)
    every one OCR was measured to read as it (_MEASURED_AS: ๙, ๖ and ๘ as
    ๑ too; before, a year '2๕6๑' for ๒๕๖๘ whose form's dates all fall in
    2568 was kept as 2561: fresh set s90o, bma_progress_s90o004; a date's
    six digits so read have too many spellings to weigh), never
    another digit it writes; an Arabic digit, itself (an Arabic 5 or 9 among
    Thai digits, a ๖ as well: parsers.repair.year_candidates); a look-alike,
    the digits it stands for (LOOKALIKES)."""
    if "0" <= ch <= "9":
        return ch + ("6" if mixed and ch in "59" and "6" in unread else "")
    if "๐" <= ch <= "๙":
        a = thai_digits_to_arabic(ch)
        return a + "".join(u for u in unread if u in PRINTED_AS.get(a, "") or (u == "7" and a == "1")
                           or (measured and u in _MEASURED_AS[a]))
    return LOOKALIKES.get(ch, "")


# A year's digit OCR was measured to read as a Thai digit in YEAR_READ_SHARE of its printings or more
# (MEASURED_READS): read -> the printed digits (Arabic); ๗ as ๑ (12 %), ๙ as ๑ (4 %), ๖ as ๑ (3 %), ๘ as ๑ (0.9 %)...
YEAR_READ_SHARE = 0.008
_MEASURED_AS: dict[str, str] = {
    read: "".join(printed for printed, (total, thai, _) in MEASURED_READS.items()
                  if read != printed and thai.get(read, 0) >= YEAR_READ_SHARE * total)
    for read in "0123456789"}


def _written_spellings(token: str, unread: str, mixed: bool, kept: str | None,
                       most: int | None = None) -> list[str] | None:
    """Every spelling in Arabic digits a printed figure may be in a document
    whose OCR never writes the digits `unread`: each digit as
    _written_readings allows, each character of `kept` (the figure's point
    or separators) as itself, or with `kept` None every character but a
    digit (a date's).  None where it prints any other character, or its
    spellings come to more than `most`."""
    readings = [""]
    for ch in token:
        if (ch in kept) if kept is not None else not ("0" <= ch <= "9" or "๐" <= ch <= "๙"):
            choices = ch
        elif "0" <= ch <= "9" or "๐" <= ch <= "๙":
            choices = _written_readings(ch, unread, mixed)
        else:
            return None
        readings = [r + d for r in readings for d in choices]
        if most is not None and len(readings) > most:
            return None
    return readings


def written_years(token: str, unread: str, split: bool = False) -> set[int]:
    """The BE years of YEAR_RANGE a four-character printed year may be where
    each character stands for what _written_readings allows; a CE year
    ("๒๐๑๓", "2017": its first two digits 20) as its BE year.  With
    `split`, a five-character one too: two of its characters read as one
    digit the document never writes that OCR is measured to write as that
    pair (SPLIT_READS: "๒๕๒๐๓" for ๒๕๖๓, its ๖ written "๒๐"), the rest as
    above; or one character too many, any one dropped (parsers.repair.year_candidates
    reads five so: "๒๕๒๓๑" for ๒๕๖๓ is no ๒๕๒๗ alone, its "๓๑" a ๗ written as two)."""
    if len(token) == 5 and split:
        return {y for i, d in _split_pairs(token, unread) for y in _written_years_of(token[:i] + "\0" + token[i + 2:],
                                                                                      unread, d)} \
            | {y for i in range(5) for y in _written_years_of(token[:i] + token[i + 1:], unread)}
    if len(token) != 4:
        return set()
    return _written_years_of(token, unread)


def _split_pairs(token: str, unread: str) -> list[tuple[int, str]]:
    """(where, digit) for each two characters of `token` that OCR is
    measured to write for a digit the document never writes (SPLIT_READS:
    "๒๐" for ๖ in "๒๕๒๐๓")."""
    return [(i, d) for i in range(len(token) - 1) for d in unread
            if thai_digits_to_arabic(token[i:i + 2]) in SPLIT_READS.get(d, ())]


def _written_years_of(token: str, unread: str, split: str = "") -> set[int]:
    """written_years of a four-character token, a NUL in it standing for the
    digit `split` (a pair of characters read for it)."""
    mixed = bool(regex.search(r"[๐-๙]", token)) and bool(regex.search(r"[0-9]", token))
    readings = [""]
    for ch in token:
        readings = [r + d for r in readings
                    for d in (split if ch == "\0" else _written_readings(ch, unread, mixed, measured=True))]
    shift = 543 if thai_digits_to_arabic(token[:2]) == "20" else 0
    return {int(r) + shift for r in readings if YEAR_RANGE[0] <= int(r) + shift <= YEAR_RANGE[1]}


def _told_by_reads(tied: list[int], tokens: list[tuple[str, int]]) -> tuple[int, dict[int, int]] | None:
    """The fiscal year among `tied` (the years the written digits leave
    tied: fiscal_year_by_written_digits) whose printings are READ_ODDS times
    likelier, at least, than every other tied year's, by how often OCR
    reads each printed Thai digit as each character (MEASURED_READS), each
    printing on its own: `tokens` are (four characters, 1 for a date of
    October to December, which prints the year before, else 0); a CE year
    (its first two digits 20) is weighed as such, a printing with no Thai
    digit not at all (not printed in Thai digits, or read whole as
    Arabic).  "๒๕๒๓" printed eight times is 2563 ("๓" stands for ๓ nearly
    always) rather than 2567 (๗ reads ๓ half the time, else ๑, ๕ or ๐).
    (year, {tied year: how many times less likely than it, rounded}) or
    None."""
    # (each printing with what it takes from a year: the year before, for October to December; 543, a CE year)
    valid = [(token, before + (543 if thai_digits_to_arabic(token[:2]) == "20" else 0)) for token, before in tokens
             if len(token) == 4 and regex.search(r"[๐-๙]", token)]
    return told_by_odds({year: [(token, str(year - less)) for token, less in valid] for year in tied})


def _weighed_token(token: str, unread: str) -> str:
    """A printed year as _told_by_reads weighs it: a five-character one with
    the pair of characters read for one digit (written_years' split) as a
    character no digit is measured as: the pair weighs nothing (one digit
    written as two, or a digit and a character too many: "๒๕๒๓๑" is weighed
    "๒๕๒?", its ๓ telling nothing of 2563 against 2567); unchanged where no
    pair or several are."""
    if len(token) != 5:
        return token
    pairs = {i for i, _ in _split_pairs(token, unread)}
    return token[:min(pairs)] + "?" + token[min(pairs) + 2:] if len(pairs) == 1 else token


def fiscal_year_by_written_digits(project: Record, reports: dict[int, Record], key: str,
                                  outvoted: bool = False, mentions: Sequence = ()) -> list[Issue]:
    """A fiscal year no other rule settled (its field unreadable, read
    outside the archive's years, or as a year none of the form's dates falls
    in), in a document whose OCR never writes some digits (read.py:
    parsers.digits.unread_digits; tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙):
    each digit the document does write stands for itself or for a digit it
    never writes that OCR reads as it, never for another it writes (a ๕ the
    document prints in every "๒๕" is no ๒ elsewhere), so "๒๕๒๓" is 2563 or
    2567, where the table of confusions allows 2553 too.  The year is the
    one most of the form's printings (the field, and another copy's printing
    of it that did not parse, a five-character one read as written_years'
    split allows, or, where no copy's field reads as a year at all, each
    fiscal-year heading of the project's (`mentions`: its title's
    "ประจำปีงบประมาณ พ.ศ. ๒๕๒๑") once in the field's place; its start, end and report
    dates, a date of October to December in the year after) allow so: at
    least two, more than half of those that allow any, one date at least,
    no tie, and one of the field's own readings where it has any.  So is
    one the form's dates outvote (`outvoted`: _year_outvoted, no reading of
    the table of confusions being the year they fall in), where the field's
    written readings are that year.
    Where the printings tie, as "๒๕๒๕" beside a start "๑/๑๐/๒๕๒๓", 2564
    or 2568, the tied year OCR's measured misreads make by far the likeliest
    to print so is chosen, in doubt (rule read_odds: _told_by_reads; a
    five-character printing weighed without the pair read for one digit:
    _weighed_token); where none is, nothing is chosen: the year stays said."""
    unread = value_of(project, "unread_digits")
    if not unread or not enabled():
        return []
    fy = project.get("fiscal_year_be")
    if not outvoted and fy is not None and isinstance(fy.value, int) and YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1] \
            and _date_support(project, reports)[fy.value]:
        return []
    printed = fy if fy is not None else project.get("fiscal_year_be_printed")
    tokens = year_mentions(printed.text) if printed is not None else []
    own = written_years(tokens[-1], unread, split=True) if tokens else set()
    printings: list[tuple[Reading | None, set[int]]] = [(None, own)] if own else []
    fields = [tokens[-1]] if own else []  # the field's printings weighed
    # the field as another copy printed it, unparsed (a five-character year: one digit written as two), a printing too
    other = project.get("fiscal_year_be_printed") if fy is not None else None
    other_toks = year_mentions(other.text) if other is not None and other.text.strip() != fy.text.strip() else []
    if other_toks and (years := written_years(other_toks[-1], unread, split=True)):
        printings.append((None, years))
        fields.append(other_toks[-1])
    if not own:
        # the field read as no year in any copy ("๒๕๒": a digit lost): the project's fiscal-year headings (its
        # title's "ประจำปีงบประมาณ พ.ศ. ๒๕๒๑", `mentions`) print the year in its place, each printing once
        for token in dict.fromkeys(p for kind, p, _ in mentions if kind == "heading"):
            if (years := written_years(token, unread, split=True)):
                printings.append((None, years))
                fields.append(token)
    for reading in _form_dates(project, reports):
        token = _date_year_token(reading)
        if token is not None:
            shift = 1 if reading.value.month >= 10 else 0
            years = {y + shift for y in written_years(token, unread) if y + shift <= YEAR_RANGE[1]}
            if years:
                printings.append((reading, years))
    printings += _unparsed_printings(project, unread)
    support = Counter(y for _, years in printings for y in years)
    ranked = support.most_common()
    if not ranked:
        return []
    year, n = ranked[0]
    odds = None
    if len(ranked) > 1 and ranked[1][1] == n and not outvoted:
        # the written readings tie: the tied year whose digits OCR reads as the printings show by far the likeliest
        tied = sorted(y for y, k in ranked if k == n)
        weighed = [(_weighed_token(t, unread), 0) for t in fields] + [
            (_date_year_token(r, weighed=True), 1 if r.value.month >= 10 else 0) for r, _ in printings
            if r is not None and isinstance(r.value, date)] + [  # (an unparsed date with its month's name read too)
            (_weighed_token(year_mentions(r.text)[-1], unread), shift) for r, _ in printings
            if r is not None and not isinstance(r.value, date) and (shift := _month_shift(r.text)) is not None]
        if (told := _told_by_reads(tied, weighed)) is not None:
            year, odds = told
    if n < 2 or 2 * n <= len(printings) or (len(ranked) > 1 and ranked[1][1] == n and odds is None) \
            or (own and year not in own) \
            or not any(r is not None and year in years for r, years in printings) \
            or (fy is not None and fy.value == year):
        return []
    dated = [r for r, years in printings if r is not None and year in years and r.line_start is not None]
    text, lines = (printed.text, printed.span) if printed is not None else (
        "", (min(r.line_start for r in dated), max(r.line_end for r in dated)))
    project["fiscal_year_be"] = Reading(year, text, *lines)
    evidence = {"rule": "written_digits", "printed": None if printed is None else printed.text.strip(),
                "read": fy.value if fy is not None else None, "chosen": year,
                "candidates": sorted(own) if own else None, "support": n}
    said = ("is read in no copy" if printed is None else f"printed {printed.text.strip()!r} "
            + ("is unreadable" if fy is None or not isinstance(fy.value, int) else f"reads {fy.value}"))
    if odds is not None:
        evidence.update({"rule": "read_odds", "candidates": sorted(odds), "odds": odds})
        rivals = ", ".join(f"{y} ({odds[y]} times less likely)" for y in sorted(odds) if y != year)
        return [Issue("warning", "repair_ambiguous",
                      f"the fiscal year {said}; this document's OCR never writes "
                      f"{' '.join(unread.translate(TO_THAI))}, and where each digit it writes stands for itself or "
                      f"for one of those, {n} of the form's {len(printings)} printings of it allow each of "
                      f"{', '.join(str(y) for y in sorted(odds))}; {year} is chosen, in doubt, as the year whose "
                      f"digits OCR reads as its printings show far more often than the others' ({rivals}: "
                      "how often OCR reads each printed digit as each character, measured over many documents)",
                      json.dumps(evidence, ensure_ascii=False), *lines, project_key=key,
                      field="projects.fiscal_year_be")]
    # chosen in doubt (repair_ambiguous, the value set): the table of confusions says what OCR reads each unwritten
    # digit as, and it is not complete (๗ and ๙ are read as ๐ or ๑ in some documents), so a written digit may stand
    # for an unwritten one the table does not give it (held-out h018 of the forty-fifth session: ๒๕๒๐ for ๒๕๖๗,
    # 2566 chosen)
    return [Issue("warning", "repair_ambiguous",
                  f"the fiscal year {said}; this document's OCR never writes "
                  f"{' '.join(unread.translate(TO_THAI))}, and where each digit "
                  f"it writes stands for itself or for one of those, {year} is the year {n} of the form's "
                  f"{len(printings)} printings of it allow, and no other year as many: taken, in doubt, as OCR "
                  "may read those digits in ways the table of confusions lacks",
                  json.dumps(evidence, ensure_ascii=False), *lines, project_key=key, field="projects.fiscal_year_be")]


_SHORT_YEAR_RE = regex.compile(r"(?<![\d๐-๙])([๐-๙]{2}|[0-9]{2})\s*$")


def _date_year_token(reading: Reading, weighed: bool = False) -> str | None:
    """The year a parsed date of the form was printed with, as four
    characters for written_years: its four-digit year token; or, a date
    printed with its BE year's last two digits ("๑ มี.ค. ๒๓", "๑๓/๓/๒๓":
    the form's short year, read as 25xx), those two after the century's
    "๒๕" (in the same digits), each of the two standing for what
    _written_readings allows like any written digit, the century's for
    itself (a year it reads outside the archive's is dropped); `weighed`
    (as _told_by_reads weighs a printing), the century as two characters
    no digit is measured as: it was not printed, so tells nothing.  The two
    must be what the date was parsed with (its BE year's last two), and
    not the century's own "๒๕": that is as likely a four-digit year split
    apart, its tail read in another cell ("๓ มกราคม ๒๕ | ๒ออ", extra4
    t015), and tells nothing.  None for an unparsed date or one with no such
    year."""
    if not isinstance(reading.value, date):
        return None
    if toks := year_mentions(reading.text):
        return toks[-1]
    m = _SHORT_YEAR_RE.search(reading.text)
    if m is None or int(thai_digits_to_arabic(m.group(1))) != (reading.value.year + 543) % 100 \
            or thai_digits_to_arabic(m.group(1)) == "25":  # the century alone: the head of a year split apart
        return None
    return ("??" if weighed else "๒๕" if "๐" <= m.group(1)[0] <= "๙" else "25") + m.group(1)


def _unparsed_printings(project: Record, unread: str) -> list[tuple[Reading, set[int]]]:
    """The project's start and end dates as a printing OCR left unparsed
    (their `_printed` text: no copy read it, or another copy's than the one
    kept) whose year still reads: a month OCR read as a letter
    ("๒๐๒๑-๐ณ-๓๐"), a year of five characters ("๑ ตุลาคม ๒๕๒๐๕": ๖ written
    "๒๐"), as fiscal_year_by_written_digits weighs a printing: the years its
    year allows (written_years, a five-character one split, a CE year as its
    BE), each the fiscal year of its month (a month's name read, or its
    figures: October to December in the year after; _month_shift), or,
    its month unknown, of either.  One no
    year token is in is not weighed at all."""
    out: list[tuple[Reading, set[int]]] = []
    for name in ("start_date", "end_date"):
        printed = project.get(f"{name}_printed")
        kept = project.get(name)
        if printed is None or (kept is not None and kept.text.strip() == printed.text.strip()):
            continue
        toks = year_mentions(printed.text)
        if not toks:
            continue
        shift = _month_shift(printed.text)
        shifts = {0, 1} if shift is None else {shift}
        years = {y + k for y in written_years(toks[-1], unread, split=True) for k in shifts if y + k <= YEAR_RANGE[1]}
        if years:
            out.append((printed, years))
    return out


# A date printed in figures whose month still reads between its separators: day/month/year ("๑/๑๐/๒๕๒๒9") or
# year-month-day ("๒๐๒๕-๐๕-๑๓๐"), the month two characters
_DMY_MONTH_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙]{1,2}\s*/\s*([\d๐-๙]{2})\s*/\s*[\d๐-๙]")
_YMD_MONTH_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙]{4}\s*-\s*([\d๐-๙]{2})\s*-")


def _numeric_month_shift(text: str) -> int | None:
    """_month_shift of a date printed in figures (_DMY_MONTH_RE,
    _YMD_MONTH_RE; the day or year may be damaged, as in an unparsed
    printing): a month of two digits that opens with ๐ is January to
    September (no misread of a digit for ๐ makes a month: ๖๕ or ๗๑ is
    none), so 0; ๑๐, ๑๑ or ๑๒ is October to December (a ๑ misread from ๖,
    ๗ or ๙, a ๐ or ๒ from ๖, makes no month), so 1.  None for another
    month, a month of one digit (a digit may have been lost: ๑ for ๑๒), or
    none read, or two printings that differ."""
    shifts = set()
    for m in [*_DMY_MONTH_RE.finditer(text), *_YMD_MONTH_RE.finditer(text)]:
        month = thai_digits_to_arabic(m.group(1))
        shifts.add(0 if month[0] == "0" and month != "00" else 1 if month in ("10", "11", "12") else None)
    return next(iter(shifts)) if len(shifts) == 1 else None


def _month_shift(text: str) -> int | None:
    """1 where the one month's name a date's printing holds is October to
    December (its fiscal year the year after the printed one), 0 where it is
    another; None where it holds no month's name, or several.  A date printed
    in figures, with no month's name, by its month's figures
    (_numeric_month_shift: "๑/๑๐/๒๕๒๒9", a start date whose year OCR
    damaged, is October)."""
    months = set()
    for word in regex.findall(r"[\u0e01-\u0e4e.]{3,}", text):
        try:
            months.add(month_number(word))
        except ValueParseError:
            pass
    if not months:
        return _numeric_month_shift(text)
    return (1 if next(iter(months)) >= 10 else 0) if len(months) == 1 else None


def _year_against_dates(fy: Reading, support: Counter[int], key: str) -> list[Issue]:
    """A fiscal year that reads as a plausible year none of the form's dates
    falls in, while at least two fall in another, and that no reading of its
    characters makes that year (else it was repaired): kept, and said."""
    if not support or support[fy.value]:
        return []
    (year, n), *rest = support.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return []
    evidence = json.dumps({"text": fy.text.strip()}, ensure_ascii=False)
    what = (f"the fiscal year reads {fy.value}, but none of the form's dates falls in it and {n} fall in "
            f"{year}; no reading of its characters is {year}, so it is kept as printed")
    return [Issue("warning", "implausible_value", what, evidence, fy.line_start, fy.line_end, project_key=key,
                  field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key")]


def _year_against_sure_date(project: Record, fy: Reading, key: str, copies: Copies | None = None) -> list[Issue]:
    """A fiscal year that the project's start or end date, read as printed,
    falls outside of (the year and its neighbours), its year printed in
    Arabic digits (which OCR reads as printed; Thai ones it misreads, the
    rare ways too: the rules that read them weigh them) and no reading of
    the date's characters falling inside: the year or the date is misread, and
    the form does not tell which: kept, and said (implausible_value, so its
    window repairs no date: _year_said_implausible).  Fresh set s84b,
    bma_progress_s84b010: ๒๕๖๗ printed "2557" (an Arabic 6 read as 5) and
    the end date "๓0 กันยายน 2567" read right; the start date "๑ ตุลาคม
    25๒6" was fitted to 2557's window as 2013-10-01, said a sure repair.
    A date another copy of the form reads inside the window is the misread
    one (repair_dates takes that copy's reading: copy_reading)."""
    wide = fiscal_year_window(fy.value)
    wide = (wide[0].replace(year=wide[0].year - 1), wide[1].replace(year=wide[1].year + 1))
    for name in ("end_date", "start_date"):
        reading = project.get(name)
        if reading is None or not isinstance(reading.value, date) or wide[0] <= reading.value <= wide[1]:
            continue
        years = year_mentions(reading.text)
        if not years or _THAI_DIGIT_RE.search(years[-1]):
            continue
        outcome = repair(reading, parse_date, _within(*wide), rule="fiscal_year_window", field=f"projects.{name}",
                         what=name.replace("_", " "), project_key=key)
        if outcome.repaired or outcome.issue is not None:
            continue  # a reading of its characters falls inside: the date may be the misread
        if any(isinstance(o.value, date) and wide[0] <= o.value <= wide[1]
               for o in (copies or {}).get(("project", 0, name), [])):
            continue  # another copy reads it inside
        evidence = json.dumps({"text": fy.text.strip(), name: reading.value.isoformat()}, ensure_ascii=False)
        what = (f"the fiscal year reads {fy.value}, but the project's {name.replace('_', ' ')} reads "
                f"{reading.value.isoformat()}, outside it and its neighbours, and no reading of the date's "
                "characters falls inside: the year or the date is misread; kept as printed")
        return [Issue("warning", "implausible_value", what, evidence, fy.line_start, fy.line_end, project_key=key,
                      field=field) for field in ("projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key")]
    return []


def _repair_fiscal_year(project: Record, reports: dict[int, Record], key: str, mentions: Sequence = ()) -> list[Issue]:
    fy = project.get("fiscal_year_be")
    if fy is None or not enabled():
        return fiscal_year_from_dates(project, reports, key, mentions) if enabled() else []
    tokens = year_mentions(fy.text)
    own = year_candidates(tokens[-1]) if tokens else set()
    support = _date_support(project, reports)
    if not own:
        return []
    ranked = sorted(own, key=lambda y: (-support[y], y != fy.value))
    best = ranked[0]
    if best == fy.value or support[best] == 0 or (len(ranked) > 1 and support[ranked[1]] == support[best]):
        return []
    if (rival := _outvoting_year(support, own, best, mentions)) is not None:
        return _year_outvoted(fy, best, rival, support, key)
    if (tied := _unwritten_rivals(project, reports, tokens[-1], best)):
        project["fiscal_year_be"] = Reading(best, fy.text, fy.line_start, fy.line_end)
        return _year_tied(fy, best, tied, key)
    # (its readings as year_candidates gave them: "๒593" is ๒๕๖๓ too, its Arabic 9 a ๖ OCR could not write)
    outcome = repair(fy, int, lambda v: v == best, rule="fiscal_year", field="projects.fiscal_year_be",
                     what="the fiscal year", project_key=key, printed=[tokens[-1], *six_readings(tokens[-1])])
    if outcome.repaired:
        project["fiscal_year_be"] = outcome.reading
        return [outcome.issue]
    return []


def _unwritten_pairs(project: Record) -> list[tuple[str, str]]:
    """The misreads the table of confusions leaves out (RARE_PAIRS: ๗ read
    as ๑ or ๐, ๖ and ๙ as ๑, the rarer look-alikes) of the digits this
    document's OCR never writes (read.py: parsers.digits.unread_digits):
    where it never writes ๗, every ๗ it printed came out as something else,
    and a ๑ (๗'s second commonest reading, 12 % of its printings) may be
    one.  None where it writes every digit (a clean text)."""
    unread = value_of(project, "unread_digits") or ""
    return [(p, r) for p, r in RARE_PAIRS if p in unread]


def _unwritten_support(project: Record, reports: dict[int, Record], pairs: list[tuple[str, str]]) -> Counter[int]:
    """_date_support with the form's printed years read under `pairs` as
    well (_unwritten_pairs)."""
    support: Counter[int] = Counter()
    with added_misreads(pairs):
        for reading in _form_dates(project, reports):
            support.update(_fiscal_years_of(reading))
    return support


def _unwritten_rivals(project: Record, reports: dict[int, Record], token: str, best: int) -> list[int]:
    """The other years a fiscal year printed `token`, whose one reading the
    form's dates favour is `best`, may as well be, once the digits the
    document's OCR never writes are read through the misreads the table
    leaves out (_unwritten_pairs): readings of `token` so that as many of
    the form's dates, so read, fall in as in `best`, or more.  Set s58o:
    "๒๕๒๑" for ๒๕๖๗ in a form whose every year is misread (๒๕๐๑, ๒๕๑๑,
    ๒๕9๐): 2561 under the table alone (๖ read ๒), and 2567 as well once ๗
    may be read ๑, as many dates allowing each; two readings fit, and the
    table's is taken only in doubt (_year_tied; s51z010 and extra4's t016
    print 2561 so).  Empty where the document writes every digit, or `best`
    stays ahead."""
    pairs = _unwritten_pairs(project)
    if not pairs:
        return []
    with added_misreads(pairs):
        own = be_year_candidates(token)
    support = _unwritten_support(project, reports, pairs)
    return sorted(y for y in own if y != best and support[y] >= support[best])


def _year_tied(fy: Reading, best: int, tied: list[int], key: str) -> list[Issue]:
    """The issues of a fiscal year set, in doubt, to the one reading of it
    under the table of confusions the form's dates favour (`best`), where
    read with the misreads of the digits its document never writes other
    readings fit the dates as well (_unwritten_rivals): repair_ambiguous,
    `chosen` and every candidate named (rule fiscal_year: the one rule of
    the year that says repair_ambiguous with a year `chosen`).
    The form's dates then read into its window are in doubt as well
    (repair_all: _dates_in_doubt)."""
    cands = sorted([best, *tied])
    evidence = json.dumps({"rule": "fiscal_year", "printed": fy.text.strip(), "read": fy.value, "chosen": best,
                           "candidates": cands}, ensure_ascii=False)
    what = (f"the fiscal year: printed {fy.text.strip()!r} reads {fy.value}; {best} is the one reading of its "
            f"characters under the table of confusions that the form's dates favour, but this document's OCR never "
            f"writes some digits, and read through their misreads the table leaves out (๗ as ๑ or ๐, ๖ or ๙ as ๑) "
            f"it may as well be {', '.join(map(str, tied))}, as many of the dates so read falling in it: {best} is "
            f"taken, in doubt, and so is every date read into its window")
    return [Issue("warning", "repair_ambiguous", what, evidence, fy.line_start, fy.line_end, project_key=key,
                  field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key")]


def _outvoting_year(support: Counter[int], own: set[int], best: int, mentions: Sequence = ()) -> int | None:
    """The year more of the form's dates fall in than in `best`, the
    reading of the fiscal-year field most of them allow, where no reading of
    the field's characters is that year (`own`): OCR misread the field's
    digits in a way the table of confusions lacks (๒๕๖๗ read ๒๕๐๑: 2561 is
    its one reading with dates, while the reports dated 2567 in Arabic
    digits, which OCR reads right, say 2567).  Or one as many of the dates
    fall in, where the project's fiscal-year mentions (`mentions`: its
    headings, the field among them, and its dates with a month's name:
    parsers.year_mentions) do not favour `best`, no more of them allowing it
    than that year: the dates leave the year open and only the field's
    characters, themselves misread, would pick it (set s56z: "๒๕595" for
    ๒๕๖๖, six dates each in 2556, 2560 and 2566, 2556 alone a reading of
    the field, and the title's "๒๕9๐๐", "๒๕9๐" allowing 2560 and 2566, not
    2556).  None when no year outvotes `best`."""
    rivals = [(n, y) for y, n in support.items() if y not in own and n >= support[best]]
    if not rivals:
        return None
    top, year = max(rivals)
    if top > support[best]:
        return year
    said = [m for m in mentions if not m[0].startswith("digits")]
    allowing = Counter(y for m in said for y in years_of(m) if y == best or support[y] == top)
    if allowing[best] > max(allowing[y] for _, y in rivals):
        return None  # (the mentions favour the field's reading: kept)
    return max(rivals, key=lambda r: (allowing[r[1]], r[1]))[1]


def _year_outvoted(fy: Reading, best: int, rival: int, support: Counter[int], key: str) -> list[Issue]:
    """The issues of a fiscal year kept as printed because the form's dates
    outvote the one reading of it they would allow (_outvoting_year): the
    year is in doubt, and so is every value it would place (said implausible,
    the dates are not moved into it: _year_said_implausible)."""
    evidence = json.dumps({"text": fy.text.strip(), "candidates": [best, rival],
                           "support": {str(best): support[best], str(rival): support[rival]}}, ensure_ascii=False)
    what = (f"the fiscal year reads {fy.value}; of the readings of its characters, {best} has the most of the form's "
            f"dates ({support[best]}), but {'as many' if support[rival] == support[best] else support[rival]} fall in "
            f"{rival}, which no reading of its characters is"
            + (f", and as many of the project's fiscal-year mentions allow it as allow {best}, or more "
               if support[rival] == support[best] else " ")
            + "(OCR misread a digit in a way no table lists): kept as printed, the year in doubt")
    return [Issue("warning", "implausible_value", what, evidence, fy.line_start, fy.line_end, project_key=key,
                  field=name) for name in ("projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key")]


def _rare_year_readings(token: str) -> set[int]:
    """The years a printed fiscal year could be under the misreads the table
    of confusions leaves out (RARE_PAIRS: ๗ read as ๑ or ๐, ๖ and ๙ as ๑,
    the rarer look-alikes) and with one Arabic digit read as the Thai digit
    OCR is measured to write it for (ARABIC_READS: "2552" for 25๖2, a form
    that prints the two scripts mixed in one number, whose ๖ OCR wrote as an
    Arabic 5; parsers.repair.year_candidates reads so only a year that
    still holds a Thai digit)."""
    variants = [token] + [token[:i] + d.translate(TO_THAI) + token[i + 1:] for i, ch in enumerate(token)
                          for d in ARABIC_READS.get(ch, "")]
    with added_misreads(RARE_PAIRS):
        return {y for v in variants for y in year_candidates(v)}


def _years_past(project: Record, reports: dict[int, Record], year: int) -> dict[int, list[Reading]]:
    """The years the form's dates leave a fiscal year `year` some of them
    allow behind: every date whose printed year allows `year` allows the
    other too, and two dates at least allow the other and not `year` (a
    field "2555" for 25๖5, its ๖ written as an Arabic 5, beside report
    dates "๒๕๒๕" that allow 2555 as they allow 2565, and "2565", "2๕6๕"
    that allow 2565 alone).  Year -> the dates that allow it alone."""
    sets = [(r, _fiscal_years_of(r)) for r in _form_dates(project, reports)]
    held = [s for _, s in sets if year in s]
    if not held:
        return {}
    past = {y: [r for r, s in sets if y in s and year not in s] for y in set.intersection(*held) - {year}}
    return {y: alone for y, alone in past.items() if len(alone) >= 2}


def _written_support(project: Record, reports: dict[int, Record], unread: str) -> Counter[int]:
    """How many of the form's parsed dates (start, end, each report) each
    fiscal year could hold, their printed years read as this document's
    OCR writes digits (written_years of _date_year_token: a digit it writes
    stands for itself or for one it never writes, never for another it
    writes; a date of October to December in the year after)."""
    support: Counter[int] = Counter()
    for years in _written_date_years(project, reports, unread):
        support.update({y for y in years if y <= YEAR_RANGE[1]})
    return support


def _written_date_years(project: Record, reports: dict[int, Record], unread: str) -> list[set[int]]:
    """For each of the form's parsed dates whose printed year _date_year_token
    finds, the fiscal years it could fall in, its year read as this
    document's OCR writes digits (written_years; October to December in the
    year after)."""
    dated: list[set[int]] = []
    for reading in _form_dates(project, reports):
        token = _date_year_token(reading)
        if token is not None:
            shift = 1 if reading.value.month >= 10 else 0
            dated.append({y + shift for y in written_years(token, unread)})
    return dated


def _rivals_only_unwritten(project: Record, reports: dict[int, Record], support: Counter[int], own: set[int],
                           best: int) -> dict[str, int] | None:
    """Where years outside a fiscal year's readings (`own`) tie with or
    outvote `best` among the form's dates only under the table of
    confusions, which reads any digit as its misreads (a ๒๕๒๓ as 2553, ๕
    read ๒, as readily as 2563, ๖ read ๒), in a document whose OCR never
    writes some digits: the form's dates read as it writes each digit
    (_written_support), `best` allowed by two at least and by more than
    every year outside `own`.  {year: dates allowing it so} for `best` and
    those rivals; None where the document writes every digit, or any rival
    keeps as many."""
    unread = value_of(project, "unread_digits")
    if not unread:
        return None
    written = _written_support(project, reports, unread)
    rivals = [y for y, n in support.items() if y not in own and n >= support[best]]
    if written[best] < 2 or any(written[y] >= written[best] for y in written if y not in own):
        return None
    return {str(y): written[y] for y in [best, *sorted(rivals)]}


def fiscal_year_by_rare_reads(project: Record, reports: dict[int, Record], key: str) -> list[Issue]:
    """A fiscal year no other rule settled, read outside the archive's years
    (YEAR_RANGE) or as a year none of the form's dates falls in, or that
    the dates leave behind (_years_past: every date that allows it allows
    another year, and two more that year alone), is read
    again with the misreads the table of confusions leaves out
    (_rare_year_readings): where exactly one of those readings is the year
    most of the form's dates fall in (at least two, no other reading with as
    many, and no year outside the readings with more: _outvoting_year), it
    is that year ("2552" with four report dates in 2562: 25๖2, its ๖ written
    as an Arabic 5; "2512" with the dates in 2562: ๖ read as ๑).  Said
    value_repaired (rule fiscal_year, rare_misreads), the printing in the
    evidence; several such readings, or none, and nothing changes (the
    checks flag the year as before)."""
    fy = project.get("fiscal_year_be")
    if fy is None or not enabled() or not isinstance(fy.value, int):
        return []
    support = _date_support(project, reports)
    passed: dict[int, list[Reading]] | None = None  # where some dates allow the field's reading: the years past it
    if YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1] and support[fy.value]:
        if not (passed := _years_past(project, reports, fy.value)):
            return []
    tokens = year_mentions(fy.text)
    if not tokens:
        return []
    own = _rare_year_readings(tokens[-1]) - {fy.value}
    ranked = sorted(own if passed is None else own & set(passed), key=lambda y: -support[y])
    if not ranked or support[ranked[0]] < 2 or (len(ranked) > 1 and support[ranked[1]] == support[ranked[0]]):
        return []
    best = ranked[0]
    unwritten = None
    if _outvoting_year(support, own, best) is not None:
        # a year outside the field's readings as many dates allow under the table: none where those dates allow it
        # only through a misread of a digit this document's OCR writes (_rivals_only_unwritten)
        if (unwritten := _rivals_only_unwritten(project, reports, support, own, best)) is None:
            return []
    if _unwritten_rivals(project, reports, tokens[-1], best):
        return []  # (a year the dates, read as the field is, favour as much: _unwritten_rivals)
    project["fiscal_year_be"] = Reading(best, fy.text, fy.line_start, fy.line_end)
    shown = fy.text.strip()
    evidence = {"rule": "fiscal_year", "printed": shown, "read": fy.value, "candidates": sorted(own)[:10],
                "chosen": best, "support": support[best], "rare_misreads": True}
    if unwritten is not None:
        evidence["written_support"] = unwritten
    return [Issue("warning", "value_repaired",
                  f"the fiscal year: printed {shown!r} reads {fy.value}, which "
                  + ("is outside the archive's years" if not YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1]
                     else "none of the form's dates falls in" if passed is None else
                     f"the form's dates leave behind (every date that allows it allows {best} too, and "
                     f"{len(passed[best])} others {best} alone)")
                  + f"; {best} is the only reading of its characters, under the misreads the table of confusions "
                  f"leaves out (a ๖ written as an Arabic 5 or 9, a ๖ ๗ or ๙ read as ๑), that the form's dates agree "
                  f"on ({support[best]} of them fall in it, no other year as many"
                  + (")" if unwritten is None else
                     f" but {', '.join(str(y) for y in unwritten if y != str(best))}, which they allow only where a "
                     f"digit this document's OCR writes was misread; read as its OCR writes each digit, "
                     f"{unwritten[str(best)]} of them allow {best} and fewer any other year)"),
                  json.dumps(evidence, ensure_ascii=False), fy.line_start, fy.line_end, project_key=key,
                  field="projects.fiscal_year_be")]


def _within(lo: date, hi: date) -> Callable[[Any], bool]:
    return lambda d: isinstance(d, date) and lo <= d <= hi


# Another printing of a value: the other copies' readings of each value the copies disagree on, by
# (table, record key, field) as pipeline.vote keys them (Copies: built by rows.build from the vote)
Copies = dict[tuple[str, Any, str], list[Reading]]


def copy_reading(reading: Reading, others: Sequence[Reading], accept: Callable[[Any], bool], *, rule: str,
                 field: str, what: str, key: str | None) -> tuple[Reading, Issue] | None:
    """A value the form's copies disagree on whose kept reading fails its
    constraint (`accept`), where exactly one value another copy reads passes
    it: another printing of the same value, which OCR read otherwise ("2008-10-01"
    in one copy, "2018-10-01" in the other, in fiscal 2562), is that value
    (value_repaired, the copies' readings as evidence, `copy_readings`).  None
    where no other copy's reading passes, or several do."""
    fits: dict[Any, Reading] = {}
    for other in others:
        if other.value is not None and other.value != reading.value and accept(other.value):
            fits.setdefault(other.value, other)
    if len(fits) != 1:
        return None
    chosen = next(iter(fits.values()))
    evidence = {"rule": rule, "printed": reading.text.strip(), "read": plain_value(reading.value),
                "copy_readings": [plain_value(o.value) for o in others], "chosen": plain_value(chosen.value)}
    said = "is unreadable" if reading.value is None else \
        f"reads {plain_value(reading.value)}, which {rule_text(rule)}"
    issue = Issue("warning", "value_repaired", f"{what}: printed {evidence['printed']!r} {said}; another copy of "
                  f"the form reads it {plain_value(chosen.value)} (printed {chosen.text.strip()!r}), the only "
                  "reading of the other copies that fits", json.dumps(evidence, ensure_ascii=False),
                  reading.line_start, reading.line_end, project_key=key, field=field)
    return Reading(chosen.value, chosen.text, chosen.line_start, chosen.line_end), issue


def _copies_agree(reading: Reading, others: Sequence[Reading], accept: Callable[[Any], bool], seq: int,
                  key: str) -> tuple[Reading, Issue] | None:
    """A report date the form's copies read apart (`others`: the other
    copies' readings, the vote having kept `reading` by no reason of what
    they read: rows.other_copies) where exactly one date `accept`s (between
    its bounds) is a reading of every copy's characters (date_readings, and
    the date as read): that date, which every printing allows and no other
    does ("๑๕/๐๖/๒๕๒๒" and "๑๔/๐๖/๒๕๐๒" for 2019-06-14 in a document whose OCR
    misreads ๔ as ๕ and ๖ as ๐ or ๒), value_repaired with the copies'
    readings as evidence (rule copy_readings).  A copy whose characters read
    as no date at all has no say; two copies at least must.  None where no
    date, or several, fit every copy, or the one is the date as kept."""
    if not others:
        return None
    common: set[date] | None = None
    voters = 0
    for printing in (reading, *others):
        could = set(date_readings(printing.text))
        if isinstance(printing.value, date):
            could.add(printing.value)
        if not could:
            continue
        voters += 1
        could = {d for d in could if accept(d)}
        common = could if common is None else common & could
    if voters < 2 or common is None or len(common) != 1 or (chosen := next(iter(common))) == reading.value:
        return None
    shown = reading.text.strip()
    evidence = {"rule": "copy_readings", "printed": shown, "read": plain_value(reading.value),
                "copy_readings": [o.text.strip() for o in others], "chosen": str(chosen)}
    said = "is unreadable" if reading.value is None else f"reads {plain_value(reading.value)}"
    issue = Issue("warning", "value_repaired",
                  f"report {seq}'s date: printed {shown!r} {said}; the form's other copies read it "
                  f"{', '.join(repr(o.text.strip()) for o in others)}, and {chosen} is the one date between its "
                  "bounds that a reading of every copy's characters gives", json.dumps(evidence, ensure_ascii=False),
                  reading.line_start, reading.line_end, project_key=key, field="progress_reports.report_date")
    return Reading(chosen, reading.text, reading.line_start, reading.line_end), issue


def _copies_deny(chosen: date, others: Sequence[Reading], accept: Callable[[date], bool]) -> list[tuple[str, list[date]]]:
    """The other copies' printings of a report date (`others`) whose
    readings (date_readings, and the date as read) hold dates `accept`s
    (between the date's bounds) but not `chosen`, the one reading of the
    kept printing that fits: such a copy prints, as OCR read it, another
    date that fits as well ("ออ/9/2๕๒๕" reads 2021-09-06 alone, the other
    copy's "๑6/๓๕/๒๕๒๕" 2021-09-16 alone), so the one reading of one copy
    is no proof.  (printed, its fitting readings) for each; empty where no
    copy prints so (a copy whose characters read no fitting date has no
    say)."""
    out = []
    for other in others:
        could = set(date_readings(other.text))
        if isinstance(other.value, date):
            could.add(other.value)
        fit = sorted(d for d in could if accept(d))
        if fit and chosen not in fit:
            out.append((other.text.strip(), fit))
    return out


def _date_printings(copies: Copies | None, seq: int) -> list[Reading]:
    """The other copies' printings of report `seq`'s date the vote kept one of blindly: read, or none readable."""
    return [*(copies or {}).get(("progress_reports", seq, "report_date"), []),
            *(copies or {}).get(("progress_reports", seq, "report_date_printed"), [])]


def _denied_issue(outcome: Any, denied: list[tuple[str, list[date]]], seq: int, key: str) -> Issue:
    """repair_ambiguous for a report date whose one fitting reading another copy's printing denies (_copies_deny)."""
    evidence = json.loads(outcome.issue.evidence)
    chosen = evidence.pop("chosen")
    evidence["candidates"] = sorted({chosen, *(str(d) for _, fit in denied for d in fit)})[:10]
    evidence["copy_readings"] = [text for text, _ in denied]
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s date: printed {evidence['printed']!r}; {chosen} is the only reading of those "
                 f"characters that fits, but the form's other copy prints it "
                 f"{', '.join(repr(text) for text, _ in denied)}, whose readings that fit are "
                 f"{', '.join(str(d) for _, fit in denied for d in fit)}: which is right is not known, so none is "
                 "chosen", json.dumps(evidence, ensure_ascii=False), outcome.issue.line_start,
                 outcome.issue.line_end, project_key=key, field="progress_reports.report_date")


def repair_dates(project: Record, reports: dict[int, Record], key: str, span: bool = True,
                 recheck: bool = False, copies: Copies | None = None, year_sure: bool = False) -> list[Issue]:
    """Start and end dates inside the fiscal year or its neighbours (one
    read outside them is read again among the dates its characters could be
    inside the fiscal year itself: the neighbours' two years more would let a
    reading that lost the true one fit by chance); each report date inside
    the year the reports cover and between the dates of its neighbours
    (those inside it); then each date the form's calendar of one report a
    month places where its reading does not (_dates_by_calendar).  Without
    `span` (the entries' structure in doubt: a date may stand in another
    entry's place) no report date is read again, and the project's span is
    not weighed against them; with `recheck` as well (the doubt is not
    about the dates' row), a date whose year OCR misread may be
    (_years_in_doubt), and so may one the calendar places where every entry
    has a date printed.  A fiscal year outside the archive's years
    (YEAR_RANGE: "๒๕๐๕" read 2505, its readings too many for the dates to
    tell) is itself the misread: its window holds no true date, and none is
    read into it (set s60o: an end date's other copy, "๓๐ กันยายน ๒๕๐๕",
    taken as 1962-09-30 under 2505 for 2021-09-30)."""
    fy = value_of(project, "fiscal_year_be")
    if fy is None:
        return []
    if not YEAR_RANGE[0] <= fy <= YEAR_RANGE[1]:
        return _span_without_window(project, key)
    issues: list[Issue] = []
    start, end = fiscal_year_window(fy)
    wide = (start.replace(year=start.year - 1), end.replace(year=end.year + 1))
    mended: dict[str, tuple[dict[str, Reading], Issue]] = {}  # start/end repaired here: what stood before, the issue
    undecided: dict[str, Issue] = {}  # start/end unreadable with several readings in the year: their issue
    for name in ("start_date", "end_date"):
        reading = project.get(name)
        printed = project.get(f"{name}_printed")
        before = {k: project[k] for k in (name, f"{name}_printed") if k in project}
        if reading is None and printed is not None:  # unreadable as printed: the dates its characters could be
            outcome = repair_date(Reading(None, printed.text, *printed.span), start, end, rule="fiscal_year_window",
                                  field=f"projects.{name}", what=name.replace("_", " "), project_key=key)
            if outcome.repaired:
                project[name] = outcome.reading
                project.pop(f"{name}_printed")
                mended[name] = (before, outcome.issue)
            elif outcome.issue is not None:
                undecided[name] = outcome.issue
            if outcome.issue is not None:
                issues.append(outcome.issue)
            continue
        if reading is None:
            continue
        if isinstance(reading.value, date) and wide[0] <= reading.value <= wide[1]:
            continue  # as read, it may be: a project may run past its fiscal year
        if (found := copy_reading(reading, (copies or {}).get(("project", 0, name), []), _within(start, end),
                                  rule="fiscal_year_window", field=f"projects.{name}",
                                  what=name.replace("_", " "), key=key)) is not None:
            project[name] = found[0]
            mended[name] = (before, found[1])
            issues.append(found[1])
            continue
        outcome = repair(reading, parse_date, _within(start, end), rule="fiscal_year_window",
                         field=f"projects.{name}", what=name.replace("_", " "), project_key=key)
        if outcome.issue is None and not outcome.repaired and YEAR_RANGE[0] <= fy <= YEAR_RANGE[1] \
                and (found := _date_by_written_digits(reading, value_of(project, "unread_digits"), start, end,
                                                      f"projects.{name}", name.replace("_", " "), key)) is not None:
            outcome = found
        project[name] = outcome.reading
        if outcome.repaired:
            mended[name] = (before, outcome.issue)
        if outcome.issue is not None:
            issues.append(outcome.issue)
    window = report_window(fy)
    inside = _within(*window)
    # an unreadable date (its slot kept as printed) is repaired like a wrong one
    for rec in reports.values():
        if "report_date" not in rec and "report_date_printed" in rec:
            rec["report_date"] = Reading(None, rec["report_date_printed"].text, *rec["report_date_printed"].span)
    seqs = sorted(s for s in reports if "report_date" in reports[s])
    if span:  # the entries in order: each date between its neighbours'
        issues += _dates_together(reports, seqs, window, key, opens=start, closes=end, copies=copies)
    # each date between the latest earlier date inside the window (as repaired) and the earliest later
    # one (as read): kept in one pass each way, so thousands of entries stay linear.  With the entries in
    # doubt a date may stand in another entry's place: none is read again
    weighed = seqs if span else []
    partial: set[int] = set()  # the reports whose date only the year was proven of (year_proven): no bound
    if not span and recheck:
        issues += _years_in_doubt(reports, seqs, window, key, opens=start)
    if not span:  # (no neighbour bounds a date there: the copies' agreement inside the window alone)
        for seq in seqs:
            if (found := _copies_agree(reports[seq]["report_date"],
                                       (copies or {}).get(("progress_reports", seq, "report_date"), []),
                                       _within(max(window[0], start), window[1]), seq, key)):
                _set_date(reports[seq], found[0])
                issues.append(found[1])
        issues += _years_proven_in_doubt(reports, seqs, (max(window[0], start), window[1]), key, partial,
                                         YEAR_RANGE[0] <= fy <= YEAR_RANGE[1], closes=end,
                                         spanned=_span_in_year(project, start, end))
    later_min = _later_least([d if inside(d := reports[s]["report_date"].value) else None for s in weighed])
    # a date no reading of a damaged neighbour allows (each reading of an earlier report's date later than
    # it, or of a later one's earlier) is refused: the true date is not among the readings
    bounds = _reading_bounds([reports[s]["report_date"] for s in weighed], inside)
    # (the fiscal year's last day, past which a reading in doubt is set aside: not where a date read whole falls
    # after it, the form filing late: _unless_filed_late)
    proper_end = _unless_filed_late(reports, [s for s in weighed if inside(reports[s]["report_date"].value)], end)
    high = None
    for i, seq in enumerate(weighed):
        if i:
            value = reports[seqs[i - 1]]["report_date"].value
            if inside(value) and seqs[i - 1] not in partial:
                high = value if high is None else max(high, value)
        reading = reports[seq]["report_date"]
        lo = window[0] if high is None else high
        hi = window[1] if later_min[i] is None else later_min[i]
        if lo > hi:
            continue
        rule = "date_order" if inside(reading.value) else "report_window"
        if (floor := done_floor(reports[seq], window)) is not None and lo < floor <= hi:
            lo, rule = floor, "done_before"  # its description says its work was done on a later day than lo
        # the form's copies print one date: where they read it apart (the vote kept one blindly), the one date
        # every printing's readings allow between the bounds is it, whichever copy the vote kept
        if (found := _copies_agree(reading, (copies or {}).get(("progress_reports", seq, "report_date"), []),
                                   lambda d, lo=max(lo, start), hi=hi, i=i: lo <= d <= hi
                                   and bounds[0][i] <= d <= bounds[1][i], seq, key)) is not None:
            _set_date(reports[seq], found[0])
            issues.append(found[1])
            continue
        # a reading chosen for a damaged date falls on or after the day the fiscal year opens: a report before
        # it reports no work of the year, and the slack before admits a date as printed (a form filed early),
        # where it would let a reading that lost the true one fit by chance (the slack after is the months a
        # late report is filed in, where readings are chosen)
        if not (isinstance(reading.value, date) and lo <= reading.value <= hi):  # (else it stands as printed)
            lo = max(lo, start)
            if lo > hi:
                continue
            others = (copies or {}).get(("progress_reports", seq, "report_date"), [])
            if others and (found := copy_reading(
                    reading, others, lambda d, lo=lo, hi=hi, i=i: isinstance(d, date) and lo <= d <= hi
                    and bounds[0][i] <= d <= bounds[1][i], rule=rule, field="progress_reports.report_date",
                    what=f"report {seq}'s date", key=key)) is not None:
                _set_date(reports[seq], found[0])
                issues.append(found[1])
                continue
        outcome = repair_date(reading, lo, hi, rule=rule,
                              field="progress_reports.report_date", what=f"report {seq}'s date", project_key=key,
                              lost_day=True)
        if outcome.repaired and (denied := _copies_deny(
                outcome.reading.value, _date_printings(copies, seq),
                lambda d, lo=lo, hi=hi, i=i: lo <= d <= hi and bounds[0][i] <= d <= bounds[1][i])):
            if not any(i.code == "repair_ambiguous" and i.line_start == reading.line_start
                       and i.field == "progress_reports.report_date" and '"copy_readings"' in i.evidence
                       for i in issues):  # (_dates_together said it already)
                issues.append(_denied_issue(outcome, denied, seq, key))
            continue
        proper = None
        if outcome.repaired and not bounds[0][i] <= outcome.reading.value <= bounds[1][i]:
            evidence = {**json.loads(outcome.issue.evidence), "bounds": [str(b) for b in (bounds[0][i], bounds[1][i])]}
            evidence.pop("chosen", None)
            issues.append(Issue("warning", "repair_ambiguous", f"report {seq}'s date: printed "
                                f"{evidence['printed']!r}; its one reading that fits, {outcome.reading.value}, is "
                                f"outside {bounds[0][i]} to {bounds[1][i]}, where every reading of its neighbours' "
                                "damaged dates puts it: the true date is not among its readings, so none is chosen",
                                json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                                project_key=key, field="progress_reports.report_date"))
            continue
        if outcome.repaired:
            _set_date(reports[seq], outcome.reading)
        elif outcome.issue is not None and (proven := year_proven(reading, lo, hi)
                                            or _year_proven_unread(reading, lo, hi)
                                            or (proper := _proper_year(reading, lo, hi, proper_end)
                                                if seq < max(reports) else None)) is not None:
            # several readings fit, all in one year: the year is proven, the day and month are kept as printed
            # (the date as read in that year is one of the readings), and the value stays in doubt; or those
            # inside the fiscal year itself do, the others in the months of slack after it (_proper_year)
            _set_date(reports[seq], Reading(proven, reading.text, reading.line_start, reading.line_end))
            partial.add(seq)
            evidence = {**json.loads(outcome.issue.evidence), "year_proven": str(proven)}
            if proper is not None:
                evidence["bounds"] = [str(lo), str(end)]
            issues.append(Issue("warning", "repair_ambiguous", f"{outcome.issue.message}; every one of them "
                                + (f"up to {end}, the fiscal year's last day (its readings in the months of slack "
                                   "after it, a late report's, set aside), " if proper is not None else "")
                                + f"is in {proven.year}: read as {proven}, its day and month as printed, which of the "
                                "readings is right not known", json.dumps(evidence, ensure_ascii=False),
                                outcome.issue.line_start, outcome.issue.line_end, project_key=key,
                                field="progress_reports.report_date"))
            continue
        if outcome.issue is None and not outcome.repaired and YEAR_RANGE[0] <= fy <= YEAR_RANGE[1] and \
                (any(inside(reports[s]["report_date"].value) for s in seqs if s != seq)
                 or reading.value is None and _span_in_year(project, start, end)) and \
                (found := _year_from_window(reading, lo, hi, seq, rule, key, _dates_print_thai(reports, seq),
                                            proper_end if seq < max(reports) else None)) is not None:
            _set_date(reports[seq], found[0])
            partial.add(seq)
            issues.append(found[1])
            continue
        if outcome.issue is not None:
            issues.append(outcome.issue)
    if span or (recheck and len(seqs) == len(reports)):
        # (with the entries in doubt, only where the doubt is not about the dates' row and every entry is there
        # with a date printed, as _years_in_doubt asks: no date moved up or down)
        moved = {s: reports[s]["report_date"].value for s in seqs}
        issues += _dates_by_calendar(reports, seqs, (start, end), window, partial, key, issues)
        if any(reports[s]["report_date"].value != v for s, v in moved.items()):
            issues += _unread_after_calendar(reports, seqs, window, partial, key, start, issues, strict=not span,
                                             unread=value_of(project, "unread_digits") or "")
    if not span and YEAR_RANGE[0] <= fy <= YEAR_RANGE[1]:
        # (the entries in doubt: a date still unreadable whole with one reading inside the year, read so in doubt)
        issues += _unread_with_one_reading(reports, seqs, (max(window[0], start), window[1]), key, partial, end)
    # a date one reading of which alone stands in order with some reading of every other report's date
    issues += _dates_by_domains(reports, seqs, window, (start, end), partial, key, span, issues)
    for seq in seqs:  # still unreadable: back to its printed text, flagged by the checks
        if reports[seq]["report_date"].value is None:
            del reports[seq]["report_date"]
    # the report dates that bound the project's period: inside the year and in order with every other
    # (a date out of order is itself in doubt, and would move a bound the wrong way); one pass each way
    dated = [reports[s]["report_date"].value for s in sorted(reports)
             if inside(value_of(reports[s], "report_date")) and s not in partial]
    reported, high = [], None
    for d, after in zip(dated, _later_least(dated)):
        if (high is None or high <= d) and (after is None or d <= after):
            reported.append(d)
        high = d if high is None else max(high, d)
    if span:
        issues += repair_project_span(project, sorted(reported), wide, key, (start, end), copies)
        _unreadable_by_reports(project, undecided, sorted(reported), (start, end), issues, key)
    # a report whose date OCR damaged still bounds the period by its readings inside the fiscal year: all
    # of them before a start (or after an end) leave it outside, whichever it is
    first, last = (reported[0], reported[-1]) if reported else (None, None)
    for seq, rec in reports.items():
        if inside(value_of(rec, "report_date")) and seq not in partial:  # (a year proven: its readings bound)
            continue
        printed = rec.get("report_date") or rec.get("report_date_printed")
        could = [d for d in date_readings(printed.text) if start <= d <= end] if printed is not None else []
        if could:
            first = max(could) if first is None else min(first, max(could))
            last = min(could) if last is None else max(last, min(could))
    # a repair is undone on the dates' word, never made by it: also with the entries in doubt
    issues = _unmend_outside_span(project, mended, (first, last), issues, key)
    if year_sure:
        _fiscal_year_edges(project, (start, end), (first, last), issues, key, wide)
    return issues


def _span_without_window(project: Record, key: str) -> list[Issue]:
    """The project's start and end dates where its fiscal year is outside
    the archive's years (repair_dates reads none into its window) or said
    implausible (_year_said_implausible: repair_dates is not asked): each
    read in a year outside them is said implausible, kept as read, as
    rows.check_report_dates says a report date so read."""
    issues: list[Issue] = []
    for name in ("start_date", "end_date"):
        reading = project.get(name)
        if reading is None or not isinstance(reading.value, date) \
                or YEAR_RANGE[0] <= reading.value.year + 543 <= YEAR_RANGE[1]:
            continue
        issues.append(Issue("warning", "implausible_value",
                            f"{name.replace('_', ' ')} {reading.value} is in BE {reading.value.year + 543}, outside "
                            f"the archive's years {YEAR_RANGE[0]}-{YEAR_RANGE[1]} (its year misread?), and the fiscal "
                            "year, itself outside them or in doubt, gives no window to repair it in",
                            json.dumps({"text": reading.text.strip()}, ensure_ascii=False), reading.line_start,
                            reading.line_end, project_key=key, field=f"projects.{name}"))
    return issues


def _dates_by_calendar(reports: dict[int, Record], seqs: list[int], year: tuple[date, date],
                       window: tuple[date, date], partial: set[int], key: str,
                       earlier: list[Issue] | None = None) -> list[Issue]:
    """A report date the form's calendar places where its reading does not
    (months.py: a form reports once a month at most, inside its fiscal year,
    so report k of N falls in the year's month k-1 at the earliest and
    12-N+k-1 at the latest, each report in a month after the one before):
    unreadable, read outside the fiscal year (`year`), its year alone proven
    (`partial`: its day and month kept as printed), or read in a month its
    place forbids or another report's month ("๐๕" for July: ๗ read ๕).  Its
    readings in its place's months, after the months of the earlier reports
    read whole in theirs and before the later ones', in order with their
    dates and allowed by its damaged neighbours' readings (those of their
    readings that fit their own places: a neighbour none of whose readings
    does bounds nothing): one left, repaired (rule report_calendar); all in
    one month, the day as printed among them, read as that day in doubt
    (repair_ambiguous, evidence month_proven), as year_proven does for a
    year (of a date OCR left unreadable, its day as printed only where the
    measured reads make it likelier than its other readings together:
    _printed_day); else it stays as it was, unless its year alone was
    proven and its month as printed falls outside its place's months: then
    it is left unread (_unproven_by_calendar; `earlier`, the issues so far,
    has the year_proven issue replaced).  A date printed in Thai digits
    out of its place is the misread; one printed without them (OCR reads
    those as printed) out of its place, or any read whole in the months of
    slack the report window allows (unless printed in Thai digits some
    reading of which falls inside the year: _may_be_inside), says the form
    keeps no such calendar: nothing is read again.  Asked only of
    entries numbered 1 to N with no gap, not in doubt or in a doubt not
    about the dates' row with every entry dated (repair_dates)."""
    top = len(reports)
    if not seqs or sorted(reports) != list(range(1, top + 1)):
        return []
    first, last = year

    def place(seq: int) -> tuple[int, int]:
        return seq - 1, 12 - top + seq - 1

    def fiscal(d: date) -> int:
        return fiscal_month(d.month)

    sure: dict[int, date] = {}
    for seq in seqs:
        value = reports[seq]["report_date"].value
        if isinstance(value, date) and first <= value <= last and seq not in partial \
                and (place(seq)[0] <= fiscal(value) <= place(seq)[1] or _unconfused(reports[seq]["report_date"])):
            sure[seq] = value
    # two dates read whole that the calendar cannot both hold (two reports in one month, "๐๕" for ๐๘ beside a
    # May): either may be the misread where it is printed in Thai digits, so it is read again; a date printed
    # without them (OCR reads those as printed) out of its place says the form keeps no such calendar
    while True:
        held = sorted(sure)
        clash = {s for s1, s2 in zip(held, held[1:]) if fiscal(sure[s2]) - fiscal(sure[s1]) < s2 - s1
                 or sure[s2] < sure[s1] for s in (s1, s2)}
        clash |= {s for s in held if not place(s)[0] <= fiscal(sure[s]) <= place(s)[1]}
        if not clash:
            break
        if all(_unconfused(reports[s]["report_date"]) for s in clash):
            return []
        for s in clash:
            if not _unconfused(reports[s]["report_date"]):
                del sure[s]
    if any(s not in partial and _late_or_early(reports[s]["report_date"].value, year, window)
           and not _may_be_inside(reports[s]["report_date"], year) for s in seqs):
        return []  # a date read whole in the slack the report window allows (a form filed early or late): the
        # form keeps no calendar of its fiscal year.  (One printed in Thai digits some reading of which falls
        # inside the year says nothing so: OCR's misread of a digit, "๑๕/1/๒56๕" for 2021-01-15, is as likely;
        # it is read again with the others)
    redo = [s for s in seqs if s not in sure]
    if not redo:
        return []
    # every reading of a damaged neighbour's date (unread, read outside the window, or its year alone proven)
    # bounds a date read again (as in repair_dates: one no such reading allows is not chosen)
    bounds = _reading_bounds([Reading(None, r.text, r.line_start, r.line_end) if s in partial else r
                              for s, r in ((s, reports[s]["report_date"]) for s in seqs)], _within(*window),
                             lambda i, d: place(seqs[i])[0] <= fiscal(d) <= place(seqs[i])[1])
    issues: list[Issue] = []
    held = {s: reports[s]["report_date"].value for s in redo if s in partial}  # its year alone proven, as it stood
    months_left: dict[int, tuple[int, int]] = {}
    for seq in redo:
        i = seqs.index(seq)
        reading = reports[seq]["report_date"]
        lo_m, hi_m = place(seq)
        lo_d, hi_d = first, last
        before = [s for s in sure if s < seq]
        after = [s for s in sure if s > seq]
        if before:
            b = max(before)
            lo_m, lo_d = max(lo_m, fiscal(sure[b]) + seq - b), max(lo_d, sure[b])
        if after:
            a = min(after)
            hi_m, hi_d = min(hi_m, fiscal(sure[a]) - (a - seq)), min(hi_d, sure[a])
        months_left[seq] = place(seq)  # (the calendar's own months: a neighbour read whole may be a misread too)
        if shape_mended(reading.text):
            continue  # (readings guessed at a shape OCR broke miss the true date too often to be chosen by months)
        cands = sorted(c for c in date_readings(reading.text)
                       if max(lo_d, bounds[0][i]) <= c <= min(hi_d, bounds[1][i]) and lo_m <= fiscal(c) <= hi_m)
        if not cands:
            continue
        shown = reading.text.strip()
        read = reading.value if isinstance(reading.value, date) else None
        if read is not None and seq not in partial and read in cands:
            continue
        evidence = {"rule": "report_calendar", "printed": shown, "read": None if read is None else str(read),
                    "candidates": [str(c) for c in cands[:10]]}
        months_named = " to ".join(dict.fromkeys(calendar.month_name[(m + FIRST_MONTH - 1) % 12 + 1]
                                                 for m in (lo_m, hi_m)))
        where = (f"report {seq} of {top} falls in {months_named} (a form reports once a month at most, inside "
                 "its fiscal year, each report in a month after the one before)")
        said = "is unreadable" if read is None else f"reads {read}"
        if len(cands) == 1:
            chosen = cands[0]
            evidence["chosen"] = str(chosen)
            _said_again(issues, earlier, seq, reading,
                        Issue("warning", "value_repaired", f"report {seq}'s date: printed {shown!r} {said}; "
                              f"{where}; {chosen} is the only reading of its characters there",
                              json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                              project_key=key, field="progress_reports.report_date"))
        else:
            months = {(c.year, c.month) for c in cands}
            day = read.day if read is not None else _printed_day(shown, {c.day for c in cands})
            if day is None or len(months) != 1:
                continue
            (y, m), = months
            try:
                chosen = date(y, m, day)
            except ValueError:
                continue
            if chosen not in cands or chosen == read:
                continue  # (its readings there leave the day unproven; or the date as read already says it)
            evidence["month_proven"] = str(chosen)
            _said_again(issues, earlier, seq, reading,
                        Issue("warning", "repair_ambiguous", f"report {seq}'s date: printed {shown!r} {said}; "
                              f"{where}; every reading of its characters there is in {y}-{m:02d}: read as "
                              f"{chosen}, its day as printed, which of the {len(cands)} readings is right not known",
                              json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                              project_key=key, field="progress_reports.report_date"))
            partial.add(seq)
        _set_date(reports[seq], Reading(chosen, reading.text, reading.line_start, reading.line_end))
    issues += _unproven_by_calendar(reports, held, months_left, top, year, earlier if earlier is not None else [], key)
    return issues


def _unread_after_calendar(reports: dict[int, Record], seqs: list[int], window: tuple[date, date],
                           partial: set[int], key: str, opens: date, earlier: list[Issue],
                           strict: bool = False, unread: str = "") -> list[Issue]:
    """A report date still unreadable once the form's calendar has read a
    neighbour again (_dates_by_calendar: a neighbour read whole in a month
    its place forbids, "2๐๒4-๕-๑๕" for August as report 9 of 10, bounded
    it out of its own true date): weighed again between its neighbours as
    they now stand (the latest earlier date and the earliest later one
    inside the window, a date whose year or month alone was proven bounding
    nothing), on or after the day the fiscal year opens (`opens`), and
    allowed by every reading of its damaged neighbours' dates
    (_reading_bounds).  One reading of its characters there: repaired
    (rule date_order), as the first pass would have, its issue in the place
    of the first pass's doubt on it (`earlier`: _said_again); several: left
    unread (the first pass said so).  Asked only where the calendar changed a
    date; with `strict` (the entries read in doubt, every one there with a
    date printed: _years_in_doubt's terms), strictly after the earlier
    date and before the later one (a date standing in a neighbour's place
    would meet that neighbour's own).  In a document whose OCR never
    writes some digits (`unread`), a reading of its characters through the
    digits each may stand for (_written_dates) there is one too: where it
    gives another date there, nothing is chosen (set s77b:
    bma_progress_s77b007's report 5 '๐๑/๐๑/๒๕๒๓', the one reading 2020-01-01
    between its neighbours; it printed ๐๖/๐๖/๒๕๖๓, ๖ written ๑ and ๒ in a
    document that never writes ๔ ๖ ๗ ๘ ๙)."""
    inside = _within(*window)
    values = [reports[s]["report_date"].value if s not in partial and inside(reports[s]["report_date"].value)
              else None for s in seqs]
    later = _later_least(values)
    bounds = _reading_bounds([reports[s]["report_date"] for s in seqs], inside)
    issues: list[Issue] = []
    high = None
    for i, seq in enumerate(seqs):
        reading = reports[seq]["report_date"]
        if reading.value is None:
            lo = max(opens, window[0] if high is None else high, bounds[0][i])
            hi = min(window[1] if later[i] is None else later[i], bounds[1][i])
            if lo <= hi:
                cands = sorted(c for c in date_readings(reading.text) if lo <= c <= hi
                               and not (strict and c in (high, later[i])))
                if len(cands) == 1 and unread and \
                        (written := _written_dates(reading.text, unread)) is not None and \
                        any(lo <= c <= hi and c != cands[0] and not (strict and c in (high, later[i]))
                            for c in written):
                    cands = []  # (another reading through the digits the document never writes: none chosen)
                if len(cands) == 1:
                    chosen = cands[0]
                    shown = reading.text.strip()
                    evidence = {"rule": "date_order", "printed": shown, "read": None,
                                "candidates": [str(chosen)], "chosen": str(chosen), "bounds": [str(lo), str(hi)]}
                    _said_again(issues, earlier, seq, reading, Issue(
                        "warning", "value_repaired", f"report {seq}'s date: printed {shown!r} is unreadable; once "
                        "the form's calendar read a neighbour's date again, "
                        f"{chosen} is the only reading of its characters between {lo} and {hi}, where its "
                        "neighbours' dates put it", json.dumps(evidence, ensure_ascii=False), reading.line_start,
                        reading.line_end, project_key=key, field="progress_reports.report_date"))
                    _set_date(reports[seq], Reading(chosen, reading.text, reading.line_start, reading.line_end))
                    values[i] = chosen
        if values[i] is not None:
            high = values[i] if high is None else max(high, values[i])
    return issues


def _written_dates(text: str, unread: str) -> set[date] | None:
    """The dates a printed date may be in a document whose OCR never writes
    the digits `unread`: each digit read as _written_readings allows (a Thai
    digit itself or an unread digit OCR writes as it), every other
    character as printed, each spelling read by parse_date.  None where the
    spellings come to more than _WRITTEN_MAX."""
    spellings = _written_spellings(text, unread, False, None, _WRITTEN_MAX)
    if spellings is None:
        return None
    out: set[date] = set()
    for sp in spellings:
        try:
            out.add(parse_date(sp))
        except (ValueParseError, ValueError, ArithmeticError):
            continue
    return out


def _said_again(issues: list[Issue], earlier: list[Issue] | None, seq: int, reading: Reading, issue: Issue) -> None:
    """The calendar's issue on report `seq`'s date (_dates_by_calendar): it
    takes the place of the repair_ambiguous issue an earlier rule raised on
    that date at the same lines (in `earlier`: "N readings would fit, so
    none is chosen", or its year alone proven), which no longer says what
    the value is; else it is added to `issues`."""
    _in_place_of(issues, earlier or [], issue, seq, lambda old: old.code == "repair_ambiguous"
                 and old.project_key == issue.project_key
                 and (old.line_start, old.line_end) == (reading.line_start, reading.line_end))


def _in_place_of(issues: list[Issue], earlier: list[Issue], issue: Issue, seq: int,
                 replaces: Callable[[Issue], bool]) -> None:
    """`issue`, on report `seq`'s date, in the place of the first issue of
    `earlier` on that date that it `replaces` (that issue no longer says
    what the value is); else added to `issues`."""
    for k, old in enumerate(earlier):
        if old.field == "progress_reports.report_date" and old.message.startswith(f"report {seq}'s date") \
                and replaces(old):
            earlier[k] = issue
            return
    issues.append(issue)


def _unproven_by_calendar(reports: dict[int, Record], held: dict[int, Any], months_left: dict[int, tuple[int, int]],
                          top: int, year: tuple[date, date], earlier: list[Issue], key: str) -> list[Issue]:
    """A report date whose year alone was proven (year_proven: its day and
    month kept as printed, in doubt) that _dates_by_calendar left as it was
    (`held`: its readings in its months several, or none) while its month
    as printed falls outside the months the form's calendar leaves it
    (`months_left`: report k of `top` in the fiscal year's months k-1 to
    12-`top`+k-1; not narrowed by its neighbours' dates read whole, which
    may be misreads themselves): its day and month as printed are not the
    date's, so no day and month of it is sure.  Its value is withdrawn
    (the date left unread, its printed text kept), said repair_ambiguous
    (rule report_calendar; candidates: its readings in the fiscal year
    `year` and its place's months, several or none), the year_proven issue
    that read it so (in `earlier`) replaced."""
    issues: list[Issue] = []
    for seq, value in held.items():
        reading = reports[seq]["report_date"]
        if seq not in months_left or not isinstance(value, date) or reading.value != value:
            continue  # (read again by the calendar: its own issue says so)
        lo_m, hi_m = months_left[seq]
        if lo_m <= fiscal_month(value.month) <= hi_m:
            continue
        shown = reading.text.strip()
        months_named = " to ".join(dict.fromkeys(calendar.month_name[(m + FIRST_MONTH - 1) % 12 + 1]
                                                 for m in (lo_m, hi_m))) if lo_m <= hi_m else "no month"
        cands = sorted(c for c in date_readings(reading.text)
                       if year[0] <= c <= year[1] and lo_m <= fiscal_month(c.month) <= hi_m)
        evidence = {"rule": "report_calendar", "printed": shown, "read": None,
                    "candidates": [str(c) for c in cands[:10]]}
        issue = Issue("warning", "repair_ambiguous",
                      f"report {seq}'s date: printed {shown!r}; its year is proven ({value.year}) but its day and "
                      f"month as printed ({value}) fall outside {months_named}, where report {seq} of {top} falls (a "
                      "form reports once a month at most, inside its fiscal year, each report in a month after the "
                      "one before): its month was misread, so neither it nor its day is sure; left unread",
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=key, field="progress_reports.report_date")
        _in_place_of(issues, earlier, issue, seq, lambda old, value=value: bool(old.evidence)
                     and json.loads(old.evidence).get("year_proven") == str(value))
        reports[seq]["report_date"] = Reading(None, reading.text, reading.line_start, reading.line_end)
        reports[seq]["report_date_printed"] = Reading(reading.text, reading.text, reading.line_start,
                                                      reading.line_end)
    return issues


# A date's day as printed, where the rest of the date OCR left unreadable: one or two digits opening it, before a
# separator or a month's word ("๒๐/๑๒/๒๕29๒", "๑๓ WI. ๒๕๒"), or closing a date in ISO order after a year of four
# digits ("๒๐๒๓-๑-๒๐"); Thai or Arabic digits alone (a look-alike is no day as printed)
_DAY_FIRST_RE = regex.compile(r"^\W*?([\d๐-๙]{1,2})(?:\s*[/.\-|]|\s+(?=[^\d๐-๙\s]))")
_DAY_LAST_RE = regex.compile(r"^\W*[\d๐-๙]{4}\s*[-/.]\s*\S{1,2}\s*[-/.]\s*([\d๐-๙]{1,2})\W*$")


def _printed_day(text: str, days: set[int]) -> int | None:
    """The day a date OCR left unreadable prints (_DAY_FIRST_RE,
    _DAY_LAST_RE), its digits as they read, where it is one of `days` (its
    readings' days, all in one month) and the likelier one by far: by how
    often OCR writes each printed Thai digit as each character
    (MEASURED_READS, read_chance), its characters are likelier printed as
    they read than as all the other days together (๐ and ๑ read as
    themselves nearly always, ๕ stands for ๔ ๘ ๙ as often as for itself).
    A day among them printed with fewer or more digits (a digit dropped or
    split) is weighed as likely as the day as read; a look-alike character
    is not weighed at all.  None otherwise: the day stays unread."""
    text = text.strip()
    m = _DAY_LAST_RE.match(text) or _DAY_FIRST_RE.match(text)
    if m is None:
        return None
    chars = m.group(1)
    day = int(thai_digits_to_arabic(chars))
    if day not in days:
        return None

    def chance(other: int) -> float | None:
        digits = f"{other:0{len(chars)}d}"
        if len(digits) != len(chars):
            return None
        out = 1.0
        for ch, digit in zip(chars, digits):
            if (c := read_chance(ch, digit)) is None:
                return None
            out *= c
        return out

    own = chance(day)
    if own is None:
        return None
    others = 0.0
    for other in days - {day}:
        c = chance(other)
        others += own if c is None else c
    return day if own > others else None


def _unconfused(reading: Reading) -> bool:
    """Whether a date was printed without a Thai digit (Arabic digits and month names: OCR reads those as
    printed, where it confuses Thai digits a third of the time)."""
    return not _THAI_DIGIT_RE.search(reading.text)


def _may_be_inside(reading: Reading, year: tuple[date, date]) -> bool:
    """Whether a date printed in Thai digits (which OCR confuses) has a
    reading of its characters inside the fiscal year `year`."""
    return not _unconfused(reading) and any(year[0] <= d <= year[1] for d in date_readings(reading.text))


def _late_or_early(value: Any, year: tuple[date, date], window: tuple[date, date]) -> bool:
    """Whether a date falls in the report window's slack: before or after the fiscal year, inside the window."""
    return isinstance(value, date) and window[0] <= value <= window[1] and not year[0] <= value <= year[1]


def _fiscal_year_edges(project: Record, year: tuple[date, date], reported: tuple[date | None, date | None],
                       issues: list[Issue], key: str, wide: tuple[date, date]) -> None:
    """A start or end date left in doubt (repair_ambiguous: several
    readings of its characters fit the fiscal year, "๒๐๒๐-๐๕-๓๐" in a
    document whose OCR never writes ๙) one of whose readings is the fiscal
    year's own first day (1 October) or last (30 September) is taken as that
    day, in doubt (rule fiscal_year_edge): a project's period runs with its
    fiscal year as a rule, so the edge is the likeliest reading, not a proven
    one.  Only where the fiscal year is sure (no doubt said of it) and the
    edge leaves no report outside the period (`reported`: the earliest and
    the latest date a report surely has).  So is one read inside the year or
    its neighbours (`wide`) in Thai digits in a document whose OCR never
    writes some digits (`unread`: parsers.digits.unread_digits), where the
    date as read is one reading among several as well.  A fiscal year itself
    chosen in doubt (the written digits) counts as sure here: the date's own
    readings must still hold the edge, and both stay said."""
    unread = value_of(project, "unread_digits")
    for name, edge, bound in (("start_date", year[0], reported[0]), ("end_date", year[1], reported[1])):
        field = f"projects.{name}"
        doubt = next((i for i in reversed(issues) if i.code == "repair_ambiguous" and i.field == field), None)
        reading = project.get(name) or project.get(f"{name}_printed")
        if reading is None or value_of(project, name) == edge:
            continue
        # unreadable, its year lost past reading ("๓๐ กันยายน weve", "๑ ตุลาคม 2๕5»97"), its day and month as printed
        # the edge's: the edge's year is the one the fiscal year holds that day and month in
        lost = not isinstance(reading.value, date) and (printed := yearless_date(reading.text)) is not None \
            and (printed.month, printed.day) == (edge.month, edge.day)
        if doubt is None and not lost and not (unread and isinstance(reading.value, date)
                                               and wide[0] <= reading.value <= wide[1]
                                               and _THAI_DIGIT_RE.search(reading.text)):
            continue  # (read near the year, doubted only where its Thai digits may stand for digits OCR never writes)
        if bound is not None and ((edge > bound) if name == "start_date" else (edge < bound)):
            continue
        evidence = json.loads(doubt.evidence) if doubt is not None and doubt.evidence else {}
        if evidence.get("chosen") is not None or evidence.get("year_proven") is not None:
            continue  # (a value already chosen in doubt, on its own reasoning)
        cands = sorted(d for d in date_readings(reading.text)
                       if year[0] <= d <= year[1])
        if lost and edge not in cands:
            cands = sorted({*cands, edge})
        if edge not in cands:
            continue
        shown = reading.text.strip()
        evidence = {"rule": "fiscal_year_edge", "printed": shown, "read": plain_value(value_of(project, name)),
                    "candidates": [str(c) for c in cands[:10]], "chosen": str(edge)}
        if lost:
            evidence["year_lost"] = True
        project[name] = Reading(edge, reading.text, reading.line_start, reading.line_end)
        project.pop(f"{name}_printed", None)
        which = "first" if name == "start_date" else "last"
        issue = Issue(
            "warning", "repair_ambiguous",
            f"{name.replace('_', ' ')}: printed {shown!r}; "
            + ("its year is lost past reading, its day and month as printed those of " if lost else
               f"{len(cands)} readings of those characters fall in the fiscal year, among them ")
            + f"{edge}, the year's {which} day, which a project's period "
            f"{'starts' if name == 'start_date' else 'ends'} on as a rule: taken, in doubt",
            json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
            project_key=key, field=field)
        if doubt is None:
            issues.append(issue)
        else:
            issues[issues.index(doubt)] = issue


# A date cell whose day and month read and whose year OCR left no year of: the day (a speck maybe before it, glued
# to it or not), the month's name or abbreviation, then at most a few marks that hold no four digits ("vd", "ธร",
# "๒๕๒", nothing; glued to the month or not: "ไ11พ.ค.๒", fresh set s97o, bma_progress_s97o002), or
# two short words of Latin letters (a year OCR read as letters and parted: "lag bla"); or day and month in
# digits, the year's run cut short or garbled ("๒๒/๑/๒๕๒"); or a date in ISO order whose year OCR read as no
# year of the archive ("9022-6-23", "๙๐๒๑-๑๐-๑๑": a 2 read 9), its month and day after it.  With `long_year`, also
# a year of five to eight characters, more than any year prints ("๒๕๒๐๑" for ๒๕๖๑: a ๖ OCR wrote as two characters,
# confusions.SPLIT_READS; "๒๓๕๒๐๑", "๒๕๒๐๐๒"): its day and month are read as printed, the year left to the
# bounds (_LONG_YEAR_RE)
_YEAR_LEFT = 8  # characters the year's remains may run to
_DAY_MONTH_RE = regex.compile(rf"^\s*(?:[^\s\d๐-๙]{{1,2}}\s*)?([\d๐-๙]{{1,2}})\s*({MONTH_TOKEN})"
                              rf"(?:\s*(\S{{1,{_YEAR_LEFT}}}|[A-Za-z]{{1,5}}\s+[A-Za-z]{{1,5}}))?\s*$")
_DAY_MONTH_DIGITS_RE = regex.compile(r"^\s*([\d๐-๙]{1,2})\s*/\s*([\d๐-๙]{1,2})\s*/\s*([^\s/]{0,3})\s*$")
_DAY_MONTH_LONG_YEAR_RE = regex.compile(r"^\s*([\d๐-๙]{1,2})\s*/\s*([\d๐-๙]{1,2})\s*/\s*([^\s/]{5,8})\s*$")
_YEAR_FIRST_NO_YEAR_RE = regex.compile(r"^\s*([\d๐-๙]{4})\s*-\s*([\d๐-๙]{1,2})\s*-\s*([\d๐-๙]{1,2})\s*$")
_FOUR_DIGITS_RE = regex.compile(r"[\d๐-๙]{4}")
_LONG_YEAR_RE = regex.compile(r"^[^\s/]{5,8}$")  # a year's place holding more characters than a year
_ANY_YEAR = "๒๕๔๓"  # BE 2543, AD 2000: a leap year, so 29 February stands too


def yearless_date(text: str, long_year: bool = False) -> date | None:
    """The day and month of a date cell whose year OCR left no year of (see
    _DAY_MONTH_RE, _DAY_MONTH_DIGITS_RE, _YEAR_FIRST_NO_YEAR_RE), in AD 2000
    (a leap year standing for any), or None.  With `long_year`, also one
    whose year runs to five characters or more (_LONG_YEAR_RE: no year is
    printed so; the callers that prove a year by the bounds, which read the
    day and month as printed and say so in doubt, ask for it; the rule that
    takes a date's one reading inside the year does not, as its readings may
    drop a character of the year)."""
    try:
        if (m := _DAY_MONTH_RE.match(text)) is not None:
            if m.group(3) and _FOUR_DIGITS_RE.search(m.group(3)) \
                    and not (long_year and _LONG_YEAR_RE.match(m.group(3))):
                return None  # a year of four digits, read as what it reads: not this rule's
            found = parse_date(f"{m.group(1)} {m.group(2)} {_ANY_YEAR}")
        elif (m := _DAY_MONTH_DIGITS_RE.match(text)) is not None or long_year and (
                (m := _DAY_MONTH_LONG_YEAR_RE.match(text)) is not None):
            found = parse_date(f"{m.group(1)}/{m.group(2)}/{_ANY_YEAR}")
        elif (m := _YEAR_FIRST_NO_YEAR_RE.match(text)) is not None:
            year = int(thai_digits_to_arabic(m.group(1)))
            if 1900 <= year <= 2200 or 2443 <= year <= 2743:
                return None  # a year of the archive's eras (CE or BE), read as what it reads: not this rule's
            found = parse_date(f"{m.group(3)}/{m.group(2)}/{_ANY_YEAR}")
        else:
            return None
    except ValueParseError:  # a day or month no calendar has ("93/6/63", "๓/๒๐/๒๕๒"): no day and month read
        return None
    return found if isinstance(found, date) and found.year == 2000 else None


# A run of digits (the last of a date's is its year) and a Thai digit
_DIGIT_RUN_RE = regex.compile(r"[\d๐-๙]+")
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")


def _date_by_written_digits(reading: Reading, unread: str | None, lo: date, hi: date, field: str, what: str,
                            key: str | None) -> Outcome | None:
    """A project's start or end date no reading of whose characters the
    table of confusions gives falls inside its fiscal year, in a document
    whose OCR never writes some digits: its year read as written_years
    reads it (each written digit itself or an unwritten one it reads as: ๗
    as ๑ too, "๒๕๒๑" for 2567), its day and month as read, where exactly one
    such year puts it inside the year (rule written_digits).  None
    otherwise."""
    tokens = year_mentions(reading.text)
    if not unread or not tokens or not isinstance(reading.value, date):
        return None
    ce = thai_digits_to_arabic(tokens[-1][:2]) == "20"
    fits = []
    for year in sorted(written_years(tokens[-1], unread)):
        try:
            value = reading.value.replace(year=year - 543)
        except ValueError:  # (29 February of another year)
            continue
        if lo <= value <= hi and value != reading.value:
            fits.append(value)
    if len(fits) != 1:
        return None
    evidence = {"rule": "written_digits", "printed": reading.text.strip(), "read": str(reading.value),
                "chosen": str(fits[0])}
    issue = Issue("warning", "repair_ambiguous",  # (in doubt, as fiscal_year_by_written_digits says)
                  f"{what}: printed {reading.text.strip()!r} reads {reading.value}, outside the fiscal year; this "
                  f"document's OCR never writes {' '.join(unread.translate(TO_THAI))}, and where each digit it "
                  f"writes stands for itself or for one of those, {fits[0]} is the one reading of its year "
                  + ("(CE) " if ce else "") + "inside the year, its day and month as read: taken, in doubt, as OCR "
                  "may read those digits in ways the table of confusions lacks",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                  project_key=key, field=field)
    return Outcome(Reading(fits[0], reading.text, reading.line_start, reading.line_end), issue)


def _year_proven_unread(reading: Reading, lo: date, hi: date) -> date | None:
    """year_proven for a date no year could be read from (yearless_date):
    its readings inside [lo, hi] all in one year, its day and month as
    printed in that year one of them: that date; None otherwise."""
    if reading.value is not None or (printed := yearless_date(reading.text, long_year=True)) is None:
        return None
    return year_proven_of(printed, reading.text, lo, hi)


def _span_in_year(project: Record, start: date, end: date) -> bool:
    """Whether the project's start or end date, as read, falls in its fiscal
    year [start, end]: the fiscal year is no misread of its own (a report
    date whose year OCR left unreadable may take its year from the window)."""
    return any(isinstance(d := value_of(project, name), date) and start <= d <= end
               for name in ("start_date", "end_date"))


def _dates_print_thai(reports: dict[int, Record], seq: int) -> bool:
    """Whether a report date of the project other than report `seq`'s, as
    printed, holds a Thai digit: the form prints its dates in Thai digits, or
    mixes the two scripts within them."""
    return any(_THAI_DIGIT_RE.search(printed.text) for s, rec in reports.items() if s != seq
               for printed in (rec.get("report_date") or rec.get("report_date_printed"),) if printed is not None)


def _year_from_window(reading: Reading, lo: date, hi: date, seq: int, rule: str,
                      key: str, thai_form: bool = False, closes: date | None = None,
                      order: tuple[date | None, date | None] = (None, None)) -> tuple[Reading, Issue] | None:
    """A report date read outside its bounds [lo, hi] (the year the reports
    cover, between its neighbours) no reading of whose characters falls
    inside them (its year, printed in Thai digits, OCR damaged past the
    misread tables: "๒๕๒๑" for ๒๕๖๗, "6๑" for ๖๗; or read in Arabic digits
    in a date that prints Thai ones, or of a form whose other report dates
    do (`thai_form`): "2592" for 25๖2), whose day and month as
    read fall inside them in one year alone: that date, its year proven by
    the bounds, its day and month as printed (said repair_ambiguous, evidence
    year_proven, as parsers.repair.year_proven's: the bounds prove the year,
    not the day).  The caller asks that the fiscal year be one of the
    archive's years (YEAR_RANGE) and that another report's date, as read,
    fall in the year the reports cover (the fiscal year is not itself the
    misread).  With `closes` (the fiscal year's last day, given for a report
    the form numbers another after: the months of slack after the year are a
    late report's, the form's last), where the day and month fall in two
    years of [lo, hi] (October to March: the fiscal year's own and the slack
    after it, "๒๑ ธ.ค. ๒๕๑๐" in fiscal 2561, December 2017 or 2018), the one
    year of [lo, closes] they fall in, said so (evidence bounds), as
    _in_year_proper weighs a date's readings; not where that year puts it
    before a report numbered before it or after one numbered after it, as
    read (`order`: the entries in doubt, its neighbours bound nothing, but
    a year so chosen would contradict them).  None otherwise."""
    value = reading.value
    if value is None:
        # no date read at all: its day and month readable, its year OCR left no year of ("๒๒ พฤศจิกายน vd",
        # "๑๓ ธ.ค. ๒๕๒", "๒๒/๑/๒๕๒"): the day and month, in a leap year that stands for any (yearless_date)
        if (value := yearless_date(reading.text, long_year=True)) is None:
            return None
    elif not isinstance(value, date) or lo <= value <= hi:
        return None
    else:
        runs = _DIGIT_RUN_RE.findall(reading.text)
        if not runs or not (_THAI_DIGIT_RE.search(reading.text) or thai_form):
            return None  # a form printing its dates in Arabic digits, which engines read as printed: flagged, not moved
        # (a year read in Arabic digits where the date, or another report date of the form (`thai_form`), prints
        # Thai ones: the form mixes the two scripts within its dates, and OCR writes a Thai digit it cannot write
        # as an Arabic one: "๑ มิถุนายน 2592" for ๑ มิถุนายน 25๖2, "๒๕ กันยายน 69" for ๒๕ กันยายน 6๑,
        # "15 ม.ค. 2508" for 15 ม.ค. 25๖8; its year is no Arabic year read as printed)
    fits = []
    for year in range(lo.year, hi.year + 1):
        try:
            moved = value.replace(year=year)
        except ValueError:  # (29 February in another year)
            continue
        if lo <= moved <= hi:
            fits.append(moved)
    proper = ""  # (the fiscal year's last day bounding the year, where the whole bounds leave two)
    if len(fits) > 1 and closes is not None and lo <= closes < hi:
        fits = [f for f in fits if f <= closes and (order[0] is None or order[0] <= f)
                and (order[1] is None or f <= order[1])]
        proper = (f" (up to {closes}, the fiscal year's last day: the months of slack after it are the form's "
                  "last report's, filed late, and this report has another after it)")
    if len(fits) != 1:
        return None
    proven = fits[0]
    shown = reading.text.strip()
    read = str(value) if reading.value is not None else None
    evidence = {"rule": rule, "printed": shown, "read": read, "candidates": [], "year_proven": str(proven),
                "bounds": [str(lo), str(closes if proper else hi)]}
    said = f"reads {value}, which {rule_text(rule)}" if read is not None else "reads no year"
    issue = Issue("warning", "repair_ambiguous",
                  f"report {seq}'s date: printed {shown!r} {said}; no reading of "
                  f"its characters falls between {lo} and {hi}, where its day and month as printed fall in "
                  f"{proven.year} alone{proper}: read as {proven}, its year from those bounds, its day and month as "
                  "printed (its year's digits OCR damaged past reading)", json.dumps(evidence, ensure_ascii=False),
                  reading.line_start, reading.line_end, project_key=key, field="progress_reports.report_date")
    return Reading(proven, reading.text, reading.line_start, reading.line_end), issue


# The day a report's description says its work was already done ("ได้ดำเนินการอบรม... ไปแล้วเมื่อวันที่ ๑๐
# มิถุนายน ๒๕๖๕", OCR may drop a mark: "เมือ"): the report is written on or after it.  Its month is printed as a
# word, which OCR keeps where it loses the Thai digits of the report's own date
_DONE_ON_RE = regex.compile(rf"แล้ว\s*เม\S{{0,2}}อ\s*วัน\S{{0,3}}\s*(?:(\S{{1,4}})\s+)?({MONTH_TOKEN})")

_DAY_DIGITS_RE = regex.compile(r"[0-9๐-๙]{1,2}")


def done_floor(rec: Record, window: tuple[date, date]) -> date | None:
    """The earliest day a report can be written on by its description's
    own word: the day it says its work was already done, at its earliest
    reading (its month is a word; its day the least of its digits'
    readings, the 1st when it is no digits or none reads; its year, Thai digits, not relied
    on: the month's first start inside the report `window`), the earliest
    such day when it names several; None when it names none."""
    desc = rec.get("description")
    starts = []
    for m in _DONE_ON_RE.finditer(desc.text if desc is not None and desc.text else ""):
        try:
            month = month_number(m.group(2))
        except ValueParseError:
            continue
        start = date(window[0].year, month, 1)
        if start < window[0]:
            start = start.replace(year=start.year + 1)
        day = m.group(1) if m.group(1) and _DAY_DIGITS_RE.fullmatch(m.group(1)) else ""  # digits, not a speck
        days = [int(r) for r in digit_readings(day, length=(1, 2)) if 1 <= int(r) <= 31]
        starts.append(start.replace(day=min(min(days, default=1), last_day(start.year, month).day)))
    return min(starts, default=None)


def _unreadable_by_reports(project: Record, undecided: dict[str, Issue], reported: list[date],
                           year: tuple[date, date], issues: list[Issue], key: str) -> None:
    """A start or end date OCR left unreadable whose characters could be
    several dates of the fiscal year ("๓๐/@/๒๕๖๖": @ read for ๙, ๗, ๑ or ๔)
    is read again between the year's edge and the report dates, which the
    project's period holds (repair_project_span does the same for a date read
    outside them): the start no later than the first report, the end no
    earlier than the last.  One reading left there: repaired (rule
    report_span), the year's doubt replaced; several or none: the doubt
    stays as it was."""
    if not reported:
        return
    for name, doubt in undecided.items():
        printed = project.get(f"{name}_printed")
        lo, hi = (year[0], reported[0]) if name == "start_date" else (reported[-1], year[1])
        if printed is None or name in project or lo > hi or doubt not in issues:
            continue
        outcome = repair_date(Reading(None, printed.text, *printed.span), lo, hi, rule="report_span",
                              field=f"projects.{name}", what=name.replace("_", " "), project_key=key)
        if not outcome.repaired:
            continue
        project[name] = outcome.reading
        project.pop(f"{name}_printed")
        issues[issues.index(doubt)] = outcome.issue


def _years_in_doubt(reports: dict[int, Record], seqs: list[int], window: tuple[date, date], key: str,
                    opens: date) -> list[Issue]:
    """With the entries in doubt (read column by column: a date may stand in
    another entry's place), a report date read outside the year the reports
    cover (its year misread: "๗ มีนาคม ๒2" for 2019-03-07) is read again
    only when the entries show no sign of dates moved up or down (every
    entry from 1 to N is there, each with a date printed): then it takes
    the one reading of its characters inside the window that stands
    strictly after every earlier date and before every later one read inside
    it (a date standing in a neighbour's place would meet that neighbour's
    own) and that every reading of its damaged neighbours' dates allows
    (_reading_bounds).  So does a date OCR left unreadable ("26 W.A. 2567",
    its month in Latin look-alikes; "28 เมษายน", its year lost), unless its
    readings come only from a shape OCR broke (shape_mended: they miss the
    true date too often to be chosen where the entries are in doubt).
    Several readings, or none, and it stays as read (the checks flag it).
    A reading chosen falls on or after `opens` (the day the fiscal year
    opens: see repair_dates)."""
    inside = _within(*window)
    first = max(window[0], opens)
    issues: list[Issue] = []
    if _dates_may_have_moved(reports, seqs):
        return []
    values = [reports[s]["report_date"].value for s in seqs]
    before = [None] * len(seqs)
    high = None
    for i, v in enumerate(values):
        before[i] = high
        if inside(v):
            high = v if high is None else max(high, v)
    after = _later_least([v if inside(v) else None for v in values])
    bounds = _reading_bounds([reports[s]["report_date"] for s in seqs], inside)
    for i, seq in enumerate(seqs):
        reading = reports[seq]["report_date"]
        read = reading.value
        if inside(read) or (read is None and shape_mended(reading.text)):
            continue
        cands = sorted(c for c in date_readings(reading.text) if first <= c <= window[1]
                       and (before[i] is None or before[i] < c) and (after[i] is None or c < after[i]))
        if len(cands) != 1 or not bounds[0][i] <= cands[0] <= bounds[1][i]:
            continue
        chosen = cands[0]
        shown = reading.text.strip()
        evidence = {"rule": "report_window", "printed": shown, "read": None if read is None else str(read),
                    "candidates": [str(chosen)], "chosen": str(chosen)}
        said = "is unreadable" if read is None else f"reads {read}, outside the year the reports cover"
        issues.append(Issue("warning", "value_repaired",
                            f"report {seq}'s date: printed {shown!r} {said}; {chosen} is the only reading of its "
                            "characters inside that year that stands in order "
                            "with its neighbours' dates (the entries are read in doubt, but none is missing or "
                            "undated)",
                            json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                            project_key=key, field="progress_reports.report_date"))
        _set_date(reports[seq], Reading(chosen, reading.text, reading.line_start, reading.line_end))
    return issues


def _set_date(report: Record, reading: Reading) -> None:
    """A report's date set to `reading` (a repair's or a copy's): the printed
    text kept aside for the rows (report_date_printed) goes, the value now
    standing for it."""
    report["report_date"] = reading
    report.pop("report_date_printed", None)


def _years_proven_in_doubt(reports: dict[int, Record], seqs: list[int], window: tuple[date, date], key: str,
                           partial: set[int], plausible: bool = True, closes: date | None = None,
                           spanned: bool = False) -> list[Issue]:
    """With the entries in doubt (a date may stand in another entry's place,
    so no neighbour bounds it), a report date still read outside the year
    the reports cover (from the day the fiscal year opens: see
    repair_dates) whose readings inside it all fall in one year, the date
    as read in that year among them ("๒๗ มีนาคม ๒๕๒๕" in fiscal 2565: March
    2022 is the one March of the year), is read in that year, its day and
    month as printed (parsers.repair.year_proven): the fiscal year proves
    the year whichever entry the date is of, not the day, nor the entry.
    Said repair_ambiguous (evidence year_proven), never repaired; the date
    bounds nothing (`partial` gets its report).  Where its readings fall in
    two years (January to March: the fiscal year's own and a late report's
    months after it), the latest date read of the reports numbered after it
    bounds them (_latest_after: a reading past it would date the report
    after those reports), and the year is proven where the readings up to it
    fall in one (evidence bounds).  Where no such report bounds them, the
    readings inside the fiscal year itself (to `closes`, its last day) are
    weighed alone where they all fall in one year, for a report the form
    numbers another after (_in_year_proper: the months of slack after the
    year are the late report's, the form's last; a date read in doubt, its
    day and month as printed, is read in the year the form reports on rather
    than left in no year).  So is a date OCR left no year of, its
    day and month readable (_year_unread_in_doubt), where another report's
    date read inside the year or proven by its own readings confirms the
    fiscal year, or (`spanned`) the project's start or end date read inside
    it does (_span_in_year: fresh set s92o bma_progress_s92o005, every
    year, the fiscal year's too, printed "๒๕๒๐๕", no report date read)."""
    inside = _within(*window)
    issues: list[Issue] = []
    # (another report's date as read inside the year: the fiscal year is not itself the misread)
    dated = {s for s in seqs if inside(reports[s]["report_date"].value)}
    # the latest date read inside the year of the reports numbered after each (_latest_after)
    after = _latest_after(reports, seqs, dated - partial)
    closes = _unless_filed_late(reports, dated - partial, closes)
    unread: list[int] = []  # (the dates OCR left no year of: weighed after the others, below)
    own: set[int] = set()  # the reports whose year the readings of their own characters proved here
    for seq in seqs:
        reading = reports[seq]["report_date"]
        if reading.value is None:
            unread.append(seq)
            continue
        if not isinstance(reading.value, date) or inside(reading.value):
            continue
        bound = after.get(seq)
        used = None  # (the upper bound the year was proven up to, short of the window's end)
        if (proven := year_proven(reading, *window)) is None and bound is not None and bound < window[1]:
            proven, used = year_proven(reading, window[0], bound), bound
        if proven is None and seq < max(reports) and (used is None or closes is not None and used > closes) \
                and (proven := _in_year_proper(reading, window, closes)) is not None:
            used = closes
        bound = used
        if proven is None:
            if plausible and dated - {seq} and not any(inside(c) for c in date_readings(reading.text)) and \
                    (found := _year_from_window(reading, *window, seq, "report_window", key,
                                                _dates_print_thai(reports, seq),
                                                closes if seq < max(reports) else None,
                                                _dated_around(reports, seq, dated - partial))) is not None:
                reports[seq]["report_date"] = found[0]
                partial.add(seq)
                issues.append(found[1])
            continue
        hi = window[1] if bound is None else bound
        cands = sorted(c for c in date_readings(reading.text) if window[0] <= c <= hi)
        shown = reading.text.strip()
        evidence = {"rule": "report_window", "printed": shown, "read": str(reading.value),
                    "candidates": [str(c) for c in cands[:10]], "year_proven": str(proven)}
        before = "" if bound is None else (
            f" up to {bound}, the fiscal year's last day (its readings in the months of slack after it, a late "
            "report's, set aside)" if bound == closes else
            f" up to {bound}, the latest date read of the reports numbered after it (reports go in date order: "
            "a reading past it, in the months a late report is filed in, would date it after them)")
        if bound is not None:
            evidence["bounds"] = [str(window[0]), str(bound)]
        issues.append(Issue("warning", "repair_ambiguous",
                            f"report {seq}'s date: printed {shown!r} reads {reading.value}, outside the year the "
                            f"reports cover; every reading of its characters inside it{before} is in {proven.year}: "
                            f"read as {proven}, its day and month as printed, which of the {len(cands)} reading(s) "
                            "is right not known (the entries are read in doubt: no neighbour's date bounds it)",
                            json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                            project_key=key, field="progress_reports.report_date"))
        reports[seq]["report_date"] = Reading(proven, reading.text, reading.line_start, reading.line_end)
        partial.add(seq)
        own.add(seq)
    # a date OCR left no year of, where another report's date confirms the fiscal year: read inside the year as
    # printed, or proven there by the readings of its own characters (a year every date misread alike, "๒๕๒๑" for
    # ๒๕๖๑ in each, leaves none read inside, where each proves the year by its own readings all the same)
    for seq in unread:
        if plausible and ((dated | own) - {seq} or spanned):
            issues += _year_unread_in_doubt(reports, seq, window, key, partial,
                                            closes if seq < max(reports) else None,
                                            _dated_around(reports, seq, dated - partial))
    return issues


def _dated_around(reports: dict[int, Record], seq: int, dated: set[int]) -> tuple[date | None, date | None]:
    """The latest date read of the reports of `dated` numbered before `seq`
    and the earliest of those numbered after it (None where there is none):
    what a year chosen for report `seq` in doubt must not contradict
    (_year_from_window's `order`)."""
    before = [reports[s]["report_date"].value for s in dated if s < seq]
    after = [reports[s]["report_date"].value for s in dated if s > seq]
    return (max(before) if before else None, min(after) if after else None)


def _proper_year(reading: Reading, lo: date, hi: date, closes: date | None) -> date | None:
    """year_proven, or _year_proven_unread, inside [lo, closes] (the
    fiscal year's last day), where [lo, hi] runs past it into the months of
    slack a late report is filed in: see _in_year_proper."""
    if closes is None or not lo <= closes < hi:
        return None
    return year_proven(reading, lo, closes) or _year_proven_unread(reading, lo, closes)


def _unless_filed_late(reports: dict[int, Record], dated: Iterable[int], closes: date | None) -> date | None:
    """`closes` (the fiscal year's last day), or None where a report of
    `dated` reads a date after it (inside the window): the form files late,
    and a reading in the months of slack may be any report's."""
    if closes is None or any(reports[s]["report_date"].value > closes for s in dated):
        return None
    return closes


def _in_year_proper(reading: Reading, window: tuple[date, date], closes: date | None) -> date | None:
    """year_proven inside [window[0], closes] (the fiscal year's last day,
    before the months of slack a late report is filed in): where the
    readings inside the whole window fall in two years (January to March,
    or October to December: the fiscal year's own and a late report's
    months after it), those inside the fiscal year itself all in one year,
    the date as read in that year among them.  The caller asks it only of a
    report the form numbers another after (the slack is for the last report,
    filed late) and says it in doubt (repair_ambiguous), never repaired.
    None otherwise."""
    if closes is None or closes >= window[1] or window[0] > closes:
        return None
    return year_proven(reading, window[0], closes)


def _latest_after(reports: dict[int, Record], seqs: list[int], dated: set[int]) -> dict[int, date]:
    """For each report of `seqs`, the latest date read (inside the year the
    reports cover: `dated`) of the reports numbered after it; absent where
    none after it is dated.  With the entries in doubt a date may stand in a
    neighbour's place, but every report's date, whichever entry's, comes
    before the latest of the reports after it (reports go in date order),
    unless OCR misread every one of those dates early: a reading of a
    damaged year past that latest date (a late report's months, January to
    March after the fiscal year, where the year before fits as well) is not
    its date (_years_proven_in_doubt).  One pass from the end."""
    out: dict[int, date] = {}
    latest: date | None = None
    for seq in sorted(seqs, reverse=True):
        if latest is not None:
            out[seq] = latest
        if seq in dated:
            value = reports[seq]["report_date"].value
            latest = value if latest is None else max(latest, value)
    return out


def _year_unread_in_doubt(reports: dict[int, Record], seq: int, window: tuple[date, date], key: str,
                          partial: set[int], closes: date | None = None,
                          around: tuple[date | None, date | None] = (None, None)) -> list[Issue]:
    """_years_proven_in_doubt for a date OCR left no year of (its day and
    month readable: yearless_date; "๓๐ พ.ค.", "๑๕ ก.พ. lag bla",
    "9022-6-23"): where its readings inside the year the reports cover all
    fall in one year, the day and month as printed in that year among them
    (_year_proven_unread), or, none of its characters' readings inside it,
    its day and month as printed fall in one year of it alone
    (_year_from_window), it is read in that year, its day and month as
    printed, said repair_ambiguous (evidence year_proven, read None), as
    the span path reads such a date; the date bounds nothing (`partial`).
    The caller asks that the fiscal year be one of the archive's and that
    another report's date, as read, fall inside the year.  With `closes`
    (the fiscal year's last day), readings falling in two years are weighed
    up to it alone, as _years_proven_in_doubt does (`around`: the dates read
    of the reports before and after it, _dated_around)."""
    reading = reports[seq]["report_date"]
    if (proven := _year_proven_unread(reading, *window)) is None and closes is not None and closes < window[1] \
            and (proven := _year_proven_unread(reading, window[0], closes)) is not None:
        window = (window[0], closes)
    if proven is None:
        if any(window[0] <= c <= window[1] for c in date_readings(reading.text)) or \
                (found := _year_from_window(reading, *window, seq, "report_window", key,
                                            _dates_print_thai(reports, seq), closes, around)) is None:
            return []
        reports[seq]["report_date"] = found[0]
        partial.add(seq)
        return [found[1]]
    cands = sorted(c for c in date_readings(reading.text) if window[0] <= c <= window[1])
    shown = reading.text.strip()
    evidence = {"rule": "report_window", "printed": shown, "read": None,
                "candidates": [str(c) for c in cands[:10]], "year_proven": str(proven)}
    reports[seq]["report_date"] = Reading(proven, reading.text, reading.line_start, reading.line_end)
    partial.add(seq)
    return [Issue("warning", "repair_ambiguous",
                  f"report {seq}'s date: printed {shown!r} reads no year; every reading of its characters inside "
                  f"the year the reports cover is in {proven.year}: read as {proven}, its day and month as "
                  + (f"printed, which of the {len(cands)} readings is right not known" if len(cands) > 1 else
                     "printed, its one reading there, in doubt") + " (the entries are read in "
                  "doubt: no neighbour's date bounds it, and the date may be another entry's)",
                  json.dumps(evidence, ensure_ascii=False),
                  reading.line_start, reading.line_end, project_key=key, field="progress_reports.report_date")]


def _one_reading_unread(reading: Reading, window: tuple[date, date], closes: date | None) -> date | None:
    """The one reading inside the year the reports cover (`window`; up to
    `closes`, the fiscal year's last day, where it closes sooner) of a date
    OCR left unreadable whose day and month no reading alone gives
    (yearless_date fails: "๓๑/๐ฆ/๒๕๒๐๕", its month's ๗ read as a letter and
    its year as five characters); None where it has none there, or several."""
    if reading.value is not None or yearless_date(reading.text) is not None:
        return None
    readings = date_readings(reading.text)
    for hi in dict.fromkeys([window[1]] + ([closes] if closes is not None and closes < window[1] else [])):
        cands = [c for c in readings if window[0] <= c <= hi]
        if len(cands) == 1:
            return cands[0]
    return None


def _dates_may_have_moved(reports: dict[int, Record], seqs: list[int]) -> bool:
    """Whether, with the entries in doubt, their report dates may have moved
    up or down: an entry missing from 1..N, or one with no date printed at
    all (`seqs`: the entries with one)."""
    return sorted(reports) != list(range(1, len(reports) + 1)) or len(seqs) != len(reports)


def _unread_with_one_reading(reports: dict[int, Record], seqs: list[int], window: tuple[date, date], key: str,
                             partial: set[int], closes: date | None) -> list[Issue]:
    """With the entries in doubt, each report date no rule read (OCR left it
    unreadable whole, its day and month no reading alone gives) that has one
    reading inside the year the reports cover (_one_reading_unread; up to
    `closes`, the fiscal year's last day, for a report the form numbers
    another after) is read as it, in doubt (_one_reading_in_doubt), where
    another report's date, as read, falls inside the year (the fiscal year
    is not itself the misread), and where the readings do not come only
    from a shape OCR broke (as _unread_after_calendar asks).  Also where the
    entries show signs of dates moved up or down (_dates_may_have_moved: an
    entry lost, one with no date): unlike the calendar's reading, which
    takes a date's day or month from its neighbours, the one reading inside
    the year is the printed date's whichever entry it is of, and the issue
    says it may be another entry's (on the worked sets the five such dates,
    of s62z001, s62z007, s64z001, s65o007 and s67o007, were each their own
    entry's)."""
    inside = _within(*window)
    dated = {s for s in seqs if inside(reports[s]["report_date"].value)}
    issues: list[Issue] = []
    for seq in seqs:
        reading = reports[seq]["report_date"]
        if reading.value is None and dated - {seq} and not shape_mended(reading.text) and (one := _one_reading_unread(
                reading, window, closes if seq < max(reports) else None)) is not None:
            issues += _one_reading_in_doubt(reports, seq, reading, one, key, partial)
    return issues


def _one_reading_in_doubt(reports: dict[int, Record], seq: int, reading: Reading, one: date, key: str,
                          partial: set[int]) -> list[Issue]:
    """The issue of an unreadable report date read, with the entries in
    doubt, as its one reading inside the year the reports cover
    (_one_reading_unread): repair_ambiguous (evidence year_proven), the
    value set; the date bounds nothing (`partial`)."""
    shown = reading.text.strip()
    evidence = {"rule": "report_window", "printed": shown, "read": None, "candidates": [str(one)],
                "year_proven": str(one)}
    reports[seq]["report_date"] = Reading(one, reading.text, reading.line_start, reading.line_end)
    partial.add(seq)
    return [Issue("warning", "repair_ambiguous",
                  f"report {seq}'s date: printed {shown!r} is unreadable; {one} is the one reading of its "
                  "characters inside the year the reports cover: read so, in doubt (the entries are read in doubt: "
                  "no neighbour's date bounds it, and the date may be another entry's)",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                  field="progress_reports.report_date")]


def _in_order_domains(domains: dict[int, list[Any]], live: set[int] | None = None) -> dict[int, list[Any]] | None:
    """Each report's possible values (`domains`, sorted, by report number)
    narrowed until every one left stands in order with some value of each
    other report (none earlier than a report before it, none later than
    one after): each pass one way then the other, linear in the reports.
    A report not `live` (a cancelled one: default, every report live) is
    no bound for the ones before it and is not narrowed.  None when a
    report is left with nothing (some report's values miss its truth:
    nothing to weigh with)."""
    out = {s: list(d) for s, d in domains.items()}
    seqs = sorted(out)
    live = set(seqs) if live is None else live
    for _ in range(_DOMAIN_PASSES):
        changed = False
        for forward in (True, False):
            bound = None
            for seq in seqs if forward else reversed(seqs):
                if seq in live and bound is not None:
                    kept = [v for v in out[seq] if (v >= bound if forward else v <= bound)]
                    if not kept:
                        return None
                    changed = changed or len(kept) != len(out[seq])
                    out[seq] = kept
                if forward or seq in live:  # (no more than the most any later live report may be)
                    edge = out[seq][0] if forward else out[seq][-1]
                    bound = edge if bound is None else (max(bound, edge) if forward else min(bound, edge))
        if not changed:
            break
    return out


def _dates_by_domains(reports: dict[int, Record], seqs: list[int], window: tuple[date, date],
                      year: tuple[date, date], partial: set[int], key: str, span: bool,
                      earlier: list[Issue]) -> list[Issue]:
    """A report date that, read every way the form's other report dates
    allow, has one reading left: each report's readings inside its fiscal
    year (`year`: a reading chosen falls on or after the day it opens; the
    months of slack after it too for the form's last report, the one a late
    filing is, or for every report where a date read falls after the year:
    _unless_filed_late) and its date as read where that falls inside the
    report window (a reading in those months of slack weighed, never
    chosen), narrowed until each stands in order with some reading of
    every other report (_in_order_domains: no report dated before the one
    before it).  A date
    OCR left unreadable, read outside the year, or read whole but in order
    with no reading of the others, whose readings leave exactly one so, is
    read as it ("๒๐๑๕-8-๒0" for 2018-08-20 between readings that are all
    of 2018; ":: 18/๒/65", read 18 February, after a report whose every
    reading is of May: 18 June): value_repaired (rule date_order), in the
    place of an earlier doubt on it (_said_again); with the entries in doubt
    (`span` false: the date may be another entry's), said repair_ambiguous,
    the value set, and it bounds nothing (`partial`).  Nothing where some
    report is left with no reading in order (a date misread past the table
    of confusions, or another entry's), and a date read only from a shape
    OCR broke (shape_mended) is weighed by no one, as it rules none out
    elsewhere.  A date whose year alone was proven (`partial`) is weighed by
    its readings, not its day and month as printed."""
    inside = _within(*window)
    late = _unless_filed_late(reports, [s for s in seqs if inside(reports[s]["report_date"].value)
                                        and s not in partial], year[1]) is None
    domains: dict[int, list[date]] = {}
    for seq in seqs:
        reading = reports[seq]["report_date"]
        if shape_mended(reading.text):
            continue
        closes = window[1] if late or seq == max(reports) else year[1]
        could = {c for c in date_readings(reading.text) if year[0] <= c <= closes}
        if inside(reading.value) and seq not in partial:
            could.add(reading.value)
        if could:
            domains[seq] = sorted(could)
    narrowed = _in_order_domains(domains) if len(domains) >= 2 else None
    if narrowed is None:
        return []
    issues: list[Issue] = []
    for seq, left in sorted(narrowed.items()):
        reading = reports[seq]["report_date"]
        if len(left) != 1 or left[0] == reading.value or left[0] > year[1]:
            continue  # (a reading in the months of slack after the year, a late report's, is weighed, never chosen)
        (one,) = left
        shown = reading.text.strip()
        read = reading.value if isinstance(reading.value, date) else None
        said = "is unreadable" if read is None else f"reads {read}"
        evidence = {"rule": "date_order", "printed": shown, "read": None if read is None else str(read),
                    "candidates": [str(one)], "chosen": str(one)}
        message = (f"report {seq}'s date: printed {shown!r} {said}; read every way the form's other report dates "
                   f"allow, {one} is the only reading of its characters that stands in order with them (no report "
                   "dated before the one before it)")
        if span:
            issue = Issue("warning", "value_repaired", message, json.dumps(evidence, ensure_ascii=False),
                          reading.line_start, reading.line_end, project_key=key, field="progress_reports.report_date")
            partial.discard(seq)
        else:
            evidence.pop("chosen")
            evidence["year_proven"] = str(one)
            issue = Issue("warning", "repair_ambiguous", message + ": read so, in doubt (the entries are read in "
                          "doubt, and the date may be another entry's)", json.dumps(evidence, ensure_ascii=False),
                          reading.line_start, reading.line_end, project_key=key, field="progress_reports.report_date")
            partial.add(seq)
        _said_again(issues, earlier, seq, reading, issue)
        _set_date(reports[seq], Reading(one, reading.text, reading.line_start, reading.line_end))
    return issues


def _unmend_outside_span(project: Record, mended: dict[str, tuple[dict[str, Reading], Issue]],
                         reported: tuple[date | None, date | None], issues: list[Issue], key: str) -> list[Issue]:
    """A start or end date repaired into the fiscal year whose repair still
    leaves a report outside the project's period (`reported`: the earliest
    and the latest date a report surely has, from the dates in order inside
    the year and every reading of a damaged one) was repaired from a reading
    that lost the true one (the window pins the year, not the day or month:
    "๓๐/๑/๒๕๒๒" for ๓๐/๙/๒๕๖๖ read as 30 January): back to what was read,
    and flagged, not repaired."""
    for name, (before, issue) in mended.items():
        value = value_of(project, name)
        bound = reported[0] if name == "start_date" else reported[1]
        if bound is None or value is None or issue not in issues:
            continue
        if (bound >= value) if name == "start_date" else (value >= bound):
            continue
        for k in (name, f"{name}_printed"):
            project.pop(k, None)
        project.update(before)
        evidence = {**json.loads(issue.evidence), "code_was": "value_repaired", "report": str(bound)}
        evidence.pop("chosen", None)
        issues[issues.index(issue)] = Issue(
            "warning", "repair_ambiguous",
            f"{name.replace('_', ' ')}: the one reading of {evidence.get('printed')!r} inside the fiscal year, "
            f"{value}, would leave a report ({evidence['report']}) outside the project's period: the true date is "
            "not among the readings, so none is chosen", json.dumps(evidence, ensure_ascii=False),
            issue.line_start, issue.line_end, project_key=key, field=f"projects.{name}")
    return issues


def _reading_bounds(readings: list[Reading], inside: Callable[[Any], bool],
                    fits: Callable[[int, date], bool] | None = None) -> tuple[list[date], list[date]]:
    """For each report date in order, the earliest and the latest it can be
    by its neighbours' damaged dates (read outside the report window or not
    at all): after the earliest reading inside the window of every earlier
    one, before the latest of every later one (date.min and date.max where
    none bounds it).  With `fits` (the i-th date's readings its own place
    allows: _dates_by_calendar's months), only those readings count, and a
    date none of whose readings fits its place bounds nothing (its true
    date is not among them).  One pass each way."""
    least, most = [], []
    for i, reading in enumerate(readings):  # a date read only from a broken shape (shape_mended) bounds nothing
        could = [] if inside(reading.value) or shape_mended(reading.text) else \
            [d for d in date_readings(reading.text) if inside(d) and (fits is None or fits(i, d))]
        least.append(min(could) if could else date.min)
        most.append(max(could) if could else date.max)
    lo, hi = [date.min] * len(readings), [date.max] * len(readings)
    for i in range(1, len(readings)):
        lo[i] = max(lo[i - 1], least[i - 1])
    for i in range(len(readings) - 2, -1, -1):
        hi[i] = min(hi[i + 1], most[i + 1])
    return lo, hi


def _later_least(values: list[Any]) -> list[Any]:
    """For each place, the least of the values after it (None among them
    passed over; None where none is left): one pass from the end, so the
    order rules stay linear in the entries."""
    out: list[Any] = [None] * len(values)
    low = None
    for i in range(len(values) - 1, -1, -1):
        out[i] = low
        if values[i] is not None:
            low = values[i] if low is None else min(low, values[i])
    return out


def repair_project_span(project: Record, reported: list[date], wide: tuple[date, date], key: str,
                        year: tuple[date, date] | None = None, copies: Copies | None = None) -> list[Issue]:
    """The project's start and end hold its reports: a start after the
    first report date, or an end before the last (both inside the fiscal
    year), or outside the fiscal year and its neighbours (`wide`), is read
    again among the dates its characters could be between the report and
    the fiscal year's edge (`year`; `wide` when not given)."""
    if not reported:
        return []
    year = year or wide
    issues: list[Issue] = []
    for name, ok, lo, hi in (("start_date", (wide[0], reported[0]), year[0], reported[0]),
                             ("end_date", (reported[-1], wide[1]), reported[-1], year[1])):
        reading = project.get(name)
        if reading is None or reading.value is None or ok[0] <= reading.value <= ok[1] or lo > hi:
            continue  # as read, it may be
        if (found := copy_reading(reading, (copies or {}).get(("project", 0, name), []), _within(lo, hi),
                                  rule="report_span", field=f"projects.{name}", what=name.replace("_", " "),
                                  key=key)) is not None:
            project[name] = found[0]
            issues.append(found[1])
            continue
        outcome = repair_date(reading, lo, hi, rule="report_span", field=f"projects.{name}",
                              what=name.replace("_", " "), project_key=key)
        project[name] = outcome.reading
        if outcome.issue is not None:
            issues.append(outcome.issue)
    return issues


def _dates_together(reports: dict[int, Record], seqs: list[int], window: tuple[date, date], key: str,
                    opens: date, closes: date | None = None, copies: Copies | None = None) -> list[Issue]:
    """Report dates in order, weighed together: each date OCR damaged (or
    read outside the year) may be any of its readings inside the year, each
    readable date is what it reads; a reading that cannot stand in order
    with every possible date of the others is dropped, until nothing
    changes.  A damaged date left with one reading is repaired (a chain of
    damaged neighbours can say what one alone cannot).  A date read only
    from a shape OCR broke (normalizers.confusions.shape_mended: its
    separator lost, a digit as two characters) is kept to its neighbours'
    readings but rules none of theirs out.  When the readable
    dates are out of order themselves, or a damaged date loses every
    reading, nothing is decided here (the one-by-one repair follows); but
    a date read in the window's slack, outside the fiscal year itself
    (`opens` to `closes`), out of order with a date read inside it, had a
    digit of its year or month misread into the slack ("๑๕ ก.พ. ๒๕6๕" read
    2022-02-15 before a report of 2021-03-04 in fiscal 2564): weighed as a
    damaged date, where the dates read then stand in order (_slack_apart).
    A damaged date's readings fall on or after `opens` (the day the fiscal
    year opens: see repair_dates).  A damaged date left with one reading
    whose other copy (`copies`) prints what reads only other dates between
    its neighbours' is left unread, said (_copies_deny)."""
    inside = _within(*window)
    first = max(window[0], opens)
    fixed = {s: reports[s]["report_date"].value for s in seqs if inside(reports[s]["report_date"].value)}
    read = [fixed[s] for s in seqs if s in fixed]
    if read != sorted(read):
        for seq in _slack_apart(fixed, seqs, opens, closes):
            del fixed[seq]
        read = [fixed[s] for s in seqs if s in fixed]
        if read != sorted(read):
            return []
    domains: dict[int, list[date] | None] = {}
    for seq in seqs:
        if seq in fixed:
            domains[seq] = [fixed[seq]]
        else:  # no reading inside the year: it may be any date, and constrains nothing
            domains[seq] = sorted(c for c in date_readings(reports[seq]["report_date"].text)
                                  if first <= c <= window[1]) or None
    weak = {seq for seq in seqs if seq not in fixed and domains[seq] is not None
            and shape_mended(reports[seq]["report_date"].text)}
    changed = True
    while changed:
        changed = False
        for order, keep in ((seqs, lambda c, bound: c >= bound), (seqs[::-1], lambda c, bound: c <= bound)):
            bound = window[0] if order is seqs else window[1]
            for seq in order:
                domain = domains[seq]
                if domain is None:
                    continue
                kept = [c for c in domain if keep(c, bound)]
                if not kept and seq in weak:  # its readings miss the true date: it says nothing
                    domains[seq] = None
                    continue
                if not kept:
                    return []
                changed = changed or len(kept) != len(domain)
                domains[seq] = kept
                if seq not in weak:
                    bound = kept[0] if order is seqs else kept[-1]
    issues = []
    for k, seq in enumerate(seqs):
        domain = domains[seq]
        if seq in fixed or domain is None or len(domain) != 1:
            continue
        reading = reports[seq]["report_date"]
        shown = reading.text.strip()
        evidence = {"rule": "date_order", "printed": shown, "read": None if reading.value is None else str(reading.value),
                    "candidates": [str(domain[0])], "chosen": str(domain[0])}
        issue = Issue("warning", "value_repaired",
                      f"report {seq}'s date: printed {shown!r} "
                      + ("is unreadable" if reading.value is None else f"reads {reading.value}, outside the year")
                      + f"; {domain[0]} is the only reading of those characters that stands in order with "
                      "every reading of the other reports' dates",
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=key, field="progress_reports.report_date")
        # (the other copies' printings of it, where one reads only dates that stand in order too, not this one:
        # the one reading of this copy is no proof)
        lo = max((domains[s][0] for s in seqs[:k] if domains[s] is not None and s not in weak), default=first)
        hi = min((domains[s][-1] for s in seqs[k + 1:] if domains[s] is not None and s not in weak),
                 default=window[1])
        if (denied := _copies_deny(domain[0], _date_printings(copies, seq), lambda d, lo=lo, hi=hi: lo <= d <= hi)):
            issues.append(_denied_issue(Outcome(reading, issue), denied, seq, key))
            continue
        issues.append(issue)
        _set_date(reports[seq], Reading(domain[0], reading.text, reading.line_start, reading.line_end))
    return issues


def _slack_apart(fixed: dict[int, date], seqs: list[int], opens: date, closes: date | None) -> list[int]:
    """The reports whose dates, read in the report window's slack (before
    the fiscal year `opens` or after it `closes`), stand out of order with
    a date read inside the fiscal year: an earlier report's later, or a
    later report's earlier.  Their reading is in doubt, not the year's."""
    if closes is None:
        return []
    year = _within(opens, closes)
    out = []
    for i, seq in enumerate(seqs):
        value = fixed.get(seq)
        if value is None or year(value):
            continue
        if any(year(fixed.get(s)) and fixed[s] > value for s in seqs[:i]) or \
                any(year(fixed.get(s)) and fixed[s] < value for s in seqs[i + 1:]):
            out.append(seq)
    return out


def _progress_readings(reading: Reading) -> set[float]:
    """What a printed progress may be: its value as read and every reading
    of its printed characters that is a percentage (empty: they read as no
    number at all)."""
    token = progress_token(reading.text) or reading.text
    values = {v for text in _separator_readings(token) for v, _ in readings_of(text, _percent)
              if v is not None and 0 <= v <= 100}
    return values | ({reading.value} if reading.value is not None else set())


# The rarer look-alikes (RARE_LOOKALIKES: "e" for ๗ or ๘ as well as ๕ or ๙), as (printed, read) pairs
_RARE_LOOKS = tuple((p, r) for p, r in RARE_PAIRS if not r.isdigit())


def _letters_may_read(text: str, value: Decimal) -> bool:
    """Whether a quantity OCR garbled into letters may stand for `value`
    (a whole number): where its one token is made of look-alikes of digits
    (normalizers.confusions.LOOKALIKES) as many as the value's digits, each
    letter the table gives for one digit alone (d and b for ๖, m and n for
    ๓) stands for that digit in the value; a letter the table gives for
    several digits ("o", "e", "a": it measured the likeliest, not all) or a
    token of other letters ("Sey") says nothing against it.  Before, "odd"
    (for ๑๖๖) was taken as 165 from an amount whose ๖ OCR read as 5 (fresh set
    s72o, a wrong repair); "eam" for ๑๗๓ keeps its repair (its m is the 3)."""
    tokens = text.split()
    digits = str(int(value))
    if len(tokens) != 1 or len(tokens[0]) != len(digits) or not all(ch in LOOKALIKES for ch in tokens[0]):
        return True
    return all(len(LOOKALIKES[ch]) != 1 or LOOKALIKES[ch] == d for ch, d in zip(tokens[0], digits))


def _rare_common(printings: Sequence[Reading]) -> set[float]:
    """The percentages every copy's printing allows (as progress_from_copies
    weighs them), a printing of letters alone, no digit among them, read
    with the rarer look-alikes as well (_RARE_LOOKS): OCR saw no digit's
    shape there, every character of it is a guess ("me" for ๓๗: ๓ read "m",
    ๗ "e"), and it allows what its letters were measured to stand for, not
    the commonest alone; where that leaves more than one value fitting, the
    one the table's readings agree on was agreed by chance.  A printing with
    a digit among its characters ("do.0") is read as before."""
    says = []
    for printing in printings:
        token = progress_token(printing.text) or printing.text
        if ANY_DIGIT_RE.search(token):
            could = _progress_readings(printing)
        else:
            with added_misreads(_RARE_LOOKS):
                could = _progress_readings(printing)
        if could:
            says.append(could)
    return set.intersection(*says) if len(says) >= 2 else set()


def _neighbour_printing(reports: dict[int, Record], seq: int, shown: str,
                        others: Sequence[str]) -> tuple[int, str] | None:
    """A copy's printing of report `seq`'s progress (`others`) that differs
    from the kept one (`shown`) and is, character for character, the
    printing the form keeps for the report right before or after it (a
    copy whose entries stand one off reads its neighbour's figure here:
    "๓๕.๐๐" in one copy's report 5, the form's report 4 printed "๓๕.๐๐"):
    (that neighbour, its printing); None where no copy's printing is."""
    for near in (seq - 1, seq + 1):
        reading = reports.get(near, {}).get("progress_pct")
        if reading is None:
            continue
        printed = (progress_token(reading.text) or reading.text).strip()
        if printed and printed != shown and printed in others:
            return near, printed
    return None


def progress_from_copies(reports: dict[int, Record], printings: dict[int, list[Reading]], key: str) -> tuple[
        list[Issue], set[int]]:
    """A progress the form's copies printed apart as OCR read them
    (`printings`: each copy's printing, the kept one first, those no copy
    could read among them: rows.progress_printings), where exactly one value
    is a reading of every copy's characters (a copy whose characters read as
    no number has no say; two copies at least must): that value, which every
    printing allows and no other does ("๒๑.๐" and "5๐๑.๐" for ๖๑.๐, ๖ read ๒
    in one copy and as two characters in the other), value_repaired with the
    copies' printings as evidence (rule copy_readings).  Not where its
    decimals are none the form's other progress figures read with (a
    reading only two misreads give, "๕๒.๕" and "๕๕.๐" as 55.4 where the form
    prints .0 and .5: the copies read two entries' figures), nor where it
    stands in order with no reading of a neighbour (an earlier report's
    least reading above it, a later live report's most below it), nor where
    a copy's printing of letters alone, read with the rarer look-alikes too,
    lets another value fit (_rare_common: "me" and "๓ฒ" agree on 39 alone
    under the table, and on 37 as well with "e" read as the ๗ it was
    measured to stand for).  Returns
    the issues and the reports so repaired (their value is fixed: the order
    rules weigh them as read)."""
    issues: list[Issue] = []
    fixed: set[int] = set()
    seqs = sorted(s for s in reports if "progress_pct" in reports[s])
    readings = {s: _progress_readings(reports[s]["progress_pct"]) for s in seqs}
    for i, seq in enumerate(seqs):
        kept = reports[seq]["progress_pct"]
        if seq not in printings or value_of(reports[seq], "cancelled"):
            continue
        says = [could for could in map(_progress_readings, printings[seq]) if could]
        if len(says) < 2:
            continue
        common = set.intersection(*says)
        fractions = {round(v % 1, 6) for s in seqs if s != seq and (v := reports[s]["progress_pct"].value) is not None}
        floor = max((min(readings[s]) for s in seqs[:i] if readings[s]), default=0.0)
        ceiling = min((max(readings[s]) for s in seqs[i + 1:] if readings[s] and not value_of(reports[s], "cancelled")),
                      default=100.0)
        def fitting(values: set[float]) -> list[float]:
            return sorted(v for v in values if floor <= v <= ceiling and (not fractions or round(v % 1, 6) in fractions))
        fits = fitting(common)
        if len(fits) != 1 or fits[0] == kept.value or len(fitting(_rare_common(printings[seq]))) > 1:
            continue
        chosen = fits[0]
        shown = (progress_token(kept.text) or kept.text).strip()
        others = [(progress_token(r.text) or r.text).strip() for r in printings[seq][1:]]
        if kept.value is not None and kept.value in common and (apart := _copies_bound_apart(
                reports, printings, seqs, i, kept.value, readings)) is not None:
            # the kept value every copy allows, ruled out only by a neighbour whose copies read it apart, one of
            # them in order with it: which is misread is not known (_bound_read_apart)
            issues.append(_apart_repair(Issue("warning", "value_repaired", "", json.dumps(
                {"rule": "copy_readings", "printed": shown, "read": plain_value(kept.value), "copy_readings": others,
                 "chosen": plain_value(chosen)}, ensure_ascii=False), *kept.span, project_key=key,
                field="progress_reports.progress_pct"), seq, kept, *apart))
            fixed.add(seq)  # (weighed as read by the order rules: said once, here)
            continue
        if (borrowed := _neighbour_printing(reports, seq, shown, others)) is not None:
            # a copy prints what the form keeps for the report before or after it: that copy may have read
            # its neighbour's figure in this report's place (its entries one off), so the copies need not
            # print one value, and the one reading of them all is no evidence: said, none chosen
            evidence = {"rule": "copy_readings", "printed": shown, "read": plain_value(kept.value),
                        "copy_readings": others, "candidates": [plain_value(chosen)],
                        "neighbour": borrowed[0], "neighbour_printed": borrowed[1]}
            issues.append(Issue("warning", "repair_ambiguous",
                                f"report {seq}'s progress: printed {shown!r}; the form's other copies print it "
                                f"{', '.join(repr(o) for o in others)}, and {plain_value(chosen)} is the one "
                                "percentage a reading of every copy's characters gives, but "
                                f"{borrowed[1]!r} is what the form prints for report {borrowed[0]}: that copy may "
                                "have read its neighbour's figure in this report's place, so none is chosen",
                                json.dumps(evidence, ensure_ascii=False), *kept.span, project_key=key,
                                field="progress_reports.progress_pct"))
            continue
        evidence = {"rule": "copy_readings", "printed": shown, "read": plain_value(kept.value),
                    "copy_readings": others, "chosen": plain_value(chosen)}
        said = "is unreadable" if kept.value is None else f"reads {plain_value(kept.value)}"
        issues.append(Issue("warning", "value_repaired",
                            f"report {seq}'s progress: printed {shown!r} {said}; the form's other copies print it "
                            f"{', '.join(repr(o) for o in others)}, and {plain_value(chosen)} is the one percentage "
                            "that a reading of every copy's characters gives", json.dumps(evidence, ensure_ascii=False),
                            *kept.span, project_key=key, field="progress_reports.progress_pct"))
        reports[seq]["progress_pct"] = Reading(chosen, kept.text, kept.line_start, kept.line_end)
        readings[seq] = {chosen}
        fixed.add(seq)
    return issues, fixed


def repair_progress(reports: dict[int, Record], key: str, order: bool = True,
                    copies: Copies | None = None, printings: dict[int, list[Reading]] | None = None,
                    unread: str = "") -> list[Issue]:
    """Progress stays a percentage and does not fall between its neighbours
    (a cancellation may report less: it is left alone).  A progress OCR
    left unreadable (value None: look-alikes among its digits, "อ2๐๐") is
    repaired the same way; its readings include the printed digits with the
    decimal point a dropped separator lost ("๖2๐๐" may be 62.00 or 620.0).
    Without `order` (the entries' structure in doubt: a figure may stand in
    another entry's place, and the figures do not stand on the page in the
    reports' order: repair_all, progress_in_page_order) a value out of order
    is flagged, not repaired.  `unread`: the digits the document's OCR
    never writes (parsers.digits.unread_digits), which another copy's
    reading taken for a progress is weighed by (_copy_written_rivals)."""
    issues: list[Issue] = []
    fixed: set[int] = set()
    if order and printings:  # (the entries' structure in doubt: the copies' figures may be two entries')
        issues, fixed = progress_from_copies(reports, printings, key)
    seqs = sorted(s for s in reports if "progress_pct" in reports[s])
    known = {s for s in seqs if reports[s]["progress_pct"].value is not None}
    # the least progress of the later reports (not cancelled), as read, found in one pass from the end;
    # the most of the earlier ones is kept as they are weighed (it takes their repairs)
    later_min = _later_least([reports[s]["progress_pct"].value if s in known and not value_of(reports[s], "cancelled")
                              else None for s in seqs])
    later_seq = _later_least_seq(reports, seqs, known)
    # what each progress may be, weighed with every reading of the others: a value the neighbours rule out
    # as they read may stand when a neighbour is the one OCR misread
    domains = _progress_domains(reports, [s for s in seqs if s in known], fixed)
    tails = {s: _decimals_of(reports[s]["progress_pct"]) for s in seqs if s in known}
    printed = Counter(tails.values())
    fractions = Counter(round(reports[s]["progress_pct"].value % 1, 6) for s in known)  # (after the point, as read)
    relaxed = _domain_bounds(reports, seqs, known, domains)
    high = high_seq = None
    for i, (seq, after) in enumerate(zip(seqs, later_min)):
        rec = reports[seq]
        if not value_of(rec, "cancelled") and seq not in fixed:
            others = printed - Counter([tails[seq]] if seq in tails else [])
            decimals = sorted(others) if sum(others.values()) >= 2 and None not in others and \
                len({len(t) for t in others}) == 1 else None
            before = rec["progress_pct"]
            if order and (alone := _progress_by_domain(
                    rec, seq, None if domains is None else domains.get(seq), relaxed.get(seq), fractions, decimals,
                    key)) is not None:
                found = [alone]
            else:
                found = _progress_between(rec, seq, 0.0 if high is None else high, 100.0 if after is None else after,
                                          key, decimals, None if domains is None else domains.get(seq), order,
                                          relaxed.get(seq),
                                          (copies or {}).get(("progress_reports", seq, "progress_pct"), []),
                                          lambda seq=seq: [t for s, t in tails.items() if s != seq and t],
                                          (None if high_seq is None else reports[high_seq]["progress_pct"],
                                           None if later_seq[i] is None else reports[later_seq[i]]["progress_pct"]),
                                          unread)
            # (a repair weighed between what the neighbours may be by every reading of theirs, `relaxed`, leans on
            # no neighbour as read: its bounds already stand in order with every report)
            if rec["progress_pct"].value != before.value and \
                    not any("bounds" in json.loads(issue.evidence or "{}") for issue in found) and \
                    (contested := _bound_contested(reports, seqs, i, high, high_seq, after, later_seq[i])):
                rec["progress_pct"] = before
                found = [_contested_repair(issue, seq, before, *contested) if issue.code == "value_repaired" else issue
                         for issue in found]
            elif rec["progress_pct"].value != before.value and before.value is not None and \
                    (apart := _bound_read_apart(printings or {}, before.value, high, high_seq, after,
                                                later_seq[i])) is not None:
                rec["progress_pct"] = before
                found = [_apart_repair(issue, seq, before, *apart) if issue.code == "value_repaired" else issue
                         for issue in found]
            issues += found
        if seq in known:
            value = rec["progress_pct"].value
            if high is None or value >= high:
                high, high_seq = value, seq
    return issues


def _progress_by_domain(rec: Record, seq: int, domain: set[float] | None, bounds: tuple[float, float] | None,
                        fractions: Counter[float], decimals: list[str] | None, key: str) -> Issue | None:
    """A progress read whole that stands in order with no reading of the
    other reports' printed digits, and of whose own readings exactly one
    does (`domain`, _progress_domains: every report's readings narrowed,
    each pass one way then the other, until each stands in order with some
    reading of every other report): that reading, value_repaired (rule
    progress_order, evidence the bounds the other reports' readings leave
    it, _domain_bounds).  Weighed on the neighbours as they read, such a
    figure is left in doubt where a later report is itself misread low
    ("๕7" for ๔7 between 46.5 and ๕๐, a later "๒1" for ๖1 read below them
    both: which of them OCR misread the neighbours as read do not say) or
    where its neighbours, as they read, leave two of its readings ("๓5.0"
    for ๙5.0 between a "๕4.0" printed for ๙4.0 and 100: 75 or 95), though
    read every way their digits allow they leave one.  Not where the reading
    has decimals no other progress of the form reads with (`fractions`:
    every readable progress's part after its point, counted; a reading only
    an odd misread of a decimal gives), nor where the figure, printed
    without a point, could be no more than the decimals the form's other
    progress figures print (_decimals_alone: "๐0" for ๖๖.๐0, its whole part
    lost, whose readings need not hold the value; corpus bma_progress_036,
    where 60.0 was so chosen for 66.0).  None otherwise (the value as read
    stands in order with some reading of the others, or several of its
    readings do, or some report has no reading in order: a figure misread
    past the table of confusions, or another entry's, and nothing is
    weighed)."""
    reading = rec["progress_pct"]
    if domain is None or len(domain) != 1 or reading.value is None or reading.value in domain:
        return None
    shown = (progress_token(reading.text) or reading.text).strip()
    if _decimals_alone(shown, decimals):
        return None
    (chosen,) = domain
    own = round(reading.value % 1, 6)
    others = {f for f, n in fractions.items() if n - (f == own) > 0}  # (the other reports' fractions, as read)
    if others and round(chosen % 1, 6) not in others:
        return None
    evidence = {"rule": "progress_order", "printed": shown, "read": plain_value(reading.value),
                "candidates": [plain_value(chosen)], "chosen": plain_value(chosen)}
    if bounds is not None:
        evidence["bounds"] = list(bounds)
    rec["progress_pct"] = Reading(chosen, reading.text, reading.line_start, reading.line_end)
    return Issue("warning", "value_repaired",
                 f"report {seq}'s progress: printed {shown!r} reads {plain_value(reading.value)}, which stands in "
                 "order with no reading of the other reports' printed figures; read every way their digits allow, "
                 f"{plain_value(chosen)} is the only reading of its characters that does",
                 json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                 field="progress_reports.progress_pct")


def _later_least_seq(reports: dict[int, Record], seqs: list[int], known: set[int]) -> list[int | None]:
    """For each report, the nearest later live report whose progress, as
    read, is the least of the later ones (the one that sets
    repair_progress's ceiling; None where none is left)."""
    out: list[int | None] = [None] * len(seqs)
    low = low_seq = None
    for i in range(len(seqs) - 1, -1, -1):
        out[i] = low_seq
        s = seqs[i]
        if s in known and not value_of(reports[s], "cancelled"):
            value = reports[s]["progress_pct"].value
            if low is None or value <= low:
                low, low_seq = value, s
    return out


def _bound_contested(reports: dict[int, Record], seqs: list[int], i: int, floor: float | None, floor_seq: int | None,
                     ceiling: float | None, ceiling_seq: int | None) -> tuple[int, float, list[int]] | None:
    """Whether a bound an order repair of report seqs[i] leaned on is
    itself out of order with the reports between: the earlier report that
    sets the floor (`floor_seq`, its progress `floor`) has live reports
    after it and before this one no reading of whose printed characters
    reaches it, or the later one that sets the ceiling has reports before
    it and after this one no reading of which comes down to it.  The form
    then says two things: that report's figure, or theirs, is what OCR
    misread, and the document does not tell which ("99.0", an Arabic ๑๑.๐
    misread, then "๒๕.๐", "๒๑.๕" and "๒๕.๐" that no reading raises to 99:
    "๓๕.๐" after them is no 99.0).  (the bound's report, its progress, the
    reports that contest it), None where neither is contested."""
    seq = seqs[i]
    for bound, at, inside, fits in ((floor, floor_seq, lambda s: floor_seq < s < seq, lambda v: v >= floor),
                                    (ceiling, ceiling_seq, lambda s: seq < s < ceiling_seq, lambda v: v <= ceiling)):
        if bound is None or at is None:
            continue
        against = [s for s in seqs if inside(s) and not value_of(reports[s], "cancelled")
                   and (could := _progress_readings(reports[s]["progress_pct"])) and not any(map(fits, could))]
        if against:
            return at, bound, against
    return None


def _bound_read_apart(printings: dict[int, list[Reading]], value: float, floor: float | None, floor_seq: int | None,
                      ceiling: float | None, ceiling_seq: int | None) -> tuple[int, float, str] | None:
    """Whether a bound an order repair leaned on is one copy's reading of a
    report the form's copies read apart (`printings`, rows.progress_printings:
    the kept printing first), another copy's printing reading as a figure
    that stands in order with this report's `value` as read: the form does
    not tell whether this figure or the bound is the misread one (fresh set
    s84o, bma_progress_s84o006: report 1 kept "18.0" of three copies reading
    it apart, 2.0 its truth; report 2's "๑๓.๐", printed so by every copy,
    was moved to 19.0 above it).  (the bound's report, its progress, the
    other copy's printing), None where no bound is so read."""
    for bound, at, fits in ((floor, floor_seq, lambda v: v <= value), (ceiling, ceiling_seq, lambda v: v >= value)):
        if bound is None or at is None:
            continue
        for other in printings.get(at, [])[1:]:
            if other.value != bound and any(map(fits, _progress_readings(other))):
                return at, bound, (progress_token(other.text) or other.text).strip()
    return None


def _copies_bound_apart(reports: dict[int, Record], printings: dict[int, list[Reading]], seqs: list[int], i: int,
                        value: float, readings: dict[int, set[float]]) -> tuple[int, float, str] | None:
    """progress_from_copies' check of _bound_read_apart: the earlier report
    whose kept printing's readings all stand above `value` (or the later one,
    not cancelled, whose readings all stand below it), another copy printing
    it as a figure in order with `value`."""
    for s in seqs[:i]:
        if readings.get(s) and min(_progress_readings(reports[s]["progress_pct"])) > value and \
                (apart := _bound_read_apart(printings, value, reports[s]["progress_pct"].value, s, None, None)):
            return apart
    for s in seqs[i + 1:]:
        if readings.get(s) and not value_of(reports[s], "cancelled") and \
                max(_progress_readings(reports[s]["progress_pct"])) < value and \
                (apart := _bound_read_apart(printings, value, None, None, reports[s]["progress_pct"].value, s)):
            return apart
    return None


def _apart_repair(issue: Issue, seq: int, reading: Reading, at: int, bound: float, other: str) -> Issue:
    """An order repair of report `seq`'s progress whose bound, report `at`'s
    `bound`, another copy prints as `other` (_bound_read_apart): said in
    doubt, the printing kept."""
    return _bound_in_doubt(issue, seq, reading, at, bound, ("bound_read_apart", {
        "report": at, "progress": bound, "other_copy": other}),
        f"but that is one copy's reading and another copy prints it {other!r}, which stands in order with this figure "
        "as read: which of them OCR misread is not known, and none is chosen")


def _contested_repair(issue: Issue, seq: int, reading: Reading, at: int, bound: float, against: list[int]) -> Issue:
    """An order repair of report `seq`'s progress whose bound, report `at`'s
    `bound`, the reports `against` contest (_bound_contested): said in
    doubt, the printing kept."""
    return _bound_in_doubt(issue, seq, reading, at, bound, ("contested", {
        "report": at, "progress": bound, "by": against}),
        f"but report(s) {', '.join(map(str, against))} between them print figures no reading of which stands in "
        "order with that one, so which of them OCR misread is not known and none is chosen")


def _bound_in_doubt(issue: Issue, seq: int, reading: Reading, at: int, bound: float, said: tuple[str, dict],
                    why: str) -> Issue:
    """The repair_ambiguous of _apart_repair and _contested_repair: the
    repair's chosen value a candidate, `said` (key, value) in its evidence."""
    evidence = json.loads(issue.evidence or "{}")
    chosen = evidence.pop("chosen", None)
    evidence["candidates"] = [chosen] if chosen is not None else evidence.get("candidates", [])
    evidence[said[0]] = said[1]
    token = (progress_token(reading.text) or reading.text).strip()
    read = "is unreadable" if reading.value is None else f"reads {plain_value(reading.value)}"
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s progress: printed {token!r} {read}; {plain_value(chosen)} would stand in order "
                 f"with report {at}'s {plain_value(bound)}, {why}", json.dumps(evidence, ensure_ascii=False),
                 *reading.span, project_key=issue.project_key, field=issue.field)


_DOMAIN_PASSES = 8


def _domain_bounds(reports: dict[int, Record], seqs: list[int], known: set[int],
                   domains: dict[int, set[float]] | None) -> dict[int, tuple[float, float]]:
    """For each report, the least and the most its progress may be by every
    reading of its neighbours' (their domains, _progress_domains): no less
    than the least each earlier report may be, no more than the most each
    later one (not cancelled) may be.  Empty when the domains are (a report
    left with no reading that stands in order)."""
    if domains is None:
        return {}
    out: dict[int, tuple[float, float]] = {}
    floor = 0.0
    for seq in seqs:
        out[seq] = (floor, 100.0)
        if seq in known and seq in domains:
            floor = max(floor, min(domains[seq]))
    ceiling = 100.0
    for seq in reversed(seqs):
        out[seq] = (out[seq][0], ceiling)
        if seq in known and seq in domains and not value_of(reports[seq], "cancelled"):
            ceiling = min(ceiling, max(domains[seq]))
    return out


def _progress_domains(reports: dict[int, Record], seqs: list[int],
                      fixed: set[int] = frozenset()) -> dict[int, set[float]] | None:
    """What each readable progress may be (its value as read and the
    readings of its printed digits that are percentages; its value alone
    where the copies' printings fixed it, `fixed`), narrowed until
    every one left stands in order with some reading of each other report
    (_in_order_domains; a cancelled report is no bound for the ones before
    it).  None when a report is left with nothing (the readings miss a
    truth: nothing to weigh with)."""
    domains = {seq: sorted({reports[seq]["progress_pct"].value} if seq in fixed
                           else _progress_readings(reports[seq]["progress_pct"])) for seq in seqs}
    narrowed = _in_order_domains(domains, {s for s in seqs if not value_of(reports[s], "cancelled")})
    return None if narrowed is None else {s: set(d) for s, d in narrowed.items()}


def _reads_one_way(reading: Reading) -> bool:
    """Whether a progress's printed characters read as its value and as no
    other (_progress_readings: no look-alike of another digit among them, no
    separator lost, "72.00" in Arabic digits): its reading is not in doubt
    by its own characters."""
    return reading.value is not None and _progress_readings(reading) == {reading.value}


def _copy_against_plain_reading(issue: Issue, seq: int, reading: Reading, other: Reading, bound: Reading,
                                lo: float, hi: float, key: str) -> Issue:
    """An order repair by another copy's reading (copy_reading) of a
    progress whose printed characters read one way only (_reads_one_way),
    where the neighbour whose figure rules it out (`bound`) reads several
    ways or none: nothing in the printing says OCR misread it, and the
    neighbour's may be the misread one (a report before it printed
    "๐9๓.๐๐" for ๖๓.๐๐, read 93.0), or the other copy's figure another
    entry's (a copy whose entries OCR read out of step); which is not known.
    Said in doubt (repair_ambiguous, both values as candidates), the
    printing kept."""
    evidence = json.loads(issue.evidence or "{}")
    chosen = evidence.pop("chosen", None)
    evidence["candidates"] = [plain_value(reading.value), chosen]
    evidence["bound"] = {"printed": (progress_token(bound.text) or bound.text).strip(), "read": plain_value(bound.value)}
    token = (progress_token(reading.text) or reading.text).strip()
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s progress: printed {token!r} reads {plain_value(reading.value)} and no other value "
                 f"by its characters, out of order with its neighbours as they read ({lo}-{hi}); another copy of the "
                 f"form reads it {plain_value(other.value)} (printed {other.text.strip()!r}), which fits them, but the "
                 f"neighbour's figure that rules it out, printed {evidence['bound']['printed']!r}, may be the one OCR "
                 "misread (its characters read several ways or none), so none is chosen",
                 json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key, field=issue.field)


def _copy_written_rivals(other: Reading, unread: str, lo: float, hi: float) -> list[float]:
    """The values between a progress's neighbours (lo-hi) that another
    copy's printing of it (`other`, the reading copy_reading found to fit)
    may be, in a document whose OCR never writes the digits `unread`
    (parsers.digits.unread_digits: tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙):
    each Thai digit it prints stands for itself or for a digit the document
    never writes that OCR reads as it (_written_readings: "๑๒.๐" may be
    12.0 or 16.0, a ๖ read ๒, as 17.0 may be, a ๗ read ๑), an Arabic digit
    for itself.  Sorted; the copy's value alone where no other reading is
    left, nothing where it prints no Thai digit, a character other than a
    digit or point, or the document writes every digit.  Set s67z:
    bma_progress_s67z006's report 1, 90.0 as kept (a ๑๖.๐ OCR read so),
    112.0 and 12.0 in the other copies: 12.0 fitted under the next report's
    20.0 and was taken; 16.0 fits as well, and was printed."""
    if not unread or other.value is None:
        return []
    token = (progress_token(other.text) or other.text).strip()
    if not _THAI_DIGIT_RE.search(token):
        return []
    readings = _written_spellings(token, unread, bool(regex.search(r"[0-9]", token)), ".")
    if readings is None:
        return []
    values: set[float] = set()
    for text in readings:
        try:
            value = _percent(text)
        except ValueParseError:
            continue
        if value is not None and lo <= value <= hi:
            values.add(value)
    return sorted(values | {other.value})


def _copy_in_written_doubt(issue: Issue, seq: int, reading: Reading, other: Reading, rivals: list[float],
                           lo: float, hi: float, key: str) -> Issue:
    """An order repair by another copy's reading (copy_reading) whose own
    printed digits may be others that fit as well (_copy_written_rivals):
    the copy fits, but which of its readings it is the printing does not
    say.  Said in doubt (repair_ambiguous, those readings as candidates),
    the printing kept."""
    evidence = json.loads(issue.evidence or "{}")
    evidence.pop("chosen", None)
    evidence["candidates"] = [plain_value(v) for v in rivals[:10]]
    token = (progress_token(reading.text) or reading.text).strip()
    said = "is unreadable" if reading.value is None else \
        f"reads {plain_value(reading.value)}, out of order with its neighbours as they read ({lo}-{hi})"
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s progress: printed {token!r} {said}; another copy of the form reads it "
                 f"{plain_value(other.value)} (printed {other.text.strip()!r}), which fits them, but this document's "
                 f"OCR never writes some digits, and that copy's may stand for them: {len(rivals)} readings of its "
                 "characters fit, so none is chosen",
                 json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key, field=issue.field)


def _decimals_of(reading: Reading) -> str | None:
    """The decimals a progress is printed with, as digits ("00" for "๕6.0๐"),
    None when it has no point."""
    token = thai_digits_to_arabic((progress_token(reading.text) or reading.text).strip())
    return token.rpartition(".")[2] if "." in token else None


def _progress_between(rec: Record, seq: int, lo: float, hi: float, key: str,
                      decimals: list[str] | None = None, domain: set[float] | None = None,
                      order: bool = True, relaxed: tuple[float, float] | None = None,
                      others: Sequence[Reading] = (), tails: Callable[[], list[str]] | None = None,
                      bounds: tuple[Reading | None, Reading | None] = (None, None),
                      unread: str = "") -> list[Issue]:
    """One report's progress weighed between its neighbours'
    (repair_progress).  In a form whose every other progress prints a point
    and as many decimals (`decimals`, as printed), a progress printed without
    a point that could be such decimals alone ("๐0" where the form prints "๖6.๐0") may be what is left
    of a number whose whole part OCR lost: its readings need not hold the
    value, and none is chosen.  A progress OCR left unreadable none of whose
    readings stands between its neighbours as they read (a later one misread
    low: "๓ซ.๐" for 37.0 between 15.0 and a later 23.0 printed for 63.0) is
    weighed between what they may be by every reading of theirs (`relaxed`,
    _domain_bounds): one reading left there is the only one that stands in
    order with some reading of each neighbour.  A progress out of order with
    several readings between its neighbours is the one of them whose
    decimals the form's other progress figures print, where every reading of
    theirs leaves no other (_by_printed_decimals, _decimals_alone_in).
    Another copy's reading that fits is not taken for a progress whose
    characters read one way only where the neighbour that rules it out
    (`bounds`: the reports that set `lo` and `hi`, as read) reads several
    ways or none (_copy_against_plain_reading: flagged, kept), nor one
    whose own printed digits, in a document whose OCR never writes some
    digits (`unread`), may as well be others that fit
    (_copy_written_rivals: flagged, kept)."""
    reading = rec["progress_pct"]
    if reading.value is None and relaxed is not None:
        issues = _progress_between(rec, seq, lo, hi, key, decimals, domain, order, others=others, tails=tails,
                                   bounds=bounds, unread=unread)
        if rec["progress_pct"] is not reading and relaxed != (lo, hi) and relaxed[0] <= relaxed[1] and \
                (doubt := _unreadable_by_relaxed(rec, seq, reading, issues, lo, hi, relaxed)) is not None:
            rec["progress_pct"] = reading
            return [doubt]
        if issues or rec["progress_pct"] is not reading or relaxed == (lo, hi) or relaxed[0] > relaxed[1]:
            return issues
        return [_between_readings(i, lo, hi, relaxed) for i in
                _progress_between(rec, seq, relaxed[0], relaxed[1], key, decimals, domain, order, others=others,
                                  unread=unread)]
    if lo > hi:
        # the neighbours as read disagree, so they bound nothing; but weighed with every reading of theirs
        # (`domain`), this progress may still have one reading left, and not the one read
        if not (order and domain is not None and len(domain) == 1 and reading.value not in domain):
            return []
        lo = hi = next(iter(domain))
    token = progress_token(reading.text) or reading.text
    bare = token.strip()
    if _decimals_alone(bare, decimals) and not (reading.value is not None and lo <= reading.value <= hi):
        evidence = {"rule": "progress_order", "printed": bare, "read": reading.value, "candidates": []}
        return [Issue("warning", "repair_ambiguous",
                      f"report {seq}'s progress: printed {bare!r}, no more than the decimals ({', '.join(decimals)}) every other "
                      "progress of the form prints: OCR may have lost the number before them, so no reading of "
                      "these characters is chosen", json.dumps(evidence, ensure_ascii=False), *reading.span,
                      project_key=key, field="progress_reports.progress_pct")]
    if order and others and not (reading.value is not None and lo <= reading.value <= hi) and \
            not (domain is not None and reading.value in domain) and \
            (found := copy_reading(reading, others, lambda v: lo <= v <= hi, rule="progress_order",
                                   field="progress_reports.progress_pct", what=f"report {seq}'s progress",
                                   key=key)) is not None:
        if len(rivals := _copy_written_rivals(found[0], unread, lo, hi)) > 1:
            return [_copy_in_written_doubt(found[1], seq, reading, found[0], rivals, lo, hi, key)]
        bound = bounds[0] if reading.value is not None and reading.value < lo else bounds[1]
        if _reads_one_way(reading) and bound is not None and not _reads_one_way(bound):
            return [_copy_against_plain_reading(found[1], seq, reading, found[0], bound, lo, hi, key)]
        rec["progress_pct"] = found[0]
        return [found[1]]
    outcome = repair(reading, _percent, lambda v: v is not None and lo <= v <= hi, rule="progress_order",
                     field="progress_reports.progress_pct", what=f"report {seq}'s progress", project_key=key,
                     printed=_separator_readings(token))
    if tails and order and outcome.issue is not None and outcome.issue.code == "repair_ambiguous" and \
            (found := _by_printed_decimals(token, lo, hi, tails())) and \
            (reading.value is None or _decimals_alone_in(found, domain)):
        chosen, passing, decimals = found
        evidence = {**json.loads(outcome.issue.evidence), "candidates": [plain_value(v) for v in passing[:10]],
                    "chosen": plain_value(chosen), "decimals": decimals}
        rec["progress_pct"] = Reading(chosen, reading.text, reading.line_start, reading.line_end)
        said = "is unreadable" if reading.value is None else \
            f"reads {plain_value(reading.value)}, out of order with its neighbours"
        return [Issue("warning", "value_repaired",
                      f"report {seq}'s progress: printed {bare!r} {said}; {len(passing)} readings of those "
                      f"characters fit between its neighbours ({lo}-{hi}), and {plain_value(chosen)} is the only one "
                      f"whose decimals the form's other progress figures print ({', '.join(decimals)})",
                      json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                      field="progress_reports.progress_pct")]
    if outcome.repaired and not order:
        if reading.value is None and (alone := _one_reading_anywhere(rec, token, outcome.value, seq, key)):
            return [alone]
        evidence = {**json.loads(outcome.issue.evidence)}
        evidence.pop("chosen", None)
        return [Issue("warning", "repair_ambiguous",
                      f"report {seq}'s progress: printed {bare!r} is out of order with its neighbours ({lo}-{hi}); "
                      f"{outcome.value} is the one reading of its characters that fits them, but the entries' "
                      "structure is in doubt (a figure may stand in another entry's place), so none is chosen",
                      json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                      field="progress_reports.progress_pct")]
    if outcome.repaired and domain is not None and reading.value in domain:
        # the bounds that rule the value out are neighbours' figures whose digits could be others: read so,
        # the value stands as printed, and which of them OCR misread is not known
        evidence = {**json.loads(outcome.issue.evidence), "candidates": [reading.value, outcome.value]}
        evidence.pop("chosen", None)
        return [Issue("warning", "repair_ambiguous",
                      f"report {seq}'s progress: printed {bare!r} reads {reading.value}, out of order with its "
                      f"neighbours as they read ({lo}-{hi}); {outcome.value} is the one reading of its characters "
                      "that fits them, but their own digits could be others that leave it as printed, so none is "
                      "chosen", json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                      field="progress_reports.progress_pct")]
    if outcome.repaired and domain is not None and outcome.value in domain and len(domain) > 1 \
            and reading.value is not None:
        # the bounds that leave one reading are the neighbours as they read, whose digits could be others: read so,
        # another reading of this progress stands in order as well ("1๒" between "๑๕" and "๑๕" is 15 by them as
        # read, 16 where they are 14 and 18, a ๔ and an ๘ read ๕), and which of them OCR misread is not known
        evidence = {**json.loads(outcome.issue.evidence), "candidates": sorted(domain)[:10]}
        evidence.pop("chosen", None)
        return [Issue("warning", "repair_ambiguous",
                      f"report {seq}'s progress: printed {bare!r} reads {reading.value}, out of order with its "
                      f"neighbours as they read ({lo}-{hi}); {outcome.value} is the one reading of its characters "
                      f"that fits them, but read every way their digits allow, {len(domain)} readings of it stand in "
                      "order, so none is chosen", json.dumps(evidence, ensure_ascii=False), *reading.span,
                      project_key=key, field="progress_reports.progress_pct")]
    rec["progress_pct"] = outcome.reading
    return [outcome.issue] if outcome.issue is not None else []


def _decimals_alone(bare: str, decimals: list[str] | None) -> bool:
    """Whether a progress printed without a point (`bare`) could be no
    more than the decimals every other progress of the form prints
    (`decimals`, as printed: "๐0" where the form prints "๖6.๐0"): what is
    left of a number whose whole part OCR lost, whose readings need not
    hold the value."""
    return bool(decimals) and "." not in bare and len(bare) <= len(decimals[0]) and \
        any(could_be(bare, tail[-len(bare):]) for tail in decimals)


def _one_reading_anywhere(rec: Record, token: str, value: Any, seq: int, key: str) -> Issue | None:
    """With the entries' structure in doubt (a figure may stand in another
    entry's place, so its neighbours bound nothing sure), a progress OCR left
    unreadable ("1700" for 17.00, its point lost; "».0" for ๖.0; "๑๐๐๐๐" for
    100.00) whose characters have one reading at all from 0 to 100 %, the one
    that fits between its neighbours (`value`), reads that whichever entry it
    is of: taken, said repair_ambiguous (evidence read None, chosen), as the
    entry it stands in is in doubt.  None where another reading stands in
    that span (the neighbours alone chose it: so none is chosen, as before)."""
    reading = rec["progress_pct"]
    whole = repair(reading, _percent, lambda v: v is not None and 0 <= v <= 100, rule="progress_order",
                   field="progress_reports.progress_pct", what=f"report {seq}'s progress", project_key=key,
                   printed=_separator_readings(token))
    if not whole.repaired or whole.value != value:
        return None
    bare = token.strip()
    evidence = {"rule": "progress_order", "printed": bare, "read": None, "candidates": [plain_value(value)],
                "chosen": plain_value(value)}
    issue = Issue("warning", "repair_ambiguous",
                  f"report {seq}'s progress: printed {bare!r} is unreadable; {plain_value(value)} is the one "
                  "reading of its characters from 0 to 100 %, and it fits between its neighbours: taken, in doubt, "
                  "as the entries' structure is (the figure may stand in another entry's place)",
                  json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                  field="progress_reports.progress_pct")
    rec["progress_pct"] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issue


def _by_printed_decimals(token: str, lo: float, hi: float,
                         tails: list[str]) -> tuple[Any, list[Any], list[str]] | None:
    """Among the readings of an unreadable progress printed with a point
    (or of one read out of order whose neighbours, read every way, leave the
    same one: _decimals_alone_in) that fit between its neighbours (lo-hi),
    the one whose decimals (as many
    digits as it prints) some other progress of the form prints (`tails`,
    theirs as read, two at least: "๑๒๐.๐" fits as 16.0, 16.4 or 16.6, a ๐
    after the point being a ๖ or ๔ OCR misread, where the others print ".0"
    or ".5"): (it, all that fit, those decimals), None unless exactly one is.
    Weighed between the neighbours as they read only: between what they may
    be by every reading of theirs (`relaxed`) they are themselves in doubt,
    and the choice is left open (tests/test_bma_progress_relaxed_bounds)."""
    token = token.strip()
    width = len(token.rpartition(".")[2]) if "." in token else 0
    if not width or len(tails) < 2:
        return None
    decimals = sorted({tail[:width].ljust(width, "0") for tail in tails})
    passing = list(dict.fromkeys(v for text in _separator_readings(token) for v, _ in readings_of(text, _percent)
                                 if v is not None and lo <= v <= hi))
    kept = [v for v in passing if f"{v:.{width}f}".rpartition(".")[2] in decimals]
    return (kept[0], passing, decimals) if len(kept) == 1 and len(passing) > 1 else None


def _decimals_alone_in(found: tuple[Any, list[Any], list[str]], domain: set[float] | None) -> bool:
    """Whether the reading _by_printed_decimals chose for a progress read
    out of order ("๓5.๕", 35.5, after a 92.0: 95.5, 94.5, 98.5 ... fit, 95.5
    alone with the form's ".0" and ".5") is also the one reading with those
    decimals among all that stand in order with some reading of every other
    report (`domain`, _progress_domains): the neighbours' own digits, read
    every way they allow, leave no other (were they read lower, the value
    as read, or another whole part, could stand: none is chosen).  No domain
    (some report has no reading in order: a figure misread past the
    confusion table, or another entry's), no choice."""
    chosen, _, decimals = found
    if domain is None or chosen not in domain:
        return False
    width = len(decimals[0])
    return {v for v in domain if f"{v:.{width}f}".rpartition(".")[2] in decimals} == {chosen}


def _unreadable_by_relaxed(rec: Record, seq: int, reading: Reading, issues: list[Issue], lo: float, hi: float,
                          relaxed: tuple[float, float]) -> Issue | None:
    """An unreadable progress printed with no digit at all, only
    look-alikes ("ee" for ๔๗), that an order repair read as the one reading
    of its characters between its neighbours as they read, where their own
    digits could be others (`relaxed`: what they may be by every reading of
    theirs, _domain_bounds) and, read so, several readings of its characters
    stand between them ("ee" between "๒" and "๕๕": 55 under 55 as read, but
    59, 95 and 99 where the ๕๕ is an ๘๕ or ๙๙ misread): the bound that
    chose it may be the misread figure, and no digit of its own says which
    of its readings it is.  Said in doubt (repair_ambiguous, the readings
    that fit as candidates), none chosen.  None where the repair stands."""
    repaired = [i for i in issues if i.code == "value_repaired"
                and json.loads(i.evidence or "{}").get("rule") == "progress_order"]
    token = (progress_token(reading.text) or reading.text).strip()
    if len(repaired) != 1 or len(issues) != 1 or rec["progress_pct"].text != reading.text or \
            ANY_DIGIT_RE.search(token):
        return None
    passing = sorted(v for v in _progress_readings(reading) if relaxed[0] <= v <= relaxed[1])
    if len(passing) < 2:
        return None
    evidence = {**json.loads(repaired[0].evidence), "candidates": [plain_value(v) for v in passing[:10]],
                "bounds": list(relaxed)}
    evidence.pop("chosen", None)
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s progress: printed {token!r}, no digit but look-alikes, is unreadable; "
                 f"{plain_value(rec['progress_pct'].value)} is the one reading of those characters between its "
                 f"neighbours as they read ({lo}-{hi}), but read every way their digits allow ({relaxed[0]}-"
                 f"{relaxed[1]}), {len(passing)} readings of it stand between them, so none is chosen",
                 json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=repaired[0].project_key,
                 field=repaired[0].field)


def _between_readings(issue: Issue, lo: float, hi: float, relaxed: tuple[float, float]) -> Issue:
    """A progress repair (or doubt) weighed between what the neighbours may
    be (_progress_between's `relaxed`): said so, with those bounds."""
    evidence = {**json.loads(issue.evidence), "bounds": list(relaxed)}
    return Issue(issue.severity, issue.code, f"{issue.message} between what its neighbours may be by every reading of "
                 f"theirs ({relaxed[0]}-{relaxed[1]}); as they read ({lo}-{hi}) none does",
                 json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                 project_key=issue.project_key, field=issue.field)


def _percent(text: str) -> float:
    """A percentage read from a whole candidate: one with a look-alike left
    in it ("อ2.00") is no reading ("2.00" is not what was printed); nor one
    whose whole part is two digits, a 0 first ("06" of "od", ๑๖ read so: no
    progress is printed with a leading zero; before, 6.0 was taken as the
    one reading between its neighbours, fresh set s98s, bma_progress_s98s005).
    Three characters opening with a 0 may be two digits one of which OCR
    wrote as two ("๐9๓.๐๐" for ๖๓.๐๐, read 93.0 among others): kept."""
    if not _NUMBER_RE.fullmatch(text.strip()):
        raise ValueParseError("percent", text, "not a number")
    if _LEADING_ZERO_RE.match(thai_digits_to_arabic(text.strip())):
        raise ValueParseError("percent", text, "a whole part opening with a zero")
    return parse_percent(text)


_LEADING_ZERO_RE = regex.compile(r"0\d(?!\d)")


def _separator_readings(token: str) -> list[str]:
    """A number as printed, then, when it has no decimal point, the same
    with one before its last two or its last digit (the form prints
    progress with two, one or no decimals); then each of those whose whole
    part is more than a progress prints (three characters or more, past
    100) read with one printed digit OCR wrote as two (_split_readings), or
    opening with a speck OCR read from the cell's rule (_SPECK_OPEN_RE:
    "»20.00" for 20.00, a » no reading of which leaves a percentage) read
    without it."""
    token = token.strip()
    forms = [token] if "." in token or len(token) < 3 else \
        [token, f"{token[:-2]}.{token[-2:]}", f"{token[:-1]}.{token[-1:]}"]
    specked = [form[1:] for form in forms if _SPECK_OPEN_RE.match(form) and len(_WHOLE_RE.match(form).group()) >= 3]
    return forms + [v for form in forms for v in _split_readings(form) if v not in forms] + \
        [v for v in specked if v not in forms]


# A figure opening with a mark OCR makes of a speck (a guillemet, @, ©) before two digits at least: read with the mark
# as a digit its whole part is three digits, past any progress but 100
_SPECK_OPEN_RE = regex.compile(r"^[«»@©](?=[\d๐-๙]{2}(?![\d๐-๙]))")


# The whole part of a number as printed: its digits and look-alikes before the decimal point
_WHOLE_RE = regex.compile(r"^[^.\s]*")
_THAI_DIGITS_ONLY_RE = regex.compile(r"[๐-๙]+")


def _split_readings(form: str) -> list[str]:
    """`form` with two adjacent characters of its whole part read as the one
    printed digit OCR is measured to write as them (normalizers.confusions.
    SPLIT_READS: "๑๒๐.๐" for ๑๖.๐, "๓๑๑.๐๐" for ๗๑.๐๐), each way; none
    unless the whole part is three characters or more and reads no
    percentage ("100" is one: a progress of 100 prints three digits), or
    unless it is Thai digits alone: a look-alike or an Arabic digit among
    them may itself be the character too many (a speck, "@๑๒.๐๐" for
    ๑๒.๐๐; a ๖ read as an Arabic 9, "9๒๐.๕๐" for ๖๐.๕๐), and a pair read
    as one digit is then no likelier than it (two such tokens of a fresh set
    were repaired wrong through a pair)."""
    whole = _WHOLE_RE.match(form).group()
    if len(whole) < 3 or (len(whole) == 3 and thai_digits_to_arabic(whole) == "100") or \
            not _THAI_DIGITS_ONLY_RE.fullmatch(whole):
        return []
    out: list[str] = []
    for i in range(len(whole) - 1):
        pair = thai_digits_to_arabic(whole[i:i + 2])
        for digit, reads in SPLIT_READS.items():
            if pair in reads and (variant := form[:i] + digit + form[i + 2:]) not in out:
                out.append(variant)
    return out


def repair_amounts(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]],
                   key: str, across: bool = True, mixed: frozenset[int] = frozenset(),
                   copies: Copies | None = None) -> list[Issue]:
    """Expense lines add up to their entry; each line is quantity x unit
    amount; the entries add up to the budget spent (a part read from the
    others only with `across`).  `copies`: the other copies' readings of the
    values they read apart (the ฿ signs weigh them: _sign_of_copies)."""
    allocated = value_of(project, "budget_allocated")
    issues: list[Issue] = _clause_signs(reports, key, header_signs(project), value_of(project, "clause_signs") or 0,
                                        allocated if isinstance(allocated, Decimal) else None,
                                        spent=project.get("budget_spent"), unwritten=_unwritten_pairs(project),
                                        copies=copies)
    if "expense_sign" in project:
        issues += _expense_signs(expenses, key, unwritten=_unwritten_pairs(project))
    elif _signed_throughout(reports, expenses):
        issues += _expense_signs(expenses, key, rule=_THROUGHOUT, reason=_THROUGHOUT_WHY,
                                 unwritten=_unwritten_pairs(project))
    elif value_of(project, "clause_signs") and _signed_like_clauses(expenses):
        issues += _expense_signs(expenses, key, rule=_THROUGHOUT, reason=_LIKE_CLAUSES_WHY,
                                 unwritten=_unwritten_pairs(project))
    # a line OCR left without its amount is what its entry's disbursement leaves, unless the entries are
    # interleaved (a table read across its columns) and another entry's lines do not add up to its own: a line of
    # this entry may have been placed among that one's (_lines_astray)
    astray = _lines_astray(reports, expenses)
    apart = _entries_apart(reports, sorted(reports))
    unread = value_of(project, "unread_digits") or ""
    for seq, lines in sorted(expenses.items()):
        what = f"an expense line of report {seq}"
        pending = []  # the lines no product rule said anything of: weighed jointly once the sum had its say
        for rec in lines:
            if id(rec) in mixed:
                continue
            found = _lost_quantity(rec, key, what)
            found += _product_signs(rec, key, what)
            found += repair_product(rec, key, what)
            issues += found
            if not found:
                pending.append(rec)
        if seq in reports:
            issues += _expense_sum(reports[seq], lines, key, seq,
                                   confirm_lost=lambda i, need, seq=seq: apart or not astray - {seq}, unwritten=unread)
        paid = reports[seq].get("disbursed") if seq in reports else None
        unchecked = {id(rec): _sum_unchecked(lines, rec, paid) for rec in pending}  # (why the sum cannot check it)
        weighed = [(rec, _product_jointly(rec, key, what, lambda amount, rec=rec: _adds_up_with(lines, rec, amount,
                                                                                             paid),
                                          unchecked=unchecked[id(rec)],
                                          written=_written_witness(lines, rec, paid, unread)))
                   for rec in pending]
        # a line several readings of whose figures hold is weighed again once the others have had their say (their
        # repairs make the sum whole): the one fit whose amount makes the entry's lines add up to its disbursement
        # is taken, where the sum is a witness of its own: the entry has other lines, or its disbursement's figure
        # is sure (a lone line's disbursement prints the same figure, with the same misreads)
        witness = len(lines) > 1 or (paid is not None and sure(paid))
        for rec, found in weighed:
            if witness and _several_fits(found):
                found = _product_jointly(rec, key, what, lambda amount, rec=rec: _adds_up_with(lines, rec, amount, paid),
                                         witness=True, written=_written_witness(lines, rec, paid, unread))
            issues += found
            if unchecked[id(rec)] == SAME_FIGURE_SUM:  # (a disbursement read: the only why of a read one)
                issues += _paid_as_its_line(reports[seq], rec, found, key, seq)
    # a report whose budget clause gave no amount (OCR lost it) is a part too: with one such, the sum
    # may say what it was; with more, the sum of the others proves nothing.  Without `across` (the
    # entries' structure in doubt) no part is read from the others: one may stand in another's place
    if across:
        issues += _total_by_spent(project, reports, expenses, key)
        issues += _spent_by_lines(project, reports, expenses, key)
    lost = [rec for rec in reports.values() if "disbursed" not in rec]
    if len(lost) > 1:
        issues += _nothing_left(project, reports, key, expenses, doubt=not across)
    elif across and not any(names_other_report(rec["disbursed"].text, seq) for seq, rec in reports.items()
                            if rec not in lost):
        # no other part read from a clause that names another report (a tail carried into it)
        for rec in lost:
            span = next(iter(rec.values())).span if rec else (None, None)
            rec["disbursed"] = Reading(None, "", *span)
        order = sorted(reports)
        paid = [(reports[seq], "disbursed", "progress_reports.disbursed") for seq in order]
        issues += repair_sum(paid, (project, "budget_spent", "projects.budget_spent"), key,
                             "the disbursements of all reports and the budget spent",
                             confirm_lost=lambda i, need: _lines_add_up(expenses.get(order[i], []), need)
                             or _entries_apart(reports, order))
        for rec in lost:
            if rec["disbursed"].value is None:
                del rec["disbursed"]
    issues += _one_lost(project, reports, key, expenses, doubt=not across)
    if across:
        issues += _one_part_misread(project, reports, key, expenses)
        issues += _part_by_witnesses(project, reports, key, expenses)
    else:
        issues += _lost_by_own_lines(project, reports, key, expenses)
        issues += _printing_witnessed(project, reports, key, expenses)
    signs, signed = _baht_signs(project, reports, key, copies)
    issues += signs
    issues += _lines_past_signed_entry(reports, {seq: expenses[seq] for seq in signed if seq in expenses}, key,
                                       _unwritten_pairs(project))
    for seq in signed:  # their expense lines, again
        if seq in expenses:
            issues += _expense_sum(reports[seq], expenses[seq], key, seq, unwritten=unread)
    issues += _spent_as_parts_read(project, reports, key, issues)
    if across:
        joint = _money_jointly(project, reports, expenses, key, copies)
        issues = _lines_by_joint_sum(reports, expenses, key, joint, issues) + joint
        issues = _lines_printed_as_paid(reports, expenses, key, joint, issues)
    elif all(rec.get("disbursed") is not None and rec["disbursed"].value is not None for rec in reports.values()):
        # every entry read an amount: the sum of them is the same whichever entry holds which, and a reading of
        # each figure's characters is its own; the lines may be another entry's, so they weigh nothing here (an
        # amount lost, or read as no figure, is left to the rules that want its lines too: _printing_witnessed);
        # lines that printed the figure the repair mended, misread alike, follow it (_lines_printed_as_paid)
        joint = _money_jointly(project, reports, {}, key, copies)
        issues = _lines_printed_as_paid(reports, expenses, key, joint, issues + joint)
    for rec in reports.values():  # (an amount's printing kept unread goes where a rule gave the report its amount)
        if "disbursed" in rec:
            rec.pop("disbursed_printed", None)
    # (a line still past its signed entry once every rule weighing the lines together had its say)
    issues += _lines_past_signed_entry(reports, expenses, key, _unwritten_pairs(project))
    issues += _quantities_by_settled_lines(reports, expenses, key, issues)
    return issues


_QUANTITY_SPECKS_RE = regex.compile(r"[«»@©\s]")


def _quantities_by_settled_lines(reports: dict[int, Record], expenses: dict[int, list[Record]],
                                 key: str, said: list[Issue]) -> list[Issue]:
    """A line whose quantity, printed with as many characters as the
    quotient has digits, breaks its product once every other rule has had
    its say, where its unit amount is sure and its amount settled (sure, or
    adding up with the entry's other lines to the entry's disbursement, a
    witness of its own: the entry has other lines, or its disbursement is
    sure), is the amount over the unit amount where that is a whole number
    (value_repaired, rule product): quantity x unit amount = amount leaves
    it one value.  The readings of its characters the product rules weigh
    miss it where OCR wrote a Thai digit as an Arabic one or left a speck
    beside it (corpus OCR, bma_progress_009: '๑๕5» เล่ม x 50.00 บาท =
    ฒ,๓๐๐.๐๐', the amount 7,300 by the entry's sum, the quantity 146); a
    quantity garbled into letters alone is weighed as _lost_quantity weighs
    it (_letters_may_read), its amount settled by the sum where the amount's
    own figure is no sure one (corpus OCR, bma_progress_032: 'awe เล่มๆ ละ
    150 บาท เป็นเงิน 291๐0 บาท', one line paying a sure 29100, for 194).
    A line a rule before said in doubt (repair_ambiguous on its expense
    figures, `said`) keeps its doubt: that rule weighed the readings this
    quotient is one of and declined them ("๕๐ คน x 860 บาท = 2,760", its 8
    a ฿ sign: 46 x 60 declined where the entry does not add up with it)."""
    doubted = [(i.line_start, i.line_end) for i in said
               if i.code == "repair_ambiguous" and (i.field or "").startswith("expenses.")]
    issues: list[Issue] = []
    for seq, lines in sorted(expenses.items()):
        paid = reports[seq].get("disbursed") if seq in reports else None
        amounts = [value_of(r, "amount") for r in lines]
        summed = paid is not None and paid.value is not None and None not in amounts and \
            money_equal(sum(amounts, Decimal(0)), paid.value) and (len(lines) > 1 or sure(paid))
        for rec in lines:
            qty, each, amount = (rec.get(c) for c in ("quantity", "unit_amount", "amount"))
            if qty is None or each is None or amount is None or each.value is None or amount.value is None \
                    or not each.value or not sure(each) or not (summed or sure(amount)):
                continue
            if qty.value is not None and money_equal(qty.value * each.value, amount.value):
                continue
            if any(start is not None and end is not None and start <= qty.line_end and end >= qty.line_start
                   for start, end in doubted):
                continue
            value = amount.value / each.value
            if value <= 0 or value != value.to_integral_value():
                continue
            token = _QUANTITY_SPECKS_RE.sub("", qty.text or "")
            if not token or not (_letters_may_read(qty.text, value) if not ANY_DIGIT_RE.search(token)
                                 else len(token) == len(str(int(value)))):
                continue
            value = value.quantize(Decimal("0.01"))
            evidence = {"rule": "product", "printed": (qty.text or "").strip(),
                        "read": None if qty.value is None else f"{qty.value:.2f}", "chosen": f"{value:.2f}"}
            rec["quantity"] = Reading(value, qty.text, qty.line_start, qty.line_end)
            issues.append(Issue("warning", "value_repaired",
                                f"an expense line of report {seq}: the quantity printed {qty.text.strip()!r} is not "
                                f"quantity times unit amount with the unit amount {each.value:,.2f} (sure) and the "
                                f"amount {amount.value:,.2f} (settled); their quotient {value:g} is the one quantity "
                                "that is", json.dumps(evidence, ensure_ascii=False), qty.line_start, qty.line_end,
                                project_key=key, field="expenses.quantity"))
    return issues


def _read_or_printing(record: Record, name: str) -> Reading | None:
    """A figure as read (`name`: the budget spent, a report's
    disbursement), or, where OCR read its printing as no figure ("๒๐,ฒ๐๐",
    "๑๕,.๑๐๐": two numbers where one was expected), that printing
    (`name`_printed) with no value: its characters' readings still are
    (_amount_domain)."""
    reading = record.get(name)
    if reading is None and (printed := record.get(f"{name}_printed")) is not None:
        reading = Reading(None, printed.text, *printed.span)
    return reading


def _spent_as_parts_read(project: Record, reports: dict[int, Record], key: str, issues: list[Issue]) -> list[Issue]:
    """A budget spent that the disbursements do not add up to, where the
    disbursements as read (every report's, one at least with other readings
    of its digits, so repair_sum proves nothing) add up to one reading of the
    budget spent's own characters ("๕๓,๕๐๐" against 13,500 + 30,300:
    43,800, its ๔ and ๘ read ๕): two printings read apart meeting on one
    figure, the sum is taken, in doubt (rule sum_as_read, repair_ambiguous
    with the value set), as a misread part could make the meeting chance.
    Not where a repair already said what the budget spent is.  Weighed with
    the entries' structure in doubt too: the sum of every report's
    disbursement is the same whichever entry holds which.  A budget spent
    OCR read as no figure ("๒๕, ๕๐๐.๐๐", "70 400": budget_spent_printed) is
    weighed by the readings of its characters (_figure_texts); where every
    disbursement is sure, the sum they make is what it printed (rule sum,
    value_repaired), as repair_sum does for a total read with no value."""
    spent = _read_or_printing(project, "budget_spent")
    if spent is None or not reports or not ANY_DIGIT_RE.search(spent.text) or any(
            i.field == "projects.budget_spent" and (i.code == "value_repaired" or (
                i.code == "repair_ambiguous" and i.evidence and '"sum_as_read"' in i.evidence)) for i in issues):
        return []
    paid = [rec.get("disbursed") for _, rec in sorted(reports.items())]
    if any(p is None or p.value is None for p in paid):
        return []
    got = sum((p.value for p in paid), Decimal(0))
    certain_parts = all(sure(p) for p in paid)
    if got <= 0 or (spent.value is not None and money_equal(got, spent.value)) or (
            certain_parts and spent.value is not None):
        return []
    if not _figure_reads_as(spent.text, got):
        return []
    if certain_parts:  # an unreadable total, every part sure: the sum is what its characters print (rule sum)
        evidence = {"rule": "sum", "printed": spent.text.strip(), "read": None, "chosen": f"{got:.2f}"}
        project["budget_spent"] = Reading(got, spent.text, spent.line_start, spent.line_end)
        project.pop("budget_spent_printed", None)
        return [Issue("warning", "value_repaired",
                      f"budget spent: printed {spent.text.strip()!r} is unreadable; the {len(paid)} disbursements, "
                      f"each of one reading only, add up to {got:,.2f}, a reading of those characters",
                      json.dumps(evidence, ensure_ascii=False), spent.line_start, spent.line_end, project_key=key,
                      field="projects.budget_spent")]
    evidence = {"rule": "sum_as_read", "printed": spent.text.strip(),
                "read": None if spent.value is None else f"{spent.value:.2f}", "chosen": f"{got:.2f}",
                "candidates": [f"{p.value:.2f}" for p in paid]}
    project["budget_spent"] = Reading(got, spent.text, spent.line_start, spent.line_end)
    project.pop("budget_spent_printed", None)
    return [Issue("warning", "repair_ambiguous",
                  f"budget spent: printed {spent.text.strip()!r} "
                  + ("is unreadable" if spent.value is None else f"reads {spent.value:,.2f}")
                  + f"; the {len(paid)} disbursements as read add up to {got:,.2f}, one reading of those characters "
                  "(some disbursements have other readings of their own): taken, in doubt",
                  json.dumps(evidence, ensure_ascii=False), spent.line_start, spent.line_end, project_key=key,
                  field="projects.budget_spent")]


def _figure_reads_as(text: str, amount: Decimal) -> bool:
    """Whether a reading of a header figure's characters (_figure_texts) is
    `amount` in baht."""
    return any(money_equal(v, amount) for variant in _figure_texts(text)
               for v, _ in readings_of(variant, parse_baht, baht=True))


def _figure_texts(text: str) -> list[str]:
    """The texts a header figure's readings are taken from: as read, its
    number alone (_figure: its words left out, a look-alike or a space
    after a separator inside it kept), and that number with a space
    between its thousands groups taken for the comma OCR lost ("๒๕ ๒๒๐"
    is 25,220, which read as two numbers is none)."""
    out = [text]
    for variant in (_figure(text), _figure(_GROUP_SPACE_RE.sub("", text))):
        if variant not in out:
            out.append(variant)
    return out


# The most pairs of a quantity's and a unit amount's readings _product_jointly weighs, each product looked up
# among the amount's readings (each figure has up to normalizers.confusions.MAX_CANDIDATES readings; a line of
# plain Thai digits has some tens)
JOINT_READINGS = 20_000
_PRODUCT = ("quantity", "unit_amount", "amount")


def _quantity_value(text: str) -> Decimal:
    """A quantity reading (Arabic digits, maybe a thousands comma) as a number above nothing."""
    value = Decimal(text.replace(",", "").strip())
    if value <= 0:
        raise ValueParseError("quantity", text, "no quantity")
    return value


def _adds_up_with(lines: list[Record], rec: Record, amount: Decimal, paid: Reading | None) -> bool:
    """Whether an entry's expense lines, `rec`'s amount taken as `amount`,
    all read and add up to the entry's disbursement `paid`.  Not where
    another line's own product fails as read (_product_unbroken): that line
    is misread somewhere, and a sum its amount is part of proves nothing
    (s54z002: "๕ x ๒๐๐ = ๕๕๐๐", 8 x 600 printed, was taken as 9 x 500 =
    4,500, the entry adding up with a neighbour "๑๕๒ x ๑๒๐ = ๒๓,๐๕๐" whose
    misread matched the disbursement's)."""
    if paid is None or paid.value is None or not all(_product_unbroken(r) for r in lines if r is not rec):
        return False
    got = [amount if r is rec else value_of(r, "amount") for r in lines]
    return None not in got and money_equal(sum(got, Decimal(0)), paid.value)


def _written_witness(lines: list[Record], rec: Record, paid: Reading | None,
                     unread: str) -> Callable[[Decimal], bool] | None:
    """In a document whose OCR never writes the digits `unread`
    (parsers.digits.unread_digits), whether an entry's expense lines, `rec`'s
    amount taken as the one given, may add up to its disbursement `paid`
    once the other lines' amounts and the disbursement are each read
    through the digits their characters may stand for (_written_amounts):
    the entry's sum as read is then no witness between readings of `rec`
    (_product_jointly's `written`).  Set s77b: bma_progress_s77b007's report
    5 prints "๓ x ๒๐๐ = ๑,๕๐๐" and "๒,๐๐๐" beside a disbursement "๓,๕๐๐"
    in a document that never writes ๔ ๖ ๗ ๘ ๙: 1,500 + 2,000 is 3,500 as
    read, and 3 x 500 was taken; it printed 3 x 600 = 1,800 + 6,000 =
    7,800, the same misreads in every figure.  None where the document
    writes every digit or the figures cannot be weighed so."""
    if not unread or paid is None or not paid.text:
        return None
    weighed: list = []  # (targets, sums), weighed when first asked: most lines never need it

    def meets(amount: Decimal) -> bool:
        if not weighed:
            targets = _written_amounts(paid.text, unread)
            sums = _lines_written_sums([r for r in lines if r is not rec], unread, max(targets)) if targets else None
            weighed.append((targets or set(), sums or set()))
        targets, sums = weighed[0]
        return any(t - amount in sums for t in targets)
    return meets


UNREAD_SUM = "its disbursement or another line unread"
SAME_FIGURE_SUM = "its one line's disbursement prints the amount's digits, read alike"


def _sum_unchecked(lines: list[Record], rec: Record, paid: Reading | None) -> str:
    """Why an entry's sum can say nothing of `rec`'s amount, "" if it can:
    its disbursement, or another of its lines' amounts, was not read
    (UNREAD_SUM); or `rec` is the entry's one line and its disbursement
    prints the amount's digits (_same_digits, SAME_FIGURE_SUM): OCR read the
    two printings of one figure alike, so the disbursement agrees with every
    reading of the amount's characters and tells none apart (fresh set
    s91o, bma_progress_s91o009: "๑๓๓ คน x ๕0 บาท.- = ๑๐.๒๕๐" disbursing
    "๑๐,๒๕๐", 133 x 80 = 10,640, ๖ and ๔ read ๒ and ๕ in both)."""
    if paid is None or paid.value is None or any(value_of(r, "amount") is None for r in lines if r is not rec):
        return UNREAD_SUM
    amount = rec.get("amount")
    same = len(lines) == 1 and amount is not None and _same_digits(_figure(amount.text), _figure(paid.text))
    return SAME_FIGURE_SUM if same else ""


def _paid_as_its_line(report: Record, rec: Record, found: list[Issue], key: str, seq: int) -> list[Issue]:
    """An entry's disbursement that prints the digits of its one expense
    line's amount (_sum_unchecked: SAME_FIGURE_SUM), where the line's product
    repaired that amount (`found`): the same figure read with the same
    misreads, so it is the amount the product chose (rule product, as the
    amount's repair is).  Nothing where the product repaired no amount."""
    if not any(i.code == "value_repaired" and i.field == "expenses.amount" for i in found):
        return []
    paid, amount = report["disbursed"], value_of(rec, "amount")
    if amount is None or money_equal(paid.value, amount):
        return []
    printed = _figure(paid.text)
    evidence = {"rule": "product", "printed": printed, "read": plain_value(paid.value), "chosen": plain_value(amount)}
    report["disbursed"] = Reading(amount, paid.text, paid.line_start, paid.line_end)
    return [Issue("warning", "value_repaired", f"report {seq}'s disbursement printed {printed!r} reads "
                  f"{plain_value(paid.value)}; it prints the digits of its one expense line's amount, which the line's "
                  f"quantity x unit amount reads as {amount:,.2f} (line {rec['amount'].line_start}): the same figure, "
                  "read with the same misreads", json.dumps(evidence, ensure_ascii=False), paid.line_start,
                  paid.line_end, project_key=key, field="progress_reports.disbursed")]


def _same_digits(a: str, b: str) -> bool:
    """Whether two printed figures hold the same characters but for their
    separators (a comma OCR read as a point: "๑๐.๒๕๐" and "๑๐,๒๕๐"), Thai
    digits as printed (a ๒ against a 2 is another printing)."""
    def bare(text: str) -> str:
        return regex.sub(r"[\s,.]", "", regex.sub(r"\.[\d๐-๙]{2}\s*$", "", text.strip()))
    return bool(bare(a)) and bare(a) == bare(b)


def _several_fits(issues: list[Issue]) -> bool:
    """Whether _product_jointly said its line holds under several readings
    of its figures (and so chose none)."""
    return bool(issues) and all(i.code == "repair_ambiguous" for i in issues) and \
        len(json.loads(issues[0].evidence).get("candidates", ())) > 1


def _signs_the_fit_drops(rec: Record, fit: tuple) -> dict[str, Decimal]:
    """The unit amount and amount of an expense line whose printing opens
    with an 8 or 3 before a digit (DIGIT_SIGN_RE) that the one reading of
    its figures that holds (`fit`: quantity, unit amount, amount) reads as
    a ฿ sign OCR misread, the figure's value there having fewer digits than
    it prints: each as printed without that character (_without_sign), the
    digits after it as read, where that is not its value as read.  ("๑๐9
    คน % 8๓๕ = 8๕,๕๑๕": 169 x 35 = 5,915 is the one fit: 35 and 5,515.)"""
    out: dict[str, Decimal] = {}
    for column, value in zip(_PRODUCT[1:], fit[1:]):
        reading = rec.get(column)
        if reading is None or reading.value is None:
            continue
        token = (reading.text or "").strip()
        bare = _without_sign(token) if _leading_sign(token, value) == "sign" else None
        if bare is not None and bare > 0 and not money_equal(bare, reading.value):
            out[column] = bare
    return out


# A money figure's first character the ฿ sign may stand for before a digit: DIGIT_SIGN_RE's 8 and 3, and a 2 (the
# sign read as ๒ or an Arabic 2: "2๕,ส๓๕" for ฿๔,๙๓๕ in fresh set s123o, bma_progress_s123o008, whose one fit kept it
# as a digit, 741 x 35 = 25,935 for 141 x 35 = 4,935), weighed by the fits of a line's product (_leading_sign)
_KEPT_SIGN_RE = regex.compile(r"^[832๘๓๒](?=[\d๐-๙oO])")


def _leading_sign(token: str, value: Any) -> str | None:
    """How a value a fit gives a money figure reads the leading 8, 3 or 2
    its printing opens with before a digit (_KEPT_SIGN_RE: the ฿ sign OCR
    misreads so): "digit" where the value opens with that digit and holds
    as many whole digits as the printing (the sign's character too),
    "sign" where it holds fewer (the character dropped as the ฿); None
    where the printing opens otherwise, or the value reads the character as
    another digit ("๓๒๕" as 925: a ๙ OCR read ๓)."""
    if not _KEPT_SIGN_RE.match(token):
        return None
    digits = len(ANY_DIGIT_RE.findall(_SATANG_RE.sub("", token)))  # (its whole baht's digits, the sign's too)
    whole = str(int(_money(value)))
    if len(whole) < digits:
        return "sign"
    return "digit" if whole[0] == thai_digits_to_arabic(token[0]) else None


def _sign_kept(rec: Record, fit: tuple, moved: list[str]) -> bool:
    """A money figure the one fit of an expense line moves (`moved`) whose
    printing opens with an 8, 3 or 2 before a digit (_KEPT_SIGN_RE: the ฿
    sign OCR misreads so) that the fit keeps as that digit, the first of its value
    (as many whole digits as it prints): "8๓๕" as 834.  Not one the fit
    reads as another digit ("๓๒๕" as 925: a ๙ OCR read ๓)."""
    return any(column != "quantity" and column in moved and rec.get(column) is not None
               and _leading_sign((rec[column].text or "").strip(), value) == "digit"
               for column, value in zip(_PRODUCT, fit))


def _signs_at_odds(rec: Record, fit: tuple) -> bool:
    """Whether the one fit of an expense line reads the same leading 8, 3 or
    2 (_KEPT_SIGN_RE: the ฿ sign OCR misreads so) of its unit amount and its
    amount two ways: as a digit of one (its value holds as many whole digits
    as it prints) and as the sign, dropped, of the other (fewer).  One
    printing's signs come out alike, so the line then holds only by chance
    ("๕ คน % 8๒๐๐ = 8๑๓,๕๐๐" for ๘๗ x ฿๒๐๐ = ฿๑๗,๔๐๐: 9 x 8,200 = 73,800,
    the unit's 8 a digit and the amount's a sign; fresh set s107o,
    bma_progress_s107o004)."""
    read: dict[str, set[str]] = {"digit": set(), "sign": set()}
    for column, value in zip(_PRODUCT[1:], fit[1:]):
        token = (rec[column].text or "").strip() if rec.get(column) is not None else ""
        if (way := _leading_sign(token, value)) is not None:
            read[way].add(thai_digits_to_arabic(token[0]))
    return bool(read["digit"] & read["sign"])


def _arabic_kept(rec: Record, moved: list[str]) -> bool:
    """A money figure the one fit of an expense line moves (`moved`) that
    prints an Arabic digit OCR writes for a Thai one (ARABIC_READS: a ๖ read
    as an Arabic 5 or 9), in a line printing Thai digits: the fit reads that
    digit as printed, and the figure's true digits past it are no reading the
    fits weigh ("๑๕๓ คน x ๒๕๐ = ?%๓5.๓๕๐" for ๑๔๗ x ๒๕๐ = ๓๖,๗๕๐: 143 x 250 =
    35,750 is the one fit, wrong: fresh set s98p, bma_progress_s98p002)."""
    return any(column != "quantity" and column in moved and rec.get(column) is not None
               and _arabic_variants(_figure(rec[column].text)) for column in _PRODUCT)


_SHOWN_SIGNS = "฿B#"  # what a ฿ before a figure comes out as where OCR read it as a sign
_SATANG_RE = regex.compile(r"\.[\d๐-๙oO]{2}\D*$")  # an amount's satang (and what follows them)


def _product_jointly(rec: Record, key: str, what: str, confirmed: Callable[[Decimal], bool],
                     witness: bool = False, unchecked: str = "",
                     written: Callable[[Decimal], bool] | None = None) -> list[Issue]:
    """quantity x unit amount = amount, when it fails as read and the rules
    that hold two of the figures sure mended nothing: every reading of each
    of the three (its Thai digits as the digits OCR confuses them with, a
    leading 8 or 3 as the ฿ OCR misread) is weighed with every reading of
    the other two.  Exactly one combination that holds repairs the figures
    it changes (rule product) when it changes one, or when the entry's
    lines then add up to its disbursement (`confirmed`, given the amount):
    where OCR read a line so badly that its true figures are no readings of
    what it printed, two or three figures read otherwise can still make
    some product hold, so a fit that moves more than one figure needs that
    second witness, and without it is said (repair_ambiguous) of all three
    (a leading 8 or 3 of the unit amount or amount that fit reads as a ฿
    sign is dropped all the same, the digits after it kept as read:
    _signs_the_fit_drops)
    figures: the fit not taken, the line as read is wrong and nothing says
    which figure is (a quantity in Arabic digits OCR misread, "190" for
    160, has no other reading, and the lone fit moved the other two).  A
    lone fit moving exactly two figures (under the table's misreads, or
    RARE_PAIRS where the table's give none) is taken unconfirmed where
    the entry's sum can say nothing of it (`unchecked`: _sum_unchecked's why,
    its disbursement or another line's amount unread, or a lone line's
    disbursement printing the amount's digits; evidence candidates, the
    one fit; its message names the two figures it moves: "๕๕ ใบ x ๒๐ =
    ๕๒๐", its disbursement unread, is 48 x 20 = 960), not where it keeps
    as a digit a moved figure's leading 8, 3 or 2, which may be the ฿ OCR
    misread (_sign_kept), or as printed an Arabic digit of a moved figure in
    a line of Thai digits, which may be a ๖ (_arabic_kept): said, none
    chosen.  Where the sum can
    speak and does not confirm the fit ("190" x ๕0 = ๕,๐๐๐ with 8,000
    disbursed), it is declined as before; a fit moving all three is too
    (measured wrong more often than right).  Of
    several combinations, the one whose amount alone makes the entry's
    lines add up to its disbursement is taken (rule product, the sum
    naming it: "๕9 ใบๆ ละ ๒๐ บาท เป็นเงิน ๑๑๕๐" fits 57 x 20, 58 x 20,
    59 x 20...; only 1,180 makes the entry's 41,380) where the sum is a
    `witness`: the entry has other lines, or its disbursement's figure is
    sure (a lone line's disbursement prints the same figure, read with the
    same misreads), and, in a document whose OCR never writes some digits,
    no other fit's amount makes them add up once the other lines and the
    disbursement are read through the digits their characters may stand
    for, where the fit the sum takes keeps the amount as read (`written`:
    _written_witness; then neither the sum nor the odds choose).  Several
    combinations are said too, and so is none (expense_line_mismatch), of
    each figure whose digits could be others (an Arabic figure in a line of
    Thai digits too: its 5 or 9 may be a ๖): the line as read is wrong,
    and nothing says which of its figures is.  ("๕๐ คน x 860 บาท = 2,760
    บาท": ๔๖ read ๕๐, ฿60 read 860; 46 x 60 is the one reading that makes
    2,760, and the entry's lines then add up.)  Where neither the table's
    misreads nor RARE_PAIRS give any fit, and the line prints Thai digits,
    one Arabic digit of a figure is read as the Thai digit OCR is measured
    to write it for (ARABIC_READS, _product_fits with `arabic`): one fit so
    is taken as any lone fit is, evidence arabic_reads ("๒ คันๆ ละ 5,000.00
    เป็นเงิน ๑๒,๐๐๐.๐๐" is 2 x 6,000, its ๖ written as an Arabic 5)."""
    readings = [rec.get(c) for c in _PRODUCT]
    if not enabled() or any(r is None for r in readings) or not any(r.text.strip() for r in readings):
        return []
    values = [r.value for r in readings]
    if None not in values and money_equal(values[0] * values[1], values[2]):
        return []
    fits, rare = _product_fits(readings), {}
    if fits == []:  # no reading under the table holds: the misreads it leaves out (RARE_PAIRS) too
        with added_misreads(RARE_PAIRS):
            wide = _product_fits(readings)
        if wide is not None and len(wide) == 1:  # (one only: a tie among them is no fit, as before)
            fits, rare = wide, {"rare_misreads": True}  # (the evidence key of each issue below)
        elif wide == [] and len(arabic := _product_fits(readings, arabic=True) or ()) == 1:
            # (none under those either: an Arabic digit in a line printed in Thai ones read as the Thai digit OCR
            # is measured to write it for, "5,000.00" for ๖,๐๐๐.๐๐; one fit only)
            fits, rare = arabic, {"arabic_reads": True}
    if fits is None:
        return []
    # (every figure sure and the product still wrong: a sure figure was misread too, and nothing says which: all
    # three are named; before, only the amount was, and a quantity OCR misread, "160" for 140, went unnamed)
    # (a figure in Arabic digits in a line printed in Thai ones is no sure figure: OCR writes ๖ as an Arabic 5 or 9)
    thai = any(_THAI_DIGIT_RE.search(r.text) for r in readings)
    changed = [c for c, r in zip(_PRODUCT, readings) if not sure(r) or (thai and _arabic_variants(_figure(r.text)))] \
        or list(_PRODUCT)
    moved = [c for c, r, v in zip(_PRODUCT, readings, fits[0]) if r.value is None or not money_equal(r.value, v)] \
        if len(fits) == 1 else []
    # (a lone fit moving two figures, the third kept as read, is taken unconfirmed too where the entry's sum can
    # say nothing of it (`unchecked`): rule product, evidence candidates)
    if len(fits) == 1 and (summed := _amount_by_sum(rec, readings, fits[0], confirmed, written)) is not None:
        return _amount_summed(rec, key, what, readings, fits[0], summed)
    # (not where the fit keeps as a digit a moved figure's leading 8, 3 or 2, the ฿ OCR misreads so: a line printing
    # its sign before each figure then holds only with the sign read as a digit in one and dropped in another, or
    # kept in both where their true figures, past the sign, are no reading of what OCR printed; measured wrong in
    # every such fit of the worked sets: fresh set s98o, bma_progress_s98o003 "๑๐๑ คน x 8๓๕ = 38๕,๒๓๕", ๑๖๑ x ฿๓๕ =
    # ฿๕,๖๓๕, taken as 101 x 834 = 84,234; set s93p's s93p003, 3 x 29,200 = 87,600 for 3 x ฿1,200 = ฿3,600)
    lone_pair = len(fits) == 1 and len(moved) == 2 and bool(unchecked)
    sign_kept = lone_pair and (_sign_kept(rec, fits[0], moved) or _signs_at_odds(rec, fits[0]))
    # (nor where it keeps as printed an Arabic digit of a moved figure in a line of Thai digits: _arabic_kept)
    arabic_kept = lone_pair and not sign_kept and thai and _arabic_kept(rec, moved)
    pair = lone_pair and not sign_kept and not arabic_kept
    unconfirmed = pair and not confirmed(_money(fits[0][2]))  # (so taken: its messages and evidence say so)
    if len(fits) == 1 and len(moved) > 1 and not pair and not confirmed(_money(fits[0][2])):
        q, e, a = fits[0]
        # (not where the line is weighed again as a witness of a sum: that weighing keeps only what it repairs)
        unsigned = _signs_the_fit_drops(rec, fits[0]) if not witness else {}
        evidence = json.dumps({"rule": "product", "printed": " x ".join(r.text.strip() for r in readings),
                               "candidates": [f"{q} x {e:.2f}"], **rare,
                               **({"kept": {c: f"{v:.2f}" for c, v in unsigned.items()}} if unsigned else {})},
                              ensure_ascii=False)
        kept = ("; " + " and ".join(f"the {c.replace('_', ' ')}'s leading {rec[c].text.strip()[0]}" for c in unsigned)
                + " is a ฿ sign OCR misread (the reading that holds drops it): kept as printed without it, "
                + ", ".join(f"{v:,.2f}" for v in unsigned.values())) if unsigned else ""
        issues = [Issue("warning", "repair_ambiguous", f"{what}: quantity x unit amount is not the amount as read; "
                        f"{q} x {e:,.2f} = {a:,.2f} is the only reading of its figures that holds, but it reads "
                        f"{len(moved)} of them otherwise and " + (
                            "keeps as a digit the leading 8, 3 or 2 of a figure it moves, which may be the ฿ sign OCR "
                            f"misread (the entry's sum cannot check it: {unchecked})" if sign_kept else
                            "keeps as printed an Arabic digit of a figure it moves in a line of Thai digits, which "
                            f"may be a ๖ OCR wrote so (the entry's sum cannot check it: {unchecked})" if arabic_kept
                            else "the entry's lines do not then add up to its disbursement") +
                        f", so none is chosen{kept}", evidence, rec[c].line_start, rec[c].line_end, project_key=key,
                        field=f"expenses.{c}") for c in _PRODUCT]
        for column, value in unsigned.items():
            reading = rec[column]
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
        return issues
    by_sum = None  # of several fits, the one the entry's sum takes
    # (in a document whose OCR never writes some digits, where the lines as read already add up to the disbursement
    # as read, the sum is no witness for the fit that keeps the amount as read where another fit's amount makes the
    # lines add up to the disbursement once the other lines' amounts and the disbursement are read through the
    # digits their characters may stand for (`written`): the lines and the disbursement print the same figures with
    # the same misreads; the entry's sum then takes none, nor the odds.  A fit that moves the amount to where the
    # sum as read holds is the sum's own witness, as before: "๕9 x ๒๐ = ๑๑๕๐" beside 41,380, 59 x 20 = 1,180)
    contested = False
    if len(fits) > 1 and witness and len(summed := [f for f in fits if confirmed(_money(f[2]))]) == 1:
        contested = written is not None and values[2] is not None and \
            money_equal(_money(summed[0][2]), values[2]) and \
            any(not money_equal(_money(f[2]), values[2]) and written(_money(f[2])) for f in fits)
        if not contested:
            by_sum, fits = len(fits), summed
    by_odds = None  # of several fits still, the one OCR's measured misreads make by far the likeliest (_fit_by_odds)
    if len(fits) > 1 and not contested and (found := _fit_by_odds(readings, fits)) is not None \
            and (unchecked or confirmed(_money(found[0][2]))):
        by_odds, fits = (len(fits), found[1], fits), [found[0]]
    if len(fits) == 1:
        issues = []
        for column, reading, value in zip(_PRODUCT, readings, fits[0]):
            if reading.value is not None and money_equal(reading.value, value):
                continue
            evidence = {"rule": "product" if by_odds is None else "figure_odds", "printed": reading.text.strip(),
                        "read": plain_value(reading.value), "chosen": plain_value(_money(value)), **rare}
            if unconfirmed:  # (the one fit, as _product_jointly's declined fits name it)
                evidence["candidates"] = [f"{fits[0][0]} x {fits[0][1]:.2f}"]
            if by_odds is not None:
                evidence.update({"candidates": [f"{q} x {e:.2f}" for q, e, _ in by_odds[2][:10]],
                                 "odds": round(by_odds[1]) if by_odds[1] != float("inf") else None})
            only = "is the only one that holds" + (
                f", reading {' and '.join(c.replace('_', ' ') for c in moved)} otherwise (the entry's sum cannot "
                f"check it: {unchecked})" if unconfirmed else ""
            ) if by_sum is None and by_odds is None else (
                f"is the only one of the {by_sum} that hold whose amount makes the entry's lines add up to its "
                "disbursement") if by_odds is None else (
                f"is, of the {by_odds[0]} that hold, the one OCR's measured misreads make {by_odds[1]:,.0f} times "
                "likelier than the next to print as the line prints (chosen in doubt" + (
                    "; the entry's sum cannot check it)" if unchecked and not confirmed(_money(fits[0][2])) else
                    "; the entry's lines then add up to its disbursement)"))
            issues.append(Issue("warning", "value_repaired",
                                f"{what}: its {column.replace('_', ' ')} printed {reading.text.strip()!r} reads "
                                f"{plain_value(reading.value)}, and quantity x unit amount is not the amount; of every "
                                f"reading of the three figures, {fits[0][0]} x {fits[0][1]:,.2f} = {fits[0][2]:,.2f} "
                                f"{only}", json.dumps(evidence, ensure_ascii=False),
                                reading.line_start, reading.line_end, project_key=key, field=f"expenses.{column}"))
            rec[column] = Reading(_money(value), reading.text, reading.line_start, reading.line_end)
        return issues
    if fits:
        evidence = json.dumps({"rule": "product", "printed": " x ".join(r.text.strip() for r in readings),
                               "candidates": [f"{q} x {e:.2f}" for q, e, _ in fits[:10]],
                               **rare}, ensure_ascii=False)
        return [Issue("warning", "repair_ambiguous", f"{what}: quantity x unit amount is not the amount as read; "
                      f"{len(fits)} readings of its figures would make it hold, so none is chosen", evidence,
                      rec[c].line_start, rec[c].line_end, project_key=key, field=f"expenses.{c}") for c in changed]
    shown = " x ".join(r.text.strip() for r in readings[:2]) + f" = {readings[2].text.strip()}"
    # (a money figure opening with an 8 or 3 that may be the ฿ OCR misread, "83" for ฿3,600 whose comma OCR read as
    # a space and whose last digits the line left, is no sure figure either where nothing holds and the line's other
    # money figure shows the sign it prints before them, "Bdoo": named too)
    if any(r.text.strip()[:1] in _SHOWN_SIGNS for r in readings[1:]):
        changed += [c for c, r in zip(_PRODUCT, readings) if c not in changed and c != "quantity"
                    and _without_sign(_figure(r.text)) is not None]
    return [Issue("warning", "expense_line_mismatch", f"{what}: {shown} does not hold as read, nor under any reading "
                  "of its figures: one of them is misread", rec[c].text, rec[c].line_start, rec[c].line_end,
                  project_key=key, field=f"expenses.{c}") for c in _PRODUCT if c in changed]


def _amount_by_sum(rec: Record, readings: list[Reading], fit: tuple[Decimal, Decimal, Decimal],
                   confirmed: Callable[[Decimal], bool],
                   written: Callable[[Decimal], bool] | None = None) -> Decimal | None:
    """The amount the entry's sum and the line's own quantity and unit amount
    as read agree on, against the one reading of the line's figures that
    holds (`fit`): where the fit's amount does not make the entry's lines add
    up to its disbursement and quantity x unit amount as read does, the
    amount is the misread figure, not the one the fit reads otherwise
    ("๑๐ ชั่วโมง x ๑๒๐๐ = 92000", ๑๒,๐๐๐ read with its ๑ an Arabic 9, a
    misread of one printing in a hundred and thirty the table leaves out:
    10 x 9,200 is the fit under the rare misreads, but the entry's 31,400 is
    12,000 and the other line's 19,400).  None otherwise (the sum cannot
    speak, agrees with the fit, or with neither), and where the fit's
    amount makes the lines add up too once the disbursement and the other
    lines are read through the digits the document's OCR never writes
    (`written`, as _product_jointly's): the sum as read is then no witness,
    the disbursement printing the same misreads (fresh set s109t,
    bma_progress_s109t002: "๑๐ x ๒๐๐ = d,000" beside "๒,๐๐๐", 10 x ๖๐๐ =
    ๖,๐๐๐ printed, was taken as 2,000)."""
    qty, each, amount = (r.value for r in readings)
    if qty is None or each is None or confirmed(_money(fit[2])):
        return None
    if written is not None and written(_money(fit[2])):
        return None
    product = _money(qty * each)
    if amount is not None and money_equal(product, amount) or not confirmed(product):
        return None
    return product


def _amount_summed(rec: Record, key: str, what: str, readings: list[Reading], fit: tuple[Decimal, Decimal, Decimal],
                   amount: Decimal) -> list[Issue]:
    """The amount of an expense line read as its quantity x unit amount as
    read, which the entry's sum confirms against the one fit of the line's
    figures (_amount_by_sum): rule sum, the fit named among the candidates."""
    reading = readings[2]
    q, e, a = fit
    evidence = {"rule": "sum", "printed": reading.text.strip(), "read": plain_value(reading.value),
                "chosen": plain_value(amount), "candidates": [f"{q} x {e:.2f}"]}
    issue = Issue("warning", "value_repaired",
                  f"{what}: its amount printed {reading.text.strip()!r} reads {plain_value(reading.value)}, and "
                  f"quantity x unit amount is not the amount; {q} x {e:,.2f} = {a:,.2f} is the one reading of its "
                  f"figures that holds, but the entry's lines then do not add up to its disbursement, while its "
                  f"quantity and unit amount as read give {amount:,.2f}, with which they do: the amount is the "
                  "misread figure", json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                  project_key=key, field="expenses.amount")
    rec["amount"] = Reading(amount, reading.text, reading.line_start, reading.line_end)
    return [issue]


def _fit_by_odds(readings: list[Reading], fits: list[tuple[Decimal, Decimal, Decimal]]) -> tuple[
        tuple[Decimal, Decimal, Decimal], float] | None:
    """Of several (quantity, unit amount, amount) fits of an expense line, the one OCR's measured misreads make
    ODDS_RATIO times likelier or more than every other to print as the line's three figures print, with how many
    times likelier than the next (normalizers.odds: "๕ x ๒๐๐ = ๒,๕๐๐" is 4 x 600 = 2,400, each misread one OCR
    makes of a digit its model cannot write, rather than 5 x 500, a ๐ read for a ๕ it writes); None where a figure
    prints any character but Thai digits (a ฿ read 8, an Arabic digit: not weighed) or no fit stands out so."""
    figures = [_figure(reading.text) for reading in readings]
    if any(len(_DIGIT_OR_LOOK_RE.findall(figure)) != len(_DIGIT_OR_LOOK_RE.findall(reading.text))
           for figure, reading in zip(figures, readings)):
        return None  # (a figure not alone in its text: not weighed)
    weighed = []
    for fit in fits:
        odds = figures_odds(zip(figures, map(_money, fit)))
        if odds is None:
            return None
        weighed.append((odds, fit))
    return odds_choice(weighed, ODDS_RATIO)


def _product_fits(readings: list[Reading], arabic: bool = False) -> list[tuple[Decimal, Decimal, Decimal]] | None:
    """Every (quantity, unit amount, amount) the three figures' readings
    (under the misreads in force) give whose product holds; None when a
    figure has no reading, or too many to weigh.  With `arabic`, and where
    a figure of the line holds a Thai digit (the form prints its figures
    so), a figure's readings are also those with one of its Arabic digits
    read as the Thai digit OCR is measured to write it for (ARABIC_READS:
    ๖ as an Arabic 5 or 9; _arabic_variants): an empty list where the line
    prints no Thai digit or no figure an Arabic one."""
    texts = [_figure(r.text) for r in readings]
    if any(_letters_glued(r.text, t) for r, t in zip(readings, texts)):
        return None  # (a figure part of whose printing no reading covers: its digits are not all there)
    if arabic and (not any(_THAI_DIGIT_RE.search(t) for t in texts) or not any(_arabic_variants(t) for t in texts)):
        return []
    parsers = (_quantity_value, parse_baht, parse_baht)
    options = [[v for v, _ in readings_of(text, parse, baht=c != "quantity") if v and v > 0]
               for c, text, parse in zip(_PRODUCT, texts, parsers)]
    if arabic:  # (each variant as it reads: its other digits as read, the one it changed no further)
        options = [list(dict.fromkeys([*found, *(v for v in map(_parsed(parse), _arabic_variants(text))
                                                 if v is not None and v > 0)]))
                   for found, text, parse in zip(options, texts, parsers)]
    if not all(options) or len(options[0]) * len(options[1]) > JOINT_READINGS:
        return None  # (the amount's readings cost a set: the work is the pairs)
    amounts = set(options[2])
    return [(q, e, q * e) for q in options[0] for e in options[1] if _money(q * e) in amounts]


def _parsed(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """`parse`, None for a text it cannot read."""
    def parsed(text: str) -> Any:
        try:
            return parse(thai_digits_to_arabic(text))
        except (ValueParseError, ValueError, ArithmeticError, TypeError):
            return None
    return parsed


def _arabic_variants(text: str) -> list[str]:
    """`text` with one of its Arabic digits read as the Thai digit OCR is
    measured to write it for (normalizers.confusions.ARABIC_READS), each
    way: "5,000.00" -> "๖,000.00"."""
    return [text[:i] + d.translate(TO_THAI) + text[i + 1:] for i, ch in enumerate(text)
            for d in ARABIC_READS.get(ch, "")]


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def _figure(text: str) -> str:
    """The number in a figure's printed text (its words and unit left out).
    A letter OCR writes for a Thai digit (LOOKALIKES: "๕,ญ๒๐" for ๕,๗๖๐,
    "๑๓,ฒ๐๐") is part of it where a digit or a look-alike follows it, or a
    thousands comma and one ("ฒ,๓๕๐"): cut there, the figure's readings were
    those of one group alone ("๕,", "๓๕๐"), and no product of the line's
    readings could hold.  So is a group after a space OCR put after the
    comma or the point ("๑๐, ๕๐๐. ๐๐", "ฒ, ๓๕๐.๐๐")."""
    found = _FIGURE_RE.findall(_SEPARATOR_SPACE_RE.sub(r"\1", text))
    return max(found, key=len) if found else text


_LETTERS_BEFORE_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4eA-Za-z]+$")  # Thai letters, vowels or marks, Latin ones
_LATIN_AFTER_RE = regex.compile(r"^[A-Za-z]+")


def _letters_glued(text: str, figure: str) -> bool:
    """Whether the figure _figure found in a printed text has letters glued
    to it that are no part of it, among them a character OCR writes for a
    digit (LOOKALIKES): Thai or Latin letters (or Thai marks) right before
    its first character, or Latin letters right after its last (a Thai word
    after it may be its unit, "๕๐บาท").  OCR made them of the figure's own
    digits ("ฒผ่๓๐.๐๐" for ๙,๗๓๐.๐๐: ๙ and ๗ read as two letters and a
    mark; "ome" for ๑๓๙: "om" is a figure, "e" is not), so the figure's
    readings lack digits it printed: fresh set s91o, bma_progress_s91o002,
    where the line's one fit 3 x 10 = 30 was taken for 139 x 70 = 9,730.
    A speck glued before a figure that stands for no digit ("ไ๒๑,๑๒๐" for
    ๒๑,๑๒๐) is not."""
    squeezed = _SEPARATOR_SPACE_RE.sub(r"\1", text)
    at = squeezed.find(figure)
    if at < 0 or not figure:
        return False
    glued = [m.group(0) for m in (_LETTERS_BEFORE_RE.search(squeezed[:at]),
                                  _LATIN_AFTER_RE.match(squeezed[at + len(figure):])) if m is not None]
    return any(c in LOOKALIKES for run in glued for c in run)


# a space OCR put after a figure's thousands comma or decimal point ("๑๐, ๕๐๐. ๐๐"): one figure, its groups joined;
# also after a look-alike OCR wrote for the digit before the separator, no word's letter before it ("ฒ, ๓๕๐.๐๐", ๗
# read ฒ: before, the figure was its last group alone, and no reading of it held the line's product)
_SEPARATOR_SPACE_RE = regex.compile(
    rf"(?<=[\d๐-๙]|(?<![^\W\d_])[{''.join(regex.escape(c) for c in LOOKALIKES)}])([,.])\s(?=[\d๐-๙])")


_FIGURE_CHARS = r"\d๐-๙oO@©«»mnbd"
# the other look-alikes (Thai letters and Latin ones that open words): inside a figure only, a digit after them,
# or a thousands comma and a digit ("ฒ,๓๕๐", "๑ฒ,๐๐๐": before, the figure was cut at the comma)
_DIGIT_OR_LOOK_RE = regex.compile(rf"[{_FIGURE_CHARS}]")  # (_fit_by_odds: a figure alone in its text)
_INNER_LOOKALIKES = "".join(regex.escape(c) for c in LOOKALIKES if c not in "oO@©«»mnbd")
_FIGURE_RE = regex.compile(rf"(?:[{_INNER_LOOKALIKES}](?=,?[{_FIGURE_CHARS}])|[{_FIGURE_CHARS}])"
                           rf"(?:[{_FIGURE_CHARS},.]|[{_INNER_LOOKALIKES}](?=,?[{_FIGURE_CHARS}]))*")
# a space OCR read between a figure's groups where its thousands comma stood ("๒๕ ๒๒๐", "70 400"): the group after
# it has three digits (or look-alikes) and ends the figure's whole part
_GROUP_SPACE_RE = regex.compile(rf"(?<=[{_FIGURE_CHARS}])[ \t](?=[{_FIGURE_CHARS}]{{3}}(?![{_FIGURE_CHARS},]))")


# A strategy value's first token before its number: Latin letters OCR wrote for a Thai word ("AAN 3.3", a speck
# before it: "> NAN 3.3"), or Thai letters that may be the word without its vowels and marks ("มตท 3.3"); the
# number may itself be look-alikes of its Thai digits, its dots lost, before the value's dash ("MUN o - มหานคร...",
# "JAN on - การศึกษา..." for ด้านที่ ๓, มิติที่ ๓.๓: _lookalike_number)
_LATIN_DIGIT_LOOKALIKES = "".join(regex.escape(c) for c in LOOKALIKES if not "\u0e00" <= c <= "\u0e7f")
_ORDINAL_TOKEN_RE = regex.compile(rf"^\s*(?:[>|*•·.\-]\s*)?(?P<token>[A-Za-z]{{2,4}}|[\u0e01-\u0e4e]{{2,12}})\s*"
                                  rf"(?:(?=[\d๐-๙])|(?P<lookalike>[{_LATIN_DIGIT_LOOKALIKES}]{{1,3}})(?=\s+[-–]))")
# The strategy fields number their place in one hierarchy: issue N, sub-issue N.M, goal N.M.K ("ด้านที่ ๓",
# "มิติที่ ๓.๓", "เป้าหมายที่ ๓.๓.๑"); a value's number, after its word if it prints one
STRATEGY_LEVELS = {"strategy_issue": 1, "strategy_sub_issue": 2, "strategy_goal": 3}
_STRATEGY_WORD = r"\s*(?:[^\s\d๐-๙]{1,14}\s*)?"  # what may stand before a strategy value's number: its word
_STRATEGY_NUMBER_RE = regex.compile(rf"^{_STRATEGY_WORD}(?P<number>[\d๐-๙]+(?:\.[\d๐-๙]+)*)")
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def _lookalike_number(project: Record, column: str, token: str) -> str | None:
    """The number a strategy field printed in Thai digits that OCR wrote as
    look-alikes (normalizers.confusions.LOOKALIKES), one a part, the dots
    between them lost: the one reading of them whose parts are the other
    strategy fields' at the same places (STRATEGY_LEVELS), each part printed
    so by one of them and a reading of every other's digit there (its own,
    or what it may be a misread of).  None when the levels do not fit, a
    part no other field prints, or none or several readings hold."""
    level = STRATEGY_LEVELS.get(column)
    others = _other_numbers(project, column)
    if level == 1 and len(token) == 2:
        # the issue's one digit OCR wrote as two look-alikes ("om" for ๓: its loop read apart as an o); the plan's
        # issues are numbered by one digit: both stand for the digit the other fields print there, or none is read
        both = {_place_digit(others, 0, ch) for ch in token}
        return both.pop() if len(both) == 1 and None not in both else None
    if level is None or len(token) != level:
        return None
    parts = [_place_digit(others, i, ch) for i, ch in enumerate(token)]
    return None if None in parts else ".".join(parts)


def _other_numbers(project: Record, column: str) -> list[list[str]]:
    """The numbers the other strategy fields print, each as its parts down to its level."""
    others = []
    for name, lv in STRATEGY_LEVELS.items():
        reading = project.get(name)
        m = _STRATEGY_NUMBER_RE.match(reading.value) if name != column and reading is not None \
            and isinstance(reading.value, str) else None
        if m is not None:
            others.append(m.group("number").split(".")[:lv])
    return others


def _place_digit(others: list[list[str]], i: int, ch: str) -> str | None:
    """The Thai digit look-alike `ch` stands for at place `i` of the numbering: the one reading of it that
    one of the other fields prints there and that every other's digit there is or may be a misread of."""
    printed = [o[i] for o in others if len(o) > i]
    fits = [d for d in LOOKALIKES.get(ch, "") if d in map(thai_digits_to_arabic, printed)
            and all(thai_digits_to_arabic(p) == d or could_be(p, d) for p in printed)]
    return _THAI_DIGITS[int(fits[0])] if len(fits) == 1 else None


# A strategy value's number whose later part OCR wrote as a Latin look-alike of its Thai digit ("3.m - ..." for
# ๓.๓): the digits read, a dot, the look-alike, before a space
_NUMBER_LOOKALIKE_TAIL_RE = regex.compile(rf"^(?P<head>[\d๐-๙]+(?:\.[\d๐-๙]+)*)\.(?P<tail>[{_LATIN_DIGIT_LOOKALIKES}])(?=\s)")


def _number_tail_read(project: Record, column: str, rest: str) -> tuple[str, bool]:
    """`rest` (a strategy value after its word) with its number's last part, a Latin look-alike
    (_NUMBER_LOOKALIKE_TAIL_RE), read as the digit the other strategy fields print at that place
    (_place_digit), and whether it held such a part: (`rest` as given, True) when no field pins it."""
    m = _NUMBER_LOOKALIKE_TAIL_RE.match(rest)
    if m is None:
        return rest, False
    digit = _place_digit(_other_numbers(project, column), len(m.group("head").split(".")), m.group("tail"))
    return (rest, True) if digit is None else (m.group("head") + "." + digit + rest[m.end():], True)


def _number_parts(value: Any, level: int) -> list[str] | None:
    """The number a strategy value opens with (after its word, if it prints
    one: _STRATEGY_NUMBER_RE) as its parts down to `level`, digits in
    Arabic (compared by value); None when it opens with no number."""
    m = _STRATEGY_NUMBER_RE.match(value) if isinstance(value, str) else None
    return None if m is None else [thai_digits_to_arabic(p) for p in m.group("number").split(".")[:level]]


def _at_odds(parts: list[str], theirs: list[str]) -> bool:
    """Whether two strategy numbers' parts differ at a place both print."""
    return any(a != b for a, b in zip(parts, theirs))


def _number_against(project: Record, column: str, rest: str) -> str | None:
    """The other strategy field's value whose number differs from the number
    `rest` opens with at a place both print (STRATEGY_LEVELS: "3.0" under a
    goal "๓.๓.๕"), digits compared by value; None when all agree, or the
    column is no strategy level or `rest` opens with no number."""
    level = STRATEGY_LEVELS.get(column)
    parts = _number_parts(rest, level) if level is not None else None
    if parts is None:
        return None
    for name, lv in STRATEGY_LEVELS.items():
        reading = project.get(name)
        theirs = _number_parts(reading.value, lv) if name != column and reading is not None else None
        if theirs is not None and _at_odds(parts, theirs):
            return reading.value
    return None


def strategy_numbers_at_odds(project: Record, key: str | None, said: Sequence[Issue]) -> list[Issue]:
    """The strategy fields whose numbers are not the others' at a place both
    print (STRATEGY_LEVELS: issue N, sub-issue N.M, goal N.M.K; "มิติที่ ๐.๓"
    under "ด้านที่ ๓" and "เป้าหมายที่ ๓.๓.๕", its ๓ read as ๐: fresh set
    s106o, bma_progress_s106o010, standing wrong with no issue naming it
    before): a digit is misread in one of them.  The field at odds with the
    most others is said (repair_ambiguous, rule strategy_numbering), kept as
    read; two at odds with each other alone are both said.  A field an issue
    of `said` names already is left to it (repair_ordinal_words' own)."""
    numbers = {name: parts for name, level in STRATEGY_LEVELS.items() if (reading := project.get(name)) is not None
               and (parts := _number_parts(reading.value, level)) is not None}
    odds = {name: [other for other, theirs in numbers.items() if other != name and _at_odds(parts, theirs)]
            for name, parts in numbers.items()}
    most = max(map(len, odds.values()), default=0)
    if not most:
        return []
    named = {i.field for i in said}
    issues = []
    for name, against in odds.items():
        if len(against) < most or f"projects.{name}" in named:
            continue
        reading = project[name]
        others = [project[o].value for o in against]
        evidence = {"rule": "strategy_numbering", "read": reading.value, "candidates": [], "against": others}
        issues.append(Issue("warning", "repair_ambiguous",
                            f"projects.{name}: its number is not what {' and '.join(repr(o) for o in others)} "
                            "print(s) at the same place of the strategy's numbering (issue N, sub-issue N.M, goal "
                            "N.M.K): a digit is misread here or there; kept as read",
                            json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                            project_key=key, field=f"projects.{name}"))
    return issues


def _number_kept(key: str, column: str, reading: Reading, word_end: int, word: str, candidates: list[str],
                 more: dict[str, Any], why: str) -> Issue:
    """The repair_ambiguous issue of an ordinal_word reading whose form word
    is read but whose number no other strategy field pins (`why`): kept as read."""
    printed = reading.value[:word_end].strip()
    evidence = {"rule": "ordinal_word", "printed": printed, "read": reading.value, "candidates": candidates, **more}
    return Issue("warning", "repair_ambiguous",
                 f"projects.{column}: printed {printed!r} before its number, where the form prints {word!r}, {why}",
                 json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                 field=f"projects.{column}")


# a project code as a field prints it: eight characters, a dash, four (OCR's look-alikes among its digits)
_CODE_PRINTED_RE = regex.compile(r"[^\s():;]{6,10}\s?-\s?[^\s():;]{3,5}")


def code_from_cover(project: Record, key: str | None) -> list[Issue]:
    """The project code the cover page before the form prints in Arabic
    digits (read.cover_code: engines read them as printed), where every
    character in which the form's printing of the code (voted, or left
    unparsed) differs from it is one OCR makes of the cover's digit in
    Thai digits (normalizers.confusions.misread_direction, one Arabic
    digit OCR wrote for a Thai one undone: arabic_slip_undone): the
    form's Thai digits were misread, the code is the cover's, and said
    (rule cover_page).  A code that differs otherwise is left as read."""
    cover = project.get("cover_code")
    read = project.get("project_code") or project.get("project_code_printed")
    if not enabled() or cover is None or read is None or read.value == cover.value:
        return []
    m = _CODE_PRINTED_RE.search(read.text)
    if m is None or (misread_direction(cover.value, arabic_slip_undone(cover.value, m.group())) != 1
                     and not _split_of_cover(cover.value, m.group())):
        return []
    project["project_code"] = Reading(cover.value, cover.text, *cover.span)
    project.pop("project_code_printed", None)
    evidence = {"rule": "cover_page", "printed": m.group(), "read": plain_value(read.value), "chosen": cover.value}
    return [Issue("warning", "value_repaired", f"projects.project_code: printed {m.group()!r} in the form, "
                  f"which {rule_text('cover_page')}: {cover.value} ({cover.text.strip()!r}, line {cover.line_start})",
                  json.dumps(evidence, ensure_ascii=False), read.line_start, read.line_end, project_key=key,
                  field="projects.project_code")]


def _split_of_cover(cover: str, printed: str) -> bool:
    """Whether the form's printing of the code is the cover's with one of
    its digits written as two characters (normalizers.confusions.SPLIT_READS:
    "๑๒๑๕๒" for 1652, its ๖ read "๒๑") and every other character that
    differs one OCR makes of the cover's digit (misread_direction): fresh set
    s91o, bma_progress_s91o008, "5๐1๕๐๐๐๐-๑๒๑๕๒" beside the cover's
    "(50150000-1652)", the code unread."""
    a, b = "".join(cover.split()), "".join(printed.split())
    if len(b) != len(a) + 1:
        return False
    for i, digit in enumerate(a):
        if thai_digits_to_arabic(b[i:i + 2]) not in SPLIT_READS.get(digit, ()):
            continue
        collapsed = b[:i] + digit + b[i + 2:]
        if thai_digits_to_arabic(collapsed) == a or misread_direction(a, collapsed) == 1:
            return True
    return False


# A strategy value printed without its word, its number OCR wrote whole as Latin look-alikes of its Thai digits,
# the dots between them lost, before the dash ("om - การศึกษาสำหรับทุกคน" for ๓.๓ - ...)
_BARE_LOOKALIKE_NUMBER_RE = regex.compile(rf"^\s*(?P<lookalike>[{_LATIN_DIGIT_LOOKALIKES}]{{1,3}})(?=\s+[-–]\s)")


def _bare_lookalike_number(project: Record, key: str, column: str, reading: Reading) -> list[Issue]:
    """A strategy value printed without its word (the form's "๓.๓ - ...")
    whose number OCR wrote whole as Latin look-alikes
    (_BARE_LOOKALIKE_NUMBER_RE: "om - การศึกษาสำหรับทุกคน"): its number is
    the one reading of them the other strategy fields' numbers bear out
    (_lookalike_number, as for a value whose word OCR garbled too), said
    (rule ordinal_word); where they bear out none, the value is kept as read
    and said in doubt (before, it stood as read, no issue naming it)."""
    m = _BARE_LOOKALIKE_NUMBER_RE.match(reading.value) if column in STRATEGY_LEVELS else None
    if m is None:
        return []
    printed = m.group("lookalike")
    number = _lookalike_number(project, column, printed)
    if number is None:
        evidence = {"rule": "ordinal_word", "printed": printed, "read": reading.value, "candidates": []}
        return [Issue("warning", "repair_ambiguous",
                      f"projects.{column}: its number printed {printed!r}, Latin look-alikes of Thai digits, which "
                      "no reading the other strategy fields' numbers bear out gives: kept as read",
                      json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                      project_key=key, field=f"projects.{column}")]
    value = number + reading.value[m.end():]
    evidence = {"rule": "ordinal_word", "printed": printed, "read": reading.value, "chosen": value}
    project[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return [Issue("warning", "value_repaired",
                  f"projects.{column}: its number printed {printed!r}, Latin look-alikes of Thai digits: read as "
                  f"{number!r}, the one reading of them the other strategy fields' numbers bear out",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                  field=f"projects.{column}")]


# A strategy value's number whose dot OCR read as a comma ("3,3 - การศึกษาสำหรับทุกคน", "มิติที่ ๓,๓ - ..."): its
# parts of one or two digits (a comma before three digits would group a figure's thousands; no strategy number is
# one), after the field's word if it prints one
_COMMA_NUMBER_RE = regex.compile(rf"^(?P<head>{_STRATEGY_WORD}[\d๐-๙]{{1,2}})(?P<rest>(?:[.,][\d๐-๙]{{1,2}})+)"
                                 r"(?![\d๐-๙])")


def _comma_number(project: Record, key: str, column: str, reading: Reading) -> list[Issue]:
    """A strategy field's value whose number holds a comma for a dot
    (_COMMA_NUMBER_RE: "3,3 - ...", the plan's numbering N.M): read with the
    dot, said (rule ordinal_word).  Before, "3,3" stood as read, no issue
    naming it (fresh set s131o, bma_progress_s131o004)."""
    m = _COMMA_NUMBER_RE.match(reading.value)
    if m is None or "," not in m.group("rest"):
        return []
    value = m.group("head") + m.group("rest").replace(",", ".") + reading.value[m.end():]
    project[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    evidence = {"rule": "ordinal_word", "printed": m.group().strip(), "read": reading.value, "chosen": value}
    return [Issue("warning", "value_repaired",
                  f"projects.{column}: its number printed {m.group().strip()!r}, a comma where the plan's numbering "
                  f"prints a dot (no strategy number groups thousands): read as {value!r}",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                  field=f"projects.{column}")]


def repair_ordinal_words(project: Record, key: str) -> list[Issue]:
    """A strategy field's value whose opening word (fields.ORDINAL_WORDS:
    "มิติที่ 3.3 - ...") OCR garbled before its number: read as Latin
    look-alikes ("AAN 3.3", "> NAN 3.3": the form prints no Latin there, and
    only that word before the number), or as its letters without their
    vowels and marks ("มตท 3.3"), it is that word, and said (rule
    ordinal_word).  A Thai token with other letters is left as printed.
    A number OCR wrote as look-alikes too is read from the other strategy
    fields (_lookalike_number), or nothing is repaired."""
    if not enabled():
        return []
    issues = []
    for column, word in ORDINAL_WORDS.items():
        reading = project.get(column)
        if reading is None or not isinstance(reading.value, str):
            continue
        if column in STRATEGY_LEVELS and (comma := _comma_number(project, key, column, reading)):
            issues += comma
            reading = project[column]
        m = _ORDINAL_TOKEN_RE.match(reading.value)
        if m is None:
            issues += _bare_lookalike_number(project, key, column, reading)
            continue
        token = m.group("token")
        if token == word or (not token.isascii() and skeleton(token) != skeleton(word)):
            continue
        rest = reading.value[m.end():]
        if m.group("lookalike"):
            number = _lookalike_number(project, column, m.group("lookalike"))
            if number is None:
                continue
            rest = number + rest
        rest, lookalike_tail = _number_tail_read(project, column, rest)
        if lookalike_tail and _NUMBER_LOOKALIKE_TAIL_RE.match(rest):
            # the word is the form's, but a part of its number is a look-alike no other field pins: the value
            # would still be wrong in that digit, so it is kept as read and said
            issues.append(_number_kept(
                key, column, reading, m.end(), word, [word + " " + rest], {},
                f"and its number {rest.split()[0]!r} ends with a look-alike of a Thai digit that no other strategy "
                "field's number pins: kept as read"))
            continue
        value = word + " " + rest
        against = _number_against(project, column, rest)
        if against is not None:
            # the word is the form's, but its number is not the other strategy fields' at the same place: a
            # digit is misread here or there, and which is not known
            issues.append(_number_kept(
                key, column, reading, m.end(), word, [value], {"against": against},
                f"but the number is not what {against!r} prints at the same place of the strategy's numbering: a "
                "digit is misread, so the value is kept as read"))
            continue
        evidence = {"rule": "ordinal_word", "printed": reading.value[:m.end()].strip(), "read": reading.value,
                    "chosen": value}
        issues.append(Issue("warning", "value_repaired",
                            f"projects.{column}: printed {reading.value[:m.end()].strip()!r} before its number, where "
                            f"the form prints {word!r}; read as {word!r} (OCR "
                            + ("wrote the Thai word as Latin look-alikes)" if token.isascii() else
                               "dropped the word's vowels and marks)")
                            + (f", its number {m.group('lookalike')!r} as {number!r}, the one reading of those "
                               "look-alikes the other strategy fields' numbers bear out" if m.group("lookalike") else "")
                            + (", its number's last part, a look-alike, as the digit the other strategy fields "
                               "print at that place" if lookalike_tail else ""),
                            json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                            project_key=key, field=f"projects.{column}"))
        project[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


def _lines_add_up(lines: list[Record], amount: Decimal) -> bool:
    """Whether an entry's expense lines, all read, add up to `amount` (what
    says a disbursement OCR lost was that amount; an entry without lines
    says nothing)."""
    got = [r["amount"].value for r in lines if "amount" in r]
    return bool(lines) and len(got) == len(lines) and None not in got and money_equal(sum(got, Decimal(0)), amount)


def _lines_astray(reports: dict[int, Record], expenses: dict[int, list[Record]]) -> set[int]:
    """The entries whose expense lines, every amount read, do not add up to
    their disbursement as read: a line among them may be another entry's
    (where the entries are interleaved: _entries_apart), or a figure
    misread (_lines_disagree's reports)."""
    return {seq for seq, _, _ in _lines_disagree(reports, expenses)}


def _entries_apart(reports: dict[int, Record], order: list[int]) -> bool:
    """Whether the entries stand one after another, each on lines of its own
    (a table OCR read across its columns interleaves them: an amount lost in
    one may be printed in another's lines, and another's in its place)."""
    end = None
    for seq in order:
        spans = [r.span for r in reports[seq].values() if r.text and r.line_start is not None]
        if not spans:
            continue
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        if end is not None and lo <= end:
            return False
        end = hi
    return True


def header_signs(project: Record) -> list[str]:
    """The header amounts the document shows printed with a ฿ sign OCR read
    as a digit (parsers.bma_progress.baht_sign.signed_amounts)."""
    return [name for name in AMOUNTS if f"{name}_sign" in project]


def _clause_signs(reports: dict[int, Record], key: str, header: Sequence[str] = (), document: int = 0,
                  allocated: Decimal | None = None, spent: Reading | None = None,
                  unwritten: Sequence[tuple[str, str]] = (), copies: Copies | None = None) -> list[Issue]:
    """Disbursements printed with a ฿ sign (parsers.bma_progress.baht_sign, for
    the clauses): when at least SIGNS_SEEN of a copy's budget clauses show
    the sign read as a sign ("= Bo"), or, `document`, as many of the
    document's budget clauses, of all its projects, do (baht_sign.clause_signs:
    one printing prints its sign before every project's amounts or before
    none), or the header amounts `header` are
    shown to print it (a form prints its sign before all its amounts or
    before none) and at least SIGNS_SEEN clauses open with the sign as a
    sign or as a digit, and no clause's amount opens with a digit the sign
    is not read as (or the clauses showing the sign as a sign outnumber
    those BARE_SHARE to one: "= Bo" eight times and one "= ๒๑๐,๕๕๐", the
    sign read as a ๒; such an amount is left as read), with no บาท after any (a form that prints ฿
    writes no unit), the amounts that open with an 8 or 3 ("= 8๐") had their sign
    read as that digit: it is dropped, and said, when what is left is
    nothing or certain digits (else the digits after it are in doubt too:
    repair_ambiguous, kept as printed).  Not an amount whose leading 3 or 8
    the budget spent `spent` proves a digit (_digit_by_sum): a sign OCR lost
    without a trace before it ("17,850" beside "= BO"), its first digit a 3
    or an 8 by chance.  Where no sum proves it but a clause's amount opens
    with another digit (its sign lost, or read as that digit), an 8 or 3
    that leaves an amount of some baht may be a digit whose sign was lost
    as well: kept as read, in doubt (_sign_or_digit), unless the amount as
    read is more than the project's budget allocated (`allocated`, as
    voted), which no disbursement is: the sign read as a digit, as
    above.  The digits after the sign are sure only where no misread the
    table of confusions leaves out, of a digit this document's OCR never
    writes (`unwritten`: _unwritten_pairs), reads them otherwise either
    (_sure_after_sign: "8๑๑,100" for ฿๑๙,100, a ๙ the document never writes
    read as ๑), and the form's other copies (`copies`) print no other digits
    after the sign as often as the kept ones (_copies_apart), unless the
    disbursements so read add up to the budget spent."""
    paid = {seq: rec["disbursed"] for seq, rec in reports.items() if "disbursed" in rec and rec["disbursed"].text}
    tokens = {seq: budget_amount(r.text) or "" for seq, r in paid.items()}
    shown = [seq for seq, t in tokens.items() if SHOWN_SIGN_RE.match(t)]
    digit = [seq for seq, t in tokens.items() if DIGIT_SIGN_RE.match(t)]
    bare = [seq for seq, t in tokens.items() if BARE_DIGIT_RE.match(t)]  # an amount with no sign character
    by_document = len(shown) < SIGNS_SEEN and document >= SIGNS_SEEN
    seen = max(len(shown), document)
    by_header = seen < SIGNS_SEEN and bool(header) and len(shown) + len(digit) >= SIGNS_SEEN
    # (an amount opening with another digit may be one printed with no sign: it forbids the rule unless the sign
    # shown as a sign outnumbers such amounts BARE_SHARE to one)
    if (seen < SIGNS_SEEN and not by_header) or not digit or len(bare) * BARE_SHARE > seen \
            or any(UNIT_AFTER_RE.search(r.text) for r in paid.values()):
        return []
    why = (f"the header's {' and '.join(n.replace('_', ' ') for n in header)} print a ฿ sign OCR read as a digit, "
           "and a form prints its sign before all its amounts" if by_header
           else f"the document's budget clauses print a ฿ sign ({document} read as a sign, in its projects' copies; "
           "one printing prints its sign before every project's amounts or none)" if by_document
           else f"the copy's budget clauses print a ฿ sign ({len(shown)} read as a sign, every amount opens with one)")
    issues = []
    dropped = {seq: _without_sign(tokens[seq]) for seq in digit}
    kept = _digit_by_sum(reports, paid, dropped, spent)
    # (every sign dropped, the reports add up to a sure budget spent: that proves the drop, _sign_or_digit aside)
    dropped_add_up = kept is None and _signs_dropped_add_up(reports, paid, dropped, spent)
    for seq in digit:
        reading = paid[seq]
        value = _without_sign(tokens[seq])
        if value is None or value == reading.value:
            continue
        if seq == kept:
            issues.append(_digit_kept(seq, reading, tokens[seq], value, spent, why, key))
            continue
        over = allocated is not None and isinstance(reading.value, Decimal) and reading.value > allocated
        if value != 0 and bare and not over and not dropped_add_up:
            issues.append(_sign_or_digit(seq, tokens[seq], reading, value, [tokens[s] for s in bare], why, key))
            continue
        apart = [] if dropped_add_up else _copies_apart(
            value, (copies or {}).get(("progress_reports", seq, "disbursed"), []), _clause_unsigned)
        if value != 0 and (apart or not _sure_after_sign(tokens[seq][1:], unwritten)):
            # the sign is known, not the Thai digits after it ("8๓6,๒๓๐" for ฿36,630), nor digits the copies read
            # apart: the digits are kept as printed, without the sign, and left in doubt (no reading of them is chosen)
            issues.append(_sign_in_doubt(f"report {seq}'s disbursement", tokens[seq], reading, value, why, key,
                                         "progress_reports.disbursed", apart))
            reports[seq]["disbursed"] = Reading(value, reading.text, reading.line_start, reading.line_end)
            continue
        issues.append(_repaired(reading, key, "progress_reports.disbursed", "baht_sign", tokens[seq], f"{value:.2f}",
                                f"report {seq}'s disbursement {tokens[seq]!r} reads {reading.value:,.2f}; {why}, so "
                                f"its leading digit is the sign OCR misread: {value:,.2f}"))
        reports[seq]["disbursed"] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


def _digit_by_sum(reports: dict[int, Record], paid: dict[int, Reading], dropped: dict[int, Decimal | None],
                  spent: Reading | None) -> int | None:
    """Of the disbursements _clause_signs would read without their leading
    3 or 8 (`dropped`: the value so read), the one report whose digit the
    budget spent proves a digit: every report's disbursement read (numbered
    1..N), the spent's figure sure (no other reading of its digits, its own
    leading 8 or 3 a ฿ sign or not), and the reports add up to it with that
    one amount kept as printed and every other sign dropped, but not with
    every sign dropped, nor with any other one amount kept ("BO + 17,850 +
    80 + 37,250" beside a budget spent "855,100": 55,100 holds with 37,250
    as read; 7,250 makes 25,100, no reading of the header).  Its sign was
    lost without a trace, as the first's was, and its 3 or 8 is a digit.
    None where no one report is so proven, or an amount (a part or the
    total) is not sure (a sign shown as one, "BO", reads nothing): a misread
    digit could make the sum hold by chance."""
    wholes = _spent_wholes(reports, paid, spent)
    if not wholes:
        return None
    as_dropped = {seq: v if (v := dropped.get(seq)) is not None else r.value for seq, r in paid.items()}
    # (a sign shown as one, "= BO", is the nothing the rule reads it as)
    if not all(sure(r) or SHOWN_SIGN_RE.match(t := budget_amount(r.text) or "") or
               dropped.get(seq) is not None and certain(t[1:]) for seq, r in paid.items()):
        return None
    total = sum(as_dropped.values(), Decimal(0))
    if any(money_equal(total, whole) for whole in wholes):
        return None
    fits = [seq for seq, v in dropped.items() if v is not None and v != 0 and v != paid[seq].value
            and any(money_equal(total - v + paid[seq].value, whole) for whole in wholes)]
    return fits[0] if len(fits) == 1 else None


def _spent_wholes(reports: dict[int, Record], paid: dict[int, Reading], spent: Reading | None) -> list[Decimal]:
    """The values a sure budget spent may stand for beside the clauses'
    signs (as read, and without its own leading 8 or 3 where it has one),
    where every report's disbursement is read (numbered 1..N); none where
    the sum cannot be checked (_digit_by_sum, _signs_dropped_add_up)."""
    if spent is None or spent.value is None or not reports or set(reports) != set(range(1, len(reports) + 1)) or \
            set(paid) != set(reports) or any(r.value is None for r in paid.values()):
        return []
    token = _digits_of(spent.text) or ""
    if not certain(token):
        return []
    return [spent.value] + [v for v in (_without_sign(token),) if v is not None and v != spent.value]


def _signs_dropped_add_up(reports: dict[int, Record], paid: dict[int, Reading], dropped: dict[int, Decimal | None],
                          spent: Reading | None) -> bool:
    """Whether the reports, every disbursement read (numbered 1..N) and each
    leading 3 or 8 of `dropped` read as a sign, add up to the budget spent,
    its figure sure (with its own leading 8 or 3 a sign or not): the sum
    proves each such digit the ฿ sign OCR misread (_clause_signs)."""
    wholes = _spent_wholes(reports, paid, spent)
    total = sum((v if (v := dropped.get(seq)) is not None else r.value for seq, r in paid.items()), Decimal(0))
    return any(money_equal(total, whole) for whole in wholes)


def _digit_kept(seq: int, reading: Reading, token: str, value: Decimal, spent: Reading, why: str, key: str) -> Issue:
    """A disbursement _clause_signs would read without its leading digit,
    kept as printed: the budget spent proves the digit (_digit_by_sum)."""
    evidence = {"rule": "baht_sign", "printed": token, "read": plain_value(reading.value),
                "candidates": [plain_value(reading.value), f"{value:.2f}"], "kept": plain_value(reading.value)}
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s disbursement {token!r} reads {reading.value:,.2f}; {why}, which would make its "
                 f"leading digit the sign OCR misread ({value:,.2f}), but the reports add up to the budget spent "
                 f"{spent.text.strip()!r} only with it read as a digit, the sign lost without a trace: kept as read",
                 json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                 field="progress_reports.disbursed")


def _sign_or_digit(seq: int, token: str, reading: Reading, value: Decimal, bare: list[str], why: str,
                   key: str) -> Issue:
    """The repair_ambiguous issue of a disbursement opening with an 8 or 3
    (`token`) in a copy whose budget clauses print a ฿ sign, where another
    of its amounts opens with a digit no sign is read as (`bare`: "17,850"
    for ฿17,850, its sign lost): OCR lost signs there, so the leading digit
    may be the amount's own whose sign was lost too ("37,250" for
    ฿37,250) as well as the sign read as a digit.  Nothing says which: the
    amount is kept as read, both readings named (before, the digit was
    dropped, 7,250.00, wrong).  A disbursement of nothing ("80" for ฿0)
    is no such amount: an amount of the digit alone is what the sign read
    as a digit leaves, and it stays repaired; nor is one that reads more
    than the project's allocation (_clause_signs)."""
    evidence = {"rule": "baht_sign", "printed": token, "read": plain_value(reading.value),
                "candidates": [plain_value(reading.value), f"{value:.2f}"], "bare": bare[:5]}
    return Issue("warning", "repair_ambiguous",
                 f"report {seq}'s disbursement {token!r} reads {_shown(reading.value)}; {why}, but the copy's "
                 f"{', '.join(repr(b) for b in bare[:3])} open{'s' if len(bare) == 1 else ''} with a digit no sign "
                 "is read as (its sign lost): the leading digit may be this amount's own, its sign lost too, or the "
                 f"sign read as a digit ({value:,.2f}); kept as read", json.dumps(evidence, ensure_ascii=False),
                 reading.line_start, reading.line_end, project_key=key, field="progress_reports.disbursed")


def _shown(value: object) -> str:
    """An amount as a message shows it ("37,250.00"), or "nothing" where none was read."""
    return f"{value:,.2f}" if isinstance(value, Decimal) else "nothing"


def _header_unsigned(other: Reading) -> Decimal | None:
    """A copy's header amount without its first character where that may be the sign, else as read."""
    return stripped(other.text) if unsigned(other.text) != other.text else other.value


def _clause_unsigned(other: Reading) -> Decimal | None:
    """A copy's budget clause amount without its leading 8, 3 or sign where it opens with one, else as read."""
    dropped = _without_sign(budget_amount(other.text))
    return dropped if dropped is not None else other.value


def _copies_apart(value: Decimal, others: Sequence[Reading],
                  read: Callable[[Reading], Any] = _header_unsigned) -> list[Decimal]:
    """The values other copies of an amount print (`read`: without its first
    character where that may be the sign, else as read) where one of them is
    printed by as many copies as `value`, the kept reading without its sign,
    or more: the copies read the digits after the sign apart and no
    majority chose ("876,820" kept by the copies' order over "874,820"), so
    the sign proves nothing of which digits are right.  None where the
    copies agree, or more of them read the kept digits than any other."""
    counts: Counter[Decimal] = Counter()
    agree = 1
    for other in others:
        if not other.text:
            continue
        own = read(other)
        if not isinstance(own, Decimal):
            continue
        if money_equal(own, value):
            agree += 1
        else:
            counts[own] += 1
    if not counts or max(counts.values()) < agree:
        return []
    return sorted(counts)


def _sign_read_as_sign(reading: Reading, value: Decimal) -> bool:
    """Whether a header amount the document shows printed with a ฿ sign
    opens with the sign read as one ("B29,280"): its value was read without
    it, so nothing is dropped and no repair is said (only a sign read as a
    digit, "829,280", is one); a doubt about its digits is said all the
    same (repair_baht_sign)."""
    return reading.text.lstrip()[:1] in "฿B#" and isinstance(reading.value, Decimal) \
        and money_equal(reading.value, value)


def repair_baht_sign(project: Record, key: str, copies: Copies | None = None) -> list[Issue]:
    """A header amount whose first character the document shows to be its
    baht sign read as a digit (parsers.bma_progress.baht_sign) is read
    without it; in doubt (kept so, none chosen) where the digits after the
    sign have other readings, or the form's other copies print other digits
    (`copies`: _copies_apart)."""
    issues: list[Issue] = []
    for name in AMOUNTS:
        reading = project.get(name) or project.get(f"{name}_printed")
        if f"{name}_sign" not in project or reading is None:
            continue
        value = stripped(reading.text)
        if value is None:
            continue
        read = None if reading.value is None or isinstance(reading.value, str) else str(reading.value)
        # the digits after the sign may themselves be misread (Thai digits): then nothing here says which
        # (under the misreads the table leaves out of the digits the document's OCR never writes too: _sure_after_sign)
        with added_misreads(_unwritten_pairs(project)):
            could = sorted({v for v, _ in readings_of(unsigned(reading.text), parse_baht, baht=False)})
        # ... nor where another copy prints them otherwise (Arabic digits too: the vote kept one by the copies'
        # order or count alone)
        apart = _copies_apart(value, (copies or {}).get(("project", 0, name), []))
        if apart:
            could = sorted(set(could) | {value} | set(apart))
        evidence = {"rule": "baht_sign", "printed": reading.text.strip(), "read": read,
                    "candidates": [str(v) for v in could[:10]]}
        if apart:
            evidence["copy_readings"] = [str(v) for v in apart]
        if f"{name}_sign_unweighed" in project and read is not None and len(could) <= 1 \
                and not _sign_read_as_sign(reading, value):
            # the sign rests on the amount's first character alone (baht_sign.sign_unweighed): kept as printed
            # without it, in doubt, the amount as read its other candidate
            evidence.update(kept=str(value), candidates=[str(value), read])
            issues.append(Issue("warning", "repair_ambiguous",
                                f"{name.replace('_', ' ')}: printed {reading.text.strip()!r}; its first character "
                                "may be the baht sign OCR read as a digit (the document prints ฿ before its amounts), "
                                "but no allocation and spending printed in baht weigh it, and a sign OCR lost leaves "
                                f"the amount's own first digit there: kept as printed without it, {value:,.2f}, in "
                                "doubt", json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                                field=f"projects.{name}"))
            project[name] = Reading(value, reading.text, *reading.span)
            project.pop(f"{name}_printed", None)
            continue
        if len(could) > 1:
            # the sign is known, not the digits after it: an amount read with its sign is kept as printed without
            # it, in doubt (one that could not be read at all stays unread)
            kept = f": kept as printed without the sign, {value:,.2f}" if read is not None else ""
            apart_said = " (the form's copies print them apart)" if apart else ""
            if read is not None:
                evidence["kept"] = str(value)
            issues.append(Issue("warning", "repair_ambiguous",
                                f"{name.replace('_', ' ')}: printed {reading.text.strip()!r}; its first character is "
                                f"the baht sign OCR read as a digit, and the digits after it could be {len(could)} "
                                f"amounts{apart_said}, so none of them is chosen{kept}", json.dumps(evidence, ensure_ascii=False),
                                *reading.span, project_key=key, field=f"projects.{name}"))
            if read is not None:
                project[name] = Reading(value, reading.text, *reading.span)
            continue
        if _sign_read_as_sign(reading, value):
            continue  # (read without its sign already, and no doubt: nothing is repaired)
        project[name] = Reading(value, reading.text, *reading.span)
        project.pop(f"{name}_printed", None)
        evidence["chosen"] = str(value)
        issues.append(Issue("warning", "value_repaired",
                            f"{name.replace('_', ' ')}: printed {reading.text.strip()!r}; its first character is the "
                            f"baht sign OCR read as a digit (the document prints ฿ before its amounts), so it is "
                            f"{value:,.2f}", json.dumps(evidence, ensure_ascii=False), *reading.span,
                            project_key=key, field=f"projects.{name}"))
    return issues


def repair_budget_order(project: Record, key: str) -> list[Issue]:
    """The budget allocated covers the budget spent: when it reads less, the
    one of the two whose printed digits have no other reading stands, and the
    other is repaired if exactly one reading of its characters restores the
    order (flagged when several do)."""
    allocated, spent = project.get("budget_allocated"), project.get("budget_spent")
    if allocated is None or spent is None or allocated.value is None or spent.value is None:
        return []
    if allocated.value >= spent.value:
        return []
    if certain(spent.text):
        name, reading, accept = "budget_allocated", allocated, (lambda v: v >= spent.value)
    elif certain(allocated.text):
        name, reading, accept = "budget_spent", spent, (lambda v: v <= allocated.value)
    else:
        return []
    outcome = repair(reading, parse_baht, accept, rule="budget_order", field=f"projects.{name}",
                     what=name.replace("_", " "), project_key=key, baht=True)
    project[name] = outcome.reading
    return [outcome.issue] if outcome.issue is not None else []


def _expense_sum(report: Record, lines: list[Record], key: str, seq: int,
                 confirm_lost: Callable[[int, Decimal], bool] | None = None, unwritten: str = "") -> list[Issue]:
    """An entry's expense lines add up to its disbursement (parsers.repair.
    repair_sum; `confirm_lost` as there: what must agree before a line OCR
    left without its amount is given what the disbursement leaves).  A
    disbursement printed with a leading 8 or 3 that may be a ฿ OCR misread
    ("8๔๐,๐๑๐") is two totals: when each would have the sum hold, as printed
    or by a repair, nothing is chosen and the entry is flagged."""
    what = f"the expense lines of report {seq}"
    total = report.get("disbursed")
    other = _without_sign(budget_amount(total.text)) if total is not None and total.value is not None else None
    if other is None or other == total.value:
        signs = _line_signs(total, lines, key, what)
        if signs is not None:
            return signs
        return repair_sum([(r, "amount", "expenses.amount") for r in lines],
                          (report, "disbursed", "progress_reports.disbursed"), key, what, confirm_lost=confirm_lost,
                          unwritten=unwritten)
    outcomes = []
    for value in (total.value, other):
        trial_report = {**report, "disbursed": Reading(value, total.text, total.line_start, total.line_end)}
        trial_lines = [dict(r) for r in lines]
        found = repair_sum([(r, "amount", "expenses.amount") for r in trial_lines],
                           (trial_report, "disbursed", "progress_reports.disbursed"), key, what,
                           confirm_lost=confirm_lost, unwritten=unwritten)
        holds = all("amount" in r and r["amount"].value is not None for r in trial_lines) and money_equal(
            sum((r["amount"].value for r in trial_lines), Decimal(0)), trial_report["disbursed"].value)
        outcomes.append((holds, found, trial_report, trial_lines))
        if holds and not found and value is total.value:
            return []  # it holds as printed
    uniform = _uniform_line_signs(report, other, lines, key, what)
    if uniform is not None:
        return uniform
    held = [o for o in outcomes if o[0]]
    if len(held) == 2 and _values(held[0]) == _values(held[1]):
        # one reading either way ("82,000" repaired to 2,000, or read so): the sign's trial where it keeps the
        # sign's reading; where its own disbursement was read otherwise too (another reading of the printed
        # characters, the same both trials end with: "๓๒,๐๐๐" for 36,000, its ๖ read ๒), the sign made nothing
        # hold, and the trial as printed stands (before, its dropped sign was claimed repaired, 2,000)
        held = held[1:] if held[1][2]["disbursed"].value == other else held[:1]
    if len(held) != 1:
        if held:
            evidence = json.dumps({"rule": "sum", "printed": budget_amount(total.text), "read": str(total.value),
                                   "candidates": [str(total.value), str(other)]}, ensure_ascii=False)
            return [Issue("warning", "repair_ambiguous", f"{what}: the disbursement {budget_amount(total.text)!r} "
                          f"may be {total.value:,.2f} or, its leading digit a ฿ sign OCR misread, {other:,.2f}; the "
                          "lines add up to either with a reading of their own, so none is chosen", evidence,
                          total.line_start, total.line_end, project_key=key, field="progress_reports.disbursed")]
        return []
    holds, found, trial_report, trial_lines = held[0]
    token = budget_amount(total.text) or ""
    if trial_report["disbursed"].value != total.value and not certain(token[1:]) and \
            not all(sure(r["amount"]) for r in lines if "amount" in r):
        # the lines hold with the sign dropped, but neither side's digits are sure: a misread they share
        # ("฿๑๗,๐๐๐" and a line "๑๗,๐๐๐" both read with ๓ for ๗) would hold as well
        evidence = json.dumps({"rule": "sum", "printed": token, "read": str(total.value),
                               "candidates": [str(other)]}, ensure_ascii=False)
        return [Issue("warning", "repair_ambiguous", f"{what}: the disbursement {token!r} adds up with its lines once "
                      f"its leading digit is read as a ฿ sign OCR misread ({other:,.2f}), but its digits and the "
                      "lines' could be others, so none is chosen", evidence, total.line_start, total.line_end,
                      project_key=key, field="progress_reports.disbursed")]
    if trial_report["disbursed"].value == other:
        found.insert(0, _sign_issue(what, f"report {seq}'s disbursement", budget_amount(total.text) or "", total,
                                    other, key, "progress_reports.disbursed"))
    report["disbursed"] = trial_report["disbursed"]
    for rec, trial in zip(lines, trial_lines):
        rec.update(trial)
    return found


MAX_LINE_SIGNS = 8  # expense lines whose leading digit may be a sign, weighed together at most


def _uniform_line_signs(report: Record, other: Decimal, lines: list[Record], key: str,
                        what: str) -> list[Issue] | None:
    """An entry whose disbursement and every expense line's amount open with
    an 8 or 3 (a ฿ OCR misread: "ค่าตอบแทนวิทยากร = 8๑,00๐ ค่าวัสดุอุปกรณ์ =
    817,100 ... (ครั้งที่ ๓) = 818,๑00" for ฿1,000 + ฿17,100 = ฿18,100), where
    the amounts add up once every such digit is read as a sign, and not as
    printed: a form prints its sign before all its amounts or before none,
    and here all show one, so the choice that reads them all as signs is the
    one, though another may add up too ("818,100 = 1,000 + 817,100", the sum's
    own repair of one part): a choice that keeps some and drops others says
    the sign was read as a digit in one place and as a sign in another.
    Only with two lines or more (a lone line is the disbursement's copy:
    nothing uniform to weigh) and every figure of the entry read.  The
    lines' amounts (and unit amounts, where quantity x unit amount holds
    without their sign too) lose the digit; the repair is said where the
    digits after the signs are sure (normalizers.confusions.certain), else
    kept as printed without the sign and left in doubt (repair_ambiguous).
    None when the entry is not of that shape."""
    total = report["disbursed"]
    amounts = [rec.get("amount") for rec in lines]
    if len(amounts) < 2 or any(a is None or a.value is None for a in amounts):
        return None
    tokens = [_digits_of_sign(a.text) or "" for a in amounts]
    signed = [_without_sign(t) for t in tokens]
    if any(v is None or v <= 0 or _ZERO_FIRST_RE.match(t[1:]) for v, t in zip(signed, tokens)):
        return None
    if not money_equal(sum(signed, Decimal(0)), other):
        return None
    total_token = budget_amount(total.text) or ""
    sure_sum = certain(total_token[1:]) or all(certain(t[1:]) for t in tokens)
    reason = ("the disbursement and every line's amount open with such a digit, and a form prints its sign before "
              "all its amounts or before none")
    issues = []
    if sure_sum:
        issues.append(_sign_issue(what, "the disbursement", total_token, total, other, key,
                                  "progress_reports.disbursed", reason=reason))
    else:
        evidence = {"rule": "sum", "printed": total_token, "read": str(total.value), "kept": f"{other:.2f}",
                    "candidates": [f"{other:.2f}"]}
        issues.append(Issue("warning", "repair_ambiguous",
                            f"{what}: the disbursement {total_token!r} and every line's amount open with an 8 or 3, "
                            "and they add up once each is read as a ฿ sign OCR misread, but their digits could be "
                            "others (a misread they share keeps the sum), so none of their readings is chosen: kept "
                            f"as printed without the sign, {other:,.2f}", json.dumps(evidence, ensure_ascii=False),
                            total.line_start, total.line_end, project_key=key, field="progress_reports.disbursed"))
    report["disbursed"] = Reading(other, total.text, total.line_start, total.line_end)
    issues += _signs_dropped(lines, range(len(lines)), signed, sure_sum, key, what, reason=reason,
                             once="once every leading 8 or 3 of the entry is read as a ฿ sign OCR misread, but its "
                                  "digits and the others' could be others")
    return issues


def _line_signs(total: Reading | None, lines: list[Record], key: str, what: str) -> list[Issue] | None:
    """Expense lines that do not add up to their entry's disbursement while
    some of their amounts open with an 8 or 3 (a ฿ OCR misread: "ละ 8๓,๕๐๐
    เป็นเงิน 8๓,๕๐๐" for ฿3,500): the lines whose leading digit is a sign
    are the ones that make the sum hold, when exactly one choice of them
    does.  Each such amount loses the digit (and its unit amount too, when
    quantity x unit amount holds without it); when the Thai digits after it
    or the disbursement's could be others (a misread they share keeps the
    sum), they are kept as printed and left in doubt (repair_ambiguous),
    else the repair is said (value_repaired).  None when the lines hold as
    read or no such choice exists (the sum's own repairs then look)."""
    amounts = [rec.get("amount") for rec in lines]
    if total is None or total.value is None or not amounts or any(a is None or a.value is None for a in amounts):
        return None
    read = sum((a.value for a in amounts), Decimal(0))
    if money_equal(read, total.value):
        return None
    # (an amount left opening with a zero, or nothing, was no sign and a figure: "๓๐0๐" is 3,000, not ฿0)
    signed = {i: v for i, a in enumerate(amounts) if (v := _without_sign(_digits_of_sign(a.text))) is not None
              and v != a.value and v > 0 and not _ZERO_FIRST_RE.match(_digits_of_sign(a.text)[1:])}
    if not signed or len(signed) > MAX_LINE_SIGNS:
        return None
    fits = [chosen for n in range(1, len(signed) + 1) for chosen in combinations(sorted(signed), n)
            if money_equal(read - sum((amounts[i].value - signed[i] for i in chosen), Decimal(0)), total.value)]
    if len(fits) != 1:
        return None
    sure_sum = certain(budget_amount(total.text) or "") or all(certain(_digits_of(amounts[i].text) or "")
                                                             for i in fits[0])
    return _signs_dropped(lines, fits[0], signed, sure_sum, key, what,
                          once="once its leading digit is read as a ฿ sign OCR misread, but its digits and the "
                               "disbursement's could be others (a misread they share keeps the sum)")


def _signs_dropped(lines: list[Record], chosen: Iterable[int], signed: Sequence[Decimal] | dict[int, Decimal],
                   sure_sum: bool, key: str, what: str, once: str, reason: str | None = None) -> list[Issue]:
    """The chosen lines' amounts (and unit amounts, where quantity x unit
    amount holds without it) read without the ฿ sign OCR read as their
    leading digit (`signed`: each line's amount without it): said as
    value_repaired where the sum is sure and the digits after the sign are,
    else kept without the sign and left in doubt (repair_ambiguous; `once`
    says why the sum does not choose)."""
    issues = []
    for i in chosen:
        rec = lines[i]
        for column, value in [("amount", signed[i]), *_unit_without_sign(rec, signed[i])]:
            reading = rec[column]
            token = _digits_of_sign(reading.text) or reading.text.strip()
            if sure_sum and certain(token[1:]):
                issues.append(_sign_issue(what, f"line {i + 1}'s {column.replace('_', ' ')}", token, reading, value,
                                          key, f"expenses.{column}", reason=reason))
            else:
                evidence = {"rule": "sum", "printed": token, "read": str(reading.value), "kept": f"{value:.2f}",
                            "candidates": [f"{value:.2f}"]}
                issues.append(Issue("warning", "repair_ambiguous",
                                    f"{what}: line {i + 1}'s {column.replace('_', ' ')} {token!r} adds up with the "
                                    f"other lines to the disbursement {once}, so none of their readings is chosen: "
                                    f"kept as printed without the sign, {value:,.2f}",
                                    json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                                    project_key=key, field=f"expenses.{column}"))
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


_ZERO_FIRST_RE = regex.compile(r"[0๐oO]")
_SIGNED_TOKEN_RE = regex.compile(r"[฿B#83๘๓]?[\d๐-๙][\d๐-๙,.]*")


def _digits_of_sign(text: str) -> str | None:
    """An expense amount's longest figure as printed, with the character
    before it when that may be a ฿ sign."""
    found = _SIGNED_TOKEN_RE.findall(text)
    return max(found, key=len) if found else None


def _unit_without_sign(rec: Record, amount: Decimal) -> list[tuple[str, Decimal]]:
    """The line's unit amount without its leading 8 or 3, when quantity x
    that is the amount read without its sign."""
    qty, each = rec.get("quantity"), rec.get("unit_amount")
    if qty is None or each is None or qty.value is None or each.value is None:
        return []
    value = _without_sign(_digits_of_sign(each.text))
    if value is None or value == each.value or not money_equal(qty.value * value, amount):
        return []
    return [("unit_amount", value)]


def _lost_quantity(rec: Record, key: str, what: str) -> list[Issue]:
    """A quantity OCR garbled with no digit left ("oo", "Sey" before its
    unit) is the amount over the unit amount, when both are certain
    (normalizers.confusions.certain) and that is a whole number."""
    qty, each, amount = (rec.get(c) for c in ("quantity", "unit_amount", "amount"))
    if not enabled() or qty is None or qty.value is not None or ANY_DIGIT_RE.search(qty.text) or \
            each is None or amount is None or not sure(each) or not sure(amount) or not each.value:
        return []
    value = amount.value / each.value
    if value <= 0 or value != value.to_integral_value():
        return []
    if not _letters_may_read(qty.text, value):
        return []
    value = value.quantize(Decimal("0.01"))
    evidence = {"rule": "product", "printed": qty.text.strip(), "read": None, "chosen": f"{value:.2f}"}
    rec["quantity"] = Reading(value, qty.text, qty.line_start, qty.line_end)
    return [Issue("warning", "value_repaired",
                  f"{what}: the quantity {qty.text.strip()!r} is unreadable; the amount {amount.value:,.2f} over the "
                  f"unit amount {each.value:,.2f} is {value:g}", json.dumps(evidence, ensure_ascii=False),
                  qty.line_start, qty.line_end, project_key=key, field="expenses.quantity")]


# Expense figures that all open with the same 8 or 3 before a digit, a sign read as a sign nowhere among them (a
# table run on with its ฿ read as 8 throughout, "ค่าตอบแทนวิทยากร = 818,400 ค่าเกียรติบัตร = 817,900"): at least
# this many, and an entry's lines adding up to its disbursement only without them
_THROUGHOUT = "baht_sign_throughout"
_THROUGHOUT_WHY = ("every expense figure of the document opens with the same digit a ฿ is read as, and an entry's "
                   "lines add up to its disbursement only without it: the form prints its sign before all its amounts")
SIGNED_FIGURES = 4


def _signed_throughout(reports: dict[int, Record], expenses: dict[int, list[Record]]) -> bool:
    """Whether a document's expense figures (every line's unit amount and
    amount read) print a ฿ sign OCR read as a digit throughout, where the
    document shows no sign read as one (baht_sign.expense_signs cannot
    tell): SIGNED_FIGURES of them or more, each opening with the same one of
    8 or 3 right before a digit (baht_sign.every_amount_signed: a form that
    prints no sign opens its amounts so a time in ten each), and some entry
    whose lines' amounts, each without that digit, add up to its
    disbursement as repaired, and not as read (so the digit is no digit of
    the amounts: a form that prints no sign, its amounts opening with 8 by
    chance, hardly ever fits so)."""
    tokens = [r.text.strip() for lines in expenses.values() for rec in lines
              for c in ("unit_amount", "amount") if (r := rec.get(c)) is not None and r.value is not None]
    if len(tokens) < SIGNED_FIGURES or not every_amount_signed(tokens):
        return False
    for seq, lines in expenses.items():
        paid = value_of(reports.get(seq, {}), "disbursed")
        amounts = [rec.get("amount") for rec in lines]
        if not isinstance(paid, Decimal) or paid <= 0 or any(r is None or r.value is None for r in amounts):
            continue
        bare = [_without_sign(r.text.strip()) for r in amounts]
        if None not in bare and money_equal(sum(bare), paid) and not money_equal(sum(r.value for r in amounts), paid):
            return True
    return False


_LIKE_CLAUSES_WHY = ("every expense figure of the document opens with the same digit a ฿ is read as, and its budget "
                     "clauses show the ฿ sign: the form prints its sign before all its amounts")


def _signed_like_clauses(expenses: dict[int, list[Record]]) -> bool:
    """Whether every expense figure read (unit amounts and amounts) but one
    at most, SIGNED_FIGURES of them or more, opens with the same one of 8 or
    3 right before a digit (baht_sign.every_amount_signed; one figure may
    hold a speck before it, "68๑,๕๐๐", and keeps what it reads), in a document whose
    budget clauses show the ฿ sign (read.clause_signs, the project's
    `clause_signs`): a form prints its sign before all its amounts or
    before none, so the digit is the sign OCR misread ("ละ 8๑๒,๐๐๐ เป็นเงิน
    8๕๕,๐๐๐", fresh set s89a bma_progress_s89a003, its entries' sums
    spoilt by misread digits, so _signed_throughout could not tell).  Before,
    every such figure kept the digit, a value ten times or more too large."""
    tokens = [r.text.strip() for lines in expenses.values() for rec in lines
              for c in ("unit_amount", "amount") if (r := rec.get(c)) is not None and r.value is not None]
    signed = [t for t in tokens if DIGIT_SIGN_RE.match(t)]
    return len(signed) >= SIGNED_FIGURES and len(tokens) - len(signed) <= 1 and every_amount_signed(signed)


def _expense_signs(expenses: dict[int, list[Record]], key: str, rule: str = "baht_sign",
                   reason: str | None = None, unwritten: Sequence[tuple[str, str]] = ()) -> list[Issue]:
    """Expense figures of a document that prints them with a ฿ sign OCR read as
    an 8 or 3 where it opens one, in every copy (parsers.bma_progress.baht_sign.expense_signs:
    "ค่าเช่ารถโดยสาร = 813,300 ค่าเกียรติบัตร = B16,800"): a unit amount or
    amount that opens with such a digit loses it, for a form prints its sign
    before all its amounts or before none.  Not where the line's quantity x
    unit amount holds as read and not without the digit (then it is one of
    the figure's digits).  Said where the digits after it are sure
    (_sure_after_sign, `unwritten` the document's: _unwritten_pairs), else kept as printed without the sign
    and left in doubt (repair_ambiguous); a repair of its product or its
    entry's sum comes after, on the figures without their signs."""
    issues = []
    reason = reason or ("the document prints a ฿ sign before its expense figures, and a form prints its sign before "
                        "all its amounts")
    for seq, lines in sorted(expenses.items()):
        for n, rec in enumerate(lines, start=1):
            signed = {c: v for c in ("unit_amount", "amount") if (r := rec.get(c)) is not None and r.value is not None
                      and DIGIT_SIGN_RE.match(r.text.strip()) and (v := _without_sign(r.text.strip())) is not None
                      and v > 0 and not _ZERO_FIRST_RE.match(r.text.strip()[1:])}
            if not signed or _product_as_read(rec, signed):
                continue
            what = f"an expense line of report {seq}"
            for column, value in signed.items():
                reading, token = rec[column], rec[column].text.strip()
                if _sure_after_sign(token[1:], unwritten):
                    issues.append(_sign_issue(what, f"line {n}'s {column.replace('_', ' ')}", token, reading, value,
                                              key, f"expenses.{column}", rule=rule, reason=reason))
                else:
                    issues.append(_sign_in_doubt(f"{what}: line {n}'s {column.replace('_', ' ')}", token, reading,
                                                 value, reason, key, f"expenses.{column}"))
                rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


_PAST_ENTRY_WHY = ("its entry's disbursement printed its ฿ sign as that digit, and the line as read exceeds the "
                   "disbursement it is a part of, and not without the digit")


def _lines_past_signed_entry(reports: dict[int, Record], expenses: dict[int, list[Record]], key: str,
                             unwritten: Sequence[tuple[str, str]] = ()) -> list[Issue]:
    """Expense lines whose amount opens with the digit their entry's
    disbursement showed its ฿ sign read as (an 8 or 3 right before its
    digits, read without it: the clause's sign repair), and whose amount as
    read exceeds that disbursement, which it is one part of, while without
    the digit it does not ("ค่าวัสดุอุปกรณ์ = 8๒,๕๐๐" under "(ครั้งที่ ๒) = 8๓๐,๐๐๐":
    2,500 of 30,000, not 82,500; fresh set s100o, bma_progress_s100o007, whose
    other lines OCR garbled past reading, so no rule weighing every line
    could tell).  The amount loses the digit: said where the digits after it
    are sure (_sure_after_sign), else kept as printed without the sign and
    left in doubt (repair_ambiguous), as _expense_signs does.  A line that
    fits its entry as read, or opens otherwise, is left as it stands."""
    issues = []
    for seq, lines in sorted(expenses.items()):
        paid = reports.get(seq, {}).get("disbursed")
        if paid is None or not isinstance(paid.value, Decimal) or paid.value <= 0:
            continue
        token = budget_amount(paid.text) if paid.text else None
        if not token or not DIGIT_SIGN_RE.match(token) or _without_sign(token) != paid.value:
            continue
        for n, rec in enumerate(lines, start=1):
            reading = rec.get("amount")
            if reading is None or not isinstance(reading.value, Decimal) or reading.value <= paid.value:
                continue
            printed = reading.text.strip()
            value = _without_sign(printed) if printed[:1] == token[:1] else None
            if value is None or not 0 < value <= paid.value or _ZERO_FIRST_RE.match(printed[1:]):
                continue
            what = f"an expense line of report {seq}"
            if _sure_after_sign(printed[1:], unwritten):
                issues.append(_sign_issue(what, f"line {n}'s amount", printed, reading, value, key, "expenses.amount",
                                          rule="baht_sign", reason=_PAST_ENTRY_WHY))
            else:
                issues.append(_sign_in_doubt(f"{what}: line {n}'s amount", printed, reading, value, _PAST_ENTRY_WHY,
                                             key, "expenses.amount"))
            rec["amount"] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


def _sure_after_sign(token: str, unwritten: Sequence[tuple[str, str]]) -> bool:
    """Whether the digits after an amount's ฿ sign OCR read as a digit are
    sure: no other reading under the table of confusions, nor under the
    misreads it leaves out of the digits this document's OCR never writes
    (`unwritten`: _unwritten_pairs; ๗ read as ๑ in 12 % of its printings,
    ๙ in 4 %, where the model writes neither).  The sign proves nothing of
    them: "8๑๑,100" for ฿๑๙,100 (set s66z), its ๙ read ๑, was dropped to
    11,100 and said sure; a document that writes every digit reads a ๑ as
    the ๑ it is."""
    with added_misreads(unwritten):
        return certain(token)


def _sign_in_doubt(what: str, token: str, reading: Reading, value: Decimal, why: str, key: str,
                   field: str, apart: Sequence[Decimal] = ()) -> Issue:
    """The repair_ambiguous issue of an amount whose leading digit is a ฿ sign OCR misread (`why` says how that
    is known) and whose Thai digits after it are not sure, or which the form's other copies print otherwise
    (`apart`: _copies_apart): kept as printed without the sign (`value`), none of their readings chosen."""
    evidence = {"rule": "baht_sign", "printed": token, "read": str(reading.value), "kept": f"{value:.2f}",
                "candidates": [f"{v:.2f}" for v in sorted({value, *apart})]}
    if apart:
        evidence["copy_readings"] = [f"{v:.2f}" for v in apart]
    doubt = ("the form's copies print other digits after it as often" if apart else
             "the Thai digits after it may be misread too")
    return Issue("warning", "repair_ambiguous", f"{what} {token!r}: {why}, so its leading digit is the sign OCR "
                 f"misread; {doubt}, so none of their readings is chosen: kept "
                 f"as printed without the sign, {value:,.2f}", json.dumps(evidence, ensure_ascii=False),
                 reading.line_start, reading.line_end, project_key=key, field=field)


def _product_as_read(rec: Record, signed: dict[str, Decimal]) -> bool:
    """Whether an expense line's quantity x unit amount is its amount as
    read and not once the figures in `signed` lose their leading digit."""
    qty, each, amount = (rec.get(c) for c in _PRODUCT)
    if any(r is None or r.value is None for r in (qty, each, amount)):
        return False
    bare = {c: signed.get(c, r.value) for c, r in (("unit_amount", each), ("amount", amount))}
    return money_equal(qty.value * each.value, amount.value) and not money_equal(
        qty.value * bare["unit_amount"], bare["amount"])


def _product_signs(rec: Record, key: str, what: str) -> list[Issue]:
    """quantity x unit amount = amount, when it fails as printed and the
    unit amount or the amount starts with an 8 or 3 that may be a ฿ OCR
    misread ("122 คน x 8๒๐๐ = 8๒4,40๐"): the one choice of such signs that
    makes it hold exactly, no digit changed, is repaired.  Not where a
    figure's digits have other readings (Thai digits OCR confuses) and the
    line holds under several readings of its figures (_product_fits): the
    signs then choose nothing among them, and the line is weighed jointly
    (_product_jointly: taken where the entry's sum names one, else said in
    doubt)."""
    if not enabled() or any(rec.get(c) is None or rec[c].value is None for c in ("quantity", "unit_amount", "amount")):
        return []
    qty, each, amount = (rec[c].value for c in ("quantity", "unit_amount", "amount"))
    if money_equal(qty * each, amount):
        return []
    options = {c: [rec[c].value] + [v for v in [_without_sign(rec[c].text)] if v is not None and v != rec[c].value]
               for c in ("unit_amount", "amount")}
    fits = [(e, a) for e in options["unit_amount"] for a in options["amount"]
            if (e, a) != (each, amount) and money_equal(qty * e, a)]
    if len(fits) > 1:
        evidence = json.dumps({"rule": "product", "printed": rec["amount"].text.strip(), "read": str(amount),
                               "candidates": [f"{a:.2f}" for _, a in fits]}, ensure_ascii=False)
        return [Issue("warning", "repair_ambiguous", f"{what}: quantity x unit amount is not the amount as printed; "
                      f"{len(fits)} choices of leading digits that may be ฿ signs would make it, so none is chosen",
                      evidence, rec["amount"].line_start, rec["amount"].line_end, project_key=key,
                      field="expenses.amount")]
    if not fits:
        return []
    if not all(sure(rec[c]) for c in _PRODUCT) and len(_product_fits([rec[c] for c in _PRODUCT]) or ()) > 1:
        # the one choice of signs holds with the digits as read, but they may be others (Thai digits OCR confuses),
        # and other readings of them hold too ("๒ x ๓๕๐๐ = ๓๑๐๐๐" is 2 x 500 = 1,000 without the two leading ๓,
        # and 2 x 700 = 1,400, 2 x 800 = 1,600 with their ๕ read as the ๗ or ๘ OCR cannot write): the signs alone
        # do not choose among them; the line is left to the joint weighing, which takes a fit only where the
        # entry's sum names it, and else says the line in doubt (_product_jointly)
        return []
    issues = []
    for column, value in zip(("unit_amount", "amount"), fits[0]):
        reading = rec[column]
        if value != reading.value:
            issues.append(_sign_issue(what, f"the {column.replace('_', ' ')}", reading.text.strip(), reading, value, key,
                                      f"expenses.{column}", rule="product"))
            rec[column] = Reading(value, reading.text, reading.line_start, reading.line_end)
    return issues


def _values(outcome: tuple) -> tuple:
    """The disbursement and line amounts a trial of _expense_sum ends with."""
    _, _, report, lines = outcome
    return report["disbursed"].value, tuple(r["amount"].value for r in lines)


def _baht_signs(project: Record, reports: dict[int, Record], key: str,
                copies: Copies | None = None) -> tuple[list[Issue], list[int]]:
    """Disbursements that do not add up to the budget spent while some of
    them, or the budget spent, start with an 8 or 3 (what OCR makes of a ฿
    sign: "฿42,000" read as "842,000"): the amounts whose leading 8 or 3 is
    a ฿ are the ones that make the sum hold, when exactly one choice of them
    does.  Reports that lost their amount count as nothing then (what is
    left for them must be nothing: a disbursement is never negative).
    A disbursement the copies read apart, kept opening with no 8 or 3 where
    every other amount opens with one, is first read from the copy that
    prints it so (_sign_of_copies).  Also the reports whose disbursement was
    repaired."""
    said: list[Issue] = []
    issues, chosen = _baht_signs_weighed(project, reports, key, copies, said)
    return said + issues, chosen


def _baht_signs_weighed(project: Record, reports: dict[int, Record], key: str, copies: Copies | None,
                        said: list[Issue]) -> tuple[list[Issue], list[int]]:
    """_baht_signs' weighing; the issues of the copies it read first go to `said`."""
    spent = project.get("budget_spent")
    paid = {seq: rec["disbursed"] for seq, rec in reports.items() if "disbursed" in rec}
    lost = [seq for seq in sorted(reports) if seq not in paid]
    if spent is None or spent.value is None or any(r.value is None for r in paid.values()) or \
            set(reports) != set(range(1, len(reports) + 1)):
        return [], []
    total = sum((r.value for r in paid.values()), Decimal(0))
    if money_equal(total, spent.value):
        return [], []  # it holds as printed (what was lost is nothing: said by _nothing_left)
    from_copy = _sign_of_copies(project, reports, paid, copies, key)
    said += from_copy
    if from_copy:
        total = sum((r.value for r in paid.values()), Decimal(0))
    # (not a disbursement a rule before read as another reading of its characters, neither as printed nor
    # without the sign: "๓๒,๐๐๐" its expense lines' sum read 36,000, a ๖ read ๒; weighed as 2,000 here it was
    # claimed anew, the lines' repair undone)
    signed = {seq: v for seq, r in paid.items()
              if (v := _without_sign(budget_amount(r.text))) is not None and v != r.value
              and not _read_otherwise(r, budget_amount(r.text))}
    spent_signed = _without_sign(_digits_of(spent.text))
    if spent_signed == spent.value:
        spent_signed = None
    if not (signed or spent_signed is not None) or len(signed) > 12:
        return [], []
    fits = [(whole, chosen) for whole in (spent.value, spent_signed) if whole is not None
            for n in range(len(signed) + 1) for chosen in combinations(sorted(signed), n)
            if (chosen or whole is spent_signed)
            and money_equal(total - sum((paid[s].value - signed[s] for s in chosen), Decimal(0)), whole)]
    what = "the disbursements of all reports and the budget spent"
    several = len(fits)
    every = every_amount_signed(_amount_tokens(project, paid))
    if several > 1 and (any(SHOWN_SIGN_RE.match(budget_amount(r.text) or "") for r in paid.values()) or every):
        fits = _uniform_signs(fits, signed, spent_signed)
    if len(fits) > 1:  # "฿42,000 + ฿8,500 + 819,000 = 869,500" and "฿42,000 + ฿8,500 + ฿19,000 = ฿69,500"
        evidence = json.dumps({"rule": "sum", "printed": spent.text.strip(), "read": str(spent.value),
                               "candidates": [f"{w:.2f}" for w, _ in fits]}, ensure_ascii=False)
        return [Issue("warning", "repair_ambiguous", f"{what}: they do not add up as printed; {len(fits)} choices of "
                      "the amounts whose leading 8 or 3 may be a ฿ sign OCR misread would, so none is chosen",
                      evidence, paid[seq].line_start, paid[seq].line_end, project_key=key,
                      field="progress_reports.disbursed") for seq in sorted({s for _, c in fits for s in c})], []
    if not fits:
        return _every_sign_dropped(project, reports, key, paid, signed, spent_signed) if every else ([], [])
    whole, chosen = fits[0]
    loose = _unpinned(spent, whole is spent_signed, paid, chosen)
    if loose:
        # the sum holds once the leading 8 or 3 of `loose` is a ฿ sign, but says nothing of the digits after it
        # (a misread they share with what they are weighed against keeps the sum): each such amount is kept as
        # printed without its sign and left in doubt, and a report that lost its amount is nothing either way
        evidence = json.dumps({"rule": "sum", "printed": spent.text.strip(), "read": str(spent.value),
                               "candidates": [f"{whole:.2f}"], "kept": f"{whole:.2f}"}, ensure_ascii=False)
        flagged = [Issue("warning", "repair_ambiguous", f"{what}: they add up once the leading 8 or 3 of {loose} is "
                         "read as a ฿ sign OCR misread, but the digits after it could be others and so could the "
                         "amounts they are weighed against (a misread they share keeps the sum), so none of their "
                         f"readings is chosen: kept as printed without the sign, {signed[seq]:,.2f}",
                         evidence, paid[seq].line_start, paid[seq].line_end, project_key=key,
                         field="progress_reports.disbursed") for seq in chosen]
        for seq in chosen:
            reading = paid[seq]
            reports[seq]["disbursed"] = Reading(signed[seq], reading.text, reading.line_start, reading.line_end)
        if whole is spent_signed:
            flagged.append(Issue("warning", "repair_ambiguous", f"{what}: the budget spent {spent.text.strip()!r} is "
                                 f"{spent_signed:,.2f} once its leading digit is read as a ฿ sign OCR misread, but its "
                                 "digits and the reports' could be others, so none of their readings is chosen: kept "
                                 "as printed without the sign", evidence, spent.line_start,
                                 spent.line_end, project_key=key, field="projects.budget_spent"))
            project["budget_spent"] = Reading(spent_signed, spent.text, spent.line_start, spent.line_end)
        if every and whole is spent_signed:
            flagged += _allocation_sign_dropped(project, key)
        return flagged + _lost_are_nothing(reports, lost, key, what, in_doubt=whole is spent_signed), []
    issues = []
    # several choices add up, and this one alone reads every such digit as a sign (_uniform_signs)
    reason = (f"of the {several} choices of such digits that make the amounts add up, it alone reads every one as a "
              "sign, as a form that prints ฿ before its amounts does") if several > 1 else None
    for seq in chosen:
        reading = paid[seq]
        issues.append(_sign_issue(what, f"report {seq}'s", budget_amount(reading.text) or "", reading, signed[seq],
                                  key, "progress_reports.disbursed", reason=reason))
        reports[seq]["disbursed"] = Reading(signed[seq], reading.text, reading.line_start, reading.line_end)
    if whole is not None and whole is spent_signed:
        issues.append(_sign_issue(what, "the budget spent's", _digits_of(spent.text), spent, spent_signed, key,
                                  "projects.budget_spent", reason=reason))
        project["budget_spent"] = Reading(spent_signed, spent.text, spent.line_start, spent.line_end)
        if every:
            issues += _allocation_sign_dropped(project, key)
    return issues + _lost_are_nothing(reports, lost, key, what), list(chosen)


def _sign_of_copies(project: Record, reports: dict[int, Record], paid: dict[int, Reading], copies: Copies | None,
                    key: str) -> list[Issue]:
    """The one disbursement whose kept reading opens with no 8 or 3 where
    every other amount of the project (its disbursements, its budget spent,
    its allocation printed as a bare figure) opens with the same one, and
    the form's other copies read it apart, one value of theirs opening with
    that digit too ("680" kept over "8๐", the copies' tie broken by their
    order, beside eleven "8๐" and a budget spent "84,800": ฿ signs read as
    8): a form prints its sign before all its amounts or before none, so the
    copy that prints it so is read (in doubt, rule baht_sign: the sign is
    then weighed with the others', _baht_signs)."""
    if not copies:
        return []
    tokens = {seq: (budget_amount(r.text) or "").strip() for seq, r in paid.items()}
    odd = [seq for seq, t in tokens.items() if not DIGIT_SIGN_RE.match(t)]
    if len(odd) != 1:
        return []
    seq = odd[0]
    others = [o for o in copies.get(("progress_reports", seq, "disbursed"), [])
              if o.value is not None and DIGIT_SIGN_RE.match((budget_amount(o.text) or "").strip())]
    if len({o.value for o in others}) != 1:
        return []
    other = others[0]
    if not every_amount_signed(_amount_tokens(project, {**paid, seq: other})):
        return []
    kept = paid[seq]
    printed = (budget_amount(other.text) or "").strip()
    evidence = {"rule": "baht_sign", "printed": tokens[seq], "read": plain_value(kept.value),
                "copy_readings": [printed], "chosen": plain_value(other.value)}
    paid[seq] = reports[seq]["disbursed"] = Reading(other.value, other.text, kept.line_start, kept.line_end)
    return [Issue("warning", "repair_ambiguous",
                  f"report {seq}'s disbursement: the copies read it apart, and the one kept, {tokens[seq]!r}, opens "
                  f"with no 8 or 3 where every other amount of the project does ({_EVERY_SIGNED}); another copy "
                  f"prints it {printed!r}, read instead, its leading digit weighed as a ฿ sign with the others'",
                  json.dumps(evidence, ensure_ascii=False), kept.line_start, kept.line_end, project_key=key,
                  field="progress_reports.disbursed")]


def _amount_tokens(project: Record, paid: dict[int, Reading]) -> list[str]:
    """A project's amounts as printed: its reports' disbursements, its budget
    spent, and its budget allocated where read ("" for one none is read of)
    and printed as a figure alone (an allocation in millions, "1.34 ล้าน",
    is printed with its unit, never a sign)."""
    allocated = project.get("budget_allocated")
    return [budget_amount(r.text) or "" for r in paid.values()] + [_digits_of(project["budget_spent"].text) or ""] \
        + ([_digits_of(allocated.text) or ""] if allocated is not None and allocated.text
           and not _UNIT_WORD_RE.search(allocated.text) else [])


_UNIT_WORD_RE = regex.compile(r"ล้าน|บาท")


def _every_sign_dropped(project: Record, reports: dict[int, Record], key: str, paid: dict[int, Reading],
                        signed: dict[int, Decimal], spent_signed: Decimal | None) -> tuple[list[Issue], list[int]]:
    """No choice of ฿ signs makes the disbursements add up to the budget
    spent, but every amount the project prints opens with an 8 or 3
    (baht_sign.every_amount_signed: the sign read as a digit throughout,
    "8๐" for ฿๐): a form prints its sign before all its amounts or before
    none, so every such digit is the sign and is dropped; the sum that holds
    neither way says a digit after one is misread too, which it does not
    say, so each amount is kept as printed without its sign and left in
    doubt.  Asked by _baht_signs only where every amount so opens (an
    amount that opens otherwise, or shows its sign read as one, leaves it
    to the choices weighed there).  A budget spent whose sign the document
    already proved (repair_baht_sign: read without it) counts as one so
    read."""
    spent = project["budget_spent"]
    token = _digits_of(spent.text) or ""
    # (the budget spent's own sign may be dropped already, the document proving it: repair_baht_sign)
    dropped = spent_signed is None and DIGIT_SIGN_RE.match(token) is not None and _without_sign(token) == spent.value
    if (spent_signed is None and not dropped) or not paid or set(signed) != set(paid):
        return [], []
    why = _EVERY_SIGNED + "; they add up neither way"
    issues = []
    for seq in sorted(paid):
        reading = paid[seq]
        issues.append(_sign_in_doubt(f"report {seq}'s disbursement", budget_amount(reading.text) or "", reading,
                                     signed[seq], why, key, "progress_reports.disbursed"))
        reports[seq]["disbursed"] = Reading(signed[seq], reading.text, reading.line_start, reading.line_end)
    if spent_signed is not None:
        issues.append(_sign_in_doubt("the budget spent", token, spent, spent_signed, why, key,
                                     "projects.budget_spent"))
        project["budget_spent"] = Reading(spent_signed, spent.text, spent.line_start, spent.line_end)
    return issues + _allocation_sign_dropped(project, key), sorted(paid)


_EVERY_SIGNED = ("every amount the project prints as a bare figure (its disbursements and budget spent, and its "
                 "allocation unless printed with a unit) opens with an 8 or 3, as a ฿ sign OCR read as a digit does, "
                 "and a form prints its sign before all its amounts or none")


def _allocation_sign_dropped(project: Record, key: str) -> list[Issue]:
    """The budget allocated, where the disbursements and budget spent were
    read with every leading 8 or 3 a ฿ sign (_EVERY_SIGNED), opening with one
    too: its sign dropped as theirs was (said; in doubt when Thai digits
    follow)."""
    allocated = project.get("budget_allocated")
    token = _digits_of(allocated.text) if allocated is not None and allocated.value is not None else None
    value = _without_sign(token) if token and DIGIT_SIGN_RE.match(token) else None
    if value is None or value == allocated.value:
        return []
    project["budget_allocated"] = Reading(value, allocated.text, allocated.line_start, allocated.line_end)
    if not _sure_after_sign(token[1:], _unwritten_pairs(project)):
        return [_sign_in_doubt("the budget allocated", token, allocated, value, _EVERY_SIGNED, key,
                               "projects.budget_allocated")]
    return [_repaired(allocated, key, "projects.budget_allocated", "baht_sign", token, f"{value:.2f}",
                      f"the budget allocated {token!r} reads {allocated.value:,.2f}; {_EVERY_SIGNED}, so its leading "
                      f"digit is the sign OCR misread: {value:,.2f}")]


def _uniform_signs(fits: list[tuple[Decimal, tuple[int, ...]]], signed: dict[int, Decimal],
                   spent_signed: Decimal | None) -> list[tuple[Decimal, tuple[int, ...]]]:
    """Of several choices of ฿ signs that make the disbursements add up to
    the budget spent, the one that reads every leading 8 or 3 (of every
    disbursement and of the budget spent) as a sign, when it is among them
    and another disbursement shows the sign read as one ("= BO": the form
    prints ฿, no guess): a form prints its sign before all its amounts or
    before none, so a choice that keeps some of those digits while it drops
    others says the sign was read as a digit here and lost without a trace
    there.  ("฿0 +
    ฿4,400 + ฿0 + ฿8,200 + ฿0 + ฿13,400 = ฿26,000" read "80 + 84,400 + 80
    + 88,200 + BO + 813,400 = 826,000" adds up with every sign dropped, and
    with 813,400 and 826,000 kept too.)  The fits unchanged otherwise."""
    every = tuple(sorted(signed))
    uniform = [(whole, chosen) for whole, chosen in fits
               if chosen == every and (whole is spent_signed if spent_signed is not None else True)]
    return uniform if len(uniform) == 1 else fits


def _lost_are_nothing(reports: dict[int, Record], lost: list[int], key: str, what: str,
                      in_doubt: bool = False) -> list[Issue]:
    """The reports that lost their disbursement are 0.00 when, read with the
    ฿ signs _baht_signs found, the other reports already add up to the
    budget spent (a disbursement is never negative).  `in_doubt`: the
    budget spent they add up to is itself a reading in doubt (its leading
    digit taken for the sign, its digits unpinned), so 0.00 is kept, not
    proven ("ไช๓๐.๐๐๐" read 0 without its sign, where ฿23,600 was lost)."""
    issues = []
    for seq in lost:
        span = record_lines(reports[seq])
        evidence = {"rule": "sum", "printed": "", "read": None}
        if in_doubt:
            code, why = "repair_ambiguous", ("the other reports add up to the budget spent read without its sign, a "
                                             "reading in doubt, so 0.00 is kept, not proven")
            evidence.update(candidates=["0.00"], kept="0.00")
        else:
            code, why = "value_repaired", ("read with the ฿ signs above, the other reports already add up to the "
                                           "budget spent, so it is 0.00")
            evidence.update(chosen="0.00")
        issues.append(Issue("warning", code, f"{what}: report {seq}'s disbursement is unreadable; {why}",
                            json.dumps(evidence, ensure_ascii=False), *span, project_key=key,
                            field="progress_reports.disbursed"))
        reports[seq]["disbursed"] = Reading(Decimal(0), "", *span)
    return issues


def _unpinned(spent: Reading, spent_signed: bool, paid: dict[int, Reading], chosen: tuple[int, ...]) -> str:
    """Of the amounts a choice of ฿ signs reads without their leading digit,
    the ones the sum does not pin (said as printed, "" when none): the
    digits after the sign could be others (Thai digits OCR confuses), and so
    could the total or another part it is weighed against.  The sum then
    proves the sign, not the digits: "฿๑๗,๐๐๐" read "8๑๓,๐๐๐" against a
    budget spent of "๑๓,๐๐๐" (the same ๗ read as ๓ in both) holds as 13,000."""
    total = _digits_of(spent.text) or ""
    sure_of = {seq: certain((budget_amount(r.text) or "")[1 if seq in chosen else 0:]) for seq, r in paid.items()}
    sure_total = certain(total[1:] if spent_signed else total)
    loose = []
    for seq in chosen:
        if not sure_of[seq] and not (sure_total and all(v for s, v in sure_of.items() if s != seq)):
            loose.append(budget_amount(paid[seq].text) or "")
    if spent_signed and not sure_total and not all(sure_of.values()):
        loose.append(total)
    return ", ".join(repr(t) for t in loose)


def _read_otherwise(reading: Reading, token: str | None) -> bool:
    """Whether a rule read an amount as another reading of its printed
    characters: its value is neither the printing as read nor the printing
    without a leading 8 or 3 (the ฿ OCR misread)."""
    if reading.value is None or not token:
        return False
    try:
        printed = parse_baht(read_amount(one_comma(token)))
    except ValueParseError:
        return False
    return not money_equal(printed, reading.value) and not money_equal(_without_sign(token) or Decimal(-1),
                                                                           reading.value)


def _without_sign(token: str | None) -> Decimal | None:
    """An amount as printed without its leading 8 or 3 (a ฿ OCR misread),
    None when it has none."""
    if not token or token[0] not in BAHT_SIGN_READS + "๘๓" or not thai_digits_to_arabic(token[1:2]).isdigit():
        return None
    try:
        return parse_baht(read_amount(one_comma(token[1:])))
    except ValueParseError:
        return None


def _repaired(reading: Reading, key: str, field: str, rule: str, printed: str, chosen: Any, message: str) -> Issue:
    """The value_repaired issue of a reading (the value as read in evidence, beside the printed text)."""
    evidence = {"rule": rule, "printed": printed, "read": plain_value(reading.value), "chosen": chosen}
    return Issue("warning", "value_repaired", message, json.dumps(evidence, ensure_ascii=False),
                 reading.line_start, reading.line_end, project_key=key, field=field)


def _sign_issue(what: str, whose: str, printed: str, reading: Reading, chosen: Decimal, key: str, field: str,
                rule: str = "sum", reason: str | None = None) -> Issue:
    """The value_repaired issue of an amount read without its leading digit,
    a ฿ sign OCR misread; `reason` says why this choice of signs when the
    sum alone allows others."""
    evidence = {"rule": rule, "printed": printed, "read": str(reading.value), "chosen": f"{chosen:.2f}"}
    holds = "do the amounts add up" if rule == "sum" else "is the amount quantity x unit amount"
    return Issue("warning", "value_repaired",
                 f"{what}: {whose} {printed!r} reads {reading.value:,.2f}; its leading digit is a ฿ sign OCR "
                 f"misread ({chosen:,.2f}): {reason or f'with no other choice of such digits {holds}'}",
                 json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                 project_key=key, field=field)


_AMOUNT_DIGITS_RE = regex.compile(r"[\d๐-๙][\d๐-๙,.]*")


def _digits_of(text: str) -> str | None:
    """The longest run of digits in a field's text (its amount as printed)."""
    found = _AMOUNT_DIGITS_RE.findall(text)
    return max(found, key=len) if found else None


def _nothing_left(project: Record, reports: dict[int, Record], key: str,
                  expenses: dict[int, list[Record]] | None = None, exact: bool = False,
                  doubt: bool = False) -> list[Issue]:
    """Several reports whose amount OCR lost: when the others already add up
    to the budget spent, nothing is left for them, and a disbursement is
    never negative: each is 0, and said.  (A misread part or total would
    have to be off by exactly what was lost for this to be wrong.)  A lost
    report whose own expense lines are read and add up to more than 0 is
    not 0: a disbursement read may be its own, read into another report (a
    column of a transposed table shifted), so it is not chosen, and it and
    every disbursement read are said (repair_ambiguous).  Report numbers
    that do not run 1..N (an entry may be no report at all) leave it alone,
    unless the reports read add up to the budget spent as read and every
    lost one is numbered no higher than there are entries ("2, 3, 4, 5",
    report 1 lost whole), and, where the entries' structure is in doubt
    (`doubt`), the numbers read run without a gap (else an entry may be
    another's read twice, its amount the lost one's: "1, 2, 4, 5, 6" read
    for four reports, report 4's column broken, its 14,700 read as report
    6's).  With `exact` (one
    report lost: repair_sum could not fill it, its figures not sure or the
    entries' structure in doubt) only where the others add up to the budget
    spent as read: the budget spent is not mended first."""
    spent = project.get("budget_spent")
    read = [rec["disbursed"] for rec in reports.values() if "disbursed" in rec]
    if spent is None or spent.value is None or any(r.value is None for r in read):
        return []
    adds_up = money_equal(sum((r.value for r in read), Decimal(0)), spent.value)
    if set(reports) != set(range(1, len(reports) + 1)):
        # report numbers that do not run 1..N: an entry may be no report at all, unless the reports read add up
        # to the budget spent as read and every lost one is numbered no higher than there are entries
        lost = [seq for seq, rec in reports.items() if "disbursed" not in rec]
        # (where the entries' structure is in doubt, only numbers that run without a gap, the reports lost whole
        # before the first: a gap among them beside a broken entry says an entry may be another's read twice)
        if not adds_up or any(not 1 <= seq <= len(reports) for seq in lost) \
                or doubt and sorted(reports) != list(range(min(reports), max(reports) + 1)):
            return []
        exact = True
    issues = []
    if not adds_up:
        mended = None if exact else _spent_at_least(project, read, key)
        if mended is None:
            return []
        issues.append(mended)
        spent = project["budget_spent"]
    spent_lines = {seq: total for seq, rec in reports.items() if "disbursed" not in rec
                   and (total := _lines_total((expenses or {}).get(seq, []))) is not None and total > 0}
    for seq, total in sorted(spent_lines.items()):
        evidence = json.dumps({"rule": "sum", "printed": "", "read": None, "candidates": ["0.00", f"{total:.2f}"]},
                              ensure_ascii=False)
        issues.append(Issue("warning", "repair_ambiguous", f"report {seq}'s disbursement is unreadable; the other "
                            f"reports' disbursements already add up to the budget spent ({spent.value:,.2f}), but its "
                            f"own expense lines add up to {total:,.2f}: a disbursement read may be this report's, "
                            "read into another, so none is chosen", evidence, *record_lines(reports[seq]),
                            project_key=key, field="progress_reports.disbursed"))
        for other, rec in sorted(reports.items()):
            if "disbursed" in rec and rec["disbursed"].value:
                issues.append(Issue("warning", "repair_ambiguous", f"report {other}'s disbursement "
                                    f"{rec['disbursed'].value:,.2f}: report {seq}, whose amount OCR lost, has expense "
                                    f"lines adding up to {total:,.2f}, and with them the reports add up to more than "
                                    "the budget spent: this amount may be that report's", evidence,
                                    rec["disbursed"].line_start, rec["disbursed"].line_end, project_key=key,
                                    field="progress_reports.disbursed"))
    for seq, rec in sorted(reports.items()):
        if "disbursed" in rec or seq in spent_lines:
            continue
        span = record_lines(rec)
        evidence = {"rule": "sum", "printed": "", "read": None, "chosen": "0.00", "support": len(read)}
        rec["disbursed"] = Reading(Decimal(0), "", *span)
        issues.append(Issue("warning", "value_repaired",
                            f"report {seq}'s disbursement is unreadable; the other reports' disbursements already add "
                            f"up to the budget spent ({spent.value:,.2f}), so it is 0.00",
                            json.dumps(evidence, ensure_ascii=False), *span, project_key=key,
                            field="progress_reports.disbursed"))
    return issues


def _one_lost(project: Record, reports: dict[int, Record], key: str,
              expenses: dict[int, list[Record]], doubt: bool = False) -> list[Issue]:
    """One report whose amount OCR lost (no budget clause, or a clause that
    kept no amount: "งบประมาณที่เบิกใช้ (ครั้งที่ 3) - ปาท-") where the sum
    could not say what it was (its figures or the budget spent's not sure,
    or the entries' structure in doubt): when the other reports' amounts,
    as read, already add up to the budget spent, it is 0, as where several
    were lost (_nothing_left, which also declines when its own expense
    lines add up to more, and, with `doubt`, where the report numbers
    read leave a gap).  Not where a read amount's clause names another
    report (a tail carried into it: an entry may hold another's amount)."""
    lost = [seq for seq, rec in reports.items() if "disbursed" not in rec
            or (rec["disbursed"].value is None and budget_amount(rec["disbursed"].text) is None)]
    if len(lost) != 1 or any(_names_other(rec["disbursed"].text, seq) for seq, rec in reports.items()
                             if seq not in lost and "disbursed" in rec):
        return []
    rec = reports[lost[0]]
    kept = rec.pop("disbursed", None)
    issues = _nothing_left(project, reports, key, expenses, exact=True, doubt=doubt)
    if "disbursed" not in rec and kept is not None:
        rec["disbursed"] = kept
    elif kept is not None:
        rec["disbursed"] = Reading(rec["disbursed"].value, kept.text, kept.line_start, kept.line_end)
    return issues


def _lost_by_own_lines(project: Record, reports: dict[int, Record], key: str,
                       expenses: dict[int, list[Record]]) -> list[Issue]:
    """One report whose amount OCR lost where the entries' structure is in
    doubt (a table read side by side or across its columns: repair_sum
    declines there, an amount may stand in another entry's place): the
    budget spent less the other reports' disbursements is its amount where
    two witnesses agree on it, the sum and the report's own expense lines,
    every one read, adding up to just that (a swap of amounts between
    entries leaves the sum as it was; a misread would have to be off by
    what the lines make up).  The budget spent and every other
    disbursement must be sure figures (no other reading of their digits),
    the report numbers run 1..N, no read clause names another report, and
    a printing the lost report kept with digits must read as the amount
    (rule sum: value_repaired).  s64o005: report 3's '๒28.200' cell lost
    beside two others, its lines 6,500 + 14,600 + 7,100 = 42,600 - 14,400."""
    spent = project.get("budget_spent")
    if spent is None or not sure(spent) or set(reports) != set(range(1, len(reports) + 1)):
        return []
    lost = [seq for seq, rec in reports.items() if rec.get("disbursed") is None or rec["disbursed"].value is None]
    if len(lost) != 1:
        return []
    seq = lost[0]
    others = {s: rec["disbursed"] for s, rec in reports.items() if s != seq}
    if not all(sure(r) for r in others.values()) or any(_names_other(r.text, s) for s, r in others.items()):
        return []
    need = spent.value - sum((r.value for r in others.values()), Decimal(0))
    lines = expenses.get(seq, [])
    if need <= 0 or not _lines_add_up(lines, need):
        return []
    rec = reports[seq]
    printed = rec.get("disbursed") or rec.get("disbursed_printed")
    text = printed.text if printed is not None else ""
    token = budget_amount(text) or ""
    if ANY_DIGIT_RE.search(token) and not _figure_reads_as(token, need):
        return []
    span = (printed.line_start, printed.line_end) if printed is not None and printed.line_start is not None \
        else record_lines(rec)
    rec["disbursed"] = Reading(need, text, *span)
    evidence = {"rule": "sum", "printed": token.strip(), "read": None, "chosen": f"{need:.2f}",
                "lines": [f"{r['amount'].value:.2f}" for r in lines]}
    return [Issue("warning", "value_repaired",
                  f"report {seq}'s disbursement is unreadable; the budget spent ({spent.value:,.2f}) less the other "
                  f"reports' disbursements is {need:,.2f}, and its own expense lines add up to just that",
                  json.dumps(evidence, ensure_ascii=False), *span, project_key=key,
                  field="progress_reports.disbursed")]


def _one_part_misread(project: Record, reports: dict[int, Record], key: str,
                      expenses: dict[int, list[Record]]) -> list[Issue]:
    """The disbursements read whole and a sure budget spent (no other
    reading of its digits) they do not add up to, where repair_sum chose no
    part (the other parts not sure: Thai digits, whose ๐ may be a ๖ or a
    ๔): the one part a reading of whose own characters makes the sum hold
    ("๕5,10๐" read 55,100 where 45,100 makes the parts the budget spent's
    84,460), exactly one part having such a reading, is repaired (rule
    sum).  A part misread in the others would have to be off by just what
    a reading of this one's characters makes up.  Several parts with such
    a reading, or none, change nothing (budget_spent_mismatch says it); nor
    does a part whose entry's expense lines, read whole, add up to another
    figure (a third printing that says otherwise: "8๓,๐๐๐" that the sum
    reads ฿๙,๐๐๐ against a line "๓,๐๐๐").  Where no reading of any part's
    characters fits, the one part that makes the sum hold with a digit of
    its first thousands group put back (OCR lost it, the grouping kept:
    "3,300" for ฿3๖,300, fresh set s58o) is repaired so (rule
    sum_digit_lost): the groups after it stand whole, and a misread
    elsewhere would have to be off by just what one such digit makes up."""
    spent = project.get("budget_spent")
    if spent is None or not sure(spent) or not reports or \
            any(rec.get("disbursed") is None or rec["disbursed"].value is None for rec in reports.values()):
        return []
    paid = {seq: rec["disbursed"] for seq, rec in reports.items()}
    got = sum((r.value for r in paid.values()), Decimal(0))
    if money_equal(got, spent.value):
        return []
    fits, lost = [], []
    for seq, reading in sorted(paid.items()):
        need = spent.value - (got - reading.value)
        token = budget_amount(reading.text) or reading.text
        if need < 0 or not ANY_DIGIT_RE.search(token):
            continue
        if _figure_reads_as(token, need):
            fits.append((seq, need, token))
        elif _digit_lost_reads_as(token, need):
            lost.append((seq, need, token))
    rule = "sum"
    if not fits:  # no reading of any part's characters: one that lost a digit of its first thousands group
        fits, rule = lost, "sum_digit_lost"
    if len(fits) != 1:
        return []
    seq, need, token = fits[0]
    total = _lines_total(expenses.get(seq, []))
    if total is not None and not money_equal(total, need):
        return []
    reading = paid[seq]
    evidence = {"rule": rule, "printed": token.strip(), "read": plain_value(reading.value), "chosen": f"{need:.2f}"}
    reports[seq]["disbursed"] = Reading(need, reading.text, reading.line_start, reading.line_end)
    how = ("the one reading of any one disbursement's characters" if rule == "sum" else
           "the one figure any one disbursement makes with a digit OCR lost from its first thousands group put back")
    return [Issue("warning", "value_repaired",
                  f"the disbursements of all reports and the budget spent: report {seq}'s disbursement printed "
                  f"{token.strip()!r} reads {reading.value:,.2f}; the reports add up to {got:,.2f}, not the budget "
                  f"spent {spent.value:,.2f}, and {need:,.2f} is {how} that makes them add up",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start,
                  reading.line_end, project_key=key, field="progress_reports.disbursed")]


# An amount printed with its thousands grouped ("3,300", "฿๑๕,๐๓๕.๐๐ บาท"'s figure), its first group one or two digits:
# OCR may have lost a digit of that group ("3,300" for ฿3๖,300) and left the grouping whole
_GROUPED_RE = regex.compile(r"^(?:[฿B#]\s?)?(\d{1,2})((?:,\d{3})+)(\.\d{2})?(?:\s*\.\s*-)?$")


def _digit_lost_reads_as(token: str, amount: Decimal) -> bool:
    """Whether `token` (a disbursement's figure as printed) is `amount`
    with one digit of its first thousands group lost ("3,300" for 36,300):
    the groups after it whole, so only the first can have lost one."""
    m = _GROUPED_RE.match(thai_digits_to_arabic(token.strip()))
    if m is None:
        return False
    head, rest, satang = m.group(1), m.group(2).replace(",", ""), m.group(3) or ""
    for i in range(len(head) + 1):
        for digit in "0123456789":
            whole = head[:i] + digit + head[i:]
            if whole[0] != "0" and money_equal(Decimal(whole + rest + satang), amount):
                return True
    return False


def _part_by_witnesses(project: Record, reports: dict[int, Record], key: str,
                       expenses: dict[int, list[Record]]) -> list[Issue]:
    """A disbursement no reading of whose own characters makes the sum hold
    (a character too many, "114600" for 11,400: _one_part_misread found no
    part), where two other printings agree on what it is: the budget
    spent, sure, less every other report's disbursement, each sure; and its
    entry's expense lines, every amount sure and every line's quantity x
    unit amount holding as read (or not printed), which add up to the same.
    Exactly one report so witnessed is set to that value (rule
    sum_witnessed).  For it to be wrong, the header's total and the entry's
    own lines would both have to be off by just the same amount.  Nothing
    where the sum holds as read, a figure is not sure, a clause names
    another report (an entry may hold another's amount), or the lines
    disagree with the sum (a line lost with its cell adds up to less)."""
    spent = project.get("budget_spent")
    if spent is None or not sure(spent) or not reports or \
            set(reports) != set(range(1, len(reports) + 1)) or \
            any(rec.get("disbursed") is None or rec["disbursed"].value is None for rec in reports.values()):
        return []
    paid = {seq: rec["disbursed"] for seq, rec in reports.items()}
    if any(_names_other_entry(r.text, seq) for seq, r in paid.items()):
        return []
    got = sum((r.value for r in paid.values()), Decimal(0))
    if money_equal(got, spent.value):
        return []
    fits = []
    for seq, reading in sorted(paid.items()):
        lines = expenses.get(seq, [])
        if not lines or not all(sure(s) for o, s in paid.items() if o != seq):
            continue
        need = spent.value - (got - reading.value)
        total = _lines_total(lines)
        if need < 0 or total is None or not money_equal(total, need) or \
                not all(sure(line["amount"]) and _product_unbroken(line) for line in lines):
            continue
        fits.append((seq, need))
    if len(fits) != 1:
        return []
    seq, need = fits[0]
    reading = paid[seq]
    token = (budget_amount(reading.text) or reading.text).strip()
    evidence = {"rule": "sum_witnessed", "printed": token, "read": plain_value(reading.value), "chosen": f"{need:.2f}"}
    reports[seq]["disbursed"] = Reading(need, reading.text, reading.line_start, reading.line_end)
    return [Issue("warning", "value_repaired",
                  f"the disbursements of all reports and the budget spent: report {seq}'s disbursement printed "
                  f"{token!r} reads {reading.value:,.2f}, and no reading of its characters makes the reports add up "
                  f"to the budget spent {spent.value:,.2f}; the budget spent less the other reports' disbursements, "
                  f"and its own expense lines, all sure, both say {need:,.2f}",
                  json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                  field="progress_reports.disbursed")]


def _printing_witnessed(project: Record, reports: dict[int, Record], key: str,
                        expenses: dict[int, list[Record]]) -> list[Issue]:
    """Where the entries' structure is in doubt (no part is read from the
    others alone: repair_amounts without `across`), the one disbursement OCR
    read as no figure ("28 765", a space for its comma: disbursed_printed)
    whose value three printings agree on: a reading of its own characters,
    the budget spent (sure) less every other report's disbursement (each
    sure), and its entry's expense lines (every amount sure, every line's
    quantity x unit amount holding as read or not printed), which add up to
    the same.  The sum of every report's amount is the
    same whichever entry holds which; the lines, an entry's own, could be
    another's only with just the amount its own characters read (rule sum,
    as repair_sum reads a part).  Nothing
    where another report's amount is unread, a figure is not sure, a clause
    names another report, or the entry has no lines."""
    spent = project.get("budget_spent")
    lost = [seq for seq, rec in reports.items() if value_of(rec, "disbursed") is None]
    if spent is None or spent.value is None or not sure(spent) or len(lost) != 1 or \
            set(reports) != set(range(1, len(reports) + 1)):
        return []
    seq = lost[0]
    printed = reports[seq].get("disbursed_printed")
    token = budget_amount(printed.text) if printed is not None else None
    others = [rec["disbursed"] for s, rec in reports.items() if s != seq]
    if token is None or not ANY_DIGIT_RE.search(token) or not all(sure(r) for r in others) or \
            any(_names_other_entry(r.text, s) for s, r in ((s, rec.get("disbursed") or printed)
                                                          for s, rec in reports.items())):
        return []
    need = spent.value - sum((r.value for r in others), Decimal(0))
    lines = expenses.get(seq, [])
    total = _lines_total(lines)
    if need <= 0 or total is None or not money_equal(total, need) or \
            not all(sure(line["amount"]) and _product_unbroken(line) for line in lines) or \
            _cents(need) not in _amount_domain(Reading(None, printed.text, printed.line_start, printed.line_end),
                                               token):
        return []
    evidence = {"rule": "sum", "printed": token.strip(), "read": None, "chosen": f"{need:.2f}"}
    reports[seq]["disbursed"] = Reading(need, printed.text, printed.line_start, printed.line_end)
    reports[seq].pop("disbursed_printed", None)
    return [Issue("warning", "value_repaired",
                  f"the disbursements of all reports and the budget spent: report {seq}'s disbursement printed "
                  f"{token.strip()!r} reads as no figure; {need:,.2f} is a reading of its characters, and the budget "
                  f"spent {spent.value:,.2f} less the other reports' disbursements and its own expense lines, all "
                  "sure, both say so (the entries' order in doubt: the sum is the same whichever holds which)",
                  json.dumps(evidence, ensure_ascii=False), printed.line_start, printed.line_end, project_key=key,
                  field="progress_reports.disbursed")]


# A report number a budget clause names before its amount, as printed ("(ครั้งที่ ๓) =")
_NAMED_AS_PRINTED_RE = regex.compile(r"(?<![\d๐-๙,.])([\d๐-๙]{1,3})\s*[)\]}]\s*[=:]")


def _names_other(text: str, seq: int) -> bool:
    """names_other_report, but a report number printed in Thai digits names
    `seq` where it differs only at digits of `seq` OCR's Thai model cannot
    write (parsers.digits.UNWRITTEN: a ๗ or ๙ is read as some other digit,
    "(ครั้งที่ ๓)" in report 7)."""
    if not names_other_report(text, seq):
        return False
    own = str(seq)
    for token in _NAMED_AS_PRINTED_RE.findall(text):
        named = thai_digits_to_arabic(token)
        if named == own or int(named) == seq:
            continue
        if not regex.fullmatch(r"[๐-๙]+", token) or len(named) != len(own) or \
                any(a != b and b not in UNWRITTEN for a, b in zip(named, own)):
            return True
    return False


def _names_other_entry(text: str, seq: int) -> bool:
    """_names_other, where a number named is another report's: a clause
    naming report 0 ("(ครั้งที่ 0) = 41380 บาท" in report 4) names no entry
    (reports number from 1), its own number misread."""
    if not _names_other(text, seq):
        return False
    return _names_other(_NAMED_ZERO_RE.sub("", text), seq)


# A report number 0 a budget clause names before its amount, as printed: "(ครั้งที่ 0) =", "(ครั้งที่ ๐๐) ="
_NAMED_ZERO_RE = regex.compile(r"(?<![\d๐-๙,.])[0๐]{1,3}(?=\s*[)\]}]\s*[=:])")


def _product_unbroken(rec: Record) -> bool:
    """Whether an expense line's quantity x unit amount = amount holds as
    read, or the line has no two of them to weigh (a figure not printed or
    not read)."""
    values = [value_of(rec, c) for c in _PRODUCT]
    return None in values or money_equal(values[0] * values[1], values[2])


def _lines_total(lines: list[Record]) -> Decimal | None:
    """What an entry's expense lines add up to, when every amount is read."""
    amounts = [rec.get("amount") for rec in lines]
    if not amounts or any(a is None or a.value is None for a in amounts):
        return None
    return sum((a.value for a in amounts), Decimal(0))


def _total_by_spent(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]],
                    key: str) -> list[Issue]:
    """The one disbursement its expense lines disagree with (a misread on one
    side), where the budget spent (sure: no other reading of its digits),
    less every other report's disbursement read, is just what the lines add
    up to: two witnesses read apart agree, and the disbursement is that sum
    when it is one reading of its printed characters (the repair said).
    Reports whose amount OCR lost then have nothing left (_nothing_left).
    ("3๓800" against lines of 27,000 + 6,000 + 4,800 and a budget spent of
    37,800, the other reports 0 and two lost: 37,800.)  A misread line would
    have to be off by exactly what the lost amounts hold for this to be
    wrong; report numbers that do not run 1..N leave it alone."""
    spent = project.get("budget_spent")
    if spent is None or spent.value is None or not sure(spent) or set(reports) != set(range(1, len(reports) + 1)):
        return []
    off = _lines_disagree(reports, expenses)
    if len(off) != 1:
        return []
    seq, total, got = off[0]
    others = sum((rec["disbursed"].value for s, rec in reports.items()
                  if s != seq and "disbursed" in rec and rec["disbursed"].value is not None), Decimal(0))
    if not money_equal(spent.value - others, got):
        return []
    outcome = repair(total, parse_baht, lambda v: v is not None and money_equal(v, got), rule="sum",
                     field="progress_reports.disbursed",
                     what=f"report {seq}'s disbursement, what its expense lines add up to and the budget spent "
                          "less the other reports' disbursements leaves", project_key=key,
                     printed=budget_amount(total.text) or total.text, baht=True)
    if not outcome.repaired:
        return []
    reports[seq]["disbursed"] = outcome.reading
    return [outcome.issue]


def _written_amounts(text: str, unread: str) -> set[Decimal] | None:
    """The amounts an expense line's printed amount may be in a document
    whose OCR never writes the digits `unread`: each Thai digit itself or an
    unread digit OCR reads as it (_written_readings), an Arabic digit itself,
    separators kept.  None where it prints a character other than a digit or
    separator, or its readings are too many to weigh (_WRITTEN_MAX)."""
    token = (budget_amount(text) or text).strip()
    token = regex.sub(r"(?:\s*(?:บาท|\.-|-)+)+$", "", token).strip()
    # a point before the last three digits is the thousands comma OCR misread (baht print two decimals)
    token = regex.sub(r"\.(?=[\d๐-๙]{3}$)", ",", token)
    if not token or not _THAI_DIGIT_RE.search(token):
        return None if not token else {v for v, _ in readings_of(token, parse_baht, baht=True)[:1]}
    readings = _written_spellings(token, unread, False, ",.", _WRITTEN_MAX)
    if readings is None:
        return None
    out: set[Decimal] = set()
    for r in readings:
        try:
            out.add(parse_baht(r))
        except (ValueParseError, ArithmeticError, ValueError):
            continue
    return out or None


_WRITTEN_MAX = 4000  # readings of one printed amount weighed at most


def _lines_written_rivals(lines: list[Record], total: Reading, spent: Reading, others: Decimal, got: Decimal,
                          unread: str) -> list[Decimal]:
    """Other totals than `got` (what an entry's expense lines add up to as
    read) that, in a document whose OCR never writes some digits (`unread`:
    parsers.digits.unread_digits), its lines may add up to, read through the
    digits each Thai digit may stand for (_written_amounts), and that are a
    reading of the entry's disbursement (`total`) and, with the other
    reports' disbursements (`others`), of the budget spent as well: where
    there is one, the lines meet the two printings on it as well as on
    `got`, and `got` is no surer than it.  Set s64z: bma_progress_s64z002's
    report 5, lines '๕,๒๐๐', '๑๑,๕๐๐', '๑๓.๒๐๐' (29,900 as read) and a
    disbursement and budget spent both '๒๕,๕๐๐': 29,900 was taken; the
    lines were ๔,๒๐๐ + ๑๑,๔๐๐ + ๑๓,๒๐๐, 28,800, a reading of both too.
    Empty where the document writes every digit, or a line cannot be
    weighed so (then nothing is said: as before)."""
    if not unread or not lines:
        return []
    printed = budget_amount(total.text) or total.text
    wanted = {v for v, _ in readings_of(printed, parse_baht, baht=True)
              if v is not None and not money_equal(v, got) and v > 0 and _figure_reads_as(spent.text, others + v)}
    if not wanted:
        return []
    sums = _lines_written_sums(lines, unread, max(wanted))
    return sorted(v for v in wanted if v in sums) if sums else []


def _lines_written_sums(lines: list[Record], unread: str, top: Decimal) -> set[Decimal] | None:
    """What an entry's expense lines may add up to, up to `top`, in a
    document whose OCR never writes the digits `unread`: every line's
    amount read through the digits each of its characters may stand for
    (_written_amounts).  None where a line has no amount or one that cannot
    be weighed so, or the sums to weigh are too many (WRITTEN_PAIRS pairs
    of a sum so far and a line's reading, none past `top`)."""
    cap = _cents(top)
    sums: set[int] = {0}
    for rec in lines:
        amount = rec.get("amount")
        amounts = _written_amounts(amount.text, unread) if amount is not None and amount.text else None
        if amounts is None:
            return None
        cents = [c for c in map(_cents, amounts) if c <= cap]
        if len(sums) * len(cents) > WRITTEN_PAIRS:
            return None
        sums = {a + b for a in sums for b in cents if a + b <= cap}
    return {Decimal(c) / 100 for c in sums}


WRITTEN_PAIRS = 2_000_000  # sums of expense lines' readings weighed at most (about a tenth of a second)


def _spent_lines_in_doubt(seq: int, spent: Reading, total: Reading, got: Decimal, target: Decimal,
                          rivals: list[Decimal], key: str) -> Issue:
    """_spent_by_lines' meeting of the lines, the disbursement and the
    budget spent where the lines may add up to other totals the two
    printings read as too (_lines_written_rivals): said in doubt (rule sum,
    repair_ambiguous, the other totals among its candidates), none chosen:
    both are left as read."""
    others = target - got
    evidence = {"rule": "sum", "printed": spent.text.strip(),
                "read": None if spent.value is None else f"{spent.value:.2f}",
                "candidates": [f"{target:.2f}", *(f"{others + v:.2f}" for v in rivals[:9])]}
    said = "is unreadable" if spent.value is None else f"reads {spent.value:,.2f}"
    return Issue("warning", "repair_ambiguous",
                 f"budget spent: printed {spent.text.strip()!r} {said}; report {seq}'s expense lines add up to "
                 f"{got:,.2f}, and with the other reports' disbursements that is {target:,.2f}, one reading of those "
                 f"characters and of the disbursement's ({(budget_amount(total.text) or total.text).strip()!r}); but "
                 f"this document's OCR never writes some digits, and the lines' may stand for them: they may as well "
                 f"add up to {', '.join(f'{v:,.2f}' for v in rivals[:5])}, which both printings read as too: none is "
                 "chosen", json.dumps(evidence, ensure_ascii=False), spent.line_start, spent.line_end,
                 project_key=key, field="projects.budget_spent")


def _lines_disagree(reports: dict[int, Record],
                    expenses: dict[int, list[Record]]) -> list[tuple[int, Reading, Decimal]]:
    """The reports whose expense lines, every one read, add up to other
    than their disbursement as read: (report, its disbursement, the lines'
    total) for each."""
    off = []
    for seq, lines in expenses.items():
        total = reports[seq].get("disbursed") if seq in reports else None
        amounts = [rec.get("amount") for rec in lines]
        if total is None or total.value is None or not lines or any(a is None or a.value is None for a in amounts):
            continue
        got = sum((a.value for a in amounts), Decimal(0))
        if not money_equal(got, total.value):
            off.append((seq, total, got))
    return off


def _spent_by_lines(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]],
                    key: str) -> list[Issue]:
    """The budget spent misread together with the one disbursement its
    expense lines disagree with (_total_by_spent's case where the budget
    spent is not sure: its digits have other readings): when one reading of
    the budget spent's characters is the other reports' disbursements plus
    what that entry's lines add up to, the lines and the budget spent, read
    apart, meet on one figure.  The budget spent is that reading, and the
    disbursement the lines' total where that is one reading of its own
    characters (rule sum: three printings meet); where it is not (OCR
    garbled it past its readings) the disbursement stays as read, flagged,
    and the budget spent is taken in doubt (rule sum_as_read,
    repair_ambiguous with the value set).  ("๓๒,๓๒๐" against a line total
    of 14,400 for a disbursement read "๑๕,๕๐๐" and another report's 18,320:
    32,720, and the disbursement 14,400.)  Every report's disbursement must
    be read, and every line of that entry; a misread line would have to be
    off by just what a reading of the budget spent allows."""
    spent = _read_or_printing(project, "budget_spent")
    if spent is None or sure(spent) or not ANY_DIGIT_RE.search(spent.text) or not reports or \
            set(reports) != set(range(1, len(reports) + 1)) or \
            any(rec.get("disbursed") is None or rec["disbursed"].value is None for rec in reports.values()):
        return []
    off = _lines_disagree(reports, expenses)
    if len(off) != 1:
        return []
    seq, total, got = off[0]
    others = sum((rec["disbursed"].value for s, rec in reports.items() if s != seq), Decimal(0))
    target = others + got
    if target <= 0 or (spent.value is not None and money_equal(spent.value, target)) or \
            not _figure_reads_as(spent.text, target):
        return []
    rivals = _lines_written_rivals(expenses[seq], total, spent, others, got, value_of(project, "unread_digits") or "")
    if rivals:
        return [_spent_lines_in_doubt(seq, spent, total, got, target, rivals, key)]
    issues: list[Issue] = []
    outcome = repair(total, parse_baht, lambda v: v is not None and money_equal(v, got), rule="sum",
                     field="progress_reports.disbursed",
                     what=f"report {seq}'s disbursement, what its expense lines add up to and a reading of the "
                          "budget spent less the other reports' disbursements leaves", project_key=key,
                     printed=budget_amount(total.text) or total.text, baht=True)
    if outcome.repaired:
        reports[seq]["disbursed"] = outcome.reading
        issues.append(outcome.issue)
    both = outcome.repaired
    evidence = {"rule": "sum" if both else "sum_as_read", "printed": spent.text.strip(),
                "read": None if spent.value is None else f"{spent.value:.2f}", "chosen": f"{target:.2f}"}
    message = (f"budget spent: printed {spent.text.strip()!r} "
               + ("is unreadable" if spent.value is None else f"reads {spent.value:,.2f}")
               + f"; report {seq}'s expense lines add up to {got:,.2f}, and with the other reports' disbursements "
               f"that is {target:,.2f}, one reading of those characters")
    project["budget_spent"] = Reading(target, spent.text, spent.line_start, spent.line_end)
    project.pop("budget_spent_printed", None)
    if both:
        issues.append(Issue("warning", "value_repaired", message + ", and the disbursement's own reads so too",
                            json.dumps(evidence, ensure_ascii=False), spent.line_start, spent.line_end,
                            project_key=key, field="projects.budget_spent"))
    else:
        # (the parts as read: the other reports' disbursements, and what that entry's lines add up to)
        evidence["candidates"] = [f"{(got if s == seq else rec['disbursed'].value):.2f}"
                                  for s, rec in sorted(reports.items())]
        issues.append(Issue("warning", "repair_ambiguous", message + f"; the disbursement's characters "
                            f"{(budget_amount(total.text) or total.text).strip()!r} do not read so: taken, in doubt",
                            json.dumps(evidence, ensure_ascii=False), spent.line_start, spent.line_end,
                            project_key=key, field="projects.budget_spent"))
    return issues


def _spent_at_least(project: Record, read: list[Reading], key: str) -> Issue | None:
    """The budget spent misread where several reports' amounts were lost
    too: the lost amounts are never negative, so the budget spent is at
    least what the read ones add up to.  When exactly one reading of its
    characters is, and it is that sum itself, it is the budget spent (and
    nothing is left for the lost ones); the repair is said.  Only with
    every read amount sure (no other reading of its digits): a misread part
    would move the sum.  ("งบประมาณที่ใช้ไป : ๑๙๖๐๐" read ๑๕๒๐๐, the
    reports read 0 + 19,600 + 0 + 0 and three lost: of 15,200, 15,600,
    19,200 and 19,600 only 19,600 is no less than the sum.)  None when
    nothing is mended."""
    got = sum((r.value for r in read), Decimal(0))
    if not all(sure(r) for r in read):
        return None
    spent = project["budget_spent"]
    outcome = repair(spent, parse_baht, lambda v: v is not None and (v > got or money_equal(v, got)), rule="sum",
                     field="projects.budget_spent", what="the budget spent, no less than the disbursements read",
                     project_key=key, baht=True)
    if not outcome.repaired or not money_equal(outcome.reading.value, got):
        return None
    project["budget_spent"] = outcome.reading
    return outcome.issue


def record_lines(rec: Record) -> tuple[int | None, int | None]:
    """The line span a record's readings cover (None, None if it has none)."""
    if not rec:
        return None, None
    return min(r.line_start for r in rec.values()), max(r.line_end for r in rec.values())


# What says the entries themselves are in doubt (parsers.bma_progress.assemble): figures with no entry or
# two for one, an entry opened from its figures alone, numbers named that gave no entry.
STRUCTURE_DOUBTS = frozenset({"conflicting_figures", "orphan_figures", "entry_header_missing", "unread_entries",
                              "entry_cell_in_doubt"})


# The fields of an entry_cell_in_doubt that is about the entries' texts alone: a description's cell (an expense
# line it holds, a cancellation among its words) whose entry the layout does not pin moves no date or figure
TEXT_DOUBT_FIELDS = frozenset({"progress_reports.description", "expenses", "progress_reports.cancelled",
                               "projects.plan_status"})


class Doubts(frozenset):
    """The (code, field) of the issues that put the entries in doubt
    (structure_in_doubt): true when there is one, as the plain answer was;
    the repairs ask it which rows the doubt is about."""


def structure_in_doubt(reports: dict[int, Record], issues: list[Issue], figures: bool = False) -> Doubts:
    """Whether the report entries may hold one another's parts: an issue of
    STRUCTURE_DOUBTS among the copies' (a report number missing from the run
    is no doubt by itself: the sum repairs leave those alone already).
    With `figures`, whether their dates and figures may: a doubt about a
    description's cells alone (TEXT_DOUBT_FIELDS) is none.  The answer is
    the doubting issues' (code, field), true when there is one."""
    return Doubts((i.code, i.field) for i in issues if i.code in STRUCTURE_DOUBTS and not (
        figures and i.code == "entry_cell_in_doubt" and i.field in TEXT_DOUBT_FIELDS))


def _money_in_doubt(doubt: bool | Doubts, figures_doubt: bool | Doubts) -> bool:
    """Whether the entries' amounts may be one another's, for the repairs
    that weigh them against each other and the budget spent: where the
    entries are in doubt, unless only a description's words are (a doubt
    about texts alone, TEXT_DOUBT_FIELDS, that moves no figure, and about
    no expense line: a line whose entry is not pinned may be another
    entry's part)."""
    if not doubt or figures_doubt:
        return bool(doubt)
    return not isinstance(doubt, Doubts) or any(field is None or field.startswith("expenses") for _, field in doubt)


def _dates_may_move(figures_doubt: bool | Doubts) -> bool:
    """Whether a doubt about the entries may have moved their report dates
    (then _years_in_doubt reads none again): unless it is a doubt whose
    issues are known (structure_in_doubt) and none of them is about the row
    of the dates itself (a cell of that row in doubt: a date may belong to
    the entry before or after)."""
    return not (isinstance(figures_doubt, Doubts) and figures_doubt
                and not any(field == "progress_reports.report_date" for _, field in figures_doubt))


# A progress whose "%" OCR read as the digits "96" ("50.0%" read "50.096"): its number and those two digits
_SIGN_AS_96_RE = regex.compile(r"^(\d{1,3}\.(\d{1,2}))96$")
_DECIMALS_RE = regex.compile(r"^\d{1,3}\.(\d{1,2})$")


def repair_percent_sign(reports: dict[int, Record], key: str) -> list[Issue]:
    """A progress printed with its "%" glued on ("50.0%") whose sign OCR read
    as "96" ("50.096", and no "%" in its clause) is the number before them,
    when at least two other reports of the copy print their progress with a
    "%" and as many decimals as that number has (the form's own way of
    printing it): then "96" is no part of the figure."""
    issues: list[Issue] = []
    shapes: dict[int, tuple[str, bool, str]] = {}
    for seq, rec in reports.items():
        reading = rec.get("progress_pct")
        token = progress_token(reading.text) if reading is not None else None
        if token is not None:
            src = thai_digits_to_arabic(token.strip())
            after = reading.text[reading.text.find(token) + len(token):]
            shapes[seq] = (src, after.lstrip().startswith("%"), token.strip())
    for seq, (src, signed, token) in shapes.items():
        m = _SIGN_AS_96_RE.match(src)
        if signed:
            issues += _sign_digit_before(reports, seq, src, token, shapes, key)
        if m is None or signed:
            continue
        others = [_DECIMALS_RE.match(o) for s, (o, sign, _) in shapes.items() if s != seq and sign]
        if len(others) < 2 or not all(others) or {len(o.group(1)) for o in others} != {len(m.group(2))}:
            continue
        value = float(m.group(1))
        if value > 100:
            continue
        reading = reports[seq]["progress_pct"]
        if not certain(token[:-2]):
            # the sign is known, not the Thai digits before it ("2๕.596" for 2๙.5%): none is chosen
            evidence = {"rule": "percent_sign", "printed": src, "read": reading.value, "candidates": [value]}
            issues.append(Issue("warning", "repair_ambiguous",
                                f"report {seq}'s progress: printed {src!r} with no '%' after it, where {len(others)} "
                                f"other reports print theirs with {len(m.group(2))} decimal(s) and a '%': its '96' is "
                                f"the sign OCR misread, but the Thai digits before it may be misread too, so "
                                f"{value} is not chosen", json.dumps(evidence, ensure_ascii=False), *reading.span,
                                project_key=key, field="progress_reports.progress_pct"))
            continue
        reports[seq]["progress_pct"] = Reading(value, reading.text, reading.line_start, reading.line_end)
        issues.append(_repaired(reading, key, "progress_reports.progress_pct", "percent_sign", src, value,
                                f"report {seq}'s progress: printed {src!r} with no '%' after it, where {len(others)} "
                                f"other reports print theirs with {len(m.group(2))} decimal(s) and a '%': its '96' "
                                f"is the sign OCR misread, the progress {value}"))
    return issues


# A progress printed with a "%" whose sign's first stroke OCR read as a digit more before it ("25.5%" read
# "25.59%"): its number and the digit, the 9 the sign's ring is read as (it is read as a 0 too, "2๙.๐%" read
# "2๓.๐0%", which changes no value)
_SIGN_DIGIT_RE = regex.compile(r"^(\d{1,3}\.(\d{1,2}))(9)$")


# ... or a "%" OCR read with its strokes as digits on both sides ("๑๓.๐05%6" for ๑๓.๐%, "๕๕.๐9%6" for ๕๕.๐%): a
# digit glued right after the sign (no figure is printed glued after a "%"), and one or two digits more before it
# than the decimals the copy's other progress figures print: the number with those decimals, then what the sign
# became (grouped as _SIGN_DIGIT_RE is: the number, its decimals, the strokes)
_DIGIT_AFTER_SIGN_RE = regex.compile(r"^[ \t]*%[\d๐-๙]")


def _strokes_around_sign(text: str, token: str, src: str, places: set[int]) -> regex.Match | None:
    """The progress `src` (Arabic digits, printed `token` in `text`) split as
    its number and the strokes of a "%" OCR read as digits around the sign
    (see above), where a digit stands glued after the sign and the other
    reports of the copy print their progress with a "%" and one number of
    decimals (`places`, _sign_digit_before's): its number keeps that many,
    the one or two digits past them the sign's; None otherwise."""
    after = text[text.find(token) + len(token):] if token in text else ""
    if not _DIGIT_AFTER_SIGN_RE.match(after) or len(places) != 1:
        return None
    n = next(iter(places))
    return regex.match(rf"^(\d{{1,3}}\.(\d{{{n}}}))(\d{{1,2}})$", src)


def _sign_digit_before(reports: dict[int, Record], seq: int, src: str, token: str,
                       shapes: dict[int, tuple[str, bool, str]], key: str) -> list[Issue]:
    """A progress printed with a "%" after it and one decimal more than
    every other progress of the copy, at least two, printed with a "%" and
    as many decimals as one another (the form prints its progress one way:
    "20.0%", "21.0%"), whose last digit before the sign is a 9, the sign's
    ring as OCR reads it ("25.59%" for 25.5%): that digit is the sign's
    first stroke OCR read twice, and the progress is the number before it
    (rule percent_sign, as a "%" read "96" is).  Said in doubt, the number
    without the digit kept, where its Thai digits could be others ("2๓.๕9%":
    the sign is known, not the ๓, which may be a ๗ or ๙), or where it
    stands out of order with its neighbours as they read.  Before, the
    digit was kept and the figure, in order with its neighbours, went
    unsaid (set s60o: 25.59 for 25.5)."""
    m = _SIGN_DIGIT_RE.match(src)
    others = [_DECIMALS_RE.match(o) for s, (o, sign, _) in shapes.items() if s != seq and sign]
    # the decimals the copy's other reports print their progress with and a "%" (two or more reports, each read)
    places = {len(o.group(1)) for o in others} if len(others) >= 2 and all(others) else set()
    reading = reports[seq]["progress_pct"]
    if m is None or places != {len(m.group(2))}:
        m = _strokes_around_sign(reading.text, token, src, places)
    if m is None:
        return []
    value = float(m.group(1))
    if value > 100 or reading.value == value:
        return []
    seqs = sorted(s for s in reports if value_of(reports[s], "progress_pct") is not None)
    before = [v for s in seqs if s < seq and (v := value_of(reports[s], "progress_pct")) is not None]
    after = [v for s in seqs if s > seq and not value_of(reports[s], "cancelled")
             and (v := value_of(reports[s], "progress_pct")) is not None]
    in_order = all(v <= value for v in before) and all(value <= v for v in after)
    more = len(m.group(3))
    said = (f"report {seq}'s progress: printed {src!r} before its '%', {'one decimal' if more == 1 else 'two decimals'} "
            f"more than the {len(others)} other reports print theirs with ({len(m.group(2))}) and a '%': its last "
            f"'{m.group(3)}' {'is' if more == 1 else 'are'} the sign's stroke{'s' if more > 1 else ''} OCR read as "
            f"{'a digit' if more == 1 else 'digits'}")
    reports[seq]["progress_pct"] = Reading(value, reading.text, reading.line_start, reading.line_end)
    number = token[:-more]
    if certain(number) and in_order:
        return [_repaired(reading, key, "progress_reports.progress_pct", "percent_sign", src, value,
                          f"{said}, the progress {value}")]
    evidence = {"rule": "percent_sign", "printed": src, "read": plain_value(reading.value), "candidates": [value],
                "kept": plain_value(value)}
    why = "its Thai digits may be misread too" if not certain(number) else \
        "it then stands out of order with its neighbours as they read"
    return [Issue("warning", "repair_ambiguous", f"{said}; read {value} without it, in doubt: {why}",
                  json.dumps(evidence, ensure_ascii=False), *reading.span, project_key=key,
                  field="progress_reports.progress_pct")]


def _year_said_implausible(year_issues: list[Issue]) -> bool:
    """Whether the fiscal year was kept as printed and said implausible: the
    form's dates outvote it (_year_against_dates) or no reading of it is a
    year of the archive.  Its window then repairs no date: a date read again
    into a year the form itself doubts is a wrong value made, not mended."""
    return any(i.code == "implausible_value" and i.field == "projects.fiscal_year_be" for i in year_issues)


# The rules that read a report date's year or month from the form and keep its day as printed
_DAY_AS_PRINTED_RULES = ("date_order", "report_window", "report_calendar", "done_before")
# A date's day printed first: its one or two digits after a few specks (":: ", ":\t: "), then no digit; and
# where a separator follows, its month printed in digits too ("๒๑/๐5/๒๕๐๕": day ๒๑, month ๐5)
_KEPT_DAY_RE = regex.compile(r"^[^\d๐-๙]{0,5}?([\d๐-๙]{1,2})(?![\d๐-๙])"
                             r"(?:\s*[/.\-|]\s*([\d๐-๙]{1,2})(?![\d๐-๙])\s*[/.\-|])?")


def _day_readings(day: str, pairs: Sequence[tuple[str, str]], unread: str = "", mixed: bool = False) -> set[int]:
    """The numbers a day (or a month) printed in digits may be under `pairs`
    (printed, read: ๖ ๗ ๙ read as ๑, ๗ as ๐), one Thai digit of it or both
    read through them, and through the table's readings of a Thai digit as
    a digit this document never writes (`unread`: ๕ for ๔ ๘ ๙, ๒ or ๐ for
    ๖, ๓ for ๗ ๙: _written_readings); an Arabic digit as printed, or, in a
    date that holds Thai digits too (`mixed`), an Arabic 5 or 9 for a ๖ the
    model cannot write (_written_readings), an Arabic 0 for a ๗ or ๙
    (ARABIC_DOUBT_READS).  Days 1-31 only."""
    options = []
    for ch in day:
        digit = thai_digits_to_arabic(ch)
        own = {digit}
        if ch != digit:  # (a Thai digit)
            own |= {p for p, r in pairs if r == digit}
        if unread:
            own |= set(_written_readings(ch, unread, mixed))
            if mixed and ch == digit:  # (an Arabic digit among Thai ones: the rarer Arabic reads too)
                own |= {d for d in ARABIC_DOUBT_READS.get(ch, "") if d in unread}
        options.append(own)
    out = {0}
    for own in options:
        out = {10 * v + int(d) for v in out for d in own if d.isdigit()}
    return {v for v in out if 1 <= v <= 31}


# A number that mixes the scripts in print: a Thai digit and an Arabic one OCR writes for no Thai digit in one
# printing of three hundred or more (ARABIC_DOUBT_READS: the engine's 0, 5 and 9 aside), with no space between
_MIXED_PRINT_RE = regex.compile(r"(?=[\d๐-๙]*[๐-๙])(?=[\d๐-๙]*[" + "".join(
    d for d in "0123456789" if d not in ARABIC_DOUBT_READS) + r"])[\d๐-๙]{2,}")
# How many of its report entries' figures must mix the scripts so for a form to print its digits mixed
MIXED_PRINTINGS = 2


def prints_scripts_mixed(reports: dict[int, Record]) -> bool:
    """Whether the form prints its digits mixing the scripts inside a
    number (a form may: "๒5/1๑/2๕6", "29 มิถุนายน 2๕๐๑"): MIXED_PRINTINGS of
    its report entries' readings, or more, hold a number with a Thai digit
    beside an Arabic digit the OCR engine writes for no Thai digit
    (_MIXED_PRINT_RE: a 1, 2, 3, 4, 6, 7 or 8; tesseract's Thai model writes
    an Arabic 5 or 9 for a ๖ in one printing of fifty, a 0 for a ๗ or ๙ in
    one of three hundred, the rest next to never: MEASURED_READS).  In such
    a form an Arabic 5, 9 or 0 beside Thai digits is printed so far more
    often than it is a Thai digit misread."""
    n = 0
    for rec in reports.values():
        for reading in rec.values():
            if isinstance(reading, Reading) and isinstance(reading.text, str) and \
                    _MIXED_PRINT_RE.search(reading.text):
                n += 1
                if n >= MIXED_PRINTINGS:
                    return True
    return False


def _other_days(printed: str, chosen: date, pairs: Sequence[tuple[str, str]], unread: str,
                lo: date, hi: date, scripts_mixed: bool = False) -> tuple[str, list[date]] | None:
    """The other dates a report date chosen by a rule that kept its day
    (and a month printed in digits) as printed may be, between `lo` and
    `hi`: its day and month each read through the digits the document's OCR
    never writes (_day_readings), in the chosen year or the one either side
    (a month read again may cross the new year), each a day of its month;
    with the day and month as printed (a string for the message).  None
    where the printing's day does not read as the date chosen (the rule
    read it otherwise); a month printed otherwise than chosen (the form's
    calendar read it) is the chosen one, its day alone weighed.  In a form
    that prints its digits mixing the scripts (`scripts_mixed`:
    prints_scripts_mixed) an Arabic digit is read as printed: its rarer
    readings as a Thai digit the model cannot write are no doubt there."""
    m = _KEPT_DAY_RE.match(printed)
    if m is None:
        return None
    mixed = bool(regex.search(r"[๐-๙]", printed)) and not scripts_mixed
    days = _day_readings(m.group(1), pairs, unread, mixed)
    months = {chosen.month} if m.group(2) is None else \
        {v for v in _day_readings(m.group(2), pairs, unread, mixed) if v <= 12}
    if m.group(2) is not None and int(thai_digits_to_arabic(m.group(2))) != chosen.month:
        months = {chosen.month}  # (the rule read the month otherwise, by the form's calendar: its day alone kept)
    if int(thai_digits_to_arabic(m.group(1))) != chosen.day or chosen.day not in days:
        return None
    others = set()
    for month in months:
        for day in days:
            for year in (chosen.year - 1, chosen.year, chosen.year + 1):
                if day > calendar.monthrange(year, month)[1]:
                    continue
                other = date(year, month, day)
                if other != chosen and lo <= other <= hi:
                    others.add(other)
    return m.group(1) + ("" if m.group(2) is None else f"/{m.group(2)}"), sorted(others)


def _days_unwritten(project: Record, reports: dict[int, Record], date_issues: list[Issue]) -> list[Issue]:
    """Report dates a rule repaired by their year or month (date_order,
    report_window, report_calendar, done_before), keeping the day (and a
    month printed in digits) as printed, where the document's OCR never
    writes some digits (_unwritten_pairs: tesseract's Thai model writes no
    ๔ ๖ ๗ ๘ ๙; a ๑ or ๐ may be a ๖ ๗ ๙, a ๕ a ๔ ๘ ๙, a ๒ or ๐ a ๖, a ๓ a
    ๗ ๙, an Arabic 5 beside Thai digits a ๖) and a reading of the day or
    the month through those misreads (_other_days) gives another date that
    stands between the neighbouring reports' dates (a neighbour left unread
    bounding by its earliest and latest readings, as _reading_bounds has
    it) and inside the report window ("๑๑ UA. 2565" for ๑๖ ม.ค., "๒๑ A.A. ๒๕๒๑" for ๒๖ ก.ค.,
    ":: ๒๑/๑๒/๒๕๒๕" for ๒๙/๑๒, ":: ๒๑/๐5/๒๕๐๕" for ๒๑/๐๖): nothing tells
    the day or month, so the repair is said in doubt (repair_ambiguous, the
    date chosen kept, the other dates named).  Where no other reading stands
    there, the constraints settle the day and month and the repair stands.
    Of the day-only such repairs in the worked sets about as many kept a
    true ๑ as a misread ๖, so none is taken as sure.  An Arabic digit
    beside Thai ones is weighed so only where the form does not print its
    digits mixing the scripts (prints_scripts_mixed): where it does, an
    Arabic 5, 9 or 0 is printed so far more often than a ๖, ๗ or ๙ is
    misread as it (one printing in fifty, in three hundred), and the
    repair stands (of 17 such flags on the worked sets, every one had kept
    the true date)."""
    pairs = _unwritten_pairs(project)
    unread = value_of(project, "unread_digits") or ""
    fy = value_of(project, "fiscal_year_be")
    if not pairs or not isinstance(fy, int) or not any(
            i.code == "value_repaired" and i.field == "progress_reports.report_date" for i in date_issues):
        return date_issues
    window = report_window(fy)
    scripts_mixed = prints_scripts_mixed(reports)
    dated = {seq: v for seq, rec in reports.items() if isinstance(v := value_of(rec, "report_date"), date)}
    # the reports whose dates stay unread: their earliest and latest readings inside the window bound their
    # neighbours as _reading_bounds has them bound the rules (a date read only from a broken shape bounds nothing)
    unread_spans: dict[int, tuple[date, date]] = {}
    for seq, rec in reports.items():
        printed = rec.get("report_date") or rec.get("report_date_printed")
        if seq in dated or printed is None or shape_mended(printed.text):
            continue
        if could := [d for d in date_readings(printed.text) if window[0] <= d <= window[1]]:
            unread_spans[seq] = (min(could), max(could))
    out: list[Issue] = []
    for issue in date_issues:
        evidence = json.loads(issue.evidence or "{}") if issue.code == "value_repaired" and \
            issue.field == "progress_reports.report_date" else {}
        if evidence.get("rule") not in _DAY_AS_PRINTED_RULES or not evidence.get("chosen"):
            out.append(issue)
            continue
        chosen = date.fromisoformat(evidence["chosen"])
        seq = next((s for s, rec in reports.items() if dated.get(s) == chosen
                    and (rec["report_date"].line_start, rec["report_date"].line_end)
                    == (issue.line_start, issue.line_end)), None)
        lo = max([window[0], *(d for s, d in dated.items() if seq is not None and s < seq),
                  *(span[0] for s, span in unread_spans.items() if seq is not None and s < seq)])
        hi = min([window[1], *(d for s, d in dated.items() if seq is not None and s > seq),
                  *(span[1] for s, span in unread_spans.items() if seq is not None and s > seq)])
        broken = not lo <= chosen <= hi
        if broken:
            # the date chosen stands outside its neighbours' bounds itself: a neighbour's date is misread (fresh sets
            # s76b, bma_progress_s76b008: report 3 read 2023-01-23 bounding report 5's 2022-09-21 from below; s78b,
            # bma_progress_s78b007: report 7's readings, all in January, bounding report 4's 2019-01-21 from above),
            # and bounds that rule out the choice itself rule out no other reading: the report window alone bounds
            # the day and month kept (before, ๒๑ kept as printed stood as sure, for ๒๙ and ๒๗); the same day and
            # month in another year of the window is the rule's choice of year, not a reading of what it kept
            lo, hi = window
        found = None if seq is None else \
            _other_days(str(evidence.get("printed", "")), chosen, pairs, unread, lo, hi, scripts_mixed)
        if found is not None and broken:
            found = found[0], [d for d in found[1] if (d.month, d.day) != (chosen.month, chosen.day)]
        if found is None or not found[1]:
            out.append(issue)
            continue
        shown, others = found
        evidence.update({"kept": evidence.pop("chosen"), "candidates": [str(d) for d in [chosen, *others]],
                         "rare_misreads": True})
        out.append(Issue("warning", "repair_ambiguous",
                         f"{issue.message}; taken in doubt: its day and month as printed, {shown!r}, hold digits "
                         "this document's OCR writes for digits it never writes (a ๖ ๗ or ๙ often comes out ๑, "
                         "a ๗ ๐, a ๔ ๘ or ๙ ๕, a ๖ ๒ ๐ or an Arabic 5), so it may as well be "
                         f"{', '.join(str(d) for d in others)}, between its neighbours' dates as well",
                         json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                         project_key=issue.project_key, field=issue.field))
    return out


# A report date whose one-digit day OCR read with a letter glued before it (":: ว4 กุมภาพันธ์ 2561" for 24): the letter
# may be the day's first digit misread
_GLUED_DAY_RE = regex.compile(r"^[\s:;=]*[^\W\d_][\d๐-๙](?![\d๐-๙])")


def _days_glued(reports: dict[int, Record], key: str, date_issues: list[Issue]) -> list[Issue]:
    """Report dates read with a one-digit day that a letter stands glued
    before (":: ว4 กุมภาพันธ์ 2561": the ว a 2 misread, the date the 24th),
    no rule having said anything of them: the letter may be the day's first
    digit, so the day may as well be 1N, 2N or 3N where that date stands
    between its neighbours' dates (the reports before and after it).  Said
    repair_ambiguous, the date kept (evidence kept, candidates).  Before,
    the day stood as read with no issue (fresh set s98p, bma_progress_s98p008:
    the 4th for the 24th)."""
    said = {(i.line_start, i.line_end) for i in date_issues if i.field == "progress_reports.report_date"}
    dated = {seq: v for seq, rec in reports.items() if isinstance(v := value_of(rec, "report_date"), date)}
    out: list[Issue] = []
    for seq, day in sorted(dated.items()):
        reading = reports[seq]["report_date"]
        if not _GLUED_DAY_RE.match(reading.text) or (reading.line_start, reading.line_end) in said:
            continue
        lo = max((d for s, d in dated.items() if s < seq), default=date.min)
        hi = min((d for s, d in dated.items() if s > seq), default=date.max)
        others = []
        for tens in (1, 2, 3):
            try:
                other = day.replace(day=10 * tens + day.day)
            except ValueError:
                continue
            if lo <= other <= hi:
                others.append(other)
        if not others:
            continue
        evidence = {"rule": "date_order", "printed": reading.text.strip(" :"), "read": str(day), "kept": str(day),
                    "candidates": [str(d) for d in [day, *others]]}
        out.append(Issue("warning", "repair_ambiguous",
                         f"report {seq}'s date {reading.text.strip(' :')!r} reads {day}: a letter stands glued before "
                         f"its one-digit day, which may be the day's first digit OCR misread, so it may as well be "
                         f"{', '.join(str(d) for d in others)}, between its neighbours' dates as well; kept as read",
                         json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end,
                         project_key=key, field="progress_reports.report_date"))
    return out


def _days_in_letters(date_issues: list[Issue]) -> list[Issue]:
    """Report dates a rule repaired to the one reading of their characters
    that fits (between the neighbours' dates, in the place the form's
    calendar gives, in order with every reading of the others) whose day
    OCR printed in letters alone, no digit among them
    (normalizers.confusions.day_in_letters: "๒๐๑๕-๑๒-ญ" repaired 2019-12-07
    for the 9th, "ออ/ญ/๒๕๒๑" 2018-07-06 for the 16th): each letter was
    seen for a digit a few times, some for two (ญ for ๗ and for ๙), and the
    readings hold only the digits measured for it, so the one left proves
    nothing of the day.  Each is said repair_ambiguous, the date chosen kept
    (evidence kept, day_letters), as _days_unwritten says a day in doubt.
    Not a date another copy of the form printed (copy_readings: that copy's
    reading is the witness)."""
    out: list[Issue] = []
    for issue in date_issues:
        evidence = json.loads(issue.evidence or "{}") if issue.code == "value_repaired" and \
            issue.field == "progress_reports.report_date" else {}
        if not evidence.get("chosen") or evidence.get("rule") == "copy_readings" or \
                not day_in_letters(str(evidence.get("printed", ""))):
            out.append(issue)
            continue
        evidence.update({"kept": evidence.pop("chosen"), "day_letters": True})
        out.append(Issue("warning", "repair_ambiguous",
                         f"{issue.message.rstrip()}; taken in doubt: its day is printed in letters OCR makes of digits, no "
                         "digit among them, each seen for a digit a few times (some for two: ญ for ๗ and for ๙), so "
                         "the one reading left proves nothing of the day",
                         json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                         project_key=issue.project_key, field=issue.field))
    return out


def _dates_in_doubt(date_issues: list[Issue], year_issues: list[Issue]) -> list[Issue]:
    """The date repairs of a form whose fiscal year was taken in doubt among
    readings the dates tie on (_year_tied: rule fiscal_year, a year
    `chosen`): each value_repaired is said repair_ambiguous, the value it
    chose kept (`chosen`) and the fiscal year's candidates named in its
    message, as the year the date was read into may be another (set s58o: a
    form of 2567 read 2561, its end and two report dates moved into 2561)."""
    tie = next((e for i in year_issues if i.field == "projects.fiscal_year_be" and i.code == "repair_ambiguous"
                and (e := json.loads(i.evidence or "{}")).get("rule") == "fiscal_year"
                and e.get("chosen") is not None), None)
    if tie is None:
        return date_issues
    out: list[Issue] = []
    for issue in date_issues:
        if issue.code != "value_repaired":
            out.append(issue)
            continue
        evidence = json.loads(issue.evidence or "{}")
        out.append(Issue("warning", "repair_ambiguous",
                         f"{issue.message}; taken in doubt: the fiscal year it was read by, {tie['chosen']}, is in "
                         f"doubt (it may be {', '.join(str(y) for y in tie['candidates'] if y != tie['chosen'])})",
                         json.dumps(evidence, ensure_ascii=False), issue.line_start, issue.line_end,
                         project_key=issue.project_key, field=issue.field))
    return out


def _year_sure(project: Record, year_issues: list[Issue]) -> bool:
    """Whether the fiscal year stands as a year to weigh the project's dates
    by: read inside the archive's years, and no doubt said of it that chose
    nothing (implausible_value, a repair_ambiguous that kept the printing:
    one that chose a year, as the written digits do, names it `chosen`)."""
    fy = value_of(project, "fiscal_year_be")
    return isinstance(fy, int) and YEAR_RANGE[0] <= fy <= YEAR_RANGE[1] and not any(
        i.field in ("projects.fiscal_year_be", "projects.fiscal_year") and (i.code == "implausible_value" or (
            i.code == "repair_ambiguous" and json.loads(i.evidence or "{}").get("chosen") is None))
        for i in year_issues)


def progress_in_page_order(reports: dict[int, Record]) -> bool:
    """Whether the reports' progress figures stand in the text in the order
    of the reports: each one read (a value or not) on a later line than the
    report's before it, two figures at least.  Where the entries' structure
    is in doubt (structure_in_doubt: a report whose header OCR lost, a cell
    whose entry the layout does not pin) a figure may have gone to another
    report than its own, but figures read in the page's order are still
    each one's neighbours on the page, which is the order the form prints
    its reports in: progress that does not fall holds among them whichever
    entry each went to, and repair_progress may weigh them so (a table read
    column by column or copies read apart, whose figures do not stand in
    that order, stay unweighed).  Before, any such doubt left every
    progress unweighed: a report's "๒๑.๐" (๖๑.๐, ๖ read ๒) whose other
    copies print "do.0" and "5๐๑.๐" was kept as 21.0, though 61.0 is the one
    percentage all three printings read as (progress_from_copies), and
    "6d" between 57 and the end of the form was left unread (66.0 alone)."""
    lines = [reports[s]["progress_pct"].line_start for s in sorted(reports) if "progress_pct" in reports[s]]
    return len(lines) >= 2 and None not in lines and all(a < b for a, b in zip(lines, lines[1:]))


# The header fields whose label may follow the project's name on its line ("ชื่อโครงการ/กิจกรรม : ... ปีงบประมาณ
# พ.ศ. : 2564 รหัสโครงการ : ..."), by the label, the dots of "พ.ศ." each a dot OCR may lose or space, its marks
# tolerated.  The form's title wording "ประจำปีงบประมาณ พ.ศ. 2563" is a name's own (every name of the committed
# and fresh sets' truth that prints "ปีงบประมาณ พ.ศ." prints it after ประจำ, 52 of 52; the bare "ปีงบประมาณ 2564"
# of 42 names never with พ.ศ.): the fiscal-year label is the bare wording only.
_LOST_LABEL_FIELDS = ("project_code", "fiscal_year", "start_date", "budget_allocated", "end_date", "budget_spent")
_TITLE_FY_RE = regex.compile(rf"{mark_tolerant('ประจำ')}\s?$")


def _label_source(label: str) -> str:
    return r"\s?\.?\s?".join(mark_tolerant(part.strip()) for part in label.split(".") if part.strip()) + \
        (r"\s?\.?" if label.endswith(".") else "")


# each field's label where it stands at a word's start, built once from the form's field table (not at each name)
_LOST_LABEL_RES = {key: regex.compile(rf"(?:(?<=\s)|^){_label_source(FIELD_BY_KEY[key].label)}(?![\u0e01-\u0e4f])")
                   for key in _LOST_LABEL_FIELDS}


def field_read(project: Record, field_key: str) -> bool:
    """Whether some copy of the form read the header field `field_key` (fields.FIELDS): a value or a printing of
    one of its columns."""
    return any(out in project or f"{out}_printed" in project for out in FIELD_BY_KEY[field_key].columns)


def name_holds_lost_label(project: Record, key: str | None) -> list[Issue]:
    """A project's name that runs on into the label of a header field no copy
    of the form read, at a word's start, and what follows it: that label
    whose colon OCR lost, mid-line, is no anchor (a label opens its field
    only with its separator there, as names print the words of labels too),
    so its value ran into the name ("ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัล
    ของครูและนักเรียน ปีงบประมาณ พ.ศ." / "2564 รหัสโครงการ : ...": fresh set
    s80b bma_progress_s80b010, the name ending "ปีงบประมาณ พ.ศ. 2564" with
    no issue, the fiscal year read from the dates).  The name ends before
    the label, said (value_repaired, rule lost_label); a field some copy
    read keeps the name as read ("... ประจำปีงบประมาณ พ.ศ. ๒๕๖๓" with its
    own fiscal-year field beside it), and so does the title's wording
    (_TITLE_FY_RE)."""
    name = project.get("name")
    if not enabled() or name is None or not isinstance(name.value, str):
        return []
    text = name.value
    cut = None
    for field_key in _LOST_LABEL_FIELDS:
        field = FIELD_BY_KEY[field_key]
        if field_read(project, field_key):
            continue
        for m in _LOST_LABEL_RES[field_key].finditer(text):
            if m.start() == 0 or (field_key == "fiscal_year" and _TITLE_FY_RE.search(text, 0, m.start())):
                continue
            if cut is None or m.start() < cut[0]:
                cut = (m.start(), field)
            break
    if cut is None:
        return []
    start, field = cut
    kept = text[:start].rstrip()
    if not regex.search(r"[\u0e01-\u0e2e]", kept):
        return []
    project["name"] = Reading(kept, name.text, name.line_start, name.line_end)
    evidence = {"rule": "lost_label", "printed": text, "chosen": kept, "label": field.label}
    return [Issue("warning", "value_repaired",
                  f"the project's name {text!r} runs on into {text[start:]!r}: the label of the field "
                  f"{field.label!r}, which no copy of the form read (its colon lost to OCR), with its value; "
                  f"the name ends before it", json.dumps(evidence, ensure_ascii=False), name.line_start,
                  name.line_end, project_key=key, field="projects.name")]


def repair_separators(project: Record, key: str) -> list[Issue]:
    """The header amounts whose thousands separator OCR doubled, a speck of a
    point beside the comma ("งบประมาณที่ใช้ไป : 818,.900": no number prints
    the pair, and parse_decimal read it as two numbers), which the field's
    converter read as the one comma it is (parsers.values.parse_amount;
    normalizers.confusions.one_comma): said, value_repaired (rule separator)
    where the digits have no other reading, else repair_ambiguous, the
    digits kept as printed (Thai digits OCR confuses: "๕,.๐๐๐" may be
    4,000).  Before, the amount was unparsed, and the rules that weigh it
    against the disbursements (_baht_signs) did not run: every amount of
    s75a bma_progress_s75a008 opens with a ฿ read as 8 ("80", "818,900"),
    its budget spent "818,.900", and the signs were kept, silent."""
    issues: list[Issue] = []
    for name in AMOUNTS:
        reading = project.get(name)
        if reading is None or reading.value is None or not DOUBLED_SEPARATOR_RE.search(reading.text):
            continue
        printed = _digits_of(reading.text) or reading.text.strip()
        issues.append(separator_issue(name.replace("_", " "), printed, reading.value, reading.line_start,
                                     reading.line_end, f"projects.{name}", "a thousands separator OCR doubled (a speck "
                                     "of a point beside the comma; baht have two decimals and no number prints the "
                                     "pair)", project_key=key))
    return issues


def repair_all(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]], key: str,
               doubt: bool = False, mixed: frozenset[int] = frozenset(), figures_doubt: bool | None = None,
               mentions: list | None = None, copies: Copies | None = None,
               printings: dict[int, list[Reading]] | None = None, lost: bool = False,
               broken: bool = False) -> list[Issue]:
    """Every repair, strongest constraint first.  With `doubt` (the entries'
    structure is in doubt: structure_in_doubt) the repairs that weigh one
    entry's value against the others' (the disbursements against the budget
    spent, the project's span against the report dates) decline: a value may
    stand in another entry's place; nor are the report dates read again.
    (The amounts are weighed together where the doubt is about a
    description's words alone and no expense line: _money_in_doubt.)
    `mixed` holds (by id) the expense lines whose copies disagree on what
    line they are: their figures come from different lines, and no product
    is weighed on them.  `figures_doubt` (default `doubt`): whether the
    entries' dates and figures may be one another's (structure_in_doubt
    with figures): without it, the report dates are read again and the
    progress weighed in order though a description's cells are in doubt;
    with it, the progress is still weighed in order where its figures stand
    on the page in the order of their reports (progress_in_page_order).
    `printings` holds every copy's printing of each progress the copies read
    apart (rows.progress_printings; progress_from_copies).  With `lost`
    (the text shows more entries than were read: rows.entries_lost), an
    entry lost may be any of them, the first as well, and with the entries
    in doubt every date after it may have moved up one entry though the
    numbers read run 1..N, each with a date (_dates_may_have_moved cannot
    see it): no date is then read again by its neighbours (repair_dates
    without `recheck`; set held-out bma_progress_h005: report 1 lost from a
    table read column by column, report 6's '11 มิถุนายน' read as report 5's
    and repaired into the year, its neighbours' dates one place off too).
    With `broken` (a column of a table OCR read column by column is broken:
    stacked.column_broken), the figures' order in the text is not their
    columns' order on the page, as a broken column's cells stand inside
    another's: figures in doubt are not weighed by the order they read in
    (progress_in_page_order), a progress out of order said in doubt (set
    s69z bma_progress_s69z007: report 6's "๑ๆ", ๑๗, read inside report 8's
    column after two broken ones, taken as report 8's progress, 19)."""
    if not enabled():
        return []
    figures_doubt = doubt if figures_doubt is None else figures_doubt
    issues = repair_separators(project, key)
    issues += name_holds_lost_label(project, key)
    issues += repair_baht_sign(project, key, copies)
    year_issues = repair_fiscal_year(project, reports, key, mentions or [], copies)
    issues += year_issues
    if not _year_said_implausible(year_issues):
        dated = repair_dates(project, reports, key, span=not figures_doubt, recheck=not lost and not _dates_may_move(figures_doubt),
                             copies=copies, year_sure=_year_sure(project, year_issues))
        issues += _dates_in_doubt(_days_in_letters(_days_unwritten(project, reports, dated)), year_issues)
        issues += _days_glued(reports, key, dated)
    else:  # (no window to read them into: those read outside the archive's years are said so all the same)
        issues += _span_without_window(project, key)
    issues += repair_percent_sign(reports, key)
    issues += repair_progress(reports, key, order=not figures_doubt or (not broken and progress_in_page_order(reports)),
                              copies=copies, printings=printings, unread=value_of(project, "unread_digits") or "")
    across = not _money_in_doubt(doubt, figures_doubt)
    if across and copies:
        issues += money_from_copies(project, reports, expenses, key, copies)
    issues += repair_amounts(project, reports, expenses, key, across=across, mixed=mixed, copies=copies)
    issues += repair_budget_order(project, key)
    return issues


def money_from_copies(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]], key: str,
                      copies: Copies) -> list[Issue]:
    """A disbursement or budget spent the form's copies read apart, the vote
    having kept one by the copies' count or order alone (rows.other_copies),
    where the kept reading does not meet what the form's other figures say
    and exactly one other copy's reading does: that reading (copy_reading,
    rule sum).  What they say: a report's expense lines, every amount read,
    add up to its disbursement ("๑๓๒๐๐๐" kept over another copy's "17600"
    beside lines of 12,000 + 5,600); so does the budget spent (sure: no
    other reading of its digits) less every other report's disbursement as
    read; and the disbursements, every one read, add up to the budget spent.
    A kept reading that meets either witness stays.  A
    misread line, or part, would have to be off by just what another copy
    reads for this to be wrong.  Only where the entries' structure is not in
    doubt (repair_all: a value may stand in another entry's place)."""
    issues: list[Issue] = []
    spent = project.get("budget_spent")
    for seq, rec in sorted(reports.items()):
        kept, others = rec.get("disbursed"), copies.get(("progress_reports", seq, "disbursed"))
        if kept is None or not others:
            continue
        said = [total] if (total := _lines_total(expenses.get(seq, []))) is not None else []
        if spent is not None and spent.value is not None and sure(spent) and \
                all(value_of(r, "disbursed") is not None for s, r in reports.items() if s != seq):
            said.append(spent.value - sum((r["disbursed"].value for s, r in reports.items() if s != seq), Decimal(0)))
        said = [t for t in said if t >= 0]
        if not said or (kept.value is not None and any(money_equal(kept.value, t) for t in said)):
            continue
        found = copy_reading(kept, others, lambda v, said=said: isinstance(v, Decimal) and
                             any(money_equal(v, t) for t in said), rule="sum", field="progress_reports.disbursed",
                             what=f"report {seq}'s disbursement", key=key)
        if found is not None:
            rec["disbursed"], issue = found
            issues.append(issue)
    others = copies.get(("project", 0, "budget_spent"))
    paid = [value_of(r, "disbursed") for r in reports.values()]
    if spent is not None and others and paid and all(v is not None for v in paid):
        total = sum(paid, Decimal(0))
        if spent.value is None or not money_equal(spent.value, total):
            found = copy_reading(spent, others, lambda v: isinstance(v, Decimal) and money_equal(v, total),
                                 rule="sum", field="projects.budget_spent", what="the budget spent", key=key)
            if found is not None:
                project["budget_spent"], issue = found
                issues.append(issue)
    return issues


# The most sums _money_jointly weighs in one merge of two figures' readings (each figure has up to
# normalizers.confusions.MAX_CANDIDATES readings; a form of ten reports of plain Thai digits has some thousands)
JOINT_SUMS = 200_000


def _cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


def _disbursed_read_apart(reading: Reading, domain: set[int], copies: Copies | None, seq: int) -> bool:
    """Whether another copy read report `seq`'s disbursement as a figure
    that is no reading of the kept one's characters (`domain`, in cents),
    the kept value no reading of that copy's either: the copies took
    different cells for it (an entries table read apart), not the same
    figure misread two ways.  Only a figure about as long as the kept one
    (a digit more or fewer) counts: a speck a copy read for the amount ("๕<"
    above the figure "๑๐๑๒๐๐", read 5) says nothing of which cell it took."""
    width = _figure_width(budget_amount(reading.text) or reading.text)
    for other in (copies or {}).get(("progress_reports", seq, "disbursed"), []):
        if other.value is None or _cents(other.value) in domain:
            continue
        token = budget_amount(other.text)
        if abs(_figure_width(token or other.text) - width) <= 1 and reading.value is not None \
                and _cents(reading.value) not in _amount_domain(other, token):
            return True
    return False


def _figure_width(text: str) -> int:
    """The digits of an amount's whole part as printed ("๒๕,๕๐๐.-" 5)."""
    return len(ANY_DIGIT_RE.findall(text.split(".")[0]))


# A disbursement no budget line of the form pays: a whole amount above nothing and below this many baht (no expense
# the form lists, a meal, a page, an hour, costs less).  Printed so, it is what OCR left of another figure: a ฿ read
# as a Thai digit ("฿๐" read "๒%๐", "๒" kept and the rest cut as a percent sign's), the amount's figures lost
# (rows._coin_disbursement says it); nor is it a reading of a figure that is one (_paying).
FEWEST_BAHT = 10


def _paying(domain: set[int], reading: Reading) -> set[int]:
    """A disbursement's readings (in cents) without those that pay for
    nothing the form budgets: a whole amount above nothing and below
    rows.FEWEST_BAHT ("๐" read for a ฿0 is no ฿4 or ฿6, though OCR writes
    ๐ for a printed ๔ or ๖), unless read so (rows._coin_disbursement says
    it); the readings as they are where that leaves none.  Such a reading
    kept, a budget spent the others pin could read several ways (10,160,
    10,164, 10,166 beside "๐" disbursements), and none was chosen."""
    read = _cents(reading.value) if reading.value is not None else None
    kept = {v for v in domain if v == read or not (0 < v < FEWEST_BAHT * 100 and v % 100 == 0)}
    return kept or domain


def _amount_domain(reading: Reading, token: str | None) -> set[int]:
    """Every value in cents a figure's characters can be read as
    (_figure_texts; a four-digit thousands group one digit written as two:
    parsers.repair.readings_of), the value read among them."""
    out = {_cents(reading.value)} if reading.value is not None else set()
    for variant in _figure_texts(token or reading.text):
        out |= {_cents(v) for v, _ in readings_of(variant, parse_baht, baht=True) if v is not None and v >= 0}
    return out


def _lines_domain(lines: list[Record]) -> set[int] | None:
    """What an entry's expense lines can add up to, in cents: each line's
    amount as read where it is sure (no other reading of its digits) and
    its product holds or its other figures are sure or absent, or where its
    quantity and unit amount are sure and their product is the amount as
    read; else the amounts of every reading of its three figures whose
    product holds (_product_fits), the amount as read among them where the
    product holds as read; else every reading of its amount.  None where a
    line has no amount printed, or the sums are too many to weigh."""
    if not lines:
        return None
    total: set[int] | None = {0}
    for rec in lines:
        amount = rec.get("amount")
        if amount is None or not ANY_DIGIT_RE.search(amount.text or ""):
            return None
        q, e = rec.get("quantity"), rec.get("unit_amount")
        held = q is not None and e is not None and None not in (q.value, e.value, amount.value) and \
            money_equal(q.value * e.value, amount.value)
        if (sure(amount) and (held or q is None or e is None or (sure(q) and sure(e)))) or \
                (held and sure(q) and sure(e)):
            own = {_cents(amount.value)}  # (sure, or its product of two sure figures holds)
        else:
            fits = _product_fits([q, e, amount]) if q is not None and e is not None and \
                q.text.strip() and e.text.strip() else None
            own = {_cents(_money(a)) for _, _, a in fits} if fits else _amount_domain(amount, _figure(amount.text))
            if held:
                own.add(_cents(amount.value))
        if not own or total is None:
            return None
        total = _sumset(total, own)
    return total


def _line_lost_in(rec: Record) -> bool:
    """Whether an entry's description holds a stretch of an expense line's
    shape (clauses.expense_shaped): a line of the entry no rule read."""
    desc = rec.get("description")
    return desc is not None and bool(desc.text) and expense_shaped(desc.text) is not None


def _lines_meet_too(lines: list[Record], domain: set[int], total: Decimal, unread: str) -> set[int]:
    """The readings (cents) of a disbursement's figure, of `domain`, other
    than `total` (what its expense lines add up to as read, one of them)
    that, in a document whose OCR never writes the digits `unread`, its
    lines may add up to as well, read through the digits each of their
    Thai digits may stand for (_lines_written_sums): the lines meet the
    figure on each as well as on `total`, which is no surer than they
    (_money_jointly weighs them all).  Set s64z: bma_progress_s64z002's
    report 5, lines '๕,๒๐๐', '๑๑,๕๐๐', '๑๓.๒๐๐' (29,900 as read) and a
    disbursement '๒๕,๕๐๐': 28,800, a reading of it, was what they print.
    Empty where the document writes every digit or a line cannot be
    weighed so."""
    others = {c for c in domain if c != _cents(total)}
    if not unread or not others:
        return set()
    sums = _lines_written_sums(lines, unread, Decimal(max(others)) / 100)
    return {c for c in others if Decimal(c) / 100 in sums} if sums else set()


def _sign_dropped(reading: Reading, token: str) -> bool:
    """Whether a figure opening with an 8 or 3 was read without it: a rule
    before proved that character the ฿ sign OCR read as a digit (the copy's
    budget clauses print the sign, _baht_signs) and kept the rest."""
    token = token.strip()
    return reading.value is not None and DIGIT_SIGN_RE.match(token) is not None and \
        _without_sign(token) == reading.value


def _sumset(a: set[int], b: set[int]) -> set[int] | None:
    """Every sum of one of `a` and one of `b`; None past JOINT_SUMS pairs."""
    if len(a) * len(b) > JOINT_SUMS:
        return None
    return {x + y for x in a for y in b}


def _money_jointly(project: Record, reports: dict[int, Record], expenses: dict[int, list[Record]],
                   key: str, copies: Copies | None = None) -> list[Issue]:
    """The disbursements and the budget spent weighed together, each by
    every reading of its own characters: the reports' disbursements add up
    to the budget spent, the budget spent is no more than the budget
    allocated (its reading if sure, else its largest), and an entry with
    expense lines disbursed what a reading of them adds up to (_lines_domain;
    where its lines as read add up to its disbursement as read, or to one
    reading of its figure with every line's product holding as read, the
    two printings pin it; a line that breaks its product is misread, and its
    total meeting a reading of the figure proves nothing: the same
    look-alikes, "๑๓๕๐" and "๒๑๕๐" in a document that never read a ๔; a
    disbursement OCR lost is what its lines can add up to).  A figure that
    takes one value in every assignment of readings
    that holds all of that, other than the value read, is that value (rule
    sum_jointly); a figure that takes several keeps its reading, flagged by
    the sum's check, and a disbursement whose reading is none of them, up
    to JOINT_DOUBTS, is said in doubt with them (repair_ambiguous).  This is where the rules that weigh one figure against
    sure others (_one_part_misread, _spent_by_lines, repair_sum) decline:
    the budget spent and a disbursement both in Thai digits.  ("๕๕,๕๕๐" for
    a budget spent ๕๕,๔๘๐ and "1๕,100" for one of two disbursements beside
    a sure 41,380, under an allocation of 58,400: of 41,380 + 14,100,
    15,100, 18,100 or 19,100 only 55,480 is a reading of the budget spent's
    characters, so both are mended; were the disbursement "1๕,๑๐๐", 14,160
    + 41,380 = 55,540 would hold too, and nothing is chosen.)  Where no
    assignment holds under every line's readings (a line misread past the
    confusion table), the disbursements' own readings and the sure lines
    alone are weighed.  A disbursement is then weighed against its entry's
    lines again (_lines_by_joint_sum).  Every report's amount must be
    printed with digits or look-alikes (a figure read as no number, "๒๐,ฒ๐๐",
    by its printing kept: disbursed_printed; one of look-alikes alone read
    as a value, "=Oum", by its readings) or told by its lines (an amount OCR
    lost whole, with no lines, is the lost-report rules' to fill), report
    numbers must run 1..N, and no clause may name another report (an entry
    may hold another's amount; a report 0 is none: _names_other_entry); with
    no assignment that holds (a figure misread past the confusion table), or
    too many readings to weigh, nothing changes.  Where the entries'
    structure is in doubt (repair_amounts without `across`) it is weighed
    where every report read an amount, without the expense lines (given
    none): the reports' sum is the same whichever entry holds which amount,
    each figure's readings are its own characters', but a line may be
    another entry's (extra3 w016: '๒,๕00.-' and '๑๕,00๐.-' of a table read
    side by side are 2,800 and 14,000, the only values of them that make
    the disbursements the budget spent).  Nor where the form's copies read
    a disbursement as figures neither of whose characters can be read as
    the other (`copies`: "๒๕๕๐๐" kept, "101000" and "90000" in the other
    copies: a copy took another cell for it, so what the entry disbursed
    is not known up to misreads, and the sum would pin the budget spent to
    a reading of a wrong part: fresh set s72b, a budget spent "๓๒๑๐๐" of
    36,100 repaired to 95,100)."""
    spent = _read_or_printing(project, "budget_spent")
    if spent is None or not ANY_DIGIT_RE.search(spent.text) or not reports or \
            set(reports) != set(range(1, len(reports) + 1)):
        return []
    paid: dict[int, Reading] = {}
    dropped = False  # a disbursement's ฿ sign read as a digit was proven and dropped (_sign_dropped)
    printed: dict[int, set[int]] = {}  # each disbursement's readings, its sure lines' total where it has them
    told: dict[int, set[int]] = {}  # and narrowed by what every line's readings can add up to
    unread = value_of(project, "unread_digits") or ""
    for seq, rec in sorted(reports.items()):
        reading = _read_or_printing(rec, "disbursed")
        if reading is not None and _names_other_entry(reading.text, seq):
            return []
        domain: set[int] = set()
        rivals: set[int] = set()
        token = budget_amount(reading.text) if reading is not None else None
        if reading is not None and (sure(reading) or (token is None and reading.value is not None)):
            domain = {_cents(reading.value)}  # (no amount token: a figure of look-alikes, "= BO", as read)
        elif token is not None and (ANY_DIGIT_RE.search(token) or reading.value is not None):
            # (a figure of look-alikes alone read as a value, "=Oum" read 0: its readings, that value among them)
            if _sign_dropped(reading, token):
                # a rule before proved its leading 8 or 3 the ฿ sign (kept without it, in doubt): the readings of
                # the digits after it alone, none that reads the sign as a digit again ("8๓๐,๒๐๐" is no 830,600)
                domain = _paying(_amount_domain(reading, token.strip()[1:]), reading)
                dropped = True
            else:
                domain = _paying(_amount_domain(reading, token), reading)
        if reading is not None and domain and _disbursed_read_apart(reading, domain, copies, seq):
            return []
        lines = expenses.get(seq, [])
        total = _lines_total(lines)
        if total is not None and reading is not None and ((reading.value is not None and money_equal(
                total, reading.value)) or (token is not None and _cents(total) in domain and
                                           all(_product_unbroken(line) for line in lines))):
            # its lines as read add up to it as read, or to a reading of its figure ("8๓,๐๐๐" against a line
            # "๓,๐๐๐": a ฿ read as 8): two printings meet, and the sum does not overrule them (a lone line prints
            # the same figure, with the same misreads).  Not where a line's amount breaks its own product: that
            # amount is a misread, and its total meeting a reading of the figure is a coincidence of the same
            # look-alikes (a document that never read a ๔: "๑๓๕๐" for ๖๗ x 20 = ๑,๓๔๐ beside "๒๑๕๐" for ๖,๑๔๐).
            # Where they meet as read but a line's product breaks, in a document whose OCR never writes some digits,
            # the readings of the figure its lines may add up to through those digits are weighed too
            # (_lines_meet_too): the same misreads in both printings (s77b007 report 5, "๓,๕๐๐" against "๓ x ๒๐๐ =
            # ๑,๕๐๐" and "๒,๐๐๐", printed ๗,๘๐๐, ๓ x ๖๐๐ = ๑,๘๐๐ and ๖,๐๐๐)
            rivals = _lines_meet_too(lines, domain, total, unread) \
                if reading.value is None or not money_equal(total, reading.value) or \
                not all(_product_unbroken(line) for line in lines) else set()
            domain = {_cents(total)} | rivals
        elif total is not None and all(sure(line["amount"]) for line in lines):
            # the entry's expense lines, sure, say what it disbursed (an amount OCR lost whole, too)
            domain = domain & {_cents(total)} if domain else {_cents(total)}
            if not domain:
                return []
        # (not where the entry's description holds an expense line's shape no rule read: a line of the entry is
        # lost, and what the lines read add up to is a part of what it disbursed; fresh set s110o, bma_progress_s110o010
        # report 7, lines "8๑๓,๐๕๐" and "87,3๕0" beside "ค่าเกียรติบัตร ... เป็นเงิน 1๓,๕๕๐" left in the description,
        # pinned a disbursement "๒4,๓๕๐" of 24,380 to 24,390, 17,040 + 7,350)
        said = _lines_domain(lines) if not _line_lost_in(rec) else None
        if not domain and said is None:  # nothing printed that reads as an amount, nor lines to tell it
            return []
        printed[seq] = domain
        told[seq] = (domain & said if domain else said) if said is not None and not rivals else domain
        if reading is not None:
            paid[seq] = reading
    totals = {_cents(spent.value)} if sure(spent) else _amount_domain(spent, None)
    spent_token = (_digits_of(spent.text) or "").strip()
    if dropped and spent.value is not None and (bare := _without_sign(spent_token)) is not None and \
            bare != spent.value:
        # a form prints its ฿ sign before all its amounts or before none: with a disbursement's proven, a budget
        # spent opening with an 8 or 3 may be the sign read as a digit too, and both readings are weighed (where
        # both make the figures add up, nothing is chosen)
        totals |= {_cents(bare)} if sure(spent) else \
            _amount_domain(Reading(bare, spent.text, spent.line_start, spent.line_end), spent_token[1:])
    allocated = project.get("budget_allocated")
    if allocated is not None and allocated.value is not None:
        bound = _cents(allocated.value) if sure(allocated) else max(_amount_domain(allocated, None))
        totals = {t for t in totals if t <= bound}
    # every line's readings narrow the disbursements most; where nothing then holds (a line misread past the
    # confusion table), the disbursements' own readings and the sure lines alone are weighed
    solved = _sum_solutions(told, totals) if all(told.values()) else None
    if solved is None and all(printed.values()):
        solved = _sum_solutions(printed, totals)
    if solved is None:
        return []
    allowed, allowed_totals = solved
    issues: list[Issue] = []
    what = "the disbursements of all reports and the budget spent, every reading of each weighed together"
    # the reports whose disbursement as read no assignment that holds keeps, and which take several values: misread,
    # and not settled.  Every assignment then rests on readings of them nobody vouches for, and one the confusion
    # table leaves out (a rare misread) may make the sum hold with the others as read, so no other figure's value
    # is claimed from the assignments: each is said in doubt (s76b bma_progress_s76b001: "๒๗,๕๐๐" read "๒๑,๕๐๐",
    # ๗ as ๑, left the first report's "๐.๐๐" as 0.60 or 4.60 and "repaired" the second's "๒๓,๓๐๐.๓๕" to 29,300.95
    # for 23,300.75)
    unsettled = [seq for seq, values in sorted(allowed.items()) if len(values) != 1 and (r := paid.get(seq)) is not None
                 and r.value is not None and _cents(r.value) not in values]
    for seq, values in sorted(allowed.items()):
        reading = paid.get(seq) or Reading(None, "", *record_lines(reports[seq]))
        if len(values) != 1:
            if reading.value is not None and _cents(reading.value) not in values and len(values) <= JOINT_DOUBTS:
                issues.append(_joint_doubt(reading, (budget_amount(reading.text) or reading.text).strip(), values, key,
                                           "progress_reports.disbursed", f"{what}: report {seq}'s disbursement"))
            continue
        chosen = Decimal(next(iter(values))) / 100
        if reading.value is not None and money_equal(reading.value, chosen):
            continue
        token = (budget_amount(reading.text) or reading.text).strip()
        if unsettled:
            issues.append(_joint_unsettled(reading, token, chosen, unsettled, key, "progress_reports.disbursed",
                                           f"{what}: report {seq}'s disbursement"))
            continue
        reports[seq]["disbursed"] = Reading(chosen, reading.text, reading.line_start, reading.line_end)
        reports[seq].pop("disbursed_printed", None)
        issues.append(_joint_issue(reading, token, chosen, key, "progress_reports.disbursed",
                                   f"{what}: report {seq}'s disbursement"))
    if len(allowed_totals) == 1:
        chosen = Decimal(next(iter(allowed_totals))) / 100
        if unsettled and (spent.value is None or not money_equal(spent.value, chosen)):
            issues.append(_joint_unsettled(spent, spent.text.strip(), chosen, unsettled, key, "projects.budget_spent",
                                           f"{what}: the budget spent"))
        elif spent.value is None or not money_equal(spent.value, chosen):
            project["budget_spent"] = Reading(chosen, spent.text, spent.line_start, spent.line_end)
            project.pop("budget_spent_printed", None)
            issues.append(_joint_issue(spent, spent.text.strip(), chosen, key, "projects.budget_spent",
                                       f"{what}: the budget spent"))
    return issues


def _lines_by_joint_sum(reports: dict[int, Record], expenses: dict[int, list[Record]], key: str,
                        joint: list[Issue], issues: list[Issue]) -> list[Issue]:
    """`issues`, with the expense lines of each entry whose disbursement
    _money_jointly repaired weighed again against it: a line several
    readings of whose figures hold (_product_jointly said so, in doubt) is
    the one fit whose amount makes the entry's lines add up to the
    disbursement now pinned, the sum a witness as where the disbursement's
    own figure is sure; the doubt said of that line's figures before gives
    way to the repair."""
    seqs = {seq for seq, rec in reports.items() for i in joint
            if i.field == "progress_reports.disbursed" and "disbursed" in rec
            and (i.line_start, i.line_end) == (rec["disbursed"].line_start, rec["disbursed"].line_end)}
    for seq in sorted(seqs):
        lines, paid = expenses.get(seq, []), reports[seq]["disbursed"]
        for rec in lines:
            figures = [rec.get(c) for c in _PRODUCT]
            if any(r is None for r in figures) or (None not in (v := [r.value for r in figures]) and
                                                   money_equal(v[0] * v[1], v[2])):
                continue
            what = f"an expense line of report {seq}"
            found = _product_jointly(rec, key, what, lambda amount, rec=rec: _adds_up_with(lines, rec, amount, paid),
                                     witness=True)
            if not any(i.code == "value_repaired" for i in found):
                continue
            spans = {(f"expenses.{c}", r.line_start, r.line_end) for c, r in zip(_PRODUCT, figures)}
            issues = [i for i in issues if not (i.code in ("repair_ambiguous", "expense_line_mismatch")
                                                and (i.field, i.line_start, i.line_end) in spans)] + found
    return issues


def _lines_printed_as_paid(reports: dict[int, Record], expenses: dict[int, list[Record]], key: str,
                           joint: list[Issue], issues: list[Issue]) -> list[Issue]:
    """`issues`, with the expense lines of each entry whose disbursement
    _money_jointly repaired (rule sum_jointly, from the value read to the
    one chosen) that added up, as read, to the disbursement as read: the
    lines and the disbursement print one figure twice, and OCR misread both
    alike, so the difference the repair made is a misread of one line's
    amount.  The one line whose printed amount has a reading (its own
    characters, under the misreads in force) that is its value read plus
    that difference takes it (value_repaired, rule sum_jointly), where its
    quantity x unit amount, if read, does not hold as read (a line whose
    product holds is read right: the difference is another's, and nothing
    is chosen); several lines that could, or none, and the lines stay as
    read, the sum's check saying they do not add up.  Weighed whether or not
    the entries' structure is in doubt: the line's own printing says what
    the entry's figure is, whichever entry the repair weighed it as (set
    s69o bma_progress_s69o010: report 6's one line "๑๕,๒00" and its
    disbursement "๑๕,๒๐๐" in a document that never reads a ๔, the
    disbursement mended to 14,200 by the budget spent, the line left at
    15,200; s70z bma_progress_s70z006: report 6's one line "... ๑,๒๐๐.- = ๑๐,๕๐๐.-",
    its quantity 9 by the copies' vote, under a disbursement "๑๐,๕00.-" mended
    to 10,800)."""
    out = list(issues)
    for issue in joint:
        if issue.code != "value_repaired" or issue.field != "progress_reports.disbursed" or not issue.evidence:
            continue
        evidence = json.loads(issue.evidence)
        if evidence.get("rule") != "sum_jointly" or evidence.get("read") is None or evidence.get("chosen") is None:
            continue
        seq = next((seq for seq, rec in reports.items() if "disbursed" in rec and (issue.line_start, issue.line_end)
                    == (rec["disbursed"].line_start, rec["disbursed"].line_end)), None)
        lines = expenses.get(seq, []) if seq is not None else []
        if not lines or any(rec.get("amount") is None or rec["amount"].value is None for rec in lines):
            continue
        read, chosen = Decimal(str(evidence["read"])), Decimal(str(evidence["chosen"]))
        if not money_equal(sum((rec["amount"].value for rec in lines), Decimal(0)), read) or \
                money_equal(read, chosen):
            continue
        fits = []
        for rec in lines:
            want = rec["amount"].value + chosen - read
            if want <= 0 or (value_of(rec, "quantity") is not None and value_of(rec, "unit_amount") is not None
                             and money_equal(value_of(rec, "quantity") * value_of(rec, "unit_amount"),
                                             rec["amount"].value)):
                continue
            if any(money_equal(v, want) for v, _ in readings_of(_figure(rec["amount"].text), parse_baht, baht=True)):
                fits.append((rec, want))
        if len(fits) != 1:
            continue
        rec, want = fits[0]
        amount = rec["amount"]
        printed = _figure(amount.text)
        rec["amount"] = Reading(want, amount.text, amount.line_start, amount.line_end)
        what = f"an expense line of report {seq}"
        said = {"rule": "sum_jointly", "printed": printed, "read": f"{amount.value:.2f}", "chosen": f"{want:.2f}"}
        figures = [rec.get(c) for c in _PRODUCT]
        if None not in figures and None not in (v := [r.value for r in figures]) and money_equal(v[0] * v[1], v[2]):
            # (its product holds now: the doubt said of its figures before gives way to the repair)
            spans = {(f"expenses.{c}", r.line_start, r.line_end) for c, r in zip(_PRODUCT, figures)}
            out = [i for i in out if not (i.code in ("repair_ambiguous", "expense_line_mismatch")
                                          and (i.field, i.line_start, i.line_end) in spans)]
        elif None not in figures and None not in v:
            # (its product does not hold with the amount the sum gives either: the quantity or the unit amount is
            # misread too, past any reading of their characters, a digit OCR lost ("จํานวน 4 ใบๆ ละ 20 บาท" for 74,
            # the amount "๑,๕๕๐" made 1,480: fresh set s115s, bma_progress_s115s008); each is named where no doubt
            # of the line's names it already)
            named = {(i.field, i.line_start, i.line_end) for i in out
                     if i.code in ("repair_ambiguous", "expense_line_mismatch", "value_repaired")}
            shown = f"{v[0].normalize():f} x {v[1]:,.2f} = {v[0] * v[1]:,.2f}"
            out += [Issue("warning", "expense_line_mismatch", f"{what}: its amount read {want:,.2f} by the entry's "
                          f"sum, {shown} is not it: the quantity or the unit amount is misread too", r.text,
                          r.line_start, r.line_end, project_key=key, field=f"expenses.{c}")
                    for c, r in zip(_PRODUCT[:2], figures) if (f"expenses.{c}", r.line_start, r.line_end) not in named]
        out.append(Issue("warning", "value_repaired",
                         f"{what}: its amount printed {printed!r} reads {amount.value:,.2f}, what the entry's "
                         f"disbursement read before the disbursements and the budget spent, weighed together, made it "
                         f"{chosen:,.2f}: the lines print that figure again, misread alike, and {want:,.2f}, a "
                         "reading of this line's characters, makes them add up to it (the line's alone)",
                         json.dumps(said, ensure_ascii=False), amount.line_start, amount.line_end, project_key=key,
                         field="expenses.amount"))
    return out


def _sum_solutions(domains: dict[int, set[int]], totals: set[int]) -> tuple[dict[int, set[int]], set[int]] | None:
    """Of parts that add up to a total, each part's values and the total's
    that some assignment of the others' makes add up: ({part: values},
    totals), or None where none does or the sums are too many to weigh
    (JOINT_SUMS).  The sums of every part but one, from the parts before it
    and after it merged."""
    if not totals:
        return None
    order = sorted(domains)
    # (each chain stops at its first overflow, and a whole sum that overflows or meets no total ends the weighing
    # before the next chain is built: the answer is None then whatever the rest gives)
    prefix: list[set[int]] = [{0}]
    for seq in order:
        if (step := _sumset(prefix[-1], domains[seq])) is None:
            return None
        prefix.append(step)
    met = totals & prefix[-1]
    if not met:
        return None
    suffix: list[set[int]] = [{0}]
    for seq in reversed(order):
        if (step := _sumset(suffix[-1], domains[seq])) is None:
            return None
        suffix.append(step)
    suffix.reverse()
    if any(len(prefix[i]) * len(suffix[i + 1]) > JOINT_SUMS for i in range(len(order))):
        return None  # (the sums of every part but one, too many to weigh for some part: _sumset's own test)
    allowed: dict[int, set[int]] = {}
    for i, seq in enumerate(order):
        others = _sumset(prefix[i], suffix[i + 1])
        values = allowed[seq] = {v for v in domains[seq] if any(t - v in others for t in totals)}
        if not values:
            return None
    return allowed, met


# The most values _money_jointly names where a disbursement takes several in every assignment that holds, none the
# value read: it says which (repair_ambiguous); past that many, the sum's own check says it is misread
JOINT_DOUBTS = 6


def _joint_doubt(reading: Reading, printed: str, values: set[int], key: str, field: str, what: str) -> Issue:
    """A figure that no assignment of readings that makes the figures add up
    leaves as read, and several leave otherwise: none is chosen, the
    candidates said (rule sum_jointly)."""
    candidates = [f"{Decimal(v) / 100:.2f}" for v in sorted(values)]
    evidence = {"rule": "sum_jointly", "printed": printed, "read": plain_value(reading.value),
                "candidates": candidates}
    return Issue("warning", "repair_ambiguous",
                 f"{what}: printed {printed!r} reads {reading.value:,.2f}, which no reading of the figures that makes "
                 f"them add up gives; {len(candidates)} values of it do ({', '.join(candidates)}), so none is chosen",
                 json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                 field=field)


def _joint_unsettled(reading: Reading, printed: str, chosen: Decimal, unsettled: list[int], key: str, field: str,
                     what: str) -> Issue:
    """A figure every assignment that makes the figures add up gives one
    value other than its reading, where the assignments leave other reports'
    disbursements misread and unsettled (`unsettled`): not chosen, kept as
    read, the value said (repair_ambiguous, rule sum_jointly)."""
    evidence = {"rule": "sum_jointly", "printed": printed, "read": plain_value(reading.value),
                "candidates": [f"{chosen:.2f}"], "unsettled": unsettled}
    read = "is unreadable" if reading.value is None else f"reads {reading.value:,.2f}"
    others = (f"report {unsettled[0]}'s disbursement" if len(unsettled) == 1 else
              f"reports {', '.join(map(str, unsettled[:-1]))} and {unsettled[-1]}'s disbursements")
    return Issue("warning", "repair_ambiguous",
                 f"{what}: printed {printed!r} {read}; every reading of the figures that makes them add up gives "
                 f"{chosen:,.2f}, but they leave {others} misread and unsettled, and a misread "
                 "past the confusion table there may make the sum hold otherwise, so it is not chosen",
                 json.dumps(evidence, ensure_ascii=False), reading.line_start, reading.line_end, project_key=key,
                 field=field)


def _joint_issue(reading: Reading, printed: str, chosen: Decimal, key: str, field: str, what: str) -> Issue:
    evidence = {"rule": "sum_jointly", "printed": printed, "read": plain_value(reading.value),
                "chosen": f"{chosen:.2f}"}
    read = "is unreadable" if reading.value is None else f"reads {reading.value:,.2f}"
    return Issue("warning", "value_repaired",
                 f"{what}: printed {printed!r} {read}; {chosen:,.2f} is the only value of it that every reading of "
                 "the figures that makes them add up gives", json.dumps(evidence, ensure_ascii=False),
                 reading.line_start, reading.line_end, project_key=key, field=field)
