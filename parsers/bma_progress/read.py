"""Reading a BMA progress form: lines -> copies (parsers.reader, through the
anchors of parsers.bma_progress.fields) -> readings.

`read_copy` reads one copy's fields, sections, lists and report entries
(parsers.bma_progress.entries; section 2 is opaque to the field anchors) as
readings, with the copy's identity (project code, name) so that copies of
one project are voted together and different projects stay apart.
"""

from __future__ import annotations

from normalizers.furniture import is_specks
import json
from collections.abc import Callable

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import could_be
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import clean_value, join_wrapped, mark_tolerant, skeleton
from normalizers.words import known_word
from parsers.bma_progress.assemble import ENTRY_GAP, EntriesResult
from parsers.bma_progress.baht_sign import clause_signs, expense_signs, sign_unweighed, signed_amounts
from parsers.bma_progress.clauses import (BUDGET_RE, HEADER_RE, NUMBER_PART_RE, PROGRESS_RE, Expense, budget_amount,
                                          date_cell_opens, expense_shaped)
from parsers.bma_progress.entries import expense_values, figure_values, lines_cut_before, parse_entries
from parsers.bma_progress.transposed import head_numbers_in_noise
from parsers.bma_progress.fields import FIELD_BY_KEY, FORM, HEADINGS, RESTART_FIELDS, SECTION_FIELDS, SECTIONS
from parsers.anchors import skeleton_of, speck_line
from parsers.lazy import lazy_compile
from parsers.units import UNITS, canonical_unit, mend_unit
from parsers.items import (
    THAI_LETTER_RE,
    bullet_lookalikes,
    bullets_at_ends,
    explode_inline,
    follows,
    gapped_unmarked_issues,
    LOST_ITEM,
    lost_first_item,
    marked_inside_issues,
    mend_item_numbers,
    mend_purpose,
    numbered_items,
    opens_purpose,
    printed_number,
    renumbered_issues,
    run_on,
    split_item_number,
    opened_by_words_issues,
)
from parsers.reader import (
    Copy,
    Event,
    Parts,
    cut_label,
    fold_last_copy,
    identity_of,
    label_tail_line,
    lost_label,
    mark_cut_short,
    read_fields,
    read_once,
    same_project,
    scan,
    sort_out,
    split_copies,
)
from parsers.values import (inner_kind_label, opens_with_kind_label, person_parts, span_text, split_unit,
                            TARGET_KIND_LABELS, TARGET_KINDS, target_groups)
from parsers.year_mentions import mentions_in
from parsers.digits import unread_digits
from parsers.repair import YEAR_RANGE
from schemas.document import CopyReading, Issue, Line, Reading


def read_copy(copy: Copy) -> CopyReading:
    out = CopyReading(copy.index, copy.line_start, copy.line_end)
    copy, headers = agency_headers_apart(copy)
    out.issues.extend(entries_opened(copy))
    copy, opened = headings_at_labels(copy, out)
    parts = sort_out(copy, FORM)
    parts.headings = [h for h in parts.headings if h not in opened]  # (the section's heading itself is not read)
    parts.furniture.extend(headers)
    join_million_units(parts)
    infer_lost_labels(parts, out)
    split_run_in_indicator(parts, out)
    split_lost_indicator(copy, parts, out)
    read_fields(parts, FORM, out)
    flag_damaged_phones(parts, out)
    out.issues.extend(entries_on_past_certification(parts))
    read_sections(parts, out)
    out.issues.extend(expenses_past_certification(parts.furniture))
    out.identity = identity_of(out)
    return out


_TITLES: dict[str, str] = {}
for _anchor in HEADINGS:  # (each section's heading as printed, its number first: "1.6 สนับสนุนแผนพัฒนา ...")
    _TITLES.setdefault(_anchor.key, f"{_anchor.key[1:].replace('_', '.')} {_anchor.text}")
_TABLES = {"rationale": "projects.rationale"}  # (SECTIONS names the others by their table)


def entries_opened(copy: Copy) -> list[Issue]:
    """Section 2 opened where its heading OCR lost stood, at the line that
    opens the first report's entry (fields.ENTRIES_OPENED, reader.scan: its
    heading event holds that line), said: label_inferred on progress_reports."""
    return [Issue("warning", "label_inferred", f"section {_TITLES[ev.key]}: its heading was not found before the "
                  "report entries; the section was opened at the line that opens the first report's entry (its "
                  "header), and the lines under it are read as the entries, not as section 1's text",
                  json.dumps({"text": ev.text}, ensure_ascii=False), ev.line, ev.line, field=SECTIONS[ev.key])
            for ev in copy.events if ev.kind == "heading" and ev.text and copy.headings_inferred.get(ev.key) == ev.line]


def headings_at_labels(copy: Copy, out: CopyReading) -> tuple[Copy, list[tuple[str, int]]]:
    """A header section whose heading the copy lacks (OCR lost it, or a
    page's furniture took it), its fields' labels read under the list
    section before it (section 1.6's "ประเด็นยุทธศาสตร์ :", "เป้าหมายที่ :",
    "ตัวชี้วัด :" under 1.5's targets): the lines under each label are its
    value's wraps ("เป้าหมายที่ : เป้าหมายที่ 3.3.4" / "ครูและบุคลากร..."),
    not the list's, but outside a field section sort_out gives them to the
    list, and the last target took them all in (fresh set s69o
    bma_progress_s69o006, its 1.6 heading read as a page header's; corpus
    OCR bma_progress_018 copy 1, its heading lost), silently.  The first
    such label opens its section there (SECTION_FIELDS: the fields each
    header section holds), said (label_inferred, on the list's table: it
    ends before the label).  Returns the copy (the same one where nothing
    is opened) and the headings opened (key, line), which are no
    heading the copy printed."""
    headed = {ev.key for ev in copy.events if ev.kind == "heading"}
    at: dict[int, str] = {}
    section = "lead"
    for k, ev in enumerate(copy.events):
        if ev.kind == "heading":
            section = ev.key
            continue
        if ev.kind != "field" or section in FORM.field_sections or section not in SECTIONS \
                or section in FORM.opaque_sections:
            continue
        key = next((key for key, keys in SECTION_FIELDS.items() if ev.key in keys), None)
        if key is None or key in headed:
            continue
        at[k] = key
        headed.add(key)
        section = key
        listed = SECTIONS[next(e.key for e in reversed(copy.events[:k]) if e.kind == "heading")]
        out.issues.append(Issue("warning", "label_inferred", f"section {_TITLES[key]}: its heading was not found; "
                                f"the section was opened at its field's label under the section before it, whose "
                                f"text ends there: the lines under the label are its value's wraps",
                                json.dumps({"text": ev.text}, ensure_ascii=False), ev.line, ev.line,
                                field=_TABLES.get(listed, listed)))
    if not at:
        return copy, []
    events: list[Event] = []
    for k, ev in enumerate(copy.events):
        if k in at:
            events.append(Event("heading", at[k], "", ev.line))
        events.append(ev)
    opened = [(key, copy.events[k].line) for k, key in at.items()]
    return Copy(copy.index, events, copy.fields_seen, copy.headings_seen | set(at.values()),
                {**copy.headings_inferred, **{key: copy.events[k].line for k, key in at.items()}}), opened


PAGE_BREAK_GAP = 3  # line numbers from a header's printing to the text on each side at a page break, at least
AGENCY_HEADER_MIN = 8  # skeleton letters of an agency's name taken for a running header (shorter: a common word)


def agency_headers_apart(copy: Copy) -> tuple[Copy, list[Line]]:
    """The copy without the printings of the running header of the
    responsible agency's name ("สำนักงานเขตจอมทอง": the unit field's agency
    as the copy reads it, alone on a line) that stand apart at a page break:
    PAGE_BREAK_GAP line numbers or more from the text on each side (the
    page's footer, its number and blank lines between, which the parser is
    not given), as no line of text stands, OCR'd or not (a wrapped line
    follows its line; a form that parts its lines by blank ones leaves one
    between).  The clean-up finds a running header by its repeats; one
    printed once (a document of two pages, the header on page 2 alone)
    stays text, and a field that wrapped over the page break took it in
    ("เป้าหมายที่ ๓.๓.๔" / footer / "สำนักงานเขตจอมทอง" / "- ๒ -" /
    "ครูและบุคลากร..." read as one value).  After OCR the page's number,
    garbled past the clean-up's reading ("ใต -"), or specks, may stand
    beside it as text: they go with it, and the gap is counted past them.
    Returns the copy (the same one where nothing is taken out) and the
    lines taken out, the copy's furniture."""
    events = copy.events
    unit = next((ev for ev in events if ev.kind == "field" and ev.key == "unit" and ev.text.strip()), None)
    agency = split_unit(unit.text)[0] if unit is not None else None
    if not agency or len(key := skeleton(agency)) < AGENCY_HEADER_MIN:
        return copy, []

    def debris(ev) -> bool:  # a page number OCR garbled ("ใต -" for "- ๒ -"), specks: the page break's too
        return ev.kind == "text" and (is_specks(ev.text) or _GARBLED_PAGE_NUMBER_RE.match(ev.text) is not None)

    def apart(k: int) -> list[int] | None:  # the header's line and the debris beside it, if it stands apart
        taken = [k]
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(events) and debris(events[j]):
                taken.append(j)
                j += step
            if not 0 <= j < len(events) or abs(events[j].line - events[k].line) < PAGE_BREAK_GAP:
                return None
        return taken

    out: set[int] = set()
    for k, ev in enumerate(events):
        if ev.kind == "text" and len(ev.text) <= 2 * len(agency) and skeleton(ev.text) == key \
                and (taken := apart(k)) is not None:
            out.update(taken)
    if not out:
        return copy, []
    kept = Copy(copy.index, [ev for k, ev in enumerate(events) if k not in out], copy.fields_seen,
                copy.headings_seen, copy.headings_inferred)
    return kept, [Line(events[k].line, events[k].text) for k in sorted(out)]


def _header_number(text: str) -> int | None:
    """The number of a report entry's header a line holds ("รายงานครั้งที่ 4", or "ครั้งที่ 4" alone, a
    column's header cell: clauses.NUMBER_PART_RE); None where it holds none, or its number is unreadable."""
    m = HEADER_RE.search(text) if "ค" in text else None
    if m is not None and m.group(1):
        return int(m.group(1))
    m = NUMBER_PART_RE.match(text)
    return int(m.group(1)) if m is not None else None


# The signature block's line to sign on, its word OCR garbled past the clean-up's reading ("ลงชซอ.....(ผู้รับผิดชอบ
# โครงการ)"): a short word, a run of dots, the signer's role in brackets; it stays furniture among moved entries
_SIGN_HERE_RE = regex.compile(r"^\s*\S{0,8}\s*[.…]{3,}\s*\(")


def entries_on_past_certification(parts: Parts) -> list[Issue]:
    """The report entries OCR read past the copy's certification (the
    signature block printed beside the entries' table, read before its last
    columns: "ขอรับรองว่า..." / "ครั้งที่ 4" / "24 กรกฎาคม 2561" / ... /
    "ลงชื่อ.....(ผู้รับผิดชอบโครงการ)" / "ครั้งที่ 5" ...): where the text after
    the certification holds an entry's header whose number is past every
    header section 2 reads, the text from that header on is section 2's
    (the entries go on there), read with it, not set aside as furniture.
    Said on progress_reports over those lines (entry_cell_in_doubt): the
    cells are placed by the order OCR read them in, the signature block's
    lines among them.  A header numbered as one section 2 reads already, or
    lower, moves nothing (expenses_past_certification says it)."""
    entries = parts.sections.get("s2")
    if not entries or not parts.furniture:
        return []
    read = [n for ln in entries if (n := _header_number(ln.text)) is not None]
    if not read:
        return []
    last = max(read)
    first = next((k for k, ln in enumerate(parts.furniture) if ln.no > entries[-1].no
                  and (n := _header_number(ln.text)) is not None and last < n <= last + len(read)), None)
    headed = first is None  # (else the cells of the headers section 2 ends with: _cells_past_headers)
    heads = _closing_headers(entries) if headed else []
    if headed and (first := _cells_past_headers(parts.furniture, entries, heads)) is None:
        return []
    moved = [ln for ln in parts.furniture[first:] if not _SIGN_HERE_RE.match(ln.text)]
    parts.furniture[first:] = [ln for ln in parts.furniture[first:] if _SIGN_HERE_RE.match(ln.text)]
    parts.sections["s2"] = entries + moved
    if headed:
        numbers = [n for ln in heads if (n := _header_number(ln.text)) is not None]
        text = "; ".join(ln.text.strip() for ln in moved[:3])
        message = (f"the cells of entries {numbers}, whose headers end section 2, stand after the copy's "
                   "certification (OCR read the entries' table's headers before the signature block, their cells "
                   "past it); the text from the first cell on is read as section 2's, its cells placed in the order "
                   "OCR read them, the signature block's lines among them")
    else:
        numbers = [n for ln in moved if (n := _header_number(ln.text)) is not None]
        text = "; ".join(ln.text.strip() for ln in moved if _header_number(ln.text) is not None)
        message = (f"entries {numbers} stand after the copy's certification (OCR read the entries' table past the "
                   "signature block); the text from the first of them on is read as section 2's, its cells placed in "
                   "the order OCR read them, the signature block's lines among them")
    said = [Issue("warning", "entry_cell_in_doubt", f"progress_reports: {message}", text, moved[0].no, moved[-1].no,
                  field="progress_reports")]
    if any(expense_shaped(ln.text) for ln in moved):  # their expense lines too
        said.append(Issue("warning", "entry_cell_in_doubt", f"expenses: {message}", text, moved[0].no, moved[-1].no,
                          field="expenses"))
    return said


