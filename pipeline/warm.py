"""Imported once by the process pool's fork server, before any worker is
forked: the stages, every form's parser package, pythainlp's dictionary and
word tokenizer are loaded there, and every worker starts with them already
in memory (a parser package compiles its patterns on import: about a second
and a half that would otherwise be paid by each worker on its first file)."""

from __future__ import annotations

import pipeline.stages  # noqa: F401
from parsers import form_module
from pipeline.vote import plausibility
from schemas.document import DOC_TYPES

for _doc_type in DOC_TYPES:
    form_module(_doc_type)
plausibility("การศึกษา")  # loads the dictionary and builds the tokenizer's trie
