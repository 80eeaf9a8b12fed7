"""BMA proposals after OCR whose action plan's step column is narrow: a step wraps after every word, and a
word may wrap inside itself, its tail on a line of its own ("คณะกรรมก" / "าร").  Such a line holds no run of
three letters and was left out as a mark of the chart, so the step lost its tail (silently: the text left
read as words).  A line that opens with a vowel or mark that opens no Thai word is a word's tail: it is put
back at the end of the line above (steps._WORD_TAIL_RE, glue_tails)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\t2. จัดสรรงบประมาณให้โรงเรียนตามขนาด \nของโรงเรียน\n"


def _steps(text: str) -> list[str]:
    return [a["text"] for a in run(text)["activities"]]


def test_a_word_s_tail_wrapped_onto_a_line_of_its_own_stays_in_its_step():
    source = sample_text(PROPOSAL)
    assert PRINTED in source
    printed = _steps(source)
    wrapped = source.replace(PRINTED, "\t2. จัดสรร\nงบประมาณให้โรงเรียนตามขน\nาด\nของโรงเรียน\n")
    steps = _steps(wrapped)
    assert len(steps) == len(printed)
    assert steps[1].replace(" ", "") == printed[1].replace(" ", "")
    assert "ตามขนาด" in steps[1]


def test_a_line_of_chart_marks_is_still_left_out():
    # "ป ป" (the chart's marks OCR read as letters) after a step: no word's tail, no step's text
    source = sample_text(PROPOSAL).replace(PRINTED, "\t2. จัดสรรงบประมาณให้โรงเรียนตามขนาด \nของโรงเรียน\nป ป\n")
    assert _steps(source) == _steps(sample_text(PROPOSAL))
