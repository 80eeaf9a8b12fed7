"""OBEC: an item whose bracketed Latin words wrapped onto the next line ("... โรงเรียนสีเขียว (School of" / "go
green)ได้ตามเป้าหมาย", fresh set s60z obec 002) was cut there: lists._inline_next_mended took 'go' opening the line
for item 3's damaged number, and the rows of the list stood one off.  No number stands inside a bracket the item
before opened: the token is left as the item's words."""

from __future__ import annotations

from parsers.obec_progress.lists import _items_of, numbers_mended_inline
from schemas.document import Line

FIRST = "โรงเรียนในสังกัด จำนวน 66 โรงเรียน สามารถจัดการเรียนการสอนครบ"
SECOND = "ร้อยละ 90 ของโรงเรียนในสังกัดดำเนินการโรงเรียนสีเขียว (School of"
WRAPPED = "go ฮูเธอท)ได้ตามเป้าหมาย"


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def test_a_token_inside_a_bracket_the_item_opened_is_no_number():
    lines = _lines(f"1) {FIRST}", "ทุกห้อง", f"2) {SECOND}", WRAPPED)
    assert [t for t, _, _ in _items_of(lines)] == [f"{FIRST} ทุกห้อง", f"{SECOND} {WRAPPED}"]
    assert numbers_mended_inline(lines) == []


def test_outside_a_bracket_the_token_opens_the_next_item_as_before():
    closed = SECOND.replace("(School of", "(School of go green)")
    lines = _lines(f"1) {FIRST}", "ทุกห้อง", f"2) {closed}", WRAPPED.replace(")", ""))
    assert len(_items_of(lines)) == 3 and numbers_mended_inline(lines) == ["go"]
