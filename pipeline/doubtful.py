"""Values printed in Thai digits that this document's OCR cannot have read
right, flagged whatever the form (parsers.digits says which digits and why).

In a document whose OCR never writes some Thai digits (parsers.digits.
unread_digits), a number, amount, date, phone or code of a built row whose
printed figure holds a digit that may stand for an unread one is kept as
read, and an `ocr_digits_doubtful` warning names its field, so the damage is
not silent.  The printed figure is found among the row's source lines
(line_start..line_end; pipeline.printed).  It is in doubt when one of its
Thai digits, read as an unread digit instead, gives a figure the page may
have printed (a date that exists, of the archive's years; a number within
its column's bounds): 100 % read from "๑๐๐" is not, 55 % is.  A text value
is in doubt for the figures it states (parsers.digits.text_figures: a count,
a share, a day, a year), judged the same way by their kind.  A value printed
in Arabic digits, or read from no Thai figure of its lines, is left alone,
and so is a field an issue already names at those lines (a repair, an
ambiguity, an unparsed value).  Forms-agnostic: it reads the built rows,
after the parsers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import regex
from pydantic import TypeAdapter, ValidationError

from normalizers.confusions import ARABIC_DOUBT_READS, ARABIC_SHARE, MISREADS, YEARS_BE, measured_misreads
from normalizers.dates import parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import thai_digits_to_arabic
from normalizers.words import open_end
from parsers.digits import TO_THAI, doubtful_digits, doubtful_numbers, text_figures
from pipeline.printed import Source, value_pattern
from schemas.arrow import TABLES
from schemas.document import Issue, Line
from schemas.issue_codes import evidence_object
from schemas.rows import BE

# columns that hold no figure read from the page: keys, provenance, counts of copies, fiscal_year
# (fiscal_year_be - 543, never printed), and a row's place in its list (an item number, which the
# parsers check against the sequence, and which the lines of a row print among other small numbers)
_NOT_VALUES = frozenset({"doc_id", "project_key", "source_path", "sha256", "line_start", "line_end", "n_copies",
                         "doc_type", "fiscal_year", "seq", "report_seq", "group_seq", "number"})
# A text value that is a figure alone, in Thai digits (separators and decimals allowed, no word).
_BARE_FIGURE_RE = regex.compile(r"^\s*+[๐-๙][๐-๙,.]{0,14}+\s*+$")


# A Thai digit: a printing that holds one prints the figures beside it in Thai digits, or mixes the scripts
_THAI_DIGIT_RE = regex.compile(r"[๐-๙]")

# A quarter a text states in Thai digits ("ไตรมาสที่ ๓", a KPI's period; OCR: "ไตรมาสทิ", "ไตรมาส ที่"): one of four
# figures, and the fourth, ๔, a digit the OCR model cannot write.  Where the document's OCR never reads it, it reads ๕
# (a quarter no period names: parsers.bma_proposal.years repairs it) or, more rarely, ๓ (22 of 4821 printings,
# normalizers.confusions.MEASURED_READS: rarer than the one in a hundred the repairs choose by, not than the one in
# three hundred a doubt is said for, ARABIC_SHARE), a quarter as good as any: such a reading is in doubt.  (Of the
# 29 KPI periods the committed and fresh sets, to s80a, print in Thai digits, every one ๔ in a document whose OCR
# never reads a ๔, OCR read none right: ๕ repaired, a digit lost and said, and one read ๓ that stood silent, fresh
# set s79b, bma_proposal_s79b002.)
_QUARTER_FIGURE_RE = regex.compile(r"ไตรมา\S{0,2}\s?ท[ีิ]?\S?\s*(?P<q>[๐-๙])(?![\d๐-๙])")
QUARTER_DOUBT_READS = measured_misreads(ARABIC_SHARE)


def _doubtful_quarters(text: str, unread: str) -> list[str]:
    """The quarters (1-4) `text` states in Thai digits that a quarter this
    document's OCR never reads may have been read as (QUARTER_DOUBT_READS)."""
    return [m["q"] for m in _QUARTER_FIGURE_RE.finditer(text)
            if any(d in "1234" and thai_digits_to_arabic(m["q"]) in QUARTER_DOUBT_READS.get(d, "") for d in unread)]


