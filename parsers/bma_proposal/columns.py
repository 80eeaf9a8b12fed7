"""A budget of item columns that OCR read down its columns, in blocks.

The table "รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน" (categories with
their subtotals, the lines under them, the total, the law under it) reaches
raingan, after OCR read each column as a block of its own, as runs: the
item names first, one a line (a cell or two of the next columns may stay
beside one: a category's subtotal, a line's quantity or quantity and
unit), the total's and the law's words, then a run of quantities, of
units, of unit amounts and of the amount column (the lines' amounts with
the subtotals and the total among them, in the table's order), or runs of
two or three columns read across ("3 โรงเรียน", "600   7,200").  A run
may lack a cell, and a speck may stand among its cells.

After OCR the header "รายการ" may have a letter misread ("วายการ": the
letters the engine reads for one another), a line may hold the unit, unit
amount and amount parted by spaces alone ("คน 100.- 9,500.-": three cells,
never one figure with letters in it), a name its quantity after a space
("- วัสดุสำนักงาน 29"), and a unit amount of two figures with no decimals
may stand before its amount on a line ("25   1,025": money, not a count).

`read_columns` takes the rows from the names (a category opens with "ค่า";
its name, wrapped, goes on while it ends with a word no name ends with or
spells the activity's name on; a line under a line with no bullet and no
cell beside it is a row of its own, or the row's wrapped name: the
columns' cells decide), reads each run by its cells' kinds (counts, unit
words, money), and places the runs' cells in the rows in order: each
column's cells come in the table's order, a line of several cells gives
one row's adjacent columns.  Of the ways to place them, those that leave
out the fewest cells and fill the most (`_search`) are weighed by the
table's arithmetic (quantity x unit amount = amount; a category's lines
add up to its subtotal, the subtotals or the lines to the total; the
figures as printed first, then as the readings of their characters
allow): where the best ways disagree on a cell, the cell is not placed and
said, never guessed.  Figures are kept as printed: the repairs read the
damaged ones (parsers.bma_proposal.money).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import regex

from normalizers.numbers import ANY_DIGIT_RE
from normalizers.text import clean_value, mark_tolerant, ocr_tolerant, skeleton
from parsers.bma_proposal.budget import Expense, _CATEGORY_RE, _TOTAL_RE, cut_short, is_regulation
from parsers.bma_proposal.money import _figure, amount_or_none, parse_amount
from parsers.items import THAI_RUN_RE
from parsers.repair import readings_of
from parsers.units import UNITS, canonical_unit, classifier_unit, unit_by_lookalike, unit_by_specks, unit_readings
from schemas.document import Issue, Line

Q, U, E, A = "quantity", "unit", "unit_amount", "amount"
COLUMNS = (Q, U, E, A)
MAX_COST = 4  # cells left out or slots left empty beyond which the runs are no such table
MAX_NODES = 100_000  # steps of the search before it gives up (the table is then not read, as before)
MAX_TURNS = 3  # times the runs of unit amounts and of amounts, read apart, may take turns
MAX_WAYS = 5_000  # placements of least cost weighed by the arithmetic
MAX_SUMS = 2_000  # readings of a sum kept while adding up
MAX_VARIANTS = 8  # ways to read the names' rows (a wrapped line's name or a row of its own)

# The item header "รายการ" opens the table (its other header words may follow it on the line).
_ITEM_HEADER_RE = regex.compile(rf"^\s*{ocr_tolerant('รายการ', spaces=False)}")
_PER = skeleton("ราคาต่อ")
# A line of the header's words alone (as the columns' blocks print them: "ราคาต่อ", "หน่วย (", "บาท)").
_HEADER_WORD_RE = regex.compile(
    "|".join(mark_tolerant(w, spaces=False) for w in ("จำนวนเงิน", "ราคาต่อหน่วย", "ราคาต่อ", "จำนวน", "หน่วย", "ราคา",
                                                     "เงิน", "บาท", "รายการ")))
_LAW_RE = regex.compile(rf"^\s*{mark_tolerant('กฎหมาย', spaces=False)}")
# A figure's characters: digits, separators, the look-alikes OCR writes for Thai digits and specks.
_FIGURE_CHARS = "0-9๐-๙oO@ฒอ«»"
# ".-" or "บาท" closing a figure, a comma OCR read before the ".-" too ("๕๐๐,.-")
_MONEY_TAIL_RE = regex.compile(r"(?:[,.]*\s?-|\s?บาท)\s?\.?$")
_OTHER_RE = regex.compile(rf"[^{_FIGURE_CHARS},.\s]")
_LOOKALIKES_ONLY_RE = regex.compile(r"[\doO@๐-๙,]+")
_SPACE_RUN_RE = regex.compile(r"\s+")
# a space run inside a figure that may be a separator: beside a comma or dot, or before exactly three figures
_SEPARATOR_SPACE_RE = regex.compile(
    rf"(?<=[,.])\s+|\s+(?=[,.])|\s+[{_FIGURE_CHARS}]{{3}}(?![{_FIGURE_CHARS}])"
    # ... or before a group of three one of which OCR read as a letter (its mark with it: "๕ ญ่อ๐" for ๕,๗๖๐)
    rf"|\s+(?=(?:[\u0e01-\u0e2e][\u0e48-\u0e4b]?[{_FIGURE_CHARS}]{{2}}|[{_FIGURE_CHARS}][\u0e01-\u0e2e][\u0e48-\u0e4b]?"
    rf"[{_FIGURE_CHARS}]|[{_FIGURE_CHARS}]{{2}}[\u0e01-\u0e2e][\u0e48-\u0e4b]?)(?![{_FIGURE_CHARS}\u0e01-\u0e4e]))")
_TWO_FIGURES_RE = regex.compile(r"^[\d๐-๙]{2}$")
_GROUP_HEAD_RE = regex.compile(rf"[{_FIGURE_CHARS}]{{1,3}},?")  # a figure's first group, its comma or not
_COUNT_RE = regex.compile(rf"^[{_FIGURE_CHARS}]{{1,5}}$")
_SPECK_CELL_RE = regex.compile(r"^[^\dA-Za-z๐-๙ก-ฮ]*$")
BARE_MONEY_FIGURES = 4  # a number with no separator alone on its line: money from so many figures
MONEY_OTHERS = 4  # letters OCR made of specks or digits a money cell may hold ("ฒญลส,๕๐๑๐.๐๐")


def _is_money(text: str) -> bool:
    """A cell of the money columns as OCR may print it: digits with a
    separator, decimals or ".-" after them ("๑๕๐.-", "๕, 60๐.-", "7,@00"),
    a letter or few OCR made of a speck or a digit inside ("ไ1๓ ๕อ0-").  A
    space inside is a thousands separator OCR read so (three figures after
    it, "12 750") or a gap beside one ("60, 700.00"), or any gap in a cell
    with a separator or ".-" ("๓๕ ๐.-"); digits with another gap and no such
    mark ("2 4", "9๑7 9๑/7 0๑7": specks and marks of a degraded scan read as
    digits) are no figure."""
    core = _MONEY_TAIL_RE.sub("", text.strip()).strip()
    if core and core != text.strip() and 2 <= len(core) <= 8 and _LOOKALIKES_ONLY_RE.fullmatch(core):
        return True  # look-alikes alone before the money's ".-" ("@O.-" for ๘๐.-): a figure OCR wrote no digit of
    if not core or len(core) > 24 or len(ANY_DIGIT_RE.findall(core)) < 2:
        return False
    if len(_OTHER_RE.findall(core)) > MONEY_OTHERS or not regex.match(rf"[{_FIGURE_CHARS}]", core[-1]):
        return False
    if regex.search(r"[,.]", core) or core != text.strip():
        return True
    # no separator, no ".-": a space is the money's mark only where it may be a thousands separator
    gaps = list(_SPACE_RUN_RE.finditer(core))
    return bool(gaps) and all(_SEPARATOR_SPACE_RE.match(core, gap.start()) for gap in gaps)


def _is_unit(text: str) -> bool:
    """A cell that is a unit of the form (its marks or a letter OCR misread, a speck joined to it)."""
    return bool(canonical_unit(text) in UNITS or unit_readings(text) or unit_by_lookalike(text)
                or unit_by_specks(text))


# ---------------------------------------------------------------- cells

C_KIND, U_KIND, M_KIND = "C", "U", "M"
# the columns a cell of each kind may stand in
_KIND_COLUMNS = {C_KIND: (Q,), U_KIND: (U,), M_KIND: (E, A)}


@dataclass(slots=True)
class Atom:
    kinds: tuple[str, ...]
    text: str


# Two money figures in one cell, the gap between them too narrow for a tab ("๑๐๐.๐๐  ฒ,๒๐๐.๐๐": a unit amount and
# an amount read across): a figure's two decimals end it, so a space and a figure after them open another
# (a space inside one figure is a separator OCR read so, "60, 700.00", "12 750", and comes before its decimals).
_AFTER_DECIMALS_RE = regex.compile(rf"(?<=\.[{_FIGURE_CHARS}]{{2}})\s+(?=[{_FIGURE_CHARS}])")


# Two whole money figures in one cell, thousands grouped and no decimals ("6,000 18,000"): the figure before the
# space ends with a whole group after its comma, the one after it opens with its own group and comma, so the space
# is no separator inside one figure ("60, 700.00" has its comma before the space, "12 750" none).
_GROUPS_APART_RE = regex.compile(rf"(?<=[{_FIGURE_CHARS}],[{_FIGURE_CHARS}]{{3}})\s+"
                                 rf"(?=[{_FIGURE_CHARS}]{{1,3}},[{_FIGURE_CHARS}]{{3}}(?![{_FIGURE_CHARS}]))")


def _atoms(cell: str) -> list[Atom] | None:
    """The cells one tab-cell holds ("3 โรงเรียน": a count and a unit), None where a part is no cell."""
    cell = cell.strip()
    parts = _AFTER_DECIMALS_RE.split(cell)
    if len(parts) == 1:
        parts = _GROUPS_APART_RE.split(cell)
    if len(parts) > 1 and all(_is_money(p) for p in parts):
        return [Atom((M_KIND,), p) for p in parts]
    words = cell.split()
    if len(words) > 1 and not ANY_DIGIT_RE.search(words[0]) and _is_unit(words[0]) \
            and all(_is_money(w) for w in words[1:]):
        # a unit word and money figures parted by spaces ("คน 100.- 9,500.-": the unit, unit amount and amount
        # columns read across with no tab between): each its own cell, never one figure with letters in it
        return [Atom((U_KIND,), words[0])] + [Atom((M_KIND,), w) for w in words[1:]]
    if _is_money(cell):
        # (a count, its unit and money read across with no tab between, "๑๒๓ คน   @O.-", "๑ AU ๑๒,๐๐๐.- ...":
        # cells of their own, not letters OCR made of specks inside one figure)
        across = _word_atoms(cell.split())
        return across if across and len(across) >= 3 and any(a.kinds == (U_KIND,) for a in across) \
            else [Atom((M_KIND,), cell)]
    return _word_atoms(cell.split())


def _word_atoms(words: list[str]) -> list[Atom] | None:
    """The cells of a tab-cell's words, one by one (see _atoms); None where a word is no cell."""
    out: list[Atom] = []
    joined = False
    for i, w in enumerate(words):
        if joined:  # (the word was read with the one before it)
            joined = False
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and _GROUP_HEAD_RE.fullmatch(w) and not _is_money(nxt) \
                and _is_money(f"{w} {nxt}"):
            # one figure, OCR's space at its thousands separator ("๕, ๕๐๐", "๕ ญ่อ๐" for ๕,๗๖๐): not a count and
            # a piece of no cell, but one money cell
            out.append(Atom((M_KIND,), f"{w} {nxt}"))
            joined = True
            continue
        if _is_money(w):
            out.append(Atom((M_KIND,), w))
        elif _COUNT_RE.match(w) and ANY_DIGIT_RE.search(w) or _COUNT_RE.match(w) and len(w) == 1:
            out.append(Atom((C_KIND, M_KIND) if len(ANY_DIGIT_RE.findall(w)) >= 3 else (C_KIND,), w))
        elif out and out[-1].kinds[0] == C_KIND and not ANY_DIGIT_RE.search(w) and len(w) <= 15 \
                and (_is_unit(w) or not nxt or ANY_DIGIT_RE.search(nxt)):
            out.append(Atom((U_KIND,), w))  # the word after a count: its unit, however OCR spelt it
        elif not out and len(w) <= 3 and not ANY_DIGIT_RE.search(w) and nxt and _is_unit(nxt) and not _is_unit(w):
            out.append(Atom((C_KIND,), w))  # a count OCR read as letters before its unit ("oon คน")
        elif not ANY_DIGIT_RE.search(w) and _is_unit(w):
            out.append(Atom((U_KIND,), w))
        else:
            return None
    return out or None


