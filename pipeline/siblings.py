"""A text OCR misread in one row, read back from the same text printed in
the document's other rows.

The forms repeat their wording: an OBEC report prints the same status
clause under many activities ("ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"), the
same findings and targets under several projects, the same budget note
every quarter.  OCR misreads a letter in one printing and not in the others
("ตามแผนทิกำหนด", "สรูปและรายงาน", "เปบิกจ่าย"): the value then differs from
every other printing of it, and the dictionary alone cannot say what it
should read.  A value is read as its sibling: the
one other text of the same column of the document's rows (SIBLING_COLUMNS)
within MAX_EDITS letters of it, spaces aside, with the same figures as
printed (in their script: a document that mixes scripts prints them so),
only marks added and letters changed (OCR drops marks far more often than
it adds them or drops a whole letter, so a sibling lacking a mark of the
value, or adding a letter, is not its whole printing; but see the gaps
below), and reading
better by the dictionary (normalizers.words.plausibility), every word of it
known.  Where no one text is that near, a text OCR printed with its marks
only thinned ("คาอาหารวางและเครองดม" for "ค่าอาหารว่างและเครื่องดื่ม": a
low-contrast line loses every tone mark and upper vowel, far more than
MAX_EDITS) reads as the other text of the column with the same letters
and more marks, all the value's marks among them, when one such text has
every mark the others have (the fullest printing; _fullest).  A thinned
printing may also have lost a letter, and OCR then leaves a gap where it
stood ("ครททาหนาททเกยวของ ... แนวทางปฏิบั ทถูกตอง" for "ครูที่ทำหน้าที่ทีเกี่ยวข้อง
... แนวทางปฏิบัติทีถูกต้อง"): it reads as the text with its letters, marks
added, and at most MAX_GAP_LETTERS letters more, each at one of its gaps
(_gap_filled), sara am and a lost nikhahit ("ทา" for ทำ) counted as a mark.  A
templated text that prints its own figures ("มีผู้เข้าว่วมกิจกรรม จำนวน 18 คน",
where other rows print "มีผู้เข้าร่วมกิจกรรม จำนวน 25 คน") reads as the one
wording within MAX_EDITS letters of it, figures aside, with as many
figures, its own figures kept (_with_other_figures), and one whose
printing only lost marks, however many ("มผูเขารวมกจกรรม จำนวน 67 คน"), as
the fullest printing of its wording (_fullest_wording).  A sibling that holds
more Latin letters than the value (OCR's reading of a Thai word) is no
repair of it; a value printed once whose Latin letters (a run or two)
stand where a text the document prints in MIN_AGREEING rows or more
prints Thai letters, the rest alike, reads as that text (_latin_read:
OCR's English model read a Thai word there, "(ANNIE)" for "(สัมภาษณ์)").
A `value_repaired` issue (rule "sibling_text") records the
printed and the chosen text, with the row's lines.  Two siblings near it, or none that
reads better, and it stays as printed.  Texts shorter than MIN_LENGTH
(MIN_MARKS_LENGTH for one whose letters all stand in the sibling) are left
alone: "ครู" and "คน" differ by a letter and "คน" and "คัน" by a mark, and
mean other things.
Forms-agnostic: it reads the built rows, after the parsers; a text's near ones
are looked for among texts of about its length only, in rapidfuzz's C loop
(_Windows), so a column of thousands of texts stays cheap.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

import regex
from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import marks_added
from normalizers.words import plausibility, thai_words
from parsers.repair import enabled
from pipeline.districts import leaves_the_districts
from schemas.document import Issue, Line

# the templated text columns read against their siblings, by table
SIBLING_COLUMNS: dict[str, tuple[str, ...]] = {
    "activities": ("text", "progress"),
    "targets": ("text",),
    "findings": ("text",),
    "quarterly_budgets": ("note",),
    "alignments": ("text",),
    "expenses": ("item", "category"),
}
MAX_EDITS = 2  # letters a sibling may differ by (a misread letter is one substitution, a lost mark one deletion)
MIN_LENGTH = 15  # characters a text needs: shorter ones ("ครู", "คน") differ by a letter and mean other things
# characters a text needs to be read as a sibling with its letters, only more marks ("คาตอบแทนวทยากร",
# "ค่าตอบแทนวิทยากร"): texts that short may share their letters ("คน", "คัน") and mean other things
MIN_MARKS_LENGTH = 10
_DIGITS_RE = regex.compile(r"[\d๐-๙]+")
_SPACES_RE = regex.compile(r"\s+")
_MARK_RE = regex.compile(r"\p{Mn}")
# the same marks a run at a time: what a text is stripped of them with (one replacement a run, not a mark)
_MARKS_RE = regex.compile(r"\p{Mn}+")
_LATIN_RE = regex.compile(r"[A-Za-z]")


def _in_its_spacing(chosen: str, value: str) -> str:
    """`chosen` spaced as `value` is: the letters and marks of `chosen`, the
    spaces of `value` (printings of one text wrap and space apart; a repair
    changes what OCR misread, not where the line broke)."""
    out: list[str] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(value, chosen):
        if tag == "equal":
            out.append(value[i1:i2])
        else:
            spaces = "".join(ch for ch in value[i1:i2] if ch.isspace())
            out.append(_SPACES_RE.sub("", chosen[j1:j2]) + spaces)
    return "".join(out)


def _reads_better(chosen: str, value: str, gap_filled: bool = False) -> bool:
    """Whether `chosen` is `value` with what OCR lost or misread put back:
    from `value` to `chosen` (spaces aside) only marks added and characters
    changed, nothing taken away (OCR drops marks far more often than it adds
    them or drops a whole letter, so a sibling that lacks a mark or letter of
    `value`, or adds a letter, is not the whole printing of it), and better
    by the dictionary (normalizers.words.plausibility), all its words known.
    `gap_filled`: `chosen` adds letters where OCR left gaps in `value`, as
    _fills_gaps checked; only the dictionary is asked then."""
    short, key = _SPACES_RE.sub("", chosen), _SPACES_RE.sub("", value)
    if len(_LATIN_RE.findall(short)) > len(_LATIN_RE.findall(key)):
        return False  # a Latin letter for a Thai one is OCR's reading of the sibling, no repair of the value
    for op in () if gap_filled else Levenshtein.editops(key, short):
        if op.tag == "delete" or (op.tag == "insert" and not _MARK_RE.match(short[op.dest_pos])):
            return False
    better = plausibility(chosen)
    return better[0] == 1.0 and better > plausibility(value)


def _figures(text: str) -> list[str]:
    """The figures of a text as printed, in their script: a sibling that prints one in the other script (a
    document that mixes them) is another printing, not a misreading."""
    return _DIGITS_RE.findall(text)


def _marks_added(short: str, full: str) -> bool:
    """Whether `full` is `short` (both without spaces) with marks added and nothing else changed
    (normalizers.text.marks_added, any script's nonspacing marks)."""
    return marks_added(short, full, _MARK_RE)


def _fullest(value: str, printed: dict[str, tuple[str, list[str]]], bare: dict[str, list[str]],
             letters: dict[str, str]) -> str | None:
    """The text of `printed` with `value`'s letters (`bare`: the texts by
    their letters without marks or spaces; `letters`: each text's, _letters)
    and more marks, all of `value`'s among them, that has every mark the
    others so have (the fullest printing); None when there is none, or no
    one fullest."""
    key = printed[value][0]
    fuller = [text for text in bare.get(letters[value], ()) if _marks_added(key, printed[text][0])]
    top = [text for text in fuller if all(other == text or _marks_added(printed[other][0], printed[text][0])
                                          for other in fuller)]
    return top[0] if len(top) == 1 else None


MAX_GAP_LETTERS = 1  # letters a sibling may add to a thinned printing, each where OCR left a gap in it


def _decomposed(text: str) -> str:
    """Sara am as nikhahit + sara aa: a printing that lost the nikhahit ("ทา" for ทำ) only lacks a mark then."""
    return text.replace("\u0e33", "\u0e4d\u0e32")


def _letters(squashed: str) -> str:
    """A text's letters (spaces gone) without marks."""
    return _MARKS_RE.sub("", squashed)


def _gap_key(letters: str) -> str:
    """A text's letters (spaces gone) without marks, sara am decomposed (_letters of it: sara am's nikhahit is a
    mark, its sara aa is kept): what a thinned printing keeps."""
    return letters.replace("\u0e33", "\u0e32")


def _gaps(value: str) -> set[int]:
    """The places of `value`'s letters (spaces gone, sara am decomposed)
    where a space stood inside the text: where OCR may have lost a letter
    and left a gap ("ปฏิบั ทถูกตอง" for ปฏิบัติที่ถูกต้อง).  Counted word by word
    (str.split parts at the same white space str.isspace sees; a run of it
    is one gap), not character by character."""
    out, n = set(), 0
    words = value.split()
    for word in words[:-1]:
        n += len(word) + word.count("\u0e33")  # (sara am decomposed: two characters)
        out.add(n)
    return out


def _fills_gaps(value: str, sibling: str) -> bool:
    """Whether `sibling` is `value` (spaces aside, sara am decomposed) with
    marks added and one to MAX_GAP_LETTERS letters, each where `value` has a
    gap (_gaps), and nothing else changed."""
    key, full = _decomposed(_SPACES_RE.sub("", value)), _decomposed(_SPACES_RE.sub("", sibling))
    gaps, letters = _gaps(value), 0
    for op in Levenshtein.editops(key, full):
        if op.tag != "insert":
            return False
        if _MARK_RE.match(full[op.dest_pos]):
            continue
        if op.src_pos not in gaps:
            return False
        letters += 1
    return 0 < letters <= MAX_GAP_LETTERS


def _gap_filled(value: str, printed: dict[str, tuple[str, list[str]]],
                by_gap_key: dict[int, dict[str, list[str]]], gap_keys: dict[str, str]) -> str | None:
    """A thinned printing that also lost a letter or two where OCR left a gap
    ("ครททาหนาททเกยวของ ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบั ทถูกตอง", where
    other rows print "ครูที่ทำหน้าที่ทีเกี่ยวข้อง ... ปฏิบัติทีถูกต้อง"): the
    text of the column that is `value` with marks added and those letters
    only (_fills_gaps), with the same figures; of several such, the fullest
    (every mark the others have); None when none or no one fullest.
    `by_gap_key`: the texts by the length of their _gap_key, then by it;
    `gap_keys`: each text's."""
    if len(value) < MIN_LENGTH or not _gaps(value):
        return None
    figures = printed[value][1]
    own = gap_keys[value]
    found = [text for n in range(len(own) + 1, len(own) + MAX_GAP_LETTERS + 1)
             for other, texts in by_gap_key.get(n, {}).items()
             if Levenshtein.distance(own, other, score_cutoff=MAX_GAP_LETTERS) <= MAX_GAP_LETTERS
             for text in texts if printed[text][1] == figures and _fills_gaps(value, text)]
    top = [text for text in found if all(other == text or _marks_added(_decomposed(printed[other][0]),
                                                                       _decomposed(printed[text][0]))
                                         or _decomposed(printed[other][0]) == _decomposed(printed[text][0])
                                         for other in found)]
    return top[0] if len(top) == 1 or (top and all(printed[t][0] == printed[top[0]][0] for t in top)) else None


class _Windows:
    """Texts with the keys they are compared by (letters without spaces, or
    a wording), by length: a text's near ones are looked for among those of
    about its length only (MAX_EDITS + 2 characters either way), each
    window's keys listed once, and compared in rapidfuzz's C loop
    (process.extract), not pair by pair in Python: a column of thousands of
    texts stays cheap."""

    def __init__(self, keys: dict[str, str]):
        self._keys = keys
        self._by_length: dict[int, list[str]] = {}
        for text in keys:
            self._by_length.setdefault(len(text), []).append(text)
        self._windows: dict[int, tuple[list[str], list[str]]] = {}

    def near(self, text: str, key: str) -> list[str]:
        """The texts other than `text`, about as long, whose keys are within MAX_EDITS edits of `key`."""
        n = len(text)
        if n not in self._windows:
            texts = [t for k in range(n - MAX_EDITS - 2, n + MAX_EDITS + 3) for t in self._by_length.get(k, ())]
            self._windows[n] = (texts, [self._keys[t] for t in texts])
        texts, keys = self._windows[n]
        hits = process.extract(key, keys, scorer=Levenshtein.distance, score_cutoff=MAX_EDITS, limit=None)
        return [texts[i] for i in sorted(i for _, _, i in hits) if texts[i] != text]


def _exact_windows(printed: dict[str, tuple[str, list[str]]]) -> dict[tuple[str, ...], _Windows]:
    """The texts of MIN_LENGTH or more by their figures (a sibling prints the same ones), each group's windows."""
    groups: dict[tuple[str, ...], dict[str, str]] = {}
    for text, (squashed, figures) in printed.items():
        if len(text) >= MIN_LENGTH:
            groups.setdefault(tuple(figures), {})[text] = squashed
    return {figures: _Windows(keys) for figures, keys in groups.items()}


def _masked(squashed: str) -> str:
    """A text's letters without spaces, each figure a "#": its wording, whatever figures it prints."""
    return _DIGITS_RE.sub("#", squashed)


def _with_other_figures(value: str, printed: dict[str, tuple[str, list[str]]],
                        masks: dict[str, list[str]], windows: _Windows, mask_of: dict[str, str]) -> tuple[str, str] | None:
    """The one wording (`masks`: the texts by _masked) other than `value`'s
    within MAX_EDITS letters of it, printed with other figures as many
    ("มีผู้เข้าว่วมกิจกรรม จำนวน 18 คน" and "มีผู้เข้าร่วมกิจกรรม จำนวน 25 คน"): its
    texts (the same one every run: the last in order), and that text with
    `value`'s figures in its own (the letters repaired, the figures as
    `value` prints them); None when no wording or several are that near.
    `windows`: the wordings' _Windows; `mask_of`: each text's wording."""
    figures = printed[value][1]
    own = mask_of[value]
    near = windows.near(own, own)
    if len(near) != 1:
        return None
    return _figures_put(masks[near[0]], printed, figures, MIN_LENGTH)


def _figures_put(texts: list[str], printed: dict[str, tuple[str, list[str]]], figures: list[str],
                 least: int = 0) -> tuple[str, str] | None:
    """Of a wording's `texts`, those with as many figures as `figures` (and
    `least` characters or more), the last in order, and it with `figures`
    in its own places; None when none has."""
    texts = [t for t in texts if len(printed[t][1]) == len(figures) and len(t) >= least]
    if not texts:
        return None
    sibling = max(texts)
    runs = iter(figures)
    return sibling, _DIGITS_RE.sub(lambda m: next(runs), sibling)


def _fullest_wording(value: str, printed: dict[str, tuple[str, list[str]]], masks: dict[str, list[str]],
                     bare: dict[str, list[str]], mask_of: dict[str, str],
                     mask_letters: dict[str, str]) -> tuple[str, str] | None:
    """A templated text that prints its own figures and whose printing only
    lost marks ("มผูเขารวมกจกรรม จำนวน 67 คน", where other rows print
    "มีผู้เข้าร่วมกิจกรรม จำนวน 25 คน"): the fullest wording of its letters
    (see _fullest, on the texts' wordings, _masked; `bare`: the wordings by
    their letters without marks) with as many figures, its texts' last one,
    and that text with `value`'s figures in its own; None when there is
    none.  `mask_of`: each text's wording; `mask_letters`: each wording's
    letters without marks."""
    figures = printed[value][1]
    own = mask_of[value]
    if len(bare.get(mask_letters[own], ())) < 2:
        return None  # (no other wording of its letters: the common case, decided without a look)
    fullest = _fullest(own, {mask: (mask, []) for mask in bare[mask_letters[own]]}, bare, mask_letters)
    if fullest is None:
        return None
    return _figures_put(masks[fullest], printed, figures)


def _sibling(value: str, printed: dict[str, tuple[str, list[str]]], bare: dict[str, list[str]],
             exact: dict[tuple[str, ...], _Windows], letters: dict[str, str]) -> str | None:
    """The one text of `printed` (each text's letters without spaces, and
    its figures) other than `value` within MAX_EDITS letters of it (spaces
    aside) with the same figures; else (`bare`, see _fullest) the fullest
    printing of its letters with more marks; None when none or several
    are.  `exact`: _exact_windows(printed); `letters`: each text's _letters."""
    key, figures = printed[value]
    if len(value) >= MIN_LENGTH:
        near = exact[tuple(figures)].near(value, key)
        if len(near) == 1:
            return near[0]
    return _fullest(value, printed, bare, letters)


# a run of Latin letters inside a text's letters (spaces aside): what OCR's English model made of a Thai word
_LATIN_RUN_RE = regex.compile(r"[A-Za-z]{2,}")
MAX_LATIN_RUNS = 2  # such runs a text may hold to be read as its sibling (more: a text of another language)
_THAI_RUN = "[\u0e01-\u0e4e]{1,20}"  # what stands for a Latin run in the sibling: Thai letters and marks


def _thai_for_latin(text: str) -> regex.Pattern:
    """`text` (letters without spaces) as a pattern: each run of Latin letters a run of Thai letters, the rest as
    it stands (_latin_read)."""
    return regex.compile(_THAI_RUN.join(regex.escape(part) for part in _LATIN_RUN_RE.split(text)))


def _latin_read(value: str, printed: dict[str, tuple[str, list[str]]], count: Counter[str],
                masks: dict[str, list[str]], mask_of: dict[str, str]) -> tuple[str, str] | None:
    """The one other text of `printed` that is `value` with each run of
    Latin letters in it (two letters or more, MAX_LATIN_RUNS runs at most)
    a run of Thai letters instead, the rest alike (spaces aside, the same
    figures), printed in MIN_AGREEING rows or more where `value` stands in
    one (`count`): OCR's English model read a Thai word there ("(ANNIE)"
    for "(สัมภาษณ์)" in one printing of an activity the report prints thrice).
    Else, none such, the one wording so (`masks`: the texts by _masked;
    `mask_of`: each text's wording) whose texts stand in MIN_AGREEING rows
    or more, with as many figures ("นิเทศ Gani โรงเรียนในสังกัด จำนวน ๑๓
    โรงเรียน" where other rows print "นิเทศ ติดตาม ... จำนวน ๕๒ โรงเรียน"),
    and its text with `value`'s figures (see _figures_put).  (sibling,
    text chosen); None when none or several are.  (Whether it reads better
    by the dictionary is the caller's to ask.)"""
    key, figures = printed[value]
    runs = _LATIN_RUN_RE.findall(key)
    if not runs or len(runs) > MAX_LATIN_RUNS or count[value] != 1:
        return None
    pattern = _thai_for_latin(key)
    found = {text for text, (other, its) in printed.items() if text != value and its == figures
             and count[text] >= MIN_AGREEING and pattern.fullmatch(other)}
    if len(found) == 1:
        one = found.pop()
        return one, one
    if found:
        return None
    own = mask_of[value]
    pattern = _thai_for_latin(own)
    wordings = [mask for mask, texts in masks.items() if mask != own and sum(count[t] for t in texts) >= MIN_AGREEING
                and pattern.fullmatch(mask)]
    return _figures_put(masks[wordings[0]], printed, figures, MIN_LENGTH) if len(wordings) == 1 else None


def _sibling_columns(tables: dict[str, list[dict[str, Any]]]) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """Each table and column of SIBLING_COLUMNS with the table's rows (none where the table is absent)."""
    for table, columns in SIBLING_COLUMNS.items():
        rows = tables.get(table, [])
        for column in columns:
            yield table, column, rows


def restore_from_siblings(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Read each value of SIBLING_COLUMNS as its sibling (see
    _sibling), in place: `issues` with one value_repaired issue more for each
    value changed.  Nothing changes when repairs are switched off
    (parsers.repair.enabled)."""
    if not enabled():
        return issues
    added: list[Issue] = []
    for table, column, rows in _sibling_columns(tables):
        printed = Counter(row[column] for row in rows if isinstance(row.get(column), str)
                          and len(row[column]) >= MIN_MARKS_LENGTH)
        # each distinct text's letters without spaces and its figures, once; each one's sibling, once
        forms = {text: (_SPACES_RE.sub("", text), _figures(text)) for text in printed}
        # each text's letters without marks, its wording and its gap key, and each wording's letters, once
        letters = {text: _letters(squashed) for text, (squashed, _) in forms.items()}
        mask_of = {text: _masked(squashed) for text, (squashed, _) in forms.items()}
        bare: dict[str, list[str]] = {}  # the texts by their letters without marks, and by their wordings
        masks: dict[str, list[str]] = {}
        for text in forms:
            bare.setdefault(letters[text], []).append(text)
            masks.setdefault(mask_of[text], []).append(text)
        exact, wordings = _exact_windows(forms), _Windows({mask: mask for mask in masks})
        mask_letters = {mask: _letters(mask) for mask in masks}
        masked_bare: dict[str, list[str]] = {}  # the wordings by their letters without marks (_fullest_wording)
        for mask in masks:
            masked_bare.setdefault(mask_letters[mask], []).append(mask)
        gap_keys = {text: _gap_key(letters[text]) for text in forms}
        by_gap_key: dict[int, dict[str, list[str]]] = {}  # the texts by their _gap_key, by its length (_gap_filled)
        for text, gap_key in gap_keys.items():
            by_gap_key.setdefault(len(gap_key), {}).setdefault(gap_key, []).append(text)
        siblings: dict[str, tuple[str, str] | None] = {}
        gap_filled: set[str] = set()
        latin_read: set[str] = set()  # (_latin_read: read as the sibling whole, only the dictionary asked)
        for text in printed:
            one = _sibling(text, forms, bare, exact, letters)
            siblings[text] = (one, one) if one is not None else (
                _with_other_figures(text, forms, masks, wordings, mask_of) if len(text) >= MIN_LENGTH else None) or (
                _fullest_wording(text, forms, masks, masked_bare, mask_of, mask_letters)
                if _DIGITS_RE.search(text) else None)
            if siblings[text] is None and (one := _gap_filled(text, forms, by_gap_key, gap_keys)) is not None:
                siblings[text] = (one, one)
                gap_filled.add(text)
            if siblings[text] is None and len(text) >= MIN_LENGTH and _LATIN_RE.search(text) \
                    and (pair := _latin_read(text, forms, printed, masks, mask_of)) is not None:
                siblings[text] = pair
                latin_read.add(text)
        for row in rows:
            value = row.get(column)
            if not isinstance(value, str) or value not in printed or siblings[value] is None:
                continue
            sibling, source = siblings[value]
            squashed = _SPACES_RE.sub("", source)
            whole = value in gap_filled or value in latin_read
            if squashed == forms[value][0] or not (plausibility(source)[0] == 1.0 if value in latin_read
                                                   else _reads_better(source, value, whole)):
                # (OCR drops marks alike in many printings: the sibling must read better, by the dictionary;
                # one read for Latin letters, the dictionary ignoring them, must read as words, all known)
                continue
            # (a printing whose gaps were lost letters takes its sibling's spacing: the gap was the letter)
            chosen = _in_its_spacing(source, value) if not whole else source
            if _SPACES_RE.sub("", chosen) != squashed:
                chosen = source
            row[column] = chosen
            field = f"{table}.{column}"
            n = printed[sibling]
            evidence = {"rule": "sibling_text", "printed": value, "chosen": chosen, "sibling": sibling,
                        "printings": n}
            if sibling != source:
                # (its own figures put in another printing's wording: no other printing weighed them, and
                # pipeline.doubtful.partial_repairs says them in doubt where they may be another figure)
                evidence["kept"] = {("count" if i == 0 else f"count {i + 1}"): figure
                                    for i, figure in enumerate(forms[value][1])}
            rows_n = f"{n} other row{'s' if n > 1 else ''}"
            if value in latin_read:
                runs = ", ".join(_LATIN_RUN_RE.findall(forms[value][0]))
                message = (f"{field}: printed {value!r}, its Latin letters ({runs}) where {sibling!r}, which the "
                           f"document prints in {rows_n}, prints Thai words, the rest alike: OCR's English model "
                           "read a Thai word here")
            else:
                message = (f"{field}: printed {value!r}, a letter or two from {sibling!r}, which the document "
                           f"prints in {rows_n}, reads better by the dictionary, and no other text comes as "
                           "near: OCR misread it here")
            added.append(Issue(
                "warning", "value_repaired", message,
                json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                project_key=row.get("project_key"), field=field))
    return issues + added


def siblings_in_doubt(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """A `repair_ambiguous` issue (rule sibling_text, kept as read) for each
    value of SIBLING_COLUMNS of MIN_LENGTH or more that the document prints
    once, whose one near text (within MAX_EDITS letters, spaces aside, the
    same figures as printed) it prints in MIN_AGREEING rows or more, every
    word of it known, where no issue names the field at the row's lines: a
    templated text OCR misread in one printing in a way no repair takes (a
    letter lost, "งบป ะมาณ" for งบประมาณ, or a misread that still reads as
    words), so that restore_from_siblings left it.  Two near texts or more,
    or one printed once, and nothing is said: a text may differ from another
    by a word of its own."""
    named = {(i.field, i.line_start, i.line_end) for i in issues if i.field}
    out: list[Issue] = []
    for table, column, rows in _sibling_columns(tables):
        field = f"{table}.{column}"
        texts = [row[column] for row in rows if isinstance(row.get(column), str) and len(row[column]) >= MIN_LENGTH]
        squashed = Counter(_SPACES_RE.sub("", t) for t in texts)  # (a text printed with other spacing is it)
        if len(squashed) < 2 or max(squashed.values()) < MIN_AGREEING:
            continue
        printing = {_SPACES_RE.sub("", t): t for t in texts}  # a printing of each, to say
        exact = _exact_windows({key: (key, _figures(key)) for key in squashed})
        for row in rows:
            value = row.get(column)
            if not isinstance(value, str) or len(value) < MIN_LENGTH \
                    or (field, row.get("line_start"), row.get("line_end")) in named:
                continue
            key = _SPACES_RE.sub("", value)
            if squashed[key] != 1:
                continue
            windows = exact.get(tuple(_figures(key)))  # (none where the text without its spaces is shorter)
            near = windows.near(key, key) if windows is not None else []
            if len(near) != 1 or squashed[near[0]] < MIN_AGREEING or plausibility(near[0])[0] != 1.0:
                continue
            sibling, n = printing[near[0]], squashed[near[0]]
            evidence = {"rule": "sibling_text", "printed": value, "read": value, "candidates": [sibling],
                        "sibling": sibling, "printings": n}
            out.append(Issue("warning", "repair_ambiguous",
                             f"{field}: printed {value!r}, a letter or two from {sibling!r}, which the document "
                             f"prints in {n} other rows, and no other text comes as near; no repair takes it "
                             "(a letter lost, or words either way): OCR may have misread it; kept as read",
                             json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                             project_key=row.get("project_key"), field=field))
    return out


# A Thai run (letters and marks) in a text without its spaces: where a page edge may cut a word (_cut_inside_word)
_THAI_RUN_RE = regex.compile(r"[\u0e01-\u0e4e]+")
CUT_MIN_SHARE = 0.5  # of the whole text's letters (spaces aside) a cut printing keeps at the least


def _cut_inside_word(whole: str, at: int) -> bool | None:
    """Whether `whole` (a text without its spaces) cut at `at` is cut inside
    one of its words: True inside, False between two, None where no Thai run
    holds the cut on both sides (a bracket, a figure: nothing says)."""
    for m in _THAI_RUN_RE.finditer(whole):
        if m.start() < at < m.end():
            k = m.start()
            for word in thai_words(m.group()):
                k += len(word)
                if k == at:
                    return False
                if k > at:
                    return True
            return None
        if m.start() == at or m.end() == at:
            return False
    return None


def restore_cut_texts(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """A value of SIBLING_COLUMNS printed once that is, spaces aside, the
    opening of one other text of its column the document prints in
    MIN_AGREEING rows or more, every word of it known, and holds half its
    letters at least: the page's edge (or the table's cell) cut it, OCR
    leaving its end unread or reading it elsewhere ("ดำเนินการประเมิน
    คุณลักษณะและภาว" where the report prints "ดำเนินการประเมินคุณลักษณะ
    และภาวะผู้นำ (สัมภาษณ์)" in other rows: fresh set s146p, obec_progress_
    s146p002, silently short).  Cut inside a word of that text, it reads as
    the text (value_repaired, rule sibling_cut); cut between two words, it
    may be a text of its own, so it is kept and said (repair_ambiguous).
    Where two texts of the column go on from it differently, nothing is
    said.  `issues` with those added; nothing changes when repairs are
    switched off (parsers.repair.enabled)."""
    if not enabled():
        return issues
    added: list[Issue] = []
    for table, column, rows in _sibling_columns(tables):
        texts = [row[column] for row in rows if isinstance(row.get(column), str)
                 and len(row[column]) >= MIN_LENGTH]
        squashed = Counter(_SPACES_RE.sub("", t) for t in texts)
        full = {key for key, n in squashed.items() if n >= MIN_AGREEING}
        if not full:
            continue
        printing = {_SPACES_RE.sub("", t): t for t in texts}
        keys = sorted(squashed)  # (the texts a value opens stand together right after it: found by bisection)
        field = f"{table}.{column}"
        for row in rows:
            value = row.get(column)
            if not isinstance(value, str) or len(value) < MIN_LENGTH:
                continue
            key = _SPACES_RE.sub("", value)
            if squashed[key] != 1:
                continue
            longer = []
            for k in range(bisect_right(keys, key), len(keys)):
                if not keys[k].startswith(key):
                    break
                longer.append(keys[k])
            wholes = [whole for whole in longer if whole in full]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            # (a longer printing of it, a next line run on, is no other continuation: "... (สัมภาษณ์) ความก้าว...")
            if any(not (other.startswith(whole) or whole.startswith(other)) for other in longer) \
                    or len(key) < CUT_MIN_SHARE * len(whole) or plausibility(printing[whole])[0] != 1.0:
                continue
            inside = _cut_inside_word(whole, len(key))
            if inside is None:
                continue
            sibling, n = printing[whole], squashed[whole]
            evidence = {"rule": "sibling_cut", "printed": value, "sibling": sibling, "printings": n}
            if inside:
                row[column] = sibling
                evidence["chosen"] = sibling
                added.append(Issue("warning", "value_repaired",
                                   f"{field}: printed {value!r}, cut inside a word of {sibling!r}, which the "
                                   f"document prints in {n} other rows and no other text goes on from it: "
                                   "the page's edge cut it, OCR leaving its end unread or reading it "
                                   "elsewhere", json.dumps(evidence, ensure_ascii=False),
                                   row.get("line_start"), row.get("line_end"),
                                   project_key=row.get("project_key"), field=field))
            else:
                evidence.update(read=value, candidates=[sibling])
                added.append(Issue("warning", "repair_ambiguous",
                                   f"{field}: printed {value!r}, the opening of {sibling!r}, which the "
                                   f"document prints in {n} other rows: the page's edge may have cut it "
                                   "between two words; kept as read", json.dumps(evidence, ensure_ascii=False),
                                   row.get("line_start"), row.get("line_end"),
                                   project_key=row.get("project_key"), field=field))
    return issues + added


# the texts read against their printings in the document's lines, by table: a project's office and place (the
# form prints them in its title, its rationale and its target group again), a budget line's item and category
# (the targets print "ผู้เข้ารับการอบรม" again)
PRINTING_COLUMNS: dict[str, tuple[str, ...]] = {"projects": ("agency", "place"), "expenses": ("item", "category")}
# characters a project text needs to be read against its printings: shorter ones ("เขตบางนา", "เขตบางแค")
# differ by a letter or two and name other places
MIN_PRINTING_LENGTH = MIN_LENGTH
# characters from which a printing may differ by two letters, not one (a misread letter and a lost mark)
TWO_EDITS_LENGTH = 30
MIN_AGREEING = 2  # other printings that must agree on a reading for the value to be read as it


# figures compared by their value: a document prints one in either script (a printing in the other is no misread)


def squashed_lines(lines: list[Line]) -> list[tuple[int, str]]:
    """The text lines' numbers and texts, spaces gone: what check_printings reads a project's texts against."""
    return [(ln.no, _squashed(ln.text)) for ln in lines if ln.kind == "text"]


# the characters str.split() takes as white space and _SPACES_RE (regex's \s, Unicode's White_Space) does not
_SPLIT_ONLY_RE = re.compile(r"[\x1c-\x1f]")


def _squashed(text: str) -> str:
    """`text` with its white space gone (_SPACES_RE) and its Thai digits read as Arabic
    (thai_digits_to_arabic).  The white space goes by str.split where it takes what _SPACES_RE takes (no
    _SPLIT_ONLY_RE character): it runs at memory speed where the regex looks at every character (a fifth of
    the time over every text line of a document; tests/test_printings_index.py)."""
    if _SPLIT_ONLY_RE.search(text) is not None:
        return thai_digits_to_arabic(_SPACES_RE.sub("", text))
    return thai_digits_to_arabic("".join(text.split()))


def _printing_pattern(squashed: str) -> regex.Pattern:
    """A text (spaces gone) or one a letter or mark from it (two, from TWO_EDITS_LENGTH characters): BESTMATCH,
    so an exact printing is found as such (as pipeline.wording's echoed words are)."""
    edits = 2 if len(squashed) >= TWO_EDITS_LENGTH else 1
    return regex.compile(rf"(?b)(?:{regex.escape(squashed)}){{e<={edits}}}")


def _printed_as(squashed: str, line: str, start: int, end: int) -> str | None:
    """The printing of `squashed` that a match [start, end) of a line (spaces gone) stands for: of the match
    and it a character longer or shorter at either end, the one fewest letters from `squashed` (Levenshtein,
    then Indel: a lost mark is one letter fewer, not a letter changed); None when two are that near (which
    letters are the printing's is not clear)."""
    spans = {(s, e) for s in (start - 1, start, start + 1) for e in (end - 1, end, end + 1)
             if 0 <= s < e <= len(line)}
    scored = sorted((Levenshtein.distance(squashed, line[s:e]), Indel.distance(squashed, line[s:e]), line[s:e])
                    for s, e in spans)
    best = [t for t in scored if t[:2] == scored[0][:2]]
    return best[0][2] if len({t[2] for t in best}) == 1 else None


def _misread_of(squashed: str, printing: str) -> bool:
    """Whether `printing` is `squashed` with letters changed (a letter for a letter, a mark for a mark) and
    marks added only: what OCR did to `squashed` if `printing` is right.  OCR drops marks far more often than
    it adds them, alike in many printings ("พืนที" for พื้นที่ throughout a report): a printing lacking a mark
    of the value is no sign the value is misread; and a letter more or fewer is another text ("ในโรงเรียน
    สังกัด...", "โรงเรียนในสังกัด...")."""
    for op in Levenshtein.editops(squashed, printing):
        if op.tag == "insert" and not _MARK_RE.match(printing[op.dest_pos]):
            return False
        if op.tag == "delete" or (op.tag == "replace" and bool(_MARK_RE.match(squashed[op.src_pos]))
                                  != bool(_MARK_RE.match(printing[op.dest_pos]))):
            return False
    return True


class _LineIndex:
    """A document's lines (spaces gone) joined once by newlines, so the lines that hold a text's pieces are
    found by str.find over the whole (each line's offset in it: `starts`), not by a test of every line for
    every text."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.joined = "\n".join(lines)
        self.starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))

    def holding(self, parts: list[str]) -> list[str]:
        """The lines that hold one of `parts` (no newline in any), in their order."""
        hit: set[int] = set()
        for part in parts:
            at = self.joined.find(part)
            while at >= 0:
                k = bisect_right(self.starts, at) - 1
                hit.add(k)
                at = self.joined.find(part, self.starts[k + 1] if k + 1 < len(self.starts) else len(self.joined))
        return [self.lines[k] for k in sorted(hit)]


def _printings(squashed: str, index: _LineIndex) -> Counter[str]:
    """How often the lines (spaces gone) print `squashed` or a text a letter or two from it (see
    _printing_pattern), by the text printed.  A printing one edit away keeps one of the text's halves whole
    (two edits, one of its thirds): a line without any is not searched (`index`: the lines), and a line that
    holds one is searched only where a printing holding a part may lie (_reach): the same printings, a
    third of the time."""
    edits = 2 if len(squashed) >= TWO_EDITS_LENGTH else 1
    step = -(-len(squashed) // (edits + 1))
    parts = [squashed[i:i + step] for i in range(0, len(squashed), step)]
    pattern = None
    found: Counter[str] = Counter()
    for line in index.holding(parts):
        pattern = pattern or _printing_pattern(squashed)
        for m in pattern.finditer(line, *_reach(squashed, step, edits, line)):
            printing = squashed if not sum(m.fuzzy_counts) else _printed_as(squashed, line, m.start(), m.end())
            if printing is not None and _misread_of(squashed, printing):
                found[printing] += 1
    return found


def _reach(squashed: str, step: int, edits: int, line: str) -> tuple[int, int]:
    """Where in `line` a printing of `squashed` up to `edits` letters from it may lie (_printings): each edit
    touches one of its parts (pieces of `step` letters) at most, so a printing holds one part as printed, and
    lies from that part's place in `line` less the letters before the part and `edits`, to its end plus the
    letters after it and `edits`; (start, end) from the first printing of any part to the last.  No printing
    starts before it or ends after it, so a BESTMATCH search over it finds those of one over the whole line
    (tests/test_printings_index.py)."""
    start, end = len(line), 0
    for at in range(0, len(squashed), step):
        part = squashed[at:at + step]
        first = line.find(part)
        if first >= 0:
            start = min(start, first - at - edits)
            end = max(end, line.rfind(part) + len(squashed) - at + edits)
    return max(start, 0), min(end, len(line))


def _rule(issue: Issue) -> str | None:
    """The rule a repair's issue names in its evidence (a JSON object), if any."""
    try:
        evidence = json.loads(issue.evidence or "null")
    except ValueError:
        return None
    return evidence.get("rule") if isinstance(evidence, dict) else None


def check_printings(tables: dict[str, list[dict[str, Any]]], issues: list[Issue], lines: list[str]) -> list[Issue]:
    """Read each project text of PRINTING_COLUMNS against its printings in
    the document's `lines` (its text lines): OCR misreads a letter of an
    office's or place's name in one printing ("สำนักงานเขตขึงกุ่ม") and not
    in the others ("สำนักงานเขตบึงกุ่ม", printed in the title, the rationale
    and the target group), and where both spellings are words (ชื่อ, ซื่อ)
    the dictionary cannot tell.  Where the lines print the value itself once
    at most (its own printing, or none: wrapped) and MIN_AGREEING or more
    other printings, a letter or two from it (_printing_pattern), all agree
    on one text with the same figures, the value is read as that text, in
    its own spacing (a `value_repaired` issue, rule "own_printings");
    where another spelling, a letter apart (not marks only: the marks'
    own checks say those), is printed more often than the value (its own
    printing counted once, though wrapped), or as often and reading better
    by the dictionary (normalizers.words.plausibility: "ผู้เข้ารับการอบรม"
    beside "ผู้เข้าวับการอบรม"; where both read as well, "บางซื่อ" and
    "บางชื่อ" once each, the document cannot tell), no one reading is sure:
    the value is kept and a `repair_ambiguous` issue names it, the texts
    printed among its candidates.  `issues` with those
    added.  A value under MIN_PRINTING_LENGTH characters is left alone."""
    added: list[Issue] = []
    counted: dict[str, Counter[str]] = {}  # each distinct text's printings in `lines`, by the text
    index: _LineIndex | None = None  # (made for the first text counted)
    # (a value whose district pipeline.districts read from the closed list, or said, is that rule's: OCR may
    # misread every printing alike, "ค้นนายาว" for คันนายาว)
    decided = {(i.field, i.line_start, i.line_end) for i in issues
               if i.code in ("value_repaired", "repair_ambiguous") and _rule(i) == "district_name"}
    for table, columns in PRINTING_COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                value = row.get(column)
                if not isinstance(value, str) or (f"{table}.{column}", row.get("line_start"),
                                                  row.get("line_end")) in decided:
                    continue
                squashed = _squashed(value)
                if len(squashed) < MIN_PRINTING_LENGTH:
                    continue
                if squashed not in counted:  # (one agency names forty projects of an OBEC report: counted once)
                    index = index or _LineIndex(lines)
                    counted[squashed] = _printings(squashed, index)
                found = Counter(counted[squashed])
                own = found.pop(squashed, 0)
                if not found or max(found.values()) < max(own, 1):
                    continue  # (the value's own printing counts once, though wrapped: the lines hold it in pieces)
                field = f"{table}.{column}"
                others = sorted(found, key=lambda t: (-found[t], t))
                if leaves_the_districts(value, others[0]):
                    continue  # the value names a district of the closed list, the other printings one it lacks
                if (enabled() and own <= 1 and len(found) == 1 and found[others[0]] >= MIN_AGREEING
                        and _figures(others[0]) == _figures(squashed)):
                    chosen = _in_its_spacing(others[0], thai_digits_to_arabic(value))
                    if _SPACES_RE.sub("", chosen) != others[0]:
                        chosen = others[0]
                    runs = iter(_figures(value))  # (its figures as the value prints them, in their script)
                    chosen = _DIGITS_RE.sub(lambda m: next(runs), chosen)
                    row[column] = chosen
                    evidence = {"rule": "own_printings", "printed": value, "chosen": chosen,
                                "sibling": others[0], "printings": found[others[0]]}
                    added.append(Issue(
                        "warning", "value_repaired",
                        f"{field}: printed {value!r}, a letter or two from {others[0]!r}, which the document "
                        f"prints {found[others[0]]} times elsewhere, every other printing agreeing: OCR misread "
                        f"it here", json.dumps(evidence, ensure_ascii=False), row.get("line_start"),
                        row.get("line_end"), project_key=row.get("project_key"), field=field))
                    continue
                doubts = [t for t in others if found[t] >= max(own, 1) and _letters(t) != _letters(squashed)]
                # (printings that differ in marks only: the marks' own checks say those, pipeline.marks; a spelling
                # printed as often as the value's, one each way: a doubt only where it reads better by the dictionary)
                if not any(found[t] > max(own, 1) or plausibility(t) > plausibility(squashed) for t in doubts):
                    continue
                evidence = {"rule": "own_printings", "printed": value, "candidates": others,
                            "printings": [found[t] for t in others]}
                added.append(Issue(
                    "warning", "repair_ambiguous",
                    f"{field}: the document prints {value!r} {max(own, 1)} time{'s' if own > 1 else ''} and, a "
                    "letter or two apart, " + ", ".join(f"{t!r} {found[t]} time{'s' if found[t] > 1 else ''}"
                                                       for t in others)
                    + ": OCR misread one of them; kept as read",
                    json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                    project_key=row.get("project_key"), field=field))
    return issues + added
