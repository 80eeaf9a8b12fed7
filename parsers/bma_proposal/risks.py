"""The risk table of section 8: risk, likelihood, impact, level, mitigation.

The level cell (น้อยมาก ... สูงมาก) is a word that survives OCR; a row is
found at it, with the two scores (1-5) just before it.  The table reaches
raingan in one of two shapes:

* row by row (tabs, or OCR reading across the page): the line of the level
  holds the risk's first words, the scores, the level and the mitigation's
  first words; the lines after it, up to the next row, hold the rest of
  both cells side by side (a tab or a wide gap between), a line of one
  cell going to the mitigation (the column that wraps longest);
* cell by cell (one cell per line or paragraph, or OCR reading down each
  column): the risk's lines, the scores, the level, the mitigation's lines.
  Between two levels stand the last row's mitigation and the next row's
  risk; they part where a new cell opens (an indented line) or, without
  indentation, after the shortest line that does not run on into the next
  (a line opening with "และ", "หรือ", "เพื่อ"... continues its cell).

What OCR leaves in doubt is flagged, never given silently (unread_cells,
missing_value): a line of one cell after a row's two-cell lines (the risk's
end or the mitigation's: given to the mitigation), unless one column's cell
cannot have ended on its last line, by its words or by where it wrapped
(_lone_by_wrap); a table printed on one
line where more than one phrase could open the next risk; a row whose level
OCR lost (a score cell, then text: the row closes there, its level missing);
a table read column by column (the other columns' titles after the risks'
text, then the scores), whose rows cannot be paired by order, unless every
column holds one line a cell and as many cells as there are levels
(by_columns: then the k-th cell of each column is row k's), or each row's
scores and level stand on a line of their own after the risk column
(_levels_after_risks: the rows counted by those lines, the text columns
parted where they wrap, a guess said).  A table read column by column
whose every level OCR garbled (no level read: no row found at one) is
read by its score columns instead (by_figures: a figure beside each
risk's first line, or each row's two scores on a line of their own), its
doubts said and each level left to the two scores (level_by_scores).

A row's line that OCR broke between its two scores (the risk's text and the likelihood, then the impact,
the level and the mitigation) is read as the one line it was (scores_rejoined).

Scores are kept as printed; `repair_risks` checks them against the level
(parsers.bma_proposal.risks.LEVELS) once the copies have voted.  A level
OCR lost while both scores were read is the band of their product where
every reading of them gives one (level_by_scores), said as a repair.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import combinations
from math import comb
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import candidates
from parsers.digits import TO_THAI, doubtful_digits
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import clean_value, fix_sara_am, join_wrapped, mark_tolerant, skeleton
from normalizers.words import OPEN_END_WORDS, known_word, thai_words, word_frequency
from parsers.items import THAI_RUN_RE
from parsers.lazy import lazy_compile
from parsers.repair import enabled
from parsers.wraps import text_width
from schemas.document import CopyReading, Issue, Line, Reading

# The level of a risk from likelihood x impact (1-5 each), as the Thai
# public-sector risk matrix grades it: 1-2 น้อยมาก, 3-4 น้อย, 5-9 ปานกลาง,
# 10-14 สูง, 15-25 สูงมาก.
LEVELS = (("น้อยมาก", 1, 2), ("น้อย", 3, 4), ("ปานกลาง", 5, 9), ("สูง", 10, 14), ("สูงมาก", 15, 25))
# longest first (an alternation takes the first that matches); words of one length by their letters, so the
# patterns built from them read the same in every process (a set's order follows the hash seed)
# a risk's level as a row may print it (LEVELS and the scale's low words), longest first
LEVEL_WORDS = sorted({w for w, _, _ in LEVELS} | {"ต่ำมาก", "ต่ำ"}, key=lambda w: (-len(w), w))
_LEVEL_SRC = "|".join(mark_tolerant(w, spaces=False) for w in LEVEL_WORDS)
_LEVEL_BY_SKELETON = {skeleton(w): w for w in LEVEL_WORDS}
# A score as OCR may print it: one or two characters that are no Thai word ("3", "๕", "«๕", "ต", "w"), or a digit
# after a speck OCR read as a Thai letter ("ว2": the cell's rule)
_SCORE = r"[^\s\u0e01-\u0e2e\u0e40-\u0e44]{1,2}|[\u0e01-\u0e2e][\d๐-๙]?"
# Header words a line of a risk's text holds at least to be the columns' titles read in among the rows (one alone,
# "ความเสี่ยง", may be the text's own word)
TITLES_INSIDE_MIN = 2
# Words that state a risk's cause or effect ("... เนื่องจาก...", "... ทำให้..."), which a mitigation, an action, does
# not: lines of one cell closing a risk table's last row that hold one may be a row whose scores and level OCR lost.
# A risk states its cause or effect once ("... ล่าช้ากว่าแผน เนื่องจากขั้นตอน..."): no risk of the committed or fresh
# sets' truth (594) states two; a risk's text read with two holds another row's, whose scores and level OCR lost
_CAUSE_RE = regex.compile("|".join(mark_tolerant(w, spaces=False) for w in ("เนื่องจาก", "เพราะ", "ทำให้")))

# The scores and level inside a row's line: "... ที่ 2 1 น้อยมาก มีหนังสือ..." (tabs read as spaces).
# The level may carry a letter or two OCR made of specks (the cell's rule) before it ("หน้อยมาก",
# "ปบปานกลาง"): after the scores only.
_ROW_RE = regex.compile(rf"(?:^|(?<=\s))(?:(?P<l>{_SCORE})\s+)?(?P<i>{_SCORE})\s+(?P<lv>[\u0e01-\u0e2e]{{0,2}}(?:{_LEVEL_SRC}))"
                        r"(?=\s|$)")
# A line that is the level alone, or scores and level ("๓ ๕ สูง").
_LEVEL_LINE_RE = regex.compile(rf"^\s*(?:(?:(?P<l>{_SCORE})\s+)?(?P<i>{_SCORE})\s+)?(?P<lv>{_LEVEL_SRC})\s*$")
_SHORT_RE = regex.compile(r"^\S{1,3}$")  # a score cell on a line of its own, possibly damaged
# A score cell on a line of its own after a speck OCR read as a Latin letter (the cell's rule: "e ©", "e 9")
_SPECKED_SCORE_RE = regex.compile(r"^\s*[A-Za-z]\s+[^\s\u0e01-\u0e2e\u0e40-\u0e44]{1,2}\s*$")
# A score cell whose level OCR lost: a digit or two with specks, no letter of a word, no page-number dash.
_SCORE_CELL_RE = regex.compile(r"^(?=\S*[\d๐-๙])[^\s\-/\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4ea-zA-Z]{1,3}$")
# A line that runs on from the line above within one cell.
_CONTINUES_RE = regex.compile(r"^(?:และ|หรือ|ซึ่ง|โดย|เพื่อ|ที่|ให้|ตลอดจน|รวมทั้ง|เนื่องจาก|ทำให้|จึง|แต่)")
# The table's header words (skeletons): a line of only these is the header.
_HEADER_WORDS = sorted((skeleton(w) for w in (
    "ความเสี่ยง", "การประเมิน", "แนวทาง", "การบริหาร", "โอกาสที่", "โอกาส", "จะเกิด", "ที่จะ", "เกิด", "ผลกระทบ",
    "ระดับของ", "ระดับ", "ดับของ")), key=len, reverse=True)  # "ะดับของ": its first letter lost to OCR
SHORT_LINE = 0.8  # share of the widest line under which a line ended its cell


@dataclass(slots=True)
class Row:
    scores: list[tuple[str | None, int]]  # printed score tokens and their lines (None: a cell not read)
    level: str | None
    level_line: int
    risk: list[tuple[str, int]] = field(default_factory=list)
    mitigation: list[tuple[str, int]] = field(default_factory=list)
    lone: list[int] = field(default_factory=list)  # lines of one cell after its two cells: risk's or mitigation's
    opens_in_doubt: int = 0  # places its risk could open at, in a line with no break (1: none in doubt)
    debris: str = ""  # what OCR left of a level it garbled, on the row's line ("ห้อย" for น้อย)
    side_by_side_again: int | None = None  # a line of two cells after its lines of one cell: a row lost in it?

    def line_nos(self) -> list[int]:
        """The lines of the row's cells: its risk, mitigation, scores and level."""
        return [n for _, n in self.risk + self.mitigation + self.scores] + [self.level_line]


def _is_header(text: str) -> bool:
    """A line of the header's words only (OCR specks of other letters aside)."""
    return header_left(text) is not None


def _titles_run(lines: list[tuple[str, int]]) -> list[str]:
    """The column titles a narrow header row's column read one word a line,
    standing among a risk's lines: a run of lines one after another, each
    header words alone, that hold TITLES_INSIDE_MIN of them or more together
    ("ระดับของ" / "ความเสียง" / "แนวทาง" / "การบริหาร" / "ความเสี่ยง": fresh
    set s98r, bma_proposal_s98r003, its three risks read as one with no
    issue); the run as one text, [] where there is none."""
    run: list[str] = []
    held = 0
    for text, _ in [*lines, ("", 0)]:
        if (n := header_left(text) if text.strip() else None):
            run.append(text)
            held += n
            continue
        if len(run) >= 2 and held >= TITLES_INSIDE_MIN:
            return [" ".join(run)]
        run, held = [], 0
    return []