def _spans(atoms: list[Atom]) -> list[tuple[str, ...]]:
    """The runs of adjacent columns a line's cells may stand in."""
    out = []
    for start in range(len(COLUMNS) - len(atoms) + 1):
        cols = COLUMNS[start:start + len(atoms)]
        if all(any(c in _KIND_COLUMNS[k] for k in a.kinds) for a, c in zip(atoms, cols)):
            out.append(cols)
    return out


def _line_atoms(cells: list[str]) -> list[Atom] | None:
    found: list[Atom] = []
    for c in cells:
        if _SPECK_CELL_RE.match(c) or regex.fullmatch(r"[.\s]*[-–][.\s]*", c):
            continue  # a speck, or a ".-" its narrow column wrapped
        atoms = _atoms(c)
        if atoms is None:
            return None
        found += atoms
    return found or None


# ---------------------------------------------------------------- rows

@dataclass(slots=True)
class Row:
    kind: str  # "category", "line" or "total"
    name: str
    start: int
    end: int
    bullet: bool = False
    pinned: dict[str, tuple[str, int]] = field(default_factory=dict)  # column -> (cell as printed, line)
    loose: bool = False  # a line under a line with no bullet and no cell beside it: a row, or its name wrapped


@dataclass(slots=True)
class Token:
    atoms: list[Atom]
    line: int
    spans: list[tuple[str, ...]]


def _header_only(text: str) -> bool:
    rest = _HEADER_WORD_RE.sub("", text)
    return not ANY_DIGIT_RE.search(text) and not regex.search(r"[ก-ฮA-Za-z]", rest)


def _header_line(text: str) -> bool:
    """A line of the header's words alone, one at least among them (a Thai letter: a speck's line of no letter,
    "_", is no header line)."""
    return _header_only(text) and bool(_CONSONANT_RE.search(text))


_CONSONANT_RE = regex.compile(r"[ก-ฮ]")


def _words(text: str) -> bool:
    return bool(THAI_RUN_RE.search(text)) and not ANY_DIGIT_RE.search(text)


@dataclass(slots=True)
class Layout:
    names: list[tuple[Line, str, list[Atom]]]  # each name line, its name, the cells beside it
    tokens: list[Token]
    total: tuple[str, int] | None
    total_line: int | None