def _other_readings(printed: str, unread: str, mixed: bool = False) -> list[str]:
    """`printed` (Arabic digits) with one Thai digit changed to an unread
    digit OCR reads as it: what the page may have said instead.  With
    `mixed` (the figure stands in a printing of Thai digits: a form that
    mixes the scripts within a date, "20 มิถุนายน ๒๕๒๓" for 2๙ มิถุนายน
    ๒๕๖๗), an Arabic digit too, changed to an unread digit OCR is measured
    to write it for (ARABIC_DOUBT_READS: an Arabic 0 for a ๗ or ๙, a 5 or 9
    for a ๖)."""
    out = []
    for i, ch in enumerate(printed):
        if "๐" <= ch <= "๙":
            read = thai_digits_to_arabic(ch)
            out += [printed[:i] + d + printed[i + 1:] for d in unread if read in MISREADS.get(d, "")]
        elif mixed and "0" <= ch <= "9":
            out += [printed[:i] + d + printed[i + 1:] for d in ARABIC_DOUBT_READS.get(ch, "") if d in unread]
    return [thai_digits_to_arabic(r) for r in out]


def _lost_digit_readings(printed: str, unread: str, arabic: bool = False) -> list[str]:
    """A day `printed` as one Thai digit with an unread digit put before or
    after it (Arabic): what the page may have printed where OCR, writing no
    such digit, dropped it beside the one it read ("๑" for ๑๗); [] for any
    other figure (two digits, or Arabic: a digit more makes no day).  With
    `arabic` (a count a repair kept as printed), one Arabic digit too: a
    document with digits its OCR never writes mixes the scripts, inside a
    number too ("จำนวน 2๙ คน" read "จำนวน 2 คน", the ๙ dropped)."""
    if len(printed) != 1 or not ("๐" <= printed <= "๙" or arabic and "0" <= printed <= "9"):
        return []
    read = thai_digits_to_arabic(printed)
    return [r for d in unread for r in (d + read, read + d)]


@cache
def _column(table: str, column: str) -> tuple[TypeAdapter | None, bool]:
    """The column's type as the schema bounds it, and whether it holds a BE year."""
    spec = TABLES.get(table)
    info = spec.model.model_fields.get(column) if spec else None
    if info is None:
        return None, False
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    return TypeAdapter(info.annotation), extra.get("unit") == BE


def _possible(table: str, column: str, value: Any, reading: str) -> bool:
    """Whether the page may have printed `reading` for this value: a date
    that exists, of a year the archive's documents are about (YEARS_BE); a
    number within the column's bounds (a share up to 100, a quarter 1-4, a
    BE year of the archive).  Anything else may be."""
    if isinstance(value, date):
        # (a period's first or last day printed by its month and year alone, "พ.ย. 68": the day is the value's)
        for text in (reading, f"{value.day} {reading}"):
            try:
                return YEARS_BE[0] <= parse_date(text).year + 543 <= YEARS_BE[1]
            except ValueParseError:
                continue
        return False
    if not isinstance(value, (int, float, Decimal)):
        return True
    try:
        number = Decimal(reading.replace(",", ""))
    except InvalidOperation:
        return True
    adapter, be_year = _column(table, column)
    if be_year:
        return YEARS_BE[0] <= number <= YEARS_BE[1]
    if adapter is None:
        return True
    try:
        adapter.validate_python(number if isinstance(value, Decimal) else type(value)(number))
    except (ValidationError, ValueError):
        return False
    return True


