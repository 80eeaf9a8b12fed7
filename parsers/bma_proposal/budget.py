"""The budget table of section 7 read as one stream of its expense column.

The table has four columns: the activity, the expense items (a category
"ค่า..." and under it its lines "- item จำนวน N unitๆ ละ X บาท เป็นเงิน Y บาท"),
the amount of each category and the regulations.  Whether it reaches
raingan a row per line (tabs), a cell per line, or after OCR read across the
page (each line holding a piece of each column) or down each column, the
expense column's pieces come in their printed order.  `expense_stream`
keeps them and leaves out the rest:

* the activity column: its words are the activity's name, which the
  paragraph above the table gives ("รายการค่าใช้จ่ายในกิจกรรม<X> เป็นเงิน");
  a piece that continues that name where the last one stopped is the
  activity's (so a category's own words, which often repeat the name, are
  not taken once the name is complete);
* the amount column: a piece that is only an amount ("๓๕,๑๐๐.-", "บาท",
  "00"), unless an expense clause waits for its figure;
* the regulation column: a piece whose words are part of a regulation's title;
* the header.

`read_expenses` then finds each clause in the stream and the category and
item before it.  Numbers are kept as printed: the parsers' repairs decide
what a damaged one was (parsers.bma_proposal.money).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.numbers import ANY_DIGIT_RE
from normalizers.text import THAI_MARKS, clean_value, mark_tolerant, skeleton
from normalizers.words import known_word
from parsers.bma_proposal.money import amount_or_none
from parsers.items import THAI_LETTER_RE, THAI_RUN_RE
from parsers.lazy import lazy_compile
from parsers.units import GLUED_DIGITS_RE, UNITS, canonical_unit, mend_unit, units_by_latin
from schemas.document import CopyReading, Issue, Line, Reading

# A number as OCR may print it: digits of either script, separators, and the
# look-alikes of normalizers.confusions (o, O, @, ฒ, อ) and specks (« ») inside.
NUM = (r"(?:[\d๐-๙oO@ฒอ«»](?:(?:[\d๐-๙oO@ฒอ«»,.]|\s(?=[\d๐-๙]{3}\b))*[\d๐-๙oO@ฒอ«»])?"
       # a figure opening with a Latin look-alike of a Thai digit ("moo" for ๓๐๐): at least one more digit-like
       r"|[mnb](?:[\d๐-๙oO@,.])*[\d๐-๙oO@])")
_BAHT = r"(?:\s*\.\s*-)?\s*(?:บาท|[A-Za-z]{1,3}(?![A-Za-z]))?"
_AMOUNT = rf"(?:[฿B]\s*)?{NUM}{_BAHT}"
# "ๆ ละ" (each), "x"; after OCR also a Latin misread of ละ ("AY", "az").
_TIMES = rf"(?:ๆ?\s*{mark_tolerant('ละ')}|[xX×*]|(?<=\s)[A-Za-z]{{2,3}}(?=\s))"
# "เป็นเงิน" (makes), "=", "รวม"; after OCR also a Latin word read for เป็นเงิน ("udu") between the unit
# amount and the amount.
_MAKES = rf"(?:{mark_tolerant('เป็น')}\s?เ?{mark_tolerant('งิน')}|=|{mark_tolerant('รวม')}|(?<=\s)[A-Za-z]{{3,4}}(?=\s))"
# A letter or two OCR made of a speck (or of a digit) before an amount's figure ("ใ๒๕.๐๐๐"): kept
# in the printed figure, which then reads as no amount until the repairs read its digits.
_SPECK = r"(?:[^\s\d๐-๙=]{1,2}(?=[\d๐-๙]))?"
# One expense clause: "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท",
# "2 โรงเรียน x 15,100 บาท = 30,200 บาท"; the unit is a word without digits.
CLAUSE_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}\s*(?P<qty>{NUM}|[ก-ฮ](?=\s)|[^\s\u0e00-\u0e7f=]{{1,3}}(?=\s))|(?P<qty>{NUM}))\s*(?P<unit>[^\d๐-๙\s=]{{1,15}}?)\s*{_TIMES}\s*"
    rf"(?P<each>(?:[฿B]\s*)?{NUM}){_BAHT}\s*{_MAKES}\s*(?P<amount>(?:[฿B]\s*)?{_SPECK}{NUM}){_BAHT}"
)
# A piece that is only an amount: a category's or the table's total, or the
# end of a clause ("๕,๓๕๐.-บาท" after "เป็นเงิน" on the line above).
AMOUNT_ONLY_RE = regex.compile(rf"^\s*(?:{_AMOUNT}|บาท|\.?\s*[\d๐-๙]{{2}}\s*(?:บาท)?)\s*[.,|]?\s*$")
# A piece that waits for a figure: its clause's words before one ("ๆ ละ", "เป็นเงิน", "จำนวน").  A category
# wrapped after "และ" ("ค่าอาหารว่างและ" / "เครื่องดื่ม") ends with ละ too, but does not wait: the figure
# beside it is its amount, and taken into its words it cut the category short at the figure's "-".
_WAITS_RE = regex.compile(rf"(?:ๆ?\s*(?<![แเ]){mark_tolerant('ละ')}|[xX×*]|(?<=\s)[A-Za-z]{{2,3}}(?=\s)|{_MAKES}|"
                          rf"{mark_tolerant('จำนวน')})\s*$")
_CATEGORY_RE = regex.compile(rf"^{mark_tolerant('ค่า')}")
_TOTAL_RE = regex.compile(rf"^{mark_tolerant('รวม')}")
_CATEGORY_WORD_RE = regex.compile(rf"(?:^|(?<=\s)){mark_tolerant('ค่า')}(?=\S)")
_HEADER = skeleton("กิจกรรม รายการค่าใช้จ่าย จำนวนเงิน กฎหมาย ระเบียบที่เกี่ยวข้อง")
# The amount column's header words, a cell each when OCR read the table down its columns: never a
# clause's own words (a clause's "จำนวน" carries its quantity).
_HEADER_CELLS = frozenset(skeleton(w) for w in ("จำนวน", "เงิน", "จำนวนเงิน"))
# Titles of the regulations a budget line cites (their skeletons): a piece
# that is a part of one belongs to the regulation column.
_REGULATIONS = tuple(skeleton(t) for t in (
    "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ.",
    "ระเบียบกรุงเทพมหานครว่าด้วยค่าใช้จ่ายในการฝึกอบรม พ.ศ.",
    "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ.",
))
REGULATION_RATIO = 88.0
# The activity's name in the paragraph: "รายการค่าใช้จ่ายในกิจกรรม<X> เป็นเงิน", "...ในการ<X> เป็นเงิน".  OCR may
# double the ง of "เงิน" or lose its เ ("เป็นเงงิน", "เป็นงิน"): the name still ends there (before, it was not read,
# and the activity column's words were taken for the expense column's: fresh set s69o, bma_proposal_s69o002).
# The paragraph's line may break between "ค่าใช้จ่ายใน" and "กิจกรรม" (joined with a space: "...ค่าใช้จ่ายใน" /
# "กิจกรรมส่งเสริม... เป็นเงิน"): the name is read there too (before, none was, and the table's category cells beside
# the activity column's were lost: fresh set s83c, bma_proposal_s83c001).
_ACTIVITY_RE = regex.compile(
    rf"{mark_tolerant('ค่าใช้จ่ายใน')}(?:\s*{mark_tolerant('กิจกรรม')}|{mark_tolerant('การ')})\s*(?P<name>.+?)\s*"
    rf"{mark_tolerant('เป็น')}\s?(?:เ[{THAI_MARKS}]*)?(?:ง[{THAI_MARKS}]*){{1,2}}น"
)
_YEAR_ALONE_RE = regex.compile(r"พศ[\d๐-๙]{0,4}")  # "พ.ศ. 2566" as a skeleton


@dataclass(slots=True)
class Piece:
    text: str
    line: int
    bullet: bool = False
    cell: int = 0  # its place among its line's cells (the gaps OCR kept between columns)
    below: str | None = None  # a category's first line, where the lines under it were joined to it (_named_below)


@dataclass(slots=True)
class Expense:
    category: str | None
    item: str
    qty: str
    unit: str
    each: str
    amount: str
    text: str
    start: int
    end: int
    loose: bool = False  # a line whose clause OCR damaged past CLAUSE_RE: its figures picked from its words
    garbled: bool = False  # an item's row a cell of which OCR garbled past reading (item_columns: _garbled_row)
    opening: str | None = None  # its category's words up to its amount cell, where read on past it (_category_stop)
    wrapped: str | None = None  # its category's first line, where its cell's next line was joined (_next_line_words)
    amount_cut: str | None = None  # its category's words up to its amount cell, where words past it were read on
    named_below: str | None = None  # its category's first line, where the lines under it were joined (_named_below)
    echoed: str | None = None  # its category's first line, where its wrapped end, its item's echo, was joined
    # the lines of the amount column OCR read apart from the rows, under them, whose cell of this row's place it
    # took (item_columns: _column_below)
    by_place: tuple[int, int] | None = None


@dataclass(slots=True)
class Stream:
    pieces: list[Piece] = field(default_factory=list)
    table_total: tuple[str, int] | None = None
    # the pieces before the first category or expense line that hold an expense clause read across them (a
    # category OCR garbled, "ค่า" apart from its name, its line's clause below it): a line lost (lost_before)
    lost: list[tuple[str, int]] = field(default_factory=list)


def activity_name(paragraph: str) -> str:
    """The skeleton of the activity's name ("จัดกิจกรรม" and what the paragraph names).  A token of no Thai
    letter, three characters at most ("๕", "๑7"), inside the name or after it is a speck or a page's number
    OCR read into the paragraph's lines, no part of the name: left out (before, the name held it, so no
    category naming the activity was read whole: held-out h006, fresh set s75o bma_proposal_s75o004)."""
    m = _ACTIVITY_RE.search(paragraph)
    if m is None:
        return ""
    name = _QUOTE_SPECK_RE.sub("", m.group("name"))
    return skeleton("จัดกิจกรรม" + " ".join(w for w in name.split() if not _SPECK_TOKEN_RE.fullmatch(w)))


_SPECK_TOKEN_RE = regex.compile(r"[^\s\u0e01-\u0e2e]{1,3}")  # a token of no Thai letter, three characters at most
# A quote mark OCR read from a speck beside a Thai letter inside the name ("ดิจิทั' ลเพื่อ"): no letter of it (before,
# the skeleton held it, so the label line's name was taken for another and no category naming the activity was
# read whole: fresh set s145p, bma_proposal_s145p004)
_QUOTE_SPECK_RE = regex.compile(r"(?<=[\u0e01-\u0e4e])['‘’`\"]+|['‘’`\"]+(?=[\u0e01-\u0e4e])")


# The label line the form prints over the budget table: "กิจกรรม : จัดกิจกรรมส่งเสริม...", the activity's name.
_ACTIVITY_LABEL_RE = regex.compile(rf"^\s*{mark_tolerant('กิจกรรม', spaces=False)}\s?[:;]\s*(?P<name>\S.*)$")


def budget_activity(paragraph: str, lines: list[Line]) -> str:
    """The skeleton of the activity's name: the paragraph's (activity_name),
    or the name the table's label line gives ("กิจกรรม : จัดกิจกรรม...") where
    the paragraph gives none (its words OCR misread: "คิจกรรม") or only its
    opening (the name wrapped and its end lost: "...เรียนรู้เชิง" for
    "...เรียนรู้เชิงรุก"), the label's name going on from it.  A label that
    names another activity, or only a part of the paragraph's, leaves the
    paragraph's."""
    named = activity_name(paragraph)
    label = next((m for ln in lines if (m := _ACTIVITY_LABEL_RE.match(ln.text)) is not None), None)
    labelled = skeleton(label.group("name")) if label is not None else ""
    if labelled and len(labelled) > len(named) and labelled.startswith(named):
        return labelled
    return named


def is_regulation(text: str) -> bool:
    sk = skeleton(text)
    if len(sk) < 4 or ANY_DIGIT_RE.fullmatch(sk):
        return False
    core = ANY_DIGIT_RE.sub("", sk)
    if len(core) < 3:
        return bool(_YEAR_ALONE_RE.fullmatch(sk))
    # a piece no longer than a title that is (fuzzily) a part of it; a longer piece holds more than a title
    if any(core in t or len(core) <= len(t) and fuzz.partial_ratio(core, t) >= REGULATION_RATIO
           for t in _REGULATIONS if len(core) >= 6) or any(core in t for t in _REGULATIONS):
        return True
    # a title's last line: its last words, then "พ.ศ." and the year every title ends with ("ภาควัฐ พ.ศ.๒๕๒๐" for
    # "ภาครัฐ พ.ศ.๒๕๖๐"), those words a letter from the title's (a letter in a short piece is more than
    # REGULATION_RATIO allows); no category or item prints a year
    return bool(_YEAR_TAIL_RE.search(sk)) and len(core) >= 6 \
        and any(len(core) <= len(t) and Levenshtein.distance(core, t[-len(core):]) <= 1 for t in _REGULATIONS)


_YEAR_TAIL_RE = regex.compile(r"พศ[\d๐-๙]{2,4}$")  # "... พ.ศ. 2566" as a skeleton's end: a year, printed


_LAW_HEADER = skeleton("กฎหมาย")
_LAW_TAILS = frozenset(skeleton(w) for w in ("เกี่ยวข้อง", "ที่เกี่ยวข้อง"))


def _is_law_tail(text: str) -> bool:
    """The regulation column header's last words, wrapped onto a line of their own."""
    return skeleton(text) in _LAW_TAILS


def _is_header(text: str) -> bool:
    sk = skeleton(text)
    return bool(sk) and sk in _HEADER and not ANY_DIGIT_RE.search(text)