def _layout(lines: list[Line], names_alone: bool = False) -> Layout | None:
    """The names' lines and the runs' cells (see module doc); None where the
    table is no table of item columns read down its columns.  `names_alone`:
    the names with no cell at all among them (the header's other words and
    the cells read past the next heading: `_cells_below`), else None."""
    texts = [ln for ln in lines if ln.kind == "text" and ln.text.strip()]
    start = next((i for i, ln in enumerate(texts) if _ITEM_HEADER_RE.match(ln.text)), None)
    if start is None or not names_alone and not any(_PER in skeleton(ln.text) for ln in texts[max(0, start - 1):]):
        return None
    texts = texts[:start + 1] + _satang_joined(texts[start + 1:])
    names: list[tuple[Line, str, list[Atom]]] = []
    tokens: list[Token] = []
    total: tuple[str, int] | None = None
    total_line = None
    in_names = True
    for at, ln in enumerate(texts[start + 1:], start + 1):
        cells = [c.strip() for c in ln.text.split("\t") if c.strip()]
        first = cells[0]
        if _TOTAL_RE.match(first):
            figure = cells[-1] if len(cells) > 1 else _TOTAL_RE.sub("", first).strip(" ทั้งสิ้นทงสน.:")
            if total_line is None:
                total_line = ln.no
                if ANY_DIGIT_RE.search(figure):
                    total = (figure, ln.no)
            in_names = False
            continue
        if _header_line(ln.text):  # (a header's words alone end the names; a speck's line does not)
            if names:
                in_names = False
            continue
        if _LAW_RE.match(first) or (is_regulation(first) and not _CATEGORY_RE.match(first)):
            if names:
                in_names = False
            continue
        # a bulleted line of words among the names is an item's name ("- โรงเรียน" / "ขนาดใหญ่"), never a
        # count and a unit: the bullet is no count OCR read as letters, and no cell of the runs carries one
        atoms = None if in_names and _bulleted_words(ln, first) else _line_atoms(cells)
        if in_names and names and atoms is not None and len(atoms) == 1 and atoms[0].kinds == (U_KIND,) \
                and at + 1 < len(texts) and _name_line(texts[at + 1].text):
            atoms = None  # a unit's word alone between two names: a name's first word (its bullet lost), no cell
        if atoms is not None and len(atoms) == 1 and atoms[0].kinds == (C_KIND, M_KIND) \
                and len(atoms[0].text) >= BARE_MONEY_FIGURES:
            # a bare number alone of four figures or more (its digits and the look-alikes OCR wrote for some,
            # "อ๑0๐"): a sum of money, the form writes no such count; of three, a count or a unit amount
            # ("600"), which the placement decides
            atoms = [Atom((M_KIND,), atoms[0].text)]
        if atoms is not None and len(atoms) > 1 and not _spans(atoms):
            atoms = _bare_as_money(atoms)
        if atoms is not None:
            spans = _spans(atoms)
            if spans and (names or not in_names):
                tokens.append(Token(atoms, ln.no, spans))
            continue
        if in_names and not _words(first) and (cut := _name_then_count(first)) is not None:
            # a name whose quantity cell OCR read after a space, no tab ("- วัสดุสำนักงาน 29"): the name, the count
            # beside it as a cell
            first, cells = cut, [cut, first[len(cut):].strip()] + cells[1:]
        if _words(first) and not _header_only(first):
            beside = (_line_atoms(cells[1:]) if len(cells) > 1 else []) or []  # a cell of no kind: not placed
            if in_names:
                names.append((ln, first, beside))
            elif beside and beside[0].kinds[0] == C_KIND and _spans(beside) and _spans(beside)[0][0] == Q:
                names.append((ln, first, beside))  # a row OCR read across after the runs: the table's next line
            elif len(beside) == 1 and M_KIND in beside[0].kinds and not ln.bullet \
                    and _CATEGORY_RE.match(clean_value(first).strip()):
                # a category's row OCR read across after the runs, its subtotal beside it ("ค่าเช่ารถโดยสาร
                # ปรับอากาศ   18,000"): the table's next category, whose lines under it are its own (left out,
                # they were put under the category above)
                names.append((ln, first, beside))
            continue
    # (a table read down its columns holds its runs' cells among its names; one whose names stand alone holds none,
    # nor a total: its cells are past the next heading)
    if not names or bool(tokens) == names_alone or names_alone and total is not None:
        return None
    return Layout(names, _by_neighbours(tokens), total, total_line)


# A name's line ending in a count after a space: the name's words, then digits alone (a quantity's cell).
_NAME_COUNT_RE = regex.compile(r"^(?P<name>.*\S)\s+[\d๐-๙]{1,4}$")


def _name_then_count(text: str) -> str | None:
    """The name of a line that is an item's name and its quantity parted by a space, not a tab (the digits
    alone at its end, the words before them no digit), else None."""
    m = _NAME_COUNT_RE.match(text.strip())
    if m is None or not _words(m.group("name")) or _header_only(m.group("name")) or _TOTAL_RE.match(m.group("name")) \
            or _LAW_RE.match(m.group("name")):
        return None
    return m.group("name")


# A money cell its narrow column cut in its decimals ("18,000.0" / "0", "109,000." / "00"): the figure with a
# separator or its dot, the line under it the digits it wants, alone.
_CUT_DECIMALS_RE = regex.compile(rf"^[{_FIGURE_CHARS}][{_FIGURE_CHARS},]*\.(?P<kept>[{_FIGURE_CHARS}]?)$")
_DECIMALS_ALONE_RE = regex.compile(rf"^[{_FIGURE_CHARS}]{{1,2}}$")


def _satang_joined(texts: list[Line]) -> list[Line]:
    """The lines with each money cell alone on its line whose decimals its
    narrow column wrapped onto the next line (the digits alone there, as
    many as the figure wants: two after its dot, one after one place) read
    as one cell, on the figure's line."""
    out: list[Line] = []
    k = 0
    while k < len(texts):
        ln = texts[k]
        cut = _CUT_DECIMALS_RE.match(ln.text.strip())
        nxt = texts[k + 1].text.strip() if k + 1 < len(texts) else ""
        if cut and "\t" not in ln.text.strip() and _DECIMALS_ALONE_RE.match(nxt) \
                and len(cut.group("kept")) + len(nxt) == 2:
            out.append(Line(ln.no, ln.text.strip() + nxt, ln.kind, ln.bullet, ln.indent))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _bare_as_money(atoms: list[Atom]) -> list[Atom]:
    """A line's cells that stand in no run of adjacent columns as their
    kinds read ("25   1,025": a bare number of two figures, a count, before a
    money cell, which no count stands before): its bare numbers of two
    figures or more may be money too (a unit amount printed with no
    decimals), the placement deciding (one digit is a speck's, or a count)."""
    return [Atom((C_KIND, M_KIND), a.text) if a.kinds == (C_KIND,) and len(ANY_DIGIT_RE.findall(a.text)) >= 2
            and not _OTHER_RE.search(a.text) else a for a in atoms]


def _bulleted(name: tuple[Line, str, list[Atom]]) -> bool:
    return name[0].bullet or name[1][:1] in "-–•"


def _item_openers(names: list[tuple[Line, str, list[Atom]]]) -> list[bool]:
    """Which name lines open an item of a bulleted list: a bulleted line, or
    a line with no cell beside it that prints the first line of the bulleted
    item above it again (its bullet lost: "- โรงเรียน" / "ขนาดกลาง" /
    "โรงเรียน" / "ขนาดเล็ก"); a category's line ends the list."""
    out: list[bool] = []
    opener: str | None = None
    for ln, name, beside in names:
        clean = clean_value(name).lstrip("-–• ").strip()
        if _bulleted((ln, name, beside)):
            out.append(True)
            opener = clean
            continue
        if _CATEGORY_RE.match(clean):
            opener = None
        out.append(opener is not None and not beside and clean == opener)
    return out


def _name_line(text: str) -> bool:
    """A line of an item's name alone: words, no cell, no header's, total's or law's words."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return bool(cells) and _words(cells[0]) and not _header_only(text) and not _TOTAL_RE.match(cells[0]) \
        and not _LAW_RE.match(cells[0]) and _line_atoms(cells) is None


def _bulleted_words(ln: Line, first: str) -> bool:
    """A line opened by a list bullet (kept, or stripped by the clean-up) whose first cell is words."""
    return (ln.bullet or first[:1] in "-–•") and _words(first.lstrip("-–• "))


def _side(token: Token) -> str | None:
    """What run a token's cells belong to: money ("M"), counts and units ("C"), or either (None)."""
    if all(a.kinds == (M_KIND,) for a in token.atoms):
        return M_KIND
    if any(a.kinds in ((C_KIND,), (U_KIND,)) for a in token.atoms):
        return C_KIND
    return None


def _by_neighbours(tokens: list[Token]) -> list[Token]:
    """A bare number of three figures alone on its line ("600", "112") is a
    count or a unit amount: the run it stands in says which, where the
    nearest cells before and after it that say (or the one side that has
    such) agree; else the placement decides."""
    sides = [_side(t) for t in tokens]
    out = []
    for k, t in enumerate(tokens):
        if sides[k] == C_KIND and len(t.atoms) == 1 and t.atoms[0].kinds == (C_KIND,) \
                and _TWO_FIGURES_RE.match(t.atoms[0].text) \
                and next((s for s in reversed(sides[:k]) if s is not None), None) == M_KIND \
                and next((s for s in sides[k + 1:] if s is not None), None) == M_KIND:
            # a bare number of two figures amid the money runs, money cells on both sides ("350" / "12.000" /
            # "35" / "6,300"): a unit amount printed with no decimals as much as a count; the placement decides
            atoms = [Atom((C_KIND, M_KIND), t.atoms[0].text)]
            out.append(Token(atoms, t.line, _spans(atoms)))
            continue
        if sides[k] is not None or len(t.atoms) != 1:
            out.append(t)
            continue
        before = next((s for s in reversed(sides[:k]) if s is not None), None)
        after = next((s for s in sides[k + 1:] if s is not None), None)
        said = {s for s in (before, after) if s is not None}
        if len(said) == 1:
            kind = said.pop()
            atoms = [Atom((kind,), t.atoms[0].text)]
            out.append(Token(atoms, t.line, _spans(atoms)))
        else:
            out.append(t)
    return out