# How many of the lines after the certification may stand before the first cell of the headers section 2 ends with
# (the certification's own wrapped lines, a page's footer)
_CELLS_PAST_HEADERS_LOOK = 4


def _closing_headers(entries: list[Line]) -> list[Line]:
    """The report entries' headers section 2 ends with, no cell after them
    ("รายงาน" / "ครั้งที่ 5" / "รายงาน" / "ครั้งที่ 6"): the lines from the
    last that is no header's (nor its word "รายงาน" alone) on."""
    k = len(entries)
    while k and (_header_number(entries[k - 1].text) is not None or entries[k - 1].text.strip() in ("", "รายงาน")):
        k -= 1
    return [ln for ln in entries[k:] if _header_number(ln.text) is not None]


def _cells_past_headers(furniture: list[Line], entries: list[Line], heads: list[Line]) -> int | None:
    """Where, in the text after the copy's certification, the cells of the
    headers section 2 ends with (`heads`, _closing_headers) begin: section 2's last lines are report
    entries' headers with no cell after them (a table read column by
    column, its page's headers before the signature block OCR read beside
    the table, the date and description cells, figures and flags past it),
    and one of the first lines after the certification opens a date cell
    ("๒๐๑๕-ฒ-๑๕ :", clauses.date_cell_opens) or a figure clause
    ("ความก้าวหน้าของงานฯ =", "งบประมาณที่เบิกใช้ (ครั้งที่ 4)").  Before,
    those entries' cells were furniture, every field of theirs lost (fresh
    set s85b bma_progress_s85b002: three entries)."""
    if not heads:
        return None
    after = [k for k, ln in enumerate(furniture) if ln.no > entries[-1].no and ln.text.strip()]
    for k in after[:_CELLS_PAST_HEADERS_LOOK]:
        src = thai_digits_to_arabic(furniture[k].text)
        if date_cell_opens(src) or PROGRESS_RE.search(src) or BUDGET_RE.search(src):
            return k
    return None


def expenses_past_certification(furniture: list[Line]) -> list[Issue]:
    """The lines of expense lines' shape (clauses.expense_shaped: "ค่าวัสดุ =
    B4,400") among the text after the copy's certification (ขอรับรองว่า...,
    the signature block, read as furniture): OCR read the entries' table
    out of order, a report's expense lines past the certification, where no
    entry reads them; they are lost, no row of theirs: said once, the
    table named, over those lines.  An expense line a narrow cell wrapped
    after its sign ("ค่าวัสดุอุปกรณ์ =" / "10,900.00 บาท"), or after its
    item and quantity ("ค่าเช่ารถโดยสาร 4 คัน" / "x 3,500 บาท = 14,000"), is
    one too: a line holding its item, read with the furniture line after it
    (_shaped_over_wrap).
    A report entry's header there ("รายงานครั้งที่ ๙", clauses.HEADER_RE)
    is an entry OCR read past the certification, whose date, description,
    figures and flags no entry of the copy holds: said on the table
    progress_reports at those lines (entries_past_certification).  (Entries
    numbered past every header section 2 reads are read as its own before
    this: entries_on_past_certification; what is left here is the rest.)"""
    shaped: list[tuple[Line, Line, str]] = []
    skip = False
    for i, ln in enumerate(furniture):
        if skip:
            skip = False
            continue
        if found := expense_shaped(ln.text):
            shaped.append((ln, ln, found))
        elif i + 1 < len(furniture) and (found := _shaped_over_wrap(ln.text, furniture[i + 1].text)):
            shaped.append((ln, furniture[i + 1], found))
            skip = True
    issues = entries_past_certification(furniture)
    if not shaped:
        return issues
    texts = "; ".join(found for _, _, found in shaped)
    return issues + [Issue("warning", "unplaced_text", f"expenses: {len(shaped)} line(s) after the copy's "
                           f"certification hold an expense line ({texts[:160]!r}): OCR read a report's lines past the "
                           "signature block, where no entry reads them; they are lost, no row of theirs", texts,
                           shaped[0][0].no, shaped[-1][1].no, field="expenses")]


def _shaped_over_wrap(text: str, after: str) -> str | None:
    """An expense line a narrow cell wrapped over two lines, its item on the
    first ("ค่าวัสดุ =" / "10,900.00 บาท"; "กิจกรรม ค่าเช่ารถโดยสาร 4 คัน" /
    "x 3,500 บาท = 14,000 บาท", its quantity and unit amount before the sign):
    the shape read over the two lines joined, opening on the first."""
    joined = f"{text} {after}"
    found = expense_shaped(joined)
    if found is None or joined.find(found) >= len(text):
        return None
    return found


def entries_past_certification(furniture: list[Line]) -> list[Issue]:
    """A report entry's header (clauses.HEADER_RE: "รายงานครั้งที่ 8",
    "รายงานครังที «") among the text after the copy's certification: OCR
    read the entries' table out of order, an entry's cells past the
    signature block, where the copy reads no entry; said once on the table
    progress_reports, over those lines (the entry, read in another copy,
    is kept from there; read in none, its row is lost)."""
    heads = [ln for ln in furniture if "ค" in ln.text and HEADER_RE.search(ln.text)]
    if not heads:
        return []
    texts = "; ".join(ln.text.strip() for ln in heads)
    return [Issue("warning", "unplaced_text", f"progress_reports: {len(heads)} line(s) after the copy's "
                  f"certification hold a report entry's header ({texts[:160]!r}): OCR read an entry's cells past the "
                  "signature block, where this copy reads no entry; its date, description, figures and flags are "
                  "not read from there", texts, heads[0].no, heads[-1].no, field="progress_reports")]


# A budget printed in millions as a bare figure, of three digits at most before its decimals ("1.2๕", "๐.๕๑")
_BARE_FIGURE_RE = regex.compile(r"[\d๐-๙oO@]{1,3}(?:\.[\d๐-๙oO@]{1,2})?")
# ... and its unit opening the next line, the rest of which is other cells ("ล้านบาท\t00:00:00"; the tone mark
# OCR may drop, "บาท" it may lose)
_MILLION_FIRST_RE = regex.compile(r"^\s*(ล\u0e49?าน(?:บาท)?)(?=\s|$)")
_MILLION_FIELDS = ("budget_allocated", "budget_spent")


def join_million_units(parts: Parts) -> None:
    """A budget field whose value is a bare small figure ("1.2๕") and whose
    unit, "ล้านบาท", opens the next line of the copy (a page width that broke
    the line before the unit; a form read side by side, the unit under the
    figure in its cell: "ล้านบาท\t00:00:00"), with no field or heading
    between: the unit is the value's own, joined to it (read as printed, it
    would be a million times too small); the rest of that line stays where
    it was."""
    for k, (key, value, start, end) in enumerate(parts.fields):
        if key not in _MILLION_FIELDS or not _BARE_FIGURE_RE.fullmatch(value.strip()):
            continue
        later = [(ln.no, section, i) for section, lines in parts.sections.items()
                 for i, ln in enumerate(lines) if ln.no > end]
        if not later:
            continue
        no, section, i = min(later)
        # (a field or heading between; one later on the unit's own line follows the unit, which is its own text)
        if any(end < s < no for _, _, s, _ in parts.fields) or any(end < at < no for _, at in parts.headings):
            continue
        line = parts.sections[section][i]
        if (m := _MILLION_FIRST_RE.match(line.text)) is None:
            continue
        parts.fields[k] = (key, f"{value.strip()} {m.group(1)}", start, no)
        rest = line.text[m.end():].strip()
        if rest:
            parts.sections[section][i] = Line(line.no, rest, line.kind, line.bullet, line.indent)
        else:
            del parts.sections[section][i]


def _label_lost(text: str) -> tuple[tuple[str, ...] | None, str] | None:
    """(the fields the line's label may be, None for any, its value) where a
    line opens with a lost or garbled label (parsers.reader.lost_label) or
    with a label's last letters, its head cut (parsers.reader.cut_label:
    the fields whose label ends so); else None."""
    value = lost_label(text)
    if value is not None:
        return None, value
    return cut_label(text, FORM)


def infer_lost_labels(parts: Parts, out: CopyReading) -> None:
    """A line of a header section that opens with a lost or garbled label
    and its separator (": นางจิราพร ศรีสุข โทร.7790"), or with the last
    letters of the label of the field lacking ("ชวัด... : มิติที่๑ ร้อยละ..."
    for "ตัวชี้วัด... :"), is the field of its section the copy lacks, when
    exactly one is lacking and one such line stands there (a wrapping field
    takes the lines right under it, past lines of OCR specks between, set
    aside as furniture as under a labelled value: parsers.reader.sort_out);
    said as `label_inferred`.  Otherwise the line stays text no label opens."""
    have = {key for key, _, _, _ in parts.fields}
    for section, keys in SECTION_FIELDS.items():
        lines = parts.sections.get(section, [])
        found = [(i, lost) for i, ln in enumerate(lines) if (lost := _label_lost(ln.text)) is not None]
        missing = [k for k in keys if k not in have]
        if len(found) != 1 or len(missing) != 1 or (found[0][1][0] is not None and missing[0] not in found[0][1][0]):
            continue
        (i, (_, first)), key = found[0], missing[0]
        end = _wrap_end(lines, i, first, FIELD_BY_KEY[key].closed) if FIELD_BY_KEY[key].wraps else i + 1
        wrap = [ln for ln in lines[i + 1:end] if not is_specks(ln.text)]
        parts.furniture.extend(ln for ln in lines[i + 1:end] if is_specks(ln.text))
        value = join_wrapped([first, *(ln.text for ln in wrap)])
        if found[0][1][0] is not None:  # a cut label: its head may end the line above, the field before's value
            _label_head_above(parts, key, lines[i], out)
        parts.fields.append((key, value, lines[i].no, lines[end - 1].no))
        parts.sections[section] = lines[:i] + lines[end:]
        column = FIELD_BY_KEY[key].columns[0]
        out.issues.append(Issue("warning", "label_inferred", f"{FIELD_BY_KEY[key].label}: its label is lost or "
                                f"garbled; the value under it is the one field of its section this copy lacks",
                                lines[i].text, lines[i].no, lines[end - 1].no, field=f"projects.{column}"))


# The letters a cut label leaves opening its line (parsers.reader.cut_label's: specks perhaps before them)
_CUT_TAIL_RE = regex.compile(r"^\s*(?:[^\s\u0e01-\u0e4e:;=]{1,3}\s)?([\u0e01-\u0e4e]{1,16})")
HEAD_MIN = 6  # skeleton letters, at least, of a label's head told at the end of the line above
HEAD_GAP = 2  # blank lines, at most, between the field's last line and the line the label's tail opens
HEAD_SLIPS = 4  # a head's skeleton read within one letter in HEAD_SLIPS of the label's (at least one)


