"""The action plan (section 6): its numbered steps, whatever the Gantt chart
beside them left in the text.

A step opens with its number ("1.", "๒.") and may wrap over lines; the chart
leaves month abbreviations, the fiscal-year caption and check marks in
cells of their own or after a tab.  After OCR the numbers are often damaged
("๕." for ๔, "mn." or "ov." for ๓ and ๗, "3," with a comma), the chart's
marks become specks ("| |", "Boe", "ป ป") and a narrow column wraps a step
after every word.

`read_steps` leaves the chart out and reads the steps as a numbered list
(parsers.bma_proposal.numbering): each step keeps its number in the
sequence, however its printed number was damaged.  A step's row the
clean-up took for debris (its number, its first word read as Latin letters,
the chart's marks after a gap) is read back by its place (`steps_in_debris`):
by the readings of its number, or, a number OCR read as letters none of whose
readings fits ("ol. AGU" for "๗. สรุป"), where it is the one step missing.
"""

from __future__ import annotations

import regex

from normalizers.confusions import candidates
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import skeleton
from normalizers.words import known_word, known_word_from, thai_speck, thai_words
from parsers.bma_proposal.numbering import (first_from_lead, lost_step_opener, read_items, sequence_issues,
                                            step_opener)
from parsers.items import THAI_LETTER_RE, THAI_RUN_RE, THAI_WORD_RE
from schemas.document import CopyReading, Issue, Line, Reading

# What the chart leaves at a step's end: marks and brackets ("■ ■", "/ |", "[ |"), a round mark OCR read as
# a letter o or a zero ("... ดำเนินงาน 0 0", a plan run on in a line: no tab parts the chart's cells from it).
# A bar or bracket OCR read with a stroke beside it that looks like a digit one, a small L or a quote ("1]",
# "'|]", "l|"): a mark too, where the token holds a bar, bracket or slash (a "1" alone is a figure of the text).
# A round mark the English model read as an o and one letter more ("๑. แต่งตั้ง  o og", "Oo oO", "od": the clean-up
# made the two-space gap before them one space) is one too: no step's text ends with such a token.
_TRAILING_MARKS_RE = regex.compile(r"(?:\s+(?:[✓✔■□●•xX*/|\[\]!()0oO]+|[oO][A-Za-z]"
                                   r"|(?=\S*[/|\[\]✓✔■□])[✓✔■□●•xX*/|\[\]!()0oO1lI'\"`‘’]+))+\s*$")
# Two or more figures of one character each, alone, ending a step's line right before the chart's marks
# ("๑. แต่งตั้ง  2 1 !": the month cells' marks the English model read as figures, then as a mark): no step's
# words end with two lone figures.
_LONE_FIGURES_RE = regex.compile(r"(?:\s+[\d๐-๙]){2,}\s*$")
# The chart's column title "ขั้นตอนการดำเนินงาน" and caption "ปีงบประมาณ พ.ศ. 2570" (its first letters may be damaged).
_CAPTION = skeleton("ขั้นตอนการดำเนินงาน")
_BUDGET_YEAR = skeleton("งบประมาณ")
# a caption's year, a digit of it OCR may have read as a Latin look-alike ("255d"); tables' Gantt tokens use it too
YEAR_READ = r"(?=[\d๐-๙]{3})[\d๐-๙A-Za-z]{4}"
_YEAR_RE = regex.compile(YEAR_READ)
# The twelve months' abbreviations the chart's column titles print.
_MONTHS = frozenset(("ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."))
# A month's title whose first dot OCR read as a sara u under the letter ("พุย." for พ.ย., "ธุค." for ธ.ค.): the
# twelve titles so, each whole (a word of that shape, "ทุก", "คุณ", closes with no dot).
MONTH_DOT_AS_U = "|".join(regex.escape(m).replace(r"\.", "[.\u0e38\u0e39]", 1) for m in sorted(_MONTHS))
# Thai month abbreviations ("ต.ค.", "พ.ย", "ก.ุย.", "พุย."): a chart's column titles (tables' Gantt tokens too).
MONTH_TITLE = rf"(?:[ก-ฮ]{{1,3}}\.\s?[\u0e30-\u0e4e]?[ก-ฮ]{{1,2}}\.?|{MONTH_DOT_AS_U})"
_MONTH_ABBR_RE = regex.compile(rf"^(?:{MONTH_TITLE}\s*)+$")


_BARE_NUMBER_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}\s*[.,]\s*$")  # a step's number alone, its text below


MONTHS_MIN = 6  # month titles a row of them prints as printed, at least (the rest OCR may misread)
TWELVE_MIN = 4  # the same in a row of twelve short tokens, the chart's twelve columns


def _month_row(text: str) -> bool:
    """The chart's row of month titles with some OCR misread ("A.A. พ.ย. ธ.ค. ม.ค. AW. มี.ค. เม.ย. WAL มิ.ย.
    ก.ุค. ส.ค. กุย."): short tokens only, MONTHS_MIN or more of them months' abbreviations as printed, their
    last dot printed or not ("A.A พ.ย ธ.ค ม.ค A.W มี.ค เม.ย พ.ค มิ.ย ALA aA กุย": a chart whose titles print
    none); of a row of twelve such tokens, one a column, TWELVE_MIN."""
    tokens = text.split()
    if len(tokens) < MONTHS_MIN or any(len(t) > 6 for t in tokens):
        return False
    printed = sum(t in _MONTHS or t + "." in _MONTHS for t in tokens)
    # twelve short tokens, a year's months, one title a column: fewer need read as printed
    return printed >= (TWELVE_MIN if len(tokens) == len(_MONTHS) else MONTHS_MIN)


