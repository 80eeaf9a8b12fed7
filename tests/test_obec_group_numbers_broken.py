"""An OBEC group whose titles' numbers OCR broke ("๒." read "๒๓.", "๔." read "๕."): the sequence took "๒๓" as 3
and kept "๕" as 5, so the "๓." between them no longer read as its place and was kept as 4 by its place, said
(repair_ambiguous) at its own title only: the titles read 3 and 5 were silently wrong (fresh set s109u,
obec_progress_s109u002).  Where a title of the group is kept by its place unconfirmed, every other title whose number
read is not its place is said too (read._numbers_broken).  (Where the summary's count confirms the titles, the
numbers are repaired by their places, as before.)"""

import pytest

from parsers.obec_progress.read import Project, number_titles
from schemas.document import CopyReading, Line, Reading
from tests.test_obec_ocr import project, report, run

pytestmark = pytest.mark.usefixtures("repair_on")


def _doubted(numbers: list[str], count: str = "4") -> dict[int, str]:
    """The group's titles printed with `numbers` (as OCR read them), the summary and the group's header counting
    `count` projects: each title's seq as read -> the code of the issue naming projects.group_seq at its title."""
    bodies = []
    for n, printed in enumerate(numbers, start=1):
        body = project(n, "๒๕๖๗")
        bodies.append(body.replace(f"{n}. โครงการทดสอบที่ {n}", f"{printed}. โครงการทดสอบที่ {n}", 1))
    rows = run(report(projects=bodies).replace("จำนวน 4 โครงการ", f"จำนวน {count} โครงการ"))
    at = {i["line_start"]: i["code"] for i in rows["issues"] if i["field"] == "projects.group_seq"}
    return {p["group_seq"]: at.get(p["line_start"]) for p in rows["projects"]}


def test_the_titles_of_the_fresh_set_s_group_read_off_their_place_are_said():
    # as s109u002's group read: "๑", "๒๓" taken as 3, "๓" unreadable by the sequence (kept 4 by its place), "๕" kept 5
    group = [Project("in_progress", 1, [Line(309, "๑. โครงการนิเทศ ติดตาม")]),
             Project("in_progress", 3, [Line(483, "๒๓. โครงการนิเทศ ตดตาม")]),
             Project("in_progress", 4, [Line(642, "๓. โครงการยกระดับระบบบริหาร")], repaired="3"),
             Project("in_progress", 5, [Line(790, "๕. โครงการพัฒนาทักษะภาษาอังกฤษ")])]
    out = CopyReading(0, 1, 1000)
    number_titles(group, {"n_in_progress": Reading(5, "๕", 36, 36)}, out)
    said = sorted(i.line_start for i in out.issues if i.field == "projects.group_seq" and i.code == "repair_ambiguous")
    assert said == [483, 642, 790]


def test_titles_read_off_their_place_in_a_broken_group_are_said():
    doubted = _doubted(["๑", "๒๓", "๓", "๕"], count="๕")  # (the count's ๔ read ๕ too: it confirms nothing)
    assert doubted == {1: None, 2: "repair_ambiguous", 3: None, 4: "repair_ambiguous"}


def test_a_group_read_whole_says_nothing():
    assert set(_doubted(["๑", "๒", "๓", "๔"]).values()) == {None}
