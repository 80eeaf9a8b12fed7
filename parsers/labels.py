"""Fuzzy matching of printed labels ("ชื่อผู้รับผิดชอบ... :") against OCR slips.

Two tools: `LabelSet.match` compares a candidate label with every known label
on skeletons (Thai text without tone marks, vowels above/below, spaces and
dots) using rapidfuzz, and `mark_tolerant` builds a regex that matches a label
with any of its marks dropped or changed, for finding labels inside a line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz import fuzz, process

from normalizers.text import mark_tolerant, skeleton

# "label : value", "label :: value", "label. : value"; OCR may read ":" as ";".
_SEPARATOR_RE = regex.compile(r"\s*(?:[:;：]\s*){1,2}")


def label_words(*words: str, gap: int = 4) -> str:
    """Regex source for a label read as its words in order, each with marks
    optional, with up to `gap` other characters between them: OCR that adds
    or changes a letter in a short joining word ("งบประมาณทที่เบิกใช้") still
    matches on the label's distinctive words."""
    return f".{{0,{gap}}}?".join(mark_tolerant(w) for w in words)


@dataclass(frozen=True)
class Label:
    key: str
    text: str


class LabelSet:
    """A form's field labels, matched by skeleton similarity."""

    def __init__(self, labels: list[Label], cutoff: float = 80.0):
        self.labels = labels
        self.cutoff = cutoff
        self._skeletons = [skeleton(label.text) for label in labels]
        self._by_skeleton_len = max((len(s) for s in self._skeletons), default=0)
        # "label<tab>value" with no colon: the label, marks optional, at the start
        self._prefix = [
            (label.key, regex.compile(rf"^\s*{mark_tolerant(label.text)}[\s.…]*(?:[:;：]+\s*)?(?=\S)"))
            for label in labels
        ]

    def match(self, candidate: str) -> tuple[str, float] | None:
        """Best (key, score) for `candidate`, or None below the cutoff."""
        sk = skeleton(candidate)
        if not sk or len(sk) > 2 * self._by_skeleton_len + 4:
            return None
        best = process.extractOne(sk, self._skeletons, scorer=fuzz.ratio, score_cutoff=self.cutoff)
        if best is None:
            return None
        return self.labels[best[2]].key, best[1]

    def split_field(self, line: str) -> tuple[str, str, float] | None:
        """(key, value, score) if `line` is "label : value" for a known label."""
        sep = _SEPARATOR_RE.search(line)
        if sep is None or sep.start() == 0:
            return None
        found = self.match(line[: sep.start()])
        if found is None:
            return None
        return found[0], line[sep.end():].strip(), found[1]

    def split_prefix(self, line: str) -> tuple[str, str] | None:
        """(key, value) if `line` opens with a known label followed by a value,
        with or without a colon (tables flattened by OCR lose the colon)."""
        best = None
        for key, rx in self._prefix:
            m = rx.match(line)
            if m and (best is None or m.end() > best[1]):
                best = (key, m.end())
        if best is None:
            return None
        return best[0], line[best[1]:].strip()
