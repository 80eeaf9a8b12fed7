"""An OBEC outcome list whose item numbers OCR read apart from their marks, each digit alone on a line and its
bracket on the next, the last bracket glued to the second item's tail ("...ไป" / "ปรับใช้..." / "เรียนได้รับ...ใน" /
"1" / ")" / "2" / ")    ศตวรรษที่ 21"): the digits are debris (no word), so the list reads as one item, the
second's text appended to the first's, its row lost; nothing said so (set s58z's obec_progress_s58z002, project
2's outcomes: the second silent).  The bare numbers left out among the list's lines, 1, 2, ... in order and more
than the items read, say it (lists.numbers_left_bare; missing_row on the table); one bare number (a page's
number) or numbers as many as the items say nothing."""

from __future__ import annotations

from parsers.obec_progress.lists import numbers_left_bare
from schemas.document import Line
from tests.test_obec_ocr import report, run

FIRST = ("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ สามารถนำองค์ความรู้ไป", "ปรับใช้ในการบริหารจัดการศึกษา")
SECOND = ("เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นใน", "ศตวรรษที่ 21")


def test_bare_numbers_counting_more_than_the_items_are_said():
    lines = [Line(1, FIRST[0]), Line(3, FIRST[1]), Line(4, SECOND[0]), Line(10, SECOND[1])]
    one = [(" ".join([*FIRST, *SECOND]), 1, 10)]
    assert numbers_left_bare(lines, one, [Line(8, "2"), Line(6, "1")]) == ["1", "2"]
    assert numbers_left_bare(lines, one, [Line(6, "๑"), Line(8, "๒")]) == ["๑", "๒"]


def test_a_page_number_or_numbers_that_pair_say_nothing():
    lines = [Line(1, FIRST[0]), Line(3, FIRST[1]), Line(4, SECOND[0]), Line(10, SECOND[1])]
    one = [(" ".join([*FIRST, *SECOND]), 1, 10)]
    assert numbers_left_bare(lines, one, [Line(6, "2")]) == []  # (one number alone)
    assert numbers_left_bare(lines, one, [Line(6, "2"), Line(8, "3")]) == []  # (not from 1)
    assert numbers_left_bare(lines, one, [Line(12, "1"), Line(13, "2")]) == []  # (past the list)
    two = [(" ".join(FIRST), 1, 3), (" ".join(SECOND), 4, 10)]
    assert numbers_left_bare(lines, two, [Line(6, "1"), Line(8, "2")]) == []  # (as many items as numbers)


def test_the_report_says_the_outcomes_that_ran_together():
    outcome = "ครูมีความรู้ความเข้าใจ\n"
    damaged = f"{FIRST[0]}\n\n{FIRST[1]}\n{SECOND[0]}\n\n1\n)\n2\n)    {SECOND[1]}\n"
    text = report()
    assert outcome in text
    rows = run(text.replace(outcome, damaged, 1))
    said = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"
            and "'1 2' alone" in i["message"]]
    assert len(said) == 1
    assert not [i for i in run(text)["issues"] if i["code"] == "missing_row"]
