"""The targets of section 3: "3.1 ด้านปริมาณ ..." and "3.2 ด้านคุณภาพ ...".

The groups are the section's numbered items (parsers.bma_proposal.numbering),
each opened by its label, compared by its letters and fuzzily so a label
OCR damaged ("ต้านคุณภาพ") still says its kind.  Targets printed without
numbers are read by their labels alone (parsers.values.target_groups).
"""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from normalizers.text import clean_value, skeleton
from parsers.bma_proposal.numbering import explode_sub, read_items, sub_opener
from parsers.items import THAI_WORD_RE
from parsers.values import target_groups
from schemas.document import Issue, Line

LABELS = {skeleton(w): kind for w, kind in (("ด้านปริมาณ", "quantity"), ("เชิงปริมาณ", "quantity"),
                                            ("ด้านคุณภาพ", "quality"), ("เชิงคุณภาพ", "quality"))}
LABEL_RATIO = 80.0


def label_of(text: str) -> tuple[str | None, str]:
    """(kind, the text after the label) if `text` opens with a target label."""
    word, _, rest = text.strip().partition(" ")
    sk = skeleton(word)
    best = max(LABELS, key=lambda label: fuzz.ratio(sk, label))
    if fuzz.ratio(sk, best) >= LABEL_RATIO:
        return LABELS[best], rest.strip(" :")
    return None, text


# A target group's number before its label ("3.2 ด้านคุณภาพ") ...
_SUB_NUMBER_RE = regex.compile(r"^\s*([\d๐-๙]{1,2})\s*\.\s*([\d๐-๙]{1,2})\s+")
# ... or as OCR damaged it: one or two short tokens ("ว2", "3 27" for 3.2, its dot read as a space and a 7)
_DAMAGED_NUMBER_RE = regex.compile(r"^\s*([^\s]{1,3}(?:\s[^\s]{1,3})?)\s+(?=\S)")


def _label_numbers_mended(lines: list[Line]) -> list[Line]:
    """A target group's number OCR damaged ("ว2 ด้านคุณภาพ", "3 27 ด้านคุณภาพ"
    for 3.2) in a list whose other groups are numbered: one or two short
    tokens, no Thai word, before a label are the group's number, by its
    place among the labelled lines."""
    labelled = [(i, _SUB_NUMBER_RE.match(ln.text), _DAMAGED_NUMBER_RE.match(ln.text)) for i, ln in enumerate(lines)]
    opened = [(i, sub, bad) for i, sub, bad in labelled
              if (sub and label_of(lines[i].text[sub.end():])[0])
              or (not sub and bad and not THAI_WORD_RE.search(bad.group(1))
                  and label_of(lines[i].text[bad.end():])[0])]
    numbered = [sub for _, sub, _ in opened if sub]
    if not numbered or len(numbered) == len(opened):
        return lines
    section = numbered[0].group(1)
    out = list(lines)
    for k, (i, sub, bad) in enumerate(opened, start=1):
        if sub is None:
            ln = lines[i]
            out[i] = Line(ln.no, f"{section}.{k} {ln.text[bad.end():]}", ln.kind, ln.bullet, ln.indent, ln.cols)
    return out


# Thai marks opening a line, white space after them ("๊<tab>3.1 ด้านปริมาณ"): a mark sits on a letter, so none
# opens a line; a speck OCR read as a mark in the margin, which hid the group's number and label.
_LEADING_MARK_RE = regex.compile(r"^\s*[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+\s+(?=\S)")


def _specks_off(lines: list[Line]) -> list[Line]:
    """The lines with the marks a speck left at their start dropped."""
    return [Line(ln.no, ln.text[m.end():], ln.kind, ln.bullet, ln.indent, ln.cols)
            if (m := _LEADING_MARK_RE.match(ln.text)) else ln for ln in lines]


def read_targets(lines: list[Line]) -> tuple[list[tuple[str | None, str, int, int]], list[Issue], list[Line]]:
    """(kind, text, first line, last line) per target group, the issues, and
    the lines before the first group that are none of its text (unplaced).
    Numbered groups, each opened by its label, are the targets even after
    text that no number or label opens (a wrapped line of the objectives
    OCR put under the heading: "เพื่อพัฒนาการ" before "3.1 ด้านปริมาณ"): that
    text is left unplaced, not taken for a target of no kind.  A group's
    line a speck opened with a mark ("๊<tab>3.1 ด้านปริมาณ") opens it all the
    same (before, the group was lost: its text left unplaced, its kind said
    by no issue, and the next group took its number)."""
    lines = _specks_off(lines)
    found = read_items(explode_sub(_label_numbers_mended(lines), "3"), sub_opener("3"), sub=True)
    if found is not None:
        items, lead = found
        groups = []
        for item in items:
            kind, text = label_of(item.text)
            if kind is None:
                break
            groups.append((kind, clean_value(text), item.start, item.end))
        else:
            if groups:
                return groups, [], [ln for ln in lead if ln.text.strip()]
    return *target_groups(lines), []
