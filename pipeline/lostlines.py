"""A proposal's activity whose wrapped lines OCR lost, read back from the
document's other printing of the same text.

A proposal's timetable (the Gantt chart) prints each activity in a narrow
cell, wrapped over several lines, the month marks beside it; OCR loses a
wrapped line or two of the cell, in every copy alike ("โรงเรียนคัดสรรผล
งานการอ่านและ การเขียนของ นักเรียน ที่มี นักการศึกษา" for "...นักเรียน
ที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา").  The copies' vote cannot see it (they
agree), and the words are no misread letters a sibling row could mend: they
are gone.  The document may print the text whole elsewhere: the project's
description ("รูปแบบโครงการ : ... และคัดสรรแผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ
ดีที่สุดส่งสำนักการศึกษา"), or a sibling project's timetable.  Where it does,
the activity is read as that printing:

* the activity's letters (its skeleton: marks, spaces and dots aside), a
  head of HEAD_MAX letters at most left aside (the numbering's "โรงเรียน"
  the description words "และ"), are a piece P of PART_MIN letters or more
  then a piece S of TAIL_MIN or more, and P, then a gap, then S stand one
  after the other in a text line or lines of the document outside the
  activity's own;
* P and S meet at a space of the activity's reading: where its wrapped
  lines were joined, so the lost words are whole lines;
* the gap, what stands after a column gap on its lines left out (another
  column: the chart's marks beside a step, _first_columns), is Thai letters
  alone, GAP_MIN to GAP_MAX of them, every token of it a word of the
  dictionary (normalizers.words.plausibility_counts): no Latin letters,
  digits, marks of the chart or furniture;
* every such printing in the document gives one gap, and none prints the
  activity as read (its letters, the head aside, one after the other): a
  text that is printed so lost nothing, and words more after a piece of it
  are another text that goes on with the same words ("...การอ่านออกเขียน
  ได้ของนักเรียน และคัดสรรผลงานการอ่านและการเขียนของนักเรียน", the next
  activity's words in the description).

The activity then reads P + the gap's words + S, the head as read, and a
`value_repaired` issue (rule "other_printing") says the printed and the
chosen text and where the other printing stands.  Anything less and the
activity stays as printed.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from normalizers.text import comparable, skeleton_at
from normalizers.words import plausibility_counts
from parsers.repair import enabled
from schemas.document import CopyReading, Issue, Line

COLUMNS = {"activities": ("text",)}  # the columns read so (a proposal's timetable's activities)
HEAD_MAX = 10  # letters of the activity's head the other printing may print otherwise
PART_MIN = 10  # letters the piece before the lost words holds at least
TAIL_MIN = 6  # letters the piece after them holds at least
GAP_MIN, GAP_MAX = 3, 40  # letters of the lost words
_GAP_RE = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+")  # Thai letters and vowels alone
_SPACE_RE = re.compile(r"\s+")
_MARK_RE = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # a Thai mark over or under a letter


def restore_lost_lines(tables: dict[str, list[dict[str, Any]]], issues: list[Issue], lines: list[Line],
                       copy_spans: dict[tuple[str, Any], list[tuple[int, int]]] | None = None) -> list[Issue]:
    """Read each activity of COLUMNS whose wrapped lines OCR lost as the
    document's other printing of it (see module doc), in place: `issues`
    with a value_repaired issue more for each one changed.  `copy_spans`
    gives, by (table, seq), the lines each copy of the document printed the
    row's text at: another copy's printing of the cell, its line lost alike,
    says nothing of whether a line was lost (it is no printing "as read"),
    though one that holds the words is a printing of them."""
    if not enabled():
        return issues
    texts = [ln for ln in lines if ln.kind == "text" and ln.text.strip()]
    if not texts:
        return issues
    added: list[Issue] = []
    joined: dict[Any, tuple] = {}
    lines_read: dict[int, tuple[str, str, list[int]]] = {}  # each line read once (_document_without)
    for table, columns in COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                value = row.get(column)
                start, end = row.get("line_start"), row.get("line_end")
                if not isinstance(value, str) or start is None or end is None:
                    continue
                spans = tuple(sorted({(start, end), *(copy_spans or {}).get((table, row.get("seq")), ())}))
                for key in ((start, end), spans):
                    if key not in joined:
                        joined[key] = _document_without(texts, key if key is spans else ((start, end),), lines_read)
                found = _restored(value, *joined[(start, end)], joined[spans][1])
                if found is None:
                    continue
                chosen, source, other = found
                row[column] = chosen
                field = f"{table}.{column}"
                evidence = {"rule": "other_printing", "printed": value, "chosen": chosen, "sibling": other}
                added.append(Issue(
                    "warning", "value_repaired",
                    f"{field}: printed {value!r}, its letters all in the document's other printing of it at lines "
                    f"{source[0]}-{source[1]}, which has words more where the reading's wrapped lines join: "
                    f"OCR lost a line of it here, read as {chosen!r}",
                    json.dumps(evidence, ensure_ascii=False), start, end,
                    project_key=row.get("project_key"), field=field))
    return issues + added


def _document_without(texts: list[Line], spans: Any, lines_read: dict[int, tuple[str, str, list[int]]] | None = None
                      ) -> tuple[str, str, "_Places", "_LineOf"]:
    """The document's text lines outside the `spans` (start, end) joined by spaces,
    its skeleton, each skeleton letter's place in the text, and each text
    character's line number.  Each line is read (comparable_keep,
    skeleton_at) once per document (`lines_read`, by line number: the
    caller's, shared by every span it asks for): a line's text ends with a
    space, which no skeleton keeps, so the joined text's skeleton is its
    lines' skeletons one after another; the places are found when asked
    (_Places, _LineOf), not listed character by character for every span."""
    lines_read = {} if lines_read is None else lines_read
    parts: list[str] = []
    sks: list[str] = []
    kept: list[Line] = []
    # (the spans' line numbers gathered once: a line is asked of a set, where asking each span cost a generator a
    # line, 119,000 over the bench archive)
    inside = {no for start, end in spans for no in range(start, end + 1)}
    for ln in texts:
        if ln.no in inside:
            continue
        if ln.no not in lines_read:
            text = ln.text + " "
            lines_read[ln.no] = (text, *skeleton_at(comparable_keep(text)))
        kept.append(ln)
        parts.append(lines_read[ln.no][0])
        sks.append(lines_read[ln.no][1])
    text_starts = list(accumulate((len(t) for t in parts), initial=0))[:-1]
    sk_starts = list(accumulate((len(k) for k in sks), initial=0))[:-1]
    return ("".join(parts), "".join(sks), _Places(sk_starts, text_starts, [lines_read[ln.no][2] for ln in kept]),
            _LineOf(text_starts, [ln.no for ln in kept]))


class _Places:
    """Each skeleton letter's place in the joined text (skeleton_at's list, found by line)."""

    def __init__(self, sk_starts: list[int], text_starts: list[int], wheres: list[list[int]]) -> None:
        self.sk_starts, self.text_starts, self.wheres = sk_starts, text_starts, wheres

    def __getitem__(self, i: int) -> int:
        k = bisect_right(self.sk_starts, i) - 1
        return self.text_starts[k] + self.wheres[k][i - self.sk_starts[k]]


class _LineOf:
    """Each joined text character's line number."""

    def __init__(self, text_starts: list[int], numbers: list[int]) -> None:
        self.text_starts, self.numbers = text_starts, numbers

    def __getitem__(self, i: int) -> int:
        return self.numbers[bisect_right(self.text_starts, i) - 1]