# A step's row that holds no word of the step: its number ("๕.", "1."), maybe its first word read as Latin letters
# ("une" for นิเทศ, "aq" for สรุป), and after a column gap the chart's marks alone ("๕. une<tab>/ |!", "1.<tab>/ | |/");
# the step's words on the lines below.  No Thai word stands on it, so the clean-up takes it for OCR debris
# (normalizers.furniture.is_ocr_noise) and is_chart_text would take it for the chart's.  Its number's dot may be
# lost where the Latin word stands after it in its cell ("5 una<tab>ป [|]" for "๕. นิเทศ"; a figure alone before the
# gap is none, nor one whose letters stand after a gap, cells of the chart: "๐<tab>za<tab>1").
_NUMBERED_MARKS_RE = regex.compile(r"^\s*(?P<num>[\d๐-๙]{1,2})(?:\s?[.,](?:\s+[A-Za-z]{1,4})?| +[A-Za-z]{2,4})"
                                   r"\s*\t(?P<cells>.*\S.*)$")
# The same row with its number read as Latin letters or marks too ("ol. AGU<tab>/ /" for "๗. สรุป..."): a token of
# one to three such characters and a dot, then its first word read as Latin letters.  Its number no reading gives;
# only its place among the steps does (steps_in_debris, read_steps).
_LETTERED_MARKS_RE = regex.compile(r"^\s*(?P<num>[A-Za-z<>@«»©]{1,3})[.,]\s+(?P<word>[A-Za-z]{2,6})\s*\t(?P<cells>.*\S.*)$")
_LETTERED_OPENER_RE = regex.compile(r"^\s*(?P<num>[A-Za-z<>@«»©]{1,3})[.,]\s+(?P<word>[A-Za-z]{2,6})\s*$")
# Such a row's number whose dot OCR lost, its first word read as Latin letters ("5 una"): step_opener reads a number
# with no dot only before Thai words, so the row opens its step where numbered_marks read it (read_steps).
_DOTLESS_OPENER_RE = regex.compile(r"^\s*(?P<num>[\d๐-๙]{1,2}) +(?P<word>[A-Za-z]{2,4})\s*$")


def numbered_marks(text: str, lettered: bool = False) -> str | None:
    """The printed number of a step's row of the shape above (every cell after the gap chart marks), or None;
    with `lettered`, of a row whose number OCR read as letters too (_LETTERED_MARKS_RE)."""
    m = _NUMBERED_MARKS_RE.match(text) or (_LETTERED_MARKS_RE.match(text) if lettered else None)
    if m is None or not all(chart_cell(c) for c in m.group("cells").split("\t") if c.strip()):
        return None
    return m.group("num")


STEP_REACH = 24  # text lines between a step's row and the next or last step's (a narrow column wraps after each word)


def _readings(token: str) -> set[int]:
    """The numbers a printed step number may be (normalizers.confusions: "๕" may be 4 or 5)."""
    return {int(r) for r in candidates(token) if r.isdigit()}


def _numbered_near(lines: list[Line], at: int, step: int) -> tuple[set[int], int] | None:
    """(the readings of, and the step rows between) the nearest text line from `at` on, going by `step`, that
    opens a step numbered in digits, within STEP_REACH text lines; None when there is none."""
    between, seen, k = 0, 0, at + step
    while 0 <= k < len(lines) and seen < STEP_REACH:
        ln = lines[k]
        k += step
        if ln.kind != "text":
            continue
        seen += 1
        if (opened := step_opener(ln.text)) is None:
            continue
        if thai_digits_to_arabic(opened[0]).isdigit():
            return _readings(opened[0]), between
        between += 1  # a step whose number OCR read as letters ("bd. นิเทศ...")
    return None


def steps_in_debris(lines: list[Line]) -> set[int]:
    """The lines the clean-up took for OCR debris that are a step's row of
    the action plan (numbered_marks): its step's words open the next text
    line (Thai words, no step's number), and its number stands in sequence
    with the steps around it, one of the readings OCR leaves it (a digit it
    cannot tell apart: normalizers.confusions) coming after the last step
    numbered in digits and no further on than the steps between them allow,
    or, with no such step before it, before the next one so.  Debris that
    opens with a figure ("9. 9 r—~") has no chart marks alone after it, or
    no step's words under it, or no steps around it.  Line numbers."""
    found: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.kind != "ocr_noise" or (number := numbered_marks(ln.text, lettered=True)) is None:
            continue
        nxt = next((x for x in lines[i + 1:] if x.kind == "text"), None)
        if nxt is None or step_opener(nxt.text) is not None or not _OPENS_WORDS_RE.match(nxt.text):
            continue
        own = _readings(number)
        before, after = _numbered_near(lines, i, -1), _numbered_near(lines, i, 1)
        if before is not None:
            fits = any(a < v <= a + 1 + before[1] for a in before[0] for v in own)
        else:
            fits = after is not None and any(v < b <= v + 1 + after[1] for b in after[0] for v in own)
        if not fits and not ANY_DIGIT_RE.search(number):
            # a number read as letters (_LETTERED_MARKS_RE) none of whose readings fits: its place alone numbers
            # it, so it must be the one step missing there: right after a step numbered in digits, and before the
            # next so numbered step after one more, or before none (the plan's last step)
            fits = before is not None and before[1] == 0 and (
                after is None or after[1] == 0 and any(b == a + 2 for a in before[0] for b in after[0]))
        if fits:
            found.add(ln.no)
    return found