def _fits(kind: str, reading: str) -> bool:
    """Whether free text may have printed `reading` as a figure of its kind
    (parsers.digits.text_figures): a share up to 100, a day of a month, a
    year of the archive (BE, CE or the BE's last two digits)."""
    try:
        number = Decimal(reading.replace(",", ""))
    except InvalidOperation:
        return True
    if kind == "share":
        return number <= 100
    if kind == "day":
        return 1 <= number <= 31
    if kind == "year":
        year = number + 2500 if len(reading) == 2 else number + 543 if number < 2400 else number
        return YEARS_BE[0] <= year <= YEARS_BE[1]
    return True


def flag_values(unread: str, tables: dict[str, list[dict[str, Any]]], lines: Iterable[Line],
                settled: list[Issue],
                elsewhere: dict[tuple[str, int, int, str], list[tuple[int, int]]] | None = None) -> list[Issue]:
    """An ocr_digits_doubtful warning for each value of the rows whose
    printed figure, among the row's lines, holds a doubtful Thai digit (see
    module doc); none unless the document's OCR never read some digits.
    A value no figure of the row's lines prints is looked for where the
    form's other printings print the field (`elsewhere`: (table, the row's
    first and last line, column) -> the lines of each printing's reading,
    pipeline.placement.printings_of): the value kept may be a later copy's,
    the row's lines those of the first copy that has the record."""
    if not unread:
        return []
    doubtful = doubtful_digits(unread)
    text = {ln.no: ln.text for ln in lines if ln.kind == "text"}
    named = [(i.field, i.line_start, i.line_end) for i in settled if i.field]
    unread_th = unread.translate(TO_THAI)
    out: list[Issue] = []
    sources: dict[tuple[int, int], Source] = {}  # (a row's lines, made once)
    for table, row, start, end, column, value in _row_values(tables):
        field = f"{table}.{column}"
        if column in _NOT_VALUES or value is None:
            continue
        if (start, end) not in sources:
            sources[start, end] = Source(text, start, end)
        found = _printed(table, column, value, sources[start, end], unread, doubtful)
        for a, b in (elsewhere or {}).get((table, start, end, column), []) if not found else []:
            if (found := _printed(table, column, value, Source(text, a, b), unread, doubtful)):
                break
        if not found or any(f == field and _anchored((a, b), (start, end)) for f, a, b in named):
            continue
        shown, what, (first, last) = found
        # the year in CE is fiscal_year_be - 543, never printed: in doubt with it
        for name in [field] + ([f"{table}.fiscal_year"] if column == "fiscal_year_be"
                               and row.get("fiscal_year") is not None else []):
            out.append(Issue(
                "warning", "ocr_digits_doubtful",
                f"{name}: {what} printed {', '.join(shown[:3])!r} in Thai digits; this document's OCR never "
                f"read a {' '.join(unread_th)}, so each {' '.join(doubtful)} may stand for one of them; "
                "kept as read" + ("" if name == field else f" ({name} is {field} - 543)"),
                {"text": " ".join(shown[:20]), "unread": unread_th}, first or start, last or end,
                project_key=row.get("project_key"), field=name))
    return out


def _anchored(issue: tuple[int | None, int | None], row: tuple[int, int]) -> bool:
    """Whether an issue's lines name a row's: they meet the row's, and begin or end among them (an issue whose
    lines reach past the row's on both sides is another record's: a record's issue spans its printings in every
    copy, the rows of other projects printed between them; fresh set s95p, obec_progress_s95p003, a budget row's
    as_planned_mismatch over lines 892-2062 took the doubt of another project's planned amount at 1023-1029,
    misread and silent)."""
    if None in issue:
        return True  # an issue without lines names the field anywhere (as _overlaps)
    a, b = issue
    return row[0] <= a <= row[1] or row[0] <= b <= row[1]


def _row_values(tables: dict[str, list[dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any], int, int, str, Any]]:
    """(table, row, its first line, its last line, column, value) of every
    value of the rows that have lines."""
    for table, rows in tables.items():
        for row in rows:
            start, end = row.get("line_start"), row.get("line_end")
            if start is None or end is None:
                continue
            for column, value in row.items():
                yield table, row, start, end, column, value


