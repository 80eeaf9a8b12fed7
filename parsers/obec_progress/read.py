"""OBEC service-area progress report (รายงานความก้าวหน้าการดำเนินงานตาม
แผนปฏิบัติการ of a สพป. office): an opening summary, then the projects in
three status groups (completed, in progress, not started), numbering
restarting in each group.

A project opens with its numbered title ("๓. โครงการ...", "๓.๑ โครงการ...")
whose number follows the group's sequence; lines between the title and the
project's first section marker continue the title.  Inside a project the
markers of parsers.obec_progress.anchors say what each block is.  A project may
report two quarters one after the other; a new "ความก้าวหน้าของเป้าหมาย
โครงการ" after a budget or findings block starts the next round, and each
round's records carry its quarter.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import LOOKALIKES, MEASURED_READS, certain, could_be, digit_readings
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import THAI_MARKS, clean_value, mark_tolerant, ocr_tolerant, skeleton, standard_re
from normalizers.words import known_word
from parsers.engine import State, run_rules
from parsers.grid import fold_tables, opens_at_item
from parsers.items import THAI_OPENING_RE, printed_number, split_item_number
from parsers.obec_progress.anchors import (
    ANCHORS,
    FINDING_KEYS,
    OFFICE_UNITS,
    PART_ORDER,
    QUARTER_LABEL_LOOSE,
    QUARTER_WORD,
    REPORT_TITLE_RE,
    SECTION_KEYS,
    UNIT_RE,
    UNIT_TAIL_RE,
    match_marker,
    quarter_of,
)
from parsers.obec_progress.cut import (PART_TABLES, cut_short, missing_parts, recover_headings,
                                     recover_on_spoilt_pages, recover_parts)
from parsers.digits import THAI_DIGITS
from parsers.obec_progress.digits import unread_digits
from parsers.obec_progress.lists import (MARKS_AND_SPACES_RE, column_firsts_kept, ends_as_items, garbage_zones, is_debris, item_openings,
                                          opens_as_items, overlong_openings, item_longest,
                                         item_ends, item_starts, known_items, marks_run_together, may_run_together,
                                         numbers_stand_apart, opens_at_damaged_number, percent_openings, strip_specks,
                                         texts_apart, unnumbered_paragraphs, unpaired_numbers, wrapped_figure)
from parsers.obec_progress.rounds import (PAGE_LAST, Round, RoundRecords, ends_alone_issues, plan_tails_lost,
                                          plan_texts_run_in, read_round, read_round_into, round_lists)
from parsers.obec_progress.running import drop_signatures, explode_lines, explode_running, runs_on
from parsers.obec_progress.summary import read_summary
from parsers.year_mentions import academic_mentions_in, mentions_in
from parsers.reader import truncated_issue
from parsers.repair import enabled
from parsers.values import span_text
from parsers.wraps import PageWraps, after_full_lines, page_wraps
from schemas.document import FURNITURE_LINES, CopyReading, Issue, Line, Reading, value_of

DOC_TYPE = "obec_progress"

# The three status groups, by the words of their header line.
STATUS_PHRASES = {
    "completed": "โครงการที่ดำเนินการเสร็จสิ้นแล้ว",
    "in_progress": "โครงการที่อยู่ระหว่างดำเนินการ",
    "not_started": "โครงการที่ยังไม่ได้ดำเนินการ",
}
_STATUS_RES = {k: regex.compile(mark_tolerant(v)) for k, v in STATUS_PHRASES.items()}
# a group header whose line's opening OCR lost, its number and the first letters of "โครงการ" with it
# ("รงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด"): the phrase from its second, third or
# fourth letter, at the line's start (CLIPPED_MAX letters lost at most); or whole, the number alone lost
# (" โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)": fresh set s113q, obec_progress_s113q002, whose first group's
# two projects were read as the summary's text)
# (or behind the number's dot alone, the phrase's first letter misread: ". เครงการที่อยู่ระหว่างดำเนินการ จำนวน ส
# โครงการ", fresh set s150p, obec_progress_s150p002, whose group 2 header was read as the text of the project
# before it, the group's nine projects then read as completed ones and its last two lost)
CLIPPED_MAX = 3
_CLIPPED_STATUS_RES = {k: regex.compile(r"^\s*(?:" + "|".join(mark_tolerant(v[i:]) for i in range(CLIPPED_MAX + 1))
                                        + r"|[.)]?\s*[\u0e01-\u0e2e\u0e40-\u0e44]" + mark_tolerant(v[1:]) + ")")
                       for k, v in STATUS_PHRASES.items()}
# A project title: "โครงการ" right after the item number.
# (a leading vowel before its "โ" is none of the title's: two never stand together in Thai, OCR read a
# table's rule or a speck so, "เโครงการ...", "ใโครงการ..."; up to two of them, "โ" itself doubled among
# them, a quote mark after each: "โโครงการ...", "ไโโครงการ...", "เ'โโครงการ..."; so the vowel letters ฤ and ฦ,
# which a consonant or ๅ always follows, never a vowel: "ฤโครงการ...", fresh set s60o's obec 004; and a consonant
# before them, which a leading vowel after it parts from any word the title opens with: "รเโโครงการ...", the row's
# rule read as letters, fresh set s97p's obec 002, where the first row of a list of projects was lost)
_STRAY_VOWEL = "(?:[ก-ฮ](?=[เแใไโฤฦ]))?(?:[เแใไโฤฦ]['’`]?){1,2}(?=โ)"
# ... or its "โ" read as another leading vowel, which no Thai word opens "ครงการ" with ("4. เครงการพัฒนาระบบ...":
# fresh set s154o, obec_progress_s154o001, whose project 8 ran into project 7, its rows lost); read as "โ"
_O_MISREAD = f"[เแใไ](?={mark_tolerant('ครงการ')})"
_TITLE_START_RE = regex.compile(rf"^(?:(?:{_STRAY_VOWEL})?{mark_tolerant('โครงการ')}|{_O_MISREAD})")
_STRAY_VOWEL_RE = regex.compile(f"^{_STRAY_VOWEL}")
_O_MISREAD_RE = regex.compile(f"^{_O_MISREAD}")
# a speck OCR read past a wide gap at a title's line's end ("2. โครงการรับนักเรียน<tab>5:"): a last cell of three
# characters at most, no Thai letter, a mark of punctuation other than a figure's point or comma among them (a
# figure's cell, "1.5", or a unit's is none)
_TRAILING_SPECK_CELL_RE = regex.compile(
    r"\t\s*(?=[^\s\u0e01-\u0e4e]{0,2}[^\s\w\u0e01-\u0e4e.,])[^\s\u0e01-\u0e4e]{1,3}\s*$")
# "กิจกรรมหลักที่ ๑ ..." opens a main activity (after a speck OCR left before it: ". กิจกรรมหลักที่ ๑",
# ".กิจกรรมหลักที่ ๑" where running text was cut right before the activity and kept the speck,
# a stray tone mark "๊   กิจกรรมหลักที่ ๑"; or between it and its number: "กิจกรรมหลักที่ a 1 นิเทศ", a
# running text whose lines OCR broke around the number).
# "กิจกรรมหลักที่", its last word as OCR may misread it ("กิจกรรมหลักกี่"): one letter and its marks after
# "กิจกรรมหลัก", then the number (no word of a sentence: "กิจกรรมหลักสูตร" runs on in letters)
_ACTIVITY_WORD = rf"{mark_tolerant('กิจกรรมหลัก')}[\u0e01-\u0e2e][{THAI_MARKS}]{{0,3}}"
_ACTIVITY_RE = regex.compile(
    rf"^(?:(?:[^\w\s]|\p{{Mn}}){{1,2}}\s+|[^\w\s]{{1,2}})?{_ACTIVITY_WORD}\s*"
    r"(?:[^\s\d๐-๙\u0e01-\u0e4e]{1,2}\s+)?([\d๐-๙]{1,2})\s*[.:)]?\s*")
# ... and its number OCR read as letters ("กิจกรรมหลักที่ lo นิเทศ" for ๒): a short token with no Thai
# letter and no digit, then the name, or the line's end (the name on the next line, as for the heading alone:
# "กิจกรรมหลักที lo" / "ประชาสัมพันธ์..."); its number is its place after the activity before it
_ACTIVITY_DAMAGED_RE = regex.compile(
    rf"^(?:(?:[^\w\s]|\p{{Mn}}){{1,2}}\s+|[^\w\s]{{1,2}})?{_ACTIVITY_WORD}\s*([^\s\d๐-๙\u0e01-\u0e4e]{{1,2}})"
    r"[.:)]?(?:\s+(?=[\u0e01-\u0e4e])|\s*$)")
# ... or lost altogether, the heading's words alone on their line and the name on the next
# ("กิจกรรมหลักที" / "ประชุมเชิงปฏิบัติการ..."): its number is its place after the activity before it
_ACTIVITY_ALONE_RE = regex.compile(rf"^(?:(?:[^\w\s]|\p{{Mn}}){{1,2}}\s+|[^\w\s]{{1,2}})?{_ACTIVITY_WORD}\s*$")
# ... or its words with one letter OCR added, dropped or changed past the patterns above ("กคิจกรรมหลักที่ ๒",
# a letter doubled as its look-alike), under the activities' heading, its number the next of the sequence:
# a word (its skeleton one edit from the heading's), then the number (see _loose_activity)
_ACTIVITY_SKELETON = skeleton("กิจกรรมหลักที่")
# ... its number read twice, the heading's and the same again before the name ("กิจกรรมหลักที่ 3 3 สรุป...",
# OCR's double of one glyph): the same number, either script, a mark after it or none, then a space
_NUMBER_AGAIN_RE = regex.compile(r"([\d๐-๙]{1,2})[.:)]?\s+")
_ACTIVITY_LOOSE_RE = regex.compile(r"^([\u0e01-\u0e4e]{8,24})\s?([\d๐-๙]{1,2})\s*[.:)]?(?:\s+|$)")
# ... or its words OCR's English model read as Latin letters, its number and the name after it in Thai
# ("NANITNUANN ๓ จัดทำคำสั่ง..." for กิจกรรมหลักที่ ๓): one run of letters, as long as the heading's glyphs
_ACTIVITY_LATIN_RE = regex.compile(r"^([A-Za-z]{6,16})\s?([\d๐-๙]{1,2})\s*[.:)]?\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


@lru_cache(maxsize=4096)  # a pure function of one line (asked by several rules and split_reports)
def status_of(text: str) -> str | None:
    """The status group a header line names, or None: its phrase as printed
    (marks aside), or at the line's start with a letter or two OCR changed
    (loose_status)."""
    head = text[:80]
    return _status_printed(head) or loose_status(head)


def _status_printed(head: str) -> str | None:
    """The status group whose phrase `head` prints (marks aside), or None."""
    return next((key for key, rx in _STATUS_RES.items() if rx.search(head)), None)


# A status phrase with letters OCR misread ("โครงการที่ดำเนินการเสร็จลิ้นแล้ว", ส read ล): its skeleton (marks,
# spaces and dots aside) at most STATUS_EDITS edits from the phrase's at the line's start. The three phrases'
# skeletons stand 7 edits apart at least, so two misread letters leave no doubt which group is meant.
STATUS_EDITS = 2
_STATUS_SKELETONS = {k: skeleton(v) for k, v in STATUS_PHRASES.items()}


def loose_status(text: str) -> str | None:
    """The status group whose phrase opens `text` but for a letter or two OCR
    changed, added or dropped (STATUS_EDITS), or None."""
    skel = skeleton(text[:80])
    for key, phrase in _STATUS_SKELETONS.items():
        n = len(phrase)
        # asked of every line: first a bound that one distance settles for nearly all of them (a prefix within
        # STATUS_EDITS of the phrase leaves the longest prefix tried within 3 x STATUS_EDITS of it)
        if len(skel) < n - STATUS_EDITS or Levenshtein.distance(
                skel[:n + STATUS_EDITS], phrase, score_cutoff=3 * STATUS_EDITS) > 3 * STATUS_EDITS:
            continue
        if min(Levenshtein.distance(skel[:k], phrase) for k in range(n - STATUS_EDITS, n + STATUS_EDITS + 1)) \
                <= STATUS_EDITS:
            return key
    return None


def status_damaged(text: str) -> bool:
    """Whether the status group `text` names was read from a phrase OCR
    damaged (loose_status), not as printed."""
    head = text[:80]
    return _status_printed(head) is None and loose_status(head) is not None


# ---------------------------------------------------------------- block rules

# "จำนวน", its sara am as OCR may leave it (decomposed, or its nikhahit read as mai tho, or lost)
_COUNT_WORD = r"จ(?:ำ|[\u0e4d\u0e49]?า)นวน"
# An item number OCR could not read: a short token before the words
# ("ซ." for ๗, "acy," for ๑๗, "๓.ซ" for ๓.๗; the word's stray vowel after it too, "ซ ไโครงการ"), or
# standing alone on its line.
_UNREADABLE_NUMBER_RE = standard_re(rf"^(\S{{1,6}}?)[.,]?[\s.,]*(?=(?:{_STRAY_VOWEL})?{mark_tolerant('โครงการ')})")
_NUMBER_ONLY_RE = regex.compile(r"^\S{1,4}[.,]$")
_DIGITS_RE = regex.compile(r"[\d๐-๙]{1,2}")  # an unreadable token that is digits after all
# "จำนวน N โครงการ", with sara am read as mai tho + sara aa ("จ้านวน")
_GROUP_COUNT_RE = regex.compile(rf"{_COUNT_WORD}\s*\S{{1,4}}\s*โครงการ")
# the words a group header ends with ("... จำนวน 3 โครงการ โดยมีรายละเอียด ดังนี้"), alone on a line
# ("ดังนี้" may be garbled: "โดยมีรายละเอียด asl", or cut short: "ดัง")
_HEADER_TAIL_RE = regex.compile(rf"^(?:{mark_tolerant('โดยมีรายละเอียด')}(?:\s*\S{{1,6}})?"
                                rf"|{mark_tolerant('ดังนี')}|{mark_tolerant('ดัง')})\s*$")
HEADER_TAIL_SPECKS = 2  # lines of specks between a group header and its wrapped last words
# the count a group header states, as printed (Thai digits, or what OCR made of them)
_GROUP_COUNT_TOKEN_RE = regex.compile(rf"{_COUNT_WORD}\s*(\S{{1,4}})\s*โครงการ|\(\s*(\S{{1,4}})\s*โครงการ\s*\)")
# a group header's count OCR lost, the words around it and its tail kept ("a. โครงการที่ยังไม่ได้ดำเนินการ จำนวน
# โครงการ ดังนี้", ๓ read as a Latin letter, ๗ dropped: fresh set s99r, obec_progress_s99r001): no summary row ends so
_COUNT_LOST_RE = regex.compile(rf"{_COUNT_WORD}\s+โครงการ\s+(?:{mark_tolerant('โดยมีรายละเอียด')}"
                               rf"|{mark_tolerant('ดังนี')})")
# the count a group header states, when it is a number no misread gives (Arabic digits); in its words
# ("จำนวน 3 โครงการ") or in brackets ("(3 โครงการ)")
_GROUP_NUMBER_RE = regex.compile(rf"{_COUNT_WORD}\s*(\d{{1,3}})\s*โครงการ|\(\s*(\d{{1,3}})\s*โครงการ\s*\)")


# (a quote mark too: "๑ 'โโครงการ...", a speck of the table's rule OCR read before the title's stray vowels)
_SPECK_AFTER_NUMBER_RE = regex.compile(r"^[\s.,'’‘`\p{Mn}]+")


@lru_cache(maxsize=4096)  # a pure function of one line: rule_group and rule_title both ask of every line
def _number_or_speck(text: str) -> tuple[tuple[int, ...] | None, str, str | None]:
    """(number, rest, unreadable token): the item number, or the token that
    stands where a number should be."""
    number, rest = split_item_number(text)
    if number is not None:
        rest = _SPECK_AFTER_NUMBER_RE.sub("", rest)  # "๔. ,โครงการ", "๑.\t๊ โครงการ", "๑ 'โครงการ": a speck before the title
        if _TITLE_START_RE.match(rest) or status_of(rest):
            return number, rest, None
    m = _UNREADABLE_NUMBER_RE.match(text)
    if m and not _TITLE_START_RE.match(text):
        return None, text[m.end():], m.group(1)
    return number, rest, None


_SPECK_CELL_RE = regex.compile(r"^[^\u0e01-\u0e2e\u0e40-\u0e44]{1,2}$")  # no Thai letter, a character or two


@lru_cache(maxsize=4096)
def _after_speck_cell(text: str) -> str:
    """A line without a speck OCR read as a cell of its own before it ("2<tab>2. โครงการที่อยู่ระหว่าง
    ดำเนินการ จำนวน 5 โครงการ"), when what follows opens with an item number."""
    head, tab, tail = text.partition("\t")
    if tab and _SPECK_CELL_RE.match(head.strip()) and split_item_number(tail.strip())[0] is not None:
        return tail.strip()
    return text


# A line of a chart's legend (the summary's chart of the report's projects by status): a status phrase alone on
# its line, after the legend's mark OCR read as a speck or a digit ("○" read "0", "O", "[)", ">", "-", "7"),
# nothing after it (no count "จำนวน N โครงการ", no title)
_LEGEND_RE = regex.compile(r"^\S{0,3}\s*(?:" + "|".join(mark_tolerant(v) for v in STATUS_PHRASES.values())
                           + r")\s*$")


LEGEND_MAX = 60  # a legend's line is a status phrase and its mark


def _legend_line(text: str) -> bool:
    return len(text) <= LEGEND_MAX and bool(_LEGEND_RE.match(text.strip()))


def _near(state: State, step: int) -> str | None:
    """The text of the nearest line before (step -1) or after (step 1) the
    current one that is no OCR debris, within two lines."""
    for k in (1, 2):
        i = state.pos + step * k
        if not 0 <= i < len(state.lines):
            return None
        if not is_debris(state.lines[i].text):
            return state.lines[i].text
    return None


def _in_legend(state: State) -> bool:
    """Whether the current line is a line of a chart's legend (_LEGEND_RE)
    beside another: text (rule_piece), no status group's header (a header
    counts its projects, "จำนวน N โครงการ") and no project's title (the
    legend's mark is no item number)."""
    if not _legend_line(state.line.text):
        return False
    return any(t is not None and _legend_line(t) for t in (_near(state, -1), _near(state, 1)))


# the summary's row of a status group ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐")
# whose percentage the page width wrapped onto the next line: that line opens with its words
_PERCENT_WORDS_RE = regex.compile(rf"^\s*{mark_tolerant('คิดเป็นร้อยละ')}")


def _percent_below(state: State) -> bool:
    """Whether the line after the current one (OCR debris aside) opens with
    "คิดเป็นร้อยละ": the current line is the summary's row of a status group
    (its count, then its share of the report's projects), which the page
    width wrapped before the percentage; a group's header before its list of
    projects gives no percentage."""
    for ln in state.lines[state.pos + 1: state.pos + 3]:
        if is_debris(ln.text):
            continue
        return bool(_PERCENT_WORDS_RE.match(ln.text))
    return False


# how many lines after a status group's row the next group's row may stand with only OCR's garble between (the
# row's wrapped percentage misread past its words: "AMLUUSALAY Od. de" for "คิดเป็นร้อยละ ๑๖.๖๗", or a speck line
# of Thai letters "เธร vy" before it)
SUMMARY_ROW_REACH = 3


def _summary_row_after(state: State, status: str) -> bool:
    """Whether, within SUMMARY_ROW_REACH lines after the current status
    row, the next line that names a status group (its number, or a speck
    for it, then the group's words) is another group's row of the summary:
    its percentage on it ("... คิดเป็นร้อยละ ๕๐.๐๐") or wrapped onto the
    line after it (_percent_below's way).  The summary prints its status
    groups' rows one after another, each with its share of the report's
    projects; a header of the project listing stands over its projects'
    titles (or a dash where it lists none), and no header prints a share.
    So the current row, whose own percentage OCR misread past its words or
    left behind a line of garble, is the summary's row too, no header."""
    for k in range(1, SUMMARY_ROW_REACH + 1):
        i = state.pos + k
        if i >= len(state.lines):
            return False
        text = _after_speck_cell(state.lines[i].text)
        number, rest, speck = _number_or_speck(text)
        other = status_of(rest) if number or speck else None
        if other is None:
            continue
        if other == status:
            return False
        if "ร้อยละ" in text:
            return True
        for ln in state.lines[i + 1: i + 3]:
            if is_debris(ln.text):
                continue
            return bool(_PERCENT_WORDS_RE.match(ln.text))
        return False
    return False


@lru_cache(maxsize=16384)  # a pure function of one line: rule_group asks it of every line without a number
def _clipped_status(text: str) -> str | None:
    """The status group whose phrase opens `text` with its number or first letters lost (_CLIPPED_STATUS_RES),
    or None."""
    return next((k for k, rx in _CLIPPED_STATUS_RES.items() if rx.match(text)), None)


def rule_group(state: State) -> bool:
    """A status-group header: a number (or what OCR made of it), the group's
    words and a count of projects; not a summary row (those give a
    percentage) or a chart legend (no number)."""
    line = state.line
    text = _after_speck_cell(line.text)
    number, rest, speck = _number_or_speck(text)
    status = status_of(rest) if number or speck else None
    if status is None and number is None:
        # a header whose opening OCR lost, number and all (see _CLIPPED_STATUS_RES), its count in words or in
        # brackets (below) and no percentage (a summary's row)
        status = _clipped_status(text)
        rest = text
    if status is None or "|" in text or "ร้อยละ" in text:
        return False
    if _in_legend(state):  # (asked of a line that names a status only: what comes before is pure, and cheaper)
        return False
    if "\t" in text and not _GROUP_COUNT_TOKEN_RE.search(text.split("\t")[0]):
        return False  # a table row (a wide gap after the count is OCR's spacing, not a cell)
    if number is None and not _GROUP_COUNT_TOKEN_RE.search(rest) and not _COUNT_LOST_RE.search(rest):
        return False  # (its count in words or in brackets, or its count's place and the words a header ends with)
    if _percent_below(state):
        return False  # the summary's row, its percentage wrapped onto the next line
    if _summary_row_after(state, status):
        return False  # the summary's row, its percentage garbled: the next group's row gives its share
    group_number = number[0] if number else list(STATUS_PHRASES).index(status) + 1
    counted = _GROUP_COUNT_TOKEN_RE.search(rest)
    readings = [int(r) for r in digit_readings(counted.group(1) or counted.group(2))] if counted else []
    # the list's head run onto the header (running text: "... (๒ โครงการ) ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ"):
    # columns after the name's say each row's name ends where the unit's starts, as a head of its own does
    head = _LIST_HEAD_IN_RE.search(rest, counted.end()) if counted else None
    state.context.update(status=status, group_number=group_number, expected=1, titles_only=True, by_place=False,
                         unit_column=bool(head and rest[head.end():].strip()), empty=_counts_none(rest),
                         count_max=max(readings, default=None), count_min=min(readings, default=None), jump=None,
                         count_printed=bool(counted and _DIGITS_RE.fullmatch(counted.group(1) or counted.group(2))))
    state.emit("group", status, line.text, line, number=number, damaged=status_damaged(rest),
               count=(counted.group(1) or counted.group(2)) if counted else None)
    state.context.update(round_part=None, round_quarter=None)  # (no round read under this group yet)
    state.pos += 1
    # the header's last words, the page width wrapped them onto a line of their own (OCR's specks of the
    # line's marks between: "... โดยมีรายละเอียด" / "ย" / "ดังนี่"): no item of the round before
    at = state.pos
    while at < state.pos + HEADER_TAIL_SPECKS and at < len(state.lines) and is_debris(state.lines[at].text):
        at += 1
    if at < len(state.lines) and _HEADER_TAIL_RE.match(state.lines[at].text):
        state.pos = at + 1
    return True


# The head of a list of projects printed as a table ("ที่ | ชื่อโครงการ | กลุ่มที่รับผิดชอบ"): the name
# column's head, the number's before it, the other columns' after it (OCR may part or wrap them)
# (OCR may read the number column's head "ที่" as a speck of one or two Latin letters or symbols, "A ชื่อโครงการ",
# or run the name column's head into the unit column's with no gap, "ชื่อโครงการกลุ่มที่รับผิดชอบ"; or read its
# letters for look-alikes, "ซื้อโครงการ": fresh set s115q, obec_progress_s115q004, the head taken for a title)
_LIST_HEAD_RE = regex.compile(rf"^(?:{mark_tolerant('ที่')}\s*|[^\s\d๐-๙\u0e01-\u0e4e]{{1,2}}\s+)?"
                              rf"{ocr_tolerant('ชื่อโครงการ')}(?=\s|$|{mark_tolerant('กลุ่ม')}|{mark_tolerant('หน่วย')})")
_LIST_HEAD_IN_RE = regex.compile(rf"(?<!\S)(?:{mark_tolerant('ที่')}\s*)?{ocr_tolerant('ชื่อโครงการ')}(?=\s|$)")
_HEAD_REST_RE = regex.compile(rf"^{mark_tolerant('รับผิดชอบ')}$")  # the last column's head, wrapped alone
LIST_HEAD_MAX = 60  # a table's head row is short


def rule_list_head(state: State) -> bool:
    """The head row of a status group's list of projects printed as a table:
    no title and no text of the project before it.  Columns after the name
    ("กลุ่มที่รับผิดชอบ", the responsible unit) say that each row's name
    ends where that column starts (see _title_cell)."""
    line = state.line
    if "status" not in state.context:
        return False
    # (a longer line: the head folded with the first row's cells, right after the group's header, a table read
    # side by side whose first row's title OCR damaged past opening a row (parsers.grid): its cells after the
    # head's say the unit column; that row's title is lost, which the header's count says: groups_short_of_header)
    folded = len(line.text) > LIST_HEAD_MAX
    if folded and not ("\t" in line.text and _right_after_group(state)):
        return False
    m = _LIST_HEAD_RE.match(line.text)
    if m is None:
        return False
    if folded:
        rest = line.text[m.end():].strip()
        number, after = split_item_number(rest)
        if _TITLE_START_RE.match(rest) or (number is not None and _TITLE_START_RE.match(after)):
            return False  # the first row's title reads after the head ("ชือโครงการ โครงการส่งเสริม..."): rule_title's
    state.context["unit_column"] = folded or bool(line.text[m.end():].strip())
    state.emit("list_head", state.context["status"], line.text, line)
    state.pos += 1
    if state.pos < len(state.lines) and _HEAD_REST_RE.match(state.lines[state.pos].text.strip()):
        state.pos += 1  # "กลุ่มที่" / "รับผิดชอบ": the head's last cell wrapped onto a line of its own
    return True


# The head of a list's responsible-unit column alone on its line ("กลุ่มที่รับผิดชอบ"), after the list's
# titles: OCR read the table column by column (the titles, then the units), and the lines after it that read
# as pieces of unit names (anchors.OFFICE_UNITS, wrapped in their cells) are that column's cells
_UNIT_HEAD_RE = regex.compile(
    rf"^(?:{mark_tolerant('กลุ่มที่')}|{mark_tolerant('กลุ่มงานที่')}|{mark_tolerant('หน่วยงานที่')}|"
    rf"{mark_tolerant('ผู้')})\s?{mark_tolerant('รับผิดชอบ')}$")
UNIT_PIECE_RATIO = 90  # how alike (rapidfuzz partial ratio, marks and spaces aside) a cell is to a unit name's piece
UNIT_PIECE_MIN = 4  # letters a piece of a unit name has at least (a shorter line says nothing)


def rule_unit_column(state: State) -> bool:
    """The responsible units' column of a list of projects read after its
    titles (see _UNIT_HEAD_RE): its head and the unit cells under it are
    one block, no part of the last title (read.assemble: what follows it is
    no title's either).  Its head lost, the column starts where the unit
    cells do (_units_headless)."""
    line = state.line
    if "status" not in state.context or state.context.get("expected", 1) < 2 or len(line.text) > LIST_HEAD_MAX:
        return False
    head = line.text.strip()
    lost = not _UNIT_HEAD_RE.match(head)
    if lost and not (_HEAD_REST_RE.match(head) and state.pos + 1 < len(state.lines)
                     and _unit_piece(state.lines[state.pos + 1].text)) and not _units_headless(state):
        # (the head's last word alone, "รับผิดชอบ", its first OCR lost: the head where a unit's cell follows)
        return False
    end = state.pos + 1
    while end < len(state.lines) and _unit_piece(state.lines[end].text):
        end += 1
    state.context["unit_column"] = True  # the list's rows after it print their unit beside the name
    state.emit("unit_column", state.context["status"], line.text, line, state.lines[end - 1])
    state.pos = end
    return True


UNIT_COLUMN_MIN = 2  # lines a unit column whose head OCR lost holds at least (one line says nothing)


def _units_headless(state: State) -> bool:
    """Whether the unit column starts at the line, its head lost to OCR:
    every title the group's header counts read already (the column comes
    after the titles), the line opening a paragraph (a blank line before
    it: no wrapped piece of the last title), and it and the lines after it
    UNIT_COLUMN_MIN or more pieces of unit names, one of them a whole name
    (a title's line is no unit's name)."""
    line, counted = state.line, state.context.get("count_min")
    if not counted or state.context.get("expected", 1) - 1 < counted or state.pos == 0 \
            or state.lines[state.pos - 1].no + 1 >= line.no:
        return False
    end = state.pos
    while end < len(state.lines) and _unit_piece(state.lines[end].text):
        end += 1
    return end - state.pos >= UNIT_COLUMN_MIN and any(_whole_unit(ln.text) for ln in state.lines[state.pos:end])


@lru_cache(maxsize=16384)  # a pure function of one line: rule_unit_column and _units_headless ask it again and again
def _unit_piece(text: str) -> bool:
    """Whether a line reads as a piece of a unit's name (its cell wrapped), OCR's slips allowed."""
    if len(text) > LIST_HEAD_MAX:
        return False
    have = MARKS_AND_SPACES_RE.sub("", text)
    if len(have) < UNIT_PIECE_MIN:
        return False
    return any(have in u or (len(have) <= len(u) and fuzz.partial_ratio(have, u) >= UNIT_PIECE_RATIO)
               for u in _UNIT_SKELETONS)


def _title_cell(state: State, rest: str) -> str:
    """A title's text without a stray vowel OCR left before it; in a list
    whose head gives columns after the name, the row's name alone: the
    first cell of a row whose cells a tab parts, or the text before the
    responsible unit's name at its end (anchors.OFFICE_UNITS: a row run
    together with spaces).  A unit's name inside the name (OCR ran the
    unit's cell into the title's without a gap) is cut out, and the row is
    marked unsure (state.context["unit_unsure"]), as when no unit is found
    apart: the name may hold the unit's words."""
    rest = _TRAILING_SPECK_CELL_RE.sub("", _O_MISREAD_RE.sub("โ", _STRAY_VOWEL_RE.sub("", rest)))
    state.context["unit_unsure"], state.context["unit_missing"] = False, ()
    if not state.context.get("unit_column"):
        if "\t" in rest and not _reads_as_unit(cell := rest.partition("\t")[2].strip()) \
                and _unit_start_inside(f" {cell}") is None:
            return rest
        if "\t" not in rest and UNIT_RE.search(rest) is None and _unit_start_inside(rest) is None:
            return rest
        # (told by a row run together, no column's gap: each row's cut is said unsure, INFERRED_UNITS)
        # the list's head lost (OCR dropped it, or a page header stands in its place), its first row's unit cell
        # read after a gap ("๑ โครงการส่งเสริม สนับสนุน<tab>กลุ่มนโยบายและแผน", or a name's start where the cell
        # wrapped, "<tab>กลุ่มส่งเสริมการศึกษา" / "<tab>ทางไกล"), or its rows run together with
        # spaces, a unit's name or its start where the cell wrapped after the title's words ("3 โครงการพัฒนา
        # ระบบการติดตาม กลุ่มพัฒนาครูและบุคลากร" / "ตรวจสอบ ประเมินผลและนิเทศ<tab>ทางการศึกษา"): the list prints
        # the unit column, so this row's name and the next rows' end where their unit starts (before, the units
        # ran into the names, a row's "... การจัดการศึกษา กลุ่มนิเทศ ติดตาม" silently: fresh sets s96q, s143o)
        state.context["unit_column"] = True if "\t" in rest else INFERRED_UNITS
    unit = ""
    if "\t" in rest:
        name, _, unit = rest.partition("\t")
        rest, sure = name.strip(), True
        if missing := _unit_missing(unit):
            # the unit's cell holds a part of its name, the page wrapped the rest into the title's column
            # ("... (School of go green)<tab>กลุ่มส่งเสริมการศึกษาทางไกล" / "เทคโนโลยีสารสนเทศและ" / "การสื่อสาร"):
            # those words are cut out of the title where they stand in it whole (its lines joined: assemble);
            # unsure either way
            state.context["unit_missing"], sure = missing, False
        elif not _reads_as_unit(unit):
            sure = False  # a cell that reads as no unit's name: its words may stand in the title's column
        inside = UNIT_RE.search(rest)
    else:
        m = UNIT_TAIL_RE.search(rest)
        if m:
            state.context["unit_unsure"] = state.context["unit_column"] == INFERRED_UNITS
            return rest[: m.start()].rstrip()
        sure = False
        inside = UNIT_RE.search(rest)
        if inside and (missing := _unit_missing(rest[inside.start():])):
            # a row run together with spaces whose unit's cell, from its name's start to the line's end, holds
            # only a part of the name ("... ภาษาไทย กลุ่มนิเทศ ติดตามและประเมินผล" / "... การจัดการศึกษา"): the
            # cell is cut off the title, and the words the page wrapped onto the row's next lines are cut out of
            # it where they stand whole, as a cell a tab parts is (unsure)
            state.context["unit_missing"], state.context["unit_unsure"] = missing, True
            return rest[: inside.start()].rstrip()
    if inside:
        rest, sure = f"{rest[: inside.start()]} {rest[inside.end():].strip()}".strip(), False
    elif (piece := _unit_start_inside(rest)) is not None:
        # the start of a unit's name OCR damaged past UNIT_RE (its first letter doubled, "กกลุ่มส่งเสริมการศึกษา",
        # or cut inside a word where the cell wrapped, "กลุ่มส่งเสริมการจัด"), inside or at the end of the row's
        # first line: cut out, the rest of the name cut out of the title where it stands whole (unsure)
        a, b, cell = piece
        missing = _unit_missing(cell)
        if unit and ((joined := _unit_missing(f"{cell}{unit}")) or _whole_unit(f"{cell}{unit}")):
            # the row's unit cell after a tab goes on from that start ("... กลุ่มส่งเสริมการศึกษา ...<tab>ทางไกล",
            # the row's cells OCR ran together on its first line, then parted on its wrapped line): the name
            # lacks what the two lack together
            missing = joined
        state.context["unit_missing"] = missing
        rest, sure = f"{rest[:a].rstrip()} {rest[b:].strip()}".strip(), False
    state.context["unit_unsure"] = not sure
    return rest


INFERRED_UNITS = "inferred"  # a unit column no head or gap told, only a unit's name in a row's words (_title_cell)
UNIT_WORD = "กลุ่ม"  # what a unit's name opens with (anchors.OFFICE_UNITS, but one)
UNIT_START_MIN = 4  # letters (marks and spaces aside) a unit name's start holds past UNIT_WORD, at least
# a word opening with UNIT_WORD after a space, its first letter OCR may have doubled ("กกลุ่ม")
_UNIT_WORD_AT_RE = regex.compile(rf"(?<=\s)(ก?)({mark_tolerant(UNIT_WORD, False)}\S*)")


def _unit_start_inside(text: str) -> tuple[int, int, str] | None:
    """The start of a responsible unit's name inside a row's first line
    (OCR ran the unit's cell into the title's): a run of words after a
    space, the first opening with UNIT_WORD (its first letter doubled or
    not), that spells (marks and spaces aside) the start of a name of
    anchors.OFFICE_UNITS, not a whole one (UNIT_RE reads those),
    UNIT_START_MIN letters or more past UNIT_WORD, the longest such run
    (a title's own word, "กลุ่มเป้าหมาย", spells none); as (start, end,
    the cell's text as the name's start), or None."""
    found = None
    for m in _UNIT_WORD_AT_RE.finditer(text):
        words = list(regex.finditer(r"\S+", text, pos=m.start(2)))
        for k in range(len(words), 0, -1):
            cell = text[m.start(2): words[k - 1].end()]
            if MARKS_AND_SPACES_RE.sub("", cell) not in _UNIT_SKELETONS and _unit_name_start(cell):
                found = (m.start(), words[k - 1].end(), cell)
                break
        if found is not None:
            return found
    return None


_UNIT_SKELETONS = tuple(MARKS_AND_SPACES_RE.sub("", u) for u in OFFICE_UNITS)


def _unit_missing(cell: str) -> tuple[str, ...]:
    """The words of a responsible unit's name (anchors.OFFICE_UNITS) a unit
    cell lacks, when the cell holds only the name's start or its end (the
    page wrapped the name and OCR put the rest elsewhere): each name's rest
    or head it may be (spaces and marks aside: "การศึกษา" ends three); or,
    when it holds the name's start and its end only, what stands between
    ("กลุ่มส่งเสริมการศึกษา การสื่อสาร": the wrapped lines between read into
    the title's column, UNIT_GAP_ENDS letters a side at least); none for a
    whole name, or no name's part."""
    have = MARKS_AND_SPACES_RE.sub("", cell)
    if not have or have in _UNIT_SKELETONS:
        return ()
    found = {u[len(have):] for u in _UNIT_SKELETONS if u.startswith(have)} | \
            {u[: -len(have)] for u in _UNIT_SKELETONS if u.endswith(have)}
    if not found:
        found = {u[i: len(u) - len(have) + i] for u in _UNIT_SKELETONS if len(u) > len(have)
                 for i in range(UNIT_GAP_ENDS, len(have) - UNIT_GAP_ENDS + 1)
                 if u.startswith(have[:i]) and u.endswith(have[i:])}
    return tuple(sorted(found))


SPELL_STEPS = 500  # tries of _without_words' runs of words before it gives up (leaves the title as it stands)
UNIT_GAP_ENDS = 4  # letters a unit cell keeps of its name's start and of its end, when lines between were lost
UNIT_CELL_RATIO = 90  # how alike (rapidfuzz ratio, marks and spaces aside) a unit cell OCR damaged is to a name


def _whole_unit(cell: str) -> bool:
    """Whether a cell spells a unit's whole name (marks and spaces aside)."""
    return MARKS_AND_SPACES_RE.sub("", cell) in _UNIT_SKELETONS


def _reads_as_unit(cell: str) -> bool:
    """Whether a unit cell reads as a whole unit's name, OCR's slips allowed
    ("กรลุ่มบริหารงานบุคคล")."""
    have = MARKS_AND_SPACES_RE.sub("", cell)
    return any(fuzz.ratio(have, u) >= UNIT_CELL_RATIO for u in _UNIT_SKELETONS)


_NOT_THAI_RE = regex.compile(r"[^\u0e01-\u0e5b]")


def _name_of(p: Project) -> str:
    """A project's name: its title's lines joined, without the words of its
    row's unit name its unit cell lacks (without_unit_words).  In a list
    whose head gives a unit column after the name, a line the title's row
    wrapped onto (its first aside) whose cells after a tab all read as
    pieces of a unit's name (_unit_piece) holds the unit column's wrapped
    cell there ("ศักยภาพผู้เรียน... เทคโนโลยีสารสนเทศและ การสื่อสาร<tab>ทางไกล",
    its row's first line "๒ โครงการส่งเสริมและพัฒนา กลุ่มส่งเสริมการศึกษา",
    the row's cells run together with spaces and not folded): that cell is
    no part of the name, and the words of the unit's name it holds are no
    more missing from the unit's cell (what the unit's cell lacks past them
    is cut out of the name where it stands whole).  A unit's whole name
    ending the title's wrapped lines (anchors.UNIT_TAIL_RE), on lines of
    their own, is the row's unit cell its column wrapped under the name: cut
    off, as _title_cell cuts one off a row's first line."""
    lines, cells = p.title_lines, ""
    if p.unit_column and len(lines) > 1:
        kept = [lines[0]]
        for ln in lines[1:]:
            head, tab, tail = ln.text.partition("\t")
            if tab and head.strip() and all(_unit_piece(c) for c in tail.split("\t") if c.strip()):
                kept.append(Line(ln.no, head))
                cells += _NOT_THAI_RE.sub("", MARKS_AND_SPACES_RE.sub("", tail))  # (a rule's speck aside: "|")
            else:
                kept.append(ln)
        lines = kept
    missing = p.unit_missing
    if cells:
        missing = tuple(m[len(cells):] if m.startswith(cells) else m[: -len(cells)] if m.endswith(cells) else m
                        for m in missing)
    name = without_unit_words(clean_value(span_text(lines)), tuple(m for m in missing if m))
    if len(lines) > 1 and (m := UNIT_TAIL_RE.search(wrapped := " " + clean_value(span_text(lines[1:])))) is not None \
            and name.endswith(unit := wrapped[m.start():].strip()):
        # a unit's whole name ending the title's wrapped lines, on lines of its own: the row's unit cell the list's
        # column wrapped under the name, its head's unit column lost or read apart (fresh set s115s,
        # obec_progress_s115s002: "2 โครงการขับเคลื่อนการพัฒนา" / "ระบบประกันคุณภาพการศึกษา" / "กลุ่มนิเทศ
        # ติดตามและ" / "ประเมินผลการจัดการศึกษา", the head "กลุ่มที่รับผิดชอบ" read before "ที่ ชื่อโครงการ"), as
        # _title_cell cuts one off a row's first line
        name = name[: -len(unit)].rstrip()
    return name


def without_unit_words(title: str, missing: tuple[str, ...]) -> str:
    """A title without the words of its row's unit name its unit cell
    lacks (`missing`, see _unit_missing: the page wrapped them into the
    title's column), where exactly one such part stands in it as a run of
    whole words (spaces and marks aside); else the title as it stands."""
    cuts = {cut for part in missing if (cut := _without_words(title, part)) != title}
    return cuts.pop() if len(cuts) == 1 else title


def _without_words(text: str, letters: str) -> str:
    """`text` without a run of its words that spell `letters` (spaces and
    marks aside), where one does; else without runs of its words, in order
    with words of the title between, that spell them together, where
    exactly one set of runs does (the unit's wrapped lines stood at the
    ends of the title's lines: "... เชิดชู ทางไกล / เกียรติ ... และบุคลากร
    เทคโนโลยีสารสนเทศและ"); else `text` as it stands."""
    words = text.split(" ")
    for i in range(len(words)):
        spelt = ""
        for j in range(i, len(words)):
            spelt += MARKS_AND_SPACES_RE.sub("", words[j])
            if spelt == letters:
                return " ".join(words[:i] + words[j + 1:]).strip()
            if not letters.startswith(spelt):
                break
    bare = [MARKS_AND_SPACES_RE.sub("", w) for w in words]
    ways: list[frozenset[int]] = []
    steps = [0]

    def spell(at: int, rest: str, taken: tuple[int, ...]) -> None:
        """The ways to spell `rest` from runs of the words from `at` on, each run after a word kept (at
        most SPELL_STEPS tries in all: a hostile title of one word repeated is two ways, in doubt)."""
        steps[0] += 1
        if steps[0] > SPELL_STEPS:
            ways.extend((frozenset(), frozenset()))
        if len(ways) > 1:
            return
        if not rest:
            ways.append(frozenset(taken))
            return
        for i in range(at, len(words)):
            spelt = ""
            for j in range(i, len(words)):
                spelt += bare[j]
                if not spelt or not rest.startswith(spelt):
                    break
                spell(j + 2, rest[len(spelt):], (*taken, *range(i, j + 1)))

    spell(0, letters, ())
    if len(ways) != 1:
        return text
    return " ".join(w for k, w in enumerate(words) if k not in ways[0]).strip()


# letters a token before a title word holds where it is a word OCR garbled, no number's look-alike: two in a row
# (the marks on them aside: "ซือ")
_WORD_SPECK_RE = regex.compile(r"(?:[\u0e01-\u0e2eA-Za-z][\u0e30-\u0e4e]*){2}")


def rule_title(state: State) -> bool:
    """A project title whose number follows the group's sequence, or could be
    the next number misread; a title with a higher number is taken when a
    project section follows it (titles before it were missed).  A title whose
    number cannot be read at all is numbered by its place, which the group's
    count in the summary must confirm (see number_titles)."""
    line = state.line
    if "status" not in state.context:
        return False
    text, misread = _title_word_misread(line.text)  # (the line with its title word read whole, the word printed)
    number, rest, speck = _number_or_speck(text)
    if number is not None and 0 in number and _TITLE_START_RE.match(rest):
        # a part 0 is no item number (titles and groups count from 1): OCR misread it, "0.0 โครงการ" for ๓.๑
        speck, number = text[: max(0, len(text) - len(rest))].strip() or "0", None
    consumed = 1
    if number is None and speck is None and _NUMBER_ONLY_RE.match(text) and state.pos + 1 < len(state.lines):
        nxt = state.lines[state.pos + 1].text  # "on." alone, the title on the next line
        if _TITLE_START_RE.match(nxt):
            speck, rest, consumed = text, nxt, 2
    if number is None and speck is None and _TITLE_START_RE.match(text) and state.context.get("after_findings") \
            and text[_TITLE_START_RE.match(text).end():].strip():
        # no number at all, right after a project's findings: a section must vouch (the word alone is no
        # title: the last word of a finding the page width wrapped, "... ตาม" / "โครงการ")
        speck = ""
    if number is None and speck is None and _number_lost_row(state):
        speck = ""  # a row of a list of titles whose number OCR lost: the next row's number vouches (below)
    if (number is None and speck is None) or not (_TITLE_START_RE.match(rest)
                                                  or _letter_lost_title(state, number, rest, printed_number(text))):
        return False
    slip = None
    if not _TITLE_START_RE.match(rest):
        # the title word with a letter lost or doubled (_letter_lost_title): the list's next title, whose word is
        # "โครงการ" (its stray vowels aside); the name takes the word whole, the printing said (read_report)
        m = _LETTER_LOST_RE.match(rest)
        slip, rest = _STRAY_VOWEL_RE.sub("", m.group(0)), _TITLE_WORD + rest[m.end():]
    slip = slip or misread
    if _in_legend(state):  # (asked of a line that reads as a title only: what comes before is pure, and cheaper)
        return False
    if "\t" in rest and not state.context.get("unit_column") and _garbled_number_title(text):
        rest = _without_folded_specks(rest)  # folded with the specks' lines around it (_opens_row)
    if number is None and _NOTE_OF_NUMBERS_RE.match(rest):
        return False  # "get โครงการที่ ฆข และ ๕ เป็นโครงการที่...": a note naming projects by number, its word garbled
        # (nor does it continue the title before it: _title_run)
    if state.context.get("empty"):
        _next_group(state)
    expected = state.context["expected"]
    printed = printed_number(text)
    if number is None and speck and _DIGITS_RE.fullmatch(speck) and could_be(speck, str(expected)):
        number, printed = (int(thai_digits_to_arabic(speck)),), speck  # "๒, โครงการ": a number, its dot read as a comma
    lookalike = None
    if number is None and speck and not _DIGITS_RE.fullmatch(speck) and len(speck) <= 2 \
            and could_be(speck, str(expected)) and rest[_TITLE_START_RE.match(rest).end():].strip():
        # "ฒ. โครงการ" for ๗: OCR's look-alike of the number expected; as a misread digit of it (below) it
        # needs no section to vouch for it (a title listed alone, no report asked of its project); its
        # reading is said as an unreadable number's is, which the summary's count must confirm.  The word
        # alone names no project ("จำนวน / a โครงการ": a count the page wrapped)
        number, printed, lookalike = (expected,), speck, speck
    if number is None and speck and not _DIGITS_RE.fullmatch(speck) and len(speck) <= 2 \
            and not could_be(speck, str(expected)) and could_be(speck, str(expected + 1)) \
            and _section_follows(state) and (after := _next_title_token(state)) is not None \
            and could_be(after, str(expected + 2)) and not could_be(after, str(expected + 1)):
        # "a. โครงการ" for ๓ where ๒ is expected (the title before it lost whole), and the next title's number
        # reads as the one after ("๕." for ๔), not as this one's: the look-alike's reading that fits the list's
        # order is its number (a title was missed before it), not its place; said as a look-alike's reading is
        # (below), which the summary's count must confirm
        number, printed, lookalike = (expected + 1,), speck, speck
    if number is None and speck and _WORD_SPECK_RE.search(speck) \
            and not rest[_TITLE_START_RE.match(rest).end():].strip():
        # the title word alone after letters no number reads as ("ซือโครงการ": the list's column title "ชื่อโครงการ",
        # its vowels lost): no project's name (fresh set s110v, obec_progress_s110v002, read as the group's first
        # title, the titles under it one place late and the last one run into the one before).  (A speck of
        # punctuation before it, ") โครงการ", is a wrapped item's last word: the rules after weigh it.)
        return False
    if number is None and speck and not _WORD_SPECK_RE.search(speck) \
            and not rest[_TITLE_START_RE.match(rest).end():].strip() and _section_after(state, 1) is not None:
        # the title word alone after a speck of punctuation, a section's heading right under it (". โครงการ" /
        # "ความก้าวหน้าของเป้าหมายโครงการ ..."): no title, whose name stands between; the last word of the item
        # above, wrapped under a list's column of marks (fresh set s151p, obec_progress_s151p004: read as a
        # project named "โครงการ", the round after it the project's before it, all lost).  The line is read as the
        # word alone, its speck left out, and said (read_report: `word_wraps`)
        state.lines[state.pos] = replace(line, text=rest)
        state.context.get("word_wraps", []).append(line)
        return False
    if number is None:
        # the number is unreadable: a following section, or a list of titles only, vouches for the title
        section = _section_after(state, 4)  # (the marker _section_follows would find)
        if not (section is not None or state.context.get("titles_only") or _next_title_numbered(state, expected + 1)
                or _count_awaits(state, expected)):
            return False
        if not state.context.get("titles_only") and _round_goes_on(state, section):
            return False  # a line of the round's own part ("๑)" / "วมโครงการมีความพึงพอใจ..."), the round's next part after it
        if _wrapped_word_in_round(state, rest):
            return False
        state.context["expected"] = expected + 1
        state.context["by_place"] = True  # the numbers expected from here on rest on this title's place
        block = state.emit("title", state.context["status"], _title_cell(state, rest), line,
                           state.lines[state.pos + consumed - 1],
                           seq=expected, repaired=speck or "(none)", inferred=state.context.pop("inferred", None),
                           slip=slip, unit_unsure=state.context["unit_unsure"],
                           unit_missing=state.context["unit_missing"],
                           unit_column=bool(state.context.get("unit_column")))
        if (jump := state.context.get("jump")) is not None and jump[1].key == block.key:
            jump[2].append(block)  # (numbered by its place after a title taken past a gap: the gap may close later)
        state.context.update(titles_only=True, round_part=None, round_quarter=None)
        state.pos += consumed
        return True
    glued = False  # (the number read as the group's and the title's, below: one number as printed)
    if len(number) == 1 and number[0] > expected + 1 and printed and len(printed) == 2 \
            and int(thai_digits_to_arabic(printed[0])) == state.context["group_number"]:
        # "๓๑ โครงการ": the group's number and the title's, the dot between them lost ("๓.๑")
        number, printed = (state.context["group_number"], int(thai_digits_to_arabic(printed[1]))), printed[1]
        glued = True
    seq = number[-1]
    if len(number) == 2 and number[0] != state.context["group_number"] and seq != expected:
        return False  # (the group's number printed before every title may be misread: the sequence decides)
    repaired = None
    jump, state.context["jump"] = state.context.get("jump"), None
    count_max = state.context.get("count_max")
    if jump is not None and lookalike is None and seq != expected and (
            seq == jump[0] + 1 and not jump[2]
            or seq == jump[0] + 1 + len(jump[2]) and not state.context.get("count_printed")
            or (not jump[2] and seq < expected and count_max is not None and expected > count_max
                and _last_title(state) is jump[1])):
        # "๓." / "๑๕." / "๕.": the title taken past a gap in the sequence (a section vouched for it) is followed
        # by one numbered right after the number that title was expected to bear: no titles were missed, the
        # number past the gap was that one misread (๔ read as "๑๕"); it takes it, said as the sequence's repair.
        # So too where the title after it reads lower than the number past the gap ("9." for ๖, then "๓." for ๗)
        # and its place after that number would pass every reading of the count the group's header states: the
        # list runs past its count only if that number was misread (the title after it is then read as the
        # number after the one expected, below); the title right after it only (one numbered by its place between
        # says nothing of it).  Where the group's header prints no count in digits (none, or one OCR garbled into
        # letters, "(od โครงการ)", whose readings are guesses), titles between whose numbers were unreadable
        # (numbered by their places: "9." for ๑, "la." for ๒, "๓.") count as places: the title after them that
        # reads as its place past the number expected closes the gap as well, and they take their places after it
        # (fresh set s132o, obec_progress_s132o001: the group numbered 9 to 13, its last two titles, look-alikes
        # of ๖ and ๗, lost).  (A count printed in digits that passes the titles read says titles were lost: the
        # gap stands, as before.)
        before, block, between = jump
        block.data["repaired"], block.data["seq"] = block.data["seq"], before
        for k, placed in enumerate(between, start=1):
            placed.data["seq"] = before + k
        expected = before + 1 + len(between)
    if seq != expected:
        listed = state.context.get("titles_only") and len(number) == 2 and number[0] == state.context["group_number"]
        if could_be(printed or str(seq), str(expected)):  # a misread digit (๒๕ for ๒๔)
            # after a title numbered by its place (its number unreadable), the number expected is that
            # place's, which the summary's count must confirm as for that title (see number_titles)
            repaired, seq = (str(seq) if state.context.get("by_place") else seq), expected
        elif seq > expected and state.context.get("count_max") is not None and seq > state.context["count_max"]:
            # a number past every reading of the count the group's header states ("9." for ๑ under "จำนวน ๒
            # โครงการ"): misread, not titles missed before it; its place stands in (see number_titles)
            repaired, seq = str(seq), expected
        elif listed and (seq < expected or (expected > 1 and not (_section_follows(state)
                                                                   or _next_title_follows(state, number)))):
            # in a list of titles, "๓.๑" after "๓.๕" under group ๓, or "3.9" after "3.5" with no title numbered
            # 3.10 after it (nor a section) to say titles were missed before it: a title whose own number OCR
            # misread in a way the table does not know ("3.9" for 3.6); its place stands in, as for an
            # unreadable number (see number_titles).  (The list's first title read, no title before it in the
            # list, is not taken so: nothing says it is no misread, nor that it is one)
            repaired, seq = str(seq), expected
        elif seq < expected and len(number) == 1 and state.context.get("titles_only") \
                and not state.context.get("by_place") and rest[_TITLE_START_RE.match(rest).end():].strip():
            # in a list of titles only (the title before it printed no section: a project listed alone,
            # "๕. โครงการโรงเรียนสีเขียว" / "๑. โครงการตรวจสอบ..." for ๖), a line opening with a plain number the
            # list already passed and the title's word with its name after it: the next title, its number
            # misread past the confusions the table knows, no wrapped line of the title before it (a title's
            # wrapped words open with no number and no title word).  Before, its line was joined to that title's
            # name and its project had no row, no issue naming it.  Its place stands in, said as for an
            # unreadable number (number_titles: the summary's count confirms it, or it is only flagged).  Not after
            # a title numbered by its place (no number printed, by_place): a number printed after it that reads
            # as that place says the numberless line was none of the list's titles (a table's row read apart)
            repaired, seq = str(seq), expected
        elif seq < expected and len(number) == 1 and not state.context.get("titles_only") \
                and rest[_TITLE_START_RE.match(rest).end():].strip() and _count_awaits(state, expected, passed=True):
            # right after a project's findings, a plain number the list already passed before the title's word
            # and a name, in a group whose count holds another title, the next title numbered by a reading of
            # the number after (or the note naming such projects): the group's next title, listed with no
            # section, its number misread past the table (_count_awaits); its place stands in (number_titles)
            repaired, seq = str(seq), expected
        elif seq == 1 and len(number) == 1 and expected > 1 and count_max is not None and expected > count_max \
                and _status_after(state.context["status"]) is not None \
                and (after := _next_title_token(state)) is not None and could_be(after, "2"):
            # titles numbered from 1 again past every reading of the count the group's header states, the next
            # numbered 2: the next group's rows, its header lost (OCR dropped it at a page's foot, with the list's
            # head: fresh set s154o, obec_progress_s154o001, whose seven projects not started were read as the
            # last project's problems, six lost).  Read under this group by their places, as titles past its count;
            # split_groups parts them by the summary's counts (said, rule count)
            repaired, seq = str(seq), expected
        elif not _section_follows(state) and not (seq > expected and _next_title_follows(state, number)):
            return False
        elif seq < expected:  # a number already passed: unreadable in effect; its place stands in (see number_titles)
            repaired, seq = str(seq), expected
        # else: a section vouches for the title and its number is what it says (titles before it were missed)
    if lookalike is not None:
        repaired = lookalike
    state.context["expected"] = seq + 1
    # (the printed run's next number, where the title was read by its place: _letter_lost_title)
    state.context["printed_next"] = number[0] + 1 if number is not None and len(number) == 1 and repaired is not None \
        else None
    block = state.emit("title", state.context["status"], _title_cell(state, rest), line, seq=seq, repaired=repaired,
                       printed=printed if printed is not None else speck, slip=slip,
                       inferred=state.context.pop("inferred", None), unit_unsure=state.context["unit_unsure"],
                       unit_missing=state.context["unit_missing"], unit_column=bool(state.context.get("unit_column")))
    if repaired is None and seq > expected + 1 and (len(number) == 1 or glued):
        state.context["jump"] = (expected, block, [])  # past a gap of more than one: a later title may close it
    state.context["titles_only"] = True  # until a section marker says otherwise
    state.context.update(round_part=None, round_quarter=None)  # (no round of this project read yet)
    state.pos += 1
    return True


# an item number OCR garbled past reading, its mark kept ("wv." / "oa." for "๙." / "๗.", the dot read as a comma
# too, "on," for "๗."): no Thai letter in it
_GARBLED_MARKED_RE = regex.compile(r"^\(?[^\s\u0e01-\u0e4e]{1,3}[.,)]\s")
# ... or read as Latin letters, its mark lost with them ("ae โครงการ..." for "๘. โครงการ...")
_LATIN_UNMARKED_RE = regex.compile(r"^[A-Za-z]{1,2}\s+(?=\S)")


NEXT_TITLE_REACH = 800  # lines a project's report spans at most, to the next title


def _next_title_token(state: State) -> str | None:
    """The number of the next title after this line, as printed (digits,
    or the token OCR made of them), within NEXT_TITLE_REACH lines; None if a
    group's header comes first, or none is found."""
    for ln in state.lines[state.pos + 1: state.pos + 1 + NEXT_TITLE_REACH]:
        number, rest, speck = _number_or_speck(ln.text)
        if (number is None and speck is None) or not _TITLE_START_RE.match(rest):
            continue
        if status_of(rest):
            return None
        return printed_number(ln.text) if number is not None else speck
    return None


def _count_awaits(state: State, expected: int, window: int = 4, passed: bool = False) -> bool:
    """A title whose number OCR garbled, its mark kept ("wv. โครงการ..."),
    right after a project's findings, in a group whose stated count reads
    as `expected` or more (some reading of it: count_max), and the next
    title within `window` lines garbled so too or numbered by a misreading
    of the number after `expected` ("๕." for ๘.), or the note that names
    such projects ("หมายเหตุ ..."): the group's next title, of a project
    listed with no section (one that reports nothing, "หมายเหตุ โครงการที่
    ๙ และ ๑๐ ..."), which no section after it and no plainly numbered title
    after it vouches for.  (A finding of the project before that opens
    with the word, its number garbled, has the next project's title after
    it, numbered `expected`.)  Numbered by its place, which the summary's
    count must confirm (number_titles).  With `passed`, the title's number
    is a plain one the list already passed ("๑. โครงการส่งเสริม..." for ๗
    after project ๖'s findings, then "๕. โครงการ..." for ๘: fresh set
    s92p, obec_progress_s92p001; before, its line ran into the findings
    before it and its project had no row), asked as a garbled one is."""
    count = state.context.get("count_max")
    if not state.context.get("after_findings") or count is None or count < expected \
            or (not passed and _GARBLED_MARKED_RE.match(state.line.text) is None
                and _LATIN_UNMARKED_RE.match(state.line.text) is None):
        return False
    for ln in state.lines[state.pos + 1: state.pos + 1 + window]:
        if _NOTE_RE.match(ln.text):
            return True
        number, rest, speck = _number_or_speck(ln.text)
        if _TITLE_START_RE.match(rest) and (number is not None or speck is not None):
            if number is not None:
                return len(number) == 1 and could_be(printed_number(ln.text) or "", str(expected + 1))
            return _GARBLED_MARKED_RE.match(ln.text) is not None
    return False


_NOTE_RE = regex.compile(rf"^{mark_tolerant('หมายเหตุ')}")


def _number_lost_row(state: State) -> bool:
    """In a list of titles only (a group whose projects print no sections),
    a line opening with the title's word and no number at all, and the next
    title within a few lines numbered one past the number the list expects
    ("๑ โครงการ..." / "โครงการส่งเสริม...  กลุ่ม..." / "๓ โครงการ..."): a
    row whose number OCR lost, no wrapped line of the title before it (that
    one's next row would bear the number expected).  Numbered by its place,
    which the summary's count must confirm (see number_titles)."""
    text = state.line.text
    m = _TITLE_START_RE.match(text)
    if m is None or not state.context.get("titles_only") or not text[m.end():].strip():
        return False
    return _next_title_numbered(state, state.context["expected"] + 1)


# a note that names projects by their numbers ("หมายเหตุ โครงการที่ ๓ และ ๕ เป็นโครงการที่ได้รับจัดสรร..."), its
# word OCR garbled into a token that stands where a title's number would ("get โครงการที่ ฆข และ ๕ ..."): no title
_NOTE_OF_NUMBERS_RE = regex.compile(rf"^{mark_tolerant('โครงการที่')}\s+\S{{1,4}}\s*(?:,|{mark_tolerant('และ')})\s*\S{{1,4}}(?:\s|$)")


def note_of_numbers(text: str) -> bool:
    """Whether a line is a note naming projects by number whose word OCR
    garbled into a token where a title's number would stand (_NOTE_OF_NUMBERS_RE)."""
    number, rest, speck = _number_or_speck(text)
    return number is None and speck is not None and _NOTE_OF_NUMBERS_RE.match(rest) is not None


# "โครงการ" with one of its letters lost, or one read twice (OCR's double of one glyph: "โคครงการ"), after the
# stray vowels OCR read a table's rule as ("เโโรงการ...", "เโโคครงการ...")
_TITLE_WORD = "โครงการ"
_TITLE_WORD_SLIPS = sorted({_TITLE_WORD[:k] + _TITLE_WORD[k + 1:] for k in range(len(_TITLE_WORD))}
                           | {_TITLE_WORD[:k + 1] + _TITLE_WORD[k:] for k in range(len(_TITLE_WORD))},
                           key=lambda w: (-len(w), w))
_LETTER_LOST_RE = regex.compile(rf"^(?:{_STRAY_VOWEL})?(?:{'|'.join(_TITLE_WORD_SLIPS)})(?=\S)")
# ... or with one of its consonants misread as another ("โตรงการ", "โดรงการ": ค read as ต or ด), after an item
# number or the token OCR made of one and its mark ("on. โตรงการ...", "๕. โดรงการ...")
_TITLE_WORD_MISREAD_RE = regex.compile(
    r"^(\S{1,4}?[.,)]\s*)("
    + "|".join(regex.escape(_TITLE_WORD[:k]) + "[\u0e01-\u0e2e]" + regex.escape(_TITLE_WORD[k + 1:])
               for k, ch in enumerate(_TITLE_WORD) if "\u0e01" <= ch <= "\u0e2e")
    + r")(?=\S)")


@lru_cache(maxsize=4096)
def _title_word_misread(text: str) -> tuple[str, str | None]:
    """`text` with its title word read whole where, after an item number (or
    the token OCR made of one) and its mark, it opens with the word one
    consonant misread ("on. โตรงการขับเคลื่อน..." for "๓. โครงการ..."),
    and that word as printed; else `text` and None.  Before, the line
    opened no title (no title word after the number), and was read as the
    wrapped words of the title before it: its project had no row."""
    m = _TITLE_WORD_MISREAD_RE.match(text)
    if m is None or m.group(2) == _TITLE_WORD:
        return text, None
    return text[: m.start(2)] + _TITLE_WORD + text[m.end(2):], m.group(2)


def _letter_lost_title(state: State, number: tuple[int, ...] | None, rest: str, printed: str | None = None) -> bool:
    """A row of a list of titles only (a group whose projects print no
    sections, a table of number, title and unit), numbered plainly with the
    very number the list expects next, or a reading of its digits that is
    (`printed`, "๕" for ๔: rule_title says the repair), whose title word OCR
    read with a letter lost or doubled ("2 เโโรงการเสริมสร้าง...", "๕
    โคครงการ..."): the next title, no wrapped line of the one before it
    (where a copy's other printing reads it whole, the copies' vote gives
    the name).  Before, a misread number ran the row and the rows after it
    into the title before (fresh set s146o, obec_progress_s146o002)."""
    if number is None or len(number) != 1 or not state.context.get("titles_only") \
            or _LETTER_LOST_RE.match(rest) is None:
        return False
    expected = state.context["expected"]
    # (or the number after the last title's as printed, where titles are read by their places past a group's
    # count, numbered from 1 again: the next group's, its header lost; "6 โคครงการ..." after "5 โครงการ..." read
    # as title 10)
    return number[0] in (expected, state.context.get("printed_next")) \
        or printed is not None and could_be(printed, str(expected))


def _counts_none(text: str) -> bool:
    """Whether a status group's header counts no projects in Arabic digits
    (which OCR does not misread): "จำนวน 0 โครงการ", "(0 โครงการ)"."""
    count = _GROUP_NUMBER_RE.search(text)
    return bool(count and (count.group(1) or count.group(2)) == "0")


def _status_after(status: str) -> str | None:
    """The status group that comes after `status`'s (rows come in the groups' order), None after the last."""
    order = list(STATUS_PHRASES)
    return order[order.index(status) + 1] if order.index(status) + 1 < len(order) else None


def _next_group(state: State) -> None:
    """A title under a group whose header counts no projects (_counts_none):
    the next group's header was lost, and the titles are that group's."""
    empty = state.context["status"]
    if (status := _status_after(empty)) is None:
        return
    state.context.update(status=status, group_number=state.context["group_number"] + 1, expected=1, empty=False,
                         by_place=False,
                         inferred=empty)


def _next_title_follows(state: State, number: tuple[int, ...], window: int = 4) -> bool:
    """In a group's list of titles numbered under the group ("๓.๒", "๓.๓"
    under "๓. โครงการที่ยังไม่ได้ดำเนินการ"), whose projects print no
    sections: the next title within `window` lines (of text, the title's
    own wrapped words among them) is numbered right after this one, so the
    number is no misread and the titles before it were missed (their
    numbers lost to OCR: "0.0 โครงการ..." for ๓.๑).  So too in a list of
    titles numbered plainly ("2 โครงการ..." / "3 โครงการ..." in a table of
    number, title and unit) under a header whose count, every reading of its
    digits, holds the next title: the first rows' titles OCR damaged past
    reading (groups_short_of_header says the loss)."""
    if len(number) == 1:
        if not state.context.get("titles_only") or state.context.get("count_min") is None \
                or number[0] + 1 > state.context["count_min"]:
            return False
        want = (number[0] + 1,)
    elif number[0] != state.context["group_number"]:
        return False
    else:
        want = (number[0], number[1] + 1)
    for ln in state.lines[state.pos + 1: state.pos + 1 + window]:
        nxt, rest = split_item_number(ln.text)
        if nxt is not None and _TITLE_START_RE.match(rest):
            return nxt == want
    return False


def _next_title_numbered(state: State, seq: int, window: int = 4) -> bool:
    """The next title within `window` lines (of text, this title's own
    wrapped words among them) is numbered `seq`, plainly, alone or under
    the group's number: it vouches for an unreadable number before it
    ("ae. โครงการ..." / "๑๐. โครงการ..." for ๙ and ๑๐, projects listed
    with no sections: the last titles of a group whose projects report
    nothing, "หมายเหตุ โครงการที่ ๙ และ ๑๐ ...")."""
    for ln in state.lines[state.pos + 1: state.pos + 1 + window]:
        nxt, rest = split_item_number(ln.text)
        if nxt is not None and _TITLE_START_RE.match(rest):
            return nxt in ((seq,), (state.context["group_number"], seq))
    return False


def _section_follows(state: State, window: int = 4) -> bool:
    """A project section marker within `window` lines, with no other title
    line before it (OCR debris between, the specks a stamp or a page edge
    left, "1", "Vu", does not count, up to `window` lines of it)."""
    return _section_after(state, window) is not None


def _round_goes_on(state: State, found: tuple[str, str] | None) -> bool:
    """Whether the section marker that vouches for a title whose number is
    unreadable (`found`: _section_after's) is the next part of the round the line
    stands in: since the last title a part of a round was read, the marker
    comes after it in the form's order (the targets' heading, which opens
    every round, never does), and its quarter, where both name one, is the
    round's.  A line of a part's list whose opening OCR lost glued to the
    word ("๑)" / "วมโครงการมีความพึงพอใจ..." for "ผู้เข้าร่วมโครงการ...",
    the letters before "โครงการ" read as the title's unreadable number) is
    no title: a project opens with its report's first part, not with a part
    of the round before it."""
    part = state.context.get("round_part")
    if part is None or found is None:
        return False
    key, heading = found
    if PART_ORDER.get(key, -1) <= PART_ORDER.get(part, len(PART_ORDER)):
        return False
    q, round_q = quarter_of(heading), state.context.get("round_quarter")
    return q is None or round_q is None or q[0] == round_q


def _wrapped_word_in_round(state: State, rest: str) -> bool:
    """Whether a line that reads as a title whose number is unreadable is the
    title word alone ("." / ")" and "โครงการ", nothing after it) inside a
    round: a part of a round was read since the last title (the context's
    `round_part`), and the part's lines are not over (the next line that is
    no OCR debris is no section marker's).  That is the last word of an item
    of the part the page width wrapped ("๑ ควรจัดสรรงบประมาณให้เหมาะสมกับ
    รูปแบบกิจกรรมตาม" / ". โครงการ" / "๒ ปรับโปรแกรม..."), the speck the mark
    OCR left where the item's line goes on; a title unread but for its word
    would take the part's next item for its name, and the round after it for
    a project of its own."""
    if state.context.get("round_part") is None or state.context.get("titles_only"):
        return False
    if rest[_TITLE_START_RE.match(rest).end():].strip():
        return False  # a name after the word: a title (its number unread) the section after it vouches for
    nxt = _near(state, 1)
    return nxt is not None and match_marker(nxt) is None


def _section_after(state: State, window: int) -> tuple[str, str] | None:
    """(key, heading line) of the marker _section_follows finds, or None.
    The lines of a page OCR spoilt (lists.garbage_zones: the context's
    `lost`) count for nothing: a title right over such a page ("é. โครงการ
    ...", its number unreadable) is vouched for by the marker the page's
    end shows, its report's heading lost with the page."""
    seen = debris = 0
    lost = state.context.get("lost") or ()
    lines = state.lines[state.pos + 1:]
    if lost:
        lines = [ln for ln in lines[: 2 * window + len(lost)] if ln.no not in lost]
    for ln in lines[: 2 * window]:
        if is_debris(ln.text) and debris < window:
            debris += 1
            continue
        seen += 1
        if seen > window:
            return None
        number, rest = split_item_number(ln.text)
        if number is not None and _TITLE_START_RE.match(rest):
            return None
        found = match_marker(ln.text)
        if found and found[0].key in SECTION_KEYS:
            return found[0].key, ln.text
    return None


_LEADING_SPECK_RE = regex.compile(r"^[^\w\s]{1,2}\s+")


def rule_marker(state: State) -> bool:
    """A section marker (see parsers.obec_progress.anchors)."""
    line = state.line
    found = match_marker(line.text)
    if found is None and (speck := _LEADING_SPECK_RE.match(line.text)):
        # a speck OCR left before the heading (". ความก้าวหน้าของเป้าหมายโครงการ ..."): the heading all the same
        found = match_marker(line.text[speck.end():])
        if found is not None and found[0].key not in SECTION_KEYS:
            found = None  # (". ครูในสังกัด...": a list item whose number OCR lost leaving its mark; only a part's heading)
    if found is None:
        return False
    hit, rest = found
    if hit.key in ROUND_OPENINGS and _right_after_group(state):
        # a round right after a group's header: its first project's, whose title OCR lost (assemble: _titles_lost)
        # takes the number expected (after a header counting none, the next group's first: _next_group)
        if state.context.get("empty"):
            _next_group(state)
        state.context["expected"] += 1
    state.context["titles_only"] = False
    state.context["last_activity"] = 0  # a round's main activities number from 1
    state.context["section"] = hit.key
    state.context["round_part"] = hit.key  # (the last part of a round read since the last title: _round_goes_on)
    if (q := quarter_of(line.text)) is not None:
        state.context["round_quarter"] = q[0]
    if hit.key in FINDING_KEYS:
        state.context["after_findings"] = True
    elif hit.key in ("targets", "output"):
        state.context["after_findings"] = False
    state.emit("marker", hit.key, rest, line, heading=line.text)
    state.pos += 1
    return True


def _last_title(state: State) -> Any:
    """The last title block read, or None."""
    return next((b for b in reversed(state.blocks) if b.kind == "title"), None)


def _right_after_group(state: State) -> bool:
    """Whether the last block read other than text is a group's header."""
    return next((b.kind == "group" for b in reversed(state.blocks) if b.kind != "text"), False)


def rule_activity(state: State) -> bool:
    """"กิจกรรมหลักที่ N ..." opens a main activity."""
    line = state.line
    m = _ACTIVITY_RE.match(line.text)
    again = None
    if m:
        number, repaired = int(thai_digits_to_arabic(m.group(1))), None
        again = _NUMBER_AGAIN_RE.match(line.text, m.end())
        if again is not None and int(thai_digits_to_arabic(again.group(1))) != number:
            again = None
    elif m := _loose_activity(state):
        number, repaired = state.context.get("last_activity", 0) + 1, None
    else:
        m = _ACTIVITY_DAMAGED_RE.match(line.text) or _ACTIVITY_ALONE_RE.match(line.text)
        if not m:
            return False
        number, repaired = state.context.get("last_activity", 0) + 1, m.group(1) if m.re is _ACTIVITY_DAMAGED_RE else ""
    state.context["last_activity"] = number
    if again is not None:  # "กิจกรรมหลักที่ 3 3 สรุป...": its number read twice, the name after the second
        state.emit("activity", None, line.text[again.end():], line, number=number, repaired=None,
                   again=again.group(0).strip())
    else:
        state.emit("activity", None, line.text[m.end():], line, number=number, repaired=repaired)
    state.pos += 1
    return True


def _loose_activity(state: State) -> regex.Match | None:
    """A main activity's heading whose words OCR damaged past the patterns
    (one letter added, dropped or changed: "กคิจกรรมหลักที่ ๒"), where the
    sequence vouches for it: under the activities' heading, its number the
    next after the activity before (or 1), the heading word's skeleton
    within one edit of "กิจกรรมหลักที่"'s, or the heading's words read as one
    run of Latin letters (_ACTIVITY_LATIN_RE).  A sentence of a progress text
    that opens with such a word and the next number is the only other
    reading, and no sentence does."""
    if state.context.get("section") != "activities":
        return None
    want = state.context.get("last_activity", 0) + 1
    if (m := _ACTIVITY_LATIN_RE.match(state.line.text)) is not None:
        # (before, the heading ran into the activity above's progress, its row lost with nothing said: fresh set
        # s128o, obec_progress_s128o001)
        return m if int(thai_digits_to_arabic(m.group(2))) == want else None
    m = _ACTIVITY_LOOSE_RE.match(state.line.text)
    if m is None or int(thai_digits_to_arabic(m.group(2))) != want:
        return None
    return m if Levenshtein.distance(skeleton(m.group(1)), _ACTIVITY_SKELETON, score_cutoff=1) <= 1 else None


def rule_piece(state: State) -> bool:
    """A line of text, saying whether a new part of the report starts on it
    (see part_starts) or it goes on from the line before."""
    state.emit("text", None, state.line.text, state.line, new_part=state.context["starts_part"](state.line),
               wraps=state.context.get("running", False) and not state.line.bullet)
    state.pos += 1
    return True


RULES: list[tuple[str, Callable[[State], bool]]] = [
    ("group", rule_group),
    ("list_head", rule_list_head),
    ("unit_column", rule_unit_column),
    ("title", rule_title),
    ("marker", rule_marker),
    ("activity", rule_activity),
    ("text", rule_piece),
]


# ---------------------------------------------------------------- assembly

TITLE_DEBRIS_MAX = 3  # lines of OCR debris under a title past which no text line continues it


@dataclass(slots=True)
class Project:
    status: str
    seq: int
    title_lines: list[Line]
    repaired: int | str | None = None  # (a str: its number as printed, unreadable: kept_by_place)
    rounds: list[Round] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)
    line_end: int = 0
    after_empty: str | None = None  # the group before said it holds none: this group's header was not read
    split_from: str | None = None  # read under this group, past its count: the next group's header was not read
    debris: set[int] = field(default_factory=set)  # lines of OCR specks between the title and what follows
    unit_unsure: bool = False  # a row of a list of projects with a unit column whose unit was not found apart
    unit_missing: tuple[str, ...] = ()  # the unit name's words its cell lacks, which may stand in the title
    unit_column: bool = False  # a row of a list whose head gives a responsible unit's column after the name
    closed: bool = False  # its list's unit column was read after the titles (rule_unit_column): no text goes on
    group_after: bool = False  # the next status group's header stands after its rounds: no text goes on in them
    # a figure OCR garbled past a year's reading, under a title that waits for one: left out as debris, said
    figure_apart: list[Line] = field(default_factory=list)
    printed: str | None = None  # its number as printed (None: none read; a speck or a letter OCR wrote for it)
    slip: str | None = None  # its title word as printed, a letter OCR lost or doubled ("โคครงการ"), read as "โครงการ"
    # the title row's last line: a row of a table read side by side (parsers.grid) folds the lines its cells
    # wrapped over into its first, and what wraps on after the row is as near as the row's last line
    title_end: int = 0
    # its title's line not read (OCR lost it whole), its round right after its group's header: the header's line
    # (_titles_lost)
    title_lost: int | None = None
    # read from the rounds of the project before it, one of them out of quarter order (rounds_out_of_order): its
    # title OCR lost between (split_lost_titles); the quarter that round names and the quarter of the round before
    split_from_rounds: tuple[int, int] | None = None
    # ... and its title read after all, at the end of the round before: the line there that opens with the title
    # word after specks OCR made of its number (_title_in_tail), as printed
    title_specks: str | None = None

    @property
    def kept_by_place(self) -> bool:
        """Whether its number was unreadable (as printed, a str in `repaired`) and it is numbered by its place."""
        return self.repaired is not None and not isinstance(self.repaired, int)