def expense_stream(lines: list[Line], activity: str) -> Stream:
    """The expense column's pieces (see module doc)."""
    out = Stream()
    pointer = 0  # how much of the activity's name its column has printed
    started = False  # a category or an expense line was met (the header is over)
    after_total = False
    law_header = False  # the piece before was the regulation column's header, its first words
    split: tuple[int, int] | None = None  # (piece, line) of a category read apart from the activity's words before it
    below_end = 0  # the last line joined to a category as its wrapped end (_named_below)
    skipped: list[tuple[str, int]] = []  # the pieces left out before the first category or expense line
    for ln in lines:
        first = True
        for cell, part in enumerate(p.strip() for p in ln.text.split("\t")):
            if not part:
                continue
            bullet, first = ln.bullet and first, False
            joined = " ".join(p.text for p in out.pieces[-3:])
            if AMOUNT_ONLY_RE.match(part) and not (started and _WAITS_RE.search(joined)):
                if after_total or (_TOTAL_RE.match(out.pieces[-1].text) if out.pieces else False):
                    out.table_total = (part, ln.no)
                continue
            if _opening_cut_short(out.pieces) and not (started and _WAITS_RE.search(joined)) \
                    and _amount_then_law(part):
                # the amount column's "บาท" and the regulation column's words one space apart, beside a category
                # whose first line ends with a word no name ends with ("ค่าวัสดุในการ"): its cell goes on under it
                continue
            after_total = bool(_TOTAL_RE.match(part))
            if after_total:
                rest = _TOTAL_RE.sub("", part).strip(" ทั้งสิ้นทงสน.:")
                if ANY_DIGIT_RE.search(rest):
                    out.table_total = (rest, ln.no)
                continue
            law_header, after_law = False, law_header
            if _is_header(part) and (not started or skeleton(part) in _HEADER_CELLS):
                continue  # the header, or one of its cells OCR read into the column ("จำนวน", "เงิน")
            if started and _is_header(part) and (_LAW_HEADER in skeleton(part) or after_law and _is_law_tail(part)):
                # the regulation column's header ("กฎหมาย ระเบียบที่" / "เกี่ยวข้อง") OCR read among an item's
                # lines (the table read down its columns): its cells are the header's, no item's words
                law_header = _LAW_HEADER in skeleton(part)
                continue
            if activity and pointer < len(activity) and not bullet and not activity.startswith(skeleton(part), pointer) \
                    and (head := _activity_then_category(part, activity, pointer)) is not None:
                pointer += len(skeleton(part[:head]))
                part = part[head:]  # the activity's words, OCR having lost the gap before the category's cell
                split = (len(out.pieces), ln.no)
            elif split is not None and ln.no == split[1] + 1 and cell == 0 and not bullet \
                    and (head := _activity_then_wrapped(part, activity, pointer)) is not None:
                # the line under: the activity's words, then the category's wrapped words in its cell
                pointer += len(skeleton(part[:head]))
                opening = out.pieces[split[0]]
                opening.text = f"{opening.text} {part[head:]}"
                split = None
                continue
            sk = skeleton(part)
            if activity and pointer < len(activity) and sk and activity.startswith(sk, pointer) and not bullet:
                if started and _named_below(out.pieces, ln, cell, activity, pointer, below_end):
                    below = out.pieces[-1]
                    below.below, below.text = below.below or below.text, below.text + part  # (a wrap joins)
                    below_end = ln.no
                pointer += len(sk)
                continue
            if is_regulation(part) and not _CATEGORY_RE.match(part) and not bullet:
                continue
            if not THAI_RUN_RE.search(part) and not ANY_DIGIT_RE.search(part):
                continue  # a speck
            started = started or bool(_CATEGORY_RE.match(part)) or bullet or bool(CLAUSE_RE.search(part))
            if not started:
                skipped.append((part, ln.no))
                continue
            if skipped and not out.pieces:
                out.lost = lost_before(skipped)
            out.pieces.append(Piece(part, ln.no, bullet, cell))
    return out


