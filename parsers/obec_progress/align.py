"""The copies of an OBEC report's project printed more than once, before the
vote (`align_copies`, which the merge stage calls on each group of copies).

Copies vote item by item: a list's item N in one copy against item N in
the others.  Where one copy read two items as one (the next item's number
lost or garbled, "จ ผู้เข้าร่วม..." / "a. ..."; a column of numbers read
apart paired by too few paragraphs), its item 1 holds the words of items 1
and 2 of the other copy, and the vote of two copies ties: the dictionary
kept the run-together reading as often as not, and the items after it
shift.  Where the copies cut the SAME words (letters compared, marks,
spaces, digits and specks left out) into different counts of items, the
copy that cut them into fewer items has no vote on the list's texts (its
readings kept, without a value): its items are pieces of more than one of
the other's.  Items are counted without those too short to be one
(PARAGRAPH_LETTERS letters): debris the copy of fewer cut off as an item
after its run-together one evens no count.  The disagreement is said (`ocr_variant`, naming the column)
at the list's lines in both copies, with both copies' texts as evidence.
Left to the vote: lists whose words differ (text another copy read
elsewhere); a copy of fewer items none of which holds PARAGRAPH_LETTERS
letters more than the item at its place in the other (it lost an item:
its items are the other's); a copy of more items one of which is too
short to be an item (page furniture or debris cut off as an item,
"หนา &/eo"); a copy of more items whose own reading said its
cut in doubt (an issue naming the table at the list's lines) while the
copy of fewer said nothing; two copies of the most items."""

from __future__ import annotations

import json

import regex
from rapidfuzz import fuzz

from parsers.obec_progress.lists import PARAGRAPH_LETTERS
from schemas.document import CopyReading, Issue, Reading
from schemas.issue_codes import evidence_object

TABLES = ("targets", "findings")
SAME_WORDS = 92  # fuzz.ratio of two copies' lists' letters, at least, for the same words
LETTERS_MIN = 20  # letters a list's texts hold, at least, to be compared
NEAR = 2  # lines before or after a list's at which an issue of its copy still speaks of it
RUN_TOGETHER = "items run together in the other copy"  # (the ocr_variant's tie_break)
TAIL_APART = "the title's tail left apart in the other copy"  # (the ocr_variant's tie_break of a name)
_NOT_LETTER_RE = regex.compile(r"[^\u0e01-\u0e2e\u0e30\u0e32\u0e40-\u0e44]")


def _letters(texts: list[str]) -> str:
    return _NOT_LETTER_RE.sub("", "".join(texts).replace("\u0e33", "\u0e32"))


def align_copies(group: list[CopyReading]) -> list[Issue]:
    """The lists a copy cut into fewer items than another copy cut the same
    words into, without a vote on their texts (see the module doc); the
    issues saying so."""
    if len(group) < 2:
        return []
    issues: list[Issue] = []
    for table in TABLES:
        lists: dict[tuple, dict[int, list[tuple]]] = {}
        for c in group:
            for key, rec in c.tables.get(table, {}).items():
                if isinstance(key, tuple) and key and isinstance(key[-1], int):
                    lists.setdefault(key[:-1], {}).setdefault(c.index, []).append(key)
        for items in lists.values():
            if len(items) < 2:
                continue
            copies = {c.index: c for c in group if c.index in items}
            texts = {}
            for ci, keys in items.items():
                recs = [copies[ci].tables[table][k] for k in sorted(keys, key=lambda k: k[-1])]
                if any("text" not in r or not isinstance(r["text"].value, str) for r in recs):
                    break
                texts[ci] = [r["text"].value for r in recs]
            else:
                # (a copy's items counted without those too short to be one: debris OCR cut off as an item in
                # the copy of fewer, "เดือน" after two items run together, evens no count)
                sizes = {ci: sum(len(_letters([x])) >= PARAGRAPH_LETTERS for x in t) for ci, t in texts.items()}
                most = max(sizes.values())
                longest = [ci for ci, n in sizes.items() if n == most]
                if len(longest) != 1:
                    continue
                (kept,) = longest
                words = _letters(texts[kept])
                if len(words) < LETTERS_MIN or any(len(_letters([t])) < PARAGRAPH_LETTERS for t in texts[kept]):
                    continue  # (an item of the more that is debris or page furniture: a cut no item makes)
                kept_doubted = _doubted(copies[kept], table, items[kept])
                for ci, t in texts.items():
                    if ci == kept or fuzz.ratio(_letters(t), words) < SAME_WORDS or not _holds_more(t, texts[kept]):
                        continue
                    if kept_doubted and not _doubted(copies[ci], table, items[ci]):
                        continue  # (the copy of more items said its cut in doubt, the other nothing)
                    _unvoted(copies[ci], table, items[ci], (copies[kept], items[kept]), texts, issues)
    _tails_apart(group, issues)
    return issues