def header_left(text: str) -> int | None:
    """How many header words a line of the header's words only holds (None:
    it holds other words).  OCR specks of other letters may stand among
    them: two letters, or one for every two header words on a line of many
    ("ความเสี่ยง โอกาส ผลกระทบ ระดับของ หแนแนวทางการบริหาร": a stutter of three).
    Or the titles as a narrow column wraps them inside their words (_title_pieces), or a title whole one
    letter off (_near_title)."""
    sk, n = skeleton(text), 0
    whole = sk
    for word in _HEADER_WORDS:
        n += sk.count(word)
        sk = sk.replace(word, "")
    if len(_NOT_LETTER_RE.sub("", sk)) <= max(2, n // 2):
        return n
    if (pieces := _title_pieces(text)) is not None:
        return pieces
    title = _near_title(whole)
    if title is None:
        return _near_words(text)
    n = 0
    for word in _HEADER_WORDS:
        n += title.count(word)
        title = title.replace(word, "")
    return n


TITLE_NEAR_MIN = 6  # letters (skeleton) a column's title holds at least for one letter off it to still tell it
_LONG_WORDS = tuple(w for w in _HEADER_WORDS if len(w) >= TITLE_NEAR_MIN)
NEAR_WORDS = 2  # header words a line of them, some one letter off, holds at least


def _near_words(text: str) -> int | None:
    """How many header words a line holds whose every token is header words whole, a speck (Latin letters
    or one Thai letter: a title OCR garbled, "Tama" for โอกาส) or ends on a long header word one letter off
    ("แนวทางการบวิหาร" for แนวทางการบริหาร, "คววามเสี่ยง" for ความเสี่ยง), NEAR_WORDS header words at
    least: a header OCR misread a letter of in two words or more, which the line's whole letters no longer
    tell (header_left).  None for any other line: a risk's text holds words of its own."""
    n = 0
    for token in text.split():
        left, k = skeleton(token), 0
        for word in _HEADER_WORDS:
            k += left.count(word)
            left = left.replace(word, "")
        letters = _NOT_LETTER_RE.sub("", left)
        if len(letters) <= 1:
            n += k
        elif len(left) >= TITLE_NEAR_MIN and any(Levenshtein.distance(left, w) == 1 for w in _LONG_WORDS):
            n += k + 1
        else:
            return None
    return n if n >= NEAR_WORDS else None


def _near_title(sk: str) -> str | None:
    """The column's title (skeleton) whole whose letters a line's (skeleton
    `sk`) are one letter off: OCR put one in, dropped or misread one
    ("ระดับของความเลสี่ยง" for ระดับของความเสี่ยง, "ผลกระหบ" for ผลกระทบ), so
    that its header words no longer stand whole.  None for any other line."""
    return next((t for t in _TITLES if len(t) >= TITLE_NEAR_MIN and Levenshtein.distance(sk, t) == 1), None)


# The columns' titles whole: a narrow column wraps them inside their words ("ความเสี่ยง โอกา ผลกระท ระดับของ
# แนวทาง" / "สที่จะ บ ความเสี่ย การบริหาร" / "เกิด ง ความเสี่ยง": โอกาส|ที่จะเกิด, ผลกระท|บ, ความเสี่ย|ง).
_TITLES = tuple(skeleton(t) for t in ("ความเสี่ยง", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของความเสี่ยง",
                                      "แนวทางการบริหารความเสี่ยง", "การประเมิน"))
TITLE_PIECES = 3  # tokens a line of the titles' pieces holds at least
TITLE_WORDS = 2  # of them holding a header word whole


def _title_pieces(text: str) -> int | None:
    """The tokens of a line of TITLE_PIECES tokens or more, each a piece of a
    column's title (or a letter alone, the piece a wrap leaves: "บ", "ง"),
    TITLE_WORDS of them holding a header word whole: a line of the titles
    wrapped in their words.  None for any other line (a risk's words are no
    titles' pieces, or hold no header word whole)."""
    tokens = [skeleton(t) for t in text.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < TITLE_PIECES:
        return None
    if not all(len(_NOT_LETTER_RE.sub("", t)) <= 1 or any(t in title for title in _TITLES) for t in tokens):
        return None
    whole = sum(1 for t in tokens if any(word in t for word in _HEADER_WORDS))
    return len(tokens) if whole >= TITLE_WORDS else None


_NOT_LETTER_RE = regex.compile(r"[^\u0e01-\u0e2e\u0e40-\u0e44]")  # (compiled once: header_left asks it of every line)


# A score cell whose digit OCR read as a symbol look-alike alone ("©)" for ๓, "@"; normalizers.confusions): a
# line of symbols only, which the clean-up takes for debris.  The form reads such lines as text (DEBRIS_READ in
# parsers.bma_proposal, given to pipeline.clean.parser_lines): left out, a score column lost a cell, so a row
# lost a score or a table read column by column could not be paired.
SYMBOL_SCORE_RE = regex.compile(r"^\s*[©@«»][).,]?\s*$")
# What of a score token may be a digit: digits and the look-alikes of normalizers.confusions.
_SCORE_CHARS_RE = regex.compile(r"[\d๐-๙oO@©mnbd]")


def score_value(token: str) -> str | None:
    """A score 1-5 as printed ("๓", "«๕" with a speck), or None when its
    characters read as no score (a repair may still find one)."""
    digits = "".join(_SCORE_CHARS_RE.findall(token))
    value = thai_digits_to_arabic(digits)
    return value if len(value) == 1 and value in "12345" else None


def _without_header(text: str) -> str:
    """Text with the header's words that open it left out (a table printed on one line).  The opening
    ends on a header word: a short word of the risk's own after them ("การ"), as few letters as a speck,
    is the text's."""
    words = text.split()
    for k in range(len(words), 0, -1):
        if header_left(words[k - 1]) and _is_header(" ".join(words[:k])):
            return " ".join(words[k:])
    return text


def _level(text: str) -> str:
    """The level word a cell prints, without the speck letters (one or two) OCR put before it ("หน้อยมาก",
    "ปบปานกลาง")."""
    sk = skeleton(text)
    return _LEVEL_BY_SKELETON.get(sk) or _LEVEL_BY_SKELETON.get(sk[1:]) or _LEVEL_BY_SKELETON.get(sk[2:]) \
        or clean_value(text)


def _parts(text: str) -> list[str]:
    return [p.strip() for p in regex.split(r"\t|\s{3,}", text) if p.strip()]


def explode_rows(lines: list[Line]) -> list[Line]:
    """A line that holds several rows (a table printed on one line) as the
    lines of a table read cell by cell: each phrase of text a line, each
    row's scores and level a line."""
    out: list[Line] = []
    for ln in lines:
        flat = ln.text.replace("\t", " ")
        found = list(_ROW_RE.finditer(flat))
        if len(found) < 2:
            out.append(ln)
            continue
        pos = 0
        for m in found:
            out += [Line(ln.no, p) for p in flat[pos: m.start()].split() if p]
            out.append(Line(ln.no, m.group(0).strip()))
            pos = m.end()
        out += [Line(ln.no, p) for p in flat[pos:].split() if p]
    return out


def read_risk_rows(lines: list[Line]) -> tuple[list[Row], list[Line], list[Line]]:
    """The rows of the risk table, the lines placed in none, and the header
    lines that stand between the first risk's text and the first level: the
    other columns' titles after the risk column's text, the mark of a table
    OCR read column by column (a run of risk texts, then the scores and
    levels, then the mitigations), whose rows cannot be paired by order."""
    body = explode_rows(lines)
    while body and (_is_header(body[0].text) or not THAI_RUN_RE.search(body[0].text)):
        body.pop(0)
    structured = any(ln.indent for ln in body)
    width = max((_width(ln.text) for ln in body if "\t" not in ln.text), default=0)
    rows: list[Row] = []
    left: list[Line] = []
    pending: list[Line] = []  # cell-by-cell lines since the last level
    misplaced: list[Line] = []  # header lines among the rows, the scores' column after them
    titles: list[Line] = []  # header lines after text, before the first level: misplaced if scores follow
    mode_rows = False
    for ln in body:
        flat = ln.text.replace("\t", " ")
        alone = _LEVEL_LINE_RE.match(flat)
        inline = None if alone else _ROW_RE.search(flat)
        if not rows and header_left(flat) and any(THAI_RUN_RE.search(p.text) for p in pending):
            titles.append(ln)
            continue
        if titles:  # the column titles stood after text: the scores' column next, or the header after a page break
            if alone or inline or _SCORE_CELL_RE.match(flat.strip()):
                misplaced += titles
            else:
                pending += titles
            titles = []
        if alone:
            scores = [(m, ln.no) for m in (alone.group("l"), alone.group("i")) if m]
            if not scores and not pending and rows and rows[-1].level is None and not rows[-1].mitigation:
                rows[-1].level, rows[-1].level_line = _level(alone.group("lv")), ln.no  # a level after its
                continue  # scores, past a speck that took its place or a page break
            while pending and len(scores) < 2 and (_SHORT_RE.match(pending[-1].text.strip())
                                                   or _SPECKED_SCORE_RE.match(pending[-1].text)):
                cell = pending.pop()
                scores.insert(0, (cell.text.split()[-1], cell.no))  # (a speck letter before the score left out)
            row = Row(scores, _level(alone.group("lv")), ln.no)
            _split_between(rows, pending, row, structured, width)
            rows.append(row)
            pending, mode_rows = [], False
        elif inline:
            row = Row([(m, ln.no) for m in (inline.group("l"), inline.group("i")) if m], _level(inline.group("lv")),
                      ln.no)
            _split_between(rows, pending, row, structured, width)
            before, after = _without_header(flat[: inline.start()].strip()), flat[inline.end():].strip()
            if before:
                row.risk.append((before, ln.no))
            if after:
                row.mitigation.append((after, ln.no))
            rows.append(row)
            pending, mode_rows = [], True
        elif across(rows, pending, mode_rows) and (lost := _row_without_level(ln.text) or _row_run_on(ln.text)):
            # a row read across whose level OCR garbled past reading ("3<tab>1 tae<tab>เตรียม..."), or whose
            # scores, level's debris and mitigation's first words run on parted by spaces only: its own row, the
            # level missing (said, and the risk matrix may give it back from the scores)
            risk, scores, mitigation, debris = lost
            rows.append(Row([(t, ln.no) for t in scores], None, ln.no, [(risk, ln.no)],
                            [(mitigation, ln.no)] if mitigation else [], debris=debris))
            left += pending
            pending, mode_rows = [], True
        elif mode_rows:
            if rows[-1].side_by_side_again is None and _side_by_side_again(rows[-1], ln.text):
                # two cells side by side again after lines of one cell (the end of the row's longer cell): another
                # row whose scores and level OCR lost (fresh set s112p, bma_proposal_s112p001: its risk and
                # mitigation read into the row above's, the row lost with no issue naming it), or OCR parted the
                # row's lines (three of four such tables over 44 sets): kept in the row, said (the table's rows)
                rows[-1].side_by_side_again = ln.no
            _side_by_side(rows[-1], ln)
        elif _SCORE_CELL_RE.match(ln.text.strip()) and not _readings(ln.text.strip()):
            left.append(ln)  # figures that read as no score ("๑27", a page's number OCR garbled): a speck
        elif _SHORT_RE.match(ln.text.strip()) or THAI_RUN_RE.search(ln.text) or _SPECKED_SCORE_RE.match(ln.text):
            lost = _lost_level(pending) if THAI_RUN_RE.search(ln.text) else 0
            if lost and _CONTINUES_RE.match(ln.text.strip()):
                # the line goes on with a cell ("และติดตาม..."), as no cell opens: the short cells before it stood
                # inside that cell's text (a speck OCR left at a page's foot), no row's scores
                left += pending[-lost:]
                del pending[-lost:]
                lost = 0
            if lost:  # scores whose level OCR lost, between a risk's text and the next cell's
                cells = pending[-lost:]
                row = Row([(c.text.strip(), c.no) for c in cells], None, cells[-1].no)
                _split_between(rows, pending[:-lost], row, structured, width)
                rows.append(row)
                pending = []
            pending.append(ln)
            # scores whose level OCR lost: a run of three short cells after text
            run = _short_run(pending)
            if run:
                cells = [pending.pop() for _ in range(run)][::-1]
                level = _LEVEL_BY_SKELETON.get(skeleton(cells[-1].text))
                row = Row([(c.text.strip(), c.no) for c in cells[:2]], level, cells[-1].no)
                _split_between(rows, pending, row, structured, width)
                rows.append(row)
                pending = []
        else:
            left.append(ln)  # a speck
    if rows and pending:
        rows[-1].mitigation += [(ln.text, ln.no) for ln in pending if THAI_RUN_RE.search(ln.text)]
        pending = []
    _lone_by_wrap(rows)
    return rows, pending + left, misplaced


# A row read across ends in lines of one cell (Row.lone): the end of its risk or of its mitigation, the column
# that wraps longer; OCR drops the indentation that told which.  A cell's text wraps where its next word no longer
# fits on the line (a Thai line breaks between words, greedily), so a column whose last line had room for the
# run's first word, with LONE_SLACK characters to spare (or LONE_SLACK_SHARE of its width, if more), and more than
# a third of its width left (a line may break at a space with less left), ended its cell there: the run is the
# other column's, where the other's last line had no room for the word.  Widths are counted in glyphs that take
# room (marks above and below take none), a column's width is its second widest line of one cell in the table
# (LONE_LINES lines or more: one line OCR ran into its neighbour's does not set it).
LONE_SLACK = 3
LONE_SLACK_SHARE = 0.2
LONE_LINES = 3
_THAI_RUN_RE = regex.compile(r"^[\u0e01-\u0e4e]+$")


# Words a text never ends with: a cell's line that ends with one goes on in the next line of its column.
_OPEN_ENDS = OPEN_END_WORDS


def _open_end(text: str) -> bool:
    """Whether the line `text` ends with a word of _OPEN_ENDS (pythainlp's newmm tokens of its last chunk)."""
    chunks = text.split()
    words = thai_words(chunks[-1]) if chunks and _THAI_RUN_RE.match(chunks[-1]) else ()
    return bool(words) and words[-1] in _OPEN_ENDS


def _first_word(before: str, line: str) -> str:
    """The first word of `line`, where the line before it in its column ended with `before`: the first token
    of the two read as one text (pythainlp's newmm), where the line break falls between its tokens; else
    (OCR's letters tokenize otherwise) the line's whole first chunk, up to a space."""
    chunk = line.split()[0]
    tail = before.split()[-1] if before.split() else ""
    if not (_THAI_RUN_RE.match(chunk) and _THAI_RUN_RE.match(tail)):
        return chunk
    at = 0
    for token in thai_words(tail + chunk):
        if at == len(tail):
            return token
        at += len(token)
        if at > len(tail):
            break
    return chunk


def _column_width(cells: list[str]) -> int | None:
    widths = sorted((text_width(t) for t in cells if len(_parts(t)) == 1), reverse=True)
    return widths[1] if len(widths) >= LONE_LINES else None


def _room(width: int, before: str, line: str) -> tuple[bool, bool]:
    """(whether a column of `width` whose line `before` is followed by `line` had room for the line's first
    word on that line, to spare: so its cell ended there; whether it had none)."""
    left = width - text_width(before)
    spare = left - text_width(_first_word(before, line))
    return spare >= max(LONE_SLACK, round(LONE_SLACK_SHARE * width)) and 3 * left > width, spare <= 0


def _lone_by_wrap(rows: list[Row]) -> None:
    """Each row whose lines of one cell (Row.lone, given to the mitigation) close it and end one column's cell
    by the way lines wrap (see above): given to that column, and no longer in doubt.  A column whose own
    wraps in the table the test would take for a cell's end (its width misjudged: lines OCR ran together)
    tells nothing.  The table's last row whose lines so given to its mitigation state a cause or an effect
    (_CAUSE_RE), as a risk does, stays in doubt: they may be rows whose scores and level OCR lost or put past
    the next heading (read_risks_into says so).  Before, a wrap that gave them to the mitigation left the
    rows lost with nothing said (s61z003's risk table, once its misread header was read as the header)."""
    if not any(r.lone for r in rows):
        return
    cells = {"risk": [r.risk for r in rows], "mitigation": [[(t, n) for t, n in r.mitigation if n not in r.lone]
                                                          for r in rows]}
    widths = {name: _column_width([t for c in column for t, _ in c]) for name, column in cells.items()}
    if None in widths.values():
        return
    sound = {name for name, column in cells.items()
             if not any(_room(widths[name], a, b)[0] for c in column for (a, _), (b, _) in zip(c, c[1:])
                        if THAI_RUN_RE.search(b))}
    for k, row in enumerate(rows):
        lone = set(row.lone)
        run = [(t, n) for t, n in row.mitigation if n in lone]
        last = {name: column[k] for name, column in cells.items()}
        if not run or not all(last.values()) or not all(THAI_RUN_RE.search(t) for t, _ in run) \
                or max(n for c in last.values() for _, n in c) > min(lone):
            continue  # a line of one cell among two-cell lines, a speck among them, or no cell of a column
        room = {name: _room(widths[name], c[-1][0], run[0][0]) for name, c in last.items()}
        ended = {name for name, (end, _) in room.items() if end and name in sound}
        full = {name for name, (_, none) in room.items() if none}
        goes_on = {name for name, c in last.items() if _open_end(c[-1][0])}
        by_words = goes_on if len(goes_on) == 1 and not goes_on & ended else set()
        by_wrap = full if len(ended) == 1 and len(full) == 1 and not ended & (full | goes_on) else set()
        if len(by_words | by_wrap) != 1:
            continue  # neither tells, or they disagree
        if by_words | by_wrap == {"mitigation"} and k == len(rows) - 1 \
                and _CAUSE_RE.search(join_cell([t for t, _ in run])) is not None:
            continue  # the table's last row closed by lines that state a cause or an effect: a row lost, maybe
        if by_words | by_wrap == {"risk"}:
            row.risk += run
            row.mitigation = last["mitigation"]
        row.lone = []


# A row read across whose level OCR garbled: the risk's first words, two score cells (the second may carry the
# level's debris after it: "1 tae"), then the mitigation's first words, in tab-parted cells
_DEBRIS_RE = regex.compile(r"^[^\s\u0e01-\u0e2e\u0e40-\u0e44]{1,5}$|^[A-Za-z]{1,5}$")


def across(rows: list[Row], pending: list[Line], mode_rows: bool) -> bool:
    """Whether a line may be a row read across: the table is read so, or
    this is its first row, no text standing before it (a row read across
    holds its risk's first words on its own line)."""
    return mode_rows or (not rows and not any(THAI_RUN_RE.search(ln.text) for ln in pending))


_GARBLED_CELL_MAX = 3  # characters a token holds where OCR garbled a score's or a level's cell (no cell's words)


def _row_without_level(text: str) -> tuple[str, list[str], str, str] | None:
    """(risk, the two scores, mitigation, "") of a row read across whose level
    OCR garbled past reading (see above), or None; "": no level's debris
    kept for a wrapped end to join (as _row_run_on keeps it)."""
    cells = [c.strip() for c in text.split("\t")]
    if len(cells) < 3 or not THAI_RUN_RE.search(cells[0]):
        return None
    if any(regex.search(_LEVEL_SRC, c) for c in cells[1:]):
        return None  # a level word the other rules read (the risk's own words may hold one: "สูงกว่า")
    if not _lost_score(cells[1]):
        # both scores in one cell, the level's debris after them or nothing ("๓ ๕ qo" for ๓ ๔ สูง)
        scores = cells[1].split()
        if not 2 <= len(scores) <= 3 or not all(_lost_score(t) for t in scores[:2]) \
                or (len(scores) == 3 and not _DEBRIS_RE.match(scores[2])):
            return None
        return cells[0], scores[:2], " ".join(cells[2:]).strip(), ""
    second, _, debris = cells[2].partition(" ")
    if not _lost_score(second) and len(cells) >= 4 and THAI_RUN_RE.search(cells[3]) \
            and len(garbled := cells[2].split()) == 2 and all(len(t) <= _GARBLED_CELL_MAX for t in garbled):
        # the second score's and the level's cells both garbled to short tokens ("๕<tab>เก ถัง<tab>ปรับ..." for
        # ๔ ๓ สูง), the row's first score standing alone: its own row, one score read (which of the two, and the
        # level, are said missing); before, its line was read as the row above's wrap and the row lost with no
        # issue naming it (fresh set s102q, bma_proposal_s102q002)
        return cells[0], [cells[1]], " ".join(cells[3:]).strip(), ""
    if not _lost_score(second) or (debris and not _DEBRIS_RE.match(debris.strip())):
        return None
    return cells[0], [cells[1], second], " ".join(cells[3:]).strip(), ""


def _row_run_on(text: str) -> tuple[str, list[str], str, str] | None:
    """(risk, the two scores, mitigation, the level's debris) of a row read
    across whose level OCR garbled, its scores, debris and mitigation's first
    words run on in one cell, parted by single spaces ("โรงเรียนไม่สามารถ<tab>
    ๑ ๕ Uae มีหนังสือแจ้ง..."), or None.  The debris must stand (the level's
    cell, garbled: Latin letters or specks, or a level word one letter off,
    "ห้อย" for น้อย); two lone figures before Thai words alone are no row."""
    risk, tab, rest = text.partition("\t")
    if not tab or not THAI_RUN_RE.search(risk) or regex.search(_LEVEL_SRC, rest):
        return None  # a level word after the risk's cell, the other rules read (the risk's own may hold one)
    tokens = rest.replace("\t", " ").split(" ")
    tokens = [t for t in tokens if t]
    if len(tokens) < 4 or not (_lost_score(tokens[0]) and _lost_score(tokens[1])):
        return None
    debris = tokens[2]
    if not (_DEBRIS_RE.match(debris) or damaged_level(debris)) or not THAI_RUN_RE.search(tokens[3]):
        return None
    return risk.strip(), tokens[:2], " ".join(tokens[3:]), debris


LEVEL_NEAR_MIN = 3  # letters (skeleton) a level word holds for one misread letter to still tell it (not "สูง")


def damaged_level(word: str) -> bool:
    """A Thai word one letter (skeleton: marks aside) off a level word of
    LEVEL_NEAR_MIN letters or more, OCR having misread a letter ("ห้อย" for
    น้อย); not a level word itself."""
    sk = skeleton(word)
    return _THAI_RUN_RE.match(word) is not None and sk not in _LEVEL_BY_SKELETON and any(
        len(level) >= LEVEL_NEAR_MIN and Levenshtein.distance(sk, level) == 1 for level in _LEVEL_BY_SKELETON)


def level_by_debris(row: Row) -> str | None:
    """The level of a row whose level cell OCR misread a letter of (its
    debris a Thai word one letter off a level word: damaged_level,
    "ปขานกลาง"): the one level word that near it, where the row's two scores,
    as printed, read as scores whose product falls in that level's band
    (LEVELS), else None (two level words as near, a score unread, or scores
    that give another level: which one OCR misread cannot be told)."""
    if not row.debris or not damaged_level(row.debris) or len(row.scores) != 2 or not enabled():
        return None
    sk = skeleton(row.debris)
    near = [w for k, w in _LEVEL_BY_SKELETON.items() if len(k) >= LEVEL_NEAR_MIN and Levenshtein.distance(sk, k) == 1]
    values = [score_value(token) if token is not None else None for token, _ in row.scores]
    if len(near) != 1 or None in values or (band := _band(near[0])) is None:
        return None
    return near[0] if band[0] <= int(values[0]) * int(values[1]) <= band[1] else None


def level_by_scores(row: Row) -> tuple[str, list[str]] | None:
    """The level of a row whose level OCR lost (its cell garbled past any
    level word, or the level column's cells lost at a page break:
    by_columns) while both its scores were read: the form prints the band
    of likelihood x impact (LEVELS), so the level is that band where every
    reading of the two scores as printed (_readings: "๕" may be a ๔ OCR
    misread) gives the same one ("4" and "3": 12, สูง; "๕" and "4": 20 or
    16, both สูงมาก): (level, the pairs weighed).  None where readings give
    different levels ("๕" and "2": 10 สูง or 8 ปานกลาง; OCR that garbled a
    level misreads the scores beside it as often), a score reads as none
    or as no reading of its printed characters, or the level's debris is a
    word one letter off a level word (damaged_level) that the scores do not
    give (level_by_debris found none: the debris or a score is misread,
    which cannot be told)."""
    if row.level or len(row.scores) != 2 or any(token is None for token, _ in row.scores) or not enabled():
        return None
    if row.debris and damaged_level(row.debris):
        return None
    tokens = [token for token, _ in row.scores]
    readings = [_readings(token) for token in tokens]
    values = [score_value(token) for token in tokens]
    if not all(readings) or any(v is None or v not in r for v, r in zip(values, readings)):
        return None
    pairs = [(a, b) for a in readings[0] for b in readings[1]]
    levels = {w for a, b in pairs for w, lo, hi in LEVELS if lo <= int(a) * int(b) <= hi}
    return (levels.pop(), [f"{a}x{b}" for a, b in pairs]) if len(levels) == 1 else None


def _lost_score(cell: str) -> bool:
    """A score cell of a row whose level OCR garbled: a digit or two with specks, or a digit OCR read as a
    symbol look-alike alone ("@" for ๔: SYMBOL_SCORE_RE; kept as printed, the risk matrix reads or flags it)."""
    return len(cell) <= 2 and (_SCORE_CELL_RE.match(cell) is not None or SYMBOL_SCORE_RE.match(cell) is not None)


# A score cell OCR read as one Thai consonant ("ง" for ๓) or as one or two Latin letters ("ee"): a score only
# beside a score cell of digits.
_LETTER_SCORE_RE = regex.compile(r"^(?:[\u0e01-\u0e2e]|[A-Za-z]{1,2})$")


def _lost_level(pending: list[Line]) -> int:
    """How many of the last pending lines (one or two) are score cells
    standing after a line of text: a row whose level OCR lost (its next
    cell, text, is coming); 0 if none.  Of two cells, one may be a lone
    Thai consonant or one or two Latin letters OCR made of a digit ("ง" /
    "๓", "ee"), the other a score cell."""
    k = 0
    while k < min(2, len(pending)) and _SCORE_CELL_RE.match(pending[-1 - k].text.strip()):
        k += 1
    if k == 1 and len(pending) > 2 and _LETTER_SCORE_RE.match(pending[-2].text.strip()):
        k = 2
    elif k == 0 and len(pending) > 2 and _LETTER_SCORE_RE.match(pending[-1].text.strip()) \
            and _SCORE_CELL_RE.match(pending[-2].text.strip()):
        k = 2
    return k if k and len(pending) > k and THAI_RUN_RE.search(pending[-1 - k].text) else 0


_THAI_CHAR_RE = regex.compile(r"[\u0e01-\u0e4e]")  # a Thai letter, vowel sign or mark


def _short_run(pending: list[Line]) -> int:
    """3 if the last three pending lines are short cells after a line of
    text (two scores and a level OCR could not read), else 0.  Not where
    the first is a word (two Thai characters or more, "ได้": no score; one
    letter alone, "ว", may be a score OCR garbled) and the third a score's
    cell (a figure: no level OCR garbled), the three being the risk's
    wrapped last word and the two scores, the level on the next line ("...
    ในรูปแบบปกติ" / "ได้" / "4" / "2" / "ปานกลาง": fresh set s109q,
    bma_proposal_s109q003, read as scores "ได้" and 4, the 2 lost, the
    likelihood then chosen by the level: a wrong repair)."""
    if len(pending) < 4 or not THAI_RUN_RE.search(pending[-4].text):
        return 0
    if len(_THAI_CHAR_RE.findall(pending[-3].text)) >= 2 and _SCORE_CELL_RE.match(pending[-1].text.strip()):
        return 0
    return 3 if all(len(ln.text.strip()) <= 3 for ln in pending[-3:]) else 0


def _side_by_side_again(row: Row, text: str) -> bool:
    """Whether `text` is a line of two cells of Thai words after `row`'s
    lines of one cell (Row.lone), where one of the row's cells had ended."""
    if not row.lone:
        return False  # (asked of every line of a row read across: the cheap test first)
    parts = _parts(text)
    return len(parts) >= 2 and all(THAI_RUN_RE.search(p) for p in parts[:2])


def _side_by_side(row: Row, ln: Line) -> None:
    """A line of a row read across the page: the risk's words, then the mitigation's."""
    parts = _parts(ln.text)
    if len(parts) >= 2:
        row.risk.append((parts[0], ln.no))
        rest = " ".join(parts[1:])
    else:
        rest = parts[0] if parts else ""
        word, _, tail = rest.partition(" ")
        if rest and row.level is None and not row.debris and not row.mitigation and tail \
                and _level(word) in LEVEL_WORDS:
            # the row's line held its risk and scores only, its level wrapped below, opening this line before
            # the mitigation's first words ("ราคาวัสดุ...<tab>๒<tab>๕" / "ปานกลาง สำรวจราคา...")
            row.level, row.level_line = _level(word), ln.no
            row.mitigation.append((tail, ln.no))
            return
        if rest and row.risk and not row.mitigation:
            # nothing stood after the level on the row's line: no mitigation cell beside the risk (OCR lost the
            # column, or the table prints none), so a line of one cell goes on with the risk
            row.risk.append((rest, ln.no))
            return
        if rest and row.risk and row.mitigation:  # the longer-wrapping cell's end: which column, OCR does not tell
            row.lone.append(ln.no)
    if not rest:
        return
    # a level wrapped in its cell ("สูง" / "มาก") leaves its end at the mitigation's start
    word, _, tail = rest.partition(" ")
    if not row.mitigation or row.mitigation[-1][1] == row.level_line:
        joined = _LEVEL_BY_SKELETON.get(skeleton((row.level or "") + word))
        if joined and joined != row.level:
            row.level, rest = joined, tail
        elif row.level is None and row.debris and word:
            # the debris and the word are the level wrapped in its cell ("ปานกลา" / "ง"): read; or its garbled
            # end ("ห้อย" / "มาก"): the level's, left unread with it
            level = _LEVEL_BY_SKELETON.get(skeleton(row.debris + word))
            if level or damaged_level(row.debris + word):
                row.level, rest = level, tail
    if rest:
        row.mitigation.append((rest, ln.no))


def _split_between(rows: list[Row], pending: list[Line], row: Row, structured: bool, width: int) -> None:
    """Lines between the last row's level and this row's: that row's
    mitigation, then this row's risk (see module doc)."""
    if not pending:
        return
    if not rows:
        row.risk = [(ln.text, ln.no) for ln in pending]
        return
    cut = _cut(pending, structured, width)
    if len({ln.no for ln in pending}) == 1:  # phrases of one line (a table printed on one line): no break tells
        row.opens_in_doubt = len(_ends(pending))
    rows[-1].mitigation += [(ln.text, ln.no) for ln in pending[:cut]]
    row.risk = [(ln.text, ln.no) for ln in pending[cut:]]


def _width(text: str) -> int:
    """Width in characters less the marks Unicode gives a combining class: the tone marks and the vowels below,
    not the vowels above (ั ิ ี ึ ื ็: class 0), which parsers.wraps.text_width leaves out too.  The risk
    rows' parting by where their lines end (_cut, _split_between, the level lines' wraps) was set on this
    measure, and two worked tables part differently by text_width (tests/test_prop_risk_item_before_titles.py,
    test_prop_risk_titles_across_then_columns.py): kept until those cuts are weighed again."""
    return sum(1 for ch in text if not unicodedata.combining(ch))


def _ends(pending: list[Line]) -> list[int]:
    """Lines after which a cell may end: those the next line does not continue."""
    return [i for i in range(len(pending) - 1) if not _CONTINUES_RE.match(pending[i + 1].text)]


def _cut(pending: list[Line], structured: bool, width: int) -> int:
    """Where the next cell opens among `pending` (see module doc): at an
    indented line; without indentation after a line that is short (its cell
    ended before the page's edge), better still one a blank line follows,
    never before a line that continues its cell, and not after a line that
    ends with a word that needs the words after it (_OPEN_ENDS: "... ทำให้
    ไม่สามารถ" / "จัดกิจกรรม..." is one risk's text, however short its first
    line; where every candidate ends so, all stay candidates)."""
    if len(pending) == 1:
        return 0  # one line: the new risk (a mitigation may be lost, a risk may not)
    if structured:
        opens = [i for i, ln in enumerate(pending) if i and ln.indent]
        return opens[-1] if opens else 1
    ends = _ends(pending)
    if not ends:
        return 1
    ends = [i for i in ends if not _open_end(pending[i].text)] or ends

    def score(i: int) -> tuple[float, float]:
        short = _width(pending[i].text) < SHORT_LINE * width
        blank = pending[i + 1].no > pending[i].no + 1
        return 2.0 * short + blank, -_width(pending[i].text)
    return max(ends, key=score) + 1


# A column's title, by the words that tell it (the risk column's last: the others' titles hold its word too).
_COLUMN_TITLES = (("likelihood", "โอกาส"), ("impact", "ผลกระทบ"), ("level", "ระดับ"), ("level", "ดับของ"),
                  ("mitigation", "แนวทาง"),
                  ("mitigation", "การบริหาร"), ("risk", "ความเสี่ยง"))


def _column_of(text: str) -> str | None:
    """Which column a line of the header's words alone is the title of (None: no title line)."""
    if not header_left(text):
        return None
    sk = skeleton(text)
    # a title one letter off its words (_near_title) is told by the title it is near
    return next((name for name, word in _COLUMN_TITLES if skeleton(word) in sk), None) or \
        next((name for name, word in _COLUMN_TITLES if skeleton(word) in (_near_title(sk) or "")), None)


_LATIN_TOKEN_RE = regex.compile(r"^[A-Za-z]{1,3}$")
_THAI_PIECE_RE = regex.compile(r"[\u0e01-\u0e4e]+")


def _speck_line(text: str) -> bool:
    """A line of OCR specks in a text column read by columns: two tokens or
    more of one to three Latin letters, more of them than Thai pieces, and no
    Thai piece a dictionary word (a cell's line is Thai words: its wrapped
    piece "ได้" is one)."""
    tokens = text.split()
    latin = sum(1 for t in tokens if _LATIN_TOKEN_RE.match(t))
    pieces = _THAI_PIECE_RE.findall(text)
    return latin >= 2 and latin > len(pieces) and not any(known_word(p) for p in pieces)


_DASH_CELL_RE = regex.compile(r"[-–—_.\s]+")  # a cell of dashes (and dots) alone: a page number's debris, no score
_RULE_TAIL_RE = regex.compile(r"\s+[|¦]+\s*$")  # a table's rule OCR read as bars after a cell's words


def by_columns(lines: list[Line], garbled: list[str] | None = None) -> list[Row] | None:
    """The rows of a table read column by column when every column holds as
    many cells, a line each, as there are levels (each column's title, then
    its cells): the k-th cell of each column is row k's; one score column of
    fewer cells (OCR lost some at a page break) is left unread, its cells
    None; a level column of its title alone (its cells lost at a page
    break) leaves the rows counted by the score columns, when they hold as
    many cells, each row's level unread.  A score column OCR garbled (more
    cells than levels, or a cell that is no score: a page's footer read into
    it, "พิม" / "ธ 3") is left unread whole where the level column and the
    other columns pair (into `garbled`, when given, go their names: the
    caller says so; before, the table gave no row by its columns, its titles
    read as risks: fresh sets s85a, s85b, bma_proposal_s85b003).  None when
    any other column's count differs (a cell wrapped or lost: then the rows
    cannot be paired by order) or a column is missing or repeated."""
    columns: dict[str, list[Line]] = {}
    current: str | None = None
    for ln in lines:
        if _RULE_TAIL_RE.search(ln.text):
            # a table's rule OCR read after a cell ("ปานกลาง<tab>|"): the cell's text is the words before it (left
            # on, the last level read as no level, a risk's wrapped words, and the rows one short)
            ln = replace(ln, text=_RULE_TAIL_RE.sub("", ln.text))
        text = ln.text.strip()
        if not text:
            continue
        name = _column_of(text)
        if name is not None:
            if name in columns:
                return None
            columns[name], current = [], name
        elif current is None:
            return None
        else:
            columns[current].append(ln)
    if set(columns) != {"risk", "likelihood", "impact", "level", "mitigation"}:
        return None
    for name in ("risk", "mitigation"):
        # a speck OCR read in a text column as a line of its own (the table's rule under the risks: "a<tab>a"):
        # no word of a cell, and no cell of its own (taken for one, the last row's text was the speck)
        # (or Latin specks with a Thai piece no word among them: "a<tab>ที่ไ ve<tab>va we<tab>at", _speck_line)
        columns[name] = [ln for ln in columns[name] if THAI_RUN_RE.search(ln.text) and not _speck_line(ln.text)]
    tail: list[Line] = []
    for name in ("likelihood", "impact", "level"):
        # a line of words in a score or level column (no score, no level: "ผลกระทบ" / "ซื่อวัสดุได้ไม่ครบตามรายการ" /
        # "ระดับของความเสี่ยง"): the risk column's last cell's wrapped end, which OCR read after the columns beside
        # it (the column before them, and the one that wraps): it goes on the last row's risk (a guess, said)
        words = [ln for ln in columns[name] if _wrapped_risk_line(ln.text)]
        if words:
            columns[name] = [ln for ln in columns[name] if ln not in words]
            tail += words
    while columns["risk"] and columns["mitigation"] and cuts_word(columns["risk"][-1].text,
                                                                 columns["mitigation"][0].text):
        # the risk column's last line ends inside a word the mitigation column's first line ends ("...ทำให้
        # จัดซื้อวั" / the scores' and level's columns / "สดุได้ไม่ครบตามรายการ"): the risk's wrapped line, OCR
        # having read it after the other columns' cells
        columns["risk"].append(columns["mitigation"].pop(0))
    # (the score columns' cells, or the one column's where OCR lost the other's every cell: "ผลกระทบ" / a page's
    # footer / "ระดับของความเสี่ยง", s75o004)
    scored = max(len(columns["likelihood"]), len(columns["impact"]))
    if len(columns["level"]) > scored and min(len(columns["likelihood"]), len(columns["impact"])) in (0, scored):
        # a speck OCR read in the level column as a line of its own ("ข" between two levels): the levels
        # that read as levels, when they are as many as the score columns' cells
        levels = [ln for ln in columns["level"] if _LEVEL_LINE_RE.match(ln.text.strip())]
        if len(levels) == scored and all(_SHORT_RE.match(ln.text.strip()) for ln in columns["level"]
                                         if ln not in levels):
            columns["level"] = levels
    n = len(columns["level"])
    # the level column's title alone, its cells lost (a page break between them): the rows are as many as both
    # score columns' cells, when they agree; each row's level is left unread (said where the rows are read)
    lost_levels = not n and len(columns["likelihood"]) == len(columns["impact"]) > 0
    # ... or some of its cells lost (a level OCR dropped: "บปานกลาง" / "สูง" under three rows' scores), the score
    # columns holding as many cells as each other, more than the levels, every one a score, and the text columns as
    # many cells at least: the rows are as many as the scores' cells, and no level can be paired by order (each
    # row's level unread, said where the rows are read; before, the score columns were taken for garbled, their
    # cells left unread, and two risks ran into one: fresh set s90o, bma_proposal_s90o001)
    if 0 < n < len(columns["likelihood"]) == len(columns["impact"]) \
            and all(_score_cell(ln.text) for name in ("likelihood", "impact") for ln in columns[name]) \
            and all(len(columns[name]) >= len(columns["likelihood"]) for name in ("risk", "mitigation")):
        lost_levels, columns["level"] = True, []
    if lost_levels:
        n = len(columns["likelihood"])
    if not lost_levels:
        for name in ("likelihood", "impact"):
            # a dash OCR read in a score column as a cell of its own (a page's number "- ๔ -" at a page break inside
            # the column, its digit lost: "โอกาสที่จะเกิด" / "-" / "4" / "1" / "๑"): no score, and the column holds
            # a cell a row without it
            kept = [ln for ln in columns[name] if not _DASH_CELL_RE.fullmatch(ln.text.strip())]
            if len(columns[name]) > n == len(kept):
                columns[name] = kept
    # a score column OCR garbled (more cells than the levels, or a cell no score: a page's footer read into it),
    # the level column's cells all levels: left unread whole, its cells paired with no row
    off = [name for name in ("likelihood", "impact") if not lost_levels and n and (
        len(columns[name]) > n or not all(_score_cell(ln.text) for ln in columns[name]))]
    if not all(_LEVEL_LINE_RE.match(ln.text.strip()) for ln in columns["level"]):
        off = []  # (levels that do not read as levels: the rows are not counted by them, nothing left unread)
    for name in off:
        columns[name] = []
    if garbled is not None:
        garbled += off
    # a score column of fewer cells than rows (OCR lost some at a page break or footer: "ผลกระทบ" / "3" /
    # "หน้า 5 จาก 5" / "ระดับของความเสี่ยง"), the other one whole: its cells cannot be paired, left unread
    short = [name for name in ("likelihood", "impact") if len(columns[name]) < n]
    # (both short only where one or both were left unread as garbled: the levels still count the rows)
    if not n or (len(short) > 1 and len(off) < len(short)) \
            or any(len(columns[name]) > n for name in ("likelihood", "impact")) \
            or any(len(columns[name]) < n for name in ("risk", "mitigation")):
        return None
    levels = [_LEVEL_LINE_RE.match(ln.text.strip()) for ln in columns["level"]]
    # tokens before a level in the level column are specks where both score columns hold a cell a row: the
    # scores are read there (". 6 ปานกลาง" under "ระดับของความเสี่ยง", its scores 2 and 3 in their columns)
    full = all(len(columns[name]) == n for name in ("likelihood", "impact"))
    if not all(m and (full or not m.group("l") and not m.group("i")) for m in levels) or \
            not all(_score_cell(ln.text) for name in ("likelihood", "impact") for ln in columns[name]):
        return None
    last_risk = columns["risk"][-1] if tail and columns["risk"] else None
    if last_risk is not None:
        # the last line with its wrapped end, parted as one line (it met the column's edge), then given back apart
        columns["risk"][-1] = Line(last_risk.no, " ".join(ln.text.strip() for ln in [last_risk, *tail]))
    texts = {name: _wrapped_cells(columns[name], n) for name in ("risk", "mitigation")}
    rows = [Row([(None, columns["level"][k].no) if name in short else
                 (columns[name][k].text.strip(), columns[name][k].no) for name in ("likelihood", "impact")],
                None if lost_levels else _level(levels[k].group("lv")),
                columns["impact"][k].no if lost_levels else columns["level"][k].no,
                risk=[(ln.text.strip(), ln.no) for ln in texts["risk"][k]],
                mitigation=[(ln.text.strip(), ln.no) for ln in texts["mitigation"][k]])
            for k in range(n)]
    if last_risk is not None:
        rows[-1].risk[-1:] = [(ln.text.strip(), ln.no) for ln in [last_risk, *tail]]
    if short:
        k = ("likelihood", "impact").index(short[0])
        for at, ln in (_placed_by_level(rows, k, columns[short[0]]) or {}).items():
            rows[at].scores[k] = (ln.text.strip(), ln.no)
    return rows


def _wrapped_risk_line(text: str) -> bool:
    """A line of Thai words that is no score cell and no level, nor a level OCR misread a letter of
    (damaged_level: "บปานกลาง", a level's cell, no risk's wrapped words) (`by_columns`: a text line among a score
    or level column's cells)."""
    text = text.strip()
    return bool(THAI_RUN_RE.search(text)) and not _score_cell(text) and not _LEVEL_LINE_RE.match(text) \
        and not _speck_line(text) and len(_THAI_PIECE_RE.findall(text)) >= 1 \
        and text_width(text) >= WRAPPED_RISK_GLYPHS and not damaged_level(text)


WRAPPED_RISK_GLYPHS = 6  # glyphs at least of a text line among a score column's cells (a speck's letters are fewer)


def _placed_by_level(rows: list[Row], k: int, cells: list[Line]) -> dict[int, Line] | None:
    """The rows a score column's cells belong to where the column holds
    fewer cells than rows (`by_columns`: OCR lost some): its cells stand in
    the rows' order, each in a row whose level its score gives with the
    row's other score (LEVELS); where exactly one placement of them all
    fits, {row: cell}; None where none or several do (or a cell, or a row's
    other score, reads as no single score)."""
    if not cells:
        return None

    def score(text: str | None) -> int | None:
        found = _readings(text) if text else []
        return int(found[0]) if len(found) == 1 else None
    values = [score(ln.text) for ln in cells]
    if any(v is None for v in values):
        return None
    bands = [_band(r.level) for r in rows]
    others = [score(r.scores[1 - k][0]) for r in rows]

    def fits(at: int, v: int) -> bool:
        return bands[at] is not None and others[at] is not None and bands[at][0] <= v * others[at] <= bands[at][1]
    # ways[i][j]: how many placements (counted to 2: one or more than one) put the first j cells in order in
    # rows[:i]; a table's rows times its cells, where trying every choice of rows grew as their binomial
    n, m = len(rows), len(cells)
    ways = [[1] + [0] * m for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            ways[i][j] = min(2, ways[i - 1][j] + (ways[i - 1][j - 1] if fits(i - 1, values[j - 1]) else 0))
    if ways[n][m] != 1:
        return None
    placed: dict[int, Line] = {}
    i, j = n, m
    while j:  # back through the one placement: row i-1 holds cell j-1 unless the first j cells fit above it
        if ways[i - 1][j] == 0:
            placed[i - 1] = cells[j - 1]
            j -= 1
        i -= 1
    return dict(sorted(placed.items()))


def _levels_after_risks(rows: list[Row]) -> tuple[list[Row], list[Line]] | None:
    """A table read column by column whose risk column came first, then
    its rows' scores and levels a row a line ("1   ๕ น้อย" / "1   ๓ น้อย",
    read across the score and level columns), then the mitigation column or
    nothing (OCR lost it): the rows read give the first row every risk's
    text and the last row every mitigation, the others none.  The rows are
    as many as those lines; each text column's lines are parted into as
    many cells where they wrap (_wrapped_cells, a guess the caller says),
    the mitigation's lines without its title.  Each line may hold one score
    beside its level, every line alike ("๑ น้อยมาก" / "2 ปานกลาง": OCR lost
    the other score column's cells, and which column the one read is of
    is not told: the caller leaves both unread).  (rows, lines placed in no
    row: a mitigation column of fewer lines than rows), or None for any
    other shape."""
    n = len(rows)
    if n < 2 or not rows[0].risk or any(r.risk for r in rows[1:]) or any(r.mitigation for r in rows[:-1]) \
            or len({len(r.scores) for r in rows}) != 1 \
            or any(len(r.scores) not in (1, 2) or r.level is None or any(no != r.level_line for _, no in r.scores)
                   for r in rows) or len({r.level_line for r in rows}) != n or len(rows[0].risk) < n:
        return None
    risk = _wrapped_cells([Line(no, t) for t, no in rows[0].risk], n)
    mitigation = [Line(no, t) for t, no in rows[-1].mitigation if _column_of(t.strip()) is None]
    cells = _wrapped_cells(mitigation, n) if len(mitigation) >= n else None
    out = [Row(list(r.scores), r.level, r.level_line, risk=[(ln.text, ln.no) for ln in risk[k]],
               mitigation=[(ln.text, ln.no) for ln in cells[k]] if cells else [])
           for k, r in enumerate(rows)]
    return out, [] if cells else mitigation


def _risks_before_rows(rows: list[Row]) -> tuple[list[Row], bool] | None:
    """A table whose risk column OCR read first, down the page, then each
    row across its other columns: the scores and the level opening a line,
    the mitigation's first words after them, its other lines below ("3 1
    น้อย<tab>ประสานโรงเรียน" / "ล่วงหน้าและกำหนดวัน" / ... / "๑ ๒ น้อยมาก
    มีหนังสือแจ้ง..."; fresh set s95o, bma_proposal_s95o001, the risk column
    before the benefits' heading, the rows after it: `table_past_heading`).
    The rows read give the first row every risk's text, all above its line,
    and the others none (the lines below a row's line all its mitigation's,
    none of one cell in doubt); the risk column's lines are parted into as many
    cells where they wrap (_tight_cells, else _wrapped_cells).  (the rows,
    whether the parting is a guess: more lines than rows, the widths not
    telling them apart), or None for any other shape."""
    n = len(rows)
    if n < 2 or len(rows[0].risk) < n or any(r.risk for r in rows[1:]) \
            or any(no >= rows[0].level_line for _, no in rows[0].risk) \
            or any(r.level is None or not r.mitigation or r.mitigation[0][1] != r.level_line
                   or len(r.scores) != 2 or any(no != r.level_line for _, no in r.scores) for r in rows):
        return None
    lines = [Line(no, t) for t, no in rows[0].risk]
    tight = _tight_cells(lines, n)
    cells = tight or _wrapped_cells(lines, n)
    out = [replace(r, risk=[(ln.text, ln.no) for ln in cell], lone=[]) for r, cell in zip(rows, cells)]
    return out, tight is None and len(lines) > n


def wrapped_by_columns(rows: list[Row]) -> list[int]:
    """The lines of the rows `by_columns` paired whose text cells it told
    apart by a guess (a column of more lines than rows: some wrapped)."""
    return [n for r in rows if len(r.risk) > 1 or len(r.mitigation) > 1 for _, n in r.risk + r.mitigation]


# A score cell: a token of at most four characters, maybe with a speck OCR read past a gap after it ("4     .").
_SCORE_TOKEN_RE = regex.compile(r"\S{1,4}(?:\s+[.,'`|])?")


def _score_cell(text: str) -> bool:
    """A score cell as OCR may leave it: a token of at most four characters ("๓", "©)", "เวิ,"), maybe a
    speck after it ("4     .")."""
    return bool(_SCORE_TOKEN_RE.fullmatch(text.strip()))


CUT_WORD_WEIGHT = 0.5  # goes_on's weight for a line that ends inside a word the next line ends (cuts_word)
CUT_PIECE = 2  # glyphs (marks aside) at most of the piece of a word a line ends with, cut at its edge
CUT_WORD = 5  # characters at least of the dictionary word the piece and the next line's first letters make


def join_cell(parts: list[str]) -> str:
    """A cell's wrapped lines joined as join_wrapped does, but with no space
    where the break falls inside a word (cuts_word: "...เว็บไซต์สำ" /
    "นักการศึกษา" is สำนักการศึกษา): the column met its edge there, the
    page printed no space."""
    parts = [p for p in parts if p and p.strip()]
    if len(parts) < 2:
        return join_wrapped(parts)
    glued = [parts[0]]
    for part in parts[1:]:
        if cuts_word(glued[-1], part):
            glued[-1] = glued[-1].rstrip() + part.lstrip()
        else:
            glued.append(part)
    return join_wrapped(glued)


def cuts_word(before: str, line: str) -> bool:
    """Whether the break between a column's line `before` and the next,
    `line`, falls inside a word: `before` ends with a piece of a glyph or
    two (its last newmm token, "สำ", "วั") that with the first letters of
    `line` makes a dictionary word of CUT_WORD characters or more ("สำ" /
    "นักการศึกษา": สำนัก; "วั" / "สดุได้": วัสดุ) that Thai text holds more
    often than the piece alone (pythainlp's TNC counts: สำนัก 6833, สำ 410;
    not ได้ / "การ...": ได้การ 1, ได้ 396750).  A cell does not end in the
    middle of a word: the column met its edge there, and its cell goes on."""
    tail, head = fix_sara_am(before).split()[-1:], fix_sara_am(line).split()[:1]
    if not tail or not head or not (_THAI_RUN_RE.match(tail[0]) and _THAI_RUN_RE.match(head[0])):
        return False
    words = thai_words(tail[0])
    piece = words[-1] if words else ""
    if not piece or text_width(piece) > CUT_PIECE:
        return False
    alone = word_frequency(piece)
    return any(known_word(word) and word_frequency(word) > alone
               for word in (piece + head[0][:j] for j in range(max(1, CUT_WORD - len(piece)), len(head[0]) + 1)))


def _wrapped_cells(lines: list[Line], n: int) -> list[list[Line]]:
    """A text column's lines as its `n` cells, one line or more each: where
    it holds more lines than cells, the lines that wrapped are those after
    the widest lines (a cell wraps where it meets the column's edge), and a
    line opening with a word that continues its cell ("เพื่อ", "และ") the
    likeliest; the first line opens a cell.  A parting that leaves a short
    one-line cell or a cell ending mid-phrase is weighed again (_unstubbed)."""
    extra = len(lines) - n
    if extra <= 0:
        return [[ln] for ln in lines]
    widest = max(_width(ln.text) for ln in lines) or 1

    def goes_on(k: int) -> float:  # how likely line k continues the cell of line k - 1
        return _width(lines[k - 1].text) / widest + (1.0 if _CONTINUES_RE.match(lines[k].text.strip()) else 0.0) \
            + (CUT_WORD_WEIGHT if cuts_word(lines[k - 1].text, lines[k].text) else 0.0)
    joined = set(sorted(range(1, len(lines)), key=lambda k: (-goes_on(k), k))[:extra])
    joined = _unstubbed(lines, extra, widest, joined) or joined
    cells: list[list[Line]] = []
    for k, ln in enumerate(lines):
        if k in joined:
            cells[-1].append(ln)
        else:
            cells.append([ln])
    return cells


def _unstubbed(lines: list[Line], extra: int, widest: int, joined: set[int]) -> set[int] | None:
    """Where the widest lines' parting (`_wrapped_cells`) leaves a cell of one
    line that stopped short of the column's edge (under SHORT_LINE of the
    widest: "ใช้เวลานาน", "รูปแบบปกติได้", the end of a wrapped cell taken for a
    risk of its own, every cell after it one row off) or a cell whose last
    line ends with a word no text ends with (_open_end: "...ข้าราชการครูและ" /
    "บุคลากร..." parted there) or inside a word the next line ends
    (cuts_word: "...เว็บไซต์สำ" / "นักการศึกษา..."), the parting of `extra` joined lines that
    leaves no such cell and joins a line only after one that met the edge (a
    line that stopped short ended its cell: "...รูปแบบปกติ" / "ได้" / the next
    risk): of those, the one joining the most lines that open with a word
    that goes on ("และ", "เพื่อ"), then the one joining after the widest lines,
    as `_wrapped_cells` weighs them.  None where the widest lines' parting
    leaves no such cell, where no parting or several as good do, or where
    they are too many to weigh."""
    widths = [_width(ln.text) for ln in lines]

    def cells(joins: set[int] | tuple[int, ...]) -> list[list[int]]:
        out: list[list[int]] = []
        for k in range(len(lines)):
            if k in joins:
                out[-1].append(k)
            else:
                out.append([k])
        return out

    open_ends = {k for k in range(len(lines) - 1) if _open_end(lines[k].text.strip())
                 or cuts_word(lines[k].text, lines[k + 1].text)}

    def stub(joins: set[int] | tuple[int, ...]) -> bool:
        return any(len(c) == 1 and widths[c[0]] < SHORT_LINE * widest or c[-1] in open_ends for c in cells(joins))
    if not stub(joined):
        return None
    allowed = [k for k in range(1, len(lines)) if widths[k - 1] >= SHORT_LINE * widest]
    if len(allowed) < extra or comb(len(allowed), extra) > MAX_PARTINGS:
        return None
    going = {k for k in allowed if _CONTINUES_RE.match(lines[k].text.strip())}
    weighed = sorted(((len(going & set(joins)), sum(widths[k - 1] for k in joins)), joins)
                     for joins in combinations(allowed, extra) if not stub(joins))
    if not weighed or len(weighed) > 1 and weighed[-1][0] == weighed[-2][0]:
        return None
    return set(weighed[-1][1])


# A markdown table run on in a line (a form printed on one line): its rule row "|---|---|" among its rows.
# OCR reads a bar between two runs of dashes as a look-alike ("|---[---|---I---|"): between dashes nothing
# else is meant, so any of them counts as the rule's bar there.
_RULE_BAR = r"[|\[\]Il!]"
_RUN_RULE_RE = regex.compile(rf"\|(?:\s*:?-{{2,}}:?\s*{_RULE_BAR})+\s*:?-{{2,}}:?\s*\|")
_RULE_BAR_RE = regex.compile(_RULE_BAR)


# A row's line broken between its two scores: the risk's text and the likelihood ("... ใช้เวลานาน ๕"), then the
# impact, the level and the mitigation ("๒ ปานกลาง เตรียม..."): a score with a digit at the end of a line of text
_SCORE_TAIL_RE = regex.compile(rf"[\u0e01-\u0e4e]\S*\s+(?=\S*[\d๐-๙])(?:{_SCORE})\s*$")
# ... and a line that opens with one score and the level (a speck or two before it: the cell's rule)
_SCORE_HEAD_RE = regex.compile(rf"^\s*(?=\S*[\d๐-๙])(?:{_SCORE})\s+[\u0e01-\u0e2e]{{0,2}}(?:{_LEVEL_SRC})(?=\s|$)")


def scores_rejoined(lines: list[Line]) -> list[Line]:
    """A row's line that OCR broke between its two scores ("การจัดกิจกรรมล่าช้ากว่าแผน ... ใช้เวลานาน ๕" /
    "๒ ปานกลาง เตรียมเอกสาร..."), the form printed a row a line, as the one line it was: a line of text ending
    in a score, with no row of its own, and the next line opening with the other score and the level.  Other
    lines are kept as they are."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and _SCORE_TAIL_RE.search(ln.text) and not _ROW_RE.search(ln.text.replace("\t", " ")) \
                and _SCORE_HEAD_RE.match(nxt.text.replace("\t", " ")):
            out.append(Line(ln.no, ln.text.rstrip() + " " + nxt.text.strip(), ln.kind, ln.bullet, ln.indent))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def pipe_rows(lines: list[Line]) -> list[Line]:
    """A line that holds a markdown table run on ("| ความเสี่ยง | ... | |---|---| ... | | risk | 4 | 2 | ปานกลาง
    | mitigation | | risk | ..."), the form printed on one line, as the table's rows: its header and each
    row a line of its cells apart (tabs), the rows told apart by the rule's count of columns (each row
    that many cells, then the gap between two rows' bars), text before the table a line of its own.
    A line whose cells do not fall into whole rows so is kept as it is, and so are other lines."""
    out: list[Line] = []
    for ln in lines:
        rule = _RUN_RULE_RE.search(ln.text)
        if rule is None:
            out.append(ln)
            continue
        k = len(_RULE_BAR_RE.findall(rule.group())) - 1  # the table's columns
        head = ln.text[:rule.start()].split("|")  # ..., the header's k cells, the gap before the rule
        body = ln.text[rule.end():].split("|")  # each row's gap before it and its k cells, then what follows
        lead, tail = "|".join(head[:-k - 1]).strip(), body[-1].strip()
        head = [c.strip() for c in head[-k - 1:-1]]
        chunks = [body[a:a + k + 1] for a in range(0, len(body) - 1, k + 1)]
        if len(head) != k or not all(head) or not chunks or (len(body) - 1) % (k + 1) \
                or any(chunk[0].strip() for chunk in chunks):
            out.append(ln)  # no whole rows of k cells
            continue
        out += [Line(ln.no, lead)] if lead else []
        out += [Line(ln.no, "\t".join(head))]
        out += [Line(ln.no, "\t".join(c.strip() for c in chunk[1:])) for chunk in chunks]
        out += [Line(ln.no, tail)] if tail else []
    return out


_TITLE_SRC = [mark_tolerant(w) for w in ("ความเสี่ยง", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของความเสี่ยง",
                                         "แนวทางการบริหารความเสี่ยง")]
# The table read column by column on one line: each column's title, then its cells, in the table's order.
_COLUMNS_RUN_RE = regex.compile(r"^\s*" + r"\s+(.+?)\s+".join(f"({t})" for t in _TITLE_SRC) + r"\s+(.+?)\s*$")


def titles_apart(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """A line that holds the table read column by column (each column's
    title, then its cells: "ความเสี่ยง ... โอกาสที่จะเกิด ๒ ๔ ผลกระทบ ๒ ๑ ระดับของ
    ความเสี่ยง น้อย น้อย แนวทางการบริหารความเสี่ยง ..."), the form printed on one
    line, as the lines such a table stands on: each title a line; a score or
    level column's cells a line each (each is one word); a text column's
    cells a line each where its phrases part into as many cells as the level
    column holds (`_text_cells`), else its text a line (not told apart:
    by_columns then pairs a table of one row only, and says the rest).
    Where no line holds the whole table, the lines read as one do (the form
    printed on one line and wrapped anywhere by OCR: its line breaks fall
    inside phrases as well as between them), each piece given the line it
    starts on.  Other lines are kept as they are.  The lines of text cells
    parted by a guess (over line breaks) come back too."""
    if not any(_COLUMNS_RUN_RE.match(ln.text) for ln in lines):
        if sum(_column_of(ln.text.strip()) is not None for ln in lines) >= 3:
            return lines, []  # its titles stand on lines of their own: the table's lines as they are
        return _titles_apart_joined(lines)
    out: list[Line] = []
    parted: list[int] = []
    for ln in lines:
        m = _COLUMNS_RUN_RE.match(ln.text)
        if m is None:
            out.append(ln)
            continue
        n = len(m.group(8).split())
        for k in range(1, 11, 2):
            out.append(Line(ln.no, m.group(k)))
            body = m.group(k + 1)
            if k in (1, 9):
                cells, guessed = _text_cells(body, n)
                parted += [ln.no] if guessed else []
                out += [Line(ln.no, body[a:b]) for a, b in cells]
            else:
                out += [Line(ln.no, c) for c in body.split()]
    return out, parted


_COLUMNS_IN_RE = regex.compile(r"\s+(.+?)\s+".join(f"({t})" for t in _TITLE_SRC) + r"\s+(.+?)\s*$")


def _titles_apart_joined(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """titles_apart over the lines read as one (see there)."""
    texts = [ln for ln in lines if ln.text.strip()]
    if len(texts) < 2:
        return lines, []
    starts, breaks, parts, pos = [], set(), [], 0
    for ln in texts:
        starts.append(pos)
        parts.append(" ".join(ln.text.split()))
        pos += len(parts[-1]) + 1
        breaks.add(pos - 1)  # the space that stands for a line break
    joined = " ".join(parts)
    m = _COLUMNS_IN_RE.search(joined)
    if m is None:
        return lines, []

    def line_at(at: int) -> int:
        return texts[max(i for i, s in enumerate(starts) if s <= at)].no

    out = [Line(line_at(0), joined[:m.start()].strip())] if joined[:m.start()].strip() else []
    n, parted = len(m.group(8).split()), []
    for k in range(1, 11, 2):
        out.append(Line(line_at(m.start(k)), m.group(k)))
        if k in (1, 9):
            start = m.start(k + 1)
            body = m.group(k + 1)
            if k == 1:
                body = _without_header(body)
                start = m.end(k + 1) - len(body)
            cells, guessed = _text_cells(body, n, {b - start for b in breaks if start < b < start + len(body)})
            out += [Line(line_at(start + a), body[a:b]) for a, b in cells]
            if guessed:
                parted += [ln.no for ln in out[-len(cells):]]
        else:
            out += [Line(line_at(w.start()), w.group()) for w in regex.finditer(r"\S+", joined, pos=m.start(k + 1),
                                                                                 endpos=m.end(k + 1))]
    return out, parted


MAX_PARTINGS = 5_000  # ways of parting a text column's cells weighed (_text_cells)
_CONTINUES_LOOSE_RE = lazy_compile("^(?:" + "|".join(mark_tolerant(w, spaces=False) for w in (
    "และ", "หรือ", "ซึ่ง", "โดย", "เพื่อ", "ที่", "ให้", "ตลอดจน", "รวมทั้ง", "เนื่องจาก", "ทำให้", "จึง", "แต่")) + ")")


def _text_cells(text: str, n: int, breaks: set[int] | None = None) -> tuple[list[tuple[int, int]], bool]:
    """A text column's `n` cells run on in a line, as spans of `text`, and
    whether where they part was guessed.  Its phrases (the words between
    spaces) part where a phrase opens that does not continue the one before
    ("และ", "เนื่องจาก", "ทำให้"... do, their marks as OCR may leave them):
    where there are just n - 1 such places, each opens a cell.  Over lines
    read as one (`breaks`: the offsets of the spaces that stand for line
    breaks, which may fall inside a phrase) the places at a space inside a
    line are taken first, and the cells parted so are a guess.  Where the
    places are more (a break inside a phrase the clean-up joined with a
    space, a cell of several sentences), the n - 1 of them that leave the
    shortest cell longest are taken, a guess too; fewer: the text is one
    piece (where the cells part is not known)."""
    spans = [(w.start(), w.end()) for w in regex.finditer(r"\S+", text)]
    opens = [k for k in range(1, len(spans)) if not _CONTINUES_LOOSE_RE.match(text[spans[k][0]:])]
    guessed = bool(breaks)
    if breaks and len(opens) > n - 1:
        inside = [k for k in opens if spans[k][0] - 1 not in breaks]
        opens = inside if len(inside) >= n - 1 else opens
    if not spans or n < 2 or len(opens) < n - 1 or comb(len(opens), n - 1) > MAX_PARTINGS:
        return [(0, len(text))], False

    def cells(cuts: tuple[int, ...]) -> list[tuple[int, int]]:
        return [(spans[a][0], spans[b - 1][1]) for a, b in zip((0, *cuts), (*cuts, len(spans)))]
    if len(opens) == n - 1:
        return cells(tuple(opens)), guessed
    best = max(combinations(opens, n - 1), key=lambda cuts: min(b - a for a, b in cells(cuts)))
    return cells(best), True


# Two lone figures of one digit each, as a row's two scores stand ("2 4"), inside a risk's text.
_SCORES_INSIDE_RE = regex.compile(r"(?<!\S)[\d๐-๙][ \t]+[\d๐-๙](?!\S)")
# ... or one score figure 1-5 alone between a risk's words ("... ล่าช้า 3 กว่าแผน ..."): a score column's cell
_LONE_SCORE_RE = regex.compile(r"(?<=[\u0e01-\u0e4e]\s+)[1-5๑-๕](?=\s+[\u0e01-\u0e4e])")
# ... and with the level after them ("๒ ๕ ปานกลาง"), as a row prints its scores and level, inside a mitigation
# (the level with up to two letters OCR made of a speck of the table's rule glued before it: "๓ ๓ ปบปานกลาง")
_ROW_INSIDE_RE = regex.compile(r"(?<!\S)[\d๐-๙][ \t]+[\d๐-๙][ \t]+[\u0e01-\u0e2e]{0,2}(?:น้อย|ปานกลาง|สูง)")


# The budget table's amount column header, its two lines ("จำนวนเงิน" / "(บาท)")
_AMOUNT_TITLE = (skeleton("จำนวนเงิน"), skeleton("บาท"))


def amount_header_out(lines: list[Line]) -> list[Line]:
    """The risk section's lines without the budget table's amount column header ("จำนวนเงิน" over "(บาท)",
    each a line alone): the budget read column by column, its amount column OCR put past the risk section's
    heading (its figures after the header: no risk's cells, placed in no row).  Before, the header's words were
    read as the first risk's text or its opening ("จำนวนเงิน (บาท) สภาพอากาศหรือ..."): the risks after it
    each took the next one's text."""
    texts = [(k, skeleton(ln.text).strip("()")) for k, ln in enumerate(lines) if ln.text.strip()]
    drop = {k for (k, sk), (j, nxt) in zip(texts, texts[1:]) if sk == _AMOUNT_TITLE[0] and nxt == _AMOUNT_TITLE[1]}
    drop |= {j for (k, sk), (j, nxt) in zip(texts, texts[1:]) if k in drop}
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


def read_risks_into(lines: list[Line], out: CopyReading, past: int | None = None, tail: int | None = None) -> bool:
    """The risk rows into `out` (findings of kind "risk"); False if no row was found.  `past`: the first line of
    the table's later rows' columns read past the next heading (rows_past_heading), if any; `tail`: the first
    line of its last row's mitigation read past that heading (tail_past_heading), if any.  A level cell OCR
    damaged by a letter, alone on its line, is read as its level where the table, so read, makes it a row's
    level (levels_mended; tried on a scratch reading first), else the lines are read as printed."""
    mended, printed = levels_mended(lines)
    if printed:
        trial, at = CopyReading(out.index, out.line_start, out.line_end), {}
        if _rows_into(mended, trial, past, tail, {}, at) and _mends_hold(printed, at):
            return _rows_into(mended, out, past, tail, printed, {})
    return _rows_into(lines, out, past, tail, {}, {})


def _mends_hold(printed: dict[int, tuple[str, str]], at: dict[int, tuple[int, str]]) -> bool:
    """Whether the damaged level cells levels_mended read are levels of the table so read (`at`: each row's
    level line -> its scores read and its risk's text): each is a row's level, whose risk is no column title
    (a title read as a risk: the table read by its columns, its rows out of step), and whose row is anchored,
    a score read beside it or a level read as printed elsewhere in the table (a table whose one level is the
    damaged one may have rows that lost their cells before it, all closed by it)."""
    printed_elsewhere = any(no not in printed for no in at)
    return all(no in at and not _is_header(at[no][1]) and (at[no][0] or printed_elsewhere) for no in printed)


# A level cell OCR damaged by a letter (a letter added, lost or misread, marks aside: "นยอย", "อย" for น้อย, "งมาก"
# for สูงมาก), alone on its line: the one level word that near it (damaged_level), read where it stands as a row's
# level does.  (Its scores, where read, are checked against it as any level's: repair_risks.)
def levels_mended(lines: list[Line]) -> tuple[list[Line], dict[int, tuple[str, str]]]:
    """The table's lines with each damaged level cell alone on its line read as its level word, and for each
    such line (its number) the word as printed and the level read."""
    if not enabled():
        return lines, {}
    out: list[Line] = []
    printed: dict[int, tuple[str, str]] = {}
    for ln in lines:
        word = ln.text.strip()
        near = _near_levels(word) if damaged_level(word) else []
        if len(near) == 1:
            out.append(Line(ln.no, near[0], ln.kind, ln.bullet, ln.indent, ln.cols))
            printed[ln.no] = (word, near[0])
        else:
            out.append(ln)
    return out, printed


def _near_levels(word: str) -> list[str]:
    sk = skeleton(word)
    return [w for k, w in _LEVEL_BY_SKELETON.items() if len(k) >= LEVEL_NEAR_MIN and Levenshtein.distance(sk, k) == 1]


def _rows_into(lines: list[Line], out: CopyReading, past: int | None, tail: int | None,
               mended: dict[int, tuple[str, str]], levels_at: dict[int, tuple[int, str]]) -> bool:
    """read_risks_into's reading of `lines` (`mended`: the damaged level cells levels_mended read, said where a
    row takes one as its level); `levels_at` gathers the line of each row's level read, with the row's scores
    read and its risk's text."""
    lines, parted = titles_apart(scores_rejoined(pipe_rows(amount_header_out(lines))))
    down = rows_read_down(lines, past) if past is not None else None
    if down is not None:
        lines = down[0]
    lone_levels = [ln.no for ln in lines if skeleton(ln.text.strip()) in _LEVEL_BY_SKELETON]
    rows, left, misplaced = read_risk_rows(lines)
    if down is not None and (misplaced or not any(r.risk for r in rows)):
        return False  # the rows read across before them are no rows: rows_past_heading gave these lines back
    # (asked with the columns' titles read across above the rows too: the risks' column read down under them, then
    # each row's scores and level a line, then the mitigations' column; before, only the first row was read, the
    # others lost with no issue naming them: fresh set s85b, bma_proposal_s85b004)
    across_rows = _levels_after_risks(rows)
    risks_first = _risks_before_rows(rows) if not misplaced else None
    if risks_first is not None:
        # the risks' column read down, then each row's other cells read across (_risks_before_rows): before, the
        # first row took every risk's text and the others, no risk, were dropped (fresh set s95o)
        rows = risks_first[0]
        if risks_first[1]:
            span = [no for r in rows for _, no in r.risk]
            out.issues.append(Issue("warning", "unread_cells", "risk table read in two blocks, the risks' column "
                                    "down the page, then each row's scores, level and mitigation across: the "
                                    "column's lines are more than its rows, and where its cells part was guessed "
                                    "from where lines wrap, so each row's risk is in doubt", "", min(span), max(span),
                                    field="findings.text"))
    rows = [r for r in rows if r.risk]
    counted = None
    if not rows:
        # no level read anywhere (every level's cell garbled or lost): a table read column by column may still
        # count its rows by its score columns (by_figures: a figure beside each risk's first line, or each row's
        # two scores on a line of their own), its doubts said as there
        counted = None if down is not None else by_figures(lines)
        if counted is None or not counted.rows:
            return False
    guessed: list[int] = []
    garbled: list[str] = []  # (the score columns by_columns left unread whole, OCR having garbled them)
    paired = by_columns(lines, garbled) if counted is None else None
    if paired is not None and not misplaced:
        # every column's title on a line of its own, then as many cells as levels (by_columns): a table read
        # column by column whatever the rows read found (a title OCR'd above a score it did not take for one,
        # "โอกาสที่จะเกิด" / "©": the titles read as risks' texts)
        misplaced = [ln for ln in lines if _column_of(ln.text.strip()) not in (None, "risk")]
    if counted is None:
        counted = by_figures(lines) if misplaced and paired is None else None
    if counted is None and not misplaced and paired is None and rows and across_rows is None:
        counted = _blocks_under_titles(lines, len(rows))
    if counted is None and paired is None and across_rows is not None:
        # the risk column read down, then each row's scores and level on a line of their own: the rows are
        # counted by those lines, the text columns parted where their lines wrap (a guess: said)
        rows, extra = across_rows
        left = left + extra
        guessed = wrapped_by_columns(rows)
    # the table said read column by column, its rows' texts in doubt (not said again at each row: below)
    by_columns_said = counted is not None or bool(misplaced) or bool(guessed)
    if counted is not None:  # read column by column, its rows counted by the score columns
        rows, left, misplaced = counted.rows, counted.left, []
        table = [n for r in rows for n in r.line_nos()]
        out.issues += [Issue("warning", "unread_cells", f"risk table read column by column: {name}: {what}", "",
                             min(table), max(table), field=f"findings.{name}") for name, what in counted.doubts]
    elif misplaced and paired is not None:  # read column by column, a cell a line each
        rows, left, misplaced = paired, [], []
        guessed = wrapped_by_columns(rows)
        unread = [name for k, name in enumerate(("likelihood", "impact")) if any(r.scores[k][0] is None for r in rows)]
        table = [n for r in rows for _, n in r.risk + r.mitigation] + [r.level_line for r in rows]
        for k, name in enumerate(("likelihood", "impact")):
            if name not in unread:
                continue
            placed = [seq for seq, r in enumerate(rows, start=1) if r.scores[k][0] is not None]
            # its cells that fit one placement only, by the rows' levels (_placed_by_level), were placed: said too
            how = (f"; its cells were placed in rows {placed}, the one placement whose scores give every row's level "
                   "with its other score, the other rows' left unread") if placed else \
                ", so which row each belongs to cannot be told: left unread"
            what = ("holds cells that are no score or more cells than rows (OCR garbled it: a page's footer read "
                    "into it)" if name in garbled else
                    "holds fewer cells than rows (OCR lost some at a page break or a page's footer)")
            out.issues.append(Issue("warning", "unread_cells", f"risk table read column by column: the {name} column "
                                    + what + how, "", min(table), max(table), field=f"findings.{name}"))
        for short, other in (("likelihood", "impact"), ("impact", "likelihood")):
            # the score column beside one that lost cells, read whole, paired by order: OCR reads the two narrow
            # columns down together, and a lost cell of one may stand read in the other, a cell of the other in
            # the lost one's place (s87a001: the likelihoods "3" "1" "2" read "3" alone, then the impacts "3" "4"
            # "3" read "2" "4" "3"): each of its rows' scores in doubt (before, its first row's was silently wrong)
            if short in unread and short not in garbled and other not in unread:
                out.issues.append(Issue(
                    "warning", "unread_cells", f"risk table read column by column: the {other} column, its cells "
                    f"paired with the rows by order, stands beside the {short} column, which OCR lost cells of; a "
                    f"cell of one may have been read into the other, so each row's {other} is in doubt", "",
                    min(table), max(table), field=f"findings.{other}"))
        if parted:  # a text column's cells parted at its phrases over lines read as one
            out.issues += [Issue("warning", "unread_cells", "risk table read column by column, printed on one line "
                                 "and broken over lines: a text column's cells were parted where a phrase opens "
                                 "(line breaks left aside, which may fall inside a phrase), so each row's "
                                 f"{what} is in doubt", "", min(parted), max(parted), field=f"findings.{name}")
                           for name, what in (("text", "risk"), ("mitigation", "mitigation"))]
    if guessed:  # a text column's cells told apart by its lines' widths: each row's risk and mitigation in doubt
        out.issues += [Issue("warning", "unread_cells", "risk table read column by column, a text column of more "
                             "lines than rows: where its cells part was guessed from where lines wrap, so each "
                             f"row's {what} is in doubt", "", min(guessed), max(guessed), field=f"findings.{name}")
                       for name, what in (("text", "risk"), ("mitigation", "mitigation"))]
    if misplaced:  # read column by column: every row's cells may be another row's
        table = [n for r in rows for n in r.line_nos()] + [ln.no for ln in misplaced]
        span = (min(table), max(table))
        out.issues.append(Issue("warning", "unread_cells", "risk table read column by column (its columns' titles "
                                f"stand after the risks' text, line {misplaced[0].no}): which row each risk, score, "
                                "level and mitigation belongs to is in doubt, and rows may be lost",
                                " ".join(ln.text for ln in misplaced), *span, field="findings"))  # all its rows
    if down is not None:
        # the later rows read down their columns past the next heading (rows_read_down): after the rows read
        # across, their mitigations parted where the lines wrap (a guess where more lines than cells: said)
        _, later, later_mitigation, later_left = down
        before = rows[-1] if rows else None
        if before is not None and later_mitigation:
            _risk_goes_on(before)
        if part_mitigations(before, later, later_mitigation):
            span = [ln.no for ln in later_mitigation]
            out.issues += [Issue("warning", "unread_cells", "risk table: its later rows read down their columns past "
                                 "the next heading, the mitigations' lines more than its rows' cells: where they "
                                 f"part was guessed from where lines wrap, so each row's {what} is in doubt", "",
                                 min(span), max(span), field=f"findings.{name}")
                           for name, what in (("mitigation", "mitigation"),)]
        unpaired = [row for row in later if row.level is None]
        if unpaired:
            # fewer impact-and-level lines past the heading than later rows (rows_read_down): OCR lost some,
            # so none was paired with a row; those rows' impacts and levels are unread (said here and below)
            span = [n for row in unpaired for n in row.line_nos()] + [ln.no for ln in later_left]
            out.issues.append(Issue("warning", "unread_cells", "risk table: its later rows read down their columns "
                                    "past the next heading hold fewer impact-and-level lines than rows (OCR lost "
                                    "some), so which row each belongs to cannot be told: their impacts and levels "
                                    "left unread", " ".join(ln.text for ln in later_left)[:60], min(span),
                                    max(span), field="findings.impact"))
        rows, left = rows + later, left + later_left
    if tail is not None and rows and counted is None and not misplaced and down is None and not guessed \
            and (run := _parted_at_heading(rows[-1], tail)) is not None:
        # the last row's one-cell lines parted where the benefits' heading stood among them (tail_past_heading):
        # the risk's before it, the mitigation's after it; a reading of where OCR's blocks fell, so said
        seq, (before, after) = len(rows), run
        out.issues += [Issue("warning", "unread_cells", f"risk {seq}, the table's last row: its mitigation's last "
                             f"lines stand under the benefits' heading (line {after[0]} on), read as its own, and its "
                             "lines of one cell before the heading as its risk's (OCR read the risk column down to "
                             "the heading, the mitigation column's end after it); each is in doubt",
                             " ".join(t for t, n in rows[-1].mitigation if n >= tail)[:60],
                             min(rows[-1].line_nos() + before), max(after), field=f"findings.{name}")
                       for name in ("text", "mitigation")]
    if len(lone_levels) > len(rows) and rows:
        # more level cells, each a line of its own, than rows read: a row's cells ran into another's (a table read
        # column by column whose risk column's lines went to one row): the rows read and the rows lost are said
        table = [n for r in rows for n in r.line_nos()] + lone_levels
        out.issues.append(Issue("warning", "unread_cells", f"risk table: {len(lone_levels)} level cells stand each "
                                f"on a line of their own, but {len(rows)} row(s) were read: a row's cells ran into "
                                "another's or were lost, so rows are missing and the rows read may hold their text",
                                "", min(table), max(table), field="findings"))
    # a row lost inside the table shifts the number of every row after it: an issue saying so covers them too
    table_end = max((n for r in rows for n in r.line_nos()), default=0)
    for seq, row in enumerate(rows, start=1):
        key = ("risk", seq)
        text = clean_value(join_cell([t for t, _ in row.risk]))
        members = row.line_nos()
        span = (min(members), max(members))
        on = (span[0], max(span[1], table_end))  # this row and the rows after it
        out.put("findings", key, "text", Reading(text, text, *span))
        if (pair := _SCORES_INSIDE_RE.search(text)) is not None:
            # a row's scores inside a risk's text ("... การจัดกิจกรรม 2 4 ปานกลา เตรียม ..."): a row whose level OCR
            # left unread ran into this one, so the rows, and this row's cells, are in doubt
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text holds two lone figures "
                                    f"({pair.group()!r}) as a row's scores stand: a row whose level OCR left unread "
                                    "may have run into it, so the table's rows and this row's cells are in doubt",
                                    text[:60], *on, field="findings"))
        elif len(lone := _LONE_SCORE_RE.findall(text)) >= 2:
            # lone score figures apart inside a risk's text, each between its words ("การจัดกิจกรรมล่าช้า 3 กว่าแผน
            # ... ราคาวัสดุสูงกว่าที่ 3 ประมาณการไว้ ..."): a score column's cells, one per row, read in beside the
            # risk column's lines, so the text holds the lines of as many rows, run into this one (before, fresh set
            # s81b's bma_proposal_s81b003 read its two risks as one, the second row lost with no issue naming it)
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text holds {len(lone)} lone score "
                                    f"figures apart ({', '.join(lone[:5])}), as a score column's cells stand one "
                                    "per row: the rows they score may have run into this one, so the table's rows "
                                    "and this row's cells are in doubt", text[:60], *on, field="findings"))
        elif len(causes := _CAUSE_RE.findall(text)) >= 2:
            # two causes in one risk's text (fresh set s99s, bma_proposal_s99s004: "... มีภาระงานมาก
            # ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจาก...", the third row's scores and level lost, its text read
            # into the second's, the row lost with no issue naming it), or a cause and an effect (fresh set s118p,
            # bma_proposal_s118p002: "... เนื่องจากมีภารกิจ... ราคาวัสดุสูงกว่า... ทำให้จัดซื้อ...", the last row's
            # scores and level lost): a risk states one, no more (every risk of the sets' truth, 594)
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text states two causes or effects "
                                    f"({', '.join(repr(c) for c in causes[:3])}), as two risks do: a row whose scores "
                                    "and level OCR lost may have run into it, so the table's rows and this row's "
                                    "cells are in doubt", text[:60], *on, field="findings"))
        elif (header_left(text) or 0) >= TITLES_INSIDE_MIN:
            # a risk's text of the columns' titles alone ("ผลกระทบ ระดับของ a ความเสยง": fresh set s109p's
            # bma_proposal_s109p005, a pipe table read down its columns): OCR read the header row as a row of its
            # own, and its scores, level and mitigation are another row's; before, it took the next number, silent
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text is the table's column titles "
                                    f"alone ({text[:60]!r}): OCR read the header row as a row, so its cells are "
                                    "another row's, the table's rows and their numbers are in doubt, and rows may "
                                    "be lost", text[:60], *on, field="findings"))
        if titles := ([t for t, _ in row.risk[1:] if (header_left(t) or 0) >= TITLES_INSIDE_MIN]
                      or _titles_run(row.risk[1:])):
            # the columns' titles among a risk's lines, past its first (fresh set s92o bma_proposal_s92o001:
            # "ระดับของ / แนวทางการบริหาร", "ความเสียง ความเสียง" between a risk's lines and its level): OCR read the
            # header row in among the rows, so the rows' cells interleave and a row may be lost (there, the first
            # row's level and mitigation were read into its text, and the row was read as the second's, silently)
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text holds the table's column "
                                    f"titles ({' '.join(titles[0].split())!r}) among its lines: OCR read the header "
                                    "row in among the rows, so the table's rows and this row's cells are in doubt, "
                                    "and rows may be lost", text[:60], *on, field="findings"))
        if row.side_by_side_again is not None:
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its cells stand side by side again at "
                                    f"line {row.side_by_side_again}, after lines of one cell that end one of them: a "
                                    "row whose scores and level OCR lost may have run into it (or OCR parted the "
                                    "row's lines), so the table's rows and this row's cells are in doubt",
                                    text[:60], *on, field="findings"))
        lone_cause = False  # the table's last row closed by lines of one cell that state a cause (said below)
        if row.lone:  # given to the mitigation, which wraps longest as a rule; the risk's own end just as well
            out.issues += [Issue("warning", "unread_cells", f"risk {seq}: {len(row.lone)} line(s) of one cell after "
                                 "its row's two-cell lines (risk, mitigation) could end either; given to the mitigation",
                                 text[:60], row.lone[0], row.lone[-1], field=f"findings.{name}")
                           for name in ("mitigation", "text")]
            lone = join_cell([t for t, n in row.mitigation if n in set(row.lone)])
            lone_cause = seq == len(rows) and _CAUSE_RE.search(lone) is not None
            if lone_cause:
                # the table's last row closed by lines of one cell that state a cause or an effect, as a risk does
                # and a mitigation (an action) does not ("... ล่าช้ากว่าแผน เนื่องจาก ขั้นตอน..."): another row's
                # risk whose scores and level OCR lost (its line dropped, or read as specks), a row lost with
                # nothing else to count it by; said of the table at those lines
                out.issues.append(Issue("warning", "unread_cells", f"risk {seq}, the table's last row: "
                                        f"{len(row.lone)} line(s) of one cell close it, given to its mitigation, "
                                        "that state a cause or an effect as a risk does: they may be a row whose "
                                        "scores and level OCR lost, and rows may be lost", lone[:60],
                                        row.lone[0], row.lone[-1], field="findings"))
        if row.opens_in_doubt > 1:  # the last row's mitigation and this risk part by a guess
            out.issues += [Issue("warning", "unread_cells", f"risk {seq - 1}'s mitigation and risk {seq}'s text "
                                 f"printed on one line: {row.opens_in_doubt} of its phrases could open risk {seq}, "
                                 "where they part is in doubt", text[:60], *span, field=f"findings.{name}")
                           for name in ("mitigation", "text")]
        if not row.level and (near := level_by_debris(row)) is not None:
            # the level's cell OCR misread a letter of ("ปขานกลาง"): the one level word a letter off it, which
            # the scores printed beside it give too; said
            row.level = near
            printed = " ".join(t for t, _ in row.scores)
            out.issues.append(Issue("warning", "value_repaired", f"risk {seq}: its level printed {row.debris!r} is "
                                    f"no level word; {near}, a letter off it, is the one the scores printed "
                                    f"{printed!r} give", json.dumps({"rule": "risk_matrix", "printed": row.debris,
                                                                     "candidates": [near], "chosen": near,
                                                                     "level": near}, ensure_ascii=False),
                                    *span, field="findings.level"))
        if row.level and row.level_line in mended and mended[row.level_line][1] == row.level:
            # its level cell OCR damaged by a letter, read as the one level word that near it (levels_mended); said
            word = mended[row.level_line][0]
            out.put("findings", key, "level", Reading(row.level, word, *span))
            out.issues.append(Issue("warning", "value_repaired", f"risk {seq}: its level printed {word!r} is no "
                                    f"level word; {row.level}, a letter off it, is the one level word that near it",
                                    json.dumps({"rule": "level_near_word", "printed": word, "chosen": row.level},
                                               ensure_ascii=False), *span, field="findings.level"))
        elif row.level:
            out.put("findings", key, "level", Reading(row.level, row.debris or row.level, *span))
        if row.level:
            levels_at[row.level_line] = (sum(1 for token, _ in row.scores if token is not None), text)
        elif not misplaced and (given := level_by_scores(row)) is not None:
            # the level's cell lost (garbled past any level word, or its column's cells lost at a page break):
            # the band every reading of the two scores printed gives; said, the row's other doubts as below (not
            # in a table read column by column whose rows are in doubt: its scores may be another row's)
            level, pairs = given
            out.put("findings", key, "level", Reading(level, row.debris or "", *span))
            printed = " ".join(t for t, _ in row.scores)
            out.issues.append(Issue("warning", "value_repaired", f"risk {seq}: its level was not read; the scores "
                                    f"printed {printed!r} give {level} (likelihood x impact, the form's score table) "
                                    "in every reading of them", json.dumps(
                                        {"rule": "risk_level_by_scores", "printed": f"{printed} {row.debris or ''}"
                                         .strip(), "candidates": pairs, "chosen": level},
                                        ensure_ascii=False), *span, field="findings.level"))
        else:
            out.issues.append(Issue("warning", "missing_value", f"risk {seq}: its level (น้อยมาก ... สูงมาก) not read",
                                    text[:60], *span, field="findings.level"))
        if not row.level:
            if seq > 1:
                # the level closes a row's cells before its mitigation: lost, where the row above's mitigation
                # ends and this risk's text opens was guessed (a line of this risk's text read as that
                # mitigation's wrap, silent before)
                above = rows[seq - 2].line_nos() or [span[0]]
                out.issues += [Issue("warning", "unread_cells", f"risk {seq}: its level not read, so where risk "
                                     f"{seq - 1}'s mitigation ends and risk {seq}'s text opens is in doubt",
                                     text[:60], min(above), span[1], field=f"findings.{name}")
                               for name in ("mitigation", "text")]
            # the scores are checked against the level (repair_risks); OCR that garbled the level misreads the
            # scores beside it as often ("๓ ๕ qo" for ๓ ๔ สูง), and with no level nothing tells
            out.issues += [Issue("warning", "unread_cells", f"risk {seq}: its level not read, so its {name} "
                                 f"printed {token!r} cannot be checked against it (OCR that garbled the level may "
                                 "have misread it)", text[:60], *span, field=f"findings.{name}")
                           for name, (token, _) in zip(("likelihood", "impact"), row.scores)
                           if token is not None and len(row.scores) == 2]
        if len(row.scores) == 2:  # one score alone could be either
            for name, (token, _) in zip(("likelihood", "impact"), row.scores):
                if token is None:  # its column's cells could not be paired with the rows (said)
                    continue
                out.put("findings", key, name, Reading(score_value(token), token, *span))
        else:  # both scores are in doubt: which one was lost cannot be told
            out.issues += [Issue("warning", "missing_value", f"risk {seq}: {2 - len(row.scores)} of its two "
                                 "scores (likelihood, impact) not read", text[:60], *span, field=f"findings.{name}")
                           for name in ("likelihood", "impact")]
        mitigation, before = without_title(clean_value(join_cell([t for t, _ in row.mitigation]))) \
            if row.mitigation else ("", "")
        if before:  # the column's title inside the cell: what stood before it is another cell's
            out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its mitigation holds its column's title "
                                    f"(แนวทางการบริหารความเสี่ยง) after {before[:30]!r}: a column read down the page, "
                                    "the words before its title another cell's, left out; the mitigation is in doubt",
                                    before[:60], *span, field="findings.mitigation"))
        if mitigation:
            out.put("findings", key, "mitigation", Reading(mitigation, mitigation, *span))
            if not lone_cause and (cause := _CAUSE_RE.search(mitigation)) is not None:
                # a cause or an effect stated in a mitigation ("... เพื่อให้แต่ละ ... การจัดกิจกรรม ล่าช้ากว่าแผน
                # เนื่องจากขั้นตอน..."), which is an action, as a risk's text states it: another column's cells (a
                # risk's text, read down the page past its row) ran into it, and a row may be lost with them
                out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its mitigation states a cause or "
                                        f"an effect ({cause.group(0)!r}) as a risk's text does and a mitigation, an "
                                        "action, does not: the table's other columns (a risk's text) ran into it, "
                                        "so its cells are in doubt and rows may be lost", mitigation[:60], *on,
                                        field="findings"))
            if (pair := _ROW_INSIDE_RE.search(mitigation)) is not None:
                # a row's scores inside a mitigation ("... ปฏิทิน การศึกษา ๒ ๕ ปานกลาง สำรวจราคา ...": a row printed
                # past a page break on lines of one cell, given to the mitigation): that row is lost, as in a text
                out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its mitigation holds two lone "
                                        f"figures and a level ({pair.group()!r}) as a row's scores and level stand: "
                                        "a row (printed past a page break on lines of one cell) may have run "
                                        "into it, so the table's rows and this row's cells are in doubt",
                                        mitigation[:60], *on, field="findings"))
        else:  # the form prints one for every risk ("-" at least): its column lost to OCR, or run into the risk's
            out.issues.append(Issue("warning", "missing_value", f"risk {seq}: its mitigation (แนวทางการบริหารความเสี่ยง) "
                                    "not read; the lines after its level, if any, are read as the risk's own",
                                    text[:60], *span, field="findings.mitigation"))
            if not by_columns_said and row.risk and max(n for _, n in row.risk) < row.level_line:
                # its text wholly above its scores and level, which stand on a line of their own after it, and no
                # mitigation: the table read down the page a column at a time, the rows' texts one run that only
                # the figures part (fresh set s117p001: two risks' texts read as one, the second row lost, silent)
                out.issues.append(Issue("warning", "unread_cells", f"risk {seq}: its text stands wholly above its "
                                        "scores and level, on a line of their own after it, and no mitigation was "
                                        "read: the table was read down the page a column at a time, so its text may "
                                        "hold other rows' texts and rows may be lost", text[:60], *span,
                                        field="findings"))
    out.leave("unread_cells", "risk table text placed in no risk row", left, "findings")
    last = max((n for r in rows for n in r.line_nos()), default=None)
    if left and last is not None and left[0].no < last:
        # the text stands among the rows (a row's cells OCR garbled past reading): the rows after it may each
        # hold the next row's cells, and the last row be lost, so they are said too (the table at their lines)
        out.issues.append(Issue("warning", "unread_cells", "risk table text placed in no risk row stands among "
                                f"its rows (line {left[0].no}): a row's cells OCR garbled, so the rows after it may "
                                "each hold the next one's cells and a row be lost",
                                " ".join(ln.text for ln in left)[:120], left[0].no, last, field="findings"))
    return True


