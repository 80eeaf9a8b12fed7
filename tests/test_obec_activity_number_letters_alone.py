"""An OBEC main activity's heading whose number OCR read as letters with the name on the next line ("กิจกรรมหลักที
lo" / "ประชาสัมพันธ์และเผยแพร่...", ๒ read "lo"): the heading with letters for its number was an activity only with
its name after them on its line (obec_progress.read._ACTIVITY_DAMAGED_RE), and with nothing after its words only
when no number was printed at all (_ACTIVITY_ALONE_RE), so the heading and the activity under it ran into the
progress of the activity before (fresh set s69o, obec_progress_s69o002: six cells lost, the run-on progress the
place of a wrong repair, a mark put into another activity's words).  The letters at the line's end are its number
too: numbered by its place, the name on the next line, as an activity with no number printed."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, run, report


def test_a_heading_whose_number_ocr_read_as_letters_at_the_line_s_end_opens_an_activity():
    fy = "๒๕๖๗"
    second = "กิจกรรมหลักที lo\nนิเทศ ติดตาม และประเมินผล\nดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด\n"
    one = project(1, fy).replace("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา",
                                 second + "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา")
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    (issue,) = [i for i in rows["issues"] if i["field"] == "activities.number"]
    acts = sorted((a["number"], a["text"]) for a in rows["activities"] if a["project_key"] == issue["project_key"])
    assert acts == [(1, "ประชุมคณะกรรมการ"), (2, "นิเทศ ติดตาม และประเมินผล")]
    assert all("กิจกรรมหลัก" not in (a["progress"] or "") for a in rows["activities"])
    evidence = json.loads(issue["evidence"])
    assert issue["code"] == "value_repaired" and evidence["printed"] == "lo" and evidence["chosen"] == 2
