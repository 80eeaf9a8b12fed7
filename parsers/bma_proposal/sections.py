"""The proposal's section headings in their printed order.

A proposal prints its sections 1-10 in one order, so the headings of a copy
must run in that order.  After OCR two things break it:

* a table cell that wraps onto a line of its own can read as a heading (the
  mitigation "... ให้เหมาะสมกับ / งบประมาณ" in the risk table looks like
  heading 7, งบประมาณ);
* a heading's number or first letter is damaged ("ฒ. งงบประมาณ",
  "7.ุงบประมาณ", "Pu  วัตถุประสงค์"), so no anchor opens the line.

`order_headings` keeps the longest run of a copy's headings that is in the
form's order (the others are text again), then looks for each heading still
missing among the text lines between its neighbours: a line that is the
heading's words, fuzzily, after at most a short damaged number.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import candidates
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, skeleton
from normalizers.words import known_word
from parsers.anchors import AnchorSet
from parsers.digits import TO_THAI
from parsers.reader import Copy, Event
from parsers.wraps import text_width
from schemas.document import Line

# A damaged section number before a heading: a token of up to four
# characters with no Thai letter ("Pu", "ov.", "๕."), or a short token ending
# in a dot or comma ("ฒ.", "7."); a Thai word ("และ") is no number.
_LEAD_TOKEN_RE = regex.compile(r"^\s*(?:[^\s\u0e01-\u0e2e]{1,4}(?:\s+|$)|\S{1,3}[.,]\s*)")
HEADING_RATIO = 85.0  # fuzzy ratio of a line's skeleton to a heading's
# A section number whose dot OCR read as a Thai letter (a mark with it) glued to the heading's words.
_GLUED_LETTER_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]?")
LONG = 10  # skeleton letters from which a heading is distinctive enough to match fuzzily
# A section number and its dot that OCR read as one or two Thai characters (letters, a vowel sign), set apart from
# the heading's words by a space ("เว  วัตถุประสงค์" for ๒. วัตถุประสงค์): no word of the dictionary, and only before
# the heading's words exactly (_is_heading), where _recover looks (between the headings found around it).
_LETTERS_LEAD_RE = regex.compile(r"^\s*(?P<t>[\u0e01-\u0e4e]{1,2})\s+(?=[\u0e01-\u0e4e])")


def order_headings(copy: Copy, order: list[tuple[str, str]], lines: dict[int, Line]) -> None:
    """Demote headings out of order, recover damaged ones (see module doc).
    `order` is the form's (key, heading words) in printed order."""
    rank = {key: i for i, (key, _) in enumerate(order)}
    heads = [i for i, ev in enumerate(copy.events) if ev.kind == "heading" and ev.key in rank]
    keep = set(_longest_run([rank[copy.events[i].key] for i in heads]))
    demoted = {heads[k] for k in range(len(heads)) if k not in keep}
    events = _demote(copy.events, demoted, lines, dict(order))
    events = _prefer_numbered(events, order, rank, lines)
    events = _past_list(events, order, rank, lines)
    events = _recover(events, order, rank)
    copy.events = events
    copy.headings_seen = {ev.key for ev in events if ev.kind == "heading"}


# A section number OCR glued to its heading with a mark ("7”งบประมาณ", "๗'งบประมาณ").
_GLUED_NUMBER_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}[^\s\w\u0e01-\u0e4e]{1,2}(?=[\u0e01-\u0e4e])")