def across_only(table: list[Line]) -> bool:
    """Whether the risk table was read across only: a row's scores and level on its risk's line ("โรงเรียนไม่  ๔
    ๔ สูงมาก  มีหนังสือแจ้ง") at least once, and no level on a line of its own (a column read down)."""
    flat = [ln.text.replace("\t", " ") for ln in table]
    return any(_ROW_RE.search(t) for t in flat) and not any(_LEVEL_LINE_RE.match(t) for t in flat)


def _parted_at_heading(row: Row, tail: int) -> tuple[list[int], list[int]] | None:
    """The last row of a table read across whose cells OCR read past the benefits' heading: its lines of one
    cell after its two-cell lines (risk, mitigation) up to the heading are its risk's, those from `tail` (the
    first line past the heading) its mitigation's.  A page's table wrapped lower in both its text columns than
    the row's two-cell lines OCR may read in blocks: the risk column's end, then the heading under it at the
    same margin, then the mitigation column's end beside them ("ผู้เข้ารับการอบรมไม่  ๑  ๒ น้อยมาก  ไประสาน" /
    ... / "เร่งด่วนในช่วงเวลา" / "เดียวกัน" / "9. ประโยชน์ที่คาดว่าจะได้รับ" / "กำหนดวัน" / ... / "การศึกษา";
    before, the risk's end went to the mitigation, whose end stood unplaced under the heading).  Returns the
    lines given (the risk's, the mitigation's), or None where the row holds no two-cell line or no line from
    `tail`."""
    two = {n for _, n in row.risk} & {n for _, n in row.mitigation}
    if not two:
        return None
    end = max(two)
    run = sorted((c for c in row.risk + row.mitigation if c[1] > end), key=lambda c: c[1])
    if not any(n >= tail for _, n in run):
        return None
    row.risk = [c for c in row.risk if c[1] <= end] + [c for c in run if c[1] < tail]
    row.mitigation = [c for c in row.mitigation if c[1] <= end] + [c for c in run if c[1] >= tail]
    row.lone = []
    return [n for _, n in run if n < tail], [n for _, n in run if n >= tail]