# A word's tail a narrow column wrapped onto a line of its own ("คณะกรรมก" / "าร"): it opens with a vowel
# or mark that opens no Thai word, and holds a consonant.  It is the step's text, however short.
_WORD_TAIL_RE = regex.compile(r"^\s*[\u0e30-\u0e3a\u0e47-\u0e4e]+[\u0e01-\u0e2e][\u0e01-\u0e4e]*\s*$")


def is_chart_text(text: str) -> bool:
    """A line of the Gantt chart itself: its caption, month titles or marks."""
    if _BARE_NUMBER_RE.match(text) or _WORD_TAIL_RE.match(text) or numbered_marks(text, lettered=True) is not None:
        return False
    if not THAI_RUN_RE.search(text) or _MONTH_ABBR_RE.match(text.strip()) or _month_row(text):
        return True
    if _chart_row(text):
        return True
    sk = skeleton(text)
    if _CAPTION in sk and len(sk) <= 40:
        return True
    return bool(_YEAR_RE.search(text)) and len(sk) <= 30 and _BUDGET_YEAR in sk


def _chart_row(text: str) -> bool:
    """A line of the chart's marks alone, in cells a column gap parts ("oA<tab>1<tab>เธร<tab>๕"): every cell
    chart marks (chart_cell), no dot or comma a step's number would carry, and no figure first: a step's number
    whose dot OCR lost ("0<tab>แปป" for ๑., its words on the lines below) opens the line as a step's would."""
    cells = text.split("\t")
    return (len(cells) >= 2 and "." not in text and "," not in text and not _number_beside_mark(cells)
            and all(chart_cell(c) for c in cells))


_FIGURE_FIRST_RE = regex.compile(r"^\s*[\d๐-๙oO]{1,2}\s*$")


def _number_beside_mark(cells: list[str]) -> bool:
    """A figure alone and one cell beside it ("0<tab>แปป"): a step's number whose dot OCR lost and the one bar
    the chart draws on its row.  A row of the chart's marks read alone holds more cells, its bar broken over
    the months ("๐<tab>za<tab>1<tab>เมร<tab>๕")."""
    return len(cells) == 2 and bool(_FIGURE_FIRST_RE.match(cells[0]))


def _marked_row(text: str) -> bool:
    """A line with the step's words in its first cell and only chart marks
    (a few characters, no Thai word: "oo", "od", "[|") in the cells after it."""
    first, tab, rest = text.partition("\t")
    return bool(tab) and bool(THAI_RUN_RE.search(first)) and all(
        len(c.strip()) <= 4 and not THAI_RUN_RE.search(c) for c in rest.split("\t")) and bool(rest.strip())


# a run of Thai letters, vowels and marks (what a chart's mark OCR read as letters is made of: "กทัพ ท", "ป ปมป")
_THAI_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]+")
SPECK_RUN = 5  # characters a run of Thai the chart's marks leave holds at most ("กทัพ", "ปปีปู"), a vowel or tone mark
# above or below a letter not counted ("ทกททฎิ": five letters, each a mark of the chart read as one)
_ABOVE_BELOW_RE = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _chart_marks(cell: str) -> bool:
    """Whether a cell after a tab is the chart's marks OCR read as Thai
    letters ("กทัพ ท", "ท กถู", "แปป", "ป ปมป": the cells of a step's row):
    short runs of Thai (SPECK_RUN) that are not dictionary words end to end,
    one of three letters or more among them.  A step's words a tab parts
    from its first cell are words ("คณะกรรมการ", "และเผยแพร่ผลงาน"), or,
    misspelt, a longer run.  Before, such a cell with three Thai letters in a
    row was kept as the step's text (unknown_words said it, but not always:
    "นิเทศ ติดตาม กทัพ ท การดำเนินงาน..." read as words)."""
    runs = _THAI_LETTERS_RE.findall(cell)
    if not runs or any(len(_ABOVE_BELOW_RE.sub("", r)) > SPECK_RUN for r in runs):
        return not runs
    words = [w for r in runs for w in thai_words(r)]
    return not (all(known_word(w) for w in words) and any(len(w) >= 3 for w in words))


# A chart mark OCR read as letters, in a cell beside a step's words: a token no step's words make.  A Thai
# cluster of three consonants at most that is no dictionary word ("ป", "บฎิ", "แแแ", "ปมป", "กทัพ"), Thai letters
# with a digit or a symbol ("ก\"0", "ร0"), or, in a cell of its own, a short Latin token or a figure of a
# character or two ("Gon eo", "oA", "1", "๕": the chart's marks read by the English model), or the marks of
# months side by side run together, bars alone ("||||": one mark per month, twelve at most).
_THAI_ONLY_RE = regex.compile(r"^[\u0e01-\u0e4e]+$")
_MIXED_SPECK_RE = regex.compile(r"^(?=\S*[\u0e01-\u0e2e])(?=\S*[\d๐-๙\"'`«»©@|\[\]<>~^*])[^\s.,()\-]{2,3}$")
_LATIN_SPECK_RE = regex.compile(r"^(?:[A-Za-z]{1,4}|[\d๐-๙]{1,2}|[^\w\s]{1,3}|[|!/]{4,12})$")


def _cell_speck(token: str) -> bool:
    """A token of a cell beside the step's (after a column gap) that is a chart mark."""
    return thai_speck(token) or bool(_MIXED_SPECK_RE.match(token)) or bool(_LATIN_SPECK_RE.match(token))


