"""An OBEC project printing no section (a not-started project's title in its
status group's list), printed in two copies, whose title wraps past a blank
line: one copy read the title whole, the other (OCR's specks and a dropped
line of noise between the title and its wrap, more lines apart than a wrap
is taken across) read only its first line and left the rest after it as
perhaps the title's tail (unplaced_text naming projects.name; fresh set s46o,
obec_progress_s46o003 project 6).  The copies tied, and the dictionary kept
the part: the project then matched no truth and all its fields were lost,
silently.  Now the copy whose name and the tail it left apart make the other
copy's name has no vote on the name (align._tails_apart), said as
ocr_variant in both copies; a tail whose words are not the rest of the other
copy's name leaves the vote alone."""

from __future__ import annotations

import json

from parsers import form_module
from pipeline.vote import merge_copies
from schemas.document import CopyReading, Issue, Reading

HEAD = "โครงการนิเทศ ติดตาม"
TAIL = "การพัฒนาคุณภาพการศึกษาโดยใช้พื้นที่เป็นฐาน สู่การพัฒนาคุณภาพผู้เรียนใน ศตวรรษที่ ๒๑"
KEY = ("not_started", 2)


def _copy(index: int, name: str, first: int, end: int, tail: str | None = None) -> CopyReading:
    records = {("not_started", 1): {"name": Reading("โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม", "", first - 2, first - 2)},
               KEY: {"name": Reading(name, name, first, end)}}
    issues = []
    if tail is not None:
        issues.append(Issue("warning", "unplaced_text", "text after not_started project 2 that belongs to no section",
                            json.dumps({"text": tail}, ensure_ascii=False), end + 5, end + 6, field="projects.name"))
    return CopyReading(index, first - 10, end + 10, tables={"project": records}, issues=issues)


def _merged(copies: list[CopyReading]) -> tuple[str, list[Issue]]:
    issues = form_module("obec_progress").align_copies(copies)
    return merge_copies(copies).tables["project"][KEY]["name"].value, issues


def test_the_copy_that_left_its_title_s_tail_apart_has_no_vote_on_the_name():
    whole, part = _copy(0, f"{HEAD} {TAIL}", 1020, 1023), _copy(1, HEAD, 2031, 2031, TAIL)
    name, issues = _merged([whole, part])
    assert name == f"{HEAD} {TAIL}"
    assert sorted((i.code, i.field, i.line_start) for i in issues) == [("ocr_variant", "projects.name", 1020),
                                                                       ("ocr_variant", "projects.name", 2031)]
    assert json.loads(issues[0].evidence)["tie_break"] == "the title's tail left apart in the other copy"


def test_the_copy_order_does_not_matter():
    name, _ = _merged([_copy(0, HEAD, 300, 300, TAIL), _copy(1, f"{HEAD} {TAIL}", 900, 902)])
    assert name == f"{HEAD} {TAIL}"


def test_a_tail_that_is_not_the_rest_of_the_other_name_leaves_the_vote_alone():
    other = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ ขอขอบคุณทุกท่านที่ให้ความร่วมมือ"
    part = _copy(1, HEAD, 2031, 2031, other)
    _, issues = _merged([_copy(0, f"{HEAD} {TAIL}", 1020, 1023), part])
    assert issues == []
    assert part.tables["project"][KEY]["name"].value == HEAD