# The mitigation column's title ("แนวทาง การบริหาร ความเสี่ยง", OCR's spaces and marks aside): a column read down
# the page opens with it, so a cell that holds it took it for its own words.
_MITIGATION_TITLE_RE = regex.compile(mark_tolerant("แนวทางการบริหารความเสี่ยง"))


def without_title(mitigation: str) -> tuple[str, str]:
    """A mitigation without its column's title OCR read into it (the last
    printing), and the words before the title ("" if none): the column's
    title opens its cells, so those words are another cell's (the table's
    other columns, or text above the table, read before it)."""
    found = list(_MITIGATION_TITLE_RE.finditer(mitigation))
    if not found:
        return mitigation, ""
    return mitigation[found[-1].end():].strip(), mitigation[: found[-1].start()].strip()


# ---------------------------------------------------------------- repair

def _band(level: str | None) -> tuple[int, int] | None:
    return next(((lo, hi) for w, lo, hi in LEVELS if w == level), None)


def fits_as_printed(likelihood: str, impact: str, level: str) -> bool:
    """Whether a row's two score cells, read as printed, give its level (likelihood x impact in the level's band,
    LEVELS), and no other reading of their characters does (_readings: "๕" may be a ๔ OCR misread)."""
    band = _band(level)
    values = (score_value(likelihood), score_value(impact))
    if band is None or None in values:
        return False
    fit = [(a, b) for a in _readings(likelihood) for b in _readings(impact) if band[0] <= int(a) * int(b) <= band[1]]
    return fit == [values]