def chart_cell(cell: str) -> bool:
    """A cell of chart marks alone (every token a mark, _cell_speck)."""
    tokens = cell.split()
    return bool(tokens) and all(_cell_speck(t) for t in tokens)


def _trailing_specks(text: str) -> int:
    """Where the chart's marks OCR read as letters start at the end of a
    step's line with no column gap before them ("แต่งตั้ง ป แป", "...ของโรงเรียน
    ก\"0 ก ก"): the last tokens, each a Thai cluster of two characters at most
    or a mark (thai_speck, _MIXED_SPECK_RE), one of them a consonant or two
    that is no word or a mark with a digit or symbol; after a word of the
    step.  A word's piece a space cut off ("การศึ กษา") holds more letters and
    stays.  len(text) if none."""
    tokens = list(regex.finditer(r"\S+", text))
    k = len(tokens)
    while k > 1 and (len(tokens[k - 1][0]) <= 2 and bool(_THAI_ONLY_RE.match(tokens[k - 1][0]))
                     or _MIXED_SPECK_RE.match(tokens[k - 1][0])):
        k -= 1
    run = [t[0] for t in tokens[k:]]
    if not run or not THAI_RUN_RE.search(" ".join(t[0] for t in tokens[:k])):
        return len(text)
    if not any(_MIXED_SPECK_RE.match(t) or (thai_speck(t) and len(t) <= 2 and THAI_LETTER_RE.search(t))
               for t in run):
        return len(text)
    return tokens[k].start()


def step_text(text: str) -> str:
    """A line without the chart's cells after a tab (a cell of no Thai word,
    or of chart marks alone: chart_cell, _chart_marks) and the marks at its
    end."""
    cells = text.split("\t")
    # a step's number whose dot OCR lost, the chart's marks beside it ("0<tab>แปป"): the line stays as read, a
    # figure and a text, as step_opener opens a step (its words on the lines below)
    as_read = _number_beside_mark(cells)
    kept = [cells[0]] + [c for c in cells[1:] if THAI_RUN_RE.search(c)
                         and (as_read or not chart_cell(c) and not _chart_marks(c))]
    joined = " ".join(c.strip() for c in kept)
    line = _TRAILING_MARKS_RE.sub("", joined).strip()
    if len(line) < len(joined.strip()):  # marks cut off: lone figures right before them are marks too
        line = _LONE_FIGURES_RE.sub("", line)
    if as_read:
        return line
    cut = line[: _trailing_specks(line)].rstrip()
    while cut != line:
        # the marks and the specks OCR read from the chart's cells in either order ("ขออนุมัติ |] ป": the bar and
        # bracket of a mark, then a month cell's speck read as a Thai letter): each cut bares the other; before,
        # the mark stayed in the step's text with no issue (fresh set s94p, bma_proposal_s94p002)
        line, cut = cut, _TRAILING_MARKS_RE.sub("", cut).strip()
        cut = cut[: _trailing_specks(cut)].rstrip()
    return line


# A step's number inside a line (a plan printed on one line): digits and a dot or comma, between spaces; or
# what OCR made of the digits, one or two Latin letters or specks, a digit at most after them ("w." for ๒.,
# "U6." for ๖., ">." for ๗.), before a step's Thai words (not the chart's month titles OCR misread, "AW. มี.ค.").
# A cut the numbering does not take joins its step again.
_INLINE_STEP_RE = regex.compile(r"(?<=\s)(?:[\d๐-๙]{1,2}[.,](?=\s)"
                                r"|[A-Za-z<>@«»©]{1,2}[\d๐-๙]?[.,](?=\s+[\u0e01-\u0e4e]{3}))"
                                # its dot lost ("/ 4 โรงเรียน..."): only right after the chart's marks, which stand
                                # between one step's words and the next step's number in a plan run on in lines
                                r"|(?<=(?:^|\s)[/|✓✔■□]{1,3}\s{1,3})[\d๐-๙]{1,2}(?=\s+[\u0e01-\u0e2e\u0e40-\u0e44]"
                                r"[\u0e01-\u0e4e]{2})")
# The same number ending a line of a plan run on in lines, its step's words on the next line ("... สำนักการศึกษา ๕." /
# "จัดอบรม...", "... ของโรงเรียน 0 0 ©." / "จัดสรร..."): the page wrapped right after it.
_END_STEP_RE = regex.compile(r"(?<=\s)(?:[\d๐-๙]{1,2}|[A-Za-z<>@«»©]{1,2}[\d๐-๙]?)[.,]\s*$")
# A line that opens with a step's Thai words (three letters, no abbreviation's dot: not the chart's "ส.ค.").
_OPENS_WORDS_RE = regex.compile(r"^\s*" + THAI_WORD_RE.pattern)
WRAPPED_AT = 40  # characters a line the page wrapped holds at least (a short line ends where its text does)


def _numbers_to_next_line(lines: list[Line]) -> list[Line]:
    """Lines whose last token is a step's number (_END_STEP_RE) with that
    number put before the next line's words, where the next line with text
    opens with Thai words: the number opens the step it numbers."""
    out = list(lines)
    for i, ln in enumerate(out):
        if len(ln.text) <= WRAPPED_AT or (m := _END_STEP_RE.search(ln.text)) is None:
            continue
        j = next((k for k in range(i + 1, len(out)) if out[k].text.strip()), None)
        if j is None or not _OPENS_WORDS_RE.match(out[j].text):
            continue
        nxt = out[j]
        out[i] = Line(ln.no, ln.text[: m.start()].rstrip(), ln.kind)
        out[j] = Line(nxt.no, f"{m.group(0).strip()} {nxt.text.lstrip()}", nxt.kind)
    return out