def _rows(layout: Layout, activity: str) -> list[Row] | None:
    """The table's rows from the names' lines: categories (a name opening with
    "ค่า", wrapped while `_goes_on`), lines, and the total."""
    rows: list[Row] = []
    names = layout.names
    items = _item_openers(names)
    for k, (ln, name, beside) in enumerate(names):
        bullet = items[k]
        clean = clean_value(name).lstrip("-–• ").strip()
        last = rows[-1] if rows else None
        opens = bool(_CATEGORY_RE.match(clean)) and not bullet
        if last is not None and last.kind == "category" and not bullet and not opens \
                and (_goes_on(last.name, clean, activity)
                     or not beside and k + 1 < len(names) and (_echoed(clean, names[k + 1])
                                                               or _echoed_whole(last.name, clean, names[k + 1:k + 3]))):
            last.name, last.end = last.name + clean, ln.no  # its name wrapped (Thai joins without a space)
            if beside and len(beside) == 1 and A in last.pinned \
                    and (whole := _figure_wrapped(last.pinned[A][0], beside[0].text)) is not None:
                # its subtotal wrapped with it, the cell too narrow for its last figures ("154,00" / "0")
                last.pinned[A] = (whole, last.pinned[A][1])
            elif beside:
                if len(beside) != 1 or M_KIND not in beside[0].kinds or A in last.pinned:
                    return None
                last.pinned[A] = (beside[0].text, ln.no)
            continue
        if _CATEGORY_RE.match(clean) and not bullet:
            row = Row("category", clean, ln.no, ln.no)
            if beside:
                if len(beside) != 1 or M_KIND not in beside[0].kinds:
                    return None  # a category's row holds its subtotal alone
                row.pinned[A] = (beside[0].text, ln.no)
            rows.append(row)
            continue
        if last is not None and last.kind == "line" and last.bullet and not last.pinned and not bullet \
                and not beside and k + 1 < len(names) and items[k + 1]:
            last.name, last.end = last.name + clean, ln.no  # between two bullets: the item's name wrapped
            continue
        if not beside and not bullet and _read_again(clean, rows):
            continue  # a piece of a name above read again, no row (_read_again)
        row = Row("line", clean, ln.no, ln.no, bullet)
        if beside:
            spans = [s for s in _spans(beside) if s[0] == Q]
            if not spans:
                return None  # figures beside a line that do not start at its quantity: not placed
            for atom, col in zip(beside, spans[0]):
                row.pinned[col] = (atom.text, ln.no)
        elif rows and rows[-1].kind == "line" and not bullet:
            row.loose = True  # under a line: a row of its own, or the line's name wrapped
        rows.append(row)
    if not any(r.kind == "line" for r in rows):
        return None
    _category_wraps(rows)
    total = Row("total", "", layout.total_line or rows[-1].end, layout.total_line or rows[-1].end)
    if layout.total is not None:
        total.pinned[A] = layout.total
    return rows + [total]


ECHO_MIN = 8  # letters (a skeleton's) of a line of words alone that a name above holds, for it to be that name read again


def _read_again(words: str, rows: list[Row]) -> bool:
    """Whether a line of words alone under the table's rows (no bullet, no
    cell beside it) is a piece of a name above that OCR read a second time
    (its skeleton, ECHO_MIN letters or more, inside a row's name and short of
    the whole of it: "ลเพอการเรยน" / "พื่อการเรียนการสอน" under "...ดิจิทัลเพื่อการ
    เรียนการสอน", a wrapped cell read again beside the next rows; fresh set s89a
    bma_proposal_s89a004).  No row of its own: it names no item, and what it
    says is read already.  Only a name of a group above the current one (the
    rows before the last category) counts: an item under its own category
    may print the category's words ("ค่าเช่ารถโดยสารปรับอากาศ" / "รถโดยสาร
    ปรับอากาศ", a category of hire naming its item).  Before, each such line
    opened a row, the table's cells no longer fitted its rows, and every
    line of it was lost."""
    sk = skeleton(words)
    last = max((k for k, r in enumerate(rows) if r.kind == "category"), default=0)
    return len(sk) >= ECHO_MIN and any(sk in (name := skeleton(r.name)) and sk != name for r in rows[:last])


# An amount cut where its cell's width ran out: digits and thousands groups, its last group short of three figures
# ("154,00"), and the figures that finish the group alone on the next line ("0")
_GROUP_CUT_RE = regex.compile(r"^[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})*,([\d๐-๙]{1,2})$")
_GROUP_REST_RE = regex.compile(r"^[\d๐-๙]{1,2}$")


def _figure_wrapped(head: str, rest: str) -> str | None:
    """The amount a cell wrapped inside its last thousands group ("154,00" / "0": 154,000), or None."""
    m = _GROUP_CUT_RE.match(head.strip())
    if m is None or not _GROUP_REST_RE.match(rest.strip()) or len(m.group(1)) + len(rest.strip()) != 3:
        return None
    return head.strip() + rest.strip()


def _category_wraps(rows: list[Row]) -> None:
    """A line of words alone right under a category (no bullet, no cell
    beside it), over a line whose quantity stands beside its name: the
    category's name wrapped ("ค่าเช่ารถโดยสาร" / "ปรับอากาศ" / "รถโดยสาร ๑ คัน"),
    or a row of its own whose cells were all read apart.  It is loose, as a
    line under a line is: the columns' cells decide (`_variants`, joined to
    the category), where no more than LOOSE_MAX lines are loose."""
    found = [i for i, r in enumerate(rows[1:-1], start=1)
             if r.kind == "line" and not r.bullet and not r.pinned and not r.loose
             and rows[i - 1].kind == "category" and rows[i + 1].kind == "line" and Q in rows[i + 1].pinned]
    if found and sum(r.loose for r in rows) + len(found) <= LOOSE_MAX:
        for i in found:
            rows[i].loose = True


LOOSE_MAX = 3  # loose lines the variants weigh at most (MAX_VARIANTS)


def _echoed(words: str, below: tuple[Line, str, list[Atom]]) -> bool:
    """Whether a line of words alone under a category with no line yet is
    the category's name wrapped because the line under it, with no bullet,
    opens by printing those words again and goes on ("ค่าจ้างเหมาจัดทำ" /
    "เอกสาร" / "เอกสารประกอบ" / "การอบรม": an item echoes its category's
    last words; a name never opens with its own first words twice, so the
    line is no row of its own nor the first part of the item under it)."""
    ln, name, _ = below
    if ln.bullet or name[:1] in "-–•":
        return False
    sk, more = skeleton(words), skeleton(clean_value(name).lstrip("-–• ").strip())
    return len(sk) >= 3 and len(more) > len(sk) and more.startswith(sk) and not _CATEGORY_RE.match(words)


def _echoed_whole(category: str, words: str, below: list[tuple[Line, str, list[Atom]]]) -> bool:
    """Whether a line of words alone under a category with no line yet is
    the category's name wrapped because the item's name under it, wrapped
    over two lines at the same words, is the category's name on from its
    kind ("ค่าเช่ารถโดยสาร" / "ปรับอากาศ" / "รถโดยสาร" / "ปรับอากาศ": a
    category of hire names its item), or on one line ("ค่าเช่ารถโดยสาร" /
    "ปรับอากาศ" / "รถโดยสารปรับอากาศ"): the first line or two below (no
    bullet, no cell beside them, no category) spell, joined, the end of the
    category's name and the line, and end with the line's words.  Before,
    the line opened a row and the item read "ปรับอากาศรถโดยสารปรับอากาศ" with
    no issue (fresh sets s64z's bma_proposal_s64z001, the item wrapped, and
    s69o's bma_proposal_s69o001, on one line)."""
    sk = skeleton(words)
    if len(sk) < 3 or _CATEGORY_RE.match(words) or not below:
        return False
    whole = skeleton(category) + sk
    joined = ""
    for ln, name, beside in below:
        text = clean_value(name).strip()
        if ln.bullet or beside or text[:1] in "-–•" or _CATEGORY_RE.match(text):
            return False
        joined += skeleton(text)
        if len(joined) > len(sk) and joined.endswith(sk) and whole.endswith(joined) and len(whole) > len(joined):
            return True
    return False


