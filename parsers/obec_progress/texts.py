"""Words a report prints more than once, and the marks OCR dropped from some
printings.

An OBEC report repeats its standard wording: the same main activity
("จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน") or status sentence under project
after project, the same words in its results and findings.  OCR drops Thai
marks (tone marks, vowels above or below a letter) from some printings and
not from others ("จัดทำคำสังแต่งตังคณะ...").  The printings vote, letter by
letter: a letter of a damaged text takes the marks the report's other text
prints on the same letter between the same neighbours (CONTEXT letters each
side, marks and spaces aside), when those marks hold the ones printed here
and more, are the fullest such marks, and stand at least MIN_PRINTINGS
times.  A text whose letters gain marks is repaired, and the repair recorded
(value_repaired, rule "repeated_text"), when another row of the field prints
the fuller reading whole and that reading does not itself read better with
one tone mark more (lacks_a_tone: every printing may have lost the same
mark); otherwise some of its letters may lack marks that no printing shows,
and the text is kept and flagged (marks_dropped).  A
letter whose fuller readings disagree keeps what is printed.  A mark OCR
added (a speck) is outvoted: the fuller reading must be printed twice.  A
fuller reading printed once (a speck, or the one printing OCR left whole)
repairs nothing, but the printings that lack its marks are flagged
(marks_dropped).

The same wording lets a printing whose opening words OCR lost (at the
page's margin, or its first line whole) be read with the words the
report's other printings hold before it (heads_lost; said where they are
more than it keeps or hold a count), a printing whose close OCR lost with
its last line be read with the words they hold after it, or said
(closes_lost), a round's list that holds one text twice be said
(texts_twice), and a row whose text is two texts other rows print as
rows of their own be said (texts_joined: an item lost, run into the one
before it).  A row that ends with a text other rows of its column and kind
print as rows of their own is cut there into two rows (split_joined_items,
rule "items_joined": the next item's number lost), a row that opens with a
joining word goes back to the item before where other rows print the two
whole (tails_rejoined, rule "tail_rejoined": a wrapped line OCR broke into
an item of its own), and a text that opens
inside a word of a text the report prints elsewhere is said
(texts_cut_in_a_word: OCR cut it mid-word, or set a piece of another line
there).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from typing import Any, Callable

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import DIGIT_CHAR
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import THAI_MARKS, letters, mark_tolerant, skeleton, skeleton_at
from normalizers.words import open_end, opening_joiner, plausibility, thai_words, unknown_token_at
from parsers.items import THAI_CHARS_RE, THAI_LETTER_RE
from parsers.obec_progress.lists import (APART_UNPAIRED, GAP_IN_DOUBT, PAIRED_IN_DOUBT, PARTED_BY_KNOWN,
                                         PLACES_BY_PARAGRAPHS, RAN_ON_IN_DOUBT)
from parsers.repair import enabled
from schemas.document import Issue

# the fields repaired: short texts whose wording repeats from project to project
FIELDS = {"activities": ("text", "progress")}
# the text whose printings vote: where the activities' standard wording is printed again (the
# activities, and the results and problems that report them)
SOURCES = {"activities": ("text", "progress"), "findings": ("text",)}
CONTEXT = 3  # letters each side that make a letter's neighbourhood
MIN_PRINTINGS = 2  # a fuller reading the report prints at least this often


def _holds(short: str, full: str) -> bool:
    """Whether the marks `short` are `full` with some dropped."""
    i = 0
    for ch in full:
        if i < len(short) and short[i] == ch:
            i += 1
    return i == len(short)


def _index(texts: list[str]) -> dict[str, dict[str, int]]:
    """For each letter of the texts with CONTEXT letters each side (the
    neighbourhood as one string, the letter in its middle): how often each
    set of marks stands on it (no neighbourhood spans two texts), in the
    order first met.  (Plain dicts: a Counter per neighbourhood cost more
    than the counting.)"""
    width = 2 * CONTEXT + 1
    out: dict[str, dict[str, int]] = {}
    for text, times in Counter(texts).items():  # the report's wording repeats: each text read once
        base, marks = letters(text)
        windows = [base[i:i + width] for i in range(len(base) - width + 1)]
        # (each letter counted as met: a text's (neighbourhood, marks) pairs seldom repeat within it, so
        # counting them first cost more than it saved; the order first met and the sums are the same)
        for window, mark in zip(windows, marks[CONTEXT:]):
            seen = out.get(window)
            if seen is None:
                out[window] = {mark: times}
            else:
                seen[mark] = seen.get(mark, 0) + times
    return out


def fuller(text: str, index: dict[str, dict[str, int]], least: int = MIN_PRINTINGS) -> str:
    """The text with each letter's marks as the report's printings vote (see
    module doc), each fuller reading printed `least` times or more; the text
    itself when no letter gains a mark."""
    base, marks = letters(text)
    chosen = list(marks)
    for i in range(CONTEXT, len(base) - CONTEXT):
        seen = index.get(base[i - CONTEXT:i + CONTEXT + 1])
        if not seen or (len(seen) == 1 and marks[i] in seen):  # no other reading of the letter
            continue
        more = [m for m in seen if m != marks[i] and _holds(marks[i], m)]
        fullest = [m for m in more if not any(m != o and _holds(m, o) for o in more)]
        if len(fullest) == 1 and seen[fullest[0]] >= least:
            chosen[i] = fullest[0]
    if tuple(chosen) == marks:
        return text
    # each letter written with its chosen marks; spaces kept where they stand
    chosen_iter = iter(chosen)
    return _LETTER_OR_MARK_RE.sub(lambda m: m.group(1) + next(chosen_iter) if m.group(1) else "", text)


_LETTER_OR_MARK_RE = regex.compile(r"([^\s\p{Mn}])\p{Mn}*|\p{Mn}+")


def _changes(printed: str, fuller_text: str, shown: int = 3) -> str:
    """The words that gain marks, as printed -> fuller ("คำสังแต่ -> คำสั่งแต่"), a few."""
    a, b = printed.split(), fuller_text.split()
    pairs = [f"{x} -> {y}" for x, y in zip(a, b) if x != y] if len(a) == len(b) else [f"{printed} -> {fuller_text}"]
    out = "; ".join(p[:80] for p in pairs[:shown])
    return out + (f" (and {len(pairs) - shown} more)" if len(pairs) > shown else "")


def _spaced(text: str) -> str:
    return "".join(text.split())


_TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # mai ek, tho, tri, chattawa
# a consonant and the marks printed on it (vowels above or below, a tone, thanthakhat)
_CONSONANT_RE = regex.compile(rf"([\u0e01-\u0e2e])([{THAI_MARKS}]*)")


def lacks_a_tone(text: str) -> str | None:
    """`text` with one tone mark more where that makes it read better (its
    Thai tokens as many in the dictionary, and longer: words joined that
    the missing mark split, normalizers.words.plausibility): a sign that
    OCR dropped that mark from every printing; None if no mark does."""
    base = plausibility(text)
    for m in _CONSONANT_RE.finditer(text):
        if any(t in m.group(2) for t in _TONES) or "\u0e4c" in m.group(2):
            continue
        for tone in _TONES:
            variant = text[:m.end()] + tone + text[m.end():]
            if base[0] == 1.0 and unknown_token_at(variant, m.start(), m.end()):
                continue  # a token of the variant is no word, every one of the text's is: no better (not tokenized)
            known, length = plausibility(variant)
            if known >= base[0] and length > base[1]:
                return variant
    return None


def repair_repeated(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """Repair the marks OCR dropped from the FIELDS' values (see module doc)."""
    if not enabled():
        return []
    texts = [row[c] for t, cols in SOURCES.items() for row in tables.get(t, []) for c in cols
             if isinstance(row.get(c), str)]
    index = _index(texts)
    voted: dict[tuple[str, int], str] = {}  # (text, least) -> fuller: the report's rows repeat their texts

    def vote(value: str, least: int = MIN_PRINTINGS) -> str:
        key = (value, least)
        if key not in voted:
            voted[key] = fuller(value, index, least)
        return voted[key]

    toned: dict[str, str | None] = {}  # fuller -> lacks_a_tone's answer: rows that print one text vote one fuller

    def lacking_tone(chosen: str) -> str | None:
        if chosen not in toned:
            toned[chosen] = lacks_a_tone(chosen)
        return toned[chosen]

    issues: list[Issue] = []
    for table, columns in FIELDS.items():
        rows = tables.get(table, [])
        for column in columns:
            printed = Counter(_spaced(row[column]) for row in rows if isinstance(row.get(column), str))
            for row in rows:
                value = row.get(column)
                if not isinstance(value, str):
                    continue
                chosen = vote(value)
                if chosen == value:
                    once = vote(value, least=1)
                    if once != value:
                        # the fuller reading is printed once: maybe a speck OCR added there, maybe the one
                        # printing OCR left whole; not enough to repair, enough to say the text may lack marks
                        issues.append(Issue(
                            "warning", "marks_dropped",
                            f"{table}.{column}: the report prints these words once elsewhere with marks this "
                            f"printing lacks: {_changes(value, once)}; one printing does not repair, the text is "
                            "kept as read", {"text": value, "fuller": once}, row.get("line_start"), row.get("line_end"),
                            project_key=row.get("project_key"), field=f"{table}.{column}"))
                    continue
                lacking = None if not printed[_spaced(chosen)] else lacking_tone(chosen)
                if not printed[_spaced(chosen)] or lacking:
                    # no row prints the fuller reading whole, or the fuller reading itself reads better with
                    # a tone mark more: its letters may lack marks no printing shows (a partial repair); the
                    # damage is said, the text kept
                    why = (f"the fuller reading may lack a mark too (with one more it reads {lacking!r})" if lacking
                           else "no row gives the fuller reading whole")
                    issues.append(Issue(
                        "warning", "marks_dropped",
                        f"{table}.{column}: the report prints these words with marks OCR dropped here: "
                        f"{_changes(value, chosen)}; {why}, the text is kept as read",
                        {"text": value, "fuller": chosen}, row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    continue
                row[column] = chosen
                issues.append(Issue(
                    "warning", "value_repaired",
                    f"{table}.{column}: the report prints these words with the marks OCR dropped here (each at "
                    f"least {MIN_PRINTINGS} times, between the same letters): {_changes(value, chosen)}; another "
                    "row prints the fuller reading whole",
                    json.dumps({"rule": "repeated_text", "printed": value, "chosen": chosen,
                                "support": printed[_spaced(chosen)]}, ensure_ascii=False),
                    row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"),
                    field=f"{table}.{column}"))
    return issues


# the list texts whose printings are compared for a head OCR lost: texts a report prints again from round to
# round and project to project (a budget note is left out: "สามารถเบิกจ่าย..." is the tail of "ไม่สามารถ...")
HEAD_FIELDS = (("targets", "text"), ("activities", "text"), ("activities", "progress"), ("alignments", "text"),
               ("findings", "text"))
HEAD_MIN_TEXT = 15  # skeleton letters a text keeps at least (a short text is the tail of many)
HEAD_REST_MAX = 8  # skeleton letters a text may hold past the close of a printing OCR cut (a quarter of it, if more)
HEAD_MIN_LOST = 1  # skeleton letters the fuller printing holds before it at least (a word, not a speck)


def _column_shapes(tables: dict[str, list[dict[str, Any]]], table: str,
                   column: str) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The rows of table whose column holds a text, and each skeleton of
    those texts (specks at their edges aside) -> the texts printing it."""
    rows = [row for row in tables.get(table, []) if isinstance(row.get(column), str)]
    shapes: dict[str, list[str]] = {}
    for row in rows:
        shapes.setdefault(_edge_shape(row[column]), []).append(row[column])
    return rows, shapes


def heads_lost(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Each HEAD_FIELDS text that is the inner part or the tail of a longer
    text other rows of the same column print (skeletons: marks, spaces and
    dots aside; see _fuller_before), OCR having lost its opening words at
    the page's margin or its first line whole (and maybe its close too):
    where every such longer printing holds the same words before it, the
    text is read with those words before it (value_repaired, rule
    "head_lost"; the fullest printing of them, the one with the most
    marks); where they hold different words, and where the only such
    printings hold more words than it keeps (a line or more lost), a count
    (each printing counts otherwise) or are printed no more often than it
    (their words before it the report's, opening no other text of the
    column), it is kept as read and said (unknown_words, the words lost the
    pieces: its close among them, and said, where every such printing goes
    on past it with the same words; the evidence's "cut" says what was
    lost, and a repair of the text's words is then in doubt:
    pipeline.doubtful.texts_in_doubt).  Not where an issue names the field
    at the row's lines already."""
    named = {(i.field, i.line_start, i.line_end) for i in issues}
    out: list[Issue] = []
    for table, column in HEAD_FIELDS:
        rows, shapes = _column_shapes(tables, table, column)
        # (the column's skeletons long enough to hold a text after HEAD_MIN_LOST letters, longest first, in one
        # string: a text meets only the printings that hold its opening, found by str.find over them all, not
        # each printing of the column in turn, which grew with the column's square; see _holding)
        longer = [other for other in sorted(shapes, key=len, reverse=True) if len(other) >= HEAD_MIN_TEXT + HEAD_MIN_LOST]
        joined = "\0".join(longer)
        starts = list(accumulate((len(other) + 1 for other in longer[:-1]), initial=0))
        for row in rows:
            value, field = row[column], f"{table}.{column}"
            kept = _specks_off_edges(value)  # (specks OCR made of the words the margin cut)
            shape = _shape(kept)
            if len(shape) < HEAD_MIN_TEXT or (field, row.get("line_start"), row.get("line_end")) in named:
                continue
            found = _fuller_before(shape, _holding(shape[:HEAD_MIN_TEXT], longer, joined, starts), shapes)
            if not found:
                continue
            span, key = (row.get("line_start"), row.get("line_end")), row.get("project_key")
            # (the printings to read it back from, where any: those only said are no vote against them)
            far = all(f for *_, f in found)
            found = found if far else [f for f in found if not f[-1]]
            full, head, tail, support, _ = found[0]
            if len({(skeleton(h), skeleton(t)) for _, h, t, _, _ in found}) > 1 or far or not enabled():
                why = ("not read back: the words before it are more than it keeps, or hold a count each printing "
                       "gives otherwise, or the longer text is printed no more often than it" if far else
                       f"other printings hold other words before it: "
                       f"{', '.join(repr(h) for _, h, _, _, _ in found[:3])}")
                # (its close lost too where every such printing goes on past it with the same words: said, and
                # the text, no item whole, is no repair's value: pipeline.doubtful.texts_in_doubt)
                closes = {t.strip() for _, _, t, _, _ in found}
                close = closes.pop() if len(closes) == 1 else ""
                out.append(Issue(
                    "warning", "unknown_words",
                    f"{field}: {value!r} is the {'inner part' if close else 'tail'} of a text the report prints "
                    f"whole elsewhere in the column ({full!r}): OCR lost its opening words at the margin or with a "
                    f"line or more{f', and its close {close!r}' if close else ''} ({why}); kept as read",
                    {"text": value, "pieces": [h for _, h, _, _, _ in found] + ([close] if close else []),
                     "cut": "head and close" if close else "head"}, *span, project_key=key, field=field))
                continue
            # (the head ends with the space it prints there, if any; the tail opens with it)
            kept = kept.strip()
            if tail.startswith("\u0e33"):
                kept = kept.rstrip("\u0e4d\u0e48\u0e49\u0e4a\u0e4b")  # (its nikhahit the other's sara am holds: "จํ" + "ำเป็น")
            row[column] = chosen = f"{head}{kept}{tail}".rstrip()
            out.append(Issue(
                "warning", "value_repaired",
                f"{field}: {value!r} is the tail of the report's wording {full!r}, which more rows of the column "
                f"print: OCR lost its opening words {head.strip()!r} at the margin or with its first line; read "
                "with them", json.dumps({"rule": "head_lost", "printed": value, "chosen": chosen, "text": full,
                                         "support": support}, ensure_ascii=False),
                *span, project_key=key, field=field))
    return out


# the tables whose rows are a round's numbered lists (one list per kind, and aspect, of a quarter), a row an item:
# a list whose opening or last item OCR cut may have lost items there (lone_heads_lost, list_ends_cut)
LIST_TABLES = ("targets", "findings")


def _list_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row.get("project_key"), row.get("quarter"), row.get("kind"), row.get("aspect"))


def _alone_in_list(rows: list[dict[str, Any]], row: dict[str, Any]) -> bool:
    """Whether `row` is the one item its list holds (its project, quarter, kind and aspect)."""
    key = _list_key(row)
    return sum(1 for other in rows if _list_key(other) == key) == 1


def lone_heads_lost(tables: dict[str, list[dict[str, Any]]], repairs: list[Issue]) -> list[Issue]:
    """The missing_row warning on each list of one item whose opening words
    OCR lost (`repairs`: heads_lost's, rule head_lost): the form prints a
    list of one without a number and numbers a longer one, so an item read
    without its number is taken for a list of one; but its number stood
    before the words lost, so the list may have held items before it, lost
    to OCR with its opening (s77o's obec_progress_s77o001: "๑. ครูที่ทำ
    หน้าที่..." lost whole, "๒. นั" lost from "๒. นักเรียนในสังกัด..."), and
    the item's seq is 1 only if none was."""
    out: list[Issue] = []
    for issue in repairs:
        table = (issue.field or "").split(".")[0]
        if issue.code != "value_repaired" or table not in LIST_TABLES or not issue.evidence \
                or json.loads(issue.evidence).get("rule") != "head_lost":
            continue
        rows = tables.get(table, [])
        row = next((r for r in rows if (r.get("project_key"), r.get("line_start"), r.get("line_end"))
                    == (issue.project_key, issue.line_start, issue.line_end)), None)
        if row is None or not _alone_in_list(rows, row):
            continue
        out.append(Issue("warning", "missing_row",
                         f"{table}: the one item read in its list ({row.get('kind')}, quarter {row.get('quarter')}) "
                         "lost its opening words, and with them any number it printed: a list of one is printed "
                         "without a number, so whether the list held items before it that OCR lost, and the item's "
                         "number, are not known", {"text": json.loads(issue.evidence).get("printed")},
                         row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"), field=table))
    return out


_LATIN_RE = regex.compile(r"[A-Za-z]")  # (a text OCR damaged otherwise, letters for digits: its own doubt says it)
# the texts whose printings are compared for a close OCR lost: HEAD_FIELDS but the alignments, whose statements a
# real report prints shorter and longer ("... และโปร่งใส" and "... และโปร่งใส ซื่อสัตย์สุจริต", sample 004)
CLOSE_FIELDS = tuple(f for f in HEAD_FIELDS if f[0] != "alignments")
CLOSE_MIN_LOST = 3  # skeleton letters the fuller printing holds after a text at least (a word, not a speck)
# a text that ends with a count, its figure and a unit word after it ("... จำนวน ๓๐ คน"): the count closes the
# report's shorter wording, which a longer one goes on from ("... จำนวน ๔๕ คน เข้าร่วมการประชุม")
_COUNT_CLOSE_RE = regex.compile(r"#[^#]{0,8}$")


def closes_lost(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Each CLOSE_FIELDS text that is the opening of longer texts more rows
    of the same column print as often as it or more (skeletons, each figure one mark, specks at
    its edges aside), CLOSE_MIN_LOST letters or more short of them, OCR
    having lost its last line (or the words at the margin): where every
    such longer printing goes on with the same words, no figure among them
    and no more of them than the text keeps, and more rows print it than
    the text (the report's wording), the text is read with those
    words after it (value_repaired, rule "close_lost"; the fullest
    printing's words); otherwise it is kept as read and said
    (unknown_words, the words lost the pieces).  Not a text that ends with
    a count (a figure and a unit word: the shorter wording's close), nor a
    text holding Latin letters (OCR's damage of another kind), nor
    where the longer text's words past it open a text of the column (the
    next text run on, not a close), nor where an issue names the field at
    the row's lines already.  An issue that says only that the copies
    disagree (ocr_variant: one copy's reading kept, most often by its
    marks) says nothing of the text's extent: such a text is said, never
    read with the words (both copies may have lost the same line).  The
    said issue's evidence holds "cut": "close", so a repair of the text's
    words is in doubt too (pipeline.doubtful.texts_in_doubt: a cut text's
    marks mended are no repair's value)."""
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.code != "ocr_variant"}
    variant = {(i.field, i.line_start, i.line_end) for i in issues if i.code == "ocr_variant"}
    out: list[Issue] = []
    for table, column in CLOSE_FIELDS:
        rows, shapes = _column_shapes(tables, table, column)
        ordered = sorted(shapes)  # (the texts a skeleton opens follow it: found by bisection, not one by one)
        for row in rows:
            value, field = row[column], f"{table}.{column}"
            kept = _specks_off_edges(value).strip()
            shape = _shape(kept)
            if (len(shape) < HEAD_MIN_TEXT or _COUNT_CLOSE_RE.search(shape) or _LATIN_RE.search(kept)
                    or (field, row.get("line_start"), row.get("line_end")) in named):
                continue
            found = [other for other in _opened_by(shape, ordered) if len(shapes[other]) >= len(shapes[shape])
                     and not _opens_a_text(other[len(shape):], ordered)
                     and _close_of_words(max(shapes[other], key=len), shape)]
            if not found:
                continue
            span, key = (row.get("line_start"), row.get("line_end")), row.get("project_key")
            fullest = max(found, key=lambda other: len(shapes[other]))
            text = max(shapes[fullest], key=len)  # (the most marks: skeletons alike)
            lost = [_after_shape(max(shapes[other], key=len), shape) for other in found]
            rest = fullest[len(shape):]
            copies = (field, *span) in variant
            if (len(found) > 1 or "#" in fullest or len(rest) > len(shape) or len(shapes[fullest]) == len(shapes[shape])
                    or copies or not enabled()):
                why = ("other printings go on otherwise" if len(found) > 1 else
                       "the report prints it as often as the longer text, so which is its wording is not known"
                       if len(shapes[fullest]) == len(shapes[shape]) else
                       "the wording holds a figure, which each row may count otherwise" if "#" in fullest else
                       "the words after it are more than it keeps: too many to read back" if len(rest) > len(shape)
                       else "its copies disagree, so which reading lost the close is not known" if copies
                       else "repairs are off")
                out.append(Issue(
                    "warning", "unknown_words",
                    f"{field}: {value!r} is the opening of a text the report prints whole elsewhere in the column "
                    f"({text!r}): OCR lost its close with its last line or at the margin ({why}); kept as read",
                    {"text": value, "pieces": [w.strip() for w in lost], "cut": "close"}, *span, project_key=key,
                    field=field))
                continue
            row[column] = chosen = kept + lost[0]
            out.append(Issue(
                "warning", "value_repaired",
                f"{field}: {value!r} is the opening of the report's wording {text!r}, which more rows of the column "
                f"print: OCR lost its close {lost[0].strip()!r} with its last line or at the margin; read with it",
                json.dumps({"rule": "close_lost", "printed": value, "chosen": chosen, "text": text,
                            "support": len(shapes[fullest])}, ensure_ascii=False),
                *span, project_key=key, field=field))
    return out


def plan_closes_lost(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                     wraps: frozenset[tuple[str, str]] = frozenset()) -> list[Issue]:
    """Each alignment's text that is the opening of a text other rows print
    under the same plan heading (skeletons, each figure one mark, specks at
    its edges aside), CLOSE_MIN_LOST letters or more short of it, printed by
    as many rows as print it or more, by two at least or with the words past
    it the report's own (_close_of_words), and that ends where such a
    longer printing wraps a line (`wraps`: (plan heading, the text up to a
    line's end) of each printing, rounds.PLAN_WRAPS): OCR lost this
    printing's next line.  Where the longer printings so wrapped print one
    text, more rows of it than print this one, and the words lost are no
    more than the text keeps, it is read with them (value_repaired, rule
    "close_lost", the fullest printing's words); otherwise kept as read and
    said (unknown_words, evidence "cut": "close").  closes_lost leaves the
    alignments: a report prints one statement shorter and longer (sample
    004's "... และโปร่งใส" and "... และโปร่งใส ซื่อสัตย์สุจริต"), so a
    shorter text alone is no cut; one ending at another printing's line
    end is (fresh set s114o, obec_progress_s114o002: "ผู้เรียนได้รับการพัฒนา
    อย่างเต็มศักยภาพในทุกช่วงวัย", its line "มีสมรรถนะที่จำเป็นสำหรับโลกยุค
    ใหม่" lost, read so silently).  Not where an issue names the field at
    the row's lines already."""
    if not wraps:
        return []
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.code != "ocr_variant"}
    ends = {(_plan_shape(plan), _edge_shape(text)) for plan, text in wraps}
    groups: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for row in tables.get("alignments", []):
        if isinstance(row.get("text"), str) and isinstance(row.get("plan"), str):
            groups.setdefault(_plan_shape(row["plan"]), []).append((row, _edge_shape(row["text"])))
    out: list[Issue] = []
    field = "alignments.text"
    for plan, shaped in groups.items():
        for row, shape in shaped:
            span, key = (row.get("line_start"), row.get("line_end")), row.get("project_key")
            value = row["text"]
            if len(shape) < HEAD_MIN_TEXT or (plan, shape) not in ends or (field, *span) in named:
                continue
            longer = [(other, s) for other, s in shaped
                      if len(s) >= len(shape) + CLOSE_MIN_LOST and s.startswith(shape)]
            kinds = Counter(s for _, s in longer)
            alike = sum(1 for _, s in shaped if s == shape)
            # (a longer text fewer rows print than this one: that printing ran on into other words, a line of
            # another text or OCR's, "... ตลอดชีวิต มีทักษะ" once where three rows end "... ตลอดชีวิต"; one
            # printed once goes on with the report's own words, debris no two printings share alike)
            longer = [(other, s) for other, s in longer if kinds[s] >= alike
                      and (kinds[s] >= 2 or _close_of_words(other["text"], shape))]
            if not longer:
                continue
            kinds = Counter(s for _, s in longer)
            fullest, support = kinds.most_common(1)[0]
            text = max((o["text"] for o, s in longer if s == fullest), key=len)  # (the most marks)
            lost = _after_shape(text, shape)
            if len(kinds) > 1 or support <= alike or "#" in fullest or len(fullest) - len(shape) > len(shape) \
                    or not enabled():
                out.append(Issue(
                    "warning", "unknown_words",
                    f"{field}: {value!r} is the opening of a text the report prints under the same plan heading "
                    f"({text!r}) and ends where that text wraps a line: OCR lost its close with its next line; kept "
                    "as read", {"text": value, "pieces": sorted({_after_shape(o["text"], shape).strip()
                                                                  for o, _ in longer}), "cut": "close"},
                    *span, project_key=key, field=field))
                continue
            row["text"] = chosen = _specks_off_edges(value).strip() + lost
            out.append(Issue(
                "warning", "value_repaired",
                f"{field}: {value!r} is the opening of the text {text!r} that {support} rows of the report print "
                f"under the same plan heading, and ends where it wraps a line: OCR lost its close {lost.strip()!r} "
                "with its next line; read with it",
                json.dumps({"rule": "close_lost", "printed": value, "chosen": chosen, "text": text,
                            "support": support}, ensure_ascii=False),
                *span, project_key=key, field=field))
    return out


# The form's status clauses an activity's progress opens with, word by word (running._PROGRESS_RE): a progress
# that opens with a clause's last words, not its first (their skeletons), lost its opening words to OCR.  Only
# the tails no clause and no activity's name opens with ("ดำเนินการ..." opens both).
STATUS_CLAUSE_WORDS = (("มี", "ผู้", "เข้าร่วม"), ("อยู่", "ระหว่าง", "ดำเนินการ"))
_STATUS_TAILS = tuple((skeleton("".join(words[at:])), "".join(words[:at]))
                      for words in STATUS_CLAUSE_WORDS for at in range(1, len(words)) if words[at] != "ดำเนินการ")


def status_heads_lost(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Each activity's progress that opens with the last words of one of
    the form's status clauses (STATUS_CLAUSE_WORDS: "เข้าร่วมกิจกรรม จำนวน
    46 คน" for "มีผู้เข้าร่วมกิจกรรม ..."), not with the clause: OCR lost its
    opening words with specks or at the margin.  Said (unknown_words, the
    words lost the pieces, "cut": "head"), kept as read: a report may word
    its progress otherwise.  Not where an issue of the text's extent names
    the field at the row's lines already (heads_lost: other rows print the
    clause whole).  Before, the text was given short of its opening words
    with no issue naming it where no other row of the report prints the
    clause (fresh set s71b's obec_progress_s71b003; in extra3's w001 and
    s67o's s67o003 other issues named the field, not the loss)."""
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.code in ("unknown_words", "value_repaired")}
    out: list[Issue] = []
    for row in tables.get("activities", []):
        value = row.get("progress")
        span = (row.get("line_start"), row.get("line_end"))
        if not isinstance(value, str) or ("activities.progress", *span) in named:
            continue
        shape = skeleton(_specks_off_edges(value))
        lost = next((head for tail, head in _STATUS_TAILS if shape.startswith(tail)), None)
        if lost is None:
            continue
        out.append(Issue(
            "warning", "unknown_words",
            f"activities.progress: {value!r} opens with the last words of the form's status clause "
            f"({lost!r} before them): OCR lost its opening words with specks or at the margin; kept as read",
            {"text": value, "pieces": [lost], "cut": "head"}, *span, project_key=row.get("project_key"),
            field="activities.progress"))
    return out


def _said_at(said: set[tuple[Any, ...]], table: str, row: dict[str, Any]) -> bool:
    """Whether one of `said` ((field, project key, first line, last line)) names the table at the row's lines
    (an issue of no project yet: the lists' issues are given their project later)."""
    a, b = row.get("line_start"), row.get("line_end")
    return any(f == table and k in (row.get("project_key"), None) and (a is None or b is None or s is None or e is None
                                                               or (s <= b and a <= e))
               for f, k, s, e in said)


def list_ends_cut(tables: dict[str, list[dict[str, Any]]], cut: list[Issue],
                  issues: list[Issue] = ()) -> list[Issue]:
    """Each round's list (LIST_TABLES: one project's quarter and kind) whose
    last item closes_lost says OCR cut short of the words the report
    prints after it elsewhere in the column (its close lost with its last
    line, the `cut` issues: said or read back): the lines OCR lost there may
    have held the list's next items too, which no row then stands for, so
    the list's items and their count are in doubt: said on the table at the
    item's lines (items_cut_in_doubt; a list item lost whole leaves no row
    whose text an issue could name).  Not where an items_cut_in_doubt of
    `issues` names the table at the item's lines already (the list said in
    doubt there: lists.known_head_run_on), nor where every row printing
    the item's text longer is so said (an item run on into other text is
    no witness that this one lost its close).  Before, such a list's lost items were
    missing rows no issue named (fresh set s71b's obec_progress_s71b001:
    project 3's quarter-2 results, item ๒ cut at 'ในการ', item ๓ lost)."""
    out: list[Issue] = []
    said = {(i.field, i.project_key, i.line_start, i.line_end) for i in issues if i.code == "items_cut_in_doubt"}
    for table in LIST_TABLES:
        field = f"{table}.text"
        spans = {(i.project_key, i.line_start, i.line_end) for i in cut if i.field == field}
        if not spans:
            continue
        rows = tables.get(table, [])
        for row in rows:
            key, span = row.get("project_key"), (row.get("line_start"), row.get("line_end"))
            if (key, *span) not in spans or not isinstance(row.get("seq"), int) or _said_at(said, table, row):
                continue
            shape = _edge_shape(row.get("text") or "")
            fuller = [o for o in rows if o is not row and isinstance(o.get("text"), str)
                      and _edge_shape(o["text"]).startswith(shape) and len(_edge_shape(o["text"])) > len(shape)]
            if fuller and all(_said_at(said, table, o) for o in fuller):
                continue  # (its only fuller printings are items said run on into other text: no witness of a cut)
            group = (key, row.get("quarter"), row.get("kind"))
            if any((other.get("project_key"), other.get("quarter"), other.get("kind")) == group
                   and isinstance(other.get("seq"), int) and other["seq"] > row["seq"] for other in rows):
                continue  # an item after it: its list goes on past the cut
            out.append(Issue(
                "warning", "items_cut_in_doubt",
                f"{table}: the last item of a list (quarter {row.get('quarter')}, {row.get('kind')}, item "
                f"{row['seq']}: {row.get('text')!r}) lost its close with its last line to OCR: the lines lost there "
                "may have held the list's next items too, so its items and their count are in doubt",
                row.get("text"), *span, project_key=key, field=table))
    return out


def _evidence_text(evidence: Any) -> str:
    """The text an issue's evidence carries (its JSON's "text", or the evidence itself), "" if none."""
    if isinstance(evidence, dict):
        evidence = evidence.get("text")
    elif isinstance(evidence, str) and evidence.startswith("{"):
        try:
            evidence = json.loads(evidence).get("text")
        except (ValueError, AttributeError):
            return ""
    return evidence.strip() if isinstance(evidence, str) else ""


def closes_unplaced(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Each OBEC alignment text that is the opening of a longer text other
    rows of the column print (skeletons, each figure one mark), whose words
    past it (CLOSE_MIN_LOST letters or more) stand in the report as text
    the parser placed nowhere (an unplaced_text issue whose text is those
    words, specks at its edges aside): OCR read the text's last line apart
    from it (a page's lines out of order), so it is read with those words
    (value_repaired, rule "close_lost", the fullest such printing's words).
    closes_lost leaves the alignments (a real report prints a statement
    shorter and longer); here the close stands printed in the report
    itself.  Several rows whose close one unplaced text would be, or
    longer printings that go on otherwise, and nothing is read."""
    left: dict[str, list[Issue]] = {}
    for issue in issues:
        if issue.code == "unplaced_text" and (text := _evidence_text(issue.evidence)):
            left.setdefault(_edge_shape(text), []).append(issue)
    if not left:
        return []
    rows, shapes = _column_shapes(tables, "alignments", "text")
    ordered = sorted(shapes)
    claims: dict[str, list[tuple[dict[str, Any], str, str]]] = {}
    for row in rows:
        kept = _specks_off_edges(row["text"]).strip()
        shape = _shape(kept)
        if len(shape) < HEAD_MIN_TEXT or _LATIN_RE.search(kept):
            continue
        found = [other for other in _opened_by(shape, ordered) if other[len(shape):] in left]
        if len(found) == 1:
            claims.setdefault(found[0][len(shape):], []).append((row, kept, found[0]))
    out: list[Issue] = []
    for rest, claimed in claims.items():
        if len(claimed) != 1 or not enabled():
            continue
        row, kept, fuller_shape = claimed[0]
        text = max(shapes[fuller_shape], key=len)
        lost = regex.sub(r"^\p{Mn}+", "", _after_shape(text, _shape(kept)))  # (the marks on its last letter: kept's)
        if not lost.strip():
            continue
        where = left[rest][0]
        value = row["text"]
        row["text"] = chosen = kept + lost
        out.append(Issue(
            "warning", "value_repaired",
            f"alignments.text: {value!r} is the opening of the report's wording {text!r}, which another row of the "
            f"column prints, and its close {lost.strip()!r} stands in the report as text placed nowhere (lines "
            f"{where.line_start}-{where.line_end}): OCR read its last line apart from it; read with it",
            json.dumps({"rule": "close_lost", "printed": value, "chosen": chosen, "text": text,
                        "support": len(shapes[fuller_shape])}, ensure_ascii=False),
            row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"), field="alignments.text"))
    return out


def closes_at_page_foot(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                        page_last: frozenset[int]) -> list[Issue]:
    """Each OBEC alignment text that is the opening of a longer text other
    rows of the column print (skeletons, each figure one mark; their words
    past it CLOSE_MIN_LOST letters or more, words of the report's own, no
    next text run on) and whose last line is the last text line of its
    page (`page_last`: the lines before the page's furniture): OCR may have
    lost its close with the page's last line ("ข้าราชการครู...มีการพัฒนา
    ตนเอง" at a page's foot, "และการพัฒนาคุณภาพงาน..." lost: fresh set
    s103p, obec_progress_s103p002, a silent miss).  closes_lost leaves the
    alignments (a real report prints a statement shorter and longer), so
    nothing is read back: the text is kept as read and said
    (unknown_words, the words the longer printings go on with the pieces,
    "cut": "close").  Not where an issue names the field at the row's lines
    already."""
    if not page_last:
        return []
    named = {(i.field, i.line_start, i.line_end) for i in issues}
    rows, shapes = _column_shapes(tables, "alignments", "text")
    ordered = sorted(shapes)
    out: list[Issue] = []
    for row in rows:
        span, value = (row.get("line_start"), row.get("line_end")), row["text"]
        if span[1] not in page_last or ("alignments.text", *span) in named:
            continue
        kept = _specks_off_edges(value).strip()
        shape = _shape(kept)
        if len(shape) < HEAD_MIN_TEXT or _LATIN_RE.search(kept):
            continue
        found = [other for other in _opened_by(shape, ordered) if not _opens_a_text(other[len(shape):], ordered)
                 and _close_of_words(max(shapes[other], key=len), shape)]
        if not found:
            continue
        lost = [_after_shape(max(shapes[other], key=len), shape).strip() for other in found]
        text = max(shapes[found[0]], key=len)
        out.append(Issue(
            "warning", "unknown_words",
            f"alignments.text: {value!r} is the opening of a text the report prints whole elsewhere in the column "
            f"({text!r}), and its last line is its page's last: OCR may have lost its close with the page's foot; "
            "kept as read", {"text": value, "pieces": lost, "cut": "close"}, *span, project_key=row.get("project_key"),
            field="alignments.text"))
    return out


# what a close the report prints may hold: Thai letters and marks, figures, spaces and dots (no Latin letters, no
# symbols: page debris OCR ran onto a printing)
_CLOSE_CHARS_RE = regex.compile(r"[\u0e01-\u0e4e\d๐-๙\s.]+")


def _after_shape(text: str, shape: str) -> str:
    """`text`'s words past the part whose skeleton (_shape: each figure one
    mark) is `shape`, the space before them kept; "" where no part is."""
    for i in range(len(text) + 1):
        if _shape(text[:i]) == shape and not (i < len(text) and regex.match(r"[\d๐-๙]|[.,][\d๐-๙]", text[i:i + 2])):
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            return text[j:]
    return ""


def _words_of_the_report(words: str) -> bool:
    """Whether `words` are words of the report's own: Thai letters and marks,
    figures and spaces only, opening and ending with a letter, every Thai
    token a dictionary word (no page debris, no other text's cut end)."""
    words = words.strip()
    letter = r"[\u0e01-\u0e4e]"
    return (bool(words) and _CLOSE_CHARS_RE.fullmatch(words) is not None and regex.match(letter, words) is not None
            and regex.match(letter, words[-1]) is not None and plausibility(words)[0] == 1.0)


def _close_of_words(text: str, shape: str) -> bool:
    """Whether `text`'s words past the part `shape` is the skeleton of
    (with the word they end, where the cut falls inside one) are words of
    the report's own: Thai letters and marks, figures and spaces only,
    opening and ending with a letter, every Thai token a dictionary word.
    Not page debris OCR ran onto that printing ("... ศตวรรษ ที่ ใ๒๑", "...
    ตรวจสอบได้ ๑ สลส๑"), nor the next item run on after its number ("... 2
    ร้อยละ ๑๐๐ ของ..."), which make that printing the longer one: the
    shorter is whole."""
    rest = _after_shape(text, shape)
    head = text[: len(text) - len(rest)]
    words = (head.split()[-1] if head and not head[-1].isspace() and head.split() else "") + rest
    return (regex.match(r"\s*[\u0e01-\u0e4e]", rest) is not None and regex.match(r"[\u0e01-\u0e4e]", words.strip())
            is not None and _words_of_the_report(words))


def _opened_by(shape: str, ordered: list[str]) -> list[str]:
    """The skeletons of `ordered` (sorted) that open with `shape` and go on
    CLOSE_MIN_LOST letters or more past it, found by bisection: the longer
    printings whose close a text that is `shape` may have lost."""
    out = []
    for other in ordered[bisect_right(ordered, shape):]:
        if not other.startswith(shape):
            break
        if len(other) - len(shape) >= CLOSE_MIN_LOST:
            out.append(other)
    return out


def _opens_a_text(rest: str, ordered: list[str]) -> bool:
    """Whether `rest` (a skeleton) is, or opens with, the opening of a text
    of the column (`ordered`: its skeletons, sorted): the next text run on
    after this one, no close of its own."""
    opening = rest[:HEAD_MIN_TEXT]
    at = bisect_left(ordered, opening)
    return at < len(ordered) and ordered[at].startswith(opening)


def _holding(opening: str, longer: list[str], joined: str, starts: list[int]) -> list[str]:
    """The texts of `longer` that hold `opening` after their first
    HEAD_MIN_LOST letters, in their order (`joined`: them parted by NULs,
    which skeletons hold only where the text did; `starts`: where each opens
    in it)."""
    if "\0" in opening:  # (a NUL the text kept: looked for text by text, a match never across two)
        return [other for other in longer if other.find(opening, HEAD_MIN_LOST) >= 0]
    out: list[str] = []
    at = joined.find(opening)
    while at >= 0:
        k = bisect_right(starts, at) - 1
        if at - starts[k] >= HEAD_MIN_LOST:
            out.append(longer[k])
            at = starts[k + 1] if k + 1 < len(starts) else len(joined)  # (the next text: each once)
        else:
            at += 1
        at = joined.find(opening, at)
    return out


def _fuller_before(shape: str, longer: list[str],
                   shapes: dict[str, list[str]]) -> list[tuple[str, str, str, int, bool]]:
    """(the fuller printing, the words it holds before `shape` with a space
    after them where it prints one, the words after it where its close was
    lost too, the rows printing it, whether those words before are more than
    `shape` keeps or hold a count (_HEAD_COUNT_RE), or the longer text is
    printed as often as `shape` (then its words before must be the
    report's: _words_of_the_report), not to be read back) for each of
    `longer` (skeletons) holding `shape` after HEAD_MIN_LOST letters or more
    (whole, or its opening HEAD_MIN_TEXT letters and more up to the longer
    one's end: OCR cut that printing's close), printed by as many rows as
    `shape` or more (the report's wording; a printing with page debris
    before it is the rarer one), the letters before it no text of the column
    (`shapes`: two texts run together), with no figure (a page number, a
    footer's) and opening with a letter, not a mark or a following vowel
    (the tail of another text run in), nor ending with a word that joins a
    text to it (_CLAUSE_JOINERS: the report's wording joining two of its
    texts).  The fuller printing is the one of the most marks."""
    opening = shape[:HEAD_MIN_TEXT]
    found = []
    for other in longer:
        if len(other) < HEAD_MIN_TEXT + HEAD_MIN_LOST:
            break
        at = other.find(opening, HEAD_MIN_LOST)
        if (at < 0 or other[:at] in shapes or len(shapes[other]) < len(shapes[shape])
                or (_HEAD_DEBRIS_RE.search(other[:at]) and not _HEAD_COUNT_RE.match(other[:at]))):
            continue
        as_often = len(shapes[other]) == len(shapes[shape])
        k = HEAD_MIN_TEXT
        while k < len(shape) and at + k < len(other) and shape[k] == other[at + k]:
            k += 1
        if k < len(shape) and (at + k < len(other) or len(shape) - k > max(HEAD_REST_MAX, len(shape) // 4)):
            continue  # (the two part after a common stretch, or this one goes on far past the other's close:
            # other texts, or two run together)
        text = max(shapes[other], key=len)  # (the most marks: skeletons alike)
        head = _words_before(text, at)
        if head.strip().endswith(_CLAUSE_JOINERS):
            continue  # (a text of its own joined after another: "... สพฐ. และ สพป. ...")
        if as_often and (not _words_of_the_report(head)
                         or any(o != other and o.startswith(other[:min(at, HEAD_MIN_TEXT)]) for o in shapes)):
            continue  # (printed as often, the longer one with debris or another text of the column before it is
            # the damaged one: two texts run together)
        # (its close lost too, where it ends inside the other: the other's words after it)
        tail = ""
        if k == len(shape) and at + k < len(other) and "#" not in other[:at + k]:
            tails = {skeleton(_words_after(t, at + k)) for t in shapes[other]}
            tail = _words_after(text, at + k) if len(tails) == 1 else ""  # (its figures the same in every printing)
        found.append((text, head, tail, len(shapes[other]), at > len(shape) or "#" in other[:at] or as_often))
    return found


# tokens of no Thai letter (Latin letters, symbols; three characters at most) at a text's edges: what OCR made of
# the words the page's margin cut ("b ยนได้รับ...", ". We ยนได้รับ...")
_EDGE_SPECKS_RE = regex.compile(r"^\s*(?:[^\s\u0e01-\u0e4e\d๐-๙]{1,3}\s+)+|(?:\s+[^\s\u0e01-\u0e4e\d๐-๙]{1,3})+\s*$")
# the characters that end a text with no speck at that edge: a Thai letter or mark, a digit (neither white space
# nor a speck's character: _EDGE_SPECKS_RE can match at neither edge of a text they open and close)
_PLAIN_EDGES = frozenset([chr(c) for c in range(0x0E01, 0x0E4F)] + list("0123456789๐๑๒๓๔๕๖๗๘๙"))


def _specks_off_edges(text: str) -> str:
    """`text` without the specks at its edges (_EDGE_SPECKS_RE); a text that
    opens and closes with a letter or a digit, most, is returned as it is
    without the pattern's pass over each of its spaces (a speed-up, no rule)."""
    if text and text[0] in _PLAIN_EDGES and text[-1] in _PLAIN_EDGES:
        return text
    return _EDGE_SPECKS_RE.sub("", text)
# words that join what follows to the words before ("... จุดเน้นของ สพฐ. และ", "... ในสถานศึกษา ให้แก่"): a
# head ending so holds the text as a part of the report's own wording
_CLAUSE_JOINERS = ("และ", "หรือ", "แก่", "ของ", "โดย", "กับ", "ซึ่ง", "เพื่อ", "ใน", "ที่", "ตาม", "ด้วย")
# a head that is no opening words: it holds a figure (a page number, a footer's), or opens with a vowel that
# follows its letter (ะ า ๅ: the tail of another word run in); skeletons hold no mark above or below
_HEAD_DEBRIS_RE = regex.compile(r"[\d๐-๙#]|^[\u0e30\u0e32\u0e45]")
_FIGURES_RE = regex.compile(r"[\d๐-๙]+(?:[.,][\d๐-๙]+)*")
# a head whose figure is a count inside the wording's words (HEAD_MIN_TEXT letters before it: "ผู้บริหาร...
# จำนวน ๑๓๕ คน"), not a page number or a footer's at its edge: the text may be read back from none of its printings
# (each counts otherwise), but its loss is said
_HEAD_COUNT_RE = regex.compile(rf"^[^\d๐-๙#\u0e30\u0e32\u0e45][^\d๐-๙#]{{{HEAD_MIN_TEXT - 1},}}#[^\d๐-๙]")


@lru_cache(maxsize=4096)  # (a speed-up: the rules comparing a column's printings take each text's shape again and again)
def _shape(text: str) -> str:
    """A text's skeleton with each figure one "#": the report's wording, whatever each row counts ("มีผู้เข้าร่วม
    กิจกรรม จำนวน ๓๐ คน")."""
    return skeleton(_FIGURES_RE.sub("#", text))


@lru_cache(maxsize=4096)  # (a speed-up: each check of a column's printings takes its texts' shapes again)
def _edge_shape(text: str) -> str:
    """A text's shape (_shape), specks at its edges aside."""
    return _shape(_specks_off_edges(text))


def _words_after(text: str, n: int) -> str:
    """The text's words after its `n`th skeleton letter and the marks on it, the space before them kept."""
    seen = 0
    for i, ch in enumerate(text):
        if skeleton(ch):
            if seen == n:
                j = i
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                return text[j:]
            seen += 1
    return ""


def _words_before(text: str, n: int) -> str:
    """The text's words up to its `n`th skeleton letter (with the marks on
    it), and one space after them where the text prints one there."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == n and (ch.isspace() or skeleton(ch)):
            return text[:i].strip() + (" " if ch.isspace() else "")
        if skeleton(ch):
            seen += 1
    return text


# the lists whose rows a round prints once each: no report prints one target, activity, alignment or finding twice
# in one list (the truth of every committed set has no such pair among its OBEC rounds)
# (not alignments: a real report prints one alignment statement under the same plan heading twice in a quarter,
# "กิจกรรมที่ดำเนินการในไตรมาสจะไม่ส่งผลต่อค่าเป้าหมายที่กำหนด": sample 004)
TWICE_FIELDS = ("targets", "activities", "findings")
TWICE_MIN_TEXT = 10  # skeleton letters a text holds at least ("-", "ไม่มี" may stand in several rows)


def texts_twice(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """A repeated_row warning on the table for each row of a round's list
    (a project's rows of one quarter and kind) whose text (skeleton: marks,
    spaces and dots aside) a row before it in the same list holds already:
    OCR read a line twice (a page's break between), or the row's own text
    was lost and another's read into its place; at the later row's lines,
    unless an issue names the table or the field there already.  Both rows
    are kept."""
    out: list[Issue] = []
    for table in TWICE_FIELDS:
        seen: dict[tuple, dict[str, Any]] = {}
        for row in tables.get(table, []):
            text = row.get("text")
            if not isinstance(text, str) or len(shape := skeleton(text)) < TWICE_MIN_TEXT:
                continue
            key = (row.get("project_key"), row.get("quarter"), row.get("kind"), shape)
            first = seen.setdefault(key, row)
            if first is row:
                continue
            span = (row.get("line_start"), row.get("line_end"))
            if any(i.field in (table, f"{table}.text") and i.line_start is not None and span[0] is not None
                   and i.line_start <= span[1] and span[0] <= i.line_end for i in issues):
                continue
            out.append(Issue(
                "warning", "repeated_row",
                f"{table}: quarter {row.get('quarter')} of a project lists {text!r} twice (rows "
                f"{first.get('seq')} and {row.get('seq')}, lines {first.get('line_start')} and {span[0]}): a round "
                "prints each of its items once, so OCR read a line twice or this row's own text was lost and "
                "another's read in; both are kept",
                {"key": {"quarter": row.get("quarter"), "kind": row.get("kind"), "text": text}},
                *span, project_key=row.get("project_key"), field=table))
    return out


JOINED_MIN_TEXT = 15  # skeleton letters each of the two texts holds at least (a short text ends or opens many)


# the lists whose rows a joined item is cut from (split_joined_items): a round's targets and findings, each row
# one item of its list, numbered within the list (not activities: an activity's text and its progress are read
# as a pair)
SPLIT_FIELDS = ("targets", "findings")
# the next item's number OCR read alone at the end of the item before ("... จำนวน 7 โรงเรียน 2" for "๓)"): no
# part of that item's words
_TRAILING_NUMBER_RE = regex.compile(r"\s+[\d๐-๙]{1,2}[.)]?$")


def split_joined_items(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                       after_debris: frozenset[tuple[str, int]] = frozenset(),
                       numbered: frozenset[tuple[str, int]] = frozenset(),
                       amid: frozenset[tuple[str, int]] = frozenset()) -> list[Issue]:
    """Each SPLIT_FIELDS row whose text ends with a text other rows of the
    same column and kind (and of no other kind) print as rows of their own,
    after a space, JOINED_MIN_TEXT
    letters or more each side (skeletons, each figure one mark, specks at
    the edges aside), is two items OCR read as one: the next item's number
    lost, its lines run into the item before.  The row is cut there: it
    keeps the words before (a lone figure at their end, the next item's
    number OCR read alone, left out), and a row after it in its list (the
    project's rows of its quarter and kind) holds the words after, the
    list's later rows one further on (value_repaired, rule "items_joined",
    on each of the two rows).  The words before are cut again where they
    end so too.  Not where the row's whole text is printed by another row
    too, specks OCR left inside it aside (one text printed alike twice is
    the report's wording, not an accident of OCR; _bare_shape), where the words before hold Latin letters (OCR's
    junk of other lines: more items may be run in, and the rows after would
    stand one short of their place; texts_joined says it), nor where a
    repair has changed the text at the row's lines already.  Where the
    words before a cut end with a word no text ends with
    (normalizers.words.open_end: "... และพัฒนาคุณภาพงานให้" / "มีประสิทธิภาพ
    มากยิ่งขึ้น", the row that prints the words after alone being a guessed
    cut or a line OCR broke off) the row is kept as read and said
    (items_cut_in_doubt); so too where the words after a cut open with a
    joining word (_opening_joiner: no item opens with one, "... เพื่อพัฒนา
    เด็กปฐมวัย" / "โดยกำหนดการดำเนินงานดังนี้", the rows that print those
    words alone being items' wrapped closes OCR broke off).  Where the
    row's list holds a row shorter than JOINED_MIN_TEXT letters that no
    other row prints (a piece of another line read as an item, a page
    heading's wrapped tail: the list's numbers paired one off, so which
    place each item takes is not known) the row is kept as read and said
    (items_cut_in_doubt on the table, the parts as candidates: the rows
    of the items after it are lost).  So too where the row's list printed
    its numbers apart from its texts and was paired with them by paragraphs
    the page's line widths leave in doubt (an items_cut_in_doubt of
    lists.paired_in_doubt at the row's lines): a paragraph the row opens
    with may be the wrapped tail of the item before (OCR broke its printed
    line in two), and the words before the cut no item of their own.  So
    too where the words before end with a text a letter or two off one
    other rows print (_nearly_joined: a further item OCR damaged, which no
    exact cut finds, so the rows the cut would make stand short of the
    list's places).  So too where the row's list read it as an item the
    report prints whole run on past a gap into text no item is (an
    items_cut_in_doubt of lists.known_head_run_on, RAN_ON_IN_DOUBT, at the
    row's lines: an item whose number OCR lost run in): a cut at its end
    leaves the words before it one row still, which may be two items or
    more, so the rows it makes need not stand at the list's places.  So
    too where every row that prints the words after the cut alone may have
    lost its opening words: heads_lost said so (an unknown_words whose
    "cut" is the head) and its first line stands right after a line OCR
    read as specks under its heading (`after_debris`: (table, line number)
    of such lines, rounds.RoundRecords.after_debris): those words may be
    that row's tail, the specks its head, and the longer row one item
    printed whole ("ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนา..." against
    "IS" / "ได้รับการพัฒนา..."); a row right under its heading is a witness
    still (heads_lost's word alone is circular: the joined row itself
    makes it look headless).  Not where the row's item opens with its
    number and the next item of its list with the next number (`numbered`:
    (table, first line) of such items, rounds.numbered_on): no number was
    lost after it, so nothing ran into it (the row that prints its tail
    alone is a list whose wrap OCR read as an item of its own; before, a
    numbered item was cut in two and a row added: fresh set s85o,
    obec_progress_s85o003).  A row witnesses no item alone where its list
    was parted by the items the report prints whole (lists.PARTED_BY_KNOWN:
    circular), nor where it opens with no number amid items that do
    (`amid`: (table, first line) of such items, rounds.unnumbered_amid): a
    piece of an item whose head OCR lost with its number, "เร่งรีบ
    เนื่องจาก..." of "...ปฏิบัติงานแบบกระชั้นชิด" / "เร่งรีบ เนื่องจาก..." (fresh
    sets s118p, s118q: the cut made a right item two wrong rows)."""
    if not enabled():
        return []
    repaired = {(i.field, i.line_start, i.line_end) for i in issues if i.code == "value_repaired"}
    # (the rows heads_lost said lost their opening words)
    headless = {(i.field, i.line_start, i.line_end) for i in issues
                if i.code == "unknown_words" and i.evidence and '"cut": "head' in i.evidence}
    out: list[Issue] = []
    for table in SPLIT_FIELDS:
        rows, shapes = _column_shapes(tables, table, "text")
        # (each shape every row printing which may have lost its head to specks: no witness of an item alone)
        beheaded = _printed_only_headless(rows, table, headless, after_debris)
        kinds: dict[str, set[Any]] = {}
        for row in rows:
            kinds.setdefault(_edge_shape(row["text"]), set()).add(row.get("kind"))
        # (each text's shape without its specks inside too: _bare_shape)
        bare = Counter(_bare_shape(row["text"]) for row in rows)
        # (each kind's texts: those no row of another kind prints, a text of another list being one whose heading
        # OCR lost with its item run into the list before, "... ศตวรรษที่ 21 ผู้เข้าร่วมโครงการมีความพึงพอใจ..." an
        # indicator under the outcomes: it is no item of this list)
        # (each shape some row prints from a list not in doubt of its gaps: a row of a list whose numbers stood apart
        # and were paired by paragraphs whose gap may fall inside an item, lists.paired_in_doubt's GAP_IN_DOUBT, may
        # hold a piece of an item OCR's gap cut off, "มาปฏิบัติงานโดยบริสุทธิ์..." of "สพป.X เขต 1 ได้บุคลากร... / gap /
        # มาปฏิบัติงาน...": no witness of an item alone)
        witnessed = {_edge_shape(row["text"]) for row in rows if not _paired_in_doubt_at(row, table, issues)
                     and (table, row.get("line_start")) not in amid and not _parted_at(row, table, issues)}
        own = {kind: {shape: shapes[shape] for shape, where in kinds.items() if where == {kind} and shape in witnessed}
               for kind in {k for where in kinds.values() for k in where}}
        openings = openings_of(rows)
        field = f"{table}.text"
        for row in rows:
            span = (row.get("line_start"), row.get("line_end"))
            if len(shapes.get(_edge_shape(row["text"]), ())) > 1 or bare[_bare_shape(row["text"])] > 1 \
                    or (field, *span) in repaired or (table, span[0]) in numbered:
                continue
            printed, parts, ends = row["text"], [], []
            head = printed
            while (cut := _joined_at(head, own[row.get("kind")])) is not None:
                head, tail, end = cut
                parts.insert(0, tail)
                ends.append(end)
            if parts and any(joined := [_opening_joiner(part) is not None for part in parts]) and not all(joined):
                # of several cuts, one whose words after open with a joining word is no cut (they go on from the words
                # before: "... ได้ดำเนินการประชุม" / "และจัดทำคำสั่ง..."), the others are made; before, the row was
                # kept whole and said, the item run into it lost with its row
                pieces = [head]
                for part, joins_on in zip(parts, joined):
                    if joins_on:
                        pieces[-1] = f"{pieces[-1]} {part}"
                    else:
                        pieces.append(part)
                head, parts = pieces[0], pieces[1:]
                ends = [open_end(piece) or _count_end(piece) for piece in pieces[:-1]]
            if not parts:
                if (inside := _opening_inside(printed, openings, tail_min=JOINED_MIN_TEXT)) is not None \
                        and not _inside_elsewhere(inside, row, rows) and not _said_in_doubt(row, table, issues):
                    # (no other row prints any part of it alone: no cut to make, but an item run in all the same)
                    out.append(Issue(
                        "warning", "items_cut_in_doubt",
                        f"{field}: {printed!r} (quarter {row.get('quarter')}, row {row.get('seq')}) holds "
                        f"{inside!r} after words of their own, the way other rows of the list open: another item "
                        "run in, its number lost (no row prints either part alone to cut it by); kept as read, one "
                        "item, the list's later items one place early or lost",
                        json.dumps({"text": printed}, ensure_ascii=False),
                        *span, project_key=row.get("project_key"), field=table))
                continue
            # (a cut whose words before end with a word no text ends with: the words after go on from them; or
            # whose words after open with a joining word, which no item opens with: they go on from the words before)
            goes_on = next((end for end in ends if end is not None), None)
            joins = next((word for part in parts if (word := _opening_joiner(part)) is not None), None)
            listed = tables[table]
            key = (row.get("project_key"), row.get("quarter"), row.get("kind"))
            stray = [other["text"] for other in listed if other is not row and isinstance(other.get("text"), str)
                     and (other.get("project_key"), other.get("quarter"), other.get("kind")) == key
                     and 0 < len(_edge_shape(other["text"])) < JOINED_MIN_TEXT
                     and len(shapes.get(_edge_shape(other["text"]), ())) < 2]
            doubts = {why for why in (PAIRED_IN_DOUBT, RAN_ON_IN_DOUBT) if span[0] is not None and span[1] is not None
                      and any(i.code == "items_cut_in_doubt" and i.field == table and why in i.message
                              and i.line_start is not None and i.line_end is not None
                              and i.line_start <= span[1] and span[0] <= i.line_end for i in issues)}
            paired, ran_on = PAIRED_IN_DOUBT in doubts, RAN_ON_IN_DOUBT in doubts
            nearly = None if stray or paired or ran_on or goes_on or joins else _nearly_joined(head, own[row.get("kind")])
            alone = next((part for part in parts if _edge_shape(part) in beheaded), None)
            inside = None if stray or paired or ran_on or goes_on or joins or nearly or alone \
                else _opening_inside(head, openings)
            if stray or paired or ran_on or goes_on or joins or nearly or alone or inside:  # (places or openings in doubt)
                why = (f"the words after a cut open with {joins!r}, a joining word no item opens with: they go on "
                       "from the words before, the item printed whole here (the rows that print them alone being its "
                       "wrapped close, a line OCR broke off), not an item of their own" if joins else
                       f"the only rows that print {alone!r} alone may have lost their opening words (heads_lost said "
                       "so, and a line OCR read as specks stands right above them under their heading): the words "
                       "before it here may be theirs, one item printed whole, not two" if alone else
                       f"the words before a cut end with {goes_on!r}, a word no text ends with: the words after it "
                       "may be that item's wrapped close, which another row printed apart (a line OCR broke off, "
                       "or a cut guessed there), not an item of their own" if goes_on else
                       f"its list holds {stray!r}, too short for an item and printed nowhere else (a piece of another "
                       "line read as an item): which place each item takes is not known" if stray else
                       "its list printed its numbers apart from its texts and was paired with them by paragraphs "
                       "the page's line widths leave in doubt: the words before may be the wrapped tail of the "
                       "item before, not an item of their own" if paired else
                       "its list read it as an item the report prints whole run on past a gap into text no item is "
                       "(an item whose number OCR lost run in): where the words after the gap end, and how many items "
                       "they are, is not known, so the rows a cut would make need not stand at the list's places"
                       if ran_on else
                       f"the words before end with {nearly!r}, a letter or two off a text other rows print as a row "
                       "of its own: another item run in, OCR having damaged its letters, so the rows the cut would "
                       "make stand short of the list's places" if nearly else
                       f"the words before hold {inside!r} after words of their own, the way other rows of the list "
                       "open: another item run in, its number lost and no row printing it alone, so the rows the cut "
                       "would make stand short of the list's places")
                out.append(Issue(
                    "warning", "items_cut_in_doubt",
                    f"{field}: {printed!r} (quarter {row.get('quarter')}, row {row.get('seq')}) ends with "
                    f"{len(parts)} text(s) other rows of the report print as rows of their own: items OCR read as "
                    f"one, their numbers lost; but {why}; kept as read, one item" + (
                        "" if goes_on or joins or alone else f", the list's {len(parts)} later item(s) lost with their rows"),
                    json.dumps({"rule": "items_joined", "printed": printed, "chosen": None,
                                "candidates": [head, *parts], **({"stray": stray} if stray else {})},
                               ensure_ascii=False),
                    *span, project_key=row.get("project_key"), field=table))
                continue
            for other in listed:  # (the list's later rows: one place further on for each item cut out)
                if (other.get("project_key"), other.get("quarter"), other.get("kind")) == key \
                        and isinstance(other.get("seq"), int) and isinstance(row.get("seq"), int) \
                        and other.get("seq") > row["seq"]:
                    other["seq"] += len(parts)
            row["text"] = head
            added = [{**row, "text": part, "seq": row["seq"] + k if isinstance(row.get("seq"), int) else None}
                     for k, part in enumerate(parts, 1)]
            at = next(i for i, other in enumerate(listed) if other is row)
            listed[at + 1:at + 1] = added
            for k, chosen in enumerate([head, *parts]):
                out.append(Issue(
                    "warning", "value_repaired",
                    f"{field}: {printed!r} (quarter {row.get('quarter')}, row {row.get('seq')}) ends with "
                    f"{len(parts)} text(s) other rows of the report print as rows of their own: items OCR read as "
                    f"one, their numbers lost; read as {len(parts) + 1} rows, this one {chosen!r}",
                    json.dumps({"rule": "items_joined", "printed": printed, "chosen": chosen,
                                "parts": [head, *parts]}, ensure_ascii=False),
                    *span, project_key=row.get("project_key"), field=field))
    return out


def _paired_in_doubt_at(row: dict[str, Any], table: str, issues: list[Issue]) -> bool:
    """Whether a row stands in a list whose numbers stood apart and were
    paired with its texts by paragraphs whose gap may fall inside an item
    (an items_cut_in_doubt of lists.paired_in_doubt, PAIRED_IN_DOUBT for
    GAP_IN_DOUBT's reasons or PLACES_BY_PARAGRAPHS's, its first numbers
    lost, on the table at the row's lines), or were not
    paired at all, its texts standing in fewer paragraphs than its numbers
    (a missing_row of rounds.read_round, APART_UNPAIRED, there): its items
    were read as they run, and a row of it may be an item's wrapped tail,
    its head lost ("lo." / "vy 1" / "เข้าร่วมการประชุมเชิงปฏิบัติการ" for
    "๑. ผู้บริหาร... จำนวน ๘๗ คน" / "เข้าร่วมการประชุม...": fresh set s78b,
    obec_progress_s78b003, where it was taken for an item alone and
    another project's item cut in two there)."""
    return _named_at(row, table, issues, lambda i: i.code == "items_cut_in_doubt" and PAIRED_IN_DOUBT in i.message
                     and (GAP_IN_DOUBT in i.message or PLACES_BY_PARAGRAPHS in i.message)
                     or i.code == "missing_row" and APART_UNPAIRED in i.message)


def _parted_at(row: dict[str, Any], table: str, issues: list[Issue]) -> bool:
    """Whether a row stands in a list without numbers that the items the
    report prints whole elsewhere parted (an items_cut_in_doubt on the table
    at the row's lines saying PARTED_BY_KNOWN): where its items end was read
    off other rows, so it witnesses nothing of its own."""
    return _named_at(row, table, issues, lambda i: i.code == "items_cut_in_doubt" and PARTED_BY_KNOWN in i.message)


def _named_at(row: dict[str, Any], table: str, issues: list[Issue], which: Callable[[Issue], bool]) -> bool:
    """Whether an issue on the table that `which` takes names lines of the row (the row and the issue with lines)."""
    start, end = row.get("line_start"), row.get("line_end")
    return start is not None and end is not None and any(
        i.field == table and i.line_start is not None and i.line_end is not None and i.line_start <= end
        and start <= i.line_end and which(i) for i in issues)


def _printed_only_headless(rows: list[dict[str, Any]], table: str, headless: set[tuple[Any, Any, Any]],
                           after_debris: frozenset[tuple[str, int]]) -> set[str]:
    """The shapes (_edge_shape) of the texts of `rows` every row printing
    which may have lost its opening words to a line of specks: heads_lost
    said it lost them (`headless`: (field, line_start, line_end) of its
    unknown_words) and its first line stands right after a line left out
    as debris under its heading (`after_debris`).  Such a row is no witness
    that its words stand as an item of their own (split_joined_items)."""
    said: dict[str, bool] = {}
    for row in rows:
        shape = _edge_shape(row["text"])
        lost = (f"{table}.text", row.get("line_start"), row.get("line_end")) in headless \
            and (table, row.get("line_start")) in after_debris
        said[shape] = said.get(shape, True) and lost
    return {shape for shape, lost in said.items() if lost}


def _opening_joiner(text: str) -> str | None:
    """The joining word `text` opens with, specks at its edge aside
    (normalizers.words.opening_joiner: no item of the form's lists opens
    with one, so an item that does is the wrapped tail of the item before,
    OCR having broken its line into a paragraph of its own)."""
    return opening_joiner(_specks_off_edges(text))


def tails_rejoined(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Each SPLIT_FIELDS row whose text opens with a joining word
    (_opening_joiner: "และพัฒนาคุณภาพงาน...") is the wrapped tail of the
    item before it in its list (the project's rows of its quarter and
    kind): OCR broke the item's printed line into a paragraph of its own,
    read as an item.  Where the text before it, a space and the row's words
    up to a gap (its whole text, or its opening words, the rest another
    item run in) make a text another row of the column prints as a row of
    its own (skeletons, specks at the edges aside; JOINED_MIN_TEXT letters
    or more), those words go back to the row before: the row keeps the rest,
    or is dropped when none is left, the list's later rows one place back
    (value_repaired, rule "tail_rejoined", on each row changed).  The
    longest such opening; where no other row prints the joined text the
    rows are kept as read (the opening words may have been lost instead: the
    unknown-words check says the joining word)."""
    if not enabled():
        return []
    repaired = {(i.field, i.line_start, i.line_end) for i in issues if i.code == "value_repaired"}
    out: list[Issue] = []
    for table in SPLIT_FIELDS:
        rows, shapes = _column_shapes(tables, table, "text")
        field = f"{table}.text"
        listed = tables.get(table, [])
        for row in rows:
            if not any(r is row for r in listed) or not isinstance(row.get("seq"), int) or _opening_joiner(row["text"]) is None:
                continue
            key = (row.get("project_key"), row.get("quarter"), row.get("kind"))
            before = next((other for other in listed if other is not row and isinstance(other.get("text"), str)
                           and (other.get("project_key"), other.get("quarter"), other.get("kind")) == key
                           and other.get("seq") == row["seq"] - 1), None)
            if before is None or any((field, r.get("line_start"), r.get("line_end")) in repaired
                                     for r in (row, before)):
                continue
            text = _specks_off_edges(row["text"]).strip()
            head = _specks_off_edges(before["text"]).strip()
            ends = [m.start() for m in regex.finditer(r"\s+", text)] + [len(text)]
            found = None
            for end in reversed(ends):
                joined = f"{head} {text[:end]}"
                shape = _edge_shape(joined)
                if len(shape) >= JOINED_MIN_TEXT and len(_edge_shape(text[:end])) > 0 \
                        and shape in shapes and shape != _edge_shape(before["text"]):
                    found = end
                    break
            if found is None:
                continue
            tail, rest = text[:found], text[found:].strip()
            if rest and (len(_edge_shape(rest)) < JOINED_MIN_TEXT or _opening_joiner(rest)):
                continue  # (what is left is no item of its own)
            printed_before, printed = before["text"], row["text"]
            before["text"] = f"{head} {tail}"
            changes = [(before, printed_before, before["text"])]
            if rest:
                row["text"] = rest
                changes.append((row, printed, rest))
            else:
                del listed[next(i for i, r in enumerate(listed) if r is row)]
                for other in listed:  # (the list's later rows: one place back)
                    if (other.get("project_key"), other.get("quarter"), other.get("kind")) == key \
                            and isinstance(other.get("seq"), int) and other["seq"] > row["seq"]:
                        other["seq"] -= 1
            for changed, was, now in changes:
                out.append(Issue(
                    "warning", "value_repaired",
                    f"{field}: {printed!r} (quarter {row.get('quarter')}, row {row.get('seq')}) opens with a "
                    f"joining word, which no item does: the wrapped tail of the item before, OCR having broken "
                    f"its line apart; {tail!r} joined to it, as other rows of the report print the text whole"
                    + ("" if rest else ", and the row dropped") + f"; this row {was!r} -> {now!r}",
                    json.dumps({"rule": "tail_rejoined", "printed": was, "chosen": now, "tail": tail,
                                "rest": rest or None}, ensure_ascii=False),
                    changed.get("line_start"), changed.get("line_end"), project_key=changed.get("project_key"),
                    field=field))
            if not rest:
                out.append(Issue(
                    "warning", "value_repaired",
                    f"{field}: {printed!r} (quarter {row.get('quarter')}, row {row.get('seq')}) is the wrapped "
                    "tail of the item before, joined to it: the row dropped, the list's later rows one place back",
                    json.dumps({"rule": "tail_rejoined", "printed": printed, "chosen": None, "tail": tail,
                                "rest": None}, ensure_ascii=False),
                    row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"), field=field))
    return out


def _bare_shape(text: str) -> str:
    """A text's shape (_edge_shape) without the specks OCR left inside it
    (_INNER_SPECKS_RE: a comma, a quote or a dot between its words, "...
    ปฏิบัติงานแบบ, กระชั้นชิด ..."): another row printing the text whole but
    for such a speck is the reading where a wrapped line continues the item,
    which a copy that broke the line into an item of its own does not outvote
    (split_joined_items: fresh set s58z obec 001)."""
    return _INNER_SPECKS_RE.sub("", _edge_shape(text))


_INNER_SPECKS_RE = regex.compile(r"[,.'`’‘\"“”]")


def _nearly_joined(head: str, shapes: dict[str, list[str]]) -> str | None:
    """The words `head` ends with, after a space, JOINED_MIN_TEXT letters or
    more each side, whose shape is a letter or two off (NEARLY_EDITS, one for
    each NEARLY_PER letters more) a text of `shapes` but none of them: the
    words before a cut split_joined_items made, ending with a further item
    OCR damaged (a vowel read as its lookalike, "เข้าไจ" for "เข้าใจ"), which
    no cut of exact shapes finds.  None where they end with none."""
    for gap in regex.finditer(r"\s+", head):
        before, tail = head[:gap.start()], _specks_off_edges(head[gap.end():]).strip()
        shape = _edge_shape(tail)
        if len(shape) < JOINED_MIN_TEXT or len(_edge_shape(before)) < JOINED_MIN_TEXT or shape in shapes:
            continue
        edits = NEARLY_EDITS + len(shape) // NEARLY_PER
        if any(abs(len(other) - len(shape)) <= edits and Levenshtein.distance(shape, other, score_cutoff=edits) <= edits
               for other in shapes if len(other) >= JOINED_MIN_TEXT):
            return tail
    return None


NEARLY_EDITS = 1  # letters a text OCR damaged differs by from its printing elsewhere, at least ...
NEARLY_PER = 30  # ... and one more for each so many letters it holds


# An item's opening words: its first OPENING_WORDS words (specks at its edge aside), as a shape, of
# OPENING_MIN_TEXT skeleton letters at least; one OPENING_ROWS rows of a column open with or more is the list's way
# of opening an item (the office's name: "สพป.ชัยภูมิ เขต ๑ ได้ดำเนินการ...")
OPENING_WORDS = 2
OPENING_MIN_TEXT = 8
OPENING_ROWS = 2


def _opening(text: str) -> str | None:
    """A text's opening words (see above) as a shape; None where they are too short, or hold a figure (a
    numbered label, "กิจกรรมที่ ๑ ...": an item's own sub-list opens so, inside it, sample 004)."""
    words = _specks_off_edges(text).split()[:OPENING_WORDS]
    shape = _edge_shape(" ".join(words)) if len(words) == OPENING_WORDS else ""
    return shape if len(shape) >= OPENING_MIN_TEXT and "#" not in shape else None


def openings_of(rows: list[dict[str, Any]]) -> set[str]:
    """The openings (_opening) OPENING_ROWS rows of `rows` or more open with."""
    counts = Counter(o for row in rows if (o := _opening(row["text"])) is not None)
    return {o for o, n in counts.items() if n >= OPENING_ROWS}


def _opening_inside(head: str, openings: set[str], tail_min: int = 0) -> str | None:
    """The words inside `head`, after a space and JOINED_MIN_TEXT letters of
    its own, that open as other rows of its column open (`openings`): the
    words before a cut split_joined_items made hold another item whose
    number OCR lost, which no witness names (fresh set s83c,
    obec_progress_s83c002: "ได้เผยแพร่ผล...ของสำนักงาน สพป.ชัยภูมิ เขต ๑
    ได้ดำเนินการขับเคลื่อน... ครบตามแผนที่กำหนด" before the witnessed
    "ได้ดำเนินการนิเทศ ติดตาม..."): the rows a cut would make stand short of the
    list's places.  With `tail_min`, the words from the opening on hold
    that many letters at least (an item of its own, not a name closing
    the words before: "... โรงเรียนในสังกัด สพป.ขอนแก่น เขต ๑").  None
    where they hold none."""
    for gap in regex.finditer(r"\s+", head):
        if len(_edge_shape(head[:gap.start()])) < JOINED_MIN_TEXT or len(_edge_shape(head[gap.end():])) < tail_min:
            continue
        if open_end(head[:gap.start()]) is not None:
            continue  # (the words before go on into it: "การบริหารจัดการของ สพป.X เขต ๑ ...", the office their object)
        if (o := _opening(head[gap.end():])) is not None and o in openings:
            return " ".join(head[gap.end():].split()[:OPENING_WORDS])
    return None


def _said_in_doubt(row: dict[str, Any], table: str, issues: list[Issue]) -> bool:
    """Whether an items_cut_in_doubt or a missing_row on the table already names the row's lines (its list said in
    doubt there, or a row said lost)."""
    return _named_at(row, table, issues, lambda i: i.code in ("items_cut_in_doubt", "missing_row"))


def _inside_elsewhere(opening: str, row: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
    """Whether another row of the column holds `opening` (words, as
    _opening_inside gives them) after words of its own: the list's wording
    prints it inside an item too ("การบริหารจัดการของ สพป.X เขต ๑ มี...", "สพป.X
    เขต ๕ ได้ดำเนินการนิเทศ ติดตาม..."), so inside a row it tells no item run in."""
    shape = _edge_shape(opening)
    for other in rows:
        if other is row:
            continue
        words = _specks_off_edges(other["text"]).split()
        if any(_edge_shape(" ".join(words[k:k + OPENING_WORDS])) == shape for k in range(1, len(words))):
            return True
    return False


def _joined_at(text: str, shapes: dict[str, list[str]]) -> tuple[str, str, str | None] | None:
    """(the words before, the text after, the word of
    normalizers.words.OPEN_END_WORDS the words before end with or None)
    where `text` ends, after a space, with a text of `shapes` (its
    skeleton), JOINED_MIN_TEXT letters or more each side, the words before
    holding no Latin letter; the longest such text.  None where it ends
    with none."""
    for gap in regex.finditer(r"\s+", text):
        head, tail = text[:gap.start()], _specks_off_edges(text[gap.end():]).strip()
        if len(_edge_shape(tail)) < JOINED_MIN_TEXT or _edge_shape(tail) not in shapes:
            continue
        raw = _specks_off_edges(head)
        head = _TRAILING_NUMBER_RE.sub("", raw).strip()
        if len(_edge_shape(head)) < JOINED_MIN_TEXT or _LATIN_RE.search(head):
            return None
        # (the word the words before end with, a figure after it kept: "... ศตวรรษที่ 21" ends with a figure; a count
        # word and its figure, or the specks OCR made of it, want the count's unit next: "... จำนวน ood" / "คน
        # เข้าร่วม...", the unit's line no item of its own)
        return head, tail, open_end(raw) or _count_end(text[:gap.start()])
    return None


# a count's word at a text's end, its figure after it (digits, or the look-alikes and specks OCR made of them,
# Thai letters among its digits too: "จำนวน ๑๐ฒ" for ๑๐๗), and the unit OCR read as Latin specks ("AU" for คน)
_COUNT_END_RE = regex.compile(rf"(?:^|\s){mark_tolerant('จำนวน', spaces=False)}"
                              rf"(?:\s+(?:[^\s\u0e01-\u0e2e]{{1,6}}|(?=\S*[\d๐-๙]){DIGIT_CHAR}{{1,6}}))?"
                              r"(?:\s+[A-Za-z]{1,3})?\s*$")


def _count_end(head: str) -> str | None:
    """The count word ("จำนวน") where `head` ends with it and at most its figure (no unit after it), else None."""
    return "จำนวน" if _COUNT_END_RE.search(head) else None


def texts_joined(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """A missing_row warning on the table for each row of TWICE_FIELDS
    whose text (skeleton, each figure one mark, specks at its edges aside)
    is two texts other rows of the same column print as rows of their own,
    one after the other, each JOINED_MIN_TEXT letters or more: the report
    prints those as two items, so this row is two items OCR read as one
    (their numbers lost, the lines run together), the second item's row
    lost.  At the row's lines, unless an issue names the table there
    already; the text is kept as read (which list each belongs to rests on
    the OCR'd layout: no cut is made)."""
    out: list[Issue] = []
    for table in TWICE_FIELDS:
        rows, shapes = _column_shapes(tables, table, "text")
        lengths = {len(s) for s in shapes}  # (a cut is asked only where both parts have a printed text's length)
        for row in rows:
            shape = _edge_shape(row["text"])
            if len(shape) < 2 * JOINED_MIN_TEXT:
                continue
            n = len(shape)
            cut = next((i for i in range(JOINED_MIN_TEXT, n - JOINED_MIN_TEXT + 1)
                        if i in lengths and n - i in lengths and shape[:i] in shapes and shape[i:] in shapes), None)
            if cut is None:
                continue
            span = (row.get("line_start"), row.get("line_end"))
            if any(i.field == table and i.line_start is not None and span[0] is not None
                   and i.line_start <= span[1] and span[0] <= i.line_end for i in issues):
                continue
            first, second = (max(shapes[part], key=len) for part in (shape[:cut], shape[cut:]))
            out.append(Issue(
                "warning", "missing_row",
                f"{table}: {row['text']!r} (quarter {row.get('quarter')}, row {row.get('seq')}) is two texts the "
                f"report prints as rows of their own ({first!r}, {second!r}), one after the other: two items OCR "
                "read as one, their numbers lost, the second item's row lost; kept as read",
                {"missing": [first, second]}, *span, project_key=row.get("project_key"), field=table))
    return out


PLAN_MIN_LOST = 3  # skeleton letters a plan heading read short lacks at least (a word, not a speck)


def plans_cut(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """An alignment's plan heading whose skeleton (digits as Arabic) is the
    opening of exactly one longer plan heading other alignment rows of the
    report print, PLAN_MIN_LOST letters or more short of it, two rows or
    more printing it where more rows than one print this one (no plan heading
    of the form opens another: the page wrapped the heading's tail onto a
    line of its own, OCR specks between, and it ran into the row's text),
    is read as that heading, its fullest printing (value_repaired, rule
    "plan_tail"); the tail, where the row's text opens with it (specks
    aside), is cut off the text, said with the plan.  Several longer
    headings: kept as read and said (repair_ambiguous).  A heading one row
    prints that opens with a shorter one more rows print is that one, the
    row's text run into it (_plan_run_on)."""
    rows = [row for row in tables.get("alignments", []) if isinstance(row.get("plan"), str)]
    heads: dict[str, list[str]] = {}
    for row in rows:
        heads.setdefault(_plan_shape(row["plan"]), []).append(row["plan"])
    out: list[Issue] = []
    for row in rows:
        shape = _plan_shape(row["plan"])
        if not shape:
            continue
        # a heading one row prints, its opening this heading that more rows print: that row's text ran into its
        # heading (_plan_run_on), no tail this one lost (fresh set s110p, obec_progress_s110p001: twelve rows of the
        # heading "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น" were "repaired" to one row's, its text's first line in
        # it).  A longer heading two rows or more print is the form's (the corpus twin's obec_progress_002: "...
        # แห่งชาติ ฉบับที่ ๑๒" whole in 4 rows, its tail wrapped away in 8): a text run on differs from row to row.
        longer = [h for h in heads if len(h) >= len(shape) + PLAN_MIN_LOST and h.startswith(shape)
                  and (len(heads[h]) >= 2 or len(heads[shape]) == 1)]
        if not longer:
            out += _plan_run_on(row, shape, heads)
            continue
        span, key, printed = (row.get("line_start"), row.get("line_end")), row.get("project_key"), row["plan"]
        if len(longer) > 1 or not enabled():
            out.append(Issue("warning", "repair_ambiguous", f"alignments.plan: {printed!r} opens several plan "
                             "headings the report prints: its tail lost, which it was is not known; kept as read",
                             json.dumps({"rule": "plan_tail", "printed": printed, "chosen": None,
                                         "candidates": [_fullest(heads[h]) for h in longer]}, ensure_ascii=False),
                             *span, project_key=key, field="alignments.plan"))
            continue
        chosen = _fullest(heads[longer[0]])
        row["plan"] = chosen
        rest = longer[0][len(shape):]
        text, cut = row.get("text"), None
        if isinstance(text, str):
            kept = _LEAD_SPECKS_RE.sub("", text)
            if _plan_shape(kept).startswith(rest):
                cut = _words_after(kept, len(rest)).strip()
                if cut:
                    row["text"] = cut
        out.append(Issue(
            "warning", "value_repaired",
            f"alignments.plan: {printed!r} is the opening of the plan heading {chosen!r} the report's other rounds "
            "print: the page wrapped its tail apart and OCR's specks stood between"
            + (f"; the tail, run into the row's text, is cut off it ({text!r})" if cut else ""),
            json.dumps({"rule": "plan_tail", "printed": printed, "chosen": chosen,
                        "support": len(heads[longer[0]]), "text": text}, ensure_ascii=False),
            *span, project_key=key, field="alignments.plan"))
        if cut:
            out.append(Issue("warning", "value_repaired", f"alignments.text: {text!r} opened with its plan heading's "
                             f"tail, the page having wrapped it apart; read as {cut!r}",
                             json.dumps({"rule": "plan_tail", "printed": text, "chosen": cut}, ensure_ascii=False),
                             *span, project_key=key, field="alignments.text"))
    return out


RUN_ON_LETTERS = 10  # Thai letters the words past the heading hold at least to be a line of the row's text


def _fullest(printings: list[str]) -> str:
    """A heading's printing with the most marks, the fewest spaces (OCR's, inside a word: "เป้าห มาย") among those."""
    return max(printings, key=lambda p: (len(p) - p.count(" "), -p.count(" ")))


def _plan_run_on(row: dict[str, Any], shape: str, heads: dict[str, list[str]]) -> list[Issue]:
    """An alignment's plan heading (skeleton `shape`) that one row prints,
    opening with exactly one shorter plan heading two rows or more print,
    PLAN_MIN_LOST letters or more longer, the words past it a line of text
    (RUN_ON_LETTERS Thai letters or more; no plan heading of the form
    opens another): the row's text ran into its heading's line, so it is
    that heading, its fullest printing, and the words past it go back to the
    opening of the row's text (value_repaired, rule "plan_run_on").  Several
    such headings: kept as read and said (repair_ambiguous)."""
    if len(heads[shape]) != 1:
        return []
    shorter = [h for h in heads if len(shape) >= len(h) + PLAN_MIN_LOST and shape.startswith(h) and len(heads[h]) >= 2]
    if not shorter:
        return []
    span, key, printed = (row.get("line_start"), row.get("line_end")), row.get("project_key"), row["plan"]
    if len(shorter) > 1 or not enabled():
        return [Issue("warning", "repair_ambiguous", f"alignments.plan: {printed!r} opens with several plan headings "
                      "more rows of the report print: the row's text ran into it, where it ends is not known; kept "
                      "as read", json.dumps({"rule": "plan_run_on", "printed": printed, "chosen": None,
                                             "candidates": [_fullest(heads[h]) for h in shorter]},
                                            ensure_ascii=False), *span, project_key=key, field="alignments.plan")]
    tail = _words_after(printed, len(shorter[0])).strip()
    if len(THAI_LETTER_RE.findall(tail)) < RUN_ON_LETTERS:
        return []  # (a heading's own figure or word the other rows lost, "ฉบับที่ ๑๐๓": no line of text)
    chosen = _fullest(heads[shorter[0]])
    text = row.get("text")
    joined = f"{tail} {text}" if isinstance(text, str) and text.strip() else tail
    row["plan"], row["text"] = chosen, joined
    return [Issue("warning", "value_repaired", f"alignments.plan: {printed!r} opens with the plan heading "
                  f"{chosen!r} that {len(heads[shorter[0]])} rows of the report print: the row's text ran into its "
                  f"heading's line; the words after the heading go back to the text, read as {joined!r}",
                  json.dumps({"rule": "plan_run_on", "printed": printed, "chosen": chosen,
                              "support": len(heads[shorter[0]]), "text": text}, ensure_ascii=False),
                  *span, project_key=key, field=field) for field in ("alignments.plan", "alignments.text")]


NAME_TAIL_LEAST = 3  # skeleton letters the wrapped tail of an activity's name holds at least (no speck)


def names_cut(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """A main activity whose name's skeleton (digits as Arabic) is the
    opening of a longer name other activity rows of the report print, the
    rest NAME_TAIL_LEAST letters or more, and whose progress opens with that
    rest ("จัดทำคำสั่งแต่งตั้งคณะกรรมการ" / "ดำเนินงาน", where another round
    prints "จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน"): the page wrapped the
    name's last words onto a line of their own after a gap, read as a new
    part, its progress.  The name is read as the longer one (the longest
    such: the rests are openings of one progress, so each holds the one
    before), its fullest printing, and the rest cut off the progress (no
    progress where nothing is left), value_repaired (rule "name_tail").  A
    progress the report prints as a name elsewhere is no progress, so no
    other reading competes.  Where no other row prints the longer name, a
    name that ends with its project's name's words, cut short where the
    project's name goes on, and a progress that opens with the rest of it
    (_title_tail) are read so too (evidence title)."""
    rows = [row for row in tables.get("activities", []) if isinstance(row.get("text"), str)]
    names: dict[str, list[str]] = {}
    for row in rows:
        names.setdefault(_plan_shape(row["text"]), []).append(row["text"])
    titles = {p.get("project_key"): _plan_shape(p["name"]) for p in tables.get("projects", [])
              if isinstance(p.get("name"), str)}
    out: list[Issue] = []
    for row in rows:
        progress = row.get("progress")
        shape = _plan_shape(row["text"])
        if not isinstance(progress, str) or not shape:
            continue
        said = _plan_shape(progress)
        longer = [h for h in names if len(h) >= len(shape) + NAME_TAIL_LEAST and h.startswith(shape)
                  and said.startswith(h[len(shape):])]
        tail = 0 if longer else _title_tail(shape, progress, said, titles.get(row.get("project_key"), ""))
        if not (longer or tail) or not enabled():
            continue
        printed = row["text"]
        if longer:
            full = max(longer, key=len)
            chosen = max(names[full], key=len)  # (the most marks)
            rest = _words_after(progress, len(full) - len(shape)).strip() or None
            support = len(names[full])
            why = f"the opening of the main activity {chosen!r} the report's other rounds print"
        else:
            chosen = f"{printed.rstrip()} {_words_before(progress, tail).strip()}"
            rest = _words_after(progress, tail).strip() or None
            support = 1
            why = f"the main activity {chosen!r} cut short where its project's name, which it ends as, goes on"
        row["text"], row["progress"] = chosen, rest
        span, key = (row.get("line_start"), row.get("line_end")), row.get("project_key")
        out.append(Issue(
            "warning", "value_repaired",
            f"activities.text: {printed!r} is {why}, and its progress ({progress!r}) opens with "
            "the rest: the page wrapped the name's last words apart, read as its progress; the name read whole, "
            + (f"the progress {rest!r}" if rest else "no progress left"),
            json.dumps({"rule": "name_tail", "printed": printed, "chosen": chosen, "support": support,
                        "text": progress} | ({} if longer else {"title": True}), ensure_ascii=False),
            *span, project_key=key, field="activities.text"))
    return out


TITLE_OVERLAP_LEAST = 6  # skeleton letters an activity's name ends with of its project's name, at least


def _title_tail(shape: str, progress: str, said: str, title: str) -> int:
    """The skeleton letters of a progress's opening words (NAME_TAIL_LEAST
    or more, whole words) that its activity's name (`shape`) lacks to end as
    its project's name (`title`, skeletons) ends: the name ends with
    TITLE_OVERLAP_LEAST letters or more of the title's, the progress opens
    with the title's rest (fresh s134p003: "ประชุม...ขับเคลื่อนโรงเรียนคุณภาพ
    ๑ อำเภอ ๑" / a gap / "โรงเรียนคุณภาพ", of the project "โครงการขับเคลื่อน
    โรงเรียนคุณภาพ ๑ อำเภอ ๑ โรงเรียนคุณภาพ"); 0 for none."""
    for k in range(min(len(said), len(title) - TITLE_OVERLAP_LEAST), NAME_TAIL_LEAST - 1, -1):
        if not title.endswith(said[:k]) or not shape.endswith(title[-k - TITLE_OVERLAP_LEAST:-k]):
            continue
        after = _words_after(progress, k)
        if not after or after[0].isspace():  # (the progress cut between two words)
            return k
    return 0


# tokens of no Thai letter, three characters at most, before a text: specks ("7)", "a") OCR read between the
# heading's line and its tail's
_LEAD_SPECKS_RE = regex.compile(r"^\s*(?:[^\s\u0e01-\u0e4e]{1,3}\s+)+")


def _plan_shape(text: str) -> str:
    """A heading's skeleton, its digits Arabic (ฉบับที่ ๑๓ and 13 alike)."""
    return thai_digits_to_arabic(skeleton(text))



CUT_MIN_TEXT = 10  # skeleton letters a text holds at least to be looked for inside another (a short text is in many)


def texts_cut_in_a_word(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """An unknown_words warning for each HEAD_FIELDS text (CUT_MIN_TEXT
    skeleton letters or more, specks at its edges aside) whose skeleton
    another row's text of those columns holds only from inside one of its
    words: where each such printing prints a Thai letter right before it
    and its dictionary words (normalizers.words.thai_words) run across that
    place.  The text opens mid-word: OCR cut its line there, or set a piece
    of another line in the report where its own text (a dash, a word) was
    ("ติธรรม ตรวจสอบได้" of "... ยุติธรรม ตรวจสอบได้ ..."); what it stood for
    is not known, so it is kept as read and said.  A text some printing
    holds from a word's start (a shorter wording, "ดำเนินการ..." in
    "ได้ดำเนินการ...") is not.  Not where an issue names the field at the
    row's lines already (heads_lost reads back or says the tail of a text
    the column prints whole).  Each text is looked for once in all the
    others' skeletons joined (str.find), so the cost grows with the texts,
    not their square; where a skeleton's letters stand is worked out only
    for a text it is found in."""
    named = {(i.field, i.line_start, i.line_end) for i in issues}
    texts = [(f"{table}.{column}", row, row[column]) for table, column in HEAD_FIELDS
             for row in tables.get(table, []) if isinstance(row.get(column), str)]
    shapes = [skeleton(value) for _, _, value in texts]
    joined = "\0".join(shapes)
    starts = list(accumulate((len(s) + 1 for s in shapes[:-1]), initial=0))
    placed: dict[int, list[int]] = {}  # (where each skeleton letter stands, worked out for a text found in)
    out: list[Issue] = []
    for n, (field, row, value) in enumerate(texts):
        span = (row.get("line_start"), row.get("line_end"))
        shape = skeleton(_specks_off_edges(value))
        if len(shape) < CUT_MIN_TEXT or "\0" in shape or (field, *span) in named:
            continue
        inside, at_a_word = [], False
        at = joined.find(shape)
        while at >= 0 and not at_a_word:
            k = bisect_right(starts, at) - 1
            other = texts[k][2]
            if k != n and at + len(shape) <= starts[k] + len(shapes[k]):
                if k not in placed:
                    placed[k] = skeleton_at(other)[1]
                where = placed[k][at - starts[k]]
                if _inside_a_word(other, where):
                    inside.append(other)
                else:
                    at_a_word = True
            at = joined.find(shape, at + 1)
        if not inside or at_a_word:
            continue
        out.append(Issue(
            "warning", "unknown_words",
            f"{field}: {value!r} opens inside a word of a text the report prints elsewhere ({inside[0]!r}): OCR cut "
            "its line mid-word, or set a piece of another line where this text was; kept as read",
            {"text": value, "pieces": [value]}, *span, project_key=row.get("project_key"), field=field))
    return out


def _inside_a_word(text: str, at: int) -> bool:
    """Whether text[at] stands after a Thai letter inside one of the
    dictionary words (thai_words) of its run of Thai letters."""
    run = next((m for m in THAI_CHARS_RE.finditer(text) if m.start() <= at < m.end()), None)
    if run is None or at == run.start():
        return False
    words = thai_words(run.group())
    if sum(map(len, words)) != len(run.group()):
        return False  # (tokens that do not spell the run end to end: no place to tell)
    ends = set(accumulate(map(len, words)))
    return at - run.start() not in ends
