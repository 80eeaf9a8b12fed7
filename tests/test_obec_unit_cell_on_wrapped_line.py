"""A row of an OBEC list of projects printed as a table (number, title,
unit) whose first line OCR ran together with spaces ("๒ โครงการส่งเสริม
และพัฒนา กลุ่มส่งเสริมการศึกษา"), so the table's fold left its wrapped
line apart, that line holding the unit column's wrapped cell after a tab
("ศักยภาพผู้เรียนตามหลักทฤษฎี เทคโนโลยีสารสนเทศและ การสื่อสาร<tab>ทางไกล";
sets s48o obec_progress_s48o004, s38z obec_progress_s38z004, s42z
obec_progress_s42z001).  The cell after the tab went into the name, and the
unit name's words the page wrapped into the title's column were not cut
out (the unit's cell lacked "ทางไกล" too, and the words left no run that
spells the whole rest).  The cells after a tab on the title's wrapped
lines that read as pieces of a unit's name are the unit column's
(read._name_of): left out of the name, and no more missing from the unit's
cell, so what it lacks past them is cut out where it stands whole.  A tab
cell that reads as no unit's piece stays in the name."""

from __future__ import annotations

from parsers.obec_progress.read import Project
from schemas.document import Line
from tests.test_obec_ocr import report, run

HEAD = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\nที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"
FIRST = "๑ โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก\tหน่วยตรวจสอบภายใน\n"
NAME = "โครงการส่งเสริมและพัฒนาศักยภาพผู้เรียนตามหลักทฤษฎี"


def _names(rows: dict) -> list[str]:
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])
            if p["plan_status"] == "not_started"]


def test_a_unit_cell_on_a_title_s_wrapped_line_is_no_part_of_the_name():
    for gap in ("\n", ""):  # a blank line between (the table's fold leaves the wrapped line apart) or none (folded)
        wrapped = (f"๒ โครงการส่งเสริมและพัฒนา กลุ่มส่งเสริมการศึกษา\n{gap}"
                   "ศักยภาพผู้เรียนตามหลักทฤษฎี เทคโนโลยีสารสนเทศและ การสื่อสาร\tทางไกล\n")
        names = _names(run(report() + HEAD + FIRST + wrapped))
        # before: "... ทฤษฎี เทคโนโลยีสารสนเทศและ การสื่อสาร ทางไกล" (apart), "... ทฤษฎี เทคโนโลยีสารสนเทศและ การสื่อสาร"
        assert [n.replace(" ", "") for n in names[1:]] == [NAME], gap


def test_a_tab_cell_that_is_no_unit_s_piece_stays_in_the_name():
    from parsers.obec_progress.read import _name_of
    lines = [Line(1, "โครงการส่งเสริมและพัฒนา"), Line(2, "ศักยภาพผู้เรียน\tตามหลักทฤษฎี")]
    assert _name_of(Project("not_started", 2, lines, unit_column=True)) == \
        "โครงการส่งเสริมและพัฒนา ศักยภาพผู้เรียน ตามหลักทฤษฎี"
    lines = [Line(1, "โครงการส่งเสริมและพัฒนา"), Line(2, "ศักยภาพผู้เรียนตามหลักทฤษฎี\tทางไกล")]
    assert _name_of(Project("not_started", 2, lines, unit_column=True)) == NAME[:23] + " " + NAME[23:]
    assert "ทางไกล" in _name_of(Project("not_started", 2, lines))  # no unit column: the cell is the title's