def lost_before(skipped: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The pieces left out before a budget table's first category or expense line, from the last that opens an
    expense clause read across them ("จำนวน ๕๓ คนๆ" / "ละ ๑๒๐.-บาท" / "เป็นเงิน ๕,๑๖๐.-", among the last
    LOST_PIECES): a line whose category OCR garbled past opening one ("ค่า" apart from "อาหารกลางวัน", the
    activity's words between) was lost with it; [] where they hold no clause."""
    tail = skipped[-LOST_PIECES:]
    for k in range(len(tail) - 1, -1, -1):  # (the last opening first: the first found is it)
        if CLAUSE_RE.search(" ".join(t for t, _ in tail[k:])):
            return tail[k:]
    return []


LOST_PIECES = 8  # pieces an expense clause wraps over, at most (its words, figures and unit a line each)


def _named_below(pieces: list[Piece], ln: Line, cell: int, activity: str, pointer: int, joined: int) -> bool:
    """Whether a piece that goes on with the activity's name where its column stopped (`pointer`) is the wrapped
    end of the category right above it: a table OCR read down its columns, the activity column's lines read
    before the category's (its opening, "จัดกิจกรรม", matched there), the category's first line ending with the
    name up to that place ("ค่าวัสดุในการจัดกิจกรรม"), and its lines under it, alone on their lines, going on with
    the name ("ส่งเสริมคุณธรรม" / "จริยธรรมของนักเรียน").  Before, they were taken for the activity column's and
    the category cut at its first line with no issue (fresh set s120r, bma_proposal_s120r005).  Either reading
    is possible where both columns print the name: put_expenses says the category so read in doubt.  `joined`:
    the last line joined so to the category above (its lines go on under it)."""
    if not pieces or cell != 0 or "\t" in ln.text.strip():
        return False
    last = pieces[-1]
    if last.bullet or last.cell != 0 or ln.no != (joined if last.below else last.line) + 1 \
            or not _CATEGORY_RE.match(last.below or last.text):
        return False
    sk = skeleton(last.text)
    return pointer >= ACTIVITY_TAIL_MIN and sk.endswith(activity[:pointer]) and len(sk) > pointer


def _activity_then_category(part: str, activity: str, pointer: int) -> int | None:
    """Where a category's words open inside a piece whose words before them go on with the activity's name where
    its column stopped (`pointer`): the activity's cell and the category's beside it one space apart, OCR having
    lost the gap between the columns ("จัดกิจกรรม ค่าอาหารว่างและ 5,9๕๐.-").  Read whole, the piece opened no
    category and was taken for neither column: the category and the lines under it before the next category were
    lost.  None where the piece is not so."""
    for m in _CATEGORY_WORD_RE.finditer(part, 1):
        head = skeleton(part[:m.start()])
        if head and activity.startswith(head, pointer):
            return m.start()
    return None


def _activity_then_wrapped(part: str, activity: str, pointer: int) -> int | None:
    """Where a category's wrapped words stand in a piece on the line under one _activity_then_category parted, the
    activity's words before them one space apart as there ("ส่งเสริมการ วิทยากร" under "จัดกิจกรรม ค่าตอบแทน"):
    one or two words of Thai letters alone that go on with no activity's name, no regulation's or header's words.
    None where the piece is not so."""
    words = list(regex.finditer(r"\S+", part))
    for k in range(len(words) - 1, 0, -1):
        at = words[k].start()
        head, rest = skeleton(part[:at]), part[at:]
        if head and activity.startswith(head, pointer) and _WRAPPED_WORDS_RE.fullmatch(rest) \
                and not activity.startswith(skeleton(rest), pointer + len(head)) and not is_regulation(rest) \
                and skeleton(rest) not in _HEADER_WORDS:
            return at
    return None


def _amount_then_law(part: str) -> bool:
    """Whether a piece is an amount cell's words ("บาท", a figure) and then a regulation's words, OCR having left
    one space between the two columns ("บาท กรุงเทพมหานคร"): no words of the expense column.  Kept, it stops a
    category's name at the regulation's word (clean_category), which is right for a name whole on its line (the
    activity column's words under it, where the paragraph gives no name or misspells it, are no part of it) but
    cut a name that goes on (`_opening_cut_short`) before its wrapped words."""
    words = part.split()
    for k in range(1, len(words)):
        if AMOUNT_ONLY_RE.match(" ".join(words[:k])) and is_regulation(" ".join(words[k:])):
            return True
    return False


def _opening_cut_short(pieces: list[Piece]) -> bool:
    """Whether the last category's opening piece ("ค่าวัสดุในการ") ends with a word no name ends with (cut_short):
    its name goes on in its cell's next lines."""
    opening = next((p.text for p in reversed(pieces) if _CATEGORY_RE.match(p.text)), None)
    return opening is not None and cut_short(opening)


# a category's piece that ends with its amount cell, read into it one space after its words ("ค่าเช่ารถโดยสาร 19,000.-")
_AMOUNT_ENDS_RE = regex.compile(rf"[\u0e01-\u0e4e] +{NUM}\s*(?:\.?-)?\s*$")
# a category's wrapped words on its cell's next line: Thai letters and marks only, one word or two
_WRAPPED_WORDS_RE = regex.compile(r"[\u0e01-\u0e4e]{3,}(?: [\u0e01-\u0e4e]{3,})?")


def read_expenses(stream: Stream, activity: str = "") -> list[Expense]:
    """Each clause of the stream with its category and item (see module doc)."""
    activity_sk = skeleton(activity) if activity else ""
    text, starts, lines = "", [], []
    for piece in stream.pieces:
        if text:
            text += " "
        starts.append(len(text))
        lines.append(piece.line)
        text += ("- " if piece.bullet else "") + piece.text

    def line_at(pos: int) -> int:
        i = max((k for k, s in enumerate(starts) if s <= pos), default=0)
        return lines[i]

    def item_start(at: int) -> int:
        """Where the item before a clause at `at` starts when no bullet marks
        it: the piece the clause starts inside, or the piece before it."""
        k = max(i for i, st in enumerate(starts) if st <= at)
        return starts[k - 1] if starts[k] >= at - 2 and k > 0 else starts[k]

    # a category opens a piece, or a word inside one (a table printed on one line)
    clauses = [m.span() for m in CLAUSE_RE.finditer(text)]
    cat_starts = [m.start() for m in _CATEGORY_WORD_RE.finditer(text) if not any(a <= m.start() < b for a, b in clauses)]
    found: list[Expense] = []
    pos, category, opening, wrapped, echoed = 0, None, None, None, None

    def lost_lines(a: int, b: int, cat: str | None) -> None:
        """The budget lines between a and b whose clause was not read: each
        bullet but the last before a clause (the clause's own item) opens
        one; only a bullet whose words hold a quantity clause's words is one."""
        bullets = [m.start() for m in _BULLET_RE.finditer(text, a, b)]
        for at, nxt in zip(bullets, bullets[1:] + [b]):
            if (line := loose_line(text[at:nxt], cat, line_at(at), line_at(max(at, nxt - 1)))) is not None:
                found.append(line)

    pieces = stream.pieces
    category_at: int | None = None  # where the category the clauses stand under opens in `text`

    def below_of(at: int | None) -> str | None:
        """The first line of the category opening at `at`, where the lines under it were joined (Piece.below)."""
        k = starts.index(at) if at is not None and at in starts else None
        return pieces[k].below if k is not None else None

    def _next_line_words(at: int, end: int, read: str) -> str | None:
        """The words of a category's cell that wrapped onto the next line, OCR
        having read the table across its columns: the category's piece, a
        figure (its amount cell) beside it on its line, and on the next line
        a piece of Thai letters alone in the same place among its line's
        cells (the category's column, the activity's cell before it on both
        lines: a piece in the activity's column is the activity's name), no
        piece of the activity's name, the regulation's or the header's
        words, before the first item's bullet ("ค่าจ้างเหมาจัดทำ" /
        "15,450 ระเบียบ" then "เอกสาร" / "บาท กรุงเทพมหานคร").  None where
        the pieces are not so."""
        k = starts.index(at) if at in starts else None
        if k is None or k + 2 >= len(pieces):
            return None
        # (before the item's bullet, not the amount cell's dash: "๑4,6๐๐.- ระเบียบ" / "เอกสาร" / "บาท กรุงเทพมหานคร"
        # stopped the category at its amount's dash, its wrapped word lost with no issue: fresh set s118o,
        # bma_proposal_s118o002)
        end = item.start() if (item := _BULLET_RE.search(text, at, end)) is not None else end
        first, beside, nxt = pieces[k], pieces[k + 1], pieces[k + 2]
        if _AMOUNT_ENDS_RE.search(first.text) and beside.line in (first.line + 1, first.line + 2):
            # the amount cell read into the category's piece, one space between ("ค่าเช่ารถโดยสาร 19,000.-" /
            # "ปรับอากาศ  บาท"): the next line's piece in its place is the wrapped end, the category's cell
            # the line's first or not (before, the category was cut to its first line, its end kept by
            # no row: fresh sets s118o, s124o, s120r, where the item's "รถโดยสาร ปรับอากาศ" echoed it)
            nxt, at_next = beside, starts[k + 1]
        elif beside.line != first.line or not ANY_DIGIT_RE.search(beside.text) or nxt.line != first.line + 1 \
                or first.cell == 0:
            return None
        else:
            at_next = starts[k + 2]
        if nxt.bullet or at_next >= end or nxt.cell != first.cell or skeleton(nxt.text) in skeleton(read):
            return None  # (nor words the category's text read up to its bullet holds already: read twice)
        sk = skeleton(nxt.text)
        # (nor the amount cell's "บาท" and the regulation's words one space apart, "บาท กรุงเทพมหานคร": its piece
        # stands in the category's place where the activity's cell beside it was read as the activity's)
        if not _WRAPPED_WORDS_RE.fullmatch(nxt.text) or is_regulation(nxt.text) or sk in _HEADER_WORDS \
                or (activity_sk and sk in activity_sk) or _CATEGORY_RE.match(nxt.text) or _amount_then_law(nxt.text):
            return None
        return nxt.text

    def _echoed_end(at: int, bullet: int, read: str, item: str) -> str | None:
        """A category's wrapped end that its first item prints again: the item
        opens with the category's last ECHO_MIN characters or more and goes on
        with a word (`echoed_end`), and that word stands alone as a piece
        between the category's line and the item's bullet, in the category's
        cell place (OCR read the table down its columns there, other columns'
        cells between: "ค่าเช่ารถโดยสาร" ... "ปรับอากาศ  บาท" / "- รถโดยสาร" /
        "ปรับอากาศ จำนวน 2 คันๆ ละ ..."; fresh set s141o, bma_proposal_s141o002,
        the category cut to its first line with no issue).  None otherwise."""
        word = echoed_end(read, clean_value(item.rsplit("- ", 1)[-1] if "- " in item else item))
        k = starts.index(at) if at in starts else None
        if word is None or k is None:
            return None
        own = bullet + max(0, item.rfind("- "))  # (the item's own bullet: the amount cell's dash may come first)
        return word if any(clean_category(p.text) == word and not p.bullet and p.cell == pieces[k].cell
                           for p, st in zip(pieces[k + 1:], starts[k + 1:]) if st < own) else None

    for m in CLAUSE_RE.finditer(text):
        amount_cut = None  # (a new category's words read on past its amount: said once, at its first line)
        cat_at = max((c for c in cat_starts if pos <= c < m.start()), default=None)
        own = max((b.start() for b in _BULLET_RE.finditer(text, pos, m.start())), default=m.start())
        cats = [c for c in cat_starts if pos <= c < own]
        lost_lines(pos, cats[0] if cats else own, category)
        under = category
        for c, nxt in zip(cats, cats[1:] + [own]):  # lines under a category before this clause's
            bullet, cut = _category_stop(text, c, nxt)
            under = clean_category(text[c: bullet if bullet >= 0 else nxt], cut is not None) or under
            lost_lines(c, nxt, under)
        if cat_at is not None:  # a new category: up to the bullet of its first item, else up to the item
            bullet, cut = _category_stop(text, cat_at, m.start())
            first = bullet if bullet >= 0 else max(item_start(m.start()), cat_at)
            read = clean_category(text[cat_at: first], cut is not None)
            category, opening = (read, cut) if read else (category, opening)
            category_at = cat_at if read else category_at
            if read:
                wrapped = echoed = None
            if read and cut is None and bullet >= 0 and (more := _next_line_words(cat_at, m.start(), read)) is not None:
                wrapped, category = read, read + more
            elif read and cut is None and bullet >= 0 and activity_sk \
                    and (past := _words_past_amount(text, cat_at, bullet, m.start(), read, activity_sk)) is not None:
                amount_cut, category = read, past
            elif read and cut is None and bullet >= 0 and activity_sk \
                    and (past := _activity_named_below(text, cat_at, bullet, read, activity_sk)) is not None:
                amount_cut, category = read, past
            item = text[first: m.start()] if first > cat_at else ""
            if read and wrapped is None and amount_cut is None and bullet >= 0 \
                    and (more := _echoed_end(cat_at, bullet, category, item)) is not None:
                echoed, category = read, category + more
        else:
            item = text[pos: m.start()]
        item = clean_value(item.rsplit("- ", 1)[-1] if "- " in item else item).strip(" -:")
        found.append(Expense(category, item or (category or ""), m.group("qty"), clean_value(m.group("unit")),
                             m.group("each"), m.group("amount"), m.group(0),
                             line_at(cat_at if cat_at is not None else pos), line_at(m.end() - 1),
                             opening=opening, wrapped=wrapped, amount_cut=amount_cut, echoed=echoed,
                             named_below=below_of(category_at)))
        pos = m.end()
    lost_lines(pos, len(text), category)
    return found


_BULLET_RE = regex.compile(r"(?:^|(?<=\s))-\s+(?=\S)")
ACTIVITY_TAIL_MIN = 4  # letters (skeleton) of the activity's name a category's first line ends with at least


def _words_past_amount(text: str, start: int, dash: int, end: int, read: str, activity_sk: str) -> str | None:
    """A category whose cell wrapped where OCR read the table across its columns, its words up to its amount
    cell (`read`, stopped at the amount's dash) whole words ("ค่าวัสดุในการจัดกิจกรรม 92,500.- ข้อบัญญัติ"), its
    next lines' words ("ส่งเสริมทักษะ" / "ภาษาอังกฤษเพื่อ" / "การสื่อสาร") after the amount and the regulation's
    first word, before its first item's bullet, each Thai letters alone: where the first line ends with the
    opening of the activity's name (`activity_sk`, skeleton) and those words go on with it from there (a
    category that names its activity, as named_category reads one), the category read on past its amount
    (clean_category leaving the figures and the regulation's words beside them out), joined to the name as a
    wrap is (no space).  None otherwise: a category whole on its line ends at its amount cell, the words after
    it other columns'.  Before, the name was cut at its first line with no issue (put_expenses says the words
    so read in doubt)."""
    m = _BULLET_RE.search(text, dash + 1, end)
    if m is None:
        return None
    past = clean_category(text[start:m.start()], True)
    if not past or past == read or not past.startswith(read + " "):
        return None
    words = past[len(read) + 1:].split()
    if not all(_WRAPPED_WORDS_RE.fullmatch(w) for w in words):
        return None
    opening, more = skeleton(read), skeleton("".join(words))
    tails = [len(opening) - k for k in range(len(opening) - ACTIVITY_TAIL_MIN + 1)
             if activity_sk.startswith(opening[k:])]  # where in the name the first line stops
    if any(activity_sk.startswith(more, at) for at in tails):
        return read + "".join(words)  # (a name's lines joined as its wraps are: read_expenses' _next_line_words)
    return _beside_activity_cells(read, words, tails, activity_sk)


PAST_AMOUNT_WORDS = 12  # words read past a category's amount parted between two columns (_beside_activity_cells)


def _beside_activity_cells(read: str, words: list[str], tails: list[int], activity_sk: str) -> str | None:
    """A category read on past its amount (`_words_past_amount`) whose wrapped words stand among the activity
    column's cells beside them, the two columns' words in their lines' order ("ส่งเสริมการอ่าน ส่งเสริมการอ่านออก"
    / "ออกเขียนได้" "เขียนได้ของนักเรียน" / "ของนักเรียน", beside "ค่าวัสดุในการจัดกิจกรรม"): both columns print
    the rest of the activity's name, so the words part, each kept in its order, into the category's, which go on
    with the name from where its first line stops (`tails`) to the name's end, and the activity column's, which
    spell the name's last words.  The category is its first line and its own words, where every such parting
    reads it alike; None otherwise.  Before, the category was cut at its first line with no issue (fresh set
    s119r, bma_proposal_s119r002)."""
    if not tails or len(words) > PAST_AMOUNT_WORDS:
        return None
    sks = [skeleton(w) for w in words]
    found: set[str] = set()

    def part(i: int, at: int, activity: str, own: tuple[str, ...]) -> None:
        if len(found) > 1:
            return
        if i == len(words):
            if at == len(activity_sk) and own and activity and activity_sk.endswith(activity):
                found.add(read + "".join(own))
            return
        if activity_sk.startswith(sks[i], at):
            part(i + 1, at + len(sks[i]), activity, (*own, words[i]))
        if activity + sks[i] in activity_sk:
            part(i + 1, at, activity + sks[i], own)

    for at in tails:
        part(0, at, "", ())
    return found.pop() if len(found) == 1 else None


def _activity_named_below(text: str, start: int, bullet: int, read: str, activity_sk: str) -> str | None:
    """A category whose cell wrapped where OCR read the table across its columns, its first line ending with a
    word no name ends with (`cut_short`: "ค่าวัสดุในการ", its amount and the regulation's first word beside it,
    "ฒ่๐,๐๐๐.๐๐ ข้อบัญญัติ"), its next lines' words before its first item's bullet ("จัดกิจกรรมส่งเสริม" /
    "การอ่านออกเขียน" / "ได้ของนักเรียน", each Thai letters alone) spelling the activity's name (`activity_sk`,
    skeleton) whole: the category is its opening and the name, joined as a wrap is (as named_category reads one
    whose words OCR read among its own).  None otherwise.  Before, the name was cut at its first line
    ("ค่าวัสดุในการ", said; fresh set s69o, bma_proposal_s69o002)."""
    if not cut_short(read):
        return None
    past = clean_category(text[start:bullet], True)
    if not past or not past.startswith(read + " "):
        return None
    words = past[len(read) + 1:].split()
    if not words or not all(_WRAPPED_WORDS_RE.fullmatch(w) for w in words) or skeleton("".join(words)) != activity_sk:
        return None
    return read + "".join(words)


def _category_stop(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where a category opening at `start` ends before `end` (a clause), -1 where nothing marks it, and where
    it was read on past its amount cell, its words up to there (else None).  It ends at the first dash with a
    space after it: an item's bullet, or the dash its amount cell ends with ("ค่าอาหารกลางวัน ๕,๓๐๐.- ..."),
    beside its first line.  A category whose words up to its amount end with a word no name ends with
    (cut_short: "ค่าวัสดุในการ") wrapped in its cell, and OCR read its next lines' words after the amount and
    the other columns' cells: it ends at the first bullet ("- " after a space) instead, read on past its
    amount (said where nothing vouches for the words so read: put_expenses)."""
    dash = text.find("- ", start, end)
    m = _BULLET_RE.search(text, start, end)
    bullet = m.start() if m else -1
    if dash < 0 or dash == bullet or not cut_short(opening := clean_category(text[start:dash])):
        return dash, None
    return bullet, opening


_LOOSE_QTY_RE = regex.compile(rf"{mark_tolerant('จำนวน')}\s*(?P<qty>{NUM})\s*(?P<unit>[^\d๐-๙\s=ๆ]{{1,15}})?")
_LOOSE_EACH_RE = regex.compile(rf"(?:ๆ\s*|(?<=\s)){mark_tolerant('ละ')}\s*(?P<each>{NUM})")
_LOOSE_AMOUNT_RE = regex.compile(rf"{mark_tolerant('เป็นเงิน')}\s*(?P<amount>{NUM})")


def loose_line(text: str, category: str | None, start: int, end: int) -> Expense | None:
    """A bulleted budget line whose clause OCR broke with specks or a
    misread word ("... ละ 12,500.00 บาท เธร = เป็นเงิน ..."): its item (the
    words before จำนวน) and whatever figure stands after จำนวน, ละ and
    เป็นเงิน ("" where none does).  None unless its words name a quantity."""
    qty = _LOOSE_QTY_RE.search(text)
    if qty is None:
        return _per_unit_line(text, category, start, end)
    item = clean_value(text[: qty.start()]).strip(" -:")
    each, amount = _LOOSE_EACH_RE.search(text, qty.end()), _LOOSE_AMOUNT_RE.search(text, qty.end())
    unit = clean_value(qty.group("unit") or "")
    if unit and unit not in UNITS and (rest := _UNIT_REST_RE.match(text, qty.end())) is not None \
            and (whole := unit + rest.group(1)) in UNITS:
        unit = whole  # a unit OCR broke with a space ("โรง เรียนๆ"): its two pieces make a unit of the form
    return Expense(category, item or (category or ""), qty.group("qty"), unit,
                   each.group("each") if each else "", amount.group("amount") if amount else "", text.strip(),
                   start, end, loose=True)


_UNIT_REST_RE = regex.compile(r"\s([\u0e01-\u0e4e]{1,10}?)ๆ?(?=\s|$)")  # the word after a unit, its ๆ aside
# a line's per-unit clause, its unit repeated ("โรงเรียนๆ ละ ๑๕,๑๐๐.๐๐"), the quantity before it as OCR left it (a
# figure, or a token of a few characters it read for one: "©"), and before that what OCR made of จำนวน, if it is
# no Thai word ("MUI")
_PER_UNIT_RE = regex.compile(rf"(?:(?P<word>[A-Za-z]{{2,5}}|{mark_tolerant('จำนวน')})\s+)?"
                             rf"(?:(?P<qty>[^\s\u0e01-\u0e4e]{{1,6}})\s*)?(?<![\u0e01-\u0e4e])"
                             rf"(?P<unit>[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{{1,14}})ๆ\s*{mark_tolerant('ละ')}")


def _per_unit_line(text: str, category: str | None, start: int, end: int) -> Expense | None:
    """A bulleted budget line whose จำนวน OCR misread past reading, or whose
    quantity it read as no figure ("- โรงเรียน ขนาดใหญ่ MUI ๕ โรงเรียนๆ ละ
    ๑๕,@๑๐๐.๐๐ ... เป็นเงิน ...", "... จำนวน © โรงเรียนๆ ละ ..."), told by
    its per-unit clause, the unit repeated before ละ (_PER_UNIT_RE): its
    item (the words before the quantity) and the figures as loose_line
    reads them, the quantity as printed where it is no figure (the repairs
    say it unread).  Before, the line was lost, and every line under it
    numbered one short, with nothing said (fresh set s143o,
    bma_proposal_s143o001).  None where no such clause stands, or no item
    before it."""
    m = _PER_UNIT_RE.search(text)
    if m is None or not (item := clean_value(text[: m.start()]).strip(" -:")) or not THAI_LETTER_RE.search(item):
        return None
    each, amount = _LOOSE_EACH_RE.search(text, m.start("unit")), _LOOSE_AMOUNT_RE.search(text, m.end())
    return Expense(category, item, m.group("qty") or "", clean_value(m.group("unit")),
                   each.group("each") if each else "", amount.group("amount") if amount else "", text.strip(),
                   start, end, loose=True)


_HEADER_WORDS = frozenset(skeleton(w) for w in ("จำนวน", "เงิน", "จำนวนเงิน", "บาท", "กฎหมาย", "ระเบียบ", "ระเบียบที่",
                                                 "ที่เกี่ยวข้อง", "เกี่ยวข้อง", "รายการค่าใช้จ่าย"))


def clean_category(text: str, past_amount: bool = False) -> str | None:
    """A category's words without what other columns left among them: the
    amount column's header words, its figures and "บาท"; up to a regulation's
    title.  In a category read on past its amount (`past_amount`,
    _category_stop), a regulation's word right after a figure is left out
    instead: the regulation column's first words read into the amount's cell
    beside the category's first line ("ค่าวัสดุในการ ๕,๓๐๐.- ข้อบัญญัติ"; OCR
    left one space between the two cells), its wrapped words after them."""
    kept = []
    figure = False
    for word in clean_value(text).split():
        title = is_regulation(word) and len(skeleton(word)) >= 6
        if title and not (past_amount and figure):
            break
        figure = bool(ANY_DIGIT_RE.search(word))
        if figure or title:
            continue  # the category's amount, read into its words, or the regulation's words beside it
        if skeleton(word) not in _HEADER_WORDS and word not in "-–":
            kept.append(word)
    while kept and _speck_word(kept[-1]):
        kept.pop()  # specks OCR read in the cell's blank below the name ("ค่าอาหารว่างและเครื่องดื่ม eo")
    return " ".join(kept) or None


def _speck_word(word: str) -> bool:
    """Whether a word of a category's cell is a speck OCR read beside its name: a few Latin letters or marks and
    no Thai letter ("eo", "'", "|").  A category's name is Thai words; the form prints no Latin word in one."""
    return len(word) <= 3 and THAI_LETTER_RE.search(word) is None


# The paragraph above the table ends with "ตามรายละเอียดดังนี้" (its last letters may be lost).
_DETAILS_RE = regex.compile(mark_tolerant("ตามรายละเอียด"))


# The total in the paragraph: "เป็นเงิน ๙๓,๓๕๐.-บาท" (its figure as OCR may print it).
# The figure is the whole token up to the space or "บาท" after it: a digit read as a letter
# ("๕ด,๓๕๐") leaves a token that reads as no amount, not a shorter one.  A space OCR set beside a separator,
# three digits after it ("60, 700.00", "๑๑๕ ,๓๐๐", "51. 500"), is inside the figure: before, the figure was cut
# there and read as a total of tens ("51." as 51.00, "๑๑๕" as 115.00).  So is a space OCR set after the figure's first digit, a
# group of thousands after it ("๕ อ,อ๐๐" for ๔๖,๖๐๐): before, the total read as the lone digit (5.00); read whole,
# it reads as no amount and the amount in Thai words stands for it (rows.total_from_words, said); and a space
# before the figure's last group of three and its satang, its separator read as a digit or lost ("๓๕๓๕ ๕๕๐.๐๐"
# for ๓๙,๘๘๐.๐๐: before, the total read as 3,535.00).
_GROUP_GAP = (r"(?:(?<=[,.])\s(?=[\d๐-๙]{3}(?![\d๐-๙]))|\s(?=[,.][\d๐-๙]{3}(?![\d๐-๙]))"
              r"|(?<=(?:^|\s)[\d๐-๙])\s(?=[\d๐-๙oOอ@]{1,2}[,.][\d๐-๙oOอ@]{3}(?![\d๐-๙]))"
              r"|(?<=[\d๐-๙])\s(?=[\d๐-๙oOอ@]{3}\.[\d๐-๙oOอ@]{2}(?![\d๐-๙])))")
_PARAGRAPH_TOTAL_RE = regex.compile(
    rf"{_MAKES}\s*(?:ทั้งสิ้น)?\s*(?P<amount>(?:[฿B]\s*)?[\d๐-๙oO@ฒอ«»][^\s(]*?(?:{_GROUP_GAP}[^\s(]*?)?)"
    rf"(?:\s*\.\s*-)?\s*(?:บาท|\s|\(|$)")


def paragraph_total(paragraph: list[Line]) -> tuple[str, str, int, int] | None:
    """(printed figure, clause, first line, last line) of the total the paragraph states."""
    text = " ".join(ln.text for ln in paragraph)
    m = _PARAGRAPH_TOTAL_RE.search(text)
    if m is None:
        return None
    return m.group("amount"), m.group(0), paragraph[0].no, paragraph[-1].no


def split_paragraph(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The paragraph above the table (its total and the activity's name) and the table's lines."""
    for i, ln in enumerate(lines):
        m = _DETAILS_RE.search(ln.text)
        if m:
            end = regex.match(r"\S*", ln.text[m.end():]).end() + m.end()  # "...ดังนี้" to the word's end
            rest = ln.text[end:].strip()
            head = [Line(ln.no, ln.text[:end], ln.kind, ln.bullet, ln.indent)] if rest else [ln]
            return lines[:i] + head, ([Line(ln.no, rest, ln.kind)] if rest else []) + lines[i + 1:]
    return [], lines


_LATIN_RE = regex.compile(r"[A-Za-z]")
_LATIN_SPECK_RE = regex.compile(r"[A-Za-z]{1,5}")  # a line of one short Latin word: specks, under a Thai name


def interleaved(category: str | None, activity: str) -> bool:
    """Whether a category's words are mixed with the activity column's (OCR
    read the table across its columns, "ค่าตอบแทน ส่งเสริม วิทยากร ผลสัมฤทธิ..."):
    after its first word, a word that is no part of the activity's name
    follows one that is, or its words that all are run out of the name's order.
    A category that names the activity after its own words ("ค่าวัสดุในการ
    จัดกิจกรรม...", however wrapped) is neither."""
    if not category or not activity:
        return False
    words = [sk for w in category.split()[1:] if len(sk := skeleton(w)) >= 3]
    inside = [w in activity for w in words]
    if not any(inside):
        return False
    if all(inside):
        return "".join(words) not in activity
    return any(not a and any(inside[:k]) for k, a in enumerate(inside))


def named_category(category: str | None, activity: str) -> str | None:
    """A category that names the activity after its opening words ("ค่าวัสดุ
    ในการ" + "จัดกิจกรรม..."), read across the table with the activity
    column's words among its own (`interleaved`): "ค่าวัสดุในการ จัดกิจกรรม
    จัดการเรียนรู้ ส่งเสริมการจัด เชิงรุก การเรียนรู้ เชิงรุก".  Its opening
    ends with a word no name ends with ("ในการ", "เพื่อ": `cut_short`), so
    the cell goes on, and its other words hold the activity's name whole, in
    order, once the words of the activity's own cell (each a piece of the
    name) are left out: the category is its opening and the name.  None
    where the words are not so (a category of other words, a name not whole)
    or the name's words could be taken from them with other marks.  Where no
    words in their order spell it, each word once in any order may (the
    activity's cell and the category's read as one piece, "ส่งเสริมการใช้
    จัดกิจกรรม": the name's pieces out of their order)."""
    if not category or not activity:
        return None
    words = category.split()
    opening = next((k for k in range(1, len(words)) if skeleton(words[k]) in activity and len(skeleton(words[k])) >= 3),
                   None)
    if opening is None or not cut_short(" ".join(words[:opening])):
        return None
    # a word of no Thai letter ("MATZ" for the regulation column's "ภาครัฐ", "|"): a third column's specks OCR
    # read in among the two, no word of either cell (a Thai word of neither still stops the reading)
    rest = [(w, skeleton(w)) for w in words[opening:] if THAI_LETTER_RE.search(w)]
    if any(not sk or sk not in activity for _, sk in rest):
        return None  # a word of neither the name nor the activity's cell
    found: set[str] = set()

    def walk(i: int, at: int, taken: tuple[str, ...]) -> None:
        if len(found) > 1:
            return
        if at == len(activity):
            found.add("".join(taken))
            return
        if i == len(rest):
            return
        word, sk = rest[i]
        if activity.startswith(sk, at):
            walk(i + 1, at + len(sk), (*taken, word))
        walk(i + 1, at, taken)
    walk(0, 0, ())
    if not found:
        # the activity's cell and the category's one space apart on a line, read as one piece ("ส่งเสริมการใช้
        # จัดกิจกรรม": the activity's piece, then the category's): the name's pieces stand out of its order, each
        # word once; the name is read from them in any order where it is spelt one way only
        def any_order(at: int, used: frozenset[int], taken: tuple[str, ...]) -> None:
            if len(found) > 1:
                return
            if at == len(activity):
                found.add("".join(taken))
                return
            for k, (word, sk) in enumerate(rest):
                if k not in used and activity.startswith(sk, at):
                    any_order(at + len(sk), used | {k}, (*taken, word))
        if len(rest) <= ORDER_FREE_WORDS:
            any_order(0, frozenset(), ())
    if len(found) != 1:
        return None
    return "".join(words[:opening]) + found.pop()


ORDER_FREE_WORDS = 12  # words after a category's opening read in any order (named_category): a cell's few lines


def wrapped_category(category: str | None, activity: str) -> str | None:
    """A category whose cell wrapped, read with the activity column's cells beside its lines among its words
    (`interleaved`: "ค่าอาหารว่างและ ส่งเสริมทักษะ เครื่องดื่ม ภาษาอังกฤษ"): its opening, the words before the
    first piece of the activity's name, ends with a word no name ends with (`cut_short`: "ค่าอาหารว่างและ"), so
    its cell goes on; it is read as its opening and its words that are no piece of the name ("เครื่องดื่ม"),
    the pieces left out.  None where its words are not so (no such opening, or none but pieces after it)."""
    if not category or not activity or not interleaved(category, activity):
        return None
    words = category.split()
    piece = [len(sk := skeleton(w)) >= 3 and sk in activity for w in words]
    opening = next((k for k in range(1, len(words)) if piece[k]), None)
    if opening is None or not cut_short(" ".join(words[:opening])):
        return None
    # a short word (one or two letters as its skeleton, "จัด") the name holds is a piece where the pieces beside it
    # and it spell a run of the name ("ส่งเสริมการ" / "จัด" / "การเรียนรู้": the activity cell's lines); one the
    # name holds but not so may be either cell's: no reading is chosen (before, it was kept as the category's own,
    # "ค่าอาหารว่างและ เครื่องดื่ม จัด": fresh set s76a, bma_proposal_s76a001)
    for k in range(opening + 1, len(words)):
        sk = skeleton(words[k])
        if piece[k] or not sk or sk not in activity:
            continue
        before = next((skeleton(words[j]) for j in range(k - 1, opening - 1, -1) if piece[j]), "")
        after = next((skeleton(words[j]) for j in range(k + 1, len(words)) if piece[j]), "")
        if before + sk + after not in activity:
            return None
        piece[k] = True
    own = [w for w, p in zip(words[opening:], piece[opening:]) if not p]
    if any(not THAI_LETTER_RE.search(w) for w in own):
        # a word of no Thai letter ("MATZ"): another column's specks, or the category's own word OCR garbled
        # past reading; which, its letters cannot tell, so no reading is chosen (kept as read, flagged)
        return None
    if any(_echoes(skeleton(w), activity) for w in own):
        # a word of its own that is a piece of the activity's name but for a letter OCR added or changed
        # ("กจัดกิจกรรม" beside "จัดกิจกรรม ส่งเสริมทักษะ..."): the category names the activity in its own words
        # ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมทักษะ..."), so the pieces may be its own too; no reading is chosen
        # (before, they were left out, a wrong repair: fresh set s85a, bma_proposal_s85a003)
        return None
    return " ".join(words[:opening] + own) if own else None  # its lines' words as other wrapped categories keep them


ECHO_LETTERS = 5  # letters (as a skeleton) of a category's word past which one letter off a piece of the activity echoes it


def _echoes(sk: str, activity: str) -> bool:
    """Whether a word's skeleton of ECHO_LETTERS letters or more is a run of
    the activity's name (as a skeleton) with one letter added, dropped or
    changed."""
    return len(sk) >= ECHO_LETTERS and regex.search(f"(?:{regex.escape(sk)}){{e<=1}}", activity) is not None


# A word no name ends with ("ค่าอาหารว่างและ" / "เครื่องดื่ม" in the next line's other column): a category cut short.
_CUT_SHORT_RE = regex.compile(rf"(?:^|\s|(?<=[\u0e01-\u0e4e]))(?:{mark_tolerant('และ', spaces=False)}|"
                              rf"{mark_tolerant('หรือ', spaces=False)}|{mark_tolerant('ของ', spaces=False)}|"
                              rf"{mark_tolerant('ในการ', spaces=False)}|{mark_tolerant('เพื่อ', spaces=False)})\s*$")
_SPACES_RE = regex.compile(r"\s+")
ECHO_MIN = 6  # characters of a category's words (after "ค่า") that its item may print again


def cut_short(category: str | None) -> bool:
    """Whether a category ends with a word no name ends with ("และ", "หรือ", "ของ", "ในการ", "เพื่อ"):
    its cell wrapped and OCR put the rest in another column's text."""
    return bool(category) and _CUT_SHORT_RE.search(category) is not None


def echoed_end(category: str, item: str) -> str | None:
    """The word a category's item goes on with past the category's last
    ECHO_MIN characters or more, which it opens with ("ค่าเช่ารถโดยสาร" over
    "รถโดยสาร ปรับอากาศ": ปรับอากาศ): the longest such run taken, so a
    category read whole has none; the item's next word, or the rest of the
    word the run ends inside.  None where the item does not so open."""
    flat_category = _SPACES_RE.sub("", category)
    words = item.lstrip("-–• ").split()
    flat = "".join(words)
    run = next((n for n in range(len(flat_category), ECHO_MIN - 1, -1) if flat.startswith(flat_category[-n:])), None)
    if run is None:
        return None
    done = 0
    for w in words:
        if done >= run:
            return w
        if done + len(w) > run:
            return w[run - done:]
        done += len(w)
    return None


def item_disagrees(category: str | None, item: str) -> bool:
    """Whether a category's words after "ค่า" and the opening of its line's
    item print the same words a letter or two apart ("ค่าวัสดุสำนึกงาน" over
    "วัสดุสำนักงาน และวัสดุคอมพิวเตอร์"): OCR misread one of the two
    printings (which, the dictionary cannot tell: both may read as words)."""
    if not category or not item or not _CATEGORY_OPEN_RE.match(category):
        return False
    body = _SPACES_RE.sub("", _CATEGORY_OPEN_RE.sub("", category, count=1))
    flat = _SPACES_RE.sub("", item.lstrip("-–• "))
    if len(body) < ECHO_MIN or flat.startswith(body):
        return False
    best = min(Levenshtein.distance(body, flat[:n]) for n in range(len(body) - 1, len(body) + 2))
    return 0 < best <= 2 and skeleton(body[:3]) == skeleton(flat[:3])


_CATEGORY_OPEN_RE = regex.compile(rf"^{mark_tolerant('ค่า', spaces=False)}")


def _category_joined(seq: int, why: str, rule: str, printed: str, category: str | None,
                     span: tuple[int, int]) -> Issue:
    """The value_repaired issue of expense line `seq`'s category read with its wrapped end (`rule`): `why`, then
    "read as" the category."""
    return Issue("warning", "value_repaired", f"expense line {seq}: {why} read as {category!r}",
                 json.dumps({"rule": rule, "printed": printed, "chosen": category}, ensure_ascii=False), *span,
                 field="expenses.category")


def put_expenses(expenses: list[Expense], out: CopyReading, activity: str = "", seqs: list[int] | None = None) -> None:
    """The expense lines into `out`, each figure as printed and its value
    where it reads as one (the repairs read the rest); a category mixed with
    the activity column's words (`interleaved`) is kept and flagged.  `seqs`:
    each line's number in the table where a row among them was not read (its
    number left free, so the lines after it keep theirs, as another copy
    that read it numbers them)."""
    for seq, e in zip(seqs or range(1, len(expenses) + 1), expenses):
        key, span = (None, seq), (e.start, e.end)
        category = e.category
        mixed = interleaved(e.category, activity)  # (asked once: the repairs below and the doubt after them)
        named = named_category(e.category, activity) if mixed else None
        wrapped = wrapped_category(e.category, activity) if named is None else None
        if named is not None:
            category = named
            out.issues.append(Issue("warning", "value_repaired", f"expense line {seq}: its category {e.category!r} "
                                    "holds words of the activity column among its own (OCR read the table across "
                                    f"its columns); it names the activity after its opening words, so it is read as "
                                    f"{named!r}", json.dumps({"rule": "category_activity", "printed": e.category,
                                                              "chosen": named}, ensure_ascii=False), *span,
                                    field="expenses.category"))
        elif wrapped is not None:
            category = wrapped
            out.issues.append(Issue("warning", "value_repaired", f"expense line {seq}: its category {e.category!r} "
                                    "wrapped (its opening ends with a word no name ends with), pieces of the "
                                    "activity's name among its words (OCR read the table across its columns): "
                                    f"those left out, it is read as {wrapped!r}",
                                    json.dumps({"rule": "category_wrapped", "printed": e.category, "chosen": wrapped},
                                               ensure_ascii=False), *span, field="expenses.category"))
        elif mixed:
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its category {e.category!r} "
                                    "holds words of the activity column among its own (OCR read the table across "
                                    "its columns): kept as read", e.category or "", *span, field="expenses.category"))
        elif e.opening and not cut_short(category):
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its category {e.category!r} "
                                    "was cut short at its amount cell (a word no name ends with before it): its "
                                    "wrapped words were read on past the amount, where other columns' words may "
                                    "stand among them; kept as read", e.category or "", *span,
                                    field="expenses.category"))
        if e.named_below is not None:
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its category's first line "
                                    f"{e.named_below!r} names the activity up to where the activity column, read "
                                    "before it, stopped, and the lines under it go on with the activity's name: read "
                                    f"as its cell's wrapped end, {category!r}, in doubt (OCR read the table down its "
                                    "columns; they may be the activity column's own lines)", e.category or "", *span,
                                    field="expenses.category"))
        if e.amount_cut is not None:
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its category's first line "
                                    f"{e.amount_cut!r} stops at its amount cell, and Thai words stand after the "
                                    "amount before its first item (its cell wrapped, OCR read the table across its "
                                    f"columns): read on as {category!r}, in doubt (other columns' words may stand "
                                    "among them)", e.category or "", *span, field="expenses.category"))
        if e.echoed is not None:
            out.issues.append(_category_joined(
                seq, f"its category {e.echoed!r}, whose last words its item {e.item!r} opens with, goes on with the "
                "item's next word, which stands alone between the category's line and the item's (OCR read the "
                "table down its columns there): its cell's wrapped end,", "category_item_echo", e.echoed, category,
                span))
        if e.wrapped is not None:
            out.issues.append(_category_joined(
                seq, f"its category's first line {e.wrapped!r} stops at its amount cell, and the words that open "
                "the next line in its column were read as its cell's wrapped end (OCR read the table across its "
                "columns):", "category_next_line", e.wrapped, category, span))
        if cut_short(category):
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its category {e.category!r} "
                                    "ends with a word no name ends with: its cell wrapped and OCR put the rest with "
                                    "another column's text; kept as read", e.category or "", *span,
                                    field="expenses.category"))
        elif item_disagrees(category, e.item):
            evidence = json.dumps({"rule": "category_item", "printed": e.category, "chosen": None,
                                   "candidates": [e.category, e.item]}, ensure_ascii=False)
            out.issues += [Issue("warning", "repair_ambiguous", f"expense line {seq}: its category {e.category!r} "
                                 f"and its item {e.item!r} print the same words a letter or two apart: OCR misread "
                                 "one of them, and which is not known; both kept as read", evidence, *span,
                                 field=f"expenses.{name}") for name in ("category", "item")]
        out.put("expenses", key, "item", Reading(e.item, e.text, *span))
        out.put("expenses", key, "category", Reading(category, e.category or "", *span))
        # a unit that is none of the form's, or OCR wrote in Latin letters, or counts what its item does not:
        # read as parsers.units.mend_unit reads both forms' expense units, each repair said
        unit, unit_issues = mend_unit(e.unit, e.item, f"expense line {seq}", span)
        out.put("expenses", key, "unit", Reading(unit or None, e.unit, *span))
        out.issues += unit_issues
        if e.loose:  # read by its words, not its clause: no repair weighs its figures (rows.build)
            out.put("expenses", key, "loose", Reading(True, e.text, *span))
            out.issues.append(Issue("warning", "unread_cells", f"expense line {seq}: its clause (จำนวน ... ละ ... "
                                    "เป็นเงิน ...) was damaged past reading (specks or a misread word inside it): its "
                                    "figures were taken from the words they follow, and its cells are in doubt",
                                    e.text, *span, field="expenses"))
        if e.garbled:  # a cell of its row OCR garbled past reading (item_columns): its figures are in doubt
            out.issues += [Issue("warning", "unread_cells", f"expense line {seq}: a cell of its row before the amount "
                                 "was garbled past reading: the figures not read are left empty, the others kept as "
                                 "read and in doubt", e.text, *span, field=f"expenses.{name}")
                           for name in ("quantity", "unit", "unit_amount")]
        if e.unit and _LATIN_RE.search(e.unit) and not units_by_latin(e.unit):  # a Thai word OCR garbled ("Aus)")
            out.issues.append(Issue("warning", "unparsed_value", f"expense line {seq}: its unit {e.unit!r} holds "
                                    "letters OCR read for Thai ones", e.unit, *span, field="expenses.unit"))
        if not e.amount:  # a row of the item columns whose amount OCR read apart from it (budget.item_columns)
            out.issues.append(Issue("warning", "missing_value", f"expense line {seq}: no amount in its row (the "
                                    "table's amount column was read apart from its rows); the repairs may give it "
                                    "from its quantity and unit amount and the total", e.text, *span,
                                    field="expenses.amount"))
        for name, printed in (("quantity", e.qty), ("unit_amount", e.each), ("amount", e.amount)):
            out.put("expenses", key, name, Reading(amount_or_none(printed), printed, *span))