def _readings(text: str) -> list[str]:
    """The scores 1-5 a printed score cell may be.  A cell of two digit-like
    characters ("@๑", "๐๓") that reads as no score is a score and a speck OCR
    read as a digit beside it: either character may be the score."""
    digits = "".join(_SCORE_CHARS_RE.findall(text))
    found = [c for c in candidates(digits) if len(c) == 1 and c in "12345"] if digits else []
    if not found and len(digits) == 2:
        found = sorted({c for d in digits for c in candidates(d) if len(c) == 1 and c in "12345"})
    if _TAILED_RE.fullmatch(text.strip()):
        found = sorted({*found, *_TAIL_SCORES})
    return found


# A score cell of one symbol a looped digit is read as, with a bracket after it ("©)", "@)"): the bracket is the
# digit's tail, so the digit may be either looped one whose tail OCR reads so, ๑ or ๓ (the sets print ๑ and ๓ as
# "©)"), beside the symbol's own readings ("@" alone reads 1 or 4: "@)" read 4 where ๓ was printed, a pair
# the level fitted chosen wrong: fresh set s63o, bma_proposal_s63o003).
_TAILED_RE = regex.compile(r"[©@]\)")
_TAIL_SCORES = ("1", "3")


def _speck_cell(text: str) -> bool:
    """A score cell of two characters that are look-alikes of digits, no digit among them ("oO", "@©"), that
    read together as no score: either may be the score (_readings), or neither."""
    chars = "".join(_SCORE_CHARS_RE.findall(text))
    return len(chars) == 2 and not regex.search(r"[\d๐-๙]", chars) and \
        not [c for c in candidates(chars) if len(c) == 1 and c in "12345"]


