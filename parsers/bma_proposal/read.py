"""Reading a BMA project proposal: lines -> copies (parsers.reader, through
the anchors of parsers.bma_proposal.fields) -> readings.  A proposal printed
twice is two copies of one project (the same name), voted together."""

from __future__ import annotations

import json
from bisect import bisect_right
import unicodedata
from collections import Counter
from collections.abc import Callable

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import (CONFUSABLE_LETTERS, clean_value, comparable, join_wrapped, mark_tolerant, marks_added,
                              skeleton)
from normalizers.words import known_word
from parsers.bma_proposal.fields import FIELD_BY_KEY, FORM, HEADING_ORDER, SIGNATURE_SEEN
from parsers.digits import unread_digits
from parsers.bma_proposal.risks import (LEVEL_WORDS, header_left, across_only, mitigations_past_heading,
                                        place_mitigations, rows_past_heading, table_past_heading)
from parsers.bma_proposal.budget import rows_past_heading as budget_rows_past_heading
from parsers.bma_proposal.tables import read_activities, read_budget, read_kpis, read_risks
from parsers.bma_proposal.numbering import (Item, _could_be, explode_sub, first_from_lead, numbers_above,
                                            numbers_all_lost, numbers_split,
                                            numbers_run_apart, read_items, sequence_issues, sub_opener)
from parsers.items import (INTRODUCES_RE, bullet_lookalikes, bullet_ones, bullets_inside, explode_inline, numbered_items, opens_purpose,
                           split_item_number)
from parsers.items import Item as PlainItem
from parsers.items import THAI_LETTER_RE, THAI_RUN_RE, lost_first_item, marked_inside_issues, opened_by_words_issues
from parsers.bma_proposal.sections import headings_by_labels, headings_by_opening, labels_after_headings, order_headings
from parsers.bma_proposal.targets import read_targets
from parsers.bma_proposal.years import mentions_in
from parsers.reader import (Copy, Event, Parts, fold_last_copy, identity_of, mark_cut_short, read_fields, read_once,
                            scan, sort_out, split_copies)
from parsers.values import UNIT_WORDS, span_text, split_unit
from parsers.wraps import ENDED_SHARE, page_wraps, text_width
from schemas.document import FURNITURE_LINES, CopyReading, Issue, Line, Reading

# The proposer's name, in brackets under the signature line that ends with
# "ผู้เสนอโครงการ" ("(ลงชื่อ)........ผู้เสนอโครงการ" / "(นางสาว...)").
_PROPOSER_RE = regex.compile(r"ผู้เสนอ(?:โครงการ)?[\s.…]*\((?!\s*ลงชื่อ)\s*([^()]{2,60}?)\s*\)")


# A signer's name in brackets with a title ("(นางสาววิไลวรรณ อินทร์แก้ว)"), and the position line after it.
_SIGNER_RE = regex.compile(r"^\(\s*((?:นาย|นางสาว|นาง|ว่าที่|ดร\.|น\.ส\.)\s*[^()]{2,50}?)\s*\)$")
_POSITION_RE = regex.compile(rf"^{mark_tolerant('ตำแหน่ง')}\s*\S")
# A signer's bracketed name and the position after it inside a line ("... (นายสมศักดิ รัตนพันธ์) ตำแหน่ง ...").
_SIGNER_INLINE_RE = regex.compile(r"\(\s*((?:นาย|นางสาว|นาง|ว่าที่|ดร\.|น\.ส\.)[^()]{2,50}?)\s*\)\s{0,3}"
                                  rf"(?={mark_tolerant('ตำแหน่ง')})")
_SIGNED_RE = regex.compile(skeleton("ลงชื่อ"))
# A signer's name in brackets with a title, anywhere in a line ("... ผู้เห็นชอบโครงการ (นางนงลักษณ์ จันทร์เพ็ญ) (").
_SIGNER_NAME_RE = regex.compile(r"\(\s*(?:นาย|นางสาว|นาง|ว่าที่|ดร\.|น\.ส\.)[^()]{2,50}?\)")
_PROPOSER_ROLE_RE = regex.compile(mark_tolerant("ผู้เสนอโครงการ"))
# A person's title opening a signer's name: นาย, นาง(สาว), น.ส., ว่าที่..., ดร., or a rank or academic title of
# abbreviations ("ผศ.", "พ.ต.อ.", "ร.ต.ท.")
_PERSON_TITLE_RE = regex.compile(r"^(?:นาย|นาง|ว่าที่|ดร|(?:[ก-ฮ]{1,3}\.\s?)+)")
_SIGNATURE_LINE_RE = regex.compile(rf"{mark_tolerant('ลงชื่อ')}|[.…]{{3}}")
_POSITION_INSIDE_RE = regex.compile(rf"(?:^|(?<=\s)){mark_tolerant('ตำแหน่ง')}\s*\S")


def read_copy(copy: Copy) -> CopyReading:
    out = CopyReading(copy.index, copy.line_start, copy.line_end)
    parts = sort_out(copy, FORM)
    drop_running_title(parts)
    drop_running_header(parts)
    join_project_type(parts)
    read_fields(parts, FORM, out)
    out.issues.extend(lines_lost_inside(copy, parts))
    check_project_type(out)
    mend_agency_speck(parts, out)
    mend_agency_marks(parts, out)
    agency_name_cut(parts, out)
    read_year_texts(parts, out)
    read_sections(parts, out)
    read_proposer(parts, out)
    check_sections(copy, out)
    out.identity = identity_of(out, code=None)
    return out


# A Thai character that stands on a letter before it (a vowel above or below, a tone or other mark, sara aa or
# am): a word cannot be cut before one.
_ON_LETTER_RE = regex.compile(r"[\u0e31-\u0e3a\u0e47-\u0e4e]")
_JOINED_HEAD = 4  # letters at most of a word's head, before the place a line opens at
_JOINED_TAIL = 6  # ... and of its tail, at the line's opening
_JOINED_WORD = 4  # letters at least of the word they join into
_OPENING_LETTERS = 4  # Thai letters at least of a line's first word for its other printings to be looked for


def _joined_head(before: str, opening: str) -> str | None:
    """The letters at the end of `before` (a Thai run) that, with the first
    letters of `opening`, spell one dictionary word of _JOINED_WORD letters
    or more, the cut between them no place a word cannot be cut; None where
    no such word spans the cut."""
    for i in range(1, min(_JOINED_HEAD, len(before)) + 1):
        head = before[-i:]
        if _ON_LETTER_RE.match(head):
            continue
        for j in range(2, min(_JOINED_TAIL, len(opening)) + 1):
            if j < len(opening) and _ON_LETTER_RE.match(opening[j]):
                continue
            if len(head) + j >= _JOINED_WORD and known_word(head + opening[:j]):
                return head
    return None


def lines_lost_inside(copy: Copy, parts: Parts) -> list[Issue]:
    """Wrapped fields (the project model, the place) one of whose lines
    opens inside a word: the copy prints the line's first word elsewhere
    with letters before it in the same run that join its opening into one
    dictionary word (a line "นักการศึกษา", printed elsewhere in
    "ส่งสำนักการศึกษา": สำ + นัก), and the value's text before the line does
    not end with those letters (where it does, the word was cut at the
    margin, no line lost; where nothing of the value stands before it, it
    is the value's first line, under its label).  OCR lost the line or
    lines before it, which held the word's head, or read another text's
    line into the value: the value is kept as read and said (unknown_words;
    its pieces are the line's opening).  Where the copy prints the opening
    at a run's start too, nothing tells which, and nothing is said."""
    issues: list[Issue] = []
    for key, value, start, end in parts.fields:
        spec = FORM.fields.get(key)
        if spec is None or not spec.wraps or spec.dash_wraps is not None or end <= start:
            continue
        inside = [ev for ev in copy.events if start < ev.line <= end and ev.kind == "text"]
        others = [ev.text for ev in copy.events if not start <= ev.line <= end]
        for ev in inside:
            opening = ev.text.split()[0] if ev.text.split() else ""
            if len(THAI_LETTER_RE.findall(opening)) < _OPENING_LETTERS:
                continue
            heads, at_start = set(), False
            for text in others:
                at = text.find(opening)
                while at >= 0:
                    run = regex.match(r"[\u0e01-\u0e4e]*", text[:at][::-1]).group(0)[::-1]
                    if not run:
                        at_start = True
                    elif (head := _joined_head(run, opening)) is not None:
                        heads.add(head)
                    at = text.find(opening, at + 1)
            if at_start or not heads:
                continue
            upto = value[: value.find(ev.text.strip())].rstrip() if ev.text.strip() in value else ""
            if not upto or any(skeleton(upto).endswith(skeleton(h)) for h in heads):  # (the value's first line:
                # a label's value under it, after a gap, that the copy prints after other words elsewhere)
                continue
            column = spec.columns[0]
            issues.append(Issue("warning", "unknown_words", f"{spec.label}: its line {ev.text.strip()[:40]!r} opens "
                                f"inside a word (the copy prints it after {'/'.join(sorted(heads))!r}, one word with "
                                "its opening) that the text above it does not end with: OCR lost the line or lines "
                                "between, which held the word's head; kept as read",
                                json.dumps({"text": value, "pieces": [opening]}, ensure_ascii=False), start, end,
                                field=f"projects.{column}"))
            break
    return issues


def drop_running_title(parts: Parts) -> None:
    """A page's running header that prints the project's title ("โครงการ"
    and its name), on one line or wrapped over up to HEADER_LINES, between
    the lines of a section at a page break, is the page's furniture, not the
    section's text (a step or a cell ran on into it): set aside with the
    copy's furniture.  A field of the sections that wraps (the place, the
    model) whose value ends with it, from "โครงการ" after a space on, ran on
    into it too: the value ends before it; so too where OCR misread a few of
    its letters (a near printing of a long title, as _title_lines takes one:
    "... ตามขนาดของโรงเรียน โครงการส่งเสริม... (2๐นฯ๐ Learning) ในโรงเรียน..."
    for (Active Learning), fresh set s79a, bma_proposal_s79a001's model, which
    stood whole and silent).  A name that holds a gloss in Latin letters in
    parentheses is compared without it, and so is every line (`_gloss_out`)."""
    name = next((v for k, v, _, _ in parts.fields if k == "name"), None)
    gloss = bool(name and _LATIN_GLOSS_RE.search(name))
    if not name or len(sk := skeleton(_gloss_out(name) if gloss else name)) < 10:
        return
    title = skeleton("โครงการ") + sk
    titles: tuple[str, ...] = (title, sk)
    if own := _agency_key(parts):  # the title, then the agency: "โครงการ<name> สำนักงานเขต<district>"
        titles += (title + own,)
    for key, lines in parts.sections.items():
        if key == "lead":
            continue
        dropped = _title_lines(lines, titles, gloss)
        if dropped:
            parts.furniture.extend(ln for i, ln in enumerate(lines) if i in dropped)
            parts.sections[key] = [ln for i, ln in enumerate(lines) if i not in dropped]
    for k, (key, value, start, end) in enumerate(parts.fields):
        spec = FORM.fields.get(key)
        if spec is None or not spec.wraps or spec.sections is None or "lead" in spec.sections:
            continue
        at = value.rfind(" โครงการ")
        if at > 0 and ((tail := _title_key(value[at:], gloss)) in (title, *titles[2:])
                       or len(sk) >= TITLE_NEAR_MIN and any(_near(tail, t) for t in (title, *titles[2:]))):
            parts.fields[k] = (key, value[:at].rstrip(), start, end)


def _title_lines(lines: list[Line], titles: tuple[str, ...], gloss: bool = False) -> set[int]:
    """The places of the lines that print the project's title (`titles`:
    the skeletons of "โครงการ" and the name, and of the name, and where the
    copy names its agency, of the title and the agency after it), on one
    line, or the first wrapped onto the next lines (HEADER_LINES): a budget
    cell may print the name alone over two lines as its text.  A table
    rule OCR read as "|" at a line's end is no letter of the header."""
    dropped: set[int] = set()
    near = len(titles[1]) >= TITLE_NEAR_MIN
    whole = (titles[0], *titles[2:])  # the headers a page prints whole
    for i in range(len(lines)):
        key = ""
        for j in range(i, min(i + HEADER_LINES, len(lines))):
            # (a gloss may wrap: "... (Active" / "Reading) ...": the lines so far are compared joined, a gloss
            # whose parenthesis the next line closes left out with it)
            key = _title_key(_OPEN_GLOSS_RE.sub(" ", " ".join(ln.text for ln in lines[i:j + 1])), gloss) \
                if gloss else key + _title_key(lines[j].text)
            if key in titles and (j == i or key in whole):  # (the name alone wrapped: a cell may print it)
                dropped.update(range(i, j + 1))
                break
            if near and key.startswith(_PROJECT_WORD) and any(_near(key, t) for t in whole):
                dropped.update(range(i, j + 1))  # OCR misread a few of its letters ("(%เ๐ยจ๐ Learning)")
                break
            if not any(t.startswith(key) for t in titles) \
                    and not (near and key.startswith(_PROJECT_WORD) and len(key) < max(map(len, whole))):
                break  # (a near printing wrapped: its lines are joined up to the title's length)
    return dropped


def _title_key(text: str, gloss: bool = False) -> str:
    """A line's letters as a running title is compared by: its skeleton, a
    table rule OCR read as "|" left out (and a gloss in parentheses, where
    the name holds one: `_gloss_out`)."""
    return skeleton(_gloss_out(text) if gloss else text).replace("|", "")


# A gloss in Latin letters in parentheses inside a project's name ("ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active
# Learning) ในโรงเรียน..."): OCR's Thai model writes its letters as other letters, Thai ones among them, in every
# running header that prints the name ("(/เ๐นจ๐ Learning)", "(/เ๐ณ์ฯ๑ 1 ๑ลณ์กอ)": fresh sets s79o, s80b, where the
# header stood among the steps and the risk table, run into their cells, several letters too far from the name
# for the near matches).  Where the name holds one, the name and the lines are compared without any text in
# parentheses (GLOSS_MAX characters at most): the header's other letters, the name's whole Thai title, still match.
_LATIN_GLOSS_RE = regex.compile(r"\([^()]*[A-Za-z][^()]*\)")
GLOSS_MAX = 30
_GLOSS_RE = regex.compile(rf"\([^()\n]{{1,{GLOSS_MAX}}}\)")
_OPEN_GLOSS_RE = regex.compile(rf"\([^()\n]{{0,{GLOSS_MAX}}}$")  # a gloss the line after closes


def _gloss_out(text: str) -> str:
    """`text` without its texts in parentheses (each one a space)."""
    return _GLOSS_RE.sub(" ", text)


def _agency_key(parts: Parts) -> str | None:
    """The skeleton of the copy's agency ("สำนักงานเขตบางพลัด", from its unit
    word on), of AGENCY_MIN letters or more; None where the copy names none."""
    unit = next((v for k, v, _, _ in parts.fields if k == "unit"), None)
    agency = split_unit(unit)[0] if unit else None
    at = max((m.start() for m in _UNIT_WORD_RE.finditer(agency)), default=None) if agency else None
    if at is None or len(own := skeleton(agency[at:])) < AGENCY_MIN:
        return None
    return own


# A running title OCR damaged: "โครงการ" printed whole, then the name within TITLE_NEAR (normalized
# similarity of the skeletons) of the title, a name of TITLE_NEAR_MIN letters or more (a short name a few
# letters off may be another title or a step's words).
TITLE_NEAR = 0.9
TITLE_NEAR_MIN = 30
_PROJECT_WORD = skeleton("โครงการ")


def _near(key: str, title: str) -> bool:
    return Levenshtein.normalized_similarity(key, title) >= TITLE_NEAR


HEADER_LINES = 3  # lines a page's running header may wrap over
_YEAR_ALONE_RE = regex.compile(r"^\s*[\d๐-๙]{4}\s*$")


def _header_key(text: str) -> str:
    """A text's letters as running-header lines are compared by: its skeleton, figures left out (the year)."""
    return ANY_DIGIT_RE.sub("", skeleton(text))


def drop_running_header(parts: Parts) -> None:
    """A page's running header that prints the agency, and after it the
    project's title and fiscal year ("สำนักงานเขตภาษีเจริญ โครงการยกระดับ..."
    / "...เขตภาษีเจริญ" / "ปีงบประมาณ พ.ศ. 2567", or the agency alone:
    "สำนักงานเขตคันนายาว"), wrapped over up to HEADER_LINES lines, between the
    lines of a section at a page break, is the page's furniture, not the
    section's text (a step or a cell ran on into it): lines that open with
    the agency's name and spell the header's opening, letter for letter
    (marks aside, a letter or two OCR misread), are set aside with the
    copy's furniture.  A name's gloss in Latin letters in parentheses is
    left out of the comparison, the lines' texts in parentheses too
    (`_gloss_out`)."""
    unit = next((v for k, v, _, _ in parts.fields if k == "unit"), None)
    name = next((v for k, v, _, _ in parts.fields if k == "name"), None)
    agency = split_unit(unit)[0] if unit else None
    at = max((m.start() for m in _UNIT_WORD_RE.finditer(agency)), default=None) if agency else None
    if at is None or len(own := _header_key(agency[at:])) < AGENCY_MIN:
        return
    gloss = bool(name and _LATIN_GLOSS_RE.search(name))  # (compared without it: _gloss_out)
    header = own + _header_key("โครงการ" + ((_gloss_out(name) if gloss else name) or "") + "ปีงบประมาณ พ.ศ.")

    def opens(key: str) -> bool:  # the header's opening, a letter or two misread at most
        return len(key) <= len(header) and Levenshtein.distance(key, header[:len(key)]) <= len(key) // 15
    year_words = _header_key("ปีงบประมาณ พ.ศ.")
    first = agency[at:].lstrip()[:1]  # a cheap look before the skeleton: the line opens with the name's letter
    for section, lines in parts.sections.items():
        if section == "lead":
            continue
        dropped: set[int] = set()
        for i, ln in enumerate(lines):
            if i in dropped or ln.text.lstrip()[:1] != first:
                continue
            key = _header_key(_gloss_out(ln.text) if gloss else ln.text)
            if not key.startswith(own[:4]) or len(key) < len(own) or not opens(key):
                continue
            run, joined = [i], key
            for j in range(i + 1, min(i + HEADER_LINES, len(lines))):
                # the header's next line: more of its words, or its year alone ("๒๕๑๐" under "ปีงบประมาณ พ.ศ.")
                more = _header_key(_gloss_out(lines[j].text) if gloss else lines[j].text)
                if not (more and opens(joined + more)) and not (
                        _YEAR_ALONE_RE.match(lines[j].text) and joined.endswith(year_words)):
                    break
                run.append(j)
                joined += more
            dropped.update(run)
        if dropped:
            parts.furniture.extend(lines[k] for k in sorted(dropped))
            parts.sections[section] = [ln for k, ln in enumerate(lines) if k not in dropped]