# A title-only list item (no sections follow) may wrap onto a short next line (see _trim_title_only).
TITLE_WRAP_MAX = 150
TITLE_GAP = 2


def row_ends(lines: list[Line], folded: list[Line]) -> dict[int, int]:
    """The last line of each row a table read side by side folded from
    several lines (parsers.grid.fold_tables: `folded`, from `lines`), by
    its first line's number."""
    out: dict[int, int] = {}
    nos = [ln.no for ln in lines]
    for k, ln in enumerate(folded):
        if "\t" not in ln.text:
            continue
        below = folded[k + 1].no if k + 1 < len(folded) else nos[-1] + 1
        end = nos[bisect_left(nos, below) - 1] if nos else ln.no
        if end > ln.no:
            out[ln.no] = end
    return out


# a line under a title that reads as an item's mark alone with no letter of Thai and no digit ("Sp.", "a)"):
# a speck OCR made of a mark or a stamp's edge, no word of a title (is_debris keeps such a line for the lists,
# where it may be a number OCR garbled)
_MARK_SPECK_RE = regex.compile(r"^\(?[^\s\u0e01-\u0e4e\d๐-๙]{1,3}[.)]$")


def assemble(blocks: list[Any], ends: dict[int, int] | None = None,
             breaks: tuple[int, ...] = (), noise: frozenset[int] = frozenset(),
             unread: str = "", signed: frozenset[int] = frozenset()) -> tuple[list[Line], list[Project]]:
    """Summary lines (before the first project) and the projects; `ends`:
    the last line of a title's row folded from several (row_ends);
    `breaks`: the lines of page furniture (page_breaks); `noise`: the lines
    of OCR noise the clean-up left out (no gap the page printed); `unread`:
    the digits the document's OCR never writes in Thai (unread_digits), which
    a round's headings may stand for (_quarter_in_doubt); `signed`: the
    lines of the reporter's signature block (_trim_title_only)."""
    ends = ends or {}
    summary: list[Line] = []
    projects: list[Project] = []
    lost = _titles_lost(blocks)
    skip: set[int] = set()
    for k, block in enumerate(blocks):
        if k in skip:
            continue
        line = Line(block.line_start, block.data.get("heading", block.text) if block.kind == "marker" else block.text)
        if k in lost:
            group, texts = lost[k]
            projects.append(_title_lost_project(group, texts, block))
            if texts:  # (read as the title's: the round's first block comes next)
                skip.update(range(k, k + len(texts)))
                continue
        if block.kind == "title":
            projects.append(Project(block.key, block.data["seq"], [Line(block.line_start, block.text)],
                                    block.data.get("repaired"), line_end=block.line_end,
                                    after_empty=block.data.get("inferred"), unit_unsure=block.data.get("unit_unsure", False),
                                    unit_missing=block.data.get("unit_missing", ()), printed=block.data.get("printed"),
                                    unit_column=block.data.get("unit_column", False),
                                    slip=block.data.get("slip"),
                                    title_end=max(block.line_end, ends.get(block.line_start, 0))))
            continue
        if block.kind == "unit_column" and projects:
            projects[-1].closed = True  # the column after the titles: what follows continues no title
        if block.kind == "group" and projects and projects[-1].rounds:
            # the next status group's header ends the project before: its last list is over
            projects[-1].group_after = True
        if block.kind in ("group", "list_head", "unit_column"):
            continue
        if not projects:
            summary.append(line)
            continue
        project = projects[-1]
        if project.group_after and block.kind == "text":
            # a line under the next group's header and before its first title (a group counting none, "จำนวน ๐
            # โครงการ", then the signature's dotted line OCR garbled, "0 0ฝฝ0ฝ0ฝ1ไ10 07"): no item of the project
            # before's last list, whose section the header closed; left unplaced, and said
            project.unplaced.append(line)
            continue
        project.line_end = block.line_end
        if not project.rounds and block.kind == "text":
            # between the title and the first section: the title goes on
            if project.closed:
                project.unplaced.append(line)
            elif _year_of_title(project.title_lines[-1].text, block.text) \
                    or _bracket_of_title(project.title_lines[-1].text, block.text):
                project.title_lines.append(line)
            elif is_debris(block.text) or _MARK_SPECK_RE.match(block.text.strip()):
                project.debris.add(block.line_start)
                if not project.debris - {block.line_start} and _figure_of_title(project.title_lines[-1].text, block.text):
                    project.figure_apart.append(line)
            elif len(project.debris) >= TITLE_DEBRIS_MAX:
                # past a run of OCR garbage (a picture or a spoilt page under the title): what reads as text
                # among it is no more of the title; left unplaced, and said
                project.unplaced.append(line)
            else:
                project.title_lines.append(line)
            continue
        if block.kind == "marker" and block.key in ROUND_OPENINGS and project.rounds and any(
                b.kind == "marker" and b.key in ("budget", "findings") for b in project.rounds[-1].blocks) and (
                block.key == "targets" or not any(b.kind == "marker" and b.key in ROUND_OPENINGS
                                                  for b in _after_close(project.rounds[-1].blocks))):
            # a round's targets heading, or (that heading lost to OCR) the first of the parts a round opens with
            # after the round before it closed (its budget or findings read): a new round
            project.rounds.append(Round(len(project.rounds)))
            if block.key in TARGET_PARTS and (period := _period_alone(project.rounds[-2])) is not None:
                # the round before's last line is a round heading's period alone, the targets heading's, its
                # title lost to OCR (_period_alone): the targets heading, opening this round
                project.rounds[-1].blocks.append(period)
                project.rounds[-1].period_alone = period.line_start
            elif block.key != "targets":
                closed = next(b.line_start for b in project.rounds[-2].blocks
                              if b.kind == "marker" and b.key in ("budget", "findings"))
                project.rounds[-1].opened_by = (block.key, closed)
        if not project.rounds:
            project.rounds.append(Round(0))
        project.rounds[-1].blocks.append(block)
    for project in projects:
        if not project.rounds:
            _trim_title_only(project, breaks, noise, signed)
            project.line_end = project.title_lines[-1].no
        for rnd in project.rounds:
            headed = [(b, q) for b in rnd.blocks if b.kind == "marker" and b.key in ROUND_MARKERS
                      and (q := quarter_of(b.data["heading"])) is not None]
            if headed:
                rnd.quarter, rnd.quarter_line = headed[0][1], headed[0][0].line_start
                _quarter_of_headings(rnd, headed, unread)
        _quarter_by_order(project, unread)
    return summary, projects


