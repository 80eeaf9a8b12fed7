"""A list item whose last line ends with a speck OCR read past its last word, a gap before it ("๒. เพื่อยกระดับ
มาตรฐานของศูนย์วิชาการเขต                 ,"; fresh set s120q, bma_progress_s120q002): before, the comma was kept
as the text's last word with no issue.  A comma, quote or bar alone after the words ends no item's text
(items._TRAILING_SPECK_RE); one inside the text stays."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line


def _texts(*texts: str) -> list[str]:
    items, _ = numbered_items([Line(no, t) for no, t in enumerate(texts, 1)], opens=opens_purpose)
    return [it.text for it in items]


def test_a_lone_speck_after_an_item_s_last_word_is_left_out():
    assert _texts("๑. เพื่อติดตามและประเมินผล", "๒. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต                 ,") == [
        "เพื่อติดตามและประเมินผล", "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต"]
    assert _texts("๑. เพื่อติดตามผล   |", "๒. เพื่อพัฒนาครู '") == ["เพื่อติดตามผล", "เพื่อพัฒนาครู"]


def test_a_comma_inside_the_text_stays():
    assert _texts("๑. เพื่อพัฒนาครู, ผู้บริหาร และบุคลากร", "๒. เพื่อติดตามผล") == [
        "เพื่อพัฒนาครู, ผู้บริหาร และบุคลากร", "เพื่อติดตามผล"]