def _prefer_numbered(events: list[Event], order: list[tuple[str, str]], rank: dict[str, int],
                     lines: dict[int, Line]) -> list[Event]:
    """A heading read from a line that is its words alone (a short heading:
    "งบประมาณ" is also a table cell a narrow column wrapped onto a line of
    its own) gives way to a line further on, before the next heading, that
    prints the words after a section number (damaged, or glued to them:
    "7”งบประมาณ"; or its own number printed whole, the words two letters
    apart at most: "7. งทระมาณ"; or glued to what OCR made of the number and
    its dot, "7ุงบประมาณ", _glued_debris: fresh set s94p, bma_proposal_s94p002,
    whose steps 4 to 6 after the bare word were lost with no issue): the
    numbered line is the heading, the bare one text."""
    skeletons = {key: skeleton(text) for key, text in order}
    heads = [i for i, ev in enumerate(events) if ev.kind == "heading" and ev.key in rank]
    out = list(events)
    for n, i in enumerate(heads):
        ev = out[i]
        if len(skeletons[ev.key]) >= LONG or ev.text.strip() or skeleton(lines[ev.line].text) != skeletons[ev.key]:
            continue  # a distinctive heading, one with text after it on its line, or one printed with its number
        end = heads[n + 1] if n + 1 < len(heads) else len(out)
        number = _section_number(ev.key)
        at = next((j for j in range(i + 1, end) if out[j].kind == "text"
                   and (_numbered_heading(out[j].text, skeletons[ev.key])
                        or _own_numbered(out[j].text, skeletons[ev.key], number)
                        or _glued_letter_numbered(out[j].text, skeletons[ev.key], number)
                        or _glued_debris(out[j].text, skeletons[ev.key], number))), None)
        if at is None:
            continue
        ln = lines[ev.line]
        out[i] = Event("text", None, ln.text, ln.no, ln.bullet, ln.indent, ln.cols)
        out[at] = Event("heading", ev.key, "", out[at].line)
    return out


# A list's number opening a line, printed whole ("3. ", "๔, "): where a list the heading interrupts goes on.
_LIST_NUMBER_RE = regex.compile(r"^\s*(?P<n>[\d๐-๙]{1,2})\s?[.,](?=\s|$)")
PAST_WIDTH = 1.5  # a line of the list past a bare heading is at most this share of its widest line before it
NARROW_COLUMN = 20  # printed characters: a list no wider wraps after a word or two (a narrow column)


def _list_number(text: str) -> int | None:
    m = _LIST_NUMBER_RE.match(text)
    return int(thai_digits_to_arabic(m.group("n"))) if m else None


def _width(text: str) -> int:
    """Printed width in characters, runs of spaces as one: Thai vowels and marks above and below take none."""
    return text_width(" ".join(text.split()))


def _past_list(events: list[Event], order: list[tuple[str, str]], rank: dict[str, int],
               lines: dict[int, Line]) -> list[Event]:
    """A heading read from a line that is its words alone, no number (a
    short heading: "งบประมาณ" is also a cell a narrow column wrapped onto a
    line of its own), inside a numbered list of the section before it that
    goes on after it: the action plan's steps in a narrow column ("2. จัดสรร"
    / "งบประมาณ" / "ให้โรงเรียน" / ... / "3. จัดอบรม" / ...) where OCR lost
    the section's own numbered heading (_prefer_numbered finds none).  Only
    a list in a narrow column (its lines NARROW_COLUMN wide at most) is so
    read: in a wide one a line of a heading's words alone is no cell.  The
    lines after it are the list's while they are its lines' shape (no wider
    than PAST_WIDTH of the widest line from the list's first number to the
    heading; a number printed whole only the next of the list's), and at
    least one of them opens the list's next number; the heading is put
    before the first line past them (a wider line: the section's own text),
    and the bare line is the list's text again.  Before, the steps after the
    bare line were read as the next section's text and lost with no issue."""
    skeletons = {key: skeleton(text) for key, text in order}
    heads = [i for i, ev in enumerate(events) if ev.kind == "heading" and ev.key in rank]
    out = list(events)
    moves: list[tuple[int, int]] = []
    for n, i in enumerate(heads):
        ev = out[i]
        if len(skeletons[ev.key]) >= LONG or ev.text.strip() or skeleton(lines[ev.line].text) != skeletons[ev.key]:
            continue
        before = [out[j] for j in range((heads[n - 1] if n else -1) + 1, i) if out[j].kind == "text"]
        numbered = [k for k, b in enumerate(before) if _list_number(b.text) is not None]
        if not numbered:
            continue
        last = _list_number(before[numbered[-1]].text)
        widest = max(_width(b.text) for b in before[numbered[0]:])
        if widest > NARROW_COLUMN:  # a list printed wide: a line of a heading's words alone is no cell of it
            continue
        bound = PAST_WIDTH * widest
        end = heads[n + 1] if n + 1 < len(heads) else len(out)
        k, went_on = i + 1, False
        while k < end and out[k].kind == "text":
            number = _list_number(out[k].text)
            if _width(out[k].text) > bound and number != last + 1:
                break  # (a wider line is the list's only where it opens the list's next number)
            if number is not None:
                if number != last + 1:
                    break
                last, went_on = number, True
            k += 1
        if went_on and k < end and out[k].kind == "text":
            moves.append((i, k))
    for i, k in reversed(moves):
        ev, ln = out[i], lines[out[i].line]
        out[k:k] = [Event("heading", ev.key, "", out[k].line)]
        out[i] = Event("text", None, ln.text, ln.no, ln.bullet, ln.indent, ln.cols)
    return out


