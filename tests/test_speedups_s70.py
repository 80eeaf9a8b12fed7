"""Speed-ups of the anchors (parsers.anchors, issue 13) that must answer as before: _numbered_opening answers
None for a tail without a dot before searching it (a dotted section number holds one), and gives what the search
of every tail gave on the lines of the samples and the corpus, their tails as mend_breaks cuts them and made-up
ones; Skeleton.pos picks the kept characters' indices in C (map over _KEPT.get, compress: tests/test_speedups_s67
checks it against the walk of every character)."""
from __future__ import annotations

from pathlib import Path

from parsers.anchors import _MID_NUMBER_RE, _numbered_opening, skeleton_text

ROOT = Path(__file__).resolve().parent.parent


def _searched(tail: str) -> tuple[int, str] | None:
    """_numbered_opening as written before: every tail searched."""
    number = None
    for m in _MID_NUMBER_RE.finditer(tail):
        number = m
    if number is None or "." not in number.group(1):
        return None
    return number.start(1), skeleton_text(tail[number.end():])


TAILS = [
    "",
    "ผลการดำเนินงาน 2. รายงานความก้าวหน้าของโครงการและ",  # a dotted number
    "ผลการดำเนินงาน 2 รายงานความก้าวหน้า",  # a number without its dot
    "ตามเกณฑ์ที่กำหนด ๑.๖ สรุปผล",
    "จำนวน ๑๕ โรงเรียน",
    "1.5 ล้าน ต่อ 3 เรื่อง",  # the last number undotted
    "... ร้อยละ 80",
]


def test_numbered_opening_as_every_tail_searched():
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/ocr").glob("*.txt"))[:60]
    tails = list(TAILS)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            tails += [line, line[-80:]]
    dotless = found = 0
    for tail in tails:
        assert _numbered_opening(tail) == _searched(tail), tail
        dotless += "." not in tail
        found += _numbered_opening(tail) is not None
    assert dotless > 1000 and found > 20
