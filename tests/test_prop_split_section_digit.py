"""BMA proposals after OCR whose benefit list (section 9) is printed as running text, an item's number
inside the line with its section digit read as two ("๓๕.2" for ๙.2: the engine reads ๙ as ๓ or ๕, and
here wrote both).  No cut was made there, and the items after it (9.๓ included, as it was not the next
number) ran into the first (numbering._split_section)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


def _run_on(second: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index("\n๙.2 ข้าราชการ")
    end = text.index("\n", text.index("\n", start + 1) + 1)  # item 2 wraps onto one more line
    text = text[:start] + text[start:end].replace("\n", " ") + text[end:]
    return text.replace(" ๙.2 ข้าราชการ", f" {second} ข้าราชการ").replace("\n\t\t9.3 โรงเรียนมี", " 9.3 โรงเรียนมี")


def test_an_inline_item_number_whose_section_digit_ocr_read_as_two_opens_its_item():
    printed = _benefits(run(sample_text(PROPOSAL)))
    assert len(printed) == 3
    assert _benefits(run(_run_on("๓๕.2"))) == printed


def test_an_inline_number_that_is_not_the_next_item_s_is_no_cut():
    # "๓๕.4" inside item 1 (the next item is 2): a figure of the text, not an item's number
    rows = run(_run_on("๓๕.4"))
    benefits = _benefits(rows)
    assert "๓๕.4 ข้าราชการ" in benefits[0][1]