# a share printed with a zero before its first digit ("05.00 %"): no form prints one so (the truth of every
# committed and fresh set's clean text holds none); OCR read a digit as 0 ("15.00" read "05.00")
_ZERO_LED_SHARE_RE = regex.compile(r"(?<![\d.,/\-])0+([1-9]\d?(?:[.,]\d+)?)(?![\d]|[.,]\d)(?=\s*%)")


def zero_led_shares(tables: dict[str, list[dict[str, Any]]], lines: Iterable[Line],
                    settled: list[Issue]) -> list[Issue]:
    """An implausible_value warning for each share (a float column, a
    percentage) of the rows whose printing among the row's lines opens with
    a zero before its digits ("= 05.00 %", read 5.0): a digit OCR read as
    0, so the share may be ten or more times what it reads; kept as read.
    None where an issue names the field at the row's lines already."""
    text = {ln.no: ln.text for ln in lines if ln.kind == "text"}
    named = [(i.field, i.line_start, i.line_end) for i in settled if i.field]
    out: list[Issue] = []
    for table, row, start, end, column, value in _row_values(tables):
        if not isinstance(value, float) or column in _NOT_VALUES or not 0 < value < 100:
            continue
        field = f"{table}.{column}"
        if any(f == field and _overlaps((a, b), (start, end)) for f, a, b in named):
            continue
        source = Source(text, start, end)
        found = [m for m in _ZERO_LED_SHARE_RE.finditer(source.arabic) if float(m.group(1).replace(",", ".")) == value]
        if not found:
            continue
        shown = source.text[found[0].start():found[0].end(1)]
        no = source.line_at(found[0].start())
        out.append(Issue("warning", "implausible_value", f"{field}: the share {value} is printed {shown!r}, a "
                         "zero before its digits, as no form prints a share: OCR may have read a digit as 0; "
                         "kept as read", json.dumps({"text": shown}, ensure_ascii=False), no, no,
                         project_key=row.get("project_key"), field=field))
    return out


def partial_repairs(unread: str, issues: list[Issue]) -> list[Issue]:
    """`issues` with each repair that proved part of a value only made a
    repair_ambiguous issue, the mended value kept: a repair whose evidence
    names the figures it read as printed (`kept`: {kind: figure}, a date's
    day where its constraint pinned the year) where one of them, in Thai
    digits, may stand for a digit this document's OCR never read and so be
    another figure of its kind (a day ๕ that may be ๔, ๘ or ๙), or, in
    Arabic digits where the repair's printing holds Thai digits (a form that
    mixes the scripts), one OCR is measured to write for such a digit (a day
    20 that may be 2๗ or 2๙: _other_readings), or, a day of one Thai digit, a two-digit day whose unread digit OCR dropped ("๑"
    for ๑๗: _lost_digit_readings; on the committed and fresh sets, of the
    one-digit Thai days such documents print, five of six were wrong).  The
    constraint chose what it proves; the figure it did not weigh is as much
    in doubt as any other such figure (flag_values), and the value as a
    whole is no repair's.  So too a separator repair of a figure in Arabic
    digits OCR may have written for Thai ones (_arabic_separator).  As given
    when the document's OCR reads every digit or nothing was kept."""
    if not unread:
        return issues
    unread_th = unread.translate(TO_THAI)
    out = []
    for issue in issues:
        evidence = evidence_object(issue.evidence) if issue.code == "value_repaired" else None
        if evidence and _arabic_separator(evidence, unread):
            out.append(_made_ambiguous(issue, evidence, f"but its digits are Arabic in a document whose OCR never "
                                       f"read a {' '.join(unread_th)}, and OCR is measured to write some Arabic "
                                       "digits for such Thai ones (an Arabic 0 for a ๗ or ๙): the figure may be its "
                                       "reading of Thai digits, so the value is kept as mended, in doubt"))
            continue
        kept = evidence.get("kept") if evidence else None
        mixed = bool(_THAI_DIGIT_RE.search(str(evidence.get("printed") or ""))) if evidence else False
        # (a text's one count a sibling repair kept, its wording mended, is in doubt where it may have lost a digit
        # only: of the 55 such repairs on fourteen fresh sets' OBEC reports, three kept a lone one-digit count, one
        # wrong ("2" for 2๙); 37 of 38 kept Thai figures that may be another digit were right, and a list's item
        # numbers kept are one digit each)
        doubted = {kind: figure for kind, figure in kept.items() if isinstance(figure, str) and any(
                   _fits(kind, r) for r in (
                       (_lost_digit_readings(figure, unread, True) if len(kept) == 1 else [])
                       if kind.startswith("count") else _other_readings(figure, unread, mixed)
                       + (_lost_digit_readings(figure, unread) if kind == "day" else [])))} \
            if isinstance(kept, dict) else {}
        if not doubted:
            out.append(issue)
            continue
        said = ", ".join(f"its {kind} printed {figure!r}" for kind, figure in doubted.items())
        out.append(_made_ambiguous(issue, evidence, f"but {said} is read as printed, and this document's OCR never "
                                   f"read a {' '.join(unread_th)}, so it may stand for one of them (or have lost "
                                   "one beside it): the repair proves no more than it mended, the value is kept as "
                                   "mended"))
    return out


