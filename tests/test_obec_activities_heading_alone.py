"""OBEC: a round's activities heading ("ความก้าวหน้าของกิจกรรมที่ดำเนินการ ...") with no main activity under it, the
part of the page the activities stood on lost to OCR (only the page's furniture and specks between the heading and
the next part's; fresh set s120q, obec_progress_s120q002).  A round always reports the main activities it worked
on (every activities heading of the seed report stands over one or more), so the rows were lost: before, with no
issue naming them.  Now said (missing_value on activities: rounds.RoundRecords.empty_activities)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_HEAD = "ความก้าวหน้าของกิจกรรมที่ดำเนินการ"


def _said(text: str) -> list[dict]:
    rows = process_document("obec.txt", text.encode())
    return [i for i in rows["issues"] if i["field"] == "activities" and "nothing under the activities heading"
            in i["message"]]


def _without_first_round_activities(text: str) -> str:
    """The sample with the main activities under its first activities heading taken out (the lines up to the
    next part's heading)."""
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if _HEAD in ln)
    end = next(i for i in range(at + 1, len(lines)) if lines[i].startswith("ความก้าวหน้าของโครงการ")
               or lines[i].startswith("การเบิกจ่าย") or "ผลการดำเนินงานต่อ" in lines[i])
    return "\n".join(lines[:at + 1] + [""] + lines[end:])


def test_an_activities_heading_with_no_activity_under_it_is_said():
    said = _said(_without_first_round_activities(sample_text("004_745c23c3a2846aea.txt")))
    assert len(said) == 1 and said[0]["code"] == "missing_value"


def test_every_activities_heading_of_the_sample_stands_over_activities():
    assert _said(sample_text("004_745c23c3a2846aea.txt")) == []