# what a heading prints for its quarter, a digit or what OCR made of one ("ไตรมาสที่ «", "ไตรมาสที ©")
_QUARTER_TOKEN_RE = regex.compile(rf"{QUARTER_WORD}(?:ที่|ที)?\s*([^\s\u0e01-\u0e2e\u0e40-\u0e44]{{1,2}})(?=\s|$)")


def _unwritten_reading(printed: str, quarter: int, unread: str) -> bool:
    """Whether a heading's quarter printed as one Thai digit may be
    `quarter` in a document whose OCR never writes that digit in Thai
    (`unread`: parsers.digits.unread_digits): each Thai digit it prints may
    stand for one it never writes ("๓" for a ๔, a misread the table lacks).
    _quarter_by_order and _quarter_in_doubt read a round's headings so."""
    return bool(unread) and str(quarter) in unread and len(printed) == 1 and printed in THAI_DIGITS


def _quarter_by_order(project: Project, unread: str = "") -> None:
    """A round whose headings read as the quarter of the round before it
    ("๓", "©", "«", "๓" after a round of quarter ๓: a ๔ OCR misread on every
    heading), none of them with certainty (normalizers.confusions.certain:
    an Arabic "3" is a 3), one of them a reading of the next quarter
    (could_be: "©" may be ๔), and the project's next round (if any) after
    that next quarter (or, in a document whose OCR never writes the next
    quarter's digit in Thai, one of them a Thai digit: _unwritten_reading;
    fresh set s95p, obec_progress_s95p001, "๓" / "om" / "«" for ๔ after a
    round of quarter ๓): a project reports its quarters in order, so the
    round is the next quarter (said: rounds.read_round_into, rule
    quarter_order), not another project's whose title OCR lost
    (rounds_out_of_order says that where the headings cannot be read so)."""
    if not enabled():
        return
    rounds = project.rounds
    for k in range(1, len(rounds)):
        rnd, before = rounds[k], rounds[k - 1].quarter
        if rnd.quarter is None or before is None or not 1 <= before[0] <= 3 or rnd.quarter[0] != before[0]:
            continue
        nxt = before[0] + 1
        later = next((r.quarter[0] for r in rounds[k + 1:] if r.quarter and 1 <= r.quarter[0] <= 4), None)
        if later is not None and later <= nxt:
            continue
        headed = [(b.line_start, m.group(1)) for b in rnd.blocks if b.kind == "marker" and b.key in ROUND_MARKERS
                  and (m := _QUARTER_TOKEN_RE.search(b.data["heading"])) is not None]
        if any(certain(printed) and thai_digits_to_arabic(printed) == str(before[0]) for _, printed in headed):
            continue
        if not any(could_be(printed, str(nxt)) or _unwritten_reading(printed, nxt, unread) for _, printed in headed):
            continue
        rnd.order_quarter = (tuple((printed, line) for line, printed in headed), before[0])
        rnd.quarter = (nxt, rnd.quarter[1])
        rnd.misread_quarter = rnd.quarter_doubt = None


