"""OCR's damage to two words of the OBEC report's headings: "ไตรมาส" read
"ไตรมาลส" or "ไตรมาล" (its ส as ล, or as ล and ส at once), which still names
the round's quarter; and the page's running title ("ประจำปีงบประมาณ พ.ศ. ...")
run into a plan heading's line, which is no part of the plan."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, report, run

SUB_PLAN = "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย"


def test_a_quarter_word_read_with_its_sara_sor_as_lo_ling_still_names_the_quarter():
    from parsers.obec_progress.anchors import quarter_of
    assert quarter_of("ประจำไตรมาลสที่ ๓ ปีงบประมาณ ๒๕๖๗") == (3, "๓")
    assert quarter_of("ประจำปีไตรมาลที่ 2") == (2, "2")
    assert quarter_of("ประจำไตรมาสที่ ๔") == (4, "๔")
    assert quarter_of("ประจำเดือนมีนาคม") is None
    clean = run(report(projects=[project(1, "๒๕๖๗", quarter="๓"), project(2, "๒๕๖๗", quarter="๓")]))
    second = project(2, "๒๕๖๗", quarter="๓")
    damaged = second.replace("ประจำไตรมาสที่", "ประจำไตรมาลสที่", 2).replace("ไตรมาสที่", "ไตรมาลที่", 1)
    assert damaged != second and "ไตรมาสที่" in damaged  # two headings read "ไตรมาลส", one "ไตรมาล"
    rows = run(report(projects=[project(1, "๒๕๖๗", quarter="๓"), damaged]))
    for table in ("targets", "activities", "alignments", "findings", "quarterly_budgets"):
        assert [r.get("quarter") for r in rows[table]] == [r.get("quarter") for r in clean[table]], table
        assert {r.get("quarter") for r in rows[table]} == {3}, table


def test_a_period_run_into_a_plan_heading_is_cut_off_and_said():
    plans = ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก\n"
             f"{SUB_PLAN}{{tail}}\nคนไทยได้รับการศึกษาที่มีคุณภาพ\n")
    nesdp = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจ"

    def with_plan(tail: str) -> str:
        one = project(1, "๒๕๖๗")
        return one.replace(nesdp, plans.format(tail=tail) + nesdp, 1)

    clean = run(report(projects=[with_plan(""), project(2, "๒๕๖๗")]))
    assert [a["plan"] for a in clean["alignments"] if a["text"].startswith("คนไทย")] == [SUB_PLAN]
    assert not [i for i in clean["issues"] if i["field"] == "alignments.plan"]
    for tail in (" ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", " ประจําปีงบประ", " ประจำไตรมาลสที่ ๒"):
        rows = run(report(projects=[with_plan(tail), project(2, "๒๕๖๗")]))
        assert [a["plan"] for a in rows["alignments"] if a["text"].startswith("คนไทย")] == [SUB_PLAN], tail
        said = [i for i in rows["issues"] if i["field"] == "alignments.plan" and i["code"] == "value_repaired"]
        assert [json.loads(i["evidence"])["rule"] for i in said] == ["heading_period"], tail
        assert json.loads(said[0]["evidence"])["cut"] == tail.strip().replace("\u0e4d\u0e32", "\u0e33")
    # an edition after the national plan's heading is the plan's own
    assert {a["plan"] for a in clean["alignments"] if a["plan"].startswith(nesdp)} == \
        {"ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"}
