"""A proposal's period whose month name OCR damaged ("ธั้นวาคม 2569 และ มกราคม – สิงหาคม 2570", a tone mark added:
fresh set s116u, bma_proposal_s116u003) was read as the period's text with no issue naming it: the period's dates
read (the month found by its letters), so nothing else was said.  A period's text is checked for pieces no
dictionary word covers only (pipeline.wording.PIECES_ONLY): abbreviations and figures are no pieces
("ต.ค. 67 – พ.ค. 68" says nothing, though it holds no word), a damaged month's name is one."""

from __future__ import annotations

import pytest

from pipeline.wording import flag_unknown_words


def _flags(text: str) -> list[tuple[str, str]]:
    row = {"project_key": "k", "period_text": text, "line_start": 1, "line_end": 178}
    return [(i.code, i.field) for i in flag_unknown_words({"projects": [row]}, [])]


def test_a_damaged_month_name_in_a_period_is_said():
    assert _flags("ธั้นวาคม 2569 และ มกราคม – สิงหาคม 2570") == [("unknown_words", "projects.period_text")]


@pytest.mark.parametrize("text", ["ธันวาคม 2569 และ มกราคม – สิงหาคม 2570", "ต.ค. 67 – พ.ค. 6๘", "ธ.ค. ๖๖ – ก.ค. ๖๗",
                                  "ตลอดปีงบประมาณ พ.ศ. 2567"])
def test_a_period_of_words_abbreviations_and_figures_is_not(text):
    assert _flags(text) == []