# a group header's last words alone on a line, their marks as OCR may have lost them ("ดงน" for "ดังนี้")
_HEADER_TAIL_SKELETONS = frozenset(skeleton(w) for w in ("ดังนี้", "โดยมีรายละเอียด ดังนี้", "โดยมีรายละเอียด"))


def _titles_lost(blocks: list[Any]) -> dict[int, tuple[Any, list[Any]]]:
    """Where a round opens right after a status group's header, no title
    between (its text lines aside: "สังกัดสำนักงาน..."): the group's first
    project, whose title line OCR lost whole (garbled into specks, "9๑7" /
    "๑7 <="), its rows read otherwise as the summary's lines or the project
    before's.  By the index of the first block after the header: (the
    header's block, the text blocks between)."""
    out: dict[int, tuple[Any, list[Any]]] = {}
    for i, block in enumerate(blocks):
        if block.kind != "group":
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "text":
            j += 1
        if j < len(blocks) and blocks[j].kind == "marker" and blocks[j].key in ROUND_OPENINGS:
            out[i + 1] = (block, blocks[i + 1: j])
    return out


def _title_lost_project(group: Any, texts: list[Any], first: Any) -> Project:
    """The project of a round that opens right after its group's header
    (_titles_lost): the group's first, numbered 1 (by its place: said, see
    read_report); its name what was read of its title between (the header's
    own wrapped words, "ดังนี้", and OCR's specks aside), none where
    nothing was.  A header counting no projects in Arabic digits (which
    OCR does not misread) says the next group's header was lost too: the
    project is the next group's, as titles after such a header are
    (_next_group)."""
    status, after_empty = group.key, None
    if _counts_none(group.text) and (after := _status_after(status)) is not None:
        status, after_empty = after, status
    kept = [Line(b.line_start, b.text) for b in texts if not is_debris(b.text)
            and not _MARK_SPECK_RE.match(b.text.strip()) and skeleton(b.text) not in _HEADER_TAIL_SKELETONS]
    at = texts[0].line_start if texts else first.line_start
    project = Project(status, 1, kept or [Line(at, "")], after_empty=after_empty, title_lost=group.line_start)
    project.line_end = project.title_end = max([ln.no for ln in kept] or [at])
    return project


def _quarter_of_headings(rnd: Round, headed: list[tuple[Any, tuple[int, str]]], unread: str = "") -> None:
    """The round's headings name different quarters ("ไตรมาสที่ ๓" over its
    targets, "๕" over its activities, "4" over its findings: a ๔ OCR misread
    twice): where the first heading's digit may be a misread of another
    (normalizers.confusions.certain) and the headings read with certainty
    name one quarter (1 to 4), that quarter is the round's; the first
    heading's reading is kept as its printing, for the repair to say
    (rounds.read_round_into).  Headings that name two quarters with
    certainty, or none, leave the first heading's reading as it stands."""
    first = rnd.quarter
    if not enabled():
        return
    sure = {(q[0], b.line_start, q[1]) for b, q in headed if 1 <= q[0] <= 4 and certain(q[1])}
    values = {v for v, _, _ in sure}
    if len(values) != 1:
        _quarter_in_doubt(rnd, headed, unread)  # (certain digits that name one quarter settle the round: no doubt)
    if _certain_outvoted(rnd, headed, sure):
        return
    if certain(first[1]) or len(values) != 1 or first[0] in values:
        return
    value, line, printed = min(sure, key=lambda t: t[1])
    rnd.misread_quarter = (first[1], rnd.quarter_line)
    rnd.quarter, rnd.quarter_line = (value, printed), line


def _measured_read(printed: str, value: int) -> bool:
    """Whether OCR was measured to read the digit `value` printed in Thai as
    `printed` (normalizers.confusions.MEASURED_READS: a Thai digit among its
    Thai reads, an Arabic one among its Arabic reads), however rarely."""
    _total, thai, arabic = MEASURED_READS[str(value)]
    digit = thai_digits_to_arabic(printed)
    return digit != str(value) and digit in (thai if printed in "๐๑๒๓๔๕๖๗๘๙" else arabic)


def _certain_outvoted(rnd: Round, headed: list[tuple[Any, tuple[int, str]]], sure: set[tuple[int, int, str]]) -> bool:
    """The round's headings whose digits have no other reading by the table
    (normalizers.confusions.certain) name one quarter, and more of its
    headings print digits whose one reading in range is one other quarter
    ("๕" over its targets, its activities and its findings, "๑" over its
    budget: ๔ read as ๕ three times, and once as ๑, a misread OCR was
    measured to make, 13 times in 4821, too rare for the table): the certain
    digits are the misread ones, outvoted, where OCR was measured to read
    the others' quarter as them.  The round is the others' quarter (its
    first heading's reading, or the first of the others' where the first
    heading is an outvoted one, for the repair of its range); the outvoted
    headings are kept (`outvoted_quarter`) for the round to say and for a
    budget section under one to stand in the round's quarter
    (rounds.read_round_into).  Fewer or as many others, others that read as
    two quarters or not alike, or a certain digit OCR never read for theirs,
    leave the certain digits to settle the round."""
    values = {v for v, _, _ in sure}
    if len(values) != 1:
        return False
    (value,) = values
    others = [(b, q) for b, q in headed if not certain(q[1])]
    readings = {frozenset(v for v in range(1, 5) if could_be(q[1], str(v))) for _, q in others}
    if len(others) <= len(sure) or len(readings) != 1 or len(reading := next(iter(readings))) != 1:
        return False
    (other,) = reading
    if other == value or not all(_measured_read(printed, other) for _, _, printed in sure):
        return False
    lines = {line for _, line, _ in sure}
    if rnd.quarter_line in lines:
        block, q = others[0]
        rnd.quarter, rnd.quarter_line = q, block.line_start
    rnd.outvoted_quarter = (tuple((printed, line) for _, line, printed in sorted(sure, key=lambda t: t[1])), other,
                            tuple(q[1] for _, q in others))
    return True


def _quarter_in_doubt(rnd: Round, headed: list[tuple[Any, tuple[int, str]]], unread: str = "") -> None:
    """Where the round's headings (its targets', activities' and findings';
    a budget heading that names another quarter than its round's is said
    on its own) name quarters no one quarter is a reading of
    (normalizers.confusions.could_be, 1 to 4): "๓" over its targets and its
    findings, "๕" over its activities (๔ read as ๓, a misread the table
    lacks, and as ๕), the round's quarter is in doubt: the round
    keeps its first heading's reading, and the doubt is kept for the
    repair to say (rounds.read_round_into).  Headings of one reading in
    common, or whose certain digits name one quarter (Arabic "4" over three
    of its parts, "๓" over the fourth: the rule above, or the round's own
    reading), are left alone."""
    headed = [(b, q) for b, q in headed if b.key != "budget"]  # (a budget heading apart from its round's: said
    # on its own, rounds.read_round_into)
    readings = [frozenset(q for q in range(1, 5) if could_be(printed, str(q))) for _, (_, printed) in headed]
    if len(headed) < 2 or frozenset.intersection(*readings):
        return
    printed_at = tuple((printed, b.line_start) for b, (_, printed) in headed)
    if unread and len(common := frozenset.intersection(*(
            r | frozenset(q for q in range(1, 5) if _unwritten_reading(printed, q, unread))
            for r, (_, (_, printed)) in zip(readings, headed)))) == 1:
        # (a document whose OCR never writes some digits in Thai, `unread` (parsers.digits.unread_digits): each
        # Thai digit it prints may stand for one of them, "๓" for a ๔ in a document that prints none; where one
        # quarter alone is then a reading of every heading, "๓", "๕", "๓" all read 4, the round is that quarter,
        # said: fresh set s89a obec_progress_s89a001, its in-progress project 4's one round read as quarter 3)
        (quarter,) = common
        rnd.quarter = (quarter, rnd.quarter[1] if rnd.quarter else printed_at[0][0])
        rnd.unwritten_quarter = (printed_at, unread)
        return
    rnd.quarter_doubt = (printed_at, tuple(sorted(frozenset.union(*readings))))


# a title that ends waiting for its year ("... ปีการศึกษา"), and a year alone on the next line (after a blank
# line too): the title's (a line of four digits alone reads as OCR debris otherwise)
_WAITS_FOR_YEAR_RE = regex.compile(rf"(?:{mark_tolerant('ปีการศึกษา')}|{mark_tolerant('ปีงบประมาณ')}|พ\.\s*ศ\.)\s*$")
_YEAR_ALONE_DIGITS_RE = regex.compile(r"^[\d๐-๙]{4}$")


# a title whose bracket of Latin words (its English name: "(School of go") the page wrapped, and the line that closes
# it with Latin words alone ("green)"): the bracket's close, which is_debris takes for specks (a short line of no
# Thai word) and the title lost with no issue (fresh set s55z, obec_progress_s55z004)
_OPEN_LATIN_BRACKET_RE = regex.compile(r"\([A-Za-z][A-Za-z\s.,&'-]*$")
_LATIN_CLOSE_RE = regex.compile(r"^[A-Za-z][A-Za-z\s.,&'-]*\)$")


def _bracket_of_title(title: str, text: str) -> bool:
    """Whether `text` closes the bracket of Latin words `title` (the title's
    last line) opens and leaves open: Latin words and the closing bracket
    alone, the page's wrap of the bracket, no debris."""
    return bool(_OPEN_LATIN_BRACKET_RE.search(title.rstrip()) and _LATIN_CLOSE_RE.match(text.strip()))


def _year_of_title(title: str, text: str) -> bool:
    return bool(_YEAR_ALONE_DIGITS_RE.match(text.strip()) and _WAITS_FOR_YEAR_RE.search(title))


# a figure OCR garbled: a short token, two digits in it at least ("๒๕๒๐๕", "๒๕ออ", "๐๓", "๒๕๒")
FIGURE_TOKEN_MAX = 8
_DIGITS2_RE = regex.compile(r"[\d๐-๙].*[\d๐-๙]")
_WAITS_FOR_FIGURE_RE = regex.compile(rf"(?:{mark_tolerant('ปีการศึกษา')}|{mark_tolerant('ปีงบประมาณ')}|พ\.\s*ศ\.|"
                                     rf"(?:^|\s){mark_tolerant('เขต', False)})\s*$")


def _figure_of_title(title: str, text: str) -> bool:
    """Whether the first line of debris under a title (`text`) may be the
    figure its last word waits for ("... ปีงบประمาณ" / "๒๕๒๐๕", "... เขต" /
    "๐๓") that OCR garbled past reading as a year (_year_of_title) or that
    a page's edge may have parted from it: a short token holding two digits
    or a figure of one; left out as debris, and said."""
    token = text.strip()
    if " " in token or len(token) > FIGURE_TOKEN_MAX or not _WAITS_FOR_FIGURE_RE.search(title):
        return False
    return _DIGITS2_RE.search(token) is not None or regex.fullmatch(r"[\d๐-๙]", token) is not None


ROUND_MARKERS = ("targets", "activities", "budget", "findings")  # headings that name a round's quarter
# the parts a round's report opens with, in the form's order: its targets heading, then the targets' own parts,
# then its activities; one of them after a round's budget or findings opens the next round
ROUND_OPENINGS = ("targets", "output", "outcome", "indicator", "activities")

TARGET_PARTS = ("output", "outcome", "indicator")  # the target lists' own parts, under the targets heading

# A round heading's period alone on a line ("ประจำปีไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๘"), a speck of the words before it
# left at most ("1 ประจำ..."): the heading, its title lost to OCR; no item of a report's lists reads so
_PERIOD_ALONE_RE = regex.compile(
    rf"^(?:\S{{1,2}}\s+)?({mark_tolerant('ประจำ')}(?:{mark_tolerant('ปี')})?\s*{QUARTER_LABEL_LOOSE}\s*\S{{1,2}}\s*"
    rf"{mark_tolerant('ปีงบประมาณ')}\s*(?:พ\.?\s*ศ\.?\s*)?\S{{2,6}})$")


