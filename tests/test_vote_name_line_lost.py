"""A proposal printed twice whose second printing's name lost a wrapped line's words inside it
("ส่งเสริมสนับสนุนให้นักเรียน" / "เพื่อการเรียนรู้" for "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงาน" /
"เพื่อการเรียนรู้": OCR cut the first line at a column's edge): the names are too far apart to agree, no code
tells them apart, and the copy was read as a project of its own with no issue naming it (fresh set s85o,
bma_proposal_s85o004: every field of the second printing an extra row, the project's copies one too few, silent).
A name that is another's start and end, a stretch inside lost, is that project's copy where every header text both
give is one text (pipeline.vote._name_line_lost); a name of a series, its end another's, stays apart."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"


def _twice(second_name: str) -> str:
    text = sample_text(PROPOSAL)
    assert _NAME in text
    return text + "\n\n" + text.replace(_NAME, second_name, 1)


def test_a_copy_whose_name_lost_a_stretch_inside_is_the_project_s_copy():
    rows = run(_twice("ส่งเสริมสนับสนุนให้นักเรียน เพื่อการเรียนรู้"))
    assert len(rows["projects"]) == 1
    assert rows["projects"][0]["n_copies"] == 2


def test_a_name_that_parts_at_its_end_stays_apart():
    rows = run(_twice("ส่งเสริมสนับสนุนให้นักเรียน เพื่อการเรียนรู้เขตบางแค"))
    assert len(rows["projects"]) == 2 or any(i["code"] == "copies_in_doubt" for i in rows["issues"])
