"""The shape every form parser gives each copy of a document it reads.

A document may print its form several times.  A parser returns one
CopyReading per copy: per table, records under a stable key (report number,
item number, ...), each a dict of field -> Reading.  pipeline.vote merges the
copies field by field, so a parser never decides between copies itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.model import Issue, Reading

Record = dict[str, Reading]


@dataclass(slots=True)
class CopyReading:
    index: int  # 0-based order of the copy in the document
    line_start: int
    line_end: int
    tables: dict[str, dict[Any, Record]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def record(self, table: str, key: Any) -> Record:
        return self.tables.setdefault(table, {}).setdefault(key, {})

    def put(self, table: str, key: Any, name: str, reading: Reading | None) -> None:
        if reading is not None:
            self.record(table, key)[name] = reading


def value_of(record: Record, name: str) -> Any:
    """The voted value of one field of a record, None if no copy gave it."""
    reading = record.get(name)
    return reading.value if reading is not None else None
