"""Form parsers: one module per form, registered by doc_type.

Each form module provides DOC_TYPE, read_copies(lines) -> [CopyReading]
(one per copy of the form in the document) and build(merged) -> ParseResult
(rows and cross-check issues from the voted copies).
"""

from __future__ import annotations

from types import ModuleType


def form_module(doc_type: str) -> ModuleType | None:
    """The parser module for `doc_type`, or None if there is none."""
    if doc_type == "bma_progress":
        from parsers import bma_progress

        return bma_progress
    if doc_type == "bma_proposal":
        from parsers import bma_proposal

        return bma_proposal
    if doc_type == "obec_progress":
        from parsers import obec_progress

        return obec_progress
    return None
