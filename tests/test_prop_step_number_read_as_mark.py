"""A proposal's action-plan step whose number OCR read as a mark, no dot ("= สรุปผลการดำเนินงาน..." for
"๘. สรุปผล..."), on a line of its own after the last step: no reading of "=" is a number, the chart marks no row
there, no number is skipped, so its words were read as the tail of the step above and its row was lost with
nothing said (set s66z's bma_proposal_s66z002: steps 7 and 8 as one).  Which words are whose nothing settles: it
is said on the step that holds them (items_cut_in_doubt, field the table: the lost step's row too;
steps._marked_openers_inside)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return out


def test_a_line_opening_with_a_mark_inside_a_step_is_said():
    out = _read(["5. จัดอบรมเชิงปฏิบัติการให้แก่ครู", "6. นิเทศ ติดตาม การดำเนินงาน", "7 โรงเรียนส่งรายงาน",
                 "+ สรุปผลการดำเนินงานและเผยแพร่"])
    said = [i for i in out.issues if i.code == "items_cut_in_doubt"]
    assert len(said) == 1 and said[0].field == "activities" and "'+ สรุปผล" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (3, 4)


def test_wrapped_lines_are_not_said():
    out = _read(["5. จัดอบรมเชิงปฏิบัติการให้แก่ครู", "6. นิเทศ ติดตาม", "การดำเนินงานของโรงเรียน",
                 "7. สรุปผลการดำเนินงาน", "และเผยแพร่ผลงาน"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]


def test_a_bar_of_the_chart_before_a_wrapped_line_is_not_said():
    out = _read(["4. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมทักษะภาษาอังกฤษเพื่อ", "| การสื่อสาร",
                 "5. โรงเรียนคัดสรรผลงาน"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]


def test_a_wrapped_line_s_word_read_as_latin_letters_is_not_said():
    out = _read(["5. โรงเรียนคัดสรรผลงานที่มีคุณภาพดีที่สุด", "fan ส่งสำนักการศึกษา", "6. นิเทศ ติดตาม"])
    assert not [i for i in out.issues if i.code == "items_cut_in_doubt"]
