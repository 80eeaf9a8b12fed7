"""parsers.year_mentions.mentions_of finds a text's dates by trying
_DATE_RE only where a month token starts (_dates: a full month's name,
found by the re module, or an abbreviation): it gives exactly the matches
_DATE_RE.finditer gives, on the lines (joined to the next, as mentions_in
asks) of the samples and the OCR corpus and on texts made to try its
edges, and so the mentions it gave when every text was searched whole.
academic_mentions_in reads only the lines an academic year's label starts
on (_label_lines), found in the document's lines joined: the mentions of
every line read, on the same lines and on lines cut inside the label."""

from __future__ import annotations

import random
from pathlib import Path

from parsers import year_mentions as year
from schemas.document import Line

ROOT = Path(__file__).resolve().parent.parent


def _paths() -> list[Path]:
    return sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/ocr").glob("*.txt"))


def _texts() -> list[str]:
    out: dict[str, None] = {}
    for path in _paths():
        lines = path.read_text(encoding="utf-8").split("\n")
        for line, nxt in zip(lines, [*lines[1:], ""]):
            text = f"{line} {nxt[:40]}"
            if year._YEAR_DIGITS_RE.search(text):
                out.setdefault(text)
                out.setdefault(text.replace(".", " "))  # abbreviated months' dots lost: the full names must carry it
    return list(out)


# texts at the finder's edges: a token that starts no date before one that does (its start passed, the other
# token's kept), an abbreviation after a Thai letter (the look-behind sees before where the search starts), two
# dates, a month name inside an abbreviation's reach, no dot at all
EDGES = [
    "ม.ค. ไม่มี ๑ มกราคม ๒๕๖๖",
    "กม.ค. ๒๕๖๖ และ ม.ค. ๒๕๖๖",
    "๑ ต.ค. ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗",
    "มกราคม มีนาคม ๒๕๖๗ ส.ค.",
    "ธ.ค.๒๕๖๖ ม.ค.๒๕๖๗ ก.พ. พ.ศ. ๒๕๖๗",
    "ธันวาคม พ.ศ ๒๕๖๖ ต.ค.",
    "วันที่ ๑๕ ก.ย. ๒๕๖ๆ",
    "๑๒๓๔ ๕๖๗๘ ไม่มีเดือน",
    "มกรา คม ๒๕๖๖ มกราคม๒๕๖๖.",
]


def test_dates_are_the_pattern_matches():
    texts = _texts() + EDGES
    found = 0
    for text in texts:
        mine = [(m.span(), m.groups()) for m in year._dates(text)]
        assert mine == [(m.span(), m.groups()) for m in year._DATE_RE.finditer(text)], text
        found += bool(mine)
    assert found > 50  # (dates are found)


def test_the_same_mentions_as_with_every_text_searched(monkeypatch):
    texts = _texts() + EDGES
    fast = [year.mentions_of.__wrapped__(t) for t in texts]
    monkeypatch.setattr(year, "_dates", year._DATE_RE.finditer)
    slow = [year.mentions_of.__wrapped__(t) for t in texts]
    assert fast == slow
    assert sum(any(m[0] == "date" for m in ms) for ms in fast) > 50


def _every_line_read(lines: list[Line]) -> list:
    """academic_mentions_in as it read every line."""
    out = []
    for ln, nxt in zip(lines, year._next_texts(lines)):
        text = f"{ln.text} {nxt[:40]}" if nxt else ln.text
        if year._YEAR_DIGITS_RE.search(text):
            out += [(ln, ("academic", m.group(1), 0)) for m in year._ACADEMIC_RE.finditer(text)
                    if m.start() < len(ln.text)]
    return out


def test_academic_mentions_read_from_the_label_lines():
    rnd = random.Random(13)
    documents = [path.read_text(encoding="utf-8").split("\n") for path in _paths()]
    documents.append(["รายงาน ประจำปีการ", "", "ศึกษา ๒๕๖๖", "ปีการศึกษา", "", "", "๒๕๖๗", "   ", "ปีการ ศึกษา ๒๕๖๕"])
    named = 0
    for texts in documents:
        cut = []  # each line holding the label cut at a random place, blank lines (up to three) between
        for text in texts:
            if "ศึกษา" in text and len(text) > 3:
                k = rnd.randrange(1, len(text))
                cut += [text[:k], *[""] * rnd.randrange(4), " " * rnd.randrange(2) + text[k:]]
            else:
                cut.append(text)
        for version in (texts, cut):
            lines = [Line(i + 1, t) for i, t in enumerate(version)]
            mentions = year.academic_mentions_in(lines)
            assert mentions == _every_line_read(lines)
            named += bool(mentions)
    assert named >= 4
    assert year._label_lines(["", "  ", "ปีการ", "ศึกษา ๒๕๖๖", "x ปีการศึกษา"]) == [2, 4]
