"""Section 2's entries table, entries across, two of its blocks OCR read
down in one pass with their columns interleaved.

The form prints the entries as columns, four a block, one block under
another.  Where a block's head row and date row OCR read across (given as
a run of headers, each with its date: transposed.untranspose) and the rest
of that block down, and the next block's upper rows stand on the same page
beside it, tesseract reads the page's columns one by one: each holds, top
to bottom, the first block's cells (no head, no date: they were read
across) and then the next block's head, date and upper cells.  The lines
then run

    รายงานครั้งที่ 1 / :: date 1 :  ...  รายงานครั้งที่ 4 / :: date 4 :   (the row read across)
    the labels' columns
    description 1 / 25.0% / 0.00 บาท / เป็นไปตาม แผน / เป็นไปตาม เป้าหมาย      (no head)
    รายงานครั้งที่ 5 / 19/2/2561 / description 5 / 46.0%                      (a head)
    description 2 / ...                                                     (no head)
    รายงานครั้งที่ 6 / ...

and, read in the order they stand, every cell goes one entry late.
`chunks_interleaved` reads the stretch as chunks: a chunk that opens with
a report head belongs to the next block (numbered on from the run's last,
said where its head reads otherwise or not at all); the chunks with no
head take, in order, the run's entries.  A chunk with no head holds its
entry's lower cells whole (description, progress, amount, plan, target);
a chunk with a head holds its date, its description and its progress, and
its amount and verdicts where they follow (the rest of the next block's
rows are read across later: entries.figure_rows_after_columns and
flag_rows_after_columns give them to the entries that lack them).  The
entries are given back one by one as clause lines.

The placement is checked by the figures: the entries' progress in their
numbers' order does not fall and their dates rise; where either fails,
every cell placed so is said (entry_cell_in_doubt).  Where the stretch
does not read so whole (the chunks with no head not as many as the run's
entries, no chunk with a head, more heads than the run), the lines are
left as they are.

`lower_columns` reads a block whose upper rows OCR read across (its entries
given one by one, their heads from one printed line) and whose lower rows
it read down after them: a labels' column naming some lower rows alone
("งบประมาณ" / "ที่เบิกใช้" / "ความสอดค" / "ล้องกับแผน"), then one column per
entry holding those cells: where the columns are as many as those entries,
each lacking those cells, they go to them left to right, each said
(label_inferred).
"""

from __future__ import annotations

import regex

from normalizers.dates import parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import parse_percent, thai_digits_to_arabic
from normalizers.text import mark_tolerant
from parsers.bma_progress.downcols import (
    COLUMN_LINES, _ACROSS_DATE_RE, _AMOUNT_RE, _DATE_CELL_RE, _LOOSE_DATE_RE, _PERCENT_RE, _PLAN_END_RE,
    _NUMBER_ALONE_RE, _TARGET_END_RE, _UNIT_ALONE_RE, _VERDICT_RE, _label_kind, _verdict_words)
from schemas.document import Issue, Line

_M = mark_tolerant
_DIGIT = r"[\d๐-๙]"
# a head as the earlier readers give it ("รายงานครั้งที่ 6", its number lost: "รายงานครั้งที่")
_HEAD_RE = regex.compile(rf"^\s*{_M('รายงาน')}\s*{_M('ครั้ง')}\s*{_M('ที่')}\s*({_DIGIT}{{1,2}})?\s*(?:::)?\s*$")
# a date slot as the earlier readers give it (":: 15/3/61 :"), its text inside
_SLOT_RE = regex.compile(r"^\s*::\s*(.*?)\s*:?\s*$")
# the progress and budget clauses as the earlier readers give them, the cell's figure after the "="
_PROGRESS_CLAUSE_RE = regex.compile(rf"^\s*{_M('ความก้าวหน้า')}\S*\s*=\s*(.+)$")
_BUDGET_CLAUSE_RE = regex.compile(rf"^\s*{_M('งบประมาณ')}\S*\s*=\s*(.+)$")
_NOT_RE = regex.compile(rf"^\s*:?\s*{_M('ไม่')}\s*$")
_THAI_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e45]")  # letters and vowels, marks aside
_SIGN_RE = regex.compile(r"[ฯๆ]")  # a cell's last sign the wrap left alone ("คณะกรรมการ" / "ฯ")


