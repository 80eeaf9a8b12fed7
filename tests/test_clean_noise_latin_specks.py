"""A line of OCR debris with no wide gap between its tokens and no Thai vowel standing alone ("๐  ew a aig  ๓ asd
๐  eo a a": a KPI table's marks read as Latin letters between digits read from its rules; fresh set s40o,
s40o004): it was read as text, the first line of the KPI's method cell, with no issue.  Now a line of six tokens or
more, none longer than three characters, half of them small Latin letters or more and one of them at least no
Latin word, is debris (normalizers.furniture.is_ocr_noise).  A row of short labels or figures, a few short
words, an English phrase of short words alone, and the clean texts' lines stay text."""

from __future__ import annotations

import pytest

from normalizers.furniture import is_ocr_noise
from tests.test_bma_proposal import PROPOSAL, run
from tests.conftest import sample_text


@pytest.mark.parametrize("line", [
    "๐  ew a aig  ๓ asd ๐  eo a a",
    "a oo oe 0 oo  ee ae oo : 0 :",
    "oo oo ee . 0 ee",
])
def test_a_line_of_latin_specks_among_digits_is_noise(line):
    assert is_ocr_noise(line)


@pytest.mark.parametrize("line", [
    "Q1 Q2 Q3 Q4 Q5 Q6",  # labels: no small Latin letters
    "๑ ๒ ๓ ๔ ๕ ๖ ๗",  # figures
    "x 100",  # too few tokens
    "of go and so on to us",  # words alone: no digit or mark among them
    "ew a aig ๓ asd โรงเรียน",  # a Thai word
])
def test_lines_of_labels_figures_or_words_stay_text(line):
    assert not is_ocr_noise(line)


def test_a_kpi_method_keeps_no_debris_line():
    source = sample_text(PROPOSAL)
    method_line = next(ln for ln in source.splitlines() if ln.strip() == "- วิธีการคำนวณ")
    damaged = source.replace(method_line, method_line + "\n๐  ew a aig  ๓ asd ๐  eo a a", 1)
    got = [r["method"] for r in run(damaged)["targets"] if r["kind"] == "indicator"]
    assert got == [r["method"] for r in run(source)["targets"] if r["kind"] == "indicator"]
    assert not any("aig" in (m or "") for m in got)
