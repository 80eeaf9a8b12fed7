"""A table of projects (number, title, responsible unit) whose number stands in a column of its own, the
title's wrapped words flush with the number under it and another cell beside them (fresh set s23s,
obec_progress_s23s004: "๕     โครงการการน้อมนำพระบรมราโชบาย     กลุ่มพัฒนาครูและบุคลากรทาง" / "ด้านการศึกษา
รัชกาลที่ ๑๐ สู่การปฏิบัติ     การศึกษา").  parsers.grid._fold put such a line's first cell in the number's
column, so the row opened with the number and those words ('๕ ด้านการศึกษา ...<tab>โครงการ...'): no title
there, the row was read as the wrap of the title before it, one project lost with no issue naming it and its
name run into the one before.  A line of one cell was already read as the title's wrap; now a line of several
is too, when the number's column holds the number alone and the line prints nothing in the columns up to the
title's: its first cell goes to the title's column, the others stay in theirs."""

from __future__ import annotations

from parsers.grid import fold_tables
from parsers.obec_progress.read import _opens_row
from schemas.document import Line

TITLE = "โครงการการน้อมนำพระบรมราโชบาย"
WRAP = "ด้านการศึกษา รัชกาลที่ ๑๐ สู่การปฏิบัติ"


def _table(wrap: Line) -> list[Line]:
    return [Line(10, "๔ โครงการพัฒนาทักษะภาษาอังกฤษของครู\tหน่วยตรวจสอบภายใน", cols=(0, 39)),
            Line(11, "และนักเรียน ประจำปีงบประมาณ ๒๕๖๗"),
            Line(12, f"๕\t{TITLE}\tกลุ่มพัฒนาครูและบุคลากรทาง", cols=(0, 6, 45)),
            wrap,
            Line(15, "๖ โครงการป้องกันและแก้ไขปัญหา\tกลุ่มบริหารงานบุคคล", cols=(0, 44))]


def test_a_title_s_wrap_flush_with_its_number_beside_another_cell_goes_to_the_title():
    folded = fold_tables(_table(Line(13, f"{WRAP}\tการศึกษา", cols=(0, 35))), _opens_row)
    assert [ln.no for ln in folded] == [10, 12, 15]
    number, title, *rest = folded[1].text.split("\t")
    assert number == "๕" and title == f"{TITLE} {WRAP}"
    assert "การศึกษา" in rest and "กลุ่มพัฒนาครูและบุคลากรทาง" in rest


def test_a_line_printing_in_the_title_s_column_too_is_left_as_it_is():
    # words in the title's own column besides: which are the title's is not known, the line is folded as before
    line = Line(13, f"{WRAP}\tสู่การปฏิบัติ", cols=(0, 6))
    folded = fold_tables(_table(line), _opens_row)
    assert folded[1].text.split("\t")[0] == f"๕ {WRAP}"