def _period_alone(before: Round) -> Any:
    """Where a round opens with a part after the round before closed (its
    targets heading lost: assemble), and the round before ends with a text
    line that is a round heading's period alone (_PERIOD_ALONE_RE, "1
    ประจำปีไตรมาสที่ 4 ปีงบประมาณ 2568" after the last finding, the part's
    heading on the next line): that line is the new round's targets heading,
    the title before its period lost to OCR (the activities', budget's and
    findings' headings are followed by their own parts, never by a target
    list's), taken out of the round before (its last list would read it as
    an item's end) and returned as the heading's marker block; else None."""
    if not before.blocks or before.blocks[-1].kind != "text":
        return None
    last = before.blocks[-1]
    m = _PERIOD_ALONE_RE.match(last.text.strip())
    if m is None:
        return None
    before.blocks.pop()
    return replace(last, kind="marker", key="targets", text=m.group(1), data={"heading": last.text})


def _after_close(blocks: list[Any]) -> list[Any]:
    """The round's blocks after its first budget or findings marker."""
    for i, b in enumerate(blocks):
        if b.kind == "marker" and b.key in ("budget", "findings"):
            return blocks[i + 1:]
    return []


def _trim_title_only(project: Project, breaks: tuple[int, ...] = (), noise: frozenset[int] = frozenset(),
                     signed: frozenset[int] = frozenset()) -> None:
    """A title-only item keeps the short lines that directly continue it
    (one blank line between); anything after (a note, a back cover) is
    unplaced text.  Lines further apart (TITLE_GAP: a line of OCR specks the
    clean-up left out stood between) continue it only when they are all
    that follows it up to the next item: text that goes on after them is
    something else (a back cover's slogan), not the title's wrap.  A page
    break between (a line of its furniture, `breaks`, among the lines the
    parse left out between: its footer, the next page's header, what OCR
    wrapped of them and the gaps around them) is a gap of one line, as a paragraph's: the
    page broke the title there as its width wraps it.  A line of OCR noise
    the clean-up left out (`noise`) is no line of the page's gap.  The
    reporter's signature block (`signed`: its lines the parse took out)
    ends the report's lists: no title goes on past it."""
    keep, rest = _title_run(project, 1, breaks, noise, signed)
    if rest:
        wide, wide_rest = _title_run(project, TITLE_GAP, breaks, noise, signed)
        if not wide_rest:
            keep, rest = wide, wide_rest
    project.title_lines, project.unplaced = keep, rest + project.unplaced


# A token OCR made of a dotted line (a signature's "ลงชื่อ......" read as "ง31ส7จ727270ฮ0ฮ0ฮ7"): runs of letters
# and digits in turn, twice or more; no word or number is printed so (the classes are disjoint: no backtracking)
_GARBLED_TOKEN_RE = regex.compile(r"[\d๐-๙][\u0e01-\u0e2eA-Za-z]+[\d๐-๙]+[\u0e01-\u0e2eA-Za-z]+[\d๐-๙]")
# A dotted line OCR read as a run of digits alone (a signature's "ลงชื่อ.........." whose dots were read
# "๑๑๑๑๐๑๑๐๐๑..."): DOTTED_DIGITS or more digits with no separator; no number a title prints runs so long
DOTTED_DIGITS = 16
_DOTTED_DIGITS_RE = regex.compile(rf"[\d๐-๙]{{{DOTTED_DIGITS},}}")
# a Thai word: four letters in a row (the vowels and marks on them aside)
_THAI_WORD4_RE = regex.compile(r"(?:[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*){4}")


SIGNATURE_PIECE = 5  # characters of a piece of a signature's dotted line OCR read as letters, at most
# the signer's role the report's signature line ends with ("ลงชื่อ ............ ผู้รายงาน")
_REPORTER_END_RE = regex.compile(rf"{mark_tolerant('ผู้รายงาน')}\s*$")


def _garbled(text: str) -> bool:
    """A line OCR made of a dotted line or a stamp: such a token (or a run of
    digits alone, _DOTTED_DIGITS_RE), and no Thai word; or the signature line, its "ลงชื่อ" and dots read as letters with no
    Thai word among them, left with only the signer's role at its end
    ("0 cccccccceceses...ผู้รายงาน"), or with short pieces (SIGNATURE_PIECE
    characters at most) none a dictionary word ("ถารก 0 310 ผู้รายงาน")."""
    if ((_GARBLED_TOKEN_RE.search(text) is not None or _DOTTED_DIGITS_RE.search(text) is not None)
            and _THAI_WORD4_RE.search(text) is None):
        return True
    role = _REPORTER_END_RE.search(text)
    if role is None:
        return False
    if _THAI_WORD4_RE.search(text, 0, role.start()) is None:
        return True
    # its dots read as short pieces, one of four Thai letters or so ("ถารก 0 310 ผู้รายงาน"): each piece short and no
    # dictionary word; a title's wrap, its words run together, holds a long piece or a word
    pieces = text[:role.start()].split()
    return bool(pieces) and all(len(p) <= SIGNATURE_PIECE and not known_word(p) for p in pieces)


# a count of things with its unit ("จำนวน 110 โรงเรียน", "จํานวน ๓๐ คน"): a sentence of a report's results
_COUNT_OF_RE = regex.compile(rf"{_COUNT_WORD}\s*[\d๐-๙][\d๐-๙,]*\s*[\u0e01-\u0e2e\u0e40-\u0e44]")


def _counts_things(text: str) -> bool:
    """Whether a line states a count of things with its unit ("ได้ดำเนินการ
    นิเทศ ... จำนวน 110 โรงเรียน"): a sentence of a round's results OCR set
    down after a blank line under a title-only item of the list that
    follows, no wrap of the title (no title counts what it reaches)."""
    return _COUNT_OF_RE.search(text) is not None


def _furniture_between(furniture: tuple[int, ...], a: int, b: int) -> bool:
    """Whether a line of page furniture (`furniture`, sorted) stands between lines a and b."""
    k = bisect_left(furniture, a + 1)
    return k < len(furniture) and furniture[k] < b


_OFFICE_SKELETON = skeleton("สำนักงานเขตพื้นที่การศึกษา")
OFFICE_EDITS = 2  # letters OCR changed in the office's words, at most


def _office_opens(text: str) -> bool:
    """Whether a line opens with the words of an office's name
    ("สำนักงานเขตพื้นที่การศึกษา", marks aside and OFFICE_EDITS letters OCR
    changed: "สำบักงานเขตพื้นที่การศึกษา...")."""
    n = len(_OFFICE_SKELETON)
    return Levenshtein.distance(skeleton(text[:2 * n])[:n], _OFFICE_SKELETON, score_cutoff=OFFICE_EDITS) <= OFFICE_EDITS


SIGNED_AFTER = 2  # lines a title's last line stands above the reporter's signature at most (a blank line between)


def _signed_after(signed: frozenset[int], no: int) -> bool:
    """Whether the reporter's signature block (`signed`) opens within SIGNED_AFTER lines after line `no`."""
    return any(no < k <= no + SIGNED_AFTER for k in signed)


def _title_run(project: Project, gap: int, breaks: tuple[int, ...] = (), noise: frozenset[int] = frozenset(),
               signed: frozenset[int] = frozenset()) -> tuple[list[Line], list[Line]]:
    """The title's lines with at most `gap` lines between (lines of specks
    the parse dropped aside; a page break's, a line of furniture among them
    (`breaks`, sorted), one), and the
    lines after them; a garbled line
    (_garbled: the signature's dotted line under a list's last title) is no
    wrap of the title and ends it; so does a line of the signature block
    between (`signed`: fresh set s110r, obec_progress_s110r001, the list's
    last title "โครงการพัฒนาระบบ..." ran on past the signature and the page's
    footer into its table's unit column, read after them)."""
    keep = [project.title_lines[0]]
    last = max(keep[0].no, project.title_end)  # (the title row's last line: a row folded from several)
    for i, ln in enumerate(project.title_lines[1:], start=1):
        between = ln.no - last - 1 - sum(1 for no in project.debris | noise if last < no < ln.no)
        if between > 1 and _furniture_between(breaks, last, ln.no) and not _office_opens(ln.text):
            # (the page's furniture and its gaps: a paragraph's gap at most; not before the office's name, which
            # opens a cover or a heading the page break put there, no title's wrap: "สำบักงานเขตพื้นที่...")
            between = min(between, 1)
        elif between > gap >= TITLE_GAP and i == len(project.title_lines) - 1 and _signed_after(signed, ln.no):
            # (the list's last title, its last line right above the reporter's signature, past a page's end whose
            # blank lines stand for the page's foot with no furniture printed: the page broke the title there; a
            # line that stood apart from it, a note, is followed by more than the signature: fresh set s151p,
            # obec_progress_s151p004, clean text)
            between = gap
        if (len(ln.text) > TITLE_WRAP_MAX or between > gap or _garbled(ln.text) or note_of_numbers(ln.text)
                or (between and _counts_things(ln.text)) or any(last < no < ln.no for no in signed)):
            return keep, project.title_lines[i:]
        keep.append(ln)
        last = ln.no
    return keep, []


# ---------------------------------------------------------------- copies

_OFFICE_RE = regex.compile(rf"^{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")


# A running header that ends with the office's name ("... ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตพื้นที่การศึกษา
# ประถมศึกษาแพร่" / "เขต 3"): the page wrapped the office's area onto a line of its own, which no list item is
_OFFICE_IN_RE = regex.compile(mark_tolerant('สำนักงานเขตพื้นที่การศึกษา'))
_AREA_END_RE = regex.compile(rf"{mark_tolerant('เขต', False)}\s*[\d๐-๙]{{1,2}}\s*$")
# ... the header wrapped before its year: the year (as OCR read it) and the office's name on the line after it
_YEAR_OFFICE_RE = regex.compile(rf"^[\d๐-๙]\S{{2,5}}\s+{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")
_AREA_ALONE_RE = regex.compile(rf"^{mark_tolerant('เขต', False)}\s*[\d๐-๙]{{1,2}}$")


_SUMMARY_TITLE_RE = regex.compile(mark_tolerant("รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"))
_COUNT_WORD_RE = regex.compile(_COUNT_WORD)


SUMMARY_WINDOW = 8  # lines after a title within which a copy's summary starts
COVER_WINDOW = 24  # ... after a cover's office and title (the as-of date, the document's number, the agency between)


def _opens_summary(lines: list[Line], i: int, window: int = SUMMARY_WINDOW) -> bool:
    """The report's summary follows line i: its title, or its rows (a count
    of projects and their share)."""
    return any(_SUMMARY_TITLE_RE.search(ln.text) or ("ร้อยละ" in ln.text and _COUNT_WORD_RE.search(ln.text))
               for ln in lines[i: i + 1 + window])


def split_reports(lines: list[Line]) -> list[list[Line]]:
    """The copies of a report printed more than once: a copy starts again at
    the report's title, with the office line before it or the summary's
    counts after it, once a status group of projects has been met."""
    copies: list[list[Line]] = [[]]
    seen_group = False
    header_year = None  # the line after a running header that holds its year alone
    header_rest = None  # the line that holds the rest of a running header's title begun on the office's line
    header_office = False  # whether that header ends with the office's name, its area wrapped away
    for i, ln in enumerate(lines):
        if ln.no == header_year and _YEAR_OFFICE_RE.match(ln.text.strip()):
            # the header's year and the office's name after it, the area wrapped away or not
            header_office = not _AREA_END_RE.search(ln.text)
            if i + 1 < len(lines):
                header_year = lines[i + 1].no
            continue
        if ln.no == header_year and (_YEAR_ALONE_RE.match(ln.text.strip()) or _MONTHS_ALONE_RE.match(ln.text.strip())
                                     or _HEADER_TAIL_LINE_RE.match(ln.text.strip())
                                     or _HEADER_TAIL_DAMAGED_RE.match(ln.text.strip())
                                     or i and _ROUND_ENDS_RE.search(lines[i - 1].text)
                                     and _MONTHS_WORD_RE.match(ln.text.strip())
                                     or header_office and _AREA_ALONE_RE.match(ln.text.strip())):
            continue
        if ln.no == header_rest:
            if i + 1 < len(lines):
                header_year = lines[i + 1].no
            continue
        if seen_group and i + 1 < len(lines) and _OFFICE_RE.match(ln.text) and not REPORT_TITLE_RE.search(ln.text) \
                and REPORT_TITLE_RE.search(f"{ln.text} {lines[i + 1].text}"[:200]) \
                and not _opens_summary(lines, i, COVER_WINDOW):
            # a running header run onto the office's line ("สำนักงาน... เขต 1 รายงานความก้าวหน้า" /
            # "การดำเนินงานตามแผนปฏิบัติการ รอบ" / "9 เดือน"): no words of the section it interrupts
            header_rest = lines[i + 1].no
            continue
        if seen_group and REPORT_TITLE_RE.search(ln.text[:120]):
            cur = copies[-1]
            back = len(cur)
            for j in range(len(cur) - 1, max(-1, len(cur) - 4), -1):
                if _OFFICE_RE.match(cur[j].text):
                    back = j
                    break
            if not _opens_summary(lines, i, COVER_WINDOW if back < len(cur) else SUMMARY_WINDOW):
                # the title as a page's running header that the clean-up did not know (OCR read it
                # differently page by page, the office's line above it on every page too): no new copy,
                # and no words of the section it interrupts; a copy's cover (the office, the title, the
                # as-of date, ...) has the summary follow within a page
                if i + 1 < len(lines):
                    header_year = lines[i + 1].no  # (what the page wrapped of it: see _HEADER_TAIL_LINE_RE)
                    # (or the office's area, where the header ends with the office's name: _AREA_ALONE_RE)
                    header_office = _OFFICE_IN_RE.search(ln.text) is not None and not _AREA_END_RE.search(ln.text)
                continue
            copies.append(cur[back:])
            del cur[back:]
            seen_group = False
        copies[-1].append(ln)
        if _opens_group(ln.text):
            seen_group = True
    return [c for c in copies if c]


def damaged_header_issue(block: Any, seq: int, span: tuple[int, int]) -> Issue:
    """The plan_status of project `seq` (its lines `span`) under a status
    group's header whose phrase OCR damaged (loose_status): the group its
    phrase comes nearest to."""
    return Issue("warning", "label_inferred",
                 f"projects.plan_status of {block.key} project {seq}: its status group's header (line "
                 f"{block.line_start}) reads '{block.text.strip()[:80]}', its phrase damaged by OCR; it is taken for "
                 f"the {block.key} group's ('{STATUS_PHRASES[block.key]}'), the phrase it comes within a letter or "
                 "two of", json.dumps({"text": block.text, "line": block.line_start, "status": block.key,
                                       "rule": "loose_status"}, ensure_ascii=False),
                 *span, field="projects.plan_status")


def _count_disagrees(summary: dict[str, Reading], status: str, projects: list[Project]) -> bool:
    """Whether the summary states a count for the `status` group that is not
    the number of its titles read."""
    stated = summary.get(f"n_{status}")
    return stated is not None and isinstance(stated.value, int) and \
        stated.value != sum(1 for p in projects if p.status == status)


def split_groups(projects: list[Project], summary: dict[str, Reading], headed: set[str]) -> None:
    """A status group holding more titles than the summary counts for it,
    the groups after it holding none and their headers not read, is the
    group and those after it run together (OCR lost the headers between
    them): its titles are parted by the summary's counts, in the groups'
    order, when the counts add up to the titles read exactly and the
    numbering starts again at 1 where each lost group starts (its first
    title's printed number reads 1: a group's numbers never start again
    within it).  The titles moved are numbered by their place in their
    group; a printed number that reads otherwise stays said as for an
    unreadable number (number_titles).  Each moved title's status is said
    repaired (rule count).  Anything else is left as read (the titles past
    the count are then said by the sequence's repairs, in doubt)."""
    order = list(STATUS_PHRASES)
    counts = {s: summary[f"n_{s}"].value if f"n_{s}" in summary else None for s in order}
    for i, status in enumerate(order):
        group = [p for p in projects if p.status == status]
        stated = counts[status]
        if not isinstance(stated, int) or len(group) <= stated:
            continue
        parts, start = [], stated
        for nxt in order[i + 1:]:
            if nxt in headed or any(p.status == nxt for p in projects) or not isinstance(counts[nxt], int):
                break
            if counts[nxt] == 0:
                continue
            parts.append((nxt, group[start: start + counts[nxt]]))
            start += counts[nxt]
            if start >= len(group):
                break
        if start != len(group) or not parts or any(len(part) != counts[nxt] for nxt, part in parts):
            continue
        # where the group's own numbering went on (no repair of the sequence), no group starts
        if not all(part[0].repaired is not None and _printed_reads(part[0], 1) for _, part in parts):
            continue
        for nxt, part in parts:
            for k, p in enumerate(part, 1):
                if _printed_reads(p, k, exact=True):
                    p.repaired = None
                elif not p.kept_by_place:  # (said as an unreadable number's is)
                    p.repaired = str(p.repaired if p.repaired is not None else p.seq)
                p.status, p.seq, p.split_from = nxt, k, status


def groups_past_count(projects: list[Project], summary: dict[str, Reading], headed: set[str]) -> dict[int, str]:
    """Titles read under a status group that holds more of them than the
    summary counts for it (split_groups could not part them), where the
    next group's header was not read and no title stands under it: the
    titles may be that next group's, its header lost (OCR turned it into
    debris) or the count misread ("๐" for ๖).  By the project's id, for
    each title past the count (the groups stand in their order), the group
    its plan_status may be instead (said, kept as read)."""
    order = list(STATUS_PHRASES)
    doubt: dict[int, str] = {}
    for i, status in enumerate(order[:-1]):
        stated = summary.get(f"n_{status}")
        group = [p for p in projects if p.status == status]
        nxt = order[i + 1]
        if stated is None or not isinstance(stated.value, int) or len(group) <= stated.value \
                or nxt in headed or any(p.status == nxt for p in projects):
            continue
        for p in group[stated.value:]:  # (the group's first titles, as many as it counts, stand in its place)
            doubt[id(p)] = nxt
    return doubt


def renumber_from_one(projects: list[Project], summary: dict[str, Reading]) -> None:
    """A status group whose first title was taken under a number other than
    1 (its number misread past the confusions the table knows, "9." for ๑,
    with no title after it numbered 2 to close the gap) is numbered by
    place when nothing says titles were missed: the summary's count for the
    group, as printed, could be the number of titles read, and each later
    title's number as printed could be its place (a letter OCR wrote for
    it, or nothing, could be any).  A group's numbering starts at 1.  The
    titles renumbered keep their printed number as repaired, said as for an
    unreadable number (number_titles: the count confirms it, or it is only
    flagged)."""
    for status in STATUS_PHRASES:
        group = [p for p in projects if p.status == status]
        if not group or group[0].seq == 1:
            continue
        stated = summary.get(f"n_{status}")
        count = _GROUP_COUNT_TOKEN_RE.search(stated.text) if stated is not None else None
        if count is None or not could_be(count.group(1) or count.group(2), str(len(group))):
            continue
        printed = [p.printed or "" for p in group]
        if not all(could_be(t, str(k)) or not any(c.isdigit() for c in t)
                   for k, t in enumerate(printed[1:], 2)):
            continue
        for k, (p, t) in enumerate(zip(group, printed), 1):
            if p.seq != k:
                p.repaired, p.seq = t or "(none)", k


def renumber_past_count(projects: list[Project], summary: dict[str, Reading]) -> None:
    """A status group whose titles read are as many as the summary counts
    for it, yet whose numbers run past that count ("๑." then "๓." for ๒ in a
    group of 2, a digit misread past the confusions the table knows and a
    section vouching for the title): the form numbers a group's projects 1
    to N, so no title was missed and the numbers that leave their place were
    misread; each is numbered by its place, keeping its printed number as
    repaired, said as for an unreadable number (number_titles: the count
    confirms it).  Before, the number was taken as printed and no issue
    named it."""
    for status in STATUS_PHRASES:
        group = [p for p in projects if p.status == status]
        stated = summary.get(f"n_{status}")
        if not group or stated is None or stated.value != len(group) or group[-1].seq <= len(group):
            continue
        if any(b.seq <= a.seq for a, b in zip(group, group[1:])) or any(p.repaired is not None for p in group):
            continue  # (numbers out of order, or a title already numbered by its place: other rules say)
        for k, p in enumerate(group, 1):
            if p.seq != k:
                p.repaired, p.seq = p.printed or str(p.seq), k


def groups_short_of_header(blocks: list[Any], projects: list[Project], summary: dict[str, Reading]) -> list[Issue]:
    """A status group whose own header states a count of projects ("3. โครงการที่ยังไม่ได้ดำเนินการ (๓
    โครงการ)", "... จำนวน ๓ โครงการ") above the titles read under it, no reading of its digits the number read:
    titles of the group were not read (OCR damaged their numbers or words, a table's rows read as text), and
    their projects have no row; their lines were read as text of the project before (its findings, most
    often).  Said at the header's lines and the group's (to the next header or the copy's end): about the
    projects (an error: the projects lost have no row) and each table of a project's rows (project_unread, rule
    group_header).  Where the summary's count for the group reads above the titles read, rows.check_counts
    says the loss (from the voted summary) and this says nothing more; where the summary's count was not read
    (OCR damaged the summary's row), only the header says it."""
    out: list[Issue] = []
    groups = [k for k, b in enumerate(blocks) if b.kind == "group"]
    seen: set[str] = set()
    for i, k in enumerate(groups):
        block = blocks[k]
        token = block.data.get("count")
        if token is None or block.key in seen:
            continue
        seen.add(block.key)
        if not _DIGITS_RE.fullmatch(token):
            continue  # (a count OCR garbled into letters, "od": its readings are guesses, no count to hold to)
        readings = {int(r) for r in digit_readings(token) if r.isdigit()}
        group = [p for p in projects if p.status == block.key]
        if not readings or min(readings) <= len(group):
            continue
        stated = summary.get(f"n_{block.key}")
        if stated is not None and isinstance(stated.value, int) and stated.value > len(group):
            continue  # (the summary's count says the loss: rows.check_counts)
        last = groups[i + 1] if i + 1 < len(groups) else len(blocks)
        end = max(b.line_end for b in blocks[k:last])
        stated_n = min(readings)
        what = (f"the {block.key} group's header (line {block.line_start}) counts {token!r} projects, which reads "
                f"{stated_n}{' at least' if len(readings) > 1 else ''}; {len(group)} title(s) were read under it")
        evidence = json.dumps({"status": block.key, "stated": stated_n, "read": len(group),
                               "titles": [clean_value(span_text(p.title_lines))[:60] for p in group],
                               "rule": "group_header"}, ensure_ascii=False)
        out.append(Issue("error", "project_unread", f"{what}: {stated_n - len(group)} project(s) of the group in lines "
                         f"{block.line_start}-{end} were not recognised (their titles damaged by OCR, or a table's "
                         "rows read as text) and have no row", evidence, block.line_start, end, field="projects"))
        out += [Issue("warning", "project_unread", f"{what}: rows of {table} in lines {block.line_start}-{end} may be "
                      "a lost project's title or rows, read as more items of the project before it, or be missing",
                      evidence, block.line_start, end, field=table) for table in CHILD_TABLES]
    return out


def _printed_reads(p: Project, n: int, exact: bool = False) -> bool:
    """Whether a title's number as printed (its sequence's, where the
    sequence took it as read) reads `n`, exactly or as OCR may misread it."""
    printed = thai_digits_to_arabic(str(p.repaired if p.repaired is not None else p.seq))
    return printed == str(n) if exact else could_be(printed, str(n))


def _numbers_broken(status: str, group: list[Project]) -> list[Issue]:
    """A group whose numbers do not run 1..n, a title among them with no readable number kept by its place (the
    summary's count not confirming it): each other title whose number read is not its place in the group is in
    doubt too, said at its title (fresh set s109u, obec_progress_s109u002: "๒." read "๒๓." taken as 3, "๔." read
    "๕." kept 5, the "๓." between them then unreadable by the sequence: only that one was said)."""
    out = []
    for place, p in enumerate(sorted(group, key=lambda p: p.title_lines[0].no), start=1):
        if p.kept_by_place or p.seq == place:
            continue
        line = p.title_lines[0]
        evidence = json.dumps({"rule": "count", "printed": str(p.seq), "chosen": None}, ensure_ascii=False)
        out.append(Issue("warning", "repair_ambiguous", f"the number of a {status} project reads {p.seq} at place "
                         f"{place} of its group's titles, whose numbers do not run 1..n (a title's number there is "
                         "unreadable, kept by its place, which the summary's count does not confirm): which is right "
                         "is in doubt; kept as read", evidence, line.no, line.no, field="projects.group_seq"))
    return out