# The project type's second clause: "... เป็นโครงการต่อเนื่อง" / "... เป็นโครงการใหม่".
_TYPE_END_RE = regex.compile(rf"{mark_tolerant('เป็นโครงการ')}\s*(?:{mark_tolerant('ต่อเนื่อง')}|{mark_tolerant('ใหม่')})")
TYPE_WRAP = 60  # characters of the next line that may hold the type's wrapped end


def join_project_type(parts: Parts) -> None:
    """The project type ("เป็นโครงการตาม... เป็นโครงการต่อเนื่อง") wrapped onto the
    next line after OCR: that line's words up to the type's second clause
    are the field's, the rest stays section 4's text."""
    at = next((i for i, f in enumerate(parts.fields) if f[0] == "project_type"), None)
    body = parts.sections.setdefault("s4", [])
    if at is not None and (end := _TYPE_END_RE.search(parts.fields[at][1])):
        key, value, start, last = parts.fields[at]
        if value[end.end():].strip():  # the type and section 4's text on one line: the text is not the type
            parts.fields[at] = (key, value[: end.end()], start, last)
            body.insert(0, Line(last, value[end.end():].strip()))
        return
    if at is None:
        return
    # the section's first line below the label's (specks OCR read above the label, "D ot.", are no wrap of it)
    k = next((k for k, ln in enumerate(body) if ln.no > parts.fields[at][3]), None)
    if k is None or body[k].no > parts.fields[at][3] + 2:
        return
    m = _TYPE_END_RE.search(body[k].text[:TYPE_WRAP])
    if m is None:
        return
    key, value, start, _ = parts.fields[at]
    parts.fields[at] = (key, join_wrapped([value, body[k].text[: m.end()]]), start, body[k].no)
    rest = body[k].text[m.end():].strip(" \t:;|\u0e47-\u0e4e")
    if rest:
        body[k] = Line(body[k].no, rest, body[k].kind, body[k].bullet, body[k].indent)
    else:
        del body[k]


def check_project_type(out: CopyReading) -> None:
    """The project type names the project's basis and then whether it is a
    continuing or a new one ("เป็นโครงการตามนโยบาย... เป็นโครงการต่อเนื่อง"): a
    type read without that second clause lost it to OCR (read as specks,
    "020", or put with other text), and is said."""
    reading = out.tables.get("project", {}).get(0, {}).get("project_type")
    if reading is None or not isinstance(reading.value, str) or _TYPE_END_RE.search(reading.value):
        return
    out.issues.append(Issue("warning", "missing_value", f"the project type {reading.value!r} lacks its second clause "
                            "(เป็นโครงการต่อเนื่อง / เป็นโครงการใหม่): OCR lost it or put it elsewhere; kept as read",
                            reading.value, *reading.span, field="projects.project_type"))


def read_year_texts(parts: Parts, out: CopyReading) -> None:
    """What the year repairs work on (parsers.bma_proposal.years): the
    fiscal-year and period fields as printed, and every fiscal-year mention."""
    for key, name in (("fiscal_year", "fiscal_year_text"), ("period", "period_raw")):
        found = next(((v, a, b) for k, v, a, b in parts.fields if k == key), None)
        if found is not None:
            out.put("project", 0, name, Reading(found[0], found[0], found[1], found[2]))
    lines = [ln for section in parts.sections.values() for ln in section]
    mentions = [(ln, m) for ln in sorted(lines, key=lambda ln: ln.no) for m in mentions_in(ln.text)]
    for i, (ln, m) in enumerate(mentions, start=1):
        out.put("year_mentions", i, "text", Reading(m, m, ln.no, ln.no))


def _text(lines: list[Line]) -> tuple[str, int, int] | None:
    if not lines:
        return None
    return clean_value(span_text(lines)), lines[0].no, lines[-1].no


def read_sections(parts: Parts, out: CopyReading) -> None:
    sections = parts.sections
    if (found := _text(sections.get("s1", []))) is not None:
        out.put("project", 0, "rationale", Reading(found[0], found[0], found[1], found[2]))
    wraps = page_wraps(sorted((ln for section in sections.values() for ln in section), key=lambda ln: ln.no))
    margin = wraps.at_margin if wraps is not None else frozenset()
    items, lead = read_list(sections.get("s2", []), "2", "objective", "objectives.seq", out, opens_purpose, margin)
    items, cut = purposes_after_short(items, sections.get("s2", []), lead)
    out.issues.extend(cut)
    for seq, text, start, end in items:
        out.put("objectives", seq, "text", Reading(text, text, start, end))
    out.leave("unplaced_text", "text under the objectives heading before the first objective"
              + ("" if items else ", and no objective read: the rows it holds are lost"), lead,
              "objectives.text" if items else "objectives")
    out.issues.extend(lost_first_item(items, lead, "objective", "objectives"))
    out.issues.extend(marked_inside_issues(items, opens_purpose, "objective", "objectives"))
    groups, issues, lead = read_targets(sections.get("s3", []))
    out.issues.extend(issues)
    out.leave("unplaced_text", "text under the targets heading before the first numbered target", lead,
              "targets.text")
    for seq, (kind, text, start, end) in enumerate(groups, start=1):
        out.put("targets", ("target", seq), "kind", Reading(kind, kind or "", start, end))
        out.put("targets", ("target", seq), "text", Reading(text, text, start, end))
    if (found := _text(sections.get("s4", []))) is not None:
        out.put("alignments", 1, "text", Reading(found[0], found[0], found[1], found[2]))
    # (the copy's other text, as a skeleton, only where an action plan stands: steps.lost_between)
    printed = skeleton(" ".join([value for _, value, _, _ in parts.fields]
                                + [ln.text for key, section in sections.items() if key != "s6" for ln in section])
                       ) if sections.get("s6") else ""
    read_activities(sections.get("s6", []), out, printed)
    # the budget table's later rows OCR read past the risks' heading are the table's (budget.rows_past_heading)
    s7, s8 = budget_rows_past_heading(sections.get("s7", []), sections.get("s8", []))
    read_budget(s7, out, s8)
    # the risk table's columns OCR read past the benefits' heading are the table's (risks.table_past_heading)
    s8, s9 = table_past_heading(s8, sections.get("s9", []))
    # ... or its later rows' columns, the rows before them read across (risks.rows_past_heading)
    s8, s9, past = rows_past_heading(s8, s9)
    # ... or its last row's mitigation's end, the risk's end read before the heading (risks._parted_at_heading)
    s8, s9, tail = _tail_past_heading(s8, s9, out, past, margin)
    # ... or its mitigations' column, the rows read across before the heading (risks.mitigations_past_heading)
    mitigations, rest = mitigations_past_heading(s8, s9) if past is None and tail is None else ([], s9)
    read_risks(s8, out, past, tail)
    if mitigations and place_mitigations(mitigations, out):
        s9 = rest
    if not any(key[0] == "risk" for key in out.tables.get("findings", {})):
        # the form always prints its risk table (section 8); where none of its rows is read, they are lost
        if s8:
            out.issues.append(Issue("warning", "unread_cells", "risk table (section 8): no risk row read from its "
                                    "lines: its rows are lost", " ".join(ln.text for ln in s8)[:120], s8[0].no,
                                    s8[-1].no, field="findings"))
        else:
            out.issues.append(Issue("error", "missing_section", "section 8 ความเสี่ยงของโครงการ not found in this copy "
                                    "and no risk read: its rows are lost, or read as the text of the section before",
                                    "", out.line_start, out.line_end, field="findings"))
    benefits, lead = read_list(s9, "9", "expected benefit", "findings.seq", out, margin=margin,
                               item_opens=opens_beneficiary)
    for seq, text, start, end in benefits:
        out.put("findings", ("benefit", seq), "text", Reading(text, text, start, end))
        if _MITIGATION_TITLE_RE.search(text):
            # the risk table's mitigation column title inside a benefit: that column's cells, read past the
            # benefits' heading, ran into it (its text and the table's row are in doubt)
            out.issues.append(Issue("warning", "unread_cells", f"expected benefit {seq}: its text holds the risk "
                                    "table's column title แนวทางการบริหารความเสี่ยง: the table's mitigations, read past "
                                    "the benefits' heading, ran into it, so its text is in doubt", text[:60], start,
                                    end, field="findings.text"))
        elif s8 and (level := next((ln for ln in s9 if start < ln.no <= end
                                    and _LEVEL_ALONE_RE.fullmatch(ln.text.strip())), None)) is not None:
            # a risk's level alone on a line of a benefit's text (its score beside it at most, "น้อย", "๒ น้อย"): the
            # risk table read by its columns, its last row's cells past the benefits' heading, ran into the benefit
            # (fresh set s98o, bma_proposal_s98o002: "... กรุงเทพมหานคร" / "ไ153" / "น้อย" / "มีหนังสือแจ้ง...",
            # read as the benefit's text with no issue)
            out.issues.append(Issue("warning", "unread_cells", f"expected benefit {seq}: a line of its text is a "
                                    f"risk's level alone ({level.text.strip()!r}): the risk table's cells, read past "
                                    "the benefits' heading, ran into it, so its text is in doubt, and the table's "
                                    "last row may be lost", text[:60], start, end, field="findings.text"))
        elif s8 and (head := next((ln for ln in s9 if start < ln.no <= end and ln.text.strip()
                                   and (header_left(ln.text.replace("\t", " ").strip()) or 0) > 0), None)) is not None:
            # a line of a benefit's text that is the risk table's column titles alone ("ความเสี่ยง", the last piece
            # of แนวทางการบริหารความเสี่ยง): the table read by its columns, a column's cells past the benefits'
            # heading ran into the benefit (fresh set s110v, bma_proposal_s110v005: "- โรงเรียนมี..." /
            # "สามารถเผยแพร่..." / "ความเสี่ยง" / "ประสานโรงเรียน" / ..., read as the benefit's text with no issue)
            out.issues.append(Issue("warning", "unread_cells", f"expected benefit {seq}: a line of its text is the "
                                    f"risk table's column titles alone ({head.text.strip()!r}): that table's cells, "
                                    "read past the benefits' heading, ran into it, so its text is in doubt",
                                    text[:60], start, end, field="findings.text"))
        elif s8 and _unmitigated(out) \
                and len(narrow := _column_lines(s8, [ln for ln in s9 if start <= ln.no <= end])) >= 2:
            # lines no wider than a column of the risk table inside a benefit printed across the page, where a
            # risk's mitigation was not read: that column's cells, read past the benefits' heading, ran into it
            # (fresh set s117p001: "... ด้วยตนเองได้" / "สํารวจราคาวัสดุ" / "ก่อนจัดทําแผนการ" / ..., silent)
            out.issues.append(Issue("warning", "unread_cells", f"expected benefit {seq}: {len(narrow)} lines of its "
                                    "text are no wider than a column of the risk table, a risk's mitigation of "
                                    "which was not read: that column's cells, read past the benefits' heading, may "
                                    "have run into it, so its text is in doubt", text[:60], start, end,
                                    field="findings.text"))
    out.leave("unplaced_text", "text under the benefits heading before the first benefit"
              + ("" if benefits else ", and no benefit read: the rows it holds are lost"), lead,
              "findings.text" if benefits else "findings")
    if s8 and (scored := next((m for ln in lead if (m := _SCORE_LEVEL_RE.search(ln.text))), None)) is not None:
        # a risk row's score and level read past the benefits' heading (a risk table read by its columns, its last
        # row's cells after the section's end): that row's other cells ran into the rows read, and it may be lost
        out.issues.append(Issue("warning", "unread_cells", f"risk table (section 8): a risk's score and level "
                                f"({scored.group()!r}) stand after the benefits' heading, so the table's cells were "
                                "read past its end: a row may be lost, and the rows read may hold its cells",
                                scored.group(), s8[0].no, s8[-1].no, field="findings"))
    out.issues.extend(lost_first_item(benefits, lead, "benefit", "findings"))
    out.issues.extend(_cells_past_benefits(s8, lead, out))
    taken = read_kpis(sections.get("s10_1", []), out, sections.get("s10_2", []))
    if not out.tables.get("kpis"):
        # the form always prints its KPI table (10.1); where none of its rows is read (its heading OCR garbled
        # past finding, "10.1 MIHIMAIINGILIA", its lines left to section 10; or its cells past reading), they are
        # lost: said over the follow-up section's lines
        where = [ln for key in ("s10_1", "s10", "s10_2") for ln in sections.get(key, [])]
        out.issues.append(Issue("warning", "unread_cells", "KPI table (10.1): no indicator row read: its rows are "
                                "lost", " ".join(ln.text for ln in where)[:120],
                                min((ln.no for ln in where), default=out.line_start),
                                max((ln.no for ln in where), default=out.line_end), field="targets"))
    out.leave("unplaced_text", "text in the title block that no label opens", sections.get("lead", []), "projects")
    out.leave("unplaced_text", "text in section 5 that no label opens", sections.get("s5", []), "projects")
    # follow-up and evaluation (10, 10.2, 10.3) have no columns: their text counts against coverage only
    out.unplaced.extend(ln for key in ("s10", "s10_2", "s10_3") for ln in sections.get(key, [])
                        if key != "s10_2" or ln.no not in taken)


# Who an expected benefit is for, as the form's benefits open ("นักเรียนสามารถ...", "โรงเรียนมี...",
# "ข้าราชการครูและ...", "ผู้ปกครองและชุมชน..."): a line of a benefit's text that opens with one opens it.
_BENEFICIARIES = ("นักเรียน", "โรงเรียน", "ข้าราชการ", "ครู", "ผู้", "บุคลากร", "ชุมชน", "สถานศึกษา", "เด็ก",
                  "ประชาชน", "หน่วยงาน", "เครือข่าย")
# (a word of four letters or more as its letters, its marks as OCR left them: "ขั้าราชการ" with a mark added;
# a shorter one as printed, as "ผ" or "คร" open many other words)
_BENEFICIARY_RE = regex.compile(rf"^[^\u0e01-\u0e4e]{{0,3}}(?:([\u0e40-\u0e44])(?=\1))?(?:" + "|".join(
    mark_tolerant(w, spaces=False) if len(skeleton(w)) >= 4 else w for w in _BENEFICIARIES) + ")")


def opens_beneficiary(text: str) -> bool:
    """Whether a line opens an expected benefit by its words: it opens with
    whom the benefit is for (a speck or two before it aside: ": โรงเรียน...")."""
    return _BENEFICIARY_RE.match(text) is not None


# The risk table's mitigation column title ("แนวทาง การบริหาร ความเสี่ยง", OCR's spaces and marks aside): no
# benefit's words.
_MITIGATION_TITLE_RE = regex.compile(mark_tolerant("แนวทางการบริหารความเสี่ยง"))
# A line of a table's column is at most this share of the table's widest line; a paragraph's runs near the page's.
# (The mitigation column, the widest of five, wraps at up to two fifths of it: 21 of 52 in fresh set s123o's
# bma_proposal_s123o004, whose last mitigation read past the benefits' heading was left unplaced at a third.)
COLUMN_SHARE = 0.45


def _column_limit(table: list[Line]) -> float:
    """The widest a line of one of the risk table's columns is: COLUMN_SHARE
    of the table's widest line (tabs expanded)."""
    return COLUMN_SHARE * max(text_width(ln.text.expandtabs(8)) for ln in table)


def _unmitigated(out: CopyReading) -> bool:
    """Whether a risk row was read with no mitigation."""
    return any(isinstance(k, tuple) and k[0] == "risk" and "mitigation" not in rec
               for k, rec in out.tables.get("findings", {}).items())


def _column_lines(table: list[Line], lines: list[Line]) -> list[Line]:
    """The lines of words after the first of `lines` (a benefit's) that are
    no wider than a column of the risk table (COLUMN_SHARE of its widest
    line) and stand after a blank line (a cell of a column OCR read apart,
    not the benefit's own wrap), where the first is wider (the benefit
    printed across the page); [] otherwise."""
    words = [ln for ln in lines if THAI_RUN_RE.search(ln.text)]
    if not table or len(words) < 3:
        return []
    limit = _column_limit(table)
    if text_width(words[0].text.strip()) <= limit:
        return []
    return [ln for before, ln in zip(words, words[1:])
            if ln.no > before.no + 1 and text_width(ln.text.strip()) <= limit]


def _cells_past_benefits(table: list[Line], lead: list[Line], out: CopyReading) -> list[Issue]:
    """The risk table's last row said in doubt where text stands under the benefits' heading before the first
    benefit in lines no wider than a column of the table (COLUMN_SHARE of its widest line): OCR read the rest of
    a wrapped cell of the row, the mitigation's most often (the last column, the longest), past the heading
    ("... ไประสาน โรงเรียน ล่วงหน้าและ" / "9. ประโยชน์..." / "กำหนดวัน" / "จัดกิจกรรมให้"), so the row's
    cells read before it are cut, and the lines in its column may have run into another cell."""
    risks = [k for k in out.tables.get("findings", {}) if isinstance(k, tuple) and k[0] == "risk"]
    words = [ln for ln in lead if THAI_RUN_RE.search(ln.text)]  # (three Thai letters: no speck, "ฒ.@๑")
    if not table or not risks or not words:
        return []
    limit = _column_limit(table)
    if any(text_width(ln.text.strip()) > limit for ln in words):
        return []
    record = out.tables["findings"][max(risks, key=lambda k: (k[1] if isinstance(k[1], int) else 0))]
    start = min(r.line_start for r in record.values())
    end = max(r.line_end for r in record.values())
    past = " ".join(ln.text.strip() for ln in words)
    return [Issue("warning", "unread_cells", "risk table (section 8): text in lines no wider than its columns "
                  f"stands under the benefits' heading before the first benefit ({past[:40]!r}): a cell of its last "
                  "row wrapped past the heading, so that row's mitigation (and the text beside it) is in doubt",
                  past[:120], start, end, field="findings.mitigation")]
def _tail_past_heading(table: list[Line], after: list[Line], out: CopyReading, past: int | None,
                       margin: frozenset[int]) -> tuple[list[Line], list[Line], int | None]:
    """The risk table's lines and the benefits section's, with the lines
    under the benefits' heading before its first benefit given back to the
    table as its last row's mitigation's end, and the first of them (None,
    the lines unchanged, where not).  Only where the table was read across
    (risks.across_only) and those lines are text in lines no wider than a
    column of it (COLUMN_SHARE of its widest line; no score, level or
    title among them: _cells_past_benefits's shape), and the table's last
    row, read with them, parts at the heading (risks._parted_at_heading,
    tried on a scratch reading first)."""
    unchanged = (table, after, None)
    if past is not None or not table or not after or not across_only(table):
        return unchanged
    _, lead = read_list(after, "9", "expected benefit", "findings.seq",
                        CopyReading(out.index, out.line_start, out.line_end), margin=margin,
                        item_opens=opens_beneficiary)
    words = [ln for ln in lead if THAI_RUN_RE.search(ln.text)]
    limit = _column_limit(table)
    if not words or any(text_width(ln.text.strip()) > limit or _SCORE_LEVEL_RE.search(ln.text)
                        or _MITIGATION_TITLE_RE.search(ln.text) or not THAI_RUN_RE.search(ln.text)
                        for ln in lead if ln.text.strip()):
        return unchanged
    last = max(ln.no for ln in words)
    given = [ln for ln in after if ln.no <= last]  # (the lines the section opens with, as printed)
    if {ln.no for ln in given if ln.text.strip()} != {ln.no for ln in lead if ln.text.strip()}:
        return unchanged
    trial = CopyReading(out.index, out.line_start, out.line_end)
    read_risks(table + given, trial, None, words[0].no)
    if not any(i.code == "unread_cells" and i.field == "findings.mitigation" and i.line_end >= words[0].no
               and "under the benefits' heading" in i.message for i in trial.issues):
        return unchanged
    return table + given, [ln for ln in after if ln.no > last], words[0].no