def _goes_on(category: str, words: str, activity: str) -> bool:
    """Whether a line of words under a category with no line yet is its name
    wrapped: the category ends with a word no name ends with ("ในการ", "และ"),
    or its words spell the activity's name on from where the category's stop."""
    if cut_short(category):
        return True
    if not activity:
        return False
    sk, more = skeleton(category), skeleton(words)
    if not more:
        return False
    for k in range(min(len(sk), len(activity) - 1), 3, -1):  # the category's end that opens the activity's name
        if activity.startswith(sk[-k:]) and (activity.startswith(more, k) or len(activity) - k >= CUT_REST_MIN
                                             and more.startswith(activity[k:])):
            # (or the activity's name, as its own line prints it, cut short by its cell's edge, "...เทคโนโลยีดิจิทัลเ":
            # the line spells on past where the name stops; fresh set s89a bma_proposal_s89a004)
            return True
    return _spells_on_misread(sk, more, activity)


CUT_REST_MIN = 4  # letters of the activity's name (as printed, cut short) the line must spell past the category's end


SPELT_MIN = 12  # letters of the activity's name a category and its wrapped line spell, one of them misread


def _spells_on_misread(sk: str, more: str, activity: str) -> bool:
    """Whether the category's end and the line under it spell the activity's
    name on with one letter OCR misread ("ส่งเสริมการจัดการเวียนรู้" for
    เรียนรู้), over SPELT_MIN letters or more of it: the line is the category's
    name wrapped as much as where every letter agrees."""
    for k in range(min(len(sk), len(activity) - 1), 3, -1):
        spelt = sk[-k:] + more
        if len(spelt) < SPELT_MIN or len(spelt) > len(activity):
            continue
        if sum(a != b for a, b in zip(spelt, activity)) == 1:
            return True
    return False


def _variants(rows: list[Row]) -> list[list[Row]]:
    """The rows read each way a loose line may be (a row of its own, or the
    line above's name wrapped)."""
    loose = [i for i, r in enumerate(rows) if r.loose]
    if 2 ** len(loose) > MAX_VARIANTS:
        loose = []
    out = []
    for mask in range(2 ** len(loose)):
        joined = {i for b, i in enumerate(loose) if mask >> b & 1}
        variant: list[Row] = []
        for i, r in enumerate(rows):
            if i in joined:
                prev = variant[-1]
                variant[-1] = Row(prev.kind, prev.name + r.name, prev.start, r.end, prev.bullet, dict(prev.pinned),
                                  prev.loose)
            else:
                variant.append(Row(r.kind, r.name, r.start, r.end, r.bullet, dict(r.pinned), r.loose))
        out.append(variant)
    return out


# ---------------------------------------------------------------- placing the runs' cells

class _TooMany(Exception):
    pass


Way = dict  # (column, row index) -> (cell as printed, line)


def _slots(rows: list[Row]) -> tuple[dict[str, list[int]], set[tuple[str, int]]]:
    """Each column's rows that wait for a cell from the runs, in order, and
    the slots that may stay empty (a one-category table's subtotal, which the
    form may leave out)."""
    categories = [i for i, r in enumerate(rows) if r.kind == "category"]
    slots: dict[str, list[int]] = {c: [] for c in COLUMNS}
    optional: set[tuple[str, int]] = set()
    for i, r in enumerate(rows):
        for c in COLUMNS:
            if c in r.pinned:
                continue
            if r.kind == "line" or c == A:
                slots[c].append(i)
                if r.kind == "category" and len(categories) == 1:
                    optional.add((A, i))
    return slots, optional


def _relations(rows: list[Row]) -> list[tuple[tuple[str, int], ...]]:
    """The slots of each equation a placement may satisfy before its end: a
    line's product (quantity, unit amount, amount), a category's sum (its
    subtotal, its lines' amounts).  (The total is weighed at the end.)"""
    out: list[tuple[tuple[str, int], ...]] = []
    category: list[tuple[str, int]] = []
    for i, r in enumerate(rows + [Row("total", "", 0, 0)]):
        if r.kind != "line" and len(category) > 1:
            out.append(tuple(category))
        if r.kind == "category":
            category = [(A, i)]
        elif r.kind == "line":
            out.append(((Q, i), (E, i), (A, i)))
            category.append((A, i))
        else:
            category = []
    return out


