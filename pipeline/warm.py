"""Imported once by the process pool's fork server, before any worker is
forked: the stages, pythainlp's dictionary and word tokenizer are loaded
there, and every worker starts with them already in memory."""

from __future__ import annotations

import pipeline.stages  # noqa: F401
from pipeline.vote import plausibility

plausibility("การศึกษา")  # loads the dictionary and builds the tokenizer's trie