def explode_steps(lines: list[Line]) -> list[Line]:
    """Lines cut before each step number inside them, or moved to the next
    line from the end of theirs; a cut the numbering does not take joins its
    step again (read_items)."""
    out: list[Line] = []
    for ln in _numbers_to_next_line(lines):
        cuts = [m.start() for m in _INLINE_STEP_RE.finditer(ln.text)] if len(ln.text) > 40 else []
        bounds = [0, *cuts, len(ln.text)]
        out += [Line(ln.no, ln.text[a:b].strip(), ln.kind) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip()]
    return out


def glue_tails(lines: list[Line]) -> list[Line]:
    """Lines with a word's tail on a line of its own (_WORD_TAIL_RE) put back
    at the end of the line above, without a space: "คณะกรรมก" + "าร" is
    "คณะกรรมการ"."""
    out: list[Line] = []
    for ln in lines:
        if out and _WORD_TAIL_RE.match(ln.text):
            out[-1] = Line(out[-1].no, out[-1].text + ln.text.strip())
        else:
            out.append(ln)
    return out


# A line of OCR debris where a degraded chart stood (its bars, grid and shading read as letters: "oo 080 า 0 : oe =
# 089 0รรว ne Se ae", " 7 ก 0 3147901 - 3[ฝฮ[[ฝมฝ 0 11 Se"): GARBLED_TOKENS tokens or more, most of them short
# (SHORT_TOKEN characters at most), GARBLED_LETTERS letters or more (Thai or Latin; a month's abbreviation is
# none: "๑๐ - ๑๒ ก.ค. ๒๕๖๘" is a step's date), of which dictionary words of KNOWN_WORD characters or more cover
# under GARBLED_KNOWN (each Thai run read alone, or the line's Thai read run together: a line whose letters OCR
# spaced apart reads as words so), none of them LONG_WORD characters.  A step's line holds its words; such a
# line is no step, nor a step's wrapped text.
GARBLED_TOKENS = 4
SHORT_TOKEN = 3
GARBLED_LETTERS = 6
KNOWN_WORD = 3
GARBLED_KNOWN = 0.3
LONG_WORD = 5
WORDLESS_LETTERS = 8
_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4eA-Za-z]")
_ABBREVIATION_RE = regex.compile(r"(?:^|\s)(?:[\u0e01-\u0e2e][\u0e30-\u0e4e]?\.){1,3}(?=\s|$)")
_THAI_PART_RE = regex.compile(r"[\u0e01-\u0e4e]+")


def _known_chars(runs: list[str]) -> tuple[int, int]:
    """(characters of the dictionary words of KNOWN_WORD characters or more in `runs`, the longest's)."""
    chars = longest = 0
    for run in runs:
        for w in thai_words(run):
            if len(w) >= KNOWN_WORD and known_word(w):
                chars += len(w)
                longest = max(longest, len(w))
    return chars, longest


def garbled_line(text: str) -> bool:
    """A line of OCR debris a degraded chart left (see above), or a shorter
    one of WORDLESS_LETTERS letters or more, most of them Thai, no dictionary
    word among them ("รรรว 0รรวปว 0", "เธระสด Tal bps"; a step's words in
    English, "Google Classroom", are no Thai)."""
    tokens = text.split()
    letters = len(_LETTER_RE.findall(_ABBREVIATION_RE.sub(" ", text)))
    if len(tokens) < 2 or letters < GARBLED_LETTERS:
        return False
    runs = _THAI_PART_RE.findall(text)
    apart, together = _known_chars(runs), _known_chars(["".join(runs)])
    known, longest = max(apart[0], together[0]), max(apart[1], together[1])
    if not known and letters >= WORDLESS_LETTERS and 2 * len(_LETTER_RE.findall("".join(runs))) >= letters:
        return True
    if len(tokens) < GARBLED_TOKENS or sum(len(t) <= SHORT_TOKEN for t in tokens) * 2 < len(tokens):
        return False
    return known < GARBLED_KNOWN * letters and longest < LONG_WORD


# A step's number OCR read as one Thai consonant standing alone ("ร สรุปผลการดำเนินงาน..." for ๖., fresh set s75a's
# bma_proposal_s75a002; "ท  จัดสรรงบประมาณ..." for 2., extra's bma_proposal_x004), then a dictionary word of
# LETTER_STEP_WORD characters or more: no Thai word is one consonant but ณ ("ณ โรงเรียน..." goes on a line), and a
# word OCR cut after its first letter ("ค วามพึงพอใจ") leaves no such word after it (the dictionary's "วาม" is short).
_LETTER_STEP_RE = regex.compile(r"^\s*(?P<tok>[ก-ฒด-ฮ])\s+(?P<rest>[\u0e01-\u0e2e\u0e40-\u0e44].*)$")
LETTER_STEP_WORD = 4


def _lost_opener(text: str) -> tuple[str, str] | None:
    """lost_step_opener, or a step's number read as one Thai consonant (_LETTER_STEP_RE)."""
    if (found := lost_step_opener(text)) is not None:
        return found
    m = _LETTER_STEP_RE.match(text)
    rest = m.group("rest").strip() if m is not None else ""
    return (m.group("tok"), rest) if rest and known_word_from(rest, 0, LETTER_STEP_WORD, 24) else None