def comparable_keep(text: str) -> str:
    """`text` as comparable reads it (NFC, Thai digits as Arabic, sara am
    joined, lower case) but with its spaces kept, one character for one,
    so positions in it are positions in the text: each character read
    apart (_KeepTable), in one translate (a loop calling comparable on
    each character held 3.6 % of the bench's profiled stage pass:
    415,000 calls over 303 files)."""
    return text.translate(_KEEP)


def _comparable_char(ch: str) -> str:
    """One character as comparable_keep reads it: comparable's reading of
    it where that is one character, else the character (a space, or one
    comparable drops or makes two of)."""
    c = comparable(ch) if not ch.isspace() else ch
    return c if len(c) == 1 else ch


class _KeepTable(dict):
    """comparable_keep's table for str.translate: a character's code ->
    _comparable_char of it, each entry made the first time the character
    is met (a pure function of one character: the same in every document,
    so the table is kept, as a constant table would be; it holds the
    distinct characters met, a few hundred)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _comparable_char(chr(code))
        return value


_KEEP = _KeepTable()


def _restored(value: str, text: str, sk: str, where: Any, line_of: Any,
              unlike_copies: str) -> tuple[str, tuple[int, int], str] | None:
    """(the activity read with its lost words, the other printing's lines, its text from the piece before the
    lost words to the piece after them), or None (see module doc)."""
    mine, at = skeleton_at(comparable_keep(value))
    if len(mine) < PART_MIN + TAIL_MIN:
        return None
    if any(unlike_copies.find(mine[head:]) >= 0 for head in range(0, HEAD_MAX + 1)):
        return None  # (the document prints the activity as read: it lost nothing)
    found: dict[str, tuple[int, int, int, int, int]] = {}  # the gap's skeleton -> (cut in `mine`, the gap's start
    # and end in text, the printing's start and end in text)
    for head in range(0, min(HEAD_MAX, len(mine) - PART_MIN - TAIL_MIN) + 1):
        for cut in range(head + PART_MIN, len(mine) - TAIL_MIN + 1):
            if not _space_between(value, at[cut - 1], at[cut]):
                continue  # (the lost words are whole lines: they stood where the reading's lines join)
            piece, rest = mine[head:cut], mine[cut:]
            i = sk.find(piece)
            while i >= 0:
                low, high = i + len(piece) + GAP_MIN, i + len(piece) + GAP_MAX
                j = sk.find(rest, low, high + len(rest))
                while j >= 0:
                    found.setdefault(sk[i + len(piece):j], (cut, where[i + len(piece) - 1] + 1, where[j], where[i],
                                                            where[j + len(rest) - 1] + 1))
                    j = sk.find(rest, j + 1, high + len(rest))
                i = sk.find(piece, i + 1)
        if found:
            break
    if len(found) != 1:
        return None
    cut, a, b, first, last = next(iter(found.values()))
    while a < b and _MARK_RE.match(text[a]):
        a += 1  # (the marks over P's last letter are P's)
    gap = _SPACE_RE.sub(" ", _first_columns(text, a, b, line_of)).strip()
    if not gap or not all(_GAP_RE.fullmatch(w) for w in gap.split()):
        return None
    n, known, _ = plausibility_counts(gap)
    if not n or known < n:
        return None
    left, right = value[:at[cut]].rstrip(), value[at[cut]:]
    chosen = f"{left} {gap} {right}"
    return chosen, (line_of[first], line_of[last - 1]), _SPACE_RE.sub(" ", text[first:last]).strip()


def _first_columns(text: str, a: int, b: int, line_of: Any) -> str:
    """The text from a to b without what stands after a column gap (a tab) on each of its lines: another column of
    the table, where the timetable's marks OCR read as letters stand beside the activity's first line ("2.
    แต่งตั้งคณะกรรมการ<tab>สอยอ" / "ดำเนินงาน": "สอยอ", two dictionary words, is no lost line of "แต่งตั้งคณะกรรมการ
    ดำเนินงาน"; before, it was read into the activity: fresh set s150o, bma_proposal_s150o002)."""
    out: list[str] = []
    line, column = None, False
    for i in range(a, b):
        if line_of[i] != line:
            line, column = line_of[i], False
        column = column or text[i] == "\t"
        if not column:
            out.append(text[i])
    return "".join(out)


def _space_between(value: str, a: int, b: int) -> bool:
    """Whether the reading has a space between its characters a and b (marks between aside)."""
    return any(ch.isspace() for ch in value[a + 1:b])


def text_spans(copies: list[CopyReading], table: str, column: str = "text") -> dict[tuple[str, Any], list[tuple[int, int]]]:
    """By (table, record key), the lines each of `copies` printed the record's `column` at."""
    out: dict[tuple[str, Any], list[tuple[int, int]]] = {}
    for copy in copies:
        for key, record in copy.tables.get(table, {}).items():
            reading = record.get(column)
            if reading is not None:
                out.setdefault((table, key), []).append((reading.line_start, reading.line_end))
    return out