def number_titles(projects: list[Project], summary: dict[str, Reading], out: CopyReading) -> None:
    """Projects whose number could not be read are numbered by their place in
    their group; that is a repair when the summary's count for the group
    equals the titles found (none was missed), else it is only flagged.
    Where the group lists more titles than the summary counts and a title's
    "number" holds no digit nor letter (a speck: ". โครงการ"), the title may be
    no project (a line of the report's text that opens with the title's
    word), so each table of its rows is said too, over its lines."""
    for status in STATUS_PHRASES:
        group = [p for p in projects if p.status == status]
        stated = summary.get(f"n_{status}")
        confirmed = stated is not None and stated.value == len(group) and [p.seq for p in group] == list(
            range(1, len(group) + 1))
        if not confirmed and any(p.kept_by_place for p in group):
            out.issues += _numbers_broken(status, group)
        for p in group:
            if not p.kept_by_place:
                continue
            span = (p.title_lines[0].no, p.title_lines[0].no)
            evidence = json.dumps({"rule": "count", "printed": p.repaired, "chosen": p.seq if confirmed else None},
                                  ensure_ascii=False)
            if confirmed:
                out.issues.append(Issue("warning", "value_repaired",
                                        f"the number of {status} project {p.seq} is unreadable ({p.repaired!r}: no "
                                        "number of its place, or past the group's count); it is "
                                        f"number {p.seq} of the {len(group)} the summary counts", evidence, *span,
                                        field="projects.group_seq"))
            else:
                out.issues.append(Issue("warning", "repair_ambiguous",
                                        f"the number of a {status} project is unreadable ({p.repaired!r}); it is kept "
                                        f"as {p.seq}, its place among the titles read, which the summary's count does "
                                        "not confirm", evidence, *span, field="projects.group_seq"))
                if stated is not None and isinstance(stated.value, int) and len(group) > stated.value \
                        and not any(c.isalnum() for c in str(p.repaired)):
                    # more titles than the summary counts, and this one's "number" no digit nor letter at all (a
                    # speck, "." / ")"; not a digit's look-alike, "é" / "lo"): the title word may open a line of
                    # the report's text ("... ตาม" / ". โครงการ", a finding the page wrapped), no project: its rows
                    # may be the project's before it
                    end = max([p.line_end, p.title_lines[-1].no]
                              + [b.line_end for rnd in p.rounds for b in rnd.blocks])
                    out.issues += [Issue("warning", "repair_ambiguous",
                                         f"{table}: {status} project {p.seq}'s title bears no number ({p.repaired!r}) "
                                         f"and its group lists {len(group)} titles where the summary counts "
                                         f"{stated.value}: the line may be no title (a line of the report's text "
                                         "opening with the title's word), and its rows in lines "
                                         f"{span[0]}-{end} the project's before it", evidence, span[0], end,
                                         field=table) for table in CHILD_TABLES]
            p.repaired = None


# A page's running header (the report's title) the page width wrapped before its year: the clean-up
# knew the header's line ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ") and left it
# out, not the line of its year alone after it ("พ.ศ. ๒๕๖๕", read differently page by page).
# the rest of a running header the page wrapped onto a line of its own, which reads as nothing else: its
# round ("รอบ 12 เดือน"), its year ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"; its digits OCR may read as Latin letters alone:
# "พ.ศ. wed"), or both
_HEADER_TAIL_LINE_RE = standard_re(
    rf"^(?=\S)(?:{mark_tolerant('ประจำปีงบประมาณ')}\s*)?(?:พ\s*\.?\s*ศ\s*\.?\s*(?:[\d๐-๙]\S{{2,5}}|[A-Za-z]{{2,5}})\s*)?"
    r"(?:รอบ\s*\S{1,3}\s*เดือน)?$")
# ... its year whole as OCR damaged it (on the line after the header's title, or after a gap once the projects have
# begun: split_reports, _header_tails): the era's ศ read as a Latin letter ("พ. A. ๒๕๒อ๓" for พ.ศ. ๒๕๖๗), or the year's digits as two tokens of Latin letters
# ("พ.ศ. oe dey"), the fiscal-year words before it
_HEADER_TAIL_DAMAGED_RE = standard_re(
    rf"^{mark_tolerant('ประจำปีงบประมาณ')}\s*พ\s*\.?\s*(?:ศ\s*\.?|[A-Za-z]\s*\.)\s*"
    r"(?:[\d๐-๙]\S{2,5}|[A-Za-z]{2,5}(?:\s[A-Za-z]{2,5})?)$")
# ... the round's months alone ("เดือน"), after the header's rest that ends with the round's number
# ("การดำเนินงานตามแผนปฏิบัติการ รอบ ๓" / "เดือน")
_ROUND_ENDS_RE = regex.compile(r"รอบ\s*\S{1,3}\s*$")
# ... its round's months, after a header that ends in "รอบ" ("... แผนปฏิบัติการ รอบ" / "6 เดือน")
_MONTHS_ALONE_RE = regex.compile(r"^\S{1,3}\s*เดือน$")
# the header's tail of its fiscal year whole ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), which no title's wrapped line is alone
_HEADER_YEAR_TAIL_RE = regex.compile(rf"^{mark_tolerant('ประจำปีงบประมาณ')}\s*พ\s*\.\s*ศ\s*\.")
# a status group's header with its count in parentheses ("3. โครงการที่ยังไม่ได้ดำเนินการ (4 โครงการ)")
_GROUP_PARENS_RE = regex.compile(r"\(\s*\S{1,4}\s*โครงการ\s*\)")
_HEADER_ENDS_BEFORE_YEAR_RE = regex.compile(rf"(?:{mark_tolerant('ปีงบประมาณ')}|พ\.\s*ศ\.)\s*$")
_YEAR_ALONE_RE = regex.compile(r"^(?:พ\s*\.?\s*ศ\s*\.?\s*|wa\.\s*)[\d๐-๙]\S{2,6}$")


def _header_tails(lines: list[Line]) -> set[int]:
    """The numbers of the lines that hold a running header's year alone: "พ.ศ."
    and a year, after a gap (the line before it was left out: a blank, the
    header), where the text before the gap does not end waiting for a year;
    and, once the projects have begun (a status group's header met: the
    cover and the summary print the report's round), the lines after a gap
    that hold a header's round alone ("รอบ 12 เดือน", _HEADER_TAIL_LINE_RE) or its fiscal year
    whole ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", the header wrapped before it: the line over it, the
    header's first part, was left out as the page's header, the year read differently page by page).
    A header that ends with the office's name, wrapped before its year, leaves the year (as OCR read
    it) and the office's name on the line after the gap ("๒๕๖๙ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง",
    _YEAR_OFFICE_RE), which no section's text opens with, and, where that line stops before the
    office's area, the area alone on the next ("เขต ๒", _AREA_ALONE_RE): both the header's (before,
    the area read as an item of the section the page break fell in, with no issue)."""
    out: set[int] = set()
    in_projects = False
    area_next = False  # the line before is a header's year and office, its area wrapped away
    months_next = False  # the line before is a header's title half and round, its months wrapped away
    for at, (prev, ln) in enumerate(zip(lines, lines[1:]), 1):
        text = ln.text.strip()
        if area_next and _AREA_ALONE_RE.match(text):
            out.add(ln.no)
        if months_next and _MONTHS_WORD_RE.match(text):
            out.add(ln.no)
        area_next = months_next = False
        if in_projects and ln.no > prev.no + 1 and _title_round_alone(text) \
                and not _opens_summary(lines, at, COVER_WINDOW):
            out.add(ln.no)
            months_next = "เดือน" not in text
            continue
        if in_projects and ln.no > prev.no + 1 and _TITLE_TAIL_ALONE_RE.match(text) and at + 1 < len(lines) \
                and lines[at + 1].no == ln.no + 1 and _ROUND_ALONE_RE.match(lines[at + 1].text.strip()) \
                and not _opens_summary(lines, at, COVER_WINDOW):
            # the title's second half alone and its round alone on the line right under it ("การดำเนินงานตามแผน
            # ปฏิบัติการ" / "รอบ ๑๒ เดือน", its number OCR may damage: "รอบ จ เดือน"), after a gap (the header's
            # first line, the office's, left out): the header wrapped twice, which the clean-up knew where a blank
            # line closed it and not where a list's item followed right under (before, the two lines were read as
            # the item's head, and items_joined cut the item there: fresh set s81b's obec_progress_s81b001)
            out.update((ln.no, ln.no + 1))
            continue
        # (after a gap, the line before not ending where a year follows: asked once for both tests below)
        apart = ln.no > prev.no + 1 and not _HEADER_ENDS_BEFORE_YEAR_RE.search(prev.text)
        if apart and (
                _YEAR_ALONE_RE.match(text) or (in_projects and _HEADER_TAIL_LINE_RE.match(text) and (
                    "เดือน" in text or _HEADER_YEAR_TAIL_RE.match(text)))
                or in_projects and _HEADER_TAIL_DAMAGED_RE.match(text)):
            out.add(ln.no)
        elif apart and _YEAR_OFFICE_RE.match(text):
            out.add(ln.no)
            area_next = not _AREA_END_RE.search(text)
        if not in_projects and "ร้อยละ" not in text:
            in_projects = _opens_group(text) and not _opens_count_row(text)
    return out


# A running header the page wrapped after its title's first half, on the office's line ("สำนักงาน... เขต ๓
# รายงานความก้าวหน้า" / "การดำเนินงานตามแผนปฏิบัติการ รอบ ๖" / "เดือน"): the clean-up knew the first line for a
# header's, and the second only where its months' line followed it, which OCR lost on some pages or read after a
# letter of the second damaged ("การดำเห็นงาน..."); the title's second half and its round alone after a gap, once
# the projects have begun, no section's text is (_title_round_alone), nor the months' word alone right under it
# a title's round at its end; its number and months may have wrapped away ("... รอบ" / "๓ เดือน")
_ROUND_TAIL_RE = regex.compile(r"\s*รอบ(?:\s*\S{1,3}(?:\s*เดือน)?)?$")
_MONTHS_WORD_RE = regex.compile(r"^(?:\S{1,3}\s*)?เดือน$")
_ROUND_ALONE_RE = regex.compile(r"^รอบ\s*\S{1,3}\s*เดือน$")  # a header's round alone, its months with it
_TITLE_HALF_SKELETON = skeleton("การดำเนินงานตามแผนปฏิบัติการ")
TITLE_HALF_EDITS = 2  # letters OCR may damage in the title's second half (skeletons)


@lru_cache(maxsize=16384)  # a pure function of one line
def _title_round_alone(text: str) -> bool:
    """Whether a line is the report title's second half and its round
    ("การดำเนินงานตามแผนปฏิบัติการ รอบ ๒", "... รอบ ๖ เดือน"), its letters as
    printed or TITLE_HALF_EDITS of them damaged, and nothing else."""
    m = _ROUND_TAIL_RE.search(text)
    if m is None or m.start() == 0:
        return False
    return Levenshtein.distance(skeleton(text[:m.start()]), _TITLE_HALF_SKELETON,
                                score_cutoff=TITLE_HALF_EDITS) <= TITLE_HALF_EDITS


# A running header (the report's title, its fiscal year, the office's whole name) the page wrapped after the title:
# the year and the office's name opening a line ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตพื้นที่การศึกษา", its first
# letter OCR may lose: "ระจำปีงบประมาณ ..."), the rest of the office's name and its area after it ("ประถมศึกษาX เขต" /
# "๔", or "X เขต ๔", or "เขต ๔" alone)
_YEAR_THEN_OFFICE_RE = regex.compile(
    rf"^(?:ป[{THAI_MARKS}]*)?{mark_tolerant('ระจำปีงบประมาณ')}\s*พ\s*\.?\s*ศ\s*\.?\s*\S{{3,6}}\s+"
    rf"{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")
# ... the rest of the office's name up to its area (a few words at most, ending at "เขต" or its area's number)
_OFFICE_REST_RE = regex.compile(rf"^(?:\S+\s+){{0,2}}?\S*{mark_tolerant('เขต', False)}\s*(?:[\d๐-๙]{{1,2}})?$")
_AREA_NUMBER_RE = regex.compile(r"^[\d๐-๙]{1,2}$")
# ... the title's own words before them where OCR damaged its first ("0(เ การดำเนินงานตามแผนปฏิบัติการ", "0ฝซฝ
# การดำเนินงาน...": the report's title no more, so that no rule knew it): a speck (a token of four characters at
# most, one of them no Thai letter: no word), then the title's second half alone
_TITLE_TAIL_ALONE_RE = regex.compile(
    rf"^(?:(?=\S{{0,3}}[^\u0e01-\u0e4f\s])\S{{1,4}}\s*)?{mark_tolerant('การดำเนินงานตามแผนปฏิบัติการ')}\s*$")
OFFICE_REST_LINES = 3  # lines the rest of the office's name and its area take at most


def _office_headers(lines: list[Line]) -> set[int]:
    """The numbers of the lines of a running header the page wrapped after
    the report's title, its fiscal year and the office's name opening a
    line (_YEAR_THEN_OFFICE_RE) and the rest of the office's name and its
    area on the lines after it (_OFFICE_REST_RE, a number alone after a
    line ending at "เขต"): that opening no section's text has, after a gap
    (the title before it left out, or OCR noise between) or right under
    the title's second half alone (its first half damaged past knowing,
    _TITLE_TAIL_ALONE_RE, also the header's).  Before, the header's words
    were read as the item or the text of the section the page break fell
    in (a suggestion of the report's title and office; an activity's
    progress), with no issue.  A line after the year that is none of the
    office's rest ends the header there: the section's text goes on."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not _YEAR_THEN_OFFICE_RE.match(ln.text.strip()):
            continue
        prev = lines[i - 1] if i else None
        title_tail = prev is not None and _TITLE_TAIL_ALONE_RE.match(prev.text.strip()) is not None
        if prev is not None and prev.no == ln.no - 1 and not title_tail:
            continue  # (a sentence's words the page wrapped before the year: no header)
        out.add(ln.no)
        if title_tail:
            out.add(prev.no)
        if _AREA_END_RE.search(ln.text):
            continue
        before = ln.text.strip()
        for nxt in lines[i + 1: i + 1 + OFFICE_REST_LINES]:
            text = nxt.text.strip()
            if not (_OFFICE_REST_RE.match(text) or _AREA_NUMBER_RE.match(text) and before.endswith("เขต")):
                break
            out.add(nxt.no)
            if not text.endswith("เขต"):
                break  # (the area read: the header ends)
            before = text
    return out


# an item number OCR read as symbols or look-alikes ("©." for "๑."): one or two characters, no Thai letter, its mark
_DAMAGED_NUMBER_RE = regex.compile(r"^\s*\(?[^\s.,:;()\u0e01-\u0e4f]{1,2}[.)]\s*(?=\S)")


@lru_cache(maxsize=16384)  # a pure function of one line: split_reports, _header_tails and the rules ask of every line
def _opens_group(text: str) -> bool:
    """Whether a line is a status group's header with its count ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน 5
    โครงการ" / "... (5 โครงการ)"), no summary's row (no share, "ร้อยละ"): the projects begin.  Its number
    as printed, or one OCR read as symbols or look-alikes ("©. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)"):
    the phrase and the count say what it is."""
    number, rest = split_item_number(text)
    if number is None and (m := _DAMAGED_NUMBER_RE.match(text)) is not None:
        number, rest = m.group(0), text[m.end():]
    if number is None and _clipped_status(text) is not None:
        # (its number, or its opening, lost: _CLIPPED_STATUS_RES; the count in brackets, as only a group's header
        # prints it: a summary's row counts with "จำนวน", its share maybe on the next line)
        return bool(_GROUP_PARENS_RE.search(text)) and "ร้อยละ" not in text
    return number is not None and status_of(rest) is not None and bool(
        _GROUP_COUNT_RE.search(rest) or _GROUP_PARENS_RE.search(rest)) and "ร้อยละ" not in rest


def _opens_count_row(text: str) -> bool:
    """A summary's row: a group's count and its share ("... จำนวน 3 โครงการ คิดเป็นร้อยละ", the share on
    the next line after OCR)."""
    return "คิดเป็น" in text


def read_copies(lines: list[Line]) -> list[CopyReading]:
    """Every printed copy of the report, each with its identity (office,
    fiscal year, round) so that copies vote.  The lines of OCR noise the
    clean-up left out (kind "ocr_noise": NOISE_SEEN) are taken out first,
    kept only as the gaps they make (_after_noise)."""
    noise = frozenset(ln.no for ln in lines if ln.kind == "ocr_noise")
    if noise:
        lines = [ln for ln in lines if ln.kind != "ocr_noise"]
    breaks = page_breaks(lines)
    given = lines
    months = _round_months_after_header(lines)
    lines = [ln for ln in lines if ln.kind not in FURNITURE_LINES]
    lines = column_firsts_kept(lines)
    texts = [ln for ln in lines if ln.kind == "text"]
    tails = _header_tails(texts) | _office_headers(texts) | months
    parted = {ln.no: ln.text for ln in texts if "\t" in ln.text}  # (as printed, for RoundRecords.ends_alone)
    text = ANCHORS.join_wrapped(numbers_in_headings([ln for ln in (strip_specks(ln) for ln in lines
                                                                   if ln.kind == "text" and ln.no not in tails) if ln.text]))
    running = runs_on(text)
    text = explode_running(text) if running else explode_lines(text)  # (runs_on asked once)
    wraps = None if running else _closings_wrapped(text, page_wraps(text))
    past = _past_specks(text, wraps)
    starts_part = part_starts(text, running, past)
    wraps = _after_debris(text, wraps, past)
    wraps = _after_noise(text, wraps, noise)
    wraps = _after_break(text, wraps, breaks)
    unsigned = drop_signatures(text)
    kept = {ln.no for ln in unsigned}
    # the signature block's lines (no title's wrap), those the clean-up knew as a signature too
    signed = frozenset(ln.no for ln in text if ln.no not in kept) | {ln.no for ln in given if ln.kind == "signature"}
    parts = split_reports(unsigned)
    unread = unread_digits(ln for ln in lines if ln.kind == "text")  # the document's, whichever copy
    copies = [read_report(i, part, starts_part, last=i == len(parts) - 1, running=running, wraps=wraps,
                          printed=len(parts), breaks=breaks, parted=parted, noise=noise, unread=unread,
                          signed=signed)
              for i, part in enumerate(parts)]
    if unread:
        for out in copies:
            out.put("ocr_digits", 0, "unread", Reading(unread, unread, out.line_start, out.line_start))
    for no in _page_last_lines(given, breaks):
        # (each in the copy that holds it: texts.closes_at_page_foot asks of a row's last line)
        out = next((c for c in copies if c.line_start <= no <= c.line_end), None)
        if out is not None:
            out.put(PAGE_LAST, no, "text", Reading("", "", no, no))
    return copies


def _page_last_lines(lines: list[Line], breaks: tuple[int, ...]) -> list[int]:
    """The last text line before each line of the page's furniture
    (`breaks`), blank lines aside: where a page's text ends."""
    if not breaks:
        return []
    furniture = set(breaks)
    out: list[int] = []
    last = None
    for ln in lines:
        if ln.no in furniture:
            if last is not None and (not out or out[-1] != last):
                out.append(last)
            last = None
        elif ln.kind == "text" and ln.text.strip():
            last = ln.no
    return out


# A page's number the clean-up did not know (one alone in the report, no run of them to be a page's furniture: the
# page edge fell inside a heading), a figure alone on its line: one to three digits.
_PAGE_FIGURE_RE = regex.compile(r"^[\d๐-๙]{1,3}$")
_CROSS_REACH = 120  # characters each side of the page number that a heading cut by it may span


def numbers_in_headings(lines: list[Line]) -> list[Line]:
    """The text lines without each page number that a page edge set inside
    a heading: a figure alone on its line (_PAGE_FIGURE_RE) between the
    line holding a heading's first part and the line holding its rest, a
    heading of the form (ANCHORS) found across the two lines read together
    without the figure, exactly (a fuzzy match takes the edition's number
    the page wrapped under "...กับแผน" for a page's: corpus obec_progress_001),
    starting in the first and ending in the second
    ("... ดีขึ้น ความก้าวหน้าของโครงการที่ดำเนินการกับแผน" / "๑๐" / "พัฒนาเศรษฐกิจ
    และสังคมแห่งชาติ ฉบับที่ ๑๒ ...": fresh set extra2, obec_progress_z006, the
    NESDP heading of project 2's third quarter unread, its plan's text run into
    the plan before it).  The figure read between the two cut the heading, so
    the plan's text went to the item before; no figure that ends a text
    ("... จำนวน" / "๑๓") is dropped so, as no heading runs on past it."""
    drop = set()
    for i in range(1, len(lines) - 1):
        text = lines[i].text
        if len(text) > 3 or _PAGE_FIGURE_RE.match(text.strip()) is None:
            continue  # (a candidate filter first: a figure alone is rare)
        tail, head = lines[i - 1].text[-_CROSS_REACH:], lines[i + 1].text[:_CROSS_REACH]
        crossing = [h for h in ANCHORS.scan(f"{tail} {head}") if h.anchor.kind == "heading" and h.score >= 100.0
                    and h.start < len(tail) - 1 and h.end > len(tail) + 1]
        if not crossing:
            continue
        # (a heading the line before holds whole, its tail allowed past the break, crosses nothing)
        whole = [(a.anchor, a.start) for a in ANCHORS.scan(tail)]  # (scanned once, not once a crossing heading)
        if not any(anchor is h.anchor and start == h.start for h in crossing for anchor, start in whole):
            drop.add(i)
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


# A running header the clean-up knew and left out as the page's furniture, its round's months wrapped onto the
# next line ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ" / "๖ เดือน"), which OCR read differently page by
# page ("๒ เดือน", "ฒ เดือน", "we เดือน", "เดือน", a speck after it: "๒ เดือน 0."), so the clean-up did not take it
# with the header (it takes a tail printed alike on the pages): the months alone right under such a header
_HEADER_ROUND_END_RE = regex.compile(r"(?:^|\s)รอบ\s*$")
_MONTHS_TAIL_RE = regex.compile(r"^(?:\S{1,3}\s*)?เดือน(?:\s+[^\s\u0e01-\u0e2e]{1,2})?$")


def _round_months_after_header(lines: list[Line]) -> set[int]:
    """The numbers of the lines of text that hold a round's months alone
    (_MONTHS_TAIL_RE) right under a line of page furniture that ends with
    the round's word (รอบ): the running header's tail, which the page
    wrapped, and no words of the section the page break fell in (before,
    a list's item: "เดือน" read as an item of its own, or its figure as
    the next item's number, the items around it run together)."""
    seen = [ln for ln in lines if ln.kind != "blank"]
    return {ln.no for prev, ln in zip(seen, seen[1:])
            if ln.kind == "text" and prev.kind in FURNITURE_LINES and _HEADER_ROUND_END_RE.search(prev.text)
            and _MONTHS_TAIL_RE.match(ln.text.strip())}


def page_breaks(lines: list[Line]) -> tuple[int, ...]:
    """The lines of page furniture (its header, footer or number, given by
    the clean-up: FURNITURE_SEEN), in order: where the pages break."""
    return tuple(ln.no for ln in lines if ln.kind in FURNITURE_LINES)


# the words that close a result's sentence or a list's lead, on a line of their own: the form's own sentence
# ("สพป.X เขต 1 ได้ดำเนินการ<the project> ครบตามแผนที่กำหนด", "... โดยกำหนดการดำเนินงานดังนี้"), printed broken at
# its phrases as a table's cell breaks it, or OCR broke it there; they open no item
_CLOSING_ALONE_RE = regex.compile(
    rf"^\s*(?:{mark_tolerant('ครบตามแผนที่กำหนด')}|{mark_tolerant('โดยกำหนดการดำเนินงานดังนี้')})\s*$")
CLOSING_MAX = 40  # characters a line of such words alone takes at most (a cheap look first)


def _closings_wrapped(lines: list[Line], wraps: PageWraps | None) -> PageWraps | None:
    """The page's wraps, with every line that is a sentence's closing words
    alone (_CLOSING_ALONE_RE) taken as going on from the line before (in
    `wrapped`): the widths may say a line stopped short before it (the
    sentence printed broken at its phrases), but such words close the text
    before them and open no item of a list."""
    if wraps is None:
        return None
    closing = frozenset(ln.no for ln in lines if len(ln.text) <= CLOSING_MAX and _CLOSING_ALONE_RE.match(ln.text))
    return replace(wraps, wrapped=wraps.wrapped | closing, in_columns=wraps.in_columns | closing) \
        if closing - wraps.wrapped or closing - wraps.in_columns else wraps


def _past_specks(lines: list[Line], wraps: PageWraps | None) -> PageWraps | None:
    """The page's wraps told past the lines of specks OCR left between a
    line and the rest of it the page wrapped ("กิจกรรมหลักที่ ๑ ... ด้านการเงิน" /
    "๑7/ aA" / "บัญชี และพัสดุ": an activity's name goes on past them, where
    the short line of specks said a new part starts), for telling where a
    part starts (part_starts); the lists keep the page's wraps as read.
    `wraps` itself where no line is debris."""
    if wraps is None:
        return None
    kept = [ln for ln in lines if not is_debris(ln.text)]
    return wraps if len(kept) == len(lines) else page_wraps(kept) or wraps


def _after_debris(lines: list[Line], wraps: PageWraps | None, past: PageWraps | None) -> PageWraps | None:
    """The page's wraps for the lists, the line right after a line of
    debris told past it (`past`, _past_specks): a speck OCR read between a
    line that ran to the margin and the rest of it the page wrapped
    ("สพป.X ... จำนวน ๓๕" / "ส" / "โรงเรียน") hid the wrap from the widths,
    and the rest read as a paragraph, an item, of its own.  A line of
    debris with a digit is no speck ("...ในศตวรรษที่" / "21" / "ครูผู้สอน...":
    a figure the page wrapped, which ends its line).  Every other line
    keeps the page's wraps as read."""
    if wraps is None or past is None or past is wraps:
        return wraps
    after = frozenset(b.no for a, b in zip(lines, lines[1:])
                      if is_debris(a.text) and not ANY_DIGIT_RE.search(a.text) and not is_debris(b.text))
    return replace(wraps, wrapped=wraps.wrapped | (past.wrapped & after),
                   at_margin=wraps.at_margin | (past.at_margin & after),
                   in_columns=wraps.in_columns | (past.in_columns & after))


