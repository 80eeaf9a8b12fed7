"""One round of an OBEC project (the report of one quarter): its blocks
sorted into targets, activities, alignments, budgets and findings, and the
readings of each record (see parsers.obec_progress.read for the blocks)."""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, islice
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import certain, could_be
from normalizers.errors import ValueParseError
from normalizers.numbers import ANY_DIGIT_RE, NUMBER_ANY_DIGITS, thai_digits_to_arabic
from normalizers.text import clean_value, comparable, mark_tolerant, skeleton, skeleton_at
from normalizers.words import known_word, thai_words
from parsers.anchors import skeleton_of, skeleton_text
from parsers.digits import TO_THAI
from parsers.items import THAI_CHARS_RE, THAI_LETTER_RE, mend_item_numbers, split_item_number
from parsers.obec_progress.anchors import FINDING_KEYS, MARKERS, PLAN_KEYS, QUARTER_LABEL_LOOSE, TAIL, TARGET_KEYS, fiscal_year_of, quarter_of
from parsers.obec_progress.budgets import SEPARATOR_MISREAD, UNREAD_AMOUNTS, one_separator, read_amount
from parsers.obec_progress.running import opens_progress
from parsers.obec_progress.lists import (ASPECTS, NONE_RE, column_numbers_mended, figures_apart, fragments_restored, introduces,
                                         is_debris, JUNK_CONSONANTS, long_words,
                                         APART_UNPAIRED, PAIRED_IN_DOUBT, PARTED_BY_KNOWN, RAN_ON_IN_DOUBT,
                                         is_page_left, items_of, junk_line, wordless, fewer_than_junk_consonants,
                                         PARAGRAPH_LETTERS,
                                         known_head_run_on, known_parts_cut, known_piece_cut, known_shifted,
                                         items_past_lead, lone_first, lone_first_cut, marks_run_together, past_lead_cut,
                                         may_be_column_number, opens_with_count,
                                         number_after_items, numbers_held, numbers_in_column, numbers_inside_items,
                                         numbers_left_bare,
                                         damaged_numbers_inside_items,
                                         numbers_past_items, numbers_repeated_inside, numbers_run_in, run_in_cut,
                                         numbers_mended_inline, numbers_read_as_next, numbers_stand_apart, opened_cut, paired_in_doubt,
                                         parted_by_known, indicator_cut,
                                         split_aspects, unnumbered_paragraphs, unpaired_numbers, wrapped_figure)
from parsers.obec_progress.marks_run import marks_alone, marks_run_cut
from parsers.year_mentions import mentions_of
from parsers.repair import repair, separator_issue
from parsers.values import span_text
from schemas.document import CopyReading, Issue, Line, Reading


# a figure of one digit standing alone among specks ("1", "1          a"): what OCR may leave of an item's number
_FIGURE_SPECK_RE = regex.compile(r"(?<!\S)[\d๐-๙](?!\S)")


def specks_inside(part: list[Line], items: list[tuple[str, int, int]], debris: list[Line]) -> list[Line]:
    """The lines of OCR debris left out of a numbered list (`debris`: the
    round's, read_round) that stand inside one of its items' spans, between
    two of the item's lines, and hold a figure of one digit alone
    (_FIGURE_SPECK_RE): an item's number OCR read as specks among others, so
    the item after it ran into the one read (s42b's obec_progress_s42b001:
    "๒. สพป. ..." / "1" / "1   a" / "ญของผู้เรียน..." / "a   a" / "ดำเนินการนิเทศ
    ..."); where the list reads no number at all (OCR lost them, or it
    prints none), only a line of that one digit alone ("กำคู่มือ..." / "a" /
    "1" / "มีการวางแผน...": fresh set s92o, obec_progress_s92o004, the
    second suggestion's "๒)" read apart, its row missing with no issue naming
    its table); none where no item spans such a line."""
    if not debris:
        return []
    numbered = any(split_item_number(ln.text)[0] is not None for ln in part)
    return [ln for ln in debris if (_FIGURE_SPECK_RE.search(ln.text) if numbered
                                    else ANY_DIGIT_RE.fullmatch(ln.text.strip()))
            and any(a < ln.no < b for _, a, b in items)]


@dataclass(slots=True)
class Round:
    """One quarter's report of a project (most projects have one)."""
    index: int
    quarter: tuple[int, str] | None = None  # as printed; repaired when it is read
    quarter_line: int = 0
    blocks: list[Any] = field(default_factory=list)
    # the first heading's quarter as printed and its line, where the round's other headings named another
    # with certainty (read._quarter_of_headings): a misread, repaired
    misread_quarter: tuple[str, int] | None = None
    # the part the round opened with where its targets heading was lost (read.assemble: a part a round opens
    # with after the round before closed), and the line the round before closed at
    opened_by: tuple[str, int] | None = None
    # the line of the round's targets heading read from its period alone, its title lost (read._period_alone)
    period_alone: int = 0
    # the round's headings' quarters as printed, with their lines, where no one quarter is a reading of them all
    # (read._quarter_of_headings: "๓" over its targets, "๕" over its activities, ๔ misread both ways), the
    # quarters they read as in range: the round's rows keep the first heading's quarter, in doubt
    quarter_doubt: tuple[tuple[tuple[str, int], ...], tuple[int, ...]] | None = None
    # the round's headings' quarters as printed, with their lines, and the quarter read as the round before's,
    # where the round's order names the next (read._quarter_by_order: "๓", "©", "«" over a round after quarter
    # 3's): the round is the next quarter, said
    order_quarter: tuple[tuple[tuple[str, int], ...], int] | None = None
    # the round's headings whose certain digits more of its headings outvote, as printed with their lines, the
    # quarter the others read as, and the others' digits (read._certain_outvoted: "๑" over its budget, "๕" over
    # its other three parts): the round is the others' quarter, said, and a budget section under an outvoted
    # heading stands in it
    outvoted_quarter: tuple[tuple[tuple[str, int], ...], int, tuple[str, ...]] | None = None
    # the round's headings' quarters as printed, with their lines, and the digits the document's OCR never writes
    # in Thai (parsers.digits.unread_digits), where no one quarter is a reading of them all by the table but one is
    # once each printed Thai digit may also stand for an unwritten one (read._quarter_in_doubt: "๓", "๕", "๓" in a
    # document that never prints a ๔): the round is that quarter, said
    unwritten_quarter: tuple[tuple[tuple[str, int], ...], str] | None = None


def repair_quarter(quarter: tuple[int, str] | None, line: int, out: CopyReading, what: str,
                   field: str, round_quarter: int | None = None) -> int | None:
    """A quarter must be 1 to 4: a printed ๕ is a misread ๔ (parsers.repair).
    A budget section's quarter printed as none whose one reading in range
    is not its round's quarter (`round_quarter`, read from the round's own
    headings: "๐" reads 4 by the table, the round's headings print ๑) is in
    doubt between the two: none is claimed repaired, the issue names the
    field (repair_ambiguous), and the section stands in its round's quarter,
    as one whose quarter OCR left unreadable does."""
    if quarter is None:
        return None
    value, printed = quarter
    reading = Reading(value, printed, line, line)
    outcome = repair(reading, int, lambda q: 1 <= q <= 4, rule="quarter_range", field=field, what=what)
    if outcome.repaired and round_quarter is not None and outcome.value != round_quarter:
        out.issues.append(Issue("warning", "repair_ambiguous", f"{what}: printed {printed!r} is no quarter; its one "
                                f"reading that is ({outcome.value}) is not its round's quarter ({round_quarter}): "
                                "none is chosen, the section stands in its round's quarter",
                                json.dumps({"rule": "quarter_range", "printed": printed,
                                            "candidates": [outcome.value, round_quarter]}, ensure_ascii=False),
                                line, line, field=field))
        return None
    if outcome.issue is not None:
        out.issues.append(outcome.issue)
    return outcome.value if 1 <= outcome.value <= 4 else None


# ---------------------------------------------------------------- one round


# the side table of the list lines right after a line of OCR debris (RoundRecords.after_debris), keyed by (table,
# line number): no rows of the report's, read by rows.build for texts.split_joined_items
AFTER_DEBRIS = "list_lines_after_debris"
# the side table of the lines that end a page's text (the last text line before a line of the page's furniture),
# keyed by line number: no rows of the report's, read by rows.build for texts.closes_at_page_foot
PAGE_LAST = "page_last_lines"
# the side table of the first lines of list items that open with their number, the next item of the list opening
# with the next number (numbered_on), keyed by (table, line number): no rows of the report's, read by rows.build for
# texts.split_joined_items (no item's number was lost between the two)
NUMBERED_ON = "list_items_numbered_on"
# the side table of the first lines of list items that open with no number where another item of their list opens
# with one (unnumbered_amid), keyed by (table, line number): no rows of the report's, read by rows.build for
# texts.split_joined_items (such an item's first line may be a piece of one whose head OCR lost with its number)
UNNUMBERED_AMID = "list_items_unnumbered_amid"
# the side table of where an alignment's text wraps: keyed by (its plan heading, its text up to each of its line
# ends but the last, wrapped lines joined): no rows of the report's, read by rows.build for texts.plan_closes_lost
# (a text the report prints elsewhere under the same heading that ends where another printing wraps: OCR lost
# that printing's next line)
PLAN_WRAPS = "alignment_text_wraps"
DEBRIS_RUN = 4  # debris lines left out under one list heading from which its items are in doubt


def numbered_on(part: list[Line], items: list[tuple[str, int, int]]) -> list[int]:
    """The first lines of the list's items (text, first line, last line)
    that open with their item number where the next item's first line opens
    with the next number (its last part one more, its parts before the
    same: "๑. ..." / "๒. ..."): no number between the two was lost, so the
    item holds no other run into it with its number."""
    numbers = _first_numbers(part, items)
    return [items[k][1] for k in range(len(items) - 1)
            if (this := numbers[k]) is not None and (after := numbers[k + 1]) is not None
            and len(this) == len(after) and this[:-1] == after[:-1] and after[-1] == this[-1] + 1]


def unnumbered_amid(part: list[Line], items: list[tuple[str, int, int]]) -> list[int]:
    """The first lines of the list's items (text, first line, last line)
    that open with no item number where another item's first line opens
    with one ("๑. ระยะเวลา..." / "เร่งรีบ เนื่องจาก..."): the item's number
    lost, or its first line a piece of one whose head OCR lost with its
    number (the line before it lost too), so where it opens is in doubt."""
    numbers = _first_numbers(part, items)
    return [a for (_, a, _), n in zip(items, numbers) if n is None] if any(n is not None for n in numbers) else []


def _first_numbers(part: list[Line], items: list[tuple[str, int, int]]) -> list[tuple[int, ...] | None]:
    """The item number each item's first line opens with (split_item_number), None where it opens with none."""
    by_no = {ln.no: ln for ln in part}
    return [split_item_number(by_no[a].text)[0] if a in by_no else None for _, a, _ in items]


@dataclass(slots=True)
class RoundRecords:
    targets: list[tuple[str, str | None, list[Line]]] = field(default_factory=list)  # kind, aspect, lines
    activities: list[tuple[int, Line, list[Line]]] = field(default_factory=list)
    alignments: list[tuple[str, list[Line]]] = field(default_factory=list)
    plan_keys: list[tuple[str, int]] = field(default_factory=list)  # each alignment heading's key and line
    budgets: list[dict[str, Any]] = field(default_factory=list)
    findings: list[tuple[str, str | None, list[Line]]] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)
    # text under a part's heading before any of its sub-headings (a plan's, a target's or a finding's kind):
    # the sub-heading OCR garbled past reading, its rows lost or read into the ones after (by table)
    orphans: dict[str, list[Line]] = field(default_factory=dict)
    activity_tokens: dict[int, str] = field(default_factory=dict)  # a main activity's number OCR read as letters
    activity_again: dict[int, str] = field(default_factory=dict)  # a main activity's number read twice: the second
    # each target heading: (its line, as printed; the index of its first entry in `targets`)
    heads: list[tuple[Line, int]] = field(default_factory=list)
    # each findings heading (results, problems, suggestions): (its line; the index of its entry in `findings`)
    finding_heads: list[tuple[Line, int]] = field(default_factory=list)
    # each activities heading: (its line; the index in `activities` of the first main activity after it)
    activity_heads: list[tuple[Line, int]] = field(default_factory=list)
    # the aspects met under an output or outcome heading: the indicators' heading before them lost (read_round)
    inferred_indicators: list[Line] = field(default_factory=list)
    # the first line of a list under an output or outcome heading numbered again from 1 right before the quality
    # aspect's heading: the quantity indicators, both headings above them lost (read_round: numbering_restart)
    restarted_indicators: list[Line] = field(default_factory=list)
    # the indicators' heading read from its end alone under an output or outcome list (indicator_heading_tail)
    heading_tails: list[Line] = field(default_factory=list)
    # the first line of a list under the outcomes, the round's last list of targets, whose items number again from
    # 1 after the outcomes' own item(s), with no indicator heading or aspect in the round: the success indicators,
    # their heading lost to OCR (read_round: indicators_renumbered)
    renumbered_indicators: list[Line] = field(default_factory=list)
    # a figure alone after a blank line under a text that wants one (lists.wrapped_figure): the page may have
    # wrapped it from that text, or it is a page's number; left out, said: (the field, the text's line, the figure's)
    figures_apart: list[tuple[str, int, Line]] = field(default_factory=list)
    # the debris lines left out under each target or finding list heading (mode, the heading's index): a run of
    # DEBRIS_RUN or more is a part of the page OCR read as no words, whose items may be lost (debris_runs)
    debris: dict[tuple[str, int], list[Line]] = field(default_factory=dict)

    def debris_runs(self) -> list[tuple[str, list[Line]]]:
        """(table, lines) of each list heading under which DEBRIS_RUN lines
        or more were left out as OCR debris (no words): a page part read
        as garbage, whose items may be lost or read from its specks."""
        return [("targets" if mode == "target" else "findings", lines)
                for (mode, _), lines in self.debris.items() if len(lines) >= DEBRIS_RUN]

    def _lists(self) -> tuple[tuple[str, str, list, list[tuple[Line, int]]], ...]:
        """(mode, table, entries, headings) of the round's two kinds of list: its targets and its findings."""
        return (("target", "targets", self.targets, self.heads),
                ("finding", "findings", self.findings, self.finding_heads))

    def after_debris(self) -> list[tuple[str, int, Line]]:
        """(table, line number, the debris line) of each line of a target or
        finding list that comes right after a line left out under its
        heading as OCR debris (no heading nor list line between): a line of
        specks may be the item's opening line read as no words ("IS" over
        "ได้รับการพัฒนาให้มีความรู้..."), so the row that opens there may
        have lost its head (texts.split_joined_items: no witness of an item
        of its own where heads_lost said so too)."""
        out = []
        for mode, table, entries, heads in self._lists():
            specks = sorted({ln.no: ln for (m, _), lines in self.debris.items() if m == mode
                             for ln in lines}.items())
            if not specks:
                continue
            # (a debris line kept in a list as a column's number is no list line here: lists.may_be_column_number)
            listed = {ln.no for _, _, lines in entries for ln in lines} - dict(specks).keys()
            stops = sorted(listed | {line.no for line, _ in heads})
            for no, speck in specks:
                nxt = stops[at] if (at := bisect_right(stops, no)) < len(stops) else None
                if nxt in listed:
                    out.append((table, nxt, speck))
        return out

    def numbers_alone(self) -> list[tuple[str, Line]]:
        """(table, the line) of each list number standing alone on a line
        left out as OCR debris ("๓") after the last line of a target or
        finding list, the next number after the highest its lines open with
        (no list line after it under the heading): that item's number, its
        text OCR lost (before, the row was lost with no issue naming it:
        fresh set s121r, obec_progress_s121r002, "๑." / "lo." / "๓" and the
        next heading)."""
        out = []
        for mode, table, entries, heads in self._lists():
            stops = [ln.no for _, _, own in entries for ln in own] + [ln.no for ln, _ in heads]
            for (m, _), lines in self.debris.items():
                if m != mode:
                    continue
                for speck in lines:
                    if not _NUMBER_ALONE_RE.match(speck.text.strip()):
                        continue
                    # the list whose last line stands nearest above it, no line of a list or heading between
                    above = max((own for _, _, own in entries if own and own[-1].no < speck.no),
                                key=lambda own: own[-1].no, default=None)
                    if above is None or any(above[-1].no < no < speck.no for no in stops):
                        continue
                    numbers = [n[0] for ln in mend_item_numbers(list(above))
                               if (n := split_item_number(ln.text)[0]) is not None and len(n) == 1]
                    if numbers and split_item_number(speck.text.strip())[0] == (max(numbers) + 1,):
                        out.append((table, speck))
        return out

    def empty_results(self) -> list[Line]:
        """The results headings ("ผลการดำเนินงาน") of the round's findings
        under which nothing is printed, not even a "-": a round always
        reports what it did (its problems and suggestions may be none, and
        then their headings stand alone), so OCR lost the text."""
        out = []
        for line, first in self.finding_heads:
            nxt = min((i for _, i in self.finding_heads if i > first), default=len(self.findings))
            if self.findings[first][0] == "result" and not any(lines for _, _, lines in self.findings[first:nxt]):
                out.append(line)
        return out

    def ends_alone(self, parted: dict[int, str]) -> list[tuple[str, int, str]]:
        """(kind, line number, its text) of each problem or suggestion list
        that read no item while a line left out under it as debris is, as
        printed (`parted`: the copy's lines OCR parted with wide gaps, by
        number, before the specks at their edges were taken off), pieces of
        letters alone (_ends_alone, "IE <gap> ea"): a line of text OCR read
        at its ends only, its words lost (a bullet or a checkbox OCR made
        letters of is one piece; a row of numbers holds digits). Its item may
        be lost."""
        out = []
        for i, (_, first) in enumerate(self.finding_heads):
            kind = self.findings[first][0]
            nxt = min((j for _, j in self.finding_heads if j > first), default=len(self.findings))
            if kind == "result" or any(lines for _, _, lines in self.findings[first:nxt]):
                continue
            nos = dict.fromkeys(line.no for line in self.debris.get(("finding", i + 1), ()) if line.no in parted)
            out += [(kind, no, parted[no]) for no in nos if _ends_alone(parted[no])]
        return out

    def empty_activities(self) -> list[Line]:
        """The activities headings ("ความก้าวหน้าของกิจกรรมที่ดำเนินการ") under
        which no main activity's head stands, nor text (an orphan: the head
        OCR garbled): a round always reports the main activities it
        worked on, so OCR lost them with the part of the page they stood
        on."""
        if "activities" in self.orphans:
            return []
        ends = [first for _, first in self.activity_heads[1:]] + [len(self.activities)]
        return [line for (line, first), end in zip(self.activity_heads, ends) if end == first]

    def empty_heads(self) -> list[Line]:
        """The target headings under which nothing is printed: their entries,
        aspects included, hold no line (a target section always says what
        it aims at; findings may say nothing, their "-" cleaned away)."""
        out = []
        for line, first in self.heads:
            nxt = min((i for _, i in self.heads if i > first), default=len(self.targets))
            if not any(lines for _, _, lines in self.targets[first:nxt]):
                out.append(line)
        return out


