"""BMA proposals after OCR whose numbered benefit list holds an item number OCR damaged past any opener
("๕๓๕.๕ ข้าราชการครู..." for ๙.๔: helper set pr24/set1 pr24a005; "ฒ.ด ผู้ปกครอง..." for ๙.๓: prop25/set2
prop25b006): the item ran into the one before it and its row was lost, and no issue named the table (the
row's kind and seq misses were silent), as the line opened with the token, not with whom the benefit is
for.  Such a line, as wide as a text's line, whose words after a short token (no Thai word in it, not a
figure: digits alone or a rate, a count the line wrapped before) open a benefit, is said too
(read.opened_inside, _opens_after_number); a count wrapped onto a line ("๕๐ โรงเรียน...") is not."""

from __future__ import annotations

from parsers.bma_proposal.read import _opens_after_number, opens_beneficiary
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\n\t\t9.3 โรงเรียนมี"


def _said(text: str) -> list[dict]:
    return [i for i in run(text)["issues"] if i["field"] == "findings" and i["code"] == "unread_cells"]


def test_an_item_whose_number_ocr_damaged_past_reading_is_said():
    source = sample_text(PROPOSAL)
    assert PRINTED in source and not _said(source)
    for token in ("๕๓๕.๕", "ฒ.ด", "ot]"):
        said = _said(source.replace(PRINTED, f"\n{token} โรงเรียนมี"))
        assert len(said) == 1 and "โรงเรียนมี" in said[0]["message"], token


def test_a_count_or_a_word_before_the_words_is_no_damaged_number():
    assert _opens_after_number("๕๓๕.๕ ข้าราชการครูและบุคลากร", opens_beneficiary)
    assert not _opens_after_number("๕๐ โรงเรียนในสังกัด", opens_beneficiary)
    assert not _opens_after_number("๕๐% นักเรียนมีความรู้", opens_beneficiary)
    assert not _opens_after_number("และ โรงเรียนมีความรู้", opens_beneficiary)
    assert not _opens_after_number("๕๓๕.๕ ของโรงเรียน", opens_beneficiary)
