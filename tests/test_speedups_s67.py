"""Speed-ups of the anchors' skeletons (parsers.anchors, issue 13) that must answer as before: a line's
Skeleton.pos (where each skeleton letter came from in the line) is built from the runs of kept characters
(_KEEP_RE, found in C) where it was built from a flag per character (since the seventieth session each
character's flag is looked up in C: map over _KEPT.get, compress); each index is the one the flag walk gave."""
from parsers.anchors import _DROP, Skeleton, skeleton_of


def _walked(line: str) -> list[int]:
    """Skeleton.pos as written before: the index of every character the skeleton keeps."""
    return [i for i, ch in enumerate(line) if ch not in _DROP]


LINES = [
    "",
    "ชื่อโครงการ",  # a label whose marks part its letters into runs
    "   ๑.๒  วัตถุประสงค์ของโครงการ :  เพื่อให้ผู้เรียน…",
    "หน่วยงานที่รับผิดชอบ\tสำนักการศึกษา\u00a0/ สำนักงานเขต",
    "ค่าใช้จ่าย 1,234.50 บาท :: ร้อยละ ๘๕.๐๐",
    "ํา่้ ...  ::",  # nothing but dropped characters
    "abc",  # nothing dropped (the range fast path)
    "ก่ ข้ ค๊ ง๋ จ์ ฉํ",  # a mark after every letter
]


def test_pos_is_the_index_of_each_kept_character():
    for line in LINES:
        sk = Skeleton(skeleton_of(line).text, line)
        assert list(sk.pos) == _walked(line), line
        assert len(sk.pos) == len(sk.text)
        assert all(sk.text[k] == ("\u0e32" if line[p] == "\u0e33" else line[p]) for k, p in enumerate(sk.pos))


def test_pos_over_every_corpus_line():
    # every line of the committed clean corpus and one OCR'd set: the runs give the flag walk's indices
    from pathlib import Path
    root = Path(__file__).parent / "corpus"
    files = sorted((root / "clean").glob("*.txt"))[:40] + sorted((root / "ocr").glob("*.txt"))[:40]
    assert files
    n = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            assert list(Skeleton(skeleton_of(line).text, line).pos) == _walked(line)
            n += 1
    assert n > 1000