_END_LETTER_RE = regex.compile(r"[A-Za-z\u0e01-\u0e2e]")  # a Latin letter or a Thai consonant
_ANY_DIGIT_RE = regex.compile(r"[0-9\u0e50-\u0e59]")
END_LETTERS = 2  # letters each piece of a line read at its ends holds at least


def _ends_alone(text: str) -> bool:
    """Whether a line is two pieces or more OCR parted with wide gaps (the
    clean-up's tabs), each holding END_LETTERS letters or more and no digit:
    a printed line read at its ends, its words between lost (RoundRecords.ends_alone)."""
    pieces = [p for p in (c.strip() for c in text.split("\t")) if p]
    return len(pieces) >= 2 and all(len(_END_LETTER_RE.findall(p)) >= END_LETTERS and not _ANY_DIGIT_RE.search(p)
                                    for p in pieces)


# a line this close (skeletons, rapidfuzz ratio) to the office's name is the office printed again
OFFICE_RATIO = 85

_INDICATOR_HEADING = skeleton_text(next(a.text for a in MARKERS if a.key == "indicator"))
HEADING_TAIL_MIN = 10  # skeleton letters a piece of the indicators' heading holds at least (its last word and more)
HEADING_TAIL_RATIO = 85  # how alike (rapidfuzz ratio) the piece is to as many of the heading's last letters
HEADING_TAIL_MAX = 30  # characters of such a line, at most
# a line opening with a vowel or mark no Thai word opens with: a word OCR cut, its first letters read apart
_CUT_OPENING_RE = regex.compile(r"^[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


def indicator_heading_tail(text: str) -> bool:
    """A line that is the success indicators' heading's end alone, its start
    lost to OCR (a stamp or specks over it, the piece before read apart:
    "ชนีซี" / "๑7" / "ัดความสําเรว็จ" for ดัชนีชี้วัดความสำเร็จ): HEADING_TAIL_MIN
    skeleton letters or more, more than the heading's last word, as alike
    as HEADING_TAIL_RATIO to as many of its last letters, and nothing else
    on the line, opening with a mark or vowel no Thai word opens with (a
    word cut: "วัดความสำเร็จ" whole may end a sentence, and stays text)."""
    text = text.strip()
    if len(text) > HEADING_TAIL_MAX or not _CUT_OPENING_RE.match(text):
        return False
    sk = skeleton_text(text)
    if not HEADING_TAIL_MIN <= len(sk) < len(_INDICATOR_HEADING):
        return False
    return fuzz.ratio(sk, _INDICATOR_HEADING[-len(sk):]) >= HEADING_TAIL_RATIO


def is_office(text: str, office: str | None) -> bool:
    """Whether a line is the office's name OCR damaged (a running header the
    clean-up did not recognise: "สํานํ  นักงานเขตพื้นที่...เขต ๕"); a report
    never prints its office's full name as a line of a project's sections."""
    if not office or abs(len(text) - len(office)) > len(office) // 3:
        return False
    return fuzz.ratio(skeleton(text), skeleton(office)) >= OFFICE_RATIO


# a heading that ends with its year's label, the year the page wrapped onto the next line ("... ปีงบประมาณ" /
# "2567"); "พ.ศ." or what OCR made of it may stand between
_YEAR_LABEL_END_RE = regex.compile(mark_tolerant("ปีงบประมาณ") + r"[^\d๐-๙]{0,12}$")


def _heading_years(blocks: list[Any], i: int) -> list[str]:
    """The years a round's heading (the marker block `blocks[i]`) prints,
    as printed: those on its line, else, where the line ends with the
    year's label ("... ไตรมาสที่ ๓ ปีงบประมาณ"), the year the page wrapped
    onto the line after it, read alone (a text block of one word, the next
    block, on the next line or after one blank)."""
    heading = blocks[i].data["heading"]
    found = [printed for kind, printed, _ in mentions_of(heading) if kind == "heading"]
    if found or i + 1 >= len(blocks) or _YEAR_LABEL_END_RE.search(heading) is None:
        return found
    nxt = blocks[i + 1]
    if nxt.kind != "text" or nxt.line_start > blocks[i].line_end + 2 or len(nxt.text.split()) != 1:
        return []
    return [printed for kind, printed, _ in mentions_of(f"{heading} {nxt.text}") if kind == "heading"]


def _margin_figure(mode: str | None, buffer: list[Line] | None, block: Any) -> bool:
    """Whether a text block is a budget result's (note's) line of figures
    and marks alone (no Thai letter: "๑๐%.") standing apart from the
    note's last line (a blank line or the page's edge between): OCR's specks
    of the page's header or footer, printed in the margin the note ran over
    (a note goes on in words; a figure it wraps stands right under it,
    _figure_wrapped)."""
    return mode == "budget_note" and bool(buffer) and block.line_start > buffer[-1].no + 1 \
        and THAI_LETTER_RE.search(block.text) is None


def read_round(rnd: Round, office: str | None = None, lost: frozenset[int] = frozenset()) -> RoundRecords:
    """Sort a round's blocks into targets, activities, alignments, budgets,
    findings; the office's name printed again is left out, and so is text at
    the `lost` lines (a page OCR spoilt: lists.garbage_zones), which would
    read as an item of the list it stands in."""
    out = RoundRecords()
    buffer: list[Line] | None = None  # where text lines go now
    kind: str | None = None  # the target or finding kind in force
    mode = None
    tokens: set[int] = set()  # debris kept under a number alone (lists.may_be_column_number)
    # where the block before went, for a figure the page wrapped onto a line of its own after it
    # (lists.wrapped_figure): (its last line, the list it went to) or (its last line, None) for a plan's heading
    last: tuple[int, list[Line] | None] | None = None
    for block in rnd.blocks:
        line = Line(block.line_start, block.text)
        before, last = last, None
        if block.kind == "marker":
            key = block.key
            if key in TARGET_KEYS:
                mode, kind = "target", TARGET_KEYS[key]
                out.heads.append((Line(line.no, block.data["heading"]), len(out.targets)))
                out.targets.append((kind, None, []))
                buffer = out.targets[-1][2]
            elif key in ASPECTS and mode in ("target", "finding"):
                if mode == "target" and kind in ("output", "outcome"):
                    # an aspect ("เชิงปริมาณ", "เชิงคุณภาพ") heads the success indicators' lists only: their heading
                    # ("ดัชนีชี้วัดความสำเร็จ") was lost to OCR, and the indicators start here
                    restart = numbering_restart(out.targets[-1][2]) if key == "aspect_quality" else None
                    if restart is None and key == "aspect_quality" and kind == "outcome":
                        # the outcomes' own items printed without numbers (or numbered 1, 2, ...), the quantity
                        # indicators numbered from 1 after them to the quality aspect, both headings over them lost
                        # ("~ NwHS =" for ดัชนีชี้วัดความสำเร็จ / เชิงปริมาณ: fresh set s129o, obec_progress_s129o004)
                        restart = indicators_renumbered(out.targets[-1][2])
                    kind = "indicator"
                    out.inferred_indicators.append(line)
                    if restart is not None:
                        # the list above numbered again from 1 before the quality aspect: the quantity aspect's
                        # indicators (printed first), their heading and the indicators' heading both lost to OCR
                        lines = out.targets[-1][2]
                        out.targets.append((kind, None, lines[restart:]))
                        del lines[restart:]
                        out.restarted_indicators.append(out.targets[-1][2][0])
                target = out.targets if mode == "target" else out.findings
                target.append((kind, ASPECTS[key], [line] if block.text else []))
                buffer = target[-1][2]
            elif key in PLAN_KEYS:
                mode = "plan"
                out.alignments.append((clean_value(block.data["heading"]), []))
                out.plan_keys.append((key, line.no))
                buffer = out.alignments[-1][1]
                last = (block.line_end, None)  # (the heading is the whole line, its tail after the form's words too)
            elif key == "budget":
                mode = "budget"
                heading = block.data["heading"]
                out.budgets.append({"heading": heading, "quarter": quarter_of(heading),
                                    "fiscal_year_be": fiscal_year_of(heading), "lines": [line.no], "note": []})
                buffer = None
            elif key in ("budget_planned", "budget_disbursed", "budget_note"):
                if not out.budgets or mode not in ("budget", "budget_note"):
                    out.budgets.append({"heading": "", "quarter": None, "fiscal_year_be": None, "lines": [], "note": []})
                budget = out.budgets[-1]
                budget["lines"].append(line.no)
                if key == "budget_note":
                    mode = "budget_note"
                    buffer = budget["note"]
                    if block.text:
                        buffer.append(line)
                else:
                    budget[key] = (block.text, line.no)
                    mode, buffer = "budget", None
            elif key in FINDING_KEYS:
                mode, kind = "finding", FINDING_KEYS[key]
                out.finding_heads.append((Line(line.no, block.data.get("heading") or block.text), len(out.findings)))
                out.findings.append((kind, None, []))
                buffer = out.findings[-1][2]
            elif key in ("targets", "activities", "alignment", "findings"):
                mode, buffer = key, None
                if key == "activities":
                    out.activity_heads.append((line, len(out.activities)))
            elif key == "steps":
                continue
            else:
                (buffer if buffer is not None else out.unplaced).append(line)
        elif block.kind == "activity":
            mode = "activity"
            out.activities.append((block.data["number"], line, []))
            if block.data.get("repaired") is not None:
                out.activity_tokens[line.no] = block.data["repaired"]
            if block.data.get("again"):
                out.activity_again[line.no] = block.data["again"]
            buffer = out.activities[-1][2]
        elif block.kind in ("text", "title", "group"):
            if block.line_start in lost:
                continue
            if mode == "target" and kind in ("output", "outcome") and indicator_heading_tail(block.text):
                # the success indicators' heading, its start lost to OCR: the indicators start here, and said
                kind = "indicator"
                out.heads.append((line, len(out.targets)))
                out.targets.append((kind, None, []))
                buffer = out.targets[-1][2]
                out.heading_tails.append(line)
                continue
            if before is not None and before[0] + 1 == block.line_start and _figure_wrapped(out, before[1], block.text):
                continue
            if before is not None and _figure_apart(out, before, mode, line):
                continue
            # (in a list of texts, figures alone parted by wide gaps are an ornament's specks too: figures_apart)
            debris = is_debris(block.text) or mode in ("target", "finding") and figures_apart(block.text)
            if debris and not (mode in ("target", "finding") and marks_alone(block.text)) \
                    or is_office(block.text, office) or is_page_left(block.text) or junk_line(block.text) \
                    or _margin_figure(mode, buffer, block):
                if mode in ("target", "finding") and debris:
                    heads = out.heads if mode == "target" else out.finding_heads
                    out.debris.setdefault((mode, len(heads)), []).append(line)
                if mode in ("target", "finding") and buffer is not None and debris and (
                        buffer and may_be_column_number(buffer[-1].text, block.text)
                        # (the list's first line, or the one under it kept so: "1" / "2,", the column's first
                        # numbers their marks lost)
                        or (not buffer or len(buffer) == 1 and buffer[0].no in tokens)
                        and may_be_column_number(None, block.text)):
                    buffer.append(line)  # (a column's number OCR misread, or debris: column_numbers_mended says)
                    tokens.add(line.no)
                continue
            if mode == "budget" and out.budgets:
                pending = [k for k in ("budget_planned", "budget_disbursed") if k in out.budgets[-1]
                           and not _has_amount(out.budgets[-1][k][0])]
                if pending:
                    out.budgets[-1][pending[0]] = (block.text, line.no)
                    continue
            if mode == "activity":  # whether a new part starts here (see read.part_starts): the name goes on, or not
                line = Line(line.no, line.text, bullet=block.data.get("new_part", True))
            elif buffer and block.data.get("wraps"):
                # running text the page width wrapped: the piece goes on from the one before, so that an
                # inline list ("... 1. ก ... / ... 2. ข") is read over the whole paragraph
                if buffer[-1].no in tokens:
                    buffer.pop()  # (debris kept under a number: running text goes on past it, no column)
                if buffer:
                    buffer[-1] = Line(buffer[-1].no, f"{buffer[-1].text} {line.text}")
                    last = (block.line_end, buffer)
                    continue
            (buffer if buffer is not None else out.unplaced).append(line)
            if buffer is not None:
                last = (block.line_end, buffer)
            if buffer is None and mode in ORPHAN_TABLES and not NONE_RE.match(line.text) \
                    and not _HEADING_TAIL_RE.match(line.text.strip()) \
                    and (mode != "activities" or _activity_words(line.text)):
                out.orphans.setdefault(ORPHAN_TABLES[mode], []).append(line)
    for _, _, lines in (*out.targets, *out.findings):
        if tokens.intersection(ln.no for ln in lines):
            lines[:] = column_numbers_mended(lines, tokens)
    if out.targets and out.targets[-1][0] == "outcome" and all(k != "indicator" for k, _, _ in out.targets):
        lines = out.targets[-1][2]
        restart = indicators_renumbered(lines)
        if restart is not None:
            # the outcomes' list numbers again from 1: the round's success indicators, their heading
            # ("ดัชนีชี้วัดความสำเร็จ") lost to OCR, and no aspect under it to say so
            out.targets.append(("indicator", None, lines[restart:]))
            del lines[restart:]
            out.renumbered_indicators.append(out.targets[-1][2][0])
    return out


def _specks_only(text: str) -> bool:
    """A list's item that is OCR specks: no dictionary word (lists.wordless)
    and fewer than JUNK_CONSONANTS Thai consonants ("Sb.", "oa.", "งนี",
    "ซั 9๑7 ๑9๑7"); "none" ("-", "ไม่มี") is no specks.  (The consonants
    counted before the words are looked up: the same answer, three pure
    tests, and most items fail the count at once, where wordless tokenizes.)"""
    return not NONE_RE.match(text) and fewer_than_junk_consonants(text) and wordless(text)


def _figure_wrapped(out: RoundRecords, lines: list[Line] | None, text: str) -> bool:
    """A line right under the one before (no blank line between: no page
    edge) holding a figure the page wrapped from its end (lists
    .wrapped_figure: "... ฉบับที่" / "๑๓"): the figure is put back at the
    end of the text it went to (`lines`' last line, or with None the last
    plan heading, with no text under it yet), where is_debris would have
    dropped it as a page number or a speck."""
    if lines is None:
        heading, plan = out.alignments[-1]
        figure = wrapped_figure(heading, text) if not plan else None
        if figure is not None:
            out.alignments[-1] = (f"{heading} {figure}", plan)
        return figure is not None
    if not lines:
        return False
    figure = wrapped_figure(lines[-1].text, text)
    if figure is not None:
        lines[-1] = Line(lines[-1].no, f"{lines[-1].text} {figure}", lines[-1].kind, lines[-1].bullet,
                         lines[-1].indent)
    return figure is not None


# the field a round's text goes to, by the reader's mode (read_round), for a figure that may be its tail
_MODE_FIELDS = {"target": "targets.text", "finding": "findings.text", "activity": "activities.progress",
                "plan": "alignments.text"}


def _figure_apart(out: RoundRecords, before: tuple[int, list[Line] | None], mode: str | None, line: Line) -> bool:
    """A figure alone after a blank line (or a line the clean-up took for
    page furniture) under a text whose last word wants a number
    (lists.wrapped_figure): the page may have wrapped it from that text, or
    it is a page's number at a page's edge; nothing tells which, so it is
    left out as debris and recorded (RoundRecords.figures_apart), to be said."""
    end, lines = before
    if lines is None:
        heading, plan = out.alignments[-1]
        if plan or wrapped_figure(heading, line.text) is None:
            return False
        out.figures_apart.append(("alignments.plan", end, line))
        return True
    field_name = _MODE_FIELDS.get(mode or "")
    if field_name is None or not lines or wrapped_figure(lines[-1].text, line.text) is None:
        return False
    out.figures_apart.append((field_name, lines[-1].no, line))
    return True


# the rest of a part's heading the page wrapped onto a line of its own: its period ("ปีงบประมาณ 2564",
# "ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗"), its plan ("ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก")
_HEADING_TAIL_RE = regex.compile(
    rf"^(?=\S)(?:{mark_tolerant('ประจำ')}(?:{mark_tolerant('ปี')})?\s*)?(?:{QUARTER_LABEL_LOOSE}\s*\S{{1,2}}\s*)?"
    rf"(?:{mark_tolerant('ปีงบประมาณ')}\s*(?:พ\.?\s*ศ\.?\s*)?\S{{2,6}})?$"
    rf"|^{mark_tolerant('ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก')}$")
# a part's heading -> its table (the activities' text before any activity's head: the head OCR lost, its progress
# under the heading alone, "มีผู้เข้าร่วมกิจกรรม จำนวน 122 คน": fresh set s109r's obec_progress_s109r001, the row lost
# with only an unplaced-text issue naming the project)
ORPHAN_TABLES = {"targets": "targets", "alignment": "alignments", "findings": "findings", "activities": "activities"}


# Words of an activity's name or progress, ACTIVITY_WORDS of them (lists.long_words: dictionary words of WORD_CHARS
# characters or more, "มีผู้เข้าร่วมกิจกรรม จำนวน 122 คน"): text the activities' heading stands over whose activity's
# head OCR lost, where
# no heading's words are (its period's tail the page wrapped and OCR damaged, "ขปีึงบประมาณ 2567", "าปีไตรมาสที 2",
# is no activity's, nor specks, "หน้า dos", "ชันชิด")
ACTIVITY_WORDS = 3
_HEADING_WORDS_RE = regex.compile(rf"{mark_tolerant('งบประมาณ', spaces=False)}|ไตรมา")


def _activity_words(text: str) -> bool:
    """Whether a line under the activities' heading, before any activity's head, holds an activity's words
    (ACTIVITY_WORDS dictionary words, no heading's words)."""
    if _HEADING_WORDS_RE.search(text):
        return False
    return len(list(islice(long_words(text), ACTIVITY_WORDS))) == ACTIVITY_WORDS


# The rest of an activity's name on a line of its own, even where a new paragraph seems to start there:
# the words that close a bracket the name left open ("... ฐานสมรรถนะ (Active" / "Learning)"), or a
# bracketed aside alone ("... ภาวะผู้นำ" / "(สัมภาษณ์)"); no progress text reads so.
_CLOSES_RE = regex.compile(r"^[^()]{1,40}\)$")
BRACKET_TAIL_MAX = 20  # characters from a name's last open bracket to its end, at most, for OCR to have lost its close
# a step under a main activity whose number OCR garbled: a speck of one or two characters (no digit, no Thai word),
# then a bare number, then the step's words ("ว 1 จัดทำเครื่องมือ..." for ๒.๑): no wrapped word of a name opens so
_SPECK_STEP_RE = regex.compile(r"^[^\s\d๐-๙()]{1,2}\s+[\d๐-๙]{1,2}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_ASIDE_RE = regex.compile(r"^\([^()]{1,40}\)$")


def _rest_of_name(name: str, text: str) -> bool:
    text = text.strip()
    return bool(_ASIDE_RE.match(text) or (name.count("(") > name.count(")") and _CLOSES_RE.match(text)))


_AMOUNT_RE = regex.compile(NUMBER_ANY_DIGITS)


# The most letters of a main activity's name's wrapped tail a blank line set apart (name_past_blank): a
# word or two ("ดำเนินงาน", "ภาวะผู้นำ (สัมภาษณ์)"); a progress is a clause, and opens with its status or step.
NAME_TAIL_CHARS = 24


def name_past_blank(lines: list[Line]) -> bool:
    """The lines under a main activity's name (its wrap taken) are one line
    after a blank (a paragraph's start), of a word or two (NAME_TAIL_CHARS,
    two words at most) opening no status clause (running.opens_progress)
    and no step: the name's last words, a blank line OCR put before them,
    not the activity's progress."""
    if len(lines) != 1 or not lines[0].bullet:
        return False
    text = lines[0].text.strip()
    return (0 < len(text) <= NAME_TAIL_CHARS and len(text.split()) <= 2 and THAI_LETTER_RE.search(text) is not None
            and not NONE_RE.match(text) and not _STEP_RE.match(text) and not opens_progress(text))


def word_across(name: str, text: str) -> bool:
    """Whether a name's last letters and a line's first run on as one
    dictionary word (thai_words over the two joined: a word spans the
    place they meet): the page width wrapped the name inside a word, and
    the line goes on with it even after a blank line OCR put between
    ("... ประเมินผลการดำ" / "" / "เนินงานของโรงเรียน", the word ดำเนินงาน;
    before, the line opened the activity's progress, and the name lost
    its close: fresh set s113q, obec_progress_s113q002)."""
    head, tail = name.split(), text.split()
    if not head or not tail:
        return False
    # (sara am as OCR writes it, nikhahit and sara aa, is the dictionary's sara am)
    last, first = (t.replace("\u0e4d\u0e32", "\u0e33") for t in (head[-1], tail[0]))
    if not (THAI_CHARS_RE.fullmatch(last) and THAI_CHARS_RE.fullmatch(first)):
        return False
    words = thai_words(last + first)
    if sum(map(len, words)) != len(last + first) or not all(known_word(w) for w in words):
        return False  # (tokens that do not spell the run end to end, or a piece the dictionary lacks: no telling)
    return len(last) not in set(accumulate(map(len, words)))


def piece_set_back(name: str, lines: list[Line]) -> str | None:
    """The name with the first of `lines` set before its last word, where
    that line opens no progress or step and goes on with a word the name's
    words before the last cut (word_across): a piece of the name OCR read
    after the name's last line ("... ประเมินผลการดำ" / "ในสังกัด" / "" /
    "เนินงานของโรงเรียน", fresh set s113q, obec_progress_s113q002); None
    otherwise."""
    words = name.split()
    if not lines or len(words) < 2 or opens_progress(lines[0].text) or _STEP_RE.match(lines[0].text):
        return None
    if not word_across(" ".join(words[:-1]), lines[0].text):
        return None
    return " ".join([*words[:-1], lines[0].text.strip(), words[-1]])


def _has_amount(text: str) -> bool:
    return bool(_AMOUNT_RE.search(text))


# A numbered step under a main activity ("1.1 ...", "๑) ...", its step number OCR read as a look-alike:
# "๑.@"): its progress, never its name.
_STEP_RE = regex.compile(r"^\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙@o]{1,2})?[.)]?\s")


# The alignment headings in the order the form prints them (the national strategy's may come twice).
PLAN_ORDER = ("plan_national_strategy", "plan_master_plan", "plan_sub_plan", "plan_nesdp")


def plan_tails_lost(rounds: list[list[str]]) -> list[list[str]]:
    """The alignment headings each of a project's rounds (quarters) lost at
    its list's end: the alignments are the project's, so its every quarter
    prints the same headings in the same order; a round that prints some,
    all as the first headings of a sibling round's longer list, lost the
    ones after (OCR garbled the last heading past reading, its text taken
    for the one before, or the list's end was lost).  A round printing
    none, or in another order than every longer sibling, proves nothing: []."""
    out = []
    for keys in rounds:
        longer = [other for other in rounds if len(other) > len(keys) and other[:len(keys)] == keys]
        tails = {tuple(other[len(keys):]) for other in longer}
        out.append(list(min(tails, key=lambda t: (len(t), t))) if keys and tails else [])
    return out


# The skeleton letters (normalizers.text.skeleton: marks and vowels above and below left out) a later line of a text
# must end with, an earlier one opening with the same, for the text's lines to be pieces of one printed line OCR read
# twice over and out of order (s61z obec 003: "ที่มีคุณภาพตามมาตรฐาน..." then "เรียนได้รับการศึกษาทีมีคุณภา" then
# "ผู้": the line's tail first, its middle ending where the tail opens).  The shared letters must end inside a word
# of the earlier line ("คุณภา|พ"): a piece OCR cut off; texts of the forms end with the words others open with
# ("... ได้ตามเป้าหมาย", "เป้าหมายเชิงผลลัพธ์"), whole words (on the committed and fresh sets' clean OBEC text, 154
# pairs of lines within four of each other shared six letters or more so, none of them cut inside a word)
PIECES_OVERLAP = 6


def pieces_out_of_order(texts: list[str]) -> tuple[int, int, str] | None:
    """(i, j, the letters) where line j of a text's lines ends with the
    letters (PIECES_OVERLAP or more, skeletons, short of either line's
    whole) that the earlier line i opens with, ending inside one of its
    words: the lines are pieces of a line OCR read out of order, the same
    stretch read twice; None where no two lines so overlap."""
    # (the skeletons alone, memoised and asked of the lines by other rules too: where a letter stands in its line,
    # skeleton_at's, is read only for a line that overlaps, one pair in hundreds; the same answer)
    skels = [skeleton(t) for t in texts] if len(texts) > 1 else []
    for j in range(1, len(skels)):
        later = skels[j]
        for i in range(j):
            earlier = skels[i]
            for k in range(min(len(earlier), len(later)) - 1, PIECES_OVERLAP - 1, -1):
                if later.endswith(earlier[:k]):
                    if _inside_a_word(texts[i], skeleton_at(texts[i])[1][k]):
                        return i, j, earlier[:k]
                    break
    return None


def _inside_a_word(text: str, at: int) -> bool:
    """Whether text[at] (a letter) goes on a word the letters before it
    open: no space there, and the dictionary knows not both the word
    before (newmm's last token of text[:at]) and the one after (the first
    of text[at:])."""
    if at <= 0 or text[at - 1].isspace() or text[at].isspace():
        return False
    # (sara am as OCR writes it, nikhahit and sara aa, is the dictionary's sara am: "นํา" is นำ)
    before, after = thai_words(text[:at].replace("\u0e4d\u0e32", "\u0e33")), \
        thai_words(text[at:].replace("\u0e4d\u0e32", "\u0e33"))
    return not (before and after and known_word(before[-1]) and known_word(after[0]))


# characters (comparable: spaces aside) a line must hold to tell, printed alike under another project's heading, that
# it is that heading's text: a sentence's, not a short phrase any text may hold
PLAN_LINE_CHARS = 20


def plan_texts_run_in(projects: list[list[RoundRecords]]) -> list[tuple[RoundRecords, str, Line]]:
    """The alignment headings a project's round lost at its list's end,
    their text run into its last row: a later line of that row's text (not
    its first) prints, alike (comparable, PLAN_LINE_CHARS or more), the
    first line another project of the document prints under a heading the
    form prints after the round's last one (PLAN_ORDER), which the round
    does not print.  The alignments of a document's projects share their
    texts (one office's plans); a project may print fewer headings than
    another, so the shared line, not the count, tells the heading was
    lost.  (round, the heading's key, the line) each; a round whose own
    project's other quarters say its tail was lost (plan_tails_lost) is
    left to that rule."""
    under: dict[str, set[str]] = {}
    for rounds in projects:
        for recs in rounds:
            for (_, lines), (key, _) in zip(recs.alignments, recs.plan_keys):
                if lines and len(text := comparable(lines[0].text)) >= PLAN_LINE_CHARS:
                    under.setdefault(key, set()).add(text)
    out = []
    for rounds in projects:
        tails = plan_tails_lost([[k for k, _ in recs.plan_keys] for recs in rounds])
        for recs, tail in zip(rounds, tails):
            keys = [k for k, _ in recs.plan_keys]
            if tail or not keys or not recs.alignments or keys[-1] not in PLAN_ORDER:
                continue
            after = [k for k in PLAN_ORDER[PLAN_ORDER.index(keys[-1]) + 1:] if k not in keys and k in under]
            found = next(((k, ln) for ln in recs.alignments[-1][1][1:] for k in after
                          if comparable(ln.text) in under[k]), None)
            if found is not None:
                out.append((recs, *found))
    return out


def plan_gap(keys: list[str]) -> list[str]:
    """The alignment headings a round skips between two it prints (in the
    form's order): their heading was lost, their text taken for the one before."""
    ranks = [PLAN_ORDER.index(k) for k in keys if k in PLAN_ORDER]
    if not ranks or ranks != sorted(ranks):
        return []  # printed out of order: no order to say what is missing
    printed = set(ranks)
    return [PLAN_ORDER[r] for r in range(min(ranks), max(ranks) + 1) if r not in printed]


ActivityRecord = tuple[int, Line, list[Line]]


_NUMBER_ALONE_RE = regex.compile(r"^\(?[\d๐-๙]{1,2}[.)]?$")
_NAME_CHAR_RE = regex.compile(r"[\u0e01-\u0e2eA-Za-z\d๐-๙]")  # what a name holds and a speck does not: a letter, a digit


# A step's number OCR garbled past reading at a line's start ("©. จัดทำเครื่องมือ...", "ต.@ ...", for ๑.๑ and
# ๓.๑): a token of a Thai letter or one or two other characters, a dot, comma or "@", what OCR left of a part
# after it, then a space; or its dot lost with it, two or three characters with no Thai letter, digit or dot
# ("Lo จัดทำ..." for 1.๑); or a number with a dot after a Thai vowel or mark OCR made of a speck glued before it
# ("า๓.๑ จัดทำ..." for ๒.๑, its part misread too); or its number and dot read as one Thai letter glued to the
# part's 1 ("ว1 จัดทำ..." for 2.1).  (Only before a line opening with step N.2: see below.)
_GARBLED_STEP_RE = regex.compile(r"^((?:[\u0e01-\u0e2e]|[^\s\u0e01-\u0e4f]{1,2})[.,@][^\s\u0e01-\u0e4f]{0,2}\s"
                                 r"|[^\s\d๐-๙.,\u0e01-\u0e4f]{2,3}\s|[\u0e01-\u0e2e][1๑]\s"
                                 r"|[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e][\d๐-๙]{1,2}[.,][\d๐-๙]{1,2}\s)")
# a step numbered N.2 opening a line (N: the activity's number, either script)
_SECOND_STEP_RE = regex.compile(r"^\(?([\d๐-๙]{1,2})\.([๒2])[.)]?\s")


def _numbers_off_place(part: list[Line], items: list[tuple[str, int, int]]) -> list[str]:
    """The printed numbers of a list's items, each opening its item's first
    line in digits ("1. มีเจ้าหน้าที่...", "3, ได้...", or a bare figure the
    list took for its number, "1 สัดำเนินการ..."), that run the list's
    sequence backwards or skip a number: no reading of theirs
    (normalizers.confusions) the number after the one before, and no higher
    than it (an item printed 1. after one printed ๒.), or above the next (3,
    after 1.: item 2 lost, or read with item 1); or the first printed one
    above its place (2 first: item 1 lost whole), a bare figure left in its
    item's text counted only so: the reading put an item
    there that is not the one the form numbers so (the page put its lines
    out of order, or an item was read with another)."""
    firsts = {ln.no: ln for ln in part}
    shared = {a for a, n in Counter(a for _, a, _ in items).items() if n > 1}  # a line of several items: unplaced
    out, last = [], None
    for k, (_, a, _) in enumerate(items):
        ln = firsts.get(a) if a not in shared else None
        printed = _PRINTED_NUMBER_RE.match(ln.text) if ln is not None else None
        kept = False  # a bare figure the list left in the item's text
        if printed is None and ln is not None and (bare := _BARE_NUMBER_RE.match(ln.text)) is not None:
            # a bare figure the list took for the item's number (left out of its text); or, opening the list's first
            # numbered item, one it left in the text, weighed only as standing above its place ("2 โรงเรียนใน..."
            # opening a list whose item 1 OCR lost whole: fresh set s118o004; below its place it is the item's words)
            printed, kept = bare, items[k][0].lstrip().startswith(bare.group(1))
        if printed is None or kept and last is not None:
            continue
        value = int(thai_digits_to_arabic(printed.group(1)))
        # the first printed number, no reading of which is its place's number
        off = last is None and not could_be(printed.group(1), str(k + 1))
        if kept and not (value > k + 1 and off):
            continue
        if off and value > k + 1:
            # the first printed number stands above its place: the items before it were lost (item 1 lost whole)
            out.append(printed.group(1))
            last = value
        elif off and value < k + 1 and not introduces(items[0][0]):
            # the first printed number stands below its place: the unnumbered texts before it are more items than
            # it leaves room for (a text before item 1 that introduces nothing, read as an item of its own: item 1's
            # first line OCR read before its number "๑)" alone on its line, fresh set s72a)
            out.append(printed.group(1))
            last = value
        elif last is None:
            last = value
        elif could_be(printed.group(1), str(last + 1)):
            last += 1  # the next number, as printed or misread ("๕." for ๔ after ๓.)
        else:  # backwards, or a number skipped (its item lost, or read with the one before)
            out.append(printed.group(1))
            last = max(last, value)
    return out


_PRINTED_NUMBER_RE = regex.compile(r"^\s*\(?([\d๐-๙]{1,2})[.),]\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")  # "3, ได้..."
# ... or bare, one digit and a space after it ("1 สัดำเนินการ...": ได้ read "1 สั", fresh set s117t003; two digits
# bare are a count the page wrapped more often than a number: "22 โรงเรียน")
_BARE_NUMBER_RE = regex.compile(r"^\s*([\d๐-๙])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _garbled_first_step(number: int, lines: list[Line]) -> tuple[int, str, str] | None:
    """(where, the garbled token, the number it stands for) of the first of
    an activity's `lines` that opens with a garbled step number
    (_GARBLED_STEP_RE), where it is followed, with no other step or text line
    between but its own wrapped words, by a line opening with step
    `number`.2: the sequence says it is step `number`.1 (written in the
    digits of that step's number); None where it is not so followed."""
    for i, ln in enumerate(lines):
        m = _GARBLED_STEP_RE.match(ln.text)
        if m is None or _STEP_RE.match(ln.text):
            continue
        for nxt in lines[i + 1:i + 3]:
            second = _SECOND_STEP_RE.match(nxt.text)
            if second and int(thai_digits_to_arabic(second.group(1))) == number:
                thai = second.group(2) == "๒"
                step = f"{number}.1"
                return i, m.group(1), (step.translate(TO_THAI) if thai else step)
        return None
    return None


_THAI_RUN_RE = regex.compile(r"^[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*$")  # one run of Thai, opening as a word does
WORD_REST_MAX = 20  # characters of the word the page wrapped alone onto a line after a name


def _speck_in_name_dropped(lines: list[Line]) -> list[Line]:
    """An activity's lines without a number alone OCR read from a speck
    between its name and the name's last word, which the page wrapped onto a
    line of its own ("... เพื่อวางแผนการ" / "0)" / "ดำเนินงาน" / "๑.1 ..."):
    the number continues the name in no reading, and the gap it made parted
    the word from the name (its line taken for a new part, the progress).
    The number is read as the speck it is and the word as the name's rest
    when the word is one run of letters (no space, WORD_REST_MAX characters
    at most), opens no step and no progress, and a step, a progress clause or
    nothing follows it: a step numbered so with one word for its text, before
    the activity's own steps, is no step of the form.  Otherwise `lines`."""
    if len(lines) < 2 or lines[0].bullet or not _NUMBER_ALONE_RE.match(lines[0].text.strip()):
        return lines
    word, after = lines[1], lines[2:]
    text = word.text.strip()
    if (not text or len(text) > WORD_REST_MAX or " " in text or not _THAI_RUN_RE.match(text)
            or _STEP_RE.match(text) or opens_progress(text)):
        return lines
    if after and not (_STEP_RE.match(after[0].text) or opens_progress(after[0].text)):
        return lines
    return [Line(word.no, word.text, word.kind, False, word.indent, word.cols), *after]


def _fragment(text: str) -> bool:
    """A text of fewer than PARAGRAPH_LETTERS letters: a piece of words, no item of a list."""
    return sum(map(str.isalpha, text)) < PARAGRAPH_LETTERS


# an item's number opening a line, its mark after it ("1)", "๒.", "(3)")
_ITEM_OPENING_RE = regex.compile(r"^\s*\(?([\d๐-๙]{1,2})[.)]\s*\S")


def numbering_restart(lines: list[Line]) -> int | None:
    """The index of the line of `lines` (a list's) whose item number is 1
    again after the list's numbers ran 1, 2, ... in order: a second list
    there (its heading lost); None when the numbers do not run so."""
    expect = 1
    for k, ln in enumerate(lines):
        m = _ITEM_OPENING_RE.match(ln.text)
        if m is None:
            continue
        number = int(thai_digits_to_arabic(m.group(1)))
        if number == 1 and expect > 2:
            return k
        if number != expect:
            return None
        expect += 1
    return None


def indicators_renumbered(lines: list[Line]) -> int | None:
    """The index of the line of `lines` (the outcomes' list, the round's
    last list of targets) where a second list starts, its heading lost:
    its items number 1, 2, ... (two or more, in order, to the list's end)
    after the outcomes' own items, which are either numbered 1, 2, ... (two
    or more) or one item of words printed without a number (the form prints
    a list of one item so).  None otherwise: one item numbered 1 after
    others may be a 2 misread, and a list that numbers on proves nothing."""
    numbered = []
    for k, ln in enumerate(lines):
        m = _ITEM_OPENING_RE.match(ln.text)
        if m is not None:
            numbered.append((k, int(thai_digits_to_arabic(m.group(1)))))
    starts = [i for i, (_, number) in enumerate(numbered) if number == 1]
    if not starts or starts[-1] == 0 and numbered[0][0] == 0:
        return None
    i = starts[-1]
    before, after = [n for _, n in numbered[:i]], [n for _, n in numbered[i:]]
    if after != list(range(1, len(after) + 1)) or len(after) < 2:
        return None
    if before:
        if before != list(range(1, len(before) + 1)) or len(before) < 2:
            return None
    elif _fragment(" ".join(ln.text for ln in lines[:numbered[i][0]])):
        return None  # (no item of words before the numbers: a heading's tail, debris)
    return numbered[i][0]


def aspect_after(kind: str, later: list[tuple[str, str | None, list[Line]]]) -> str | None:
    """The aspect heading ("เชิงปริมาณ", "เชิงคุณภาพ") of the round's next list
    of success indicators, when `kind` is the indicators' and one prints it:
    the form heads every indicator with its aspect, so indicators read
    before it lost theirs. None otherwise."""
    if kind != "indicator":
        return None
    return next((aspect for k, aspect, _ in later if k == kind and aspect), None)


def pinned_numbers(activities: list[ActivityRecord]) -> dict[int, int]:
    """The main activities whose printed number breaks the sequence their
    neighbours keep (1, 22, 3: "๒๒" for ๒, a digit OCR read twice), by index:
    the number between the one before and the one after it, the only one
    the form allows (it numbers them from 1, one after another).  Only
    where both neighbours stand right around it: an activity first or last,
    or beside another out of order, keeps its number."""
    numbers = [number for number, _, _ in activities]
    return {i: numbers[i - 1] + 1 for i in range(1, len(numbers) - 1)
            if numbers[i + 1] == numbers[i - 1] + 2 and numbers[i] != numbers[i - 1] + 1}


def activity_gaps(activities: list[ActivityRecord]) -> list[tuple[ActivityRecord | None, ActivityRecord]]:
    """Where a round's main activities skip a number (the form numbers them
    from 1, one after another): (the activity before the gap, or None at the
    start; the activity after it).  A sequence printed out of order (a number
    not above the one before) says nothing of what is missing."""
    numbers = [number for number, _, _ in activities]
    if not numbers or numbers != sorted(set(numbers)):
        return []
    out: list[tuple[ActivityRecord | None, ActivityRecord]] = [(None, activities[0])] if numbers[0] > 1 else []
    return out + [(a, b) for a, b in zip(activities, activities[1:]) if b[0] > a[0] + 1]


_PLAN_HEADINGS = {a.key: a.text for a in MARKERS if a.key in PLAN_KEYS}
_TAIL_START_RE = regex.compile(TAIL)
# A period after a plan heading's words ("... ของแผนย่อย ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "... ประจำปีงบประ"): a plan
# heading names a plan and its edition ("ฉบับที่ ๑๓"), never a period; a period there is the page's running title
# (รายงานความก้าวหน้า ... ประจำปีงบประมาณ ...) that OCR ran into the heading's line
_PERIOD_TAIL_RE = regex.compile(rf"\s*(?:{mark_tolerant('ประจำ')}|{mark_tolerant('ปีงบประมาณ')}|{QUARTER_LABEL_LOOSE}"
                                rf"|{mark_tolerant('ปีการศึกษา')}|พ\.\s?ศ\.)")


def period_cut(key: str, plan: str) -> tuple[str, str] | None:
    """(the plan heading, the period tail cut off it) where `plan` is the
    form's words for heading `key` and a period after them (_PERIOD_TAIL_RE);
    None otherwise."""
    words = _PLAN_HEADINGS.get(key)
    if words is None or not plan.startswith(words) or _PERIOD_TAIL_RE.match(plan, len(words)) is None:
        return None
    return words, plan[len(words):].strip()
HEADING_EDITS = 2  # letters OCR may have changed, added or dropped in a plan heading's words (skeletons)


def form_heading(key: str, printed: str) -> str | None:
    """The form's own words for a plan heading OCR misread ("ผลการตดำเนินงาน
    ต่อเป้าหมายของแผนย่อย"), with what the page printed after them (its tail:
    "ฉบับที่ ๑๓", or a tail OCR garbled past any Thai letter: "ALUN om"); None
    when the heading reads as the form prints it, or its words are not the
    heading's with at most HEADING_EDITS letters changed, or other words
    follow them."""
    words = _PLAN_HEADINGS.get(key)
    if words is None or printed.startswith(words):
        return None
    if (edition := _EDITION_INSIDE_RE.search(printed)) is not None:
        # the heading's edition ("ฉบับที ๑๓", its own line on the page) read before the heading's last line, OCR's
        # line order broken ("ความก้าวหน้าของโครงการที่ ฉบับที ๑๓ าเนินการกับแผนพัฒนา...แห่งชาติ"): the heading is
        # the rest as the form prints it, the edition after it, where the rest reads so
        rest = f"{printed[:edition.start()].rstrip()} {printed[edition.end():].lstrip()}"
        if (whole := _form_words(words, rest)) is not None:
            return f"{whole} {edition.group().strip()}"
    return _form_words(words, printed)


# an edition ("ฉบับที่ ๑๓", its mark lost or not) between words of a heading: more Thai words after it
_EDITION_INSIDE_RE = regex.compile(rf"(?<=\S)\s+ฉบับ\s?{mark_tolerant('ที่')}\s?[\d๐-๙]{{1,2}}\s+(?=\S*[ก-ฮ])")


def _form_words(words: str, printed: str) -> str | None:
    """form_heading's reading of `printed` against the heading's `words`."""
    want, sk = skeleton_text(words), skeleton_of(printed)
    best = min(((Levenshtein.distance(want, sk.text[:e]), -e) for e in
                range(max(1, len(want) - HEADING_EDITS), min(len(sk.text), len(want) + HEADING_EDITS) + 1)),
               default=None)
    if best is None or best[0] > HEADING_EDITS:
        return None
    end = sk.pos[-best[1] - 1] + 1
    while end < len(printed) and unicodedata.category(printed[end]) == "Mn":
        end += 1
    if "".join(printed[:end].split()) == "".join(words.split()):  # the form's words, spaced otherwise
        return None
    tail = printed[end:].strip()
    if tail and not _TAIL_START_RE.match(tail) and THAI_LETTER_RE.search(tail):
        return None  # (a tail with no Thai letter is one OCR garbled: "ALUN om" for "ฉบับที่ ๑๓")
    return f"{words} {tail}" if tail else words


# the tables whose rows a round's quarter keys: each said where the round's quarter is in doubt
DOUBT_TABLES = ("targets", "activities", "alignments", "quarterly_budgets", "findings")

# what a list's missing rows do to the rows after it: its issue reaches to them (read_round_into)
AFTER = "; the rows after it of its kind are numbered on the items read"

_LABELS = {a.key: a.text for a in MARKERS if a.key in ("budget_planned", "budget_disbursed")}


def round_lists(recs: RoundRecords) -> list[tuple[str, list[Line]]]:
    """The round's lists of targets (an aspect's each) and findings, each as its kind and its lines."""
    return [(kind, part) for kind, aspect, lines in recs.targets for _, part in split_aspects(aspect, lines)] + \
        [(kind, lines) for kind, _, lines in recs.findings]


def ends_alone_issues(key: tuple[str, int], recs: RoundRecords, parted: dict[int, str]) -> list[Issue]:
    """An unread_cells issue for each line of RoundRecords.ends_alone: a
    problem or suggestion list's item OCR read at its ends only, lost."""
    return [Issue("warning", "unread_cells", f"findings: the {kind} list of {key[0]} project {key[1]} read no item, "
                  f"and a line under it is pieces of letters wide apart ({text.replace(chr(9), ' ')!r}): a line of "
                  "text OCR read at its ends only, left out; the list's item there may be lost", text, no, no,
                  field="findings")  # the rows it held, all their columns
            for kind, no, text in recs.ends_alone(parted)]


def _budget_quarter_repaired(key: tuple[str, int], printed: str, q: int, rule: str, why: str, a: int,
                             b: int) -> Issue:
    """The value_repaired issue of a budget section read as its round's quarter `q`: its heading prints
    `printed`, and `why` (its own leading punctuation and space) says what makes it the round's (rule `rule`)."""
    return Issue("warning", "value_repaired", f"a budget section's quarter ({key[0]} project {key[1]}): its heading "
                 f"prints {printed!r}{why}: the section is quarter {q}",
                 json.dumps({"rule": rule, "printed": printed, "chosen": q}, ensure_ascii=False), a, b,
                 field="quarterly_budgets.quarter")


def _budget_quarter_taken(printed: tuple[int, str] | None, quarter: int | None, q: int | None,
                          taken: frozenset[int]) -> bool:
    """Whether a budget section whose heading prints `printed` (read as
    `quarter`) in a round of quarter `q` is the round's quarter's: its
    quarter is another round's of the project (`taken`: a project reports
    each quarter once), the round's is no other round's, and the printed
    digit is no certain one (an OCR'd Thai digit: "๓" for ๔ where the round
    before is quarter 3, in a document whose OCR never read a ๔: fresh set
    s89a obec_progress_s89a001; before, the section was kept as quarter 3,
    two rows of the project keyed so and quarter 4's budget lost)."""
    return (printed is not None and quarter is not None and q is not None and quarter != q
            and quarter in taken and q not in taken and not certain(printed[1]))


def read_round_into(out: CopyReading, key: tuple[str, int], rnd: Round, office: str | None = None,
                    lists: list | None = None, wraps: Any = None, recs: RoundRecords | None = None,
                    known: dict[str, frozenset[str]] | None = None, starts: frozenset[str] = frozenset(),
                    openings: dict[str, frozenset[str]] | None = None,
                    endings: dict[str, Counter[str]] | None = None, taken: frozenset[int] = frozenset()) -> None:
    """The round's records into `out`; into `lists` (when given), each list
    of targets and findings as (table, its lines, whether it prints its
    numbers in a column, the paragraphs it spans read as one item without a
    number: lists.unnumbered_paragraphs, the last line of the rows of its
    kind in the round, which count on from its items), for a look over the
    whole report;
    `wraps` (parsers.wraps.PageWraps): where the page width wrapped the report's lines;
    `recs`: the round's records when read already (read_round); `known`: the
    items the report reads whole (lists.known_items), by the kind of list
    (an output, a finding's result, ...): a list is parted by items of its
    own kind only (a text of another kind is another section's, whose
    heading OCR lost); `starts`: how the report's items open
    (lists.item_starts), which cut a list's texts whose numbers stand apart
    where nothing else does; `openings`: the same by kind of list, asked of
    every report, and `endings`: how its items end, by kind of list
    (lists.item_ends), which cut a list read as one item without a number
    where a line opens as its kind's items open after a text that ends as
    they end (lists.opened_cut); `taken`: the quarters of the project's
    other rounds (a budget section naming one of them, in a digit that may
    be its round's quarter misread, is its round's: _budget_quarter_taken)."""
    recs = recs if recs is not None else read_round(rnd, office)
    first = len(lists) if lists is not None else 0  # (the lists this round adds)
    q = repair_quarter(rnd.quarter, rnd.quarter_line, out, f"the quarter of {key[0]} project {key[1]}",
                       "targets.quarter")
    if rnd.misread_quarter is not None and q is not None:
        printed, line = rnd.misread_quarter
        out.issues.append(Issue("warning", "value_repaired", f"the quarter of {key[0]} project {key[1]}'s round: its "
                                f"first heading prints {printed!r}, another of its headings {rnd.quarter[1]!r}, a "
                                f"digit no misread gives: the round is quarter {q}",
                                json.dumps({"rule": "quarter_headings", "printed": printed, "chosen": q},
                                           ensure_ascii=False), line, line, field="targets.quarter"))
    if rnd.order_quarter is not None and q is not None:
        printed_at, before = rnd.order_quarter
        out.issues.append(Issue("warning", "value_repaired", f"the quarter of {key[0]} project {key[1]}'s round: its "
                                f"headings print {', '.join(repr(p) for p, _ in printed_at)}, which read as the "
                                f"quarter of the round before ({before}), none with certainty, and one of them may be "
                                f"{q}: a project reports its quarters in order, so the round is quarter {q}",
                                json.dumps({"rule": "quarter_order", "printed": " ".join(p for p, _ in printed_at),
                                            "chosen": q}, ensure_ascii=False),
                                min(ln for _, ln in printed_at), max(ln for _, ln in printed_at),
                                field="targets.quarter"))
    outvoted_lines: set[int] = set()
    if rnd.outvoted_quarter is not None and q is not None:
        printed_at, _other, others = rnd.outvoted_quarter
        outvoted_lines = {line for _, line in printed_at}
        out.issues.append(Issue("warning", "value_repaired", f"the quarter of {key[0]} project {key[1]}'s round: "
                                f"{len(others)} of its headings print {', '.join(repr(p) for p in others)}, whose one "
                                f"reading that is a quarter is {q}, and {len(printed_at)} "
                                f"{', '.join(repr(p) for p, _ in printed_at)}, a digit OCR was measured to read a "
                                f"printed {q} as: the round is quarter {q}",
                                json.dumps({"rule": "quarter_headings", "printed": " ".join(p for p, _ in printed_at),
                                            "chosen": q}, ensure_ascii=False),
                                min(outvoted_lines), max(outvoted_lines), field="targets.quarter"))
    if rnd.unwritten_quarter is not None and q is not None:
        printed_at, unread = rnd.unwritten_quarter
        out.issues.append(Issue("warning", "value_repaired", f"the quarter of {key[0]} project {key[1]}'s round: its "
                                f"headings print {', '.join(repr(p) for p, _ in printed_at)}, which no one quarter "
                                f"reads as by OCR's misreads alone; this document's OCR never writes "
                                f"{' '.join(unread.translate(TO_THAI))} in Thai, so each Thai digit it prints "
                                f"may stand for one of them, and {q} is the one quarter every heading may then read "
                                f"as: the round is quarter {q}",
                                json.dumps({"rule": "quarter_headings", "printed": " ".join(p for p, _ in printed_at),
                                            "chosen": q, "unread": unread}, ensure_ascii=False),
                                min(ln for _, ln in printed_at), max(ln for _, ln in printed_at),
                                field="targets.quarter"))
    if rnd.quarter_doubt is not None and q is not None:
        printed_at, readings = rnd.quarter_doubt
        a, b = min(bl.line_start for bl in rnd.blocks), max(bl.line_end for bl in rnd.blocks)
        for table in DOUBT_TABLES:
            out.issues.append(Issue("warning", "repair_ambiguous", f"the quarter of {key[0]} project {key[1]}'s round: "
                                    f"its headings print {', '.join(repr(p) for p, _ in printed_at)}, and no one "
                                    f"quarter reads as them all ({', '.join(map(str, readings))} each reads as some): "
                                    f"the round's {table} rows stand in quarter {q}, its first heading's, in doubt",
                                    json.dumps({"rule": "quarter_headings", "printed": " ".join(p for p, _ in printed_at),
                                                "candidates": list(readings)}, ensure_ascii=False),
                                    a, b, field=table))
    base = (*key, rnd.index)
    round_years = [printed for i, b in enumerate(rnd.blocks) if b.kind == "marker"
                   and b.key in ("targets", "activities", "findings") for printed in _heading_years(rnd.blocks, i)]
    known_by_kind = known or {}
    known_all = frozenset().union(*known_by_kind.values())  # (a list whose numbers stand apart: any kind's)
    seqs: dict[Any, int] = {}
    lost: list[tuple[str, str, list[Line]]] = []  # lists whose items after the first OCR lost (see lone_first)
    lone_cut: list[tuple[str, str, list[Line], list[int]]] = []  # such lists cut by the page's widths (lone_first_cut)
    apart: list[tuple[str, str, list[Line], list[str]]] = []  # lists whose numbers OCR read apart, unpaired
    short: list[tuple[str, str, list[Line], str, int]] = []  # lists that print a number past the items read
    ran_in: list[tuple[str, str, list[Line], list[str]]] = []  # items a bare next number opens inside an item
    ran_cut: list[tuple[str, str, list[Line], list[str]]] = []  # such items cut at their numbers (run_in_cut)
    doubted: list[tuple[str, str, list[Line], str]] = []  # lists whose numbers apart were paired against the page widths
    parted: list[tuple[str, str, list[Line], int]] = []  # lists without numbers parted by items known whole
    misread: list[tuple[str, str, list[Line], list[str]]] = []  # lists with a number inside an item (see lists)
    damaged_inside: list[tuple[str, str, list[Line], list[str]]] = []  # ... a number OCR damaged (see lists)
    tailed: list[tuple[str, str, list[Line], list[int]]] = []  # items cut where known items ran on (lists.items_of)
    ran_on: list[tuple[str, str, list[Line], list[int]]] = []  # known items run on past a gap (known_head_run_on)
    pieced: list[tuple[str, str, list[Line], list[int]]] = []  # items cut where a known item's piece opens (known_piece_cut)
    shifted: list[tuple[str, str, list[Line], list[int]]] = []  # items whose end the known items moved (known_shifted)
    halved: list[tuple[str, str, list[Line], list[int]]] = []  # items cut into two known ones (known_parts_cut)
    renumbered: list[tuple[str, str, list[Line], list[str]]] = []  # numbers read as the next item's (see lists)
    inlined: list[tuple[str, str, list[Line], list[str]]] = []  # damaged next numbers in running text (see lists)
    repeats: list[tuple[str, str, list[Line], list[str]]] = []  # bare numbers off the sequence inside an item
    trailed: list[tuple[str, str, list[Line], str]] = []  # a number alone after the items (lists.number_after_items)
    past_lead: list[tuple[str, str, list[Line], tuple[int, int]]] = []  # items run past a lead (lists.items_past_lead)
    lead_cut: list[tuple[str, str, list[Line], list[int]]] = []  # such items cut by the page's widths (past_lead_cut)
    marks_cut: list[tuple[str, str, list[Line], list[str]]] = []  # marks run together, texts cut by known items
    opened: list[tuple[str, str, list[Line], list[int]]] = []  # one item cut where lines open as items (opened_cut)
    indicated: list[tuple[str, str, list[Line], list[int]]] = []  # items cut where a line opens as an indicator
    misplaced: list[tuple[str, str, list[Line], list[str]]] = []  # items printed with a number no reading of their place
    specked: list[tuple[str, str, list[Line], list[Line]]] = []  # numbered items read over a figure's specks
    held_in: list[tuple[str, str, list[Line], list[str]]] = []  # numbers (alone, or damaged) inside an item's text
    bare: list[tuple[str, str, list[Line], list[str]]] = []  # numbers read apart from their marks (numbers_left_bare)
    wordless_only: list[tuple[str, str, list[Line], list[tuple[str, int, int]]]] = []  # lists of debris alone
    strayed: list[tuple[str, str, list[Line], list[Line]]] = []  # a lead item 1 took in (lists._stray_lead)
    debris_lines = [ln for lines in recs.debris.values() for ln in lines]  # (left out under the round's lists)
    # the last line of the rows read of each (table, kind): a list that lost items numbers the rows after it
    # in its kind (seq counts on, over aspects) by the ones read, so its issue reaches to them
    ends: dict[tuple[str, str], int] = {}

    def reach(table: str, kind: str, lines: list[Line]) -> int:
        return max(lines[-1].no, ends.get((table, kind), 0))

    def next_seq(group: Any) -> int:
        seqs[group] = seqs.get(group, 0) + 1
        return seqs[group]

    def list_items(table: str, kind: str, part: list[Line]) -> list[tuple[str, int, int]]:
        """The list's items, its doubts noted (lost, apart) and its shape kept for the report (lists)."""
        own = known_by_kind.get(kind, frozenset())
        part, restored = fragments_restored(part)
        for printed, line in restored:  # (the piece of its opening OCR read apart with the column, given back)
            out.issues.append(Issue("warning", "value_repaired", f"{table}.text: a line opening with "
                                    f"{printed.text[:1]!r}, which no Thai word opens with, lost its first letters "
                                    "to the column of numbers OCR read apart; the one piece read there that makes "
                                    f"its first word a word is put back ({printed.text[:20]!r} -> {line.text[:20]!r})",
                                    json.dumps({"rule": "column_fragment", "printed": printed.text,
                                                "chosen": line.text}, ensure_ascii=False),
                                    line.no, line.no, field=f"{table}.text"))
        alone = numbers_stand_apart(part)  # (without a number alone, none of its numbers stands apart: asked once)
        lone = lone_first(part)
        if alone and (numbers := unpaired_numbers(part, wraps, known_all, starts)) is not None:
            apart.append((table, kind, part, numbers))
        elif (marks := marks_run_together(part)) is not None:
            apart.append((table, kind, part, marks))
        cut_at: list[int] = []
        stray: list[Line] = []
        items = items_of(part, wraps, known_all, own, cut_at, starts, stray)
        if stray:
            strayed.append((table, kind, part, stray))
        if apart and apart[-1][2] is part and (run_cut := marks_run_cut(part, known_all)) is not None:
            # its marks run together before its texts, which the items the report prints whole cut (marks_run)
            items = run_cut
            marks_cut.append((table, kind, part, apart.pop()[3]))
        if cut_at:
            tailed.append((table, kind, part, cut_at))
        elif (past := known_head_run_on(part, items, own, known_all)):
            ran_on.append((table, kind, part, past))
        items, pieces = known_piece_cut(part, items, own)
        if pieces:
            pieced.append((table, kind, part, pieces))
        items, halves = known_parts_cut(part, items, own, known_all)
        if halves:
            halved.append((table, kind, part, halves))
        if lone and len(items) == 1 and (cut := lone_first_cut(part, wraps)) is not None:
            # item 1 alone, its text holding lines the page did not wrap: the items after it, their numbers lost
            items = cut
            lone_cut.append((table, kind, part, [b for _, b, _ in cut[1:]]))
        elif lone and not (len(items) > 1 and (alone or cut_at)):
            # (its numbers a column that paired with more texts, or the items the report prints whole cut it: none lost)
            lost.append((table, kind, part))
        if alone and (why := paired_in_doubt(part, wraps, known_all, starts, own)) is not None:
            doubted.append((table, kind, part, why))
        if (n := parted_by_known(part, own, wraps, known_all - own)) and len(items) == n:
            parted.append((table, kind, part, n))
        if (inside := numbers_inside_items(part, items, stray)):
            misread.append((table, kind, part, inside))
        if (damaged := damaged_numbers_inside_items(part, items)):
            damaged_inside.append((table, kind, part, damaged))
        if (repeated := numbers_repeated_inside(part, items)):
            repeats.append((table, kind, part, repeated))
        if (off := _numbers_off_place(part, items)):
            misplaced.append((table, kind, part, off))
        if (taken := numbers_read_as_next(part)):
            renumbered.append((table, kind, part, taken))
        if (taken := numbers_mended_inline(part)):
            inlined.append((table, kind, part, taken))
        if alone and (trailing := number_after_items(part)) is not None:
            trailed.append((table, kind, part, trailing))
        for span in items_past_lead(items):
            k = next(k for k, (_, a, b) in enumerate(items) if (a, b) == span)
            if (cut := past_lead_cut(part, items[k], wraps)) is not None:
                # the lead, then the items after it cut where a line the page did not wrap opens, their numbers lost
                items = items[:k] + cut + items[k + 1:]
                lead_cut.append((table, kind, part, [a for _, a, _ in cut[1:]]))
            else:
                past_lead.append((table, kind, part, span))
        if (run_in := numbers_run_in(part, items)):
            if (cut := run_in_cut(part, items)) is not None:
                # the items that bare next numbers ran into, cut at those numbers' lines (the sequence tells)
                items = cut
                ran_cut.append((table, kind, part, run_in))
            else:
                ran_in.append((table, kind, part, run_in))
        if (past := numbers_past_items(part, len(items))) is not None and not any(t == table and p is part
                                                                                for t, _, p, _ in apart):
            short.append((table, kind, part, past, len(items)))
        if openings is not None and len(items) == 1 and not (alone and numbers_in_column(part)) \
                and unnumbered_paragraphs(part, 1, wraps) >= 2 and (opening := openings[kind]) \
                and (cut := opened_cut(part, items, opening, wraps, endings[kind] if endings is not None else None)) \
                is not None:
            # read as one item over paragraphs, a line of it opening as the report's items of its kind open after a
            # text that ends as they end: items whose numbers OCR lost with their column, cut there
            items = cut
            opened.append((table, kind, part, [a for _, a, _ in cut[1:]]))
        if kind == "indicator" and not (alone and numbers_in_column(part)) \
                and (cut := indicator_cut(part, items)) is not None:
            # an indicator's opening ("ร้อยละ N ของ...") at a line's start inside an item: an item whose number OCR
            # lost opens there (not in a list whose numbers stand in a column: their count is the items')
            indicated.append((table, kind, part, [a for _, a, _ in cut if all(a != x for _, x, _ in items)]))
            items = cut
        items, moves = known_shifted(part, items, own, known_all)
        if moves:
            shifted.append((table, kind, part, moves))
        if (inside := specks_inside(part, items, debris_lines)):
            specked.append((table, kind, part, inside))
        if (held := numbers_held(part, items)) and not any(
                p is part for group in (lost, lone_cut, apart, short, ran_in, ran_cut, doubted, parted, misread, tailed,
                                        renumbered, inlined, repeats, trailed, past_lead, lead_cut, marks_cut, opened,
                                        indicated, misplaced, specked, strayed, shifted, halved)
                for _, _, p, *_ in group):
            held_in.append((table, kind, part, held))  # (no other doubt of the list said it)
        elif (left := numbers_left_bare(part, items, debris_lines)):
            bare.append((table, kind, part, left))  # (numbers_held says the same of its list, where it holds any)
        if items and all(_specks_only(text) for text, _, _ in items):
            # every item it reads is OCR specks (no dictionary word, fewer than JUNK_CONSONANTS Thai consonants:
            # "Sb.", "งนี", "ซั 9๑7 ๑9๑7"): a speck, the tail of a heading the page wrapped, a stamp, where the
            # list printed nothing or what OCR lost; no row (a piece of a word, "บัติที", stays: an item's remains)
            wordless_only.append((table, kind, part, items))
            items = []
        for k, (text, a, b) in enumerate(items, start=1):
            if not NONE_RE.match(text) and fewer_than_junk_consonants(text):
                # one item of the list OCR left a piece of ("ปฏิ" under "๓)": under JUNK_CONSONANTS Thai consonants,
                # the rest of its text lost), the others read: kept as read, said (before, the row held the piece
                # with no issue: fresh set s98p, obec_progress_s98p002)
                out.issues.append(Issue("warning", "unparsed_value", f"{table}.text: item {k} of a list of {key[0]} "
                                        f"project {key[1]} reads only {text!r}, under {JUNK_CONSONANTS} Thai "
                                        "consonants: OCR lost the rest of its text; kept as read", text, a, b,
                                        field=f"{table}.text"))
        for _, _, b in items:
            ends[(table, kind)] = max(ends.get((table, kind), 0), b)
        if lists is not None:
            lists.append((table, part, alone and numbers_in_column(part),
                          unnumbered_paragraphs(part, len(items), wraps), kind))
        for a in numbered_on(part, items):  # (for texts.split_joined_items: no number lost after the item)
            out.put(NUMBERED_ON, (table, a), "text", Reading(str(a), "", a, a))
        for a in unnumbered_amid(part, items):  # (for texts.split_joined_items: where the item opens is in doubt)
            out.put(UNNUMBERED_AMID, (table, a), "text", Reading(str(a), "", a, a))
        return items

    for at, (kind, aspect, lines) in enumerate(recs.targets):
        for asp, part in split_aspects(aspect, lines):
            items = list_items("targets", kind, part)
            named = aspect_after(kind, recs.targets[at + 1:]) if asp is None else None
            if named is not None and (bits := [it for it in items if _fragment(it[0])]):
                # a piece of words too short to be an indicator read before the round's first aspect heading (a
                # wrapped tail of the list before, that OCR read out of its place): no item; left out, and said
                items = [it for it in items if not _fragment(it[0])]
                for text, a, b in bits:
                    out.leave("unplaced_text", f"targets.text ({key[0]} project {key[1]}): {text!r}, too short to be "
                              "a success indicator, read before the round's first aspect heading: no indicator (a "
                              "piece of the text before, OCR read out of its place); left out",
                              [ln for ln in part if a <= ln.no <= b] or [Line(a, text)], "targets.text")
            # the round's first aspect heading printed is the quality one: the form prints the quantity aspect
            # before it (every round of the sets' truth that names aspects names both, quantity first), so the
            # indicators read before it are the quantity aspect's, whose heading OCR lost
            lost_heading = ASPECTS["aspect_quantity"] if named == ASPECTS["aspect_quality"] else None
            for text, a, b in items:
                rk = (*base, "target", kind, next_seq(("t", kind)))
                out.put("targets", rk, "text", Reading(text, text, a, b))
                out.put("targets", rk, "aspect", Reading(lost_heading or asp, asp or "", a, b))
                out.put("targets", rk, "quarter", Reading(q, "", a, b))
                if lost_heading is not None:
                    out.issues.append(Issue("warning", "value_repaired", f"targets.aspect ({key[0]} project "
                                            f"{key[1]}): a success indicator read before any aspect heading, and the "
                                            f"round's first heading printed is the quality one ({named!r}), which "
                                            "the form prints after the quantity one: its heading (เชิงปริมาณ) lost "
                                            f"to OCR, the indicator is {lost_heading!r}",
                                            json.dumps({"rule": "aspect_order", "printed": None, "chosen": lost_heading},
                                                       ensure_ascii=False), a, b, field="targets.aspect"))
            if items and named is not None and lost_heading is None:
                out.issues.append(Issue("warning", "missing_value", f"targets.aspect ({key[0]} project {key[1]}): "
                                        f"{len(items)} success indicator(s) read before any aspect, and the round's "
                                        f"next indicators print one ({named!r}): the aspect heading over these was "
                                        "lost to OCR; left empty", named, items[0][1], items[-1][2],
                                        field="targets.aspect"))
    activities = list(recs.activities)
    for i, number in pinned_numbers(activities).items():
        read, line, lines = activities[i]
        printed = str(read)
        activities[i] = (number, line, lines)
        out.issues.append(Issue("warning", "value_repaired", f"main activity {number}: its number read "
                                f"{printed}, out of the sequence, between main activities {number - 1} and "
                                f"{number + 1}: it is {number}, its place", json.dumps(
                                    {"rule": "item_sequence", "printed": printed, "chosen": number},
                                    ensure_ascii=False), line.no, line.no, field="activities.number"))
    for number, line, lines in activities:
        rk = (*base, "activity", next_seq("a"))
        end = lines[-1].no if lines else line.no
        token = recs.activity_tokens.get(line.no)
        again = recs.activity_again.get(line.no)
        if not _NAME_CHAR_RE.search(line.text) and lines:
            # "กิจกรรมหลักที่ 2" alone, or with a speck OCR left after it ("กิจกรรมหลักที 1   ๊"): its text is the next line
            line, lines = lines[0], lines[1:]
        lines = _speck_in_name_dropped(lines)
        wrapped = 0  # the name the page width wrapped onto the next lines (no new part starts there)
        garbled_step = _garbled_first_step(number, lines)
        first_step = garbled_step[0] if garbled_step is not None else None
        while wrapped < len(lines) and wrapped != first_step and (
                (not lines[wrapped].bullet
                 and (not _STEP_RE.match(lines[wrapped].text) or opens_with_count(lines[wrapped].text))
                 and not opens_progress(lines[wrapped].text) and not _SPECK_STEP_RE.match(lines[wrapped].text))
                or _rest_of_name(span_text([line, *lines[:wrapped]]), lines[wrapped].text)
                or (not opens_progress(lines[wrapped].text) and not _STEP_RE.match(lines[wrapped].text)
                    and word_across(span_text([line, *lines[:wrapped]]), lines[wrapped].text))):
            wrapped += 1
        if wrapped < len(lines) and wrapped != first_step and _SPECK_STEP_RE.match(lines[wrapped].text) \
                and not lines[wrapped].bullet:
            # the name's wrap stopped at a line opening as a step whose number OCR garbled ("ว 1 จัดทำ...", ๒.๑ its
            # dot lost and its part read as a letter): the line is taken for the progress, the cut said
            out.issues.append(Issue("warning", "items_cut_in_doubt", f"activities.text ({key[0]} project {key[1]}): "
                                    f"main activity {number}'s name ends before line {lines[wrapped].no} "
                                    f"({lines[wrapped].text.strip()[:40]!r}), which opens as a step whose number OCR "
                                    "garbled (a speck and a bare number before its words): read as the activity's "
                                    "progress, not its name's wrapped words; the cut is a guess",
                                    lines[wrapped].text.strip(), line.no, lines[wrapped].no,
                                    field="activities.text"))
        if first_step is not None and wrapped == first_step:
            # its number read back from the step after it, in that step's digits, and said
            ln, (_, garbled, step) = lines[first_step], garbled_step
            lines = [*lines[:first_step], Line(ln.no, f"{step} {ln.text[len(garbled):].lstrip()}", ln.kind, ln.bullet,
                                               ln.indent, ln.cols), *lines[first_step + 1:]]
            out.issues.append(Issue("warning", "value_repaired", f"main activity {number}: its first step's number "
                                    f"printed {garbled.strip()!r}, no number; the step after it is numbered "
                                    f"{number}.2, so it is {step}", json.dumps(
                                        {"rule": "item_sequence", "printed": garbled.strip(), "chosen": step},
                                        ensure_ascii=False), ln.no, ln.no, field="activities.progress"))
        if wrapped:
            line, lines = Line(line.no, span_text([line, *lines[:wrapped]])), lines[wrapped:]
        if (placed := piece_set_back(line.text, lines)) is not None:
            piece = lines[0]
            out.issues.append(Issue("warning", "items_cut_in_doubt", f"activities.text ({key[0]} project {key[1]}): "
                                    f"main activity {number}'s line {piece.no} ({piece.text.strip()[:40]!r}) goes on "
                                    f"with a word the name's words before its last ({line.text.split()[-1]!r}) cut: a "
                                    "piece of the name OCR read out of order, set before that last word; the order "
                                    "is a guess", piece.text.strip(), line.no, piece.no, field="activities.text"))
            line, lines = Line(line.no, placed), lines[1:]
        if name_past_blank(lines):
            # the name's last words, a blank line OCR put between: joined to it, and said
            tail = lines[0]
            out.issues.append(Issue("warning", "items_cut_in_doubt", f"activities.text ({key[0]} project {key[1]}): "
                                    f"main activity {number}'s only line under its name ({tail.text.strip()!r}) "
                                    "stands after a blank line, a few words opening no status and no step: read as "
                                    "the end of its name the page wrapped, not its progress; the cut is a guess",
                                    tail.text.strip(), line.no, tail.no, field="activities.text"))
            line, lines = Line(line.no, span_text([line, tail])), []
        text = clean_value(line.text)
        out.put("activities", rk, "text", Reading(text, text, line.no, end))
        if (bracket_at := text.rfind("(")) > text.rfind(")") and len(text) - bracket_at <= BRACKET_TAIL_MAX \
                and " " not in text[bracket_at:]:
            # the name ends inside a bracket it opens ("... ภาวะผู้นำ (a" for "(สัมภาษณ์)"), a word at most after it:
            # OCR lost the bracket's words and its close (no line after it closes it: _rest_of_name).  (A bracket
            # the document itself leaves open, words running on after it, "(สวก. เพื่อพัฒนา...", is no such end)
            out.issues.append(Issue("warning", "unknown_words", f"activities.text ({key[0]} project {key[1]}): "
                                    f"main activity {number}'s name {text!r} ends inside a bracket it opens "
                                    f"({text[bracket_at:]!r}): OCR lost the bracket's words and its close; kept as read",
                                    {"text": text, "pieces": [text[bracket_at:]]}, line.no, end,
                                    field="activities.text"))
        out.put("activities", rk, "number", Reading(number, str(number), line.no, end))
        if again is not None:
            out.issues.append(Issue("warning", "value_repaired", f"main activity {number}: its number printed again "
                                    f"({again!r}) before its name; read once, the name after it", json.dumps(
                                        {"rule": "item_sequence", "printed": again, "chosen": text},
                                        ensure_ascii=False), line.no, line.no, field="activities.text"))
        if token is not None:
            out.issues.append(Issue("warning", "value_repaired",
                                    (f"main activity number printed {token!r} (no number)" if token else
                                     "main activity heading printed with no number")
                                    + f": it is number {number}, its place after the activity before it", json.dumps(
                                        {"rule": "item_sequence", "printed": token, "chosen": number, "text": text},
                                        ensure_ascii=False), line.no, end, field="activities.number"))
        out.put("activities", rk, "quarter", Reading(q, "", line.no, end))
        progress = [ln for ln in lines if not NONE_RE.match(ln.text)]
        while progress and _NUMBER_ALONE_RE.match(progress[-1].text.strip()):
            progress.pop()  # an item number alone, no step's text after it: specks OCR read as one ("2.")
        if progress:
            value = clean_value(span_text(progress))
            out.put("activities", rk, "progress", Reading(value, value, line.no, end))
    for before, after in activity_gaps(activities):
        # (the rows from the one before the gap, whose text may hold the lost heading and its activity, to the
        # list's last: each row after the gap takes the place of the one before it)
        last = activities[-1]
        a = before[1].no if before else after[1].no
        b = last[2][-1].no if last[2] else last[1].no
        skipped_numbers = list(range(before[0] + 1 if before else 1, after[0]))
        out.issues.append(Issue("warning", "missing_row", f"activities: the main activities of {key[0]} project "
                                f"{key[1]} skip number {', '.join(map(str, skipped_numbers))} (the form numbers them "
                                "from 1 in order): its heading was lost to OCR, and its activity with it or run into "
                                "the one before; each activity after it stands in the place of the one before",
                                {"missing": " ".join(map(str, skipped_numbers))}, a, max(a, b),
                                field="activities"))
    for field_name, at, line in recs.figures_apart:
        out.issues.append(Issue("warning", "unplaced_text", f"{field_name} ({key[0]} project {key[1]}): a figure "
                                f"alone ({line.text.strip()!r}) stands apart under a text ending with a word that "
                                "wants a number: the page may have wrapped it from that text, or it is a page's "
                                "number; left out, the text read without it", line.text.strip(), at, line.no,
                                field=field_name))
    gap = plan_gap([k for k, _ in recs.plan_keys])
    if gap:
        head, last = recs.plan_keys[0][1], max(ln.no for _, lines in recs.alignments for ln in lines) \
            if any(lines for _, lines in recs.alignments) else recs.plan_keys[-1][1]
        out.issues.append(Issue("warning", "missing_value", f"{key[0]} project {key[1]}: the alignment headings "
                                f"skip {', '.join(gap)} (the form prints them in order): its heading was lost to "
                                "OCR, and its text runs into the alignment before; the rows after it keep their "
                                "places in the form's order", ", ".join(gap),
                                head, max(head, last), field="alignments"))
    skipped = 0  # the lost headings counted so far: each keeps its place in the rows' sequence
    for k, ((plan, printed_lines), (plan_key, head_no)) in enumerate(zip(recs.alignments, recs.plan_keys)):
        lines = [ln for ln in printed_lines if not NONE_RE.match(ln.text)]
        if not lines:
            if k + 1 < len(recs.alignments) and not printed_lines:
                # a heading with no text under it, the next heading right after it (the form prints a text under
                # each, "-" where there is none): OCR lost its text; its row is lost, and keeps its place in the
                # sequence so the rows after it keep theirs
                next_seq("p")
                out.issues.append(Issue("warning", "missing_row", f"alignments: {key[0]} project {key[1]}'s heading "
                                        f"{plan!r} has no text under it, another heading right after it: OCR lost "
                                        "its text, and its row with it; the rows after it keep their places",
                                        {"missing": plan}, head_no, head_no, field="alignments"))
            continue
        if gap and plan_key in PLAN_ORDER:
            # a heading OCR lost before this one: its row is lost (its text ran into the one before), and the
            # rows after it keep their places in the form's order (seq), not one place early
            behind = sum(1 for g in gap if PLAN_ORDER.index(g) < PLAN_ORDER.index(plan_key))
            seqs["p"] = seqs.get("p", 0) + behind - skipped
            skipped = behind
        rk = (*base, "alignment", next_seq("p"))
        text = clean_value(span_text(lines))
        printed, plan = plan, form_heading(plan_key, plan) or plan
        if cut := period_cut(plan_key, plan):
            plan, period = cut
            out.issues.append(Issue("warning", "value_repaired", f"alignments.plan: the heading printed {printed!r} "
                                    f"ends with a period ({period!r}) no plan heading of the form names: the page's "
                                    f"running title OCR ran into the heading's line; read as {plan!r}",
                                    json.dumps({"rule": "heading_period", "printed": printed, "chosen": plan,
                                                "cut": period}, ensure_ascii=False),
                                    head_no, lines[-1].no, field="alignments.plan"))
        elif plan != printed:
            out.issues.append(Issue("warning", "value_repaired", f"alignments.plan: the heading printed {printed!r} "
                                    f"is the form's heading {plan!r} as OCR misread it",
                                    json.dumps({"rule": "heading", "printed": printed, "chosen": plan},
                                               ensure_ascii=False), head_no, lines[-1].no, field="alignments.plan"))
        out.put("alignments", rk, "plan", Reading(plan, printed, lines[0].no, lines[-1].no))
        out.put("alignments", rk, "text", Reading(text, text, lines[0].no, lines[-1].no))
        for k in range(1, len(lines)):
            out.put(PLAN_WRAPS, (plan, clean_value(span_text(lines[:k]))), "text",
                    Reading("", "", lines[0].no, lines[k - 1].no))
        if overlap := pieces_out_of_order([ln.text for ln in lines]):
            # the text's lines are pieces of a line OCR read out of order: its words stand out of order, and a
            # repair of them (pipeline.doubtful.texts_in_doubt) is in doubt
            i, j, shared = overlap
            out.issues.append(Issue("warning", "unread_cells", f"alignments.text ({key[0]} project {key[1]}): "
                                    f"its line {lines[j].text.strip()!r} ends with the letters its earlier line "
                                    f"{lines[i].text.strip()!r} opens with ({shared!r}, marks aside): the lines are "
                                    "pieces of one printed line OCR read twice over and out of order; the text "
                                    "is kept as read, its words out of order",
                                    f"{lines[j].text.strip()} | {lines[i].text.strip()}", lines[0].no, lines[-1].no,
                                    field="alignments.text"))
        out.put("alignments", rk, "quarter", Reading(q, "", lines[0].no, lines[-1].no))
    for budget in recs.budgets:
        rk = (*base, "budget", next_seq("b"))
        lines_no = budget["lines"] + [ln.no for ln in budget["note"]]
        a, b = min(lines_no), max(lines_no)
        quarter = repair_quarter(budget["quarter"], a, out, f"a budget section's quarter ({key[0]} project {key[1]})",
                                 "quarterly_budgets.quarter", q) or q
        if budget["lines"] and budget["lines"][0] in outvoted_lines and budget["quarter"] is not None \
                and quarter != q:
            # its heading's certain digit outvoted by the round's other headings (read._certain_outvoted): the
            # section is the round's quarter's, said
            out.issues.append(_budget_quarter_repaired(
                key, budget["quarter"][1], q, "quarter_headings", f", the round's other headings quarter {q}, a digit OCR "
                f"was measured to read a printed {q} as", a, a))
            quarter = q
        if _budget_quarter_taken(budget["quarter"], quarter, q, taken):
            out.issues.append(_budget_quarter_repaired(
                key, budget["quarter"][1], q, "quarter_order", f" (quarter {quarter}) in a round of quarter {q}, and "
                f"another round of the project is quarter {quarter}: a project reports each quarter once, and an "
                "OCR'd digit may be misread", a, b))
            quarter = q
        if budget["quarter"] is not None and q is not None and quarter != q and not certain(budget["quarter"][1]):
            # its heading names another quarter than its round's other headings, in a digit a misread gives
            # ("๓" for ๔ in a round of quarter 4): either may be the misread one; kept as printed, said
            out.issues.append(Issue("warning", "repair_ambiguous", f"a budget section's quarter ({key[0]} project "
                                    f"{key[1]}): its heading prints {budget['quarter'][1]!r} (quarter {quarter}) in "
                                    f"a round of quarter {q}, a digit OCR may have misread: kept as printed (the "
                                    "row, keyed by its quarter, may stand for the round's quarter's)",
                                    json.dumps({"rule": "quarter_headings", "printed": budget["quarter"][1],
                                                "candidates": [quarter, q]}, ensure_ascii=False),
                                    a, b, field="quarterly_budgets"))
        out.put("quarterly_budgets", rk, "quarter", Reading(quarter, budget["heading"], a, b))
        out.put("quarterly_budgets", rk, "fiscal_year_be", Reading(budget["fiscal_year_be"], budget["heading"], a, b))
        if round_years:  # what the round's other headings print (rows.py: an earlier year, or a misread)
            out.put("quarterly_budgets", rk, "round_years", Reading(" ".join(round_years), " ".join(round_years), a, b))
        for name, column in (("budget_planned", "planned"), ("budget_disbursed", "disbursed")):
            if name not in budget:
                continue
            text, no = budget[name]
            try:
                value, mended = read_amount(text)
                # (a doubled separator as the one comma it is: the copies' vote compares the texts)
                out.put("quarterly_budgets", rk, column, Reading(value, one_separator(text), no, no))
                if mended is not None:
                    out.issues.append(separator_issue(column, mended[0], value, no, no, f"quarterly_budgets.{column}",
                                                      SEPARATOR_MISREAD))
            except ValueParseError as exc:
                out.issues.append(Issue("error", "unparsed_value", f"{column}: {exc.reason}", text, no, no,
                                        field=f"quarterly_budgets.{column}"))
                # its printing kept, in a record of its own (no column of the row): a row disbursed as planned
                # prints the amount twice, and the other printing may tell what this one is
                # (budgets.repair_as_planned)
                out.put(UNREAD_AMOUNTS, rk, column, Reading(None, text, no, no))
        for name, column in (("budget_planned", "planned"), ("budget_disbursed", "disbursed")):
            other = "budget_disbursed" if name == "budget_planned" else "budget_planned"
            if name not in budget and other in budget:
                # the form prints both amounts under every budget heading: its label was lost or OCR damaged it
                # past the matcher ("ทที่เบิกจ่ายจริง" in a line the page ran together), and its amount with it
                out.issues.append(Issue("warning", "missing_value", f"quarterly_budgets.{column}: a budget section "
                                        f"of {key[0]} project {key[1]} prints its other amount but no "
                                        f"'{_LABELS[name]}' was read: its label or amount was lost to OCR",
                                        budget["heading"], a, b, field=f"quarterly_budgets.{column}"))
        if budget["note"]:
            note = clean_value(span_text(budget["note"]))
            out.put("quarterly_budgets", rk, "note", Reading(note, note, a, b))
    for kind, aspect, lines in recs.findings:
        for text, a, b in list_items("findings", kind, lines):
            rk = (*base, "finding", kind, next_seq(("f", kind)))
            out.put("findings", rk, "text", Reading(text, text, a, b))
            out.put("findings", rk, "aspect", Reading(aspect, aspect or "", a, b))
            out.put("findings", rk, "quarter", Reading(q, "", a, b))
    for table, kind, lines in lost:  # the issue names the table: the rows lost, all their columns
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} holds "
                                "item 1 alone; a list of one item is printed without a number, so OCR lost the "
                                f"others{AFTER}", {"missing": "2..."}, lines[0].no, reach(table, kind, lines),
                                field=table))
    for line in recs.inferred_indicators:  # (see read_round)
        out.issues.append(Issue("warning", "label_inferred", f"targets: a report round of {key[0]} project {key[1]} "
                                f"prints an aspect ({line.text.split()[0] if line.text.split() else 'เชิง...'!r}) under "
                                "its outputs or outcomes, which only the success indicators have: their heading "
                                "('ดัชนีชี้วัดความสำเร็จ') was lost to OCR, and the rows from here are read as "
                                "indicators", None, line.no, reach("targets", "indicator", [line]), field="targets"))
    for line in recs.restarted_indicators:  # (see read_round)
        out.issues.append(Issue("warning", "label_inferred", f"targets: a list of {key[0]} project {key[1]} under its "
                                "outputs or outcomes numbers items again from 1 at this line, after items of its "
                                "own, and the quality aspect's heading (เชิงคุณภาพ) follows them: the success "
                                "indicators' heading and the "
                                "quantity aspect's (เชิงปริมาณ) were lost to OCR, and the rows from here are read as "
                                "indicators", line.text.strip(), line.no, reach("targets", "indicator", [line]),
                                field="targets"))
    for line in recs.renumbered_indicators:  # (see read_round)
        out.issues.append(Issue("warning", "label_inferred", f"targets: the outcomes' list of {key[0]} project "
                                f"{key[1]} numbers its items again from 1 at this line, after its own, and the round "
                                "prints no success indicators: their heading ('ดัชนีชี้วัดความสำเร็จ') was lost to "
                                "OCR, and the rows from here are read as indicators", line.text.strip(), line.no,
                                reach("targets", "indicator", [line]), field="targets"))
    for line in recs.heading_tails:  # (see read_round)
        out.issues.append(Issue("warning", "label_inferred", f"targets: a report round of {key[0]} project {key[1]} "
                                f"prints {line.text.strip()!r} alone under its outputs or outcomes: the end of the "
                                "success indicators' heading ('ดัชนีชี้วัดความสำเร็จ'), its start lost to OCR; the "
                                "rows from here are read as indicators", None, line.no,
                                reach("targets", "indicator", [line]), field="targets"))
    for table, kind, lines, numbers in apart:  # (see lists.items_of): its items run together, or some were lost
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} prints its "
                                f"item numbers ({' '.join(numbers)}) apart from its texts (on lines of their own, or "
                                f"in a row before them), {APART_UNPAIRED}: its items "
                                f"are read as they run, and some may run together or be lost{AFTER}",
                                {"missing": " ".join(numbers)}, lines[0].no, reach(table, kind, lines), field=table))
    def cut_in_doubt(table: str, kind: str, lines: list[Line], what: str) -> Issue:
        """The items_cut_in_doubt issue of a list (its rows: one may be lost, all its columns)."""
        return Issue("warning", "items_cut_in_doubt", f"{table}: a list of {key[0]} project {key[1]} {what}",
                     clean_value(span_text(lines))[:200], lines[0].no, reach(table, kind, lines), field=table)

    for table, kind, lines, items in wordless_only:  # (see list_items)
        printed = " | ".join(text for text, _, _ in items)
        out.issues.append(Issue("warning", "unplaced_text", f"{table}: a list of {key[0]} project {key[1]} reads only "
                                f"OCR debris ({printed[:60]!r}: no dictionary word), read as no item: the list printed "
                                "none, or OCR lost what it printed", printed[:200], items[0][1], items[-1][2],
                                field=table))
    for table, kind, lines, stray in strayed:  # (see lists._stray_lead)
        out.issues.append(cut_in_doubt(table, kind, lines, "prints text before its item 1 that introduces nothing "
                                       f"({clean_value(span_text(stray))[:60]!r}, line {stray[0].no}): no item of its "
                                       "own (the list numbers its items from 1, and the form prints a text before a "
                                       "list only to introduce it) but words of item 1 OCR read before its number "
                                       "(a line read in two pieces, the right-hand one first; or the item's first "
                                       "line, its number set beside the next), taken into item 1; where they stand "
                                       "in its text is a guess"))
    for table, kind, lines, inside in specked:  # (see specks_inside)
        out.issues.append(cut_in_doubt(table, kind, lines, "has an item read over lines of OCR debris that hold a "
                                       f"figure alone ({' | '.join(ln.text.strip() for ln in inside)[:60]!r}, line "
                                       f"{', '.join(str(ln.no) for ln in inside)}): the number of an item after it may "
                                       "be among the specks, that item's text run into the one read, so the items' "
                                       "count and texts are in doubt"))
    for table, kind, lines, starts in lone_cut:  # (see lists.lone_first_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, "holds item 1 alone, and a list of one item is printed "
                                       "without a number: OCR lost the numbers after the first, their texts run into "
                                       "item 1's; cut where a line the page did not wrap opens (line "
                                       f"{', '.join(map(str, starts))}), the items' count and texts are in doubt"))
    for table, kind, lines, starts in opened:  # (see lists.opened_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, "is read as one item without a number over paragraphs, "
                                       f"and line {', '.join(map(str, starts))} opens as the report's items of the "
                                       "kind open, after a text that ends as its items of the kind end elsewhere: OCR lost the "
                                       "items' numbers (with the column they stood in); cut there, the items' count "
                                       "and texts are in doubt"))
    for table, kind, lines, starts in indicated:  # (see lists.indicator_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has an indicator item that goes on past a line opening "
                                       "as an indicator opens ('ร้อยละ N ของ...', line "
                                       f"{', '.join(map(str, starts))}): OCR lost the next item's number, and the "
                                       "item is cut there; the items' count and texts are in doubt"))
    for table, kind, lines, starts in lead_cut:  # (see lists.past_lead_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, "has an item that goes on past a lead's closing words "
                                       "('... ดังนี้'): the form prints the lead as an item and its list's items after "
                                       "it, so OCR lost their numbers; cut after the lead and where a line the page "
                                       f"did not wrap opens (line {', '.join(map(str, starts))}), the items' count "
                                       "and texts are in doubt"))
    for table, kind, lines, marks in marks_cut:  # (see marks_run.marks_run_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, f"prints its item numbers ({' '.join(marks)}) in a row "
                                       "before its texts (a column of numbers read across), and nothing in the text "
                                       "says where one item ends: cut where items the report prints whole elsewhere "
                                       "stand, the one way that makes as many items as numbers; which text is which "
                                       "item's is in doubt"))
    for table, kind, lines, why in doubted:  # (see lists.paired_in_doubt)
        out.issues.append(cut_in_doubt(table, kind, lines, f"{PAIRED_IN_DOUBT} ({why}): which text is which "
                                       "item's is in doubt"))
    for table, kind, lines, n in parted:  # (see lists.parted_by_known)
        out.issues.append(cut_in_doubt(table, kind, lines, "prints no item numbers (OCR lost them, or the column they "
                                       f"stood in) and its lines are {n} {PARTED_BY_KNOWN}: it is read as those items, "
                                       "and which text is which item's, or whether one was lost, is in doubt"))
    for table, kind, lines, cut_at in tailed:  # (see lists._known_tails)
        out.issues.append(cut_in_doubt(table, kind, lines, "read an item that runs on past a gap (or a line the "
                                       "page did not wrap) into items the "
                                       f"report prints whole elsewhere (at line {', '.join(map(str, cut_at))}): OCR "
                                       "lost their numbers, and the item is cut there; which text is which item's is "
                                       "in doubt"))
    for table, kind, lines, past in ran_on:  # (see lists.known_head_run_on)
        out.issues.append(cut_in_doubt(table, kind, lines, f"{RAN_ON_IN_DOUBT} (at line "
                                       f"{', '.join(map(str, past))}) with text no item of the report is: an item "
                                       "whose number OCR lost (with its first letters, at a page's top) may have run "
                                       "into it, its row lost; read as one"))
    for table, kind, lines, at in halved:  # (see lists.known_parts_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, "read an item that is two items the report prints "
                                       "elsewhere, whole or as OCR damaged them (the second's opening or close lost), "
                                       f"the second opening at line {', '.join(map(str, at))}: OCR lost its number, "
                                       "and the item is cut there; the two texts, and whether more was lost, are in "
                                       "doubt"))
    for table, kind, lines, at in shifted:  # (see lists.known_shifted)
        out.issues.append(cut_in_doubt(table, kind, lines, "read two items in a row cut at a line that leaves one of "
                                       "them no item the report prints whole elsewhere, and cut at another line (line "
                                       f"{', '.join(map(str, at))}) both are: OCR set an item's number or its gaps "
                                       "away from where the item opens, and the items are cut where the report's "
                                       "items known whole end; which text is which item's is in doubt"))
    for table, kind, lines, at in pieced:  # (see lists.known_piece_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, "read an item whose lines from line "
                                       f"{', '.join(map(str, at))} on are an item the report prints whole elsewhere "
                                       "but for its first letters: OCR lost them with the item's number at the page's "
                                       "edge, and the item is cut there; the two texts and where one ends are in "
                                       "doubt"))
    for table, kind, lines, numbers in misread:  # (see lists.numbers_inside_items)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has a line opening with item number "
                                       f"{' '.join(numbers)!r} after a gap, inside an item: the number does not "
                                       "continue the list's sequence, so an item whose number OCR misread may have "
                                       "run into the one above"))
    for table, kind, lines, numbers in held_in:  # (see lists.numbers_held): its rows lost, all their columns
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} holds item "
                                f"number(s) {' '.join(numbers)!r} inside an item's text (on a line of its own, or "
                                "opening a line, read as no item's number: OCR misread it or read it apart from its "
                                "text): the items there ran together, or some were lost, and are read as they "
                                f"run{AFTER}", {"missing": " ".join(numbers)}, lines[0].no,
                                reach(table, kind, lines), field=table))
    for table, kind, lines, numbers in bare:  # (see lists.numbers_left_bare): its rows lost, all their columns
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} has item "
                                f"numbers {' '.join(numbers)!r} alone on lines of their own among its texts, their "
                                f"marks lost or read apart, and fewer items were read: the items ran together (the "
                                f"next one's text read as the one before's), or some were lost{AFTER}",
                                {"missing": " ".join(numbers)}, lines[0].no, reach(table, kind, lines), field=table))
    for table, kind, lines, numbers in damaged_inside:  # (see lists.damaged_numbers_inside_items)
        if any(p is lines for _, _, p, _ in held_in):
            continue  # (its list said as holding numbers, the damaged one among them: rows lost, above)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has a line opening with {' '.join(numbers)!r} after a "
                                       "gap, inside an item: an item number OCR damaged past reading (look-alikes "
                                       "of digits), so the item it opened may have run into the one above"))
    for table, kind, lines, numbers in repeats:  # (see lists.numbers_repeated_inside)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has a line opening with a bare number "
                                       f"{' '.join(numbers)!r} (no mark) inside an item, right under its line before: "
                                       "the number does not continue the list's sequence, so an item whose number "
                                       "OCR misread (repeating or garbling the one before) may have run into the one "
                                       "above, or the page wrapped a figure there"))
    for table, kind, lines, numbers in misplaced:  # (see _numbers_off_place)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has an item printed with number "
                                       f"{' '.join(numbers)!r}, which no misread makes the place it stands at: an "
                                       "item before it was lost or read with another, or the page put its lines out "
                                       "of order, so the items' count and texts are in doubt"))
    for table, kind, lines, numbers in inlined:  # (see lists.numbers_mended_inline)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has {' '.join(numbers)!r} inside its running text, where "
                                       "the next item's number stands by the sequence of the numbers before it: OCR "
                                       "damaged that number (look-alikes of its digit, its mark read apart or lost), "
                                       "and the item is read as opening there; its count and texts are in doubt"))
    for table, kind, lines, numbers in renumbered:  # (see lists.numbers_read_as_next)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has a line opening with item number "
                                       f"{' '.join(numbers)!r} after a gap, which does not continue the list's "
                                       "sequence: it is read as the next item, its number misread (or an item before "
                                       "it was lost)"))
    for table, kind, lines, printed in trailed:  # (see lists.number_after_items)
        out.issues.append(cut_in_doubt(table, kind, lines, f"ends with item number {printed!r} alone on its line, "
                                       "under items numbered where they stand: OCR read an item's number past its "
                                       "text, so that item may have run into the one above"))
    for table, kind, lines, (a, b) in past_lead:  # (see lists.items_past_lead): its rows lost, all their columns
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} has an item "
                                "that goes on past a lead's closing words ('... ดังนี้'): the form prints the lead as "
                                "an item and its list's items after it, so their numbers were lost to OCR and they "
                                f"are read as one with the lead{AFTER}", {"missing": "2..."}, a,
                                max(b, reach(table, kind, lines)), field=table))
    for table, kind, lines, printed, n in short:  # (see lists.numbers_past_items)
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} prints item "
                                f"number {printed!r}, and {n} item(s) were read: items before it lost their numbers "
                                f"to OCR and ran together, or were lost{AFTER}", {"missing": printed},
                                lines[0].no, reach(table, kind, lines), field=table))
    for table, kind, lines, printed in ran_cut:  # (see lists.run_in_cut)
        out.issues.append(cut_in_doubt(table, kind, lines, f"has item number(s) {' '.join(printed)!r} standing bare "
                                       "(no mark) at a line's start inside an item, continuing the list's sequence: "
                                       "OCR lost their marks and those items ran into the one above; cut there, the "
                                       "items' texts are in doubt"))
    for table, kind, lines, printed in ran_in:  # (see lists.numbers_run_in): its rows lost, all their columns
        out.issues.append(Issue("warning", "missing_row", f"{table}: a list of {key[0]} project {key[1]} has item "
                                f"number(s) {' '.join(printed)!r} standing bare (no mark) at a line's start inside an "
                                "item, continuing the list's sequence: OCR lost their marks and those items ran into "
                                f"the one above{AFTER}", {"missing": " ".join(printed)},
                                lines[0].no, reach(table, kind, lines), field=table))
    last = {"targets": max((ln.no for _, _, ls in recs.targets for ln in ls), default=0),
            "alignments": max((ln.no for _, ls in recs.alignments for ln in ls), default=0),
            "findings": max((ln.no for _, _, ls in recs.findings for ln in ls), default=0),
            "activities": max((max([head.no, *(ln.no for ln in ls)]) for _, head, ls in recs.activities), default=0)}
    for table, lines in recs.orphans.items():
        # the rows after it are numbered on the sub-headings read (seq), so the issue reaches to them
        out.issues.append(Issue("warning", "missing_value", f"{table}: text of {key[0]} project {key[1]} stands under "
                                "the part's heading before any of its sub-headings: OCR garbled one past reading; its "
                                "text is left out and the rows after it are numbered on the headings read",
                                clean_value(span_text(lines))[:200], lines[0].no, max(lines[-1].no, last[table]),
                                field=table))
    for line in recs.empty_heads():
        out.issues.append(Issue("warning", "missing_value", f"targets: nothing under the heading {line.text!r} of "
                                f"{key[0]} project {key[1]}; OCR lost its text", line.text, line.no, line.no,
                                field="targets"))  # the rows it held, all their columns
    for table, no, speck in recs.after_debris():  # (for texts.split_joined_items: a witness row that may be headless)
        out.put(AFTER_DEBRIS, (table, no), "text", Reading(speck.text, speck.text, speck.no, no))
    for table, lines in recs.debris_runs():
        out.issues.append(Issue("warning", "unread_cells", f"{table}: {len(lines)} lines under a list heading of "
                                f"{key[0]} project {key[1]} read as no words (OCR's reading of a part of the page as "
                                "garbage), left out: the list's items there may be lost or read from specks",
                                " | ".join(ln.text for ln in lines)[:200], lines[0].no, lines[-1].no, field=table))
    for line in recs.empty_activities():
        # (before, the round's main activities were lost with no issue naming them: fresh set s120q,
        # obec_progress_s120q002)
        out.issues.append(Issue("warning", "missing_value", f"activities: nothing under the activities heading "
                                f"({line.text!r}) of {key[0]} project {key[1]}'s round (a round always reports its "
                                "main activities); OCR lost their text", line.text, line.no, line.no,
                                field="activities"))  # the rows it held, all their columns
    for table, line in recs.numbers_alone():
        out.issues.append(Issue("warning", "missing_value", f"{table}: a list number alone ({line.text.strip()!r}) "
                                f"after the last item of a list of {key[0]} project {key[1]}'s round, the next "
                                "number after its items': that item's text OCR lost", line.text, line.no, line.no,
                                field=table))  # the row it held, all its columns
    for line in recs.empty_results():
        out.issues.append(Issue("warning", "missing_value", f"findings: nothing under the results heading "
                                f"{line.text!r} of {key[0]} project {key[1]}'s round (a round always reports its "
                                "results); OCR lost their text", line.text, line.no, line.no,
                                field="findings"))  # the rows it held, all their columns
    if lists is not None:  # each list's reach: the rows after it in its kind are numbered by the items it read
        lists[first:] = [(table, part, column, paragraphs, reach(table, kind, part) if part else 0, kind)
                         for table, part, column, paragraphs, kind in lists[first:]]
    out.leave("unplaced_text", f"text in {key[0]} project {key[1]} that belongs to no section", recs.unplaced,
              "projects")
