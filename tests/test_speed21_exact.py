"""The sixty-ninth session's speed-ups of the OBEC reader give what the
code they replace gave (issue 13; output byte for byte the same):
texts.texts_joined asks a row's cut only where both parts have the length
of a text its column prints; read._unit_piece is memoised and looks at a
line's length first; lists.junk_line counts a line's characters but white
space with str.split (quarter_joint.feasible's backward pass:
tests/test_quarter_joint_speed.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import fuzz

from parsers.obec_progress import lists, read, texts

CORPUS = Path(__file__).parent / "corpus"


def _plain_cuts(tables: dict, table: str) -> set[int]:
    """The lines of the rows texts_joined cuts, as written before: every place asked."""
    rows, shapes = texts._column_shapes(tables, table, "text")
    out = set()
    for row in rows:
        shape = texts._edge_shape(row["text"])
        if len(shape) < 2 * texts.JOINED_MIN_TEXT:
            continue
        if next((i for i in range(texts.JOINED_MIN_TEXT, len(shape) - texts.JOINED_MIN_TEXT + 1)
                 if shape[:i] in shapes and shape[i:] in shapes), None) is not None:
            out.add(row["line_start"])
    return out


def test_texts_joined_finds_the_cuts_every_place_found():
    first = "จัดอบรมเชิงปฏิบัติการพัฒนาครูด้านการวัดผล"
    second = "นิเทศติดตามการจัดการเรียนรู้ของครูในสถานศึกษา"
    third = "ประชุมคณะกรรมการขับเคลื่อนนโยบายระดับเขตพื้นที่"
    rows = [{"text": t, "quarter": 1, "seq": k, "line_start": 10 * k, "line_end": 10 * k + 1, "project_key": "p"}
            for k, t in enumerate([first, second, third, f"{first} {second}", f"{second}{third}",
                                   f"{first} {third} ต่อ", f"{third} {first}", f"{first}{first}"], start=1)]
    tables = {"activities": rows}
    found = {i.line_start for i in texts.texts_joined(tables, [])}
    assert found == {40, 50, 70, 80}  # (two texts the column prints, end to end; one with a word after them is not)
    assert found == _plain_cuts(tables, "activities")


def _plain_unit_piece(text: str) -> bool:
    have = lists.MARKS_AND_SPACES_RE.sub("", text)
    if len(have) < read.UNIT_PIECE_MIN or len(text) > read.LIST_HEAD_MAX:
        return False
    return any(have in u or (len(have) <= len(u) and fuzz.partial_ratio(have, u) >= read.UNIT_PIECE_RATIO)
               for u in read._UNIT_SKELETONS)


def _corpus_lines(limit: int = 6000) -> list[str]:
    out: list[str] = []
    for path in sorted((CORPUS / "ocr").glob("obec_progress_*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
        if len(out) >= limit:
            break
    return out[:limit]


def test_unit_piece_as_before():
    lines = _corpus_lines() + ["กลุ่มนโยบาย", "และแผน", "กลุ่มส่งเสริมการ", "จัดการศึกษา", "กลุ่มนิเทศ ติดตาม",
                               "หน่วยตรวจสอบภายใน" + " " * 60, "กลุ่มอำนวยการ" * 6]
    assert any(_plain_unit_piece(t) for t in lines)
    for text in lines:
        assert read._unit_piece(text) == _plain_unit_piece(text)


def test_junk_line_counts_what_it_counted():
    # str.split parts a text at exactly the characters str.isspace names, every code point checked
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert (len("".join(f"a{ch}b".split())) == 2) == ch.isspace()
    for text in _corpus_lines() + ["เซิดะ 1  -  เอ  9๑7  ๐  ca  ๑  =~  a2  =", "ธ560\u3000.11งง1ไ|ไหศไ“"]:
        assert len("".join(text.split())) == sum(not ch.isspace() for ch in text)
