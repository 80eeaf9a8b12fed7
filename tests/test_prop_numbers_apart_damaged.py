"""BMA proposals after OCR whose section 9 list (ประโยชน์ที่คาดว่าจะได้รับ) has its numbers in a column of their
own before the texts ("9.๑" / "9อ.๒" / "๓.3" / specks / the texts), with a number whose section digit OCR read
with a letter it reads for a digit after it ("9อ.๒" for ๙.๒), and a line of specks between the numbers and
the texts ("aa").  The damaged number opened no item, so it became the first item's text, and the speck line
a text group of its own: the items' texts were not given one to each number (numbering._SUB_ALONE_RE,
numbers_apart)."""

from __future__ import annotations

import pytest

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


def _apart(numbers: str) -> tuple[str, list[tuple[int, str]]]:
    text = sample_text(PROPOSAL)
    start = text.index("9. ประโยชน์ที่คาดว่าจะได้รับ\n") + len("9. ประโยชน์ที่คาดว่าจะได้รับ\n")
    end = text.index("\n10. ", start)
    printed = _benefits(run(text))
    body = "\n".join(t for _, t in printed)
    return text[:start] + numbers + body + "\n" + text[end:], printed


@pytest.mark.parametrize("numbers", ["9.๑\n9อ.๒\n๓.3\n", "9.๑\n9.๒\n๓.3\naa\n", "9.๑\n9อ.๒\n๓.3\naa\n"])
def test_numbers_in_a_column_of_their_own_damaged_by_ocr_give_each_text_its_item(numbers):
    source, printed = _apart(numbers)
    assert len(printed) == 3
    assert _benefits(run(source)) == printed
