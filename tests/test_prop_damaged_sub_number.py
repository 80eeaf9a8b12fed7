"""BMA proposals after OCR whose list item's number (section 9's "๙.๓") the engine damaged past what an item
number looks like ("a.m", "#4", "a.": letters around a dot, a speck before a digit, one mark and its dot): no
item opened there, and the item's text ran into the item before it.  Such a token opens an item when the words after it open one (whom
the benefit is for: "โรงเรียนมี..."); its number comes from the sequence, and is said (numbering.damaged_sub_number)."""

from __future__ import annotations

import pytest

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\n\t\t9.3 โรงเรียนมี"


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


@pytest.mark.parametrize("token", ["a.m", "#3", "a."])  # "a.": ๙.๓'s digits one mark, its dot kept
def test_a_damaged_item_number_before_a_benefit_s_words_opens_its_item(token):
    printed = _benefits(run(sample_text(PROPOSAL)))
    assert len(printed) == 3
    rows = run(sample_text(PROPOSAL).replace(PRINTED, f"\n{token} โรงเรียนมี"))
    assert _benefits(rows) == printed
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.seq"]
    assert any(token in i["message"] for i in said)


def test_a_figure_opening_a_wrapped_line_opens_no_item():
    # "๕๐% นักเรียน..." wrapped under item 2: a figure of its text (two digits), not a damaged number
    source = sample_text(PROPOSAL).replace("\nทักษะของนักเรียน", "\n๕๐% นักเรียน ทักษะของนักเรียน")
    benefits = _benefits(run(source))
    assert len(benefits) == 3
    assert "๕๐% นักเรียน" in benefits[1][1]
