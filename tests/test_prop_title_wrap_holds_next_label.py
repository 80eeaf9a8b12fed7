"""A BMA proposal's project name wrapped onto a second line whose words run on into the unit's label
("ชื่อโครงการ ... ผลงาน" / "เพื่อการเรียนรู้ หน่วยงานที่รับผิดชอบ ฝ่าย..." / "ปีงบประมาณ พ.ศ. ..."): a label inside a
line opens no field, so the name ran on through the unit and the unit was lost.  The wrapped line is cut at
the block's next labels when they come in the block's order and the labels after them open fields of their
own right after it (parsers.bma_proposal.read._cut_wrap); words that merely name a unit inside a wrapped
name, the block's other labels not following, stay the name's."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
UNIT = "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"
BLOCK = f"ชื่อโครงการ\t\t{NAME}\nหน่วยงานที่รับผิดชอบ\t{UNIT}\n"


def _project(block: str) -> dict:
    text = sample_text(PROPOSAL)
    assert BLOCK in text
    return run(text.replace(BLOCK, block, 1))["projects"][0]


def test_a_wrapped_name_line_holding_the_unit_label_is_cut_at_it():
    truth = _project(BLOCK)
    wrapped = _project(f"ชื่อโครงการ\t\tส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงาน\n"
                       f"เพื่อการเรียนรู้ หน่วยงานที่รับผิดชอบ {UNIT}\n")
    assert (truth["name"], truth["agency"]) == (NAME, UNIT)
    # the wrap joins the name's two lines with a space, as any wrapped value's
    assert (wrapped["name"].replace(" ", ""), wrapped["agency"]) == (NAME, UNIT)
    assert wrapped["fiscal_year_be"] == truth["fiscal_year_be"] == 2569


def test_the_unit_label_inside_a_wrapped_name_is_not_cut_when_the_block_does_not_follow():
    # the unit's own line stays after the wrap: the label in the wrapped line is the name's words
    wrapped = _project(f"ชื่อโครงการ\t\tส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงาน\n"
                       f"ร่วมกับหน่วยงานที่รับผิดชอบ\nหน่วยงานที่รับผิดชอบ\t{UNIT}\n")
    assert wrapped["agency"] == UNIT
    assert wrapped["name"].endswith("หน่วยงานที่รับผิดชอบ")
