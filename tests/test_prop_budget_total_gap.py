"""A proposal's budget total whose figure OCR parted with a space beside its separator ("60, 700.00", "๑๑๕ ,๓๐๐",
"51. 500": fresh sets s61o003 and s61o005, corpus 011): the paragraph's total was cut at the space and read as a
total of tens ("51." as 51.00), and stood only where the words repaired it.  The figure goes on past such a space
when three digits follow it (budget._PARAGRAPH_TOTAL_RE)."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_PRINTED = "เป็นเงิน 69,5๐๐.-บาท"


def _total(printed: str) -> tuple[Decimal, list[dict]]:
    text = sample_text(PROPOSAL)
    assert _PRINTED in text
    rows = run(text.replace(_PRINTED, printed, 1))
    said = [i for i in rows["issues"] if i["field"] == "projects.budget_allocated"]
    return rows["projects"][0]["budget_allocated"], said


def test_a_space_after_the_thousands_comma_is_inside_the_figure():
    total, said = _total("เป็นเงิน 69, 5๐๐.-บาท")
    assert total == Decimal("69500.00")
    assert not [i for i in said if i["code"] == "value_repaired"]  # read as printed, no repair


def test_a_space_before_the_comma_keeps_the_figure_whole_for_the_words_to_weigh():
    total, said = _total("เป็นเงิน 69 ,5๐๐.-บาท")
    assert total == Decimal("69500.00")
    repaired = [i for i in said if i["code"] == "value_repaired"]
    assert repaired and "69 ,5๐๐" in repaired[0]["message"]  # the whole figure printed, not "69"


def test_a_figure_with_no_gap_is_read_as_before():
    total, said = _total(_PRINTED)
    assert total == Decimal("69500.00") and not said