def _search(rows: list[Row], tokens: list[Token]) -> tuple[int, list[Way]] | None:
    """The placements of the runs' cells of least cost (cells left out, slots
    of a column that has cells left empty: each column's cells in its rows'
    order, a token's cells in one row), and of those the ones that satisfy
    the most of the table's equations as printed (`_score`; a branch that
    can no longer reach the best found is left).  (cost, placements); None
    where none costs MAX_COST or less, or the search takes too long."""
    slots, optional = _slots(rows)
    index = {c: {r: k for k, r in enumerate(slots[c])} for c in COLUMNS}
    fed = {c for t in tokens for s in t.spans for c in s}  # columns some cell may stand in
    # required slots from each place on, per column
    need = {c: [0] * (len(slots[c]) + 1) for c in COLUMNS}
    for c in COLUMNS:
        for k in range(len(slots[c]) - 1, -1, -1):
            need[c][k] = need[c][k + 1] + (c in fed and (c, slots[c][k]) not in optional)
    # cells from each token on that may stand in the quantity, unit and money columns
    supply = [(0, 0, 0)] * (len(tokens) + 1)
    for k in range(len(tokens) - 1, -1, -1):
        kinds = [a.kinds for a in tokens[k].atoms]
        supply[k] = tuple(had + sum(kind in x for x in kinds)
                          for had, kind in zip(supply[k + 1], (C_KIND, U_KIND, M_KIND)))  # type: ignore[assignment]
    relations = _relations(rows)
    touching: dict[tuple[str, int], list[int]] = {}
    for n, rel in enumerate(relations):
        for slot in rel:
            touching.setdefault(slot, []).append(n)

    # (computed once, each step of the search asks them: a slot is settled, filled or passed, once its column's
    # place is past it; only slots of a column some cell may stand in wait for one)
    waits = [tuple((c, index[c][r]) for c, r in rel if c in fed and r in index[c]) for rel in relations]
    pins = [tuple((slot, rows[slot[1]].pinned.get(slot[0])) for slot in rel) for rel in relations]
    product = [len(rel) == 3 and rel[0][0] == Q for rel in relations]

    def failures(newly: list[tuple[str, int]], ptr: dict[str, int]) -> int:
        """Equations the slots just settled (filled or passed) leave unsatisfied as printed."""
        return failures_of({n for slot in newly for n in touching.get(slot, ())}, ptr)

    def failures_of(touched: set[int], ptr: dict[str, int]) -> int:
        """Equations `touched` (those of the slots just settled) leave unsatisfied as printed."""
        failed = 0
        for n in touched:
            for c, k in waits[n]:
                if k >= ptr[c]:
                    break  # (a slot of it still waits for a cell)
            else:
                failed += _failed(n)
        return failed

    def _failed(n: int) -> bool:
        """Whether equation `n`, its slots all settled, is unsatisfied as printed."""
        cells = []
        for slot, pin in pins[n]:
            got = pin or way.get(slot)
            if not got:
                return True  # (a slot left empty)
            cells.append(got[0])
        if product[n]:
            return not _line_fits(*cells)[0]
        return not _sum_fits(cells[0], tuple(cells[1:]))[0]

    found: list[Way] = []
    orders: dict[tuple[int, str], list] = {}  # each token's spans, the run read on (`last`) first
    best = [(-1, -1)]
    nodes = [0]
    way: Way = {}

    reachable = len(relations) + 1  # the equations a placement may satisfy (+ 1: the total's)
    n_tokens = len(tokens)
    need_q, need_u, need_e, need_a = need[Q], need[U], need[E], need[A]

    def walk(k: int, ptr: dict[str, int], cost: int, limit: int, last: str, turns: int, failed: int) -> None:
        nodes[0] += 1
        if nodes[0] > MAX_NODES:
            raise _TooMany
        if reachable - failed < best[0][0]:
            return
        # the bound: slots that stay empty whatever comes, more than the cells left may fill (written out here:
        # every step of the search asks it)
        q, u, m = supply[k]
        empty = need_q[ptr[Q]] - q
        unfilled = empty if empty > 0 else 0
        empty = need_u[ptr[U]] - u
        unfilled += empty if empty > 0 else 0
        empty = need_e[ptr[E]] + need_a[ptr[A]] - m
        unfilled += empty if empty > 0 else 0
        if cost + unfilled > limit:
            return
        if k == n_tokens:
            score = _score(rows, way)
            if score > best[0]:
                best[0] = score
                found.clear()
            if score == best[0] and len(found) < MAX_WAYS:
                found.append(dict(way))
            return
        tok = tokens[k]
        if (spans := orders.get((k, last))) is None:
            spans = orders[(k, last)] = sorted(tok.spans, key=lambda sp: sp[0] != last)  # the run read on first
        for span in spans:
            lead = span[0]
            alone = len(span) == 1
            # a cell of the money columns alone: the unit amounts' and the amounts' runs take turns
            money = alone and lead in (E, A)
            turn = money and bool(last) and last != lead
            if turn and turns >= MAX_TURNS:
                continue
            now = (lead if money else last, turns + turn)
            if alone:  # (most cells: the loop below for one column, its steps each asked once)
                column, needs, start = slots[lead], need[lead], ptr[lead]
                printed = (tok.atoms[0].text, tok.line)
                touched: set[int] = set()  # the equations of the slots settled so far, one more each step
                for at in range(start, len(column)):
                    skip = needs[start] - needs[at]
                    if cost + skip > limit:
                        break
                    new = dict(ptr)
                    new[lead] = at + 1
                    slot = (lead, column[at])
                    touched.update(touching.get(slot, ()))
                    way[slot] = printed
                    walk(k + 1, new, cost + skip, limit, *now, failed + failures_of(touched, new))
                    del way[slot]
                continue
            for at in range(ptr[lead], len(slots[lead])):
                r = slots[lead][at]
                where = [index[c].get(r) for c in span]
                if any(w is None or w < ptr[c] for w, c in zip(where, span)):
                    continue
                skip = sum(need[c][ptr[c]] - need[c][w] for w, c in zip(where, span))
                if cost + skip > limit:
                    break
                new = dict(ptr)
                newly = []
                for w, c, atom in zip(where, span, tok.atoms):
                    newly += [(c, x) for x in slots[c][ptr[c]:w + 1]]
                    new[c] = w + 1
                    way[(c, r)] = (atom.text, tok.line)
                walk(k + 1, new, cost + skip, limit, *now, failed + failures(newly, new))
                for c in span:
                    del way[(c, r)]
        left = len(tok.atoms)  # a line's cells left out: each a cell of the runs
        if cost + left <= limit:
            walk(k + 1, ptr, cost + left, limit, last, turns, failed)

    try:
        for limit in range(MAX_COST + 1):  # the least cost first
            start = {c: 0 for c in COLUMNS}
            walk(0, start, 0, limit, "", 0, failures(list(touching), start))
            if found:
                return limit, found
    except _TooMany:
        return None
    return None


# ---------------------------------------------------------------- the arithmetic

@lru_cache(maxsize=4096)
def _readings(text: str) -> frozenset[Decimal]:
    return frozenset(v for v, _ in readings_of(_figure(text), parse_amount, baht=True))


@lru_cache(maxsize=4096)
def _line_fits(q: str, e: str, a: str) -> tuple[bool, bool]:
    """(as printed, as their readings allow) whether quantity x unit amount = amount."""
    pq, pe, pa = amount_or_none(q), amount_or_none(e), amount_or_none(a)
    exact = None not in (pq, pe, pa) and (pq * pe).quantize(Decimal("0.01")) == pa
    amounts = _readings(a)
    loose = exact or any((x * y).quantize(Decimal("0.01")) in amounts for x in _readings(q) for y in _readings(e)
                         if x > 0 and x == x.to_integral_value())
    return exact, loose


@lru_cache(maxsize=4096)
def _sum_fits(whole: str, parts: tuple[str, ...]) -> tuple[bool, bool]:
    """(as printed, as their readings allow) whether the parts add up to the whole."""
    pw, pp = amount_or_none(whole), [amount_or_none(p) for p in parts]
    exact = pw is not None and None not in pp and sum(pp, Decimal(0)) == pw
    if exact:
        return True, True
    wholes = _readings(whole)
    if not wholes:
        return False, False
    top = max(wholes)
    sums = {Decimal(0)}
    for p in parts:
        values = _readings(p)
        if not values:
            return False, False
        # the sums of each reading so far and each of the part's, up to the top whole: the part's readings in
        # order, each sum's stopped at the first past the top (a sum grows with the reading added), and the
        # whole given up once more than MAX_SUMS are kept (more would be at the end too): the sums a set built
        # of every pair makes, with each sum added once (on an OCR'd proposal's budget, where the column walk
        # weighs thousands of placements, that cost a tenth of the document's time; five times less now)
        ordered = sorted(values)
        grown: set[Decimal] = set()
        add = grown.add
        for s in sums:
            for v in ordered:
                if (t := s + v) > top:
                    break
                add(t)
            if len(grown) > MAX_SUMS:
                return False, False
        sums = grown
    return False, bool(sums & wholes)


def _score(rows: list[Row], way: Way) -> tuple[int, int]:
    """How many of the table's equations the placement satisfies (as printed, as readings allow)."""
    def cell(c: str, i: int) -> str | None:
        got = rows[i].pinned.get(c) or way.get((c, i))
        return got[0] if got else None

    exact = loose = 0
    amounts: list[str | None] = []
    subs: list[str | None] = []
    group: list[str | None] = []
    sub: str | None = None
    has_category = False

    def close() -> None:
        nonlocal exact, loose
        if sub is not None and group and None not in group:
            x, y = _sum_fits(sub, tuple(g for g in group if g is not None))
            exact, loose = exact + x, loose + y

    for i, r in enumerate(rows):
        if r.kind == "category":
            close()
            has_category = True
            sub, group = cell(A, i), []
            subs.append(sub)
        elif r.kind == "line":
            q, e, a = cell(Q, i), cell(E, i), cell(A, i)
            group.append(a)
            amounts.append(a)
            if q is not None and e is not None and a is not None:
                x, y = _line_fits(q, e, a)
                exact, loose = exact + x, loose + y
        else:
            close()
            total = cell(A, i)
            parts = subs if has_category and all(s is not None for s in subs) else amounts
            if total is not None and parts and None not in parts:
                x, y = _sum_fits(total, tuple(p for p in parts if p is not None))
                exact, loose = exact + x, loose + y
    return exact, loose


# ---------------------------------------------------------------- reading

@dataclass(slots=True)
class ColumnRead:
    expenses: list[Expense]
    total: tuple[str, int] | None
    subtotals: list[tuple[str, int, list[int]]]
    issues: list[Issue]


# The column titles of the risks' table, the next section's (the next heading's lines read before a budget's money
# column OCR read past it: "ความเสี่ยง", "โอกาส ผลกระทบ ระดับของ แนวทาง")
_RISK_TITLES = frozenset(skeleton(w) for w in (
    "ความเสี่ยง", "โอกาส", "ที่จะเกิด", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของ", "ระดับของความเสี่ยง", "แนวทาง",
    "การบริหาร", "การบริหารความเสี่ยง", "แนวทางการบริหารความเสี่ยง"))


def _risk_titles(text: str) -> bool:
    """A line of the risks' table's column titles alone ("ความเสียง", OCR's tone mark lost)."""
    words = text.split()
    return bool(words) and not ANY_DIGIT_RE.search(text) and all(skeleton(w) in _RISK_TITLES for w in words)