def _in_gap(texts: list[Line], opened: dict[str, tuple[str, str] | None], unmarked: bool = False) -> set[str]:
    """The line that stands alone where the steps' numbers skip one: between
    two steps numbered n and n + 2 as printed (digits), no step between, the
    one line that opens with a short token of no Thai letter and no dot and
    then Thai words ("6. นิเทศ..." / "ie  โรง เรียนรายงาน..." / "8. สรุปผล...":
    step 7, its "7." read as letters; lost_step_opener).  Taken for that
    step's opening as a row the chart marks is; a gap of more numbers, or
    two such lines in it, and none.  After the last step, a line opening
    with Latin letters and a mark ("it:") is such a step's opening; one
    opening with two small letters and no mark ("if") only where the plan's
    lines carry no chart marks (`unmarked`: where they do, a line without
    them is a wrap)."""
    found: set[str] = set()
    last: tuple[int, int] | None = None  # (index, number) of the step before
    for i, t in enumerate(texts):
        if (o := opened[t.text]) is None:
            continue
        value = thai_digits_to_arabic(o[0])
        number = int(value) if value.isdigit() else None
        if last is not None and number is not None and number == last[1] + 2:
            lost = [u.text for u in texts[last[0] + 1: i] if _lost_opener(u.text) is not None]
            if len(lost) == 1:
                found.add(lost[0])
        last = (i, number) if number is not None else None
    if last is not None:
        # after the last step numbered in digits, the one line that opens with a short token of Latin letters and a
        # mark ("it: โรงเรียนรายงานผลการดำเนินงาน": step 7, its "7." read as letters, the list's last; fresh s88o003),
        # then a dictionary word
        # (`unmarked`: the plan's lines carry no chart marks beside their words, fewer than two; see above)
        after = [u.text for u in texts[last[0] + 1:]
                 if (_LATIN_NUMBER_RE.match(u.text) or unmarked and _LATIN_BARE_NUMBER_RE.match(u.text))
                 and (o := _lost_opener(u.text)) is not None and known_word_from(o[1], 0, LETTER_STEP_WORD, 24)]
        if len(after) == 1:
            found.add(after[0])
    return found


# a step's number and its dot read as Latin letters, a small one among them (no acronym: "PLC: ...")
_LATIN_NUMBER_RE = regex.compile(r"^\s*(?=[A-Za-z]{0,2}[a-z])[A-Za-z]{1,3}[:.;]\s")
# ... or the dot read as a letter of its own, no mark: two small letters ("if สรุปผล..." for 7.: fresh set s89a
# bma_proposal_s89a002), taken only in a plan whose steps' lines carry no chart marks beside their words (where
# they do, a line without them is a wrap: tests/test_prop_steps_ocr.py)
_LATIN_BARE_NUMBER_RE = regex.compile(r"^\s*[a-z]{2}\s")


# Where lines of a step's cell were lost (OCR read the chart's marks beside them as a line of debris, or nothing):
# the document prints the step's words elsewhere (its project model, an objective) with words between two of the
# step's lines that never stand together there.  A seam's line before holds two words or more (a line of one word,
# "โรงเรียน", stands before anything in the document), the step's rest after it SEAM skeleton characters or more,
# printed ECHOES times at most (not a phrase the whole document repeats); LOST_GAP characters between them.
SEAM = 8
SEAM_WORDS = 2
ECHOES = 3
LOST_GAP = (3, 60)


def lost_between(texts: list[str], printed: str) -> str | None:
    """The words (as a skeleton) the document prints between two of a
    step's lines, which OCR lost there: the whole of one line and the whole
    rest of the step after it are never printed together in `printed` (the
    skeleton of the copy's other sections), and are printed with LOST_GAP
    characters between them (the nearest such printing).  None where no
    such seam is found."""
    for i in range(len(texts) - 1):
        x, y = skeleton(texts[i]), skeleton("".join(texts[i + 1:]))
        if (len(y) < SEAM or len(thai_words(texts[i])) < SEAM_WORDS or x + y in printed
                or not 0 < printed.count(y) <= ECHOES):
            continue
        gaps = []
        at = printed.find(x)
        while at >= 0:
            end = at + len(x)
            if (k := printed.find(y, end + LOST_GAP[0], end + LOST_GAP[1] + len(y))) >= 0:
                gaps.append(printed[end:k])
            at = printed.find(x, at + 1)
        if gaps:
            return min(gaps, key=len)
    return None


# A line the chart reading drops that may open a step whose number and first word OCR misread: a number (its dot
# lost, its digit one OCR's confusions need not cover: "0" for 6) and a word of Latin letters, nothing else
# ("0 asu" for "6. สรุป"); the step's words on the lines after it.
_OPENER_AS_LETTERS_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}[.,]?\s+[A-Za-z]{2,6}\s*$")


def _openers_dropped(exploded: list[Line], dropped: list[Line], steps: list) -> list[Issue]:
    """An issue on the step whose lines enclose a dropped line of the shape
    above (Thai text lines of that step before and after it): the words
    after it may be a step of their own whose row is lost (field: the
    table, so the lost row's columns are named too)."""
    issues = []
    for ln in dropped:
        if not _OPENER_AS_LETTERS_RE.match(ln.text):
            continue
        step = next((st for st in steps if st.start < ln.no < st.end), None)
        if step is None or not any(x.no > ln.no and x.no <= step.end and THAI_RUN_RE.search(x.text) for x in exploded):
            continue
        issues.append(Issue("warning", "items_cut_in_doubt", f"action-plan step {step.number}: a line inside its "
                            f"text ({ln.text.strip()!r}) reads as a step's number and first word OCR misread; the "
                            "words after it may be a step of their own whose row is lost", ln.text.strip(),
                            step.start, step.end, field="activities"))
    return issues


