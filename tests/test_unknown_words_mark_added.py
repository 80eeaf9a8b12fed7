"""A row text holding a word whose tone mark OCR added, making another word
(fresh set s103o, obec_progress_s103o004: a project named
"...กระบวนการลูกเสื้อ" where its report prints กระบวนการลูกเสือ three times;
s102o, obec_progress_s102o002: "ตามแผ่นที่กำหนด" beside "ตามแผนที่กำหนด"
twice).  Both spellings are dictionary words, so no check saw them, and the
value stood wrong with no issue naming it.  Where the document prints the
mark, with its letters around it, nowhere else, the same letters without it
twice or more, and the word without it joins a word beside it into one
dictionary word, the text is said (unknown_words), kept as read.  OCR drops
marks far more often than it adds them: other printings that only lack the
mark ("ทีกำหนด" five times beside the value's ที่กำหนด) say nothing."""

from __future__ import annotations

import pytest

from pipeline.wording import flag_unknown_words, mark_added

pytestmark = pytest.mark.usefixtures("repair_on")

REPORT = ["สพป.ศรีสะเกษเขต2ดำเนินการจิตอาสาด้วยกระบวนการลูกเสือ", "ลูกเสือได้ตามเป้าหมาย",
          "กิจกรรมหลักที่1ประชุมเชิงปฏิบัติการจิตอาสาด้วยกระบวนการลูกเสือ", "1.โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ"]


def test_a_mark_printed_nowhere_else_whose_letters_without_it_are_printed_is_said():
    assert mark_added("โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ", "\n".join(REPORT)) == ("เสื้อ", "เสือ", 3)
    lines = ["การเรียนรู้บูรณาการครบตามแผนที่กำหนด", "การประเมินPISAครบตามแผนที่กำหนด",
             "ดำเนินการครบทุกโรงเรียนตามแผ่นที่กำหนด"]  # (as the clean-up gives them: ํ + า joined into ำ)
    assert mark_added("ดำเนินการครบทุกโรงเรียนตามแผ่นที่กำหนด", "\n".join(lines)) == ("แผ่น", "แผน", 2)
    tables = {"projects": [{"name": "โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ", "line_start": 78, "line_end": 78,
                            "project_key": "k"}]}
    (issue,) = flag_unknown_words(tables, [], REPORT)
    assert issue.code == "unknown_words" and issue.field == "projects.name" and "'เสื้อ'" in issue.message
    assert tables["projects"][0]["name"] == "โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ"  # kept as read


def test_printings_that_only_lack_the_mark_or_print_it_too_say_nothing():
    # the mark dropped elsewhere: ที without it joins no word
    dropped = "\n".join(["กิจกรรมเป็นไปตามทีกำหนด"] * 5 + ["ค่าเป้าหมายที่กำหนด"])
    assert mark_added("กิจกรรมที่ดำเนินการจะไม่ส่งผลต่อค่าเป้าหมายที่กำหนด", dropped) is None
    # the letters without the mark inside another word ("ราคาวัสดุ" holds คาวัสด)
    price = "\n".join(["ราคาวัสดุสูงกว่าที่ประมาณการไว้", "สำรวจราคาวัสดุก่อนจัดทำแผน", "ค่าวัสดุในการจัดกิจกรรม"])
    assert mark_added("ค่าวัสดุในการจัดกิจกรรม", price) is None
    # the document prints the value's mark again: no mark OCR added
    assert mark_added("โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ", "\n".join(REPORT + REPORT[-1:])) is None
    # once without it: too few to tell
    assert mark_added("โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ", "\n".join(REPORT[2:])) is None
