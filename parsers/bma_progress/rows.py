"""Rows of a BMA progress form from its voted copies, and the cross-checks
that use the form's redundancy: report dates inside the fiscal year and in
order, report numbers in sequence, expense lines adding up to their entry,
disbursements adding up to the budget spent and staying within the budget
allocated, progress that does not fall."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any

import regex
from rapidfuzz import fuzz, process

from normalizers.dates import MONTH_TOKEN, find_dates
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, ocr_tolerant, skeleton, standard_re
from normalizers.words import thai_speck
from parsers.bma_progress.clauses import CANCEL_RE, ITEM_MAX, date_cell_opens
from parsers.bma_progress.expense_copies import expense_copies
from parsers.bma_progress.fields import FIELD_BY_KEY
from parsers.bma_progress.stacked import column_broken
from parsers.bma_progress.repairs import (FEWEST_BAHT, code_from_cover, field_read, record_lines as _lines,
                                         repair_all, repair_ordinal_words, strategy_numbers_at_odds,
                                         structure_in_doubt)
from parsers.checks import money_equal, report_window, sum_check
from parsers.items import THAI_LETTER_RE
from parsers.repair import YEAR_RANGE, sure
from parsers.units import mend_unit
from parsers.values import disputed, make_project_key, phone_shape_issues
from schemas.document import EARLIEST, Issue, Merged, ParseResult, Reading, value_of

DOC_TYPE = "bma_progress"

PROJECT_COLUMNS = (
    "project_code", "name", "fiscal_year_be", "start_date", "end_date", "budget_allocated", "budget_spent",
    "agency", "division", "section", "owner_name", "owner_phone", "coordinator_name", "coordinator_phone",
    "rationale", "strategy_issue", "strategy_sub_issue", "strategy_goal", "indicator",
)
REPORT_COLUMNS = ("report_date", "description", "progress_pct", "disbursed", "on_plan", "on_target", "cancelled")
EXPENSE_COLUMNS = ("item", "unit", "quantity", "unit_amount", "amount")


# What an expense line or a figure clause leaves in a description when OCR
# damaged it past reading: an amount before บาท (or its OCR "um"), "= 5...",
# or a ค่า... word with a number after it ("ค่าอาหาร Sey คน % ๕๑ฒ.๕0 บาท",
# "= ]8๓๑,๑๐๐", "(ครั้งที่ ๒) = Bo").  The amount is found from the บาท back
# (a run of digits searched for forward would be tried at every digit of a
# line of digits: quadratic); the other two alternatives open on a letter of
# their own.
_UNIT_RE = regex.compile(r"บาท|um|UM")
_AMOUNT_BEFORE_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙][\d๐-๙,.\s]{0,60}(?:\.-\s*)?\Z")
_OTHER_EXPENSE_LIKE_RE = regex.compile(r"=\s*\S{0,3}[\d๐-๙]|(?:^|\s)ค[\u0e48-\u0e4b]?า\S{2,30}\s[^\n]{0,30}?[\d๐-๙]")


# The labels of a report entry's rows and its header ("ความก้าวหน้าของงานฯ", "รายงานครั้งที่ 5") and the
# plan/target flags' words: inside a description, OCR ran the next row's label, or the next entry, into
# it (a label it damaged past the parser's anchors: "เป็นไปคายแผน", "งบประ /มาณที่เบิกใช้"). No description
# of the corpora's 1,119 holds one (fuzzily, at LABEL_RATIO).
_ENTRY_LABELS = tuple((label, skeleton(label)) for label in (
    "ความก้าวหน้าของงาน", "งบประมาณที่เบิกใช้", "รายงานครั้งที่", "ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย",
    "วันที่รายงาน", "รายละเอียดการดำเนินงาน", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย"))
LABEL_RATIO = 80.0
_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e32\u0e40-\u0e44]")


def label_inside(text: str) -> tuple[str, int] | None:
    """The first entry label (_ENTRY_LABELS) `text` holds, fuzzily, and
    where it starts in `text`; None when it holds none."""
    read = text.replace("\u0e33", "\u0e32")
    letters = "".join(_LETTER_RE.findall(read))
    found = []
    for label, sk in _ENTRY_LABELS:
        if len(letters) < len(sk) // 2:
            continue
        m = fuzz.partial_ratio_alignment(sk, letters, score_cutoff=LABEL_RATIO)
        if m is not None:
            found.append((m.dest_start, label))
    if not found:
        return None
    start, label = min(found)
    # where that letter stands in `text`, its letters walked only now that a label is found (a description holds
    # none mostly, and a match object for each of its letters cost as much as the fuzzy comparisons)
    return label, next(islice(_LETTER_RE.finditer(read), min(start, len(letters) - 1), None)).start()


# What the entry's rows print besides their values: their labels' and flags' words, the unit, "ไม่"; a token is
# theirs when its letters (skeleton) stand inside these
_FORM_LETTERS = skeleton("".join(label for label, _ in _ENTRY_LABELS) + "ไม่บาท")
_TOKEN_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+")  # (not ฯ)


def _form_words_only(text: str) -> bool:
    """Whether `text` holds nothing but the entry rows' own words (labels,
    flags: _FORM_LETTERS), figures, separators and specks: the rest of an
    entry's rows a column reader ran into its description ("ความก้าวหน้าของงานฯ
    เป็นไปตาม = ๕๑.5% : งบประมาณที่ เป็นไปตาม เป้าหมาย เบิกใช้ แผน")."""
    words = [w for w in _TOKEN_LETTERS_RE.findall(text) if len(w) > 1]
    return bool(words) and all(skeleton(w) in _FORM_LETTERS for w in words) and not any(
        len(t) > 3 and not _TOKEN_LETTERS_RE.search(t) and regex.search(r"[A-Za-z]{4}", t) for t in text.split())


def _wrapped_piece(words: list[str], i: int) -> bool:
    """Whether words[i] and the word after it, each of Thai words (two
    letters or more), are one label's or flag's piece a cell's width wrapped
    inside ("รายละเอียดการ ดำเนินงาน", "ความก้าวหน้าของ งานฯ")."""
    return (i + 1 < len(words) and all(len(_THAI_TEXT_RE.findall(w)) >= 2 for w in words[i:i + 2])
            and _piece(skeleton(words[i] + words[i + 1])))


LABEL_START_SLACK = 2  # letters of its word a label's fuzzy match may leave out before it


def _furniture_from(desc: str, at: int) -> int | None:
    """Where the form's furniture a column read ran onto the end of `desc`
    starts, from the word where an entry label was found inside it (`at`,
    the match's start, which may leave out LABEL_START_SLACK letters of the
    word), wherever in it that stands: its Thai words all the entry rows'
    own (their labels' and flags' pieces, the form words, specks:
    _tail_token, a piece a wrap cut in two read whole) and the rest figures
    and OCR's specks, Latin letters among them (no Thai letter: "...
    ผลการดำเนินโครงการ ความก้าวหน้าของงานฯ เป็นไปตาม งบประมาณ เป็นไปตาม
    เป้าหมาย ที่เบิกใช้ แผน Blo4,lalo PUM ccecscsse..."), with FURNITURE_KEEP
    Thai letters before it; else None.  A match inside a word, or on a word
    prose holds too ("... เบิกจ่ายตาม งบประมาณ เบิกใช้": the description's
    own last word), opens no furniture."""
    start = desc.rfind(" ", 0, at) + 1
    if at - start > LABEL_START_SLACK or len(_THAI_TEXT_RE.findall(desc[:start])) < FURNITURE_KEEP:
        return None
    words = desc[start:].split()
    if not words or skeleton(words[0]) in _PROSE_FORM_WORDS:
        return None
    i = 0
    while i < len(words):
        word = words[i]
        if _wrapped_piece(words, i):
            i += 2  # (a piece the cell's width wrapped inside: "รายละเอียดการ ดำเนินงาน")
            continue
        if _THAI_TEXT_RE.search(word) and not _tail_token(word) and not _tail_token(word.strip(".,:;=-–()")):
            return None  # (a word of the description's own, or another cell's; "บาท.-" is the unit's)
        i += 1
    return start


_LABEL_SKELETONS = frozenset(sk for _, sk in _ENTRY_LABELS)


# The rows' title column a column read ran into a description whole: the label it holds stands among other
# pieces of the titles ("... คณะกรรมการฯ ของงานฯ งบประมาณที่ เบิกใช้ กับแผน กับเป้าหมาย เครือข่ายโรงเรียน ...",
# "... วิชาการเขต ความก้าวหน้าของ งานฯ ความสอดคล้องกับ แผน ความสอดคล้องกับ เป้าหมาย อยู่ระหว่าง...").  A block
# of BLOCK_PIECES of the titles' and flags' pieces or more in a row (a figure, a form word or a speck among them:
# _tail_token) is none of the description's words (no description of the corpora holds one piece as a word); what
# follows it is the next cell's text the read went on to (another entry's, the title column read between the
# two), not the description's own.  The description is what stands before the block.
BLOCK_PIECES = 2


def _furniture_block(desc: str, at: int) -> int | None:
    """Where a block of the rows' titles' pieces (above) holding the
    label found at `at` starts in `desc`: the first piece of the run of
    furniture words (_tail_token, or two words a wrap cut one piece into)
    around the label's word, when the run holds BLOCK_PIECES pieces or more
    and FURNITURE_KEEP Thai letters stand before it; else None."""
    spans = [(m.start(), m.end()) for m in regex.finditer(r"\S+", desc)]
    words = [desc[a:b] for a, b in spans]
    kinds: list[str] = []
    i = 0
    while i < len(words):
        if _wrapped_piece(words, i):
            kinds += ["piece", "piece"]
            i += 2
            continue
        kinds.append(_tail_token(words[i]) or _tail_token(words[i].strip(".,:;=-–()")))
        i += 1
    k = next((j for j, (a, b) in enumerate(spans) if b > at), None)
    if k is None or not kinds[k]:
        return None
    lo = hi = k
    while lo > 0 and kinds[lo - 1]:
        lo -= 1
    while hi + 1 < len(kinds) and kinds[hi + 1]:
        hi += 1
    run = kinds[lo: hi + 1]
    if run.count("piece") < BLOCK_PIECES:
        return None
    start = spans[lo + run.index("piece")][0]
    if len(_THAI_TEXT_RE.findall(desc[:start])) < FURNITURE_KEEP:
        return None
    return start


def _label_word(desc: str, at: int) -> int:
    """Where a cut before an entry label found at `at` falls: at the start
    of the word the label's fuzzy match opens inside (LABEL_START_SLACK
    letters of it left out), else at the next word (the match took the end
    of a word of the description's own, "... เบิกจ่ายตา|ม งบประมาณ"); past a
    word prose holds too before a label's piece that does not complete it
    into the label ("... จ่ายตาม งบประมาณ เบิกใช้ 8) = ๐ บาท": the
    description's own last word; "งบประมาณ ทีเบิกใช้" is the label)."""
    start, end = desc.rfind(" ", 0, at) + 1, desc.find(" ", at) % (len(desc) + 1)
    if at - start > LABEL_START_SLACK:
        if end - at > LABEL_START_SLACK:  # the label glued on to a word before it: the flag's "ไม่" goes with it,
            return start if skeleton(desc[start:at]) == _FLAG_NOT else at  # a speck stays ("ไฝไม่เป็นไปตามแผน")
        start = end + 1
    words = desc[start:].split(" ")
    if (len(words) > 1 and skeleton(words[0]) in _PROSE_FORM_WORDS and _piece(skeleton(words[1]))
            and skeleton(words[0] + words[1]) not in _LABEL_SKELETONS):
        start += len(words[0]) + 1
    return start