def _no_count_left(rows: list[Row], tokens: list[Token]) -> list[Token]:
    """The runs' cells where every line's quantity stands beside its name (its count cell there): a bare number
    alone on its line among the runs (of two figures or more, "100", "35") is no quantity, none being left to
    fill, but a unit amount printed with no decimals (money, the placement deciding).  Else as they are."""
    if not all(Q in r.pinned for r in rows if r.kind == "line"):
        return tokens
    out = []
    for t in tokens:
        if len(t.atoms) == 1 and C_KIND in t.atoms[0].kinds and len(ANY_DIGIT_RE.findall(t.atoms[0].text)) >= 2 \
                and not _OTHER_RE.search(t.atoms[0].text):
            atoms = [Atom((M_KIND,), t.atoms[0].text)]
            out.append(Token(atoms, t.line, _spans(atoms)))
        else:
            out.append(t)
    return out


def _money_below(lines: list[Line]) -> list[Token]:
    """The money columns' cells OCR read past the next section's heading (its
    blocks ordered after it): the first run of lines of money cells alone
    (one, or a unit amount and its amount) right under a line of the
    columns' header words ("จำนวนเงิน (บาท)", "บาท)"), or, where OCR read the
    column's header with the table, under a line of the risks' table's column
    titles ("ความเสียง": the next section's own lines before the column it
    reached), two lines or more."""
    texts = [ln for ln in lines if ln.kind == "text" and ln.text.strip()]
    for k, ln in enumerate(texts[:-1]):
        if not (_header_line(ln.text) or _risk_titles(ln.text)):
            continue
        run: list[Token] = []
        for nxt in texts[k + 1:]:
            atoms = _line_atoms([c.strip() for c in nxt.text.split("\t") if c.strip()])
            if atoms is None or len(atoms) > 2 or any(M_KIND not in a.kinds for a in atoms) \
                    or len(atoms) == 1 and not _is_money(atoms[0].text):
                break
            spans = [(E, A)] if len(atoms) == 2 else [(E,), (A,)]
            run.append(Token([Atom((M_KIND,), a.text) for a in atoms], nxt.no, spans))
        if len(run) >= 2:
            return run
    return []


def amounts_below(lines: list[Line], n: int) -> list[tuple[str, int]] | None:
    """The amounts of `n` rows OCR read with every cell but their amount
    (budget.item_columns: the amount column read apart from its rows) where
    it read that column past the next section's heading (`_money_below`: a
    run of money cells right under the column's header words): its cells, a
    line each, one for each row, in order, and the table's total after them
    where it stands there too; None where the run is of another shape or
    holds another count."""
    run = _money_below(lines)
    if any(len(t.atoms) != 1 for t in run) or len(run) not in (n, n + 1):
        return None
    return [(t.atoms[0].text, t.line) for t in run]


def _money_short(layout: Layout, rows: list[Row]) -> bool:
    """Whether the cells among the names cannot fill the amount column: none
    may stand in it, or fewer are money than its rows wait for (each
    category's subtotal, each line's amount and the total, those beside
    their names aside)."""
    money = sum(1 for t in layout.tokens for a in t.atoms if M_KIND in a.kinds)
    return not any(A in span for t in layout.tokens for span in t.spans) \
        or money < sum(1 for r in rows if A not in r.pinned)


def _cells_below(lines: list[Line]) -> list[Token]:
    """The cells of a table whose names alone OCR read before the next
    section's heading, its other columns past it (among that section's own
    lines): each run of lines of the table's cells alone (a count with a
    unit of the form, money: "๒ โรงเรียน ๒๐,0๐0.-", "40,000.-") right under
    a line of the columns' header words ("(บาท)"); none where those lines
    never print the unit amount's header (ราคาต่อหน่วย), the table's own."""
    texts = [ln for ln in lines if ln.kind == "text" and ln.text.strip()]
    if not any(_PER in skeleton(ln.text) for ln in texts):
        return []
    tokens: list[Token] = []
    for k, ln in enumerate(texts[:-1]):
        if not _header_line(ln.text):
            continue
        for nxt in texts[k + 1:]:
            atoms = _line_atoms([c.strip() for c in nxt.text.split("\t") if c.strip()])
            if atoms is None or not _cell_line(atoms):
                break
            if len(atoms) > 1 and not _spans(atoms):
                atoms = _bare_as_money(atoms)  # (as the names' lines read theirs: _layout)
            spans = _spans(atoms)
            if not spans:
                break
            tokens.append(Token(atoms, nxt.no, spans))
    return tokens


NAMED_UNIT_MIN = 3  # letters a unit holds at least for its word inside an item to name it (not คน, ใบ: pieces of words)


def _names_unit(name: str, unit: str) -> bool:
    """Whether an expense line's item names `unit` (the unit's word, NAMED_UNIT_MIN letters or more, inside the
    item's: "โรงเรียน" in "โรงเรียนขนาดใหญ่"), or is a thing counted in it (units.classifier_unit: a vehicle in
    คัน, food in คน)."""
    unit = canonical_unit(unit)
    return bool(unit) and ((len(unit) >= NAMED_UNIT_MIN and unit in clean_value(name))
                           or (classifier_unit(name) or ("",))[0] == unit)


def _units_by_names(units: list[Token], rows: list[tuple[int, str]]) -> list[tuple[int, Token]] | None:
    """The rows (index, item name) a run of unit cells alone on their lines,
    fewer than the rows, goes to: in order, each cell to a row whose item
    names its unit (_names_unit), where exactly one such way places them all
    ("โรงเรียน" x 3 for "โรงเรียนขนาดใหญ่", "...กลาง", "...เล็ก" and
    "รถโดยสารปรับอากาศ", the bus's คัน lost: fresh set s96q); None where no
    way or more than one does (where the run lacks a cell is not known)."""
    # ways[k][j]: the ways (up to two) to place units[k:] on rows[j:]
    n, m = len(units), len(rows)
    ways: dict[tuple[int, int], list[list[int]]] = {}
    for k in range(n, -1, -1):
        for j in range(m, -1, -1):
            if k == n:
                ways[k, j] = [[]]
                continue
            found: list[list[int]] = []
            if j < m:
                found += ways[k, j + 1][:2]
                if _names_unit(rows[j][1], units[k].atoms[0].text):
                    found += [[j, *rest] for rest in ways[k + 1, j + 1]][:2]
            ways[k, j] = found[:2]
    if len(ways[0, 0]) != 1:
        return None
    return [(rows[j][0], units[k]) for k, j in enumerate(ways[0, 0][0])]


def _cell_line(atoms: list[Atom]) -> bool:
    """A line of the table's cells past the heading: money, or a count with a unit the form counts in (a
    word after a figure is no unit by its place alone there: "4 ปานกลาง" is a risk's impact and level)."""
    if any(U_KIND in a.kinds and not _is_unit(a.text) for a in atoms):
        return False
    return any(M_KIND in a.kinds and len(a.kinds) == 1 for a in atoms) or \
        any(U_KIND in a.kinds for a in atoms) and any(C_KIND in a.kinds for a in atoms)


