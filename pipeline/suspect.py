"""Free text whose dates OCR visibly damaged: a year after "พ.ศ." inside a
text field (an activity's progress, a target, a finding, a proposal's
period) that is no year the archive's documents are about ('พ.ศ. ๒๕๐๓' for
2563, 'พ.ศ. ๒๕๒' with a digit lost).  The text is kept as read; an
`implausible_value` warning names the field, so the damage is not silent.
Forms-agnostic: it reads the built rows, after the parsers."""

from __future__ import annotations

from typing import Any

import regex

from normalizers.confusions import YEARS_BE
from normalizers.numbers import thai_digits_to_arabic
from schemas.document import Issue

# "พ.ศ." as printed or as OCR leaves it (marks dropped, dots lost), then the year
_BE_YEAR_RE = regex.compile(r"พ\s?\.?\s?ศ\s?\.?\s*([\d๐-๙]{1,6})(?![\d๐-๙])")
_NOT_TEXT = frozenset({"doc_id", "project_key", "source_path", "sha256"})


def damaged_years(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """An implausible_value warning for each text field with a year after
    พ.ศ. outside the archive's years (normalizers.confusions.YEARS_BE)."""
    issues = []
    for table, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                if not isinstance(value, str) or column in _NOT_TEXT or "ศ" not in value:
                    continue
                for m in _BE_YEAR_RE.finditer(value):
                    year = int(thai_digits_to_arabic(m.group(1)))
                    if YEARS_BE[0] <= year <= YEARS_BE[1]:
                        continue
                    issues.append(Issue(
                        "warning", "implausible_value",
                        f"{table}.{column}: the year after พ.ศ. reads {m.group(1)!r}, no year the archive's "
                        f"documents are about ({YEARS_BE[0]}-{YEARS_BE[1]}): OCR may have damaged this date; "
                        "the text is kept as read",
                        m.group(0), row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    break
    return issues