def _label_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that holds an entry label (label_inside): cut before it
    when it stands in the description's second half (the next row's or
    entry's text ran into its end) or opens the form's furniture alone
    (_form_words_only, _furniture_from), and said either way."""
    desc = out["description"] or ""
    found = label_inside(desc)
    if found is None:
        return None
    label, at = found
    if at >= len(desc) / 2 or _form_words_only(desc[at:]):
        at = _label_word(desc, at)
        kept = desc[:at].rstrip(" :;|=/-–")
    elif (start := _furniture_from(desc, at)) is not None:  # (in its first half: nothing but furniture after it)
        at = start
        kept = desc[:at].rstrip(" :;|=/-–")
    elif (start := _furniture_block(desc, at)) is not None:  # (a block of the rows' titles, another cell after it)
        at = start
        kept = desc[:at].rstrip(" :;|=/-–")
    else:
        kept = desc
    verdict = f"cut before them, {desc[at:]!r} left out" if kept != desc else "kept whole: which words are its own is in doubt"
    out["description"] = kept
    return Issue("warning", "unplaced_text", f"report {seq}'s description holds the words of the label {label!r} "
                 f"(OCR ran another row's or entry's text into it): {verdict}", desc[at:], *rec["description"].span,
                 field="progress_reports.description")


# The pieces a column read cuts the entry rows' labels and flags into, each a word of its own ("ของงานฯ",
# "งบประมาณที่", "เบิกใช้", "กับแผน", "กับเป้าหมาย", "เป็นไปตาม", the table's "รายการ" header): standing at a
# description's end they are the form's furniture, not its prose (no description of the corpora's 298 holds one
# as a word).  Read fuzzily (FURNITURE_RATIO on the letters), after the form words a description's prose does
# hold as words of their own (_PROSE_FORM_WORDS: "แผน", "เป้าหมาย", "งบประมาณ"), which are furniture only
# among the pieces.
_FURNITURE_PIECES = tuple(skeleton(w) for w in (
    "ความก้าวหน้าของงานฯ", "ความก้าวหน้า", "ของงานฯ", "ของงาน", "งบประมาณที่เบิกใช้", "งบประมาณที่", "ที่เบิกใช้",
    "เบิกใช้", "ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย", "ความสอดคล้อง", "สอดคล้อง", "กับแผน", "กับเป้าหมาย",
    "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "ไม่เป็นไปตาม", "เป็นไปตาม", "วันที่รายงาน", "รายละเอียดการดำเนินงาน",
    "รายละเอียดการ", "รายการ",
    # the form's closing lines, after section 2, a column read ran on into the last entry: the certification's
    # end ("...จัดพิมพ์จากระบบงานจริง") and the signature's role ("ลงชื่อ....ผู้รับผิดชอบโครงการ")
    "งานจริง", "ผู้รับผิดชอบโครงการ"))
_PROSE_FORM_WORDS = frozenset(skeleton(w) for w in ("แผน", "เป้าหมาย", "งบประมาณ", "ที่", "ใช้", "เบิก", "ไม่", "บาท"))
FURNITURE_RATIO = 88.0
# A figure cell's own shape (an amount with its satang, a percentage), a lone percent sign or a speck: no prose's
_FIGURE_CELL_RE = regex.compile(r"[\d๐-๙][\d๐-๙,]*\.[\d๐-๙]{2}(?:\s?%|\.-)?|[\d๐-๙]+(?:\.[\d๐-๙]+)?\s?%|%")
_SPECK_RE = regex.compile(r"[!|~^*_'\"`“”‘’•·«»<>=+;:,.\-–]+")
_BARE_NUMBER_RE = regex.compile(r"[\d๐-๙]{1,2}")
# A word of Latin letters (a comma, dot or bracket after it): what the English model made of a speck, a rule or
# another cell's word; no description of the corpora holds one (their one Latin word, "(O-NET)", is bracketed)
_LATIN_TOKEN_RE = regex.compile(r"[A-Za-z]{1,8}[,.)]?")
# ... a three-digit number, or a short run of Thai letters that is no dictionary word ("ซ่", "วดก", "มญู": OCR's
# specks, normalizers.words.thai_speck): a form word's kind, furniture only before a piece or a figure
_NUMBER_RE = regex.compile(r"[\d๐-๙]{3}")
# ... or a figure OCR garbled: digits with a sign among them that no figure of prose prints ("@ิ๓,๒๐๐", "9%๑“1",
# "2!9"; a bracket, dot, comma, slash, dash or colon is a list's or a date's, a letter a word's: "COVID-19")
_GARBLED_FIGURE_RE = regex.compile(r"(?=\S*[\d๐-๙])(?=\S*[^\w.,/()\-:;])\S+")
# The certification's last word ("...จัดพิมพ์จากระบบงานจริง"), which a wrap may leave alone on its line: ending a
# description, the furniture's (no description of the corpora's ends in it)
_CLOSING_WORD = skeleton("จริง")
# Thai letters a description must keep before its furniture for a cut (less: its own words are not told apart)
FURNITURE_KEEP = 8


def _tail_token(token: str) -> str:
    """What a word at a description's end is: "piece" (a label's or flag's
    piece, _FURNITURE_PIECES), "figure" (a figure cell's shape, a figure OCR
    garbled or a speck),
    "form" (a form word prose holds too, a lone letter or a small number)
    or "" (the description's own)."""
    if _FIGURE_CELL_RE.fullmatch(token) or _SPECK_RE.fullmatch(token) or _LATIN_TOKEN_RE.fullmatch(token):
        return "figure"
    sk = skeleton(token.strip("()[]"))
    if sk in _PROSE_FORM_WORDS or len(sk) <= 1 or _BARE_NUMBER_RE.fullmatch(token):
        return "form"
    if _piece(sk):
        return "piece"
    bare = token.strip(",.")
    if _NUMBER_RE.fullmatch(bare) or thai_speck(bare):
        return "form"
    if _GARBLED_FIGURE_RE.fullmatch(token):
        return "figure"
    return ""


def _piece(sk: str) -> bool:
    """A word's letters (its skeleton) read as a label's or flag's piece (_FURNITURE_PIECES), fuzzily: one
    piece at FURNITURE_RATIO or nearer (asked of all the pieces in one call: a loop over fuzz.ratio cost three
    times as much, and rows' tokens are asked by the hundred thousand)."""
    return len(sk) >= 4 and process.extractOne(sk, _FURNITURE_PIECES, scorer=fuzz.ratio,
                                               score_cutoff=FURNITURE_RATIO) is not None


def furniture_tail(text: str) -> int | None:
    """Where the form's furniture a column read ran onto the end of a
    description starts (the words after it all _tail_token's, a piece or a
    figure among them; the form words before the first piece or figure
    taken too when two pieces stand after them, the label they begin: "...
    ดำเนินงาน งบประมาณ เป็นไปตาม ที่เบิกใช้ แผน"), or None when it ends in
    words of its own or would keep fewer than FURNITURE_KEEP Thai letters."""
    words = text.split(" ")
    kinds = []
    i = len(words) - 1
    while i >= 0:
        kind = _tail_token(words[i]) if words[i] else "form"
        if not kind and i == len(words) - 1 and skeleton(words[i]) == _CLOSING_WORD:
            kind = "piece"  # the certification's last word alone, a wrap cut it from "งาน"
        if not kind and i > 0 and words[i - 1] and _piece(skeleton(words[i - 1] + words[i])):
            kinds += ["piece", "piece"]  # a piece the cell's width wrapped inside: "รายละเอียดการ ดำเนินงาน"
            i -= 2
            continue
        if not kind:
            break
        kinds.append(kind)
        i -= 1
    kinds.reverse()
    if not any(k in ("piece", "figure") for k in kinds) and sum(
            1 for w in words[len(words) - len(kinds):] if _BARE_NUMBER_RE.fullmatch(w)) < 2:
        return None  # (two bare numbers and nothing between them: figure cells, no prose's count)
    first = next((i for i, k in enumerate(kinds) if k != "form"), None)
    if first is None:
        first = next(i for i, w in enumerate(words[len(words) - len(kinds):]) if _BARE_NUMBER_RE.fullmatch(w))
    start = len(words) - len(kinds) + (0 if kinds.count("piece") >= 2 else first)
    at = len(" ".join(words[:start])) + (1 if start else 0)
    if len(_THAI_TEXT_RE.findall(text[:at])) < FURNITURE_KEEP:
        return None
    return at


# The table's header row a column read put before a description: its headers' words ("รายงานครั้งที่ ๒",
# "ครั้งที่ 7", "วันที่รายงาน") and the row titles' pieces (furniture_head)
_AMOUNT_WORD = skeleton("เป็นเงิน")
_HEADER_WORDS = tuple(skeleton(w) for w in ("รายงานครั้งที่", "รายงาน", "ครั้งที่"))


def _head_word(words: list[str], i: int) -> int:
    """How many of `words` from `i` on are one word of the form's furniture
    opening a description (furniture_head): a piece a wrap cut in two (2),
    a label's or flag's piece, a figure, a form word or speck (_tail_token),
    a header's words (_HEADER_WORDS, fuzzily), a date's part (_date_piece);
    0 for a word of the description's own."""
    word = words[i]
    if _wrapped_piece(words, i):
        return 2
    if not word or _tail_token(word) or _date_piece(word):
        return 1
    sk = skeleton(word)
    if sk == _AMOUNT_WORD:
        return 1
    return 1 if len(sk) >= 4 and any(fuzz.ratio(sk, w) >= FURNITURE_RATIO for w in _HEADER_WORDS) else 0


def furniture_head(text: str) -> int | None:
    """Where a description starts after the table's header row a column
    read ran before it (the words up to its first of its own all the form's
    furniture, _head_word: "รายงานครั้งที่ ๒ ๑7 นทีรายงาน รายละเอียดการ
    ดำเนินงาน ของงานฯ งบประมาณที่ เบิกใช้ กับแผน กับเป้าหมาย ... ธันวาคม
    2๕66 อยู่ระหว่างการ..."), two label's or flag's pieces among them (a
    lone piece may be the prose's own first word), FURNITURE_KEEP Thai
    letters after them; else None."""
    words = text.split(" ")
    i = pieces = 0
    while i < len(words):
        n = _head_word(words, i)
        if not n:
            break
        pieces += 1 if n == 2 or _tail_token(words[i]) == "piece" else 0
        i += n
    if pieces < 2 or i >= len(words):
        return None
    at = len(" ".join(words[:i])) + 1
    if len(_THAI_TEXT_RE.findall(text[at:])) < FURNITURE_KEEP:
        return None
    return at


# The description row's title ("รายละเอียดการดำเนินงาน"), which the form prints wrapped in two in its narrow
# title column ("รายละเอียดการ" / "ดำเนินงาน", "รายละเอียด" / "การดำเนินงาน"): each piece on the line of one of
# the cell's lines beside it
_DESCRIPTION_TITLE = skeleton("รายละเอียดการดำเนินงาน")
TITLE_REST_WITHIN = 3  # words of the cell's first line(s) that may stand between the title's two pieces


def title_beside(text: str) -> tuple[str, str] | None:
    """The description without its row's title read into it beside its
    cell's lines: the text a read of a table whose row titles stand left
    of their cells gave, the date row's cell and the title's first piece
    opening it, the title's rest a word of its own after the cell's first
    line ("31/1/2561 รายละเอียดการ ประชุม ดำเนินงาน ผู้บริหาร ...": the
    lines "รายละเอียดการ ประชุม" / "ดำเนินงาน ผู้บริหาร"), as (the text
    without them, the words taken out); None where its head holds no
    title piece alone (furniture_head's doubt: a lone piece may be prose)
    or the rest is not the title's with it.  The words before the first
    piece must all be the date row's (_date_piece) or header's
    (_head_word); FURNITURE_KEEP Thai letters must remain."""
    words = text.split(" ")
    first = next((i for i, w in enumerate(words[:6]) if w and _tail_token(w) == "piece"), None)
    if first is None or not all(w and (_date_piece(w) or _head_word(words, i)) for i, w in enumerate(words[:first])):
        return None
    head = skeleton(words[first])
    for j in range(first + 2, min(len(words), first + 2 + TITLE_REST_WITHIN)):
        if words[j] and fuzz.ratio(head + skeleton(words[j]), _DESCRIPTION_TITLE) >= FURNITURE_RATIO \
                and skeleton(words[j]) != head:
            kept = " ".join(w for i, w in enumerate(words) if i > first and i != j)
            if len(_THAI_TEXT_RE.findall(kept)) < FURNITURE_KEEP:
                return None
            return kept, " ".join(words[:first + 1] + [words[j]])
    return None


def _title_beside_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that holds its row's title read beside its cell's
    lines (title_beside): the title's pieces and what stood before the
    first taken out, and said."""
    found = title_beside(out["description"] or "")
    if found is None:
        return None
    kept, taken = found
    out["description"] = kept.strip(" :;|=/-–")
    return Issue("warning", "unplaced_text",
                 f"report {seq}'s description holds its row's title, {taken!r} (the title's pieces and what stood "
                 "before the first: a read of the table ran the title column, wrapped beside the cell's lines, into "
                 "it): taken out", taken, *rec["description"].span, field="progress_reports.description")


def _furniture_head_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that opens with the table's header row (furniture_head):
    cut off, and said."""
    return _cut_at(rec, out, furniture_head, lambda piece: (
        f"report {seq}'s description opens with the words of the table's header row (its headers' and row titles' "
        f"words, a date: OCR's column order ran them into it), {piece[:80]!r}: cut off"), head=True)


def _furniture_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that ends in the form's furniture (furniture_tail):
    cut before it, and said."""
    return _cut_at(rec, out, furniture_tail, lambda rest: (
        f"report {seq}'s description ends in the words of the entry's other cells (their labels' or flags' pieces, "
        f"a figure: OCR's column order ran them into it): cut before them, {rest[:80]!r} left out"))


def _cut_at(rec: dict[str, Reading], out: dict[str, Any], where: Callable[[str], int | None],
            message: Callable[[str], str], head: bool = False) -> Issue | None:
    """The description cut where `where` finds its tail begins (_tail_cut), or with `head` its head ends
    (_head_cut), its issue saying `message(the piece cut off)`; None where it finds none."""
    desc = out["description"] or ""
    at = where(desc)
    if at is None:
        return None
    if head:
        return _head_cut(rec, out, at, message(desc[:at].strip()))
    return _tail_cut(rec, out, at, message(desc[at:]))


def _tail_cut(rec: dict[str, Reading], out: dict[str, Any], at: int, message: str) -> Issue:
    """The description cut at `at`, the rest left out and said (`message`)."""
    desc = out["description"]
    out["description"] = desc[:at].rstrip(" :;|=/-–")
    return Issue("warning", "unplaced_text", message, desc[at:], *rec["description"].span,
                 field="progress_reports.description")


def _head_cut(rec: dict[str, Reading], out: dict[str, Any], at: int, message: str) -> Issue:
    """The description without its first `at` characters, cut off and said (`message`)."""
    desc = out["description"]
    out["description"] = desc[at:].lstrip(" :;|=/-–")
    return Issue("warning", "unplaced_text", message, desc[:at].strip(), *rec["description"].span,
                 field="progress_reports.description")


# A date opening a description: the entry's date cell (day, month name and year, or D/M/Y, its digits as OCR
# read them: "๑๕ กันยายน ๒๕๒๕", "acl พฤษภาคม ๒๕๒๕", "๑๒/๐๓/๒๕๒๕") a column read put before its text.  Its day a
# number, a speck of Latin letters or one Thai letter (not a word of prose: "ใน กันยายน ...")
_LEADING_DATE_RE = regex.compile(
    rf"(?:(?:\S{{0,2}}[\d๐-๙]\S{{0,2}}|[A-Za-z]{{1,3}}|[\u0e01-\u0e2e])\s)?(?:{MONTH_TOKEN})\s?[\d๐-๙]{{2,5}}(?=\s)"
    r"|[\d๐-๙]{1,2}\s?/\s?[\d๐-๙%]{1,2}\s?/\s?[\d๐-๙]{2,5}(?=\s)")


def leading_date(text: str) -> int | None:
    """Where the text after a date opening `text` starts (_LEADING_DATE_RE),
    when FURNITURE_KEEP Thai letters follow it; else None."""
    m = _LEADING_DATE_RE.match(text)
    if m is None or len(_THAI_TEXT_RE.findall(text[m.end():])) < FURNITURE_KEEP:
        return None
    return m.end() + 1


def _date_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description of an entry whose date was not read that opens with a
    date (leading_date): the entry's date cell run into it (its date
    unreadable, or read by no rule); cut off, and said of the description and
    the date."""
    if out["report_date"] is not None:
        return None
    return _cut_at(rec, out, leading_date, lambda piece: (
        f"report {seq}'s description opens with a date, {piece!r}, the entry's date cell a column read ran into "
        "it (its date was not read): cut off"), head=True)


# The pieces of the date row a read left before a description's words: a month's name, a date with its
# separators (whole, "2018-12-30", or cut by a wrap, "2018-11-"), a year alone ("2568", "ไ๒๕๒๕": a speck
# before it), and with them a day, a number or a speck OCR made of a damaged part ("87.W.", "หษ๒7", "%»“").
# A list item's number ("๑)", "1.") is the description's own and ends them.
# (the token's first digit, then its first separator after it, each found without backtracking: "\S*[digit]\S*[/-]"
# took cubic time on a long run of digits, bench.patterns)
_DATED_PART_RE = regex.compile(
    rf"(?:{MONTH_TOKEN})|[^\s\d๐-๙]*+[\d๐-๙][^\s/\-]*+[/\-]\S*|\S?(?:25|20|๒๕|๒๐)[\d๐-๙]{{2,3}}")
_LIST_NUMBER_RE = regex.compile(r"[\d๐-๙]{1,2}[.)]")
_DATE_PIECE_RE = regex.compile(r"[\d๐-๙]{1,2}|[^\s\u0e01-\u0e2e]{1,3}")


def _date_piece(token: str) -> str:
    """What a word opening a description is of a date: "dated" (a month's
    name, a date's shape, a year: _DATED_PART_RE), "piece" (a day, a figure OCR
    damaged with at most two letters in it, a speck) or "" (the text's own,
    a list item's number among them)."""
    if _LIST_NUMBER_RE.fullmatch(token):
        return ""
    if _DATED_PART_RE.fullmatch(token):
        return "dated"
    letters = len(_THAI_TEXT_RE.findall(token))
    if _DATE_PIECE_RE.fullmatch(token) or (_FIGURE_RE.search(token) and letters <= 2):
        return "piece"
    return ""


def date_pieces_ahead(text: str) -> int | None:
    """Where the text after the date row's pieces opening `text` starts
    (_date_piece: words up to the first of its own, a month's name, a
    date's shape or a year among them, a figure too), when they are not one
    whole date alone (a dated entry's prose may open with a date:
    _LEADING_DATE_RE) and FURNITURE_KEEP Thai letters follow them; else
    None."""
    words = text.split(" ")
    kinds = []
    for word in words:
        kind = _date_piece(word) if word else "piece"
        if not kind:
            break
        kinds.append(kind)
    if "dated" not in kinds or len(kinds) == len(words):
        return None
    at = len(" ".join(words[:len(kinds)])) + 1
    head = text[:at].strip()
    if not _FIGURE_RE.search(head) or len(_THAI_TEXT_RE.findall(text[at:])) < FURNITURE_KEEP:
        return None
    whole = _LEADING_DATE_RE.match(head + " ")
    if whole is not None and whole.end() >= len(head):
        return None  # (one whole date: the prose's own, or the entry's cell, which _date_cut tells)
    return at


def _date_pieces_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that opens with the date row's pieces (date_pieces_ahead:
    a day and month whose year a wrap carried away, a year alone, dates run
    together): cut off, and said (whose date they are is not told)."""
    return _cut_at(rec, out, date_pieces_ahead, lambda piece: (
        f"report {seq}'s description opens with pieces of the date row, {piece!r}, which a read of the table ran "
        "into it: cut off"), head=True)


# The next entry's opening inside a description, after words of its own: its number or its header
# ("ครั้งที่ ๕", marks OCR dropped) and its date (a day, a month's name and a year, or D/M/Y; its digits as OCR
# read them): a read of a table of line groups ran the next entry's row into this one ("... ของโรงเรียนในสังกัด
# 11 15 กุย. 2561"); no description of the corpora holds one
_NEXT_ENTRY_RE = regex.compile(
    rf"(?<!\S)(?:[\d๐-๙]{{1,2}}|{mark_tolerant('ครั้งที่', spaces=False)}\s?[\d๐-๙]{{1,2}})\s+"
    rf"(?:\S{{0,2}}[\d๐-๙]\S{{0,2}}\s?(?:{MONTH_TOKEN})\s?\S{{2,5}}"
    r"|[\d๐-๙]{1,2}\s?[/\-.]\s?[\d๐-๙]{1,2}\s?[/\-.]\s?[\d๐-๙]{2,5})(?=\s|$)")


def next_entry_inside(text: str) -> int | None:
    """Where the next entry's number or header and date (_NEXT_ENTRY_RE)
    stand inside `text`, after FURNITURE_KEEP Thai letters of its own; else
    None."""
    for m in _NEXT_ENTRY_RE.finditer(text):
        if len(_THAI_TEXT_RE.findall(text[:m.start()])) >= FURNITURE_KEEP:
            return m.start()
    return None


def _next_entry_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that runs on into the next entry's number or header and
    date (next_entry_inside): cut before it, the rest left out, and said."""
    return _cut_at(rec, out, next_entry_inside, lambda rest: (
        f"report {seq}'s description runs on into another entry's number and date, {rest[:60]!r}: a read of the "
        "table ran that entry's row into it; cut before it, the rest left out"))


# A date in figures (D/M/Y, its digits as OCR read them: "๑๕/๓/๒๐", "23/9/2568") standing inside a description
# as a word of its own, after words of its own: the date cell of the entry below, its row run into this one by a
# read of the table ("... กำหนดวันจัดสัมมนา ๑๕/๓/๒๐ อยู่ระหว่างติดต่อ..."); prose writes its dates with the
# month's name ("ไปแล้วเมื่อวันที่ 10 กรกฎาคม 2564"): no description of the corpora holds one in figures
_FIGURE_DATE_RE = regex.compile(r"(?<!\S)[\d๐-๙]{1,2}\s?/\s?[\d๐-๙]{1,2}\s?/\s?[\d๐-๙]{2,4}(?!\S)")


def figure_date_inside(text: str) -> int | None:
    """Where the first date in figures (_FIGURE_DATE_RE) inside `text`
    stands, after FURNITURE_KEEP Thai letters of its own; else None."""
    for m in _FIGURE_DATE_RE.finditer(text):
        if len(_THAI_TEXT_RE.findall(text[:m.start()])) >= FURNITURE_KEEP:
            return m.start()
    return None


def _figure_date_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that runs on into a date in figures (figure_date_inside)
    of an entry whose date was read, so the date is another entry's: cut
    before it, the rest left out, and said.  An entry whose date was not
    read may have its own date cell there, the text before it another
    entry's (a read of the table that ran the rows out of step): kept
    whole, and said."""
    desc = out["description"] or ""
    if out.get("report_date") is None:
        at = figure_date_inside(desc)
        return None if at is None else Issue(
            "warning", "unplaced_text", f"report {seq}'s description holds a date in figures inside it, "
            f"{desc[at:][:40]!r}, and the entry's date was not read: that date may be this entry's own date cell, "
            "the text before it another entry's, or another entry's, the text after it that entry's; kept whole",
            desc[at:], *rec["description"].span, field="progress_reports.description")
    return _cut_at(rec, out, figure_date_inside, lambda rest: (
        f"report {seq}'s description runs on into a date in figures, {rest[:60]!r}: another entry's date cell, its "
        "row run into this one by a read of the table; cut before it, the rest left out"))


# Another entry's "date :" cell inside a description, after words of its own (clauses.date_cell_opens: "...
# และผู้ร่วมโครงการ ๒7|๑1/»7 : จัดเตรียมข้อมูล/..."): a column of date and description cells read on into this
# cell the next one, whose date OCR damaged past opening a cell of its own.  Looked for before a colon only
# (DATE_CELL_SPAN characters back); no description of the corpora's 2,422 holds one.
_COLON_RE = regex.compile(r"[:;]")
_WORD_START_RE = regex.compile(r"(?<!\S)\S")
DATE_CELL_SPAN = 30  # characters a date cell takes before its colon at most


def date_cell_inside(text: str) -> int | None:
    """Where the first "date :" cell inside `text` starts, after
    FURNITURE_KEEP Thai letters of its own; else None."""
    src = thai_digits_to_arabic(text)  # (same length: offsets carry over)
    for colon in _COLON_RE.finditer(src):
        for m in _WORD_START_RE.finditer(src, max(0, colon.start() - DATE_CELL_SPAN), colon.start()):
            at = m.start()
            if len(_THAI_TEXT_RE.findall(text[:at])) >= FURNITURE_KEEP and date_cell_opens(src[at: colon.end() + 2]):
                return at
    return None


def _date_cell_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that holds another entry's date cell (date_cell_inside):
    cut before it, and said (the text from there on is that entry's, which
    the entry it belongs to lacks or read elsewhere)."""
    return _cut_at(rec, out, date_cell_inside, lambda rest: (
        f"report {seq}'s description holds another entry's date cell, {rest[:60]!r}: a column read ran that cell "
        "into it; cut before it, the rest left out"))


