"""BMA proposals whose objectives are lettered ก. ข. ค. ง. and OCR read one letter as a short token of no Thai
letter with its dot ("al. เพื่อให้..." for ข.): between two letters in their places that skip one, such a token
stands in the skipped one's place (read._dot_lost_between, _DAMAGED_MARK_RE).  Before, the letters skipped ข,
proved nothing, the token was taken for a damaged number, and the list read as one objective from it on: the first
objective lost, the others run together (fresh set s64z, bma_proposal_s64z004)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line


def test_a_token_of_no_thai_letter_between_two_letters_that_skip_one_stands_in_its_place():
    read = lettered_as_bullets([Line(1, "ก. เพื่อสร้างเครือข่าย"), Line(2, "และชุมชน"),
                                Line(3, "al. เพื่อให้ครูผู้สอนมีความรู้"), Line(4, "ค. เพื่อพัฒนาผู้เรียน"),
                                Line(5, "ง. เพื่อคัดสรรสื่อ")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("เพื่อสร้างเครือข่าย", True), ("และชุมชน", False), ("เพื่อให้ครูผู้สอนมีความรู้", True),
        ("เพื่อพัฒนาผู้เรียน", True), ("เพื่อคัดสรรสื่อ", True)]


def test_a_thai_abbreviation_or_two_tokens_between_are_no_letter():
    # "พ.ศ. ..." opens with a Thai letter and its dot: a wrapped text's abbreviation, never a letter's place
    kept = [Line(1, "ก. เพื่อสร้าง"), Line(2, "พ.ศ. ๒๕๖๗ เพื่อให้"), Line(3, "ค. เพื่อพัฒนา")]
    assert lettered_as_bullets(kept) == kept
    two = [Line(1, "ก. เพื่อสร้าง"), Line(2, "al. เพื่อให้"), Line(3, "a1. เพื่อให้"), Line(4, "ค. เพื่อพัฒนา")]
    assert lettered_as_bullets(two) == two