def _text(ln: Line) -> str:
    return ln.text.strip()


def _head(ln: Line) -> regex.Match | None:
    return _HEAD_RE.match(ln.text)


def _date_text(text: str) -> str | None:
    """The date a cell holds (a slot ":: ... :" or a bare cell), or None."""
    m = _SLOT_RE.match(text)
    inner = m.group(1) if m else text.strip()
    if _DATE_CELL_RE.match(inner) or _LOOSE_DATE_RE.match(inner) or (
            (d := _ACROSS_DATE_RE.search(inner)) is not None and d.group(0).strip() == inner):
        return inner
    return None


def _noise(text: str) -> bool:
    """A short line of specks no cell holds (no Thai word, no figure): OCR's reading of a rule or a mark."""
    t = text.strip()
    return len(_THAI_LETTERS_RE.findall(t)) <= 1 and not _SIGN_RE.fullmatch(t) and len(t) <= 10 and not _PERCENT_RE.match(t) and not _AMOUNT_RE.match(t) \
        and _date_text(t) is None and _head_run_head(t) is None


def _head_run_head(text: str) -> regex.Match | None:
    return _HEAD_RE.match(text)


def _next(lines: list[Line], k: int) -> int:
    """The index of the next line holding anything, past blank lines, other kinds and specks."""
    while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip() or _noise(lines[k].text)):
        k += 1
    return k


def _run_at(lines: list[Line], i: int) -> tuple[list[tuple[int, Line, Line]], int] | None:
    """A run of heads read across at lines[i]: each head ("รายงานครั้งที่ N", N running on one by one, at
    least two, all from one printed line) with its date slot after it; the (number, head, date) triples and
    the index past the run."""
    out: list[tuple[int, Line, Line]] = []
    k = i
    while k + 1 < len(lines):
        m = _head(lines[k])
        if m is None or m.group(1) is None or not _SLOT_RE.match(lines[k + 1].text):
            break
        seq = int(thai_digits_to_arabic(m.group(1)))
        if out and (seq != out[-1][0] + 1 or lines[k].no != out[0][1].no):
            break
        out.append((seq, lines[k], lines[k + 1]))
        k += 2
    return (out, k) if len(out) >= 2 else None


def _verdict(lines: list[Line], k: int, end_re) -> tuple[list[Line], int] | None:
    """A verdict cell at lines[k] (": เป็นไปตาม แผน", "เป็นไปตาม" / "แผน", "ไม่" / "เป็นไปตาม" / "แผน"), its lines and
    the index past it."""
    got: list[Line] = []
    if k < len(lines) and _NOT_RE.match(lines[k].text):
        got.append(lines[k])
        k = _next(lines, k + 1)
    if k >= len(lines):
        return None
    text = _text(lines[k]).lstrip(":").strip()
    if not _VERDICT_RE.match(text):
        return None
    got.append(lines[k])
    k = _next(lines, k + 1)
    if not end_re.search(text) and k < len(lines) and end_re.search(_text(lines[k])) and len(_text(lines[k])) <= 12 \
            and not _VERDICT_RE.match(_text(lines[k]).lstrip(":").strip()):  # (cut inside a word: "เป็นไปต" / "ามแผน")
        got.append(lines[k])
        k = _next(lines, k + 1)
    return got, k


def _figure(text: str, clause_re, cell_re) -> str | None:
    m = clause_re.match(text)
    inner = m.group(1).strip() if m else text.strip()
    return inner if cell_re.match(inner) else None


def _lower(lines: list[Line], k: int, headed: bool) -> tuple[dict, int] | None:
    """A chunk's cells under its date from lines[k]: its description lines, its progress, and (a chunk with no
    head: always) its amount and its two verdicts; the index past them."""
    desc: list[Line] = []
    cells: dict = {}
    while k < len(lines) and len(desc) <= COLUMN_LINES:
        ln = lines[k]
        text = _text(ln)
        if _head(ln) or _label_kind(text) not in (None, "tail") or _SLOT_RE.match(text) \
                or _VERDICT_RE.match(text.lstrip(":").strip()) or _figure(text, _BUDGET_CLAUSE_RE, _AMOUNT_RE):
            return None  # (the progress cell not met first)
        k = _next(lines, k + 1)
        if (pct := _figure(text, _PROGRESS_CLAUSE_RE, _PERCENT_RE)) is not None:
            cells = {"desc": desc, "pct": (ln, pct)}
            break
        desc.append(ln)
    if not cells:
        return None
    if k < len(lines) and (amount := _figure(_text(lines[k]), _BUDGET_CLAUSE_RE, _AMOUNT_RE)) is not None:
        cells["amount"] = (lines[k], amount)
        k = _next(lines, k + 1)
        plan = _verdict(lines, k, _PLAN_END_RE)
        if plan is not None:
            target = _verdict(lines, plan[1], _TARGET_END_RE)
            if target is not None:
                cells["plan"], cells["target"] = plan[0], target[0]
                k = target[1]
    if not headed and "target" not in cells:
        return None
    return cells, k


