"""The small value types that flow between stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document after clean-up, with its place in the source.

    `no` is the 1-based line number in the decoded file, so every block and
    row built from lines can point back at the text an analyst can open.
    `kind` is "text", "blank", or the furniture it was recognised as
    ("page_header", "page_number", "page_break", "catchword", "signature",
    "ocr_noise").
    """

    no: int
    text: str
    kind: str = "text"


EVIDENCE_MAX = 20_000  # characters of evidence kept per issue


@dataclass(slots=True)
class Issue:
    """A doubt about one document or value; becomes a row of `issues`."""

    severity: str  # "error" | "warning"
    code: str
    message: str
    evidence: str = ""
    line_start: int | None = None
    line_end: int | None = None
    project_key: str | None = None
    field: str | None = None

    def row(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id,
            "project_key": self.project_key,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "evidence": self.evidence if len(self.evidence) <= EVIDENCE_MAX else self.evidence[:EVIDENCE_MAX] + " …",
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


@dataclass(slots=True)
class ParseResult:
    """What a form parser returns for one document: rows per table (plain
    dicts, not yet validated), issues, and counts for the documents row."""

    doc_type: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    n_copies: int = 1

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append(row)