def _after_noise(lines: list[Line], wraps: PageWraps | None, noise: frozenset[int]) -> PageWraps | None:
    """The page's wraps with the lines that follow a gap of OCR noise
    alone (`noise`: the lines the clean-up left out as noise; no blank line
    in the gap) as PageWraps.after_noise: a list's texts cut into
    paragraphs there may be one item's text that OCR broke with noise
    ("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ" / noise / "สามารถนำ..."), where a
    blank line says the page's own gap (lists.paired_in_doubt says so).
    Lines of specks the clean-up kept (lists.is_debris: "6" between
    "สพป.X เขต 2 ได้บุคลากรที่ดีมีความรู้ความสามารถ" and "มาปฏิบัติงานโดย
    บริสุทธิ์...", one item's two lines) make such a gap too, which a list
    leaves out as well; not a figure the page wrapped from the line
    before (lists.wrapped_figure: "... ในศตวรรษที่" / "21"), which ends it."""
    if wraps is None:
        return wraps
    specks = frozenset(ln.no for before, ln in zip([None, *lines], lines) if is_debris(ln.text)
                       and (before is None or wrapped_figure(before.text, ln.text) is None))
    if not noise and not specks:
        return wraps
    kept = [ln for ln in lines if ln.no not in specks]
    after = frozenset(b.no for a, b in zip(kept, kept[1:])
                      if b.no > a.no + 1 and all(no in noise or no in specks for no in range(a.no + 1, b.no)))
    return replace(wraps, after_noise=after) if after else wraps


def _after_break(lines: list[Line], wraps: PageWraps | None, breaks: tuple[int, ...]) -> PageWraps | None:
    """The page's wraps with the lines that follow a page break (a line of
    the page's furniture, `breaks`, in the gap before them, no text) as
    PageWraps.after_break: a list's texts cut into paragraphs there may be
    one item's text the page broke (lists._opened_past_break)."""
    if wraps is None or not breaks:
        return wraps
    after = frozenset(b.no for a, b in zip(lines, lines[1:])
                      if b.no > a.no + 1 and bisect_left(breaks, b.no) > bisect_right(breaks, a.no))
    return replace(wraps, after_break=after) if after else wraps


def part_starts(lines: list[Line], running: bool,
                wraps: PageWraps | None = None) -> Callable[[Line], bool]:
    """Whether a line starts a new part of the report or continues the line
    before it (a paragraph the page width wrapped): in running text the
    pieces that start at a cut; in a document whose paragraphs stand apart
    (most lines follow a gap: a blank line, or furniture), the lines after a
    gap; else every line."""
    if running:
        return lambda ln: ln.bullet
    wrapped = wraps.wrapped if wraps is not None else after_full_lines(lines)
    after_gap = {b.no for a, b in zip(lines, lines[1:]) if b.no > a.no + 1}
    if len(lines) < 2 or len(after_gap) < PARAGRAPHS * (len(lines) - 1):
        return lambda ln: ln.no not in wrapped
    return lambda ln: ln.no in after_gap and ln.no not in wrapped


PARAGRAPHS = 0.5  # share of a document's lines after a gap from which gaps separate its paragraphs
# a speck of the table's rule OCR read before a row's title word, after its number: a quote, a comma, a dot or a
# lone mark ("3 'โครงการ...", "๔ ,โครงการ..."), as rule_title reads past it (_number_or_speck: _SPECK_AFTER_NUMBER_RE)
_ROW_SPECK = r"(?:[.,'’‘`\p{Mn}]{1,2}\s*)?"
# a row of a list of projects printed as a table: its number, no mark after it ("1 โครงการ..."), and the title
_TITLE_ROW_RE = regex.compile(rf"^[\d๐-๙]{{1,2}}[.)]?\s+{_ROW_SPECK}(?:{_STRAY_VOWEL})?{mark_tolerant('โครงการ')}")
# ... its title word with a letter lost or doubled (_LETTER_LOST_RE: "๑ เโโคครงการ..."), the number plain: a row
# of a list of titles (rule_title takes it only where the list expects that number: _letter_lost_title)
_SLIPPED_ROW_RE = regex.compile(rf"^([\d๐-๙]{{1,2}})\s+{_ROW_SPECK}(?=\S)")


_NUMBER_CELL_RE = regex.compile(r"^[\d๐-๙]{1,2}[.)]?$")
# an item's number with its mark lost ("2     ควรจัดสรร..."): one or two digits alone in the first cell
_BARE_NUMBER_CELL_RE = regex.compile(r"^[\d๐-๙]{1,2}$")


def _opens_row(cells: list[str | None]) -> bool:
    """Where a row of a table OCR read side by side opens (parsers.grid): at
    an item number or bullet, at a list of projects' head row, at a
    section's heading alone on its line, at a project's number and
    title (in one cell, or the number in a column of its own and the title
    in the next), or at an item's number whose mark OCR lost, alone in the
    first cell, and the item's words in the next ("1) หน่วยงาน..." /
    "2     ควรจัดสรร...": the 2 opens the second item, not the wrap of the
    first's text; a figure the page wrapped stands before its unit with no
    column gap, "2 คน"), or at a title whose number OCR lost beside a unit's
    name (_unnumbered_row), or at an item number OCR read as look-alikes
    with a quote glued before it, or as two a dot closes, the item's words
    in the next cell ("‘a." / "ผู้บริหาร..." for ๒., "on." / "ได้เผยแพร่..."
    for ๓.: lists.opens_at_damaged_number)."""
    if opens_at_item(cells) or opens_at_damaged_number(cells):
        return True  # (an item's number OCR read as look-alikes: "‘a." for ๒., "on." for ๓.)
    if not cells or not cells[0]:
        return False
    if _BARE_NUMBER_CELL_RE.match(cells[0].strip()) and (
            rest := next((c for c in cells[1:] if c), None)) is not None and THAI_OPENING_RE.match(rest.strip()):
        return True
    if _LIST_HEAD_RE.match(" ".join(c for c in cells[:2] if c)):
        return True  # the head row of a list of projects printed as a table
    if _heading_alone(cells):
        return True  # a section's heading between two lists whose numbers stand in a column: no row's cell
    if _unnumbered_row(cells):
        return True  # a row of a list of projects whose number OCR lost
    if _garbled_number_status(cells[0]):
        return True  # a status group's row whose number OCR garbled ("a. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ ...")
    if _garbled_number_title(cells[0]):
        return True  # a title whose number OCR made a speck ("«. โครงการ..."), among specks read as cells
    if _lookalike_number_row(cells):
        return True  # a row of a list of projects whose number OCR read as Latin letters, its mark lost ("lo")
    if (m := _SLIPPED_ROW_RE.match(cells[0])) and _LETTER_LOST_RE.match(cells[0][m.end():]):
        return True  # a title whose word OCR read with a letter lost or doubled ("๑ เโโคครงการ...")
    return bool(_TITLE_ROW_RE.match(cells[0]) or (
        _NUMBER_CELL_RE.match(cells[0].strip()) and len(cells) > 1 and cells[1] and _TITLE_START_RE.match(cells[1])))


def _garbled_number_status(cell: str) -> bool:
    """A status group's row or header whose number OCR garbled past
    reading, its mark kept ("a. โครงการที่ยังไม่ได้ดำเนินการ  จำนวน ๓
    โครงการ" for ๓.: _GARBLED_MARKED_RE), the group's phrase after it: a row
    of its own.  The summary's table of the three groups, each row's phrase
    and count in two columns, otherwise folded it into the row before as
    that row's wrapped cells ("๒. โครงการที่อยู่ระหว่างดำเนินการ a. โครงการ
    ที่ยังไม่ได้ดำเนินการ" / "จำนวน ๒ ... จำนวน ๓ ..."), and the summary read
    the one count after the later phrase (fresh set s58o obec 001: the
    groups' counts lost or wrong)."""
    cell = cell.strip()
    number, rest, speck = _number_or_speck(cell)
    if number is not None or not speck or (m := _GARBLED_MARKED_RE.match(cell)) is None:
        return False
    return _status_printed(cell[m.end():][:80]) is not None


def _garbled_number_title(cell: str) -> bool:
    """A cell that opens as a title whose number OCR garbled past reading,
    its mark kept ("«. โครงการประชุม...": _GARBLED_MARKED_RE), the title's
    words after the word: lines of OCR specks above and below it (a stamp,
    a picture), their gaps read as cells, make a table of them, whose row
    would take the title as the wrapped text of the specks' row before it;
    the title opens a row of its own (rule_title decides whether it is one).
    So too one whose number OCR read as a Latin letter or two, its mark lost
    ("a โครงการการส่งเสริม..." for ๒.: _LATIN_UNMARKED_RE; before, a line of
    specks above it read as a row of cells took it and the list item above
    it as that row's wrapped text, and the project was lost: fresh set s85a,
    obec_progress_s85a004).  A status group's row or header ("m. โครงการที่
    ยังไม่ได้ดำเนินการ จำนวน ..."), no title, is left to the fold as before
    (the summary's rows)."""
    number, rest, speck = _number_or_speck(cell.strip())
    if number is not None or not speck or (_GARBLED_MARKED_RE.match(cell.strip()) is None
                                           and _LATIN_UNMARKED_RE.match(cell.strip()) is None) or status_of(rest):
        return False
    m = _TITLE_START_RE.match(rest)
    return m is not None and bool(rest[m.end():].strip())


# a token of OCR specks: Thai letters run into Latin letters or digits, a Thai letter alone, Latin or symbols
# ("จ7", "๑7", "A", "จ"); no Thai word ("ปี"), no number of one script alone
_SPECK_TOKEN_RE = regex.compile(r"^(?![\u0e01-\u0e4e]{2,}$)(?!(?:[0-9]+|[๐-๙]+)$)\S{1,3}$")


def _without_folded_specks(text: str) -> str:
    """A title whose number OCR garbled, folded with the lines of specks
    around it (_garbled_number_title): its first cell, without the speck
    tokens the specks' lines left at its end ("... การดำเนินการ จ7 ๑7 A<tab>จ")."""
    words = text.split("\t")[0].split()
    while len(words) > 1 and _SPECK_TOKEN_RE.match(words[-1]):
        words.pop()
    return " ".join(words)


# a row's number OCR read as a Latin look-alike or two with no mark ("lo โครงการ..." for "๒ โครงการ..."), the
# title's word and its words after it
# ... a unit's name (anchors.OFFICE_UNITS: "กลุ่ม..." or "หน่วย...") that the cell's width cut ("กลุ่มพัฒนาครูและ
# บุคลากรทาง" / "การศึกษา" on the row's next line)
_UNIT_OPENING_RE = regex.compile(rf"\s(?:{mark_tolerant('กลุ่ม')}|{mark_tolerant('หน่วย')})[\u0e01-\u0e2e]")
# (or as a Thai letter OCR writes for a digit, normalizers.confusions.LOOKALIKES: "ซ โครงการขับเคลื่อน...  กลุ่มนิเทศ
# ..." for ๗, which a row of a table read side by side would otherwise take as its wrapped text)
_THAI_LOOKALIKES = "".join(c for c in LOOKALIKES if "\u0e01" <= c <= "\u0e5b")
# (or as one symbol, "> โครงการขับเคลื่อนโรงเรียน  กลุ่มพัฒนาครูและ" for ๖, fresh set s58z obec 001: the fold took
# the row, and the one after it, for the wrapped lines of the row before; two projects lost), or as a Thai
# letter and a vowel or mark, the digit and a speck beside it ("ตา โครงการเสริมสร้าง...  กลุ่มส่งเสริมการ" for ๓,
# fresh set s59z obec 001: the row took the four after it as its wrap, the list's last four projects lost; a
# letter alone only where it is a digit's look-alike, above): no title's wrapped line opens so before the title's
# word with a unit's name after it
_LOOKALIKE_NUMBER_ROW_RE = regex.compile(rf"^(?:[A-Za-z@©®]{{1,2}}|[{_THAI_LOOKALIKES}]|[\u0e01-\u0e2e][\u0e30-\u0e4e]"
                                         rf"|[\p{{S}}\p{{Pi}}\p{{Pf}}#*])\s+"
                                         rf"{_ROW_SPECK}"
                                         rf"(?:{_STRAY_VOWEL})?{mark_tolerant('โครงการ')}\S")


def _lookalike_number_row(cells: list[str | None]) -> bool:
    """A row of a list of projects whose number OCR read as a Latin look-alike
    or two, its mark lost ("lo โครงการส่งเสริม...  กลุ่มพัฒนาครู..." for ๒),
    a responsible unit's name after the title (in a later cell, or after
    it in the same one where OCR read the column's gap as a space): the row
    opens there, not the wrap of the row before.  Whether it is a title,
    and its number, rule_title decides (by its place in the list)."""
    first = (cells[0] or "").strip()
    if _LOOKALIKE_NUMBER_ROW_RE.match(first) is None:
        return False
    return any(UNIT_RE.search(f" {c}") or _UNIT_OPENING_RE.search(f" {c}") for c in cells if c)


def _unnumbered_row(cells: list[str | None]) -> bool:
    """A row of a list of projects whose number OCR lost: its first cell
    opens with the title's word and a later cell with a responsible unit's
    name ("โครงการส่งเสริม...   กลุ่มพัฒนาครู..."), whole or its start the
    cell wrapped ("กลุ่มพัฒนาครูและบุคลากรทาง" / "การศึกษา"), both columns
    opening anew, where a wrapped line of the row before goes on with the
    words of both ("ด้วยกิจกรรม...   เทคโนโลยีสารสนเทศ...").  Whether it is
    a title rule_title decides (_number_lost_row)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    # (a unit's name, anchors.UNIT_RE, opens the cell, or the cell is a name's start: _unit_name_start)
    return len(filled) >= 2 and _TITLE_START_RE.match(filled[0]) is not None \
        and any(UNIT_RE.match(f" {c}") or _unit_name_start(c) for c in filled[1:])


def _unit_name_start(cell: str) -> bool:
    """Whether a cell spells (marks and spaces aside) the start of a unit's
    name of anchors.OFFICE_UNITS, UNIT_START_MIN letters or more past
    UNIT_WORD: a unit's cell the page wrapped inside the name."""
    have = MARKS_AND_SPACES_RE.sub("", cell)
    return len(have) >= len(UNIT_WORD) + UNIT_START_MIN and any(u.startswith(have) for u in _UNIT_SKELETONS)


def _heading_alone(cells: list[str | None]) -> bool:
    """A section's heading alone on its line (parsers.grid: its row takes no line of several cells after it)."""
    return bool(cells) and bool(cells[0]) and len([c for c in cells if c]) == 1 \
        and match_marker(cells[0].strip()) is not None


CHILD_TABLES = ("targets", "activities", "alignments", "quarterly_budgets", "findings")


def _rounds_end(p: Project) -> int:
    """A project's last line, its rounds' blocks counted."""
    return max([p.line_end] + [b.line_end for rnd in p.rounds for b in rnd.blocks])


def _word_alone_issues(word: Line, end: int, how: str) -> list[Issue]:
    """The label_inferred issues, one on each table of a project's rounds (CHILD_TABLES), of a line reading as a
    project's title word alone after a speck that was read otherwise (`how`: where and as what): join_word_alone_titles,
    rule_title's `word_wraps`."""
    return [Issue("warning", "label_inferred", f"{table}: a line reading as a project's title word alone after a "
                  f"speck ({word.text.strip()!r}, no name after it){how}", word.text, word.no, end, field=table)
            for table in CHILD_TABLES]


def join_word_alone_titles(projects: list[Project], summary: dict[str, Reading]) -> list[tuple[Project, Line]]:
    """The projects, less each "title" that is the title word alone after a
    speck (") โครงการ": no name after the word, its "number" no digit nor
    letter) in a status group that lists one title more than the summary
    counts for it, whose rounds go on in quarter order from the rounds of
    the project before it in the group: the last word of that project's
    last list item the page width wrapped ("๒ ควรจัดสรรงบประมาณให้เหมาะสม
    กับรูปแบบกิจกรรมตาม" / ") โครงการ"), the speck what OCR made of the
    item's wrapped margin; a project is named by its title, and the count
    says the group holds one title fewer.  Its rounds are the project
    before's, its line that project's last item's end.  Before, its rounds
    were read as a project of their own and the project before lost them
    with no issue of its own naming them (fresh set s85b
    obec_progress_s85b001: a quarter's rows of in-progress project 2).
    Returns (the project joined to, the word's line) for the issue
    (read_report)."""
    joined: list[tuple[Project, Line]] = []
    for status in STATUS_PHRASES:
        stated = summary.get(f"n_{status}")
        group = [p for p in projects if p.status == status]
        if stated is None or not isinstance(stated.value, int) or len(group) != stated.value + 1:
            continue
        alone = [k for k, p in enumerate(group) if k > 0 and isinstance(p.repaired, str)
                 and not any(c.isalnum() for c in p.repaired) and len(p.title_lines) == 1
                 and (m := _TITLE_AFTER_WORD_RE.match(p.title_lines[0].text.strip())) is not None
                 and not m.group("rest").strip()]
        if len(alone) != 1:
            continue
        k = alone[0]
        before, p = group[k - 1], group[k]
        last = [r.quarter[0] for r in before.rounds if r.quarter]
        first = next((r.quarter[0] for r in p.rounds if r.quarter), None)
        if not before.rounds or not p.rounds or not last or first is None or first <= max(last) \
                or not before.rounds[-1].blocks or before.rounds[-1].blocks[-1].kind != "text":
            continue
        word = p.title_lines[0]
        tail = before.rounds[-1].blocks
        tail.append(replace(tail[-1], kind="text", key=tail[-1].key, text=word.text, line_start=word.no,
                            line_end=word.no, data={}))
        for r in p.rounds:
            r.index = len(before.rounds)
            before.rounds.append(r)
        before.unplaced += p.unplaced
        before.debris |= p.debris
        before.line_end = max(before.line_end, p.line_end)
        projects.remove(p)
        for q in group[k + 1:]:  # (numbered past the word's place: each one place back, as printed where it reads so)
            q.seq -= 1
            if q.repaired is not None and _printed_reads(q, q.seq, exact=True):
                q.repaired = None
        joined.append((before, word))
    return joined


# a title line's word after the specks OCR made of its number, and what follows it (the name)
_TITLE_AFTER_WORD_RE = regex.compile(rf"^[^\w\s]{{0,3}}\s*{mark_tolerant('โครงการ')}(?P<rest>.*)$")


def rounds_out_of_order(projects: list[Project]) -> list[tuple[Project, Round, int]]:
    """The first round of each project whose quarter (as its headings name
    it) is not after the quarter of the round before: the rounds from there
    on are another project's whose title was not read (a project's rounds
    follow one another quarter by quarter), with that earlier quarter."""
    out = []
    for p in projects:
        before = None
        for rnd in p.rounds:
            q = rnd.quarter[0] if rnd.quarter else None
            if q is None or not 1 <= q <= 4:
                continue
            if before is not None and q <= before:
                out.append((p, rnd, before))
                break
            before = q
    return out


# The lines at a round's end that are the next project's title whose number OCR garbled: a text line that opens,
# after at most TITLE_SPECK_MAX characters with no two Thai letters together (the number read as specks and
# brackets, "| (ว" for "๕."), with the title word, after a gap (a blank line) from the round's text before it, with
# at most TITLE_TAIL_MAX - 1 text lines after it (the title's wraps) before the next round
TITLE_SPECK_MAX = 6
TITLE_TAIL_MAX = 3
_TITLE_AFTER_SPECKS_RE = regex.compile(rf"^(?P<specks>[^\n]{{0,{TITLE_SPECK_MAX}}}?)\s*(?P<title>{mark_tolerant('โครงการ')}\S[^\n]*)$")
_TWO_THAI_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2e][\u0e30-\u0e4e]*[\u0e01-\u0e2e]")


def _title_in_tail(rnd: Round) -> int | None:
    """Where, among the round's blocks, the next project's title stands at
    the round's end, its number garbled (see above): the index of its first
    line's block; None where none does."""
    blocks = rnd.blocks
    for k in range(len(blocks) - 1, max(len(blocks) - TITLE_TAIL_MAX, 0) - 1, -1):
        b = blocks[k]
        if b.kind != "text" or k == 0 or b.line_start <= blocks[k - 1].line_end + 1:
            continue
        m = _TITLE_AFTER_SPECKS_RE.match(b.text.strip())
        if m is None or _TWO_THAI_LETTERS_RE.search(m.group("specks")):
            continue
        if all(x.kind == "text" for x in blocks[k:]):
            return k
    return None


def split_lost_titles(projects: list[Project], printed: int = 2) -> list[Project]:
    """The projects, each whose rounds go out of quarter order
    (rounds_out_of_order: a round of quarter 1 after the project's round of
    quarter 1) cut there: the rounds from there on are the next project's,
    whose title OCR lost whole (garbled into specks between the first
    project's last list and the round's first heading), a project of its
    own, numbered the next in its group, with no name (said where the rows
    are read, read_report), where the number is free: the group's next
    title read bears a number past it, or none comes after.  Before, its
    rows were read as the first project's (every table's rows twice under
    one quarter, the second set another project's) and it had no row; a
    copy of the report that read its title names it.  Asked only of a
    report printed more than once (read_report): a report printed once has
    no copy to name it, and a project with no name is matched to none (the
    rows stay the first project's, said: fresh set s54o obec 004).  Where
    the number is taken, the rounds stay the first project's, said
    (project_unread); so is the loss where they are split, each table's rows
    in doubt until the vote (a copy may have lost the same title).  Where
    the title stands at the end of the round before, its number garbled
    into specks (_title_in_tail: "| (ว โครงการส่งเสริม..." for
    "๕. โครงการ..."; before, its lines were read as the round's last
    item), the project is named by it, in a report printed once too
    (`printed`: the copies; set s84a obec_progress_s84a004, every row of
    its projects 4 and 5 read as project 4's)."""
    while True:
        for p, rnd, before in rounds_out_of_order(projects):
            i = projects.index(p)
            after = next((q for q in projects[i + 1:] if q.status == p.status), None)
            if after is not None and after.seq <= p.seq + 1 or rnd.quarter is None:
                continue
            prev = p.rounds[rnd.index - 1] if rnd.index > 0 else None
            at = _title_in_tail(prev) if prev is not None else None
            if at is None and printed < 2:
                continue
            moved, p.rounds = p.rounds[rnd.index:], p.rounds[:rnd.index]
            for k, r in enumerate(moved):
                r.index = k
            start = moved[0].blocks[0].line_start if moved[0].blocks else moved[0].quarter_line
            title, specks = [Line(start, "")], None
            if at is not None:
                first = _TITLE_AFTER_SPECKS_RE.match(prev.blocks[at].text.strip())
                specks = first.group("specks").strip()
                title = [Line(prev.blocks[at].line_start, first.group("title")),
                         *(Line(b.line_start, b.text) for b in prev.blocks[at + 1:])]
                prev.blocks = prev.blocks[:at]
            new = Project(p.status, p.seq + 1, title, rounds=moved, line_end=p.line_end,
                          title_end=start, split_from_rounds=(rnd.quarter[0], before), title_specks=specks)
            p.line_end = max([b.line_end for r in p.rounds for b in r.blocks] + [p.title_end, p.title_lines[-1].no])
            projects.insert(i + 1, new)
            break
        else:
            return projects


def _plan_tails_lost(key: tuple[str, int], rounds: list[RoundRecords]) -> list[Issue]:
    """The alignment rows a quarter of project `key` lost at its list's end,
    where another quarter of the same project prints them
    (rounds.plan_tails_lost: the alignments are the project's, every quarter
    prints them; another project may print fewer headings, as a real report
    does), each a missing_row on `alignments` at the quarter's last
    alignment lines: the rows are not made up (their texts are not in the
    quarter)."""
    issues = []
    for recs, tail in zip(rounds, plan_tails_lost([[k for k, _ in recs.plan_keys] for recs in rounds])):
        if not tail:
            continue
        first = recs.plan_keys[-1][1]
        last = max([first, *(ln.no for _, lines in recs.alignments[-1:] for ln in lines)])
        read = len(recs.plan_keys)
        issues.append(Issue("warning", "missing_row", f"alignments: a quarter of {key[0]} project {key[1]} prints "
                            f"{read} alignment heading{'s' if read > 1 else ''} where another quarter of the project "
                            f"prints the same and {len(tail)} more after them ({', '.join(tail)}): the alignments are "
                            "the project's, printed every quarter, so the quarter's last rows were lost to OCR (their "
                            "heading garbled, the text run into the row before, or the list's end lost)",
                            json.dumps({"missing": tail}, ensure_ascii=False), first, last, field="alignments"))
    return issues


def _plan_texts_run_in(projects: list, records: dict[int, RoundRecords]) -> list[Issue]:
    """A missing_row on `alignments` for each heading a project's round lost
    at its list's end where its last row's text runs on into a line another
    project prints under that heading (rounds.plan_texts_run_in), at that
    row's lines to the line: the row's text holds the lost row's."""
    issues = []
    keyed = {id(records[id(rnd)]): (p.status, p.seq) for p in projects for rnd in p.rounds}
    for recs, lost, line in plan_texts_run_in([[records[id(rnd)] for rnd in p.rounds] for p in projects]):
        status, seq = keyed[id(recs)]
        heading, lines = recs.alignments[-1]
        issues.append(Issue("warning", "missing_row", f"alignments: {status} project {seq}'s last alignment "
                            f"({heading!r}) runs on into a line another project of the report prints as the text "
                            f"of a heading it does not print ({lost}): that heading was lost to OCR, its text read "
                            "into the row before", json.dumps({"missing": [lost], "line": line.text.strip()},
                                                              ensure_ascii=False),
                            lines[0].no, line.no, field="alignments"))
    return issues


