"""A BMA proposal whose last line, past the last copy's signatures, OCR read so that the anchors took it for a
label the form opens with and nothing after it (the signatures' "...ผู้อนุมัติ" / "โครงการ" wrap read "ใโครงการ",
as the project's name: fresh set s103o, bma_proposal_s103o004).  It was counted as a copy of its own, every section
said missing in it, and documents.n_copies read one too many with no issue naming it.  Now a last copy of no
heading and only labels with no value is no copy: its lines go back to the copy before, said (unplaced_text on
documents.n_copies).  A last copy whose label holds a value is still a copy (the form printed again, cut short)."""

from __future__ import annotations

import pytest

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

pytestmark = pytest.mark.usefixtures("repair_on")


def _twice(tail: str) -> dict:
    text = sample_text(PROPOSAL)
    return run(text + "\n" + text + tail)


@pytest.mark.parametrize("tail", ["\nใโครงการ\n", "\nชื่อโครงการ\n"])
def test_a_label_alone_past_the_last_copy_is_no_copy(tail):
    rows = _twice(tail)
    assert rows["documents"][0]["n_copies"] == 2
    said = [i for i in rows["issues"] if i["field"] == "documents.n_copies"]
    assert [i["code"] for i in said] == ["unplaced_text"]
    last = (sample_text(PROPOSAL) + "\n" + sample_text(PROPOSAL) + tail).rstrip("\n").count("\n") + 1
    assert said[0]["line_start"] == said[0]["line_end"] == last


def test_a_label_with_its_value_past_the_last_copy_is_a_copy():
    rows = _twice("\nชื่อโครงการ  พัฒนาการเรียนรู้\n")
    assert rows["documents"][0]["n_copies"] == 2 and len(rows["projects"]) == 2
    assert not [i for i in rows["issues"] if i["field"] == "documents.n_copies"]