def _numbered_heading(text: str, heading: str) -> bool:
    """`text` is the heading's words after a section number (see
    _prefer_numbered), nothing else on the line; the words may carry one
    letter OCR doubled, dropped or changed ("ฒ. งงบประมาณ"): the number
    before them says it is a heading."""
    glued = _GLUED_NUMBER_RE.match(text)
    if glued is not None:
        return _one_slip(skeleton(text[glued.end():]), heading)
    lead = _LEAD_TOKEN_RE.match(text)
    return lead is not None and lead.end() > 0 and _one_slip(skeleton(text[lead.end():]), heading)


def _glued_letter_numbered(text: str, heading: str, number: int | None) -> bool:
    """`text` is the heading's exact words glued to its own section number
    (`number`) by the Thai letter OCR made of its dot, a mark with it
    ("7ธุงบประมาณ" for 7. งบประมาณ), nothing else on the line (see
    _prefer_numbered: fresh set s85b, bma_proposal_s85b004, whose bare
    "งบประมาณ", a wrapped word of an action-plan step, opened the budget
    section before the step after it, which was lost)."""
    glued = _GLUED_LETTER_RE.match(text)
    if number is None or glued is None:
        return False
    digits = regex.match(r"\s*([\d๐-๙]{1,2})", text).group(1)
    return thai_digits_to_arabic(digits) == str(number) and skeleton(text[glued.end():]) == heading


def _one_slip(words: str, heading: str) -> bool:
    """`words` is `heading`, or it with one letter more, fewer or changed."""
    return words == heading or Levenshtein.distance(words, heading, score_cutoff=1) <= 1


def _longest_run(ranks: list[int]) -> list[int]:
    """Indexes of the longest strictly increasing subsequence of `ranks`
    (the earliest one among equals: each index's predecessor is the earliest
    of the longest runs it can extend, and the run ends at the earliest
    index of greatest length).  Linear in len(ranks) for the few distinct
    ranks a form's headings have: per rank, the earliest index that ends a
    run of each length."""
    if not ranks:
        return []
    values = sorted(set(ranks))
    longest = dict.fromkeys(values, 0)  # rank -> the longest run ending at an index of that rank
    first: dict[tuple[int, int], int] = {}  # (rank, length) -> earliest index ending such a run
    best = [1] * len(ranks)
    prev = [-1] * len(ranks)
    for i, r in enumerate(ranks):
        lower = [v for v in values if v < r]
        length = max((longest[v] for v in lower), default=0)
        if length:
            prev[i] = min(first[(v, length)] for v in lower if longest[v] >= length and (v, length) in first)
        best[i] = length + 1
        first.setdefault((r, best[i]), i)
        longest[r] = max(longest[r], best[i])
    end = max(range(len(ranks)), key=lambda i: (best[i], -i))
    out = []
    while end >= 0:
        out.append(end)
        end = prev[end]
    return out[::-1]


def _demote(events: list[Event], demoted: set[int], lines: dict[int, Line], words: dict[str, str]) -> list[Event]:
    """The events with each demoted heading text again: its whole line when
    the line holds nothing else (a wrapped cell), else the heading's words
    (a form printed on one line)."""
    if not demoted:
        return events
    per_line: dict[int, int] = {}
    for ev in events:
        per_line[ev.line] = per_line.get(ev.line, 0) + 1
    whole = {events[i].line for i in demoted if per_line[events[i].line] <= 2}
    out: list[Event] = []
    for i, ev in enumerate(events):
        if ev.line in whole:
            if i in demoted:
                ln = lines[ev.line]
                out.append(Event("text", None, ln.text, ln.no, ln.bullet, ln.indent, ln.cols))
        elif i in demoted:
            out.append(Event("text", None, words[ev.key], ev.line))
        else:
            out.append(ev)
    return out


