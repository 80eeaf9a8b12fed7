"""BMA proposal: the title block's long label "หน่วยงานที่รับผิดชอบ" opening its line, its value after one space (a
table whose gap OCR read as a space), with three of its letters changed ("หน่วยงานที่รับกกขอบ": fresh set s109v,
bma_proposal_s109v002).  Its fuzz.ratio (80) missed the anchors' cutoff, so no label stood there and the project's
name ran on over the unit's label and value, with no issue.  A long label's first word is now read at a lower
cutoff (AnchorSet.WORD_LABEL_CUTOFF); a line opening with another long word near it (running text's
"หน่วยงานที่เกี่ยวข้อง") is no label."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from parsers.bma_proposal.fields import ANCHORS
from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "extra" / "clean" / "bma_proposal_x005.txt"
BLOCK = regex.compile(r"^ชื่อโครงการ\t+(?P<name>[^\t\n]+)\nหน่วยงานที่รับผิดชอบ\t(?P<unit>[^\t\n]+)\n", regex.M)


def _project(text: str) -> dict:
    rows = process_document("doc.txt", text.encode("utf-8"))
    (project,) = rows["projects"]
    return project


def test_the_unit_label_with_three_letters_changed_ends_the_name():
    text = DOC.read_text(encoding="utf-8")
    block = BLOCK.search(text)
    assert block is not None
    name, unit = block["name"], block["unit"]
    assert _project(text)["name"] == name
    project = _project(text.replace(block[0], f"ชื่อโครงการ\t\t{name}\n\nหน่วยงานที่รับกกขอบ {unit}\n"))
    assert project["name"] == name


def test_a_long_word_of_running_text_near_the_label_is_no_label():
    assert ANCHORS.scan("หน่วยงานที่รับกกขอบ ฝ่ายการศึกษา")[0].anchor.key == "unit"
    assert ANCHORS.scan("หน่วยงานที่เกี่ยวข้อง ฝ่ายการศึกษา และโรงเรียนในสังกัด") == []
