"""An OBEC alignment's plan heading that opens with a shorter heading more rows of the report print than print it:
the row's text ran into the heading's line (its first line read after the heading), so the heading is the shorter
one and the words past it go back to the text (texts.plans_cut, rule plan_run_on).  Before, every row printing the
shorter heading was "repaired" to the one row's longer reading (fresh set s110p, obec_progress_s110p001: twelve rows
of "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น" took one row's text)."""

from __future__ import annotations

import json

import pytest

from parsers.obec_progress.texts import plans_cut

pytestmark = pytest.mark.usefixtures("repair_on")

PLAN = "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น"
FIRST_LINE = "ผู้เ ยนได้รับการศึกษาที่มีคุณภาพตามมาตรฐานสากลเพิ่มขึ้น"


def _rows(short: int) -> list[dict]:
    rows = [{"project_key": "p", "quarter": q, "seq": 2, "plan": PLAN, "text": "ผลการดำเนินงานของกิจกรรม",
             "line_start": 10 * q, "line_end": 10 * q} for q in range(1, short + 1)]
    rows.append({"project_key": "p", "quarter": 4, "seq": 2, "line_start": 90, "line_end": 94,
                 "plan": "ผลการดำเนินงานต่อเป้าห มายของแผนแมบทประเด็น " + FIRST_LINE,
                 "text": "กษะการเรียนรู้และทักษะที่จำเป็น"})
    return rows


def test_a_heading_the_row_s_text_ran_into_is_the_shorter_one_more_rows_print():
    rows = _rows(3)
    issues = plans_cut({"alignments": rows})
    assert [r["plan"] for r in rows] == [PLAN] * 4
    assert rows[3]["text"] == FIRST_LINE + " กษะการเรียนรู้และทักษะที่จำเป็น"
    assert sorted((i.code, i.field, i.line_start) for i in issues) == [
        ("value_repaired", "alignments.plan", 90), ("value_repaired", "alignments.text", 90)]
    assert {json.loads(i.evidence)["rule"] for i in issues} == {"plan_run_on"}


def test_the_rows_of_the_commoner_shorter_heading_keep_it():
    rows = _rows(1)
    rows.append(dict(rows[0], quarter=2, line_start=20, line_end=20))
    plans_cut({"alignments": rows})
    assert all(r["plan"] == PLAN for r in rows)


def test_one_row_each_leaves_the_shorter_one_read_as_the_longer_one_as_before():
    # one printing of each: which one is damaged is not told by the counts; the shorter one is read as a tail lost
    rows = _rows(1)
    issues = plans_cut({"alignments": rows})
    assert [json.loads(i.evidence)["rule"] for i in issues if i.code == "value_repaired"] == ["plan_tail"]


def test_a_longer_heading_two_rows_print_is_the_form_s_however_many_print_it_cut():
    # the corpus twin's obec_progress_002: "... แห่งชาติ ฉบับที่ ๑๒" whole in 4 rows, its tail wrapped away in 8; a text
    # run into a heading differs from row to row, a heading printed twice the same is the form's
    whole = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๒"
    cut = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"
    rows = [{"project_key": "p", "quarter": q, "seq": 4, "plan": whole if q < 3 else cut, "text": "ข้อความของแถว",
             "line_start": 10 * q, "line_end": 10 * q} for q in range(1, 7)]
    issues = plans_cut({"alignments": rows})
    assert all(r["plan"] == whole for r in rows)
    assert {json.loads(i.evidence)["rule"] for i in issues} == {"plan_tail"}


def test_a_figure_past_the_shorter_heading_is_the_heading_s_own_not_a_line_of_text():
    # "... ฉบับที่ ๑๐๓" (๑๓ read with a ๐ in it) where the other rows lost the number: no text ran into it
    short = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่"
    rows = [{"project_key": "p", "quarter": q, "seq": 4, "plan": short if q < 4 else short + " ๑๐๓",
             "text": "ข้อความของแถว", "line_start": 10 * q, "line_end": 10 * q} for q in range(1, 5)]
    assert [i for i in plans_cut({"alignments": rows}) if i.code == "value_repaired"] == []
    assert rows[3]["plan"] == short + " ๑๐๓"