def _recover(events: list[Event], order: list[tuple[str, str]], rank: dict[str, int]) -> list[Event]:
    """Missing headings found between the headings around them: a text line
    that is the heading, or else (a form printed on one line and wrapped
    again) the heading's words after a section number inside a text or a
    field's value, which is cut there."""
    out = list(events)
    skeletons = [skeleton(text) for _, text in order]
    for r in range(len(order)):
        found = [(i, rank[ev.key]) for i, ev in enumerate(out) if ev.kind == "heading" and ev.key in rank]
        if r in {fr for _, fr in found}:
            continue
        lo = max((i for i, fr in found if fr < r), default=-1)
        hi = min((i for i, fr in found if fr > r), default=len(out))
        number = _section_number(order[r][0])
        at = next((i for i in range(lo + 1, hi) if out[i].kind == "text"
                   and _is_heading(out[i].text, skeletons[r], number)), None)
        if at is not None:
            out[at] = Event("heading", order[r][0], "", out[at].line)
            continue
        short = len(skeletons[r]) < LONG
        pattern = _inline_short_heading(order[r][1], number) if short else _inline_heading(order[r][1])
        if short:
            # a short heading's words are common words: only after a number OCR damaged (no Thai
            # letter in it), and only where the window between its neighbours holds one such place
            places = [i for i in range(lo + 1, hi) if out[i].kind in ("text", "field")
                      for _ in pattern.finditer(out[i].text)]
            if len(places) != 1:
                continue
        for i in range(lo + 1, hi):
            ev = out[i]
            m = pattern.search(ev.text) if ev.kind in ("text", "field") else None
            span = (m.start(), m.end()) if m is not None else None
            if span is None and not short and ev.kind in ("text", "field"):
                span = _own_number_heading(ev.text, order[r][0], skeletons[r])
            if span is None:
                continue
            before, after = ev.text[: span[0]].strip(), ev.text[span[1]:].strip()
            cut = [Event(ev.kind, ev.key, before, ev.line, ev.bullet, ev.indent)] if before or ev.kind == "field" else []
            cut.append(Event("heading", order[r][0], "", ev.line))
            if after:
                cut.append(Event("text", None, after, ev.line))
            out[i: i + 1] = cut
            break
    return out


@lru_cache(maxsize=64)
def _own_number_re(key: str) -> regex.Pattern | None:
    """A section's own number inside a text, each digit Arabic or Thai ("๑๐.๑ " for s10_1, "8. " for s8: a
    top-level number with its dot), between spaces."""
    m = _KEY_NUMBER_RE.match(key)
    if m is None:
        return None
    parts = [m.group("n"), *([m.group("k")] if m.group("k") else [])]
    digits = [''.join(f"[{d}{d.translate(TO_THAI)}]" for d in part) for part in parts]
    tail = r"\.?" if len(parts) > 1 else r"[.,]"
    joined = r"\.".join(digits)
    return regex.compile(rf"(?:^|(?<=\s)){joined}{tail}\s++(?=[\u0e01-\u0e4e])")


_KEY_NUMBER_RE = regex.compile(r"^s(?P<n>\d{1,2})(?:_(?P<k>\d{1,2}))?$")
_WORD_END_RE = regex.compile(r"(?<=\S)(?=\s|$)")


def _own_number_heading(text: str, key: str, heading: str) -> tuple[int, int] | None:
    """(start, end) of a long heading inside a text after its own section
    number printed whole (`key`'s: "๑๐.๑"), its words read with letters OCR
    changed ("๑๐.๑ ตัวชี้วัดความสําเว็จ" for ตัวชี้วัดความสำเร็จ: a form
    printed as running text, where the exact words are looked for); the
    words are those the fewest letters apart from the heading, at most
    (100 - HEADING_RATIO) % of its letters by fuzzy ratio; None if none."""
    number = _own_number_re(key)
    if number is None:
        return None
    for m in number.finditer(text):
        best: tuple[float, int] | None = None
        for end in _WORD_END_RE.finditer(text, m.end(), min(len(text), m.end() + 2 * len(heading) + 12)):
            words = skeleton(text[m.end(): end.start()])
            if len(words) > len(heading) + 3:
                break
            ratio = fuzz.ratio(words, heading)
            if ratio >= HEADING_RATIO and (best is None or ratio > best[0]):
                best = (ratio, end.start())
        if best is not None:
            return m.start(), best[1]
    return None


