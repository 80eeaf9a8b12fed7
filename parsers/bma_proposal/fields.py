"""The BMA project proposal's anchors and the table of its project columns.

Each project column is read in one place: FIELDS (a labelled field: the
label, where it may stand, the converter from its text, whether its value
may wrap) or SECTIONS (the text under a heading).  The tables of sections
6-8 and 10.1 are read by parsers.bma_proposal.tables.
"""

from __future__ import annotations

import regex

from normalizers.dates import MONTH_TOKEN, MONTHS, find_dates, find_month_years, first_day, last_day, month_number
from normalizers.errors import ValueParseError
from normalizers.text import clean_value, mark_tolerant, ocr_tolerant
from parsers.anchors import Anchor, AnchorSet
from parsers.lazy import lazy_compile
from parsers.reader import Field, FormSpec, one
from parsers.values import parse_fiscal_year, split_unit

HEADINGS = [
    Anchor("s1", "หลักการและเหตุผล", "heading"),
    Anchor("s2", "วัตถุประสงค์", "heading", fuzzy=False),
    Anchor("s3", "เป้าหมาย", "heading", fuzzy=False),
    Anchor("s4", "ลักษณะของโครงการ", "heading"),
    Anchor("s5", "ระยะเวลาและสถานที่ดำเนินการ", "heading"),
    Anchor("s6", "แผนปฏิบัติการ", "heading"),
    Anchor("s7", "งบประมาณ", "heading", fuzzy=False),
    Anchor("s8", "ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง", "heading"),
    Anchor("s9", "ประโยชน์ที่คาดว่าจะได้รับ", "heading"),
    Anchor("s10", "การติดตามประเมินผล", "heading"),
    Anchor("s10_1", "ตัวชี้วัดความสำเร็จ", "heading"),
    Anchor("s10_2", "การติดตามความก้าวหน้า", "heading"),
    Anchor("s10_3", "การประเมินผลโครงการ", "heading"),
]


# The dash between a period's two ends as OCR reads the form's en dash ("-", "—", or two: "--", "– -"), and
# specks after its last year (" ;", " |").
_RANGE_DASH_RE = regex.compile(r"(?<=[\d๐-๙])\s*[-—–](?:\s*[-—–])*\s*(?=\S)")
# ... and a run of dashes after a month's name (a Thai letter or an abbreviation's dot, white space before the
# dashes), as OCR reads the en dash of a range that prints its year once ("พฤศจิกายน -- ธันวาคม 2568")
_MONTH_DASH_RE = regex.compile(r"(?<=[\u0e01-\u0e4e.])\s+(?:[-—–]\s*)+(?=\S)")
# ... and a dash set apart on its left, glued to the next end's month ("ต.ค. dd -ส.ค. ๖๑": the first end's year OCR
# read as letters, so neither rule above sees the dash, and the period read as the last month alone, its start
# that month's first day with no issue: fresh set s85o, bma_proposal_s85o002)
_DASH_BEFORE_MONTH_RE = regex.compile(r"(?<=\S)\s+(?:[-—–]\s*)*[-—–](?=[\u0e01-\u0e2e])")
_TRAILING_SPECKS_RE = regex.compile(r"(?<=[\d๐-๙])[\s;:|,.'\u0e47-\u0e4e]+$")
# ... and a dash there, a space before it, after a range (period)
_TRAILING_DASH_RE = regex.compile(r"(?<=[\d๐-๙])\s+[-–—]\s*$")
# ... and a closing bracket there that no bracket in the period opens ("พ.ย. 66 - ก.ค. ๖๗)": a speck of the table's
# rule, or of a mark, OCR read as one), with the specks after it; a period that opens one ("(๑๒ เดือน)") keeps it
_TRAILING_BRACKET_RE = regex.compile(r"(?<=[\d๐-๙])\s*[)\]][\s;:|,.'\u0e47-\u0e4e)\]]*$")
# An abbreviated month whose first dot OCR read as the vowel below a letter ("กุค." for ก.ค., "กุย." for
# ก.ย., "ธุค." for ธ.ค.): two consonants with sara u between them and a dot after, standing on their own.
_DOT_AS_VOWEL_RE = regex.compile(r"(?<![\u0e01-\u0e4e.])([\u0e01-\u0e2e])\u0e38([\u0e01-\u0e2e])\.(?![\u0e01-\u0e4e])")


def _abbreviation_dots(text: str) -> str:
    """`text` with each month abbreviation whose first dot OCR read as sara u
    (_DOT_AS_VOWEL_RE) printed with its dot, where its two letters are one
    month's abbreviation (month_number reads it as that month either way)."""
    if "\u0e38" not in text:
        return text
    return _DOT_AS_VOWEL_RE.sub(lambda m: f"{m[1]}.{m[2]}." if m[1] + m[2] in MONTHS else m[0], text)


