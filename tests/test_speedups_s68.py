"""Speed-ups of the sixty-eighth session that must decide exactly what the code they replace decided (issue 13):
parsers.anchors.AnchorSet._crossing reads where each skeleton letter of a break's joined text came from out of
the two lines' own memoised Skeleton.pos arrays (was a Skeleton of the joined text, its array built again for
every pair of lines mend_breaks looks at)."""
import random

import parsers.anchors as anchors_module
from parsers.anchors import SECTION_NUMBER_RE, Skeleton, skeleton_of
from parsers.bma_progress.fields import ANCHORS as PROGRESS
from parsers.bma_proposal.fields import ANCHORS as PROPOSAL


def _crossing_joined(anchors, tail: str, head: str):
    """_crossing as it was: the joined text's own Skeleton."""
    tail_sk = skeleton_of(tail).text
    text = tail_sk + skeleton_of(head).text
    cut = len(tail_sk)
    near = anchors._re.search(text, max(0, cut + 1 - anchors._longest))
    if near is None:
        return None
    joined = f"{tail} {head}"
    if near.start() >= cut:
        return anchors._number_left(tail, head, joined, near) if near.start() == cut else None
    sk = Skeleton(text, joined)
    for m in anchors._re.finditer(sk.text):
        start, end = sk.pos[m.start()], sk.pos[m.end() - 1] + 1
        # (a label whose first letters close a word of the tail is no crossing: _label_glued, session 127's rule,
        # asked alike of both)
        if start < len(tail) <= end - 1 and len(tail) - start >= 2 and not anchors._label_glued(tail, start, m):
            number = SECTION_NUMBER_RE.search(tail[:start])
            return number.start() if number else start
        if start >= len(tail):
            return anchors._number_left(tail, head, joined, m) if start == len(tail) + 1 else None
    return None


def _cuts(anchors, rnd: random.Random, n: int):
    """(tail, head) pairs: an anchor's printed words cut anywhere, with marks, dots and spaces (which the skeleton
    drops) and other words about the cut."""
    texts = [a.text for a in anchors.anchors]
    filler = ["ผลการดำเนินงาน", "ข้อ 2", "2.", "1.4", "...", " ", "จำนวน ๕ คน", "นะ่", "\t", "โครงการ", ":"]
    for _ in range(n):
        words = rnd.choice(texts)
        at = rnd.randint(0, len(words))
        tail = " ".join(rnd.choice(filler) for _ in range(rnd.randint(0, 3))) + rnd.choice(["", " ", ". "]) + words[:at]
        head = words[at:] + rnd.choice(["", " ", "..", "่"]) + " ".join(rnd.choice(filler) for _ in range(rnd.randint(0, 3)))
        if tail.strip() and head.strip():
            yield tail, head


def test_crossing_reads_as_the_joined_skeleton_did():
    rnd = random.Random(68)
    found = 0
    for anchors in (PROGRESS, PROPOSAL):
        for tail, head in _cuts(anchors, rnd, 3000):
            got = anchors._crossing(tail, head)
            assert got == _crossing_joined(anchors, tail, head), (tail, head)
            found += got is not None
    assert found > 1000  # (the pairs cross anchors often: the mapping through both lines is exercised)


def test_crossing_builds_no_skeleton_of_the_joined_text(monkeypatch):
    built = []

    class Counted(Skeleton):
        __slots__ = ()

        def __init__(self, text: str, line: str) -> None:
            built.append(line)
            super().__init__(text, line)

    monkeypatch.setattr(anchors_module, "Skeleton", Counted)
    tail = "ผลการดำเนินงานเป็นไปตามเกณฑ์ 2. รายงานความก้าวหน้าของโครงการ"
    head = "และการใช้จ่ายงบประมาณ รายงานครั้งที่ 1"
    assert tail[PROGRESS._crossing(tail, head):].startswith("2.")
    assert f"{tail} {head}" not in built
