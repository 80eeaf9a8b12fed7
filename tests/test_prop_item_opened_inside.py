"""BMA proposals after OCR whose benefit list lost an item's number with nothing left in its place: the item
ran into the one before it and its row was lost, and no issue named the table (the row's kind and seq misses
were silent).  A line inside an item that opens as the list's items do by their words ("โรงเรียนมี...", whom
the benefit is for) and is as wide as a text's line is said (read.opened_inside); a sentence's short tail
wrapped ("นักเรียน") is not."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\n\t\t9.3 โรงเรียนมี"


def _said(text: str) -> list[dict]:
    return [i for i in run(text)["issues"] if i["field"] == "findings" and i["code"] == "unread_cells"]


def test_an_item_whose_number_ocr_lost_is_said_where_it_ran_into_the_item_before():
    source = sample_text(PROPOSAL)
    assert PRINTED in source and not _said(source)
    said = _said(source.replace(PRINTED, "\nโรงเรียนมี"))
    assert len(said) == 1 and "โรงเรียนมี" in said[0]["message"]


def test_a_sentence_s_short_tail_wrapped_onto_a_line_is_not_said():
    source = sample_text(PROPOSAL).replace("เทคโนโลยีสารสนเทศมาใช้สร้างสรรค์ผลงานเพื่อการเรียนรู้\n",
                                           "เทคโนโลยีสารสนเทศมาใช้สร้างสรรค์ผลงานเพื่อการเรียนรู้ของ\nนักเรียน\n")
    assert "นักเรียน\n" in source
    assert not _said(source)