# ---------------------------------------------------------------- a table of item columns

# The header of a budget printed as columns "รายการ | จำนวน | หน่วย | ราคาต่อหน่วย (บาท) | จำนวนเงิน (บาท)":
# its unit-amount column names it (the expense-column table has no such column).
_PER_UNIT = skeleton("ราคาต่อหน่วย")
_ITEM_HEADER = skeleton("รายการ")
_PER, _UNIT_WORD = skeleton("ราคาต่อ"), skeleton("หน่วย")
# A figure cell: a number as OCR may print it, "บาท" or ".-" after it (or the dot alone, its dash wrapped away).
_FIGURE_CELL_RE = regex.compile(rf"^\s*{_AMOUNT}\s*\.?\s*$")
# Quantity and unit in one cell (OCR read their narrow columns as one): "2 คัน", "๑๔๒ คน".
# A quantity OCR read as one Thai letter ("ซ ชุด" for ๘ ชุด) stands as the clause reader takes it (CLAUSE_RE):
# kept as printed, the repairs read it.  One read as two Thai letters ("ดต โรงเรียน" for ๓ โรงเรียน), or as a
# leading vowel and a letter ("เข ชั่วโมง" for ๖ ชั่วโมง), stands so only before a unit of the form (two letters
# before a word may be a name's).
_FORM_UNIT = "|".join(mark_tolerant(u, spaces=False) for u in sorted(UNITS, key=len, reverse=True))
# One read as one to three Latin letters ("ae คน" for ๔๘ คน, "eed เล่ม"), the English model's reading of Thai
# digits it cannot write, stands so only before a unit of the form too.
_QTY = rf"(?:{NUM}|[ก-ฮ](?=\s)|(?:[ก-ฮเแโใไ][ก-ฮ]|[A-Za-z]{{1,3}})(?=\s+(?:{_FORM_UNIT})(?:\s|$)))"
# (a unit's first letter OCR read as a digit or two glued to its letters, "2 15รงเรียบ": units.GLUED_DIGITS_RE)
_QTY_UNIT_RE = regex.compile(rf"^\s*(?P<qty>{_QTY})\s+(?P<unit>{GLUED_DIGITS_RE.pattern.lstrip('^')}"
                             rf"[^\d๐-๙\s]{{1,15}})\s*$|^\s*(?P<qty>{_QTY})\s*(?P<unit>[^\d๐-๙\s]{{1,15}})\s*$")
