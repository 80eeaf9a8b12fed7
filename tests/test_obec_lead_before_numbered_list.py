"""An OBEC list whose first item's first line OCR read before its number,
the number alone on its line ("การบริหารจัดการ ... โปร่งใส" / "๑)" /
"ตรวจสอบได้" / "๒) ข้าราชการ..."): the text before the number, which
introduces nothing, was read as an item of its own, and the items printed
๑) and ๒) became 2 and 3 with no issue naming the row added (fresh set
s72a).  Their first printed number standing below its place is said
(rounds._numbers_off_place); where the text before it is one line, it is
item 1's first line, its number set beside the next (lists._number_under_lead),
read so and said."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
OUTCOME = "เป้าหมายเชิงผลลัพธ์ (Outcome)\nครูมีความรู้ความเข้าใจ\n"


def _with(outcome: str) -> dict:
    one = project(1, FY).replace(OUTCOME, "เป้าหมายเชิงผลลัพธ์ (Outcome)\n" + outcome)
    return run(report(fy=FY, projects=[one, project(2, FY)]))


def _said(rows: dict) -> list[dict]:
    key = rows["projects"][0]["project_key"]
    return [i for i in rows["issues"] if i["project_key"] == key and i["field"] == "targets"
            and "no misread makes the place" in i["message"]]


def test_a_first_item_number_below_its_place_after_a_text_that_introduces_nothing_is_said():
    # since the hundred-and-nineteenth session (lists._number_under_lead, fresh set s127o) the one line before the
    # number alone is read as item 1's first line, the number set beside its next line, and said; before, it was
    # an item of its own, said only as the next number standing below its place
    split = ("การบริหารจัดการของสำนักงานมีประสิทธิภาพ โปร่งใส\n\n๑)\nตรวจสอบได้\n\n"
             "๒) ครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง\n")
    rows = _with(split)
    key = rows["projects"][0]["project_key"]
    outcomes = [t["text"] for t in rows["targets"] if t["project_key"] == key and t["kind"] == "outcome"]
    assert outcomes == ["การบริหารจัดการของสำนักงานมีประสิทธิภาพ โปร่งใส ตรวจสอบได้",
                        "ครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"]
    assert [i["code"] for i in rows["issues"] if i["project_key"] == key and i["field"] == "targets"
            and "introduces nothing" in i["message"]] == ["items_cut_in_doubt"]
    # two lines before the number: which of them item 1 opens with is not known; said as before
    split = ("การบริหารจัดการของสำนักงาน\nมีประสิทธิภาพ โปร่งใส\n\n๑)\nตรวจสอบได้\n\n"
             "๒) ครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง\n")
    (issue,) = _said(_with(split))
    assert issue["code"] == "items_cut_in_doubt" and "'๒'" in issue["message"]


def test_a_lead_that_introduces_its_list_or_a_list_in_place_is_not_said():
    # the form prints a lead that introduces its list ("... ดังนี้") as an item of its own: its items stand one place on
    lead = "ครูมีความรู้ความเข้าใจ ดังนี้\n๑) ครูนำความรู้ไปใช้ได้\n๒) ครูจัดการเรียนรู้ได้\n"
    assert _said(_with(lead)) == []
    # ... damaged by OCR ("ดังบี๋") too
    assert _said(_with(lead.replace("ดังนี้", "ดังบี๋"))) == []
    plain = "๑) การบริหารจัดการของสำนักงานมีประสิทธิภาพ โปร่งใส ตรวจสอบได้\n๒) ครูมีการพัฒนาตนเอง\n"
    assert _said(_with(plain)) == []



def test_a_bare_figure_taken_for_item_1_after_a_text_that_introduces_nothing_is_said():
    # fresh set s117t003: "ได้ดำเนินการ..." read "1 สัดำเนินการ..." after a short line: the bare 1 was taken for
    # item 1's number, the line before it became item 1 and the text item 2, with no issue (the check read only
    # numbers printed with their mark)
    from parsers.obec_progress.rounds import _numbers_off_place
    from schemas.document import Line

    part = [Line(504, "สพป.แพร่ เขต 4"), Line(506, "1 สัดำเนินการพัฒนาศักยภาพครูผู้สอนภาษาไทย"),
            Line(507, "ครบตามแผนที่กำหนด")]
    items = [("สพป.แพร่ เขต 4", 504, 504), ("สัดำเนินการพัฒนาศักยภาพครูผู้สอนภาษาไทย ครบตามแผนที่กำหนด", 506, 507)]
    assert _numbers_off_place(part, items) == ["1"]
    # a bare figure that is its item's own words (not taken for its number), or bare figures in their places, or a
    # count of two digits opening a line: nothing
    assert _numbers_off_place(part, [items[0], ("1 สัดำเนินการพัฒนาศักยภาพครูผู้สอนภาษาไทย", 506, 507)]) == []
    placed = [Line(1, "1 ครูนำความรู้ไปใช้ได้"), Line(2, "2 ครูจัดการเรียนรู้ได้")]
    assert _numbers_off_place(placed, [("ครูนำความรู้ไปใช้ได้", 1, 1), ("ครูจัดการเรียนรู้ได้", 2, 2)]) == []
    count = [Line(1, "ครูได้รับการพัฒนา"), Line(2, "22 คน มีความรู้ความเข้าใจ")]
    assert _numbers_off_place(count, [("ครูได้รับการพัฒนา", 1, 1), ("คน มีความรู้ความเข้าใจ", 2, 2)]) == []