_LEVEL_WORDS = "|".join(LEVEL_WORDS)  # (a risk's level as its row prints it, longest first)
# a risk's level alone on a line, its score before it at most ("น้อย", "๒ น้อย"): no benefit's line
_LEVEL_ALONE_RE = regex.compile(rf"(?:[1-5๑-๕]\s+)?(?:{_LEVEL_WORDS})")
# a risk's score and its level, as its row prints them side by side ("3 ปานกลาง", "๒ สูง"): no benefit's words
_SCORE_LEVEL_RE = regex.compile(rf"(?<![\d๐-๙.,])[1-5๑-๕]\s+(?:{_LEVEL_WORDS})(?![\u0e01-\u0e4e])")


def read_list(lines: list[Line], section: str, what: str, field_name: str, out: CopyReading,
              opens: Callable[[str], bool] | None = None,
              margin: frozenset[int] = frozenset(),
              item_opens: Callable[[str], bool] | None = None) -> tuple[list[tuple[int, str, int, int]], list[Line]]:
    """A section's numbered list ("2.1 ...", "๙.๒ ...") as (number, text,
    first line, last line): numbered by its sequence whatever OCR did to the
    printed numbers (parsers.bma_proposal.numbering); a list without numbers
    by its bullets or by what opens an item (parsers.items).  `item_opens`
    (default `opens`): what opens an item's text where the list's numbers
    stand in a column apart from its texts (numbering.numbers_apart)."""
    given = lines
    lines, lost = sub_numbers_lost(lines, section, opens or item_opens)
    lines = lone_first_bullet(lines, opens or item_opens)
    unlettered = lettered_inline(ones_inside(lines, opens or item_opens))
    lettered = lettered_as_bullets(unlettered, opens or item_opens)
    lines = read_bullets(lettered, item_opens, opens or item_opens)
    # (a lettered list's letter out of its sequence, "จ" after ค., is no bullet: lettered_as_bullets left it)
    lines = numbers_run_apart(bullet_ones(bullet_lookalikes(lines, opens or item_opens, letters=lettered is unlettered),
                                          item_opens), section, opens or item_opens)
    exploded = numbers_split(explode_sub(explode_inline(lines), section, opens), section, item_opens or opens)
    found = read_items(exploded, sub_opener(section, item_opens or opens), sub=True)
    if found is None and (apart := numbers_all_lost(exploded, item_opens or opens)) is not None:
        found = (apart, [])  # a column of numbers OCR read past every opener: its tokens number the texts
    if found is not None:
        items, lead = first_from_lead(*found)
        items, lead = numbers_above(items, lead, exploded, item_opens or opens)
        items = [it for it in items if it.text]
        if item_opens is not None:
            items, parted = part_opened(items, exploded, item_opens, what, field_name.split(".")[0])
            out.issues.extend(parted)
        if guessed := [it for it in items if it.guessed]:
            out.issues.append(Issue("warning", "unread_cells", f"{what}s printed apart from their numbers: where "
                                    f"{len(guessed)} texts part was told by a guess (the widths of lines: a line opening with an "
                                    f"{what}'s words wrapped under a line that reached the edge; or a line opening with "
                                    "a vowel or tone mark, the opening words OCR lost, and the column's last number "
                                    "lost with them; or texts one more than the column's numbers, a number lost), so "
                                    "each text is in doubt",
                                    "", min(it.start for it in guessed), max(it.end for it in guessed),
                                    field=f"{field_name.split('.')[0]}.text"))
        out.issues.extend(sequence_issues(items, what, field_name, sub=True))
        if (item_opens or opens) is not None:
            # (a numbered list read by its openers too, an objective's "เพื่อ": one whose number OCR lost with the
            # column of numbers read apart, a line of debris between, ran into the item above with no issue, fresh
            # set s98s, bma_proposal_s98s002)
            out.issues.extend(opened_inside(items, item_opens or opens, what, field_name.split(".")[0], section))
        got = [(it.number, it.text, it.start, it.end) for it in items]
    else:
        plain, lead = numbered_items(bullets_inside(lines, opens or item_opens), opens=opens, margin=margin)
        plain, lead = bullet_lost_first(plain, lead, lines, item_opens)
        if item_opens is not None:
            plain, parted = part_opened_plain(plain, lines, item_opens, what, field_name.split(".")[0])
            out.issues.extend(parted)
        got = [(seq, it.text, it.line_start, it.line_end) for seq, it in enumerate(plain, start=1)]
        out.issues.extend(opened_by_words_issues(plain, what, field_name.split(".")[0]))
        out.issues.extend(ones_inside_items(plain, lines, item_opens, what, field_name.split(".")[0]))
        out.issues.extend(opened_inside_plain(plain, lines, item_opens, what, field_name.split(".")[0]))
    for seq, _, start, end in got:
        if start in lost:
            out.issues.append(Issue("warning", "value_repaired", f"{what} {seq}: its number printed {lost[start]!r}, "
                                    f"the section's number alone (its item number lost): {what} {seq} by its place "
                                    "in the list", json.dumps({"rule": "item_sequence", "printed": lost[start],
                                                               "chosen": seq}, ensure_ascii=False),
                                    start, end, field=field_name))
    got, joined = between_letters(got, given, what, field_name.split(".")[0])
    out.issues.extend(joined)
    out.issues.extend(numbers_together(got, section, what, field_name.split(".")[0]))
    out.issues.extend(latin_marks_unread(given, what, field_name.split(".")[0]))
    out.issues.extend(latin_openers_inside(got, given, what, field_name.split(".")[0]))
    return got, lead


# A line of a list's number alone, as OCR left it: a digit, no Thai letter, one token or two ("2.4", "21", "2 2")
_NUMBER_LINE_RE = regex.compile(r"^(?=\S*[\d๐-๙])[^\s\u0e01-\u0e4e]{1,5}(?:\s[^\s\u0e01-\u0e4e]{1,3})?$")
def purposes_after_short(items: list[tuple[int, str, int, int]], lines: list[Line],
                         lead: list[Line] = ()) -> tuple[list[tuple[int, str, int, int]], list[Issue]]:
    """Objectives whose numbers OCR lost ("2.2", "2.3" gone, the texts left),
    read as one: a line inside an objective that opens with "เพื่อ" (what
    opens an objective, opens_purpose) right under a line that ends short of
    the list (under ENDED_SHARE of its widest line: the sentence before
    it ended there, where a line the page wrapped runs to the margin) opens
    the next objective; the text is cut there and the objectives after it
    numbered on, and both objectives are said in doubt (items_cut_in_doubt:
    were it a wrap after a short line, the list has one objective fewer).
    Before, the objectives after the first were lost with no issue naming
    them (fresh sets s73b, bma_proposal_s73b004, and s75o, bma_proposal_s75o002).
    A line of no Thai text before it (the objective's number alone, "2.4")
    ends no objective's text; a line with a bullet is the list readers'
    (a bulleted line inside an item is their call: extra4 t009).  Where the
    section prints its numbers apart, each alone on a line ("21", "2 2",
    "23", "2.4"), the cuts stand only where they give as many objectives as
    those numbers, which then number them; else which text is whose is not
    known, and nothing is cut."""
    text = {ln.no: ln.text.strip() for ln in lines if ln.kind == "text" and ln.text.strip()}
    marked = {ln.no for ln in lines if ln.bullet}  # a bulleted line the list's readers weighed: not this rule's
    spans = [[no for no in range(start, end + 1) if no in text] for _, _, start, end in items]
    widest = max((text_width(text[no]) for span in spans for no in span), default=0)
    cut: list[list[tuple[str, int, int]]] = []
    for (seq, body, start, end), span in zip(items, spans):
        pieces = [(body, start, end)]
        for before, no in zip(span, span[1:]):
            head, first, _ = pieces[-1]
            line = clean_value(text[no])
            if no in marked or not opens_purpose(line) or not THAI_RUN_RE.search(text[before]) \
                    or text_width(text[before]) >= ENDED_SHARE * widest or head.count(line) != 1:
                continue
            at = head.index(line)
            if at == 0 or not THAI_RUN_RE.search(head[:at]):
                continue
            pieces[-1] = (head[:at].strip(), first, before)
            pieces.append((head[at:].strip(), no, end))
        cut.append(pieces)
    if all(len(pieces) == 1 for pieces in cut):
        return items, []
    numbers = len({ln.no for ln in [*lead, *lines] if ln.kind == "text" and _NUMBER_LINE_RE.match(ln.text.strip())})
    total = sum(len(pieces) for pieces in cut)
    if numbers >= 2 and total != numbers:
        return items, []
    out: list[tuple[int, str, int, int]] = []
    issues: list[Issue] = []
    for (seq, *_), pieces in zip(items, cut):
        for k, (piece, first, last) in enumerate(pieces):
            number = len(out) + 1 if numbers >= 2 else (out[-1][0] + 1 if out else seq)
            out.append((number, piece, first, last))
            if k:
                issues.append(Issue("warning", "items_cut_in_doubt", f"objective {number} opens by its words "
                                    f"(เพื่อ) right under a line of objective {out[-2][0]} that ends short of the "
                                    "list's width (its sentence ended there): read as an objective whose number OCR "
                                    f"lost, or the wrap of objective {out[-2][0]} (its text would then go on)",
                                    piece, out[-2][2], last, field="objectives.text"))
    # were one a wrap, the list has an objective fewer: each from it on stands a place late
    issues.append(Issue("warning", "items_cut_in_doubt", "objectives read by cutting texts at a line opening with "
                        "เพื่อ under a short one: were one a wrap, each objective after it stands a place late",
                        "", out[0][2], out[-1][3], field="objectives.seq"))
    return out, issues


# A line opening with a number alone and a space, then text ("9 นักเรียนสามารถ..."): in a section's list, the
# section's number with its item number lost (sub_numbers_lost).
_NUMBER_ALONE_RE = regex.compile(r"^\s*(?P<tok>[\d๐-๙]{1,2})\s+(?P<rest>\S.*)$")


def sub_numbers_lost(lines: list[Line], section: str,
                     opens: Callable[[str], bool] | None) -> tuple[list[Line], dict[int, str]]:
    """A section's list whose items OCR printed with the section's number
    alone, the dot and item number lost ("9 นักเรียนสามารถ..." / "9 โรงเรียนมี..."
    for 9.1, 9.2 ...): where the list's first line and at least one more open
    with the section's number alone before words that open an item (`opens`),
    and no line opens with an item number of the section ("9.1") nor holds
    its own number cut off below (numbering.numbers_split), each such
    line is a bulleted item, its number left out (the caller numbers the items
    by their place and says so: value_repaired).  Returns the lines and, for
    each item so opened, its line number and printed token.  Before, no
    opener was read, the items ran together and their rows were lost."""
    if opens is None:
        return lines, {}
    def alone(ln: Line) -> regex.Match | None:
        m = _NUMBER_ALONE_RE.match(ln.text)
        return m if m is not None and not ln.bullet and thai_digits_to_arabic(m.group("tok")) == section \
            and opens(m.group("rest")) else None
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), None)
    found = {k: m for k, ln in enumerate(lines) if (m := alone(ln)) is not None}
    if first is None or first not in found or len(found) < 2:
        return lines, {}
    opener = sub_opener(section)
    if any(k not in found and opener(ln.text) is not None for k, ln in enumerate(lines)) \
            or numbers_split(lines, section, opens) != lines:
        return lines, {}  # (item numbers printed, or cut down their column: "9" / ". ..." / "1", numbers_split's)
    out = [Line(ln.no, found[k].group("rest"), ln.kind, True, ln.indent, ln.cols) if k in found else ln
           for k, ln in enumerate(lines)]
    for j, rest in _own_numbers_below(lines, sorted(found), opens).items():
        out[j] = Line(lines[j].no, rest, lines[j].kind, lines[j].bullet, lines[j].indent, lines[j].cols)
    return out, {lines[k].no: m.group("tok") for k, m in found.items()}


# An item's own number alone opening a line, words after it ("1 เทคโนโลยีดิจิทัล..."): the item number's own part
# cut down its column (numbering.numbers_split: "9" / "." / "1"), the dot lost with it.
_OWN_ALONE_RE = regex.compile(r"^\s*(?P<own>[1-9๑-๙])\s+(?P<rest>\S.*)$")
OWN_BELOW = 2  # lines with text under an item's first line the own part of its number may stand on (its dot lost)


def _own_numbers_below(lines: list[Line], openers: list[int], opens: Callable[[str], bool]) -> dict[int, str]:
    """In a list sub_numbers_lost opened on the section's number alone ("9 ข้าราชการครู..."), the own part of an
    item's number that OCR cut down its column and kept ("9" / "กรุงเทพมหานคร มีการ..." / "1 เทคโนโลยี...": its
    dot lost, or read into the line between), where the items after it lost theirs: a line among the first
    OWN_BELOW with text under item k's first line (before the next item's) that opens with k alone, before
    words that open no item.  Returns {line index: its words without the number}; before, the digit was read
    as a bullet (a round one OCR reads as ๑/1) and cut the item there, its wrapped words an item of their own
    and the items after it one place off (fresh set s65o, bma_proposal_s65o004's benefits; the committed
    extra3 bma_proposal_w008 prints every item's own part so, numbers_split's)."""
    out: dict[int, str] = {}
    for place, (k, end) in enumerate(zip(openers, [*openers[1:], len(lines)]), start=1):
        below = [j for j in range(k + 1, end) if lines[j].text.strip()][:OWN_BELOW]
        for j in below:
            m = _OWN_ALONE_RE.match(lines[j].text)
            if m is not None and not lines[j].bullet and int(thai_digits_to_arabic(m.group("own"))) == place \
                    and not opens(m.group("rest")):
                out[j] = m.group("rest")
                break
    return out