_BAHT_CELL_RE = regex.compile(r"^\s*\(?\s*บาท\s*\)?\s*$")
_LETTER_QTY_RE = regex.compile(r"^\s*[ก-ฮ]\s*$")
_LETTERS_QTY_RE = regex.compile(r"^\s*(?:[ก-ฮเแโใไ][ก-ฮ]|[A-Za-z]{1,3})\s*$")
# The header's words its narrow columns wrapped onto the lines under it ("หน่วย (  เงิน (", "บาท)  บาท)").
_HEADER_PIECE_RE = regex.compile(
    rf"^[\s()]*(?:(?:{mark_tolerant('หน่วย')}|{mark_tolerant('เงิน')}|บาท|{mark_tolerant('จำนวน')}|ราคา(?:ต่อ)?)[\s()]*)+$")
HEADER_LINES = 3  # lines the header may take when its narrow columns wrap ("ราคาต่อ" / "หน่วย (บาท)")
# The ".-" after a figure in a cell, its dot lost to OCR ("70-" for 70.-): the dash right after the digits;
# or its dash lost ("๑๐.๐๐๐." for ๑๐,๐๐๐.-, the comma read as a dot too): the dot alone, a space or the end after;
# or the two read as a colon ("๕ ๐๐๐:", a unit amount of space-parted thousands: before, the colon cut the figure
# at its first digit, the rest taken into the amount's cell; fresh set s126p, bma_proposal_s126p004);
# a stray comma OCR read before it ("8,000,.-") aside.
_CELL_BAHT = rf",?(?:[-.:](?=\s|$))?{_BAHT}"
# A row's figures run together in one cell, single spaces apart (OCR kept only the gap before
# them): "3 โรงเรียน 15,100.00 45,300.00", "128 คน 70- 8,960.-".  A dash alone between the unit and the two
# figures after it ("1 โรงเรียน — 8,500.- 8,500.-") is a speck, as a cell of a dash alone is (_DASH_TAIL_RE):
# with two figures after it, it stands for no figure of the row.
_ROW_FIGURES_RE = regex.compile(
    rf"^\s*(?P<qty>{_QTY})\s*(?P<unit>[^\d๐-๙\s]{{1,15}})\s+(?:[-–—]\s+)?(?P<each>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}"
    rf"\s+(?P<amount>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}\s*$")
# A row of quantity, unit and unit amount and no amount ("3 โรงเรียน 13,100.-"): OCR read the table's amount
# column apart from its rows (below the table, after its total), so no row holds its amount.  Its unit is a word,
# a letter in it: a category's subtotal whose figure OCR cut after its comma ("«๓, 38๐.-" for ๙,๓๘๐.-) is no such
# row (read as one, "," its unit, it made the reader give the whole table up: a row with no amount among rows
# that hold theirs).
_ROW_NO_AMOUNT_RE = regex.compile(
    rf"^\s*(?P<qty>{_QTY})\s*(?P<unit>(?=[^\d๐-๙\s]*[\u0e01-\u0e2eA-Za-z])[^\d๐-๙\s]{{1,15}})\s+(?P<each>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}\s*$")
# A row of quantity, unit and unit amount, then an amount OCR damaged past reading as a figure (specks
# before it, a space inside it: "3 โรงเรียน 6,000.00 ไฝ!๒ 4,๐0๐.00"): the row is a line of the table, its amount
# kept as printed (it reads as no number, which is said; the repairs may read it from the total).
_ROW_DAMAGED_AMOUNT_RE = regex.compile(
    rf"^\s*(?P<qty>{_QTY})\s*(?P<unit>[^\d๐-๙\s]{{1,15}})\s+(?P<each>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}"
    rf"\s+(?P<amount>\S[^\t]*[\d๐-๙][^\t]*?)\s*$")
# A cell of no letter and no digit: a speck OCR read between two columns ("๊", "|", "'").
_SPECK_CELL_RE = regex.compile(r"^[^\dA-Za-z๐-๙ก-ฮ]*$")
_COLON_SPECK_RE = regex.compile(r"^(?:[\d๐-๙][:;]|[:;][\d๐-๙])$")  # one digit glued to a colon: a speck, no figure
# A line of two or more lone Thai letters, each with a mark at most, spaces apart: no word of a row prints so.
_LETTER_SPECKS_RE = regex.compile(r"[ก-ฮ][\u0e31-\u0e3a\u0e47-\u0e4e]?(?:\s+[ก-ฮ][\u0e31-\u0e3a\u0e47-\u0e4e]?)+")
# A figure cell whose digits OCR misread as a letter or two ("ต,๕๐๐.-" for ๗,๕๐๐.-; "8<,00o.-", a ๐ read as
# "o" too, as NUM reads it): a category's subtotal still, its figure never read (the lines under it are).
# Two such letters apart ("ฒ,ส๐๐" for ๙,๘๐๐: a look-alike first, a letter inside) still make one figure.
_FIGURE_LIKE_RE = regex.compile(
    rf"^\s*(?=[^\s]*[\d๐-๙])[\d๐-๙oO,.\s]*+(?:[^\d๐-๙oO\s,.]{{1,2}}[\d๐-๙oO,.]++){{0,2}}{_CELL_BAHT}\s*$")
# One or two digits alone on a line: the satang of the row's amount above, which its narrow column wrapped.
_SATANG_TAIL_RE = regex.compile(r"^\s*[\d๐-๙oO]{1,2}\s*$")
# A cell of a dash alone: the ".-" after the amount above ("143,000." / "-"), which its narrow column wrapped.
_DASH_TAIL_RE = regex.compile(r"^[.\s]*[-–][.\s]*$")
_ONE_PLACE_RE = regex.compile(r"[.,][\d๐-๙oO]$")
_CUT_AT_DOT_RE = regex.compile(r"[\d๐-๙oO]\.$")
# A figure cut inside its last group of thousands, two of its three digits kept ("116,50" / "0" for 116,500): the
# group wants one digit more.  (A group of one digit reads as one place cut, _ONE_PLACE_RE.)
_GROUP_CUT_RE = regex.compile(r"[\d๐-๙oO],[\d๐-๙oO]{2}$")
# A figure of whole groups of thousands, no dot ("120,000"), and a cell of its dot and satang alone (".00")
_WHOLE_GROUPS_RE = regex.compile(r"(?<![\d๐-๙oO.])[\d๐-๙oO]{1,3}(?:,[\d๐-๙oO]{3})+$")
_DOT_SATANG_RE = regex.compile(r"^\s*\.[\d๐-๙oO]{2}\s*$")


_PER_WORDS = tuple(skeleton(w) for w in ("ราคา", "ต่อ", "หน่วย"))


def _per_unit_by_words(lines: list[Line]) -> bool:
    """Whether "ราคาต่อหน่วย" stands in these lines a word a line, as its narrow column wrapped it, with the
    next column's words between ("ราคา จำนวน" / "ต่อ เงิน (" / "หน่วย บาท)"): its three words, each a token
    of its own, one a line, on lines in their order."""
    found = 0
    for ln in lines:
        if found < len(_PER_WORDS) and _PER_WORDS[found] in (skeleton(t) for t in ln.text.split()):
            found += 1
    return found == len(_PER_WORDS)


_QTY_WORD, _BAHT_WORD = skeleton("จำนวน"), skeleton("บาท")


def _per_title_lost(joined: str, lines: list[Line]) -> bool:
    """A header whose unit amount's title OCR read as no Thai ("รายการ จ้านวน หน่วย awa จํานวน" / "หน่วย เงิน(" /
    "(บาท) บาท)"): the other columns' titles name it, "จำนวน" twice (the quantity's, the amount's "จำนวนเงิน")
    and "หน่วย" twice (the unit's, the unit amount's "ราคาต่อหน่วย"), and "บาท", on lines of no figure."""
    return (joined.count(_QTY_WORD) >= 2 and joined.count(_UNIT_WORD) >= 2 and _BAHT_WORD in joined
            and not any(ANY_DIGIT_RE.search(ln.text) for ln in lines))


def _header_end(lines: list[Line]) -> int | None:
    """The index of the line where a header of item columns ends: the line
    that, joined to the one or two before it, holds "รายการ" and "ราคาต่อหน่วย"
    (its two words may stand apart, another column's words between)."""
    for i in range(len(lines)):
        for j in range(i, min(i + HEADER_LINES, len(lines))):
            joined = skeleton(" ".join(ln.text for ln in lines[i:j + 1]))
            # "ราคาต่อหน่วย" whole, or its words wrapped apart with another column's words between
            # ("ราคาต่อ จำนวน" / "หน่วย (บาท) เงิน (บาท)")
            per = joined.find(_PER)
            if _ITEM_HEADER in joined and (_PER_UNIT in joined or per >= 0 and _UNIT_WORD in joined[per:]
                                           or _per_unit_by_words(lines[i:j + 1])
                                           or _per_title_lost(joined, lines[i:j + 1])):
                if j == i or _ITEM_HEADER not in skeleton(lines[j].text) or _item_title_row(lines[j].text):
                    return j
                break
    return None


def _item_title_row(text: str) -> bool:
    """Whether a line is the header's row of "รายการ" and other column titles alone ("รายการ<tab>จำนวน"): OCR read
    the header's two rows in swapped order ("หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)" / "รายการ จำนวน"), and the
    header ends there, as it does where "รายการ" opens it (fresh set s116u, bma_proposal_s116u002: the table was
    not read, all its lines lost, said only as the sum's shortfall)."""
    cells = [c.strip() for c in regex.split(r"\t|\s{2,}", text) if c.strip()]
    return len(cells) >= 2 and skeleton(cells[0]) == _ITEM_HEADER and all(_HEADER_PIECE_RE.match(c) for c in cells[1:])


# The amount cell of a row whose quantity, unit and unit amount read, OCR's Latin letters and look-alikes of
# Thai digits it cannot write ("cn, OO" for ๓,๖๐๐): no Thai letter, a look-alike of a digit among them.
_LOOKALIKE_CELL_RE = regex.compile(r"^(?=[^\s]*[oO@«»mnbd])[^\u0e01-\u0e4e\s]{1,6}(?:\s?[^\u0e01-\u0e4e\s]{1,6})?$")


_SPACE_RE = regex.compile(r"\s+")
# A figure of a line: digits, with the commas and dots inside it (an item's row holds two at least); not digits
# glued after two letters or marks, a word's letter OCR wrote as a digit ("ณฒณี๕" of a table's rules or specks),
# though after one, a figure's first digit OCR wrote as a letter ("ล๒ ชั่วโมง" for ๑๒)
_FIGURE_RUN_RE = regex.compile(r"(?<![\p{L}\p{M}]{2})[\d๐-๙][\d๐-๙,.]*+")


def _item_then_figures(cell: str) -> list[str] | None:
    """[item, figures] of a row whose item's words and four figures OCR read
    one space apart, no gap between ("วัสดุสำนักงานและวัสดุคอมพิวเตอร์ 18 ชุด
    ๓๕๐.0๐ 5,300.00"): the row's figures are the line's shortest tail that is
    quantity, unit, unit amount and amount (_ROW_FIGURES_RE), the item the
    words before it, a Thai letter among them and no digit; else None.
    Where no tail reads so, the shortest tail whose amount OCR damaged past
    reading as a figure, one token holding a digit (a speck inside it:
    "โรงเรียนขนาดเล็ก ๓ โรงเรียน ๕๐๐๐ ๒]๒๕,๐๐๐"; _ROW_DAMAGED_AMOUNT_RE), the
    amount kept as printed (said unread; the repairs may read it from the
    others); before, such a row was of no shape and lost whole."""
    if not ANY_DIGIT_RE.search(cell):
        return None
    damaged: list[str] | None = None
    for gap in _SPACE_RE.finditer(cell):
        item, tail = cell[: gap.start()], cell[gap.end():]
        if ANY_DIGIT_RE.search(item) or not THAI_LETTER_RE.search(item):
            break
        if _ROW_FIGURES_RE.match(tail):
            return [item, tail]
        if damaged is None and (m := _ROW_DAMAGED_AMOUNT_RE.match(tail)) and not _SPACE_RE.search(m.group("amount")):
            damaged = [item, tail]
    return damaged