def repair_risks(findings: dict[Any, dict[str, Reading]], level_disputed: set | frozenset = frozenset(),
                 never_written: str = "") -> list[Issue]:
    """Scores 1-5 whose product falls in the level's band: a score printed
    outside 1-5, or a pair that disagrees with the level, is repaired when
    exactly one pair of readings of the printed characters fits (the other
    score staying as printed when it is certain); flagged otherwise.  (A
    level OCR lost is filled from the scores only where every reading of
    them gives one level, level_by_scores in read_risks_into: a row whose
    level OCR garbled has its scores misread as often.)  A
    row whose copies read different levels (`level_disputed`: one copy may
    have given it another row's, a risk table read by its columns) has no
    level to weigh its scores against: they are kept as read and said.  In
    a document whose OCR never writes some digits (`never_written`,
    parsers.digits.unread_digits), a score printed in a Thai digit may be
    one of them read as another (_unread_scores): where such a reading gives
    the level too, the one pair is no longer one, and the pair is said, not
    chosen."""
    issues: list[Issue] = []
    for key, rec in findings.items():
        if key[0] == "risk" and ("likelihood" in rec) != ("impact" in rec):
            issues += _score_by_level(key, rec, key in level_disputed)
            kept = "likelihood" if "likelihood" in rec else "impact"
            if rec[kept].value in (None, "") and not (readings := _readings(rec[kept].text)):
                # the one score read is no score either ("a", "9"): said, as a row of both scores unread is
                issues.append(Issue("warning", "unparsed_value", f"risk {key[1]}: its {kept} printed "
                                    f"{rec[kept].text!r} reads as no score 1-5, and its other score was not read",
                                    rec[kept].text, *rec[kept].span, field=f"findings.{kept}"))
            elif rec[kept].value in (None, ""):
                # ... or a look-alike of several scores ("@": 1 or 4) that the level did not settle, its other
                # score lost: left unread and said (once unread with no issue: fresh set s63o, bma_proposal_s63o005)
                issues.append(Issue("warning", "repair_ambiguous", f"risk {key[1]}: its {kept} printed "
                                    f"{rec[kept].text!r} reads as no score 1-5 (it may be {' or '.join(readings)}), "
                                    "and its other score was not read, so no reading of it is chosen",
                                    json.dumps({"rule": "risk_matrix", "printed": rec[kept].text,
                                                "level": rec["level"].value if "level" in rec else None,
                                                "candidates": readings}, ensure_ascii=False),
                                    *rec[kept].span, field=f"findings.{kept}"))
        if key[0] != "risk" or "likelihood" not in rec or "impact" not in rec:
            continue
        unread = [name for name in ("likelihood", "impact") if not _readings(rec[name].text)]
        if len(unread) == 1 and rec[unread[0]].value is None and enabled():
            # one score cell OCR garbled past any reading ("เวิ,", "ต"): weighed as a lost one
            # (_score_by_level), the other and the level giving it where one pair does
            found = _score_by_level(key, rec, key in level_disputed, unread[0])
            if any(i.code == "value_repaired" for i in found):
                issues += found
                continue
        band = _band(rec["level"].value) if "level" in rec else None
        fits = (lambda a, b: band[0] <= a * b <= band[1]) if band else (lambda a, b: True)
        printed = (rec["likelihood"].text, rec["impact"].text)
        values = (rec["likelihood"].value, rec["impact"].value)
        if all(v is not None for v in values) and fits(int(values[0]), int(values[1])):
            continue
        if not enabled():
            continue
        pairs = [(a, b) for a in _readings(printed[0]) for b in _readings(printed[1]) if fits(int(a), int(b))]
        span = rec["likelihood"].span
        evidence = {"rule": "risk_matrix", "printed": f"{printed[0]} {printed[1]}", "level": rec.get("level") and
                    rec["level"].value, "candidates": [f"{a}x{b}" for a, b in pairs[:10]]}
        if len(pairs) == 1 and key in level_disputed:
            issues += [Issue("warning", "repair_ambiguous", f"risk {key[1]}: scores printed {printed[0]!r} and "
                             f"{printed[1]!r} do not give the level {evidence['level']}, but the copies disagree on "
                             "its level (one may have read another row's), so no reading of them is chosen",
                             json.dumps(evidence, ensure_ascii=False), *span, field=f"findings.{name}")
                       for name in ("likelihood", "impact")]
        elif len(pairs) == 1 and all(v is None for v in values) and any(_speck_cell(t) for t in printed):
            # neither score reads as printed, and one cell is specks (two look-alikes, no digit: "oO"), each of whose
            # characters may be the score: the one pair rests on a guess at both cells (a misread the table lacks,
            # ๓ read as ๐, reads the other as a wrong score the level then fits: fresh set s63z,
            # bma_proposal_s63z004 '๐ oO', 4 x 1 for 3 x 1), so it is said, not chosen
            issues += [Issue("warning", "repair_ambiguous", f"risk {key[1]}: scores printed {printed[0]!r} and "
                             f"{printed[1]!r} read as no score, one cell of specks whose every character may be the "
                             f"score; the one pair of their readings that gives the level {evidence['level']} "
                             f"({evidence['candidates'][0]}) rests on a guess at both, so none is chosen",
                             json.dumps(evidence, ensure_ascii=False), *span, field=f"findings.{name}")
                       for name in ("likelihood", "impact")]
        elif len(pairs) == 1 and band is None and all(v is None for v in values):
            # neither score reads as printed and the row has no level to weigh them against: the one pair is no
            # more than the one score each cell's characters could be, nothing of the document checks it (fresh
            # set s124p, bma_proposal_s124p005: a table read column by column, '๐๐ ๐๐' read as 4 x 4, the truth
            # 1 x 4); said, not chosen
            issues += [Issue("warning", "repair_ambiguous", f"risk {key[1]}: scores printed {printed[0]!r} and "
                             f"{printed[1]!r} read as no score and its level was not read: the one reading of "
                             f"their characters ({pairs[0][0]}x{pairs[0][1]}) is checked by nothing, so none is "
                             "chosen", json.dumps(evidence, ensure_ascii=False), *span, field=f"findings.{name}")
                       for name in ("likelihood", "impact")]
        elif len(pairs) == 1 and len(wide := _unread_pairs(printed, fits, never_written)) > 1:
            # the one pair rests on a score printed in a Thai digit that may stand for one the document's OCR
            # never writes (๓ where ๔ ๖ ๗ ๘ ๙ are never read; ๔ was read as ๓ 22 times in 4821), and with that
            # digit another pair gives the level (fresh set s80o, bma_proposal_s80o003: '๑๕ ๓' and สูงมาก,
            # 5 x 3 chosen where ๔ x ๔ was printed); said, not chosen.  (A ๑, no digit's common misread, is
            # taken as read: 'on ๑' and น้อย is 3 x 1, as printed in fresh set s78o's bma_proposal_s78o004.)
            evidence["candidates"] = [f"{a}x{b}" for a, b in wide[:10]]
            issues += [Issue("warning", "repair_ambiguous", f"risk {key[1]}: scores printed {printed[0]!r} and "
                             f"{printed[1]!r} do not give the level {evidence['level']} as read; one pair of their "
                             f"readings does ({pairs[0][0]}x{pairs[0][1]}), but this document's OCR never writes "
                             f"a {' '.join(d.translate(TO_THAI) for d in never_written)}, so a score printed in a Thai "
                             f"digit may be one of them, and then {len(wide)} pairs give it: none is chosen",
                             json.dumps(evidence, ensure_ascii=False), *span, field=f"findings.{name}")
                       for name in ("likelihood", "impact")]
        elif len(pairs) == 1:
            for name, old, new in zip(("likelihood", "impact"), values, pairs[0]):
                if old == new:
                    continue
                rec[name] = Reading(new, rec[name].text, *span)
                issues.append(Issue("warning", "value_repaired", f"risk {key[1]}: {name} printed {rec[name].text!r} "
                                    f"reads {old}, which with the other score does not give the level "
                                    f"{evidence['level'] or '(none)'}; {new} is the only reading that does",
                                    json.dumps({**evidence, "chosen": new}, ensure_ascii=False), *span,
                                    field=f"findings.{name}"))
        else:  # the pair is in doubt, each score of it
            issues += [Issue("warning", "repair_ambiguous" if pairs else "risk_level_mismatch",
                             f"risk {key[1]}: scores printed {printed[0]!r} and {printed[1]!r} "
                             f"{'could be read ' + str(len(pairs)) + ' ways' if pairs else 'do not'} give the "
                             f"level {evidence['level'] or '(none)'}", json.dumps(evidence, ensure_ascii=False),
                             *span, field=f"findings.{name}") for name in ("likelihood", "impact")]
            if not pairs and "level" in rec and _readings(printed[0]) and _readings(printed[1]):
                # scores that read as scores, but no reading of them gives the level printed beside them:
                # the level is as much in doubt as they are (a cell of another row, a level OCR misread)
                issues.append(Issue("warning", "risk_level_mismatch", f"risk {key[1]}: the level "
                                    f"{evidence['level'] or '(none)'} is given by no reading of the scores printed "
                                    f"{printed[0]!r} and {printed[1]!r}", json.dumps(evidence, ensure_ascii=False),
                                    *rec["level"].span, field="findings.level"))
    return issues


