"""A BMA proposal whose title block prints the name's label alone on its line, the name on the next, right under
a running page header, in each of its copies (clean twin of fresh set s45z, bma_proposal_s45z004): the clean-up
took "ชื่อโครงการ" for the header's second line (one printing a copy, at the same place), so the name was read
with no label and lost ("no readable name").  The form reads the name's or the unit's label alone as text where
the clean-up marked it a page header (parsers.bma_proposal.HEADINGS_READ, pipeline.clean.parser_lines).  A
running header's wrapped "ปีงบประมาณ" stays furniture."""

from __future__ import annotations

import parsers.bma_proposal as form
from pipeline.clean import parser_lines
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL

NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"


def _lines() -> list[Line]:
    body = sample_text(PROPOSAL).splitlines()
    assert body[0].startswith("ชื่อโครงการ") and NAME in body[0]
    texts = ["สำนักงานเขตบางเขน", "", "ชื่อโครงการ", NAME, *body[1:]]
    kinds = ["page_header", "blank", "page_header"] + ["text" if t.strip() else "blank" for t in texts[3:]]
    return [Line(no, t, k) for no, (t, k) in enumerate(zip(texts, kinds), start=1)]


def test_the_name_s_label_taken_for_a_header_line_is_read_and_the_name_with_it():
    lines = parser_lines(_lines(), form.DEBRIS_READ, form.HEADINGS_READ, form.ROWS_READ)
    assert [ln.no for ln in lines[:2]] == [3, 4]  # the label read as text, the header left out
    copies = form.read_copies(lines)
    names = [r.value for c in copies for rec in c.tables.get("project", {}).values() for k, r in rec.items()
             if k == "name"]
    assert names == [NAME]


def test_only_the_name_and_unit_labels_alone_are_read():
    assert form.HEADINGS_READ.match("ชื่อโครงการ") and form.HEADINGS_READ.match("หน่วยงานที่รับผิดชอบ :")
    assert not form.HEADINGS_READ.match("ปีงบประมาณ")
    assert not form.HEADINGS_READ.match("ชื่อโครงการ ส่งเสริมสนับสนุน")