# A figure of digits alone, its separators and dot lost ("18000" for 18,000.00)
_DOTLESS_FIGURE_RE = regex.compile(r"^[\d๐-๙]{3,}$")


def _satang_wrapped(last: Expense, cells: list[str], text: str, no: int) -> bool:
    """Put the satang a line of digits alone holds (`cells`, one or two digits each) at the ends of the
    figures of the row above that their narrow columns cut ("15,100. 45,300.0" / "00   0"): a figure cut
    after its dot wants two digits, one cut after one place wants one; a unit amount of digits alone (its dot
    lost with its separators) wants two as well where the amount alone wants some and the line holds two
    cells.  Only where the row's cut figures
    (unit amount, then amount) are as many as the cells and each cell holds the digits its figure wants;
    else nothing is put (False: the line stands as a row of another shape, said)."""
    row = last.text.split("\n", 1)[0]
    wants: list[tuple[str, int, str]] = []  # the figure, the digits it wants, what goes before them
    for name in ("each", "amount"):
        value = getattr(last, name)
        if _ONE_PLACE_RE.search(value):
            wants.append((name, 1, value))
        elif _CUT_AT_DOT_RE.search(value):  # its cell kept the dot
            wants.append((name, 2, value))
        elif value and ANY_DIGIT_RE.match(value[-1]) and regex.search(rf"{regex.escape(value)}\.(?=\s|$)", row):
            wants.append((name, 2, f"{value}."))  # the dot read as the ".-" after it (_CELL_BAHT)
    digits = [c.strip() for c in cells]
    if len(digits) == 2 and [name for name, _, _ in wants] == ["amount"] and _DOTLESS_FIGURE_RE.match(last.each):
        # the unit amount's dot lost with its separators ("18000  72,000." / "00   00"): its satang stand under it
        # all the same, the first of two cells (before, the line stood as a row of another shape, and the lines
        # under it were numbered one on: fresh s136p002)
        wants.insert(0, ("each", 2, f"{last.each}."))
    if len(wants) != len(digits) or any(len(d) != n for d, (_, n, _) in zip(digits, wants)):
        return False
    for d, (name, _, before) in zip(digits, wants):
        setattr(last, name, f"{before}{d}")
    last.text, last.end = f"{last.text}\n{text}", no
    return True