@lru_cache(maxsize=64)
def _inline_heading(words: str) -> regex.Pattern:
    """A heading's words inside a text after its section number ("o.", "๕.",
    "๑๐.3": the number as OCR may damage it; its dot may be printed twice,
    a space between: "8. .ความเสี่ยง..."), followed by a space or the end."""
    return regex.compile(rf"(?:^|(?<=\s))(?:[\d๐-๙]{{1,2}}\.[\d๐-๙]{{1,2}}|\S{{1,2}}[.,])\s*+(?:[.,]\s*+)?"
                         rf"{mark_tolerant(words)}"
                         r"(?=\s|$)")


@lru_cache(maxsize=64)
def _inline_short_heading(words: str, number: int | None = None) -> regex.Pattern:
    """A short heading's words inside a text after its section number as
    OCR damaged it into no digit and no Thai letter ("ov.", "o."), or printed
    right ("๗."), or its own `number` with a speck of no digit and no Thai
    letter glued before or after it ("U7." for 7.), followed by a space or
    the end."""
    speck = r"[^\s\d๐-๙\u0e01-\u0e4e]"
    own = ""
    if number is not None:
        digits = f"(?:{number}|{str(number).translate(TO_THAI)})"
        own = f"|{speck}{digits}|{digits}{speck}"
    return regex.compile(rf"(?:^|(?<=\s))(?:[\d๐-๙]{{1,2}}|{speck}{{1,2}}{own})\.\s*{mark_tolerant(words)}"
                         r"(?=\s|$)")


def _is_heading(text: str, heading: str, number: int | None = None) -> bool:
    """`text` is the heading after a damaged number: its words exactly (a
    first letter OCR doubled allowed) or, for a heading of LONG letters or
    more, fuzzily; a shorter heading fuzzily too after its own section
    number printed whole (`number`: "7. งททประมาณ" for 7. งบประมาณ, two
    letters apart, the line no longer than the heading's words by more)."""
    if len(text) > 2 * len(heading) + 12:
        return False
    body = skeleton(_LEAD_TOKEN_RE.sub("", text, count=1))
    if body == heading or body[1:] == heading and body[:1] == heading[:1]:
        return True
    if (glued := _GLUED_LETTER_RE.match(text)) is not None and skeleton(text[glued.end():]) == heading:
        return True  # the number's dot read as a Thai letter, glued to the words ("7รุงบประมาณ")
    if (lead := _LETTERS_LEAD_RE.match(text)) is not None and not known_word(lead.group("t")) \
            and skeleton(text[lead.end():]) == heading:
        return True  # the number and its dot read as a Thai letter or two, set apart ("เว  วัตถุประสงค์")
    if _own_numbered(text, heading, number) or _glued_debris(text, heading, number) \
            or _glued_own_number(text, heading, number):
        return True
    return len(heading) >= LONG and fuzz.ratio(body, heading) >= HEADING_RATIO


def _glued_own_number(text: str, heading: str, number: int | None) -> bool:
    """`text` is a heading's exact words glued to its own section number
    (`number`) by a mark OCR made of the dot ("7”งบประมาณ", "๗'งบประมาณ"),
    nothing else on the line.  (Only asked between the headings around the
    section: _recover.)"""
    glued = _GLUED_NUMBER_RE.match(text)
    if number is None or glued is None:
        return False
    digits = thai_digits_to_arabic(regex.sub(r"[^\d๐-๙]", "", glued.group()))
    return digits == str(number) and skeleton(text[glued.end():]) == heading