def period(text: str) -> tuple:
    """(period_text, start_date, end_date) from "1 พฤศจิกายน 2568 – 31 กรกฎาคม 2569"
    (exact dates) or "พฤศจิกายน 2568 – กรกฎาคม 2569" (the first day of the first
    month to the last day of the last).  The text keeps the form's en dash
    between the ends, whatever dash OCR read, and a month abbreviation's dot
    that OCR read as sara u ("กุค." for ก.ค.); specks after its last figure,
    a closing bracket no bracket of the period opens among them, are no
    part of it."""
    text = _TRAILING_SPECKS_RE.sub("", text.strip())
    if "(" not in text and "[" not in text:
        text = _TRAILING_BRACKET_RE.sub("", text)
    for dash in (_RANGE_DASH_RE, _MONTH_DASH_RE, _DASH_BEFORE_MONTH_RE):
        text = dash.sub(" – ", text)
    if (m := _TRAILING_DASH_RE.search(text)) is not None and " – " in text[:m.start()]:
        # a dash after the range's end, a space before it ("ต.ค. 66 - ส.ค. 67        -": a speck of the table's
        # rule at the line's end, fresh set s142p, bma_proposal_s142p005, kept in the text with nothing said);
        # a text that has no range before it keeps it (its end may be what OCR lost)
        text = text[:m.start()]
    text = _abbreviation_dots(text)
    dates = find_dates(text)
    if len(dates) >= 2:
        return clean_value(text), dates[0][0], dates[-1][0]
    months = find_month_years(text)
    if not months:
        raise ValueParseError("period", text, "no month and year")
    (y1, m1, _), (y2, m2, _) = months[0], months[-1]
    shared = _range_year(text)
    if shared is not None:  # "ตุลาคม – ธันวาคม ๒๕๖๖ และ ...": the first range's one year is its first month's too
        y1, m1 = shared
    # "ธันวาคม ๒๕๖๕ – พฤษภาคม Wedd": an end's year OCR read as letters, so the other end's month and
    # year are not its own: that end is unknown
    first, last = yearless_ends(text)
    month_end = last_day(y2, m2)
    start, end = None if first else first_day(y1, m1), None if last else month_end
    if len(dates) == 1 and first != last:  # the end that reads is a whole date: its day, not its month's
        sep = _ENDS_RE.search(text)
        side_last = sep is not None and dates[0][1][0] >= sep.end()
        if sep is None:
            start, end = (start, dates[0][0]) if first else (dates[0][0], end)
        elif side_last and first:
            end = dates[0][0]
        elif not side_last and last:
            start = dates[0][0]
        # (a date on the side that reads no month and year is that end's debris read as one: "ต.ค. 69 –
        # 1.8. 70" for ก.ย. 70; it sets neither end, and the unread end is said)
    return clean_value(text), start, _end_day(text, dates, end, month_end)


def _end_day(text: str, dates: list, end: date | None, month_end: date) -> date | None:
    """The period's last day read from its end alone, where the whole text
    read no date there but that end's month: a year OCR damaged before the
    ends' dash leaves a digit that, with the dash, reads as a day range
    opening the end's date ("8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570": "๐ – ๑๓
    มิถุนายน" is no date), so the printed day was lost (the end unknown,
    yearless_ends, or its month's last day); the end read apart gives it
    back where its one date has the month and year the period's last month
    reads (`month_end`: that month's last day)."""
    sep = _ENDS_RE.search(text)
    if sep is None or any(a >= sep.end() for _, (a, _) in dates):
        return end
    right = find_dates(text[sep.end():])
    if len(right) == 1 and (right[0][0].year, right[0][0].month) == (month_end.year, month_end.month):
        return right[0][0]
    return end


_FULL_MONTH_RE = regex.compile("|".join(mark_tolerant(k, spaces=False)
                                        for k in sorted((k for k in MONTHS if len(k) > 4), key=len, reverse=True)))
# (its runs of white space possessive, \s*+: what follows each starts with no white space, so they match the
# same; the adjacent \s* around the optional "พ.ศ." backtracked for half a minute over 3,000 spaces)
_YEAR_AFTER_RE = regex.compile(r"\s*+(?:พ\.?\s*ศ\.?)?\s*+[\d๐-๙]{4}")


# Where a period's two ends part: "ถึง" (its marks as OCR may drop them), or a dash set apart by spaces.
_ENDS_RE = regex.compile(rf"{mark_tolerant('ถึง', spaces=False)}|(?<=\s)[-—–](?=\s)")


