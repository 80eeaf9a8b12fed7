"""An OBEC main activity's number OCR read twice, the heading's and the same
again before the name (set o obec_progress_s29o004: "กิจกรรมหลักที่ 3 3
สรุปและรายงานผลการดำเนินงานโครงการ"): the second was read as the name's first
word, silently.  The same number again (either script, a mark after it or
none, then a space) is the heading's number read once more: the name is what
follows it, and a value_repaired issue names activities.text.  Another
number there (a step "1.1", a figure) is left in the name."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
HEADING = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ"


def _first(heading: str) -> tuple[dict, list[dict]]:
    one = project(1, FY).replace(HEADING, heading)
    assert HEADING in project(1, FY) and heading in one
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    key = rows["projects"][0]["project_key"]
    act = next(a for a in rows["activities"] if a["project_key"] == key)
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "activities.text"]
    return act, said


def test_the_number_read_twice_is_read_once_and_said():
    for printed in ("กิจกรรมหลักที่ ๑ ๑ ประชุมคณะกรรมการ", "กิจกรรมหลักที่ 1 1 ประชุมคณะกรรมการ",
                    "กิจกรรมหลักที่ ๑ 1. ประชุมคณะกรรมการ"):
        act, said = _first(printed)
        assert (act["number"], act["text"]) == (1, "ประชุมคณะกรรมการ"), printed
        assert len(said) == 1 and json.loads(said[0]["evidence"])["chosen"] == "ประชุมคณะกรรมการ", printed


def test_another_number_after_the_heading_s_stays_the_name_s():
    for printed, name in (("กิจกรรมหลักที่ ๑ 2 ประชุมคณะกรรมการ", "2 ประชุมคณะกรรมการ"),
                          ("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ", "ประชุมคณะกรรมการ")):
        act, said = _first(printed)
        assert act["text"] == name and not said, printed