def _own_numbered(text: str, heading: str, number: int | None) -> bool:
    """`text` is a short heading after its own section number printed whole
    (`number`), its words at most OWN_NUMBER_EDITS letters apart ("7. งทระมาณ"
    for 7. งบประมาณ), nothing else on the line."""
    if number is None or len(heading) < OWN_NUMBER_MIN or (own := _OWN_NUMBER_RE.match(text)) is None \
            or thai_digits_to_arabic(own.group("n")) != str(number):
        return False
    words = skeleton(text[own.end():])
    return abs(len(words) - len(heading)) <= OWN_NUMBER_EDITS and Levenshtein.distance(words, heading) <= OWN_NUMBER_EDITS


def _glued_debris(text: str, heading: str, number: int | None) -> bool:
    """`text` is a short heading alone on its line, glued to what OCR made
    of its section number and dot: one to three characters and a mark left
    dangling ("7ุงบประมาณ", "ญฒญุงบประมาณ" for 7. งบประมาณ).  The debris must
    be no word ("ของบประมาณ", ask for a budget, is words), and digits in it
    must read as the section's own number.  (Only asked between the
    headings around the section: _recover.)"""
    token = text.strip()
    if number is None or len(heading) < OWN_NUMBER_MIN or not token or any(ch.isspace() for ch in token):
        return False
    whole = skeleton(token)
    lead = whole[: len(whole) - len(heading)]
    if not whole.endswith(heading) or not 1 <= len(lead) <= 3:
        return False
    digits = thai_digits_to_arabic(lead)
    if any(ch.isdigit() for ch in digits):
        return digits.isdigit() and str(number) in candidates(lead)
    return not known_word(lead)


# A section's own number printed whole before its heading ("7.", "๗ ."): with it, a short heading's words
# may be OWN_NUMBER_EDITS letters apart (a heading of OWN_NUMBER_MIN skeleton letters or more).
_OWN_NUMBER_RE = regex.compile(r"^\s*(?P<n>[\d๐-๙]{1,2})\s?[.,]\s*(?=[\u0e01-\u0e4e])")
OWN_NUMBER_MIN, OWN_NUMBER_EDITS = 6, 2
_SECTION_KEY_RE = regex.compile(r"^s(?P<n>\d{1,2})$")


def _section_number(key: str) -> int | None:
    """The number a section key stands for ("s7": 7)."""
    m = _SECTION_KEY_RE.match(key)
    return int(m.group("n")) if m else None


def headings_by_labels(copy: Copy, order: list[tuple[str, str]], anchors: AnchorSet,
                       homes: dict[str, tuple[str, frozenset[str]]]) -> None:
    """A heading OCR lost whole (its number and words read as specks, "€."),
    found by its own fields: where a section that holds labelled fields
    (`homes`: field key -> its label and the sections it counts in) is
    missing, a text line between the headings around it that opens with a
    label of its own ("ระเภทโครงการ : ..." for ประเภทโครงการ, a letter OCR
    dropped; a colon or not) opens it; the scan, finding the label out of
    its section, had read it as the section before's text.  The heading is put before that line, and the
    section's labelled lines from there to the next heading are its fields.
    Copies whose headings are all there are left as they are."""
    rank = {key: i for i, (key, _) in enumerate(order)}
    events = copy.events
    for r, (key, _) in enumerate(order):
        own = {field: label for field, (label, where) in homes.items() if where == frozenset({key})}
        if not own or key in copy.headings_seen:
            continue
        found = [(i, rank[ev.key]) for i, ev in enumerate(events) if ev.kind == "heading" and ev.key in rank]
        lo = max((i for i, fr in found if fr < r), default=-1)
        hi = min((i for i, fr in found if fr > r), default=len(events))
        fields = {i: hit for i in range(lo + 1, hi) if events[i].kind == "text"
                  and (hit := _label_opening(events[i].text, anchors, own)) is not None}
        if not fields:
            continue
        first = min(fields)
        out = events[:first] + [Event("heading", key, "", events[first].line)]
        for i in range(first, hi):
            ev, hit = events[i], fields.get(i)
            out.append(ev if hit is None else Event("field", hit[0], ev.text[hit[1]:].strip(" \t:"), ev.line))
        events = out + events[hi:]
        copy.headings_seen = copy.headings_seen | {key}
    copy.events = events