# a figure of a digit or two standing alone, a dot after it or not
_FIGURE_TOKEN_RE = regex.compile(r"[\d๐-๙]{1,2}[.,]?")


def _next_number_after(left: list[Line], steps: list) -> list[Issue]:
    """An issue on the plan's steps where a line left out as the chart's
    marks or OCR debris after the last step's text holds, standing alone,
    the number of the step after it ("ๆ 6 0ฒ" after step 5): that step's
    row OCR read as marks but its number, its words lost, so the plan may
    lack a step (field: the table, so the lost row's columns are named too)."""
    if not steps:
        return []
    last = steps[-1]
    after = str(last.number + 1)
    for ln in left:
        if ln.no > last.end and any(thai_digits_to_arabic(t.rstrip(".,")) == after
                                    for t in ln.text.split() if _FIGURE_TOKEN_RE.fullmatch(t)):
            return [Issue("warning", "items_cut_in_doubt", f"a line of the chart's marks or OCR debris after "
                          f"action-plan step {last.number} ({ln.text.strip()[:40]!r}) holds the figure {after} alone, "
                          "the next step's number: that step's row may be lost, its words OCR read as marks or lost",
                          ln.text.strip(), last.start, ln.no, field="activities")]
    return []


def _last_past_blank(texts: list[Line], left: list[Line], steps: list) -> list[Issue]:
    """An issue on the plan's steps where the last step's text goes on past
    a blank line (a line skipped that no line left out as the chart's marks
    or debris fills) with words that open no step: the steps after it, their
    numbers and opening words lost to OCR, may stand in it, their rows lost
    ("4. โรงเรียน" / "คัดสรรสื่อ" / "การเรียนรู้" / "" / "ติดตาม การ" /
    "ดำเนินงานของ" / "โรงเรียน", step 5 "นิเทศ ติดตาม..." read into step 4
    in both copies with no issue naming it: fresh set s147o,
    bma_proposal_s147o004).  Field: the table, so the lost rows' columns
    are named too."""
    if not steps:
        return []
    last, gone = steps[-1], {ln.no for ln in left}
    own = [t for t in texts if last.start <= t.no <= last.end]
    for before, after in zip(own, own[1:]):
        if after.no > before.no + 1 and not any(no in gone for no in range(before.no + 1, after.no)):
            return [Issue("warning", "items_cut_in_doubt", f"action-plan step {last.number}, the last read, goes on "
                          f"past a blank line ({after.text.strip()[:40]!r}): steps after it whose numbers and opening "
                          "words OCR lost may stand in it, their rows lost", last.text[:120], last.start, last.end,
                          field="activities")]
    return []


# A token of the chart's marks alone ("|", "/", "[]", "!"): a bar of the chart beside a wrapped line, no step's number.
_CHART_MARK_TOKEN_RE = regex.compile(r"[✓✔■□●•/|\[\]!()'\"`‘’]+")
# A token holding a letter or a digit: a word OCR's English model wrote in Latin letters ("fan ส่งสำ", a wrapped
# line's words), or a figure, as likely as a step's number.
_LETTER_OR_DIGIT_RE = regex.compile(r"[A-Za-z\d๐-๙]")


def _marked_openers_inside(texts: list[Line], steps: list) -> list[Issue]:
    """An issue on each step one of whose lines after its first opens as a step whose number OCR read as a mark, no
    letter or digit (lost_step_opener: "7 โรงเรียนรายงานผล..." / "= สรุปผลการดำเนินงาน..." for ๘.), or as one Thai
    consonant ("ร สรุปผลการดำเนินงาน..." for ๖.: _lost_opener): a step's
    wrapped line opens with its words (a bar of the chart before them, "|", is the chart's; a word OCR wrote in
    Latin letters, "fan ส่งสำ", is as likely its own), so the words after the mark may be a step of their own, run
    into the one above, its row lost (field: the table, so the lost row's columns are named too).  Read with its
    neighbour after the last step, nothing else told of it: no number skipped, no line dropped."""
    issues = []
    for step in steps:
        inner = [t for t in texts if step.start < t.no <= step.end and (o := _lost_opener(t.text)) is not None
                 and not _LETTER_OR_DIGIT_RE.search(o[0]) and not _CHART_MARK_TOKEN_RE.fullmatch(o[0])]
        if inner:
            issues.append(Issue("warning", "items_cut_in_doubt", f"action-plan step {step.number}: a line of its text "
                                f"({inner[0].text.strip()[:40]!r}) opens with a mark where a step's number stands; the "
                                "words after it may be a step of their own, its number misread and its row lost",
                                step.text[:120], step.start, step.end, field="activities"))
    return issues