# what may stand after a status group's header that OCR read after its own list: nothing of a project (a title,
# a round's part, another list's head or group); text (the list's other columns, read apart; the signature) or a
# unit column's head
_PROJECT_BLOCKS = frozenset({"title", "marker", "activity", "list_head", "group"})


def header_after_its_list(blocks: list[Any]) -> tuple[int, int] | None:
    """(the header's line, the list head's line) where the report's last
    status group's header stands after its own list of projects, printed as
    a table: nothing of a project after the header (_PROJECT_BLOCKS), and
    before it, text alone back to a list's head (rule_list_head: "ชื่อโครงการ")
    read under the group before, right after a round's part of that group's
    last project (no title between), the text holding a title's opening word
    ("โครงการ..."). OCR read the header, at the page's head or foot, after
    the table (the header's projects were read as the text of the last
    project's last list, and the header as a group with none); else None."""
    groups = [i for i, b in enumerate(blocks) if b.kind == "group"]
    if not groups:
        return None
    g = groups[-1]
    if any(b.kind in _PROJECT_BLOCKS for b in blocks[g + 1:]):
        return None
    h = next((i for i in range(g - 1, -1, -1) if blocks[i].kind != "text"), None)
    if h is None or blocks[h].kind != "list_head" or blocks[h].key == blocks[g].key:
        return None
    before = next((b for b in reversed(blocks[:h]) if b.kind != "text"), None)
    if before is None or before.kind not in ("marker", "activity"):
        return None  # (the list's head right after a title or a header: a list where the form prints it)
    if not any(_TITLE_START_RE.match(b.text.strip()) for b in blocks[h + 1:g]):
        return None
    return blocks[g].line_start, blocks[h].line_start


class _ByKind(dict):
    """A kind of list -> what `compute` finds of the report's lists of that
    kind, computed when first asked (lists.item_starts, lists.item_ends: a
    walk over every list of the report, wanted only where a list was read
    as one item over paragraphs)."""

    def __init__(self, compute: Callable[[str], Any]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, kind: str) -> Any:
        value = self[kind] = self._compute(kind)
        return value


def read_report(index: int, lines: list[Line], starts_part: Callable[[Line], bool] = lambda ln: True,
                last: bool = False, running: bool = False, wraps: PageWraps | None = None,
                printed: int = 1, breaks: tuple[int, ...] = (), parted: dict[int, str] | None = None,
                noise: frozenset[int] = frozenset(), unread: str = "",
                signed: frozenset[int] = frozenset()) -> CopyReading:
    """One copy of the report; `running`: it is printed as running text (a
    piece that starts no part is the page width's wrap of the piece before);
    `printed`: how many copies the report prints (split_lost_titles);
    `breaks`: the lines of page furniture (page_breaks); `parted`: the text
    of the lines OCR parted with wide gaps, by number, before the specks at
    their edges were taken off (RoundRecords.ends_alone); `noise`: the lines
    of OCR noise the clean-up left out; `unread`: the digits the document's
    OCR never writes in Thai (assemble); `signed`: the lines of the
    reporter's signature block taken out (running.drop_signatures)."""
    folded = fold_tables(lines, _opens_row, _heading_alone)
    zones = garbage_zones(lines)  # pages OCR spoilt: their lines read as no list's item, and said (below)
    lost = frozenset(no for first, last, _ in zones for no in range(first, last + 1))
    word_wraps: list[Line] = []  # the title word alone read as an item's wrap (rule_title), said below
    context = {"starts_part": starts_part, "running": running, "lost": lost, "word_wraps": word_wraps}
    blocks = run_rules(folded, RULES, context)
    header_moved = header_after_its_list(blocks)
    if header_moved is not None:
        # the status group's header OCR read after its own list (header_after_its_list): read where it stood
        at, head = header_moved
        header = next(ln for ln in folded if ln.no == at)
        folded = [ln for ln in folded if ln.no != at]
        k = next(i for i, ln in enumerate(folded) if ln.no == head)
        folded = [*folded[:k], header, *folded[k:]]
        blocks = run_rules(folded, RULES, context)
    summary_lines, projects = assemble(blocks, row_ends(lines, folded), breaks, noise, unread, signed)
    projects = split_lost_titles(projects, printed)
    recovered = recover_parts(projects)
    alone = recover_headings(projects)
    on_page = recover_on_spoilt_pages(projects, lost)
    out = CopyReading(index, lines[0].no if lines else 1, lines[-1].no if lines else 1)
    if header_moved is not None:
        at, head = header_moved
        out.issues.append(Issue("warning", "label_inferred", "a status group's header stands after its own list of "
                                "projects (the list's head and names right after the last project's report, no "
                                "project after the header): OCR read the page out of order; the header is read "
                                "where it stood, before the list, whose names are the group's projects",
                                next((ln.text for ln in lines if ln.no == at), None), min(at, head), max(at, head),
                                field="projects"))
    summary, issues = read_summary(summary_lines, lines)
    out.issues.extend(issues)
    for name, reading in summary.items():
        out.put("summary", 0, name, reading)
    # a report printed twice is the same office's report (its other figures are what the vote decides)
    out.identity = (None, summary["office"].value if "office" in summary else None)
    headed = {b.key for b in blocks if b.kind == "group"}
    for p, word in join_word_alone_titles(projects, summary):
        out.issues += _word_alone_issues(word, _rounds_end(p), f" where {p.status} projects number one more than "
                                         f"the summary counts: read as the end of the last item of {p.status} "
                                         f"project {p.seq}'s list before it (the page width wrapped its last word), "
                                         "and the rounds after it, in quarter order after that project's, as that "
                                         "project's")
    for word in word_wraps:
        # (the project whose rounds hold the line, or stand right after it: its end is the issue's)
        p = next((p for p in projects if p.title_lines and p.title_lines[0].no <= word.no <= p.line_end), None)
        out.issues += _word_alone_issues(word, max(word.no, _rounds_end(p)) if p else word.no,
                                         ", a section's heading right under it: read as the end of the list item "
                                         "above it (the page width wrapped its last word), and the rounds after it "
                                         "as the same project's")
    split_groups(projects, summary, headed)
    # (after the groups are parted: a last project that stops at its title under a group whose projects print no
    # report, the group's header lost, is no cut)
    why = cut_short(projects) if last and lines else None
    if why:
        out.issues.append(truncated_issue(lines[-1].no, lines[-1].text, f"the document ends at line {lines[-1].no}: "
                                          f"{why}; the file was cut short, and what followed that line is lost",
                                          "projects"))
    past_count = groups_past_count(projects, summary, headed)
    damaged = {b.key: b for b in blocks if b.kind == "group" and b.data.get("damaged")}
    renumber_from_one(projects, summary)
    renumber_past_count(projects, summary)
    number_titles(projects, summary, out)
    out.issues += groups_short_of_header(blocks, projects, summary)
    for found, why in ((recovered, ", which the report's other rounds print; a line that reads like it, where it "
                                   "stands, is taken for it"),
                       (alone, "; a line that reads like it but for a letter or two OCR changed, where the form "
                               "prints it, is taken for it"),
                       (on_page, ", which the report's other rounds print, where a page OCR spoilt stands (the heading "
                                 "lost with it): the rows after the page are read as that part's")):
        for p, rnd, part, start, end in found:
            out.issues.append(Issue("warning", "label_inferred",
                                    f"a report round of {p.status} project {p.seq} lacks its '{part}' heading{why}: "
                                    "the rows under it are read as that part's", None, start, end,
                                    field=PART_TABLES[part]))
    for p in projects:
        for rnd in p.rounds:
            if rnd.period_alone:
                start = rnd.period_alone
                out.issues.append(Issue(
                    "warning", "label_inferred", f"a report round of {p.status} project {p.seq} opens with its "
                    f"'{rnd.blocks[1].key if len(rnd.blocks) > 1 else 'output'}' part after the round before closed, "
                    "a round heading's period alone on the line before it: its targets heading, the title lost to "
                    "OCR; read as that heading, not as the end of the round before's last list", None, start, start,
                    field="targets"))
            if rnd.opened_by is not None:
                # the round's targets heading lost: the round is known by its next part, and the lines between
                # the round before's close and that part (the targets' first items) were read as the round before's
                key, closed = rnd.opened_by
                start = rnd.blocks[0].line_start
                out.issues += [Issue(
                    "warning", "missing_section", f"a report round of {p.status} project {p.seq} opens with its "
                    f"'{key}' part after the round before closed: OCR lost its targets heading, and the rows printed "
                    "under it were read into the round before (its last list: its findings) or not at all", None,
                    closed, start, field=table) for table in ("targets", "findings")]
    for p, rnd, part, have, n in missing_parts(projects):
        lines_of = [b.line_start for b in rnd.blocks] + [b.line_end for b in rnd.blocks]
        out.issues.append(Issue("error", "missing_section",
                                f"a report round of {p.status} project {p.seq} prints no '{part}' heading, which "
                                f"{have} of the report's {n} rounds print: OCR lost it, and its rows were read into "
                                "the part before it or not at all", None, min(lines_of), max(lines_of),
                                field=PART_TABLES[part]))
    for p, rnd, before in rounds_out_of_order(projects):
        lines_of = [b.line_start for r in p.rounds[rnd.index:] for b in r.blocks] + \
                   [b.line_end for r in p.rounds[rnd.index:] for b in r.blocks]
        for table in CHILD_TABLES:  # the rows from here on, whichever table they went to
            out.issues.append(Issue("error", "project_unread",
                                    f"{table}: a report round of quarter {rnd.quarter[0]} follows {p.status} project "
                                    f"{p.seq}'s round of quarter {before}: a project reports its quarters in order, so "
                                    "from here the rounds are another project's, whose title OCR lost; its rows are "
                                    "read as this project's", None, min(lines_of), max(lines_of), field=table))
        # ... and the project lost, which has no row (and no key: about the report, see pipeline.placement;
        # left out where the summary's count already says the group's loss: rows.lost_said_once)
        out.issues.append(Issue("error", "project_unread",
                                f"projects: a report round of quarter {rnd.quarter[0]} follows {p.status} project "
                                f"{p.seq}'s round of quarter {before}: the rounds from here on are another project's, "
                                "whose title OCR lost; that project has no row",
                                json.dumps({"status": p.status, "rule": "quarter_order"}), min(lines_of),
                                max(lines_of), field="projects"))
    for p in projects:
        if p.split_from_rounds is None:
            continue
        q, before = p.split_from_rounds
        lines_of = [b.line_start for r in p.rounds for b in r.blocks] + [b.line_end for r in p.rounds for b in r.blocks]
        for table in CHILD_TABLES:
            out.issues.append(Issue("warning", "project_unread",
                                    f"{table}: a report round of quarter {q} follows the round of quarter {before} of "
                                    f"the {p.status} project before: a project reports its quarters in order, so from "
                                    "here the rounds are another project's, whose title OCR "
                                    + (f"garbled ({p.title_specks!r} for its number); its rows are read as {p.status} "
                                       f"project {p.seq}'s, named by the lines before them" if p.title_specks is not None
                                       else f"lost; its rows are read as {p.status} project {p.seq}'s, which has no name"),
                                    None, min(lines_of or [0]),
                                    max(lines_of or [0]), field=table))
    mentions = mentions_in(lines) + academic_mentions_in(lines)
    # what the year consensus counts (rows.py; the academic years only where the mentions tie, year.py); keyed
    # by copy, so that copies add up rather than vote
    for i, (ln, (kind, printed, month)) in enumerate(mentions, start=1):
        out.put("year_mentions", (index, i), "text", Reading(printed, printed, ln.no, ln.no))
        out.put("year_mentions", (index, i), "kind", Reading(kind, kind, ln.no, ln.no))
        out.put("year_mentions", (index, i), "month", Reading(month, str(month), ln.no, ln.no))
    report_lists: list = []  # every list of targets and findings, to read over the whole report (below)
    office = value_of(summary, "office")
    records = {id(rnd): read_round(rnd, office, lost) for p in projects for rnd in p.rounds}
    # the items the report reads whole, by kind of list: they part a list whose numbers stand apart where the
    # widths cannot, and a list whose numbers OCR lost whole, by its own kind's items and not at another kind's
    # (asked only when such a list is printed: numbers that do not pair, a line opening as the report's items
    # open, or texts over two paragraphs or more with no number, lists.unnumbered_paragraphs; without the last, a
    # list so printed was parted only where another list of the report happened to ask)
    parts = [each for recs in records.values() for each in round_lists(recs)]
    # how the report's items open where nothing leaves it in doubt: they cut a list whose numbers stand apart where
    # nothing else does, and a list so paired whose paragraph holds such an opening is in doubt, its items known by
    # no other list (asked only when such a list is printed)
    all_starts: frozenset[str] | None = None  # how the report's items open (lists.item_starts), asked when needed
    if wraps is not None and any(numbers_stand_apart(part) for _, part in parts):
        all_starts = item_starts([part for _, part in parts])
    starts = all_starts or frozenset()
    known: dict[str, frozenset[str]] = {}
    if wraps is not None:
        openings = item_openings([part for _, part in parts])
        kinds = {kind for kind, _ in parts} if any(
            unpaired_numbers(part, wraps) is not None or may_run_together(part, openings)
            or unnumbered_paragraphs(part, 1, wraps) >= 2 for _, part in parts) \
            else ()
        for kind in kinds:
            known[kind] = known_items([part for k, part in parts if k == kind], wraps, starts)
    if not known and any(marks_run_together(part) is not None for _, part in parts):
        # a list whose marks run together before its texts (a report printed as running text, often on one line,
        # where no page's widths are known): the items read whole cut its texts (marks_run)
        known = {kind: known_items([part for k, part in parts if k == kind], wraps, starts)
                 for kind in {k for k, _ in parts}}
    # how the report's items open and end by kind of list: a list read as one item without a number is cut where a
    # line of it opens as its kind's items open after a text that ends as they end (lists.opened_cut), and said
    # where it is not (each computed when first asked: few reports hold such a list)
    kind_starts = _ByKind(lambda kind: item_starts([part for k, part in parts if k == kind]))
    kind_ends = _ByKind(lambda kind: item_ends([part for k, part in parts if k == kind], wraps))
    kind_longest = _ByKind(lambda kind: item_longest([part for k, part in parts if k == kind], wraps))
    numbered_starts: frozenset[str] | None = None  # how the report's items open after their numbers
    for p in projects:
        key = (p.status, p.seq)
        first_issue = len(out.issues)  # (the issues from here to the project's end are about it: see below)
        title = _name_of(p)
        span = (p.title_lines[0].no, max(p.line_end, p.title_lines[-1].no))
        out.put("project", key, "name", Reading(title, title, *span))
        out.put("project", key, "plan_status", Reading(p.status, p.status, *span))
        out.put("project", key, "group_seq", Reading(p.seq, str(p.seq), *span))
        if p.title_lost is not None:
            read = f"its name is what was read of it: {title!r}" if title else "it has no name"
            out.issues.append(Issue(
                "warning", "missing_value",
                f"projects.name of {p.status} project {p.seq}: a report round opens right after the group's header "
                f"(line {p.title_lost}) with no project title before it: OCR lost the title's line (the group's first "
                f"project, numbered by its place); {read}", title or None, *span,
                field="projects.name"))
        if p.split_from_rounds is not None:
            q, before = p.split_from_rounds
            named = p.title_specks is not None  # (its title read before the rounds, its number garbled)
            field = "projects.group_seq" if named else "projects.name"
            out.issues.append(Issue(
                "warning", "label_inferred" if named else "missing_value",
                f"{field} of {p.status} project {p.seq}: a report round of quarter {q} follows the round of "
                f"quarter {before} of the project before it: a project reports its quarters in order, so from here "
                "the rounds are another project's" + (
                    f"; its title stands before them, its number garbled ({p.title_specks!r}): read as a project of "
                    "its own, numbered by its place" if named else
                    ", whose title OCR lost; it is read as a project of its own, numbered by its place, and has no "
                    "name"), p.title_lines[0].text if named else None, *span, field=field))
        if p.status in damaged:
            out.issues.append(damaged_header_issue(damaged[p.status], p.seq, span))
        if (nxt := past_count.get(id(p))) is not None:
            stated = summary[f"n_{p.status}"]
            out.issues.append(Issue(
                "warning", "repair_ambiguous",
                f"projects.plan_status of {p.status} project {p.seq}: the summary counts "
                f"{stated.value} ('{stated.text}') {p.status} projects and {sum(1 for q in projects if q.status == p.status)} "
                f"titles stand under that group, while the {nxt} group's header was not read and no title stands "
                f"under it: the titles past the count may be the {nxt} group's (its header lost to OCR, or the "
                "count misread); kept as read",
                json.dumps({"rule": "count", "printed": p.status, "candidates": [p.status, nxt]}, ensure_ascii=False),
                *span, field="projects.plan_status"))
        if p.repaired is not None:
            evidence = json.dumps({"rule": "item_sequence", "printed": str(p.repaired), "chosen": p.seq,
                                   "text": p.title_lines[0].text}, ensure_ascii=False)
            if _count_disagrees(summary, p.status, projects):
                # the summary counts more (or fewer) projects in the group than were read: titles were lost
                # around it, so the number it follows may not be the one before it
                out.issues.append(Issue("warning", "repair_ambiguous",
                                        f"project number {p.repaired} in the {p.status} group is kept as {p.seq}, its "
                                        f"place after number {p.seq - 1}; the summary's count for the group differs "
                                        "from the titles read, so the place does not confirm it", evidence, *span,
                                        field="projects.group_seq"))
            else:
                out.issues.append(Issue("warning", "value_repaired",
                                        f"project number {p.repaired} in the {p.status} group read as {p.seq}: it "
                                        f"follows number {p.seq - 1} and opens a project", evidence, *span,
                                        field="projects.group_seq"))
        if p.after_empty:
            out.issues.append(Issue("warning", "value_repaired",
                                    f"the {p.after_empty} group counts no projects and the {p.status} group's header "
                                    f"was not read: the projects from here on are {p.status}",
                                    json.dumps({"rule": "count", "printed": p.after_empty, "chosen": p.status},
                                               ensure_ascii=False), *span, field="projects.plan_status"))
        if p.split_from:
            out.issues.append(Issue("warning", "value_repaired",
                                    f"the {p.split_from} group holds more titles than the summary counts for it, the "
                                    f"{p.status} group's header was not read, and the numbers start again at 1: "
                                    f"parted by the summary's counts, this project is {p.status} project {p.seq}",
                                    json.dumps({"rule": "count", "printed": p.split_from, "chosen": p.status},
                                               ensure_ascii=False), *span, field="projects.plan_status"))
        if p.slip is not None:
            out.issues.append(Issue("warning", "value_repaired", f"projects.name of {p.status} project {p.seq}: its "
                                    f"title word printed '{p.slip}' (a letter OCR lost, read twice or misread), in "
                                    f"a list of titles where the row numbered {p.seq} stands next, is read as "
                                    f"'{_TITLE_WORD}'",
                                    json.dumps({"rule": "title_word", "printed": p.slip, "chosen": _TITLE_WORD},
                                               ensure_ascii=False), p.title_lines[0].no, p.title_lines[0].no,
                                    field="projects.name"))
        if p.unit_unsure:
            out.issues.append(Issue("warning", "unread_cells", f"{p.status} project {p.seq}: a row of a list of projects "
                                    "whose head gives a responsible unit's column, and no unit's name stands apart "
                                    "from the title (OCR ran the cells together): the name may hold the unit's words",
                                    title, *span, field="projects.name"))
        for line in p.figure_apart:
            out.issues.append(Issue("warning", "unplaced_text", f"projects.name ({p.status} project {p.seq}): a "
                                    f"figure alone ({line.text.strip()!r}) under a title ending with a word that "
                                    "wants a number, OCR garbled or parted from it: the title read without it",
                                    line.text.strip(), p.title_lines[-1].no, line.no, field="projects.name"))
        # a project printing no section (a title in a status group's list: not started) has nothing after its
        # title but the title's own words: text left there may be its tail, a page break between (its running
        # header taken out, the rest read apart), so the name is in doubt
        out.leave("unplaced_text", f"text after {p.status} project {p.seq} that belongs to no section"
                  + ("" if p.rounds else ": the project prints no section, so it may be its title's wrapped tail"),
                  p.unplaced, "projects" if p.rounds else "projects.name")
        for rnd in p.rounds:
            lists: list = []
            taken = frozenset(r.quarter[0] for r in p.rounds if r is not rnd and r.quarter is not None)
            read_round_into(out, key, rnd, office, lists, wraps, records[id(rnd)], known, starts, kind_starts,
                            kind_ends, taken)
            report_lists += [(key, *each) for each in lists]
            out.issues += ends_alone_issues(key, records[id(rnd)], parted or {})
        # (a project's own quarters only: another project may print fewer headings)
        out.issues += _plan_tails_lost(key, [records[id(rnd)] for rnd in p.rounds])
        about(out.issues[first_issue:], key)
    out.issues += _plan_texts_run_in(projects, records)
    for first, last, run in zones:
        # a page OCR read as garbage: the form's rules drop its lines as debris (the text between its pieces and
        # at its edges too: garbage_zones), and what the page printed (a title, a part's rows) is lost with no
        # other sign where nothing else counts it; said at its lines
        what = (f"{len(run)} lines at lines {first}-{last} are OCR garbage (a spoilt page or a picture, "
                "left out): what the page printed is lost, and rows of the project there may be missing")
        out.leave("unplaced_text", f"{what} (its title, or a project's whose title stood there)", run, "projects")
        out.issues += [Issue("warning", "unplaced_text", f"{what}: {table}", None, first, last, field=table)
                       for table in CHILD_TABLES]
    in_column = any(column for _, _, _, column, _, _, _ in report_lists)
    for key, table, lines, column, paragraphs, end, kind in report_lists:
        if column or paragraphs < 2:
            continue
        if in_column:
            # the report prints its lists' numbers in a column: where OCR lost a list's column whole, its
            # items read as one text over several paragraphs
            why = "in a report whose lists print their numbers in a column: OCR may have lost this list's column"
        elif (openings := percent_openings(lines)) >= 2:
            # two of its paragraphs open as an indicator does ('ร้อยละ 100 ของ...'): two items whose numbers
            # OCR lost (the column beside them, or the numbers in front)
            why = f"{openings} of them opening as an indicator does ('ร้อยละ N'): OCR may have lost the items' numbers"
        elif (opened := opens_as_items(lines, all_starts := all_starts if all_starts is not None else
                                       item_starts([part for _, part in parts]), wraps,
                                       known.get(kind, frozenset()))):
            # a line of it opens as the report's items open where nothing leaves that in doubt, after a text
            # the page did not wrap ('... จำนวน 86 คน' / 'เข้าร่วมการประชุม...' / 'สพป.ตรัง เขต 3 ดำเนินการ...'):
            # an item whose number OCR lost with the column it stood in
            why = (f"line {', '.join(map(str, opened))} opening as the report's items open, under a text the page "
                   "did not wrap (or that is an item the report prints whole elsewhere): OCR may have lost the items' "
                   "numbers")
        elif (ended := ends_as_items(lines, kind_ends[kind])):
            # a paragraph of it ends as the report's items of its kind end elsewhere ('... ล่าช้ากว่าที่กำหนดไว้'),
            # another after it: items whose numbers OCR lost, where nothing says how the next one opens
            why = (f"line {', '.join(map(str, ended))} opening a paragraph after a text that ends as the report's "
                   "items of its kind end elsewhere: OCR may have lost the items' numbers")
        elif (apart := texts_apart(lines, wraps)):
            # a paragraph the page did not wrap at its end, then (a gap) a text the page wrapped: two texts, where one
            # item is printed as one (lists.texts_apart): items whose numbers OCR lost
            why = (f"line {', '.join(map(str, apart))} opening a text of its own (wrapped by the page) after a "
                   "paragraph the page did not wrap at its end: OCR may have lost the items' numbers")
        elif (overlong := overlong_openings(lines, numbered_starts := numbered_starts if numbered_starts is not None
                                            else item_starts([part for _, part in parts], firsts=False),
                                            kind_longest[kind])):
            # the list's one item holds more letters than any item its kind's numbered lists read, and a line of it
            # opens as the report's items open after their numbers: items whose numbers OCR lost with their column,
            # the line above filling the page's width as a long item does (the margin alone cannot tell a wrap from
            # an end; a list's first text may be a wrap's tail read apart, so only openings after a number count)
            why = (f"longer than any item its kind's numbered lists read, line {', '.join(map(str, overlong))} "
                   "opening as the report's items open after their numbers: OCR may have lost the items' numbers")
        else:
            continue
        out.issues.append(Issue(
            "warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} is read as one item "
            f"without a number over {paragraphs} paragraphs, {why}, its items read as one (the rows after it in its "
            "kind are numbered by the items read)", {"missing": "2..."}, lines[0].no, end, field=table, record=key))
    return out


def about(issues: list[Issue], key: tuple[str, int]) -> None:
    """Say which project (its record key) the issues raised while reading
    it are about, where no other is said: the lines of a report printed on
    one line (running text) are every project's, and placement weighs
    them alone (pipeline.placement.project_at breaks such a tie with it)."""
    for issue in issues:
        if issue.record is None:
            issue.record = key

