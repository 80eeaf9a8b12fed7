"""The in-flight document model: the contract between the form parsers and
the copy vote.  Parsers build these; pipeline stages merge and validate them.

    Line          one cleaned line with its place in the source
    Issue         a doubt about a value or the document; becomes an issues row
    Reading       one copy's reading of one value, with its text and lines
    CopyReading   one printed copy of a form: records of readings per table
    Merged        the copies of one project voted into one reading per field
    ParseResult   the rows (plain dicts) and issues a form gives for a document
"""

from __future__ import annotations

from dataclasses import dataclass, field
from dataclasses import field as dataclass_field
from typing import Any

from schemas.issue_codes import evidence_json

# The document types raingan reads, the single registry: the parser of
# each lives in the package parsers/<doc_type>/; "unknown" is what detection
# gives anything else.
DOC_TYPES: dict[str, str] = {
    "bma_progress": "BMA progress-report form (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ)",
    "bma_proposal": "BMA project proposal (sections 1-10)",
    "obec_progress": "OBEC service-area (สพป.) progress report",
}
UNKNOWN = "unknown"


# The kinds of a page's furniture lines (its header, footer, number) the clean-up also gives a form whose
# module sets FURNITURE_SEEN (pipeline.clean.parser_lines), and that form's reader takes out again
FURNITURE_LINES = frozenset({"page_header", "page_footer", "page_number"})


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document after clean-up, with its place in the source.

    `no` is the 1-based line number in the decoded file, so every block and
    row built from lines can point back at the text an analyst can open.
    `kind` is "text", "blank", or the furniture it was recognised as
    ("page_header", "page_number", "page_break", "catchword", "signature",
    "ocr_noise"), or "repeated" (the repeat of a line printed hundreds of
    times in a row, read once: pipeline.clean.REPEAT_RUN).  `bullet` says a list bullet ("-", "•") opened the raw
    line before clean-up removed it: an item starts here.  `indent` says the
    raw line began with a tab or two or more spaces: in a flattened table a
    new cell, where a wrapped cell's next line starts at the margin.  `cols`
    keeps, for a line of several cells, the page column each starts at, so a
    table read side by side can be folded back into rows (parsers.grid).
    """

    no: int
    text: str
    kind: str = "text"
    bullet: bool = False
    indent: bool = False
    cols: tuple[int, ...] = ()  # where each tab-separated cell of `text` starts on the page (in characters)

    # (written out: the generated __init__ of a frozen dataclass looks up
    # object.__setattr__ afresh for each field, twice as slow, and clean-up
    # builds a Line for every line of every document; each slot is set by
    # its own descriptor (_LINE_SETS, bound once the class is made), a
    # quarter faster again than object.__setattr__ finding it by name)
    def __init__(self, no: int, text: str, kind: str = "text", bullet: bool = False, indent: bool = False,
                 cols: tuple[int, ...] = ()) -> None:
        set_no, set_text, set_kind, set_bullet, set_indent, set_cols = _LINE_SETS
        set_no(self, no)
        set_text(self, text)
        set_kind(self, kind)
        set_bullet(self, bullet)
        set_indent(self, indent)
        set_cols(self, cols)


# each field's slot descriptor's setter, in __init__'s order (what object.__setattr__ finds by name)
_LINE_SETS = tuple(vars(Line)[name].__set__ for name in ("no", "text", "kind", "bullet", "indent", "cols"))


EVIDENCE_MAX = 20_000  # characters of evidence text kept per issue


@dataclass(slots=True)
class Issue:
    """A doubt about one document or value; becomes a row of `issues`.

    `code` is one of schemas.issue_codes.CODES.  `evidence` may be given as a
    dict or list (kept as JSON), as plain text (kept as {"text": ...}) or
    empty (null): it is JSON text from construction on, so every issues row
    can be queried with json_extract."""

    severity: str  # "error" | "warning"
    code: str
    message: str
    evidence: Any = None
    line_start: int | None = None
    line_end: int | None = None
    project_key: str | None = None
    field: str | None = None
    # the parser's key of the project record the issue is about, where it knows it (an OBEC report's
    # (status, seq)): placement breaks a tie of the lines with it (pipeline.placement.project_at); no column
    record: Any = dataclass_field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        evidence = self.evidence
        if isinstance(evidence, str) and len(evidence) > EVIDENCE_MAX:
            evidence = evidence[:EVIDENCE_MAX] + " …"
        self.evidence = evidence_json(evidence)

    def row(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id,
            "project_key": self.project_key,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "evidence": self.evidence,
            "line_start": self.line_start,
            "line_end": self.line_end,
        }


@dataclass(slots=True)
class Reading:
    """One copy's reading of a value: the parsed value, the text it came
    from, and the source lines.  Copies are merged by voting on readings."""

    value: Any
    text: str
    line_start: int
    line_end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.line_start, self.line_end


Record = dict[str, Reading]


@dataclass(slots=True)
class CopyReading:
    """One printed copy of a form: per table, records under a stable key
    (report number, item number, ...), each a dict of field -> Reading.

    `identity` says which project (or report) the copy prints, as the text
    gave it (code, name): copies with the same identity are merged by vote,
    copies with different ones are different projects."""

    index: int  # 0-based order of the copy in the document
    line_start: int
    line_end: int
    tables: dict[str, dict[Any, Record]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    identity: tuple[str | None, str | None] = (None, None)
    unplaced: list[Line] = field(default_factory=list)  # text no rule placed into a field or row

    def leave(self, code: str, message: str, lines: list[Line], field: str | None = None,
              severity: str = "warning") -> None:
        """Text the parser could not place: an issue carrying it, and counted
        against the document's coverage."""
        if not lines:
            return
        self.unplaced.extend(lines)
        evidence = " ".join(ln.text for ln in lines)
        self.issues.append(Issue(severity, code, message, evidence, lines[0].no, lines[-1].no, field=field))

    def record(self, table: str, key: Any) -> Record:
        return self.tables.setdefault(table, {}).setdefault(key, {})

    def put(self, table: str, key: Any, name: str, reading: Reading | None) -> None:
        if reading is not None:
            self.record(table, key)[name] = reading

    def clone(self, index: int, shift: int = 0) -> CopyReading:
        """The same reading as a copy of its own, under `index`, its line
        numbers moved by `shift`: new records, readings and issues (the vote
        and the checks after it may change them), the values themselves
        shared except lists, sets and dicts.  For a copy whose events are
        those of one read before (parsers.reader.read_once)."""
        def value(v: Any) -> Any:
            return v.copy() if isinstance(v, (list, set, dict)) else v

        def moved(n: int | None) -> int | None:
            return n + shift if n is not None else None

        tables = {t: {k: {n: Reading(value(r.value), r.text, r.line_start + shift, r.line_end + shift)
                          for n, r in rec.items()}
                      for k, rec in recs.items()} for t, recs in self.tables.items()}
        issues = []
        for i in self.issues:
            new = Issue(i.severity, i.code, i.message, None, moved(i.line_start), moved(i.line_end), i.project_key,
                        i.field)
            new.evidence = i.evidence  # (JSON text already)
            new.record = i.record
            issues.append(new)
        unplaced = [Line(ln.no + shift, ln.text, ln.kind, ln.bullet, ln.indent, ln.cols) for ln in self.unplaced]
        return CopyReading(index, self.line_start + shift, self.line_end + shift, tables, issues, self.identity,
                           unplaced)


