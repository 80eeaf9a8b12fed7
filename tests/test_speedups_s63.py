"""Speed-ups of the sixty-third session that must decide exactly what the code they replace decided (issue 13):
parsers.bma_progress.rows._piece asks rapidfuzz's extractOne of all the furniture pieces at once (was a loop of
fuzz.ratio), and parsers.anchors reads a line's last dotted section number and the letters after it once for
all the headings a fuzzy break is weighed against (_numbered_opening; was once a heading)."""
import random

from rapidfuzz import fuzz

from parsers.anchors import _MID_NUMBER_RE, _numbered_opening, skeleton_text
from parsers.bma_progress import rows
from parsers.bma_progress.fields import ANCHORS
from normalizers.text import skeleton

_THAI = "กขคงจฉชซดตถทนบปผพฟมยรลวศสหอะาิีึืุูเแโใไ่้๊๋"


def _edited(word: str, rnd: random.Random, edits: int) -> str:
    chars = list(word)
    for _ in range(edits):
        kind = rnd.randrange(3)
        at = rnd.randrange(len(chars) + (kind == 1))
        if kind == 0 and chars:
            chars[min(at, len(chars) - 1)] = rnd.choice(_THAI)
        elif kind == 1:
            chars.insert(at, rnd.choice(_THAI))
        elif len(chars) > 1:
            del chars[min(at, len(chars) - 1)]
    return "".join(chars)


def test_piece_decides_as_the_loop_of_ratios():
    rnd = random.Random(63)
    seen = {True: 0, False: 0}
    for _ in range(6000):
        base = rnd.choice(rows._FURNITURE_PIECES)
        sk = skeleton(_edited(base, rnd, rnd.randint(0, 4)))
        loop = len(sk) >= 4 and any(fuzz.ratio(sk, piece) >= rows.FURNITURE_RATIO for piece in rows._FURNITURE_PIECES)
        assert rows._piece(sk) == loop, sk
        seen[loop] += 1
    assert seen[True] > 500 and seen[False] > 500  # (both answers are met, near the cut-off too)


def _opening_per_heading(tail: str):
    """What _fuzzy_numbered_crossing read of `tail` for each heading before (the number, the letters after it)."""
    number = None
    for m in _MID_NUMBER_RE.finditer(tail):
        number = m
    if number is None or "." not in number.group(1):
        return None
    return number.start(1), skeleton_text(tail[number.end():])


def test_numbered_opening_reads_as_each_heading_did():
    rnd = random.Random(630)
    numbers = ["2.", "2", "1.6", "๒.", "10.", "3)", ""]
    words = ["ตามเกณฑ์ที่กำหนด", "รายงานความกถ้าวหน้าของโครงการและการให้จ่าย", "ข้อ", "จำนวน ๕ คน", "และ"]
    for _ in range(3000):
        tail = " ".join(rnd.choice(numbers + words) for _ in range(rnd.randint(1, 6)))
        assert _numbered_opening(tail) == _opening_per_heading(tail), tail


def test_fuzzy_break_still_found_with_its_first_part_changed():
    # a long heading printed anywhere, cut by a line break, a letter of each part changed: the section number says
    # where it starts (the heading moved whole to the second line), read once for all the headings weighed
    tail = "ผลการดำเนินงานเป็นไปตามเกณฑ์ที่กำหนด 2. รายงานความกถ้าวหน้าของโครงการและการใช้จ่าย"
    head = "งบประมาณ รายงานครั้งที่ 1 วันที่รายงาน"
    found = ANCHORS._fuzzy_crossing(tail, head)
    assert found is not None and tail[found[0]:].startswith("2.")
    assert ANCHORS._fuzzy_crossing("ผลการดำเนินงานเป็นไปตามเกณฑ์ที่กำหนด ข้อ 2 รายงานความกถ้าวหน้าของโครงการและการใช้จ่าย",
                                   head) is None  # (no dotted number: no heading told to open there)
