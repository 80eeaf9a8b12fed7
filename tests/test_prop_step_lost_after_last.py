"""The action plan's last step OCR lost but its number: a line the chart's
marks or OCR debris left after the last step read that holds the next
step's number alone says the plan may lack a step (fresh set s108q,
bma_proposal_s108q003: "ๆ 6 0ฒ" after step 5, step 6's row lost, silently)."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line

pytestmark = pytest.mark.usefixtures("repair_on")

_PLAN = ["1. แต่งตั้งคณะกรรมการดำเนินงาน\too", "2. จัดสรรงบประมาณให้โรงเรียนตามขนาด\too", "ของโรงเรียน",
         "3. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน\tO", "4. โรงเรียนดำเนินการจัดกิจกรรม\too",
         "5. โรงเรียนคัดสรรผลงาน\t| |", "ส่งสำนักการศึกษา"]


def _read(*after: str) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate([*_PLAN, *after], start=1)], out)
    return out


def _lost(out: CopyReading) -> list:
    return [i for i in out.issues if i.code == "items_cut_in_doubt" and i.field == "activities"]


def test_the_next_step_s_number_alone_among_marks_after_the_last_step_says_a_step_may_be_lost():
    out = _read("ๆ 6 0ฒ")
    assert sorted(out.tables["activities"]) == [1, 2, 3, 4, 5]
    (issue,) = _lost(out)
    assert (issue.line_start, issue.line_end) == (6, 8)


def test_marks_after_the_last_step_without_its_next_number_say_nothing():
    assert not _lost(_read("ๆ 0 0ฒ"))
    assert not _lost(_read("ๆ 5 0ฒ"))  # (the last step's own number: its row's marks)
    assert not _lost(_read())