_SCORES = ("1", "2", "3", "4", "5")


def _unread_scores(text: str, unread: str) -> list[str]:
    """The readings of a score cell (_readings), and, where it prints a Thai
    digit that may stand for a digit the document's OCR never writes
    (`unread`; parsers.digits.doubtful_digits: ๐ ๒ ๓ ๕ where ๔ ๖ ๗ ๘ ๙ are
    never read, the doubt pipeline.doubtful says of such a value), the
    scores 1-5 among those: the cell may be one of them OCR read as the
    digit it shows (๔ read as ๕ most often, which _readings weighs, but as
    ๓ too, 22 times in 4821, which it does not)."""
    found = _readings(text)
    if unread and any(ch in doubtful_digits(unread) for ch in text):
        found = sorted({*found, *(d for d in unread if d in _SCORES)})
    return found


def _unread_pairs(printed: tuple[str, str], fits: Any, unread: str) -> list[tuple[str, str]]:
    """The pairs of scores that give the level (`fits`) when each cell may
    also be a digit the document's OCR never writes (_unread_scores)."""
    if not unread or not any(d in _SCORES for d in unread):
        return []
    return [(a, b) for a in _unread_scores(printed[0], unread) for b in _unread_scores(printed[1], unread)
            if fits(int(a), int(b))]


def _score_by_level(key: Any, rec: dict[str, Reading], disputed: bool, lost: str | None = None) -> list[Issue]:
    """A row one of whose scores OCR lost (a score column read apart from
    the rows, short of a cell or more, whose cells could not be placed:
    `by_columns`, `_placed_by_level`; or `lost`, a cell read as no score at
    all), the other read, and its level read: the lost score is the one
    score 1-5 that with a reading of the other gives the level (LEVELS: 4
    and สูง only 3, 12; 2 and น้อย only 2, 4), where exactly one pair of the
    other's readings and a score does, and that pair keeps the other as
    read, or the other as read gives the level with no score at all (๕ and
    น้อย: 5 x 1 is past 4, so the ๕ is misread; of its readings only 4,
    with 1, gives น้อย): then both are that pair, each said.  Several pairs
    (3 and ปานกลาง: 2 or 3), none, a level the copies disagree on, or a
    reading of the other that changes a value that could give the level,
    and the score stays unread (said where its cell was lost)."""
    if lost is None:
        lost = "impact" if "likelihood" in rec else "likelihood"
    kept = "impact" if lost == "likelihood" else "likelihood"
    band = _band(rec["level"].value) if "level" in rec else None
    other = rec[kept]
    if band is None or disputed or other.value is None or not enabled():
        return []
    gives = (lambda a: [b for b in _SCORES if band[0] <= int(a) * int(b) <= band[1]])
    pairs = [(a, b) for a in _readings(other.text) for b in gives(a)]
    if len(pairs) != 1 or (pairs[0][0] != other.value and gives(other.value)):
        if gives(other.value):
            return []
        # the score as read gives the level with no score, and its readings do not settle it: said at its row
        evidence = {"rule": "risk_matrix", "printed": other.text, "level": rec["level"].value,
                    "candidates": [f"{a}x{b}" for a, b in pairs[:10]]}
        return [Issue("warning", "risk_level_mismatch", f"risk {key[1]}: the {kept} printed {other.text!r} "
                      f"({other.value}) gives the level {rec['level'].value} with no {lost} 1-5, and its "
                      f"{lost} was not read; kept as read", json.dumps(evidence, ensure_ascii=False),
                      *other.span, field=f"findings.{kept}")]
    kept_as, chosen = pairs[0]
    printed = rec[lost].text if lost in rec else ""
    span = rec[lost].span if lost in rec else other.span
    rec[lost] = Reading(chosen, printed, *span)
    evidence = {"rule": "risk_matrix", "printed": f"{other.text} {printed}".strip(), "level": rec["level"].value,
                "candidates": [f"{kept_as}x{chosen}"], "chosen": chosen}
    how = f"its cell printed {printed!r} reads as no score" if printed else "OCR lost its cell"
    issues = [Issue("warning", "value_repaired", f"risk {key[1]}: its {lost} was not read ({how}); with "
                    f"the {kept} printed {other.text!r} ({kept_as}) the level {rec['level'].value} is given by "
                    f"{lost} {chosen} only", json.dumps(evidence, ensure_ascii=False), *span,
                    field=f"findings.{lost}")]
    if chosen != kept_as:
        # the product the level checks is the same with the two scores the other way round: which of the two the
        # score read is rests on the order OCR read the row's cells in, a cell of it read as none (fresh set s142o,
        # bma_proposal_s142o002: ๑ / ๓ read "3" / "เจ", the likelihood kept as 3, wrong, with nothing said)
        issues.append(Issue("warning", "unchecked_value", f"risk {key[1]}: its {kept} printed {other.text!r} "
                            f"stands beside its {lost}'s cell, read as no score, which the level filled: the level "
                            f"checks their product only, so which of the two scores is {kept_as} and which "
                            f"{chosen} rests on the order OCR read the cells in; kept as read",
                            json.dumps(evidence, ensure_ascii=False), *other.span, field=f"findings.{kept}"))
    if kept_as != other.value:
        rec[kept] = Reading(kept_as, other.text, *other.span)
        issues.append(Issue("warning", "value_repaired", f"risk {key[1]}: {kept} printed {other.text!r} reads "
                            f"{other.value}, which with no score gives the level {rec['level'].value}; {kept_as} "
                            f"(with {lost} {chosen}) is the only reading that does",
                            json.dumps({**evidence, "chosen": kept_as}, ensure_ascii=False), *other.span,
                            field=f"findings.{kept}"))
    return issues


# ---------------------------------------------------------------- a table read past the next heading

# An item's number opening a line of the benefits' list ("ก. ", "๙.๑ ", "q. ", "YU. " damaged): the list opens
# there, the table's cells end.
_ITEM_OPEN_RE = regex.compile(r"^\s*(?:[\d๐-๙]{1,2}[.,][\d๐-๙]{1,2}|\S{1,3}[.)])\s+(?=\S)")
PAST_WIDTH = 1.5  # a text line of the table's part past the heading is at most this share of its columns' widest
# A bullet item's opening mark as OCR leaves it (". ผู้ปกครอง...", "• ...", "* ..."): a mark alone, then words.
_BULLET_OPEN_RE = regex.compile(r"^\s*[.•·*]\s+(?=[\u0e01-\u0e4e])")


def _wordless(text: str) -> bool:
    return not THAI_RUN_RE.search(text)


def table_past_heading(table: list[Line], after: list[Line]) -> tuple[list[Line], list[Line]]:
    """The risk table's lines and the next section's (the expected benefits),
    with the table's columns OCR read past that section's heading given back
    to the table.  A table printed with wrapped cells can be read in blocks:
    the risks' column (maybe with the likelihood's figures beside it) before
    the next heading, the other columns (their titles, the scores, the levels,
    the mitigations) after it.  A section's own text never opens with the
    table's column titles: where the next section's lines open, past specks
    and bare item numbers, with a line of the titles' words alone, and the
    table before the heading printed no level, the lines from that title on
    are the table's as long as they are its cells' shapes: titles, scores,
    levels, specks, and text no wider than the table's columns (PAST_WIDTH
    of its widest text line before the heading); a line that opens with an
    item's number, or a wider one, opens the section's own text again.
    The section may open with its first item before those titles
    (`_titles_past_item`): the item stays the section's, the titles and
    the cells under them are the table's, where a level stands among those
    cells (a line of titles alone after an item is the section's text)."""
    texts = [ln for ln in table if not _wordless(ln.text) and not _is_header(ln.text)]
    if not texts or not after or any(_LEVEL_LINE_RE.match(ln.text.replace("\t", " "))
                                      or _ROW_RE.search(ln.text.replace("\t", " ")) for ln in table):
        return table, after
    start = next((i for i, ln in enumerate(after) if not _wordless(ln.text)), None)
    if start is None:
        return table, after
    bound = PAST_WIDTH * max(_width(ln.text) for ln in texts)
    cells = _cells_open(after, start)
    if cells is None and _row_opens(after[start].text):
        cells = start  # the rows' other columns read across past the heading, the risks' column before it
    past_item = cells is None and not header_left(after[start].text)
    if past_item:
        start = _titles_past_item(after, start, bound)
        if start is None:
            return table, after
    start = cells if cells is not None else start
    end, words = start, 0
    while end < len(after):
        text = after[end].text.replace("\t", " ").strip()
        heads = header_left(text)
        if heads:
            words += heads
        elif not (_wordless(text) or _LEVEL_LINE_RE.match(text)) and (
                _ITEM_OPEN_RE.match(text) or _BULLET_OPEN_RE.match(text) or _width(text) > bound):
            break
        end += 1
    if words < 2 and cells is None:  # one title word alone: too little to tell the table by
        return table, after
    if past_item and not any(_LEVEL_LINE_RE.match(ln.text.replace("\t", " ")) for ln in after[start:end]):
        return table, after  # titles past the section's first item and no level under them: the section's text
    return table + after[start:end], after[:start] + after[end:]


def mitigations_past_heading(table: list[Line], after: list[Line]) -> tuple[list[Line], list[Line]]:
    """The mitigations' column of a risk table read across (each row's scores
    and level on its risk's first line, no mitigation title among its lines)
    that OCR read past the next section's heading: its title ("แนวทางการบริหาร"
    / "ความเสี่ยง") opens the benefits' section, past specks and a level or
    score cell alone (the table's last cells, left where they stand), and its
    cells follow, narrow lines no wider than the table's columns (PAST_WIDTH),
    up to the section's first item (a number or letter and a stop, a bullet)
    or a wider line (fresh sets s80o, s80b: "9. ประโยชน์ที่คาดว่าจะได้รับ"
    / "แนวทางการบริหาร" / "ความเสี่ยง" / "มีหนังสือแจ้งโรงเรียน" / "เป็นระยะๆ
    และการแจ้ง" / ... / "ก. ผู้ปกครองและชุมชน..."; the rows' mitigations were
    lost, said).  Returns (the title's and cells' lines, the section's lines
    without them); ([], after) where the lines are not in that shape."""
    flat = [ln.text.replace("\t", " ") for ln in table]
    if not after or not across_only(table) or any(_MITIGATION_TITLE_RE.search(t.replace(" ", "")) for t in flat):
        return [], after
    texts = [ln for ln in table if not _wordless(ln.text) and not _is_header(ln.text)]
    if not texts:
        return [], after
    k = 0
    while k < len(after) and (_wordless(after[k].text) or _score_speck(after[k].text)
                              or _LEVEL_LINE_RE.match(after[k].text.replace("\t", " ").strip())):
        k += 1
    start, title = k, ""
    while k < len(after) and len(title) < MITIGATION_TITLE_CHARS and (
            not after[k].text.strip() or header_left(after[k].text.replace("\t", " ").strip())):
        title += after[k].text.replace(" ", "").strip()
        k += 1
    if not title or _MITIGATION_TITLE_RE.search(title) is None:
        return [], after
    bound = PAST_WIDTH * max(_width(ln.text) for ln in texts)
    end = k
    while end < len(after):
        text = after[end].text.replace("\t", " ").strip()
        if text and (after[end].bullet or _ITEM_OPEN_RE.match(text) or _width(text) > bound
                     or _LEVEL_LINE_RE.match(text) or header_left(text)):
            break
        end += 1
    if not any(after[i].text.strip() for i in range(k, end)):
        return [], after
    return after[start:end], after[:start] + after[end:]


MITIGATION_TITLE_CHARS = 40  # letters of the mitigation column's title, wrapped over its lines, at most


def place_mitigations(block: list[Line], out: CopyReading) -> bool:
    """The mitigations' column read past the next heading
    (`mitigations_past_heading`) parted among the risk rows read, where none
    of them took a mitigation: its cells told apart where its lines wrap
    (_tight_cells, else _wrapped_cells: a guess where more lines than rows,
    said); each row's "mitigation not read" doubt withdrawn for the one read.
    False (nothing done) where a row holds a mitigation already, or the
    column holds fewer lines than rows."""
    rows = sorted(k for k in out.tables.get("findings", {}) if isinstance(k, tuple) and k[0] == "risk")
    if not rows or any("mitigation" in out.tables["findings"][k] for k in rows):
        return False
    cells_lines = [ln for ln in block if ln.text.strip() and not header_left(ln.text.replace("\t", " ").strip())]
    if len(cells_lines) < len(rows):
        return False
    cells = _tight_cells(cells_lines, len(rows)) or _wrapped_cells(cells_lines, len(rows))
    if len(cells) != len(rows):
        return False
    placed = set()
    for key, cell in zip(rows, cells):
        text = clean_value(join_cell([ln.text.strip() for ln in cell]))
        if not text:
            continue
        out.put("findings", key, "mitigation", Reading(text, text, cell[0].no, cell[-1].no))
        placed.add(key[1])
    out.issues = [i for i in out.issues if not (
        i.code == "missing_value" and i.field == "findings.mitigation"
        and any(i.message.startswith(f"risk {seq}: its mitigation") for seq in placed))]
    span = (block[0].no, block[-1].no)
    out.issues.append(Issue("warning", "unread_cells", "risk table: its mitigations' column OCR read past the next "
                            "heading (its title opens the benefits' lines) was given to the rows read across above "
                            + ("in order, one cell each" if len(cells_lines) == len(rows) else
                               "where its lines wrap (a guess: more lines than rows), so each row's mitigation is "
                               "in doubt"), " ".join(ln.text for ln in block)[:120], *span,
                            field="findings.mitigation"))
    return True


LEAD_ITEM_LINES = 4  # lines of words at most of the section's first item that OCR read before the table's titles


def _titles_past_item(after: list[Line], start: int, bound: float) -> int | None:
    """Where the table's column titles stand past the next section's first
    item: OCR read the page's full-width lines (the heading, the first
    benefit's lines) where they stand beside the table's later rows, before
    the table's other columns, so the section opens with its own first item,
    then the titles and the cells under them ("9. ประโยชน์..." / "ก. นักเรียน
    สามารถ..." / "ด้วยตนเองได้" / "ระดับของ" / "ความเสี่ยง" / "4 สูง" / ...).
    The index of the first line of titles, where the lines before it are at
    most LEAD_ITEM_LINES lines of words, no level or score among them, one of
    them opening with an item's mark or wider than the table's columns
    (`bound`): the section's own text, not a cell; else None."""
    own, lines = False, 0
    for k in range(start, len(after)):
        text = after[k].text.replace("\t", " ").strip()
        if _wordless(text):
            continue
        if header_left(text):
            return k if own else None
        if _LEVEL_LINE_RE.match(text) or _ROW_RE.search(text):
            return None
        lines += 1
        if lines > LEAD_ITEM_LINES:
            return None
        own = own or _width(text) > bound or bool(_ITEM_OPEN_RE.match(text) or _BULLET_OPEN_RE.match(text))
    return None


def _row_opens(text: str) -> bool:
    """A line that opens with a row's two scores and its level, the
    mitigation's first words after them ("3 1 น้อย<tab>ประสานโรงเรียน"): the
    row's cells but its risk, read across the other columns (a section's own
    text never opens so)."""
    flat = text.replace("\t", " ").strip()
    m = _ROW_RE.match(flat)
    return m is not None and bool(m.group("l")) and bool(THAI_RUN_RE.search(flat[m.end():]))


def _cells_open(after: list[Line], start: int) -> int | None:
    """Where the table's cells open the section past its heading, the
    titles all printed before it: its first line of words is a level
    alone ("นอย", OCR's for น้อย; scores before it on the line or not) --
    a section's own text never is -- the score cells alone on the lines
    just above it (one or two characters, no stop: "ฆ") its own.  None
    where the first line of words is no level."""
    if not _LEVEL_LINE_RE.match(after[start].text.replace("\t", " ")):
        return None
    while start > 0 and (not after[start - 1].text.strip() or _score_speck(after[start - 1].text)):
        start -= 1
    while start < len(after) and not after[start].text.strip():
        start += 1
    return start


def _score_speck(text: str) -> bool:
    """A score cell as OCR may leave it alone on its line: one or two characters, no stop and no word
    (an item's number, "9.๑", "@.2", carries a stop)."""
    t = text.strip()
    return 0 < len(t) <= 2 and _wordless(t) and not regex.search(r"[.,]", t)


# A score cell beside a risk's first line, the likelihood column read with the risks': a digit or a look-alike
# of one alone ("๒", "@", "¢"), maybe with a stop or bracket.
_FIGURE_RE = regex.compile(r"[\d๐-๙@©«»¢][).,]?")


def _first_line_figure(text: str) -> tuple[str, str] | None:
    """(the text, the figure) of a line that ends with a score cell after its text (see _FIGURE_RE), or None."""
    parts = text.rsplit(None, 1)
    if len(parts) == 2 and _FIGURE_RE.fullmatch(parts[1]):
        return parts[0].strip(), parts[1]
    return None


def _score_pair(text: str) -> bool:
    """A line that is a row's two score cells alone, side by side ("2          2", "๓ ๔"): two tokens, each a
    score 1-5."""
    tokens = text.split()
    return len(tokens) == 2 and all(len(t) <= 2 and score_value(t) is not None for t in tokens)


def _level_debris(text: str) -> bool:
    """A line that is what OCR left of a level's cell among a column's lines: short tokens only (three
    characters at most), one of them Latin letters, and no Thai piece a dictionary word ("aA เธร"); a wrapped
    cell's short line is Thai words ("ได้")."""
    tokens = text.split()
    return bool(tokens) and all(len(t) <= 3 for t in tokens) and any(_LATIN_TOKEN_RE.match(t) for t in tokens) \
        and not any(known_word(p) for p in _THAI_PIECE_RE.findall(text))


def _figure_cell(text: str) -> bool:
    """A line that is a score cell alone: a digit or its look-alike, nothing of a word."""
    t = text.strip()
    return len(t) <= 2 and (score_value(t) is not None or SYMBOL_SCORE_RE.match(t) is not None
                            or _SCORE_CELL_RE.match(t) is not None and len(t) == 1)


