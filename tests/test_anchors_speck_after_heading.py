"""A bare heading with a speck OCR read far to its right on its line
("ข้อเสนอแนะ        ๊": a tone mark with no letter, a bar, a colon): still
the heading.  Before, the line read as running text, so an OBEC round's
suggestions were read as more of its problems, rows no issue named."""

from __future__ import annotations

from parsers.obec_progress.anchors import match_marker


def _key(line: str) -> str | None:
    hit = match_marker(line)
    return hit[0].key if hit else None


def test_a_speck_after_a_gap_leaves_the_heading():
    assert _key("ข้อเสนอแนะ                       ๊") == "suggestion"
    assert _key("ข้อเสนอแนะ  |") == "suggestion"
    assert _key("ปัญหาและอุปสรรคในการดำเนินงาน\t:") == "problem"


def test_words_or_a_letter_after_the_heading_are_running_text():
    assert _key("ข้อเสนอแนะ ควรมีการวางแผน") is None
    assert _key("ข้อเสนอแนะ   ก") is None
    assert _key("ข้อเสนอแนะ ๊") is None  # no gap: a mark on a word OCR split