def _arabic_separator(evidence: dict, unread: str) -> bool:
    """Whether a repair is a separator repair (rule separator: a digit-group
    separator OCR misread, read as the comma it is) of a figure printed all
    in Arabic digits one of which OCR is measured to write for a Thai digit
    this document's OCR never read (ARABIC_DOUBT_READS: an Arabic 0 for a ๗
    or ๙): the figure may be OCR's reading of Thai digits, and the repair,
    which vouched for its digits as having no other reading
    (confusions.certain), proved the separator alone.  Before, "2.040" for
    ๒,๙๔๐ was said a sure repair to 2,040.00 (fresh set s119p,
    obec_progress_s119p004)."""
    printed = str(evidence.get("printed") or "") if evidence.get("rule") == "separator" else ""
    return bool(printed) and not _THAI_DIGIT_RE.search(printed) \
        and any(d in unread for ch in printed for d in ARABIC_DOUBT_READS.get(ch, ""))


# The rules that choose a value by the document's fiscal year (its window, the report's year within it; the report
# dates' order too, weighed inside that window: fresh set s119q, bma_progress_s119q004, a fiscal year ๒๕๖๗ taken in
# doubt as 2563, and report 2's "๓๑ มี.ค. ๒๕๒๓" put in order inside 2563's window as 2020-03-31, said a sure repair,
# for 2024-03-31; and a proposal KPI's period read as the fiscal year, rule fiscal_year: fresh set s118p,
# bma_proposal_s118p001, ๒5๒6 read as the year taken in doubt, 2550, for 2566)
BY_FISCAL_YEAR = frozenset({"fiscal_year_window", "report_window", "date_order", "fiscal_year"})


# the fiscal year's own fields: a repair of the year itself is no value fitted to it
_YEAR_FIELDS = frozenset({"projects.fiscal_year_be", "projects.fiscal_year"})