def _marks_inside(texts: list[Line], left: list[Line], steps: list) -> list[Issue]:
    """An issue on each step a line left out as the chart's marks or OCR
    debris stands inside, between two lines of its text and not beside its
    first (where the chart's marks of its row stand): OCR read words of the
    step's cell there as marks or debris, so its text may lack them (its
    lines: those whose words its text holds; a line of specks after its
    text, page debris, is none).  The chart marks a row beside its first
    line, so the line may as well be the marks of a row of its own, a step
    whose number and first words OCR lost, its other words run into this
    step's text (field: the table, so the lost row's columns are named too)."""
    issues = []
    for step in steps:
        words = skeleton(step.text)
        own = sorted(t.no for t in texts if step.start <= t.no <= step.end and (x := skeleton(t.text)) and x in words)
        if len(own) < 2:
            continue
        inside = [ln for ln in left if own[1] <= ln.no < own[-1] or own[0] + 1 < ln.no < own[1]]
        if inside:
            issues.append(Issue("warning", "unread_cells", f"action-plan step {step.number}: a line of the chart's "
                                f"marks or OCR debris ({inside[0].text.strip()[:40]!r}) stands between two lines of its "
                                "text, away from its row's first line: words of its cell OCR may have read as marks "
                                "there, or they are the marks of a step of its own whose number OCR lost, run into "
                                "this one, so its text is in doubt and a step may be lost", step.text[:120],
                                step.start, step.end, field="activities"))
    return issues


_DOTTED_STEP_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}\.\s*[\u0e01-\u0e2e\u0e40-\u0e44]")  # "๑.ขอ...": a step's number, its dot


def read_steps(lines: list[Line], out: CopyReading, printed: str = "") -> bool:
    """The numbered steps of section 6 into `out`; False when no line opens a
    step (the caller reads the steps as unnumbered cells).  `printed`: the
    skeleton of the copy's other text (lost_between)."""
    exploded, dropped = [], []
    # a line of OCR debris is left whole (a cut inside it, "... a, วรห", would open a step of its debris), read
    # with its cells after a column gap and without them (the chart's cells a gap parts read as marks, the
    # debris before them is too short to tell: "2  รกร ๒7ฮฝ<tab>; 58 “ Sere ลร รัรซ์")
    # (not a row whose step number and its dot open it, its words before the chart's cells no debris: "๑.ขออนมัติ )] 0
    # OF", a word OCR lost a mark of and the chart's marks read as letters after it, is step 1's row; fresh s88b003)
    garbled = [ln for ln in lines if not is_chart_text(ln.text)
               and (garbled_line(step_text(ln.text))
                    or not _DOTTED_STEP_RE.match(ln.text) and garbled_line(ln.text.replace("\t", " ")))]
    for ln in explode_steps([ln for ln in lines if ln not in garbled]):
        (dropped if is_chart_text(ln.text) else exploded).append(ln)
    texts = glue_tails([Line(ln.no, step_text(ln.text)) for ln in exploded])
    # a row the chart marks (its marks in cells after the step's): a step's first line, whatever OCR made of
    # its number ("fe สรุปผล...<tab>od" for ๗.); a wrapped line of a step has no marks beside it
    marked = {ln.no for ln in exploded if _marked_row(ln.text)}
    opened = {t.text: step_opener(t.text) for t in texts}  # each line's opening, once
    numbered = sum(1 for t in texts if opened[t.text] is not None)
    rows = {t.text for t in texts if t.no in marked} if numbered >= 2 and len(marked) >= 2 else set()
    rows |= _in_gap(texts, opened, unmarked=len(marked) < 2)

    # a step's row whose number and first word OCR read as letters, the chart's marks after a gap ("ol. AGU<tab>/ /",
    # read back from the debris by its place: steps_in_debris): it opens a step, which its place numbers
    lettered = {step_text(ln.text) for ln in exploded if numbered_marks(ln.text, lettered=True) is not None
                and numbered_marks(ln.text) is None}

    # such a row whose number's dot OCR lost ("5 una<tab>ป [|]"): its number and Latin word open the step
    dotless = {t for ln in exploded if _DOTLESS_OPENER_RE.match(t := step_text(ln.text))
               and numbered_marks(ln.text) is not None}

    def opener(text: str) -> tuple[str, str] | None:
        if text in lettered and (m := _LETTERED_OPENER_RE.match(text)) is not None:
            return m.group("num"), m.group("word")
        if text in dotless and (m := _DOTLESS_OPENER_RE.match(text)) is not None:
            return m.group("num"), m.group("word")
        return opened[text] or (_lost_opener(text) if text in rows else None)

    found = read_items(texts, opener)
    if found is None:
        return False
    steps, lead = first_from_lead(*found, bare_first=True)  # the first step's number lost, or read below its words
    steps = [st for st in steps if st.text]
    for step in steps:
        out.put("activities", step.number, "text", Reading(step.text, step.text, step.start, step.end))
        if printed and (lost := lost_between(step.texts, printed)) is not None:
            out.issues.append(Issue("warning", "unread_cells", f"action-plan step {step.number}: the document prints "
                                    f"words ({lost!r}, as a skeleton) between two of its lines that never stand "
                                    "together elsewhere: lines of its cell OCR lost, so its text is in doubt",
                                    step.text[:120], step.start, step.end, field="activities.text"))
    out.issues.extend(sequence_issues(steps, "action-plan step", "activities.seq"))
    out.issues.extend(_openers_dropped(exploded, dropped, steps))
    out.issues.extend(_next_number_after(dropped + garbled, steps))
    out.issues.extend(_last_past_blank(texts, dropped + garbled, steps))
    out.issues.extend(_marked_openers_inside(texts, steps))
    said = {(i.line_start, i.line_end) for i in out.issues if i.field == "activities.text"}
    out.issues.extend(_marks_inside(texts, dropped + garbled, [st for st in steps if (st.start, st.end) not in said]))
    out.leave("unplaced_text", "action-plan text before the first numbered step", lead, "activities.text")
    out.leave("unplaced_text", "action-plan lines of OCR debris (a degraded chart's cells read as letters, no "
              "step's words): left out of the steps; a step's words OCR lost there may be among them", garbled,
              "activities")
    return True