@dataclass(slots=True)
class ByFigures:
    rows: list[Row]
    doubts: list[tuple[str, str]]  # (field, what is in doubt) for the table's lines
    left: list[Line]
    opened: bool = False  # its rows counted by the figures beside the risks' first lines
    confirmed: bool = False  # ... and as many impacts or levels read


def by_figures(lines: list[Line]) -> ByFigures | None:
    """The rows of a table read column by column whose rows are told by the
    score columns' count.  The risks' column comes first: its text, each
    risk's first line maybe ending with its likelihood's figure (the column
    beside it read with it: "การจัดกิจกรรม @"); then the other columns, in
    their order: titles, scores alone, an impact and a level on a line
    ("๑ น้อย"), levels alone, the mitigations' text.  The rows are as many as
    the figures beside the risks' first lines (each opens a risk), or as
    the lines of a row's two scores alone ("2          2", the row's
    likelihood and impact; its level's cell, garbled to specks among the
    mitigations, left out: _level_debris), or, with
    none there, as the levels when the scores alone are twice as many
    (likelihoods, then impacts); with fewer (OCR lost some), a score column
    whose title stands above as many cells as rows holds them (_by_titles),
    the other is lost.  A column of as many cells as rows is paired
    in order; one of fewer or more cells (OCR lost or split one) is left
    unread and said; the text columns' lines are parted among the rows by a
    guess where they hold more lines than rows (said).  None where the lines
    do not fall into that shape."""
    body = [ln for ln in lines if ln.text.strip()]
    i = 0
    while i < len(body) and (_wordless(body[i].text) or _is_header(body[i].text)):
        i += 1
    risk: list[Line] = []
    opens: list[tuple[int, str]] = []  # (index in risk, figure)
    left: list[Line] = []
    while i < len(body):
        text = body[i].text.replace("\t", " ").strip()
        if _LEVEL_LINE_RE.match(text) or _ROW_RE.search(text) or _figure_cell(text):
            break
        if header_left(text):
            if _column_of(text) not in (None, "risk"):
                break
            left.append(body[i])  # the risks' column's title, or a tail of the likelihood's, among its cells
        elif _wordless(text):
            left.append(body[i])
        else:
            figure = _first_line_figure(text)
            if figure is not None:
                text = figure[0]
                opens.append((len(risk), figure[1]))
            risk.append(Line(body[i].no, text))
        i += 1
    if not risk or (opens and opens[0][0] != 0):
        return None
    scores: list[Line] = []  # score cells alone, in order
    titled: list[str | None] = []  # the column whose title stood last above each score cell (None: none)
    title: str | None = None
    titles: list[str] = []  # the columns' titles in the order they stand
    impacts: list[tuple[str, int]] = []
    levels: list[tuple[str, int]] = []
    mitigation: list[Line] = []
    pairs: list[Line] = []  # a row's two scores on a line of their own ("2   2"), its level lost or apart
    for ln in body[i:]:
        text = ln.text.replace("\t", " ").strip()
        alone = _LEVEL_LINE_RE.match(text)
        if alone is not None:
            if alone.group("l") or mitigation:
                return None  # two scores on a level's line, or a level among the mitigations: another shape
            if alone.group("i"):
                impacts.append((alone.group("i"), ln.no))
            levels.append((_level(alone.group("lv")), ln.no))
        elif header_left(text):
            left.append(ln)
            if (named := _column_of(text)) is not None and named != title:
                title = named
                titles.append(named)
        elif _wordless(text):
            if _figure_cell(text) and not levels and not mitigation:
                scores.append(ln)
                titled.append(title)
            elif _score_pair(text) and not levels and not mitigation:
                pairs.append(ln)
            else:
                left.append(ln)
        elif mitigation and _level_debris(text):
            left.append(ln)  # a level's cell OCR garbled to specks among the mitigations' lines ("aA เธร")
        elif levels or any(_column_of(t.text) == "mitigation" for t in left):
            mitigation.append(ln)
        else:
            return None  # text between the risks and the levels: another shape
    if pairs and (opens or scores or impacts or levels and len(levels) != len(pairs)):
        # scores also beside the risks or alone, or not as many pairs as levels: the pairs count no rows, and are
        # left unread as before
        left = sorted(left + pairs, key=lambda ln: ln.no)
        pairs = []
    if pairs:
        # each row's likelihood and impact on a line of their own, in the rows' order; the rows counted by them
        n = len(pairs)
        likelihoods = [(ln.text.split()[0], ln.no) for ln in pairs]
        impacts = [(ln.text.split()[1], ln.no) for ln in pairs]
    elif opens:
        n = len(opens)
        likelihoods = [(f, risk[k].no) for k, f in opens]
        impacts = impacts + [(ln.text.strip(), ln.no) for ln in scores]
        impacts.sort(key=lambda c: c[1])
    else:
        n = len(levels)
        # the scores alone fewer than both columns' cells (OCR lost some at a page break or footer): the rows are
        # counted by the levels where each text column holds a line or more a row; no score can be paired by
        # order, but a column its titles tell whole can (_by_titles)
        lost = len(scores) < 2 * n and len(risk) >= n and len(mitigation) >= n
        if not n or impacts or len(scores) != 2 * n and not lost:
            return None
        if lost:
            likelihoods, impacts = [(None, ln) for _, ln in levels], []
            likelihoods, impacts = _by_titles(scores, titled, n, titles) or (likelihoods, impacts)
        else:
            likelihoods = [(ln.text.strip(), ln.no) for ln in scores[:n]]
            impacts = [(ln.text.strip(), ln.no) for ln in scores[n:]]
    doubts: list[tuple[str, str]] = []
    if not opens and likelihoods and likelihoods[0][0] is None:
        doubts.append(("likelihood", f"the score columns hold {len(scores)} cells for {n} risks (OCR lost some at a "
                                     "page break or footer): which row each belongs to is not known, so none is "
                                     "given"))
    confirmed = len(levels) == n or len(impacts) == n
    if opens:
        cells = [[ln for ln in risk[a:b]] for a, b in zip([k for k, _ in opens], [k for k, _ in opens[1:]] + [len(risk)])]
        if not confirmed:
            doubts.append(("text", f"the risks counted by the likelihoods' figures beside their first lines alone "
                                   f"({n}), which neither the impact column ({len(impacts)} cells) nor the level "
                                   f"column ({len(levels)}) confirms: a figure OCR lost runs two risks into one"))
    else:
        cells = _wrapped_cells(risk, n)
        if len(risk) > n > 1:
            doubts.append(("text", "the risks' column holds more lines than rows: where its cells part was guessed "
                                   "from where lines wrap"))
    for name, column in (("impact", impacts), ("level", levels)):
        if len(column) != n:
            doubts.append((name, f"its column holds {len(column)} cells for {n} risks (OCR lost or split one): "
                                 "which row each belongs to is not known, so none is given"))
    parts = _wrapped_cells(mitigation, n) if mitigation else []
    if len(mitigation) > n > 1:
        doubts.append(("mitigation", "the mitigations' column holds more lines than rows: where its cells part was "
                                     "guessed from where lines wrap"))
    elif mitigation and len(mitigation) < n:
        doubts.append(("mitigation", f"its column holds {len(mitigation)} lines for {n} risks: which row each "
                                     "belongs to is not known, so none is given"))
        parts = []
    rows = []
    for k in range(n):
        sc = [likelihoods[k], impacts[k] if len(impacts) == n else (None, likelihoods[k][1])]
        lv = levels[k] if len(levels) == n else (None, cells[k][0].no)
        rows.append(Row(sc, lv[0], lv[1],
                        risk=[(ln.text, ln.no) for ln in cells[k]],
                        mitigation=[(ln.text.strip(), ln.no) for ln in parts[k]] if parts else []))
    return ByFigures(rows, doubts, left, bool(opens), bool(opens) and confirmed)


def _by_titles(scores: list[Line], titled: list[str | None], n: int, titles: list[str]
               ) -> tuple[list[tuple[str | None, int]], list[tuple[str, int]]] | None:
    """The score cells of a table read column by column (`by_figures`) that
    hold fewer cells than both score columns (OCR lost some), told apart by
    the columns' titles printed above them: a score column whose title
    stands above exactly as many cells as rows, before the next column's
    title, holds those rows' cells in order ("โอกาสที่จะเกิด" / "๑" / "๒" / "๒" /
    "ผลกระทบ" / a page's footer / "ระดับของความเสี่ยง"); the other one, of
    fewer cells, is lost (its rows' scores left unread, said by the caller).
    `titles`: the columns' titles in the order they stand.  (likelihoods,
    impacts), or None where no column's cells are told so (a cell under no
    score column's title, or the whole column's closed by any title but the
    next column's: the likelihood's by the impact's, the impact's by the
    level's; a title lost between, its cells may be the other column's)."""
    cells = {name: [(ln.text.strip(), ln.no) for ln, t in zip(scores, titled) if t == name]
             for name in ("likelihood", "impact")}
    whole = [name for name in ("likelihood", "impact") if len(cells[name]) == n]
    if len(whole) != 1 or any(t not in ("likelihood", "impact") for t in titled):
        return None
    after = titles[titles.index(whole[0]) + 1:]
    if after[:1] != [{"likelihood": "impact", "impact": "level"}[whole[0]]]:
        return None
    if whole[0] == "likelihood":
        return cells["likelihood"], []
    return [(None, no) for _, no in cells["impact"]], cells["impact"]


def _blocks_under_titles(lines: list[Line], read: int) -> ByFigures | None:
    """A table read column by column with its titles printed above its cells
    (its part past the next heading given back: `table_past_heading`): the
    rows `by_figures` counts by the figures beside the risks' first lines
    ("โรงเรียนไม่สามารถ   1"), where the levels or the impacts confirm that
    count and it is more than the rows read by the levels (which took the
    risks' whole column for one row's text).  None otherwise."""
    counted = by_figures(lines)
    if counted is None or not counted.confirmed or len(counted.rows) <= read:
        return None
    return counted


# ---------------------------------------------------------------- later rows read down past the heading

def _figure_lines(table: list[Line]) -> list[int]:
    """The lines of `table` after its last row's level (a level alone, or a
    row read across) that end with a lone figure after words ("การจัดกิจกรรม
    ล่าช้า   4": a risk's first line and its likelihood, the risks' column read
    down with the likelihoods' beside it); [] where no level stands before
    them or a level stands after the first."""
    flat = [ln.text.replace("\t", " ") for ln in table]
    last = max((k for k, t in enumerate(flat) if _LEVEL_LINE_RE.match(t) or _ROW_RE.search(t)), default=None)
    if last is None:
        return []
    return [k for k in range(last + 1, len(table)) if (f := _first_line_figure(flat[k].strip())) is not None
            and THAI_RUN_RE.search(f[0])]


def rows_past_heading(table: list[Line], after: list[Line]) -> tuple[list[Line], list[Line], int | None]:
    """A risk table whose first rows OCR read across (each row's scores and
    level on its line) and whose later rows it read down their columns: the
    risks' column, each later risk's first line ending with its likelihood's
    figure, before the next section's heading (the expected benefits), the
    other columns after it, the mitigations' lines then an impact and a level
    a line ("๒ ปานกลาง"), one for each figure.  The lines past the heading up
    to the last of those levels are given back to the table (the rest stay
    the section's), with the number of the first of them (where the other
    columns open: `rows_read_down`).  Only where the lines past the heading,
    before the levels, are text no wider than the table's (PAST_WIDTH of its
    widest) that opens no item, and exactly as many impact-and-level lines
    stand there as figures; else the lines are left as they are (None)."""
    unchanged = (table, after, None)
    figures = _figure_lines(table)
    texts = [ln for ln in table if not _wordless(ln.text) and not _is_header(ln.text)]
    if not figures or not texts or not after:
        return unchanged
    bound = PAST_WIDTH * max(_width(p) for ln in texts for p in _parts(ln.text))
    start = next((k for k, ln in enumerate(after) if ln.text.strip()), None)
    if start is None:
        return unchanged
    def given_back(end: int) -> tuple[list[Line], list[Line], int | None]:
        down = rows_read_down(table + after[start:end], after[start].no)
        if down is None:
            return unchanged  # the scores paired in order give no level beside them: another shape
        rows, _, misplaced = read_risk_rows(down[0])
        if misplaced or not any(r.risk for r in rows):
            return unchanged  # no row read across before them (a table read by its columns)
        return table + after[start:end], after[:start] + after[end:], after[start].no

    levels = 0
    first: bool | None = None  # whether the levels' column opens the lines past the heading (the mitigations' after)
    texts_after = 0  # the mitigations' lines after the levels, where they open the lines
    for k in range(start, len(after)):
        text = after[k].text.replace("\t", " ").strip()
        if not text or _wordless(text):
            continue
        alone = _LEVEL_LINE_RE.match(text)
        if first is None:
            first = alone is not None
        if alone is not None:
            if alone.group("l") or not alone.group("i") or texts_after:
                return unchanged  # two scores, or none, beside a level, or text among the levels: another shape
            levels += 1
            if levels > len(figures):
                return unchanged
            if levels == len(figures) and not first:
                return given_back(k + 1)
        elif _ITEM_OPEN_RE.match(text) or _BULLET_OPEN_RE.match(text) or _width(text) > bound \
                or header_left(text):
            # an item of the section, a wider line, or the titles: where the levels' column opened the lines
            # past the heading and the mitigations' followed it, the table ends here (OCR may have lost a level
            # line: fewer levels than figures, then paired with no row, rows_read_down); else another shape
            return given_back(k) if first and texts_after >= len(figures) else unchanged
        elif first:
            texts_after += 1
        elif levels:
            return unchanged  # text among the levels
    return unchanged


def rows_read_down(lines: list[Line], past: int) -> tuple[list[Line], list[Row], list[Line], list[Line]] | None:
    """The table's lines before its later rows read down their columns
    (`rows_past_heading`: `past` the number of the first line past the next
    heading), those rows, the mitigations' lines (for `part_mitigations`)
    and the lines placed in none.  Each later risk opens at a
    line that ends with its likelihood's figure and runs to the next; the
    impact-and-level lines are paired with them in order, where each pair
    of scores, in a reading of its characters, gives the level beside it
    (a column read otherwise would pair them wrong); the mitigations' lines
    are the caller's to part (`part_mitigations`).  None where the lines do
    not fall into that shape."""
    figures = _figure_lines([ln for ln in lines if ln.no < past])
    if not figures:
        return None
    first = figures[0]
    down = [ln for ln in lines[first:] if ln.no < past and THAI_RUN_RE.search(ln.text)]
    specks = [ln for ln in lines[first:] if ln.no < past and ln.text.strip() and not THAI_RUN_RE.search(ln.text)]
    mitigation: list[Line] = []
    levels: list[tuple[str, str, int]] = []
    for ln in lines:
        if ln.no < past or not ln.text.strip():
            continue
        text = ln.text.replace("\t", " ").strip()
        alone = _LEVEL_LINE_RE.match(text)
        if alone is not None:
            levels.append((alone.group("i"), _level(alone.group("lv")), ln.no))
        elif not _wordless(text):
            mitigation.append(ln)
        else:
            specks.append(ln)
    opens = [k for k, ln in enumerate(down) if _first_line_figure(ln.text.replace("\t", " ").strip()) is not None]
    if not opens or opens[0] != 0 or not levels or len(opens) < len(levels):
        return None
    paired = len(opens) == len(levels)
    rows: list[Row] = []
    for k, (a, b) in enumerate(zip(opens, opens[1:] + [len(down)])):
        text, figure = _first_line_figure(down[a].text.replace("\t", " ").strip())
        risk = [(text, down[a].no)] + [(ln.text.strip(), ln.no) for ln in down[a + 1:b]]
        if not paired:
            # fewer impact-and-level lines than rows (OCR lost one): which row each belongs to cannot be told,
            # so no row takes one (its impact and level unread, said by the caller); the likelihood is its own
            rows.append(Row([(figure, down[a].no), (None, down[a].no)], None, down[a].no, risk=risk))
            continue
        impact, level, level_no = levels[k]
        band = _band(level)
        if band is None or not any(band[0] <= int(x) * int(y) <= band[1]
                                   for x in _readings(figure) for y in _readings(impact)):
            return None  # a pair that gives no level beside it: the columns are not paired so
        rows.append(Row([(figure, down[a].no), (impact, level_no)], level, level_no, risk=risk))
    if not paired:  # the impact-and-level lines paired with no row: placed in none
        specks += [ln for ln in lines if ln.no >= past and _LEVEL_LINE_RE.match(ln.text.replace("\t", " ").strip())]
    return lines[:first], rows, mitigation, specks


def _risk_goes_on(row: Row) -> None:
    """A row read across above rows read down their columns (`rows_read_down`)
    whose mitigation's last line beside its risk's ends with a word no text
    ends with ("... จัดกิจกรรมให้"): its mitigation goes on past the heading,
    read down with the later ones (`part_mitigations`), so its lines of one
    cell after its two-cell lines, which the risks' column read down goes on
    from, are its risk's (whichever column _lone_by_wrap gave them to).  So
    too where those lines state a cause or an effect (_CAUSE_RE: "... ทำให้
    ไม่ สามารถ ..."), as a risk does and a mitigation, an action, does not."""
    beside = {n for _, n in row.risk}
    two = [(t, n) for t, n in row.mitigation if n in beside]
    one = [(t, n) for t, n in row.mitigation if n not in beside]
    if two and one and max(n for _, n in two) < min(n for _, n in one) \
            and (_open_end(two[-1][0]) or _CAUSE_RE.search(join_cell([t for t, _ in one])) is not None):
        row.risk += one
        row.mitigation = two
        row.lone = []


def _tight_cells(lines: list[Line], n: int) -> list[list[Line]] | None:
    """A text column's lines as its `n` cells where it wrapped: a line that
    had no room left for the next line's first word (_room, the column's
    width its second widest line) wrapped inside its cell, and where exactly
    as many lines did as the column holds lines more than cells, the others
    each ended one.  None where their count is another (a narrow column's
    widths tell too little: _wrapped_cells weighs them)."""
    texts = [ln.text.strip() for ln in lines]
    width = _column_width(texts)
    if width is None or len(lines) <= n:
        return None
    tight = {k for k in range(1, len(lines)) if _room(width, texts[k - 1], texts[k])[1]}
    if len(tight) != len(lines) - n:
        return None
    cells: list[list[Line]] = []
    for k, ln in enumerate(lines):
        if k in tight:
            cells[-1].append(ln)
        else:
            cells.append([ln])
    return cells


def part_mitigations(before: Row | None, rows: list[Row], lines: list[Line]) -> bool:
    """The mitigations' lines of rows read down their columns
    (`rows_read_down`) parted among `rows` where their lines wrap
    (_tight_cells, else _wrapped_cells), with one cell more for `before`, the row read across
    above them, where its mitigation ends with a word no text ends with ("...
    กิจกรรมให้": its cell's last lines were read with the others); True where
    the parting is a guess (more lines than cells), else each line a cell.
    Fewer lines than cells: none given (True: said)."""
    goes_on = before is not None and bool(before.mitigation) and _open_end(before.mitigation[-1][0].strip())
    n = len(rows) + goes_on
    if not lines or len(lines) < n:
        return bool(lines)
    cells = _tight_cells(lines, n) or _wrapped_cells(lines, n)
    if goes_on:
        before.mitigation += [(ln.text.strip(), ln.no) for ln in cells.pop(0)]
    for row, cell in zip(rows, cells):
        row.mitigation = [(ln.text.strip(), ln.no) for ln in cell]
    return len(lines) > n