# A mark OCR read for an item's bullet ("-" as ":", ";", "=", "~", "+", "»", ">", "."), before the item's Thai name
# (": วิทยากรภายใน"): no item's name opens with one.
_MARK_BULLET_RE = regex.compile(r"^[.:;=~+»«>·°º*]+\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _item_name(item: str) -> str:
    """An item's name as its row prints it, its bullet left out: "-", "–", "•", or a mark OCR read for one."""
    return _MARK_BULLET_RE.sub("", clean_value(item).lstrip("-–• ")).strip()


def _subtotal_satang(subtotal: str, cells: list[str]) -> tuple[str, str] | None:
    """(the words, the subtotal whole) of a line under a category's row whose subtotal its narrow column cut
    ("ค่าวัสดุในการจัดกิจกรรมส่งเสริม   88,600.0" / "การใช้เทคโนโลยีดิจิทัลเพื่อการเรียน   0", or the "0" alone):
    its last cell the satang cut off, as many digits as the subtotal wants (one after one place or after two
    digits of its last group of thousands, "116,50" / "0"; two after its dot), the cell before it, if any, the category's name wrapped (Thai words, no digit, not opening a
    category of its own).  Else None (the line is read as before)."""
    if 1 <= len(cells) <= 2 and _WHOLE_GROUPS_RE.search(subtotal) and _DOT_SATANG_RE.match(cells[-1]):
        # its dot and satang wrapped together under a figure of whole groups ("ค่าวัสดุในการ   120,000" /
        # "จัดกิจกรรมส่งเสริม   .00": fresh set s154o, bma_proposal_s154o005, whose category lost its first line, and
        # the lines under it their category, silently)
        digits = cells[-1].strip()
    elif not 1 <= len(cells) <= 2 or not _SATANG_TAIL_RE.match(cells[-1]):
        return None
    else:
        want = 1 if _ONE_PLACE_RE.search(subtotal) or _GROUP_CUT_RE.search(subtotal) \
            else 2 if _CUT_AT_DOT_RE.search(subtotal) else 0
        digits = cells[-1].strip()
        if len(digits) != want:
            return None
    words = ""
    if len(cells) == 2:
        words = clean_value(cells[0]).strip()
        if ANY_DIGIT_RE.search(words) or not THAI_LETTER_RE.search(words) or _CATEGORY_RE.match(words) \
                or _TOTAL_RE.match(words):
            return None
    return words, f"{subtotal}{digits}"


def _figure(cell: str) -> bool:
    """A figure cell of a row: digits, or a figure OCR read as look-alike letters alone ("mo.-" for ๓๐.-,
    NUM's reading): kept as printed, the repairs read it from the row's other figures."""
    return bool(ANY_DIGIT_RE.search(cell) or _FIGURE_CELL_RE.match(cell))


# A line of digits alone, a figure each, spaces apart ("1 ๐"): specks of a table's rules read as digits; one of them
# may be read as a Latin letter ("1    a", between the wrapped lines of a category's name): no cell of a row is one
# character of those.
_DIGIT_SPECKS_RE = regex.compile(r"\s*(?=[^\d๐-๙]*[\d๐-๙])[\d๐-๙A-Za-z](?:\s+[\d๐-๙A-Za-z])+\s*")
# ... or two specks read as one figure, one at least alone, not zeros alone ("๑7   9"; fresh set s141p,
# bma_proposal_s141p002: before, an item's row not read, and the lines under it numbered one on); zeros are a
# figure's satang its narrow cells wrapped ("00   0"), a row of another shape
_PAIRED_SPECKS_RE = regex.compile(r"\s*(?=.*(?<!\S)[\d๐-๙A-Za-z](?!\S))(?=.*[1-9๑-๙])"
                                  r"[\d๐-๙A-Za-z]{1,2}(?:\s+[\d๐-๙A-Za-z]{1,2})+\s*")


def _digit_specks(text: str) -> bool:
    """Whether a line of the item columns is digits alone that are specks, no row (_DIGIT_SPECKS_RE,
    _PAIRED_SPECKS_RE)."""
    return bool(_DIGIT_SPECKS_RE.fullmatch(text) or _PAIRED_SPECKS_RE.fullmatch(text))

# The evidence key of the issue that says a row of the item columns was not read (tables.read_budget):
# the lines read are then not the whole table, and no sum of them is weighed as if they were (rows.build).
UNREAD_ROW = "unread_row"
# A digit, Thai or Arabic
_ANY_DIGIT_RE = regex.compile(r"[0-9\u0e50-\u0e59]")
DEBRIS_CELL_MAX = 2  # characters of each cell of a debris row, at most


def debris_row(text: str) -> bool:
    """Whether a row of the budget table's item columns that no pattern reads is debris OCR made of the table's
    rules or specks, no row of the table: no digit in it, and no cell of more than DEBRIS_CELL_MAX characters
    ("ใจ\ta", "a\ta"): an item's row prints its name and figures, a category's its name (and subtotal)."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return not _ANY_DIGIT_RE.search(text) and all(len(c) <= DEBRIS_CELL_MAX for c in cells)


def item_columns(lines: list[Line], subtotals: list[tuple[str, int, list[int]]] | None = None,
                 unread: list[tuple[str, int, int, bool]] | None = None
                 ) -> tuple[list[Expense], tuple[str, int] | None]:
    """The expense lines of a budget printed as item columns (`_PER_UNIT` in its
    header), a row per line with its cells tab-separated (a pipe table, a tab
    table, or OCR's columns kept apart by spaces): a row of four figure-ish
    cells after its item (quantity, unit, unit amount, amount; quantity and
    unit may share a cell) is an expense line; a row of words alone, or of
    words and one amount (its subtotal), names the category of the lines under
    it (a line of words alone right under a category with no line yet
    continues its name, wrapped, as one right under a line, not opening with
    "ค่า", continues the line's item); "รวม..." and its amount is the table's total.
    ([], None) where no such header stands, so the other readers read the table.
    Each category's subtotal, as printed, its line and the indices of its
    lines among those returned, goes into `subtotals` where one is given.
    A row of another shape among rows that read (OCR damage no pattern
    reads: "a row of another shape") is left out, its text and lines put
    into `unread` with whether it holds two figures at least or a quantity
    and a unit of the form (_counted: an item's row; else it may be a
    category's, and the rows under it are of no category known): the rows
    it stands among are kept, and the sum of the lines knows one is missing;
    without `unread`, or with no row read, the table is given up ([], None:
    the other readers try)."""
    start = _header_end(lines)
    if start is None:
        return [], None
    apart = False  # a row with no amount was read: the table's amount column stood apart from its rows
    found: list[Expense] = []
    total: tuple[str, int] | None = None
    category: str | None = None
    category_open = False  # the category has no line yet: a line of words alone continues its name
    groups: list[tuple[str | None, int, list[int]]] = []  # each category's subtotal as printed, its line, its lines
    in_header = True  # right under the header: its wrapped words may follow
    # the line above, blank lines left out (OCR may set one between every two lines of the table, so a
    # row's name wrapped onto the next line stands two lines under it)
    above = lines[start].no
    skipped: list[tuple[str, int, int, bool]] = []  # rows of another shape: text, first and last line, an item's
    skipped_groups: set[int] = set()  # the categories (index in groups) a row of another shape stands in
    lone_subtotal: str | None = None  # a subtotal OCR read on its own line above its category's name
    rows = [(ln, cells) for ln in lines[start + 1:] if (cells := [c.strip() for c in ln.text.split("\t") if c.strip()])]
    rows, ends = _figures_wrapped(rows)
    # the table wraps its cells below their figures: a row's words went on under the row that holds its figures
    # (a category's name under its subtotal's row, an item's under its row)
    wraps_below = False
    name_below: int | None = None  # the line of words a row with no item's words took as its name (read there)
    # the rows since the table's start (or the last amount column read under them) whose amount cells stand in
    # the amount column, in order: ("cat", group) a category's row with no subtotal beside its name, ("item",
    # found) an item's row read with no amount; None a row that holds its figure or was not read (no column
    # read apart then)
    slots: list[tuple[str, int] | None] = []
    by_place: set[int] = set()  # the rows given the amount of their place in such a column
    skip_to = -1
    for at, (ln, cells) in enumerate(rows):
        cells = _specks_after_subtotal(cells, ln.bullet)
        under, above = above, ends.get(ln.no, ln.no)
        if ln.no == name_below or at < skip_to:
            continue
        if not ln.bullet and _LETTER_SPECKS_RE.fullmatch(ln.text.strip()):
            # lone Thai letters spaces apart ("จ        จ"): specks of the table's rules OCR read as letters, no word
            # and no row; the row above stays the one above, so an item's name wrapped under them still joins it
            # (before, they opened a category of no line, and the item's tail "คอมพิวเตอร์" was lost with it)
            above = under
            continue
        if slots and None not in slots and any(kind == "item" for kind, _ in slots):
            # rows read with no amount above: the amount column OCR read apart, under them (on their page, before
            # its footer or the table's total: "จำนวนเงิน" / "(บาท)" / "4,300.-" / "4,300.-" / ...)
            if all(_HEADER_PIECE_RE.match(c) or _BAHT_CELL_RE.match(c) for c in cells) \
                    and regex.search(mark_tolerant("เงิน") + "|บาท", ln.text):
                continue  # the column's title, no wrap of the item above (before, "จำนวนเงิน" joined its name)
            if (column := _column_below(rows, at, slots)) is not None:
                for (kind, k), (cl, cc) in zip(slots, column):
                    if kind == "item":
                        found[k].amount, found[k].by_place = cc[0], (column[0][0].no, column[-1][0].no)
                        by_place.add(k)
                slots, skip_to = [], at + len(column)
                continue
        if _lone_subtotal(cells):
            if category_open and groups and groups[-1][0] is None:
                groups[-1] = (cells[0], groups[-1][1], groups[-1][2])  # between its name's wrapped lines
                continue
            if at + 1 < len(rows) and _opens_category(rows[at + 1][1]) and not rows[at + 1][0].bullet:
                lone_subtotal = cells[0]  # above the name of the category the next row opens
                continue
        if all(_BAHT_CELL_RE.match(c) for c in cells):
            continue  # the header's "(บาท)" wrapped under it
        if in_header and all(_HEADER_PIECE_RE.match(c) for c in cells):
            continue  # more of the header's words its narrow columns wrapped ("หน่วย (  เงิน (")
        in_header = False
        # the line's cells but specks OCR read beside the satang of the row above ("_   0   0": a speck of the
        # table's rule at the item's column); the satang alone are weighed
        digits = [c for c in cells if not _SPECK_CELL_RE.match(c)] or cells
        if found and found[-1].end == under and len(digits) <= 2 and all(_SATANG_TAIL_RE.match(c) for c in digits) \
                and _satang_wrapped(found[-1], digits, ln.text, ln.no):
            continue  # the satang of the row's unit amount and amount, which their narrow columns wrapped
        if found and found[-1].end == under and len(digits) == 1 and _SATANG_TAIL_RE.match(digits[0]) \
                and _ONE_PLACE_RE.search(found[-1].amount):
            last = found[-1]  # the amount's last digit, which its narrow column wrapped ("45,300.0" / "0")
            last.amount, last.text, last.end = last.amount + digits[0], f"{last.text}\n{ln.text}", ln.no
            continue
        if found and found[-1].end == under and len(cells) == 2 and not ANY_DIGIT_RE.search(cells[0]) \
                and _SATANG_TAIL_RE.match(cells[1]) and not _CATEGORY_RE.match(clean_value(cells[0])) \
                and not ln.bullet and _satang_wrapped(found[-1], cells[1:], ln.text, ln.no):
            # the item's name wrapped beside the satang its amount's narrow column wrapped ("รถโดยสาร  2 คัน
            # 6,000.00  12,000." / "ปรับอากาศ  00"); before, the words opened a category of that name
            found[-1].item = f"{found[-1].item}{clean_value(cells[0]).lstrip('-–• ').strip()}"
            continue
        if category_open and groups and groups[-1][1] == under and groups[-1][0] is not None and not ln.bullet \
                and (wrapped := _subtotal_satang(groups[-1][0], cells)) is not None:
            words, groups[-1] = wrapped[0], (wrapped[1], groups[-1][1], groups[-1][2])
            if words:  # the category's name wrapped beside its subtotal's satang
                category = f"{category}{words}" if category else words
            continue
        if _year_alone(cells):
            continue  # a page's running header's year OCR left in the table: no law, whose title's words come first
        if _digit_specks(ln.text):
            # digits alone, one a figure, spaces apart ("1 ๐", under a category's row with empty cells): specks of
            # the table's rules OCR read as digits, no row (a row's amount has figures; a satang wrapped under its
            # row is read above); before, it stood as an item's row not read, and the lines under it were
            # numbered one on, each taking its neighbour's number
            continue
        if is_regulation(cells[0]) or regex.match(mark_tolerant("กฎหมาย"), cells[0]):
            break  # the law under the table
        if _TOTAL_RE.match(cells[0]):
            figure = cells[-1] if len(cells) > 1 else _TOTAL_RE.sub("", cells[0]).strip(" ทั้งสิ้นทงสน.:")
            if ANY_DIGIT_RE.search(figure):
                total = (figure, ln.no)
            break
        if len(cells) == 1 and (parted := _item_then_figures(cells[0])) is not None:
            cells = parted  # the item's words and the row's figures one space apart (OCR kept no gap between)
        below_name: tuple[Line, str] | None = None
        if ln.bullet and wraps_below and (_ROW_FIGURES_RE.match(" ".join(cells)) or _QTY_UNIT_RE.match(cells[0])) \
                and at + 1 < len(rows) and len(nxt := rows[at + 1][1]) == 1 and not rows[at + 1][0].bullet \
                and not ANY_DIGIT_RE.search(nxt[0]) and (nxt_words := clean_value(nxt[0]).strip()) \
                and not _CATEGORY_RE.match(nxt_words) and not _TOTAL_RE.match(nxt_words) \
                and not is_regulation(nxt[0]) and not _LATIN_SPECK_RE.fullmatch(nxt_words):
            # an item's row its bullet and figures alone ("- 5๓ คน  80.00  4,240.00"), the table wrapping its cells
            # below their figures: the item's name is the line of words under it ("ผู้เข้ารับการอบรม"), the words
            # above it the category's name wrapped under its subtotal; before, the row was of another shape and
            # the reader down the columns gave the category's tail to the item
            below_name = (rows[at + 1][0], nxt_words)
            cells = ["", *cells]
        item, rest = cells[0], [c for c in cells[1:] if not _DASH_TAIL_RE.match(c) and not _SPECK_CELL_RE.match(c)]
        if len(rest) == 2 and _COLON_SPECK_RE.match(rest[0]) and _FIGURE_CELL_RE.match(rest[1]) \
                and _CATEGORY_RE.match(clean_value(item)):
            # a category's row, its subtotal beside its name, a speck of the table's rules OCR read as a digit and
            # a colon between ("ค่าตอบแทนวิทยากร  5:  7,800.-"; no figure of the table is printed with a colon):
            # the speck left out; before, the row was of another shape, the lines under it of no category and each
            # numbered one on
            rest = rest[1:]
        if len(rest) == 3 and (m := _QTY_UNIT_RE.match(rest[0])):
            rest = [m.group("qty"), m.group("unit"), *rest[1:]]
        elif 1 <= len(rest) < 4 and (m := _ROW_FIGURES_RE.match(" ".join(rest))):
            rest = [m.group("qty"), m.group("unit"), m.group("each"), m.group("amount")]
        elif 1 <= len(rest) < 4 and (m := _ROW_NO_AMOUNT_RE.match(" ".join(rest))):
            rest = [m.group("qty"), m.group("unit"), m.group("each"), ""]  # its amount read apart (see below)
            apart = True
        elif 1 <= len(rest) < 4 and (m := _ROW_DAMAGED_AMOUNT_RE.match(" ".join(rest))):
            rest = [m.group("qty"), m.group("unit"), m.group("each"), m.group("amount")]
        if len(rest) == 4 and (ANY_DIGIT_RE.search(rest[0]) or _LETTER_QTY_RE.match(rest[0])
                               or _LETTERS_QTY_RE.match(rest[0]) and canonical_unit(rest[1]) in UNITS) \
                and not ANY_DIGIT_RE.search(GLUED_DIGITS_RE.sub("", rest[1])) \
                and _figure(rest[2]) and (_figure(rest[3]) or not rest[3] or _LOOKALIKE_CELL_RE.match(rest[3])):
            # (as printed: the repairs read them, or say the amount unread)
            qty, unit, each, amount = rest
            name = _item_name(item)
            if below_name is not None:
                nl, name = below_name
                name_below = nl.no
                found.append(Expense(category, name, qty, clean_value(unit), each, amount,
                                     f"{ln.text}\n{nl.text}", ln.no, nl.no))
            else:
                found.append(Expense(category, name or (category or ""), qty, clean_value(unit), each, amount,
                                     ln.text, ln.no, ends.get(ln.no, ln.no)))
            slots.append(None if amount else ("item", len(found) - 1))
            if groups and groups[-1][0] is not None:
                groups[-1][2].append(len(found) - 1)
            category_open = False
            continue
        if ANY_DIGIT_RE.search(item) or len(rest) > 1 or (rest and not _FIGURE_CELL_RE.match(rest[0])
                                                          and not _FIGURE_LIKE_RE.match(rest[0])
                                                          and not _GARBLED_AMOUNT_RE.match(rest[0])):
            if unread is None:
                return [], None  # a row of another shape: not this table, or not read whole (the other readers try)
            # (two figures, or a quantity and a unit of the form in a cell: no category's row counts so)
            is_item = len(_FIGURE_RUN_RE.findall(ln.text)) >= 2 or _counted(rest)
            if is_item and (cut := _garbled_row(item, rest)) is not None:
                # an item's row, its amount read, a cell before it OCR garbled past reading: a line of the table,
                # the garbled figures unread (said at put_expenses; the repairs read them from the others)
                found.append(Expense(category, cut[0] or (category or ""), *cut[1:], ln.text, ln.no,
                                     ends.get(ln.no, ln.no), garbled=True))
                slots.append(None)
                if groups and groups[-1][0] is not None:
                    groups[-1][2].append(len(found) - 1)
                category_open = False
                continue
            skipped.append((ln.text, ln.no, ln.no, is_item))  # kept out, and said: the rows around it still read
            slots.append(None)
            if not is_item:
                # one figure or none: it may be a category's row (its name holding a digit), so the rows
                # under it are of no category known, not of the one above
                category = None
                groups.append((None, ln.no, []))
            elif groups:
                skipped_groups.add(len(groups) - 1)
            category_open = False
            continue
        words = clean_value(item).lstrip("-–• ").strip()
        if skipped and skipped[-1][2] == under and not rest and not _CATEGORY_RE.match(words) and not ln.bullet:
            text, first, _, is_item = skipped[-1]  # the unread row's item wrapped under it
            skipped[-1] = (f"{text}\n{ln.text}", first, ln.no, is_item)
            continue
        if not rest and _LATIN_SPECK_RE.fullmatch(words) and (category_open or found and found[-1].end == under):
            continue  # specks OCR read as a short Latin word under a category's or an item's Thai name ("yuu")
        if found and not category_open and not rest and not _CATEGORY_RE.match(words) and not ln.bullet \
                and found[-1].end == under:
            last = found[-1]  # the item's name wrapped under its row
            last.item, last.text, last.end = f"{last.item}{words}", f"{last.text}\n{ln.text}", ln.no
            wraps_below = True
            continue
        if category_open and not rest and not _CATEGORY_RE.match(words) and not ln.bullet:
            category = f"{category}{words}" if category else words  # its name wrapped (Thai joins without a space)
            if groups and groups[-1][0] is not None and groups[-1][1] == under:
                wraps_below = True  # under the row of its name's first words and its subtotal
        else:
            category, category_open = words, True
            groups.append((rest[0] if rest else lone_subtotal, ln.no, []))
            slots.append(None if rest or lone_subtotal else ("cat", len(groups) - 1))
        lone_subtotal = None
    if apart and any(e.amount for k, e in enumerate(found) if k not in by_place) \
            and (not by_place or any(not e.amount for e in found)):
        return [], None  # some rows hold their amount, others not: not a column read apart (the other readers try)
    if skipped and not found:
        return [], None  # no row of the table read: not this table (the other readers try)
    if subtotals is not None:  # a category with a row not read is not checked against its subtotal
        subtotals += [(text, no, members) for k, (text, no, members) in enumerate(groups)
                      if text is not None and members and k not in skipped_groups]
    if unread is not None:
        unread += skipped
    return found, total


# The quantity and unit at a cell's start, what follows them OCR's garbling of the unit amount's cell it ran into
# ("๑๐๑ คน eo." for ๑๐๑ คน ๕๐): no Thai letter, no more than one digit after them.
_QTY_UNIT_HEAD_RE = lazy_compile(rf"^\s*(?P<qty>{NUM})\s*(?P<unit>{_FORM_UNIT})\s+(?P<rest>(?=[^\d๐-๙]*(?:[\d๐-๙][^\d๐-๙]*)?$)[^\u0e01-\u0e4e]+)$")

# A quantity OCR read as a short token of no digit and no Thai letter, before a unit of the form, in one cell
# ("> ชุด" for ๖ ชุด): the unit reads, the quantity does not.
_GARBLED_QTY_UNIT_RE = lazy_compile(rf"^\s*(?P<qty>[^\s\d๐-๙\u0e01-\u0e4e]{{1,3}})\s*(?P<unit>{_FORM_UNIT})\s*$")


def _garbled_row(item: str, rest: list[str]) -> tuple[str, str, str, str, str] | None:
    """(item, quantity, unit, unit amount, amount) of an item's row of the item columns that no shape reads
    because OCR garbled a cell before its amount past reading ("ผู้เข้ารับการอบรม | ๕๓ คน | ee) | 4,130",
    "ผู้เข้ารับการอบรม | we ALU | 70.- | 6,720.-"): the item's words (Thai, no digit, not a category's name,
    which opens with ค่า), its last cell a figure of three digits at least (the amount), or, after a quantity
    and a unit of the form that read (_counted), a figure whose digits OCR read as letters in a figure's shape
    (_GARBLED_AMOUNT_RE: "๑๑๑ คน | elo. | ญ่,เเอ.-", kept as printed, reading as no number), one to three cells
    before it.  The cells that read as the quantity and unit ("๕๓ คน"), or the unit amount (a figure after
    them) are kept; a garbled one is left unread (empty), or, quantity and unit parted already, kept as
    printed (reading as no number).  A garbled cell holds no Thai word (three letters in a row: a cell of
    words is a row of another shape), save a unit amount OCR read as a letter or two with a mark ("ซ่อ" for
    ๘๐: _letters_for_figure).  None for a row of any other shape."""
    words = clean_value(item).lstrip("-–• ").strip()
    if not THAI_RUN_RE.search(words) or ANY_DIGIT_RE.search(words) or _CATEGORY_RE.match(words) \
            or not 2 <= len(rest) <= 4:
        return None
    if not (_FIGURE_CELL_RE.match(rest[-1]) and len(regex.findall(r"[\d๐-๙]", rest[-1])) >= 3) \
            and not (_GARBLED_AMOUNT_RE.match(rest[-1]) and _counted(rest[:2])):
        return None
    head, amount = rest[:-1], rest[-1]
    qty = unit = each = ""
    if len(head) == 3:  # quantity and unit apart already (their cell parted): kept as printed, a garbled one reads none
        if ANY_DIGIT_RE.search(head[1]) or canonical_unit(head[1]) not in UNITS \
                or THAI_RUN_RE.search(head[0]) or THAI_RUN_RE.search(head[2]) and not _letters_for_figure(head[2]):
            return None
        return words, head[0], head[1], head[2], amount
    if (m := _QTY_UNIT_RE.match(head[0])) is not None and canonical_unit(m.group("unit")) in UNITS:
        qty, unit, others = m.group("qty"), m.group("unit"), head[1:]
    elif (m := _QTY_UNIT_HEAD_RE.match(head[0])) is not None:
        qty, unit, others = m.group("qty"), m.group("unit"), head[1:]  # the unit amount's cell, garbled, after them
    elif (m := _GARBLED_QTY_UNIT_RE.match(head[0])) is not None:
        # the quantity OCR read as a symbol before a unit of the form ("> ชุด" for ๖ ชุด): kept as printed,
        # reading as no number (said; the repairs read it from the row's other figures)
        qty, unit, others = m.group("qty"), m.group("unit"), head[1:]
    elif THAI_RUN_RE.search(head[0]):
        return None  # words in the cell ("๑๓๘ คน ราคา ๘๐.-"): a row of another shape, not a garbled cell
    else:
        others = head[1:]  # the quantity's and unit's cell garbled
    if len(others) == 1 and _FIGURE_CELL_RE.match(others[0]):
        each = others[0]
    elif len(others) > 1 or others and THAI_RUN_RE.search(others[0]) and not (qty and _letters_for_figure(others[0])):
        return None
    return words, qty, unit, each, amount


def _letters_for_figure(cell: str) -> bool:
    """A unit amount's cell whose digits OCR read as a Thai letter or two with a mark ("ซ่อ" for ๘๐), between a
    quantity and unit that read and the amount: one token of two consonants at most, no digit, no word (a cell
    of words, "ต่อ", "ราคา", is a row of another shape; fresh set s63o, bma_proposal_s63o003)."""
    token = cell.strip()
    return bool(token) and not regex.search(r"\s|[\d๐-๙]", token) and len(THAI_LETTER_RE.findall(token)) <= 2 \
        and not known_word(token)


# An amount whose digits OCR read as letters, its printed shape kept: a comma after its first one to three, three
# after the comma, the ".-" or the satang after them ("ญ่,เเอ.-" for ๗,๗๗๐.-).  No word is so written; it stands as
# a row's amount (_garbled_row) only after the row's quantity and unit read in their cell, so the row is an item's;
# a table that prints its amounts bare, no ".-" nor satang ("a,«€o" for ๙,๔๕๐), has none after them either;
# as a category's subtotal (its words alone before it) it is kept as printed, reading as no number (no check uses it).
_MARK_ON = r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]?"  # (a Thai mark OCR set on a character it read for a digit)
_GARBLED_AMOUNT_RE = regex.compile(rf"^\s*[^\s,.]{{1,3}}{_MARK_ON},(?:[^\s,.]{_MARK_ON}){{3}}(?:\.-|\.[^\s,.]{{2}})?\s*$")


def _counted(cells: list[str]) -> bool:
    """Whether a row's cells after its item open with a quantity in digits and a unit of the form, in one cell
    ("๑๑๑ คน") or two: an item's row, whatever OCR made of its figures after them (no category's row counts)."""
    for text in (cells[:1], cells[:2] if len(cells) > 1 else []):
        m = _QTY_UNIT_RE.match(" ".join(text)) if text else None
        if m is not None and ANY_DIGIT_RE.search(m.group("qty")) and canonical_unit(m.group("unit")) in UNITS:
            return True
    return False


# The unit amount and the amount alone on a line, a gap between ("๑๕๐          ไ๒๒๒,๕๐๐").
_EACH_AMOUNT_RE = regex.compile(
    rf"^\s*(?P<each>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}\s+(?P<amount>(?:[฿B]\s*)?{_SPECK}{NUM}){_CELL_BAHT}\s*$")


def _figures_wrapped(rows: list[tuple[Line, list[str]]]) -> tuple[list[tuple[Line, list[str]]], dict[int, int]]:
    """The rows with each item's row whose figures OCR wrapped after its
    unit ("- เอกสารประกอบการอบรม   ๑๕๐ เล่ม" / "๑๕๐          ไ๒๒๒,๕๐๐": its name,
    quantity and unit on a line, its unit amount and amount alone on the
    next, no word there) read as one row; and, for each row so read, the
    line it ends on (by its first line's number)."""
    out: list[tuple[Line, list[str]]] = []
    ends: dict[int, int] = {}
    k = 0
    while k < len(rows):
        ln, cells = rows[k]
        if k + 1 < len(rows) and len(cells) >= 2 and not ANY_DIGIT_RE.search(cells[0]) \
                and THAI_LETTER_RE.search(cells[0]) and _QTY_UNIT_RE.match(" ".join(cells[1:])) \
                and (m := _EACH_AMOUNT_RE.match(" ".join(rows[k + 1][1]))) is not None \
                and not THAI_RUN_RE.search(rows[k + 1][0].text):
            nxt = rows[k + 1][0]
            out.append((Line(ln.no, f"{ln.text}\t{nxt.text.strip()}", ln.kind, ln.bullet, ln.indent),
                        [*cells, m.group("each"), m.group("amount")]))
            ends[ln.no] = nxt.no
            k += 2
            continue
        out.append((ln, cells))
        k += 1
    return out, ends


def _year_alone(cells: list[str]) -> bool:
    """A line of a Buddhist-era year alone ("พ.ศ. ๒๕๖๘"): the wrapped end of a
    page's running header ("... ปีงบประมาณ" / "พ.ศ. ๒๕๖๘") whose other lines
    the clean-up took out.  The law under the table prints its year after
    its title's words, which end the item columns first, so inside them
    such a line is no law: it is left out, the rows after it read."""
    return len(cells) == 1 and bool(_YEAR_LINE_RE.fullmatch(skeleton(cells[0])))


_YEAR_LINE_RE = regex.compile(r"พศ[\d๐-๙]{4}")  # "พ.ศ. 2566" as a skeleton, its four digits there


def _column_below(rows: list[tuple[Line, list[str]]], at: int,
                  slots: list[tuple[str, int] | None]) -> list[tuple[Line, list[str]]] | None:
    """The amount column of the rows above (`slots`: each category's row and
    each item's row read with no amount, in order) where OCR read it apart,
    under them: the run of lines from `at` each of one figure alone
    (_lone_subtotal), no bullet, as many as the rows that wait for one, so
    each row takes the figure of its place (a category's its subtotal, an
    item's its amount).  None where the run holds another count: which
    figure is whose is not told (the lines are read as before)."""
    run = []
    for ln, cells in rows[at:]:
        if ln.bullet or not _lone_subtotal(cells):
            break
        run.append((ln, cells))
    return run if run and len(run) == len(slots) else None


def _lone_subtotal(cells: list[str]) -> bool:
    """A row of one amount alone (three digits at least: no speck, no
    page's number): a category's subtotal, which OCR read on a line of its
    own where the category's name wrapped over two lines beside it (above
    the name, or between its lines), or under its name: a figure, or one
    whose digits OCR misread as a letter or two, a speck before it
    ("ไ๒,๑ฒ๐๐": _FIGURE_LIKE_RE)."""
    return len(cells) == 1 and (_FIGURE_CELL_RE.match(cells[0]) is not None
                                or _FIGURE_LIKE_RE.match(cells[0]) is not None) \
        and len(ANY_DIGIT_RE.findall(cells[0])) >= 3


def _specks_after_subtotal(cells: list[str], bullet: bool) -> list[str]:
    """A category's row, its name ("ค่า...", no figure, no bullet) and its
    subtotal, then cells of one digit or Latin letter each ("ค่าอาหารว่างและ
    ๒,๒๕๐.-  4  4"): specks of the table's rules OCR read on the line under
    it, which the clean-up joined to it; the row read as its name and
    subtotal.  Before, its cells read as an item's row (the subtotal as its
    quantity, ".-" as its unit), numbering every line under it one on with
    nothing said (fresh set s141p, bma_proposal_s141p002).  The cells as
    they are otherwise."""
    if len(cells) >= 3 and not bullet and _CATEGORY_RE.match(cells[0]) and not ANY_DIGIT_RE.search(cells[0]) \
            and _lone_subtotal(cells[1:2]) and all(_SPECK_FIGURE_RE.fullmatch(c) for c in cells[2:]):
        return cells[:2]
    return cells


_SPECK_FIGURE_RE = regex.compile(r"[\d๐-๙A-Za-z]")


def _opens_category(cells: list[str]) -> bool:
    """A row of words alone that names a category ("ค่า...", no figure)."""
    return len(cells) == 1 and _CATEGORY_RE.match(cells[0]) is not None and not ANY_DIGIT_RE.search(cells[0])


# ---------------------------------------------------------------- item columns run on in a line

# The item columns' header run on with its rows (a form printed on one line, or wrapped anywhere by OCR):
# "รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)".
_RUN_HEADER_RE = regex.compile(
    rf"{mark_tolerant('รายการ', spaces=False)}\s++{mark_tolerant('จำนวน', spaces=False)}\s++"
    rf"{mark_tolerant('หน่วย', spaces=False)}\s++{mark_tolerant('ราคาต่อ', spaces=False)}\s*+"
    rf"{mark_tolerant('หน่วย', spaces=False)}(?:\s*+\(\s*+บาท\s*+\))?\s++{mark_tolerant('จำนวน', spaces=False)}\s*+"
    rf"{mark_tolerant('เงิน', spaces=False)}(?:\s*+\(\s*+บาท\s*+\))?")
# A figure of a row: a number holding a digit, the ".-" after it kept out.
_RUN_FIGURE = rf"(?=\S*[\d๐-๙]){NUM}"
_RUN_TAIL = r"(?:\.?-)?"
# A row's four figure cells run on: quantity, unit (a word with a letter), unit amount, amount.
_RUN_ROW_RE = lazy_compile(
    rf"(?:^|(?<=\s))(?P<qty>{_RUN_FIGURE})\s(?P<unit>(?=\S*[ก-ฮA-Za-z])[^\d๐-๙\s]{{1,15}})\s"
    rf"(?P<each>{_RUN_FIGURE}){_RUN_TAIL}\s(?P<amount>{_RUN_FIGURE}){_RUN_TAIL}(?=\s|$)")
_RUN_FIGURE_RE = lazy_compile(rf"^{_RUN_FIGURE}{_RUN_TAIL}$")
_RUN_TOTAL_RE = lazy_compile(rf"(?:^|(?<=\s)){mark_tolerant('รวม', spaces=False)}\S*\s(?P<figure>{_RUN_FIGURE}){_RUN_TAIL}"
                             r"(?=\s|$)")


@dataclass(slots=True)
class RunOn:
    """The rows of item columns run on in a line (`rows_run_on`), as the lines
    `item_columns` reads, and the lines of the rows whose category and item
    no mark parts (the category's words and the item's run together)."""
    lines: list[Line]
    in_doubt: list[tuple[int, int]] = field(default_factory=list)


def rows_run_on(lines: list[Line], activity: str = "") -> RunOn | None:
    """A budget of item columns whose rows run on in a line, or over lines
    broken anywhere (a form printed on one line, which OCR wraps at the
    page's edge): "รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)
    ค่าอาหารกลางวัน 7,080 - ผู้เข้ารับการอบรม 59 คน 120 7,080 ค่าเช่ารถ...
    รวมทั้งสิ้น 49,580".  The lines' text is read as one: each row is its four
    figure cells (quantity, a unit word, unit amount, amount), and the words
    before them, back to the row before, are its item; where a figure stands
    among those words, the words before it are a category and the figure its
    subtotal (the form prints a category's row with a subtotal when there are
    several), where a bullet stands, the category ends before it.  A
    category with no subtotal and no bullet (a table of one category) ends
    where it names the activity (the paragraph's "ค่าใช้จ่ายในกิจกรรม X"),
    else before the item's last word, in doubt (said by the caller).  The
    rows come back as the lines a table of tab-parted rows stands on, each
    with the line its text starts on.  None where no header stands, no row
    is read, or words stand where a row has none."""
    texts = [ln for ln in lines if ln.text.strip()]
    if not texts:
        return None
    starts, parts, pos = [], [], 0
    for ln in texts:
        starts.append(pos)
        parts.append(ln.text.replace("\t", " ").strip())
        pos += len(parts[-1]) + 1
    text = " ".join(parts)
    header = _RUN_HEADER_RE.search(text)
    if header is None:
        return None

    def line_at(at: int) -> int:
        k = max(i for i, s in enumerate(starts) if s <= at)
        return texts[k].no

    rows = list(_RUN_ROW_RE.finditer(text, header.end()))
    total = _RUN_TOTAL_RE.search(text, rows[-1].end()) if rows else None
    if not rows or total is None:
        return None
    out = RunOn([Line(line_at(header.start()), "รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย (บาท)\tจำนวนเงิน (บาท)")])
    pos = header.end()
    for k, row in enumerate(rows):
        words = [(m.group(), m.start()) for m in regex.finditer(r"\S+", text[:row.start()], pos=pos)]
        figures = [i for i, (w, _) in enumerate(words) if _RUN_FIGURE_RE.match(w)]
        bullets = [i for i, (w, _) in enumerate(words) if w in "-–•"]
        if figures:  # a category, its subtotal, then the item
            cut, lead = figures[-1], figures[-1] + 1
            if not cut or any(i < cut for i in figures):
                return None  # words of no cell, or figures of no row
            out.lines.append(Line(line_at(words[0][1]), " ".join(w for w, _ in words[:cut]) + "\t" + words[cut][0]))
        elif bullets and bullets[0] > 0 and k == 0:  # a category with no subtotal, its item's bullet after it
            lead = bullets[0]
            out.lines.append(Line(line_at(words[0][1]), " ".join(w for w, _ in words[:lead])))
        elif k == 0:  # the first row: a category opens it, its item after it with no mark between
            if len(words) < 2:
                return None
            lead = 1 if len(words) == 2 else _category_end(words, activity)
            if lead is None:
                lead = len(words) - 1
                out.in_doubt.append((line_at(words[0][1]), line_at(row.end() - 1)))
            out.lines.append(Line(line_at(words[0][1]), " ".join(w for w, _ in words[:lead])))
        else:
            lead = 0
        item = [w for w, _ in words[lead:] if w not in "-–•"]
        if not item:
            return None
        no = line_at(words[lead][1])
        out.lines.append(Line(no, "\t".join([" ".join(item), row.group("qty"), row.group("unit"), row.group("each"),
                                             row.group("amount")])))
        pos = row.end()
    if text[pos:total.start()].strip():
        return None  # words between the last row and the total: a row not read
    out.lines.append(Line(line_at(total.start()), f"รวมทั้งสิ้น\t{total.group('figure')}"))
    return out


def _category_end(words: list[tuple[str, int]], activity: str) -> int | None:
    """Where a category that names the activity ("ค่าวัสดุในการ" + its name) ends
    among the words of a first row with no mark between category and item:
    after the word its name ends with, an item's word after it.  None where
    it names no activity, or more than one place fits."""
    if not activity:
        return None
    ends = [k for k in range(1, len(words)) if skeleton(" ".join(w for w, _ in words[:k])).endswith(activity)
            and _CATEGORY_RE.match(words[0][0])]
    return ends[0] if len(ends) == 1 else None


# ---------------------------------------------------------------- the table's rows read past the next heading

_QTY_WORD_RE = regex.compile(rf"^{mark_tolerant('จำนวน')}")
_MAKES_WORD_RE = regex.compile(rf"^{mark_tolerant('เป็นเงิน')}")
_EACH_END_RE = regex.compile(rf"ๆ\s*{mark_tolerant('ละ')}(?:\s*{NUM}{_BAHT})?$")
_ITEM_WRAP_RE = regex.compile(r"^[\u0e01-\u0e4e]{2,}(?:\s[\u0e01-\u0e4e]{2,})?$")
PAST_PIECE_WORDS = 4  # a piece of a budget row's cell is a few words; a risk's or a mitigation's line is longer
# The expense clause's words and figures, each piece of it a line may hold ("กลาง จำนวน ๓" / "ละ ๑,๒๐๐.-บาท"):
# what is left of a piece once they are taken out is at most one word (a unit, or the item's name wrapped)
_CLAUSE_BIT_RE = regex.compile(rf"{mark_tolerant('จำนวน')}|{mark_tolerant('เป็นเงิน')}|{mark_tolerant('บาท')}|"
                               rf"(?:ๆ\s*|^){mark_tolerant('ละ')}|ๆ|{NUM}(?:\s*\.\s*-)?")


def _row_piece(ln: Line, after_bullet: bool) -> bool:
    """Whether a line is a piece of a budget row's expense cell as OCR reads it down the page: an item's
    bulleted name, its name's wrapped word right after it, the clause's pieces ("จำนวน ๑", "โรงเรียนๆ ละ",
    "เป็นเงิน", an amount and "บาท"; or its words split anywhere, a word besides them: "กลาง จำนวน ๓"), a
    category's name ("ค่าตอบแทน", its wrapped word after it)."""
    text = ln.text.strip()
    if not text or len(text.split()) > PAST_PIECE_WORDS:
        return False
    if ln.bullet:
        return _ITEM_WRAP_RE.match(text) is not None
    if AMOUNT_ONLY_RE.match(text) or _QTY_WORD_RE.match(text) or _MAKES_WORD_RE.match(text) \
            or _EACH_END_RE.search(text) or (after_bullet and _ITEM_WRAP_RE.match(text)) or _category_piece(text):
        return True
    left = _CLAUSE_BIT_RE.sub(" ", text)
    return left != text and len(left.split()) <= 1


def _category_piece(text: str) -> bool:
    """Whether a line is a category's name as OCR reads it down the page: "ค่า..." alone, a word or two."""
    return bool(_CATEGORY_RE.match(text)) and len(text.split()) <= 2 and not ANY_DIGIT_RE.search(text)


def rows_past_heading(budget: list[Line], risks: list[Line]) -> tuple[list[Line], list[Line]]:
    """The budget table's later rows OCR read past the next section's heading (the page read down its columns:
    the table's expense cells went on beside the risk table's first rows, "๕๕,๐๐๐ บาท" / "- โรงเรียน" /
    "ขนาดกลาง" / "จำนวน ๑" / "โรงเรียนๆ ละ" / "๑๒,๕๐๐ บาท" / "เป็นเงิน" / ... among the risks' lines): each run
    of lines in the risks' section that are all pieces of an expense cell (_row_piece: a clause's words split
    anywhere, "กลาง จำนวน ๓" / "ละ ๑,๒๐๐.-บาท", or a category's name, "ค่าตอบแทน" / "วิทยากร"), one of them an
    item's bullet and their words a whole expense clause (CLAUSE_RE), goes back to the budget's lines, before its
    total's line (else at their end); no risk's words make a clause.  (Before, fresh set s125o's
    bma_proposal_s125o001 kept three of its five lines with the risks, the rows lost with nothing said of them.)
    (budget, risks) as they were where no such run stands or the budget's lines hold no item of a bullet."""
    if not risks or not any(ln.bullet for ln in budget):
        return budget, risks
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(risks):
        head = risks[i].text.strip()
        if not (risks[i].bullet or AMOUNT_ONLY_RE.match(head or "-") or _category_piece(head)) \
                or not _row_piece(risks[i], False):
            i += 1
            continue
        j, last, after_bullet = i, i, risks[i].bullet or _category_piece(head)
        while j + 1 < len(risks) and (not risks[j + 1].text.strip() or _row_piece(risks[j + 1], after_bullet)):
            j += 1
            if risks[j].text.strip():
                last, after_bullet = j, risks[j].bullet or _category_piece(risks[j].text.strip())
        piece = [ln for ln in risks[i:last + 1] if ln.text.strip()]
        joined = " ".join(("- " if ln.bullet else "") + ln.text.strip() for ln in piece)
        if any(ln.bullet for ln in piece) and CLAUSE_RE.search(joined):
            runs.append((i, last))
        i = last + 1
    if not runs:
        return budget, risks
    moved = [ln for a, b in runs for ln in risks[a:b + 1]]
    taken = {id(ln) for ln in moved}
    at = next((k for k, ln in enumerate(budget) if _TOTAL_RE.match(ln.text.strip()) and k > 0), len(budget))
    return budget[:at] + moved + budget[at:], [ln for ln in risks if id(ln) not in taken]