def _label_head_above(parts: Parts, key: str, line: Line, out: CopyReading) -> None:
    """A label the page wrapped, its head ending the line above and its last
    letters opening `line` with the separator and the value, where OCR
    garbled the head past telling it as the label ("... กองเทคโนโลยีเพื่อ
    การเรียนการสอน ดตู้ประสานงาน" / "สยป : นายวุฒิ ...", for "ผู้ประสานงาน
    สยป :"; with the head read right, _labels_wrapped moves it down): the
    last words of the field that ends on the line above whose letters read as
    the label's head, within one slip in HEAD_SLIPS, are that head, no part
    of the field's value.  Taken off the value and said (label_inferred on
    that field)."""
    m = _CUT_TAIL_RE.match(line.text)
    if m is None:
        return
    label = skeleton_of(FIELD_BY_KEY[key].label).text
    tail = skeleton_of(m.group(1)).text
    head = label[: len(label) - len(tail)] if label.endswith(tail) else ""
    if len(head) < HEAD_MIN:
        return
    above = [k for k, (_, _, _, end) in enumerate(parts.fields) if end < line.no]
    if not above:
        return
    k = max(above, key=lambda j: parts.fields[j][3])
    prev, value, start, end = parts.fields[k]
    if line.no - end > 1 + HEAD_GAP:
        return
    words = value.split()
    for n in (1, 2):
        if len(words) <= n:
            break
        piece = " ".join(words[-n:])
        if Levenshtein.distance(skeleton_of(piece).text, head) <= max(1, len(head) // HEAD_SLIPS):
            kept = regex.sub(rf"(?:\s+\S+){{{n}}}\s*$", "", value)
            parts.fields[k] = (prev, kept, start, end)
            column = FIELD_BY_KEY[prev].columns[0]
            out.issues.append(Issue("warning", "label_inferred",
                                    f"{FIELD_BY_KEY[prev].label}: its value ends with {piece!r}, the head of the label "
                                    f"{FIELD_BY_KEY[key].label!r} as OCR read it, whose last letters open the next "
                                    f"line: taken off the value", value, start, end, field=f"projects.{column}"))
            return


# The indicator of section 1.6 run into the field before it where the form stands on a few lines and OCR
# garbled its label past reading ("... ตามความต้องการ Ha... : มิติที่ ๑ ร้อยละ..."): the label's dotted leader
# and separator, then the indicator's own ordinal word and number.  A label's remains of at most 12 characters
# before the leader; the leader (two dots or more) and the colon both required.
_RUN_IN_INDICATOR_RE = regex.compile(
    rf"\s+\S{{0,12}}\.{{2,}}\s*[:;=]+\s*(?={mark_tolerant('มิติที่', spaces=False)}\s*[\d๐-๙])")


def split_run_in_indicator(parts: Parts, out: CopyReading) -> None:
    """Where the copy lacks the indicator and one field of its section holds
    a garbled label's leader and separator before "มิติที่ N", the text from
    there is the indicator (said as `label_inferred`), the rest the field's."""
    have = {key for key, _, _, _ in parts.fields}
    if "indicator" in have:
        return
    section = next(s for s, keys in SECTION_FIELDS.items() if "indicator" in keys)
    for k, (key, value, start, end) in enumerate(parts.fields):
        if key not in SECTION_FIELDS[section] or len(cuts := list(_RUN_IN_INDICATOR_RE.finditer(value))) != 1:
            continue
        head, tail = value[:cuts[0].start()].strip(), value[cuts[0].end():].strip()
        if not head:
            continue
        parts.fields[k] = (key, head, start, end)
        parts.fields.append(("indicator", tail, start, end))
        out.issues.append(Issue("warning", "label_inferred", f"{FIELD_BY_KEY['indicator'].label}: its label is "
                                f"garbled ({value[cuts[0].start():cuts[0].end()].strip()!r}) inside the "
                                f"{FIELD_BY_KEY[key].label} before it; the text from its ordinal word on is the "
                                "indicator this copy lacks", value, start, end, field="projects.indicator"))
        return


# The opening of the plan's indicator text (a share: "ร้อยละของ...") at a line's start, as OCR leaves it where it
# lost the indicator's label line ("ตัวชี้วัด... : มิติที่ ๑"): whole, or its head lost ("อยละของ...", "ละของ..."),
# after the number left of "มิติที่ ๑" ("๑ ร้อยละ...").  No field of section 1.6 wraps onto a line opening so.
_INDICATOR_OPENING_RE = regex.compile(r"^\s*(?:[\d๐-๙]{1,2}\s+)?(?:ร?\u0e49?อ?ยละ|ละของ)")


def split_lost_indicator(copy: Copy, parts: Parts, out: CopyReading) -> None:
    """Where the copy lacks the indicator and a field of its section wrapped
    onto a line that opens as the indicator's text does ("ร้อยละของ...",
    _INDICATOR_OPENING_RE), OCR having lost the indicator's label line, the
    text from that line on is the indicator (said as `label_inferred`), the
    lines before it the field's.  Only where one field has such a line."""
    if any(key == "indicator" for key, _, _, _ in parts.fields):
        return
    keys = next(keys for keys in SECTION_FIELDS.values() if "indicator" in keys)
    texts = {ev.line: ev.text for ev in copy.events if ev.kind == "text"}
    found = []
    for k, (key, value, start, end) in enumerate(parts.fields):
        if key not in keys or end <= start:
            continue
        no = next((n for n in range(start + 1, end + 1) if n in texts and _INDICATOR_OPENING_RE.match(texts[n])), None)
        at = value.find(" ".join(texts[no].split())[:20]) if no is not None else -1
        if at > 0 and value[:at].strip():
            found.append((k, no, at))
    if len(found) != 1:
        return
    k, no, at = found[0]
    key, value, start, end = parts.fields[k]
    parts.fields[k] = (key, value[:at].strip(), start, no - 1)
    parts.fields.append(("indicator", value[at:].strip(), no, end))
    out.issues.append(Issue("warning", "label_inferred", f"{FIELD_BY_KEY['indicator'].label}: its label line is lost; "
                            f"the {FIELD_BY_KEY[key].label} wrapped onto line {no}, which opens as an indicator's text "
                            f"does ({texts[no].strip()[:40]!r}): the text from there is the indicator this copy lacks, "
                            "its ordinal words lost with the label", value, start, end, field="projects.indicator"))


def _wrap_end(lines: list[Line], i: int, first: str = "", closed: Callable[[str, str], bool] | None = None) -> int:
    """Where the wrapped value that lines[i] opens (its value `first`) ends
    (the index past its last line): it takes the lines under it, past blank
    lines and lines of OCR specks (as a labelled value wraps:
    parsers.reader.sort_out), up to an indented line (a paragraph of its
    own), a label standing alone on its line (parsers.reader.label_tail_line:
    "อผู้รับผิดชอบ...", the field whose value OCR set above it), a line the
    field's value reads whole against (its Field's `closed`, as sort_out
    asks it: a unit's three parts read, then a line of no Thai word) or the
    section's end; specks after its last line of text are not its."""
    end = last = i + 1
    value = first
    while end < len(lines) and not lines[end].indent and not label_tail_line(lines[end].text, FORM):
        text = lines[end].text
        if closed is not None and value and not is_specks(text) and closed(value, text):
            break
        end += 1
        if not is_specks(text):
            last = end
            value = join_wrapped([value, text])
    return last


def flag_damaged_phones(parts: Parts, out: CopyReading) -> None:
    """A person field whose phone OCR damaged past reading ("โทร ๒«๐๑",
    "(Ins."): the name is kept without it, the phone is left empty and said.
    So is a name with no phone whose next line is a speck with a digit in
    it, set aside as furniture (sort_out): the phone wrapped under the name
    and OCR left a few of its digits ("ส๓๒" for ๙๙๓๒; fresh set s121o,
    bma_progress_s121o010: the coordinator's phone lost, nothing said)."""
    seen: set[str] = set()
    for key, value, start, end in parts.fields:
        column = {"owner": "owner_phone", "coordinator": "coordinator_phone"}.get(key)
        if column is None or key in seen:
            continue
        seen.add(key)
        _, phone, damaged = person_parts(value)
        where = "after the name"
        if not damaged and phone is None and (speck := _speck_under(parts, end)) is not None:
            damaged, where, end = speck.text.strip(), "on the line under the name", speck.no
        if damaged:
            out.issues.append(Issue("warning", "unparsed_value", f"{column.replace('_', ' ')}: {damaged!r} {where} is "
                                    "no phone that can be read", damaged, start, end, field=f"projects.{column}"))


def _speck_under(parts: Parts, end: int) -> Line | None:
    """The line right after a field's last line (`end`), where it is a speck
    set aside as furniture that has a digit in it."""
    later = [ln for ln in parts.furniture if ln.no > end]
    speck = min(later, key=lambda ln: ln.no, default=None)
    if speck is None or not ANY_DIGIT_RE.search(speck.text):
        return None
    texts = [ln.no for lines in parts.sections.values() for ln in lines]
    if any(end < n <= speck.no for _, _, n, _ in parts.fields) or any(end < n < speck.no for n in texts):
        return None
    return speck


def _targets_under_objectives(sections: dict[str, list[Line]], seen: set[str], out: CopyReading) -> bool:
    """Section 1.5's heading OCR lost whole (a page's break took it, the
    next section's heading read): the targets' lines stand under the
    objectives', read as objectives (fresh set s68z, bma_progress_s68z006:
    "๑. ด้านปริมาณ" and its lines read as objectives 6 to 8, the targets
    lost).  A line of the objectives, not their first, that opens with a
    target group's label (parsers.values.opens_with_kind_label: the words a
    targets section opens with, which open no objective) opens the targets
    there; said (label_inferred, field targets).  Whether it did."""
    if "s1_5" in seen or sections.get("s1_5") or not sections.get("s1_4"):
        return False
    lines = sections["s1_4"]
    k = next((k for k, ln in enumerate(lines) if k and opens_with_kind_label(ln.text)), None)
    if k is None:
        return False
    sections["s1_4"], sections["s1_5"] = lines[:k], lines[k:]
    out.issues.append(Issue("warning", "label_inferred", "section 1.5 เป้าหมายของโครงการ: its heading was not found; "
                            "the targets were opened at the line under the objectives that opens with a target "
                            "group's label", json.dumps({"text": lines[k].text}, ensure_ascii=False), lines[k].no,
                            lines[-1].no, field="targets"))
    return True


def _objectives_under_rationale(sections: dict[str, list[Line]], seen: set[str], out: CopyReading) -> bool:
    """Section 1.4's heading OCR lost whole (a page's running header and
    debris in its place, the first objective with it): the objectives'
    lines stand under the rationale's, read as its text (fresh set s97q,
    bma_progress_s97q001: every objective lost, the rationale holding
    them).  Where the copy prints sections 1.3's and 1.5's headings, a
    line of the rationale, not its first, whose bullet or item number
    stands before the purpose word (opens_purpose: "- เพื่อ..."), every
    line after it that carries a bullet or a number doing so too (two at
    least: a list), opens the objectives there; a sentence of the rationale
    that opens with เพื่อ carries no mark.  Said (label_inferred, field
    objectives).  Whether it did."""
    if "s1_4" in seen or sections.get("s1_4") or "s1_3" not in seen or "s1_5" not in seen:
        return False
    lines = sections.get("s1_3", [])

    def purpose(ln: Line) -> bool:
        number, rest = split_item_number(ln.text)
        return opens_purpose(rest) if number is not None else ln.bullet and opens_purpose(ln.text)

    k = next((k for k, ln in enumerate(lines) if k and purpose(ln)), None)
    if k is None:
        return False
    marked = [ln for ln in lines[k:] if ln.bullet or split_item_number(ln.text)[0] is not None]
    if len(marked) < 2 or not all(purpose(ln) for ln in marked):
        return False
    sections["s1_3"], sections["s1_4"] = lines[:k], lines[k:]
    out.issues.append(Issue("warning", "label_inferred", "section 1.4 วัตถุประสงค์ของโครงการ: its heading was not "
                            "found; the objectives were opened at the rationale's line that opens a list of "
                            "purposes (objectives printed before it may have been lost with the heading, so the "
                            "rows' numbers are in doubt)", json.dumps({"text": lines[k].text}, ensure_ascii=False),
                            lines[k].no, lines[-1].no, field="objectives"))
    return True


def read_sections(parts: Parts, out: CopyReading) -> None:
    sections = dict(parts.sections)
    headed = {key for key, _ in parts.headings}
    objectives_inferred = _objectives_under_rationale(sections, headed, out)
    inferred = _targets_under_objectives(sections, headed | ({"s1_4"} if objectives_inferred else set()), out)
    for name in ("s1_3", "s1_4", "s1_5"):
        if name in sections:
            sections[name] = _without_running_agency_alone(sections[name], out)
    rationale = sections.get("s1_3", [])
    if rationale:
        text = clean_value(span_text(rationale))
        out.put("project", 0, "rationale", Reading(text, text, rationale[0].no, rationale[-1].no))

    # numbers OCR damaged ("o." for ๑.) are mended by their place first
    lines = bullet_lookalikes(_carry_wrapped_numbers([ln for ln in sections.get("s1_4", [])
                                                      if not _SPECKS_APART_RE.match(ln.text)
                                                      and not _LATIN_SPECK_RE.match(ln.text)]), opens_purpose)
    lines = run_on(mend_item_numbers(lines, opens_purpose), opens_purpose)
    others = {ln.no for name, sec in sections.items() if name != "s1_4" for ln in sec} | {
        no for key, no in parts.headings if key != "s1_4"}
    heading = {no for key, no in parts.headings if key == "s1_4"}
    lines = explode_inline(_run_on_in_doubt(lines, out, run_on_form=_form_run_on(lines, others, heading)),
                           opens_purpose)
    lines, damaged = _cut_inline_objectives(lines)
    lines = _latin_opened_first(_latin_before_purpose(lines, out), out)
    items, lead = numbered_items(lines, opens=opens_purpose)
    bullets_at_ends(items)
    for i, item in enumerate(items, start=1):
        text = mend_purpose(item.text)
        out.put("objectives", i, "text", Reading(text, item.text, item.line_start, item.line_end))
        if item.printed_number is not None:
            out.issues += renumbered_issues(items[i - 2] if i > 1 else None, item, i, "objective", "objectives")
        token = damaged.get((item.line_start, item.number))
        if token is not None:
            evidence = {"rule": "item_sequence", "printed": token, "read": None, "chosen": i}
            out.issues.append(Issue("warning", "value_repaired", f"objective {i}: it opens inside the line of the "
                                    f"objective before, after {token!r}, a number OCR damaged past reading; its place "
                                    f"in the list is {i}", json.dumps(evidence, ensure_ascii=False), item.line_start,
                                    item.line_end, field="objectives.seq"))
    out.leave("unplaced_text", "text under the objectives heading before the first objective", lead,
              "objectives.text")
    # an objective lost to OCR (its opening damaged, or its mark read as no number of the list): the table
    spans = [(i, item.text, item.line_start, item.line_end) for i, item in enumerate(items, start=1)]
    out.issues += lost_first_item(spans, lead, "objective", "objectives")
    out.issues += marked_inside_issues(spans, opens_purpose, "objective", "objectives")
    out.issues += opened_by_words_issues(items, "objective", "objectives")
    out.issues += gapped_unmarked_issues(items, "objective", "objectives")
    for i, item in enumerate(items, start=1):
        label = inner_kind_label(item.text)
        if label is not None:  # (the targets' lines ran on into the objective: their heading lost or run into it)
            out.issues.append(Issue("warning", "unplaced_text", f"objective {i} holds a target group's label "
                                    f"{label!r}: the targets' text ran on into it", item.text, item.line_start,
                                    item.line_end, field="objectives.text"))
    # a list section whose heading the copy lacks where it prints the headings on both sides of it (its lines,
    # if any, were read as the section's before it): said, its table named
    seen = headed | ({"s1_5"} if inferred else set()) | ({"s1_4"} if objectives_inferred else set())
    for before, key, after, title, table in (("s1_3", "s1_4", "s1_5", "1.4 วัตถุประสงค์ของโครงการ", "objectives"),
                                             ("s1_4", "s1_5", "s1_6", "1.5 เป้าหมายของโครงการ", "targets")):
        if key not in seen and before in seen and after in seen:
            out.issues.append(Issue("error", "missing_section", f"section {title} not found in this copy: what it "
                                    "holds was not read, or read under the section before it", "", out.line_start,
                                    out.line_end, field=table))

    targets = sections.get("s1_5", [])
    if "s1_6" not in seen and (cut := _next_heading_garbled(targets)) is not None:
        # section 1.6's heading whose first words OCR garbled ("1.6 “ wile กทม. ระยะ 20 ปี (ยุทธศาสตร์-..."):
        # the targets end before it; its lines and what follows them in the section are left out, and said
        out.leave("unplaced_text", "section 1.6's heading, its first words garbled past reading, and the text "
                  "after it that no label opens: the targets end before it", targets[cut:], "projects")
        targets = targets[:cut]
    groups, issues = target_groups(_kind_labels_apart(targets))
    out.issues.extend(issues)
    # the form always has both lists: where one yields nothing (its heading not found, its text run into
    # another section's), say so
    for table, section, got in (("objectives", "1.4", items), ("targets", "1.5", groups)):
        if not got:
            out.issues.append(Issue("warning", "missing_section", f"no {table} (section {section}) read in this copy",
                                    "", out.line_start, out.line_end, field=table))
    out.issues.extend(kinds_lost(groups))
    for seq, (kind, text, start, end) in enumerate(groups, start=1):
        out.put("targets", seq, "kind", Reading(kind, kind or "", start, end))
        out.put("targets", seq, "text", Reading(text, text, start, end))

    read_entries(sections.get("s2", []), out)
    for section in ("lead", "s1", "s1_1", "s1_2", "s1_6"):
        out.leave("unplaced_text", f"text in the header ({section}) that no label opens", sections.get(section, []),
                  "projects")


def kinds_lost(groups: list[tuple[str | None, str, int, int]]) -> list[Issue]:
    """The form prints both target groups (TARGET_KINDS) under their labels
    in every copy; a copy whose targets (parsers.values.target_groups) read
    no label of a group lost that label, or the group's lines with it (OCR
    dropped "๑. ด้านปริมาณ" and the quantity group's lines, leaving the
    quality group's items unlabelled, read as target 1; or the quality
    label alone, its items read as the quantity group's): which rows the
    text stands for, and so the rows' numbers, are not known, and a row may
    be lost.  Said of the table (target_kind_unknown) over the targets'
    lines.  (No targets at all: missing_section says it.)"""
    labelled = {kind for kind, _, _, _ in groups if kind is not None}
    if not groups or labelled >= set(TARGET_KINDS):
        return []
    lost = [k for k in TARGET_KINDS if k not in labelled]
    return [Issue("warning", "target_kind_unknown", f"the targets read no "
                  f"{' or '.join(TARGET_KIND_LABELS[k] for k in lost)} group "
                  "label, which the "
                  "form prints in every copy: that label, or its group's lines, was lost, "
                  "so which targets the rows stand for and their numbers are in doubt, and a row may be missing",
                  groups[0][1][:60], groups[0][2], groups[-1][3], field="targets")]


# Section 1.6's heading, its first words ("สนับสนุนแผนพัฒนา") garbled past the form's anchors: its number opening
# the line, and the heading's last words ("... กทม. ระยะ 20 ปี (ยุทธศาสตร์-...")
_S1_6_GARBLED_RE = lazy_compile(rf"^\s*[1๑]\s?\.\s?[6๖][.)]?\s+\S.*(?:{mark_tolerant('ระยะ')}\s*[\d๐-๙]{{2}}\s*"
                                rf"{mark_tolerant('ปี')}|\(\s*{mark_tolerant('ยุทธศาสตร์')}\s*-)")


def _next_heading_garbled(lines: list[Line]) -> int | None:
    """Where section 1.6's heading stands among the targets' lines, its first
    words garbled (_S1_6_GARBLED_RE), or None."""
    return next((k for k, ln in enumerate(lines) if _S1_6_GARBLED_RE.match(ln.text)), None)


_OPENER_INSIDE_RE = regex.compile(r"(?<=\S\s{1,3})(?=เพ)")  # a word after a space that may open an objective


def _form_run_on(lines: list[Line], others: set[int], heading: set[int] = frozenset()) -> bool:
    """Whether a line of the objectives holds another section's text too (a
    form printed on one line or a few, as printed or as OCR wrapped it: the
    next heading run on after the last objective's words, "... การสอนได้ 1.5
    เป้าหมายของโครงการ"), or the whole list stands on its heading's line
    (`heading`: "1.4 วัตถุประสงค์ของโครงการ เพื่อให้... เพื่อให้ครู...", a form
    run on section by section), or stands there as OCR wrapped it (no line
    after the heading's opens an objective: "1.4 วัตถุประสงค์ของโครงการ
    เพื่อติดตาม...ศูนย์วิชาการ / เขตอย่างเป็นระบบ เพื่อพัฒนา..."; before, the
    two objectives were read as one with no issue: fresh set s99q,
    bma_progress_s99q004), or its heading stands on a line of another
    section's text (run on after the rationale's last words: "...
    เชิงคุณภาพ 1.4 วัตถุประสงค์ของโครงการ" / "เพื่อติดตาม...อย่าง" / "เป็นระบบ
    เพื่ออำนวย...": fresh set s106p, bma_progress_s106p010, two objectives
    read as one with no issue before) and a line of the list opens no
    objective (a wrap: a list one objective a line keeps its layout): the
    layout of lines is gone there."""
    return any(ln.no in others for ln in lines) or (
        bool(lines) and lines[0].no in heading and not any(opens_purpose(ln.text) for ln in lines[1:])) or (
        any(no in others for no in heading) and not all(opens_purpose(ln.text) for ln in lines))


def _run_on_in_doubt(lines: list[Line], out: CopyReading, run_on_form: bool = False) -> list[Line]:
    """Unnumbered objectives run on in a paragraph that OCR wrapped anywhere,
    where parsers.items.run_on found as many objectives opening lines (by
    chance of the wrap) as inside them: two or more opening inside its lines
    still say a paragraph, and so does one inside a line of a list whose
    other objectives open lines (two or more) and wrap onto lines that open
    none (a list one objective a line, "เพื่อ" inside one, is left alone),
    and one inside the lines of objectives of a form run on in a line or a
    few (`run_on_form`: a line of them holds another section's text too, so
    no line break says where an objective ends; before, two objectives were
    read as one with no issue naming them).  The lines are cut there too, and the
    cut is said (items_cut_in_doubt: an objective's own text may hold
    "เพื่อ")."""
    if not lines or any(ln.bullet or split_item_number(ln.text)[0] for ln in lines):
        return lines
    inside = [[m.start() for m in _OPENER_INSIDE_RE.finditer(ln.text) if opens_purpose(ln.text[m.start():])]
              for ln in lines]
    n_inside = sum(map(len, inside))
    opening = sum(1 for ln in lines if opens_purpose(ln.text))
    if n_inside < 2 and not (n_inside == 1 and (2 <= opening < len(lines) or run_on_form)):
        return lines
    cut: list[Line] = []
    for ln, cuts in zip(lines, inside):
        bounds = [0, *cuts, len(ln.text)]
        cut.extend(Line(ln.no, ln.text[a:b].strip(), ln.kind) for a, b in zip(bounds, bounds[1:])
                   if ln.text[a:b].strip())
    evidence = " | ".join(ln.text for ln in lines)[:300]
    for field in ("objectives.text", "objectives.seq"):
        out.issues.append(Issue("warning", "items_cut_in_doubt",
                                f"the objectives run on in a paragraph: {sum(opens_purpose(c.text) for c in cut)} "
                                f"cut where 'เพื่อ' opens them, {n_inside} of them inside a line; an "
                                "objective's own text may hold "
                                "the word", evidence, lines[0].no, lines[-1].no, field=field))
    return cut


# A bare item number ending a line (after a space; a dot or bracket may close it): "... ที่รับผิดชอบ 2"
_TRAILING_NUMBER_RE = regex.compile(r"(?<=\S\s{1,3})((?:[\d๐-๙]{1,2}\.)*[\d๐-๙]{1,2})[.)]?\s*$")
# a number before an objective's opening word inside a line ("(PLC) 3 เพื่อพัฒนา", "... ๒.๒ เพื่อพัฒนา"): the list's own
_BARE_BEFORE_OPENER_RE = regex.compile(r"(?<=\s)((?:[\d๐-๙]{1,2}\.)*[\d๐-๙]{1,2})[.)]?\s+(?=เพ)")


# A target group's label inside a line after its number OCR damaged ("... 4 คน lo. ด้านคุณภาพ ...", ๒. read
# as "lo."): a short token with a dot, then the label
_DAMAGED_KIND_INSIDE_RE = regex.compile(
    rf"(?<=\S\s+)(?=[^\s\d๐-๙.,:;()]{{1,3}}[.)]\s*(?:{mark_tolerant('ด้าน')}|{mark_tolerant('ต้าน')})\s*"
    rf"(?:{mark_tolerant('ปริมาณ')}|{mark_tolerant('คุณภาพ')}))")


def _kind_labels_apart(lines: list[Line]) -> list[Line]:
    """The targets' lines cut before a group label whose number OCR damaged
    inside a line (a form printed on few lines), so that the label opens its
    line, where its damaged number is read through (parsers.values.target_groups)."""
    return lines_cut_before(lines, _DAMAGED_KIND_INSIDE_RE)


# Specks OCR read far apart on a line of their own ("1<tab>6"): no item number (a number opens its item's words);
# so are digits and specks with no dot among them a space apart ("๑  ๐", two spaces the clean-up made one): a
# number with no word after it, no item (before, "๑ ๐" was read as objective 1, its text "๐", and every objective
# after it one place late: fresh set s45o, bma_progress_s45o001); a column of numbers run together ("๑. ๒.")
# keeps its dots, and is left to the numbers' rules
# A line that opens with a short token of Latin letters before Thai words ("aw ผัฒนาคุณภาพ..."): an
# objective's opening "เพื่อ" as OCR's English model wrote it
_LATIN_OPENING_RE = regex.compile(r"^\s*([A-Za-z]{1,3})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _latin_before_purpose(lines: list[Line], out: CopyReading) -> list[Line]:
    """A line of the objectives, with no bullet and no number, that opens
    with a short token of Latin letters and then the rest of the opening
    word "เพื่อ", its leading vowel gone ("LW พื่อให้ครู..."): OCR's English
    model wrote the word's first letters as Latin look-alikes and read the
    rest apart, so nothing opened the objective, read as the text of the
    one before, every objective after it one place early and the last lost
    (fresh set s61o).
    The token goes, the word is the form's (mend_purpose), said
    value_repaired (rule purpose_word)."""
    out_lines = lines
    for k, ln in enumerate(lines):
        m = _LATIN_OPENING_RE.match(ln.text)
        if m is None or ln.bullet or not ln.text[m.end():].startswith("พ") or not opens_purpose(ln.text[m.end():]):
            continue  # (a token before the whole word, "loo เพื่อ...", is a number OCR damaged: left to their rules)
        rest = ln.text[m.end():]
        if out_lines is lines:
            out_lines = list(lines)
        out_lines[k] = Line(ln.no, rest, ln.kind, ln.bullet, ln.indent, ln.cols)
        chosen = mend_purpose(rest.split()[0])[:len("เพื่อ")]
        evidence = {"rule": "purpose_word", "printed": m.group(1), "read": ln.text, "chosen": chosen}
        out.issues.append(Issue("warning", "value_repaired", f"objectives.text: its line opens with {m.group(1)!r} "
                                f"before {rest.split()[0]!r}, Latin look-alikes OCR wrote for the first letters of "
                                f"the objective's opening word (เพื่อ): read as {chosen!r}, opening an objective",
                                json.dumps(evidence, ensure_ascii=False), ln.no, ln.no, field="objectives.text"))
    return out_lines


def _latin_opened_first(lines: list[Line], out: CopyReading) -> list[Line]:
    """An unnumbered list of objectives (no number, no bullet; two lines
    open with "เพื่อ" at least) whose first paragraph opens with a token of
    Latin letters before Thai words, the words up to the next objective a
    sentence's worth (LOST_ITEM Thai letters or more): OCR's English model
    wrote its "เพื่อ" as Latin look-alikes ("aw ผัฒนาคุณภาพ..." for
    "เพื่อพัฒนาคุณภาพ..."), so nothing opened it and it was left as text
    before the list, every objective after it numbered one short and the
    last lost (fresh set s60o).  It opens the first objective, its text as
    printed, said items_cut_in_doubt."""
    texts = [k for k, ln in enumerate(lines) if ln.text.strip()]
    if not texts or any(lines[k].bullet or split_item_number(lines[k].text)[0] is not None for k in texts):
        return lines
    first = texts[0]
    opened = [k for k in texts if opens_purpose(lines[k].text)]
    m = _LATIN_OPENING_RE.match(lines[first].text)
    if m is None or len(opened) < 2 or opened[0] == first:
        return lines
    if sum(len(THAI_LETTER_RE.findall(ln.text)) for ln in lines[first:opened[0]]) < LOST_ITEM:
        return lines
    ln = lines[first]
    out.issues.append(Issue("warning", "items_cut_in_doubt", f"objective 1: its line opens with {m.group(1)!r}, "
                            "Latin letters OCR wrote for an objective's opening word (เพื่อ), before the list's "
                            "first objective that opens so: read as the first objective, its text as printed",
                            ln.text, ln.no, lines[opened[0] - 1].no, field="objectives.text"))
    return [*lines[:first], Line(ln.no, ln.text, ln.kind, True, ln.indent, ln.cols), *lines[first + 1:]]


# A line of one or two Latin letters alone ("a", "Dd"; not two capitals, an acronym an objective's wrap may leave
# alone, "IT"): OCR's reading of a speck or an ornament's edge, no objective's text (each opens with its purpose
# word) nor its number (fresh set s109s's bma_progress_s109s001: "1" / "a" over the list read as objective 1 "a",
# the list's ๑ and ๒ renumbered 2 and 3, silently)
_LATIN_SPECK_RE = regex.compile(r"^\s*(?![A-Z]{2}\s*$)[A-Za-z]{1,2}\s*$")
_SPECKS_APART_RE = regex.compile(r"^\s*[^\s\u0e01-\u0e2e]{1,2}(?:\t\s*[^\s\u0e01-\u0e2e]{1,2})+\s*$"
                                 r"|^\s*[^\s\u0e01-\u0e2e.]{1,2}(?: [^\s\u0e01-\u0e2e.]{1,2})+\s*$")
def _carry_wrapped_numbers(lines: list[Line]) -> list[Line]:
    """A numbered list of objectives run on in a paragraph whose wrap left
    an item's number at the end of a line and its words on the next ("...
    ที่รับผิดชอบ 2" / "เพื่อเป็นต้นแบบ..."): the number goes with the words it
    numbers, when it is the list's next number and the next line opens an
    objective without one.  A sub-list's numbers ("๒.๒ ... ๒.๓" / "เพื่อ...")
    the same, part by part."""
    out = list(lines)
    last: tuple[int, ...] | None = None  # the last item number met, in the order the lines stand

    def next_of(token: str, misread: bool = False) -> tuple[int, ...] | None:
        """The number `token` prints, when it is the one after `last` at its depth or one above ("2" after "1.3");
        with `misread`, also a sub-list's number whose last part OCR may have misread from the next one's ("๒.๕"
        after "๒.๓": ๔ read as ๕, normalizers.confusions), its list's part printed as the one before's (the
        next number, read so, is what the list's sequence then repairs and says)."""
        value = tuple(int(p) for p in thai_digits_to_arabic(token).split("."))
        k = len(value)
        if last is None or k > len(last) or (k < len(last) and value[:-1] != last[:k - 1]):
            return None
        if k == len(last):  # a sub-list's prefix is the list's section number, printed on every item: a digit OCR
            value = last[:-1] + value[-1:]  # doubled in it ("๒๓.๒" after "๒๒.๑") does not stop the sequence (follows)
        if value[-1] == last[k - 1] + 1:
            return value
        if misread and k >= 2 and could_be(token.split(".")[-1], str(last[k - 1] + 1)):
            return value[:-1] + (last[k - 1] + 1,)
        return None

    for i, ln in enumerate(out):
        number, _ = split_item_number(ln.text)
        if number is not None:
            last = number
        for m in _BARE_BEFORE_OPENER_RE.finditer(ln.text):
            value = next_of(m.group(1))
            if value is not None and opens_purpose(ln.text[m.end():]):
                last = value
        m = _TRAILING_NUMBER_RE.search(ln.text)
        if i + 1 >= len(out) or last is None:
            continue
        after = out[i + 1]
        if m is None:
            # a token OCR damaged past any number at the line's end ("... การสอนได้ ดต." / "เพื่อพัฒนา..."): it goes
            # with the words after it too, where _cut_inline_objectives numbers it by its place, and says so
            d = _TRAILING_DAMAGED_RE.search(ln.text)
            if d is not None and split_item_number(after.text)[0] is None and opens_purpose(after.text) \
                    and _damaged_number(d.group(1), last):
                out[i] = Line(ln.no, ln.text[: d.start()].rstrip(), ln.kind, ln.bullet, ln.indent, ln.cols)
                out[i + 1] = Line(after.no, f"{d.group(1)} {after.text.lstrip()}", after.kind, after.bullet,
                                  after.indent, after.cols)
                last = last[:-1] + (last[-1] + 1,)
            continue
        value = next_of(m.group(1), misread=True)
        if value is None or split_item_number(after.text)[0] is not None or not opens_purpose(after.text):
            continue
        out[i] = Line(ln.no, ln.text[: m.start()].rstrip(), ln.kind, ln.bullet, ln.indent, ln.cols)
        out[i + 1] = Line(after.no, f"{m.group(1)} {after.text.lstrip()}", after.kind, after.bullet, after.indent,
                          after.cols)
        last = value
    return out


# A number-like token, then an objective's opening "เพื่อ" (its marks perhaps lost): where a numbered objective
# begins, inside the line of the one before when OCR ran them on ("... ประสิทธิภาพ 9.0 เพื่อเป็นต้นแบบ ...",
# "... เรียนรู้ ๒.๒ เพื่อพัฒนา ...": digits or what OCR makes of them, with a dot, comma or bracket among them),
# or at a line's start ("9.0  เพื่อ...")
# (or one or two Thai letters and a dot, "ดต." for ๓.: a number OCR read as letters no digit table lists, an
# objective's number only by its place, and said; or small Latin letters with a dot between, "a.m" for ๒.๓: the
# English model's reading of a number, no word of the forms)
# (or a dotted number with a speck glued before it, "ไ๒๒.๒" for ๒.๒: a rule or bullet OCR read as a letter, a digit
# maybe doubled; no word opens with a letter and digits: a number damaged past reading, numbered by its place, said)
_OBJECTIVE_TOKEN = (r"\(?[\d๐-๙@©«»ฒoO]{1,2}(?:\s?[.,]\s?[\d๐-๙@©«»ฒoO]{1,2})*[.,)]?|[ก-ฮ]{1,2}\.|[a-z]{1,2}[.,][a-z]{1,2}"
                    r"|[a-z]{1,2}\."
                    r"|[ใไl|][\d๐-๙]{1,3}[.,][\d๐-๙]{1,2}")
# (after the number, a quote mark OCR made of a speck may stand before the opening word: "๒.๓ 'เพื่อติดตาม...";
# fresh set s74b, bma_progress_s74b004, objective 3 ran into 2, and nothing said it)
_OPENER_WORD = r"เพ[\u0e34-\u0e37]?[\u0e48-\u0e4b]?\s?อ"  # เพื่อ, its marks as OCR may leave them
_QUOTE_BEFORE_WORD = r"['‘’`\"]\s?"
_OPENER_AHEAD = rf"\s+(?:{_QUOTE_BEFORE_WORD})?(?={_OPENER_WORD})"
_TRAILING_DAMAGED_RE = regex.compile(rf"(?<=\S\s{{1,3}})({_OBJECTIVE_TOKEN})\s*$")
_INLINE_OBJECTIVE_RE = regex.compile(rf"(?<=\S\s{{1,3}})(?P<tok>{_OBJECTIVE_TOKEN}){_OPENER_AHEAD}")
_LEAD_OBJECTIVE_RE = regex.compile(rf"^(?P<tok>{_OBJECTIVE_TOKEN}){_OPENER_AHEAD}")
_SPECK_AFTER_NUMBER_RE = regex.compile(rf"^((?:{_OBJECTIVE_TOKEN})\s+){_QUOTE_BEFORE_WORD}(?={_OPENER_WORD})")


def _cut_inline_objectives(lines: list[Line]) -> tuple[list[Line], dict[tuple[int, tuple[int, ...]], str]]:
    """A numbered list of objectives (its inline numbers cut already:
    parsers.items.explode_inline) whose next objective OCR ran on into the
    line of the one before, after a number-like token: the line is cut
    there (each piece keeps its line).  A token, there or at a line's start,
    that continues the sequence (or is a misread of the next number) is left
    for numbered_items; one damaged past that ("9.0" for ๓., "16.10") is the
    next number by its place: returned by (line, number) with the token as
    printed, for the issue that says so.  Only inside a list numbered
    already (an unnumbered list opens its items by their words)."""
    out: list[Line] = []
    damaged: dict[tuple[int, tuple[int, ...]], str] = {}
    prev: tuple[int, ...] | None = None

    def place(piece: str, first: bool) -> str:
        """The piece as numbered_items should see it, `prev` moved past it."""
        nonlocal prev
        piece = _SPECK_AFTER_NUMBER_RE.sub(r"\1", piece, count=1)  # the speck is no word of the objective
        number, _ = split_item_number(piece)
        lead = _LEAD_OBJECTIVE_RE.match(piece)
        if number is not None and follows(prev, number, printed_number(piece)):
            prev = number if prev is None or len(prev) != len(number) else prev[:-1] + (prev[-1] + 1,)
        elif lead is not None and prev is not None and not first and _damaged_number(lead.group("tok"), prev):
            prev = prev[:-1] + (prev[-1] + 1,)
            damaged[(ln.no, prev)] = lead.group("tok")
            piece = ".".join(map(str, prev)) + ("." if len(prev) == 1 else "") + " " + piece[lead.end():]
        return piece

    for ln in lines:
        text = ln.text.strip()
        piece = place(text, not out)  # the line's own opening number first: the cuts after it weigh against it
        cut = next((m for m in _INLINE_OBJECTIVE_RE.finditer(piece) if _cuts_inline(m.group("tok"), prev)), None)
        bullet = ln.bullet
        while cut is not None:
            out.append(Line(ln.no, piece[:cut.start()].rstrip(), ln.kind, bullet, ln.indent, ln.cols))
            bullet = False
            piece = place(piece[cut.start():], False)
            cut = next((m for m in _INLINE_OBJECTIVE_RE.finditer(piece, 1) if _cuts_inline(m.group("tok"), prev)),
                       None)
        out.append(Line(ln.no, piece, ln.kind, bullet, ln.indent, ln.cols))
    return out, damaged


def _cuts_inline(token: str, prev: tuple[int, ...] | None) -> bool:
    """Whether a number-like token before an objective's opening word inside
    a line cuts the line there: a token with a mark (a dot, comma or
    bracket) that may open the next objective (_opens_next), or one bare
    digit that reads as the next number of a one-level list or a misread of
    it ("... และชุมชน ๕ เพื่อพัฒนา..." after ๓.: its dot lost, ๔ read as ๕);
    a bare digit past that is left as the text's."""
    if any(c in token for c in ".,)"):
        return _opens_next(token, prev)
    if prev is None or len(prev) != 1 or not ANY_DIGIT_RE.fullmatch(token):
        return False
    number, _ = split_item_number(token + " ")
    return number is not None and follows(prev, number, token)


def _damaged_number(token: str, prev: tuple[int, ...] | None) -> bool:
    """Whether a number-like token before an objective is no number of the
    list after item `prev`: unreadable, of another depth ("9.0" after 2),
    or not past it ("๒.๑" after ๒.๓).  A number further on ("4" after 2) is
    the list's, an item between lost (numbered_items weighs that)."""
    if prev is None:
        return False
    number, _ = split_item_number(token + " ")
    return number is None or len(number) != len(prev) or number[-1] <= prev[-1] or number[-1] >= 10 > prev[-1] + 1


def _opens_next(token: str, prev: tuple[int, ...] | None) -> bool:
    """Whether a number-like token inside a line may open the objective
    after item `prev`: the next number (printed with no closing mark,
    "๒.๒", which parsers.items.explode_inline does not cut at), or one
    damaged past reading (_damaged_number).  (A cut may pass the number
    prev tracks for the one before: each cut is weighed against the last.)"""
    number, _ = split_item_number(token + " ")
    return prev is not None and ((number is not None and follows(prev, number, printed_number(token + " ")))
                                 or _damaged_number(token, prev))


def read_entries(lines: list[Line], out: CopyReading) -> None:
    if not lines:
        out.issues.append(Issue("error", "missing_section", "no report entries (section 2) in this copy",
                                "", out.line_start, out.line_end, field="progress_reports"))
        return
    entries = parse_entries(_without_running_agency(lines, out))
    out.issues.extend(entries.issues)
    out.put("entries_shown", out.index, "count", shown_reading(entries))
    said = _units_by_item(entries.entries.values())
    for seq, entry in entries.entries.items():
        span = (entry.line_start, entry.line_end)
        if entry.date is not None:
            out.put("progress_reports", seq, "report_date", Reading(entry.date, entry.date_text, *span))
        elif entry.date_text:  # unreadable: kept for the repairs, flagged after the vote (rows.py) if no copy reads it
            out.put("progress_reports", seq, "report_date_printed", Reading(entry.date_text, entry.date_text, *span))
        desc = entry.description
        if desc:
            out.put("progress_reports", seq, "description", Reading(desc, desc, *span))
        out.put("progress_reports", seq, "cancelled", Reading(entry.cancelled, desc[:40], *span))
        values, bad = figure_values(entry)
        clause_of = {"progress_pct": "progress", "disbursed": "budget", "on_plan": "plan", "on_target": "target"}
        for name, value in values.items():
            out.put("progress_reports", seq, name, Reading(value, entry.figure_texts.get(clause_of[name], ""), *span))
        for name, text, reason in bad:
            out.issues.append(Issue("error", "unparsed_value", f"report {seq} {name}: {reason}", text, *span,
                                    field=f"progress_reports.{name}"))
            if name == "disbursed" and entry.figures.get("budget") is not None:
                # an amount printed that does not parse ("๒๐,ฒ๐๐", "๑๕,.๑๐๐": two numbers): its text kept for the
                # joint weighing of the amounts (repairs._money_jointly), which reads its characters (never a value)
                # (its amount as printed is what the copies vote on: their clauses' words may differ)
                out.put("progress_reports", seq, "disbursed_printed",
                        Reading(budget_amount(text) or text.strip(), text, *span))
        for i, expense in enumerate(entry.expenses, start=1):
            values, _ = expense_values(expense)  # an unreadable column is None: repaired or flagged after the vote
            # a figure in an expense item's words: no item of the forms holds one (none of the 1,549 expected expense
            # lines of the corpora and fresh sets does), so it is the line's clause OCR tore or damaged, left there
            # ("๑๓๓ฒ คน y 120 บาท", "๒ ค้น X ๓ ๕๐๐ บาท", "71 ใบ บาท xX 20 บาท", "๑๐๓ คน x 3๕ - UM", "๕๕ คน x go WIN")
            figure_said = not expense.unit and expense.quantity is None and ANY_DIGIT_RE.search(expense.item)
            if expense.unit:
                values["unit"] = _unit(expense.unit, seq, i, expense, out, said)
                values["item"] = _count_cut(expense, seq, i, out)
            elif figure_said:
                # "ค่าอาหาร ๑๓๓ฒ คน y 120 บาท.", "ค่าอาหารกลางวัน ๕๕ คน x go WIN": a quantity, a unit and a unit
                # amount OCR damaged past the clause reader, left in the item's words (no item of the form holds
                # a figure); the line's item, unit and quantity are in doubt
                for name in ("item", "unit", "quantity", "unit_amount"):
                    out.issues.append(Issue(
                        "warning", "unparsed_value",
                        f"report {seq} expense line {i}: its item {expense.item!r} holds a figure (no item of the "
                        "form does): the line's count, unit or price OCR damaged past reading; the line is read as "
                        "an item and an amount", expense.item, expense.line, expense.last_line,
                        field=f"expenses.{name}"))
            if not figure_said and _MONEY_IN_ITEM_RE.search(expense.item):
                # "ค่าอาหารกลางวัน 12,300 บาท.-" beside "123 คน x 100 บาท.- = 12,300": the line's amount, or
                # another cell's, that OCR ran into the item's words where it read the table's cells apart
                out.issues.append(Issue(
                    "warning", "implausible_value",
                    f"report {seq} expense line {i}: its item {expense.item!r} holds a money figure (no item of "
                    "the form does): the line's amount, or another cell's, that OCR ran into the item's words; "
                    "kept as read", expense.item, expense.line, expense.last_line, field="expenses.item"))
            printed = {"item": expense.item, "amount": expense.amount, "unit": expense.unit or "",
                       "quantity": expense.quantity or "", "unit_amount": expense.each or ""}
            for name, value in values.items():
                if value is not None or printed[name]:
                    out.put("expenses", (seq, i), name, Reading(value, printed[name], expense.line,
                                                                expense.last_line))
    out.leave("text_before_first_entry", "text in section 2 before the first report entry", entries.preamble,
              "progress_reports")
    out.issues.extend(_field_tails_past_heading(entries.preamble, lines, out))


# a line of words alone (Thai letters, marks and spaces; no figure, no entry's words): a wrapped field value's close
_WORDS_ONLY_RE = regex.compile(r"^[\u0e01-\u0e4e ]+$")
_ENTRY_WORDS_RE = regex.compile(rf"{mark_tolerant('รายงาน')}|{mark_tolerant('ครั้งที่')}|{mark_tolerant('วันที่')}")


def _field_tails_past_heading(preamble: list[Line], section: list[Line], out: CopyReading) -> list[Issue]:
    """Lines of words alone opening section 2, before anything of its entries ("การพัฒนาอย่างต่อเนื่อง" / "เกณฑ์ที
    กำหนด"), where OCR read the page's lines out of order: the wrapped closes of section 1.6's last values, which
    end short of them ("เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับ", "มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับ
    การพัฒนาตาม"; fresh s88b007).  The values are kept as read; the last ones read, one for each such line, are
    said in doubt with the lines (unplaced_text on the field), as the lines are left out; not a value that ends
    closed (a figure or a bracket: "... ตามเป้าหมาย (2568)"), nor where the words stand past the section's first
    lines (`section`: a piece of the certification after the entries is no such close)."""
    opening = {ln.no for ln in [ln for ln in section if ln.text.strip()][:FIELD_TAIL_REACH]}
    tails: list[Line] = []
    for ln in preamble:
        text = ln.text.strip()
        if not text:
            continue
        if not _WORDS_ONLY_RE.match(text) or _ENTRY_WORDS_RE.search(text) or len(text.split()) > FIELD_TAIL_WORDS \
                or all(skeleton(word) in _ENTRY_LABELS for word in text.split()):
            break  # (a piece of the entries table's labels' column, "รายละเอียดการ" / "ดำเนินงาน", is its own)
        tails.append(ln)
    if not tails or tails[0].no not in opening:
        return []
    read = sorted((r.line_end, name, r) for rec in out.tables.get("project", {}).values()
                  for name in SECTION_FIELDS["s1_6"] if isinstance((r := rec.get(name)), Reading)
                  and isinstance(r.value, str) and not _CLOSED_END_RE.search(r.value))
    words = " / ".join(ln.text.strip() for ln in tails)
    return [Issue("warning", "unplaced_text", f"projects.{name}: {r.value!r} may end short of its value: section 2 "
                  f"opens with words alone ({words!r}) before anything of its entries, the wrapped close of section "
                  "1.6's last values OCR read after the next heading; kept as read",
                  words, r.line_start, tails[-1].no, field=f"projects.{name}")
            for _, name, r in read[-len(tails):]]


FIELD_TAIL_WORDS = 4  # words at most in a line that is a wrapped value's close
# the entries table's row labels, run together as skeletons: a line whose every word is a piece of them is theirs
_ENTRY_LABELS = skeleton("รายการรายงานครั้งที่วันที่รายงานรายละเอียดการดำเนินงานผลการดำเนินงาน"
                         "ความก้าวหน้าของงานฯงบประมาณที่เบิกใช้ความสอดคล้องกับแผนความสอดคล้องกับเป้าหมาย")
FIELD_TAIL_REACH = 3  # the section's first lines (blank ones aside) such words stand among
_CLOSED_END_RE = regex.compile(r"[\d๐-๙)]\s*$")


# The count's word and a number ending an expense item's words, the line's count, unit and price read after them
# ("ค่าตอบแทนวิทยากร จำนวน 3    3 ชั่วโมงๆ ละ 1,200 บาท": OCR read the count twice across a gap): the words are the
# line's count clause, no item's (the clause reader's quantity is the number right before the unit)
_COUNT_IN_ITEM_RE = regex.compile(rf"\s*{mark_tolerant('จำนวน')}\s*(?P<number>[\d๐-๙]{{1,4}})$")


def _count_cut(expense: Expense, seq: int, i: int, out: CopyReading) -> str:
    """An expense line's item without the count clause that ended its
    words (_COUNT_IN_ITEM_RE), the line's quantity, unit and unit amount
    read after them: the item cut before "จำนวน", said (value_repaired,
    rule count_in_item, naming the item).  Where that number is not the
    quantity read, the line printed two counts and which one is the
    count is not known: the quantity is said in doubt too, kept as read.
    The item as printed otherwise."""
    m = _COUNT_IN_ITEM_RE.search(expense.item)
    if m is None or expense.quantity is None or not m.start():
        return expense.item
    item = expense.item[: m.start()].strip()
    if not THAI_LETTER_RE.search(item):  # (the count clause alone: no item to cut)
        return expense.item
    number = thai_digits_to_arabic(m.group("number"))
    same = number == thai_digits_to_arabic(expense.quantity.strip())
    evidence = json.dumps({"rule": "count_in_item", "printed": expense.item, "value": item,
                           "count": m.group("number"), "quantity": expense.quantity}, ensure_ascii=False)
    out.issues.append(Issue(
        "warning", "value_repaired",
        f"report {seq} expense line {i}: its item read {expense.item!r}, the count's word and a number ending it "
        f"before the line's count, unit and price ({expense.quantity} {expense.unit}): the count clause, no item's "
        f"words (rule count_in_item); the item is {item!r}" + (
            " (the count read twice)" if same else ""), evidence, expense.line, expense.last_line,
        field="expenses.item"))
    if not same:
        out.issues.append(Issue(
            "warning", "repair_ambiguous",
            f"report {seq} expense line {i}: two counts printed, {m.group('number')} after the item's word "
            f"\"จำนวน\" and {expense.quantity} before the unit; which is the line's count is not known: kept "
            f"{expense.quantity} as read", evidence, expense.line, expense.last_line, field="expenses.quantity"))
    return item


_MONEY_IN_ITEM_RE = regex.compile(r"[\d๐-๙][\d๐-๙,]*(?:\.[\d๐-๙]{1,2})?\s*บาท")  # "12,300 บาท" in an item


def shown_reading(entries: EntriesResult) -> Reading | None:
    """How many entries a copy's text shows, when it read none under some
    number up to it, for rows.entries_lost after the vote.
    Reports number 1..N: its flag clauses (EntriesResult.shown) count N, or
    an entry is read under a number no higher than the count of entries it
    read (a number above that count is no evidence: it may be a misread one,
    or text read as a header).  At the lines of the flags no entry read holds
    (the lost entries' cells; all the flags when each stands inside an entry
    read, a table read column by column), or between the entries read
    around the first number missing."""
    read = entries.entries
    top = max((n for n in read if n <= len(read)), default=0)
    shown = max(len(entries.shown), top)
    missing = [n for n in range(1, shown + 1) if n not in read]
    if not missing:
        return None
    if len(entries.shown) >= top:
        spans = [(e.line_start, e.line_end) for e in read.values()]
        outside = [n for n in entries.shown if not any(a <= n <= b for a, b in spans)] or entries.shown
        return Reading(shown, f"the report entries' flag clauses count {shown} entries", min(outside), max(outside))
    before = [read[n].line_end for n in sorted(read) if n < missing[0]]
    after = [read[n].line_start for n in sorted(read) if n > missing[0]]
    # (the entries around it in either order: a table read column by column may print the one after it first)
    ends = (before[-1] if before else after[0], after[0] if after else before[-1])
    return Reading(shown, f"report {top} was read, and reports number from 1", min(ends), max(ends))


def _units_by_item(entries) -> dict[str, set[str]]:
    """The units (of UNITS) each expense item of a copy is counted in where
    its unit reads, by the item's skeleton: what a unit OCR wrote in Latin
    letters under the same item is weighed against (_unit)."""
    said: dict[str, set[str]] = {}
    for entry in entries:
        for expense in entry.expenses:
            if expense.unit and (unit := canonical_unit(expense.unit)) in UNITS:
                said.setdefault(skeleton(expense.item), set()).add(unit)
    return said


def _unit(printed: str, seq: int, i: int, expense, out: CopyReading, said: dict[str, set[str]] | None = None) -> str:
    """An expense line's unit read against the units the forms count in, as
    parsers.units.mend_unit reads both forms' (a look-alike letter, a speck
    joined to it, one letter of a long unit, Latin letters, the thing its
    item names, a mark lost or misread), each repair said; a unit in Latin
    letters of several readings ("AU": คน or คัน) weighs the units other
    lines of the same item read in the copy (`said`)."""
    unit, issues = mend_unit(printed, expense.item, f"expense line {i} of report {seq}",
                             (expense.line, expense.last_line), (said or {}).get(skeleton(expense.item), set()))
    out.issues += issues
    return unit


def _without_running_agency(lines: list[Line], out: CopyReading) -> list[Line]:
    """Section 2 without the responsible agency's name standing alone on a
    line: the running header printed at the top of each page ("สำนักงานเขต
    ยานนาวา"), which OCR left where no page number or footer marks the page's
    edge (pipeline.clean finds it only there): no entry's text."""
    agency = out.tables.get("project", {}).get(0, {}).get("agency")
    if agency is None or not agency.value:
        return lines
    key = skeleton(agency.value)
    return [ln for ln in lines if len(ln.text) > 2 * len(agency.value) or skeleton(ln.text) != key]


def _without_running_agency_alone(lines: list[Line], out: CopyReading) -> list[Line]:
    """A text section (rationale, objectives, targets) without the running
    header of the responsible agency's name (_without_running_agency) where
    it stands alone, a blank line or more on both sides, beside a page
    number OCR garbled past reading, alone too ("of.", "- ly -", "=e -"),
    that pipeline.clean cannot see as one: at a page break
    ("- เพื่อสร้างเครือข่าย...ชุมชน" /
    "of." / "สำนักงานเขตราชเทวี" / "- เพื่อพัฒนา..."; before, it ran into the
    objective before it); that page number goes too.  The same words
    without such a token beside them are the text's own (a form that parts
    every line by a blank one prints the agency's name alone in a sentence:
    the samples' 003), as are words wrapped from the line before."""
    agency = out.tables.get("project", {}).get(0, {}).get("agency")
    if agency is None or not agency.value or not lines:
        return lines
    key, size = skeleton(agency.value), 2 * len(agency.value)

    def alone(i: int) -> bool:
        return ((i == 0 or lines[i - 1].no < lines[i].no - 1)
                and (i + 1 == len(lines) or lines[i + 1].no > lines[i].no + 1))

    drop: set[int] = set()
    for i, ln in enumerate(lines):
        if not (alone(i) and len(ln.text) <= size and skeleton(ln.text) == key):
            continue
        # the page number beside it, garbled: a token alone, a few characters, no Thai letter, no list number
        numbers = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and alone(j)
                   and _GARBLED_PAGE_NUMBER_RE.match(lines[j].text) and not _ITEM_NUMBER_ALONE_RE.match(lines[j].text)]
        if numbers:
            drop.update([i, *numbers])
    return [ln for i, ln in enumerate(lines) if i not in drop]


# a page number OCR garbled ("- ly -", "=e -", "of.", "-R-", "aah", "=9."): six characters at most, no Thai letter
_GARBLED_PAGE_NUMBER_RE = regex.compile(r"^\s*[^\s\u0e00-\u0e7f](?:[^\u0e00-\u0e7f]{0,4}[^\s\u0e00-\u0e7f])?\s*$")
_ITEM_NUMBER_ALONE_RE = regex.compile(r"^\s*\(?[\d๐-๙]{1,2}[.)]?\s*$")


def _year_in_range(reading: CopyReading) -> bool:
    """Whether a copy's fiscal-year field reads a year of YEAR_RANGE (then the
    year's mentions are not wanted: repairs.fiscal_year_from_mentions)."""
    fy = reading.tables.get("project", {}).get(0, {}).get("fiscal_year_be")
    return fy is not None and isinstance(fy.value, int) and YEAR_RANGE[0] <= fy.value <= YEAR_RANGE[1]


def read_copies(lines: list[Line]) -> list[CopyReading]:
    """All copies of the form, of every project, in a document's lines.  A
    last copy that stops in section 2 without the certification that closes
    every copy is a file cut short: an error (the document is partial), for
    the entries after its last line are lost."""
    copies: list[Copy] = []
    read_each = read_once(read_copy)

    def read(copy: Copy) -> CopyReading:
        copies.append(copy)
        return read_each(copy)

    kept = _form_copies(lines)
    readings = [read(c) for c in kept]
    if readings and (cover := cover_code(lines, kept[0])) is not None:
        # the cover page's code: the first project's, for repairs.code_from_cover (no column of its own)
        readings[0].put("project", 0, "cover_code", cover)
    for reading, names in zip(readings, signed_amounts(lines, readings)):
        project = reading.tables.get("project", {}).get(0, {})
        for name in names:  # the baht sign OCR read as a digit: dropped after the vote (repairs.py)
            amount = project.get(name) or project[f"{name}_printed"]
            reading.put("project", 0, f"{name}_sign", Reading(True, amount.text, *amount.span))
            if sign_unweighed(readings, amount.text):  # (said in doubt: repairs.repair_baht_sign)
                reading.put("project", 0, f"{name}_sign_unweighed", Reading(True, amount.text, *amount.span))
    if shown := clause_signs(readings):
        # the document's budget clauses show the ฿ sign as a sign: a project whose own clauses show it too seldom
        # drops it where OCR read it as a digit after the vote as well (repairs._clause_signs)
        for copy, reading in zip(copies, readings):
            reading.put("project", 0, "clause_signs", Reading(shown, "", copy.line_start, copy.line_end))
    if any(r.tables.get("expenses") for r in readings) and expense_signs(lines):
        # expense figures printed with a ฿ sign OCR read as a digit, in every copy (the vote mixes the copies'
        # figures): dropped after the vote (repairs.py)
        for copy, reading in zip(copies, readings):
            reading.put("project", 0, "expense_sign", Reading(True, "", copy.line_start, copy.line_end))
    if readings and (unread := unread_digits(ln for ln in lines if ln.kind == "text")):
        # the digits the document's OCR never writes (parsers.digits: the document's, whichever copy), for the
        # fiscal year the form's printings agree on once each written digit stands for itself or for one of them
        # (repairs.fiscal_year_by_written_digits)
        for copy, reading in zip(copies, readings):
            reading.put("project", 0, "unread_digits", Reading(unread, "", copy.line_start, copy.line_end))
    for copy, reading in zip(copies, readings) if not all(_year_in_range(r) for r in readings) else ():
        # the fiscal-year mentions of the copy's own lines (the fiscal year's last resort, repairs.py: wanted
        # only where some copy's year field reads no year in YEAR_RANGE, so looked for only then); keyed by
        # copy, so that copies add up rather than vote, and a file's other projects count for none
        start, end = copy.line_start, copy.line_end  # (each a pass over the copy's events: taken once)
        own = [ln for ln in lines if start <= ln.no <= end]
        for i, (ln, (kind, printed, month)) in enumerate(mentions_in(own) if own else [], start=1):
            reading.put("year_mentions", (copy.index, i), "text", Reading(printed, printed, ln.no, ln.no))
            reading.put("year_mentions", (copy.index, i), "kind", Reading(kind, kind, ln.no, ln.no))
            reading.put("year_mentions", (copy.index, i), "month", Reading(month, str(month), ln.no, ln.no))
    renumbered_by_copies(readings)
    trailing_renumbered(readings)
    if readings and "s2" in copies[-1].headings_seen and not _closed(copies[-1]):
        mark_cut_short(readings, copies[-1], "the document ends in section 2 (line {line}) with no certification "
                       "after the report entries: the file was cut short, and entries after that line may be lost",
                       "progress_reports")
    return readings


def _one_project(a: CopyReading, b: CopyReading) -> bool:
    """Whether two copies print one project, as the vote groups copies
    (parsers.reader.same_project: codes one or apart by OCR's slips with
    names that agree, or names that agree)."""
    return same_project(a.identity, b.identity)


def renumbered_by_copies(readings: list[CopyReading]) -> None:
    """A copy's last report whose number OCR misread beyond the run of
    report numbers ("ครั้งที่ 41" for report 11, after report 7 of its own:
    the copy lost the headers between) is the one number its other copies
    (of one project, _one_project) read that it lacks, when: its number is
    higher than every number those copies read and more than ENTRY_GAP past
    the copy's report before it; that number is the only one past the
    report before it whose digits are the printed number's with one changed,
    added or dropped; and its date (read) falls in that number's place, on
    or after the dates of the reports before it and on or before those
    after it, in every copy.  Its row and its expense lines take that
    number (value_repaired, rule report_sequence); in the vote they stand
    with the other copies' report.  (Before, the row stood as a report of
    its own, report 41, said only by the missing-reports check.)"""
    for b in readings:
        reports = b.tables.get("progress_reports", {})
        if len(reports) < 2 or not all(isinstance(k, int) for k in reports):
            continue
        keys = sorted(reports)
        top, before = keys[-1], keys[-2]
        same = [a for a in readings if a is not b and _one_project(a, b)]
        others = {k for a in same for k in a.tables.get("progress_reports", {}) if isinstance(k, int)}
        if not others or top <= max(others) or top - before <= ENTRY_GAP + 1:
            continue
        fits = [n for n in others - set(keys) if n > before and Levenshtein.distance(str(top), str(n)) == 1]
        dated = reports[top].get("report_date")
        if len(fits) != 1 or dated is None or dated.value is None:
            continue
        number = fits[0]
        dates = [(k, r["report_date"].value) for a in [b, *same]
                 for k, r in a.tables.get("progress_reports", {}).items()
                 if k != top and isinstance(k, int) and r.get("report_date") is not None
                 and r["report_date"].value is not None]
        if any(k < number and d > dated.value or k > number and d < dated.value for k, d in dates):
            continue
        _renumbered(b, top, number,
                    f"the last report header of a copy reads {top}, past every report number the other copies of "
                    f"the project read and more than {ENTRY_GAP} past the copy's report {before}; report {number}, "
                    f"which those copies read and this one lacks, is the only number after {before} whose digits are "
                    f"its with one changed, added or dropped, and its date {dated.value} falls in report {number}'s "
                    f"place: it is read as {number}")


def _renumbered(b: CopyReading, top: int, number: int, message: str) -> None:
    """Copy `b`'s report `top`, its row and its expense lines, as report
    `number`, and said (value_repaired, rule report_sequence, `message`)."""
    reports = b.tables["progress_reports"]
    reports[number] = reports.pop(top)
    expenses = b.tables.get("expenses", {})
    for key in [k for k in expenses if isinstance(k, tuple) and k[0] == top]:
        expenses[(number, key[1])] = expenses.pop(key)
    line = min(r.line_start for r in reports[number].values())
    evidence = {"rule": "report_sequence", "printed": str(top), "read": top, "chosen": number}
    b.issues.append(Issue("warning", "value_repaired", message, json.dumps(evidence, ensure_ascii=False), line, line,
                          field="progress_reports.seq"))


DESCRIPTIONS_ALIKE = 85  # rapidfuzz partial ratio of two descriptions' letters (skeletons) that tell one entry
DESCRIPTION_ALIKE_MIN = 12  # letters the shorter description holds at least, for it to tell anything


def _same_entry(a: dict[str, Reading], b: dict[str, Reading]) -> bool:
    """Whether two copies' report rows print one entry: their dates, both
    read, are one; or their descriptions' letters agree (DESCRIPTIONS_ALIKE;
    either may hold another cell's words OCR ran into it)."""
    da, db = a.get("report_date"), b.get("report_date")
    if da is not None and db is not None and da.value is not None and da.value == db.value:
        return True
    ta, tb = (skeleton(str(r["description"].value or "")) if r.get("description") else "" for r in (a, b))
    return min(len(ta), len(tb)) >= DESCRIPTION_ALIKE_MIN and fuzz.partial_ratio(ta, tb) >= DESCRIPTIONS_ALIKE


def trailing_renumbered(readings: list[CopyReading]) -> None:
    """A copy's last reports whose numbers OCR misread past the run (copy 1
    reads reports 1-6, "ครั้งที่ 9" and "ครั้งที่ ๑", the last read as 10 after 9;
    copy 2 reads 1-8) are the reports its other copies (of one project,
    _one_project) read next, in order, when: each of those numbers lies past
    every number the other copies read; as many numbers follow the copy's
    last report below them in the other copies, one after another (7, 8
    after 6), each read by no report of the copy; and each pair prints one
    entry (_same_entry: one date, or descriptions alike).  Their rows and
    expense lines take the other copies' numbers (value_repaired, rule
    report_sequence); in the vote they stand with those copies' reports.
    Before, they stood as extra reports 9 and 10, and 7 and 8 were read in
    one copy of two (fresh set s93o)."""
    for b in readings:
        reports = b.tables.get("progress_reports", {})
        if len(reports) < 2 or not all(isinstance(k, int) for k in reports):
            continue
        same = [a for a in readings if a is not b and _one_project(a, b)]
        theirs: dict[int, list[dict[str, Reading]]] = {}
        for a in same:
            for k, row in a.tables.get("progress_reports", {}).items():
                if isinstance(k, int):
                    theirs.setdefault(k, []).append(row)
        if not theirs:
            continue
        tops = sorted(k for k in reports if k > max(theirs))
        below = [k for k in reports if k < tops[0]] if tops else []
        if not below:
            continue
        before = max(below)
        numbers = list(range(before + 1, before + 1 + len(tops)))
        if any(n not in theirs or n in reports for n in numbers) or before + 1 + len(tops) in theirs:
            continue  # (the other copies read a number the run would leave out: the pairs are not these)
        if not all(any(_same_entry(reports[t], row) for row in theirs[n]) for t, n in zip(tops, numbers)):
            continue
        for top, number in zip(tops, numbers):
            _renumbered(b, top, number,
                        f"a copy's report read as {top} lies past every report number the other copies of the "
                        f"project read; those copies read reports {numbers[0]}-{numbers[-1]} after report {before}, "
                        f"which this copy lacks, as many as its reports past them, and report {number} of theirs "
                        f"prints the same entry (its date or its description): it is read as {number}")


# a project code in Arabic digits, alone between brackets or spaces ("รหัสโครงการ 50150000-4624", "(09000000-7611)")
_ARABIC_CODE_RE = regex.compile(r"(?<![\d๐-๙-])\d{8}-\d{4}(?![\d๐-๙-])")


def cover_code(lines: list[Line], first: Copy) -> Reading | None:
    """The project code a cover page before the form prints in Arabic
    digits (the lines before the first copy's first heading: a cover page
    the reader dropped, _form_copies, or the lead of that copy), when they
    print exactly one; None otherwise."""
    head = next((ev.line for ev in first.events if ev.kind == "heading"), None)
    if head is None:
        return None
    found = {(m.group(), ln.no, ln.text) for ln in lines if ln.no < head for m in _ARABIC_CODE_RE.finditer(ln.text)}
    if len({code for code, _, _ in found}) != 1:
        return None
    code, no, text = min(found, key=lambda f: f[1])
    return Reading(code, text, no, no)


# What a cover page before the form may name (the agency, the project's name and code, the fiscal
# year): fields the form prints again, in its section 1.
_COVER_FIELDS = frozenset({"unit", "name", "project_code", "fiscal_year"})


def _form_copies(lines: list[Line]) -> list[Copy]:
    """The copies of the form in a document's lines (parsers.reader), less
    a cover page: a page before the form that names the project (its agency,
    name, code, fiscal year) and reaches none of the form's headings opens a
    "copy" of its own when the form's first heading follows its code, but it
    is no copy of the form (extra4 `cover_page`: it was counted as a second
    copy, in documents.n_copies and every row's n_copies).  A copy with no
    heading after which no other copy follows is kept (a file cut short)
    where it holds a field a copy opens with (its name, its code: the head
    the file kept); one that holds none, after a copy its certification
    closed, is a line of that copy's last cells read past the certification
    whose words the anchors took for a label ("เป็นไปตาม / เป้าหมาย" read as
    section 1.6's "เป้าหมายที่": fresh set s96p, counted as a second copy,
    silently): its lines go back to the copy before, as text."""
    copies = split_copies(scan(_labels_wrapped(FORM.anchors.mend_breaks(_debris_in_breaks(lines))), FORM), FORM)
    if len(copies) > 1 and not copies[0].headings_seen and copies[0].fields_seen <= _COVER_FIELDS:
        copies = copies[1:]
    if len(copies) > 1 and not copies[-1].headings_seen \
            and not copies[-1].fields_seen & (_COVER_FIELDS | RESTART_FIELDS):
        # (no heading and no field a copy opens with: only the certification's closing the copy before opened it)
        copies = fold_last_copy(copies, {ln.no: ln.text for ln in lines})
    return copies


# A line of OCR debris (marks printed apart from their letters, read as short tokens spread over the page, a wide
# gap between each: "เซ  เซฑ์  ear  A") that stands between the two parts of a heading a line break cut ("... 2.
# รายงานความก้าวหน้าของโครงการและการใช้จ่าย" / debris / "งบประมาณ รายงานครั้งที่ 1 ..."), which the clean-up kept as
# text (a token of four characters holds three Thai letters), hid the break from AnchorSet.mend_breaks, which looks
# past blank lines alone: the heading went unread, and the section with it (set s66z's bma_progress_s66z010:
# section 2, five reports).  Such a line, where a heading of the form crosses the lines around it, is left out as
# the clean-up leaves out noise: DEBRIS_CELLS cells or more, each one token of DEBRIS_CELL_CHARS characters at most,
# none a dictionary word of two consonants or more ("ผล"; "เซ" is a word of one), nor a figure of two digits.
DEBRIS_CELLS = 3
DEBRIS_CELL_CHARS = 4
_DEBRIS_FIGURE_RE = regex.compile(r"[\d๐-๙]{2}")
_DEBRIS_THAI_RE = regex.compile(r"[\u0e01-\u0e4e]+")
_CONSONANT_RE = regex.compile(r"[\u0e01-\u0e2e]")


def _debris_line(text: str) -> bool:
    """Whether a line is OCR debris in cells (above)."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < DEBRIS_CELLS:
        return False
    for cell in cells:
        if len(cell) > DEBRIS_CELL_CHARS or " " in cell or _DEBRIS_FIGURE_RE.search(cell):
            return False
        if any(len(_CONSONANT_RE.findall(w)) >= 2 and known_word(w) for w in _DEBRIS_THAI_RE.findall(cell)):
            return False
    return True


def _debris_in_breaks(lines: list[Line]) -> list[Line]:
    """`lines` less each line of debris (above) between two text lines
    (blank lines aside) a heading of the form crosses (AnchorSet.mend_breaks
    mends the two without it)."""
    drop: set[int] = set()
    texts = [k for k, ln in enumerate(lines) if ln.kind == "text" and ln.text.strip()]
    for x in range(1, len(texts) - 1):
        k = texts[x]
        if "\t" not in lines[k].text or not _debris_line(lines[k].text):
            continue
        a, b = lines[texts[x - 1]], lines[texts[x + 1]]
        if FORM.anchors.mend_breaks([a, b])[0].text != a.text:
            drop.add(k)
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


def rows_read(lines: list[Line]) -> set[int]:
    """The lines of OCR noise the form reads as text by their place (its
    ROWS_READ: pipeline.clean.parser_lines): a unit's slash wrapped alone
    (slashes_in_units), a cut header row's numbers
    (transposed.head_numbers_in_noise)."""
    return slashes_in_units(lines) | head_numbers_in_noise(lines)


def slashes_in_units(lines: list[Line]) -> set[int]:
    """The lines of a slash alone that the clean-up took for OCR noise where
    the text line before it (blank lines aside) parts a unit's names with
    slashes ("หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / สำนักงานการศึกษาพิเศษ" /
    "/" / "กลุ่มงาน..."): the separator the page wrapped, read as text
    (the form's ROWS_READ: pipeline.clean.parser_lines), which
    parsers.reader.sort_out joins to the value."""
    out: set[int] = set()
    last = None  # the last text line's text
    for ln in lines:
        if ln.kind == "ocr_noise" and ln.text.strip() == "/" and last is not None and " / " in last:
            out.add(ln.no)
        if ln.kind == "text":
            last = ln.text
        elif ln.kind != "blank":
            last = None
    return out


# A line that opens with a label's separator and its value (": นางวิไลวรรณ เจริญสุข โทร 3129"): its label was lost,
# or stands at the end of the line above.
_SEPARATOR_OPENS_RE = regex.compile(r"^[ \t]*(?::+|=:|;)[ \t]*\S")
_LABEL_KEYS = frozenset(FIELD_BY_KEY)
LABEL_SPECKS = 2  # lines of a speck alone (parsers.anchors.speck_line) OCR may set between a label and its value


def _labels_wrapped(lines: list[Line]) -> list[Line]:
    """Lines with each header label that ends a line after other text, with
    no separator and no value after it, moved onto the next line where that
    line opens with a separator and a value: two fields printed on one line
    that the page wrapped after the second's label ("ชื่อผู้รับผิดชอบ : ...
    โทร 5183      ผู้ประสานงาน สยป" / ": นางวิไลวรรณ เจริญสุข โทร 3129",
    "สิ้นสุดโครงการ : ... งบประมาณที่ใช้ไป" / ": ๕๕๕๐๐ บาท").  Inside a line a
    label wants a separator or a gap after it, so such a label opened
    nothing: the first field took the second's label, and the value under
    it, as its own (or the value was left as text).  OCR may set lines of
    a speck alone between the two (LABEL_SPECKS: "... ตามความต้องการ
    ตัวชี้วัด" / "1" / "AAA" / ": มิติที่ ๑ ...": fresh set s153o, the
    indicator lost and its value read as the goal's, nothing said); they
    stay where they are.  Each piece keeps its line."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, k = out[i], i + 1
        while k < len(out) - 1 and k - i <= LABEL_SPECKS and out[k].kind == "text" and speck_line(out[k].text):
            k += 1
        b = out[k]
        if a.kind != "text" or b.kind != "text" or not _SEPARATOR_OPENS_RE.match(b.text):
            continue
        found = FORM.anchors.occurrences(a.text)
        if not found:
            continue
        anchor, start, end = found[-1]
        if anchor.kind != "label" or anchor.key not in _LABEL_KEYS or a.text[end:].strip(" \t.") \
                or not a.text[:start].strip(" \t") \
                or any(hit.anchor.kind == "label" and hit.start == start for hit in FORM.anchors.scan(a.text)):
            continue
        out[i] = Line(a.no, a.text[:start].rstrip(), a.kind, a.bullet, a.indent)
        out[k] = Line(b.no, f"{a.text[start:].strip()} {b.text.lstrip()}", b.kind, b.bullet, b.indent)
    return out


def _closed(copy: Copy) -> bool:
    """Whether the certification (or its signature lines) closes the copy."""
    return any(ev.kind == "signature" or (ev.kind == "heading" and ev.key == "signature") for ev in copy.events)
