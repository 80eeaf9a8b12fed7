"""A BMA proposal's short section heading alone on its line, glued to what OCR made of its number and dot
("7ุงบประมาณ", "ญฒญุงบประมาณ" for "7. งบประมาณ", fresh sets s19pra, s19prb): the heading was not found, so
the section before it ran on through the budget (the last step's text took the budget clause, and the
budget's lines were lost).  Between the headings around it, such a line is the heading
(sections._glued_debris); debris that is a word ("ของบประมาณ"), or digits that are another section's
number, is not."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.sections import _glued_debris
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_HEADING = "\n7. งบประมาณ...\n 7. งบประมาณ\n"  # the sample prints it twice (a TOC-like line)


def _rows(heading: str) -> dict:
    text = sample_text(PROPOSAL)
    assert _HEADING in text
    return run(text.replace(_HEADING, f"\n{heading}\n"))


def _budget(rows: dict) -> tuple:
    return [(e["item"], e["amount"]) for e in rows.get("expenses", [])], rows["projects"][0]["budget_allocated"]


def _last_step(rows: dict) -> str:
    return max(rows["activities"], key=lambda a: a["seq"])["text"]


def test_a_heading_glued_to_its_numbers_debris_is_the_heading():
    truth = _rows("7. งบประมาณ")
    assert truth["expenses"]
    for glued in ("7ุงบประมาณ", "ญฒญุงบประมาณ", "๗งบประมาณ"):
        rows = _rows(glued)
        assert _budget(rows) == _budget(truth), glued
        assert _last_step(rows) == _last_step(truth), glued


def test_words_or_another_sections_number_before_the_heading_are_not_the_heading():
    truth = _rows("7. งบประมาณ")
    rows = _rows("ของบประมาณ")
    assert _last_step(rows) != _last_step(truth)  # the section before ran on, as before: no heading
    # digits that read as another section's number are no debris of this one's
    assert not _glued_debris("8งบประมาณ", skeleton("งบประมาณ"), 7)
    assert _glued_debris("๗งบประมาณ", skeleton("งบประมาณ"), 7)