def year_in_doubt(issues: list[Issue]) -> list[Issue]:
    """`issues` with each repair a rule chose by the fiscal year
    (BY_FISCAL_YEAR) made repair_ambiguous, the mended value kept, where the
    project's fiscal year itself was kept as printed in digits this
    document's OCR may have misread (an ocr_digits_doubtful issue on
    projects.fiscal_year_be, flag_values): the window the repair fitted the
    value to may be another year's (fresh set s73b, bma_progress_s73b003: a
    fiscal year printed ๒๕๖๖ read '๒๕5๐', 2550, and a start date '๑/๑๐/
    ๒๕๐๕' fitted to it as 2006-10-01, said a sure repair).  Likewise where
    the fiscal year was itself taken in doubt (a repair_ambiguous on it,
    whether it chose a year or kept the printing): fresh set s83a,
    bma_progress_s83a006, ๒๕๖๗ read '๒๕๒๐' and '๒๕๒๓', 2566 taken in doubt
    by the digits the OCR writes, and the start and end dates fitted to
    2566's window said sure repairs, both a year early."""
    doubted = {i.project_key for i in issues if i.field == "projects.fiscal_year_be"
               and i.code in ("ocr_digits_doubtful", "repair_ambiguous")}
    if not doubted:
        return issues
    out = []
    for issue in issues:
        evidence = evidence_object(issue.evidence) if issue.code == "value_repaired" \
            and issue.project_key in doubted else None
        if evidence is None or evidence.get("rule") not in BY_FISCAL_YEAR or issue.field in _YEAR_FIELDS:
            out.append(issue)
            continue
        out.append(_made_ambiguous(issue, evidence, "but the fiscal year it was fitted to is in doubt (read as "
                                   "printed in digits this document's OCR may have misread, or itself taken in doubt), "
                                   "so the value may belong to another year: kept as mended, in doubt"))
    return out


# The repairs that mend a text's words (marks, a vowel, a sibling's wording, a word echoed), and the issues that
# say a row's text may not be its own as a whole: cut from a list by a guess at its extent (items_cut_in_doubt),
# or holding a cell OCR ran into it (unread_cells), or a piece of a longer text the document prints whole (an
# unknown_words issue whose evidence says the "cut": _said_cut)
TEXT_RULES = frozenset({"dictionary_marks", "dictionary_vowel", "sibling_text", "repeated_text", "echoed_word",
                        "words", "latin_misread"})
# (and a BMA report's cell placed by position where a table row's cells are fewer than its entries: the text may be
# another entry's, or other cells run together; fresh set s120o, bma_progress_s120o005, a description of expense
# cells read across the table, its Latin misreads mended, said a sure repair)
EXTENT_DOUBTS = frozenset({"items_cut_in_doubt", "unread_cells", "entry_cell_in_doubt"})


# The open ends (normalizers.words.open_end) that leave a text cut short of little: ที่ before an ordinal's figure
# OCR lost, or one short word ("... ในศตวรรษที่" for ศตวรรษที่ ๒๑, "... แนวทางปฏิบัติที่" for ...ที่ถูกต้อง): the text
# is still its row's as a whole, and a repair of its words mends the row (on the committed sets, two such repairs
# were right as the soft comparison reads them).  Said all the same where no issue names the text (pipeline.wording).
CUT_SHORT = frozenset({"ที่"})


