"""A main activity's heading whose number OCR read as letters and whose name
the page put on the next line ("กิจกรรมหลักที lo" / "ประชาสัมพันธ์และ
เผยแพร่...": ๒ read "lo"; fresh set s69o, obec_progress_s69o002 project 5).
The heading with letters for its number was read only with its name after
it, and the heading alone only with no token at all: the line was text of
the activity before it, and the activity's row lost (6 misses).  Now it is
an activity numbered by its place, its name the next line, said as
repaired, as for its number read as letters with its name after it."""
import json

from tests.test_obec_ocr import project, report, run


def test_a_main_activity_whose_number_ocr_read_as_letters_and_whose_name_is_on_the_next_line():
    fy = "๒๕๖๗"
    second = "กิจกรรมหลักที lo\nนิเทศ ติดตาม และประเมินผล\nดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด\n"
    one = project(1, fy).replace("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา",
                                 second + "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา")
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    (issue,) = [i for i in rows["issues"] if i["field"] == "activities.number"]
    acts = sorted((a["number"], a["text"], a["progress"]) for a in rows["activities"]
                  if a["project_key"] == issue["project_key"])
    assert [(n, t) for n, t, _ in acts] == [(1, "ประชุมคณะกรรมการ"), (2, "นิเทศ ติดตาม และประเมินผล")]
    assert acts[1][2] == "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"
    assert "กิจกรรมหลัก" not in acts[0][2]
    evidence = json.loads(issue["evidence"])
    assert issue["code"] == "value_repaired" and evidence["printed"] == "lo" and evidence["chosen"] == 2
