"""A proposal's wrapped field (its model, รูปแบบโครงการ) run on into the page's running title, OCR having misread a
few of its letters ("(2๐นฯ๐ Learning)" for Active), stood whole with no issue (fresh set s79a, bma_proposal_s79a001):
the value ends before it (read.drop_running_title takes a near printing at a wrapped field's end, as _title_lines
does between a section's lines)."""

from __future__ import annotations

from parsers.bma_proposal.read import drop_running_title
from parsers.reader import Parts

# -- a wrapped field run on into a running title OCR damaged

_NAME = "ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด"
_MODEL = "เป็นการจัดสรรงบประมาณให้โรงเรียนดำเนินการจัดกิจกรรม ตามขนาดของโรงเรียน"


def _parts(model: str, name: str = _NAME) -> Parts:
    return Parts(fields=[("name", name, 1, 2), ("project_model", model, 50, 55)])


def test_a_model_run_on_into_a_damaged_running_title_ends_before_it():
    parts = _parts(f"{_MODEL} โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (2๐นฯ๐ Learning) ในโรงเรียนสังกัดสํานักงานเขตบางพลัด")
    drop_running_title(parts)
    assert parts.fields[1][1] == _MODEL
    # printed whole, as before
    parts = _parts(f"{_MODEL} โครงการ{_NAME}")
    drop_running_title(parts)
    assert parts.fields[1][1] == _MODEL


def test_another_project_or_a_short_title_is_no_running_title():
    other = f"{_MODEL} โครงการส่งเสริมการอ่านในโรงเรียนสังกัดสำนักงานเขตบางพลัด"
    parts = _parts(other)
    drop_running_title(parts)
    assert parts.fields[1][1] == other
    # a short name a few letters off may be another title: no near printing is taken
    short = f"{_MODEL} โครงการอบรมครูเขตบางพลัก"
    parts = _parts(short, name="อบรมครูเขตบางพลัด")
    drop_running_title(parts)
    assert parts.fields[1][1] == short