# The project's indicator (section 1.6, "ตัวชี้วัด... : มิติที่ ๑ ร้อยละ...") where a column reader put it in
# section 2, run into a report's description: its word and number, maybe its label's tail and separator before
# them ("ชวัด... : มิติที๑"), marks OCR dropped ("มิติที 1"); no description of the corpora holds "มิติ"
_INDICATOR_IN_TEXT_RE = standard_re(rf"(?:\S{{0,12}}วัด\.{{0,3}}\s*)?(?::\s*)?{mark_tolerant('มิติที่', spaces=False)}\s*[\d๐-๙]")


_HEADER_LABEL = skeleton("รายงานครั้งที่")
# A table's column header as its own words, its number after it: "ครั้งที่ ๓", "ครังที ๕" (marks OCR dropped).  A
# description that counts its own meetings after a space ("ประชุม ครั้งที่ 2") is warned about too: a warning
# that may be false, never a value changed (glued to the word before, "ประชุมครั้งที่ 2", it is not a header)
_COLUMN_HEADER_RE = regex.compile(rf"(?<!\S){mark_tolerant('ครั้งที่', spaces=False)}\s?[\d๐-๙]{{1,2}}(?![\d๐-๙])")


def _header_inside(seq: int, rec: dict[str, Reading], desc: str) -> Issue | None:
    """A description that holds an entry header's words ("รายงานครั้งที่", fuzzily,
    as label_inside reads them, or a table's column header "ครั้งที่ N" as
    words of their own): another entry's header, and so maybe that entry
    whole, ran into it (a table OCR broke: its next rows or block read into
    this entry's cell), so an entry may be lost: said of the whole table,
    whatever cut the description gets."""
    letters = "".join(_LETTER_RE.findall(desc.replace("\u0e33", "\u0e32")))
    if (len(letters) < len(_HEADER_LABEL) or fuzz.partial_ratio_alignment(
            _HEADER_LABEL, letters, score_cutoff=LABEL_RATIO) is None) and _COLUMN_HEADER_RE.search(desc) is None:
        return None
    return Issue("warning", "unplaced_text", f"report {seq}'s description holds an entry header's words "
                 "(รายงานครั้งที่, ครั้งที่ N): another entry's text ran into it, so that entry may be lost or read into this "
                 "one", desc, *rec["description"].span, field="progress_reports")


# The words that cancel the project (ยกเลิกโครงการ), standing inside a description after words of its own
_CANCEL_INSIDE_RE = regex.compile(rf"\S\s+{mark_tolerant('ยกเลิกโครงการ')}")
# ... or the cancelling word alone, after a word of the description's own, glued to it or not ("จึงขอยกเลิก..."),
# unless it names what it cancels as an activity or an item of the project (ยกเลิกกิจกรรมที่ 3, ยกเลิกรายการ...):
# a project that drops one of its activities goes on, and its report says so in those words (sample 001)
_CANCEL_WORD_INSIDE_RE = regex.compile(
    rf"\S\s*{mark_tolerant('ยกเลิก', spaces=False)}"
    rf"(?!\s*(?:{mark_tolerant('กิจกรรม', spaces=False)}|{mark_tolerant('รายการ', spaces=False)}))")


# The entry's header cell a wrap cut in two ("รายงาน" / "ครั้งที่ ๕") beside the description's first lines, read
# into it: its first word opening the description ("รายงาน", or "รายงานครั้ง"), and its number's word a few
# words on ("ครั้งที่7)", "ครั้งทีซ๕", "ครั้ง": a speck or a misread digit glued on, no number after a space)
_HEAD_FIRST_RE = regex.compile(rf"{mark_tolerant('รายงาน', spaces=False)}(?:{mark_tolerant('ครั้ง', spaces=False)})?")
_HEAD_NUMBER_WORD_RE = regex.compile(
    rf"{mark_tolerant('ครั้ง', spaces=False)}(?:{mark_tolerant('ที่', spaces=False)})?\S{{0,3}}")
HEAD_PIECES_WITHIN = 4  # words after the header's first word its number's word may stand at most


def header_pieces(text: str) -> tuple[str, str] | None:
    """The description `text` without the pieces of a header cell a wrap
    cut in two (_HEAD_FIRST_RE opening it, _HEAD_NUMBER_WORD_RE among the
    next HEAD_PIECES_WITHIN words), and the pieces; None when it opens with
    no such pieces."""
    words = text.split(" ")
    if len(words) < 3 or not _HEAD_FIRST_RE.fullmatch(words[0]):
        return None
    at = next((i for i, w in enumerate(words[1:1 + HEAD_PIECES_WITHIN], 1) if _HEAD_NUMBER_WORD_RE.fullmatch(w)), None)
    if at is None or (at + 1 < len(words) and _BARE_NUMBER_RE.fullmatch(words[at + 1])):
        # (a count of the prose's own, "รายงาน ผลการประชุม ครั้งที่ ๒", keeps its number after a space)
        return None
    kept = " ".join(words[1:at] + words[at + 1:]).strip()
    if len(_THAI_TEXT_RE.findall(kept)) < FURNITURE_KEEP:
        return None
    return kept, f"{words[0]} {words[at]}"