def _name_tails(copy: CopyReading) -> dict[tuple, str]:
    """The text a copy left after a project's title as perhaps the title's
    wrapped tail (an unplaced_text issue naming projects.name, between the
    name's lines and the next project's), by the project's key."""
    names = sorted(((rec["name"].line_start, rec["name"].line_end, key) for key, rec in copy.tables.get("project", {}).items()
                    if "name" in rec and isinstance(rec["name"].value, str)))
    out: dict[tuple, str] = {}
    for k, (_, end, key) in enumerate(names):
        below = names[k + 1][0] if k + 1 < len(names) else None
        tails = [i for i in copy.issues if i.code == "unplaced_text" and i.field == "projects.name"
                 and i.line_start is not None and i.line_start > end and (below is None or i.line_start < below)]
        if len(tails) == 1 and isinstance(text := (evidence_object(tails[0].evidence) or {}).get("text"), str) and text:
            out[key] = text
    return out


def _tails_apart(group: list[CopyReading], issues: list[Issue]) -> None:
    """A project printing no section whose title one copy read whole (its
    wrap under it) and another read only in part, the rest left after it as
    perhaps the title's tail (a page's specks or a page break between): the
    copy of the part has no vote on the name where the whole is its part
    and that tail (letters compared, SAME_WORDS); said (`ocr_variant`) at
    the name's lines in both copies, both readings as evidence."""
    tails = {c.index: _name_tails(c) for c in group}
    for copy in group:
        for key, tail in tails[copy.index].items():
            rec = copy.tables["project"][key]
            part = rec["name"]
            whole = _letters([part.value, tail])
            for other in group:
                theirs = other.tables.get("project", {}).get(key, {}).get("name")
                if other is copy or theirs is None or not isinstance(theirs.value, str) or \
                        len(_letters([theirs.value])) <= len(_letters([part.value])) + LETTERS_MIN // 2 or \
                        fuzz.ratio(_letters([theirs.value]), whole) < SAME_WORDS:
                    continue
                rec["name"] = Reading(None, part.text, part.line_start, part.line_end)
                readings = [{"reading": theirs.value, "copies": 1, "lines": [theirs.line_start, theirs.line_end]},
                            {"reading": part.value, "copies": 1, "lines": [part.line_start, part.line_end]}]
                evidence = json.dumps({"readings": readings, "tie_break": TAIL_APART}, ensure_ascii=False)
                message = (f"copies disagree on projects.name: copy {copy.index + 1} read the title to "
                           f"{part.value!r} and left {tail!r} after it apart, which copy {other.index + 1} read as "
                           f"its tail: copy {other.index + 1}'s {theirs.value!r} is kept")
                for r in (theirs, part):
                    issues.append(Issue("warning", "ocr_variant", message, evidence, r.line_start, r.line_end,
                                        field="projects.name"))
                break


def _holds_more(fewer: list[str], more: list[str]) -> bool:
    """Whether an item of the copy of fewer items holds PARAGRAPH_LETTERS
    letters or more beyond the item at its place in the other copy (the
    sign of items run together, not of an item one copy lost)."""
    return any(len(_letters([a])) >= len(_letters([b])) + PARAGRAPH_LETTERS for a, b in zip(fewer, more))


def _span(copy: CopyReading, table: str, keys: list[tuple]) -> tuple[int, int]:
    readings = [copy.tables[table][k]["text"] for k in keys]
    return min(r.line_start for r in readings), max(r.line_end for r in readings)


def _doubted(copy: CopyReading, table: str, keys: list[tuple]) -> bool:
    """Whether the copy's own reading of the list said a doubt about it (an
    issue naming the table or its column at the list's lines: items cut in
    doubt, an item missing)."""
    a, b = _span(copy, table, keys)
    return any((i.field or "").startswith(table) and i.line_start is not None and i.line_end is not None
               and i.line_start <= b + NEAR and i.line_end >= a - NEAR for i in copy.issues)


def _unvoted(copy: CopyReading, table: str, keys: list[tuple], kept: tuple[CopyReading, list[tuple]],
             texts: dict[int, list[str]], issues: list[Issue]) -> None:
    """The copy's readings of the list's texts kept without a value; the
    issue at the list's lines in each of the two copies (a row stands at
    the lines of the first copy that has it)."""
    for key in keys:
        rec = copy.tables[table][key]
        old = rec["text"]
        rec["text"] = Reading(None, old.text, old.line_start, old.line_end)
    other = kept[0]
    spans = {c.index: _span(c, table, ks) for c, ks in ((copy, keys), kept)}
    readings = [{"reading": " | ".join(texts[c]), "copies": 1, "lines": list(spans[c])}
                for c in (other.index, copy.index)]
    evidence = json.dumps({"readings": readings, "tie_break": RUN_TOGETHER}, ensure_ascii=False)
    message = (f"copies cut the same words of {table}.text into {len(texts[other.index])} items and "
               f"{len(texts[copy.index])}: the copy with fewer read items run together (an item's number "
               f"lost), so copy {other.index + 1}'s items are kept")
    for c in (copy, other):
        issues.append(Issue("warning", "ocr_variant", message, evidence, *spans[c.index], field=f"{table}.text"))
