"""BMA proposals printed as running text (the form on one line, wrapped anywhere by OCR) whose risk heading OCR
printed with its section number's dot twice, a space between ("... รวมทั้งสิ้น ๑๕๕,๐๐๐ บาท 8. .ความเสียงของ
โครงการและแนวทางการบริหารความเสียง ความเสียง ..."; fresh set pr23/set1 bma_proposal_pr23a007).  The text read as
one line finds a heading inside a line by its words after its number (sections._inline_heading), and the number
wanted its words right after its dot, so the heading was not found, section 8 was read as more of the section
before, and every risk was lost with no issue naming them.  Now the number's dot may be printed twice."""

from __future__ import annotations

from parsers.bma_proposal.sections import _inline_heading
from tests.test_bma_proposal import _risks, _with_risks, run
from tests.test_prop_risk_columns_run_on import ROWS, TWO

_HEAD = "8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง "


def _running(text: str) -> str:
    """The document as running text: its words eight a line, breaks falling inside sections and between."""
    words = text.split()
    return "\n".join(" ".join(words[k:k + 8]) for k in range(0, len(words), 8)) + "\n"


def test_a_risk_heading_with_its_dot_twice_in_running_text_is_found_and_its_risks_read():
    rows = run(_running(_with_risks(TWO.replace(_HEAD, "8. ." + _HEAD[3:]))))
    assert [r[1:4] for r in _risks(rows)] == [r[1:4] for r in ROWS]


def test_the_same_text_with_its_dot_once_reads_the_same():
    rows = run(_running(_with_risks(TWO)))
    assert [r[1:4] for r in _risks(rows)] == [r[1:4] for r in ROWS]


def test_the_dot_twice_pattern_wants_the_heading_s_words():
    pattern = _inline_heading("ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง")
    assert pattern.search("บาท 8. .ความเสียงของโครงการและแนวทางการบริหารความเสียง ความเสียง")
    assert pattern.search("บาท 8. . ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง")
    assert not pattern.search("บาท 8. . ความเสี่ยงที่อาจเกิด")