# A range of months that prints its year once, after its last month ("ตุลาคม – ธันวาคม ๒๕๖๖").
_MONTH_RANGE_RE = regex.compile(rf"({_FULL_MONTH_RE.pattern})\s*(?:[-—–]|{mark_tolerant('ถึง', spaces=False)})\s*"
                                rf"(?=(?:{_FULL_MONTH_RE.pattern}){_YEAR_AFTER_RE.pattern})")


def _range_year(text: str) -> tuple[int, int] | None:
    """(CE year, month) of a period's first month when it opens a range of
    months that prints its one year after the range's last month: that
    year, or the one before where the first month comes later in the
    calendar than the last ("พฤศจิกายน – กุมภาพันธ์ 2567"); None otherwise."""
    found = _MONTH_RANGE_RE.search(text)
    months = find_month_years(text)
    if found is None or not months or _FULL_MONTH_RE.search(text).start() != found.start():
        return None
    year, last, _ = months[0]
    try:
        first = month_number(found[1])
    except ValueParseError:
        return None
    return (year - 1 if first > last else year), first


def yearless_ends(text: str) -> tuple[bool, bool]:
    """Whether the first and the last end of a period are unread: of two or
    more months it names, the first or the last has no year after it that
    reads as four digits (OCR read it as letters or lost a digit); or, the
    period parted in two ends ("ถึง", a dash), one end reads no month and year
    at all ("๓ HUNAN 2569 ถึง ow สิงหาคม 2570": the other end's month is not its own)."""
    found = list(_FULL_MONTH_RE.finditer(text))
    first, last = (False, False) if len(found) < 2 else \
        tuple(_YEAR_AFTER_RE.match(text, m.end()) is None for m in (found[0], found[-1]))
    sep = _ENDS_RE.search(text)
    if sep is not None:
        months = find_month_years(text)
        if months:
            first = first or not any(span[1] <= sep.start() for _, _, span in months)
            last = last or not any(span[0] >= sep.end() for _, _, span in months)
        # one end's month printed with its day, the other's without: that end's day was printed too, and
        # OCR lost it (a ๙ the model cannot write is dropped, or read as specks: "« พฤศจิกายน ๒๕๖๕ ถึง ๒๕
        # กันยายน ๒๕๖๖"), so its date is not known (not its month's first or last day)
        sides = [[_DAY_BEFORE_RE.search(text, 0, m.start()) is not None for m in found if (m.start() >= sep.end()) == side]
                 for side in (False, True)]
        if all(sides) and sides[0][0] != sides[1][-1]:
            return (True, last) if sides[1][-1] else (first, True)
        # an end whose month prints a day before it and no date read there ("8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570": the
        # damaged year's last digit and the dash read as a day range's start, "0 – 13", so "๑๓ มิถุนายน 2570"
        # is no date): its day was printed and not read, so that end is not its month's first or last day
        dated = [span for _, span in find_dates(text)]
        if sides[1] and sides[1][-1] and not any(span[0] >= sep.end() for span in dated):
            last = True
        if sides[0] and sides[0][0] and not any(span[1] <= sep.start() for span in dated):
            first = True
    return first and _range_year(text) is None, last


_DAY_BEFORE_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙]{1,2}\s*$")  # a day right before a month's name


_MONTH_RE = lazy_compile(MONTH_TOKEN)
_OPENS_ON_MONTH_RE = lazy_compile(rf"(?:[\d๐-๙]{{1,2}}\s?)?(?:{MONTH_TOKEN})")  # "พฤษภาคม 2566", "30 ก.ย. 67"


def period_goes_on(value: str, line: str) -> bool:
    """Whether a line the clean-up read as bulleted ("- พฤษภาคม 2566": the
    bullet stripped) is the rest of a period the page width broke at its
    range's dash ("ดำเนินการในเดือนธันวาคม 2566 และ มกราคม" / "- พฤษภาคม
    2566"): the value's last month opens an end (no "ถึง" or dash between
    it and the month before, none after it) and the line opens with a
    month (a day before it allowed).  A period whose last month already
    closes a range ("ต.ค. 66 – ก.ย. 67") takes no bulleted line."""
    months = list(_MONTH_RE.finditer(value))
    if not months or _OPENS_ON_MONTH_RE.match(line.lstrip()) is None:
        return False
    since = months[-2].end() if len(months) > 1 else 0
    return _ENDS_RE.search(value, since) is None