def _chunk(lines: list[Line], k: int) -> tuple[dict, int] | None:
    """One chunk from lines[k]: a head, its date and its cells, or the cells of an entry whose head and date
    were read across; the index past it."""
    k = _next(lines, k)
    if k >= len(lines):
        return None
    head = date = None
    printed = ""
    if _head(lines[k]):
        head = lines[k]
        printed = _head(lines[k]).group(1) or ""
        k = _next(lines, k + 1)
        if k < len(lines) and _date_text(lines[k].text) is None and (m := _SLOT_RE.match(lines[k].text)) \
                and len(m.group(1)) <= 3:
            printed = printed or m.group(1)  # the head's number as OCR garbled it, given a slot of its own
            k = _next(lines, k + 1)
        if k >= len(lines) or _date_text(lines[k].text) is None:
            return None
        date = lines[k]
        k = _next(lines, k + 1)
    got = _lower(lines, k, head is not None)
    if got is None:
        return None
    cells, k = got
    cells.update(head=head, date=date, printed=printed)
    return cells, k


def _labels_past(lines: list[Line], k: int) -> int | None:
    """The index past the labels' columns at lines[k] (specks among them passed), None where they do not hold
    at least the description's and a verdict's label."""
    seen = set()
    k = _next(lines, k)
    while k < len(lines) and (kind := _label_kind(_text(lines[k]))) is not None:
        seen.add(kind)
        k = _next(lines, k + 1)
    return k if {"description", "verdict"} <= seen else None


def _emit(seq: int, head: Line, date_text: str | None, date_no: int, cells: dict) -> list[Line]:
    out = [Line(head.no, f"รายงานครั้งที่ {seq}")]
    if date_text is not None:
        out.append(Line(date_no, f":: {date_text} :"))
    out.extend(Line(ln.no, _text(ln)) for ln in cells["desc"])
    ln, pct = cells["pct"]
    out.append(Line(ln.no, f"ความก้าวหน้าของงานฯ = {pct}"))
    if "amount" in cells:
        ln, amount = cells["amount"]
        out.append(Line(ln.no, f"งบประมาณที่เบิกใช้ = {amount}"))
    for key in ("plan", "target"):
        if key in cells:
            v = cells[key]
            out.append(Line(v[0].no, ": " + _verdict_words([Line(x.no, _text(x).lstrip(":").strip()) for x in v])))
    return out


def _percent(text: str) -> float | None:
    try:
        return parse_percent(text)
    except (ValueParseError, ValueError):
        return None


def _date(text: str | None):
    if text is None:
        return None
    try:
        return parse_date(text)
    except (ValueParseError, ValueError):
        return None


def _confirmed(placed: list[tuple[int, str | None, dict]]) -> bool:
    """Whether the entries' figures in their numbers' order agree with the placement: progress never falls,
    dates rise (those that read)."""
    pcts = [p for _, _, c in placed if (p := _percent(c["pct"][1])) is not None]
    days = [d for _, t, _ in placed if (d := _date(t)) is not None]
    return all(a <= b for a, b in zip(pcts, pcts[1:])) and all(a < b for a, b in zip(days, days[1:]))


_FIELDS = ("description", "progress_pct", "disbursed", "on_plan", "on_target")


