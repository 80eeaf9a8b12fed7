"""Form parsers: one package per form, parsers/<doc_type>/, for each doc type
of the registry schemas.document.DOC_TYPES.

Each form package provides DOC_TYPE, read_copies(lines) -> [CopyReading]
(one per printed copy of a project or report in the document, each with its
identity) and build(merged) -> ParseResult (rows and cross-check issues
from the voted copies of one project or report).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from schemas.document import DOC_TYPES


def form_module(doc_type: str) -> ModuleType | None:
    """The parser package of `doc_type`, or None if there is none."""
    if doc_type not in DOC_TYPES:
        return None
    return importlib.import_module(f"parsers.{doc_type}")
