"""An OBEC report printed as running text (one line, or a paragraph the
page width wrapped): cut where its parts start, so that the line rules of
parsers.obec_progress.read can read it; and the reporter's signature, which
belongs to no project."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

import regex
from rapidfuzz import fuzz

from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import mark_tolerant, skeleton
from normalizers.words import plausibility
from parsers.anchors import Anchor, origins, skeleton_of, skeleton_text
from parsers.items import THAI_WORD_RE  # (a word of text: what OCR made of a dotted line holds none)
from parsers.obec_progress.anchors import ANCHORS, MARKERS, REPORT_TITLE_RE
from schemas.document import Line


# A line this long holds more than a paragraph: a report printed without line breaks.
LONG_LINE = 2000
# Inside such a line, where a project title or main activity starts.
_ODD = r"A-Za-z@©«»¢£¥§°®|!?\[\]{}<>~^*#$%&"  # what OCR makes of a digit: a Latin letter or a symbol
_UNREAD_NUMBER = rf"(?=[^\s]*[{_ODD}])[{_ODD}\d๐-๙]{{1,3}}(?:[.,][{_ODD}\d๐-๙]{{1,2}})?[.,]?"
# A title's number may be one OCR spaced ("๓. ๒ โครงการ") or read as Latin letters or a symbol ("or
# โครงการ", "lo. โครงการ", "๓.@ โครงการ", "o.d โครงการ"); the title rule decides whether such a piece opens a project
# (a section must follow it, or it stands in a list of titles).
_INLINE_START_RE = regex.compile(
    rf"(?<=\s)(?:(?:[\d๐-๙]{{1,2}}\.(?:\s?[\d๐-๙]{{1,2}}\.?)?|{_UNREAD_NUMBER})\s*(?={mark_tolerant('โครงการ')})"
    rf"|(?={mark_tolerant('กิจกรรมหลักที่')}))"
)


# A status group's header ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ (โดยมีรายละเอียด) ดังนี้"):
# its first title starts where it ends, whatever OCR made of that title's number.
_GROUP_HEADER_RE = regex.compile(
    "(?:" + "|".join(mark_tolerant(w) for w in ("โครงการที่ดำเนินการเสร็จสิ้นแล้ว", "โครงการที่อยู่ระหว่างดำเนินการ",
                                               "โครงการที่ยังไม่ได้ดำเนินการ")) + ")"
    rf"\s*จ\S{{0,3}}นวน\s*\S{{1,4}}\s*{mark_tolerant('โครงการ')}\s*(?:{mark_tolerant('โดยมีรายละเอียด')}\s*)?"
    rf"{mark_tolerant('ดังนี้')}\s*")
# The group's number before its header's words, and specks OCR left after it ("๑.  .", "๒ ,").
_GROUP_NUMBER_BEFORE_RE = regex.compile(r"(?<=\s|^)[\d๐-๙]{1,2}\s*[.,]?[\s.,]*$")
# A title whose number lost its dot ("๓๑ โครงการ" for ๓.๑, "๒ โครงการ"), not a count ("จำนวน ๒ โครงการ").
_BARE_NUMBER_TITLE_RE = regex.compile(rf"(?<=\s)[\d๐-๙]{{1,2}}\s+(?={mark_tolerant('โครงการ')})")
_COUNT_WORDS = [[w] for w in ("จำนวน", "จํานวน", "จ้านวน", "ทั้งหมด", "รวม", "ที่", "และ", "ละ")]


# The period tail of a heading: "(Output)", "ประจำไตรมาสที่ 1 ปีงบประมาณ 2565", "ฉบับที่ 13"; a year OCR
# read as letters ("ปีงบประมาณ weve") is a token with no Thai letter; a bracketed English name whose opening
# bracket OCR lost ("Outcome)").
_TAIL_END_RE = regex.compile(rf"\s*(?:\([^()]{{0,40}}\)|[A-Za-z]{{3,12}}\)|.{{0,40}}?{mark_tolerant('ปีงบประมาณ')}\s*(?:พ\.\s*ศ\.\s*)?"
                           rf"(?:\d{{4,5}}|[^\s\u0e01-\u0e2e]{{2,6}}(?=\s|$))"
                           rf"|{mark_tolerant('ฉบับที่')}\s*\d{{1,3}})")


# Anchors too common in running text to cut at anywhere: each only right after the one it follows
# in the report ("ผลการดำเนินงาน" opens a findings block; elsewhere it is words of a sentence).
_ONLY_AFTER = {"result": "findings"}


def _cuts(text: str) -> dict[int, bool]:
    """Where the report's parts start inside running text: its markers (and
    the end of a heading's period tail), numbered titles, main activities;
    each cut says whether a part opens there (False: a heading's tail ends)."""
    src = thai_digits_to_arabic(text)  # same length: offsets carry over
    opens = {m.start() for m in _INLINE_START_RE.finditer(text)}
    opens |= {m.start() for m in REPORT_TITLE_RE.finditer(text)}
    ends: set[int] = set()
    prev_key, prev_end = None, 0
    for anchor, a, b in sorted(ANCHORS.occurrences(text) + _damaged_occurrences(text), key=lambda o: o[1]):
        after = _ONLY_AFTER.get(anchor.key)
        if after is not None and (prev_key != after or text[prev_end:a].strip()):
            continue
        opens.add(a)
        if anchor.kind == "heading":
            tail = _TAIL_END_RE.match(src, b) if anchor.tail else None
            b = tail.end() if tail else b
            ends.add(b)
        prev_key, prev_end = anchor.key, b
    for m in _GROUP_HEADER_RE.finditer(text):
        opens.add(m.end())
        # the header itself opens a part, from its number on, whatever speck OCR left between the number and
        # the words ("๑.  .โครงการที่ดำเนินการเสร็จสิ้นแล้ว ...": the title rule's cut needs the words right after)
        number = _GROUP_NUMBER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        opens.add(number.start() if number else m.start())
    opens |= {m.start() for m in _BARE_NUMBER_TITLE_RE.finditer(text)
              if text[max(0, m.start() - 12): m.start()].split()[-1:] not in _COUNT_WORDS}
    opens |= _progress_cuts(text, src, opens | ends)
    opens |= {m.start() for m in _SIGNATURE_RE.finditer(text)}
    return {c: c in opens for c in opens | ends}


# A budget section's amount clauses: a report printed as running text runs each on after the one before
# ("... 1,400 บาท จํานวนเงินงบประมาณทที่เบิกจ่ายจริง 1,400 บาท"), so a clause's label is found inside a line
# with a letter OCR doubled, changed or dropped as a long heading is (the amounts are read at their labels:
# a label not found runs the amount before it on into the next clause)
_CLAUSE_KEYS = frozenset({"budget_planned", "budget_disbursed"})


# The long headings that are anchors anywhere, each as a pattern that allows one letter OCR changed,
# added or dropped ("ดัชนีขี้วัดความสำเร็จ", "ผลการตดำเนินงาน..."), matched on the skeleton
# (parsers.anchors) of running text.
# A match with at most one edit holds one half of the heading exactly (the edit is in the other half,
# or between them): the fuzzy pattern runs only in windows around those halves, so text that holds
# neither costs one str.find per half, not a fuzzy match tried at every position.
_DAMAGED = [(a, skeleton_text(a.text), regex.compile(f"(?:{regex.escape(skeleton_text(a.text))}){{e<=1}}"))
            for a in MARKERS if (a.anywhere or a.key in _ONLY_AFTER or a.key in _CLAUSE_KEYS)
            and len(skeleton_text(a.text)) >= 12]


def _halves_windows(text: str, exact: str) -> list[tuple[int, int]]:
    """The stretches of text (merged where they touch) that can hold a match
    of exact with at most one edit: around each exact occurrence of either
    half, wide enough for the whole match on either side."""
    n, half = len(exact), len(exact) // 2
    spans = []
    for piece, offset in ((exact[:half], 0), (exact[half:], half)):
        at = text.find(piece)
        while at != -1:
            spans.append((max(0, at - offset - 2), at - offset + n + 2))
            at = text.find(piece, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _fuzzy_matches(rx: regex.Pattern, exact: str, text: str) -> list[regex.Match]:
    """rx.finditer(text) for rx the heading exact with at most one edit, run
    only where a match can be (_halves_windows)."""
    return [m for a, b in _halves_windows(text, exact) for m in rx.finditer(text, a, min(b, len(text)))]


def _damaged_occurrences(text: str) -> list[tuple[Anchor, int, int]]:
    """Where a long heading stands in running text with one letter OCR
    changed (an exact one ANCHORS.occurrences finds)."""
    sk = skeleton_of(text)
    # (a heading printed right, read with a letter of the next or the last word: no damage, and no cut there)
    found = [(a, m.start(), m.end()) for a, exact, rx in _DAMAGED for m in _fuzzy_matches(rx, exact, sk.text)
             if any(m.fuzzy_counts) and exact not in (m.group()[1:], m.group()[:-1])]
    if not found:
        return []
    # (one origins pass over the text for every index: it counts from the start each call)
    wanted = sorted({i for _, s0, s1 in found for i in (s0, s1 - 1)})
    at = dict(zip(wanted, origins(text, wanted)))
    out = []
    for a, s0, s1 in found:
        start, last = at[s0], at[s1 - 1]
        end = last + 1
        while end < len(text) and unicodedata.category(text[end]) == "Mn":
            end += 1
        out.append((a, start, end))
    return out


# In running text, where a main activity's progress starts after its name: a clause stating its
# status in the report's own status words (in progress, done, not yet done), its participants,
# or its first numbered step ("2.1" under activity 2).
_PROGRESS_RE = regex.compile(
    "(?<=\\s)(?:" + "|".join(mark_tolerant(w) for w in (
        "ได้ดำเนินการ", "ดำเนินการแล้ว", "ดำเนินการครบ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ", "มีผู้เข้าร่วม"))
    + ")"
)
_PROGRESS_AT_START_RE = regex.compile(_PROGRESS_RE.pattern.replace("(?<=\\s)", "^\\s*", 1))


# The status clauses distinctive enough to be told fuzzily at a line's start, where OCR misread a letter
# ("มผู้เขชารวมกิจกรรม", "มีผู้เข้าว่วม", "ได้ตำเนินการแล้ว"): not "ได้ดำเนินการ" alone and its kin, which an
# activity's own name may open with ("ดำเนินการประเมิน..." is one letter pair from "ดำเนินการครบ"); "... แล้ว"
# (done) no name says.
_FUZZY_STATUS = tuple(skeleton(w) for w in ("มีผู้เข้าร่วม", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ",
                                            "ได้ดำเนินการแล้ว"))
STATUS_RATIO = 85.0


def opens_progress(text: str) -> bool:
    """A line that opens with an activity's status clause (see _PROGRESS_RE),
    or with one of the distinctive ones a letter or two misread
    (_FUZZY_STATUS, at STATUS_RATIO), the line as long as the clause but
    for a letter or two."""
    if _PROGRESS_AT_START_RE.match(text):
        return True
    head = skeleton(text.lstrip())
    for word in _FUZZY_STATUS:
        if len(head) < len(word) - 2:
            continue  # a line shorter than the clause ("รวม", a name's last word) is no clause a letter misread
        m = fuzz.partial_ratio_alignment(word, head[:len(word) + 2], score_cutoff=STATUS_RATIO)
        if m is not None and m.dest_start <= 1:
            return True
    if _OPENING_LOST_RE.match(text):
        # its opening letters lost, the line opening with a vowel no word opens with ("าร่วมกิจกรรม จำนวน 86 คน"
        # for มีผู้เข้าร่วมกิจกรรม): the clause's end, STATUS_TAIL letters at least, opens the line (before, it was
        # read as the activity's name going on, its progress lost with no issue: fresh set s118o, s118o004)
        return any(head.startswith(word[k:]) for word in _FUZZY_STATUS for k in range(1, len(word) - STATUS_TAIL + 1))
    return False


STATUS_TAIL = 4  # letters (as a skeleton) of a status clause's end that open a line whose opening OCR lost
_OPENING_LOST_RE = regex.compile(r"^\s*[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")  # a vowel or mark no word opens with


_ACTIVITY_AT_RE = regex.compile(rf"{mark_tolerant('กิจกรรมหลักที่')}\s*(\d{{1,2}})")


def _progress_cuts(text: str, src: str, cuts: set[int]) -> set[int]:
    """The start of each main activity's progress inside running text (see _PROGRESS_RE)."""
    out = set()
    bounds = sorted(cuts | {len(text)})
    for m in _ACTIVITY_AT_RE.finditer(src):
        end = bounds[bisect_right(bounds, m.start())]
        name = m.end() + 4  # the name's first words are never its progress
        step = regex.compile(rf"(?<=\s){m.group(1)}\.1\s").search(src, name, end)
        status = _PROGRESS_RE.search(text, name, end)
        found = [x.start() for x in (step, status) if x is not None]
        if found:
            out.add(min(found))
    return out


# A signature block in running text: "ลงชื่อ......ผู้รายงาน (name) ตำแหน่ง ...", to the end; its dotted
# line OCR may read as digits and letters ("ลงชื่อ2๐5๐6552.๐ญู้วียิงาน (name) ตำแหน่ง"): then the
# signer's name in brackets and the position word close it.
_SIGNATURE_RE = regex.compile(
    rf"\(?{mark_tolerant('ลงชื่อ')}\)?(?:\s*[.…_]{{3,}}"
    rf"|(?=\S{{0,60}}\s*(?:{mark_tolerant('ผู้รายงาน')}|\([^()]{{3,60}}\)\s*{mark_tolerant('ตำแหน่ง')})))")


# A report printed in lines has (almost) all its long headings at a line's start; running text that
# OCR read back breaks its lines where its layout analysis saw paragraphs, often right before a
# heading, so only a share of them stands inside a line: running when more than this share does.
RUNNING_SHARE = 0.2


def runs_on(lines: list[Line]) -> bool:
    """The report is printed as running text (a paragraph wrapped at the page
    width, or one line): more than a fifth of its long headings stand inside
    a line, not at its start (read over the lines joined, so a heading the
    page width wrapped counts too)."""
    line_starts = set(accumulate((len(ln.text) + 1 for ln in lines[:-1]), initial=0))  # where each starts in the whole
    inside = at_start = 0
    for a in ANCHORS.anywhere_starts_joined([ln.text for ln in lines]):
        if a in line_starts:
            at_start += 1
        else:
            inside += 1
    return inside > 2 and inside > RUNNING_SHARE * (inside + at_start)


def _joined(lines: list[Line]) -> tuple[str, list[int]]:
    """The lines as one text (single spaces between) and where each starts in it."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    return " ".join(ln.text for ln in lines), starts


def explode(lines: list[Line]) -> list[Line]:
    """A report printed as running text cut where its parts start, so the
    line rules can read it: the lines are read as one text (a part may start
    at the end of one line and go on in the next) and each is cut at the part
    starts that fall inside it, keeping its own line number; a marker that
    may not carry text on its line gets a piece of its own.  Other reports
    are left as printed, but for a line too long to be anything but a whole
    report."""
    if not runs_on(lines):
        return explode_lines(lines)
    return explode_running(lines)


def explode_lines(lines: list[Line]) -> list[Line]:
    """explode() for a report printed as lines (runs_on said no): only a line
    too long to be anything but a whole report is cut."""
    return [piece for ln in lines for piece in (_cut(ln, _cuts(ln.text)) if len(ln.text) >= LONG_LINE else [ln])]


def explode_running(lines: list[Line]) -> list[Line]:
    """explode() for running text: each piece that starts a part (at a cut)
    is marked `bullet` (a part starts here); the rest of a part the page
    width wrapped onto the next line is not."""
    joined, starts = _joined(lines)
    cuts = _cuts(joined)
    bounds = sorted(set(cuts) | {0, len(joined)})
    out: list[Line] = []
    for a, b in zip(bounds, bounds[1:]):
        first, last = bisect_right(starts, a) - 1, bisect_right(starts, b - 1) - 1
        if first != last and cuts.get(a) and b - a <= JOIN_MAX:
            # a heading, title or marker the page width wrapped: one piece, on the line it starts on
            out.append(Line(lines[first].no, joined[a:b].strip(), bullet=True))
            continue
        for k in range(first, last + 1):
            piece = joined[max(a, starts[k]): min(b, starts[k] + len(lines[k].text))].strip()
            if piece:
                out.append(Line(lines[k].no, piece, bullet=k == first))
    return out


JOIN_MAX = 250  # characters: a part that opens with a heading, title or marker and is this short is one piece


def _cut(ln: Line, cuts: set[int] | dict[int, bool]) -> list[Line]:
    if not set(cuts) - {0}:
        return [ln]
    bounds = sorted(set(cuts) | {0, len(ln.text)})
    return [Line(ln.no, ln.text[a:c].strip(), bullet=True) for a, c in zip(bounds, bounds[1:]) if ln.text[a:c].strip()]


# The reporter's signature: "ลงชื่อ......ผู้รายงาน", "...ผู้รายงาน (นางสาว...)"; the position under it.
_REPORTER_RE = regex.compile(rf"{mark_tolerant('ผู้รายงาน')}\s*\(|^{_SIGNATURE_RE.pattern}")
_POSITION_RE = regex.compile(rf"^(?:{mark_tolerant('ตำแหน่ง')}\s|\([^()]{{3,60}}\)$)")
# The signer's name in brackets, and the position line under it.
_NAME_RE = re.compile(r"^\([^()]{3,60}\)$")  # (standard re: regex's matches, faster; tests/test_speedups_exact.py)
_POSITION_LINE_RE = regex.compile(rf"^{mark_tolerant('ตำแหน่ง')}\s")
_REPORTER_SKELETON = skeleton("ผู้รายงาน")
SIGN_LINE_MAX = 40  # characters: the signature's dotted line, however OCR garbled it
POSITION_LINE_MAX = 80  # characters: the signer's position line ("ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน")


def _signs(text: str) -> bool:
    """A short line OCR made of "ลงชื่อ......ผู้รายงาน": it opens with ลง or
    ends with (about) ผู้รายงาน."""
    sk = skeleton(text)
    return len(text) <= SIGN_LINE_MAX and (sk.startswith("ลง") or fuzz.partial_ratio(_REPORTER_SKELETON, sk) >= 75)


def _head_before(text: str) -> str:
    """The text before a signature that runs on in its line, without what
    OCR made of the signature's dotted line ("... นันทนาการ ANDO 3 3็0"):
    the trailing words that hold no Thai word."""
    words = text.split()
    while words and not THAI_WORD_RE.search(words[-1]):
        words.pop()
    return " ".join(words)


# what OCR made of "ลงชื่อ......ผู้รายงาน" when it read no Thai letter in it: a Latin letter and a digit
_NO_THAI_RE = regex.compile(r"[\u0e01-\u0e4e]")
_LATIN_LETTER_RE = regex.compile(r"[A-Za-z]")


def _latin_signature(text: str) -> bool:
    """A short line with no Thai character, a Latin letter and a digit: the
    signature's line OCR read as Latin letters and digits ("TIVO. 33,11+1+0")."""
    return (len(text) <= SIGN_LINE_MAX and _NO_THAI_RE.search(text) is None
            and _LATIN_LETTER_RE.search(text) is not None and ANY_DIGIT_RE.search(text) is not None)


# what OCR made of the signature's dots when it read them as Thai letters and digits in turn: digits between two
# Thai letters, or Thai letters between two digits, inside one token ("2000000ไ7ไ1ไวไยหน", "16ไโ1750.",
# "้0ฮาฆจฮง"); no word of a title is printed so (a title's figures stand apart: "ปีการศึกษา ๒๕๖๖", "ม.1-6")
SIGN_WORD_LENGTH = 3  # letters a Thai token of such a line holds on average, at most (normalizers.words.plausibility)
_DIGITS_AMONG_LETTERS_RE = regex.compile(r"[\u0e01-\u0e4e][\d๐-๙]+[\u0e01-\u0e4e]|[\d๐-๙][\u0e01-\u0e4e]+[\d๐-๙]")


def _thai_signature(text: str) -> bool:
    """A short line, right over the signer's name, OCR made of the
    signature's "ลงชื่อ......" with Thai letters among its digits: such a
    token (_DIGITS_AMONG_LETTERS_RE), and its Thai cut into words averages
    under SIGN_WORD_LENGTH letters, scraps and no words ("ลชื่อ 0
    2000000ไ7ไ1ไวไยหน" 2.2, "“ก“ไพฑ ้0ฮาฆจฮง" 1.7, "IDO 8 16ไโ1750."
    none); read before as the wrap of a list's last title. A title's wrap
    is words (5 letters and more on average)."""
    return (len(text) <= SIGN_LINE_MAX and _DIGITS_AMONG_LETTERS_RE.search(text) is not None
            and plausibility(text)[1] < SIGN_WORD_LENGTH)


def drop_signatures(lines: list[Line]) -> list[Line]:
    """The lines without the reporter's signature block (what the clean-up
    stage could not tell from text: a signature inside running text, or
    one whose dotted line OCR garbled), which belongs to no project: a line
    naming the reporter and what follows it; a name in brackets over a
    position line, and the garbled dotted line above them."""
    drop: set[int] = set()
    for i, (ln, nxt) in enumerate(zip(lines, lines[1:])):
        if _NAME_RE.match(ln.text) and _POSITION_LINE_RE.match(nxt.text):
            drop |= {i, i + 1}
            # the signature's line over the name, or over what OCR made of its dots on a line of their own
            # ("ผู้รายงาน" / "๑7  co ©" / "(นาย...)"): a short line that holds no word between them
            for j in (i - 1, i - 2):
                if j < 0 or not _signs(lines[j].text):
                    continue
                if all(len(x.text) <= SIGN_LINE_MAX and not THAI_WORD_RE.search(x.text) for x in lines[j + 1:i]):
                    drop |= set(range(j, i))
                break
            else:
                # the signature's line OCR read with no Thai letter at all, its "ลงชื่อ" and dots Latin letters
                # and digits ("TIVO. 33,11+1+0"), right over the name; read before as the wrap of a list's
                # last title (a Thai report's text that ends a list holds Thai letters); or read with Thai letters
                # among its digits and no word (_thai_signature)
                if i and (_latin_signature(lines[i - 1].text) or _thai_signature(lines[i - 1].text)):
                    drop.add(i - 1)
    out: list[Line] = []
    signed = False
    for i, ln in enumerate(lines):
        reporter = _REPORTER_RE.search(ln.text)
        if reporter and not signed and i not in drop:
            head = _head_before(ln.text[:reporter.start()])
            if head:  # the signature runs on from the last line of text: that text stays
                out.append(Line(ln.no, head, ln.kind, ln.bullet, ln.indent))
        if i in drop or reporter or (signed and _POSITION_RE.match(ln.text)):
            signed = True
            continue
        signed = False
        out.append(ln)
    while out and _POSITION_LINE_RE.match(out[-1].text) and len(out[-1].text) <= POSITION_LINE_MAX:
        # the signer's position closing the report, the signature and name over it gone with the page's
        # furniture (a running header printed between them: "ลงชื่อ...ผู้รายงาน" / "(name)" / header /
        # "ตำแหน่ง ผู้อำนวยการกลุ่ม..."): no project's text
        out.pop()
    return out
