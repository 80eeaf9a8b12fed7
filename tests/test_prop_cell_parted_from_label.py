"""A BMA proposal's place read short, with no issue (fresh set s54z, bma_proposal_s54z001: the label
"สถานที่ดำเนินการ" alone on its line, "สำนักงานเขตพระนคร" two lines down, the cell's first piece
": โรงเรียนในสังกัด" read fifty lines away among the plan's table).  The form prints "label : value" on one
line: a label alone with no separator and a value below that opens with none either is a cell OCR read apart
from its label, its first words elsewhere or lost: kept as read, said (read.cells_parted_from_label,
unread_cells on projects.place)."""

from __future__ import annotations

from parsers.bma_proposal.read import cells_parted_from_label
from parsers.reader import Event


def _events(label_line: str, value_line: str, key: str = "place") -> tuple[list[Event], dict[int, str]]:
    value = value_line.lstrip(" :")
    events = [Event("heading", "s5", "", 60), Event("field", key, "", 63), Event("text", None, value, 65),
              Event("heading", "s6", "", 67)]
    return events, {60: "๕. ระยะเวลาและสถานที่ดำเนินการ", 63: label_line, 65: value_line, 67: "๖. แผนปฏิบัติการ"}


def test_a_value_parted_from_its_label_is_said():
    issues = cells_parted_from_label(*_events("สถานที่ดำเนินการ", "สำนักงานเขตพระนคร"))
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [("unread_cells", "projects.place", 63, 65)]


def test_a_wrap_after_a_separator_or_a_title_label_is_not():
    assert cells_parted_from_label(*_events("สถานที่ดำเนินการ :", "โรงเรียนในสังกัดสำนักงานเขตพระนคร")) == []
    assert cells_parted_from_label(*_events("สถานที่ดำเนินการ", ": โรงเรียนในสังกัดสำนักงานเขตพระนคร")) == []
    # the title block's labels stand alone over their values ("ชื่อโครงการ" / the name)
    assert cells_parted_from_label(*_events("ชื่อโครงการ", "ส่งเสริมการจัดการเรียนรู้เชิงรุก", key="name")) == []