# A round bullet ("•") OCR read as the Thai digit one, a token of its own opening a line or inside it ("...
# การศึกษา ๑ ข้าราชการครู..."), and the marks a bullet is read as otherwise, or a list number other than one,
# each before what opens an item.
_ONE_INSIDE_RE = regex.compile(r"(?:^|(?<=\s))๑[.,]?\s+(?=\S)")
_ONE_AT_END_RE = regex.compile(r"(?<=\S\s{1,3})๑[.,]?\s*$")
# The bullet read as "๑" with the space after it lost, glued to the item's first word ("๑ผู้ปกครองและชุมชน...",
# "๑เพื่อคัดสรร..."): no word opens with a digit, so it is the bullet where the words after it open an item.
_GLUED_ONE_RE = regex.compile(r"^\s*(?P<mark>๑)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# A round bullet OCR read as a digit of its shape that is no next number of a list numbered from one ("6",
# "๖", "0", "๐"), bare (no closing mark), a token of its own
_ROUND_LOOKALIKE_RE = regex.compile(r"\s*[6๖0๐]\s+")
_LEAD_ONE_RE = regex.compile(r"^\s*[=~+«»·•*°º.]?๑[.,]?\s+(?=\S)")
_MARK_TOKEN_RE = regex.compile(r"(?:^|(?<=\s))[=~+«»·•*°º]\s+(?=\S)")
_NUMBER_TOKEN_RE = regex.compile(r"(?:^|(?<=\s))\(?(?P<n>[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})?)[.,)]?\s+(?=\S)")
# A count before its noun ("จำนวน ๑ โรงเรียน", "ละ ๑ ผลงาน"), or its noun after it repeated or before a
# rate or figure ("๑ โรงเรียนๆ ละ", "๑ โรงเรียน ๑๕,๐๐๐"): the one is a figure there, no bullet.
_COUNT_BEFORE_RE = regex.compile(rf"(?:{mark_tolerant('จำนวน', spaces=False)}|ละ)\s*$")
_COUNT_AFTER_RE = regex.compile(r"\S{1,10}ๆ(?!\S)|\S{1,10}\s+(?:ละ|[\d๐-๙])")


def lone_first_bullet(lines: list[Line], opens: Callable[[str], bool] | None) -> list[Line]:
    """A bulleted list whose first bullet OCR read as a look-alike ("๑", ".", "»", "«", "+") standing alone
    on the list's first line, its item's text on the next: the heading printed on the line of a list run on
    as text ("2. วัตถุประสงค์ ๑" / "เพื่อส่งเสริม..."), cut off with it.  The lone mark is left out and the
    next line, where it opens an item by its words (`opens`), is its bulleted item; no other line may open
    with an item number (a list numbered 1, 2, ... keeps its numbers: a lone "๑" may be its first).  Before,
    the "๑" was read as item 1's number, every item after it ran on into item 1 and their rows were lost
    with no issue naming them.  The mark may be read as an Arabic "1" too, and the item's words may follow
    a speck of one character that is no Thai letter nor digit ("1" / "s เพื่อคัดสรร..." / ". เพื่อสร้าง...":
    fresh set s46z bma_proposal_s46z002; the speck is left out).  Any other list as it is."""
    if opens is None:
        return lines
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None or lines[first].text.strip() not in _BULLET_ALONE | {"1"}:
        return lines
    nxt = next((k for k in range(first + 1, len(lines)) if lines[k].text.strip()), None)
    if nxt is None or lines[nxt].bullet:
        return lines
    text = lines[nxt].text
    if not opens(text):
        speck = _SPECK_BEFORE_RE.match(text)
        if speck is None or not opens(text[speck.end():]):
            return lines
        text = text[speck.end():]
    if any(split_item_number(ln.text)[0] is not None for k, ln in enumerate(lines) if k != first):
        return lines
    ln = lines[nxt]
    return [*lines[:first], *lines[first + 1: nxt], Line(ln.no, text, ln.kind, True, ln.indent, ln.cols),
            *lines[nxt + 1:]]


# A speck OCR left before an item's words: one character, no Thai letter or digit, a token of its own ("s เพื่อ...")
_SPECK_BEFORE_RE = regex.compile(r"^\s*[^\s\u0e01-\u0e5b\d]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# ... or a symbol of no letter, digit or mark with a speck of a dot after it ("° .เพื่อ..."): a lettered item's
# letter and dot ("a. เพื่อ...") is no such speck
_SYMBOL_DOT_BEFORE_RE = regex.compile(r"^\s*[^\s\p{L}\p{N}\p{M}()\[\]{}<>]\s*\.\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def ones_inside(lines: list[Line], opens: Callable[[str], bool] | None) -> list[Line]:
    """A bulleted list printed as running text (a form printed on one line)
    whose round bullets OCR read as the Thai digit one, inside lines and at
    their starts ("๑ ผู้ปกครอง... การศึกษา ๑ ข้าราชการครู... ของนักเรียน «
    โรงเรียนมี... ได้ ๑ โรงเรียนมี...": fresh set pr23/set1 bma_proposal_pr23a007's
    benefits and objectives): the ones made no list (a list numbered 1 never
    goes on to 1 again), so the items ran together.  A "๑" standing as a
    token before what opens an item (`opens`) is a bullet where the section
    holds two such or one and another bullet (a line bulleted, a bullet's
    look-alike before an item), and no other number opens an item (a list
    numbered 1, 2, ... keeps its numbers); a one after a count's word
    ("จำนวน ๑ โรงเรียน") or before a noun repeated or a rate ("๑ โรงเรียนๆ ละ")
    is a figure.  A "๑" glued to the words opening a line ("๑เพื่อคัดสรร...": the space after the
    bullet lost) counts as one too.  It is given as a bullet's look-alike
    ("·"), which the list's readers cut at (parsers.items.bullets_inside)."""
    if opens is None or not any("๑" in ln.text for ln in lines):
        return lines
    ones = [(k, m) for k, ln in enumerate(lines) for m in _ONE_INSIDE_RE.finditer(ln.text)
            if opens(ln.text[m.end():]) and _COUNT_BEFORE_RE.search(ln.text, 0, m.start()) is None
            and _COUNT_AFTER_RE.match(ln.text, m.end()) is None]
    # a one ending a line whose next line opens an item ("... ด้วยตนเองได้ ๑" / "โรงเรียนมี..."): the next
    # item's bullet, the page having wrapped after it (a count's one, "จำนวน ๑" / "โรงเรียนๆ ละ", is none)
    ones += [(k, m) for k, (ln, nxt) in enumerate(zip(lines, lines[1:]))
             if (m := _ONE_AT_END_RE.search(ln.text)) is not None and opens(nxt.text)
             and _COUNT_BEFORE_RE.search(ln.text, 0, m.start()) is None and _COUNT_AFTER_RE.match(nxt.text) is None]
    # a one glued to the words opening a line ("๑เพื่อคัดสรร...": OCR lost the space after the bullet), no count
    # word ending the line above ("จำนวน" / "๑โรงเรียน")
    ones += [(k, m) for k, ln in enumerate(lines) if (m := _GLUED_ONE_RE.match(ln.text)) is not None
             and opens(ln.text[m.end():]) and _COUNT_AFTER_RE.match(ln.text, m.end()) is None
             and (k == 0 or _COUNT_BEFORE_RE.search(lines[k - 1].text) is None)]
    if not ones:
        return lines
    marks = sum(ln.bullet for ln in lines) + sum(1 for ln in lines for m in _MARK_TOKEN_RE.finditer(ln.text)
                                                 if opens(ln.text[m.end():]))
    others = [(k, m) for k, ln in enumerate(lines) for m in _NUMBER_TOKEN_RE.finditer(ln.text)
              if m.group("n") not in "๑1" and opens(ln.text[m.end():])]
    if others and all(m.start() == 0 and _ROUND_LOOKALIKE_RE.fullmatch(m.group(0)) for _, m in others):
        # the other round bullets read as a digit no list numbered from one goes on with ("๑ โรงเรียนมี..." /
        # "6 ผู้ปกครอง..."), bare, opening their lines: bullets as the ones are
        ones, others = ones + others, []
    if len(ones) + min(marks, 1) < 2 or others:
        return lines
    out = list(lines)
    for k in sorted({k for k, _ in ones}):
        ln, text = lines[k], lines[k].text
        for m in sorted((m for j, m in ones if j == k), key=lambda m: m.start(), reverse=True):
            text = text[: m.start()] + "· " + text[m.end():]
        out[k] = Line(ln.no, text, ln.kind, ln.bullet, ln.indent, ln.cols)
    # the list's first bullet read as a one, a mark at most before it ("»๑ เพื่อส่งเสริม..."), opening its first
    # line: a bullet too, not item 1's number (every item after it would run on into item 1)
    first = next((k for k, ln in enumerate(out) if ln.text.strip()), None)
    if first is not None and not out[first].bullet and (m := _LEAD_ONE_RE.match(out[first].text)) is not None \
            and opens(out[first].text[m.end():]):
        ln = out[first]
        out[first] = Line(ln.no, ln.text[m.end():], ln.kind, True, ln.indent, ln.cols)
    return out


LEAD_SHARE = 0.6  # share of a list's widest line below which a lead's lines are a table column's, no item's


def bullet_lost_first(items: list[PlainItem], lead: list[Line], lines: list[Line],
                      item_opens: Callable[[str], bool] | None) -> tuple[list[PlainItem], list[Line]]:
    """A bulleted list whose first item OCR read without its bullet (" โรงเรียนมี..." / "- โรงเรียนมี..."):
    the text under the heading before the first bullet, from a line that opens as the list's items do by
    their words (`item_opens`: whom a benefit is for), is the first item, when every item read opens with
    a bullet and that text introduces nothing ("... ดังนี้", "... :").  Lines before that one (specks)
    stay the lead's; any other list as it is.  A text of two lines or more all narrower than LEAD_SHARE of
    the list's widest line is a table column's wrapped cell read past the heading (the risk table's
    mitigations), no item: it stays the lead's."""
    if not items or not lead or item_opens is None:
        return items, lead
    bulleted = {ln.no for ln in lines if ln.bullet}
    start = next((k for k, ln in enumerate(lead) if item_opens(ln.text)), None)
    if start is None or not all(it.line_start in bulleted for it in items) or INTRODUCES_RE.search(lead[-1].text):
        return items, lead
    # two lines or more all narrower than the list's text: a table column's wrapped cell (the risk table's
    # mitigations OCR read past the heading: "โรงเรียน" / "เป็นระยะๆ และ" / "การแจ้งข่าวทาง"), no benefit
    body = [ln for ln in lead[start:] if ln.text.strip()]
    widest = max((text_width(ln.text) for ln in lines if ln.no >= items[0].line_start), default=0)
    if len(body) >= 2 and all(text_width(ln.text) < LEAD_SHARE * widest for ln in body):
        return items, lead
    texts = [ln.text for ln in lead[start:]]
    first = PlainItem(None, clean_value(join_wrapped(texts)), lead[start].no, lead[-1].no)
    return [first, *items], lead[:start]


# A list lettered in the Thai alphabet's order ("ก. ...", "ข. ...", "ค. ..."): ฃ and ฅ are never used.
_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
# A letter and a dot (or bracket, or the dot OCR read as a comma: "ก, โรงเรียน...") at a line's start, then a
# space: not an abbreviation ("ก.ค.", "ส.ค.").
_LETTER_RE = regex.compile(r"^\s*\(?(?P<letter>[ก-ฮ])\s?[.,)]\s+(?![ก-ฮ]\.)(?=\S)")
# A Latin letter OCR read for one of those ("a. โรงเรียน..."), then Thai text; a speck of a dot or quote OCR
# left after its mark, alone, is the mark's ("A. . ข้าราชการ...").
_LATIN_LETTER_RE = regex.compile(
    r"^\s*\(?(?P<letter>[A-Za-z])\s?[.)]\s+(?:[.,'‘’]\s+)?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# A Latin letter mark whose item's first word OCR read as Latin letters too ("a. un เรียนสามารถ..." for
# ค. นักเรียนสามารถ...): not read as an item (see latin_marks_unread).
_LATIN_MARK_LATIN_WORD_RE = regex.compile(r"^\s*\(?[A-Za-z]\s?[.)]\s+[A-Za-z]{1,3}\s+[\u0e01-\u0e2e\u0e40-\u0e44]")
# ... or a digit OCR read for one ("0." for ง.): only in a list two Thai letters in their places prove, before
# an item's words (two Thai characters or more: a line of specks, "๕<tab>.<tab>ง<tab>a", OCR's reading of a
# speckled line between two items, is none; before, it was read as item ข., the true ข. item, its letter read
# "a).", run into it: fresh set s130o, bma_proposal_s130o002)
_DIGIT_LETTER_RE = regex.compile(
    r"^\s*\(?(?P<letter>[0-9๐-๙])\s?[.)]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e])")


# A letter mark inside a line ("... ได้ ข. ข้าราชการ..."), or at its end ("... ค." / "โรงเรียน...").
_INLINE_LETTER_RE = regex.compile(r"(?:^|(?<=\s))(?P<letter>[ก-ฮ])\.(?=\s|$)")


def lettered_inline(lines: list[Line]) -> list[Line]:
    """A lettered list printed as running text ("ก. ... ข. ... ค. ..." inside lines, a form printed on
    one line or wrapped anywhere): each line cut before every letter mark that is the next of the
    alphabet's order from ก, when ก and ข both stand so; a mark left alone at a line's end ("ค.") takes
    the next line's text as its item's.  Other lines, and text with no such run, are kept as they are."""
    found: list[tuple[int, int]] = []  # (line index, position) of each mark in the order
    expected = 0
    for i, ln in enumerate(lines):
        for m in _INLINE_LETTER_RE.finditer(ln.text):
            if expected < len(_LETTERS) and m.group("letter") == _LETTERS[expected]:
                found.append((i, m.start()))
                expected += 1
    if expected < 2:
        return lines
    cuts: dict[int, list[int]] = {}
    for i, pos in found:
        cuts.setdefault(i, []).append(pos)
    out: list[Line] = []
    for i, ln in enumerate(lines):
        bounds = sorted({0, *cuts.get(i, []), len(ln.text)})
        for a, b in zip(bounds, bounds[1:]):
            piece = ln.text[a:b].strip()
            if piece:
                out.append(Line(ln.no, piece, ln.kind, ln.bullet if a == 0 else False, ln.indent, ln.cols))
    merged: list[Line] = []
    k = 0
    while k < len(out):
        ln = out[k]
        if regex.fullmatch(r"[ก-ฮ]\.", ln.text) and k + 1 < len(out) and not out[k + 1].bullet:
            merged.append(Line(ln.no, f"{ln.text} {out[k + 1].text}", ln.kind, False, ln.indent, ln.cols))
            k += 2
            continue
        merged.append(ln)
        k += 1
    return merged


def lettered_as_bullets(lines: list[Line], opens: Callable[[str], bool] | None = None) -> list[Line]:
    """A list whose items are lettered ก. ข. ค. ... (at least two lines opening with the letters in
    their order from ก; a Latin letter OCR read for one, "a.", stands in its place) with each letter
    taken for a bullet, so the list readers group its items as a bulleted list's; other lines, and a
    list that is not so lettered, are kept as they are.  A list whose letters after its first OCR all
    read as Latin ones ("ก. ..." / "a. ..." for ข, and "a. ..." for ค ...) is one too: its first letter
    is ก, each next line opening with a letter stands for the next; and so is "A." / "ข." or "a." / "ข." (its first
    letter a Latin one OCR reads for ก, _latin_for_first, its second ข in its place).  Where two Thai letters in their places prove the
    list, its first letter may be the Latin one OCR reads for ก ("A."), and a digit with its dot
    ("0." for ง) stands in a letter's place too; so does, after the list's
    last letter, a short token OCR made of one ("จุ," for ง.: see
    _letters_damaged_after), before words that open an item (`opens`)."""
    marks = lettered_marks(lines)
    if marks is None and opens is not None:
        marks = _first_letter_damaged(lines, opens) or _second_letter_damaged(lines, opens)
    if marks is not None:
        marks = _next_letters_dot_lost(lines, marks)
    if marks is not None and opens is not None:
        marks = _letters_damaged_after(lines, marks, opens)
    return lines if marks is None else _marks_as_bullets(lines, marks)


def _first_letter_damaged(lines: list[Line], opens: Callable[[str], bool]) -> list[tuple[int, regex.Match]] | None:
    """A lettered list whose first letter ก OCR damaged past any letter's
    shape ("fl. เพื่อให้..."), the letters after it Thai ones in their places
    from ข (two or more: "ข." "ค."): the list's first text line opening with a
    short token and its dot (_DAMAGED_LETTER_RE) before words that open an
    item (`opens`) stands in ก's place.  The marks with it; None where the
    lines are no such list.  Before, the token was taken for a damaged
    number, the list for a numbered one, and the lettered items ran into the
    first (their rows lost)."""
    found = [(i, m) for i, ln in enumerate(lines) if not ln.bullet and (m := _LETTER_RE.match(ln.text))]
    if len(found) < 2 or [m.group("letter") for _, m in found] != list(_LETTERS[1:len(found) + 1]):
        return None
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None or first >= found[0][0] or lines[first].bullet:
        return None
    m = _DAMAGED_LETTER_RE.match(lines[first].text)
    if m is None or _LATIN_LETTER_RE.match(lines[first].text) or not opens(lines[first].text[m.end():]):
        return None
    return [(first, m), *found]


def _second_letter_damaged(lines: list[Line], opens: Callable[[str], bool]) -> list[tuple[int, regex.Match]] | None:
    """A lettered list whose first line of Thai opens with ก and its dot, and
    whose second letter OCR damaged past any letter's shape ("VU. นักเรียน..."
    for ข. นักเรียน...): the first later line that opens with a short token
    and its dot (_DAMAGED_LETTER_RE, no letter of its own) before words that
    open an item (`opens`) stands in ข's place (the letters after it, so
    damaged too, follow: _letters_damaged_after).  The two marks; None
    where the lines are no such list.  Before, a list of two benefits so
    printed was read as one, the second's text the first's (fresh set s90o,
    bma_proposal_s90o002)."""
    # (a speck before it, no Thai letter in it, aside: the heading's rule, "|")
    first = next((i for i, ln in enumerate(lines) if THAI_LETTER_RE.search(ln.text)), None)
    if first is None or lines[first].bullet or (m := _LETTER_RE.match(lines[first].text)) is None \
            or m.group("letter") != _LETTERS[0]:
        return None
    for i in range(first + 1, len(lines)):
        ln = lines[i]
        if ln.bullet or _LETTER_RE.match(ln.text) or _DIGIT_LETTER_RE.match(ln.text):
            return None  # (a letter of its own: the rules above read it)
        if (d := _DAMAGED_LETTER_RE.match(ln.text)) is not None and not _LATIN_LETTER_RE.match(ln.text) \
                and opens(ln.text[d.end():]):
            return [(first, m), (i, d)]
    return None


def _next_letters_dot_lost(lines: list[Line], marks: list[tuple[int, regex.Match]]) -> list[tuple[int, regex.Match]]:
    """The marks of a lettered list (lettered_marks: its letters proved in
    their order) with, after its last letter, each line opening with the
    list's next letter alone and a space before Thai text (_DOT_LOST_LETTER_RE:
    "ง ข้าราชการครู..." after "ก." "ข." "a."): that letter, its dot lost, in
    its place.  A letter alone is no Thai word (ณ, one, is never a next letter
    taken here); the letter must be the very next one.  Before, the item ran
    into the one above it and its row was lost with no issue naming it
    (fresh set s46z bma_proposal_s46z005's benefits)."""
    def next_letter(text: str, k: int) -> regex.Match | None:
        m = _DOT_LOST_LETTER_RE.match(text)
        return m if m is not None and m.group("letter") == _LETTERS[k] != "ณ" else None
    return _letters_after(lines, marks, next_letter)


def _letters_after(lines: list[Line], marks: list[tuple[int, regex.Match]],
                   take: Callable[[str, int], regex.Match | None]) -> list[tuple[int, regex.Match]]:
    """`marks` with, after the list's last letter, each line up to a bullet,
    a letter of its own or the alphabet's end whose text `take` (text, the
    count of letters so far) gives a mark for."""
    out = list(marks)
    for i in range(marks[-1][0] + 1, len(lines)):
        ln = lines[i]
        if ln.bullet or len(out) >= len(_LETTERS):
            break
        if (m := _DIGIT_LETTER_RE.match(ln.text)) is not None \
                and int(thai_digits_to_arabic(m.group("letter"))) == len(out) + 1:
            # a digit and its dot that counts the letter's place ("4." where ง, the fourth letter, stands: OCR
            # read the letter as the digit of its place); before, the item ran into the one above it and the list
            # stopped there, its rows lost (fresh set s87o, bma_proposal_s87o002's benefits)
            out.append((i, m))
            continue
        if _LETTER_RE.match(ln.text) or _LATIN_LETTER_RE.match(ln.text) or _DIGIT_LETTER_RE.match(ln.text):
            break  # a letter of its own: not these rules'
        if (m := take(ln.text, len(out))) is not None:
            out.append((i, m))
    return out


# A list's letter OCR damaged past any letter's shape: a short token (one to three characters, no space) and
# its dot or comma opening the line, a stray quote or bracket glued to the word after it ("จุ, 'เพื่อส่งเสริม..."
# for ง. เพื่อส่งเสริม...).
_DAMAGED_LETTER_RE = regex.compile(r"^\s*\(?(?P<letter>[^\s.,]{1,3})[.,)]\s*['‘’\"`(]?\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# ... or as a Latin letter alone, its dot lost ("a เพื่อพัฒนาผู้เรียน..." for ง. เพื่อพัฒนา...)
_DOTLESS_LATIN_RE = regex.compile(r"^\s*\(?(?P<letter>[A-Za-z])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _letters_damaged_after(lines: list[Line], marks: list[tuple[int, regex.Match]],
                           opens: Callable[[str], bool]) -> list[tuple[int, regex.Match]]:
    """The marks of a lettered list (lettered_marks: its letters proved in
    their order) with, after its last letter, each line that opens with a
    letter OCR damaged (_DAMAGED_LETTER_RE; a Latin letter alone, its dot
    lost: _DOTLESS_LATIN_RE) before words that open an item
    (`opens`: an objective's "เพื่อ"): the list's next letter, in its
    place.  No text of an item opens a wrapped line with a short token and
    a dot before an item's opening words.  Before, the item ran into the one
    above it and its row was lost with no issue naming it."""
    def damaged(text: str, _k: int) -> regex.Match | None:
        m = _DAMAGED_LETTER_RE.match(text) or _DOTLESS_LATIN_RE.match(text)
        return m if m is not None and opens(text[m.end():]) else None
    return _letters_after(lines, marks, damaged)


def lettered_marks(lines: list[Line]) -> list[tuple[int, regex.Match]] | None:
    """The (index, match) of each line a lettered list's letter opens, the
    k-th the list's k-th letter (see lettered_as_bullets); None where the
    lines are no list so lettered."""
    marks = [(i, m) for i, ln in enumerate(lines)
             if not ln.bullet and (m := _LETTER_RE.match(ln.text) or _LATIN_LETTER_RE.match(ln.text))]
    # a letter whose dot OCR read as the mark below it ("ขุ นักเรียน..." for ข. นักเรียน...) stands in its place
    # where the list is proved with it, every letter in its place ("A." / "ขุ ...": before, the second item ran
    # into the first, its row lost with no issue naming it: fresh set s87a, bma_proposal_s87a005's benefits)
    taken = {i for i, _ in marks}
    dotted = [(i, m) for i, ln in enumerate(lines)
              if i not in taken and not ln.bullet and (m := _DOT_AS_MARK_LETTER_RE.match(ln.text))]
    if dotted and (with_dotted := _proved(sorted(marks + dotted, key=lambda im: im[0]), lines, False)) is not None:
        return with_dotted
    return _proved(marks, lines)


def _proved(marks: list[tuple[int, regex.Match]], lines: list[Line], skips: bool = True
            ) -> list[tuple[int, regex.Match]] | None:
    """`marks` where they prove a lettered list (lettered_marks); else, with
    `skips`, the list whose letters skip one (_dot_lost_between), or None."""
    if sum(1 for _, m in marks if m.re is _LETTER_RE) >= 2:
        marks = sorted(marks + [(i, m) for i, ln in enumerate(lines)
                                if not ln.bullet and (m := _DIGIT_LETTER_RE.match(ln.text))], key=lambda im: im[0])
    # each Thai letter in its place in the alphabet's order; a Latin letter OCR read for one ("a." for ค)
    # stands in its place, when two Thai letters or more prove the list, or the list opens with ก and has
    # two items or more, every letter after its ก a Latin one (OCR read ข ค ง ... alike: "ก." / "a." / "a." / "a.")
    thai = [(k, m.group("letter")) for k, (_, m) in enumerate(marks) if m.re in (_LETTER_RE, _DOT_AS_MARK_LETTER_RE)]
    # (a list of two items whose first letter OCR read as a Latin letter it reads for ก, "A." / "ข.", is the
    # mirror of "ก." / "a.": its second letter ข in its place proves it)
    second = len(marks) == 2 and thai == [(1, _LETTERS[1])] and _latin_for_first(marks[0][1])
    proved = len(thai) >= 2 or (len(marks) >= 2 and thai == [(0, _LETTERS[0])]) or second
    # a Latin letter opens the list only where it is one OCR reads for ก ("A." its look-alike, normalizers.text
    # CONFUSABLE_LETTERS, or "a.", _latin_for_first) and two Thai letters after it prove the list, or ข after it
    # in a list of two
    opened = marks and (marks[0][1].re is _LETTER_RE or (len(thai) >= 2 and _latin_for_first(marks[0][1])) or second)
    if not proved or not opened or len(marks) > len(_LETTERS) or any(letter != _LETTERS[k] for k, letter in thai):
        return _dot_lost_between(lines, marks) if skips else None
    return marks


# A letter alone and a space at a line's start, then Thai text ("ย นักเรียน..."): a list's letter whose dot
# OCR lost, the letter itself misread (ข read ย).
_DOT_LOST_LETTER_RE = regex.compile(r"^\s*(?P<letter>[ก-ฮ])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# The same letter with its dot read as the vowel mark below a letter (ุ or ู, a dot under the line): "ขุ ข้าราชการ..."
# for "ข. ข้าราชการ...", or the mark a speck with the dot kept after it ("ขู. โรงเรียนมี...", "ขุ .เพื่อพัฒนา...": the
# dot past a space, glued to the item's words); taken only between two letters of a proved list that skip its place
# (no word is a letter and such a mark alone, or with a dot, before a space in a list's letter's place)
_DOT_AS_MARK_LETTER_RE = regex.compile(
    r"^\s*(?P<letter>[ก-ฮ])[\u0e38\u0e39](?:[.,]?\s+|\s+[.,]\s*)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# A list's letter OCR read as a short token of no Thai letter, with its dot ("al. เพื่อให้..." for ข.): taken only
# between two letters of a proved list that skip its place (_dot_lost_between)
_DAMAGED_MARK_RE = regex.compile(r"^\s*\(?(?P<letter>[^\s.,\u0e01-\u0e4e]{1,3})[.,)]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _dot_lost_between(lines: list[Line], marks: list[tuple[int, regex.Match]]) -> list[tuple[int, regex.Match]] | None:
    """A list lettered from ก in Thai letters alone whose letters skip one
    between two of them ("ก. ..." / "ย นักเรียน..." / "ค. ..."), where one line
    between those two opens with a letter alone (or with its dot read as the
    mark below a letter, "ขุ ...", or a token of no Thai letter and its dot,
    "al. ...": _DAMAGED_MARK_RE) and a space: that line's letter stands in
    the skipped one's place (its dot lost, the letter misread).  The marks
    with it; None where the list is no such one.  (Before the damaged token
    was taken, a list "ก." / "al." / "ค." / "ง." read as one item from "al."
    on, its first item lost: fresh set s64z, bma_proposal_s64z004.)"""
    if len(marks) < 2 or any(m.re is not _LETTER_RE for _, m in marks) or marks[0][1].group("letter") != _LETTERS[0]:
        return None
    out = [marks[0]]
    for (i1, m1), (i2, m2) in zip(marks, marks[1:]):
        a, b = _LETTERS.find(m1.group("letter")), _LETTERS.find(m2.group("letter"))
        if b == a + 2:
            between = [(k, m) for k in range(i1 + 1, i2)
                       if not lines[k].bullet and (m := _DOT_LOST_LETTER_RE.match(lines[k].text)
                                                   or _DOT_AS_MARK_LETTER_RE.match(lines[k].text)
                                                   or _DAMAGED_MARK_RE.match(lines[k].text))]
            if len(between) != 1:
                return None
            out.append(between[0])
        elif b != a + 1:
            return None
        out.append((i2, m2))
    return out if len(out) > len(marks) else None


def between_letters(got: list[tuple[int, str, int, int]], given: list[Line], what: str,
                    table: str) -> tuple[list[tuple[int, str, int, int]], list[Issue]]:
    """Items of a lettered list that open by their words alone (no letter)
    on a line between two lines its letters open in their order (ข, then ค):
    no item stands between two letters that run on, so the line is the wrap
    of the item above whose words open as an item's do ("...จัดกิจกรรมการ
    เรียนรู้" / "เพื่อพัฒนาการอ่าน..."): joined to it, renumbered after, and
    said (items_cut_in_doubt).  Before, the wrap was an item of its own, and
    the items after it each took the next one's number, with no issue."""
    marks = lettered_marks(given)
    if marks is None or len(got) < 2:
        return got, []
    lettered = [given[i].no for i, _ in marks]
    inside = {k for k, (_, _, start, _) in enumerate(got) if k and start not in lettered
              and any(a < start < b for a, b in zip(lettered, lettered[1:]))}
    if not inside:
        return got, []
    out: list[tuple[int, str, int, int]] = []
    issues = []
    for k, (_, text, start, end) in enumerate(got):
        if k in inside:  # (never the first item: out holds the one above)
            n, before, a, _ = out[-1]
            out[-1] = (n, clean_value(join_wrapped([before, text])), a, end)
            issues.append(Issue("warning", "items_cut_in_doubt", f"a line opening as a {what} opens between two "
                                f"{what}s whose letters run on: no {what} stands there, so it is the wrap of {what} "
                                f"{n} (joined)", text[:120], a, end, field=f"{table}.text"))
            continue
        out.append((len(out) + 1, text, start, end))
    return out, issues


def latin_marks_unread(lines: list[Line], what: str, table: str) -> list[Issue]:
    """A list lettered ก. ข. ... (two Thai letters or more in their places from ก) with a line that opens
    with a Latin letter and a dot, then a short Latin word, then Thai text ("a. un เรียนสามารถ..." for
    ค. นักเรียนสามารถ...): an item whose letter and first word OCR both read as Latin letters, which no
    reader takes for an item (its first word may as well be a damaged number's), so it runs into the item
    above: that item's text and the items from it on are in doubt, said from that line to the list's end
    (before, the lost item was silent)."""
    letters = [m.group("letter") for ln in lines if not ln.bullet and (m := _LETTER_RE.match(ln.text))]
    if len(letters) < 2 or letters[:2] != list(_LETTERS[:2]):
        return []
    found = [ln for ln in lines if _LATIN_MARK_LATIN_WORD_RE.match(ln.text)]
    if not found:
        return []
    end = max(ln.no for ln in lines if ln.text.strip())
    return [Issue("warning", "unread_cells", f"a line of the lettered {what}s opens with a Latin letter and a dot "
                  f"and a Latin word ({ln.text.strip()[:12]!r}): an item whose letter and first word OCR misread, "
                  f"not read as an item, so it ran into the {what} above, whose text is in doubt, and the "
                  f"{what}s after it may be numbered short: a row lost", ln.text.strip()[:60], ln.no, end,
                  field=table)  # the table: a row lost, the text above in doubt
            for ln in found]


# A line opening with a word of Latin letters alone, then Thai text ("tila สร้างเครือข่าย..." for "• เพื่อสร้าง
# เครือข่าย..."): the bullet and the item's first word OCR read as Latin letters together.
_LATIN_OPENER_RE = regex.compile(r"^\s*[A-Za-z]{2,5}\s+[\u0e01-\u0e2e\u0e40-\u0e44]")


def latin_openers_inside(got: list[tuple[int, str, int, int]], lines: list[Line], what: str,
                         table: str) -> list[Issue]:
    """A line inside an item of a list (not its first) that opens with a word of Latin letters alone, then
    Thai text: an item whose bullet or number and first word OCR read as Latin letters together ("tila
    สร้างเครือข่าย..." for "• เพื่อสร้างเครือข่าย..."), which no reader takes for an item (its opening
    word lost, no mark before it), so it ran into the item above: that item's text and the items from it on
    are in doubt, a row may be lost, said from that line to the list's end (before, the lost item was silent:
    the list a row short, the rows after it numbered one short).  The form's lists print no Latin word at a
    wrap's start before Thai words."""
    if not got:
        return []
    end = max(e for *_, e in got)
    inside = [ln for ln in lines if _LATIN_OPENER_RE.match(ln.text)
              and any(start < ln.no <= stop for _, _, start, stop in got)]
    return [Issue("warning", "unread_cells", f"a line inside one of the {what}s opens with Latin letters, then "
                  f"Thai words ({ln.text.strip()[:16]!r}): an item whose mark and first word OCR read as Latin letters, not "
                  f"read as an item, so it ran into the {what} above, whose text is in doubt, and the {what}s "
                  "after it may be numbered short: a row lost", ln.text.strip()[:60], ln.no, end, field=table)
            for ln in inside]


# The Latin letter OCR reads for a list's mark of any small round letter and its dot ("a." for ก. as for ข. and
# ค., and for a digit's "๙."): a list's first letter too, where the Thai letters after it in their places prove
# the list ("a." / "ข." / ...).  Before, only ก's look-alike "A." opened a list, and with "a." for ก the items
# after it ran into one with no issue naming it (fresh set s60z bma_proposal_s60z004's objectives).
_LATIN_MARK_READING = "a"
# ... and the small letter OCR reads for ก's own shape, an arch with a foot ("n. เพื่อให้ครูผู้สอน..." / "ข. ..." /
# "ค. ..."; fresh set s113q, bma_proposal_s113q002: the objectives ข. and ค. ran into the first, lost with their
# rows).  A list mark only, where the Thai letters after it prove the list: never a label's letter
# (CONFUSABLE_LETTERS, which the clause words' patterns read)
_LATIN_FIRST_LETTER = "n"


def _latin_for_first(m: regex.Match) -> bool:
    """Whether a Latin letter mark is one OCR reads for the alphabet's first letter, ก: its look-alike
    (normalizers.text CONFUSABLE_LETTERS, "A."; _LATIN_FIRST_LETTER, "n.") or the reading OCR gives any list's letter
    ("a.")."""
    letter = m.group("letter")
    return letter in (_LATIN_MARK_READING, _LATIN_FIRST_LETTER) or any(letter in group and _LETTERS[0] in group
                                                                      for group in CONFUSABLE_LETTERS)


def _marks_as_bullets(lines: list[Line], marks: list[tuple[int, regex.Match]]) -> list[Line]:
    """The lines with each (index, match) line's mark cut off and the line taken as a bullet's."""
    out = list(lines)
    for i, m in marks:
        ln = lines[i]
        out[i] = Line(ln.no, ln.text[m.end():], ln.kind, True, ln.indent, ln.cols)
    return out


# A bullet ("•") as OCR reads it at a line's start: "๑", ".", "»", "«", ">", "+", "©" (the Thai model has no "•"),
# then Thai text; or a mark no letter carries with a dot or colon after it ("๊: โรงเรียน..."): no word opens so.
# A speck of punctuation OCR read apart before it is no part of the item (":         ๑ เพื่อพัฒนา...": before, the
# line ran into the item above and the list's last row was lost, fresh set s148o, bma_proposal_s148o003).
_READ_BULLET_RE = regex.compile(r"^\s*(?:[:;,'`|]\s+)?"
                                r"(?P<mark>๑(?=\s)|[.»«>+©]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][.:])\s*"
                                r"(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_BULLET_ALONE = frozenset({"๑", ".", "»", "«", "+", "•"})


def read_bullets(lines: list[Line], item_opens: Callable[[str], bool] | None = None,
                 opens: Callable[[str], bool] | None = None) -> list[Line]:
    """A bulleted list whose bullets OCR read as one same mark ("๑ โรงเรียนมี...", "๑ นักเรียน...";
    ". ผู้ปกครอง...", ".โรงเรียน...") or as both, one of them on two lines or more: two or more lines
    opening with them, and no line opening with another item number, have the mark taken for a bullet
    (items all numbered ๑ are no numbered list: the OCR model reads ๒ ๓ as other digits, never all as
    ๑); otherwise the lines are kept as they are.  A line of a short token with no Thai letter that
    opens with such a mark ("๑4"), right before a line opening with one, is a speck of that bullet, no
    item number: it is left out.  In a list the clean-up found bulleted ("- ..."), a line opening with
    another mark a bullet is read as (". โรงเรียนมี...", ": ข้าราชการ...") is an item of it too
    (mixed_bullets).  A "๑" glued to the words after it counts as that mark where those words open an item
    (`opens`: an objective's "เพื่อ", whom a benefit is for): OCR lost the space after the bullet; before,
    the line ran into the item above, its row lost with no issue naming it."""
    # a bullet OCR read as "๑" (or a mark) on a line of its own, before the list's first bulleted item: no
    # item number (a number opens an item with its text), a speck of the bullet
    lines = [ln for k, ln in enumerate(lines)
             if not (k + 1 < len(lines) and _bullet_speck(ln.text)
                     and (lines[k + 1].bullet or _READ_BULLET_RE.match(lines[k + 1].text)))]
    lines = mixed_bullets(lines, item_opens, opens)
    marks = [(i, m) for i, ln in enumerate(lines) if not ln.bullet and (m := _bullet_mark(ln.text, opens))]
    kinds = {m.group("mark") for _, m in marks}
    if len(marks) == 1 and (pair := _mark_and_other(lines, marks, opens)):
        return _marks_as_bullets(lines, pair)
    # one mark, or several read for the same bullet (OCR reads "•" as "๑" on one line and "." on another):
    # one of them on two lines or more, or one no numbered list has ("+", "»"; "." may be a number's dot)
    if len(marks) < 2 or (len(kinds) > 1 and max(sum(m.group("mark") == k for _, m in marks) for k in kinds) < 2
                          and kinds <= {"๑", "."}):
        return lines
    numbered = [i for i, ln in enumerate(lines) if i not in dict(marks) and split_item_number(ln.text)[0] is not None]
    misplaced = _digits_out_of_place(lines, marks, numbered, opens)
    if len(misplaced) < len(numbered):
        return lines
    return _marks_as_bullets(lines, sorted(marks + misplaced))


# A bare digit, no closing mark, opening a line before Thai words ("2 ข้าราชการครู...")
_BARE_DIGIT_RE = regex.compile(r"^\s*(?P<mark>[\d๐-๙])\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _digits_out_of_place(lines: list[Line], marks: list[tuple[int, regex.Match]], numbered: list[int],
                         opens: Callable[[str], bool] | None) -> list[tuple[int, regex.Match]]:
    """The lines of `numbered` (lines opening with an item number, among a list's lines read with bullet marks,
    `marks`) that open with a bare digit that is not their place among the list's openers, before words that
    open an item (`opens`): a bullet OCR read as a digit ("๑ โรงเรียน..." / ". นักเรียน..." / "๑ ผู้ปกครอง..."
    / "2 ข้าราชการครู...": the fourth opener reads 2), no number of a list (a numbered list's "2" is its second
    opener).  Before, such a line made the list a numbered one: its first three items ran into one and the rows
    after stood a place early, with no issue at their lines (fresh set s40z, bma_proposal_s40z003)."""
    if opens is None:
        return []
    out = []
    openers = sorted([i for i, _ in marks] + numbered)
    for i in numbered:
        m = _BARE_DIGIT_RE.match(lines[i].text)
        if m is not None and opens(lines[i].text[m.end():]) and \
                int(thai_digits_to_arabic(m.group("mark"))) != openers.index(i) + 1:
            out.append((i, m))
    return out


def _mark_and_other(lines: list[Line], marks: list[tuple[int, regex.Match]],
                    opens: Callable[[str], bool] | None) -> list[tuple[int, regex.Match]]:
    """A list of two openers, one a bullet OCR read as a mark (". เพื่อส่งเสริม...", "๑ โรงเรียนมี...": `marks`),
    the other a bare digit out of its place ("2 เพื่อพัฒนา..." first: _digits_out_of_place), or specks of one
    character that is no Thai letter nor digit ("“ ผู้ปกครอง...": _SPECK_BEFORE_RE; a symbol with a dot after
    it, "° .เพื่อ...": _SYMBOL_DOT_BEFORE_RE), each on the list's first line or under a line that ends short of
    the list's width (ENDED_SHARE: the item above ended there), all before words that open an item
    (`opens`), no line bulleted and no other line opening with an item number: all bullets, their marks
    (empty where the lines are no such list).  A numbered list's first item is no "2", and a speck
    is no number: the two are the list's bullets OCR read as two marks.  Before, one mark proved no
    bulleted list: the digit's item was taken for text before the list (said) and a wrapped line opening
    with an item's words for the second item, or the speck's item ran into the one above (fresh set s60z,
    bma_proposal_s60z001's objectives and benefits)."""
    (at, mark), = marks
    if opens is None or any(ln.bullet for ln in lines) or not opens(lines[at].text[mark.end():]):
        return []
    numbered = [i for i, ln in enumerate(lines) if i != at and split_item_number(ln.text)[0] is not None]
    others = _digits_out_of_place(lines, marks, numbered, opens)
    if len(numbered) != len(others):
        return []
    width = max(text_width(ln.text) for ln in lines)
    specks = [(i, m) for i, ln in enumerate(lines) if i != at and i not in numbered
              and (m := _SPECK_BEFORE_RE.match(ln.text) or _SYMBOL_DOT_BEFORE_RE.match(ln.text)) is not None
              and opens(ln.text[m.end():]) and (i == 0 or text_width(lines[i - 1].text) < ENDED_SHARE * width)]
    if others:  # a digit out of its place: the list's one other bullet
        return sorted(marks + others) if len(others) == 1 and not specks else []
    # specks, one or more, each on the list's first line or under a line that ends short (no wrap of either): the
    # list's other bullets ("“ เพื่อ..." / ". เพื่อ..." / "° .เพื่อ...": fresh set s67o, bma_proposal_s67o002, whose
    # first objective was left before the list and third ran into its second)
    return sorted(marks + specks) if specks else []


def _bullet_mark(text: str, opens: Callable[[str], bool] | None) -> regex.Match | None:
    """The bullet OCR read at a line's start (_READ_BULLET_RE), or its "๑" glued to words that open an item."""
    if (m := _READ_BULLET_RE.match(text)) is not None:
        return m
    glued = _GLUED_ONE_RE.match(text) if opens is not None else None
    return glued if glued is not None and opens(text[glued.end():]) else None


# A speck OCR left of a bullet on a line of its own: the bullet's look-alike alone ("๑", "."), or with at most two
# characters more that are no Thai letter ("๑4").
_BULLET_SPECK_RE = regex.compile(r"^\s*[๑.»«+•][^\s\u0e01-\u0e4e]{0,2}\s*$")


def _bullet_speck(text: str) -> bool:
    return text.strip() in _BULLET_ALONE or _BULLET_SPECK_RE.match(text) is not None


# A mark OCR read for a bullet ("•" or "-" as ".", ":", ";", "=", "~", "+", "»", "«", ">"), then Thai text.
_MIXED_BULLET_RE = regex.compile(r"^\s*[.:;=~+»«>·°º*]\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def mixed_bullets(lines: list[Line], item_opens: Callable[[str], bool] | None = None,
                  opens: Callable[[str], bool] | None = None) -> list[Line]:
    """A list the clean-up found bulleted ("- ...", "• ..."), some of whose
    bullets OCR read as another mark (". โรงเรียนมี...", ": ข้าราชการ..."):
    a line opening with such a mark and Thai text is an item of the list,
    its mark its bullet, when two lines or more of the list hold a bullet,
    or one does and the line's text opens as the list's items do by their
    words (`item_opens`: whom a benefit is for).  A wrapped line opens with
    no such mark; a list with no bullet read, or a line opening otherwise,
    is kept as it is.  A wrapped line OCR read with a speck before its words
    is no item (`_speck_before_wrap`): its speck is left out and the line
    goes on from the item above."""
    bullets = sum(1 for ln in lines if ln.bullet)
    if not bullets:
        return lines
    marks = [(i, m) for i, ln in enumerate(lines) if not ln.bullet and (m := _MIXED_BULLET_RE.match(ln.text))
             and (bullets >= 2 or (item_opens is not None and item_opens(ln.text[m.end():])))]
    specks = _speck_before_wrap(lines, marks, opens)
    if specks:
        marks = [(i, m) for i, m in marks if i not in specks]
        lines = [Line(ln.no, ln.text[specks[i].end():], ln.kind, False, ln.indent, ln.cols) if i in specks else ln
                 for i, ln in enumerate(lines)]
    return _marks_as_bullets(lines, marks) if marks else lines


def _speck_before_wrap(lines: list[Line], marks: list[tuple[int, regex.Match]],
                       opens: Callable[[str], bool] | None) -> dict[int, regex.Match]:
    """The marked lines of a bulleted list that are the wrap of the item above, a speck OCR left before their
    words (". จริยธรรมของนักเรียน" under "- เพื่อส่งเสริม...เพื่อพัฒนาคุณธรรม"): a line whose words open no item
    (`opens`: an objective's "เพื่อ") right under a line of the list that reaches near its widest
    (ENDED_SHARE), in a list whose every other bullet and mark, two or more, opens an item by its words.
    Before, the wrap was read as an item of its own, the item above cut short, with no issue naming either:
    fresh set s47o, bma_proposal_s47o005.  A line under a short line (the item above ended there), or in a
    list some of whose items open otherwise, is kept as an item."""
    if opens is None or not marks:
        return {}
    width = max(text_width(ln.text) for ln in lines)
    heads = [ln.text for ln in lines if ln.bullet] + [lines[i].text[m.end():] for i, m in marks]
    if sum(1 for h in heads if opens(h)) != len(heads) - 1 or len(heads) - 1 < 2:
        return {}  # (every other head opens an item, two or more: else no wrap is told from an item)
    out: dict[int, regex.Match] = {}
    for i, m in marks:
        if (i > 0 and not opens(lines[i].text[m.end():]) and lines[i - 1].no == lines[i].no - 1
                and text_width(lines[i - 1].text) >= ENDED_SHARE * width):
            out[i] = m
    return out


# Item numbers opening a text ("2.2 เพื่อ...", "9.2 9.3 9.4 ข้าราชการ..."), the first's section part named.
_NUMBERS_RUN_RE = regex.compile(r"^\s*(?P<sec>[\d๐-๙]{1,2})\.[\d๐-๙]{1,2}\s+(?:[\d๐-๙]{1,2}\.[\d๐-๙]{1,2}\s+)*(?=\S)")


OPENED_SHARE = 0.6  # share of an item's widest line a line opening another item's text reaches
# A short token opening a line before words: an item's number OCR damaged past any opener ("๕๓๕.๕" for ๙.๔,
# "ฒ.ด" for ๙.๓, "ot]").
_LEAD_TOKEN_RE = regex.compile(r"^\s*(?P<tok>\S{1,6})\s+(?=\S)")


def _opens_after_number(text: str, opens: Callable[[str], bool]) -> bool:
    """Whether a line opens an item's words after a short token that is an
    item's number OCR damaged past reading: no Thai word in it, not a
    figure (digits alone, or with "%": a count or rate the line wrapped
    before, "๕๐ โรงเรียน"), nor a bullet."""
    m = _LEAD_TOKEN_RE.match(text)
    if m is None or not opens(text[m.end():]):
        return False
    token = m.group("tok")
    return not (THAI_RUN_RE.search(token) or thai_digits_to_arabic(token).isdigit() or "%" in token
                or token in "-–•·")


def _opens_after_figures(text: str, opens: Callable[[str], bool], section: str, want: int) -> bool:
    """Whether a line opens an item's words after a token of two or three
    digits (no mark) whose first may be the section's digit misread and
    whose last reads as `want`, the next item's number: that number, its dot
    lost or read as a digit ("๓๕๓ นักเรียน..." for ๙.๓)."""
    m = _LEAD_TOKEN_RE.match(text)
    if m is None or not _FIGURES_TOKEN_RE.fullmatch(token := m.group("tok")):
        return False
    return _could_be(token[0], section) and thai_digits_to_arabic(token[-1]) == str(want) and opens(text[m.end():])


_FIGURES_TOKEN_RE = regex.compile(r"[\d๐-๙]{2,3}")
_LINE_ONE_RE = regex.compile(r"^\s*[๑1][.,]?\s+(?=\S)")
# (_ROWS_AFTER) Where an item may have run into another's text, the items after it stand a place early, each
# holding the next row's text: the issues below name the table from the item's lines to the list's last item's
# (before, the item's lines alone: the rows after were wrong with no issue at their lines, fresh sets s46z,
# bma_proposal_s46z002's benefits, and s38z)


def ones_inside_items(items: list[Item], lines: list[Line], opens: Callable[[str], bool] | None, what: str,
                      table: str) -> list[Issue]:
    """An item of a list read without numbers that holds, after its first
    line, a line opening with a one standing alone before what opens an
    item ("๑ ผู้ปกครอง...": a round bullet OCR read as the Thai digit one,
    see ones_inside, where the list's other marks kept it from being taken
    for a bullet: "๑", ".", "๑", "2"): an item whose bullet was so read may
    have run into it, and its row be lost; the table is said (the row's
    every column), the text kept as read, from the item's lines to the
    list's last item's (_ROWS_AFTER).  A count's one ("จำนวน" / "๑
    โรงเรียน", "๑ โรงเรียนๆ ละ") is none."""
    if opens is None:
        return []
    text = {ln.no: ln.text for ln in lines}
    issues = []
    for seq, it in enumerate(items, start=1):
        nos = [no for no in range(it.line_start, it.line_end + 1) if text.get(no, "").strip()]
        for before, no in zip(nos, nos[1:]):
            m = _LINE_ONE_RE.match(text[no])
            if m is not None and opens(text[no][m.end():]) and _COUNT_BEFORE_RE.search(text[before]) is None \
                    and _COUNT_AFTER_RE.match(text[no], m.end()) is None:
                issues.append(Issue("warning", "unread_cells", f"{what} {seq}: a line inside it opens with a one "
                                    f"standing alone before what opens the {what}s ({text[no][:30]!r}): a bullet OCR "
                                    "read as the digit, another one run into it, so a row may be lost", text[no][:60],
                                    it.line_start, max(it.line_end, items[-1].line_end), field=table))
                break
    return issues


def _wide_openers(texts: list[str], opens: Callable[[str], bool]) -> list[str]:
    """The lines of an item after its first (`texts`) that `opens` takes for an item's opening and that are as
    wide as a text's line (OPENED_SHARE of the item's widest: a sentence's wrapped tail is short)."""
    widest = max((text_width(t) for t in texts), default=0)
    return [t for t in texts[1:] if opens(t) and text_width(t) >= OPENED_SHARE * widest]


def opened_inside(items: list[Item], opens: Callable[[str], bool], what: str, table: str,
                  section: str = "") -> list[Issue]:
    """An item with a line after its first that opens as the list's items do
    by their words (a benefit's "โรงเรียนมี...", whom it is for), or does so
    after a short token that is an item number OCR damaged past reading
    ("๕๓๕.๕ ข้าราชการ...", "ฒ.ด ผู้ปกครอง...": `_opens_after_number`), and is as
    wide as a text's line (OPENED_SHARE of the item's widest: the tail of a
    sentence wrapped, "นักเรียน" / "นักเรียนอย่างต่อเนื่อง", is short): an item
    whose number OCR lost, with no mark left to cut at, may have run into
    it, and its row be lost; the table is said (the row's every column),
    the text kept as read, as where the item's text ends is not known, from
    the item's lines to the list's last item's (_ROWS_AFTER).  With the
    list's `section`, a line opening so after figures that read as the next
    item's number, its dot lost or read as a digit ("๓๕๓ นักเรียน..." for
    ๙.๓ under item 2: _opens_after_figures), is one too."""
    issues = []
    for it in items:
        inside = _wide_openers(it.texts, lambda t: opens(t.strip()) or _opens_after_number(t, opens)
                               or bool(section) and _opens_after_figures(t, opens, section, it.number + 1))
        if inside:
            issues.append(Issue("warning", "unread_cells", f"{what} {it.number}: a line inside it opens as the {what}s "
                                f"do ({inside[0][:30]!r}): one whose number OCR lost may have run into it, so a row "
                                "may be lost", inside[0][:60], it.start, max(it.end, items[-1].end), field=table))
    return issues


# A word a sentence does not end with ("...การอ่านและการเขียนของ" / "นักเรียนที่มีคุณภาพ ..."): a line ending with one
# goes on in the next line, whatever that line opens with.
_BINDS_ON_RE = regex.compile(r"(?:" + "|".join(mark_tolerant(w, spaces=False) for w in (
    "และ", "หรือ", "ของ", "ใน", "การ", "เพื่อ", "ที่", "ซึ่ง", "กับ", "แก่", "ให้", "จาก", "โดย", "อย่าง", "เป็น",
    "ตาม", "แห่ง", "ด้วย", "ระหว่าง")) + r")\s*$")


def _opened_at(texts: list[str], opens: Callable[[str], bool]) -> list[int]:
    """The indices (after the first) of an item's lines (`texts`) where an item whose number or bullet OCR lost
    begins: a line that opens as the list's items do by their words and is as wide as a text's line (as
    _wide_openers weighs it), under a line of Thai words (specks between aside) that ends a sentence (no word that
    binds on to the next line: "...ของ" / "นักเรียนที่มีคุณภาพ ..." is one text wrapped), in an item whose own first
    line opens so too (a text of the list, not a table's cells run into it)."""
    if not texts or not opens(texts[0].strip()):
        return []
    widest = max((text_width(t) for t in texts), default=0)
    cuts = []
    for j in range(1, len(texts)):
        t = texts[j]
        if not opens(t.strip()) or text_width(t) < OPENED_SHARE * widest or _LINE_ONE_RE.match(t):
            continue
        above = next((texts[k] for k in range(j - 1, -1, -1) if THAI_RUN_RE.search(texts[k])), None)
        if above is None or _BINDS_ON_RE.search(above.strip()):
            continue
        cuts.append(j)
    return cuts


def _parted_issue(what: str, table: str, seqs: list[int], start: int, end: int, text: str) -> Issue:
    return Issue("warning", "unread_cells", f"{what}s {', '.join(map(str, seqs))}: read from lines inside the "
                 f"{what} above, each opening as the {what}s do after a line that ends a sentence "
                 f"({text[:30]!r}): an {what} whose number or bullet OCR lost ran into the one above; where each "
                 "text begins is told by its words, so the texts are in doubt", text[:60], start, end, field=table)


def part_opened(items: list[Item], lines: list[Line], opens: Callable[[str], bool], what: str,
                table: str) -> tuple[list[Item], list[Issue]]:
    """A numbered list's items parted where an item whose number OCR lost ran
    into the one above (_opened_at: before, opened_inside said the row lost
    and kept the text whole), only where the sequence has the numbers free
    for them: as many lost between the item and the next one read, or the
    item the list's last with every number before it read (a number lost
    after the last is seen nowhere else).  Each part is an item of its own,
    numbered by its place (sequence_issues says the number printed
    nothing); the parts are said in doubt (_parted_issue), from the item's
    lines to the list's last item's."""
    by_no: dict[int, list[Line]] = {}
    for ln in lines:
        by_no.setdefault(ln.no, []).append(ln)
    numbers = [it.number for it in items]
    out: list[Item] = []
    issues: list[Issue] = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        free = nxt.number - it.number - 1 if nxt is not None else (
            len(it.texts) if numbers == list(range(1, len(items) + 1)) else 0)
        cuts = _opened_at(it.texts, opens) if free > 0 else []
        # each line after the item's first, as a line of the list: its number (one Line a number, text as kept)
        below = [ln for no in range(it.start + 1, it.end + 1) for ln in by_no.get(no, [])]
        if not cuts or len(cuts) > free or len(below) != len(it.texts) - 1 \
                or any(ln.text != t for ln, t in zip(below, it.texts[1:])):
            out.append(it)
            continue
        bounds = [0, *cuts, len(it.texts)]
        parts = []
        for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
            while b < len(it.texts) and b - 1 > a and not THAI_RUN_RE.search(it.texts[b - 1]):
                b -= 1  # specks between a part and the next ("1", "wg"): no text of the part's
            start = it.start if a == 0 else below[a - 1].no
            end = below[b - 2].no if b - 1 >= 1 else it.start
            parts.append(Item(it.number + n, it.token if a == 0 else "", it.texts[a:b], start, end))
        out.extend(parts)
        issues.append(_parted_issue(what, table, [p.number for p in parts[1:]], it.start,
                                    max(it.end, items[-1].end), parts[1].text))
    return out, issues


def part_opened_plain(items: list[PlainItem], lines: list[Line], opens: Callable[[str], bool], what: str,
                      table: str) -> tuple[list[PlainItem], list[Issue]]:
    """`part_opened` for a list read by its bullets or by what opens an item
    (numbered by place): an item whose bullet OCR lost ran into the one
    above (_opened_at) is an item of its own, the items after it one place
    on; said in doubt as part_opened says it.  Only where the item's text
    ends with the parts' text as read (else kept whole, opened_inside_plain
    says it)."""
    text = {ln.no: ln.text for ln in lines if ln.kind == "text"}
    out: list[PlainItem] = []
    issues: list[Issue] = []
    for seq, it in enumerate(items, start=1):
        nos = [no for no in range(it.line_start, it.line_end + 1) if text.get(no, "").strip()]
        cuts = _opened_at([text[no] for no in nos], opens)
        if not cuts:
            out.append(it)
            continue
        tails = [clean_value(join_wrapped([text[no] for no in nos[c:]])) for c in cuts]
        if not it.text.endswith(tails[0]) or len(it.text) == len(tails[0]):
            out.append(it)
            continue
        bounds = [0, *cuts, len(nos)]
        parts = []
        for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
            if a:
                while b < len(nos) and b - 1 > a and not THAI_RUN_RE.search(text[nos[b - 1]]):
                    b -= 1  # specks between a part and the next: no text of the part's
            body = it.text[: len(it.text) - len(tails[0])].strip() if a == 0 else \
                clean_value(join_wrapped([text[no] for no in nos[a:b]]))
            parts.append(PlainItem(None, body, nos[a] if a else it.line_start, nos[b - 1]))
        out.extend(parts)
        issues.append(_parted_issue(what, table, [len(out) - len(parts) + 2 + n for n in range(len(parts) - 1)],
                                    it.line_start, max(it.line_end, items[-1].line_end), parts[1].text))
    return out, issues


def opened_inside_plain(items: list[PlainItem], lines: list[Line], opens: Callable[[str], bool] | None, what: str,
                        table: str) -> list[Issue]:
    """`opened_inside` for a list read by its bullets or by what opens an
    item (parsers.items.numbered_items): an item with a line after its first
    that opens as the list's items do by their words ("- โรงเรียนมี..." /
    "นักเรียนสามารถ...": whom a benefit is for), and is as wide as a text's
    line (OPENED_SHARE of the item's widest: a sentence's wrapped tail,
    "นักเรียนอย่างต่อเนื่อง", is short), was read as the item's wrap where
    it may be an item whose bullet OCR lost (the list's last above all:
    nothing after it opens a next item to cut at); its row may be lost, so
    the table is said (the row's every column), the text kept as read, from
    the item's lines to the list's last item's (_ROWS_AFTER).  A line
    opening with a one standing alone is ones_inside_items'."""
    if opens is None:
        return []
    text = {ln.no: ln.text for ln in lines if ln.kind == "text"}
    issues = []
    for seq, it in enumerate(items, start=1):
        texts = [text[no] for no in range(it.line_start, it.line_end + 1) if text.get(no, "").strip()]
        inside = _wide_openers(texts, lambda t: opens(t.strip()) and _LINE_ONE_RE.match(t) is None)
        if inside:
            issues.append(Issue("warning", "unread_cells", f"{what} {seq}: a line inside it opens as the {what}s do "
                                f"({inside[0][:30]!r}): one whose bullet OCR lost may have run into it, so a row may "
                                "be lost", inside[0][:60], it.line_start, max(it.line_end, items[-1].line_end),
                                field=table))
    return issues


def numbers_together(items: list[tuple[int, str, int, int]], section: str, what: str, table: str) -> list[Issue]:
    """An item whose text opens with more of the section's item numbers
    ("2.1 2.2 เพื่อ...", "9.1 9.2 9.3 9.4 ข้าราชการ...": a list printed on one
    line with its numbers set apart from its texts): where each text begins
    is not printed, so the items after it are not read; the table is said
    (its rows lost, every column of theirs), the text kept as read."""
    issues = []
    for number, text, start, end in items:
        found = _NUMBERS_RUN_RE.match(text)
        if found is None or not _could_be(found.group("sec"), section):
            continue
        issues.append(Issue("warning", "unread_cells", f"{what} {number}: its text opens with the list's next "
                            f"number(s) ({text[:30]!r}): the numbers stand together, apart from the texts, and "
                            "where each text begins is not printed; the items after it are not read",
                            text[:60], start, end, field=table))
    return issues


# The sections a proposal holds; one the text lacks (or OCR made unreadable) is an error.
REQUIRED_SECTIONS = {"s1": "1 หลักการและเหตุผล", "s2": "2 วัตถุประสงค์", "s3": "3 เป้าหมาย",
                     "s4": "4 ลักษณะของโครงการ", "s6": "6 แผนปฏิบัติการ", "s7": "7 งบประมาณ",
                     "s9": "9 ประโยชน์ที่คาดว่าจะได้รับ"}


# What a required section holds: a section not found leaves these unread (or read from elsewhere), so
# its issue names them too (the rows of a table, which no other issue may name).
SECTION_FIELDS = {"s1": "projects.rationale", "s2": "objectives", "s3": "targets", "s4": "alignments", "s6": "activities",
                  "s7": "expenses", "s9": "findings"}


# The clause a section's text opens with, by which a section whose heading OCR lost whole is found (the budget
# opens by saying where its money comes from; the targets with their quantity group, "3.1 ด้านปริมาณ": fresh set
# s140o, bma_proposal_s140o004, whose targets were read as its objectives, the objectives left out)
SECTION_OPENERS = {"s3": "ด้านปริมาณ", "s7": "เบิกจ่ายจากงบประมาณ"}


def check_sections(copy: Copy, out: CopyReading) -> None:
    for key, line in sorted(copy.headings_inferred.items()):
        out.issues.append(Issue("warning", "label_inferred", f"section {REQUIRED_SECTIONS[key]}: its heading was not "
                                "found; the section was opened at the line that opens with its first words",
                                SECTION_OPENERS[key], line, line, field=SECTION_FIELDS[key]))
    missing = [key for key in REQUIRED_SECTIONS if key not in copy.headings_seen]
    if missing:
        titles = ", ".join(REQUIRED_SECTIONS[key] for key in missing)
        out.issues.append(Issue("error", "missing_section", f"sections not found in this copy: {titles}",
                                "", out.line_start, out.line_end, field="projects"))
        for key in missing:
            out.issues.append(Issue("error", "missing_section", f"section {REQUIRED_SECTIONS[key]} not found in this "
                                    "copy: what it holds was not read, or read without its heading", "",
                                    out.line_start, out.line_end, field=SECTION_FIELDS[key]))


AGENCY_MIN = 8  # letters of an agency's name looked for elsewhere in the copy (shorter ones are common words)
FULLER_PRINTINGS = 2  # printings of the fuller reading that repair (one may be a speck OCR added)


_UNIT_WORD_RE = regex.compile("|".join(mark_tolerant(w, spaces=False) for w in UNIT_WORDS))


def _marks_added(short: str, full: str) -> bool:
    """Whether `full` is `short` with Thai marks added and nothing else changed, spaces aside
    (normalizers.text.marks_added)."""
    return marks_added("".join(short.split()), "".join(full.split()))


_NAME_AFTER_UNIT_RE = regex.compile(r"[^\s/,()]+")


def _printings(pattern: regex.Pattern, joined: str, besides: regex.Pattern | None = None) -> int:
    """How many times `pattern` is printed in `joined`, none where `besides` is printed at the same place."""
    return sum(1 for m in pattern.finditer(joined) if besides is None or not besides.match(joined, m.start()))


def _field_unit(rec: dict[str, Reading], name: str) -> tuple[Reading, regex.Match] | None:
    """A text field's reading and its last unit word ("สำนักงานเขต", "โรงเรียน", ...), or None (no such field, or
    no unit word in it)."""
    reading = rec.get(name)
    if reading is None or not isinstance(reading.value, str):
        return None
    unit = None
    for unit in _UNIT_WORD_RE.finditer(reading.value):
        pass
    return None if unit is None else (reading, unit)


def _copy_text(parts: Parts) -> str:
    """A copy's fields, section lines, furniture and signatures joined by NULs: where its names are printed."""
    return "\0".join([v for _, v, _, _ in parts.fields]
                     + [ln.text for key in parts.sections for ln in parts.sections[key]]
                     + [ln.text for ln in parts.furniture + parts.signatures])


def mend_agency_speck(parts: Parts, out: CopyReading) -> None:
    """The agency's name in the agency or the place where OCR read a speck as
    a letter inside it ("สำนักงานเขตขบึงกุ่ม", "...เขตหบึงกุ่ม"): a name the
    copy prints nowhere else, where the copy prints the same name without
    one of its letters (a consonant bearing no mark) elsewhere: read as that
    name when it is printed FULLER_PRINTINGS times or more and no other
    letter's removal gives a name printed at all (value_repaired, rule
    repeated_text); said otherwise (repair_ambiguous, kept as read).
    Before, the speck was kept with no issue naming it."""
    rec = out.tables.get("project", {}).get(0, {})
    joined: str | None = None
    for name in ("agency", "place"):
        if (found := _field_unit(rec, name)) is None:
            continue
        reading, unit = found
        word = _NAME_AFTER_UNIT_RE.match(reading.value, unit.end())
        if word is None:
            continue
        own = reading.value[unit.start(): word.end()]
        if len(skeleton(own)) < AGENCY_MIN:
            continue
        if joined is None:
            joined = _copy_text(parts)
        own_re = regex.compile(mark_tolerant(own))
        if _printings(own_re, joined) > 1:
            continue  # printed elsewhere as read: the copy's own name
        found: dict[str, int] = {}
        for j in range(unit.end() - unit.start(), len(own)):
            ch, nxt = own[j], own[j + 1] if j + 1 < len(own) else ""
            if not "\u0e01" <= ch <= "\u0e2e" or (nxt and unicodedata.combining(nxt)):
                continue
            cand = own[:j] + own[j + 1:]
            if len(skeleton(cand)) < AGENCY_MIN or cand in found:
                continue
            n = _printings(regex.compile(mark_tolerant(cand)), joined, own_re)
            if n:
                found[cand] = n
        if not found:
            continue
        start, end = unit.start(), word.end()
        if len(found) == 1 and next(iter(found.values())) >= FULLER_PRINTINGS:
            full = next(iter(found))
            chosen = reading.value[:start] + full + reading.value[end:]
            rec[name] = Reading(chosen, reading.text, *reading.span)
            out.issues.append(Issue("warning", "value_repaired", f"projects.{name}: printed {reading.value!r}; the "
                                    f"copy prints the agency's name {found[full]} times elsewhere as {full!r}, and "
                                    f"never as {own!r}: a speck OCR read as a letter", json.dumps(
                                        {"rule": "repeated_text", "printed": reading.value, "chosen": chosen},
                                        ensure_ascii=False), *reading.span, field=f"projects.{name}"))
            continue
        out.issues.append(Issue("warning", "repair_ambiguous", f"projects.{name}: it prints the agency's name "
                                f"{own!r}, which the copy prints nowhere else; it prints "
                                f"{', '.join(f'{c!r} ({n} times)' for c, n in found.items())}, one letter fewer: "
                                "kept as read", json.dumps(
                                    {"rule": "repeated_text", "printed": reading.value, "chosen": None,
                                     "candidates": [own, *found]}, ensure_ascii=False), *reading.span,
                                field=f"projects.{name}"))


def mend_agency_marks(parts: Parts, out: CopyReading) -> None:
    """The agency's name and the place that names it, where OCR misread a
    mark the copy prints otherwise elsewhere: the copy prints the agency's
    name again and again (the title, the rationale, the targets, the place,
    the running headers).  OCR drops marks far more often than it adds them,
    so where one printing of its letters has every mark the others have
    (the fullest), a field that lacks some of them ("สำนักงานเขตหลักสี" under
    a title and a rationale that print "สำนักงานเขตหลักสี่") reads as it:
    repaired when it is printed FULLER_PRINTINGS times or more
    (value_repaired, rule repeated_text), said when once (marks_dropped:
    a speck OCR added, or the one printing left whole).  Where the
    printings' marks disagree otherwise ("คันนายาว" and "ค้นนายาว"), no
    printing tells which is right: a field printing one of them is kept,
    and said (repair_ambiguous)."""
    rec = out.tables.get("project", {}).get(0, {})
    agency = rec.get("agency")
    if agency is None or not isinstance(agency.value, str):
        return
    # its own name: from its last unit word on ("ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน": สำนักงานเขตบางเขน)
    at = max((m.start() for m in _UNIT_WORD_RE.finditer(agency.value)), default=None)
    name = "".join(agency.value[at:].split()) if at is not None else ""
    if len(skeleton(name)) < AGENCY_MIN:
        return
    pattern = regex.compile(mark_tolerant(name))
    texts = [v for _, v, _, _ in parts.fields] + [ln.text for key in parts.sections for ln in parts.sections[key]] \
        + [ln.text for ln in parts.furniture + parts.signatures]
    # (the texts joined by a character no white space is: a name is matched inside a line, as before)
    printed = Counter("".join(m.group().split()) for m in pattern.finditer("\0".join(texts)))
    fullest = [p for p in printed if all(o == p or _marks_added(o, p) for o in printed)]
    for name in ("agency", "place"):
        reading = rec.get(name)
        if reading is None or not isinstance(reading.value, str):
            continue
        found = next(pattern.finditer(reading.value), None)
        if found is None:
            continue
        own = "".join(found.group().split())
        if len(fullest) != 1:  # the printings' marks disagree, and none holds the others'
            others = sorted(p for p in printed if p != own)
            if others:
                out.issues.append(Issue("warning", "repair_ambiguous", f"projects.{name}: it prints the agency's "
                                        f"name {own!r}, the copy prints it elsewhere as {', '.join(map(repr, others))}, "
                                        "with other marks: OCR misread a mark in some printings, and which is not "
                                        "known; kept as read", json.dumps(
                                            {"rule": "repeated_text", "printed": reading.value, "chosen": None,
                                             "candidates": [own, *others]}, ensure_ascii=False), *reading.span,
                                        field=f"projects.{name}"))
            continue
        full = fullest[0]
        if not _marks_added(own, full):
            continue
        chosen = reading.value[: found.start()] + full + reading.value[found.end():]
        if printed[full] >= FULLER_PRINTINGS:
            rec[name] = Reading(chosen, reading.text, *reading.span)
            out.issues.append(Issue("warning", "value_repaired", f"projects.{name}: printed {reading.value!r}; the "
                                    f"copy prints the agency's name {printed[full]} times elsewhere as {full!r}, with "
                                    "marks OCR dropped here", json.dumps(
                                        {"rule": "repeated_text", "printed": reading.value, "chosen": chosen},
                                        ensure_ascii=False), *reading.span, field=f"projects.{name}"))
        else:
            out.issues.append(Issue("warning", "marks_dropped", f"projects.{name}: the copy prints the agency's name "
                                    f"once elsewhere as {full!r}, with marks this printing lacks; one printing does "
                                    "not repair, the text is kept as read", {"text": reading.value, "fuller": chosen},
                                    *reading.span, field=f"projects.{name}"))


def agency_name_cut(parts: Parts, out: CopyReading) -> None:
    """The place whose text ends inside an agency's name
    ("...โรงเรียนในสังกัดสำนักงานเขตบาง" for "...สำนักงานเขตบางซื่อ"): from its
    last unit word on, its letters (AGENCY_MIN or more) are a strict
    opening of the name the copy prints elsewhere FULLER_PRINTINGS times or
    more (skeletons: marks aside), and the copy prints them nowhere as a
    name of their own (no printing ends there): OCR lost the name's last
    letters at the line's end (or with a wrapped line), so it is said
    (unknown_words, the letters lost the pieces, "cut": "close"); kept as
    read (the printings may disagree on its marks).  Before, the place
    was given cut short with no issue naming it (fresh set s70z's
    bma_proposal_s70z001: its place's last word lost, the name printed
    about ten times elsewhere).  Not the agency: a cut agency is read
    again from the copy's other printings of it later (the pipeline's
    agency checks), as the committed and fresh sets show (s68o002's agency
    read cut at 'สำนักงานเขต' and given whole)."""
    rec = out.tables.get("project", {}).get(0, {})
    if (found := _field_unit(rec, "place")) is None:
        return
    reading, unit = found
    own = "".join(reading.value[unit.start():].split())
    bare = skeleton(own)
    if len(bare) < AGENCY_MIN or not regex.fullmatch(r"[\u0e01-\u0e4e]+", own):
        return  # (a name of Thai letters alone, at the field's end)
    joined = _copy_text(parts)
    alone, fuller = 0, Counter()
    for m in _UNIT_WORD_RE.finditer(joined):
        run = regex.match(r"[\u0e01-\u0e4e]+", joined, pos=m.start())
        if run is None:
            continue
        printed, shape = run.group(), skeleton(run.group())
        if shape == bare:
            if regex.match(r"[ \t]+[\u0e01-\u0e4e]", joined, pos=run.end()) is None:
                alone += 1  # (a printing a space and Thai letters follow may be the name wrapped: neither)
        elif shape.startswith(bare):
            fuller[printed] += 1
    if alone > 1 or sum(fuller.values()) < FULLER_PRINTINGS:
        return  # (printed as it reads elsewhere: a name of its own; or no fuller printing to tell)
    full, n = fuller.most_common(1)[0]
    lost = full[len(own):] if full.startswith(own) else full[len(bare):]
    out.issues.append(Issue("warning", "unknown_words", f"projects.place: {reading.value!r} ends with "
                            f"{own!r}, the opening of the agency's name the copy prints {sum(fuller.values())} "
                            f"times elsewhere ({full!r}, {n} of them) and nowhere as it reads: OCR lost the "
                            "name's last letters at the line's end; kept as read",
                            {"text": reading.value, "pieces": [lost], "cut": "close"}, *reading.span,
                            field="projects.place"))


def read_proposer(parts: Parts, out: CopyReading) -> None:
    """owner_name: the proposer named under the signature line (a proposal
    printed on one line keeps its signature block inside the text)."""
    where = parts.signatures + [ln for key in ("s10_3", "s10", "s10_2") for ln in parts.sections.get(key, [])]
    text = join_wrapped([ln.text for ln in where])
    m = _PROPOSER_RE.search(text)
    if parts.signatures or m or any(_PROPOSER_ROLE_RE.search(ln.text) or _SIGNER_NAME_RE.search(ln.text)
                                    or _POSITION_INSIDE_RE.search(ln.text) for ln in where):
        # (a copy that printed its signature block, a line of it read: rows.build says a proposal no copy of
        # which did, where no proposer was read)
        at = (parts.signatures or where)[0].no
        out.put("project", 0, SIGNATURE_SEEN, Reading(True, "", at, at))
    # (a bracket of no Thai letter after "ผู้เสนอ" is no person's name: what OCR made of the next signature line's
    # "(ลงชื่อ)" where the proposer's name was left blank, "(DIVO) ทท๒ท๒้ฤล๐๐0!")
    if m and THAI_LETTER_RE.search(m.group(1)):
        name = clean_value(m.group(1))
        line = next((ln.no for ln in where if m.group(1)[:10] in ln.text), where[0].no)
        out.put("project", 0, "owner_name", Reading(name, m.group(0), line, line))
        if not _PERSON_TITLE_RE.match(name):
            # (a signer's name is printed with its title: a bracket without one is the next signature line's
            # "(ลงชื่อ)" as OCR misread it, "(เลงซือ)", where the proposer's name was left blank, or a name
            # whose title OCR damaged)
            out.issues.append(Issue("warning", "implausible_value", f"the proposer's name {name!r} opens with no "
                                    "person's title (นาย, นาง, นางสาว, ดร., a rank): a signer's name is printed with "
                                    "one; it may be the next signature line's (ลงชื่อ) as OCR misread it, or a name "
                                    "whose title OCR damaged; kept as read", name, line, line,
                                    field="projects.owner_name"))
        return
    # OCR garbled the signature line and "ผู้เสนอ": the proposer signs first, the one
    # signer whose name (in brackets, with a title) a position line follows
    ordered = sorted(where, key=lambda ln: ln.no)
    for ln, nxt in zip(ordered, ordered[1:]):
        named = _SIGNER_RE.match(ln.text.strip())
        if named and _POSITION_RE.match(nxt.text.strip()):
            out.put("project", 0, "owner_name", Reading(clean_value(named.group(1)), ln.text, ln.no, nxt.no))
            return
    if (found := _first_signer_apart(ordered)) is not None:
        name, ln, at, between = found
        out.put("project", 0, "owner_name", Reading(name, ln.text, ln.no, at.no))
        out.issues.append(Issue("warning", "unread_cells", f"the proposer's name {name!r} is the first signer's, "
                                f"read with {len(between)} line(s) between it and its position line (OCR debris, or "
                                "text of the section beside the signatures read in): the name is in doubt",
                                " / ".join(x.text for x in between)[:120], ln.no, at.no,
                                field="projects.owner_name"))
        return
    # the signature block run on in a line (a form printed on one line): "(ลงชื่อ) ... (นายสมศักดิ รัตนพันธ์)
    # ตำแหน่ง ...", the first signer's name and position before any approver's role
    for ln in ordered:
        named = _SIGNER_INLINE_RE.search(ln.text)
        if named is None:
            continue
        before = skeleton(" ".join(x.text for x in ordered if x.no < ln.no) + ln.text[: named.start()])
        if not any(role in before for role in _APPROVER_ROLES) and _SIGNED_RE.search(before):
            out.put("project", 0, "owner_name", Reading(clean_value(named.group(1)), named.group(0), ln.no, ln.no))
            return
        break
    if (at := next((ln for ln in ordered if _POSITION_INSIDE_RE.search(ln.text)), None)) is not None:
        # a signer's position is printed (a form without names prints none), the name above it was not read
        out.issues.append(Issue("warning", "missing_value", "a signer's position is printed under the signature "
                                "lines, but no proposer's name was read (OCR lost or garbled it)",
                                at.text[:120], at.no, at.no, field="projects.owner_name"))
    elif (k := next((k for k, ln in enumerate(ordered) if _PROPOSER_ROLE_RE.fullmatch(ln.text.strip())), None)) \
            is not None and not (k and _SIGNATURE_LINE_RE.search(ordered[k - 1].text)):
        # the proposer's role alone on its line, no signature line above it ("ผู้เสนอโครงการ": OCR lost the
        # "(ลงชื่อ)" and the dots, and the name under them); a form that names no proposer keeps its signature
        # line, whole or garbled, beside the role or above it
        at = ordered[k]
        out.issues.append(Issue("warning", "missing_value", "the proposer's role is printed without its signature "
                                "line, and no proposer's name was read (OCR lost or garbled them)",
                                at.text[:120], at.no, at.no, field="projects.owner_name"))
    elif (at := next((ln for ln in ordered if _SIGNER_NAME_RE.search(ln.text)), None)) is not None:
        # another signer's name in brackets is printed (an approver's, "(นางนงลักษณ์ จันทร์เพ็ญ)" under
        # "ผู้เห็นชอบโครงการ"): a form that names its signers names its proposer first, and OCR lost or garbled it
        # with its signature line (a form without names prints none: the signature lines alone)
        out.issues.append(Issue("warning", "missing_value", "a signer's name is printed in brackets under the "
                                "signature lines, but no proposer's name was read (OCR lost or garbled it)",
                                at.text[:120], at.no, at.no, field="projects.owner_name"))


SIGNER_GAP = 3  # lines at most between a signer's bracketed name and its position line (OCR debris, a text read in)


def _first_signer_apart(ordered: list[Line]) -> tuple[str, Line, Line, list[Line]] | None:
    """(name, its line, the position line, the lines between) of the first
    signer's bracketed name with a title ("(นายสมศักดิ รัตนพันธ์)") where its
    position line ("ตำแหน่ง ...") follows with up to SIGNER_GAP lines between
    (specks of the signature OCR read, "๕ ๕" / "oN 07 %", or a wrapped line of
    the section the signatures stand beside), none of them another signer's
    name, a signature line or a role, and no approver's role before it: the
    proposer signs first (unless an approver's role stands right under the
    position line and the proposer's role nowhere before the name: the
    approver's signature, the proposer's lost).  None where the block is no
    such one."""
    text = [ln for ln in ordered if ln.text.strip()]
    for k, ln in enumerate(text):
        named = _SIGNER_RE.match(ln.text.strip())
        if named is None:
            continue
        if any(role in skeleton(x.text) for x in text[:k] for role in _APPROVER_ROLES):
            return None
        for j in range(k + 1, min(k + 2 + SIGNER_GAP, len(text))):
            nxt = text[j].text.strip()
            if _POSITION_RE.match(nxt):
                # (a block that prints each role under its signer's position, the proposer's role not before the
                # name: an approver's role right under the position names the approver, the proposer's lost)
                approver = j + 1 < len(text) and any(role in skeleton(text[j + 1].text) for role in _APPROVER_ROLES)
                if approver and not any(_PROPOSER_ROLE_RE.search(x.text) for x in text[:k]):
                    return None
                return clean_value(named.group(1)), ln, text[j], text[k + 1:j]
            if _SIGNER_NAME_RE.search(nxt) or _SIGNATURE_LINE_RE.search(nxt) or _PROPOSER_ROLE_RE.search(nxt) \
                    or any(role in skeleton(nxt) for role in _APPROVER_ROLES):
                return None
        return None
    return None


def read_copies(lines: list[Line]) -> list[CopyReading]:
    """Every copy of the proposal in a document's lines, its headings put in
    the form's order first (parsers.bma_proposal.sections).  A form printed
    on one line and wrapped again by OCR leaves its headings inside lines
    (a section's number at one line's end, its words at the next one's
    start): when copies lack sections that the text read as one line finds,
    that reading stands.  The page furniture the clean-up found comes with
    the lines (FURNITURE_SEEN), taken out before anything reads them: only
    wraps_taken_for_headers asks where it stood."""
    furniture = [ln for ln in lines if ln.kind in FURNITURE_LINES]
    lines = [ln for ln in lines if ln.kind not in FURNITURE_LINES]
    copies = _copies(lines, scan(lines, FORM))
    ends: dict[int, int] = {}
    if any(len(HEADING_ORDER) - len(c.headings_seen) >= JOINED_AFTER for c in copies):
        joined = _copies(lines, joined_events(lines, ends))
        if sum(len(c.headings_seen) for c in joined) > sum(len(c.headings_seen) for c in copies):
            copies = joined
        else:
            ends = {}
    copies, tail = _label_tail(copies, lines)
    read_each = read_once(read_copy)
    readings = [read_each(c) for c in copies]
    texts = {ln.no: ln.text for ln in lines}
    for copy, reading in zip(copies, readings):
        reading.issues += cells_parted_from_label(copy.events, texts)
    if ends:
        readings = [_spans_joined(r, ends) for r in readings]
    if readings and (unread := unread_digits(ln for ln in lines if ln.kind == "text")):
        # the digits the document's OCR never writes (parsers.digits: the document's, whichever copy), for the
        # risk scores a repair weighs (risks.repair_risks); at the lines of a field the copy read of the project,
        # so the project's span is as its fields give it (a copy that read none gets none)
        for reading in readings:
            if (fields := reading.tables.get("project", {}).get(0)):
                at = next(iter(fields.values()))
                reading.put("project", 0, "unread_digits", Reading(unread, "", at.line_start, at.line_end))
    if tail and readings:
        text = " ".join(ln.text.strip() for ln in tail)
        readings[-1].issues.append(Issue("warning", "unplaced_text", f"the document's last line(s) {text!r} read as a "
                                         "label the form opens with and no value: the signatures' words OCR "
                                         "misread, or the form printed again and cut short there; not counted as "
                                         "a copy of the form", text, tail[0].no, tail[-1].no,
                                         field="documents.n_copies"))
    if copies and _cut_short(copies[-1], lines):
        mark_cut_short(readings, copies[-1], "the document ends at line {line}, before the signature lines that close "
                       "the form: the file was cut short, and what followed that line is lost", "projects")
    if furniture:
        numbers = sorted(ln.no for ln in lines)
        for reading in readings:
            reading.issues += wraps_taken_for_headers(reading, furniture, numbers, [ln.text for ln in lines])
    return readings


# blank lines OCR leaves at most between a line and its wrap (a page gap of clean text is two or more:
# pipeline.clean.PAGE_GAP)
WRAP_GAP_MAX = 1


def _printed_in_text(header: str, texts: list[str]) -> bool:
    """Whether a header's words (comparable: marks and spaces as OCR reads them aside) stand inside a line of
    the text after other words, as a field's wrapped line would continue them ("... ในสังกัด" / "สำนักงานเขต...")."""
    key = comparable(header)
    return len(key) >= 4 and any(comparable(t).find(key) > 0 for t in texts)


def wraps_taken_for_headers(reading: CopyReading, furniture: list[Line], numbers: list[int],
                            texts: list[str]) -> list[Issue]:
    """A text field that wraps (FORM's wraps: the name, the unit, the model,
    the place) whose next line is a running page header the clean-up
    took out, with no page number or footer beside it (after OCR the header
    is its pages' only furniture, told by its printings alone): a field's
    wrapped line that prints the same words as the header (the agency, "...
    ในสังกัด" / "สำนักงานเขตประเวศ") is taken out so too, so the value may have
    lost its end there; kept as read and said (unplaced_text, the header's
    line as evidence), where the header's words stand inside the text's lines
    after other words (as a wrap continues them) and no page gap of blank
    lines stands before it (WRAP_GAP_MAX).  Before, such a place was cut
    silently (fresh set s108p, bma_proposal_s108p001).  `numbers`: the
    numbers of the lines read, in order; `texts`: their texts."""
    rec = reading.tables.get("project", {}).get(0, {})
    issues: list[Issue] = []
    for spec in FORM.fields.values():
        # (a text's: not a range the page broke at its dash, the period, whose ends are dates)
        read = rec.get(spec.columns[0]) if spec.wraps and spec.dash_wraps is None else None
        if read is None or read.line_end is None:
            continue
        end = read.line_end
        at = bisect_right(numbers, end)
        following = numbers[at] if at < len(numbers) else None
        between = [ln for ln in furniture if end < ln.no and (following is None or ln.no < following)]
        if not between or any(ln.kind != "page_header" for ln in between):
            continue
        head = between[0]
        if head.no - end > WRAP_GAP_MAX + 1 or not _printed_in_text(head.text, texts):
            continue  # (a page gap of blank lines before it, or words no text prints: a page's own header)
        for column in spec.columns:
            if column in rec:
                issues.append(Issue("warning", "unplaced_text", f"projects.{column}: the line right after it, "
                                    f"{head.text.strip()!r}, was taken for the page's running header (no page number "
                                    "or footer beside it): a wrapped line of the value printing the same words is "
                                    "taken so too, so the value may have lost its end there; kept as read",
                                    head.text.strip(), read.line_start, head.no, field=f"projects.{column}"))
    return issues


# A separator the form prints between a label and its value ("สถานที่ดำเนินการ : โรงเรียน...")
_SEPARATOR_RE = regex.compile(r"[:;=：]")
_OPENS_SEPARATOR_RE = regex.compile(r"^\s*[:;=：]")


def cells_parted_from_label(events: list[Event], texts: dict[int, str]) -> list[Issue]:
    """A field of the form's sections (not the title block's, whose labels
    may stand alone over their values) whose label stands alone on its line
    with no separator after it, its value read from a later line that does
    not open with one either: the form prints "label : value" on one line,
    so OCR read the value's cell apart from its label, and the cell's first
    piece, which holds the separator, stands elsewhere or is lost (fresh set
    s54z: "สถานที่ดำเนินการ" / "สำนักงานเขตพระนคร", the cell's ": โรงเรียนใน
    สังกัด" read fifty lines down among the plan's table): the value is kept
    as read and said, unread_cells on each of the field's columns.  A
    label with its separator and the value below it is a wrap, not this."""
    issues: list[Issue] = []
    for k, ev in enumerate(events[:-1]):
        field = FIELD_BY_KEY.get(ev.key) if ev.kind == "field" else None
        after = events[k + 1]
        if field is None or field.sections is None or "lead" in field.sections or ev.text.strip() \
                or after.kind != "text" or _SEPARATOR_RE.search(texts.get(ev.line, ":")) \
                or _OPENS_SEPARATOR_RE.match(texts.get(after.line, ":")):
            continue
        for column in field.columns:
            issues.append(Issue("warning", "unread_cells", f"the {field.label} label stands alone with no separator, "
                                f"its value {after.text[:40]!r} read from line {after.line}, which opens with none "
                                "either: OCR read the value's cell apart from its label, so its first words may "
                                "stand elsewhere or be lost; kept as read", after.text, ev.line, after.line,
                                field=f"projects.{column}"))
    return issues


# The signers' roles under the signature lines that close the form (their
# skeletons: OCR that garbles the "(ลงชื่อ)....." line keeps these words).
_SIGNER_ROLES = tuple(skeleton(w) for w in ("ลงชื่อ", "เสนอโครงการ", "เห็นชอบโครงการ", "อนุมัติโครงการ"))
_APPROVER_ROLES = tuple(skeleton(w) for w in ("เห็นชอบ", "อนุมัติโครงการ"))


def _cut_short(copy: Copy, lines: list[Line]) -> bool:
    """A last copy that stops before the signature lines closing the form
    (the proposer's and the approvers', after section 10; every proposal of
    the samples and the corpus, clean or OCR'd, has them): a file cut short.
    The roles, or a signer's bracketed name, are looked for in the text
    after the copy's last heading, so a signature block OCR garbled past the
    clean-up's signature test still counts."""
    if not copy.events:
        return False
    if any(ev.kind == "signature" for ev in copy.events):
        return False
    last_heading = max((ev.line for ev in copy.events if ev.kind == "heading"), default=copy.line_start)
    after = [ln for ln in lines if ln.no >= last_heading]
    return not any(_SIGNER_RE.match(ln.text.strip()) or any(role in skeleton(ln.text) for role in _SIGNER_ROLES)
                   for ln in after)


JOINED_AFTER = 2  # headings a copy lacks before the text is also read as one line

# The title block's labels in the order the form prints them.
TITLE_LABELS = ("name", "unit", "fiscal_year")
_SEPARATORS = " \t:;=."


def cut_title_block(events: list[Event]) -> list[Event]:
    """A title-block field whose value holds the block's later labels: the
    labels inside a line open a field only before a separator (words of
    running text do not), but a proposal printed on one line without the
    title block's colons ('ชื่อโครงการ X หน่วยงานที่รับผิดชอบ Y ปีงบประมาณ พ.ศ. Z
    1. หลักการและเหตุผล ...') leaves the name holding the unit and the year.
    Their labels in the form's order cut the value when every later label
    of the block is there, or when the value runs on to a heading on its
    line (the whole form on one line).  The line a value wrapped onto is
    cut alike when it holds the next labels of the block and the labels
    after them open fields of their own right after it (_cut_wrap)."""
    out: list[Event] = []
    skip = -1
    for k, ev in enumerate(events):
        if k == skip:
            continue
        if ev.kind != "field" or ev.key not in TITLE_LABELS:
            out.append(ev)
            continue
        later = TITLE_LABELS[TITLE_LABELS.index(ev.key) + 1:]
        cuts = _title_labels_in(ev.text, later)
        wrap = _cut_wrap(events, k, later) if not cuts else None
        if wrap is not None:
            out.append(ev)
            out += wrap
            skip = k + 1
            continue
        nxt = events[k + 1] if k + 1 < len(events) else None
        one_line = nxt is not None and nxt.kind == "heading" and nxt.line == ev.line
        if not cuts or not (len(cuts) == len(later) or one_line):
            out.append(ev)
            continue
        out.append(Event("field", ev.key, ev.text[: cuts[0][1]].strip(" \t"), ev.line))
        for (key, _, end), nxt_cut in zip(cuts, cuts[1:] + [None]):
            value = ev.text[end: nxt_cut[1] if nxt_cut else len(ev.text)]
            out.append(Event("field", key, value.lstrip(_SEPARATORS).rstrip(" \t"), ev.line))
    return out


def _cut_wrap(events: list[Event], k: int, later: tuple[str, ...]) -> list[Event] | None:
    """The events for the line a title-block value (events[k]) wrapped onto,
    cut at the block's next labels inside it, or None.  Class: the name
    wrapped, its last word on the next line with the unit's label after it
    ('ชื่อโครงการ ... เขตทุ่ง' / 'ครุ หน่วยงานที่รับผิดชอบ ฝ่าย...' / 'ปีงบประมาณ
    พ.ศ. ...'): a label inside a line opens no field, so the name ran on
    through the unit.  Cut only when the line holds the labels that come
    next in the block's order, standing as words after its first, and the
    block's remaining labels open fields of their own right after the line,
    in order: the block is all there, so the label is the block's, not words
    of the value."""
    if k + 1 >= len(events) or events[k + 1].kind != "text":
        return None
    wrap = events[k + 1]
    cuts = _title_labels_in(wrap.text, later)
    found = tuple(key for key, _, _ in cuts)
    if not found or found != later[: len(found)]:
        return None
    rest = later[len(found):]
    after = events[k + 2: k + 2 + len(rest)]
    if tuple(ev.key for ev in after if ev.kind == "field") != rest or len(after) != len(rest):
        return None
    out = []
    before = wrap.text[: cuts[0][1]].strip(" \t")
    if before:
        out.append(Event("text", None, before, wrap.line, wrap.bullet, wrap.indent, wrap.cols))
    for (key, _, end), nxt in zip(cuts, cuts[1:] + [None]):
        value = wrap.text[end: nxt[1] if nxt else len(wrap.text)]
        out.append(Event("field", key, value.lstrip(_SEPARATORS).rstrip(" \t"), wrap.line))
    return out


def _title_labels_in(text: str, labels: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The labels of `labels` standing as words in `text`, in their order
    (each after the one before): (key, start, end)."""
    found = [(a.key, start, end) for a, start, end in FORM.anchors.occurrences(text)
             if a.kind == "label" and a.key in labels and start > 0 and text[start - 1].isspace()
             and (end == len(text) or not text[end].isalnum())]
    cuts: list[tuple[str, int, int]] = []
    pos = 0
    for key in labels:
        hit = next((f for f in found if f[0] == key and f[1] >= pos), None)
        if hit is not None:
            cuts.append(hit)
            pos = hit[2]
    return cuts


def _copies(lines: list[Line], events: list[Event]) -> list[Copy]:
    by_no = {ln.no: ln for ln in lines}
    copies = split_copies(cut_title_block(events), FORM)
    homes = {key: (f.label, f.sections) for key, f in FORM.fields.items() if f.sections is not None}
    for copy in copies:
        order_headings(copy, HEADING_ORDER, by_no)
        headings_by_labels(copy, HEADING_ORDER, FORM.anchors, homes)
        headings_by_opening(copy, HEADING_ORDER, SECTION_OPENERS)
        labels_after_headings(copy, FORM.anchors, homes)
    return copies


def _label_tail(copies: list[Copy], lines: list[Line]) -> tuple[list[Copy], list[Line]]:
    """The copies less a last one that holds no heading and only labels
    with no value (and the lines it held): a line past the copy before
    whose words the anchors took for a label the form opens with, the
    signatures' wrap ("...ผู้อนุมัติ" / "โครงการ", read "ใโครงการ", as the
    project's name: fresh set s103o's bma_proposal_s103o004, counted as a
    third copy with no issue naming documents.n_copies), or the form printed
    again and cut short right after its first label.  Either way it is no
    copy: its lines go back to the copy before, as text, for the caller to
    say."""
    if len(copies) < 2 or copies[-1].headings_seen \
            or not all(ev.kind == "field" and not ev.text.strip() for ev in copies[-1].events):
        return copies, []
    texts = {ln.no: ln.text for ln in lines}
    tail = [Line(ev.line, texts.get(ev.line, ev.text)) for ev in copies[-1].events]
    return fold_last_copy(copies, texts), tail


def _spans_joined(reading: CopyReading, ends: dict[int, int]) -> CopyReading:
    """A copy read from its text as one line (joined_events) with each
    reading's and issue's last line moved to the last line of the text the
    events starting on it hold (`ends`): a value is read from somewhere in
    its event's text, which OCR wrapped over those lines, not from the line
    the text starts on (a risk table's rows each given the line its
    section's text opens, "๕ ๕" printed three lines below: a check of the
    figures its lines print found none there).  Readings and issues move
    alike, so which issue stands at which row's lines is as before."""
    for records in reading.tables.values():
        for record in records.values():
            for value in record.values():
                value.line_end = max(value.line_end, ends.get(value.line_end, value.line_end))
    for issue in reading.issues:
        if issue.line_end is not None:
            issue.line_end = max(issue.line_end, ends.get(issue.line_end, issue.line_end))
    return reading


def joined_events(lines: list[Line], ends: dict[int, int] | None = None) -> list[Event]:
    """The events of the text lines read as one line, each given back the
    line its text starts on; `ends`, if given, gets for each such line the
    last line the text of the events starting on it reaches."""
    text_lines = [ln for ln in lines if ln.kind == "text"]
    if not text_lines:
        return []
    starts, parts, pos = [], [], 0
    for ln in text_lines:
        starts.append(pos)
        parts.append(("- " if ln.bullet else "") + ln.text.replace("\t", " "))  # a bullet clean-up took off
        pos += len(parts[-1]) + 1
    joined = " ".join(parts)
    events = scan([Line(text_lines[0].no, joined)] + [ln for ln in lines if ln.kind != "text"], FORM)
    cursor = 0
    for ev in events:
        if ev.kind == "signature":
            continue
        found = joined.find(ev.text, cursor) if ev.text else -1
        if found >= 0:
            cursor = found
        k = max(i for i, s in enumerate(starts) if s <= cursor)
        ev.line = text_lines[k].no
        if ends is not None and found >= 0 and ev.text:
            last = max(i for i, s in enumerate(starts) if s < found + len(ev.text))
            ends[ev.line] = max(ends.get(ev.line, ev.line), text_lines[last].no)
    return events