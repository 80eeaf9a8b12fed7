"""Tone marks OCR dropped from the labels an analyst groups rows by, put
back by the dictionary (normalizers.words.restore_tone_marks), each change
recorded.

OCR of Thai print drops tone marks, above all one stacked over an upper
vowel ("แต่งตั้ง" read "แต่งตัง", "คำสั่ง" read "คำสัง").  In a short label (an
activity's name, an expense item, a unit, a section of the agency) one lost
mark makes the value differ from every other printing of it, so rows that
name the same thing no longer group (so with a project's name: "ขับเคลือน" for
"ขับเคลื่อน"); the templated sentences the forms
repeat (targets, objectives, strategy alignments) are grouped and matched
alike.  Where the dictionary says exactly one
word was meant, and the whole restored text reads as dictionary words, the
value is restored and a `value_repaired` issue (rule "dictionary_marks")
records the printed and the chosen text, with the row's lines (a person
column that holds a unit's name, "ชื่อผู้รับผิดชอบ : ฝายการศึกษา", is such a
label, its opening unit word's marks put back too).  Person
names and free text (descriptions, rationale) are left as printed: a name
need not be a word, and a long text is read, not grouped (a value over
MAX_LABEL characters is left as read, whatever its column); a name one of
whose words is a common dictionary word but for a mark ("มันคง") is flagged
(marks_dropped, flag_names), unless the lists of Thai names give it back
(pipeline.wording.restore_names, rule listed_name).  Forms-agnostic:
it reads the built rows, after the parsers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from normalizers.text import THAI_MARKS, letters, letters_alone
from normalizers.words import (COMMON_WORD, EVERY_WORD, SILENT_MARK, WORD_LENGTH, commonest_with_a_mark_more,
                               commonest_word_with_a_mark_more, damaged_beside, known_word, restore_tone_marks,
                               plausibility, restore_misread_words, restore_vowel_misreads, silent_mark_dropped,
                               silent_mark_dropped_at_cuts,
                               thai_words, tone_marks_restorable, with_silent_mark, word_frequency)
from parsers.repair import enabled
from parsers.values import mend_unit_word, opens_with_unit_word
from schemas.document import Issue

# characters a value restored may have: the samples' longest templated text is 1,292 (an OBEC alignment); a
# longer one is lines OCR ran together or shuffled, read, not grouped, and the tokenizer's cost grows with it
MAX_LABEL = 2000
# the label columns (and templated sentences) restored, by table; findings are left out: measured again in the
# thirtieth session their restorations on the worked sets' OCR'd twins were 312 right and 1 wrong, but they
# changed a sample's clean text (newmm cut "สรุปผลรายงาน" so that "ผลราย" became "ผลร้าย"), as free text may.  A project's name, type and model
# and a KPI's method are words too (a title, a term, a templated formula): on the worked sets' OCR'd twins
# their restorations were 61 right and 43 closer to the truth, none farther and none on a value then wrong;
# the plan's goal and indicator are left out (their few restorations there landed on values read with other
# lines' text), as is the free text (rationale, a report's description)
LABEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "projects": ("name", "project_type", "project_model", "agency", "division", "section", "place"),
    "activities": ("text", "progress"),
    "expenses": ("item", "category", "unit"),
    "quarterly_budgets": ("note",),
    "targets": ("text", "method"),
    "alignments": ("text",),
    "objectives": ("text",),
}


def _kept_as_read(row: dict[str, Any], field: str, found: Restoration, value: str, debris: Any,
                  why: str, key: str = "debris") -> Issue:
    """The repair_ambiguous of a label value whose marks a restoration
    would change but which holds `debris` (`why` says what it is; `key` the
    evidence's name for it): kept as read, the change said, no candidate
    chosen."""
    restored, changes, _vouched, rule, what, _beside = found
    words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
    evidence = {"rule": rule, "printed": value, "candidates": [restored], key: debris}
    return Issue("warning", "repair_ambiguous",
                 f"{field}: {what} ({words}) would fit, but the text holds {debris!r}, {why}, so none is chosen: "
                 "kept as read", json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                 project_key=row.get("project_key"), field=field)


def restore_labels(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                   texts: Sequence[str] = ()) -> list[Issue]:
    """Restore the tone marks of LABEL_COLUMNS in place: `issues` with one
    value_repaired issue more for each value changed, and without the
    marks_dropped flags of the values it settles (a flag that marks may be
    missing, at the row's lines, once the whole value reads as dictionary
    words).  `texts` (the text lines of the document's copies, spaces gone:
    pipeline.siblings.squashed_lines) vouch for a join of dictionary words
    into a word the corpus counts rare (printed_joins).  Nothing changes
    when repairs are switched off (parsers.repair.enabled)."""
    if not enabled():
        return issues
    added: list[Issue] = []
    settled: set[tuple[str, int | None, int | None]] = set()
    read: list[tuple[str, str]] = []  # the text lines' letters (and the lines), read once a join asks
    # each distinct value's restoration, read once: the rows repeat their labels (a third of the values asked on
    # the bench archive were asked before in the same call), and what a value restores to depends on it and
    # `texts` alone
    known: dict[tuple[str, bool], Restoration] = {}
    for table, column, row in _label_values(tables):
        value = row.get(column)
        if not isinstance(value, str) or not value or len(value) > MAX_LABEL:
            continue  # (a text that long is read, not grouped: no template's, and the tokenizer's cost)
        cost = (table, column) in COST_COLUMNS
        found = known.get((value, cost))
        if found is None:
            found = known[(value, cost)] = (_cost_restoration(value, texts, read) if cost
                                            else _restoration(value, texts, read))
        restored, changes, vouched, rule, what, beside = found
        if not changes:
            continue
        field = f"{table}.{column}"
        if cost and (figures := cost_figures(value)):
            # the expense line's figures left in its item's cell: where the item's words end is not known, and a
            # change of marks in them is in doubt with them; kept as read, the change said
            added.append(_kept_as_read(row, field, found, value, figures,
                                       "the expense line's figures its cell was not parted from (a figure OCR lost "
                                       "or misread): the text is not the item alone"))
            continue
        if cost and (opening := lost_opening(value)):
            # an item or category that opens with a vowel sign or mark, as no word does ("าถายเอกสาร" for
            # ค่าถ่ายเอกสาร: OCR lost its first letters, or cut them off to a line of their own): not the whole
            # text, and which letters it lost is not read; a change of marks in the rest would claim it mended
            added.append(_kept_as_read(row, field, found, value, opening,
                                       "a vowel sign or mark no word opens with: OCR lost the text's first "
                                       "letters, and it is not the whole item", key="opening"))
            continue
        if debris := column_debris(value):
            # pieces of another column's cells run into the text: the words the marks go back into may be that
            # column's too, and the value is wrong whatever the change; kept as read, the change said
            added.append(_kept_as_read(row, field, found, value, debris,
                                       "pieces of another column's cells OCR ran into it (letters closing a bracket "
                                       "never opened): the text is damaged beyond this change"))
            continue
        if debris := _debris_left(restored):
            # OCR debris beside the words that the change leaves as it is (a count whose digits the English model
            # read as Latin letters, "จำนวน vO คน" for ๙0; a count's unit so; a cut word's letters opening it): the
            # marks are proven, the text is not, and no text of the forms holds such debris: the mended text is
            # kept but claimed repaired nowhere (pipeline.wording names the debris, as a partial repair is said:
            # pipeline.doubtful.partial_repairs)
            row[column] = restored
            settled.add((field, row.get("line_start"), row.get("line_end")))
            words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
            evidence = {"rule": rule, "printed": value, "chosen": restored, "words": [list(c) for c in changes],
                        "debris": debris}
            added.append(Issue(
                "warning", "repair_ambiguous",
                f"{field}: {what} ({words}), but the text holds {debris!r}, OCR's debris where a count, its unit "
                "or a word's letters stood, which no change of marks reads: the text is still damaged, so the "
                "change proves no more than the marks; kept with them",
                json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                project_key=row.get("project_key"), field=field))
            continue
        if beside is not None:
            # the text reads as words only because a word OCR damaged otherwise splits into short
            # ones: it is misread beyond what the rule puts right, and the change is in doubt
            words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
            evidence = {"rule": rule, "printed": value, "candidates": [restored], "beside": beside}
            added.append(Issue(
                "warning", "repair_ambiguous",
                f"{field}: {what} ({words}) would make the text read as dictionary words, but only by "
                f"cutting a word beside into short ones, which with marks put back are {beside!r}: the "
                "text is damaged beyond this change, so none is chosen: kept as read",
                json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                project_key=row.get("project_key"), field=field))
            continue
        row[column] = restored
        settled.add((field, row.get("line_start"), row.get("line_end")))
        words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
        evidence = {"rule": rule, "printed": value, "chosen": restored,
                    "words": [list(c) for c in changes]}
        also = ""
        if vouched:
            evidence["printings"] = vouched
            also = (" (joined into a word the corpus counts rare, which the report prints with these marks "
                    "elsewhere: " + ", ".join(f"{w!r} on {n} lines" for w, n in vouched.items()) + ")")
        added.append(Issue(
            "warning", "value_repaired",
            f"{field}: {what} ({words}): the one dictionary word each reading "
            f"fits (of several, the one far the commonest), and the text reads as dictionary words{also}",
            json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
            project_key=row.get("project_key"), field=field))
    if not added:
        return issues
    kept = [i for i in issues if not (i.code == "marks_dropped" and any(
        i.field == f and i.line_start is not None and a is not None and b is not None
        and i.line_start <= b and a <= (i.line_end if i.line_end is not None else i.line_start)
        for f, a, b in settled))]
    return kept + added


# the characters no Thai word opens with: the vowel signs written after (or above, below) a consonant, and the marks
_NO_OPENING_RE = re.compile(f"[\u0e30\u0e32\u0e33\u0e45{THAI_MARKS}]+")  # (THAI_MARKS: normalizers.text)


def lost_opening(text: str) -> str:
    """The vowel signs and marks `text` opens with (none, ''), which no
    word opens with: the text lost the letters before them."""
    m = _NO_OPENING_RE.match(text)
    return m.group() if m else ""


# a piece of another column's cell run into a text: letters (two or more, Thai or Latin: not a list's ก) or a
# figure's 1)) closing a bracket the text never opened ("... แนวทางปฏิบัติ นว) eal) Sb.": a column's bracketed
# item numbers OCR read as letters, fresh set s58z obec 002)
_DEBRIS_CLOSE_RE = re.compile(r"(?<![^\s])[^\s()]*[A-Za-z\u0e01-\u0e4e]{2}\)(?![^\s])")


def column_debris(text: str) -> list[str]:
    """The tokens of `text` that close a bracket no earlier "(" of it opened,
    their letters two or more (_DEBRIS_CLOSE_RE): debris of another column
    OCR ran into the text, which restore_labels puts no mark into."""
    if ")" not in text:
        return []
    out = []
    for m in _DEBRIS_CLOSE_RE.finditer(text):
        before = text[:m.start()]
        if before.count("(") <= before.count(")"):
            out.append(m.group())
    return out


# an expense line's figures left in its item's cell (its quantity's unit and "x" before a unit amount, an amount and
# its บาท: "ค่าตอบแทนวิทยากร ชัวโมง X ๑.๒๐๐ บาท."): the line's cells were not parted where OCR lost a figure, so the
# words of the item are not known to end where a label's do (fresh set s61z bma_progress 003)
_COST_FIGURES_RE = re.compile(r"(?<!\S)[xX×*]\s*[\d๐-๙][\d๐-๙,.]*|[\d๐-๙][\d๐-๙,.]*\s*(?:บาท|um|UM)(?:\.\s*-?)?")


def cost_figures(text: str) -> list[str]:
    """The expense line's figures an item or category cell holds (_COST_FIGURES_RE:
    a times sign before a figure, a figure and its บาท): the line was not
    parted into its cells, and restore_labels puts no mark into its words."""
    return _COST_FIGURES_RE.findall(text)


def _debris_left(text: str) -> list[str]:
    """The OCR debris beside the words of a text restore_labels would choose
    (pipeline.wording.debris_pieces: a count or its unit read as Latin
    letters, a cut word's letters opening it): no text of the forms holds
    such, so a text that still does is no reading of the printed one."""
    from pipeline.wording import debris_pieces  # (pipeline.wording asks this module's with_a_mark_more)

    return debris_pieces(text)


def _label_values(tables: dict[str, list[dict[str, Any]]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(table, column, row) of each label value restore_labels reads:
    LABEL_COLUMNS, and a person column (NAME_COLUMNS) that holds a unit's
    name, not a person's ("ชื่อผู้รับผิดชอบ : ฝ่ายการศึกษา": the form lets a
    unit stand for its owner; parsers.values.opens_with_unit_word)."""
    for table, columns in LABEL_COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                yield table, column, row
    for table, columns in NAME_COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                value = row.get(column)
                if isinstance(value, str) and opens_with_unit_word(value):
                    yield table, column, row


# what a label value restores to (_restoration): the value restored, its changes, the rare joins its document
# vouches for (with the lines printing them), the rule and its words, and the short words a damaged word beside
# splits into (damaged_beside: the change is in doubt), None when none
Restoration = tuple[str, tuple[tuple[str, str], ...], dict[str, int], str, str, str | None]


# the columns of a budget's lines, whose texts open with "ค่า" (the cost of: "ค่าอาหาร", "ค่าวัสดุ", "ค่าตอบแทน")
COST_COLUMNS = frozenset({("expenses", "item"), ("expenses", "category")})
_COST_WORD = "ค่า"
_COST_MARK_LOST = "คา"
# how OCR misreads the opening ค่า of a budget line, cut as a word of its own (newmm), and what putting it back says:
# its tone mark dropped ("คาวัสดุ"), or read as a nikhahit, sara am's first half ("คําตอบแทนวิทยากร", ่ read ํ, which
# the clean-up joins with า into ำ: คำ + ตอบแทน, words both; fresh set s133p, bma_progress_s133p007)
_COST_MISREADS = {_COST_MARK_LOST: "the tone mark OCR dropped from the budget line's opening ค่า put back",
                  "คำ": "the budget line's opening ค่า, whose tone mark OCR read as sara am's nikhahit (คำ), put back"}


def _cost_restoration(value: str, texts: Sequence[str], read: list[tuple[str, str]]) -> Restoration:
    """`_restoration` of a budget line's item or category (COST_COLUMNS): one
    that opens with "คา" cut as a word of its own (newmm), the tone mark of
    its "ค่า" OCR dropped ("คาวัสดุอุปกรณ์" for ค่าวัสดุอุปกรณ์: คา, lodged, opens
    no budget line, and the text read as dictionary words, so the tone marks'
    rule had nothing to put back and the value stood wrong with no issue:
    fresh set s47o, bma_progress_s47o007), gets its mark back where the text
    then reads as dictionary words whole, of WORD_LENGTH letters on average
    (debris cuts into short syllables: "เครองดม" reads "เค รอง ดม"), with no
    piece the unknown-words
    check (pipeline.wording) would name (a text damaged otherwise too is
    left as read, for that check to say); a word that opens with those
    letters ("คาดว่า", "คาบเรียน") is no "คา" cut alone, and is left.  So
    too one that opens with "คำ" cut as a word of its own, the tone mark
    read as sara am's nikhahit ("คำตอบแทนวิทยากร" for ค่าตอบแทนวิทยากร;
    "คำสั่ง...", a word whole, is left)."""
    opening = next((o for o in _COST_MISREADS if value.startswith(o)), None)
    words = thai_words(value) if opening is not None else ()
    if not words or words[0] != opening or len(words) < 2:
        return _restoration(value, texts, read)
    if opening != _COST_MARK_LOST and thai_words((own := _restoration(value, texts, read))[0])[0] != opening:
        # (its marks put back, the text opens with a word of those letters: "คำสัง..." reads คำสั่ง, no ค่า misread)
        return own
    from pipeline.wording import unknown_words  # (pipeline.wording asks this module's with_a_mark_more)

    mended = _COST_WORD + value[len(opening):]
    restored, changes, vouched, rule, what, beside = _restoration(mended, texts, read)
    known, length = plausibility(restored)
    if known < 1.0 or length < WORD_LENGTH or unknown_words(restored):
        return _restoration(value, texts, read)  # (other damage: "คาตอบแทนวทยากร" lost a vowel too)
    if not changes:
        rule, what = "dictionary_marks", _COST_MISREADS[opening]
    return (restored, ((opening + words[1], _COST_WORD + words[1]), *changes), vouched, rule, what, beside)


def _restoration(value: str, texts: Sequence[str], read: list[tuple[str, str]]) -> Restoration:
    """How restore_labels restores `value` (see there): tone marks the
    dictionary puts back, else a join the document's text lines (`texts`)
    print, else an upper vowel misread; then the silent-letter marks.  A
    unit's name first gets back the marks of its opening unit word
    (parsers.values.mend_unit_word: "ฝายปกครอง"), when the text then reads
    as dictionary words whole."""
    mended = mend_unit_word(value) if opens_with_unit_word(value) else value
    if mended != value:
        restored, changes, vouched, rule, what, beside = _restoration_of(mended, texts, read)
        if plausibility(restored)[0] == 1.0:
            if not changes:
                rule, what = "dictionary_marks", "the marks OCR dropped from the unit's opening word put back"
            return restored, ((value.split()[0], mended.split()[0]), *changes), vouched, rule, what, beside
    return _restoration_of(value, texts, read)


def _restoration_of(value: str, texts: Sequence[str], read: list[tuple[str, str]]) -> Restoration:
    # (which of the tone-mark askings may change the value, told in one pass over its runs: nine labels in ten
    # hold no run either may, and are asked neither; the same results, normalizers.words.tone_marks_restorable)
    alone, joined = tone_marks_restorable(value)
    restored, changes = restore_tone_marks(value) if alone else (value, ())
    rule, what = "dictionary_marks", "tone marks OCR dropped put back"
    vouched: dict[str, int] = {}
    if not changes and texts and joined:
        restored, changes, vouched = printed_joins(value, texts, read)
    if not changes:  # an upper vowel OCR read as a shorter one, and the marks it then lacks
        restored, changes = restore_vowel_misreads(value)
        rule, what = "dictionary_vowel", "an upper vowel OCR misread put right (and its tone marks)"
    # a word OCR misread by an upper vowel into another, far rarer, dictionary word ("สูงขืน" for สูงขึ้น): the
    # text reads as words, so the rules above pass it; mended with the rest (a repair of another word leaving it
    # would choose a text still wrong), or alone
    restored, misread = restore_misread_words(restored)
    if misread and not changes:
        rule, what = "dictionary_vowel", "an upper vowel OCR misread into a far rarer word put right"
    changes = (*changes, *misread)
    restored, silent = restore_silent_marks(restored)
    if silent and not changes:  # a word's silent-letter mark alone
        rule, what = "dictionary_marks", "the silent-letter mark OCR dropped put back"
    changes = (*changes, *silent)
    beside = damaged_beside(restored, [w for _, b in changes for w in b.split()]) if changes else None
    return restored, changes, vouched, rule, what, beside


PRINTED_JOIN = 2  # text lines of the document that must print each mark a rare join puts back, between the same letters
CONTEXT = 3  # letters each side of a mark put back that the document's printings must share (marks and spaces aside)


def printed_joins(value: str, texts: Sequence[str], read: list[tuple[str, str]]
                  ) -> tuple[str, tuple[tuple[str, str], ...], dict[str, int]]:
    """`value` with the tone marks OCR dropped put back where words that are
    each in the dictionary join into one word the corpus counts rare
    (normalizers.words.COMMON_WORD stops it: "เข้า" + "รวม" is not joined
    into "ผู้เข้าร่วม", counted 0 as a word) but the document itself prints
    so: each mark the join puts back stands on the same letter between the
    same CONTEXT letters each side (marks and spaces aside) on PRINTED_JOIN
    of its text lines (`texts`) or more ("มีผู้เข้ารวมกิจกรรม" where the
    report's findings and targets print "ผู้เข้าร่วมกิจกรรม", "ได้เข้าร่วม
    กิจกรรม").  A word printed elsewhere in other company ("ร่วมใน" of "ส่วน
    ร่วมใน" does not make "เรียนรวมใน" "เรียนร่วมใน") vouches for nothing.
    The restored value, its changes and each vouched word with the fewest
    lines printing one of its marks so; the value and () where no join is so
    printed, or the whole text then does not read as dictionary words
    (restore_tone_marks' test).  `read` holds the lines' letters once read
    (normalizers.text.letters_alone) beside each line, for the next value."""
    _, wanted = restore_tone_marks(value, EVERY_WORD)
    vouched: dict[str, int] = {}
    for word in dict.fromkeys(w for _, w in wanted if word_frequency(w) < COMMON_WORD):
        joined, changes = restore_tone_marks(value, frozenset((word,)))
        if any(w == word for _, w in changes):
            support = _marks_printed(value, joined, texts, read)
            if support >= PRINTED_JOIN:
                vouched[word] = support
    if not vouched:
        return value, (), {}
    restored, changes = restore_tone_marks(value, frozenset(vouched))
    used = {word for _, word in changes}
    return restored, changes, {w: n for w, n in vouched.items() if w in used}


def _marks_printed(value: str, restored: str, texts: Sequence[str], read: list[tuple[str, str]]) -> int:
    """The fewest text lines (`texts`) that print a mark `restored` adds to
    `value` on its letter between the same CONTEXT letters each side (marks
    and spaces aside); 0 where a mark added stands nearer an end of the text
    than that, or where the letters differ (not marks alone added)."""
    base, marks = letters(value)
    base_after, marks_after = letters(restored)
    if base != base_after:
        return 0
    if not read:  # (each line's letters alone: its marks are read where the letters hold a window, a few lines)
        read.extend((letters_alone(t), t) for t in texts)
    fewest: int | None = None
    for i, (was, now) in enumerate(zip(marks, marks_after)):
        if was == now:
            continue
        if i < CONTEXT or i + CONTEXT >= len(base):
            return 0
        window = base[i - CONTEXT:i + CONTEXT + 1]
        count = 0
        for line_base, line in read:
            at = line_base.find(window)
            if at < 0:
                continue
            line_marks = letters(line)[1]
            while at >= 0 and line_marks[at + CONTEXT] != now:
                at = line_base.find(window, at + 1)
            count += at >= 0
        fewest = count if fewest is None else min(fewest, count)
    return fewest or 0


def restore_silent_marks(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with the silent-letter mark (thanthakhat) OCR dropped put back
    on each of its words that the dictionary lists but the Thai National
    Corpus never or hardly uses alone, while the word with the mark is common
    (normalizers.words.with_silent_mark: "สัมฤทธิ" 0 to "สัมฤทธิ์" 333, a
    bound form of compounds that newmm cuts out of "ผลสัมฤทธิทาง"), and each
    change (read, restored).  Tone-mark restoration (restore_tone_marks)
    takes a known word as printed, so such a word passes it unmended.  The
    whole text must read as dictionary words once restored, as that rule
    asks; else it is left as it is."""
    if silent_mark_dropped().search(text) is None or not silent_mark_dropped_at_cuts(text):
        return text, ()  # (no word of the kind in it, or none where a token may be one: the tokenizer is not asked)
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    for token in thai_words(text):
        fuller = with_silent_mark(token)
        out.append(fuller or token)
        if fuller is not None:
            changes.append((token, fuller))
    restored = "".join(out)
    if not changes or restored.replace(SILENT_MARK, "") != text.replace(SILENT_MARK, "") \
            or len(restored) != len(text) + len(changes):
        return text, ()
    known, length = plausibility(restored)  # (the whole text's score, by memoised units)
    if known < 1.0 or length < WORD_LENGTH:
        return text, ()
    return restored, tuple(changes)


# the person-name columns looked at, by table: a name is never restored by the dictionary (it need not be a word),
# only flagged; a name's word OCR damaged out of a listed Thai name is read so before (pipeline.wording.restore_names)
NAME_COLUMNS: dict[str, tuple[str, ...]] = {"projects": ("owner_name", "coordinator_name")}


def with_a_mark_more(word: str) -> str | None:
    """The commonest dictionary word that is `word` with one mark more
    (normalizers.words.commonest_word_with_a_mark_more), when it is common
    (COMMON_WORD) and `word` itself no dictionary word; else None.  A name
    word made of words ("นายสมศักดิ": นาย, สม, ศักดิ) one of whose pieces,
    with the silent-letter mark (thanthakhat) after it, is a common word far
    commoner than the piece (normalizers.words.with_silent_mark: "ศักดิ" 59 to
    "ศักดิ์" 3,333 in the Thai National Corpus, "วงศ" 25 to "วงศ์" 3,535) has that word in the
    piece's place: names end their pieces so (ศักดิ์, วงศ์, พงษ์, จันทร์), and
    OCR drops the small mark.  Other marks are not looked for inside a name
    ("สุนันทา" holds นัน, far rarer than นั้น, and is right)."""
    if known_word(word):
        return None
    if commonest_with_a_mark_more(word) >= COMMON_WORD:
        return commonest_word_with_a_mark_more(word)
    pieces = thai_words(word) if len(word) <= NAME_WORD else ()
    for k, piece in enumerate(pieces):
        if (fuller := with_silent_mark(piece)) is not None:
            return "".join((*pieces[:k], fuller, *pieces[k + 1:]))
    return None


NAME_WORD = 40  # characters of a name's word cut into its pieces (a longer one is lines run together)


def flag_names(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """A `marks_dropped` issue for each person's name (NAME_COLUMNS) one of
    whose words is no dictionary word but a common one with a mark more
    ("มันคง" for "มั่นคง", a surname that is a word): OCR may have dropped
    the mark; a name need not be a word, so it is kept as read."""
    issues: list[Issue] = []
    for table, columns in NAME_COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                value = row.get(column)
                if not isinstance(value, str):
                    continue
                words = value.split()
                fuller = [with_a_mark_more(w) for w in words]
                if not any(fuller):
                    continue
                read = " ".join(f or w for f, w in zip(fuller, words))
                changed = ", ".join(f"{w!r} ({f!r})" for f, w in zip(fuller, words) if f)
                issues.append(Issue(
                    "warning", "marks_dropped", f"{table}.{column}: {value!r} holds {changed}, no dictionary word "
                    "but a common one with a mark more: OCR may have dropped it; a name need not be a word, so it "
                    "is kept as read", json.dumps({"text": value, "fuller": read}, ensure_ascii=False),
                    row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"),
                    field=f"{table}.{column}"))
    return issues