# A period read to its last end's year: its text ends on a year (specks after it allowed)
_ENDS_ON_YEAR_RE = regex.compile(r"[\d๐-๙]{2,4}[\s;:|,.'\u0e47-\u0e4e]*$")
# what a line going on with a period holds: a figure standing as one (a day, a year, a count of months; not a digit
# OCR read among a garbled word's letters, "(/เ๐ถ่ง๐"), a month's name, or a word or a dash that joins one more
# range ("และ", "ถึง", "–")
_PERIOD_WORDS_RE = lazy_compile(rf"(?<![\p{{L}}\p{{M}}])[\d๐-๙]+(?![\p{{L}}\p{{M}}])|{MONTH_TOKEN}"
                                r"|^\s*(?:และ|ถึง|[-—–])")


def period_closed(value: str, line: str) -> bool:
    """Whether a period value is whole against the line under it: the value
    reads a range (two ends parted by "ถึง" or a dash) ending on its last
    end's year ("ดำเนินการในเดือนมกราคม 2568 – กันยายน 2568"), and the line
    holds no figure, no month's name and opens with no "และ", "ถึง" or dash
    (a running header of the project's name OCR garbled past the clean-up's
    matching, "โครงการส่งเสริม... (/เ๐ถ่ง๐ Learning)"): no wrapped tail of the
    period.  The line is left as section text."""
    value = _MONTH_DASH_RE.sub(" – ", _RANGE_DASH_RE.sub(" – ", value))  # (its dash as OCR read it: "--", "—")
    return (_ENDS_RE.search(value) is not None and _ENDS_ON_YEAR_RE.search(value) is not None
            and bool(find_month_years(value)) and _PERIOD_WORDS_RE.search(line) is None)


LEAD = frozenset({"lead"})
FIELDS = [
    Field("name", "ชื่อโครงการ", ("name",), one(clean_value), wraps=True, sections=LEAD),
    Field("unit", "หน่วยงานที่รับผิดชอบ", ("agency", "division", "section"), split_unit, wraps=True, sections=LEAD),
    Field("fiscal_year", "ปีงบประมาณ", ("fiscal_year_be",), one(parse_fiscal_year), sections=LEAD),
    Field("project_type", "ประเภทโครงการ", ("project_type",), one(clean_value), sections=frozenset({"s4"})),
    Field("project_model", "รูปแบบโครงการ", ("project_model",), one(clean_value), wraps=True,
          sections=frozenset({"s4"})),
    Field("period", "ระยะเวลาดำเนินการ", ("period_text", "start_date", "end_date"), period, wraps=True,
          sections=frozenset({"s5"}), dash_wraps=period_goes_on, closed=period_closed),
    Field("place", "สถานที่ดำเนินการ", ("place",), one(clean_value), wraps=True, sections=frozenset({"s5"})),
]
FIELD_BY_KEY = {f.key: f for f in FIELDS}

# The title block's labels of the project's name and unit alone on their line ("ชื่อโครงการ" / the name on the next):
# printed at the same place of each copy, right under a running header, the clean-up took the label for the
# header's second line (its printings one a copy), and the name, read with no label, was lost ("no readable name"
# on the clean twin of fresh set s45z, bma_proposal_s45z004).  The form reads such a line as text
# (pipeline.clean.parser_lines).  ("ปีงบประมาณ" is left out: a running header's wrapped tail may be that word.)
HEADINGS_READ = regex.compile(r"^\s*(?:" + "|".join(ocr_tolerant(f.label) for f in FIELDS if f.key in ("name", "unit"))
                              + r")\s*:?\s*$")


# Sections whose text is a column, a list or a table.
SECTIONS = {
    "s1": "rationale",  # projects.rationale: the paragraphs joined
    "s2": "objectives",  # objectives.text: one row per item
    "s3": "targets",  # targets (quantity / quality groups)
    "s4": "alignments",  # alignments.text: section 4 without its fields
    "s6": "activities",  # the action plan's steps (tables.read_activities)
    "s7": "expenses",  # budget total and lines (tables.read_budget)
    "s8": "findings",  # risks (tables.read_risks)
    "s9": "findings",  # benefits: one row per item
    "s10_1": "targets",  # KPI rows as kind "indicator" (tables.read_kpis)
}

HEADING_ORDER = [(a.key, a.text) for a in HEADINGS]  # the order the form prints its sections in
ANCHORS = AnchorSet(HEADINGS + [Anchor(f.key, f.label) for f in FIELDS], lone_labels=True)
FORM = FormSpec(
    anchors=ANCHORS, fields=FIELD_BY_KEY, field_sections=frozenset({"lead", "s4", "s5"}),
    restart_headings=frozenset(), restart_fields=frozenset({"name", "unit"}),
    repeat_headings=frozenset({"s1"}), last_sections=frozenset({"s9", "s10", "s10_1", "s10_2", "s10_3"}),
)


# A project reading no column holds (parsers.bma_proposal.read.read_proposer puts it, rows.build asks it): a copy
# read a line of its signature block
SIGNATURE_SEEN = "signature_seen"
