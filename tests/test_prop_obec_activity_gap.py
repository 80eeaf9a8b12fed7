"""OBEC main activities ("กิจกรรมหลักที่ N") whose heading OCR damaged: the
sequence of their numbers vouches for a heading word one letter off, and a
number it skips is flagged."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
SECOND = "กิจกรรมหลักที่ ๒ นิเทศ ติดตาม และประเมินผล\n"
THIRD = "กิจกรรมหลักที่ ๓ สรุปและรายงานผลการดำเนินงาน\n"
AFTER = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนา"


def _with(second: str, third: str = THIRD) -> dict:
    one = project(1, FY).replace(AFTER, second + third + AFTER)
    return run(report(fy=FY, projects=[one, project(2, FY)]))


def _activities(rows: dict) -> list[tuple[int, str]]:
    key = rows["projects"][0]["project_key"]
    return [(a["number"], a["text"]) for a in rows["activities"] if a["project_key"] == key]


def test_an_activity_heading_with_a_letter_ocr_added_is_an_activity_where_its_number_is_the_next():
    # "กคิจกรรมหลักที่ ๒" (ก doubled as its look-alike ค): the line was text of activity 1, and
    # activity 3 was read as the second, silently
    rows = _with("ก" + "ค" + SECOND[1:])
    assert _activities(rows) == [(1, "ประชุมคณะกรรมการ"), (2, "นิเทศ ติดตาม และประเมินผล"),
                                 (3, "สรุปและรายงานผลการดำเนินงาน")]
    assert not [i for i in rows["issues"] if (i["field"] or "").startswith("activities")]


def test_a_word_one_letter_off_with_a_number_out_of_sequence_is_no_activity():
    # the number is not the next one: nothing vouches for the damaged word (it stays text of the
    # activity before), and the number activity 3 skips is flagged
    rows = _with("กคิจกรรมหลักที่ ๕ นิเทศ ติดตาม และประเมินผล\n")
    assert [n for n, _ in _activities(rows)] == [1, 3]
    first = next(a for a in rows["activities"] if a["number"] == 1 and "กคิจกรรมหลักที่ ๕" in (a["progress"] or ""))
    assert [i for i in rows["issues"] if i["field"] == "activities" and i["project_key"] == first["project_key"]]


def test_a_main_activity_number_skipped_is_flagged_at_the_activities_around_it():
    # the heading of activity 2 OCR garbled past reading: activity 3 follows activity 1, silently
    rows = _with("ก๓ษ%ฯ ๒ นิเทศ ติดตาม และประเมินผล\n")
    assert [n for n, _ in _activities(rows)] == [1, 3]
    (issue,) = [i for i in rows["issues"] if i["field"] == "activities"]
    assert issue["code"] == "missing_row" and "skip number 2" in issue["message"]
    acts = [a for a in rows["activities"] if a["project_key"] == rows["projects"][0]["project_key"]]
    assert issue["line_start"] <= acts[0]["line_start"] and issue["line_end"] >= acts[1]["line_end"]
    # the report as printed: no gap, no issue
    assert not [i for i in _with(SECOND)["issues"] if i["field"] == "activities"]


def test_an_item_number_alone_at_the_end_of_an_activity_s_progress_is_no_part_of_it():
    # "มีผู้เข้าร่วมกิจกรรม จำนวน 52 คน" / "2." (specks OCR read as a number) before the next activity: the
    # progress ended "... 52 คน 2.", silently
    rows = _with("กิจกรรมหลักที่ ๒ นิเทศ ติดตาม\nมีผู้เข้าร่วมกิจกรรม จำนวน ๕๒ คน\n\n2.\n")
    key = rows["projects"][0]["project_key"]
    (second,) = [a for a in rows["activities"] if a["project_key"] == key and a["number"] == 2]
    assert second["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน ๕๒ คน"


def test_a_number_skipped_is_flagged_at_every_activity_after_it():
    # activity 2's heading lost with more activities after it: activity 3 stands at seq 2 and activity 4 at seq 3,
    # so the flag reaches the last of them (it stopped at the first: activity 4's number and text silently moved)
    rows = _with("ก๓ษ%ฯ ๒ นิเทศ ติดตาม และประเมินผล\n",
                 THIRD + "กิจกรรมหลักที่ ๔ ประชุมสรุปผล\nดำเนินการแล้ว\n")
    assert [n for n, _ in _activities(rows)] == [1, 3, 4]
    (issue,) = [i for i in rows["issues"] if i["field"] == "activities"]
    acts = [a for a in rows["activities"] if a["project_key"] == rows["projects"][0]["project_key"]]
    assert issue["line_start"] <= acts[0]["line_start"] and issue["line_end"] >= acts[2]["line_end"]


def test_a_main_activity_number_its_neighbours_pin_is_repaired_and_said():
    # "กิจกรรมหลักที่ ๒๒" between activities 1 and 3 (a digit OCR read twice): it was activity 22, silently, and no
    # gap was said (the numbers out of order); the only number the form allows there is 2
    rows = _with(SECOND.replace("๒", "๒๒", 1))
    assert [n for n, _ in _activities(rows)] == [1, 2, 3]
    (issue,) = [i for i in rows["issues"] if (i["field"] or "").startswith("activities")]
    assert (issue["code"], issue["field"]) == ("value_repaired", "activities.number")
    assert '"printed": "22"' in issue["evidence"] and '"chosen": 2' in issue["evidence"]
    # the last activity's number has no neighbour after it to pin it: kept as read, the gap said
    rows = _with(SECOND, THIRD.replace("๓", "๓๓", 1))
    assert [n for n, _ in _activities(rows)] == [1, 2, 33]
    assert [i["code"] for i in rows["issues"] if (i["field"] or "").startswith("activities")] == ["missing_row"]
