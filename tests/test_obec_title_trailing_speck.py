"""An OBEC title whose line OCR ended with a speck past a wide gap ("2. โครงการรับนักเรียน          5:"): the speck
was read into the project's name ("โครงการรับนักเรียน 5:", fresh set s115s, obec_progress_s115s004, no issue naming
it).  A title line's last cell of three characters at most, no Thai letter, a mark of punctuation other than a
figure's point or comma among them, is a speck, cut off (read._TRAILING_SPECK_CELL_RE); a figure's cell is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_001.txt"
ROW = "๓.๔ โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก\n"
NAME = "โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก"


def _names(text: str) -> list[str]:
    return [p["name"] for p in process_document("doc.txt", text.encode("utf-8"))["projects"]]


@pytest.mark.parametrize("speck", ["5:", ":", "|", "-"])
def test_a_speck_past_a_wide_gap_at_a_title_s_end_is_cut_off(speck):
    text = DOC.read_text(encoding="utf-8")
    assert text.count(ROW) == 1
    names = _names(text.replace(ROW, f"๓.๔ {NAME}{' ' * 30}{speck}\n"))
    assert NAME in names and not any(n.startswith(NAME) and n != NAME for n in names)