def chunks_interleaved(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each stretch of interleaved chunks (module doc) given entry by entry; the issues."""
    out: list[Line] = []
    issues: list[Issue] = []
    i = 0
    while i < len(lines):
        got = _stretch_at(lines, i, issues)
        if got is None:
            out.append(lines[i])
            i += 1
            continue
        emitted, i = got
        out.extend(emitted)
    return out, issues


def _stretch_at(lines: list[Line], i: int, issues: list[Issue]) -> tuple[list[Line], int] | None:
    run = _run_at(lines, i)
    if run is None:
        return None
    heads, k = run
    k = _labels_past(lines, k)
    if k is None:
        return None
    chunks: list[dict] = []
    while (got := _chunk(lines, k)) is not None:
        chunks.append(got[0])
        k = got[1]
    own = [c for c in chunks if c["head"] is None]
    late = [c for c in chunks if c["head"] is not None]
    if len(own) != len(heads) or not late or len(late) > len(heads) or chunks[0]["head"] is not None:
        return None
    last = heads[-1][0]
    placed: list[tuple[int, str | None, dict]] = []
    emitted: list[Line] = []
    said: list[Issue] = []
    for (seq, head, slot), cells in zip(heads, own):
        m = _SLOT_RE.match(slot.text)
        text = m.group(1).strip() if m and m.group(1).strip() else None
        placed.append((seq, text, cells))
        emitted.append(Line(head.no, f"รายงานครั้งที่ {seq}"))
        emitted.append(Line(slot.no, slot.text))
        emitted.extend(_emit(seq, head, None, slot.no, cells)[1:])
    for n, cells in enumerate(late, 1):
        seq = last + n
        text = _date_text(cells["date"].text)
        placed.append((seq, text, cells))
        emitted.extend(_emit(seq, cells["head"], text, cells["date"].no, cells))
        printed = cells["printed"]
        if not regex.fullmatch(rf"{_DIGIT}{{1,2}}", printed) or int(thai_digits_to_arabic(printed)) != seq:
            head = cells["head"]
            said.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"report {seq}: a head of the entries table's next block read among the columns of the block "
                f"read across (its head {printed or 'unreadable'!r}), numbered by its place after report {last}",
                f"{_text(head)} {printed}".strip(), head.no, head.no, field="progress_reports.seq"))
    if not _confirmed(sorted(placed, key=lambda t: t[0])):
        for seq, _, cells in placed:
            lo = min(ln.no for ln in [*cells["desc"], cells["pct"][0]])
            for field in _FIELDS:
                said.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"report {seq}: the entries table's columns read down with the next block's heads among them; "
                    f"the cells placed by their order, and the entries' progress or dates in that order break "
                    f"their order", "", lo, cells["pct"][0].no, field=f"progress_reports.{field}"))
    issues.extend(said)
    return emitted, k


# The rows a labels' column of an entries block's lower rows may name, in the form's order (no date, no description)
_LOWER_ROWS = ("progress_pct", "disbursed", "verdict", "verdict")


def lower_columns(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with an entries block's lower rows OCR read down after the block's upper rows were read across
    (the entries given one by one, their heads from one printed line): a labels' column naming some of the
    lower rows alone (progress, disbursement, plan, target, in the form's order), then one column per entry,
    each holding those cells and nothing else.  Where the columns are as many as the entries the row read
    across gave, each lacking those cells, the columns' cells go to them left to right, each said
    (label_inferred); otherwise the lines are left as they are."""
    out: list[Line] = []
    issues: list[Issue] = []
    i = 0
    while i < len(lines):
        got = _lower_at(lines, i, out, issues)
        if got is None:
            out.append(lines[i])
            i += 1
            continue
        out, i = got
    return out, issues


def _lower_labels(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """A labels' column naming lower rows alone at lines[i] (in the form's order; one verdict label the plan's,
    its object read): its rows and the index past it."""
    rows: list[str] = []
    words = ""
    k = i
    while k < len(lines) and (kind := _label_kind(_text(lines[k]))) is not None:
        if kind != "tail":
            rows.append(kind)
        elif not rows:
            return None
        words += _text(lines[k])
        k = _next(lines, k + 1)
    order = iter(_LOWER_ROWS)
    if not rows or not all(r in order for r in rows) \
            or rows.count("verdict") == 1 and not _PLAN_END_RE.search(words):
        return None
    return rows, k


def _lower_cells(lines: list[Line], k: int, rows: list[str]) -> tuple[dict, int] | None:
    """One column's cells of `rows` from lines[k] (an amount's unit wrapped under it joined), the index past."""
    cells: dict = {}
    verdicts = 0
    for row in rows:
        k = _next(lines, k)
        if k >= len(lines):
            return None
        text = _text(lines[k])
        if row == "progress_pct":
            if (pct := _figure(text, _PROGRESS_CLAUSE_RE, _PERCENT_RE)) is None:
                return None
            cells["pct"] = (lines[k], pct)
            k += 1
        elif row == "disbursed":
            if _AMOUNT_RE.match(text):
                cells["amount"] = (lines[k], text)
                k += 1
            elif _NUMBER_ALONE_RE.match(text) and (j := _next(lines, k + 1)) < len(lines) \
                    and _UNIT_ALONE_RE.match(lines[j].text):
                cells["amount"] = (lines[k], f"{text} {_text(lines[j])}")
                k = j + 1
            else:
                return None
        else:
            verdicts += 1
            got = _verdict(lines, k, _PLAN_END_RE if verdicts == 1 else _TARGET_END_RE)
            if got is None:
                return None
            cells["plan" if verdicts == 1 else "target"] = got[0]
            k = got[1]
    return cells, k


_OPENER_RE = regex.compile(rf"^\s*{_M('รายงาน')}\s*{_M('ครั้ง')}\s*{_M('ที่')}\s*({_DIGIT}{{1,2}})\s*$")
_CLAUSE_OF = {"pct": _PROGRESS_CLAUSE_RE, "amount": _BUDGET_CLAUSE_RE}


def _lower_at(lines: list[Line], i: int, out: list[Line], issues: list[Issue]) -> tuple[list[Line], int] | None:
    got = _lower_labels(lines, i)
    if got is None:
        return None
    rows, k = got
    # the entries the row read across gave: the last heads before, all from one printed line, numbers running on
    heads = [j for j, ln in enumerate(out) if _OPENER_RE.match(ln.text)]
    if len(heads) < 2:
        return None
    last = out[heads[-1]].no
    block = [j for j in heads if out[j].no == last]
    if block != heads[-len(block):] or len(block) < 2:
        return None
    seqs = [int(thai_digits_to_arabic(_OPENER_RE.match(out[j].text).group(1))) for j in block]
    if any(b != a + 1 for a, b in zip(seqs, seqs[1:])):
        return None
    bounds = [*block, len(out)]
    wanted = {"pct": "progress_pct" in rows, "amount": "disbursed" in rows}
    for a, b in zip(bounds, bounds[1:]):
        for key, want in wanted.items():
            if want and any(_CLAUSE_OF[key].match(ln.text) for ln in out[a:b]):
                return None  # (an entry holds that cell already)
        if "verdict" in rows and any(_VERDICT_RE.match(ln.text.lstrip(":").strip()) for ln in out[a:b]):
            return None
    columns = []
    for _ in block:
        got = _lower_cells(lines, k, rows)
        if got is None:
            return None
        columns.append(got[0])
        k = got[1]
    new = list(out)
    for at, (seq, cells) in reversed(list(zip(bounds[1:], zip(seqs, columns)))):
        clauses = []
        if "pct" in cells:
            clauses.append(Line(cells["pct"][0].no, f"ความก้าวหน้าของงานฯ = {cells['pct'][1]}"))
        if "amount" in cells:
            clauses.append(Line(cells["amount"][0].no, f"งบประมาณที่เบิกใช้ = {cells['amount'][1]}"))
        for key in ("plan", "target"):
            if key in cells:
                v = cells[key]
                clauses.append(Line(v[0].no, ": " + _verdict_words([Line(x.no, _text(x).lstrip(":").strip())
                                                                     for x in v])))
        new[at:at] = clauses
        for ln in clauses:
            issues.append(Issue(
                "warning", "label_inferred",
                f"report {seq}: the entries block's {', '.join(rows)} rows read down after its upper rows were "
                f"read across, one column per entry; this column's cell ({ln.text!r}) given to its entry by the "
                f"column's place", ln.text, ln.no, ln.no,
                field=f"progress_reports.{_clause_field(ln.text)}"))
    return new, k


def _clause_field(text: str) -> str:
    if text.startswith("ความก้าวหน้า"):
        return "progress_pct"
    if text.startswith("งบประมาณ"):
        return "disbursed"
    return "on_target" if _TARGET_END_RE.search(text) else "on_plan"
