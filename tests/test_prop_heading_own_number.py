"""A BMA proposal's short section heading OCR misread a letter or two in, after its own section number
printed whole ("7. งททประมาณ" for 7. งบประมาณ, held-out h004 after OCR): the heading had been missed, and
the budget section read as more steps of the action plan before it (sections._is_heading, `number`)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_HEADING = "\n7. งบประมาณ...\n 7. งบประมาณ\n"  # the sample prints it twice (a TOC-like line)


def _rows(heading: str) -> dict:
    text = sample_text(PROPOSAL)
    assert _HEADING in text
    return run(text.replace(_HEADING, f"\n{heading}\n"))


def _read(rows: dict) -> tuple:
    return ([(a["seq"], a["text"]) for a in rows["activities"]],
            [(e["item"], e["amount"]) for e in rows.get("expenses", [])], rows["projects"][0]["budget_allocated"])


def test_a_short_heading_misread_after_its_own_number_opens_its_section():
    assert _read(_rows("7. งททประมาณ")) == _read(_rows("7. งบประมาณ"))


def test_the_same_words_after_another_number_open_no_section():
    # "8. งททประมาณ": not the budget's number, so not its heading (the heading stays missing, as before)
    rows = _rows("8. งททประมาณ")
    assert _read(rows) != _read(_rows("7. งบประมาณ"))