def _header_pieces_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description holding the pieces of a header cell a wrap cut in two
    (header_pieces): left out, and said."""
    found = header_pieces(out["description"] or "")
    if found is None:
        return None
    out["description"], pieces = found
    return Issue("warning", "unplaced_text", f"report {seq}'s description holds the pieces of an entry header a wrap "
                 f"cut in two, {pieces!r}, read in beside its first lines: left out", pieces,
                 *rec["description"].span, field="progress_reports.description")


def _cancel_inside(seq: int, rec: dict[str, Reading], desc: str, cancelled: bool = False) -> list[Issue]:
    """A description that holds the words that cancel the project after
    words of its own ("... ผลการดำเนินงานในเดือนนี้ ยกเลิกโครงการ
    เนื่องจาก..."): a report's cancellation opens its description, so these
    are another report's, run into this one (a table OCR read across its
    columns), or this one's after text that is not its own; which report
    cancels is not pinned.  Said of the cancellation and the plan status.
    Before, the cancelling report was read as not cancelling, silent.
    Likewise the cancelling word alone (ยกเลิก) after words of its own, glued
    or not, in a report not read as cancelling: no report's text names it
    but a cancellation's (every description of the sets' truth that holds
    ยกเลิก opens with ยกเลิกโครงการ, 46 of 46), whose reason names it again
    ("... จึงขอยกเลิกการดำเนินงานโครงการ"), so the words that open it may
    have been lost to OCR ("ภูตนต เบื่องจากสถานการณ์... จึงขอยกเลิก...":
    before, the report was read as not cancelling with no issue naming it,
    fresh set s81a, bma_progress_s81a010)."""
    if "ยก" not in desc:
        return []
    if _CANCEL_INSIDE_RE.search(desc) is not None:
        why = ("holds the words that cancel the project (ยกเลิกโครงการ) after words of its own: another report's "
               "cancellation may have run into it, so which report cancels is in doubt")
    elif not cancelled and _CANCEL_WORD_INSIDE_RE.search(desc) is not None:
        why = ("holds the cancelling word (ยกเลิก) after words of its own, though the report is not read as "
               "cancelling: a cancellation's reason names the word again, so the words that open it (ยกเลิกโครงการ) "
               "may have been lost to OCR, or another report's cancellation run into it; whether this report "
               "cancels is in doubt")
    else:
        return []
    return [Issue("warning", "entry_cell_in_doubt", f"report {seq}'s description {why}", desc,
                  *rec["description"].span, field=field)
            for field in ("progress_reports.cancelled", "projects.plan_status")]


# The cancelling word alone opening a description ("ยกเลิก เนื่องจาก ..."): the project's word after it (โครงการ)
# lost, a table OCR read across its columns having dealt that cell's second line to another column
_CANCEL_WORD_ALONE_RE = regex.compile(rf"^\s*{mark_tolerant('ยกเลิก', spaces=False)}(?=\s|$)")


def _cancel_word_alone(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> list[Issue]:
    """A description that opens with the cancelling word alone, not the
    words that cancel the project whole (CANCEL_RE): a cell wrapped as
    "ยกเลิก" / "โครงการ" whose second line OCR put in another column's
    cell, so the report may cancel the project though it does not read so.
    Said of the cancellation and the plan status, not guessed (a report may
    cancel an activity of its own).  Before, report 8 of a side-by-side
    table read 'ยกเลิก เนื่องจาก ...' as not cancelling, silent."""
    desc = out["description"] or ""
    if out["cancelled"] or "ยก" not in desc or _CANCEL_WORD_ALONE_RE.match(desc) is None:
        return []
    return [Issue("warning", "entry_cell_in_doubt", f"report {seq}'s description opens with the cancelling word "
                  "alone (ยกเลิก), not the words that cancel the project (ยกเลิกโครงการ): the project's word may have "
                  "gone to another cell, so whether this report cancels the project is in doubt", desc,
                  *rec["description"].span, field=field)
            for field in ("progress_reports.cancelled", "projects.plan_status")]


# the words a report says its work is behind its plan with ("... ซึ่งล่าช้ากว่าแผน เนื่องจาก ..."), as OCR reads them
_BEHIND_PLAN_RE = regex.compile(ocr_tolerant("ล่าช้ากว่าแผน"))


def _behind_plan(seq: int, rec: dict[str, Reading], out: dict[str, Any], issues: list[Issue]) -> list[Issue]:
    """A report whose description says its work is behind the plan
    (ล่าช้ากว่าแผน) while its plan flag reads เป็นไปตามแผน: OCR may have lost
    the flag's ไม่ (its cell's first word read as specks, "La", or not at
    all), so the flag is in doubt; kept as read and said, not guessed (the
    flag is the form's own statement).  Not where an entry_cell_in_doubt of
    `issues` names the description or the entries at its lines: a table's
    cells given to their entries in doubt, its words may be another
    entry's, no witness of this report's plan.  Before, such a
    flag read True silently (fresh set s109v, bma_progress_s109v002 project
    2, report 2)."""
    flag = rec.get("on_plan")
    if out["on_plan"] is not True or flag is None or _BEHIND_PLAN_RE.search(out["description"] or "") is None:
        return []
    a, b = rec["description"].span
    if any(i.code == "entry_cell_in_doubt" and i.field in ("progress_reports", "progress_reports.description")
           and i.line_start is not None and i.line_end is not None
           and i.line_start <= b and a <= i.line_end for i in issues):
        return []
    return [Issue("warning", "implausible_value", f"report {seq}'s plan flag reads เป็นไปตามแผน, but its description "
                  "says the work is behind the plan (ล่าช้ากว่าแผน): OCR may have lost the flag's ไม่; kept as read",
                  out["description"], min(flag.span[0], a), max(flag.span[1], b), field="progress_reports.on_plan")]


def _cancels_once_cut(rec: dict[str, Reading], out: dict[str, Any]) -> bool:
    """A description that opens with the words that cancel the project once
    the date row's pieces or a date a read of the table ran in before them
    are cut off (the caller asks that _date_cut or _date_pieces_cut cut, and
    their issue says the cut): the report cancels, as its description, as
    cut, opens so (the words stood after the date cell's pieces, no words of
    the text's own, so _cancel_inside's doubt is none).  Before, the report was read as not
    cancelling and the cancellation said in doubt (set s61z: '๒๐๒๐-๕-ต๓๐
    ยกเลิกโครงการ เนื่องจาก...', a cancelled project's status in_progress)."""
    if out["cancelled"] or not CANCEL_RE.match(out["description"] or ""):
        return False
    out["cancelled"] = True
    rec["cancelled"] = Reading(True, out["description"], *rec["description"].span)
    return True


def _indicator_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> Issue | None:
    """A description that runs on into the project's indicator (above),
    after words of its own: cut before it, and said."""
    desc = out["description"] or ""
    m = _INDICATOR_IN_TEXT_RE.search(desc) if "ม" in desc else None
    if m is None or not desc[: m.start()].strip(" :;|=/-–"):
        return None
    out["description"] = desc[: m.start()].rstrip(" :;|=/-–")
    return Issue("warning", "unplaced_text", f"report {seq}'s description runs on into the project's indicator "
                 f"(มิติที่ ..., section 1.6, which OCR's column order put there): cut before it, "
                 f"{desc[m.start():][:80]!r} left out", desc[m.start():], *rec["description"].span,
                 field="progress_reports.description")


# The issues that carry section 2's text no report entry took (parsers.bma_progress.read, .assemble)
_UNPLACED_ENTRY_TEXT = frozenset({"text_before_first_entry"})


# A word of Latin letters alone (two or more) standing among an expense item's words
_LATIN_WORD_RE = regex.compile(r"(?<!\S)[A-Za-z]{2,}(?!\S)")
# the price's unit as a word of an expense line's item (no item names baht: its words ran in)
_BAHT_WORD_RE = regex.compile(r"(?<![\u0e01-\u0e4e])บาท(?![\u0e01-\u0e4e])")


def expense_like(text: str) -> str | None:
    """The first stretch of `text` that looks like an expense line (above)."""
    found = expense_like_at(text)
    return found[1] if found else None


def expense_like_at(text: str) -> tuple[int, str] | None:
    """Where the first stretch of `text` that looks like an expense line
    (above) starts, and the stretch."""
    amount = None
    for unit in _UNIT_RE.finditer(text):
        before = text[max(0, unit.start() - 70):unit.start()]
        m = _AMOUNT_BEFORE_RE.search(before)
        if m is not None:
            amount = (unit.start() - len(before) + m.start(), unit.end())
            break
    other = _OTHER_EXPENSE_LIKE_RE.search(text)
    if other is not None and (amount is None or other.start() < amount[0]):
        return other.start(), other.group(0)
    return (amount[0], text[amount[0]:amount[1]]) if amount else None


# A description is cut before an expense-like stretch (expense_like_at) that at least this share of it precedes:
# no description of the corpora's 1,134 holds one, so it is another cell's text OCR ran into the description's
# end (an expense line, a figure clause: "... ประกอบการเบิกจ่าย ค่าเกียรติบัตร aw ใบ x ]8๒๐ = ..."); one that
# opens the description's first quarter leaves too little to tell its own words from the cell's: kept whole.
EXPENSE_CUT_SHARE = 0.25
# ... nor when a stretch of text after it, between two figures or after the last, holds more than this many Thai
# letters: the description's own words go on after a figure clause OCR ran into its middle ("จัดกิจกรรม นิเทศ
# ติดตาม การ ของงานฯ = ๕4 ดำเนินงานของ..."); cells run into its end leave the form's words and items between
# their figures ("บาท", "เป็นไปตาม", "ค่าจัดทำเอกสาร do เล่ม x").
EXPENSE_CUT_TAIL = 20
_FIGURE_RE = regex.compile(r"[\d๐-๙]+")
_THAI_TEXT_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e45]")


def _words_go_on(text: str) -> bool:
    """Whether `text` (what follows an expense-like stretch) holds, between
    two figures or after the last, more than EXPENSE_CUT_TAIL Thai letters,
    the pieces of the entry's labels and flags (_tail_token) not counted:
    they are the form's, not the description's ("... ค่าเกียรติบัตร ๑๕๑ ใบ x
    B50 = Bol,ogo ความก้าวหน้าของงานฯ เป็นไปตาม งบประมาณ ...")."""
    return any(len(_THAI_TEXT_RE.findall(" ".join(w for w in part.split() if not _tail_token(w)))) > EXPENSE_CUT_TAIL
               for part in _FIGURE_RE.split(text))


# An expense line's figures in text cut from a description (_expense_cut) with OCR debris between them, a cell of
# another column run in ("ค่าอาหาร 119 เ คน % 150 บาท = 17,850 บาท"): a count, then within the same stretch its
# unit (a Thai word) and the sign or words the unit amount is joined by, then the unit amount, then the "=" or
# "เป็นเงิน" the amount follows, then the amount
_CUT_FIGURE_RE = regex.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?![\d,]|\.\d)")
_CUT_TIMES_RE = regex.compile(rf"[xX×*%]|{mark_tolerant('ละ')}")
_CUT_JOIN_RE = regex.compile(rf"=|{mark_tolerant('เป็นเงิน')}")
# the words an amount is joined by, the amount itself not in the text ("... ๑๕๐.๐๐ บาท เป็น ย": the cell cut
# there; "เป็นไปตาม..." is the plan's flag, no such word)
_CUT_OPEN_JOIN_RE = regex.compile(rf"[^\d=]{{0,12}}?(?:=|{mark_tolerant('เป็น')}(?!\s*ไป))[^\d]{{0,6}}$")
_CUT_ITEM_RE = regex.compile(rf"(?:^|(?<=\s)){mark_tolerant('ค่า')}[\u0e01-\u0e4e]")
_CUT_COUNT_WORD_RE = regex.compile(rf"\s*{mark_tolerant('จำนวน')}\s*$")
_CUT_UNIT_RE = regex.compile(r"[\u0e01-\u0e4e]+")
_CUT_ITEM_TEXT_RE = regex.compile(r"[\u0e01-\u0e4e]+(?:\s[\u0e01-\u0e4e]+)*")


def lines_in_cut(text: str) -> list[dict[str, Any]]:
    """The expense lines whose figures `text` (what _expense_cut left out of
    a description) holds in their order, debris between them: an item
    opening with ค่า, a whole count, its unit, the unit amount and the
    amount, the count times the unit amount being the amount exactly (the
    product vouches that the three figures are one line's; one garbled
    token between the count and the unit amount or between the unit amount
    and the amount passed over).  A line whose amount is not in the text
    (its figures end at the unit amount and the words the amount is joined
    by: the amount in another cell) is given with amount None and its
    product as `product`: only the report's sum can vouch for it.  An item
    in doubt (digits or signs in it) or a product that does not hold gives
    none."""
    src = thai_digits_to_arabic(text)
    figures = [(m.start(), m.end(), Decimal(m.group(0).replace(",", ""))) for m in _CUT_FIGURE_RE.finditer(src)]
    found: list[dict[str, Any]] = []
    done = 0
    for i, (qa, qb, qty) in enumerate(figures):
        if qa < done or qty != qty.to_integral_value() or not 0 < qty < 10000:
            continue
        line = None
        for ea, eb, each in figures[i + 1:i + 3]:
            between = src[qb:ea]
            times = list(_CUT_TIMES_RE.finditer(between))
            units = _CUT_UNIT_RE.findall(between[:times[-1].start()].replace("ๆ", " ")) if times else []
            if not units or len(between.split()) > 6:
                continue
            after = [f for f in figures if f[0] >= eb][:2]
            amount = next(((aa, ab, a) for aa, ab, a in after if qty * each == a
                           and _CUT_JOIN_RE.search(src[eb:aa]) and len(src[eb:aa].split()) <= 4), None)
            if amount is not None:
                line = (units[-1], each, amount[2], amount[1])
            elif not after and _CUT_OPEN_JOIN_RE.match(src[eb:]):
                line = (units[-1], each, None, len(src))
            if line is not None:
                break
        if line is None:
            continue
        items = list(_CUT_ITEM_RE.finditer(src, done, qa))
        if not items:
            continue
        item = _CUT_COUNT_WORD_RE.sub("", src[items[-1].start():qa]).strip()
        if not _CUT_ITEM_TEXT_RE.fullmatch(item) or len(item) > ITEM_MAX:
            continue
        unit, each, amount, done = line
        found.append({"item": item, "unit": unit, "quantity": qty.quantize(Decimal("0.01")),
                      "unit_amount": each.quantize(Decimal("0.01")),
                      "amount": None if amount is None else amount.quantize(Decimal("0.01")),
                      "product": (qty * each).quantize(Decimal("0.01")), "text": text.strip()})
    return found


def _lines_from_cut(rec: dict[str, Reading], cut: str, read: list[Decimal | None]) -> list[dict[str, Any]]:
    """The expense lines of a report (`rec`) read from the text its description's
    expense cut left out (lines_in_cut), kept only where they make up what
    the report disbursed (read) less its lines read, to the satang: the
    report's sum vouches that they are its lines and that none was read
    twice.  Otherwise none (the cut is said either way)."""
    spent = value_of(rec, "disbursed")
    if not cut or spent is None or None in read or not (found := lines_in_cut(cut)):
        return []
    if not money_equal(sum(read, Decimal(0)) + sum((f["product"] for f in found), Decimal(0)), spent):
        return []
    return found


# An expense line's item at the head of a cut's text, then its figures or nothing: the item's Thai words (one space
# between them), then what an expense line's figures open with (a count's word, a figure, a sign) or the text's end
_DAMAGED_ITEM_RE = regex.compile(rf"\s*({mark_tolerant('ค่า')}[\u0e01-\u0e4e]+(?:\s[\u0e01-\u0e4e]+)*)"
                                 r"(?=\s*(?:[\d๐-๙=xX×*%]|$))")
# the fewest Thai letters an item's name holds after its ค่า ("ค่า" alone is an item word cut from its name)
DAMAGED_ITEM_LETTERS = 3


def line_of_damaged_cut(rec: dict[str, Reading], cut: str, read: list[Decimal | None],
                        left: Decimal | None = None) -> dict[str, Any] | None:
    """The one expense line of a report whose text its description's cuts
    left out (_expense_cut, _expense_item_cut) and whose figures OCR damaged
    past reading (lines_in_cut read none): its item alone, every figure
    None, where the report spent (its disbursement read, more than nothing)
    and lists no line read.  A report that spent lists its lines, and the
    one item the cut holds is the only expense text under it, so the line
    is given, its figures said unread, not dropped (fresh s79o007 report 2:
    "ค่าเช่ารถโดยสาร จำนวน ๕ ค้นๆ ละ ๒8๑๒,๐๐๐ เป็นเงิน 8๕๕,๐๐๐", the count and the
    unit amount misread so that no product holds; s79a001 report 2: the
    item's name alone at the description's end, "ค่าอาหารกลางวัน", its
    figures in the next entry's cell).  A disbursement unread counts as
    spending where `left` (the project's budget spent less every
    disbursement read, the caller's where this report's is the one unread:
    what it spent) is more than nothing (s79o009 report 3: "ค่าเช่ารถโดยสาร =
    Boo,<oo", the disbursement "ไ8๑๑,๕0๐").  None where the report spent
    nothing or may have (its disbursement unread, nothing left of the
    budget spent for it: the item may be a neighbour's cell run in), where
    it lists a line (the cut may repeat it), where the cut holds more than
    one item (which words are whose is in doubt), or where the item is ค่า
    and too little of its name."""
    spent = value_of(rec, "disbursed")
    spent = left if spent is None else spent
    if not cut or read or spent is None or spent <= 0 or len(_CUT_ITEM_RE.findall(cut)) != 1:
        return None
    m = _DAMAGED_ITEM_RE.match(cut)
    if m is None:
        return None
    item = _CUT_COUNT_WORD_RE.sub("", m.group(1)).strip()
    if len(_THAI_TEXT_RE.findall(item)) < DAMAGED_ITEM_LETTERS + 2 or len(item) > ITEM_MAX:
        return None
    return {"item": item, "unit": None, "quantity": None, "unit_amount": None, "amount": None, "product": None,
            "text": cut.strip(), "damaged": True, "spent": spent}


def _expense_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> list[Issue]:
    """The issues of a description that holds an expense-like stretch, cut
    before it where EXPENSE_CUT_SHARE of the description precedes it; said
    of the description and of the expenses either way (the entry's expense
    line may be the text cut)."""
    desc = out["description"] or ""
    found = expense_like_at(desc)
    if found is None:
        return []
    at, left = found
    cut = at >= EXPENSE_CUT_SHARE * len(desc) and not _words_go_on(desc[at + len(left):])
    kept = desc[:at].rstrip(" :;|=/-–") if cut else desc
    if kept and kept != desc:
        verdict, evidence = f"cut before it, {desc[at:][:80]!r} left out", desc[at:]
        out["description"] = kept
    else:
        verdict, evidence = "kept whole: which words are its own is in doubt", left
    return [Issue("warning", "unplaced_text", f"report {seq}'s description holds text that looks like an expense "
                  f"line or a figure no rule could read: {left[:80]!r}; {verdict}", evidence,
                  *rec["description"].span, field=field)
            for field in ("expenses", "progress_reports.description")]


# An expense line's words and figures scattered among a description's own, a table's columns read across each other
# ("... ค่าเช่า อยู่ระหว่าง รถโดยสาร การรวบรวม จำนวน 4 เอกสาร คันๆ ละ ประกอบการ 12000 เบิก - จ่าย บาท เป็น เงิน
# 48000": fresh set s153o, bma_progress_s153o008, an entry's expense line lost with nothing said): an item's word
# opening with ค่า, then within SCATTERED_REACH characters the word or sign the unit amount is joined by (ๆ ละ, x)
# and a figure, then within SCATTERED_REACH more the words the amount is joined by (เป็นเงิน, its two words apart,
# or =) and a figure.  No description holds that run of an expense line's joining words; expense_like_at finds
# none, the words between them breaking its patterns.  Said, never cut: which words are the description's is in
# doubt.
SCATTERED_REACH = 80
_SCATTERED_EXPENSE_RE = regex.compile(
    rf"(?<!\S){mark_tolerant('ค่า')}\S.{{0,{SCATTERED_REACH}}}?(?:ๆ\s*{mark_tolerant('ละ')}|(?<=\s)[xX×](?=\s))"
    rf".{{0,{SCATTERED_REACH // 2}}}?[\d๐-๙].{{0,{SCATTERED_REACH}}}?"
    rf"(?:{mark_tolerant('เป็น')}\s*{mark_tolerant('เงิน')}|=).{{0,{SCATTERED_REACH // 2}}}?[\d๐-๙]")


def _expense_words_scattered(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> list[Issue]:
    """The issue of a description that holds an expense line's words and figures scattered among its own
    (_SCATTERED_EXPENSE_RE), said of the expenses: a line may be lost in it."""
    desc = out["description"] or ""
    m = _SCATTERED_EXPENSE_RE.search(desc) if "ค" in desc else None
    if m is None:
        return []
    return [Issue("warning", "unplaced_text", f"report {seq}'s description holds an expense line's words and "
                  f"figures among its own, no rule could read them as a line: {m.group(0)[:100]!r}; kept whole",
                  m.group(0), *rec["description"].span, field="expenses")]


# An expense line's opening words at a description's end, its figures lost or standing elsewhere, so that
# expense_like_at finds no expense line in them ("... และผู้ร่วมโครงการ ค่าเช่ารถโดยสาร", "... ที่ปรึกษา ค่า
# อาหารกลางวัน 111 คน", "... ในสังกัด ค่าถ่ายเอกสาร = doo บาท.-"): an item's word opening with ค่า ("the cost
# of") at a word's start, then EXPENSE_ITEM_WORDS words at most and EXPENSE_ITEM_LETTERS Thai letters at most
# (an item's name, its count, unit and amount: no sentence), FURNITURE_KEEP Thai letters of the description's
# own before it.  No description of the corpora holds the word (an expense item's, never a report's prose).
# (ค, the tone mark maybe lost, า: never คำ, "word", whose sara am OCR may part into ํ and า)
_EXPENSE_ITEM_TAIL_RE = regex.compile(r"(?<!\S)ค\u0e48?\u0e32\S*(?:\s+\S+)*\s*$")
EXPENSE_ITEM_WORDS = 6
EXPENSE_ITEM_LETTERS = 40
# ... and either the item's name and one word more at most ("ค่าวัสดุ อุปกรณ์", "ค่า อาหารกลางวัน"), or an expense
# line's figure, sign or unit after it ("ค่า อาหารกลางวัน 111 คน", "ค่าถ่ายเอกสาร = doo บาท.-"): words after an item's
# name with none of those are the description's own, the item word another cell's run into its middle ("ประชุม
# ผู้บริหาร สถานศึกษา ค่าตอบแทน เพื่อกำหนด วันจัด สัมมนา": kept whole)
_EXPENSE_SIGN_RE = regex.compile(r"[\d๐-๙=]|บาท")


def expense_item_tail(text: str) -> int | None:
    """Where an expense line's opening words at the end of a description
    start (above), or None."""
    for m in _EXPENSE_ITEM_TAIL_RE.finditer(text, overlapped=True):  # the first item word whose rest is an item's
        tail = m.group(0)
        words = tail.split()
        rest = words[2:] if len(_THAI_TEXT_RE.findall(words[0])) <= 2 else words[1:]  # ("ค่า" / "อาหาร": one word)
        if len(words) <= EXPENSE_ITEM_WORDS and len(_THAI_TEXT_RE.findall(tail)) <= EXPENSE_ITEM_LETTERS and (
                len(rest) <= 1 or _EXPENSE_SIGN_RE.search(tail)):
            return m.start() if len(_THAI_TEXT_RE.findall(text[:m.start()])) >= FURNITURE_KEEP else None
    return None


def _expense_item_cut(seq: int, rec: dict[str, Reading], out: dict[str, Any]) -> list[Issue]:
    """A description that ends in an expense line's opening words
    (expense_item_tail): cut before them, and said of the description and
    of the expenses (the entry's expense line whose figures were not read)."""
    desc = out["description"] or ""
    at = expense_item_tail(desc)
    if at is None:
        return []
    out["description"] = desc[:at].rstrip(" :;|=/-–")
    return [Issue("warning", "unplaced_text", f"report {seq}'s description ends in an expense line's opening words "
                  f"(an item's name, its figures unread or standing elsewhere: another cell OCR ran into it): cut "
                  f"before them, {desc[at:][:80]!r} left out", desc[at:], *rec["description"].span, field=field)
            for field in ("progress_reports.description", "expenses")]


def _figures_left_out(seq: int, rec: dict[str, Reading], read: str, kept: str) -> list[Issue]:
    """What a label cut left out of a description, when it holds an amount
    or a figure clause no rule read (expense_like): said of the expenses
    too, as _expense_cut says what it finds in the description kept (the
    entry's other rows a column reader ran into it, "... ของงานฯ
    งบประมาณที่เบิก 0 บาท.- 18,600 บาท.- ใช้ ...": the figures the entry's
    lines should add up to were not read, so nothing checked the lines)."""
    left = expense_like(read[len(kept):]) if read.startswith(kept) else expense_like(read)
    if left is None or expense_like(kept) is not None:  # (what the description keeps is said by _expense_cut)
        return []
    return [Issue("warning", "unplaced_text", f"report {seq}'s description ran on into text that looks like an "
                  f"expense line or a figure no rule could read: {left[:80]!r}, left out with the label's words; "
                  "the entry's expense lines went unchecked against it", left, *rec["description"].span,
                  field="expenses")]


def _ran_in_expenses(seq: int, rec: dict[str, Reading], lines: list[dict[str, Reading]]) -> Issue | None:
    """The expense lines of a report whose record took in another row's or
    entry's text (its description holds an entry label or header's words:
    a table OCR read column by column or in blocks ran the text of its
    other cells or columns into this entry's) and whose disbursement was
    not read, so nothing pins the lines to this entry: the layout does not
    (the text around them is in doubt), and no sum can (their amounts
    adding up to the entry's disbursement would).  Said of the expenses at
    the lines; before, such lines went to the entry silently (another
    entry's lines read as this one's)."""
    span = _lines_span(lines)
    if span is None or value_of(rec, "disbursed") is not None:
        return None
    start, end = span
    return Issue("warning", "entry_cell_in_doubt", f"report {seq}'s record holds another row's or entry's text (its "
                 f"description holds an entry label's or header's words) and its disbursement could not be read: its "
                 f"{len(lines)} expense line(s) are pinned to it neither by the layout nor by their sum, and may be "
                 "another entry's", "", start, end, field="expenses")


# A progress cell's figure standing as a word of its own ("69.0%", "๕๗ %"), which no description of the corpora's
# 4,062 prints, nor the real samples' (prose says "ร้อยละ 80"; the samples print "%" in the progress clause only)
_PROGRESS_CELL_RE = regex.compile(r"(?<!\S)[\d๐-๙]{1,3}(?:\.[\d๐-๙])?\s?%(?!\S)")


def _progress_cell_inside(seq: int, rec: dict[str, Reading], desc: str, lines: list[dict[str, Reading]]) -> list[Issue]:
    """A description that holds a progress cell's figure ("... ตาม แผนการ
    ดำเนินงาน 69.0% จัดทำคำสัง ..."): a table OCR read column by column ran
    another row's cells into the entry's, and another entry's maybe (fresh
    set s110t, bma_progress_s110t008: report 5's progress, disbursement and
    expense line read under report 7, whose own progress stood in its
    description; report 5's expense line lost with no issue naming it).  The
    entry's cells, and its expense lines, are said to be in doubt."""
    found = _PROGRESS_CELL_RE.search(desc)
    if found is None:
        return []
    span = rec["description"].span
    issues = [Issue("warning", "entry_cell_in_doubt", f"report {seq}'s description holds a progress cell's figure "
                    f"({found.group()!r}): OCR ran another row's cells into it, another entry's maybe, so which "
                    "progress, disbursement and flags are this entry's is in doubt", found.group(), *span,
                    field="progress_reports")]
    if (lines_span := _lines_span(lines)) is not None:
        issues.append(Issue("warning", "entry_cell_in_doubt", f"report {seq}'s description holds a progress cell's "
                            f"figure ({found.group()!r}), another row's or entry's cells run into it: its "
                            f"{len(lines)} expense line(s) may be another entry's", found.group(), *lines_span,
                            field="expenses"))
    return issues


def _rival_progress_cut(seq: int, rec: dict[str, Reading], left: str,
                        lines: list[dict[str, Reading]]) -> list[Issue]:
    """The furniture a column read ran onto a description's end (`left`,
    cut off by _furniture_cut) holding a progress cell's figure other than
    the entry's own progress as read: the entry took two progress cells, so
    its column holds another entry's cells (fresh set s138o,
    bma_progress_s138o005: OCR read the table column by column, one header
    lost, and report 3's text, progress, disbursement and expense lines
    came under report 4, report 4's text and progress, 52.5%, after them;
    the lines and their sum agreed, so nothing named them).  Said as
    _progress_cell_inside says a figure the description keeps."""
    found = _PROGRESS_CELL_RE.search(left)
    own = value_of(rec, "progress_pct")
    if found is None or own is None:
        return []  # (no rival, or no progress of its own read: the figure may be its own)
    figure = thai_digits_to_arabic(found.group().replace("%", "").strip())
    if float(figure) == float(own):
        return []  # (its own progress cell, read where the column put it)
    span = rec["description"].span
    issues = [Issue("warning", "entry_cell_in_doubt", f"report {seq}'s column ran on past its description into a "
                    f"progress cell's figure ({found.group()!r}) other than its progress ({own}): it holds another "
                    "entry's cells, so which text, progress, disbursement and flags are this entry's is in doubt",
                    found.group(), *span, field="progress_reports")]
    if (lines_span := _lines_span(lines)) is not None:
        issues.append(Issue("warning", "entry_cell_in_doubt", f"report {seq}'s column holds a second progress "
                            f"cell's figure ({found.group()!r}), another entry's cells with its own: its {len(lines)} "
                            "expense line(s) may be the other entry's", found.group(), *lines_span, field="expenses"))
    return issues


def _lines_span(lines: list[dict[str, Reading]]) -> tuple[int | None, int | None] | None:
    """The lines an entry's expense lines stand on, first to last; None where it has none."""
    spans = [_lines(line) for line in lines if line]
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


# A flag's words a narrow cell wrapped apart: its opening words ("เป็นไปตาม") on one line, its object ("แผน",
# "เป้าหมาย") on a line below, the next column's cells between them, so no flag clause reads them
_FLAG_OPEN, _FLAG_NOT = skeleton("เป็นไปตาม"), skeleton("ไม่")
_FLAG_OBJECTS = (("on_plan", skeleton("แผน")), ("on_target", skeleton("เป้าหมาย")))


def _flags_left_out(seq: int, rec: dict[str, Reading], read: str, out: dict[str, Any]) -> list[Issue]:
    """The plan and target flags an entry lacks, read from what a label cut
    left out of its description when that is the entry's rows' words alone
    (_form_words_only) and holds a flag's words a wrap split: each object
    word standing alone ("แผน", "เป้าหมาย"), printed once, with an opening
    "เป็นไปตาม" alone for each (extra2 z001, cells side by side: "งบประมาณที่
    เป็นไปตาม เป็นไปตาม เบิกใช้ แผน เป้าหมาย").  Read only as met (True)
    where no "ไม่" stands alone or before the opening words anywhere in the
    description: a negation among split words says not which flag it is of.
    Said of each flag read (label_inferred): a "ไม่" OCR lost would be lost
    from this reading too."""
    kept = out["description"] or ""
    left = read[len(kept):] if read.startswith(kept) else ""
    if not left or not _form_words_only(left):
        return []
    words = [skeleton(w) for w in _TOKEN_LETTERS_RE.findall(left)]
    if any(w == _FLAG_NOT or w.startswith(_FLAG_NOT + _FLAG_OPEN[:3])
           for w in (skeleton(t) for t in _TOKEN_LETTERS_RE.findall(read))):
        return []
    lone = [(column, obj) for column, obj in _FLAG_OBJECTS if words.count(obj) == 1 and column not in rec]
    if not lone or words.count(_FLAG_OPEN) < sum(words.count(obj) for _, obj in _FLAG_OBJECTS):
        return []
    issues = []
    for column, _ in lone:
        rec[column] = Reading(True, left.strip(), *rec["description"].span)
        out[column] = True
        issues.append(Issue("warning", "label_inferred", f"report {seq}'s {column.replace('_', ' ')} flag is read "
                            "from its words a wrapped cell split apart (เป็นไปตาม above, its object below, run into "
                            "the description with the entry's other rows' words): read as met; a ไม่ OCR lost "
                            "would be lost from this reading too", left.strip(), *rec["description"].span,
                            field=f"progress_reports.{column}"))
    return issues


def _line_key(rec: dict[str, Reading]) -> tuple[str, Decimal] | None:
    """An expense line's item (its letters, OCR's spaces and marks aside) and
    amount, for telling a line printed again from another; None where
    either is unread."""
    item, amount = value_of(rec, "item"), value_of(rec, "amount")
    return (skeleton(item), amount) if item and amount is not None else None


def _lines_repeated(merged: Merged, reports: dict[int, dict[str, Reading]]) -> list[Issue]:
    """Expense lines read under a report that spent nothing (its
    disbursement read 0), or whose disbursement no copy reads where they
    are two or more, that repeat another report's lines line for line, in
    order, item for item (their letters, OCR's spaces and marks aside) and
    amount for amount, where that report spent (its disbursement read,
    more than nothing): one printing of that report's lines, read a second
    time under another number (a copy whose entry header OCR misread, its
    lines put under the number it printed; or a report's cell read twice),
    not lines of their own.  A report that spent nothing lists no line, and no two
    reports of a form list the same lines (none of the 143 pairs of
    reports with lines among the expected files of the committed and
    fresh sets do).  They are left out, and said (unplaced_text,
    expenses, over their lines, naming both reports).  Lines any of whose
    item or amount is unread, or that repeat the lines of two reports,
    stay where they were read."""
    table = merged.tables.get("expenses", {})
    by_report: dict[int, list[int]] = {}
    for report_seq, seq in sorted(table):
        by_report.setdefault(report_seq, []).append(seq)
    keys = {r: [_line_key(table[(r, s)]) for s in seqs] for r, seqs in by_report.items()}
    issues = []
    for r, seqs in by_report.items():
        own = value_of(reports.get(r, {}), "disbursed")
        if None in keys[r] or not (own == 0 or (own is None and len(seqs) >= 2)):
            continue
        homes = [q for q in by_report if q != r and keys[q] == keys[r]]
        if len(homes) != 1 or not ((paid := value_of(reports.get(homes[0], {}), "disbursed")) is not None
                                   and paid > 0):
            continue
        q = homes[0]
        spans = [merged.spans["expenses"][(r, s)] for s in seqs]
        _drop_lines(merged, [(r, s) for s in seqs])
        texts = "; ".join(f"{value_of(table_rec, 'item')} = {value_of(table_rec, 'amount'):,.2f}"
                          for table_rec in (merged.tables["expenses"][(q, s)] for s in by_report[q]))
        spent = "a report that spent nothing" if own == 0 else "a report whose disbursement no copy reads"
        issues.append(Issue("warning", "unplaced_text", f"expenses: the {len(seqs)} expense line(s) read under report "
                            f"{r}, {spent}, repeat report {q}'s line for line ({texts[:160]!r}): one printing of "
                            f"report {q}'s lines read again under another number (a copy's entry header misread, or "
                            f"its cell read twice); left out, read once under report {q}", texts,
                            min(a for a, _ in spans), max(b for _, b in spans),
                            field="expenses"))
    return issues


def _lines_moved_home(merged: Merged, reports: dict[int, dict[str, Reading]]) -> list[Issue]:
    """Expense lines read under the entry next to their own: a report's
    lines, every amount read, that do not add up to its disbursement (read)
    but add up to the disbursement (read, more than nothing) of exactly one
    neighbouring report (the one before or after) that lists no line of its
    own, go to that report, and said (value_repaired, expenses.report_seq;
    and entry_cell_in_doubt on the expenses table at their lines, what a
    wrong move would cost: `_move_in_doubt`).  The lines stood at the border of two entries, and OCR's layout put them
    on the wrong side of it (extra x005: report 3 disburses 4,525.00 and
    lists nothing, report 4 disburses 0 under lines of 4,525.00).

    Lines under a report that spent nothing, every amount read, that no
    neighbour takes go to the one report anywhere in the table whose
    disbursement (read, more than nothing) they make up exactly: alone, where
    it lists no line, or with its own lines, where those do not add up to it
    without them (then before its own lines when read under an earlier
    entry, after them when under a later one).  A report that spent nothing
    lists no line, and the exact sum names the entry they belong to (a
    table OCR read column by column, or its copies apart: s29o002 reads
    report 7's two lines of 20,800.00 under report 2, and report 2's first
    line under report 1).  Two such reports, or none, and the lines stay
    where they were read.

    A line whose amount OCR left unread (the product repair, which may read
    it, runs after the lines are grouped) counts, for the sums that name a
    report exactly, as its quantity times unit amount where both are read
    (s74a009: report 4 spent nothing, its one line of 91 x 20.00 under it,
    the amount unread; report 5 beside it disburses 1,820.00 and lists
    none); never for the rules that move lines on less than an exact sum."""
    table = merged.tables.get("expenses", {})
    by_report: dict[int, list[int]] = {}
    for report_seq, seq in sorted(table):
        by_report.setdefault(report_seq, []).append(seq)
    issues = []
    joined_into: set[int] = set()  # reports whose lines were numbered again (their seqs above are stale)
    left = _spent_left(merged, reports)  # (moving lines changes no disbursement: the same for every report)
    lost_entries = set(_lost_numbers(merged, reports))
    for r, seqs in list(by_report.items()):
        if r in joined_into:
            continue
        read = [value_of(table[(r, s)], "amount") for s in seqs]
        # an amount unread (no rule has mended it yet: the product repair runs after the lines are grouped) counts
        # as its quantity times unit amount where both are read: only for a sum that names one report exactly
        products = [a if a is not None else _product(table[(r, s)]) for a, s in zip(read, seqs)]
        stand_in = None in read and None not in products
        amounts = read
        own = value_of(reports.get(r, {}), "disbursed")
        inferred = own is None  # its disbursement unread, the project's budget spent all in the ones read
        if inferred:
            if left is None or not money_equal(left, Decimal(0)):
                continue
            own = Decimal(0)
        total = sum((a for a in amounts if a is not None), Decimal(0))
        if any(a is None for a in amounts) or money_equal(own, total):
            homes = []
        else:
            homes = [q for q in (r - 1, r + 1) if q in reports and q not in by_report
                     and (paid := value_of(reports[q], "disbursed")) is not None and paid > 0
                     and money_equal(paid, total)]
        by_sum = bool(homes)
        unread: list[int] = []
        if not homes and own == 0 and total > 0:
            # a report that spent nothing lists no line: lines read under it whose sum fits no neighbour (an amount
            # OCR misread or left unread: the sum check says so) are the one neighbour's that spent, where the
            # other spent nothing (or stands at the table's end) and it lists no line of its own
            spent = [q for q in (r - 1, r + 1) if q in reports and value_of(reports[q], "disbursed") != 0]
            # (a neighbour whose disbursement, read, is less than what the lines read add up to (the amounts
            # unread aside, which only add to it) is no home the sum lets them have either: the report that spent
            # nothing and the neighbour both contradict the lines, one figure of the three is misread and which
            # one no rule can tell, so the lines stay where they were read, the sum checks saying so)
            homes = [q for q in spent if q not in by_report and (paid := value_of(reports[q], "disbursed")) is not None
                     and (paid >= total or money_equal(paid, total))]
            # (that neighbour's disbursement unread: the one report beside it that may have spent, taken only where
            # no report's disbursement names the lines by their sum)
            unread = [q for q in spent if q not in by_report and value_of(reports[q], "disbursed") is None]
            # (a neighbour that gave no entry in any copy (entries_lost) may have spent too: it lists no line read,
            # and the lines read under the entry beside its place are its own where no other neighbour may have
            # spent (s70z008: report 6 lost, its three lines read under report 5, which spent nothing, report 4
            # spent nothing too); beside a neighbour that may have spent as well, the lines stay where read)
            gone = [q for q in (r - 1, r + 1) if q in lost_entries and q not in by_report]
            if len(spent) + len(gone) != 1:
                homes = unread = []
            elif gone:
                homes, unread = gone, []
        joined = far = False  # the lines complete the home's own lines; the home is no neighbour
        if not homes and total > 0 and None not in amounts and (own == 0 or not money_equal(own, total)):
            # (a report that spent more than nothing, its lines not adding up to it: lines that make up another
            # report's disbursement exactly, alone or with its own lines that fall short of it, are that report's,
            # read under this one; the report may disburse with no line of its own listed)
            homes, joined = _home_by_sum(table, by_report, reports, r, total)
            far = bool(homes)
        # the home's own disbursement could not be read: the project's budget spent checks the move, the
        # disbursements read falling short of it by the lines' sum exactly (a disbursement misread as nothing
        # spent, its lines read under it rightly, fails it)
        blind = not homes and bool(unread) and left is not None and left > 0 and money_equal(left, total)
        if blind:
            homes = unread
        counted = False  # an unread amount counted as its quantity times unit amount
        if len(homes) != 1 and stand_in and not money_equal(own, sum(products, Decimal(0))):
            # (no rule placed the lines as read: with each unread amount its quantity times unit amount, a sum
            # that names one report exactly, a neighbour that lists none or any report whose own lines fall short)
            counted_total = sum(products, Decimal(0))
            homes = [q for q in (r - 1, r + 1) if q in reports and q not in by_report
                     and (paid := value_of(reports[q], "disbursed")) is not None and paid > 0
                     and money_equal(paid, counted_total)]
            by_sum, far, joined, blind = bool(homes), False, False, False
            if not homes:
                homes, joined = _home_by_sum(table, by_report, reports, r, counted_total)
                far = bool(homes)
            if len(homes) == 1:
                total, counted = counted_total, True
        if len(homes) != 1:
            continue
        q = homes[0]
        if joined:
            issues.append(_join_lines(merged, by_report, reports, r, q, total, None if own == 0 else own))
            issues.append(_move_in_doubt(issues[-1], r, q))
            joined_into.add(q)
            continue
        _rekey_lines(merged, {(r, s): (q, s) for s in seqs})  # under the other report's number
        by_report[q] = by_report.pop(r)
        start = min(merged.spans["expenses"][(q, s)][0] for s in seqs)
        end = max(merged.spans["expenses"][(q, s)][1] for s in seqs)
        evidence = {"rule": "sum", "printed": str(r), "read": r, "chosen": q, "support": f"{total:.2f}"}
        if by_sum or far:
            mine = ("(unread: nothing, as the project's budget spent is all in the disbursements read)" if inferred
                    else f"{own:,.2f}")
            said = (f"the expense lines read under report {r} add up to {total:,.2f}, not its disbursement "
                    f"{mine}, but to report {q}'s, which lists none" + (
                        " (the one report whose disbursement they make up)" if far else "") + (
                        " (an amount OCR left unread counted as its quantity times unit amount)" if counted else ""))
        elif blind:
            said = (f"the expense lines read under report {r} ({total:,.2f} as read) stand under a report that spent "
                    f"nothing; report {q} beside it, the one neighbour that may have spent (its disbursement could "
                    f"not be read, and the project's budget spent less the disbursements read is their sum), lists "
                    f"none")
        elif q not in reports:
            said = (f"the expense lines read under report {r} ({total:,.2f} as read) stand under a report that spent "
                    f"nothing; report {q} beside it gave no entry in any copy (its row lost), the one neighbour that "
                    f"may have spent, and lists none")
        else:
            said = (f"the expense lines read under report {r} ({total:,.2f} as read) stand under a report that spent "
                    f"nothing; report {q} beside it spent {value_of(reports[q], 'disbursed'):,.2f} and lists none")
        where = "away from their entry" if far else "on the other side of the entries' border"
        issues.append(Issue("warning", "value_repaired", f"{said}: they are report {q}'s lines, read {where}",
                            json.dumps(evidence, ensure_ascii=False), start, end, field="expenses.report_seq"))
        issues.append(_move_in_doubt(issues[-1], r, q))
    return issues


def _product(rec: dict[str, Reading]) -> Decimal | None:
    """An expense line's quantity times its unit amount, both read and more
    than nothing (what its amount must be); None where either is unread."""
    quantity, each = value_of(rec, "quantity"), value_of(rec, "unit_amount")
    if quantity is None or each is None or quantity <= 0 or each <= 0:
        return None
    return (quantity * each).quantize(Decimal("0.01"))


def _spent_left(merged: Merged, reports: dict[int, dict[str, Reading]]) -> Decimal | None:
    """The project's budget spent (read) less every disbursement read: what
    the reports whose disbursement could not be read spent between them
    (less than nothing where a figure is misread); None where the budget
    spent is unread."""
    spent = value_of(merged.tables.get("project", {}).get(0, {}), "budget_spent")
    if spent is None:
        return None
    return spent - sum((v for rec in reports.values() if (v := value_of(rec, "disbursed")) is not None), Decimal(0))


def _move_in_doubt(moved: Issue, r: int, q: int) -> Issue:
    """What a move of expense lines (`moved`, the value_repaired issue on
    expenses.report_seq) puts in doubt, said on the expenses table at the
    lines moved: its report number is one cell of each line, but a wrong
    move costs the lines whole (report `r` lists them in truth, and report
    `q` gets lines it does not list), every column of them, which an issue
    on report_seq alone does not name."""
    return Issue("warning", "entry_cell_in_doubt", f"expense lines read under report {r} are given to report {q} by "
                 f"the disbursements they add up to (value_repaired on their report_seq): if the sum fits by chance, "
                 f"they are report {r}'s lines, not report {q}'s",
                 f"report {r} -> report {q}: {moved.message}",
                 moved.line_start, moved.line_end, field="expenses")


def _home_by_sum(table: dict, by_report: dict[int, list[int]], reports: dict[int, dict[str, Reading]], r: int,
                 total: Decimal) -> tuple[list[int], bool]:
    """The one report other than `r` whose disbursement (read, more than
    nothing) lines of `total` make up exactly: alone, where it lists no line,
    or with its own lines (every amount read), where those alone fall short
    of it: ([that report], whether it has lines of its own); ([], False)
    when no report or several fit."""
    fits = []
    for q, rec in reports.items():
        paid = value_of(rec, "disbursed")
        if q == r or paid is None or paid <= 0:
            continue
        if q not in by_report:
            if money_equal(paid, total):
                fits.append((q, False))
            continue
        own = [value_of(table[(q, s)], "amount") for s in by_report[q]]
        if None not in own and not money_equal(sum(own, Decimal(0)), paid) and money_equal(
                sum(own, total), paid):
            fits.append((q, True))
    return ([fits[0][0]], fits[0][1]) if len(fits) == 1 else ([], False)


def _rekey_lines(merged: Merged, renamed: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Expense lines under new keys (old -> new, (report_seq, seq)): their
    records, their copies' counts, lines and votes.  All are taken out
    before any is put back, so a new key may be another line's old one."""
    for store in (merged.tables, merged.n_copies, merged.spans):
        part = store.get("expenses", {})
        held = {old: part.pop(old) for old in renamed if old in part}
        part.update({renamed[old]: value for old, value in held.items()})
    moved = [key for key in merged.votes if key[0] == "expenses" and key[1] in renamed]
    held_votes = {key: merged.votes.pop(key) for key in moved}
    merged.votes.update({(t, renamed[k], n): v for (t, k, n), v in held_votes.items()})


def _drop_lines(merged: Merged, keys: list[tuple[int, int]]) -> None:
    """Expense lines taken out (keys: (report_seq, seq)): their records,
    their copies' counts, lines and votes (as _rekey_lines moves them)."""
    for store in (merged.tables, merged.n_copies, merged.spans):
        part = store.get("expenses", {})
        for key in keys:
            part.pop(key, None)
    dropped = set(keys)
    for key in [k for k in merged.votes if k[0] == "expenses" and k[1] in dropped]:
        merged.votes.pop(key)


def _printed_order(merged: Merged, keys: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Expense lines (`keys`) in the order they stand on the page, where
    every copy of the document reads every one of them (each span is then
    the first copy's: one printing, its lines in their order down the page,
    as a table read column by column also gives a column's lines); None
    where some copy lacks one of them (spans from different copies say
    nothing of the order) or two of them open on one line."""
    counts, spans = merged.n_copies.get("expenses", {}), merged.spans.get("expenses", {})
    if any(counts.get(k) != merged.total_copies or k not in spans for k in keys):
        return None
    starts = [spans[k][0] for k in keys]
    if len(set(starts)) != len(starts):
        return None
    return sorted(keys, key=lambda k: spans[k][0])


def _join_lines(merged: Merged, by_report: dict[int, list[int]], reports: dict[int, dict[str, Reading]], r: int,
                q: int, total: Decimal, r_paid: Decimal | None = None) -> Issue:
    """Report `r`'s expense lines put with report `q`'s own, all of them
    numbered again, and said (value_repaired, expenses.report_seq): in the
    order they stand on the page where every copy reads every one of them
    (`_printed_order`), else before its own when `r` comes before `q` (read
    on the near side of q's entry, they stood before its text), else after.
    (Not by the lines' line numbers where some copy lacks a line: a
    report's lines may then come from different copies.)"""
    theirs, own = [(r, s) for s in by_report.pop(r)], [(q, s) for s in by_report[q]]
    printed = _printed_order(merged, theirs + own)
    keys = printed or (theirs + own if r < q else own + theirs)  # (each report's lines keep their order)
    before = theirs[0] == keys[0]
    renamed = {old: (q, n) for n, old in enumerate(keys, 1)}
    _rekey_lines(merged, renamed)
    by_report[q] = list(range(1, len(keys) + 1))
    moved = [renamed[k] for k in theirs]
    start = min(merged.spans["expenses"][k][0] for k in moved)
    end = max(merged.spans["expenses"][k][1] for k in moved)
    paid = value_of(reports[q], "disbursed")
    evidence = {"rule": "sum", "printed": str(r), "read": r, "chosen": q, "support": f"{total:.2f}"}
    where = ("stand under a report that spent nothing" if r_paid is None
             else f"do not add up to its disbursement {r_paid:,.2f}")
    return Issue("warning", "value_repaired", f"the expense lines read under report {r} ({total:,.2f}) {where}; "
                 f"with report {q}'s own lines, which alone do not add up to its "
                 f"disbursement {paid:,.2f}, they do: they are report {q}'s lines, numbered with its own ("
                 f"{'before' if before else 'after'} them, as " + ("they stand on the page)" if printed else "the entries stand)"),
                 json.dumps(evidence, ensure_ascii=False), start, end, field="expenses.report_seq")


# The vote's tie-breaks that say nothing of which reading is right (pipeline.vote.vote)
_BLIND_TIE_BREAKS = (None, EARLIEST, "the other readings are dates outside the archive's years")


def other_copies(merged: Merged) -> dict[tuple[str, Any, str], list[Reading]]:
    """The other copies' readings of each header and report value the
    copies disagree on (the vote kept one: merged.votes), by (table, key,
    field): another printing of the value, for the repairs to weigh
    (repairs.copy_reading).  Not where the vote kept its reading for what
    the readings are (the others OCR misreads of it, or it with marks they
    lost: "78" kept over "๓8", ๗ read ๓), only by the copies' count or order.
    A report date no copy could read (report_date_printed) kept by its
    words' plausibility too: the plausibility of two damaged dates' letters
    says nothing of which date they print."""
    out: dict[tuple[str, Any, str], list[Reading]] = {}
    for (table, key, name), v in merged.votes.items():
        if table in ("project", "progress_reports") and v.disagreement and v.overruled is None \
                and (v.tie_break in _BLIND_TIE_BREAKS
                     or name == "report_date_printed" and v.tie_break == "dictionary plausibility"):
            out[(table, key, name)] = [r for group in v.groups for _, r in group.readings if r is not v.winner]
    return out


def progress_printings(merged: Merged) -> dict[int, list[Reading]]:
    """Every copy's printing of each report's progress (the vote's kept
    reading first, then the others, those no copy could read among them: their
    text is another printing of the figure), by report number, where the
    copies printed it two ways or more as OCR read it: for the repairs to weigh
    (repairs.progress_from_copies)."""
    out: dict[int, list[Reading]] = {}
    for (table, key, name), v in merged.votes.items():
        if table != "progress_reports" or name != "progress_pct":
            continue
        printings = [v.winner] + [r for group in v.groups for _, r in group.readings if r is not v.winner] + \
            [r for _, r in v.unread]
        if len({r.text.strip() for r in printings}) > 1:
            out[key] = printings
    return out


def build(merged: Merged) -> ParseResult:
    """Rows for every table from the voted copies, then the cross-checks."""
    result = ParseResult(DOC_TYPE, n_copies=merged.total_copies)
    project = merged.tables.get("project", {}).get(0, {})
    reports = dict(sorted(merged.tables.get("progress_reports", {}).items()))
    moved = _coin_ties(merged, reports)  # (first: the lines are checked against the disbursements)
    moved += _lines_repeated(merged, reports)  # (first: a repeat of a report's lines is no line of another's)
    moved += _lines_moved_home(merged, reports)  # (first: the lines are grouped under the reports they go to)
    lines_of: dict[int, list] = {}
    mixed: set[int] = set()  # the lines whose copies disagree on what line they are (parsers.values.disputed)
    for (report_seq, seq), rec in sorted(merged.tables.get("expenses", {}).items()):
        lines_of.setdefault(report_seq, []).append(rec)
        if disputed(merged, "expenses", (report_seq, seq), ("item", "unit")):
            mixed.add(id(rec))
    mentions = [(value_of(rec, "kind") or "heading", rec["text"].value, value_of(rec, "month") or 0)
                for rec in merged.tables.get("year_mentions", {}).values() if "text" in rec]
    moved += expense_copies(merged, reports, frozenset(mixed))  # (first: the repairs weigh the copies' choice)
    repairs = moved + repair_all(project, reports, lines_of, None, doubt=structure_in_doubt(reports, merged.issues),
                                 mentions=mentions,
                                 copies=other_copies(merged),
                                 printings=progress_printings(merged),
                                 mixed=frozenset(mixed),
                                 figures_doubt=structure_in_doubt(reports, merged.issues, figures=True),
                                 lost=bool(entries_lost(merged, reports)),
                                 broken=any(column_broken(i) for i in merged.issues))
    repairs += repair_ordinal_words(project, None)
    repairs += strategy_numbers_at_odds(project, None, repairs)
    repairs += code_from_cover(project, None)
    repairs += phone_shape_issues(project, ("owner_phone", "coordinator_phone"))
    code, fy = value_of(project, "project_code"), value_of(project, "fiscal_year_be")
    # without a code or a name (both lost to OCR), the rationale tells the project apart
    key = make_project_key(DOC_TYPE, code, fy, value_of(project, "name") or value_of(project, "rationale"))
    issues = list(merged.issues) + repairs
    for required in ("project_code", "name", "fiscal_year_be"):
        if required not in project:
            issues.append(Issue("error", "missing_field", f"no readable {required} in any copy",
                                field=f"projects.{required}"))
            if required == "fiscal_year_be":  # the year in CE is read from it, and the key holds it: both said
                issues.append(Issue("error", "missing_field", "no readable fiscal_year_be, so no fiscal_year",
                                    field="projects.fiscal_year"))
                issues.append(Issue("error", "missing_field", f"no readable fiscal_year_be: the project key {key!r} "
                                    "holds no year, and will not join this project's rows from other files",
                                    field="projects.project_key"))
    if "project_code" not in project:  # the key is made as for forms without a code: say so where it is read
        issues.append(Issue("error", "missing_field", f"no readable project code: the project key {key!r} is "
                            "made from the fiscal year and a hash of the name, and will not join this project's "
                            "rows from other files by its code", field="projects.project_key"))
    span = merged.span("project", 0) if project else {"line_start": None, "line_end": None}
    if project:
        issues += header_fields_lost(project, issues, key, span)
    row: dict[str, Any] = {c: value_of(project, c) for c in PROJECT_COLUMNS}
    row.update(project_key=key, doc_type=DOC_TYPE, fiscal_year=fy - 543 if fy else None,
               n_copies=merged.n_copies.get("project", {}).get(0, 0), **span)

    for seq, rec in sorted(merged.tables.get("objectives", {}).items()):
        result.add("objectives", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  "n_copies": merged.n_copies["objectives"][seq], **merged.span("objectives", seq)})
    for seq, rec in sorted(merged.tables.get("targets", {}).items()):
        result.add("targets", {"project_key": key, "kind": value_of(rec, "kind"), "seq": seq,
                               "text": rec["text"].value, "n_copies": merged.n_copies["targets"][seq],
                               **merged.span("targets", seq)})

    issues.extend(check_report_dates(reports, fy))
    for issue in merged.issues:  # section 2's text no entry took: an expense line there belongs to no entry
        left = expense_like(str(issue.evidence or "")) if issue.code in _UNPLACED_ENTRY_TEXT else None
        if left:
            issues.append(Issue("warning", "unplaced_text", "text in section 2 that no report entry holds looks "
                                f"like an expense line: {left[:80]!r}; its entry's expense lines may be lost",
                                left, issue.line_start, issue.line_end, field="expenses"))
    read_of: dict[int, list[Decimal | None]] = {}  # each report's expense amounts read
    for (report_seq, _), line in merged.tables.get("expenses", {}).items():
        read_of.setdefault(report_seq, []).append(value_of(line, "amount"))
    from_cut: dict[int, list[dict[str, Any]]] = {}  # lines read from a description's expense cut (_lines_from_cut)
    cut_parts: dict[int, list[Decimal]] = {}  # their amounts
    cut_read: set[int] = set()  # the issues of the cuts they were read from
    for seq, rec in reports.items():
        out = {c: value_of(rec, c) for c in REPORT_COLUMNS}
        out["cancelled"] = bool(out["cancelled"])
        if out["description"] and (moved := _indicator_cut(seq, rec, out)) is not None:
            issues.append(moved)
        if out["description"]:
            read = out["description"]
            if (header := _header_inside(seq, rec, read)) is not None:
                issues.append(header)
            inside, at = _cancel_inside(seq, rec, read, out["cancelled"]), len(issues)  # (said there, unless the cut below reads it)
            if (pieces := _header_pieces_cut(seq, rec, out)) is not None:
                issues.append(pieces)
            if (head := _furniture_head_cut(seq, rec, out)) is not None:
                issues.append(head)
            elif (beside := _title_beside_cut(seq, rec, out)) is not None:
                issues.append(beside)
            cut = _label_cut(seq, rec, out)
            whole = out["description"]
            said_cut = _expense_cut(seq, rec, out)  # an expense line OCR damaged past reading ran into it
            issues.extend(said_cut or _expense_words_scattered(seq, rec, out))
            left_out = ""  # the text the cuts left out
            if out["description"] != whole and whole.startswith(out["description"] or ""):
                left_out = whole[len(out["description"] or ""):]
                found = _lines_from_cut(rec, left_out, read_of.get(seq, []))
                if found:
                    from_cut[seq], cut_parts[seq] = found, [f["product"] for f in found]
                    cut_read.update(id(i) for i in said_cut)  # (no line lost there: rows_after_lost_line)
            if out["description"]:
                before = out["description"]
                issues.extend(_expense_item_cut(seq, rec, out))  # ... or its opening words alone, at its end
                if out["description"] != before and before.startswith(out["description"] or ""):
                    left_out = before[len(out["description"] or ""):] + left_out
            # (its disbursement unread, the only one: the project's budget spent less those read is what it spent)
            alone = [q for q, other in reports.items() if value_of(other, "disbursed") is None] == [seq]
            if seq not in from_cut and left_out and (damaged := line_of_damaged_cut(
                    rec, left_out, read_of.get(seq, []), _spent_left(merged, reports) if alone else None)):
                from_cut[seq], cut_parts[seq] = [damaged], []  # (its figures unread: the issue says so below)
            if cut is not None and out["description"] != whole:
                # what the expense cut left holds the label in its second half ("... จัดสัมมนา Vy 97 เซซี
                # ความก้าวหน้าของงานฯ เป็นไปตาม" after "= ๒๒๐ ..." went): cut before it after all
                cut = _label_cut(seq, rec, out) or cut
            if (cut is not None or header is not None) and (
                    ran_in := _ran_in_expenses(seq, rec, lines_of.get(seq, []))) is not None:
                issues.append(ran_in)
            if cut is not None:
                issues.append(cut)
                if read.startswith(out["description"] or ""):  # (what the cuts left out)
                    issues.extend(_rival_progress_cut(seq, rec, read[len(out["description"] or ""):],
                                                      lines_of.get(seq, [])))
                issues.extend(_figures_left_out(seq, rec, read, out["description"]))
                issues.extend(_flags_left_out(seq, rec, read, out))
            if out["description"] and (ran := _date_cell_cut(seq, rec, out)) is not None:
                issues.append(ran)
            if out["description"] and (ran := _next_entry_cut(seq, rec, out)) is not None:
                issues.append(ran)
            if out["description"] and (ran := _figure_date_cut(seq, rec, out)) is not None:
                issues.append(ran)
            uncut = out["description"] or ""  # (before _furniture_cut shortens it: what it cuts off is its tail)
            if uncut and (tail := _furniture_cut(seq, rec, out)) is not None:
                issues.append(tail)
                issues.extend(_rival_progress_cut(seq, rec, uncut[len(out["description"]):], lines_of.get(seq, [])))
            dated = []  # the date cell's pieces cut off the description's head
            if out["description"] and (head := _date_cut(seq, rec, out)) is not None:
                dated.append(head)
            if out["description"] and (head := _date_pieces_cut(seq, rec, out)) is not None:
                dated.append(head)
            issues.extend(dated)
            if not (dated and _cancels_once_cut(rec, out)):
                issues[at:at] = inside
            if out["description"]:
                issues.extend(_cancel_word_alone(seq, rec, out))
                issues.extend(_behind_plan(seq, rec, out, issues))
                issues.extend(_progress_cell_inside(seq, rec, out["description"], lines_of.get(seq, [])))
        pct = rec.get("progress_pct")
        if pct is not None and pct.value is None:  # unreadable, and no repair mended it
            issues.append(Issue("error", "unparsed_value", f"report {seq} progress: no percentage can be read from "
                                f"{pct.text!r}", pct.text, *pct.span, field="progress_reports.progress_pct"))
        copies = merged.n_copies["progress_reports"][seq]
        if copies < merged.total_copies:  # a copy lost the entry, or read it under another number
            issues.append(Issue("warning", "report_in_fewer_copies", f"report {seq} is read in {copies} of the "
                                f"{merged.total_copies} copies of the form: another copy's entry was lost or read "
                                f"under another number", {"copies": copies, "of": merged.total_copies},
                                *merged.spans["progress_reports"][seq], field="progress_reports.n_copies"))
        result.add("progress_reports", {"project_key": key, "seq": seq, **out,
                                        "n_copies": merged.n_copies["progress_reports"][seq],
                                        **merged.span("progress_reports", seq)})
    by_report: dict[int, list[Decimal]] = {}
    renumbered: dict[int, int] = {}  # each report's lines kept so far (a line of nothing spent is none)

    def cut_lines(upto: int, line: int | None) -> None:
        """Emit the lines read from descriptions' cuts (from_cut) of the
        reports before `upto`, and of report `upto` standing before `line`."""
        for r in sorted(from_cut):
            if r > upto:
                break
            start, end = reports[r]["description"].span
            while from_cut[r] and (r < upto or line is None or start < line):
                found = from_cut[r].pop(0)
                n = renumbered[r] = renumbered.get(r, 0) + 1
                if found.get("damaged"):  # its item alone (line_of_damaged_cut): every figure unread, said
                    by_report.setdefault(r, []).append(None)
                    result.add("expenses", {"project_key": key, "report_seq": r, "seq": n,
                                            **{c: found[c] for c in EXPENSE_COLUMNS},
                                            "line_start": start, "line_end": end})
                    spent = (f"spent {found['spent']:,.2f}" if value_of(reports[r], "disbursed") is not None else
                             f"spent (its disbursement unread, the project's budget spent less the disbursements "
                             f"read is {found['spent']:,.2f})")
                    issues.append(Issue("warning", "unparsed_value", f"expense line {n} of report {r} read from the "
                                        f"text its description's cut left out ({found['text'][:80]!r}): its item "
                                        f"{found['item']!r} as read, its figures OCR damaged past reading, none "
                                        f"read; report {r} {spent} and lists no other line, so the line is given, "
                                        "not dropped", found["text"], start, end, field="expenses"))
                    continue
                amount = found["product"]
                by_report.setdefault(r, []).append(amount)
                # (its unit read as the reader reads every line's: parsers.units.mend_unit, each repair said)
                unit, said_unit = mend_unit(found["unit"], found["item"], f"expense line {n} of report {r}",
                                            (start, end))
                result.add("expenses", {"project_key": key, "report_seq": r, "seq": n,
                                        **{c: found[c] for c in EXPENSE_COLUMNS}, "unit": unit, "amount": amount,
                                        "line_start": start, "line_end": end})
                issues.extend(said_unit)
                spent = value_of(reports[r], "disbursed")
                read = None if found["amount"] is None else f"{found['amount']:.2f}"
                evidence = {"rule": "sum", "printed": found["text"], "read": read, "chosen": f"{amount:.2f}",
                            "parts": [f"{a:.2f}" for a in read_of.get(r, []) + cut_parts[r]],
                            "total": f"{spent:.2f}"}
                figures = (f"{found['item']}, {found['quantity']:,.2f} {found['unit']} x "
                           f"{found['unit_amount']:,.2f} = {amount:,.2f}")
                how = ("the count times the unit amount" if found["amount"] is not None else
                       "its amount not in the text (another cell holds it): the count times the unit amount")
                issues.append(Issue("warning", "value_repaired", f"expense line {n} of report {r} read from the text "
                                    f"its description's cut left out ({found['text'][:80]!r}): {figures}, {how}, and "
                                    f"with the lines read it makes up the report's disbursement {spent:,.2f}",
                                    json.dumps(evidence, ensure_ascii=False), start, end, field="expenses.amount"))

    for record_key, rec in sorted(merged.tables.get("expenses", {}).items()):
        report_seq, seq = record_key  # (seq is renumbered below: the record's own key keeps its lines)
        cut_lines(report_seq, merged.spans["expenses"][record_key][0])
        if (nothing := _nothing_spent(report_seq, seq, rec, reports.get(report_seq, {}))) is not None:
            issues.append(nothing)
            continue
        seq = renumbered[report_seq] = renumbered.get(report_seq, 0) + 1
        for column in ("amount", "quantity", "unit_amount"):
            if column in rec and rec[column].value is None:  # unreadable, and no repair mended it
                issues.append(Issue("error", "unparsed_value", f"expense line {seq} of report {report_seq}: "
                                    f"its {column.replace('_', ' ')} {rec[column].text!r} cannot be read",
                                    rec[column].text, *rec[column].span, field=f"expenses.{column}"))
        if (unchecked := _line_unchecked(report_seq, seq, rec, reports.get(report_seq, {}))) is not None:
            issues.append(unchecked)
        for column in ("item", "unit"):  # the form's words are Thai: one with no Thai letter is OCR's misread
            text = value_of(rec, column)
            if text and not THAI_LETTER_RE.search(text):
                issues.append(Issue("warning", "implausible_value", f"expense line {seq} of report {report_seq}: "
                                    f"its {column} {text!r} holds no Thai letter (OCR read the Thai word as "
                                    "Latin letters or marks); kept as read", text, *rec[column].span,
                                    field=f"expenses.{column}"))
            elif column == "item" and text and _LATIN_WORD_RE.search(text):
                # ... nor a word of Latin letters among its Thai words ("ค่าเกียรติ tins": บัตร read as "tins")
                issues.append(Issue("warning", "implausible_value", f"expense line {seq} of report {report_seq}: "
                                    f"its item {text!r} holds a word of Latin letters among its Thai words (OCR "
                                    "read a Thai word as Latin letters); kept as read", text, *rec[column].span,
                                    field="expenses.item"))
        item = value_of(rec, "item")
        if item and _BAHT_WORD_RE.search(item) and value_of(rec, "unit") is None:
            # the item holds the price's "บาท" (no item names baht): the line's count, unit and unit amount, which
            # OCR garbled past the shape that reads them ("ค่าตอบแทนวิทยากร » ชัวโมง « doo บาท.- = ๓,๐๐๐"), were
            # read into its item, as text: said of the row (before, its unit's loss was silent; fresh set s96q)
            issues.append(Issue("warning", "unread_cells", f"expense line {seq} of report {report_seq}: its item "
                                f"{item!r} holds the word บาท: the line's count, unit and unit amount, garbled past "
                                "reading, were read into it; they are not known", item, *rec["item"].span,
                                field="expenses"))
        amount = value_of(rec, "amount")
        if isinstance(amount, Decimal) and isinstance(allocated := row.get("budget_allocated"), Decimal) \
                and amount > allocated:
            # a line is part of its report's disbursement, part of the budget: a line above the budget allocated
            # is a misread figure (a ฿ read as an 8 before it, "= 819,900" for ฿19,900 beside a budget of 39,800,
            # the report's own clause unreadable to check it: fresh set s91q, bma_progress_s91q008, silent before),
            # or the budget is
            issues.append(Issue("warning", "overspent", f"expense line {seq} of report {report_seq} amounts to "
                                f"{amount:,.2f}, above the budget allocated {allocated:,.2f}: this figure or the "
                                "budget was misread", {"spent": str(amount), "limit": str(allocated)},
                                *rec["amount"].span, field="expenses.amount"))
        by_report.setdefault(report_seq, []).append(amount)
        result.add("expenses", {"project_key": key, "report_seq": report_seq, "seq": seq,
                                **{c: value_of(rec, c) for c in EXPENSE_COLUMNS},
                                **merged.span("expenses", record_key)})
    cut_lines(max(from_cut, default=0), None)

    issues.extend(lines_of_thin_reports(merged, result.tables.get("expenses", [])))
    issues.extend(rows_after_lost_line([i for i in issues if id(i) not in cut_read], result.tables.get("expenses", [])))
    issues.extend(check_figures(reports, by_report, row, project, lines_in_fewer_copies(merged)))
    issues.extend(entries_lost(merged, reports))
    row["plan_status"] = plan_status(reports)
    issues.extend(status_in_doubt(reports, row["plan_status"], (row.get("line_start"), row.get("line_end"))))
    result.add("projects", row)
    for issue in issues:
        issue.project_key = issue.project_key or key
    result.issues = issues
    return result


def lines_of_thin_reports(merged: Merged, expenses: list[dict[str, Any]]) -> list[Issue]:
    """The expense rows of a report read in fewer copies of the form than
    the project has (report_in_fewer_copies), said on the expenses table at
    their lines: the copies that lack the report vouch for none of its lines
    either, and a copy that read the report where the others have none (an
    entry read twice under two numbers, its cells shifted one report on by
    a header OCR split in two) gives lines of a report the form does not
    print.  Before, the report's own cells were said but its expense rows,
    read by the same copies alone, stood with no issue."""
    out: list[Issue] = []
    total, counts = merged.total_copies, merged.n_copies.get("progress_reports", {})
    by_report: dict[int, list[dict[str, Any]]] = {}
    for r in expenses:
        if 0 < counts.get(r["report_seq"], total) < total and r.get("line_start") is not None:
            by_report.setdefault(r["report_seq"], []).append(r)
    for seq, rows in sorted(by_report.items()):
        copies = counts[seq]
        out.append(Issue("warning", "report_in_fewer_copies", f"report {seq}'s {len(rows)} expense line(s) are "
                         f"read in {copies} of the {total} copies of the form, as the report is: the other copies "
                         "vouch for none of them (their entry lost, or this one a copy's entry read under another "
                         "number)", {"copies": copies, "of": total},
                         min(r["line_start"] for r in rows), max(r.get("line_end") or r["line_start"] for r in rows),
                         field="expenses"))
    return out


LOST_LINE_REACH = 2  # lines after a lost expense line's text within which the rows it shifted begin


def rows_after_lost_line(issues: list[Issue], expenses: list[dict[str, Any]]) -> list[Issue]:
    """Section 2's text that no entry holds and that looks like an expense
    line (its amount, "5280 บาท", or its item: said `unplaced_text` on
    expenses above) right before a report's expense rows (the first of them
    starting at its last line or within LOST_LINE_REACH lines after it; rows
    within the text's lines stand before the loss): the line lost there
    was one of that report's, so the rows read after it are numbered one
    place early, each a seq off its printing's.  Said on the table over
    those rows' lines (their own values are read as printed)."""
    out: list[Issue] = []
    lost = [i for i in issues if i.code == "unplaced_text" and i.field == "expenses" and i.line_end is not None
            and "looks like an expense line" in i.message]
    rows = sorted((r for r in expenses if r.get("line_start") is not None), key=lambda r: r["line_start"])
    said: set[tuple[Any, int]] = set()  # (report, first row's line): once, however many texts stand before them
    for issue in lost:
        first = next((r for r in rows if issue.line_end <= r["line_start"] <= issue.line_end + LOST_LINE_REACH),
                     None)
        if first is None or (first["report_seq"], first["line_start"]) in said:
            continue
        said.add((first["report_seq"], first["line_start"]))
        after = [r for r in rows if r["report_seq"] == first["report_seq"] and r["line_start"] >= first["line_start"]]
        out.append(Issue("warning", "unplaced_text", f"expenses: an expense line of report {first['report_seq']} "
                         f"lost before its rows (text of its shape left at lines {issue.line_start}-"
                         f"{issue.line_end}): the {len(after)} row(s) read after it may each "
                         "be numbered one place early, their seq not their printing's", issue.evidence,
                         first["line_start"], max(r.get("line_end") or r["line_start"] for r in after),
                         field="expenses"))
    return out


def _nothing_spent(report_seq: int, seq: int, rec: dict[str, Reading], report: dict[str, Reading]) -> Issue | None:
    """An expense line whose amount reads 0 in a report that spent nothing
    (its disbursement 0, or read as none): no expense line, for a report
    lists what it spent and a line of nothing spent says nothing.  It is
    another cell's words and figure that OCR ran together on one line (a
    description's wrapped words beside the disbursement's "= 0 บาท" of a
    table read with its cells side by side: "จัดทำคำสั่งผู้ร่วมกิจกรรม = 0
    บาท").  It gives no row; said, its text and lines."""
    amount, paid = value_of(rec, "amount"), value_of(report, "disbursed")
    if amount is None or amount != 0 or (paid is not None and paid != 0):
        return None
    text = " ".join(str(value_of(rec, c) or "") for c in ("item", "amount")).strip()
    start, end = rec["amount"].span  # (read: its value is the 0 above)
    return Issue("warning", "unplaced_text", f"report {report_seq}'s expense line {seq} reads 0 baht in a report "
                 f"that spent nothing: no expense, but another cell's words and figure OCR ran together on a "
                 f"line; no row is read from it", text, start, end, field="expenses")


def _most_shown(merged: Merged) -> Reading | None:
    """The count of entries the copy showing the most shows (read.shown_reading;
    the earliest such), None where no copy shows a count."""
    shown = [rec["count"] for rec in merged.tables.get("entries_shown", {}).values() if "count" in rec]
    return max(shown, key=lambda r: (r.value, -r.line_start)) if shown else None


def _lost_numbers(merged: Merged, reports: dict[int, dict[str, Any]]) -> list[int]:
    """The report numbers up to the most entries a copy shows that gave no
    entry in any copy (the ones entries_lost names)."""
    most = _most_shown(merged)
    return [] if most is None else [n for n in range(1, most.value + 1) if n not in reports]


def entries_lost(merged: Merged, reports: dict[int, dict[str, Any]]) -> list[Issue]:
    """Report entries the text prints that no copy read: a copy's text shows
    N entries (read.shown_reading: its flags count them, or an entry read
    under a number the count it read allows), and a number up to N gave no
    entry in any copy.  Reports number 1..N, so that number is lost with its
    entry (a table whose cells OCR ran side by side, or whose headers it
    misread); said on the table, at the lines the copy showing the most
    gives, and on the expenses (where the form has expense lines) from those
    lines to the expense lines' own: each may be a lost entry's."""
    missing = _lost_numbers(merged, reports)
    if not missing:
        return []
    most = _most_shown(merged)
    read = sorted(reports)
    were = "entry was" if len(read) == 1 else "entries were"
    numbers = f"report{'s' if len(missing) > 1 else ''} {', '.join(map(str, missing))}"
    evidence = {"shown": most.value, "read": read, "missing": missing}
    lost = [Issue("error", "entries_lost", f"{most.text}; {len(read)} {were} read ({', '.join(map(str, read))}): "
                  f"{numbers} gave no entry in any copy; their rows are lost", evidence, *most.span,
                  field="progress_reports")]
    if merged.tables.get("expenses"):
        # the lost entry's expense lines are lost with it, or were read under a neighbour whose cell took the
        # lost one's (a table's header of two entries lost: the second's lines went to the first, SILENTLY):
        # which entry each line there belongs to is in doubt too
        # (said at the expense lines themselves too: the doubt is about each of them, wherever it stands)
        spans = [span for rec in merged.tables["expenses"].values() if (span := _lines(rec))[0] is not None]
        at = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else most.span
        lost.append(Issue("error", "entries_lost", f"{numbers} gave no entry in any copy: the expense lines read "
                          "in their table may be theirs, read under another entry", evidence,
                          min(at[0], most.span[0]), max(at[1], most.span[1]), field="expenses"))
    return lost


def _line_unchecked(report_seq: int, seq: int, rec: dict[str, Reading], report: dict[str, Reading]) -> Issue | None:
    """An expense line whose amount is unreadable (no repair mended it) in
    an entry whose disbursement is unreadable or missing too: the entry's sum
    is the one check that ties a line to its report, and neither side of it
    reads, so the line's report (and the lines its entry may have lost or
    taken from another) is unchecked: said of the table at the line, as a
    line the sum check found missing is (missing_value, field expenses)."""
    amount = rec.get("amount")
    if amount is None or amount.value is not None or value_of(report, "disbursed") is not None:
        return None
    return Issue("warning", "missing_value", f"expense line {seq} of report {report_seq}: its amount "
                 f"{amount.text!r} cannot be read, nor can report {report_seq}'s disbursement: nothing checks "
                 f"that the line is report {report_seq}'s, or that the report lists all its lines",
                 amount.text, *amount.span, field="expenses")


def plan_status(reports: dict[int, dict[str, Reading]]) -> str:
    """cancelled if a report cancels the project, completed if the last
    progress is 100 %, else in_progress."""
    if any(value_of(r, "cancelled") for r in reports.values()):
        return "cancelled"
    last = [value_of(r, "progress_pct") for _, r in sorted(reports.items()) if value_of(r, "progress_pct") is not None]
    if last and last[-1] >= 100.0:
        return "completed"
    return "in_progress"


def status_in_doubt(reports: dict[int, dict[str, Reading]], status: str,
                    span: tuple[int | None, int | None] = (None, None)) -> list[Issue]:
    """The plan status (plan_status) is read from the last report's
    progress: where that progress cannot be read (none printed, or no
    percentage in what is: the status then follows an earlier report's), or
    reads below the report before it (a misread: "๑๐๐.0%" read "000.0%"
    made a completed project in progress, SILENT, as the misread progress
    alone was named), the status is in doubt too: said of the status, kept
    as read.  Nothing when a report cancels the project (its status is
    cancelled whatever the progress).  Where no report entry was read at
    all, the status is no report's: in_progress only by default, said at
    the project's lines `span` (missing_value; all the entries lost to
    OCR, a completed project's status read in_progress, silently: fresh
    set s115r, bma_progress_s115r010)."""
    if not reports:
        return [Issue("warning", "missing_value", f"no report entry was read, so the plan status {status!r} is no "
                      "report's progress, only the default, and is in doubt", None, *span,
                      field="projects.plan_status")]
    if status == "cancelled":
        return []
    seq = max(reports)
    rec = reports[seq]
    pct = value_of(rec, "progress_pct")
    if pct is None:
        where = rec["progress_pct"].span if "progress_pct" in rec else _lines(rec)
        printed = rec["progress_pct"].text if "progress_pct" in rec else ""
        said = f"no percentage can be read from {printed!r}" if printed else "has no progress figures"
        return [Issue("warning", "missing_value", f"the plan status {status!r} is read from the last report's "
                      f"progress, and report {seq}, the last, {said}: the status follows an earlier report's "
                      "progress or none, and is in doubt", printed, *where, field="projects.plan_status")]
    before = [(s, p) for s, r in sorted(reports.items()) if s < seq and (p := value_of(r, "progress_pct")) is not None]
    if before and pct < before[-1][1]:
        return [Issue("warning", "progress_decreased", f"the plan status {status!r} is read from the last report's "
                      f"progress, and report {seq}, the last, gives {pct:g} %, below report {before[-1][0]} "
                      f"({before[-1][1]:g} %): one of them is misread, and the status is in doubt",
                      rec["progress_pct"].text, *rec["progress_pct"].span, field="projects.plan_status")]
    return []


# the day a description says its work was done: "เมื่อวันที่" (the past's "when"; a plan's day is "ในวันที่"),
# then the date ("ได้ดำเนินการอบรม... ไปแล้วเมื่อวันที่ 22 สิงหาคม 2566")
_DONE_ON_RE = regex.compile(rf"{mark_tolerant('เมื่อ')}\s*{mark_tolerant('วันที่')}\s*")
DONE_DATE_REACH = 30  # characters after "เมื่อวันที่" its date stands within


def done_after(description: Reading | None, dated: date) -> date | None:
    """The first day a report's description says its work was done on
    ("เมื่อวันที่ D M Y", _DONE_ON_RE) that falls after the report's date
    `dated`; None where none does (a report cannot tell of work done after
    its own date: one of the two dates is misread)."""
    text = description.value if description is not None else None
    if not isinstance(text, str) or "วัน" not in text:
        return None
    for m in _DONE_ON_RE.finditer(text):
        found = find_dates(text[m.end(): m.end() + DONE_DATE_REACH])
        if found and found[0][1][0] == 0 and found[0][0] > dated:
            return found[0][0]
    return None


def check_report_dates(reports: dict[int, dict[str, Reading]], fiscal_year_be: int | None) -> list[Issue]:
    """Report dates must fall in the fiscal year (with slack; when the form's
    fiscal year is unreadable, or itself outside the archive's years, in
    those years) and in report order, and report numbers run 1..N; what the
    repairs (parsers.bma_progress.repairs) could not settle is flagged here."""
    issues: list[Issue] = []
    window = report_window(fiscal_year_be) if fiscal_year_be and YEAR_RANGE[0] <= fiscal_year_be <= YEAR_RANGE[1] \
        else None
    seqs = sorted(reports)
    for seq in seqs:
        reading = reports[seq].get("report_date")
        printed = reports[seq].get("report_date_printed")
        if reading is None and printed is not None:
            issues.append(Issue("error", "unparsed_value", f"report {seq} date: no date can be read from "
                                f"{printed.text!r}", printed.text, *printed.span, field="progress_reports.report_date"))
        elif reading is None:
            issues.append(Issue("error", "missing_value", f"report {seq} has no date in any copy",
                                "", *_lines(reports[seq]), field="progress_reports.report_date"))
        elif window is None and not YEAR_RANGE[0] <= reading.value.year + 543 <= YEAR_RANGE[1]:
            issues.append(Issue("warning", "implausible_value",
                                f"report {seq} date {reading.value} is in BE {reading.value.year + 543}, outside the "
                                f"archive's years {YEAR_RANGE[0]}-{YEAR_RANGE[1]} (its year misread?), and the fiscal "
                                "year gives no window to repair it in", reading.text, *reading.span,
                                field="progress_reports.report_date"))
        elif window is not None and not window[0] <= reading.value <= window[1]:
            issues.append(Issue("warning", "date_outside_fiscal_year",
                                f"report {seq} date {reading.value} is outside fiscal year {fiscal_year_be} "
                                f"({window[0]} to {window[1]})", reading.text, *reading.span,
                                field="progress_reports.report_date"))
    dated = [(s, reports[s]["report_date"]) for s in seqs if "report_date" in reports[s]]
    for (s1, d1), (s2, d2) in zip(dated, dated[1:]):
        if d2.value < d1.value:
            issues.append(Issue("warning", "report_date_order", f"report {s2} ({d2.value}) is dated before report "
                                f"{s1} ({d1.value})", d2.text, *d2.span, field="progress_reports.report_date"))
    for s, d in dated:
        done = done_after(reports[s].get("description"), d.value)
        if done is not None:
            issues.append(Issue("warning", "report_date_order", f"report {s} ({d.value}) is dated before the day its "
                                f"description says the work was done ({done}): the date, or the description's, is "
                                "misread", d.text, *d.span, field="progress_reports.report_date"))
    expected = list(range(1, max(seqs) + 1)) if seqs else []
    missing = sorted(set(expected) - set(seqs))
    if missing:
        spans = [_lines(reports[s]) for s in seqs if reports[s]]  # the entries read, around the gap
        # whole entries lost: every column of their rows (the table), not only their numbers
        issues.append(Issue("warning", "missing_report", f"report numbers {missing} are missing from the sequence",
                            {"missing": missing}, min((a for a, _ in spans), default=None),
                            max((b for _, b in spans), default=None), field="progress_reports"))
    return issues


def lines_in_fewer_copies(merged: Merged) -> dict[int, list[tuple[int, int, int, tuple[int, int]]]]:
    """The expense lines read in fewer copies of the form than their report,
    by report: (the line's number, the copies it is read in, its report's,
    its lines).  A copy that read a line twice (a wrapped line read again
    as a line of its own) or took another report's line gives a line the
    other copies lack; check_figures says so where the report's lines do
    not add up."""
    out: dict[int, list[tuple[int, int, int, tuple[int, int]]]] = {}
    counts, entries = merged.n_copies.get("expenses", {}), merged.n_copies.get("progress_reports", {})
    spans = merged.spans.get("expenses", {})
    for report_seq, seq in sorted(merged.tables.get("expenses", {})):
        n, of = counts.get((report_seq, seq), 0), entries.get(report_seq, 0)
        if 0 < n < of:
            out.setdefault(report_seq, []).append((seq, n, of, spans.get((report_seq, seq), (None, None))))
    return out


_CELLS = ("description", "progress_pct", "disbursed", "on_plan", "on_target")  # a report's cells past its date


def _coin_disbursement(rec: dict[str, Reading]) -> Issue | None:
    """The implausible_value issue of an entry's disbursement that is a
    whole amount above nothing and below FEWEST_BAHT ("2.00" of a printed
    "๒"), no reading of the form's budgets: it stays as read, said, for
    the figure it was read from may be a sign OCR misread (฿ as ๒) with
    the amount's own figures lost.  None for any other disbursement."""
    paid = value_of(rec, "disbursed")
    if not _coin(paid):
        return None
    reading = rec["disbursed"]
    return Issue("warning", "implausible_value", f"a disbursement of {paid:,.2f} baht (printed {reading.text!r}) "
                 "pays for nothing the form budgets: OCR may have read the ฿ sign as a digit and lost the amount's "
                 "own figures; kept as read", json.dumps({"text": reading.text}, ensure_ascii=False),
                 *_lines(rec), field="progress_reports.disbursed")


def _coin(value: Any) -> bool:
    """Whether `value` is a disbursement _coin_disbursement calls implausible: a whole amount above nothing and
    below FEWEST_BAHT."""
    return isinstance(value, Decimal) and 0 < value < FEWEST_BAHT and value == value.to_integral_value()


def _coin_ties(merged: Merged, reports: dict[int, dict[str, Reading]]) -> list[Issue]:
    """Disbursements the form's copies read two ways, the vote keeping the
    earliest copy's reading for a tie alone, where that reading is a coin
    (_coin_disbursement: "8.00" of a printed "8", "5.00" of "๕", a ฿ sign
    OCR read as a digit, the amount's own figures lost) and the other
    copies read one other value that is none ("0.00", "8,400.00"): that
    value is taken, and said (value_repaired, rule "copies", both copies'
    printings).  A coin pays for nothing the form budgets, so the tie was
    between a reading the form cannot print and one it can; before, the
    earliest copy's coin stood, said implausible but kept (fresh s74a009
    report 4 "8" against "0", s71a003 report 6 "๕" against "0", s71o003
    report 4 "6 บาท" against "0").  Two or more other values, or another
    coin among them, or a value whose figures have other readings
    (parsers.repair.sure; nothing spent aside: fresh s74a006 "5" against
    "๒๓,๕๐๐", 23,400 printed), and the vote's reading stays."""
    issues: list[Issue] = []
    for seq, rec in reports.items():
        v = merged.votes.get(("progress_reports", seq, "disbursed"))
        if v is None or not v.disagreement or v.overruled is not None or v.tie_break != EARLIEST:
            continue
        kept = rec.get("disbursed")
        if kept is None or kept is not v.winner or not _coin(kept.value):
            continue
        top = len(v.groups[0].copies)
        others = [r for g in v.groups if len(g.copies) == top for _, r in g.readings
                  if isinstance(r.value, Decimal) and not money_equal(r.value, kept.value)]
        values = {r.value for r in others}
        if len(values) != 1 or any(_coin(x) for x in values):
            continue
        chosen = others[0]
        if not (chosen.value == 0 or sure(chosen)):
            # (its figures may read otherwise, "๒๓,๕๐๐" for 23,400 where OCR never writes ๔: which of its readings
            # the form printed no copy says; a lone ๐ read for a ๖ would be a coin itself, so nothing spent is sure)
            continue
        rec["disbursed"] = chosen
        evidence = {"rule": "copies", "printed": chosen.text.strip(), "read": f"{kept.value:.2f}",
                    "chosen": f"{chosen.value:.2f}", "candidates": [f"{kept.value:.2f}", f"{chosen.value:.2f}"],
                    "copy_readings": [kept.text.strip(), chosen.text.strip()]}
        issues.append(Issue("warning", "value_repaired",
                            f"report {seq}'s disbursement: the form's copies read {kept.text.strip()!r} "
                            f"({kept.value:,.2f}) and {chosen.text.strip()!r} ({chosen.value:,.2f}), the vote's tie "
                            f"broken by the earliest copy alone; {kept.value:,.2f} baht pays for nothing the form "
                            f"budgets (a ฿ sign OCR read as a digit, the amount's figures lost): the other copy's "
                            f"{chosen.value:,.2f} taken", json.dumps(evidence, ensure_ascii=False),
                            *chosen.span, field="progress_reports.disbursed"))
    return issues


def check_figures(reports: dict[int, dict[str, Reading]], expenses: dict[int, list[Decimal]],
                  project: dict[str, Any], readings: dict[str, Reading] | None = None,
                  thin: dict[int, list[tuple[int, int, int, tuple[int, int]]]] | None = None) -> list[Issue]:
    """Expense lines against the entry's disbursement (and, where they do
    not add up, each line read in fewer copies than its report, `thin`:
    lines_in_fewer_copies, said at its own lines, which may stand far from
    its report's, in another copy); disbursements against the project's
    budget spent and allocated; progress going backwards.  `readings` (the
    project's) give the lines of budget spent and allocated."""
    issues: list[Issue] = []
    readings = readings or {}

    def span(name: str) -> tuple[int | None, int | None]:
        return readings[name].span if name in readings else (None, None)

    mismatched: list[int] = []
    unchecked: list[int] = []  # reports whose lines' sum cannot be read (an amount unreadable)
    for seq, amounts in sorted(expenses.items()):
        if any(a is None for a in amounts):
            # a line could not be read (flagged): the sum says nothing, so it vouches for no line either; a line
            # read in fewer copies than its report (a copy may have read it twice or taken it from another report)
            # is said at its own lines, as where the sum fails
            paid = value_of(reports.get(seq, {}), "disbursed")
            evidence = {"parts": [None if a is None else str(a) for a in amounts],
                        "total": None if paid is None else str(paid)}
            for line, n, of, at in (thin or {}).get(seq, ()):
                issues.append(Issue("warning", "expense_sum_mismatch", f"expense line {line} of report {seq} is read "
                                    f"in {n} of the {of} copies its report is read in, and an amount of the "
                                    "report's lines cannot be read, so their sum cannot confirm it: a copy may have "
                                    "read the line twice or taken it from another report", evidence, *at,
                                    field="expenses"))
            read = sum((a for a in amounts if a is not None), Decimal(0))
            unchecked.append(seq)  # (its lines may be another report's: nothing vouches for them)
            if paid is not None and read > paid and not money_equal(read, paid):
                # the amounts read already pass the disbursement: whatever the unreadable one says (no amount is
                # below nothing), the lines do not add up to it
                mismatched.append(seq)
                rec = reports.get(seq, {})
                issues.append(Issue("warning", "expense_sum_mismatch", f"expense lines of report {seq}: the parts "
                                    f"read add up to {read:,.2f} (one more cannot be read), past the total "
                                    f"{paid:,.2f}", evidence, *_lines(rec), field="expenses.amount"))
                issues.append(Issue("warning", "expense_sum_mismatch", f"report {seq}'s disbursement {paid:,.2f} is "
                                    f"less than what its expense lines read add up to ({read:,.2f}), one more "
                                    "unreadable: one of them is misread", evidence, *_lines(rec),
                                    field="progress_reports.disbursed"))
            continue
        rec = reports.get(seq, {})
        found = sum_check("expense_sum_mismatch", f"expense lines of report {seq}", amounts,
                          value_of(rec, "disbursed"), "expenses.amount", *_lines(rec))
        if found:
            mismatched.append(seq)
            paid = value_of(rec, "disbursed")
            # either side may be the misread one: the disbursement is in doubt as much as the lines
            issues.append(Issue("warning", "expense_sum_mismatch", f"report {seq}'s disbursement {paid:,.2f} is not "
                                f"what its expense lines add up to ({sum(amounts):,.2f}): one of them is misread",
                                found[0].evidence, *_lines(rec), field="progress_reports.disbursed"))
            for line, n, of, at in (thin or {}).get(seq, ()):
                issues.append(Issue("warning", "expense_sum_mismatch", f"expense line {line} of report {seq} is read "
                                    f"in {n} of the {of} copies its report is read in, and the report's lines add up "
                                    f"to {sum(amounts):,.2f}, not its disbursement {paid:,.2f}: a copy may have read "
                                    "the line twice or taken it from another report", found[0].evidence, *at,
                                    field="expenses"))
        issues += found
    if mismatched or unchecked:
        # lines that do not add up to their entry (or whose sum cannot be read: an amount unreadable, nothing vouches
        # that they are that entry's), and entries that disburse with none: misplaced?  (Before, an entry whose
        # line stood under another whose amount OCR garbled lacked it with no issue naming its expenses)
        said = f"the lines of report(s) {mismatched} do not add up to theirs" if mismatched else \
            f"the lines of report(s) {unchecked} cannot be checked against theirs (an amount unreadable)"
        for seq, rec in sorted(reports.items()):
            paid = value_of(rec, "disbursed")
            if seq not in expenses and paid is not None and paid > 0:
                issues.append(Issue("warning", "missing_value", f"report {seq} disburses {paid:,.2f} and lists no "
                                    f"expense line, while {said}: its lines may stand under another report",
                                    str(paid), *_lines(rec), field="expenses"))
            elif seq not in expenses and paid is None and mismatched:
                # (its disbursement lost or unreadable: said where read)
                issues.append(Issue("warning", "missing_value", f"report {seq}'s disbursement could not be read and "
                                    f"it lists no expense line, while {said}: its lines may stand under another "
                                    "report", "", *_lines(rec), field="expenses"))
    disbursed = [value_of(r, "disbursed") for r in reports.values() if value_of(r, "disbursed") is not None]
    if disbursed and project.get("budget_spent") is not None:
        found = sum_check("budget_spent_mismatch", "disbursements of all reports vs budget spent (งบประมาณที่ใช้ไป)",
                          disbursed, project["budget_spent"], "projects.budget_spent", *span("budget_spent"))
        issues += found
        if found:
            # either side may be the misread one: a disbursement is in doubt as much as the budget spent (a digit
            # OCR lost, "3,300" for ฿3๖,300, makes the parts fall short with no reading of any one's characters
            # that fits; before, only the budget spent was named and the misread disbursement stood silent)
            spans = [_lines(rec) for _, rec in sorted(reports.items()) if "disbursed" in rec]
            starts = [a for a, _ in spans if a is not None]
            ends = [b for _, b in spans if b is not None]
            issues.append(Issue("warning", "budget_spent_mismatch", "the reports' disbursements add up to "
                                f"{sum(disbursed):,.2f}, not the budget spent {project['budget_spent']:,.2f}: one of "
                                "them, or the budget spent, is misread", found[0].evidence,
                                min(starts, default=None), max(ends, default=None),
                                field="progress_reports.disbursed"))
            if sum(disbursed) < project["budget_spent"]:
                # the disbursements read fall short of the budget spent: a report whose disbursement could not be
                # read and that lists no expense line may have lost its lines with it (a table read column by
                # column, its last entry's description with its expense lines run into the page's closing words:
                # fresh set s132p, bma_progress_s132p003, its three lines lost with no issue naming them)
                said = {(i.line_start, i.line_end) for i in issues
                        if i.code == "missing_value" and i.field == "expenses"}
                for seq, rec in sorted(reports.items()):
                    if seq not in expenses and value_of(rec, "disbursed") is None and _lines(rec) not in said:
                        issues.append(Issue("warning", "missing_value", f"report {seq}'s disbursement could not be "
                                            "read and it lists no expense line, while the reports' disbursements add "
                                            f"up to {sum(disbursed):,.2f}, short of the budget spent "
                                            f"{project['budget_spent']:,.2f}: its expense lines, if it listed any, "
                                            "were lost", "", *_lines(rec), field="expenses"))
    allocated = project.get("budget_allocated")
    if allocated is not None and disbursed and sum(disbursed) > allocated:
        evidence = {"spent": str(sum(disbursed)), "limit": str(allocated)}
        issues.append(Issue("warning", "overspent", f"disbursements total {sum(disbursed):,.2f}, above the "
                            f"budget allocated {allocated:,.2f}", evidence,
                            *span("budget_allocated"), field="projects.budget_allocated"))
        # which figure OCR misread is not known: each disbursement that adds to the excess is in doubt too
        for seq, rec in sorted(reports.items()):
            paid = value_of(rec, "disbursed")
            if paid is not None and paid > 0:
                issues.append(Issue("warning", "overspent", f"report {seq} disburses {paid:,.2f}; the disbursements "
                                    f"total {sum(disbursed):,.2f}, above the budget allocated {allocated:,.2f}: this "
                                    "figure or another was misread", evidence, *_lines(rec),
                                    field="progress_reports.disbursed"))
    if not reports and not expenses:
        # no report entry in any copy (section 2 not found: said, missing_section on progress_reports): the expense
        # lines its entries list went with them, if there were any
        issues.append(Issue("warning", "missing_value", "no report entry was read in any copy, and no expense line: "
                            "the lines the entries list, if any, were lost with them", "", field="expenses"))
    previous = None
    for seq, rec in sorted(reports.items()):
        for column, words in (("on_plan", "flag (เป็นไปตามแผน)"), ("on_target", "flag (เป็นไปตามเป้าหมาย)"),
                              ("description", "text of what was done"),
                              ("disbursed", "disbursement (งบประมาณที่เบิกใช้)")):
            if column not in rec:  # every entry of the form states them: OCR lost or garbled it
                issues.append(Issue("warning", "missing_value", f"report {seq} has no readable {column.replace('_', ' ')} "
                                    f"{words} in any copy", "", *_lines(rec),
                                    field=f"progress_reports.{column}"))
                if column == "description":  # whether the report cancels the project is read from it
                    issues.append(Issue("warning", "missing_value", f"report {seq} has no readable description, "
                                        "whose opening words say whether it cancels the project (ยกเลิกโครงการ): "
                                        "read as not cancelling", "", *_lines(rec),
                                        field="progress_reports.cancelled"))
        if seq not in expenses and not mismatched and not any(c in rec for c in _CELLS):
            # the report's cells were lost (a column OCR read elsewhere, or not at all): so are its expense lines,
            # if it had any (with lines that do not add up, said above)
            issues.append(Issue("warning", "missing_value", f"report {seq} has none of its cells (description, "
                                "progress, disbursement, flags) in any copy, and no expense line: the lines it "
                                "lists, if any, were lost with them", "", *_lines(rec), field="expenses"))
        if (odd := _coin_disbursement(rec)) is not None:
            issues.append(odd)
        pct = value_of(rec, "progress_pct")
        if pct is None and "progress_pct" in rec:
            continue  # unreadable: said where the row is built
        if pct is None:
            issues.append(Issue("warning", "missing_value", f"report {seq} has no progress figures in any copy",
                                "", *_lines(rec), field="progress_reports.progress_pct"))
            continue
        if previous is not None and pct < previous[1] and not value_of(rec, "cancelled"):
            issues.append(Issue("warning", "progress_decreased",
                                f"report {seq} gives progress {pct:g} %, below report {previous[0]} ({previous[1]:g} %)",
                                rec["progress_pct"].text, *rec["progress_pct"].span, field="progress_reports.progress_pct"))
        previous = (seq, pct)
    return issues


# The header fields every printing of the form holds (the form's own: the system prints each with its label), whose
# loss no other rule says: a field whose label OCR garbled past reading ("เริ่มต้นโครงการ :" read "udailasencs ;")
# leaves neither a value nor an issue (the project code, name and fiscal year are said as missing_field above).
_ALWAYS_PRINTED = ("start_date", "end_date", "budget_allocated", "budget_spent")


def header_fields_lost(project: dict, issues: list[Issue], key: str, span: dict) -> list[Issue]:
    """A missing_value issue for each header field the form always prints
    (_ALWAYS_PRINTED) that no copy read, neither its value nor its printing,
    where no issue names it yet: its label was not found, so its value, if
    OCR kept it, stands in the header's text unread (fresh set s111q,
    bma_progress_s111q004: the start date lost with no issue)."""
    named = {i.field for i in issues}
    out = []
    for name in _ALWAYS_PRINTED:
        if field_read(project, name) or f"projects.{name}" in named:
            continue
        out.append(Issue("warning", "missing_value", f"projects.{name}: no copy of the form reads its label "
                         f"{FIELD_BY_KEY[name].label!r} (OCR may have garbled it past reading), so no value is read",
                         "", span["line_start"], span["line_end"], project_key=key, field=f"projects.{name}"))
    return out
