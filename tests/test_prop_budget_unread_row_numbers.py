"""A budget table of item columns with a row OCR garbled past reading that may be an item's or a category's
("- โรงเรียนขนาดเล็ก 2 SGN too ancon-"): the lines under it are numbered as if it were a category's (no number),
so where it was an item's they read one short.  It was said at its own line only, the line under it numbered one
short with no issue at its lines (fresh set s109t, bma_proposal_s109t003: expense 4 read as 3).  Now the issue
reaches over the lines under it: their numbers are in doubt."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
ROW = "ผู้เข้ารับการอบรม\t138\tคน\t80\t11,040\n"
GARBLED = "- โรงเรียนขนาดเล็ก 2 SGN too ancon-\n"


def test_a_row_that_may_be_an_item_s_says_the_numbers_of_the_lines_under_it():
    text = DOC.read_text(encoding="utf-8")
    assert ROW in text
    rows = process_document("doc.txt", text.replace(ROW, GARBLED + ROW).encode("utf-8"))
    (said,) = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "expenses"
               and "an item's row or a category's" in i["message"]]
    under = [r for r in rows["expenses"] if r["line_start"] > said["line_start"]]
    assert under and all(said["line_end"] >= r["line_end"] for r in under)
    assert "numbers are in doubt" in said["message"]