def texts_in_doubt(issues: list[Issue], context: list[Issue] | None = None) -> list[Issue]:
    """`issues` with each repair of a text's words (TEXT_RULES) made a
    repair_ambiguous issue, the mended text kept, where an issue at the
    row's lines says the row's text may not be its own as a whole
    (EXTENT_DOUBTS, naming its table or field): the words are mended, but a
    text cut where the parser guessed, or run into another cell, is no
    repair's value (on the worked sets 4 such repairs of 51 judged were
    wrong, their rows holding another row's text or a piece of one, where 4
    of 1,607 of the others were).  So too where the mended text ends with a
    word no text ends with (normalizers.words.open_end: "... ความพึงพอใจใน :"):
    it was cut, its last words lost or read into another cell (but for
    CUT_SHORT).  `context`: the issues that say so, where they are not
    among `issues` (the clean stage's word substitutions, named after the
    rest: pipeline.substituted)."""
    doubts = [(i.field.split(".")[0], i.line_start, i.line_end) for i in (issues if context is None else context)
              if (i.code in EXTENT_DOUBTS or _said_cut(i)) and i.field and i.line_start is not None]
    out = []
    for issue in issues:
        evidence = evidence_object(issue.evidence) if issue.code == "value_repaired" and issue.field else None
        if not evidence or evidence.get("rule") not in TEXT_RULES:
            out.append(issue)
            continue
        if isinstance(chosen := evidence.get("chosen"), str) and (end := open_end(chosen)) not in (None, *CUT_SHORT):
            out.append(_made_ambiguous(issue, evidence, f"but the text ends with {end!r}, a word no text ends with: "
                                       "it was cut, its last words lost or read into another cell, so the value is "
                                       "no repair's; kept as mended"))
            continue
        if issue.line_start is None:
            out.append(issue)
            continue
        table = issue.field.split(".")[0]
        end = issue.line_end if issue.line_end is not None else issue.line_start
        if not any(t == table and a <= end and issue.line_start <= (b if b is not None else a)
                   for t, a, b in doubts):
            out.append(issue)
            continue
        out.append(_made_ambiguous(issue, evidence, "but the row's text may not be its own as a whole (an issue at "
                                   "its lines says it was cut where the list's extent was guessed, holds a cell "
                                   "run into it, or is a piece of a longer text the document prints whole): its words are "
                                   "mended, the value is no repair's; kept as mended"))
    return out


def _said_cut(issue: Issue) -> bool:
    """Whether an issue says its row's text is a piece of a longer text the
    document prints whole (its evidence's "cut": an OBEC text whose opening
    words OCR lost, parsers.obec_progress.texts.heads_lost, or its close,
    closes_lost)."""
    if issue.code != "unknown_words" or not issue.evidence or '"cut"' not in issue.evidence:
        return False
    evidence = evidence_object(issue.evidence)
    return bool(evidence and evidence.get("cut"))


def _made_ambiguous(issue: Issue, evidence: dict, why: str) -> Issue:
    """A value_repaired issue made repair_ambiguous, the mended value kept
    (its evidence's choice moved to what was read, and the one candidate),
    `why` after its message."""
    chosen = evidence.pop("chosen", None)
    evidence.update(read=chosen, candidates=[chosen] if chosen is not None else [])
    return Issue("warning", "repair_ambiguous", f"{issue.message}; {why}", evidence, issue.line_start,
                 issue.line_end, project_key=issue.project_key, field=issue.field, record=issue.record)