def spans_meet(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    """Whether two (first, last) line spans share a line; a span with a
    line unknown meets any (an issue without lines names its field anywhere)."""
    if None in a or None in b:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def value_of(record: Record, name: str) -> Any:
    """The voted value of one field of a record, None if no copy gave it."""
    reading = record.get(name)
    return reading.value if reading is not None else None


# The vote's tie-break where no reading's plausibility broke the tie (pipeline.vote): the earliest copy's reading
# kept, which says nothing of which reading is right (parsers weigh such ties again by the document's sums)
EARLIEST = "earliest copy"


@dataclass(slots=True)
class Merged:
    """Voted records per table, how many copies gave each, and the issues."""

    tables: dict[str, dict[Any, Record]]
    n_copies: dict[str, dict[Any, int]]
    issues: list[Issue]
    votes: dict[tuple[str, Any, str], Any]
    total_copies: int
    spans: dict[str, dict[Any, tuple[int, int]]] = field(default_factory=dict)

    def span(self, table: str, key: Any) -> dict[str, int]:
        """line_start/line_end of a record in the first copy that has it."""
        start, end = self.spans[table][key]
        return {"line_start": start, "line_end": end}


@dataclass(slots=True)
class ParseResult:
    """What a form parser returns for one document: rows per table (plain
    dicts, not yet validated), issues, and counts for the documents row."""

    doc_type: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    n_copies: int = 1
    # record key of the "project" table -> its project_key, for a form with several projects
    # in one document (an issue raised on a project's lines is stamped with its key)
    project_keys: dict[Any, str] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append(row)