def labels_after_headings(copy: Copy, anchors: AnchorSet, homes: dict[str, tuple[str, frozenset[str]]]) -> None:
    """A field's label printed right after its section's heading inside a
    line, with no colon between it and its value (a form printed as running
    text: "... ๔. ลักษณะของโครงการ ประเภทโครงการ เป็นโครงการตาม..."): inside
    a line the scan takes a label only before a separator or a gap (words of
    running text open no field), so the label and its value were read as the
    section's text and the field as missing.  A text right after a heading
    that opens with the exact label of a field of that section (`homes`:
    field key -> its label and the sections it counts in) opens that field,
    as it does at a line's start (its value after it, or on the next line
    when the label ends the line).  Other texts, and labels of other
    sections' fields, stay text."""
    events = copy.events
    for i in range(1, len(events)):
        ev, before = events[i], events[i - 1]
        if ev.kind != "text" or before.kind != "heading":
            continue
        own = {field: label for field, (label, where) in homes.items() if before.key in where}
        hit = next((h for h in anchors.scan(ev.text) if h.anchor.kind == "label"), None) if own else None
        if hit is None or hit.key not in own or ev.text[: hit.start].strip():
            continue
        # (the label may end the line, its value on the next: a field with no value yet takes that line)
        events[i] = Event("field", hit.key, ev.text[hit.end:].strip(" \t:"), ev.line, ev.bullet, ev.indent)


_WORD_RE = regex.compile(r"\S+")
LABEL_RATIO = 90.0  # fuzzy ratio of a line's first words to a label's (skeletons)


def _label_opening(text: str, anchors: AnchorSet, labels: dict[str, str]) -> tuple[str, int] | None:
    """(field key, where its value starts) for the label of `labels` (key ->
    label) that opens `text`: as the anchors find it, a speck or two before
    it aside, or its first words fuzzily (a letter dropped or changed, the
    value after a single space: "ระเภทโครงการ เป็นโครงการ..."); None if none."""
    hit = next((h for h in anchors.scan(text) if h.anchor.kind == "label"), None)
    if hit is not None and hit.key in labels and len(text[: hit.start].strip()) <= 2:
        return hit.key, hit.end
    words = list(_WORD_RE.finditer(text))
    for key, label in labels.items():
        sk = skeleton(label)
        for k in range(1, min(4, len(words)) + 1):
            head = skeleton(text[: words[k - 1].end()])
            if abs(len(head) - len(sk)) <= 1 and fuzz.ratio(head, sk) >= LABEL_RATIO:
                return key, words[k - 1].end()
    return None


def headings_by_opening(copy: Copy, order: list[tuple[str, str]], openers: dict[str, str]) -> None:
    """A heading OCR lost whole (its line read as a page's furniture or
    specks), found by the clause its section's text opens with (`openers`:
    section key -> those words, "เบิกจ่ายจากงบประมาณ" for the budget): where
    the section is missing and both sections around it are found, the one
    text line between them that opens with the clause opens the section (none
    or several: nothing is found).  The line is kept in
    `copy.headings_inferred`, so that the section's issue says it."""
    rank = {key: i for i, (key, _) in enumerate(order)}
    for r, (key, _) in enumerate(order):
        if key not in openers or key in copy.headings_seen or not 0 < r < len(order) - 1:
            continue
        events = copy.events
        at = {rank[ev.key]: i for i, ev in enumerate(events) if ev.kind == "heading" and ev.key in rank}
        if r - 1 not in at or r + 1 not in at or at[r - 1] > at[r + 1]:
            continue
        pattern = _opening_re(openers[key])
        hits = [i for i in range(at[r - 1] + 1, at[r + 1]) if events[i].kind == "text" and pattern.match(events[i].text)]
        if len(hits) != 1:
            continue
        line = events[hits[0]].line
        copy.events = events[:hits[0]] + [Event("heading", key, "", line)] + events[hits[0]:]
        copy.headings_seen = copy.headings_seen | {key}
        copy.headings_inferred[key] = line


@lru_cache(maxsize=16)
def _opening_re(words: str) -> regex.Pattern:
    """The clause at a line's start, after the number of the section's first part if printed ("3.1 ด้านปริมาณ")."""
    return regex.compile(rf"^\s*(?:[\d๐-๙]{{1,2}}\s?\.\s?[\d๐-๙]{{1,2}}\.?\s*)?{mark_tolerant(words, spaces=False)}")