def _printed(table: str, column: str, value: Any, source: Source, unread: str,
             doubtful: str) -> tuple[list[str], str, tuple[int | None, int | None]] | None:
    """The doubtful figures that printed `value`, what they are, and their lines."""
    if not isinstance(value, (str, int, float, Decimal, date)):
        return None  # a list or a mapping: no figure (and no key for value_pattern's cache)
    pattern = value_pattern(value)
    if pattern is None:
        if not isinstance(value, str):
            return None
        numbers = doubtful_numbers(value, "", figures_only=True)  # counts OCR left as letters
        if _BARE_FIGURE_RE.match(value) and _any_of(doubtful).search(value) and _other_readings(value, unread):
            # a figure alone in Thai digits ("๕๐", a target whose "ร้อยละ" OCR garbled and left out): no
            # word says its kind, so any other reading of its digits may be what the page printed
            return [value.strip()], "the figure alone", (None, None)
        if _any_of(doubtful).search(value):  # the text's own figures, each as its kind bounds it
            numbers = [n for n, kind in text_figures(value) if _any_of(doubtful).search(n) and (
                not _fits(kind, thai_digits_to_arabic(n))  # no figure of its kind as read: visibly damaged
                or any(_fits(kind, r) for r in _other_readings(n, unread)))] + numbers
        numbers += [q for q in _doubtful_quarters(value, unread) if q not in numbers]
        return (numbers, "the text", (None, None)) if numbers else None
    printed = [(source.line_at(m.start()), source.text[m.start():m.end()]) for m in pattern.finditer(source.arabic)
               if isinstance(value, date) or not _in_a_date(source.arabic, m.start(), m.end())]
    if not printed and source.span[0] == source.span[1] and (lone := _lone_digit(value)) is not None:
        # a count of one digit printed bare ("๕ ชั่วโมง"): on a row of one line, a digit standing alone is its own
        printed = [(source.span[0], source.text[m.start():m.end()]) for m in lone.finditer(source.arabic)]
    if not printed and (digit := _one_digit(value)) is not None:
        # a figure of one digit printed bare after its clause's equals sign ("ความก้าวหน้าของงานฯ = ๒ :", a
        # share printed without its decimals): on a row of any lines, the digit the sign gives is its own
        printed = [(source.line_at(m.start()), source.text[m.start():m.end()])
                   for m in _after_equals(digit).finditer(source.arabic)]
    if not printed and (digit := _one_digit(value)) is not None:
        # a count of one digit printed bare after its count word ("จำนวน ๕" / "โรงเรียนๆ ละ ๑๕,๐๐๐.-บาท", a budget
        # line's cells wrapped over lines): on a row of any lines, the digit the word counts with is its own
        # (before, such a quantity was looked for with its decimals alone, found nowhere, and stood unflagged)
        printed = [(source.line_at(m.start()), source.text[m.start():m.end()])
                   for m in _after_count_word(digit).finditer(source.arabic)]
    shown = [p for _, p in printed if any(_possible(table, column, value, r) for r in _other_readings(p, unread))]
    where = [no for no, p in printed if p in shown]
    if not shown or any(not regex.search("[๐-๙]", p) and no not in where for no, p in printed):
        # no other reading possible, or printed in Arabic digits too on another line (another copy's printing):
        # the reading stands.  An Arabic printing on the doubtful one's own line is another cell of its row (a
        # table's row of entries, "9.0% 6๕.0% 65.0%": the next entry's share), no witness of this one
        return None
    return shown, f"the value {value} is", (min(where), max(where))


# a figure joined to digits by a date's separator on either side ("2020-12-21", "30/11/2567"): a date's
# day, month or year, no printing of a number
_DATE_BEFORE_RE = regex.compile(r"\d[-/]$")
_DATE_AFTER_RE = regex.compile(r"^[-/]\d")


def _in_a_date(arabic: str, start: int, end: int) -> bool:
    """Whether arabic[start:end] is a part of a date (its figures joined to
    others by '-' or '/'): the row's report date printing "12" in Arabic
    digits says nothing of how the page printed a share of 12 %."""
    return bool(_DATE_BEFORE_RE.search(arabic[max(0, start - 2):start])
                or _DATE_AFTER_RE.match(arabic[end:end + 2]))


def _lone_digit(value: Any) -> regex.Pattern | None:
    """A one-digit whole number (not a bool, not a share) as a digit standing alone, or None."""
    digit = None if isinstance(value, float) else _one_digit(value)
    return None if digit is None else _standing_alone(digit)


def _one_digit(value: Any) -> int | None:
    """A number (not a bool) of one whole digit, 1-9, as an int, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not 0 < value < 10 or value % 1:
        return None
    return int(value)


@cache
def _after_equals(digit: int) -> regex.Pattern:
    return regex.compile(rf"(?<==[ \t]?){digit}(?![\d]|[.,]\d)")


@cache
def _after_count_word(digit: int) -> regex.Pattern:
    return regex.compile(rf"(?<=จำนวน[ \t]{{0,2}}){digit}(?![\d]|[.,]\d)")


@cache
def _standing_alone(digit: int) -> regex.Pattern:
    return regex.compile(rf"(?<![\d.,]){digit}(?![\d]|[.,]\d)")


@cache
def _any_of(chars: str) -> regex.Pattern:
    return regex.compile(f"[{chars}]")


def _overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    if None in a:
        return True  # an issue without lines names the field anywhere
    return a[0] <= b[1] and b[0] <= a[1]