def read_columns(lines: list[Line], activity: str = "", below: list[Line] | None = None) -> ColumnRead | None:
    """The expense lines of a budget of item columns OCR read down its
    columns (see module doc); None where the lines are no such table.  Where
    no cell among them may stand in the amount column, the money cells of
    `below` (the next section's lines: `_money_below`) are taken; where they
    hold the names alone, every cell `below` holds under the columns' header
    words (`_cells_below`; said)."""
    layout = _layout(lines)
    past: list[Token] = []
    if layout is None and below and (layout := _layout(lines, names_alone=True)) is not None:
        past = layout.tokens = _by_neighbours(_cells_below(below))
        if not past:
            return _names_alone(layout, activity) if any(_PER in skeleton(ln.text) for ln in lines) else None
    if layout is None:
        return None
    rows = _rows(layout, activity)
    if rows is None:
        return None
    money_past: list[Token] = []
    if below and not past and _money_short(layout, rows):
        money_past = _money_below(below)
        layout.tokens = _by_neighbours(layout.tokens + money_past)
    best: tuple[tuple[int, int, int], list[Row], list[Way], bool, list[tuple[int, Token]] | None] | None = None
    tied = False
    # units alone on their lines, where no unit shares a line with another column's cell, are placed apart:
    # no arithmetic weighs them, so their run fills its rows in order when it holds one cell for each, and
    # else none of them is placed (where the run lacks a cell is not known)
    apart = all(len(t.atoms) == 1 for t in layout.tokens if any(U_KIND in a.kinds for a in t.atoms))
    units = [t for t in layout.tokens if apart and t.atoms[0].kinds == (U_KIND,)]
    tokens = [t for t in layout.tokens if not (apart and t.atoms[0].kinds == (U_KIND,))]
    for variant in _variants(rows):
        got = _search(variant, _no_count_left(variant, tokens))
        if got is None:
            continue
        cost, ways = got
        open_units = [i for i, r in enumerate(variant) if r.kind == "line" and U not in r.pinned]
        fits = len(units) == len(open_units)
        named = None
        if units and not fits:
            cost += abs(len(units) - len(open_units))
            named = _units_by_names(units, [(i, variant[i].name) for i in open_units])
            if named is not None:
                for way in ways:
                    way.update({(U, i): (t.atoms[0].text, t.line) for i, t in named})
        elif units:
            for way in ways:
                way.update({(U, i): (t.atoms[0].text, t.line) for i, t in zip(open_units, units)})
        rank = (-cost, *_score(variant, ways[0]))
        if best is None or rank > best[0]:
            best, tied = (rank, variant, ways, bool(units) and not fits and named is None, named), False
        elif rank == best[0]:
            tied = True
    if best is None or tied:
        return None  # no placement, or the names' rows read two ways as well: which rows they are is not known
    _, rows, chosen, units_unplaced, named = best
    read = _build(rows, chosen, layout, units_unplaced)
    if named:
        # the unit column short of a cell: its cells placed where the items name their units, said (the line left
        # without one says its loss: _build)
        read.issues.append(Issue("warning", "unread_cells", f"budget table read down its columns: its unit column "
                                 f"holds {len(units)} cells for more lines; each is placed on the line whose item "
                                 "names it, the one way in order that does (the line or lines left lack their unit)",
                                 " | ".join(t.atoms[0].text for _, t in named), min(t.line for _, t in named),
                                 max(t.line for _, t in named), field="expenses.unit"))
    if past:
        # cells read among another section's lines: placed by their order and the arithmetic alone
        at = [t.line for t in past]
        read.issues.append(Issue("warning", "unread_cells", "budget table read in blocks: its names before the "
                                 "next section's heading, its other columns' cells past it (among that section's "
                                 f"lines {min(at)}-{max(at)}): placed in its rows by their order and the table's "
                                 "arithmetic, so its lines' figures are in doubt where that does not confirm them",
                                 " | ".join(a.text for t in past for a in t.atoms)[:120], rows[0].start, max(at),
                                 field="expenses"))
    elif money_past:
        # money cells read among the next section's lines (under the column's header words, or under the risks'
        # table's titles): placed by their order and the arithmetic alone, as cells past the heading are
        at = [t.line for t in money_past]
        read.issues.append(Issue("warning", "unread_cells", "budget table read in blocks: its money column's cells "
                                 f"past the next section's heading (lines {min(at)}-{max(at)}): placed in its rows by "
                                 "their order and the table's arithmetic, so its lines' figures are in doubt where "
                                 "that does not confirm them", " | ".join(a.text for t in money_past for a in t.atoms)[:120],
                                 rows[0].start, max(at), field="expenses"))
    return read


def _names_alone(layout: Layout, activity: str) -> ColumnRead | None:
    """The rows of a budget of item columns whose names alone OCR read (its
    header's words naming the unit amount's column among them), no cell of
    its other columns anywhere (its figures lost with the scan's faint
    print): each line by its name under its category, its figures
    unread, and said over the table (the lines' figures are not known, nor
    are they the whole sum).  None where the names make no line."""
    found = _rows(layout, activity)
    if found is None:
        return None
    # a line under a line with no bullet and no cell beside it is a row of its own, or the line's name wrapped:
    # no arithmetic tells, so it is the name wrapped under a row whose cells stand beside its first line (the
    # name's first line holds its row's cells), else a row of its own; said either way
    rows: list[Row] = []
    for r in found:
        if r.loose and rows and rows[-1].kind == "line" and rows[-1].pinned:
            rows[-1].name, rows[-1].end = rows[-1].name + r.name, r.end
        else:
            rows.append(r)
    if sum(1 for r in rows if r.kind == "line") < 2:
        return None
    read = _build(rows, [{}], layout)
    start, end = rows[0].start, max(r.end for r in rows)
    loose = " (where a name's line is a row of its own or the one above's wrapped was told by the cells beside it "
    read.issues.append(Issue("warning", "unread_cells", "budget table read in blocks: its item names alone, no cell "
                             "of its quantity, unit, unit amount or amount columns read anywhere but beside the "
                             "names: each line's other figures are unread"
                             + (loose + "alone)" if any(r.loose for r in found) else ""),
                             " | ".join(r.name for r in rows if r.kind == "line")[:120], start, end, field="expenses"))
    return read


def _build(rows: list[Row], ways: list[Way], layout: Layout, units_unplaced: bool = False) -> ColumnRead:
    """The expense lines of a placement: a cell the best placements disagree
    on (or none gives) is left empty and said."""
    issues: list[Issue] = []

    def cell(c: str, i: int) -> tuple[str, int] | None:
        if c in rows[i].pinned:
            return rows[i].pinned[c]
        got = {w.get((c, i)) for w in ways}
        return got.pop() if len(got) == 1 else None

    def doubtful(c: str, i: int) -> bool:
        if c == U and units_unplaced:
            return True
        return c not in rows[i].pinned and len({w.get((c, i)) for w in ways}) > 1

    expenses: list[Expense] = []
    subtotals: list[tuple[str, int, list[int]]] = []
    category: str | None = None
    total: tuple[str, int] | None = None
    for i, r in enumerate(rows):
        if r.kind == "category" and i + 1 < len(rows) and rows[i + 1].kind != "line":
            # a category with no line under it (the next row is a category or the total): the form prints a
            # category over its lines, so its lines' names were read elsewhere (past the total, among the law's
            # words) or lost; before, the row was lost and the lines after it numbered short with no issue (fresh
            # set s119q, bma_proposal_s119q002)
            issues.append(Issue("warning", "unread_cells", f"budget table read down its columns: its category "
                                f"{r.name!r} has no line under it (the next row is "
                                f"{'another category' if rows[i + 1].kind == 'category' else 'the total'}): its "
                                "lines' names were read elsewhere or lost, so the table's lines are not all read and "
                                "the numbers of those after it are in doubt", r.name, r.start,
                                max(row.end for row in rows), field="expenses"))
        if r.kind == "category":
            category = r.name
            sub = cell(A, i)
            subtotals.append((sub[0], sub[1], []) if sub else ("", r.start, []))
            continue
        if r.kind == "total":
            total = cell(A, i)
            continue
        figures = {c: cell(c, i) for c in COLUMNS}
        lines = [r.start, r.end] + [f[1] for f in figures.values() if f]
        e = Expense(category, r.name or (category or ""), *(figures[c][0] if figures[c] else "" for c in COLUMNS),
                    text=r.name, start=r.start, end=r.end)
        expenses.append(e)
        seq = len(expenses)
        if subtotals:
            subtotals[-1][2].append(seq - 1)
        for c in (Q, U, E):
            if figures[c] is None:
                why = ("the best ways to place its column's cells disagree on it (the column lacks a cell, and "
                       "the table's arithmetic does not prove where)" if doubtful(c, i)
                       else "its column's cells, read apart from the rows, hold none for it")
                issues.append(Issue("warning", "missing_value", f"expense line {seq}: no {c.replace('_', ' ')}: "
                                    f"the budget table was read down its columns, and {why}", r.name,
                                    min(lines), max(lines), field=f"expenses.{c}"))
        if figures[A] is None and doubtful(A, i):
            issues.append(Issue("warning", "repair_ambiguous", f"expense line {seq}: its amount is not placed: the "
                                "budget table was read down its columns, and the best ways to place the amount "
                                "column's cells disagree on it", r.name, min(lines), max(lines),
                                field="expenses.amount"))
    subtotals = [(t, no, members) for t, no, members in subtotals if t and members]
    if total is None and layout.total is not None:
        total = layout.total
    return ColumnRead(expenses, total, subtotals, issues)
